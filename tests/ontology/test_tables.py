"""The ontology tables load and pass their schema checks."""

from __future__ import annotations

import pytest

from eventwire import ontology
from eventwire.errors import ConfigError
from eventwire.ontology import tables


def test_there_are_sixteen_plover_types_with_quads():
    assert len(ontology.plover_types()) == 16
    assert {t.quad for t in ontology.plover_types().values()} == {1, 2, 3, 4}


def test_modes_are_keyed_by_type_and_mode():
    assert ontology.modes()[("COERCE", "arrest")] != ontology.modes()[("THREATEN", "arrest")]


def test_cameo_codes_carry_root_goldstein_and_plover_type():
    code = ontology.cameo()["0333"]
    assert (code.root, code.plover_type, code.contexts) == ("03", "AGREE", ("humanitarian",))


def test_intensity_prefers_the_mode_score():
    assert ontology.intensity("CONSULT", "visit") == 4.0
    assert ontology.intensity("CONSULT", None) == 2.5


def test_a_table_with_wrong_columns_is_rejected(monkeypatch):
    monkeypatch.setattr(tables, "TYPE_COLUMNS", ["type", "quad"])
    tables.plover_types.cache_clear()
    with pytest.raises(ConfigError):
        tables.plover_types()
    monkeypatch.undo()
    tables.plover_types.cache_clear()
