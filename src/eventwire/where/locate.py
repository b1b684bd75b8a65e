"""Attaching places to events: which toponym says where an event happened.

Rules, first that applies wins:

1. syntax: a place in a locative prepositional phrase ("in/at/near X") or a compound
   ("the Dubai meeting") whose path up the parse reaches the trigger without crossing into
   another clause; the shortest path wins. A noun trigger also takes the phrases of the verb
   it is the object of ("held talks ... in Doha").
2. sentence: another place in a locative phrase in the same sentence.
3. continuation: the sentence refers back to an event with a definite noun in a phrase
   ("During the meeting, ...", "At the talks ..."): that event's location, looked for first
   in the same paragraph, then among earlier events with the same trigger noun.
4. participant: the event sentence has no place in a locative phrase (a title such as
   "ambassador to Qatar" or an actor "India's" does not count), and exactly one place in a locative phrase
   sits in the previous or next sentence of the same paragraph, whose subject is someone
   named in the event sentence ("Stanekzai ... is the head of the Political Office in
   Doha"): that place.

A street or building put in the article's town for want of a town in the text
(where/facilities.py) is a guess: a place the rules find without it wins, unless that place
is the facility's own town or state. "U.S." named in the sentence says more surely where
the event was than a guessed town; "England" agrees with a street guessed in Leeds.

Never a location: a place found only as the opening of a longer name ("the Copenhagen
Charter", where/toponyms.py NAMING_PLACES), a place that is the subject or possessor of the
clause (an actor, "India met ..."), a place inside the object of a verb of speaking about
something ("discussed India's programme in Afghanistan": the object is the topic, not the
scene), a place glued to a hyphen inside one token ("a U.K.-led summit", "U.S.-China talks":
an origin or a party, where/compact.py), and the dateline place unless a rule above picks it
from the text.
"""

from __future__ import annotations

from typing import Any

from eventwire import datafiles
from eventwire.nlp.phrases import (
    children_of,
    doc_text,
    doc_tokens,
    head_of,
    once_per_doc,
    sentence_of,
    span_tokens,
)
from eventwire.records import Article, Event, Place
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.hidden import LOCATIVE_PREPOSITIONS, is_dateline
from eventwire.where.toponyms import GUESSED_PLACES, NAMING_PLACES, find_places

# "on/over/off/along" a country names a target or a topic, not where something happened
# ("attacks on India", "talks over Ukraine"); with a town or region they locate ("on Gaza")
SURFACE_PREPOSITIONS = {"on", "over", "off", "along"}
# dependency labels a locating path may climb through (noun phrases and PPs)
PHRASE_DEPS = {"prep", "pobj", "compound", "amod", "nmod", "appos", "conj", "dobj", "npadvmod",
               "poss", "attr"}
# prepositions introducing a definite reference to an earlier event ("During the meeting")
BACKREF_PREPOSITIONS = {"during", "at", "in", "after", "following", "throughout", "before"}
BACKREF_DETERMINERS = {"the", "this", "that", "these", "those"}
# entity labels whose names may hold a place name that locates nothing
NAME_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "PERSON"}
# where _names_something_else keeps its verdicts, per Doc
_NAMES_KEY = "eventwire.place_names_something_else"
# where _root keeps the root of each place span, per Doc
_ROOTS_KEY = "eventwire.place_roots"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}
# verbs whose direct object is what is talked about: a place inside that object is the
# topic's, not where the talking happened
TOPIC_VERBS = frozenset(datafiles.words("where", "topic_verbs.tsv"))


def locate_events(article: Article, gazetteer: Gazetteer) -> None:
    """Find places, then set each event's location.

    Reads ``article.doc``, ``article.text``, ``article.events`` (``trigger``, ``sentence``,
    ``trigger_token``); writes ``article.places`` and each event's ``location``.
    """
    find_places(article, gazetteer)
    if article.doc is None:
        return
    naming = article.meta.get(NAMING_PLACES) or set()
    spans = [(place, span) for place, span in _place_spans(article)
             if (place.start, place.end) not in naming and not _glued(place, span)]
    for event in article.events:
        event.location = _locate(article, event, spans)


def _in_topic(span: Any, trigger: Any) -> bool:
    """The place sits inside the direct object of a verb of speaking about something."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in TOPIC_VERBS:
        return False
    token = _root(span)
    head = head_of(token)
    while head.i != token.i and token.i != trigger.i:
        if token.dep_ == "dobj" and head.i == trigger.i:
            return True
        token, head = head, head_of(head)
    return False


def _place_spans(article: Article) -> list[tuple[Place, Any]]:
    """Each place with its token span in the doc (places without one are left out)."""
    pairs = []
    for place in article.places:
        span = article.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and len(span):
            pairs.append((place, span))
    return pairs


def _glued(place: Place, span: Any) -> bool:
    """Whether `place` is a part of one token joined to the rest by a hyphen ("U.S." of
    "U.S.-led", "China" of "U.S.-China"): it modifies a noun as an origin or a party."""
    if len(span) != 1 or (place.start, place.end) == (span.start_char, span.end_char):
        return False
    text = doc_text(span.doc)
    return text[place.end:place.end + 1] == "-" or text[place.start - 1:place.start] == "-"


def _trigger(article: Article, event: Event) -> Any:
    doc = article.doc
    if event.trigger_token is not None and 0 <= event.trigger_token < len(doc):
        return doc_tokens(doc)[event.trigger_token]
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _locate(article: Article, event: Event, spans: list[tuple[Place, Any]]) -> Place | None:
    trigger = _trigger(article, event)
    if trigger is None:
        return None
    spans = [(place, span) for place, span in spans if not _in_topic(span, trigger)]
    guessed = article.meta.get(GUESSED_PLACES) or set()
    sure = [(place, span) for place, span in spans if (place.start, place.end) not in guessed]
    found = _by_rules(article, event, trigger, sure)
    if len(sure) == len(spans):
        return found
    # a facility put in the article's town for want of a town in the text
    # (where/facilities.py) stands when the text names no other place, or only its own
    # town or state; a country alone does not vouch for the guessed town
    facility = _by_rules(article, event, trigger, spans)
    if found is None or (facility is not None and _within(facility, found)):
        return facility
    return found


def _within(place: Place, wider: Place) -> bool:
    """`place` lies in `wider`, a town of the same name or a state of the same admin1."""
    if place.country != wider.country:
        return False
    if wider.resolution == "admin1":
        return place.admin1 == wider.admin1
    return wider.resolution == "city" and wider.name == place.name


def _by_rules(article: Article, event: Event, trigger: Any,
              spans: list[tuple[Place, Any]]) -> Place | None:
    """The first rule's place, among `spans`."""
    return (by_syntax(trigger, spans) or in_sentence(trigger, spans)
            or by_continuation(article, event, trigger)
            or by_participant(article, trigger, spans))


def _copy(place: Place) -> Place:
    return Place(**place.to_dict())


def _is_locative(span: Any, place: Place | None = None, anchor: Any = None) -> bool:
    """The place heads the object of a locative preposition, or modifies a noun: the event's
    own (`anchor`: "for the Jeddah talks"; a country there is a party: "the China threat") or
    one that locates."""
    return not _names_something_else(span) and _locative_root(_root(span), place, anchor)


def _root(span: Any) -> Any:
    """``span.root``, found once per place span and Doc (spaCy walks the span's heads on every
    access, and every event of the article asks for every place)."""
    roots: dict[tuple[int, int], Any] = once_per_doc(span.doc, _ROOTS_KEY, lambda _: {})
    key = (span.start, span.end)
    root = roots.get(key)
    if root is None:
        root = roots[key] = span.root
    return root


def _locative_root(root: Any, place: Place | None = None, anchor: Any = None) -> bool:
    """:func:`_is_locative` for a span that names nothing else, by its root."""
    if root.dep_ == "pobj":
        preposition = head_of(root).lower_
        if preposition in SURFACE_PREPOSITIONS and place is not None:
            return place.resolution != "country"
        return preposition in LOCATIVE_PREPOSITIONS
    if root.dep_ != "compound":
        return False
    head = head_of(root)
    return head.pos_ in ("NOUN", "PROPN") and (
        (anchor is not None and head.i == anchor.i and (place is None or place.resolution != "country"))
        or _modified_noun_locates(root))


def _modified_noun_locates(root: Any) -> bool:
    """A place modifying a noun ("the Dubai meeting", "at a Kabul hotel") locates, unless the
    noun is a person's title ("US President Joe Biden": an affiliation) or the object of a
    preposition that gives a topic or a party ("talks about a Gaza truce", "with the Kabul
    government")."""
    noun = head_of(root)
    while noun.dep_ == "compound" and head_of(noun).i != noun.i:
        noun = head_of(noun)
    if noun.ent_type_ == "PERSON":
        return False
    return noun.dep_ != "pobj" or head_of(noun).lower_ in LOCATIVE_PREPOSITIONS | SURFACE_PREPOSITIONS


def _names_something_else(span: Any) -> bool:
    """A place inside an organisation's or a work's name ("the Washington Post"), or a
    dateline ("BEIRUT (AP) -": where the reporter is), never locates an event; decided once
    per place span (every event of the article asks)."""
    known: dict[tuple[int, int], bool] = once_per_doc(span.doc, _NAMES_KEY, lambda _: {})
    key = (span.start, span.end)
    if key not in known:
        known[key] = bool({t.ent_type_ for t in span_tokens(span)} & NAME_LABELS) or is_dateline(span)
    return known[key]


def _path_length(token: Any, target: Any) -> int | None:
    """Steps from `token` up to `target` through phrase dependencies, or None. Climbs by
    :func:`head_of` (``token.head`` builds a new Token each step, for every place and anchor)."""
    steps = 0
    while token.i != target.i:
        head = head_of(token)
        if token.dep_ not in PHRASE_DEPS or head.i == token.i:
            return None
        token = head
        steps += 1
    return steps


def _anchors(trigger: Any) -> list[Any]:
    """The trigger and, for a noun trigger, the verb it is the object of."""
    anchors = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubjpass"):
        anchors.append(trigger.head)
    return anchors


def by_syntax(trigger: Any, spans: list[tuple[Place, Any]]) -> Place | None:
    """Rule 1: the nearest place in a locative phrase attached to the trigger."""
    scored = []
    anchors = _anchors(trigger)
    for place, span in spans:     # what does not depend on the anchor, once per place
        if _names_something_else(span):
            continue
        root = _root(span)
        for rank, anchor in enumerate(anchors):
            steps = _path_length(root, anchor) if _locative_root(root, place, anchor) else None
            if steps is not None:
                scored.append((rank, steps, place.resolution == "unknown", span.start, place))
    # the nearest anchor first, then the shortest path; ties keep the order of `spans`
    return _copy(min(scored, key=lambda s: s[:4])[4]) if scored else None


def in_sentence(trigger: Any, spans: list[tuple[Place, Any]]) -> Place | None:
    """Rule 2: the place in a locative phrase nearest the trigger in its sentence."""
    sent = sentence_of(trigger)
    found = [(abs(span.start - trigger.i), place) for place, span in spans
             if sent.start <= span.start < sent.end and _is_locative(span, place)
             and _root(span).dep_ not in SUBJECT_DEPS]
    return _copy(min(found, key=lambda f: f[0])[1]) if found else None


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """Character bounds of the paragraph (line) holding `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _backrefs(sent: Any) -> list[str]:
    """Lemmas of definite nouns in back-referring phrases ("During the meeting" -> meeting)."""
    found = []
    for token in span_tokens(sent):
        if (token.dep_ == "pobj" and token.pos_ == "NOUN"
                and head_of(token).lower_ in BACKREF_PREPOSITIONS
                and any(c.lower_ in BACKREF_DETERMINERS for c in children_of(token))):
            found.append(token.lemma_.lower())
    return found


def by_continuation(article: Article, event: Event, trigger: Any) -> Place | None:
    """Rule 3: the location of the earlier event this sentence refers back to."""
    lemmas = _backrefs(sentence_of(trigger))
    if not lemmas:
        return None
    para = _paragraph(article.text, event.trigger.start)
    earlier = [e for e in article.events
               if e.location is not None and e.trigger.start < event.trigger.start]
    same_para = [e for e in earlier if para[0] <= e.trigger.start < para[1]]
    if same_para:
        return _copy(same_para[-1].location)  # type: ignore[arg-type]
    same_noun = [e for e in earlier if _trigger_lemma(article, e) in lemmas]
    return _copy(same_noun[-1].location) if same_noun else None  # type: ignore[arg-type]


def _trigger_lemma(article: Article, event: Event) -> str | None:
    token = _trigger(article, event)
    return token.lemma_.lower() if token is not None else None


def by_participant(article: Article, trigger: Any, spans: list[tuple[Place, Any]]) -> Place | None:
    """Rule 4: the single locative place in a neighbouring sentence about a participant
    (previous or next sentence of the same paragraph whose subject is a name in this one)."""
    sent = sentence_of(trigger)
    if any(sent.start <= span.start < sent.end and _is_locative(span, place)
           for place, span in spans):
        return None
    para = _paragraph(article.text, sent.start_char)
    names = {t.lower_ for t in span_tokens(sent) if t.pos_ == "PROPN"}
    found = []
    for other in _neighbours(sent):
        if not para[0] <= other.start_char < para[1] or not _about(other, names):
            continue
        found += [place for place, span in spans
                  if other.start <= span.start < other.end and _is_locative(span, place)]
    return _copy(found[0]) if len(found) == 1 else None


def _neighbours(sent: Any) -> list[Any]:
    tokens = doc_tokens(sent.doc)
    out = []
    if sent.start > 0:
        out.append(sentence_of(tokens[sent.start - 1]))
    if sent.end < len(tokens):
        out.append(sentence_of(tokens[sent.end]))
    return out


def _about(sent: Any, names: set[str]) -> bool:
    """Whether the sentence's subject is a name from `names` (a participant)."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.lower_ in names
               for t in span_tokens(sent))
