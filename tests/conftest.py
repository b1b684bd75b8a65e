"""Shared fixtures: the spaCy model once per session, the ../shared folder, and store databases
on SQLite and PostgreSQL; and the selection of slow tests (left out locally, run in CI)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SLOW_LEFT_OUT = pytest.StashKey[int]()
# Fixtures that load something big: a test asking for one (itself or through another fixture)
# is slow without saying so; modules that load the model otherwise mark themselves.
SLOW_FIXTURES = {"nlp", "gazetteer"}

pytest_plugins = ["pytester"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--all", action="store_true", dest="all_tests",
                     help="Run the slow tests too (CI and an explicit -m run them anyway).")


def pytest_itemcollected(item: pytest.Item) -> None:
    """Mark slow the tests that ask for a SLOW_FIXTURES fixture (before -m is applied)."""
    if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
        item.add_marker(pytest.mark.slow)


def _runs_slow_tests(config: pytest.Config) -> bool:
    """CI runs everything; locally the slow tests run only when asked for: --all, or a -m
    expression, which says itself which tests to run."""
    return bool(os.environ.get("CI") or config.getoption("all_tests") or config.getoption("markexpr"))


LEFT_OUT_LOCALLY = ("slow", "postgres", "cli")


def _left_out(item: pytest.Item) -> bool:
    """Slow, the PostgreSQL run of a store test (its SQLite run stays in), or a run of the
    console script in a subprocess (a second or more each; the library calls stay in)."""
    return any(item.get_closest_marker(name) for name in LEFT_OUT_LOCALLY)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect (not skip) the slow tests and the PostgreSQL runs of a local run, so it stays
    under two minutes and a skip keeps meaning that something is missing."""
    if _runs_slow_tests(config):
        return
    left_out = [item for item in items if _left_out(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not _left_out(item)]
    config.stash[SLOW_LEFT_OUT] = len(left_out)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    left_out = config.stash.get(SLOW_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(f"{left_out} slow, PostgreSQL or console-script tests left out (spaCy "
                                    "model, whole corpora, a second database, a subprocess): run them "
                                    "with --all, as CI does")


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline, loaded once for the whole test session."""
    from eventwire.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip when it is absent, never in CI."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing: CI must run with ../shared beside the repository")
        pytest.skip("../shared is not beside the repository")
    return SHARED


def make_article(nlp, text: str, published: str | None = "2025-01-09", **fields):
    """An Article whose text is `text`, parsed by `nlp` (no cleaning)."""
    from eventwire.records import Article

    article = Article(id=fields.pop("id", "t"), text=text, raw_text=text, published=published, **fields)
    article.doc = nlp(text)
    return article


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session (see tests/pg.py); fails in CI when there is
    none, skips locally."""
    try:
        with pg.server() as server:
            yield server
    except pg.Unavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run in CI: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(params=pg.BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """An empty store database for one test, on each backend in turn (SQLite, PostgreSQL)."""
    with pg.database_url(request, request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def coverage_store_url(tmp_path_factory) -> str:
    """A store where two outlets report one attack with different tolls (tests/coverage_fixtures.py),
    built once for the REST and dashboard coverage tests, which only read it."""
    from eventwire.store import Store
    from tests.coverage_fixtures import fill_disagreeing

    url = f"sqlite:///{tmp_path_factory.mktemp('coverage') / 'coverage.db'}"
    with Store(url) as store:
        fill_disagreeing(store)
    return url


@pytest.fixture(scope="session")
def coverage_client(coverage_store_url):
    """A REST and dashboard client over `coverage_store_url`."""
    from fastapi.testclient import TestClient

    from eventwire.rest import create_app

    with TestClient(create_app(coverage_store_url, open_reads=True)) as client:
        yield client
