"""Report records -> Plotly figures (plain JSON the inlined plotly.js draws).

A series chart draws, per year, the target range as a shaded band, the target as a marker
whose shape tells its kind (a triangle pointing the way a bound allows: up for "trở lên",
down for "không quá"; a circle for a plain figure), and the achieved value as a marker
coloured by its verdict. Hovering a marker shows the wording and the document it came from.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from .data import Chart, ConceptSection, Point, SourceNote
from .fmt import Formatter

VERDICT_COLOURS = {"met": "#2e7d32", "exceeded": "#1565c0", "missed": "#c62828", None: "#757575"}
BAND_COLOUR = "rgba(255, 160, 0, 0.18)"
TARGET_COLOUR = "#ef6c00"
SYMBOLS = {">=": "triangle-up", ">": "triangle-up", "<=": "triangle-down", "<": "triangle-down",
           "~": "diamond-open", None: "circle-open"}
PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037", "#ad1457")


def series_figure(chart: Chart, fmt: Formatter) -> dict[str, Any]:
    points = sorted((p for p in chart.points if chart.on_axis(p)), key=lambda p: p.year)
    years = [p.year for p in chart.points]
    targets = [p for p in points if p.low is not None]
    achieved = [p for p in points if p.achieved is not None]
    data: list[dict[str, Any]] = []
    ranged = [p for p in targets if p.high is not None and p.high != p.low]
    if ranged:
        data += _band([p.year for p in targets], [p.low for p in targets], [p.high for p in targets], fmt)
    data.append({
        "type": "scatter", "mode": "markers", "name": fmt.label("target"),
        "x": [p.year for p in targets], "y": [_middle(p) for p in targets],
        "marker": {"symbol": [SYMBOLS.get(p.bound, "circle-open") for p in targets], "size": 11,
                   "color": TARGET_COLOUR, "line": {"width": 2, "color": TARGET_COLOUR}},
        "text": [_target_hover(p, fmt) for p in targets], "hovertemplate": "%{text}<extra></extra>",
    })
    data.append({
        "type": "scatter", "mode": "lines+markers", "name": fmt.label("achieved"),
        "x": [p.year for p in achieved], "y": [p.achieved for p in achieved],
        "line": {"color": "#9e9e9e", "width": 1, "dash": "dot"},
        "marker": {"size": 10, "color": [VERDICT_COLOURS.get(p.verdict, "#757575") for p in achieved]},
        "text": [_achieved_hover(p, fmt) for p in achieved], "hovertemplate": "%{text}<extra></extra>",
    })
    return {"data": data, "layout": _layout(fmt, chart.unit, years)}


def comparison_figure(section: ConceptSection, year: int, fmt: Formatter) -> dict[str, Any]:
    """The places side by side for one year: each place's target (with its range) and result."""
    rows = [(c.issuer, p) for c in section.charts for p in c.points if p.year == year and c.on_axis(p)]
    places = [issuer for issuer, _ in rows]
    targets = [(issuer, p) for issuer, p in rows if p.low is not None]
    achieved = [(issuer, p) for issuer, p in rows if p.achieved is not None]
    data: list[dict[str, Any]] = [{
        "type": "scatter", "mode": "markers", "name": fmt.label("target"),
        "x": [issuer for issuer, _ in targets], "y": [_middle(p) for _, p in targets],
        "error_y": {"type": "data", "symmetric": False, "color": TARGET_COLOUR,
                    "array": [(p.high or 0) - _middle(p) for _, p in targets],
                    "arrayminus": [_middle(p) - (p.low or 0) for _, p in targets]},
        "marker": {"symbol": [SYMBOLS.get(p.bound, "circle-open") for _, p in targets], "size": 12,
                   "color": TARGET_COLOUR, "line": {"width": 2, "color": TARGET_COLOUR}},
        "text": [_target_hover(p, fmt) for _, p in targets], "hovertemplate": "%{x}<br>%{text}<extra></extra>",
    }, {
        "type": "scatter", "mode": "markers", "name": fmt.label("achieved"),
        "x": [issuer for issuer, _ in achieved], "y": [p.achieved for _, p in achieved],
        "marker": {"size": 11, "color": [VERDICT_COLOURS.get(p.verdict, "#757575") for _, p in achieved]},
        "text": [_achieved_hover(p, fmt) for _, p in achieved], "hovertemplate": "%{x}<br>%{text}<extra></extra>",
    }]
    unit = next((c.unit for c in section.charts if c.unit), None)
    layout = _layout(fmt, unit, None)
    layout["xaxis"] = {"type": "category", "categoryorder": "array", "categoryarray": sorted(set(places))}
    return {"data": data, "layout": layout}


def places_over_time_figure(section: ConceptSection, fmt: Formatter) -> dict[str, Any]:
    """Each place's target over the years, one line a place."""
    data = []
    for k, chart in enumerate(section.charts):
        points = sorted((p for p in chart.points if p.low is not None and chart.on_axis(p)), key=lambda p: p.year)
        colour = PALETTE[k % len(PALETTE)]
        data.append({"type": "scatter", "mode": "lines+markers", "name": chart.issuer,
                     "x": [p.year for p in points], "y": [_middle(p) for p in points],
                     "line": {"color": colour}, "marker": {"color": colour, "size": 8},
                     "text": [_target_hover(p, fmt) for p in points],
                     "hovertemplate": f"{chart.issuer}<br>%{{text}}<extra></extra>"})
    unit = next((c.unit for c in section.charts if c.unit), None)
    return {"data": data, "layout": _layout(fmt, unit, list(section.years))}


def comparison_marker_count(section: ConceptSection, year: int) -> int:
    return sum((p.low is not None) + (p.achieved is not None)
               for c in section.charts for p in c.points if p.year == year and c.on_axis(p))


def _band(years: list[int], lows: Sequence[float | None], highs: Sequence[float | None],
          fmt: Formatter) -> list[dict[str, Any]]:
    """A shaded band between the low and high ends of the targets (a plain figure is a line)."""
    common = {"type": "scatter", "mode": "lines", "x": years, "hoverinfo": "skip", "line": {"width": 0},
              "showlegend": False}
    return [{**common, "y": list(lows), "name": fmt.label("target_band")},
            {**common, "y": list(highs), "fill": "tonexty", "fillcolor": BAND_COLOUR, "showlegend": True,
             "name": fmt.label("target_band")}]


def _middle(p: Point) -> float:
    low = p.low if p.low is not None else 0.0
    high = p.high if p.high is not None else low
    return (low + high) / 2


def _layout(fmt: Formatter, unit: str | None, years: list[int] | None) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "separators": fmt.separators, "margin": {"l": 60, "r": 20, "t": 10, "b": 40}, "height": 320,
        "legend": {"orientation": "h", "y": -0.18}, "hovermode": "closest",
        "yaxis": {"title": {"text": unit or ""}, "zeroline": False, "rangemode": "tozero"},
        "plot_bgcolor": "#fafafa",
    }
    if years:
        layout["xaxis"] = {"tickmode": "array", "tickvals": sorted(set(years)), "tickformat": "d"}
    return layout


def _source(note: SourceNote | None, fmt: Formatter) -> str:
    if note is None:
        return ""
    parts = [p for p in (note.number and f"{fmt.label('number')} {note.number}",
                         note.date and fmt.date(note.date), note.path) if p]
    return "<br><i>" + _escape(", ".join(parts)) + "</i>" if parts else ""


def _target_hover(p: Point, fmt: Formatter) -> str:
    figure = fmt.target(p.low, p.high, p.bound, p.unit)
    wording = f"<br>“{_escape(p.target_text)}”" if p.target_text else ""
    return f"<b>{p.year}</b> · {fmt.label('target')}: {_escape(figure)}{wording}{_source(p.target_source, fmt)}"


def _achieved_hover(p: Point, fmt: Formatter) -> str:
    verdict = fmt.label(p.verdict or "unknown")
    figure = fmt.figure(p.achieved, p.unit) if p.achieved is not None else ""
    wording = f"<br>“{_escape(p.achieved_text)}”" if p.achieved_text else ""
    return (f"<b>{p.year}</b> · {fmt.label('achieved')}: {_escape(figure)} ({verdict}){wording}"
            f"{_source(p.result_source, fmt)}")


def _escape(text: str) -> str:
    """Hover text is HTML to plotly: the documents' own words are shown, never run."""
    return html.escape(text, quote=False)
