"""The `eventwire` command line: thin shells over the library (see docs/cli.md).

Importing this package registers every command on `cli` (each module below adds its own when
imported), so ``from eventwire.cli import cli`` is the whole command line: for click's test
runner, documentation tools and embedding.
"""

from eventwire.cli import articles, commands, compare, kb, recode, reports, serve, summary
from eventwire.cli.main import cli, main

__all__ = ["articles", "cli", "commands", "compare", "kb", "main", "recode", "reports", "serve", "summary"]
