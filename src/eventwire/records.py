"""The record types that flow through the pipeline, and their JSON form.

Every record's ``to_dict()`` is exactly the shape CONTRACT.md gives it: the field order
here is the key order there. Fields marked ``internal`` (see :func:`internal`) are
pipeline working state and never reach JSON.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Literal

# The closed vocabularies of the records, named so that a signature says which strings it takes
# and mypy catches a misspelt one. tests/test_public_api.py checks each against the code that
# produces or accepts the values (ontology tables, modality rules, the store's statuses).

# PLOVER event types (ontology/data/plover_types.tsv)
EventType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
# PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
Quad = Literal[1, 2, 3, 4]
# whether the sentence asserts the event or only announces, supposes or denies it (events/modality.py)
Modality = Literal["asserted", "future", "hypothetical", "reported_denied"]
# how precise a resolved place is (a gazetteer feature kind, or no match)
Resolution = Literal["city", "admin1", "country", "region", "unknown"]
# how precise a resolved date is: "unknown" is the publication date standing in for a date
Granularity = Literal["day", "month", "year", "range", "unknown"]
# the parties of an event
Role = Literal["actor", "recipient"]
# the kinds of novelty claim the coder finds ("first", "first-ever", "for the first time")
ClaimKind = Literal["first"]
# why cleaning removed a piece of the input
RemovalKind = Literal["comments", "boilerplate", "duplicate", "truncated", "title", "dateline", "language"]
# a stored report's status: linked into an event, or the first reason it is not
ReportStatus = Literal["linked", "queued", "not_asserted", "low_confidence", "no_party_country", "no_date"]
# what an ingest did with one document
IngestStatus = Literal["stored", "replaced", "unchanged", "conflict", "failed"]


def internal(default: Any = None, factory: Any = None) -> Any:
    """A dataclass field kept out of the JSON form (working state of the pipeline)."""
    if factory is not None:
        return field(default_factory=factory, repr=False, compare=False, metadata={"internal": True})
    return field(default=default, repr=False, compare=False, metadata={"internal": True})


def _plain(value: Any) -> Any:
    if value is None or type(value) in _SCALARS:   # most values: returned as they are, at once
        return value
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_SCALARS = frozenset({str, int, float, bool})
_PUBLIC_FIELDS: dict[type, tuple[str, ...]] = {}


def _public_fields(record: type) -> tuple[str, ...]:
    """The names of a record type's fields that reach JSON, in order (looked up once per type)."""
    names = _PUBLIC_FIELDS.get(record)
    if names is None:
        names = _PUBLIC_FIELDS[record] = tuple(f.name for f in fields(record)
                                               if not f.metadata.get("internal"))
    return names


class Record:
    """Base of every record: a dataclass with a contract-shaped ``to_dict``."""

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in _public_fields(type(self))}


@dataclass
class Span(Record):
    """A piece of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass
class Entity(Record):
    """A coded actor mention (CONTRACT.md ENTITY)."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None     # ISO 3166-1 alpha-3, or IGO/NGO/UNO/EUR/ISM/IMG/MNC
    sector: str | None = None      # PLOVER sector code
    office: str | None = None
    known_as: str | None = None    # id in the actor knowledge base
    kind: str | None = internal()  # "person", "group", "country", "nominal" ...


@dataclass
class Place(Record):
    """A resolved toponym (CONTRACT.md PLACE)."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: Resolution = "unknown"


@dataclass
class TimeExpression(Record):
    """A temporal expression resolved against the publication date.

    As an event's ``date`` the span fields may be None: no expression governs the event
    and the value is the publication date with granularity ``unknown``.
    """

    text: str | None
    start: int | None
    end: int | None
    value: str | None              # ISO date, "YYYY-MM" or "YYYY" for coarser granularity
    value_end: str | None = None
    granularity: Granularity = "unknown"

    def to_dict(self) -> dict[str, Any]:
        # the contract puts value first for event dates, text first in `times`;
        # JSON key order carries no meaning, so one shape serves both
        return super().to_dict()


@dataclass
class Quantity(Record):
    value: float | int
    unit: str | None
    item: str | None
    text: str


@dataclass
class Size(Record):
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    quantities: list[Quantity] = field(default_factory=list)


@dataclass
class Claim(Record):
    """A novelty claim ("first", "first-ever", "for the first time") about an event."""

    kind: ClaimKind
    text: str
    start: int
    end: int


@dataclass
class SentenceRef(Record):
    index: int
    start: int
    end: int


@dataclass
class Quote(Record):
    speaker: Span | Entity | None
    cue: Span
    content: Span


@dataclass
class Event(Record):
    """One coded event (CONTRACT.md event object)."""

    id: str
    type: EventType
    mode: str | None
    contexts: list[str]
    actor: list[Entity]
    recipient: list[Entity]
    date: TimeExpression | None
    location: Place | None
    cameo: str | None
    quad: Quad | None
    intensity: float | None
    trigger: Span
    sentence: SentenceRef
    negated: bool = False
    modality: Modality = "asserted"
    background: bool = False
    attribution: Span | None = None
    size: Size = field(default_factory=Size)
    claims: list[Claim] = field(default_factory=list)
    confidence: float = 0.5
    trigger_token: int | None = internal()   # index of the trigger's head token in the doc
    features: dict[str, float] | None = internal()  # the confidence model's input, when recorded
    # while training: each role candidate's span and features (events/roles.py)
    role_features: list[tuple[int, int, dict[str, float]]] | None = internal()


@dataclass
class Removal(Record):
    """A piece of the input that cleaning removed, and why."""

    kind: RemovalKind
    text: str


@dataclass
class Article(Record):
    """The one object that flows read -> clean -> analyse -> actors -> events -> when/where.

    ``text`` is the text every offset refers to (cleaned unless cleaning is off).
    """

    id: str
    title: str | None = None
    published: str | None = None   # ISO date
    language: str | None = None
    source: str | None = None
    text: str = ""
    removed: list[Removal] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    url: str | None = internal()
    html: str | None = internal()             # raw HTML as read, before extraction
    raw_text: str | None = internal()         # text as read, before cleaning
    origin: str | None = internal()           # file path or "<stdin>:line"
    meta: dict[str, Any] = internal(factory=dict)   # author, dateline, site ...
    doc: Any = internal()                     # the spaCy Doc of `text`

    @property
    def published_date(self) -> dt.date | None:
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass
class Story(Record):
    """Articles about the same happening."""

    story_id: str
    doc_ids: list[str]
    title: str | None


# ---- actor names: the keys the actor snapshot and the store's fact rows share ----------

# typographic quotes and dashes, made plain before names are compared
PLAIN_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                              "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


@functools.lru_cache(maxsize=50_000)
def normalise(text: str) -> str:
    """Lower-cased, accent-folded text with typographic quotes and dashes made plain
    (remembered: the actors stage asks for the same words again and again)."""
    text = unicodedata.normalize("NFKD", text.translate(PLAIN_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def make_id(kind: str, name: str) -> str:
    """``person:vikram-misri`` / ``org:some-group`` from a kind and a name (here, not in
    actors/, because the store writes learned facts under the same ids)."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalise(name)).strip("-") or "x"
    return f"{'org' if kind == 'organisation' else 'person'}:{slug}"
