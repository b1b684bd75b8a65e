"""The gazetteer once per session, cached in a temporary folder."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    from eventwire.where import load_gazetteer

    return load_gazetteer(tmp_path_factory.mktemp("gazetteer-cache"))
