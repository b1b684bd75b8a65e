"""Records that turn into the table a user works in: pyarrow, pandas or polars.

``Records`` wraps a re-iterable source of dicts. Iterating yields the dicts (streaming,
for exports); ``to_arrow()``, ``to_pandas()`` and ``to_polars()`` build one flat table with
the documented columns (see :func:`eventwire.export.flat_record` for events, and
docs/codebook.md). A table may read richer records than iteration does (`table_rows`): an
event's table row carries its provenance, which plain iteration leaves out unless asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from eventwire.errors import ConfigError

T = TypeVar("T")


class Records(Generic[T]):
    """A stream of records that can become a DataFrame; `flatten` makes one table row from
    each of `table_rows` (default: the same records as `rows`). With a `schema` (a function
    giving a pyarrow schema) the table has its columns and types even when it has no rows."""

    def __init__(self, rows: Callable[[], Iterable[T]],
                 flatten: Callable[[T], dict[str, Any]] | None = None,
                 table_rows: Callable[[], Iterable[T]] | None = None,
                 schema: Callable[[], Any] | None = None) -> None:
        self._rows = rows
        self._flatten: Callable[[T], dict[str, Any]] = flatten or _as_dict
        self._table_rows = table_rows or rows
        self._schema = schema

    def __iter__(self) -> Iterator[T]:
        return iter(self._rows())

    def to_list(self) -> list[T]:
        return list(self)

    def to_arrow(self) -> Any:
        """A pyarrow Table with one row per record (nested values as JSON-like structs)."""
        import pyarrow as pa

        rows = [self._flatten(row) for row in self._table_rows()]
        return pa.Table.from_pylist(rows, schema=self._schema() if self._schema else None)

    def to_pandas(self) -> Any:
        """A pandas DataFrame (needs the `frames` extra)."""
        _require("pandas")
        return self.to_arrow().to_pandas()

    def to_polars(self) -> Any:
        """A polars DataFrame (needs the `frames` extra)."""
        polars = _require("polars")
        return polars.from_arrow(self.to_arrow())


def _as_dict(row: Any) -> dict[str, Any]:
    return dict(row)


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ConfigError(f"{module} is not installed: pip install 'eventwire[frames]'") from exc
