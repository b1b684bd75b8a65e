"""Option groups defined once and reused by several commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from eventwire import settings


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def published_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--published", callback=_iso_date, metavar="YYYY-MM-DD",
                        help="Publication date for documents that carry none.")(fn)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", envvar=settings.SETTINGS["db"].env, metavar="URL",
                        help="SQLAlchemy URL of the store, or the path of an SQLite file (default: "
                             "SQLite in the user data folder; "
                             f"env {settings.SETTINGS['db'].env}).")(fn)


def debug_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    # accepted after the command name too; the group reads it from argv
    return click.option("--debug", "_debug", is_flag=True, hidden=True)(fn)


def date_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--until", callback=_iso_date, metavar="YYYY-MM-DD",
                      help="Only events dated on or before this day.")(fn)
    return click.option("--since", callback=_iso_date, metavar="YYYY-MM-DD",
                        help="Only events dated on or after this day.")(fn)


def _languages(_ctx: click.Context, _param: click.Parameter,
               value: tuple[str, ...]) -> tuple[str, ...] | None:
    codes = tuple(code.strip().lower() for code in value)
    if "any" in codes:
        return None
    return codes or ("en",)


def reading_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--include/--exclude globs and --follow-symlinks for folders, and --language for the
    languages to code."""
    fn = click.option("--follow-symlinks", is_flag=True,
                      help="In folders, follow symbolic links that lead out of the folder.")(fn)
    fn = click.option("--language", "languages", multiple=True, callback=_languages,
                      metavar="CODE", help="ISO 639-1 code of a language to code (repeatable; "
                      "default en; 'any' codes every language).")(fn)
    fn = click.option("--exclude", multiple=True, metavar="GLOB",
                      help="Skip files in folders whose relative path matches (repeatable).")(fn)
    return click.option("--include", multiple=True, metavar="GLOB",
                        help="Read only files in folders whose relative path matches "
                             "(repeatable).")(fn)
