"""resolve_mention: one free-standing mention string, coded."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import load_actor_knowledge, resolve_mention


@pytest.fixture(scope="module")
def knowledge():
    return load_actor_knowledge()


CASES = [
    # mention, date, country, sector
    ("The DEA", None, "USA", "COP"),
    ("Trump", "2022-04-01", "USA", "ELI"),
    ("Trump", "2025-03-01", "USA", "GOV"),
    ("Kenyan police", None, "KEN", "COP"),
    ("Hezbollah fighters", None, "LBN", "REB"),
    ("the UN refugee agency", None, "UNO", "REF"),
    ("Afghan refugees", None, "AFG", "REF"),
    ("Pakistani security forces", None, "PAK", "MIL"),
    ("Taliban", "2020-01-01", "AFG", "REB"),
    ("Taliban", "2022-01-01", "AFG", "GOV"),
    ("the Taliban", "2021-08-14", "AFG", "REB"),
    ("the Taliban", "2021-08-15", "AFG", "GOV"),
    ("India's Foreign Secretary Vikram Misri", "2025-01-09", "IND", "GOV"),
    ("Indian police", None, "IND", "COP"),
    ("Nigerian soldiers", None, "NGA", "MIL"),
    ("Israeli troops", None, "ISR", "MIL"),
    ("the Israeli army", None, "ISR", "MIL"),
    ("Syrian rebels", None, "SYR", "REB"),
    ("Somali militants", None, "SOM", "REB"),
    ("al-Shabaab", None, "SOM", "REB"),
    ("Boko Haram", None, "NGA", "REB"),
    ("the Houthis", None, "YEM", "REB"),
    ("Hamas", None, "PSE", "REB"),
    ("Lashkar-e-Taiba", None, "PAK", "REB"),
    ("the TTP", None, "PAK", "REB"),
    ("ISI", None, "PAK", "SPY"),
    ("the CIA", None, "USA", "SPY"),
    ("the FBI", None, "USA", "COP"),
    ("the Pentagon", None, "USA", "MIL"),
    ("the State Department", None, "USA", "GOV"),
    ("the White House", None, "USA", "GOV"),
    ("the Kremlin", None, "RUS", "GOV"),
    ("NATO", None, "IGO", "MIL"),
    ("the European Union", None, "EUR", "GOV"),
    ("the World Health Organization", None, "UNO", "MED"),
    ("UNICEF", None, "UNO", "SOC"),
    ("the Red Cross", None, "NGO", "MED"),
    ("the World Bank", None, "IGO", "BUS"),
    ("the BJP", None, "IND", "PTY"),
    ("the External Affairs Ministry", None, "IND", "GOV"),
    ("Bangladeshi students", None, "BGD", "EDU"),
    ("Egyptian protesters", None, "EGY", "CVL"),
    ("Turkish journalists", None, "TUR", "JRN"),
    ("French doctors", None, "FRA", "MED"),
    ("Chinese businessmen", None, "CHN", "BUS"),
    ("Iranian lawmakers", None, "IRN", "LEG"),
    ("the Pakistani parliament", None, "PAK", "LEG"),
    ("a Kenyan court", None, "KEN", "JUD"),
    ("Ukrainian officials", None, "UKR", "GOV"),
    ("the Russian foreign ministry", None, "RUS", "GOV"),
    ("the British government", None, "GBR", "GOV"),
    ("the Saudi foreign minister", None, "SAU", "GOV"),
    ("Qatari mediators", None, "QAT", "GOV"),
    ("Emirati officials", None, "ARE", "GOV"),
    ("the US ambassador", None, "USA", "GOV"),
    ("U.S. troops", None, "USA", "MIL"),
    ("Mexican drug traffickers", None, "MEX", "CRM"),
    ("Colombian farmers", None, "COL", "AGR"),
    ("Brazilian workers", None, "BRA", "LAB"),
    ("Myanmar's military", None, "MMR", "MIL"),
    ("Filipino activists", None, "PHL", "CVL"),
    ("Sudanese refugees", None, "SDN", "REF"),
    ("former Pakistani prime minister", None, "PAK", "ELI"),
    ("Imran Khan", "2020-01-01", "PAK", "GOV"),
    ("Imran Khan", "2024-01-01", "PAK", "ELI"),
    ("Amir Khan Muttaqi", "2023-05-01", "AFG", "GOV"),
    ("Sheikh Hasina", "2024-09-01", "BGD", "ELI"),
    ("Narendra Modi", "2024-01-01", "IND", "GOV"),
    ("Xi Jinping", "2024-01-01", "CHN", "GOV"),
    ("Sergey Lavrov", "2023-01-01", "RUS", "GOV"),
    ("Volodymyr Zelensky", "2023-01-01", "UKR", "GOV"),
    ("Erdogan", "2023-01-01", "TUR", "GOV"),
    ("Angela Merkel", "2023-01-01", "DEU", "ELI"),
    ("Jaishankar", "2023-01-01", "IND", "GOV"),
    ("Kenyan riot police", None, "KEN", "COP"),
    ("unknown gunmen", None, None, "UAF"),
    ("militants", None, None, "REB"),
]


@pytest.mark.parametrize(("mention", "date", "country", "sector"), CASES)
def test_mention_is_coded_with_country_and_sector(nlp, knowledge, mention, date, country, sector):
    day = dt.date.fromisoformat(date) if date else None
    entity = resolve_mention(mention, date=day, knowledge=knowledge, nlp=nlp)
    assert (entity.country, entity.sector) == (country, sector)


def test_offsets_are_relative_to_the_mention(nlp, knowledge):
    entity = resolve_mention("India's Foreign Secretary Vikram Misri", knowledge=knowledge, nlp=nlp)
    assert (entity.start, entity.end, entity.text) == (0, 38, "India's Foreign Secretary Vikram Misri")


def test_title_gives_name_and_office(nlp, knowledge):
    entity = resolve_mention("India's Foreign Secretary Vikram Misri", date=dt.date(2025, 1, 9),
                             knowledge=knowledge, nlp=nlp)
    assert (entity.name, entity.office, entity.known_as) == (
        "Vikram Misri", "Foreign Secretary", "person:vikram-misri")


def test_uncodable_mention_keeps_text_and_nothing_else(nlp, knowledge):
    entity = resolve_mention("the weather", knowledge=knowledge, nlp=nlp)
    assert (entity.text, entity.country, entity.sector) == ("the weather", None, None)


def test_context_codes_a_bare_surname(nlp, knowledge):
    context = "India's ambassador to Qatar, Deepak Mittal, met officials. Mittal said little."
    entity = resolve_mention("Mittal said", context=context, knowledge=knowledge, nlp=nlp)
    assert (entity.country, entity.sector) == ("IND", "GOV")


def test_a_country_word_the_parse_split_off_still_counts(nlp, knowledge):
    entity = resolve_mention("Baloch separatists", knowledge=knowledge, nlp=nlp)
    assert (entity.country, entity.sector) == ("PAK", "REB")
