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
from ..phrases.syllables import is_syllable
from ..phrases.text import sentences, squash, trimmed
from ..segment import Block, Layout

_LOCALITY = r"(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu)"
_MORE_LOCALITIES = regex.compile(r"(?:\s*,\s*" + _LOCALITY + r"(?![\p{L}]))+")
_SEPARATOR = regex.compile(r"\s*(?:,|;|\bvà\b|\bcùng\b|\bvới\b)\s*")
_CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}]*)?\b")
_LOWER_WORD = regex.compile(r"\p{Ll}+\b")
_GIAO = regex.compile(r"(?<![\p{L}])giao(?:\s+cho)?\s+")
_CHI_DAO = regex.compile(r"(?<![\p{L}])chỉ đạo\s+")
# a request is a task too: "Đề nghị Viện Kiểm sát nhân dân tỉnh phối hợp ...", "yêu cầu các sở ..."
_DE_NGHI = regex.compile(r"(?<![\p{L}])(?:đề nghị|yêu cầu)\s+")
# (pattern, trigger, only in the directive parts of an official document): a press report or a
# "Kiến nghị" section that asks the centre for something assigns nothing
_TRIGGERS = ((_GIAO, "giao", False), (_CHI_DAO, "chỉ đạo", False), (_DE_NGHI, "đề nghị", True))
# the enacting clause ("Điều 1. Quy định ... như sau:") opens the rules and assigns nothing
_ENACTING = regex.compile(r"(?:quy định|như)\s+sau\s*:?\s*$")
_LOCALITY_WORD = regex.compile(_LOCALITY + r"(?![\p{L}])")
_ENDS_IN_LOCALITY = regex.compile(_LOCALITY + r"$")
_LAST_LOCALITY = regex.compile(rf"\s({_LOCALITY})$")
_BARE_COUNCIL = regex.compile(r"(?i)(hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|hđnd|ubnd)")
# what may follow a generic head in place of a proper name: "ban chuyên môn", "phòng chuyên trách"
_QUALIFIER = regex.compile(r"\s+(?:chuyên môn|chuyên trách|tham mưu|trực thuộc|cơ sở)\b")
_ANY_TRIGGER = regex.compile(r"giao|chỉ đạo|trách nhiệm|đề nghị|yêu cầu")
_RESPONSIBLE = regex.compile(r"\s*(?:chịu|có)\s+trách nhiệm\b")
_NOT_TASK = regex.compile(r"(?:đã|được|là|vẫn|đều|cũng đã|bị|chưa|còn|của|,)\b")
# a report of what was done ("tiếp tục được kiện toàn", "cũng đã chỉ đạo") assigns nothing
_REPORTED = regex.compile(r"(?:\S+\s+){0,2}(?:được|đã|bị)\b")
# the issuing body stating its own decision is not an assignment
# ("Hội đồng nhân dân tỉnh giao ...", "Ủy ban nhân dân tỉnh yêu cầu ..."): the task is another's
_OWN_DECISION = regex.compile(r"(?:nhất trí|thống nhất|quyết nghị|kết luận|ghi nhận|đánh giá|biểu dương|thông qua|"
                              r"giao|yêu cầu|đề nghị|thông báo|"
                              r"đã|được|là|vẫn|đều|bị|chưa|còn|của)\b")
# what was done, and the views and aims a plan starts from, assign nothing
_REQUESTS_HEADING = regex.compile(r"kiến nghị|đề nghị|đề xuất")
_RESULTS_HEADING = regex.compile(r"kết quả|tình hình|đánh giá|hạn chế|quan điểm|mục tiêu|sự cần thiết")
_DIRECTIVE_HEADING = regex.compile(r"tổ chức\s+thực hiện|nhiệm vụ|giải pháp|phương hướng|phân công|trách nhiệm")
# compiled once and matched in place (pos, endpos): read_bodies runs on every sentence
_GAP = regex.compile(r"\s+|\s*(?=\()")
_ABBREVIATION = regex.compile(r"\s*\((?P<abbr>\p{Lu}[\p{Lu}\d&-]{1,10})\)")
_NAME_RUN = regex.compile(r"(?:\p{Ll}+\s+){1,2}(?=\p{Lu}|" + _LOCALITY + r"\b)")
_LEADING_MARKS = regex.compile(r"[-–+•\s]*")
_PLURAL_LOCALITY_END = regex.compile(r"các " + _LOCALITY + r"$")


# The word lists below are long alternations of plain words: the standard library's engine
# compiles them several times faster than the regex module, and they need nothing more.
_NOT_LETTER = r"(?![^\W\d_])"


def _words(phrase: str) -> str:
    """A phrase as a pattern whose words may stand on either side of a line break."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _key(folded: str) -> str:
    return " ".join(folded.split())


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    heads = load("bodies")["assignee_heads"]["heads"]
    alts = "|".join(_words(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:{alts}){_NOT_LETTER}")


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    # an office names a body only with what it heads: "Chủ tịch Ủy ban nhân dân", "Lãnh đạo Sở"
    heads = load("bodies")["assignee_heads"]
    return frozenset(heads["generic_heads"]) | frozenset(heads["titles"])


@lru_cache(maxsize=1)
def _sector_pattern() -> re.Pattern[str]:
    sectors = sorted(load("bodies")["assignee_heads"]["sectors"], key=len, reverse=True)
    alts = "|".join(_words(w) for w in sectors)
    return re.compile(rf"\s+(?:{alts}){_NOT_LETTER}")


@lru_cache(maxsize=1)
def _modifier_pattern() -> re.Pattern[str]:
    mods = [m for m in load("bodies")["assignee_heads"]["modifiers"] if m != "và"]
    # a head that needs a name after it ("báo", "giám đốc") would run a body on into its task
    named = _generic_heads() | _titles()
    heads = [h for h in load("bodies")["assignee_heads"]["heads"] if not h.startswith("các ") and h not in named]
    words = sorted(set(mods) | set(heads), key=len, reverse=True)
    alts = "|".join(_words(w) for w in words)
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
        office = _office_of(text, folded, start, end, limit)
        if office:
            end = office  # "Giám đốc các Sở", "Chủ tịch Ủy ban nhân dân các xã": the body holds the office
        elif _key(folded[start:end]) in _generic_heads():
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
                # ... but not into the task: "Ủy ban nhân dân tỉnh Lâm Đồng ban hành Kế hoạch"
                if run and not _NOT_TASK.match(folded, after) and not _SEPARATOR.match(folded, after - 1) \
                        and not _opener_pattern().match(folded, after):
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
    return BodyList(tuple(_shared_qualifier(folded, bodies)), tuple(extra), pos)


# what a list of bare nouns may share at its end: "các phòng, ban chuyên môn"
_SHARED = regex.compile(r"\s+(?:chuyên môn|chuyên trách|trực thuộc|có liên quan|liên quan)$")
_PLURAL = regex.compile(r"các\s")


def _shared_qualifier(folded: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'các phòng, ban chuyên môn' is one body: bare nouns after 'các' that share the qualifier
    written after the last of them."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(bodies):
        j = i
        if _PLURAL.match(folded, bodies[i][0]):
            while j + 1 < len(bodies) and _bare(folded, *bodies[j + 1]):
                j += 1
        if j > i and _SHARED.search(folded, bodies[j][0], bodies[j][1]) and _bare(folded, *bodies[i], plural=True):
            out.append((bodies[i][0], bodies[j][1]))
        else:
            out.extend(bodies[i:j + 1] if j > i else bodies[i:i + 1])
        i = j + 1
    return out


def _bare(folded: str, start: int, end: int, plural: bool = False) -> bool:
    """A common noun of bodies ("đơn vị", "ban chuyên môn"), no body's own name."""
    if plural:
        start = _PLURAL.match(folded, start).end() if _PLURAL.match(folded, start) else start
    words = _SHARED.sub("", folded[start:end]).split()
    return 0 < len(words) <= 2 and " ".join(words) in _bare_nouns()


@lru_cache(maxsize=1)
def _bare_nouns() -> frozenset[str]:
    return frozenset(load("bodies")["assignee_heads"]["bare_nouns"])


_OF_BODY = regex.compile(r"\s+(?:của\s+)?")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(load("bodies")["assignee_heads"]["titles"])


def _office_of(text: str, folded: str, start: int, end: int, limit: int) -> int | None:
    """The end of "<office> <body>" when the head at ``start`` is a person's office."""
    if _key(folded[start:end]) not in _titles():
        return None
    gap = _OF_BODY.match(folded, end, limit)
    if not gap or not _head_pattern().match(folded, gap.end(), limit):
        return None
    inner = read_bodies(text, folded, gap.end(), limit)
    if not inner:
        return None
    if not folded.startswith("các ", gap.end()):
        return inner.bodies[0][1]  # "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc ...": one office
    # "Thủ trưởng các sở, ban, ngành, đơn vị": the office of each body of the list, up to the next office
    end = inner.bodies[0][1]
    for s, e in inner.bodies[1:]:
        if _office_head(folded, s, e):
            break
        end = e
    return end


def _office_head(folded: str, start: int, end: int) -> bool:
    head = _head_pattern().match(folded, start, end)
    return head is not None and _key(folded[start:head.end()]) in _titles()


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


@dataclass(frozen=True)
class Unit:
    """A paragraph as written: a block and the hard-wrapped lines that go on from it."""

    blocks: tuple[Block, ...]

    @property
    def first(self) -> Block:
        return self.blocks[0]

    @property
    def start(self) -> int:
        return self.blocks[0].content_start

    @property
    def end(self) -> int:
        return self.blocks[-1].end


_SENTENCE_CLOSE = tuple(".;:!?")
_LIST_LEVEL = 6  # "a)" items: segment calls them headings, but they wrap like paragraphs


def units(layout: Layout) -> list[Unit]:
    """The blocks joined into paragraphs where a line was broken inside a sentence or a heading."""
    groups: list[list[Block]] = []
    for block in layout.blocks:
        if groups and _continues(layout, groups[-1], block):
            groups[-1].append(block)
        else:
            groups.append([block])
    return [Unit(tuple(g)) for g in groups]


def _continues(layout: Layout, group: list[Block], block: Block) -> bool:
    """True when ``block`` goes on the paragraph ``group``, cut where its last line broke."""
    prev = group[-1]
    if block.zone != prev.zone or block.marker is not None or block.kind in ("label", "bullet", "item"):
        return False
    if _is_row(prev.text) or _is_row(block.text):
        return False
    emphasis = _emphasis_open(layout, group[0], prev)
    if block.blank_before and not emphasis:
        return False
    if prev.text.rstrip().endswith(_SENTENCE_CLOSE) and not emphasis:
        return False
    if (prev.kind == "heading" and prev.level < _LIST_LEVEL) or block.kind == "heading":
        # "1. Sở Y tế" over "Chủ trì ...": a heading goes on only where it is visibly unfinished
        return emphasis or block.text[:1].islower()
    return True


_ROW_EDGE = regex.compile(r"^\|\s|\s\|$")


def _is_row(line: str) -> bool:
    """A rendered table row: cells joined by " | ", or a one-cell row closed by its bar."""
    return _CELL_SEPARATOR in line or _ROW_EDGE.search(line) is not None


def _emphasis_open(layout: Layout, first: Block, last: Block) -> bool:
    """True when the lines ``first`` to ``last`` open bold ("**1. Sở") and leave it open."""
    src = layout.text.source.text
    if "**" not in src:
        return False
    start = layout.text.to_source(first.start)
    end = layout.text.to_source(max(last.start, last.end - 1)) + 1
    line_start = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", end)
    return src.count("**", line_start, len(src) if line_end < 0 else line_end) % 2 == 1


def extract_assignments(layout: Layout, document: DocumentInfo) -> list[Assignment]:
    text, folded = layout.text.text, layout.text.folded
    out: list[Assignment] = []
    seen: set[tuple[int, int]] = set()

    def add(bodies: BodyList, task_start: int, sent_end: int, trigger: str, start: int,
            before: tuple[str, ...] = ()) -> None:
        names = [*before, *_names(text, bodies)]
        ts, te = trimmed(text, task_start, sent_end)
        key = (start, bodies.end)
        if key in seen or not names:
            return
        seen.add(key)
        out.append(Assignment(bodies=names, task=squash(text[ts:te]), trigger=trigger,
                              span=Span(start=start, end=max(te, bodies.end))))

    official = document.kind not in ("article", "unknown")
    paragraphs = units(layout)
    heading_text = _heading_texts(layout, paragraphs)
    for n, unit in enumerate(paragraphs):
        block = unit.first
        if block.zone in ("header", "footer") or _CELL_SEPARATOR in block.text:
            continue
        directive = official and block.zone == "body" and _in_directive_part(layout, block, heading_text)
        # headings that name bodies are read as such only where a heading says tasks are given:
        # a report's headings ("Đơn vị sự nghiệp thuộc Sở") name the groups it ranks
        if directive and _in_directive_part(layout, block, heading_text, named=True):
            labelled = labelled_assignment(layout, paragraphs, n)
            if labelled is not None:
                out.extend(labelled)
                continue
        if not directive and not _ANY_TRIGGER.search(folded, unit.start, unit.end):
            continue  # outside the directive parts only the trigger words assign
        listed: tuple[str, ...] = ()  # "Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở; Chủ tịch ... chịu trách nhiệm"
        for s, e in sentences(text, unit.start, unit.end):
            before, listed = listed, ()
            if _ENACTING.search(folded, s, e):
                continue  # "... quy định như sau:" opens the rules; it gives no task
            for trigger_re, trigger, directive_only in _TRIGGERS:
                for m in trigger_re.finditer(folded, s, e) if directive or not directive_only else ():
                    found = read_bodies(text, folded, m.end(), e)
                    if found and not _mid_phrase(text, folded, found):
                        add(found, found.end, e, trigger, m.start())
            subject = _clause_start(text, s, e)
            found = read_bodies(text, folded, subject, e)
            if not found or _mid_phrase(text, folded, found):
                continue
            if found.end >= e - 1 and text[e - 1:e] == ";":
                listed = (*before, *_names(text, found))  # the list goes on after the ';'
                continue
            resp = _RESPONSIBLE.match(folded, found.end)
            if resp:
                add(found, found.end, e, "trách nhiệm", subject, before)
            elif directive and not _OWN_DECISION.match(folded, found.end + 1) and found.end < e - 3 \
                    and not _REPORTED.match(folded, found.end + 1, e) \
                    and text[found.end:found.end + 1].isspace():
                add(found, found.end, e, "chủ thể", subject, before)
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
        elif _head_pattern().match(folded, s, e):
            names.append(squash(text[s:e]))  # a body the reader cannot finish, kept whole
        # else a note ("Theo phân công tại Quyết định số ..."), not a body
    return names


def _clause_start(text: str, s: int, e: int) -> int:
    m = _LEADING_MARKS.match(text, s, e)
    return m.end() if m else s


def _heading_texts(layout: Layout, paragraphs: list[Unit]) -> dict[int, str]:
    """Each heading block's whole heading, folded: "VI. TỔ CHỨC" and "THỰC HIỆN" are one."""
    folded = layout.text.folded
    out: dict[int, str] = {}
    for unit in paragraphs:
        if unit.first.kind == "heading" or any(b.kind == "heading" for b in unit.blocks):
            whole = folded[unit.first.start:unit.end]
            out.update((b.index, whole) for b in unit.blocks)
    return out


def _in_directive_part(layout: Layout, block: Block, heading_text: dict[int, str], *, named: bool = False) -> bool:
    """True under a heading about tasks or implementation, or under none of results; with
    ``named``, only under a heading that names tasks, implementation or requests."""
    folded = layout.text.folded
    # a heading's name is in its first words: a numbered point that runs on is no section name
    headings = [heading_text.get(h.index, folded[h.start:h.end])[:_HEADING_NAME] for h in layout.parent_headings(block)]
    results = any(_RESULTS_HEADING.search(h) for h in headings)
    if named:
        # the nearest heading that tells decides: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" reports, and
        # its headings name who did what
        for h in reversed(headings):
            if _RESULTS_HEADING.search(h):
                return False
            if _DIRECTIVE_HEADING.search(h) or _REQUESTS_HEADING.search(h):
                return True
        return False
    return any(_DIRECTIVE_HEADING.search(h) for h in headings) or not results


def _mid_phrase(text: str, folded: str, found: BodyList) -> bool:
    """A name read up to a capitalised word that a lower-case word continues ("Ban Quản" of
    "Ban Quản lý dự án ..."): where the name ends is unknown, so no body is read."""
    end = found.end
    if _bare(folded, found.bodies[-1][0], end, plural=True) and _continued(text, folded, end):
        return True  # "Đơn vị sự nghiệp": a common noun that the next word goes on
    last = _LAST_WORD.search(text, found.bodies[-1][0], end)
    if not last or not last.group(0)[:1].isupper() or not text[end:end + 1].isspace():
        return False
    # "vụĐảng", "chủtrì": words run together by PDF extraction tell nothing
    return _continued(text, folded, end)


def _continued(text: str, folded: str, end: int) -> bool:
    """A lower-case word that opens no task follows ``end``."""
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group(1)[:1].islower() and is_syllable(nxt.group(1))
                and not _opener_pattern().match(folded, nxt.start(1)))


_LAST_WORD = regex.compile(r"\S+$")
_NEXT_WORD = regex.compile(r"[ \n]+(\p{L}+)")


@lru_cache(maxsize=1)
def _opener_pattern() -> re.Pattern[str]:
    words = sorted(load("bodies")["task_openers"]["words"], key=len, reverse=True)
    alts = "|".join(_words(w) for w in words)
    return re.compile(rf"(?:{alts}){_NOT_LETTER}")


# Labelled forms: "1. Sở Tài chính" over its tasks, "Phòng Kế hoạch - Tổng hợp: Là đầu mối ...",
# "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: ..."
_LABEL_MAX = 200
_HEADING_NAME = 100
_LEAD_LABEL = regex.compile(r"(?:(?:đơn vị|cơ quan|bộ phận)\s+)?(?:chủ trì|thực hiện|tham mưu|được giao)(?:\s+thực hiện)?")
_PARTNER_LABEL = regex.compile(r"(?:(?:đơn vị|cơ quan|bộ phận)\s+)?phối hợp(?:\s+thực hiện)?")
_LABEL_TRIGGER = regex.compile(r"(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s+")
_CLAUSE_STOP = regex.compile(r"[;.]")
_EMBEDDED_ITEM = regex.compile(r"(?<=\s)[a-zđ]\)\s")


def labelled_assignment(layout: Layout, paragraphs: list[Unit], n: int) -> list[Assignment] | None:
    """The assignment of a paragraph that labels its bodies; None when it labels none.

    An empty list is a label that assigns nothing ("Đơn vị phối hợp: ...": partners only).
    """
    text, folded = layout.text.text, layout.text.folded
    unit = paragraphs[n]
    s, e = trimmed(text, unit.start, unit.end)
    heading = unit.first.kind == "heading" and unit.first.marker is not None
    # "Sở X a) Chủ trì ...": a line break lost before the first item joined it to the heading
    item = _EMBEDDED_ITEM.search(text, s, min(e, s + _LABEL_MAX)) if heading else None
    colon = text.find(":", s, min(item.start() if item else e, s + _LABEL_MAX))
    if colon >= 0:
        return _colon_label(layout, unit, s, colon, e)
    if not heading:
        return None
    if item:
        label_end, task = item.start(), trimmed(text, item.start(), e)
    else:
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if e - s > _LABEL_MAX or nxt is None or nxt.first.zone != "body" \
                or (nxt.first.kind == "heading" and nxt.first.level <= unit.first.level):
            return None  # a heading that stands over no tasks of its own
        label_end, task = e, trimmed(text, nxt.start, nxt.end)
    return _named(text, folded, s, label_end, task, e)


def _colon_label(layout: Layout, unit: Unit, s: int, colon: int, e: int) -> list[Assignment] | None:
    """'Sở Tài chính: chủ trì ...', 'Đơn vị chủ trì: Phòng X; Đơn vị phối hợp: Phòng Y'."""
    text, folded = layout.text.text, layout.text.folded
    if _LEAD_LABEL.fullmatch(folded, s, colon):
        stop = _CLAUSE_STOP.search(text, colon + 1, e)
        names = label_bodies(text, folded, colon + 1, stop.start() if stop else e)
        task = _parent_task(layout, unit.first)
        return [_assignment(names, text, task, "chủ trì", s, e)] if names and task else None
    if _PARTNER_LABEL.fullmatch(folded, s, colon):
        return []
    if text.count("(", s, colon) > text.count(")", s, colon) or ";" in text[s:colon] or not text[s].isupper():
        return None  # inside a bracket ("(gồm: ...)"), after a clause, or in a line's middle
    return _named(text, folded, s, colon, trimmed(text, colon + 1, e), e)


def _named(text: str, folded: str, s: int, label_end: int, task: tuple[int, int], e: int) -> list[Assignment] | None:
    trigger = _LABEL_TRIGGER.match(folded, s, label_end)
    names = label_bodies(text, folded, trigger.end() if trigger else s, label_end)
    if not names or task[1] <= task[0]:
        return None
    return [_assignment(names, text, task, "đề mục", s, e)]


def _assignment(names: list[str], text: str, task: tuple[int, int], trigger: str, start: int,
                end: int) -> Assignment:
    return Assignment(bodies=names, task=squash(text[task[0]:task[1]]), trigger=trigger,
                      span=Span(start=start, end=max(end, task[1])))


def _parent_task(layout: Layout, block: Block) -> tuple[int, int] | None:
    """The heading a labelled line stands under names its task."""
    parents = layout.parent_headings(block)
    if not parents:
        return None
    return trimmed(layout.text.text, parents[-1].content_start, parents[-1].end)


def label_bodies(text: str, folded: str, start: int, end: int) -> list[str] | None:
    """The bodies of a label that holds nothing else: each part opens with a body's head word,
    and a part that does not ("Phát thanh" of "Báo và Phát thanh, Truyền hình") goes on the
    part before it; None when the label does not open with a body."""
    start, end = trimmed(text, start, end)
    if end <= start:
        return None
    found = read_bodies(text, folded, start, end)
    if found and found.end >= end:
        return _names(text, found)
    parts: list[list[int]] = []
    pos = start
    for sep in [*_SEPARATOR.finditer(folded, start, end), None]:
        piece_end = sep.start() if sep else end
        if piece_end > pos:
            if _opens_body(text, folded, pos, end) and not _LEAD_LABEL.match(folded, pos):
                parts.append([pos, piece_end])
            elif parts:
                parts[-1][1] = piece_end
            else:
                return None
        pos = sep.end() if sep else end
    if any(_label_verb_pattern().search(folded, a, b) or _is_clause(text, folded, a, b) for a, b in parts):
        return None  # a clause with its verb, not a list of names
    return _share_locality([squash(text[a:b]) for a, b in parts]) or None


def _is_clause(text: str, folded: str, start: int, end: int) -> bool:
    """'Ban Chấp hành Đảng bộ thành phố nhất trí cao thông qua': a body, then its verb."""
    found = read_bodies(text, folded, start, end)
    if not found or found.end >= end:
        return False
    nxt = _NEXT_WORD.match(text, found.end, end)
    if nxt is None:
        return False
    if _OWN_DECISION.match(folded, nxt.start(1)) or _label_verb_pattern().match(folded, nxt.start(1)):
        return True
    # a name complete in itself ("... tỉnh Lâm Đồng ban hành"), then a verb; "các tổ chức cung
    # cấp dịch vụ" is one name, its verb inside it
    last = _LAST_WORD.search(text, found.bodies[-1][0], found.end)
    complete = last is not None and (last.group(0)[:1].isupper() or _ENDS_IN_LOCALITY.search(folded, 0, found.end))
    return bool(complete) and _opener_pattern().match(folded, nxt.start(1)) is not None


def _opens_body(text: str, folded: str, start: int, end: int) -> bool:
    """A body's name opens at ``start``: a head word the reader takes ("Ban hành" it does not),
    or a generic head joined by "và" to a name ("Báo và Phát thanh, Truyền hình")."""
    head = _head_pattern().match(folded, start, end)
    if not head:
        return False
    return read_bodies(text, folded, start, end) is not None or _AND.match(folded, head.end(), end) is not None


_AND = regex.compile(r"\s+và\s+")


@lru_cache(maxsize=1)
def _label_verb_pattern() -> regex.Pattern[str]:
    words = sorted(load("bodies")["task_openers"]["label_verbs"], key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}])")
