"""The bundled samples, ingested: several outlets reporting one meeting make one event."""

from __future__ import annotations

import pytest

from eventwire.api import ingest
from eventwire.cli.demo import samples_folder
from eventwire.store import EventFilter, Store
from tests.pg import BACKENDS, database_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=BACKENDS)
def meetings(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples")
    with database_url(request, request.param, folder) as url, Store(url) as store:
        report = ingest([str(samples_folder())], store, workers=1)
        assert report.failed == 0, report.errors
        return list(store.events(EventFilter(dyad=("IND", "AFG"), types=["CONSULT"])))


@pytest.mark.parametrize("day, country", [("2025-01-08", "ARE"), ("2021-08-31", "QAT")])
def test_one_meeting_reported_by_several_outlets_is_one_event(meetings, day, country):
    """Regression guard for issue 7: the Dubai and Doha talks each come from several articles."""
    found = [e for e in meetings if (e.get("date") or {}).get("value") == day
             and (e.get("location") or {}).get("country") == country]
    assert len(found) == 1
    assert found[0]["num_articles"] > 1
    assert found[0]["num_sources"] > 1
