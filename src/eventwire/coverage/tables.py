"""The coverage word lists (``coverage/data/*.tsv``): read once, checked on load."""

from __future__ import annotations

import functools
from importlib import resources

from eventwire.errors import ConfigError


@functools.cache
def words(name: str, kind: str) -> tuple[str, ...]:
    """The lower-cased first column of ``data/NAME.tsv`` on rows whose ``kind`` is `kind`,
    in file order. Raises ConfigError when the file or its header is not as expected."""
    rows = _rows(name)
    kinds = {row[1] for row in rows}
    if kind not in kinds:
        raise ConfigError(f"coverage/data/{name}.tsv has no row of kind {kind!r} (kinds: {sorted(kinds)})")
    return tuple(row[0].lower() for row in rows if row[1] == kind)


def _rows(name: str) -> list[list[str]]:
    try:
        text = resources.files("eventwire.coverage").joinpath("data", f"{name}.tsv").read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read coverage/data/{name}.tsv: {exc}") from exc
    lines = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines or len(lines[0]) != 2 or any(len(cells) != 2 for cells in lines):
        raise ConfigError(f"coverage/data/{name}.tsv: every line must have two tab-separated cells")
    return lines[1:]
