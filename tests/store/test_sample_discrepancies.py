"""The bundled samples, ingested (issue 24): every discrepancy planted in them
(``evaluate/data/discrepancy_test/planted_in_samples.json``: not in the samples folder, which
is read whole as input) is flagged in the coverage of its happening with the reports of
each side, and the facts their reports share are not flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.api import ingest
from eventwire.cli.demo import samples_folder
from eventwire.coverage.model import KINDS, Coverage
from eventwire.coverage.read import happening_coverage
from eventwire.evaluate import discrepancies
from eventwire.store import EventFilter, Store

pytestmark = pytest.mark.slow

# planted discrepancies not flagged yet, and why (strict: a fix makes the test fail until the
# entry goes)
KNOWN_GAPS: dict[str, str] = {}
PLANTED = json.loads((Path(discrepancies.PAIRS).parent / "planted_in_samples.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    with Store(url) as store:
        report = ingest([str(samples_folder())], store, workers=1)
        assert report.failed == 0, report.errors
        yield store


def _urls(files: list[str]) -> set[str]:
    """The URLs of sample files (their sidecars say them; a report carries its article's URL)."""
    return {json.loads((samples_folder() / Path(f).with_suffix(".json")).read_text("utf-8"))["url"]
            for f in files}


def _coverage(store: Store, type_: str, files: list[str]) -> Coverage:
    """The happening of `type_` whose reports come from most of `files` (ties: the one with
    most reports, where the outlets meet)."""
    urls = _urls(files)
    best, shared = None, (0, 0)
    for happening in store.events(EventFilter(types=[type_])):
        coverage = happening_coverage(store, happening["id"])
        found = (len(urls & {r.url for r in coverage.reports}), len(coverage.reports)) \
            if coverage else (0, 0)
        if found[0] and found > shared:
            best, shared = coverage, found
    assert best is not None, f"no {type_} happening holds a report of {files}"
    return best


def _events(coverage: Coverage, files: list[str]) -> set[str]:
    urls = _urls(files)
    return {r.event_id for r in coverage.reports if r.url in urls}


def test_the_planted_discrepancies_are_well_formed():
    for item in PLANTED["discrepancies"]:
        assert item["kind"] in KINDS
        assert len(item["sides"]) == (1 if item["kind"] in ("only_one", "attribution_to_check") else 2)
        for side in item["sides"]:
            assert all((samples_folder() / f).is_file() for f in side)


def _planted() -> list:
    return [pytest.param(item, id=item["id"], marks=pytest.mark.xfail(
        reason=KNOWN_GAPS[item["id"]], strict=True) if item["id"] in KNOWN_GAPS else ())
        for item in PLANTED["discrepancies"]]


@pytest.mark.parametrize("item", _planted())
def test_every_planted_discrepancy_is_flagged_with_its_reports(store, item):
    files = [f for side in item["sides"] for f in side]
    coverage = _coverage(store, item["type"], files)
    sides = [_events(coverage, side) for side in item["sides"]]
    assert all(sides), f"{item['id']}: a side has no report in the happening of {files}"
    flagged = [d for d in coverage.discrepancies if d.kind == item["kind"]]
    assert flagged, f"{item['id']}: no {item['kind']} flagged: {coverage.discrepancies}"

    def separates(discrepancy) -> bool:
        held = [set(ids) for ids in discrepancy.sides.values()]
        first = [ids for ids in held if ids & sides[0]]
        if len(sides) == 1:
            return bool(first)
        second = [ids for ids in held if ids & sides[1]]
        return bool(first and second) and all(a is not b for a in first for b in second)

    assert any(separates(d) for d in flagged), f"{item['id']}: {flagged}"


@pytest.mark.parametrize("item", PLANTED["agree"], ids=lambda i: i["happening"][:30])
def test_facts_the_reports_share_are_not_flagged(store, item):
    coverage = _coverage(store, item["type"], item["files"])
    assert len({r.url for r in coverage.reports} & _urls(item["files"])) >= 2
    wrong = [d for d in coverage.discrepancies
             if d.kind in item["kinds"] or d.field in item.get("fields", [])]
    assert not wrong, wrong
