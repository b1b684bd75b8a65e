"""`eventwire serve` (the REST API) and `eventwire token` (its bearer tokens)."""

from __future__ import annotations

import json
from typing import Any

import click

from eventwire.cli.options import creating_db_option, db_option, debug_option
from eventwire.errors import ConfigError

SERVER_EXTRA = "pip install 'eventwire[server]'"


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@debug_option
def serve(db: str | None, host: str, port: int, _debug: bool) -> None:
    """Serve the REST API and the web dashboard on one port until interrupted.

    /openapi.json describes the API and /docs lets you try it (Swagger UI); /ui/ is the
    dashboard: dyad timelines, the event table, events with their source sentences, articles,
    claims and a map. Everything is served from this process; nothing loads from elsewhere.
    """
    try:
        import uvicorn

        from eventwire.rest import create_app
    except ImportError as exc:
        raise ConfigError(f"the server needs FastAPI and uvicorn ({exc.name} is missing): "
                          f"{SERVER_EXTRA}") from exc
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


@click.group()
def token() -> None:
    """Bearer tokens for the REST API: writes need one (reads too when the setting says so)."""


def _open_store(db: str | None) -> Any:
    from eventwire.store import Store

    return Store(db)


@token.command("create")
@click.option("--name", help="A name to recognise and revoke the token by (default: token-<id>).")
@creating_db_option
@debug_option
def create(name: str | None, db: str | None, _debug: bool) -> None:
    """Create a token and print it once: only a salted hash of it is stored."""
    from eventwire.store.tokens import create_token

    with _open_store(db) as store:
        secret, described = create_token(store, name)
    click.echo(secret)
    click.echo(f"eventwire: token {described['name']!r} (id {described['id']}) created; it is shown "
               "only now, keep it somewhere safe", err=True)


@token.command("revoke")
@click.argument("name_or_id")
@creating_db_option
@debug_option
def revoke(name_or_id: str, db: str | None, _debug: bool) -> None:
    """Revoke the active token with this name or id: requests with it are refused (403)."""
    from eventwire.store.tokens import revoke_token

    with _open_store(db) as store:
        revoked = revoke_token(store, name_or_id)
    for described in revoked:
        click.echo(json.dumps(described))


@token.command("list")
@creating_db_option
@debug_option
def list_(db: str | None, _debug: bool) -> None:
    """List the tokens (id, name, created_at, revoked_at), one JSON line each; never secrets."""
    from eventwire.store.tokens import list_tokens

    with _open_store(db) as store:
        for described in list_tokens(store):
            click.echo(json.dumps(described))
