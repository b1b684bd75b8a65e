"""The event list on a phone (issue #22, item 7): at 375 px the table scrolls inside its own
box and never makes the page wider than the screen; the total and the downloads are there."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def phone(browser, screenshots):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_the_events_table_stays_inside_a_375_px_screen(phone, base_url, screenshots):
    response = phone.goto(f"{base_url}/ui/events")
    assert response is not None and response.status == 200
    phone.screenshot(path=str(screenshots / "events-375.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    box = phone.eval_on_selector(".table-scroll", "b => [b.clientWidth, b.scrollWidth]")
    assert box[0] <= 375 and box[1] > box[0]   # the table is wider, and scrolls in its box
    assert phone.locator("#total").inner_text().endswith("events")
    assert phone.locator("a.download").all_inner_texts() == ["CSV", "JSONL"]


def test_a_bad_filter_shows_its_hint_and_no_table(phone, base_url, screenshots):
    response = phone.goto(f"{base_url}/ui/events?type=ATTACK")
    assert response is not None and response.status == 422
    phone.screenshot(path=str(screenshots / "events-375-bad-filter.png"), full_page=True)
    assert "did you mean ASSAULT?" in phone.locator(".problems").inner_text()
    assert phone.locator("table.events").count() == 0
