"""Events: PLOVER events (type, mode, contexts, roles, modality, size, claims).

``code_events(article, triggers)`` writes ``article.events``; ``refine_modes(article)``
refines the modes that need the event's place, after the place stage. The trigger lexicon is
data (``data/triggers.tsv``).
"""

from eventwire.events.code import code_events
from eventwire.events.lexicon import Trigger, TriggerLexicon, load_triggers
from eventwire.events.refine import refine_modes

__all__ = ["Trigger", "TriggerLexicon", "code_events", "load_triggers", "refine_modes"]
