"""Indicators (chỉ tiêu): the figures of a table cell or a phrase (``parse_targets``), and whole
indicator lists read from short real-looking texts, inline and one per line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nqparse import extract, extract_text
from nqparse.assemble import target as target_model
from nqparse.extractors.indicator_common import INLINE_MARKER, inline_markers, marker_openings
from nqparse.models import Indicator, Target
from nqparse.phrases.figures import cell_figures

from .conftest import SAMPLES, sample


@dataclass
class Cell:
    id: str
    text: str
    expect: list[dict[str, Any]]
    unit: str | None = None
    year: int | None = None


def _fields(target: Target, keys: list[str]) -> dict[str, Any]:
    return {k: getattr(target, k) for k in keys}


def parse_targets(text: str, start: int, end: int, *, unit: str | None = None,
                  year: int | None = None) -> list[Target]:
    """The targets a user sees for one table cell: its figures, as output models."""
    return [Target.model_validate(target_model(f, text))
            for f in cell_figures(text, start, end, unit=unit, year=year)]


CELLS = [
    Cell("at-least-symbol", "≥ 80", [{"value": 80, "comparator": ">=", "unit": "%"}], unit="%"),
    Cell("more-than-symbol", "> 70", [{"value": 70, "comparator": ">"}]),
    Cell("at-most-symbol", "≤ 5", [{"value": 5, "comparator": "<="}]),
    Cell("range-plain", "125 - 130", [{"min": 125, "max": 130, "unit": "đảng viên"}], unit="đảng viên"),
    Cell("range-thousands", "1.000 - 1.200", [{"min": 1000, "max": 1200}]),
    Cell("range-en-dash-decimals", "2,5 – 3,0", [{"min": 2.5, "max": 3}], unit="tỷ USD"),
    Cell("decimal-comma", "3,45", [{"value": 3.45, "unit": "%"}], unit="%"),
    Cell("grouped-decimal", "89.490,478", [{"value": 89490.478}]),
    Cell("phrase-growth-at-least", "tăng 15% trở lên",
         [{"value": 15, "unit": "%", "comparator": ">=", "change": "increase"}]),
    Cell("phrase-decrease", "giảm 1,5%", [{"value": 1.5, "change": "decrease"}]),
    Cell("level-is-not-a-change", "giảm xuống còn 2%", [{"value": 2, "change": None}]),
    Cell("unit-in-cell-wins", "204 nghìn tỷ đồng",
         [{"value": 204, "unit": "nghìn tỷ đồng", "base_unit": "đồng", "multiplier": 10**12}], unit="tỷ đồng"),
    Cell("scale-folded-from-given-unit", "35.000", [{"value": 35000, "unit": "tỷ đồng", "base_unit": "đồng",
                                                      "multiplier": 10**9}], unit="tỷ đồng"),
    Cell("percent-after-space", "75 %", [{"value": 75, "unit": "%"}]),
    Cell("leading-zero", "02", [{"value": 2}], unit="trường"),
    Cell("about", "khoảng 56.000", [{"value": 56000, "comparator": "~"}]),
    Cell("from-to-words", "từ 20 đến 25", [{"min": 20, "max": 25}]),
    Cell("from-or-more", "từ 20 ngôi nhà trở lên", [{"value": 20, "unit": "ngôi nhà", "comparator": ">="}]),
    Cell("year-is-not-a-value", "Năm 2022", []),
    Cell("period-is-not-a-range", "2021 - 2025", []),
    Cell("date-is-not-a-value", "20/12/2021", []),
    Cell("achieved-over-planned-is-not-a-target", "154/150", []),
    Cell("empty", "", []),
    Cell("dash-only", "-", []),
    Cell("year-given", "91", [{"value": 91, "year": 2022}], unit="%", year=2022),
    Cell("duration-reached-is-a-target", "tuổi thọ trung bình đạt 75 tuổi", [{"value": 75, "unit": "tuổi"}]),
    Cell("duration-in-a-definition-is-not", "trẻ em dưới 5 tuổi", []),
    Cell("duration-from-or-more-is-not", "từ 3 tháng trở lên", []),
    Cell("per-capita-unit", "95 triệu đồng/người/năm",
         [{"value": 95, "unit": "triệu đồng/người/năm", "base_unit": "đồng/người/năm", "multiplier": 10**6}]),
    Cell("per-capita-unit-cut-after-its-slash-at-the-end", "thu nhập bình quân đầu người từ 75-80 triệu đồng/người/",
         [{"min": 75, "max": 80, "unit": "triệu đồng/người", "base_unit": "đồng/người", "multiplier": 10**6}]),
    Cell("a-slash-then-a-word-is-no-cut-unit", "đạt 70 triệu đồng/người/tháng", [{"value": 70, "unit": "triệu đồng/người/tháng"}]),
    Cell("a-cap-on-a-growth-rate-is-no-increase", "Tốc độ tăng dân số bình quân hằng năm dưới 1%",
         [{"value": 1, "unit": "%", "comparator": "<", "change": None}]),
    Cell("a-growth-at-most-is-a-cap", "chỉ số giá tiêu dùng tăng không quá 4%",
         [{"value": 4, "comparator": "<=", "change": None}]),
    Cell("a-growth-at-least-stays-a-growth", "tốc độ tăng dân số trên 1%", [{"value": 1, "comparator": ">", "change": "increase"}]),
    Cell("a-decrease-below-stays-a-decrease", "tỷ lệ hộ nghèo giảm dưới 1%", [{"value": 1, "comparator": "<", "change": "decrease"}]),
    Cell("per-year-amount", "850 tỷ đồng/năm",
         [{"value": 850, "unit": "tỷ đồng/năm", "base_unit": "đồng/năm", "multiplier": 10**9}]),
    Cell("per-year-count", "10 đảng viên/năm", [{"value": 10, "unit": "đảng viên/năm"}]),
    Cell("number-words-with-unit", "thêm hai xã", [{"value": 2, "unit": "xã"}]),
    Cell("number-words-leave-scale-words-to-the-unit", "đạt mười lăm tỷ đồng",
         [{"value": 15, "unit": "tỷ đồng", "multiplier": 10**9}]),
    Cell("dau-tu-is-not-four", "được đầu tư cơ sở vật chất", []),
    Cell("covid-19-is-not-a-value", "phòng, chống dịch COVID-19", []),
    Cell("growth-after-a-level", "đạt 32 tỷ USD, tăng 15% so với năm 2021",
         [{"value": 32, "unit": "tỷ USD", "change": None}, {"value": 15, "change": "increase", "baseline": "năm 2021",
                                                              "label": None}]),
    Cell("parts-share-the-growth-of-the-whole", "tăng 16 - 18%, trong đó công nghiệp 12%; dịch vụ 22%; nông nghiệp đạt 3%",
         [{"min": 16, "change": "increase"}, {"value": 12, "change": "increase", "label": "công nghiệp"},
          {"value": 22, "change": "increase", "label": "dịch vụ"}, {"value": 3, "change": None}]),
    Cell("separate-clauses-do-not-share-growth", "Tăng trưởng GRDP 7%; tỷ lệ hộ nghèo 2%",
         [{"value": 7, "change": "increase"}, {"value": 2, "change": None}]),
    Cell("percent-per-year", "giảm 0,5 - 1%/năm", [{"min": 0.5, "max": 1, "unit": "%", "change": "decrease"}]),
    Cell("per-population-is-not-a-second-target", "đạt 10 bác sĩ trên 1 vạn dân", [{"value": 10, "unit": "bác sĩ"}]),
    Cell("ocr-space-after-decimal-comma", "đạt 13, 5 %", [{"value": 13.5, "unit": "%"}]),
    Cell("ocr-space-after-comma-in-grouped", "89.490, 478 tỷ đồng", [{"value": 89490.478, "unit": "tỷ đồng"}]),
    Cell("ocr-spaced-range", "2, 5 – 3, 0 tỷ USD", [{"min": 2.5, "max": 3, "unit": "tỷ USD"}]),
    Cell("month-then-comma-is-not-a-decimal", "Đến tháng 12, 100% xã", [{"value": 100, "unit": "%"}]),
    Cell("year-then-comma-is-not-a-decimal", "Trong 2021, 50% xã", [{"value": 50, "unit": "%"}]),
    Cell("list-of-two-is-not-a-decimal", "các xã 5, 12 và 14", [{"value": 5}, {"value": 12}, {"value": 14}]),
    Cell("per-one-hectare-is-not-a-target", "giá trị sản phẩm trên một ha đất trồng trọt đạt 72 triệu đồng",
         [{"value": 72, "unit": "triệu đồng", "comparator": None}]),
    Cell("comparator-before-a-lead-word", "tăng trưởng GRDP tối thiểu ở mức 8-10%",
         [{"min": 8, "max": 10, "unit": "%", "comparator": ">="}]),
    Cell("below-a-level", "tỷ lệ hộ nghèo dưới mức 2%", [{"value": 2, "unit": "%", "comparator": "<"}]),
    Cell("from-then-the-name-then-or-more", "có từ 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, không có",
         [{"value": 80, "unit": "%", "comparator": ">="}]),
    Cell("a-year-before-a-counted-noun-is-a-year", "đến năm 2030 xã Vĩnh Lộc đạt chuẩn", []),
    Cell("per-mille-typed-as-percent-and-zero", "giảm tỷ suất sinh thô 0,30%0/năm",
         [{"value": 0.3, "unit": "‰", "change": "decrease"}]),
    Cell("per-mille-range-typed-with-a-letter-o", "giảm 0,2-0,3%o", [{"min": 0.2, "max": 0.3, "unit": "‰"}]),
    Cell("from-a-down-to-b-sets-only-b", "tỷ lệ hộ nghèo giảm từ 4% xuống còn 3%",
         [{"value": 3, "unit": "%", "change": None}]),
    Cell("from-a-up-to-b-sets-only-b", "tỷ lệ che phủ rừng từ 41,5% lên mức 43%", [{"value": 43, "unit": "%"}]),
    Cell("a-change-from-a-with-no-tu-sets-only-b", "tăng thu nhập bình quân 52 triệu đồng lên 80 triệu đồng",
         [{"value": 80, "unit": "triệu đồng"}]),
    Cell("from-a-in-a-year-down-to-b-sets-only-b", "giảm tỷ lệ hộ nghèo từ 5,1% năm 2020 xuống còn 1,5%",
         [{"value": 1.5, "unit": "%"}]),
    Cell("from-a-range-down-to-b-sets-only-b", "giảm từ 7 - 8% xuống 6%", [{"value": 6, "unit": "%"}]),
    Cell("a-counted-noun-runs-up-to-its-grade", "có 4 khách sạn từ 3 sao trở lên",
         [{"value": 4, "unit": "khách sạn", "comparator": None}]),
    Cell("an-abbreviation-after-a-counted-noun-before-its-grade-is-the-units", "có 6 sản phẩm OCOP từ 3 sao trở lên",
         [{"value": 6, "unit": "sản phẩm OCOP", "comparator": None}]),
    Cell("a-grade-word-before-its-number", "có 5 xã từ mức 2 trở lên, 3 nhà nghỉ từ hạng 1 trở lên",
         [{"value": 5, "unit": "xã", "comparator": None}, {"value": 3, "unit": "nhà nghỉ", "comparator": None}]),
    Cell("per-mille-sign", "tỷ suất sinh giảm 0,5‰", [{"value": 0.5, "unit": "‰", "change": "decrease"}]),
]


@pytest.mark.parametrize("cell", CELLS, ids=lambda c: c.id)
def test_parse_targets_reads_a_cell(cell: Cell) -> None:
    targets = parse_targets(cell.text, 0, len(cell.text), unit=cell.unit, year=cell.year)
    assert [_fields(t, list(e)) for t, e in zip(targets, cell.expect, strict=False)] == cell.expect
    assert len(targets) == len(cell.expect)


def test_parse_targets_spans_are_offsets_into_the_whole_text() -> None:
    row = "Kết nạp đảng viên | đảng viên | 154 | 125 - 130 | ghi chú"
    start = row.index("125")
    end = row.index(" | ghi")
    [target] = parse_targets(row, start, end, unit="đảng viên")
    assert (target.min, target.max) == (125, 130)
    assert row[target.span.start:target.span.end] == "125 - 130" == target.text


def test_parse_targets_reads_a_cell_broken_over_lines() -> None:
    cell = "1.000\n-  1.200"
    [target] = parse_targets(cell, 0, len(cell), unit="doanh nghiệp")
    assert (target.min, target.max, target.unit, target.text) == (1000, 1200, "doanh nghiệp", cell)


_CELL_TEXT = st.text(alphabet=st.sampled_from(list("0123456789.,-–%≥><~ \ntừđếnkhoảngtrởlêntăngiảmtỷđồngxã/()")),
                     max_size=60)


@settings(max_examples=300, deadline=None)
@given(_CELL_TEXT, st.integers(min_value=0, max_value=10), st.integers(min_value=0, max_value=70))
def test_parse_targets_never_raises_and_spans_stay_in_the_slice(text: str, start: int, end: int) -> None:
    for target in parse_targets(text, start, end):
        assert max(0, start) <= target.span.start < target.span.end <= min(len(text), end)
        assert text[target.span.start:target.span.end] == target.text
        assert target.value is not None or (target.min is not None and target.max is not None)


def test_parse_targets_reads_only_the_slice() -> None:
    text = "2020: 50%; 2021: 60%"
    targets = parse_targets(text, text.index("60"), len(text))
    assert [t.value for t in targets] == [60]


@dataclass
class Doc:
    id: str
    text: str
    expect: list[dict[str, Any]]
    absent_numbers: list[int] = field(default_factory=list)


def _view(ind: Indicator) -> dict[str, Any]:
    return {"number": ind.number, "group": ind.group, "name": ind.name,
            "targets": [{k: v for k, v in t.model_dump().items()
                         if k in ("value", "min", "max", "unit", "comparator", "change") and v is not None}
                        for t in ind.targets]}


DOCS = [
    Doc("inline-list-after-lead-in",
        "Về chỉ tiêu kinh tế: (1) Tăng trưởng GRDP (giá so sánh 2010) đạt 7,5% so với năm 2022; (2) Thu ngân sách "
        "nhà nước trên địa bàn 12.345,6 tỷ đồng; (3) Thu hút 1,5 – 2,0 tỷ USD vốn đầu tư trực tiếp nước ngoài (FDI).\n",
        [{"number": 1, "group": "Về chỉ tiêu kinh tế", "name": "Tăng trưởng GRDP",
          "targets": [{"value": 7.5, "unit": "%", "change": "increase"}]},
         {"number": 2, "group": "Về chỉ tiêu kinh tế", "name": "Thu ngân sách nhà nước trên địa bàn",
          "targets": [{"value": 12345.6, "unit": "tỷ đồng"}]},
         {"number": 3, "group": "Về chỉ tiêu kinh tế", "name": "Thu hút vốn đầu tư trực tiếp nước ngoài (FDI)",
          "targets": [{"min": 1.5, "max": 2, "unit": "tỷ USD"}]}]),
    Doc("one-per-line-appendix-with-sub-bullets",
        "PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2023\n\nI. Các chỉ tiêu về phát triển kinh tế\n\n"
        "(1). Tổng giá trị sản xuất tăng 10 - 12%, trong đó:\n- Công nghiệp, xây dựng tăng 9% so với năm 2022.\n"
        "- Thương mại, dịch vụ tăng 14%.\n(2). Có 500 - 600 doanh nghiệp hoạt động.\n\n"
        "II. Các chỉ tiêu về xã hội\n\n- (3). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên.\n",
        [{"number": 1, "group": "Các chỉ tiêu về phát triển kinh tế", "name": "Tổng giá trị sản xuất",
          "targets": [{"min": 10, "max": 12, "unit": "%", "change": "increase"},
                      {"value": 9, "unit": "%", "change": "increase"},
                      {"value": 14, "unit": "%", "change": "increase"}]},
         {"number": 2, "group": "Các chỉ tiêu về phát triển kinh tế", "name": "Doanh nghiệp hoạt động",
          "targets": [{"min": 500, "max": 600, "unit": "doanh nghiệp"}]},
         {"number": 3, "group": "Các chỉ tiêu về xã hội", "name": "Tỷ lệ người dân tham gia bảo hiểm y tế",
          "targets": [{"value": 95, "unit": "%", "comparator": ">="}]}]),
    Doc("ocr-l-for-one-and-spaced-thousands",
        "Các chỉ tiêu chủ yếu:\n(l) Kết nạp 1 .200 đảng viên.\n(2) Giải quyết việc làm cho 3. 300 lượt lao động.\n",
        [{"number": 1, "group": "Các chỉ tiêu chủ yếu", "name": "Kết nạp đảng viên",
          "targets": [{"value": 1200, "unit": "đảng viên"}]},
         {"number": 2, "group": "Các chỉ tiêu chủ yếu", "name": "Giải quyết việc làm",
          "targets": [{"value": 3300, "unit": "lượt lao động"}]}]),
    Doc("not-values-years-criteria-document-numbers-durations",
        "CHỈ TIÊU KẾ HOẠCH NĂM 2022\n(1). Thực hiện Tiêu chí 5 của đô thị loại I theo Nghị quyết số 1210/2016/UBTVQH13, "
        "ngày 25/5/2016.\n(2). Không còn hộ nghèo (theo chuẩn nghèo giai đoạn 2016 - 2020).\n"
        "(3). Tỷ lệ lao động qua đào tạo từ 3 tháng trở lên đạt 40%.\n",
        [{"number": 1, "group": "CHỈ TIÊU KẾ HOẠCH NĂM 2022", "name": "Thực hiện Tiêu chí 5 của đô thị loại I theo Nghị "
          "quyết số 1210/2016/UBTVQH13, ngày 25/5/2016", "targets": []},
         {"number": 2, "group": "CHỈ TIÊU KẾ HOẠCH NĂM 2022", "name": "Không còn hộ nghèo",
          "targets": [{"value": 0, "unit": "hộ nghèo"}]},
         {"number": 3, "group": "CHỈ TIÊU KẾ HOẠCH NĂM 2022",
          "name": "Tỷ lệ lao động qua đào tạo từ 3 tháng trở lên", "targets": [{"value": 40, "unit": "%"}]}]),
    Doc("numbered-appendix-lines-under-a-chi-tieu-heading",
        "NGHỊ QUYẾT\nvề nhiệm vụ năm 2024\n\nBan Chấp hành quyết nghị:\n\n"
        "II. CHỈ TIÊU CHỦ YẾU NĂM 2024\n1. Tốc độ tăng trưởng kinh tế đạt 8%.\n2. Tỷ lệ che phủ rừng đạt 45,5%.\n"
        "3. Có thêm 2 xã đạt chuẩn nông thôn mới.\n",
        [{"number": 1, "group": "CHỈ TIÊU CHỦ YẾU NĂM 2024", "name": "Tốc độ tăng trưởng kinh tế",
          "targets": [{"value": 8, "unit": "%", "change": "increase"}]},
         {"number": 2, "group": "CHỈ TIÊU CHỦ YẾU NĂM 2024", "name": "Tỷ lệ che phủ rừng",
          "targets": [{"value": 45.5, "unit": "%"}]},
         {"number": 3, "group": "CHỈ TIÊU CHỦ YẾU NĂM 2024", "name": "Thêm xã đạt chuẩn nông thôn mới",
          "targets": [{"value": 2, "unit": "xã"}]}]),
    Doc("two-measures-in-one-item-name-the-first",
        "Các chỉ tiêu chủ yếu:\n(1) Tốc độ tăng trưởng kinh tế đạt 7%, thu nhập bình quân đầu người đạt 80 triệu đồng.\n"
        "(2) Tổng vốn đầu tư toàn xã hội đạt 204 nghìn tỷ đồng, tăng 10% so với năm 2020.\n",
        [{"number": 1, "group": "Các chỉ tiêu chủ yếu", "name": "Tốc độ tăng trưởng kinh tế",
          "targets": [{"value": 7, "unit": "%", "change": "increase"}, {"value": 80, "unit": "triệu đồng"}]},
         {"number": 2, "group": "Các chỉ tiêu chủ yếu", "name": "Tổng vốn đầu tư toàn xã hội",
          "targets": [{"value": 204, "unit": "nghìn tỷ đồng"}, {"value": 10, "unit": "%", "change": "increase"}]}]),
    Doc("letter-numbered-group-and-a-name-after-the-figure",
        "PHỤ LỤC\nA. CHỈ TIÊU VỀ XÂY DỰNG ĐẢNG\n(1) 100% các xã, phường có mô hình “Dân vận khéo”.\n"
        "(2) Kết nạp 150 đảng viên.\n",
        [{"number": 1, "group": "CHỈ TIÊU VỀ XÂY DỰNG ĐẢNG", "name": "Các xã, phường có mô hình “Dân vận khéo”",
          "targets": [{"value": 100, "unit": "%"}]},
         {"number": 2, "group": "CHỈ TIÊU VỀ XÂY DỰNG ĐẢNG", "name": "Kết nạp đảng viên",
          "targets": [{"value": 150, "unit": "đảng viên"}]}]),
    Doc("task-groups-are-not-indicators",
        "1.2. Trong 3 tháng cuối năm 2021, tập trung thực hiện một số nhiệm vụ, giải pháp sau:\n\n"
        "(1) Làm tốt công tác xây dựng Đảng, hệ thống chính trị, vận động Nhân dân\n\n"
        "- Rà soát, kiện toàn đội ngũ cán bộ tại những cơ quan còn khuyết thiếu.\n\n"
        "(2) Hoàn thành các chỉ tiêu, nhiệm vụ về kinh tế - xã hội, quốc phòng, an ninh\n\n"
        "- Tiếp tục triển khai chiến dịch tiêm vắc xin phòng Covid-19 năm 2021 - 2022.\n", []),
    Doc("ocr-capital-i-for-one-and-a-stray-marker-inside-an-item",
        "Mục tiêu cụ thể: (I) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% (theo mục (7) của Kế hoạch); "
        "(2) Có 35 giường bệnh/vạn dân; (3) Tuổi thọ trung bình đạt 75 tuổi.\n",
        [{"number": 1, "group": "Mục tiêu cụ thể", "name": "Tỷ lệ dân số tham gia bảo hiểm y tế",
          "targets": [{"value": 95, "unit": "%"}]},
         {"number": 2, "group": "Mục tiêu cụ thể", "name": "Giường bệnh/vạn dân",
          "targets": [{"value": 35, "unit": "giường bệnh/vạn dân"}]},
         {"number": 3, "group": "Mục tiêu cụ thể", "name": "Tuổi thọ trung bình",
          "targets": [{"value": 75, "unit": "tuổi"}]}]),
    Doc("half-parenthesis-markers-after-a-colon",
        "Các chỉ tiêu chủ yếu: 1) Tốc độ tăng trưởng kinh tế đạt 7%; 2) Tỷ lệ che phủ rừng đạt 46%.\n",
        [{"number": 1, "group": "Các chỉ tiêu chủ yếu", "name": "Tốc độ tăng trưởng kinh tế",
          "targets": [{"value": 7, "unit": "%", "change": "increase"}]},
         {"number": 2, "group": "Các chỉ tiêu chủ yếu", "name": "Tỷ lệ che phủ rừng",
          "targets": [{"value": 46, "unit": "%"}]}]),
    Doc("short-lead-in-without-colon",
        "Về chỉ tiêu xã hội (1) Tỷ lệ thất nghiệp khu vực thành thị dưới 4%; (2) Tạo việc làm mới cho 30 nghìn lao động.\n",
        [{"number": 1, "group": "Về chỉ tiêu xã hội", "name": "Tỷ lệ thất nghiệp khu vực thành thị",
          "targets": [{"value": 4, "unit": "%", "comparator": "<"}]},
         {"number": 2, "group": "Về chỉ tiêu xã hội", "name": "Tạo việc làm mới",
          "targets": [{"value": 30, "unit": "nghìn lao động"}]}]),
    Doc("ocr-list-joined-to-its-heading",
        "II. Các chỉ tiêu về xây dựng Đảng (l). Kết nạp 125 - 130 đảng viên.\n(2). Trên 90 % tổ chức cơ sở đảng "
        "hoàn thành tốt nhiệm vụ.\n",
        [{"number": 1, "group": "Các chỉ tiêu về xây dựng Đảng", "name": "Kết nạp đảng viên",
          "targets": [{"min": 125, "max": 130, "unit": "đảng viên"}]},
         {"number": 2, "group": "Các chỉ tiêu về xây dựng Đảng", "name": "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
          "targets": [{"value": 90, "unit": "%", "comparator": ">"}]}]),
    Doc("council-resolution-letter-groups-and-inline-decimal-markers",
        "QUYẾT NGHỊ:\n\nĐiều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2023 với các nội dung sau:\n"
        "2. Các chỉ tiêu chủ yếu\na) Các chỉ tiêu xã hội:\n"
        "(5) Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%.\n"
        "(6) Số bác sĩ/vạn dân đạt 11,2 bác sĩ; số giường bệnh/vạn dân đạt 34 giường.\n"
        "b) Các chỉ tiêu môi trường: 7. Tỷ lệ dân số nông thôn sử dụng nước sạch đạt 99%; 8. Tỷ lệ che phủ rừng "
        "duy trì ở mức 8,4%.\n3. Nhiệm vụ, giải pháp chủ yếu\n(1) Tập trung phục hồi và phát triển kinh tế, phấn đấu "
        "hoàn thành 100% kế hoạch.\n(2) Đẩy mạnh cải cách hành chính.\n",
        [{"number": 5, "group": "Các chỉ tiêu xã hội", "name": "Tỷ lệ lao động qua đào tạo",
          "targets": [{"value": 70, "unit": "%"}, {"value": 30, "unit": "%"}]},
         {"number": 6, "group": "Các chỉ tiêu xã hội", "name": "Số bác sĩ/vạn dân",
          "targets": [{"value": 11.2, "unit": "bác sĩ"}, {"value": 34, "unit": "giường"}]},
         {"number": 7, "group": "Các chỉ tiêu môi trường", "name": "Tỷ lệ dân số nông thôn sử dụng nước sạch",
          "targets": [{"value": 99, "unit": "%"}]},
         {"number": 8, "group": "Các chỉ tiêu môi trường", "name": "Tỷ lệ che phủ rừng duy trì",
          "targets": [{"value": 8.4, "unit": "%"}]}]),
    Doc("results-achieved-are-not-targets",
        "I. KẾT QUẢ THỰC HIỆN NĂM 2021\n(1) Tăng trưởng GRDP đạt 12,38%.\n(2) Thu ngân sách đạt 95.000 tỷ đồng.\n\n"
        "II. CHỈ TIÊU NĂM 2022\n(1) Tăng trưởng GRDP đạt 13%.\n(2) Thu ngân sách đạt 98.000 tỷ đồng.\n",
        [{"number": 1, "group": "CHỈ TIÊU NĂM 2022", "name": "Tăng trưởng GRDP",
          "targets": [{"value": 13, "unit": "%", "change": "increase"}]},
         {"number": 2, "group": "CHỈ TIÊU NĂM 2022", "name": "Thu ngân sách",
          "targets": [{"value": 98000, "unit": "tỷ đồng"}]}]),
    Doc("numbering-running-on-from-results-into-targets",
        "I. KẾT QUẢ THỰC HIỆN NĂM 2021\n(1) Tăng trưởng GRDP đạt 12,38%.\n(2) Thu ngân sách đạt 95.000 tỷ đồng.\n\n"
        "II. CHỈ TIÊU NĂM 2022\n(3) Tăng trưởng GRDP đạt 13%.\n(4) Thu ngân sách đạt 98.000 tỷ đồng.\n",
        [{"number": 3, "group": "CHỈ TIÊU NĂM 2022", "name": "Tăng trưởng GRDP",
          "targets": [{"value": 13, "unit": "%", "change": "increase"}]},
         {"number": 4, "group": "CHỈ TIÊU NĂM 2022", "name": "Thu ngân sách",
          "targets": [{"value": 98000, "unit": "tỷ đồng"}]}]),
    Doc("a-share-that-ends-a-name-and-a-named-share-after-a-leading-one",
        "CÁC CHỈ TIÊU CHỦ YẾU\n(1) Hộ nghèo chiếm tỷ lệ 1,07%.\n(2) 100% khu dân cư đạt văn hóa, tỷ lệ gia đình văn "
        "hóa đạt 85%.\n(3) Giảm tỷ suất sinh thô 0,30%0/năm.\n",
        [{"number": 1, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Hộ nghèo", "targets": [{"value": 1.07, "unit": "%"}]},
         {"number": 2, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Khu dân cư đạt văn hóa",
          "targets": [{"value": 100, "unit": "%"}, {"value": 85, "unit": "%"}]},
         {"number": 3, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Giảm tỷ suất sinh thô",
          "targets": [{"value": 0.3, "unit": "‰", "change": "decrease"}]}]),
    Doc("citation-marker-inside-a-paragraph-is-not-a-list",
        "Thực hiện theo hướng dẫn tại mục (3) của Kế hoạch, bảo đảm tiến độ đề ra trong năm 2022.\n", []),
]


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.id)
def test_indicator_lists(doc: Doc) -> None:
    result = extract_text(doc.text, with_text=True)
    numbered = [_view(i) for i in result.indicators if i.number is not None]
    assert numbered == doc.expect
    for ind in result.indicators:
        assert result.text is not None
        assert result.text[ind.span.start:ind.span.end] == ind.text
        for t in ind.targets:
            assert result.text[t.span.start:t.span.end] == t.text
            assert ind.span.start <= t.span.start and t.span.end <= ind.span.end


def test_sub_targets_carry_label_and_baseline() -> None:
    text = ("Các chỉ tiêu:\n(1) Tổng giá trị sản xuất tăng 16 - 18%, trong đó:\n"
            "- Giá trị sản xuất công nghiệp, xây dựng tăng 12% so với thực hiện năm 2021.\n"
            "(2) Tỷ trọng cơ cấu kinh tế: Công nghiệp, xây dựng: 45,87%; Nông nghiệp: 0,42%.\n")
    first, second = extract_text(text).indicators
    sub = first.targets[1]
    assert (sub.value, sub.label, sub.baseline, sub.change) == (
        12, "Giá trị sản xuất công nghiệp, xây dựng", "thực hiện năm 2021", "increase")
    assert [(t.label, t.value) for t in second.targets] == [("Công nghiệp, xây dựng", 45.87), ("Nông nghiệp", 0.42)]


def test_unnumbered_bullets_under_a_chi_tieu_heading() -> None:
    text = ("Về chỉ tiêu xã hội:\n- Phấn đấu 100% phường có mô hình dân vận khéo.\n"
            "- Xây mới từ 20 ngôi nhà đại đoàn kết trở lên.\n")
    found = extract_text(text).indicators
    assert [(i.number, [(t.value, t.unit, t.comparator) for t in i.targets]) for i in found] == [
        (None, [(100, "%", None)]), (None, [(20, "ngôi nhà", ">=")])]


def test_unnumbered_bullets_under_letter_headings_below_a_lead_in() -> None:
    text = ("Hội nghị đã thống nhất các chỉ tiêu chủ yếu năm 2022:\n\na) Về kinh tế\n"
            "- Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5%.\nb) Về xã hội\n- Tỷ lệ hộ nghèo giảm 1 - 1,5%.\n\n"
            "Các nhiệm vụ trọng tâm:\n- Đẩy mạnh cải cách hành chính, phấn đấu chỉ số PCI tăng 3 bậc.\n")
    found = extract_text(text).indicators
    assert [(i.number, i.group, i.name) for i in found] == [
        (None, "Về kinh tế", "Tốc độ tăng trưởng kinh tế (GRDP)"), (None, "Về xã hội", "Tỷ lệ hộ nghèo")]
    assert [(t.min, t.max, t.change) for t in found[1].targets] == [(1, 1.5, "decrease")]


def test_bullets_under_numbered_sibling_headings_share_the_lead_in_of_the_first() -> None:
    # "Các chỉ tiêu chủ yếu:" opens "1." and "2." alike: the bullets of "2." are targets too
    text = ("Các chỉ tiêu chủ yếu:\n1. Về kinh tế:\n- Tổng thu ngân sách trên địa bàn đạt 420 tỷ đồng.\n"
            "2. Về xã hội:\n- Tỷ lệ hộ nghèo giảm từ 1,2% trở lên.\n- Tỷ lệ che phủ rừng đạt 47,5%.\n")
    found = extract_text(text).indicators
    assert [(i.group, i.name, [t.value for t in i.targets]) for i in found] == [
        ("Về kinh tế", "Tổng thu ngân sách trên địa bàn", [420]), ("Về xã hội", "Tỷ lệ hộ nghèo", [1.2]),
        ("Về xã hội", "Tỷ lệ che phủ rừng", [47.5])]


def test_a_numbered_section_after_a_results_section_is_not_opened_by_its_lead_in() -> None:
    # "2." follows "1." but the lead-in above "1." speaks of results: nothing to read as targets
    text = ("Kết quả đạt được năm 2023:\n1. Về kinh tế:\n- Thu ngân sách đạt 410 tỷ đồng.\n"
            "2. Về xã hội:\n- Tỷ lệ hộ nghèo còn 1,3%.\n")
    assert extract_text(text).indicators == []


def test_lettered_items_under_a_numbered_heading_on_the_first_line() -> None:
    # a copy that starts at its section: "3. ..." is the lettered items' heading, not a letterhead
    text = ("3. Các chỉ tiêu chủ yếu\na) Tổng sản phẩm trên địa bàn tăng\n7,2%;\n"
            "b) Kim ngạch xuất khẩu đạt 940 triệu USD;\n")
    found = extract_text(text).indicators
    assert [(i.number, i.group, i.name, [(t.value, t.unit) for t in i.targets]) for i in found] == [
        (None, "Các chỉ tiêu chủ yếu", "Tổng sản phẩm trên địa bàn", [(7.2, "%")]),
        (None, "Các chỉ tiêu chủ yếu", "Kim ngạch xuất khẩu", [(940, "triệu USD")])]


def test_an_estimate_in_brackets_leaves_the_entry_a_target() -> None:
    # the bracket breaks the target down in the words of an estimate; the entry still sets a target
    text = ("Các chỉ tiêu chủ yếu:\n- Kim ngạch xuất khẩu đạt 500 triệu USD (nông sản ước đạt 200 triệu USD).\n"
            "- Thu ngân sách ước đạt 300 tỷ đồng (tăng 5%).\n")
    found = extract_text(text).indicators
    assert [(i.name.startswith("Kim ngạch xuất khẩu"), [t.value for t in i.targets][:1]) for i in found] == [(True, [500])]


def test_cooperative_groups_and_unions_are_counted_things() -> None:
    text = "Các chỉ tiêu chủ yếu:\n- Thành lập mới 30 tổ hợp tác; 12 hợp tác xã; 02 Liên hiệp hợp tác xã;\n"
    found = extract_text(text).indicators
    assert [[(t.value, t.unit) for t in i.targets] for i in found] == [
        [(30, "tổ hợp tác"), (12, "hợp tác xã"), (2, "Liên hiệp hợp tác xã")]]


def test_a_count_closed_by_tro_len_after_its_words_is_a_floor() -> None:
    # the count's own clause ends in "trở lên"; a level figure between ("mức độ 1") keeps it there
    text = ("Các chỉ tiêu chủ yếu:\n- Có thêm 04 xã đạt chuẩn nông thôn mới trở lên, 03 xã đạt chuẩn kiểu mẫu;\n"
            "- 90% trường đạt chuẩn mức độ 1 trở lên;\n")
    found = extract_text(text).indicators
    assert [[(t.value, t.comparator) for t in i.targets] for i in found] == [[(4, ">="), (3, None)], [(90, None)]]


def test_a_list_of_tasks_with_figures_under_a_task_heading_is_not_an_indicator_list() -> None:
    text = ("Các nhiệm vụ trọng tâm:\n(1) Tập trung chỉ đạo hoàn thành các chỉ tiêu năm 2022.\n"
            "(2) Đẩy mạnh cải cách hành chính, nâng cao chỉ số PCI.\n(3) Thực hiện tốt công tác tuyển quân năm 2022.\n")
    assert extract_text(text).indicators == []


def test_unnumbered_figures_do_not_disturb_numbered_ones() -> None:
    text = ("Chỉ tiêu chủ yếu:\n(1) Tỷ lệ hộ dân sử dụng nước sạch đạt 100%.\n(2) Kết nạp 125 - 130 đảng viên.\n"
            "- Phấn đấu 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n")
    found = extract_text(text).indicators
    assert [i.number for i in found if i.number is not None] == [1, 2]
    assert [len(i.targets) for i in found if i.number is not None] == [1, 1]


@pytest.mark.parametrize("name,numbers", [
    ("kienan-quanuy-nghi-quyet", list(range(1, 19))),
    ("haiphong-nghi-quyet-nam-2021", list(range(1, 25))),
    ("haiphong-thanhuy-ket-luan", []),
])
def test_sample_lists_and_spans(name: str, numbers: list[int]) -> None:
    result = extract(sample(name), with_text=True)
    assert [i.number for i in result.indicators if i.number is not None] == numbers
    assert result.text is not None
    for ind in result.indicators:
        assert result.text[ind.span.start:ind.span.end] == ind.text
        for t in ind.targets:
            assert result.text[t.span.start:t.span.end] == t.text


_SAMPLE_LINES = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))).splitlines()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SAMPLE_LINES), min_size=1, max_size=40))
def test_any_mix_of_sample_lines_gives_exact_spans(lines: list[str]) -> None:
    assume("".join(lines).strip())  # blank text is refused, as an empty file is
    result = extract_text("\n".join(lines), with_text=True)
    assert result.text is not None
    for ind in result.indicators:
        assert result.text[ind.span.start:ind.span.end] == ind.text
        for t in ind.targets:
            assert result.text[t.span.start:t.span.end] == t.text
            assert t.value is not None or (t.min is not None and t.max is not None and t.min < t.max)


MARKED = ("Xã Bản Lìm phấn đấu: 1) đường bê tông 12 km; 2) 95% hộ có nước sạch; tỷ lệ: (3) 40%;\n"
          "ghi chú: a) không; 12. Trường Mầm Non đạt chuẩn;  7) chợ mới: x; ٣) lớp học")


def test_inline_markers_are_tried_only_where_a_digit_or_bracket_opens() -> None:
    opens = marker_openings(MARKED)
    assert {MARKED[at] for at in opens} <= set("(0123456789٣")  # never the space after ":" or ";"
    assert MARKED.index("1)") in opens and MARKED.index("٣)") in opens
    found = [(m.span(), m.group("n")) for m in inline_markers(MARKED, 0, len(MARKED))]
    assert found == [(m.span(), m.group("n")) for m in INLINE_MARKER.finditer(MARKED)]
    assert [n for _, n in found] == ["1", "2", "3", "12", "٣"]  # "  7)": two spaces after the ";"


class _Counted:
    """A pattern that counts the calls made of it."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name: str) -> Any:
        self.calls += 1
        return getattr(self.pattern, name)


def test_code_patterns_are_tried_only_beside_a_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    from nqparse.normalize import fold
    from nqparse.phrases import figures

    after, before, letter = _Counted(figures._CODE_AFTER), _Counted(figures._CODE_BEFORE), _Counted(figures._LETTER)
    monkeypatch.setattr(figures, "_CODE_AFTER", after)
    monkeypatch.setattr(figures, "_CODE_BEFORE", before)
    monkeypatch.setattr(figures, "_LETTER", letter)
    plain = "Xã Nà Hẩu phấn đấu đạt 95% hộ dùng nước sạch, trồng 120 ha rừng, 4 trường đạt chuẩn"
    found = figures.find_figures(plain, fold(plain), 0, len(plain))
    assert [f.value for f in found] == [95, 120, 4]
    assert after.calls == before.calls == 0  # a space on each side of every figure: no code
    coded = "Mạng 5G phủ 80% thôn; COVID-19 giảm; 25/5/2031 đạt 30 km"
    found = figures.find_figures(coded, fold(coded), 0, len(coded))
    assert [f.value for f in found] == [80, 30]
    assert after.calls and before.calls and letter.calls


@pytest.mark.parametrize("marker", ["-", "1."])
def test_a_verb_of_striving_opening_a_listed_target_names_nothing(marker: str) -> None:
    text = ("NGHỊ QUYẾT\nĐẠI HỘI\n\nI. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU\n\n"
            f"{marker} Thúc đẩy tăng trưởng kinh tế bình quân đạt 7%/năm.\n{marker} Tỷ lệ che phủ rừng đạt 41%.\n")
    assert [i.name for i in extract_text(text).indicators][0] == "Tăng trưởng kinh tế bình quân"


def test_list_run_reads_share_of_figures_only_when_scores_leave_it_open() -> None:
    """A run whose heading or lead-in decides is judged without reading its items' figures."""
    from nqparse.extractors.indicators import _is_indicator_run, _Marker

    def unread() -> float:
        raise AssertionError("the share of items with a figure was read")

    chain = [_Marker(1, 0, 0, 3, True), _Marker(2, 1, 10, 13, True)]
    assert not _is_indicator_run(chain, [-2, 0], unread, unread, False)  # results, not targets
    assert _is_indicator_run(chain, [1, 0], unread, unread, True)  # a chỉ tiêu lead-in
    assert _is_indicator_run(chain, [-1, -1], lambda: 0.9, unread, False)
    assert not _is_indicator_run(chain, [-1], lambda: 0.0, lambda: 0.7, False)
    headed = [_Marker(1, 0, 0, 3, True, heading=True)]
    assert not _is_indicator_run(headed, [0], unread, unread, False)


def test_numbered_targets_under_a_targets_heading_keep_their_figures() -> None:
    text = ("Các chỉ tiêu chủ yếu đến năm 2030:\n"
            "1. Tốc độ tăng trưởng kinh tế bình quân đạt 7,5%/năm.\n"
            "2. Tỷ lệ hộ nghèo giảm còn dưới 1,2%.\n"
            "3. Thu ngân sách trên địa bàn đạt 980 tỷ đồng.\n")
    doc = extract_text(text)
    assert [[t.value for t in i.targets] for i in doc.indicators] == [[7.5], [1.2], [980]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBé …. !?\n1", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_sentence_edges_tried_where_they_can_open_find_what_a_search_finds(text: str, start: int, end: int) -> None:
    """The sentence end tried at its openings, the sentence start searched from the last mark."""
    from nqparse.extractors.prose_targets import (
        _SENTENCE_END,
        _SENTENCE_START,
        _sentence_end,
        _sentence_start,
    )

    end = min(end, len(text))
    for ours, pattern in ((_sentence_end, _SENTENCE_END), (_sentence_start, _SENTENCE_START)):
        found, searched = ours(text, start, end), pattern.search(text, start, end)
        assert (found and found.span()) == (searched and searched.span())


def test_sentence_start_is_after_the_last_mark_of_a_long_paragraph() -> None:
    from nqparse.extractors.prose_targets import _sentence_start

    text = "Câu một. " * 2000 + "Xã Tân Lộc... phấn đấu đạt 90%"
    found = _sentence_start(text, 0, len(text))
    assert found is not None and text[found.end():].startswith(" phấn đấu")


def test_sentence_end_at_the_blanks_before_a_line_end() -> None:
    from nqparse.extractors.prose_targets import _sentence_end

    text = "Xã Tân Hòa đạt 95%  \nDòng sau. Câu kế"
    found = _sentence_end(text, 0, len(text))
    assert found is not None and found.span() == (18, 20)
    found = _sentence_end(text, 22, len(text))
    assert found is not None and text[found.start()] == "."


def test_a_change_from_one_figure_to_another_names_the_measure_and_sets_the_second() -> None:
    text = "Các chỉ tiêu chủ yếu:\n- Tỷ lệ hộ nghèo giảm từ 4% xuống còn 3%;\n- Tỷ lệ che phủ rừng tăng từ 41% lên 43%.\n"
    found = extract_text(text).indicators
    assert [(i.name, [t.value for t in i.targets]) for i in found] == [
        ("Tỷ lệ hộ nghèo", [3]), ("Tỷ lệ che phủ rừng", [43])]


def test_doctors_per_ten_thousand_spelled_with_y_is_a_unit() -> None:
    # "bác sỹ" is the older spelling of "bác sĩ": the same unit, per 1 vạn dân
    text = "Các chỉ tiêu chủ yếu:\n- Tỷ lệ bác sỹ, giường bệnh/1 vạn dân: 12,5 bác sỹ/1 vạn dân và 40 giường bệnh/1 vạn dân.\n"
    (found,) = extract_text(text).indicators
    assert [(t.value, t.unit) for t in found.targets] == [(12.5, "bác sỹ/1 vạn dân"), (40, "giường bệnh/1 vạn dân")]


def test_a_lead_that_sets_no_targets_is_not_read_for_targets_met(monkeypatch: pytest.MonkeyPatch) -> None:
    from nqparse.extractors import prose_targets

    def unread(lead: str) -> bool:
        raise AssertionError(f"read for targets met: {lead!r}")

    monkeypatch.setattr(prose_targets, "_met_after_count", unread)
    folded = "xã tân lộc tổ chức hội nghị giao ban như sau:"
    assert not prose_targets._prose_lead_sets_targets(folded, 0, folded.index(":"))
    monkeypatch.undo()
    folded = "huyện bắc sơn đạt 12 chỉ tiêu, trong đó:"
    assert not prose_targets._prose_lead_sets_targets(folded, 0, folded.index(":"))


def test_a_sentence_opening_on_how_often_after_an_aim_lists_targets() -> None:
    # "Hằng năm A; B": after a paragraph that sets an aim, a sentence that opens on how often and
    # goes on in a ";" list is a list of targets, its first clause too
    text = ("Đại hội thông qua Nghị quyết với mục tiêu xây dựng Hội vững mạnh. Hằng năm 100% hội viên "
            "và 70% nông dân được tuyên truyền pháp luật; mỗi chi hội giúp đỡ ít nhất 2 hộ nghèo.\n")
    found = extract_text(text).indicators
    assert [t.value for i in found for t in i.targets] == [100, 70, 2]
    # the same sentence in a review of the past term states results, not targets
    text = "Nhiệm kỳ qua, Hội phát triển mạnh. Hằng năm 100% hội viên được tuyên truyền; mỗi chi hội giúp đỡ 2 hộ nghèo.\n"
    assert extract_text(text).indicators == []
