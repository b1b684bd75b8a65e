"""Review of round 26 actors (commit f29519d): a name the text says is a person's.

A ", who" clause is British usage for bodies too ("the club, who were relegated"): a name with
"the" before it, a plural last word ("Rovers", "Brothers") or a clause whose verb agrees with a
plural ("who run", "who were") is a body's, not a person's. A country written between a title
and a person's name belongs to the title ("EU special envoy for Sudan Ana Brecht"), even when the
recogniser ran the country into the name. The sentences and names are our own, invented; the last
cases are shapes whose coding must stay.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded, coding_params, unsolved
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # a title, a place, then the name: the name takes the title's office
    ('EU special envoy for Sudan Ana Brecht met the generals.', 'Ana Brecht', 'EUR', 'GOV'),
    ('UN envoy for Libya Tarek Mansour met the rivals. Mansour said talks would resume.', 'Mansour',
     'UNO', 'GOV'),
    unsolved('Amnesty director for Kenya Ana Brecht said the police killed three men.', 'Ana Brecht',
             'NGO', 'SOC', 'the recogniser tags the surname alone ORG, so no run holds the given name'),
    ('Minister for Foreign Affairs of Kenya Jane Otieno said the border was closed.',
     'Jane Otieno', 'KEN', 'GOV'),
    # an organisation with no "the" and no tag, placed by "of"
    ('Harlow Mining of South Africa said output fell.', 'Harlow Mining', 'ZAF', 'BUS'),
    # ---- must stay ----
    ('Oxfam, who run the camp, said food was short.', 'Oxfam', 'NGO', 'SOC'),
    ('Wells Fargo, who lent the money, sued the firm.', 'Wells Fargo', 'USA', 'BUS'),
    ('Gerald Ford visited Detroit. Ford said the plant would stay open.', 'Ford', 'USA', 'ELI'),
    ('Ana Ruiz, who chairs the Delmar Energy board, resigned.', 'Ana Ruiz', None, 'BUS'),
    ('The special envoy for Sudan said talks would resume.', 'special envoy', None, 'GOV'),
    ('Apple, the company\'s founder said, will open a store.', 'Apple', 'USA', 'BUS'),
]

# (text, name, whether its mention must be coded a person)
KINDS = [
    ('Marrow Brothers, who own the mill, laid off 200 workers.', 'Marrow Brothers', False),
    ('Dunmore Athletic, who beat the champions, top the league.', 'Dunmore Athletic', False),
    ('The Velvet Lanterns, who headlined the festival, cancelled their tour.', 'Velvet Lanterns',
     False),
    ('Tarn Valley, who were beaten 3-0 on Saturday, appealed the red card.', 'Tarn Valley', False),
    ('Harwick Rovers, who were relegated last season, sacked their coach.', 'Harwick Rovers', False),
    ('Blue Harbour, who run the ferry, said sailings were cancelled.', 'Blue Harbour', False),
    pytest.param('Maya Wood, who chairs the timber board, quit. Wood was cut in the forest.', 'Wood',
                 False, id='Wood', marks=pytest.mark.xfail(
                     strict=True, reason='a surname that is a common noun opening a sentence is read '
                     'as the person whatever its verb')),
    # must stay: a person's "who" clause
    ('Corin Maddox, who runs the ferry, said sailings were cancelled.', 'Corin Maddox', True),
    ('Ilse Marrow, who heads the dockers union, called a strike.', 'Ilse Marrow', True),
    ('Petra Lund, who was elected in May, resigned.', 'Petra Lund', True),
    ('The Reverend Tomas Biel, who leads the church, prayed for the victims.', 'Tomas Biel', True),
    ('Police arrested Tomas Wells, who ran the fraud.', 'Tomas Wells', True),
    ('Ana Ruiz and Tom Baker, who were arrested on Monday, were freed.', 'Tom Baker', True),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_review_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.parametrize(("text", "name", "person"),
                         [c if hasattr(c, "marks") else pytest.param(*c, id=c[1]) for c in KINDS])
def test_who_clause_kind(nlp, knowledge, text, name, person):
    found = [e for e in coded(nlp, knowledge, text) if name in e.text]
    assert (bool(found) and found[-1].kind == "person") == person   # the last mention's kind
