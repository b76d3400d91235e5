"""The "Nơi nhận:" list: one record per line, its purpose in quotes or brackets, and the
"Lưu ..." line marked as the archive copy."""

from __future__ import annotations

import regex

from ..models import Recipient, Span
from ..phrases.text import squash, trimmed
from ..segment import Layout, is_caps
from .signature import side_fragment

_PURPOSE = regex.compile(r"\s*(?:[“\"]\s*(?P<q>[^“”\"]{2,80}?)\s*[”\"]|\(\s*(?P<p>[^()]{2,80}?)\s*\))\s*[,;.]?\s*$")
_ARCHIVE = regex.compile(r"(?i)l[ưu]u\b\s*:?\s*")
_LABEL = regex.compile(r"(?i)n[oơ]i\s*nh[aâậ]n\s*:?\s*")
_BULLET = regex.compile(r"\s*[-–+•·]\s*")


def extract_recipients(layout: Layout) -> list[Recipient]:
    text, plain = layout.text.text, layout.text.plain
    label = layout.last_label
    if label is None:
        return []
    lines: list[tuple[int, int]] = []
    rest = _LABEL.match(plain, label.start, label.end)
    if rest and rest.end() < label.end:
        lines.append((rest.end(), label.end))
    for block in layout.blocks[label.index + 1:]:
        if block.authority is not None:
            break
        if block.kind != "bullet" and not (_ARCHIVE.match(block.text) and len(block.text) < 80):
            if lines and (block.blank_before or is_caps(block.text) or len(block.text) > 120):
                break
            if not lines and block.kind != "paragraph":
                break
            if lines and (block.text[:1].islower() or text[lines[-1][1] - 1] not in ",;."):
                lines[-1] = (lines[-1][0], block.end)  # a recipient wrapped onto the next line
                continue
        lines.append((block.start, block.end))
        if _ARCHIVE.match(block.text.lstrip("-–+•· ")):
            break
    return [r for r in (_recipient(text, s, e) for s, e in lines) if r is not None]


def _recipient(text: str, start: int, end: int) -> Recipient | None:
    side = side_fragment(text, start, end)
    if side is not None:
        end = side  # the signature column shares the line
    b = _BULLET.match(text, start, end)
    if b:
        start = b.end()
    purpose = None
    m = _PURPOSE.search(text, start, end)
    if m:
        purpose = (m.group("q") or m.group("p")).strip()
        end = m.start()
    archive = False
    a = _ARCHIVE.match(text, start, end)
    if a:
        archive = True
        start = a.end()
    start, end = trimmed(text, start, end, " \t,;.")
    if end <= start:
        return None
    return Recipient(name=squash(text[start:end]), purpose=purpose, archive=archive, span=Span(start=start, end=end))
