"""Table-driven tests of the header, meeting, theme, reference, recipient and signature
extractors, each on a short real-looking text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from nqparse import extract_text


@dataclass
class Example:
    id: str
    text: str
    expect: dict[str, Any]
    absent: list[str] = field(default_factory=list)


def get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(obj, list):
            obj = obj[int(part)] if int(part) < len(obj) else None
        else:
            obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


PARTY_HEADER = """ĐẢNG BỘ TỈNH THÁI NGUYÊN
HUYỆN UỶ ĐỊNH HOÁ
*
Số 12-NQ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Định Hóa, ngày 20 tháng 12 năm 2021
NGHỊ QUYẾT
về nhiệm vụ năm 2022
"""

EXAMPLES = [
    Example("party-header", PARTY_HEADER + "\nBan Chấp hành Đảng bộ huyện quyết nghị:\n", {
        "document.kind": "nghi_quyet", "document.number": "12-NQ/HU", "document.date": "2021-12-20",
        "document.place": "Định Hóa", "document.title": "về nhiệm vụ năm 2022", "document.year": 2022,
        "issuer.name": "HUYỆN UỶ ĐỊNH HOÁ", "issuer.level": "district",
        "issuer.parent": "ĐẢNG BỘ TỈNH THÁI NGUYÊN"}),
    Example("web-table-cells-a-line-each", "THÀNH ỦY\nTHÀNH PHỐ BÌNH AN\n-------\n|\nĐẢNG CỘNG SẢN VIỆT NAM\n|\nSố:\n"
            "88-KH/TU\n|\nBình An, ngày 24 tháng 12 năm 2021\n|\nKẾ HOẠCH\nVỀ CỦNG CỐ HỆ THỐNG CHÍNH TRỊ CƠ SỞ\n"
            "Ban Thường vụ Thành ủy xây dựng Kế hoạch như sau.\n", {
                "document.kind": "ke_hoach", "document.number": "88-KH/TU", "document.date": "2021-12-24",
                "document.title": "VỀ CỦNG CỐ HỆ THỐNG CHÍNH TRỊ CƠ SỞ"}),
    Example("a-pages-lead-gives-the-full-texts-number-and-day",
            "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về phát "
            "triển đô thị.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển đô thị\n\nBan Thường vụ Tỉnh ủy "
            "ban hành Nghị quyết như sau:\n", {
                "document.number": "10-NQ/TU", "document.date": "2021-08-18"}, absent=["references.0"]),
    Example("a-full-text-page-whose-lead-follows-its-time-and-a-lone-mark",
            "Thứ Hai, 12/10/2025, 08:10 (GMT+7)\n.\n\nNghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ I\n\n"
            "Báo Bình An trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ I.\n\n"
            "Đại hội diễn ra từ ngày 9 đến ngày 12 tháng 10 năm 2025.\n\nQUYẾT NGHỊ\n\n1. Tán thành Báo cáo chính trị.\n",
            {"document.kind": "nghi_quyet"}),
    Example("a-press-lead-dates-the-full-text-it-gives",
            "Nghị quyết về phát triển hạ tầng\n\nLTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết "
            "số 10-NQ/TU về phát triển hạ tầng. Báo trân trọng giới thiệu toàn văn Nghị quyết.\n\nI- Khái quát tình "
            "hình\n\nNhững năm qua, công tác huy động nguồn lực đạt kết quả tích cực.\n", {
                "document.number": "10-NQ/TU", "document.date": "2016-11-14"}),
    Example("a-page-posted-later-gives-the-full-texts-kind-and-day",
            "Nghị quyết về phát triển nông nghiệp năm 2020\n\n06:12, 01/12/2019\n\nLTS: Ngày 25-11-2019, Ban Chấp hành Đảng "
            "bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về phát triển nông nghiệp. Báo xin giới thiệu toàn văn Nghị "
            "quyết.\n\nI. ĐÁNH GIÁ TÌNH HÌNH\n\nNăm 2019, sản xuất nông nghiệp phát triển ổn định.\n", {
                "document.kind": "nghi_quyet", "document.number": "19-NQ/TU", "document.date": "2019-11-25"}),
    Example("a-full-text-takes-no-number-of-the-resolution-it-carries-out",
            "Chương trình hành động thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị\n\nL.T.S: Ngày 23-2, Tỉnh ủy "
            "Bình An ban hành Chương trình hành động thực hiện Nghị quyết số 09-NQ/TW ngày 28-1-2022 của Bộ Chính trị."
            " Báo xin giới thiệu toàn văn Chương trình hành động.\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Tạo sự thống nhất cao "
            "trong nhận thức.\n", {
                "document.kind": "chuong_trinh", "issuer.name": "Tỉnh ủy Bình An", "issuer.level": "province"},
            absent=["document.number"]),
    Example("a-headline-that-is-a-documents-title-gives-that-document",
            "Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị về "
            "phát triển thành phố Bình An\n\nNgày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW về phát "
            "triển thành phố Bình An đến năm 2030.\n\nCăn cứ mục tiêu của nghị quyết, Ban Thường vụ Thành ủy xây dựng "
            "Chương trình hành động như sau.\n", {
                "document.kind": "chuong_trinh", "issuer.name": "Ban Thường vụ Thành ủy"}),
    Example("a-title-line-filled-to-the-width-stops-at-the-enacting-body",
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH AN\nSố: 50/2020/NQ-HĐND\nBình An, ngày 16 tháng 12 năm 2020\nNGHỊ QUYẾT\n"
            "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025 TỈNH BÌNH AN\nHỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN\n"
            "KHÓA XVI KỲ HỌP THỨ 15\nCăn cứ Luật Tổ chức Chính quyền địa\nphương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Luật Ban hành văn bản quy\nphạm pháp luật ngày 22 tháng 6 năm 2015;\n", {
                "document.title": "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025 TỈNH BÌNH AN",
                "issuer.name": "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN"}),
    Example("a-body-the-titles-last-word-asks-for-is-the-titles",
            "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 139/QĐ-UBND\nBình An, ngày 20 tháng 01 năm 2021\nQUYẾT ĐỊNH\n"
            "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT CỦA\nHĐND TỈNH VỀ KẾ HOẠCH PHÁT TRIỂN NĂM 2021\n"
            "ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n", {
                "document.title": "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT CỦA HĐND TỈNH VỀ KẾ HOẠCH PHÁT "
                                  "TRIỂN NĂM 2021",
                "issuer.name": "ỦY BAN NHÂN DÂN TỈNH"}),
    Example("a-byline-in-capitals-is-no-headline",
            "QUỐC TUẤN - VĂN MẾN |\n\nKỳ họp thứ 8 HĐND huyện Bình An\n\nSáng 20/12, HĐND huyện Bình An khóa X tổ chức "
            "kỳ họp thứ 8.\n", {"document.kind": "article", "document.title": "Kỳ họp thứ 8 HĐND huyện Bình An"}),
    Example("a-byline-alone-over-the-lead-is-no-headline",
            "HỒNG NHUNG, VĂN AN\n\nSáng 20/12, HĐND huyện Bình An khóa X tổ chức kỳ họp thứ 8.\n",
            {"document.kind": "article"}, absent=["document.title"]),
    Example("a-headline-that-is-a-title-the-text-names-itself-by",
            "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ I\nTư liệu\n\n"
            "Để thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ I, nhiệm kỳ 2025-2030, Ban "
            "Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau:\n\nA. MỤC ĐÍCH, YÊU CẦU\n", {
                "document.kind": "chuong_trinh", "issuer.name": "Ban Chấp hành Đảng bộ tỉnh Bình An",
                "issuer.level": "province"}),
    Example("a-headline-naming-a-document-over-a-report-stays-a-report",
            "Chương trình hành động thực hiện Nghị quyết Đại hội được triển khai sâu rộng\n\nSáng 5/3, Tỉnh ủy Bình An tổ "
            "chức hội nghị sơ kết việc thực hiện Chương trình hành động.\n", {"document.kind": "article"}),
    Example("a-legal-sites-headline-gives-the-title-its-copy-lost",
            "Quyết định 612/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ thủ tục hành chính\nSố hiệu: | 612/QĐ-UBND | "
            "Loại văn bản: | Quyết định |\nNgày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |\nỦY BAN NHÂN "
            "DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 612/QĐ-UBND |\nVĩnh Long, ngày 05 tháng 3 năm 2020 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;\n", {
                "document.number": "612/QĐ-UBND", "document.kind": "quyet_dinh",
                "document.title": "về phê duyệt quy trình nội bộ thủ tục hành chính"}),
    Example("state-number-with-colon", "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM\nLào Cai, ngày 03 tháng 02 năm 2023\nKẾ HOẠCH\nThực hiện Chỉ thị số 11-CT/TU\n", {
                "document.kind": "ke_hoach", "document.number": "15/KH-UBND", "document.date": "2023-02-03",
                "issuer.level": "province"}),
    Example("state-header-two-lines-and-authority-line",
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH THANH HÓA\nSố: /QĐ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Thanh Hóa, ngày tháng 6 năm 2026\nQUYẾT ĐỊNH\nBan hành Danh mục công việc và Bộ tiêu chí\nđối với Văn phòng\n"
            "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n", {
                "document.kind": "quyet_dinh", "document.type_code": "QĐ", "document.place": "Thanh Hóa",
                "document.title": "Ban hành Danh mục công việc và Bộ tiêu chí đối với Văn phòng",
                "issuer.name": "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA",
                "issuer.parent": "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA", "issuer.level": "province",
                "references.0.number": "72/2025/QH15"}, absent=["document.number", "document.date"]),
    Example("state-header-unit-on-second-line", "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: /KH-UBND\nKẾ HOẠCH\n"
            "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026\ncủa Ban Thường vụ Tỉnh ủy\n\nThực hiện Chỉ thị.\n", {
                "issuer.name": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "document.kind": "ke_hoach",
                "document.title": "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy",
                "references.0.number": "11-CT/TU", "references.0.date": "2026-01-04"}),
    Example("pdf-columns-on-one-line", "TỈNH ỦY THANH HÓA ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố -QĐ/TU Thanh Hóa, ngày tháng 6 năm "
            "2026\nQUY ĐỊNH\nvề đánh giá, xếp loại hằng tháng\n", {
                "issuer.name": "TỈNH ỦY THANH HÓA", "document.kind": "quy_dinh", "document.body_code": "TU",
                "document.place": "Thanh Hóa"}, absent=["document.number"]),
    Example("headerless-signed-text-names-its-kind", "Các cấp ủy chịu trách nhiệm thực hiện Kết luận này.\n\nNơi nhận:\n"
            "- Lưu VPTU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Cường\n", {"document.kind": "ket_luan"}),
    Example("standing-committee-named-in-the-title", "THÀNH ỦY HẢI PHÒNG\n*\nSố 612-TB/TU\nHải Phòng, ngày 05 tháng 9 "
            "năm 2023\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY\nvề tình hình 8 tháng đầu năm 2023\n\nNgày 30/8/2023, "
            "Ban Thường vụ Thành ủy họp.\n", {
                "document.kind": "thong_bao", "issuer.name": "BAN THƯỜNG VỤ THÀNH ỦY",
                "issuer.parent": "THÀNH ỦY HẢI PHÒNG", "meeting.date": "2023-08-30",
                "document.title": "về tình hình 8 tháng đầu năm 2023"}),
    Example("blank-e-signed-number", "TỈNH ỦY THANH HÓA\n*\nSố      -KL/TU\nKẾT LUẬN\ncủa Ban Thường vụ\n",
            {"document.kind": "ket_luan"}, absent=["document.number"]),
    Example("meeting-ordinal-words", "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XX, NHIỆM KỲ "
            "2020 - 2025\nvề nhiệm vụ năm 2022\n\nTại Hội nghị lần thứ bảy (họp ngày 20/12/2021), Ban Chấp hành quyết nghị:\n", {
                "meeting.ordinal": 7, "meeting.term": 20, "meeting.tenure.start": 2020, "meeting.tenure.end": 2025,
                "meeting.date": "2021-12-20"}),
    Example("meeting-digits-khoa-arabic", "Ban Chấp hành Đảng bộ tỉnh khóa 12 tổ chức Hội nghị lần thứ 9 vào ngày "
            "5/7/2019 để bàn nhiệm vụ.\n", {"meeting.ordinal": 9, "meeting.term": 12, "meeting.date": "2019-07-05",
                                            "issuer.level": "province"}),
    Example("cited-central-plenum-is-not-the-meeting", "Ngày 15/1, tại Hội trường Thành ủy, Ban Thường vụ Thành ủy tổ "
            "chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa 12.\n\nBáo X 15/1/2018\n",
            {"meeting.date": "2018-01-15", "meeting.location": "Hội trường Thành ủy", "document.kind": "article"},
            absent=["meeting.ordinal", "meeting.term"]),
    Example("national-assembly-term-is-not-the-meeting", "Tổ chức bầu cử đại biểu Quốc hội khoá XV và đại biểu HĐND "
            "các cấp nhiệm kỳ 2021 - 2026.\n", {}, absent=["meeting.term", "meeting.tenure"]),
    Example("election-term-in-a-notices-title-is-no-meeting", "Thông báo treo cờ ngày bầu cử đại biểu Quốc hội khóa XV "
            "và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026\n\nUỷ ban nhân dân huyện thông báo việc treo cờ như "
            "sau:\n1. Các trụ sở treo cờ trong 02 ngày.\n", {}, absent=["meeting.term", "meeting.tenure"]),
    Example("a-day-from-which-a-service-stops-is-no-meeting", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/TB-UBND\n"
            "An Bình, ngày 02 tháng 3 năm 2022\nTHÔNG BÁO\nVề việc tạm dừng tiếp công dân\n\nỦy ban nhân dân xã thông "
            "báo như sau:\n1. Tạm dừng tiếp công dân tại Trụ sở UBND xã An Bình (kể cả tổ chức đối thoại) kể từ ngày "
            "05/3/2022.\n", {}, absent=["meeting.date", "meeting.location"]),
    Example("a-capitals-headline-above-the-letterhead-is-no-body", "TẠM DỪNG HỌP CHỢ PHIÊN ĐỂ PHÒNG DỊCH\n\nTin địa phương\n\n"
            "ỦY BAN NHÂN DÂN\n\nXÃ AN BÌNH\n\nSố: 15/TB-UBND\n\nAn Bình, ngày 04 tháng 5 năm 2022\n\nTHÔNG BÁO\n\n"
            "Về việc dừng họp chợ phiên\n\nỦy ban nhân dân xã thông báo như sau.\n",
            {"issuer.name": "ỦY BAN NHÂN DÂN XÃ AN BÌNH", "issuer.level": "commune"}),
    Example("council-session-owns-its-term", "HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/NQ-HĐND\nNGHỊ QUYẾT\n"
            "Về kế hoạch năm 2024\nHỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH\nKHÓA XIX, KỲ HỌP THỨ MƯỜI LĂM\nCăn cứ Luật số 80/2015/QH13;\n", {
                "meeting.ordinal": 15, "meeting.term": 19, "document.number": "12/NQ-HĐND", "issuer.level": "province"}),
    Example("steering-committee-on-society-under-a-province", "UBND TỈNH BÌNH AN\nBAN CHỈ ĐẠO PHÒNG, CHỐNG TỆ NẠN XÃ HỘI\n"
            "Số: 12/QĐ-BCĐ\nBình An, ngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBan hành quy chế hoạt động\n",
            {"issuer.level": "province"}),
    Example("letterhead-body-named-again-under-the-title", "UBND TỈNH BÌNH AN\nBAN QUẢN LÝ CÁC KHU KINH TẾ\n"
            "Số: 12/QĐ-BQL\nBình An, ngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\n"
            "BAN QUẢN LÝ CÁC KHU KINH TẾ TỈNH BÌNH AN\nCăn cứ Luật số 80/2015/QH13;\n",
            {"document.title": "BAN HÀNH QUY CHẾ PHỐI HỢP"}),
    Example("title-ending-with-the-letterhead-place", "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 12/QĐ-UBND\n"
            "Bình An, ngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\nTỈNH BÌNH AN\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nCăn cứ Luật số 80/2015/QH13;\n",
            {"document.title": "BAN HÀNH QUY CHẾ PHỐI HỢP TỈNH BÌNH AN"}),
    Example("council-term-is-foreign-to-a-party-meeting", "Ban Chấp hành Đảng bộ tỉnh khóa XX họp Hội nghị lần thứ 3. "
            "Chỉ đạo kỳ họp của HĐND tỉnh khóa XVIII.\n", {"meeting.ordinal": 3, "meeting.term": 20}),
    Example("central-plenum-reported-by-the-centre", "Hội nghị Trung ương 8 khóa XIII của Ban Chấp hành Trung ương Đảng "
            "bế mạc ngày 9/10/2023 tại Hà Nội.\n", {"meeting.ordinal": 8, "meeting.term": 13, "issuer.level": "central"}),
    Example("place-of-two-names-joined-by-a-dash", "Sáng 3/4/2025, UBND tỉnh Hà An - Lâm Thủy tổ chức hội nghị triển "
            "khai nhiệm vụ.\n", {"issuer.name": "UBND tỉnh Hà An - Lâm Thủy", "issuer.level": "province"}),
    Example("header-place-wrapped-at-its-dash", "ĐẢNG BỘ TỈNH HÀ AN -\nLÂM THỦY\nTHỊ ỦY PHÚ LÂM\n*\nSố 12-NQ/TU\n"
            "NGHỊ QUYẾT\nvề nhiệm vụ năm 2025\n", {"issuer.name": "THỊ ỦY PHÚ LÂM",
                                                 "issuer.parent": "ĐẢNG BỘ TỈNH HÀ AN - LÂM THỦY"}),
    Example("dash-before-a-headline-is-no-place", "Thị ủy Phú Lâm - Hội nghị Ban Chấp hành lần thứ 5\nNgày 3/4/2025, "
            "Thị ủy Phú Lâm tổ chức hội nghị.\n", {"issuer.name": "Thị ủy Phú Lâm"}),
    Example("presidium-chairs-no-person", "Ngày 10/5/2025, Huyện đoàn Tân Lợi tổ chức hội nghị. Đoàn Chủ tịch chủ trì "
            "hội nghị.\n", {"issuer.name": "Huyện đoàn Tân Lợi"}, absent=["meeting.chair"]),
    Example("presidium-then-a-speaker", "Ngày 10/5/2025 hội nghị diễn ra. Đoàn Chủ tịch Hội nghị chủ trì, đồng chí "
            "Lê Văn Hải phát biểu.\n", {}, absent=["meeting.chair"]),
    Example("congress-a-guest-directs-issues", "Sáng 12/6/2025, đồng chí Lê Văn Hải, Phó Bí thư Tỉnh ủy dự và chỉ đạo "
            "Đại hội đại biểu Đảng bộ huyện Tân Lợi lần thứ XX, nhiệm kỳ 2025-2030.\n",
            {"issuer.name": "Đại hội đại biểu Đảng bộ huyện Tân Lợi", "issuer.level": "district"}),
    Example("congress-a-guest-directs-whose-post-names-a-department", "Sáng 12/6/2025, đồng chí Lê Văn Hải, Ủy viên "
            "Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Bình An, Tổ trưởng Tổ công tác số 3, dự và chỉ đạo Đại hội "
            "đại biểu Đảng bộ xã Tân Lợi lần thứ I, nhiệm kỳ 2025-2030.\n",
            {"issuer.name": "Đại hội đại biểu Đảng bộ xã Tân Lợi", "issuer.level": "commune", "meeting.ordinal": 1}),
    Example("session-naming-its-committee-in-a-post", "Kỳ họp thứ 8 khai mạc ngày 9/7/2025. Tại kỳ họp, đồng chí "
            "Lê Văn Hải, Chủ tịch UBND huyện Tân Lợi báo cáo tình hình kinh tế - xã hội.\n",
            {"issuer.name": "HĐND huyện Tân Lợi", "issuer.level": "district"}),
    Example("committee-head-outside-a-session", "Ngày 3/7/2025, Chủ tịch UBND huyện Tân Lợi chủ trì hội nghị giao ban.\n",
            {"issuer.name": "UBND huyện Tân Lợi"}),
    Example("bloc-committee-named-up-to-its-unit", "Sáng 14/1/2025, Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp "
            "tỉnh đã tổng kết công tác năm 2024.\n",
            {"issuer.name": "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "issuer.level": "province"}),
    Example("chairs-listed-in-clauses-first-has-a-comma", "Ngày 5/8/2025, HĐND phường Đông Thành tổ chức kỳ họp thứ 3. "
            "Các ông: Trần Văn Bình - Bí thư Đảng ủy, Chủ tịch HĐND phường; Lê Minh Tâm - Phó Chủ tịch HĐND phường "
            "chủ trì kỳ họp.\n", {"meeting.chair": "Trần Văn Bình"}),
    Example("body-whose-direction-is-carried-out-issues-not", "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại "
            "Thông báo số 15-TB/TU ngày 4/2/2025, Chủ tịch UBND tỉnh Lê Văn Hải đã có kết luận như sau:\n",
            {"issuer.name": "UBND tỉnh", "issuer.level": "province"}),
    Example("chair-by-post-who-concludes", "Sau khi nghe các ý kiến tại cuộc họp, Chủ tịch UBND tỉnh Lê Văn Hải đã có "
            "kết luận như sau:\n", {"meeting.chair": "Lê Văn Hải"}),
    Example("abbreviated-town-after-a-state-body", "Ngày 3/3/2025, UBND TX Bình Sơn tổ chức hội nghị triển khai nhiệm vụ.\n",
            {"issuer.name": "UBND TX Bình Sơn", "issuer.level": "district"}),
    Example("abbreviated-district-after-a-committee", "Ngày 3/3/2025, Huyện ủy H. Tân Lợi tổ chức hội nghị.\n",
            {"issuer.name": "Huyện ủy H. Tân Lợi", "issuer.level": "district"}),
    Example("abbreviated-ward-after-a-party-committee", "Ngày 3/3/2025, Đảng ủy P. Đông Thành tổ chức hội nghị.\n",
            {"issuer.name": "Đảng ủy P. Đông Thành", "issuer.level": "commune"}),
    Example("abbreviation-with-no-place-is-no-body", "Ngày 3/3/2025, UBND TT HĐND tổ chức hội nghị.\n", {},
            absent=["issuer.name"]),
    Example("comrade-then-a-post-then-the-name", "Ngày 3/4/2025, Tỉnh ủy Hà An tổ chức hội nghị. Đồng chí Bí thư Tỉnh ủy "
            "Lê Văn Hải chủ trì hội nghị.\n", {"meeting.chair": "Lê Văn Hải"}),
    Example("comrade-then-a-post-alone", "Ngày 3/4/2025, Tỉnh ủy Hà An tổ chức hội nghị. Đồng chí Bí thư Tỉnh ủy chủ trì "
            "hội nghị.\n", {}, absent=["meeting.chair"]),
    Example("comrade-then-a-deputys-post", "Ngày 3/4/2025, Tỉnh ủy Hà An tổ chức hội nghị do đồng chí Phó Bí thư Thường "
            "trực Tỉnh ủy Lê Văn Hải chủ trì.\n", {"meeting.chair": "Lê Văn Hải"}),
    Example("standing-body-of-a-council-abbreviated", "Sáng 4/8/2025, Thường trực HĐND phường Đông Thành tổ chức phiên "
            "họp thường kỳ.\n", {"issuer.name": "Thường trực HĐND phường Đông Thành", "issuer.level": "commune"}),
    Example("chair-named-after-co", "Sáng 5/3/2024, Tỉnh ủy Bắc Ninh tổ chức hội nghị. Chủ trì hội nghị có đồng chí "
            "Nguyễn Anh Tuấn, Bí thư Tỉnh ủy.\n", {"meeting.chair": "Nguyễn Anh Tuấn", "meeting.date": "2024-03-05"}),
    Example("the-first-of-the-chairs-listed-with-dashes", "Tin tức\n\nCác ông: Nguyễn Văn An - Bí thư Đảng ủy, Chủ tịch "
            "HĐND phường; Trần Văn Bình - Phó Chủ tịch HĐND phường chủ trì kỳ họp.\n\nKỳ họp thứ 4 HĐND phường Bình An "
            "đã thông qua 9 nghị quyết.\n", {"meeting.chair": "Nguyễn Văn An"}),
    Example("chair-by-title-and-family-name", "Ngày 2/4/2024, Bí thư Tỉnh ủy Đỗ Trọng Hưng chủ trì hội nghị.\n",
            {"meeting.chair": "Đỗ Trọng Hưng"}),
    Example("publication-line-with-weekday", "Hội nghị Tỉnh ủy lần thứ 12\nThứ Hai, 20/11/2023 - 18:05\n\nNgày 18/11, Tỉnh "
            "ủy Hà Nam tổ chức Hội nghị lần thứ 12.\n", {"document.kind": "article", "document.date": "2023-11-20",
                                                          "meeting.date": "2023-11-18", "meeting.ordinal": 12}),
    Example("the-earlier-of-two-timestamps-is-the-publication", "Chủ nhật, 10/12/2023, 15:38[GMT+7]\n\nHội nghị Tỉnh "
            "ủy lần thứ 12\n\nThứ 2, 13/11/2023 | 10:01:00\n\nNgày 13/11, Tỉnh ủy tổ chức Hội nghị lần thứ 12.\n", {
                "document.kind": "article", "document.date": "2023-11-13", "meeting.date": "2023-11-13"}),
    Example("the-national-assembly-above-its-grounds-is-no-part-of-the-title", "QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 51/2010/QH12\nHà Nội, ngày 19 tháng 11 năm 2010\n\n"
            "NGHỊ QUYẾT\n\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2011\n\nQUỐC HỘI\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT\nNAM\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n", {
                "document.title": "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2011", "issuer.level": "central"}),
    Example("a-saved-pages-date-label-dates-it", " date 2024-03-09 Đảng ủy xã Hòa Mỹ học tập nghị quyết đại hội\n\n"
            "Sáng 8/3, Đảng ủy xã Hòa Mỹ tổ chức hội nghị học tập nghị quyết đại hội nhiệm kỳ mới.\n", {
                "document.kind": "article", "document.date": "2024-03-09",
                "document.title": "Đảng ủy xã Hòa Mỹ học tập nghị quyết đại hội"}),
    Example("a-saved-pages-month-stamp-on-a-line-of-its-own", " date 2021-05\nMột số chỉ tiêu chủ yếu nhiệm kỳ "
            "2021 - 2026. Thu nhập bình quân đầu người đạt 50 triệu đồng. Phấn đấu đến \n", {
                "document.kind": "article"}),
    Example("a-templates-blank-place-still-dates-it", "ỦY BAN NHÂN DÂN\nXÃ ..........\nSố:    /BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n.........., ngày 12 tháng 5 năm 2019\n"
            "BÁO CÁO\nKết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019\n\nỦy ban nhân dân xã báo cáo như sau.\n", {
                "document.kind": "bao_cao", "document.date": "2019-05-12",
                "document.title": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019"}, absent=["document.place"]),
    Example("a-sharing-sites-title-above-the-letterhead-yields-to-the-type-line-under-the-motto",
            "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2019\nỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 15/BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình An, ngày 20 tháng 12 năm 2019\n"
            "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2019\n\nỦy ban nhân dân xã báo cáo như sau.\n", {
                "document.kind": "bao_cao", "document.title": "Kết quả thực hiện nhiệm vụ năm 2019"}),
    Example("a-sharing-sites-title-above-the-letterhead-is-no-parent-body",
            "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2019\nỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 15/BC-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình An, ngày 20 tháng 12 năm 2019\n"
            "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2019\n\nỦy ban nhân dân xã báo cáo như sau.\n", {
                "issuer.name": "ỦY BAN NHÂN DÂN XÃ BÌNH AN", "issuer.level": "commune"}, absent=["issuer.parent"]),
    Example("a-letterhead-under-a-pages-title-and-stamp-anchored-by-its-place-and-date",
            "Thông báo kết quả hội nghị Ban Chấp hành Hội Nông dân tỉnh Bình An\n• Thứ hai - 15/03/2021 09:12\n"
            "HỘI NÔNG DÂN TỈNH BÌNH AN\nBAN THƯỜNG VỤ\nBình An, ngày 12 tháng 3 năm 2021\nTHÔNG TIN\nKẾT QUẢ HỘI NGHỊ\n\n"
            "Hội nghị Ban Chấp hành Hội Nông dân tỉnh đã được tổ chức vào ngày 10 tháng 3 năm 2021 tại Hội trường "
            "Hội Nông dân tỉnh, với sự tham dự của 35 ủy viên.\n", {
                "document.date": "2021-03-12", "issuer.name": "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH BÌNH AN"}),
    Example("a-pages-headline-above-the-letterhead-the-meeting-is-told-under-the-header",
            "Thông tin kết quả Đại hội đại biểu Hội Nông dân tỉnh Bình An lần thứ IX\n• Thứ hai - 15/03/2021 09:12\n• 215\n"
            "HỘI NÔNG DÂN TỈNH BÌNH AN\nBAN THƯỜNG VỤ\nBình An, ngày 12 tháng 3 năm 2021\nTHÔNG TIN\n"
            "KẾT QUẢ ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN TỈNH LẦN THỨ IX\nNHIỆM KỲ 2021-2026\n_________\n\n"
            "Đại hội đại biểu Hội Nông dân tỉnh Bình An lần thứ IX đã được tổ chức vào ngày 10 tháng 3 năm 2021 tại Hội "
            "trường Hội Nông dân tỉnh.\n", {
                "meeting.date": "2021-03-10", "meeting.location": "Hội trường Hội Nông dân tỉnh"}),
    Example("a-copy-that-opens-on-the-grounds-of-its-own-kind", "Trang thông tin điện tử xã Hòa Phú\n"
            "Thứ ba - 12/03/2024 08:10\nI. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 12/QĐ-UBND ngày 03/01/2024 của UBND "
            "huyện về chuyển đổi số năm 2024;\nII. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức về chuyển đổi số.\n", {
                "document.kind": "ke_hoach"}),
    Example("a-units-portal-names-the-issuer-of-a-copy-without-header", "Trang thông tin điện tử xã Hòa Phúhttps://"
            "hoaphu.example.gov.vn/banner.jpg\nThứ ba - 12/03/2024 08:10\nI. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số "
            "12/QĐ-UBND ngày 03/01/2024 của UBND tỉnh Bình An về chuyển đổi số năm 2024;\nII. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Nâng cao nhận thức về chuyển đổi số.\n", {"issuer.name": "xã Hòa Phú", "issuer.level": "commune"}),
    Example("an-outline-for-propaganda-is-a-type-of-no-listed-kind", "HỘI NÔNG DÂN TỈNH BÌNH AN\nBAN THƯỜNG VỤ\n"
            "Bình An, ngày 12 tháng 3 năm 2021\nĐỀ CƯƠNG TUYÊN TRUYỀN\nKẾT QUẢ ĐẠI HỘI HỘI NÔNG DÂN TỈNH LẦN THỨ IX\n\n"
            "Đại hội đã thành công tốt đẹp.\n", {
                "document.kind": "unknown", "document.title": "KẾT QUẢ ĐẠI HỘI HỘI NÔNG DÂN TỈNH LẦN THỨ IX"}),
    Example("an-open-letter-under-an-issuer-header-is-no-article", "ỦY BAN NHÂN DÂN XÃ HÒA PHÚ\n\n"
            "Hòa Phú, ngày 4 tháng 1 năm 2022\n\nTHƯ NGỎ\n\nVận động ủng hộ quỹ khuyến học\n\n"
            "Ủy ban nhân dân xã kêu gọi nhân dân ủng hộ quỹ khuyến học của xã.\n\nXin trân trọng cảm ơn!\n\n"
            "KÍNH THƯ\n\nCHỦ TỊCH UBND XÃ\n\nLê Văn Tâm\n", {
                "document.kind": "unknown", "document.title": "Vận động ủng hộ quỹ khuyến học"}),
    Example("a-letter-with-an-issuer-header-and-a-signed-close-is-no-article", "ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\n\n"
            "THƯ KÊU GỌI\n\nChung tay giúp đồng bào vùng lũ\n\nỦy ban nhân dân xã kêu gọi các tổ chức, cá nhân chung "
            "tay giúp đỡ đồng bào bị thiệt hại.\n\nXin trân trọng cảm ơn!\n\nCHỦ TỊCH\n\nLê Văn Tâm\n", {
                "document.kind": "unknown"}),
    Example("a-working-rules-title-is-read-under-its-type-line", "ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\n"
            "QUY CHẾ\nLÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ HÒA PHÚ\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 2/3/2021)\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n", {
                "document.kind": "unknown", "document.title": "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ HÒA PHÚ"}),
    Example("a-page-of-a-terms-targets-gives-the-term", "CHUYÊN MỤC\n\nCác chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)\n"
            "- Về kinh tế:\n(1) Thu nhập bình quân đầu người đến năm 2025: 40 triệu đồng/năm.\n"
            "(2) Tỷ lệ lao động qua đào tạo: trên 30%.\n", {"meeting.tenure": {"start": 2020, "end": 2025}}),
    Example("a-page-that-turns-to-the-term-beginning-gives-it", "Đoàn phường Hòa An đặt nhiều mục tiêu mới\n\n"
            "Trong nhiệm kỳ 2022 - 2025, công tác Đoàn đạt nhiều kết quả nổi bật.\n\nBước vào nhiệm kỳ 2025 - 2030, với "
            "khẩu hiệu “Đoàn kết - Phát triển”, tuổi trẻ phường Hòa An tiếp tục đổi mới phương thức hoạt động.\n", {
                "document.kind": "article", "meeting.tenure": {"start": 2025, "end": 2030}}),
    Example("a-headlines-trailing-timestamp-dates-it", "HĐND tỉnh thông qua 31 Nghị quyết về đời sống 16/12/2025 17:31"
            "\n\n(PLO)- HĐND tỉnh đã thông qua 31 Nghị quyết, có ý nghĩa quan trọng với đời sống của người dân.\n", {
                "document.kind": "article", "document.date": "2025-12-16"}),
    Example("press-report-of-a-district-plenum",
            "Huyện ủy Thủy Nguyên tổng kết năm 2023\n29/12/2023 08:15\n\nChiều 28/12, Ban Chấp hành Đảng bộ huyện Thủy Nguyên "
            "khóa XXV tổ chức Hội nghị lần thứ 15 (mở rộng) tại Hội trường Trung tâm Chính trị huyện. Đồng chí Phạm Văn Mịch, "
            "Ủy viên Ban Thường vụ Thành ủy, Bí thư Huyện ủy chủ trì hội nghị.\n", {
                "document.kind": "article", "document.date": "2023-12-29",
                "document.title": "Huyện ủy Thủy Nguyên tổng kết năm 2023",
                "issuer.name": "Ban Chấp hành Đảng bộ huyện Thủy Nguyên", "issuer.level": "district",
                "meeting.ordinal": 15, "meeting.term": 25, "meeting.date": "2023-12-28",
                "meeting.location": "Hội trường Trung tâm Chính trị huyện", "meeting.chair": "Phạm Văn Mịch"}),
    Example("event-motto-is-not-a-theme", "Đại hội Đoàn toàn quốc lần thứ XII với chủ đề “Tuổi trẻ Việt Nam tiên phong”.\n",
            {}, absent=["themes.0"]),
    Example("layout-words-without-tone-marks", "KET LUAN\nHOI NGHI THANH UY LAN THU BAY, KHOA XVI\n\nBan Chap hanh Dang bo "
            "thanh pho khoa XVI, nhiem ky 2020-2025 to chuc Hoi nghi lan thu bay vao ngay 11/10/2021. Dong chi Tran Van A chu "
            "tri.\n", {"document.kind": "ket_luan", "issuer.name": "THANH UY", "issuer.level": "province",
                        "meeting.ordinal": 7, "meeting.term": 16, "meeting.tenure.start": 2020,
                        "meeting.date": "2021-10-11", "meeting.chair": "Tran Van A"}),
    Example("header-without-tone-marks", "QUAN UY LE CHAN\n*\nSo 05-NQ/QU\nLe Chan, ngay 15 thang 12 nam 2023\n\nNGHI QUYET\n"
            "ve nhiem vu nam 2024\n", {"document.number": "05-NQ/QU", "document.date": "2023-12-15",
                                       "document.place": "Le Chan", "document.year": 2024, "issuer.level": "district"}),
    Example("chair-before-chu-tri", "Ngày 19/7/2023, Tỉnh ủy Nam Định tổ chức hội nghị. Đồng chí Nguyễn Văn A, Ủy viên "
            "Trung ương Đảng, Bí thư Tỉnh ủy chủ trì.\n", {"meeting.chair": "Nguyễn Văn A", "issuer.name": "Tỉnh ủy Nam Định"}),
    Example("chair-after-chu-tri-cua", "Hội nghị diễn ra dưới sự chủ trì của đồng chí Trần Thị Bình, Bí thư Huyện ủy.\n",
            {"meeting.chair": "Trần Thị Bình"}),
    Example("theme-quoted-with-year", "Chủ đề năm 2022: “Đẩy mạnh chuyển đổi số”.\n",
            {"themes.0.year": 2022, "themes.0.text": "Đẩy mạnh chuyển đổi số"}),
    Example("theme-markdown-emphasis", "1. Chủ đề năm 2022: *\"Đẩy mạnh chỉnh trang đô thị\"*\n",
            {"themes.0.text": "Đẩy mạnh chỉnh trang đô thị"}),
    Example("theme-quoted-over-two-lines", "Chủ đề Đại hội: “Xây dựng Đảng bộ Hòa Lâm trong sạch, vững mạnh;\n"
            "phát huy sức mạnh đoàn kết”.\n",
            {"themes.0.text": "Xây dựng Đảng bộ Hòa Lâm trong sạch, vững mạnh; phát huy sức mạnh đoàn kết"}),
    Example("theme-quote-never-runs-over-a-blank-line", "Chủ đề năm 2024: “Đẩy mạnh chuyển đổi số;\n\nnâng cao”.\n",
            {}, absent=["themes.0"]),
    Example("theme-unquoted-after-colon", "Chủ đề năm 2023: Năm kỷ cương hành chính\n",
            {"themes.0.year": 2023, "themes.0.text": "Năm kỷ cương hành chính"}),
    Example("theme-year-from-document", "KẾT LUẬN\nHỘI NGHỊ TỈNH ỦY LẦN THỨ 5\n\nHội nghị lần thứ 5 họp ngày 11/10/2021. "
            "Thực hiện chủ đề năm của tỉnh \"Năm đô thị văn minh\".\n", {"themes.0.year": 2021}),
    Example("plan-year-from-what-the-text-plans", "KẾT LUẬN\nHỘI NGHỊ TỈNH ỦY LẦN THỨ 10\n\nHội nghị lần thứ 10 họp ngày "
            "20/12/2022 bàn các chỉ tiêu năm 2023. Thống nhất nhiệm vụ, giải pháp năm 2023; tổng kết năm 2022.\n",
            {"document.year": 2023, "meeting.date": "2022-12-20"}),
    Example("plan-year-of-an-emulation-movement-in-an-articles-lead", "(baotinh.vn) – UBND tỉnh phát động phong trào "
            "thi đua năm 2026 nhằm thực hiện nhiệm vụ phát triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh, xây "
            "dựng hệ thống chính trị của tỉnh.\n\nUBND tỉnh đặt ra 15 chỉ tiêu chủ yếu. "
            "Cụ thể, tỷ lệ che phủ rừng đạt 63%; chỉ số cải cách hành chính tăng 05 bậc so với năm 2025.\n",
            {"document.year": 2026}),
    Example("theme-without-year", "tiếp tục thực hiện chủ đề “Tăng cường kỷ cương thu chi ngân sách”;\n",
            {"themes.0.text": "Tăng cường kỷ cương thu chi ngân sách"}, absent=["themes.0.year"]),
    Example("theme-of-the-plan-the-clause-names", "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2026 "
            "với chủ đề “Tăng cường kỷ cương, đột phá phát triển”, trong đó xác định lĩnh vực đột phá.\n",
            {"themes.0.year": 2026, "themes.0.text": "Tăng cường kỷ cương, đột phá phát triển"}),
    Example("theme-of-the-targets-the-rest-of-the-clause-names", "Với chủ đề “Kỷ cương - Hành động - Phát triển”, "
            "huyện Hòa Lâm đề ra 20 chỉ tiêu về kinh tế - xã hội năm 2025.\n",
            {"themes.0.year": 2025, "themes.0.text": "Kỷ cương - Hành động - Phát triển"}),
    Example("a-horizon-after-a-theme-is-not-its-year", "Với chủ đề “Đoàn kết - Đổi mới”, huyện Hòa Lâm phấn đấu "
            "đến năm 2030 trở thành thị xã.\n", {"themes.0.text": "Đoàn kết - Đổi mới"}, absent=["themes.0.year"]),
    Example("the-centres-theme-a-province-takes-up-is-not-its-own", "UBND TỈNH A\n\nQuán triệt chủ đề điều hành "
            "của Chính phủ: “Kỷ cương trách nhiệm, tăng tốc bứt phá”, tỉnh phấn đấu tăng trưởng kinh tế đạt 8%.\n",
            {}, absent=["themes.0"]),
    Example("the-centres-theme-in-a-government-resolution", "CHÍNH PHỦ\nSố: 01/NQ-CP\n\nNGHỊ QUYẾT\nVề nhiệm vụ năm "
            "2026\n\nChính phủ quyết nghị: thực hiện chủ đề năm 2026 của Chính phủ: “Kỷ cương, bứt phá”.\n",
            {"themes.0.text": "Kỷ cương, bứt phá"}),
    Example("topic-list-is-not-a-theme", "về chủ đề, chỉ tiêu, nhiệm vụ, giải pháp năm 2022 \"x\"\n", {},
            absent=["themes.0"]),
    Example("references-party-and-state", "Thực hiện Nghị quyết số 01-NQ/TU, ngày 01/12/2020 của Thành ủy và Quyết định "
            "số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ; Nghị quyết số 1210/2016/UBTVQH13, ngày 25/5/2016; "
            "Nghị quyết số 30-NQ/TW, ngày 23-11-2022 của Bộ Chính trị; Nghị quyết số 19-NQ/TƯ.\n", {
                "references.0.number": "01-NQ/TU", "references.0.date": "2020-12-01", "references.0.issuer": "Thành ủy",
                "references.1.number": "22/2013/QĐ-TTg", "references.1.date": "2013-04-26",
                "references.1.kind": "quyet_dinh", "references.2.number": "1210/2016/UBTVQH13",
                "references.3.date": "2022-11-23", "references.3.issuer": "Bộ Chính trị",
                "references.4.normalized": "19-NQ/TW"}),
    Example("periods-and-counts-are-not-references", "giai đoạn 2021-2025, đạt 5/20 chỉ tiêu, ngày 01-02\n", {},
            absent=["references.0"]),
    Example("recipients-and-signature", "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo),\n- Các huyện ủy,\n- Lưu VPTU.\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n(Đã ký)\n\nLê Văn Cường\n", {
                "recipients.0.name": "Ban Thường vụ Tỉnh ủy", "recipients.0.purpose": "để báo cáo",
                "recipients.1.name": "Các huyện ủy", "recipients.2.name": "VPTU", "recipients.2.archive": True,
                "signature.authority": "T/M", "signature.on_behalf_of": "BAN THƯỜNG VỤ",
                "signature.title": "PHÓ BÍ THƯ", "signature.signer": "Lê Văn Cường"}),
    Example("wrapped-recipient-and-placeholder-signer", "Nơi nhận:\n- Các Ban Đảng, các đơn vị sự nghiệp trực thuộc Tỉnh\n"
            "ủy,\n- Lưu VPTU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n[Họ và tên Bí thư Tỉnh ủy]\n", {
                "recipients.0.name": "Các Ban Đảng, các đơn vị sự nghiệp trực thuộc Tỉnh ủy",
                "recipients.1.archive": True, "signature.title": "BÍ THƯ"}, absent=["signature.signer"]),
    Example("state-signature", "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Nguyễn Văn Dũng\n", {"recipients.1.name": "VT, TH", "recipients.1.archive": True,
                                  "signature.authority": "TM.", "signature.on_behalf_of": "ỦY BAN NHÂN DÂN",
                                  "signature.signer": "Nguyễn Văn Dũng"}),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_fields(ex: Example) -> None:
    out = extract_text(ex.text).model_dump()
    for path, want in ex.expect.items():
        assert get(out, path) == want, path
    for path in ex.absent:
        assert get(out, path) in (None, [], {}), path


BUNDLE = """TỈNH ỦY NAM ĐỊNH
*
Số 10-KH/TU
KẾ HOẠCH
về công tác cán bộ

Thực hiện Nghị quyết số 01-NQ/TU, ngày 02/01/2024.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu VPTU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn A

TỈNH ỦY NAM ĐỊNH
*
Số 11-QĐ/TU
QUYẾT ĐỊNH
về tổ chức bộ máy

Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021.

Nơi nhận:
- Các huyện ủy,
- Lưu VPTU.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Trần Thị B
"""


def test_a_bundle_of_documents_reads_as_its_first() -> None:
    res = extract_text(BUNDLE)
    assert (res.document.kind, res.document.number) == ("ke_hoach", "10-KH/TU")
    assert (res.signature.title, res.signature.signer) == ("BÍ THƯ", "Nguyễn Văn A")
    assert [r.name for r in res.recipients] == ["Ban Thường vụ Tỉnh ủy", "VPTU"]
    assert [r.number for r in res.references] == ["01-NQ/TU"]
    assert res.warnings[0].code == "bundle"


def test_an_appendix_after_the_signature_is_not_a_second_document() -> None:
    text = BUNDLE.split("\n\nTỈNH ỦY NAM ĐỊNH\n*\nSố 11")[0] + "\n\nPHỤ LỤC\nCHỈ TIÊU NĂM 2024\n(1) Kết nạp 100 đảng viên.\n"
    res = extract_text(text)
    assert not [w for w in res.warnings if w.code == "bundle"]


COUNCIL_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 45/NQ-HĐND
NGHỊ QUYẾT
Về nhiệm vụ năm 2023
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
KHÓA XVI, KỲ HỌP THỨ 10
Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT NGHỊ:
Điều 1. Các chỉ tiêu chủ yếu năm 2023
1. Tốc độ tăng trưởng GRDP đạt 12,5%.
2. Kim ngạch xuất khẩu đạt 30 tỷ USD.
Điều 2. Tổ chức thực hiện
1. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân thành phố giám sát việc thực hiện Nghị quyết.
"""


def test_a_council_resolution_reads_articles_clauses_and_session() -> None:
    res = extract_text(COUNCIL_RESOLUTION)
    assert (res.meeting.ordinal, res.meeting.term) == (10, 16)
    assert [(i.number, i.group, i.targets[0].value, i.targets[0].unit) for i in res.indicators] == [
        (1, "Các chỉ tiêu chủ yếu năm 2023", 12.5, "%"), (2, "Các chỉ tiêu chủ yếu năm 2023", 30, "tỷ USD")]
    assert res.assignments[0].bodies == ["Thường trực Hội đồng nhân dân", "các Ban Hội đồng nhân dân",
                                         "đại biểu Hội đồng nhân dân thành phố"]


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("Kinh tế tỉnh tăng trưởng 8% trong năm 2024\n\nSáng 20/12, Hội đồng nhân dân tỉnh khai mạc kỳ họp "
                 "thứ 22 để xem xét các báo cáo về tình hình kinh tế - xã hội năm 2024 và kế hoạch năm 2025 của tỉnh.\n",
                 "Kinh tế tỉnh tăng trưởng 8% trong năm 2024", id="headline-above-the-lead"),
    pytest.param("Đảng bộ huyện đang rà soát từng chỉ tiêu, tiêu chí huyện nông thôn mới nâng cao giai đoạn 2021 - 2025, "
                 "nhằm xác định khó khăn và đề xuất các giải pháp để hoàn thành mục tiêu trong năm 2025 như kế hoạch.\n\n"
                 "Nhận diện khó khăn, thách thức\n\nÔng Trưởng phòng cho biết huyện đã đạt 5/9 tiêu chí.\n",
                 None, id="a-subheading-below-the-lead-is-no-headline"),
    pytest.param("Ngày 17/2, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 32-CT/TU về chuyển đổi số.\n\n"
                 "• Chương trình đề ra mục tiêu gì cho tỉnh trong giai đoạn tới?\n- Mục tiêu là ...\n",
                 None, id="an-interview-question-is-no-headline"),
    pytest.param("HOTLINE: 0903.343.439 - ĐẶT MUA BÁO\nVùng miền\n\nTỉnh họp báo cung cấp thông tin về sự kiện quan "
                 "trọng\n\nSáng 20/12, Ban Tuyên giáo Tỉnh ủy đã cung cấp nhiều thông tin về sự kiện quan trọng sắp diễn "
                 "ra tại địa phương trong tháng tới.\n", "Tỉnh họp báo cung cấp thông tin về sự kiện quan trọng",
                 id="a-sites-hotline-and-section-over-the-headline"),
    pytest.param(".\n.\n\nHuyện phấn đấu năm 2021 có thêm 6 xã đạt chuẩn nông thôn mới\n\nSáng 6/12, Ban Chấp hành "
                 "Đảng bộ huyện tổ chức hội nghị lần thứ ba để tổng kết các mặt công tác năm 2020.\n",
                 "Huyện phấn đấu năm 2021 có thêm 6 xã đạt chuẩn nông thôn mới", id="stray-marks-over-the-headline"),
    pytest.param("Chính trị - Xã hội Theo dòng thời sự\n\n04/03/2021 - 11:39\n\nHuyện phấn đấu giảm tỷ lệ hộ nghèo còn "
                 "3%/năm\n\nTTH.VN - Đó là một trong những chỉ tiêu chủ yếu được thông tin tại Hội nghị Huyện ủy lần thứ "
                 "tư, diễn ra ngày 4/3.\n", "Huyện phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm",
                 id="a-sites-section-above-the-headline-and-its-timestamp"),
    pytest.param("CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025\nI. Về kinh tế (11 chỉ tiêu)\n1. Tốc độ tăng giá trị sản "
                 "xuất bình quân hằng năm đạt 16%.\n2. Thu nhập bình quân đầu người đến năm 2025: 60 triệu đồng.\n",
                 "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025", id="a-numbered-section-of-a-list-is-no-headline"),
    pytest.param("Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng.\n\nSáng ngày 23/01/2024, tại Hội "
                 "trường UBND tỉnh, HĐND tỉnh khóa X tổ chức Kỳ họp thứ 20 thông qua một số nội dung theo thẩm quyền.\n",
                 "Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng", id="a-headline-ending-in-a-stop"),
    pytest.param("HĐND tỉnh thông qua 31 Nghị quyết về đời sống người dân 16/12/2025 17:31\n\n(PLO)- HĐND tỉnh đã thông "
                 "qua 31 Nghị quyết, có ý nghĩa quan trọng, tác động đến nhiều mặt của đời sống xã hội của tỉnh.\n",
                 "HĐND tỉnh thông qua 31 Nghị quyết về đời sống người dân", id="a-headline-with-its-timestamp-after-it"),
    pytest.param("Đại hội đại biểu Hội Nông dân tỉnh Bình An lần thứ IX\nToàn cảnh Đại hội. |\nĐại hội diễn ra trong "
                 "2 ngày, với sự tham dự của 250 đại biểu chính thức đại diện cho hội viên toàn tỉnh.\n",
                 "Đại hội đại biểu Hội Nông dân tỉnh Bình An lần thứ IX", id="a-caption-in-an-image-table-is-no-headline"),
    pytest.param("Thứ hai 04/09/2023 10:15\n\nĐồng chí Lê Văn Tâm tái đắc cử Chủ tịch Hội Nông dân tỉnh\n\nĐại hội Hội "
                 "Nông dân tỉnh Bình An - MINH KHOA\n\nSáng 2/9, Đại hội Hội Nông dân tỉnh Bình An lần thứ IX khai mạc "
                 "tại hội trường tỉnh với 250 đại biểu chính thức.\n",
                 "Đồng chí Lê Văn Tâm tái đắc cử Chủ tịch Hội Nông dân tỉnh", id="a-caption-credited-to-its-photographer"),
    pytest.param("Hòa Lâm nâng chỉ tiêu trồng rừng gỗ lớn trong năm tới\n\nVườn ươm cây giống của hợp tác xã ở xã Hòa "
                 "Lâm\n\nChiều 5/3, hội nghị Huyện ủy đã thống nhất nâng chỉ tiêu trồng rừng gỗ lớn của huyện trong năm "
                 "tới lên 400 ha.\n", "Hòa Lâm nâng chỉ tiêu trồng rừng gỗ lớn trong năm tới",
                 id="the-headline-its-lead-says-again-over-a-photos-caption"),
    pytest.param("Xã An Phú vượt 12 chỉ tiêu năm 2024 (BTN) - Sáng 10/12, Đảng ủy xã An Phú tổ chức hội nghị lần thứ 15 "
                 "đánh giá kết quả thực hiện nghị quyết năm 2024 và đề ra phương hướng, nhiệm vụ năm 2025, thống nhất "
                 "nhiều nội dung về phát triển kinh tế, xã hội và xây dựng Đảng.\n\nNăm 2024, xã hoàn thành 12 chỉ tiêu.\n",
                 "Xã An Phú vượt 12 chỉ tiêu năm 2024", id="a-headline-run-into-its-lead-before-the-papers-mark"),
    pytest.param("Đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.\n\nNăm 2024, tổng sản lượng lương "
                 "thực có hạt của huyện ước đạt hơn 21 nghìn tấn, đạt 98,6% kế hoạch. Toàn huyện trồng mới được 1.292 ha "
                 "rừng.\n", None, id="a-photos-caption-ending-in-a-stop-is-no-headline"),
])
def test_an_articles_headline_stands_above_its_lead(text: str, title: str | None) -> None:
    res = extract_text(text)
    assert res.document.kind == "article" and res.document.title == title


def test_a_date_cited_in_the_title_gives_no_plan_year() -> None:
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 37/2025/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Huế, ngày 18 tháng 11 năm 2025\n\nNGHỊ QUYẾT\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH BAN HÀNH THEO NGHỊ QUYẾT SỐ "
            "20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023\n\nNghị quyết này được Hội đồng nhân dân thành phố Huế khóa VIII, "
            "Kỳ họp chuyên đề lần thứ 28 thông qua ngày 18 tháng 11 năm 2025.\n")
    res = extract_text(text)
    assert res.document.year == 2025
    assert (res.meeting.ordinal, res.meeting.term) == (28, 8)


def test_a_copy_that_lost_its_heading_takes_the_title_its_preamble_gives_itself() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 54/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Bình An, ngày 27 tháng 3 năm 2020\n\nThực hiện Quyết định số 12/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính "
            "phủ ban hành Chương trình “Chăm sóc 1.000 ngày đầu đời”, UBND tỉnh xây dựng Kế hoạch hành động thực hiện "
            "Chương trình “Chăm sóc 1.000 ngày đầu đời” đến năm 2025 như sau:\n\n1. Mục tiêu chung\n\nCải thiện dinh "
            "dưỡng của trẻ em.\n")
    doc = extract_text(text).document
    assert doc.kind == "ke_hoach"
    assert doc.title == "Kế hoạch hành động thực hiện Chương trình “Chăm sóc 1.000 ngày đầu đời” đến năm 2025"


@pytest.mark.parametrize(("title", "year"), [
    ("VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024 THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO GIAI ĐOẠN I: TỪ NĂM 2021 ĐẾN NĂM 2025", 2024),
    ("VỀ NHIỆM VỤ NĂM 2026 THỰC HIỆN ĐỀ ÁN CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045", 2026),
    ("VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026 - 2030", 2026),
    ("VỀ ĐỀ ÁN PHÁT TRIỂN NÔNG NGHIỆP XANH ĐẾN NĂM 2025, TẦM NHÌN ĐẾN NĂM 2030", 2025),
    ("VỀ PHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2021 - 2025, TẦM NHÌN ĐẾN NĂM 2030", 2025),
], ids=["a-plan-year-before-a-period-from-to", "a-plan-year-before-a-horizon", "a-period-alone-keeps-its-first-year",
        "a-plan-end-year-before-a-vision", "a-period-end-before-a-vision"])
def test_a_year_that_bounds_a_period_in_the_title_yields_to_the_plan_year(title: str, year: int) -> None:
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH AN\nSố: 78/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Bình An, ngày 07 tháng 12 năm 2023\n\nNGHỊ QUYẾT\n{title}\n\nHỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN\n")
    assert extract_text(text).document.year == year


EMBEDDED = ("Đề cương tuyên truyền kết quả Đại hội Hội Nông dân tỉnh {place} lần thứ X, nhiệm kỳ 2023 - 2028\n\n"
            "  •   Thứ hai - 10/7/2023 09:15\n  •   215\n\nHỘI NÔNG DÂN {caps}\nBAN THƯỜNG VỤ\n{place}, ngày 5 tháng 7 "
            "năm 2023\n\nĐỀ CƯƠNG TUYÊN TRUYỀN\nKẾT QUẢ ĐẠI HỘI HỘI NÔNG DÂN TỈNH LẦN THỨ X\n\nĐại hội Hội Nông dân "
            "tỉnh {place} lần thứ X được tổ chức vào ngày 3 tháng 7 năm 2023 tại Hội trường tỉnh.\n")


def test_a_page_carrying_a_document_reads_its_header_under_the_chrome() -> None:
    issuer = extract_text(EMBEDDED.format(place="Hà An", caps="HÀ AN")).issuer
    assert issuer.name == "BAN THƯỜNG VỤ HỘI NÔNG DÂN HÀ AN"


def test_a_body_named_by_its_province_alone_is_the_provinces() -> None:
    issuer = extract_text(EMBEDDED.format(place="Lạng Sơn", caps="LẠNG SƠN")).issuer
    assert issuer.name == "BAN THƯỜNG VỤ HỘI NÔNG DÂN LẠNG SƠN"
    assert issuer.level == "province"


def test_a_page_with_no_body_is_its_sites_unit() -> None:
    text = ("Trang thông tin điện tử xã Tân Lợihttps://tanloi.example.vn/banner.jpg\nThứ hai - 11/11/2024 04:09\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức về chuyển đổi số của người dân trên địa bàn tỉnh Lạng Sơn.\n")
    issuer = extract_text(text).issuer
    assert (issuer.name, issuer.level) == ("xã Tân Lợi", "commune")


@pytest.mark.parametrize(("targets", "level"), [
    ("1. Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025: 50% (6 xã).\n2. Thu nhập bình quân: 60 triệu đồng.\n", "district"),
    ("1. Số thôn đạt chuẩn nông thôn mới: 05/08 thôn.\n2. Tỷ lệ hộ nghèo giảm 2%/năm.\n", "commune"),
    ("1. Có 3 huyện đạt chuẩn nông thôn mới.\n2. Có 40 xã đạt chuẩn nông thôn mới nâng cao.\n", "province"),
])
def test_a_text_naming_no_body_has_the_level_of_the_units_it_counts(targets: str, level: str) -> None:
    issuer = extract_text("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030\n" + targets).issuer
    assert issuer.name is None
    assert issuer.level == level


@pytest.mark.parametrize(("text", "kind"), [
    ("Thông báo lịch nghỉ Tết của Ủy ban nhân dân huyện\n\nThực hiện Thông báo số 12/TB-UBND ngày 02/01/2023 của "
     "UBND tỉnh, Ủy ban nhân dân huyện thông báo lịch nghỉ Tết như sau:\n\n1. Các cơ quan nghỉ từ ngày 20/01/2023.\n",
     "thong_bao"),
    ("Thông báo lịch nghỉ Tết gây tranh cãi\n\nNhiều người dân cho rằng lịch nghỉ năm nay quá ngắn, theo phóng viên "
     "ghi nhận tại chợ.\n", "article"),
], ids=["a-body-speaking-with-the-headlines-type-word", "a-report-headlined-with-the-word"])
def test_a_page_headlined_by_a_type_word_whose_body_speaks_with_it(text: str, kind: str) -> None:
    assert extract_text(text).document.kind == kind


def test_a_portal_copy_takes_its_number_and_day_from_its_source_line() -> None:
    text = ("Thông báo về việc nghỉ lễ Quốc khánh\n\nThực hiện Thông báo số 40/TB-UBND ngày 20/8/2022 của UBND tỉnh, "
            "UBND huyện thông báo lịch nghỉ lễ như sau:\n\nCán bộ, công chức nghỉ 02 ngày.\n\n"
            "(Nguồn: Thông báo số 95/TB-UBND ngày 25/8/2022)\n")
    doc = extract_text(text).document
    assert (doc.kind, doc.number, doc.date) == ("thong_bao", "95/TB-UBND", "2022-08-25")


def test_a_page_headed_by_a_letters_number_and_subject_gives_that_letter() -> None:
    text = ("CV 412/UBND-KT V/v Tăng cường phòng chống rét cho vật nuôi\n\nUBND huyện Tân Lạc có công văn CV "
            "412/UBND-KT về tăng cường phòng chống rét cho vật nuôi.\n\nTrước tình hình rét đậm, UBND huyện chỉ đạo như sau:\n")
    doc = extract_text(text).document
    assert (doc.kind, doc.number, doc.title) == ("cong_van", "412/UBND-KT",
                                                 "V/v Tăng cường phòng chống rét cho vật nuôi")


def test_a_page_that_announces_a_document_then_gives_its_text_is_that_document() -> None:
    text = ("Ngày 12/5, Ban Thường vụ Huyện ủy Tân Lạc đã ban hành Chỉ thị số 08 về việc tăng cường công tác phòng, "
            "chống cháy rừng mùa khô.\nNội dung Chỉ thị như sau:\nTrong những năm qua, công tác phòng cháy rừng được "
            "quan tâm.\n")
    doc = extract_text(text).document
    assert (doc.kind, doc.number, doc.title) == (
        "chi_thi", "08", "về việc tăng cường công tác phòng, chống cháy rừng mùa khô")


def test_a_sites_list_of_related_documents_above_the_letterhead_is_no_header() -> None:
    doc = extract_text("- Quyết định 12 năm 2020 về việc ban hành quy chế làm việc\n"
                       "- Nghị quyết 05 năm 2019 về phát triển du lịch\n\n"
                       "ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\n\nKẾ HOẠCH\nPhát triển chợ phiên năm 2026\n\n"
                       "Ủy ban nhân dân huyện ban hành kế hoạch như sau.\n").document
    assert (doc.kind, doc.number, doc.title) == ("ke_hoach", None, "Phát triển chợ phiên năm 2026")


@pytest.mark.parametrize("letter", ["THƯ KÊU GỌI", "THƯ CHÚC MỪNG", "THƯ CẢM ƠN"])
def test_a_letter_under_a_committees_header_is_no_press_article(letter: str) -> None:
    # a letter the committee signs: a type line of its own (the contract has no kind for it)
    text = f"TỈNH ỦY A\n\n{letter}\nNhân dịp Xuân mới 2025\n\nThân gửi đồng bào và chiến sĩ trong tỉnh.\n"
    assert extract_text(text).document.kind == "unknown"


def test_a_link_to_another_story_between_a_press_pages_paragraphs_names_no_issuer() -> None:
    text = ("Hòa An: Phấn đấu Quỹ “Vì người nghèo” đạt 6 tỷ đồng\n\nBan vận động Quỹ tỉnh Hòa An vừa triển khai kế "
            "hoạch vận động năm 2026.\n\nLâm Hà: Ủy ban MTTQ Việt Nam huyện Đông Sơn trao 49 nhà Đại đoàn kết cho "
            "hộ nghèo\n\nTheo đó, chỉ tiêu toàn tỉnh phấn đấu đạt 6 tỷ đồng.\n")
    issuer = extract_text(text).issuer
    assert issuer.name is None or "Đông Sơn" not in issuer.name
    assert issuer.level != "district"
