"""The one reader of the coder's data files: word lists and tables under each stage's ``data/``.

Every file is UTF-8, tab-separated, with ``#`` comment lines and blank lines ignored, and a
header line naming its columns. :func:`table` checks the header against the columns the
caller expects and every row against it, and raises :class:`~eventwire.errors.ConfigError`
naming the file and line when they disagree, so a broken edit fails on load, not as a
silently missing rule. docs/data.md lists every file, its columns and its purpose.

A user's own rows are added through the ``data_overlay`` setting (``EVENTWIRE_DATA_OVERLAY``):
a folder laid out like the package (``events/data/triggers.tsv``, ``actors/data/people.tsv``
...). Rows of an overlay file with the same name and header come after the package's own;
they enter the coder version (:mod:`eventwire.version`) like the package data.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from eventwire import settings
from eventwire.errors import ConfigError

PACKAGE = Path(__file__).resolve().parent
SUFFIXES = (".tsv", ".json", ".txt", ".yaml", ".yml")

Row = dict[str, str]


def path(stage: str, name: str) -> Path:
    """The packaged file ``<stage>/data/<name>`` (``stage`` may be dotted: ``evaluate.news``)."""
    return PACKAGE.joinpath(*stage.split("."), "data", name)


def overlay_path(stage: str, name: str) -> Path | None:
    """The user's overlay of ``<stage>/data/<name>``, when the setting names a folder holding one."""
    folder = settings.get("data_overlay")
    if not folder:
        return None
    found = Path(folder).expanduser().joinpath(*stage.split("."), "data", name)
    return found if found.is_file() else None


def overlay_files() -> list[Path]:
    """Every data file in the overlay folder (sorted), for the coder version's digest."""
    folder = settings.get("data_overlay")
    if not folder:
        return []
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise ConfigError(f"EVENTWIRE_DATA_OVERLAY={folder}: not a folder")
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SUFFIXES)


def table(stage: str, name: str, columns: Sequence[str], *, required: Sequence[str] = (),
          overlay: bool = True) -> list[Row]:
    """The rows of ``<stage>/data/<name>`` as dicts keyed by `columns` (then the overlay's rows).

    The header must name exactly `columns`, in order; a row may leave trailing cells out
    (they read as ""), never have more; the `required` columns may not be empty.
    """
    rows = _read(path(stage, name), tuple(columns), tuple(required))
    extra = overlay_path(stage, name) if overlay else None
    return rows + _read(extra, tuple(columns), tuple(required)) if extra else rows


def words(stage: str, name: str, column: str | None = None, *, columns: Sequence[str] | None = None,
          overlay: bool = True) -> tuple[str, ...]:
    """One column of a table (the first by default), in file order, without repeats.

    A one-column file needs no `columns`: its header names the column.
    """
    if columns is None:
        columns = (_header(path(stage, name)),)
    key = column or columns[0]
    found = table(stage, name, columns, required=(key,), overlay=overlay)
    return tuple(dict.fromkeys(row[key] for row in found))


def _header(file: Path) -> str:
    for _number, cells in _lines(file):
        return cells[0]
    raise ConfigError(f"{_name(file)}: no header line")


def numbered(file: Path, columns: Sequence[str], *, required: Sequence[str] = ()
             ) -> list[tuple[int, Row]]:
    """The rows of any file in this format with their line numbers, read afresh (no cache, no
    overlay): for a file named by path (a user's facts, a copy of the actor data in a test),
    whose caller checks cells itself and must name the line of a bad one."""
    columns = tuple(columns)
    lines = iter(_lines(file))
    first = next(lines, None)
    if first is None or tuple(first[1]) != columns:
        found = "nothing" if first is None else "\t".join(first[1])
        raise ConfigError(f"{_name(file)}: the header must be {' '.join(columns)!r} (tab-separated), "
                          f"found {found!r}")
    rows: list[tuple[int, Row]] = []
    for number, cells in lines:
        if len(cells) > len(columns):
            raise ConfigError(f"{_name(file)} line {number}: {len(cells)} cells, the header has "
                              f"{len(columns)}")
        row = dict(zip(columns, [*cells, *[""] * (len(columns) - len(cells))], strict=True))
        empty = [key for key in required if not row[key]]
        if empty:
            raise ConfigError(f"{_name(file)} line {number}: empty {', '.join(empty)}")
        rows.append((number, row))
    return rows


@functools.cache
def _read(file: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> list[Row]:
    return [row for _number, row in numbered(file, columns, required=required)]


def _lines(file: Path) -> list[tuple[int, list[str]]]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {_name(file)}: {exc}") from exc
    return [(number, [cell.strip() for cell in line.split("\t")])
            for number, line in enumerate(text.split("\n"), start=1)
            if line.strip() and not line.startswith("#")]


def _name(file: Path) -> str:
    try:
        return file.relative_to(PACKAGE).as_posix()
    except ValueError:
        return str(file)
