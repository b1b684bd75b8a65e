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


def _publication_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A publication date in any form a document's `published` may take, as YYYY-MM-DD."""
    from eventwire.read.documents import DATE_HINT, parse_date

    if value is None:
        return None
    date = parse_date(value)
    if date is None:
        raise click.BadParameter(f"{value!r} is not a date ({DATE_HINT})")
    return date


def published_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--published", callback=_publication_date, metavar="YYYY-MM-DD",
                        help="Publication date for documents that carry none (also \"June 26, "
                             "2024\", \"26 June 2024\", \"2024/06/26\").")(fn)


def _store_url(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    """The store's URL, an SQLite path made absolute (messages name where it really is)."""
    from eventwire.store.store import store_url

    return store_url(value or settings.get("db"))


def _existing_store(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """The URL of a store that must exist: a reading command never creates one (a mistyped
    path would otherwise read as an empty store)."""
    from eventwire.store.store import check_exists

    url = _store_url(ctx, param, value)
    check_exists(url)
    return url


def _db(fn: Callable[..., Any], callback: Any, default_help: str) -> Callable[..., Any]:
    return click.option("--db", envvar=settings.SETTINGS["db"].env, metavar="URL", callback=callback,
                        help="SQLAlchemy URL of the store, or the path of an SQLite file (default: "
                             f"{default_help}; env {settings.SETTINGS['db'].env}).")(fn)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--db of a command that reads a store: a store that does not exist is an error."""
    return _db(fn, _existing_store, "SQLite in the user data folder; it must exist")


def creating_db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--db of a command that may create the store (ingest, kb add, token create)."""
    return _db(fn, _store_url, "SQLite in the user data folder; created if missing")


def debug_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    # accepted after the command name too; the group reads it from argv
    return click.option("--debug", "_debug", is_flag=True, hidden=True)(fn)


def _filter_day(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--since/--until as the filters read them (eventwire.filters.day): YYYY-MM-DD, YYYY-MM or
    YYYY, the period's first day for --since and its last for --until."""
    from eventwire.errors import FilterError
    from eventwire.filters import day

    try:
        return day(value, str(param.name), end=param.name == "until")
    except FilterError as exc:
        raise click.BadParameter(exc.problem) from None


def date_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--until", callback=_filter_day, metavar="YYYY-MM-DD",
                      help="Only events dated on or before this day (YYYY-MM, YYYY: the period's "
                           "last day).")(fn)
    return click.option("--since", callback=_filter_day, metavar="YYYY-MM-DD",
                        help="Only events dated on or after this day (YYYY-MM, YYYY: the period's "
                             "first day).")(fn)


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
