"""`eventwire eval`: figures as a table (and as JSON) for one development gold set."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from eventwire.evaluate import SETS, evaluate


def run_eval(name: str, path: str | None, *, as_json: bool = False, limit: int | None = None) -> None:
    if name == "list":
        for set_name, (_, default) in sorted(SETS.items()):
            click.echo(f"{set_name}\t../shared/gold/dev/{default}")
        return
    figures = evaluate(name, path, limit=limit)
    if not as_json:
        _print_tables(name, figures)
    click.echo(json.dumps({"eval": name, **figures}, sort_keys=True))


def _print_tables(name: str, figures: dict[str, Any]) -> None:
    console = Console(stderr=False)
    summary = Table(title=f"eventwire eval {name}")
    summary.add_column("figure")
    summary.add_column("value", justify="right")
    for key, value in figures.items():
        if not isinstance(value, dict):
            summary.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(summary)
    for key, value in figures.items():
        if isinstance(value, dict):
            console.print(_label_table(key, value))


def _label_table(title: str, rows: dict[str, dict[str, float]]) -> Table:
    table = Table(title=title)
    for column in ("label", "precision", "recall", "f1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, row in rows.items():
        table.add_row(label, f"{row['precision']:.2f}", f"{row['recall']:.2f}", f"{row['f1']:.2f}",
                      str(int(row["support"])))
    return table
