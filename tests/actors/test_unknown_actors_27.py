"""Unknown actors (round 27): capitalised common words opening a sentence that are no person,
companies known by the first word of their name ("Ford said it ..."), "X chairs the Y board",
titles whose portfolio stands between them and the realm ("Minister for Trade of Ghana"), a
chief executive of a company, and a person an NGO's title names.

The sentences are our own; the names are invented (the first test checks that the knowledge
base does not know them), except well-known companies. The last cases are shapes whose coding
must stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.actors.coding import coded, coding_params, unsolved
from tests.actors.coding import coding as _coding

from eventwire.actors.knowledge import ActorKnowledge

# (text, name whose last mention is checked, country, sector)
CASES = [
    # a company known by the first word of its name, "it" after it
    ('Ford said it would cut 3,000 jobs in Europe.', 'Ford', 'USA', 'BUS'),
    ('Ford said on Tuesday that it would close two plants.', 'Ford', 'USA', 'BUS'),
    # "X chairs / heads the Y board": the person takes the body's sector
    ('Lucia Varn chairs the Orlen Steelworks board.', 'Lucia Varn', None, 'BUS'),
    ('Lucia Varn chairs the Orlen Steelworks board. Varn said the plant would close.', 'Varn',
     None, 'BUS'),
    ('Tomas Keller heads the Brantley Dockworkers Union.', 'Tomas Keller', None, 'LAB'),
    ('Mira Solt runs the Kestrel Harvest Foundation and said the aid was ready.', 'Mira Solt',
     None, 'SOC'),
    # a company's chief executive, not a government's
    ('The chief executive of Velmont Shipping said the route was closed.', 'chief executive',
     None, 'BUS'),
    ('The managing director of Tarvo Harbour Motors said sales fell.', 'managing director', None,
     'BUS'),
    # a title, its portfolio, then the realm, then the name
    ('Minister for Foreign Affairs of Ghana Kofi Tandoh met his counterpart.', 'Kofi Tandoh', 'GHA',
     'GOV'),
    ('Minister of Foreign Affairs of Ghana Kofi Tandoh met his counterpart.', 'Kofi Tandoh', 'GHA',
     'GOV'),
    ('Minister for Trade of Ghana Kofi Tandoh signed the deal.', 'Kofi Tandoh', 'GHA', 'GOV'),
    # ---- must stay ----
    ('Siemens said it would build a new plant.', 'Siemens', 'DEU', 'BUS'),
    ('Nestle said it expected sales to fall.', 'Nestle', 'CHE', 'BUS'),
    ('Gerald Ford visited Detroit. Ford said the plant would stay open.', 'Ford', 'USA', 'ELI'),
    ('Greenpeace director for Brazil Ines Falk said the forest was burning.', 'Ines Falk', 'NGO',
     'SOC'),
    ("Ghana's Foreign Minister Kofi Tandoh met his Togolese counterpart.", 'Kofi Tandoh', 'GHA',
     'GOV'),
    ('The director of Tarvo Harbour Motors said sales fell.', 'director', None, 'BUS'),
    ('Tomas Keller, who heads the Brantley Dockworkers Union, called a strike.', 'Tomas Keller',
     None, 'LAB'),
    ('Marek Stone, the mayor of Tulvan, said roads were shut. Stone said the bridge would reopen.',
     'Stone', None, 'GOV'),
    ('Colm Rice, a trader in Dorvik, said stocks were low. Rice said prices would rise.', 'Rice',
     None, 'BUS'),
    unsolved('Eastvale Union said it would stop money transfers.', 'Eastvale Union', None, 'BUS',
             'a name ending in "Union" is read as a trade union whatever the verbs around it say'),
]

# (text, word that must not be coded as an actor where it opens the last sentence)
NOT_ACTORS = [
    ('Rice prices rose for a third week in the capital.', 'Rice'),
    ('Colm Rice, a trader in Dorvik, said stocks were low. Rice prices rose for a third week.',
     'Rice'),
    ('Ellen Wood, a ranger in Korrin Park, said the fire was out. Wood was cut in the forest for '
     'fuel.', 'Wood'),
    ('Ellen Wood, a ranger in Korrin Park, said the fire was out. Wood is burned for heat.', 'Wood'),
    ('Marek Stone, the mayor of Tulvan, said roads were shut. Stone walls fell in the storm.',
     'Stone'),
    ('Bush fires spread across the hills near the town.', 'Bush'),
    ('Anton Cotton, a grower, spoke. Cotton exports fell by a tenth.', 'Cotton'),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Lucia Varn", "Orlen Steelworks", "Tomas Keller", "Brantley Dockworkers Union", "Mira Solt",
           "Kestrel Harvest Foundation", "Velmont Shipping", "Tarvo Harbour Motors", "Kofi Tandoh",
           "Ines Falk", "Marek Stone", "Colm Rice", "Ellen Wood", "Eastvale Union", "Anton Cotton"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of: Callable[..., set[str]], name: str) -> None:
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_unknown_actor_coding(nlp: Any, knowledge: ActorKnowledge, text: str, name: str,
                              country: str | None, sector: str | None) -> None:
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.parametrize(("text", "word"), [pytest.param(*c, id=f"{c[1]}-{i}")
                                            for i, c in enumerate(NOT_ACTORS)])
def test_common_word_is_no_actor(nlp: Any, knowledge: ActorKnowledge, text: str, word: str) -> None:
    last = text.rsplit(". ", 1)[-1]
    start = text.rindex(last)
    assert not [e for e in coded(nlp, knowledge, text) if e.start == start and e.text == word]
