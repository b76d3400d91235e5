"""The ruled-table finder over page geometry (``readers.pdftables``), on hand-made pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nqparse.readers.pdftables import Box, Char, find_tables, may_hold_grid

from .conftest import SAMPLES


def hline(y: float, x0: float, x1: float) -> Box:
    return Box(x0, y - 0.25, x1, y + 0.25)


def vline(x: float, top: float, bottom: float) -> Box:
    return Box(x - 0.25, top, x + 0.25, bottom)


def word(text: str, x: float, y: float, size: float = 10.0) -> list[Char]:
    """One character box per letter, 5 points wide, a space box at the end of each word."""
    chars: list[Char] = []
    for k, letter in enumerate(text):
        left = x + 5 * k
        chars.append(Char(letter, Box(left, y, left + 5, y + size)))
    return chars


def grid(xs: list[float], ys: list[float]) -> list[Box]:
    return [hline(y, xs[0], xs[-1]) for y in ys] + [vline(x, ys[0], ys[-1]) for x in xs]


def test_a_fully_ruled_table_reads_cell_by_cell() -> None:
    rules = grid([100, 140, 300, 380], [100, 120, 140, 160])
    chars = [*word("STT", 105, 105), *word("Chi", 145, 105), *word("Don", 305, 105),
             *word("1", 105, 125), *word("Ket", 145, 125), *word("%", 305, 125),
             *word("2", 105, 145), *word("Moi", 145, 145), *word("xa", 305, 145)]
    [table] = find_tables(rules, chars)
    assert table.rows == (("STT", "Chi", "Don"), ("1", "Ket", "%"), ("2", "Moi", "xa"))
    assert (table.box.top, table.box.bottom) == (pytest.approx(100, abs=1), pytest.approx(160, abs=1))


def test_a_cell_merged_over_two_columns_stands_in_the_first() -> None:
    rules = [hline(100, 100, 300), hline(120, 100, 300), hline(140, 100, 300),
             vline(100, 100, 140), vline(300, 100, 140), vline(200, 120, 140)]  # no rule in the first row
    chars = [*word("Tieu de", 120, 105), *word("a", 110, 125), *word("b", 210, 125)]
    [table] = find_tables(rules, chars)
    assert table.rows == (("Tieu de", ""), ("a", "b"))


def test_a_table_running_past_the_page_edge_keeps_its_last_column() -> None:
    # the right border is drawn for the heading row only; the rules between rows still end at 600
    rules = [hline(y, 100, 600) for y in (100, 120, 140, 160)]
    rules += [vline(x, 100, 160) for x in (100, 200)] + [vline(600, 100, 120)]
    chars = [*word("Ten", 110, 105), *word("KPI", 210, 105),
             *word("A", 110, 125), *word(">= 90%", 590, 125),  # runs past x=600
             *word("B", 110, 145), *word("100%", 210, 145)]
    [table] = find_tables(rules, chars)
    assert [row[1] for row in table.rows] == ["KPI", ">= 90%", "100%"]


def test_shaded_cells_give_their_sides_as_rules() -> None:
    shading = [Box(100, 100, 200, 120), Box(200, 100, 300, 120), Box(100, 120, 200, 140), Box(200, 120, 300, 140)]
    chars = [*word("x", 110, 105), *word("y", 210, 105), *word("1", 110, 125), *word("2", 210, 125)]
    [table] = find_tables(shading, chars)
    assert table.rows == (("x", "y"), ("1", "2"))


@pytest.mark.parametrize("rules", [
    pytest.param([hline(100, 100, 300)], id="one rule under a heading"),
    pytest.param([hline(100, 100, 300), hline(200, 100, 300), vline(100, 100, 200)], id="open box"),
    pytest.param(grid([100, 300], [100, 200]), id="a frame around a paragraph"),
])
def test_rules_that_make_no_grid_are_no_table(rules: list[Box]) -> None:
    assert find_tables(rules, word("text", 110, 110)) == []


@pytest.mark.parametrize(("rules", "could"), [
    pytest.param(grid([100, 200, 300], [100, 120, 140]), True, id="a ruled grid"),
    pytest.param([Box(100, 100, 300, 120), Box(100, 120, 300, 140), Box(100, 140, 300, 160)] + [
        vline(x, y, y + 20) for x in (99, 301) for y in (100, 120, 140)], False, id="boxed paragraphs, one column"),
    pytest.param([Box(100, y, 250, y + 0.5) for y in (100, 130, 160)] + [Box(300, 100, 400, 100.5)], False,
                 id="underlines"),
    pytest.param([hline(y, 100, 300) for y in (100, 120, 140)] + [
        Box(x, y, x + 0.5, y + 2) for x in (100, 200, 300) for y in (100, 102.5, 105)], True,
        id="short ticks that join into rules"),
])
def test_pdfplumber_is_asked_only_where_rules_could_make_a_grid(rules: list[Box], could: bool) -> None:
    assert may_hold_grid(rules) is could


def test_corpus_boxed_paragraphs_are_read_without_pdfplumber(shared_dir: Path) -> None:
    pdf = shared_dir / "corpus" / "binhdinh-ubnd-cv-nq84cp-nhiemvu-2020-draft.pdf"
    code = ("import sys; from nqparse.readers import read_path; read_path(sys.argv[1]);"
            "print('pdfplumber' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_an_office_pdf_reads_its_table_without_pdfplumber() -> None:
    pdf = next(SAMPLES.glob("kienan*.pdf"))
    code = ("import sys; from nqparse import extract; r = extract(sys.argv[1]);"
            "print(len([i for i in r.indicators if i.source == 'table']), 'pdfplumber' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True)
    count, plumber = out.stdout.split()
    assert int(count) > 0 and plumber == "False"


def test_corpus_kpi_column_past_the_page_edge_is_read(shared_dir: Path) -> None:
    from nqparse.readers import read_path

    source = read_path(shared_dir / "corpus" / "thanhhoa-hdnd-qd-draft.pdf")
    assert source.text.count("≥") == 18  # every "≥" of the text layer, all in the KPI column
    kpi = [row[-1] for table in source.tables for row in table.rows]
    assert any("≥ 90% kiến nghị" in cell for cell in kpi)
