"""The store: migrations, atomic idempotent writes, happenings, stories, the ingest log."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from sqlalchemy import func, inspect, select

from eventwire.records import Article
from eventwire.store import EventFilter, Store
from eventwire.store.schema import (
    ArticleRow,
    ArticleTermRow,
    HappeningDyadRow,
    HappeningPartyRow,
    HappeningRow,
    StoryRow,
    TermStatRow,
)
from eventwire.store.store import open_engine
from tests.factories import article, event


@pytest.fixture
def store(db_url):
    with Store(db_url) as store:
        yield store


def test_a_new_store_is_migrated_to_every_table(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "events", "happenings", "participants", "places", "times", "quotes",
            "claims", "stories", "ingest_log", "alembic_version"} <= tables


def test_migrations_match_the_declared_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from eventwire.store.schema import Base

    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_storing_the_same_article_twice_changes_nothing(store):
    assert store.add_article(article("a", [event("a", 1)])) == "stored"
    before = store.counts()
    assert store.add_article(article("a", [event("a", 1)])) == "unchanged"
    assert store.counts() == before


DEAL = "Brazil signed a soybean deal with Egypt in Cairo."


def _deal(article_id: str):
    return article(article_id, [event(article_id, 1, type_="AGREE", actor=("BRA",), recipient=("EGY",))],
                   text=DEAL)


def test_other_content_under_a_stored_id_is_a_conflict_that_keeps_the_stored_article(store):
    """Regression (issue #23): it was taken for the stored article and dropped."""
    store.add_article(article("a", [event("a", 1)]))
    before = store.counts()
    assert store.add_article(_deal("a")) == "conflict"
    assert store.counts() == before
    assert store.article("a")["text"] == "India met the Taliban in Dubai."


def test_replacing_an_article_removes_its_old_events_and_their_happenings(store):
    store.add_article(article("a", [event("a", 1)]))
    assert store.add_article(_deal("a"), replace=True) == "replaced"
    [merged] = list(store.events())
    assert merged["type"] == "AGREE" and merged["reports"] == [{"doc_id": "a", "event_id": "a:ev-1"}]
    assert store.counts() == {"articles": 1, "events": 1, "happenings": 1, "stories": 1}
    assert store.article("a")["text"] == DEAL


def test_sqlite_store_runs_in_wal_mode(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'store.db'}") as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_two_reports_of_one_meeting_are_one_event(store):
    store.add_article(article("a", [event("a", 1, place="Dubai")], source="Outlet A"))
    store.add_article(article("b", [event("b", 1)], source="Outlet B"))
    [merged] = list(store.events())
    assert merged["num_articles"] == 2
    assert merged["num_sources"] == 2
    assert {r["doc_id"] for r in merged["reports"]} == {"a", "b"}
    assert merged["location"]["name"] == "Dubai"


def test_meetings_on_different_days_stay_apart(store):
    store.add_article(article("a", [event("a", 1, date="2025-01-08")]))
    store.add_article(article("b", [event("b", 1, date="2021-08-31")], published="2021-09-01"))
    assert len(list(store.events())) == 2


def test_a_month_date_joins_a_day_inside_it_and_keeps_the_day(store):
    store.add_article(article("a", [event("a", 1, date="2025-01", granularity="month")]))
    store.add_article(article("b", [event("b", 1, date="2025-01-08")]))
    [merged] = list(store.events())
    assert merged["date"]["value"] == "2025-01-08"


def test_the_largest_death_toll_wins(store):
    store.add_article(article("a", [event("a", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                          dead=15)]))
    store.add_article(article("b", [event("b", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                          dead=46)]))
    [merged] = list(store.events())
    assert merged["size"]["dead"] == 46


def test_hypothetical_events_are_not_happenings_unless_asked(store):
    store.add_article(article("a", [event("a", 1, modality="hypothetical")]))
    assert list(store.events()) == []
    assert len(list(store.events(EventFilter(include_unreal=True)))) == 1


def test_the_report_shown_names_the_most_parties_before_it_is_most_confident(store):
    sure = event("a", 1, actor=("IND",), recipient=())
    fuller = event("b", 1, actor=("IND",), recipient=("AFG",))
    sure.confidence, fuller.confidence = 0.9, 0.6
    store.add_article(article("a", [sure]))
    store.add_article(article("b", [fuller]))
    [merged] = list(store.events())
    assert [r["doc_id"] for r in merged["reports"]] == ["b", "a"]
    assert [e["country"] for e in merged["recipient"]] == ["AFG"]


def test_events_below_the_minimum_confidence_are_kept_but_are_not_happenings(store, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "0.6")
    weak, strong = event("a", 1), event("b", 1, type_="ASSAULT")
    weak.confidence, strong.confidence = 0.55, 0.6
    store.add_article(article("a", [weak]))
    store.add_article(article("b", [strong]))
    assert [e["type"] for e in store.events()] == ["ASSAULT"]
    listed = list(store.events(EventFilter(include_unreal=True)))
    assert sorted(e["type"] for e in listed) == ["ASSAULT", "CONSULT"]


@pytest.mark.parametrize("value", ["high", "1.5", "-0.1"])
def test_a_bad_minimum_confidence_is_refused_with_the_setting_named(value, monkeypatch):
    from eventwire.errors import ConfigError
    from eventwire.link.events import min_confidence

    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", value)
    with pytest.raises(ConfigError, match=f"EVENTWIRE_MIN_CONFIDENCE={value!r}: not a number from 0 to 1"):
        min_confidence()


@pytest.mark.parametrize("where, expected", [
    (EventFilter(types=["ASSAULT"]), {"b:ev-1"}),
    (EventFilter(actor_country=["PAK"]), {"b:ev-1"}),
    (EventFilter(recipient_country=["AFG"]), {"b:ev-1"}),
    (EventFilter(dyad=("IND", "AFG")), {"a:ev-1"}),
    (EventFilter(since="2025-01-01"), {"a:ev-1"}),
    (EventFilter(until="2024-12-31"), {"b:ev-1"}),
])
def test_event_filters_select_matching_events(store, where, expected):
    store.add_article(article("a", [event("a", 1)]))
    store.add_article(article("b", [event("b", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                          date="2024-12-24")], published="2024-12-25"))
    found = {r["event_id"] for e in store.events(where) for r in e["reports"]}
    assert found == expected


def test_every_article_is_in_exactly_one_story(store):
    text = "India and the Taliban held talks in Dubai about aid, trade and Chabahar port."
    store.add_article(article("a", text=text))
    store.add_article(article("b", text=text + " Both sides agreed to stay in touch."))
    store.add_article(article("c", text="Kenyan police arrested protesters in Nairobi.",
                              published="2024-06-25"))
    stories = list(store.stories())
    doc_ids = [d for s in stories for d in s.doc_ids]
    assert sorted(doc_ids) == ["a", "b", "c"]
    assert {frozenset(s.doc_ids) for s in stories} == {frozenset({"a", "b"}), frozenset({"c"})}


FLOOD = "Flood waters reached Dhaka suburbs and rescuers evacuated families from Mirpur."
CYCLONE = "Cyclone Remal battered the Khulna coast, uprooting trees near Mongla port."


def _chain():
    return [article("a", text=FLOOD, title="Dhaka flood", published="2024-05-26"),
            article("b", text=f"{FLOOD} {CYCLONE}", title="Storms in Bangladesh", published="2024-05-27"),
            article("c", text=CYCLONE, title="Cyclone Remal", published="2024-05-28")]


def _chained(store):
    """b resembles both a and c, which share nothing: c joins the story of a and b."""
    a, b, c = _chain()
    store.add_article(a)
    store.add_article(b)
    assert [sorted(s.doc_ids) for s in store.stories()] == [["a", "b"]]
    store.add_article(c)


def _stories(store):
    with store.engine.connect() as connection:
        rows = connection.execute(select(StoryRow.id, StoryRow.title, StoryRow.first_published,
                                         StoryRow.last_published)).all()
    members = {s.story_id: frozenset(s.doc_ids) for s in store.stories()}
    return {members[row.id]: tuple(row[1:]) for row in rows}


def test_a_story_chained_through_one_bridging_report_is_split(store):
    """Once c shows that the story's members do not all resemble one another, it splits: b
    and c (the larger group) keep it, a moves to a new story; each is titled and dated
    after its own articles, and none is left empty."""
    _chained(store)
    assert _stories(store) == {
        frozenset({"a"}): ("Dhaka flood", "2024-05-26", "2024-05-26"),
        frozenset({"b", "c"}): ("Storms in Bangladesh", "2024-05-27", "2024-05-28")}


def test_splitting_keeps_the_story_of_the_larger_group(store):
    _chained(store)
    kept = {frozenset(s.doc_ids): s.story_id for s in store.stories()}
    assert kept[frozenset({"b", "c"})] == "s-a"


def test_recoding_a_split_story_gives_the_same_stories(store):
    from eventwire.store.recode import replace_article

    _chained(store)
    before = {s.story_id: sorted(s.doc_ids) for s in store.stories()}
    for recoded in _chain():
        replace_article(store, recoded)
    assert {s.story_id: sorted(s.doc_ids) for s in store.stories()} == before


def test_only_recent_members_are_regrouped_and_older_ones_stay(store, monkeypatch):
    """With a window of three members, the member stored before them is not regrouped: it
    stays in the story, which the larger group keeps."""
    from eventwire.store import story_linking

    monkeypatch.setattr(story_linking, "GUARD_MEMBERS", 3)
    older, (a, b, c) = article("o", text=FLOOD, title="Dhaka flood", published="2024-05-25"), _chain()
    for item in (older, a, b, c):
        store.add_article(item)
    assert {frozenset(s.doc_ids) for s in store.stories()} == {frozenset({"a"}), frozenset({"o", "b", "c"})}


CRANES = "Harbour cranes collapsed at Tema port during a storm; dockworkers fled the quay."
SHIFTS = "Ghana's ports authority suspended night shifts at Tema after the storm damage, said an engineer."
TOPPLED = ("Dockworkers at Tema port said the storm toppled harbour cranes, and the ports authority "
           "suspended night shifts.")


def _run(store, articles):
    run_id = store.new_run_id()
    for item in articles:
        store.add_article(item, run_id=run_id)
    return run_id


def test_settling_a_run_lets_an_article_left_alone_join_a_later_neighbour(store):
    """"a" came first with nothing like it; "b", which resembles it, joined "c" (more like
    it still): settling the run puts "a" with them."""
    run_id = _run(store, [article("a", text=CRANES, title="Cranes fall"),
                          article("c", text=SHIFTS, title="Shifts halted"),
                          article("b", text=TOPPLED, title="Storm at Tema")])
    assert {frozenset(s.doc_ids) for s in store.stories()} == {frozenset({"a"}), frozenset({"b", "c"})}
    assert store.settle_stories(run_id) == 3
    assert [sorted(s.doc_ids) for s in store.stories()] == [["a", "b", "c"]]
    with store.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(StoryRow)) == 1
        # the index holds each article's telling terms once
        indexed = connection.execute(select(ArticleTermRow.article_id, func.count())
                                     .group_by(ArticleTermRow.article_id)).all()
        assert sorted(article_id for article_id, _ in indexed) == ["a", "b", "c"]
        # frequencies were not counted twice
        assert connection.scalar(select(TermStatRow.df).where(TermStatRow.term == "")) == 3


def test_settling_what_is_settled_changes_nothing(store):
    _chained(store)
    run_id = _run(store, [article("d", text=CRANES, title="Cranes fall", published="2024-05-28")])
    store.settle_stories(run_id)
    before = _stories(store), {s.story_id: sorted(s.doc_ids) for s in store.stories()}
    assert store.settle_stories(run_id) == 0      # nothing waits: settled articles left the queue
    assert (_stories(store), {s.story_id: sorted(s.doc_ids) for s in store.stories()}) == before


def test_only_articles_stored_while_the_store_was_young_are_settled(store, monkeypatch):
    from eventwire.store import story_linking

    monkeypatch.setattr(story_linking, "SETTLE_BELOW", 2)
    first = _run(store, [article(n, text=CRANES) for n in ("a", "b", "c")])
    assert store.settle_stories(first) == 2
    later = _run(store, [article("d", text=CRANES)])
    assert store.settle_stories(later) == 0
    assert sorted(d for s in store.stories() for d in s.doc_ids) == ["a", "b", "c", "d"]


def test_a_settled_story_is_titled_after_its_earliest_article_again(store, monkeypatch):
    """Only "a" is settled: it leaves the story (then titled after "b") and rejoins it."""
    from eventwire.store import story_linking

    monkeypatch.setattr(story_linking, "SETTLE_BELOW", 1)
    run_id = _run(store, [article("a", text=CRANES, title="First report", published="2025-01-08"),
                          article("b", text=CRANES, title="Later report", published="2025-01-09")])
    assert store.settle_stories(run_id) == 1
    assert _stories(store) == {frozenset({"a", "b"}): ("First report", "2025-01-08", "2025-01-09")}


def test_settling_in_small_transactions_gives_the_same_stories(store, monkeypatch):
    from eventwire.store import store as store_module

    monkeypatch.setattr(store_module, "SETTLE_BATCH", 2)
    run_id = _run(store, [article("a", text=CRANES, title="Cranes fall"),
                          article("c", text=SHIFTS, title="Shifts halted"),
                          article("b", text=TOPPLED, title="Storm at Tema")])
    assert store.settle_stories(run_id) == 3
    assert [sorted(s.doc_ids) for s in store.stories()] == [["a", "b", "c"]]


def test_a_failed_settle_keeps_the_ingest_report(store, monkeypatch):
    from eventwire.errors import StoreError
    from eventwire.run.ingest import ingest_articles

    def fail(run_id):
        raise StoreError(f"cannot settle the stories of ingest run {run_id}: disk full")

    monkeypatch.setattr(store, "settle_stories", fail)
    report = ingest_articles(  # the body of every ingest, with a coder that codes nothing
        [article("a", text=CRANES), article("b", text=SHIFTS)], store, clean=False, workers=1,
        on_article=None, languages=None, coder=lambda stream, knowledge: iter(stream))
    assert report.stored == 2 and report.settled == 0
    assert report.errors == [f"cannot settle the stories of ingest run {report.run_id}: disk full"]
    assert store.counts()["articles"] == 2


def test_a_stored_article_keeps_its_contract_line(store):
    store.add_article(article("a", [event("a", 1)]))
    line = store.article("a")
    assert line["id"] == "a" and line["events"][0]["type"] == "CONSULT"


def test_a_word_longer_than_the_term_column_still_links_stories(store):
    """PostgreSQL enforces VARCHAR(120) on article_terms.term and term_stats.term."""
    word = "x" * 300
    store.add_article(article("a", text=f"India and the Taliban discussed {word} in Dubai."))
    store.add_article(article("b", text=f"India and the Taliban discussed {word} in Dubai again."))
    [story] = list(store.stories())
    assert sorted(story.doc_ids) == ["a", "b"]


def test_a_document_with_a_long_name_is_logged(store):
    rejected = Article(id="/" + "d" * 300 + ".txt", origin="/" + "d" * 300 + ".txt", errors=["unreadable"])
    store.log("run", rejected, "failed", "unreadable")
    [line] = store.ingest_log("run")
    assert line["origin"] == rejected.origin and rejected.id.startswith(line["doc_id"])


def test_concurrent_writers_count_every_article(store):
    """Two sessions writing at once (workers sharing a store) lose no update."""
    text = "India and the Taliban held talks in Dubai about aid and trade."
    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(store.add_article, [article(f"a{n}", [event(f"a{n}", 1)], text=text)
                                                     for n in range(12)]))
    assert statuses == ["stored"] * 12
    [merged] = list(store.events())
    assert merged["num_articles"] == 12
    with store.transaction() as session:
        assert session.get(TermStatRow, "").df == 12
        assert session.get(HappeningRow, merged["id"]).num_reports == 12


def test_a_postgresql_url_without_a_driver_uses_psycopg():
    pytest.importorskip("psycopg")
    assert open_engine("postgresql://someone@127.0.0.1:1/db").dialect.driver == "psycopg"
    assert open_engine("postgres://someone@127.0.0.1:1/db").dialect.driver == "psycopg"


def test_migration_0003_indexes_the_rows_already_stored(db_url):
    """The raw-SQL backfill of 0003 runs on both backends."""
    with _migrated_to(db_url, "0002") as connection:
        connection.execute(ArticleRow.__table__.insert(), [_old_article("a", "y" * 200)])
        connection.execute(HappeningRow.__table__.insert(), [{
            "id": "h-1", "type": "CONSULT", "parties": "AFG,IND", "date_value": "2025-01-08",
            "date_end": "2025-01-08", "granularity": "day", "num_reports": 1}])
    with Store(db_url) as store, store.transaction() as session:
        assert sorted(session.scalars(select(HappeningPartyRow.country))) == ["AFG", "IND"]
        assert session.get(TermStatRow, "").df == 1
        assert session.scalar(select(func.count()).select_from(ArticleTermRow)) > 0


@contextmanager
def _migrated_to(db_url, revision):
    """A connection (in a transaction) to a store migrated only up to `revision`; the
    engine is disposed after, so that opening a Store migrates the rest."""
    from alembic import command
    from alembic.config import Config

    from eventwire.store.store import MIGRATIONS

    engine = open_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        yield connection
    engine.dispose()


def _old_article(id_, word):
    return {"id": id_, "content_hash": "0" * 64, "title": "T", "published": "2025-01-09", "language": "en",
            "source": "s", "url": None, "origin": None, "text": "t", "removed": [], "meta": {}, "coded": {},
            "terms": {"taliban": 1.0, word: 1.0, "#2025-01-08": 2.0}, "story_id": None,
            "coder_version": "0", "ingested_at": dt.datetime.now(dt.UTC)}


def test_undated_articles_and_events_come_first_on_every_backend(store):
    store.add_article(article("a", [event("a", 1, modality="hypothetical")]))
    store.add_article(article("b", [event("b", 1, date=None, modality="hypothetical")], published=None))
    assert [row["id"] for row in store.articles()] == ["b", "a"]
    assert [s.doc_ids[0] for s in store.stories()][0] == "b"
    unreal = list(store.events(EventFilter(include_unreal=True)))
    assert [e["reports"][0]["doc_id"] for e in unreal] == ["b", "a"]


def test_processes_opening_a_new_store_at_once_migrate_it_once(db_url):

    def opened(_):
        with Store(db_url) as store:
            return store.counts()["articles"]

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(opened, range(4))) == [0] * 4


def _timelines(session, a, b):
    """The dyad timeline from the dyad index and from the party index (the reference)."""
    from eventwire.store import timeline

    period = timeline.period_of("month")
    fast = list(timeline.dyad_timeline(session, a, b, period))
    reference = session.execute(timeline.timeline_query(a, b)).all()
    slow = {}
    for date_value, type_, intensity in reference:
        slow.setdefault(date_value[:7], []).append((type_, intensity))
    return fast, slow


def test_the_dyad_index_agrees_with_the_party_index(store):
    """Merged reports (a more precise date, a third party, intensities) rewrite the dyad rows."""
    import dataclasses

    month = dataclasses.replace(event("a", 1, actor=("IND",), recipient=("AFG",), date="2025-01",
                                      granularity="month"), intensity=1.0)
    day = dataclasses.replace(event("b", 1, actor=("IND", "PAK"), recipient=("AFG",), date="2025-01-08"),
                              intensity=4.0)
    other = event("c", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",), date="2024-12-24")
    for made in (article("a", [month]), article("b", [day]), article("c", [other])):
        store.add_article(made)
    with store.transaction() as session:
        for a, b in (("IND", "AFG"), ("AFG", "IND"), ("PAK", "AFG"), ("IND", "PAK"), ("IND", "CHN")):
            fast, slow = _timelines(session, a, b)
            assert [p["period"] for p in fast] == sorted(slow)
            for point in fast:
                reports = slow[point["period"]]
                assert point["events"] == len(reports)
                means = [i for _, i in reports if i is not None]
                assert point["mean_intensity"] == pytest.approx(sum(means) / len(means))
        rows = session.execute(select(HappeningDyadRow.a, HappeningDyadRow.b, HappeningDyadRow.date_value,
                                      HappeningDyadRow.intensity_count)).all()
    # the meeting: one happening, dated by the day report, three parties, two intensities
    assert sorted(rows) == [("AFG", "IND", "2025-01-08", 2), ("AFG", "PAK", "2024-12-24", 1),
                            ("AFG", "PAK", "2025-01-08", 2), ("IND", "PAK", "2025-01-08", 2)]


def test_migration_0006_fills_the_dyad_index_from_stored_happenings(db_url):
    from eventwire.store.schema import EventRow

    with _migrated_to(db_url, "0005") as connection:
        connection.execute(ArticleRow.__table__.insert(), [_old_article("a", "y")])
        connection.execute(HappeningRow.__table__.insert(), [{
            "id": "h-1", "type": "CONSULT", "parties": "AFG,IND", "date_value": "2025-01-08",
            "date_end": "2025-01-08", "granularity": "day", "num_reports": 2}])
        connection.execute(HappeningPartyRow.__table__.insert(), [
            {"happening_id": "h-1", "country": c, "type": "CONSULT", "date_value": "2025-01-08",
             "date_end": "2025-01-08"} for c in ("AFG", "IND")])
        connection.execute(EventRow.__table__.insert(), [
            {"id": f"a:ev-{n}", "article_id": "a", "happening_id": "h-1", "type": "CONSULT", "quad": 1,
             "intensity": value, "date_value": "2025-01-08", "granularity": "day", "modality": "asserted",
             "negated": False, "background": False, "confidence": 0.9, "data": {}}
            for n, value in ((1, 2.0), (2, 3.0))])
    with Store(db_url) as store, store.transaction() as session:
        assert session.execute(select(HappeningDyadRow.a, HappeningDyadRow.b, HappeningDyadRow.intensity_sum,
                                      HappeningDyadRow.intensity_count)).all() == [("AFG", "IND", 5.0, 2)]
        [point] = store.timeline("IND", "AFG")
        assert point["events"] == 1 and point["mean_intensity"] == pytest.approx(2.5)


def test_a_plain_path_is_the_sqlite_file_at_that_path(tmp_path, monkeypatch):
    from eventwire.store import Store
    from eventwire.store.store import store_url

    monkeypatch.chdir(tmp_path)
    with Store("events.db") as store:
        assert store.url == f"sqlite:///{tmp_path / 'events.db'}"
    assert (tmp_path / "events.db").is_file()
    assert store_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert store_url("sqlite:///x.db") == f"sqlite:///{tmp_path / 'x.db'}"
