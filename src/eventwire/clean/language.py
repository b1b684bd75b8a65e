"""Language signals: py3langid for the article, English word share for single blocks."""

from __future__ import annotations

import functools
import re
from typing import Any

from eventwire.clean.patterns import english_lexicon, english_words, language_names

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_BLOCK_WORDS = 6       # lower-case words below which a block is too short to judge
FOREIGN_SHARE = 0.12      # English prose runs at 0.35-0.55; Roman Urdu comments near 0.05
DOUBTFUL_SHARE = 0.22     # between the two, the n-gram model decides
ARTICLE_CONFIDENCE = 0.5  # normalised langid probability needed to call an article foreign
# a block langid calls English, weakly, stays English when this share of its lower-case words
# are dictionary words (English content words score 0.7-1.0, Roman Urdu near 0.2)
DICTIONARY_SHARE = 0.6


@functools.cache
def identifier() -> Any:
    """py3langid's identifier, loaded once per process (about half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# cleaning asks about the article twice, before and after foreign blocks and the dateline
# are cut, and mostly about the same text (87 of 89 VOA stories): the answer is remembered
@functools.lru_cache(maxsize=8)
def identify(text: str) -> tuple[str, float]:
    """py3langid's ISO 639 code for ``text`` and its normalised probability."""
    code, probability = identifier().classify(text)
    return code, float(probability)


def english_share(text: str, *, lower_case_only: bool = False) -> float:
    """Share of the words of ``text`` that are frequent English words (0 for no words);
    with ``lower_case_only`` only the lower-case words count (names, acronyms and figures
    belong to no language)."""
    found = lower_case_words(text) if lower_case_only else _WORD.findall(text)
    words = [w.lower().replace("’", "'") for w in found]
    if not words:
        return 0.0
    known = english_words()
    return sum(w in known for w in words) / len(words)


def lower_case_words(text: str) -> list[str]:
    """The lower-case words of ``text``: its language's words, without the names, acronyms
    and figures that belong to no language."""
    return [word for word in _WORD.findall(text) if word.islower()]


def is_foreign_block(text: str) -> bool:
    """Whether a paragraph of an English article is written in another language.

    Only lower-case words count as evidence (names, acronyms and figures belong to no
    language), and a block the n-gram model confidently calls English stays English even
    when it holds few of the frequent English words.
    """
    if len(lower_case_words(text)) < MIN_BLOCK_WORDS:
        return False
    share = english_share(text)
    if share >= DOUBTFUL_SHARE:
        return False
    code, probability = identify(text)
    if code == "en" and (probability >= ARTICLE_CONFIDENCE or dictionary_share(text) >= DICTIONARY_SHARE):
        return False    # a weak "English" verdict, and its lower-case words are English words
    return share < FOREIGN_SHARE or code != "en"


def dictionary_share(text: str) -> float:
    """Share of the lower-case words of ``text`` that the English dictionary knows
    (:func:`~eventwire.clean.patterns.english_lexicon`), with plain -s, -es, -ed and -ing
    endings taken off; 0 for no such words."""
    words = lower_case_words(text)
    if not words:
        return 0.0
    known = english_lexicon()
    return sum(_in_dictionary(w, known) for w in words) / len(words)


def _in_dictionary(word: str, known: frozenset[str]) -> bool:
    stems = [word]
    for ending, back in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.append(word[:-len(ending)] + back)
    return any(stem in known for stem in stems)


def language_name(code: str) -> str:
    """The English name of language ``code`` (the code itself if unknown)."""
    return language_names().get(code, code)
