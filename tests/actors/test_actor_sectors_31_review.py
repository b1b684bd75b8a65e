"""Review of round 31 (actors): regressions a read-only review found, kept fixed.

A person named bare and then "the" and a role noun in the next sentence is the same person only
when the noun is not of someone who acts on them: the attacker, the kidnapper or the soldier
after a victim is another person ("Ana Ruiz was stabbed. The attacker fled"). "Media tycoon",
"media mogul" and "media magnate" are owners of outlets (JRN), not any business (BUS). A maker
of television sets is a company, not an outlet. An honorific that is part of a stage name is
not dropped from it.

The articles are our own, in a news register, and the people in them invented (coded on
2024-05-03, the date of `tests/actors/coding.py`).
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params, unsolved

# (text, name whose last mention is checked, country, sector)
CASES = [
    # (4) a victim named bare is not the attacker, kidnapper or soldier of the next sentence
    ('Ahmed Karimi was stabbed on Tuesday. The attacker was arrested at the scene.',
     'Ahmed Karimi', None, 'CVL'),
    ('Samuel Okoro was kidnapped on the highway. The kidnapper demanded a ransom from his family.',
     'Samuel Okoro', None, 'CVL'),
    ('Juan Perez died in the attack. The soldier who shot him was suspended.', 'Juan Perez', None, 'CVL'),
    ('Omar Haddad was killed in the raid. The rebel commander said the fighters had withdrawn.',
     'Omar Haddad', None, 'CVL'),
    ('Teodor Balan was beaten outside his shop in Chisinau. The assailant escaped on foot.',
     'Teodor Balan', None, 'CVL'),
    ('Priya Nair was shot near the market on Sunday. The gunman fled in a car.', 'Priya Nair', None, 'CVL'),
    unsolved('Fatima Bello won the election. The opposition leader called the result a fraud.',
             'Fatima Bello', None, 'CVL',
             'an active clause, and the rival described after the winner reads as the winner'),
    unsolved('Lina Haddad was interviewed on Friday. The journalist asked about the protests.',
             'Lina Haddad', None, 'CVL',
             'the interviewer reads as the one interviewed; "was stopped ... the journalist" is the '
             'same person, and nothing in the syntax tells the two apart'),
    # (7) media tycoons own outlets
    ('Media tycoon Jimmy Lai was sentenced on Monday.', 'Jimmy Lai', 'HKG', 'JRN'),
    ('Media mogul Carlos Ortega bought the newspaper.', 'Carlos Ortega', None, 'JRN'),
    ('Brazilian media magnate Rui Casado sold two radio stations.', 'Rui Casado', 'BRA', 'JRN'),
    ('Greek shipping tycoon Nikos Vlachos bought two tankers.', 'Nikos Vlachos', 'GRC', 'BUS'),
    # (affiliation) "television" before a maker's word names the goods: the company, not an outlet
    ('Orion Television Industries said it would close a factory in Poland.', 'Orion Television Industries',
     None, 'BUS'),
    ('Kestrel Television Electronics Ltd cut its prices on Monday.', 'Kestrel Television Electronics',
     None, 'BUS'),
    ('Nation Television Ltd aired the debate on Sunday.', 'Nation Television Ltd', None, 'JRN'),
    ('Electronics Daily News reported that chip prices fell.', 'Electronics Daily News', None, 'JRN'),
    unsolved('Lumo Television Company said its profits rose in the third quarter.',
             'Lumo Television Company', None, 'BUS',
             'a maker and a broadcaster both name themselves "X Television Company"; the outlet '
             'reading is kept for want of a cue'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_review_sector(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name)[1] == sector


# the round's gains kept: a person named bare, then described by the role noun
KEPT = [
    ('Omar Haddad was stopped at the airport in Beirut on Sunday. The journalist had reported on '
     'the port blast for years.', 'Haddad', 'JRN'),
    ('Abu Salim sent a message to his fighters in Yemen. The rebel commander said the truce in '
     'Yemen was over.', 'Salim', 'REB'),
    ('Rafael Torres was freed in Caracas on Monday. The opposition leader thanked his supporters.',
     'Torres', 'OPP'),
]


@pytest.mark.parametrize(("text", "name", "sector"), KEPT)
def test_round_gain_kept(nlp, knowledge, text, name, sector):
    assert _coding(nlp, knowledge, text, name)[1] == sector
