"""What report_facts reads from a coded article, and attribution checks over a whole article."""

from __future__ import annotations

import pytest

from eventwire.coverage import report_facts
from eventwire.coverage.attribution import check_article

pytestmark = pytest.mark.slow

QUETTA = ("Militants attacked a police post in Quetta on Monday, killing 12 police officers, "
          "Pakistan's interior ministry said.\n\nThe attack began before dawn.")


@pytest.fixture(scope="module")
def quetta():
    from eventwire.api import code_text

    coded = code_text(QUETTA, "2024-03-05", id="quetta").to_dict()
    coded.update(source=None, url="https://news.example.co.uk/world/quetta")
    return coded


def assault(coded):
    return next(e for e in coded["events"] if e["type"] == "ASSAULT" and e["size"]["dead"])


def test_a_report_carries_its_sentence_toll_date_place_and_attribution(quetta):
    facts = report_facts(quetta, assault(quetta))
    assert facts.sentence == QUETTA.split("\n")[0]
    assert (facts.dead, facts.date, facts.granularity) == (12, "2024-03-04", "day")
    assert (facts.place, facts.place_country) == ("Quetta", "PAK")
    assert facts.attribution == "Pakistan's interior ministry"
    assert ("recipient", "PAK") in [(p.role, p.country) for p in facts.parties]


def test_an_outlet_without_a_name_is_named_by_its_registered_domain(quetta):
    facts = report_facts(quetta, assault(quetta), published="2024-03-06")
    assert (facts.source, facts.domain, facts.published) == ("example.co.uk", "example.co.uk", "2024-03-06")


def test_quotes_near_the_sentence_come_with_their_speaker_and_country(quetta):
    quotes = report_facts(quetta, assault(quetta)).quotes
    assert [(q.speaker, q.speaker_country) for q in quotes] == [("Pakistan's interior ministry", "PAK")]


SELF_CONDEMNING = (
    "Pakistan's foreign ministry summoned Iran's envoy in Islamabad on Tuesday over a border "
    "incident.\n\nThe envoy was told that Islamabad expected answers within a week.\n\n"
    "In a later statement, the Foreign Ministry said: \"Pakistani aggression along the border "
    "must stop at once.\"")


def test_a_bare_ministry_resolved_by_an_earlier_mention_condemning_its_own_country_is_flagged():
    from eventwire.api import code_text

    coded = code_text(SELF_CONDEMNING, "2024-02-01", id="self").to_dict()
    found = check_article(coded, ["self:ev-1"])
    side = 'the Foreign Ministry (PAK) quoted: "Pakistani aggression"'
    assert [(d.kind, d.sides) for d in found] == [("attribution_to_check", {side: ["self:ev-1"]})]
