"""A hostile article cannot run script or add markup on any dashboard page (issue 10, part 5).

The article's title, source, URL and text carry script tags, event-handler attributes,
javascript: links, tag-closing breaks and template syntax; each page that shows it is opened
in Chromium, which must run nothing, open no dialog, and show the text literally.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.conftest import serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PWN = "window.__pwned = 1"
TITLE = f'Talks </title><script>{PWN}</script> <img src=x onerror="{PWN}">'
SOURCE = f'Wire <script>{PWN}</script>"><svg onload="{PWN}">'
URL = f"javascript:{PWN}"
READ_MORE = f"Read more: <script>{PWN}</script>"   # clutter that cleaning removes
CAPTION = f'Photo: <img src=x onerror="{PWN}">'
LEDE = (f"Indian diplomats held talks with the Taliban in Dubai on Wednesday <script>{PWN}</script>, "
        "the first such meeting, officials said.")
TEXT = (f"{LEDE}\n\nThe ministry said <img src=x onerror=\"{PWN}\"> the talks went well "
        f"</textarea><script>alert(1)</script> and <a href=\"javascript:{PWN}\">more</a> "
        "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe> {{7*7}} ${7*7}.\n\n"
        f"{READ_MORE}\n\n{CAPTION}\n")
HOSTILE = {"id": "hostile-1", "title": TITLE, "source": SOURCE, "url": URL,
           "published": "2025-01-09", "text": TEXT}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[tuple[str, dict]]:
    """A server over a store holding only the hostile article; (base URL, its event)."""
    from eventwire.api import ingest_documents
    from eventwire.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'hostile.db'}"
    with Store(url) as store:
        report = ingest_documents([HOSTILE], store)
        assert report.stored == 1, report.errors
        [event] = list(store.events())
        assert len(store.article("hostile-1")["removed"]) == 2   # the clutter page shows it too
        assert list(store.claims()), "the hostile article should make a claim, for the claims page"
    with serving(url, open_reads=True) as base:
        yield base, event


PAGES = [
    ("events", "/ui/events", [LEDE]),
    ("events-search", "/ui/events?q=%3Cscript%3E", [LEDE]),
    ("event", "/ui/events/{event}", [LEDE, TITLE, SOURCE, URL]),
    ("article", "/ui/articles/hostile-1",
     [TITLE, SOURCE, URL, "{{7*7}}", "</textarea><script>alert(1)</script>", READ_MORE, CAPTION]),
    ("article-sentence", "/ui/articles/hostile-1?event=hostile-1:ev-1", [LEDE]),
    ("dyad", "/ui/dyad?a=IND&b=AFG", [LEDE]),
    ("claims", "/ui/claims", ["first such meeting"]),
    ("map", "/ui/map", []),
    ("reflected-query", f"/ui/events?q={PWN}%3Cscript%3E{PWN}%3C/script%3E&source=%22%3E%3Cscript%3E",
     []),
    ("reflected-id", "/ui/articles/%3Cscript%3Ewindow.__pwned=1%3C%2Fscript%3E",
     ["<script>window.__pwned=1</script>"]),
]


@pytest.mark.parametrize("name, path, literal", PAGES, ids=[p[0] for p in PAGES])
def test_a_hostile_article_runs_nothing_and_shows_as_text(watched, hostile, name, path, literal):
    base, event = hostile
    page = watched.page
    page.goto(base + path.format(event=event["id"]))
    page.wait_for_load_state("load")
    page.eval_on_selector_all("details", "all => all.forEach(d => d.open = true)")
    watched.shot(f"hostile-{name}")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert watched.dialogs == []
    # the only console error allowed: the 404 status of the page for an unknown id
    assert [e for e in watched.errors if not (name == "reflected-id" and "404" in e)] == []
    # no element the article could have added: our one script, no frames, images or handlers
    assert page.eval_on_selector_all("script", "s => s.map(x => x.getAttribute('src'))") == \
        ["/ui/static/dashboard.js"]
    assert page.locator("iframe, img, main svg[onload], [onerror], [onload]").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
    shown = page.locator("body").inner_text()
    for text in literal:
        assert " ".join(text.split()) in " ".join(shown.split()), text
