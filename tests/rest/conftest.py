"""A temporary store of hand-built coded articles, the app over it, a client and a token."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.records import Claim, Entity, Event, SentenceRef, Span
from eventwire.rest import create_app
from eventwire.store import Store
from eventwire.store.tokens import create_token, revoke_token
from tests.factories import article, event

HOSTILE = "India met the Taliban <script>alert('x')</script> in Dubai. <img src=x onerror=alert(1)>"


def _marked(article_id: str, n: int, text: str, trigger: str, actor_text: str, recipient_text: str,
            **fields: object) -> Event:
    """An event whose trigger, actor and recipient spans point into `text`."""
    made = event(article_id, n, **fields)
    made.trigger = Span(trigger, text.index(trigger), text.index(trigger) + len(trigger))
    made.sentence = SentenceRef(index=0, start=0, end=text.index(".") + 1)
    made.actor = [_entity(text, actor_text, made.actor[0].country)]
    made.recipient = [_entity(text, recipient_text, "AFG")]
    return made


def _entity(text: str, name: str, country: str | None) -> Entity:
    start = text.index(name)
    return Entity(text=name, start=start, end=start + len(name), name=name, country=country,
                  sector="GOV")


def fill(store: Store) -> None:
    """Six IND-AFG meetings on six days (one a hostile article), a PAK-AFG fight, a claim."""
    for day in range(1, 7):
        doc = f"m{day}"
        text = HOSTILE if day == 1 else f"India met the Taliban in Dubai on day {day}. More text."
        ev = _marked(doc, 1, text, "met", "India", "Taliban", actor=("IND",), recipient=("AFG",),
                     date=f"2025-01-0{day}")
        store.add_article(article(doc, [ev], published=f"2025-01-0{day}", text=text,
                                  source="Wire" if day % 2 else "Daily"))
    text = "Pakistan shelled Afghan posts. Many fled."
    fight = _marked("f1", 1, text, "shelled", "Pakistan", "Afghan", type_="ASSAULT", actor=("PAK",),
                    recipient=("AFG",), date="2024-12-24")
    fight.quad, fight.intensity = 4, -8.0
    fight.claims = [Claim(kind="first", text="first shelling", start=0, end=5)]
    store.add_article(article("f1", [fight], published="2024-12-25", text=text, source="Daily"))


@pytest.fixture(scope="session")
def filled_store(tmp_path_factory) -> Path:
    """The filled store, built once (migrations and linking take a tenth of a second a time)."""
    path = tmp_path_factory.mktemp("rest-template") / "rest.db"
    with Store(f"sqlite:///{path}") as store:
        fill(store)
    return path


@pytest.fixture
def store_url(tmp_path, filled_store):
    """A fresh copy of the filled store for one test (a test may write to it)."""
    for suffix in ("", "-wal", "-shm"):   # the log too, should SQLite have kept one
        if filled_store.with_name(filled_store.name + suffix).exists():
            shutil.copyfile(filled_store.with_name(filled_store.name + suffix), tmp_path / f"rest.db{suffix}")
    return f"sqlite:///{tmp_path / 'rest.db'}"


@pytest.fixture
def app(store_url):
    return create_app(store_url, open_reads=True, max_body_bytes=10_000)


@pytest.fixture
def client(app):
    with TestClient(app) as client:
        yield client


@pytest.fixture
def token(app):
    secret, _ = create_token(app.state.store, "tests")
    return secret


@pytest.fixture
def revoked(app):
    secret, _ = create_token(app.state.store, "gone")
    revoke_token(app.state.store, "gone")
    return secret


def assert_error(response, status: int) -> dict:
    """The response has `status` and the one error shape; returns its error object."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


def b64(text: str | bytes) -> str:
    """`text` (UTF-8, lone surrogates kept) as unpadded base64url, the way cursors are written."""
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def key_cursor(*parts: object) -> str:
    """A cursor holding the JSON list `parts`, as a client could craft one."""
    return b64(json.dumps(list(parts)))
