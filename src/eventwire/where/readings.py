"""Reading time: a division told from the big town of the same name by the words around it.

A division named like a big town of its country ("New York", "Washington", "Lagos") is told
from the town by the words around the name (data/division_evidence.tsv), by the divisions
listed with it ("Oregon or Washington"), and, for a megacity, by a longer name it opens ("the
New York Times"): a paper, a team or a police force is the city's. The town must have at
least BIG_CITY inhabitants; the one a longer name names, MEGACITY. A country named like one
of its divisions ("Mexico") is the division when the words next to it say so ("the state of
Mexico").

A name opening a wire dateline ("NEW YORK (AP) —") is the town.

The words of data/division_evidence.tsv read one of:
- "division" or "city";
- "part" (a compass word: "eastern Washington", "western Kabul"): a part of either, so the
  division only when the town lies outside it, or the division is in a country whose writers
  name its divisions' regions by compass (PART_COUNTRIES: "western New York");
- "state" ("the state's budget"): the division only in a country whose first-level divisions
  are called states (data/state_countries.tsv); elsewhere "the state" is the nation;
- "government" ("the Quebec government"): the division unless the town is a national
  capital ("the Kabul government" is the nation's).
A word of the name's sentence counts only when the sentence names no other division or
country: the cue may be that place's ("the governor of Texas ... as the state's talks
stalled").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from eventwire import datafiles
from eventwire.nlp.phrases import doc_text, doc_tokens, sentence_of
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.hidden import is_dateline
from eventwire.where.names import name_key
from eventwire.where.resolve import BIG_CITY, MEGACITY

if TYPE_CHECKING:
    from eventwire.where.toponyms import Mention

# words joining the items of a list ("Oregon, Washington and Idaho")
LIST_WORDS = frozenset({"and", "or", "&"})
_LIST_JOINERS = LIST_WORDS | {","}
# countries whose divisions' regions are named by compass words even where the big town of
# the division's name lies in it ("western New York", "central Texas")
PART_COUNTRIES = frozenset({"USA"})
# words closing a division's name ("Mexico State"; admin_terms.tsv)
_ADMIN_TERMS = frozenset(word.lower() for word in datafiles.words("where", "admin_terms.tsv"))


@functools.cache
def division_evidence() -> dict[tuple[str, str], str]:
    """(word or words, where) -> reading, from data/division_evidence.tsv."""
    rows = datafiles.table("where", "division_evidence.tsv", ("word", "where", "reading"),
                           required=("word", "where", "reading"))
    return {(row["word"], row["where"]): row["reading"] for row in rows}


@functools.cache
def state_countries() -> frozenset[str]:
    """ISO alpha-3 codes of the countries whose first-level divisions are called states."""
    return frozenset(datafiles.words("where", "state_countries.tsv"))


def division_or_city(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
                     gazetteer: Gazetteer) -> list[Candidate | None]:
    """`chosen`, but a name both a division and a big town of its country bear, read as one
    of them, is the one the text's evidence reads (:func:`_reading`, :func:`_told_apart`);
    with no evidence the pick stays. The town is looked up again: an untagged name keeps no
    town by an alternate name ("New York" of "the New York Times"). A small town picked for
    a division's name listed with another division of its country is the division ("England
    and Wales": :func:`_listed_division`); a country picked for a name its division bears is
    the division the words next to it read ("the state of Mexico": :func:`_country_division`)."""
    out = list(chosen)
    unread = []
    for i, (mention, pick) in enumerate(zip(mentions, chosen, strict=True)):
        if pick is None or mention.qualifiers:
            continue
        if pick.kind == "country":
            out[i] = _country_division(doc, mentions, chosen, i, gazetteer) or pick
            continue
        if pick.kind not in ("city", "admin1"):
            continue
        if pick.kind == "city" and pick.population < BIG_CITY:
            out[i] = _listed_division(doc, mentions, chosen, i, gazetteer) or pick
            continue
        pair = _division_and_city(doc[mention.start:mention.end].text, mention, gazetteer)
        if pair is None or pick.record not in (pair[0].record, pair[1].record):
            continue    # a namesake elsewhere ("Lima", Ohio) is the ranker's and the rules' pick
        reading = _reading(doc, mentions, chosen, i, pair, gazetteer)
        out[i] = pair[0] if reading == "division" else pair[1] if reading == "city" else pick
        if reading is None and pick.record == pair[1].record:
            unread.append((i, pair))
    for i, (division, town) in unread:
        dateline = is_dateline(doc[mentions[i].start:mentions[i].end])
        if not dateline and _told_apart(doc, mentions, out, i, division, town):
            out[i] = division
    return out


def _told_apart(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                division: Candidate, town: Candidate) -> bool:
    """Whether the article names the town in a longer or qualified form ("Washington, D.C.",
    "New York City") and the division elsewhere ("Wash.", "Washington state"): a writer who
    tells them apart means the division by the bare name of mention `i`."""
    tokens, whole = doc_tokens(doc), doc_text(doc)

    def words(mention: Mention) -> str:   # the mention's text, as its Span's, with no Span made
        last = tokens[mention.end - 1]
        return whole[tokens[mention.start].idx:last.idx + len(last.text)]

    bare = name_key(words(mentions[i]))
    town_told = division_told = False
    for mention, pick in zip(mentions, chosen, strict=True):
        if pick is None:
            continue
        text = name_key(words(mention))
        if pick.record == town.record and (mention.qualifiers or text != bare):
            town_told = True
        if pick.record == division.record:
            division_told = True
    return town_told and division_told


def _division_and_city(text: str, mention: Mention,
                       gazetteer: Gazetteer) -> tuple[Candidate, Candidate] | None:
    """The division named `text` by its own name and the biggest town of its country named
    so, of BIG_CITY inhabitants at least; None unless both are there."""
    found = _named(text, mention, gazetteer)
    division = _division_of(text, found)
    if division is None:
        return None
    towns = [c for c in found if c.kind == "city" and c.country == division.country
             and c.population >= BIG_CITY]
    town = max(towns, key=lambda c: c.population, default=None)
    return None if town is None else (division, town)


def _named(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Candidate]:
    """The mention's candidates and every other record the gazetteer names `text`."""
    return list({c.record: c for c in [*mention.candidates, *gazetteer.lookup(text)]}.values())


def _division_of(text: str, candidates: list[Candidate], country: str | None = None) -> Candidate | None:
    """The division of `candidates` (in `country`, when given) named `text` by its own name, or
    None."""
    return next((c for c in candidates if c.kind == "admin1" and not c.by_alternate
                 and name_key(c.name) == name_key(text) and country in (None, c.country)), None)


def _listed_division(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                     gazetteer: Gazetteer) -> Candidate | None:
    """The division named like the small town picked for mention `i` when the mention stands
    in a list with another division of its country ("England and Wales"); else None."""
    text = doc[mentions[i].start:mentions[i].end].text
    division = _division_of(text, _named(text, mentions[i], gazetteer))
    if division is None or not _listed_with_division(doc, mentions, chosen, i, division):
        return None
    return division


def _country_division(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                      gazetteer: Gazetteer) -> Candidate | None:
    """The division of the country picked for mention `i` bearing the country's name, when the
    words next to the mention read a division: an "of" cue ("the state of Mexico") or a
    division's term after it ("Mexico State"); else None. Compass words and the other cues
    after it name a part or a body of the country ("northern Mexico", "the Mexico government")."""
    pick, mention = chosen[i], mentions[i]
    if pick is None:
        return None
    text = doc[mention.start:mention.end].text
    division = _division_of(text, _named(text, mention, gazetteer), pick.country)
    if division is None:
        return None
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    of = doc[mention.start - 2].lower_ if mention.start > 1 and before == "of" else ""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    evidence = division_evidence()
    near = {evidence.get((of, "of")), "division" if after in _ADMIN_TERMS else None} - {None}
    return division if near == {"division"} else None


def _near_readings(doc: Any, mention: Mention, pair: tuple[Candidate, Candidate],
                   gazetteer: Gazetteer) -> set[str]:
    """The readings the words next to the mention give: the word before it, the word before
    "of" before it, the word or two words after it."""
    evidence = division_evidence()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    of = doc[mention.start - 2].lower_ if mention.start > 1 and before == "of" else ""
    after = [t.lower_.rstrip(".") for t in doc[mention.end:mention.end + 2]]
    keys = [(before, "before"), (of, "of")]
    if after:
        keys += [(after[0], "after"), (" ".join(after), "after")]
    return {_resolved(evidence[key], pair, gazetteer) for key in keys if key in evidence} - {""}


def _resolved(reading: str, pair: tuple[Candidate, Candidate], gazetteer: Gazetteer) -> str:
    """`reading` of the table made "division", "city" or "" (no evidence) for the pair
    (division, town); see the module's docstring."""
    division, town = pair
    if reading == "part":
        outside = town.kind != "city" or town.admin1_code != division.admin1_code
        return "division" if outside or division.country in PART_COUNTRIES else ""
    if reading == "state":
        return "division" if division.country in state_countries() else ""
    if reading == "government":
        return "" if town.record in gazetteer.capitals else "division"
    return reading


def _reading(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
             pair: tuple[Candidate, Candidate], gazetteer: Gazetteer) -> str | None:
    """"division", "city" or None (no evidence, or both ways) for mention `i`."""
    mention = mentions[i]
    if is_dateline(doc[mention.start:mention.end]):
        return "city"       # "NEW YORK (AP) —": a story is filed from a town, never a state
    near = _near_readings(doc, mention, pair, gazetteer)
    after = doc[mention.end] if mention.end < len(doc) else None
    if not near and after is not None and after.text[:1].isupper() and after.is_alpha \
            and pair[1].population >= MEGACITY:
        return "city"       # "the New York Times": a longer name opened by the megacity's
    if _listed_with_division(doc, mentions, chosen, i, pair[0]):
        near.add("division")
    if not near and not _names_another_division(doc, mentions, chosen, i, pair):
        near = _sentence_reading(doc, mention, pair, gazetteer)
    return near.pop() if len(near) == 1 else None


def _names_another_division(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                            pair: tuple[Candidate, Candidate]) -> bool:
    """Whether the sentence of mention `i` names a division or country other than `pair`'s."""
    sentence = sentence_of(doc[mentions[i].start])
    return any(j != i and pick is not None and pick.kind in ("admin1", "country")
               and pick.record != pair[0].record and sentence.start <= mention.start < sentence.end
               for j, (mention, pick) in enumerate(zip(mentions, chosen, strict=True)))


def _sentence_reading(doc: Any, mention: Mention, pair: tuple[Candidate, Candidate],
                      gazetteer: Gazetteer) -> set[str]:
    """The readings the words of the mention's sentence give ("the state's", "the mayor")."""
    evidence = division_evidence()
    readings = set()
    for token in sentence_of(doc[mention.start]):
        word = token.lower_.replace("’", "'")
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s"):
            word += "'s"
        if (word, "sentence") in evidence:
            readings.add(_resolved(evidence[(word, "sentence")], pair, gazetteer))
    return readings - {""}


def _listed_with_division(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
                          i: int, division: Candidate) -> bool:
    """Whether mention `i` stands in a list ("and", "or", commas) next to another division
    of the same country ("Oregon or Washington", "New York and Vermont")."""
    mention = mentions[i]
    for other, pick in zip(mentions, chosen, strict=True):
        if other is mention or pick is None or pick.kind != "admin1" or pick.country != division.country:
            continue
        first, second = sorted((mention, other), key=lambda m: m.start)
        between = doc[first.end:second.start]
        if 0 < len(between) <= 2 and all(t.lower_ in _LIST_JOINERS for t in between):
            return True
    return False
