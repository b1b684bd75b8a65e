"""The curated US executive and state tables (``kb/curated-us-executive-people.tsv``,
``kb/curated-us-states-people.tsv``, issue #20): their rows code a name on its date, and a
holder whose last row has ended is a former official."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import load_actor_knowledge, resolve_mention
from eventwire.actors.tables import DATA_DIR, read_table

COLUMNS = ["id", "name", "aliases", "country", "sector", "office", "start", "end", "source"]


@pytest.fixture(scope="module")
def knowledge():
    return load_actor_knowledge()


def _code(nlp, knowledge, mention: str, day: str):
    entity = resolve_mention(mention, date=dt.date.fromisoformat(day), knowledge=knowledge, nlp=nlp)
    return entity.country, entity.sector, entity.office


@pytest.mark.parametrize(("mention", "day", "coded"), [
    # an Attorney General in office, then a former official
    ("Loretta Lynch", "2016-06-01", ("USA", "GOV", "Attorney General")),
    ("Loretta Lynch", "2018-06-01", ("USA", "ELI", None)),
    # the FBI is police (COP), as its organisation row
    ("James Comey", "2016-10-28", ("USA", "COP", "FBI Director")),
    # an alias, and a judge who later joined the cabinet
    ("Bill Barr", "2019-06-01", ("USA", "GOV", "Attorney General")),
    ("Merrick Garland", "2016-04-01",
     ("USA", "JUD", "Judge of the Court of Appeals for the District of Columbia Circuit")),
    ("Merrick Garland", "2023-04-01", ("USA", "GOV", "Attorney General")),
    # a campaign post (PTY), then a White House one
    ("Kellyanne Conway", "2016-10-01", ("USA", "PTY", "Trump presidential campaign manager")),
    ("Kellyanne Conway", "2018-10-01", ("USA", "GOV", "Counselor to the President")),
    # governors, and a mayor who left at the end of a term
    ("Andrew Cuomo", "2020-04-01", ("USA", "GOV", "Governor of New York")),
    ("Andrew Cuomo", "2022-04-01", ("USA", "ELI", None)),
    ("Ron DeSantis", "2023-06-01", ("USA", "GOV", "Governor of Florida")),
    ("Bill de Blasio", "2016-06-01", ("USA", "GOV", "Mayor of New York City")),
    ("Rudy Giuliani", "2019-06-01", ("USA", "ELI", None)),
    # a seat in a state legislature before a mayoralty
    ("Zohran Mamdani", "2025-06-01", ("USA", "LEG", "Member of the New York State Assembly")),
    ("Zohran Mamdani", "2026-06-01", ("USA", "GOV", "Mayor of New York City")),
    # a justice
    ("Ruth Bader Ginsburg", "2018-06-01", ("USA", "JUD", "Associate Justice of the Supreme Court")),
])
def test_a_curated_us_row_codes_the_name_on_its_date(nlp, knowledge, mention, day, coded):
    assert _code(nlp, knowledge, mention, day) == coded


def test_a_new_row_extends_a_person_another_file_holds(nlp, knowledge):
    """Mike Pence's vice-presidency is in people.tsv, his governorship here: one id."""
    assert _code(nlp, knowledge, "Mike Pence", "2015-06-01") == ("USA", "GOV", "Governor of Indiana")
    assert _code(nlp, knowledge, "Mike Pence", "2019-06-01") == ("USA", "GOV", "Vice President")


def test_each_state_has_a_governor_on_every_new_year_from_2015():
    """The governors' rows (most here, a few in other curated files) cover all fifty states
    with no gap on any 1 January 2015-2026: a gap would code a sitting governor as unknown."""
    files = [(DATA_DIR / "people.tsv", COLUMNS[:-1])]
    files += [(path, COLUMNS) for path in sorted((DATA_DIR / "kb").glob("curated-*-people.tsv"))]
    governors = [row for path, columns in files for _, row in read_table(path, columns)
                 if row["country"] == "USA" and row["office"].startswith("Governor of ")]
    states = {r["office"] for r in governors}
    assert len(states) == 50
    for year in range(2015, 2027):
        day = f"{year}-01-01"
        held = {r["office"] for r in governors
                if r["start"] <= day and (not r["end"] or day <= r["end"])}
        assert held == states, (year, sorted(states - held))
