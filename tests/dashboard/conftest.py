"""The dashboard over the REST tests' hand-built store (no spaCy model needed), shared by the
module: the pages only read."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from eventwire.store import Store
from tests.rest.conftest import fill


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'dashboard.db'}"
    with Store(url) as store:
        fill(store)
    return url


@pytest.fixture(scope="module")
def client(store_url):
    with TestClient(create_app(store_url, open_reads=True)) as client:
        yield client
