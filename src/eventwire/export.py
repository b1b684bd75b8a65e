"""Event exports: JSONL (the contract), CSV, Parquet, PLOVER JSONL, POLECAT-style TSV and GDELT
2.0-style TSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from eventwire.errors import InputError

# GDELT 2.0 event table columns, in order (GDELT-Event_Codebook-V2.0)
_GDELT_NAMES = """
    GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name
    Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
    Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code
    Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
    Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent
    EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources
    NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode
    Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
    Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
    Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type
    ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
    ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL
"""
GDELT_COLUMNS: tuple[str, ...] = tuple(_GDELT_NAMES.split())

# the column names of the POLECAT weekly release files, in their order
POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
    "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
    "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province",
    "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
    "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
)

_CSV_NAMES = """
    id date date_end granularity type mode contexts quad cameo intensity actor_country
    actor_sector actor_name recipient_country recipient_sector recipient_name
    location_name location_country lat lon resolution modality negated background dead
    injured arrested num_articles num_sources doc_ids trigger sentence_text confidence status
"""
# where an event is reported: its chosen (first) report's article and sentence; every tabular
# format ends with these columns (see :func:`provenance` and docs/codebook.md)
PROVENANCE_COLUMNS: tuple[str, ...] = ("doc_id", "url", "source", "title", "published",
                                       "sentence_text", "sentence_start", "sentence_end")
# the flat row: the event's columns, then the provenance columns it does not have already
CSV_COLUMNS: tuple[str, ...] = (*_CSV_NAMES.split(),
                                *(c for c in PROVENANCE_COLUMNS if c not in _CSV_NAMES.split()))
# the flat row's columns that are not strings, as pyarrow type names (Parquet, frames)
FLAT_TYPES = {"quad": "int64", "intensity": "float64", "lat": "float64", "lon": "float64",
              "negated": "bool_", "background": "bool_", "dead": "int64", "injured": "int64",
              "arrested": "int64", "num_articles": "int64", "num_sources": "int64",
              "confidence": "float64", "sentence_start": "int64", "sentence_end": "int64"}

# GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
_GDELT_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4, "region": 1}


def write_events(events: Iterable[dict[str, Any]], fmt: str, output: str | None = None) -> int:
    """Write `events` in format `fmt` to the file `output` (stdout when None); returns the count."""
    if fmt == "parquet":
        return _write_parquet(events, output)
    writer = _TEXT_WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown export format {fmt!r}")
    with open_output(output) as out:
        return writer(events, out)


@contextmanager
def open_output(output: str | None) -> Iterator[TextIO]:
    """The text file `output`, written in UTF-8 with newlines as given, or stdout when None."""
    if output is None:
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as out:
        yield out


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write each dict of `events` as one JSON line to `out`; returns how many."""
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_plover(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_jsonl((plover_record(e) for e in events), out)


def write_rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...] | list[str], out: TextIO,
               delimiter: str, header: bool = True) -> int:
    """Write flat `rows` as delimited text with `columns` (a row's other keys are dropped) to
    `out`; returns how many rows."""
    writer = csv.DictWriter(out, fieldnames=list(columns), delimiter=delimiter, lineterminator="\n",
                            extrasaction="ignore")
    if header:
        writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write `events` as CSV to the text stream `out`; returns how many rows.

    The header row is CSV_COLUMNS, then one :func:`flat_record` row per event. For the
    provenance columns to be filled, the events must come with their article's fields, as
    ``Store.events(where, with_text=True)`` gives them. `out` is left open (a file opened
    with ``newline=""``, ``io.StringIO()`` or a response stream), so that a REST or dashboard
    download can stream the same CSV as ``eventwire events --format csv``."""
    return write_rows((flat_record(e) for e in events), CSV_COLUMNS, out, ",")


def _write_gdelt(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_rows((gdelt_record(e, i) for i, e in enumerate(events, 1)),
                      (*GDELT_COLUMNS, *PROVENANCE_COLUMNS), out, "\t")


def _write_polecat(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_rows((polecat_record(e) for e in events), (*POLECAT_COLUMNS, *PROVENANCE_COLUMNS),
                      out, "\t")


def _write_parquet(events: Iterable[dict[str, Any]], output: str | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_record(e) for e in events]
    table = pa.Table.from_pylist(rows, schema=flat_schema())
    if output is None:
        if sys.stdout.isatty():
            raise InputError("parquet is binary: give --output FILE or redirect stdout")
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        sys.stdout.buffer.write(buffer.getvalue())
    else:
        pq.write_table(table, output)
    return len(rows)


_TEXT_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], int]] = {
    "jsonl": write_jsonl, "csv": write_csv, "plover": _write_plover, "gdelt": _write_gdelt,
    "polecat": _write_polecat,
}

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "plover", "polecat", "gdelt")


# ---------------------------------------------------------------------- record shapes

def _join(entities: list[dict[str, Any]], key: str) -> str:
    return ";".join(str(e.get(key) or "") for e in entities)


def flat_schema() -> Any:
    """The pyarrow schema of flat rows: CSV_COLUMNS, typed by FLAT_TYPES, strings otherwise."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, FLAT_TYPES.get(name, "string"))()) for name in CSV_COLUMNS])


def provenance(event: dict[str, Any]) -> dict[str, Any]:
    """Where the event is reported: the article id, url, source, title and publication date
    of its chosen (first) report, the sentence's text and its offsets into that article's text.

    The article's fields are there when the event was read with ``with_text=True``; a report
    (which has a `doc_id` of its own) gives its own article."""
    reports = event.get("reports") or [{}]
    sentence = event.get("sentence") or {}
    return {"doc_id": event.get("doc_id") or reports[0].get("doc_id"), "url": event.get("url"),
            "source": event.get("source"), "title": event.get("title"),
            "published": event.get("published"), "sentence_text": event.get("sentence_text"),
            "sentence_start": sentence.get("start"), "sentence_end": sentence.get("end")}


def flat_record(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row (CSV, Parquet and frames): CSV_COLUMNS, in their order."""
    date, place = event.get("date") or {}, event.get("location") or {}
    size = event.get("size") or {}
    actor, recipient = event.get("actor") or [], event.get("recipient") or []
    return {
        "id": event["id"], "date": date.get("value"), "date_end": date.get("value_end"),
        "granularity": date.get("granularity"), "type": event["type"], "mode": event.get("mode"),
        "contexts": ";".join(event.get("contexts") or []), "quad": event.get("quad"),
        "cameo": event.get("cameo"), "intensity": event.get("intensity"),
        "actor_country": _join(actor, "country"), "actor_sector": _join(actor, "sector"),
        "actor_name": _join(actor, "name"), "recipient_country": _join(recipient, "country"),
        "recipient_sector": _join(recipient, "sector"), "recipient_name": _join(recipient, "name"),
        "location_name": place.get("name"), "location_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"), "resolution": place.get("resolution"),
        "modality": event.get("modality"), "negated": event.get("negated"),
        "background": event.get("background"), "dead": size.get("dead"),
        "injured": size.get("injured"), "arrested": size.get("arrested"),
        "num_articles": event.get("num_articles", 1), "num_sources": event.get("num_sources", 1),
        "doc_ids": ";".join(sorted({r["doc_id"] for r in event.get("reports") or []})),
        "trigger": (event.get("trigger") or {}).get("text"),
        "sentence_text": event.get("sentence_text"), "confidence": event.get("confidence"),
        # an event is linked; with --all, a report in no event says why (store/reports.py)
        "status": event.get("status", "linked"), **provenance(event),
    }


def _plover_actor(entity: dict[str, Any]) -> dict[str, Any]:
    return {"actorText": entity.get("text"), "code": entity.get("country"),
            "sector": entity.get("sector"), "name": entity.get("name")}


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One event with the PLOVER manual's field names."""
    place = event.get("location")
    return {
        "id": event["id"], "date": (event.get("date") or {}).get("value"),
        "actor": [_plover_actor(e) for e in event.get("actor") or []],
        "recipient": [_plover_actor(e) for e in event.get("recipient") or []],
        "event": event["type"], "mode": event.get("mode"), "context": event.get("contexts") or [],
        "event_loc": None if not place else {"name": place.get("name"), "country": place.get("country"),
                                             "lat": place.get("lat"), "lon": place.get("lon"),
                                             "geonameid": place.get("geonameid")},
        "text": event.get("sentence_text"), "event_text": (event.get("trigger") or {}).get("text"),
        "size": event.get("size"), "quad": event.get("quad"), "intensity": event.get("intensity"),
        "cameo": event.get("cameo"), "num_articles": event.get("num_articles", 1),
        **provenance(event),
    }


# POLECAT's Feature Type names the GeoNames feature class of the place
_POLECAT_FEATURE = {"country": "PCLI", "admin1": "ADM1", "city": "PPL", "region": "RGN"}


def polecat_record(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a POLECAT release row: names and codes of the first actor and recipient,
    all of them in the plural columns, the place split by its resolution."""
    date, place = event.get("date") or {}, event.get("location") or {}
    actor, recipient = event.get("actor") or [], event.get("recipient") or []
    resolution = place.get("resolution") or ""
    row: dict[str, Any] = {
        "Event ID": event["id"], "Event Date": date.get("value") or "", "Event Type": event["type"],
        "Event Mode": event.get("mode") or "", "Event Intensity": event.get("intensity", ""),
        "Quad Code": event.get("quad") or "", "Contexts": ";".join(event.get("contexts") or []),
        "Placename": place.get("name") or "", "Country": place.get("country") or "",
        "City": place.get("name") or "" if resolution == "city" else "",
        "Province": (place.get("admin1") or (place.get("name") if resolution == "admin1" else ""))
        or "",
        "Latitude": place.get("lat", ""), "Longitude": place.get("lon", ""),
        "GeoNames ID": place.get("geonameid") or "", "Raw Placename": place.get("text") or "",
        "Feature Type": _POLECAT_FEATURE.get(resolution, ""),
        "Source": event.get("source") or "", "Publication Date": event.get("published") or "",
        "Language": "en", "Version": event.get("coder_version") or "", **provenance(event),
    }
    for role, entities in (("Actor", actor), ("Recipient", recipient)):
        first = entities[0] if entities else {}
        row.update({
            f"{role} Name": first.get("name") or first.get("text") or "",
            f"{role} Country": first.get("country") or "",
            f"Primary {role} Sector": first.get("sector") or "",
            f"{role} Sectors": ";".join(sorted({e["sector"] for e in entities if e.get("sector")})),
            f"{role} Name Raw": ";".join(e.get("text") or "" for e in entities),
        })
    return row


def gdelt_record(event: dict[str, Any], number: int) -> dict[str, Any]:
    """One event as a GDELT 2.0 events-table row (columns we cannot fill stay empty)."""
    from eventwire.ontology import cameo as cameo_table

    day = _first_day(str((event.get("date") or {}).get("value") or ""))
    actor, recipient = (event.get("actor") or [{}])[:1], (event.get("recipient") or [{}])[:1]
    place = event.get("location") or {}
    cameo = event.get("cameo") or ""
    row = {
        "GLOBALEVENTID": number, "SQLDATE": day.replace("-", ""), "MonthYear": day[:7].replace("-", ""),
        "Year": day[:4], "FractionDate": _fraction(day),
        "Actor1Code": _gdelt_actor(actor[0]), "Actor1Name": (actor[0].get("name") or "").upper(),
        "Actor1CountryCode": actor[0].get("country") or "", "Actor1Type1Code": actor[0].get("sector") or "",
        "Actor2Code": _gdelt_actor(recipient[0]), "Actor2Name": (recipient[0].get("name") or "").upper(),
        "Actor2CountryCode": recipient[0].get("country") or "",
        "Actor2Type1Code": recipient[0].get("sector") or "",
        "IsRootEvent": 1, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": event.get("quad") or "", "GoldsteinScale": _goldstein(cameo_table(), cameo),
        "NumMentions": len(event.get("reports") or []) or 1, "NumSources": event.get("num_sources", 1),
        "NumArticles": event.get("num_articles", 1),
        "ActionGeo_Type": _GDELT_GEO_TYPE.get(place.get("resolution") or "", 0) if place else 0,
        "ActionGeo_FullName": place.get("name") or "", "ActionGeo_CountryCode": place.get("country") or "",
        "ActionGeo_Lat": place.get("lat", ""), "ActionGeo_Long": place.get("lon", ""),
        "ActionGeo_FeatureID": place.get("geonameid") or "", "DATEADDED": "",
        "SOURCEURL": event.get("url") or "", **provenance(event),
    }
    return row


def _goldstein(table: dict[str, Any], code: str) -> float | str:
    entry = table.get(code) or table.get(code[:3]) or table.get(code[:2])
    return entry.goldstein if entry is not None else ""


def _first_day(value: str) -> str:
    """ "2021" -> "2021-01-01", "2021-06" -> "2021-06-01", a day stays itself."""
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value[:10]


def _gdelt_actor(entity: dict[str, Any]) -> str:
    return f"{entity.get('country') or ''}{entity.get('sector') or ''}"


def _fraction(day: str) -> str:
    if len(day) < 10:
        return ""
    year, month, dom = int(day[:4]), int(day[5:7]), int(day[8:10])
    return f"{year + ((month - 1) * 30 + dom) / 365:.4f}"
