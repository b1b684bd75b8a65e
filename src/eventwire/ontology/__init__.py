"""The event ontology as data: PLOVER types, modes, contexts and the CAMEO table.

Every table is a versioned file in ``ontology/data/`` loaded once and checked against
its schema; a malformed table raises :class:`~eventwire.errors.ConfigError`.
"""

from eventwire.ontology.tables import (
    CameoCode,
    PloverType,
    cameo,
    contexts,
    intensity,
    modes,
    penta_class,
    plover_types,
    quad,
)

__all__ = [
    "CameoCode",
    "PloverType",
    "cameo",
    "contexts",
    "intensity",
    "modes",
    "penta_class",
    "plover_types",
    "quad",
]
