"""Round 22b: names that look like other places.

Capital abbreviations of divisions ("WA", "NSW") that must not be read as a town of another
case; names that are both a far place and a local one, settled by the article's own geography;
a place name inside a company's name; a venue in a British story kept out of a guessed US
town; and two feature nouns in a row. The passages were written for this test (imagined or
general news). Each maps a toponym as written to the country (ISO alpha-3) a reader would give
it, and where it matters the first-level division's name; every place found over the toponym's
span must carry them, and at least one must be found.
"""

from __future__ import annotations

import pytest

from tests.where.conftest import places_of


def _overlapping(places, text, name):
    start = text.index(name)
    return [p for p in places if p.start < start + len(name) and start < p.end]


# (text, toponym, country, admin1 name or None)
PLACED: list[tuple[str, str, str, str | None]] = [
    # capital abbreviations of divisions, never a town of another case
    ("Bushfires near Albany in southern WA forced hundreds of families to leave their homes.",
     "WA", "AUS", None),
    ("The NSW government said trains between Sydney and Newcastle would run again on Monday.",
     "NSW", "AUS", None),
    ("Police in SA charged a man after a crash on a country road north of Adelaide.", "SA",
     "AUS", None),
    ("A cyclone crossed the coast of the NT near Darwin overnight, Australian forecasters said.",
     "NT", "AUS", None),
    ("Farmers across WA and Queensland welcomed the rain after a long dry spell.", "WA", "AUS",
     None),
    ("Parents in Perth, WA, asked the school board to delay the new term.", "Perth", "AUS",
     None),
    ("Lawmakers in DC voted to extend the rent freeze for another year.", "DC", "USA", None),
    ("Thousands marched in Washington, DC, on Saturday to demand cheaper housing.",
     "Washington", "USA", None),
    # names that are both a far place and a local one: the article's geography decides
    ("A warehouse fire in Suffolk sent smoke over Norfolk, Va., and Virginia Beach on Tuesday, "
     "fire officials said.", "Suffolk", "USA", "Virginia"),
    ("Commuters between Chesapeake, Suffolk and Portsmouth, Virginia, faced long delays after "
     "the bridge closed.", "Suffolk", "USA", "Virginia"),
    ("Voters in Poland, Maine, approved a new library at the town meeting.", "Poland", "USA",
     "Maine"),
    ("The school board in Poland, Ohio, hired a new superintendent on Monday.", "Poland",
     "USA", "Ohio"),
    ("The Kent County sheriff said two deputies were hurt in a crash near Dover, Delaware.",
     "Kent County", "USA", "Delaware"),
    ("A tornado damaged barns in Lebanon, Tennessee, and nearby towns east of Nashville.",
     "Lebanon", "USA", "Tennessee"),
    ("The mayor of Athens, Georgia, said the town would open two new cooling centres.",
     "Athens", "USA", "Georgia"),
    ("Flood water reached homes in Cambridge and Ely, Cambridgeshire police said.",
     "Cambridge", "GBR", None),
    ("Shoppers in Perth and Dundee faced empty shelves after the Scottish lorry strike.",
     "Perth", "GBR", None),
    ("Ambulances took the injured from Richmond and Fredericksburg, Virginia, to hospital.",
     "Richmond", "USA", "Virginia"),
    ("Suffolk County police found the stolen car near Riverhead, New York, the Suffolk "
     "Herald reported.", "Suffolk Herald", "USA", "New York"),
    # venues in a British story stay in Britain
    ("The show opens at the Princes Theatre in London next month, its Manchester producers "
     "said.", "London", "GBR", None),
    ("Fans queued outside the Palace Theatre in Manchester for the new musical, the Guardian "
     "reported.", "Manchester", "GBR", None),
    ("The Royal Albert Hall in London will host the charity concert, British organisers said.",
     "London", "GBR", None),
    # two feature nouns in a row read as one feature
    ("Factories in the Pearl River Delta cut shifts as export orders from Europe fell, Chinese "
     "officials said.", "Pearl River Delta", "CHN", None),
    ("Heavy rain flooded towns across the Yangtze River Delta near Shanghai on Sunday.",
     "Yangtze River Delta", "CHN", None),
    ("Fishermen in the Red River Delta of Vietnam lost their boats to the typhoon.",
     "Red River Delta", "VNM", None),
    # added with the change: "SA" is also South Africa's code, and the text decides
    ("The SA government said load shedding would end in Johannesburg and Cape Town.", "SA",
     "ZAF", None),
    ("Regional councils across NSW and QLD asked Canberra for flood money.", "QLD", "AUS",
     None),
    # must stay: read right before this round
    ("The mayor of Paris, Texas, said the town would repair its water tower.", "Paris", "USA",
     "Texas"),
    ("Riot police cleared the square in Warsaw, the capital of Poland, on Sunday.", "Poland",
     "POL", None),
    ("Storms knocked out power across Georgia, from Atlanta to Savannah.", "Georgia", "USA",
     None),
    ("Police in Sydney, New South Wales, arrested two men after the robbery.", "Sydney", "AUS",
     None),
    ("Students in Cambridge, Massachusetts, rallied outside City Hall on Friday.", "Cambridge",
     "USA", "Massachusetts"),
    ("The coastal town of Ipswich in Suffolk will get a new hospital wing, the NHS said.",
     "Suffolk", "GBR", None),
    ("Heavy snow closed roads in Kent and Sussex, British highway officials said.", "Kent",
     "GBR", None),
    ("Rockets struck southern Lebanon on Tuesday, officials in Beirut said.", "Lebanon", "LBN",
     None),
    ("Wildfires spread near Athens as Greek firefighters fought the flames.", "Athens", "GRC",
     None),
    ("Officials in Accra said the health clinic in Wa would reopen next week, Ghanaian media "
     "reported.", "Accra", "GHA", None),
    ("Flights from Brisbane to Perth were cancelled after the storm, Qantas said.", "Perth",
     "AUS", None),
    ("The UK said it would send more aid to Sudan.", "Sudan", "SDN", None),
    # added after the change, as must-stay cases of the new rules
    ("Prices in the US and the UK rose again in March, economists said.", "UK", "GBR", None),
    ("WA Police arrested two men in Perth after the robbery.", "WA", "AUS", None),
    # a US postal code among US places, an Australian one among Australian places (review)
    ("Wildfires spread in WA on Monday, officials in Seattle said.", "WA", "USA", "Washington"),
    ("Bushfires forced evacuations in WA, officials in Perth said on Monday.", "WA", "AUS", None),
]


# (text, name, country): a place name opening an organisation's name before a company word
# (Analytica, Capital, Partners, Group, Economics, Airways ...): the company is named after the
# famous place, so the name is read as that place, not as a namesake the article's own
# geography offers (Cambridge, Massachusetts; Oxford, Mississippi); None: no place at all.
# GeoWebNews counts such embedded names as toponyms, so they are kept and read by their fame.
EPONYMS: list[tuple[str, str, str | None]] = [
    ("Lawyers in Boston and Cambridge, Massachusetts, sued Cambridge Analytica over the data "
     "of American voters.", "Cambridge Analytica", "GBR"),
    ("Cambridge Analytica worked for two campaigns in Texas and Ohio, Senate investigators "
     "said.", "Cambridge Analytica", "GBR"),
    ("Oxford Economics said growth in Mississippi and Alabama would slow next year.",
     "Oxford Economics", "GBR"),
    ("Boston Capital sold its stake in a Lincolnshire wind farm, British regulators said.",
     "Boston Capital", "USA"),
    # must stay
    ("Cambridge Analytica harvested the data of millions of users without asking them.",
     "Cambridge Analytica", "GBR"),
    ("Shares in Virgin Atlantic fell after Dover Partners sold its stake.", "Dover Partners",
     None),
    ("Kenya Airways cancelled flights to Lagos because of the strike.", "Kenya Airways",
     "KEN"),
    ("Analysts at Geneva Group said oil prices would stay high through the winter.",
     "Geneva Group", "CHE"),
    ("Harvard University said it would cut its intake of graduate students.",
     "Harvard University", "USA"),
    ("The chief executive of Jordan Bank resigned after the audit.", "Jordan Bank", "JOR"),
]


# cases not fixed in round 22b, with the reason
NOT_YET: dict[str, str] = {
    "WA-0": "'WA' is also Washington's postal code since the review of round 22 (admin1.tsv); "
            "Albany is a town of both, and nothing reads 'bushfires' as Australian",
    "WA-40": "a code opening a sentence outside any entity ('WA Police') is not looked up: "
             "only after a place preposition, 'the' or a word of direction (hidden.CODE_OPENERS)",
    "SA-2": "'SA' codes South Africa and South Australia; NER misses 'Adelaide' here, and it is "
            "found only beside a place of Australia, so nothing else tells the country",
}


def _marks(key):
    return [pytest.mark.xfail(strict=True, reason=NOT_YET[key])] if key in NOT_YET else []


def _placed():
    return [pytest.param(*case, id=f"{case[1]}-{i}", marks=_marks(f"{case[1]}-{i}"))
            for i, case in enumerate(PLACED)]


@pytest.mark.parametrize(("text", "name", "country", "admin1"), _placed())
def test_placed(nlp, gazetteer, text, name, country, admin1):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    assert [p.country for p in found] == [country] * len(found), [(p.text, p.country) for p in found]
    if admin1:
        assert all(p.admin1 == admin1 for p in found), [(p.text, p.admin1) for p in found]


@pytest.mark.parametrize(("text", "name", "country"),
                         [pytest.param(*c, id=f"{c[1]}-{i}", marks=_marks(f"{c[1]}-{i}"))
                          for i, c in enumerate(EPONYMS)])
def test_named_after_a_place(nlp, gazetteer, text, name, country):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    assert all(p.country == country for p in found) if country else not found, [
        (p.text, p.country) for p in found]
