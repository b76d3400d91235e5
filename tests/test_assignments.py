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
    ("department-names-hold-và", "- Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ "
     "tổng hợp, báo cáo.", ["Sở Nông nghiệp và Môi trường"], "chủ trì, phối hợp với Sở Khoa học và Công nghệ tổng hợp, báo cáo"),
    ("council-of-the-communes", "Giao Ủy ban nhân dân các xã, phường tổ chức kiểm tra.", ["Ủy ban nhân dân các xã, phường"],
     "tổ chức kiểm tra"),
    ("generic-heads-with-a-qualifier", "2. Các chi bộ, đảng bộ cơ sở và các phòng chuyên môn xây dựng chương trình hành động.",
     ["Các chi bộ", "đảng bộ cơ sở", "các phòng chuyên môn"], "xây dựng chương trình hành động"),
    ("co-trach-nhiem", "1. Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội có trách nhiệm "
     "quán triệt Nghị quyết.",
     ["Các cấp ủy", "chính quyền", "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội"],
     "có trách nhiệm quán triệt Nghị quyết"),
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
], ids=["chỉ-đạo-a-task", "no-body", "own-decision", "hội-nghị-is-no-body", "giao-quân", "reported-not-assigned"])
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
"""


def test_a_task_table_assigns_each_row_to_its_lead_column() -> None:
    rows = [(a.bodies, a.task) for a in extract_text(TASK_TABLE).assignments if a.trigger == "bảng phân công"]
    assert rows == [
        (["Các Sở, ban, ngành", "UBND các xã, phường"], "Tổ chức quán triệt Chỉ thị"),
        (["Sở Công Thương", "Sở Xây dựng"], "Rà soát thiết kế mỏ"),
        (["Thanh tra tỉnh"], "Thanh tra đột xuất"),
    ]
