"""Condemnation without a verb of accusing: a speaker who says that an act or a party *is*
disgraceful, barbaric or an outrage ("“The shelling is barbaric,” the minister said") publicly
disapproves of it: PLOVER ACCUSE, CAMEO 111, from the speaker.

Strict by design: the condemning word (class ``verdict`` of ``word_classes.tsv``) must be the
predicate of a copula ("was *shameful*", "is *a travesty*", "is *a disgraceful day*" of "this"),
in a clause a speaker says; not negated ("was not unacceptable", "by no means"), not asked; and
what it is said of must be an act (a trigger noun or a ``judged`` noun: "the decision"), a party,
or a pronoun or clause standing for an act ("this is an outrage", "what they did is a crime").
The target is the party whose act is judged when the sentence or the previous one names it,
else none.

Reads the sentence's parse, the article's actors and direct quotes, and the events coded so
far; events/code.py (``condemnation_drafts``) turns each :class:`Verdict` into a draft.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.lexicon import TriggerLexicon, class_words
from eventwire.events.match import Match
from eventwire.events.modality import quote_speaker
from eventwire.events.roles_syntax import act_agents, names_a_party
from eventwire.events.syntax import SAY_LEMMAS, subject_of
from eventwire.nlp.phrases import (
    ancestors_of,
    children_of,
    entities_for,
    head_of,
    overlapping,
    span_text,
    span_tokens,
)
from eventwire.records import Article, Entity, Event

PREDICATES = ("acomp", "attr", "oprd")
STANDING_PRONOUNS = ("it", "this", "that", "what")
PERSONAL_PRONOUNS = ("he", "she", "they", "him", "her", "them")
DENYING = ("not", "n't", "never", "hardly", "scarcely", "barely", "no", "nothing")
NOMINAL_ENDINGS = ("tion", "sion", "ment", "ure", "ing", "al")
TRIGGER_VERB = "condemn"


@dataclass
class Verdict:
    """A condemnation found: its match (head: the condemning word), speaker and target."""

    match: Match
    actor: list[Entity]
    recipient: list[Entity]


def verdicts(article: Article, sentence: SpacySpan, lexicon: TriggerLexicon, actors: list[Entity],
             earlier: Sequence[Event]) -> Iterator[Verdict]:
    """The condemnations said in the sentence, at most one per copula. ``earlier``: the events
    of this sentence and the ones before, for a pronoun subject ("it is *reprehensible*")."""
    entry = next((e for e in lexicon.lookup("verb", TRIGGER_VERB) if e.type == "ACCUSE"), None)
    if entry is None or span_text(sentence).rstrip().endswith("?"):
        return
    seen: set[int] = set()
    for token in span_tokens(sentence):
        copula = copula_of(token)
        if copula is None or copula.i in seen or denied(copula, token):
            continue
        speaker = speaker_parties(copula, article, actors)
        judged = subject_of(copula)
        if speaker is None or judged is None or not judgeable(judged, lexicon, actors, earlier, sentence):
            continue
        seen.add(copula.i)
        yield Verdict(Match(entry, token, (token.i,)), speaker, target(judged, actors, earlier, sentence))


def copula_of(token: Token) -> Token | None:
    """The copula a condemning word is the predicate of ("was *barbaric*", "is *an outrage*",
    "a crime and *a disgrace*", "this is *a disgraceful* day"), else None."""
    if not verdict_word(token):
        return None
    word = token
    if word.dep_ == "amod" and head_of(word).dep_ in PREDICATES:
        word = head_of(word)              # "this is a disgraceful day": said of "this" only (judgeable)
        said_of = subject_of(head_of(word))
        if said_of is None or said_of.lower_ not in STANDING_PRONOUNS:
            return None
    while word.dep_ == "conj" and head_of(word) != word:
        word = head_of(word)
    misparsed = word.dep_ == "advmod" and verdict_word(word)       # "was *cowardly* and vile"
    if (word.dep_ not in PREDICATES and not misparsed) or head_of(word).lemma_ != "be":
        return None
    return head_of(word)


def verdict_word(token: Token) -> bool:
    """Whether a word condemns whatever it is said of (class ``verdict``: "barbaric", "a
    travesty"), by its lemma or its form ("outrage", "outraged")."""
    words = class_words("verdict")
    return token.lemma_.lower() in words or token.lower_ in words


def denied(copula: Token, word: Token) -> bool:
    """"was *not* unacceptable", "is *by no means* outrageous", "hardly shameful"."""
    for child in [*children_of(copula), *children_of(word)]:
        if child.dep_ == "neg" or child.lower_ in DENYING:
            return True
        if child.dep_ == "prep" and any(t.lower_ in DENYING for t in child.subtree):
            return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in children_of(copula))


def speaker_of(copula: Token) -> Token | None:
    """The subject of the verb of saying the copula's clause hangs from ("X said the raid was
    ...", "“... is barbaric,” X said"), else None."""
    for head in ancestors_of(copula):
        if head.lemma_ in SAY_LEMMAS and head.pos_ == "VERB":
            return next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
        if head.dep_ not in ("ccomp", "conj", "parataxis") and head.pos_ == "VERB":
            break
    for say in children_of(copula):
        if say.dep_ in ("parataxis", "advcl", "ccomp") and say.lemma_ in SAY_LEMMAS:
            return next((c for c in children_of(say) if c.dep_ == "nsubj"), None)
    return None


def speaker_parties(copula: Token, article: Article, actors: list[Entity]) -> list[Entity] | None:
    """The speaker's parties: the subject of the verb of saying ("X said the raid was ..."),
    else the speaker of the direct quote the clause stands in (modality.quote_speaker); None
    when nobody is said to say it."""
    said_by = speaker_of(copula)
    if said_by is not None:
        return entities_for(said_by, actors)
    quoted = quote_speaker(article, copula)
    return None if quoted is None else overlapping(actors, quoted.start, quoted.end)


def judgeable(judged: Token, lexicon: TriggerLexicon, actors: list[Entity], earlier: Sequence[Event],
              sentence: SpacySpan) -> bool:
    """Whether what the verdict is said of is an act, a party, or a pronoun or clause standing
    for one (no weather, film, result or food). ``actors`` and ``earlier`` may be empty: a
    party is then known by its syntax alone."""
    if judged.dep_ == "csubj":
        return act_clause(judged, lexicon)      # "what the army did is a crime", not "losing to X"
    if judged.lower_ == "it":
        # "it is unacceptable *that the army shelled the town*"; a bare "it" must hold an act
        clause = next((c for c in children_of(head_of(judged)) if c.dep_ == "ccomp" and c.i > judged.i), None)
        return act_clause(clause, lexicon) if clause is not None else bool(recent(earlier, sentence))
    if judged.lower_ in STANDING_PRONOUNS:
        return True                   # "this is an outrage"
    if entities_for(judged, actors) or names_a_party(judged) or judged.lower_ in PERSONAL_PRONOUNS:
        return True
    lemma = judged.lemma_.lower()
    if lemma in class_words("judged") or lexicon.lookup("noun", lemma):
        return True
    return judged.pos_ == "NOUN" and lemma.endswith(NOMINAL_ENDINGS) and any(
        e.trigger.start <= judged.idx < e.trigger.end for e in recent(earlier, sentence))


def act_clause(verb: Token, lexicon: TriggerLexicon) -> bool:
    """Whether a clause tells of a party's act: its verb is a trigger verb ("bombing
    hospitals"), or "do" with a subject that names a party ("what *the army* did"). "Losing to
    Brazil", "that the hospital has no water" tell of none."""
    if any(e.type != "NONE" for e in lexicon.lookup("verb", verb.lemma_.lower())):
        return True
    subject = subject_of(verb)
    return verb.lemma_ == "do" and subject is not None and subject != verb \
        and (names_a_party(subject) or subject.lower_ in PERSONAL_PRONOUNS)


def recent(earlier: Sequence[Event], sentence: SpacySpan) -> list[Event]:
    """The events of this sentence and the one before (by trigger position)."""
    doc = sentence.doc
    start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return [e for e in earlier if start <= e.trigger.start < sentence.end_char and e.type != "ACCUSE"]


def target(judged: Token, actors: list[Entity], earlier: Sequence[Event],
           sentence: SpacySpan) -> list[Entity]:
    """The party whose act is judged: the subject itself when a party, the act noun's agent
    ("Iran's seizure", "the raid by X"), the doer of a clause ("what the army did"), or the
    actor of the act a pronoun stands for, else none."""
    # the party the subject names itself, not those in its phrase ("treatment *of migrants*")
    found = [e for e in entities_for(judged, actors) if e.start <= judged.idx < e.end]
    if found:
        return found
    if judged.dep_ == "csubj":
        return entities_for(subject_of(judged), actors)
    # "the government's treatment of migrants": the owner is the doer; the "of" phrase may
    # name its victims
    owners = [e for c in children_of(judged) if c.dep_ == "poss" for e in entities_for(c, actors)]
    owners = owners or act_agents(judged, actors)
    if owners:
        return owners
    acts = [e for e in recent(earlier, sentence) if e.actor]
    named = [e for e in acts if e.trigger.start <= judged.idx < e.trigger.end]
    if named or judged.lower_ in STANDING_PRONOUNS:
        return list((named or acts[-1:])[0].actor) if (named or acts) else []
    return []
