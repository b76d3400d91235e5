"""What stands before a meeting's name when it is another meeting than the one a text reports."""

from __future__ import annotations

from .lazy import lazy

# a session prepared for, or one a report is sent to ("để trình kỳ họp thứ 12 HĐND tỉnh khóa X
# sắp tới"), is a later meeting; matched on ``Text.plain`` up to the meeting's name
PREPARED_FOR = lazy(r"\bchuan bi\b[^.;:\n]*\Z|\btrinh\s+(?:len\s+|ra\s+)?\Z")
