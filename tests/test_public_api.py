"""The public API is small and deliberate: changing it is a visible change in review.

Besides the names, this pins the types: every type a public function of :mod:`eventwire.api`
names is importable from :mod:`eventwire`, and each Literal alias of ``eventwire.records``
lists exactly the values the code produces or accepts, so an alias cannot drift from the
code it describes.
"""

import dataclasses
import inspect
import re
import typing
from pathlib import Path
from typing import Any, get_args

import eventwire
from eventwire import api, records

SRC = Path(eventwire.__file__).parent

EXPORTED = {
    "Article", "Claim", "ClaimKind", "ConfigError", "Entity", "Event", "EventFilter", "EventType",
    "EventwireError", "FilterError", "Granularity", "IngestReport", "IngestStatus", "InputError",
    "Modality", "Place", "Quad", "Quote", "Records", "RemovalKind", "ReportStatus", "Resolution", "Role",
    "RunStore", "Snapshot", "Store", "StoreError", "Story", "TimeExpression",
    "__version__", "code_documents", "code_text", "ingest",
}


def test_the_public_api_exports_exactly_these_names():
    assert set(eventwire.__all__) == EXPORTED


def test_every_exported_name_exists():
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def _eventwire_classes(hint: Any) -> set[type]:
    """The classes defined in eventwire that a type hint names, at any depth."""
    found = {hint} if isinstance(hint, type) and hint.__module__.startswith("eventwire") else set()
    for arg in get_args(hint):
        found |= _eventwire_classes(arg)
    return found


def _public_functions() -> list[Any]:
    names = [name for name in api.__all__ if inspect.isfunction(getattr(api, name))]
    return [getattr(api, name) for name in names]


def test_the_api_has_public_functions_to_check():
    names = {f.__name__ for f in _public_functions()}
    assert {"code_text", "code_documents", "ingest"} <= names


def test_every_type_in_a_public_signature_is_exported():
    """A caller annotating their own code needs no private module for the API's types."""
    for function in _public_functions():
        hints = typing.get_type_hints(function)
        assert "return" in hints, f"{function.__name__} has no return annotation"
        for name, hint in hints.items():
            for cls in _eventwire_classes(hint):
                assert getattr(eventwire, cls.__name__, None) is cls, \
                    f"{function.__name__}({name}): {cls.__module__}.{cls.__name__} is not exported"


def test_the_checker_finds_a_type_that_is_not_exported():
    from eventwire.records import Removal, Span

    assert _eventwire_classes(list[Span] | dict[str, Removal] | None) == {Span, Removal}
    assert not hasattr(eventwire, "Span")


def values(alias: Any) -> set[Any]:
    return set(get_args(alias))


def _quoted_on_lines(pattern: str, folder: Path) -> set[str]:
    """The quoted words on the source lines of `folder` matching `pattern`."""
    lines = [line for path in folder.glob("*.py")
             for line in path.read_text(encoding="utf-8").splitlines() if re.search(pattern, line)]
    return {word for line in lines for word in re.findall(r'"(\w+)"', line)}


def test_event_types_and_quads_are_the_ontology_tables():
    from eventwire.ontology import plover_types

    assert values(records.EventType) == set(plover_types())
    assert values(records.Quad) == {t.quad for t in plover_types().values()}


def test_modality_is_what_the_rules_give_and_the_confidence_prices():
    from eventwire.events import modality, rules

    head_cues = {value for role, cues in modality.cues().items() if role.startswith("head")
                 for value in cues.values()}
    assert head_cues <= values(records.Modality)
    assert values(records.Modality) == {"asserted", "reported_denied", *modality.MODALITIES}
    assert values(records.Modality) == set(rules.MODALITY_PENALTY)


def test_resolution_is_a_gazetteer_kind_or_unknown():
    from eventwire.where.gazetteer import KINDS

    assert values(records.Resolution) == {*KINDS, "unknown"}
    assert records.Place("x", 0, 1).resolution == "unknown"


def test_granularity_is_what_the_date_readings_give():
    import datetime as dt

    from eventwire.when import calendar

    day = dt.date(2024, 2, 3)
    readings = [calendar.day(day), calendar.month(2024, 2), calendar.year(2024),
                calendar.span(day, day + dt.timedelta(days=2)), calendar.UNRESOLVED]
    assert values(records.Granularity) == {reading[2] for reading in readings}


def test_removal_kinds_are_those_the_cleaning_rules_set():
    assert values(records.RemovalKind) == _quoted_on_lines(r"\.removed = |Removal\(", SRC / "clean")


def test_claim_kinds_are_those_the_claim_finder_makes():
    assert values(records.ClaimKind) == _quoted_on_lines(r"Claim\(", SRC / "events")


def test_report_statuses_are_the_stores():
    from eventwire.store.reports import STATUSES

    assert values(records.ReportStatus) == set(STATUSES)


def test_each_ingest_status_has_its_count_in_the_report():
    counted = {f.name for f in dataclasses.fields(eventwire.IngestReport)}
    assert {s if s in counted else s + "s" for s in values(records.IngestStatus)} <= counted


def test_roles_are_the_events_party_fields():
    parties = {f.name for f in dataclasses.fields(records.Event)
               if typing.get_type_hints(records.Event)[f.name] == list[records.Entity]}
    assert values(records.Role) == parties


def test_importing_the_cli_package_gives_every_command():
    """`from eventwire.cli import cli` is the whole command line, in a fresh interpreter (here
    other tests have imported the command modules already): the group lists every command and
    gives each one by name (it may load a command's module only then)."""
    import subprocess
    import sys

    code = ("import click; from eventwire.cli import cli; ctx = click.Context(cli); "
            "print(' '.join(n for n in cli.list_commands(ctx) if cli.get_command(ctx, n)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(done.stdout.split()) == {"actors", "articles", "claims", "code", "compare", "demo", "eval",
                                        "events", "ingest", "kb", "recode", "relink", "reports", "serve",
                                        "stories", "summary", "token"}


def test_the_package_says_it_is_typed():
    from importlib.resources import files

    assert files("eventwire").joinpath("py.typed").is_file()
