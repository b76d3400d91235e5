"""nqparse report: the data each chart receives, the page it makes, and that page in a browser."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from nqparse.cli.main import main
from nqparse.report import charts
from nqparse.report.data import Chart, ConceptSection, Point, SourceNote
from nqparse.report.fmt import Formatter

pytest.importorskip("plotly", reason="the report extra is not installed: pip install 'nqparse[report]'")
pytest.importorskip("jinja2", reason="the report extra is not installed: pip install 'nqparse[report]'")

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "data" / "multiyear"
OUTPUT = ROOT.parent / "test-output"
NOTE = SourceNote("01-NQ/TU", "2021-12-20", "nq-2022.txt", 100, 140)


def point(year: int, low: float | None, high: float | None = None, *, bound: str | None = None,
          achieved: float | None = None, verdict: str | None = None) -> Point:
    return Point(year=year, low=low, high=high if high is not None else low, bound=bound, target_text="tăng 7%",
                 unit="%", achieved=achieved, achieved_text=None, verdict=verdict, target_source=NOTE,
                 result_source=NOTE if achieved is not None else None)


CHART = Chart("chart-1", "Thành ủy Hải Phòng", "Tăng trưởng GRDP", "grdp_growth", "%", (
    point(2021, 7.0, 7.5, achieved=7.6, verdict="exceeded"),
    point(2022, 8.0, bound=">=", achieved=7.2, verdict="missed"),
    point(2023, None, achieved=9.0),
))


# --- formatting ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "value", "unit", "want"), [
    ("vi", 13.5, "%", "13,5%"),
    ("vi", 3300, "lượt", "3.300 lượt"),
    ("vi", 89490.478, "tỷ đồng", "89.490,478 tỷ đồng"),
    ("en", 13.5, "%", "13.5%"),
    ("en", 3300, "lượt", "3,300 lượt"),
])
def test_figures_are_written_the_readers_way(lang: str, value: float, unit: str, want: str) -> None:
    assert Formatter(lang).figure(value, unit) == want  # type: ignore[arg-type]


@pytest.mark.parametrize(("low", "high", "bound", "want"), [
    (7.0, 7.5, None, "7 – 7,5%"),
    (80.0, 80.0, ">=", "từ 80% trở lên"),
    (2.0, 2.0, "<", "dưới 2%"),
    (5.0, 5.0, "~", "khoảng 5%"),
])
def test_targets_are_written_with_their_bounds(low: float, high: float, bound: str | None, want: str) -> None:
    assert Formatter("vi").target(low, high, bound, "%") == want


def test_dates_are_day_month_year_in_vietnamese() -> None:
    assert Formatter("vi").date("2021-12-20") == "20/12/2021"
    assert Formatter("en").date("2021-12-20") == "2021-12-20"


# --- what each chart receives -------------------------------------------------------------------

def test_a_series_chart_draws_the_band_the_targets_and_the_results() -> None:
    figure = charts.series_figure(CHART, Formatter("vi"))
    low, high, targets, achieved = figure["data"]
    assert low["y"] == [7.0, 8.0] and high["y"] == [7.5, 8.0] and high["fill"] == "tonexty"
    assert targets["x"] == [2021, 2022] and targets["y"] == [7.25, 8.0]
    assert targets["marker"]["symbol"] == ["circle-open", "triangle-up"]  # a range, then a floor
    assert achieved["x"] == [2021, 2022, 2023] and achieved["y"] == [7.6, 7.2, 9.0]
    assert achieved["marker"]["color"] == [charts.VERDICT_COLOURS["exceeded"], charts.VERDICT_COLOURS["missed"],
                                           charts.VERDICT_COLOURS[None]]
    assert "01-NQ/TU" in targets["text"][0] and "20/12/2021" in targets["text"][0]
    assert figure["layout"]["separators"] == ",."
    assert CHART.marker_count == 5


def test_a_chart_of_plain_figures_has_no_band() -> None:
    chart = Chart("c", "X", "Kết nạp đảng viên", None, "đảng viên", (point(2022, 120), point(2023, 130)))
    figure = charts.series_figure(chart, Formatter("vi"))
    assert [trace["name"] for trace in figure["data"]] == ["Chỉ tiêu đề ra", "Thực hiện"]


def test_a_year_counted_in_another_unit_stays_off_the_axis() -> None:
    odd = Point(2023, 3500, 3500, ">=", "từ 3.500 đảng viên trở lên", "đảng viên", None, None, None, NOTE, None)
    chart = Chart("c", "X", "Các chỉ tiêu chủ yếu", None, "%", (point(2021, 13.5), point(2022, 12.5), odd))
    targets = charts.series_figure(chart, Formatter("vi"))["data"][0]
    assert targets["x"] == [2021, 2022] and chart.marker_count == 2


def test_hover_text_shows_the_documents_words_escaped() -> None:
    chart = Chart("c", "X", "n", None, "%", (Point(2022, 5, 5, None, "<b>5%</b>", "%", None, None, None, None, None),))
    text = charts.series_figure(chart, Formatter("vi"))["data"][0]["text"][0]
    assert "&lt;b&gt;5%&lt;/b&gt;" in text


def test_places_are_compared_side_by_side_for_a_year() -> None:
    other = Chart("chart-2", "Tỉnh ủy Ninh Bình", "Tốc độ tăng trưởng GRDP", "grdp_growth", "%",
                  (point(2022, 9.0, 9.5, achieved=9.9, verdict="exceeded"),))
    section = ConceptSection("concept-grdp_growth", "grdp_growth", "GRDP growth", (2021, 2022, 2023), (CHART, other))
    figure = charts.comparison_figure(section, 2022, Formatter("vi"))
    targets, achieved = figure["data"]
    assert targets["x"] == ["Thành ủy Hải Phòng", "Tỉnh ủy Ninh Bình"] and targets["y"] == [8.0, 9.25]
    assert targets["error_y"]["array"] == [0.0, 0.25]
    assert achieved["y"] == [7.2, 9.9]
    assert charts.comparison_marker_count(section, 2022) == 4
    over_time = charts.places_over_time_figure(section, Formatter("vi"))
    assert [t["name"] for t in over_time["data"]] == ["Thành ủy Hải Phòng", "Tỉnh ủy Ninh Bình"]


# --- the report of the multi-year corpus ----------------------------------------------------------

@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the multi-year test corpus is missing")
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(main, ["report", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_report_is_one_self_contained_file(report_file: Path) -> None:
    from nqparse.report.render import plotly_js

    html = report_file.read_text(encoding="utf-8")
    assert html.count(plotly_js()) == 1  # the chart library, inlined once
    page = html.replace(plotly_js(), "")
    assert "<script src" not in page and "<link" not in page  # nothing to fetch
    assert 'data-chart="chart-' in html and 'id="concepts"' in html
    assert report_file.stat().st_size < 6_000_000  # one copy of plotly.js (about 4.8 MB) and the data


def test_english_labels(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip("the multi-year test corpus is missing")
    out = tmp_path / "en.html"
    assert CliRunner().invoke(main, ["report", str(CORPUS), "-o", str(out), "--lang", "en"]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Targets over the years" in html and 'lang="en"' in html


def test_years_and_issuer_restrict_the_report(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip("the multi-year test corpus is missing")
    out = tmp_path / "one.html"
    result = CliRunner().invoke(main, ["report", str(CORPUS), "-o", str(out), "--years", "1990-1991"])
    assert result.exit_code == 0
    assert 'data-chart="chart-' not in out.read_text(encoding="utf-8")
    bad = CliRunner().invoke(main, ["report", str(CORPUS), "-o", str(out), "--years", "soon"])
    assert bad.exit_code == 2 and "--years" in bad.output


def _chromium() -> str:
    path = os.environ.get("NQPARSE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


def test_the_report_in_a_real_browser(report_file: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    OUTPUT.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:")
                       else route.continue_())  # no network: the file must stand alone
            page.goto(report_file.as_uri())
            page.wait_for_function("document.querySelectorAll('.chart[data-drawn]').length > 0")
            assert errors == []
            charts_drawn = page.eval_on_selector_all(
                ".chart[data-drawn]", "els => els.map(e => [e.dataset.chart, +e.dataset.markers,"
                " e.querySelectorAll('svg.main-svg .scatterlayer .point').length])")
            assert charts_drawn and all(want == got for _, want, got in charts_drawn), charts_drawn
            hidden = page.eval_on_selector_all(".chart:not([data-drawn])", "els => els.filter(e => !e.hidden).length")
            assert hidden == 0  # every visible chart drew
            page.screenshot(path=str(OUTPUT / "report-overview.png"))

            total = page.locator("#search-results li").count()
            page.fill("#search", "ket nap")  # without tone marks, as people type
            visible = page.locator("#search-results li:visible")
            assert 0 < visible.count() < total
            assert all("kết nạp" in visible.nth(i).inner_text().lower() for i in range(visible.count()))
            page.fill("#search", "zzzz")
            assert page.locator("#search-results li:visible").count() == 0 and page.is_visible("#no-match")

            page.locator(".issuer .series").first.scroll_into_view_if_needed()
            page.locator(".issuer .series").first.screenshot(path=str(OUTPUT / "report-issuer.png"))
        finally:
            browser.close()
