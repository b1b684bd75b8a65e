"""The time stage: temporal expressions, resolved against the publication date, and the
date of every event.

``find_times`` finds and normalises expressions; ``date_events`` is the pipeline stage;
``evaluate_tempeval3`` scores ``find_times`` on TempEval-3 TimeML.
"""

from eventwire.when.attach import date_events
from eventwire.when.find import find_times
from eventwire.when.tempeval import evaluate_tempeval3

__all__ = ["date_events", "evaluate_tempeval3", "find_times"]
