"""Events: PLOVER events (type, mode, contexts, roles, modality, size, claims) and quotes.

``code_events(article, triggers)`` writes ``article.events``; ``find_quotes(article)``
writes ``article.quotes``. The trigger lexicon is data (``data/triggers.tsv``).
"""

from eventwire.events.code import code_events
from eventwire.events.lexicon import Trigger, TriggerLexicon, load_triggers
from eventwire.events.quotes import find_quotes

__all__ = ["Trigger", "TriggerLexicon", "code_events", "find_quotes", "load_triggers"]
