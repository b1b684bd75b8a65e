"""Happenings: the events several reports describe. Each new report joins a happening or
creates one (`assign_happening`), found through the index `happening_parties` (country,
type, date), so the cost of a report does not grow with the size of the store; reading
merges a happening's reports into one event object (`merge_happenings`).

Linking statements are SQLAlchemy Core, run at once on the session's connection in the
caller's transaction: a happening created for one report is visible to the next report of
the same article without a flush, and no ORM object is built per row (the ORM's unit of
work cost several times more than the queries themselves). Core statements do not
autoflush: a caller that changed ORM objects flushes them before linking reads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Row, bindparam, delete, select, update
from sqlalchemy.orm import Session

from eventwire import link
from eventwire.store import schema as S
from eventwire.store.ids import unused_id

# a happening dated by a range starts at most this long before a report it could match
LONGEST_WINDOW_DAYS = 366
# reports of a happening whose places a report dated a day off is compared with
NEAR_REPORTS = 20

_HAPPENINGS = S.table(S.HappeningRow)
_PARTIES = S.table(S.HappeningPartyRow)
_DYADS = S.table(S.HappeningDyadRow)
_EVENTS = S.table(S.EventRow)

# The statements are built once, with named parameters (lists expand when run): building
# and caching a statement per call cost more than running it.
_CANDIDATES = select(_HAPPENINGS).where(_HAPPENINGS.c.id.in_(
    select(_PARTIES.c.happening_id).where(
        _PARTIES.c.country.in_(bindparam("countries", expanding=True)),
        _PARTIES.c.type == bindparam("kind"),
        _PARTIES.c.date_value >= bindparam("earliest"), _PARTIES.c.date_value <= bindparam("hi"),
        _PARTIES.c.date_end >= bindparam("lo")).distinct()))
# the coded reports of a happening from other articles, for their places (a bounded few)
_REPORT_PLACES = (select(_EVENTS.c.data).where(_EVENTS.c.happening_id == bindparam("happening"),
                                               _EVENTS.c.article_id != bindparam("article"))
                  .limit(NEAR_REPORTS))
# what a merge or a refresh may change in a happening: the SET columns are the parameters
_UPDATE_HAPPENING = update(_HAPPENINGS).where(_HAPPENINGS.c.id == bindparam("happening"))
_HAPPENING_FIELDS = ("num_reports", "intensity_sum", "intensity_count", "date_value", "date_end",
                     "granularity", "location_country", "parties")
_UNINDEX_PARTIES = delete(_PARTIES).where(_PARTIES.c.happening_id == bindparam("happening"))
_UNINDEX_DYADS = delete(_DYADS).where(_DYADS.c.happening_id == bindparam("happening"))


def assign_happening(session: Session, event: dict[str, Any]) -> str | None:
    """The id of the happening this event reports, joining or creating one; None when the
    event has no coded party or no date.

    A happening dated on the same or an overlapping day is preferred; failing one, a
    day-precise report joins a happening dated a day off (:func:`_near_match`)."""
    parties = link.parties(event)
    lo, hi = link.window(event.get("date"))
    if not parties or lo is None or hi is None:
        return None
    location = (event.get("location") or {}).get("country")
    date = event.get("date") or {}
    near = []
    for happening in _candidates(session, event["type"], parties, *_near_window(date, lo, hi)):
        known = set(happening.parties.split(","))
        if (not link.parties_compatible(known, parties, date, happening.granularity)
                or _contradicting(location, happening.location_country)):
            continue
        if (happening.date_value <= hi and happening.date_end >= lo
                and link.dates_agree(happening.granularity, happening.date_value or "", date,
                                     happening.date_end or "")):
            _merge_into(session, happening, event, parties, location)
            return str(happening.id)
        near.append(happening)
    for happening in near:
        if _near_match(session, happening, event, parties):
            _merge_into(session, happening, event, parties, location)
            return str(happening.id)
    return _create(session, event, parties, lo, hi, location)


def _near_window(date: Mapping[str, Any], lo: str, hi: str) -> tuple[str, str]:
    """The days a candidate happening may cover: the report's window, widened by
    link.events.NEAR_DAYS for a day-precise report."""
    if date.get("granularity") != "day":
        return lo, hi
    near = dt.timedelta(days=link.events.NEAR_DAYS)
    return (dt.date.fromisoformat(lo) - near).isoformat(), (dt.date.fromisoformat(hi) + near).isoformat()


def _near_match(session: Session, happening: Row[Any], event: dict[str, Any], parties: set[str]) -> bool:
    """Whether a report dated a day off the happening (link.near_day) still reports it:
    the same parties exactly, and the same town as a report of another article. Reports of
    one article a day apart are two days of events, not two outlets' reckoning of one."""
    date = event.get("date") or {}
    if (set(happening.parties.split(",")) != parties
            or (event.get("location") or {}).get("resolution") not in link.events.TOWN_RESOLUTIONS
            or not link.events.near_day(happening.granularity, happening.date_value or "", date)):
        return False
    article = event["id"].rpartition(":")[0]   # report ids are "{article id}:ev-{n}"
    places = session.connection().execute(_REPORT_PLACES, {"happening": happening.id, "article": article})
    return any(link.events.same_place(event.get("location"), (data or {}).get("location"))
               for data, in places)


def _candidates(session: Session, type_: str, parties: set[str], lo: str, hi: str) -> list[Row[Any]]:
    """The happenings (rows of every column) indexed under one of the parties, of the type,
    whose dates may overlap [lo, hi]."""
    earliest = (dt.date.fromisoformat(lo) - dt.timedelta(days=LONGEST_WINDOW_DAYS)).isoformat()
    rows = session.connection().execute(_CANDIDATES, {"countries": sorted(parties), "kind": type_,
                                                      "earliest": earliest, "hi": hi, "lo": lo}).all()
    # most shared parties first, then the best-attested happening
    return sorted(rows, key=lambda h: (-len(parties & set(h.parties.split(","))), -h.num_reports, h.id))


def _contradicting(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


def _create(session: Session, event: dict[str, Any], parties: set[str], lo: str, hi: str,
            location: str | None) -> str:
    happening_id = unused_id(session, S.HappeningRow,
                             "h-" + hashlib.sha1(event["id"].encode()).hexdigest()[:16])
    happening: dict[str, Any] = {
        "id": happening_id,
        "type": event["type"], "parties": ",".join(sorted(parties)), "date_value": lo, "date_end": hi,
        "granularity": (event.get("date") or {}).get("granularity", "unknown"),
        "location_country": location, "num_reports": 1,
        # intensity_count's server default, explicit: _count_intensity adds to it
        "intensity_sum": None, "intensity_count": 0}
    _count_intensity(happening, event.get("intensity"))
    S.insert_rows(session, S.HappeningRow, [happening])
    # a new id has no index rows to replace
    _index_parties(session, happening, parties, replace=False)
    return happening_id


def _count_intensity(happening: dict[str, Any], intensity: float | None) -> None:
    """Add a report's intensity to the happening's sum and count (the values of a row as a
    dict); a report without one changes neither."""
    if intensity is not None:
        happening["intensity_sum"] = (happening["intensity_sum"] or 0.0) + intensity
        happening["intensity_count"] = (happening["intensity_count"] or 0) + 1


def _merge_into(session: Session, row: Row[Any], event: dict[str, Any],
                parties: set[str], location: str | None) -> None:
    """Count the report; keep the more precise date, the union of parties, a known place."""
    happening = row._asdict()
    happening["num_reports"] += 1
    _count_intensity(happening, event.get("intensity"))
    date = event.get("date") or {}
    rank = link.events.PRECISION
    if rank.get(date.get("granularity", "unknown"), 4) < rank.get(happening["granularity"], 4):
        happening["date_value"], happening["date_end"] = link.window(date)
        happening["granularity"] = date["granularity"]
    happening["location_country"] = happening["location_country"] or location
    known = set(happening["parties"].split(","))
    happening["parties"] = ",".join(sorted(known | parties))
    update_happening(session, happening, known | parties)


def update_happening(session: Session, happening: Mapping[str, Any], parties: set[str]) -> None:
    """Write a happening's new values and rewrite its index rows for `parties`. `happening`
    maps column names to values: the id, the type and every field a merge may change."""
    session.connection().execute(_UPDATE_HAPPENING, {"happening": happening["id"],
                                                     **{key: happening[key] for key in _HAPPENING_FIELDS}})
    _index_parties(session, happening, parties)


def _index_parties(session: Session, happening: Mapping[str, Any], parties: set[str], *,
                   replace: bool = True) -> None:
    """Write the happening's rows in the party index and the dyad index, replacing those it
    had unless `replace` is false (a new happening). `happening` maps its column names
    (id, type, date_value, date_end, intensity_sum, intensity_count) to its values."""
    id_ = happening["id"]
    if replace:
        connection = session.connection()
        connection.execute(_UNINDEX_PARTIES, {"happening": id_})
        connection.execute(_UNINDEX_DYADS, {"happening": id_})
    countries = sorted(parties)
    S.insert_rows(session, S.HappeningPartyRow, [
        {"happening_id": id_, "country": country, "type": happening["type"],
         "date_value": happening["date_value"], "date_end": happening["date_end"]}
        for country in countries])
    S.insert_rows(session, S.HappeningDyadRow, [
        {"a": a, "b": b, "date_value": happening["date_value"], "happening_id": id_,
         "type": happening["type"], "intensity_sum": happening["intensity_sum"],
         "intensity_count": happening["intensity_count"] or 0}
        for n, a in enumerate(countries) for b in countries[n + 1:]])


# ---------------------------------------------------------------------- reading

def earlier_happenings(session: Session, happening: S.HappeningRow) -> list[dict[str, Any]]:
    """Happenings of the same type between the same parties that ended before this one began."""
    query = (select(S.HappeningRow.id)
             .where(S.HappeningRow.type == happening.type, S.HappeningRow.parties == happening.parties,
                    S.HappeningRow.date_end < happening.date_value)
             .order_by(S.HappeningRow.date_value))
    ids = list(session.scalars(query))
    return [{"id": merged["id"], "date": (merged.get("date") or {}).get("value"),
             "level": link.claims.level(merged),
             "doc_ids": sorted({r["doc_id"] for r in merged["reports"]})}
            for merged in merge_happenings(session, ids)]


def merge_happenings(session: Session, ids: list[str]) -> Iterator[dict[str, Any]]:
    """The happenings `ids`, in that order, each merged from its reports (`_merge_reports`)."""
    rows = session.execute(
        select(S.EventRow, S.ArticleRow.source, S.ArticleRow.url)
        .join(S.ArticleRow, S.ArticleRow.id == S.EventRow.article_id)
        .where(S.EventRow.happening_id.in_(ids)).order_by(S.EventRow.id))
    reports: dict[str | None, list[tuple[S.EventRow, str]]] = {}
    for event, source, url in rows:
        reports.setdefault(event.happening_id, []).append((event, source or url or event.article_id))
    for happening_id in ids:
        yield _merge_reports(happening_id, reports.get(happening_id, []))


def _merge_reports(happening_id: str, reports: list[tuple[S.EventRow, str]]) -> dict[str, Any]:
    """One event object from its reports: the most precise date and place, the largest toll,
    every claim a report makes.

    The chosen report (whose roles and sentence are shown) has the most precise date, then
    names the most party countries (so that it usually names the parties a filter matched),
    then is the most confident."""
    rank = link.events.PRECISION
    best = min(reports, key=lambda r: (rank.get(r[0].granularity, 4), -len(link.events.parties(r[0].data)),
                                       -r[0].confidence))[0]
    merged = dict(best.data)
    merged["id"] = happening_id
    for event, _ in reports:
        merged["date"] = link.merge_date(merged.get("date"), event.data.get("date"))
        merged["location"] = _better_place(merged.get("location"), event.data.get("location"))
        dead = (event.data.get("size") or {}).get("dead")
        if dead is not None and dead > ((merged.get("size") or {}).get("dead") or 0):
            merged["size"] = {**(merged.get("size") or {}), "dead": dead}
    # the chosen report first: its sentence is the one shown as the event's source
    ordered = [best] + [e for e, _ in reports if e is not best]
    merged["reports"] = [{"doc_id": e.article_id, "event_id": e.id} for e in ordered]
    # a claim any report makes ("the first talks since ...") is the happening's, whichever
    # report is shown: one per kind and wording, the chosen report's first
    claims: dict[tuple[Any, Any], dict[str, Any]] = {}
    for event in ordered:
        for claim in event.data.get("claims") or []:
            claims.setdefault((claim.get("kind"), claim.get("text")), claim)
    if claims:
        merged["claims"] = list(claims.values())
    merged["num_articles"] = len({e.article_id for e, _ in reports})
    merged["num_sources"] = len({source for _, source in reports})
    return merged


_PLACE_RANK = {"city": 0, "admin1": 1, "region": 2, "country": 3, "unknown": 4}


def _better_place(current: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any] | None:
    if not new:
        return current
    if not current:
        return new
    rank = _PLACE_RANK.get
    return new if rank(new.get("resolution", "unknown"), 4) < rank(current.get("resolution", "unknown"), 4) \
        else current
