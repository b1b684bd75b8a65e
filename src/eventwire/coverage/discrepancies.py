"""Where reports of one happening disagree: one :class:`Discrepancy` per fact, sides named.

Outlets are compared, not sentences: an article's account of a happening is all its reports
of it, and two articles disagree on a fact only when nothing one says of it fits anything the
other says (an article that gives 46 dead and, elsewhere, 1 dead agrees with one giving 46).
Facts are compared only where they can conflict: a vaguer fact never contradicts a more
precise one ("2021-08" and "2021-08-31", "Qatar" and "Doha"), and a fact a report does not
give is no disagreement — a number, party or country only one outlet gives is ``only_one``.
See ``docs/coverage.md`` for the rules and their reasons.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import Any

from eventwire.coverage import attribution, countries, places, quotes, tables
from eventwire.coverage.model import KINDS, Discrepancy, ReportFacts

TOLLS = ("dead", "injured", "arrested")
NOT_GIVEN = "not given"
# PLOVER types whose parties often act together: an outlet's "A met B" and another's "B met
# A" are one meeting told from two sides, not a dispute over who did what
UNDIRECTED = frozenset({"CONSULT", "COOPERATE"})


def find_discrepancies(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Every disagreement between `reports` (of one happening), in the order of KINDS."""
    found: list[Discrepancy] = []
    for check in CHECKS:
        found += check(reports)
    return sorted(found, key=lambda d: KINDS.index(d.kind))


def article_discrepancies(reports: list[ReportFacts],
                          articles: list[tuple[dict[str, Any], list[str]]]) -> list[Discrepancy]:
    """:func:`find_discrepancies` with the reporting articles at hand (each coded article
    dict with the event ids of its reports among `reports`): quotes are compared over the
    whole articles (``quotes.article_conflicts`` in place of the near-sentence check) and
    each article's self-condemning statements are added (``attribution.check_article``);
    a flag raised twice is kept once, naming the union of its reports."""
    found = [d for d in find_discrepancies(reports) if d.kind != "quote_speaker"]
    found += quotes.article_conflicts(articles)
    for article, event_ids in articles:
        found += attribution.check_article(article, event_ids)
    return sorted(_merged(found), key=lambda d: KINDS.index(d.kind))


def _merged(found: list[Discrepancy]) -> list[Discrepancy]:
    """One discrepancy per (kind, field, sides shown): the same flag raised twice (near a
    report and anywhere in its article) names the union of their reports."""
    merged: dict[tuple[str, str, tuple[str, ...]], Discrepancy] = {}
    for item in found:
        key = (item.kind, item.field, tuple(item.sides))
        if key not in merged:
            merged[key] = item
            continue
        kept = merged[key]
        kept.sides = {side: sorted(set(kept.sides[side]) | set(ids)) for side, ids in item.sides.items()}
    return list(merged.values())


def outlet(report: ReportFacts) -> str:
    """Who published the report: its source, else its domain, else its article."""
    return report.source or report.domain or report.article_id


def grouped(reports: Iterable[ReportFacts],
            label: Callable[[ReportFacts], str | None]) -> dict[str, list[str]]:
    """Event ids by the label each report gets (reports labelled None left out), labels sorted."""
    sides: dict[str, list[str]] = defaultdict(list)
    for report in reports:
        value = label(report)
        if value is not None:
            sides[value].append(report.event_id)
    return {value: sorted(sides[value]) for value in sorted(sides)}


def by_article(reports: Iterable[ReportFacts]) -> list[list[ReportFacts]]:
    """The reports grouped by article, in first-seen order."""
    groups: dict[str, list[ReportFacts]] = defaultdict(list)
    for report in reports:
        groups[report.article_id].append(report)
    return list(groups.values())


def articles_disagree(reports: list[ReportFacts],
                      conflict: Callable[[ReportFacts, ReportFacts], bool]) -> bool:
    """Whether two articles' reports conflict pairwise, every one of one with every one of the other."""
    return any(all(conflict(a, b) for a in one for b in other)
               for one, other in combinations(by_article(reports), 2))


def _say(sides: dict[str, list[str]], reports: list[ReportFacts], unit: str = "") -> str:
    """A one-line reading of the sides: "Gulf Wire: 12 dead; Kabul Ledger: 9 dead"."""
    names = {r.event_id: outlet(r) for r in reports}
    return "; ".join(f"{', '.join(sorted({names[i] for i in ids}))}: {value}{unit}"
                     for value, ids in sides.items())


# ---------------------------------------------------------------- tolls and quantities

def tolls(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Tolls that differ; a toll only one outlet gives (others give none) is only_one."""
    return [found for name in TOLLS for found in _toll(reports, name)]


def _toll(reports: list[ReportFacts], name: str) -> list[Discrepancy]:
    def gives(report: ReportFacts) -> bool:
        return getattr(report, name) is not None

    given = [r for r in reports if gives(r)]
    sides = grouped(given, lambda r: str(getattr(r, name)))
    if articles_disagree(given, lambda a, b: bool(getattr(a, name) != getattr(b, name))):
        return [Discrepancy("toll", name, sides, _say(sides, given, f" {name}"))]
    if len(sides) == 1 and _one_outlet_only(reports, gives):
        return [_only_one(name, next(iter(sides)), reports, gives)]
    return []


def _one_outlet_only(reports: list[ReportFacts], gives: Callable[[ReportFacts], bool]) -> bool:
    """Whether exactly one outlet gives the fact while another outlet reports without it."""
    giving = {outlet(r) for r in reports if gives(r)}
    return len(giving) == 1 and any(outlet(r) not in giving for r in reports)


def _only_one(name: str, value: str, reports: list[ReportFacts],
              gives: Callable[[ReportFacts], bool]) -> Discrepancy:
    giver = next(outlet(r) for r in reports if gives(r))
    sides = grouped(reports, lambda r: value if gives(r) else None if outlet(r) == giver else NOT_GIVEN)
    return Discrepancy("only_one", name, sides, f"only {giver} gives {name}: {value}")


def quantities(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Quantities of one unit (and of one item where both name it) that no report shares."""
    units = sorted({str(q.get("unit")) for r in reports for q in r.quantities if q.get("value") is not None})
    return [found for unit in units for found in _quantity(reports, unit)]


def _quantity(reports: list[ReportFacts], unit: str) -> list[Discrepancy]:
    having = [r for r in reports if _of_unit(r, unit)]
    if not articles_disagree(having, lambda a, b: _quantities_conflict(_of_unit(a, unit), _of_unit(b, unit))):
        return []
    sides = grouped(having, lambda r: "; ".join(amount(q) for q in _of_unit(r, unit)))
    return [Discrepancy("quantity", unit, sides, _say(sides, having))]


def _of_unit(report: ReportFacts, unit: str) -> list[dict[str, Any]]:
    return [q for q in report.quantities if str(q.get("unit")) == unit and q.get("value") is not None]


def _quantities_conflict(one: list[dict[str, Any]], other: list[dict[str, Any]]) -> bool:
    """Whether two reports give comparable amounts (same item, or an item left unnamed) and
    none of them is the same."""
    pairs = [(a, b) for a in one for b in other if _same_item(a, b)]
    return bool(pairs) and not any(float(a["value"]) == float(b["value"]) for a, b in pairs)


def _same_item(a: dict[str, Any], b: dict[str, Any]) -> bool:
    items = [str(q.get("item") or "").lower() for q in (a, b)]
    return not all(items) or items[0] == items[1]


def amount(quantity: dict[str, Any]) -> str:
    """A quantity as read: "50,000 tonne wheat"."""
    value = float(quantity["value"])
    number = f"{int(value):,}" if value.is_integer() else f"{value:,}"
    parts = (number, str(quantity.get("unit") or ""), str(quantity.get("item") or ""))
    return " ".join(part for part in parts if part)


# ---------------------------------------------------------------- dates and places

def dates(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Dates that cannot both hold: disjoint once each is read at its granularity."""
    dated = [r for r in reports if date_window(r) is not None]
    if not articles_disagree(dated, lambda a, b: _disjoint(date_window(a), date_window(b))):
        return []
    sides = grouped(dated, lambda r: r.date)
    return [Discrepancy("date", "date", sides, _say(sides, dated))]


def date_window(report: ReportFacts) -> tuple[dt.date, dt.date] | None:
    """The first and last day a report's date allows; None when it has no usable date (an
    unknown granularity is only a guess, it never contradicts anything)."""
    if not report.date or report.granularity == "unknown":
        return None
    value, _, end = report.date.partition("..")
    try:
        return _first_day(value), _last_day(end or value, report.granularity if not end else "day")
    except ValueError:
        return None


def _first_day(value: str) -> dt.date:
    return dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value[:10])


def _last_day(value: str, granularity: str) -> dt.date:
    if len(value) == 4 or granularity == "year":
        return dt.date(int(value[:4]), 12, 31)
    if len(value) == 7 or granularity == "month":
        first = dt.date(int(value[:4]), int(value[5:7]), 1)
        return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return dt.date.fromisoformat(value[:10])


def _disjoint(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])


def place_conflicts(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Places that cannot both hold: other countries, or other cities or provinces of one
    country (a city inside the other report's province or country agrees)."""
    located = [r for r in reports if r.place_country]
    if not articles_disagree(located, places.conflict):
        return []
    sides = grouped(located, lambda r: f"{r.place} ({r.place_country})")
    return [Discrepancy("place", "place", sides, _say(sides, located))]


# ---------------------------------------------------------------- parties and roles

def parties(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Outlets that name other party countries (each one the other lacks, over all its
    reports of the happening); failing that, a party country one outlet names where another
    names someone else and never mentions that country (an actor "Iran-backed militants"
    against "the Islamic Resistance in Iraq"). An outlet that names the country in its
    sentences without coding it as a party ("strikes on Rafah" after "Israeli strikes") or
    that names nobody in that role is not counted: the coder missed it, or the outlet left it
    out, which is no disagreement."""
    named = [r for r in reports if _countries(r)]
    held = {article[0].article_id: set().union(*map(_countries, article)) for article in by_article(named)}
    if any(held[a] - held[b] and held[b] - held[a] for a, b in combinations(held, 2)):
        sides = grouped(named, lambda r: ", ".join(sorted(held[r.article_id])))
        return [Discrepancy("party", "party countries", sides, _say(sides, named))]
    return [found for role in ("actor", "recipient")
            for country in sorted(set().union(*(_countries(r, role) for r in reports)))
            for found in _one_side_party(reports, role, country)]


def _one_side_party(reports: list[ReportFacts], role: str, country: str) -> list[Discrepancy]:
    """A `country` some outlets put in `role` and others never mention, naming there instead
    a party none of the first outlets names; the sides are the country and what the others
    name instead."""
    articles = by_article(reports)
    giving = [a for a in articles if any(country in _countries(r, role) for r in a)]
    named = set().union(*(_countries(r) for article in giving for r in article))
    others: dict[str, str] = {}
    for article in articles:
        if any(country in _countries(r) or countries.mentions(r.sentence, country) for r in article):
            continue
        instead = [p.text for r in article for p in r.parties
                   if p.role == role and p.text and p.country not in named]
        if instead:
            others[article[0].article_id] = "; ".join(dict.fromkeys(instead))
    if not giving or not others:
        return []
    givers = {r.article_id for article in giving for r in article}
    sides = grouped(reports, lambda r: country if r.article_id in givers else others.get(r.article_id))
    return [Discrepancy("party", f"{role} {country}", sides, _say(sides, reports))]


def _countries(report: ReportFacts, role: str | None = None) -> set[str]:
    return {p.country for p in report.parties if p.country and role in (None, p.role)}


def roles(reports: list[ReportFacts]) -> list[Discrepancy]:
    """A country that one outlet has act and another has acted on, among reports that code a
    direction, of a type whose direction means something (who met whom does not)."""
    directed = [r for r in reports if _countries(r, "recipient") and r.type not in UNDIRECTED]
    return [found for country in sorted(set().union(*(_countries(r) for r in directed)))
            for found in _role(directed, country)]


def _role(directed: list[ReportFacts], country: str) -> list[Discrepancy]:
    sides = grouped(directed, _article_label(directed, lambda r: _role_of(r, country)))
    if len(sides) < 2:
        return []
    detail = _say(sides, directed).replace(f"{country} ", "")
    return [Discrepancy("role", f"role of {country}", sides, detail)]


def _role_of(report: ReportFacts, country: str) -> str | None:
    """"X actor" or "X recipient" when the report puts `country` on one side only."""
    actor, recipient = country in _countries(report, "actor"), country in _countries(report, "recipient")
    return None if actor == recipient else f"{country} {'actor' if actor else 'recipient'}"


def _article_label(reports: list[ReportFacts], of: Callable[[ReportFacts], str | None]
                   ) -> Callable[[ReportFacts], str | None]:
    """A labeller giving each report its article's label when all its labelled reports agree
    on one (an article that puts a party on both sides takes no side)."""
    held: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        value = of(report)
        if value is not None:
            held[report.article_id].add(value)
    return lambda r: next(iter(held[r.article_id])) if len(held[r.article_id]) == 1 else None


# ---------------------------------------------------------------- modality

def modality(reports: list[ReportFacts]) -> list[Discrepancy]:
    """An outlet that asserts a happening, another that only hedges, denies, supposes or
    foresees it; one that negates it and one that does not. An article holds its strongest
    stance: one that asserts it in any sentence asserts it."""
    found = []
    stances = grouped(reports, _article_stance(reports, stance, "asserted"))
    if "asserted" in stances and len(stances) > 1:
        found.append(Discrepancy("modality", "modality", stances, _say(stances, reports)))
    else:
        found += _third_party_word(reports)
    negated = grouped(reports, _article_stance(reports, lambda r: "negated" if r.negated else "not negated",
                                               "not negated"))
    if len(negated) > 1:
        found.append(Discrepancy("modality", "negated", negated, _say(negated, reports)))
    return found


def _third_party_word(reports: list[ReportFacts]) -> list[Discrepancy]:
    """An outlet that states the happening in its own voice (a report of it with no
    attribution), another that gives it only on the word of a third party: a source of a
    country none of the outlet's parties is of ("according to the Syrian Observatory" against
    "Israeli jets struck"). An attribution to a party ("Israel's army said", the ministry of a
    country at the meeting) or to a source of unknown country ("officials said") is how news
    is sourced, and no disagreement."""
    labels: dict[str, str] = {}
    for article in by_article(reports):
        sources = [source for r in article if (source := _third_party(r, article))]
        if any(r.attribution is None and stance(r) == "asserted" for r in article):
            labels[article[0].article_id] = "asserted"
        elif sources:
            labels[article[0].article_id] = f"according to {sources[0]}"
    sides = grouped(reports, lambda r: labels.get(r.article_id))
    if "asserted" not in sides or len(sides) < 2:
        return []
    return [Discrepancy("modality", "attribution", sides, _say(sides, reports))]


def _third_party(report: ReportFacts, article: list[ReportFacts]) -> str | None:
    """The report's attribution when its source is of a country (the quote it speaks, else the
    country its words name) that none of the article's reports has among its parties."""
    said_by = report.attribution
    if not said_by:
        return None
    found = {q.speaker_country for q in report.quotes
             if q.speaker_country and (q.speaker or "").casefold() == said_by.casefold()}
    if not found:
        found = {code for code in countries.country_names() if countries.mentions(said_by, code)}
    held = set().union(*(_countries(r) for r in article))
    return said_by if len(found) == 1 and not found & held else None


def _article_stance(reports: list[ReportFacts], of: Callable[[ReportFacts], str],
                    strongest: str) -> Callable[[ReportFacts], str]:
    """A labeller giving each report its article's stance: `strongest` when any of the
    article's reports has it, else the first of its reports' stances in sorted order."""
    held: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        held[report.article_id].add(of(report))
    return lambda r: strongest if strongest in held[r.article_id] else min(held[r.article_id])


def stance(report: ReportFacts) -> str:
    """How a report holds its claim: asserted, attributed (to sources that hedge it: "sources
    say", "reportedly"; ``data/hedges.tsv``), reported_denied, hypothetical or future. An
    attribution to a source on record ("the ministry said") asserts: it is how news is sourced."""
    if report.modality != "asserted":
        return report.modality
    return "attributed" if _hedged(report) else "asserted"


def _hedged(report: ReportFacts) -> bool:
    said_by = set((report.attribution or "").lower().replace("-", " ").split())
    sentence = set(report.sentence.lower().replace(",", " ").split())
    return bool(said_by & set(tables.words("hedges", "speaker"))
                or sentence & set(tables.words("hedges", "adverb")))


CHECKS: tuple[Callable[[list[ReportFacts]], list[Discrepancy]], ...] = (
    tolls, quantities, dates, place_conflicts, parties, roles, modality,
    quotes.speaker_conflicts, attribution.check_reports)
