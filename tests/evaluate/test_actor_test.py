"""The fair actor test set: the scorer on a tiny fixture (a fake coder whose actors are known),
and the integrity of the shipped data file against the texts in ../shared."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.errors import GoldDataError
from eventwire.evaluate import actor_test
from eventwire.evaluate.actor_test import GoldMention, best_actor, span_problem, tally
from eventwire.evaluate.news.corpora import NewsDocument
from eventwire.records import Entity

TEXT = "Kenyan police arrested Ruto's aide in Nairobi, officials said."
HEADER = "\t".join(actor_test.COLUMNS)


def mention(start: int, end: int, kind: str = "police", country: str = "KEN",
            sector: str = "COP") -> GoldMention:
    return GoldMention("voa", "1", start, end, kind, "2024-05-01", country, sector, "")


def entity(start: int, end: int, country: str | None, sector: str | None) -> Entity:
    return Entity(text=TEXT[start:end], start=start, end=end, country=country, sector=sector)


# ---- matching and tallies ---------------------------------------------------------------

def test_best_actor_takes_the_largest_overlap_then_the_longest():
    gold = mention(0, 13)                                   # "Kenyan police"
    small = entity(0, 6, "KEN", None)                       # "Kenyan"
    whole = entity(0, 13, "KEN", "COP")
    longer = entity(0, 22, "KEN", "GOV")                    # same overlap, longer span
    assert best_actor(gold, [small, whole]) is whole
    assert best_actor(gold, [whole, longer]) is longer
    assert best_actor(gold, [entity(38, 45, "KEN", None)]) is None


def test_tally_counts_missing_actors_as_wrong_and_empty_gold_as_none():
    scored = [(mention(0, 13), entity(0, 13, "KEN", "COP")),          # both right
              (mention(0, 13), entity(0, 13, "KEN", "GOV")),          # country only
              (mention(0, 13), None),                                 # not found
              (mention(47, 56, "group-noun", "", "GOV"), entity(47, 56, None, "GOV"))]
    figures = tally(scored)
    assert figures["mentions"] == 4
    assert figures["found"] == 0.75
    assert figures["country"] == 0.75
    assert figures["sector"] == 0.5
    assert figures["both"] == 0.5


def test_span_problem_refuses_spans_outside_the_text_or_cutting_words():
    assert span_problem(TEXT, 0, 13) is None
    assert span_problem(TEXT, 23, 27) is None                          # "Ruto" before "'s"
    assert "outside" in span_problem(TEXT, 50, 500)
    assert "cuts a word" in span_problem(TEXT, 0, 5)                   # "Kenya|n"
    assert "cuts a word" in span_problem(TEXT, 1, 6)
    assert "space" in span_problem(TEXT, 0, 7)


def test_check_offsets_names_the_bad_row():
    documents = {("voa", "1"): NewsDocument("voa", "1", TEXT, "2024-05-01")}
    actor_test.check_offsets([mention(0, 13)], documents)
    with pytest.raises(GoldDataError, match=r"voa:1 \[2:13\]"):
        actor_test.check_offsets([mention(2, 13)], documents)


# ---- the whole scorer on a fixture ------------------------------------------------------

def write_fixture(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "mentions.tsv"
    path.write_text("# a fixture\n" + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_fair_figures_scores_every_mention_by_kind(tmp_path, monkeypatch):
    path = write_fixture(tmp_path, [
        "voa\t1\t0\t13\tpolice\t2024-05-01\tKEN\tCOP\t",
        "voa\t1\t38\t45\tplace\t2024-05-01\tKEN\tGOV\t",
        "voa\t1\t23\t27\tperson-other\t2024-05-01\tKEN\tGOV\tPresident"])
    documents = {("voa", "1"): NewsDocument("voa", "1", TEXT, "2024-05-01")}
    coded = [entity(0, 13, "KEN", "COP"), entity(38, 45, "KEN", None)]
    monkeypatch.setattr(actor_test, "shared_folder", lambda path: path)
    monkeypatch.setattr(actor_test, "read_documents", lambda shared, wanted: documents)
    monkeypatch.setattr(actor_test, "coded_actors", lambda text, published, knowledge: coded)
    figures = actor_test.fair_figures(tmp_path, knowledge=None, mentions_path=path)
    assert figures["fair_mentions"] == 3
    assert figures["fair_country"] == pytest.approx(2 / 3)
    assert figures["fair_sector"] == pytest.approx(1 / 3)
    assert figures["fair_both"] == pytest.approx(1 / 3)
    assert figures["fair_by_kind"]["police"]["both"] == 1.0
    assert figures["fair_by_kind"]["place"] == {"mentions": 1, "found": 1.0, "country": 1.0,
                                                "sector": 0.0, "both": 0.0}
    assert figures["fair_by_kind"]["person-other"]["found"] == 0.0
    assert list(figures["fair_by_kind"]) == ["police", "place", "person-other"]   # KINDS order


def test_fair_figures_refuses_a_row_cutting_a_word(tmp_path, monkeypatch):
    path = write_fixture(tmp_path, ["voa\t1\t0\t5\tpolice\t2024-05-01\tKEN\tCOP\t"])
    documents = {("voa", "1"): NewsDocument("voa", "1", TEXT, "2024-05-01")}
    monkeypatch.setattr(actor_test, "shared_folder", lambda path: path)
    monkeypatch.setattr(actor_test, "read_documents", lambda shared, wanted: documents)
    with pytest.raises(GoldDataError, match="cuts a word"):
        actor_test.fair_figures(tmp_path, knowledge=None, mentions_path=path)


def test_load_mentions_refuses_an_unknown_kind(tmp_path):
    path = write_fixture(tmp_path, ["voa\t1\t0\t13\tcop\t2024-05-01\tKEN\tCOP\t"])
    with pytest.raises(Exception, match="kind"):
        actor_test.load_mentions(path)


# ---- the shipped data file --------------------------------------------------------------

def test_the_set_is_large_and_covers_every_kind():
    mentions = actor_test.load_mentions()
    kinds = Counter(m.kind for m in mentions)
    assert len(mentions) >= 450
    assert set(kinds) == set(actor_test.KINDS)
    assert min(kinds.values()) >= 20
    assert len({(m.corpus, m.doc_id, m.start, m.end) for m in mentions}) == len(mentions)
    assert {m.corpus for m in mentions} == {"voa", "polnear", "ecbplus"}


def test_every_country_of_the_set_is_a_known_code():
    from eventwire.actors.knowledge import default_actor_knowledge
    from eventwire.actors.tables import NON_STATE

    known = set(default_actor_knowledge().countries) | NON_STATE
    assert {m.country for m in actor_test.load_mentions() if m.country} <= known


def test_every_row_lies_inside_its_document_and_cuts_no_word(shared):
    from eventwire.evaluate.news.corpora import read_documents

    mentions = actor_test.load_mentions()
    documents = read_documents(shared, {m.document for m in mentions})
    actor_test.check_offsets(mentions, documents)            # raises on the first bad row
    dated = [m for m in mentions if documents[m.document].published]
    assert all(m.date == documents[m.document].published for m in dated)


def test_fair_figures_are_left_out_outside_the_shared_folder(tmp_path):
    assert actor_test.fair_figures(tmp_path, knowledge=None) == {}
