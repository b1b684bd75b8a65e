"""Draw the news set's sampling frame, once: ``python -m eventwire.evaluate.news.sample``.

For each corpus, documents are drawn at random (seeded); every sentence of a drawn document
with at least four words is eligible. Two samples of sentences are then drawn from them:

- ``random``: a plain random sample of the eligible sentences;
- ``emitted``: a random sample of the eligible sentences, outside the first sample, in
  which the coder of the day emits an event (any type, modality or polarity).

Given how many of the random sample fall among emitting sentences, the union of both samples
within the emitting sentences is itself a uniform random sample of them, so the sentences
are two strata (emitting, not emitting) each sampled at random: ``score`` weighs them by
stratum size over sample size. ``frame.json`` records every count that needs (per document:
eligible and emitting sentences), the coder version and the seed; ``frame.tsv`` holds the
sentences (document ids and offsets, no text).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.news.corpora import CORPORA, NewsDocument, read_corpus
from eventwire.evaluate.news.frame import DATA
from eventwire.evaluate.split import part_of

SEED = 20261204
DOCUMENTS = {"voa": 30, "polnear": 30, "ecbplus": 60, "geo": 50, "tbaq": 60}
PER_SAMPLE = 126           # sentences per corpus in each of the two samples
MIN_WORDS = 4
FRAME_COLUMNS = ("sid", "corpus", "doc_id", "start", "end", "sample", "emitted", "part")


@dataclass
class Sentence:
    corpus: str
    doc_id: str
    start: int
    end: int
    emitted: bool
    part: str

    @property
    def sid(self) -> str:
        return f"{self.corpus}:{self.doc_id}:{self.start}"


def eligible_sentences(doc: NewsDocument, article: Any) -> list[Sentence]:
    """The document's sentences of at least MIN_WORDS words, each marked emitting or not."""
    triggers = [e.trigger.start for e in article.events]
    found = []
    for sent in article.doc.sents:
        if sum(token.is_alpha for token in sent) < MIN_WORDS:
            continue
        start, end = sent.start_char, sent.end_char
        emitted = any(start <= t < end for t in triggers)
        found.append(Sentence(doc.corpus, doc.doc_id, start, end, emitted, part_of(doc.part_key)))
    return found


def draw(corpus: str, docs: list[NewsDocument], coded: Iterable[Any],
         rng: random.Random) -> tuple[list[tuple[Sentence, str]], dict[str, Any]]:
    sentences = [s for doc, article in zip(docs, coded, strict=True)
                 for s in eligible_sentences(doc, article)]
    plain = rng.sample(sentences, min(PER_SAMPLE, len(sentences)))
    taken = {s.sid for s in plain}
    pool = [s for s in sentences if s.emitted and s.sid not in taken]
    emitted = rng.sample(pool, min(PER_SAMPLE, len(pool)))
    per_doc = {d.doc_id: [0, 0] for d in docs}
    for s in sentences:
        per_doc[s.doc_id][0] += 1
        per_doc[s.doc_id][1] += s.emitted
    stats = {"documents_sampled": len(docs), "sentences": len(sentences),
             "emitting_sentences": sum(s.emitted for s in sentences),
             "random_sample": len(plain), "emitted_sample": len(emitted),
             "per_document": per_doc}
    return [(s, "random") for s in plain] + [(s, "emitted") for s in emitted], stats


def build(shared: Path, out: Path = DATA,
          progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    from eventwire.api import code_text
    from eventwire.version import CODER_VERSION

    rows: list[tuple[Sentence, str]] = []
    frame: dict[str, Any] = {"seed": SEED, "coder_version": CODER_VERSION, "min_words": MIN_WORDS,
                             "per_sample": PER_SAMPLE, "corpora": {}}
    for corpus in CORPORA:
        rng = random.Random(f"{SEED}:{corpus}")
        every = list(read_corpus(corpus, shared))
        docs = sorted(rng.sample(every, min(DOCUMENTS[corpus], len(every))), key=lambda d: d.doc_id)
        coded = (code_text(d.text, d.published, clean=False, id=f"{corpus}:{d.doc_id}") for d in docs)
        drawn, stats = draw(corpus, docs, coded, rng)
        frame["corpora"][corpus] = {"documents": len(every), **stats}
        rows += drawn
        if progress is not None:
            progress(f"{corpus}: {stats['sentences']} sentences, {stats['emitting_sentences']} emitting")
    out.mkdir(parents=True, exist_ok=True)
    (out / "frame.json").write_text(json.dumps(frame, indent=1) + "\n", encoding="utf-8")
    with (out / "frame.tsv").open("w", encoding="utf-8") as handle:
        handle.write("\t".join(FRAME_COLUMNS) + "\n")
        for s, sample in rows:
            handle.write(f"{s.sid}\t{s.corpus}\t{s.doc_id}\t{s.start}\t{s.end}\t{sample}\t"
                         f"{int(s.emitted)}\t{s.part}\n")
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    build(args.shared, args.out, progress=print)


if __name__ == "__main__":
    main()
