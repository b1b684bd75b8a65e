"""Option groups defined once and reused by several commands."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from eventwire import settings

if TYPE_CHECKING:
    from eventwire.store import EventFilter


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


def _published(fn: Callable[..., Any], meaning: str) -> Callable[..., Any]:
    return click.option("--published", callback=_publication_date, metavar="YYYY-MM-DD",
                        help=f"{meaning} (also \"June 26, 2024\", \"26 June 2024\", "
                             "\"2024/06/26\").")(fn)


def published_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--published of the commands that read documents (code, ingest)."""
    return _published(fn, "Publication date for documents that carry none")


def set_published_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--published of `articles set`: the stored articles' new date, whatever they hold."""
    return _published(fn, "Set the publication date")


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


# the event filters as options, in --help order: (option, its EventFilter field, click settings);
# eventwire.filters.PARAMS names and checks them
_FILTER_OPTIONS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("--type", "types", {"multiple": True, "help": "PLOVER event type (repeatable)."}),
    ("--actor-country", "actor_country",
     {"multiple": True, "help": "ISO alpha-3 code of an actor (repeatable)."}),
    ("--recipient-country", "recipient_country",
     {"multiple": True, "help": "ISO alpha-3 code of a recipient (repeatable)."}),
    ("--actor-sector", "actor_sector",
     {"multiple": True, "help": "PLOVER sector code of an actor, e.g. GOV (repeatable)."}),
    ("--recipient-sector", "recipient_sector",
     {"multiple": True, "help": "PLOVER sector code of a recipient (repeatable)."}),
    ("--location-country", "location_country",
     {"multiple": True,
      "help": "ISO alpha-3 code of the country where the event happened (repeatable)."}),
    ("--actor", "actor",
     {"metavar": "NAME",
      "help": "Only events with a party (either role) whose name or text contains NAME, any case."}),
    ("--quad", "quad",
     {"type": click.IntRange(1, 4), "multiple": True,
      "help": "Quad class 1-4: verbal/material cooperation, verbal/material conflict (repeatable)."}),
    ("--dyad", "dyad", {"nargs": 2, "help": "Two country codes that must both be parties, either role."}),
    ("--since", "since",
     {"metavar": "YYYY-MM-DD",
      "help": "Only events dated on or after this day (YYYY-MM, YYYY: the period's first day)."}),
    ("--until", "until",
     {"metavar": "YYYY-MM-DD",
      "help": "Only events dated on or before this day (YYYY-MM, YYYY: the period's last day)."}),
    ("--text", "q", {"metavar": "TEXT", "help": "Only events whose source sentence contains TEXT."}),
    ("--source", "source", {"help": "Only events reported by this source."}),
)
_SORT_OPTION = ("--sort", "sort",
                {"default": "date", "show_default": True, "metavar": "[-]date|type|intensity|reports",
                 "help": "Order: by date (oldest first), type, intensity or number of reports; a "
                         "leading - sorts descending (-date: newest first)."})


def event_filter_options(*, sort: bool = False,
                         text_help: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The event filter options (and --sort with `sort`), defined once for every command that
    filters events, so that they cannot drift apart. The command gets one `where` argument,
    the EventFilter they make; a value no event can have is a usage error (exit 2) naming the
    option, with a hint. `text_help` says what --text does where it does not check the
    sentence itself."""
    options = (*_FILTER_OPTIONS, _SORT_OPTION) if sort else _FILTER_OPTIONS
    if text_help:
        options = tuple((o, f, {**c, "help": text_help} if o == "--text" else c) for o, f, c in options)

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def command(**kwargs: Any) -> Any:
            given = {field: kwargs.pop(field) for _, field, _ in options}
            return fn(**kwargs, where=event_filter(**given))

        for option, field, settings_ in reversed(options):
            command = click.option(option, field, **settings_)(command)
        return command
    return decorate


def event_filter(**given: Any) -> EventFilter:
    """The EventFilter of these field values (empty ones left out); a FilterError becomes a
    usage error naming the option (eventwire.filters.PARAMS) that has the bad value."""
    from eventwire.errors import FilterError
    from eventwire.filters import PARAMS
    from eventwire.store import EventFilter

    values: dict[str, Any] = {name: list(value) if isinstance(value, tuple) and name != "dyad" else value
                              for name, value in given.items() if value not in (None, ())}
    try:
        return EventFilter(**values)
    except FilterError as exc:
        option = next((p.option for p in PARAMS if p.name == exc.param), exc.param)
        raise click.BadParameter(exc.problem, param_hint=f"'{option}'") from None


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
