"""Coding one mention (a :class:`~eventwire.actors.mentions.Group`) as an Entity.

Sector comes from the role noun (a "member" noun such as "spokesman" takes the sector of
the organisation named beside it), else from the knowledge base on the publication date;
"former"/"ousted" make it ELI. Country comes from a known person, else from the nearest
possessive/adjective/compound country left of the head ("India's", "Afghan", "US"), else
from an "of" complement ("minister of India"), else from the organisation. Nothing found
means None: we never guess.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire import datafiles
from eventwire.actors.affiliation import (
    body_name,
    goods_head_sector,
    intergovernmental_name,
    name_country,
    name_head_sector,
    name_heads,
    org_name_sector,
    private_body,
    state_body_sector,
    station_name,
    title_sector,
)
from eventwire.actors.ambiguity import sector_reading, shared_row
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
    Period,
    Role,
    normalise,
)
from eventwire.actors.mentions import Group, Unit
from eventwire.actors.tables import NON_STATE
from eventwire.records import Entity

_COUNTRY_KINDS = (COUNTRY, DEMONYM, CAPITAL, METONYM, PLACE)
# role nouns that, named after a country ("Bank of Japan"), are that state's institution
_STATE_NAMED = {"bank": "GOV"}
# lower-case words inside an organisation's name ("the Society for the Study of Rights")
_NAME_SMALL_WORDS = frozenset({"the", "of", "for", "and", "&"})
# sectors of private callings: having left one makes no former official
_PRIVATE_SECTORS = frozenset({"CVL", "BUS", "MED", "JRN", "REF", "REL", "EDU", "LAB", "AGR",
                              "CRM", "SOC"})
_LEAD_VERBS = frozenset({"head", "lead", "chair", "run", "command", "direct", "helm"})
# offices won in an election campaign, and how long before the term a campaign runs
_ELECTED_OFFICES = frozenset({"President", "Prime Minister"})
_CAMPAIGN_DAYS = 366


@dataclass
class _Parts:
    """A mention's units sorted by what they contribute."""

    person: Unit | None
    org: Unit | None
    title: Unit | None       # the role noun naming the office or group
    modifiers: list[Unit]    # "former", "acting" ...
    places: list[Unit]       # country, demonym, capital, metonym units usable for country
    # the person whose staff the named person is: "Clinton" in "Clinton spokesman Jesse Lehrich"
    principal: Unit | None = None


def code_group(doc: Doc, group: Group, knowledge: ActorKnowledge, text: str,
               date: dt.date | None) -> Entity:
    """The Entity for one mention; offsets are character offsets into ``text``."""
    parts = _parts(doc, group, knowledge)
    start, end = doc[group.start].idx, doc[group.end - 1].idx + len(doc[group.end - 1].text)
    person_row, former = _person_row(parts.person, knowledge, date)
    org_row = _org_row(parts.org, knowledge, date, _role(parts.title, knowledge))
    entity = Entity(
        text=text[start:end], start=start, end=end,
        name=_name(doc, group, parts, person_row, org_row, knowledge),
        country=_country(doc, group, parts, person_row, org_row, knowledge, date),
        sector=_sector(doc, parts, person_row, former, org_row, knowledge, group),
        office=_office(doc, parts, person_row, former, knowledge),
        known_as=_known_as(parts, person_row, org_row),
        kind=_kind(doc, group, parts),
    )
    led = led_organisation(doc, group, knowledge, date) if entity.kind == "person" else None
    if led is not None and led.id and entity.sector is None:
        entity = replace(entity, country=entity.country or led.country, sector=led.sector,
                         office=entity.office or f"Head of {led.name}", kind=entity.kind)
    entity = _named_sector(doc, group, parts, entity, (person_row, org_row), knowledge)
    entity = _principal(parts, person_row, entity, knowledge, date)
    entity = _language_service(doc, group, entity, knowledge, date)
    entity = _union_of_calling(doc, group, entity, org_row, knowledge)
    entity = _named_after_known(doc, group, entity)
    return _party_adjective(doc, group, entity, parts, knowledge, date)


# sectors a head word after a known name does not give it: a force's unit or command is the
# force's or the state's ("Hamas Command"), which the known name already says
_NOT_NAMED_AFTER = frozenset({"MIL", "COP"})
# sectors of the known organisations whose names others are named after as a founder's ("the
# Toyota Foundation", "the Reuters Institute"); a civic or a state body's name with one more
# head word is that body still ("the Red Crescent Society")
_FOUNDING_SECTORS = frozenset({"BUS", "JRN"})


def _named_after_known(doc: Doc, group: Group, entity: Entity) -> Entity:
    """A known person's or organisation's name inside a longer name ending in capitalised
    words whose head word says what kind of organisation it is: "the Nelson Mandela
    Foundation", "the Dangote Foundation", "the Tata Trust" are charities (SOC), not the
    man or the company; "the Reuters Institute" a research body. The known name still gives
    the country; the head word the sector (name-patterns.tsv kind head)."""
    if entity.kind not in ("person", "organisation"):
        return entity
    known = [u for u in group.units if (u.best is not None and u.kind == ORG) or u.kind == PERSON]
    if not known or len(known) != sum(u.kind in (PERSON, ORG) for u in group.units):
        return entity
    end = max(u.end for u in known)
    tail = doc[end:group.end]
    if not len(tail) or not all(t.is_title or t.is_upper for t in tail if t.is_alpha) \
            or any(t.tag_ == "POS" or t.is_punct for t in tail) \
            or any(u.kind == ROLE and u.start >= end for u in group.units):
        return entity
    found = name_head_sector(doc[group.start:group.end].text)
    if found is None or found in _NOT_NAMED_AFTER or (entity.kind == "organisation" and (
            found == entity.sector or entity.sector not in _FOUNDING_SECTORS)):
        return entity
    words = doc[group.start:group.end]
    name = words[1:].text if words[0].lower_ == "the" else words.text
    return replace(entity, sector=found, office=None, known_as=None, name=name,
                   kind="organisation")


def _union_of_calling(doc: Doc, group: Group, entity: Entity, org_row: Period | None,
                      knowledge: ActorKnowledge) -> Entity:
    """A union named after a calling is labour, not the calling's sector: "the Union of
    Nurses", "the teachers' union" (cues.tsv labour-body), and so is a body of workers, "the
    Association of Farm Workers" (members-body with a LAB role noun). A sectors.tsv row for
    the calling and the head together ("students union": EDU) keeps its sector."""
    if org_row is not None or entity.kind == "person" or entity.sector in (None, "LAB"):
        return entity
    words = doc[group.start:group.end]
    head = _name_head_word(words)
    callings = {normalise(t.text.rstrip("'")) for t in words if t.is_alpha} - {head}
    roles = [knowledge.roles.get(w) for w in callings]
    sectors = {r.sector for r in roles if r is not None and r.kind == "role"}
    if any(f"{w} {head}" in knowledge.roles for w in callings):
        return entity
    # "the Labour Party Congress" is a party's: a party's name makes no workers' body
    workers = "LAB" in sectors or ("party" not in callings and any(
        knowledge.cue("labour-word", w) or knowledge.cue("labour-body", w) for w in callings))
    if (knowledge.cue("labour-body", head) and sectors) or (knowledge.cue("members-body", head) and workers):
        return replace(entity, sector="LAB", kind=entity.kind)
    return entity


def _name_head_word(words: Span) -> str:
    """The lower-cased last word of a mention before an "of"/"for" complement ("Union" in
    "the Union of Nurses"), else its last word."""
    cut = next((t.i for t in words if t.lower_ in ("of", "for") and t.i > words.start), words.end)
    return normalise(words.doc[cut - 1].text) if cut > words.start else ""


def _language_service(doc: Doc, group: Group, entity: Entity, knowledge: ActorKnowledge,
                      date: dt.date | None) -> Entity:
    """An outlet's service in a language, "<outlet>'s <language> Service" ("Meridian Radio's
    Somali Service", "VOA's Urdu Service"), is the outlet's journalism (JRN of the outlet's
    country when it is known), not the country whose demonym names the language, nor a
    state's service; a country's own ("Kenya's Wildlife Service") is no outlet's."""
    if group.end - group.start < 4:
        return entity   # no Span made for the shorter names
    words = doc[group.start:group.end]
    if len(words) < 4 or normalise(words[-1].text) != "service":
        return entity
    language = words[-2].text
    if not language[:1].isupper() or words[-3].tag_ != "POS" or not (
            knowledge.cue("language", language)
            or any(e.kind == DEMONYM for e in knowledge.lookup((normalise(language),)))):
        return entity
    # the owner's name: units before the possessive (one may span the whole name), or
    # capitalised words the lexicon left out for the demonym inside the recogniser's name
    owner = [u for u in group.units if u.start < words[-3].i]
    if not words[-4].text[:1].isupper() \
            or any(u.kind in (COUNTRY, CAPITAL, METONYM, DEMONYM) for u in owner):
        return entity
    known = next((knowledge.org_at(u.best.key, date) for u in owner
                  if u.best is not None and u.kind == ORG), None)
    return replace(entity, country=known.country if known is not None else None, sector="JRN",
                   kind="organisation")


def _principal(parts: _Parts, person_row: Period | None, entity: Entity,
               knowledge: ActorKnowledge, date: dt.date | None) -> Entity:
    """A staff member the knowledge base does not know, named with the person they serve
    ("Clinton spokesman Jesse Lehrich", "Merkel aide Ana Ruiz"), acts for that person: their
    country and sector (a candidate's spokesman is PTY, a chancellor's GOV)."""
    if parts.principal is None or person_row is not None or parts.org is not None:
        return entity
    row, former = _person_row(parts.principal, knowledge, date)
    if row is None:
        return entity
    # a principal out of office on the date still says whose staff they are, not what for
    sector = entity.sector if former or not row.sector else row.sector
    return replace(entity, country=row.country or entity.country, sector=sector,
                   kind=entity.kind)


def _named_sector(doc: Doc, group: Group, parts: _Parts, entity: Entity,
                  rows: tuple[Period | None, Period | None], knowledge: ActorKnowledge
                  ) -> Entity:
    """What the words of a name say: a title right before it, narrower than the noun alone
    and so outranking a known person's row ("Representative Jason Crow"), or the head word
    of an organisation the knowledge base does not know and the country it
    names ("Australian Strategic Policy Institute": AUS EDU)."""
    person_row, org_row = rows
    if entity.kind == "person" and entity.sector != "ELI" and parts.title and parts.person:
        found = title_sector(doc, parts.title.start, parts.title.end, parts.person.start)
        return replace(entity, sector=found, kind=entity.kind) if found else entity
    country = (entity.country or name_country(doc, group.start, group.end, knowledge)) \
        if entity.kind == "organisation" else entity.country
    # a country's word in the name makes it that country's body, however international its
    # other words ("the U.S. International Trade Commission" is no body of governments)
    national = any(u.kind in (COUNTRY, DEMONYM) for u in parts.places) or (
        country is not None and country != entity.country)
    if entity.kind == "organisation" and org_row is None and unknown_name(group) \
            and intergovernmental_name(entity.text, knowledge) and not national:
        private, calling = private_body(entity.text, knowledge)
        if private:
            # "the World Council of Churches" (REL), "the World Boxing Council": private
            # bodies acting across countries
            return replace(entity, country="NGO", sector=calling or entity.sector,
                           kind=entity.kind)
        # a telling word says what the body deals with ("the World Health Organization" MED)
        found = org_name_sector(entity.text) or "GOV"
        return replace(entity, country="IGO", sector=found, kind=entity.kind)
    if entity.kind != "organisation" or org_row is not None or entity.sector is not None:
        return entity
    # a state's body with its country's word ("the Kenya Wildlife Service") is the state's
    state = state_body_sector(entity.text) if country is not None and unknown_name(group) \
        else None
    found = org_name_sector(entity.text) or org_name_sector(_before_country(doc, group, knowledge)) \
        or state or _head_role_sector(doc, group, knowledge) \
        or (goods_head_sector(entity.text) if not national and _goods_company(doc, group) else None)
    if found is None and country is not None and unknown_name(group) \
            and not body_name(entity.text):
        # a country in a name no word of which says what it is: most such names are
        # companies' ("Fiji Island Auto"); a government's body has a role noun in its name,
        # a civic or political one a body's word ("the Cambodian League"); one ending in a
        # plural demonym names people, the recogniser's ORG over a capitalised adjective
        # ("Ordinary Nigerians queued", "Young Kenyans"): CVL, as "ordinary Russians" is
        found = "CVL" if _people_plural(doc[group.end - 1], knowledge) else "BUS"
    if found is None:
        return entity
    return replace(entity, sector=found, country=country, kind=entity.kind)


def _goods_company(doc: Doc, group: Group) -> bool:
    """Whether a name ending in goods (name-patterns.tsv goods: "Tarkwa Gold") is a company's
    by what the text says of it: the recogniser tagged it an organisation, and people work "at"
    it ("miners at Tarkwa Gold") or the sentence goes on to call it "it" before any personal
    pronoun ("Tarkwa Gold said it would ..."). A name of two capitalised words is often a
    person's, a prize's or a currency's ("David Gold", "Olympic Gold")."""
    if group.root.label != "ORG" or group.end - group.start < 2:
        return False
    if group.start > 0 and doc[group.start - 1].lower_ == "at" and doc[group.start - 1].head.pos_ == "NOUN":
        return True
    return called_it(doc, group.end, doc[group.end - 1].sent.end)


def called_it(doc: Doc, start: int, stop: int) -> bool:
    """Whether "it" or "its" comes in ``doc[start:stop]`` (the rest of a name's sentence)
    before any personal pronoun: the name is a thing's or a company's, no person's
    ("Mercedes said it would recall 10,000 cars")."""
    for token in doc[start:stop]:
        if token.lower_ in ("he", "she", "his", "her", "him"):
            return False
        if token.lower_ in ("it", "its"):
            return True
    return False


def _people_plural(token: Token, knowledge: ActorKnowledge) -> bool:
    """Whether the token is a demonym in the plural, a people ("Nigerians", "Kenyans")."""
    return token.tag_ == "NNPS" and token.text[-1:] == "s" \
        and any(e.kind == DEMONYM for e in knowledge.lookup((normalise(token.text),)))


def _before_country(doc: Doc, group: Group, knowledge: ActorKnowledge) -> str:
    """An unknown name without the country's name ending it, whose last word is then its
    head: "the Tarvo Peace Foundation USA" -> "the Tarvo Peace Foundation" (a chapter's or a
    branch's name)."""
    for start in range(group.start + 2, group.end):
        words = tuple(normalise(t.text) for t in doc[start:group.end])
        if any(e.kind == COUNTRY for e in knowledge.lookup(words)):
            return doc[group.start:start].text
    return ""


def _head_role_sector(doc: Doc, group: Group, knowledge: ActorKnowledge) -> str | None:
    """The sector of a role noun ending an unknown name ("the Liberty Reform Party": PTY),
    where a known organisation's name inside it took the noun from the role table."""
    if not unknown_name(group):
        return None
    role = knowledge.roles.get(normalise(doc[group.end - 1].text))
    if role is None or role.kind not in ("member", "role"):
        return None
    return role.sector or None


def unknown_name(group: Group) -> bool:
    """Whether the mention is a name the recogniser found and the knowledge base does not
    know, holding no known person or organisation."""
    return any(u.best is None and u.label == "ORG" for u in group.units) \
        and not any(u.kind in (ORG, PERSON) for u in group.units if u.best is not None)


def led_organisation(doc: Doc, group: Group, knowledge: ActorKnowledge,
                     date: dt.date | None) -> Period | None:
    """The known organisation a person "who heads/leads/chairs" according to a relative
    clause on the name: "Stanekzai, who heads the Taliban's political office"."""
    if group.root.kind != PERSON:
        return None
    clause = next((c for c in group.root.head(doc).children if c.dep_ == "relcl"
                   and c.lemma_.lower() in _LEAD_VERBS
                   and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)), None)
    if clause is None:
        return None
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    for unit in group.nearby:
        if objects and doc[unit.start] in objects[0].subtree:
            return _org_row(unit, knowledge, date)
    return None


def _parts(doc: Doc, group: Group, knowledge: ActorKnowledge) -> _Parts:
    person = next((u for u in group.units if u.kind == PERSON), None)
    # the head's own organisation before any it is named through: "the UN's World Food
    # Programme" is the WFP, which the UN owns
    known = [u for u in group.units if u.kind == ORG and u.best is not None]
    org = group.root if group.root in known else next(iter(known), None)
    if person is None:
        person = _misread_person(doc, group, knowledge)
    roles = [u for u in group.units if u.kind == ROLE]
    modifiers = [u for u in roles if _role(u, knowledge).kind == "modifier"]  # type: ignore[union-attr]
    titles = [u for u in roles if u not in modifiers]
    title = group.root if group.root in titles else _title_for(person, titles)
    title = _specific_title(title, titles, knowledge)
    places = [u for u in group.units if u.kind in _COUNTRY_KINDS and u.mark is None]
    principal = served_person(group, knowledge)
    if principal is not None:
        person = named_person(group, knowledge)
    return _Parts(person, org, title, modifiers, places, principal)


def served_person(group: Group, knowledge: ActorKnowledge) -> Unit | None:
    """The person a mention names as the one its person serves: "Clinton" in "Clinton
    spokesman Jesse Lehrich" (two names, a member title between them)."""
    people = [u for u in group.units if u.kind == PERSON]
    if len(people) != 2:
        return None
    between = [u for u in group.units if u.kind == ROLE and people[0].end <= u.start
               and u.end <= people[1].start]
    role = _role(between[-1], knowledge) if between else None
    return people[0] if role is not None and role.kind == "member" else None


def named_person(group: Group, knowledge: ActorKnowledge) -> Unit:
    """The person a mention of a person is about: the staff member, not the one they serve
    (:func:`served_person`), else its first name."""
    people = [u for u in group.units if u.kind == PERSON]
    return people[-1] if served_person(group, knowledge) is not None else people[0]


def _is_office(role: Role | None) -> bool:
    return role is not None and bool(role.office) and role.kind != "modifier"


def _misread_person(doc: Doc, group: Group, knowledge: ActorKnowledge) -> Unit | None:
    """An unknown "ORG" name in apposition with an office title is a person ("JP Singh, the
    Joint Secretary"), and so is one of two or three capitalised words, none of them an
    organisation's head word, beside a singular noun of a person ("Dana Wierzba, a farmer",
    "Constable Brett Auclair") or a noun of a member ("Ama Owusu, head of the union"): the
    small model often labels short names ORG."""
    unknown = next((u for u in group.units if u.best is None and u.label == "ORG"), None)
    if unknown is None or unknown.end - unknown.start > 3:
        return None
    roles = [u for u in group.units if u.kind == ROLE]
    if not any(_is_office(_role(u, knowledge)) for u in roles) \
            and not (_bare_name(doc, unknown) and _person_verb_after(doc, unknown, knowledge)) \
            and not (any(_person_noun(doc, u) or _role(u, knowledge).kind == "member"  # type: ignore[union-attr]
                         for u in roles) and _bare_name(doc, unknown)):
        return None
    unknown.label = "PERSON"
    return unknown


def _person_verb_after(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether the word after the name is a verb in the present only people do to a body
    (cues.tsv person-verb): "Ana Ruiz chairs the Delmar Energy board"."""
    word = doc[unit.end].lower_ if unit.end < len(doc) else ""
    return word.endswith("s") and knowledge.cue("person-verb", word[:-1])


def _person_noun(doc: Doc, unit: Unit) -> bool:
    """Whether a role noun is one person by its form: singular, ending as nouns of people
    end ("farmer", "activist", "resident": kb_build/agent_suffixes.tsv)."""
    last = doc[unit.end - 1]
    return last.tag_ == "NN" and last.lower_.endswith(_agent_suffixes())


@functools.lru_cache(maxsize=1)
def _agent_suffixes() -> tuple[str, ...]:
    return datafiles.words("actors", "kb_build/agent_suffixes.tsv", overlay=False)


def _bare_name(doc: Doc, unit: Unit) -> bool:
    """Two or three capitalised words, none the head word of an organisation's name nor a
    trade's word that makes a name a company's ("Velmont Shipping")."""
    words = doc[unit.start:unit.end]
    return len(words) >= 2 and all(t.is_alpha and t.is_title for t in words) \
        and not any(normalise(t.text) in name_heads() for t in words) \
        and org_name_sector(words.text) is None


def _specific_title(title: Unit | None, titles: list[Unit],
                    knowledge: ActorKnowledge) -> Unit | None:
    """A generic container noun gives way to a specific one beside it ("Union of Teachers",
    "member of the Syrian parliament", "leader of the opposition"), a military rank to a police
    noun ("police Lt. Ana Ruiz": the rank is the police's)."""
    role = _role(title, knowledge)
    if role is None or role.kind != "member" or role.sector not in ("UNK", "LAB", "SOC", "GOV", "MIL"):
        return title
    specific = [u for u in titles if u is not title and _role(u, knowledge).kind == "role"  # type: ignore[union-attr]
                # a military rank yields only to a police noun: "police Lt. Ana Ruiz"
                and (role.sector != "MIL" or _role(u, knowledge).sector == "COP")]  # type: ignore[union-attr]
    return specific[-1] if specific else title


def _title_for(person: Unit | None, titles: list[Unit]) -> Unit | None:
    """The role noun nearest before the person's name, else the first one after it."""
    if not titles:
        return None
    if person is None:
        return titles[-1]
    before = [u for u in titles if u.end <= person.start]
    return before[-1] if before else titles[0]


def _person_row(unit: Unit | None, knowledge: ActorKnowledge,
                date: dt.date | None) -> tuple[Period | None, bool]:
    if unit is None or unit.best is None:
        return None, False
    if unit.ambiguous:
        return shared_row(unit, knowledge, date), False
    row, former = knowledge.person_at(unit.best.key, date)
    rows = knowledge.people.get(unit.best.key, [])
    if (row is None or former) and date is not None:
        running = _running(rows, date)
        if running is not None:
            return running, False
    if row is None:  # before the first dated row: the country is still known
        return (replace(rows[0], sector="", office=None) if rows else None), False
    return row, former


def _running(rows: list[Period], date: dt.date) -> Period | None:
    """Months before a term as president or prime minister, out of office: the person is
    a candidate, a party actor ("Donald Trump" in September 2016 -> USA PTY)."""
    coming = [r for r in rows if r.start is not None and date < r.start
              and (r.start - date).days <= _CAMPAIGN_DAYS and r.office in _ELECTED_OFFICES]
    return replace(coming[0], sector="PTY", office=None) if coming else None


def _org_row(unit: Unit | None, knowledge: ActorKnowledge, date: dt.date | None,
             role: Role | None = None) -> Period | None:
    """The organisation's row on ``date``; for an ambiguous name, the one reading whose
    sector the role noun beside it names ("RSF fighters"), else what the readings share."""
    if unit is None or unit.best is None:
        return None
    if unit.ambiguous:
        return sector_reading(unit, knowledge, date, role.sector if role else None) or \
            shared_row(unit, knowledge, date)
    return knowledge.org_as_last_seen(unit.best.key, date)


def _role(unit: Unit | None, knowledge: ActorKnowledge) -> Role | None:
    return knowledge.roles.get(unit.best.key) if unit is not None and unit.best else None


def _sector(doc: Doc, parts: _Parts, person_row: Period | None, former: bool, org_row: Period | None,
            knowledge: ActorKnowledge, group: Group) -> str | None:
    role = _role(parts.title, knowledge)
    if _former(parts, knowledge) and (person_row is not None or (
            role is not None and role.sector not in _PRIVATE_SECTORS)):
        # "former" needs a public post to have left: "a former college football player",
        # "a former university lecturer" are no elite (ELI is former officials)
        return "ELI"
    if role is not None and role.kind == "member" and parts.principal is not None \
            and org_row is None and not former and person_row is not None and person_row.sector:
        # "Trump spokeswoman Hope Hicks": a known staff member's own post says what they do
        # for the one they serve better than the title's default sector (a spokesman GOV)
        return person_row.sector
    if role is not None:
        beside = org_row if _beside(doc, parts.org, parts.title) else None
        named = _unknown_org_sector(doc, group) if org_row is None and role.kind == "member" else None
        return _state_named(role, parts, group) or _role_sector(role, beside, named)
    if person_row is not None and parts.person is not None:
        return "ELI" if former else (person_row.sector or None)
    if org_row is not None:
        return org_row.sector or None
    owned = _owner_sector(doc, group, parts.person) if parts.person is not None else None
    if owned is not None:
        return owned
    if group.root.kind in (CAPITAL, METONYM) or _country_acting(doc, group, knowledge):
        return "GOV"
    if group.root.kind == DEMONYM and _kind_is_group(group, doc):
        # "Nigerians", "ethnic Albanians": people of a country
        return "GOV" if _nation_acting(doc, group) else "CVL"
    return None


def _beside(doc: Doc, org: Unit | None, title: Unit | None) -> bool:
    """Whether no colon or semicolon parts the organisation from the title: a member title
    belongs to "Toyota" in "Toyota president", not to the interviewer in "VOA: Russia's
    President Vladimir Putin ...?" (a comma may: "UNICEF, the UN children's agency")."""
    if org is None or title is None:
        return True
    start, end = (org.end, title.start) if org.end <= title.start else (title.end, org.start)
    return not any(t.text in (":", ";") for t in doc[start:end])


def _unknown_org_sector(doc: Doc, group: Group) -> str | None:
    """The sector the name of an organisation the knowledge base does not know states, when
    the mention names one beside a member title: "Mark Dunn, chairman of Harbour Holdings"
    is a business person as "chairman of Toyota" is (name-patterns.tsv)."""
    for unit in group.units:
        if unit.best is None and unit.label == "ORG":
            found = org_name_sector(doc[unit.start:unit.end].text)
            if found is not None:
                return found
    return None


def _owner_sector(doc: Doc, group: Group, person: Unit) -> str | None:
    """"The Harbour Courier's Anna Meyer": the sector the name of an organisation the
    knowledge base does not know states, when the organisation owns the person's name as
    "CNN's" does (the recogniser often tags no organisation there)."""
    end = person.start - 1
    if end <= group.start or doc[end].tag_ != "POS":
        return None
    words = doc[group.start:end]
    if len(words) == 1 and station_name(words.text):
        return "JRN"   # "WXRT's Maria Lopes", "NBC10's Tom Baker"
    if not all(t.is_title or t.lower_ in _NAME_SMALL_WORDS for t in words):
        return None
    return org_name_sector(words.text)


def _former(parts: _Parts, knowledge: ActorKnowledge) -> bool:
    """Whether "former"/"ousted" makes the mention a former official. Not when it follows the
    name while a title before the name gives the post held now: in "Representative Ana Ruiz,
    former chairwoman of the committee" the appositive tells an earlier post."""
    title, person = parts.title, parts.person
    # modifiers from here on follow a name that a title before it places in office
    cut = person.end if title is not None and person is not None and title.end <= person.start else None
    return any(_role(u, knowledge).sector == "ELI"  # type: ignore[union-attr]
               and (cut is None or u.start < cut) for u in parts.modifiers)


def _country_acting(doc: Doc, group: Group, knowledge: ActorKnowledge) -> bool:
    """A country named alone, not as a place ("China conducted drills", "Russia's veto",
    "talks between Russia and North Korea"), acts through its government, as a capital
    does; "in Liberia", "near Syria" name where, not who."""
    if group.root.kind != COUNTRY or len(group.units) != 1 or group.root.best is None \
            or group.root.best.key in NON_STATE:
        return False
    token = group.root.head(doc)
    if _in_longer_name(doc, group, token):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return not (token.dep_ == "pobj" and knowledge.cue("place-preposition", token.head.text))


def _in_longer_name(doc: Doc, group: Group, token: Token) -> bool:
    """Whether a country's name stands between capitalised words of a longer name, modifying
    one after it ("the Danube Russia Policy Center"): the name is about the country, not
    its government acting. A country opening the name places the body in it ("the Nigeria
    Center for Disease Control" is the state's)."""
    head, before = token.head, doc[group.root.start - 1] if group.root.start else None
    return token.dep_ == "compound" and group.root.end <= head.i < group.end \
        and head.pos_ == "PROPN" and head.text[:1].isupper() \
        and before is not None and before.i >= group.start and before.pos_ == "PROPN"


def _nation_acting(doc: Doc, group: Group) -> bool:
    """"The Russians cannot abide by the ceasefire", "the North Koreans tested a missile": a
    bare plural demonym with the definite article, subject of its clause, is the nation acting
    through its government; "ordinary Russians", "Russians living abroad" stay its people."""
    head = group.root.head(doc)
    return len(group.units) == 1 and head.dep_ in ("nsubj", "nsubjpass") \
        and doc[group.start].lower_ == "the" and group.root.start == group.start + 1 \
        and not any(t.dep_ in ("acl", "relcl", "prep") for t in head.children)


def _state_named(role: Role, parts: _Parts, group: Group) -> str | None:
    """"Bank of Japan", "the Bank of Korea": a bank named after a country (its "of"
    complement, not a town) is the central bank."""
    if role.phrase not in _STATE_NAMED or parts.title is not group.root:
        return None
    named = [u for u in parts.places if u.start > group.root.start and u.kind == COUNTRY]
    return _STATE_NAMED[role.phrase] if named else None


def _kind_is_group(group: Group, doc: Doc) -> bool:
    """A demonym standing for people: a plural ("Nigerians"), or one after "ethnic", which
    many ethnic names take in the singular form ("ethnic Baloch", "ethnic Rohingya")."""
    if group.root.best is None or group.root.best.kind != DEMONYM:
        return False
    start = group.root.start
    return group.plural or (start > 0 and doc[start - 1].lower_ == "ethnic")


def _role_sector(role: Role, org_row: Period | None, named: str | None) -> str | None:
    if role.kind == "party":
        return None
    if role.kind == "member" and org_row is not None:
        return org_row.sector or None
    if role.kind == "member" and named is not None:
        return named
    return role.sector if role.sector != "UNK" or org_row is None else org_row.sector or None


def _country(doc: Doc, group: Group, parts: _Parts, person_row: Period | None,
             org_row: Period | None, knowledge: ActorKnowledge, date: dt.date | None
             ) -> str | None:
    if person_row is not None and person_row.country:
        return person_row.country
    based = [u for u in parts.places if _base_of(doc, u, knowledge)]
    if based and based[0].best is not None:
        # "the Berlin-based Danube Russia Policy Center": where a body is based is its
        # country (docs/annotation.md §3), not a country its name is about
        return based[0].best.key
    head = group.root.start
    left = [u for u in parts.places if u.start < head or u is group.root]
    right = [u for u in parts.places if u not in left]
    if group.root.kind == PLACE and right and right[0].kind == COUNTRY and right[0].best is not None:
        return right[0].best.key   # "the Gulf Coast of Mexico": the country named, not a namesake's
    for unit in (left[::-1] if left else right):
        return unit.best.key  # type: ignore[union-attr]
    if org_row is not None and org_row.country:
        return org_row.country
    return _led_by(doc, group, knowledge) or _country_in_clause(group, knowledge, date)


def _led_by(doc: Doc, group: Group, knowledge: ActorKnowledge) -> str | None:
    """The country a mention with no country of its own says leads it, "<country>-led"
    (cues.tsv leader-suffix): "the Nigerian-led regional force", "a U.S.-led coalition". The
    sponsor's unit is no part of the mention ("US-backed" forces are not the US's), but the
    leader of a force or coalition is the actor CAMEO codes it as."""
    for i in range(group.start, group.end):
        leader, _, suffix = doc[i].text.rpartition("-")
        if leader and knowledge.cue("leader-suffix", suffix):   # one token: "U.S.-led"
            codes = [e.key for e in knowledge.lookup((normalise(leader),))
                     if e.kind in (COUNTRY, DEMONYM) and e.key not in NON_STATE]
            return codes[0] if codes else None
        if i + 2 < group.end and doc[i + 1].text == "-" \
                and knowledge.cue("leader-suffix", doc[i + 2].text):
            return name_country(doc, max(i - 1, group.start), i + 1, knowledge)
    return None


def _base_of(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether a place is written "<place>-based" ("Berlin-based", "Pakistan-based")."""
    token = unit.head(doc)
    return token.dep_ == "npadvmod" and knowledge.cue("base-suffix", token.head.text)


def _party_adjective(doc: Doc, group: Group, entity: Entity, parts: _Parts,
                     knowledge: ActorKnowledge, date: dt.date | None) -> Entity:
    """"Democratic Representative Jason Crow", "Labour MPs": a capitalised word before the
    title of a legislator or party member that, followed by "Party", names exactly one known
    party gives that party's country."""
    if entity.country is not None or entity.sector not in ("LEG", "PTY") or parts.title is None:
        return entity
    for token in doc[group.start:parts.title.start]:
        if not token.is_title:
            continue
        rows = [knowledge.org_at(e.key, date)
                for e in knowledge.lookup((normalise(token.text), "party")) if e.kind == ORG]
        countries = {r.country for r in rows if r is not None and r.sector == "PTY"}
        if len(rows) == 1 and len(countries) == 1:
            return replace(entity, country=countries.pop(), kind=entity.kind)
    return entity


def _country_in_clause(group: Group, knowledge: ActorKnowledge, date: dt.date | None
                       ) -> str | None:
    """An untitled country from an organisation in the head's own clause: "the Joint
    Secretary handling the division in the Ministry of External Affairs" -> IND."""
    for unit in group.nearby:
        row = _org_row(unit, knowledge, date)
        if row is not None and row.country and row.country not in ("IGO", "NGO", "UNO", "EUR"):
            return row.country
    return None


def _office(doc: Doc, parts: _Parts, person_row: Period | None, former: bool,
            knowledge: ActorKnowledge) -> str | None:
    role = _role(parts.title, knowledge)
    if role is not None and role.office and parts.title is not None:
        start = parts.title.start
        modifiers = {u.end: u for u in parts.modifiers if _role(u, knowledge).office}  # type: ignore[union-attr]
        while start in modifiers:
            start = modifiers[start].start
        return doc[start:parts.title.end].text
    if person_row is not None and parts.person is not None and not former \
            and parts.title is None:
        return person_row.office
    return None


def _name(doc: Doc, group: Group, parts: _Parts, person_row: Period | None,
          org_row: Period | None, knowledge: ActorKnowledge) -> str | None:
    if parts.person is not None:
        return person_row.name if person_row and person_row.name else \
            doc[parts.person.start:parts.person.end].text
    if org_row is not None and org_row.name:
        return org_row.name
    root = group.root
    if root.kind == PLACE or (root.kind == ORG and (root.best is None or root.ambiguous)):
        return doc[root.start:root.end].text
    if root.kind in _COUNTRY_KINDS and root.best is not None and root.best.key in knowledge.countries:
        return knowledge.countries[root.best.key]
    return None


def _known_as(parts: _Parts, person_row: Period | None, org_row: Period | None) -> str | None:
    if person_row is not None:
        return person_row.id or None
    return org_row.id or None if org_row is not None else None


def _kind(doc: Doc, group: Group, parts: _Parts) -> str:
    root = group.root
    if parts.person is not None:
        return "person"
    if root.kind == ORG:
        return "organisation"
    if root.kind in (COUNTRY, CAPITAL, METONYM, PLACE):
        return "country"
    if root.kind == DEMONYM:
        return "group" if group.plural else "country"
    return "group" if root.head(doc).tag_ in ("NNS", "NNPS") else "nominal"
