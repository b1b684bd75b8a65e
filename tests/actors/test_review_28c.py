"""Review of round 28's clock times (rf28c): a dateline's time zone ("Updated 4:08 p.m. ET") gives
a story naming no country its country, and clock words are no actor nor part of a name.

Probes of our own, written before mending. Over-reach first: a US-stamped story about another
country, clock times in body text, "PT" / "CT" as a party, a company's prefix or a scan, zones no
country owns, and line breaks inside and before names; then the same family in other words.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.coding import coded, coding_params, unsolved
from tests.actors.coding import coding as _coding

from eventwire.actors.knowledge import ActorKnowledge

ET = "Updated 9:00 a.m. ET\n"

# (text, name whose last mention is checked, country, sector)
CASES = [
    # ---- over-reach: a story about another country keeps that country or none, never the stamp's
    (ET + "Kenya's electoral commission delayed the count. Joseph Otieno, an opposition organiser, "
     "said the delay was a fraud.", "Joseph Otieno", None, "CVL"),
    (ET + "Kenya's electoral commission delayed the count. Kenyan observers said Joseph Otieno, an "
     "opposition organiser, had fled.", "Joseph Otieno", "KEN", "CVL"),
    ("Posted 8:13am PDT\nPeru's foreign minister met officials in Lima.", "Peru's foreign minister",
     "PER", "GOV"),
    ("Nigeria's Senate will vote on the bill at 3 p.m. ET on Tuesday. Emeka Obiora said the bill "
     "would fail.", "Emeka Obiora", None, "CVL"),
    ("Kenyan officials said the 5 p.m. ET deadline had passed. Kenyan police arrested Joseph Otieno.",
     "Joseph Otieno", "KEN", "CRM"),
    (ET + "The Ethiopian army clashed with rebels. Ethiopian officials said Abebe Girma led the attack.",
     "Abebe Girma", "ETH", "CVL"),
    (ET + "Police in Nairobi arrested Joseph Otieno on Monday. Wanjiru Kamau said he was innocent.",
     "Joseph Otieno", None, "CRM"),
    (ET + "President William Ruto met the governors. Wanjiru Kamau said the meeting went well.",
     "Wanjiru Kamau", None, None),
    (ET + "The governor of Texas signed the bill. Marla Quintrell said it would help.", "Marla Quintrell",
     "USA", "CVL"),
    # ---- over-reach: "PT", "PDT", "CT" that are no zone
    ("At 10 a.m. PT leaders met in Brasilia to pick a candidate.", "PT leaders", "BRA", "PTY"),
    ("At 9 am PT Pertamina said it would raise fuel prices.", "PT Pertamina", "IDN", "BUS"),
    ("The PT said it would back the strike.", "The PT", "BRA", "PTY"),
    ("PDT leader Carlos Lupi said the party would join the coalition.", "Carlos Lupi", "BRA", "PTY"),
    ("The doctor ordered a 3 pm CT scan. Marla Quintrell said she felt fine.", "Marla Quintrell",
     None, "CVL"),
    ("The E.T. Foundation said at 9 a.m. it would fund the clinic.", "E.T. Foundation", None, "SOC"),
    # ---- zones no one country owns
    ("Updated 14:05 GMT\nKwame Mensah said the port had reopened.", "Kwame Mensah", None, "CVL"),
    ("Updated 14:05 UTC\nKwame Mensah said the port had reopened.", "Kwame Mensah", None, "CVL"),
    # ---- line breaks in and before names
    ("Flood warning\nMarla Quintrell said the river would peak on Friday.", "Marla Quintrell", None,
     "CVL"),
    ("Foreign Minister Juan\nAlvarado of Peru said the talks had failed.", "Alvarado", "PER", "GOV"),
    ("The Ministry of\nHealth said the clinic would close.", "Health", None, "GOV"),
    ("Prime\nMinister Narendra Modi opened the bridge.", "Narendra Modi", "IND", "GOV"),
    # ---- the same family in other words
    ("Posted 9.15am AEST\nBrent Tolley said the fires had been contained.", "Brent Tolley", "AUS", "CVL"),
    ("Updated 16:20 JST\nKenji Moriyama said the factory would reopen.", "Kenji Moriyama", "JPN", "CVL"),
    ("Updated 4:08 p.m. ET, March 4, 2024\nRuth Calloway said the strike would end.", "Ruth Calloway",
     "USA", "CVL"),
    ("Updated 4:08 p.m. EST\nMarla Quintrell said the bakery would reopen.", "Marla Quintrell", "USA",
     "CVL"),
    ("Updated 10 a.m. (ET)\nMarla Quintrell said the bakery would reopen.", "Marla Quintrell", "USA",
     "CVL"),
    ("Updated 7:45 p.m. ET Monday\nMarla Quintrell said the bakery would reopen.", "Marla Quintrell",
     "USA", "CVL"),
    ("The show airs at 8:13 a.m. PT on Friday. Jolene Varga will host it.", "Jolene Varga", "USA", "CVL"),
    ("Updated 10:00 AEST\nThe opposition leader Dan Marsh said the budget had failed.", "Dan Marsh",
     "AUS", "OPP"),
    ("Indonesian President Joko Widodo spoke at 10:00 WIB. Police said Budi Santoso had been arrested.",
     "Budi Santoso", "IDN", "CRM"),
    ("The Senate voted at 8 p.m. ET. Ruth Calloway said the bill would pass.", "The Senate", "USA", "LEG"),
    unsolved("By Ana Ruiz\nReuters\nPolice arrested three men after the robbery.", "Ana Ruiz", None,
             "CVL", "the recogniser tags no name on a byline line followed by an agency's line"),
    unsolved("By Ana Ruiz\nReuters\nPolice arrested three men after the robbery.", "Police", None,
             "COP", "a byline's agency and the next line's noun are grouped as one mention"),
]

# (text, the exact text one coded mention must have): no mention runs across a dateline's line
EXACT = [
    ("Posted 8:13am PDT\nPeru's foreign minister met officials in Lima.", "Peru's foreign minister"),
    ("Updated 14:05 UTC\nKwame Mensah said the port had reopened.", "Kwame Mensah"),
    ("Updated 14:05 GMT\nKwame Mensah said the port had reopened.", "Kwame Mensah"),
    ("Foreign Minister Juan\nAlvarado of Peru said the talks had failed.", "Foreign Minister Juan\nAlvarado"),
    ("At 9 am PT Pertamina said it would raise fuel prices.", "PT Pertamina"),
    ("The doctor ordered a 3 pm CT scan. Marla Quintrell said she felt fine.", "Marla Quintrell"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_clock_probe_coding(nlp: Any, knowledge: ActorKnowledge, text: str, name: str,
                            country: str | None, sector: str | None) -> None:
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.parametrize(("text", "mention"), EXACT, ids=[m for _, m in EXACT])
def test_mention_stays_on_its_line(nlp: Any, knowledge: ActorKnowledge, text: str, mention: str) -> None:
    assert mention in [e.text for e in coded(nlp, knowledge, text)]
