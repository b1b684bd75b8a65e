"""Actor coding: PLOVER gold actor countries and sectors, ConfliBERT actor spans, our own
set of realistic mentions (``data/mentions.tsv``) and the fair actor test set of mentions in
real news (``fair_*``, :mod:`eventwire.evaluate.actor_test`).

PATH is the gold/dev folder holding ``plover_gsr/dev.json`` and ``conflibert_cameo/``.
Only the actors stage runs (parse, then code actors), so the figures measure it alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from eventwire.actors import code_actors, resolve_mention
from eventwire.actors.tables import SECTORS, country_code, one_of, read_table
from eventwire.errors import GoldDataError
from eventwire.evaluate import conflibert, plover_gsr
from eventwire.evaluate.scoring import span_prf
from eventwire.evaluate.split import Keep, document_key, kept, sentence_key
from eventwire.pipeline import Snapshot, default_snapshot
from eventwire.records import Article, Entity

MENTIONS = Path(__file__).resolve().parent / "data" / "mentions.tsv"
MENTION_COLUMNS = ["mention", "date", "country", "sector"]
# CAMEO-style gold sector codes that differ from PLOVER's
CAMEO_SECTOR = {"CIV": "CVL"}


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """The sentences of the PLOVER and ConfliBERT sets split as in their own evaluations;
    our mentions split by mention text; the fair actor test set (``fair_*``) by document."""
    from eventwire.evaluate.actor_test import fair_figures  # it imports coded_actors from here

    knowledge = default_snapshot()
    figures: dict[str, Any] = {}
    figures.update(plover_figures(path / "plover_gsr" / "dev.json", knowledge, limit, keep))
    figures.update(span_figures(path / "conflibert_cameo" / "cameo_ner" / "train.txt", knowledge,
                                limit, keep))
    figures.update(mention_figures(MENTIONS, knowledge, limit, keep))
    figures.update(fair_figures(path, knowledge, limit, keep))
    return figures


def coded_actors(text: str, published: str | None, knowledge: Snapshot) -> list[Entity]:
    """The actors stage alone on one text (no cleaning, so offsets are the gold's)."""
    article = Article(id="eval", text=text, raw_text=text, published=published)
    article.doc = knowledge.nlp(text)
    code_actors(article, knowledge.actors)
    return article.actors


# ---- PLOVER gold ------------------------------------------------------------------------

def plover_figures(path: Path, knowledge: Snapshot, limit: int | None,
                   keep: Keep | None = None) -> dict[str, Any]:
    """Gold source/target country among our actors' countries; sector of the actor overlapping
    the gold actor text, where the gold gives a PLOVER sector."""
    if not path.exists():
        raise GoldDataError(f"{path}: no such file (the PLOVER dev records)")
    items = plover_gsr.select(plover_gsr.load(path)[:limit], keep)
    tally = {"source": [0, 0], "target": [0, 0], "sector": [0, 0]}
    for item in items:
        actors = coded_actors(item["text"], item.get("date"), knowledge)
        countries = {plover_gsr._comparable(a.country) for a in actors}
        for role in ("source", "target"):
            codes = plover_gsr._codes(item.get(role))
            tally[role][0] += len(codes)
            tally[role][1] += len(codes & countries)
            for gold in _gold_sectors(item["text"], item.get(role)):
                tally["sector"][0] += 1
                tally["sector"][1] += _sector_found(gold, actors)
    return {"plover_sentences": len(items),
            "source_country_accuracy": _share(tally["source"]),
            "target_country_accuracy": _share(tally["target"]),
            "sector_accuracy": _share(tally["sector"]),
            "sector_support": tally["sector"][0]}


def _gold_sectors(text: str, actors: Any) -> list[tuple[int, int, str]]:
    """(start, end, sector) of each gold actor with a PLOVER sector and findable text."""
    found = []
    for actor in actors if isinstance(actors, list) else []:
        if not isinstance(actor, dict) or not actor.get("sector") or not actor.get("actorText"):
            continue
        sector = actor["sector"][:3].upper()
        sector = CAMEO_SECTOR.get(sector, sector)
        start = text.find(actor["actorText"].strip())
        if sector in SECTORS and start >= 0:
            found.append((start, start + len(actor["actorText"].strip()), sector))
    return found


def _sector_found(gold: tuple[int, int, str], actors: list[Entity]) -> int:
    start, end, sector = gold
    return int(any(a.sector == sector for a in actors if a.start < end and start < a.end))


def _share(tally: list[int]) -> float:
    return tally[1] / tally[0] if tally[0] else 0.0


# ---- ConfliBERT spans -------------------------------------------------------------------

def span_figures(path: Path, knowledge: Snapshot, limit: int | None,
                 keep: Keep | None = None) -> dict[str, Any]:
    """Lenient span P/R/F1 of our actor mentions against gold source/target/reciprocal spans."""
    if not path.exists():
        raise GoldDataError(f"{path}: no such file (the ConfliBERT NER spans)")
    gold, predicted = [], []
    for sentence, sources, targets in conflibert.load_spans(path)[:limit]:
        if not kept(keep, sentence_key(sentence)):
            continue
        gold.append(sources | targets)
        predicted.append({(a.start, a.end) for a in coded_actors(sentence, None, knowledge)})
    scores = span_prf(gold, predicted)
    return {"span_sentences": len(gold), "span_precision": scores["precision"],
            "span_recall": scores["recall"], "span_f1": scores["f1"]}


# ---- realistic mentions -----------------------------------------------------------------

def load_mentions(path: Path = MENTIONS) -> list[dict[str, str]]:
    """The mention rows (mention, date, country, sector; empty = expected None), checked."""
    sectors = one_of("", *sorted(SECTORS))
    checks = {"country": lambda v: country_code(v) if v else None, "sector": sectors}
    return [row for _, row in read_table(path, MENTION_COLUMNS, checks)]


def mention_results(knowledge: Snapshot, limit: int | None = None, path: Path = MENTIONS,
                    keep: Keep | None = None) -> list[tuple[dict[str, str], Entity]]:
    """Each mention row (of the part `keep` selects) with the Entity resolve_mention gives it."""
    results = []
    for row in load_mentions(path)[:limit]:
        if not kept(keep, document_key("mention", row["mention"])):
            continue
        day = dt.date.fromisoformat(row["date"]) if row["date"] else None
        entity = resolve_mention(row["mention"], date=day, knowledge=knowledge.actors,
                                 nlp=knowledge.nlp)
        results.append((row, entity))
    return results


def mention_figures(path: Path, knowledge: Snapshot, limit: int | None,
                    keep: Keep | None = None) -> dict[str, Any]:
    results = mention_results(knowledge, limit, path, keep)
    country = sum((e.country or "") == row["country"] for row, e in results)
    sector = sum((e.sector or "") == row["sector"] for row, e in results)
    total = len(results)
    return {"mentions": total,
            "mentions_country_accuracy": country / total if total else 0.0,
            "mentions_sector_accuracy": sector / total if total else 0.0}
