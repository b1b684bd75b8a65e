"""Coding on Dask (issue 9): a local cluster of two worker processes gives the same events,
happenings and stories as single-machine ingest, into PostgreSQL, and writes a Parquet dataset;
local worker processes give the same events as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import api
from eventwire.errors import InputError
from eventwire.run import dask as distributed
from eventwire.store import Store

SAMPLES = str(Path(api.__file__).parent / "samples")
SUBSET = ["00*"]  # nine of the bundled samples keep the cluster runs short

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of two single-threaded worker processes."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def local_store(tmp_path_factory):
    """The subset ingested on this machine, in one process, into SQLite."""
    url = f"sqlite:///{tmp_path_factory.mktemp('local')}/local.db"
    with Store(url) as store:
        report = api.ingest([SAMPLES], store, workers=1, include=SUBSET)
        assert report.failed == 0
        yield store


@pytest.fixture(scope="module")
def dask_store(pg_server, scheduler):
    """The same subset coded on the cluster and stored in PostgreSQL."""
    with pg_server.database() as url, Store(url) as store:
        report = distributed.ingest([SAMPLES], store, address=scheduler, include=SUBSET)
        assert report.failed == 0
        yield store


def _events_by_article(store: Store) -> dict[str, list[tuple]]:
    found = {}
    for row in store.articles().to_list():
        coded = store.article(row["id"])
        found[row["id"]] = [(e["type"], _parties(e["actor"]), _parties(e["recipient"]), e["date"],
                             (e["location"] or {}).get("name"), e["sentence"]) for e in coded["events"]]
    return found


def _parties(entities: list[dict]) -> list[tuple]:
    return [(e["text"], e["country"], e["sector"]) for e in entities]


def test_dask_path_codes_the_same_events_per_article(local_store, dask_store):
    local = _events_by_article(local_store)
    assert len(local) == 9 and sum(map(len, local.values())) > 0
    assert _events_by_article(dask_store) == local


def test_dask_path_links_the_same_happenings(local_store, dask_store):
    def happenings(store: Store) -> list[tuple]:
        return sorted((h["type"], sorted(r["doc_id"] for r in h["reports"]), h["num_articles"])
                      for h in store.events().to_list())

    assert happenings(dask_store) == happenings(local_store)


def test_dask_path_links_the_same_stories(local_store, dask_store):
    def stories(store: Store) -> list[list[str]]:
        return sorted(sorted(story.doc_ids) for story in store.stories())

    assert stories(dask_store) == stories(local_store)


def test_two_local_workers_code_the_same_events_as_one(local_store, tmp_path):
    with Store(f"sqlite:///{tmp_path}/two.db") as store:
        api.ingest([SAMPLES], store, workers=2, include=SUBSET)
        assert _events_by_article(store) == _events_by_article(local_store)


def test_parquet_output_has_one_row_per_event_partitioned_by_month(local_store, scheduler, tmp_path):
    import pyarrow.dataset as ds

    report = distributed.write_parquet([SAMPLES], tmp_path / "events", address=scheduler,
                                       include=SUBSET)
    table = ds.dataset(tmp_path / "events", format="parquet", partitioning="hive").to_table()
    articles = local_store.articles().to_list()
    expected = {a["id"]: a for a in articles}
    local = _events_by_article(local_store)
    assert report.stored == 9 and report.events == table.num_rows == sum(map(len, local.values()))
    rows = table.to_pylist()
    for doc_id, events in local.items():
        mine = [r for r in rows if r["doc_ids"] == doc_id]
        assert [r["type"] for r in mine] == [e[0] for e in events]
        assert {r["month"] for r in mine} <= {expected[doc_id]["published"][:7]}
    assert {p.name for p in (tmp_path / "events").iterdir()} == {
        f"month={expected[r['doc_ids']]['published'][:7]}" for r in rows}


@pytest.mark.parametrize("address", ["local:x", "local:0", "http://host:8786", "scheduler"])
def test_bad_dask_address_is_an_input_error(address):
    with pytest.raises(InputError, match="give local, local:N"), distributed.dask_client(address):
        pass


@pytest.mark.parametrize("option", [["--dask", "local:0"], ["--out", "parquet:/x"]])
def test_bad_dask_or_out_value_is_a_usage_error(option, tmp_path):
    from click.testing import CliRunner

    from eventwire.cli import (
        cli,
        commands,  # noqa: F401 - registers the commands on the group
    )

    result = CliRunner().invoke(cli, ["ingest", SAMPLES, "--db", f"sqlite:///{tmp_path}/x.db", *option])
    assert result.exit_code == 2 and option[0] in result.output
