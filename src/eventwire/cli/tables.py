"""Rich tables for commands that show results to a person."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def claims_table(claims: list[dict[str, Any]]) -> None:
    """Print each claim, its event's level, and the earlier events with theirs."""
    console = Console()
    if not claims:
        console.print("The store holds no novelty claims.")
        return
    for item in claims:
        event = item["event"]
        table = Table(title=f"“{item['claim']['text']}” ({item['claim']['doc_id']})", title_justify="left")
        for column in ("", "date", "type", "parties", "level (who took part)"):
            table.add_column(column, overflow="fold")
        table.add_row("claimed", str(event["date"]), event["type"], str(event["parties"] or "?"),
                      ", ".join(event["level"]))
        for earlier in item["earlier"]:
            table.add_row("earlier", str(earlier["date"]), event["type"], str(event["parties"]),
                          ", ".join(earlier["level"]))
        console.print(table)
        console.print(item["assessment"], highlight=False)
        console.print()
