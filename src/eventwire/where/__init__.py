"""Where: the gazetteer, toponyms in an article, and the place each event happened.

Public names: :func:`load_gazetteer`, :class:`Gazetteer`, :func:`find_places`,
:func:`locate_events`; ``where.evaluate.evaluate_geo`` (a tool, not on the coding path)
scores them on GeoWebNews.
"""

from eventwire.where.cache import default_gazetteer, load_gazetteer
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.locate import locate_events
from eventwire.where.toponyms import find_places

__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "find_places",
           "load_gazetteer", "locate_events"]
