"""Round 32 review: the story cut (store/story_linking.py bisect_story) must leave a long story of
one happening whole, however loosely its reports in other words resemble each other, through
linking and through a relink (settle_stories again over every article), while two happenings of one
kind that one report chained are still cut (tests/link/test_stories_32.py). Written by us: an
imagined earthquake told by nine reports in varied words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

QUAKE = [
    ("Strong quake shakes southern Peru",
     "A magnitude 7.1 earthquake struck near Arequipa in southern Peru on Tuesday, collapsing adobe "
     "homes and killing at least 12 people, the civil defence institute said."),
    ("Peru quake toll climbs to 31",
     "The number of dead from the earthquake near Arequipa rose to 31 as rescuers dug through rubble "
     "in mountain villages, officials said."),
    ("Landslides cut roads after Arequipa tremor",
     "Landslides set off by the tremor blocked the highway between Arequipa and Puno, stranding "
     "trucks and buses, the transport ministry said."),
    ("Peruvian president flies to quake zone",
     "Peru's president visited the worst-hit districts of Arequipa province and declared a 60-day "
     "state of emergency."),
    ("Aftershocks keep Arequipa residents outdoors",
     "Hundreds of aftershocks rattled the region overnight and families slept in tents in parks "
     "for fear their cracked houses would fall."),
    ("Red Cross sends tents and water to southern Peru",
     "The Red Cross flew tents, blankets and water purifiers to Arequipa for some 8,000 people "
     "left homeless by the earthquake."),
    ("Colonial churches damaged in Peru earthquake",
     "The quake cracked the bell towers of two colonial churches in Arequipa's historic centre, a "
     "UNESCO heritage site, the culture ministry said."),
    ("Miners rescued after Peru earthquake",
     "Rescuers pulled nine miners alive from a copper mine south of Arequipa where a tunnel caved "
     "in during Tuesday's earthquake."),
    ("Peru quake death toll reaches 44",
     "Forty-four people have been confirmed dead in the Arequipa earthquake and 600 injured, the "
     "health ministry said, as aid reached remote villages."),
]


def _coded() -> list[dict[str, Any]]:
    """The round's own sequences (tests/link/test_stories_32.py) first, so that the store has the
    document frequencies of some news, then the earthquake's reports."""
    from eventwire.api import code_text
    from tests.link.test_stories_32 import SEQUENCES

    background = [(f"{s['id']}-{n}", title, text) for s in SEQUENCES
                  for n, (_, title, text) in enumerate(s["articles"])]
    quake = [(f"q{n}", title, text) for n, (title, text) in enumerate(QUAKE)]
    return [code_text(text, id=id, title=title, clean=False).to_dict()
            for id, title, text in background + quake]


def _stories(coded: list[dict[str, Any]], folder: Path, relinks: int) -> list[list[str]]:
    """The story of each article after linking in order (as topic_cv.link_documents), then after
    each of `relinks` settlings of every article again (relink --everything)."""
    from sqlalchemy import select

    from eventwire.link import stories, topic_cv
    from eventwire.store import Store, story_linking
    from eventwire.store import schema as S

    found = []
    with Store(f"sqlite:///{topic_cv.empty_store(folder)}") as store, store._session.begin() as session:
        ids = []
        for article in coded:
            linked = story_linking.ArticleTerms(id=article["id"], title=article.get("title"),
                                                published=article.get("published"),
                                                terms=stories.signature(article))
            story_id, telling, df = story_linking.link_story(session, linked)
            S.insert_rows(session, S.ArticleRow, [{
                "id": linked.id, "content_hash": "", "title": linked.title,
                "published": linked.published, "text": "", "removed": [], "meta": {},
                "coded": {}, "terms": linked.terms, "story_id": story_id, "coder_version": ""}])
            story_linking.index_article(session, linked, telling)
            story_linking.hold_story(session, linked, story_id, df)
            ids.append(linked.id)
        for _ in range(1 + relinks):
            story_linking.settle_stories(session, ids)
            rows = {row.id: row.story_id
                    for row in session.execute(select(S.ArticleRow.id, S.ArticleRow.story_id))}
            found.append([str(rows[n]) for n in ids if n.startswith("q")])
    return found


@pytest.fixture(scope="module")
def coded(nlp: Any) -> list[dict[str, Any]]:
    return _coded()


@pytest.fixture(scope="module")
def quake_stories(coded, tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    return _stories(coded, tmp_path_factory.mktemp("review32"), relinks=2)


@pytest.fixture(scope="module")
def uncut_stories(coded, tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    from eventwire.link import stories

    saved, stories.BISECT_THRESHOLD = stories.BISECT_THRESHOLD, 0.0
    try:
        return _stories(coded, tmp_path_factory.mktemp("review32-uncut"), relinks=2)
    finally:
        stories.BISECT_THRESHOLD = saved


def test_the_cut_splits_no_long_story_of_one_happening(quake_stories, uncut_stories):
    """Linked, then relinked twice: the stories are those of linking without the cut."""
    assert quake_stories == uncut_stories


def test_relinks_leave_the_stories_as_they_were(quake_stories):
    assert quake_stories[1] == quake_stories[0] and quake_stories[2] == quake_stories[0]


@pytest.mark.xfail(strict=True, reason=(
    "linking itself, not the cut, leaves the reports in 4 stories (the same with the cut off and "
    "in the pre-round code): with a store of some 90 articles, reports that share only the town "
    "and the kind's words (the landslide, the aftershocks, the churches) are below JOIN_THRESHOLD"))
def test_long_story_of_one_happening_is_one_story(quake_stories):
    for after in quake_stories:
        assert len(set(after)) == 1, after


def test_the_quake_reports_are_not_cut(coded):
    """Their pairwise similarities, document frequencies as in a store of 2,000 articles in which
    the story's words are rare: no cut."""
    from collections import Counter

    from eventwire.link import stories

    signatures = [stories.signature(c) for c in coded if c["id"].startswith("q")]
    df = Counter(term for signature in signatures for term in signature)
    assert not stories.cut(stories.similarities(signatures, df, 2000))


def test_bisect_cut_needs_groups_more_alike_within_than_across():
    """Two groups only loosely alike within (one happening told in many words) are not cut even
    when they are little alike across; two tight groups little alike across are."""
    import numpy

    from eventwire.link import stories

    loose = numpy.full((8, 8), 0.09)
    loose[:4, :4] = loose[4:, 4:] = 0.12
    numpy.fill_diagonal(loose, 1.0)
    assert not stories.cut(loose)
    tight = numpy.full((8, 8), 0.1)
    tight[:4, :4] = tight[4:, 4:] = 0.3
    numpy.fill_diagonal(tight, 1.0)
    assert stories.cut(tight) == [0, 0, 0, 0, 1, 1, 1, 1]
