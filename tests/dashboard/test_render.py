"""Marked text, safe links, timeline periods and the map projection, as pure functions."""

from __future__ import annotations

import pytest

from eventwire.dashboard import charts, render, worldmap
from eventwire.dashboard.render import Span


def test_segments_cut_the_text_at_every_span_boundary():
    pieces = render.segments("India met the Taliban", [Span(0, 5, "actor"), Span(6, 9, "trigger"),
                                                        Span(0, 9, "event")])
    assert [(p.text, p.kinds) for p in pieces] == [
        ("India", "m-actor m-event"), (" ", "m-event"), ("met", "m-event m-trigger"), (" the Taliban", "")]


def test_segments_put_the_text_back_together_and_ignore_spans_outside_it():
    text = "xx <b>yy</b>"
    pieces = render.segments(text, [Span(10, 30, "actor"), Span(-1, 2, "time"), Span(3, 3, "place")])
    assert "".join(p.text for p in pieces) == text and all(not p.spans for p in pieces)


def test_segments_of_a_part_use_offsets_of_the_whole_text():
    [before, inside] = render.segments("abcdef", [Span(13, 16, "place")], offset=10)
    assert (before.text, inside.text, inside.kinds) == ("abc", "def", "m-place")


@pytest.mark.parametrize("url, safe", [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"), ("http://x.y", "http://x.y"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,<script>", None),
    ("//evil.example/x", None), ("/ui/events", None), ("http:/nohost", None), ("", None), (None, None)])
def test_only_absolute_http_urls_become_links(url, safe):
    assert render.external_url(url) == safe


def test_an_id_is_one_path_segment():
    assert render.ref("doc/1?x#y:ev-1") == "doc%2F1%3Fx%23y:ev-1"


@pytest.mark.parametrize("period, bounds", [
    ("2021", ("2021", "2021-12-31")), ("2024-02", ("2024-02", "2024-02-29")),
    ("2021-12", ("2021-12", "2021-12-31")), ("2021-W01", ("2021-01-04", "2021-01-10"))])
def test_a_period_selects_its_stored_dates(period, bounds):
    assert charts.period_bounds(period) == bounds


@pytest.mark.parametrize("first, last, freq, labels", [
    ("2021-11", "2022-02", "month", ["2021-11", "2021-12", "2022-01", "2022-02"]),
    ("2020-W52", "2021-W02", "week", ["2020-W52", "2020-W53", "2021-W01", "2021-W02"]),
    ("2019", "2021", "year", ["2019", "2020", "2021"])])
def test_the_time_axis_has_every_period_between_the_first_and_last(first, last, freq, labels):
    assert charts.all_periods(first, last, freq) == labels


def test_cooperation_stacks_up_and_conflict_down_from_the_axis():
    rows = [{"period": "2021-01", "events": 3, "quad": {"1": 1, "2": 1, "3": 0, "4": 1},
             "mean_intensity": 2.0},
            {"period": "2021-03", "events": 1, "quad": {"1": 1, "2": 0, "3": 0, "4": 0},
             "mean_intensity": None}]
    chart = charts.build(rows, "month")
    assert chart is not None and [c.period for c in chart.columns] == ["2021-01", "2021-03"]
    bars = {bar.quad: bar for bar in chart.columns[0].bars}
    assert bars["1"].y + bars["1"].height == pytest.approx(chart.axis_y)
    assert bars["2"].y + bars["2"].height == pytest.approx(bars["1"].y)
    assert bars["4"].y == pytest.approx(chart.axis_y)
    assert chart.columns[1].intensity_y is None and len(chart.line.split()) == 1
    assert charts.build([], "month") is None


@pytest.mark.parametrize("lat, lon, xy", [(90, -180, (0, 0)), (-90, 180, (1000, 500)), (0, 0, (500, 250))])
def test_the_map_projection_is_equirectangular(lat, lon, xy):
    assert worldmap.project(lat, lon) == xy
