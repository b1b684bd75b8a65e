"""The seeds with the bundled samples (issue 24): the Doha meeting's coverage flags seed 004's
Foreign Ministry line about "illegal Indian occupation of Kashmir"; the Dubai meeting's
reports agree on date, place and parties."""

from __future__ import annotations

import pytest

from eventwire.coverage import happening_coverage
from eventwire.store import EventFilter, Store

pytestmark = [pytest.mark.slow, pytest.mark.gold]

SEEDS = {"004_51f723bb8042b2c4.txt": "2021-09-01", "000_75a9f5a7441c5fc0.txt": "2025-01-09"}


@pytest.fixture(scope="module")
def store(shared, tmp_path_factory):
    from eventwire.api import ingest
    from eventwire.cli.demo import samples_folder

    with Store(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.db'}") as opened:
        assert ingest([str(samples_folder())], opened, workers=1).failed == 0
        for name, published in SEEDS.items():
            assert ingest([str(shared / "seeds" / name)], opened, published, workers=1).failed == 0
        yield opened


def meeting(store, day):
    found = [e for e in store.events(EventFilter(dyad=("IND", "AFG"), types=["CONSULT"]))
             if (e.get("date") or {}).get("value") == day and e["num_sources"] > 1]
    assert len(found) == 1
    return happening_coverage(store, found[0]["id"])


def test_the_doha_meeting_flags_the_seed_s_self_condemning_foreign_ministry_line(store):
    coverage = meeting(store, "2021-08-31")
    flagged = [d for d in coverage.discrepancies if d.kind == "attribution_to_check"]
    assert any("illegal Indian occupation" in side and any(i.startswith("302817b23c76b589:") for i in ids)
               for d in flagged for side, ids in d.sides.items())
    assert len({r.article_id for r in coverage.reports}) > 2


def test_the_dubai_meeting_s_reports_agree_on_date_place_and_parties(store):
    coverage = meeting(store, "2025-01-08")
    assert [d.kind for d in coverage.discrepancies if d.kind in ("date", "place", "party", "role")] == []
