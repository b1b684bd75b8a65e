"""Link: many reports of one happening become one event; articles group into stories;
novelty claims meet the history in the store.

The logic here is pure (party sets, date windows, signatures, similarities); the store
runs the queries (``store/happenings.py``, ``store/story_linking.py``).
"""

from eventwire.link import claims, decide, events, stories
from eventwire.link.events import dates_agree, is_real, merge_date, parties, parties_compatible, window
from eventwire.link.stories import signature, similarity

__all__ = [
    "claims",
    "dates_agree",
    "decide",
    "events",
    "is_real",
    "merge_date",
    "parties",
    "parties_compatible",
    "signature",
    "similarity",
    "stories",
    "window",
]
