"""Actors: every mention of a person, group, institution or country, coded.

Public names: :func:`load_actor_knowledge` (the data files, checked and indexed),
:func:`code_actors` (the pipeline stage) and :func:`resolve_mention` (one mention string).

Modules: ``mentions`` finds mention spans, ``coding`` codes one mention, ``document`` runs the
stage with name, title and party coreference, ``refer`` resolves titles and pronouns,
``learn`` lists what the text teaches, ``facts`` merges user and learned facts into a
snapshot (the format is in docs/kb.md), ``places`` codes gazetteer towns and divisions as
their country, ``ambiguity`` settles names several entries share.
"""

from eventwire.actors.document import code_actors
from eventwire.actors.knowledge import ActorKnowledge, load_actor_knowledge
from eventwire.actors.resolve import resolve_mention
from eventwire.actors.tables import ActorDataError

__all__ = ["ActorDataError", "ActorKnowledge", "code_actors", "load_actor_knowledge",
           "resolve_mention"]
