"""Fixtures of the actor tests: the packaged knowledge snapshot, loaded once per session, and
a look-up of the ids a plain name is known as in it; helpers that code a text's actors."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.actors.document import code_doc
from eventwire.actors.knowledge import ActorKnowledge, Period, default_actor_knowledge, normalise
from eventwire.actors.tables import DATA_DIR
from eventwire.records import Entity


@pytest.fixture(scope="session")
def knowledge() -> ActorKnowledge:
    return default_actor_knowledge()


@pytest.fixture(scope="session")
def ids_of(knowledge: ActorKnowledge) -> Callable[..., set[str]]:
    """``ids_of(name, prefix="")``: the ids (starting with ``prefix``) a name split on spaces,
    as the mention's tokens would be, is known as."""
    def ids(name: str, prefix: str = "") -> set[str]:
        key = tuple(normalise(word) for word in name.split())
        return {entry.key for entry in knowledge.lookup(key) if entry.key.startswith(prefix)}

    return ids


@pytest.fixture(scope="session")
def in_office(knowledge: ActorKnowledge, ids_of: Callable[..., set[str]]) -> Callable[..., Period]:
    """``in_office(name, person_id, date)``: the row of ``person_id`` in force on the ISO
    ``date``, after checking that ``name`` is known as that id and that the row is no former
    office."""
    def row(name: str, person_id: str, date: str) -> Period:
        assert person_id in ids_of(name)
        found, former = knowledge.person_at(person_id, dt.date.fromisoformat(date))
        assert found is not None and not former
        return found

    return row


@pytest.fixture(scope="session")
def org_on(knowledge: ActorKnowledge, ids_of: Callable[..., set[str]]) -> Callable[..., Period]:
    """``org_on(name, org_id, date)``: the organisation's row in force on the ISO ``date``,
    after checking that ``name`` is known as that id."""
    def row(name: str, org_id: str, date: str) -> Period:
        assert org_id in ids_of(name)
        found = knowledge.org_at(org_id, dt.date.fromisoformat(date))
        assert found is not None
        return found

    return row


def coded_entities(nlp, knowledge: ActorKnowledge, text: str, date: dt.date) -> list[Entity]:
    """The actors of `text` as the document rules code them on `date`."""
    return code_doc(nlp(text), text, knowledge, date)


def one_entity(entities: list[Entity], words: str) -> Entity:
    """The first coded actor whose text holds `words`."""
    return next(e for e in entities if words in e.text)


def core_data(folder: Path, kb_files: dict[str, str] | None = None) -> Path:
    """`folder` holding the hand-written actor tables (not the growing kb/ files) and, in
    kb/, the files of `kb_files` (name -> whole text, header first): a knowledge base whose
    every dated row the test chose."""
    for name in ("countries.tsv", "sectors.tsv", "cues.tsv", "people.tsv", "organisations.tsv"):
        shutil.copy(DATA_DIR / name, folder / name)
    (folder / "kb").mkdir()
    for name, text in (kb_files or {}).items():
        (folder / "kb" / name).write_text(text, encoding="utf-8")
    return folder
