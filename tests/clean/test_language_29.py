"""Short English reports full of names are English: names belong to no language.

Written before the change (own sentences): one-sentence wire items about African, Asian and
Pacific places, whose proper names py3langid reads as another language's, must be coded as
English; foreign text with English names in it must still be reported as foreign.
"""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.records import Article

ENGLISH = [
    "Ministers of Malawi, Zambia and Mozambique met in Lilongwe to discuss river transport.",
    "Nigeria accused Cameroon of harbouring the separatists.",
    "Ghana recalled its ambassador from Togo after the border incident.",
    "Police in Kano arrested twelve men after clashes near the Sabon Gari market.",
    "Tanzania and Kenya signed a deal on the Namanga crossing on Monday.",
    "Fiji, Tonga and Samoa agreed to share coastguard patrols.",
    "The governor of Enugu praised Anambra officials for the swift response.",
    "Senegal expelled two Malian traders accused of smuggling.",
    "Uganda deployed troops to Kasese after the attack.",
    "Oyo and Ogun states will hold joint security talks in Ibadan.",
    "Bangladesh asked Myanmar to take back the Rohingya refugees in Cox's Bazar.",
    "The mayor of Kumasi thanked Accra for the new ambulances.",
]
FOREIGN = [
    ("Le ministre du Ghana a rencontré mardi son homologue du Togo à Lomé pour parler de la "
     "frontière et du commerce.", "fr"),
    ("Die Regierung von Kenia hat am Montag in Nairobi neue Gespräche mit Tansania angekündigt, "
     "um über den Handel zu sprechen.", "de"),
    ("El gobierno de Nigeria anunció el lunes en Abuya que enviará tropas a la frontera con "
     "Camerún para proteger a los agricultores.", "es"),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_a_short_english_report_full_of_names_is_coded(text: str) -> None:
    article = Article(id="doc", raw_text=text)
    clean_article(article)
    assert (article.language, article.errors) == ("en", [])


@pytest.mark.parametrize("text, code", FOREIGN)
def test_foreign_text_naming_places_stays_foreign(text: str, code: str) -> None:
    article = Article(id="doc", raw_text=text)
    clean_article(article)
    assert article.language == code and article.errors
