"""Review of round 29's language test (rf28c): a short English report full of names is English,
its lower-case words judged apart. Probes of our own, written before mending: foreign passages
holding English names and a few English words must still be refused as foreign (Nigerian Pidgin
shares English's frequent words), and short English reports full of names must be coded.
"""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.records import Article

FOREIGN = [
    ("Le président Emmanuel Macron a reçu lundi à Paris le Premier ministre britannique pour parler "
     "du Brexit et de la sécurité.", "fr"),
    ("Selon le ministre, la police a arrêté trois suspects après l'attaque contre le poste de Kidal.", "fr"),
    ("El presidente de Colombia, Gustavo Petro, dijo el martes en Bogotá que el gobierno no negociará "
     "con los rebeldes.", "es"),
    ("La policía detuvo a dos hombres tras el robo en un banco de Medellín, informó la fiscalía.", "es"),
    ("Die Polizei in Berlin hat am Dienstag drei Männer nach einem Überfall auf eine Bank festgenommen.",
     "de"),
    ("Bundeskanzler Olaf Scholz traf am Montag den französischen Präsidenten in Paris.", "de"),
    ("O presidente Lula disse nesta terça-feira em Brasília que o governo vai enviar tropas para a "
     "fronteira.", "pt"),
    ("A polícia prendeu dois homens depois do assalto a um banco em São Paulo.", "pt"),
    ("Presiden Joko Widodo mengatakan pada hari Senin bahwa pemerintah akan mengirim pasukan ke Papua.",
     "id"),
    ("Polisi menangkap tiga orang setelah bom meledak di sebuah gereja di Surabaya.", "id"),
    ("Rais William Ruto amesema serikali itapeleka wanajeshi katika mpaka wa Somalia.", "sw"),
    ("Polisi wamewakamata watu watatu baada ya shambulio katika soko la Mombasa.", "sw"),
    ("Sinabi ni Pangulong Marcos noong Lunes na magpapadala ang gobyerno ng mga sundalo sa Mindanao.",
     "tl"),
    ("Inaresto ng pulis ang tatlong suspect matapos ang pagsabog sa isang mall sa Quezon City.", "tl"),
    ("Di goment for Lagos don talk say dem go close all di markets wey dey Ikeja for two weeks.", "pcm"),
    ("Der Bundestag stimmte am Freitag für das neue Gesetz zur Migration, sagte die Regierung in Berlin.",
     "de"),
]
ENGLISH = [
    "Nigeria accused Cameroon of harbouring the separatists near Bakassi.",
    "Kenya and Uganda signed a pipeline deal in Kampala on Tuesday.",
    "Police in Mombasa arrested three men after the market attack.",
    "Ghana and Togo agreed to reopen the Aflao crossing next month.",
    "Indonesia sent troops to Papua after the attack on a police post in Nduga.",
]


@pytest.mark.parametrize(("text", "code"), FOREIGN, ids=[f"{c}-{t[:12]}" for t, c in FOREIGN])
def test_foreign_passage_with_english_names_is_refused(text: str, code: str) -> None:
    article = Article(id="doc", raw_text=text)
    clean_article(article)
    assert article.language == code and article.errors


@pytest.mark.parametrize("text", ENGLISH, ids=[t[:16] for t in ENGLISH])
def test_short_english_report_full_of_names_is_coded(text: str) -> None:
    article = Article(id="doc", raw_text=text)
    clean_article(article)
    assert (article.language, article.errors) == ("en", [])
