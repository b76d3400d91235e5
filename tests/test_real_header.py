"""The identity of official documents as offices, web sites and PDF converters lay them out:
issuer, number, place and date, kind and title, signature, references."""

from __future__ import annotations

import pytest

from nqparse import extract_text
from nqparse.phrases.docnumbers import find_numbers

from .test_fields import Example, get

# a state plan saved from a legal web site: table pipes, rules, lines broken inside the
# place-and-date line and inside the title
WEB_PLAN = """|
ỦY BAN NHÂN DÂN

TỈNH HÀ NAM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 87/KH-UBND
|
Hà Nam, ngày 05
tháng 3 năm 2025
|

KẾ HOẠCH

PHÁT TRIỂN DU LỊCH NÔNG THÔN TỈNH HÀ NAM GIAI ĐOẠN
2025 - 2030

Căn cứ Quyết định số
922/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình;

Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19/6/2017;

UBND tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH
"""

STATE_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/NQ-HĐND
Bến Tre, ngày 08 tháng 12 năm 2023
NGHỊ QUYẾT
VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2024
HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE KHÓA X, KỲ HỌP THỨ 9
Căn cứ Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019;
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch.
"""

DEPARTMENT_DRAFT = """UBND TỈNH YÊN BÁI
SỞ TÀI CHÍNH
Số: /KH-STC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày tháng 4 năm 2026
KẾ HOẠCH
Thực hiện Đề án số 05 về tiết kiệm chi thường xuyên
giai đoạn 2026-2030
Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ;
I. MỤC ĐÍCH
"""

OFFICE_NOTICE = """UBND TỈNH SƠN LA
VĂN PHÒNG
Số: 41/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sơn La, ngày 02 tháng 6 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp
về tiến độ các dự án giao thông
_
Ngày 30 tháng 5 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp.
"""

TWO_COLUMN_LETTER = """ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ GIANG Độc lập - Tự do - Hạnh phúc
Số: 2210 /UBND-KTTH Hà Giang, ngày 14 tháng 7 năm 2025
V/v đẩy nhanh tiến độ giải ngân
vốn đầu tư công năm 2025
Kính gửi:
- Các sở, ban, ngành;
- UBND các xã, phường.
Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện ngay.
"""

SUPERVISION_TEAM = """HỘI ĐỒNG NHÂN DÂN
TỈNH TÂY NINH
ĐOÀN GIÁM SÁT
Số: 07/TB-ĐGS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Tây Ninh, ngày 11 tháng 9 năm 2024
THÔNG BÁO
Lịch làm việc của Đoàn giám sát
Căn cứ Nghị quyết số 30/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh;
"""

BROKEN_BODY_LINE = """|
HỘI ĐỒNG NHÂN
DÂN
TỈNH KON TUM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
|
Số:
45/2024/NQ-HĐND
|
Kon Tum,
ngày 20 tháng 11 năm 2024
|
NGHỊ QUYẾT
QUY ĐỊNH MỨC HỖ TRỢ THEO NGHỊ QUYẾT SỐ 10/2021/NQ-HĐND NGÀY 01 THÁNG 3 NĂM 2021 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;
"""

COMMUNE_PARTY = """ĐẢNG BỘ TỈNH GIA LAI
ĐẢNG UỶ XÃ IA GRAI
*
Số -KL/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Ia Grai, ngày tháng 12 năm 2025
KẾT LUẬN
Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2
-----
Ngày 10/12/2025, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị cho ý kiến các nội dung:
"""

INSTRUCTION_CAPS_TITLE = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 03/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Ninh Thuận, ngày
12 tháng 2 năm 2025
CHỈ THỊ
VỀ
VIỆC TĂNG CƯỜNG PHÒNG CHÁY RỪNG TRÊN ĐỊA BÀN
TỈNH NINH THUẬN
Trong những năm qua, công tác phòng cháy rừng đã đạt kết quả
nhất định; tuy nhiên vẫn còn nhiều hạn chế.
"""

METADATA_BOX = """Số hiệu: | 15/2025/NQ-HĐND | Loại văn bản: | Nghị quyết
Nơi ban hành: | Tỉnh Quảng Bình | Người ký: | Trần Hải Châu
Ngày ban hành: | 10/07/2025 | Ngày hiệu lực: | Đã biết

Nghị quyết quy định mức chi hỗ trợ cho người làm công tác chi trả.

Điều 1. Phạm vi điều chỉnh
"""

# a legal site's page: its copyright notice (Vietnamese and English), a notice of amended parts and
# its card of fields written a cell to a line, "|" between them, all above the header
FURNISHED_PAGE = """|
Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của THƯ VIỆN PHÁP LUẬT là vi phạm pháp luật về Sở hữu trí tuệ.
THƯ VIỆN PHÁP LUẬT has the copyright on this translation. Copying or reposting it without the consent of THƯ VIỆN PHÁP LUẬT is a violation against the Law on Intellectual Property.
X
CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN
Click vào phần bôi vàng để xem chi tiết.
|
|
Đang tải văn bản...
Số hiệu:
|
245/QĐ-UBND
|
|
Loại văn bản:
|
Quyết định
|
|
Nơi ban hành:
|
Tỉnh Hòa Lâm
|
|
Người ký:
|
Nguyễn Văn An
|
|
Ngày ban hành:
|
15/03/2022
|
|
Ngày hiệu lực:
|
Đã biết
|
|
Ngày công báo:
|
Đang cập nhật
|
|
Số công báo:
|
Đang cập nhật
|
|
Tình trạng:
|
Đã biết
|
|
ỦY BAN NHÂN DÂN
TỈNH HÒA LÂM
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 245/QĐ-UBND
|
Hòa Lâm, ngày
15 tháng 3 năm 2022
|
QUYẾT ĐỊNH
PHÊ
DUYỆT KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP NĂM 2022, TỈNH HÒA LÂM
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch phát triển nông nghiệp năm 2022.
"""

BODY = "Các cơ quan, đơn vị tổ chức thực hiện./.\n"

TWO_LEVELS = BODY + """Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hòa
"""

BROKEN_AUTHORITY = BODY + """Nơi nhận:
- Như trên;
- Lưu: VT.
|
TM. ỦY BAN NHÂN
DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Minh Tuấn
|
"""

SIDE_BY_SIDE = BODY + """Nơi nhận: KT. CHỦ TỊCH
- Như trên;
- Bộ Tài chính (để báo cáo); PHÓ CHỦ TỊCH
- Các sở, ngành;
- Lưu: VT, KT.
Trần Quốc Nam
"""

TITLE_AND_NAME_ONE_LINE = BODY + """Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua.
CHỦ TỊCH Phạm Thị Lan
"""

GROUNDS = """Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Đề án 05-ĐA/TU của Tỉnh ủy Điện Biên ngày 20/10/2025 về phát triển du lịch;
Căn cứ Kế hoạch số 14-
KH/TU ngày 02/11/2025 của Ban Thường vụ Tỉnh ủy;
"""

# a PDF page's footnote left above the header of the next page
FOOTNOTE_ABOVE_HEADER = """1 Nghị quyết số 03-NQ/ĐU ngày 20/12/2025 của Ban Chấp hành Đảng bộ xã về nhiệm vụ năm
2026; Quyết định số 14-QĐ/ĐU, ngày 22/12/2025 công nhận tổ chức đảng hoàn thành nhiệm vụ;
Thông báo số 21-TB/ĐU ngày 23/12/2025 kết luận của Ban Thường vụ Đảng ủy về công tác cán bộ;
ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ NAM ĐÀN
*
Số -BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày tháng 12 năm 2025
BÁO CÁO
Tình hình thực hiện nhiệm vụ tháng 12
-----
Thực hiện chương trình công tác, Đảng ủy xã báo cáo như sau:
I. KẾT QUẢ
"""

# a letter whose right column follows its addressees in the text of a PDF
COLUMN_AFTER_ADDRESSEE = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: /UBND-XD
V/v triển khai các giải pháp
phòng cháy, chữa cháy
Kính gửi:
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày tháng 7 năm 2026
- Các Sở, ban, ngành thuộc tỉnh;
- Công an tỉnh.
Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau đây.
"""

# an OCR layer: "II" for 11 in the number, debris for the day, a motto ending in a capital
SCANNED_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: II /2026/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh Phúc
Hòa Bình, ngày/£# tháng 01 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định về quản lý đầu tư xây dựng
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
"""

# a team set up by a decision, which its header cites under the team's name
TEAM_OF_A_DECISION = """SỞ CÔNG THƯƠNG
ĐOÀN KIỂM TRA
THEO QUYẾT ĐỊNH
SỐ 215/QĐ-SCT
Số: 230/KH-ĐKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh Phúc
Lạng Sơn, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Kiểm tra việc sử dụng vật liệu nổ công nghiệp
Thực hiện Quyết định số 215/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.
"""

INVITATION = """HỘI ĐỒNG NHÂN DÂN
HUYỆN MƯỜNG ẢNG
Số: /GM-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Mường Ảng, ngày tháng 11 năm 2020
GIẤY MỜI
Kính gửi: …………………………………
Để chuẩn bị các nội dung, xây dựng chương trình kỳ họp thứ 13, HĐND huyện khóa XX, Thường trực HĐND huyện tổ chức cuộc họp, cụ thể như sau:
1. Thành phần:
- Thường trực HĐND huyện;
2. Thời gian:
14 giờ 00 phút, ngày 16/11/2020 (thứ hai).
3. Địa điểm:
Hội trường tầng 2, trụ sở UBND huyện.
"""

# a weekly report converted from PDF with the spaces between syllables lost: the directive it
# cites has "số" glued to the word before and to the number, and its date is no meeting's
LOST_SPACES_REPORT = """ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG UỶ XÃ CAM LỘ
*
Số -BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Cam Lộ, ngày tháng 11 năm 2025
BÁO CÁO
Tình hình thực hiện công tác tuần
-----
I. KẾT QUẢ TRIỂN KHAI NHIỆM VỤ
- Đảng uỷchỉ đạo triển khai kế hoạch của Ban Thường vụTỉnh uỷthực hiện Chỉ thịsố41-CT/TW, ngày
14/9/2025 của Bộ Chính trị vềcông tác cán bộ.
"""


# a plan's division of tasks: the head of an inspection team chairs its working sessions
INSPECTION_PLAN = """SỞ XÂY DỰNG TỈNH BẮC KẠN
Số: 96/KH-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bắc Kạn, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Kiểm tra công tác an toàn trong thi công xây dựng
I. PHÂN CÔNG NHIỆM VỤ
1. Đồng chí Nông Đức Mạnh - Trưởng đoàn: Phụ trách chung; chủ trì các buổi làm việc với đơn vị được kiểm tra;
2. Đồng chí Lường Thị Hoa - Thành viên: Kiểm tra hồ sơ pháp lý.
"""

MEETING_NOTICE = """UBND TỈNH BẮC KẠN
VĂN PHÒNG
Số: 57/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bắc Kạn, ngày 06 tháng 5 năm 2026
THÔNG BÁO
Kết luận tại cuộc họp về an toàn thi công xây dựng
Ngày 04/5/2026, đồng chí Nông Đức Mạnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về an toàn thi công xây dựng.
"""


def _letter_about(subject: str) -> str:
    """A provincial office's letter dated in 2019 whose subject line is ``subject``."""
    return f"""ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 318/UBND-NN
V/v {subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 12 tháng 3 năm 2019
Kính gửi: Các sở, ngành.
Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện các nội dung sau đây.
"""


# a decision of the 1980s' government as a legal web site keeps it: no motto's rule, "(Đã ký)" for
# the signature, the title of its head above "Căn cứ"
GOVERNMENT_DECISION_1989 = """HỘI ĐỒNG BỘ TRƯỞNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 163-HĐBT
Hà Nội, ngày 20 tháng 10 năm 1989

QUYẾT ĐỊNH
VỀ VIỆC THÀNH LẬP THỊ XÃ AN BÌNH

CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG

Căn cứ Luật Tổ chức Hội đồng Bộ trưởng ngày 4 tháng 7 năm 1981;
Căn cứ Nghị định số 50-HĐBT ngày 24 tháng 5 năm 1989 của Hội đồng Bộ trưởng;

QUYẾT ĐỊNH:

Điều 1. Thành lập thị xã An Bình.

Điều 2. Quyết định này có hiệu lực từ ngày ban hành.



CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG
(Đã ký)
Võ Văn Kiệt
"""

EXAMPLES = [
    Example("a-1980s-government-decision", GOVERNMENT_DECISION_1989, {
        "issuer.level": "central", "signature.signer": "Võ Văn Kiệt", "signature.title": "CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG",
        "references.0.number": "50-HĐBT", "references.0.date": "1989-05-24"}),
    Example("team-head-who-chairs-its-sessions-is-no-meeting-chair", INSPECTION_PLAN, {"document.kind": "ke_hoach"},
            absent=["meeting.chair"]),
    Example("chair-of-one-meeting", MEETING_NOTICE, {"meeting.chair": "Nông Đức Mạnh"}),
    Example("chair-named-after-a-word-of-address",
            MEETING_NOTICE.replace("đồng chí Nông Đức Mạnh", "Ông Lục Văn Thành"), {"meeting.chair": "Lục Văn Thành"}),
    Example("title-year-that-ends-a-past-period",
            _letter_about("rà soát các công trình xây dựng từ năm 2012 về trước"), {"document.year": 2019}),
    Example("title-year-before-which", _letter_about("xử lý nợ đọng xây dựng cơ bản trước năm 2015"),
            {"document.year": 2019}),
    Example("title-year-that-starts-a-period-until-now",
            _letter_about("tổng kết phong trào từ năm 2010 đến nay"), {"document.year": 2019}),
    Example("title-year-a-plan-is-for", _letter_about("triển khai kế hoạch năm 2020"), {"document.year": 2020}),
    Example("directive-number-glued-to-the-word-before", LOST_SPACES_REPORT, {
        "document.kind": "bao_cao", "references.0.number": "41-CT/TW", "references.0.date": "2025-09-14"},
        absent=["meeting.date"]),
    Example("footnote-above-the-header", FOOTNOTE_ABOVE_HEADER, {
        "document.kind": "bao_cao", "document.title": "Tình hình thực hiện nhiệm vụ tháng 12",
        "document.place": "Nam Đàn", "issuer.name": "ĐẢNG ỦY XÃ NAM ĐÀN", "issuer.parent": "ĐẢNG BỘ TỈNH NGHỆ AN"}),
    Example("right-column-after-the-addressee", COLUMN_AFTER_ADDRESSEE, {
        "document.kind": "cong_van", "document.place": "Cao Bằng", "document.year": 2026,
        "issuer.name": "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"}, absent=["document.date"]),
    Example("scanned-number-day-and-motto", SCANNED_DECISION, {
        "document.number": "11/2026/QĐ-UBND", "document.type_code": "QĐ", "document.place": "Hòa Bình",
        "document.year": 2026, "issuer.name": "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"}, absent=["document.date"]),
    Example("team-named-by-the-decision-that-set-it-up", TEAM_OF_A_DECISION, {
        "document.number": "230/KH-ĐKT", "document.place": "Lạng Sơn", "document.date": "2026-03-10",
        "issuer.name": "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 215/QĐ-SCT", "issuer.parent": "SỞ CÔNG THƯƠNG"}),
    Example("invitation-to-a-meeting", INVITATION, {
        "meeting.date": "2020-11-16", "meeting.location": "Hội trường tầng 2, trụ sở UBND huyện",
        "meeting.term": 20, "document.place": "Mường Ảng"}, absent=["meeting.ordinal"]),
    Example("web-page-header-table", WEB_PLAN, {
        "issuer.name": "ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "issuer.level": "province",
        "document.kind": "ke_hoach", "document.number": "87/KH-UBND", "document.date": "2025-03-05",
        "document.place": "Hà Nam",
        "document.title": "PHÁT TRIỂN DU LỊCH NÔNG THÔN TỈNH HÀ NAM GIAI ĐOẠN 2025 - 2030",
        "references.1.number": "09/2017/QH14", "references.1.date": "2017-06-19"}, absent=["issuer.parent"]),
    Example("resolution-authority-line-not-in-title", STATE_RESOLUTION, {
        "issuer.name": "HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE", "document.kind": "nghi_quyet",
        "document.title": "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2024", "document.date": "2023-12-08"}),
    Example("resolution-authority-and-its-session-on-two-lines-not-in-title",
            STATE_RESOLUTION.replace("BẾN TRE KHÓA X, KỲ HỌP", "BẾN TRE\nKHÓA X - KỲ HỌP"), {
                "issuer.name": "HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE", "document.title": "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2024"}),
    Example("resolution-authority-session-and-its-days-not-in-title",
            STATE_RESOLUTION.replace("BẾN TRE KHÓA X, KỲ HỌP THỨ 9", "BẾN TRE\nKHÓA X KỲ HỌP THỨ 9\n(Từ ngày 08 đến 10/12/2023)"), {
                "document.title": "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2024"}),
    Example("web-copy-that-lost-its-type-line-and-unit",
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 459/QĐ-UBND | Bắc Ninh, ngày 30 tháng 12 "
            "năm 2015 |\nPHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n", {
                "document.kind": "quyet_dinh", "issuer.level": "province",
                "document.title": "PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020"}),
    Example("department-under-its-committee", DEPARTMENT_DRAFT, {
        "issuer.name": "SỞ TÀI CHÍNH", "issuer.parent": "UBND TỈNH YÊN BÁI", "issuer.level": "province",
        "document.kind": "ke_hoach", "document.type_code": "KH", "document.body_code": "STC",
        "document.title": "Thực hiện Đề án số 05 về tiết kiệm chi thường xuyên giai đoạn 2026-2030"},
        absent=["document.number", "document.date"]),
    Example("office-named-with-its-committee", OFFICE_NOTICE, {
        "issuer.name": "VĂN PHÒNG UBND TỈNH SƠN LA", "issuer.level": "province", "document.kind": "thong_bao",
        "document.title": "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ các dự án giao thông"},
        absent=["issuer.parent"]),
    Example("official-letter-two-columns", TWO_COLUMN_LETTER, {
        "issuer.name": "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "document.kind": "cong_van",
        "document.number": "2210 /UBND-KTTH", "document.date": "2025-07-14", "document.place": "Hà Giang",
        "document.title": "đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025"}),
    Example("supervision-team-of-a-council", SUPERVISION_TEAM, {
        "issuer.name": "ĐOÀN GIÁM SÁT HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH", "issuer.level": "province",
        "document.kind": "thong_bao", "document.number": "07/TB-ĐGS"}),
    Example("body-broken-over-lines-and-cited-council", BROKEN_BODY_LINE, {
        "issuer.name": "HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM", "document.number": "45/2024/NQ-HĐND",
        "document.date": "2024-11-20", "document.kind": "nghi_quyet"}),
    Example("commune-party-conclusion", COMMUNE_PARTY, {
        "issuer.name": "ĐẢNG UỶ XÃ IA GRAI", "issuer.parent": "ĐẢNG BỘ TỈNH GIA LAI", "issuer.level": "commune",
        "document.kind": "ket_luan", "document.title": "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2"}),
    Example("caps-title-then-body-sentence", INSTRUCTION_CAPS_TITLE, {
        "document.kind": "chi_thi", "document.date": "2025-02-12",
        "document.title": "VỀ VIỆC TĂNG CƯỜNG PHÒNG CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH NINH THUẬN"}),
    Example("metadata-box-of-a-legal-site", METADATA_BOX, {
        "document.number": "15/2025/NQ-HĐND", "document.kind": "nghi_quyet", "document.date": "2025-07-10",
        "issuer.name": "Tỉnh Quảng Bình", "issuer.level": "province"}, absent=["signature.signer"]),
    Example("a-legal-sites-signer-names-a-block-shown-without-a-name",
            METADATA_BOX + "Nghị quyết này có hiệu lực từ ngày ký./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
            "TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n",
            {"signature.title": "CHỦ TỊCH", "signature.signer": "Trần Hải Châu"}),
    Example("signature-two-levels", TWO_LEVELS, {
        "signature.authority": "TM.", "signature.on_behalf_of": "ỦY BAN NHÂN DÂN",
        "signature.levels.1.authority": "KT.", "signature.levels.1.on_behalf_of": "CHỦ TỊCH",
        "signature.title": "PHÓ CHỦ TỊCH", "signature.signer": "Lê Văn Hòa"}),
    Example("signature-body-broken-over-lines", BROKEN_AUTHORITY, {
        "signature.levels.0.on_behalf_of": "ỦY BAN NHÂN DÂN", "signature.levels.1.authority": "KT.",
        "signature.title": "PHÓ CHỦ TỊCH", "signature.signer": "Đỗ Minh Tuấn"}),
    Example("signature-beside-recipients", SIDE_BY_SIDE, {
        "signature.authority": "KT.", "signature.on_behalf_of": "CHỦ TỊCH", "signature.title": "PHÓ CHỦ TỊCH",
        "signature.signer": "Trần Quốc Nam", "recipients.0.name": "Như trên",
        "recipients.1.name": "Bộ Tài chính", "recipients.1.purpose": "để báo cáo"}),
    Example("signature-title-and-name-on-one-line", TITLE_AND_NAME_ONE_LINE, {
        "signature.title": "CHỦ TỊCH", "signature.signer": "Phạm Thị Lan"}, absent=["signature.authority"]),
    Example("grounds-give-laws-and-plans", GROUNDS, {
        "references.0.number": "72/2025/QH15", "references.1.number": "05-ĐA/TU",
        "references.1.date": "2025-10-20", "references.1.issuer": "Tỉnh ủy Điện Biên",
        "references.2.number": "14-KH/TU", "references.2.date": "2025-11-02"}),
    Example("press-council-that-holds-a-sitting",
            "Kỳ họp thứ 9 HĐND tỉnh\n\nSáng 12/4, Bí thư Tỉnh ủy dự họp. HĐND tỉnh khóa XIII, nhiệm kỳ 2021 - 2026 "
            "tiến hành Kỳ họp thứ 9 tại Trung tâm Hội nghị tỉnh để xem xét các tờ trình của UBND tỉnh về đầu tư công.\n",
            {"issuer.name": "HĐND tỉnh", "issuer.level": "province"}),
    Example("press-congress-that-adopts-targets",
            "TP.HCM thông qua 26 chỉ tiêu\n\nĐại hội đại biểu Đảng bộ TPHCM thông qua 26 chỉ tiêu phát triển chủ yếu "
            "trong nhiệm kỳ 2020-2025, trong đó tăng trưởng GRDP bình quân 8%/năm.\n",
            {"issuer.name": "Đại hội đại biểu Đảng bộ TPHCM", "issuer.level": "province"}),
    Example("saved-page-headline-inside-its-tag",
            "<?php\n    $dir = \"../data/\";\n?>\n<h1>Kỳ họp thứ 15 HĐND tỉnh khóa X</h1>\n<i>Thứ 5, 10/04/2025 | 09:30</i>\n"
            "<p>\nSáng 10/4, HĐND tỉnh khóa X tiến hành Kỳ họp thứ 15 để xem xét các tờ trình của UBND tỉnh.\n</p>\n",
            {"document.kind": "article", "document.title": "Kỳ họp thứ 15 HĐND tỉnh khóa X"}),
    Example("image-caption-is-no-headline",
            "Sáng 01/4, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy UBND tỉnh về kết quả quý I năm 2025 và nhiệm vụ "
            "quý II.\n[img]\nQuang cảnh buổi làm việc\nĐảng ủy UBND tỉnh báo cáo tình hình thực hiện nhiệm vụ.\n",
            {"document.kind": "article"}, absent=["document.title"]),
    Example("a-web-copy-without-its-title-names-its-issuer-above-the-grounds",
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 881/QĐ-UBND | Đà Nẵng, ngày 25 tháng 02 "
            "năm 2019 |\nỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày "
            "19/6/2015;\n", {"issuer.name": "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "issuer.level": "province"}),
    Example("a-narrow-motto-column-run-into-the-bodys",
            "|\nHỘI\nĐỒNG NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|\nSố: 50/NQ-HĐND |\nNinh Bình, ngày "
            "09 tháng 12 năm 2025 |\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM\nHỘI ĐỒNG NHÂN DÂN TỈNH "
            "NINH BÌNH\nKHOÁ XV, KỲ HỌP THỨ SÁU\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
            {"issuer.name": "HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH", "issuer.level": "province"}),
    Example("a-headline-that-opens-on-the-congress-it-covers",
            "Đại hội đại biểu Đảng bộ huyện Đạ Tẻh, nhiệm kỳ 2020- 2025\n\nĐại hội đã tổng kết việc thực hiện Nghị "
            "quyết Đại hội Đảng bộ huyện lần thứ VIII.\n",
            {"issuer.name": "Đại hội đại biểu Đảng bộ huyện Đạ Tẻh", "issuer.level": "district"}),
    Example("a-title-under-a-number-of-another-kind-is-no-type-line",
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 90/NQ-HĐND\nTuyên Quang, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH PHÁT "
            "TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG\nHỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG KHÓA XIX, KỲ "
            "HỌP THỨ HAI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
            {"document.kind": "nghi_quyet",
             "document.title": "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG"}),
    Example("a-legal-sites-headline-naming-the-number-is-no-type-line",
            "KẾ HOẠCH 99/KH-UBND NĂM 2021 VỀ PHÁT TRIỂN KINH TẾ – XÃ HỘI TỈNH LẠNG SƠN\n\nHiệu lực: Không xác định "
            "Ngày có hiệu lực: 04/05/2021\n\nỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 99/KH-UBND\n\nLạng Sơn, ngày 04 "
            "tháng 5 năm 2021\n\nKẾ HOẠCH\n\nPHÁT TRIỂN KINH TẾ – XÃ HỘI 5 NĂM 2021 – 2025 TỈNH LẠNG SƠN\n\nCăn cứ "
            "Luật Tổ chức chính quyền địa phương;\n",
            {"document.kind": "ke_hoach", "document.title": "PHÁT TRIỂN KINH TẾ – XÃ HỘI 5 NĂM 2021 – 2025 TỈNH LẠNG SƠN"}),
    Example("a-dateline-in-words-under-a-headline-dates-the-report",
            "Tỉnh Đoàn: Triển khai nhiệm vụ công tác năm 2019\n\nNgày 07 tháng 01 năm 2019\n\nNgày 6/1, Ban Chấp hành "
            "Đoàn TNCS Hồ Chí Minh tỉnh Sơn La đã tổ chức Hội nghị lần thứ V.\n",
            {"document.kind": "article", "document.date": "2019-01-07", "meeting.date": "2019-01-06"}),
    Example("a-resolutions-congress-is-no-issuer",
            "Ninh Bình đặt mục tiêu thu ngân sách 100.000 tỷ đồng\n\nĐây là bước đi nhằm cụ thể hóa Nghị quyết Đại hội "
            "Đảng bộ tỉnh nhiệm kỳ 2025-2030.\n\nUBND tỉnh Ninh Bình tổ chức phiên họp.\n",
            {"issuer.name": "UBND tỉnh Ninh Bình"}),
    Example("the-year-a-sentence-opens-on-setting-its-targets",
            "HĐND huyện Hiệp Hòa tổ chức kỳ họp thứ 3\n\nNgày 20, 21/12, HĐND huyện tổ chức kỳ họp thứ 3. Năm 2021, các "
            "chỉ tiêu đều đạt.Năm 2022, huyện Hiệp Hòa xác định 12 chỉ tiêu chủ yếu và nhiệm vụ, giải pháp.\n",
            {"document.year": 2022}),
    Example("a-congress-of-a-city-named-in-capitals",
            "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TP ĐÀ NẴNG LẦN THỨ XIV\n\nĐại hội thống nhất:\n",
            {"issuer.name": "ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TP ĐÀ NẴNG", "issuer.level": "province"}),
    Example("a-damaged-fonts-motto-ends-the-issuer",
            "CHÍNH PHỦ\n-------\nCỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            "Số: 127/NQ-CP\nHà Nội, ngày 08 tháng 10 năm 2021\nNGHỊ QUYẾT\nPHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 9\n",
            {"issuer.name": "CHÍNH PHỦ", "issuer.level": "central"}),
    Example("a-photos-caption-under-the-headline-is-no-headline",
            "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 31, khóa XX, nhiệm kỳ 2020-2025\nĐồng chí Nguyễn Thanh Hải, Bí thư Tỉnh "
            "ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 31\n\nTại hội nghị, các đại biểu đã nghe và cho ý kiến vào 22 "
            "nội dung về kinh tế - xã hội.\n",
            {"document.kind": "article",
             "document.title": "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 31, khóa XX, nhiệm kỳ 2020-2025"}),
    Example("a-legal-sites-furniture-above-the-header", FURNISHED_PAGE, {
        "document.kind": "quyet_dinh", "document.number": "245/QĐ-UBND", "document.date": "2022-03-15",
        "document.title": "PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN NÔNG NGHIỆP NĂM 2022, TỈNH HÒA LÂM",
        "issuer.level": "province", "issuer.parent": "ỦY BAN NHÂN DÂN TỈNH HÒA LÂM"}),
    Example("a-caption-of-delegates-voting-under-the-headline-is-no-headline",
            "Xây dựng Hòa Lâm phát triển nhanh, bền vững, giàu bản sắc\nĐại biểu biểu quyết tại Đại hội Đảng bộ tỉnh "
            "Hòa Lâm\n\nĐại hội đã biểu quyết thông qua Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ "
            "2020-2025.\n",
            {"document.kind": "article",
             "document.title": "Xây dựng Hòa Lâm phát triển nhanh, bền vững, giàu bản sắc"}),
    Example("a-caption-of-delegates-voting-under-a-headline-below-a-language-switch",
            "Tiếng Việt | English\n12/10/2020 - 09:15\nBình Giang: Đưa Nghị quyết Đại hội vào cuộc sống\n"
            "Đại biểu biểu quyết thông qua Nghị quyết Đại hội Đảng bộ huyện lần thứ VII, nhiệm kỳ 2020-2025\n\n"
            "Nghị quyết Đại hội đề ra 16 chỉ tiêu chủ yếu trên các lĩnh vực của huyện trong nhiệm kỳ tới.\n",
            {"document.kind": "article", "document.title": "Bình Giang: Đưa Nghị quyết Đại hội vào cuộc sống"}),
    Example("a-sites-menu-bar-that-ends-on-a-section-above-is-no-headline",
            " date 2025-08-20 Danh mục\nThời sự\n\nHướng tới đại hội Đảng các cấp nhiệm kỳ 2025-2030\n\n"
            "Xây dựng Đảng Kinh tế Xã hội Tin tức Hướng tới đại hội Đảng các cấp nhiệm kỳ 2025-2030\n\n"
            "Xã Hòa Lâm phấn đấu thu nhập bình quân đầu người năm 2030 đạt 90 triệu đồng\n\n"
            "MINH AN\nSáng 20-8, Đảng bộ xã Hòa Lâm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n",
            {"document.kind": "article",
             "document.title": "Xã Hòa Lâm phấn đấu thu nhập bình quân đầu người năm 2030 đạt 90 triệu đồng"}),
    *(Example(f"a-term-and-session-under-a-split-body-name-{i}",
              f"HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA LÂM\n{sitting}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\n\nSố: 15/NQ-HĐND\nHòa Lâm, ngày 10 tháng 12 năm 2024\n\nNGHỊ QUYẾT\n"
              "Về dự toán ngân sách năm 2025\n\nQUYẾT NGHỊ:\nĐiều 1. Thông qua dự toán.\n",
              {"issuer.name": "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA LÂM", "meeting.term": term, "meeting.ordinal": ordinal})
      for i, (sitting, term, ordinal) in enumerate([("KHÓA II - KỲ HỌP THỨ 12", 2, 12), ("KHOÁ X, KỲ HỌP THỨ 7", 10, 7),
                                                    ("KHÓA IV\nKỲ HỌP THỨ 5", 4, 5)])),
    *(Example(f"a-body-of-the-centre-issuing-at-the-capital-{i}",
              f"{head}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
              f"Số: {number}\nHà Nội, ngày 03 tháng 02 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC THỐNG KÊ NĂM 2025\n",
              {"issuer.name": head, "issuer.level": "central"})
      for i, (head, number) in enumerate([("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "12/KH-BNNMT"),
                                          ("ỦY BAN QUỐC GIA VỀ NĂNG LƯỢNG XANH", "7/KH-UBQGNLX")])),
    *(Example(f"a-steering-committee-as-issuer-{i}", text, {"issuer.name": name, "issuer.level": level})
      for i, (text, name, level) in enumerate([
          ("KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Hòa Lâm năm 2024\nBan Chỉ đạo chuyển đổi số "
           "huyện Hòa Lâm ban hành Kế hoạch hoạt động năm 2024 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
           "Ban Chỉ đạo chuyển đổi số huyện Hòa Lâm", "district"),  # a plan without a header
          ("Hòa Lâm: Phấn đấu đón 2.000.000 lượt khách du lịch trong năm 2024\n\nVừa qua, Ban Chỉ đạo Du lịch tỉnh "
           "Hòa Lâm đã ban hành Kế hoạch số 12/KH-BCĐ về phát triển du lịch năm 2024.\n",
           "Ban Chỉ đạo Du lịch tỉnh Hòa Lâm", "province")])),  # a report of its plan
    Example("a-place-whose-syllables-an-apostrophe-joins-is-whole",
            "Sáng 12/8, Đảng bộ xã Cư M’Lâm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n",
            {"issuer.name": "Đảng bộ xã Cư M’Lâm", "issuer.level": "commune"}),
    Example("broken-font-debris-is-no-issuer", "6Ӣ C‘NG 7+ѬѪ1\nĈ2¬1 .,ӆ0 TRA\n\nNội dung văn bản.\n", {},
            absent=["issuer.name"]),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_official_header(ex: Example) -> None:
    out = extract_text(ex.text).model_dump()
    for path, want in ex.expect.items():
        assert get(out, path) == want, path
    for path in ex.absent:
        assert get(out, path) in (None, [], ""), path


@pytest.mark.parametrize("text", [WEB_PLAN, STATE_RESOLUTION, TWO_COLUMN_LETTER, METADATA_BOX],
                         ids=["web-plan", "resolution", "letter", "metadata-box"])
def test_an_official_document_is_never_an_article(text: str) -> None:
    assert extract_text(text).document.kind != "article"


@pytest.mark.parametrize(("text", "numbers"), [
    ("Chỉ thịsố41-CT/TW ngày", ["41-CT/TW"]),
    ("Quyết địnhsố215/QĐ-SCT", ["215/QĐ-SCT"]),
    ("theo Kế hoạchSỐ12-KH/TU", ["12-KH/TU"]),
    ("số08/2024/NQ-HĐND", ["08/2024/NQ-HĐND"]),
    ("mã hồ sơ HSsố41-CT/TW", []),
    ("mã ABC41-CT/TW", []),
], ids=["syllable-then-so", "two-words-then-so", "capitals", "so-alone", "code-then-so", "code"])
def test_a_number_glued_to_so_is_read_only_after_a_syllable(text: str, numbers: list[str]) -> None:
    assert [n.text for n in find_numbers(text)] == numbers


def test_spans_of_a_broken_date_cover_both_lines() -> None:
    res = extract_text(WEB_PLAN, with_text=True)
    span = res.document.spans["date"]
    assert res.text is not None
    assert res.text[span.start:span.end].split() == ["ngày", "05", "tháng", "3", "năm", "2025"]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026", ["4250/BNNMT-ĐCKS"]),
    ("Số: 5973 /UBND-KT", ["5973 /UBND-KT"]),
    ("văn bản số 2687/TTg-KTN", ["2687/TTg-KTN"]),
    ("đạt 19/TU-BTV", []),
    ("tỷ lệ 5/20 xã", []),
], ids=["cited-after-so", "own-number-spaced", "prime-minister", "no-so", "a-count"])
def test_a_letter_numbered_by_its_office_is_read_after_so(text: str, numbers: list[str]) -> None:
    """Official letters carry no type code ("4250/BNNMT-ĐCKS"): read only after "số"."""
    assert [n.text for n in find_numbers(text)] == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("theo Kế hoạch số 31 KH/TWĐTN và Số: 5 BC/TU", [(17, "31 KH/TWĐTN"), (36, "5 BC/TU")]),
    ("SỐ 12 KH/TW", [(3, "12 KH/TW")]),
], ids=["two-in-a-line", "capitals"])
def test_a_spaced_number_is_read_after_so(text: str, numbers: list[tuple[int, str]]) -> None:
    """"số 31 KH/TWĐTN" (a space for the slash) opens where "số" stands, in any case."""
    assert [(n.start, n.text) for n in find_numbers(text)] == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("Số: 06/QC-TT.HĐND-UBND", ["06/QC-TT.HĐND-UBND"]),
    ("(Công văn số 501/TTr-NV.IV ngày 12/6/2025)", ["501/TTr-NV.IV"]),
    ("theo Quyết định số 12/QĐ-UBND. Tiếp theo", ["12/QĐ-UBND"]),
], ids=["two-bodies-joined-by-a-dot", "a-division-after-a-dot", "a-sentence-end"])
def test_a_number_whose_bodies_a_dot_joins_is_read_whole(text: str, numbers: list[str]) -> None:
    assert [n.text for n in find_numbers(text)] == numbers


def test_a_date_after_a_document_cited_again_is_no_meeting_date() -> None:
    """A report citing a directive twice: the second citation's date is the directive's, not a
    meeting's, though the references keep only its first citation."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nBÁO CÁO\nKết quả thực hiện Chỉ thị số 38/CT-TTg ngày 29/9/2020\n\n"
            "Sau khi Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ được ban hành, UBND tỉnh "
            "đã tổ chức triển khai (văn bản số 5529/UBND-KT ngày 01/12/2020 của UBND tỉnh).\n")
    result = extract_text(text)
    assert result.meeting.date is None
    assert [(r.number, r.date) for r in result.references] == [("38/CT-TTg", "2020-09-29"),
                                                                 ("5529/UBND-KT", "2020-12-01")]


@pytest.mark.parametrize(("text", "number", "body"), [
    ("Số: 12/KH-SKH&ĐT", "12/KH-SKH&ĐT", "SKH&ĐT"),
    ("Số: 45/BC-SNN&PTNT ngày 3/4/2024", "45/BC-SNN&PTNT", "SNN&PTNT"),
    ("Số 7/QĐ-BQL&KT", "7/QĐ-BQL&KT", "BQL&KT"),
], ids=["plan", "report-then-date", "decision-without-colon"])
def test_a_unit_code_joined_by_an_ampersand_is_read_whole(text: str, number: str, body: str) -> None:
    """"SKH&ĐT" is one unit's code: the number is not cut at "&"."""
    found = find_numbers(text)
    assert [(n.text, n.body_code) for n in found] == [(number, body)]


@pytest.mark.parametrize("line", [
    "tp. Hòa Lâm, ngày 5 tháng 3 năm 2024", "thành phố Hòa Lâm, ngày 5 tháng 3 năm 2024", "tp.Hòa Lâm, ngày 5/3/2024",
    "Hòa Lâm, ngày 05/3/2024", "Hòa Lâm, ngày 05-03-2024",
], ids=["short-form-in-lower-case", "unit-word-in-lower-case", "short-form-glued-date-in-figures", "date-in-figures",
        "date-in-figures-with-dashes"])
def test_the_place_and_date_line_in_lower_case_or_figures_dates_the_document(line: str) -> None:
    text = ("UBND TỈNH HÒA LÂM\nSỞ TÀI CHÍNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: 12/BC-STC\n{line}\n\nBÁO CÁO\nKết quả công tác quý I\n\nNội dung báo cáo.\n")
    document = extract_text(text).document
    assert document.date == "2024-03-05"
    assert document.place is not None and document.place.endswith("Hòa Lâm")


def test_a_page_carrying_a_documents_header_takes_its_date() -> None:
    text = ("Đề cương tuyên truyền kết quả Đại hội Hội Nông dân tỉnh Hòa Lâm lần thứ X, nhiệm kỳ 2021 - 2026\n\n"
            "  •   Thứ hai - 08/11/2021 10:15\n  •   215\n  •  0\nLOGO\nHỘI NÔNG DÂN HÒA LÂM\n     BAN THƯỜNG VỤ\n"
            "Hòa Lâm, ngày 5 tháng 11 năm 2021\n \nĐỀ CƯƠNG TUYÊN TRUYỀN\n      KẾT QUẢ ĐẠI HỘI NÔNG DÂN TỈNH LẦN THỨ X\n"
            " _________\n \nĐại hội Hội Nông dân tỉnh Hòa Lâm lần thứ X được tổ chức vào ngày 2 tháng 11 năm 2021.\n")
    assert extract_text(text).document.date == "2021-11-05"


@pytest.mark.parametrize(("place", "unit", "name"), [
    ("Cao Bằng", "tỉnh", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"), ("Hải Phòng", "thành phố", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
], ids=["at-a-province", "at-a-centrally-run-city"])
def test_a_bare_committee_that_lost_its_unit_line_is_named_with_the_province_it_issues_at(
        place: str, unit: str, name: str) -> None:
    text = (f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 54/KH-UBND | {place}, ngày 27 tháng 3 năm 2020 |\n"
            f"Thực hiện Quyết định số 12/QĐ-TTg ngày 25/12/2019, UBND {unit} xây dựng Kế hoạch như sau:\n")
    issuer = extract_text(text).issuer
    assert (issuer.name, issuer.level) == (name, "province")
