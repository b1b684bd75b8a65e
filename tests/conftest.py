"""Shared fixtures: the spaCy model once per session, and the ../shared folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
