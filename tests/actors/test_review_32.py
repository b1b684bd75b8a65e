"""Review of round 32's role nouns (rv32): a role noun joins the name after it only as its title, and a
role noun that says what a person is gives them the story's one country only for local callings.

Probes of the review and variants of our own, written before mending:
(1) a role noun that is the object of "told" or sits in a prepositional phrase is no title of the
    name after it ("told the court Ahmed Saleh had ...", "In court Maria Lopez denied ...");
(2) a correspondent, reporter, student, missionary or aid worker arrested, expelled or kidnapped
    somewhere is not of that country: they are often visitors;
(3) a single "correspondent/reporter in <town>" is not that town's country (posted abroad), while
    an outlet "in <town>" still is.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded, coding_params
from tests.actors.coding import coding as _coding

# (1) (text, the mention texts that must be coded, a text that must not be one mention)
SPLIT = [
    ("The witness told the court Ahmed Saleh had shot the guard.", ["the court", "Ahmed Saleh"],
     "the court Ahmed Saleh"),
    ("The prosecutor told the jury Maria Lopez had lied about the money.", ["the jury", "Maria Lopez"],
     "the jury Maria Lopez"),
    ("The defence told the tribunal Samuel Okoro ordered the attack.", ["the tribunal", "Samuel Okoro"],
     "the tribunal Samuel Okoro"),
    ("The lawyer told the court Nadia Haddad was at home that night.", ["the court", "Nadia Haddad"],
     "the court Nadia Haddad"),
    # variants of our own
    ("The mayor told the council Tomas Novak would run the port.", ["the council", "Tomas Novak"],
     "the council Tomas Novak"),
    ("The judge told the jury Kwame Boateng had paid the bribe.", ["the jury", "Kwame Boateng"],
     "the jury Kwame Boateng"),
]


@pytest.mark.parametrize(("text", "wanted", "joined"), SPLIT, ids=[c[2] for c in SPLIT])
def test_told_object_is_no_title(nlp, knowledge, text, wanted, joined):
    texts = [e.text for e in coded(nlp, knowledge, text)]
    assert joined not in texts
    for name in wanted:
        assert any(t == name or t.endswith(" " + name) and " told " not in t for t in texts), texts


# (1) a bare noun in a prepositional phrase before a sentence's subject is no title
BARE = [
    ("In court Maria Lopez denied all the charges.", "Maria Lopez"),
    ("In court on Tuesday Maria Lopez denied all the charges.", "Maria Lopez"),
    # variants of our own
    pytest.param("In parliament Ana Ruiz accused the government of lying.", "Ana Ruiz",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'older than round 32: the parser makes "parliament" a compound of the name, '
                     'and the compound join (_parent) takes it in as a title'))),
    pytest.param("At trial Pavel Orlov denied the charges.", "Pavel Orlov",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     'older than round 32: the recogniser tags the name ORG and the parser makes '
                     '"trial" its compound, joined by _parent'))),
]


@pytest.mark.parametrize(("text", "name"), BARE)
def test_bare_noun_before_name_is_no_title(nlp, knowledge, text, name):
    texts = [e.text for e in coded(nlp, knowledge, text)]
    assert name in texts, texts


def test_court_object_keeps_assault_actor(nlp):
    from eventwire.pipeline import code_articles
    from eventwire.records import Article
    text = "The witness told the court Ahmed Saleh had shot the guard."
    (doc,) = code_articles([Article(id="rv32", text=text, published="2025-01-09")], clean=False)
    actors = [[a.text for a in e.actor] for e in doc.events if e.type == "ASSAULT"]
    assert actors and all("the court" not in " ".join(a) for a in actors), actors
    assert any("Ahmed Saleh" in a for a in actors), actors


def test_in_court_keeps_reject_actor(nlp):
    from eventwire.pipeline import code_articles
    from eventwire.records import Article
    text = "In court Maria Lopez denied all the charges."
    (doc,) = code_articles([Article(id="rv32b", text=text, published="2025-01-09")], clean=False)
    actors = [a.text for e in doc.events for a in e.actor]
    assert "Maria Lopez" in actors, actors


# (2), (3): (text, name whose last mention is checked, country, sector)
CASES = [
    # (1) the apposition-like parse the round targeted still joins
    ('The lawmaker Priya Sharma asked for a debate on the floods.', 'lawmaker Priya Sharma', None, 'LEG'),
    ('The coach Carlo Ancelotti praised his players after the match.', 'Carlo Ancelotti', None, 'CVL'),
    # (2) visitors by their calling do not take the country they are arrested or held in
    ('The correspondent Evan Gershkovich was arrested in Russia. Gershkovich denies spying.',
     'Gershkovich', None, 'JRN'),
    ('The reporter Anna Berg was expelled from Russia. Berg said she would return.', 'Berg', None, 'JRN'),
    ('The student Otto Warmbier was jailed in North Korea. Warmbier died after his release.',
     'Warmbier', None, 'EDU'),
    ('The missionary John Allen was killed by islanders in India. Allen had gone alone.', 'Allen', None,
     'REL'),
    ('The aid worker John Collins was kidnapped in Niger. Collins worked for a charity.', 'Collins',
     None, 'SOC'),
    # variants of our own
    ('The journalist Lena Vogt was deported from Azerbaijan. Vogt said the charges were invented.',
     'Vogt', None, 'JRN'),
    ('The editor Marek Nowak was detained in Belarus. Nowak had crossed the border for a story.',
     'Nowak', None, 'JRN'),
    ('The aid worker Claire Dubois was freed in Mali. Dubois thanked the negotiators.', 'Dubois', None,
     'SOC'),
    # local callings still take the country (the round's gains)
    ('The businessman Sergio Baptista bought the failing airline in Portugal. Baptista promised to keep '
     'all the jobs.', 'Baptista', 'PRT', 'BUS'),
    ('The farmer Joao Mucavele lost his crop in Mozambique. Mucavele asked for seed.', 'Mucavele',
     'MOZ', 'AGR'),
    ('The judge Amina Bello ordered the release of the protesters in Kano. Bello said the arrests broke '
     "Nigeria's constitution.", 'Bello', 'NGA', 'JUD'),
    # (3) a single correspondent or reporter "in" a town is not that country's
    ('A correspondent in Moscow said the Kremlin had not responded to the letter.', 'correspondent',
     None, 'JRN'),
    ('A reporter in Kyiv said the sirens sounded all night.', 'reporter', None, 'JRN'),
    # variants of our own
    ('A journalist in Caracas said the polls had closed early.', 'journalist', None, 'JRN'),
    ('An editor in Nairobi said the paper would appeal.', 'editor', None, 'JRN'),
    # an outlet "in" a town is that country's (the round's gain)
    ('The main newspaper in Lusaka was closed by the authorities.', 'main newspaper', 'ZMB', 'JRN'),
    ('Protesters gathered outside the offices of the state broadcaster in Harare.', 'state broadcaster',
     'ZWE', 'JRN'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_review_32_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
