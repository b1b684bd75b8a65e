"""The fair actor test set (``data/actor_test/``): actor mentions in real news, coded end to end.

The mentions were marked by hand in VOA stories, PolNeAR and ECB+ dev articles (text the actor
knowledge base was not tuned on) before the knowledge base was extended; the file stores
document ids and character offsets, and the texts are read from ../shared. Each mention is
scored through the pipeline's own path: the actors stage runs over the whole document and the
coded actor overlapping the gold span most (ties: the longest) is compared with the gold
country and sector; a mention no coded actor overlaps is wrong on both.

A mention belongs to the tune or check part of its document, decided as ``eval news`` decides
it (:func:`~eventwire.evaluate.news.corpora.part_key`: ECB+ documents go by topic).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.actors.tables import SECTORS, country_code, iso_date, one_of, read_table
from eventwire.errors import GoldDataError
from eventwire.evaluate.actors import coded_actors
from eventwire.evaluate.news.corpora import NewsDocument, part_key, read_documents
from eventwire.evaluate.split import Keep, kept
from eventwire.pipeline import Snapshot
from eventwire.records import Entity

MENTIONS = Path(__file__).resolve().parent / "data" / "actor_test" / "mentions.tsv"
COLUMNS = ["corpus", "doc_id", "start", "end", "kind", "date", "country", "sector", "office"]
KINDS = ("head", "minister", "official-title", "military", "police", "party", "armed-group",
         "company", "media", "university", "igo", "ngo", "place", "region", "group-noun",
         "surname", "person-other", "country")


@dataclass(frozen=True)
class GoldMention:
    """One hand-marked mention: where it is, what kind it is and how it should be coded."""

    corpus: str
    doc_id: str
    start: int
    end: int
    kind: str
    date: str
    country: str
    sector: str
    office: str

    @property
    def document(self) -> tuple[str, str]:
        return self.corpus, self.doc_id


def load_mentions(path: Path = MENTIONS) -> list[GoldMention]:
    """The rows of the set, checked cell by cell (offsets are checked against the texts by
    :func:`check_offsets`)."""
    checks = {"kind": one_of(*KINDS), "date": iso_date, "start": _offset, "end": _offset,
              "country": lambda v: country_code(v) if v else None,
              "sector": one_of("", *sorted(SECTORS))}
    return [GoldMention(row["corpus"], row["doc_id"], int(row["start"]), int(row["end"]),
                        row["kind"], row["date"], row["country"], row["sector"], row["office"])
            for _, row in read_table(path, COLUMNS, checks)]


def _offset(value: str) -> str | None:
    return None if value.isdigit() else f"{value!r} is not a character offset"


def check_offsets(mentions: Iterable[GoldMention],
                  documents: dict[tuple[str, str], NewsDocument]) -> None:
    """Refuse the set if a span lies outside its text, is empty, or cuts a word: offsets into
    a text that changed would otherwise score the wrong words without a sound."""
    for mention in mentions:
        problem = span_problem(documents[mention.document].text, mention.start, mention.end)
        if problem:
            raise GoldDataError(f"{MENTIONS.name}: {mention.corpus}:{mention.doc_id} "
                                f"[{mention.start}:{mention.end}] {problem}")


def span_problem(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` is not a well-cut mention, or None."""
    if not 0 <= start < end <= len(text):
        return f"lies outside the text ({len(text)} characters)"
    span = text[start:end]
    if span != span.strip():
        return f"starts or ends with a space: {span!r}"
    if (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
            end < len(text) and text[end - 1].isalnum() and text[end].isalnum()):
        return f"cuts a word: {text[max(0, start - 10):end + 10]!r}"
    return None


def shared_folder(path: Path) -> Path | None:
    """../shared, from the PATH given to ``eval actors`` (../shared/gold/dev or ../shared);
    None when PATH lies elsewhere (a hand-made gold folder holds no corpora)."""
    for candidate in (path, *path.resolve().parents):
        if (candidate / "corpora").is_dir() and (candidate / "gold" / "dev").is_dir():
            return candidate
    return None


# ---- scoring ----------------------------------------------------------------------------

def best_actor(mention: GoldMention, actors: list[Entity]) -> Entity | None:
    """The coded actor sharing most characters with the gold span (ties: the longest)."""
    def overlap(actor: Entity) -> int:
        return min(actor.end, mention.end) - max(actor.start, mention.start)

    touching = [a for a in actors if overlap(a) > 0]
    return max(touching, key=lambda a: (overlap(a), a.end - a.start), default=None)


def coded_documents(mentions: list[GoldMention], documents: dict[tuple[str, str], NewsDocument],
                    knowledge: Snapshot) -> dict[tuple[str, str], list[Entity]]:
    """The actors the pipeline's actors stage codes in each document of `mentions`.

    A document without a publication date (ECB+) is coded on the date its text makes clear
    (the gold ``date``), as an article would be coded on its dateline."""
    dates = {m.document: m.date for m in mentions if m.date}
    coded = {}
    for key in dict.fromkeys(m.document for m in mentions):
        doc = documents[key]
        coded[key] = coded_actors(doc.text, doc.published or dates.get(key), knowledge)
    return coded


def results(mentions: list[GoldMention], documents: dict[tuple[str, str], NewsDocument],
            knowledge: Snapshot) -> list[tuple[GoldMention, Entity | None]]:
    """Each mention with the coded actor it is compared with (None: no actor overlaps it)."""
    coded = coded_documents(mentions, documents, knowledge)
    return [(m, best_actor(m, coded[m.document])) for m in mentions]


def tally(scored: list[tuple[GoldMention, Entity | None]]) -> dict[str, Any]:
    """Country, sector and both-right shares, and the share with any overlapping actor."""
    rights = [(_right(m.country, e.country if e else None),
               _right(m.sector, e.sector if e else None)) for m, e in scored]
    total = len(rights)

    def share(count: int) -> float:
        return count / total if total else 0.0

    return {"mentions": total,
            "found": share(sum(e is not None for _, e in scored)),
            "country": share(sum(c for c, _ in rights)),
            "sector": share(sum(s for _, s in rights)),
            "both": share(sum(c and s for c, s in rights))}


def _right(gold: str, coded: str | None) -> bool:
    return (coded or "") == gold


def fair_figures(path: Path, knowledge: Snapshot, limit: int | None = None,
                 keep: Keep | None = None, mentions_path: Path = MENTIONS) -> dict[str, Any]:
    """``fair_*`` figures of the part `keep` selects, overall and per kind of mention; none
    when PATH is not inside ../shared, where the texts are."""
    shared = shared_folder(path)
    if shared is None:
        return {}
    mentions = [m for m in load_mentions(mentions_path)[:limit]
                if kept(keep, part_key(m.corpus, m.doc_id))]
    documents = read_documents(shared, {m.document for m in mentions})
    check_offsets(mentions, documents)
    scored = results(mentions, documents, knowledge)
    overall = tally(scored)
    by_kind: dict[str, list[tuple[GoldMention, Entity | None]]] = defaultdict(list)
    for item in scored:
        by_kind[item[0].kind].append(item)
    return {"fair_mentions": overall["mentions"], "fair_found": overall["found"],
            "fair_country": overall["country"], "fair_sector": overall["sector"],
            "fair_both": overall["both"],
            "fair_by_kind": {kind: tally(by_kind[kind]) for kind in KINDS if by_kind[kind]}}

