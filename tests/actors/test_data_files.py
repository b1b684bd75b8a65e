"""The actor data files load, and a malformed row fails with its file and line."""

from __future__ import annotations

import shutil

import pytest

from eventwire.actors import ActorDataError, load_actor_knowledge
from eventwire.actors.tables import DATA_DIR


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_packaged_data_loads_with_every_table_filled():
    knowledge = load_actor_knowledge()
    assert len(knowledge.countries) >= 200
    assert len(knowledge.roles) >= 300
    assert len(knowledge.orgs) >= 100 and len(knowledge.people) >= 150


@pytest.mark.parametrize(("file", "row", "complaint"), [
    ("people.tsv", "person:x\tX\t\tIND\tGOVX\tMinister\t2020-01-01\t\n", "not a PLOVER sector"),
    ("people.tsv", "person:x\tX\t\tIND\tGOV\tMinister\t2020-13-01\t\n", "not an ISO date"),
    ("people.tsv", "person:x\tX\t\tZZZ\tGOV\tMinister\t2020-01-01\t\n", "not in countries.tsv"),
    ("sectors.tsv", "spy master\tSPYX\t\trole\n", "not a PLOVER sector"),
    ("countries.tsv", "IND\tIndia again\t\t\t\t\n", "appears twice"),
])
def test_malformed_row_names_file_and_line(data_copy, file, row, complaint):
    path = data_copy / file
    lines = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write(row)
    with pytest.raises(ActorDataError, match=rf"{file}:{lines + 1}: .*{complaint}"):
        load_actor_knowledge(data_copy)


def test_wrong_header_is_reported(data_copy):
    path = data_copy / "cues.tsv"
    text = path.read_text(encoding="utf-8").replace("cue\tkind", "word\tkind", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"cues.tsv: the header must be 'cue kind'"):
        load_actor_knowledge(data_copy)


def test_a_row_with_more_cells_than_the_header_is_reported(data_copy):
    path = data_copy / "organisations.tsv"
    lines = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("org:x\tX\t\tIND\tGOV\t\t\textra\n")
    with pytest.raises(ActorDataError, match=rf"organisations.tsv line {lines + 1}: 8 cells, the header"):
        load_actor_knowledge(data_copy)
