"""A learned decision: are two articles reports of one happening (one story)?

The cosine of two signatures (:func:`eventwire.link.stories.similarity`) says how much two
articles share, but not what the sharing means: two reports of one earthquake share its
magnitude, its day and its town; two earthquakes in one week share the words. This module
describes a pair of signatures (:func:`features`: the cosine, the cosine of words, of names
and of numbers apart; names, days, years, figures, event types and party countries shared,
in conflict, and held by one article and not the other; the contradiction veto's factor;
how much each article says; how much of each article's most telling features, and whether
its most telling name, the other holds; countries, regions, ages and days apart), and an
arriving article and a candidate story at the store's decision point
(:func:`story_features`: those pair features with the story's nearest member, the story's
mean cosine, its members and the candidates counted, its gap to the best story, and whether
the cosine would join it), scored by a logistic regression (:class:`Linker`) fitted on the
tune part of ECB+ through the store by ``python -m eventwire.link.train``.
The model is data, ``link/data/linker.json``, written only when it links the held-out tune
topics through the store better than the cosine does, in every arrival order (the gate of
link/train.py); with no model file the cosine decides (:data:`stories.JOIN_THRESHOLD`). The
decision is a hybrid: the learned probability decides only where the best candidate story's top
cosine lies in the model's band (:meth:`Linker.decides`); elsewhere the cosine's call stands.
None is shipped: fitted on every tune topic, the hybrid beats the cosine over four arrival orders
(B-cubed 0.964 against 0.954, file order kept at 0.991), but out of fold (grouped 4-fold over the
topics) it links them at 0.940 (docs/architecture.md, "stories").
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventwire.errors import ConfigError
from eventwire.link import stories

MODEL_FILE = "linker.json"
Features = dict[str, float]


def features(a: Mapping[str, float], b: Mapping[str, float], cosine: float,
             df: Mapping[str, int], documents: int) -> Features:
    """What the linker knows of two signatures; `cosine` is their
    :func:`stories.similarity` (computed for many pairs at once by the caller)."""
    found: Features = {"cosine": cosine, "cosine_sq": cosine * cosine}
    for kind in ("word", "name", "number"):
        found[f"cosine_{kind}"] = _part_cosine(a, b, kind, df, documents)
    found |= _shared(a, b, "@", "name")
    found |= _shared(a, b, "#", "day")
    found |= _shared(a, b, stories.TYPE_PREFIX, "type")
    found |= _shared(a, b, stories.PARTY_PREFIX, "party")
    found |= _contrast(stories.years(a), stories.years(b), "year")
    found |= _contrast(_figures(a), _figures(b), "figure")
    # the contradiction veto's factor (years, names and figures all apart), as a feature of
    # its own: the cosine it lowers hides how much was lowered
    found["contrast"] = stories.contrast(stories.named(a), stories.named(b))
    found["size_log"] = math.log1p(min(len(a), len(b)))
    found |= _telling(a, b, df, documents)
    found |= _places_and_ages(a, b)
    return found


def _telling(a: Mapping[str, float], b: Mapping[str, float], df: Mapping[str, int],
             documents: int) -> Features:
    """How much of what each article says most tellingly the other holds: the share of its
    index terms (:func:`stories.index_terms`) found in the other, and whether its most
    telling name is. Two happenings of one kind share the kind's words, a country or a
    company, but seldom what each report says first: the person at its heart, the town."""
    shares, held = [], []
    for mine, theirs in ((a, b), (b, a)):
        telling = stories.index_terms(mine, df, documents)
        shares.append(sum(t in theirs for t in telling) / len(telling) if telling else 0.0)
        names = [t for t in mine if t[:1] == "@"]
        if names:
            top = max(names, key=lambda t: (stories.idf(df.get(t, 0), documents), t))
            held.append(float(top in theirs))
    found = {"telling_min": min(shares), "telling_max": max(shares)}
    if len(held) == 2:
        found["top_name_held"] = min(held)
        found["top_name_either"] = max(held)
    return found


def _places_and_ages(a: Mapping[str, float], b: Mapping[str, float]) -> Features:
    """Whether the two name places in no country or first-level region in common, give ages
    none of which agree, and date events to days far apart (the factors the cosine's
    contrasts would apply, each on its own)."""
    mine, theirs = stories.named(a), stories.named(b)
    found: Features = {}
    for prefix, name in ((stories.PLACE_PREFIX, "country"), (stories.REGION_PREFIX, "region")):
        places = [{t for t in side[3] if t[:1] == prefix} for side in (mine, theirs)]
        if places[0] and places[1]:
            found[f"{name}_conflict"] = float(not places[0] & places[1])
    found["ages_apart"] = float(stories.ages_apart(mine[2], theirs[2]))
    found["days_apart"] = float(stories.day_contrast(stories.dated(a), stories.dated(b)) < 1.0)
    return found


def _kind(term: str) -> str:
    if term[:1] == "@":
        return "name"
    if term[:1] == "#" or stories.is_fact(term):
        return "fact"
    return "number" if any(ch.isdigit() for ch in term) else "word"


def _part_cosine(a: Mapping[str, float], b: Mapping[str, float], kind: str,
                 df: Mapping[str, int], documents: int) -> float:
    """The idf-weighted cosine of the two signatures' features of one kind."""
    def weighted(signature: Mapping[str, float]) -> dict[str, float]:
        return {t: v * stories.idf(df.get(t, 0), documents) for t, v in signature.items()
                if _kind(t) == kind}

    mine, theirs = weighted(a), weighted(b)
    dot = sum(v * theirs[t] for t, v in mine.items() if t in theirs)
    norm = math.sqrt(sum(v * v for v in mine.values()) * sum(v * v for v in theirs.values()))
    return dot / norm if norm else 0.0


def _shared(a: Mapping[str, float], b: Mapping[str, float], prefix: str, name: str) -> Features:
    """How many features with `prefix` the two share, and whether both have some and share
    none (two day-dated happenings on different days are two happenings)."""
    mine = {t for t in a if t.startswith(prefix)}
    theirs = {t for t in b if t.startswith(prefix)}
    return _contrast(mine, theirs, name)


def _contrast(mine: set[str], theirs: set[str], name: str) -> Features:
    """How many of a kind of feature (names, days, figures...) two signatures share, and how
    many each holds that the other lacks: what tells two happenings of one kind apart is less
    what they share than what one says and the other contradicts."""
    shared = len(mine & theirs)
    found = {f"{name}_shared_log": math.log1p(shared)}
    if mine and theirs:
        found[f"{name}_conflict"] = float(not shared)
        found[f"{name}_share"] = shared / min(len(mine), len(theirs))
        found[f"{name}_jaccard"] = shared / len(mine | theirs)
        found[f"{name}_apart_log"] = math.log1p(min(len(mine - theirs), len(theirs - mine)))
    return found


def _figures(signature: Mapping[str, float]) -> set[str]:
    """Words with a digit that are not years: scores, ages, tolls, magnitudes."""
    return {t for t in signature if _kind(t) == "number"} - stories.years(signature)


# candidate stories (those with the highest top cosine) the learned decision scores for an
# arriving article; the others cannot be joined under it
STORY_NEAREST = 5


def story_features(article: Mapping[str, float], nearest: Mapping[str, float], top: float, mean: float,
                   members: int, candidates: int, best_top: float, cosine_choice: bool,
                   df: Mapping[str, int], documents: int) -> Features:
    """What the learned decision knows of an arriving article and one candidate story, at the
    store's decision point (store/story_linking.py): the pair :func:`features` of the article
    and the story's nearest candidate member (`top` their cosine), the mean cosine over the
    story's candidate members, how many of them there are (`members`) among how many candidate
    articles (`candidates`), and how far the story's top cosine falls below the best story's
    (`best_top`), and whether the cosine's decision would join it (`cosine_choice`: the
    learned decision starts from the cosine's and learns where to depart from it)."""
    found = features(article, nearest, top, df, documents)
    found["story_mean"] = mean
    found["story_top_minus_mean"] = top - mean
    found["story_members_log"] = math.log1p(members)
    found["story_candidates_log"] = math.log1p(candidates)
    found["story_gap"] = best_top - top
    found["story_best"] = float(best_top - top <= 1e-12)
    found["cosine_choice"] = float(cosine_choice)
    return found


@dataclass(frozen=True)
class Linker:
    """A fitted logistic regression over :func:`features` and the probability from which
    an article joins its neighbour's story (chosen out of fold on the tune part)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    # the band of the cosine in which it decides: an arriving article whose best candidate
    # story's top cosine is below `low` or at least `high` is left to the cosine's decision
    low: float = 0.0
    high: float = math.inf

    def decides(self, best_top: float) -> bool:
        """Whether the learned decision, not the cosine, decides for an arriving article whose
        best candidate story's top cosine is `best_top`."""
        return self.low <= best_top < self.high

    def probability(self, found: Features) -> float:
        score = self.bias + sum(self.weights.get(n, 0.0) * v for n, v in found.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, score))))


@functools.cache
def load_linker() -> Linker | None:
    """The shipped linker, or None when the package has none."""
    path = resources.files("eventwire.link").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    try:
        data: Any = json.loads(path.read_text("utf-8"))
        return Linker({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                      float(data["threshold"]), float(data.get("low", 0.0)),
                      float(data.get("high", math.inf)))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"link/data/{MODEL_FILE}: not a story linker ({exc}); reinstall "
                          "eventwire, or retrain with python -m eventwire.link.train") from exc
