"""The command group, shared options, and the one place errors become exit codes."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from eventwire.errors import EventwireError
from eventwire.version import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class Group(click.Group):
    """A click group that turns errors into one line on stderr and the contract's exit codes."""

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
    import eventwire.cli  # noqa: F401 - importing the package registers every command

    cli(prog_name="eventwire")
