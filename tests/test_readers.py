"""PDF and DOCX input: page geometry rules, the office samples against their text, the real
corpus files, and clear errors for scans, encrypted and broken files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import regex
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from nqparse import extract
from nqparse.cli.main import main
from nqparse.errors import InputError, ScannedPdfError
from nqparse.normalize import fold, normalize
from nqparse.readers import read_path
from nqparse.readers.docx import read_docx
from nqparse.readers.pdf import read_pdf
from nqparse.readers.pdflayout import (
    Line,
    Margins,
    Segment,
    continues,
    group_lines,
    mark_footnotes,
    reading_order,
    strip_page_number,
)
from nqparse.readers.scan import OcrOptions
from nqparse.source import Source

from .conftest import SAMPLES
from .test_hostile import zip_of

OFFICE_STEMS = ["kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022",
                "haiphong-thanhuy-ket-luan-hoi-nghi-5-khoa-xvi-2021"]
OFFICE = [pytest.param(SAMPLES / f"{stem}.{ext}", id=f"{stem[:14]}-{ext}") for stem in OFFICE_STEMS
          for ext in ("pdf", "docx")]


def seg(x0: float, x1: float, top: float, text: str, height: float = 14) -> Segment:
    return Segment(x0, x1, top, top + height, text)


def texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]


# -- page geometry --------------------------------------------------------------------------

PAGE_WIDTH = 595


@dataclass
class Page:
    id: str
    segments: list[Segment]
    expect: list[str]


READING_ORDER = [
    Page("party-header-interleaved", [
        seg(100, 240, 50, "ĐẢNG BỘ THÀNH PHỐ HẢI"), seg(330, 540, 50, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        seg(150, 190, 66, "PHÒNG"),
        seg(110, 230, 82, "QUẬN ỦY KIẾN AN"), seg(320, 540, 84, "Kiến An, ngày 20 tháng 12 năm 2021"),
        seg(168, 172, 98, "*"),
        seg(130, 210, 114, "Số 02-NQ/QU"),
        seg(250, 345, 150, "NGHỊ QUYẾT"),
    ], ["ĐẢNG BỘ THÀNH PHỐ HẢI", "PHÒNG", "QUẬN ỦY KIẾN AN", "*", "Số 02-NQ/QU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Kiến An, ngày 20 tháng 12 năm 2021", "NGHỊ QUYẾT"]),
    Page("blank-number-stays-left", [
        seg(100, 240, 50, "THÀNH ỦY HẢI PHÒNG"), seg(330, 540, 50, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        seg(168, 172, 66, "*"),
        seg(120, 140, 82, "Số"), seg(190, 230, 82, "-KL/TU"), seg(320, 540, 82, "Hải Phòng, ngày tháng năm 2021"),
    ], ["THÀNH ỦY HẢI PHÒNG", "*", "Số -KL/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày tháng năm 2021"]),
    Page("footer-long-recipient-and-signer-after-space", [
        seg(90, 540, 20, "Ban Thường vụ Thành ủy chịu trách nhiệm thực hiện Kết luận này."),
        seg(90, 140, 50, "Nơi nhận:"), seg(360, 505, 50, "T/M BAN CHẤP HÀNH"),
        seg(90, 200, 66, "- Thường trực Thành ủy,"), seg(410, 455, 66, "BÍ THƯ"),
        seg(90, 300, 82, "- Các ban, cơ quan tham mưu, giúp việc Thành"),
        seg(90, 110, 98, "ủy,"),
        seg(90, 200, 114, "- Lưu Văn phòng Thành ủy."),
        seg(380, 485, 180, "Trần Lưu Quang"),
    ], ["Ban Thường vụ Thành ủy chịu trách nhiệm thực hiện Kết luận này.", "Nơi nhận:", "- Thường trực Thành ủy,",
        "- Các ban, cơ quan tham mưu, giúp việc Thành", "ủy,", "- Lưu Văn phòng Thành ủy.",
        "T/M BAN CHẤP HÀNH", "BÍ THƯ", "Trần Lưu Quang"]),
    Page("state-header-with-blank-number-and-date", [
        seg(96, 218, 82, "ỦY BAN NHÂN DÂN"), seg(264, 535, 82, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        seg(111, 203, 97, "TỈNH LÀO CAI"), seg(314, 485, 102, "Độc lập - Tự do - Hạnh phúc"),
        seg(99, 116, 122, "Số:"), seg(152, 215, 122, "/KH-UBND"), seg(305, 385, 125, "Lào Cai, ngày"),
        seg(410, 518, 125, "tháng năm 2026"),
        seg(274, 350, 174, "KẾ HOẠCH"),
    ], ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: /KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày tháng năm 2026", "KẾ HOẠCH"]),
    Page("tall-signature-beside-small-recipient-lines", [
        seg(90, 140, 50, "Nơi nhận:", 10), seg(360, 505, 48, "TM. ỦY BAN NHÂN DÂN", 22),
        seg(90, 260, 61, "- Bộ Nông nghiệp và Môi trường;", 10),
        seg(90, 230, 72, "- Lưu: VT, KT.", 10),
    ], ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN"]),
    Page("staggered-baselines", [
        seg(100, 240, 50, "TỈNH ỦY THANH HÓA"), seg(330, 540, 58, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        seg(168, 172, 72, "*"), seg(320, 540, 86, "Thanh Hóa, ngày 05 tháng 6 năm 2026"),
        seg(130, 210, 96, "Số 12-QĐ/TU"),
        seg(260, 340, 140, "QUY ĐỊNH"),
    ], ["TỈNH ỦY THANH HÓA", "*", "Số 12-QĐ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 05 tháng 6 năm 2026",
        "QUY ĐỊNH"]),
    Page("short-line-then-indented-line-is-not-two-columns", [
        seg(90, 160, 20, "Điều 4."), seg(125, 540, 36, "1. Quyết định này có hiệu lực"),
    ], ["Điều 4.", "1. Quyết định này có hiệu lực"]),
    Page("table-row-of-four-cells-is-not-a-header", [
        seg(90, 110, 50, "1"), seg(150, 300, 50, "Kết nạp đảng viên"), seg(330, 400, 50, "đảng viên"),
        seg(450, 520, 50, "125 - 130"),
    ], ["1 Kết nạp đảng viên đảng viên 125 - 130"]),
    Page("one-column-text-untouched", [
        seg(90, 540, 20, "Đoạn văn thứ nhất chạy hết dòng"), seg(90, 300, 40, "và kết thúc ở đây."),
    ], ["Đoạn văn thứ nhất chạy hết dòng", "và kết thúc ở đây."]),
]


@pytest.mark.parametrize("page", READING_ORDER, ids=lambda p: p.id)
def test_reading_order_reads_left_column_then_right(page: Page) -> None:
    assert texts(reading_order(group_lines(page.segments), PAGE_WIDTH)) == page.expect


@pytest.mark.parametrize("first,last", [("3", "Trang 4"), ("- 12 -", "12/40"), ("7", "- 7 -")])
def test_running_page_numbers_are_dropped(first: str, last: str) -> None:
    lines = group_lines([seg(290, 300, 10, first), seg(90, 540, 40, "Nội dung trang"), seg(290, 300, 800, last)])
    assert texts(strip_page_number(lines)) == ["Nội dung trang"]


def test_a_number_inside_the_page_is_kept() -> None:
    lines = group_lines([seg(90, 540, 10, "Đầu trang"), seg(290, 300, 40, "2022"), seg(90, 540, 80, "Cuối trang")])
    assert texts(strip_page_number(lines)) == ["Đầu trang", "2022", "Cuối trang"]


def test_a_line_opening_most_pages_alike_is_a_running_header() -> None:
    from nqparse.readers.pdf import _drop_running_lines

    def page(n: int, *body: str) -> list[Any]:
        return [Line([seg(90, 540, 10 + 20 * k, t)], page=n) for k, t in enumerate(body)]

    words = ["một", "hai", "ba", "bốn", "năm"]
    pages = [page(1, "NGHỊ QUYẾT", "Nội dung mở đầu"),
             *(page(n, f"Báo cáo số 14-BC/TU, trang {n}", f"Nội dung trang {words[n - 1]}") for n in range(2, 6))]
    _drop_running_lines(pages)
    assert [[ln.text for ln in p] for p in pages] == [["NGHỊ QUYẾT", "Nội dung mở đầu"],
                                                      *([f"Nội dung trang {words[n - 1]}"] for n in range(2, 6))]


def test_footnotes_wait_until_the_paragraph_over_the_page_break_ends() -> None:
    from nqparse.readers.pdf import _assemble

    body = [Line([seg(90, 540, 40 + 20 * k, f"dòng thân bài số {k} chạy hết dòng")], page=1) for k in range(6)]
    notes = [Line([seg(90, 540, 700, "1 Nghị quyết số 10-NQ/TW ngày 10/02/2022 của Bộ Chính trị về", 9)], page=1),
             Line([seg(90, 300, 712, "29/12/2025 và các văn bản có liên quan.", 9)], page=1)]
    page_one = body + notes
    mark_footnotes(page_one, 792)
    assert [ln.note for ln in page_one] == [False] * 6 + [True, True]
    page_two = [Line([seg(90, 300, 40, "tiếp tục đoạn văn ở trang sau.")], page=2),
                Line([seg(125, 540, 60, "Đoạn mới.")], page=2)]
    text = _assemble([page_one, page_two], [595, 595]).text()
    assert "chạy hết dòng tiếp tục đoạn văn ở trang sau.\n" in text
    assert "\n1 Nghị quyết số 10-NQ/TW ngày 10/02/2022 của Bộ Chính trị về 29/12/2025 và các văn bản có liên quan.\n" \
        in text
    assert text.index("tiếp tục đoạn văn") < text.index("1 Nghị quyết") < text.index("Đoạn mới.")


@pytest.mark.parametrize("text,opens", [("1 Đặc biệt: Luật Địa chất", True), ("¹ Nghị quyết số 10-NQ/TW", True),
                                         ("* Ghi chú", True), ("1. Mục đích", False), ("2) Yêu cầu", False),
                                         ("29/12/2025 của Ban Chấp hành", False), ("100 % số xã", False)])
def test_what_opens_a_footnote(text: str, opens: bool) -> None:
    from nqparse.readers.pdflayout import is_note_start

    assert is_note_start(text) is opens


MARGINS = Margins(left=90, right=540, line_height=14)


def line(x0: float, x1: float, text: str, gap: float | None = 6) -> Line:
    return Line([seg(x0, x1, 0, text)], gap_before=gap)


@pytest.mark.parametrize("prev,cur,same_page,joined", [
    pytest.param(line(90, 540, "một đoạn văn chạy hết dòng của"), line(90, 300, "Ban Chấp hành Trung ương;"), True, True,
                 id="wrapped-line"),
    pytest.param(line(90, 540, "cuối trang chạy hết dòng"), line(90, 300, "đầu trang sau", gap=None), False, True,
                 id="across-page-break"),
    pytest.param(line(90, 300, "dòng ngắn kết thúc đoạn."), line(90, 540, "Đoạn mới bắt đầu"), True, False,
                 id="short-line-ends-paragraph"),
    pytest.param(line(90, 540, "dòng đầy"), line(125, 540, "Đoạn mới thụt đầu dòng"), True, False,
                 id="indented-new-paragraph"),
    pytest.param(line(90, 540, "dòng đầy;"), line(90, 540, "- Căn cứ Điều lệ Đảng;"), True, False,
                 id="bullet-opens-item"),
    pytest.param(line(90, 540, "dòng đầy"), line(90, 540, "2. Mục tiêu cụ thể"), True, False, id="numbered-heading"),
    pytest.param(line(90, 540, "Mặt trận Tổ quốc và các tổ chức chính trị"), line(90, 300, "- xã hội thành phố."), True,
                 True, id="dash-of-a-compound-word"),
    pytest.param(line(90, 540, "dòng đầy"), line(90, 540, "tiếp theo", gap=30), True, False, id="paragraph-spacing"),
])
def test_paragraph_continuation(prev: Line, cur: Line, same_page: bool, joined: bool) -> None:
    assert continues(prev, cur, MARGINS, same_page=same_page) is joined


# -- the office samples against their text ------------------------------------------------

def _body_paragraphs(txt: Path) -> list[str]:
    """Long paragraphs of the plain-text sample's body (before "Nơi nhận"), markdown marks removed."""
    text = txt.read_text(encoding="utf-8")
    body = text[: text.rindex("Nơi nhận")]
    lines = [regex.sub(r"\*+", "", ln).strip() for ln in body.splitlines()]
    return [ln for ln in lines if len(ln) > 150 and ln[0].isupper()]


@pytest.mark.parametrize("path", OFFICE)
def test_office_copy_keeps_every_paragraph_whole(path: Path) -> None:
    """Wrapped lines and page breaks are undone: each paragraph of the text reads as one line."""
    result = extract(path, with_text=True)
    assert result.text is not None
    lines = result.text.split("\n")
    txt = path.with_suffix(".txt")
    missing = [p[:60] for p in _body_paragraphs(txt) if not any(" ".join(p.split()) in ln for ln in lines)]
    assert not missing


@pytest.mark.parametrize("path", OFFICE)
def test_office_header_reads_left_column_then_right(path: Path) -> None:
    result = extract(path, with_text=True)
    assert result.text is not None
    head = result.text.split("\n")[:8]
    star = head.index("*")
    national = head.index("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert star < national, head
    assert any(ln.startswith("Số") for ln in head[star:national])
    assert regex.match(r"\p{Lu}[\p{L} ]+, ngày", head[national + 1])


def test_pdf_drops_the_running_page_numbers() -> None:
    source = read_path(SAMPLES / f"{OFFICE_STEMS[0]}.pdf")
    assert source.pages and source.pages > 3
    assert not [ln for ln in source.text.split("\n") if regex.fullmatch(r"\d{1,2}", ln.strip())]


def _scalar(res: Any, section: str, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(getattr(res, section), f) for f in fields}


@pytest.mark.parametrize("path", OFFICE)
def test_office_copy_extracts_what_the_text_gives(path: Path) -> None:
    """Field by field, the PDF and DOCX copies give what the plain text gives."""
    office = extract(path)
    text = extract(path.with_suffix(".txt"))
    assert _scalar(office, "document", ("kind", "year", "title")) == _scalar(text, "document", ("kind", "year", "title"))
    if text.document.number:  # the text may state what the copy's header states
        assert (office.document.number, office.document.date) == (text.document.number, text.document.date)
    else:
        assert office.document.number is None
    assert office.issuer.level == text.issuer.level and office.issuer.name
    assert _scalar(office, "meeting", ("ordinal", "term", "tenure", "date")) == \
        _scalar(text, "meeting", ("ordinal", "term", "tenure", "date"))
    assert [(t.year, t.text) for t in office.themes] == [(t.year, t.text) for t in text.themes]
    assert [(r.name, r.purpose, r.archive) for r in office.recipients] == \
        [(r.name, r.purpose, r.archive) for r in text.recipients]
    same = {"spans": True, "levels": {"__all__": {"span"}}}
    assert office.signature.model_dump(exclude=same) == text.signature.model_dump(exclude=same)
    assert {(r.normalized, r.date) for r in office.references} >= \
        {(r.normalized, r.date) for r in text.references if r.normalized != office.document.number}
    assert [sorted(a.bodies) for a in office.assignments] == [sorted(a.bodies) for a in text.assignments]
    table = {i.number: i.targets for i in office.indicators}
    for ind in text.indicators:
        if ind.number is not None:
            assert _figures(table.get(ind.number, [])) == _figures(ind.targets), ind.number
            units = zip(sorted(table[ind.number], key=_figure), sorted(ind.targets, key=_figure), strict=True)
            assert all(_same_unit(a.unit, b.unit) for a, b in units), ind.number


def _figure(t: Any) -> str:
    return repr((t.value, t.min, t.max))


def _figures(targets: list[Any]) -> list[str]:
    return sorted(_figure(t) for t in targets)


def _same_unit(a: str | None, b: str | None) -> bool:
    """A unit column says "nhà văn hóa" where the sentence says "nhà văn hóa phường"."""
    a, b = (a or "").lower(), (b or "").lower()
    return a.startswith(b) or b.startswith(a)


@pytest.mark.parametrize("path", OFFICE)
def test_every_span_names_its_place_in_the_file(path: Path) -> None:
    result = extract(path)
    spans = [*result.document.spans.values(), *result.signature.spans.values(),
             *(r.span for r in result.recipients), *(r.span for r in result.references)]
    assert spans
    if path.suffix == ".pdf":
        assert all(s.page for s in spans)
    else:
        assert all(s.paragraph is not None or s.table is not None for s in spans)
    footer = [s for s in (*result.signature.spans.values(), *(r.span for r in result.recipients))]
    if path.suffix == ".docx":
        assert all(s.table is not None and s.cell is not None for s in footer)


def _check_regions(source: Source) -> None:
    ends = [(r.start, r.end) for r in source.regions]
    assert all(s < e for s, e in ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False)), "regions overlap or are unsorted"
    for table in source.tables:
        for region in source.regions:
            if region.table == table.index and region.row is not None and region.cell is not None:
                assert source.text[region.start:region.end] in table.rows[region.row][region.cell]


@pytest.mark.parametrize("path", OFFICE)
def test_regions_are_sorted_and_point_at_cell_text(path: Path) -> None:
    _check_regions(read_path(path))


# -- errors ---------------------------------------------------------------------------------

def _pdf(content: bytes, *, encrypt: bool = False) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    if encrypt:  # the standard handler with a user password nobody here knows
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -4 >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    extra = b" /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]" \
        if encrypt else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, extra, xref)
    return bytes(out)


TEXT_PAGE = b"BT /F1 12 Tf 72 720 Td (Nghi quyet so 05-NQ/TU ve nhiem vu nam 2022 cua Tinh uy) Tj ET"
SCAN_PAGE = b"0 0 1 rg 72 72 400 600 re f"  # paint, no text: what a scan's page holds for a reader


def test_minimal_text_pdf_is_read() -> None:
    source = read_pdf(_pdf(TEXT_PAGE), "ok.pdf")
    assert "05-NQ/TU" in source.text and source.pages == 1


def test_a_number_broken_after_its_dash_is_one_word_again() -> None:
    """A wrapped paragraph whose line ends inside a cited number ("số 428/TTXT-" / "VPDT ngày")
    runs on without a space, so that the number is read whole."""
    from .test_batch import tiny_pdf

    text = read_pdf(tiny_pdf(["Trung tam da co Cong van so 428/TTXT-", "VPDT ngay 09/9/2025 bao cao Uy ban va",
                              "Ke hoach so 173/KH-TTXT ve hoi thao."]), "letter.pdf").text
    assert "so 428/TTXT-VPDT ngay" in text


@pytest.mark.parametrize("data,error,words", [
    pytest.param(lambda: _pdf(SCAN_PAGE), ScannedPdfError, "no text layer", id="scan"),
    pytest.param(lambda: _pdf(TEXT_PAGE, encrypt=True), InputError, "encrypted", id="encrypted"),
    pytest.param(lambda: b"%PDF-1.4\nnot really a pdf\n%%EOF\n", InputError, "not a readable PDF", id="broken"),
])
def test_unreadable_pdf_raises_one_clear_error(data: Any, error: type[Exception], words: str) -> None:
    with pytest.raises(error) as caught:
        read_pdf(data(), "in/doc.pdf", OcrOptions(mode="never"))
    assert words in str(caught.value) and "in/doc.pdf" in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("data,words", [
    pytest.param(lambda: zip_of({"word/other.xml": b"<x/>"}), "not a readable DOCX", id="no-document-part"),
    pytest.param(lambda: zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"}),
                 "not a readable DOCX", id="broken-xml"),
])
def test_unreadable_docx_raises_one_clear_error(data: Any, words: str) -> None:
    with pytest.raises(InputError) as caught:
        read_docx(data(), "in/doc.docx")
    assert words in str(caught.value) and "in/doc.docx" in str(caught.value)


def test_cli_says_a_scan_needs_ocr_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf(SCAN_PAGE))
    result = CliRunner().invoke(main, ["extract", "--ocr", "never", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "OCR" in result.stderr and "scan.pdf" in result.stderr


def test_cli_reads_a_docx_sample(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(SAMPLES / f"{OFFICE_STEMS[1]}.docx")])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "docx" and data["signature"]["signer"] == "Trần Lưu Quang"


# -- the real corpus (../shared/corpus) -------------------------------------------------------

def _corpus(shared_dir: Path, name: str) -> Path:
    path = shared_dir / "corpus" / name
    if not path.is_file():
        pytest.skip(f"{name} is not in ../shared/corpus")
    return path


def _lines_after(text: str, first: str, count: int) -> list[str]:
    lines = text.split("\n")
    i = lines.index(first)
    return [ln for ln in lines[i:i + count] if ln]


def test_corpus_laocai_docx_header_and_footer_tables(shared_dir: Path) -> None:
    path = _corpus(shared_dir, "laocai-kh-ubnd-khoang-san.docx")
    res = extract(path, with_text=True)
    assert (res.document.kind, res.document.number, res.document.type_code, res.document.date) == \
        ("ke_hoach", None, "KH", None)
    assert res.document.place == "Lào Cai"
    assert (res.issuer.name, res.issuer.level) == ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "province")
    assert res.signature.model_dump(exclude={"spans", "levels"}) == {
        "authority": "TM.", "on_behalf_of": "ỦY BAN NHÂN DÂN", "title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Thành Sinh"}
    names = [(r.name, r.purpose, r.archive) for r in res.recipients]
    assert names[0] == ("Bộ Nông nghiệp và Môi trường", "để báo cáo", False)
    assert names[-1] == ("VT, KT", None, True) and len(names) == 11
    refs = {r.number: r.date for r in res.references}
    assert refs["11-CT/TU"] == "2026-01-04"
    # cited in a footnote, read under the paragraph that cites it
    assert refs["10-NQ/TW"] == "2022-02-10" and refs["88/NQ-CP"] == "2022-07-22"
    assert res.text is not None and res.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: /KH-UBND\nCỘNG HÒA")
    assert res.issuer.spans["name"].table == 0 and res.signature.spans["signer"].cell == 1


def test_corpus_thanhhoa_hdnd_pdf(shared_dir: Path) -> None:
    path = _corpus(shared_dir, "thanhhoa-hdnd-qd-draft.pdf")
    res = extract(path, with_text=True)
    assert (res.document.kind, res.document.number, res.document.type_code, res.document.date) == \
        ("quyet_dinh", None, "QĐ", None)
    assert res.issuer.name == "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA" and res.issuer.level == "province"
    assert res.signature.model_dump(exclude={"spans", "levels"}) == {
        "authority": "TM.", "on_behalf_of": "THƯỜNG TRỰC HĐND", "title": "CHỦ TỊCH", "signer": "Nguyễn Hồng Phong"}
    assert [r.name for r in res.recipients] == ["Thường trực HĐND tỉnh", "Lãnh đạo Đoàn ĐBQH tỉnh",
                                                "Các Ban của HĐND tỉnh", "Lãnh đạo Văn phòng",
                                                "Các phòng chuyên môn trực thuộc", "VT"]
    assert res.recipients[-1].archive
    refs = {r.number: r.date for r in res.references}
    assert {"72/2025/QH15", "63/2025/QH15", "80/2025/QH15", "87/2015/QH13"} <= set(refs)
    assert refs["335/2025/NĐ-CP"] == "2025-12-21"
    assert res.text is not None
    assert res.text.startswith("HỘI ĐỒNG NHÂN DÂN\nTỈNH THANH HÓA\nSố: /QĐ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert all(s.page == 1 for s in res.document.spans.values())
    _check_regions(read_path(path))


def test_corpus_thanhhoa_bundle_pdf(shared_dir: Path) -> None:
    """A bundle of drafts: read as its first document (header, "Căn cứ" references, its own
    Nơi nhận and signature), with a warning; the reader lays out every footer of the file."""
    path = _corpus(shared_dir, "thanhhoa-tu-drafts.pdf")
    res = extract(path, with_text=True)
    assert [w.code for w in res.warnings][:1] == ["bundle"]
    assert res.signature.model_dump(exclude={"spans", "levels"}) == {
        "authority": "T/M", "on_behalf_of": "BAN THƯỜNG VỤ", "title": "BÍ THƯ", "signer": None}
    assert res.recipients[0].name == "Ban Tổ chức Trung ương" and res.recipients[0].purpose == "để báo cáo"
    assert res.recipients[-1].archive and res.recipients[-1].name == "VPTU"
    assert (res.document.kind, res.document.number, res.document.type_code, res.document.date) == \
        ("quy_dinh", None, "QĐ", None)
    assert (res.issuer.name, res.issuer.level) == ("TỈNH ỦY THANH HÓA", "province")
    assert res.document.title and res.document.title.startswith("về đánh giá, xếp loại hằng tháng")
    refs = {r.number: r.date for r in res.references}
    assert refs["294-QĐ/TW"] == "2025-05-26" and refs["366-QĐ/TW"] == "2025-08-30"
    assert refs["58-NQ/TW"] == "2020-08-05" and refs["335/2025/NĐ-CP"] == "2025-12-21"
    assert "72/2025/QH15" not in refs  # cited by the bundle's last document only
    text = normalize(read_path(path)).text
    assert "- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;" \
        in text.split("\n")
    assert text.count("\nT/M BAN THƯỜNG VỤ\n") >= 3
    for block in regex.finditer(r"(?m)^T/M BAN THƯỜNG VỤ$", text):
        after = [ln for ln in text[block.end():].split("\n") if ln][:2]
        assert after[0] in ("BÍ THƯ", "PHÓ BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"), after
        assert after[1].startswith("[Họ và tên"), after
    headers = regex.findall(r"(?m)^TỈNH ỦY THANH HÓA\n\*\nSố -(\w+)/TU\nĐẢNG CỘNG SẢN VIỆT NAM$", text)
    assert len(headers) >= 3 and headers[0] == "QĐ"
    assert not regex.search(r"(?m)^\d{1,2}$", text)  # running page numbers dropped
    assert fold("Ban Thường vụ Tỉnh ủy Thanh Hóa quy định về đánh giá") in fold(text)


# -- Word's automatic list numbers ------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBERING = (
    f'<w:numbering xmlns:w="{_W}"><w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>'
    '<w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
    '<w:lvl w:ilvl="5"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>')


def _numbered(num_id: int, ilvl: int) -> Any:
    from lxml import etree

    return etree.fromstring(f'<w:p xmlns:w="{_W}"><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr></w:pPr></w:p>')


def test_word_list_numbers_are_counted_as_word_draws_them() -> None:
    from lxml import etree

    from nqparse.readers.docxnumbering import Numbering

    numbering = Numbering(etree.fromstring(_NUMBERING))
    sequence = [(5, 0), (5, 1), (5, 2), (5, 2), (5, 3), (5, 3), (5, 1), (5, 4), (5, 5), (5, 0), (5, 1), (6, 1)]
    labels = [numbering.label(_numbered(n, lvl)) for n, lvl in sequence]
    assert labels == ["I.", "1.", "1.1.", "1.2.", "a)", "b)", "2.", "•", "-", "II.", "1.", "4."]


def test_docx_list_paragraphs_get_their_numbers(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("MỤC ĐÍCH, YÊU CẦU", style="List Number")
    document.add_paragraph("NHIỆM VỤ, GIẢI PHÁP", style="List Number")
    document.add_paragraph("Tăng cường kiểm tra", style="List Bullet")
    path = tmp_path / "list.docx"
    document.save(str(path))
    assert read_path(path).text.split("\n")[:3] == ["1. MỤC ĐÍCH, YÊU CẦU", "2. NHIỆM VỤ, GIẢI PHÁP", "• Tăng cường kiểm tra"]


# -- no text is lost or repeated, whatever the geometry ---------------------------------------

_segments = st.lists(
    st.builds(lambda x, w, line, k: Segment(x, x + w, line * 16.0, line * 16.0 + 12, f"t{k}"),
              st.floats(0, 500), st.floats(2, 300), st.integers(0, 40), st.integers(0, 10_000)),
    max_size=60, unique_by=lambda s: s.text)


@settings(max_examples=200, deadline=None)
@given(_segments)
def test_reading_order_keeps_every_segment_once(segments: list[Segment]) -> None:
    lines = reading_order(group_lines(segments), PAGE_WIDTH)
    assert sorted(s.text for ln in lines for s in ln.segments) == sorted(s.text for s in segments)
    margins = Margins(left=0, right=500, line_height=12)
    for a, b in zip(lines, lines[1:], strict=False):
        assert continues(a, b, margins, same_page=True) in (True, False)


def test_docx_header_and_footer_set_with_tab_stops_read_column_by_column(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for line in ["ĐẢNG BỘ TỈNH THÁI NGUYÊN\t\tĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY ĐỊNH HÓA",
                 "*\t\tĐịnh Hóa, ngày 20 tháng 12 năm 2021", "Số 12-NQ/HU", "NGHỊ QUYẾT", "về nhiệm vụ năm 2022",
                 "1.\tTăng cường công tác kiểm tra.", "Nơi nhận:\tT/M BAN THƯỜNG VỤ", "- Ban Thường vụ Tỉnh ủy,\tBÍ THƯ",
                 "- Lưu VPHU.", "\t\tNguyễn Văn An"]:
        paragraph = document.add_paragraph(line)
        if line in ("NGHỊ QUYẾT", "về nhiệm vụ năm 2022"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = tmp_path / "tabs.docx"
    document.save(str(path))
    lines = read_path(path).text.replace("\t", " ").split("\n")
    assert lines == [
        "ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN ỦY ĐỊNH HÓA", "*", "Số 12-NQ/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Định Hóa, ngày 20 tháng 12 năm 2021", "NGHỊ QUYẾT", "về nhiệm vụ năm 2022",
        "1. Tăng cường công tác kiểm tra.", "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy,", "- Lưu VPHU.",
        "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An", ""]
    result = extract(path)
    assert (result.issuer.name, result.document.number, result.document.date) == \
        ("HUYỆN ỦY ĐỊNH HÓA", "12-NQ/HU", "2021-12-20")
    assert (result.signature.title, result.signature.signer) == ("BÍ THƯ", "Nguyễn Văn An")


def test_docx_text_boxes_are_read_once(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("ĐẢNG BỘ TỈNH THÁI NGUYÊN")
    box = (f'<w:txbxContent xmlns:w="{_W}"><w:p><w:r><w:t>Số 12-NQ/HU</w:t></w:r></w:p></w:txbxContent>')
    run = parse_xml(
        f'<w:r xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')
    paragraph._p.append(run)
    path = tmp_path / "box.docx"
    document.save(str(path))
    text = read_path(path).text
    assert text.split("\n")[:2] == ["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "Số 12-NQ/HU"]
    assert text.count("12-NQ/HU") == 1


def test_docx_footer_table_bullets_from_word_lists(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Ban Thường vụ Huyện ủy chịu trách nhiệm thực hiện Nghị quyết này.")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "Nơi nhận:"
    for name in ("Ban Thường vụ Tỉnh ủy,", "Các đồng chí Huyện ủy viên,", "Lưu VPHU."):
        left.add_paragraph(name, style="List Bullet")
    right.paragraphs[0].text = "T/M BAN THƯỜNG VỤ"
    for line in ("BÍ THƯ", "", "Nguyễn Văn An"):
        right.add_paragraph(line)
    path = tmp_path / "footer.docx"
    document.save(str(path))
    result = extract(path)
    assert [(r.name, r.archive) for r in result.recipients] == [
        ("Ban Thường vụ Tỉnh ủy", False), ("Các đồng chí Huyện ủy viên", False), ("VPHU", True)]
    assert (result.signature.authority, result.signature.title, result.signature.signer) == \
        ("T/M", "BÍ THƯ", "Nguyễn Văn An")


def test_docx_line_break_inside_a_sentence_is_a_space(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("- Chủ trì, thẩm định điều kiện về vốn của")
    paragraph.add_run().add_break()
    paragraph.add_run("tổ chức, cá nhân khi tham mưu.")
    title = document.add_paragraph("KẾ HOẠCH")
    title.add_run().add_break()
    title.add_run("Triển khai thực hiện Chỉ thị số 11-CT/TU")
    path = tmp_path / "breaks.docx"
    document.save(str(path))
    assert read_path(path).text.split("\n")[:3] == [
        "- Chủ trì, thẩm định điều kiện về vốn của tổ chức, cá nhân khi tham mưu.", "KẾ HOẠCH",
        "Triển khai thực hiện Chỉ thị số 11-CT/TU"]
