"""Loaders and schema checks for the ontology tables in ``data/``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import cast

from eventwire import datafiles
from eventwire.errors import ConfigError
from eventwire.records import Quad

TYPE_COLUMNS = ["type", "quad", "requires_recipient", "score"]
MODE_COLUMNS = ["type", "mode", "score"]
CAMEO_COLUMNS = ["code", "root", "goldstein", "plover_type", "plover_mode", "contexts"]
PENTA_COLUMNS = ["root", "penta"]


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type: quad class 1-4, recipient requirement, default score."""

    name: str
    quad: Quad
    requires_recipient: bool
    score: float


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its root, Goldstein score and closest PLOVER coding."""

    code: str
    root: str
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    contexts: tuple[str, ...]


def read_rows(filename: str, columns: list[str]) -> list[datafiles.Row]:
    """Rows of an ontology table, checked against ``columns`` by :mod:`eventwire.datafiles`."""
    return datafiles.table("ontology", filename, columns)


def _number(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"ontology table {where}: {value!r} is not a number") from None


@functools.cache
def contexts() -> tuple[str, ...]:
    """The PLOVER context labels."""
    labels = tuple(row["context"] for row in read_rows("plover_contexts.txt", ["context"]))
    if len(set(labels)) != len(labels) or not all(label.replace("_", "").isalpha() for label in labels):
        raise ConfigError("ontology table plover_contexts.txt: duplicate or malformed labels")
    return labels


@functools.cache
def plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types by name."""
    table: dict[str, PloverType] = {}
    for row in read_rows("plover_types.tsv", TYPE_COLUMNS):
        quad_class = int(_number(row["quad"], "plover_types.tsv"))
        if quad_class not in (1, 2, 3, 4) or row["requires_recipient"] not in ("yes", "no"):
            raise ConfigError(f"ontology table plover_types.tsv: bad row for {row['type']}")
        table[row["type"]] = PloverType(row["type"], cast(Quad, quad_class),   # checked just above
                                        row["requires_recipient"] == "yes",
                                        _number(row["score"], "plover_types.tsv"))
    if len(table) != 16:
        raise ConfigError(f"ontology table plover_types.tsv: {len(table)} types, expected 16")
    return table


@functools.cache
def modes() -> dict[tuple[str, str], float]:
    """Mode scores keyed by (type, mode): a mode means something only within its type."""
    types = plover_types()
    table: dict[tuple[str, str], float] = {}
    for row in read_rows("plover_modes.tsv", MODE_COLUMNS):
        key = (row["type"], row["mode"])
        if row["type"] not in types or key in table:
            raise ConfigError(f"ontology table plover_modes.tsv: unknown type or duplicate {key}")
        table[key] = _number(row["score"], "plover_modes.tsv")
    return table


@functools.cache
def cameo() -> dict[str, CameoCode]:
    """The CAMEO codes by code string ("0333"), with the closest PLOVER coding."""
    types, labels = plover_types(), set(contexts())
    table: dict[str, CameoCode] = {}
    for row in read_rows("cameo.tsv", CAMEO_COLUMNS):
        code = row["code"]
        ctxs = tuple(c for c in row["contexts"].split(";") if c)
        bad = (not code.isdigit() or code[:2] != row["root"] or code in table
               or (row["plover_type"] and row["plover_type"] not in types)
               or not set(ctxs) <= labels)
        if bad:
            raise ConfigError(f"ontology table cameo.tsv: bad row for code {code!r}")
        table[code] = CameoCode(code, row["root"], _number(row["goldstein"], "cameo.tsv"),
                                row["plover_type"] or None, row["plover_mode"] or None, ctxs)
    return table


@functools.cache
def penta_roots() -> dict[str, int]:
    """CAMEO root ("16") -> PentaClass 0-4 (statements apart from the four quad classes)."""
    table: dict[str, int] = {}
    for row in read_rows("cameo_penta.tsv", PENTA_COLUMNS):
        penta = int(_number(row["penta"], "cameo_penta.tsv"))
        if len(row["root"]) != 2 or not row["root"].isdigit() or penta not in range(5):
            raise ConfigError(f"ontology table cameo_penta.tsv: bad row for root {row['root']!r}")
        table[row["root"]] = penta
    if len(table) != 20:
        raise ConfigError(f"ontology table cameo_penta.tsv: {len(table)} roots, expected 20")
    return table


def penta_class(cameo_code: str | None) -> int:
    """The PentaClass of a CAMEO code (0 when there is none or its root is unknown)."""
    return penta_roots().get((cameo_code or "")[:2], 0)


def quad(event_type: str) -> Quad:
    """The quad class (1-4) of a PLOVER type."""
    return plover_types()[event_type].quad


def intensity(event_type: str, mode: str | None = None) -> float:
    """The PLOVER score: the (type, mode) score where the manual gives one, else the type's."""
    if mode is not None and (event_type, mode) in modes():
        return modes()[(event_type, mode)]
    return plover_types()[event_type].score
