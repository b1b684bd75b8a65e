"""Helpers: an article with hand-made actor entities, coded by the events stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.events import code_events, load_triggers
from eventwire.records import Entity
from tests.conftest import make_article


def entity(text: str, mention: str, country: str, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(mention, start + 1)
    return Entity(mention, start, start + len(mention), name=mention, country=country)


@pytest.fixture
def coded(nlp):
    """coded(text, {mention: country}) -> the Article after code_events."""

    def run(text: str, parties: dict[str, str] | None = None):
        article = make_article(nlp, text)
        article.actors = [entity(text, m, c) for m, c in (parties or {}).items()]
        article.actors.sort(key=lambda e: e.start)
        code_events(article, load_triggers())
        return article

    return run


def countries(entities) -> set[str]:
    return {e.country for e in entities}


def typed(article, event_type):
    """The article's first event of `event_type`; fails listing the events when there is none."""
    found = [e for e in article.events if e.type == event_type]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


def token(doc, word: str):
    """The first token of `doc` whose lower-case text is `word`."""
    return next(t for t in doc if t.lower_ == word)


def sides(article: Any) -> list[Any]:
    """Each event's type, trigger, actor texts and recipient texts: what a failing role test
    prints (`article` may also be a list of events)."""
    return [(e.type, e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in getattr(article, "events", article)]


def first_of(article, *types: str):
    """The article's first event of one of `types`; fails listing every event's sides."""
    found = [e for e in article.events if e.type in types]
    assert found, sides(article)
    return found[0]


@pytest.fixture
def recorded(nlp):
    """recorded(text) -> the Article coded with the training switch on: each event keeps its
    confidence features and its role candidates' features."""
    from eventwire.api import code_text
    from eventwire.events.confidence import Recorder

    def run(text: str):
        Recorder.on = True
        try:
            return code_text(text)
        finally:
            Recorder.on = False

    return run


def row_params(rows, xfail, *fields, **defaults):
    """One pytest param per row of a written set: the values of ``fields``, then of each
    optional field in ``defaults`` (its default when the row lacks it), or the row itself
    when no field is named; a row whose text ``xfail`` names is a strict xfail with the reason."""
    for row in rows:
        reason = xfail.get(row["text"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        values = [row[f] for f in fields] + [row.get(k, d) for k, d in defaults.items()]
        yield pytest.param(*(values or [row]), marks=marks, id=row["text"][:48])


def news_row_params(rows, xfail: dict[str, str], retrain: dict[str, str]):
    """One param per row of a news-negatives set: strict xfail for rows `xfail` names,
    non-strict for rows `retrain` names (fixed only by the end-of-round retrain)."""
    for row in rows:
        marks = []
        if row["text"] in xfail:
            marks = [pytest.mark.xfail(strict=True, reason=xfail[row["text"]])]
        elif row["text"] in retrain:
            marks = [pytest.mark.xfail(strict=False, reason=retrain[row["text"]])]
        yield pytest.param(row, marks=marks, id=row["text"][:48])


def check_news_classes(rows: list[dict[str, Any]]) -> None:
    """A news-negatives set holds 50+ negatives, 20+ real events, two rows of each class group
    and five REQUEST rows."""
    kinds = [row["kind"] for row in rows]
    negatives = [row for row in rows if row["gold"] is None]
    assert len(negatives) >= 50 and len(rows) - len(negatives) >= 20
    for group in (("weather", "climate"), ("disaster",), ("epidemic", "accident"), ("business", "market"),
                  ("science", "health"), ("culture", "sport", "celebrity"), ("commemoration",),
                  ("poll",), ("obituary", "profile"), ("history",), ("figurative", "product")):
        assert sum(kind in group for kind in kinds) >= 2, group
    assert sum(row.get("gold") == "REQUEST" for row in rows) >= 5


# Helpers of the role tests (test_roles_22, test_roles_23, test_roles_23b): a case is a tuple
# (sentence, trigger word, ...) or a pytest.param of one.

@pytest.fixture(scope="module")
def code() -> Callable[[str], Any]:
    """code(text) -> the Article the whole pipeline (``code_text``) gives `text`, not cleaned."""
    from eventwire.api import code_text

    return lambda text: code_text(text, clean=False)


def case_values(case: Any) -> Any:
    """The values of a case, whether a plain tuple or a pytest.param."""
    return case.values if hasattr(case, "values") else case


def trigger_ids(cases: list[Any]) -> list[str]:
    """One id per case: its trigger word, then the first 36 characters of its sentence."""
    return [f"{case_values(c)[1]}:{case_values(c)[0][:36]}" for c in cases]


def sentence_ids(cases: list[Any]) -> list[str]:
    """One id per case: the first 40 characters of its sentence."""
    return [case_values(c)[0][:40] for c in cases]


def covers(entities: list[Any], text: str, word: str) -> bool:
    """Whether one of `entities` overlaps the first occurrence of `word` in `text`."""
    start = text.index(word)
    return any(e.start < start + len(word) and start < e.end for e in entities)


def event_of(article: Any, trigger: str) -> Any:
    """The article's first event whose trigger holds `trigger`; fails listing every event's sides."""
    found = [e for e in article.events if trigger in e.trigger.text]
    assert found, sides(article)
    return found[0]


def check_source_and_target(code: Callable[[str], Any], sentence: str, trigger: str, source: str,
                            targets: list[str]) -> None:
    """The `trigger` event's actor side covers `source` and its target side every one of `targets`;
    a reciprocal act (no recipient) keeps every party on the actor side."""
    article = code(sentence)
    event = event_of(article, trigger)
    target_side = event.recipient or event.actor
    assert covers(event.actor, sentence, source), sides(article)
    assert all(covers(target_side, sentence, t) for t in targets), sides(article)
    assert not covers(event.actor, sentence, targets[0]) or not event.recipient, sides(article)


def event_by(article: Any, trigger: str | None, event_type: str | None) -> Any:
    """The article's first event whose trigger holds `trigger` or, with no trigger, of `event_type`;
    fails listing every event's sides."""
    found = [e for e in article.events if (trigger is None or trigger in e.trigger.text)
             and (trigger is not None or e.type == event_type)]
    assert found, sides(article)
    return found[0]


def check_sources_and_targets(code: Callable[[str], Any], sentence: str, trigger: str | None,
                              event_type: str | None, sources: list[str], targets: list[str]) -> None:
    """The event :func:`event_by` finds is of `event_type` (when given), its actor side covers every
    one of `sources` and its target side every one of `targets`, and no target is on the actor side
    when there is a recipient; a reciprocal act (no recipient) keeps every party on the actor side."""
    article = code(sentence)
    event = event_by(article, trigger, event_type)
    if event_type is not None:
        assert event.type == event_type, sides(article)
    target_side = event.recipient or event.actor
    assert all(covers(event.actor, sentence, s) for s in sources), sides(article)
    assert all(covers(target_side, sentence, t) for t in targets), sides(article)
    assert not event.recipient or not any(covers(event.actor, sentence, t) for t in targets), sides(article)


def check_not_a_party(code: Callable[[str], Any], sentence: str, word: str) -> None:
    """`sentence` codes an event and `word` is on neither side of any event."""
    article = code(sentence)
    assert article.events
    for event in article.events:
        assert not covers(event.actor, sentence, word), sides(article)
        assert not covers(event.recipient, sentence, word), sides(article)


def check_type_source_and_target(code: Callable[[str], Any], sentence: str, trigger: str,
                                 event_type: str | None, source: str, targets: list[str]) -> None:
    """:func:`check_source_and_target`, and the `trigger` event is of `event_type` when one is given."""
    check_source_and_target(code, sentence, trigger, source, targets)
    if event_type is not None:
        article = code(sentence)
        assert event_of(article, trigger).type == event_type, sides(article)


def check_not_the_target(code: Callable[[str], Any], sentence: str, trigger: str, target: str,
                         other: str) -> None:
    """The `trigger` event's recipients cover `target` and not `other`."""
    article = code(sentence)
    event = event_of(article, trigger)
    assert covers(event.recipient, sentence, target), sides(article)
    assert not covers(event.recipient, sentence, other), sides(article)


def kept_events(text: str, doc_id: str, published: str | None = None) -> list[Any]:
    """The events the whole pipeline codes in `text` (published on `published`, if given) at or
    above the ``min_confidence`` setting."""
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    events = code_text(text, published, clean=False, id=doc_id).events
    return [e for e in events if e.confidence >= threshold]


def check_news_row(row: dict[str, Any], published: str, doc_id: str) -> None:
    """A row of a news-negatives set: its ``gold`` type is kept, with its ``modality`` when
    given; no kept event when it has neither ``gold`` nor ``forbid``; no type in ``forbid``
    kept as asserted; with ``background`` only events not recalled count."""
    described = [(e.type, e.trigger.text if e.trigger else None, e.modality, round(e.confidence, 2),
                  e.background) for e in kept_events(row["text"], doc_id, published)]
    gold, modality, forbid = row["gold"], row.get("modality"), row.get("forbid", [])
    if row.get("background"):     # history: whatever is coded is flagged as recalled, not new
        described = [d for d in described if not d[4]]
    if gold is None and not forbid:
        assert not described, described
    if gold is not None:
        assert gold in {d[0] for d in described}, described
    if modality is not None:
        assert all(d[2] == modality for d in described if d[0] == gold), described
    assert not [d for d in described if d[0] in forbid and d[2] == "asserted"], described


def check_kept_type(text: str, gold: str | None, doc_id: str) -> None:
    """A kept event of type `gold` is coded in `text`, or no kept event when `gold` is None;
    fails listing each kept event's type, trigger and confidence."""
    described = [(e.type, e.trigger.text if e.trigger else None, round(e.confidence, 2))
                 for e in kept_events(text, doc_id)]
    if gold is None:
        assert not described, described
    else:
        assert gold in {d[0] for d in described}, described
