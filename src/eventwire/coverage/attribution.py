"""Attributions to check: statements a report puts in a mouth that would hardly say them.

Two cases, each flagged as a ``Discrepancy(kind="attribution_to_check")`` naming the reports:

- **self-condemnation**: a government body (a speaker of sector GOV, MIL, LEG, JUD, COP or
  SPY, or whose words name such a body: "the Foreign Ministry") of country X whose quoted
  words condemn X itself ("illegal Indian occupation", "illegal Chinese incursions",
  "Israel's occupation of") — the phrases are ``data/condemnations.tsv`` ("illegal {adj}
  {word}": any word after an illegal X), the names and demonyms of X those of the actor
  knowledge base (``actors/data/countries.tsv``). A phrase that reports or rejects the charge
  ("so-called", "claims of", "denied") is no condemnation.
- **ambiguous speaker**: a government body named by its office alone ("the foreign
  ministry", "the government"), quoted near a report whose parties are of several countries,
  that no other mention of the article resolves to one country (none, or several of them do):
  "the foreign ministry said" — whose?
"""

from __future__ import annotations

import functools
import re
from typing import Any

from eventwire.coverage import tables
from eventwire.coverage.countries import country_names
from eventwire.coverage.facts import speaker_countries
from eventwire.coverage.model import Discrepancy, ReportFacts

GOVERNMENT = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# words before a condemning phrase that may turn it into a reported or rejected charge
GUARD_WORDS = 3


def check_reports(reports: list[ReportFacts]) -> list[Discrepancy]:
    """Attributions to check among the quotes each report carries (near its sentence)."""
    found = []
    for report in reports:
        several = len({p.country for p in report.parties if p.country}) >= 2
        for quote in report.quotes:
            if not quote.speaker or not is_government(quote.speaker):
                continue
            flag = (_self_condemning(quote.speaker, quote.speaker_country, quote.content)
                    if quote.speaker_country
                    else _ambiguous(quote.speaker) if several and is_bare_body(quote.speaker) else None)
            if flag:
                found.append(_discrepancy(flag, [report.event_id], report.source))
    return found


def check_article(article: dict[str, Any], event_ids: list[str]) -> list[Discrepancy]:
    """Self-condemning statements anywhere in `article` (one undermines every report it
    makes), each naming `event_ids`, the article's reports of the happening being read."""
    found = []
    for quote in article.get("quotes") or []:
        speaker = quote.get("speaker") or {}
        if not speaker.get("text") or not is_government(speaker["text"], speaker.get("sector")):
            continue
        content = (quote.get("content") or {}).get("text") or ""
        for country in sorted(speaker_countries(article, speaker)):
            flag = _self_condemning(speaker["text"], country, content)
            if flag:
                found.append(_discrepancy(flag, event_ids, article.get("source")))
    return found


def is_government(speaker: str, sector: str | None = None) -> bool:
    """Whether a speaker is a government body: its coded sector, else a role noun of the
    actor knowledge base among its last words ("the Foreign Ministry", "a spokesman")."""
    if sector:
        return sector in GOVERNMENT
    words = re.findall(r"[a-z]+", speaker.lower())
    roles = _roles()
    return any((roles.get(" ".join(words[i:])) or (None, None))[0] in GOVERNMENT
               for i in range(max(0, len(words) - 3), len(words)))


def is_bare_body(speaker: str) -> bool:
    """Whether a speaker is a government body named by its office alone, no country in it:
    "the foreign ministry", "the Ministry", "the government"."""
    words = re.findall(r"[a-z]+", speaker.lower())
    role = _roles().get(" ".join(words[1:])) if words[:1] == ["the"] else None
    return role is not None and role[0] in GOVERNMENT and bool(role[1])


def condemnation(content: str, country: str) -> str | None:
    """The phrase of `content` that condemns `country` (ISO alpha-3), or None."""
    for pattern in _patterns(country):
        for match in pattern.finditer(content):
            before = re.findall(r"[\w'-]+", content[:match.start()].lower())[-GUARD_WORDS:]
            if not _guarded(" ".join(before)):
                return match.group(0)
    return None


def _self_condemning(speaker: str, country: str | None, content: str) -> tuple[str, str, str] | None:
    phrase = condemnation(content, country) if country else None
    if not phrase or not country:
        return None
    known = country_names().get(country)
    name = known.names[0] if known else country
    return (f"{speaker} ({country}) quoted: \"{phrase}\"",
            f"a statement attributed to {speaker} ({name}) condemns {name} itself: \"{phrase}\"",
            "speaker")


def _ambiguous(speaker: str) -> tuple[str, str, str]:
    return (f"{speaker} (country unclear)",
            f"whose {speaker.removeprefix('the ').removeprefix('The ')}? no mention of the article "
            "settles the speaker's country, and the report is about several countries", "speaker country")


def _discrepancy(flag: tuple[str, str, str], event_ids: list[str], source: str | None) -> Discrepancy:
    side, detail, field = flag
    return Discrepancy(kind="attribution_to_check", field=field, sides={side: sorted(event_ids)},
                       detail=f"{source}: {detail}" if source else detail)


def _guarded(before: str) -> bool:
    padded = f" {before} "
    return any(f" {guard} " in padded for guard in tables.words("condemnations", "guard"))


@functools.cache
def _patterns(country: str) -> tuple[re.Pattern[str], ...]:
    """The condemning phrases of data/condemnations.tsv filled in with `country`'s names and
    demonyms, as case-insensitive whole-word patterns (typographic apostrophes allowed; a
    {word} is any one word but the exempt ones)."""
    names = country_names().get(country)
    if names is None:
        return ()
    fills = {"{name}": _long(names.names), "{adj}": _long(names.demonyms)}
    exempt = "|".join(map(re.escape, tables.words("condemnations", "exempt")))
    word = rf"(?!(?:{exempt})(?![\w-]))[\w-]+"
    found = []
    for phrase in tables.words("condemnations", "condemn"):
        key = "{name}" if "{name}" in phrase else "{adj}"
        for fill in fills[key]:
            parts = phrase.replace(key, fill.lower()).split("{word}")
            text = word.join(re.escape(part).replace("'", "['\u2019]") for part in parts)
            found.append(re.compile(rf"(?<![\w-]){text}(?![\w-])", re.IGNORECASE))
    return tuple(found)


def _long(words: list[str]) -> list[str]:
    """The names long enough to match in any case ("US" is a word too)."""
    return [item for item in words if len(item) > 2]


@functools.cache
def _roles() -> dict[str, tuple[str | None, str | None]]:
    """Role phrase (normalised) -> (sector, office), from the actor knowledge base."""
    from eventwire.actors.knowledge import packaged_roles

    return {phrase: (role.sector, role.office) for phrase, role in packaged_roles().items()}

