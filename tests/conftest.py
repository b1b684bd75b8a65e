"""Shared fixtures: the spaCy model once per session, the ../shared folder, and store databases
on SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline, loaded once for the whole test session."""
    from eventwire.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip when it is absent, never in CI."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing: CI must run with ../shared beside the repository")
        pytest.skip("../shared is not beside the repository")
    return SHARED


def make_article(nlp, text: str, published: str | None = "2025-01-09", **fields):
    """An Article whose text is `text`, parsed by `nlp` (no cleaning)."""
    from eventwire.records import Article

    article = Article(id=fields.pop("id", "t"), text=text, raw_text=text, published=published, **fields)
    article.doc = nlp(text)
    return article


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session (see tests/pg.py); fails in CI when there is
    none, skips locally."""
    try:
        with pg.server() as server:
            yield server
    except pg.Unavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run in CI: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(params=pg.BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """An empty store database for one test, on each backend in turn (SQLite, PostgreSQL)."""
    with pg.database_url(request, request.param, tmp_path) as url:
        yield url
