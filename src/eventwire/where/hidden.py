"""Toponyms that named-entity recognition hides: places tagged as organisations or people
("Liverpool won", "Tamil Nadu said", "the Washington Post"), all-capital datelines
("BEIRUT (AP) -"), places joined by a hyphen ("U.S.-led", "Turkish-backed"), towns
tagged as organisations or people after a locative preposition ("police in Dewsbury"), and
areas named by a word that is one only after "the" ("the West"), which NER tags as a town's
name, or misses.

Except after a locative preposition, only *well-known* places are taken from inside another
entity: a country, a first-level division or region, or a city of at least
:data:`MIN_HIDDEN_CITY` inhabitants by its main name. A small town inside an organisation's
name is far more often part of the name only.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from typing import Any

from eventwire import datafiles
from eventwire.clean.patterns import english_lexicon
from eventwire.nlp.phrases import doc_ents, doc_text, doc_tokens, entity_at
from eventwire.where.demonyms import country_of_demonym
from eventwire.where.divisions import GENERIC_WORDS
from eventwire.where.facilities import airport_town
from eventwire.where.features import is_feature_noun
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.names import name_key

# labels whose entities may hide a place
HIDING_LABELS = {"ORG", "PERSON", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "MONEY"}
MIN_HIDDEN_CITY = 100_000
# labels NER gives towns it does not know ("in Dewsbury" tagged ORG or PERSON)
MISLABELLED = {"ORG", "PERSON"}
# after a locative preposition NER also tags an unfamiliar town a date (read like "in March");
# such an entity is a town only when it holds no number and none of its words is a calendar
# word: a month's, a weekday's, a season's, a feast's or another calendar's month
# (data/calendar_words.tsv: "in Eid", "in Bahman")
MISLABELLED_AFTER_PREPOSITION = MISLABELLED | {"DATE"}
# full month and weekday names and other calendars' months and feasts: never a one-word place
CALENDAR_NAMES = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name)
                           if name) | frozenset(datafiles.words("where", "calendar_words.tsv"))
CALENDAR_WORDS = CALENDAR_NAMES | {name.lower() for name in calendar.month_abbr if name} | {
    "spring", "summer", "autumn", "fall", "winter"}
# a town's other spelling is believed after a preposition (countries_named) only from this many
# letters: shorter alternate names are abbreviations ("Hu" for Shanghai), easily a surname
MIN_ALTERNATE_LETTERS = 4
LOCATIVE_PREPOSITIONS = frozenset(datafiles.words("where", "locative_prepositions.tsv"))
# words whose "in" takes what one owns or backs ("a stake in", "invest in"; stake_words.tsv)
STAKE_WORDS = frozenset(datafiles.words("where", "stake_words.tsv"))
MIN_PREPOSITION_TOWN = 5000
# lower-case words that join a town's name to its river, sea or hill ("Southend-on-Sea",
# "Stratford-upon-Avon", "Weston-super-Mare", "Ashby-de-la-Zouch"): the part before the joiner
# is the town's everyday name, which the gazetteer holds only as an alternate name
# (data/feature_prepositions.tsv, with the prepositions that take a feature after "the")
FEATURE_PREPOSITION_ROWS = datafiles.table("where", "feature_prepositions.tsv", ("word", "feature", "joiner"),
                                           required=("word", "feature", "joiner"))
NAME_JOINERS = frozenset(row["word"] for row in FEATURE_PREPOSITION_ROWS if row["joiner"] == "1")
# words before which a code in capitals names a division, as its name would ("in WA",
# "southern WA", "the NT"): place prepositions, "the" and words of direction
CODE_OPENERS = frozenset(datafiles.words("where", "place_prepositions.tsv")) | {
    "the", "northern", "southern", "eastern", "western", "central", "regional", "rural",
    "outback", "coastal"}
# prepositions of direction, locative after a word of going (motion_words.tsv)
DIRECTION_PREPOSITIONS = frozenset({"to", "into", "towards", "toward"})
MOTION_WORDS = frozenset(datafiles.words("where", "motion_words.tsv"))
# a dateline names a town big enough to hold a newsroom or a news event
MIN_DATELINE_CITY = 15_000
MAX_NGRAM = 4
# what follows a dateline place: "BEIRUT (AP)", "KOLKATA, India", "Muscat: The ..."
_DATELINE_FOLLOWERS = {",", "(", "-", "–", "—", ":"}
# what follows a dateline in capitals that opens a sentence inside a line, after a byline
# or a headline ("By Jane Doe. BOSTON (Reuters) -"): an agency or a dash only
_INLINE_DATELINE_FOLLOWERS = {"(", "-", "–", "—"}
_ANY_DATELINE_FOLLOWER = _DATELINE_FOLLOWERS | _INLINE_DATELINE_FOLLOWERS
_SENTENCE_ENDS = {".", "!", "?", ":"}
# a word that names an area only after "the" -> the area's gazetteer name ("West": the
# Western world)
ARTICLE_NAMES = {row["name"]: row["place"] for row in datafiles.table(
    "where", "article_names.tsv", ("name", "place"), required=("name", "place"))}

Found = tuple[int, int, list[Candidate]]      # token start, token end, candidates


def well_known(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that are safe to take from inside another entity."""
    return [c for c in candidates if c.kind in ("country", "admin1", "region")
            or (c.kind == "city" and not c.by_alternate and c.population >= MIN_HIDDEN_CITY)]


def _word_worth_looking_up(token: Any) -> bool:
    """An abbreviation in capitals ("US", "UAE"), or a capitalised word of three letters or
    more that is not a stop word ("Dr", "By", "The" are not): a word in lower case is a word,
    not a name ("hiding in the bush", tagged PERSON, is no town of Egypt)."""
    return _abbreviation(token) or (not token.is_stop and len(token.text) > 2
                                    and token.text[:1].isupper())


def _reliable(candidate: Candidate, words: int, first: Any) -> bool:
    """A main name, several words, a division or region, or an abbreviation: a single word
    naming a country only through an alternate name ("States") is not taken, nor a short
    word written as a word that names a division only as its code in capitals ("Act" of
    "the Visual Artists Rights Act" is no ACT, the Australian Capital Territory)."""
    if not candidate.by_alternate or words > 1 or _abbreviation(first):
        return True
    return candidate.kind in ("admin1", "region") and not _written_as_a_code_word(first)


def _written_as_a_code_word(token: Any) -> bool:
    """A word of at most three letters written with a capital first and small letters
    after ("Act", "Was"): what a code in capitals ("ACT", "WA") looks like as a word."""
    return token.is_title and token.is_alpha and len(token.text) <= 3


def _abbreviation(token: Any) -> bool:
    """"U.S.", "UK", "UAE": the only single words taken through an alternate name."""
    letters = [ch for ch in token.text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _name_like(token: Any) -> bool:
    return token.is_title or (token.is_upper and any(ch.isalpha() for ch in token.text))


def _scan(doc: Any, start: int, end: int, accept: Callable[[int, int], list[Candidate]],
          taken: set[int]) -> list[Found]:
    """Longest-first n-grams of name-like tokens in ``doc[start:end]`` that ``accept``."""
    found: list[Found] = []
    i = start
    while i < end:
        hit = _longest_at(doc, i, end, accept, taken)
        if hit:
            found.append(hit)
        i = hit[1] if hit else i + 1
    return found


def _longest_at(doc: Any, i: int, end: int, accept: Callable[[int, int], list[Candidate]],
                taken: set[int]) -> Found | None:
    """The longest accepted n-gram of free, name-like tokens starting at ``i``."""
    stop, tokens = i, doc_tokens(doc)
    while stop < min(end, i + MAX_NGRAM) and stop not in taken and _name_like(tokens[stop]):
        stop += 1
    for last in range(stop, i, -1):
        candidates = accept(i, last)
        if candidates:
            return i, last, candidates
    return None


def entity_hidden(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """Well-known places inside non-place entities (whole or part of the entity); no town
    named by generic or feature words only (:func:`generic_words`: "Delta Air Lines" hides
    no town of Canada, where "the Gulf Information Security Conference" names the Gulf)."""
    person_words = {t.lower_ for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1
                    for t in ent}

    tokens, text = doc_tokens(doc), doc_text(doc)

    # tried at every word of every such entity: the per-Doc views, no new Spans and Tokens
    def accept(i: int, stop: int) -> list[Candidate]:
        first, last = tokens[i], tokens[stop - 1]
        if stop - i == 1 and (first.lower_ in person_words or not _word_worth_looking_up(first)):
            return []
        generic = generic_words(tokens[i:stop])
        return [c for c in well_known(gazetteer.lookup(text[first.idx:last.idx + len(last.text)]))
                if _reliable(c, stop - i, first) and not (generic and c.kind == "city")]

    found: list[Found] = []
    for ent in doc_ents(doc):
        if ent.label_ not in HIDING_LABELS:
            continue
        if ent.label_ == "PERSON":   # a person's name hides a place only as a whole
            whole = accept(ent.start, ent.end) if ent.start not in taken else []
            found += [(ent.start, ent.end, whole)] if whole else []
        else:
            found += _scan(doc, ent.start, ent.end, accept, taken)
    return found


def untagged_divisions(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """Countries and first-level divisions by their main name outside any entity
    ("Azerbaijan puts pressure on Georgia"): such names are places wherever they stand."""
    tokens, text = doc_tokens(doc), doc_text(doc)

    # every word of the document is tried: read the parse from the per-Doc views, not by
    # new spaCy Spans and Tokens for each n-gram
    def accept(i: int, stop: int) -> list[Candidate]:
        if any(t.ent_type for t in tokens[i:stop]) or not _word_worth_looking_up(tokens[i]):
            return []
        last = tokens[stop - 1]
        found = gazetteer.lookup(text[tokens[i].idx:last.idx + len(last.text)])
        strong = [c for c in found if c.kind in ("country", "admin1") and not c.by_alternate]
        if stop - i == 1 and _division_code(tokens, i):
            strong = [c for c in found if c.kind == "admin1"]
            found = [c for c in found if c.kind != "city"]
        return found if strong else []

    return [_with_opening_word(tokens, text, gazetteer, taken, hit)
            for hit in _scan(doc, 0, len(doc), accept, taken)]


def _with_opening_word(tokens: list[Any], text: str, gazetteer: Gazetteer, taken: set[int],
                       hit: Found) -> Found:
    """`hit`, or the longer area name a capitalised word before it opens ("West Midlands
    Police", "East Java"): the division's name is then only a part of that area's, and the
    division of the bare name lies in another country (Zimbabwe's Midlands)."""
    start, stop, _ = hit
    before = tokens[start - 1] if start > 0 else None
    if before is None or before.i in taken or before.ent_type or not before.is_title:
        return hit
    last = tokens[stop - 1]
    longer = [c for c in gazetteer.lookup(text[before.idx:last.idx + len(last.text)])
              if c.kind != "city" and not c.by_alternate]
    return (start - 1, stop, longer) if longer else hit


def _division_code(tokens: list[Any], i: int) -> bool:
    """Whether token `i` is a code in capitals standing where a division's name does
    ("in southern WA", "across the NT"): two or three capitals after a place preposition,
    "the" or a word of direction. A code elsewhere ("NT$ 500", a product's) is left alone;
    only a division's code is taken (an alias in data/regions.tsv or admin1.tsv)."""
    token = tokens[i]
    return (token.is_alpha and token.is_upper and 2 <= len(token.text) <= 3 and i > 0
            and tokens[i - 1].lower_ in CODE_OPENERS)


def mislabelled_after_preposition(doc: Any, gazetteer: Gazetteer,
                                  taken: set[int]) -> list[Found]:
    """A whole organisation or person entity after a locative preposition that the
    gazetteer knows by its main name ("Police in Dewsbury said", NER having tagged the town
    ORG): "in" and "at" say place, where "to" also takes people ("a letter to Rubio") unless
    it follows a word of going ("heading to Great Yarmouth"). A town must have
    MIN_PREPOSITION_TOWN inhabitants ("at Google" names no place); a name in capitals is an
    acronym ("in NATO"), not a town, but a hyphen may join the words of a name ("in
    Wilkes-Barre"), a possessive be one of them ("near Cox's Bazar"), and a particle stand
    between them ("in Cagayan de Oro"). NER also tags
    such a town a date, unless it reads as one (:func:`_calendar_date`). An organisation
    after an "in" of owning ("a stake in X", :func:`_owned_in`) is the firm. A town the gazetteer
    knows only by an alternate name is taken from an organisation or person entity (never a
    date: "in Eid") when the article names its country (:func:`countries_named`), the name may
    be such a spelling (:func:`_may_be_spelt_otherwise`) and is no word of the town's longer
    main name (:func:`_word_of_longer_name`). Two towns joined by "and" in one such entity
    are two places (:func:`_pair_of_towns`)."""
    found: list[Found] = []
    countries: set[str] | None = None
    for ent in doc_ents(doc):
        if ent.label_ in MISLABELLED and ent.start > 0 and ent.start not in taken \
                and _locative(doc[ent.start - 1]) and (pair := _pair_of_towns(ent, gazetteer)):
            found += pair
            continue
        if (ent.label_ not in MISLABELLED_AFTER_PREPOSITION or ent.start == 0 or ent.start in taken
                or not _locative(doc[ent.start - 1])
                or not all(t.is_title or _inner_hyphen(t) or _inner_possessive(t) or _inner_particle(t, ent)
                           for t in ent)
                or (ent.label_ == "DATE" and _calendar_date(ent))
                or (ent.label_ == "ORG" and _owned_in(doc[ent.start - 1]))):
            continue
        looked_up = gazetteer.lookup(ent.text)
        candidates = [c for c in looked_up if _town_sized(c)]
        if any(not c.by_alternate or short_for(ent.text, c) for c in candidates):
            found.append((ent.start, ent.end, looked_up))
            continue
        if (airport := airport_town(gazetteer, ent.text)) is not None:
            found.append((ent.start, ent.end, [airport]))
            continue
        if ent.label_ not in MISLABELLED or not _may_be_spelt_otherwise(ent):
            continue
        if countries is None:
            countries = countries_named(doc, gazetteer)
        spelt_otherwise = [c for c in candidates if c.kind == "city" and c.country in countries
                           and not _word_of_longer_name(ent.text, c)]
        if spelt_otherwise:
            found.append((ent.start, ent.end, spelt_otherwise))
    return found


# lemmas of verbs whose direct object is a place far more often than a person ("retook X")
OBJECT_VERBS = frozenset(datafiles.words("where", "object_verbs.tsv"))
# those of them whose object is as often a firm, a team or a player ("left Mercedes for Ferrari"):
# a town of MIN_HIDDEN_CITY inhabitants only
LEAVING_VERBS = frozenset(datafiles.words("where", "object_verbs_leaving.tsv"))
# those of them whose object is as often a firm or a body ("police raided Nokia"): an object
# tagged an organisation only when joined to one that is not (_firm_object)
FIRM_VERBS = frozenset(datafiles.words("where", "object_verbs_firms.tsv"))


def object_of_verb(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """A town NER tagged a person or an organisation, or left untagged, as the direct object
    of a verb of war, siege or flight (data/object_verbs.tsv: "the army retook Menaka",
    "shelled Kramatorsk", "left Mosul for Erbil"). Its words are capitalised, none of them a
    word of a longer person's name in the doc, and the gazetteer knows it by its main name as
    a town of MIN_PREPOSITION_TOWN inhabitants or an area. After a verb of leaving or entering
    (data/object_verbs_leaving.tsv), whose object is as often a firm, a team or a player, only a
    town of MIN_HIDDEN_CITY inhabitants. After a verb whose object is as often a firm
    (data/object_verbs_firms.tsv), an object tagged an organisation is read only beside one
    that is not ("raided Jenin and Tulkarm", not "raided Nokia": :func:`_firm_object`)."""
    found: list[Found] = []
    people = {t.lower_ for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    countries: set[str] | None = None
    for token in doc_tokens(doc):
        if token.dep_ not in ("dobj", "conj"):   # most words: no head's word forms read for them
            continue
        # "raided Jenin and Tulkarm": a name joined to the object is an object too
        head = token.head if token.dep_ == "conj" and token.head.dep_ == "dobj" else token
        verb = {head.head.lemma_.lower(), head.head.lower_}
        if head.dep_ != "dobj" or not verb & OBJECT_VERBS:
            continue
        leaving = bool(verb & LEAVING_VERBS)
        span = _object_name(doc, token)
        if (span is None or taken.intersection(range(span.start, span.end))
                or any(t.lower_ in people for t in span)
                or (verb & FIRM_VERBS and _firm_object(doc, head, span))):
            continue
        looked_up = gazetteer.lookup(span.text)
        if any(not c.by_alternate and (c.population >= MIN_HIDDEN_CITY and c.kind == "city" if leaving
                                       else _town_sized(c))
               for c in looked_up):
            found.append((span.start, span.end, looked_up))
            continue
        if leaving or not _may_be_spelt_otherwise(span):
            continue
        # another spelling of a town ("bombed Avdiivka", the gazetteer's "Avdiyivka") in a
        # country the article names, as after a locative preposition
        if countries is None:
            countries = countries_named(doc, gazetteer)
        spelt_otherwise = [c for c in looked_up if c.kind == "city" and _town_sized(c)
                           and c.country in countries and not _word_of_longer_name(span.text, c)]
        if spelt_otherwise:
            found.append((span.start, span.end, spelt_otherwise))
    return found


def _firm_object(doc: Any, head: Any, span: Any) -> bool:
    """Whether the object `span` (of the direct object `head` or a name joined to it) is
    tagged an organisation and every name of its conjunction is too: a firm raided ("raided
    Nokia", "raided Renault and Stellantis"), not a list of towns one of which NER took for a
    firm ("raided Jenin and Tulkarm")."""
    if getattr(span, "label_", "") != "ORG":
        return False
    joined = [head, *(t for t in head.children if t.dep_ == "conj")]
    return all(t.ent_type_ == "ORG" for t in joined)


def _object_name(doc: Any, token: Any) -> Any:
    """The name the object `token` heads: its person or organisation entity, else the
    capitalised compound words before it and it; None when it is no capitalised name or
    lies in an entity of another label."""
    if token.ent_type_:
        ent = entity_at(doc, token.i)
        if ent is None or ent.label_ not in MISLABELLED or not all(t.is_title for t in ent):
            return None
        return ent
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
            and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start:token.i + 1] if token.is_title and token.i > 0 else None


def _pair_of_towns(ent: Any, gazetteer: Gazetteer) -> list[Found]:
    """The two towns of an organisation or person entity "X and Y" whose halves the gazetteer
    knows by their main names as towns of MIN_PREPOSITION_TOWN inhabitants, or divisions
    ("stores in Portage and Battle Creek", tagged one organisation); else none. Each half is
    of capitalised words only ("Procter and Gamble" names no two towns)."""
    joints = [t.i for t in ent if t.lower_ in ("and", "&")]
    if len(joints) != 1 or joints[0] in (ent.start, ent.end - 1):
        return []
    found: list[Found] = []
    for start, end in ((ent.start, joints[0]), (joints[0] + 1, ent.end)):
        if not all(t.is_title for t in ent.doc[start:end]):
            return []
        looked_up = gazetteer.lookup(ent.doc[start:end].text)
        if not any(not c.by_alternate and _town_sized(c) for c in looked_up):
            return []
        found.append((start, end, looked_up))
    return found


def _town_sized(candidate: Any) -> bool:
    """Whether a candidate is an area, or a town of MIN_PREPOSITION_TOWN inhabitants."""
    return bool(candidate.kind != "city" or candidate.population >= MIN_PREPOSITION_TOWN)


def _owned_in(preposition: Any) -> bool:
    """Whether `preposition` is an "in" of owning or backing ("interest in X bonds", "a
    stake in X"): it hangs on a word of STAKE_WORDS."""
    return preposition.lower_ == "in" and preposition.head.lemma_.lower() in STAKE_WORDS


def _calendar_date(ent: Any) -> bool:
    """Whether a DATE entity reads as a date: it holds a number ("Week 3", "Bahman 1403") or a
    calendar word (CALENDAR_WORDS)."""
    return any(t.like_num or t.lower_ in CALENDAR_WORDS for t in ent)


def _may_be_spelt_otherwise(ent: Any) -> bool:
    """Whether an organisation or person entity may be a town's other spelling: no English
    word, of MIN_ALTERNATE_LETTERS or more, and not followed by a possessive ("in Gomez's car"
    is a person's)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (len(ent.text) >= MIN_ALTERNATE_LETTERS and ent.text.lower() not in english_lexicon()
            and (after is None or after.text not in ("'s", "’s")))


def _word_of_longer_name(text: str, candidate: Candidate) -> bool:
    """Whether `text` is one word of the candidate's longer main name: a surname a town is
    named after ("Abbas" of "Fort Abbas", "Cabrera" of "General Cabrera"), which after "in"
    more often names the person."""
    words = name_key(candidate.name).split()
    return len(words) > 1 and name_key(text) in words


def countries_named(doc: Any, gazetteer: Gazetteer) -> set[str]:
    """The countries the doc's place entities (by a country's or a division's name) and
    demonyms name: where a town named by another spelling than its main name ("in Kobane",
    the gazetteer's "Ayn al Arab") is believable after a locative preposition, though alternate
    names of small places are too noisy to take anywhere."""
    found: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC"):
            found |= {c.country for c in gazetteer.lookup(ent.text)
                      if c.kind in ("country", "admin1") and not c.by_alternate and c.country}
        elif ent.label_ == "NORP":
            country = country_of_demonym(ent.text)
            if country and len(country) == 3 and country.isupper():
                found.add(country)
    return found


_BODY_ROWS = datafiles.table("where", "local_body_nouns.tsv", ("word", "role"), required=("word", "role"))
BODY_NOUNS = frozenset(row["word"] for row in _BODY_ROWS if row["role"] == "body")
ORDINARY_BEFORE_BODY = frozenset(row["word"] for row in _BODY_ROWS if row["role"] == "ordinary")


def before_local_body(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """A town's name NER missed or tagged a person or an organisation, before a noun of its
    own police, council or people (local_body_nouns.tsv: "Hyderabad police said", "a Wagga
    Wagga man"): the longest free run of capitalised words ending before the noun that
    the gazetteer knows by its main name as a town of MIN_PREPOSITION_TOWN inhabitants,
    no generic, feature or ordinary word ("Federal police", "Metro police"), nor a word of a
    longer person's name in the doc ("Barry Slidell ... Slidell residents"; "Wagga Wagga"
    tagged a person is still the town)."""
    found: list[Found] = []
    tokens = doc_tokens(doc)
    persons = [ent for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1]
    cluster: set[tuple[str | None, str | None]] | None = None
    for noun in tokens:
        if noun.lower_ not in BODY_NOUNS or noun.i == 0 or noun.text != noun.lower_:
            continue   # "Rain Man", "The Best Man": a title's capitalised noun vouches for no town
        start = noun.i
        while (start > 0 and noun.i - start < MAX_NGRAM and start - 1 not in taken
               and tokens[start - 1].is_title and tokens[start - 1].ent_type_ in MISLABELLED | {""}):
            start -= 1
        hit = _body_town(doc, gazetteer, start, noun.i)
        if not hit or _in_longer_person(doc[hit[0]:hit[1]], persons) or _known_body(doc[hit[0]:hit[1]]):
            continue
        if hit[1] - hit[0] == 1 and tokens[hit[0]].lower_ in english_lexicon() \
                and all(c.population < MIN_HIDDEN_CITY for c in hit[2]):
            # "Liberal councillors", "Hope residents": a small town's name that is also a word of
            # the English lexicon is a town only where the dateline or the article's other places
            # lie in the town's state
            if cluster is None:
                cluster = _local_cluster(doc, gazetteer, hit[0])
            supported = [c for c in hit[2] if (c.country, c.admin1) in cluster]
            if not supported:
                continue
        found.append(hit)
    return found


def _known_body(span: Any) -> bool:
    """Whether the actor knowledge base knows `span` as an organisation (a party, a school, a
    company: "a Harvard man", "Labour councillors"), no town."""
    from eventwire.actors.knowledge import ORG, default_actor_knowledge, normalise

    words = tuple(normalise(t.text) for t in span)
    return any(e.kind == ORG for e in default_actor_knowledge().lookup(words))


def _local_cluster(doc: Any, gazetteer: Gazetteer, skip: int) -> set[tuple[str | None, str | None]]:
    """(country, first-level division) of every town or division the doc's other place entities
    (its dateline among them) may name: the local geography a common-word town must lie in."""
    found: set[tuple[str | None, str | None]] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC") or ent.start <= skip < ent.end:
            continue
        text = ent.text.title() if ent.text.isupper() else ent.text
        found |= {(c.country, c.admin1) for c in gazetteer.lookup(text)
                  if c.kind in ("city", "admin1") and c.admin1}
    return found


def _in_longer_person(span: Any, persons: list[Any]) -> bool:
    """Whether every word of `span` is a word of a person's name longer than `span`."""
    words = {t.lower_ for ent in persons if ent.text != span.text for t in ent}
    return all(t.lower_ in words for t in span)


def _body_town(doc: Any, gazetteer: Gazetteer, start: int, end: int) -> Found | None:
    """The longest n-gram of ``doc[start:end]`` ending at `end` that names a town by its main
    name (before_local_body)."""
    for i in range(start, end):
        span = doc[i:end]
        if (span[0].is_stop or generic_words(span)
                or any(t.lower_ in ORDINARY_BEFORE_BODY or is_feature_noun(t.text) for t in span)):
            continue
        candidates = gazetteer.lookup(span.text)
        if any(c.kind == "city" and not c.by_alternate and c.population >= MIN_PREPOSITION_TOWN
               for c in candidates):
            return i, end, candidates
    return None


def short_for(text: str, candidate: Candidate) -> bool:
    """Whether `text` is the first part of the candidate's main name, joined to the rest by
    a word of NAME_JOINERS ("Southend" of "Southend-on-Sea")."""
    rest = candidate.name[len(text):]
    if not candidate.name.startswith(text) or rest[:1] not in ("-", " "):
        return False
    return rest.replace("-", " ").split()[0] in NAME_JOINERS


def generic_words(span: Any) -> bool:
    """Whether `span` is made of generic or natural-feature words only ("Delta", "North
    Bay"; where/data/generic_words.tsv, feature_nouns.tsv): towns so named are rarely meant
    inside a longer name."""
    return all(t.lower_ in GENERIC_WORDS or is_feature_noun(t.text) for t in span)


def _inner_possessive(token: Any) -> bool:
    """A possessive inside a name, joined to the word before it ("Cox's Bazar", "St John's")."""
    return (token.text in ("'s", "’s") and token.i > 0 and not token.doc[token.i - 1].whitespace_
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title)


# lower-case words inside a place's name ("Cagayan de Oro", "Vila do Conde"; data/name_particles.tsv)
NAME_PARTICLES = frozenset(datafiles.words("where", "name_particles.tsv"))


def _inner_particle(token: Any, ent: Any) -> bool:
    """A lower-case particle of a name between two of the entity's capitalised words
    ("Cagayan de Oro", tagged an organisation after "in")."""
    return (token.text in NAME_PARTICLES and ent.start < token.i < ent.end - 1
            and token.doc[token.i - 1].is_title and token.doc[token.i + 1].is_title)


def _inner_hyphen(token: Any) -> bool:
    """A hyphen inside a name, with no space on either side ("Wilkes-Barre")."""
    return (token.text == "-" and not token.whitespace_ and token.i > 0
            and not token.doc[token.i - 1].whitespace_)


def _locative(preposition: Any) -> bool:
    """A preposition of place, or of direction after a word of going."""
    return preposition.lower_ in LOCATIVE_PREPOSITIONS or (
        preposition.lower_ in DIRECTION_PREPOSITIONS and preposition.head.lemma_.lower() in MOTION_WORDS)


def with_article(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """An area named by a word that is a place only after "the" (article_names.tsv: "the
    West", the Western world), capitalised, neither part of a longer name ("the West Wing",
    "the West Coast") nor followed by "of" and a name ("the West of Scotland" is part of a
    country; "accused the West of meddling" is the Western world). This runs before the
    entity mentions, which would take NER's "West" for a town of Texas."""
    found: list[Found] = []
    tokens = doc_tokens(doc)
    for token in tokens[1:-1]:
        place = ARTICLE_NAMES.get(token.text)
        after = tokens[token.i + 1:token.i + 3]
        if (place is None or token.i in taken or tokens[token.i - 1].lower_ != "the"
                or _name_like(after[0])
                or (len(after) > 1 and after[0].lower_ == "of" and _name_like(after[1]))):
            continue
        areas = [c for c in gazetteer.lookup(place) if c.kind == "region"]
        if areas:
            found.append((token.i, token.i + 1, areas))
    return found


def datelines(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """A known place opening a dateline (:func:`_opens_dateline`)."""
    found: list[Found] = []
    tokens = doc_tokens(doc)
    for token in tokens:
        if token.i in taken or not (_line_start(tokens, token.i) or _sentence_start(tokens, token.i)):
            continue
        for stop in range(min(len(doc), token.i + MAX_NGRAM), token.i, -1):
            # no dateline without its punctuation after the name: no Span made for the rest
            if stop < len(doc) and tokens[stop].text[:1] in _ANY_DATELINE_FOLLOWER \
                    and _opens_dateline(doc[token.i:stop]):
                candidates = [c for c in gazetteer.lookup(doc[token.i:stop].text)
                              if c.kind != "city" or c.population >= MIN_DATELINE_CITY]
                if candidates and all(_name_like(t) and _word_worth_looking_up(t)
                                      for t in doc[token.i:stop]):
                    found.append((token.i, stop, candidates))
                    break
    return found


def is_dateline(span: Any) -> bool:
    """Whether ``span`` opens a dateline (:func:`_opens_dateline`)."""
    return span.end < len(span.doc) and _opens_dateline(span)


def _opens_dateline(span: Any) -> bool:
    """A name opening a line and followed by dateline punctuation ("BEIRUT (AP)", "KOLKATA,
    India", "Muscat: The ..."), or a name in capitals opening a sentence and followed by an
    agency or a dash ("By Jane Doe. BOSTON (Reuters) -")."""
    tokens = doc_tokens(span.doc)
    follower = tokens[span.end].text[:1] if span.end < len(tokens) else ""
    if _line_start(tokens, span.start):
        return follower in _DATELINE_FOLLOWERS
    return (follower in _INLINE_DATELINE_FOLLOWERS and _sentence_start(tokens, span.start)
            and all(t.is_upper for t in span if t.is_alpha))


def _sentence_start(tokens: list[Any], i: int) -> bool:
    """Whether token `i` follows the end of a sentence (or a headline's colon)."""
    return i > 0 and tokens[i - 1].text in _SENTENCE_ENDS


def _line_start(tokens: list[Any], i: int) -> bool:
    """Whether token `i` opens a line."""
    if i == 0:
        return True
    previous = tokens[i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_ or (
        previous.is_space and "\n" in previous.text)


def hyphen_joined(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Found]:
    """"U.S.-led", "Turkish-backed", "Amsterdam-London": a name right before a hyphen."""
    found: list[Found] = []
    tokens = doc_tokens(doc)
    for token, after in zip(tokens, tokens[1:], strict=False):
        if token.i in taken or after.text != "-" or token.whitespace_ or not _name_like(token):
            continue
        demonym = country_of_demonym(token.text)
        if demonym:
            found.append((token.i, token.i + 1, _demonym_place(gazetteer, demonym)))
            continue
        candidates = [c for c in well_known(gazetteer.lookup(token.text))
                      if _reliable(c, 1, token)]
        if candidates and _word_worth_looking_up(token):
            found.append((token.i, token.i + 1, candidates))
    return [f for f in found if f[2]]


def _demonym_place(gazetteer: Gazetteer, target: str) -> list[Candidate]:
    country = gazetteer.country_record(target)
    if country is not None:
        return [country]
    return [c for c in gazetteer.lookup(target) if c.kind != "city"]
