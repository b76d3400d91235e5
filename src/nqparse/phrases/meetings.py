"""What stands before a meeting's name when it is another meeting than the one a text reports."""

from __future__ import annotations

from .lazy import lazy

# a session prepared for, or one a report is sent to ("để trình kỳ họp thứ 12 HĐND tỉnh khóa X
# sắp tới"), is a later meeting; matched on ``Text.plain`` up to the meeting's name
PREPARED_FOR = lazy(r"\bchuan bi\b[^.;:\n]*\Z|\btrinh\s+(?:len\s+|ra\s+)?\Z")

# a higher congress the one reported sends delegates to ("bầu đoàn đại biểu tham dự Đại hội Đoàn
# tỉnh", "đại biểu đi dự Đại hội Đảng bộ tỉnh"), not the one that elects them
DELEGATES_TO = r"di du|bau\b[^.;:\n]{0,40}\bdu"
DELEGATED_TO = lazy(rf"\b(?:{DELEGATES_TO})\b[^.;:\n]{{0,30}}\Z")

# an invitation's or a notice's own fields: "2. Thời gian: 14 giờ, ngày 16/11/2020", "3. Địa điểm:"
# over its value; matched on ``Text.plain`` at a line's content
MEETING_FIELD = lazy(r"(?P<field>thoi gian|dia diem)(?:\s+(?:hop|to chuc|hoi nghi))?\s*:\s*")
