"""Read: turn files, folders and JSONL streams into :class:`~eventwire.records.Article` records.

``read_inputs`` is the whole public surface; an input that cannot be read still yields an
Article, carrying one human-readable line in ``errors``.
"""

from eventwire.read.inputs import read_inputs

__all__ = ["read_inputs"]
