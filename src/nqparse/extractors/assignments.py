"""Which bodies are assigned which tasks.

Triggers: "Giao X ...", "Chỉ đạo X ...", "X chịu trách nhiệm / có trách nhiệm ...", and, in
the directive parts of an official document, a sentence whose subject is a body ("Ủy ban nhân
dân quận tập trung ..."; every numbered point of "Tổ chức thực hiện" reads this way).

A list of bodies is read by ``read_bodies``: each body opens with a known head word
(lexicon ``bodies.assignee_heads``) and runs on through modifiers and capitalised words;
bodies are separated by commas, "và" and "cùng". So "các quận ủy, huyện ủy, đảng ủy trực
thuộc tổ chức thực hiện" gives three bodies and the task "tổ chức thực hiện".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import load
from ..models import Assignment, DocumentInfo, Span
from ..segment import Block, Layout
from ..textutil import sentences, squash, trimmed

_LOCALITY = r"(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)"
_MORE_LOCALITIES = regex.compile(r"(?:\s*,\s*" + _LOCALITY + r"(?![\p{L}]))+")
_SEPARATOR = regex.compile(r"\s*(?:,|;|\bvà\b|\bcùng\b|\bvới\b)\s*")
_CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}]*)?\b")
_LOWER_WORD = regex.compile(r"\p{Ll}+\b")
_GIAO = regex.compile(r"(?<![\p{L}])giao(?:\s+cho)?\s+")
_CHI_DAO = regex.compile(r"(?<![\p{L}])chỉ đạo\s+")
_LOCALITY_WORD = regex.compile(_LOCALITY + r"(?![\p{L}])")
_ENDS_IN_LOCALITY = regex.compile(_LOCALITY + r"$")
_LAST_LOCALITY = regex.compile(rf"\s({_LOCALITY})$")
_BARE_COUNCIL = regex.compile(r"(?i)(hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|hđnd|ubnd)")
# what may follow a generic head in place of a proper name: "ban chuyên môn", "phòng chuyên trách"
_QUALIFIER = regex.compile(r"\s+(?:chuyên môn|chuyên trách|tham mưu|trực thuộc|cơ sở)\b")
_ANY_TRIGGER = regex.compile(r"giao|chỉ đạo|trách nhiệm")
_RESPONSIBLE = regex.compile(r"\s*(?:chịu|có)\s+trách nhiệm\b")
_NOT_TASK = regex.compile(r"(?:đã|được|là|vẫn|đều|cũng đã|bị|chưa|còn|của|,)\b")
# a report of what was done ("tiếp tục được kiện toàn", "cũng đã chỉ đạo") assigns nothing
_REPORTED = regex.compile(r"(?:\S+\s+){0,2}(?:được|đã|bị)\b")
# the issuing body stating its own decision is not an assignment
_OWN_DECISION = regex.compile(r"(?:nhất trí|thống nhất|quyết nghị|kết luận|ghi nhận|đánh giá|biểu dương|thông qua|"
                              r"đã|được|là|vẫn|đều|bị|chưa|còn|của)\b")
_RESULTS_HEADING = regex.compile(r"kết quả|tình hình|đánh giá|hạn chế")
_DIRECTIVE_HEADING = regex.compile(r"tổ chức thực hiện|nhiệm vụ|giải pháp|phương hướng")
# compiled once and matched in place (pos, endpos): read_bodies runs on every sentence
_GAP = regex.compile(r"\s+|\s*(?=\()")
_ABBREVIATION = regex.compile(r"\s*\((?P<abbr>\p{Lu}[\p{Lu}\d&-]{1,10})\)")
_NAME_RUN = regex.compile(r"(?:\p{Ll}+\s+){1,2}(?=\p{Lu}|" + _LOCALITY + r"\b)")
_LEADING_MARKS = regex.compile(r"[-–+•\s]*")
_PLURAL_LOCALITY_END = regex.compile(r"các " + _LOCALITY + r"$")


# The word lists below are long alternations of plain words: the standard library's engine
# compiles them several times faster than the regex module, and they need nothing more.
_NOT_LETTER = r"(?![^\W\d_])"


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    heads = load("bodies")["assignee_heads"]["heads"]
    alts = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:{alts}){_NOT_LETTER}")


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(load("bodies")["assignee_heads"]["generic_heads"])


@lru_cache(maxsize=1)
def _sector_pattern() -> re.Pattern[str]:
    sectors = sorted(load("bodies")["assignee_heads"]["sectors"], key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in sectors)
    return re.compile(rf"\s+(?:{alts}){_NOT_LETTER}")


@lru_cache(maxsize=1)
def _modifier_pattern() -> re.Pattern[str]:
    mods = [m for m in load("bodies")["assignee_heads"]["modifiers"] if m != "và"]
    heads = [h for h in load("bodies")["assignee_heads"]["heads"] if not h.startswith("các ")]
    words = sorted(set(mods) | set(heads), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s+(?:{alts}){_NOT_LETTER}")


@dataclass(frozen=True)
class BodyList:
    bodies: tuple[tuple[int, int], ...]
    extra: tuple[str, ...]  # bodies written by sharing a head: "HĐND quận và phường" -> "HĐND phường"
    end: int


def read_bodies(text: str, folded: str, pos: int, limit: int) -> BodyList | None:
    """Read a list of bodies at ``pos``; None when no body name starts there."""
    bodies: list[tuple[int, int]] = []
    extra: list[str] = []
    while pos < limit:
        head = _head_pattern().match(folded, pos, limit)
        if not head:
            break
        start, end = pos, head.end()
        last_cap = False
        if folded[start:end] in _generic_heads():
            sector = _sector_pattern().match(folded, end, limit)
            if sector:
                end = sector.end()  # "Sở Nông nghiệp và Môi trường": the name holds a "và"
            elif not _CAP_WORD.match(text, end + 1, limit) and not _QUALIFIER.match(folded, end, limit):
                break  # "hội nghị", "phòng, chống": a generic head needs a name or a qualifier after it
        while end < limit:
            mod = _modifier_pattern().match(folded, end, limit)
            if mod:
                end, last_cap = mod.end(), False
                continue
            if _PLURAL_LOCALITY_END.search(folded, start, end):
                more = _MORE_LOCALITIES.match(folded, end, limit)
                if more:
                    end = more.end()  # "các xã, phường": one collective body
                    continue
            space = _GAP.match(text, end, limit)
            gap = space.end() - end if space else 0
            after = end + gap
            cap = _CAP_WORD.match(text, after, limit)
            if cap and gap:
                end, last_cap = cap.end(), True
                continue
            paren = _ABBREVIATION.match(text, end, limit)
            if paren:
                end = paren.end()
                continue
            if last_cap and gap:
                # "Hội Cựu chiến binh quận", "Đoàn Thanh niên Cộng sản": a name runs on in lower case
                run = _NAME_RUN.match(text, after, limit)
                if run and not _NOT_TASK.match(folded, after) and not _SEPARATOR.match(folded, after - 1):
                    end = run.end() - 1
                    last_cap = False
                    continue
            break
        bodies.append((start, end))
        sep = _SEPARATOR.match(folded, end, limit)
        if not sep:
            pos = end
            break
        nxt = sep.end()
        loc = _LOCALITY_WORD.match(folded[nxt:limit])
        if loc and _ENDS_IN_LOCALITY.search(folded[start:end]) and sep.group(0).strip() == "và":
            # shared head: "Ủy ban nhân dân quận và phường"
            head_text = _ENDS_IN_LOCALITY.sub("", text[start:end]).strip()
            extra.append(f"{head_text} {text[nxt:nxt + loc.end()]}")
            pos = nxt + loc.end()
            sep2 = _SEPARATOR.match(folded, pos, limit)
            if sep2 and _head_pattern().match(folded, sep2.end(), limit):
                pos = sep2.end()
                continue
            break
        if not _head_pattern().match(folded, nxt, limit):
            pos = end
            break
        pos = nxt
    if not bodies:
        return None
    return BodyList(tuple(bodies), tuple(extra), pos)


def _names(text: str, found: BodyList) -> list[str]:
    names = [squash(text[s:e]) for s, e in found.bodies]
    names += list(found.extra)
    return _share_locality(names)


def _share_locality(names: list[str]) -> list[str]:
    """'Hội đồng nhân dân, Ủy ban nhân dân quận': the bare councils belong to the quận too."""
    loc = _LAST_LOCALITY.search(names[-1].lower()) if names else None
    if not loc:
        return names
    suffix = names[-1][loc.start(1):]
    out = []
    for n in names:
        if _BARE_COUNCIL.fullmatch(n):
            n = f"{n} {suffix}"
        out.append(n)
    return out


def extract_assignments(layout: Layout, document: DocumentInfo) -> list[Assignment]:
    text, folded = layout.text.text, layout.text.folded
    out: list[Assignment] = []
    seen: set[tuple[int, int]] = set()

    def add(bodies: BodyList, task_start: int, sent_end: int, trigger: str, start: int) -> None:
        names = _names(text, bodies)
        ts, te = trimmed(text, task_start, sent_end)
        key = (start, bodies.end)
        if key in seen or not names:
            return
        seen.add(key)
        out.append(Assignment(bodies=names, task=squash(text[ts:te]), trigger=trigger,
                              span=Span(start=start, end=max(te, bodies.end))))

    official = document.kind not in ("article", "unknown")
    for block in layout.blocks:
        if block.zone in ("header", "footer"):
            continue
        directive = official and block.zone == "body" and _in_directive_part(layout, block)
        if not directive and not _ANY_TRIGGER.search(folded, block.start, block.end):
            continue  # outside the directive parts only the trigger words assign
        for s, e in sentences(text, block.content_start, block.end):
            for trigger_re, trigger in ((_GIAO, "giao"), (_CHI_DAO, "chỉ đạo")):
                for m in trigger_re.finditer(folded, s, e):
                    found = read_bodies(text, folded, m.end(), e)
                    if found:
                        add(found, found.end, e, trigger, m.start())
            subject = _clause_start(text, s, e)
            found = read_bodies(text, folded, subject, e)
            if not found:
                continue
            resp = _RESPONSIBLE.match(folded, found.end)
            if resp:
                add(found, found.end, e, "trách nhiệm", subject)
            elif directive and not _OWN_DECISION.match(folded, found.end + 1) and found.end < e - 3 \
                    and not _REPORTED.match(folded, found.end + 1, e) \
                    and text[found.end:found.end + 1] == " ":
                add(found, found.end, e, "chủ thể", subject)
    return out + _table_assignments(layout)


# A task table: "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"
_CELL_SEPARATOR = " | "
_LETTER = regex.compile(r"\p{L}")
_LEAD_COLUMN = regex.compile(r"chủ trì|cơ quan thực hiện|đơn vị thực hiện|phân công")
_TASK_COLUMN = regex.compile(r"nhiệm vụ|nội dung|công việc")


def _cells(block: Block) -> list[tuple[int, int]]:
    """The spans of a rendered table row's cells, trimmed."""
    spans, pos = [], block.start
    for part in block.text.split(_CELL_SEPARATOR):
        s, e = trimmed(block.text, pos - block.start, pos - block.start + len(part), " |")
        spans.append((block.start + s, block.start + e))
        pos += len(part) + len(_CELL_SEPARATOR)
    return spans


def _table_assignments(layout: Layout) -> list[Assignment]:
    """Each row of a task table: the bodies of its lead column are given the row's task."""
    text, folded = layout.text.text, layout.text.folded
    out: list[Assignment] = []
    columns: tuple[int, int] | None = None  # (task, lead) of the table being read
    for block in layout.blocks:
        if _CELL_SEPARATOR not in block.text:
            columns = None
            continue
        cells = _cells(block)
        heads = [folded[s:e] for s, e in cells]
        lead = next((i for i, h in enumerate(heads) if _LEAD_COLUMN.search(h)), None)
        task = next((i for i, h in enumerate(heads) if _TASK_COLUMN.search(h) and i != lead), None)
        if lead is not None and task is not None and not any(ch.isdigit() for ch in heads[0]):
            columns = (task, lead)
            continue
        if columns is None or len(cells) <= max(columns):
            continue
        (ts, te), (ls, le) = cells[columns[0]], cells[columns[1]]
        if not _LETTER.search(text, ls, le) or not _LETTER.search(text, ts, te):
            continue  # the row that numbers the columns "(1) | (2) | (3)"
        bodies = _lead_bodies(text, folded, ls, le)
        if bodies and te > ts:
            out.append(Assignment(bodies=bodies, task=squash(text[ts:te]), trigger="bảng phân công",
                                  span=Span(start=block.start, end=block.end)))
    return out


def _lead_bodies(text: str, folded: str, start: int, end: int) -> list[str]:
    """The bodies of a lead cell: parts split by ';', each read as a list of bodies, or kept
    whole when it does not read as one (the column holds nothing but bodies)."""
    names: list[str] = []
    pos = start
    for part in text[start:end].split(";"):
        s, e = trimmed(text, pos, pos + len(part), " ,;.")
        pos += len(part) + 1
        if e <= s:
            continue
        found = read_bodies(text, folded, s, e)
        if found and found.end >= e - 1:
            names += _names(text, found)
        else:
            names.append(squash(text[s:e]))
    return names


def _clause_start(text: str, s: int, e: int) -> int:
    m = _LEADING_MARKS.match(text, s, e)
    return m.end() if m else s


def _in_directive_part(layout: Layout, block: Block) -> bool:
    """True under a heading about tasks or implementation, or under none of results."""
    folded = layout.text.folded
    headings = [folded[h.start:h.end] for h in layout.parent_headings(block)]
    if any(_DIRECTIVE_HEADING.search(h) for h in headings):
        return True
    return not any(_RESULTS_HEADING.search(h) for h in headings)
