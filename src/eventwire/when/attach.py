"""Dating events: which temporal expression governs each event, and which events are
background.

The order of evidence for one event:

1. **Same clause** (needs ``article.doc``): an expression whose path up the parse reaches
   the trigger token without crossing another verb ("met ... on Wednesday", "the meeting
   in Dubai on Wednesday" for "met" when the meeting phrase modifies it), or one inside a
   relative clause about a noun trigger ("airstrikes ..., which killed 46 civilians in late
   December"). An anchor phrase counts like a date ("withdrawn ... following the Taliban's
   rise to power", see ``anchors.json``).
2. **Past perfect** ("India had withdrawn ..."): the nearest expression *before* the
   trigger, in its sentence, its paragraph or the previous paragraph, whose date is older
   than the main happening; the event is marked background even when none is found.
3. **Same sentence**: the nearest expression, skipping those inside a relative clause
   that does not hold the trigger ("airstrikes, which killed 46 in late December") and
   those under a relational preposition ("despite the takeover in 2021").
4. **Continuation**: the latest day-granular event date in the same paragraph, else (when
   the sentence carries no past-perfect or background marker) the latest one in the
   nearest earlier paragraph that has dated events.
5. Nothing: the publication date with granularity ``unknown`` and no span.

An event is background when its date ends more than :data:`BACKGROUND_DAYS` before the
article's main happening (the most frequent day-granular date, ties to the earliest
mentioned, else publication), or when an earlier stage already said so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eventwire.nlp.phrases import head_of
from eventwire.records import Article, Event, TimeExpression
from eventwire.when.calendar import parse_value
from eventwire.when.find import expression_root, find_times, verb_above
from eventwire.when.tense import is_past_perfect

BACKGROUND_DAYS = 60
_BACKGROUND_MARKER = re.compile(
    r"\b(?:had|previously|earlier|formerly|in the past|once|since|ago)\b", re.I)
_OTHER_CLAUSE_DEPS = {"relcl", "acl"}
# "despite/after the takeover in 2021": the year dates the takeover, not the event
_RELATIONAL = {"despite", "following", "after", "before", "since", "until", "unlike"}


@dataclass
class _Dating:
    """Working state while dating one article's events in text order."""

    article: Article
    usable: list[TimeExpression]
    main: dt.date | None
    paragraphs: list[int]                      # start offset of every paragraph
    dated: list[tuple[int, TimeExpression]] = field(default_factory=list)  # (paragraph, date)

    def paragraph(self, offset: int) -> int:
        return sum(1 for start in self.paragraphs if start <= offset) - 1


def date_events(article: Article) -> None:
    """Find the article's temporal expressions and date every event.

    Reads ``text``, ``doc`` (may be None: regex-only), ``published``, ``events`` (their
    ``trigger``, ``sentence``, ``trigger_token`` and ``background``). Writes
    ``article.times`` and, for each event, ``date`` and ``background``.
    """
    published = article.published_date
    article.times = find_times(article.text, published, article.doc)
    usable = [time for time in article.times if time.value is not None]
    state = _Dating(article, usable, main_date(article.times, published),
                    _paragraph_starts(article.text))
    for event in sorted(article.events, key=lambda e: e.trigger.start):
        event.date = _event_date(event, state)
        if event.date.granularity == "day" and event.date.value:
            state.dated.append((state.paragraph(event.trigger.start), event.date))
        event.background = event.background or is_background(event.date, state.main)


def main_date(times: list[TimeExpression], published: dt.date | None) -> dt.date | None:
    """The article's main happening: its most frequent day-granular date (ties: the
    earliest mentioned), else the publication date."""
    days = [time.value for time in times if time.granularity == "day" and time.value]
    if not days:
        return published
    counts = Counter(days)
    best = max(counts.values())
    return dt.date.fromisoformat(next(day for day in days if counts[day] == best))


def is_background(date: TimeExpression | None, main: dt.date | None) -> bool:
    """True when ``date`` ends more than BACKGROUND_DAYS before ``main``."""
    if date is None or main is None or not date.value or date.granularity == "unknown":
        return False
    end = parse_value(date.value_end or date.value, end=True)
    return end is not None and (main - end).days > BACKGROUND_DAYS


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in re.finditer(r"\n", text)]


def _event_date(event: Event, state: _Dating) -> TimeExpression:
    article = state.article
    token = _trigger_token(event, article.doc)
    in_sentence = [t for t in state.usable
                   if event.sentence.start <= t.start < event.sentence.end]  # type: ignore[operator]
    found = (_same_clause(in_sentence, token, article.doc)
             or _in_own_relative_clause(in_sentence, token, article.doc))
    if found is None and is_past_perfect(article.text, event.trigger.start, event.trigger.end,
                                         article.doc, token):
        event.background = True
        found = _older_before(event, state)
    elif found is None:
        found = _nearest(_outside_other_clauses(in_sentence, token, article.doc), event)
        found = found or _continued(event, state)
    return dataclasses.replace(found) if found else _publication(article.published_date)


def _publication(published: dt.date | None) -> TimeExpression:
    value = published.isoformat() if published else None
    return TimeExpression(text=None, start=None, end=None, value=value, granularity="unknown")


def _trigger_token(event: Event, doc: Any) -> int | None:
    if doc is None:
        return None
    if event.trigger_token is not None:
        return event.trigger_token
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def _same_clause(times: list[TimeExpression], token: int | None,
                 doc: Any) -> TimeExpression | None:
    """The first expression whose parse path up to the trigger crosses no other verb."""
    if doc is None or token is None:
        return None
    return next((time for time in times if _reaches(expression_root(time, doc), token)), None)


def _reaches(root: Any, token: int) -> bool:
    node = root
    while node is not None and head_of(node).i != node.i:
        node = head_of(node)
        if node.i == token:
            return True
        if node.pos_ in {"VERB", "AUX"} or node.lower_ in _RELATIONAL:
            return False
    return False


def _in_own_relative_clause(times: list[TimeExpression], token: int | None,
                            doc: Any) -> TimeExpression | None:
    """An expression in a relative clause about the trigger noun: "airstrikes in
    Afghanistan, which killed 46 civilians in late December" dates the airstrikes."""
    if doc is None or token is None or doc[token].pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((time for time in times
                 if _antecedent_reaches(verb_above(expression_root(time, doc)), token)), None)


def _antecedent_reaches(verb: Any, token: int) -> bool:
    """Whether ``verb`` heads a relative clause whose antecedent is the trigger, or a noun
    in a prepositional phrase of the trigger ("airstrikes in Afghanistan, which ...")."""
    if verb is None or verb.dep_ != "relcl":
        return False
    node = head_of(verb)
    for _ in range(4):
        if node.i == token:
            return True
        if node.dep_ not in {"pobj", "prep"} or head_of(node).i == node.i:
            return False
        node = head_of(node)
    return False


def _outside_other_clauses(times: list[TimeExpression], token: int | None,
                           doc: Any) -> list[TimeExpression]:
    """Drop expressions inside a relative clause that does not contain the trigger."""
    if doc is None or token is None:
        return times
    return [time for time in times if not _in_foreign_clause(expression_root(time, doc), doc[token])]


def _in_foreign_clause(root: Any, trigger: Any) -> bool:
    node = head_of(root) if root is not None else None
    while node is not None and head_of(node).i != node.i:
        if node.lower_ in _RELATIONAL or (node.dep_ in _OTHER_CLAUSE_DEPS
                                          and node.pos_ in {"VERB", "AUX"}):
            return not node.is_ancestor(trigger) and node.i != trigger.i
        node = head_of(node)
    return False


def _nearest(times: list[TimeExpression], event: Event) -> TimeExpression | None:
    def distance(time: TimeExpression) -> int:
        return max(time.start - event.trigger.end, event.trigger.start - time.end, 0)  # type: ignore[operator]
    return min(times, key=distance, default=None)


def _older_before(event: Event, state: _Dating) -> TimeExpression | None:
    """For a past-perfect event: the nearest earlier expression (this or the previous
    paragraph) that is older than the main happening."""
    paragraph = state.paragraph(event.trigger.start)
    earlier = [t for t in state.usable
               if t.start < event.trigger.start  # type: ignore[operator]
               and state.paragraph(t.start) >= paragraph - 1  # type: ignore[arg-type]
               and _older_than(t, state.main)]
    return earlier[-1] if earlier else None


def _older_than(time: TimeExpression, main: dt.date | None) -> bool:
    end = parse_value(time.value_end or time.value or "", end=True)
    return main is None or (end is not None and end < main)


def _continued(event: Event, state: _Dating) -> TimeExpression | None:
    """The latest day-granular event date of this paragraph, else of the nearest earlier
    paragraph with one, unless the sentence signals background."""
    paragraph = state.paragraph(event.trigger.start)
    same = [date for index, date in state.dated if index == paragraph]
    if same:
        return same[-1]
    sentence = state.article.text[event.sentence.start:event.sentence.end]
    if not state.dated or _BACKGROUND_MARKER.search(sentence):
        return None
    return state.dated[-1][1]
