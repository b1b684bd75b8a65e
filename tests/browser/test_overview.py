"""The dashboard's home in Chromium over the bundled samples (issue 22, item 6): the chart of
events per month by quad class, the top dyads and countries, the latest events and the date
range are drawn, and they lead to the pages behind them."""

from __future__ import annotations

import pytest

from tests.browser.test_dashboard import assert_local_only, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_home_page_draws_the_summary_charts(watched, base_url):
    page = open_page(watched, base_url, "/")
    months = page.eval_on_selector_all("#months a.period", "els => els.map(e => e.dataset.period)")
    assert "2021-08" in months and "2025-01" in months and months == sorted(months)
    bars = page.locator("#months rect.bar")
    assert bars.count() >= len(months)
    box = page.locator("#months svg").bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 200   # drawn, not collapsed
    assert page.locator("#top-dyads tr[data-dyad]").count() == 10
    assert page.locator("#top-countries tr[data-country]").first.get_attribute("data-country") == "IND"
    ranks = page.locator("#top-dyads svg.rank rect")
    assert ranks.first.bounding_box()["width"] > ranks.last.bounding_box()["width"] > 0
    dates = page.locator("#recent-events table.events td.date").all_inner_texts()
    assert dates and dates == sorted(dates, reverse=True)
    assert "Events dated from" in page.locator(".date-range").inner_text()
    watched.shot("home-summary")
    assert_local_only(watched, base_url)


def test_a_top_dyad_leads_to_its_dyad_page(watched, base_url):
    page = open_page(watched, base_url, "/")
    first = page.locator("#top-dyads tr[data-dyad]").first
    a, b = first.get_attribute("data-dyad").split("-")
    with page.expect_navigation():
        first.locator("a").click()
    assert page.url.endswith(f"/ui/dyad?a={a}&b={b}")
    assert page.locator("#timeline a.period").count() > 0


def test_a_month_of_the_chart_leads_to_its_events(watched, base_url):
    page = open_page(watched, base_url, "/")
    with page.expect_navigation():
        page.locator('#months a.period[data-period="2025-01"]').click()
    assert "since=2025-01-01" in page.url and "until=2025-01-31" in page.url
    dates = page.locator("table.events td.date").all_inner_texts()
    assert dates and all(d.startswith("2025-01") for d in dates)


def test_the_dyad_page_without_countries_opens_the_most_active_one(watched, base_url):
    page = open_page(watched, base_url, "/ui/dyad")
    assert page.locator("h1").inner_text() == "Afghanistan (AFG) and India (IND)"
    assert "most active dyad" in page.locator("#chosen-dyad").inner_text()
    watched.shot("dyad-default")
