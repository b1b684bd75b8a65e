"""Link: many reports of one happening become one event; articles group into stories.

The logic here is pure (keys, windows, similarities); the store runs the queries.
"""

from eventwire.link.events import happening_key, is_real, merge_date, window
from eventwire.link.stories import signature, similarity

__all__ = ["happening_key", "is_real", "merge_date", "similarity", "signature", "window"]
