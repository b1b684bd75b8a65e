"""The library entry points: code text or documents, ingest them into a store.

A thin facade: running the pipeline over many documents (worker pools, ingest, Dask,
recode) lives in :mod:`eventwire.run`; the names here are the documented ones
(docs/python.md).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from eventwire.pipeline import Snapshot, code_article
from eventwire.records import Article
from eventwire.run.ingest import IngestReport, ingest, ingest_documents
from eventwire.run.pool import code_stream

__all__ = ["IngestReport", "Snapshot", "code_documents", "code_stream", "code_text", "ingest",
           "ingest_documents"]


def code_text(text: str, published: str | None = None, *, id: str | None = None,
              title: str | None = None, clean: bool = True,
              knowledge: Snapshot | None = None) -> Article:
    """Code one article given as plain text; returns the coded :class:`Article`."""
    from eventwire.read.documents import build_article

    given = {"id": id, "published": published, "title": title}
    article = build_article("<text>", given, "api", text=text)
    return code_article(article, knowledge, clean=clean)


def code_documents(paths: Sequence[str], published: str | None = None, *, clean: bool = True,
                   workers: int = 1, knowledge: Snapshot | None = None,
                   include: Sequence[str] = (), exclude: Sequence[str] = (),
                   languages: Collection[str] | None = ("en",),
                   follow_symlinks: bool = False) -> Iterator[Article]:
    """Read and code every document under `paths` (files, folders, "-" for stdin), in order.

    `include`/`exclude` are globs on paths inside folders; `languages` the ISO 639-1 codes
    to code (None: any), other articles are reported in `errors` and not coded;
    `follow_symlinks` follows symbolic links in folders out of the folder.
    """
    from eventwire.read import read_inputs

    articles = read_inputs(list(paths), published=published, include=include, exclude=exclude,
                           follow_symlinks=follow_symlinks)
    yield from code_stream(articles, clean=clean, workers=workers, knowledge=knowledge,
                           languages=languages)
