"""The `eventwire` command line: thin shells over the library (see docs/cli.md)."""

from eventwire.cli.main import cli, main

__all__ = ["cli", "main"]
