"""Helpers the story tests share (test_stories_22, test_stories_23): their record sets, one JSON
object a line (see :mod:`tests.link.test_stories_22`), linked into one store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SIDES = ("a", "b", "c")


def make_record(id: str, relation: str, kind: str, *sides: tuple[str, str]) -> dict[str, Any]:
    """A record of the written pair sets: its articles (title, text) as sides a, b (and c)."""
    record: dict[str, Any] = {"id": id, "relation": relation, "kind": kind}
    for key, (title, text) in zip("abc", sides, strict=False):
        record[key] = {"title": title, "text": text}
    return record


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of the jsonl file `path`, blank lines left out."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def check_record_set(records: list[dict[str, Any]], balanced: bool = True) -> None:
    """A record set is large enough (20 records, ids unique, 3 chains), half of it same-happening
    pairs when `balanced`, each record a same, different or chain relation, and only chains with
    a third report "c"."""
    assert len({r["id"] for r in records}) == len(records) >= 20
    if balanced:
        assert sum(r["relation"] == "same" for r in records) * 2 >= len(records)
    assert sum(r["relation"] == "chain" for r in records) >= 3
    for record in records:
        assert record["relation"] in ("same", "different", "chain")
        assert ("c" in record) is (record["relation"] == "chain")


def _other(record: dict[str, Any]) -> str:
    return "c" if record["relation"] == "chain" else "b"


def link_records(records: list[dict[str, Any]], folder: Path) -> dict[str, bool]:
    """Whether each record's two compared articles (a and b; a and c for a chain) end in one
    story, all records' articles linked into one store."""
    from eventwire.api import code_text
    from eventwire.link import topic_cv

    coded: list[dict[str, Any]] = []
    where: dict[tuple[str, str], int] = {}
    for record in records:
        for side in SIDES:
            if side in record:
                where[(record["id"], side)] = len(coded)
                article = record[side]
                coded.append(code_text(article["text"], id=f"{record['id']}{side}", title=article["title"],
                                       clean=False).to_dict())
    stories = topic_cv.link_documents(coded, topic_cv.empty_store(folder))
    return {r["id"]: stories[where[(r["id"], "a")]] == stories[where[(r["id"], _other(r))]] for r in records}


def record_params(records: list[dict[str, Any]], still_wrong: set[str]) -> list[Any]:
    """One pytest param per record, id "id-relation-kind"; a record `still_wrong` names is a
    strict xfail."""
    return [pytest.param(r, id=f"{r['id']}-{r['relation']}-{r['kind']}",
                         marks=[pytest.mark.xfail(strict=True, reason="linked wrongly")]
                         if r["id"] in still_wrong else [])
            for r in records]


def print_verdicts(path: Path, width: int) -> None:
    """Link the records of `path` and print each record's verdict (kind padded to `width`), then
    the tally of right verdicts by relation."""
    import tempfile

    records = read_records(path)
    with tempfile.TemporaryDirectory() as tmp:
        found = link_records(records, Path(tmp))
    right = {"same": 0, "different": 0, "chain": 0}
    for record in records:
        ok = found[record["id"]] is (record["relation"] == "same")
        right[record["relation"]] += ok
        print(f"{record['id']} {record['relation']:9} {record['kind']:{width}} {'ok' if ok else 'WRONG'}")
    print(json.dumps(right))
