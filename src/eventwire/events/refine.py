"""Codes that need the event's place: refined after the place stage has run."""

from __future__ import annotations

from eventwire import ontology
from eventwire.records import Article, Event

THIRD_PARTY_TYPES = ("CONSULT",)


def refine_modes(article: Article) -> None:
    """A meeting held in a country that is neither party's gets mode ``third-party``.

    Reads each event's ``type``, ``mode``, ``actor``, ``recipient`` and ``location``;
    writes ``mode`` and ``intensity`` of the events it changes.
    """
    for event in article.events:
        if is_third_party(event):
            event.mode = "third-party"
            event.intensity = ontology.intensity(event.type, event.mode)


def is_third_party(event: Event) -> bool:
    """Two or more party countries, a located event, and a location outside all of them."""
    if event.type not in THIRD_PARTY_TYPES or event.mode is not None or event.location is None:
        return False
    parties = {e.country for e in event.actor + event.recipient if e.country}
    place = event.location.country
    return len(parties) >= 2 and place is not None and place not in parties
