"""The data of the clean, read, when, where, quotes and coverage stages lives in their data/
folders, is read through eventwire.datafiles, and loads as the code expects (issue 25)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import datafiles
from eventwire.errors import ConfigError

STAGES = ("clean", "read", "when", "where", "quotes", "coverage")


@pytest.mark.parametrize("stage", STAGES)
def test_no_data_file_sits_beside_the_code(stage):
    folder = datafiles.PACKAGE / stage
    stray = [p.name for p in folder.iterdir() if p.is_file() and p.suffix in datafiles.SUFFIXES]
    assert stray == []


def _tables() -> list[Path]:
    return sorted(p for stage in STAGES for p in (datafiles.PACKAGE / stage / "data").glob("*.tsv"))


@pytest.mark.parametrize("table", _tables(), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_table_says_what_it_is_for_then_names_its_columns(table):
    lines = [line for line in table.read_text(encoding="utf-8").split("\n") if line.strip()]
    assert lines[0].startswith("#")
    header = next(line for line in lines if not line.startswith("#"))
    assert header.split("\t") == [cell.strip().lower() for cell in header.split("\t")]
    assert all(cell.isidentifier() for cell in header.split("\t"))


def test_clean_lists_load_with_their_contents():
    from eventwire.clean.patterns import clutter_patterns, english_words, language_names

    assert {p.role for p in clutter_patterns()} >= {"prompt", "heading", "caption"}
    assert "the" in english_words() and "he" not in english_words()
    assert language_names()["en"] == "English"


def test_a_caption_credit_needs_the_space_after_it():
    from eventwire.clean.patterns import patterns_for

    credit = [p for p in patterns_for("caption") if "courtesy" in p.regex.pattern]
    assert credit and any(p.regex.search("Photo by Jane Roe") for p in credit)
    assert not any(p.regex.search("Photographs bygone days") for p in credit)


@pytest.mark.parametrize("row", [
    {"kind": "chatter", "role": "line", "regex": "x"},
    {"kind": "boilerplate", "role": "footer", "regex": "x"},
    {"kind": "boilerplate", "role": "line", "regex": "(unclosed"},
])
def test_a_bad_clutter_row_is_a_config_error(row):
    from eventwire.clean.patterns import _pattern

    with pytest.raises(ConfigError, match="clutter.tsv row 7"):
        _pattern(7, row)


def test_date_sources_load_by_kind():
    from eventwire.read.html import date_sources

    found = date_sources()
    assert set(found) == {"meta", "jsonld", "time"}
    assert "article:published_time" in found["meta"] and "datepublished" in found["jsonld"]


def test_where_word_lists_load():
    from eventwire.where.divisions import GENERIC_WORDS, is_generic
    from eventwire.where.locate import LOCATIVE_PREPOSITIONS, TOPIC_VERBS
    from eventwire.where.toponyms import PLACE_PREPOSITIONS

    assert is_generic("Upper East") and not is_generic("Upper Nile") and "ouest" in GENERIC_WORDS
    assert {"in", "near", "over"} <= LOCATIVE_PREPOSITIONS and "from" not in LOCATIVE_PREPOSITIONS
    assert {"from", "via", "toward"} <= PLACE_PREPOSITIONS
    assert {"discuss", "condemn", "welcome"} <= TOPIC_VERBS and "meet" not in TOPIC_VERBS


@pytest.mark.parametrize("text, is_the_year", [
    ("the year", True),
    ("the year before", False),
    ("the year in which", False),
    ("the year 1999", False),
    ("the year that followed", False),
    ("the year beforehand", True),
])
def test_the_year_rule_takes_its_exceptions_from_the_lexicon(text, is_the_year):
    from eventwire.when.rules import RULES

    rule = next(r for r in RULES if r.name == "the_year")
    assert (rule.pattern.match(text) is not None) == is_the_year


def test_an_overlay_of_a_gazetteer_table_changes_the_cache_version(tmp_path, monkeypatch):
    from eventwire.where.cache import cache_version

    monkeypatch.delenv("EVENTWIRE_DATA_OVERLAY", raising=False)
    before = cache_version()
    own = tmp_path / "where" / "data"
    own.mkdir(parents=True)
    (own / "generic_words.tsv").write_text("word\nmidlands\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_DATA_OVERLAY", str(tmp_path))
    assert cache_version() != before


def test_coverage_lists_read_by_kind():
    from eventwire.coverage import tables

    assert "reportedly" in tables.words("hedges", "adverb")
    with pytest.raises(ConfigError, match="no row of kind"):
        tables.words("hedges", "nothing")
