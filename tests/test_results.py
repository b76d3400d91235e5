"""Results against targets: what a "kết quả thực hiện năm N" part says was achieved."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from nqparse import extract_text

WRAP = "NGHỊ QUYẾT\nvề nhiệm vụ năm 2024\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023\n\n{}\n\nII. CHỈ TIÊU NĂM 2024\n\n(1) Tăng trưởng GRDP đạt 11%.\n"


class Example(NamedTuple):
    id: str
    text: str
    expected: dict[str, Any]


EXAMPLES = [
    Example("growth-below-target-in-points", "GRDP tăng 10,34%, thấp hơn 2,66 điểm % so với chỉ tiêu Nghị quyết (13%).",
            {"name": "GRDP", "value": 10.34, "unit": "%", "change": "increase", "target": 13, "verdict": "missed",
             "verdict_text": "thấp hơn", "year": 2023}),
    Example("exceeded-by-points", "Tốc độ tăng trưởng GRDP đạt 10,6%, vượt 0,6 điểm % so với chỉ tiêu.",
            {"name": "Tốc độ tăng trưởng GRDP", "value": 10.6, "verdict": "exceeded", "target": None}),
    Example("share-of-the-plan", "Thu ngân sách nhà nước trên địa bàn đạt 112.350 tỷ đồng, đạt 105% dự toán.",
            {"name": "Thu ngân sách nhà nước trên địa bàn", "value": 112350, "unit": "tỷ đồng",
             "multiplier": 1e9, "percent_of_target": 105, "verdict": None}),
    Example("share-alone-is-no-value", "Thu ngân sách đạt 96,7% dự toán.",
            {"name": "Thu ngân sách", "value": None, "percent_of_target": 96.7}),
    Example("exceeded-by-a-share-of-the-plan", "Thu từ khu vực kinh tế ngoài quốc doanh ước vượt 41,56% dự toán.",
            {"name": "Thu từ khu vực kinh tế ngoài quốc doanh ước", "value": None, "percent_of_target": 141.56,
             "verdict": "exceeded"}),
    Example("a-verdict-in-brackets", "GRDP bình quân đầu người ước đạt 80 triệu đồng/người/năm (đạt chỉ tiêu Nghị "
            "quyết).", {"value": 80, "verdict": "met", "verdict_text": "đạt chỉ tiêu"}),
    Example("a-verdict-in-a-condition-is-no-verdict", "Thu ngân sách đạt 98,44% dự toán (trường hợp vượt dự toán thì được "
            "thưởng).", {"name": "Thu ngân sách", "percent_of_target": 98.44, "verdict": None}),
    Example("count-noun-names-it", "Kết nạp 3.480 đảng viên, không đạt chỉ tiêu.",
            {"name": "Kết nạp đảng viên", "value": 3480, "unit": "đảng viên", "verdict": "missed",
             "verdict_text": "không đạt"}),
    Example("met-the-plan", "Tổng vốn đầu tư toàn xã hội đạt 250 nghìn tỷ đồng, đạt kế hoạch.",
            {"value": 250, "verdict": "met", "verdict_text": "đạt kế hoạch"}),
    Example("slash-gives-the-target", "Kết nạp 154/150 đảng viên, vượt chỉ tiêu.",
            {"value": 154, "target": 150, "verdict": "exceeded"}),
    Example("no-verdict-words", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,5%.",
            {"name": "Tỷ lệ dân số tham gia bảo hiểm y tế", "value": 92.5, "verdict": None}),
    Example("zero-phrase", "Đến ngày 15/9/2023 trên địa bàn không còn hộ nghèo.",
            {"name": "Không còn hộ nghèo", "value": 0}),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_result(example: Example) -> None:
    res = extract_text(WRAP.format(example.text), with_text=True)
    assert len(res.results) == 1, res.results
    result = res.results[0].model_dump()
    assert {k: result[k] for k in example.expected} == example.expected
    assert res.text is not None
    value_span = res.results[0].spans.get("value")
    if example.expected.get("value") not in (None, 0):
        assert value_span is not None and res.text[value_span.start:value_span.end].strip()


@pytest.mark.parametrize("text", [
    "Thành phố hoàn thành 13/16 chỉ tiêu chủ yếu.",
    "Phấn đấu hết năm 2023 không còn hộ nghèo.",
    "Công tác xây dựng Đảng đạt kết quả tích cực.",
], ids=["count-of-indicators", "a-target-still-to-reach", "no-figure"])
def test_no_result(text: str) -> None:
    assert extract_text(WRAP.format(text)).results == []


def test_only_the_results_part_is_read() -> None:
    res = extract_text(WRAP.format("GRDP tăng 10,34%."))
    assert [r.name for r in res.results] == ["GRDP"]  # the 2024 target below is an indicator, not a result
    assert [i.name for i in res.indicators] == ["Tăng trưởng GRDP"]


def test_a_report_titled_for_a_year_is_read_whole() -> None:
    text = "BÁO CÁO\nkết quả thực hiện nhiệm vụ năm 2023\n\nTăng trưởng GRDP đạt 9,1%, vượt chỉ tiêu.\n"
    res = extract_text(text)
    assert [(r.year, r.value, r.verdict) for r in res.results] == [(2023, 9.1, "exceeded")]
