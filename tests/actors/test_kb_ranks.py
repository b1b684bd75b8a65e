"""Files in data/kb/ join the core files; a more authoritative source wins on shared dates."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eventwire.actors.knowledge import PERSON, load_actor_knowledge
from eventwire.actors.tables import DATA_DIR, ActorDataError

HEADER = "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\tsource\n"


def _data_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("countries.tsv", "sectors.tsv", "cues.tsv", "people.tsv", "organisations.tsv"):
        shutil.copy(DATA_DIR / name, data / name)
    (data / "kb").mkdir()
    for name, rows in files.items():
        (data / "kb" / name).write_text(HEADER + rows, encoding="utf-8")
    return data


def test_a_lower_source_holds_only_where_no_higher_source_dates_the_term(tmp_path: Path) -> None:
    data = _data_dir(tmp_path, {
        "phoenix-people.tsv":
            "person:ana-vela\tAna Vela\t\tPER\tOPP\t\t2010-01-01\t2015-12-31\tphoenix:x\n",
        "wikipedia-people.tsv":
            "person:ana-vela\tAna Vela\t\tPER\tGOV\tInterior Minister\t2016-01-01\t2018-12-31"
            "\twikipedia:y\n",
        "curated-test-people.tsv":
            "person:ana-vela\tAna Vela\t\tPER\tGOV\tInterior Minister\t2016-03-01\t2018-02-01"
            "\tcurated:public record\n"})
    knowledge = load_actor_knowledge(data)
    assert knowledge.lookup(("ana", "vela"))[0].kind == PERSON
    row, former = knowledge.person_at("person:ana-vela", dt.date(2017, 1, 1))
    assert (row.sector, row.office, row.source, former) == (
        "GOV", "Interior Minister", "curated:public record", False)
    before, _ = knowledge.person_at("person:ana-vela", dt.date(2012, 1, 1))
    assert (before.sector, before.source) == ("OPP", "phoenix:x")
    # Wikipedia's year-long term overlaps ours and is dropped: in mid-2018 she is a former minister
    assert knowledge.person_at("person:ana-vela", dt.date(2018, 6, 1))[1] is True


def test_a_file_of_an_unknown_source_is_refused_by_name(tmp_path: Path) -> None:
    data = _data_dir(tmp_path, {"blog-people.tsv": ""})
    with pytest.raises(ActorDataError, match="blog-people.tsv"):
        load_actor_knowledge(data)


def test_a_kb_file_without_the_source_column_is_refused(tmp_path: Path) -> None:
    data = _data_dir(tmp_path, {})
    (data / "kb" / "curated-x-people.tsv").write_text(
        HEADER.replace("\tsource", "") + "person:a-b\tA B\t\tPER\tGOV\t\t\t\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="header"):
        load_actor_knowledge(data)
