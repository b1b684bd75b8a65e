"""eventwire: turn news articles into traceable political event data.

The public API is small and pinned by tests/test_public_api.py::

    from eventwire import code_text, code_documents, Store
    article = code_text("India and Pakistan agreed to a ceasefire on Saturday.", published="2025-05-11")

Every type a public signature names is exported here too, with the Literal aliases of the
records' closed vocabularies (``Modality``, ``Granularity`` ...), so callers can annotate
their own code without reaching into submodules.
"""

from eventwire.api import IngestReport, Snapshot, code_documents, code_text, ingest
from eventwire.errors import ConfigError, EventwireError, FilterError, InputError, StoreError
from eventwire.frames import Records
from eventwire.records import (
    Article,
    Claim,
    ClaimKind,
    Entity,
    Event,
    EventType,
    Granularity,
    IngestStatus,
    Modality,
    Place,
    Quad,
    Quote,
    RemovalKind,
    ReportStatus,
    Resolution,
    Role,
    Story,
    TimeExpression,
)
from eventwire.run.protocol import RunStore
from eventwire.store import EventFilter, Store
from eventwire.version import __version__

__all__ = [
    "Article",
    "Claim",
    "ClaimKind",
    "ConfigError",
    "Entity",
    "Event",
    "EventFilter",
    "EventType",
    "EventwireError",
    "FilterError",
    "Granularity",
    "IngestReport",
    "IngestStatus",
    "InputError",
    "Modality",
    "Place",
    "Quad",
    "Quote",
    "Records",
    "RemovalKind",
    "ReportStatus",
    "Resolution",
    "Role",
    "RunStore",
    "Snapshot",
    "Store",
    "StoreError",
    "Story",
    "TimeExpression",
    "__version__",
    "code_documents",
    "code_text",
    "ingest",
]
