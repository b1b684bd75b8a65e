"""`eventwire eval`: figures as a table (and as JSON) for one development gold set, or all.

Every set is split into a tune part and a check part (``evaluate/split.py``); by default
both are evaluated and shown side by side. Figures to report are the check figures.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from eventwire.evaluate import SETS, default_path, evaluate
from eventwire.evaluate.split import PARTS


def run_eval(name: str, path: str | None, *, as_json: bool = False, limit: int | None = None,
             part: str = "both", order: str = "file") -> None:
    if name == "list":
        for set_name, (_, default) in sorted(SETS.items()):
            click.echo(f"{set_name}\t../shared/gold/dev/{default}")
        return
    if part != "both":
        figures = evaluate(name, path, limit=limit, part=part, order=order)
        if not as_json:
            _print_tables(f"eventwire eval {name} ({part})", {part: figures})
        click.echo(json.dumps({"eval": name, "part": part, **figures}, sort_keys=True))
        return
    both = evaluate_parts(name, path, limit, order)
    if not as_json:
        _print_tables(f"eventwire eval {name}", both)
    click.echo(json.dumps({"eval": name, "part": "both", **both}, sort_keys=True))


def evaluate_parts(name: str, path: str | Path | None, limit: int | None,
                   order: str = "file") -> dict[str, dict[str, Any]]:
    """The set's figures on its tune part and on its check part."""
    return {part: evaluate(name, path, limit=limit, part=part, order=order) for part in PARTS}


def run_all(root: str | None, output: str, *, limit: int | None = None) -> None:
    """Every set, tune and check, into OUTPUT.md and OUTPUT.json; progress on stderr."""
    report: dict[str, Any] = {"sets": {}, "seconds": {}}
    started = time.monotonic()
    for name in sorted(SETS):
        path = Path(root) / SETS[name][1] if root else default_path(name)
        began = time.monotonic()
        print(f"eval {name} …", file=sys.stderr, flush=True)
        report["sets"][name] = evaluate_parts(name, path, limit)
        report["seconds"][name] = round(time.monotonic() - began, 1)
        print(f"eval {name}: {report['seconds'][name]:.0f} s", file=sys.stderr, flush=True)
    report["seconds"]["total"] = round(time.monotonic() - started, 1)
    from eventwire.version import CODER_VERSION

    report["coder_version"] = CODER_VERSION
    base = Path(output)
    base.with_suffix(".json").write_text(json.dumps(report, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
    base.with_suffix(".md").write_text(markdown_report(report), encoding="utf-8")
    click.echo(f"wrote {base.with_suffix('.md')} and {base.with_suffix('.json')} "
               f"({report['seconds']['total']:.0f} s)")


def markdown_report(report: dict[str, Any]) -> str:
    """One table per set: every flat figure, tune and check side by side."""
    lines = ["# eventwire evaluation report", "",
             f"Coder version `{report.get('coder_version', '?')}`. Figures to report are the "
             "**check** figures; rules and models are tuned on the tune parts only "
             "(docs/evaluation.md).", ""]
    for name, parts in report["sets"].items():
        lines += [f"## {name}", "", "| figure | tune | check |", "|---|---:|---:|"]
        for key in _flat_keys(parts):
            lines.append(f"| {key} | {_show(parts['tune'].get(key))} | {_show(parts['check'].get(key))} |")
        lines += ["", f"({report['seconds'].get(name, '?')} s)", ""]
        for key, rows in parts["check"].items():
            if _is_table(rows):
                lines += [f"### {name}: {key} (check)", "", *_markdown_table(rows), ""]
    return "\n".join(lines)


def _is_table(value: Any) -> bool:
    """A nested figure shown as a table: labels to dicts of numbers (per type, per corpus…)."""
    return isinstance(value, dict) and bool(value) and all(
        isinstance(row, dict) and any(isinstance(v, int | float) for v in row.values())
        for row in value.values())


def _columns(rows: dict[str, dict[str, Any]]) -> list[str]:
    """The numeric figures of a nested table's rows, in first-seen order."""
    columns: list[str] = []
    for row in rows.values():
        columns += [k for k, v in row.items()
                    if (v is None or isinstance(v, int | float)) and k not in columns]
    return columns


def _markdown_table(rows: dict[str, dict[str, Any]]) -> list[str]:
    columns = _columns(rows)
    lines = ["| label | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for label, row in rows.items():
        lines.append(f"| {label} | " + " | ".join(_show(row.get(c)) for c in columns) + " |")
    return lines


def _flat_keys(parts: dict[str, dict[str, Any]]) -> list[str]:
    keys: list[str] = []
    for figures in parts.values():
        keys += [k for k, v in figures.items() if not isinstance(v, dict | list) and k not in keys]
    return keys


def _show(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_tables(title: str, parts: dict[str, dict[str, Any]]) -> None:
    console = Console(stderr=False)
    summary = Table(title=title)
    summary.add_column("figure")
    for part in parts:
        summary.add_column(part, justify="right")
    for key in _flat_keys(parts):
        summary.add_row(key, *(_show(figures.get(key)) for figures in parts.values()))
    console.print(summary)
    shown = "check" if "check" in parts else next(iter(parts))
    for key, value in parts[shown].items():
        if isinstance(value, dict) and all(isinstance(v, dict) and "f1" in v for v in value.values()):
            console.print(_label_table(f"{key} ({shown})", value))
        elif _is_table(value):
            console.print(_figure_table(f"{key} ({shown})", value))


def _figure_table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    """A breakdown (per kind, per class of article…) turned on its side: one row per figure,
    one column per label, since labels are few and figure names long."""
    table = Table(title=title)
    table.add_column("figure")
    for label in rows:
        table.add_column(label, justify="right")
    for figure in _columns(rows):
        table.add_row(figure, *(_show(row.get(figure)) for row in rows.values()))
    return table


def _label_table(title: str, rows: dict[str, dict[str, float]]) -> Table:
    table = Table(title=title)
    for column in ("label", "precision", "recall", "f1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, row in rows.items():
        table.add_row(label, f"{row['precision']:.2f}", f"{row['recall']:.2f}", f"{row['f1']:.2f}",
                      str(int(row["support"])))
    return table
