"""Events: PLOVER events (type, mode, contexts, roles, modality, size, claims).

``code_events(article, triggers)`` writes ``article.events``; ``refine_modes(article)``
refines the modes that need the event's place, after the place stage. The trigger lexicon is
data (``data/triggers.tsv``).

Where things live, in the order ``code.py`` runs them for each sentence:

- ``lexicon.py``, ``match.py``: the trigger lexicon and the triggers found in a sentence;
- ``hazards.py``, ``figurative.py``: triggers that are no violence (disasters, attacks in
  words, contests);
- ``rules.py``, ``syntax.py``, ``roles_syntax.py``: roles from the parse, merging of one act's
  triggers, recipients inherited from the discourse; ``coref.py``: meeting counterparts;
- ``modality.py``: modality, negation, attribution; ``size.py``: casualties and quantities;
  ``claims.py``: "first" claims;
- the learned decisions: ``detect.py`` (trigger detector), ``roles.py`` (role model),
  ``confidence.py`` and ``calibration.py`` (confidence), trained by ``train.py`` and
  ``train_detect.py`` (tools, not on the coding path);
- ``refine.py``: modes that need the event's place.
"""

from eventwire.events.code import code_events
from eventwire.events.lexicon import Trigger, TriggerLexicon, load_triggers
from eventwire.events.refine import refine_modes

__all__ = ["Trigger", "TriggerLexicon", "code_events", "load_triggers", "refine_modes"]
