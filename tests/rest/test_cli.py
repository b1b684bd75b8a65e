"""`eventwire token` and `eventwire serve` as installed console scripts, and their docs."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import click
import httpx
import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli import serve as serve_commands
from eventwire.store import Store
from tests.rest.conftest import fill

ROOT = Path(__file__).resolve().parents[2]
EVENTWIRE = ROOT / ".venv" / "bin" / "eventwire"
DOCS = ROOT / "docs"

pytestmark = pytest.mark.cli


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EVENTWIRE), *args], capture_output=True, text=True, timeout=120)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_token_create_prints_a_token_that_opens_writes_until_revoked(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.rest import create_app

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    created = _run("token", "create", "--name", "ci", "--db", db)
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert re.fullmatch(r"ew_[0-9a-f]{16}_[\w-]{40,}", token) and "'ci'" in created.stderr
    with TestClient(create_app(db)) as client:
        post = lambda: client.post("/documents", json={"text": ""},  # noqa: E731
                                   headers={"Authorization": f"Bearer {token}"})
        assert post().status_code == 200
        revoked = _run("token", "revoke", "ci", "--db", db)
        assert revoked.returncode == 0 and json.loads(revoked.stdout)["revoked_at"]
        assert post().status_code == 403


def test_revoking_an_unknown_token_fails_with_one_line(tmp_path):
    result = _run("token", "revoke", "nobody", "--db", f"sqlite:///{tmp_path / 'cli.db'}")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "nobody" in result.stderr


def test_token_names_are_unique_among_active_tokens(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert _run("token", "create", "--name", "x", "--db", db).returncode == 0
    again = _run("token", "create", "--name", "x", "--db", db)
    assert again.returncode == 1 and "already named" in again.stderr
    listed = [json.loads(line) for line in _run("token", "list", "--db", db).stdout.splitlines()]
    assert [t["name"] for t in listed] == ["x"] and "hash" not in json.dumps(listed)


def test_serve_without_the_server_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = CliRunner().invoke(cli, ["serve", "--db", "sqlite://"])
    assert result.exit_code == 1
    assert "pip install 'eventwire[server]'" in result.output


def test_serve_answers_on_a_loopback_port(tmp_path):
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    with Store(db) as store:
        fill(store)
    port = _free_port()
    server = subprocess.Popen([str(EVENTWIRE), "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/health", server)
        assert len(httpx.get(f"{base}/events").json()["items"]) == 7
        assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == "eventwire"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(url: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stdout.read() if server.stdout else ""
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"{url} did not answer within {seconds} s")


def _options(command: click.Command) -> list[str]:
    return [opt for p in command.params if isinstance(p, click.Option) and not p.hidden
            for opt in p.opts if opt.startswith("--")]


@pytest.mark.parametrize("name, command", [
    ("serve", serve_commands.serve), ("token", serve_commands.create),
    ("token", serve_commands.revoke), ("token", serve_commands.list_)])
def test_serve_and_token_options_are_documented(name, command):
    text = (DOCS / "cli.md").read_text()
    section = text.split(f"## `eventwire {name}`", 1)[1].split("\n## ", 1)[0]
    assert all(f"`{option}" in section for option in _options(command))
    if name == "token":
        assert f"eventwire token {command.name}" in section


def test_every_endpoint_is_documented(client):
    text = (DOCS / "rest.md").read_text()
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method in operations:
            documented = path.replace("{event_id}", "{id}").replace("{article_id}", "{id}")
            assert f"### `{method.upper()} {documented}`" in text


@pytest.mark.parametrize("parameter", ["type", "actor_country", "recipient_country", "dyad", "since",
                                       "until", "q", "source", "limit", "cursor", "freq", "name"])
def test_every_parameter_is_documented(parameter):
    assert f"`{parameter}`" in (DOCS / "rest.md").read_text()
