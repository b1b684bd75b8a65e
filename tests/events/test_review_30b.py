"""Review of round 30's trigger families (match.py, triggers.tsv, word_classes.tsv): sentences a
reviewer wrote to probe where a new word class or entry had grown too wide, and siblings of them
written for the mend. Sentences are invented for these tests.

Each row is coded by the whole pipeline (dated) and only events at or above the ``min_confidence``
setting count. ``gold`` is a type that must be coded (``None`` with no ``banned``: no event at all);
``banned`` lists types that must not be coded; ``cameo`` a prefix the ``gold`` event's CAMEO code
must have; ``tgt`` words a ``gold`` event's target must cover, ``notgt`` words no event's target
may cover.

6. an exercise is a drill only when it is military (a military word on it or a force doing it);
7. a position reinforced is forces readied, no stance; 8. experts and resources deployed are no
relief; 9. a police unit that arrives somewhere is no deployment; 10. a programme taken off air by
its own broadcaster is no censorship; 11. a plane intercepted is no property seized; 12. an aid cut
announced against a party is a threat (CAMEO 1311), never an agreement.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import covers, sides

XF = pytest.mark.xfail
PUBLISHED = "2026-03-02"

ROWS: list[Any] = [
    # 6. a civil exercise is no drill
    ("The election commission began an exercise to update the voter rolls.", None, ("MOBILIZE",), {}),
    ("The ministry launched a cost-cutting exercise to trim the public payroll.", None, ("MOBILIZE",), {}),
    ("Students took part in an exercise to clean the river.", None, ("MOBILIZE",), {"notgt": ["part"]}),
    ("The central bank conducted a stress-testing exercise on the largest lenders.", None,
     ("MOBILIZE",), {}),
    ("The Chinese navy began military exercises near Taiwan on Monday.", "MOBILIZE", (), {}),   # stay
    ("Iranian forces held a large exercise in the Gulf on Friday.", "MOBILIZE", (), {}),
    ("Election officers took part in an exercise to register voters in Kano.", None,
     ("MOBILIZE", "COOPERATE"), {}),
    ("India and Japan held joint naval exercises in the Bay of Bengal.", "COOPERATE", (), {}),  # stay
    # a state's exercises are its forces' (added at the lead's mend)
    ("China began exercises near Taiwan on Monday.", "MOBILIZE", (), {}),
    ("Russia launched exercises in the Baltic Sea.", "MOBILIZE", (), {}),
    ("Kenya began an exercise to register all voters in the capital.", None, ("MOBILIZE",), {}),
    # 7. positions reinforced are forces readied
    ("The army reinforced its positions along the border on Tuesday.", "MOBILIZE", (), {}),
    ("Rebels reinforced their positions around the northern town of Kidal.", "MOBILIZE", (), {}),
    ("The government reinforced its commitment to the refugees.", None, ("MOBILIZE",), {}),      # stay
    # 8. experts and resources deployed by an army are no relief
    ("Russia deployed military experts to Syria to train the army.", "MOBILIZE", ("AID",), {}),
    ("The army deployed more resources to the border.", "MOBILIZE", ("AID",), {}),
    ("Turkey deployed military advisers and experts to Libya.", "MOBILIZE", ("AID",), {}),
    ("Kenya deployed medical teams to the flooded province.", "AID", ("MOBILIZE",), {}),          # stay
    # 9. a police unit that arrives somewhere is no deployment (nor a visit)
    ("A police unit arrived at the scene within minutes.", None, ("MOBILIZE", "CONSULT"), {}),
    ("A special police unit arrived at the bank shortly after the robbery.", None,
     ("MOBILIZE", "CONSULT"), {}),
    ("An army unit arrived in the town of Gao on Sunday.", "MOBILIZE", ("CONSULT",), {}),
    ("Indian troops arrived in Male on Thursday.", "MOBILIZE", ("CONSULT",), {}),                # stay
    ("Riot police arrived at the stadium after the match in Porto.", None, ("MOBILIZE", "CONSULT"), {}),
    # 10. a programme taken off air by its broadcaster is no censorship
    ("The BBC took the programme off air after complaints from viewers.", None, ("COERCE",), {}),
    ("The network pulled the comedy show off air after a row over a joke.", None, ("COERCE",), {}),
    ("The broadcaster took the quiz off air for the summer.", None, ("COERCE",), {}),
    ("The junta took the independent channel off air on Monday.", "COERCE", (), {}),
    # 11. an aircraft intercepted is no property seized
    ("Russian fighter jets intercepted a US spy plane over the Black Sea.", None, ("COERCE",), {}),
    ("Greek jets intercepted Turkish military aircraft over the Aegean.", None, ("COERCE",), {}),
    ("The coast guard intercepted a boat carrying fuel off the coast of Libya.", "COERCE", (), {}),  # stay
    # 12. an announced aid cut against a party: a threat, one entry
    ("The US will stop funding the UN agency for Palestinian refugees.", "THREATEN", ("AGREE",),
     {"cameo": "1311"}),
    ("Sweden said it would stop funding the agency.", "THREATEN", ("AGREE",), {}),
    ("Germany stopped funding the aid group last year.", "SANCTION", ("AGREE", "THREATEN"), {}),
    ("Canada vowed to stop funding the agency until the inquiry ends.", "THREATEN", ("AGREE",),
     {"cameo": "1311"}),
    ("The EU halted all funding to the ministry of health.", "SANCTION", ("THREATEN",),
     {"tgt": ["ministry"]}),
]
XFAIL: dict[str, str] = {}


def _params() -> list[Any]:
    found = []
    for text, gold, banned, checks in ROWS:
        marks = [XF(strict=True, reason=XFAIL[text])] if text in XFAIL else []
        found.append(pytest.param(text, gold, banned, checks, marks=marks, id=text[:50]))
    return found


def _kept(text: str) -> Any:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    article = code_text(text, PUBLISHED, clean=False, id="review-30b")
    article.events = [e for e in article.events if e.confidence >= threshold]
    return article


@pytest.mark.parametrize(("text", "gold", "banned", "checks"), _params())
def test_review_30b(nlp: Any, text: str, gold: str | None, banned: tuple[str, ...],
                    checks: dict[str, Any]) -> None:
    article = _kept(text)
    described = [(e.type, e.cameo, e.trigger.text if e.trigger else None, round(e.confidence, 2))
                 for e in article.events] + sides(article)
    types = {e.type for e in article.events}
    if gold is not None:
        assert gold in types, described
        if "cameo" in checks:
            assert any(e.type == gold and (e.cameo or "").startswith(checks["cameo"])
                       for e in article.events), described
    elif not banned:
        assert not types, described
    assert not types & set(banned), described
    for word in checks.get("tgt", []):
        assert any(covers(e.recipient, text, word) for e in article.events if e.type == gold), described
    for word in checks.get("notgt", []):
        assert not any(covers(e.recipient, text, word) for e in article.events), described
