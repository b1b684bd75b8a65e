"""PentaClass from the CAMEO root (issue 5): the Phoenix quad convention."""

from __future__ import annotations

import pytest

from eventwire import ontology


@pytest.mark.parametrize("code, penta", [
    ("010", 0), ("020", 0), ("036", 1), ("061", 2), ("081", 2), ("112", 3), ("163", 3),
    ("173", 4), ("190", 4), (None, 0),
])
def test_penta_class_follows_the_cameo_root(code, penta):
    assert ontology.penta_class(code) == penta
