"""Comparison rules of coverage/discrepancies.py, on hand-built report facts."""

from __future__ import annotations

import pytest

from eventwire.coverage import Party, Quote, ReportFacts, find_discrepancies
from eventwire.coverage.discrepancies import article_discrepancies


def report(event_id: str, source: str, **facts) -> ReportFacts:
    """A report of a Doha-like meeting; `facts` override its fields. Each source is its own
    article unless `article_id` says otherwise."""
    base = dict(event_id=event_id, article_id=facts.pop("article_id", source), source=source, domain=None,
                url=None, published="2024-03-05", lag_days=None, first=False, sentence="They met.",
                type="CONSULT", mode=None,
                parties=[Party("actor", "India", "India", "IND", "GOV"),
                         Party("actor", "the Taliban", "Taliban", "AFG", "GOV")],
                date="2024-03-04", granularity="day", place="Doha", place_country="QAT",
                place_resolution="city")
    return ReportFacts(**{**base, **facts})


def kinds(reports: list[ReportFacts]) -> list[tuple[str, str]]:
    return [(d.kind, d.field) for d in find_discrepancies(reports)]


def test_identical_facts_raise_no_flag():
    assert find_discrepancies([report("a:1", "A"), report("b:1", "B"), report("c:1", "C")]) == []


def test_more_or_less_precise_facts_raise_no_flag():
    vaguer = report("b:1", "B", date="2024-03", granularity="month", place="Qatar",
                    place_resolution="country", parties=[Party("actor", "India", "India", "IND", "GOV")])
    assert kinds([report("a:1", "A"), vaguer, report("c:1", "C")]) == []


def test_different_death_tolls_name_each_side():
    found = find_discrepancies([report("a:1", "A", type="ASSAULT", dead=12),
                                report("b:1", "B", type="ASSAULT", dead=9)])
    assert [(d.kind, d.field, d.sides) for d in found] == [("toll", "dead", {"12": ["a:1"], "9": ["b:1"]})]


def test_a_toll_only_one_outlet_gives_is_only_one_not_a_disagreement():
    found = find_discrepancies([report("a:1", "A", injured=30), report("b:1", "B")])
    assert [(d.kind, d.field, d.sides) for d in found] == [
        ("only_one", "injured", {"30": ["a:1"], "not given": ["b:1"]})]


def test_a_toll_two_outlets_give_is_no_flag_when_a_third_is_silent():
    assert kinds([report("a:1", "A", dead=5), report("b:1", "B", dead=5), report("c:1", "C")]) == []


def test_an_article_giving_both_tolls_agrees_with_either():
    reports = [report("a:1", "A", dead=46), report("a:2", "A", dead=1), report("b:1", "B", dead=46)]
    assert kinds(reports) == []


def test_two_sentences_of_one_article_never_disagree():
    assert kinds([report("a:1", "A", dead=46), report("a:2", "A", dead=1)]) == []


def amount(value, unit="tonne", item=None):
    return {"value": value, "unit": unit, "item": item}


@pytest.mark.parametrize("one, other, flagged", [
    (amount(50000, item="wheat"), amount(40000, item="wheat"), True),
    (amount(50000, item="wheat"), amount(50000), False),
    (amount(50000, item="wheat"), amount(300, item="medicines"), False),
    (amount(50000, item="wheat"), amount(40000, unit="USD"), False),
])
def test_quantities_of_one_unit_and_item_that_differ(one, other, flagged):
    found = kinds([report("a:1", "A", quantities=[one]), report("b:1", "B", quantities=[other])])
    assert (("quantity", "tonne") in found) is flagged


@pytest.mark.parametrize("one, other, flagged", [
    (("2021-08-31", "day"), ("2021-08", "month"), False),
    (("2021-08-31", "day"), ("2021-08-30", "day"), True),
    (("2021-08-31", "day"), ("2021-08-30", "unknown"), False),
    (("2021-08-31", "day"), ("2021", "year"), False),
    (("2021-08-31", "day"), ("2021-07", "month"), True),
    (("2021-08-20..2021-08-31", "range"), ("2021-08-25", "day"), False),
    (("2021-08-20..2021-08-31", "range"), ("2021-09-02", "day"), True),
])
def test_dates_disagree_only_when_disjoint_at_their_granularity(one, other, flagged):
    reports = [report("a:1", "A", date=one[0], granularity=one[1]),
               report("b:1", "B", date=other[0], granularity=other[1])]
    assert (("date", "date") in kinds(reports)) is flagged


@pytest.mark.slow
@pytest.mark.parametrize("one, other, flagged", [
    (("Doha", "QAT", "city"), ("Dubai", "ARE", "city"), True),
    (("Doha", "QAT", "city"), ("Qatar", "QAT", "country"), False),
    (("Karachi", "PAK", "city"), ("Lahore", "PAK", "city"), True),
    (("Delhi", "IND", "city"), ("New Delhi", "IND", "city"), False),
    (("Peshawar", "PAK", "city"), ("Khyber Pakhtunkhwa", "PAK", "admin1"), False),
    (("Lahore", "PAK", "city"), ("Khyber Pakhtunkhwa", "PAK", "admin1"), True),
    # a town just across a provincial line from a city is another place
    (("Krasnogorsk", "RUS", "city"), ("Moscow", "RUS", "city"), True),
])
def test_places_disagree_when_they_exclude_each_other(one, other, flagged):
    reports = [report("a:1", "A", place=one[0], place_country=one[1], place_resolution=one[2]),
               report("b:1", "B", place=other[0], place_country=other[1], place_resolution=other[2])]
    assert (("place", "place") in kinds(reports)) is flagged


def test_other_party_countries_are_a_party_discrepancy():
    pakistan = [Party("actor", "India", "India", "IND", "GOV"),
                Party("actor", "Pakistan", "Pakistan", "PAK", "GOV")]
    found = find_discrepancies([report("a:1", "A"), report("b:1", "B", parties=pakistan)])
    assert [(d.kind, d.sides) for d in found] == [("party", {"AFG, IND": ["a:1"], "IND, PAK": ["b:1"]})]


def militants(*extra: Party, sentence: str = "Militants struck the base.") -> dict:
    return dict(type="ASSAULT", sentence=sentence,
                parties=[*extra, Party("recipient", "US troops", None, "USA", "MIL")])


def test_a_party_country_one_outlet_names_against_someone_else_is_a_party_discrepancy():
    iraqi = Party("actor", "an Iraqi group", None, "IRQ", "REB")
    unnamed = Party("actor", "militants", None, None, "REB")
    found = find_discrepancies([report("a:1", "A", **militants(unnamed)),
                                report("b:1", "B", **militants(iraqi))])
    assert [(d.kind, d.field, d.sides) for d in found] == [
        ("party", "actor IRQ", {"IRQ": ["b:1"], "militants": ["a:1"]})]


@pytest.mark.parametrize("other", [
    militants(Party("actor", "militants", None, None, "REB"), sentence="Militants from Iraq struck."),
    militants(Party("actor", "militants", None, None, "REB"), sentence="Iraqi militants struck."),
    militants(sentence="The base was struck."),
])
def test_a_party_country_the_other_outlet_mentions_or_leaves_unnamed_is_no_flag(other):
    iraqi = Party("actor", "an Iraqi group", None, "IRQ", "REB")
    found = find_discrepancies([report("a:1", "A", **other), report("b:1", "B", **militants(iraqi))])
    assert [d for d in found if d.kind in ("party", "only_one")] == []


def directed(actor: str, recipient: str) -> list[Party]:
    return [Party("actor", actor, actor, actor, "MIL"),
            Party("recipient", recipient, recipient, recipient, "CVL")]


def test_a_party_acting_in_one_report_and_acted_on_in_another_is_a_role_discrepancy():
    found = kinds([report("a:1", "A", type="ASSAULT", parties=directed("PAK", "AFG")),
                   report("b:1", "B", type="ASSAULT", parties=directed("AFG", "PAK"))])
    assert found == [("role", "role of AFG"), ("role", "role of PAK")]


def test_who_met_whom_is_no_role_discrepancy():
    assert kinds([report("a:1", "A", parties=directed("IND", "AFG")),
                  report("b:1", "B", parties=directed("AFG", "IND"))]) == []


@pytest.mark.parametrize("facts, flagged", [
    ({"attribution": "sources"}, True),
    ({"attribution": "media reports"}, True),
    ({"sentence": "They reportedly met."}, True),
    ({"modality": "reported_denied"}, True),
    ({"modality": "hypothetical"}, True),
    ({"attribution": "the External Affairs Ministry"}, False),
])
def test_asserted_in_one_outlet_and_hedged_or_denied_in_another(facts, flagged):
    assert (("modality", "modality") in kinds([report("a:1", "A"), report("b:1", "B", **facts)])) is flagged


@pytest.mark.parametrize("said_by, flagged", [
    (Quote("a Syrian monitoring group", "SYR", "They met."), True),      # a third party's word
    (Quote("India's foreign ministry", "IND", "They met."), False),      # a party's own account
    (Quote("officials", None, "They met."), False),                      # whose? not flagged
])
def test_asserted_in_one_outlet_and_given_on_a_third_party_s_word_in_another(said_by, flagged):
    other = report("b:1", "B", attribution=said_by.speaker, quotes=[said_by])
    found = find_discrepancies([report("a:1", "A"), other])
    assert [(d.field, d.sides) for d in found if d.kind == "modality"] == (
        [("attribution", {f"according to {said_by.speaker}": ["b:1"], "asserted": ["a:1"]})]
        if flagged else [])


def test_both_outlets_giving_a_third_party_s_word_is_no_flag():
    said_by = Quote("a Syrian monitoring group", "SYR", "They met.")
    both = [report(f"{x}:1", x, attribution=said_by.speaker, quotes=[said_by]) for x in "ab"]
    assert kinds(both) == []


def test_an_article_asserting_the_happening_anywhere_asserts_it():
    reports = [report("a:1", "A"), report("b:1", "B", attribution="sources"), report("b:2", "B")]
    assert kinds(reports) == []


def test_negated_in_one_outlet_and_not_in_another():
    found = find_discrepancies([report("a:1", "A"), report("b:1", "B", negated=True)])
    assert [(d.kind, d.field, d.sides) for d in found] == [
        ("modality", "negated", {"negated": ["b:1"], "not negated": ["a:1"]})]


WORDS = "We have had no contact of any kind with the Indian side"


@pytest.mark.parametrize("one, other, flagged", [
    (Quote("Suhail Shaheen", "AFG", WORDS), Quote("Zabihullah Mujahid", "AFG", WORDS + "."), True),
    (Quote("Suhail Shaheen", "AFG", WORDS), Quote("the foreign ministry", "IND", WORDS), True),
    (Quote("Suhail Shaheen", "AFG", WORDS), Quote("Shaheen", "AFG", WORDS), False),
    (Quote("Suhail Shaheen", "AFG", WORDS), Quote("a Taliban spokesman", "AFG", WORDS), False),
    (Quote("Suhail Shaheen", "AFG", WORDS), Quote("Zabihullah Mujahid", "AFG", "The talks went well"), False),
])
def test_the_same_words_quoted_from_different_speakers(one, other, flagged):
    found = find_discrepancies([report("a:1", "A", quotes=[one]), report("b:1", "B", quotes=[other])])
    assert (any(d.kind == "quote_speaker" for d in found)) is flagged


BIDEN = ("President Joe Biden", "USA", "We shall respond")


def coded(article_id: str, *quotes: tuple[str, str, str]) -> dict:
    """A coded article dict holding only quotes (speaker, its country, words)."""
    return {"id": article_id, "actors": [], "quotes": [
        {"speaker": {"text": speaker, "country": country}, "content": {"text": words}}
        for speaker, country, words in quotes]}


@pytest.mark.parametrize("one, other, flagged", [
    (BIDEN, ("Defence Secretary Lloyd Austin", "USA", "We shall respond"), True),
    (BIDEN, ("President Joe Biden", "USA", "We shall respond."), False),
    # a few words inside another's longer sentence are not the same quote
    (BIDEN, ("Lloyd Austin", "USA", "We shall respond to any attack at a time of our choosing"), False),
])
def test_quotes_anywhere_in_the_reporting_articles_are_compared(one, other, flagged):
    reports = [report("a:1", "A", article_id="A"), report("b:1", "B", article_id="B")]
    found = article_discrepancies(reports, [(coded("A", one), ["a:1"]), (coded("B", other), ["b:1"])])
    assert [d.sides for d in found if d.kind == "quote_speaker"] == (
        [{f"{one[0]} (USA)": ["a:1"], f"{other[0]} (USA)": ["b:1"]}] if flagged else [])


def test_an_article_quoting_both_speakers_agrees_with_either():
    austin = ("Lloyd Austin", "USA", "We shall respond")
    reports = [report("a:1", "A", article_id="A"), report("b:1", "B", article_id="B")]
    found = article_discrepancies(reports, [(coded("A", BIDEN, austin), ["a:1"]),
                                            (coded("B", BIDEN), ["b:1"])])
    assert [d for d in found if d.kind == "quote_speaker"] == []


@pytest.mark.slow
@pytest.mark.parametrize("speaker, country, words, flagged", [
    ("the Foreign Ministry", "IND", "Groups fighting the illegal Indian occupation of Kashmir", True),
    ("the Foreign Ministry", "IND", "We reject the so-called Indian occupation narrative", False),
    ("the Foreign Ministry", "PAK", "Groups fighting the illegal Indian occupation of Kashmir", False),
    ("the Foreign Ministry", "ISR", "Israel\u2019s occupation of the West Bank must end", True),
    ("the foreign ministry", "CHN", "It condemned illegal Chinese incursions into Philippine waters", True),
    ("the foreign ministry", "CHN", "China\u2019s illegal claims in the sea", True),
    ("the foreign ministry", "CHN", "Chinese provocations must stop", True),
    ("the foreign ministry", "CHN", "There were no Chinese incursions", False),
    ("the foreign ministry", "IND", "It will bring back illegal Indian migrants", False),
    ("a shopkeeper", "IND", "Groups fighting the illegal Indian occupation of Kashmir", False),
])
def test_a_government_body_condemning_its_own_country_is_to_check(speaker, country, words, flagged):
    found = find_discrepancies([report("a:1", "A", quotes=[Quote(speaker, country, words)])])
    assert ([d.sides for d in found if d.kind == "attribution_to_check"] != []) is flagged


@pytest.mark.slow
def test_a_bare_ministry_of_no_country_near_a_report_about_several_countries_is_to_check():
    bare = Quote("the foreign ministry", None, "We talked.")
    found = find_discrepancies([report("a:1", "A", quotes=[bare])])
    assert [(d.kind, d.field, d.sides) for d in found] == [
        ("attribution_to_check", "speaker country", {"the foreign ministry (country unclear)": ["a:1"]})]
