"""The meeting of press reports and of the notices that sum meetings up."""

from __future__ import annotations

from typing import Any

import pytest

from nqparse import extract_text
from nqparse.extractors.issuer import level_of

COUNCIL_SESSION = """Khai mạc Kỳ họp thứ 22 HĐND tỉnh khóa XIII

Thứ Sáu, 21/03/2025 09:30

Sáng 21/3, tại Trung tâm Hội nghị tỉnh, HĐND tỉnh khóa XIII, nhiệm kỳ 2021 - 2026 tiến hành Kỳ họp thứ 22 để xem xét một số nội dung quan trọng. Chủ tọa kỳ họp có Chủ tịch HĐND tỉnh Trần Văn Bình và các Phó Chủ tịch HĐND tỉnh.
"""

CONGRESS = """Thành phố thông qua 26 chỉ tiêu phát triển giai đoạn 2020-2025

Đại hội đại biểu Đảng bộ thành phố thông qua 26 chỉ tiêu chủ yếu trong nhiệm kỳ 2020-2025.

Theo Chủ tịch UBND thành phố, sự phục hồi tăng trưởng phụ thuộc vào kinh tế thế giới.

Ngày 17/10, tại ngày làm việc thứ 3 Đại hội đại biểu Đảng bộ thành phố lần thứ XI, các đại biểu biểu quyết thông qua chỉ tiêu.
"""

CONFERENCE_RECALLS_CONGRESS = """Hội nghị cán bộ chủ chốt thành phố

Thứ Bảy, 26/01/2019 16:27

Ngày 15/1, Ban Thường vụ Thành ủy tổ chức hội nghị cán bộ chủ chốt.

Thu ngân sách vượt kế hoạch trước 3 năm chỉ tiêu mà Đại hội Đảng bộ thành phố lần thứ 15 giao cho năm 2020.
"""

CONCLUSION_NOTICE = """UBND TỈNH YÊN BÁI
VĂN PHÒNG
Số: 12/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 20 tháng 6 năm 2026
THÔNG BÁO
Kết luận của đồng chí Lê Văn Nam - Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp
về các cụm công nghiệp
_
Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp về các cụm công nghiệp.
I. ĐÁNH GIÁ CHUNG
Tiến độ còn chậm.
"""

PLAN_WITH_A_PLACE = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 5/KH-UBND
KẾ HOẠCH
Phòng, chống ma túy
I. NHIỆM VỤ
Căn cứ tình hình thực tế của tỉnh Lâm Đồng, Sở Tài chính chủ trì, phối hợp các sở bố trí kinh phí.
"""

SESSION_WITHOUT_THỨ = """Kinh tế thành phố sẽ bật lên mạnh mẽ trong năm 2021

Chủ tịch UBND thành phố đã nhận định như trên khi báo cáo tại kỳ họp 23 HĐND thành phố khoá IX, vào ngày 8/12.
"""

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("press-writes-a-session-without-thứ", SESSION_WITHOUT_THỨ, {"ordinal": 23, "term": 9}),
    ("council-session-has-its-councils-term", COUNCIL_SESSION,
     {"ordinal": 22, "term": 13, "tenure": (2021, 2026), "date": "2025-03-21", "chair": "Trần Văn Bình"}),
    ("congress-reported-with-its-tenure", CONGRESS,
     {"ordinal": 11, "tenure": (2020, 2025), "date": "2020-10-17"}),
    ("conference-recalling-a-congress", CONFERENCE_RECALLS_CONGRESS, {"ordinal": None, "date": "2019-01-15"}),
    ("notice-of-conclusions-names-its-chair", CONCLUSION_NOTICE, {"chair": "Lê Văn Nam", "date": "2026-06-19"}),
    ("place-name-is-no-chair", PLAN_WITH_A_PLACE, {"chair": None}),
    ("co-chairs-listed-after-a-colon-give-the-first",
     "Chiều 12/5/2022, kỳ họp thứ 3 HĐND tỉnh khóa X khai mạc. Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Minh, "
     "các Phó Chủ tịch HĐND tỉnh: Lê Thị Hoa, Phạm Văn Nam chủ tọa kỳ họp.\n", {"chair": "Trần Văn Minh"}),
    ("a-dotted-central-committee-ends-no-sentence",
     "Chiều ngày 6/8/2024, đồng chí Trần Thị Hoa, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy.\n",
     {"chair": "Trần Thị Hoa", "date": "2024-08-06"}),
    ("the-head-who-concluded-the-meeting-named-without-dong-chi",
     "Sau khi nghe các sở báo cáo, Chủ tịch UBND tỉnh Lê Văn Hòa đã có kết luận về cuộc họp như sau:\n",
     {"chair": "Lê Văn Hòa"}),
    ("chairs-title-written-after-the-name",
     "Ngày 07/11/2025, đồng chí Lê Minh Tâm Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh đã chủ trì buổi làm việc.\n",
     {"chair": "Lê Minh Tâm", "date": "2025-11-07"}),
    ("chairs-title-in-the-same-capitals",
     "Sáng 12/4, đồng chí Đỗ Văn Hòa Phó Chủ tịch UBND tỉnh chủ trì hội nghị sơ kết.\n", {"chair": "Đỗ Văn Hòa"}),
    ("a-tenure-spelled-nhiem-ki",
     "Ngày 26/12/2022, HĐND xã An Bình khóa XX, nhiệm kì 2021-2026 đã tổ chức kỳ họp thứ 6.\n",
     {"ordinal": 6, "term": 20, "tenure": (2021, 2026)}),
    ("a-councils-tenure-written-before-its-session",
     "Ngày 16/12/2024, HĐND huyện Tân An nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 17.\n",
     {"ordinal": 17, "tenure": (2021, 2026), "term": None}),
    ("chaired-by-titles-then-a-name",
     "Sáng 13/8/2025, dưới sự chủ trì của Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Bình và các Phó Chủ "
     "tịch HĐND tỉnh, HĐND tỉnh đã khai mạc kỳ họp thứ 2.\n", {"chair": "Nguyễn Văn Bình"}),
    ("co-chairs-listed-after-cac-dong-chi-and-a-colon",
     "Ngày 9/4/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Các đồng chí: Chẩu Văn An, Bí thư Tỉnh ủy; Lê Thị "
     "Bình, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.\n", {"chair": "Chẩu Văn An"}),
    ("co-chairs-listed-in-clauses-cut-at-semicolons",
     "Chiều 3/12, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị.\n\nCác ông: Trần Văn An, Bí thư Huyện ủy; Lê Văn "
     "Bình, Phó Bí thư Huyện ủy; Phạm Văn Cường, Chủ tịch UBND huyện đồng chủ trì hội nghị.\n",
     {"chair": "Trần Văn An"}),
    ("co-chairs-a-sentence-opens-on-and-lists-after-a-semicolon",
     "Ngày 8/8, HĐND phường Hà An tổ chức kỳ họp thứ Hai.\n\nĐồng chí Lê Văn Tâm - Bí thư Đảng ủy, Chủ tịch HĐND "
     "phường; đồng chí Trần Thị Mai- Phó Chủ tịch HĐND phường chủ tọa kỳ họp.\n", {"chair": "Lê Văn Tâm"}),
    ("chairs-after-a-label-and-its-colon",
     "Ngày 26/12/2025, HĐND xã tổ chức kỳ họp thứ 6.\n\nChủ tọa kỳ họp: Ông Lê Văn Tâm - Bí thư Đảng ủy, Chủ tịch "
     "HĐND xã; ông Trần Văn Mai - Phó Chủ tịch HĐND xã.\n", {"chair": "Lê Văn Tâm"}),
    ("people-who-run-the-session-chair-it",
     "Ngày 24/12, HĐND xã Hà An tổ chức kỳ họp thứ 4. Các đồng chí: Lê Văn Tâm - Chủ tịch HĐND xã, Trần Thị Mai - "
     "Phó Chủ tịch HĐND xã điều hành kỳ họp.\n", {"chair": "Lê Văn Tâm"}),
    ("a-day-without-its-year-takes-the-one-year-its-sentence-names",
     "Sáng 01/4, đồng chí Hồ Văn Dũng chủ trì buổi làm việc về nhiệm vụ trọng tâm quý II/2025.\n\n"
     "Đảng bộ được thành lập ngày 7/2/2025 với 58 tổ chức cơ sở đảng.\n", {"date": "2025-04-01"}),
    ("a-tenure-in-the-sentence-is-no-year-of-the-day",
     "Ngày 11/7, Huyện ủy tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14, nhiệm kỳ 2020-2025 nhằm đánh "
     "giá 6 tháng đầu năm và đề ra nhiệm vụ 6 tháng cuối năm 2023.\n", {"date": "2023-07-11"}),
    ("a-review-of-one-year-late-in-it",
     "Chiều 30/11, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị tổng kết nhiệm vụ năm 2024 và triển khai "
     "nhiệm vụ năm 2025.\n", {"date": "2024-11-30"}),
    ("a-review-of-one-year-early-in-the-next",
     "Sáng 10/1, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị tổng kết nhiệm vụ năm 2024 và triển khai "
     "nhiệm vụ năm 2025.\n", {"date": "2025-01-10"}),
    ("a-congress-opens-its-tenure",
     "Sáng 2/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 bế mạc.\n", {"date": "2025-10-02"}),
    ("a-day-at-a-sentences-end", "Chủ tịch UBND thành phố báo cáo tình hình năm 2020 tại kỳ họp 23 HĐND thành "
     "phố khoá IX, vào ngày 8/12.\n", {"date": "2020-12-08"}),
    ("a-sentences-clauses-cut-at-semicolons-tell-the-year",
     "Ngày 1/12, các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Lê Văn Bình, Phó Bí thư Tỉnh ủy chủ trì Hội nghị Ban "
     "Chấp hành Đảng bộ tỉnh đánh giá nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024.\n", {"date": "2023-12-01"}),
    ("a-year-the-report-tells-in-another-paragraph",
     "Ngày 7/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 18.\n\nHội nghị đánh giá kết quả năm 2023 và "
     "bàn phương hướng năm 2024.\n", {"date": "2023-12-07", "ordinal": 18}),
    ("a-year-figures-are-compared-with-is-not-the-reports",
     "Sáng 4/7, Tỉnh ủy tổ chức Hội nghị lần thứ 16.\n\nSản xuất 6 tháng đầu năm 2024 tăng 4,7% so với cùng kỳ năm "
     "2023; du lịch tăng 5% so với năm 2023.\n", {"date": "2024-07-04"}),
    ("a-programme-carried-out-opens-the-sentence-that-dates-the-meeting",
     "Thực hiện chương trình làm việc toàn khóa, ngày 13/11/2023, Ban Thường vụ Tỉnh ủy triệu tập hội nghị Ban "
     "Chấp hành Đảng bộ tỉnh.\n", {"date": "2023-11-13"}),
    ("a-congress-without-an-ordinal-opens-its-tenure",
     "Đảng bộ Sở Y tế tổ chức Đại hội\n\nSáng 23/6, Đảng bộ Sở Y tế tổ chức Đại hội nhiệm kỳ 2025 - 2030 để tổng "
     "kết việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025.\n", {"ordinal": None, "tenure": (2025, 2030)}),
    ("a-report-opening-on-a-congress-is-on-it",
     "Đại hội Đảng bộ huyện Tân An\n\nTrong hai ngày 20 và 21-7, Đảng bộ huyện Tân An tổ chức đại hội đại biểu Đảng "
     "bộ huyện lần thứ V (nhiệm kỳ 2020- 2025).\n\nTrong chương trình có hội nghị lần thứ nhất để bầu Ban Thường vụ.\n",
     {"ordinal": 5, "tenure": (2020, 2025)}),
    ("the-term-after-a-cited-congress-is-that-congresss",
     "Tin tức\n\nĐại hội lần này có nhiệm vụ tổng kết kết quả thực hiện Nghị quyết Đại hội MTTQ Việt Nam phường "
     "nhiệm kỳ 2024 - 2029; đề ra chương trình hành động cho nhiệm kỳ 2025 - 2030.\n", {"tenure": (2025, 2030)}),
    ("a-sentence-opening-on-the-newest-term-gives-the-congresss",
     "Tin tức\n\nDự Đại hội có 150 đại biểu. Nhiệm kỳ qua, Đảng bộ phường Hà An đạt 20/22 chỉ tiêu. Nhiệm kỳ 2025-2030, "
     "Đảng bộ phường Hà An tập trung xây dựng hệ thống chính trị vững mạnh; phấn đấu thu nhập bình quân đạt 90 triệu "
     "đồng.\n", {"tenure": (2025, 2030)}),
    ("a-congress-presidium-chairs-it",
     "Sáng 23/6/2025, Đảng bộ Sở Y tế tổ chức Đại hội nhiệm kỳ 2025 - 2030.\n\nĐoàn Chủ tịch điều hành đại hội gồm "
     "đồng chí Nguyễn Văn An - Phó Chủ tịch HĐND tỉnh; đồng chí Lê Văn Bình.\n", {"chair": "Nguyễn Văn An"}),
    ("the-day-a-document-is-issued-is-no-meetings-day",
     "Nghị quyết về nhiệm vụ năm 2025\n\nNgày 08/01/2025, Chính phủ đã ban hành Nghị quyết 01/NQ-CP về nhiệm vụ, giải "
     "pháp chủ yếu năm 2025.\n", {"date": None}),
    ("a-subcommittee-preparing-a-congress-meets-not-the-congress",
     "Huyện họp Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XIII\n\nNgày 30/9, Bí thư Huyện ủy Đắk Mil Vũ Văn "
     "An chủ trì cuộc họp Tiểu ban Văn kiện Đại hội Đảng bộ huyện lần thứ XIII.\n\nCác thành viên thảo luận phương "
     "châm Đại hội và mục tiêu cho nhiệm kỳ 2025 – 2030.\n",
     {"ordinal": None, "tenure": None, "date": None, "chair": "Vũ Văn An"}),
    ("a-conference-on-a-congress-resolution-has-not-its-ordinal",
     "Sáng 23/9/2025, Đảng bộ xã tổ chức Hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội đại biểu Đảng "
     "bộ xã lần thứ I, nhiệm kỳ 2025-2030.\n", {"ordinal": None, "tenure": (2025, 2030), "date": "2025-09-23"}),
    ("a-congress-held-in-a-conference-hall",
     "Sáng 15/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025-2030 đã khai "
     "mạc.\n", {"ordinal": 15, "tenure": (2025, 2030)}),
    ("a-day-whose-year-is-not-told-is-no-other-days-year",
     "Sáng 01/4, đồng chí Hồ Văn Dũng chủ trì buổi làm việc.\n\nĐảng bộ được thành lập ngày 7/2/2025 tại "
     "hội nghị.\n", {"date": None}),
    ("a-day-without-its-year-takes-the-one-year-of-the-reports-other-events",
     "Ngày 9-4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7.\n\nĐồng chí Bí thư "
     "Tỉnh ủy quán triệt bài phát biểu tại phiên họp của Tiểu ban ngày 13/3/2024.\n", {"date": "2024-04-09"}),
    ("the-other-events-year-is-not-taken-where-they-fall-after-the-day",
     "Ngày 9-4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7.\n\nĐồng chí Bí thư "
     "Tỉnh ủy quán triệt bài phát biểu tại phiên họp của Tiểu ban ngày 13/12/2024.\n", {"date": None}),
    ("the-other-events-must-agree-on-the-year",
     "Ngày 9-4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7.\n\nĐồng chí Bí thư "
     "Tỉnh ủy nhắc lại phiên họp ngày 13/3/2024 và hội nghị ngày 2/2/2023.\n", {"date": None}),
    ("a-sessions-tenure-from-its-places-people-committee-of-the-same-term",
     "Kỳ họp diễn ra trong 2 ngày. Các đại biểu miễn nhiệm thành viên UBND huyện khóa IX (nhiệm kỳ 2021-2026) đối "
     "với ông Lê Văn An.\n\nQuang cảnh kỳ họp thứ 12, HĐND huyện Bình Sơn khóa IX.\n",
     {"term": 9, "tenure": (2021, 2026)}),
    ("a-people-committee-of-another-term-gives-no-sessions-tenure",
     "Kỳ họp diễn ra trong 2 ngày. Các đại biểu miễn nhiệm thành viên UBND huyện khóa VIII (nhiệm kỳ 2016-2021) đối "
     "với ông Lê Văn An.\n\nQuang cảnh kỳ họp thứ 12, HĐND huyện Bình Sơn khóa IX.\n",
     {"term": 9, "tenure": None}),
    ("a-place-the-text-names-ends-before-the-chairs-name",
     "Ngày 5/1/2025, Tỉnh ủy Hà An tổ chức hội nghị tổng kết. Bí thư Tỉnh ủy Hà An Lê Văn Bình chủ trì hội nghị.\n",
     {"chair": "Lê Văn Bình"}),
    ("a-province-ends-before-the-chairs-name",
     "Ngày 5/1/2025, đồng chí Bí thư Tỉnh ủy Quảng Ninh Lê Văn Bình chủ trì hội nghị tổng kết công tác năm 2024.\n",
     {"chair": "Lê Văn Bình"}),
    ("a-day-a-document-was-received-is-no-meetings",
     "Tin tức\n\nNgày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP của Bộ Công Thương về việc "
     "đánh giá kết quả.\n\nSau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo.\n", {"date": None}),
    ("cooperation-is-no-meeting-before-the-congress",
     "Tin tức\n\n\"Đoàn kết, hợp tác, phối hợp\". Đây là mục tiêu mà Đại hội đại biểu Hội Nông dân tỉnh lần "
     "thứ X, nhiệm kỳ 2023 - 2028 đề ra.\n", {"ordinal": 10, "tenure": (2023, 2028)}),
    ("a-national-congress-a-headline-covers-is-the-meeting",
     "Khai mạc Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII\n\nSáng 10-3, Đại hội đại biểu phụ nữ toàn quốc lần "
     "thứ XIII, nhiệm kỳ 2022-2027, tổ chức phiên khai mạc.\n", {"ordinal": 13, "tenure": (2022, 2027)}),
    ("a-congress-of-a-place-written-short-with-a-dot",
     "Trong 2 ngày, TX. Giá Rai tổ chức Đại hội đại biểu Phụ nữ TX. Giá Rai lần thứ XII (nhiệm kỳ 2016 - 2021).\n",
     {"ordinal": 12, "tenure": (2016, 2021)}),
    ("a-page-giving-a-congresss-resolution-is-on-that-congress",
     "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XI\n\nBáo điện tử trân trọng đăng toàn văn Nghị "
     "quyết Đại hội.\n\nĐại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến "
     "ngày 15 tháng 10 năm 2020.\n", {"ordinal": 11, "tenure": (2020, 2025)}),
    ("a-conference-to-carry-out-a-congresss-resolution-is-not-on-it",
     "Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI\n\nSáng 20/11, Tỉnh ủy tổ chức hội nghị "
     "quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI.\n", {"ordinal": None}),
    ("the-chair-is-the-one-the-clause-of-chu-tri-names",
     "Sáng 2/1, Bí thư Huyện ủy - Bùi Quốc Bảo đến dự, Chủ tịch UBND huyện - Lê Thanh Đông chủ trì hội nghị.\n",
     {"chair": "Lê Thanh Đông"}),
    ("the-outgoing-committees-term-is-not-the-congresss",
     "Đại hội Đoàn xã Vinh Thanh\n\nĐoàn TNCS.HCM xã Vinh Thanh tổ chức Đại "
     "hội lần thứ XIII, nhiệm kỳ 2022-2027. Ban Chấp hành Đoàn xã khóa XII, nhiệm kỳ 2017-2022 đã lãnh đạo hoàn thành các chỉ tiêu.\n",
     {"ordinal": 13, "term": None, "tenure": (2022, 2027)}),
    ("a-congress-a-meeting-heads-towards-is-not-the-meeting",
     "Chuẩn bị tốt cho Đại hội Đảng bộ các cấp, tiến tới Đại hội Đảng bộ Quận lần thứ XXVI\n\nNgày 15/7/2019, Ban "
     "Chấp hành Đảng bộ Quận khóa XXV tổ chức Hội nghị lần thứ 22.\n", {"ordinal": 22, "term": 25}),
    ("an-undated-congress-placed-in-the-sentence-that-names-it",
     "Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XI chính thức khai mạc tại Trung tâm Hội nghị và Triển lãm tỉnh.\n",
     {"ordinal": 11, "location": "Trung tâm Hội nghị và Triển lãm tỉnh"}),
    ("a-hall-the-councils-of-a-commune-share",
     "Ngày 20/6/2025, Đảng bộ xã tổ chức Đại hội lần thứ I tại Hội trường Đảng ủy, HĐND, UBND xã Nghĩa Trụ.\n",
     {"location": "Hội trường Đảng ủy, HĐND, UBND xã Nghĩa Trụ"}),
    ("a-congresss-ordinal-on-the-line-under-its-name",
     "NGHỊ QUYẾT\n\nĐẠI HỘI ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG\n\nLẦN THỨ XIV, NHIỆM KỲ 2021-2026\n\nĐại hội diễn ra vào "
     "ngày 16 tháng 11 năm 2021 tại Hội trường, Trường Chính trị thành phố, với 190 đại biểu.\n",
     {"ordinal": 14, "tenure": (2021, 2026), "location": "Hội trường, Trường Chính trị thành phố"}),
    ("the-tenure-in-the-lead-under-a-headline-naming-the-meeting",
     "Hội nghị BCH Đảng bộ huyện Chợ Mới lần thứ 11\n\nNgày 13/12, Ban Chấp hành Đảng bộ huyện Chợ Mới tổ chức Hội nghị "
     "lần thứ 11, nhiệm kỳ 2020 - 2025 lấy ý kiến vào dự thảo báo cáo.\n", {"ordinal": 11, "tenure": (2020, 2025)}),
    ("a-national-congress-a-province-carries-out-is-not",
     "Tỉnh ủy tổ chức hội nghị\n\nSáng 10-3, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết. Tỉnh ủy bầu đại biểu "
     "dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\n", {"ordinal": None}),
    ("a-congress-its-delegates-go-to-is-not-the-meeting",
     "Tiến tới Đại hội XIII của Đảng: Phấn đấu đưa huyện ra khỏi diện kém phát triển\n\nCác đại biểu bỏ phiếu bầu "
     "đại biểu đi dự Đại hội Đảng bộ tỉnh Bình An lần thứ XIV. Ảnh: TTXVN\n\nTừ ngày 14 - 16/7, Đảng bộ huyện Mường "
     "Nhé tổ chức Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.\n\nĐại hội đã bầu đoàn đại biểu "
     "đi dự Đại hội Đảng bộ tỉnh lần thứ XIV. Tại Hội nghị lần thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ.\n",
     {"ordinal": 20, "tenure": (2020, 2025)}),
    ("the-committee-a-mass-organisations-congress-elects-has-its-ordinal-as-term",
     "Sáng 24/5, Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình An tổ chức Đại hội Đại biểu lần thứ X, nhiệm kỳ "
     "2024-2029.\n\nĐại hội đã hiệp thương cử 54 đại biểu tham gia Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình An "
     "khóa X, nhiệm kỳ 2024-2029.\n", {"ordinal": 10, "term": 10, "tenure": (2024, 2029)}),
    ("a-central-plenum-abbreviated-whose-documents-a-conference-carries-out",
     "Tin tức\n\nSáng 10/7, Huyện ủy Yên Thành tổ chức hội nghị triển khai các văn bản của Hội nghị lần thứ 8 BCH TW "
     "khóa XI.\n", {"ordinal": None, "term": None}),
    ("a-central-plenum-whose-contents-a-conference-hears",
     "Tin tức\n\nSáng 10/7, Huyện ủy Yên Thành tổ chức hội nghị. Các đại biểu được nghe truyền đạt những nội dung cơ "
     "bản của Hội nghị lần thứ 8 BCHTW Đảng khóa XI.\n", {"ordinal": None, "term": None}),
    ("a-congress-whose-resolution-the-press-abbreviates-is-cited",
     "Tin tức\n\nTriển khai NQ Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025, ngày 10/7, Huyện ủy Yên Thành "
     "tổ chức Hội nghị Ban Chấp hành lần thứ 5.\n", {"ordinal": 5}),
    ("a-term-written-after-the-peoples-committee-is-not-the-meetings",
     "Tin tức\n\nSáng 20/12, Huyện ủy Bình An tổ chức Hội nghị lần thứ 5. Hội nghị nghe báo cáo của UBND huyện khóa X "
     "(nhiệm kỳ 2021-2026).\n", {"ordinal": 5, "term": None, "tenure": None}),
    ("a-city-written-short-with-a-dot-ends-no-sentence",
     "Bình An đặt mục tiêu trở thành cực tăng trưởng\n\nBước vào nhiệm kỳ 2025-2030, Đảng bộ UBND TP. Bình An đặt "
     "mục tiêu đến năm 2030 trở thành trung tâm của vùng.\n\nNgày 15/8, Đảng bộ UBND TP. Bình An tổ chức Đại hội "
     "đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n", {"ordinal": 1, "tenure": (2025, 2030), "date": "2025-08-15"}),
    ("a-sessions-number-in-brackets-after-its-name",
     "UBND huyện Yên Thế họp phiên thường kỳ\n\nNgày 19/7/2010 Chủ tịch UBND huyện Yên Thế đã tổ chức phiên họp "
     "UBND huyện mở rộng (Phiên thứ 75) để thảo luận các nội dung.\n", {"ordinal": 75}),
    ("a-notices-labelled-place",
     "HĐND tỉnh Lạng Sơn thông báo nội dung Kỳ họp thứ mười sáu\n\nNgày 27/02/2023, HĐND tỉnh khóa XVII tổ chức "
     "kỳ họp thứ mười sáu để xem xét các tờ trình.\n\nĐịa điểm: Tại Hội trường HĐND – UBND tỉnh.\n",
     {"location": "Hội trường HĐND – UBND tỉnh"}),
    ("a-plan-for-a-year-is-launched-at-the-end-of-the-year-before",
     "Bắc Kạn triển khai kế hoạch phát triển kinh tế - xã hội năm 2023\n\nChiều 11/12, UBND tỉnh tổ chức Hội nghị "
     "triển khai kế hoạch phát triển kinh tế - xã hội; dự toán ngân sách nhà nước, kế hoạch đầu tư công năm 2023.\n",
     {"date": "2022-12-11"}),
    ("a-hall-written-in-lower-case-in-the-paragraph-below-the-date",
     "HĐND tỉnh triệu tập Kỳ họp thứ 12\n\nKỳ họp thứ 12, HĐND tỉnh khoá XVII sẽ diễn ra trong 3 ngày từ 13 - 15/12/2019."
     "\n\nKỳ họp diễn ra tại hội trường tầng 1 - Văn phòng Đoàn ĐBQH, HĐND, UBND tỉnh.\n",
     {"date": "2019-12-13", "location": "hội trường tầng 1 - Văn phòng Đoàn ĐBQH, HĐND, UBND tỉnh"}),
    ("where-the-guests-were-elected-is-not-where-the-council-meets",
     "Sáng 22/12, HĐND huyện Sơn Mai khóa V khai mạc Kỳ họp thứ 9. Phó Chủ tịch HĐND tỉnh, các vị đại biểu HĐND "
     "tỉnh bầu tại Sơn Mai và đại diện các sở cùng dự.\n", {"ordinal": 9, "location": None}),
    ("a-plan-adjusted-late-in-its-own-year",
     "HĐND thành phố điều chỉnh kế hoạch đầu tư công\n\nNgày 10/11, tại kỳ họp thứ 22 HĐND thành phố đã thông qua "
     "Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2020.\n", {"date": "2020-11-10"}),
    ("a-hall-whose-name-lists-its-parts-with-commas",
     "Đại hội đại biểu Đảng bộ huyện Tân Lợi lần thứ XXI diễn ra ngày 5/8/2020, tại Hội trường Trung tâm Văn hóa, "
     "Thể thao và Du lịch huyện, với 240 đại biểu.\n",
     {"ordinal": 21, "location": "Hội trường Trung tâm Văn hóa, Thể thao và Du lịch huyện"}),
    ("a-congress-named-only-in-a-caption-takes-the-term-its-party-sets-aims-for",
     " date 2025-08-06 UVTV Thành ủy Lê Thị An cùng các đại biểu tặng hoa chúc mừng Đại hội\n\nPhường Hòa Lạc được "
     "thành lập trên cơ sở sáp nhập phường Hòa Lạc (cũ) và xã Hòa Bình. Nhiệm kỳ 2020-2025, kinh tế - xã hội của Hòa "
     "Lạc ngày càng phát triển.\n\nNhiệm kỳ 2025-2030, Đảng bộ phường Hòa Lạc đề ra các chỉ tiêu chủ yếu, trong đó "
     "phấn đấu tăng tổng thu ngân sách bình quân từ 10-12%/năm.\n", {"tenure": (2025, 2030)}),
    ("a-congress-whose-name-is-followed-by-its-province",
     "Tin tức\n\nĐại hội đại biểu Đảng bộ xã Tân Lợi, tỉnh Bình An lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày "
     "18/8/2025.\n\nĐại hội thông qua Nghị quyết nhiệm kỳ 2025-2030.\n", {"ordinal": 1, "date": "2025-08-18"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_meeting(text: str, expected: dict[str, Any]) -> None:
    meeting = extract_text(text).meeting
    for field, value in expected.items():
        got = getattr(meeting, field)
        if field == "tenure":
            got = (got.start, got.end) if got else None
        assert got == value, field


def test_a_district_named_before_its_province_in_brackets_is_the_pages_unit() -> None:
    # the province in brackets only says where the district lies: the page is about the district
    text = ("(hoalamtv.vn) – Huyện Sa Mai (Hòa Bình) phát động phong trào thi đua năm 2021.\n\n"
            "Trong năm 2021, huyện Sa Mai phấn đấu hoàn thành 15 chỉ tiêu chủ yếu.\n")
    issuer = extract_text(text).issuer
    assert (issuer.name, issuer.level) == ("Huyện Sa Mai", "district")


@pytest.mark.parametrize(("text", "issuer"), [
    ("Chủ tịch UBND TPHCM Nguyễn Thành Phong báo cáo tại kỳ họp 23 HĐND TPHCM khoá IX, vào ngày 8/12.",
     "HĐND TPHCM"),
    ("Tại kỳ họp, HĐND TP.HCM đã thông qua nhiều nghị quyết quan trọng.", "HĐND TP.HCM"),
    ("Tại kỳ họp, HĐND TP Đà Nẵng đã thông qua nhiều nghị quyết.", "HĐND TP Đà Nẵng"),
    ("Tại kỳ họp, HĐND TP.Đà Nẵng đã thông qua nhiều nghị quyết.", "HĐND TP.Đà Nẵng"),
], ids=["acronym-city-at-its-session", "tp-dot-acronym", "tp-then-name", "tp-dot-then-name"])
def test_a_press_report_names_a_city_by_its_short_form(text: str, issuer: str) -> None:
    """The press writes 'TP' for thành phố and 'TPHCM' for Hồ Chí Minh City; the body that holds
    the session reported is the issuer, and a name after the acronym is a person's, not the city's."""
    result = extract_text("Tin tức\n\n" + text + "\n")
    assert (result.issuer.name, result.issuer.level) == (issuer, "province")


@pytest.mark.parametrize(("text", "issuer", "level"), [
    ("Quán triệt Nghị quyết Đại hội\n\nSáng 20/9, Đảng bộ xã Hòa Bình tổ chức hội nghị quán triệt Nghị quyết "
     "Đại hội đại biểu Đảng bộ xã lần thứ I.\n", "Đảng bộ xã Hòa Bình", "commune"),
    ("Tin tức\n\nNghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XII đã được thông qua.\n",
     "Đại hội đại biểu Đảng bộ tỉnh Bình An", "province"),
    ("Huyện đưa nghị quyết vào cuộc sống\n\nMINH AN |\n\nNgày 9.9, Huyện ủy Tân Giang khai mạc hội nghị "
     "lần thứ 2.\n", "Huyện ủy Tân Giang", "district"),
    ("Tin tức\n\nPhát biểu kết luận của đồng chí Bí thư Tỉnh ủy Lê Văn A tại hội nghị.\n\nHội nghị lần thứ 25 "
     "Ban Chấp hành Đảng bộ tỉnh khóa XIX đã được tổ chức.\n", "Ban Chấp hành Đảng bộ tỉnh", "province"),
    ("Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 27, khóa XX\nĐồng chí Lê Văn A, Bí thư Tỉnh ủy phát biểu chỉ đạo hội "
     "nghị.\n\nTại hội nghị, các đại biểu cho ý kiến vào 5 nội dung.\n", "Ban Thường vụ Tỉnh ủy", "province"),
    ("Tin tức\n\nLãnh đạo Huyện ủy Tân Giang thông tin tại Hội nghị Huyện ủy lần thứ tư, diễn ra ngày 4/3. Phó Bí "
     "thư Huyện ủy Lê Văn Bình dự.\n", "Huyện ủy Tân Giang", "district"),
    ("Tin tức\n\nTrong hai ngày 20 và 21-7, Đảng bộ TP Đồng Xoài đã tổ chức đại hội đại biểu lần thứ V.\n",
     "Đảng bộ TP Đồng Xoài", "district"),
    ("Tin tức\n\nNgày 16/4/2020, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện quyết liệt công tác phòng, "
     "chống dịch.\n", "UBND tỉnh", "province"),
    ("Tin tức\n\nChiều 4/10, Hội LHPN tỉnh Bình An tổ chức họp báo về Đại hội đại biểu Phụ nữ tỉnh lần thứ XVII.\n",
     "Hội LHPN tỉnh Bình An", "province"),
    ("Tin tức\n\nSáng 30.7, Huyện đoàn Tân Giang tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh lần thứ XIX.\n",
     "Huyện đoàn Tân Giang", "district"),
    ("Tin tức\n\nHội nghị lần thứ 8, Ban Chấp hành Đảng bộ tỉnh (khóa XVII) họp trong hai ngày. Hội nghị giao Ban "
     "Thường vụ Tỉnh ủy chỉ đạo hoàn thiện các văn bản.\n", "Ban Chấp hành Đảng bộ tỉnh", "province"),
    ("Tin tức\n\nChủ trì Hội nghị có các đồng chí: Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy; Trần "
     "Văn Bình, Phó Bí thư Huyện ủy.\n", "Huyện ủy", "district"),
    ("Tin tức\n\nTheo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban MTTQ Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành triển "
     "khai thực hiện.\n", "UBND tỉnh", "province"),
    ("Tin tức\n\nĐồng chí Lê Thị An, Bí thư Huyện ủy triển khai Chỉ thị số 35 của Bộ Chính trị.\n\nTheo đó, Đảng bộ "
     "xã được Ban Thường vụ Tỉnh ủy chọn chỉ đạo đại hội điểm.\n\nBan Thường vụ Huyện ủy đề nghị các chi bộ chuẩn "
     "bị tốt đại hội.\n", "Ban Thường vụ Huyện ủy", "district"),
    ("Tin tức\n\nSáng ngày 19/7/2024, Hội đồng nhân dân (HĐND) xã Hữu Định khóa XII đã tổ chức kỳ họp thứ 13.\n\n"
     "Đến dự có đại biểu HĐND huyện.\n", "Hội đồng nhân dân xã Hữu Định", "commune"),
    ("Tin tức\nHỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ, KHÓA 21, KỲ HỌP THỨ 3\nNgày 19/12/2021 HĐND xã Trung Hà tổ chức kỳ "
     "họp thứ 3.\n", "HỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ", "commune"),
    ("Tin tức\n\nTheo đó, hội nghị đã bầu Ban Thường vụ Tỉnh ủy khóa XX gồm 15 đồng chí.\n\nBan Chấp hành Đảng bộ "
     "tỉnh Bình An khóa XX ra mắt đại hội.\n", "Ban Chấp hành Đảng bộ tỉnh Bình An", "province"),
    ("Tin tức\n\nChủ tịch UBND huyện Tân Giang ký cam kết với Chủ tịch UBND tỉnh thực hiện 11 nội dung. Không có "
     "trường hợp bị UBND tỉnh phê bình.\n", "UBND huyện Tân Giang", "district"),
    ("Khai mạc Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII\n\nSáng 10-3, Đại hội đại biểu phụ nữ toàn quốc lần "
     "thứ XIII, nhiệm kỳ 2022-2027, tổ chức phiên khai mạc.\n", "Đại hội đại biểu phụ nữ toàn quốc", "central"),
    ("Tin tức\n\nNgày 10-7, Đại hội đại biểu Đảng bộ TP Tây Ninh lần thứ XII tiến hành thảo luận.\n",
     "Đại hội đại biểu Đảng bộ TP Tây Ninh", "district"),
    ("Tin tức\n\nNgày 25.1, Xã đoàn Vĩnh Hanh tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh. Đây là đơn vị được Tỉnh "
     "đoàn Bình An chọn làm đại hội điểm.\n", "Xã đoàn Vĩnh Hanh", "commune"),
    ("Tin tức\n\nKỳ họp diễn ra trong 2 ngày. Các đại biểu miễn nhiệm thành viên UBND huyện khóa X.\n\nQuang cảnh kỳ "
     "họp thứ 18, HĐND huyện Chư Pưh khóa X.\n\nTại kỳ họp, UBND huyện cũng đã báo cáo trả lời các ý kiến.\n",
     "HĐND huyện Chư Pưh", "district"),
    ("Tin tức\n\nNgày 21-1, Đảng ủy phường Tân Mỹ (TPHCM) tổ chức hội nghị tổng kết năm 2025.\n",
     "Đảng ủy phường Tân Mỹ", "commune"),
    ("Tin tức\n\nSáng 12/01/2026, Đảng ủy các cơ quan Đảng phường Tổ chức Hội nghị tổng kết công tác năm 2025.\n",
     "Đảng ủy các cơ quan Đảng phường", "commune"),
    ("Tin tức\n\nSáng 9/1, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổng kết công tác xây dựng Đảng năm 2023.\n",
     "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "province"),
    ("Tin tức\n\nĐoàn xã Hồng Giang vừa tổ chức Đại hội đại biểu Đoàn lần thứ XXVI. Đây là đơn vị được Huyện đoàn chọn "
     "làm điểm.\n", "Đoàn xã Hồng Giang", "commune"),
    ("Tin tức\n\nSáng 24/10, Đoàn Thanh niên xã Vĩnh Phú tổ chức Đại hội. Tới dự có đại diện lãnh đạo Tỉnh Đoàn.\n\n"
     "Lãnh đạo Tỉnh Đoàn tặng hoa chúc mừng Đại hội.\n", "Đoàn Thanh niên xã Vĩnh Phú", "commune"),
    ("Tin tức\n\nDự Hội nghị có đại biểu lãnh đạo các ban xây dựng Đảng Tỉnh uỷ. Năm 2022, Ban Chấp hành Đảng bộ huyện "
     "đã tập trung lãnh đạo các nhiệm vụ.\n", "Ban Chấp hành Đảng bộ huyện", "district"),
    ("Tin tức\n\nNgày 8/11, Đại hội đại biểu phụ nữ tỉnh Bình An lần thứ XI diễn ra.\n\nĐến dự Đại hội, ông Lê Văn "
     "An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh yêu cầu các cấp Hội thực hiện tốt vai trò nòng cốt.\n",
     "Đại hội đại biểu phụ nữ tỉnh Bình An", "province"),
    ("Một số chỉ tiêu kinh tế - xã hội quan trọng tỉnh Cà Mau (2016-2020)\n\nĐể đạt được mục tiêu là tỉnh khá của "
     "vùng, Cà Mau sẽ tập trung mọi nỗ lực phấn đấu trong giai đoạn 2016 - 2020.\n", "tỉnh Cà Mau", "province"),
    ("Tin tức\n\nMục tiêu là phấn đấu hoàn thành thắng lợi mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng lần "
     "thứ XIV, nhiệm kỳ 2020 - 2025.\n\nTỉnh Sóc Trăng chú trọng phát triển văn hóa - xã hội.\n", "tỉnh Sóc Trăng",
     "province"),
    ("Tin tức\n\nNgày 12/6, Đại hội đại biểu MTTQ Việt Nam huyện Thuận Bắc lần thứ VI diễn ra. Đại hội phát huy "
     "tinh thần tình đoàn kết toàn dân.\n", "Đại hội đại biểu MTTQ Việt Nam huyện Thuận Bắc", "district"),
    ("Tin tuc\n\nNgay 12/6, Dai hoi dai bieu MTTQ Viet Nam huyen Thuan Bac lan thu VI dien ra. Dai hoi phat huy "
     "tinh doan ket toan dan.\n", "Dai hoi dai bieu MTTQ Viet Nam huyen Thuan Bac", "district"),
    ("Thị xã Quảng Trị tổ chức kỳ họp thứ 8\n\nHĐND thị xã vừa tổ chức Kỳ họp thứ 8 để xem xét các báo cáo.\n",
     "HĐND thị xã Quảng Trị", "district"),
    ("Một số chỉ tiêu quan trọng thị xã Quảng Trị (2016-2020)\n\nĐể đạt được mục tiêu, thị xã Quảng Trị sẽ tập "
     "trung mọi nỗ lực phấn đấu trong giai đoạn 2016 - 2020.\n", "thị xã Quảng Trị", "district"),
    ("Tin tức\n\nĐể thực hiện thắng lợi NQ Đại hội Đảng bộ huyện lần thứ XX, Hội nghị lần thứ 5 Ban Chấp hành Đảng "
     "bộ huyện Yên Thành đã thảo luận.\n", "Ban Chấp hành Đảng bộ huyện Yên Thành", "district"),
    ("Hội nghị lần thứ 5 Huyện ủy Đô Lương\n\nTham dự hội nghị có các đồng chí trong BTV huyện ủy, lãnh đạo các "
     "ban.\n\nHội nghị đã đánh giá kết quả.\n", "Huyện ủy Đô Lương", "district"),
    ("Huyện ủy Đô Lương: Hội nghị sơ kết 6 tháng đầu năm\n\nDự hội nghị có đồng chí Nguyễn Văn An, Bí thư Huyện ủy; "
     "các đồng chí trong BTV huyện ủy.\n\nHội nghị đã thảo luận.\n", "Huyện ủy Đô Lương", "district"),
    ("Vĩnh Phúc giải ngân được gần 54 nghìn tỷ đồng vốn đầu tư công\n\nSố vốn giải ngân này bằng 42,9% kế hoạch vốn "
     "năm 2020 do HĐND tỉnh giao.\n\nĐể đẩy nhanh tiến độ giải ngân, UBND tỉnh yêu cầu các sở, ban, ngành tiếp tục "
     "đẩy mạnh thực hiện kế hoạch đầu tư công.\n", "UBND tỉnh", "province"),
    ("Sáng 01/4/2025, đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy, chủ trì buổi làm việc với Ban Thường vụ Đảng ủy UBND tỉnh "
     "về kết quả thực hiện nhiệm vụ quý I.\n\nĐảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh đã tập trung lãnh đạo, chỉ đạo "
     "triển khai các nhiệm vụ.\n", "Ban Thường vụ Đảng ủy UBND tỉnh", "province"),
    ("Sáng 5/4/2024, Ban Chấp hành (BCH) Đảng bộ tỉnh tổ chức hội nghị đánh giá nhiệm vụ công tác quý I.\n",
     "Ban Chấp hành Đảng bộ tỉnh", "province"),
    ("Duyệt văn kiện Đại hội Hội Cựu chiến binh huyện\n\nSáng 3/4/2023, Ban Thường vụ Huyện ủy, Hội Cựu chiến binh tỉnh "
     "đã tổ chức hội nghị duyệt văn kiện Đại hội.\n", "Ban Thường vụ Huyện ủy", "district"),
    ("Tin tức\n\nChiều 5/3, tại hội nghị trực tuyến, đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu "
     "cầu các sở, ngành khẩn trương triển khai các giải pháp.\n", "UBND tỉnh", "province"),
    ("Tin tức\n\nNgày 5/1/2025, Chủ tịch UBND huyện Đông Sơn Trần Văn Bình yêu cầu các xã triển khai các giải "
     "pháp.\n", "UBND huyện Đông Sơn", "district"),
    ("Tin tức\n\nNgày 5/1/2025, Chủ tịch UBND huyện Lạc Dương Nguyễn Văn Bình yêu cầu các xã triển khai các giải "
     "pháp.\n", "UBND huyện Lạc Dương", "district"),
    ("Tổng kết công tác Hội năm 2024 ở xã Tân Phú\n\nNgày 5/1, Hội nông dân xã tổ chức hội nghị tổng kết công tác "
     "Hội năm 2024. Năm qua, hội viên đã giúp nông dân xã Hòa Bình, xã An Hòa vay vốn.\n", "Hội nông dân xã Tân Phú",
     "commune"),
    ("Tin tức\n\nNgày 5/1, HĐND huyện tổ chức kỳ họp thứ 9 tại huyện Lạc Sơn. Đại biểu đến từ huyện Tân Lạc cùng "
     "dự.\n", "HĐND huyện Lạc Sơn", "district"),
    ("Tin tức\n\nChiều 5/3, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Sơn Hà Lê Văn An yêu cầu các phòng, ban khẩn "
     "trương triển khai các giải pháp.\n", "UBND huyện Sơn Hà", "district"),
    ("Tin tức\n\nChiều 5/3, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hoàng Thị Mai Lan yêu cầu các sở, ngành khẩn "
     "trương triển khai các giải pháp.\n", "UBND tỉnh", "province"),
    ("Tin tức\n\nChủ tịch UBND tỉnh Lam Viên yêu cầu các sở, ngành hướng dẫn nông dân chăm sóc cây trồng; Hội Nông dân "
     "tỉnh phối hợp tuyên truyền đến hội viên.\n", "UBND tỉnh Lam Viên", "province"),
    ("Tin tức\n\nBỏ phiếu bầu đoàn đại biểu dự Đại hội đại biểu Hội Nông dân huyện Tân Giang.\n\nSáng 2/7, Đại hội "
     "đại biểu Hội Nông dân xã Tân Phú lần thứ X diễn ra.\n", "Đại hội đại biểu Hội Nông dân xã Tân Phú", "commune"),
    ("Tin tức\n\nSáng 11/8, Đại hội đại biểu Đảng bộ Trung ương Hội Nông dân Việt Nam lần thứ I diễn ra tại Hà Nội.\n",
     "Đại hội đại biểu Đảng bộ Trung ương Hội Nông dân Việt Nam", "central"),
    ("Tin tức\n\nSáng 11/8, Đảng ủy Trung ương Đoàn tổ chức hội nghị tổng kết năm 2024.\n", "Đảng ủy Trung ương Đoàn",
     "central"),
    ("Tin tức\n\nĐồng chí Lê Văn An, Phó Chủ tịch Thường trực UBND tỉnh phát biểu tại hội nghị.\n\nNăm 2024, Đảng bộ "
     "huyện Tân Giang có 45 tổ chức cơ sở đảng.\n", "Đảng bộ huyện Tân Giang", "district"),
    ("Tin tức\n\nNăm 2024, Đảng ủy Khối đã xét kết nạp 60 đảng viên mới.\n\nĐảng bộ Khối các cơ quan tỉnh hiện có 50 "
     "chi bộ.\n", "Đảng ủy Khối", "province"),
    ("Tin tức\n\nNgày 2/7, Đoàn Khối Cơ quan và Doanh nghiệp tỉnh Nam Sơn tổ chức Đại hội đại biểu lần thứ II.\n",
     "Đoàn Khối Cơ quan và Doanh nghiệp tỉnh Nam Sơn", "province"),
    ("Tin tức\n\nNgày 2/7, Công đoàn Khối các cơ quan tỉnh Nam Sơn tổ chức Đại hội lần thứ II.\n",
     "Công đoàn Khối các cơ quan tỉnh Nam Sơn", "province"),
], ids=["a-party-organisation-named-by-its-unit", "a-congress-named-with-its-place",
        "a-byline-in-capitals-is-no-body", "a-persons-post-is-no-body", "the-body-a-headline-says-meets",
        "a-committee-takes-the-place-named-with-it-elsewhere", "a-provinces-city-is-a-district",
        "a-body-named-only-in-a-post-when-none-else-is", "a-mass-organisation-named-by-its-unit",
        "a-youth-union-committee-named-by-its-unit", "a-body-acting-after-its-term-in-brackets",
        "a-post-the-chair-holds-not-a-body-they-sit-on", "a-body-asked-is-not-the-one-asking",
        "a-cited-documents-issuer-is-none-and-a-body-that-asks-acts", "a-short-form-in-brackets-after-the-body",
        "a-headlines-body-without-its-term-and-sitting", "a-body-the-meeting-elected-is-not-the-one-meeting",
        "a-body-whose-head-acts-before-one-named-after", "a-national-mass-organisations-congress",
        "a-provinces-city-that-shares-its-provinces-name-is-a-district", "a-guest-who-asks-does-not-issue",
        "a-communes-youth-union-not-the-province-that-chose-it", "the-council-a-caption-names-with-its-sitting",
        "a-party-committee-with-its-unit-and-place", "the-committee-of-a-wards-party-agencies",
        "a-bloc-of-agencies-and-enterprises-runs-to-its-unit",
        "a-communes-youth-union-the-district-chose", "the-provinces-leaders-are-guests", "a-guests-committee-is-no-issuer",
        "a-page-naming-no-body-is-the-provinces-it-names", "a-congress-whose-aims-a-text-carries-out-is-not-its-issuer",
        "a-fronts-congress-and-solidarity-is-no-youth-union", "solidarity-without-marks-is-no-youth-union",
        "a-council-named-by-its-unit-takes-the-one-place-the-report-gives-it",
        "a-town-named-as-its-province-is-no-province", "a-congress-whose-resolution-the-press-abbreviates-is-cited",
        "the-body-a-headline-names-after-its-meetings-ordinal-not-an-attendee",
        "the-body-a-headline-opens-on-before-a-colon-not-an-attendee",
        "the-body-that-set-what-is-reported-on-is-not-the-issuer", "the-party-committee-of-a-state-body-keeps-its-unit",
        "a-committee-named-with-its-short-form-before-its-organisation", "of-two-hosts-the-first-named-leads",
        "the-last-post-before-the-verb-names-the-body-that-acts",
        "a-place-ends-where-a-persons-name-opens", "a-place-ends-where-the-last-family-name-opens-a-persons-name",
        "of-several-places-the-headlines-is-the-units", "of-several-places-the-opening-paragraphs-first-is-the-units",
        "the-holders-name-between-the-post-and-the-verb-is-skipped", "the-holders-name-is-no-place",
        "a-body-named-after-the-asking-verb-is-asked-not-the-issuer", "a-congress-delegates-are-elected-to-is-no-issuer",
        "a-party-committee-of-a-central-organisation", "a-party-committee-of-the-central-youth-union",
        "a-body-a-photos-caption-names-a-guest-by-is-no-issuer",
        "a-short-form-takes-the-level-of-its-full-name", "a-blocs-youth-union-named-by-its-bloc-and-unit",
        "a-blocs-trade-union-named-by-its-bloc-and-unit"])
def test_a_press_report_names_the_body_that_acts(text: str, issuer: str, level: str) -> None:
    """A party congress or organisation, or a mass organisation's, is named with its unit and place; the capitals atop a press
    report (its byline) and the post a person holds ("Bí thư Tỉnh ủy") name no issuer."""
    result = extract_text(text)
    assert (result.issuer.name, result.issuer.level) == (issuer, level)


@pytest.mark.parametrize(("name", "level"), [
    ("Huyện ủy Tịnh Biên", "district"), ("Đảng ủy phường Tĩnh Gia", "commune"), ("Đảng ủy xã Tân Tịnh", "commune"),
    ("HĐND TỈNH BÌNH AN", "province"), ("Dang uy xa An Phu", "commune"),
    # "xã hội" (society) names no commune; a commune called "Hội ..." keeps its capital
    ("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỆ NẠN XÃ HỘI", None), ("Ban chỉ đạo an sinh xã hội huyện Tân Lợi", "district"),
    ("UBND xã Hội Phước", "commune")])
def test_a_place_named_like_a_unit_word_does_not_set_the_level(name: str, level: str | None) -> None:
    """With marks, a place "Tịnh Biên" or "Tĩnh Gia" is no "tỉnh"; without them the unit words still tell."""
    assert level_of(name) == level


def test_a_membership_and_a_cited_documents_issuer_name_no_issuer() -> None:
    """"Huyện ủy viên" is a post, not the Huyện ủy; "Nghị quyết số 03-NQ/HU của Huyện ủy" names the
    issuer of a cited document: the report's body is the one its chair heads."""
    result = extract_text("Tin tức\n\nChủ trì hội nghị: Lê Văn An, Huyện ủy viên, Bí thư Đảng ủy. Các ấp thực hiện "
                          "tốt Nghị quyết số 03-NQ/HU của Huyện ủy và Nghị quyết của Ban Thường vụ Huyện ủy.\n")
    assert result.issuer.name == "Đảng ủy"


def test_a_congress_caption_above_the_body_beats_a_congress_whose_drafts_are_commented_on() -> None:
    """A caption line "Đại hội ... , nhiệm kỳ ..." under a line of page chrome names the congress the
    page covers; the higher congress whose draft documents it comments on is not the issuer."""
    text = ("xemanhlon\n Đại hội đại biểu Đảng bộ huyện Hòa Lâm, nhiệm kỳ 2025- 2030 (Ảnh: Báo Sông Lam)\n\nĐại hội "
            "đã tiến hành nhiều nội dung quan trọng, thảo luận, đóng góp ý kiến vào các dự thảo văn kiện Đại hội Đại "
            "biểu Đảng bộ tỉnh Sông Lam lần thứ XV.\n")
    result = extract_text(text)
    assert (result.issuer.name, result.issuer.level) == ("Đại hội đại biểu Đảng bộ huyện Hòa Lâm", "district")


def test_a_body_whose_draft_documents_are_commented_on_is_not_the_issuer() -> None:
    text = ("Tin tức\n\nSáng 12/5, các chi bộ thảo luận, góp ý vào dự thảo văn kiện Đại hội Đảng bộ tỉnh Sông Lam lần "
            "thứ XV.\n")
    assert extract_text(text).issuer.name is None


@pytest.mark.parametrize("kind", ["KẾ HOẠCH", "BÁO CÁO", "CHƯƠNG TRÌNH"])
def test_a_plan_or_report_records_no_meeting(kind: str) -> None:
    # the term and the chair it names are those of what it cites or reports on
    text = (f"ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\n\n{kind}\nCải cách hành chính năm 2026\n\n"
            "Thực hiện Chương trình hành động số 102-CTr/TU của Ban Thường vụ Tỉnh ủy (Khóa XIV), Ủy ban nhân dân "
            "tỉnh đã tổ chức hội nghị và ban hành thông báo kết luận của đồng chí Hồ Văn Mười - Chủ tịch Ủy ban "
            "nhân dân tỉnh chủ trì.\n")
    meeting = extract_text(text).meeting
    assert (meeting.term, meeting.chair, meeting.date) == (None, None, None)


@pytest.mark.parametrize(("text", "date"), [
    ("HĐND huyện Tây Sơn tổ chức Kỳ họp thứ 10\n\nThứ Tư, 10/07/2019, 09:38\n\nTrong 2 ngày 8 & 9.7, HĐND huyện Tây "
     "Sơn (khóa XI) tổ chức Kỳ họp thứ 10 đánh giá tình hình 6 tháng đầu năm 2019.\n", "2019-07-08"),
    ("Tin tức\n\nKỳ họp diễn ra trong 2 ngày (23 và 24-12). Các đại biểu đánh giá tình hình kinh tế - xã hội năm "
     "2024 và nhiệm vụ năm 2025 của HĐND huyện Bình Sơn khóa X.\n", "2024-12-23"),
    ("Tin tức\n\nSáng nay 20/12, HĐND huyện Bình Sơn khóa XII khai mạc kỳ họp lần thứ 14 đánh giá tình hình năm "
     "2023, đề ra nhiệm vụ năm 2024.\n", "2023-12-20"),
    ("Tin tức\n\nNgày 19/8, Thành ủy Bình Sơn tổ chức hội nghị quán triệt Nghị quyết Hội nghị Trung ương 9. Việc học "
     "tập nghị quyết sẽ hoàn thành trong tháng 9/2014.\n", "2014-08-19"),
], ids=["two-days-the-dateline-gives-the-year", "two-days-of-a-year-end-session", "this-morning-at-a-year-end-session",
        "the-year-of-a-month-later-in-the-report"])
def test_a_press_reports_meeting_day_takes_its_year_from_the_report(text: str, date: str) -> None:
    assert extract_text(text).meeting.date == date


@pytest.mark.parametrize(("second", "ordinal"), [
    ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XVI nhận được sự thống nhất cao.", 16),
    ("Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XV.", None),
], ids=["the-resolution-the-congress-adopted", "the-resolution-it-carried-out"])
def test_a_congress_named_with_its_ordinal_only_in_its_own_resolution(second: str, ordinal: int | None) -> None:
    text = ("Tin tức\n\nSáng 27/9, Đại hội đại biểu Đảng bộ tỉnh Bình An đã biểu quyết thông qua Nghị quyết Đại hội."
            f"\n\n{second}\n")
    meeting = extract_text(text).meeting
    assert (meeting.ordinal if meeting else None) == ordinal


def test_a_congress_takes_the_term_its_tasks_are_set_for() -> None:
    text = ("Tin tức\n\nSáng 27/9, Đại hội đại biểu Đảng bộ tỉnh Bình An lần thứ XVI đã bế mạc.\n\nNhiều nhiệm vụ lớn "
            "được đặt ra cho Đảng bộ nhiệm kỳ 2025-2030.\n")
    meeting = extract_text(text).meeting
    assert meeting is not None and meeting.tenure is not None
    assert (meeting.tenure.start, meeting.tenure.end) == (2025, 2030)


def test_a_headline_may_name_the_days_of_what_it_reports() -> None:
    headline = "Đại hội đại biểu Đảng bộ phường An Bình lần thứ 10 diễn ra trong hai ngày 24 và 25-2"
    result = extract_text(f"{headline}\n\n(BĐT) - Ngày 17-2, Ban Chấp hành Đảng bộ phường An Bình duyệt chương trình "
                          "Đại hội.\n")
    assert result.document.title == headline


def test_a_session_a_report_is_sent_to_is_not_the_meeting_reported() -> None:
    result = extract_text(
        "Có 14/15 chỉ tiêu năm 2022 đạt và vượt kế hoạch\n\n"
        "Sáng nay (23/11), Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì cuộc họp thông qua các báo cáo về tình hình "
        "thực hiện các chỉ tiêu năm 2022 để trình kỳ họp thứ 12 HĐND tỉnh khóa X sắp tới.\n\n"
        "Theo báo cáo, kết quả thực hiện so với 15 chỉ tiêu theo Nghị quyết của Tỉnh ủy và HĐND tỉnh đề ra, "
        "dự kiến vượt 4 chỉ tiêu.\n")
    assert (result.meeting.ordinal, result.meeting.term) == (None, None)
    assert (result.issuer.name, result.meeting.chair) == ("UBND tỉnh", "Lê Trí Thanh")


def test_a_party_body_of_a_state_body_holds_its_working_session() -> None:
    result = extract_text(
        "Phiên họp thứ 68, Ban cán sự Đảng UBND tỉnh\n\n"
        "Ngày 23/11/2023, đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, chủ trì Phiên họp "
        "thứ 68, Ban cán sự Đảng UBND tỉnh khóa XV, nhiệm kỳ 2021-2026.\n")
    assert (result.meeting.ordinal, result.meeting.term) == (68, 15)
    assert (result.issuer.name, result.issuer.level) == ("Ban cán sự Đảng UBND tỉnh", "province")


def test_a_resolutions_session_days_stand_in_brackets_under_its_heading() -> None:
    result = extract_text(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 08/2015/NQ-HĐND\n\nAn Giang, ngày 10 tháng 12 năm 2015\n\nNGHỊ QUYẾT\n\n"
        "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020\n\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\n"
        "KHÓA VIII KỲ HỌP THỨ 12\n\n(Từ ngày 08 đến 10/12/2015)\n\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n\nQUYẾT NGHỊ:\n")
    assert (result.meeting.ordinal, result.meeting.term, result.meeting.date) == (12, 8, "2015-12-08")


def test_an_undated_report_is_of_the_year_whose_part_it_reviews() -> None:
    # no dateline, no day of the meeting: the months it reviews tell its year
    result = extract_text(
        "Huyện ủy Bình Sơn tổ chức hội nghị lần thứ 8\n\n"
        "Hội nghị đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2021. Giá trị sản xuất ước đạt 120 tỷ "
        "đồng. Đại hội Đảng bộ huyện nhiệm kỳ 2025-2030 sẽ hoàn thành trước 30/6/2025.\n")
    assert result.document.year == 2021


def test_the_year_of_what_an_award_honours_is_not_the_year_planned() -> None:
    result = extract_text(
        "Hội LHPN huyện triển khai Chương trình công tác năm 2024\n\n"
        "Tại hội nghị, Hội LHPN huyện triển khai Chương trình công tác năm 2024 với 34 chỉ tiêu thi đua.\n\n"
        "Dịp này, Hội trao Bằng khen cho 02 tập thể có thành tích xuất sắc trong thực hiện nhiệm vụ công tác Hội "
        "năm 2023; Giấy khen cho 03 tập thể có thành tích trong nhiệm vụ công tác Hội năm 2023.\n")
    assert result.document.year == 2024


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Đại hội đại biểu Đảng bộ tỉnh Bình An bế mạc\n\nĐại hội đã bầu Ban Chấp hành khóa XX.\n\n"
        "Theo nội dung nghị quyết, trong nhiệm kỳ 2025-2030, tỉnh Bình An phấn đấu tốc độ tăng trưởng GRDP đạt 10%/năm.\n",
        (2025, 2030), id="a-congresss-programme-for-its-term"),
    pytest.param(
        "Đoàn Chủ tịch Đại hội\n\nĐại tướng Nguyễn Văn An phát biểu chỉ đạo Đại hội.\n\nVới những kết quả đạt được, "
        "nhiệm kỳ 2020-2025, Đảng bộ tỉnh Bình An đề ra mục tiêu tổng quát xây dựng tỉnh phát triển.\n",
        (2020, 2025), id="a-party-committee-sets-its-aims-for-a-term"),
    pytest.param(
        "Sáng ngày 19/11/2024, Ban Thường vụ Huyện uỷ tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 42 thông "
        "qua dự thảo Báo cáo kiểm điểm Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025 và dự thảo Báo cáo chính trị "
        "trình Đại hội đại biểu Đảng bộ huyện (khóa X), nhiệm kỳ 2025-2030.\n",
        (2020, 2025), id="a-conferences-term-not-the-congresss-it-prepares"),
    pytest.param(
        "Đại hội đại biểu Đảng bộ tỉnh Bình An bế mạc\n\nĐại hội đã thông qua nghị quyết.\n\nHĐND tỉnh nhiệm kỳ "
        "2026-2031, phấn đấu hoàn thành các chỉ tiêu.\n",
        None, id="another-bodys-term-is-not-the-congresss"),
    pytest.param(
        "Nhiệm kỳ 2015-2020, Đảng bộ TP Bình An đã lãnh đạo hoàn thành 12/15 mục tiêu Nghị quyết đề ra. Hệ thống "
        "chính trị được củng cố, phát huy sức chiến đấu của các tổ chức đảng.\n\nBan Chấp hành Đảng bộ TP Bình An "
        "nhiệm kỳ 2020-2025 ra mắt đại hội.\n\nNhiệm kỳ 2020-2025, Đảng bộ TP Bình An quyết tâm phát huy sức mạnh "
        "đoàn kết.\n", (2020, 2025), id="a-report-opening-on-the-term-just-ended-whose-party-organisations-hold-nothing"),
    pytest.param(
        "Tin tức\n\nÔng Nguyễn Văn An dự và chỉ đạo đại hội.\n\nNhiệm kỳ 2020-2025, tốc độ tăng trưởng GRDP của tỉnh "
        "bình quân đạt 6,5%/năm; tổng thu ngân sách hơn 59.300 tỷ đồng.\n\nĐại biểu dự Đại hội đại biểu Đảng bộ tỉnh "
        "Bình An lần thứ I\n\nGiai đoạn 2026-2030, tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP đạt 9%/năm.\n",
        None, id="a-term-that-ends-before-the-period-the-targets-are-set-for-is-reviewed"),
    pytest.param(
        "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)\n- Về kinh tế:\n(1) Thu nhập bình quân đầu người đến năm 2025: 45 "
        "triệu đồng/năm.\n", (2020, 2025), id="the-one-term-a-headline-names"),
    pytest.param(
        "Kết quả nhiệm kỳ 2015-2020 và mục tiêu nhiệm kỳ 2020-2025\n- Thu nhập bình quân đầu người đạt 45 triệu "
        "đồng/năm.\n", None, id="a-headline-naming-two-terms-gives-none"),
])
def test_the_tenure_from_the_clause_that_sets_a_terms_programme(text: str, expected: tuple[int, int] | None) -> None:
    tenure = extract_text(text).meeting.tenure
    assert ((tenure.start, tenure.end) if tenure else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Theo đó, hội nghị đã bầu Ban Thường vụ Tỉnh ủy khóa XX gồm 15 đồng chí.\n\nBan Chấp hành Đảng bộ tỉnh Bình An "
        "khóa XX ra mắt đại hội.\n\nCác đại biểu góp ý vào dự thảo văn kiện trình Đại hội lần thứ XX Đảng bộ tỉnh "
        "Bình An.\n", 20, id="the-new-committees-first-plenum-is-held-within-the-congress"),
    pytest.param(
        "Đảng bộ tỉnh Bình An bầu 18 đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng\n\nĐại hội đại "
        "biểu Đảng bộ tỉnh Bình An đã bầu 18 đại biểu chính thức.\n", None,
        id="a-national-congress-a-provinces-delegates-go-to"),
    pytest.param(
        "Tuổi trẻ Bình An tự hào tiến bước dưới Cờ Đảng\n\n(Bình An Portal) - Thông tin từ Tỉnh đoàn cho biết, năm "
        "2020 là năm diễn ra Đại hội Đảng các cấp, Đại hội Đảng bộ tỉnh lần thứ XVII, tiến tới Đại hội Đại biểu toàn "
        "quốc lần thứ XIII của Đảng. Nhằm chào mừng sự kiện trọng đại này, Tỉnh đoàn triển khai chương trình công tác "
        "năm 2020.\n\nTheo đó, 100% cơ sở Đoàn có ít nhất 01 công trình thanh niên chào mừng Đại hội Đảng các cấp, "
        "Đại hội Đảng bộ tỉnh lần thứ XVII.\n", None, id="a-congress-named-as-the-years-event"),
    pytest.param(
        "Tuổi trẻ Bình An thi đua lập thành tích\n\nCác cơ sở Đoàn thi đua lập thành tích chào mừng Đại hội Đảng bộ "
        "tỉnh lần thứ XVII.\n", None, id="a-congress-only-celebrated"),
    pytest.param(
        "Đại hội Đảng bộ huyện Bình Lâm nhiệm kỳ 2020-2025\n\nSáng 12/8/2020, Đảng bộ huyện Bình Lâm tổ chức Đại hội "
        "đại biểu nhiệm kỳ 2020-2025. Đại hội bầu 15 đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XVII.\n", None,
        id="the-nearest-congress-before-its-ordinal-owns-it"),
    pytest.param(
        "Đại hội Đảng bộ huyện Bình Lâm\n\nSáng 12/8/2020, Đại hội đại biểu Đảng bộ huyện Bình Lâm nhiệm kỳ 2020-2025 "
        "khai mạc. Đại hội quán triệt tinh thần Đại hội Đảng bộ tỉnh lần thứ XVII.\n", None,
        id="a-district-report-names-the-provinces-congress"),
    pytest.param(
        "Đại hội đại biểu Đảng bộ huyện Bình Lâm lần thứ XX\n\nSáng 12/8/2020, Đảng bộ huyện Bình Lâm tổ chức Đại hội "
        "đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025. Các đại biểu thảo luận văn kiện Đại hội Đảng bộ tỉnh lần "
        "thứ XVII.\n", 20, id="the-districts-own-congress-before-the-provinces"),
    pytest.param(
        "Hội nghị Huyện ủy Bình Lâm\n\nSáng 12/8/2020, Huyện ủy Bình Lâm tổ chức hội nghị quán triệt kết quả Hội nghị "
        "Ban Chấp hành Đảng bộ tỉnh lần thứ 5.\n", None, id="a-district-conference-names-the-provinces-plenum"),
    pytest.param(
        "Duyệt văn kiện Đại hội Hội Cựu chiến binh huyện lần thứ X\n\nSáng 3/4/2023, Ban Thường vụ Huyện ủy tổ chức "
        "Hội nghị duyệt văn kiện Đại hội Hội Cựu chiến binh huyện lần thứ X, nhiệm kỳ 2023-2028.\n", None,
        id="a-meeting-on-a-congresss-papers-is-not-the-congress"),
    pytest.param(
        "Tin tức\n\nNgày 2/7, 137 đại biểu đã tham dự Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Khối Cơ quan và Doanh "
        "nghiệp tỉnh Bình An lần thứ II (nhiệm kỳ 2022-2027).\n", 2, id="a-blocs-youth-union-congress-with-its-long-name"),
])
def test_a_congresss_ordinal(text: str, expected: int | None) -> None:
    assert extract_text(text).meeting.ordinal == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kỳ họp tám HĐND huyện Bình Lâm\n\nSáng 20/12/2024, HĐND huyện Bình Lâm khóa X tổ chức kỳ họp tám.\n",
                 8, id="headline-then-council"),
    pytest.param("HĐND huyện Bình Lâm khai mạc\n\nSáng 20/12/2024, HĐND huyện Bình Lâm khai mạc Kỳ họp bảy.\n",
                 7, id="at-the-sentences-end"),
    pytest.param("HĐND huyện Bình Lâm khai mạc\n\nSáng 20/12/2024, HĐND huyện Bình Lâm khai mạc kỳ họp thứ tám.\n",
                 8, id="with-thu"),
    pytest.param("HĐND huyện Bình Lâm họp\n\nSáng 20/12/2024, HĐND huyện Bình Lâm bàn nội dung trình kỳ họp sau.\n",
                 None, id="the-next-session-is-no-sixth"),
    pytest.param("HĐND huyện Bình Lâm họp\n\nSáng 20/12/2024, HĐND huyện Bình Lâm tổ chức kỳ họp năm nay.\n",
                 None, id="this-years-session-is-no-fifth"),
])
def test_a_sessions_ordinal_in_words_without_thu(text: str, expected: int | None) -> None:
    assert extract_text(text).meeting.ordinal == expected


def test_a_session_over_days_each_with_its_month_is_dated_by_its_first() -> None:
    result = extract_text("HĐND huyện Bình Lâm họp\n\nTừ ngày 5 tháng 8 đến ngày 6 tháng 8 năm 2024, HĐND huyện Bình "
                          "Lâm khóa X tổ chức kỳ họp thứ 9.\n")
    assert result.meeting.date == "2024-08-05"


REPORT_HEAD = ("UBND HUYỆN BÌNH LÂM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
               "Số: 12/BC-UBND\nBình Lâm, ngày 5 tháng 12 năm 2022\n\nBÁO CÁO\n")


@pytest.mark.parametrize(("text", "year"), [
    pytest.param(REPORT_HEAD + "Kết quả công tác năm 2022, phương hướng nhiệm vụ 2023\n\nNội dung.\n", 2023,
                 id="a-reports-title-plans-a-year-without-nam"),
    pytest.param(REPORT_HEAD + "Kết quả công tác năm 2022, phương hướng, nhiệm vụ năm 2023\n\nNội dung.\n", 2023,
                 id="a-reports-title-plans-a-year-with-nam"),
    pytest.param("Bình Lâm phát triển du lịch\n\nNgày 10/12/2025, UBND huyện Bình Lâm ban hành Kế hoạch phát triển du "
                 "lịch cộng đồng và du lịch sinh thái năm 2026 với nhiều giải pháp.\n", 2026, id="a-plan-named-at-length"),
    pytest.param("Bình Lâm trồng rừng\n\nNgày 10/12/2025, UBND huyện Bình Lâm giao chỉ tiêu 2026 ha rừng.\n", 2025,
                 id="a-count-after-a-planned-word-is-no-year"),
])
def test_the_year_a_document_plans_for(text: str, year: int) -> None:
    assert extract_text(text).document.year == year


def test_a_headlines_reviewed_year_gives_way_to_the_year_the_text_plans() -> None:
    # the year a headline reviews or estimates ("Ước thực hiện năm 2024", "Kết quả ... năm 2024") is the
    # document's year only where the text plans for no later one
    headlines = (" date 2024-12-20 Ước thực hiện năm 2024 huyện Bình Lâm tăng trưởng 9,1%\n",
                 " date 2024-12-20 Kết quả thực hiện nhiệm vụ năm 2024 của huyện Bình Lâm\n")
    planned = ("Năm 2024, tăng trưởng ước đạt 9,1%.\n\nNăm 2025, huyện phấn đấu tăng trưởng đạt 10%.\n",
               "Kỳ họp thông qua nghị quyết về nhiệm vụ năm 2025 với các chỉ tiêu: tăng trưởng đạt 10%.\n")
    assert [extract_text(h + p).document.year for h in headlines for p in planned] == [2025] * 4
    reviewed = "Năm 2024, tăng trưởng đạt 9,1%; thu ngân sách đạt 330 tỷ đồng.\n"
    assert [extract_text(h + reviewed).document.year for h in headlines] == [2024] * 2


def test_a_pages_chrome_and_capitals_are_no_opening_lines() -> None:
    result = extract_text(
        "Đề cương tuyên truyền kết quả Đại hội Đại biểu phụ nữ tỉnh Hòa Lâm lần thứ X, nhiệm kỳ 2021 - 2026\n\n"
        "• Thứ hai - 08/11/2021 10:15\n• 215\n• 0\nLOGO\nHỘI LIÊN HIỆP PHỤ NỮ HÒA LÂM\nBAN THƯỜNG VỤ\n"
        "Hòa Lâm, ngày 5 tháng 11 năm 2021\nĐỀ CƯƠNG TUYÊN TRUYỀN\nKẾT QUẢ ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TỈNH LẦN THỨ X\n"
        "NHIỆM KỲ 2021-2026\n_________\n"
        "Đại hội Đại biểu phụ nữ tỉnh Hòa Lâm lần thứ X, nhiệm kỳ 2021 - 2026 được tổ chức vào ngày 2 tháng 11 năm "
        "2021 tại Nhà Văn hóa Thanh Niên.\n")
    assert (result.meeting.date, result.meeting.location) == ("2021-11-02", "Nhà Văn hóa Thanh Niên")


@pytest.mark.parametrize(("text", "date"), [
    pytest.param(
        "Thứ Sáu, 16/10/2020, 09:12 (GMT+7)\n.\n\nNghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII\n\n"
        "Báo Hòa Lâm trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII, nhiệm kỳ "
        "2020 - 2025 đã được đại biểu thông qua trong phiên bế mạc Đại hội vào sáng ngày 16-10.\n\n\n"
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 13 đến ngày 16 tháng 10 năm "
        "2020, với tinh thần dân chủ, đoàn kết.\n", "2020-10-13", id="the-days-it-ran-over-its-closing-sitting"),
    pytest.param(
        "Đại hội Đảng bộ tỉnh Hòa Lâm bế mạc\n\nĐại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII bế mạc vào sáng "
        "ngày 16/10/2020.\n", "2020-10-16", id="the-closing-day-where-nothing-else-dates-it"),
    pytest.param(
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII\n\nChiều 16/10, tại phiên bế mạc Đại hội đại "
        "biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII, các đại biểu đã thông qua Nghị quyết.\n\n"
        "Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII, nhiệm kỳ 2020 - 2025 họp từ ngày 13/10/2020 đến ngày "
        "16/10/2020 tại Nhà Văn hóa tỉnh, với sự tham gia của 300 đại biểu.\n", "2020-10-13",
        id="the-closing-sitting-named-after-its-day"),
])
def test_a_congress_is_dated_by_its_days_not_its_closing_sitting(text: str, date: str) -> None:
    assert extract_text(text).meeting.date == date


def test_a_full_text_page_of_a_congress_resolution_is_that_congress() -> None:
    """"Toàn văn Nghị quyết Đại hội ...": the page gives the congress's resolution, whose
    ordinal and term are the congress's (not the outgoing committee's "khóa XI, nhiệm kỳ 2015-2020")."""
    result = extract_text(
        "Toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII\n\nThứ Sáu, 16/10/2020 | 09:12\n\n"
        "Báo Hòa Lâm đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII (nhiệm kỳ "
        "2020-2025).\n\nNGHỊ QUYẾT\n\n"
        "Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ XII, nhiệm kỳ 2020 - 2025 họp tại Nhà Văn hóa tỉnh. Đại hội "
        "nghe Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ tỉnh khoá XI, nhiệm kỳ 2015-2020.\n")
    tenure = result.meeting.tenure
    assert (result.meeting.ordinal, tenure and (tenure.start, tenure.end)) == (12, (2020, 2025))


@pytest.mark.parametrize(("text", "year"), [
    pytest.param("Huyện ủy Bình Lâm tổ chức hội nghị lần thứ 10\n\nHuyện ủy Bình Lâm hôm nay đã tổ chức hội nghị lần thứ 10 "
                 "nhằm đánh giá tình hình 9 tháng đầu năm 2019.\n", 2019, id="the-one-year-of-the-meetings-sentence"),
    pytest.param("Huyện ủy Bình Lâm tổ chức hội nghị lần thứ 10\n\nHuyện ủy Bình Lâm hôm nay đã tổ chức hội nghị lần thứ 10 "
                 "nhằm đánh giá giai đoạn 2016-2020.\n", None, id="a-period-gives-no-year"),
    pytest.param("Thành ủy Bình Lâm tổ chức hội nghị lần thứ 10\n\nNhằm đánh giá kết quả năm 2019, Thành ủy TP. Bình Lâm tổ "
                 "chức hội nghị lần thứ 10. Hội nghị diễn ra trong một ngày.\n", 2019,
                 id="an-abbreviations-dot-ends-no-sentence"),
    pytest.param("Thành ủy Bình Lâm tổ chức hội nghị lần thứ 10\n\nChiều qua, Ban Chấp hành Đảng bộ TP. Bình Lâm tổ chức hội "
                 "nghị lần thứ 10 nhằm đánh giá kết quả năm 2019. Hội nghị diễn ra trong một ngày.\n", 2019,
                 id="a-year-right-before-the-stop"),
])
def test_an_undated_reports_year_from_its_meetings_sentence(text: str, year: int | None) -> None:
    assert extract_text(text).document.year == year


def test_the_first_of_a_labelled_list_of_chairs() -> None:
    result = extract_text(
        "HĐND xã Bình Lâm tổ chức kỳ họp thứ 4\n\nSáng 20/12/2025, HĐND xã Bình Lâm tổ chức kỳ họp thứ 4.\n\nCác ông: "
        "Trần Văn An - Bí thư Đảng ủy, Chủ tịch HĐND xã; Lê Văn Bình - Phó Chủ tịch HĐND xã chủ trì kỳ họp.\n")
    assert result.meeting.chair == "Trần Văn An"


def test_a_headline_on_the_new_term_gives_the_latest_term_named() -> None:
    result = extract_text(
        "Đoàn Thanh niên phường Bình Lâm đặt ra nhiều mục tiêu trong nhiệm kỳ mới\n\nTrong nhiệm kỳ 2022 - 2025, công tác "
        "Đoàn đạt nhiều kết quả nổi bật.\n\nBước vào nhiệm kỳ 2025 - 2030, Đoàn phường phấn đấu 100% chi đoàn hoàn thành "
        "nhiệm vụ.\n")
    tenure = result.meeting.tenure
    assert tenure is not None and (tenure.start, tenure.end) == (2025, 2030)


@pytest.mark.parametrize("bloc", ["khối doanh nghiệp", "khối cơ quan và doanh nghiệp", "khối các cơ quan"])
def test_a_party_committees_bloc_in_lower_case_is_part_of_its_name(bloc: str) -> None:
    text = f"Tin tức\n\nSáng 9/1, Đảng ủy {bloc} tổ chức hội nghị tổng kết công tác năm 2023.\n"
    assert extract_text(text).issuer.name == f"Đảng ủy {bloc}"


def test_a_place_the_text_names_as_a_committees_is_no_chair_though_it_opens_on_a_family_name() -> None:
    text = ("Tin tức\n\nNgày 5/1/2026, Tỉnh ủy Hà Văn Giang tổ chức hội nghị tổng kết. Bí thư Tỉnh ủy Hà Văn Giang "
            "chủ trì hội nghị.\n")
    assert extract_text(text).meeting.chair is None


def test_a_person_after_a_post_is_the_chair_where_no_committee_has_that_place() -> None:
    text = "Tin tức\n\nNgày 5/1/2026, Tỉnh ủy tổ chức hội nghị tổng kết. Bí thư Tỉnh ủy Hà Văn Giang chủ trì hội nghị.\n"
    assert extract_text(text).meeting.chair == "Hà Văn Giang"


@pytest.mark.parametrize(("sentence", "speaks"), [
    ("Ngày 12/3, Đảng ủy xã Bình Sơn tổ chức hội nghị sơ kết.", True),
    ("Sáng nay, Đoàn xã Hòa Lạc họp bàn kế hoạch.", True),
    ("Ngày 5/6, xã An Phú trồng 300 cây xanh.", True),  # a sentence that opens on its day
    ("Xã An Phú phối hợp trồng 300 cây xanh.", False),  # "phối hợp" is no "họp"
    ("Xã An Phú trồng thêm 300 cây xanh vào ngày 5/6.", False),
], ids=["meeting-words", "hop", "opens-on-its-day", "hop-of-phoi-hop", "no-meeting-word"])
def test_a_sentence_speaks_of_a_meeting_by_its_words(sentence: str, speaks: bool) -> None:
    from nqparse.extractors.meeting import _speaks_of_meeting
    from nqparse.normalize import normalize
    from nqparse.segment import segment
    from nqparse.source import Source

    layout = segment(normalize(Source(text=sentence, format="txt")))
    assert _speaks_of_meeting(layout, 0, len(layout.text.text)) is speaks


@pytest.mark.parametrize("headline", [
    "ĐẢNG ỦY XÃ HÒA LÂM: TỔNG KẾT NGHỊ QUYẾT SỐ 12-NQ/TW NGÀY 05/3/2018 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG",
    "ĐẢNG ỦY XÃ HÒA LÂM: TỔNG KẾT NGHỊ QUYẾT SỐ 12-NQ/TW NGÀY 05/3/2018"])
def test_the_date_of_a_document_a_headline_names_is_part_of_the_headline(headline: str) -> None:
    text = f"{headline}\nSáng ngày 10/10/2025, Đảng ủy xã Hòa Lâm tổ chức hội nghị tổng kết.\n"
    assert extract_text(text).document.title == headline


def test_a_bracketed_span_of_years_after_an_anniversary_dates_no_meeting() -> None:
    text = ("Tin tức\n\nTổ chức lễ Kỷ niệm 30 năm ngày thành lập huyện Sơn Mai (12/8/1996 - 12/8/2026)\n\n"
            "Theo đó, Chủ tịch UBND tỉnh đồng ý tổ chức lễ Kỷ niệm 30 năm ngày thành lập huyện Sơn Mai "
            "(12/8/1996 - 12/8/2026) và đón nhận Huân chương Lao động hạng Nhì.\n\n"
            "Đề nghị UBND huyện Sơn Mai chủ trì tổ chức lễ Kỷ niệm.\n")
    assert extract_text(text).meeting.date is None


INVITATION_PAGE = ("In bài viết\nGiấy mời dự Lễ phát động Tết trồng cây Xuân Bính Ngọ 2026\n\n"
                   "Ủy ban nhân dân tỉnh An Hòa tổ chức Lễ phát động Tết trồng cây.\n\n1. Thành phần mời:\n\n"
                   + "".join(f"- Lãnh đạo đơn vị số {n};\n\n" for n in range(1, 15))
                   + "2. Thời gian: ½ ngày, từ 7h30, Thứ ba, ngày 17/02/2026.\n\n"
                   "3. Địa điểm: Tại Quảng trường tỉnh An Hòa.\n\nKính mời các đại biểu về dự./.\n")


def test_a_page_headed_by_an_invitation_with_its_fields_is_that_invitation() -> None:
    result = extract_text(INVITATION_PAGE)
    assert result.document.kind == "unknown"
    assert (result.meeting.date, result.meeting.location) == ("2026-02-17", "Tại Quảng trường tỉnh An Hòa")


def test_a_page_headed_by_an_invitation_without_its_fields_stays_a_report() -> None:
    text = "Giấy mời dự Lễ phát động Tết trồng cây Xuân Bính Ngọ 2026\n\nNgày 17/02/2026, tỉnh An Hòa tổ chức lễ.\n"
    assert extract_text(text).document.kind == "article"


def test_a_sentence_opening_on_the_hour_then_the_day_dates_the_meeting() -> None:
    text = ("Tổ chức đối thoại với các hộ dân xã Tân Lạc\n\n"
            "Ủy ban nhân dân tỉnh An Hòa tổ chức đối thoại với các hộ dân xã Tân Lạc.\n"
            "Vào lúc 8 giờ 00, ngày 20/4/2026 (thứ hai), tại trụ sở UBND huyện Sơn Mai, lãnh đạo UBND tỉnh "
            "chủ trì đối thoại với các hộ dân.\n")
    meeting = extract_text(text).meeting
    assert (meeting.date, meeting.location) == ("2026-04-20", "trụ sở UBND huyện Sơn Mai")


def test_a_sentence_opening_on_the_hour_speaks_of_a_meeting_without_a_meeting_word() -> None:
    from nqparse.extractors.meeting import _speaks_of_meeting
    from nqparse.normalize import normalize
    from nqparse.segment import segment
    from nqparse.source import Source

    sentence = "Vào lúc 8 giờ 00, ngày 20/4/2026, tại trụ sở UBND xã An Phú, lãnh đạo tỉnh gặp các hộ dân."
    layout = segment(normalize(Source(text=sentence, format="txt")))
    assert _speaks_of_meeting(layout, 0, len(layout.text.text))


def test_an_abbreviations_dot_does_not_end_the_sentence_whose_head_asks() -> None:
    # "tại TP. Hòa Lâm, Chủ tịch UBND tỉnh yêu cầu ...": one sentence (the shared splitter), so the
    # bodies after the request are those asked, not the issuer
    text = ("Tin tức\n\nSáng 5/3, tại TP. Hòa Lâm, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát kinh phí; "
            "Hội Nông dân tỉnh phối hợp tuyên truyền.\n")
    issuer = extract_text(text).issuer
    assert issuer is not None and issuer.name == "UBND tỉnh"


def test_a_place_ends_where_the_sentence_verb_goes_on() -> None:
    text = ("Tin tức\n\nChiều ngày 06/3/2026, tại hội trường Ủy ban nhân dân xã Hòa Lâm đã tổ chức Hội nghị tổng kết "
            "công tác năm 2025 và triển khai nhiệm vụ năm 2026.\n")
    assert extract_text(text).meeting.location == "hội trường Ủy ban nhân dân xã Hòa Lâm"


def test_a_place_ends_where_the_attendance_is_told() -> None:
    text = ("Tin tức\n\nĐại hội Đảng bộ huyện Hòa Lâm lần thứ XX sẽ diễn ra từ ngày 20 đến 22/9/2025 tại Nhà Văn hóa "
            "trung tâm huyện với sự tham dự của 250 đại biểu chính thức.\n")
    assert extract_text(text).meeting.location == "Nhà Văn hóa trung tâm huyện"


def test_a_year_end_meeting_that_hands_out_the_next_years_targets_is_held_the_year_before() -> None:
    text = ("Tin tức\n\nChiều 23/12, UBND huyện Sơn Mai tổ chức hội nghị giao chỉ tiêu kế hoạch phát triển kinh tế - "
            "xã hội và dự toán thu, chi ngân sách nhà nước năm 2025.\n")
    assert extract_text(text).meeting.date == "2024-12-23"


def test_a_year_end_session_that_names_the_next_year_sets_that_years_plan() -> None:
    # held on 18/12 (2024 by the page's stamp), it adopts the resolution "năm 2025": the plan's year is 2025
    text = (" date 2024-12 Ngày 18/12, HĐND huyện Sơn Mai khóa III, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 20 để "
            "đánh giá việc thực hiện các nhiệm vụ phát triển kinh tế - xã hội của huyện năm 2024.\n\n"
            "Các đại biểu đã biểu quyết thông qua nghị quyết về nhiệm vụ trọng tâm phát triển kinh tế - xã hội, "
            "quốc phòng, an ninh năm 2025.\n")
    result = extract_text(text)
    assert (result.meeting.date, result.document.year) == ("2024-12-18", 2025)


@pytest.mark.parametrize("published", ["Ngày đăng: 12/03/2025", "Ngày cập nhật: 12-03-2025 10:15"])
def test_a_pages_publication_line_is_not_the_meetings_day(published: str) -> None:
    # the page's own date line under its stamped headline; the lead tells the meeting's day
    text = (" date 2025-03-14 Huyện Xuân Hòa tổ chức hội nghị triển khai nhiệm vụ năm 2025\n"
            f"{published}\nSáng 10/3, Huyện ủy Xuân Hòa tổ chức hội nghị triển khai nhiệm vụ năm 2025.\n")
    assert extract_text(text).meeting.date == "2025-03-10"


def test_a_day_opening_clauses_of_chairs_cut_at_semicolons_dates_the_meeting_they_lead_to() -> None:
    result = extract_text(
        "Chiều ngày 26/3, dưới sự chủ trì của đồng chí Lê Văn An, Bí thư Tỉnh ủy; đồng chí Trần Văn Bình, Phó Bí thư "
        "Tỉnh ủy; Ban Chấp hành Đảng bộ tỉnh đã tổ chức hội nghị lần thứ 22 để cho ý kiến về tình hình quý I.\n\n"
        "Trong quý I/2025, tăng trưởng kinh tế đạt 7%.\n")
    assert (result.meeting.ordinal, result.meeting.date) == (22, "2025-03-26")
