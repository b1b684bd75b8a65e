"""Reports and their status: why each report is, or is not, part of an event.

A *report* is what one article's sentence says (a row of ``events``); an *event* is one
real-world happening merged from its reports (``happenings``). Only some reports join an
event (`eventwire.link.is_real`, `store.happenings.assign_happening`); the status of every
other one says why, so that nothing is left out of a listing without a word:

==================  =================================================================
``linked``          part of an event
``queued``          its article waits in the link queue to be linked again (``eventwire relink``)
``not_asserted``    future, hypothetical, reported as denied, or negated
``low_confidence``  confidence below the ``min_confidence`` setting
``no_party_country`` no actor or recipient with a country
``no_date``         no date in the text and no publication date to date it
==================  =================================================================

The first that applies is the status. A relink takes every link apart and queues every
article (`store/relink.py`): until the queue is drained (or for good, when the relink was
killed) the reports of a queued article are ``queued``, not counted against any reason.

A status is computed from stored columns, so that it is a SQL condition too: an event dated
only by its article's publication date is stored with that date (``date_value``), so
``no_date`` means ``date_value`` is NULL, exactly when `assign_happening` finds no date window.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, exists, false, func, not_, or_, select

from eventwire.errors import InputError
from eventwire.filters import EventFilter
from eventwire.link.events import min_confidence
from eventwire.store import schema as S
from eventwire.store.reading import add_text, filtered, with_text_added

if TYPE_CHECKING:
    from eventwire.store.store import Store

LINKED, QUEUED, NOT_ASSERTED = "linked", "queued", "not_asserted"
LOW_CONFIDENCE, NO_PARTY_COUNTRY, NO_DATE = "low_confidence", "no_party_country", "no_date"
# in the order they are tried: the first that applies is a report's status
STATUSES = (LINKED, QUEUED, NOT_ASSERTED, LOW_CONFIDENCE, NO_PARTY_COUNTRY, NO_DATE)
# the statuses of reports that are not part of any event
UNLINKED = STATUSES[1:]
# a name for all of UNLINKED at once, accepted wherever statuses are
UNLINKED_GROUP = "unlinked"
# what each status means, for summaries, help texts and the dashboard
MEANINGS = {
    LINKED: "part of an event",
    QUEUED: "waiting to be linked (its article is in the link queue)",
    NOT_ASSERTED: "not asserted (future, hypothetical, denied or negated)",
    LOW_CONFIDENCE: "below min_confidence",
    NO_PARTY_COUNTRY: "no party country",
    NO_DATE: "no date",
}
# articles per query when counting the reports of a list of articles
_CHUNK = 500


def _has_party_country() -> Any:
    """Whether the report names an actor or recipient with a country (`link.parties`)."""
    return exists(select(S.ParticipantRow.id).where(
        S.ParticipantRow.event_id == S.EventRow.id,
        S.ParticipantRow.role.in_(("actor", "recipient")),
        S.ParticipantRow.country.is_not(None), S.ParticipantRow.country != ""))


def _relinked() -> Any:
    """The articles in the link queue waiting to have their reports linked (a relink's; a
    young store's settling links stories only: its reports are linked)."""
    return select(S.LinkQueueRow.article_id).where(S.LinkQueueRow.happenings.is_(True))


def _waiting() -> Any:
    """Whether the report's article waits in the link queue to have its reports linked."""
    return S.EventRow.article_id.in_(_relinked())


def waiting_articles(session: Any) -> int:
    """How many articles wait in the link queue to have their reports linked."""
    return session.scalar(select(func.count()).select_from(_relinked().subquery())) or 0


def _conditions() -> dict[str, Any]:
    """One SQL condition per status on ``events``; exactly one holds for each report.

    An unlinked report that meets every condition of an event was below ``min_confidence``
    when it was stored (the setting was lowered since; `eventwire recode` links it), so it
    counts as ``low_confidence``.
    """
    waiting = and_(S.EventRow.happening_id.is_(None), _waiting())
    unlinked = and_(S.EventRow.happening_id.is_(None), not_(_waiting()))
    asserted = and_(unlinked, S.EventRow.modality == "asserted", not_(S.EventRow.negated))
    confident = S.EventRow.confidence >= min_confidence()
    party, dated = _has_party_country(), S.EventRow.date_value.is_not(None)
    return {
        LINKED: S.EventRow.happening_id.is_not(None),
        QUEUED: waiting,
        NOT_ASSERTED: and_(unlinked, or_(S.EventRow.modality != "asserted", S.EventRow.negated)),
        LOW_CONFIDENCE: and_(asserted, or_(not_(confident), and_(party, dated))),
        NO_PARTY_COUNTRY: and_(asserted, confident, not_(party)),
        NO_DATE: and_(asserted, confident, party, not_(dated)),
    }


def status_column() -> Any:
    """A SQL expression giving each row of ``events`` its status."""
    conditions = _conditions()
    return case(*[(conditions[name], name) for name in STATUSES[:-1]], else_=STATUSES[-1])


def status_condition(statuses: Iterable[str]) -> Any:
    """A SQL condition on ``events``: the report has one of `statuses` (names checked)."""
    conditions = _conditions()
    return or_(false(), *[conditions[name] for name in checked_statuses(statuses)])


def checked_statuses(given: Iterable[str]) -> list[str]:
    """The statuses named in `given` (comma-separated values too; "unlinked" names every
    status but linked), in their order. Raises InputError naming an unknown one and the
    nearest status."""
    names = {name.strip().lower() for value in given for name in value.split(",") if name.strip()}
    for name in sorted(names - {*STATUSES, UNLINKED_GROUP}):
        raise InputError(f"status {name!r} is not a report status{_hint(name)} (statuses: "
                         f"{', '.join(STATUSES)}, or {UNLINKED_GROUP} for all but linked)")
    if UNLINKED_GROUP in names:
        names |= set(UNLINKED)
    return [name for name in STATUSES if name in names]


def _hint(name: str) -> str:
    near = difflib.get_close_matches(name, [*STATUSES, UNLINKED_GROUP], n=1, cutoff=0.5)
    return f"; did you mean {near[0]}?" if near else ""


def report_counts(session: Any, where: EventFilter | None = None,
                  doc_ids: Sequence[str] | None = None) -> dict[str, int]:
    """How many reports have each status (every status, zeros too), among those matching
    `where` and, when given, those of the articles `doc_ids`."""
    status = status_column().label("status")
    query = filtered(select(status, func.count()), where or EventFilter())
    counts = dict.fromkeys(STATUSES, 0)
    for start in range(0, len(doc_ids), _CHUNK) if doc_ids is not None else [None]:
        chunk = query if start is None else query.where(
            S.EventRow.article_id.in_(doc_ids[start:start + _CHUNK]))   # type: ignore[index]
        for name, n in session.execute(chunk.group_by(status)):
            counts[name] += n
    return counts


def run_articles(session: Any, run_id: str) -> list[str]:
    """The ids of the articles the ingest run `run_id` stored (or stored again, replaced)."""
    return list(session.scalars(select(S.IngestLogRow.doc_id).where(
        S.IngestLogRow.run_id == run_id, S.IngestLogRow.status.in_(("stored", "replaced")))))


def report_query(where: EventFilter | None = None, statuses: Iterable[str] | None = None,
                 after: str | None = None) -> Any:
    """SELECT (report row, status) of the reports matching `where` with one of `statuses`
    (None: any), after the report id `after`, in report id order."""
    query = filtered(select(S.EventRow, status_column()), where or EventFilter())
    if statuses is not None:
        query = query.where(status_condition(statuses))
    if after is not None:
        query = query.where(S.EventRow.id > after)
    return query.order_by(S.EventRow.id)


def read_reports(session: Any, where: EventFilter | None = None,
                 statuses: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """The reports matching `where` with one of `statuses` (None: any), in report id order,
    as :func:`report_record` makes them with their sentence, url, source, title and
    publication date (`Store._with_text`)."""
    rows = session.execute(report_query(where, statuses))
    yield from with_text_added(session, (report_record(row, status) for row, status in rows))


def report_page(store: Store, limit: int, after: str | None = None,
                statuses: Iterable[str] | None = None,
                where: EventFilter | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """One page of :meth:`Store.reports` after the report id `after`: the reports and the id
    to continue after (None on the last page). Keyset paging by report id, so a deep page
    costs what the first does."""
    with store.transaction() as session:
        rows = session.execute(report_query(where, statuses, after).limit(limit + 1)).all()
        items = [report_record(row, status) for row, status in rows[:limit]]
        add_text(session, items)
    return items, (rows[limit - 1][0].id if len(rows) > limit else None)


def report_record(row: S.EventRow, status: str) -> dict[str, Any]:
    """A stored report as the contract's event object plus its `status`, `doc_id`, `event_id`
    (the report's id) and `event` (the id of the event it is part of, or None)."""
    return {**row.data, "status": status, "doc_id": row.article_id, "event_id": row.id,
            "event": row.happening_id}


def report_columns() -> tuple[str, ...]:
    """The columns of a flat report (:func:`flat_report`), in order."""
    from eventwire.export import CSV_COLUMNS

    first = ("status", "event_id", "doc_id", "event")
    event = [c for c in CSV_COLUMNS if c not in (*first, "id", "num_articles", "num_sources", "doc_ids")]
    return (*first, *event, *[c for c in ("url", "source", "published") if c not in event])


def report_schema() -> Any:
    """The pyarrow schema of flat reports: :func:`report_columns`, typed as the flat event
    row's columns are, so that a table of no reports still has them."""
    import pyarrow as pa

    from eventwire.export import FLAT_TYPES

    return pa.schema([(name, getattr(pa, FLAT_TYPES.get(name, "string"))()) for name in report_columns()])


def flat_report(report: dict[str, Any]) -> dict[str, Any]:
    """One report as a flat table row (:func:`report_columns`): its status and ids, the
    columns of an event, and its article's url, source and publication date."""
    from eventwire.export import flat_record

    row = {"status": report["status"], "event_id": report["event_id"], "doc_id": report["doc_id"],
           "event": report["event"], "url": report.get("url"), "source": report.get("source"),
           "published": report.get("published")}
    flat = flat_record(report)
    return {column: row[column] if column in row else flat.get(column) for column in report_columns()}


def summary_line(counts: dict[str, int], events: int | None = None) -> str:
    """ "N events; M reports not in any event: a no party country, b no date, c below
    min_confidence, d not asserted — list them with `eventwire reports --status unlinked`"
    (without the events part when `events` is None)."""
    unlinked = sum(counts.get(name, 0) for name in UNLINKED)
    head = "" if events is None else f"{events} event{'' if events == 1 else 's'}; "
    if not unlinked:
        return f"{head}every report is part of an event"
    # the queued ones only while there are some (a relink is running or was killed)
    reasons = ((QUEUED,) if counts.get(QUEUED) else ()) + (NO_PARTY_COUNTRY, NO_DATE, LOW_CONFIDENCE,
                                                           NOT_ASSERTED)
    parts = ", ".join(f"{counts.get(name, 0)} {MEANINGS[name].split(' (')[0]}" for name in reasons)
    return (f"{head}{unlinked} report{'' if unlinked == 1 else 's'} not in any event: {parts} "
            f"— list them with `eventwire reports --status {UNLINKED_GROUP}`")


def waiting_line(articles: int) -> str | None:
    """ "N articles wait to be linked; run `eventwire relink`", or None when the link queue
    is empty: what reading commands say while the events they show are not all linked."""
    if not articles:
        return None
    return (f"{articles} article{' waits' if articles == 1 else 's wait'} to be linked; "
            "run `eventwire relink`")
