"""Review of round 28 places (commit affbe13): places glued to a hyphen inside one token
("U.S.-led"), a US postal code after "Town," as its state, venues after "at" placed in the town
named with them, and "X, R" taking X's namesake near the county or region R. Probed first for
over-reach: a glued country must not become the event's place or pull other towns to itself, a
code that is a word must not be read as a state in prose, an organisation aimed at is not a
venue. Every passage is our own (imagined events).
"""

from __future__ import annotations

import pytest

from eventwire.where.gazetteer import distance_km
from tests.where.conftest import overlapping, places_of

WITHIN_KM = 161.0

# (passage, {toponym as written: (country, lat, lon)})
PLACED: list[tuple[str, dict[str, tuple[str, float | None, float | None]]]] = [
    # glued to a hyphen, the other places of the sentence keep their own country
    ("U.S.-led forces bombed a bridge near Mosul on Tuesday.", {"Mosul": ("IRQ", 36.34, 43.13)}),
    ("Pro-Russia protesters rallied in Chisinau on Sunday.", {"Chisinau": ("MDA", 47.0, 28.86)}),
    ("Anti-India militants attacked a checkpoint in Kashmir, police said.", {"Kashmir": ("IND", None, None)}),
    ("Iran-backed rebels fired drones at a port in Yemen on Friday.", {"Yemen": ("YEM", None, None)}),
    ("The Paris-Dakar rally set off on Saturday.",
     {"Paris": ("FRA", 48.86, 2.35), "Dakar": ("SEN", 14.69, -17.44)}),
    ("The E.U.-brokered truce collapsed in Libya on Monday.", {"Libya": ("LBY", None, None)}),
    # glued: the place after the hyphen too
    ("The U.S.-China trade talks resumed in Geneva on Monday.",
     {"China": ("CHN", None, None), "Geneva": ("CHE", 46.2, 6.15)}),
    ("Talks on the U.S.-Mexico border resumed in Tijuana on Friday.",
     {"Mexico": ("MEX", None, None), "Tijuana": ("MEX", 32.5, -117.0)}),
    # postal codes that close a US place
    ("Protesters marched in Portland, ME, and in Boston on Saturday.",
     {"Portland": ("USA", 43.66, -70.26), "ME": ("USA", None, None)}),
    ("Voters in Columbus, OH, backed a school levy.", {"Columbus": ("USA", 39.96, -83.0)}),
    ("Jim was born in Richmond, VA, and moved to Ohio.", {"Richmond": ("USA", 37.54, -77.43)}),
    ("Police in Dallas, TX arrested three men on Sunday.", {"Dallas": ("USA", 32.78, -96.8)}),
    ("Police in Lancaster, PA, said the road would reopen.", {"Lancaster": ("USA", 40.04, -76.3)}),
    # venues after "at"
    ("Gunmen launched an attack at the Marriott in Islamabad on Saturday.",
     {"Marriott": ("PAK", 33.7, 73.06)}),
    ("Police arrested two men at Heathrow in London on Monday.", {"Heathrow": ("GBR", 51.47, -0.45)}),
    ("Talks at Google in London ended on Monday without a deal.", {"London": ("GBR", 51.51, -0.13)}),
    # "X, R": R a region of X's country, X a big city, or R a state or province
    ("Talks in London, Ontario, on a new transit line ended on Friday.",
     {"London": ("CAN", 42.98, -81.25)}),
    ("Police in Perth, Scotland, arrested a man after a stabbing.", {"Perth": ("GBR", 56.4, -3.43)}),
    ("A man was arrested in Ripon, Yorkshire, on Friday.", {"Ripon": ("GBR", 54.14, -1.52)}),
    ("Floods cut off Tewkesbury, Gloucestershire, on Monday.", {"Tewkesbury": ("GBR", 51.99, -2.16)}),
    ("Tourists were stranded in Gulmarg, Kashmir, after heavy snow.", {"Gulmarg": ("IND", 34.05, 74.38)}),
    ("Floods hit Boston, Lincolnshire, on Sunday.", {"Boston": ("GBR", 52.98, -0.03)}),
]

# (passage, {toponym: (country, lat, lon)}, why it is not mended in this review)
# fixed since by places29 (owner-modifier countries give no context; UK and Irish counties)
PLACED += [
    ("A U.S.-based charity opened a clinic in Geneva on Monday.", {"Geneva": ("CHE", 46.2, 6.15)}),
    ("A bomb exploded in Kingston, Surrey, on Monday.", {"Kingston": ("GBR", 51.41, -0.3)}),
    ("A man was stabbed in Newcastle, County Down, on Friday.", {"Newcastle": ("GBR", 54.2, -5.89)}),
    ("Police in Hamilton, Lanarkshire, arrested two men on Sunday.", {"Hamilton": ("GBR", 55.78, -4.04)}),
]

# (passage, word that must yield no place)
NO_PLACE = [
    ("The Sino-Japanese summit ended without a deal.", "Sino"),
    ("Officials in Salem, OR a nearby town, asked for more buses.", "OR"),
    ("Officials in Springfield, IN a statement on Monday, said the plant would close.", "IN"),
    ("Hello, IN the house, he shouted.", "IN"),
    ("Rockets were fired at Hezbollah in Tyre overnight, the army said.", "Hezbollah"),
    ("Protesters threw eggs at Shell in London on Monday.", "Shell"),
    ("The protest was aimed at Exxon in Houston, activists said.", "Exxon"),
    ("Hecklers shouted at Macron in Marseille on Friday.", "Macron"),
    ("Critics took a swipe at Ryanair in Dublin on Monday.", "Ryanair"),
]

# (passage, event trigger, country of the event's location)
EVENT_AT = [
    ("A U.S.-led coalition struck targets in Syria on Monday, the military said.", "struck", "SYR"),
    ("U.S.-led forces bombed a bridge near Mosul on Tuesday.", "bombed", "IRQ"),
    ("China-made drones were seized by customs officers in Lagos.", "seized", "NGA"),
    ("Gunmen launched an attack at the Marriott in Islamabad on Saturday.", "attack", "PAK"),
    ("Diplomats met at the United Nations in New York on Tuesday.", "met", "USA"),
    ("A U.K.-based charity sent food to refugees in Sudan.", "sent", "SDN"),
]


def placed_cases() -> list:
    params = [pytest.param(text, name, *where, id=f"{name}-{' '.join(text.split()[:2])}")
              for text, places in PLACED for name, where in places.items()]
    return params


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases())
def test_placed(nlp, gazetteer, text, name, country, lat, lon):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    shown = [(p.text, p.name, p.country, p.admin1, p.lat, p.lon) for p in found]
    assert all(p.country == country for p in found), shown
    if lat is not None:
        assert all(p.lat is not None and p.lon is not None
                   and distance_km(p.lat, p.lon, lat, lon) <= WITHIN_KM for p in found), shown


@pytest.mark.parametrize(("text", "word"), NO_PLACE, ids=[f"{w}-{t.split()[0]}" for t, w in NO_PLACE])
def test_no_place(nlp, gazetteer, text, word):
    found = overlapping(places_of(nlp, gazetteer, text), text, word)
    assert not found, [(p.text, p.name, p.country, p.admin1) for p in found]


@pytest.mark.parametrize(("text", "trigger", "country"), EVENT_AT, ids=[t for _, t, _ in EVENT_AT])
def test_event_placed_where_it_happened(text, trigger, country):
    from eventwire.pipeline import code_article
    from eventwire.records import Article

    article = code_article(Article(id="review-28b", text=text, published="2024-03-04"))
    events = [e for e in article.events if trigger in e.trigger.text]
    assert events, [e.trigger.text for e in article.events]
    shown = [(e.trigger.text, e.location and (e.location.text, e.location.country)) for e in events]
    assert all(e.location is not None and e.location.country == country for e in events), shown


# (passage, event trigger): a place glued to a hyphen names an origin or a party, not the scene
UNPLACED_EVENT = [
    ("Ministers at the U.K.-led summit agreed on migrant patrols.", "agreed"),
    ("Ministers at the U.K.-France summit agreed on migrant patrols.", "agreed"),
]


@pytest.mark.parametrize(("text", "trigger"), UNPLACED_EVENT, ids=[t.split()[3] for t, _ in UNPLACED_EVENT])
def test_glued_place_is_no_event_location(text, trigger):
    from eventwire.pipeline import code_article
    from eventwire.records import Article

    article = code_article(Article(id="review-28b", text=text, published="2024-03-04"))
    events = [e for e in article.events if trigger in e.trigger.text]
    assert events, [e.trigger.text for e in article.events]
    assert all(e.location is None for e in events), [(e.location.text, e.location.country)
                                                    for e in events if e.location]
