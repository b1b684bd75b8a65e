"""Store: the SQLAlchemy schema, its migrations and the :class:`Store` that reads and writes it."""

from eventwire.store.store import EventFilter, Store

__all__ = ["EventFilter", "Store"]
