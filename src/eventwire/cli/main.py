"""The command group, the table of its commands, and the one place errors become exit codes."""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from eventwire.errors import EventwireError
from eventwire.version import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

# Every command, by name, as "module:attribute". The group imports a command's module on first
# use, so `from eventwire.cli import cli` is the whole command line without importing every
# command's dependencies, and one command does not pay for the others.
COMMANDS = {
    "actors": "eventwire.cli.commands:actors",
    "articles": "eventwire.cli.articles:articles",
    "claims": "eventwire.cli.commands:claims",
    "code": "eventwire.cli.commands:code",
    "compare": "eventwire.cli.compare:compare",
    "demo": "eventwire.cli.commands:demo",
    "eval": "eventwire.cli.commands:evaluate",
    "events": "eventwire.cli.commands:events",
    "ingest": "eventwire.cli.commands:ingest",
    "kb": "eventwire.cli.kb:kb",
    "recode": "eventwire.cli.recode:recode",
    "relink": "eventwire.cli.recode:relink",
    "reports": "eventwire.cli.reports:reports",
    "serve": "eventwire.cli.serve:serve",
    "stories": "eventwire.cli.commands:stories",
    "summary": "eventwire.cli.summary:summary",
    "token": "eventwire.cli.serve:token",
}


class Group(click.Group):
    """A click group that turns errors into one line on stderr and the contract's exit codes,
    and loads its commands from COMMANDS when they are first asked for (click's lazy group)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.add_command(_load(COMMANDS[cmd_name]), cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        debug = "--debug" in sys.argv
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            if debug:
                raise
            click.echo(f"eventwire: {exc}", err=True)
            ctx.exit(EXIT_SOME_FAILED)
        except (KeyboardInterrupt, BrokenPipeError):
            ctx.exit(EXIT_SOME_FAILED)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - never a traceback for the user without --debug
            if debug:
                raise
            click.echo(f"eventwire: internal error: {exc!r} (run again with --debug for details)",
                       err=True)
            ctx.exit(EXIT_SOME_FAILED)


def _load(target: str) -> click.Command:
    """The command at "module:attribute"; a wrong table entry fails loudly, naming it."""
    module, attribute = target.split(":")
    command = getattr(importlib.import_module(module), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{target} is not a click command")
    return command


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
@click.option("--debug", is_flag=True, help="Show full tracebacks and debug logging.")
@click.option("--verbose", "-v", is_flag=True, help="Log progress information to stderr.")
def cli(debug: bool, verbose: bool) -> None:
    """eventwire: turn news articles into traceable political event data."""
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        # trafilatura's own notes ("discarding data: None") name no input; eventwire reports
        # what becomes of each page itself
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="eventwire")
