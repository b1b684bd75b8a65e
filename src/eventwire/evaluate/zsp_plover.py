"""What the Zero-Shot-PLOVER sets share: their TSV rows, the marked source and target, and
whether a coded event links the two.

Each row is a sentence with one (source, target) pair marked in a copy of it
(``<s>``...``</s>``, ``<t>``...``</t>``); :mod:`~eventwire.evaluate.zsp_plv` scores the
relation's PLOVER type, :mod:`~eventwire.evaluate.zsp_aw` whether there is one at all.
A row's key for the tune/check split is its sentence's (:func:`~eventwire.evaluate.split.sentence_key`).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import Keep, kept, sentence_key
from eventwire.records import Article, Entity, Event

Offsets = tuple[int, int]
Spans = tuple[Offsets, ...]
Code = Callable[[str], Article]

_MARK = re.compile(r"<(/?)([st])>")


@dataclass(frozen=True)
class MarkedRow:
    """One gold row: the plain sentence, the marked source and target spans in it (None when
    the marks cannot be placed in the sentence: the row is unscorable) and the gold label."""

    sentence: str
    pair: tuple[Spans, Spans] | None
    gold: str


def load(path: Path, label: str, labels: Collection[str]) -> list[MarkedRow]:
    """The rows of a ZSP TSV file with their gold value in column `label`, one of `labels`.

    Raises GoldDataError when the file cannot be read, lacks a column or has a bad label."""
    rows = []
    for line, record in read_tsv(path, ("sentence", "marked_sentence", label)):
        if record[label] not in labels:
            raise GoldDataError(f"{path}:{line}: {label} is {record[label]!r}, "
                                f"expected one of {', '.join(sorted(labels))}")
        pair = locate_marks(record["sentence"], record["marked_sentence"])
        rows.append(MarkedRow(record["sentence"], pair, record[label]))
    return rows


def read_tsv(path: Path, columns: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for each row of a tab-separated file with csv quoting and a header
    holding `columns`; raises GoldDataError naming the file and what is wrong."""
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream, delimiter="\t")
            missing = [c for c in columns if c not in (reader.fieldnames or ())]
            if missing:
                raise GoldDataError(f"{path}: no {', '.join(missing)} column in the header")
            rows = []
            for record in reader:
                if None in record or None in record.values():
                    raise GoldDataError(f"{path}:{reader.line_num}: wrong number of fields")
                rows.append((reader.line_num, record))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldDataError(f"{path}: cannot read it as a TSV file: {exc}") from exc
    return rows


def select(rows: list[MarkedRow], limit: int | None, keep: Keep | None) -> list[MarkedRow]:
    """The first `limit` rows, then those in the part `keep` selects."""
    return [row for row in rows[:limit] if kept(keep, sentence_key(row.sentence))]


def locate_marks(sentence: str, marked: str) -> tuple[Spans, Spans] | None:
    """The source spans and the target spans in `sentence` marked in `marked`.

    A role is often marked at every occurrence of its words ("<t>Ukraine</t> ... upon
    <t>Ukraine</t>'s progress"): each occurrence is kept, and an entity on any of them
    covers the role. When the marked copy, tags stripped, is not the sentence, each span's
    text is looked up in the sentence (the occurrence nearest its marked place). None when
    a role is not marked (the data name some parties only as "a recipient") or a span
    cannot be found."""
    stripped = _strip_marks(marked)
    if stripped is None:
        return None
    plain, sources, targets = stripped
    if plain == sentence:
        return sources, targets
    found = [_placed([_find(sentence, plain[start:end], start) for start, end in role])
             for role in (sources, targets)]
    return (found[0], found[1]) if found[0] and found[1] else None


def _strip_marks(marked: str) -> tuple[str, Spans, Spans] | None:
    """The text without tags and the source and target spans in it, each trimmed of spaces;
    None unless both roles are marked, every tag is closed and no span is empty."""
    pieces: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, list[Offsets]] = {"s": [], "t": []}
    at = length = 0
    for tag in _MARK.finditer(marked):
        pieces.append(marked[at:tag.start()])
        length += tag.start() - at
        at = tag.end()
        closing, role = tag.group(1), tag.group(2)
        if not closing and role not in opened:
            opened[role] = length
        elif closing and role in opened:
            spans[role].append((opened.pop(role), length))
        else:
            return None
    pieces.append(marked[at:])
    plain = "".join(pieces)
    sources = _placed([_trim(plain, span) for span in spans["s"]])
    targets = _placed([_trim(plain, span) for span in spans["t"]])
    if opened or not sources or not targets:
        return None
    return plain, sources, targets


def _placed(spans: list[Offsets | None]) -> Spans | None:
    """The spans, or None when there are none or one could not be placed."""
    if not spans or None in spans:
        return None
    return tuple(span for span in spans if span is not None)


def _trim(text: str, span: Offsets) -> Offsets | None:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _find(sentence: str, piece: str, near: int) -> Offsets | None:
    starts = [m.start() for m in re.finditer(re.escape(piece), sentence)]
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near))
    return start, start + len(piece)


def code_each(sentences: Iterable[str], code: Code) -> dict[str, Article]:
    """Each distinct sentence coded once (rows often share a sentence)."""
    return {sentence: code(sentence) for sentence in dict.fromkeys(sentences)}


def plain_coder(prefix: str) -> Code:
    """A coder of plain text (no cleaning) with ids ``<prefix>-1``, ``<prefix>-2``..."""
    from eventwire.api import code_text

    ids = itertools.count(1)
    return lambda text: code_text(text, clean=False, id=f"{prefix}-{next(ids)}")


def covers(entities: list[Entity], spans: Spans) -> bool:
    """Whether an entity shares at least one character with one of `spans`."""
    return any(e.start < end and start < e.end for e in entities for start, end in spans)


def links(event: Event, source: Spans, target: Spans) -> bool:
    """Whether `event` runs from `source` to `target`: its actor side covers the source and
    its recipient side the target, or it is reciprocal (the coder puts every party of a
    meeting in ``actor``, the recipient empty) and its actor side covers both."""
    if event.recipient:
        return covers(event.actor, source) and covers(event.recipient, target)
    return covers(event.actor, source) and covers(event.actor, target)
