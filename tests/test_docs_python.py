"""The Python examples of docs/python.md run, in order, on a few of the bundled samples.

A line written ``expression   # "value"`` in an example is also checked: the expression must
equal the quoted value, so the page cannot promise a result the library no longer gives.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "python.md"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "samples"
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)
_PROMISE = re.compile(r'^(?P<expr>[^#\s].*?)\s+#\s+(?P<value>"[^"]*")\s*$')


def examples() -> list[str]:
    return _BLOCK.findall(DOC.read_text(encoding="utf-8"))


def promises(block: str) -> dict[int, str]:
    """The expected value of each line (by number, from 1) that states its result."""
    found = {number: _PROMISE.match(line)
             for number, line in enumerate(block.splitlines(), start=1)}
    return {number: ast.literal_eval(m["value"]) for number, m in found.items() if m}


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for stem in ("001-india-taliban-doha-contacts", "002-taliban-enter-kabul"):
        for path in SAMPLES.glob(stem + ".*"):
            shutil.copy(path, folder / path.name)
    monkeypatch.chdir(tmp_path)
    return folder


def test_the_page_has_its_examples() -> None:
    assert len(examples()) >= 5
    assert "COERCE" in promises(examples()[1]).values()


def test_every_example_runs_and_keeps_its_promises(news: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    plotted: list[dict[str, Any]] = []

    def plot(frame: pd.DataFrame, **options: Any) -> None:
        columns = options.get("y", [])
        assert set(columns) <= set(frame.columns), f"no columns {columns} to plot"
        plotted.append(options)

    # plotting needs matplotlib, which eventwire does not install: check what would be drawn
    monkeypatch.setattr(pd.DataFrame, "plot", property(lambda frame: lambda **o: plot(frame, **o)))
    namespace: dict[str, Any] = {}
    for number, block in enumerate(examples(), start=1):
        _run(block, namespace, number)
    assert plotted, "the summary example draws a chart"
    assert (news.parent / "events.db").exists()


def _run(block: str, namespace: dict[str, Any], number: int) -> None:
    from eventwire import Store

    reopened = "store" in namespace and "with Store(" not in block
    if reopened:  # later examples go on with the store the earlier one opened
        namespace["store"] = Store("sqlite:///events.db", create=False)
    try:
        expected = promises(block)
        for statement in ast.parse(block).body:  # one at a time: a promise holds where it stands
            code = ast.Module(body=[statement], type_ignores=[])
            where = f"docs/python.md example {number}, line {statement.lineno}"
            if isinstance(statement, ast.Expr) and statement.lineno in expected:
                value = eval(compile(ast.Expression(statement.value), where, "eval"), namespace)
                assert value == expected[statement.lineno], where
            else:
                exec(compile(code, where, "exec"), namespace)
    finally:
        if reopened:
            namespace["store"].close()
