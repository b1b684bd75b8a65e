"""The Reports page in Chromium over the bundled samples: the counts per status, the status
filter, and the way from a report not in any event to its sentence (issue 22, item 1)."""

from __future__ import annotations

import json

import pytest

from tests.browser.test_dashboard import assert_local_only, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_reports_page_filters_by_status_and_leads_to_the_sentence(watched, base_url, samples_url):
    from eventwire.store import Store

    with Store(samples_url) as store:
        counts = store.report_counts()
    page = open_page(watched, base_url, "/ui/reports")
    assert "Reports" in page.locator("header.nav").inner_text()
    assert page.locator(".report-counts .status-no_party_country strong").inner_text() == \
        str(counts["no_party_country"])
    page.select_option("select[name=status]", "no_party_country")   # submits by itself
    page.wait_for_url("**/ui/reports?status=no_party_country")
    statuses = page.locator("table.reports tbody td.status").all_inner_texts()
    assert statuses and set(statuses) == {"no_party_country"}
    watched.shot("reports-no-party-country")
    page.locator("table.reports tbody td.sentence a").first.click()
    page.wait_for_url("**/ui/articles/**")
    assert page.locator("#hl").count() == 1
    assert_local_only(watched, base_url)


def test_the_home_page_links_the_reports_not_in_any_event(watched, base_url):
    page = open_page(watched, base_url, "/")
    note = page.locator("#unlinked-reports")
    assert "not in any event" in note.inner_text()
    watched.shot("overview-reports")
    note.locator("a").click()
    page.wait_for_url("**/ui/reports?status=unlinked")
    assert "linked" not in {s.strip() for s in page.locator("table.reports td.status").all_inner_texts()}


def test_the_reports_page_filters_by_country_and_downloads_what_it_shows(watched, base_url):
    """Review finding 11: the Reports page takes the event filters and links downloads of
    every matching report; a bad status is a 422 page with the hint."""
    page = open_page(watched, base_url, "/ui/reports?status=unlinked")
    page.fill("input[name=actor_country]", "IND")
    page.locator("#report-filters button[type=submit]").click()
    page.wait_for_url("**/ui/reports?status=unlinked&*actor_country=IND*")
    shown = page.locator("table.reports tbody tr[data-report-id]").count()
    assert shown and "linked" not in set(page.locator("table.reports td.status").all_inner_texts())
    watched.shot("reports-filtered")
    href = page.locator("a.download", has_text="JSONL").get_attribute("href")
    assert href and href.startswith("/reports.jsonl?") and "actor_country=IND" in href
    response = page.request.get(base_url + href)
    lines = response.text().splitlines()
    assert response.status == 200 and len(lines) >= shown
    assert all(json.loads(line)["status"] != "linked" for line in lines)
    assert_local_only(watched, base_url)
    refused = watched.page.goto(base_url + "/ui/reports?status=foo")
    assert refused is not None and refused.status == 422
    assert "is not a report status" in page.locator(".problems").inner_text()
    watched.shot("reports-bad-status")
