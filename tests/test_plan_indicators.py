"""Targets of plans, programmes and budget resolutions as their offices write them: bulleted and
lettered items under a heading that sets targets, hard-wrapped lines, budget articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from nqparse import extract_text
from nqparse.extractors.tables import markdown_tables
from tests.test_indicators import _view

_HEADER = "ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện năm 2026\n\n"


@dataclass
class Case:
    id: str
    text: str
    expect: list[dict[str, Any]]


CASES = [
    Case("bullets-under-a-goal-heading-to-2030",
         "II. MỤC TIÊU\n\n1. Phát triển kinh tế số đến năm 2030\n\n"
         "- Kinh tế số chiếm 30% GRDP tỉnh.\n\n"
         "- Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%.\n\n"
         "2. Phát triển xã hội số đến năm 2030\n\n- Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số.\n\n"
         "III. NHIỆM VỤ, GIẢI PHÁP\n\n1. Hạ tầng số\n\n- Phủ sóng 100% thôn, bản.\n",
         [{"number": None, "group": "Phát triển kinh tế số đến năm 2030", "name": "Kinh tế số chiếm GRDP tỉnh",
           "targets": [{"value": 30, "unit": "%"}]},
          {"number": None, "group": "Phát triển kinh tế số đến năm 2030",
           "name": "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo",
           "targets": [{"value": 40, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": "Phát triển xã hội số đến năm 2030", "name": "Tỷ lệ phủ sóng 5G trên địa bàn",
           "targets": [{"value": 100, "unit": "%"}]}]),
    Case("hard-wrapped-bullets-keep-their-whole-name",
         "2. Mục tiêu cụ thể\n- Tỷ lệ doanh nghiệp vừa và nhỏ\nđịa phương ứng dụng công nghệ số đạt 60%.\n"
         "- Phấn đấu mỗi năm phát triển từ\n05 bộ dữ liệu mở; có tối\nthiểu 05 kịch bản ứng dụng dữ liệu.\n",
         [{"number": None, "group": "Mục tiêu cụ thể",
           "name": "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", "targets": [{"value": 60, "unit": "%"}]},
          {"number": None, "group": "Mục tiêu cụ thể", "name": "Mỗi năm phát triển bộ dữ liệu mở",
           "targets": [{"value": 5, "unit": "bộ dữ liệu"}, {"value": 5, "unit": "kịch bản", "comparator": ">="}]}]),
    Case("lettered-items-under-the-main-indicators",
         "II. CÁC CHỈ TIÊU CHỦ YẾU\na) Hình thành mới 05 khu công nghiệp, nâng tổng số lên 12 KCN; tỷ lệ lấp đầy "
         "đạt trên 80%.\nb) Chỉ số sản xuất công nghiệp tăng bình quân 12%/năm.\n",
         [{"number": None, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Hình thành mới khu công nghiệp",
           "targets": [{"value": 5, "unit": "khu công nghiệp"}, {"value": 12, "unit": "KCN"},
                       {"value": 80, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Chỉ số sản xuất công nghiệp",
           "targets": [{"value": 12, "unit": "%", "change": "increase"}]}]),
    Case("numbered-goals-hard-wrapped-with-the-figure-on-the-next-line",
         "II. MỤC TIÊU\n2. Phát triển xã hội số đến năm\n2030 với các mục tiêu (3 mục tiêu)\n\n"
         "(1) Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại\nthông minh đạt tối thiểu 95%;\n\n"
         "(2) Tỷ lệ bệnh viện triển khai bệnh án điện tử đạt\n100%;\n\n"
         "(3) Tỷ lệ người dân có hồ sơ sức khoẻ điện tử cá\nnhân đạt 100%.\n",
         [{"number": 1, "group": "Phát triển xã hội số đến năm 2030 với các mục tiêu",
           "name": "Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh",
           "targets": [{"value": 95, "unit": "%", "comparator": ">="}]},
          {"number": 2, "group": "Phát triển xã hội số đến năm 2030 với các mục tiêu",
           "name": "Tỷ lệ bệnh viện triển khai bệnh án điện tử", "targets": [{"value": 100, "unit": "%"}]},
          {"number": 3, "group": "Phát triển xã hội số đến năm 2030 với các mục tiêu",
           "name": "Tỷ lệ người dân có hồ sơ sức khoẻ điện tử cá nhân", "targets": [{"value": 100, "unit": "%"}]}]),
    Case("a-figure-that-leads-keeps-the-name-whole",
         "Chỉ tiêu chủ yếu thực hiện đến năm 2030:\n"
         "- Phấn đấu 100% các điểm tổ chức, chứa chấp sử dụng ma túy và 100% diện tích trồng cây có chứa chất "
         "ma túy được phát hiện và triệt xóa.\n",
         [{"number": None, "group": "Chỉ tiêu chủ yếu thực hiện đến năm 2030",
           "name": "Các điểm tổ chức, chứa chấp sử dụng ma túy và diện tích trồng cây có chứa chất ma túy được "
                   "phát hiện và triệt xóa",
           "targets": [{"value": 100, "unit": "%"}, {"value": 100, "unit": "%"}]}]),
    Case("results-of-last-year-are-not-targets",
         "I. KẾT QUẢ ĐẠT ĐƯỢC NĂM 2024\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%.\n"
         "II. MỤC TIÊU NĂM 2025\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.\n",
         [{"number": None, "group": "MỤC TIÊU NĂM 2025", "name": "Tỷ lệ hồ sơ trực tuyến toàn trình",
           "targets": [{"value": 80, "unit": "%"}]}]),
    Case("tasks-and-the-section-before-say-nothing-of-a-list",
         "4. Sở Tài chính phấn đấu giải ngân đúng hạn.\n5. Các chủ đầu tư:\n"
         "- Tập trung giải ngân 100% vốn đầu tư công năm 2025.\n", []),
    Case("long-lead-in-ending-in-the-words-chi-tieu",
         "1. Nội dung thi đua\nNâng cao nhận thức của người hưởng trợ cấp xã hội về lợi ích của giao dịch không "
         "dùng tiền mặt trong đời sống hằng ngày; từ đó, tự nguyện đăng ký mở tài khoản để nhận tiền trợ cấp, các "
         "nội dung này được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:\n"
         "(1) 100% số người hưởng trợ cấp được tuyên truyền;\n(2) Ít nhất 85% người hưởng trợ cấp mở tài khoản.\n",
         [{"number": 1, "group": "Nội dung thi đua", "name": "Số người hưởng trợ cấp được tuyên truyền",
           "targets": [{"value": 100, "unit": "%"}]},
          {"number": 2, "group": "Nội dung thi đua", "name": "Người hưởng trợ cấp mở tài khoản",
           "targets": [{"value": 85, "unit": "%", "comparator": ">="}]}]),
    Case("a-numbered-heading-before-a-blank-line-is-no-indicator",
         "I. CHỦ ĐỀ, CHỈ TIÊU NĂM 2024\n2. Các chỉ tiêu chủ yếu\n\n"
         "Về chỉ tiêu kinh tế: (1) Tăng trưởng GRDP đạt 8%; (2) Kim ngạch xuất khẩu đạt 3 tỷ USD.\n",
         [{"number": 1, "group": "Về chỉ tiêu kinh tế", "name": "Tăng trưởng GRDP",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]},
          {"number": 2, "group": "Về chỉ tiêu kinh tế", "name": "Kim ngạch xuất khẩu",
           "targets": [{"value": 3, "unit": "tỷ USD"}]}]),
    Case("heading-and-lead-in-hard-wrapped-over-lines",
         "II. MỤC TIÊU\n1. Phát triển\nkinh tế số đến năm 2030\n- Kinh tế số chiếm 30% GRDP tỉnh.\n"
         "2. Nội dung thi đua\nNâng cao nhận thức của người hưởng trợ cấp\nxã hội, các nội dung này được cụ thể "
         "hóa bằng\ncác chỉ tiêu cụ thể như sau:\n(1) 100% số người hưởng trợ cấp được tuyên truyền;\n"
         "(2) Ít nhất 85% người hưởng trợ cấp mở tài khoản.\n",
         [{"number": None, "group": "Phát triển kinh tế số đến năm 2030", "name": "Kinh tế số chiếm GRDP tỉnh",
           "targets": [{"value": 30, "unit": "%"}]},
          {"number": 1, "group": "Nội dung thi đua", "name": "Số người hưởng trợ cấp được tuyên truyền",
           "targets": [{"value": 100, "unit": "%"}]},
          {"number": 2, "group": "Nội dung thi đua", "name": "Người hưởng trợ cấp mở tài khoản",
           "targets": [{"value": 85, "unit": "%", "comparator": ">="}]}]),
    Case("press-report-lists-targets-after-a-sentence-about-chi-tieu",
         "Đại hội thông qua 26 chỉ tiêu chủ yếu của giai đoạn 2020 - 2025. Điển hình như: Kinh tế số đóng góp khoảng "
         "25% đến năm 2025, 40% đến năm 2030 trong GRDP; tổng vốn đầu tư xã hội chiếm khoảng 35% GRDP; tỷ lệ dân số "
         "đô thị đạt hơn 60%, tỷ lệ trẻ sơ sinh được sàng lọc đạt hơn 90%; tốc độ tăng năng suất lao động đạt 7%/năm…\n",
         [{"number": None, "group": None, "name": "Kinh tế số đóng góp",
           "targets": [{"value": 25, "unit": "%", "comparator": "~"}, {"value": 40, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tổng vốn đầu tư xã hội chiếm GRDP",
           "targets": [{"value": 35, "unit": "%", "comparator": "~"}]},
          {"number": None, "group": None, "name": "Tỷ lệ dân số đô thị",
           "targets": [{"value": 60, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Tỷ lệ trẻ sơ sinh được sàng lọc",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Tốc độ tăng năng suất lao động",
           "targets": [{"value": 7, "unit": "%", "change": "increase"}]}]),
    Case("press-report-counts-the-targets-then-names-them",
         "Thành phố xác định 17 chỉ tiêu chủ yếu, như tốc độ tăng trưởng GRDP giai đoạn 2021-2025 từ 7,5-8%; tỷ "
         "trọng kinh tế số trong GRDP chiếm khoảng 30%; tỷ lệ đô thị hóa 60-62%.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP",
           "targets": [{"min": 7.5, "max": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ trọng kinh tế số trong GRDP",
           "targets": [{"value": 30, "unit": "%", "comparator": "~"}]},
          {"number": None, "group": None, "name": "Tỷ lệ đô thị hóa", "targets": [{"min": 60, "max": 62, "unit": "%"}]}]),
    Case("press-report-counts-the-targets-then-names-them-without-a-comma",
         "Nghị quyết đề ra 20 chỉ tiêu trên các lĩnh vực trong đó phấn đấu tốc độ tăng giá trị sản xuất bình "
         "quân hằng năm 9%; thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng giá trị sản xuất bình quân hằng năm",
           "targets": [{"value": 9, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 90, "unit": "triệu đồng"}]}]),
    Case("press-report-lists-targets-right-after-a-qualified-count-in-words",
         "Đại hội thông qua nghị quyết với một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng bình quân hằng năm "
         "9-11%; hộ gia đình đạt tiêu chuẩn văn hóa 90% trở lên.\n",
         [{"number": None, "group": None, "name": "Thương mại - dịch vụ tăng bình quân hằng năm",
           "targets": [{"min": 9, "max": 11, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Hộ gia đình đạt tiêu chuẩn văn hóa",
           "targets": [{"value": 90, "unit": "%", "comparator": ">="}]}]),
    Case("press-report-of-targets-said-met-before-the-list-names-no-targets",
         "Trong 6 tháng đầu năm, nhiều chỉ tiêu đạt khá so với kế hoạch như: giá trị sản xuất nông nghiệp 1.200 "
         "tỷ đồng; thu ngân sách hơn 300 tỷ đồng.\nCác chỉ tiêu chủ yếu đều đạt và vượt, như tăng trưởng 8%; "
         "thu ngân sách 500 tỷ đồng.\n", []),
    Case("press-count-and-colon-opening-one-list-read-once",
         "Một số chỉ tiêu cụ thể như: thu ngân sách hằng năm tăng 10 - 12%; hộ nghèo giảm bình quân 4 - 5%/năm.\n",
         [{"number": None, "group": "Một số chỉ tiêu cụ thể", "name": "Thu ngân sách hằng năm",
           "targets": [{"min": 10, "max": 12, "unit": "%", "change": "increase"}]},
          {"number": None, "group": "Một số chỉ tiêu cụ thể", "name": "Hộ nghèo",
           "targets": [{"min": 4, "max": 5, "unit": "%", "change": "decrease"}]}]),
    Case("press-count-as-follows-whose-first-sentence-holds-one-target",
         "Năm nay, ngành phấn đấu một số chỉ tiêu chủ yếu như sau: Tốc độ tăng trưởng ngành thủy sản đạt 5,2%. "
         "Sản lượng khai thác đạt 12.000 tấn.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng ngành thủy sản",
           "targets": [{"value": 5.2, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Sản lượng khai thác", "targets": [{"value": 12000, "unit": "tấn"}]}]),
    Case("press-list-opened-by-a-back-link-under-a-paragraph-of-aims",
         "Sở Công Thương vừa ban hành kế hoạch năm 2025 với một số mục tiêu.\n\n"
         "Cụ thể, giá trị sản xuất công nghiệp dự kiến đạt 9.500 tỷ đồng; kim ngạch xuất khẩu 420 triệu USD.\n\n"
         "Năm 2024 đã có nhiều kết quả.\n\nCụ thể, doanh thu 300 tỷ đồng; lợi nhuận 20 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Giá trị sản xuất công nghiệp dự kiến",
           "targets": [{"value": 9500, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "Kim ngạch xuất khẩu",
           "targets": [{"value": 420, "unit": "triệu USD"}]}]),
    Case("press-aim-named-again-with-a-demonstrative-lists-no-grounds",
         "Đại hội xác định mục tiêu giảm 0,5% số hộ hội viên nghèo. Mục tiêu này có cơ sở thực hiện do toàn xã "
         "có 40 trang trại, 12 gia trại, 3 hợp tác xã do hội viên làm chủ; 86 hội viên đạt danh hiệu sản xuất, "
         "kinh doanh giỏi các cấp.\n",
         [{"number": None, "group": None, "name": "Số hộ hội viên nghèo",
           "targets": [{"value": 0.5, "unit": "%", "change": "decrease"}]}]),
    Case("press-aim-how-often-before-the-figures-lead-names-nothing",
         "Hội phấn đấu mỗi năm giảm 0,5% số hộ hội viên nghèo.\n",
         [{"number": None, "group": None, "name": "Số hộ hội viên nghèo",
           "targets": [{"value": 0.5, "unit": "%", "change": "decrease"}]}]),
    Case("one-for-each-in-a-programmes-name-is-no-count",
         "Năm 2025, ngành phấn đấu tỷ lệ che phủ rừng 45%; số lượng sản phẩm đạt chuẩn thuộc Chương trình mỗi xã "
         "một sản phẩm (OCOP) là 150 sản phẩm.\n",
         [{"number": None, "group": None, "name": "Tỷ lệ che phủ rừng", "targets": [{"value": 45, "unit": "%"}]},
          {"number": None, "group": None,
           "name": "Số lượng sản phẩm đạt chuẩn thuộc Chương trình mỗi xã một sản phẩm (OCOP)",
           "targets": [{"value": 150, "unit": "sản phẩm"}]}]),
    Case("a-classifier-alone-after-the-figure-counts-heads",
         "Chỉ tiêu chăn nuôi: Tổng đàn trâu 25.000 con; tổng đàn bò 100.000 con; thịt hơi các loại 37.300 tấn.\n",
         [{"number": None, "group": "Chỉ tiêu chăn nuôi", "name": "Tổng đàn trâu", "targets": [{"value": 25000, "unit": "con"}]},
          {"number": None, "group": "Chỉ tiêu chăn nuôi", "name": "Tổng đàn bò", "targets": [{"value": 100000, "unit": "con"}]},
          {"number": None, "group": "Chỉ tiêu chăn nuôi", "name": "Thịt hơi các loại",
           "targets": [{"value": 37300, "unit": "tấn"}]}]),
    Case("press-count-then-other-counts-before-the-targets",
         "Đại hội đề ra 31 chỉ tiêu với 5 nhiệm vụ trọng tâm và 3 khâu đột phá, trong đó tỷ lệ đảng viên kết nạp "
         "mới tối thiểu 3%/năm; trên 90% tổ chức đảng hoàn thành tốt nhiệm vụ./.\n",
         [{"number": None, "group": None, "name": "Tỷ lệ đảng viên kết nạp mới",
           "targets": [{"value": 3, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": None, "name": "Tổ chức đảng hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]}]),
    Case("a-part-counting-its-targets-in-a-note-sets-targets",
         "Tin tức\n\nI. Về kinh tế (2 chỉ tiêu)\n1. Tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 16%.\n"
         "2. Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã).\n",
         [{"number": 1, "group": "Về kinh tế", "name": "Tốc độ tăng giá trị sản xuất bình quân hàng năm",
           "targets": [{"value": 16, "unit": "%", "change": "increase"}]},
          {"number": 2, "group": "Về kinh tế", "name": "Tỷ lệ số xã đạt chuẩn nông thôn mới",
           "targets": [{"value": 50, "unit": "%"}, {"value": 8, "unit": "xã"}]}]),
    Case("press-aim-that-goes-on-in-a-list",
         "Nhiệm kỳ 2020 - 2025, huyện phấn đấu tốc độ tăng trưởng bình quân đạt 7,8%; thu nhập bình quân đầu người "
         "đến năm 2025 đạt 65 triệu đồng; đến năm 2025 tỷ trọng nông nghiệp chiếm 42%; tổng vốn đầu tư toàn xã hội "
         "đạt 4.862 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng bình quân",
           "targets": [{"value": 7.8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 65, "unit": "triệu đồng"}]},
          {"number": None, "group": None, "name": "Tỷ trọng nông nghiệp", "targets": [{"value": 42, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tổng vốn đầu tư toàn xã hội",
           "targets": [{"value": 4862, "unit": "tỷ đồng"}]}]),
    Case("press-aim-bounded-after-its-figure",
         "Tin tức\n\nHuyện tổ chức Đại hội. Phấn đấu mỗi năm kết nạp từ 80 đảng viên mới trở lên.\n",
         [{"number": None, "group": None, "name": "Mỗi năm kết nạp đảng viên",
           "targets": [{"value": 80, "unit": "đảng viên", "comparator": ">="}]}]),
    Case("press-headline-restating-a-target-in-other-words-is-one-target",
         "Thành phố phấn đấu tối thiểu 90% người dân hài lòng về giải quyết thủ tục hành chính\n\nCụ thể, "
         "đến năm 2025, tối thiểu 90% người dân hài lòng về việc giải quyết thủ tục hành chính; 40% hồ sơ "
         "được xử lý trực tuyến.\n",
         [{"number": None, "group": None, "name": "Người dân hài lòng về việc giải quyết thủ tục hành chính",
           "targets": [{"value": 90, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": None, "name": "Hồ sơ được xử lý trực tuyến", "targets": [{"value": 40, "unit": "%"}]}]),
    Case("press-count-whose-targets-the-next-sentence-lists",
         "Tin tức\n\nHội nghị đã biểu quyết thông qua 21 chỉ tiêu chủ yếu của năm 2021. Trong đó, tốc độ tăng giá trị "
         "sản xuất đạt 8%; thu ngân sách trên địa bàn đạt 42 tỷ đồng trở lên; trồng mới 500 ha rừng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng giá trị sản xuất",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách trên địa bàn",
           "targets": [{"value": 42, "unit": "tỷ đồng", "comparator": ">="}]},
          {"number": None, "group": None, "name": "Trồng mới rừng", "targets": [{"value": 500, "unit": "ha"}]}]),
    Case("press-paragraph-opening-on-its-aim-then-sentences-of-targets",
         "Tin tức\n\nMục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập xã hội đạt 621 tỉ đồng. Thu nhập bình quân "
         "đạt 59 triệu đồng/người/năm. Năng suất lúa bình quân đạt 63 tạ/ha. Hoàn thành kế hoạch thu ngân sách. "
         "Số hộ nghèo dưới 0,7%.\n",
         [{"number": None, "group": None, "name": "Tổng thu nhập xã hội", "targets": [{"value": 621, "unit": "tỉ đồng"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân",
           "targets": [{"value": 59, "unit": "triệu đồng/người/năm"}]},
          {"number": None, "group": None, "name": "Năng suất lúa bình quân", "targets": [{"value": 63, "unit": "tạ/ha"}]},
          {"number": None, "group": None, "name": "Số hộ nghèo", "targets": [{"value": 0.7, "unit": "%", "comparator": "<"}]}]),
    Case("press-paragraph-whose-aim-opens-its-second-sentence",
         "Tin tức\n\nHội nghị đã công bố quyết định giao chỉ tiêu năm 2025. Theo đó, huyện phấn đấu đưa giá trị sản "
         "xuất nông nghiệp đạt 3.563 tỷ đồng. Doanh thu thương mại, dịch vụ đạt 10.930 tỷ đồng. Tỷ lệ bao phủ bảo "
         "hiểm y tế đạt 95,5%.\n",
         [{"number": None, "group": None, "name": "Giá trị sản xuất nông nghiệp",
           "targets": [{"value": 3563, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "Doanh thu thương mại, dịch vụ",
           "targets": [{"value": 10930, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "Tỷ lệ bao phủ bảo hiểm y tế", "targets": [{"value": 95.5, "unit": "%"}]}]),
    Case("press-aim-goes-on-in-one-more-sentence-with-a-range",
         "Tin tức\n\nNhiệm kỳ 2020-2025, Đảng bộ xã phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 10% trở lên. "
         "Thu nhập bình quân đầu người từ 50-60 triệu đồng/người/năm. Phấn đấu đạt tiêu chí nông thôn mới nâng cao.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng kinh tế bình quân",
           "targets": [{"value": 10, "unit": "%", "comparator": ">=", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"min": 50, "max": 60, "unit": "triệu đồng/người/năm"}]}]),
    Case("an-aims-verb-of-bringing-names-nothing",
         "CÁC CHỈ TIÊU CHỦ YẾU\n1. Phấn đấu đưa tỷ lệ đô thị hóa đạt 40%.\n2. Đưa thu nhập bình quân đầu người lên 90 "
         "triệu đồng.\n",
         [{"number": 1, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Tỷ lệ đô thị hóa", "targets": [{"value": 40, "unit": "%"}]},
          {"number": 2, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 90, "unit": "triệu đồng"}]}]),
    Case("press-run-of-targets-ends-after-three-sentences-without-one",
         "Tin tức\n\nHuyện phấn đấu thu ngân sách đạt 500 tỷ đồng. Thu nhập bình quân đạt 60 triệu đồng. Hội nghị diễn "
         "ra trang trọng. Các đại biểu thảo luận sôi nổi. Lãnh đạo tỉnh phát biểu chỉ đạo. Kinh phí xây nhà văn hóa "
         "xã đạt 3 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Thu ngân sách", "targets": [{"value": 500, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân", "targets": [{"value": 60, "unit": "triệu đồng"}]}]),
    Case("press-paragraph-of-results-after-an-aim-gives-no-targets",
         "Tin tức\n\nMục tiêu năm 2023 đã đạt nhiều kết quả. Thu nhập bình quân đạt 59 triệu đồng. Năng suất lúa "
         "đạt 63 tạ/ha. Sản lượng lương thực đạt 4.200 tấn.\n", []),
    Case("press-counts-of-targets-by-field-are-no-targets-nor-is-the-opening-a-list-going-on",
         "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 thành công tốt đẹp.\n\nĐại hội đã xác "
         "định 39 chỉ tiêu chủ yếu, bao gồm 17 chỉ tiêu về văn hóa - xã hội; 5 chỉ tiêu về môi trường; 2 chỉ tiêu về "
         "quốc phòng - an ninh.\n", []),
    Case("an-aim-with-no-verb-names-its-target-then-the-figure",
         "Đại hội Đảng bộ tỉnh lần thứ XX thành công tốt đẹp, đề ra mục tiêu tốc độ tăng trưởng GRDP bình quân "
         "12%/năm.\n\nĐại hội đã xác định 39 chỉ tiêu chủ yếu, bao gồm 17 chỉ tiêu về văn hóa - xã hội; 5 chỉ tiêu về "
         "môi trường.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP bình quân",
           "targets": [{"value": 12, "unit": "%", "change": "increase"}]}]),
    Case("a-share-of-the-whole-beside-an-amount-is-a-second-target",
         "Tin tức\n\nMục tiêu năm 2023 phấn đấu tổng thu nhập xã hội đạt 621 tỉ đồng. Trong đó giá trị nông nghiệp "
         "đạt 50 tỉ đồng, chiếm 8%; giá trị dịch vụ đạt 298 tỉ đồng, chiếm 48%. Năng suất lúa đạt 63 tạ/ha.\n",
         [{"number": None, "group": None, "name": "Tổng thu nhập xã hội", "targets": [{"value": 621, "unit": "tỉ đồng"}]},
          {"number": None, "group": None, "name": "Giá trị nông nghiệp",
           "targets": [{"value": 50, "unit": "tỉ đồng"}, {"value": 8, "unit": "%"}]},
          {"number": None, "group": None, "name": "Giá trị dịch vụ",
           "targets": [{"value": 298, "unit": "tỉ đồng"}, {"value": 48, "unit": "%"}]},
          {"number": None, "group": None, "name": "Năng suất lúa", "targets": [{"value": 63, "unit": "tạ/ha"}]}]),
    Case("a-paragraph-a-list-goes-on-in-keeps-the-lists-group",
         "Tin tức\n\nNgày 5/1/2025, Huyện ủy Bình Sơn tổ chức hội nghị.\n\nMột số chỉ tiêu chủ yếu năm 2025: tốc độ "
         "tăng trưởng kinh tế đạt 8%; thu ngân sách nhà nước đạt 500 tỷ đồng;\n\nthu nhập bình quân đầu người đạt 60 "
         "triệu đồng.\n\nHội nghị cũng đã thảo luận các giải pháp.\n",
         [{"number": None, "group": "Một số chỉ tiêu chủ yếu năm 2025", "name": "Tốc độ tăng trưởng kinh tế",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": "Một số chỉ tiêu chủ yếu năm 2025", "name": "Thu ngân sách nhà nước",
           "targets": [{"value": 500, "unit": "tỷ đồng"}]},
          {"number": None, "group": "Một số chỉ tiêu chủ yếu năm 2025", "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 60, "unit": "triệu đồng"}]}]),
    Case("any-link-of-the-lexicon-opening-a-sentence-names-nothing",
         "Tin tức\n\nMục tiêu năm 2023 phấn đấu tổng thu nhập xã hội đạt 621 tỉ đồng. Ngoài ra giá trị nông nghiệp "
         "đạt 50 tỉ đồng. Năng suất lúa đạt 63 tạ/ha.\n",
         [{"number": None, "group": None, "name": "Tổng thu nhập xã hội", "targets": [{"value": 621, "unit": "tỉ đồng"}]},
          {"number": None, "group": None, "name": "Giá trị nông nghiệp", "targets": [{"value": 50, "unit": "tỉ đồng"}]},
          {"number": None, "group": None, "name": "Năng suất lúa", "targets": [{"value": 63, "unit": "tạ/ha"}]}]),
    Case("a-verb-after-a-comma-names-a-target-of-its-own",
         "Một số chỉ tiêu cụ thể như: thu nhập bình quân đầu người đạt 36 triệu đồng/năm, giải quyết việc làm hơn 1.200 "
         "lao động, xóa 100% nhà tạm.\n",
         [{"number": None, "group": "Một số chỉ tiêu cụ thể", "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 36, "unit": "triệu đồng/năm"}]},
          {"number": None, "group": "Một số chỉ tiêu cụ thể", "name": "Giải quyết việc làm lao động",
           "targets": [{"value": 1200, "unit": "lao động", "comparator": ">"}]},
          {"number": None, "group": "Một số chỉ tiêu cụ thể", "name": "Xóa nhà tạm", "targets": [{"value": 100, "unit": "%"}]}]),
    Case("a-value-counted-per-one-hectare-is-no-target-above-one",
         "CÁC CHỈ TIÊU CHỦ YẾU\n1. Giá trị sản phẩm trên một ha đất trồng trọt năm 2025 đạt 72 triệu đồng.\n"
         "2. Giá trị thu hoạch trên 1 đơn vị diện tích đạt 150 triệu đồng.\n",
         [{"number": 1, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Giá trị sản phẩm trên một ha đất trồng trọt",
           "targets": [{"value": 72, "unit": "triệu đồng"}]},
          {"number": 2, "group": "CÁC CHỈ TIÊU CHỦ YẾU", "name": "Giá trị thu hoạch trên 1 đơn vị diện tích",
           "targets": [{"value": 150, "unit": "triệu đồng"}]}]),
    Case("press-count-then-cu-the-in-the-next-sentence",
         "Tin tức\n\nCác đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, thu nhập bình quân "
         "đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; tỷ lệ tham gia bảo hiểm y tế đạt 100%.\n",
         [{"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 70, "unit": "triệu đồng/người/năm"}]},
          {"number": None, "group": None, "name": "Tỷ lệ tham gia bảo hiểm y tế", "targets": [{"value": 100, "unit": "%"}]}]),
    Case("press-report-of-targets-met-counts-them-and-names-no-targets",
         "Năm 2024, thành phố đạt và vượt 19/24 chỉ tiêu, trong đó, GRDP tăng 7,5%; thu ngân sách 12.000 tỷ đồng; "
         "tỷ lệ hộ nghèo còn 2%.\nHuyện hoàn thành 12 chỉ tiêu, như GRDP tăng 7%; thu ngân sách 1.000 tỷ "
         "đồng; tỷ lệ hộ nghèo còn 3%.\nXã hoàn thành 10 chỉ tiêu, trong đó: GRDP tăng 6%; thu ngân sách 100 tỷ "
         "đồng; tỷ lệ hộ nghèo còn 4%.\n", []),
    Case("press-report-names-one-target-in-a-sentence",
         "Đại hội đã biểu quyết thông qua việc điều chỉnh chỉ tiêu tăng trưởng GRDP giai đoạn 2020 - 2025 còn "
         "8%/năm. Các chỉ tiêu khác giữ nguyên 26 chỉ tiêu đề ra.\n",
         [{"number": None, "group": None, "name": "Tăng trưởng GRDP",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]}]),
    Case("an-aim-s-verb-leads-its-figure",
         "Tỉnh phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao trong năm 2026. Chương trình đề ra "
         "nhiều giải pháp, với mục tiêu đào tạo được 7.500 nhân lực.\n",
         [{"number": None, "group": None, "name": "Giải ngân kế hoạch vốn đầu tư công được giao",
           "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": None, "name": "Đào tạo được nhân lực",
           "targets": [{"value": 7500, "unit": "nhân lực"}]}]),
    Case("an-adjustment-s-verb-leads-no-figure",
         "HĐND tỉnh thông qua Nghị quyết điều chỉnh tăng vốn cho 127 dự án.\n", []),
    Case("clauses-after-an-aim-name-their-targets",
         "Đến năm 2030, mục tiêu tổng quát là xây dựng tỉnh phát triển nhanh, bền vững; cơ bản hoàn thành công "
         "nghiệp hóa; GRDP bình quân đầu người đạt 8.300 - 8.500 USD.\n",
         [{"number": None, "group": None, "name": "GRDP bình quân đầu người",
           "targets": [{"min": 8300, "max": 8500, "unit": "USD"}]}]),
    Case("a-result-after-an-aim-is-no-target",
         "Mục tiêu tổng quát là xây dựng tỉnh phát triển nhanh; năm 2024 GRDP đã đạt 7,5%.\n", []),
    Case("a-word-ending-like-a-result-word-is-no-result",
         "Mục tiêu cụ thể:\n- Tỷ lệ giải ngân vốn ngân sách nhà nước đạt trên 90% kế hoạch.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Tỷ lệ giải ngân vốn ngân sách nhà nước",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]}]),
    Case("press-report-of-results-gives-no-targets",
         "Kết quả thực hiện các chỉ tiêu năm 2024: tăng trưởng kinh tế ước đạt 7,2%; thu ngân sách đạt 12.000 tỷ "
         "đồng; tỷ lệ hộ nghèo giảm còn 2,1%.\n", []),
    Case("results-reported-in-bullets-under-a-budget-heading",
         "b) Chi thường xuyên: ước thực hiện cả năm là 15.942 tỷ đồng, đạt 108,93% dự toán. Trong đó:\n"
         "- Chi sự nghiệp giáo dục 5.627 tỷ đồng, ước đạt 92,44% dự toán.\n", []),
    Case("two-sentences-in-a-bullet-are-two-targets",
         "Mục tiêu cụ thể:\n- Tối thiểu 98% hồ sơ được giải quyết đúng hạn. 100% hồ sơ trễ hẹn được xin lỗi "
         "người dân.\n- Tỷ lệ số hóa hồ sơ đạt tối thiểu 80%. Tỷ lệ khai thác dữ liệu số hóa đạt tối thiểu 50%.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Hồ sơ được giải quyết đúng hạn",
           "targets": [{"value": 98, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": "Mục tiêu cụ thể", "name": "Hồ sơ trễ hẹn được xin lỗi người dân",
           "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": "Mục tiêu cụ thể", "name": "Tỷ lệ số hóa hồ sơ",
           "targets": [{"value": 80, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": "Mục tiêu cụ thể", "name": "Tỷ lệ khai thác dữ liệu số hóa",
           "targets": [{"value": 50, "unit": "%", "comparator": ">="}]}]),
    Case("a-sentence-opening-with-a-later-horizon-stays-with-its-target",
         "Mục tiêu cụ thể:\n- Mỗi năm phát triển 05 bộ dữ liệu mở. Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu mở.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Mỗi năm phát triển bộ dữ liệu mở",
           "targets": [{"value": 5, "unit": "bộ dữ liệu"}, {"value": 20, "unit": "tập dữ liệu", "comparator": ">="}]}]),
    Case("parts-listed-after-semicolons-stay-one-target",
         "Chỉ tiêu chủ yếu:\n- Cơ cấu kinh tế: Nông, lâm nghiệp chiếm khoảng 27%; Công nghiệp, xây dựng chiếm "
         "khoảng 28%.\n",
         [{"number": None, "group": "Chỉ tiêu chủ yếu", "name": "Cơ cấu kinh tế",
           "targets": [{"value": 27, "unit": "%", "comparator": "~"}, {"value": 28, "unit": "%", "comparator": "~"}]}]),
    Case("criteria-still-unmet-are-no-targets",
         "Mục tiêu cụ thể:\n- Chưa đủ 100% trường đạt chuẩn quốc gia mức độ 1.\n"
         "- Chưa có ít nhất 1 trường đạt chuẩn quốc gia mức độ 2.\n", []),
    Case("press-criteria-still-missing-are-no-targets",
         "Về giáo dục, xã vẫn thiếu 2 chỉ tiêu: Tỷ lệ trường đạt chuẩn đạt 100%; có ít nhất 1 trường đạt mức độ 2.\n",
         []),
    Case("press-targets-listed-after-a-horizon",
         "Cụ thể, đến năm 2025, 100% dịch vụ công được tích hợp lên Cổng Dịch vụ công quốc gia; 40% người dân "
         "được xác thực điện tử; tối thiểu 90% doanh nghiệp hài lòng.\n",
         [{"number": None, "group": None, "name": "Dịch vụ công được tích hợp lên Cổng Dịch vụ công quốc gia",
           "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": None, "name": "Người dân được xác thực điện tử",
           "targets": [{"value": 40, "unit": "%"}]},
          {"number": None, "group": None, "name": "Doanh nghiệp hài lòng",
           "targets": [{"value": 90, "unit": "%", "comparator": ">="}]}]),
    Case("press-list-goes-on-in-the-next-paragraph",
         "Cụ thể, đến năm 2025, 100% dịch vụ công được tích hợp; 40% người dân được xác thực điện tử.\n\n"
         "Đồng thời, tăng 30% dịch vụ dựa trên dữ liệu; tỷ lệ dân số có tài khoản thanh toán trên 85%.\n",
         [{"number": None, "group": None, "name": "Dịch vụ công được tích hợp", "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": None, "name": "Người dân được xác thực điện tử",
           "targets": [{"value": 40, "unit": "%"}]},
          {"number": None, "group": None, "name": "Dịch vụ dựa trên dữ liệu",
           "targets": [{"value": 30, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ dân số có tài khoản thanh toán",
           "targets": [{"value": 85, "unit": "%", "comparator": ">"}]}]),
    Case("press-figures-leading-their-names-joined-by-và",
         "Cụ thể, đến năm 2025, 90% hồ sơ ở cấp tỉnh, 80% hồ sơ ở cấp huyện và 60% hồ sơ ở cấp xã được xử lý "
         "trên môi trường mạng.\n",
         [{"number": None, "group": None, "name": "Hồ sơ ở cấp tỉnh", "targets": [{"value": 90, "unit": "%"}]},
          {"number": None, "group": None, "name": "Hồ sơ ở cấp huyện", "targets": [{"value": 80, "unit": "%"}]},
          {"number": None, "group": None, "name": "Hồ sơ ở cấp xã được xử lý trên môi trường mạng",
           "targets": [{"value": 60, "unit": "%"}]}]),
    Case("press-targets-each-with-its-verb-joined-by-và-are-two",
         "UBND tỉnh đặt ra 15 chỉ tiêu chủ yếu. Cụ thể, trong năm 2026, thu ngân sách nhà nước đạt 2.100 tỷ đồng và giá trị xuất khẩu đạt 150 triệu USD; "
         "số giường bệnh đạt 32 giường/01 vạn dân và tỷ lệ dân số tham gia BHYT đạt trên 95%; tỷ lệ hộ dân "
         "nông thôn và đô thị dùng nước sạch đạt 98%. Trong năm 2026, tỉnh tiếp tục nâng Chỉ số cải cách hành chính "
         "tăng 03 bậc; phấn đấu có thêm 04 xã đạt chuẩn NTM và phấn đấu có 900.000 lượt khách du lịch đến tỉnh.\n",
         [{"number": None, "group": None, "name": "Thu ngân sách nhà nước",
           "targets": [{"value": 2100, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "Giá trị xuất khẩu", "targets": [{"value": 150, "unit": "triệu USD"}]},
          {"number": None, "group": None, "name": "Số giường bệnh",
           "targets": [{"value": 32, "unit": "giường/01 vạn dân"}]},
          {"number": None, "group": None, "name": "Tỷ lệ dân số tham gia BHYT",
           "targets": [{"value": 95, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ dân nông thôn và đô thị dùng nước sạch",
           "targets": [{"value": 98, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tỉnh tiếp tục nâng Chỉ số cải cách hành chính",
           "targets": [{"value": 3, "unit": "bậc", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thêm xã đạt chuẩn NTM", "targets": [{"value": 4, "unit": "xã"}]},
          {"number": None, "group": None, "name": "Lượt khách du lịch đến tỉnh",
           "targets": [{"value": 900000, "unit": "lượt khách"}]}]),
    Case("press-excerpt-cut-after-the-slash-of-its-last-unit",
         "Theo nghị quyết, trong nhiệm kỳ 2025-2030, tỉnh phấn đấu, tốc độ tăng trưởng GRDP bình quân đạt 10%/năm "
         "trở lên; thu ngân sách bình quân tăng 12%/năm; tỷ lệ hộ nghèo giảm bình quân 3%/năm trở lên.\n\n"
         "Đến năm 2030, thu nhập bình quân đầu người từ 75-80 triệu đồng/người/",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP bình quân",
           "targets": [{"value": 10, "unit": "%", "comparator": ">=", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách bình quân",
           "targets": [{"value": 12, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 3, "unit": "%", "comparator": ">=", "change": "decrease"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"min": 75, "max": 80, "unit": "triệu đồng/người"}]}]),
    Case("a-share-from-then-its-name-then-or-more-ends-the-name-there",
         "2. Mục tiêu cụ thể\n- Hằng năm có từ 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, không có "
         "tổ chức cơ sở đảng không hoàn thành nhiệm vụ.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Hằng năm có tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 80, "unit": "%", "comparator": ">="}]}]),
    Case("a-count-an-aim-sets-names-what-it-counts",
         "2. Mục tiêu cụ thể\n- Phấn đấu có 1.200.000 lượt khách du lịch đến tỉnh.\n"
         "- Số xã đạt chuẩn nông thôn mới đạt 14 xã.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Lượt khách du lịch đến tỉnh",
           "targets": [{"value": 1200000, "unit": "lượt khách"}]},
          {"number": None, "group": "Mục tiêu cụ thể", "name": "Số xã đạt chuẩn nông thôn mới",
           "targets": [{"value": 14, "unit": "xã"}]}]),
    Case("press-aim-then-the-year-behind-reported-gives-the-aim-only",
         "Tỉnh đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2026 trong Hội nghị triển khai nhiệm vụ năm 2026. Năm 2025, "
         "tỉnh đã triển khai nhiệm vụ trong bối cảnh khó khăn, nhưng tăng trưởng GRDP đạt 5,66%; GRDP bình quân "
         "đầu người ước đạt 68,37 triệu đồng.\n",
         [{"number": None, "group": None, "name": "Tăng trưởng GRDP",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]}]),
    Case("press-list-goes-on-to-a-share-leading-its-name-before-a-label",
         "Cụ thể, đến năm 2025, 100% dịch vụ công được tích hợp; 40% người dân được xác thực điện tử. Tỷ lệ đảng viên "
         "hoàn thành tốt nhiệm vụ hằng năm từ 80% trở lên. 100% xã, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng - "
         "an ninh… Ba khâu đột phá: Xây dựng kết cấu hạ tầng đồng bộ; phát triển du lịch.\n",
         [{"number": None, "group": None, "name": "Dịch vụ công được tích hợp", "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": None, "name": "Người dân được xác thực điện tử",
           "targets": [{"value": 40, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm",
           "targets": [{"value": 80, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": None, "name": "Xã, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng - an ninh",
           "targets": [{"value": 100, "unit": "%"}]}]),
    Case("press-targets-heading-run-into-its-list-on-one-line",
         "date 2020-07 Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng kinh tế bình quân đạt "
         "12-13%/ năm (giá so sánh 2010). Cơ cấu kinh tế đến năm 2025: công nghiệp - xây dựng khoảng 64%; các ngành "
         "dịch vụ khoảng 28,5%. Huyện đạt chuẩn nông thôn mới. Phấn đấu đến năm 2025, 97% người dân tham gia BHYT; "
         "60% học sinh THCS được học 2 buổi/ ngày.\n",
         [{"number": None, "group": "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)", "name": "Tốc độ tăng trưởng kinh tế bình quân",
           "targets": [{"min": 12, "max": 13, "unit": "%", "change": "increase"}]},
          {"number": None, "group": "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)", "name": "Cơ cấu kinh tế đến năm 2025",
           "targets": [{"value": 64, "unit": "%", "comparator": "~"}, {"value": 28.5, "unit": "%", "comparator": "~"}]},
          {"number": None, "group": "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)", "name": "Người dân tham gia BHYT", "targets": [{"value": 97, "unit": "%"}]},
          {"number": None, "group": "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)", "name": "Học sinh THCS được học 2 buổi/ ngày",
           "targets": [{"value": 60, "unit": "%"}]}]),
    Case("press-results-after-a-list-are-no-targets",
         "Cụ thể, đến năm 2025, 100% dịch vụ công được tích hợp; 40% người dân được xác thực điện tử.\n\n"
         "Năm 2020, ước đạt 45% hồ sơ trực tuyến.\n",
         [{"number": None, "group": None, "name": "Dịch vụ công được tích hợp", "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": None, "name": "Người dân được xác thực điện tử",
           "targets": [{"value": 40, "unit": "%"}]}]),
    Case("press-results-after-a-horizon-give-no-targets",
         "Kết quả thực hiện đến năm 2024, 95% hồ sơ đã được số hóa; 80% xã đạt chuẩn.\n", []),
    Case("press-target-set-again-for-later-years",
         "Đại hội thống nhất điều chỉnh GRDP bình quân đầu người đến năm 2025 đạt 8.500 USD/người; đến năm 2030 "
         "đạt 13.000 USD/người.\n",
         [{"number": None, "group": None, "name": "GRDP bình quân đầu người",
           "targets": [{"value": 8500, "unit": "USD/người"}, {"value": 13000, "unit": "USD/người"}]}]),
    Case("a-count-after-a-verb-of-adoption-is-no-target",
         "Tính đến ngày 31/8/2025, tổng số người đã có quyết định nghỉ việc là 23.\n", []),
    Case("a-verb-after-a-comma-goes-on-with-the-target",
         "Dự kiến đến năm 2025, diện tích đất nông nghiệp còn khoảng 165 nghìn hecta, chiếm 49,1% tổng diện tích; "
         "diện tích rừng đạt 20 nghìn hecta.\n",
         [{"number": None, "group": None, "name": "Diện tích đất nông nghiệp",
           "targets": [{"value": 165, "unit": "nghìn hecta", "comparator": "~"}, {"value": 49.1, "unit": "%"}]},
          {"number": None, "group": None, "name": "Diện tích rừng",
           "targets": [{"value": 20, "unit": "nghìn hecta"}]}]),
    Case("budget-set-by-another-verb-of-adoption",
         "QUYẾT NGHỊ:\nĐiều 1. Phê chuẩn dự toán thu, chi ngân sách năm 2026 như sau:\n"
         "1. Tổng thu ngân sách: 5.000 tỷ đồng.\n",
         [{"number": 1, "group": "Phê chuẩn dự toán thu, chi ngân sách năm 2026 như sau",
           "name": "Tổng thu ngân sách", "targets": [{"value": 5000, "unit": "tỷ đồng"}]}]),
    Case("budget-estimates-of-the-year-are-results",
         "Mục tiêu cụ thể:\n- Thu ngân sách ước tính 4.800 tỷ đồng.\n", []),
    Case("budget-resolution-amounts-spelled-out-again-in-words",
         "QUYẾT NGHỊ:\nĐiều 1. Thông qua dự toán ngân sách nhà nước tỉnh năm 2017 như sau:\n"
         "1. Tổng thu ngân sách nhà nước trên địa bàn: 3.790.000 triệu đồng (Bằng chữ: Ba nghìn bảy trăm chín "
         "mươi tỷ đồng);\n2. Tổng chi ngân sách địa phương: 7.093.800 triệu đồng (Bằng chữ: Bảy nghìn không trăm "
         "chín mươi ba tỷ, tám trăm triệu đồng).\n",
         [{"number": 1, "group": "Thông qua dự toán ngân sách nhà nước tỉnh năm 2017 như sau",
           "name": "Tổng thu ngân sách nhà nước trên địa bàn",
           "targets": [{"value": 3790000, "unit": "triệu đồng"}]},
          {"number": 2, "group": "Thông qua dự toán ngân sách nhà nước tỉnh năm 2017 như sau",
           "name": "Tổng chi ngân sách địa phương", "targets": [{"value": 7093800, "unit": "triệu đồng"}]}]),
    Case("a-count-named-first-is-not-named-again",
         "Mục tiêu cụ thể:\n- Số xã đạt chuẩn nông thôn mới tăng thêm 14 xã.\n- Kết nạp 125 đảng viên.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Số xã đạt chuẩn nông thôn mới",
           "targets": [{"value": 14, "unit": "xã", "change": "increase"}]},
          {"number": None, "group": "Mục tiêu cụ thể", "name": "Kết nạp đảng viên",
           "targets": [{"value": 125, "unit": "đảng viên"}]}]),
    Case("figures-after-a-general-aim-and-a-semicolon",
         "Với những kết quả đạt được, Đảng bộ huyện đề ra mục tiêu tổng quát xây dựng huyện phát triển khá, "
         "đến năm 2030 là huyện nông thôn mới; tốc độ tăng trưởng 7%/năm, thu ngân sách đạt 900 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng",
           "targets": [{"value": 7, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách", "targets": [{"value": 900, "unit": "tỷ đồng"}]}]),
    Case("the-sentence-with-the-figure-names-it",
         "2. Mục tiêu cụ thể:\na) Tổ chức thực hiện hiệu quả kế hoạch đầu tư công trung hạn. Phấn đấu tỷ lệ "
         "giải ngân vốn đầu tư công đạt trên 90%.\nb) Nâng cao chất lượng công tác lập kế hoạch đầu tư công.\n",
         [{"number": None, "group": "Mục tiêu cụ thể", "name": "Tỷ lệ giải ngân vốn đầu tư công",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]}]),
    Case("many-targets-then-those-it-names",
         "Nghị quyết đề ra nhiều chỉ tiêu quan trọng, trong đó phát triển mới 3.000 đoàn viên; "
         "thành lập mới 20 câu lạc bộ thanh niên.\n",
         [{"number": None, "group": None, "name": "Phát triển mới đoàn viên",
           "targets": [{"value": 3000, "unit": "đoàn viên"}]},
          {"number": None, "group": None, "name": "Thành lập mới câu lạc bộ thanh niên",
           "targets": [{"value": 20, "unit": "câu lạc bộ"}]}]),
    Case("many-targets-met-are-results",
         "Nhiều chỉ tiêu đạt và vượt kế hoạch, trong đó phát triển mới 3.000 đoàn viên; "
         "thành lập mới 20 câu lạc bộ thanh niên.\n", []),
    Case("a-name-then-the-aim-and-its-figure",
         "Huyện phấn đấu xây dựng đạt nông thôn mới nâng cao trước năm 2025. Thu nhập bình quân đầu người "
         "năm 2025 phấn đấu đạt 70 triệu đồng.\n",
         [{"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 70, "unit": "triệu đồng"}]}]),
    Case("an-aim-whose-verb-raises-the-figure-names-what-is-raised-before-it",
         "Theo kế hoạch năm 2026, quỹ cấp tỉnh phấn đấu vận động 3 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Quỹ cấp tỉnh",
           "targets": [{"value": 3, "unit": "tỷ đồng"}]}]),
    Case("the-figures-of-a-document-cited-as-grounds-are-no-targets",
         "Căn cứ Nghị quyết số 12/NQ-CP ngày 05 tháng 02 năm 2026 của Chính phủ về mục tiêu tăng trưởng cả nước "
         "năm 2026 đạt 10% trở lên;\n\nNăm 2026, tỉnh phấn đấu tỷ lệ hộ nghèo giảm 1,5%.\n",
         [{"number": None, "group": None, "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 1.5, "unit": "%", "change": "decrease"}]}]),
    Case("a-count-of-targets-qualified-then-a-field-then-the-word-that-opens-the-list",
         "Đại hội đề ra 18 chỉ tiêu cụ thể về kinh tế - xã hội như tốc độ tăng thu ngân sách hằng năm đạt 8%; "
         "thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng/người.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng thu ngân sách hằng năm",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 120, "unit": "triệu đồng/người"}]}]),
    Case("an-aim-with-a-comma-then-its-list-and-the-paragraphs-that-go-on",
         "Trong nhiệm kỳ, tỉnh phấn đấu, tốc độ tăng trưởng GRDP bình quân đạt 10%/năm trở lên; thu ngân sách "
         "bình quân tăng 12%/năm; tỷ lệ hộ nghèo giảm bình quân 3%/năm.\n\nHằng năm, kết nạp đảng viên mới đạt "
         "từ 1.500 đến 1.600 đảng viên.\n\nĐến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP bình quân",
           "targets": [{"value": 10, "unit": "%", "comparator": ">=", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách bình quân",
           "targets": [{"value": 12, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 3, "unit": "%", "change": "decrease"}]},
          {"number": None, "group": None, "name": "Kết nạp đảng viên mới",
           "targets": [{"min": 1500, "max": 1600, "unit": "đảng viên"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 80, "unit": "triệu đồng"}]}]),
    Case("a-goal-set-then-its-list-and-a-paragraph-of-results-after",
         "Đại hội đặt mục tiêu tổng thu ngân sách đến năm 2030 là hơn 180 tỷ đồng; tốc độ tăng trưởng bình quân "
         "hằng năm 8,5%; tổng vốn đầu tư toàn xã hội từ 10.000 tỷ đồng.\n\nNhiệm kỳ 2020-2025, xã đạt nhiều kết "
         "quả nổi bật như, sản lượng lương thực hằng năm đạt hơn 136.000 tấn; có 46 mô hình sản xuất hiệu quả.\n",
         [{"number": None, "group": None, "name": "Tổng thu ngân sách",
           "targets": [{"value": 180, "unit": "tỷ đồng", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Tốc độ tăng trưởng bình quân hằng năm",
           "targets": [{"value": 8.5, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tổng vốn đầu tư toàn xã hội",
           "targets": [{"value": 10000, "unit": "tỷ đồng", "comparator": ">="}]}]),
    Case("a-list-after-a-colon-that-links-back-to-the-resolution-passed",
         "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.\n\nTheo đó, về kinh tế: giá trị sản xuất nông "
         "nghiệp tăng bình quân 1,2%; giá trị sản xuất công nghiệp tăng bình quân 8%; thu ngân sách tăng bình "
         "quân 19 đến 20%.\n",
         [{"number": None, "group": None, "name": "Giá trị sản xuất nông nghiệp",
           "targets": [{"value": 1.2, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Giá trị sản xuất công nghiệp",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách",
           "targets": [{"min": 19, "max": 20, "unit": "%", "change": "increase"}]}]),
    Case("a-structures-parts-are-one-indicator-each-share-labelled",
         "Tỉnh vẫn đặt nhiều mục tiêu ở mức cao. GRDP bình quân đầu người đến năm 2025 đạt trên 10.000 USD. Cơ "
         "cấu kinh tế năm 2025: Công nghiệp - xây "
         "dựng 49 - 50%; Dịch vụ 46 - 47%; Nông, lâm nghiệp, thủy sản 3 - 5%. Tỷ lệ đô thị hóa đạt trên 75%.\n",
         [{"number": None, "group": None, "name": "GRDP bình quân đầu người",
           "targets": [{"value": 10000, "unit": "USD", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Cơ cấu kinh tế năm 2025",
           "targets": [{"min": 49, "max": 50, "unit": "%"}, {"min": 46, "max": 47, "unit": "%"},
                       {"min": 3, "max": 5, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tỷ lệ đô thị hóa",
           "targets": [{"value": 75, "unit": "%", "comparator": ">"}]}]),
    Case("an-aim-of-two-clauses-and-three-targets-and-a-count-the-target-word-names",
         "Năm 2024, tỉnh đề ra chỉ tiêu kết nạp mới 1.600 đảng viên. Phấn đấu tăng trưởng kinh tế đạt 7% trở lên, "
         "thu nhập bình quân đầu người 81,6 triệu đồng; thu ngân sách đạt hơn 16.900 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Kết nạp mới đảng viên",
           "targets": [{"value": 1600, "unit": "đảng viên"}]},
          {"number": None, "group": None, "name": "Tăng trưởng kinh tế",
           "targets": [{"value": 7, "unit": "%", "comparator": ">=", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 81.6, "unit": "triệu đồng"}]},
          {"number": None, "group": None, "name": "Thu ngân sách",
           "targets": [{"value": 16900, "unit": "tỷ đồng", "comparator": ">"}]}]),
    Case("targets-given-to-bodies-named-before-what-is-measured",
         "Ban Thường vụ Tỉnh ủy thống nhất giao chỉ tiêu các huyện ủy, đảng ủy trực thuộc phát triển 1.200 đảng viên "
         "mới trong năm 2025.\n",
         [{"number": None, "group": None, "name": "Phát triển đảng viên mới",
           "targets": [{"value": 1200, "unit": "đảng viên"}]}]),
    Case("an-aim-whose-share-leads-its-name",
         "Huyện đoàn tập trung nâng cao chất lượng tổ chức đoàn. Huyện đoàn phấn đấu 100% cơ sở đoàn tổ chức học "
         "tập, quán triệt các nghị quyết.\n",
         [{"number": None, "group": None, "name": "Cơ sở đoàn tổ chức học tập",
           "targets": [{"value": 100, "unit": "%"}]}]),
    Case("a-label-opening-a-paragraph-groups-its-targets",
         "Về xây dựng Đảng: Phấn đấu hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ; tỷ lệ kết nạp đảng "
         "viên mới hằng năm đạt 3%; trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n",
         [{"number": None, "group": "Về xây dựng Đảng", "name": "Hằng năm có đảng viên hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": "Về xây dựng Đảng", "name": "Tỷ lệ kết nạp đảng viên mới hằng năm",
           "targets": [{"value": 3, "unit": "%"}]},
          {"number": None, "group": "Về xây dựng Đảng", "name": "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 85, "unit": "%", "comparator": ">"}]}]),
    Case("sentences-that-go-on-after-a-list-ends",
         "Nghị quyết đề ra một số chỉ tiêu chủ yếu. Cụ thể như: tăng trưởng GRDP đạt 9-10%; dịch vụ tăng khoảng 42%. "
         "Thu ngân sách đạt 15.903 tỷ đồng, GRDP bình quân đầu người đạt 62-63 triệu đồng. Đại biểu thảo luận sôi nổi.\n",
         [{"number": None, "group": None, "name": "Tăng trưởng GRDP",
           "targets": [{"min": 9, "max": 10, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Dịch vụ",
           "targets": [{"value": 42, "unit": "%", "comparator": "~", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách", "targets": [{"value": 15903, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "GRDP bình quân đầu người",
           "targets": [{"min": 62, "max": 63, "unit": "triệu đồng"}]}]),
    Case("an-aims-targets-listed-with-commas-each-a-count",
         "Về nông thôn mới, phấn đấu có 7 xã đạt chuẩn nông thôn mới, 25 xã đạt chuẩn nông thôn mới nâng cao, 6 xã "
         "đạt chuẩn nông thôn mới kiểu mẫu.\n",
         [{"number": None, "group": None, "name": "Xã đạt chuẩn nông thôn mới", "targets": [{"value": 7, "unit": "xã"}]},
          {"number": None, "group": None, "name": "Xã đạt chuẩn nông thôn mới nâng cao",
           "targets": [{"value": 25, "unit": "xã"}]},
          {"number": None, "group": None, "name": "Xã đạt chuẩn nông thôn mới kiểu mẫu",
           "targets": [{"value": 6, "unit": "xã"}]}]),
    Case("an-aim-that-opens-its-sentence-lists-two",
         "Phấn đấu hàng năm thực hiện 01 công trình thanh niên, có ít nhất 90% chi đoàn hoàn thành tốt nhiệm vụ.\n",
         [{"number": None, "group": None, "name": "Hàng năm thực hiện công trình thanh niên",
           "targets": [{"value": 1, "unit": "công trình"}]},
          {"number": None, "group": None, "name": "Chi đoàn hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 90, "unit": "%", "comparator": ">="}]}]),
    Case("counts-after-commas-and-a-criterion-in-quotes",
         "Phấn đấu, hàng năm mỗi cơ sở hội giúp 2 hội viên thoát nghèo, hỗ trợ 1-2 hộ gia "
         "đình đạt tiêu chí gia đình “5 không, 3 sạch”, thực hiện 1 công trình.\n",
         [{"number": None, "group": None, "name": "Hàng năm mỗi cơ sở hội giúp hội viên thoát nghèo",
           "targets": [{"value": 2, "unit": "hội viên"}]},
          {"number": None, "group": None, "name": "Hỗ trợ hộ gia đình đạt tiêu chí gia đình “5 không, 3 sạch”",
           "targets": [{"min": 1, "max": 2, "unit": "hộ gia đình"}]},
          {"number": None, "group": None, "name": "Thực hiện công trình", "targets": [{"value": 1, "unit": "công trình"}]}]),
    Case("units-glued-to-a-figure-and-a-range",
         "Đảng bộ xã đặt ra các chỉ tiêu chủ yếu, như: diện tích sản xuất nông nghiệp 1.300ha/vụ; diện tích trồng "
         "màu 80– 100ha/vụ; thu nhập bình quân đầu người trên 110 triệu đồng.\n",
         [{"number": None, "group": None, "name": "Diện tích sản xuất nông nghiệp",
           "targets": [{"value": 1300, "unit": "ha/vụ"}]},
          {"number": None, "group": None, "name": "Diện tích trồng màu",
           "targets": [{"min": 80, "max": 100, "unit": "ha/vụ"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 110, "unit": "triệu đồng", "comparator": ">"}]}]),
    Case("those-a-congress-elects-are-no-target",
         "Mục tiêu nhiệm kỳ: kết nạp 20 hội viên mới; 100% chi hội đạt vững mạnh. Đại hội đã bầu ra Ban Chấp hành "
         "gồm 9 đồng chí.\n",
         [{"number": None, "group": "Mục tiêu nhiệm kỳ", "name": "Kết nạp hội viên mới",
           "targets": [{"value": 20, "unit": "hội viên"}]},
          {"number": None, "group": "Mục tiêu nhiệm kỳ", "name": "Chi hội đạt vững mạnh",
           "targets": [{"value": 100, "unit": "%"}]}]),
    Case("a-count-then-its-targets-a-long-sentence-later",
         "Đại hội thông qua 25 chỉ tiêu chủ yếu và các nhiệm vụ, giải pháp quan trọng, mang tính khả thi cao để tập trung "
         "lãnh đạo, chỉ đạo trong nhiệm kỳ tới. Trong đó, giải quyết việc làm mới cho trên 5.400 lao động/năm; trên 90% "
         "tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ.\n",
         [{"number": None, "group": None, "name": "Giải quyết việc làm mới",
           "targets": [{"value": 5400, "unit": "lao động/năm", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]}]),
    Case("a-horizon-and-a-place-before-the-aim-two-targets-suffice",
         "Theo đó đến 2030, tỉnh Bình An đặt mục tiêu đạt tỷ lệ kết nạp đảng viên mới hằng năm từ 3-4%; hằng năm có "
         "trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n",
         [{"number": None, "group": None, "name": "Tỷ lệ kết nạp đảng viên mới hằng năm",
           "targets": [{"min": 3, "max": 4, "unit": "%"}]},
          {"number": None, "group": None, "name": "Hằng năm có tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]}]),
    Case("a-place-that-sets-its-aim-lists-two-targets",
         "Giai đoạn 2026-2030, tỉnh Bình An đặt mục tiêu tốc độ tăng trưởng GRDP đạt 7%-8%/năm; thu ngân sách "
         "20.000 - 22.000 tỷ đồng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP",
           "targets": [{"min": 7, "max": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách",
           "targets": [{"min": 20000, "max": 22000, "unit": "tỷ đồng"}]}]),
    Case("an-aim-after-an-ellipsis-opens-its-sentence",
         "Đoàn phường tiếp tục hỗ trợ thanh thiếu nhi...Phấn đấu cuối nhiệm kỳ, kết nạp ít nhất 150 đoàn viên mới; "
         "giới thiệu ít nhất 30 đoàn viên ưu tú cho Đảng.\n",
         [{"number": None, "group": None, "name": "Cuối nhiệm kỳ, kết nạp đoàn viên mới",
           "targets": [{"value": 150, "unit": "đoàn viên", "comparator": ">="}]},
          {"number": None, "group": None, "name": "Giới thiệu đoàn viên ưu tú cho Đảng",
           "targets": [{"value": 30, "unit": "đoàn viên", "comparator": ">="}]}]),
    Case("the-youth-a-youth-union-counts",
         "Nhiệm kỳ tới, Đoàn phường tiếp tục đẩy mạnh phong trào; phấn đấu hằng năm kết nạp từ 200 đến 300 thanh niên "
         "vào Đoàn; tư vấn, hướng nghiệp cho 150 thanh niên; 100% chi đoàn đạt vững mạnh.\n",
         [{"number": None, "group": None, "name": "Hằng năm kết nạp thanh niên vào Đoàn",
           "targets": [{"min": 200, "max": 300, "unit": "thanh niên"}]},
          {"number": None, "group": None, "name": "Tư vấn, hướng nghiệp cho thanh niên",
           "targets": [{"value": 150, "unit": "thanh niên"}]},
          {"number": None, "group": None, "name": "Chi đoàn đạt vững mạnh", "targets": [{"value": 100, "unit": "%"}]}]),
    Case("a-growth-after-a-comma-with-its-adverb-goes-on-and-is-read-once",
         "Phấn đấu vốn đầu tư phát triển giai đoạn 2026-2030 đạt hơn 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm; "
         "thu ngân sách tăng tối thiểu 10%/năm.\n",
         [{"number": None, "group": None, "name": "Vốn đầu tư phát triển",
           "targets": [{"value": 710, "unit": "nghìn tỷ đồng", "comparator": ">"},
                       {"min": 14, "max": 15, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu ngân sách",
           "targets": [{"value": 10, "unit": "%", "comparator": ">=", "change": "increase"}]}]),
    Case("a-growth-after-a-comma-with-two-rate-adverbs-goes-on",
         "Nhiệm kỳ 2025 - 2030, xã đề ra nhiều chỉ tiêu, trong đó phấn đấu thu nhập bình quân đầu người tăng 10%/năm; "
         "tổng vốn đầu tư toàn xã hội đạt 300 tỷ đồng, tăng bình quân hằng năm 18%; tỷ lệ hộ nghèo dưới 1%.\n",
         [{"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 10, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tổng vốn đầu tư toàn xã hội",
           "targets": [{"value": 300, "unit": "tỷ đồng"}, {"value": 18, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 1, "unit": "%", "comparator": "<"}]}]),
    Case("a-time-to-come-opening-a-sentence-lists-the-targets-after-its-aim",
         "Nhiệm kỳ 2020 - 2025, kinh tế xã tăng trưởng bình quân 7%/năm. Giai đoạn tới, xã hướng tới xây dựng "
         "Tân An trở thành đô thị dịch vụ; tốc độ tăng trưởng tổng giá trị sản phẩm đạt 14%/năm, tỷ trọng dịch vụ "
         "đạt trên 80% vào năm 2030.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng tổng giá trị sản phẩm",
           "targets": [{"value": 14, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ trọng dịch vụ",
           "targets": [{"value": 80, "unit": "%", "comparator": ">"}]}]),
    Case("every-sentence-a-target-under-the-aims-the-paragraph-above-sets",
         "Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh trở thành địa phương phát triển nhanh và bền vững.\n\n"
         "Tốc độ tăng trưởng GRDP bình quân đạt 10%. Quy mô GRDP theo giá hiện hành 589.730 tỷ đồng. Ngân sách trên địa "
         "bàn tăng bình quân 7%.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP bình quân",
           "targets": [{"value": 10, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Quy mô GRDP theo giá hiện hành",
           "targets": [{"value": 589730, "unit": "tỷ đồng"}]},
          {"number": None, "group": None, "name": "Ngân sách trên địa bàn",
           "targets": [{"value": 7, "unit": "%", "change": "increase"}]}]),
    Case("sentences-of-figures-under-a-paragraph-that-sets-no-aims-are-results",
         "Nhiệm kỳ 2020-2025, tỉnh vượt qua nhiều khó khăn.\n\nTốc độ tăng trưởng GRDP bình quân đạt 7%. Quy mô GRDP "
         "theo giá hiện hành 300.000 tỷ đồng. Ngân sách trên địa bàn tăng bình quân 5%.\n", []),
    Case("a-sentence-read-on-is-cut-at-each-figures-name",
         "Đại hội thông qua các chỉ tiêu chủ yếu trong nhiệm kỳ 2020 - 2025: tốc độ tăng trưởng bình quân trên 10%; tỷ "
         "lệ hộ nghèo giảm xuống dưới 3,5%. Phấn đấu hằng năm kết nạp từ 10 - 12 đảng viên, 100% chi bộ hoàn thành "
         "tốt nhiệm vụ.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng bình quân",
           "targets": [{"value": 10, "unit": "%", "comparator": ">", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 3.5, "unit": "%", "comparator": "<"}]},
          {"number": None, "group": None, "name": "Hằng năm kết nạp đảng viên",
           "targets": [{"min": 10, "max": 12, "unit": "đảng viên"}]},
          {"number": None, "group": None, "name": "Chi bộ hoàn thành tốt nhiệm vụ", "targets": [{"value": 100, "unit": "%"}]}]),
    Case("a-growth-an-aims-sentences-set-is-a-target-with-no-lead-word",
         "Đại hội xác định trong nhiệm kỳ 2025-2030 phấn đấu có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. "
         "Kinh tế tăng trưởng 8,3%/năm; giảm bình quân 2,76% hộ nghèo mỗi năm.\n",
         [{"number": None, "group": None, "name": "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
           "targets": [{"value": 90, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Kinh tế tăng trưởng",
           "targets": [{"value": 8.3, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Giảm bình quân hộ nghèo mỗi năm",
           "targets": [{"value": 2.76, "unit": "%", "change": "decrease"}]}]),
    Case("a-count-lead-is-judged-by-its-own-clause-not-a-review-before-a-semicolon",
         "Đại hội thông qua các nội dung đánh giá kết quả thực hiện nghị quyết giai đoạn 2020-2025; thống nhất 29 "
         "chỉ tiêu chủ yếu, trong đó đáng chú ý: Tốc độ tăng trưởng GRDP bình quân đạt 10%/năm trở lên; thu nhập "
         "bình quân đầu người đạt 120 triệu đồng/năm.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP bình quân",
           "targets": [{"value": 10, "unit": "%", "comparator": ">=", "change": "increase"}]},
          {"number": None, "group": None, "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 120, "unit": "triệu đồng/năm"}]}]),
    Case("one-target-named-after-a-count-of-targets",
         "HĐND tỉnh thống nhất đề ra 12 chỉ tiêu chủ yếu và các nhiệm vụ, giải pháp quan trọng. Trong đó, tốc độ "
         "tăng trưởng kinh tế (GRDP) đạt từ 9%-9,5% và phấn đấu tăng trưởng hai con số.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng kinh tế (GRDP)",
           "targets": [{"min": 9, "max": 9.5, "unit": "%", "change": "increase"}]}]),
    Case("a-press-reports-lead-repeating-its-list-gives-each-target-once",
         "Thành phố xác định 17 chỉ tiêu chủ yếu, như tốc độ tăng trưởng GRDP từ 7,5-8%;\n\n"
         "Thành phố xác định 17 chỉ tiêu chủ yếu, như tốc độ tăng trưởng GRDP từ 7,5-8%; tỷ lệ đô thị hóa "
         "60-62%.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng GRDP",
           "targets": [{"min": 7.5, "max": 8, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ đô thị hóa", "targets": [{"min": 60, "max": 62, "unit": "%"}]}]),
    Case("a-share-leading-its-name-then-a-named-share-are-two-targets",
         "Đại hội xác định 15 chỉ tiêu chủ yếu, như 100% khu dân cư đạt văn hóa, tỷ lệ gia đình văn hóa đạt 85%; "
         "tỷ lệ hộ nghèo giảm còn dưới 2%.\n",
         [{"number": None, "group": None, "name": "Khu dân cư đạt văn hóa", "targets": [{"value": 100, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tỷ lệ gia đình văn hóa", "targets": [{"value": 85, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ nghèo", "targets": [{"value": 2, "unit": "%", "comparator": "<"}]}]),
    Case("a-share-at-the-end-of-a-term-goes-on-with-the-target-before",
         "Cụ thể, đến năm 2025, tỷ lệ hộ nghèo giảm bình quân 1%/năm, đến cuối nhiệm kỳ chiếm tỷ lệ 1,07%; tỷ lệ che "
         "phủ rừng đạt 45%.\n",
         [{"number": None, "group": None, "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 1, "unit": "%", "change": "decrease"}, {"value": 1.07, "unit": "%"}]},
          {"number": None, "group": None, "name": "Tỷ lệ che phủ rừng", "targets": [{"value": 45, "unit": "%"}]}]),
    Case("per-mille-typed-as-percent-and-zero",
         "Đại hội thông qua 20 chỉ tiêu chủ yếu, trong đó: giảm tỷ suất sinh thô 0,30%0/năm; thu ngân sách tăng "
         "bình quân 10-15%/năm; mỗi năm kết nạp từ 10-15 đảng viên.\n",
         [{"number": None, "group": None, "name": "Giảm tỷ suất sinh thô",
           "targets": [{"value": 0.3, "unit": "‰", "change": "decrease"}]},
          {"number": None, "group": None, "name": "Thu ngân sách",
           "targets": [{"min": 10, "max": 15, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Mỗi năm kết nạp đảng viên",
           "targets": [{"min": 10, "max": 15, "unit": "đảng viên"}]}]),
    Case("one-figure-after-a-count-of-targets-met-is-a-result",
         "Năm 2024, huyện đạt và vượt 12 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng kinh tế đạt 9,5%.\n", []),
    Case("a-general-aim-that-reports-a-result-sets-nothing",
         "Huyện đã hoàn thành mục tiêu tổng quát xây dựng nông thôn mới; tốc độ tăng trưởng đạt 7%/năm, "
         "thu ngân sách đạt 900 tỷ đồng.\n", []),
    Case("an-elliptical-clause-measures-what-the-clause-before-measures-over-its-own-period",
         "Tin tức\n\nĐịnh hướng đến năm 2030, tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026 - 2030 đạt trên "
         "8%; tính chung cả giai đoạn 2021 - 2030 đạt gần 8%; GRDP bình quân đầu người đạt trên 90 triệu đồng.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng kinh tế bình quân",
           "targets": [{"value": 8, "unit": "%", "comparator": ">", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tốc độ tăng trưởng kinh tế bình quân cả giai đoạn 2021 - 2030",
           "targets": [{"value": 8, "unit": "%", "comparator": "~"}]},
          {"number": None, "group": None, "name": "GRDP bình quân đầu người",
           "targets": [{"value": 90, "unit": "triệu đồng", "comparator": ">"}]}]),
    Case("a-share-of-a-whole-count-in-a-list-of-targets-is-a-target-of-its-count",
         "Tin tức\n\nĐịnh hướng đến năm 2030, tốc độ tăng trưởng kinh tế đạt trên 8%; GRDP bình quân đầu người đạt "
         "trên 90 triệu đồng; 5/7 huyện đạt chuẩn NTM.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng kinh tế",
           "targets": [{"value": 8, "unit": "%", "comparator": ">", "change": "increase"}]},
          {"number": None, "group": None, "name": "GRDP bình quân đầu người",
           "targets": [{"value": 90, "unit": "triệu đồng", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Huyện đạt chuẩn NTM", "targets": [{"value": 5, "unit": "huyện"}]}]),
    Case("and-with-a-verb-of-having-before-the-next-leading-figure-starts-a-new-indicator",
         "Tin tức\n\nĐại hội đề ra các chỉ tiêu chủ yếu. Đến năm 2025, tốc độ tăng trưởng kinh tế đạt 7%; trên 65% "
         "số xã đạt chuẩn nông thôn mới và có ít nhất 4 đơn vị cấp huyện đạt chuẩn nông thôn mới.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng kinh tế",
           "targets": [{"value": 7, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Số xã đạt chuẩn nông thôn mới",
           "targets": [{"value": 65, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Đơn vị cấp huyện đạt chuẩn nông thôn mới",
           "targets": [{"value": 4, "unit": "đơn vị", "comparator": ">="}]}]),
    Case("and-with-a-verb-of-having-before-a-count-starts-a-new-indicator-after-a-named-one",
         "Tin tức\n\nCác chỉ tiêu cụ thể: tăng trưởng kinh tế bình quân đạt trên 7%/năm; thu nhập bình quân đầu người "
         "đạt hơn 70 triệu đồng. Đến năm 2025, trên 65% số xã đạt chuẩn nông thôn mới và có ít nhất 4 đơn vị cấp "
         "huyện đạt chuẩn nông thôn mới.\n",
         [{"number": None, "group": "Các chỉ tiêu cụ thể", "name": "Tăng trưởng kinh tế bình quân",
           "targets": [{"value": 7, "unit": "%", "comparator": ">", "change": "increase"}]},
          {"number": None, "group": "Các chỉ tiêu cụ thể", "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 70, "unit": "triệu đồng", "comparator": ">"}]},
          {"number": None, "group": "Các chỉ tiêu cụ thể", "name": "Số xã đạt chuẩn nông thôn mới",
           "targets": [{"value": 65, "unit": "%", "comparator": ">"}]},
          {"number": None, "group": "Các chỉ tiêu cụ thể", "name": "Đơn vị cấp huyện đạt chuẩn nông thôn mới",
           "targets": [{"value": 4, "unit": "đơn vị", "comparator": ">="}]}]),
    Case("a-count-bounded-below-after-a-share-is-what-each-unit-of-a-listed-subject-must-reach",
         "Tin tức\n\nTheo đó, đơn vị đặt ra một số mục tiêu chủ yếu để phấn đấu, đó là: 100% cơ sở Đoàn có ít nhất 01 "
         "công trình thanh niên; 100% Liên đội, Đoàn trường học tổ chức được ít nhất 01 chương trình “Hành trình đến "
         "với các địa chỉ đỏ”; toàn tỉnh trồng mới ít nhất 150.000 cây xanh.\n",
         [{"number": None, "group": None, "name": "Cơ sở Đoàn có công trình thanh niên",
           "targets": [{"value": 100, "unit": "%"}, {"value": 1, "unit": "công trình", "comparator": ">="}]},
          {"number": None, "group": None,
           "name": "Liên đội, Đoàn trường học tổ chức được chương trình “Hành trình đến với các địa chỉ đỏ”",
           "targets": [{"value": 100, "unit": "%"}, {"value": 1, "unit": "chương trình", "comparator": ">="}]},
          {"number": None, "group": None, "name": "Toàn tỉnh trồng mới cây xanh",
           "targets": [{"value": 150000, "unit": "cây xanh", "comparator": ">="}]}]),
    Case("a-count-that-opens-an-item-counts-the-units-named-after-it",
         "Tin tức\n\nTheo đó, đơn vị đặt ra một số mục tiêu chủ yếu để phấn đấu, đó là: 100% cơ sở Đoàn có ít nhất 01 "
         "công trình thanh niên; 32 Đoàn xã, phường, thị trấn xây dựng được ít nhất 01 mô hình, giải pháp hỗ trợ "
         "thanh thiếu niên.\n",
         [{"number": None, "group": None, "name": "Cơ sở Đoàn có công trình thanh niên",
           "targets": [{"value": 100, "unit": "%"}, {"value": 1, "unit": "công trình", "comparator": ">="}]},
          {"number": None, "group": None,
           "name": "Đoàn xã, phường, thị trấn xây dựng được mô hình, giải pháp hỗ trợ thanh thiếu niên",
           "targets": [{"value": 32, "unit": "Đoàn"}, {"value": 1, "unit": "mô hình", "comparator": ">="}]}]),
    Case("a-listed-item-gives-its-figure-bare-in-brackets-its-unit-from-its-name",
         "Tin tức\n\nĐại hội đề ra 4 chỉ tiêu chủ yếu: tỷ lệ hộ nghèo giảm (1,2); số thôn đạt chuẩn văn hóa (7); "
         "kết nạp đảng viên mới (45); giải quyết việc làm (210 lao động).\n",
         [{"number": None, "group": "Đại hội đề ra 4 chỉ tiêu chủ yếu", "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 1.2, "unit": "%", "change": "decrease"}]},
          {"number": None, "group": "Đại hội đề ra 4 chỉ tiêu chủ yếu", "name": "Số thôn đạt chuẩn văn hóa",
           "targets": [{"value": 7, "unit": "thôn"}]},
          {"number": None, "group": "Đại hội đề ra 4 chỉ tiêu chủ yếu", "name": "Kết nạp đảng viên mới",
           "targets": [{"value": 45, "unit": "đảng viên"}]},
          {"number": None, "group": "Đại hội đề ra 4 chỉ tiêu chủ yếu", "name": "Giải quyết việc làm",
           "targets": [{"value": 210, "unit": "lao động"}]}]),
    Case("bare-figures-in-brackets-numbered-one-after-another-are-no-markers",
         "Tin tức\n\nĐảng bộ phấn đấu đạt các chỉ tiêu: thu nhập bình quân đầu người (64 triệu đồng), số trường đạt "
         "chuẩn quốc gia (3), số xã đạt chuẩn nông thôn mới nâng cao (4), tỷ lệ che phủ rừng (48).\n",
         [{"number": None, "group": "Đảng bộ phấn đấu đạt các chỉ tiêu", "name": "Thu nhập bình quân đầu người",
           "targets": [{"value": 64, "unit": "triệu đồng"}]},
          {"number": None, "group": "Đảng bộ phấn đấu đạt các chỉ tiêu", "name": "Số trường đạt chuẩn quốc gia",
           "targets": [{"value": 3, "unit": "trường"}]},
          {"number": None, "group": "Đảng bộ phấn đấu đạt các chỉ tiêu", "name": "Số xã đạt chuẩn nông thôn mới nâng cao",
           "targets": [{"value": 4, "unit": "xã"}]},
          {"number": None, "group": "Đảng bộ phấn đấu đạt các chỉ tiêu", "name": "Tỷ lệ che phủ rừng",
           "targets": [{"value": 48, "unit": "%"}]}]),
    Case("what-a-body-will-do-in-a-coming-year-is-a-target-what-it-did-is-not",
         "Tin tức\n\nNăm 2025, Đảng bộ xã Hòa Mỹ đã kết nạp 28 đảng viên. Năm 2026, Đảng bộ sẽ kết nạp 32 đảng viên. "
         "Hội nghị tổng kết sẽ có 150 đại biểu dự.\n\nĐảng bộ phấn đấu kết nạp ít nhất 35 đảng viên trong năm tới.\n",
         [{"number": None, "group": None, "name": "Kết nạp đảng viên", "targets": [{"value": 32, "unit": "đảng viên"}]},
          {"number": None, "group": None, "name": "Kết nạp đảng viên",
           "targets": [{"value": 35, "unit": "đảng viên", "comparator": ">="}]}]),
    Case("a-quota-set-for-a-year-names-what-its-verb-does",
         "Tin tức\n\nHội nghị giao chỉ tiêu năm 2026 kết nạp 44 đảng viên mới. Hội nghị bế mạc lúc 11 giờ.\n",
         [{"number": None, "group": None, "name": "Kết nạp đảng viên mới",
           "targets": [{"value": 44, "unit": "đảng viên"}]}]),
    Case("a-bound-forbidden-is-the-other-side-of-it",
         "II. MỤC TIÊU\n- Không để nợ quá hạn trên 0,5% tổng dư nợ.\n- Không để tỷ lệ tiêm chủng dưới 95%.\n"
         "- Tỷ lệ hộ nghèo giảm trên 1%.\n",
         [{"number": None, "group": "MỤC TIÊU", "name": "Không để nợ quá hạn tổng dư nợ",
           "targets": [{"value": 0.5, "unit": "%", "comparator": "<="}]},
          {"number": None, "group": "MỤC TIÊU", "name": "Không để tỷ lệ tiêm chủng",
           "targets": [{"value": 95, "unit": "%", "comparator": ">="}]},
          {"number": None, "group": "MỤC TIÊU", "name": "Tỷ lệ hộ nghèo",
           "targets": [{"value": 1, "unit": "%", "comparator": ">", "change": "decrease"}]}]),
    Case("the-figure-an-aim-is-compared-with-is-no-target",
         "Tin tức\n\nNăm 2026, ngành phấn đấu tỷ lệ che phủ rừng đạt 42%. Về tăng trưởng, ngành phấn đấu cao hơn "
         "so với mức tỉnh giao tại Nghị quyết số 05/NQ-HĐND là từ 4 đến 4,5%.\n",
         [{"number": None, "group": None, "name": "Tỷ lệ che phủ rừng", "targets": [{"value": 42, "unit": "%"}]}]),
    Case("a-bare-figure-in-the-clause-after-a-named-target-is-another",
         "Tin tức\n\nUBND tỉnh ban hành kế hoạch năm 2026. Theo đó, chỉ tiêu năm 2026 về tốc độ tăng trưởng của ngành "
         "nông nghiệp đạt từ 5,5% trở lên; cơ cấu ngành nông, lâm nghiệp và thủy sản 20-21%.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng của ngành nông nghiệp",
           "targets": [{"value": 5.5, "unit": "%", "comparator": ">=", "change": "increase"}]},
          {"number": None, "group": None, "name": "Cơ cấu ngành nông, lâm nghiệp và thủy sản",
           "targets": [{"min": 20, "max": 21, "unit": "%"}]}]),
    Case("the-parts-of-a-whole-after-trong-do-go-on-over-semicolons",
         "Tin tức\n\nNăm 2026, ngành phấn đấu thực hiện một số chỉ tiêu chủ yếu như sau: Tốc độ tăng trưởng ngành đạt "
         "4%. Giá trị sản xuất ngành đạt 10,5 nghìn tỷ đồng, trong đó trồng trọt 8,2 nghìn tỷ đồng; chăn nuôi 1,9 nghìn "
         "tỷ đồng; thủy sản đạt trên 0,4 nghìn tỷ đồng. Tăng trưởng dịch vụ đạt 8%, trong đó du lịch 10%; tỷ lệ hộ "
         "nghèo giảm 1%.\n",
         [{"number": None, "group": None, "name": "Tốc độ tăng trưởng ngành",
           "targets": [{"value": 4, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Giá trị sản xuất ngành",
           "targets": [{"value": 10.5, "unit": "nghìn tỷ đồng"}, {"value": 8.2, "unit": "nghìn tỷ đồng"},
                       {"value": 1.9, "unit": "nghìn tỷ đồng"},
                       {"value": 0.4, "unit": "nghìn tỷ đồng", "comparator": ">"}]},
          {"number": None, "group": None, "name": "Tăng trưởng dịch vụ",
           "targets": [{"value": 8, "unit": "%", "change": "increase"}, {"value": 10, "unit": "%", "change": "increase"}]},
          {"number": None, "group": None, "name": "Tỷ lệ hộ nghèo", "targets": [{"value": 1, "unit": "%", "change": "decrease"}]}]),
    Case("a-target-handed-out-to-units-after-a-back-link-is-one",
         "Ban Thường vụ Tỉnh ủy thống nhất giao chỉ tiêu các huyện ủy, đảng ủy trực thuộc phát triển 1.200 đảng viên mới "
         "trong năm 2026.\n\nCụ thể: Đảng bộ huyện Hòa An chỉ tiêu phát triển 300 đảng viên mới; Bình Sơn 250; Tân Lập "
         "200; Phú Mỹ 150; Đông Hà 120 và Đảng bộ Quân sự tỉnh chỉ tiêu phát triển 50 đảng viên mới.\n",
         [{"number": None, "group": None, "name": "Phát triển đảng viên mới",
           "targets": [{"value": 1200, "unit": "đảng viên"}, {"value": 300, "unit": "đảng viên"},
                       {"value": 50, "unit": "đảng viên"}]}]),
    Case("an-abbreviation-in-brackets-goes-on-with-the-name-of-a-target-in-prose",
         "Tin tức\n\nNăm 2026, ngành phấn đấu số sản phẩm thuộc Chương trình mỗi xã một sản phẩm (OCOP) là 120 sản phẩm.\n",
         [{"number": None, "group": None, "name": "Số sản phẩm thuộc Chương trình mỗi xã một sản phẩm (OCOP)",
           "targets": [{"value": 120, "unit": "sản phẩm"}]}]),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_plan_indicators(case: Case) -> None:
    result = extract_text(_HEADER + case.text, with_text=True)
    assert [_view(i) for i in result.indicators] == case.expect
    for ind in result.indicators:
        assert result.text is not None
        assert result.text[ind.span.start:ind.span.end] == ind.text
        for t in ind.targets:
            assert result.text[t.span.start:t.span.end] == t.text


def test_a_count_of_targets_over_bullets_groups_them_and_ends_the_bullet_above() -> None:
    text = ("Tin tức\n\n11 chỉ tiêu kinh tế gồm:\n\n- Thu ngân sách nhà nước: 12.800 tỷ đồng\n\n- Hộ gia đình được "
            "sử dụng điện lưới: 97,8%\n\n8 chỉ tiêu xã hội gồm:\n\n- Số giường bệnh trên 1 vạn dân: 45,7 giường\n")
    found = [(i.group, i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("11 chỉ tiêu kinh tế gồm", "Thu ngân sách nhà nước", [12800]),
                     ("11 chỉ tiêu kinh tế gồm", "Hộ gia đình được sử dụng điện lưới", [97.8]),
                     ("8 chỉ tiêu xã hội gồm", "Số giường bệnh trên 1 vạn dân", [45.7])]


def test_a_sub_list_of_another_marker_ends_where_the_entrys_own_marker_returns() -> None:
    text = ("Các chỉ tiêu chủ yếu năm 2023:\n\n1. Chỉ tiêu về kinh tế:\n\n- Tổng diện tích gieo trồng 640 ha, trong "
            "đó:\n\n+ Lúa 410 ha\n\n+ Rau màu: 230 ha.\n\n- Sản lượng lúa: 2.150 tấn\n\n- Giá trị sản xuất nông "
            "nghiệp tăng 6%.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Tổng diện tích gieo trồng", [640, 410, 230]), ("Sản lượng lúa", [2150]),
                     ("Giá trị sản xuất nông nghiệp", [6])]


def test_a_clause_after_a_semicolon_opening_on_the_entrys_own_words_is_an_item_of_its_own() -> None:
    text = ("Các chỉ tiêu chủ yếu:\n- Sản lượng ngô: 1.300 tấn; Sản lượng khoai: 40 tấn\n- Tỷ lệ rác thải đô thị "
            "được thu gom đạt 85%; tỷ lệ rác thải nông thôn được thu gom đạt 60%;\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Sản lượng ngô", [1300]), ("Sản lượng khoai", [40]),
                     ("Tỷ lệ rác thải đô thị được thu gom", [85]), ("Tỷ lệ rác thải nông thôn được thu gom", [60])]


def test_a_note_in_brackets_cut_open_by_the_clauses_end_is_no_part_of_the_name() -> None:
    text = "Các chỉ tiêu chủ yếu:\n- Trồng mới 60 ha rừng (rừng phòng hộ 20 ha; rừng sản xuất 40 ha).\n"
    found = [i.name for i in extract_text(text).indicators]
    assert found == ["Trồng mới rừng"]


def test_a_bare_verb_label_names_each_clause_by_what_its_figure_measures() -> None:
    text = ("Các chỉ tiêu chủ yếu:\n- Làm mới: 12 km đường liên thôn (trong đó: 8 km đường bê tông; 4 km đường "
            "nhựa); 7 km kênh tưới; cải tạo 3 km bờ kè.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Làm mới đường liên thôn", [12, 8, 4]), ("Làm mới kênh tưới", [7]), ("Cải tạo bờ kè", [3])]


def test_a_horizon_before_the_newest_term_reports_the_past_terms_results() -> None:
    text = ("Đại hội đại biểu Đảng bộ xã Hòa Lâm lần thứ I, nhiệm kỳ 2025-2030\n\nNhiệm kỳ qua, kinh tế tăng trưởng "
            "khá. Đến cuối năm 2024, thu nhập bình quân đầu người đạt 41 triệu đồng/năm; tỷ lệ hộ nghèo còn 9,5%; tỷ "
            "lệ người dân tham gia BHYT đạt 95%.\n\nĐến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng/năm; "
            "tỷ lệ hộ nghèo còn 2%.\n")
    found = [[t.value for t in i.targets] for i in extract_text(text).indicators]
    assert found == [[80], [2]]


def test_a_run_in_heading_of_targets_under_a_headline_line() -> None:
    text = ("Huyện Hòa Lâm bước vào nhiệm kỳ mới\nMột số chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030) Tốc độ tăng trưởng "
            "kinh tế bình quân đạt 9-10%/ năm. Phấn đấu đến năm 2030, 98% người dân tham gia BHYT.\n")
    found = [(i.group, [(t.value, t.min, t.max) for t in i.targets]) for i in extract_text(text).indicators]
    assert found[0] == ("Một số chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)", [(None, 9, 10)])


def test_a_structures_shares_are_labelled_with_their_parts() -> None:
    text = ("Đến năm 2025 tỷ trọng các ngành trong cơ cấu kinh tế của huyện là: nông - lâm - thủy sản chiếm 42%, "
            "dịch vụ chiếm 46%, công nghiệp - xây dựng chiếm 12%; tổng vốn đầu tư đạt 4.862 tỷ đồng.\n")
    structure, = [i for i in extract_text(_HEADER + text).indicators if "cơ cấu" in i.name]
    assert structure.name == "Tỷ trọng các ngành trong cơ cấu kinh tế của huyện"
    assert [(t.label, t.value) for t in structure.targets] == [
        ("Nông - lâm - thủy sản", 42), ("Dịch vụ", 46), ("Công nghiệp - xây dựng", 12)]


@pytest.mark.parametrize("text,value,unit,comparator,change", [
    ("Chỉ số sản xuất công nghiệp tăng bình quân 12%/năm", 12, "%", None, "increase"),
    ("GRDP bình quân đầu người đạt 8.500 USD/ người", 8500, "USD/ người", None, None),
    ("Chi cho khoa học và công nghệ đạt trên 1%/GRDP", 1, "%", ">", None),
    ("Truy cập băng rộng cố định với tốc độ 01 Gb/s", 1, "Gb/s", None, None),
    ("Nâng tổng số lên 37 CCN", 37, "CCN", None, None),
    ("Có ít nhất 20 tập dữ liệu mở", 20, "tập dữ liệu", ">=", None),
    ("Hình thành mới 03 cụm công nghiệp", 3, "cụm công nghiệp", None, None),
    ("Nâng tổng số lên 15 HTX kiểu mới", 15, "HTX", None, None),
    ("Phát triển 02 bộ dữ liệu mở", 2, "bộ dữ liệu", None, None),
    ("Đến năm 2030 có tối thiểu 02 bến xe khách", 2, None, ">=", None),
    ("Đến năm 2030 có tối thiểu 02 bến xe, bến tàu", 2, "bến xe", ">=", None),
    ("Có tối thiểu 01 sàn giao dịch dữ liệu", 1, None, ">=", None),
    ("Có ít nhất 02 hoạt động hỗ trợ đoàn viên khởi nghiệp", 2, "hoạt động", ">=", None),
    ("Tỷ lệ hồ sơ đạt 95 trở lên", 95, None, ">=", None),
    ("Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%", 10.08, "%", None, None),
    ("Giá trị tăng thêm ngành công nghiệp tăng 12%", 12, "%", None, "increase"),
    ("Tăng cường đầu tư để tỷ lệ hộ dùng nước sạch đạt 98%", 98, "%", None, None),
    ("Đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng GRDP khoảng 45%", 45, "%", "~", None),
    ("Số giường bệnh đạt 39,3 giường/01 vạn dân", 39.3, "giường/01 vạn dân", None, None),
    ("Quỹ hội đạt bình quân 150.000 đồng/hội viên trở lên", 150000, "đồng/hội viên", ">=", None),
    ("Có 140 sáng kiến kỹ thuật được công nhận", 140, "sáng kiến kỹ thuật", None, None),
], ids=["percent-per-year", "per-person-spaced", "percent-of-grdp", "line-speed", "cluster-abbreviation", "data-sets",
        "classifier-and-noun", "abbreviation-after-a-lead", "a-classifier-makes-a-count-without-a-lead", "three-words-are-ambiguous",
        "a-short-noun-before-a-mark", "a-long-phrase-leaves-its-head-unknown", "a-verb-after-a-short-noun-ends-it", "no-noun-before-tro-len",
        "value-added-is-no-growth", "value-added-that-grows", "strengthening-is-no-growth", "a-share-of-growth-is-no-growth",
        "per-one-of-a-scale-word", "a-measure-per-a-thing-counted", "what-is-done-to-them-ends-the-things-counted"])
def test_plan_units(text: str, value: float, unit: str, comparator: str | None, change: str | None) -> None:
    found = extract_text(f"{_HEADER}Mục tiêu cụ thể:\n- {text}.\n").indicators
    assert [(t.value, t.unit, t.comparator, t.change) for i in found for t in i.targets] == [
        (value, unit, comparator, change)]
    assert "/" not in found[0].name or "/" in text.split(str(value))[0]


_MARKDOWN_TABLE = (
    "PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n"
    "| **STT** | **Chỉ tiêu** | **Đơn vị tính** | **Kế hoạch năm 2026** |\n"
    "|---|---|---|---|\n"
    "| **I** | **Chỉ tiêu kinh tế** | | |\n"
    "| 1 | Tốc độ tăng trưởng GRDP | % | ≥ 8 |\n"
    "| 2 | Thu ngân sách nhà nước | tỷ đồng | 12.500 |\n"
    "| | Trong đó: thu nội địa | tỷ đồng | 10.000 |\n"
    "| **II** | **Chỉ tiêu xã hội** | | |\n"
    "| 3 | Tỷ lệ lao động qua đào tạo | % | 70 - 72 |\n")


def test_markdown_table_of_indicators_reads_as_a_document_table() -> None:
    result = extract_text(_HEADER + _MARKDOWN_TABLE, with_text=True)
    assert [(i.number, i.group, i.name, [(t.value, t.min, t.max, t.unit, t.comparator, t.label) for t in i.targets])
            for i in result.indicators] == [
        (1, "Chỉ tiêu kinh tế", "Tốc độ tăng trưởng GRDP", [(8, None, None, "%", ">=", None)]),
        (2, "Chỉ tiêu kinh tế", "Thu ngân sách nhà nước",
         [(12500, None, None, "tỷ đồng", None, None), (10000, None, None, "tỷ đồng", None, "thu nội địa")]),
        (3, "Chỉ tiêu xã hội", "Tỷ lệ lao động qua đào tạo", [(None, 70, 72, "%", None, None)])]
    assert result.text is not None
    assert [result.text[t.span.start:t.span.end] for i in result.indicators for t in i.targets] == [
        "≥ 8", "12.500", "10.000", "70 - 72"]
    assert all(i.source == "table" for i in result.indicators)


@pytest.mark.parametrize("text", [
    "| Họ và tên | Chức vụ |\n|---|---|\n| Nguyễn Văn A | Chủ tịch |\n",
    "| Nội dung | Thời gian |\n|---|---|\n| Tổ chức hội nghị | Tháng 3/2026 |\n",
    "Một dòng có | hai | dấu gạch đứng nhưng không phải bảng.\n",
], ids=["people", "schedule", "pipes-in-running-text"])
def test_other_markdown_tables_give_no_indicators(text: str) -> None:
    assert extract_text(_HEADER + text).indicators == []


def test_markdown_tables_are_split_by_the_text_between_them() -> None:
    raw = "| a | b |\n| 1 | 2 |\ntext\n| c | d |\n|---|---|\n| 3 | **4** |\n"
    tables = markdown_tables(raw)
    assert [t.rows for t, _ in tables] == [(("a", "b"), ("1", "2")), (("c", "d"), ("3", "4"))]
    assert [raw[s:e] for s, e in tables[1][1].values()] == ["c", "d", "3", "4"]


def test_a_press_headline_that_sets_a_target_gives_it_and_an_aside_recalling_a_plan_does_not() -> None:
    text = ("Xã Bình An phấn đấu giảm tỷ lệ hộ nghèo đa chiều dưới 0,22%\n\nChiều 14/1, Đảng ủy xã Bình An tổ chức Hội "
            "nghị tổng kết năm 2025. Dự báo cả năm, GRDP tăng trên 9% (chỉ tiêu năm từ 6-6,5%).\n")
    assert [_view(i) for i in extract_text(text).indicators] == [
        {"number": None, "group": None, "name": "Giảm tỷ lệ hộ nghèo đa chiều",
         "targets": [{"value": 0.22, "unit": "%", "comparator": "<", "change": "decrease"}]}]


def test_a_reports_aim_of_the_year_behind_reports_and_the_next_years_aim_lists_then_tasks() -> None:
    text = ("(kontumtv.vn) – Sáng 13/12, HĐND huyện Bình An đã khai mạc kỳ họp lần thứ 3.\n\nNăm 2016, huyện Bình An đã "
            "nỗ lực phấn đấu thực hiện đạt và vượt kế hoạch đề ra. Thu nhập bình quân đầu người đạt 21 triệu "
            "đồng/người/năm, tăng 1,7 triệu đồng so với năm 2015. Diện tích gieo trồng gần 6.160 ha, đạt 100,2% kế "
            "hoạch.\n\nNăm 2017, huyện phấn đấu đạt tổng giá trị sản xuất 967 tỷ đồng; thu nhập bình quân 22,5 triệu "
            "đồng/người/năm; tỷ lệ hộ nghèo 35,4%; tiếp tục tập trung huy động các nguồn lực.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Tổng giá trị sản xuất", [967]), ("Thu nhập bình quân", [22.5]), ("Tỷ lệ hộ nghèo", [35.4])]


def test_a_directive_sets_the_target_its_purpose_names_and_the_figures_reported_stay_out() -> None:
    text = ("(baotinh.vn) - Sáng 02/4, Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy UBND tỉnh.\n\n"
            "Về tình hình KT-XH quý I, tốc độ tăng trưởng GRDP dự kiến tăng 7,5% (cùng kỳ quý I/2024 tăng 6,2%). "
            "Thu ngân sách ước đạt 3.000 tỷ đồng. Năm 2024, UBND tỉnh đã chỉ đạo các ngành để tỷ lệ giải ngân "
            "đạt 95%.\n\n"
            "Đồng chí Bí thư Tỉnh ủy đề nghị Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh tiếp tục tập trung lãnh đạo, "
            "chỉ đạo theo hướng “tăng tốc, bứt phá” để thúc đẩy tăng trưởng KT-XH của tỉnh đạt từ 8,5 - 9%.\n")
    found = [(i.name, [(t.min, t.max, t.unit, t.change) for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Thúc đẩy tăng trưởng KT-XH của tỉnh", [(8.5, 9, "%", "increase")])]


def test_the_coming_term_that_opens_a_sentence_lists_its_targets_and_the_term_reviewed_does_not() -> None:
    text = ("Đoàn xã Hòa Lạc tổ chức Đại hội nhiệm kỳ mới\n\nNhiệm kỳ 2020 - 2025, Đoàn xã Hòa Lạc tổ chức nhiều hoạt "
            "động; tư vấn việc làm cho 300 thanh niên; kết nạp 150 đoàn viên mới.\n\n"
            "Nhiệm kỳ 2025 - 2030, Đoàn xã Hòa Lạc tập trung thực hiện tốt công tác giáo dục thanh niên; hằng năm, "
            "tư vấn hướng nghiệp cho trên 500 thanh niên; kết nạp từ 80 – 120 đoàn viên; thực hiện ít nhất 3 công "
            "trình thanh niên.\n")
    found = [[(t.value, t.min, t.max) for t in i.targets] for i in extract_text(text).indicators]
    assert found == [[(500, None, None)], [(None, 80, 120)], [(3, None, None)]]


def test_a_coming_term_that_opens_a_count_of_targets_leaves_the_list_to_the_counts_link() -> None:
    # "Nhiệm kỳ ..., phường đề ra 27 chỉ tiêu, trong đó có A ...": the list starts after the link,
    # not after the term's comma (which would glue the count to the first target's name)
    text = ("Đại hội Đảng bộ phường Hòa Lạc\n\nNhiệm kỳ 2025-2030, phường đề ra 27 chỉ tiêu cụ thể, trong đó có tốc độ "
            "tăng tổng giá trị sản phẩm bình quân hằng năm trên 9,5%; tỷ lệ hộ nghèo dưới 1%.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Tốc độ tăng tổng giá trị sản phẩm bình quân hằng năm", [9.5]), ("Tỷ lệ hộ nghèo", [1])]


def test_a_count_of_inhabitants_after_tren_is_what_the_target_is_counted_per() -> None:
    # "trên 1.000 dân": per a thousand inhabitants, no second target above a thousand
    text = ("Tin tức\n\nNăm 2026, huyện Hòa Lâm phấn đấu: số doanh nghiệp đang hoạt động trên 1.000 dân đạt 3 doanh "
            "nghiệp; tập huấn cho trên 1.000 người dân.\n")
    found = [[(t.value, t.unit) for t in i.targets] for i in extract_text(text).indicators]
    assert found == [[(3, "doanh nghiệp")], [(1000, "người")]]


def test_a_clause_that_names_a_count_and_closes_on_its_figure_sets_it() -> None:
    # "tổng số lao động ... hằng năm 1.350": no lead word, no unit; "hằng năm" says how often, no year
    text = ("Tin tức\n\nNăm 2026, huyện Hòa Lâm phấn đấu: thu ngân sách đạt 50 tỷ đồng; tổng số lao động được hỗ trợ "
            "việc làm hằng năm 1.200; số xã đạt chuẩn nông thôn mới năm 2027; tỷ lệ hộ nghèo dưới 1%.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Thu ngân sách", [50]), ("Tổng số lao động được hỗ trợ việc làm hằng năm", [1200]),
                     ("Tỷ lệ hộ nghèo", [1])]


def test_an_images_placeholder_text_does_not_break_a_list_of_targets_in_two() -> None:
    text = ("Đại hội Hội Nông dân huyện Bình Sơn\n\nNhiệm kỳ 2023-2028, Hội Nông dân huyện Bình Sơn xác định các chỉ "
            "tiêu cụ thể: hàng năm, giúp 20 hộ nông dân thoát nghèo; mỗi năm, hỗ trợ 10 hộ khởi nghiệp.\n\n"
            "Responsive image\n\nMỗi năm, vận động 15 hộ cải tạo vườn tạp; vận động 85% hộ gia đình phân loại rác.\n")
    found = [[t.value for t in i.targets] for i in extract_text(text).indicators]
    assert found == [[20], [10], [15], [85]]


def test_a_press_list_goes_on_past_a_photo_caption() -> None:
    # a report sets a picture between two paragraphs of one list: its caption ends no list
    text = ("Kỳ họp thứ 9 Hội đồng nhân dân tỉnh Bình An khóa XII bế mạc\n\n"
            "Tỉnh đặt ra 20 chỉ tiêu chủ yếu trong giai đoạn 2026-2030; trong đó tốc độ tăng trưởng GRDP bình quân "
            "đạt 9% trở lên. GRDP bình quân đầu người đạt khoảng 120 triệu đồng.\n\n"
            "Các đại biểu bấm nút biểu quyết thông qua nghị quyết.\n\n"
            "Kim ngạch xuất khẩu đạt 3 tỷ USD. Thu ngân sách trên địa bàn tỉnh tăng bình quân 10%/năm.\n")
    found = [(i.name, [(t.value, t.unit) for t in i.targets]) for i in extract_text(text).indicators]
    assert found[2:] == [("Kim ngạch xuất khẩu", [(3, "tỷ USD")]),
                         ("Thu ngân sách trên địa bàn tỉnh", [(10, "%")])]


@pytest.mark.parametrize("growth", ["2 con số", "hai con số"])
def test_double_digit_growth_names_no_figure(growth: str) -> None:
    # "tăng trưởng hai con số" counts the digits of a rate: no quantity to reach
    text = ("Hội nghị bàn giải pháp tăng trưởng năm 2026\n\n"
            f"Chủ tịch UBND tỉnh yêu cầu các sở, ngành phấn đấu đạt mục tiêu tăng trưởng {growth} năm 2026; "
            "thu ngân sách đạt 5.000 tỷ đồng.\n")
    targets = [(t.value, t.unit) for i in extract_text(text).indicators for t in i.targets]
    assert (2, "con số năm") not in targets and all(u != "con số" for _, u in targets)
    assert all(v != 2 for v, _ in targets)


def test_a_list_of_targets_goes_on_after_a_pictures_caption_not_after_a_byline() -> None:
    text = ("Tin tức\n\nSáng 10/6, Hội Nông dân huyện Lạc Sơn tổ chức Đại hội.\n\nĐại hội xác định các chỉ tiêu cụ "
            "thể: giúp 40 hộ nông dân thoát nghèo; kết nạp mới 300 hội viên.\n\nẢnh minh họa\n\nMỗi năm, vận động 15 "
            "hộ xây dựng vườn mẫu; vận động 85% hộ gia đình thu gom rác thải.\n\nMinh Hà\n\nNgày 3/5, vận động 12 hộ "
            "ủng hộ quỹ; 20 hộ dự lễ.\n")
    found = [(i.name, [(t.value, t.unit) for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Giúp hộ nông dân thoát nghèo", [(40, "hộ")]), ("Kết nạp mới hội viên", [(300, "hội viên")]),
                     ("Vận động hộ xây dựng vườn mẫu", [(15, "hộ")]),
                     ("Vận động hộ gia đình thu gom rác thải", [(85, "%")])]


def test_a_share_of_a_bare_subject_shares_the_words_of_the_share_after_it() -> None:
    text = ("Tin tức\n\nSáng 4/1, Hội Cựu chiến binh xã Tân Mỹ tổng kết năm 2025.\n\nHội thông qua 8 chỉ tiêu năm 2026. "
            "Trong đó: 100% cán bộ, trên 95% hội viên được học tập nghị quyết của Đảng; 100% chi hội có quỹ, 80% "
            "chi hội có mô hình kinh tế.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Cán bộ, hội viên được học tập nghị quyết của Đảng", [100, 95]), ("Chi hội có quỹ", [100]),
                     ("Chi hội có mô hình kinh tế", [80])]


def test_a_sentence_opening_on_the_coming_term_lists_its_targets_not_one_on_the_term_ended() -> None:
    text = ("Tin tức\n\nSáng 8/5, Đoàn xã Phú An tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2025 - 2030.\n\n"
            "Nhiệm kỳ 2020 - 2025, Đoàn xã kết nạp 150 đoàn viên; 95% đoàn viên được xếp loại khá trở lên.\n\n"
            "Nhiệm kỳ 2025 - 2030, Đoàn xã tập trung giáo dục lý tưởng cho thanh niên; tổ chức tư vấn nghề cho trên "
            "500 thanh niên; kết nạp từ 60 - 80 đoàn viên; thực hiện ít nhất 4 công trình thanh niên.\n")
    found = [(i.name, [(t.value, t.min, t.max) for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Tổ chức tư vấn nghề cho thanh niên", [(500, None, None)]),
                     ("Kết nạp đoàn viên", [(None, 60, 80)]), ("Thực hiện công trình thanh niên", [(4, None, None)])]


def test_a_text_of_one_short_sentence_sets_its_target() -> None:
    found = extract_text("Năm 2026, tỉnh phấn đấu thu ngân sách đạt 75.000 tỷ đồng.").indicators
    assert [(i.name, [t.value for t in i.targets]) for i in found] == [("Thu ngân sách", [75000])]


@pytest.mark.parametrize("opening", ["Năm 2026, xã phấn đấu", "Nhiệm kỳ tới, xã phấn đấu"])
def test_an_aim_after_its_subject_lists_two_targets_between_semicolons(opening: str) -> None:
    text = (f"Tin tức\n\nSáng 8/5, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ IX.\n\n{opening} thu ngân sách "
            "đạt 20 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 1%.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Thu ngân sách", [20]), ("Tỷ lệ hộ nghèo", [1])]


def test_a_paragraph_on_its_own_label_after_a_list_is_named_after_the_label() -> None:
    text = ("Tin tức\n\nSáng 8/5, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ IX.\n\nVề xây dựng Đảng: Phấn "
            "đấu kết nạp 50 đảng viên; 95% chi bộ hoàn thành tốt nhiệm vụ.\nVề kinh tế: Phấn đấu tốc độ tăng trưởng kinh "
            "tế bình quân đạt 10%/năm. Thu nhập bình quân đầu người đạt 80 triệu đồng.\n")
    found = [(i.group, i.name) for i in extract_text(text).indicators]
    assert found == [("Về xây dựng Đảng", "Kết nạp đảng viên"), ("Về xây dựng Đảng", "Chi bộ hoàn thành tốt nhiệm vụ"),
                     ("Về kinh tế", "Tốc độ tăng trưởng kinh tế bình quân"), ("Về kinh tế", "Thu nhập bình quân đầu người")]


_SESSION = "Tin tức\n\nChiều 27/8, HĐND phường An Hải tổ chức kỳ họp thứ 3.\n\n{}\n"


@pytest.mark.parametrize(("text", "found"), [
    ("Các đại biểu đã thông qua nghị quyết về nhiệm vụ kinh tế - xã hội đến cuối năm 2025. Theo đó, phường tập trung "
     "thúc đẩy tăng trưởng kinh tế. Trong đó, tỷ trọng dịch vụ - du lịch chiếm 90%.", [("Tỷ trọng dịch vụ - du lịch", 90)]),
    ("Kỳ họp cũng thông qua nghị quyết phê chuẩn dự toán thu ngân sách năm 2025. Cụ thể, dự toán thu ngân sách trên "
     "địa bàn phường năm 2025 là hơn 465 tỷ đồng; dự toán chi ngân sách địa phương là 300 tỷ đồng.",
     [("Dự toán thu ngân sách trên địa bàn phường", 465), ("Dự toán chi ngân sách địa phương", 300)]),
    ("Kỳ họp thông qua nghị quyết về kết quả thực hiện nhiệm vụ năm 2025. Cụ thể, thu ngân sách đạt 465 tỷ đồng.", []),
    ("Kỳ họp thông qua nghị quyết về nhiệm vụ năm 2026. Theo đó, năm 2025 thu ngân sách đạt 465 tỷ đồng.", []),
], ids=["the-figures-after-theo-do", "the-estimates-after-cu-the", "a-resolution-on-results", "the-year-behind"])
def test_the_sentences_a_link_opens_after_a_resolution_passed_state_its_targets(text: str, found: list[Any]) -> None:
    indicators = extract_text(_SESSION.format(text)).indicators
    assert [(i.name, i.targets[0].value) for i in indicators] == found


def test_a_target_in_a_web_copy_that_kept_its_sources_line_breaks() -> None:
    # a legal site's copy: its lines broken where the page's source broke them, some at the
    # width of the text, some short and mid-sentence ("... tăng trưởng" / "GRDP từ 9% ...")
    text = ("NGHỊ QUYẾT\nVỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH NAM SƠN NĂM 2027\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ\n"
            "Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 và các văn bản hướng dẫn thi\n"
            "hành; Sau khi xem xét báo cáo của Ủy ban nhân dân tỉnh, báo cáo thẩm tra của\n"
            "các Ban Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu Hội đồng nhân\n"
            "dân tỉnh tại kỳ họp.\nQUYẾT NGHỊ:\nĐiều 1. Hội đồng nhân dân tỉnh thống nhất các "
            "mục tiêu, chỉ tiêu, nhiệm vụ\nvà giải pháp chủ yếu phát triển kinh tế - xã hội năm 2027, nhất là các giải\n"
            "pháp đã được đề ra trong báo cáo của Ủy ban nhân dân tỉnh, với nội dung sau:\n1. Mục\n"
            "tiêu tổng quát\nPhấn đấu tốc độ tăng trưởng\nGRDP từ 9% trở lên so với năm 2026; đẩy mạnh tái cơ cấu kinh "
            "tế, đổi\nmới mô hình tăng trưởng; cơ cấu lại các ngành, lĩnh vực; nâng cao chất lượng\nnguồn nhân lực.\n")
    assert [(i.name, i.targets[0].value) for i in extract_text(text).indicators] == [("Tốc độ tăng trưởng GRDP", 9)]


def test_a_comparator_before_a_figures_own_comparator_names_nothing() -> None:
    text = ("Tin tức\n\nSáng 8/5, Đoàn xã Phú An tổ chức Đại hội đại biểu lần thứ XX.\n\nĐại hội đề ra các chỉ tiêu: ít "
            "nhất trên 90% đoàn viên được xếp loại khá trở lên; kết nạp 70 đoàn viên.\n")
    assert [i.name for i in extract_text(text).indicators] == ["Đoàn viên được xếp loại khá", "Kết nạp đoàn viên"]


def test_a_link_or_a_frequency_that_opens_a_clause_is_no_part_of_its_name() -> None:
    text = ("Tin tức\n\nSáng 8/5, Hội Phụ nữ xã Đông Sơn tổng kết năm 2025.\n\nHội đề ra các chỉ tiêu: mỗi năm, giúp 6 "
            "hộ thoát nghèo; kết nạp 90 hội viên. Qua đó, tỷ lệ hộ nghèo giảm còn 1,5%.\n")
    assert [i.name for i in extract_text(text).indicators] == ["Giúp hộ thoát nghèo", "Kết nạp hội viên", "Tỷ lệ hộ nghèo"]


def test_a_clause_that_counts_nothing_before_trong_do_names_none_of_the_targets_after_it() -> None:
    text = ("Tin tức\n\nSáng 8/5, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ IX.\n\nNhiệm kỳ 2025 - 2030, xã "
            "đề ra nhiều chỉ tiêu, trong đó tổng vốn đầu tư toàn xã hội đạt 300 tỷ đồng, thu nhập bình quân đầu người "
            "đạt 90 triệu đồng; tỷ lệ hộ nghèo dưới 1%.\n")
    assert [i.name for i in extract_text(text).indicators] == [
        "Tổng vốn đầu tư toàn xã hội", "Thu nhập bình quân đầu người", "Tỷ lệ hộ nghèo"]


def test_a_with_that_links_a_clause_to_the_aim_before_it_is_no_part_of_its_name() -> None:
    text = ("Tin tức\n\nSáng 8/5, UBND phường An Phú tổ chức hội nghị tổng kết năm 2025.\n\nNăm 2026, phường đặt mục tiêu "
            "tăng trưởng kinh tế hơn 10%, với tổng thu ngân sách hơn 441,2 tỷ đồng, giải ngân 100% vốn đầu tư công.\n")
    assert [i.name for i in extract_text(text).indicators] == [
        "Tăng trưởng kinh tế", "Tổng thu ngân sách", "Giải ngân vốn đầu tư công"]


@pytest.mark.parametrize(("clause", "found"), [
    ("năm 2026 phấn đấu đạt 500 tỷ đồng", [("Thu ngân sách", [500])]),
    ("năm 2026 phấn đấu thu ngân sách đạt 500 tỷ đồng", [("Thu ngân sách", [500])]),
    ("năm 2025 phấn đấu đạt 500 tỷ đồng", []),
], ids=["a-later-year-aims-at-what-the-result-measures", "a-later-year-names-its-own", "the-same-year-is-the-result"])
def test_a_clause_on_a_later_year_after_a_result_sets_a_target(clause: str, found: list[tuple[str, list[int]]]) -> None:
    text = ("Tin tức\n\nSáng 20/12, UBND huyện Bình An tổ chức hội nghị triển khai nhiệm vụ năm 2026.\n\nCụ thể, năm "
            f"2025 thu ngân sách ước đạt 465 tỷ đồng; {clause}.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == found


@pytest.mark.parametrize("opening", ["Đại hội xác định phấn đấu", "Đại hội xác định phấn đấu đến năm 2030,"])
def test_an_aim_its_setter_opens_lists_two_targets_between_single_commas(opening: str) -> None:
    text = (f"Tin tức\n\nSáng 8/5, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ IX.\n\n{opening} thu ngân sách "
            "tăng bình quân 10-12%/năm, kết nạp 14-16 đảng viên.\n")
    found = [(i.name, [(t.min, t.max) for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Thu ngân sách", [(10, 12)]), ("Kết nạp đảng viên", [(14, 16)])]


def test_a_change_on_average_ends_a_name_but_is_the_name_after_a_noun_that_measures_a_change() -> None:
    text = ("Tin tức\n\nSáng 8/5, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ IX.\n\nĐại hội đề ra các chỉ tiêu: "
            "tỷ lệ hộ nghèo giảm bình quân 1,5%/năm; tốc độ tăng bình quân 9%/năm.\n")
    found = [(i.name, [t.change for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Tỷ lệ hộ nghèo", ["decrease"]), ("Tốc độ tăng bình quân", ["increase"])]


def test_a_count_that_opens_an_item_of_a_list_of_targets_counts_the_phrase_before_what_is_done_to_it() -> None:
    text = ("Tin tức\n\nSáng 8/5, Thành đoàn Hòa Bình tổ chức hội nghị.\n\nThành đoàn đề ra các chỉ tiêu: 120 ý tưởng "
            "khởi nghiệp được hỗ trợ; 25 mô hình mới được xây dựng.\n")
    found = [(i.name, [(t.value, t.unit) for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Ý tưởng khởi nghiệp được hỗ trợ", [(120, "ý tưởng khởi nghiệp")]),
                     ("Mô hình mới được xây dựng", [(25, "mô hình")])]


def test_words_that_go_on_after_a_later_bound_with_no_comma_stay_in_the_name() -> None:
    text = ("Tin tức\n\nSáng 8/5, Hội Nông dân xã Tân Hòa tổ chức hội nghị.\n\nHội đề ra các chỉ tiêu: có từ 60% số hộ "
            "đăng ký trở lên đạt danh hiệu sản xuất giỏi; có từ 80% chi hội hoạt động tốt trở lên, không có chi hội yếu.\n")
    assert [i.name for i in extract_text(text).indicators] == [
        "Số hộ đăng ký đạt danh hiệu sản xuất giỏi", "Chi hội hoạt động tốt"]


def test_an_aim_to_meet_a_count_of_targets_names_them_after_its_link() -> None:
    text = ("Tin tức\n\nNgày 24/12, HĐND xã Hà An tổ chức kỳ họp thứ 4.\n\nNăm 2026, xã Hà An phấn đấu đạt 15 chỉ "
            "tiêu, trong đó phấn đấu thu ngân sách đạt hơn 40 tỷ đồng, tốc độ tăng giá trị sản phẩm từ 9-9,5%; thu "
            "nhập bình quân đầu người đạt 70 triệu đồng.\n")
    found = [i.name for i in extract_text(text).indicators]
    assert found == ["Thu ngân sách", "Tốc độ tăng giá trị sản phẩm", "Thu nhập bình quân đầu người"]


def test_counts_of_different_things_each_with_its_verb_joined_by_va_are_two_targets() -> None:
    text = ("Tin tức\n\nNhiệm kỳ 2025-2030, Đảng bộ phường Hà An phấn đấu thu nhập bình quân đạt 90 triệu đồng; thành "
            "lập mới 4 hợp tác xã và phát triển ít nhất 6 sản phẩm OCOP; duy trì 100% trường học đạt chuẩn.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert ("Thành lập mới hợp tác xã", [4]) in found and ("Phát triển sản phẩm OCOP", [6]) in found


def test_a_bare_figure_that_va_follows_closes_its_name_before_a_name_with_its_own_verb() -> None:
    text = ("Tin tức\n\nNăm 2026, huyện Hà An đặt mục tiêu đạt sản lượng lúa 90.000 tấn, sản lượng thủy sản 12.000 tấn "
            "và giá trị xuất khẩu đạt 150 triệu USD.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Sản lượng lúa", [90000]), ("Sản lượng thủy sản", [12000]), ("Giá trị xuất khẩu", [150])]


def test_an_aim_a_with_sets_mid_sentence_lists_its_targets() -> None:
    text = ("Tin tức\n\nNăm 2026, huyện Hà An phấn đấu tăng trưởng kinh tế đạt 8%. Đồng thời, phát huy thế mạnh nông "
            "nghiệp với mục tiêu sản lượng lúa 90.000 tấn, giá trị xuất khẩu đạt 150 triệu USD.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found == [("Tăng trưởng kinh tế", [8]), ("Sản lượng lúa", [90000]), ("Giá trị xuất khẩu", [150])]


def test_a_figure_va_joins_to_a_led_one_shares_its_lead() -> None:
    text = ("Tin tức\n\nNăm 2026, tỉnh Hà An đặt mục tiêu tăng trưởng kinh tế đạt 8%. Thu ngân sách phấn đấu đạt 9.000 "
            "tỷ đồng. Thu hút đầu tư đạt 500 triệu USD vốn FDI và 2.000 tỷ đồng vốn DDI. Tỷ lệ hộ nghèo còn 0,5%.\n")
    found = {i.name: [t.value for t in i.targets] for i in extract_text(text).indicators}
    assert [v for n, v in found.items() if n.startswith("Thu hút đầu tư")] == [[500, 2000]]


def test_from_above_before_a_share_is_a_comparator_and_no_part_of_the_name() -> None:
    found = extract_text(f"{_HEADER}Mục tiêu cụ thể:\n- Từ trên 70% văn bản được ký số.\n").indicators
    assert [(i.name, [(t.value, t.comparator) for t in i.targets]) for i in found] == [("Văn bản được ký số", [(70, ">")])]


def test_a_grade_from_n_upwards_after_a_counted_noun_is_no_target() -> None:
    text = ("Tin tức\n\nNhiệm kỳ 2025-2030, Đảng bộ xã Hòa Lâm phấn đấu thu nhập bình quân đạt 90 triệu đồng; "
            "phát triển ít nhất 6 sản phẩm OCOP từ 4 sao trở lên; xây dựng 2 khu nghỉ dưỡng từ 5 sao trở lên.\n")
    found = [[(t.value, t.unit) for t in i.targets] for i in extract_text(text).indicators]
    assert [(6, "sản phẩm OCOP")] in found and [(2, "khu nghỉ dưỡng")] in found
    assert not any(unit == "sao" for targets in found for _, unit in targets)


def test_the_value_each_counted_thing_holds_is_no_target_and_a_total_is_one() -> None:
    text = ("Tin tức\n\nNăm 2025, Đoàn xã Hòa Lâm phấn đấu kết nạp 50 đoàn viên mới; thực hiện từ 5-7 công trình "
            "thanh niên trị giá từ 7 triệu đồng trở lên; xây dựng 10 nhà nhân ái với tổng trị giá 5 tỷ đồng.\n")
    found = [[(t.value, t.min, t.unit) for t in i.targets][-1] for i in extract_text(text).indicators]
    assert found == [(50, None, "đoàn viên"), (None, 5, "công trình"), (5, None, "tỷ đồng")]


PLAN_TARGETS = "NGHỊ QUYẾT\nVề phát triển giáo dục năm 2025\n\nQUYẾT NGHỊ:\nĐiều 1. Chỉ tiêu\n{}\n"


def test_people_counted_after_a_figure_are_its_unit() -> None:
    text = PLAN_TARGETS.format("1. Đào tạo 50 kĩ sư công nghệ thông tin.\n2. Phấn đấu có 12 thạc sĩ quản lý giáo dục.")
    found = [[(t.value, t.unit) for t in i.targets] for i in extract_text(text).indicators]
    assert found == [[(50, "kĩ sư")], [(12, "thạc sĩ")]]


def test_things_counted_before_their_total_worth_are_the_targets_value() -> None:
    text = PLAN_TARGETS.format("1. Sửa chữa 10 phòng học với tổng trị giá 5 tỷ đồng.")
    found = [[(t.value, t.unit) for t in i.targets] for i in extract_text(text).indicators]
    assert found == [[(10, "phòng học"), (5, "tỷ đồng")]]


def test_a_lone_tu_n_that_closes_its_clause_is_a_floor() -> None:
    # no upper bound after "từ 9%/năm": at least 9%; "từ 6% xuống còn 5%" is a change, no floor
    text = ("Tin tức\n\nNhiệm kỳ 2025-2030, Đảng bộ xã Hòa Lâm phấn đấu tốc độ tăng thu ngân sách bình quân từ "
            "9%/năm; tỷ lệ hộ nghèo giảm từ 6% xuống còn 5%; thu nhập bình quân đạt 90 triệu đồng.\n")
    found = {i.name: [(t.value, t.comparator) for t in i.targets] for i in extract_text(text).indicators}
    assert found["Tốc độ tăng thu ngân sách bình quân"] == [(9, ">=")]
    assert all(c is None for name, ts in found.items() if "nghèo" in name for _, c in ts)


PLAN_BY_YEAR = ("ỦY BAN NHÂN DÂN TỈNH HÀ AN\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nChăm sóc sức khỏe người cao tuổi\n\n"
                "II. MỤC TIÊU CỤ THỂ\n\na) Nâng cao sức khỏe người cao tuổi trên địa bàn tỉnh\n\n"
                "- Đến năm 2025: tỷ lệ người cao tuổi được khám định kỳ đạt 70%; tỷ lệ người cao tuổi có thẻ bảo hiểm "
                "y tế đạt 95%1; duy trì tỷ lệ xã có câu lạc bộ dưỡng sinh (từ 20 hội viên) trên 60%.\n\n"
                "- Đến năm 2030: tỷ lệ người cao tuổi được khám định kỳ đạt 85%; tỷ lệ người cao tuổi có thẻ bảo hiểm "
                "y tế đạt 98%; tỷ lệ xã có câu lạc bộ dưỡng sinh (từ 20 hội viên) trên 80%.\n\n"
                "b) Tăng tỷ lệ người cao tuổi tập thể dục thường xuyên\n\n- Đến năm 2025:\n55%\n")


def test_year_labelled_bullets_give_one_indicator_a_target_for_each_year() -> None:
    found = {i.name: [(t.value, t.year) for t in i.targets] for i in extract_text(PLAN_BY_YEAR).indicators}
    assert found["Tỷ lệ người cao tuổi được khám định kỳ"] == [(70, 2025), (85, 2030)]
    assert found["Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế"] == [(95, 2025), (98, 2030)]


def test_a_figure_in_brackets_that_qualifies_the_name_is_no_target() -> None:
    found = {i.name: [t.value for t in i.targets] for i in extract_text(PLAN_BY_YEAR).indicators}
    assert found["Tỷ lệ xã có câu lạc bộ dưỡng sinh"] == [60, 80]


def test_an_entry_that_names_only_its_year_measures_what_its_heading_names() -> None:
    found = {i.name: [t.value for t in i.targets] for i in extract_text(PLAN_BY_YEAR).indicators}
    assert found["Tăng tỷ lệ người cao tuổi tập thể dục thường xuyên"] == [55]


@pytest.mark.parametrize("opening", [
    "Nhiệm kỳ vừa qua, Đảng bộ xã đã lãnh đạo thực hiện toàn diện các nhiệm vụ, đạt và vượt các chỉ tiêu Nghị quyết "
    "Đại hội đề ra: Tỷ lệ lao động qua đào tạo đạt 71,5%; hộ nghèo giảm còn 3,2%; 96,1% dân số tham gia bảo hiểm y tế.",
    "Từ đầu năm đến nay, các chỉ tiêu kinh tế duy trì sự tăng trưởng. Cụ thể, tổng diện tích gieo trồng khoảng 9.210ha, "
    "tăng 1,2% so với cùng kỳ. Thu ngân sách trên địa bàn 180,5 tỷ đồng, đạt 41,3% so với Nghị quyết.",
])
def test_a_press_reports_results_of_the_term_or_the_year_so_far_are_no_targets(opening: str) -> None:
    text = f"Tin tức\n\nNgày 20/7, Đảng bộ xã Hòa Lâm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n{opening}\n"
    assert extract_text(text).indicators == []


def test_a_share_leading_its_own_name_after_va_is_a_second_target() -> None:
    # "đạt 91% và 100% rác thải ...": the share after "và" has a name of its own; "98% và 99%" has none
    text = ("Các chỉ tiêu chủ yếu năm 2022: thu nhập bình quân đầu người đạt 52 triệu đồng; tỷ lệ dân cư nông thôn "
            "dùng nước sạch đạt 91% và 100% rác thải ở thị trấn được thu gom; tỷ lệ trẻ em được tiêm chủng đạt 98% và 99%.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Thu nhập bình quân đầu người", [52]), ("Tỷ lệ dân cư nông thôn dùng nước sạch", [91]),
        ("Rác thải ở thị trấn được thu gom", [100]), ("Tỷ lệ trẻ em được tiêm chủng", [98, 99])]


def test_the_parts_after_a_structures_trong_do_are_its_shares() -> None:
    # "cơ cấu ..., trong đó A 48%; B 20%; C 32%": one structure; the income after it is a target of its own
    text = ("Các chỉ tiêu chủ yếu năm 2023: tổng giá trị sản xuất đạt 1.900 tỷ đồng; cơ cấu kinh tế chuyển dịch tích cực, "
            "trong đó nông, lâm nghiệp 48%; dịch vụ 20%; công nghiệp - xây dựng 32%; thu nhập bình quân 41 triệu đồng.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Tổng giá trị sản xuất", [1900]), ("Cơ cấu kinh tế chuyển dịch tích cực", [48, 20, 32]),
        ("Thu nhập bình quân", [41])]


@pytest.mark.parametrize(("sentence", "name", "value"), [
    ("Đại hội thống nhất kịch bản tăng trưởng 8%.", "Tăng trưởng", 8),
    ("Năm 2026, tỉnh xây dựng kịch bản tăng trưởng GRDP đạt 8,5%.", "Tăng trưởng GRDP", 8.5),
])
def test_a_scenario_of_growth_in_running_text_names_a_target(sentence: str, name: str, value: float) -> None:
    # "kịch bản tăng trưởng 8%": the growth a scenario sets, like "chỉ tiêu tăng trưởng 8%"
    text = f"Tin tức\n\nNgày 20/7, Đảng bộ xã Hòa Lâm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n{sentence}\n"
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [(name, [value])]


def test_a_scenario_for_a_disaster_names_no_target() -> None:
    # "kịch bản" leads a target only as a growth scenario: a plan for a storm counts whom it serves
    text = ("Tin tức\n\nNgày 19/9, UBND huyện Hòa Lâm họp triển khai kịch bản ứng phó cho 2.000 hộ dân vùng trũng "
            "thấp. Huyện yêu cầu các xã sẵn sàng sơ tán dân.\n")
    assert extract_text(text).indicators == []


@pytest.mark.parametrize(("sentence", "name", "value", "unit"), [
    ("Mục tiêu giải quyết việc làm cho 1.200 lao động mỗi năm.", "Giải quyết việc làm cho lao động mỗi năm", 1200,
     "lao động"),
    ("Phấn đấu đào tạo nghề cho 300 người hằng năm.", "Đào tạo nghề cho người hằng năm", 300, "người"),
])
def test_a_count_for_people_that_recurs_each_year_closes_its_clause(sentence: str, name: str, value: float,
                                                                    unit: str) -> None:
    # "cho 1.200 lao động mỗi năm": how often it recurs, after the figure, leaves it the clause's last
    text = f"Tin tức\n\nNgày 20/7, Đảng bộ xã Hòa Lâm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n{sentence}\n"
    assert [(i.name, [(t.value, t.unit) for t in i.targets]) for i in extract_text(text).indicators] == [
        (name, [(value, unit)])]


@pytest.mark.parametrize("aim", ["phấn đấu hoàn thành 3 chỉ tiêu", "phấn đấu đạt và vượt 3/3 chỉ tiêu"])
def test_an_aim_to_meet_a_count_of_targets_leads_the_list_after_its_colon(aim: str) -> None:
    # the count is the lead, not the first target's name; "đạt và vượt" after "phấn đấu" reports nothing
    text = (f"Tin tức\n\nNăm 2026, xã Hòa Lâm {aim}: thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ lệ hộ "
            "nghèo giảm còn 1,5%; tỷ lệ tham gia bảo hiểm y tế đạt 95%.\n")
    assert [i.name for i in extract_text(text).indicators] == [
        "Thu nhập bình quân đầu người", "Tỷ lệ hộ nghèo", "Tỷ lệ tham gia bảo hiểm y tế"]


def test_a_headline_target_the_body_names_otherwise_with_the_same_figure_is_the_bodys() -> None:
    text = ("Hòa An: Phấn đấu Quỹ “Vì người nghèo” đạt 6 tỷ đồng\n\nBan vận động Quỹ tỉnh Hòa An vừa triển khai kế "
            "hoạch năm 2026. Theo đó, chỉ tiêu toàn tỉnh phấn đấu đạt 6 tỷ đồng.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Chỉ tiêu toàn tỉnh", [6])]


def test_a_headline_total_the_body_gives_with_its_parts_is_the_bodys() -> None:
    text = ("Hòa An: Phấn đấu đón 2.000.000 lượt khách du lịch trong năm 2026\n\nBan Chỉ đạo Du lịch tỉnh Hòa An vừa "
            "ban hành kế hoạch năm 2026. Phấn đấu năm 2026, đón được 2.000.000 lượt khách du lịch, trong đó khách "
            "quốc tế là 300.000 lượt khách, khách nội địa: 1.700.000 lượt khách.\n")
    assert [t.value for t in extract_text(text).indicators[0].targets] == [2000000, 300000]
    assert [i.targets[0].value for i in extract_text(text).indicators].count(2000000) == 1


def test_an_aim_set_and_closed_on_la_leads_the_list_after_it() -> None:
    # "Nhiệm vụ ... đặt ra năm 2026 là A; B; C": the copula closes the lead as a colon would
    text = ("Tin tức\n\nHuyện ủy Hòa Lâm tổ chức hội nghị lần thứ 5. Nhiệm vụ trọng tâm được huyện đặt ra trong năm "
            "2026 là thu nhập bình quân đầu người đạt trên 45 triệu đồng; trồng mới 300 ha rừng; tổng thu ngân sách "
            "đạt 52 tỷ đồng.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Thu nhập bình quân đầu người", [45]), ("Trồng mới rừng", [300]), ("Tổng thu ngân sách", [52])]


def test_tasks_in_words_after_an_aim_closed_on_la_are_no_list() -> None:
    text = ("Tin tức\n\nNhiệm vụ được huyện Hòa Lâm đề ra năm 2026 là tập trung phát triển nông nghiệp; đẩy mạnh cải "
            "cách hành chính; giữ vững 3 xã đạt chuẩn nông thôn mới.\n")
    assert extract_text(text).indicators == []


def test_a_structures_first_part_read_with_its_lead_joins_the_other_parts() -> None:
    # the first share was read with the words before the colon; its figure stands after it
    text = ("Tin tức\n\nNăm 2026, huyện Hòa Lâm phấn đấu tổng giá trị sản xuất đạt 5.200 tỷ đồng; thu ngân sách đạt "
            "80 tỷ đồng; thu nhập bình quân đầu người đạt 50 triệu đồng.\n\n"
            "Cơ cấu kinh tế chuyển dịch như sau: Nông nghiệp chiếm 40%, giảm 1% so với năm 2025; công nghiệp chiếm "
            "35%; dịch vụ chiếm 25%.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found[-1] == ("Cơ cấu kinh tế chuyển dịch", [40, 1, 35, 25])
    assert len(found) == 4


def test_reach_and_exceed_before_a_figure_is_at_least() -> None:
    text = ("Tin tức\n\nKỳ họp thông qua 12 chỉ tiêu chủ yếu là: tổng sản lượng lương thực đạt và vượt 9.500 tấn; "
            "tỷ lệ lao động qua đào tạo đạt 80%.\n")
    assert [(i.name, [(t.value, t.comparator) for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Tổng sản lượng lương thực", [(9500, ">=")]), ("Tỷ lệ lao động qua đào tạo", [(80, None)])]


def test_a_share_phrase_after_a_comma_goes_on_with_the_figure_before() -> None:
    # "..., chiếm tỷ lệ 1,2%": the share of the count before, not a target of its own
    text = ("Tin tức\n\nNăm 2026, huyện Hòa Lâm phấn đấu thu ngân sách tăng 8%; giá trị sản xuất công nghiệp tăng "
            "10%; giảm số hộ nghèo xuống còn 250 hộ, chiếm tỷ lệ 1,2% so với số hộ toàn huyện.\n")
    found = [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators]
    assert found[-1][1] == [250, 1.2]
    assert len(found) == 3


def test_a_goal_set_before_a_colon_leads_the_list_after_it() -> None:
    text = ("Tin tức\n\nNăm 2026, huyện Hòa Lâm đề ra nhiệm vụ: thu nhập bình quân đầu người đạt trên 45 triệu đồng; "
            "trồng mới 300 ha rừng; tổng thu ngân sách đạt 52 tỷ đồng.\n")
    assert [(i.name, [t.value for t in i.targets]) for i in extract_text(text).indicators] == [
        ("Thu nhập bình quân đầu người", [45]), ("Trồng mới rừng", [300]), ("Tổng thu ngân sách", [52])]


def test_documents_adopted_before_a_colon_are_no_list_of_targets() -> None:
    text = ("Tin tức\n\nKỳ họp đã thông qua 8 nghị quyết: nghị quyết về dự toán ngân sách năm 2026; nghị quyết về kế "
            "hoạch đầu tư công 120 tỷ đồng; nghị quyết về biên chế 45 người.\n")
    assert extract_text(text).indicators == []
