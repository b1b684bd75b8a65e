"""Resolution when the exact name is unknown: places, organisation patterns, titles with the
article's country, demonym groups, surnames within a document, and ambiguous names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections import Counter

import pytest

from eventwire.actors import load_actor_knowledge
from eventwire.actors.affiliation import org_name_sector
from eventwire.actors.document import code_doc
from eventwire.actors.places import dominant_country, place_country
from eventwire.actors.tables import DATA_DIR
from eventwire.where.gazetteer import Candidate

DATE = dt.date(2024, 5, 1)


def _core(folder):
    """The hand-written tables without the growing kb/ files, so that these tests keep
    exercising resolution of names the knowledge base does not know."""
    for name in ("countries.tsv", "sectors.tsv", "cues.tsv", "organisations.tsv", "people.tsv"):
        shutil.copy(DATA_DIR / name, folder / name)
    (folder / "kb").mkdir()
    return folder


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory):
    return load_actor_knowledge(_core(tmp_path_factory.mktemp("core")))


def _coded(nlp, knowledge, text, date=DATE):
    return code_doc(nlp(text), text, knowledge, date)


def _one(entities, text):
    found = [e for e in entities if e.text == text]
    assert len(found) == 1, [(e.text, e.country, e.sector) for e in entities]
    return found[0]


def _candidate(country, population, kind="city", alternate=False):
    return Candidate(0, None, "x", country, None, None, None, None, population, kind, alternate)


# ---- choosing a place's country -----------------------------------------------------

def test_a_dominant_city_names_its_country():
    readings = [_candidate("AUS", 2_000_000), _candidate("GBR", 47_000)]
    assert place_country(readings, Counter(), tagged=True) == "AUS"


def test_two_big_readings_are_left_alone_unless_the_article_decides():
    readings = [_candidate("GBR", 145_000), _candidate("CAN", 130_000)]
    assert place_country(readings, Counter(), tagged=True) is None
    assert place_country(readings, Counter({"CAN": 2}), tagged=True) == "CAN"


def test_an_untagged_word_needs_a_big_reading():
    readings = [_candidate("GBR", 300_000)]
    assert place_country(readings, Counter(), tagged=True) == "GBR"
    assert place_country(readings, Counter(), tagged=False) is None


def test_divisions_without_population_count_as_big():
    assert place_country([_candidate("NGA", 0, "admin1")], Counter(), tagged=True) == "NGA"
    tied = [_candidate("PAK", 0, "admin1"), _candidate("IND", 0, "admin1")]
    assert place_country(tied, Counter(), tagged=True) is None
    assert place_country(tied, Counter({"PAK": 1}), tagged=True) == "PAK"


def test_dominant_country_needs_a_clear_majority():
    assert dominant_country(Counter({"PER": 3, "USA": 1})) == "PER"
    assert dominant_country(Counter({"PER": 2, "USA": 2})) is None
    assert dominant_country(Counter({"ZAF": 1})) is None


# ---- places in mentions -------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Lagos authorities closed the market on Monday.", "Lagos authorities", "NGA", "GOV"),
    ("Mosul police arrested three men.", "Mosul police", "IRQ", "COP"),
    ("Texas officials said the border was open.", "Texas officials", "USA", "GOV"),
    ("The University of Lagos closed on Friday.", "The University of Lagos", "NGA", "EDU"),
    ("The Bank of Japan raised interest rates.", "The Bank of Japan", "JPN", "GOV"),
    ("The Nigerian Central Bank cut rates.", "The Nigerian Central Bank", "NGA", "GOV"),
    ("The Peruvian Interior Ministry issued a statement.", "The Peruvian Interior Ministry",
     "PER", "GOV"),
])
def test_place_and_organisation_patterns(nlp, knowledge, text, mention, country, sector):
    entity = _one(_coded(nlp, knowledge, text), mention)
    assert (entity.country, entity.sector) == (country, sector)


def test_a_city_standing_alone_is_its_country(nlp, knowledge):
    entity = _one(_coded(nlp, knowledge, "Perth said on Monday it would raise taxes."), "Perth")
    assert entity.country == "AUS"


def test_a_division_two_countries_share_stays_uncoded(nlp, knowledge):
    entity = _one(_coded(nlp, knowledge, "Punjab police arrested a man."), "Punjab police")
    assert (entity.country, entity.sector) == (None, "COP")


def test_a_common_word_is_no_place(nlp, knowledge):
    entity = _one(_coded(nlp, knowledge, "He said that Reading officials met on Friday."),
                  "Reading officials")
    assert entity.country is None


def test_places_can_be_turned_off(nlp, knowledge):
    off = dataclasses.replace(knowledge, places=False)
    entity = _one(_coded(nlp, off, "Mosul police arrested three men."), "Mosul police")
    assert entity.country is None


# ---- titles, groups, surnames -------------------------------------------------------

PERU = ("Peru's government faces protests. Peru's economy grew. Interior Minister Ana Torres "
        "said police would act. Torres said more later.")


def test_title_takes_the_articles_country_and_the_surname_follows(nlp, knowledge):
    entities = _coded(nlp, knowledge, PERU)
    torres = _one(entities, "Interior Minister Ana Torres")
    assert (torres.country, torres.sector, torres.office) == ("PER", "GOV", "Interior Minister")
    later = _one(entities, "Torres")
    assert (later.country, later.sector, later.office) == ("PER", "GOV", "Interior Minister")


def test_no_country_when_the_article_has_none_clearly(nlp, knowledge):
    text = ("Peru and Chile signed a deal. Peru and Chile will meet again. "
            "Interior Minister Ana Torres said police would act.")
    assert _one(_coded(nlp, knowledge, text), "Interior Minister Ana Torres").country is None


def test_a_surname_two_people_share_stays_ambiguous(nlp, knowledge):
    text = ("Peru's government faces protests. Peru's economy grew. Interior Minister Ana Torres "
            "met Finance Minister Luis Torres. Torres said the talks went well.")
    entities = _coded(nlp, knowledge, text)
    assert _one(entities, "Finance Minister Luis Torres").office == "Finance Minister"
    later = _one(entities, "Torres")
    assert (later.known_as, later.name, later.office) == (None, None, None)
    assert (later.country, later.sector) == ("PER", "GOV")


def test_a_bare_state_body_is_the_articles_countrys(nlp, knowledge):
    text = ("Greece's parliament met. Greek unions called a strike. Police said they made 86 "
            "arrests. Opposition parties called for elections.")
    entities = _coded(nlp, knowledge, text)
    assert (_one(entities, "Police").country, _one(entities, "Police").sector) == ("GRC", "COP")
    assert _one(entities, "Opposition parties").country == "GRC"


def test_a_bare_state_body_without_a_clear_country_stays_uncoded(nlp, knowledge):
    text = "Greece and Turkey traded accusations. Police said they made 86 arrests."
    assert _one(_coded(nlp, knowledge, text), "Police").country is None


def test_people_fired_at_are_a_target_not_a_place(nlp, knowledge):
    text = "Israeli troops fired tear gas at Palestinian demonstrators on Friday."
    entity = _one(_coded(nlp, knowledge, text), "Palestinian demonstrators")
    assert (entity.country, entity.sector) == ("PSE", "CVL")


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Ordinary Uzbeks are angry about prices.", "Ordinary Uzbeks", "UZB", "CVL"),
    ("Afghan women protested in the capital.", "Afghan women", "AFG", "CVL"),
    ("Syrian refugees crossed the border.", "Syrian refugees", "SYR", "REF"),
    ("Angry Serbs marched on Sunday.", "Angry Serbs", "SRB", "CVL"),
])
def test_demonym_groups(nlp, knowledge, text, mention, country, sector):
    entity = _one(_coded(nlp, knowledge, text), mention)
    assert (entity.country, entity.sector) == (country, sector)


# ---- ambiguous knowledge-base names -------------------------------------------------

@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """The shipped tables with two people sharing an alias, and a person whose surname is a
    country's name."""
    folder = _core(tmp_path_factory.mktemp("kb"))
    (folder / "people.tsv").write_text(
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\n"
        "person:zora-valdane\tZora Valdane\tValdane\tLVA\tGOV\tForeign Minister\t2020-01-01\t\n"
        "person:omar-valdane\tOmar Valdane\tValdane\tEGY\tGOV\tDefence Minister\t2020-01-01\t\n"
        "person:ida-quell\tIda Quell\tQuell\tNOR\tGOV\tFinance Minister\t2010-01-01\t2015-12-31\n"
        "person:per-quell\tPer Quell\tQuell\tSWE\tGOV\tPrime Minister\t2016-01-01\t\n"
        "person:ana-chile\tAna Chile\tChile\tBOL\tGOV\tMinister\t2020-01-01\t\n",
        encoding="utf-8")
    return load_actor_knowledge(folder)


def test_a_shared_alias_with_nothing_to_decide_is_reported(nlp, crowded):
    entity = _one(_coded(nlp, crowded, "Valdane said the talks failed."), "Valdane")
    assert (entity.known_as, entity.country, entity.sector) == (None, None, "GOV")


def test_the_articles_country_decides_a_shared_alias(nlp, crowded):
    text = "Egypt's army moved. Egypt's parliament met. Valdane said the talks failed."
    entity = _one(_coded(nlp, crowded, text), "Valdane")
    assert (entity.known_as, entity.country) == ("person:omar-valdane", "EGY")


def test_the_date_decides_a_shared_alias(nlp, crowded):
    entity = _one(_coded(nlp, crowded, "Quell said the talks failed."), "Quell")
    assert (entity.known_as, entity.country) == ("person:per-quell", "SWE")


def test_a_country_is_no_ones_surname(nlp, crowded):
    entity = _one(_coded(nlp, crowded, "Chile said the talks failed."), "Chile")
    assert (entity.known_as, entity.country) == (None, "CHL")


def test_a_known_surname_in_another_full_name_is_someone_else(nlp, crowded):
    text = "Latvian Foreign Minister Janis Valdane arrived."
    entity = _one(_coded(nlp, crowded, text), text[:-len(" arrived.")])
    assert (entity.known_as, entity.country) == (None, "LVA")


def test_the_role_noun_decides_a_shared_acronym(nlp, tmp_path_factory):
    folder = _core(tmp_path_factory.mktemp("acronym"))
    (folder / "organisations.tsv").write_text(
        "id\tname\taliases\tcountry\tsector\tstart\tend\n"
        "org:zorn-rebel-front\tZorn Rebel Front\tZRF\tSDN\tREB\t\t\n"
        "org:zorn-reporters-forum\tZorn Reporters Forum\tZRF\tNGO\tSOC\t\t\n", encoding="utf-8")
    knowledge = load_actor_knowledge(folder)
    fighters = _one(_coded(nlp, knowledge, "ZRF fighters attacked the town."), "ZRF fighters")
    assert (fighters.country, fighters.sector, fighters.known_as) == (
        "SDN", "REB", "org:zorn-rebel-front")
    alone = _one(_coded(nlp, knowledge, "ZRF said the town was calm."), "ZRF")
    assert (alone.country, alone.known_as) == (None, None)


# ---- what an unknown name's own words say (actors/affiliation.py) -----------------------

@pytest.mark.parametrize(("name", "sector"), [
    ("Quillmore Advisors", "BUS"),
    ("Bright Harbour Films", "BUS"),
    ("Tallow Creek Distributors Ltd.", "BUS"),
    ("The Marlow Daily", "JRN"),
    ("Riverside Community News Service", "JRN"),
    ("the Halvorsen Institute of Maritime Studies", "EDU"),
    ("the Okafor Center for Survey Research", "EDU"),
    ("Stillwater Treatment Center", "MED"),
    ("Quillmore Holdings", "BUS"),
    ("the Harbour Committee", None),
])
def test_an_organisation_name_says_what_it_is(name, sector):
    assert org_name_sector(name) == sector


BRIDGEPORT = ("The United States mourned. American officials spoke in Washington. "
              "The shootings at Quillmore Advisors shocked the town. Quillmore Advisors "
              "said it would reopen. Tomas Reyvik, a senior fellow at the Halvorsen Institute "
              "in Norway, said workplaces need plans. Reyvik said more later.")


def test_an_unknown_company_is_in_the_articles_country(nlp, knowledge):
    entities = _coded(nlp, knowledge, BRIDGEPORT)
    found = [e for e in entities if e.text == "Quillmore Advisors"]
    assert len(found) == 2   # after "at" a noun, a named organisation is an actor too
    assert {(e.country, e.sector) for e in found} == {("USA", "BUS")}


def test_a_person_takes_the_organisation_the_text_places_them_at(nlp, knowledge):
    entities = _coded(nlp, knowledge, BRIDGEPORT)
    institute = _one(entities, "the Halvorsen Institute")
    assert (institute.country, institute.sector) == ("NOR", "EDU")   # "in Norway"
    person = [e for e in entities if e.text.startswith("Tomas Reyvik")][0]
    assert (person.country, person.sector) == ("NOR", "EDU")
    assert (_one(entities, "Reyvik").country, _one(entities, "Reyvik").sector) == ("NOR", "EDU")


def test_a_demonym_inside_an_organisation_name_gives_its_country(nlp, knowledge):
    text = "The Estonian Policy Institute wrote that the plan would fail."
    entity = [e for e in _coded(nlp, knowledge, text) if "Institute" in e.text][0]
    assert (entity.country, entity.sector) == ("EST", "EDU")


def test_an_untitled_unknown_person_is_a_private_person(nlp, knowledge):
    text = ("Pakistan's army said the siege was over. Pakistani officials counted the dead. "
            "Nadeem Qasrani said he ran for his life. Qasrani said he was lucky.")
    entities = _coded(nlp, knowledge, text)
    assert (_one(entities, "Nadeem Qasrani").country,
            _one(entities, "Nadeem Qasrani").sector) == ("PAK", "CVL")
    assert _one(entities, "Qasrani").sector == "CVL"


def test_a_titled_or_affiliated_person_is_no_private_person(nlp, knowledge):
    text = "Dora Velinska, a policy expert at the Marlow Daily, said prices would rise."
    person = [e for e in _coded(nlp, knowledge, text) if e.text.startswith("Dora")][0]
    assert person.sector == "JRN"


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Republican Representative Dale Hollis said the bill would pass.",
     "Republican Representative Dale Hollis", "LEG"),
    ("Sen. Martha Quayle said the bill would pass.", "Sen. Martha Quayle", "LEG"),
    ("Rep. Martha Quayle said the bill would pass.", "Rep. Martha Quayle", "LEG"),
])
def test_a_legislators_title_before_a_name(nlp, knowledge, text, mention, sector):
    assert _one(_coded(nlp, knowledge, text), mention).sector == sector


def test_a_representative_of_a_body_is_no_legislator(nlp, knowledge):
    text = "A representative of the union, Dale Hollis, said the strike would go on."
    assert all(e.sector != "LEG" for e in _coded(nlp, knowledge, text))


def test_a_countrys_name_that_is_a_division_of_the_articles_country(nlp, knowledge):
    text = ("The United States debated the law. American judges in Atlanta disagreed. "
            "Georgia prosecutors said they needed more jurors.")
    entity = _one(_coded(nlp, knowledge, text), "Georgia prosecutors")
    assert (entity.country, entity.sector) == ("USA", "JUD")
    abroad = "Georgia prosecutors charged the former minister in Tbilisi."
    assert _one(_coded(nlp, knowledge, abroad), "Georgia prosecutors").country == "GEO"


def test_a_title_whose_sector_is_its_organisations_takes_a_named_one(nlp, knowledge):
    text = "Daniel Foster, head of sales for Westbridge Motors, said the plant would close."
    person = [e for e in _coded(nlp, knowledge, text) if e.text.startswith("Daniel Foster")][0]
    assert person.sector == "BUS"


@pytest.mark.parametrize(("text", "sector"), [
    ("Police arrested Nadeem Qasrani on Friday.", "CRM"),
    ("Nadeem Qasrani was convicted of fraud last year.", "CRM"),
    ("Nadeem Qasrani was injured in the blast.", "CVL"),
])
def test_a_private_person_the_text_accuses_is_crm(nlp, knowledge, text, sector):
    assert _one(_coded(nlp, knowledge, text), "Nadeem Qasrani").sector == sector


def test_given_names_that_are_not_the_known_persons_make_another_person(nlp):
    full = load_actor_knowledge()
    text = ("Wladimir Klitschko defended his heavyweight belts in a bout on Saturday night. "
            "The 35-year-old Klitschko won on points.")
    coded = [e for e in _coded(nlp, full, text) if "Klitschko" in e.text]
    assert coded and all(e.known_as is None and e.sector != "GOV" for e in coded)


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("The talks stalled after the Russians rejected the proposal.", "the Russians", "GOV"),
    ("Ordinary Russians queued for bread in the cold.", "Ordinary Russians", "CVL"),
])
def test_the_plural_demonym_as_subject_is_the_state(nlp, knowledge, text, mention, sector):
    assert _one(_coded(nlp, knowledge, text), mention).sector == sector


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Republican lawmakers blocked the bill on Tuesday.", "Republican lawmakers", "USA"),
    ("The measure failed when Democratic senators voted against it.", "Democratic senators",
     "USA"),
])
def test_a_party_adjective_gives_a_legislators_country(nlp, knowledge, text, mention, country):
    entity = _one(_coded(nlp, knowledge, text), mention)
    assert (entity.country, entity.sector) == (country, "LEG")


def test_a_country_name_ending_a_longer_place_is_that_place(nlp, knowledge):
    text = "Dana Whitfield, a lecturer at the University of New South Wales, disagreed."
    entity = _one(_coded(nlp, knowledge, text), "the University of New South Wales")
    assert (entity.country, entity.sector) == ("AUS", "EDU")


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("A gunman shot two guards before he fled, and authorities said the suspect was armed.",
     "authorities", "COP"),
    ("Authorities said the vote would go ahead in May.", "Authorities", "GOV"),
])
def test_bare_authorities_in_a_crime_story_are_the_police(nlp, knowledge, text, mention, sector):
    assert _one(_coded(nlp, knowledge, text), mention).sector == sector


@pytest.mark.parametrize(("date", "sector"), [
    (dt.date(2016, 9, 15), "PTY"),   # months before his first term: a candidate
    (dt.date(2018, 3, 1), "GOV"),
    (dt.date(2023, 2, 1), "ELI"),    # out of office, the next term two years away
    (dt.date(2024, 9, 1), "PTY"),
])
def test_a_future_president_is_a_candidate_in_the_months_before(nlp, knowledge, date, sector):
    text = "Donald Trump spoke at a rally in Ohio."
    assert _one(_coded(nlp, knowledge, text, date), "Donald Trump").sector == sector
