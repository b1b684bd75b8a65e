"""The `eventwire` command line: thin shells over the library (see docs/cli.md).

``from eventwire.cli import cli`` is the whole command line, for click's test runner,
documentation tools and embedding: the group knows every command by name (main.COMMANDS) and
imports a command's module when the command is first used.
"""

from eventwire.cli.main import cli, main

__all__ = ["cli", "main"]
