"""The dashboard in Chromium over the bundled samples: every page loads with local assets only,
the filters change the rows, and the India–Afghanistan timeline leads from the 2021 Doha and
2025 Dubai talks to the sentence that reports them (issue 8, parts 4 and 5)."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def rows(page) -> list[dict[str, str]]:
    """The event table's rows as {date, type, actor, recipient, place, sentence}."""
    return page.eval_on_selector_all("table.events tbody tr[data-event-id]", """rows => rows.map(r => {
        const cells = [...r.cells].map(c => c.innerText.trim());
        return {id: r.dataset.eventId, date: cells[0], type: cells[1], actor: cells[2],
                recipient: cells[3], place: cells[4], sentence: cells[5]};
    })""")


def open_page(watched, base_url, path: str):
    response = watched.page.goto(base_url + path)
    assert response is not None and response.status == 200, path
    return watched.page


def assert_local_only(watched, base_url):
    """Every request went to the dashboard's own server and nothing logged an error (a CSP
    violation or a missing file is a console error)."""
    assert watched.requests and all(url.startswith(base_url + "/") for url in watched.requests), \
        watched.requests
    assert watched.errors == []


def event_sample(samples_url) -> dict[str, str]:
    """Ids of a real event and article in the sample store, for the pages that need one."""
    from eventwire.store import EventFilter, Store

    with Store(samples_url) as store:
        event = next(iter(store.events(EventFilter(dyad=("IND", "AFG"), types=["CONSULT"]))))
    return {"event": event["id"], "article": event["reports"][0]["doc_id"]}


@pytest.mark.parametrize("name, path, heading", [
    ("overview", "/ui/", "Event store"),
    ("dyad", "/ui/dyad?a=IND&b=AFG", "India (IND) and Afghanistan (AFG)"),
    ("events", "/ui/events", "Events"),
    ("event", "/ui/events/{event}", "CONSULT"),
    ("article", "/ui/articles/{article}", ""),
    ("claims", "/ui/claims", "Novelty claims"),
    ("map", "/ui/map", "Where events happened"),
])
def test_every_page_loads_from_this_server_alone_with_the_nav_bar(watched, base_url, samples_url,
                                                                   name, path, heading):
    page = open_page(watched, base_url, path.format(**event_sample(samples_url)))
    assert page.locator("header.nav a").all_inner_texts()[:5] == ["eventwire", "Dyads", "Events", "Map",
                                                                    "Claims"]
    assert heading in page.locator("h1").inner_text()
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")  # CSS loaded
    watched.shot(f"page-{name}")
    assert_local_only(watched, base_url)


def test_the_type_filter_keeps_only_that_type(watched, base_url):
    page = open_page(watched, base_url, "/ui/events")
    before = rows(page)
    with page.expect_navigation():
        page.select_option("select[name=type]", "CONSULT")   # applies on change (dashboard.js)
    after = rows(page)
    assert 0 < len(after) < len(before)
    assert {row["type"] for row in after} == {"CONSULT"}
    assert page.url.endswith("/ui/events?type=CONSULT")   # empty filters stay out of the address
    watched.shot("events-type-consult")


def test_country_date_and_text_filters_narrow_the_rows(watched, base_url):
    page = open_page(watched, base_url, "/ui/events")
    everything = rows(page)
    page.fill("input[name=actor_country]", "IND")
    page.fill("input[name=recipient_country]", "AFG")
    page.fill("input[name=since]", "2025-01-01")
    page.fill("input[name=until]", "2025-12-31")
    with page.expect_navigation():
        page.click("#event-filters button[type=submit]")
    dyad = rows(page)
    assert 0 < len(dyad) < len(everything)
    assert all("IND" in row["actor"] and "AFG" in row["recipient"] for row in dyad)
    assert all("2025-01-01" <= row["date"][:10] <= "2025-12-31" for row in dyad)
    word = max(dyad[0]["sentence"].split(), key=len).strip(".,;:'\"“”’()")   # one row's rarest-looking word
    page.fill("input[name=q]", word)
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")
    found = rows(page)
    assert 0 < len(found) <= len(dyad)
    assert all(word.lower() in row["sentence"].lower() for row in found)
    watched.shot("events-ind-afg-2025-text")


def test_the_source_filter_keeps_events_of_that_source(watched, base_url):
    page = open_page(watched, base_url, "/ui/events")
    everything = rows(page)
    with page.expect_navigation():
        page.select_option("select[name=source]", "Delhi Dispatch")
    chosen = rows(page)
    assert chosen and [r["id"] for r in chosen] != [r["id"] for r in everything]
    for event in (chosen[0], chosen[-1]):
        open_page(watched, base_url, f"/ui/events/{event['id']}")
        assert "Delhi Dispatch" in " ".join(page.locator(".report .meta").all_inner_texts())


def test_the_dyad_timeline_shows_the_doha_and_dubai_talks(watched, base_url):
    page = open_page(watched, base_url, "/ui/dyad?a=IND&b=AFG")
    periods = page.eval_on_selector_all("#timeline a.period", "els => els.map(e => e.dataset.period)")
    assert "2021-08" in periods and "2025-01" in periods
    tooltip = page.locator('#timeline a.period[data-period="2025-01"] title').text_content()
    assert re.match(r"2025-01: \d+ events \(.*verbal cooperation", tooltip)
    listed = rows(page)
    assert any(r["date"] == "2021-08-31" and r["type"] == "CONSULT" and "Doha" in r["place"] for r in listed)
    assert any(r["date"] == "2025-01-08" and r["type"] == "CONSULT" and "Dubai" in r["place"] for r in listed)
    watched.shot("dyad-ind-afg")


@pytest.mark.parametrize("period, day, place", [("2021-08", "2021-08-31", "Doha"),
                                                ("2025-01", "2025-01-08", "Dubai")])
def test_a_timeline_period_leads_to_the_sentence_in_its_article(watched, base_url, period, day, place):
    page = open_page(watched, base_url, "/ui/dyad?a=IND&b=AFG")
    with page.expect_navigation():
        page.click(f'#timeline a.period[data-period="{period}"]')
    assert f"period={period}" in page.url
    listed = rows(page)
    assert listed and all(r["date"][:7] == period for r in listed)
    talks = next(r for r in listed if r["date"] == day and r["type"] == "CONSULT" and place in r["place"])
    watched.shot(f"dyad-{period}")

    with page.expect_navigation():
        page.click(f'tr[data-event-id="{talks["id"]}"] td.date a')
    assert place in page.locator("h1").inner_text()
    report = page.locator("li.report").first
    sentence = report.locator("blockquote.sentence").inner_text()
    assert report.locator(".m-trigger").count() == 1 and report.locator(".m-actor").count() >= 1
    watched.shot(f"event-{period}")

    with page.expect_navigation():
        report.locator("a.article").click()
    highlighted = page.locator("mark#hl")
    assert highlighted.count() == 1
    assert highlighted.inner_text().strip() == sentence.strip()
    assert highlighted.locator(".m-event").count() >= 1
    assert page.evaluate("location.hash") == "#hl"
    watched.shot(f"article-{period}")


def test_the_article_page_marks_each_kind_and_folds_the_removed_clutter(watched, base_url, samples_url):
    page = open_page(watched, base_url, "/ui/articles/{article}".format(**event_sample(samples_url)))
    for kind in ("actor", "event", "place", "time"):
        assert page.locator(f"#article-text .m-{kind}").count() >= 1, kind
    removed = page.locator("details.removed")
    assert removed.get_attribute("open") is None
    assert not removed.locator("li").first.is_visible()
    removed.locator("summary").click()
    assert removed.locator("li").first.is_visible()
    page.uncheck('input[data-toggle="actor"]')   # the legend's switches hide a kind of mark
    assert "hide-actor" in page.locator("#article-text").get_attribute("class")


def test_the_map_draws_country_shapes_and_event_dots(watched, base_url):
    page = open_page(watched, base_url, "/ui/map")
    assert page.locator("path.country").count() > 200
    assert page.locator('path.country[data-code="IND"]').count() == 1
    dots = page.eval_on_selector_all("circle.point", "cs => cs.map(c => [+c.getAttribute('cx'), "
                                                     "+c.getAttribute('cy')])")
    assert dots and all(0 <= x <= 1000 and 0 <= y <= 500 for x, y in dots)
    # Kabul (34.5 N, 69.2 E) lies inside Afghanistan's outline as drawn
    inside = page.evaluate("""() => {
        const svg = document.getElementById('world');
        const point = svg.createSVGPoint();
        point.x = (69.17 + 180) * 1000 / 360; point.y = (90 - 34.53) * 500 / 180;
        return document.querySelector('path.country[data-code="AFG"]').isPointInFill(point);
    }""")
    assert inside
    view = page.get_attribute("#world", "viewBox")
    page.click("button[data-zoom=in]")
    assert page.get_attribute("#world", "viewBox") != view
    watched.shot("map-zoomed")


def test_the_claims_page_lists_every_claim_with_its_assessment(watched, base_url, samples_url):
    from eventwire.store import Store

    with Store(samples_url) as store:
        claims = list(store.claims())
    page = open_page(watched, base_url, "/ui/claims")
    listed = page.locator("table.claims tbody tr")
    assert listed.count() == min(len(claims), 50) > 0
    text = page.locator("table.claims").inner_text()
    assert "first publicly acknowledged meeting between the two sides" in text
    assert page.locator("td.assessment.supported").count() >= 1


def test_swagger_ui_lists_every_endpoint_from_local_files(watched, base_url):
    page = open_page(watched, base_url, "/docs")
    page.wait_for_selector(".opblock")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/events", "/timeline", "/documents"} <= {p.replace("\u200b", "") for p in paths}
    watched.shot("page-docs")
    assert_local_only(watched, base_url)
