"""Report records -> one self-contained HTML file (Jinja2 page, plotly.js inlined once).

The file needs no network and no server: the chart library's JavaScript is written into it
once, each chart's figure is JSON beside its container, and a few lines of the page's own
script draw them and filter the indicator search.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from .. import __version__
from ..errors import InputError
from . import charts
from .data import ReportData
from .fmt import Formatter, Lang

INSTALL_HINT = "install the report extra: pip install 'nqparse[report]'"


@cache
def plotly_js() -> str:
    try:
        from plotly.offline import get_plotlyjs
    except ImportError:
        raise InputError("the report needs plotly and jinja2, which are not installed", path="nqparse report",
                         hint=INSTALL_HINT) from None
    script: str = get_plotlyjs()
    return script.replace("</script", "<\\/script")


def render(data: ReportData, *, lang: Lang = "vi", today: dt.date | None = None) -> str:
    """The whole report as HTML text."""
    try:
        import jinja2
    except ImportError:
        raise InputError("the report needs plotly and jinja2, which are not installed", path="nqparse report",
                         hint=INSTALL_HINT) from None
    fmt = Formatter(lang)
    env = jinja2.Environment(loader=jinja2.PackageLoader("nqparse.report", "templates"),
                             autoescape=jinja2.select_autoescape(("html", "j2")), trim_blocks=True,
                             lstrip_blocks=True)
    template = env.get_template("report.html.j2")
    return template.render(data=data, fmt=fmt, figures=_figures(data, fmt), plotly_js=plotly_js(),
                           index=_search_index(data), version=__version__,
                           today=fmt.date((today or dt.date.today()).isoformat()))


def _figures(data: ReportData, fmt: Formatter) -> dict[str, dict[str, Any]]:
    """Every chart's figure by the id of its container, with the markers it should draw."""
    figures: dict[str, dict[str, Any]] = {}
    for section in data.issuers:
        for chart in section.charts:
            figures[chart.id] = {"figure": charts.series_figure(chart, fmt), "markers": chart.marker_count}
    for concept in data.concepts:
        for year in concept.years:
            figures[f"{concept.id}-{year}"] = {"figure": charts.comparison_figure(concept, year, fmt),
                                               "markers": charts.comparison_marker_count(concept, year)}
        figures[f"{concept.id}-time"] = {
            "figure": charts.places_over_time_figure(concept, fmt),
            "markers": sum(1 for c in concept.charts for p in c.points if p.low is not None and c.on_axis(p))}
    return figures


def _search_index(data: ReportData) -> list[dict[str, Any]]:
    """One entry per indicator series, for the search box: its name, body and years."""
    return [{"name": c.name, "issuer": c.issuer, "chart": c.id,
             "years": f"{min(p.year for p in c.points)}–{max(p.year for p in c.points)}"}
            for section in data.issuers for c in section.charts]
