"""eventwire: turn news articles into traceable political event data.

The public API is small and pinned by tests/test_public_api.py::

    from eventwire import code_text, code_documents, Store
    article = code_text("India and Pakistan agreed to a ceasefire on Saturday.", published="2025-05-11")
"""

from eventwire.api import code_documents, code_text, ingest
from eventwire.errors import ConfigError, EventwireError, FilterError, InputError, StoreError
from eventwire.records import (
    Article,
    Claim,
    Entity,
    Event,
    Place,
    Quote,
    Story,
    TimeExpression,
)
from eventwire.store import EventFilter, Store
from eventwire.version import __version__

__all__ = [
    "Article",
    "Claim",
    "ConfigError",
    "Entity",
    "Event",
    "EventFilter",
    "EventwireError",
    "FilterError",
    "InputError",
    "Place",
    "Quote",
    "Store",
    "StoreError",
    "Story",
    "TimeExpression",
    "__version__",
    "code_documents",
    "code_text",
    "ingest",
]
