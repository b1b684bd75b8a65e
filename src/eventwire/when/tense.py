"""Is the clause around a time expression about the future, or past perfect?

With a spaCy ``doc`` the answer comes from the governing verb's auxiliaries; without one,
from future markers in the same sentence (a coarser fallback).
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.nlp.phrases import ancestors_of, children_of, head_of
from eventwire.when.lexicon import load_lexicon

# a stop before a lower-case word ends an abbreviation, no sentence ("at 3 p.m. on Thursday")
_SENTENCE_END = re.compile(r"[.!?]\s(?![a-z])|\n")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|not\s+|never\s+)?\w+(?:ed|en|wn|ne|de)\b", re.I)
_FUTURE_VERBS = {"will", "shall", "'ll", "wo"}
_FUTURE_HEADS = {"going", "plans", "plan", "planned", "scheduled", "expected", "due"}
# verbs whose infinitive lies ahead of them, in any tense: "expects growth to return in the
# second quarter", "vowed to strike again on Friday", "were planning to march on Monday"
_FUTURE_HEAD_LEMMAS = {"expect", "intend", "aim", "hope", "promise", "vow", "pledge", "plan"}
# what one plans or schedules lies ahead of the planning: "protesters planned a rally on
# Saturday", "has scheduled a news conference Thursday", "was planned for early March"
_SCHEDULING = {"plan", "schedule", "reschedule", "slate"}


def _future_pattern() -> re.Pattern[str]:
    markers = load_lexicon().alternation("future_markers")
    return re.compile(rf"(?<![\w'])(?:{markers})(?!\w)", re.I)


_FUTURE = _future_pattern()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``text[start:end]`` (regex split)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() + 1 if right else len(text)


def clause_tense(text: str, start: int, end: int, doc: Any = None) -> str | None:
    """"future", "past" or None (not known) for the clause around ``text[start:end]``.

    Without a doc only the future is recognised (a marker in the sentence)."""
    if doc is None:
        left, right = sentence_bounds(text, start, end)
        return "future" if _FUTURE.search(text, left, right) else None
    verb = governing_verb(doc, start, end)
    if verb is None:
        return None
    if _has_future_aux(verb) or _schedules(verb, start) \
            or (_infinitive_modifier(verb) and _dates_verb(doc, start, end)):
        return "future"
    return "past" if _is_past(verb) else None


# a noun's "the first … to visit" says who did it, not that it is still to come
_RANKING = {"first", "last", "only", "second", "third", "latest", "next", "sole"}


def _infinitive_modifier(verb: Any) -> bool:
    """Whether the verb is an infinitive whose subject is the noun it modifies, which names
    something still to come ("with elections to follow in September", "a summit to open on
    Monday"), unless the noun is ranked ("the first leader to visit the country in May"). An
    infinitive that says what a noun is ("the decision to close the mine in January", the
    parser's acl) may tell what was done."""
    if verb.dep_ != "relcl" or head_of(verb).pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(child.dep_ == "aux" and child.tag_ == "TO" for child in children_of(verb)):
        return False
    return not any(child.lower_ in _RANKING or child.tag_ == "JJS" or child.dep_ == "nummod"
                   for child in children_of(head_of(verb)))


def dating_tense(text: str, start: int, end: int, doc: Any = None) -> str | None:
    """:func:`clause_tense`, but a past clause counts only when the expression dates its
    verb ("met on 8 January"): a day that is the verb's object or a noun's modifier ("has
    set Nov. 10 as the deadline", "payable Dec. 7", "the Jan. 14 deadline") may lie ahead
    of a past announcement, and so has no tense to go by."""
    tense = clause_tense(text, start, end, doc)
    if tense != "past" or doc is None:
        return tense
    return tense if _dates_verb(doc, start, end) else None


def period_tense(text: str, start: int, end: int, doc: Any = None) -> str | None:
    """"future", "past" or None for the clause that tells a period "ending" on a day: the
    verb above the participles ("sales rose in the year *ending* June 30", "the talks,
    *ending* June 30, produced no deal": past, so the period is over), without the
    restriction of :func:`dating_tense`; without a doc as :func:`clause_tense`. A period
    that hangs on a forecast noun rather than on the verb ("cut its *forecast* for the year
    ending June 30") is not told over by a past verb: None then."""
    if doc is None:
        return clause_tense(text, start, end)
    verb = governing_verb(doc, start, end)
    while verb is not None and _bare_participle(verb):
        verb = next((t for t in ancestors_of(verb) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    if _has_future_aux(verb):
        return "future"
    if not _is_past(verb):
        return None
    over = verb.lemma_.lower() in _RESULT_VERBS or not _forecast_between(doc, start, end, verb)
    return "past" if over else None


# nouns of what is expected or planned: "guidance for the quarter ending Dec. 31", and verbs
# that compare results with them: "missed its target for the year ..." (lexicon.json)
_FORECAST_NOUNS = frozenset(load_lexicon()["forecast_nouns"])
_RESULT_VERBS = frozenset(load_lexicon()["forecast_result_verbs"])


def _forecast_between(doc: Any, start: int, end: int, verb: Any) -> bool:
    """Whether the expression hangs on a forecast noun below ``verb``: one on the parse path
    up to the verb, or the noun phrase just before a "for" or "of" on that path, which the
    parser often hangs on the verb ("raised its outlook | for the year ending June 30")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    while token is not None and token.i != verb.i and head_of(token).i != token.i:
        if token.dep_ == "prep" and token.lower_ in {"for", "of"} and token.i > verb.i + 1 \
                and _forecast_above(doc[token.i - 1], verb):
            return True
        token = head_of(token)
        if _is_forecast(token):
            return True
    return False


def _forecast_above(token: Any, verb: Any) -> bool:
    """Whether ``token`` or a head of it below ``verb`` is a forecast noun ("estimates of
    earnings": "earnings" hangs on "estimates")."""
    while token.i != verb.i:
        if _is_forecast(token):
            return True
        if head_of(token).i == token.i:
            return False
        token = head_of(token)
    return False


def _is_forecast(token: Any) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _FORECAST_NOUNS


def _bare_participle(verb: Any) -> bool:
    """A participle with no auxiliary ("ending", "ended"), which takes its tense from above."""
    return verb.tag_ in {"VBG", "VBN"} and verb.dep_ != "ROOT" \
        and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))


def reported_future(text: str, start: int, end: int, doc: Any = None) -> bool:
    """Whether the clause is reported speech in "would" ("said they would return on
    Saturday"): the future of the saying. A weekday or weekend lies within a week of
    publication, and news reports what was said lately, so for them that is publication's
    future too; a month ("said the ship would leave in early February", in a January report
    read in March) may already be past. A main clause's "would" is a condition."""
    verb = governing_verb(doc, start, end) if doc is not None else None
    return verb is not None and verb.dep_ == "ccomp" and any(
        child.lower_ == "would" and child.dep_ == "aux" for child in children_of(verb))


def dates_verb(text: str, start: int, end: int, doc: Any = None) -> bool:
    """Whether the expression dates its clause's verb ("growth will return in the second
    quarter") rather than a noun ("expects to report a third-quarter loss": a report is of
    a quarter over); True without a doc."""
    return doc is None or _dates_verb(doc, start, end)


# prepositions of a deadline or target: "extended to Nov. 16", "until mid-November"
_TARGET_PREPOSITIONS = {"to", "until", "till", "by", "through", "before"}


def _dates_verb(doc: Any, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    token = span.root
    if token.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "compound", "nmod", "amod"}:
        return False
    if _named_as(token, span):
        return False
    while head_of(token).i != token.i and head_of(token).pos_ not in {"VERB", "AUX"}:
        token = head_of(token)
        if token.pos_ in {"NOUN", "PROPN", "ADJ"} and not span.start <= token.i < span.end:
            return False
        if token.dep_ == "prep" and token.lower_ in _TARGET_PREPOSITIONS:
            return False
    return True


def _named_as(token: Any, span: Any) -> bool:
    """Whether the date is what the verb names "as" something ("has set Nov. 10 as the
    deadline", "picked June 3 as the date"): the parser may call it an adverb of the verb,
    but the verb chose the day rather than happening on it."""
    if token.dep_ != "npadvmod" or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return bool(after.lower_ == "as" and after.dep_ == "prep" and head_of(after).i == head_of(token).i)


def _schedules(verb: Any, start: int) -> bool:
    """Whether the clause plans what the later expression dates ("planned a rally on
    Saturday"); a date before the verb ("On Friday, the government planned …") dates the
    planning, and a participle ("a service planned for Saturday was canceled") leaves the
    tense to the clause's own verb."""
    return verb.lemma_.lower() in _SCHEDULING and start > verb.idx \
        and verb.dep_ not in {"acl", "relcl", "amod"}


# verbs whose present tense states a fact or a saying rather than a timetable (lexicon.json)
_STATIVE = frozenset(load_lexicon()["stative_verbs"])


def scheduled_present(text: str, start: int, end: int, doc: Any = None) -> bool:
    """Whether the expression dates a simple-present event verb with no auxiliary ("the
    club plays again on Saturday", "the committee meets Tuesday"): news writes a timetable
    in the present, so the day lies ahead; a state or a saying ("says", "is") does not, nor
    a caption's or a past scene's historical present."""
    verb = governing_verb(doc, start, end) if doc is not None else None
    if verb is None or verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in _STATIVE:
        return False
    if not _dates_verb(doc, start, end) or text.startswith(("'s", "’s"), end):
        return False   # "follows Tuesday's declaration": the day dates a noun
    if text[:start].rstrip().endswith(","):
        return False   # a caption's historical present: "Protesters march in the capital, Friday"
    if any(_is_past(above) for above in ancestors_of(verb) if above.pos_ in {"VERB", "AUX"}):
        return False   # "chanted as they march Thursday": the present of a past scene
    return not any(child.dep_ in {"aux", "auxpass", "neg"} for child in children_of(verb))


def is_future(text: str, start: int, end: int, doc: Any = None) -> bool:
    """True when the expression at ``text[start:end]`` sits in a future-tense clause."""
    return clause_tense(text, start, end, doc) == "future"


def _is_past(verb: Any) -> bool:
    auxiliaries = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries)
    return bool(verb.tag_ == "VBD")


def under_past_verb(doc: Any, start: int, end: int) -> bool:
    """Whether the verb above the expression's own verb is in the past ("elections *set* for
    February *were delayed*"): a participle's schedule told as over or broken. A clause that
    is said ("the vote is set for Sept. 8, officials *said*") is not told over by its saying."""
    verb = governing_verb(doc, start, end)
    if verb is not None and verb.dep_ in {"ccomp", "parataxis"}:
        return False
    above = next((t for t in ancestors_of(verb)
                  if t.pos_ in {"VERB", "AUX"}), None) if verb is not None else None
    return above is not None and _is_past(above)


def governing_verb(doc: Any, start: int, end: int) -> Any:
    """The first verb above the expression's root token in the parse, or None.

    A phrase between a verb of saying and the subject of what was said ("said on Tuesday it
    would add flights") is the saying's, though the parser often hangs it on the clause said."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            return _said_before_subject(token, span)
        if head_of(token).i == token.i or _relational(token, span):
            return None
        token = head_of(token)
    return None


def _said_before_subject(verb: Any, span: Any) -> Any:
    """The verb of saying when the phrase stands between it and the subject said; after
    "that" the phrase is inside what was said ("said that on Monday the army would
    withdraw")."""
    head = head_of(verb)
    if verb.dep_ != "ccomp" or head.i >= span.start or head.pos_ not in {"VERB", "AUX"}:
        return verb
    if any(child.dep_ == "mark" and child.i < span.start for child in children_of(verb)):
        return verb
    subjects = [child.i for child in children_of(verb) if child.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return head if subjects and min(subjects) >= span.end else verb


# "after a meeting on Tuesday": the expression dates the meeting, and the tense of the
# clause the phrase hangs on ("… will be taken care of, after a meeting on Tuesday") does not
# tell when the meeting was
RELATIONAL_PREPOSITIONS = {"after", "before", "following", "since", "until", "despite"}


def _relational(token: Any, span: Any) -> bool:
    """A relational preposition whose object is some happening, not the time itself ("until
    Friday evening" is the clause's own time)."""
    return token.dep_ == "prep" and token.lower_ in RELATIONAL_PREPOSITIONS and any(
        child.dep_ == "pobj" and child.pos_ == "NOUN" and not span.start <= child.i < span.end
        for child in children_of(token))


def _has_future_aux(verb: Any, depth: int = 0) -> bool:
    words = {child.lower_ for child in children_of(verb) if child.dep_ in {"aux", "auxpass"}}
    if words & _FUTURE_VERBS or verb.lower_ in _FUTURE_VERBS:
        return True
    # "is going to meet", "plans to meet": the meeting verb is an xcomp of the marker
    head = head_of(verb)
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and "to" in words)
    if not infinitive or head.i == verb.i or depth > 2:
        return False
    return head.lower_ in _FUTURE_HEADS or head.lemma_.lower() in _FUTURE_HEAD_LEMMAS \
        or _is_to(head, verb) or _has_future_aux(head, depth + 1)


def _is_to(head: Any, verb: Any) -> bool:
    """A present "be" before the infinitive is an arrangement still ahead ("is to resume
    trading on Tuesday", "are to meet next week"); "was to" may have happened or not. Only
    for an infinitive with its own "to" and no tensed auxiliary of its own ("the question is
    to whom the letter was sent"), not "is to blame", and not when "is" says what a
    description noun is ("the aim is to ...": lexicon ``description_nouns``)."""
    if not (head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"}) or verb.lemma_.lower() == "blame":
        return False
    auxiliaries = [child for child in children_of(verb) if child.dep_ in {"aux", "auxpass"}]
    if not any(child.lower_ == "to" and child.i < verb.i for child in auxiliaries) \
            or any(child.tag_ in {"VBD", "VBZ", "VBP", "MD"} for child in auxiliaries):
        return False
    subjects = [child for child in children_of(head) if child.dep_ in {"nsubj", "nsubjpass"}]
    return not any(child.lemma_.lower() in load_lexicon()["description_nouns"] for child in subjects)


def is_past_perfect(text: str, start: int, end: int, doc: Any = None,
                    token: int | None = None) -> bool:
    """True when the clause of ``token`` (or, without a doc, the sentence) is past perfect. A
    condition contrary to fact ("*had* troops not fired", "if the dam *had* burst") is no
    earlier time, so it is not."""
    if doc is not None and token is not None:
        verb = doc[token]
        while verb.pos_ not in {"VERB", "AUX"} and head_of(verb).i != verb.i:
            verb = head_of(verb)
        has_had = any(c.lower_ == "had" and c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
        return has_had and not _conditional(verb)
    left, right = sentence_bounds(text, start, end)
    return _PAST_PERFECT.search(text, left, right) is not None


def _conditional(verb: Any) -> bool:
    # a local import: the event stage's modality tells a condition; it imports nothing of when/
    from eventwire.events.modality import conditional

    return verb.dep_ != "ROOT" and conditional(verb)
