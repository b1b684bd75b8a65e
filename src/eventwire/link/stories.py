"""Which articles are about the same happening: a bag-of-words signature and its cosine."""

from __future__ import annotations

import math
import re
from collections import Counter

# articles further apart than this (in days of publication) are never one story
STORY_WINDOW_DAYS = 4
# cosine similarity from which an article joins a story
JOIN_THRESHOLD = 0.3
SIGNATURE_TERMS = 60

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_STOP_WORDS = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is
it its itself just me more most my myself no nor not now of off on once only or other our
ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself said says
say told new one two three first last year years week month day days time news according
monday tuesday wednesday thursday friday saturday sunday mr ms per cent percent
"""
_STOP = frozenset(_STOP_WORDS.split())


def signature(text: str, title: str | None = None) -> dict[str, float]:
    """The article's most frequent content words, log-weighted (title words count double)."""
    counts = Counter(w for w in _words(text))
    for word in _words(title or ""):
        counts[word] += 2
    top = counts.most_common(SIGNATURE_TERMS)
    return {word: 1.0 + math.log(n) for word, n in top}


def _words(text: str) -> list[str]:
    words = (m.group().lower().replace("’", "'") for m in _WORD.finditer(text))
    return [w.removesuffix("'s") for w in words if len(w) > 2 and w not in _STOP]


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two signatures, in [0, 1]."""
    if not a or not b:
        return 0.0
    dot = sum(weight * b[word] for word, weight in a.items() if word in b)
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0
