"""Synthetic news documents for the reliability tests: short, real sentences with actors,
places and dates, varied by a seeded generator so each run writes the same corpus."""

from __future__ import annotations

import json
import random
from pathlib import Path

COUNTRIES = [("Kenyan", "Nairobi"), ("Nigerian", "Lagos"), ("French", "Paris"),
             ("Indian", "New Delhi"), ("Brazilian", "Brasilia"), ("Turkish", "Ankara"),
             ("Egyptian", "Cairo"), ("German", "Berlin"), ("Pakistani", "Islamabad"),
             ("Mexican", "Mexico City"), ("Russian", "Moscow"), ("Chinese", "Beijing")]
ACTIONS = ["police arrested dozens of protesters in {city} on {day}.",
           "troops clashed with rebels near {city} on {day}.",
           "officials met opposition leaders in {city} on {day} to discuss the crisis.",
           "the government condemned the attack on a market in {city} on {day}.",
           "students protested against fuel prices in {city} on {day}.",
           "the foreign minister visited {city} on {day} and signed a trade agreement."]
FOLLOW = ["Witnesses said several people were injured.", "The ministry promised an inquiry.",
          "Rights groups called for calm.", "The talks will resume next week."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def document(number: int, rng: random.Random) -> dict[str, str]:
    """One JSONL document: id, date, title and two or three sentences."""
    people, city = rng.choice(COUNTRIES)
    action = rng.choice(ACTIONS).format(city=city, day=rng.choice(DAYS))
    text = f"{people} {action} {rng.choice(FOLLOW)}"
    if rng.random() < 0.5:
        text += f" {rng.choice(FOLLOW)}"
    published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"id": f"doc-{number:04d}", "published": published, "title": f"Report {number}",
            "source": rng.choice(["wire-a", "wire-b", "paper-c"]), "text": text}


def write_corpus(folder: Path, count: int, seed: int = 10, per_file: int = 1) -> list[str]:
    """Write `count` documents as .txt files with sidecars (per_file=1) or as JSONL files of
    `per_file` documents; returns the document ids."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    documents = [document(number, rng) for number in range(count)]
    if per_file == 1:
        for doc in documents:
            (folder / f"{doc['id']}.txt").write_text(doc["text"] + "\n")
            meta = {k: doc[k] for k in ("id", "published", "title", "source")}
            (folder / f"{doc['id']}.json").write_text(json.dumps(meta))
    else:
        for start in range(0, count, per_file):
            chunk = documents[start:start + per_file]
            lines = "".join(json.dumps(doc) + "\n" for doc in chunk)
            (folder / f"batch-{start:04d}.jsonl").write_text(lines)
    return [doc["id"] for doc in documents]
