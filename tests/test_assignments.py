"""Assigned bodies: one string per body, the task after them."""

from __future__ import annotations

import pytest

from nqparse import extract_text

WRAP = "KẾT LUẬN\nHỘI NGHỊ\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n{}\n"

CASES = [
    ("giao-list-with-verb-tổ-chức",
     "Giao Đảng đoàn HĐND thành phố, Ban cán sự đảng UBND thành phố, các quận ủy, huyện ủy, đảng ủy trực thuộc tổ "
     "chức thực hiện các nhiệm vụ trên.",
     ["Đảng đoàn HĐND thành phố", "Ban cán sự đảng UBND thành phố", "các quận ủy", "huyện ủy", "đảng ủy trực thuộc"],
     "tổ chức thực hiện các nhiệm vụ trên"),
    ("chiu-trach-nhiem", "Các đồng chí Ủy viên Ban Thường vụ Quận ủy, Ủy viên Quận ủy, các Ban xây dựng Đảng và Văn "
     "phòng Quận ủy chịu trách nhiệm giúp Quận ủy theo dõi.",
     ["Các đồng chí Ủy viên Ban Thường vụ Quận ủy", "Ủy viên Quận ủy", "các Ban xây dựng Đảng", "Văn phòng Quận ủy"],
     "chịu trách nhiệm giúp Quận ủy theo dõi"),
    ("shared-locality", "2. Hội đồng nhân dân, Ủy ban nhân dân quận cụ thể hóa Nghị quyết.",
     ["Hội đồng nhân dân quận", "Ủy ban nhân dân quận"], "cụ thể hóa Nghị quyết"),
    ("chi-dao-named-organisations", "- Chỉ đạo Hội Cựu chiến binh quận và Đoàn Thanh niên Cộng sản Hồ Chí Minh quận tổ "
     "chức thành công Đại hội.",
     ["Hội Cựu chiến binh quận", "Đoàn Thanh niên Cộng sản Hồ Chí Minh quận"], "tổ chức thành công Đại hội"),
    ("place-of-two-names-joined-by-a-dash", "Giao Ủy ban nhân dân tỉnh Hà An - Lâm Thủy tổ chức thực hiện.",
     ["Ủy ban nhân dân tỉnh Hà An - Lâm Thủy"], "tổ chức thực hiện"),
    ("department-names-hold-và", "- Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ "
     "tổng hợp, báo cáo.", ["Sở Nông nghiệp và Môi trường"], "chủ trì, phối hợp với Sở Khoa học và Công nghệ tổng hợp, báo cáo"),
    ("council-of-the-communes", "Giao Ủy ban nhân dân các xã, phường tổ chức kiểm tra.", ["Ủy ban nhân dân các xã, phường"],
     "tổ chức kiểm tra"),
    ("inspectorates-of-the-bodies-after-them", "4. Thanh tra tỉnh, Thanh tra các sở, ngành thực hiện nghiêm kế hoạch "
     "thanh tra.", ["Thanh tra tỉnh", "Thanh tra các sở, ngành"], "thực hiện nghiêm kế hoạch thanh tra"),
    ("a-department-inside-a-name", "Giao Thanh tra Sở Xây dựng kiểm tra các công trình.", ["Thanh tra Sở Xây dựng"],
     "kiểm tra các công trình"),
    ("an-office-serving-two-councils", "3. Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh chịu "
     "trách nhiệm thi hành Quyết định này.", ["Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"],
     "chịu trách nhiệm thi hành Quyết định này"),
    ("an-office-and-another-council", "Giao Văn phòng UBND tỉnh, UBND các huyện rà soát thủ tục.",
     ["Văn phòng UBND tỉnh", "UBND các huyện"], "rà soát thủ tục"),
    ("bodies-stationed-in-the-locality", "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở; các cơ quan Trung ương đóng "
     "trên địa bàn tỉnh và Chủ tịch UBND các xã tập trung rà soát thủ tục.",
     ["Giám đốc các sở", "các cơ quan Trung ương đóng trên địa bàn tỉnh", "Chủ tịch UBND các xã"], "tập trung rà soát thủ tục"),
    ("generic-heads-with-a-qualifier", "2. Các chi bộ, đảng bộ cơ sở và các phòng chuyên môn xây dựng chương trình hành động.",
     ["Các chi bộ", "đảng bộ cơ sở", "các phòng chuyên môn"], "xây dựng chương trình hành động"),
    ("co-trach-nhiem", "1. Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội có trách nhiệm "
     "quán triệt Nghị quyết.",
     ["Các cấp ủy", "chính quyền", "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội"],
     "có trách nhiệm quán triệt Nghị quyết"),
    ("shared-qualifier-makes-one-body", "Giao các phòng, ban chuyên môn và các cơ quan, đơn vị liên quan tổ chức "
     "thực hiện.", ["các phòng, ban chuyên môn", "các cơ quan, đơn vị liên quan"], "tổ chức thực hiện"),
    ("bare-nouns-sharing-a-qualifier-after-councils", "Yêu cầu UBND các xã, thị trấn, phòng, ban chuyên môn "
     "khẩn trương triển khai.", ["UBND các xã, thị trấn", "phòng, ban chuyên môn"], "khẩn trương triển khai"),
    ("a-list-of-unit-nouns-is-one-body", "Giao các cơ quan, đơn vị, địa phương tổ chức thực hiện.",
     ["các cơ quan, đơn vị, địa phương"], "tổ chức thực hiện"),
    ("villages-join-a-list-of-unit-nouns", "Giao các cơ quan, đơn vị và thôn, xóm tổ chức thực hiện.",
     ["các cơ quan, đơn vị và thôn, xóm"], "tổ chức thực hiện"),
    ("a-residential-group-in-a-list-of-unit-nouns", "Đề nghị các cơ quan, đơn vị, ấp, tổ dân phố tuyên truyền "
     "rộng rãi.", ["các cơ quan, đơn vị, ấp, tổ dân phố"], "tuyên truyền rộng rãi"),
    ("a-name-whose-và-opens-on-a-village-word", "Giao Cục Đo đạc và Bản đồ Việt Nam hướng dẫn thực hiện.",
     ["Cục Đo đạc và Bản đồ Việt Nam"], "hướng dẫn thực hiện"),
    ("a-list-of-kinds-of-bodies-stays-split", "Giao các cấp ủy, chính quyền tổ chức thực hiện.",
     ["các cấp ủy", "chính quyền"], "tổ chức thực hiện"),
    ("name-stops-before-its-verb", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng ban hành Kế hoạch với chủ đề: “Đột phá”.",
     ["Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"], "ban hành Kế hoạch với chủ đề: “Đột phá”"),
    ("a-unit-told-by-its-number", "Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ Dự án đường trục chính.",
     ["Ban Quản lý dự án đầu tư xây dựng số 1"], "đẩy nhanh tiến độ Dự án đường trục chính"),
    ("an-office-holds-one-collective-of-the-list", "Yêu cầu Lãnh đạo các sở, ngành, các Ban Quản lý dự án và Ủy ban "
     "nhân dân các xã, phường nêu cao tinh thần trách nhiệm.",
     ["Lãnh đạo các sở, ngành", "các Ban Quản lý dự án", "Ủy ban nhân dân các xã, phường"],
     "nêu cao tinh thần trách nhiệm"),
    ("bodies-given-charge-of-something", "- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy, các đồng chí Đảng ủy viên "
     "được phân công phụ trách địa bàn tiếp tục tăng cường bám nắm cơ sở.",
     ["Các đồng chí Ủy viên Ban Thường vụ Đảng ủy", "các đồng chí Đảng ủy viên"],
     "được phân công phụ trách địa bàn tiếp tục tăng cường bám nắm cơ sở"),
    ("a-commander-given-a-task", "Thành phố giao Tư lệnh Bộ Tư lệnh Thủ đô chủ trì tổ chức diễn tập khu vực "
     "phòng thủ.", ["Tư lệnh Bộ Tư lệnh Thủ đô"], "chủ trì tổ chức diễn tập khu vực phòng thủ"),
    ("sections-with-their-qualifier", "Giao các đơn vị, bộ phận tham mưu theo dõi, đôn đốc việc thực hiện.",
     ["các đơn vị, bộ phận tham mưu"], "theo dõi, đôn đốc việc thực hiện"),
    ("a-bare-committee-takes-the-owner-of-the-next", "Đề nghị Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh tiếp tục "
     "đoàn kết, tập trung lãnh đạo.", ["Đảng ủy UBND tỉnh", "Ban Thường vụ Đảng ủy UBND tỉnh"],
     "tiếp tục đoàn kết, tập trung lãnh đạo"),
    ("a-standing-committee-takes-the-owner-of-the-next", "Giao Thường trực, Ban Thường vụ Tỉnh ủy chỉ đạo thực hiện.",
     ["Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"], "chỉ đạo thực hiện"),
    ("staff-bodies-with-the-body-they-serve", "- Các cơ quan tham mưu, giúp việc Đảng uỷ phối hợp tham mưu.",
     ["Các cơ quan tham mưu, giúp việc Đảng uỷ"], "phối hợp tham mưu"),
    ("staff-bodies-served-last-in-a-list", "Văn phòng Đảng uỷ, Đảng uỷ UBND xã, các cơ quan tham mưu giúp việc "
     "Tỉnh uỷ phối hợp chuẩn bị nội dung.",
     ["Văn phòng Đảng uỷ", "Đảng uỷ UBND xã", "các cơ quan tham mưu giúp việc Tỉnh uỷ"], "phối hợp chuẩn bị nội dung"),
    ("a-request-names-its-bodies-between-semicolons", "Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân "
     "dân các xã, phường; Thủ trưởng các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Chỉ thị này.",
     ["Giám đốc các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường",
      "Thủ trưởng các cơ quan, đơn vị có liên quan"], "triển khai thực hiện nghiêm túc Chỉ thị này"),
    ("a-radio-station-and-village-heads", "Đề nghị Đài truyền thanh xã, các đồng chí Trưởng ấp thông báo rộng rãi "
     "trên loa phát thanh.", ["Đài truyền thanh xã", "các đồng chí Trưởng ấp"], "thông báo rộng rãi trên loa phát thanh"),
    ("the-post-after-an-address", "Giao các đồng chí Bí thư chi bộ tổ chức quán triệt.", ["các đồng chí Bí thư chi bộ"],
     "tổ chức quán triệt"),
    ("committees-sharing-one-ủy", "Đề nghị ban thường vụ các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng "
     "kế hoạch thực hiện.", ["ban thường vụ các huyện, thị, thành ủy", "đảng ủy trực thuộc Tỉnh ủy"], "xây dựng kế hoạch thực hiện"),
    ("a-list-opening-on-committees-sharing-one-ủy", "Đề nghị các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy "
     "lãnh đạo thực hiện tốt.", ["các huyện, thị, thành ủy", "đảng ủy trực thuộc Tỉnh ủy"], "lãnh đạo thực hiện tốt"),
    ("committees-sharing-one-ủy-without-các", "Giao Ban Thường vụ huyện, thị, thành ủy tổ chức quán triệt.",
     ["Ban Thường vụ huyện, thị, thành ủy"], "tổ chức quán triệt"),
    ("a-board-heads-function-then-its-body", "Đề nghị các đồng chí Trưởng ban công tác Mặt trận tuyên truyền rộng rãi "
     "đến Nhân dân.", ["các đồng chí Trưởng ban công tác Mặt trận"], "tuyên truyền rộng rãi đến Nhân dân"),
]


@pytest.mark.parametrize(("text", "bodies", "task"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bodies_and_task(text: str, bodies: list[str], task: str) -> None:
    found = extract_text(WRAP.format(text)).assignments
    assert found, "no assignment found"
    assert found[0].bodies == bodies
    assert found[0].task == task


@pytest.mark.parametrize("text", [
    "Chỉ đạo chuẩn bị tốt nội dung trình kỳ họp.",
    "Đẩy mạnh công tác phòng, chống tham nhũng.",
    "Ban Chấp hành Đảng bộ thành phố nhất trí cao thông qua Quy chế.",
    "Chỉ đạo hội nghị sơ kết.",
    "Hoàn thành 100% chỉ tiêu giao quân năm 2022.",
    "Hội đồng nhân dân, Ủy ban nhân dân các cấp tiếp tục được kiện toàn.",
    "Đảng ủy đã tập trung lãnh đạo, chỉ đạo Ủy ban nhân dân xã triển khai các nhiệm vụ cấp thiết.",
    "Ủy ban nhân dân tỉnh đã ban hành nhiều văn bản quan trọng để chỉ đạo các sở, ngành triển khai thực hiện.",
], ids=["chỉ-đạo-a-task", "no-body", "own-decision", "hội-nghị-is-no-body", "giao-quân", "reported-not-assigned",
        "directed-in-the-past-a-few-words-back", "directing-as-the-purpose-of-what-was-done"])
def test_no_assignment(text: str) -> None:
    assert extract_text(WRAP.format(text)).assignments == []


TASK_TABLE = """KẾ HOẠCH
Triển khai Chỉ thị số 11-CT/TU

II. NHIỆM VỤ
TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp | Thời gian
| (1) | (2) | (3) | (4)
1 | Tổ chức quán triệt Chỉ thị | Các Sở, ban, ngành; UBND các xã, phường | Các cơ quan liên quan | Quý II/2026
2 | Rà soát thiết kế mỏ | Sở Công Thương; Sở Xây dựng | Các địa phương | Thường xuyên
3 | Thanh tra đột xuất | Thanh tra tỉnh | Các Sở | Hàng năm
4 | Đơn giản hóa thủ tục | Theo phân công tại Quyết định số 14/QĐ-UBND | Các Sở | Năm 2026
"""


def test_a_task_table_assigns_each_row_to_its_lead_column() -> None:
    rows = [(a.bodies, a.task) for a in extract_text(TASK_TABLE).assignments if a.trigger == "bảng phân công"]
    assert rows == [
        (["Các Sở, ban, ngành", "UBND các xã, phường"], "Tổ chức quán triệt Chỉ thị"),
        (["Sở Công Thương", "Sở Xây dựng"], "Rà soát thiết kế mỏ"),
        (["Thanh tra tỉnh"], "Thanh tra đột xuất"),
    ]  # a lead cell holding a note names no body


# The same kind of table as a web page gives it in plain text: a cell to a line, a lone "|" opening
# each row and closing each cell, row numbers on lines of their own.
CELL_TABLE = """KẾ HOẠCH
Phát triển kinh tế số

PHỤ LỤC
PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU

|
TT
|
Chỉ tiêu
|
Chủ trì
|
|
|
I. Kinh tế số
|
|
|
1
|
Kinh tế số chiếm 30% GRDP tỉnh.
|
Sở Tài chính
|
|
2
|
Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%.
|
Văn phòng UBND tỉnh
|
|
3
|
Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%.
|
Sở KH&CN thúc đẩy, theo dõi, báo cáo chỉ tiêu
|

Kế hoạch được triển khai từ năm 2026.
"""


def test_a_table_written_a_cell_to_a_line_assigns_each_row_to_its_lead_column() -> None:
    rows = [(a.bodies, a.task) for a in extract_text(CELL_TABLE).assignments if a.trigger == "bảng phân công"]
    assert rows == [
        (["Sở Tài chính"], "Kinh tế số chiếm 30% GRDP tỉnh."),
        (["Văn phòng UBND tỉnh"], "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%."),
        (["Sở KH&CN"], "Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%."),
    ]  # the lead cell's words after the body say what it does


# Layouts of state plans: the body heads a section of tasks, or labels a line with a colon.
PLAN = "KẾ HOẠCH\nPhát triển kinh tế số\n\nV. TỔ CHỨC THỰC HIỆN\n{}\n"

LABELLED = [
    ("heading-over-its-tasks", "1. Sở Tài chính\n- Chủ trì bố trí kinh phí.\n2. Công an tỉnh\nBảo đảm an ninh mạng.",
     [(["Sở Tài chính"], "Chủ trì bố trí kinh phí"), (["Công an tỉnh"], "Bảo đảm an ninh mạng")]),
    ("decimal-heading-of-two-departments", "3.6. Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo\n"
     "Chỉ đạo tăng cường tập huấn.",
     [(["Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo"], "Chỉ đạo tăng cường tập huấn")]),
    ("heading-asks-with-đề-nghị", "4.4. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\n"
     "Phối hợp chặt chẽ với Công an tỉnh.",
     [(["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"], "Phối hợp chặt chẽ với Công an tỉnh")]),
    ("names-in-lower-case-after-the-colon", "1. Phòng Quản lý Công nghiệp: Là đầu mối tham mưu.\n"
     "2. Phòng Kế hoạch - Tổng hợp: Theo dõi tiến độ.",
     [(["Phòng Quản lý Công nghiệp"], "Là đầu mối tham mưu"), (["Phòng Kế hoạch - Tổng hợp"], "Theo dõi tiến độ")]),
    ("parts-that-open-no-body-stay-with-the-one-before", "13. Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí\n"
     "Tuyên truyền Kế hoạch.",
     [(["Báo và Phát thanh, Truyền hình tỉnh", "các cơ quan báo chí"], "Tuyên truyền Kế hoạch")]),
    ("bodies-related-to-a-matter", "6. Các cơ quan, đơn vị có liên quan đến nhập cảnh nơi dự án hoạt động: Trả lời "
     "trong 03 ngày.",
     [(["Các cơ quan, đơn vị có liên quan đến nhập cảnh nơi dự án hoạt động"], "Trả lời trong 03 ngày")]),
    ("members-of-a-working-group", "2. Các thành viên Tổ công tác\n- Nghiên cứu các báo cáo.",
     [(["Các thành viên Tổ công tác"], "Nghiên cứu các báo cáo")]),
    ("organisations-outside-the-state", "15. Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã\nXây dựng kế hoạch.",
     [(["Liên đoàn Lao động", "Hội Nông dân", "Liên minh Hợp tác xã"], "Xây dựng kế hoạch")]),
    ("lead-unit-label-partner-not-assigned", "1. Tái cơ cấu ngành công nghiệp\n- Rà soát quy hoạch.\n"
     "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng.",
     [(["Phòng Quản lý Công nghiệp"], "Tái cơ cấu ngành công nghiệp")]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in LABELLED], ids=[c[0] for c in LABELLED])
def test_labelled_bodies(body: str, expected: list[tuple[list[str], str]]) -> None:
    found = [(a.bodies, a.task) for a in extract_text(PLAN.format(body)).assignments]
    assert found == expected


# The same plan with its points numbered as some provinces and press reports number them.
NUMBERED_PLAN = ("1) Sở Tài chính\na) Chủ trì bố trí kinh phí.\nb) Hướng dẫn thanh quyết toán.\n"
                 "2) Các doanh nghiệp công nghệ số\na) Đầu tư hạ tầng số.\n")


@pytest.mark.parametrize(("number", "letter"), [("/", "/"), (".", "."), (".", ")")],
                         ids=["slashes", "dots", "dot-and-bracket"])
def test_points_numbered_with_slashes_or_dots_assign_as_brackets_do(number: str, letter: str) -> None:
    def assigned(body: str) -> list[tuple[list[str], str]]:
        return [(a.bodies, a.task) for a in extract_text(PLAN.format(body)).assignments]

    body = NUMBERED_PLAN.replace("1)", "1" + number).replace("2)", "2" + number) \
        .replace("a)", "a" + letter).replace("b)", "b" + letter)
    assert assigned(body) == assigned(NUMBERED_PLAN.replace("1)", "1.").replace("2)", "2.")) != []


# Hard-wrapped lines (text copied from web pages and PDFs): a body is never cut where a line broke.
WRAPPED = [
    ("heading-wrapped-in-bold", "**10. Công\nan tỉnh**\n\nChủ trì tham mưu về định danh điện tử.", ["Công an tỉnh"]),
    ("heading-wrapped-at-a-lower-case-word", "7. Sở Nội\nvụ\n\nTổ chức các phong trào thi đua.", ["Sở Nội vụ"]),
    ("subject-runs-over-the-line-end", "Giao Ban Quản lý dự án đầu tư\nxây dựng tỉnh tổ chức thi công.",
     ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    ("partner-at-a-line-start-is-not-a-subject", "Chủ trì, phối hợp chặt chẽ với\nSở Khoa học và Công nghệ triển khai "
     "tuyên truyền.", []),
    ("item-line-joined-to-its-heading", "11. Các sở, ban, ngành a) Chủ động công bố dữ liệu mở.",
     ["Các sở, ban, ngành"]),
    ("trigger-at-the-end-of-a-numbered-line", "2. Giao\nSở Tài chính bố trí kinh phí thực hiện.", ["Sở Tài chính"]),
]


@pytest.mark.parametrize("wrap", [" ", "\n"], ids=["one-line", "trigger-ends-its-line"])
def test_a_decisions_article_assigns_the_body_its_giao_names_on_the_next_line(wrap: str) -> None:
    text = ("QUYẾT ĐỊNH\nPhê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm\n\nĐiều 1. Phê duyệt Kế hoạch.\n"
            f"Điều 2. Giao{wrap}Sở Kế hoạch và Đầu tư chủ trì triển khai, hướng dẫn, đôn đốc và kiểm tra việc\n"
            "thực hiện Kế hoạch.\n")
    assert [a.bodies for a in extract_text(text).assignments] == [["Sở Kế hoạch và Đầu tư"]]


@pytest.mark.parametrize(("body", "bodies"), [c[1:] for c in WRAPPED], ids=[c[0] for c in WRAPPED])
def test_wrapped_lines_keep_bodies_whole(body: str, bodies: list[str]) -> None:
    found = [b for a in extract_text(PLAN.format(body)).assignments for b in a.bodies]
    assert found == bodies


@pytest.mark.parametrize("text", [
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế, quy định như sau:",
    "1. Thời gian thực hiện: Từ năm 2026 đến năm 2030.",
    "2. Ban hành các Nghị quyết chuyên đề\n- Nghị quyết về chuyển đổi số.",
    "Ủy ban nhân dân tỉnh yêu cầu:",
    "Đoàn ĐBQH và HĐND tỉnh; số điện thoại: 0903.280.390. |",
    "Nội vụ; Bảo hiểm xã hội |\ntỉnh; Cục thuế tỉnh. |",
], ids=["enacting-clause", "time-label", "ban-hành-is-no-body", "issuer-asks", "contact-line-in-a-table-cell",
        "one-cell-table-rows-are-not-joined"])
def test_labels_and_clauses_that_assign_nothing(text: str) -> None:
    assert extract_text(PLAN.format(text)).assignments == []


EXECUTING = [
    ("commas", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Chủ tịch Ủy ban nhân dân các xã, "
     "phường chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở", "Chủ tịch Ủy ban nhân dân các xã, phường"]),
    ("semicolons", "Điều 4. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, "
     "phường, đặc khu và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng UBND tỉnh", "Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã, phường, đặc khu",
      "các cơ quan, đơn vị có liên quan"]),
    ("acting-on-the-decision", "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, ngành có liên quan; "
     "Chủ tịch Ủy ban nhân dân các huyện/thành phố và các đơn vị, cá nhân có liên quan căn cứ Quyết định thi hành.",
     ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc các Sở, ngành có liên quan",
      "Chủ tịch Ủy ban nhân dân các huyện/thành phố", "các đơn vị, cá nhân có liên quan"]),
    ("on-the-grounds-of-the-targets-given", "Điều 2. Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các "
     "huyện, thị xã, thành phố và các đơn vị liên quan căn cứ chỉ tiêu, nhiệm vụ được giao tại quyết định này có trách "
     "nhiệm tổ chức triển khai thực hiện.",
     ["Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "các đơn vị liên quan"]),
    ("a-fund-a-command-and-a-comma-before-the-verb", "Điều 2. Giám đốc Sở Tài chính; Giám đốc Quỹ Phòng chống thiên "
     "tai; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh; Thủ trưởng các cơ quan, đơn vị có liên quan, "
     "chịu trách nhiệm thi hành Quyết định này.",
     ["Giám đốc Sở Tài chính", "Giám đốc Quỹ Phòng chống thiên tai",
      "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Thủ trưởng các cơ quan, đơn vị có liên quan"]),
    ("ministers-and-chairs-of-the-state-committees", "Điều 3. Bộ trưởng các Bộ, Chủ nhiệm Ủy ban Nhà nước, Thủ "
     "trưởng các cơ quan khác thuộc Hội đồng Bộ trưởng và Chủ tịch Ủy ban nhân dân tỉnh Bình An có trách nhiệm thi "
     "hành Quyết định này.",
     ["Bộ trưởng các Bộ", "Chủ nhiệm Ủy ban Nhà nước", "Thủ trưởng các cơ quan khác thuộc Hội đồng Bộ trưởng",
      "Chủ tịch Ủy ban nhân dân tỉnh Bình An"]),
    ("the-bodies-its-owner-closes-then-a-named-body", "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan "
     "thuộc UBND tỉnh, UBND các xã, phường và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng UBND tỉnh", "Thủ trưởng các cơ quan thuộc UBND tỉnh", "UBND các xã, phường",
      "các đơn vị có liên quan"]),
    ("an-office-chief-written-without-the-office", "Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan thuộc UBND "
     "tỉnh, Chủ tịch UBND các huyện và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng", "Thủ trưởng các cơ quan thuộc UBND tỉnh", "Chủ tịch UBND các huyện",
      "các đơn vị liên quan"]),
    ("a-minister-and-a-commander", "Điều 2. Bộ trưởng Bộ Quốc phòng, Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội và Chỉ huy "
     "trưởng Bộ Chỉ huy Quân sự tỉnh chịu trách nhiệm thi hành Quyết định này.",
     ["Bộ trưởng Bộ Quốc phòng", "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
    ("a-central-decisions-ministers-agencies-and-provinces", "Điều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ "
     "trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này.",
     ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
      "Chủ tịch Ủy ban nhân dân tỉnh, thành phố"]),
]


@pytest.mark.parametrize(("article", "bodies"), [c[1:] for c in EXECUTING], ids=[c[0] for c in EXECUTING])
def test_each_officer_of_an_executing_article_is_a_body(article: str, bodies: list[str]) -> None:
    found = [b for a in extract_text(f"QUYẾT ĐỊNH\n\n{article}\n").assignments for b in a.bodies]
    assert found == bodies


@pytest.mark.parametrize("opening", ["Kết luận hội nghị, ông Lê Văn An, Bí thư Huyện ủy", "Bí thư Huyện ủy Lê Văn An"])
def test_a_leader_directing_in_a_press_report_assigns(opening: str) -> None:
    # the chair's "yêu cầu" directs the bodies under them; "đề nghị Trung ương" asks upwards
    text = f"Tin tức\n\nNgày 11/7, Huyện ủy tổ chức hội nghị.\n\n{opening} yêu cầu các địa phương, đơn vị tiếp tục " \
           "đẩy mạnh cải cách hành chính.\n"
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [
        (["các địa phương, đơn vị"], "tiếp tục đẩy mạnh cải cách hành chính")]


def test_a_body_opening_a_clause_after_a_giao_clauses_semicolon_that_contacts_is_assigned() -> None:
    text = ("Tin tức\n\nGiao Thanh tra tỉnh chuẩn bị hồ sơ phục vụ cuộc họp; UBND huyện Sơn Mai liên hệ với các hộ "
            "dân để mời dự đối thoại.\n")
    assert [a.bodies for a in extract_text(text).assignments] == [["Thanh tra tỉnh"], ["UBND huyện Sơn Mai"]]


def test_bodies_a_request_lists_over_semicolons_share_its_task() -> None:
    text = ("Tin tức\n\nNgày 16/4/2020, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND "
            "các huyện, thị xã, thành phố; người đứng đầu các cơ quan, đơn vị thực hiện quyết liệt công tác phòng, "
            "chống dịch.\n")
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [
        (["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các huyện, thị xã, thành phố",
          "người đứng đầu các cơ quan, đơn vị"], "thực hiện quyết liệt công tác phòng, chống dịch")]


def test_a_leader_asking_the_bodies_under_them_in_a_press_report_assigns() -> None:
    text = "Tin tức\n\nPhát biểu kết luận, Bí thư Tỉnh ủy đề nghị các sở, ban, ngành tập trung tháo gỡ khó khăn.\n"
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [
        (["các sở, ban, ngành"], "tập trung tháo gỡ khó khăn")]


@pytest.mark.parametrize("appeal", ["tin tưởng và đề nghị", "kêu gọi, đề nghị"])
def test_a_request_an_appeal_leads_assigns_nothing(appeal: str) -> None:
    text = (f"Tin tức\n\nPhát biểu bế mạc, Chủ tịch HĐND tỉnh nêu rõ: HĐND tỉnh {appeal} các cấp, các ngành, cử tri "
            "cùng chung sức thực hiện thắng lợi các nghị quyết. Đề nghị UBND tỉnh khẩn trương triển khai.\n")
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [(["UBND tỉnh"], "khẩn trương triển khai")]


@pytest.mark.parametrize("when", ["ngay sau khi nhận chỉ tiêu, kế hoạch giao", "khi nhận được văn bản này"])
def test_a_clause_of_when_between_the_bodies_and_their_task_ends_the_names(when: str) -> None:
    sentence = f"Yêu cầu các sở, các địa phương {when}, khẩn trương xây dựng kế hoạch thực hiện."
    found = [(a.bodies, a.task) for a in extract_text(WRAP.format(sentence)).assignments]
    assert found == [(["các sở", "các địa phương"], f"{when}, khẩn trương xây dựng kế hoạch thực hiện")]


def test_a_request_that_says_when_before_whom_assigns() -> None:
    text = ("Tin tức\n\nChủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị trong nhiệm kỳ mới, Mặt trận Tổ quốc huyện Bình An "
            "tiếp tục đổi mới nội dung hoạt động.\n")
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [
        (["Mặt trận Tổ quốc huyện Bình An"], "tiếp tục đổi mới nội dung hoạt động")]


@pytest.mark.parametrize(("asked", "bodies"), [("các cấp, các ngành", ["các cấp, các ngành"]),
                                               ("các cấp, ngành", ["các cấp, ngành"]),
                                               ("các ngành, các cấp", ["các ngành", "các cấp"])])
def test_all_levels_and_sectors_are_bodies(asked: str, bodies: list[str]) -> None:
    text = f"Tin tức\n\nPhát biểu kết luận, Bí thư Tỉnh ủy đề nghị {asked} tập trung tháo gỡ khó khăn.\n"
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [(bodies, "tập trung tháo gỡ khó khăn")]


@pytest.mark.parametrize(("sentence", "bodies", "task"), [
    ("Để thực hiện thắng lợi mục tiêu năm 2015, các sở, ban, ngành, địa phương tiếp tục tập trung giải quyết những "
     "hạn chế.", ["các sở, ban, ngành, địa phương"], "tiếp tục tập trung giải quyết những hạn chế"),
    ("UBND tỉnh yêu cầu sở ngành, địa phương và doanh nghiệp bám sát tình hình thực tế.",
     ["sở ngành", "địa phương", "doanh nghiệp"], "bám sát tình hình thực tế"),
    ("Đối với lĩnh vực nông nghiệp, Sở Nông nghiệp và Phát triển nông thôn cần khẩn trương tham mưu UBND tỉnh điều "
     "chỉnh Chương trình hành động.", ["Sở Nông nghiệp và Phát triển nông thôn"],
     "cần khẩn trương tham mưu UBND tỉnh điều chỉnh Chương trình hành động"),
    ("UBND các huyện Sơn Mai, Bình Khê và UBND các xã Tân Lạc, Đồng Văn tiếp tục chỉ đạo duy trì các tiêu chí.",
     ["UBND các huyện Sơn Mai, Bình Khê", "UBND các xã Tân Lạc, Đồng Văn"], "tiếp tục chỉ đạo duy trì các tiêu chí"),
    ("Đài Phát thanh và Truyền hình tỉnh chủ trì, phối hợp với các cơ quan liên quan thực hiện tuyên truyền.",
     ["Đài Phát thanh và Truyền hình tỉnh"], "chủ trì, phối hợp với các cơ quan liên quan thực hiện tuyên truyền"),
    ("Vì vậy, thủ trưởng các ngành, Chủ tịch UBND các xã trong huyện phải tập trung chỉ đạo thực hiện các chỉ tiêu.",
     ["thủ trưởng các ngành", "Chủ tịch UBND các xã trong huyện"], "phải tập trung chỉ đạo thực hiện các chỉ tiêu"),
], ids=["bodies-of-many-urged-on-with-no-verb-of-assigning", "departments-named-without-cac",
        "one-body-that-needs-to-after-an-opening", "plural-localities-listing-their-names",
        "one-body-leading-with-partners", "office-holders-of-the-district-after-a-link"])
def test_a_press_report_urging_bodies_of_many_assigns(sentence: str, bodies: list[str], task: str) -> None:
    assert [(a.bodies, a.task) for a in extract_text(f"Tin tức\n\n{sentence}\n").assignments] == [(bodies, task)]


@pytest.mark.parametrize("sentence", [
    "Các sở, ban, ngành đã tập trung giải quyết những hạn chế.",
    "Ủy ban nhân dân tỉnh tiếp tục tập trung chỉ đạo giải quyết những hạn chế.",
    "Tại hội nghị, các đại biểu tập trung thảo luận, góp ý vào dự thảo báo cáo.",
    "Sáng 12/3, Ủy ban nhân dân tỉnh chủ trì hội nghị sơ kết công tác quý I.",
], ids=["what-they-did", "one-body-going-on-with-its-own-work", "the-meetings-own-delegates-at-work",
        "a-body-chairing-a-meeting"])
def test_a_press_report_telling_what_bodies_do_assigns_nothing(sentence: str) -> None:
    assert extract_text(f"Tin tức\n\n{sentence}\n").assignments == []


REVIEWED_YEAR = ("Kỳ họp thứ 4 HĐND xã Hà An\n\nNăm 2025, Đảng ủy, HĐND, UBND xã Hà An tập trung quán triệt, chỉ "
                 "đạo các cơ quan, đơn vị triển khai các nhiệm vụ. Do vậy kinh tế tăng trưởng khá.\n\n"
                 "Năm 2026, xã Hà An phấn đấu thu ngân sách đạt 40 tỷ đồng.\n")


def test_a_press_report_on_two_years_tells_what_was_done_in_the_earlier() -> None:
    # the year a sentence opens on is before the year the report looks ahead to: the work done
    assert extract_text(REVIEWED_YEAR).assignments == []
    # with no later year the same sentence is read as before
    assert extract_text(REVIEWED_YEAR.split("\n\nNăm 2026")[0] + "\n").assignments != []


@pytest.mark.parametrize("text", [
    "Thành ủy Hải Phòng đề nghị Bộ Chính trị, Quốc hội, Chính phủ thường xuyên quan tâm.\n",
    "Tin tức\n\nThành ủy đề nghị Ban cán sự đảng Chính phủ chỉ đạo các bộ, ngành Trung ương sớm xem xét các kiến "
    "nghị của thành phố.\n",
], ids=["the-centre-asked", "the-centre-asked-to-direct-its-ministries"])
def test_a_press_report_asking_the_centre_assigns_nothing(text: str) -> None:
    assert extract_text(text).assignments == []


def test_a_reports_headings_that_name_groups_assign_nothing() -> None:
    text = ("BÁO CÁO\nKết quả chỉ số cải cách hành chính\n\nII. CHỈ SỐ THEO NHÓM\n"
            "1. Đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh\nBình quân đạt 85 điểm.\n")
    assert extract_text(text).assignments == []


# A collective list: bare nouns after a plural body belong to it, with the qualifier they share.
COLLECTIVE = [
    ("bare-nouns-share-trực-thuộc", "Giao các phòng, ban, đơn vị trực thuộc thực hiện đầy đủ.",
     ["các phòng, ban, đơn vị trực thuộc"], "thực hiện đầy đủ"),
    ("office-of-a-list-qualified-by-thuộc", "Đề nghị Thủ trưởng các sở, ban thuộc tỉnh, Chủ tịch UBND các huyện, "
     "thị xã, thành phố nghiên cứu và triển khai thực hiện.",
     ["Thủ trưởng các sở, ban thuộc tỉnh", "Chủ tịch UBND các huyện, thị xã, thành phố"],
     "nghiên cứu và triển khai thực hiện"),
    ("a-list-head-takes-the-nouns-after-it", "Các sở, ban, ngành, đơn vị, địa phương liên quan tổ chức thực hiện.",
     ["Các sở, ban, ngành, đơn vị, địa phương liên quan"], "tổ chức thực hiện"),
    ("the-last-noun-carries-the-locality", "Giao các sở, ngành, đoàn thể huyện tuyên truyền Kế hoạch.",
     ["các sở, ngành, đoàn thể huyện"], "tuyên truyền Kế hoạch"),
    ("a-list-of-kinds-stays-apart", "Giao các chi bộ, đảng bộ xã quán triệt Kế hoạch.",
     ["các chi bộ", "đảng bộ xã"], "quán triệt Kế hoạch"),
]


@pytest.mark.parametrize(("text", "bodies", "task"), [c[1:] for c in COLLECTIVE], ids=[c[0] for c in COLLECTIVE])
def test_collective_bodies(text: str, bodies: list[str], task: str) -> None:
    found = extract_text(PLAN.format(text)).assignments
    assert [(a.bodies, a.task) for a in found] == [(bodies, task)]


# A sentence whose subject is a body gives it a task only in a directive form: a verb or a
# directive lead follows the name.
@pytest.mark.parametrize("text", [
    "Chủ tịch UBND cấp tỉnh có thẩm quyền quyết định đầu tư các dự án nhóm B.",
    "Công an tỉnh là cơ quan thường trực của Ban Chỉ đạo.",
    "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 03/02/2025 về chuyển đổi số.",
    "Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề mở thêm chuyên ngành.",
    "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành tập trung triển khai.",
], ids=["a-power", "a-trait", "a-document-already-issued", "a-name-that-goes-on", "what-was-done"])
def test_sentences_that_state_no_task(text: str) -> None:
    assert extract_text(PLAN.format(text)).assignments == []


def test_a_request_that_opens_a_list_takes_the_list_as_its_task() -> None:
    text = PLAN.format("Đề nghị các sở, ban, ngành, đoàn thể tỉnh:\n- Tổ chức quán triệt Kế hoạch;\n"
                       "- Báo cáo kết quả trước ngày 15/12.\n\n3. Chế độ báo cáo\nHằng quý.")
    found = extract_text(text).assignments
    assert [a.bodies for a in found] == [["các sở, ban, ngành, đoàn thể tỉnh"]]
    assert found[0].task == "Tổ chức quán triệt Kế hoạch; - Báo cáo kết quả trước ngày 15/12"


DIRECTIVE = """CHỈ THỊ
Về tăng cường quản lý rừng

Để nâng cao hiệu quả công tác quản lý rừng, Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường
- Tăng cường kiểm tra.
2. Các chủ rừng là tổ chức (các
Ban quản lý rừng phòng hộ, các Công ty lâm nghiệp…)
- Thực hiện đầy đủ trách nhiệm chủ rừng.
- Tiếp tục rà soát diện tích rừng.
3. Về công tác tuyên truyền
- Đẩy mạnh tuyên truyền.
"""


def test_each_numbered_heading_of_a_request_over_tasks_names_its_addressee() -> None:
    found = [(a.bodies, a.task) for a in extract_text(DIRECTIVE).assignments]
    assert found == [(["Sở Nông nghiệp và Môi trường"], "Tăng cường kiểm tra"),
                     (["Các chủ rừng là tổ chức"], "Thực hiện đầy đủ trách nhiệm chủ rừng")]


def test_a_request_over_nothing_assigns_nothing() -> None:
    assert extract_text(PLAN.format("Đề nghị các sở, ban, ngành, đoàn thể tỉnh:")).assignments == []


REPORT = """BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN
Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tập trung triển khai Nghị quyết.
Sở Tài chính tổ chức 03 hội nghị tập huấn.

II. KIẾN NGHỊ
Đề nghị Bộ Tài chính xem xét, hướng dẫn.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
Sở Tài chính chủ trì, phối hợp với các sở tham mưu bố trí kinh phí.
"""

DECISION = """QUYẾT ĐỊNH
Ban hành Quy định phân cấp quản lý đầu tư

Điều 1. Thẩm định dự án
Sở Xây dựng thẩm định dự án thuộc lĩnh vực xây dựng.

Điều 2. Tổ chức thực hiện
Sở Tài chính chủ trì, phối hợp với các sở hướng dẫn thực hiện Quy định này.
"""


DECISION_ATTACHING_RULES = """QUYẾT ĐỊNH
Ban hành Quy định quản lý đầu tư

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý đầu tư.
Điều 2. Giao Sở Tài chính hướng dẫn thực hiện Quyết định này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

QUY ĐỊNH
Quản lý đầu tư

Điều 4. Lập danh mục dự án
Chủ tịch Ủy ban nhân dân tỉnh giao các đơn vị trực thuộc lập danh mục dự án.

Mẫu số 01
BÁO CÁO KẾT QUẢ THẨM ĐỊNH
Hồ sơ đủ điều kiện phê duyệt.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


@pytest.mark.parametrize(("text", "bodies"), [
    (REPORT, [["Sở Tài chính"]]),
    (DECISION, [["Sở Tài chính"]]),
    (DECISION_ATTACHING_RULES, [["Sở Tài chính"]]),
], ids=["report-tasks-only-under-its-tasks-heading", "decision-rules-state-powers",
        "rules-after-the-decisions-footer-state-powers"])
def test_reports_and_decisions_give_tasks_only_where_a_heading_says_so(text: str, bodies: list[list[str]]) -> None:
    assert [a.bodies for a in extract_text(text).assignments] == bodies


# A common noun's bodies named by the words after it, up to the verb of their task.
DESCRIBED = [
    ("sector-words", "Các doanh nghiệp công nghệ số chủ động tham gia triển khai Kế hoạch.",
     ["Các doanh nghiệp công nghệ số"], "chủ động tham gia triển khai Kế hoạch"),
    ("a-verb-inside-the-name", "Các đơn vị sự nghiệp công lập tổ chức rà soát.",
     ["Các đơn vị sự nghiệp công lập"], "tổ chức rà soát"),
    ("the-verb-right-after-the-noun-is-the-task", "Các doanh nghiệp tổ chức thực hiện.",
     ["Các doanh nghiệp"], "tổ chức thực hiện"),
]


@pytest.mark.parametrize(("text", "bodies", "task"), [c[1:] for c in DESCRIBED], ids=[c[0] for c in DESCRIBED])
def test_common_nouns_described_up_to_their_verb(text: str, bodies: list[str], task: str) -> None:
    found = extract_text(PLAN.format(text)).assignments
    assert [(a.bodies, a.task) for a in found] == [(bodies, task)]


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 12/CT-UBND\n\nCHỈ THỊ\nVỀ VIỆC BẢO VỆ RỪNG\n\n"
          "Để tăng cường công tác bảo vệ rừng, Ủy ban nhân dân tỉnh yêu cầu:\n\n{}\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n")


def test_points_under_the_issuers_request_name_their_bodies() -> None:
    """'... Ủy ban nhân dân tỉnh yêu cầu:' over "2. Sở Tài chính" and its bullets: each point's
    heading is the body given the tasks, as under a "Tổ chức thực hiện" heading."""
    body = ("1. Sở Nông nghiệp và Môi trường\n\n- Tăng cường kiểm tra, xử lý vi phạm.\n\n"
            "2. Công an tỉnh\n\n- Điều tra, xử lý nghiêm các hành vi phá rừng.")
    found = extract_text(LETTER.format(body)).assignments
    assert [(a.bodies, a.task) for a in found] == [
        (["Sở Nông nghiệp và Môi trường"], "Tăng cường kiểm tra, xử lý vi phạm"),
        (["Công an tỉnh"], "Điều tra, xử lý nghiêm các hành vi phá rừng")]


@pytest.mark.parametrize(("point", "bodies"), [
    ("- Chỉ đạo cơ quan chuyên môn hướng dẫn các xã xử lý vi phạm.", [["Sở Nông nghiệp và Môi trường"]]),
    ("- Hướng dẫn, đôn đốc, yêu cầu các đơn vị lắp đặt trạm cân.", [["Sở Nông nghiệp và Môi trường"]]),
    # the issuer speaking again after the last point: its request is the document's
    ("- Kiểm tra định kỳ.\n\nỦy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện.",
     [["Sở Nông nghiệp và Môi trường"], ["Thủ trưởng các sở, ngành"]]),
], ids=["chi-dao-a-subordinate", "yeu-cau-the-units", "the-issuer-after-the-points"])
def test_bodies_a_named_point_directs_are_not_assignees(point: str, bodies: list[list[str]]) -> None:
    found = extract_text(LETTER.format("1. Sở Nông nghiệp và Môi trường\n\n" + point)).assignments
    assert [a.bodies for a in found] == bodies


def test_a_report_asking_its_superior_assigns_nothing() -> None:
    text = ("BÁO CÁO\nCông tác phòng, chống ma túy năm 2025\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ\n\n"
            "1. Tăng cường tuần tra, kiểm soát.\n\nTrên đây là báo cáo công tác năm 2025. Kính đề nghị Bộ Công an "
            "xem xét, tổng hợp./.\n")
    assert extract_text(text).assignments == []


def test_the_preamble_of_a_text_in_articles_enacts_it_and_assigns_nothing() -> None:
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 37/2025/NQ-HĐND\n\nNGHỊ QUYẾT\nSửa đổi một số điều\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n"
            "Xét Tờ trình số 16384/TTr-UBND ngày 12 tháng 11 năm 2025 của Ủy ban nhân dân thành phố;\n\n"
            "Hội đồng nhân dân thành phố ban hành Nghị quyết sửa đổi một số điều của Quy định.\n\n"
            "Điều 1. Sửa đổi một số điều\n\n"
            "Điều 2. Tổ chức thực hiện\n\n1. Ủy ban nhân dân thành phố triển khai thực hiện Nghị quyết.\n")
    assert [a.bodies for a in extract_text(text).assignments] == [["Ủy ban nhân dân thành phố"]]


LONG_REQUEST = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\n\nSố: 45/UBND-TH\nV/v đẩy nhanh giải ngân\n\n"
                "Kính gửi: Các sở, ban thuộc tỉnh.\n\n"
                "Để thực hiện Nghị quyết số 12/NQ-CP ngày 03/4/2024 của Chính phủ, Chủ tịch UBND tỉnh yêu cầu "
                "Thủ trưởng các sở, ban thuộc tỉnh, Chủ tịch UBND các huyện, thị xã nghiên cứu, triển khai "
                "thực hiện có hiệu quả Nghị quyết số 12/NQ-CP và các văn bản chỉ đạo của Ủy ban nhân dân "
                "tỉnh, đồng thời tập trung thực hiện một số nội dung sau:\n{}\n\n"
                "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n")


@pytest.mark.parametrize(("point", "bodies"), [
    ("1. Các chủ đầu tư, Ban quản lý dự án:\n- Đẩy nhanh tiến độ thi công.\n- Thanh toán khối lượng hoàn thành.",
     ["Các chủ đầu tư", "Ban quản lý dự án"]),
    ("1. Các sở, ban thuộc tỉnh và các địa phương:\n- Rà soát thủ tục đầu tư.",
     ["Các sở, ban thuộc tỉnh", "các địa phương"]),
    ("1. Hội đồng Thi đua - Khen thưởng các cấp phân công trách nhiệm các thành viên.",
     ["Hội đồng Thi đua - Khen thưởng các cấp"]),
    ("1. Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy vai trò giám sát.",
     ["Ủy ban Mặt trận Tổ quốc tỉnh", "các tổ chức chính trị-xã hội"]),
], ids=["investors-and-boards", "a-list-under-a-long-request", "the-emulation-council", "a-dash-without-spaces"])
def test_points_under_a_long_request_name_their_bodies(point: str, bodies: list[str]) -> None:
    """A request that names a long list before its colon still opens the points below it."""
    found = extract_text(LONG_REQUEST.format(point)).assignments
    assert found[-1].bodies == bodies


def test_what_a_cited_document_assigns_is_not_assigned_here() -> None:
    point = "1. Sở Xây dựng chủ trì hướng dẫn thực hiện Quyết định."
    text = LONG_REQUEST.replace("Để thực hiện", "Quyết định có hiệu lực từ ngày ký và giao Ủy ban nhân dân "
                                "các tỉnh, thành phố trực thuộc Trung ương kiểm tra việc thực hiện.\n\nĐể thực hiện")
    found = extract_text(text.format(point)).assignments
    assert ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"] not in [a.bodies for a in found]
    assert ["Sở Xây dựng"] in [a.bodies for a in found]


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Trong nhiệm kỳ 2015-2020, Đảng bộ huyện lãnh đạo, chỉ đạo chính quyền, nhân dân địa phương vượt khó.", []),
    ("Thời gian qua, Ban Thường vụ Huyện ủy chỉ đạo các xã tập trung sản xuất.", []),
    ("Nhiệm kỳ 2025-2030, Đại hội đề nghị các cấp ủy tập trung lãnh đạo phát triển kinh tế.", [["các cấp ủy"]]),
    ("Nhiệm kỳ 2015-2020, Đảng bộ thành phố đã nỗ lực khắc phục những khó khăn chung để lãnh đạo, chỉ đạo cấp ủy, "
     "chính quyền từ thành phố đến cơ sở thực hiện tốt nhiệm vụ chính trị đề ra.", []),
], ids=["a-term-behind", "the-time-behind", "the-term-ahead", "directing-as-the-purpose-of-what-was-done"])
def test_a_press_report_telling_the_work_of_a_term_behind_assigns_nothing(sentence: str, bodies: list[list[str]]) -> None:
    assert [a.bodies for a in extract_text(f"Tin tức\n\n{sentence}\n").assignments] == bodies


def test_standing_committees_of_the_committees_under_a_province() -> None:
    text = ("Tin tức\n\nBan Thường vụ Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy, thị ủy, Thành ủy Huế, các đảng ủy "
            "trực thuộc Tỉnh ủy tạm dừng tổ chức đại hội đảng các cấp.\n")
    assert [a.bodies for a in extract_text(text).assignments] == [
        ["Ban Thường vụ các huyện ủy", "thị ủy", "Thành ủy Huế", "các đảng ủy trực thuộc Tỉnh ủy"]]


def test_a_cells_committee_is_a_body() -> None:
    text = "Tin tức\n\nBí thư Quận ủy đề nghị các đảng ủy, chi ủy cơ sở, các ban, ngành, đoàn thể quận tập trung lãnh đạo.\n"
    assert [a.bodies for a in extract_text(text).assignments] == [
        ["các đảng ủy", "chi ủy cơ sở", "các ban, ngành, đoàn thể quận"]]


# "Giao <what is given> cho <bodies> thực hiện": the bodies after "cho", the thing given as the task
GIVEN = [
    ("a-plan-given-to-bodies-over-semicolons",
     "Điều 1. Giao kế hoạch phát triển kinh tế - xã hội năm 2021 cho các sở, ban, ngành; Ủy ban nhân dân các huyện, "
     "thị xã, thành phố và các đơn vị trực thuộc Ủy ban nhân dân tỉnh thực hiện (có hệ thống chỉ tiêu kèm theo).",
     [(["các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố",
        "các đơn vị trực thuộc Ủy ban nhân dân tỉnh"], "kế hoạch phát triển kinh tế - xã hội năm 2021")]),
    ("targets-given-to-one-body", "Điều 1. Giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ năm 2026 cho Ủy ban nhân "
     "dân các xã, phường thực hiện.",
     [(["Ủy ban nhân dân các xã, phường"], "chỉ tiêu tuyển chọn và gọi công dân nhập ngũ năm 2026")]),
    ("bodies-closed-by-a-reference-to-the-tables",
     "Điều 1. Giao chỉ tiêu kế hoạch năm 2026 cho các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố và các "
     "đơn vị như các biểu chi tiết kèm theo Quyết định này.",
     [(["các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố", "các đơn vị"], "chỉ tiêu kế hoạch năm 2026")]),
    ("the-last-common-noun-described-up-to-the-clauses-end",
     "Điều 1. Giao chỉ tiêu kế hoạch năm 2026 cho các sở, ngành; Ủy ban nhân dân các xã và các doanh nghiệp chế "
     "biến nông sản của tỉnh như các phụ lục kèm theo.",
     [(["các sở, ngành", "Ủy ban nhân dân các xã", "các doanh nghiệp chế biến nông sản"], "chỉ tiêu kế hoạch năm 2026")]),
    ("land-given-to-households-is-no-task", "Điều 1. Giao đất cho hộ gia đình, cá nhân sử dụng ổn định lâu dài.", []),
    ("capital-given-to-projects-names-no-body", "Điều 1. Giao kế hoạch vốn năm 2026 cho các dự án trọng điểm.", []),
]


@pytest.mark.parametrize(("article", "expected"), [c[1:] for c in GIVEN], ids=[c[0] for c in GIVEN])
def test_what_is_given_to_bodies_after_cho(article: str, expected: list[tuple[list[str], str]]) -> None:
    found = extract_text(f"QUYẾT ĐỊNH\nGiao kế hoạch năm 2026\n\n{article}\n").assignments
    assert [(a.bodies, a.task) for a in found] == expected


@pytest.mark.parametrize("sentence", [
    "Trong đó, các sở, ban, ngành cần tập trung rà soát thủ tục hành chính.",
    "Đáng chú ý, các sở, ban, ngành cần tập trung rà soát thủ tục hành chính.",
    "Đặc biệt, các sở, ban, ngành cần tập trung rà soát thủ tục hành chính.",
    "- Bên cạnh đó, các sở, ban, ngành cần tập trung rà soát thủ tục hành chính.",
])
def test_a_word_linking_a_sentence_to_the_one_before_is_no_part_of_its_subject(sentence: str) -> None:
    found = [(a.bodies, a.task) for a in extract_text(WRAP.format(sentence)).assignments]
    assert found == [(["các sở, ban, ngành"], "cần tập trung rà soát thủ tục hành chính")]


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Đề nghị các cấp, các ngành, cử tri cùng chung sức làm đường giao thông.", ["các cấp, các ngành", "cử tri"]),
    ("Đề nghị các cấp, các ngành, đoàn viên, hội viên cùng chung sức làm đường giao thông.",
     ["các cấp, các ngành", "đoàn viên", "hội viên"]),
])
def test_people_after_a_comma_in_a_list_of_bodies_are_asked_with_them(sentence: str, bodies: list[str]) -> None:
    found = [(a.bodies, a.task) for a in extract_text(WRAP.format(sentence)).assignments]
    assert found == [(bodies, "cùng chung sức làm đường giao thông")]


def test_people_alone_are_no_body() -> None:
    assert extract_text(WRAP.format("Đề nghị cử tri cùng chung sức làm đường giao thông.")).assignments == []


def test_the_issuer_telling_it_issues_the_text_is_given_no_task() -> None:
    # in a Nghị quyết, "... ban hành Nghị quyết để ..." is the committee issuing this text; a plan
    # it asks another body to issue is still a task
    text = ("NGHỊ QUYẾT\nvề phát triển du lịch giai đoạn 2021 - 2025\n\nI. NHIỆM VỤ\n\n"
            "Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết để cụ thể hóa khâu đột phá, tập trung lãnh đạo thực hiện.\n"
            "Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện Nghị quyết.\n")
    found = [(a.bodies, a.task) for a in extract_text(text).assignments]
    assert found == [(["Ủy ban nhân dân huyện"], "ban hành Kế hoạch thực hiện Nghị quyết")]


def test_a_narrative_sentence_naming_the_issuer_among_its_subjects_assigns_nothing() -> None:
    # a công văn's background: what the province's bodies, the issuer among them, are doing; a
    # clause that names other bodies only, or that a trigger word opens, still gives a task
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAM VIÊN\n\nSố: 12/UBND-VX\n\nV/v tổ chức lễ hội mùa xuân\n\n"
            "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
            "Năm nay, Nhân dân vui đón mùa xuân mới; Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc "
            "Việt Nam tỉnh Lam Viên tổ chức nhiều hoạt động văn nghệ phục vụ Nhân dân.\n"
            "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lễ hội hoa tại quảng trường.\n")
    found = [(a.bodies, a.task) for a in extract_text(text).assignments]
    assert found == [(["Sở Văn hóa, Thể thao và Du lịch"], "chủ trì tổ chức lễ hội hoa tại quảng trường")]


def test_a_task_ends_before_a_clause_after_a_semicolon_that_opens_on_an_asking_word() -> None:
    # "...; giao Công an huyện ..." is the next assignment, no part of the task before it
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAM VIÊN\n\nSố: 15/TB-UBND\n\nTHÔNG BÁO\nvề buổi đối thoại\n\n"
            "Giao Sở Xây dựng chuẩn bị tài liệu cho buổi đối thoại; UBND huyện Đồi Mây liên hệ với các hộ dân "
            "để mời đại diện dự họp; giao Công an tỉnh bảo đảm an ninh trật tự tại buổi đối thoại.\n")
    found = {tuple(a.bodies): a.task for a in extract_text(text).assignments}
    assert found[("UBND huyện Đồi Mây",)] == "liên hệ với các hộ dân để mời đại diện dự họp"
    assert found[("Công an tỉnh",)] == "bảo đảm an ninh trật tự tại buổi đối thoại"


@pytest.mark.parametrize(("directed", "task"), [
    ("Công an tỉnh", "hoàn thành hồ sơ đền bù"),  # no lower than the body tasked: its own assignment
    ("UBND các xã", "hoàn thành hồ sơ đền bù; chỉ đạo UBND các xã rà soát danh sách hộ dân")])  # under it: its task
def test_a_clause_that_directs_a_body_not_below_the_one_tasked_ends_the_task(directed: str, task: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAM VIÊN\n\nSố: 16/TB-UBND\n\nTHÔNG BÁO\nvề công tác đền bù\n\n"
            f"Giao UBND huyện Đồi Mây hoàn thành hồ sơ đền bù; chỉ đạo {directed} rà soát danh sách hộ dân.\n")
    found = {tuple(a.bodies): a.task for a in extract_text(text).assignments}
    assert found[("UBND huyện Đồi Mây",)] == task


# "Trưởng ban công tác Mặt trận các thôn": the head of each village's board, "các thôn" no task; "bản" is a
# village of the uplands too (counted_units leaves it out: "3 bản" may be copies)
@pytest.mark.parametrize("unit", ["thôn", "bản"])
def test_the_units_after_an_office_of_a_body_belong_to_it(unit: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ ĐỒI MÂY\n\nSố: 21/KH-UBND\n\nKẾ HOẠCH\nvề ngày hội đại đoàn kết\n\n"
            f"IV. TỔ CHỨC THỰC HIỆN\n\nĐề nghị các đồng chí Trưởng ban công tác Mặt trận các {unit} phối hợp tổ chức "
            "ngày hội tại khu dân cư.\n")
    (task,) = extract_text(text).assignments
    assert task.bodies == [f"các đồng chí Trưởng ban công tác Mặt trận các {unit}"]
    assert task.task.startswith("phối hợp")


@pytest.mark.parametrize("words", ["Hội nghị giao ban Bí thư các chi bộ trực thuộc", "cuộc họp giao ban tháng 5"])
def test_a_briefing_meeting_giao_ban_gives_no_task(words: str) -> None:
    text = (f"Tin tức\n\nChiều 3/5/2025, Ban Thường vụ Đảng ủy xã Hòa Lâm tổ chức {words} nhằm đánh giá kết quả "
            "tháng 4 và triển khai nhiệm vụ tháng 5 năm 2025.\n")
    assert extract_text(text).assignments == []


def test_a_conference_that_gives_a_board_a_task_still_assigns_it() -> None:
    text = ("Tin tức\n\nSáng 3/5/2025, Hội nghị Ban Chấp hành Đảng bộ huyện Hòa Lâm lần thứ 9 thống nhất nội dung "
            "dự thảo. Hội nghị giao Ban Thường vụ Huyện ủy hoàn chỉnh dự thảo nghị quyết.\n")
    assert [a.bodies for a in extract_text(text).assignments] == [["Ban Thường vụ Huyện ủy"]]


def test_delegates_of_the_council_at_work_in_its_session_are_given_no_task() -> None:
    text = ("Tin tức\n\nNgày 10/7, HĐND huyện Hòa Lâm tổ chức Kỳ họp thứ 8, khóa V. Trong 2 ngày diễn ra kỳ họp, các "
            "đại biểu HĐND huyện tập trung thảo luận, chất vấn một số vấn đề về đất đai, y tế, giáo dục.\n")
    assert extract_text(text).assignments == []


def test_the_years_sentences_open_on_are_those_a_search_of_each_opening_finds() -> None:
    from nqparse.extractors.assignments import _YEAR_OPENING, _YEAR_OPENINGS

    text = ("năm 2024, xã Tân Lộc đạt 5 tiêu chí.  Trong năm 2025, xã phấn đấu ...\n"
            "  năm 2026, thôn Bắc ... , năm 2027, đạt! Năm 2028 , x?trong năm2029,\ntrong  năm 1999,")
    folded = text.lower()
    assert _YEAR_OPENINGS.findall(folded) == _YEAR_OPENING.findall(folded) == ["2024", "2025", "2026", "2028", "1999"]
    assert _YEAR_OPENINGS.findall("  năm 2024, x") == _YEAR_OPENING.findall("  năm 2024, x") == []


@pytest.mark.parametrize(("sentence", "past"), [
    ("Trong nhiệm kỳ 2015 - 2020, Đảng bộ xã Tân Lộc chỉ đạo", True),
    ("Thời gian qua, xã Tân Lộc chỉ đạo", True),
    ("Những năm vừa qua , huyện Bắc Sơn chỉ đạo", True),
    ("Nhiệm kỳ 2025-2030, Đảng bộ xã Tân Lộc chỉ đạo", False),
    ("Năm qua là năm khó khăn, xã chỉ đạo", False),
    ("Trong quá trình, xã chỉ đạo", False),
])
def test_a_past_opening_is_told_as_its_pattern_tells(sentence: str, past: bool) -> None:
    from nqparse.extractors.assignments import _PAST_OPENING, _opens_on_past

    folded = sentence.lower()
    assert _opens_on_past(folded, 0, len(folded)) is past
    assert (_PAST_OPENING.search(folded) is not None) is past


def test_a_press_photo_caption_with_its_credit_assigns_nothing() -> None:
    # a caption that ends on the photo's credit repeats the report; its "yêu cầu" is no task given
    text = (" date 2025-08-21 Trong 2 ngày 20.8 và 21.8, Đảng bộ P.Tân An tổ chức Đại hội đại biểu lần thứ 1.\n\n"
            "Ông Trần Văn Bình, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Hà Giang, đến dự và phát biểu chỉ đạo đại hội.\n\n"
            "Ông Trần Văn Bình, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Hà Giang, yêu cầu Đảng bộ P.Tân An nỗ lực "
            "xây dựng Tân An là trung tâm kinh tế - dịch vụ của tỉnh ẢNH: LÊ HÀ\n\n"
            "Ban Chấp hành Đảng bộ P.Tân An ra mắt đại hội.\n")
    assert list(extract_text(text).assignments) == []


@pytest.mark.parametrize("grounds", ["Căn cứ vào Kế hoạch phát triển du lịch năm 2024, ",
                                     "Trên cơ sở các chỉ tiêu được giao, "])
def test_the_bodies_made_answerable_after_the_grounds_a_sentence_opens_on(grounds: str) -> None:
    text = ("QUYẾT ĐỊNH\n\nĐiều 2. " + grounds + "Giám đốc các sở, ngành và Chủ tịch Ủy ban nhân dân các huyện có "
            "trách nhiệm xây dựng chương trình cụ thể thực hiện Kế hoạch này.\n")
    (task,) = extract_text(text).assignments
    assert task.bodies == ["Giám đốc các sở, ngành", "Chủ tịch Ủy ban nhân dân các huyện"]
    assert task.task.startswith("có trách nhiệm xây dựng")


def test_grounds_with_no_answerable_bodies_after_them_assign_nothing() -> None:
    text = ("QUYẾT ĐỊNH\n\nĐiều 2. Căn cứ vào Kế hoạch phát triển du lịch năm 2024, Sở Văn hóa báo cáo kết quả "
            "thực hiện năm 2023 với Bộ.\n")
    assert extract_text(text).assignments == []
