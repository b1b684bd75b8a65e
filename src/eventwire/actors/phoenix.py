"""Turning Phoenix/PETRARCH TABARI entries into knowledge-base rows (docs/kb.md).

CAMEO codes become our codes: the first three letters are the country (ISO alpha-3 but for a
few CAMEO-only codes, mapped below) or a non-state prefix (IGO, NGO, MNC, IMG); the first role
code after it gives the PLOVER sector. The dictionaries stop in early 2014, so a person's
role that Phoenix leaves open ends at :data:`AS_OF` (after it they code as former officials);
an organisation's open row stays open (what a group is rarely changes with the years).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from eventwire import datafiles
from eventwire.actors import tables
from eventwire.actors.tabari import Code, TabariEntry, TabariError, parse_code

AS_OF = dt.date(2014, 12, 31)


def _mapping(name: str, key: str, value: str) -> dict[str, str]:
    """A two-column build mapping of ``actors/data/kb_build/`` (no user overlay: the build
    output is a function of the sources and the packaged files)."""
    rows = datafiles.table("actors", f"kb_build/{name}", (key, value), required=(key, value),
                           overlay=False)
    return {row[key]: row[value] for row in rows}


def _words(name: str) -> frozenset[str]:
    """A word list of ``actors/data/kb_build/``."""
    return frozenset(datafiles.words("actors", f"kb_build/{name}", overlay=False))


# CAMEO country codes that are not ISO alpha-3 (Yugoslavia's successor states are coded SRB)
CAMEO_COUNTRIES = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "YUG": "SRB",
                   "SCG": "SRB", "FRY": "SRB", "SRP": "SRB"}
# CAMEO role codes -> PLOVER sectors (CAMEO MED is the media, PLOVER MED health)
ROLES = _mapping("cameo_roles.tsv", "role", "sector")
# sector of a non-state prefix when no role code says otherwise
NON_STATE = {"IGO": "GOV", "NGO": "SOC", "MNC": "BUS", "IMG": "REB"}
# an IGO code's second part that names one of our non-state codes
IGO_BODIES = {"UNO": "UNO", "EUR": "EUR"}
# CAMEO gives economic IGOs (the OECD, ECOWAS, the G8) a business or farming role; to PLOVER
# (docs/annotation.md §3) states acting together are GOV. The lending banks and funds the
# curated tables code BUS (the IMF) outrank these rows. UN and EU agencies keep their
# function's sector (the FAO); people keep theirs (an IMF head is coded as the IMF).
IGO_ECONOMIC = frozenset({"BUS", "AGR"})
# words that make a name an organisation's rather than a person's
ORG_WORDS = _words("org_words.tsv")
# titles that may open a synonym ("PRESIDENT_KARZAI"): what is left after them must be a name
TITLE_WORDS = _words("title_words.tsv")
# lower-case words inside a name ("Bank of the Philippines")
SMALL_WORDS = _words("small_words.tsv")
# two-letter acronyms with a vowel that open many names ("US_CONGRESS", "UN_MISSION")
SHORT_ACRONYMS = frozenset({"US", "UN", "UK", "EU", "AU", "UAE"})
SOURCES = {"Countries": "phoenix:Countries", "International": "phoenix:International",
           "MilNonState": "phoenix:MilNonState"}
COUNTRY_INFO = "phoenix:CountryInfo.140130"   # the Countries file's people from CountryInfo


@dataclass(frozen=True)
class Term:
    """One converted code: where, in which sector, from when to when."""

    country: str
    sector: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class Converted:
    """One Phoenix entry in our terms, before ids are given."""

    kind: str                 # person | org
    name: str
    aliases: list[str]
    terms: list[Term]
    source: str


@dataclass
class Drops:
    """Why rows and names were left out, counted for the build summary."""

    counts: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)   # CAMEO codes we cannot place

    def add(self, reason: str, count: int = 1) -> None:
        self.counts[reason] += count


def display_name(raw: str) -> tuple[str, list[str]]:
    """``BARACK_OBAMA`` -> "Barack Obama"; a parenthesised acronym becomes an alias:
    ``ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`` -> ("Aden Abyan Islamic Army", ["AAIA"])."""
    text = re.sub(r"^THE\b", "", raw.replace("_", " ").strip(), flags=re.I)
    extra = [m.strip() for m in re.findall(r"\(([^)]*)\)", text) if m.strip()]
    words = re.sub(r"\([^)]*\)", " ", text).split()
    single = len(words) == 1
    name = " ".join(_word(w, i, single) for i, w in enumerate(words))
    return name, [a for a in extra if _is_acronym(a, True)]


def _word(word: str, index: int, single: bool) -> str:
    if _is_acronym(word, single):
        return word.upper()
    lower = word.lower()
    if index and lower in SMALL_WORDS:
        return lower
    return "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'"))
                    for part in lower.split("-"))


def _is_acronym(word: str, single: bool) -> bool:
    """Kept upper-case (the loader then matches it exactly): dotted forms ("U.S."), letters
    without a vowel ("BNC"), and a name of one short word ("NATO"; five letters only with
    at most one vowel, so "HAMAS" reads as a word)."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters or len(letters) > 5 or not letters.isupper():
        return False
    vowels = sum(c in "AEIOU" for c in letters)
    if "." in word or vowels == 0 or letters in SHORT_ACRONYMS:
        return True
    return single and (len(letters) <= 4 or vowels <= 1)


def kind_of(entry: TabariEntry, file_key: str) -> str:
    """person or org. A name with an organisation word and anything in the armed-groups
    file, and any IMG code, are organisations; CountryInfo's and the rulers' lists are people, and so is an
    entry with a dated code or an ELI code. The rest, undated role codes ("SCOTLAND_YARD
    [GBRCOP]", "US_SECRETARY_OF_STATE [USAGOV]"), name institutions and offices."""
    words = set(entry.names[0].upper().replace("_", " ").split())
    if file_key == "MilNonState" or words & ORG_WORDS:
        return "org"
    if "CountryInfo" in entry.comment or "rulers" in entry.comment:
        return "person"
    codes = [text.split() for text in entry.codes]
    if any(parts[0].upper().startswith("IMG") for parts in codes if parts):
        return "org"  # an armed group, however dated ("THE_ISLAMIC_STATE [IMGMUSISI >130408]")
    if any(len(parts) > 1 or "ELI" in parts[0][3:].upper() for parts in codes if parts):
        return "person"
    return "org"


def convert(entry: TabariEntry, file_key: str, drops: Drops, countries: set[str]) -> Converted | None:
    """The entry in our terms, or None (the reason counted in ``drops``)."""
    kind = kind_of(entry, file_key)
    terms = []
    for text in entry.codes:
        term = _term(text, kind, drops, countries)
        if term is not None:
            terms.append(term)
    if not terms:
        drops.add("no usable code (a place, a bare country or an unknown code)" if entry.codes
                  else "no code")
        return None
    name, acronyms = display_name(entry.names[0])
    aliases = [*acronyms]
    for raw in entry.names[1:]:
        alias, more = display_name(raw)
        aliases += [alias, *more]
    source = COUNTRY_INFO if "CountryInfo" in entry.comment else SOURCES[file_key]
    return Converted(kind, name, aliases, _settle(terms, kind), source)


def _term(text: str, kind: str, drops: Drops, countries: set[str]) -> Term | None:
    try:
        code = parse_code(text)
    except TabariError:
        drops.add("unreadable code or date")
        return None
    country = _country(code.code, countries)
    if country is None:
        drops.countries[code.code[:3]] += 1
        drops.add("country code not in countries.tsv (region, territory, former state)")
        return None
    sector = _sector(code)
    if kind != "person" and code.code[:3] == "IGO" and sector in IGO_ECONOMIC \
            and code.code[3:6] not in IGO_BODIES:
        sector = NON_STATE["IGO"]
    if sector is None:
        return None  # a bare country code: a country's own name or one of its places
    return _dated(Term(country, sector, code.start, code.end), kind)


def _country(code: str, countries: set[str]) -> str | None:
    prefix = code[:3]
    if prefix == "IGO":
        return IGO_BODIES.get(code[3:6], "IGO")
    if prefix in ("MNC", "NGO") and code[3:6] in countries - tables.NON_STATE:
        return code[3:6]  # a company or a national NGO is coded with its country
    if prefix in NON_STATE:
        return prefix
    prefix = CAMEO_COUNTRIES.get(prefix, prefix)
    return prefix if prefix in countries else None


def _sector(code: Code) -> str | None:
    parts = [code.code[i:i + 3] for i in range(3, len(code.code), 3)]
    prefix = code.code[:3]
    if prefix == "IMG":
        parts = [p for p in parts if ROLES.get(p) != "REL"]  # "IMGMUSALQ": armed first
    sector = next((ROLES[p] for p in parts if p in ROLES), None)
    return sector or NON_STATE.get(prefix)


def _dated(term: Term, kind: str) -> Term:
    """A person's role Phoenix leaves open ends at :data:`AS_OF` (former elites stay so)."""
    if kind == "person" and term.sector != "ELI" and term.end is None:
        if term.start is not None and term.start > AS_OF:
            return term
        return Term(term.country, term.sector, term.start, AS_OF)
    return term


def _settle(terms: list[Term], kind: str) -> list[Term]:
    """Distinct terms in date order; a person's undated ELI beside dated roles says only
    "former official afterwards", which the loader infers, so it goes."""
    unique = sorted(set(terms), key=lambda t: (t.start or dt.date.min, t.end or dt.date.max,
                                               t.country, t.sector))
    if kind == "person" and len(unique) > 1:
        unique = [t for t in unique if t.sector != "ELI" or t.start or t.end] or unique
    return unique


def read_file(lines: Iterable[str], file_key: str, drops: Drops,
              countries: set[str]) -> list[Converted]:
    """Every usable entry of one Phoenix ``.actors`` file."""
    from eventwire.actors.tabari import read_entries

    found = []
    for entry in read_entries(lines):
        converted = convert(entry, file_key, drops, countries)
        if converted is not None:
            found.append(converted)
    return found
