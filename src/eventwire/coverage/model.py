"""What the coverage of one happening is made of: each report's facts, and where they differ.

A *report* is one article's event (an ``events`` row); a *happening* is the reports linked as
one real-world event (``happenings``); a *story* is the articles about one happening or chain
of happenings. :class:`Coverage` puts a happening's reports side by side (outlet, time, lag
behind the first report, sentence, and the facts each carries) and lists the
:class:`Discrepancy` between them. Nothing is resolved silently: every discrepancy names the
reports on each side.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# kinds of discrepancy, in the order they are shown
KINDS = (
    "toll",            # dead / injured / arrested counts differ
    "quantity",        # other numbers about the act differ (troops, money, people)
    "date",            # dates that cannot both be right (disjoint at their granularity)
    "place",           # places that cannot both be right (different countries or cities)
    "party",           # an actor or recipient country/name on one side only, or different
    "role",            # the same party as actor in one report and recipient in another
    "only_one",        # a fact only one outlet carries ("the Taliban requested the meeting")
    "modality",        # asserted by one outlet, attributed / denied / hypothetical by another
    "quote_speaker",   # the same quoted words attributed to different speakers
    "attribution_to_check",  # a statement attributed implausibly (see coverage/attribution.py)
)


@dataclass
class Party:
    """An actor or recipient as one report codes it."""

    role: str                    # actor | recipient
    text: str
    name: str | None
    country: str | None
    sector: str | None


@dataclass
class Quote:
    """A quotation in the report's article near its sentence, with its speaker."""

    speaker: str | None          # the speaker's text as written
    speaker_country: str | None
    content: str


@dataclass
class ReportFacts:
    """One report of a happening and the facts it carries."""

    event_id: str                # the report (events row) id
    article_id: str
    source: str | None           # outlet name, else its domain, else None
    domain: str | None           # registered domain of the URL ("reuters.com")
    url: str | None
    published: str | None        # ISO date (or datetime) of the article
    lag_days: int | None         # days after the first report of the happening (0 for it)
    first: bool                  # the earliest report (ties: all of them)
    sentence: str                # the sentence the event was coded from
    type: str
    mode: str | None
    parties: list[Party] = field(default_factory=list)
    date: str | None = None      # value, "value..value_end" for ranges
    granularity: str = "unknown"
    place: str | None = None     # name
    place_country: str | None = None
    place_resolution: str = "unknown"
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    quantities: list[dict[str, Any]] = field(default_factory=list)
    modality: str = "asserted"
    negated: bool = False
    attribution: str | None = None   # who the report says said it ("according to X")
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Discrepancy:
    """Reports of one happening that disagree on one fact, each side named."""

    kind: str                    # one of KINDS
    field: str                   # the fact ("dead", "date", "actor country", "speaker" ...)
    sides: dict[str, list[str]]  # each value as shown -> the event ids of the reports saying it
    detail: str = ""             # one line for a reader ("Reuters says 12 dead, AP says 9")


@dataclass
class Coverage:
    """A happening's reports side by side and their discrepancies."""

    happening_id: str
    type: str
    story_id: str | None
    reports: list[ReportFacts]
    discrepancies: list[Discrepancy]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
