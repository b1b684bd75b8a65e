"""One filter model for every surface: the names of the event filters, and their values parsed
and checked, with a hint when one is wrong.

The CLI (``--actor-country``), Python (``EventFilter.actor_country``), the REST API and the
dashboard (``?actor_country=``) use the names of :data:`PARAMS`. A value no event can have (an
unknown type, country code, date form or parameter) raises :class:`FilterError` naming the
parameter and the nearest valid value; each surface turns it into its own refusal (a usage
error, a 422, a message on the page) instead of answering with nothing, or with everything.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from eventwire import datafiles
from eventwire.errors import FilterError

# the actors' and events' data files are read as plain tables (datafiles), not through their
# packages: importing those loads spaCy, and a filter is checked by commands that never code
COUNTRY_COLUMNS = ("code", "name", "aliases", "demonyms", "capitals", "metonyms")
TRIGGER_COLUMNS = ("type", "mode", "cameo", "kind", "pattern", "contexts", "weight", "flags")

SORTS = ("date", "type", "intensity", "reports")
LIST_SORT = "-date"     # lists people browse (REST, dashboard): newest first
EXPORT_SORT = "date"    # exports (CLI, Python): oldest first, as they have always been
MAX_TEXT = 200          # characters of a text filter (q, actor, source)
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# the PLOVER sector codes, from the actors' data file (read as a plain table, like the others)
SECTORS = frozenset(datafiles.words("actors", "sector_codes.tsv"))


@dataclass
class EventFilter:
    """Filters for :meth:`Store.events`; every field is optional and they combine with AND."""

    types: list[str] = field(default_factory=list)
    actor_country: list[str] = field(default_factory=list)
    recipient_country: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None     # both countries among the parties, either role
    since: str | None = None                # ISO date, inclusive
    until: str | None = None                # ISO date, inclusive
    include_unreal: bool = False            # also every report not in an event, with its status
    actor_sector: list[str] = field(default_factory=list)       # PLOVER sector codes
    recipient_sector: list[str] = field(default_factory=list)
    quad: list[int] = field(default_factory=list)               # quad classes 1-4
    q: str | None = None                    # text in the source sentence, case-insensitive
    source: str | None = None               # reported by an article of this source
    location_country: list[str] = field(default_factory=list)   # where the event happened
    actor: str | None = None                # a party's name or text contains it, either role
    sort: str = EXPORT_SORT         # date, type, intensity, reports; "-" descending

    def __post_init__(self) -> None:
        """Refuse a value no event can have (FilterError with a hint) rather than match nothing."""
        normalise(self)


@dataclass(frozen=True)
class Param:
    """One filter parameter: its name in Python and query strings, its CLI option, what it
    keeps and the values it takes (docs/filters.md is this table)."""

    name: str
    option: str
    meaning: str
    values: str


PARAMS: tuple[Param, ...] = (
    Param("type", "--type", "events of this PLOVER type", "ASSAULT, CONSULT, ... (16 types)"),
    Param("actor_country", "--actor-country", "an actor is of this country", "ISO alpha-3 code"),
    Param("recipient_country", "--recipient-country", "a recipient is of this country",
          "ISO alpha-3 code"),
    Param("location_country", "--location-country", "the event happened in this country",
          "ISO alpha-3 code"),
    Param("actor_sector", "--actor-sector", "an actor is of this sector",
          "PLOVER sector code (GOV, MIL, ...)"),
    Param("recipient_sector", "--recipient-sector", "a recipient is of this sector", "PLOVER sector code"),
    Param("actor", "--actor", "a party (either role) whose name or text contains this, any case",
          "text"),
    Param("quad", "--quad", "events of this quad class", "1 verbal cooperation, 2 material "
          "cooperation, 3 verbal conflict, 4 material conflict"),
    Param("dyad", "--dyad", "both countries are parties, either role", "two ISO alpha-3 codes A,B"),
    Param("since", "--since", "events dated on or after", "YYYY-MM-DD, YYYY-MM or YYYY (its first day)"),
    Param("until", "--until", "events dated on or before", "YYYY-MM-DD, YYYY-MM or YYYY (its last day)"),
    Param("q", "--text", "the source sentence contains this, any case", "text"),
    Param("source", "--source", "reported by an article of this source", "source name"),
    Param("sort", "--sort", "the order of the list; - for descending",
          "date, type, intensity, reports, each with or without -"),
)
NAMES: tuple[str, ...] = tuple(param.name for param in PARAMS)
# the parameters that take several values (repeated, or comma-separated in a query string)
MANY = frozenset({"type", "actor_country", "recipient_country", "location_country", "actor_sector",
                  "recipient_sector", "quad"})


# ---------------------------------------------------------------------- one kind of value each

def split(values: str | Iterable[str]) -> list[str]:
    """The items of repeated and comma-separated values, stripped, blanks dropped."""
    values = [values] if isinstance(values, str) else values
    return [item.strip() for value in values for item in str(value).split(",") if item.strip()]


def event_types(values: str | Iterable[str], name: str = "type") -> list[str]:
    """Upper-cased PLOVER event types; FilterError for another word, with the nearest type or
    the type of the event the word names ("ATTACK" -> ASSAULT)."""
    from eventwire.ontology.tables import plover_types

    types = [value.upper() for value in split(values)]
    for value in types:
        if value not in plover_types():
            hint = _trigger_types().get(value.lower()) or _nearest(value, plover_types())
            raise FilterError(name, f"{value} is not a PLOVER event type"
                                    f"{_hint(hint, sorted(plover_types()))}")
    return types


def countries(values: str | Iterable[str], name: str) -> list[str]:
    """Upper-cased ISO alpha-3 country codes (or PLOVER non-state codes); FilterError for
    another value, with the code of the country it names ("Russia" -> RUS) or the nearest."""
    codes = split(values)
    for value in codes:
        if value.upper() not in country_names():
            raise FilterError(name, f"{value} is not an ISO alpha-3 country code"
                                    f"{_did_you_mean(_country_hint(value))}")
    return [code.upper() for code in codes]


def sectors(values: str | Iterable[str], name: str) -> list[str]:
    """Upper-cased PLOVER sector codes; FilterError for another value, with the nearest."""
    codes = [value.upper() for value in split(values)]
    for value in codes:
        if value not in SECTORS:
            raise FilterError(name, f"{value} is not a PLOVER sector code"
                                    f"{_hint(_nearest(value, SECTORS), sorted(SECTORS))}")
    return codes


def quads(values: int | str | Iterable[int | str]) -> list[int]:
    """Quad classes 1-4 as numbers; FilterError for anything else."""
    items = [values] if isinstance(values, int | str) else list(values)
    numbers = []
    for value in split(str(item) for item in items):
        if value not in ("1", "2", "3", "4"):
            raise FilterError("quad", f"{value} is not a quad class; write 1 (verbal cooperation), 2 "
                                      "(material cooperation), 3 (verbal conflict) or 4 (material conflict)")
        numbers.append(int(value))
    return numbers


def day(value: str | dt.date | None, name: str, *, end: bool = False) -> str | None:
    """An ISO day from YYYY-MM-DD, YYYY-MM or YYYY: the period's first day, or its last with
    `end` (an `until` of 2025-03 keeps March); FilterError for another form."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):   # a pandas Timestamp too: its day, not its time
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    match = _DAY.match(value.strip())
    try:
        if not match:
            raise ValueError(value)
        year, month, day_ = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        return dt.date(year, month, int(day_) if day_ else (last if end else 1)).isoformat()
    except ValueError:
        raise FilterError(name, f"{value} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)") from None


def dyad(value: str | Sequence[str] | None) -> tuple[str, str] | None:
    """Two country codes, from "A,B" or a pair; FilterError unless there are two."""
    if value is None or value == "" or value == ():
        return None
    codes = countries(value, "dyad")
    if len(codes) != 2:
        raise FilterError("dyad", f"{','.join(codes) or 'nothing'} is not a dyad; give two "
                                  "country codes, A,B (e.g. IND,PAK)")
    return codes[0], codes[1]


def sort(value: str | None, default: str = EXPORT_SORT) -> str:
    """A sort: date, type, intensity or reports, with - for descending; FilterError otherwise."""
    value = (value or "").strip() or default
    if value.lstrip("-") in SORTS and value.count("-") <= 1:
        return value
    choices = [f"{sign}{name}" for name in SORTS for sign in ("", "-")]
    raise FilterError("sort", f"{value} is not a sort{_hint(_nearest(value, choices), choices)}")


def text(value: str | None, name: str) -> str | None:
    """A text filter, stripped (None when empty); FilterError when longer than MAX_TEXT."""
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise FilterError(name, f"longer than {MAX_TEXT} characters")
    return value or None


# ---------------------------------------------------------------------- a whole filter

def normalise(where: EventFilter) -> None:
    """Check every field of `where` and put it in its canonical form (upper-cased codes, ISO
    days), in place; raises FilterError for the first value no event can have."""
    where.types = event_types(where.types)
    for name in ("actor_country", "recipient_country", "location_country"):
        setattr(where, name, countries(getattr(where, name), name))
    where.actor_sector = sectors(where.actor_sector, "actor_sector")
    where.recipient_sector = sectors(where.recipient_sector, "recipient_sector")
    where.quad = quads(where.quad)
    where.dyad = dyad(where.dyad)
    where.since, where.until = day(where.since, "since"), day(where.until, "until", end=True)
    if where.since and where.until and where.since > where.until:
        raise FilterError("until", f"{where.until} is before since {where.since}; no event is both")
    where.q, where.actor = text(where.q, "q"), text(where.actor, "actor")
    where.sort = sort(where.sort)


def from_query(params: Mapping[str, Sequence[str]], *, also: Iterable[str] = (),
               default_sort: str = LIST_SORT) -> EventFilter:
    """An EventFilter from query-string parameters (each name with its list of values);
    FilterError for a name that is neither a filter nor one of `also` (limit, cursor ...),
    and for a bad value."""
    check_names(params, [*NAMES, *(name for name in also if name not in NAMES)])
    one = {name: (values[-1] if values else None) for name, values in params.items()}
    many = {name: split(params.get(name, [])) for name in MANY}
    return EventFilter(
        types=many["type"], actor_country=many["actor_country"],
        recipient_country=many["recipient_country"], location_country=many["location_country"],
        actor_sector=many["actor_sector"], recipient_sector=many["recipient_sector"],
        quad=quads(many["quad"]), dyad=dyad(one.get("dyad")),
        since=one.get("since"), until=one.get("until"), q=one.get("q"), actor=one.get("actor"),
        source=text(one.get("source"), "source"), sort=sort(one.get("sort"), default_sort))


def check_names(params: Iterable[str], known: Sequence[str]) -> None:
    """FilterError for the first parameter name that is not one of `known`."""
    for name in params:
        if name not in known:
            raise unknown_parameter(name, known)


def unknown_parameter(name: str, known: Sequence[str]) -> FilterError:
    """The error of a parameter nobody reads, naming the known names nearest to it."""
    containing = [k for k in known if len(name) > 1 and name.lower() in k]
    near = containing or difflib.get_close_matches(name.lower(), known, n=3, cutoff=0.6)
    hint = " or ".join(filter(None, [", ".join(near[:-1]), near[-1]])) if near else None
    return FilterError(name, f"unknown parameter{_did_you_mean(hint)} (known: {', '.join(known)})")


# ---------------------------------------------------------------------- hints

def _did_you_mean(hint: str | None) -> str:
    return f"; did you mean {hint}?" if hint else ""


def _hint(near: str | None, choices: Sequence[str]) -> str:
    """"; did you mean X?" when a choice is near, else the choices."""
    return _did_you_mean(near) if near else f"; write one of {', '.join(choices)}"


def _nearest(value: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _country_hint(value: str) -> str | None:
    """The code of the country `value` names (name, alias or demonym, any case), else the code
    or the name nearest to it."""
    names = country_names()
    by_name = _country_codes_by_name()
    key = value.casefold()
    if key in by_name:
        return by_name[key]
    near = difflib.get_close_matches(key, list(by_name), n=1, cutoff=0.75)
    if near:
        return by_name[near[0]]
    return _nearest(value.upper(), names)


@functools.cache
def country_names() -> dict[str, str]:
    """ISO alpha-3 code (and PLOVER non-state code) -> country name, from the actors' table."""
    return {row["code"]: row["name"] for row in _country_rows()}


@functools.cache
def _country_codes_by_name() -> dict[str, str]:
    """Casefolded names, aliases and demonyms (with their plural) -> country code."""
    found: dict[str, str] = {}
    for row in _country_rows():
        demonyms = (row.get("demonyms") or "").split("|")
        words = [row["name"], *(row.get("aliases") or "").split("|"), *demonyms,
                 *(d + "s" for d in demonyms if d[-1:] in ("n", "i"))]
        for word in filter(None, (w.strip().casefold() for w in words)):
            found.setdefault(word, row["code"])
    return found


def _country_rows() -> list[dict[str, str]]:
    return datafiles.table("actors", "countries.tsv", COUNTRY_COLUMNS)


@functools.cache
def _trigger_types() -> dict[str, str]:
    """Trigger word -> the PLOVER type it most often codes ("attack" -> ASSAULT), from the
    event lexicon: what people who write ATTACK for a type mean."""
    weight: dict[str, tuple[float, str]] = {}
    for row in datafiles.table("events", "triggers.tsv", TRIGGER_COLUMNS):
        if row["type"] != "NONE" and " " not in row["pattern"]:
            score = float(row["weight"] or 0)
            if score > weight.get(row["pattern"], (-1.0, ""))[0]:
                weight[row["pattern"]] = (score, row["type"])
    return {word: type_ for word, (_, type_) in weight.items()}
