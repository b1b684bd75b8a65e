"""Sentences we wrote ourselves, annotated with their PLOVER events, for training.

``data/examples/*.jsonl`` holds one object per sentence: ``{"id", "text", "events",
"category"}``, the events in the annotation record of ``docs/annotation.md`` §5 (span texts,
copied from ``text``). Positive examples for every type and mode and hard negatives (sport,
entertainment, business, disasters, procedure, figurative language) that a keyword coder
mistakes for events. The text is ours, so it is stored whole.

``python -m eventwire.events.examples check FILE`` prints one line per problem in a file.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.news.labels import GoldEvent, check_event, read_records


@dataclass
class Example:
    id: str
    text: str
    events: list[GoldEvent]
    category: str


def check(records: list[dict[str, Any]]) -> tuple[list[Example], list[str]]:
    """Records -> examples with offsets; problems are 'id: what' lines."""
    examples, problems, seen = [], [], set()
    for record in records:
        ident, text = record.get("id"), record.get("text")
        if not isinstance(ident, str) or not isinstance(text, str) or not text.strip():
            problems.append(f"{ident}: needs a string id and a non-empty text")
            continue
        if ident in seen:
            problems.append(f"{ident}: id used twice")
        seen.add(ident)
        events = []
        for raw in record.get("events") or []:
            event, found = check_event(raw, text, 0)
            problems += [f"{ident}: {p}" for p in found]
            if event is not None:
                events.append(event)
        examples.append(Example(ident, text, events, str(record.get("category", ""))))
    return examples, problems


def load_examples(folder: Path | None = None) -> list[Example]:
    """Every shipped example (all files of ``data/examples``, in name order); a file with a
    problem is refused with its first problem."""
    folder = folder or Path(str(resources.files("eventwire.events").joinpath("data", "examples")))
    files = sorted(folder.glob("*.jsonl"))
    found = []
    for path in files:
        records, problems = read_records(path)
        examples, more = check(records)
        if problems or more:
            raise GoldDataError(f"{path}: {(problems + more)[0]}")
        found += examples
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check a file of written example sentences")
    parser.add_argument("action", choices=("check",))
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    try:
        records, problems = read_records(args.file)
    except GoldDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    examples, found = check(records)
    problems += found
    for problem in problems:
        print(problem)
    print(f"{len(examples)} sentences, {sum(len(e.events) for e in examples)} events, "
          f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
