"""The coverage word lists (``coverage/data/*.tsv``): read once, checked on load."""

from __future__ import annotations

import functools

from eventwire import datafiles
from eventwire.errors import ConfigError

# each list's columns: the words, then the kind of row
COLUMNS = {"condemnations": ("phrase", "kind"), "hedges": ("word", "kind")}


@functools.cache
def words(name: str, kind: str) -> tuple[str, ...]:
    """The lower-cased first column of ``data/NAME.tsv`` on rows whose ``kind`` is `kind`,
    in file order. Raises ConfigError when the file or its header is not as expected."""
    columns = COLUMNS[name]
    rows = datafiles.table("coverage", f"{name}.tsv", columns, required=columns)
    kinds = {row["kind"] for row in rows}
    if kind not in kinds:
        raise ConfigError(f"coverage/data/{name}.tsv has no row of kind {kind!r} (kinds: {sorted(kinds)})")
    return tuple(row[columns[0]].lower() for row in rows if row["kind"] == kind)
