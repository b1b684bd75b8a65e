"""The clean stage: ``raw_text`` -> ``text``, recording every removal and its reason."""

from __future__ import annotations

from collections.abc import Collection

from eventwire import settings
from eventwire.clean.header import take_byline, take_dateline, take_title
from eventwire.clean.language import (
    ARTICLE_CONFIDENCE,
    DICTIONARY_SHARE,
    DOUBTFUL_SHARE,
    MIN_BLOCK_WORDS,
    dictionary_share,
    english_share,
    identify,
    language_name,
    lower_case_words,
)
from eventwire.clean.paragraphs import Paragraph, join_paragraphs, split_paragraphs
from eventwire.clean.repeats import mark_repeats
from eventwire.clean.sections import mark_clutter, mark_crumbs, mark_foreign
from eventwire.records import Article, Removal

_ENGLISH_BY_WORDS = 0.3   # a text this full of English words is English whatever langid says


def clean_article(article: Article, enabled: bool = True,
                  languages: Collection[str] | None = ("en",)) -> None:
    """Clean one article in place.

    Reads ``raw_text`` (``text`` when there is no raw text), ``title`` and ``meta``. Writes
    ``text``, ``removed``, ``title`` (from a title line when none is known), ``language``,
    ``meta["dateline"]`` / ``meta["author"]`` and, for text that is not English, one line
    in ``errors``. Kept paragraphs are joined with "\\n\\n" where the input had a blank
    line between them and "\\n" otherwise; each keeps its exact characters. With
    ``enabled=False`` the text is ``raw_text`` character for character; language is
    still detected. ``languages`` lists the ISO 639-1 codes to code (None: any language);
    an article confidently detected as another language gets one line in ``errors``.
    A text longer than the ``max_chars`` setting is refused (one line in ``errors``).
    """
    raw = article.raw_text if article.raw_text is not None else article.text
    limit = int(settings.get("max_chars"))
    if len(raw) > limit:
        article.errors.append(f"{article.origin or article.id}: article text is {len(raw)} characters, "
                              f"more than max_chars ({limit}); split it, or raise EVENTWIRE_MAX_CHARS")
        return
    if not enabled:
        article.text = raw
    else:
        _clean(article, raw)
    if not article.text.strip():
        article.errors.append(f"{article.origin or article.id}: no article text left to code")
        return
    _check_language(article, languages)


def _clean(article: Article, raw: str) -> None:
    paragraphs = split_paragraphs(raw)
    mark_repeats(paragraphs)  # first, so that a cut-off lede is not taken for a title
    mark_crumbs(paragraphs)
    take_byline(paragraphs, article.meta)
    article.title = take_title(paragraphs, article.title)
    mark_clutter(paragraphs)
    if _is_english(join_paragraphs(paragraphs)) or _english_lead(paragraphs):
        mark_foreign(paragraphs)
    removed = [(p.start, Removal(p.removed, p.text)) for p in paragraphs if p.removed]
    dateline = take_dateline(paragraphs)
    if dateline:
        cut, start, article.meta["dateline"] = dateline
        removed.append((start, Removal("dateline", cut)))
    article.removed = [removal for _, removal in sorted(removed, key=lambda r: r[0])]
    article.text = join_paragraphs(paragraphs)


def _is_english(text: str) -> bool:
    code, probability = identify(text)
    return code == "en" or probability < ARTICLE_CONFIDENCE or _english_by_words(text)


def _english_lead(paragraphs: list[Paragraph]) -> bool:
    """Whether the first kept paragraph is English: an English story followed by longer
    comments in another language ("... ke darmiyan ye masla ...") is an English article with
    foreign blocks, although the whole text reads as the comments' language."""
    lead = next((p.text for p in paragraphs if p.kept), "")
    if sum(word.islower() for word in lead.split()) < MIN_BLOCK_WORDS:
        return False    # too short to judge
    code, probability = identify(lead)
    return _english_by_words(lead) or (code == "en" and (
        probability >= ARTICLE_CONFIDENCE or dictionary_share(lead) >= DICTIONARY_SHARE))


def _english_by_words(text: str) -> bool:
    """Whether the words of ``text`` are English enough, all of them or its lower-case words
    alone: a short report about Ghana, Togo and Lomé holds more names than words, and names
    belong to no language. Judged alone, the lower-case words must also read as English to
    the n-gram model: Nigerian Pidgin ("dem go close all di markets") shares English's
    frequent words."""
    if english_share(text) >= _ENGLISH_BY_WORDS:
        return True
    if english_share(text, lower_case_only=True) < DOUBTFUL_SHARE:
        return False
    code, probability = identify(" ".join(lower_case_words(text)))
    return code == "en" and probability >= ARTICLE_CONFIDENCE


def _check_language(article: Article, languages: Collection[str] | None) -> None:
    code, probability = identify(article.text)
    if code != "en" and _english_by_words(article.text):
        code = "en"
    article.language = code
    article.meta["language_probability"] = round(probability, 3)
    if languages is None or code in languages or probability < ARTICLE_CONFIDENCE:
        return
    wanted = " or ".join(language_name(c) for c in sorted(languages)) or "no language"
    article.errors.append(f"{article.origin or article.id}: text is in {language_name(code)} ({code}), "
                          f"not {wanted}; not coded")
