"""Event size: casualties and arrests from the parse, quantities of goods and money."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire import datafiles
from eventwire.nlp.phrases import children_of, head_of, span_tokens
from eventwire.records import Quantity

SIZE_LEMMAS = {row["lemma"]: row["size"] for row in
               datafiles.table("events", "size_lemmas.tsv", ("lemma", "size"), required=("lemma", "size"))}
NUMBER_WORDS = {row["word"]: int(row["value"]) for row in
                datafiles.table("events", "number_words.tsv", ("word", "value"), required=("word", "value"))}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
UNITS = {row["word"]: row["unit"] for row in
         datafiles.table("events", "units.tsv", ("word", "unit"), required=("word", "unit"))}
# words that end the "of ..." item of a quantity, besides punctuation and the end of the text
ITEM_ENDS = "|".join(rf"\b{re.escape(word)}\b" for word in datafiles.words("events", "item_ends.tsv"))
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP",
                  "Rs": "INR", "INR": "INR"}
NUMBER = r"\d[\d,]*(?:\.\d+)?"
SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn|mn)\b)?"
QUANTITY = re.compile(
    rf"(?P<num>{NUMBER}){SCALE}\s+(?:metric\s+)?(?P<unit>{'|'.join(k for k in UNITS if k != 'metric')})\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<item>[A-Za-z][A-Za-z\- ]*?)(?=\s*(?:,|;|\.|\)|$|"
    rf"{ITEM_ENDS})))?", re.IGNORECASE)
MONEY = re.compile(rf"(?P<cur>US\$|\$|€|£|USD|EUR|INR|Rs\.?)\s?(?P<num>{NUMBER}){SCALE}", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """A number from digits or words: "46", "1,000", "3 billion", "two"."""
    words = text.lower().replace(",", "").split()
    value: float | None = None
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            value = float(word)
        elif word in NUMBER_WORDS:
            scaled = word in ("hundred", "dozen")
            value = (value or 1) * NUMBER_WORDS[word] if scaled else NUMBER_WORDS[word]
        elif word in SCALES and value is not None:
            value *= SCALES[word]
    return value


def whole(value: float) -> int | float:
    return int(value) if value == int(value) else value


def count_of(noun: Token) -> int | None:
    """The number counting a noun ("46 civilians", "at least 12"), or the number itself."""
    nummod = next((c for c in children_of(noun) if c.dep_ == "nummod"), None)
    number = noun if noun.like_num else nummod
    if number is None:
        return None
    text = " ".join(t.text for t in number.subtree if t.like_num or t.lower_ in SCALES)
    value = parse_number(text)
    return int(value) if value is not None else None


def casualty_counts(sentence: SpacySpan) -> list[tuple[Token, str, int]]:
    """(size token, field, count) for each casualty or arrest count in the sentence."""
    found = []
    for token in span_tokens(sentence):
        field = SIZE_LEMMAS.get(token.lemma_.lower())
        if field is None or token.pos_ not in ("VERB", "ADJ"):
            continue
        deps = ("dobj", "nsubjpass") if token.lemma_ not in ("die", "dead") else ("nsubj",)
        if token.pos_ == "ADJ":
            deps = ("nsubj", "amod")
            targets = [head_of(token)] if token.dep_ == "amod" else []
        else:
            targets = []
        targets += [c for c in children_of(token) if c.dep_ in deps]
        for target in targets:
            count = count_of(target)
            if count is not None:
                found.append((token, field, count))
                break
    return found


def quantities_in(text: str, offset: int) -> list[tuple[int, Quantity]]:
    """(start offset, Quantity) for each quantity or sum of money in ``text``."""
    found = []
    for match in QUANTITY.finditer(text):
        value = parse_number(match.group(0).split(" of ")[0].replace(match.group("unit"), ""))
        if value is None:
            continue
        item = (match.group("item") or "").strip() or None
        found.append((offset + match.start(), Quantity(whole(value), UNITS[match.group("unit").lower()],
                                                       item, match.group(0).strip())))
    for match in MONEY.finditer(text):
        value = parse_number(match.group(0)[len(match.group("cur")):])
        if value is not None:
            unit = CURRENCY_SIGNS.get(match.group("cur").rstrip(".").upper(), "USD")
            found.append((offset + match.start(), Quantity(whole(value), unit, None, match.group(0).strip())))
    return sorted(found, key=lambda pair: pair[0])
