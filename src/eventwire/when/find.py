"""Finding and normalising every temporal expression of a text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Any

from eventwire.nlp.phrases import head_of
from eventwire.records import TimeExpression
from eventwire.when.calendar import UNRESOLVED, Reading, parse_value
from eventwire.when.periods import NAMING_QUARTERS, quarter_of
from eventwire.when.rules import NEAR_PUBLICATION, PREP, RULES, B, Context, Rule, Unresolved, clock_time
from eventwire.when.starts import OpenPattern, Starts, is_letter, starts_of, token

Candidate = tuple[re.Match[str], Rule]


def find_times(text: str, published: dt.date | None, doc: Any = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``, in text order, resolved against ``published``.

    ``doc`` (the spaCy Doc of ``text``) lets the tense of the clause decide between the
    latest past and the next "Friday"/"June"; without it a regex looks for future markers
    in the sentence. Anaphoric expressions ("two days later", "the next day") count from
    the latest day-granular expression before them, else from publication (in a past
    clause a count forward from nothing told gets no value: see
    ``rules._nothing_to_count_from``). Without a publication date, relative expressions get
    ``value=None`` and granularity ``unknown``.
    Offsets are exact: ``text[expr.start:expr.end] == expr.text``.
    """
    chosen = _choose(_candidates(text), doc)
    context = Context(text=text, published=published, doc=doc, near_publication=tuple(
        match.start() for match, rule in chosen if rule.name in NEAR_PUBLICATION),
        month_first=_month_first(chosen))
    times = []
    for match, rule in chosen:
        reading = _resolve(match, rule, context)
        if reading is None:
            continue
        times.append(_expression(match, reading))
        if reading[0]:
            context.latest = parse_value(reading[0])
            context.latest_granularity = reading[2]
            context.latest_at, context.latest_end = match.start(), match.end()
            context.focus = _focus(match, reading, context)
        quarter = quarter_of(reading)
        if quarter and rule.name in NAMING_QUARTERS:
            context.quarter = _report_quarter(context, quarter, match)
        if reading[2] == "day" and reading[0]:
            context.anchor = dt.date.fromisoformat(reading[0])
    return _clock_days(times, text, doc)


def _month_first(chosen: list[Candidate]) -> bool | None:
    """Whether the text writes its dates in words month first ("March 1") more often than
    day first ("1 March"); None when neither way is the more frequent."""
    month_first = sum(rule.name in _MONTH_FIRST for _, rule in chosen)
    day_first = sum(rule.name in _DAY_FIRST for _, rule in chosen)
    return None if month_first == day_first else month_first > day_first


_MONTH_FIRST = frozenset({"month_day", "month_day_range"})
_DAY_FIRST = frozenset({"day_month", "day_range"})


def _report_quarter(context: Context, quarter: tuple[int, int], match: re.Match[str]) -> tuple[int, int, int]:
    """The quarter a report is about, with where a quarter was last named.

    A report names its quarter first; later quarters are asides ("the fourth quarter looks
    weak"), though they keep the report's quarter in reach. A fiscal quarter is no
    calendar quarter we know ("the fiscal first quarter" may end in September), so the
    first calendar quarter named after it takes its place ("… For the quarter ended Sept.
    30, … a year earlier")."""
    fiscal = bool(_FISCAL_BEFORE.search(match.string, max(0, match.start() - 12), match.start()))
    if context.quarter is None or (context.quarter_fiscal and not fiscal):
        context.quarter_fiscal = fiscal
        return (*quarter, match.end())
    return (*context.quarter[:2], match.end())


_FISCAL_BEFORE = re.compile(r"fiscal[\s-]+$", re.IGNORECASE)


def _clock_days(times: list[TimeExpression], text: str, doc: Any = None) -> list[TimeExpression]:
    """The day of each clock time, read right to left once all dates are resolved.

    Resolved in text order, a clock time first took the day told before it. A day right
    after it is its own ("at 3 p.m. on Thursday", "at 9 a.m. Saturday"), though not across
    a comma nor a possessive ("at 3 p.m., Monday's vote" names another happening); the
    first hour of a range takes the day of the second ("10 a.m.-2 p.m. on Saturday",
    "between 1 am and 3 am Saturday"); a day right before it is its own too ("on Sunday at
    7 a.m."). Without a day of its own it yields to the other dates of its sentence: it
    takes the nearest day there ("polls open on Sunday … and close at 8 p.m."), and next to
    a coarser date only ("at about 4 a.m. in January", "at noon in 2019") of its clause
    (with a parse ``doc``: "stopped at midnight, but resumed in 2024" keeps its day) it is
    on no day we know, lest it date the clause's events to the day it counted from."""
    own = [False] * len(times)
    for n in reversed(range(len(times))):
        expr = times[n]
        if not clock_time(expr.text or "") or expr.value is None:
            continue
        after = times[n + 1] if n + 1 < len(times) else None
        before = times[n - 1] if n else None
        if after is not None and _is_day(after) and _gap(_CLOCK_GAP, text, expr, after) \
                and not _POSSESSIVE.match(text, after.end or 0):
            day: str | None = after.value
        elif after is not None and own[n + 1] and _gap(_RANGE_GAP, text, expr, after):
            day = after.value
        elif before is not None and _is_day(before) and _gap(_DAY_BEFORE_GAP, text, before, expr):
            day = before.value
        else:
            times[n] = _sentence_day(expr, times, text, doc)
            continue
        times[n] = dataclasses.replace(expr, value=day)
        own[n] = True
    return times


def _sentence_day(clock: TimeExpression, times: list[TimeExpression], text: str,
                  doc: Any) -> TimeExpression:
    """A clock time without a day of its own, in view of the other dates of its sentence
    (see :func:`_clock_days`)."""
    start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, clock.start or 0)), default=0)
    stop = _SENTENCE_END.search(text, clock.end or 0)
    end = stop.start() if stop else len(text)
    others = [other for other in times if start <= (other.start or 0) < end
              and other.value and other.granularity != "unknown" and not clock_time(other.text or "")
              and not _POSSESSIVE.match(text, other.end or 0)]
    days = [other for other in others if other.granularity == "day"]
    if days:
        nearest = min(days, key=lambda other: abs((other.start or 0) - (clock.start or 0)))
        return dataclasses.replace(clock, value=nearest.value)
    if doc is not None:
        verb = _clause_verb(doc, clock)
        others = [other for other in others if _clause_verb(doc, other) == verb]
    if others:
        return dataclasses.replace(clock, value=None, value_end=None, granularity="unknown")
    return clock


def _clause_verb(doc: Any, expr: TimeExpression) -> Any:
    """The index of the first verb at or above the expression's root in the parse, or None."""
    root = expression_root(expr, doc)
    verb = root if root is not None and root.pos_ in {"VERB", "AUX"} else verb_above(root)
    return verb.i if verb is not None else None


def expression_root(time: TimeExpression, doc: Any) -> Any:
    """The parse token heading the expression's span, or None."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def verb_above(root: Any) -> Any:
    """The first verb above ``root`` (the verb of the expression's clause), or None."""
    node = root
    while node is not None and head_of(node).i != node.i:
        node = head_of(node)
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _is_day(expr: TimeExpression) -> bool:
    return expr.granularity == "day" and bool(expr.value) and not clock_time(expr.text or "")


def _gap(pattern: re.Pattern[str], text: str, first: TimeExpression, second: TimeExpression) -> bool:
    return bool(pattern.fullmatch(text, first.end or 0, second.start or 0))


_CLOCK_GAP = re.compile(r"\s*")
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|and|until|till|through)\s*", re.IGNORECASE)
_DAY_BEFORE_GAP = re.compile(
    r"[\s,]*(?:(?:at|from|by|until|till|around|about|before|after|shortly|just)\s+)*", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# a stop before a lower-case word or a number ends an abbreviation, no sentence ("at 3 p.m.
# on Thursday", "until 5 p.m. EST, Nov. 6")
_SENTENCE_END = re.compile(r"[.!?]\s(?![a-z\d])|\n")


def _focus(match: re.Match[str], reading: Reading, context: Context) -> tuple[int, int] | None:
    """The year in focus after a dated expression (see ``rules._focus_year``): a year that
    opens its sentence after "in"/"during" ("In 2019, the company …"), which sets the scene
    for what follows; a date inside the year in focus keeps it in reach; any other date
    leaves it as it was. A year inside a sentence is mostly background ("lifted a ban in
    2019. The season, which ended in November, …" is this November), and one that starts a
    span ("since 1990") or names a happening ("the Dec. 21, 1988, bombing") sets none."""
    first = parse_value(reading[0] or "")
    if first is None:
        return context.focus
    prep = (match.groupdict().get("prep") or "").lower()
    if match.groupdict().get("year") and prep in _FOCUS_PREPS and _opens_sentence(match):
        return first.year, match.end()
    if context.focus and context.focus[0] == first.year:
        return first.year, match.end()
    return context.focus


_FOCUS_PREPS = frozenset({"in", "during"})
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n)[\"“‘(]?\s*$")


def _opens_sentence(match: re.Match[str]) -> bool:
    return bool(_SENTENCE_START.search(match.string, 0, match.start()))


def _candidates(text: str) -> list[Candidate]:
    """Every rule's matches, as each rule's own ``finditer`` finds them (non-overlapping,
    left to right). Only the word starts whose word can open some rule's match are tried
    (:func:`rules_for`: about one word in five; the rest cost a dictionary look-up), each
    with the rules its word can open: one by one when they are few, else those the one-pass
    test (:func:`one_pass_pattern`) finds there."""
    found: list[tuple[int, re.Match[str]]] = []
    ends = [0] * len(RULES)          # where each rule's next match may start
    for start in _word_starts().finditer(text):
        at = start.start()
        numbers: Sequence[int] = rules_for(start.group())
        if len(numbers) > FEW_RULES:
            numbers = _passing(text, at)
        for n in numbers:
            if at >= ends[n]:
                match = RULES[n].pattern.match(text, at)
                if match is not None:
                    found.append((n, match))
                    ends[n] = match.end()
    found.sort(key=lambda pair: pair[0])   # rule by rule, as the rules' own passes
    return [(match, RULES[n]) for n, match in found]


# above this many rules to try at a word start ("the", "in", a word outside ASCII), one pass
# of all rules there costs less than trying each
FEW_RULES = 20


def _passing(text: str, at: int) -> Sequence[int]:
    """The numbers of the rules that match at ``at``, by the one-pass test."""
    gate = one_pass_pattern().match(text, at)
    if gate is None:
        return ()
    return [n for n, reach in enumerate(gate.groups()) if reach is not None]


@functools.cache
def _rule_starts() -> tuple[Starts, ...]:
    try:
        return tuple(starts_of(rule.pattern.pattern) for rule in RULES)
    except OpenPattern as error:
        raise ValueError(f"a time rule may begin with any word, which the search cannot filter: {error}") \
            from error


@functools.cache
def _word_starts() -> re.Pattern[str]:
    """The places a rule may start: a run of letters, or a character that opens some rule
    (a digit, a quote …), after no word character (the rules' own start test)."""
    others = {word for starts in _rule_starts() for word in starts.words | starts.prefixes
              if not is_letter(word[0])}
    chars = "".join(_TOKEN_CLASS.get(char, re.escape(char)) for char in sorted(others))
    return re.compile(rf"{B}(?:[^\W\d_]+|[{chars}])" if chars else rf"{B}[^\W\d_]+")


_TOKEN_CLASS = {"0": r"\d", " ": r"\s"}


@functools.cache
def _rules_by_word() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The rules each opening word admits: exactly, and as a word's beginning."""
    exact: dict[str, list[int]] = {}
    begun: dict[str, list[int]] = {}
    for n, starts in enumerate(_rule_starts()):
        for word in starts.words:
            exact.setdefault(word, []).append(n)
        for word in starts.prefixes:
            begun.setdefault(word, []).append(n)
    return ({word: tuple(numbers) for word, numbers in exact.items()},
            {word: tuple(numbers) for word, numbers in begun.items()})


@functools.lru_cache(maxsize=8192)
def rules_for(word: str) -> tuple[int, ...]:
    """The numbers of the rules (in :data:`RULES`) whose match may begin with ``word``, a
    run of letters or one character that is no letter, in their order. A run with letters
    outside ASCII admits every rule: the rules' case folding may read one as theirs (the
    Kelvin sign as "k")."""
    if not is_letter(word[0]):
        word = token(word)
    elif word.isascii():
        word = word.lower()
    else:
        return tuple(range(len(RULES)))
    exact, begun = _rules_by_word()
    numbers = exact.get(word, ())
    if begun:
        numbers += tuple(n for prefix, more in begun.items() if word.startswith(prefix) for n in more)
    return tuple(sorted(set(numbers)))


def full_candidates(text: str) -> list[Candidate]:
    """:func:`_candidates` found by trying every word start (see :func:`one_pass_pattern`),
    the search the filtered one must agree with."""
    found: list[tuple[int, re.Match[str]]] = []
    ends = [0] * len(RULES)          # where each rule's next match may start
    for gate in one_pass_pattern().finditer(text):
        at = gate.start()
        for n, reach in enumerate(gate.groups()):
            if reach is not None and at >= ends[n]:
                match = RULES[n].pattern.match(text, at)
                if match is not None:
                    found.append((n, match))
                    ends[n] = match.end()
    found.sort(key=lambda pair: pair[0])   # rule by rule, as the rules' own passes
    return [(match, RULES[n]) for n, match in found]


@functools.cache
def one_pass_pattern() -> re.Pattern[str]:
    """One pattern that stops only where some rule matches and captures, per rule, what it
    would match there.

    Every rule starts with the same word-start test; 25 passes over a text with 25 patterns
    cost 25 attempts at every character, this one pass a single test at most characters.
    Each rule's body (its named groups made plain) sits in a lookahead of its own, so the
    rules' matches may overlap as they do in separate passes; :func:`_candidates` then takes
    each rule's match at its place with the rule's own pattern.

    Most rules open with the same optional preposition (:data:`~eventwire.when.rules.PREP`);
    the stop test tries it once for all of them ("(in )?(A|B|C)" for "(in )?A|(in )?B|(in )?C",
    which stop at the same places), a third of the pass's cost."""
    bodies = []
    flags = RULES[0].pattern.flags
    for rule in RULES:
        pattern = rule.pattern.pattern
        # the gate's groups are numbered one per rule: a rule may hold named groups only
        # (made plain here), and all must be compiled alike
        if not pattern.startswith(B) or rule.pattern.flags != flags \
                or rule.pattern.groups != len(rule.pattern.groupindex):
            raise ValueError(f"time rule {rule.name!r} does not fit the one-pass search: it must "
                             "begin with the word-start test, share the others' flags and "
                             "name all its groups")
        bodies.append(_PLAIN_GROUP.sub("(?:", pattern[len(B):]))
    prep = _PLAIN_GROUP.sub("(?:", PREP)
    after_prep = [body[len(prep):] for body in bodies if body.startswith(prep)]
    others = [body for body in bodies if not body.startswith(prep)]
    any_rule = "|".join([f"{prep}(?:{'|'.join(f'(?:{body})' for body in after_prep)})"] * bool(after_prep)
                        + [f"(?:{body})" for body in others])
    each_rule = "".join(f"(?:(?=({body}))|)" for body in bodies)
    return re.compile(f"{B}(?={any_rule}){each_rule}", flags)


_PLAIN_GROUP = re.compile(r"\(\?P<\w+>")


def _choose(candidates: list[Candidate], doc: Any = None) -> list[Candidate]:
    """Non-overlapping matches, longest first (ties: the earlier rule), in text order.

    A longer match that its rule rejects (e.g. "May" the verb) frees its place for shorter
    ones, so rejection is checked before choosing: see :func:`_accepted`.
    """
    order = {rule.name: index for index, rule in enumerate(RULES)}
    ranked = sorted(candidates, key=lambda c: (c[0].start() - c[0].end(), order[c[1].name]))
    taken: list[Candidate] = []
    for match, rule in ranked:
        if not any(_overlaps(match, other) for other, _ in taken) and _accepted(match, rule, doc):
            taken.append((match, rule))
    return sorted(taken, key=lambda c: c[0].start())


def _overlaps(one: re.Match[str], other: re.Match[str]) -> bool:
    return one.start() < other.end() and other.start() < one.end()


def _accepted(match: re.Match[str], rule: Rule, doc: Any = None) -> bool:
    """Whether the rule takes the match at all; checked without a date (no resolving) and,
    but for the few refusals that read it (``Context.probe_doc``), without the parse."""
    probe = Context(text=match.string, published=dt.date(2000, 6, 15), probing=True, probe_doc=doc)
    try:
        return rule.resolve(match, probe) is not None
    except (Unresolved, ValueError, OverflowError, KeyError):
        return False


def _resolve(match: re.Match[str], rule: Rule, context: Context) -> Reading | None:
    try:
        return rule.resolve(match, context)
    except Unresolved:
        return UNRESOLVED
    except (ValueError, OverflowError):  # a date outside the calendar: not a time
        return None


def _expression(match: re.Match[str], reading: Reading) -> TimeExpression:
    value, value_end, granularity = reading
    return TimeExpression(text=match.group(0), start=match.start(), end=match.end(),
                          value=value, value_end=value_end, granularity=granularity)
