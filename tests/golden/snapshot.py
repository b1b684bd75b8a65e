"""A digest of everything the coder writes for the VOA stories and the two seed articles.

The refactoring check of issue 25: moving code must not change what is coded. Each document's
coded record (``Article.to_dict()``) is written as canonical JSON — keys sorted, floats rounded
to 6 places so that a last-bit difference between CPUs does not count, the coder version left
out — and hashed. ``coded.json`` beside this file holds the digests the coder gave when it was
last updated on purpose.

When a change is meant to change the coding (a new rule, a retrained model), update the
digests in the same commit, and say in its message which documents changed and why::

    .venv/bin/python tests/golden/snapshot.py --update
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DIGESTS = HERE / "coded.json"
SHARED = HERE.parents[2] / "shared"
IGNORED = frozenset({"coder_version"})


def documents(shared: Path = SHARED) -> list[dict[str, Any]]:
    """The VOA stories and the seed articles, as `code_text` arguments keyed by id."""
    voa = [json.loads(line) for line in
           (shared / "corpora" / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
    found = [{"id": f"voa-{item['id']}", "text": item["text"], "title": item.get("title"),
              "published": (item.get("published") or "")[:10] or None} for item in voa]
    seeds = json.loads((shared / "seeds" / "expected.json").read_text(encoding="utf-8"))
    for spec in seeds["documents"]:
        path = shared / "seeds" / spec["file"]
        found.append({"id": f"seed-{path.stem}", "text": path.read_text(encoding="utf-8"),
                      "title": None, "published": spec["published"]})
    return found


def canonical(value: Any) -> Any:
    """`value` with floats rounded and ignored keys dropped, at every depth."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items() if key not in IGNORED}
    if isinstance(value, list | tuple):
        return [canonical(item) for item in value]
    return value


def digest(record: dict[str, Any]) -> str:
    text = json.dumps(canonical(record), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def coded_digests(shared: Path = SHARED) -> dict[str, str]:
    """Each document's id and the digest of its coded record, coded in this process."""
    from eventwire.api import code_text

    return {doc["id"]: digest(code_text(doc["text"], doc["published"], id=doc["id"],
                                        title=doc["title"]).to_dict())
            for doc in documents(shared)}


def changed(found: dict[str, str], expected: dict[str, str]) -> list[str]:
    """The ids whose digest differs, or that only one side has."""
    return sorted(key for key in found.keys() | expected.keys() if found.get(key) != expected.get(key))


def main(argv: list[str]) -> int:
    found = coded_digests()
    if "--update" in argv:
        DIGESTS.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(found)} digests to {DIGESTS}")
        return 0
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    differ = changed(found, expected)
    print("\n".join(differ) or "no change")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    sys.exit(main(sys.argv[1:]))
