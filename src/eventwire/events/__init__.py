"""Events: PLOVER events (type, mode, contexts, roles, modality, size, claims).

``code_events(article, triggers)`` writes ``article.events``. The trigger lexicon is data
(``data/triggers.tsv``).
"""

from eventwire.events.code import code_events
from eventwire.events.lexicon import Trigger, TriggerLexicon, load_triggers

__all__ = ["Trigger", "TriggerLexicon", "code_events", "load_triggers"]
