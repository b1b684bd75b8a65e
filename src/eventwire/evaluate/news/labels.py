"""The news set's annotations: checked, converted from span texts to offsets, read back.

An annotator writes one JSON object per sentence with span *texts* (``docs/annotation.md``
§5); :func:`convert` checks every field and turns each span into document offsets, so the
stored files ``data/news/annotations.jsonl`` and ``adjudicated.jsonl`` hold ids, offsets and
labels and no third-party text.

``python -m eventwire.evaluate.news.labels check ANNOTATIONS --shared ../shared`` checks an
annotator's file and prints one line per problem; ``convert`` also writes the stored form.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.actors.tables import SECTORS
from eventwire.errors import GoldDataError
from eventwire.evaluate.news.frame import DATA, read_frame
from eventwire.ontology import modes, plover_types

MODALITIES = ("asserted", "future", "hypothetical", "reported_denied")
NON_STATE = {"IGO", "NGO", "UNO", "EUR", "ISM", "IMG", "MNC"}
_COUNTRY = re.compile(r"^[A-Z]{3}$")
Offsets = tuple[int, int] | None


@dataclass
class GoldEvent:
    type: str
    mode: str | None
    source: Offsets
    target: Offsets
    source_country: str | None = None
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    trigger: Offsets = None
    reciprocal: bool = False
    modality: str = "asserted"
    negated: bool = False
    background: bool = False


@dataclass
class Label:
    sid: str
    annotator: str
    events: list[GoldEvent] = field(default_factory=list)


def check_event(raw: dict[str, Any], sentence: str, offset: int) -> tuple[GoldEvent | None, list[str]]:
    """One annotated event checked against the ontology and the sentence; (event, problems)."""
    problems = []
    kind = raw.get("type")
    if kind not in plover_types():
        return None, [f"type {kind!r} is not a PLOVER type"]
    mode = raw.get("mode") or None
    if mode is not None and (kind, mode) not in modes():
        problems.append(f"mode {mode!r} is not a mode of {kind}")
        mode = None
    for role in ("source", "target"):
        country, sector = raw.get(f"{role}_country"), raw.get(f"{role}_sector")
        if country is not None and not (_COUNTRY.match(str(country)) or country in NON_STATE):
            problems.append(f"{role}_country {country!r} is not ISO alpha-3 or a PLOVER non-state code")
        if sector is not None and sector not in SECTORS:
            problems.append(f"{role}_sector {sector!r} is not a PLOVER sector")
    if raw.get("modality", "asserted") not in MODALITIES:
        problems.append(f"modality {raw.get('modality')!r} is not one of {', '.join(MODALITIES)}")
    spans: dict[str, Offsets] = {}
    for role in ("trigger", "source", "target"):    # the parties nearest the trigger
        text = raw.get(role)
        near = spans["trigger"][0] - offset if role != "trigger" and spans["trigger"] else None
        spans[role] = find_span(text, sentence, offset, near) if text else None
        if text and spans[role] is None:
            problems.append(f"{role} {text!r} is not in the sentence")
    event = GoldEvent(kind, mode, spans["source"], spans["target"],
                      raw.get("source_country"), raw.get("source_sector"),
                      raw.get("target_country"), raw.get("target_sector"), spans["trigger"],
                      bool(raw.get("reciprocal")), raw.get("modality") or "asserted",
                      bool(raw.get("negated")), bool(raw.get("background")))
    return event, problems


def find_span(text: str, sentence: str, offset: int, near: int | None = None) -> Offsets:
    """Document offsets of `text` in the sentence (which starts at `offset`); None when absent.

    The annotators give a span as its words, so the words are looked for whole ("he" is not
    the end of "the"), exactly, else ignoring case and runs of spaces, else as any substring;
    of several occurrences the one nearest the sentence position `near` (the trigger's) is
    taken, else the first."""
    words = text.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(word) for word in words)
    edges = (r"(?<!\w)" if re.match(r"\w", text.strip()) else "",
             r"(?!\w)" if re.search(r"\w$", text.strip()) else "")
    for pattern, flags in ((edges[0] + re.escape(text) + edges[1], 0),
                           (edges[0] + body + edges[1], re.IGNORECASE),
                           (body, re.IGNORECASE)):
        found = list(re.finditer(pattern, sentence, flags))
        if found:
            best = found[0] if near is None else min(found, key=lambda m: abs(m.start() - near))
            return offset + best.start(), offset + best.end()
    return None


def convert(records: list[dict[str, Any]], sentences: dict[str, tuple[str, int]],
            annotator: str) -> tuple[list[Label], list[str]]:
    """Annotator records -> stored labels; problems are 'sid: what' lines."""
    labels, problems = [], []
    for record in records:
        sid = record.get("sid")
        if sid not in sentences:
            problems.append(f"{sid}: not a sentence of the frame")
            continue
        sentence, offset = sentences[sid]
        label = Label(sid, annotator)
        for raw in record.get("events") or []:
            event, found = check_event(raw, sentence, offset)
            problems += [f"{sid}: {p}" for p in found]
            if event is not None:
                label.events.append(event)
        labels.append(label)
    return labels, problems


def to_json(label: Label) -> dict[str, Any]:
    return {"sid": label.sid, "annotator": label.annotator,
            "events": [{k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(e).items()}
                       for e in label.events]}


def from_json(data: dict[str, Any]) -> Label:
    events = []
    for e in data.get("events", []):
        spans = {k: tuple(e[k]) if e.get(k) else None for k in ("source", "target", "trigger")}
        events.append(GoldEvent(**{**e, **spans}))
    return Label(data["sid"], data.get("annotator", ""), events)


def load_labels(path: Path) -> list[Label]:
    """The stored labels of one file (one JSON object per line); a sentence labelled twice by
    one annotator is refused."""
    labels = []
    seen: set[tuple[str, str]] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldDataError(f"{path}: cannot read the news labels: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            label = from_json(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldDataError(f"{path}:{n}: not a news label: {exc}") from exc
        if (label.sid, label.annotator) in seen:
            raise GoldDataError(f"{path}:{n}: {label.sid} is labelled twice by "
                                f"{label.annotator or 'one annotator'}")
        seen.add((label.sid, label.annotator))
        labels.append(label)
    return labels


def frame_sentences(shared: Path, frame: Path = DATA / "frame.tsv") -> dict[str, tuple[str, int]]:
    """sid -> (sentence text, its document offset), read from the corpora in ../shared."""
    from eventwire.evaluate.news.corpora import read_documents

    rows = read_frame(frame)
    docs = read_documents(shared, {(r.corpus, r.doc_id) for r in rows})
    return {r.sid: (docs[(r.corpus, r.doc_id)].text[r.start:r.end], r.start) for r in rows}


def read_records(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """An annotator's records, and a problem line for each line that is not a JSON object."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldDataError(f"{path}: cannot read the annotations: {exc}") from exc
    records, problems = [], []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{n}: not JSON: {exc}")
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            problems.append(f"{path}:{n}: not a JSON object")
    return records, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="check or convert news annotations")
    parser.add_argument("action", choices=("check", "convert"))
    parser.add_argument("annotations", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--annotator", default="")
    parser.add_argument("--out", type=Path, help="convert: append the stored labels here")
    args = parser.parse_args(argv)
    try:
        records, problems = read_records(args.annotations)
        annotator = args.annotator or args.annotations.stem
        labels, found = convert(records, frame_sentences(args.shared), annotator)
    except GoldDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    problems += found
    for problem in problems:
        print(problem)
    print(f"{len(labels)} sentences, {sum(len(x.events) for x in labels)} events, {len(problems)} problems",
          file=sys.stderr)
    if args.action == "convert" and args.out:
        with args.out.open("a", encoding="utf-8") as handle:
            for label in labels:
                handle.write(json.dumps(to_json(label), sort_keys=True) + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
