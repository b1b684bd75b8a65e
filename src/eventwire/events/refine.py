"""Codes that need the event's place: refined after the place stage has run."""

from __future__ import annotations

from eventwire import ontology
from eventwire.nlp.phrases import head_of
from eventwire.records import Article, Event

THIRD_PARTY_TYPES = ("CONSULT",)
# codes of bodies whose members are states: a meeting of such a body is one of its members
INTERGOVERNMENTAL = frozenset({"IGO", "UNO", "EUR"})
# the actors stage's codes of parties that are no state (actors.tables.NON_STATE)
NON_STATE = INTERGOVERNMENTAL | {"NGO", "ISM", "IMG", "MNC"}
MANY_STATES = 3   # party states that make a meeting multilateral (PLOVER: three or more)


def refine_modes(article: Article) -> None:
    """A meeting held in a country that is neither party's gets mode ``third-party``; one of
    three or more states, or of an intergovernmental body alone ("the U.N. Security Council
    met"), gets ``multilateral``.

    Reads each event's ``type``, ``mode``, ``actor``, ``recipient`` and ``location``;
    writes ``mode`` and ``intensity`` of the events it changes.
    """
    for event in article.events:
        if is_multilateral(event, article):
            event.mode = "multilateral"
        elif is_third_party(event):
            event.mode = "third-party"
        else:
            continue
        event.intensity = ontology.intensity(event.type, event.mode)


def is_multilateral(event: Event, article: Article) -> bool:
    """Three or more party states, or parties that are all of intergovernmental bodies (the
    members of NATO or the Security Council meeting as one): no bilateral meeting, even where
    a body's envoy meets one state or party ("the U.N. envoy met Sudan's army chief", "met
    with rebel leaders")."""
    if event.type not in THIRD_PARTY_TYPES or event.mode is not None:
        return False
    parties = event.actor + event.recipient
    codes = {e.country for e in parties if e.country}
    if len(codes - NON_STATE) >= MANY_STATES:
        return True
    # a party of no known country ("met with rebel leaders") may be the body's other side
    return bool(parties) and all(e.country in INTERGOVERNMENTAL for e in parties) \
        and not met_with(article, event)


def met_with(article: Article, event: Event) -> bool:
    """Whether a body, named in the singular, is what the meeting is held *with* ("discussions
    with the International Monetary Fund"): it is then one side of a bilateral meeting whose
    other side the actors stage missed, not a forum of its members ("meetings with G7 foreign
    ministers" are one)."""
    doc = article.doc
    if doc is None:
        return False
    for party in event.actor + event.recipient:
        span = doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and head_of(span.root).lower_ == "with" \
                and span.root.tag_ not in ("NNS", "NNPS"):
            return True
    return False


def is_third_party(event: Event) -> bool:
    """Two or more party countries, a located event, and a location outside all of them."""
    if event.type not in THIRD_PARTY_TYPES or event.mode is not None or event.location is None:
        return False
    parties = {e.country for e in event.actor + event.recipient if e.country}
    place = event.location.country
    return len(parties) >= 2 and place is not None and place not in parties
