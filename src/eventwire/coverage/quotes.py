"""The same quoted words put in different mouths by different reports.

Quotes are compared across the articles reporting a happening, any quote of each article
(:func:`article_conflicts`): a reaction is often quoted paragraphs after the sentence that
reports the act. :func:`speaker_conflicts` compares only the quotes each report carries (those
near its sentence), for reports read without their articles.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from eventwire.coverage.attribution import is_government
from eventwire.coverage.facts import quote_of
from eventwire.coverage.model import Discrepancy, Quote, ReportFacts

# quoted words this alike (rapidfuzz ratio, 0-100) are the same words, cut or retyped
SAME_WORDS = 90
# two people's names this unlike (token set ratio) are two people
OTHER_NAME = 60
MIN_WORDS = 3
# a quote this short must match the other whole: a few words may be part of anyone's sentence
WHOLE_BELOW = 5
DETERMINERS = ("the ", "a ", "an ")

# one quote as a report or an article gives it: (the reports' event ids, their article, the quote)
Said = tuple[tuple[str, ...], str, Quote]


def speaker_conflicts(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Speaker conflicts among the quotes each report carries."""
    return conflicts([((r.event_id,), r.article_id, q) for r in reports for q in r.quotes])


def article_conflicts(articles: list[tuple[dict[str, Any], list[str]]]) -> list[Discrepancy]:
    """Speaker conflicts among every quote of each article (its coded dict) reporting the
    happening, each naming the article's reports of it (`event_ids`)."""
    return conflicts([(tuple(ids), str(article.get("id")), quote_of(article, quote))
                      for article, ids in articles for quote in article.get("quotes") or []])


def conflicts(said: list[Said]) -> list[Discrepancy]:
    """One discrepancy per set of alike quotes where two articles name speakers that cannot
    be one (of other countries, or two people's names that differ) and share none."""
    found = []
    for group in _alike_quotes(said):
        speakers = _speakers(group)
        held = [{i for i, side in enumerate(speakers) if any(a == article for _, a, _ in side)}
                for article in dict.fromkeys(a for _, a, _ in group)]
        if any(not one & other for i, one in enumerate(held) for other in held[i + 1:]):
            sides = {_label(side[0][2]): sorted({i for ids, _, _ in side for i in ids}) for side in speakers}
            words = group[0][2].content
            found.append(Discrepancy("quote_speaker", "speaker", sides,
                                     f"\"{words[:80]}\" is attributed to " + " and to ".join(sides)))
    return found


def _alike_quotes(said: list[Said]) -> list[list[Said]]:
    """Quotes (with their reports) grouped by alike words, first come first grouped."""
    groups: list[list[Said]] = []
    for item in said:
        quote = item[2]
        if not quote.speaker or len(quote.content.split()) < MIN_WORDS:
            continue
        group = next((g for g in groups if _alike(g[0][2].content, quote.content)), None)
        if group is None:
            groups.append([item])
        elif item not in group:
            group.append(item)
    return groups


def _alike(a: str, b: str) -> bool:
    """Whether two quotes are the same words: whole, or one cut from the other when both
    are long enough for a cut to mean something."""
    one, other = _plain(a), _plain(b)
    short = min(len(one.split()), len(other.split())) < WHOLE_BELOW
    return (fuzz.ratio if short else fuzz.partial_ratio)(one, other) >= SAME_WORDS


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _speakers(group: list[Said]) -> list[list[Said]]:
    """The group's quotes by speaker, a speaker joining the first side it may be one with."""
    sides: list[list[Said]] = []
    for item in group:
        side = next((s for s in sides if same_speaker(s[0][2], item[2])), None)
        if side is None:
            sides.append([item])
        else:
            side.append(item)
    return sides


def same_speaker(a: Quote, b: Quote) -> bool:
    """Whether two quotes' speakers may be one: not when their countries differ, nor when both
    are people's names unlike each other ("Suhail Shaheen", "Zabihullah Mujahid"); a
    description ("the Taliban representative") may be anyone of its country."""
    if not a.speaker or not b.speaker:
        return True
    if a.speaker_country and b.speaker_country and a.speaker_country != b.speaker_country:
        return False
    if _is_name(a.speaker) and _is_name(b.speaker):
        return fuzz.token_set_ratio(_plain(a.speaker), _plain(b.speaker)) >= OTHER_NAME
    return True


def _is_name(speaker: str) -> bool:
    return (speaker[:1].isupper() and not speaker.lower().startswith(DETERMINERS)
            and not is_government(speaker))


def _label(quote: Quote) -> str:
    return f"{quote.speaker} ({quote.speaker_country})" if quote.speaker_country else str(quote.speaker)
