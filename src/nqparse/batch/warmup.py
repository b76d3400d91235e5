"""Loaded by the batch fork server before it forks any worker: one extraction of a short text.

The first document a process extracts pays for loading the word lists and compiling the
patterns that are built on first use (a hundred milliseconds or more, several documents'
worth). Doing it once here means every worker, and every worker started to replace one
that was stopped, begins with them ready, sharing the memory with the server.
"""

from __future__ import annotations

from contextlib import suppress

SAMPLE = """ĐẢNG BỘ TỈNH
HUYỆN ỦY MINH HÒA
*
Số 01-NQ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Minh Hòa, ngày 15 tháng 12 năm 2021
NGHỊ QUYẾT
Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện khóa XXIII
về nhiệm vụ năm 2022
Căn cứ Nghị quyết số 12-NQ/TU ngày 01/12/2021 của Ban Thường vụ Tỉnh ủy;
I. CHỦ ĐỀ NĂM 2022
"Nâng cao chất lượng cải cách hành chính"
II. CÁC CHỈ TIÊU CHỦ YẾU
(1). Tổng thu ngân sách trên địa bàn đạt 420 tỷ đồng, tăng 10% so với năm 2021.
(2). Kết nạp từ 90 đến 100 đảng viên.
III. TỔ CHỨC THỰC HIỆN
Giao Ủy ban nhân dân huyện xây dựng kế hoạch thực hiện Nghị quyết.
Nơi nhận:
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.
T/M BAN CHẤP HÀNH
BÍ THƯ
Trần Văn Bình
"""


def warm() -> None:
    """Extract ``SAMPLE`` once; a failure here only means the workers warm up themselves."""
    from ..pipeline import extract_text

    with suppress(Exception):  # never let a warm-up stop the server that starts the workers
        extract_text(SAMPLE)


warm()
