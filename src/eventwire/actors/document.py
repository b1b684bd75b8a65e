"""The actors stage: every actor mention of an article, coded.

Besides coding each mention on its own, document-level rules apply, in text order:

- in-document coreference: a person coded with a title ("India's Foreign Secretary Vikram
  Misri") lends that coding to later mentions of the same name or surname ("Misri"), or of
  the one full name a lone name opens ("Yao" after "Yao Ming"); an abbreviation the knowledge
  base does not know takes the organisation whose name it abbreviates ("the HWA");
- the article's country, for the unknown names and bare state nouns it places: the country
  its names, known actors, "Town, State" placements and, when these point to no other
  country, its clock times' zone ("4:08 p.m. ET": the newsroom's; a US-stamped story about
  Kenya is no US story) point to, else where the where stage's resolver puts its toponyms;
- later descriptions: "Dana Pruett ... the Australian actor said" gives the unknown person
  the description stands for its country (and a sector when it had none);
- titles: "the minister", "the foreign secretary" take the coding of the most recent person
  whose office ends in that title;
- pronouns, only where it is cheap and safe: a subject "he"/"she" (or "they") whose previous
  sentence's subject is a coded person (or group) becomes an Entity of kind "pronoun";
- party nouns: "both sides", "the two sides", "both countries" become one Entity per party
  (same span) for the two most recent distinct countries of the latest meeting/talks
  sentence, else for the two most salient countries of the document so far.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from eventwire import datafiles
from eventwire.actors.affiliation import (
    ORDINAL,
    affiliated_tokens,
    apposed_modifiers,
    based_in,
    charged_with_crime,
    civic_body_name,
    copular_nouns,
    described_as,
    in_objects,
    led_objects,
    located_in,
    name_country,
    org_name_sector,
    organisation_noun,
    owning_places,
    placed_in,
    private_sector,
    served_tokens,
    station_name,
    workplace_sector,
)
from eventwire.actors.ambiguity import settle
from eventwire.actors.coding import called_it, code_group, named_person, served_person, unknown_name
from eventwire.actors.knowledge import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    METONYM,
    ORG,
    PERSON,
    PLACE,
    ROLE,
    ActorKnowledge,
    normalise,
)
from eventwire.actors.learn import learned_facts
from eventwire.actors.mentions import (
    NAME_SUFFIXES,
    Group,
    Unit,
    find_units,
    group_units,
    has_party_determiner,
)
from eventwire.actors.places import (
    COUNTRY_KINDS,
    dominant_country,
    is_gazetteer_place,
    name_town_country,
    named_countries,
    resolved_countries,
    time_zone_countries,
    town_state_countries,
)
from eventwire.actors.refer import title_antecedent, with_pronouns
from eventwire.actors.tables import NON_STATE
from eventwire.nlp.phrases import doc_text, doc_tokens, span_tokens
from eventwire.records import Article, Entity
from eventwire.where.cache import default_gazetteer
from eventwire.where.toponyms import KIN_NOUNS  # kin nouns before a name ("Uncle Tom"): no given name

# sectors a party noun ("the Afghan side") may borrow from an earlier mention of its country
_PARTY_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP"})
_LOOKBACK_SENTENCES = 8
# sectors of a country's own bodies and parties: a bare "police", "army" or "the opposition"
# is the article's country's
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})
# sectors an organisation's own name states (companies, outlets, schools, clinics, civic
# groups): an unknown one is in the article's country unless the text places it elsewhere
_NAMED_SECTORS = frozenset({"BUS", "JRN", "EDU", "MED", "SOC"})
# sectors of non-state sides whose aide or spokesman ("an aide to the rebel commander") is theirs
_SIDE_SECTORS = frozenset({"REB", "CRM", "PTY", "OPP", "UAF"})
# prepositions joining a member noun to the organisation it works for ("his counterpart at X")
_MEMBER_PREPOSITIONS = frozenset({"at", "of", "for", "with", "from"})
# a force an unknown name's head word states ("the Presidential Guard", "the 3rd Brigade") is
# the article's country's, as "the army" is, unless the text places it elsewhere
_FORCE_SECTORS = frozenset({"MIL"})
# a police force an unknown name's words state ("the Delmont Police Department") is where a town
# or division in its name, or else the text, places it
_POLICE_SECTORS = frozenset({"COP"})
# sectors of unknown groups a word like "International" makes NGOs (cues.tsv transnational-word)
_CIVIC_SECTORS = frozenset({"SOC", "MED"})
# words after a name that make it a listed company's ("Ford shares fell")
_MARKET_WORDS = frozenset({"share", "shares", "stock", "stocks"})
# sectors of people a place "in" a country makes that country's ("villagers in Fiji"); not
# refugees or militants, who are often from elsewhere (nor the newcomer cues: migrants, tourists)
_LOCAL_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "REL", "JRN", "BUS", "AGR", "SOC"})
# sectors of bodies a place "in" a country makes that country's too: police and courts work
# where they are ("police in Karachi"), as do the officials and authorities of local-official
# cues ("officials in Lagos"); not diplomats or envoys, often posted abroad
_LOCAL_STATE_SECTORS = frozenset({"COP", "JUD"})
# sectors a person mention may hold only by guess (a private person) or by accusation, not
# because its clause said what they are
_GUESSED_SECTORS = frozenset({None, "CVL", "CRM", "UNK"})
# sectors of one body named by a role noun that a place "in" a country makes that country's as
# well: "the ruling party in Tanzania", "the state broadcaster in Harare", "a hospital in Gaza"
# (round 32); not an army or a government's office, often abroad ("troops in Mali"); of JRN only
# an outlet, not a correspondent or reporter, often posted abroad (_people_located)
_LOCAL_BODY_SECTORS = _LOCAL_STATE_SECTORS | frozenset({"PTY", "OPP", "JRN", "MED", "EDU"})
# sectors of people a seat of international bodies does not make its country's (_seat_of_bodies):
# officials and judges there serve those bodies as often; police there are the country's
_SEAT_SECTORS = frozenset({"GOV", "JUD"})
# sectors of people whose workplace "in" a country makes them its (_person_placed): local
# callings and the local state's police and courts; None is a private person's, so far
_PLACED_SECTORS = frozenset({None, "CVL", "LAB", "EDU", "MED", "REL", "BUS", "AGR", "COP",
                             "JUD", "CRM"})


@dataclass
class _State:
    """What the document has said so far, for coreference and party nouns."""

    people: dict[str, Entity] = field(default_factory=dict)      # name/surname key -> entity
    # surname -> the distinct full names bearing it ("torres" -> {"ana torres", "luis torres"})
    surnames: dict[str, set[str]] = field(default_factory=dict)
    # first word -> the distinct full names opening with it ("yao" -> {"yao ming"})
    firsts: dict[str, set[str]] = field(default_factory=dict)
    # initials -> the organisation an earlier name spelled out ("HWA" -> Harlow Workers Alliance)
    initials: dict[str, Entity] = field(default_factory=dict)
    # initials the text defines in brackets after the name ("the Armed Forces of Zambia (AFZ)")
    defined: dict[str, Entity] = field(default_factory=dict)
    country: str | None = None   # the article's dominant country, for titled unknown names
    # the one country the text names or places anything in, however often (None: several)
    sole: str | None = None
    seen: list[tuple[int, Entity]] = field(default_factory=list)  # (sentence, entity) in order
    groups_at: dict[int, Group] = field(default_factory=dict)    # token -> the mention holding it
    country_at: dict[int, str] = field(default_factory=dict)     # token -> the country it names
    meeting_sentences: set[int] = field(default_factory=set)
    crime: bool = False   # a crime story, where bare "authorities" are the police
    sport: bool = False   # a sports story, where "the Angels" is a club
    # surnames of private people the text arrests, charges, convicts or sentences somewhere
    accused: set[str] = field(default_factory=set)
    # those of them charged with an ordinary crime ("with murder"), a criminal in any role
    criminal: set[str] = field(default_factory=set)
    # starts of the person mentions holding a public role ("a human rights activist"), which
    # an arrest leaves them in (docs/annotation.md)
    public: set[int] = field(default_factory=set)
    # start -> full name of a person mention coded a private person for want of a title (or
    # borrowing such a coding); a later titled mention of the name corrects it
    guessed: dict[int, str] = field(default_factory=dict)
    # full name -> the first mention of it with an office ("Prime Minister Costas Karamanlis")
    titled: dict[str, Entity] = field(default_factory=dict)
    # the countries the text names as countries ("Ghana", not "Accra" or "Ghanaian")
    named: frozenset[str] = frozenset()


def code_actors(article: Article, knowledge: ActorKnowledge) -> None:
    """Code every actor mention of an article.

    Reads ``article.doc`` (the spaCy Doc of ``article.text``) and ``article.published_date``;
    writes ``article.actors`` (one Entity per mention, two or more for "both sides").

    Also writes ``article.meta["learned"]``: what appositions and possessive titles teach
    (see :func:`~eventwire.actors.learn.learned_facts`), for the store to keep.
    """
    date = article.published_date
    coded = code_groups(article.doc, article.text, knowledge, date)
    article.actors = with_pronouns(article.doc, article.text, [e for _, es in coded for e in es])
    # learned from the curated and user facts alone: the same article teaches the same facts
    # whatever other articles taught before it (the store's data does not depend on run order)
    teacher = knowledge.teaching
    if teacher is not None:
        coded = code_groups(article.doc, article.text, teacher, date)
    article.meta["learned"] = learned_facts(article.doc, coded, teacher or knowledge, date)


def code_doc(doc: Doc, text: str, knowledge: ActorKnowledge, date: dt.date | None) -> list[Entity]:
    """The coded actor mentions of a parsed text (pronouns included), in text order."""
    coded = code_groups(doc, text, knowledge, date)
    return with_pronouns(doc, text, [e for _, entities in coded for e in entities])


def code_groups(doc: Doc, text: str, knowledge: ActorKnowledge, date: dt.date | None
                ) -> list[tuple[Group, list[Entity]]]:
    """Each mention group with its coded entities (two or more for "both sides")."""
    units = find_units(doc, knowledge, date)
    countries = named_countries((u.kind, u.best.key if u.best else None) for u in units)
    settle(units, knowledge, date, countries)
    groups = group_units(doc, units, knowledge)
    sentence_of = _sentence_index(doc)
    placed = resolved_countries(doc)
    pointed = countries + _known_countries(units, knowledge, date) + town_state_countries(doc)
    state = _State(meeting_sentences=_meeting_sentences(doc, knowledge),
                   country=dominant_country(countries)
                   or dominant_country(pointed + _stamped_countries(text, pointed))
                   or dominant_country(placed),
                   sole=_sole_country(countries + placed),
                   named=frozenset(u.best.key for u in units if u.kind == COUNTRY and u.best),
                   groups_at={i: g for g in groups for i in range(g.start, g.end)},
                   country_at=_place_countries(units), crime=_story_of(doc, knowledge, "crime-word"),
                   sport=_story_of(doc, knowledge, "sport-word"),
                   accused=_accused(doc, units, lambda end: private_sector(doc, end) == "CRM"),
                   criminal=_accused(doc, units, lambda end: charged_with_crime(doc, end)))
    coded: list[tuple[Group, list[Entity]]] = []
    for group in groups:
        sentence = sentence_of[group.start]
        entities = _code_in_context(doc, group, text, knowledge, date, state, sentence)
        for entity in entities:
            state.seen.append((sentence, entity))
            _remember_initials(state, entity)
        coded.append((group, entities))
    _described_later(doc, coded, state, knowledge)
    _role_described_later(doc, coded, sentence_of, state, knowledge)
    _org_described_later(doc, coded, sentence_of, state, knowledge)
    _titled_later(coded, state)
    return coded


def _stamped_countries(text: str, pointed: Counter[str]) -> Counter[str]:
    """The countries of the text's clock-time zones ("Updated 4:08 p.m. ET": its newsroom's),
    unless its names point to another country: a US-stamped story about Kenya is Kenyan, or of
    no country when it names Kenya too seldom to say."""
    zones = time_zone_countries(text)
    return zones if set(pointed) <= set(zones) else Counter()


def _sole_country(countries: Counter[str]) -> str | None:
    """The one country of a text that names or places things in no other."""
    named = [c for c in countries if c not in NON_STATE]
    return named[0] if len(named) == 1 else None


def _code_in_context(doc: Doc, group: Group, text: str, knowledge: ActorKnowledge,
                     date: dt.date | None, state: _State, sentence: int) -> list[Entity]:
    entity = _owned(doc, group, code_group(doc, group, knowledge, text, date), state)
    if entity.kind == "person":
        entity = _police_title(group, entity, state, knowledge)
        entity = _cut_title(doc, group, entity, text, knowledge, date, state)
        entity = _title_for_place(doc, group, entity, text, knowledge, date, state)
        entity = _shared_title(doc, group, entity, text, knowledge, date, state)
        entity = _affiliated(doc, group, entity, text, knowledge, date, state)
        entity = _described(doc, group, entity, text, knowledge, date, state)
        entity = _person_placed(doc, group, entity, state, knowledge)
        entity = _outlet_staff(doc, group, entity)
        entity = _identified(entity)
        entity = _served(doc, group, entity, text, knowledge, date, state)
        entity = _corefer(doc, group, entity, state, knowledge)
        return [entity]
    again = _person_named_again(doc, group, entity, state)
    if again is not None:
        return [again]
    if _is_party_noun(group, knowledge):
        return _party_entities(doc, group, entity, state, knowledge, sentence)
    entity = _part_of_owner(doc, group, entity, state)
    entity = _member_at(doc, group, entity, text, knowledge, date, state)
    entity = title_antecedent(doc, group, entity, state.seen, knowledge)
    entity = _bloc_antecedent(doc, group, entity, state, knowledge, sentence)
    if knowledge.places:
        entity = _home_division(doc, group, entity, state)
    entity = _league_division(doc, group, entity, knowledge)
    entity = _located(doc, group, _police(group, entity, state, knowledge), state, knowledge)
    entity = _state_school(doc, group, _club(doc, group, _spelled_out(doc, group, entity, state), state),
                           state)
    entity = _people_from(doc, group, entity, state, knowledge)
    entity = _group_abroad(doc, group, entity, state, knowledge)
    return [_of_the_country(_people_located(doc, group, entity, state, knowledge), state)]


# units naming a place that may stand between a title and the name it belongs to
_PLACE_UNIT_KINDS = frozenset({COUNTRY, CAPITAL, METONYM, PLACE})
# people groups coded by the lands they live in: group id -> country codes (group_lands.tsv)
_GROUP_LANDS = {row["id"]: frozenset(row["lands"].split("|")) for row in
                datafiles.table("actors", "group_lands.tsv", ("id", "lands"), required=("id", "lands"))}
# an ordinal number in a name ("3rd", "101st")
_DEFINED = re.compile(r"\(\s*([A-Z][A-Z&]+)\s*\)\s*$")
_POSSESSIVE = re.compile(r"\s*['’´]\s*s?\s*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'&-]*")
_SMALL_WORDS = frozenset({"the", "of", "for", "and", "in", "on", "to", "&"})


def _initials(name: str) -> str | None:
    """"Harlow Workers Alliance" -> "HWA"; None for a name of fewer than two capitalised
    words (lower-case joining words are skipped, a parenthesised abbreviation cut off)."""
    words = [w for w in _NAME_WORD.findall(name.split("(")[0]) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _remember_initials(state: _State, entity: Entity) -> None:
    """Keep a coded organisation under the initials of its name, for a later abbreviation,
    and under the abbreviation the text defines for it in brackets ("... of Zambia (AFZ)")."""
    if entity.kind == "person" or not (entity.country or entity.sector):
        return
    defined = _DEFINED.search(entity.text)
    if defined is not None and _initials(entity.text) == defined.group(1):
        state.defined.setdefault(defined.group(1), entity)
    if entity.kind not in ("organisation", "nominal"):
        return
    found = _initials(entity.name or entity.text)
    if found is not None:
        state.initials.setdefault(found, entity)


def _spelled_out(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """An abbreviation the knowledge base does not know is the organisation whose name the
    text spelled out earlier: "the Harlow Workers Alliance ... the HWA said" (LAB). One the
    text defines in brackets is that organisation even when the knowledge base knows the
    letters as another's: "the Armed Forces of Zambia (AFZ) ... the AFZ" is no air force of
    Zimbabwe."""
    if group.root.end - group.root.start != 1:
        return entity
    word = doc[group.root.start].text
    defined = state.defined.get(word)
    if defined is not None and defined.start < entity.start and (defined.country or defined.sector):
        return replace(entity, name=defined.name, country=defined.country, sector=defined.sector,
                       known_as=defined.known_as, kind=entity.kind)
    if entity.known_as is not None or entity.country or entity.sector:
        return entity
    earlier = state.initials.get(word) if len(word) > 1 and word.isupper() else None
    if earlier is None:
        return entity
    return replace(entity, name=earlier.name, country=earlier.country, sector=earlier.sector,
                   known_as=earlier.known_as, kind=entity.kind)


def _known_countries(units: list[Unit], knowledge: ActorKnowledge, date: dt.date | None
                     ) -> Counter[str]:
    """How often the organisations and people the knowledge base knows belong to each country:
    added to the places it names, they give the article its country when the places alone
    do not (a story of the Red Sox and the Yankees that names no town is American)."""
    found: Counter[str] = Counter()
    for unit in units:
        if unit.best is None or unit.ambiguous or unit.kind not in (ORG, PERSON):
            continue
        row = knowledge.org_at(unit.best.key, date) if unit.kind == ORG \
            else knowledge.person_at(unit.best.key, date)[0]
        if row is not None and row.country and row.country not in NON_STATE:
            found[row.country] += 1
    return found


def _owned(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """"Ana Ruiz's attorney", "President Tom Baker's communication chief, Lee Moss": the
    staff a person owns are of that person's country (mentions.py makes the owner a mention
    of their own, just before)."""
    if entity.country is not None or entity.known_as is not None or group.start == 0 \
            or doc[group.start - 1].tag_ != "POS" or not state.seen:
        return entity
    owner = state.seen[-1][1]
    between = doc_text(doc)[owner.end:doc[group.start].idx]
    if owner.kind != "person" or not owner.country or not _POSSESSIVE.fullmatch(between):
        return entity
    return replace(entity, country=owner.country, kind=entity.kind)


def _part_of_owner(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """A proper-named part of a known organisation, named through its possessive, is that
    organisation: "the BBC's Persian Service" (GBR JRN, not Iran), "Hamas's Qassam Brigades".
    A country's possessive names no part of it here ("Russia's Wagner Group")."""
    if entity.known_as is not None or group.start == 0 or doc[group.start - 1].tag_ != "POS" \
            or not state.seen or group.end - group.start < 2:
        return entity
    words = [t for t in doc[group.start:group.end] if not t.is_punct]
    if not all(t.is_title or t.is_upper for t in words) or any(
            u.end == group.end and u.kind in COUNTRY_KINDS for u in group.units):
        return entity   # "the BBC's Persian Service", not "the UN's Ghana"
    owner = state.seen[-1][1]
    between = doc_text(doc)[owner.end:doc[group.start].idx]
    if owner.kind != "organisation" or owner.known_as is None or not owner.country \
            or not _POSSESSIVE.fullmatch(between):
        return entity
    return replace(entity, country=owner.country, sector=owner.sector, kind="organisation")


def _police(group: Group, entity: Entity, state: _State, knowledge: ActorKnowledge) -> Entity:
    """"Authorities said", "Sheriff's deputies" in a story of a shooting or a manhunt are the
    police; "Texas authorities", "the Kabul authorities" stay the government of the place
    they name."""
    role = group.root.best
    if state.crime and role is not None and role.kind == ROLE \
            and knowledge.cue("police-noun", role.key) \
            and all(u.kind == ROLE for u in group.units):
        return replace(entity, sector="COP", kind=entity.kind)
    return entity


def _police_title(group: Group, entity: Entity, state: _State, knowledge: ActorKnowledge
                  ) -> Entity:
    """"Deputy Jerry Ortiz" in a story of a shooting is a sheriff's deputy: a person whose
    only titles are police nouns, bare elsewhere the police in a crime story, is police."""
    roles = [u for u in group.units if u.kind == ROLE]
    if not state.crime or entity.known_as is not None or entity.sector not in (None, "CVL") \
            or not roles or not all(u.best is not None and knowledge.cue("police-noun", u.best.key)
                                    for u in roles):
        return entity
    return replace(entity, sector="COP", kind=entity.kind)


def _accused(doc: Doc, units: list[Unit], accuses: Callable[[int], bool]) -> set[str]:
    """Surnames of the people the text arrests, charges, convicts or sentences (``accuses``
    their mention, given its end), wherever it does ("Ana Ruiz, 38, ..." first, "Ruiz was
    charged with murder" later)."""
    names = [_plain_name(doc[u.start:u.end].text) for u in units if u.kind == PERSON]
    accused = {_plain_name(doc[u.start:u.end].text) for u in units
               if u.kind == PERSON and accuses(u.end)}
    # a surname accused alone accuses the one full name bearing it, not a namesake relative
    for surname in [n for n in accused if " " not in n]:
        bearers = {n for n in names if " " in n and n.split()[-1] == surname}
        accused |= bearers if len(bearers) == 1 else set()
    return accused


def _plain_name(written: str) -> str:
    """A name without generational suffixes: "Tony Ruiz Jr." -> "tony ruiz"."""
    words = normalise(written).split()
    while len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        words.pop()
    return " ".join(words)


def _story_of(doc: Doc, knowledge: ActorKnowledge, kind: str) -> bool:
    """Whether two or more words of the text are cues of a kind (cues.tsv): "crime-word" for
    a crime story; two different "sport-word" lemmas for a sports story (a "team" twice is
    no sport)."""
    cues = knowledge.cues.get(kind, ())   # knowledge.cue's test, for every word of the text
    found = [lemma for lemma in (t.lemma_ for t in doc_tokens(doc)) if normalise(lemma) in cues]
    return len(set(found) if kind == "sport-word" else found) >= 2


def _club(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """"The Angels", "the 76ers" in a sports story: "the" and capitalised words ending in a
    plural the knowledge base does not know name a club, a company (BUS) of the article's
    country, as docs/annotation.md codes companies. Not a people ("the Kurds")."""
    if not state.sport:
        return entity   # most stories: no Span made
    words = doc[group.start + 1:group.end]
    if not state.sport or entity.known_as is not None or entity.sector not in (None, "CVL") \
            or doc[group.start].lower_ != "the" or not len(words) \
            or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words) \
            or words[-1].tag_ not in ("NNPS", "NNS") \
            or any(u.kind in (DEMONYM, COUNTRY) for u in group.units):
        return entity
    return replace(entity, country=state.country, sector="BUS", kind="organisation")


def _league_division(doc: Doc, group: Group, entity: Entity, knowledge: ActorKnowledge) -> Entity:
    """"Relegated to the 3rd Division", "top of the 2nd Division this season": a numbered unit
    the knowledge base does not know, in a sentence with a sports word (cues.tsv sport-word),
    is a league's division, no army's unit: no MIL."""
    if entity.known_as is not None or entity.sector != "MIL" \
            or not any(ORDINAL.fullmatch(t.lower_) for t in doc[group.start:group.end]):
        return entity
    if not any(knowledge.cue("sport-word", t.lemma_) for t in doc[group.start].sent):
        return entity
    return replace(entity, sector=None, country=None)


def _state_school(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """"Ohio State", "Kansas State" in a sports story: a division's name and "State", alone,
    are the state university's team and school (EDU), not the state's government; "Ohio
    State officials" keep their office."""
    if not state.sport:
        return entity   # most stories: no Span made
    words = [t for t in doc[group.start:group.end] if t.lower_ != "the"]
    if not state.sport or entity.known_as is not None or entity.sector not in ("GOV", None) \
            or len(words) < 2 \
            or words[-1].text != "State" or not all(t.is_title for t in words) \
            or not any(u.kind in COUNTRY_KINDS for u in group.units):
        return entity
    return replace(entity, sector="EDU", kind="organisation")


# ---- names the knowledge base does not know ------------------------------------------------

def _place_countries(units: list[Unit]) -> dict[int, str]:
    """Token -> country for every country, capital or place unit of the document."""
    return {i: u.best.key for u in units if u.kind in COUNTRY_KINDS and u.best is not None
            and u.best.key not in NON_STATE for i in range(u.start, u.end)}


def _member_at(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
               date: dt.date | None, state: _State) -> Entity:
    """"His counterpart at Toyota", "a spokeswoman for Orvanta Bank": a member noun, whose
    sector is its organisation's, with no organisation in its own mention, takes the
    sector and country of a company, outlet, school, clinic, civic group, force or police
    the phrase after it names ("at"/"of"/"for"/"with"/"from" it: "a spokeswoman for the
    Delmont Police Department" COP), not only a state's office."""
    if not _member_title(group, knowledge) or any(u.kind != ROLE for u in group.units):
        return entity
    after = doc[group.end] if group.end < len(doc) else None
    if after is None or after.lower_ not in _MEMBER_PREPOSITIONS | {"to"}:
        return entity
    other = state.groups_at.get(group.end + 1)
    if other is None or other.start != group.end + 1:
        return entity
    org = code_group(doc, other, knowledge, text, date)
    if after.lower_ in ("to", "for") and org.sector in _SIDE_SECTORS:
        # "an aide to the rebel commander", "a spokesman for the cartel": the side he serves
        return replace(entity, sector=org.sector, country=org.country or entity.country,
                       kind=entity.kind)
    if after.lower_ == "to" or not _is_name(doc, other):
        return entity
    if org.kind in ("organisation", "nominal") \
            and org.sector in _NAMED_SECTORS | _FORCE_SECTORS | _POLICE_SECTORS:
        return replace(entity, sector=org.sector, country=org.country or entity.country,
                       kind=entity.kind)
    return entity


def _located(doc: Doc, group: Group, entity: Entity, state: _State,
             knowledge: ActorKnowledge) -> Entity:
    """An organisation the knowledge base does not know is where the text puts it ("Koya
    University in Iraqi Kurdistan", "Brenlow Foods, a company based in Nairobi") or the
    town opening its name puts it ("Lusaka Times"); a civic or medical group whose name says
    it works across countries ("Forest Watch International") is an NGO; else, when its name
    says what it is (a company, an outlet, a school, a clinic, a force), in the article's
    country."""
    if entity.known_as is not None or entity.sector not in _NAMED_SECTORS | _FORCE_SECTORS | _POLICE_SECTORS \
            or not _is_name(doc, group):
        return entity
    if entity.country is not None:
        return _based(doc, group, entity, state)
    placed = [state.country_at[t.i] for t in [*located_in(doc, group.start, group.end, knowledge),
                                               *apposed_modifiers(doc, group.start, group.end)]
              if t.i in state.country_at]
    name = next((u for u in group.units if u.best is None and u.label == "ORG"), None)
    if not placed and name is not None and entity.sector in _CIVIC_SECTORS \
            and _named_inside(doc, group, knowledge) is None \
            and name_country(doc, name.start, name.end, knowledge) is None \
            and any(knowledge.cue("transnational-word", t.text) for t in doc[name.start:name.end]):
        # "Nurses Without Borders"; a town or region opening the name is where it began, not
        # its one country ("Sahel Relief International")
        return replace(entity, country="NGO", kind=entity.kind)
    town = (name_town_country(doc, name.start, name.end, state.country)
            or _capital_opening(doc, name, knowledge)) if name else None
    inside = _named_inside(doc, group, knowledge) or town or _town_owner(doc, group, state)
    if entity.sector in _FORCE_SECTORS:
        inside = None   # a region opening a force's name spans states ("the Sahel Border Corps")
    country = placed[0] if placed else inside or state.country
    return replace(entity, country=country, kind=entity.kind) if country else entity


def _capital_opening(doc: Doc, name: Unit, knowledge: ActorKnowledge) -> str | None:
    """The country of a capital opening an organisation's name, however small the city:
    "the Tirana Evening Herald" ALB (the gazetteer's test of a well-known town is its size),
    unless a bigger town elsewhere bears the capital's name ("the San Jose Evening Courier"
    is no more Costa Rica's than California's)."""
    words = [t for t in doc[name.start:name.end - 1] if t.lower_ != "the"]
    for size in (2, 1):
        if len(words) >= size and all(t.is_title for t in words[:size]):
            codes = {e.key for e in knowledge.lookup(tuple(normalise(t.text) for t in words[:size]))
                     if e.kind == CAPITAL}
            if len(codes) == 1:
                code = codes.pop()
                return code if _biggest_of_name(" ".join(t.text for t in words[:size]), code) else None
    return None


def _biggest_of_name(text: str, country: str) -> bool:
    """Whether the biggest town the gazetteer calls `text` by its main name is in `country`."""
    towns = [c for c in default_gazetteer().lookup(text) if c.kind == "city" and not c.by_alternate]
    return not towns or max(towns, key=lambda c: c.population).country == country


def _based(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """An unknown organisation the text says is based in a country is that country's, whatever
    place its name holds: "Ghana Cocoa Partners, a trader based in Togo" (TGO)."""
    based = [state.country_at[t.i] for t in based_in(doc, group.start, group.end)
             if t.i in state.country_at]
    if not based or not unknown_name(group) or entity.country in NON_STATE:
        return entity
    return replace(entity, country=based[0], kind=entity.kind)


def _town_owner(doc: Doc, group: Group, state: _State) -> str | None:
    """The country of a town whose possessive opens the name, "Izmir's Karsiyaka Ege
    University" (the recogniser often takes the town for a person's name): a well-known
    place, or one of the article's country, as a town opening the name would be."""
    if group.start < 2 or doc[group.start - 1].tag_ != "POS":
        return None
    start = group.start - 2
    while start > 0 and start > group.start - 3 and doc[start - 1].is_title:
        start -= 1   # "Kuala Lumpur's"
    return name_town_country(doc, start, group.end, state.country)


def _named_inside(doc: Doc, group: Group, knowledge: ActorKnowledge) -> str | None:
    """The country a name places itself in: "the University of Witwatersrand in South
    Africa" (the recogniser keeps the place inside the organisation's name)."""
    inside = [t.i for t in doc[group.start:group.end - 1] if t.lower_ == "in"]
    return name_country(doc, inside[-1] + 1, group.end, knowledge) if inside else None


def _people_located(doc: Doc, group: Group, entity: Entity, state: _State,
                    knowledge: ActorKnowledge) -> Entity:
    """"Villagers in Fiji", "students in Kabul", "police in Karachi", "officials in Lagos":
    people named by a role noun, the text placing them in a country, are that country's."""
    if entity.country is not None or group.root.kind != ROLE \
            or knowledge.cue("newcomer", doc[group.root.end - 1].text):
        return entity  # "migrants in Libya", "tourists in Bali" came from elsewhere
    if entity.kind != "group" and not (entity.kind == "nominal" and entity.sector in _LOCAL_BODY_SECTORS):
        return entity  # "a jury in Texas" works where it sits as "police in Karachi" do
    if entity.kind == "nominal" and entity.sector == "JRN" \
            and not organisation_noun(doc[group.root.end - 1], knowledge):
        return entity  # an outlet works where it is ("the newspaper in Lusaka"), a correspondent abroad
    if entity.sector not in _LOCAL_SECTORS | _LOCAL_BODY_SECTORS and not (
            entity.sector == "GOV" and knowledge.cue("local-official", doc[group.root.end - 1].text)) \
            and not (entity.sector in _FORCE_SECTORS and _own_forces(doc, group, knowledge)):
        return entity
    places = [*located_in(doc, group.start, group.end, knowledge), *_clause_place(doc, group)]
    if entity.sector in _SEAT_SECTORS:
        places = [t for t in places if not _seat_of_bodies(t, knowledge)]
    placed = [state.country_at[t.i] for t in places if t.i in state.country_at]
    return replace(entity, country=placed[0], kind=entity.kind) if placed else entity


def _own_forces(doc: Doc, group: Group, knowledge: ActorKnowledge) -> bool:
    """Whether a force's noun has a word before it making the forces the state's own
    (cues.tsv own-force-word): "government troops in Mali" are Mali's, "troops in Mali" may be
    anyone's."""
    return any(knowledge.cue("own-force-word", t.text) for t in doc[group.start:group.root.end - 1])


def _group_abroad(doc: Doc, group: Group, entity: Entity, state: _State, knowledge: ActorKnowledge) -> Entity:
    """"Jewish settlers in Brooklyn": a people group the knowledge base codes by the lands it
    lives in (group_lands.tsv), placed by the text ("in <place>") in a country outside those
    lands, is that country's; "settlers in Hebron" keep their own."""
    lands = _GROUP_LANDS.get(entity.known_as or "")
    if lands is None:
        return entity
    for place in located_in(doc, group.start, group.end, knowledge):
        country = state.country_at.get(place.i)
        if country is None:
            words = [c.text for c in place.children if c.dep_ == "compound" and c.i < place.i]
            towns = [c for c in default_gazetteer().lookup(" ".join([*words, place.text]))
                     if c.kind in ("city", "admin1") and not c.by_alternate]
            country = max(towns, key=lambda c: c.population).country if towns else None
        if country is not None:
            return entity if country in lands else replace(entity, country=country, kind=entity.kind)
    return entity


def _people_from(doc: Doc, group: Group, entity: Entity, state: _State, knowledge: ActorKnowledge) -> Entity:
    """"Refugees from Syria", "farmers from Kenya", "troops from Chad": people named by a
    plural role noun, whose origin the text gives with "from" on the noun, are that country's
    (newcomers too: "migrants from Eritrea" are Eritrean, unlike "migrants in Libya"). People
    who often pass through a country on the way (cues.tsv transit-noun: "migrants from Libya"
    set off from there) take it only with a verb of fleeing or origin in the sentence
    (origin-verb: "migrants from Eritrea fled"); a country's name that is also a division of
    the article's country ("protesters from Georgia" in an American story) names the division."""
    if entity.country is not None or group.root.kind != ROLE or entity.kind != "group":
        return entity
    noun = doc[group.root.end - 1]
    origins = [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for obj in prep.children if obj.dep_ == "pobj"]
    origins += [c for t in origins for c in t.conjuncts]
    placed = {state.country_at[t.i] for t in origins if t.i in state.country_at}
    # "officials from Kenya and Uganda" are no one country's
    if len(placed) != 1:
        return entity
    if knowledge.cue("transit-noun", noun.lemma_) \
            and not any(knowledge.cue("origin-verb", t.lemma_) for t in noun.sent):
        return entity
    country = placed.pop()
    others = ({state.country} | set(state.country_at.values())) - {country, None}
    divided = {c.country for t in origins for c in default_gazetteer().lookup(t.text)
               if c.kind == "admin1" and c.country is not None and c.country in others}
    if len(divided) == 1:   # "protesters from Georgia" in Washington: the American state's
        country = divided.pop()
    return replace(entity, country=country, kind=entity.kind)


def _clause_place(doc: Doc, group: Group) -> list[Token]:
    """Objects of an "in" that opens the clause whose subject the mention is: "In Nairobi,
    police said ..." places the police as "police in Nairobi" does."""
    noun = doc[group.root.end - 1]
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return in_objects([noun.head], lambda i: i < group.start)


def _seat_of_bodies(place: Token, knowledge: ActorKnowledge) -> bool:
    """Whether `place` names a city where international bodies sit (cues.tsv igo-seat: "Geneva",
    "The Hague"), whose officials and judges are as often those bodies' as the country's."""
    words = [c.text for c in place.children if c.dep_ == "compound" and c.i < place.i]
    return knowledge.cue("igo-seat", " ".join([*words, place.text]))


def _home_division(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity:
    """"Georgia prosecutors" in an article about the United States: a country's name before
    a role noun that is also a first-level division of the article's country names the
    division."""
    if state.country is None or entity.country in (None, state.country) \
            or group.root.kind != ROLE:
        return entity
    named = [u for u in group.units if u.kind == COUNTRY and u.start < group.root.start]
    if not named or named[-1].best is None or named[-1].best.key != entity.country:
        return entity
    text = doc[named[-1].start:named[-1].end].text
    if any(c.kind == "admin1" and c.country == state.country
           for c in default_gazetteer().lookup(text)):
        return replace(entity, country=state.country, kind=entity.kind)
    return entity


def _is_name(doc: Doc, group: Group) -> bool:
    """Whether a mention is a proper name of an organisation ("Paramadina University"), not
    a common noun phrase ("the university")."""
    head = doc[group.root.start]
    return group.root.kind == ORG or any(u.label == "ORG" for u in group.units) \
        or head.ent_type_ == "ORG" or (head.is_title and not head.is_sent_start)


def _affiliated(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
                date: dt.date | None, state: _State) -> Entity:
    """An unknown named person takes the sector and country of the organisation the text
    places them at: "Robert Manning, a senior fellow at the Atlantic Council" (EDU); a title
    whose sector is its organisation's ("head", "spokesman") takes that organisation's. Only
    people by name come here (entity.kind "person"): an unnamed "analyst at a bank" stays UNK."""
    titled = entity.sector not in (None, "UNK")
    known = titled and not _member_title(group, knowledge)
    if entity.known_as is not None or (known and entity.country):
        return entity
    person = named_person(group, knowledge)
    inside = _title_place(doc, group, person, state, knowledge) if entity.country is None else None
    if inside is not None:
        entity = replace(entity, country=inside, kind=entity.kind)
    for token in affiliated_tokens(doc, person.end):
        # "the prosecutor's office" is coded as its owner, "the prosecutor"
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        other = state.groups_at.get(token.i) or (
            state.groups_at.get(owner.i) if owner is not None else None)
        if other is None and entity.sector == "UNK" and token.head.lower_ == "at" \
                and workplace_sector(token) is not None:
            # a member noun that says no sector (UNK) works where "at" puts it: "Ana Ruiz, an
            # analyst at a bank" (BUS)
            return replace(entity, sector=workplace_sector(token), kind=entity.kind)
        if other is None or other is group:
            continue
        org = code_group(doc, other, knowledge, text, date)
        # a member title "for" a body speaks or acts for it, named or not: "Ana Ruiz, staff
        # attorney for the prosecutor's office" is JUD (docs/annotation.md: a lawyer acting
        # for a client takes the client's sector)
        acting = titled and not known and token.head.lower_ == "for" \
            and org.kind == "nominal" and org.sector not in (None, "UNK")
        # a member noun that says no sector itself (UNK) works where the text puts it: "Ana
        # Ruiz, an analyst at a bank" is BUS; a noun with a sector keeps it ("a researcher at
        # a hospital" stays EDU)
        acting = acting or (entity.sector == "UNK" and token.head.lower_ in ("at", "for")
                            and org.kind == "nominal" and org.sector in _NAMED_SECTORS)
        if token.i not in range(other.start, other.end) and not acting:
            continue
        if org.kind not in ("organisation", "country") and not _is_name(doc, other) \
                and not acting:
            if known and org.kind == "nominal" and org.country and entity.country is None \
                    and org.sector not in (None, "UNK") and token.tag_ in ("NN", "NNP") \
                    and not knowledge.cue("person-noun", token.lemma_):
                # a body a demonym places, unnamed: "Jana Novak, a reporter for a Czech
                # daily" is Czech; her own noun keeps her sector
                return replace(entity, country=org.country, kind=entity.kind)
            continue
        org = _located(doc, other, org, state, knowledge)
        # a member title yields only to an organisation named as such ("Beaumont Hospital"),
        # not to a role noun's default ("a senior fellow at the council" stays EDU)
        # unless a capitalised title before the name says the post ("Presidential Advisor
        # Ana Ruiz of Kadir Has University" stays GOV)
        weak = not acting and (org.kind == "country" or (
            titled and org.kind != "organisation"
            and not (_is_name(doc, other) and not _formal_title(doc, group, person))))
        # an organisation whose name says nothing of its sector (UNK: "the Lakeside Vaccine
        # Unit") leaves a member title its own ("a research associate": EDU)
        named = org.sector if org.sector != "UNK" else None
        sector = entity.sector if known or weak else named or entity.sector
        if titled and not known and org.known_as is None and org.sector is None \
                and civic_body_name(doc[other.start:other.end].text):
            # a member title's own sector is a state's ("director", "adviser": GOV); at a
            # museum or a forum its name does not say the sector of, the person's is unknown
            sector = None
        return replace(entity, country=entity.country or org.country, sector=sector,
                       kind=entity.kind)
    return _served_body(doc, group, entity, text, knowledge, date, state) \
        if titled and not known else entity


def _title_place(doc: Doc, group: Group, person: Unit, state: _State,
                 knowledge: ActorKnowledge) -> str | None:
    """The country of the place opening or inside the name of an organisation the knowledge
    base does not know, written into the person's own mention after a title and saying what
    it is: "Jonas Petrauskas, editor of the Vilnius Morning Herald" (LTU), as the outlet alone
    would be ("Lusaka Times": _located)."""
    for unit in group.units:
        if unit.start < person.end or unit.best is not None or unit.label != "ORG" \
                or org_name_sector(doc[unit.start:unit.end].text) is None:
            continue
        return name_country(doc, unit.start, unit.end, knowledge) \
            or name_town_country(doc, unit.start, unit.end, state.country)
    return None


def _served_body(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
                 date: dt.date | None, state: _State) -> Entity:
    """A member title "to" a named body the knowledge base does not know, whose name says
    what it is or is a museum's or a forum's: "Helen Wu, senior adviser to the Korean American
    Heritage Museum" is no government's adviser. Not "an envoy to Russia": a country, or a
    known body, is whom the post serves, not where the person works."""
    for token in served_tokens(doc, named_person(group, knowledge).end):
        other = state.groups_at.get(token.i)
        if other is None or other is group or not _is_name(doc, other):
            continue
        org = code_group(doc, other, knowledge, text, date)
        civic = civic_body_name(doc[other.start:other.end].text)
        if org.known_as is not None or org.kind == "person" \
                or not (civic or org.sector in _NAMED_SECTORS):
            continue
        return replace(entity, sector=org.sector if org.sector in _NAMED_SECTORS else None,
                       kind=entity.kind)
    return entity


def _described(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
               date: dt.date | None, state: _State) -> Entity:
    """An unknown person the text gives no title takes the sector of what it says they lead
    ("Ana Ruiz, who heads the Greenway Foundation": SOC) or are ("Ana Ruiz is a reporter":
    JRN); the organisation a copular noun names ("... a spokesman for Tarrant Bank") is
    already theirs through :func:`_affiliated`."""
    if entity.sector is not None or entity.known_as is not None:
        return entity
    person = named_person(group, knowledge)
    led = led_objects(doc, person.end, knowledge)
    for token in led + copular_nouns(doc, person.end):
        other = state.groups_at.get(token.i) or _board_owner(token, state)
        if other is None or other is group:
            continue
        coded = code_group(doc, other, knowledge, text, date)
        # a body the clause names by its role noun leads as well as a named one ("who heads
        # the teachers' union": LAB)
        if token in led and coded.kind != "organisation" and not _is_name(doc, other) \
                and _no_body_led(token, knowledge):
            continue
        if coded.kind == "person" or coded.sector in (None, "UNK"):
            continue
        return replace(entity, sector=coded.sector, country=entity.country or coded.country,
                       kind=entity.kind)
    # a workplace no actor's mention names: "Ana Ruiz, who runs a bakery" (BUS)
    run = next((s for s in map(workplace_sector, led) if s is not None), None)
    return replace(entity, sector=run, kind=entity.kind) if run is not None else entity


def _board_owner(token: Token, state: _State) -> Group | None:
    """The named body a led noun no mention covers is part of: "who chairs the Delmar Energy
    board" leads the company's board (the name is the noun's compound)."""
    return next((state.groups_at[c.i] for c in token.children
                 if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in state.groups_at), None)


def _no_body_led(token: Token, knowledge: ActorKnowledge) -> bool:
    """Whether the noun a person's relative clause says they lead names no body of theirs:
    people ("who leads the protesters"), or a part of a body it leaves unnamed ("who headed
    the agency's mission", "its mission"); a country's or town's possessive names the body
    itself ("who runs the country's largest bank": cues.tsv realm-noun)."""
    if token.tag_ in ("NNS", "NNPS") or knowledge.cue("person-noun", token.lemma_):
        return True
    return any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ == "NN"
                                     and not knowledge.cue("realm-noun", c.lemma_.lower()))
               for c in token.children)


def _person_placed(doc: Doc, group: Group, entity: Entity, state: _State,
                   knowledge: ActorKnowledge) -> Entity:
    """A person the knowledge base does not know, whom the text places where they work, is
    that country's: "Ana Ruiz, a police officer in Mumbai" IND COP, "a nurse at the Central
    Hospital in Manila" PHL MED, "a lecturer at Istanbul's Tessaly University" TUR. Not a
    diplomat's, journalist's or aid worker's post, which is often abroad ("a correspondent in
    Moscow"), nor a newcomer's ("a tourist in Bali", whom an arrest makes CRM)."""
    if entity.country is not None or entity.known_as is not None \
            or entity.sector not in _PLACED_SECTORS:
        return entity
    person = named_person(group, knowledge)
    if any(knowledge.cue("newcomer", noun.text) for noun in described_as(doc, person.end)):
        return entity
    led = led_objects(doc, person.end, knowledge)
    where = placed_in(doc, person.end, led) + owning_places(doc, person.end)
    placed = [state.country_at[t.i] for t in where if t.i in state.country_at]
    return replace(entity, country=placed[0], kind=entity.kind) if placed else entity


def _outlet_staff(doc: Doc, group: Group, entity: Entity) -> Entity:
    """"WXRT's Lee Moss", "Channel 9's Ana Ruiz": a person written after a news
    outlet's possessive is its reporter (JRN) when no word around the name gave a calling. The
    outlet is a station's call letters or a name whose words say it is one (name-patterns.tsv)."""
    if entity.sector not in (None, "CVL") or entity.known_as is not None:
        return entity
    marks = [t.i for t in doc[group.start:group.root.start] if t.tag_ == "POS"]
    if not marks:
        return entity
    outlet = doc[group.start:marks[0]].text
    if any(station_name(w) for w in outlet.split()) or org_name_sector(outlet) == "JRN":
        return replace(entity, sector="JRN", kind=entity.kind)
    return entity


def _identified(entity: Entity) -> Entity:
    """"Gunman Ana Ruiz": UAF is for gunmen nobody has identified (docs/annotation.md §3); a
    named one is a criminal."""
    return replace(entity, sector="CRM", kind=entity.kind) if entity.sector == "UAF" else entity


def _formal_title(doc: Doc, group: Group, person: Unit) -> bool:
    """Whether a capitalised role noun stands before the person's name."""
    return any(u.kind == ROLE and u.end <= person.start and doc[u.start].is_title
               for u in group.units)


def _cut_title(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
               date: dt.date | None, state: _State) -> Entity:
    """"Police Sgt. Ana Ruiz", "police Lt . Ana Ruiz": the parser often ends a sentence at an
    abbreviated title's period, cutting the title from the name it belongs to; an untitled
    person right after such a title takes its sector, office and country."""
    person = group.units[0]
    stop = person.start - 1
    while stop > 0 and doc[stop].is_space:
        stop -= 1   # a text written a sentence a line: "Const .", a line break, the name
    if entity.sector is not None or person.kind != PERSON or stop < 1 or doc[stop].text != ".":
        return entity
    title = state.groups_at.get(stop - 1)
    if title is None or title is group or title.end != stop \
            or title.units[-1].kind != ROLE or title.units[-1].end < title.end \
            or title.units[-1].best is None or not title.units[-1].best.key.endswith(".") \
            or doc[title.start].lower_ in ("the", "a", "an"):
        return entity
    coded = code_group(doc, title, knowledge, text, date)
    if coded.sector is None:
        return entity
    return replace(entity, sector=coded.sector, office=entity.office or coded.office,
                   country=entity.country or coded.country, kind=entity.kind)


def _title_for_place(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
                     date: dt.date | None, state: _State) -> Entity:
    """"U.N. Resident Coordinator for Haiti Ana Ruiz", "special envoy for the Sahel Ana Ruiz":
    a title whose realm, a place, is written between it and the name is the name's; an
    untitled person so named takes the title's sector, office and country."""
    person = next((u for u in group.units if u.kind == PERSON), None)
    if entity.sector is not None or person is None or entity.known_as is not None:
        return entity
    name = person.head(doc)
    prep = name.head
    words = [t for t in doc[prep.i + 1:name.i] if t.lower_ != "the"]
    placed = {i for u in group.units if u is not person for i in range(u.start, u.end)}
    realm = next((n for n, t in enumerate(words)
                  if t.ent_type_ not in ("GPE", "LOC") and t.i not in placed
                  and not is_gazetteer_place(t.text)), len(words))
    if name.dep_ != "pobj" or prep.lower_ not in ("for", "of") or realm == 0 \
            or any(u.kind not in _PLACE_UNIT_KINDS for u in group.units if u is not person) \
            or not all(t.pos_ == "PROPN" for t in words[realm:]):
        return entity
    title = _portfolio_title(doc, prep, state)
    if title is None or title is group:
        return entity
    coded = code_group(doc, title, knowledge, text, date)
    roles = [knowledge.roles.get(normalise(doc[start:title.end].text))
             for start in range(max(title.start, title.end - 2), title.end)]
    office = coded.office is not None or any(r is not None and r.kind in ("role", "member") for r in roles)
    if coded.kind not in ("person", "nominal", "organisation") or not office or coded.sector is None:
        return entity
    # "Minister of Foreign Affairs of Ghana Kofi Tandoh": an "of" realm is the title's country
    realm_country = _named_country(" ".join(t.text for t in words[:realm]), knowledge) \
        if prep.lower_ == "of" else None
    # the mention is the name alone, from its first word past the realm (also where the
    # recogniser took the realm into the name: "Ghana Kofi Tandoh"): the realm is the title's
    start = doc[words[realm].i if realm < len(words) else person.start].idx
    return replace(entity, text=text[start:entity.end], start=start, sector=coded.sector,
                   office=entity.office or coded.office,
                   country=coded.country or realm_country or entity.country, kind=entity.kind)


def _portfolio_title(doc: Doc, prep: Token, state: _State) -> Group | None:
    """The title the realm's preposition follows: right before it ("envoy for"), or with its
    portfolio between ("Minister for Foreign Affairs of", "Minister for Trade of")."""
    title = state.groups_at.get(prep.head.i)
    if title is not None:
        return title if title.end == prep.i else None
    anchor = prep.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("for", "of"):
        return None
    title = state.groups_at.get(anchor.head.head.i)
    words = doc[anchor.head.i + 1:prep.i]
    if title is None or title.end != anchor.head.i or not 1 <= len(words) <= 3 \
            or not all(t.is_title or t.lower_ == "and" for t in words):
        return None
    return title


def _named_country(name: str, knowledge: ActorKnowledge) -> str | None:
    """The code of the one country the countries table calls ``name``, if any."""
    codes = {e.key for e in knowledge.lookup(tuple(normalise(w) for w in name.split()))
             if e.kind == COUNTRY}
    return codes.pop() if len(codes) == 1 else None


def _shared_title(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
                  date: dt.date | None, state: _State) -> Entity:
    """"Senators Ana Ruiz and Tom Baker": a plural title before the first of conjoined names
    is every one's; an untitled name joined to such a mention takes its sector and country."""
    person = group.units[0]
    if entity.sector is not None or person.kind != PERSON or len(group.units) > 1:
        return entity
    head = person.head(doc)
    first = state.groups_at.get(head.head.i) if head.dep_ == "conj" else None
    if first is None or first is group:
        return entity
    title = next((u for u in first.units if u.kind == ROLE), None)
    if title is None or doc[title.end - 1].tag_ not in ("NNS", "NNPS"):
        return entity
    coded = code_group(doc, first, knowledge, text, date)
    return replace(entity, sector=coded.sector, country=entity.country or coded.country,
                   kind=entity.kind) if coded.sector else entity


def _member_title(group: Group, knowledge: ActorKnowledge) -> bool:
    """Whether the mention's title is a noun whose sector is its organisation's."""
    return any(u.kind == ROLE and u.best is not None and u.best.key in knowledge.roles
               and knowledge.roles[u.best.key].kind == "member" for u in group.units)


def _bloc_antecedent(doc: Doc, group: Group, entity: Entity, state: _State,
                     knowledge: ActorKnowledge, sentence: int) -> Entity:
    """"The bloc", "the alliance" (cues.tsv bloc-noun) with no country of their own are the
    intergovernmental body (IGO or EUR) the article last named, a few sentences back: "the
    alliance" after NATO is NATO, "the bloc's foreign ministers" after the European Union are
    EUR GOV; "the opposition alliance" or "the ruling bloc" are a country's parties and "the
    Alliance of Democracies" a name, left alone."""
    if entity.country is not None:
        return entity
    noun = next((t for t in doc[group.start + 1:group.end]
                 if t.text.islower() and knowledge.cue("bloc-noun", t.text)
                 and doc[t.i - 1].lower_ == "the"), None)
    if noun is None:
        return entity
    alone = group.root.start == noun.i and group.root.end == noun.i + 1
    for said, earlier in reversed(state.seen):
        if sentence - said > _LOOKBACK_SENTENCES:
            break
        if earlier.kind != "person" and earlier.country in ("IGO", "EUR"):
            if alone:
                return replace(entity, name=earlier.name, country=earlier.country,
                               sector=earlier.sector, known_as=earlier.known_as,
                               kind="organisation")
            return replace(entity, country=earlier.country, kind=entity.kind)
    return entity


def _of_the_country(entity: Entity, state: _State) -> Entity:
    """"Police said", "the army", "opposition parties": a state body or a party named by its
    role noun alone is the article's country's, when the article has one clearly. Office nouns ("the
    minister") are left to their antecedents."""
    if entity.country is None and entity.sector in _STATE_SECTORS and not entity.office \
            and entity.kind in ("group", "nominal") and entity.known_as is None:
        return replace(entity, country=state.country, kind=entity.kind)
    return entity


# ---- in-document coreference --------------------------------------------------------

def _corefer(doc: Doc, group: Group, entity: Entity, state: _State,
             knowledge: ActorKnowledge) -> Entity:
    person = named_person(group, knowledge)
    name = _courtesy_dropped(entity.name, knowledge) if entity.known_as is None else entity.name
    keys = _name_keys(_without_courtesy(doc, person, knowledge), name)
    # a full name never borrows another full name's coding through the surname they share
    lookup = [k for k in keys if " " in k] if " " in keys[0] else keys
    earlier = next((_earlier(state, k) for k in lookup if k in state.people), None)
    if earlier is None and " " not in keys[0]:
        earlier = _first_name_bearer(state, keys[0])
    titled = any(u.kind == ROLE for u in group.units)
    # what the mention's own clause says the person is ("Marwick was a nurse": _described)
    own = entity.sector if entity.known_as is None and entity.sector not in _GUESSED_SECTORS else None
    described = False
    if earlier is not None:
        entity = _borrow(entity, earlier, titled)
        if not titled and earlier.start in state.guessed:
            if own is not None and entity.known_as is None:
                # a name first coded a private person for want of a title, then described:
                # the description holds for the name, before and after (_titled_later)
                entity = replace(entity, sector=own, kind=entity.kind)
                state.titled.setdefault(state.guessed[earlier.start], entity)
                described = True
            else:
                state.guessed[entity.start] = state.guessed[earlier.start]
    if entity.country is None and not person.ambiguous and entity.known_as is None \
            and (titled or earlier is None):
        # a person the knowledge base does not know, in an article about one country, is of
        # that country unless the text says otherwise (docs/kb.md, "Names it does not know")
        # an office holder in a text naming one country only, once ("Floods hit Peru ...
        # Agriculture Minister Ana Ruiz"), holds a state office there
        # as is a person a role noun says is one ("the fisherman Kofi Mensah said the catch off
        # Ghana had halved") when the one country is named as a country, not only by a town
        # the person may be visiting ("a reporter ... detained in Minsk")
        country = state.country or (
            state.sole if (entity.office and entity.sector in _STATE_SECTORS)
            or (state.sole in state.named and _role_noun_says(group, entity, knowledge)) else None)
        entity = replace(entity, country=country, kind=entity.kind)
    if entity.sector is None and not _has_title(group, knowledge) and earlier is None \
            and entity.known_as is None and not person.ambiguous \
            and _full_name(doc, group, person, knowledge):
        # named in full, unknown, with no title or organisation: a private person
        # (docs/annotation.md: CVL unless the context says otherwise, CRM when accused)
        entity = replace(entity, sector=private_sector(doc, person.end), kind=entity.kind)
    if titled and any(u.kind == ROLE and u.best is not None
                      and knowledge.cue("public-role", u.best.key.split()[-1]) for u in group.units):
        state.public.add(entity.start)
    plain = _plain_name(doc[person.start:person.end].text)
    if entity.sector == "CVL" and entity.known_as is None and plain in state.accused \
            and (plain in state.criminal or not (entity.start in state.public or (
                earlier is not None and earlier.start in state.public))):
        # a private person the text accuses elsewhere ("... LaCalamita was charged"), unless
        # in a public role ("a human rights activist") and charged with no ordinary crime
        entity = replace(entity, sector="CRM", kind=entity.kind)
    if entity.sector == "CVL" and earlier is None and not titled and " " in keys[0] \
            and entity.known_as is None:
        state.guessed[entity.start] = keys[0]
    if titled and entity.office and entity.sector and " " in keys[0]:
        # an office, not only a descriptive noun ("Television icon Ana Ruiz" is no journalist)
        state.titled.setdefault(keys[0], entity)
    if entity.country or entity.sector:
        for key in keys:
            # a fuller mention replaces one that gave no sector (a headline's bare surname),
            # one with an office or another sector one that was only guessed a private person
            # ("Texas convict Ana Ruiz" after a bare "Ana Ruiz": later "Ruiz" is CRM)
            if key not in state.people or (state.people[key].sector is None and entity.sector) \
                    or (entity.sector not in (None, "CVL") and (entity.office or titled or described)
                        and state.people[key].start in state.guessed):
                state.people[key] = entity
    full = normalise(name or _without_courtesy(doc, person, knowledge))
    if len(full.split()) > 1:
        state.surnames.setdefault(full.split()[-1], set()).add(full)
        state.firsts.setdefault(full.split()[0], set()).add(full)
    return entity


def _role_noun_says(group: Group, entity: Entity, knowledge: ActorKnowledge) -> bool:
    """Whether a role noun of the mention says the person follows a local calling ("the
    fisherman", "the lawmaker", "the judge": a role of sectors.tsv kind role in a sector of
    _LOCAL_CALLINGS), which the story's one country makes theirs. Not a calling often followed
    abroad: a journalist's or an aid worker's (sectors JRN, SOC: "the correspondent ... arrested
    in Russia"), a fighter's (armed groups fight across borders), nor a sojourner's noun of a
    local sector (cues.tsv sojourner: "the student ... jailed in North Korea", "the missionary")."""
    return entity.sector in _LOCAL_CALLINGS and any(
        u.kind == ROLE and u.best is not None and u.best.key in knowledge.roles
        and knowledge.roles[u.best.key].kind == "role" and knowledge.roles[u.best.key].sector == entity.sector
        and not knowledge.cue("sojourner", u.best.key.split()[-1])
        for u in group.units)


# sectors of callings people follow where they live: a role noun of one gives its holder the
# story's one country (_role_noun_says); not JRN or SOC (correspondents and aid workers are
# posted abroad), nor fighters (REB, UAF) or refugees
_LOCAL_CALLINGS = frozenset({"AGR", "BUS", "LEG", "JUD", "MED", "EDU", "REL", "CVL", "LAB", "COP"})


def _full_name(doc: Doc, group: Group, person: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether an untitled mention names a person by two words or more: in one unit, in
    several the recogniser split ("Keith" and "Lamont Scott"), or with a given name right
    before the unit that it left out ("a la Jon Stewart" tagged "Stewart"). An honorific or a
    kin noun, before the unit or opening it, is no given name ("Mr Stewart", "Uncle Stewart":
    cues.tsv, kin_nouns.tsv)."""
    people = sorted((u for u in group.units if u.kind == PERSON), key=lambda u: u.start)
    start = person.start
    while start < person.end - 1 and _courtesy_word(doc[start], knowledge):
        start += 1   # the recogniser's "Mrs Dalworth" names her by one word
    if person.end - start > 1 \
            or any(a.end == b.start for a, b in zip(people, people[1:], strict=False)):
        return True
    given = doc[person.start - 1] if person.start > group.start else None
    return given is not None and given.pos_ == "PROPN" and given.is_title and given.is_alpha \
        and not any(u.start <= given.i < u.end for u in group.units) \
        and not _courtesy_word(given, knowledge)


def _without_courtesy(doc: Doc, person: Unit, knowledge: ActorKnowledge) -> str:
    """The person's name as written, without the honorifics opening it: the recogniser's
    "Ms Ndlovu" is the "Thandiwe Ndlovu" named before ("ndlovu"), no full name of its own."""
    start = person.start
    while start < person.end - 1 and _courtesy_word(doc[start], knowledge):
        start += 1
    return doc[start:person.end].text


def _courtesy_dropped(name: str | None, knowledge: ActorKnowledge) -> str | None:
    """A name the coding wrote out without the honorifics opening it ("Ms Ndlovu" -> "Ndlovu")."""
    words = name.split() if name else []
    while len(words) > 1 and knowledge.cue("honorific", words[0].lower().rstrip(".")):
        words.pop(0)
    return " ".join(words) or name


def _courtesy_word(token: Token, knowledge: ActorKnowledge) -> bool:
    """Whether a word before a name is an honorific ("Mr", "Dr") or a kin noun ("Uncle",
    "Grandma"), which says how the person is addressed, not their given name."""
    word = token.lower_.rstrip(".")
    return knowledge.cue("honorific", word) or knowledge.cue("person-noun", word) or word in KIN_NOUNS


def _person_named_again(doc: Doc, group: Group, entity: Entity, state: _State) -> Entity | None:
    """"Tarek Benhamoudi, a professor at Algiers University ... Benhamoudi said": the
    recogniser often tags an unfamiliar surname ORG when it comes back alone, and the
    knowledge base knows no such organisation; a lone unknown name that is the name or
    surname of a person coded earlier in the document, or the first word of one such name only,
    is that person again, with their
    country and sector (None when it is no such name). Not when an organisation named
    earlier bears the word ("Ford Motor"): then it is that organisation (coded as it was,
    when only one does), nor before "shares" or "stock"."""
    if entity.kind != "organisation" or entity.known_as is not None or len(group.units) != 1 \
            or group.root.label != "ORG":
        return None
    keys = _name_keys(doc[group.root.start:group.root.end].text, None)
    earlier = next((_earlier(state, k) for k in keys if k in state.people), None)
    if earlier is None and len(keys) == 1 and not called_it(doc, group.end, group.root.head(doc).sent.end):
        # a given name, or a family name written first, standing for the one full name it
        # opens ("Parit said" after "protest leader Parit Chiwarak"); not a company's name
        # the sentence goes on to call "it" ("Mercedes said it would recall 10,000 cars")
        earlier = _first_name_bearer(state, keys[0])
    if earlier is None:
        return None
    # "Mr. Ford ... Ford Motor would close a plant. Ford shares fell": the company's, not his
    companies = {(e.country, e.sector, e.known_as, e.name) for _, e in state.seen
                 if e.kind == "organisation" and keys[-1] in normalise(e.name or e.text).split()}
    if companies:
        company = next(iter(companies)) if len(companies) == 1 else (None, None, None, None)
        return replace(entity, country=company[0], sector=company[1], known_as=company[2],
                       name=company[3], kind=entity.kind)
    after = doc[group.root.end] if group.root.end < len(doc) else None
    if after is not None and after.lemma_.lower() in _MARKET_WORDS:
        return entity
    return _borrow(replace(entity, kind="person"), earlier, titled=False)


def _served(doc: Doc, group: Group, entity: Entity, text: str, knowledge: ActorKnowledge,
            date: dt.date | None, state: _State) -> Entity:
    """"Hillary Clinton ... Clinton spokesman Jesse Lehrich": the person a staff member
    serves, named by a surname, is the earlier person of that name, whose country and sector
    the staff member acts for (PTY for a candidate's spokesman; see coding._principal).
    Named in full for the first time ("President Ana Ruiz's communication chief, Tom
    Baker"), the one served is remembered for a later "Ruiz" as that part alone codes."""
    served = served_person(group, knowledge)
    if served is None:
        return entity
    keys = _name_keys(doc[served.start:served.end].text, None)
    earlier = next((_earlier(state, k) for k in keys if k in state.people), None)
    if earlier is None:
        part = Group(root=served, units=[u for u in group.units if u.end <= served.end],
                     start=group.start, end=served.end)
        principal = code_group(doc, part, knowledge, text, date)
        if principal.kind == "person" and (principal.country or principal.sector):
            for key in keys:
                state.people.setdefault(key, principal)
            full = keys[0].split()
            if len(full) > 1:
                state.surnames.setdefault(full[-1], set()).add(keys[0])
                state.firsts.setdefault(full[0], set()).add(keys[0])
        return entity
    if entity.known_as is not None or not earlier.sector:
        return entity
    return replace(entity, country=earlier.country or entity.country, sector=earlier.sector,
                   kind=entity.kind)


def _first_name_bearer(state: _State, word: str) -> Entity | None:
    """The one earlier full name a lone name opens: a family name written first ("Yao" after
    "Yao Ming") or a given name ("Hillary" after "Hillary Clinton"). None when several full
    names open with it or the word is also some named person's surname."""
    names = state.firsts.get(word, set())
    if len(names) != 1 or word in state.surnames:
        return None
    return state.people.get(next(iter(names)))


def _has_title(group: Group, knowledge: ActorKnowledge) -> bool:
    """Whether a role noun other than a modifier ("former", "acting") names the person."""
    return any(u.kind == ROLE and u.best is not None and u.best.key in knowledge.roles
               and knowledge.roles[u.best.key].kind != "modifier" for u in group.units)


def _earlier(state: _State, key: str) -> Entity:
    """The person an earlier mention coded under ``key``; a surname two earlier full names
    share gives only what they agree on, and no ``known_as``."""
    earlier = state.people[key]
    names = state.surnames.get(key, set())
    if len(names) < 2:
        return earlier
    others = [state.people[n] for n in names if n in state.people]
    return Entity(text=earlier.text, start=earlier.start, end=earlier.end, name=None,
                  country=_agreed(e.country for e in others),
                  sector=_agreed(e.sector for e in others),
                  office=_agreed(e.office for e in others), kind=earlier.kind)


def _agreed(values: Iterable[str | None]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


# the Arabic article on a surname, assimilated or not ("al-", "el-", "ash-", "ad-"...)
_ARTICLED = re.compile(r"(?:a[lnrdstz]|e[lnrdstz]|ash|esh|adh|ath|uz|ul|ud)-(\w{3,}.*)")


def _name_keys(written: str, name: str | None) -> list[str]:
    """Full names first, then the surnames of two words or more a longer name ends with, then
    the last word: "Vikram Misri" -> ["vikram misri", "misri"]; "Rami Abdel Rahman" ->
    [..., "abdel rahman", "rahman"], so a later "Abdel Rahman" or "Lula da Silva" is the same
    person; a generational suffix is no surname ("Tony Ruiz Jr." -> ["tony ruiz", "ruiz"])."""
    names = [_plain_name(n) for n in (written, name) if n]
    tails = [" ".join(n.split()[i:]) for n in names for i in range(1, len(n.split()) - 1)]
    lasts = [n.split()[-1] for n in names if n.split()]
    # news writes an Arabic surname with and without its article: "Mohammed Shia al-Sudani",
    # then "Sudani"
    bare = [m.group(1) for m in map(_ARTICLED.fullmatch, lasts) if m and " " in names[0]]
    return list(dict.fromkeys(names + tails + lasts + bare))


def _borrow(entity: Entity, earlier: Entity, titled: bool) -> Entity:
    """Fill what this mention lacks from the earlier one; untitled mentions take all of it."""
    if not titled:
        # an earlier full name the knowledge base did not know is someone else than the known
        # bearer of the surname ("Wladimir Klitschko", then "Klitschko")
        full = earlier.name is not None and " " in earlier.name
        known_as = earlier.known_as if full else earlier.known_as or entity.known_as
        return replace(entity, name=earlier.name, country=earlier.country, sector=earlier.sector,
                       office=earlier.office, known_as=known_as, kind=entity.kind)
    return replace(entity, name=earlier.name or entity.name,
                   country=entity.country or earlier.country,
                   sector=entity.sector or earlier.sector,
                   known_as=entity.known_as or earlier.known_as, kind=entity.kind)


def _titled_later(coded: list[tuple[Group, list[Entity]]], state: _State) -> None:
    """"The government of Costas Karamanlis ... Prime Minister Costas Karamanlis": a name
    first written bare was coded a private person only for want of a title; the later
    mention of the same full name with an office says who they are, so the earlier mentions (and
    the surnames that borrowed from them) take its sector, country and office (in place)."""
    if not state.guessed or not state.titled:
        return
    for _, found in coded:
        for i, entity in enumerate(found):
            name = state.guessed.get(entity.start) if entity.kind == "person" else None
            later = state.titled.get(name) if name else None
            if later is None or later.start <= entity.start:
                continue
            found[i] = replace(entity, sector=later.sector, country=later.country or entity.country,
                               office=later.office or entity.office, kind=entity.kind)


# ---- later descriptions ----------------------------------------------------------------

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _described_later(doc: Doc, coded: list[tuple[Group, list[Entity]]], state: _State,
                     knowledge: ActorKnowledge) -> None:
    """"Dana Pruett will host the show ... the Australian actor has been selected", "the
    45-year-old Canadian said": a definite description with a demonym, the subject of its
    clause, stands for the most recent person an earlier clause made its subject; when the
    knowledge base does not know that person and only the article's country placed them, the
    description's country (and its sector, where they had none) is theirs, in every mention
    of the name (in place)."""
    for index, (group, entities) in enumerate(coded):
        description = entities[0] if len(entities) == 1 else None
        if description is None or not _is_description(doc, group, description, knowledge):
            continue
        person = _subject_before(doc, coded[:index], group)
        if person is None or person.known_as is not None or not person.name \
                or person.country not in (None, state.country) \
                or person.country == description.country:
            continue
        sector = person.sector or (description.sector if description.kind == "nominal" else None)
        for _, found in coded:
            found[:] = [replace(e, country=description.country, sector=e.sector or sector,
                                kind=e.kind)
                        if e.kind == "person" and e.name == person.name and e.known_as is None
                        else e for e in found]


# sectors of the role nouns that, as "the <noun>" after a person named bare, are as often
# another person acting on them ("Ana Ruiz was arrested. The judge said ...", "Ana Ruiz was
# stabbed. The attacker fled", "... The soldier who shot her"): no description
_OTHER_PARTY_SECTORS = frozenset({"GOV", "JUD", "COP", "SPY", "UNK", "UAF", "CRM", "MIL"})
# and those that are, after a person a passive clause acted on ("Omar Haddad was killed in the
# raid. The rebel commander said ..."), more often the one who acted
_AGENT_SECTORS = frozenset({"REB"})


def _role_described_later(doc: Doc, coded: list[tuple[Group, list[Entity]]], sentence_of: list[int],
                          state: _State, knowledge: ActorKnowledge) -> None:
    """"Omar Haddad was stopped at the airport. The journalist had reported on the blast":
    "the" and a role noun used for the first time in the text, the subject of its clause in
    the same or the next sentence, with no other person named between, describes the person
    an earlier clause made its subject, named in full, unknown to the knowledge base and
    coded a private person only for want of a title: every mention of the name takes the
    noun's sector, and the description the person's country (in place). Not nouns of those
    who often act on a private person (judges, police, officials, attackers, soldiers), nor a
    rebel after a clause that acted on the person ("was killed in the raid")."""
    for index, (group, entities) in enumerate(coded):
        role = _described_role(doc, group, entities, knowledge)
        if role is None:
            continue
        person = _subject_before(doc, coded[:index], group)
        if person is None or person.known_as is not None or not person.name \
                or " " not in person.name or person.sector not in (None, "CVL") \
                or person.start not in state.guessed:
            continue
        at = next(i for i, (_, es) in enumerate(coded) if any(e.start == person.start for e in es))
        between = [e for _, es in coded[at + 1:index] for e in es]
        if sentence_of[group.start] - sentence_of[coded[at][0].start] > 1 \
                or (role in _AGENT_SECTORS and coded[at][0].root.head(doc).dep_ == "nsubjpass") \
                or any(e.kind in ("person", "nominal") for e in between) \
                or any(t.lemma_.lower() == doc[group.end - 1].lemma_.lower()
                       for t in doc[:group.start]):
            continue
        for _, found in coded:
            found[:] = [replace(e, sector=role, kind=e.kind)
                        if e.kind == "person" and e.name == person.name and e.known_as is None
                        else replace(e, country=e.country or person.country, kind=e.kind)
                        if e.start == entities[0].start else e for e in found]


def _described_role(doc: Doc, group: Group, entities: list[Entity], knowledge: ActorKnowledge
                    ) -> str | None:
    """The sector of "the" and one role noun naming one person, the subject of its clause
    ("The journalist had reported", "the rebel commander said"), or None."""
    if len(entities) != 1 or doc[group.start].lower_ != "the" or group.plural \
            or entities[0].kind != "nominal" or len(group.units) != 1 or group.root.kind != ROLE \
            or group.root.head(doc).dep_ not in _SUBJECTS or group.root.best is None:
        return None
    role = knowledge.roles.get(group.root.best.key)
    if role is None or role.kind != "role" or not role.sector or role.sector in _OTHER_PARTY_SECTORS \
            or entities[0].sector != role.sector:
        return None
    return role.sector


def _org_described_later(doc: Doc, coded: list[tuple[Group, list[Entity]]],
                         sentence_of: list[int], state: _State, knowledge: ActorKnowledge) -> None:
    """"Velmar said profits fell. The company blamed the war": an organisation whose name says
    nothing of what it is, the latest one before "the" and a noun naming a kind of
    organisation (cues.tsv org-noun) in the same or the next sentence, is of that kind; where
    no country placed it, it is the article's (in every mention of the name, in place)."""
    for index, (group, entities) in enumerate(coded):
        if len(entities) != 1 or not _kind_noun(doc, group, entities[0], knowledge):
            continue
        before = [(g, e) for g, es in coded[:index] for e in es]
        if not before or before[-1][1].kind != "organisation":
            continue
        named, org = before[-1]
        if org.known_as is not None or org.sector is not None or not unknown_name(named) \
                or sentence_of[group.start] - sentence_of[named.start] > 1:
            continue
        sector, country = entities[0].sector, org.country or state.country
        for _, found in coded:
            found[:] = [replace(e, sector=sector, country=e.country or country, kind=e.kind)
                        if e.kind == "organisation" and e.text == org.text and e.sector is None
                        else e for e in found]


def _kind_noun(doc: Doc, group: Group, entity: Entity, knowledge: ActorKnowledge) -> bool:
    """Whether a mention is "the" and one singular noun naming a kind of organisation with a
    sector of its own: "the company", "the newspaper" (not "the group")."""
    return doc[group.start].lower_ == "the" and group.end - group.start == 2 \
        and len(group.units) == 1 and group.root.kind == ROLE and not group.plural \
        and knowledge.cue("org-noun", doc[group.end - 1].text) \
        and entity.sector not in (None, "UNK")


def _is_description(doc: Doc, group: Group, entity: Entity, knowledge: ActorKnowledge) -> bool:
    """"The Australian actor", "the 45-year-old Canadian": one person named by a demonym and
    at most an occupation (not a state body, whose sectors are the country's own)."""
    if doc[group.start].lower_ != "the" or group.plural or entity.country is None \
            or entity.kind not in ("nominal", "country") \
            or entity.sector in _STATE_SECTORS or entity.office \
            or group.root.head(doc).dep_ not in _SUBJECTS \
            or not any(u.kind == DEMONYM for u in group.units) \
            or any(u.kind not in (DEMONYM, ROLE) for u in group.units):
        return False
    role = group.root.best
    return group.root.kind == DEMONYM or (role is not None and role.key in knowledge.roles
                                          and knowledge.roles[role.key].kind == "role")


def _subject_before(doc: Doc, coded: list[tuple[Group, list[Entity]]], group: Group
                    ) -> Entity | None:
    """The most recent person, before ``group``, that is the subject of another clause."""
    verb = group.root.head(doc).head
    for other, entities in reversed(coded):
        head = other.root.head(doc)
        if len(entities) == 1 and entities[0].kind == "person" and head.dep_ in _SUBJECTS:
            return entities[0] if head.head != verb else None
    return None


# ---- party nouns ------------------------------------------------------------------------

def _is_party_noun(group: Group, knowledge: ActorKnowledge) -> bool:
    best = group.root.best
    return best is not None and best.kind == ROLE and knowledge.roles[best.key].kind == "party"


def _party_entities(doc: Doc, group: Group, entity: Entity, state: _State,
                    knowledge: ActorKnowledge, sentence: int) -> list[Entity]:
    if entity.country is not None:  # "the Afghan side"
        return [replace(entity, sector=entity.sector or _party_sector(state, entity.country),
                        kind=entity.kind)]
    if not has_party_determiner(doc, group, knowledge):
        return [entity]
    countries = _meeting_parties(state, sentence) or _salient_countries(state)
    return [replace(entity, country=c, sector=_party_sector(state, c), kind=entity.kind)
            for c in countries] or [entity]


def _meeting_parties(state: _State, sentence: int) -> list[str]:
    """The first two distinct countries of the latest meeting sentence before the mention.

    The first ones, not the last: a talks sentence names its parties before whatever they
    talked about ("the Afghan side acknowledged India's concerns about Pakistan-based ...").
    """
    for index in range(sentence, sentence - _LOOKBACK_SENTENCES, -1):
        if index not in state.meeting_sentences:
            continue
        found = _first_countries([e for s, e in state.seen if s == index])
        if len(found) >= 2:
            return found[:2]
    return []


def _salient_countries(state: _State) -> list[str]:
    counts = Counter(e.country for _, e in state.seen if e.country)
    return [c for c, _ in counts.most_common(2)] if len(counts) >= 2 else []


def _first_countries(entities: list[Entity]) -> list[str]:
    found: list[str] = []
    for entity in entities:
        if entity.country and entity.country not in found:
            found.append(entity.country)
    return found


def _party_sector(state: _State, country: str) -> str | None:
    for _, entity in reversed(state.seen):
        if entity.country == country and entity.sector in _PARTY_SECTORS:
            return entity.sector
    return None


# ---- sentences --------------------------------------------------------------------------

def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _meeting_sentences(doc: Doc, knowledge: ActorKnowledge) -> set[int]:
    cues = knowledge.cues.get("meeting-word", ())   # knowledge.cue's test, for every word
    return {number for number, sent in enumerate(doc.sents)
            if any(normalise(t.text) in cues for t in span_tokens(sent))}
