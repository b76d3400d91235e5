"""The "Nơi nhận:" list: one record per line, its purpose in quotes or brackets, and the
"Lưu ..." line marked as the archive copy."""

from __future__ import annotations

from ..phrases.lazy import lazy
from ..phrases.text import squash, trimmed
from ..records import At, record
from ..segment import Layout, is_caps
from .signature import footer_label, interleaved_signature_line, side_fragment

_PURPOSE = lazy(r"\s*(?:[“\"]\s*(?P<q>[^“”\"]{2,80}?)\s*[”\"]|\(\s*(?P<p>[^()]{2,80}?)\s*\))\s*[,;.]?\s*$")
_ARCHIVE = lazy(r"(?i)l[ưu]u\b\s*:?\s*")
_LABEL = lazy(r"(?i)n[oơ]i\s*nh[aâậ]n\s*:?\s*")
_BULLET = lazy(r"\s*[-–+•·]\s*")
_OCR_BULLET = lazy(r"[~_]\s+(?=\S)")  # a dash the OCR read as "~" or "_"


@record
class Addressee:
    """One line of the list: who receives the document, why ("để báo cáo"), and whether it is
    the archive copy ("Lưu: VT")."""

    name: str
    purpose: str | None
    archive: bool
    at: At


def extract_recipients(layout: Layout) -> tuple[Addressee, ...]:
    text, plain = layout.text.text, layout.text.plain
    label = footer_label(layout)
    if label is None:
        return ()
    lines: list[tuple[int, int]] = []
    rest = _LABEL.match(plain, label.start, label.end)
    if rest and rest.end() < label.end:
        lines.append((rest.end(), label.end))
    for block in layout.blocks[label.index + 1:]:
        if interleaved_signature_line(layout, block):
            continue  # the signature's column between the list's lines
        if block.authority is not None:
            break
        bullet = block.kind == "bullet" or _OCR_BULLET.match(block.text) is not None
        if not bullet and not (_ARCHIVE.match(block.text) and len(block.text) < 80):
            if lines and (block.blank_before or is_caps(block.text) or len(block.text) > 120):
                break
            if not lines and block.kind != "paragraph":
                break
            if lines and (block.text[:1].islower() or _goes_on(text, lines)):
                lines[-1] = (lines[-1][0], block.end)  # a recipient wrapped onto the next line
                continue
        lines.append((block.start, block.end))
        if _ARCHIVE.match(block.text.lstrip("-–+•·~_ ")):
            break
    return tuple(r for r in (_recipient(text, s, e) for s, e in _without_group_heads(text, lines)) if r is not None)


def _without_group_heads(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines less those that head a group of sub-items: "- VP UBND tỉnh:" over "+ LĐVP,
    KGVX;" and "+ Lưu: VT." names where its sub-items sit; they are the recipients."""
    return [(s, e) for k, (s, e) in enumerate(lines)
            if not (text[s:e].rstrip().endswith(":") and k + 1 < len(lines)
                    and text[lines[k + 1][0]:lines[k + 1][1]].lstrip().startswith("+"))]


def _goes_on(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the last line read is cut short: it ends in no stop, or in a comma where the
    list closes its lines with ';' ("- Các sở: Nông nghiệp và Môi trường," / "Tài chính, ...;")."""
    last = text[lines[-1][1] - 1]
    if last not in ",;.":
        return True
    return last == "," and any(text[e - 1] == ";" for _, e in lines[:-1])


def _recipient(text: str, start: int, end: int) -> Addressee | None:
    side = side_fragment(text, start, end)
    if side is not None:
        end = side  # the signature column shares the line
    b = _BULLET.match(text, start, end) or _OCR_BULLET.match(text, start, end)
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
    start, end = trimmed(text, start, end, " \t,;.|")
    if not any(c.isalpha() for c in text[start:end]):
        return None  # a table-cell bar or stray mark left on the label's line names no one
    return Addressee(squash(text[start:end]), purpose, archive, At(start, end))
