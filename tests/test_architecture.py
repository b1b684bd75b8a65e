"""The import rules of docs/architecture.md, read from the source: which package may import which.

Every ``import`` counts, at the top of a module or inside a function (a lazy import is still a
dependency). A package is named by its first component under ``eventwire``; the groups and what
each may import are below, from the bottom of the house to the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"

BASE = frozenset({"errors", "settings", "records", "version", "cache", "datafiles", "ontology",
                  "frames", "filters", "export"})
STAGES = frozenset({"clean", "read", "nlp", "actors", "events", "when", "where", "quotes"})
SURFACES = frozenset({"cli", "rest", "dashboard"})
# a stage's training and evaluation modules are tools on top of the house: they read gold data
# (evaluate/) and code through the api; nothing on the coding path imports them
TOOLS = ("train", "train_detect", "evaluate", "tempeval", "examples", "topic_cv")

GROUPS: dict[str, frozenset[str]] = {
    **{name: frozenset({"base"}) for name in BASE},
    **{name: frozenset({"base", "stages"}) for name in STAGES},
    "pipeline": frozenset({"base", "stages"}),
    "link": frozenset({"base"}),
    # the analysis of one happening's coverage reads the store and the stages' knowledge (the
    # gazetteer, the actor knowledge base), never the model or the pipeline
    "coverage": frozenset({"base", "stages", "link", "store"}),
    "store": frozenset({"base", "link"}),
    "run": frozenset({"base", "stages", "pipeline", "link", "store"}),
    "api": frozenset({"base", "stages", "pipeline", "link", "store", "run"}),
    "evaluate": frozenset({"base", "stages", "pipeline", "link", "coverage", "store", "run", "api"}),
    "samples": frozenset(),
    "tools": frozenset({"base", "stages", "pipeline", "link", "store", "run", "api", "evaluate"}),
    "__init__": frozenset({"base", "stages", "pipeline", "link", "coverage", "store", "run", "api"}),
    **{name: frozenset({"base", "stages", "pipeline", "link", "coverage", "store", "run", "api",
                        "surfaces", "evaluate"}) for name in SURFACES},
}


# The one door up: Store.coverage() (issue 24's Python surface) hands the store to the coverage
# analysis, which reads it with the gazetteer and the actor knowledge base (never the model, never
# the pipeline). Every other store module stays below coverage.
DOORS = {("store/store.py", "coverage")}


def group(name: str) -> str:
    """The group a package of eventwire belongs to (itself, when it is a group of one)."""
    return "base" if name in BASE else "stages" if name in STAGES else \
        "surfaces" if name in SURFACES else name


def package_of(path: Path) -> str:
    relative = path.relative_to(SRC)
    if relative.parts[0] in STAGES | {"link"} and relative.stem in TOOLS:
        return "tools"
    return relative.parts[0].removesuffix(".py") if len(relative.parts) > 1 or relative.stem != "__init__" \
        else "__init__"


def imported(path: Path) -> set[str]:
    """The eventwire packages `path` imports (first component under eventwire)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = path.relative_to(SRC).parts[:-1]
            base = parts[: len(parts) - node.level + 1]
            target = [*base, *(node.module or "").split(".")] if node.module else list(base)
            if target and target[0]:
                found.add(target[0])
            elif not node.module:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eventwire"):
            parts = (node.module or "").split(".")
            found.update([parts[1]] if len(parts) > 1 else [alias.name for alias in node.names])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names
                         if alias.name.startswith("eventwire."))
    return found


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_every_package_belongs_to_a_group():
    packages = {package_of(path) for path in modules()}
    assert packages <= set(GROUPS), sorted(packages - set(GROUPS))


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_imports_follow_the_layers(path):
    package = package_of(path)
    allowed = GROUPS[package] | {group(package)}
    where = path.relative_to(SRC).as_posix()
    wrong = sorted(name for name in imported(path) - {package}
                   if name in GROUPS and group(name) not in allowed and (where, name) not in DOORS)
    assert not wrong, f"{path.relative_to(SRC)} ({package}) may not import {wrong}"


def test_nothing_on_the_coding_path_imports_a_tool():
    tools = {f"{path.parent.name}.{path.stem}" for path in modules() if package_of(path) == "tools"}
    for path in modules():
        if package_of(path) in STAGES | {"pipeline", "link"}:
            text = path.read_text(encoding="utf-8")
            used = sorted(tool for tool in tools
                          if f"eventwire.{tool} " in text or f"eventwire.{tool}\n" in text)
            assert not used, f"{path.relative_to(SRC)} imports the tools {used}"


def test_the_rule_catches_a_store_that_runs_the_pipeline(tmp_path):
    """The reader sees lazy imports too (a rule that never fails proves nothing)."""
    module = tmp_path / "lazy.py"
    module.write_text("def f():\n    from eventwire.pipeline import code_article\n", encoding="utf-8")
    assert "pipeline" in imported_outside(module)


def imported_outside(path: Path) -> set[str]:
    """`imported` for a file outside the package (absolute imports only)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eventwire."):
            found.add((node.module or "").split(".")[1])
    return found
