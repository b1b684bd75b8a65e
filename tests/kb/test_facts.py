"""User and learned facts merged into a knowledge snapshot; the facts file format (issue 4)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.actors import load_actor_knowledge, resolve_mention
from eventwire.actors.facts import Fact, extend_actor_knowledge, read_facts
from eventwire.errors import InputError

DAY = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def base():
    return load_actor_knowledge()


def _rai(source="learned", country="NPL", **fields):
    return Fact(kind="person", name="Amrit Rai", country=country, sector="GOV",
                office="Foreign Secretary", start="2025-02-01", aliases=("Rai",), source=source,
                **fields)


def _code(nlp, knowledge, mention, day=DAY):
    return resolve_mention(mention, date=day, knowledge=knowledge, nlp=nlp)


def test_a_learned_fact_codes_a_later_bare_surname(nlp, base):
    snapshot = extend_actor_knowledge(base, [_rai()])
    entity = _code(nlp, snapshot, "Rai")
    assert (entity.name, entity.country, entity.sector, entity.office) == (
        "Amrit Rai", "NPL", "GOV", "Foreign Secretary")


def test_extending_leaves_the_base_snapshot_unchanged(nlp, base):
    extend_actor_knowledge(base, [_rai()])
    assert _code(nlp, base, "Amrit Rai").country is None
    assert base.facts == []


def test_curated_rows_win_over_learned_ones(nlp, base):
    learned = Fact(kind="person", name="Vikram Misri", country="KEN", sector="GOV",
                   office="Interior Minister", start="2025-02-01", source="learned")
    entity = _code(nlp, extend_actor_knowledge(base, [learned]), "Vikram Misri")
    assert (entity.country, entity.office) == ("IND", "Foreign Secretary")


def test_user_facts_win_over_learned_ones(nlp, base):
    snapshot = extend_actor_knowledge(base, [_rai("learned", "IND"), _rai("user", "NPL")])
    assert _code(nlp, snapshot, "Amrit Rai").country == "NPL"


def test_a_surname_two_learned_people_share_codes_neither(nlp, base):
    other = Fact(kind="person", name="Kiran Rai", country="IND", sector="GOV", office="Minister",
                 start="2025-02-01", aliases=("Rai",), source="learned")
    snapshot = extend_actor_knowledge(base, [_rai(), other])
    surname = _code(nlp, snapshot, "Rai")
    assert (surname.country, surname.known_as) == (None, None)
    assert _code(nlp, snapshot, "Kiran Rai").country == "IND"


def test_a_learned_office_starts_on_the_article_date(nlp, base):
    snapshot = extend_actor_knowledge(base, [_rai()])
    before = _code(nlp, snapshot, "Amrit Rai", dt.date(2024, 1, 1))
    assert (before.country, before.sector) == ("NPL", None)


def test_a_user_organisation_codes_its_name(nlp, base):
    fact = Fact(kind="organisation", name="Kuki National Front", country="IND", sector="REB",
                aliases=("KNF",), source="user")
    entity = _code(nlp, extend_actor_knowledge(base, [fact]), "the KNF")
    assert (entity.country, entity.sector, entity.known_as) == ("IND", "REB", "org:kuki-national-front")


# ---- the file format --------------------------------------------------------------------

TSV = ("# eventwire-kb 1\n"
       "id\tkind\tname\taliases\tcountry\tsector\toffice\tstart\tend\n"
       "\tperson\tAmrit Rai\tRai\tNPL\tGOV\tForeign Secretary\t2025-02-01\t\n"
       "org:knf\torganisation\tKuki National Front\tKNF\tIND\tREB\t\t\t\n")


def test_tsv_file_reads_into_facts(tmp_path):
    path = tmp_path / "facts.tsv"
    path.write_text(TSV, encoding="utf-8")
    rai, knf = read_facts(path)
    assert (rai.kb_id, rai.aliases, rai.start, rai.end) == ("person:amrit-rai", ("Rai",), "2025-02-01", None)
    assert (knf.kb_id, knf.kind, knf.sector) == ("org:knf", "organisation", "REB")


def test_jsonl_file_reads_into_facts(tmp_path):
    path = tmp_path / "facts.jsonl"
    rows = [{"format": 1}, {"kind": "person", "name": "Amrit Rai", "aliases": ["Rai"], "country": "npl",
                            "sector": "GOV", "office": "Foreign Secretary", "start": "2025-02-01"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    [rai] = read_facts(path)
    assert (rai.name, rai.country, rai.aliases) == ("Amrit Rai", "NPL", ("Rai",))


@pytest.mark.parametrize(("row", "complaint"), [
    ("\tperson\tX\t\tNPL\tGOVX\t\t\t\n", "sector"),
    ("\tperson\tX\t\tZZZ\tGOV\t\t\t\n", "not in countries.tsv"),
    ("\tperson\tX\t\tNPL\tGOV\t\t2025-13-01\t\n", "not an ISO date"),
    ("\tpeople\tX\t\tNPL\tGOV\t\t\t\n", "kind"),
    ("\tperson\tX\t\tNPL\tGOV\t\t2025-02-01\t2024-01-01\n", "before start"),
])
def test_a_bad_row_names_file_and_line(tmp_path, row, complaint):
    path = tmp_path / "facts.tsv"
    path.write_text(TSV + row, encoding="utf-8")
    with pytest.raises(InputError, match=rf"facts.tsv:5: .*{complaint}"):
        read_facts(path)


def test_a_row_with_more_cells_than_the_header_is_an_input_error(tmp_path):
    path = tmp_path / "facts.tsv"
    path.write_text(TSV + "\tperson\tX\t\tNPL\tGOV\t\t\t\textra\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"facts.tsv line 5: 10 cells, the header has 9"):
        read_facts(path)


def test_another_format_version_is_refused(tmp_path):
    path = tmp_path / "facts.tsv"
    path.write_text(TSV.replace("eventwire-kb 1", "eventwire-kb 2"), encoding="utf-8")
    with pytest.raises(InputError, match="format 2 is not supported"):
        read_facts(path)


def test_an_ingest_snapshot_carries_its_facts_to_worker_processes():
    from eventwire.pipeline import Snapshot
    from eventwire.run.snapshot import extra_facts, with_facts

    base = Snapshot()
    extended = with_facts(base, [_rai()])
    assert extra_facts(extended) == [_rai()]
    assert extra_facts(base) == []
    assert extra_facts(Snapshot()) == []


def test_a_learned_title_never_revives_a_curated_former_office(nlp, base):
    learned = Fact(kind="person", name="Antony Blinken", country="USA", sector="GOV",
                   office="Secretary of State", start="2025-06-01", source="learned")
    entity = _code(nlp, extend_actor_knowledge(base, [learned]), "Antony Blinken", dt.date(2025, 7, 1))
    assert entity.sector == "ELI"
