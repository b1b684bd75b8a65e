"""The time stage: temporal expressions, resolved against the publication date, and the
date of every event.

``find_times`` finds and normalises expressions; ``date_events`` is the pipeline stage;
``when.tempeval.evaluate_tempeval3`` (a tool, not on the coding path) scores ``find_times`` on
TempEval-3 TimeML.
"""

from eventwire.when.attach import date_events
from eventwire.when.find import find_times

__all__ = ["date_events", "find_times"]
