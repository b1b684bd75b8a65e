"""A helper of the actor tests: how the actors stage codes one named mention of a text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.actors.document import code_doc
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)   # the publication date the invented sentences are coded on


def coded(nlp, knowledge, text: str) -> list[Entity]:
    """Every actor mention of `text`, coded as of ``DATE``."""
    return code_doc(nlp(text), text, knowledge, DATE)


def coding(nlp, knowledge, text: str, name: str) -> tuple[str | None, str | None]:
    """(country, sector) of the last mention whose text holds `name`; fails when none does."""
    found = [e for e in coded(nlp, knowledge, text) if name in e.text]
    assert found, f"{name!r} not coded in {text!r}"
    return found[-1].country, found[-1].sector


def unsolved(text: str, name: str, country: str | None, sector: str | None, reason: str) -> Any:
    """A case no general rule codes yet, kept as a strict expected failure."""
    return pytest.param(text, name, country, sector, id=name,
                        marks=pytest.mark.xfail(strict=True, reason=reason))


def coding_params(cases: list[Any]) -> list[Any]:
    """The cases (text, name, country, sector) as pytest params, each a plain tuple's id its name."""
    return [c if hasattr(c, "marks") else pytest.param(*c, id=c[1]) for c in cases]
