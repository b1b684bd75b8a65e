"""The same quoted words put in different mouths by different reports."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from eventwire.coverage.attribution import is_government
from eventwire.coverage.model import Discrepancy, Quote, ReportFacts

# quoted words this alike (rapidfuzz partial ratio, 0-100) are the same words, cut or retyped
SAME_WORDS = 90
# two people's names this unlike (token set ratio) are two people
OTHER_NAME = 60
MIN_WORDS = 4
DETERMINERS = ("the ", "a ", "an ")


def speaker_conflicts(reports: list[ReportFacts]) -> list[Discrepancy]:
    """One discrepancy per set of alike quotes whose reports name speakers that cannot be one:
    of other countries, or two people's names that differ."""
    found = []
    for group in _alike_quotes(reports):
        speakers = _speakers(group)
        articles = {report.article_id for side in speakers for report, _ in side}
        if len(speakers) > 1 and len(articles) > 1:
            sides = {_label(side[0][1]): sorted({r.event_id for r, _ in side}) for side in speakers}
            words = group[0][1].content
            found.append(Discrepancy("quote_speaker", "speaker", sides,
                                     f"\"{words[:80]}\" is attributed to " + " and to ".join(sides)))
    return found


def _alike_quotes(reports: list[ReportFacts]) -> list[list[tuple[ReportFacts, Quote]]]:
    """Quotes (with their reports) grouped by alike words, first come first grouped."""
    groups: list[list[tuple[ReportFacts, Quote]]] = []
    for report in reports:
        for quote in report.quotes:
            if not quote.speaker or len(quote.content.split()) < MIN_WORDS:
                continue
            group = next((g for g in groups if _alike(g[0][1].content, quote.content)), None)
            if group is None:
                groups.append([(report, quote)])
            elif (report, quote) not in group:
                group.append((report, quote))
    return groups


def _alike(a: str, b: str) -> bool:
    return fuzz.partial_ratio(_plain(a), _plain(b)) >= SAME_WORDS


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _speakers(group: list[tuple[ReportFacts, Quote]]) -> list[list[tuple[ReportFacts, Quote]]]:
    """The group's quotes by speaker, a speaker joining the first side it may be one with."""
    sides: list[list[tuple[ReportFacts, Quote]]] = []
    for item in group:
        side = next((s for s in sides if same_speaker(s[0][1], item[1])), None)
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
