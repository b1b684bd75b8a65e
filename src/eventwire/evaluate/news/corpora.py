"""The news set's five source corpora, read from ../shared as (corpus, doc id, text, date).

Texts are never copied into the repository: the news set stores document ids and offsets
into the texts these readers return, so each reader must return the same text for the same
document every time. Each document's part key is the one its own evaluation uses
(:func:`part_key`), so a PolNeAR article is a check item in both ``polnear`` and ``news``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import document_key

CORPORA = ("voa", "polnear", "ecbplus", "geo", "tbaq")


@dataclass(frozen=True)
class NewsDocument:
    corpus: str
    doc_id: str
    text: str
    published: str | None

    @property
    def part_key(self) -> str:
        return part_key(self.corpus, self.doc_id)


def part_key(corpus: str, doc_id: str) -> str:
    """The key that puts a document in the tune or check part: ECB+ documents go by topic
    (as ``eval ecbplus`` splits them), TBAQ documents by file (as ``eval tempeval3``)."""
    if corpus == "ecbplus":
        return document_key("ecbplus", doc_id.split("_", 1)[0])
    if corpus == "tbaq":
        return document_key("tempeval3", doc_id)
    return document_key(corpus, doc_id)


def read_corpus(corpus: str, shared: Path) -> Iterator[NewsDocument]:
    """Every document of one corpus, in a fixed order."""
    readers = {"voa": _voa, "polnear": _polnear, "ecbplus": _ecbplus, "geo": _geo, "tbaq": _tbaq}
    if corpus not in readers:
        raise GoldDataError(f"unknown news corpus {corpus!r}; known: {', '.join(CORPORA)}")
    yield from readers[corpus](shared)


def read_documents(shared: Path, wanted: set[tuple[str, str]] | None = None,
                   ) -> dict[tuple[str, str], NewsDocument]:
    """(corpus, doc id) -> document, for the wanted ones (all when None)."""
    corpora = sorted({c for c, _ in wanted}) if wanted is not None else CORPORA
    found = {}
    for corpus in corpora:
        for doc in read_corpus(corpus, shared):
            if wanted is None or (corpus, doc.doc_id) in wanted:
                found[(corpus, doc.doc_id)] = doc
    if wanted is not None and (missing := wanted - set(found)):
        raise GoldDataError(f"{len(missing)} news documents not found under {shared}, "
                            f"e.g. {sorted(missing)[0]}")
    return found


def _voa(shared: Path) -> Iterator[NewsDocument]:
    path = shared / "corpora" / "voa" / "voa_stories.jsonl"
    for n, line in enumerate(_read(path).splitlines(), 1):
        try:
            story = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldDataError(f"{path}:{n}: not JSON: {exc}") from exc
        published = (story.get("published") or "")[:10] or None
        yield NewsDocument("voa", str(story["id"]), story["text"], published)


def _polnear(shared: Path) -> Iterator[NewsDocument]:
    from eventwire.evaluate.polnear import publication_dates

    root = shared / "gold" / "dev" / "polnear"
    dates = publication_dates(root / "metadata.tsv")
    for file in sorted((root / "dev" / "text").glob("*.txt")):
        yield NewsDocument("polnear", file.stem, _read(file), dates.get(file.stem))


def _ecbplus(shared: Path) -> Iterator[NewsDocument]:
    from eventwire.evaluate.ecbplus import load

    for doc_id, _, text in load(shared / "gold" / "dev" / "ecbplus"):
        yield NewsDocument("ecbplus", doc_id, text, None)


def _geo(shared: Path) -> Iterator[NewsDocument]:
    from eventwire.where.evaluate import read_gwn

    for n, item in enumerate(read_gwn(shared / "gold" / "dev" / "geo" / "GWN.xml")):
        yield NewsDocument("geo", str(n), item["text"], None)


def _tbaq(shared: Path) -> Iterator[NewsDocument]:
    from eventwire.when.tempeval import read_timeml

    for file in sorted((shared / "gold" / "dev" / "tempeval3").rglob("*.tml")):
        doc = read_timeml(file)
        yield NewsDocument("tbaq", file.stem, doc.text, doc.dct.isoformat() if doc.dct else None)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldDataError(f"{path}: cannot read: {exc}") from exc
