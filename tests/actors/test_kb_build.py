"""Building the knowledge base from Phoenix and Wikipedia (issue 20): the TABARI reader, the
code conversion, the Wikipedia list parser, the shipped files, the report and `kb show`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.actors import build, phoenix, wikipedia
from eventwire.actors.kb_report import is_head_of_government, is_head_of_state, report
from eventwire.actors.knowledge import load_actor_knowledge
from eventwire.actors.tabari import Code, TabariError, parse_code, parse_date, read_entries
from eventwire.cli import cli

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
D = dt.date

FIXTURE = """\
# a comment line
HAMID_KARZAI_  # CountryInfo.txt
+KARZAI_
+PRESIDENT_KARZAI_
+PRESIDENT_HAMID_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
BARACK_OBAMA
+BARACK_HUSSEIN_OBAMA
\t[USAGOV 20090120-20170120]
LEONID_ILYICH_BREZHNEV
SECRETARY_BREZHNEV
\t[RUSELI 19240101-641014]

SCOTLAND_YARD
+METROPOLITAN_POLICE_SERVICE
\t[GBRCOP]
ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] # kkl
+ISLAMIC_ARMY_OF_ADEN_
INTERNEWS_\t[NGOMED]
SWEATSHOP_WATCH_\t[NGOUSALAB]
APPLE_INC_\t[MNCUSA]\t# Computer Manufacturing
EAST_TIMOR_PRIME_MINISTER_OFFICE [TMPGOV]
SOVIET_COMMITTEE [USRGOV]
GABON_ [GAB]
"""


def _entries():
    return {e.names[0]: e for e in read_entries(FIXTURE.splitlines())}


# ---- TABARI format ---------------------------------------------------------------------

def test_dates_two_and_four_digit_years():
    assert parse_date("011222") == D(2001, 12, 22)
    assert parse_date("750101") == D(1975, 1, 1)
    assert parse_date("20090120") == D(2009, 1, 20)
    with pytest.raises(TabariError):
        parse_date("2004017")


def test_code_restrictions_become_inclusive_start_and_end():
    assert parse_code("USAGOV 20090120-20170120") == Code("USAGOV", D(2009, 1, 20), D(2017, 1, 20))
    assert parse_code("AFGGOV >011222") == Code("AFGGOV", D(2001, 12, 22), None)
    assert parse_code("USRARM <900823") == Code("USRARM", None, D(1990, 8, 22))
    assert parse_code("AFGELI") == Code("AFGELI")
    with pytest.raises(TabariError):
        parse_code("AFGGOV 20121207-20120802")


def test_entries_collect_synonyms_codes_and_bare_name_lines():
    entries = _entries()
    assert entries["HAMID_KARZAI_"].codes == ["AFGELI 750101-000101", "AFGGOV >011222", "AFGELI"]
    assert "KARZAI_" in entries["HAMID_KARZAI_"].names
    assert entries["LEONID_ILYICH_BREZHNEV"].names == ["LEONID_ILYICH_BREZHNEV", "SECRETARY_BREZHNEV"]
    assert entries["APPLE_INC_"].codes == ["MNCUSA"]
    assert entries["ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_"].codes == ["YEMREB"]


def test_display_names_title_case_and_acronyms():
    assert phoenix.display_name("BARACK_OBAMA") == ("Barack Obama", [])
    assert phoenix.display_name("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") == ("Aden Abyan Islamic Army", ["AAIA"])
    assert phoenix.display_name("UN_")[0] == "UN"
    assert phoenix.display_name("HAMAS")[0] == "Hamas"
    assert phoenix.display_name("U.S._BANCORP_")[0] == "U.S. Bancorp"
    assert phoenix.display_name("THE_ISLAMIC_STATE")[0] == "Islamic State"


# ---- conversion ------------------------------------------------------------------------

def _convert(name):
    drops = phoenix.Drops()
    countries = {"AFG", "USA", "RUS", "GBR", "YEM", "TLS", "GAB"} | set(phoenix.NON_STATE)
    return phoenix.convert(_entries()[name], "Countries", drops, countries), drops


def test_a_person_keeps_dated_terms_and_an_open_role_ends_at_the_snapshot():
    karzai, _ = _convert("HAMID_KARZAI_")
    assert karzai.kind == "person" and karzai.source == phoenix.COUNTRY_INFO
    assert karzai.terms == [phoenix.Term("AFG", "ELI", D(1975, 1, 1), D(2000, 1, 1)),
                            phoenix.Term("AFG", "GOV", D(2001, 12, 22), phoenix.AS_OF)]


def test_codes_map_to_our_countries_and_sectors():
    assert _convert("SCOTLAND_YARD")[0].terms == [phoenix.Term("GBR", "COP", None, None)]
    assert _convert("SCOTLAND_YARD")[0].kind == "org"
    internews, apple = _convert("INTERNEWS_")[0].terms[0], _convert("APPLE_INC_")[0].terms[0]
    assert (internews.country, internews.sector) == ("NGO", "JRN")   # CAMEO MED is the media
    assert (apple.country, apple.sector) == ("USA", "BUS")
    watch = _convert("SWEATSHOP_WATCH_")[0].terms[0]
    assert (watch.country, watch.sector) == ("USA", "LAB")   # a national NGO: its country
    assert _convert("EAST_TIMOR_PRIME_MINISTER_OFFICE")[0].terms[0].country == "TLS"


def test_unplaceable_codes_and_bare_countries_are_dropped_and_counted():
    soviet, drops = _convert("SOVIET_COMMITTEE")
    assert soviet is None and drops.countries["USR"] == 1
    assert _convert("GABON_")[0] is None


def test_wikipedia_lines_and_years():
    text = """-   Angola

:*Presidents (complete list) –

::*José Eduardo dos Santos, President (1979–2017)

::*João Lourenço, President (2017–present)

-   Libya

::*Muammar Gaddafi,

:::*Brotherly Leader and Guide of the Revolution (1979–2011)

-   North Korea

:*Chairmen (complete list) –

::*Kim Yong-nam (1998–present)

::*Mahathir Mohamad, Prime minister (1981–2003, 2018–present)

::*Noureddine Bedoui, Prime minister since 2019

::*Jerry Rawlings, Military head of state (1981–1993), President (1993–2001)

:*First Secretaries of the Communist Party

::*David Thompson (Barbadian politician), (2008–2010)

::*Luca Beccari, Nicola Renzi, Captains Regent (2017)
"""
    got = [(x.country, x.name, x.office, x.start, x.end) for x in wikipedia.read_leaders(text.splitlines())]
    assert got == [
        ("Angola", "José Eduardo dos Santos", "President", D(1979, 1, 1), D(2017, 12, 31)),
        ("Angola", "João Lourenço", "President", D(2017, 1, 1), wikipedia.PRESENT),
        ("Libya", "Muammar Gaddafi", "Brotherly Leader and Guide of the Revolution",
         D(1979, 1, 1), D(2011, 12, 31)),
        ("North Korea", "Kim Yong-nam", "Chairman", D(1998, 1, 1), wikipedia.PRESENT),
        ("North Korea", "Mahathir Mohamad", "Prime Minister", D(1981, 1, 1), D(2003, 12, 31)),
        ("North Korea", "Mahathir Mohamad", "Prime Minister", D(2018, 1, 1), wikipedia.PRESENT),
        ("North Korea", "Noureddine Bedoui", "Prime Minister", D(2019, 1, 1), wikipedia.PRESENT),
        ("North Korea", "Jerry Rawlings", "Military Head of State", D(1981, 1, 1), D(1993, 12, 31)),
        ("North Korea", "Jerry Rawlings", "President", D(1993, 1, 1), D(2001, 12, 31)),
        ("North Korea", "David Thompson", "First Secretary of the Communist Party",
         D(2008, 1, 1), D(2010, 12, 31)),
        ("North Korea", "Luca Beccari", "Captains Regent", D(2017, 1, 1), D(2017, 12, 31)),
        ("North Korea", "Nicola Renzi", "Captains Regent", D(2017, 1, 1), D(2017, 12, 31))]


def test_offices_tell_heads_of_state_from_heads_of_government():
    assert is_head_of_state("President") and is_head_of_state("King")
    assert not is_head_of_state("Vice President") and not is_head_of_state("President of the Senate")
    assert is_head_of_government("Prime Minister") and is_head_of_government("President of the Government")
    assert not is_head_of_state("President of the Government")
    assert not is_head_of_government("Deputy Prime Minister")


# ---- the shipped files -----------------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "kb-sources").is_dir(), reason="../shared is absent")
@pytest.mark.slow
def test_shipped_files_equal_a_fresh_build(tmp_path):
    build.build(SHARED, tmp_path)
    for path in sorted(tmp_path.iterdir()):
        shipped = build.KB_DIR / path.name
        assert shipped.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), \
            f"{shipped.name} differs from a fresh build: run {build.COMMAND}"
    assert {p.name for p in tmp_path.iterdir()} == {
        "phoenix-people.tsv", "phoenix-organisations.tsv", "phoenix-roles.tsv",
        "wikipedia-people.tsv"}


@pytest.mark.slow
def test_shipped_rows_carry_sources_and_load_with_ranks():
    knowledge = load_actor_knowledge()
    ahmadinejad = knowledge.people["person:mahmoud-ahmadinejad"]
    assert {p.source.split(":")[0] for p in ahmadinejad} >= {"phoenix", "wikipedia"}
    assert {p.rank for p in ahmadinejad if p.source.startswith("wikipedia")} == {2}
    assert {p.rank for p in ahmadinejad if p.source.startswith("phoenix")} == {1}
    # Wikipedia's "2009–2017" is outranked by our exact term: no president for most of 2017
    obama = knowledge.people["person:barack-obama"]
    assert not any(p.source.startswith("wikipedia") for p in obama)
    assert knowledge.person_at("person:barack-obama", dt.date(2017, 6, 1))[1] is True
    for path in build.KB_DIR.glob("[pw]*-*.tsv"):
        head = path.read_text(encoding="utf-8").splitlines()[:2]
        assert "licence" in head[0] and build.COMMAND in head[1]


@pytest.mark.slow
def test_report_lists_sources_and_coverage():
    text = report(load_actor_knowledge())
    assert "| phoenix | people |" in text and "| wikipedia | people |" in text
    assert "UN member states" in text and "| 2015 |" in text


@pytest.mark.slow
def test_kb_show_prints_each_term_with_its_source(db_url):
    result = CliRunner().invoke(cli, ["kb", "show", "Mahmoud Ahmadinejad", "--date", "2012-01-01",
                                      "--db", db_url], catch_exceptions=False)
    assert "[wikipedia:List_of_state_leaders_in_the_21st_century]" in result.output
    assert "[phoenix:" in result.output
    report_json = json.loads(CliRunner().invoke(
        cli, ["kb", "show", "Mahmoud Ahmadinejad", "--json", "--db", db_url]).output)
    assert all(f.get("reference") for f in report_json["facts"])


def test_agents_macros_expand_and_things_are_not_roles():
    macros = {"PERSON": ["MAN", "WOMAN"]}
    assert build._expanded("CATTLE!PERSON! ", macros) == ["cattleman", "cattlewoman"]
    assert build._expanded("THE_PM", macros) == ["pm"]
    core = build.Core(set(), {}, {}, {}, {"police", "minister"})
    assert build._names_people("riot police", core) and build._names_people("rancher", core)
    assert not build._names_people("military base", core)


def test_kb_roles_add_phrases_and_the_core_file_wins(tmp_path):
    (tmp_path / "kb").mkdir()
    for name in build.CORE_FILES:
        (tmp_path / name).write_bytes((build.DATA_DIR / name).read_bytes())
    core = load_actor_knowledge(tmp_path)
    taken = next(p for p, r in core.roles.items() if r.kind == "role" and not r.plural)
    (tmp_path / "kb" / "phoenix-roles.tsv").write_text(
        "phrase\tsector\toffice\tkind\tsource\n"
        f"{taken}\tCRM\t\tmember\tphoenix:agents\nsodbuster\tAGR\t\tmember\tphoenix:agents\n",
        encoding="utf-8")
    knowledge = load_actor_knowledge(tmp_path)
    assert knowledge.roles[taken] == core.roles[taken]
    assert knowledge.roles["sodbuster"].sector == "AGR" and "sodbusters" in knowledge.roles
