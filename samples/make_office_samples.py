"""Make DOCX and PDF copies of sample documents, laid out as offices lay them out.

    python samples/make_office_samples.py            # writes samples/*.docx and, with LibreOffice, *.pdf
    python samples/make_office_samples.py --no-pdf   # DOCX only

Each copy takes its words from the plain-text sample beside it and sets them the way an
official document is set (Hướng dẫn 36-HD/VPTW): a borderless two-column header table (the
issuing body, "*" and "Số ..." on the left; "ĐẢNG CỘNG SẢN VIỆT NAM", place and date on the
right), the title block centred, the body justified, a borderless footer table ("Nơi nhận"
on the left, the signature on the right), a running page number from page 2, and an indicator
appendix as a ruled table (STT · Chỉ tiêu · Đơn vị tính · Kế hoạch). The PDF is exported from
the DOCX by LibreOffice (``soffice --headless --convert-to pdf``).

A header field the text lacks is only filled where the text itself states it: the Kiến An
resolution names its number and date in its appendix line ("ban hành kèm theo Nghị quyết số
02-NQ/QU, ngày 20/12/2021"); the Hải Phòng conclusion states neither, so its number and date
are left blank, as in a copy signed electronically before numbering. The appendix table holds
the appendix's own figures, one row per numbered indicator and one sub-row per figure that
the text lists inside it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"


@dataclass
class Sample:
    text_file: str
    left: list[str]
    right: list[str]
    title_lines: int
    appendix_heading: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    notes_after_table: list[str] = field(default_factory=list)


KIENAN_TABLE = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022"],
    ["II", "Các chỉ tiêu về xây dựng Đảng", "", ""],
    ["1", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%", "≥ 80"],
    ["", "Trong đó: hoàn thành xuất sắc nhiệm vụ", "%", "20"],
    ["", "Đảng viên hoàn thành tốt nhiệm vụ", "%", "≥ 80"],
    ["2", "Kết nạp đảng viên", "đảng viên", "125 - 130"],
    ["3", "Thành lập tổ chức đảng trong các loại hình doanh nghiệp ngoài nhà nước, hợp tác xã, "
          "đơn vị sự nghiệp ngoài công lập", "tổ chức đảng", "≥ 01"],
    ["II", "Các chỉ tiêu về phát triển kinh tế", "", ""],
    ["4", "Tổng giá trị sản xuất", "%", "Tăng 16 - 18"],
    ["", "- Giá trị sản xuất công nghiệp, xây dựng (do quận quản lý) so với thực hiện năm 2021", "%", "Tăng 12"],
    ["", "- Doanh thu thương mại, dịch vụ so với thực hiện năm 2021", "%", "Tăng 22"],
    ["", "- Giá trị sản xuất nông, lâm, thủy sản so với thực hiện năm 2021", "%", "Tăng 3,45"],
    ["5", "Tỷ trọng cơ cấu kinh tế:", "", ""],
    ["", "- Công nghiệp, xây dựng", "%", "45,87"],
    ["", "- Thương mại, dịch vụ", "%", "53,71"],
    ["", "- Nông nghiệp", "%", "0,42"],
    ["6", "Thu cân đối ngân sách (so với dự toán pháp lệnh thành phố giao)", "%", "Tăng ≥ 15"],
    ["7", "Số doanh nghiệp hoạt động", "doanh nghiệp", "1.000 - 1.200"],
    ["8", "Tổng mức đầu tư toàn xã hội năm 2022", "tỷ đồng", "3.100 - 3.500"],
    ["III", "Các chỉ tiêu về đô thị, văn hóa - xã hội, môi trường, quốc phòng", "", ""],
    ["9", "Thực hiện một số tiêu chuẩn thuộc Tiêu chí 5 của đô thị loại I (Tiêu chí về trình độ phát triển "
          "cơ sở hạ tầng và kiến trúc, cảnh quan đô thị theo Nghị quyết số 1210/2016/UBTVQH13, ngày "
          "25/5/2016 của Ủy ban Thường vụ Quốc hội \"Về phân loại đô thị\")", "", ""],
    ["10", "Số trường học đạt chuẩn quốc gia", "trường", "≥ 02"],
    ["11", "Giải quyết việc làm", "lượt lao động", "3.300"],
    ["", "Tỷ lệ lao động qua đào tạo", "%", "91"],
    ["12", "Không còn hộ nghèo (theo chuẩn nghèo quốc gia giai đoạn 2016 - 2020)", "hộ nghèo", "0"],
    ["13", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "92"],
    ["14", "Tỷ lệ hộ dân sử dụng nước sạch theo tiêu chuẩn", "%", "100"],
    ["15", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "100"],
    ["", "Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật", "%", "21,2"],
    ["16", "Nhà văn hóa phường được đầu tư cơ sở vật chất, trang thiết bị", "nhà văn hóa", "01 - 02"],
    ["17", "Tỷ lệ tổ dân phố đạt tổ dân phố văn hóa", "%", "> 70"],
    ["", "Hộ gia đình được công nhận gia đình văn hóa", "%", "> 93"],
    ["18", "Hoàn thành chỉ tiêu giao quân năm 2022", "%", "100"],
]

SAMPLES = [
    Sample(
        text_file="kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022.txt",
        left=["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "QUẬN ỦY KIẾN AN", "*", "Số 02-NQ/QU"],
        right=["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Kiến An, ngày 20 tháng 12 năm 2021"],
        title_lines=4,
        appendix_heading=["CHỈ TIÊU KẾ HOẠCH NĂM 2022",
                          "(ban hành kèm theo Nghị quyết số 02-NQ/QU, ngày 20/12/2021)"],
        table=KIENAN_TABLE,
        notes_after_table=["(Chỉ tiêu (12) sẽ được cập nhật khi thành phố thực hiện theo chuẩn nghèo quốc gia "
                           "giai đoạn tiếp theo, giao UBND quận chỉ đạo các cơ quan chuyên môn tham mưu chỉ tiêu này)."],
    ),
    Sample(
        text_file="haiphong-thanhuy-ket-luan-hoi-nghi-5-khoa-xvi-2021.txt",
        left=["THÀNH ỦY HẢI PHÒNG", "*", "Số        -KL/TU"],
        right=["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hải Phòng, ngày      tháng      năm 2021"],
        title_lines=2,
    ),
]

_EMPHASIS = re.compile(r"(\*\*.+?\*\*|\*[^*\n]+?\*)")


def _runs(paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float = 14) -> None:
    """Add ``text`` to ``paragraph``, turning the sample's *italic* and **bold** marks into runs."""
    for piece in _EMPHASIS.split(text):
        if not piece:
            continue
        b, i = bold, italic
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            piece, b = piece[2:-2], True
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            piece, i = piece[1:-1], True
        run = paragraph.add_run(piece)
        run.bold, run.italic = b, i
        run.font.size = Pt(size)
        run.font.name = FONT


def _para(container, text: str = "", *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold: bool = False,
          italic: bool = False, size: float = 14, indent: bool = False, after: float = 6):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(0)
    if indent:
        fmt.first_line_indent = Cm(1)
    _runs(p, text, bold=bold, italic=italic, size=size)
    return p


def _first_paragraph(cell, text: str, **kw):
    p = cell.paragraphs[0]
    p.alignment = kw.pop("align", WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.space_after = Pt(0)
    _runs(p, text, **kw)
    return p


def _cell_lines(cell, lines: list[tuple[str, dict]]) -> None:
    for k, (text, kw) in enumerate(lines):
        if k == 0:
            _first_paragraph(cell, text, **kw)
        else:
            p = cell.add_paragraph()
            p.alignment = kw.pop("align", WD_ALIGN_PARAGRAPH.CENTER)
            p.paragraph_format.space_after = Pt(0)
            _runs(p, text, **kw)


def _two_columns(document, widths: tuple[float, float]):
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = cell.width = Cm(width)
    return table.rows[0].cells


def _page_number_header(section) -> None:
    """A page number centred at the top of every page but the first."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field_el = OxmlElement("w:fldSimple")
    field_el.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field_el.append(run)
    p._p.append(field_el)


@dataclass
class Parts:
    title: list[str]
    body: list[str]
    recipients: list[str]
    signature: list[str]
    appendix: list[str]


def split_text(text: str, title_lines: int) -> Parts:
    """The sample's title block, body, Nơi nhận lines, signature lines and what follows them."""
    lines = [ln.strip() for ln in text.splitlines()]
    filled: list[str] = []
    blank = False
    for ln in lines:
        if not ln:
            blank = True
            continue
        if blank and filled and ln[0].islower() and filled[-1][-1] not in ".:;!?":
            filled[-1] = f"{filled[-1]} {ln}"  # a paragraph the text copy broke over a blank line
        else:
            filled.append(ln)
        blank = False
    title, rest = filled[:title_lines], filled[title_lines:]
    label = max(i for i, ln in enumerate(rest) if ln.lower().startswith("nơi nhận"))
    body, rest = rest[:label], rest[label + 1:]
    recipients = []
    while rest and rest[0].startswith("-"):
        recipients.append(rest.pop(0))
    signature = []
    while rest:
        line = rest.pop(0)
        signature.extend(part for part in line.replace("**", "\n").split("\n") if part.strip())
        if not line.isupper() and not line.startswith("**"):
            break  # the signer's name closes the signature
    return Parts(title, body, recipients, signature, rest)


def build_docx(sample: Sample, target: Path) -> None:
    parts = split_text((HERE / sample.text_file).read_text(encoding="utf-8"), sample.title_lines)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    _page_number_header(section)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)

    left, right = _two_columns(document, (7.0, 9.5))
    # the parent body (when there is one) in plain capitals, the issuing body in bold
    parent = len(sample.left) > 3
    _cell_lines(left, [(ln, {"bold": ln.isupper() and not (parent and k == 0), "size": 14})
                       for k, ln in enumerate(sample.left)])
    _cell_lines(right, [(sample.right[0], {"bold": True, "size": 15}),
                        *[(ln, {"italic": True, "size": 14, "align": WD_ALIGN_PARAGRAPH.RIGHT}) for ln in sample.right[1:]]])

    _para(document, "", after=6)
    for k, line in enumerate(parts.title):
        caps = line.isupper()
        _para(document, line, align=WD_ALIGN_PARAGRAPH.CENTER, bold=caps or k == 0, italic=not caps,
              size=16 if k == 0 else 14, after=0)
    _para(document, "-----", align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    for line in parts.body:
        heading = bool(re.match(r"^(?:[IVX]+\.|\d+\.(?:\d+\.)?)\s", line)) and len(line) < 200
        _para(document, line, bold=heading, indent=True)

    footer_left, footer_right = _two_columns(document, (8.0, 8.5))
    _cell_lines(footer_left, [("Nơi nhận:", {"bold": True, "italic": True, "size": 12, "align": WD_ALIGN_PARAGRAPH.LEFT}),
                              *[(ln, {"size": 11, "align": WD_ALIGN_PARAGRAPH.LEFT}) for ln in parts.recipients]])
    *authority, signer = parts.signature
    _cell_lines(footer_right, [*[(ln, {"bold": True, "size": 14}) for ln in authority],
                               ("", {}), ("", {}), ("", {}), (signer, {"bold": True, "size": 14})])

    if sample.table:
        document.add_page_break()
        for k, line in enumerate(sample.appendix_heading):
            _para(document, line, align=WD_ALIGN_PARAGRAPH.CENTER, bold=k == 0, italic=k > 0, after=6)
        table = document.add_table(rows=0, cols=len(sample.table[0]))
        table.style = "Table Grid"
        widths = (1.3, 9.2, 2.7, 3.3)
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        for r, row in enumerate(sample.table):
            cells = table.add_row().cells
            group = bool(row[0]) and not row[0].isdigit() and r > 0
            for c, (cell, value) in enumerate(zip(cells, row, strict=True)):
                cell.width = Cm(widths[c])
                align = WD_ALIGN_PARAGRAPH.LEFT if c == 1 else WD_ALIGN_PARAGRAPH.CENTER
                _first_paragraph(cell, value, bold=r == 0 or group, size=13, align=align)
        for note in sample.notes_after_table:
            _para(document, note, italic=True, size=13, indent=True)
    elif parts.appendix:
        for line in parts.appendix:
            _para(document, line, indent=True)
    document.core_properties.title = parts.title[0]
    document.save(str(target))


def export_pdf(docx_path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed; use --no-pdf or install libreoffice-writer")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(docx_path.parent), str(docx_path)], check=True, capture_output=True,
                       timeout=180)
    return docx_path.with_suffix(".pdf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="write the DOCX files only")
    args = parser.parse_args(argv)
    for sample in SAMPLES:
        target = HERE / Path(sample.text_file).with_suffix(".docx").name
        build_docx(sample, target)
        print(f"wrote {target.relative_to(HERE.parent)}")
        if not args.no_pdf:
            print(f"wrote {export_pdf(target).relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
