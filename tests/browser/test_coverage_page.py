"""The coverage page in Chromium over the bundled samples: reached from the event page and the
dyad page, outlets in columns, facts in rows, flagged cells highlighted (issue 24, item 3)."""

from __future__ import annotations

import shutil

import pytest

from tests.browser.test_dashboard import assert_local_only, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SCREENSHOT = "/tmp/coverage_page.png"   # looked at by whoever changes the page


def disputed(samples_url) -> tuple[str, int, int]:
    """(id, reports, discrepancies) of the sample event with the most discrepancies."""
    from eventwire.coverage.read import happening_coverage
    from eventwire.store import Store

    with Store(samples_url) as store:
        ids = [event["id"] for event in store.events() if len(event["reports"]) > 1]
        found = [c for c in (happening_coverage(store, i) for i in ids) if c and c.discrepancies]
    best = max(found, key=lambda c: (len(c.discrepancies), c.happening_id))
    return best.happening_id, len(best.reports), len(best.discrepancies)


def test_the_event_page_leads_to_the_reports_side_by_side(watched, base_url, samples_url):
    event_id, reports, discrepancies = disputed(samples_url)
    page = open_page(watched, base_url, f"/ui/events/{event_id}")
    page.click("a.compare")
    page.wait_for_selector("table.coverage")
    assert page.url.endswith(f"/ui/events/{event_id}/coverage")
    assert page.locator("table.coverage thead th[data-event-id]").count() == reports
    facts = page.locator("table.coverage tbody th").all_inner_texts()
    assert facts[:3] == ["published", "sentence", "type"] and "actor" in facts
    assert page.locator("li.discrepancy").count() == discrepancies
    shutil.copy(watched.shot("coverage"), SCREENSHOT)
    assert_local_only(watched, base_url)


def test_flagged_cells_stand_out(watched, base_url, samples_url):
    page = open_page(watched, base_url, f"/ui/events/{disputed(samples_url)[0]}/coverage")
    assert page.locator("table.coverage td.flagged").count() >= 2
    flagged = page.eval_on_selector("td.flagged", "c => getComputedStyle(c).backgroundColor")
    plain = page.eval_on_selector("td:not(.flagged)", "c => getComputedStyle(c).backgroundColor")
    assert flagged != plain


def test_the_dyad_page_links_an_event_with_several_reports_to_its_coverage(watched, base_url):
    page = open_page(watched, base_url, "/ui/dyad?a=IND&b=AFG")
    page.locator("table.events a.compare").first.click()
    page.wait_for_selector("table.coverage")
    assert "/coverage" in page.url
    assert_local_only(watched, base_url)
