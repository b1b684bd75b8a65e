"""Where: the gazetteer, toponyms in an article, and the place each event happened.

Public names: :func:`load_gazetteer`, :class:`Gazetteer`, :func:`find_places`,
:func:`locate_events`, :func:`evaluate_geo`.
"""

from eventwire.where.cache import default_gazetteer, load_gazetteer
from eventwire.where.evaluate import evaluate_geo
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.locate import locate_events
from eventwire.where.toponyms import find_places

__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "evaluate_geo", "find_places",
           "load_gazetteer", "locate_events"]
