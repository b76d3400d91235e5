"""Plain text whose page layout is rebuilt before extraction: wrapped lines, two columns side by
side, web-site chrome, Markdown rules and tables, syllables run together by PDF text.

Every layout here is written for the test, in the shapes real files come in: text copied from a
PDF (wrapped at about 80 characters, no blank lines), pdftotext ``-layout`` (paragraphs indented,
header and footer in two columns), and web pages converted to Markdown (paragraphs apart by blank
lines, their first line short, tables as one cell per line between ``|`` lines).
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from nqparse import extract_text
from nqparse.normalize import Text, normalize
from nqparse.source import Source
from nqparse.validate.check import validate_resolution

from .conftest import SHARED

# A party committee's text as PDF viewers copy it: wrapped near 80 characters, no blank lines.
PDF_TEXT = """ĐẢNG BỘ TỈNH NAM SƠN
ĐẢNG UỶ XÃ HOÀ BÌNH
*
Số 14-KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hoà Bình, ngày 20 tháng 12 năm 2025
KẾT LUẬN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4
-----
Ngày 18/12/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị để cho ý kiến về các
nội dung trình Hội nghị. Sau khi thảo luận, Hội nghị thống nhất kết luận một số
nội dung như sau:
1. Kết quả đạt được
Năm 2025, tình hình kinh tế - xã hội của xã tiếp tục phát triển ổn định; sản xuất
nông nghiệp được quan tâm chỉ đạo thường xuyên; các chính sách an sinh xã hội
được triển khai đầy đủ, kịp thời, đúng đối tượng và đúng quy định của Nhà nước.
2. Nhiệm vụ năm 2026
- Giao Văn phòng Đảng uỷ chủ trì, phối hợp với các cơ quan tham mưu, giúp việc
Đảng uỷ theo dõi, đôn đốc việc thực hiện Kết luận này và báo cáo Ban Thường vụ.
- Đảng uỷ UBND xã lãnh đạo thực hiện các chỉ tiêu kinh tế - xã hội năm 2026, bảo
đảm hoàn thành kế hoạch thu ngân sách nhà nước trên địa bàn theo chỉ tiêu Tỉnh
giao; hoàn thành trước ngày 31/12/2026.
Nơi nhận:
- Ban Thường vụ Tỉnh uỷ (báo cáo),
- Các đồng chí Đảng uỷ viên,
- Lưu Văn phòng Đảng uỷ.
T/M ĐẢNG UỶ
BÍ THƯ
Trần Văn Bình
"""

# The same kind of text from pdftotext -layout: the header and the footer in two columns.
LAYOUT_TEXT = """   ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH NAM SƠN                                      Độc lập - Tự do - Hạnh phúc

   Số: 812 /UBND-KT                                Nam Sơn, ngày 05 tháng 3 năm 2026
V/v tăng cường quản lý
 chợ trên địa bàn tỉnh

                       Kính gửi:
                                       - Các Sở, ban, ngành thuộc UBND tỉnh;
                                       - Ủy ban nhân dân các xã, phường.

      Thực hiện chỉ đạo của Thủ tướng Chính phủ về tăng cường quản lý chợ, Chủ tịch
Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện các nội dung
sau đây trong phạm vi chức năng, nhiệm vụ được giao.
      1. Sở Công Thương chủ trì rà soát quy hoạch mạng lưới chợ trên địa bàn tỉnh,
đề xuất phương án sắp xếp, chuyển đổi mô hình quản lý chợ trong năm 2026.
      2. Ủy ban nhân dân các xã, phường kiểm tra, xử lý nghiêm các vi phạm về trật tự,
an toàn thực phẩm và phòng cháy tại các chợ do xã, phường quản lý./.
Nơi nhận:                                               KT. CHỦ TỊCH
- Như trên;                                             PHÓ CHỦ TỊCH
- Lưu: VT, KT.



                                                      Lê Minh Hải
"""

# A plan converted from a legal web site to Markdown: bold, "|" cells, rules, site chrome.
WEB_TEXT = """Đang tải văn bản...

|
**ỦY BAN NHÂN DÂN
**
TỈNH NAM SƠN
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 57/KH-UBND
|
*Nam Sơn, ngày 14
tháng 10 năm 2025*
|

**KẾ HOẠCH**

PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH NAM SƠN GIAI ĐOẠN
2026 - 2030

Căn cứ Nghị quyết số
82-NQ/TW ngày 18/5/2023 của Bộ Chính trị về phát triển du lịch trở thành ngành
kinh tế mũi nhọn;

Theo đề nghị của Sở Văn hóa,
Thể thao và Du lịch tại Tờ trình số 88/TTr-SVHTTDL ngày 01/10/2025, Ủy ban nhân
dân tỉnh ban hành Kế hoạch như sau:

**I. MỤC TIÊU**

1. Phát triển du lịch cộng đồng
gắn với bảo tồn văn hóa truyền thống, tạo sinh kế bền vững cho người dân vùng
nông thôn và miền núi của tỉnh.

2. Đến năm 2030, du lịch cộng
đồng trở thành sản phẩm đặc trưng của tỉnh, thu hút khách trong nước và quốc tế,
đóng góp vào tăng trưởng kinh tế của các xã vùng cao, giữ gìn cảnh quan và môi
trường sinh thái.

**II. NHIỆM VỤ**

1. Sở Văn hóa, Thể thao và Du
lịch chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các xã xây dựng tiêu
chí làng du lịch cộng đồng, hướng dẫn người dân làm du lịch và quảng bá sản phẩm
trên các nền tảng số.

|
**STT**
|
**Chỉ tiêu**
|
**Ghi chú**
|
|
1
|
Số làng du lịch cộng đồng được
công nhận đạt 12 làng
|
Sở Văn hóa
|

| STT | Chỉ tiêu | Kế hoạch |
| --- | --- | --- |
| 1 | **Lượt khách** | 2 triệu |

|
Nơi nhận:
- Các sở, ngành;
- Lưu: VT.
|
**TM. ỦY BAN NHÂN
DÂN**
CHỦ TỊCH
Phạm Văn Nam
|

Lưu trữ
Ghi chú
Bản quyền thuộc về trang thông tin pháp luật.
"""


def normalized(raw: str) -> Text:
    return normalize(Source(text=raw, format="txt"))


def lines(raw: str) -> list[str]:
    return normalized(raw).text.splitlines()


@dataclass(frozen=True)
class Layout:
    id: str
    raw: str
    line: str  # a line the rebuilt text must hold, whole


JOINED = [
    Layout("pdf-wrapped-paragraph", PDF_TEXT,
           "Ngày 18/12/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị để cho ý kiến về các nội dung trình "
           "Hội nghị. Sau khi thảo luận, Hội nghị thống nhất kết luận một số nội dung như sau:"),
    Layout("pdf-bullet-runs-on", PDF_TEXT,
           "- Giao Văn phòng Đảng uỷ chủ trì, phối hợp với các cơ quan tham mưu, giúp việc Đảng uỷ theo dõi, "
           "đôn đốc việc thực hiện Kết luận này và báo cáo Ban Thường vụ."),
    Layout("pdf-heading-stays-a-line", PDF_TEXT, "1. Kết quả đạt được"),
    Layout("pdf-title-line-stays", PDF_TEXT, "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4"),
    Layout("pdf-number-line-stays", PDF_TEXT, "Số 14-KL/ĐU"),
    Layout("pdf-recipient-stays", PDF_TEXT, "- Các đồng chí Đảng uỷ viên,"),
    Layout("pdf-signer-stays", PDF_TEXT, "Trần Văn Bình"),
    Layout("layout-indented-paragraph", LAYOUT_TEXT,
           "Thực hiện chỉ đạo của Thủ tướng Chính phủ về tăng cường quản lý chợ, Chủ tịch Ủy ban nhân dân tỉnh "
           "yêu cầu các cơ quan, đơn vị triển khai thực hiện các nội dung sau đây trong phạm vi chức năng, "
           "nhiệm vụ được giao."),
    Layout("layout-numbered-item-runs-on", LAYOUT_TEXT,
           "1. Sở Công Thương chủ trì rà soát quy hoạch mạng lưới chợ trên địa bàn tỉnh, đề xuất phương án "
           "sắp xếp, chuyển đổi mô hình quản lý chợ trong năm 2026."),
    Layout("layout-subject-line", LAYOUT_TEXT, "V/v tăng cường quản lý chợ trên địa bàn tỉnh"),
    Layout("web-short-first-line", WEB_TEXT,
           "Theo đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 88/TTr-SVHTTDL ngày 01/10/2025, "
           "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
    Layout("web-reference", WEB_TEXT,
           "Căn cứ Nghị quyết số 82-NQ/TW ngày 18/5/2023 của Bộ Chính trị về phát triển du lịch trở thành "
           "ngành kinh tế mũi nhọn;"),
    Layout("web-date-over-two-lines", WEB_TEXT, "Nam Sơn, ngày 14 tháng 10 năm 2025"),
    Layout("web-national-name", WEB_TEXT, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    Layout("web-title-years", WEB_TEXT, "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH NAM SƠN GIAI ĐOẠN 2026 - 2030"),
    Layout("web-table-cell", WEB_TEXT, "Số làng du lịch cộng đồng được công nhận đạt 12 làng"),
    Layout("web-table-row", WEB_TEXT, "| 1 | Lượt khách | 2 triệu |"),
    Layout("web-table-header-cell-kept", WEB_TEXT, "Ghi chú"),
    Layout("web-signature-authority", WEB_TEXT, "TM. ỦY BAN NHÂN DÂN"),
    Layout("web-signature-title-stays", WEB_TEXT, "CHỦ TỊCH"),
]


@pytest.mark.parametrize("case", JOINED, ids=[c.id for c in JOINED])
def test_rebuilt_text_holds_the_line(case: Layout) -> None:
    assert case.line in lines(case.raw)


COLUMNS = [
    Layout("issuer-then-its-unit", LAYOUT_TEXT, "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\nSố: 812 /UBND-KT\n"),
    Layout("motto-then-place-date", LAYOUT_TEXT,
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNam Sơn, ngày 05 tháng 3 năm 2026\n"),
    Layout("addressees-under-kinh-gui", LAYOUT_TEXT, "Kính gửi:\n- Các Sở, ban, ngành thuộc UBND tỉnh;\n"),
    Layout("recipients-then-signature", LAYOUT_TEXT,
           "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Hải"),
    Layout("title-beside-signer", "Nghị quyết này có hiệu lực từ ngày ký./.\nCHỦ TỊCH     Nguyễn Văn An\n",
           "CHỦ TỊCH\nNguyễn Văn An"),
]


@pytest.mark.parametrize("case", COLUMNS, ids=[c.id for c in COLUMNS])
def test_columns_side_by_side_are_read_one_after_the_other(case: Layout) -> None:
    assert case.line in normalized(case.raw).text


def test_a_two_column_table_in_the_body_keeps_its_rows() -> None:
    head = "\n".join(f"Dòng {n} của phần mở đầu văn bản, viết đủ dài để là một đoạn văn." for n in range(16))
    table = "Xã An Phú          120 hộ\nXã Bình Minh       95 hộ\n"
    tail = "\n".join(f"Dòng {n} của phần cuối văn bản, viết đủ dài để là một đoạn văn." for n in range(16))
    text = normalized(f"{head}\n{table}{tail}\n").text
    assert "Xã An Phú 120 hộ\nXã Bình Minh 95 hộ" in text


GONE = [
    Layout("loading-notice", WEB_TEXT, "Đang tải văn bản..."),
    Layout("site-tab", WEB_TEXT, "Lưu trữ"),
    Layout("copyright", WEB_TEXT, "Bản quyền thuộc về trang thông tin pháp luật."),
    Layout("rule-under-issuer", WEB_TEXT, "-------"),
    Layout("markdown-table-rule", WEB_TEXT, "| --- | --- | --- |"),
    Layout("rule-closing-a-line", "HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN --------\nSố: 5/NQ-HĐND\n",
           "HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN --------"),
]


@pytest.mark.parametrize("case", GONE, ids=[c.id for c in GONE])
def test_layout_that_is_not_content_is_dropped(case: Layout) -> None:
    assert case.line not in lines(case.raw)


# A press page saved as the site served it, and one converted to Markdown.
PAGE_TEXT = """<?php
    $dir = "../data/article/0042/";
?>
<h1>Kỳ họp thứ 9, HĐND tỉnh khóa XI</h1>
<p>
Sáng 12/4, HĐND tỉnh khóa XI tiến hành Kỳ họp thứ 9 &amp; thông qua 12 nghị quyết.
</p>
<div class="img"><?php echo '<img src="' . $dir . '1.jpg">'; ?></div>
"""
MARKDOWN_PAGE = """Tỉnh điều chỉnh chỉ tiêu tăng trưởng còn 7%
===========================================

[:gift:Xem chi tiết ở đây:gift:](https://example.vn/bai-viet)Tỉnh điều chỉnh chỉ tiêu tăng trưởng …

![Toàn cảnh kỳ họp](https://example.vn/anh.jpg "undefined")

Theo [báo cáo của UBND tỉnh](https://example.vn/bao-cao), tăng trưởng năm nay đạt 7%.
"""

PAGES = [
    Layout("server-code", PAGE_TEXT, "$dir = \"../data/article/0042/\";"),
    Layout("html-tag", PAGE_TEXT, "<h1>Kỳ họp thứ 9, HĐND tỉnh khóa XI</h1>"),
    Layout("image", MARKDOWN_PAGE, "Toàn cảnh kỳ họp"),
    Layout("read-more-link", MARKDOWN_PAGE, "Xem chi tiết ở đây"),
    Layout("setext-underline", MARKDOWN_PAGE, "==========================================="),
]


@pytest.mark.parametrize("case", PAGES, ids=[c.id for c in PAGES])
def test_web_page_code_and_links_are_not_text(case: Layout) -> None:
    assert case.line not in normalized(case.raw).text


def test_web_page_words_stay() -> None:
    assert [x for x in lines(PAGE_TEXT) if x][:2] == ["Kỳ họp thứ 9, HĐND tỉnh khóa XI",
                                    "Sáng 12/4, HĐND tỉnh khóa XI tiến hành Kỳ họp thứ 9 & thông qua 12 nghị quyết."]
    assert "Theo báo cáo của UBND tỉnh, tăng trưởng năm nay đạt 7%." in lines(MARKDOWN_PAGE)


def test_markup_does_not_leak_into_values() -> None:
    text = normalized(WEB_TEXT).text
    assert "**" not in text
    assert "Ghi chú" in text.splitlines()  # the table's own header cell


KEPT = [
    Layout("sentence-end", "Hội nghị kết thúc lúc 11 giờ.\nChiều cùng ngày, Ban Thường vụ họp.", ""),
    Layout("paragraph-per-line", "Tăng trưởng GRDP đạt 8%\nThu ngân sách vượt 12% dự toán năm.", ""),
    Layout("capitals-header", "ĐẢNG BỘ TỈNH NAM SƠN\nĐẢNG UỶ XÃ HOÀ BÌNH\n*", ""),
    Layout("number-then-date", "Số: 12/KH-UBND\nNam Sơn, ngày 3 tháng 2 năm 2026", ""),
    Layout("compound-across-lines", "kinh tế-\nxã hội", ""),
]


@pytest.mark.parametrize("case", KEPT, ids=[c.id for c in KEPT])
def test_lines_that_end_where_they_should_stay_apart(case: Layout) -> None:
    assert lines(case.raw) == case.raw.splitlines()


def test_letters_spaced_apart_are_read_back_into_words() -> None:
    raw = (CONTEXT + "Đã hoàn thành chi trả quà tết cho người có công.\n"
           "- H o à n t h à n h c h i t r ả q u à t ế t c h o 1 8 6 n g ư ờ i ( 3 0 0 . 0 0 0 / n g ư ờ i )\n"
           "v ớ i\ns ố\nt i ề n\n55.800.000\nđ ồ n g ;\n")
    assert " ".join(lines(raw)[-2:]) == (
        "- Hoàn thành chi trả quà tết cho 186 người (300.000/người) với số tiền 55.800.000 đồng;")


def test_a_line_running_on_in_lower_case_is_joined_in_any_text() -> None:
    assert lines("Với mục tiêu phân bổ nguồn lực đầu tư công hợp\nlý, hiệu quả.") == [
        "Với mục tiêu phân bổ nguồn lực đầu tư công hợp lý, hiệu quả."]


# A text wrapped at a width, as PDF text and printed pages are: the filler's lines show the width.
FILLER = textwrap.wrap(
    "Năm 2026, Ban Chấp hành Đảng bộ tỉnh tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, "
    "giải pháp phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh; đẩy mạnh chuyển đổi số, cải cách "
    "hành chính và nâng cao chất lượng dịch vụ công trực tuyến; tăng cường công tác xây dựng Đảng và hệ "
    "thống chính trị trong sạch, vững mạnh toàn diện; chăm lo đời sống vật chất, tinh thần của nhân dân.", 76)


@dataclass(frozen=True)
class Wrapped:
    id: str
    lines: tuple[str, ...]  # the first is filled to the width
    expected: str


WRAPPED = [
    Wrapped("after-a-colon", ("Trong đó, có 5 mục tiêu của tỉnh được xây dựng cao hơn so với cả nước gồm:",
                              "tỷ lệ dân số đô thị đạt hơn 60%."),
            "Trong đó, có 5 mục tiêu của tỉnh được xây dựng cao hơn so với cả nước gồm: tỷ lệ dân số đô thị đạt hơn 60%."),
    Wrapped("a-range-across-lines", ("Ban Thường vụ Tỉnh ủy kiểm tra chuyên đề 40 – 45 lượt tổ chức đảng, giám sát 8",
                                     "– 10 tổ chức đảng."),
            "Ban Thường vụ Tỉnh ủy kiểm tra chuyên đề 40 – 45 lượt tổ chức đảng, giám sát 8 – 10 tổ chức đảng."),
    Wrapped("a-percent-range-across-lines", ("Tỷ trọng đóng góp của năng suất các nhân tố tổng hợp vào GRDP đạt từ 45%",
                                             "– 50%; chi đầu tư cho khoa học và công nghệ đạt trên 1%."),
            "Tỷ trọng đóng góp của năng suất các nhân tố tổng hợp vào GRDP đạt từ 45% – 50%; chi đầu tư cho khoa "
            "học và công nghệ đạt trên 1%."),
    Wrapped("a-unit-in-capitals-wrapped-alone", ("Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) giai đoạn 2026 - 2030 đạt 500 triệu",
                                                 "USD."),
            "Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) giai đoạn 2026 - 2030 đạt 500 triệu USD."),
    Wrapped("a-list-run-into-a-sentence", ("Tỷ trọng cơ cấu kinh tế năm 2025: Công nghiệp, xây dựng chiếm 45,87%;",
                                           "Thương mại, dịch vụ 53,71%."),
            "Tỷ trọng cơ cấu kinh tế năm 2025: Công nghiệp, xây dựng chiếm 45,87%; Thương mại, dịch vụ 53,71%."),
    Wrapped("a-list-run-into-a-figure", ("Về công tác xây dựng Đảng: kết nạp mới từ 3.300 – 3.500 đảng viên trong năm;",
                                         "70% số doanh nghiệp có tổ chức đảng."),
            "Về công tác xây dựng Đảng: kết nạp mới từ 3.300 – 3.500 đảng viên trong năm; 70% số doanh nghiệp có tổ "
            "chức đảng."),
    Wrapped("a-title-filled-to-the-width", ("VỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN, CHI NGÂN SÁCH ĐỊA PHƯƠNG",
                                            "NĂM 2027"),
            "VỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN, CHI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2027"),
    # a number wrapped after the word it follows is no numbered point, nor a cited number a dateline
    Wrapped("an-ordinal-wrapped-from-its-word", ("Sáng nay, Hội đồng nhân dân tỉnh khóa XVII đã khai mạc trọng thể kỳ họp thứ",
                                                "13. Kỳ họp quyết nghị nhiều nội dung quan trọng."),
            "Sáng nay, Hội đồng nhân dân tỉnh khóa XVII đã khai mạc trọng thể kỳ họp thứ 13. Kỳ họp quyết nghị "
            "nhiều nội dung quan trọng."),
    Wrapped("a-letters-number-wrapped-from-so", ("Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Sơn tại công văn số",
                                                 "4262/SKHĐT-TH ngày 21 tháng 12 năm 2020,"),
            "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Sơn tại công văn số 4262/SKHĐT-TH ngày 21 tháng "
            "12 năm 2020,"),
    # "Số bác sĩ/vạn dân" is a count, not the header's number line
    Wrapped("a-count-with-a-slash-is-no-number-line", ("(9) Số giường bệnh/vạn dân đạt 35 giường; Số bác sĩ/vạn dân: 15 bác sĩ; Duy trì",
                                                       "100% xã, phường đạt chuẩn quốc gia về y tế."),
            "(9) Số giường bệnh/vạn dân đạt 35 giường; Số bác sĩ/vạn dân: 15 bác sĩ; Duy trì 100% xã, phường đạt chuẩn "
            "quốc gia về y tế."),
]


def test_a_point_whose_number_is_glued_to_its_word_is_not_run_into() -> None:
    prev = "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng đạt dưới 13%; tỷ lệ tham gia bảo hiểm đạt 90%."
    raw = "\n".join(FILLER) + "\n\n" + prev + "\n3.Các chỉ tiêu môi trường\n"
    assert "3.Các chỉ tiêu môi trường" in lines(raw)


@pytest.mark.parametrize("case", WRAPPED, ids=[c.id for c in WRAPPED])
def test_a_line_filled_to_the_width_runs_on(case: Wrapped) -> None:
    assert len(case.lines[0]) >= 0.9 * max(map(len, FILLER))  # the case is what it says
    raw = "\n".join(FILLER) + "\n\n" + "\n".join(case.lines) + "\n"
    assert case.expected in lines(raw)


# A press text wrapped at 60 characters, as a page copied from a narrow column: its link and rule
# lines stand far past the width.
NARROW = textwrap.wrap(
    "Lý do điều chỉnh, theo Chủ tịch UBND tỉnh Nam Sơn Trần Văn An, tỉnh là địa phương có độ mở kinh tế "
    "lớn, do đó sự phục hồi tăng trưởng kinh tế sẽ phụ thuộc vào tình hình kinh tế thế giới. Hiện nay, "
    "dịch bệnh trên thế giới còn diễn biến phức tạp. Dự báo tăng trưởng kinh tế toàn cầu ở mức âm và "
    "hạ mức tăng trưởng năm 2021 từ 5,4% xuống còn 5,2%. Từ đó có thể thấy tình hình kinh tế sẽ phức "
    "tạp, ảnh hưởng trực tiếp đến tăng trưởng của tỉnh.", 60)
NARROW_PAGE = ("Tỉnh điều chỉnh chỉ tiêu tăng trưởng\n" + "-" * 180 + "\n\nhttps://example.vn/tin-tuc/"
               + "tinh-dieu-chinh-chi-tieu-tang-truong-giai-doan-2020-2025-con-8-phan-tram-moi-nam.html\n\n")


def test_a_text_wrapped_narrow_runs_on_past_its_long_link_lines() -> None:
    assert NARROW[1].startswith("An,")  # the name "Trần Văn" / "An" is wrapped apart
    raw = NARROW_PAGE + "\n".join(NARROW) + "\n"
    assert lines(raw)[-1] == " ".join(NARROW)


@pytest.mark.parametrize(("prev", "next_line", "joined"), [
    # "giới." ends the line only because "Hiện" did not fit: the paragraph goes on
    ("Sự phục hồi tăng trưởng sẽ phụ thuộc vào kinh tế thế giới.", "Hiện nay, dịch bệnh còn diễn biến.", True),
    # "Chủ" would have fit after "giới.": the writer broke the line
    ("Sự phục hồi tăng trưởng phụ thuộc vào kinh tế thế.", "Chủ tịch tỉnh nhấn mạnh.", False),
    ("Sự phục hồi tăng trưởng sẽ phụ thuộc vào kinh tế thế giới.", "2. Nhiệm vụ trọng tâm năm 2026.", False),
], ids=["next-word-did-not-fit", "next-word-would-have-fit", "next-line-opens-an-item"])
def test_a_sentence_ending_at_a_wrapped_line_end_runs_on_only_where_the_wrap_broke(
        prev: str, next_line: str, joined: bool) -> None:
    width = max(map(len, NARROW))
    assert len(prev) + 1 + len(next_line.split()[0]) >= 0.9 * width  # a full line, as the case says
    raw = "\n".join(NARROW) + "\n\n" + prev + "\n" + next_line + "\n"
    assert ((prev + " " + next_line) in lines(raw)) == joined


@pytest.mark.parametrize(("prev", "next_line", "joined"), [
    ("Phấn đấu tốc độ tăng trưởng", "GRDP từ 11% trở lên so với năm 2020; đẩy mạnh tái cơ cấu kinh tế.", True),
    ("1. Mục tiêu tổng quát", "GRDP tăng trưởng từ 11% trở lên so với năm 2020.", False),
    ("Hằng quý", "UBND xã chủ trì tổng hợp.", False),
], ids=["a-short-line-runs-on-into-an-abbreviation", "a-heading-does-not", "a-flattened-cell-does-not"])
def test_a_short_line_stopped_mid_sentence_runs_on_into_an_abbreviation(prev: str, next_line: str, joined: bool) -> None:
    raw = "\n".join(NARROW * 2) + "\n" + prev + "\n" + next_line + "\n"  # no blank line parts its paragraphs
    assert ((prev + " " + next_line) in lines(raw)) == joined


def test_a_roman_numeral_wrapped_to_the_next_line_stays_with_its_title() -> None:
    title = "Kỳ họp thứ 22 (kỳ họp chuyên đề lần thứ 14), HĐND tỉnh khóa"
    assert len(title) + len(" XIII") > max(map(len, NARROW))  # the numeral did not fit
    raw = title + "\nXIII\n\n" + "\n".join(NARROW) + "\n"
    assert lines(raw)[0] == title + " XIII"


def test_a_bracket_open_at_a_line_end_runs_on() -> None:
    raw = "5. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ)\n- Thực hiện đầy đủ nghĩa vụ.\n"
    assert lines(raw)[0] == "5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ)"


def test_a_title_whose_spaces_were_lost_stays_under_its_authority() -> None:
    raw = "\n".join(FILLER) + "\n\n" + CONTEXT + "đảngviên, hệthống và dựthảo.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓCHỦTỊCH\nMai Sơn\n"
    assert lines(raw)[-3:] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Sơn"]


@pytest.mark.parametrize(("raw", "first"), [
    ("3. Sở\nNông nghiệp và Môi trường\n\nChủ trì triển khai các nhiệm vụ.\n", "3. Sở Nông nghiệp và Môi trường"),
    ("13. Báo và\nPhát thanh, Truyền hình tỉnh\n\nChủ trì tuyên truyền.\n", "13. Báo và Phát thanh, Truyền hình tỉnh"),
    ("Hoạt động trên cơ sở\nNghị quyết số 12.\n", "Hoạt động trên cơ sở"),
], ids=["head-word-before-its-name", "conjunction-before-what-it-joins", "lower-case-word-ends-a-line"])
def test_a_heading_broken_after_a_word_that_needs_the_next_runs_on(raw: str, first: str) -> None:
    assert lines(raw)[0] == first


def test_a_site_word_inside_a_sentence_is_the_sentence_s() -> None:
    raw = "Ngày 17/12/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị cho\ný kiến\ncác nội dung sau.\n"
    assert lines(raw) == ["Ngày 17/12/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị cho ý kiến các nội dung sau."]


def test_a_title_filled_to_the_width_stays_apart_from_the_body_that_enacts_it() -> None:
    title = "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025 TỈNH NAM SƠN MỚI"
    assert len(title) >= 0.9 * max(map(len, FILLER))
    raw = "\n".join(FILLER) + f"\n\nNGHỊ QUYẾT\n{title}\nHỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN\nKHÓA XVI KỲ HỌP THỨ 15\n"
    assert lines(raw)[-3:-1] == [title, "HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN"]
    # ... unless the title asks for it: "... NGHỊ QUYẾT CỦA" / "HỘI ĐỒNG NHÂN DÂN TỈNH VỀ ..."
    asked = "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 12 NĂM 2021 CỦA"
    raw = "\n".join(FILLER) + f"\n\nQUYẾT ĐỊNH\n{asked}\nHỘI ĐỒNG NHÂN DÂN TỈNH VỀ KẾ HOẠCH NĂM 2021\n"
    assert lines(raw)[-1] == f"{asked} HỘI ĐỒNG NHÂN DÂN TỈNH VỀ KẾ HOẠCH NĂM 2021"


def test_a_type_line_stays_apart_from_a_title_wrapped_after_its_first_word() -> None:
    # a legal site's copy: "PHÊ" / "DUYỆT KẾ HOẠCH ..." is the title, "QUYẾT ĐỊNH" the type line
    raw = "\n".join(FILLER) + "\n\nQUYẾT ĐỊNH\nPHÊ\nDUYỆT KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP NĂM 2022\n"
    assert lines(raw)[-2:] == ["QUYẾT ĐỊNH", "PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP NĂM 2022"]


def test_a_press_dateline_stays_under_a_headline_filled_to_the_width() -> None:
    headline = "Kỳ họp thứ 22 (kỳ họp chuyên đề lần thứ 14), HĐND tỉnh Nam Sơn khóa XIII"
    assert len(headline) >= 0.9 * max(map(len, FILLER))
    raw = f"{headline}\nThứ 6, 21/03/2025 | 15:45\n\n" + "\n".join(FILLER) + "\n"
    assert lines(raw)[:2] == [headline, "Thứ 6, 21/03/2025 | 15:45"]


def test_a_press_dateline_stays_under_its_headline_in_wrapped_text() -> None:
    paragraph = "\n".join(FILLER)
    raw = (f"Kỳ họp thứ 9, HĐND tỉnh khóa XIV\nThứ 6, 21/03/2025 | 15:45\n\n{paragraph}\n\n{paragraph}\n\n"
           f"{paragraph}\n")
    assert lines(raw)[:2] == ["Kỳ họp thứ 9, HĐND tỉnh khóa XIV", "Thứ 6, 21/03/2025 | 15:45"]


@pytest.mark.parametrize(("above", "below", "joined"), [
    ("(0) Bình luận", "Nam Sơn phấn đấu không còn hộ nghèo", False),  # a page's link over its headline again
    ("kinh tế năm 2026", FILLER[0], False),  # a headline's last line over the lead
    ("Theo đề nghị của Sở Tài chính,", "Ủy ban nhân dân tỉnh ban hành Kế hoạch.", True),  # cut at a comma
    ("**3. Mặt trận", "Tổ quốc tỉnh**", True),  # cut inside emphasis
], ids=["link-over-headline", "headline-over-lead", "cut-at-a-comma", "cut-inside-emphasis"])
def test_a_line_that_stops_short_of_half_the_width_ends_there_in_wrapped_paragraphs(
        above: str, below: str, joined: bool) -> None:
    paragraph = "\n".join(FILLER)
    assert len(above) < 0.5 * max(map(len, FILLER))  # the case is what it says
    raw = f"{paragraph}\n\n{paragraph}\n\n{above}\n{below}\n{paragraph}\n"
    assert (above in lines(raw)) != joined


def test_a_text_whose_line_breaks_were_doubled_reads_as_the_text() -> None:
    # a web page that made each line of a wrapped text a paragraph of its own
    text = "KẾ HOẠCH\nPhát triển kinh tế số\n\n" + "\n".join(FILLER) + "\n\n" + "\n".join(FILLER) + "\n"
    assert lines(text.replace("\n", "\n\n")) == lines(text)


def test_a_numbered_list_run_together_on_one_line_has_its_points_apart() -> None:
    # a web page that put a whole list in one paragraph: its points, and the parts over them
    points = ["I. Về kinh tế (3 chỉ tiêu)", "1. Tốc độ tăng giá trị sản xuất bình quân đạt 16%.",
              "2. Thu nhập bình quân đầu người đến năm 2025: 60 triệu đồng.", "3. Sản lượng lương thực: 25.000 tấn.",
              "II. Về văn hóa - xã hội (1 chỉ tiêu)", "4. Tỷ lệ lao động qua đào tạo năm 2025: 65%."]
    assert lines("CÁC CHỈ TIÊU CHỦ YẾU " + " ".join(points) + "\n") == ["CÁC CHỈ TIÊU CHỦ YẾU", *points]


def test_numbers_inside_a_long_sentence_are_no_points() -> None:
    raw = ("Năm 2024 tỉnh đạt 12 chỉ tiêu. 5. Đó là kết quả của nhiều năm, khi tỉnh đã đạt 7 chỉ tiêu của giai đoạn "
           "trước và 9 chỉ tiêu của năm 2023, với tốc độ tăng trưởng đạt 8,5% và thu nhập đạt 60 triệu đồng một người.\n")
    assert lines(raw) == [raw.strip()]


def test_paragraphs_of_one_line_apart_by_blank_lines_stay_paragraphs() -> None:
    paragraphs = [" ".join(FILLER)[:120] + ".", "Tăng cường công tác xây dựng Đảng.", "Chăm lo đời sống nhân dân."] * 5
    raw = "\n\n".join(paragraphs)
    assert lines(raw + "\n") == raw.split("\n")


def test_a_citation_after_a_full_line_stays_a_line_of_its_own() -> None:
    citations = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                 "Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư;"]
    assert len(citations[0]) >= 0.9 * max(map(len, FILLER))
    assert lines("\n".join(FILLER) + "\n\n" + "\n".join(citations) + "\n")[-2:] == citations


def test_a_list_after_a_short_lead_stays_a_list() -> None:
    raw = "\n".join(FILLER) + "\n\nThành phần gồm:\nđại diện Sở Tài chính;\nđại diện Sở Nội vụ.\n"
    assert lines(raw)[-3:] == ["Thành phần gồm:", "đại diện Sở Tài chính;", "đại diện Sở Nội vụ."]


def test_markdown_list_marks_read_as_typed_list_marks() -> None:
    # a web page's list: "* " is the "- " a typed document uses, an item nested under it its "+ "
    assert lines("Nơi nhận:\n* Các ban của Tỉnh ủy;\n    * Sở Tài chính;\n* * *\nChữ *nghiêng* và 2 * 3\n") == [
        "Nơi nhận:", "- Các ban của Tỉnh ủy;", "+ Sở Tài chính;", "Chữ nghiêng và 2 * 3"]


@pytest.mark.parametrize(("glyph", "mark"), [("▪", "•"), ("●", "•"), ("\uf0b7", "•"), ("➢", "•"), ("−", "-"),
                                            ("◦", "+"), ("○", "+")],
                         ids=["square", "disc", "word-symbol-font", "arrow", "minus-sign", "hollow", "circle"])
def test_word_and_pdf_list_glyphs_read_as_typed_list_marks(glyph: str, mark: str) -> None:
    # what a Word file's list marks become in PDF text; a glyph inside a line stays as it is
    assert lines(f"Nơi nhận:\n{glyph} Sở Tài chính;\nTỷ lệ {glyph} 5\n") == [
        "Nơi nhận:", f"{mark} Sở Tài chính;", f"Tỷ lệ {glyph} 5"]


def test_markdown_list_marks_stay_out_of_recipients() -> None:
    raw = ("# NGHỊ QUYẾT\n\nHội nghị thống nhất ban hành Nghị quyết.\n\n**Nơi nhận:**\n"
           "* Các ban của Tỉnh ủy,\n* Các huyện ủy, thành ủy,\n* Lưu Văn phòng Tỉnh ủy.\n")
    names = [r.name for r in extract_text(raw).recipients]
    assert names and not any(n.startswith("*") for n in names)


@pytest.mark.parametrize(("raw", "number"), [
    ("Các quy định của Luật Địa chất và Khoáng sản; Nghị quyết số 10-\nNQ/TW ngày 10/02/2022", "10-NQ/TW ngày"),
    ("Căn cứ Tờ trình của Ủy ban nhân dân tỉnh; Báo cáo số 220/BC-\nUBND ngày 08/12/2016", "220/BC-UBND ngày"),
], ids=["party-number", "state-number"])
def test_a_document_number_broken_at_its_hyphen_is_one_again(raw: str, number: str) -> None:
    assert number in normalized(raw).text


# Words that PDF text ran together, inside a text that also has each syllable on its own.
CONTEXT = "Đảng bộ xã về đột phá; Ban Thường vụ Đảng uỷ; Tỉnh uỷ về thực hiện; nhiệm kỳ mới; UBND xã. "


@dataclass(frozen=True)
class Spaces:
    id: str
    raw: str
    expected: str


SPACES = [
    Spaces("two-syllables", "Ban Chấp hành Đảng bộxã họp.", "Ban Chấp hành Đảng bộ xã họp."),
    Spaces("three-syllables", "Ban Thường vụ Tỉnh uỷvềthực hiện", "Ban Thường vụ Tỉnh uỷ về thực hiện"),
    Spaces("case-turn", "Ban Thường vụĐảng uỷ", "Ban Thường vụ Đảng uỷ"),
    Spaces("before-abbreviation", "Đảng uỷUBND xã", "Đảng uỷ UBND xã"),
    Spaces("before-a-year", "nhiệm kỳ2025-2030", "nhiệm kỳ 2025-2030"),
    # a short text whose spaces were lost all through: how common each syllable is decides
    Spaces("common-syllables-never-alone", "giữ gìn mộtvài", "giữ gìn một vài"),
    Spaces("common-not-rare-reading", "hoàn thiện hệthống", "hoàn thiện hệ thống"),
    Spaces("long-run", "lực lượng tuầntrakiểmsoáttheolịch", "lực lượng tuần tra kiểm soát theo lịch"),
    Spaces("no-reading-stays", "nhhìnhvệsinh", "nhhìnhvệsinh"),
    Spaces("name-in-a-clean-text", "đồng chí H Hen Niê phát biểu", "đồng chí H Hen Niê phát biểu"),
    Spaces("ascii-word", "họp trực tuyến online", "họp trực tuyến online"),
    Spaces("abbreviation", "HĐND tỉnh", "HĐND tỉnh"),
    Spaces("every-time-it-stands", "bộxã họp; Đảng bộxã", "bộ xã họp; Đảng bộ xã"),
    Spaces("not-inside-a-longer-word", "Đảng bộxã; Đảng bộxãa", "Đảng bộ xã; Đảng bộxãa"),
    Spaces("abbreviation-then-a-syllable", "các PCT UBNDtỉnh", "các PCT UBND tỉnh"),
    Spaces("abbreviation-then-a-capital", "Uỷ ban MTTQViệt Nam", "Uỷ ban MTTQ Việt Nam"),
    Spaces("place-name-in-capitals", "tỉnh Phú Yên; TỈNH PHÚYÊN", "tỉnh Phú Yên; TỈNH PHÚ YÊN"),
    Spaces("unit-then-a-word", "tốc độ 1 Gb/sđạt chuẩn", "tốc độ 1 Gb/s đạt chuẩn"),
    Spaces("place-name-opening-on-a-consonant-pair", "huyện Chư Prông, huyện Krông Lâm", "huyện Chư Prông, huyện Krông Lâm"),
    Spaces("mixed-case-word", "tài khoản VNeID", "tài khoản VNeID"),
    Spaces("word-after-a-figure", "đến năm 2025đạt 8.500 USD", "đến năm 2025 đạt 8.500 USD"),
    Spaces("unit-after-a-figure", "diện tích 10ha, mạng 5G", "diện tích 10ha, mạng 5G"),
    Spaces("roman-numeral-after-its-word", "Đại hội lần thứXIV; KHOÁXVIII", "Đại hội lần thứ XIV; KHOÁ XVIII"),
    Spaces("a-word-ending-on-a-numerals-letter", "ĐẠI HỘI; MỚI", "ĐẠI HỘI; MỚI"),
]


def test_a_plain_texts_lines_are_read_with_their_spaces_put_back() -> None:
    # the type line of PDF text saved as text, its spaces lost ("KẾHOẠCH"), is still the type line:
    # spaces go back before the wrapped lines are joined, and the title under it stays the title
    raw = ("ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 59/KH-UBND\n\nKẾHOẠCH\nTHỰC HIỆN CÔNG TÁC GIẢM NGHÈO NĂM 2024 TRÊN ĐỊA BÀN\n"
           "TỈNH A\nCăn cứQuyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủphê duyệt\n"
           "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa\n"
           "bàn cả nước; Căn cứKếhoạch số 178/KH-UBND ngày 21/3/2022 của UBND tỉnh vềthực\n"
           "hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên\n"
           "địa bàn tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n"
           "I. MỤC TIÊU\nGiảm tỷ lệ hộ nghèo 1%; hoàn thiện hệthống chính sách giảm nghèo.\n")
    result = extract_text(raw)
    assert result.document.kind == "ke_hoach"
    assert result.document.title == "THỰC HIỆN CÔNG TÁC GIẢM NGHÈO NĂM 2024 TRÊN ĐỊA BÀN TỈNH A"


@pytest.mark.parametrize("case", SPACES, ids=[c.id for c in SPACES])
def test_spaces_lost_between_syllables_are_put_back(case: Spaces) -> None:
    assert normalized(CONTEXT + case.raw).text == CONTEXT.strip() + " " + case.expected


ALL_LAYOUTS = {"pdf": PDF_TEXT, "layout": LAYOUT_TEXT, "web": WEB_TEXT, "page": PAGE_TEXT, "markdown": MARKDOWN_PAGE,
               "run-together": CONTEXT + "Đảng bộxã và Tỉnh uỷvềthực hiện nhiệm kỳ2025"}


def same_letter(source: str, ch: str) -> bool:
    """Whether a source character is the one that normalizing made ``ch`` of: itself, its
    composed form, or one of the fixed repairs (Ð for Đ, a letter read for a digit)."""
    return (source == ch or unicodedata.normalize("NFD", ch)[0] == source
            or (source, ch) in (("Ð", "Đ"), ("ð", "đ")) or ch.isdigit())


@pytest.mark.parametrize("raw", ALL_LAYOUTS.values(), ids=list(ALL_LAYOUTS))
def test_every_character_kept_points_at_itself_in_the_source(raw: str) -> None:
    text = normalized(raw)
    for i, ch in enumerate(text.text):
        if not ch.isspace():
            assert same_letter(raw[text.to_source(i)], ch), (i, text.text[max(0, i - 20):i + 20])


@pytest.mark.parametrize("raw", ALL_LAYOUTS.values(), ids=list(ALL_LAYOUTS))
def test_extracted_spans_hold_their_values(raw: str) -> None:
    result = extract_text(raw, with_text=True)
    assert [f for f in validate_resolution(result) if f.code == "span-mismatch"] == []


def test_a_body_is_not_cut_where_the_line_broke() -> None:
    result = extract_text(PDF_TEXT)
    bodies = {b for a in result.assignments for b in a.bodies}
    assert "Văn phòng Đảng uỷ" in bodies
    assert not any(b.endswith(("Tỉnh", "giúp việc")) for b in bodies)


CORPUS = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "real" / "docs").glob("*.txt"))


@pytest.mark.skipif(not CORPUS, reason="the shared corpus is not here")
@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_real_text_files_rebuild_with_exact_offsets(path: Path) -> None:
    from nqparse.readers import read_path

    source = read_path(path)
    text = normalize(source)
    for i in range(0, len(text.text), 7):
        ch = text.text[i]
        if not ch.isspace():
            assert same_letter(source.text[text.to_source(i)], ch), (i, text.text[max(0, i - 20):i + 20])


# a document-sharing site's page: its card, then the document flattened onto one line
FLATTENED_HEADER = (
    "Quyết định số 07/2020/QĐ-UBND tỉnh Sóc Trăng\n\nChia sẻ: Nguyen Van A | Ngày: | Loại File: DOC | Số trang:5\n\n"
    "13\nlượt xem\n2\ndownload\n\nNội dung Text: Quyết định số 07/2020/QĐ-UBND tỉnh Sóc Trăng\n\n"
    "  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH SÓC TRĂNG Độc lập  Tự do  Hạnh phúc    "
    "Số: 07/2020/QĐUBND Sóc Trăng, ngày 15 tháng 4 năm 2020   QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA "
    "BÀN TỈNH SÓC TRĂNG ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm "
    "2015; Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Theo đề nghị của Giám đốc Sở "
    "Công Thương.\n")


def test_a_header_flattened_onto_one_line_behind_a_sites_card_is_read() -> None:
    document = extract_text(FLATTENED_HEADER).document
    assert (document.kind, document.number, document.date) == ("quyet_dinh", "07/2020/QĐUBND", "2020-04-15")
    assert document.title is not None and document.title.lower() == "ban hành quy định về quản lý chợ trên địa bàn tỉnh sóc trăng"


def test_a_header_flattened_onto_one_line_keeps_its_offsets() -> None:
    text = normalize(Source(text=FLATTENED_HEADER, format="txt"))
    for i, ch in enumerate(text.text):
        if not ch.isspace():
            assert same_letter(FLATTENED_HEADER[text.to_source(i)], ch), i


@pytest.mark.parametrize("seed", range(6))
def test_the_wrap_width_told_by_bisection_is_the_one_told_line_by_line(seed: int) -> None:
    import random

    from nqparse.plainlayout import _WRAP_SHARE, _wrap_width, _wrapped_at

    def by_lines(lines: list[int], top: int) -> bool:
        wide = [n for n in lines if n >= top / 2]
        near = sum(1 for n in wide if n >= 0.85 * top)
        return 45 <= top <= 130 and near >= 5 and near >= _WRAP_SHARE * len(wide)

    rng = random.Random(seed)
    for _ in range(200):
        long = sorted(rng.choice([rng.randint(20, 140), rng.randint(60, 80)]) for _ in range(rng.randint(0, 40)))
        for top in {*long, 45, 130}:
            cut = [m for m in long if m <= top]
            assert _wrapped_at(long, top, len(cut)) == by_lines(cut, top) == _wrapped_at(cut, top)
        _wrap_width(long)


def test_a_chain_of_dashed_parts_cut_at_a_short_line_end_runs_on() -> None:
    raw = "(3) Cơ cấu kinh tế: Nông - lâm\n- thủy sản 35,55%; Dịch vụ 38,06%.\n"
    assert lines(raw) == ["(3) Cơ cấu kinh tế: Nông - lâm - thủy sản 35,55%; Dịch vụ 38,06%."]


def test_a_list_in_lower_case_after_a_lead_that_ends_stays_a_list() -> None:
    raw = "Các nhiệm vụ về kinh tế - xã hội:\n- tăng cường thu ngân sách;\n- thu hút đầu tư.\n"
    assert lines(raw) == raw.splitlines()


def test_a_header_line_run_on_is_parted_on_every_line_it_ends_on() -> None:
    from nqparse.plainlayout import part_header_lines

    text = ("ĐẢNG CỘNG SẢN VIỆT NAM Nam Sơn, ngày 5 tháng 3 năm 2026\nx\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Cộng hòa xã hội chủ nghĩa Việt Nam cộng hòa xã hội chủ nghĩa Việt Nam ---\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\n")
    done = part_header_lines(text)
    assert done is not None and done[0].split("\n") == [
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Sơn, ngày 5 tháng 3 năm 2026", "x",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Cộng hòa xã hội chủ nghĩa Việt Nam", "cộng hòa xã hội chủ nghĩa Việt Nam ---",
        "ĐẢNG CỘNG SẢN VIỆT NAM", ""]
