"""A fast generator of realistic synthetic event stores, for the benchmarks.

    .venv/bin/python bench/synthetic.py --events 1000000 --db sqlite:///tmp/big.db
    .venv/bin/python bench/synthetic.py --events 1000000 --db postgresql://user@host/db

Fills a fresh store (created by the product's own migrations, so the schema is exactly the
product's) with N events that look like coded news: articles from 300 sources published over
ten years (2015-2024), each with one to four events of PLOVER types at realistic frequencies
(CAMEO codes, modes, quad classes and intensities from the ontology tables), actors and
recipients from the ~200 countries of the actor tables with a skewed popularity and a set of
hot dyads (IND-AFG has thousands of events), sectors, places with coordinates, times,
quotes and a few novelty claims. Reports of one happening are spread over articles a few
days apart and deduplicated into happenings with their party index; articles reporting one
happening form a story, with the story-linking term index and document frequencies. Every
table that `Store.events`, `timeline`, `articles`, `stories` and the REST pages read is
filled consistently.

Rows go through the driver's bulk path: sqlite3 ``executemany`` with journaling and syncing
off and the secondary indexes dropped during the fill and rebuilt after it; PostgreSQL
``COPY`` (psycopg) with the secondary indexes rebuilt after it and the tables analysed.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import contextlib
import datetime as dt
import hashlib
import itertools
import json
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from sqlalchemy.engine import make_url

from eventwire.ontology import tables
from eventwire.store import Store
from eventwire.store import schema as S

START = dt.date(2015, 1, 1)
DAYS = 3652                      # 2015-01-01 .. 2024-12-31
EVENTS_PER_ARTICLE = (1, 2, 2, 3, 3, 4)
REPORT_SHARE = 0.4               # events that report a happening an earlier article reported
UNREAL_SHARE = 0.06              # future, hypothetical or negated events: no happening
ONE_PARTY_SHARE = 0.12           # events with a coded actor only
HOT_DYAD_SHARE = 0.35            # dyadic events between one of the hot dyads
POOL_DAYS = 3                    # a happening is reported again up to this many days later
SIGNATURE_WORDS = 12             # indexed words per article (the story-linking term index)
BATCH_ARTICLES = 5_000

# how often each PLOVER type appears in coded news (GDELT-like: talk dominates, then violence)
TYPE_SHARES = {"CONSULT": 25, "AGREE": 8, "SUPPORT": 6, "CONCEDE": 1, "COOPERATE": 6, "AID": 4,
               "RETREAT": 1, "REQUEST": 8, "ACCUSE": 8, "REJECT": 3, "THREATEN": 3, "PROTEST": 5,
               "SANCTION": 2, "MOBILIZE": 3, "COERCE": 7, "ASSAULT": 10}
TRIGGERS = {"CONSULT": "met", "AGREE": "agreed with", "SUPPORT": "backed", "CONCEDE": "conceded to",
            "COOPERATE": "worked with", "AID": "sent aid to", "RETREAT": "withdrew from",
            "REQUEST": "asked", "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened",
            "PROTEST": "protested against", "SANCTION": "sanctioned", "MOBILIZE": "mobilised against",
            "COERCE": "arrested members of", "ASSAULT": "attacked"}
# most reported countries first; the rest follow in the order of the actor tables
POPULAR = [
    "USA", "CHN", "RUS", "IND", "UKR", "ISR", "PAK", "AFG", "IRN", "GBR", "PSE", "FRA", "DEU", "TUR",
    "SYR", "IRQ", "JPN", "KOR", "PRK", "SAU", "EGY", "NGA", "BRA", "ZAF", "AUS", "CAN", "MEX", "IDN",
    "PHL", "BGD", "LBN", "YEM", "SDN", "SOM", "ETH", "KEN", "VEN", "COL", "MMR", "THA"
]
HOT_DYADS = [("IND", "PAK"), ("RUS", "UKR"), ("ISR", "PSE"), ("USA", "CHN"), ("IND", "AFG"),
             ("USA", "RUS"), ("AFG", "PAK"), ("USA", "IRN"), ("CHN", "IND"), ("ISR", "LBN"),
             ("USA", "ISR"), ("SAU", "YEM"), ("KOR", "PRK"), ("CHN", "TWN"), ("TUR", "SYR"),
             ("GBR", "FRA"), ("USA", "UKR"), ("IRN", "ISR"), ("EGY", "ISR"), ("ETH", "SOM")]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "EDU"]
OFFICES = {"GOV": "Foreign Minister", "MIL": "army chief", "REB": "rebel commander",
           "OPP": "opposition leader", "BUS": "business leader", "MED": "editor", "CVL": "activist",
           "JUD": "chief justice", "LEG": "speaker", "EDU": "university head"}
MODALITIES = ["future", "hypothetical", "reported_denied"]
WORDS = [
    "talks", "border", "ceasefire", "troops", "minister", "delegation", "summit", "agreement", "trade",
    "sanctions", "protest", "election", "parliament", "refugees", "humanitarian", "aid", "militants",
    "attack", "police", "village", "province", "capital", "embassy", "ambassador", "negotiations",
    "security", "forces", "government", "opposition", "rebels", "drone", "strike", "convoy", "visit",
    "statement", "warning", "cooperation", "investment", "pipeline", "water", "dispute", "treaty",
    "talks", "envoy", "court", "verdict", "arrest", "demonstrators", "curfew", "hostages",
    "negotiators", "elections", "coalition", "budget", "oil", "gas", "wheat", "exports", "imports",
    "port", "airport", "shelling", "artillery", "frontier", "patrol", "militia", "clan", "tribal",
    "leaders", "mosque", "temple", "school", "hospital", "earthquake", "flood", "drought", "famine",
    "vaccine", "outbreak", "cyber", "hackers", "spy", "satellite", "missile", "nuclear", "enrichment",
    "inspectors", "monitors", "observers", "peacekeepers", "mandate"
]
VOCABULARY = WORDS + [f"term{i}" for i in range(20_000)]
SOURCES = [f"{a} {b}" for a, b in itertools.product(
    ["Daily", "Morning", "Evening", "National", "Global", "Capital", "Frontier", "Coastal", "Valley",
     "Metro", "Central", "Northern", "Southern", "Eastern", "Western"],
    ["Herald", "Times", "Post", "Tribune", "Courier", "Observer", "Chronicle", "Gazette", "Monitor",
     "Wire", "Dispatch", "Star", "Express", "Standard", "Ledger", "Journal", "Review", "Sentinel",
     "Beacon", "Record"])]


# ---------------------------------------------------------------------- world model

@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capital: str
    lat: float
    lon: float


def _countries() -> list[Country]:
    """The state countries of the actor tables, most reported first, with a capital and a
    (synthetic, deterministic) position."""
    text = resources.files("eventwire.actors").joinpath("data/countries.tsv").read_text()
    found = {}
    for line in text.splitlines()[2:]:
        code, name, _aliases, _demonyms, capitals, *_ = (line + "\t" * 6).split("\t")
        if len(code) == 3 and capitals:
            seed = int(hashlib.sha1(code.encode()).hexdigest()[:8], 16)
            found[code] = Country(code, name, capitals.split("|")[0], round(seed % 12000 / 100 - 60, 4),
                                  round(seed // 12000 % 36000 / 100 - 180, 4))
    ordered = [found[c] for c in POPULAR if c in found]
    return ordered + [c for code, c in found.items() if code not in POPULAR]


class Sampler:
    """Draws from a fixed discrete distribution in O(log n)."""

    def __init__(self, items: list[Any], weights: Iterable[float]) -> None:
        self.items = items
        self.cumulative = list(itertools.accumulate(weights))

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass
class World:
    """What the generator draws from: countries, types with their CAMEO codes, sources."""

    countries: list[Country]
    country: Sampler
    hot_dyad: Sampler
    type_: Sampler
    codes: dict[str, list[tuple[str, str | None]]]
    source: Sampler
    by_code: dict[str, Country] = field(default_factory=dict)

    @classmethod
    def build(cls) -> World:
        countries = _countries()
        codes: dict[str, list[tuple[str, str | None]]] = collections.defaultdict(list)
        for code in tables.cameo().values():
            if code.plover_type and len(code.code) == 3:
                codes[code.plover_type].append((code.code, code.plover_mode))
        return cls(countries=countries,
                   country=Sampler(countries, [1 / (rank + 3) for rank in range(len(countries))]),
                   hot_dyad=Sampler(HOT_DYADS, [1 / (rank + 1) for rank in range(len(HOT_DYADS))]),
                   type_=Sampler(list(TYPE_SHARES), TYPE_SHARES.values()),
                   codes=dict(codes),
                   source=Sampler(SOURCES, [1 / (rank + 5) for rank in range(len(SOURCES))]),
                   by_code={c.code: c for c in countries})


# ---------------------------------------------------------------------- rows

@dataclass
class Happening:
    id: str
    type: str
    parties: list[str]                  # actor country first
    date_value: str
    date_end: str
    granularity: str
    value: str                          # the contract's date value ("2020-05" for a month)
    location: dict[str, Any]
    story: Story
    num_reports: int = 1
    intensity_sum: float = 0.0
    intensity_count: int = 0


@dataclass
class Story:
    id: str
    title: str
    first: str
    last: str
    day: int                            # the day index it last gained an article


TABLES = {
    "stories": ["id", "title", "first_published", "last_published"],
    "articles": ["id", "content_hash", "title", "published", "language", "source", "url", "origin",
                 "text", "removed", "meta", "coded", "terms", "story_id", "coder_version",
                 "ingested_at"],
    "happenings": ["id", "type", "parties", "date_value", "date_end", "granularity",
                   "location_country", "num_reports", "intensity_sum", "intensity_count"],
    "events": ["id", "article_id", "happening_id", "type", "mode", "quad", "cameo", "intensity",
               "date_value", "date_end", "granularity", "location_country", "modality", "negated",
               "background", "confidence", "data"],
    "participants": ["event_id", "role", "country", "sector", "name", "text", "start", "end"],
    "places": ["article_id", "text", "start", "end", "name", "country", "lat", "lon", "geonameid",
               "resolution"],
    "times": ["article_id", "text", "start", "end", "value", "value_end", "granularity"],
    "quotes": ["article_id", "speaker", "cue", "content", "data"],
    "claims": ["event_id", "kind", "text", "start", "end"],
    "happening_parties": ["happening_id", "country", "type", "date_value", "date_end"],
    "happening_dyads": ["a", "b", "date_value", "happening_id", "type", "intensity_sum",
                        "intensity_count"],
    "article_terms": ["term", "article_id", "published"],
    "term_stats": ["term", "df"],
    "ingest_log": ["run_id", "at", "origin", "doc_id", "status", "message"],
}
# tables whose integer id the database assigns
SERIAL_IDS = {name: {"id"} for name in ("participants", "places", "times", "quotes", "claims",
                                        "ingest_log")}


def check_schema() -> None:
    """Fail loudly when the product's schema has columns the generator does not fill."""
    for name, columns in TABLES.items():
        expected = {c.name for c in S.Base.metadata.tables[name].columns} - SERIAL_IDS.get(name, set())
        if expected != set(columns):
            raise SystemExit(f"bench/synthetic.py: table {name!r} changed (columns {sorted(expected)});"
                             " update TABLES")


Rows = dict[str, list[tuple[Any, ...]]]


class Generator:
    """Generates the store's rows day by day, in batches of about BATCH_ARTICLES articles."""

    def __init__(self, events: int, seed: int = 0, ingested: Any = None) -> None:
        self.rng = random.Random(seed)
        self.world = World.build()
        self.target = events
        self.made = 0
        self.articles = 0
        self.happenings = 0
        self.pool: collections.deque[tuple[int, Happening]] = collections.deque()
        self.open_stories: dict[str, Story] = {}
        self.df: collections.Counter[str] = collections.Counter()
        self.run_id = "synthetic-" + hashlib.sha1(str(seed).encode()).hexdigest()[:12]
        # the ingestion time, as the writer's driver takes it
        self.ingested = ingested or dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        per_article = sum(EVENTS_PER_ARTICLE) / len(EVENTS_PER_ARTICLE)
        self.per_day = max(1.0, events / per_article / DAYS)

    def batches(self) -> Iterator[Rows]:
        rows: Rows = collections.defaultdict(list)
        day = 0
        while self.made < self.target:
            date = START + dt.timedelta(days=day % DAYS)
            self._retire(day, rows)
            weekly = 0.75 if date.weekday() >= 5 else 1.1
            for _ in range(_poisson(self.rng, self.per_day * weekly)):
                if self.made >= self.target:
                    break
                self._article(day, date, rows)
                if len(rows["articles"]) >= BATCH_ARTICLES:
                    yield rows
                    rows = collections.defaultdict(list)
            day += 1
        self._retire(day + POOL_DAYS + 1, rows)
        for story in self.open_stories.values():
            rows["stories"].append((story.id, story.title, story.first, story.last))
        self.df[""] = self.articles   # the empty feature counts the articles themselves
        rows["term_stats"] = [(term, n) for term, n in self.df.items()]
        yield rows

    def _retire(self, day: int, rows: Rows) -> None:
        """Write the happenings and stories that no later article can report any more."""
        while self.pool and self.pool[0][0] < day - POOL_DAYS:
            rows["happenings"].append(_happening_row(self.pool.popleft()[1]))
        for story_id in [s for s, story in self.open_stories.items() if story.day < day - POOL_DAYS]:
            story = self.open_stories.pop(story_id)
            rows["stories"].append((story.id, story.title, story.first, story.last))

    def _article(self, day: int, date: dt.date, rows: Rows) -> None:
        rng, world = self.rng, self.world
        self.articles += 1
        article_id = f"syn-{self.articles:08d}"
        published = date.isoformat()
        source = world.source(rng)
        # (happening, real): unreal events (future, hypothetical, denied) report no happening
        reported = [self._happening(day, date, article_id)
                    for _ in range(rng.choice(EVENTS_PER_ARTICLE))]
        happenings = [h for h, _ in reported]
        story = happenings[0].story   # the story of the first happening the article reports
        for happening in happenings:  # the article's new happenings are in its story
            if happening.story.id not in self.open_stories:
                happening.story = story
        self.open_stories[story.id] = story
        story.last, story.day = max(story.last, published), day
        text = _TextBuilder()
        place = happenings[0].location
        coded_events = [self._event(f"{article_id}:ev-{number}", happening, real, text, rows)
                        for number, (happening, real) in enumerate(reported, 1)]
        events = [event for event, _ in coded_events]
        text.sentence(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize())
        quotes = self._quotes(text, events, article_id, rows)
        words = rng.sample(VOCABULARY[:len(WORDS) + 2000], 6) + rng.sample(VOCABULARY, SIGNATURE_WORDS - 6)
        text.sentence(" ".join(words).capitalize())
        body = text.text()
        terms = {w: 1.0 for w in words}
        terms.update({f"@{world.by_code[c].name.lower()}": 2.0 for h in happenings for c in h.parties})
        terms.update({f"#{h.value}": 1.5 for h in happenings if h.granularity == "day"})
        self.df.update(terms.keys())   # document frequencies: one per article and feature
        places = self._places(article_id, body, place, rows)
        times = self._times(article_id, events, rows)
        title = f"{events[0]['actor'][0]['text']} {TRIGGERS[events[0]['type']]} " \
                f"{(events[0]['recipient'] or [{'text': 'rivals'}])[0]['text']}"
        # the contract line, with each event's JSON (already written to its row) spliced in
        coded = json.dumps({"id": article_id, "title": title, "published": published, "language": "en",
                            "source": source, "text": body, "removed": [],
                            "actors": [e for event in events for e in event["actor"] + event["recipient"]],
                            "places": places, "times": times, "quotes": quotes, "errors": []})
        coded = coded[:-1] + ', "events": [' + ", ".join(j for _, j in coded_events) + "]}"
        url = f"https://{source.lower().replace(' ', '')}.example/{published}/{article_id}"
        rows["articles"].append((
            article_id, hashlib.sha256(body.encode()).hexdigest(), title, published, "en", source, url,
            f"synthetic/{article_id}.json", body, "[]", "{}", coded, json.dumps(terms), story.id,
            "synthetic", self.ingested))
        rows["article_terms"] += [(term, article_id, published) for term in list(terms)[:20]]
        rows["ingest_log"].append((self.run_id, self.ingested, f"synthetic/{article_id}.json",
                                   article_id, "stored", None))

    def _happening(self, day: int, date: dt.date, article_id: str) -> tuple[Happening, bool]:
        """What an event of the article reports, and whether it is real: an earlier happening
        still in the news, a new one, or (unreal events) one that is never stored."""
        if self.rng.random() < UNREAL_SHARE:
            return self._new_happening(day, date, article_id, keep=False), False
        if self.pool and self.rng.random() < REPORT_SHARE:
            # recent happenings are reported again more often than older ones
            happening = self.pool[-1 - int(self.rng.random() ** 3 * len(self.pool))][1]
            happening.num_reports += 1
            return happening, True
        return self._new_happening(day, date, article_id), True

    def _new_happening(self, day: int, date: dt.date, article_id: str, keep: bool = True) -> Happening:
        rng, world = self.rng, self.world
        self.happenings += 1
        type_ = world.type_(rng)
        if rng.random() < ONE_PARTY_SHARE:
            parties = [world.country(rng).code]
        elif rng.random() < HOT_DYAD_SHARE:
            parties = list(world.hot_dyad(rng))
            rng.shuffle(parties)
        else:
            parties = [world.country(rng).code]
            while (other := world.country(rng).code) == parties[0]:
                pass
            parties.append(other)
        when = date - dt.timedelta(days=min(rng.randrange(4), day))
        if rng.random() < 0.9:
            granularity, value = "day", when.isoformat()
            lo = hi = value
        else:
            granularity, value = "month", when.isoformat()[:7]
            lo, hi = f"{value}-01", _month_end(when).isoformat()
        country = world.by_code[parties[-1] if type_ in ("ASSAULT", "AID", "COERCE") else parties[0]]
        location = _place(rng, country)
        story = Story("s-" + article_id, "", date.isoformat(), date.isoformat(), day)
        id_ = "h-" + hashlib.sha1(f"{article_id}:{self.happenings}".encode()).hexdigest()[:16]
        happening = Happening(id_, type_, parties, lo, hi, granularity, value, location, story)
        if keep:
            self.pool.append((day, happening))
        return happening

    def _event(self, event_id: str, happening: Happening, real: bool, text: _TextBuilder,
               rows: Rows) -> tuple[dict[str, Any], str]:
        rng, world = self.rng, self.world
        self.made += 1
        type_ = happening.type
        cameo, mode = rng.choice(world.codes[type_])
        actors = [_entity(rng, world.by_code[happening.parties[0]])]
        recipients = [_entity(rng, world.by_code[c]) for c in happening.parties[1:]]
        trigger = TRIGGERS[type_]
        start = text.length()
        actor_span = text.add(actors[0].pop("_text"))
        text.add(" ")
        trigger_span = text.add(trigger)
        spans = []
        for entity in recipients:
            text.add(" ")
            spans.append(text.add(entity.pop("_text")))
        text.add(" in ")
        place_span = text.add(happening.location["name"])
        date_text = f" on {happening.value}" if happening.granularity == "day" else f" in {happening.value}"
        text.add(" ")
        date_span = text.add(date_text.strip())
        end = text.end_sentence()
        for entity, (lo, hi) in zip(actors + recipients, [actor_span, *spans], strict=True):
            entity["start"], entity["end"] = lo, hi
        location = {**happening.location, "start": place_span[0], "end": place_span[1],
                    "text": happening.location["name"]}
        modality = "asserted" if real else rng.choice(MODALITIES)
        intensity = tables.intensity(type_, mode)
        event = {
            "id": event_id, "type": type_, "mode": mode, "contexts": [], "actor": actors,
            "recipient": recipients,
            "date": {"value": happening.value, "value_end": None, "granularity": happening.granularity,
                     "text": date_text.strip(), "start": date_span[0], "end": date_span[1]},
            "location": location, "cameo": cameo, "quad": tables.quad(type_), "intensity": intensity,
            "trigger": {"text": trigger, "start": trigger_span[0], "end": trigger_span[1]},
            "sentence": {"index": text.sentences - 1, "start": start, "end": end},
            "negated": False, "modality": modality, "background": False, "attribution": None,
            "size": {"dead": rng.randrange(1, 60), "injured": None, "arrested": None, "quantities": []}
            if type_ == "ASSAULT" else None,
            "claims": [], "confidence": round(0.5 + rng.random() * 0.45, 2)}
        if rng.random() < 0.004:
            event["claims"] = [{"kind": "first", "text": "first", "start": trigger_span[0],
                                "end": trigger_span[1]}]
            rows["claims"].append((event_id, "first", "first", trigger_span[0], trigger_span[1]))
        if not happening.story.title:
            happening.story.title = f"{actors[0]['text']} {trigger} in {location['name']}"
        data = json.dumps(event)
        if real:
            happening.intensity_sum += intensity
            happening.intensity_count += 1
        rows["events"].append((
            event_id, event_id.split(":")[0], happening.id if real else None, type_, mode,
            event["quad"], cameo, intensity, happening.value, None, happening.granularity,
            location["country"], modality, False,
            False, event["confidence"], data))
        for role, entities in (("actor", actors), ("recipient", recipients)):
            rows["participants"] += [(event_id, role, e["country"], e["sector"], e["name"], e["text"],
                                      e["start"], e["end"]) for e in entities]
        return event, data

    def _quotes(self, text: _TextBuilder, events: list[dict[str, Any]], article_id: str,
                rows: Rows) -> list[dict[str, Any]]:
        if self.rng.random() < 0.5:
            return []
        speaker = events[0]["actor"][0]
        text.add('"')
        content = text.add(" ".join(self.rng.choice(WORDS) for _ in range(10)).capitalize())
        text.add('," ')
        who = text.add(speaker["name"])
        text.add(" ")
        cue = text.add("said")
        text.end_sentence()
        quote = {"speaker": {"text": speaker["name"], "start": who[0], "end": who[1]},
                 "cue": {"text": "said", "start": cue[0], "end": cue[1]},
                 "content": {"text": text.slice(*content), "start": content[0], "end": content[1]}}
        rows["quotes"].append((article_id, speaker["name"], "said", quote["content"]["text"],
                               json.dumps(quote)))
        return [quote]

    def _places(self, article_id: str, body: str, place: dict[str, Any], rows: Rows) -> list[dict[str, Any]]:
        start = body.find(place["name"])
        found = {**place, "text": place["name"], "start": start, "end": start + len(place["name"])}
        rows["places"].append((article_id, found["text"], found["start"], found["end"], found["name"],
                               found["country"], found["lat"], found["lon"], found["geonameid"],
                               found["resolution"]))
        return [found]

    def _times(self, article_id: str, events: list[dict[str, Any]], rows: Rows) -> list[dict[str, Any]]:
        found = []
        for event in events:
            date = event["date"]
            value = date["value"] if date["granularity"] == "day" else f"{date['value']}-01"
            end = None if date["granularity"] == "day" else \
                _month_end(dt.date.fromisoformat(value)).isoformat()
            found.append({"text": date["text"], "start": date["start"], "end": date["end"],
                          "value": value, "value_end": end, "granularity": date["granularity"]})
            rows["times"].append((article_id, date["text"], date["start"], date["end"], value, end,
                                  date["granularity"]))
        return found


def _happening_row(happening: Happening) -> tuple[Any, ...]:
    return (happening.id, happening.type, ",".join(sorted(happening.parties)), happening.date_value,
            happening.date_end, happening.granularity, happening.location["country"],
            happening.num_reports, happening.intensity_sum if happening.intensity_count else None,
            happening.intensity_count)


def dyad_rows(happening_rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The happening_dyads index of happening rows (one row per pair of party countries)."""
    rows = []
    for row in happening_rows:
        countries = row[2].split(",")   # sorted
        rows += [(a, b, row[3], row[0], row[1], row[8], row[9])
                 for n, a in enumerate(countries) for b in countries[n + 1:]]
    return rows


def party_rows(happening_rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The happening_parties index of happening rows (one row per party country)."""
    return [(row[0], country, row[1], row[3], row[4])
            for row in happening_rows for country in row[2].split(",")]


def _entity(rng: random.Random, country: Country) -> dict[str, Any]:
    sector = rng.choice(SECTORS)
    person = f"{country.name} {OFFICES[sector]}"
    name = f"{country.capital.split()[0]}-{rng.randrange(400)}"
    text = f"{person} {name}"
    return {"_text": text, "text": text, "start": 0, "end": 0, "name": name, "country": country.code,
            "sector": sector, "office": OFFICES[sector], "known_as": None}


def _place(rng: random.Random, country: Country) -> dict[str, Any]:
    if rng.random() < 0.5:
        name, lat, lon, resolution = country.capital, country.lat, country.lon, "city"
    else:
        number = rng.randrange(40)
        name = f"{country.capital.split()[0]} Province {number}"
        lat, lon, resolution = country.lat + number / 20, country.lon - number / 20, "admin1"
    geonameid = int(hashlib.sha1(name.encode()).hexdigest()[:7], 16)
    return {"name": name, "country": country.code, "admin1": name if resolution == "admin1" else None,
            "lat": round(lat, 4), "lon": round(lon, 4), "geonameid": geonameid, "resolution": resolution}


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson-ish count around `mean` (normal approximation, never negative)."""
    return max(0, round(rng.gauss(mean, mean ** 0.5)))


class _TextBuilder:
    """An article's text built piece by piece, with the offsets of each piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.sentences = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return start, self.size

    def length(self) -> int:
        return self.size

    def sentence(self, words: str) -> None:
        self.add(words)
        self.end_sentence()

    def end_sentence(self) -> int:
        end = self.size + 1
        self.add(". ")
        self.sentences += 1
        return end

    def slice(self, start: int, end: int) -> str:
        return self.text()[start:end]

    def text(self) -> str:
        return "".join(self.parts).rstrip()


# ---------------------------------------------------------------------- writers

# a new store's only term_stats row counts its (zero) articles; the generator writes its own
EMPTY_TERM_STATS = "DELETE FROM term_stats"


class SqliteWriter:
    """sqlite3 executemany, journal and sync off, secondary indexes rebuilt at the end."""

    # how SQLAlchemy stores a DateTime in SQLite
    timestamp = "2025-01-01 00:00:00.000000"

    def __init__(self, url: str) -> None:
        self.connection = sqlite3.connect(make_url(url).database or "", isolation_level=None)
        self.connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                                      "PRAGMA cache_size=-400000; PRAGMA foreign_keys=OFF; "
                                      "PRAGMA temp_store=MEMORY;")
        self.indexes = self.connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
        for name, _ in self.indexes:
            self.connection.execute(f'DROP INDEX "{name}"')
        self.connection.execute(EMPTY_TERM_STATS)

    def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        columns = TABLES[table]
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        self.connection.execute("BEGIN")
        self.connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        self.connection.execute("COMMIT")

    def finish(self, say: Callable[[str], None]) -> None:
        for name, sql in self.indexes:
            say(f"index {name}")
            self.connection.execute(sql)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.close()


class PostgresWriter:
    """psycopg COPY, secondary indexes rebuilt and tables analysed at the end."""

    timestamp = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

    def __init__(self, url: str) -> None:
        import psycopg

        parsed = make_url(url).set(drivername="postgresql")
        self.connection = psycopg.connect(parsed.render_as_string(hide_password=False), autocommit=True)
        # foreign keys are checked per row by triggers; as a superuser, skip them for the fill
        with contextlib.suppress(psycopg.Error):
            self.connection.execute("SET session_replication_role = replica")
        self.indexes = self.connection.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)").fetchall()
        for name, _ in self.indexes:
            self.connection.execute(f'DROP INDEX "{name}"')
        self.connection.execute(EMPTY_TERM_STATS)

    def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        names = ", ".join(f'"{c}"' for c in TABLES[table])
        with self.connection.cursor() as cursor, \
                cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def finish(self, say: Callable[[str], None]) -> None:
        for name, sql in self.indexes:
            say(f"index {name}")
            self.connection.execute(sql)
        say("analyse")
        self.connection.execute("ANALYZE")
        self.connection.close()


def fill(url: str, events: int, seed: int = 0, say: Callable[[str], None] = lambda _: None) -> dict[str, int]:
    """Fill the fresh store at `url` with `events` synthetic events; returns row counts per table.

    Raises SystemExit when the store already holds articles.
    """
    check_schema()
    with Store(url) as store:
        if store.counts()["articles"]:
            raise SystemExit(f"{url}: the store is not empty; give a new database")
        dialect = store.engine.dialect.name
    writer = SqliteWriter(url) if dialect == "sqlite" else PostgresWriter(url)
    counts: collections.Counter[str] = collections.Counter()
    generator = Generator(events, seed, writer.timestamp)
    for rows in generator.batches():
        rows["happening_parties"] = party_rows(rows.get("happenings", []))
        rows["happening_dyads"] = dyad_rows(rows.get("happenings", []))
        for table in TABLES:
            if rows.get(table):
                writer.write(table, rows[table])
                counts[table] += len(rows[table])
        say(f"{generator.made:,} events, {generator.articles:,} articles")
    writer.finish(say)
    return dict(counts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, required=True, help="number of events to generate")
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a new, empty store")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.events < 1:
        parser.error(f"--events {args.events}: give a positive number")
    started = time.perf_counter()
    last = [0.0]

    def say(message: str) -> None:
        now = time.perf_counter()
        if now - last[0] >= 5 or message.startswith(("index", "analyse")):
            print(f"[{now - started:7.1f} s] {message}", file=sys.stderr, flush=True)
            last[0] = now

    counts = fill(args.db, args.events, args.seed, say)
    print(f"filled {args.db} in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{n:,} {table}" for table, n in counts.items()))


if __name__ == "__main__":
    main()
