"""Review of roles round 28, second pass: object relatives that describe no party ("the reason the
militants attacked"), lists whose common-noun items are no known party ("The bank, *the broker* and
two other firms were sued") and lists of a party and a thing. Each probe names the trigger word,
the expected PLOVER type (None: any), the words the source side must cover, the words the target
side must cover and words on neither side. Sentences are invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import covers, sides

XF = pytest.mark.xfail


def _events(text: str) -> list[Any]:
    from eventwire.pipeline import code_article
    from eventwire.records import Article

    return list(code_article(Article(id="review-28g", text=text, published="2024-05-06")).events)




# (sentence, trigger, type or None, source words, target words, words on neither side)
CASES = [
    # an object-less relative on a noun that names no party: the noun is no target
    ("Officials could not say why, or the reason the gunmen attacked.", "attacked", None, ["gunmen"], [],
     ["reason"]),
    ("Analysts doubt the pretext the army invaded.", "invaded", None, ["army"], [], ["pretext"]),
    ("The ministry gave no details about the way the rebels attacked.", "attacked", None, ["rebels"], [],
     ["way"]),
    ("Residents described the manner the raiders struck.", "struck", None, ["raiders"], [], ["manner"]),
    ("Analysts questioned the logic the junta arrested under.", "arrested", None, ["junta"], [], ["logic"]),
    # must stay: an object relative on a party noun makes it the target
    ("The journalist that the soldiers beat was taken to hospital.", "beat", "ASSAULT", ["soldiers"],
     ["journalist"], []),
    ("The clerk whom the gang kidnapped was freed on Friday.", "kidnapped", None, ["gang"], ["clerk"], []),
    ("The farmer the militiamen abducted returned home.", "abducted", None, ["militiamen"], ["farmer"], []),
    ("The activists whom the police detained were released.", "detained", "COERCE", ["police"],
     ["activists"], []),
    # must stay: subject relatives keep the noun as the source
    ("The militia that abducted the farmers released a video.", "abducted", None, ["militia"],
     ["farmers"], []),
    ("The gang that kidnapped the engineer demanded a ransom.", "kidnapped", None, ["gang"],
     ["engineer"], []),
    # a list of common nouns with parties among them: the whole coordination
    ("The bank, the broker and two other firms were sued by regulators on Monday.", "sued", None,
     ["regulators"], ["bank", "broker", "firms"], []),
    ("The lender, the insurer and three other companies were sued by the watchdog.", "sued", None,
     ["watchdog"], ["lender", "insurer", "companies"], []),
    ("The army, the police and the militia attacked the village.", "attacked", "ASSAULT",
     ["army", "police", "militia"], ["village"], []),
    ("Police detained the driver, the guard and two passengers.", "detained", "COERCE", ["Police"],
     ["driver", "guard", "passengers"], []),
    ("The agency, the dealer and a trader were sued by investors.", "sued", None, ["investors"],
     ["agency", "dealer", "trader"], []),
    # a party and a thing: only coordinated noun phrases, never an act's result or a thing hit
    ("Rebels attacked the convoy, killing two soldiers and a mule.", "attacked", "ASSAULT", ["Rebels"],
     ["convoy"], ["mule"]),
    ("The mayor, the police chief and three councillors were arrested by agents.", "arrested", "COERCE",
     ["agents"], ["mayor", "chief", "councillors"], []),
]


@pytest.mark.parametrize("sentence, trigger, event_type, sources, targets, neither", CASES)
def test_review_28g_roles(sentence: str, trigger: str, event_type: str | None, sources: list[str],
                          targets: list[str], neither: list[str]) -> None:
    events = _events(sentence)
    found = [e for e in events if trigger in e.trigger.text]
    if not found:
        assert not sources and not targets, sides(events)
        return
    event = found[0]
    assert event_type is None or event.type == event_type, sides(events)
    assert all(covers(event.actor, sentence, w) for w in sources), sides(events)
    assert all(covers(event.recipient, sentence, w) for w in targets), sides(events)
    assert not any(covers(event.actor + event.recipient, sentence, w) for w in neither), sides(events)


def test_gerund_preposition_named_for_what_it_returns() -> None:
    from eventwire.events import syntax

    assert hasattr(syntax, "gerund_preposition") and not hasattr(syntax, "conjoined_gerund")
