"""Derived ids stay unique (issue #10): stories are named after their first article's id and
happenings after their first report's, so a long id prefix or a re-coded article must not make
a second row collide with a first."""

from __future__ import annotations

from eventwire.store import Store
from tests.factories import article, event
from tests.reliability import helpers


def test_articles_whose_ids_share_60_characters_get_stories_of_their_own(db_url):
    prefix = "https://news.example.com/2025/01/09/a-very-long-slug-that-goes-on-"
    first, second = f"{prefix}1", f"{prefix}2"
    unrelated = [
        article(first, [event(first, 1)], text="India met the Taliban in Dubai.", published="2025-01-09"),
        article(second, [event(second, 1, type_="AGREE", actor=("BRA",), recipient=("EGY",),
                               date="2023-05-01")],
                text="Brazil signed a soybean deal with Egypt in Cairo.", published="2023-05-02"),
    ]
    with Store(db_url) as store:
        assert [store.add_article(a) for a in unrelated] == ["stored", "stored"]
    assert helpers.count(db_url, "stories") == 2
    assert helpers.orphans(db_url) == {}


def test_a_taken_story_id_gets_a_fresh_one(db_url):
    from eventwire.store import schema as S
    from eventwire.store.ids import unused_id

    with Store(db_url) as store, store.transaction() as session:
        session.add(S.StoryRow(id="s-taken", title=None))
        session.flush()
        assert unused_id(session, S.StoryRow, "s-taken") not in ("s-taken", "")
        assert unused_id(session, S.StoryRow, "s-free") == "s-free"
