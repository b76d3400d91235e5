"""Indicator tables: column roles, group rows, sub-rows, cells, rows cut by a page break, and
the merge with indicators read from the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from nqparse import models
from nqparse.assemble import indicator
from nqparse.extractors.indicator_common import Indicator
from nqparse.extractors.tables import extract_table_indicators, merge_indicators, table_columns
from nqparse.normalize import normalize
from nqparse.readers.builder import TextBuilder
from nqparse.readers.pdf import Table, _link_split_tables
from nqparse.readers.pdflayout import Line, Segment
from nqparse.records import At
from nqparse.segment import Layout, segment
from nqparse.source import Source

from .conftest import SAMPLES


def layout_of(*tables: list[list[str]], before: str = "PHỤ LỤC\n") -> Layout:
    out = TextBuilder()
    out.add(before, paragraph=0)
    for rows in tables:
        out.add_table(rows)
    out.add("Ghi chú cuối bảng.\n", paragraph=1)
    source = Source(text=out.text(), format="docx", regions=tuple(out.regions), tables=tuple(out.tables))
    return segment(normalize(source))


def figures(ind: models.Indicator) -> list[tuple[Any, ...]]:
    return [(t.value, t.min, t.max, t.unit, t.comparator, t.change) for t in ind.targets]


@dataclass
class Case:
    id: str
    rows: list[list[str]]
    expect: list[tuple[int | None, str | None, str, list[tuple[Any, ...]]]]
    years: list[int | None] = field(default_factory=list)


CASES = [
    Case("stt-name-unit-plan-with-groups", [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022"],
        ["I", "Các chỉ tiêu về xây dựng Đảng", "", ""],
        ["1", "Kết nạp đảng viên", "đảng viên", "125 - 130"],
        ["2", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%", "≥ 80"],
        ["II", "Các chỉ tiêu về kinh tế", "", ""],
        ["3", "Số doanh nghiệp hoạt động", "doanh nghiệp", "1.000 - 1.200"],
        ["4", "Tỷ lệ tổ dân phố văn hóa", "%", "> 70"],
    ], [
        (1, "Các chỉ tiêu về xây dựng Đảng", "Kết nạp đảng viên", [(None, 125, 130, "đảng viên", None, None)]),
        (2, "Các chỉ tiêu về xây dựng Đảng", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", [(80, None, None, "%", ">=", None)]),
        (3, "Các chỉ tiêu về kinh tế", "Số doanh nghiệp hoạt động", [(None, 1000, 1200, "doanh nghiệp", None, None)]),
        (4, "Các chỉ tiêu về kinh tế", "Tỷ lệ tổ dân phố văn hóa", [(70, None, None, "%", ">", None)]),
    ], [2022] * 4),
    Case("past-result-column-is-not-the-plan", [
        ["TT", "Nội dung", "ĐVT", "Thực hiện năm 2021", "Kế hoạch năm 2022"],
        ["1", "Tổng giá trị sản xuất", "%", "Tăng 14,5", "Tăng 16 - 18"],
        ["2", "Thu ngân sách", "tỷ đồng", "850", "1.050"],
    ], [
        (1, None, "Tổng giá trị sản xuất", [(None, 16, 18, "%", None, "increase")]),
        (2, None, "Thu ngân sách", [(1050, None, None, "tỷ đồng", None, None)]),
    ], [2022, 2022]),
    Case("two-row-heading-and-column-numbers", [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"],
        ["", "", "", "Năm 2023"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["1", "Tỷ lệ tham gia bảo hiểm y tế", "%", "92"],
    ], [(1, None, "Tỷ lệ tham gia bảo hiểm y tế", [(92, None, None, "%", None, None)])], [2023]),
    Case("sub-rows-are-labelled-targets-of-the-row-above", [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022"],
        ["5", "Tỷ trọng cơ cấu kinh tế:", "", ""],
        ["", "- Công nghiệp, xây dựng", "%", "45,87"],
        ["", "- Nông nghiệp", "%", "0,42"],
        ["6", "Giải quyết việc làm", "", "3.300 lượt"],
    ], [
        (5, None, "Tỷ trọng cơ cấu kinh tế", [(45.87, None, None, "%", None, None), (0.42, None, None, "%", None, None)]),
        (6, None, "Giải quyết việc làm", [(3300, None, None, "lượt", None, None)]),
    ]),
    Case("a-row-without-figures-keeps-its-number", [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu đến năm 2025"],
        ["1", "Thực hiện tiêu chuẩn đô thị loại I", "", ""],
    ], [(1, None, "Thực hiện tiêu chuẩn đô thị loại I", [])]),
]


def _read(layout: Layout) -> list[models.Indicator]:
    """The table indicators of a layout as a user sees them."""
    return [models.Indicator.model_validate(indicator(i, layout.text.text)) for i in extract_table_indicators(layout)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_indicator_table(case: Case) -> None:
    layout = layout_of(case.rows)
    found = _read(layout)
    assert [(i.number, i.group, i.name, figures(i)) for i in found] == case.expect
    assert all(i.source == "table" for i in found)
    if case.years:
        assert [i.targets[0].year if i.targets else None for i in found] == case.years
    text = layout.text.text
    for ind in found:
        assert text[ind.span.start:ind.span.end].startswith(str(ind.number) if ind.number else "")
        for t in ind.targets:
            assert text[t.span.start:t.span.end] == t.text  # every figure points at its cell text


def test_sub_target_label_is_the_row_name() -> None:
    found = _read(layout_of(CASES[3].rows))
    assert [t.label for t in found[0].targets] == ["Công nghiệp, xây dựng", "Nông nghiệp"]


@pytest.mark.parametrize("rows", [
    pytest.param([["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì", "Thời gian thực hiện"],
                  ["1", "Tổ chức quán triệt Chỉ thị", "Sở Nội vụ", "Quý II/2026"]], id="task-table"),
    pytest.param([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Bí thư"]], id="people"),
    pytest.param([["STT", "Chỉ tiêu"], ["1", "Kết nạp đảng viên"]], id="no-plan-column"),
])
def test_other_tables_give_no_indicators(rows: list[list[str]]) -> None:
    assert table_columns(tuple(tuple(r) for r in rows)) is None
    assert extract_table_indicators(layout_of(rows)) == []


def test_text_indicators_read_off_a_table_give_way_to_the_table() -> None:
    layout = layout_of(CASES[0].rows, before="Chỉ tiêu (1) Kết nạp 125 đảng viên.\n")
    table = layout.text.source.tables[0]
    outside = Indicator(number=1, group=None, name="Kết nạp", at=At(0, 10), targets=())
    inside = Indicator(number=9, group=None, name="dòng của bảng", at=At(table.start + 5, table.start + 9), targets=())
    merged = merge_indicators(layout, [outside, inside], extract_table_indicators(layout))
    assert inside not in merged and merged[0] is outside
    assert [i.source for i in merged] == ["text", "table", "table", "table", "table"]


def _table(rows: list[list[str]], page: int) -> Table:
    return Table([list(r) for r in rows], page, 100, 700)


def _line(text: str, page: int) -> Line:
    return Line([Segment(90, 540, 50, 64, text)], page)


HEAD = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022"]


@pytest.mark.parametrize("first,second,expect_rows,extends", [
    pytest.param([HEAD, ["1", "Tỷ lệ hộ dân sử dụng nước", "", ""]],
                 [["", "sạch theo tiêu chuẩn", "%", "100"], ["2", "Kết nạp đảng viên", "đảng viên", "125"]],
                 [HEAD, ["1", "Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn", "%", "100"]], True,
                 id="row-cut-by-page-break"),
    pytest.param([HEAD, ["1", "Tổng giá trị sản xuất", "%", "Tăng 16"]],
                 [HEAD, ["", "- Công nghiệp", "%", "Tăng 12"]],
                 [HEAD, ["1", "Tổng giá trị sản xuất", "%", "Tăng 16"]], True,
                 id="repeated-heading-dropped-sub-row-kept"),
    pytest.param([HEAD, ["1", "Kết nạp đảng viên", "đảng viên", "125"]],
                 [["A", "B"], ["x", "y"]],
                 [HEAD, ["1", "Kết nạp đảng viên", "đảng viên", "125"]], False,
                 id="other-table-not-linked"),
])
def test_table_split_over_a_page_break(first: list[list[str]], second: list[list[str]],
                                       expect_rows: list[list[str]], extends: bool) -> None:
    pages: list[list[Any]] = [[_line("trang một", 1), _table(first, 1)], [_table(second, 2), _line("trang hai", 2)]]
    _link_split_tables(pages)
    assert pages[0][1].rows == expect_rows
    assert pages[1][0].extends is extends
    if extends:
        assert HEAD not in pages[1][0].rows


def test_pdf_sample_table_reads_every_numbered_row() -> None:
    from nqparse import extract

    pdf = extract(SAMPLES / "kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022.pdf")
    numbered = [i for i in pdf.indicators if i.number is not None]
    assert [i.number for i in numbered] == list(range(1, 19))
    assert all(i.source == "table" and i.span.table is not None and i.span.page for i in numbered)
    by_number = {i.number: i for i in numbered}
    assert figures(by_number[2]) == [(None, 125, 130, "đảng viên", None, None)]
    assert figures(by_number[8]) == [(None, 3100, 3500, "tỷ đồng", None, None)]
    assert by_number[8].targets[0].multiplier == 1_000_000_000


@pytest.mark.parametrize("heading,year", [
    pytest.param([["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu đến năm 2025"]], 2025, id="year-in-heading"),
    pytest.param([["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ["", "", "", "Năm 2023"]], 2023, id="year-under-heading"),
    pytest.param([["STT", "Chỉ tiêu", "Thực hiện 2021", "Kế hoạch 2022", "Kế hoạch 2023"]], 2023, id="latest-plan"),
    pytest.param([["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"]], None, id="no-year"),
    pytest.param([["CHỈ TIÊU CHỦ YẾU NĂM 2024", "", "", ""], ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"]], None,
                 id="title-row-above"),
])
def test_plan_year_comes_from_the_heading(heading: list[list[str]], year: int | None) -> None:
    rows = tuple(tuple(r) for r in [*heading, ["1", "Kết nạp đảng viên", "", "125"]])
    columns = table_columns(rows)
    assert columns is not None and columns.year == year
    assert rows[columns.heading_rows][0] == "1"  # the first row under the heading is the first indicator
