"""The dashboard's home and the dyad page's default (issue 22, item 6): events per month by
quad class, top dyads and countries, the latest events, a date range that ignores outliers,
and /ui/dyad opening the store's most active dyad."""

from __future__ import annotations

import csv
import io
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from eventwire.store import Store
from tests.factories import article, event
from tests.rest.conftest import fill


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def _section(html: str, start: str, end: str) -> str:
    begin = html.index(start)
    return html[begin:html.index(end, begin)]


@pytest.fixture(scope="module")
def home(client) -> str:
    page = client.get("/")
    assert page.status_code == 200
    return page.text


def test_the_home_chart_has_one_column_per_month_linking_to_its_events(home):
    chart = _section(home, '<figure class="timeline" id="months">', "</figure>")
    assert re.findall(r'data-period="([^"]+)"', chart) == ["2024-12", "2025-01"]
    assert 'href="/ui/events?since=2024-12-01&amp;until=2024-12-31"' in chart
    assert 'class="bar q4"' in chart and 'class="bar q1"' in chart   # the fight, the meetings
    assert "<script" not in chart


def test_the_top_dyads_link_to_their_dyad_page_most_active_first(home):
    dyads = _section(home, 'id="top-dyads"', "</section>")
    assert re.findall(r'data-dyad="([^"]+)"', dyads) == ["AFG-IND", "AFG-PAK"]
    assert 'href="/ui/dyad?a=AFG&amp;b=IND"' in dyads


def test_the_top_countries_are_ranked_by_events(home):
    countries = _section(home, 'id="top-countries"', "</section>")
    assert re.findall(r'data-country="([^"]+)"', countries) == ["AFG", "IND", "PAK"]


def test_the_latest_events_come_newest_first_and_link_to_their_page(home):
    recent = _section(home, 'id="recent"', "</table>")
    dates = re.findall(r'<td class="date"><a href="/ui/events/[^"]+">([^<]+)</a>', recent)
    assert dates[:3] == ["2025-01-06", "2025-01-05", "2025-01-04"] and dates[-1] == "2024-12-24"


def test_the_date_range_is_shown_without_outliers(home):
    assert "Events dated from 2024-12-24 to 2025-01-06." in _text(home)
    assert "dated outside" not in home


def test_the_report_status_block_stays_on_the_home_page(home):
    assert 'id="unlinked-reports"' in home


@pytest.fixture
def odd_store(tmp_path) -> str:
    """The dashboard store plus one meeting dated 1860 (a mistaken year)."""
    url = f"sqlite:///{tmp_path / 'odd.db'}"
    with Store(url) as store:
        fill(store)
        store.add_article(article("old", [event("old", 1, actor=("IND",), recipient=("AFG",),
                                                date="1860-01-07")]))
    return url


def test_one_odd_date_neither_stretches_the_range_nor_the_chart_and_is_counted(odd_store):
    with TestClient(create_app(odd_store, open_reads=True)) as client:
        html = client.get("/").text
    assert "Events dated from 2024-12-24 to 2025-01-06; 1 event dated outside (earliest 1860-01-07)." \
           in _text(html)
    chart = _section(html, 'id="months"', "</figure>")
    assert "1860" not in re.sub(r"<title.*?</title>", "", chart, flags=re.S)


def test_the_dyad_page_without_countries_opens_the_most_active_dyad_and_says_so(client):
    html = client.get("/ui/dyad").text
    assert "<h1>Afghanistan (AFG) and India (IND)</h1>" in html
    assert "Showing the store's most active dyad: 6 events." in _text(html)


def test_the_dyad_page_with_one_country_opens_its_most_active_dyad(client):
    html = client.get("/ui/dyad", params={"a": "PAK"}).text
    assert "<h1>Pakistan (PAK) and Afghanistan (AFG)</h1>" in html
    assert "most active dyad with Pakistan (PAK): 1 event." in _text(html)


def test_the_dyad_page_with_two_countries_shows_them_without_a_note(client):
    html = client.get("/ui/dyad", params={"a": "IND", "b": "PAK"}).text
    assert "<h1>India (IND) and Pakistan (PAK)</h1>" in html and "chosen-dyad" not in html


def test_an_empty_store_says_there_are_no_dyads_and_no_events_yet(tmp_path):
    with TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}", open_reads=True)) as client:
        dyad, home = client.get("/ui/dyad"), client.get("/")
    assert dyad.status_code == 200 and "No dyads yet" in dyad.text and "India" not in dyad.text
    assert home.status_code == 200 and "No dated events yet" in home.text


def test_the_dyad_page_refuses_a_country_that_is_none_with_a_hint_and_no_chart(client):
    page = client.get("/ui/dyad", params={"a": "India", "b": "AFG"})
    assert page.status_code == 422
    assert "India is not an ISO alpha-3 country code; did you mean IND?" in _text(page.text)
    assert 'id="no-chart"' in page.text and 'id="timeline"' not in page.text


def test_the_dyad_page_links_downloads_of_its_events(client):
    html = client.get("/ui/dyad", params={"a": "IND", "b": "AFG"}).text
    link = re.search(r'href="(/events\.csv\?[^"]+)"', html).group(1).replace("&amp;", "&")
    assert link == "/events.csv?dyad=IND%2CAFG&sort=-date"
    rows = list(csv.DictReader(io.StringIO(client.get(link).text)))
    assert len(rows) == 6 and all(row["url"] or row["doc_id"] for row in rows)


def test_the_home_page_says_when_articles_wait_in_the_link_queue(tmp_path):
    from eventwire.store import relink

    url = f"sqlite:///{tmp_path / 'queued.db'}"
    with Store(url) as store:
        store.add_article(article("q1", [event("q1", 1)]))
        with store.transaction() as session:   # a relink killed after taking the links apart
            relink.unlink_everything(session)
    with TestClient(create_app(url, open_reads=True)) as client:
        page = _text(client.get("/").text)
    assert "1 article waits to be linked; run eventwire relink." in page
    assert "1 report not in any event: 1 waiting to be linked, " in page
