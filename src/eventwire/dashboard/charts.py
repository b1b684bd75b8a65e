"""Charts as geometry: a timeline's bars per period and quad class with an intensity line,
and the bars of a ranking (top dyads, top countries).

Cooperation (quad classes 1 and 2) stacks upward from the axis and conflict (3 and 4)
downward; the mean intensity (PLOVER's -10 to 10) is a line on its own scale. The templates
draw the shapes; everything here is numbers and labels.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

WIDTH, HEIGHT = 900.0, 320.0
LEFT, RIGHT, TOP, BOTTOM = 40.0, 40.0, 20.0, 40.0
QUADS = {"1": "verbal cooperation", "2": "material cooperation",
         "3": "verbal conflict", "4": "material conflict"}


@dataclass
class Bar:
    quad: str
    x: float
    y: float
    width: float
    height: float


@dataclass
class Column:
    """One period of the timeline: its label, its bars and where its intensity point is."""

    period: str
    events: int
    quad: dict[str, int]
    mean_intensity: float | None
    x: float
    width: float
    bars: list[Bar] = field(default_factory=list)
    intensity_y: float | None = None
    href: str = ""     # where a click on the column leads, when it leads somewhere

    @property
    def tooltip(self) -> str:
        counts = ", ".join(f"{n} {QUADS[q]}" for q, n in self.quad.items() if n)
        mean = "" if self.mean_intensity is None else f"; mean intensity {self.mean_intensity:+.1f}"
        return f"{self.period}: {self.events} event{'s' if self.events != 1 else ''} ({counts}){mean}"


@dataclass
class Chart:
    columns: list[Column]
    axis_y: float
    ticks: list[tuple[float, str]]          # (x, label) along the time axis
    count_ticks: list[tuple[float, str]]    # (y, label) on the left: events
    intensity_ticks: list[tuple[float, str]]  # (y, label) on the right: intensity
    line: str                               # SVG points of the intensity line
    width: float = WIDTH
    height: float = HEIGHT


def all_periods(first: str, last: str, freq: str) -> list[str]:
    """Every period label from `first` to `last` inclusive, so that gaps show on the axis."""
    step = {"year": _next_year, "month": _next_month, "week": _next_week}[freq]
    labels, label = [first], first
    while label < last and len(labels) < 10_000:
        label = step(label)
        labels.append(label)
    return labels


def _next_year(label: str) -> str:
    return str(int(label) + 1)


def _next_month(label: str) -> str:
    year, month = int(label[:4]), int(label[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def _next_week(label: str) -> str:
    year, week = int(label[:4]), int(label[6:])
    monday = dt.date.fromisocalendar(year, week, 1) + dt.timedelta(days=7)
    iso = monday.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def period_bounds(period: str) -> tuple[str, str]:
    """(since, until) that select the stored dates of `period` (2021, 2021-08 or 2021-W34).

    Stored dates may be a year or a month alone ("2021-08"), so `since` is the label itself
    for years and months: it sorts before every day of the period and after the one before.
    """
    if "-W" in period:
        year, week = int(period[:4]), int(period[6:])
        monday = dt.date.fromisocalendar(year, week, 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if len(period) == 4:
        return period, f"{period}-12-31"
    year, month = int(period[:4]), int(period[5:7])
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
    return period, last


def build(periods: list[dict[str, Any]], freq: str) -> Chart | None:
    """The chart of a dyad timeline (``Store.timeline`` rows), or None when it is empty."""
    if not periods:
        return None
    found = {row["period"]: row for row in periods}
    labels = all_periods(periods[0]["period"], periods[-1]["period"], freq)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    up = max(max(_coop(row), 1) for row in periods)
    down = max(_conflict(row) for row in periods)
    scale = plot_h / (up + down)
    axis_y = TOP + up * scale
    step = plot_w / len(labels)
    columns = []
    for i, label in enumerate(labels):
        row = found.get(label)
        if row is not None:
            columns.append(_column(row, LEFT + i * step, step, axis_y, scale))
    return Chart(columns=columns, axis_y=axis_y, ticks=_time_ticks(labels, step),
                 count_ticks=_count_ticks(up, down, axis_y, scale),
                 intensity_ticks=[(_intensity_y(v), f"{v:+d}" if v else "0") for v in (-10, -5, 0, 5, 10)],
                 line=" ".join(f"{c.x + c.width / 2:.1f},{c.intensity_y:.1f}"
                               for c in columns if c.intensity_y is not None))


def _coop(row: dict[str, Any]) -> int:
    return int(row["quad"].get("1", 0)) + int(row["quad"].get("2", 0))


def _conflict(row: dict[str, Any]) -> int:
    return int(row["quad"].get("3", 0)) + int(row["quad"].get("4", 0))


def _column(row: dict[str, Any], x: float, step: float, axis_y: float, scale: float) -> Column:
    width = max(min(step * 0.8, 40.0), 2.0)
    left = x + (step - width) / 2
    column = Column(period=row["period"], events=row["events"], quad=dict(row["quad"]),
                    mean_intensity=row["mean_intensity"], x=left, width=width)
    top = axis_y
    for quad in ("1", "2"):   # cooperation stacks up
        height = row["quad"].get(quad, 0) * scale
        top -= height
        column.bars.append(Bar(quad, left, top, width, height))
    bottom = axis_y
    for quad in ("3", "4"):   # conflict stacks down
        height = row["quad"].get(quad, 0) * scale
        column.bars.append(Bar(quad, left, bottom, width, height))
        bottom += height
    column.bars = [bar for bar in column.bars if bar.height > 0]
    if row["mean_intensity"] is not None:
        column.intensity_y = _intensity_y(float(row["mean_intensity"]))
    return column


def _intensity_y(value: float) -> float:
    plot_h = HEIGHT - TOP - BOTTOM
    return TOP + (10.0 - max(-10.0, min(10.0, value))) / 20.0 * plot_h


def _time_ticks(labels: list[str], step: float) -> list[tuple[float, str]]:
    every = max(1, round(len(labels) / 10))
    return [(LEFT + i * step + step / 2, label) for i, label in enumerate(labels) if i % every == 0]


def _count_ticks(up: int, down: int, axis_y: float, scale: float) -> list[tuple[float, str]]:
    ticks = [(axis_y, "0"), (axis_y - up * scale, str(up))]
    if down:
        ticks.append((axis_y + down * scale, str(down)))
    return ticks


# ---------------------------------------------------------------------- the overview's charts

def monthly(months: list[dict[str, Any]], first: str | None, last: str | None) -> Chart | None:
    """The chart of the store's events per month and quad class (the summary's month rows),
    from the month of `first` to that of `last` (the date range without outliers: one odd
    date would stretch the axis over decades); each column links to its month's events."""
    if not first or not last:
        return None
    periods = [{"period": row["month"], "events": row["events"], "mean_intensity": None,
                "quad": {str(q): row[f"quad_{q}"] for q in range(1, 5)}}
               for row in months if len(row["month"]) == 7 and first[:7] <= row["month"] <= last[:7]]
    chart = build(periods, "month")
    for column in chart.columns if chart else []:
        since, until = period_bounds(column.period)
        column.href = f"/ui/events?since={since}-01&until={until}"
    return chart


@dataclass
class Rank:
    """One row of a ranking: its summary row and the share of the largest count it draws."""

    row: dict[str, Any]
    share: float     # 0-100: the bar's length in percent of the longest


def ranking(rows: list[dict[str, Any]]) -> list[Rank]:
    """The bars of a ranking of summary rows (most events first), the first the longest."""
    most = max((row["events"] for row in rows), default=0) or 1
    return [Rank(row, round(100.0 * row["events"] / most, 1)) for row in rows]
