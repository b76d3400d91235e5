"""The guarantees ``segment`` states to the extractors, one table per guarantee."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nqparse.normalize import normalize
from nqparse.segment import Layout, heading_roles, segment
from nqparse.source import Source


def layout_of(text: str) -> Layout:
    return segment(normalize(Source(text=text, format="txt")))


DOCUMENT = """ĐẢNG BỘ TỈNH NAM SƠN
HUYỆN ỦY HÒA BÌNH
*
Số 12-NQ/HU
Hòa Bình, ngày 5 tháng 1 năm 2024

NGHỊ QUYẾT
về nhiệm vụ năm 2024

Huyện ủy quyết nghị thực hiện các nhiệm vụ sau đây trong năm 2024, với quyết tâm cao nhất.
I. MỤC TIÊU
1. Về kinh tế
1.1. Tăng trưởng đạt 8%.
- Thu ngân sách tăng 10%.
2. Về xã hội
(1) Giảm tỷ lệ hộ nghèo 1%.
II. NHIỆM VỤ
Đẩy mạnh chuyển đổi số trong toàn huyện.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.
T/M HUYỆN ỦY
BÍ THƯ
Nguyễn Văn An
PHỤ LỤC
Danh mục các chỉ tiêu chủ yếu của huyện trong năm 2024 kèm theo nghị quyết này, theo từng lĩnh vực.
"""


def block_of(layout: Layout, line: str):  # type: ignore[no-untyped-def]
    return next(b for b in layout.blocks if b.text == line)


# ---- 1. every non-empty line is exactly one block, in order; this stage never raises


class Lines(NamedTuple):
    id: str
    text: str


LINES = [
    Lines("document", DOCUMENT),
    Lines("blank-lines-between", "\n\nMột\n\n\nHai\n"),
    Lines("spaces-only-line-dropped", "Một\n   \nHai"),
    Lines("no-final-newline", "Một dòng"),
    Lines("one-character", "x"),
]


@pytest.mark.parametrize("case", LINES, ids=[c.id for c in LINES])
def test_every_non_empty_line_is_one_block_in_order(case: Lines) -> None:
    layout = layout_of(case.text)
    text = layout.text.text
    assert [text[b.start:b.end] for b in layout.blocks] == [line for line in text.split("\n") if line.strip()]
    assert [b.index for b in layout.blocks] == list(range(len(layout.blocks)))
    assert all(b.text == text[b.start:b.end] for b in layout.blocks)


@given(st.lists(st.sampled_from([*DOCUMENT.split("\n"), "", "  ", "III.", "(l) x", "a) y", "NƠI NHẬN:",
                                 "KT. CHỦ TỊCH", "12/3/2024 họp", "Điều 1. Phạm vi"]), max_size=40))
def test_any_lines_give_one_block_each(lines: list[str]) -> None:
    text = "\n".join(lines) or " "
    layout = layout_of(text)
    assert [b.text for b in layout.blocks] == [line for line in layout.text.text.split("\n") if line.strip()]
    assert all(0 <= p < b.index for b in layout.blocks for p in b.parents)


# ---- 2. a block's kind says how its line opens


class Kind(NamedTuple):
    id: str
    line: str
    kind: str
    marker: str | None


KINDS = [
    Kind("roman-heading", "II. NHIỆM VỤ", "heading", "II"),
    Kind("decimal-heading", "1. Về kinh tế", "heading", "1"),
    Kind("dotted-decimal-heading", "1.1. Tăng trưởng đạt 8%.", "heading", "1.1"),
    Kind("article", "Điều 2. Tổ chức thực hiện", "heading", "Điều 2"),
    Kind("part", "Chương II", "heading", "Chương II"),
    Kind("lettered", "a) Phát triển nông nghiệp", "heading", "a"),
    # as some provinces and press reports number their points
    Kind("slash-decimal-heading", "1/ Về kinh tế", "heading", "1"),
    Kind("slash-lettered", "a/ Phát triển nông nghiệp", "heading", "a"),
    Kind("dot-lettered", "b. Phát triển nông nghiệp", "heading", "b"),
    Kind("number-with-slash-is-no-numbering", "1/NQ-HĐND ngày 5/1/2024 quy định", "paragraph", None),
    Kind("capitals-line", "NGHỊ QUYẾT", "heading", None),
    Kind("numbered-item", "(1) Giảm tỷ lệ hộ nghèo 1%.", "item", "1"),
    Kind("ocr-item", "(l) Giảm tỷ lệ hộ nghèo 1%.", "item", "l"),
    Kind("dashed-item", "- (13). Trồng rừng", "item", "13"),
    Kind("dash-bullet", "- Thu ngân sách tăng 10%.", "bullet", "-"),
    Kind("plus-bullet", "+ Thu ngân sách tăng 10%.", "bullet", "+"),
    # a web copy that lost the space after the dash: a capitalised word still opens an item
    Kind("unspaced-dash-bullet", "-Thu ngân sách tăng 10%.", "bullet", "-"),
    Kind("unspaced-plus-bullet", "+Tỷ lệ hộ nghèo giảm 1%.", "bullet", "+"),
    # but not a code or a figure run on after a dash
    Kind("dash-before-a-code-is-no-bullet", "-NQ/TU ngày 5/1/2024 của Tỉnh ủy", "paragraph", None),
    Kind("dash-before-lower-case-is-no-bullet", "-thu ngân sách tăng 10%.", "paragraph", None),
    Kind("recipients-label", "Nơi nhận:", "label", None),
    Kind("recipients-label-unmarked", "Noi nhan:", "label", None),
    Kind("date-is-no-numbering", "12/3/2024 Hội nghị họp", "paragraph", None),
    Kind("plain-sentence", "Đẩy mạnh chuyển đổi số trong toàn huyện.", "paragraph", None),
]


@pytest.mark.parametrize("case", KINDS, ids=[c.id for c in KINDS])
def test_kind_and_marker(case: Kind) -> None:
    block = layout_of("Mở đầu văn bản.\n" + case.line).blocks[-1]
    assert (block.kind, block.marker) == (case.kind, case.marker)


def test_content_starts_after_the_marker() -> None:
    block = layout_of("1.1. Tăng trưởng đạt 8%.").blocks[0]
    assert block.text[block.content_start - block.start:] == "Tăng trưởng đạt 8%."


def test_an_unspaced_bullet_content_starts_at_its_word() -> None:
    block = layout_of("Mở đầu văn bản.\n-Tăng trưởng đạt 8%.").blocks[-1]
    assert block.text[block.content_start - block.start:] == "Tăng trưởng đạt 8%."


# ---- 3. parents: the headings a block stands under, outermost first


class Parents(NamedTuple):
    id: str
    line: str
    parents: list[str]


PARENTS = [
    Parents("roman-heading-opens-the-body", "I. MỤC TIÊU", []),
    Parents("decimal-under-roman", "1. Về kinh tế", ["I. MỤC TIÊU"]),
    Parents("dotted-under-decimal", "1.1. Tăng trưởng đạt 8%.", ["I. MỤC TIÊU", "1. Về kinh tế"]),
    Parents("bullet-under-the-nearest", "- Thu ngân sách tăng 10%.", ["I. MỤC TIÊU", "1. Về kinh tế", "1.1. Tăng trưởng đạt 8%."]),
    Parents("sibling-closes-the-one-before", "(1) Giảm tỷ lệ hộ nghèo 1%.", ["I. MỤC TIÊU", "2. Về xã hội"]),
    Parents("next-roman-closes-all", "Đẩy mạnh chuyển đổi số trong toàn huyện.", ["II. NHIỆM VỤ"]),
    Parents("footer-stands-under-none", "- Lưu Văn phòng Huyện ủy.", []),
]


@pytest.mark.parametrize("case", PARENTS, ids=[c.id for c in PARENTS])
def test_parents(case: Parents) -> None:
    layout = layout_of(DOCUMENT)
    assert [b.text for b in layout.parent_headings(block_of(layout, case.line))] == case.parents


# ---- 4. zones


class Zoned(NamedTuple):
    id: str
    line: str
    zone: str


ZONES = [
    Zoned("issuer", "HUYỆN ỦY HÒA BÌNH", "header"),
    Zoned("title", "NGHỊ QUYẾT", "header"),
    Zoned("opening-paragraph", "Huyện ủy quyết nghị thực hiện các nhiệm vụ sau đây trong năm 2024, với quyết tâm cao nhất.",
          "body"),
    Zoned("last-body-line", "Đẩy mạnh chuyển đổi số trong toàn huyện.", "body"),
    Zoned("recipients-label", "Nơi nhận:", "footer"),
    Zoned("signature", "T/M HUYỆN ỦY", "footer"),
    Zoned("signer", "Nguyễn Văn An", "footer"),
    Zoned("after-the-signer", "PHỤ LỤC", "appendix"),
]


@pytest.mark.parametrize("case", ZONES, ids=[c.id for c in ZONES])
def test_zones(case: Zoned) -> None:
    assert block_of(layout_of(DOCUMENT), case.line).zone == case.zone


def test_a_numbered_heading_on_the_first_line_opens_the_body() -> None:
    layout = layout_of("2. Các chỉ tiêu chủ yếu\na) Thu ngân sách đạt 500 tỷ đồng;\n")
    assert [b.zone for b in layout.blocks] == ["body", "body"]
    assert layout.blocks[1].parents == (0,)


@pytest.mark.parametrize(("text", "zones"), [
    ("Năm 2026, tỉnh phấn đấu thu ngân sách đạt 75.000 tỷ đồng.\n", ["body"]),
    ("UBND XÃ AN BÌNH\nAn Bình, ngày 5 tháng 1 năm 2026.\nKẾ HOẠCH\nXã tổ chức thực hiện các nhiệm vụ năm 2026 "
     "với quyết tâm cao nhất.\n", ["header", "header", "header", "body"]),
], ids=["a-short-sentence-opens-the-body", "a-dated-line-stays-in-the-letterhead"])
def test_a_short_sentence_is_no_letterhead(text: str, zones: list[str]) -> None:
    assert [b.zone for b in layout_of(text).blocks] == zones


def test_zones_run_in_order() -> None:
    order = {"header": 0, "body": 1, "footer": 2, "appendix": 3}
    zones = [order[b.zone] for b in layout_of(DOCUMENT).blocks]
    assert zones == sorted(zones)


# ---- 5. signature authority


class Authority(NamedTuple):
    id: str
    line: str
    mark: str | None
    body: str | None


AUTHORITIES = [
    Authority("on-behalf-slash", "T/M BAN THƯỜNG VỤ", "T/M", "BAN THƯỜNG VỤ"),
    Authority("on-behalf-dot", "TM. ỦY BAN NHÂN DÂN", "TM.", "ỦY BAN NHÂN DÂN"),
    Authority("deputy", "KT. CHỦ TỊCH", "KT.", "CHỦ TỊCH"),
    Authority("acting", "Q. CHÁNH VĂN PHÒNG", "Q.", "CHÁNH VĂN PHÒNG"),
    Authority("by-order", "TL. BÍ THƯ", "TL.", "BÍ THƯ"),
    Authority("not-in-capitals", "Tm. Ban thường vụ", None, None),
    Authority("title-alone", "BÍ THƯ", None, None),
    Authority("heading", "II. NHIỆM VỤ", None, None),
]


@pytest.mark.parametrize("case", AUTHORITIES, ids=[c.id for c in AUTHORITIES])
def test_signature_authority(case: Authority) -> None:
    layout = layout_of("Mở đầu văn bản.\n" + case.line)
    block, text = layout.blocks[-1], layout.text.text
    found = block.authority
    if case.mark is None:
        assert found is None
    else:
        assert found is not None
        assert (text[found.mark.start:found.mark.end], text[found.body_start:block.end]) == (case.mark, case.body)


def test_signature_block_opens_the_last_run_of_authority_lines() -> None:
    layout = layout_of("Nội dung.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An")
    assert layout.signature_block is not None
    assert layout.blocks[layout.signature_block].text == "TM. ỦY BAN NHÂN DÂN"


# ---- 6. the last label block


class Label(NamedTuple):
    id: str
    text: str
    last_label: str | None


LABELS = [
    Label("the-recipients", DOCUMENT, "Nơi nhận:"),
    Label("the-last-of-two", "Nơi nhận:\n- Như trên.\nVăn bản đính kèm.\nNƠI NHẬN:\n- Lưu VT.", "NƠI NHẬN:"),
    Label("none", "Một đoạn văn.", None),
]


@pytest.mark.parametrize("case", LABELS, ids=[c.id for c in LABELS])
def test_last_label(case: Label) -> None:
    label = layout_of(case.text).last_label
    assert (label.text if label else None) == case.last_label
    assert label is None or label.kind == "label"


# ---- 7. block_at


class At(NamedTuple):
    id: str
    offset: int
    line: str | None


AT = [
    At("first-character", 0, "Một"),
    At("inside-a-line", 6, "Hai hai"),
    At("last-character", 11, "Hai hai"),
    At("on-the-line-break", 3, None),
    At("on-a-blank-line", 4, None),
    At("past-the-end", 99, None),
    At("before-the-start", -1, None),
]


@pytest.mark.parametrize("case", AT, ids=[c.id for c in AT])
def test_block_at(case: At) -> None:
    layout = layout_of("Một\n\nHai hai\nBa")
    block = layout.block_at(case.offset)
    assert (block.text if block else None) == case.line


def test_block_at_agrees_with_a_scan_of_every_block() -> None:
    layout = layout_of(DOCUMENT)
    for offset in range(len(layout.text.text)):
        scanned = next((b for b in layout.blocks if b.start <= offset < b.end), None)
        assert layout.block_at(offset) is scanned


# ---- 8. what a heading says its part holds


class Roles(NamedTuple):
    id: str
    line: str
    roles: set[str]


ROLES = [
    Roles("results", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2023", {"results"}),
    Roles("assessment", "IV. ĐÁNH GIÁ CHUNG", {"results"}),
    Roles("results-of-tasks", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", {"results", "tasks"}),
    Roles("targets", "II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024", {"targets"}),
    Roles("aims-and-targets", "1. Mục tiêu, chỉ tiêu", {"aims", "targets"}),
    Roles("tasks", "III. NHIỆM VỤ, GIẢI PHÁP", {"tasks"}),
    Roles("implementation", "IV. TỔ CHỨC THỰC HIỆN", {"tasks"}),
    Roles("none", "II. VỀ KINH TẾ", set()),
    Roles("a-paragraph-has-none", "Kết quả thực hiện nhiệm vụ năm 2023 đạt nhiều thành tích trong mọi lĩnh vực.", set()),
]


@pytest.mark.parametrize("case", ROLES, ids=[c.id for c in ROLES])
def test_heading_roles(case: Roles) -> None:
    assert set(layout_of("Mở đầu văn bản.\n" + case.line).blocks[-1].roles) == case.roles


def test_a_heading_wrapped_over_lines_is_judged_whole() -> None:
    assert heading_roles("iv. tổ chức\nthực hiện") == {"tasks"}
