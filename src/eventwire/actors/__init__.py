"""Actors: every mention of a person, group, institution or country, coded.

Public names: :func:`load_actor_knowledge` (the data files, checked and indexed),
:func:`code_actors` (the pipeline stage) and :func:`resolve_mention` (one mention string).
"""

from eventwire.actors.document import code_actors
from eventwire.actors.knowledge import ActorKnowledge, load_actor_knowledge
from eventwire.actors.resolve import resolve_mention
from eventwire.actors.tables import ActorDataError

__all__ = ["ActorDataError", "ActorKnowledge", "code_actors", "load_actor_knowledge",
           "resolve_mention"]
