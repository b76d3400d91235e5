"""Numbered indicators (chỉ tiêu) and their targets.

How a list of indicators is found in the Layout:

1. Markers: "(1)" at the start of a line ("(1).", "- (13).", OCR's "(l)" and "(I)") or
   inside a paragraph after a space or punctuation ("Về chỉ tiêu kinh tế: (1) ...; (2) ...");
   "1)" and "1." inside a paragraph right after ":" or ";"; and "1." lines standing under a
   heading about chỉ tiêu (an indicator appendix).
2. Lists: markers numbered one after the other, across paragraphs. A marker continues the
   latest list that stops just below it, so a "(7)" cited inside item (2) is text.
3. Each run of a list under one heading and lead-in is judged on its own: it holds
   indicators when that heading or lead-in speaks of chỉ tiêu, or when most of its items
   carry a target figure; never when it speaks of results achieved (kết quả, đã đạt). A list
   of tasks ("(1) Làm tốt công tác xây dựng Đảng ...") under a heading about nhiệm vụ, giải
   pháp has neither and is left alone.
4. An item runs to the next marker; an item ending in ":" ("..., trong đó:") takes the bullets
   below it, and a line starting in lower case continues it.
5. ``group`` is the lead-in before the markers or the heading above; ``name`` is the item's
   first clause without its figures, notes and baseline (``phrases.measures.name_of``: a counted
   noun that is part of the phrase, "Kết nạp 125 - 130 đảng viên", stays); targets come from
   ``phrases.figures.find_figures``, taken from the document's ``Mentions``.

Bullets with a figure under a chỉ tiêu heading or lead-in become indicators with ``number``
null; so do targets listed or named in running text (press reports). Each is handed over as
an ``Indicator`` record whose targets are the figures read (``phrases.figures.Figure``), and
``assemble`` builds their output.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal

import regex

from ..lexicon import alternation, figures, results
from ..mentions import Mentions
from ..normalize import fold
from ..ocr import OCR_DIGITS
from ..phrases.figures import Figure, grammar
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.measures import fallback_name, name_of, named_before
from ..phrases.text import literal_starts, matches_at, sentences, squash
from ..records import At, record
from ..segment import Block, Layout, heading_roles
from .structures import TRAILING_LINK, join_structures

# "(1)" after a space or punctuation; "1)" and "1." (before a capital) only right after ":" or ";"
# ("Các chỉ tiêu môi trường: 7. Tỷ lệ ...; 8. Tỷ lệ ...")
_INLINE_MARKER = regex.compile(
    r"(?<![^\s:;.,])\([ ]?(?P<n>[0-9lIO]{1,3})[ ]?\)[ ]*\.?[ ]*"
    r"|(?<=[:;][ ]?)(?P<n>\d{1,2})(?:\)[ ]+|\.[ ]+(?=\p{Lu}))")
_LINE_MARKER = lazy(r"(?:[-–+•][ ]*)?\([ ]?(?P<n>[0-9lIO]{1,3})[ ]?\)[ ]*\.?[ ]*")
_TRAILING_NOTE = lazy(r"[ ]*\([^()]*\)[ ]*:?[ ]*$")
_LETTER_NUMBERING = regex.compile(r"^\p{Lu}[.)][ ]+")
_LETTER = regex.compile(r"\p{L}")
_CLAUSE_CUT = lazy(r"[;.!?](?:[ ]|$)")
_SENTENCE_END = lazy_regex(r"(?:[.!?](?=[ ]+[\p{Lu}\d\W])|…|\.{3}|[.!?]?[ ]*$)", regex.MULTILINE)
_SENTENCE_START = lazy(r"(?:^|[.!?…][ ]+)(?=[^.!?…]*$)")
_PROSE_COLON = re.compile(r":(?!\d)")
_MIN_PROSE_ITEMS = 2
# a few words and a comma that link a paragraph to the one before ("Đồng thời,", "Bên cạnh đó,")
_LINK_WORDS = lazy_regex(r"(?:\p{L}+[ ]){0,2}\p{L}+,[ ]+")
# a count of targets, "12 chỉ tiêu", "19/24 chỉ tiêu": a verdict before it reports results
_TARGET_COUNT = re.compile(r"(?<![\w,.])\d+(?:/\d+)?[ ]+(?:chỉ tiêu|mục tiêu)")
_COUNTED = ("chỉ tiêu", "mục tiêu")  # what a count counts: the pattern is tried only where one stands
_AIM = "phấn đấu "  # the aim of a sentence that lists its targets after it
_MIN_AIM_ITEMS = 3
# a horizon opening a sentence that lists targets: "Cụ thể, đến năm 2025, 100% ...; 40% ..."
_HORIZON_LEAD = lazy(
    r"(?m)(?:^|(?<=[.!?…;][ ]))[ ]*(?:[^\W\d]+[ ,]+){0,3}?(?:đến|tới)[ ]+(?:cuối[ ]+)?năm[ ]+(?:19|20)\d\d[ ]*,[ ]*")
# the part of a horizon that names the year: a paragraph without it is not searched for the whole
_HORIZON_YEAR = re.compile(r"(?:đến|tới)[ ]+(?:cuối[ ]+)?năm[ ]+(?:19|20)\d\d[ ]*,")
# the horizon after the words that open a named target: "mục tiêu đến năm 2025, tối thiểu 90% ..."
_HORIZON_AFTER_LEAD = re.compile(r"(?:(?:đến|tới|trong|vào)[ ]+)?(?:cuối[ ]+)?năm[ ]+(?:19|20)\d\d[ ]*,[ ]*")
_SENTENCE_CUT = lazy_regex(r"\.[ ]+(?=[\p{Lu}\d])")
_TIME_ONLY = lazy(r"(?:đến|tới|vào|trong|cuối|năm|giai đoạn|nhiệm kỳ|[-–\d ,.])*")
_PROSE_STOP = re.compile(r"[;:(]|[.!?…](?=[ ]|$)|,[ ]+(?=\D)")
_TIME_LEAD = lazy(r"[ ]*(?:đến|tới|vào|trong|riêng|cuối)?[ ]*(?:năm|giai đoạn|nhiệm kỳ)(?!\w)")
# what the lead's verb does to the figure, with no word that leads it: "phấn đấu giải ngân 100%
# kế hoạch vốn", "mục tiêu đào tạo được 7.500 nhân lực"
_VERB_LED = regex.compile(r"(?:\p{Ll}+[ ]){1,3}")
_MAX_LEAD_IN = 160
_MAX_SHORT_LEAD_IN = 60
_MAX_CONTINUATION = 12
_MAX_WRAPPED_LINES = 4
_MAX_LOOK_BACK = 40


@record(slots=True)
class Indicator:
    """An indicator as read: its targets are the figures of its text (``assemble`` builds the
    output model, taking the text of every span from the normalized text)."""

    number: int | None
    group: str | None
    name: str
    at: At
    targets: tuple[Figure, ...]
    source: Literal["text", "table"] = "text"


def _read(number: int | None, group: str | None, name: str, start: int, end: int,
          figures: Iterable[Figure]) -> Indicator:
    return Indicator(number=number, group=group, name=name, at=At(start, end), targets=tuple(figures))


# ---- markers and lists


@record
class _Marker:
    number: int
    block: int
    start: int  # where the marker is written
    content: int  # where the item's own text starts
    line_start: bool
    heading: bool = False


@dataclass
class _Item:
    marker: _Marker
    start: int
    end: int
    blocks: list[int] = field(default_factory=list)
    lead_in: str | None = None
    lead_tail: str | None = None  # the last clause of a lead-in too long to be a group
    lead_folded: str | None = None  # the lead-in (or its tail) folded, as its context is judged
    figures: list[Figure] = field(default_factory=list)


def _inline_markers(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``_INLINE_MARKER``'s matches in ``text[start:end]``, the pattern tried only where a
    marker can open: most lines have none of the marks it needs."""
    opens = _marker_openings(text)
    return matches_at(_INLINE_MARKER, text, opens[bisect_left(opens, start):bisect_left(opens, end)], start, end)


@lru_cache(maxsize=2)
def _marker_openings(text: str) -> tuple[int, ...]:
    """Where an inline marker can open, found once in the whole text: at each "(", and one or
    two characters after ":" or ";"."""
    found = set(literal_starts(text, ("(",)))
    for mark in literal_starts(text, (":", ";")):
        found.update((mark + 1, mark + 2))
    return tuple(sorted(found))


def _marker_number(raw: str) -> int | None:
    """'12' -> 12; OCR's 'l' or 'I' for 1 and 'O' for 0 ('(l)', '(1l)'); 'II' is not a number."""
    if any(c.isdigit() for c in raw):
        return int(raw.translate(OCR_DIGITS))
    return 1 if raw in ("l", "I") else None


def _markers(layout: Layout) -> list[_Marker]:
    text = layout.text.text
    found: list[_Marker] = []
    for block in layout.blocks:
        if block.zone == "footer":
            continue
        pos = block.start
        if block.kind == "item":
            m = _LINE_MARKER.match(text, block.start, block.end)
            n = _marker_number(m.group("n")) if m else None
            if m and n is not None:
                found.append(_Marker(n, block.index, block.start, m.end(), True))
                pos = m.end()
        for m in _inline_markers(text, pos, block.end):
            n = _marker_number(m.group("n"))
            if n is not None:
                found.append(_Marker(n, block.index, m.start(), m.end(), m.start() == block.start))
    return found


def _chains(markers: list[_Marker]) -> list[list[_Marker]]:
    """Markers numbered one after the other. A marker continues the latest list that stops just
    below it, so a stray "(7)" inside item (2) does not break the list; else it opens a list."""
    chains: list[list[_Marker]] = []
    open_by_next: dict[int, list[_Marker]] = {}
    for m in markers:
        chain = open_by_next.pop(m.number, None)
        if chain is None:
            chain = []
            chains.append(chain)
        chain.append(m)
        open_by_next[m.number + 1] = chain
    return chains


def _heading_chains(layout: Layout, taken_blocks: set[int]) -> list[list[_Marker]]:
    """'1.', '2.' headings with the same parents, numbered one after the other."""
    by_parents: dict[tuple[int, ...], list[list[_Marker]]] = {}
    for block in layout.blocks:
        if (block.kind != "heading" or block.zone == "footer" or not block.marker
                or not block.marker.isdigit() or block.index in taken_blocks):
            continue
        marker = _Marker(int(block.marker), block.index, block.start, block.content_start, True, heading=True)
        lists = by_parents.setdefault(block.parents, [])
        if lists and lists[-1][-1].number + 1 == marker.number:
            lists[-1].append(marker)
        else:
            lists.append([marker])
    return [chain for lists in by_parents.values() for chain in lists]


# ---- items: extent, group, context


def _continues(block: Block, opens_list: bool, marker_blocks: set[int], prev: Block) -> bool:
    if block.index in marker_blocks or block.kind in ("heading", "item", "label"):
        return False
    if opens_list and block.kind == "bullet":
        return True
    if block.kind != "paragraph":
        return False
    if block.text.lstrip()[:1].isdigit():  # "... đạt" / "100%;": a figure wrapped onto its own line
        return not prev.text.rstrip().endswith((".", ";", ":", "!", "?"))
    first = _LETTER.search(block.text)
    return bool(first and first.group().islower())


def _items(layout: Layout, chain: list[_Marker], marker_blocks: set[int]) -> list[_Item]:
    text = layout.text.text
    blocks = layout.blocks
    items: list[_Item] = []
    for i, m in enumerate(chain):
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        block = blocks[m.block]
        if nxt is not None and nxt.block == m.block:
            items.append(_Item(m, m.content, nxt.start, [m.block]))
            continue
        item = _Item(m, m.content, block.end, [m.block])
        opens_list = text[item.start:item.end].rstrip().endswith(":")
        j = m.block + 1
        while j < len(blocks) and len(item.blocks) <= _MAX_CONTINUATION and blocks[j].zone == block.zone:
            if m.heading:
                if m.block not in blocks[j].parents or blocks[j].kind in ("heading", "item"):
                    break
            elif not _continues(blocks[j], opens_list, marker_blocks, blocks[j - 1]):
                break
            item.blocks.append(j)
            item.end = blocks[j].end
            j += 1
        items.append(item)
    return items


@lru_cache(maxsize=2048)  # a section's heading is the context of every list below it
def _clean_heading(text: str) -> str:
    """A group's name: no trailing note ("(tại Phụ lục kèm theo)"), no letter numbering ("A.")."""
    if ")" in text:  # the end-anchored pattern would be tried at every offset
        text = _TRAILING_NOTE.sub("", text)
    text = _LETTER_NUMBERING.sub("", text)
    return squash(text).strip(" :.-–")


def _heading_text(layout: Layout, block: Block, *, folded: bool = False) -> str:
    """A heading's words without its numbering, up to a list that runs on in the same line
    (OCR joins "(l). ..." to the heading above it); with ``folded``, the same words folded."""
    text = layout.text.text
    end = block.end
    for m in _inline_markers(text, block.content_start, block.end):
        if _marker_number(m.group("n")) is not None:
            end = m.start()
            break
    else:
        end = _wrapped_heading_end(layout, block)
    return _clean_heading((layout.text.folded if folded else text)[block.content_start:end])


def _wrapped_heading_end(layout: Layout, block: Block) -> int:
    """The end of a heading hard-wrapped over lines ("1. Phát triển" / "kinh tế số đến năm 2030"):
    the lines below it that start in lower case, while the heading stays short."""
    end = block.end
    j = block.index + 1
    while j < len(layout.blocks):
        nxt = layout.blocks[j]
        first = nxt.text.lstrip()[:1]
        if (nxt.kind != "paragraph" or block.index not in nxt.parents or not (first.islower() or first.isdigit())
                or layout.text.text[block.content_start:end].rstrip().endswith((".", ":", ";"))
                or nxt.end - block.content_start > _MAX_LEAD_IN):
            break
        end = nxt.end
        j += 1
    return end


def _lead_in(layout: Layout, item: _Item, chain_blocks: set[int]) -> str | None:
    """The words that introduce a list: before the first marker of its paragraph, or the short
    paragraph ending in ':' just above its first line."""
    text = layout.text.text
    block = layout.blocks[item.marker.block]
    if not item.marker.heading:
        first = min(_block_markers(layout, item), default=item.marker.start)
        lead = text[block.content_start if block.kind in ("heading", "bullet") else block.start:first].strip(" -–+•")
        if lead:
            # a lead-in ends in ':' ("Về chỉ tiêu kinh tế: (1) ..."), or is a short label on its own
            fits = len(lead) <= _MAX_SHORT_LEAD_IN or (lead.endswith(":") and len(lead) <= _MAX_LEAD_IN)
            return _clean_heading(lead) if fits else None
    j = item.marker.block - 1
    while j >= 0 and j in chain_blocks:
        j -= 1
    if j < 0:
        return None
    prev = layout.blocks[j]
    if prev.kind == "heading" and prev.index not in block.parents:
        return _heading_text(layout, prev)  # a title the layout did not open as a section (in the header)
    if (prev.kind in ("paragraph", "bullet") and _short_lead_in(prev.text) and prev.parents == block.parents):
        return _clean_heading(text[prev.content_start:prev.end])
    return None


def _long_lead_tail(layout: Layout, index: int) -> str | None:
    """The last clause of a long paragraph ending in ':' just above a list: too long to name
    the list's group, it still says what the list holds ("..., các nội dung này được cụ thể hóa
    bằng các chỉ tiêu cụ thể như sau:")."""
    if index < 0:
        return None
    block = layout.blocks[index]
    stripped = block.text.rstrip()
    if block.kind != "paragraph" or not stripped.endswith(":") or _short_lead_in(stripped):
        return None
    return _CLAUSE_CUT.split(stripped)[-1][-_MAX_LEAD_IN:]


def _short_lead_in(line: str) -> bool:
    """A short line ending in ':' that names the list below it ("11 chỉ tiêu kinh tế gồm:"); one
    that starts in lower case is the last line of a hard-wrapped paragraph, whose tail only says
    what the list holds."""
    stripped = line.strip()
    first = None if stripped[:1].isdigit() else _LETTER.search(stripped)
    if "," in stripped and stripped[:-1].rstrip().lower().endswith("như sau"):
        return False  # a sentence whose last clause points at the list, whatever its line breaks
    return stripped.endswith(":") and len(stripped) <= _MAX_LEAD_IN and not (first and first.group().islower())


def _block_markers(layout: Layout, item: _Item) -> Iterable[int]:
    """Start of every inline list marker in the item's first block (the lead-in ends at the first)."""
    text = layout.text.text
    block = layout.blocks[item.marker.block]
    for m in _INLINE_MARKER.finditer(text, block.start, item.marker.start + 1):
        if _marker_number(m.group("n")) is not None:
            yield m.start()


def _nearest_heading(layout: Layout, block: Block, exclude: set[int]) -> Block | None:
    for i in reversed(block.parents):
        if i not in exclude:
            return layout.blocks[i]
    return None


@cache
def _context_words() -> dict[str, tuple[str, ...]]:
    words = figures().list_context
    return {k: tuple(fold(w) for w in v) for k, v in words.items()}


@cache
def _named_target() -> regex.Pattern[str]:
    """The words that open one target named in running text, not a count of them ("các chỉ tiêu")."""
    words = _context_words()
    return regex.compile(rf"(?<![\w])(?<!các[ ]|những[ ]){alternation(words['target_leads'])}[ ]+")


@cache
def _count_lead() -> re.Pattern[str]:
    """A count of targets that goes on to name them: "xác định 17 chỉ tiêu chủ yếu, như tốc độ
    tăng trưởng ... từ 7,5-8%; ...", "23 chỉ tiêu/nhóm chỉ tiêu, trong đó, GRDP tăng 7,5%; ...",
    "20 chỉ tiêu trên các lĩnh vực trong đó phấn đấu ...", and a count qualified right before the
    first of a list of clauses ("một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng 10-12%; ...")."""
    words = _context_words()
    count = (rf"(?:\d+|{alternation(words['count_quantifiers'])})[ ]+(?:nhóm[ ]+)?(?:{'|'.join(_COUNTED)})"
             r"(?:[ ]*/[ ]*nhóm[ ]+chỉ tiêu)?")
    # what stands between names no figure ("31 chỉ tiêu với 5 nhiệm vụ trọng tâm, trong đó")
    # ... or in the next sentence ("thông qua 21 chỉ tiêu chủ yếu của năm 2021. Trong đó, ...")
    linked = (rf"(?:[^.;:!?%]{{0,60}}?(?:,[ ]*|[ ]+)|[^.;:!?%]{{0,200}}?\.[ ]+)"
              rf"(?:{alternation(words['count_links'])})(?!\w)[ ]*[,:]?[ ]*")
    # the first clause runs to a ";" with no ":" or sentence end before it: a list, not a lead-in
    qualified = rf"[ ]+{alternation(words['count_qualifiers'])}[ ]+(?=[^\W\d_][^:.;!?]*;)"
    return re.compile(rf"(?<![\w,./]){count}(?:{linked}|{qualified})")


@cache
def _verdict_after_count() -> re.Pattern[str]:
    """Targets said to be met right after they are named: "nhiều chỉ tiêu đạt khá", "các chỉ
    tiêu chủ yếu đều đạt và vượt": a report of results, whatever list follows."""
    verdicts = [w for verdict in results().verdicts.values() for w in verdict]
    return re.compile(rf"(?<!\w)(?:{'|'.join(_COUNTED)})(?:[ ]+[^\W\d_]+){{0,3}}?[ ]+(?:đều[ ]+)?"
                      rf"(?:{alternation(verdicts)}|đạt)(?!\w)")


def _met_after_count(lead: str) -> bool:
    """``_verdict_after_count`` in a lead that has no word of a plan ("phấn đấu", "dự kiến")."""
    return bool(_verdict_after_count().search(lead)) and not any(w in lead for w in _plan_words())


@cache
def _plan_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in results().plan_words)


@cache
def _shortfall() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(_context_words()['shortfall'])}[ ]*\Z")


def _target_figures(mentions: Mentions, start: int, end: int) -> list[Figure]:
    """The figures of ``text[start:end]`` that state a target: not one said to be unmet ("Chưa
    đủ 100% trường ...", "chưa có ít nhất 1 trường ..."), a criterion still missing."""
    folded = mentions.layout.text.folded
    # "17 chỉ tiêu về văn hóa - xã hội": a count of targets, no target
    return [f for f in mentions.figures(start, end)
            if not _shortfall().search(folded, max(start, f.start - _MAX_SHORT_LEAD_IN), f.start)
            and not (f.base_unit or "").endswith(_COUNTED)]


def _context_score(folded: Iterable[str], *, targets: bool = False) -> int:
    """What the nearest heading or lead-in that decides (each folded) says of the list below it: +1 chỉ tiêu,
    -1 tasks only, -2 results achieved (not targets); 0 when none decides. With ``targets``, a
    heading that sets targets ("Mục tiêu", "... đến năm 2030", "Phấn đấu ...") counts as chỉ
    tiêu: a bullet with a figure under it states a target."""
    words = _context_words()
    for f in folded:
        roles = heading_roles(f)
        indicator = "targets" in roles or (
            targets and any(w in f for w in words["target"]))
        task, result = "tasks" in roles, "results" in roles
        plan = any(w in f for w in words["plan"])
        if result and not plan:
            return -2
        if indicator and not task and not result:
            return 1
        if task and not indicator:
            return -1
    return 0


def _contexts(layout: Layout, item: _Item, exclude: set[int]) -> Iterator[str]:
    """The item's lead-in, then the headings above it, nearest first (read only as far as
    needed), folded."""
    if item.lead_folded:
        yield item.lead_folded
    folded = layout.text.folded
    for i in reversed(layout.blocks[item.marker.block].parents):
        if i not in exclude:
            heading = layout.blocks[i]
            # "I. Về kinh tế (11 chỉ tiêu)": the note the group's name drops tells what it holds
            note = _TRAILING_NOTE.search(folded, heading.content_start, heading.end) if folded.endswith(
                ")", heading.content_start, heading.end) else None
            yield _heading_text(layout, heading, folded=True) + (note.group() if note else "")


# ---- the extractor


def extract_indicators(layout: Layout, mentions: Mentions) -> list[Indicator]:
    chains = [c for c in _chains(_markers(layout)) if len(c) >= 2 or c[0].line_start]
    chains.sort(key=lambda c: c[0].start)
    inline_blocks = {m.block for c in chains for m in c}
    line_blocks = {m.block for c in chains for m in c if m.line_start}
    indicators: list[Indicator] = []
    heading_items: set[int] = set()
    covered: set[int] = set()
    for chain in _heading_chains(layout, inline_blocks):
        found = _read_list(layout, mentions, chain, line_blocks, set(), covered)
        heading_items.update(m.block for m in chain if found)
        indicators += found
    for chain in chains:
        indicators += _read_list(layout, mentions, chain, line_blocks | heading_items, heading_items, covered)
    indicators += _unnumbered(layout, mentions, covered | inline_blocks, heading_items)
    prose = list(_prose_blocks(layout, covered | inline_blocks))
    indicators += _listed_in_prose(layout, mentions, prose)
    indicators += _named_in_prose(layout, mentions, prose, indicators)
    indicators.sort(key=lambda ind: ind.at.start)
    return join_structures(layout, indicators)


def _read_list(layout: Layout, mentions: Mentions, chain: list[_Marker], stop_blocks: set[int],
               headings: set[int], covered: set[int]) -> list[Indicator]:
    """The chain's items that are indicators; the blocks they take are added to ``covered``.

    A numbered list can run on across sections ("I. Kết quả ... (5)", "II. Chỉ tiêu ... (6)"),
    so each run of items under the same heading and lead-in is judged on its own.
    """
    items = _items(layout, chain, stop_blocks)
    chain_blocks = {b for it in items for b in it.blocks}
    previous: _Item | None = None
    runs: list[list[tuple[_Item, int, bool]]] = []
    last_key: tuple[str | None, int | None] | None = None
    for item in items:
        block = layout.blocks[item.marker.block]
        # whether the item carries a figure of its own needs its first line only (with the lines
        # it was hard-wrapped onto); the whole item, which for a section can be pages long, is
        # read only if the run holds indicators
        first_line_end = _first_line_end(layout, item)
        item.figures = mentions.figures(item.start, first_line_end)
        item.lead_in = _lead_in(layout, item, chain_blocks)
        item.lead_tail = None if item.lead_in else _long_lead_tail(layout, item.marker.block - 1)
        if (item.lead_in is None and previous is not None and item.marker.line_start
                and block.parents == layout.blocks[previous.marker.block].parents):
            item.lead_in = previous.lead_in  # the list goes on under the same lead-in
            item.lead_tail = item.lead_tail or previous.lead_tail
        lead = item.lead_in or item.lead_tail
        same = previous is not None and lead == (previous.lead_in or previous.lead_tail)
        item.lead_folded = previous.lead_folded if same and previous else fold(lead) if lead else None
        previous = item
        score = _context_score(_contexts(layout, item, headings))
        own = any(f.start < first_line_end for f in item.figures)
        heading = _nearest_heading(layout, block, headings)
        key = (item.lead_in, heading.index if heading is not None else None)
        if key != last_key:
            runs.append([])
            last_key = key
        runs[-1].append((item, score, own))
    chain_ratio = sum(own for run in runs for _, _, own in run) / len(items)
    chain_positive = any(score > 0 for run in runs for _, score, _ in run)
    found: list[Indicator] = []
    for run in runs:
        if _is_indicator_run(chain, [score for _, score, _ in run], sum(own for _, _, own in run) / len(run),
                             chain_ratio, chain_positive):
            for item, _, _ in run:
                covered.update(item.blocks)
                if item.end > layout.blocks[item.marker.block].end:
                    item.figures = mentions.figures(item.start, item.end)
                found.append(_indicator(layout, item, headings))
    return found


def _first_line_end(layout: Layout, item: _Item) -> int:
    """Where the item's first line ends, taking the lines a hard wrap put below it."""
    end = min(item.end, layout.blocks[item.marker.block].end)
    prev = layout.blocks[item.marker.block]
    for j in item.blocks[1:_MAX_WRAPPED_LINES]:
        nxt = layout.blocks[j]
        if nxt.kind != "paragraph" or nxt.blank_before or not _wrapped(prev.text, nxt.text):
            break  # a blank line ends the item's first line: what follows is a paragraph of its own
        end, prev = min(item.end, nxt.end), nxt
    return end


def _is_indicator_run(chain: list[_Marker], scores: list[int], ratio: float, chain_ratio: float,
                      chain_positive: bool) -> bool:
    """Whether a run of a numbered list holds indicators, from what its heading or lead-in says
    (``scores``) and the share of its items that carry a figure of their own (``ratio``)."""
    if min(scores) <= -2:
        return False  # what was achieved, not what is planned
    if chain[0].heading:
        # "1." lines are a document's own sections unless they stand under a chỉ tiêu heading
        return max(scores) > 0 and ratio >= 0.5
    if max(scores) > 0 or (chain_positive and min(scores) == 0):
        return True
    if len(chain) < 2:
        return False
    share = ratio if len(scores) >= 2 else chain_ratio
    return share >= (0.8 if min(scores) < 0 else 0.6)


def _indicator(layout: Layout, item: _Item, headings: set[int]) -> Indicator:
    text = layout.text.text
    start, end = item.start, item.end
    while end > start and text[end - 1] in " ;,.\n":
        end -= 1
    block = layout.blocks[item.marker.block]
    group = item.lead_in
    if group is None:
        heading = _nearest_heading(layout, block, headings)
        group = _heading_text(layout, heading) if heading is not None else None
    name = name_of(text, start, end, item.figures) or fallback_name(text, start, end, item.figures)
    return _read(item.marker.number, group or None, name, start, end, item.figures)


def _unnumbered(layout: Layout, mentions: Mentions, covered: set[int], headings: set[int]) -> list[Indicator]:
    """Bulleted ("- ", "+ ", "•") and lettered ("a)") items with a figure standing under a
    heading or lead-in that sets targets; a results section ("Kết quả ...") gives none."""
    text, folded = layout.text.text, layout.text.folded
    found: list[Indicator] = []
    scores: dict[tuple[int, tuple[int, ...]], int] = {}  # entries of one list share their context
    taken: set[int] = set()
    for block in layout.blocks:
        if not _is_entry(block) or block.index in covered or block.index in taken:
            continue
        key = (_list_head(layout, block, headings), block.parents)
        if key not in scores:
            scores[key] = _context_score((t for t, _ in _context_above(layout, block, headings, folded=True)),
                                         targets=True)
        if scores[key] <= 0:
            continue  # decided before reading the figures: most bullets stand under no chỉ tiêu
        blocks = _entry_blocks(layout, block)
        start, end = block.content_start, layout.blocks[blocks[-1]].end
        figures = _target_figures(mentions, start, end)
        if not figures or _reports_result(folded[start:end]):
            continue
        taken.update(blocks)
        group = next((t for t, groupable in _context_above(layout, block, headings) if t and groupable), None)
        found += [_read(None, group, name_of(text, s, e, fs) or fallback_name(text, s, e, fs), s, e, fs)
                  for s, e, fs in _entry_pieces(text, folded, start, _trim_end(text, start, end), figures)]
    return found


def _reports_result(folded: str) -> bool:
    """An entry that says what was done ("ước đạt 92% dự toán") states no target ("nhà nước
    đạt 90%" is no "ước đạt": whole words only)."""
    return bool(_result_words().search(folded))


@cache
def _count_met() -> regex.Pattern[str]:
    """A verdict or an achievement just before a count of targets: "đạt", "vượt", "không hoàn
    thành" 19 chỉ tiêu."""
    words = [*(w for verdict in results().verdicts.values() for w in verdict), *results().achieved_words]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?:[ ]+\S+){{0,2}}[ ]*$")


@cache
def _result_words() -> re.Pattern[str]:
    words = _context_words()
    estimated = rf"{alternation(words['estimate'])}[ ]+{alternation(words['estimated'])}"  # "ước đạt", "ước thực hiện"
    return re.compile(rf"(?<!\w)(?:{alternation(words['result_in_text'])}|{estimated})(?!\w)")


def _is_entry(block: Block) -> bool:
    """A bullet, or a lettered item ("a)", "đ)"), which the layout opens as a heading."""
    if block.zone not in ("body", "appendix"):
        return False
    if block.kind == "bullet":
        return True
    marker = block.marker or ""
    return block.kind == "heading" and len(marker) == 1 and marker.isalpha() and marker.islower()


def _entry_blocks(layout: Layout, block: Block) -> list[int]:
    """The entry's own line and the lines that continue it: a lettered item's paragraphs, a
    bullet's hard-wrapped lines (the line above ends mid-sentence, or this one starts in lower
    case or with a figure); an entry ending in ':' ("..., trong đó:") takes the bullets below."""
    blocks = [block.index]
    opens_list = block.text.rstrip().endswith(":")
    j = block.index + 1
    while j < len(layout.blocks) and len(blocks) <= _MAX_CONTINUATION:
        nxt, prev = layout.blocks[j], layout.blocks[blocks[-1]]
        if nxt.zone != block.zone:
            break
        if block.kind == "heading":
            belongs = block.index in nxt.parents and (nxt.kind == "paragraph" or (opens_list and nxt.kind == "bullet"))
        elif opens_list and nxt.kind == "bullet":
            belongs = nxt.parents == block.parents
        else:
            belongs = nxt.kind == "paragraph" and nxt.parents == block.parents and _wrapped(prev.text, nxt.text)
        if not belongs:
            break
        blocks.append(j)
        j += 1
    return blocks


def _wrapped(line: str, nxt: str) -> bool:
    """Whether ``nxt`` goes on with the sentence of ``line`` (a hard-wrapped line); not a lead-in
    of a list of its own ("8 chỉ tiêu xã hội gồm:" under a bullet a web page left without its stop)."""
    first = nxt.lstrip()[:1]
    if not first.islower() and nxt.rstrip().endswith(":") and _short_lead_in(nxt):
        return False
    return not line.rstrip().endswith((".", ";", ":", "!", "?")) or first.isdigit() or first.islower()


def _list_head(layout: Layout, block: Block, headings: set[int]) -> int:
    """The nearest block above an entry that is not itself part of the list: what its context reads."""
    for j in range(block.index - 1, max(-1, block.index - _MAX_LOOK_BACK), -1):
        above = layout.blocks[j]
        sibling = _is_entry(above) and above.index not in block.parents
        if not (above.kind in ("bullet", "item") or j in headings or sibling or _in_entry(layout, above)):
            return j
    return -1


def _in_entry(layout: Layout, block: Block) -> bool:
    """A paragraph that continues the entry above it: a lettered item's own paragraphs, or a
    bullet's hard-wrapped lines."""
    j = block.index
    while j > 0 and layout.blocks[j].kind == "paragraph":
        here, prev = layout.blocks[j], layout.blocks[j - 1]
        if prev.kind == "heading":
            return _is_entry(prev) and prev.index in here.parents
        if prev.kind == "bullet" or (prev.kind == "paragraph" and not _lettered_child(layout, here)):
            if prev.parents != here.parents or not _wrapped(prev.text, here.text):
                return False
            if prev.kind == "bullet":
                return True
        j -= 1
    return False


def _lettered_child(layout: Layout, block: Block) -> bool:
    return bool(block.parents) and _is_entry(layout.blocks[block.parents[-1]])


def _context_above(layout: Layout, block: Block, headings: set[int], *,
                   folded: bool = False) -> Iterator[tuple[str, bool]]:
    """Headings and the lead-in paragraph above an entry, nearest first, then its section
    headings; each with whether it may name the entry's group (a long lead-in's last clause
    only says what the list holds). With ``folded``, the words are folded."""
    src = layout.text.folded if folded else layout.text.text
    for j in range(block.index - 1, max(-1, block.index - _MAX_LOOK_BACK), -1):
        above = layout.blocks[j]
        sibling = _is_entry(above) and above.index not in block.parents
        if above.kind in ("bullet", "item") or j in headings or sibling or _in_entry(layout, above):
            continue
        if above.kind == "heading":
            if above.index not in block.parents:
                break  # the section before this one: what it says is not said of this list
            yield _heading_text(layout, above, folded=folded), True
            continue
        if above.kind == "paragraph" and _short_lead_in(above.text):
            yield _clean_heading(src[above.start:above.end]), True
        else:
            tail = _long_lead_tail(layout, j)
            if tail:
                yield (fold(tail) if folded else tail), False
        break
    for i in reversed(block.parents):
        if i not in headings:
            yield _heading_text(layout, layout.blocks[i], folded=folded), True


def _listed_in_prose(layout: Layout, mentions: Mentions, prose: list[Block]) -> list[Indicator]:
    """Targets listed in running text, as press reports give them: after a colon that closes a
    sentence about chỉ tiêu or mục tiêu ("... 26 chỉ tiêu chủ yếu ... Điển hình như: A đạt 25%;
    B khoảng 35% GRDP; C đạt 7%/năm"), or after the horizon that opens a sentence ("Cụ thể, đến
    năm 2025, 100% dịch vụ công ...; 40% người dân ..."), each clause with a figure, where most
    clauses have one. A sentence that reports results ("đã đạt", "ước thực hiện", "còn thiếu
    2 chỉ tiêu") gives none."""
    text, folded = layout.text.text, layout.text.folded
    found: list[Indicator] = []
    open_list = -2  # the paragraph whose list of targets ran on to its end (none yet: not block 0 - 1)
    read: set[int] = set()  # where each list read starts: a count and a colon may open the same one
    figures_read: set[int] = set()
    for block in prose:
        block_mark = len(found)
        group = _section(layout, block)  # every reader below gives this paragraph's targets its group
        leads, least, going_on = list(_prose_leads(folded, block, mentions)), (_MIN_PROSE_ITEMS, 0.5), False
        if block.index == open_list + 1:
            # "Cụ thể, đến năm 2025, 100% A; 40% B." over "Tỷ lệ C đạt từ 50% trở lên; 80% D;":
            # a paragraph of figures after a list that ran to its end goes on with it, after the
            # word that links it ("Đồng thời, tăng 40% ...") or its own horizon ("Đến năm 2030, A ...")
            link = _LINK_WORDS.match(text, block.start, block.end)
            leads = leads or [(link.end() if link else block.start, False)]
            least, going_on = (1, 0.5), True
        for lead_end, strict in leads:
            lead_end = _skip_space(text, lead_end, block.end)
            if lead_end in read:
                continue
            read.add(lead_end)
            stop = _SENTENCE_END.search(text, lead_end, block.end)
            end = stop.start() if stop else block.end
            clauses = _clauses(text, lead_end, end)
            figures: list[list[Figure]] = []
            for s, e in clauses:
                figures.append(_target_figures(mentions, s, e))
                if strict and not figures[-1]:
                    break  # read no further: the figures of a clause are the costly part
            if len(figures) < len(clauses):
                continue
            items = [piece for (s, e), fs in zip(clauses, figures, strict=True)
                     for piece in _split_named(text, folded, s, e, fs)]
            if len(items) < max(least[0], least[1] * len(clauses), _aim_items(folded, block, lead_end) if strict else 0) or (
                    going_on and _reports_result(folded[lead_end:end])):
                continue
            found += _read_once(text, group, items, figures_read)
            end = _read_on(layout, mentions, block, group, end, figures_read, found)
            if not text[end:block.end].strip(" .…;"):
                open_list = block.index
        if block.kind == "paragraph" and not _table_cell(layout, block):
            # in running text, the aim's sentences the leads did not read ("... phấn đấu A đạt 10%.
            # B từ 50-60 triệu đồng."); a list's entry or a table's cell is one indicator, which its
            # lead reads whole
            # the figures the leads took in this paragraph: those of the indicators read since it began
            read_here = [t.start for ind in found[block_mark:] for t in ind.targets]
            found += _read_once(text, group, _aims_paragraph(layout, mentions, block, read_here), figures_read)
    return found


def _read_on(layout: Layout, mentions: Mentions, block: Block, group: str | None, end: int,
             figures_read: set[int], found: list[Indicator]) -> int:
    """The sentences after a list that ended at ``end`` that go on listing targets ("Cụ thể như: A
    đạt 9-10%; B 21-22%. Thu ngân sách đạt 15.903 tỷ đồng, GRDP bình quân đầu người đạt 62 triệu
    đồng."), each clause with a figure a word leads and no result reported; their indicators are
    added to ``found``. Returns where the last one read ends."""
    text, folded = layout.text.text, layout.text.folded
    while True:
        start = _skip_space(text, end + 1, block.end)
        stop = _SENTENCE_END.search(text, start, block.end) if start < block.end else None
        stop_at = stop.start() if stop else block.end
        if stop_at - start < _MIN_SENTENCE or _reports_result(folded[start:stop_at]):
            return end
        clauses = _clauses(text, start, stop_at)
        figures = [_led_figures(folded, _target_figures(mentions, s, e)) for s, e in clauses]
        if not all(figures):
            return end
        items = [piece for (s, e), fs in zip(clauses, figures, strict=True) for piece in _split_named(text, folded, s, e, fs)]
        found += _read_once(text, group, items, figures_read)
        end = stop_at


_MIN_SENTENCE = 10


def _table_cell(layout: Layout, block: Block) -> bool:
    """A cell of a table a web page wrote a cell to a line, between lines of "|"."""
    return block.index > 0 and layout.blocks[block.index - 1].text.strip() == "|"


def _read_once(text: str, group: str | None, items: list[Piece], figures_read: set[int]) -> list[Indicator]:
    """The indicators of ``items`` whose figures no list read before: a list inside another
    ("phấn đấu A đạt 7%; ... tỷ trọng là: B 42%, C 46%") is read once."""
    items = [(s, e, f) for s, e, f in items if not any(x.start in figures_read for x in f)]
    figures_read.update(x.start for _, _, f in items for x in f)
    return [_read(None, group, name_of(text, s, e, f) or fallback_name(text, s, e, f), s, e, f) for s, e, f in items]


_MIN_AIMED_SENTENCES = 2
_AIMED_SHARE = 0.6
_RUN_GAP = 3
_LINKED = lazy(r"(?:trong đó|cụ thể|đồng thời|bên cạnh đó)[ ]*,?[ ]*")


def _aims_paragraph(layout: Layout, mentions: Mentions, block: Block, read: Iterable[int] = ()) -> list[Piece]:
    """A paragraph whose aim opens a run of sentences of targets, as a press report of a council's
    session or a congress gives them ("Mục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập ... đạt
    621 tỉ đồng. ... Thu nhập bình quân đạt 59 triệu đồng/người/năm.", "Theo đó, huyện phấn đấu
    đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng. Doanh thu thương mại đạt 10.930 tỷ
    đồng."): from the sentence with the aim up to one that reports a result, each clause with a
    figure a word leads, where most of those sentences have one. ``read``: where the figures of the
    paragraph that another reader took start; the sentences that hold one count as read, and are
    not again."""
    text, folded = layout.text.text, layout.text.folded
    aims = _context_words()["aims"]
    if not any(folded.find(w + " ", block.start, block.end) >= 0 for w in aims):
        return []
    spans = list(sentences(text, block.start, block.end))
    opening = next((k for k, (s, e) in enumerate(spans) if any(w + " " in folded[s:e] for w in aims)), None)
    if opening is None or len(spans) - opening < _MIN_AIMED_SENTENCES:
        return []
    s, e = spans[opening]
    # the aim's sentence's targets come after it: "Mục tiêu tổng quát năm 2023 phấn đấu | ..."
    aim = max(folded.rfind(w + " ", s, e) + len(w) + 1 for w in aims if w + " " in folded[s:e])
    run = [(aim, e)]
    for s, e in spans[opening + 1:]:
        if _reports_result(folded[s:e]):
            break  # "Năm 2024 đạt ...": what follows is a result, not the aim's
        run.append((s, e))
    if _reports_result(folded[run[0][0]:run[0][1]]):
        return []
    pieces: list[Piece] = []
    taken = sorted(read)
    unread = [(s, e) for s, e in run if bisect_left(taken, s) == bisect_left(taken, e)]
    aimed = walked = len(run) - len(unread)  # walked: the sentences up to the last that set one
    missed = 0
    for s, e in unread:
        link = _LINKED.match(folded, s, e)  # "Trong đó giá trị ...": what links it names nothing
        own = [piece for cs, ce in _clauses(text, link.end() if link else s, e)
               for piece in _split_named(text, folded, cs, ce, _led_figures(folded, _target_figures(mentions, cs, ce)))]
        if not own:
            missed += 1
            if missed == _RUN_GAP:
                break  # three sentences in a row set no figure: the run of targets is over
            continue
        walked, missed = walked + missed + 1, 0
        aimed += 1
        pieces += own
    return pieces if aimed >= max(_MIN_AIMED_SENTENCES, _AIMED_SHARE * walked) else []


def _led_figures(folded: str, figures: list[Figure]) -> list[Figure]:
    """The figures a word leads or bounds, a range ("từ 50-60 triệu đồng"), and the share of the
    whole told right after one of them ("đạt 50 tỉ đồng, chiếm 8%")."""
    kept: list[Figure] = []
    for f in figures:
        if f.led or f.comparator or f.low is not None or (kept and _share().fullmatch(folded, kept[-1].end, f.start)):
            kept.append(f)
    return kept


@cache
def _share() -> re.Pattern[str]:
    return re.compile(rf"[ ]*,[ ]*(?:{alternation(_context_words()['shares'])})[ ]+")


def _prose_blocks(layout: Layout, covered: set[int]) -> Iterator[Block]:
    """Paragraphs of running text that may state targets: in the body or an appendix, not read
    as a list, and not under a heading about results achieved ("Kết quả thực hiện ...")."""
    results: dict[tuple[int, ...], bool] = {}  # paragraphs of one section share its headings
    for block in layout.blocks:
        if block.kind != "paragraph" or block.zone not in ("body", "appendix") or block.index in covered:
            continue
        if block.parents not in results:
            headings = (_heading_text(layout, layout.blocks[i], folded=True) for i in reversed(block.parents))
            results[block.parents] = _context_score(headings) <= -2
        if not results[block.parents]:
            yield block


def _aim_items(folded: str, block: Block, lead_end: int) -> int:
    """How many targets an aim's sentence must list to be read as a list: three, or two where the
    aim opens the sentence ("Phấn đấu hàng năm thực hiện 01 công trình, có ít nhất 90% ...")."""
    sentence = _SENTENCE_START.search(folded, block.start, lead_end)
    opening = folded[sentence.end() if sentence else block.start:lead_end].strip(" ,")
    return 2 if opening in _context_words()["aims"] else _MIN_AIM_ITEMS


def _sentence_stop(folded: str, start: int, end: int) -> int:
    stop = folded.find(". ", start, end)
    return end if stop < 0 else stop


def _after_aim(folded: str, end: int) -> int | None:
    """Where the words after an aim that ends at ``end`` start, past the comma a writer may set
    after it ("tỉnh phấn đấu, tốc độ tăng trưởng ..."); None where the word runs on ("mục tiêuX")."""
    if folded.startswith(", ", end):
        return end + 2
    return end + 1 if folded.startswith(" ", end) else None


def _prose_leads(folded: str, block: Block, mentions: Mentions) -> Iterator[tuple[int, bool]]:
    """Where a list of targets starts in a paragraph: after a colon whose lead sets targets, or
    after a horizon opening a sentence that reports no result, or after the general aim that
    opens one ("đề ra mục tiêu tổng quát ...; A 8%/năm, B đạt 4.000 tỷ đồng")."""
    colons = _PROSE_COLON.finditer(folded, block.start, block.end) if folded.find(":", block.start, block.end) >= 0 else ()
    for colon in colons:
        if _prose_lead_sets_targets(folded, _back_linked_start(folded, block.start), colon.start()):
            yield colon.end(), False
    # no horizon: the pattern, which may start at any word, is not tried
    horizons = _HORIZON_LEAD.finditer(folded, block.start, block.end) if folded.find(
        "năm", block.start, block.end) >= 0 and _HORIZON_YEAR.search(folded, block.start, block.end) else ()
    for horizon in horizons:
        if not _reports_result(folded[horizon.start():horizon.end()]):
            yield horizon.end(), False
    # "Đạ Tẻh phấn đấu A đạt 7,82%; B đạt 65 triệu đồng; C ...": an aim that goes on in a list
    # "Đại hội đặt mục tiêu A là hơn 180 tỷ đồng; B 8,5%; C từ 10.000 tỷ đồng" too
    for word in _context_words()["aims"]:
        aim = folded.find(word, block.start, block.end)
        while aim >= 0:
            before = folded[block.start:aim]
            lead = before[max(before.rfind(mark) for mark in ".!?…") + 1:]  # its sentence up to the aim
            semi = folded.find(";", aim, block.end)
            stop = folded.find(". ", aim, semi) if semi >= 0 else -1
            after = _after_aim(folded, aim + len(word))
            # a ";" before the sentence ends, or commas between its targets ("phấn đấu có 7 xã A, 25 xã B, 6 xã C")
            commas = folded.count(",", aim, _sentence_stop(folded, aim, block.end))
            listed = (semi >= 0 and stop < 0) or commas >= 2 or (commas == 1 and not lead.strip())
            if after is not None and listed and not _reports_result(lead):
                yield after, True
            aim = folded.find(word, aim + 1, block.end)
    yield from _after_general_aim(folded, block, mentions)
    for count in matches_at(_count_lead(), folded, _count_starts(folded, block.start, block.end), block.start, block.end):
        sentence = _SENTENCE_START.search(folded, block.start, count.start())
        lead = folded[sentence.end() if sentence else block.start:count.start()]
        # "đạt và vượt 19 chỉ tiêu, trong đó ...", "các chỉ tiêu chủ yếu đều đạt, như ...": the
        # targets met, reported
        if not _reports_result(lead) and not _count_met().search(lead) and not _met_after_count(count.group()):
            yield count.end(), False


def _after_general_aim(folded: str, block: Block, mentions: Mentions) -> Iterator[tuple[int, bool]]:
    """"Đảng bộ đề ra mục tiêu tổng quát xây dựng tỉnh ... đến năm 2045 ...; tốc độ tăng trưởng
    8%/năm, thu ngân sách đạt 4.000 tỷ đồng": an aim in words, with no figure of its own, whose
    sentence goes on after a ";" with the figures that measure it."""
    if folded.find(";", block.start, block.end) < 0:
        return
    for word in _context_words()["aims"]:
        aim = folded.find(word + " ", block.start, block.end)
        while aim >= 0:
            semi = folded.find(";", aim, block.end)
            if semi < 0:
                break
            sentence = _SENTENCE_START.search(folded, block.start, aim)
            opening = sentence.end() if sentence else block.start
            # its clause: "Với những kết quả đạt được, ... đề ra mục tiêu" reports nothing
            clause = max(opening, folded.rfind(", ", opening, aim) + 1)
            lead = folded[clause:semi]
            # "đã hoàn thành mục tiêu ...": the aim met, reported
            if ". " not in folded[aim:semi] and not _reports_result(lead) \
                    and not _count_met().search(folded, clause, aim) and not _target_figures(mentions, aim, semi):
                yield semi + 1, False
            aim = folded.find(word + " ", semi, block.end)


def _count_starts(folded: str, start: int, end: int) -> list[int]:
    """Where a count of targets can open in ``folded[start:end]``: the digits or the quantifier
    before each word it counts ("12 chỉ tiêu", "5 nhóm chỉ tiêu", "một số chỉ tiêu"), found with
    str.find, so that ``_count_lead`` is tried there alone, not at every digit."""
    found: set[int] = set()
    for word in _COUNTED:
        at = folded.find(word, start, end)
        while at >= 0:
            pos = at
            while pos > start and folded[pos - 1] == " ":
                pos -= 1
            if folded.endswith("nhóm", start, pos):
                pos -= len("nhóm")
                while pos > start and folded[pos - 1] == " ":
                    pos -= 1
            digits = pos
            while digits > start and folded[digits - 1].isdecimal():
                digits -= 1
            if digits < pos:
                found.add(digits)
            else:  # "một số chỉ tiêu": a quantifier in words
                found.update(pos - len(w) for w in _context_words()["count_quantifiers"] if folded.endswith(w, start, pos))
            at = folded.find(word, at + 1, end)
    return sorted(found)


def _prose_lead_sets_targets(folded: str, start: int, colon: int) -> bool:
    """Whether the sentence that ends in the colon, with the one before it, speaks of chỉ tiêu
    or mục tiêu (a budget it sets, a horizon) and reports no result."""
    words = _context_words()
    before = folded[start:colon]
    sentence_start = _last_sentence_start(before)
    earlier = _last_sentence_start(before[:max(0, sentence_start or 0)])
    lead = before[earlier or 0:]
    sets = "targets" in heading_roles(lead) or any(w in lead for w in words["target"])
    # "Huyện hoàn thành 12 chỉ tiêu, trong đó:", "Nhiều chỉ tiêu đạt khá so với kế hoạch như:":
    # the targets met, reported
    met = any(_count_met().search(lead, 0, m.start()) for m in _TARGET_COUNT.finditer(lead)) or _met_after_count(lead)
    return sets and not met and not _reports_result(lead)


def _back_linked_start(folded: str, start: int) -> int:
    """Where the paragraph above starts, when the one at ``start`` opens on a word that links it
    back ("Các đại biểu thông qua Nghị quyết Đại hội." over "Theo đó, về kinh tế: ..."); else
    ``start``: the lead of a list is read with the sentence it goes on from."""
    if not folded.startswith(_context_words()["back_links"], start):
        return start
    above_end = len(folded[:start].rstrip())
    return folded.rfind("\n", 0, above_end) + 1


def _last_sentence_start(text: str) -> int | None:
    """Where the last sentence of ``text`` starts: at its last ".", "!", "?" or "…" when a
    space follows it, at 0 when it has none; None after a mark no space follows ("3.5")."""
    last = max(text.rfind(mark) for mark in ".!?…")
    if last < 0:
        return 0
    return last if text.startswith(" ", last + 1) else None


Piece = tuple[int, int, list[Figure]]


def _split_named(text: str, folded: str, start: int, end: int, figures: list[Figure]) -> list[Piece]:
    """A clause of a list with its figures, cut at a comma after a figure where a new name
    follows ("tỷ lệ A hơn 75%, tỷ lệ B đạt hơn 90%"), or, where figures lead their names,
    at the last comma before the next figure ("100% hồ sơ ở cấp tỉnh, bao gồm ..., 100% hồ sơ
    ở cấp huyện"). A time ("25% đến năm 2025, 40% đến năm 2030"), a bare figure, or the parts
    of a whole ("..., trong đó công nghiệp 12%") go on with the same indicator."""
    pieces: list[Piece] = []
    s = start
    own: list[Figure] = []
    for f in figures:
        comma = _new_name_comma(text, folded, s, own, f) if own else -1
        joined = _new_name_and(text, s, own, f) if own and comma < 0 else None
        if comma >= 0:
            pieces.append((s, comma, own))
            s, own = comma + 1, []
        elif joined:
            pieces.append((s, joined[0], own))
            s, own = joined[1], []
        own.append(f)
    if own:
        pieces.append((s, end, own))
    return [(_skip_space(text, a, b), len(text[:b].rstrip()), fs) for a, b, fs in pieces]


def _new_name_comma(text: str, folded: str, start: int, own: list[Figure], f: Figure) -> int:
    """The comma between the figures ``own`` and ``f`` where a new indicator starts, or -1.
    Parts listed after ';' ("Cơ cấu kinh tế: A chiếm 27%; B, C chiếm 28%") stay one indicator."""
    if ";" in text[own[-1].end:f.start]:
        return -1
    if not named_before(text, start, own[0]):  # figures lead: "100% A, 80% B"
        comma = text.rfind(",", own[-1].end, f.start)
        named = comma >= 0 and named_before(text, comma + 1, f)
        return comma if comma >= 0 and not named and name_of(text, f.start, f.end + _MAX_SHORT_LEAD_IN, [f]) else -1
    comma = _comma_outside_quotes(text, own[-1].end, f.start)
    if comma >= 0 and f.count_noun and own[-1].count_noun and not text[comma + 1:f.start].strip():
        return comma  # "giúp 2 hộ có phụ nữ thoát nghèo, 2 hộ có phụ nữ thoát cận nghèo": one count each
    if comma >= 0 and f.label and text.startswith(f.label, _skip_space(text, f.end, len(text))) \
            and len(between := folded[comma + 1:f.start].split()) <= 1 and not _TIME_LEAD.match(folded, f.end) \
            and not (between and between[0] in _going_on_words()):  # "..., chiếm 49,1% tổng diện tích" goes on
        return comma  # "thực hiện 01 công trình, có ít nhất 90% chi đoàn hoàn thành ...": the share leads its name
    if comma < 0 or not named_before(text, comma + 1, f) or _TIME_LEAD.match(folded, comma + 1, f.start):
        return -1
    words = text[comma + 1:f.start].split()
    if len(words) == 1 and words[0].islower() and fold(words[0]) in _going_on_words():
        return -1  # a verb that goes on with the sentence: "..., chiếm 49,1% tổng diện tích"
    return -1 if grammar().sub_target.match(folded, _skip_space(folded, comma + 1, f.start)) else comma


def _comma_outside_quotes(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` outside quotes ("đạt tiêu chí gia đình “5 không, 3 sạch”,
    ..." names one criterion), or -1."""
    comma = text.find(",", start, end)
    while comma >= 0 and text.count("“", start, comma) > text.count("”", start, comma):
        comma = text.find(",", comma + 1, end)
    return comma


@cache
def _going_on_words() -> frozenset[str]:
    """The one word after a comma that goes on with the figure before ("..., chiếm 49,1%", "...,
    tăng 5%"); another ("..., xóa 100% nhà tạm") names a target of its own."""
    words = figures()
    return frozenset(fold(w) for w in (*words.leads, *words.changes, *_context_words()["shares"]) if " " not in w)


_AND_BEFORE_FIGURE = lazy(r"[ ]+và[ ]+$")


def _new_name_and(text: str, start: int, own: list[Figure], f: Figure) -> tuple[int, int] | None:
    """Where figures lead their names, "và" before the next figure starts a new indicator ("80% hồ
    sơ ở cấp huyện và 60% hồ sơ ở cấp xã"): the end of the one and the start of the next."""
    if named_before(text, start, own[0]) or "," in text[own[-1].end:f.start] or ";" in text[own[-1].end:f.start]:
        return None
    joint = _AND_BEFORE_FIGURE.search(text, own[-1].end, f.start)
    if joint is None or joint.start() == own[-1].end or not name_of(text, f.start, f.end + _MAX_SHORT_LEAD_IN, [f]):
        return None  # "100% và 95%": one name's figures
    return joint.start(), joint.end()


def _entry_pieces(text: str, folded: str, start: int, end: int, figures: list[Figure]) -> list[Piece]:
    """An entry cut where a sentence states a target of its own ("Tỷ lệ A đạt tối thiểu 80%.
    Tỷ lệ B đạt tối thiểu 50%"). A sentence with no figure, or none that names what it
    measures ("Phấn đấu đến năm 2030 đạt 100%"), goes on with the one before; within a
    sentence the figures are one indicator's ("Hình thành 05 khu công nghiệp, nâng tổng số lên
    12 KCN")."""
    bounds = [start, *(m.end() for m in _SENTENCE_CUT.finditer(text, start, end)), end]
    sentences: list[Piece] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        own = [f for f in figures if s <= f.start < e]
        # a sentence opening with a time sets the same target again ("Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu")
        again = bool(_TIME_LEAD.match(folded, s))
        if sentences and (not own or not sentences[-1][2] or again or not _names_something(text, folded, s, e, own)):
            first, _, before = sentences.pop()
            s, own = first, before + own
        sentences.append((s, e, own))
    return [(s, _trim_end(text, s, e), own) for s, e, own in sentences]


def _names_something(text: str, folded: str, start: int, end: int, figures: list[Figure]) -> bool:
    """Whether a sentence's words name what its figures measure, beyond a time and lead words."""
    name = name_of(text, start, end, figures)
    return bool(name) and not _TIME_ONLY.fullmatch(fold(name))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ;,.\n":
        end -= 1
    return end


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ';'-separated clauses of ``text[start:end]``, without the white space at their edges."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        semi = text.find(";", pos, end)
        stop = semi if semi >= 0 else end
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".…"):
            e -= 1
        if e > s:
            out.append((s, e))
        pos = stop + 1
    return out


def _named_in_prose(layout: Layout, mentions: Mentions, prose: list[Block], found: list[Indicator]) -> list[Indicator]:
    """One target named in a sentence of running text: "chỉ tiêu", "mục tiêu", "phấn đấu",
    "điều chỉnh", then what is measured (after a horizon: "mục tiêu đến năm 2025, ..."), and
    a figure led by "đạt", "còn", "là" in the same clause ("... điều chỉnh chỉ tiêu tăng trưởng
    GRDP giai đoạn 2020-2025 còn 8%/năm"); of several such words the last names it. Not "các
    chỉ tiêu", "chỉ tiêu đề ra", nor a result reported; a target already read is not read twice."""
    text, folded = layout.text.text, layout.text.folded
    taken = [(i.name.lower(), tuple(t.value for t in i.targets)) for i in found]
    out: list[Indicator] = []
    # where the words that open one stand in the whole text: most paragraphs hold none, and the
    # pattern is tried only there, not at every word
    opens = literal_starts(folded, tuple(_context_words()["target_leads"]))
    for block in prose:
        inside = opens[bisect_left(opens, block.start):bisect_left(opens, block.end)]
        for m in matches_at(_named_target(), folded, inside, block.start, block.end):
            horizon = _HORIZON_AFTER_LEAD.match(folded, m.end(), block.end)
            start = horizon.end() if horizon else m.end()
            stop = _PROSE_STOP.search(text, start, block.end)
            end = stop.start() if stop else block.end
            figures = _target_figures(mentions, start, end)
            sentence = folded[max(block.start, start - _MAX_SHORT_LEAD_IN):end]
            if not figures and m.group().strip() in _context_words()["aims"]:
                out += _aim_clauses(layout, mentions, block, end, taken)
                continue
            # a figure led ("đạt 80%"), or bounded after it ("từ 80 đảng viên trở lên")
            led = bool(figures[0].led or figures[0].comparator) if len(figures) == 1 else False
            if not led and len(figures) == 1 and m.group().strip() in _context_words()["unled_leads"]:
                # "Mục tiêu tốc độ tăng trưởng GRDP bình quân 12%/năm.", "đề ra chỉ tiêu kết nạp mới
                # 1.600 đảng viên": no verb, the name then the figure that closes the clause (not
                # "điều chỉnh tăng vốn cho 127 dự án", which changes a plan)
                led = _VERB_LED.fullmatch(folded, start, figures[0].start) is not None or (
                    figures[0].unit is not None and not figures[0].zero and not text[figures[0].end:end].strip())
            # "phấn đấu đạt 70 triệu đồng": the aim's verb, where "chỉ tiêu đạt" reports them met
            aimed = m.group() == _AIM and folded.startswith("đạt ", start)
            if len(figures) == 1 and m.group() == _AIM and figures[0].start == start and figures[0].unit == "%":
                led = True  # "phấn đấu 100% cơ sở đoàn tổ chức học tập ...": the share the aim sets leads its name
            if not led or _reports_result(sentence) or (_not_named(folded, start) and not aimed):
                continue
            if _named_target().search(folded, start, figures[0].start):
                continue  # "thông qua việc điều chỉnh chỉ tiêu X còn 8%": the last lead names X
            name = name_of(text, start, end, figures)
            if not name and m.group().strip() in _context_words()["aims"]:
                name = _named_before_aim(text, block, m.start())
            key = (name.lower(), (figures[0].value,))
            if name and not any(v == key[1] and _same_name(n, key[0]) for n, v in taken):
                taken.append(key)
                end, later = _later_horizons(mentions, end, block.end)
                out.append(_read(None, _section(layout, block), name[:1].upper() + name[1:], start, end,
                                 figures + later))
    return out


def _named_before_aim(text: str, block: Block, aim: int) -> str:
    """"Thu nhập bình quân đầu người năm 2025 phấn đấu đạt 70 triệu đồng": the aim names nothing
    after it, its clause names what it measures before it."""
    stops = list(_PROSE_STOP.finditer(text, block.start, aim))
    clause = stops[-1].end() if stops else block.start
    return name_of(text, _skip_space(text, clause, aim), aim, [])


def _aim_clauses(layout: Layout, mentions: Mentions, block: Block, end: int,
                 taken: list[tuple[str, tuple[float | None, ...]]]) -> list[Indicator]:
    """The clauses after an aim that names no figure, in its sentence, each naming one ("mục tiêu
    tổng quát là xây dựng ...; cơ bản hoàn thành công nghiệp hóa; GRDP đầu người đạt 8.300 -
    8.500 USD"): a clause with one figure that a word leads is a target of the aim."""
    text, folded = layout.text.text, layout.text.folded
    stop = _SENTENCE_END.search(text, end, block.end)
    limit = stop.start() if stop else block.end
    out: list[Indicator] = []
    semi = text.find(";", end, limit)
    while semi >= 0:
        nxt = text.find(";", semi + 1, limit)
        start, clause_end = _skip_space(text, semi + 1, limit), nxt if nxt >= 0 else limit
        figures = _target_figures(mentions, start, clause_end)
        if len(figures) == 1 and figures[0].led and not _reports_result(folded[start:clause_end]):
            name = name_of(text, start, clause_end, figures)
            key = (name.lower(), (figures[0].value,))
            if name and not any(v == key[1] and _same_name(n, key[0]) for n, v in taken):
                taken.append(key)
                out.append(_read(None, _section(layout, block), name[:1].upper() + name[1:], start, clause_end,
                                 figures))
        semi = nxt
    return out


_SAME_WORDS = 0.8


def _same_name(a: str, b: str) -> bool:
    """Whether two names (lower case) name one target: one inside the other, or nearly the same
    words ("hài lòng về việc giải quyết" / "hài lòng về giải quyết"), as a headline and its
    report name it."""
    if a in b or b in a:
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) >= _SAME_WORDS * len(wa | wb)


def _later_horizons(mentions: Mentions, end: int, limit: int) -> tuple[int, list[Figure]]:
    """The clauses after a named target, in its sentence, that set it again for a later time
    and name nothing else ("...; đến năm 2030 đạt 13.000 USD/người; năm 2045 đạt 37.000 USD/người"):
    where the target's text then ends, and their figures."""
    text, folded = mentions.layout.text.text, mentions.layout.text.folded
    stop = _SENTENCE_END.search(text, end, limit)
    limit = stop.start() if stop else limit
    found: list[Figure] = []
    semi = text.find(";", end, limit)
    while semi >= 0:
        nxt = text.find(";", semi + 1, limit)
        start = _skip_space(text, semi + 1, nxt if nxt >= 0 else limit)
        cut = _PROSE_STOP.search(text, start, nxt if nxt >= 0 else limit)
        clause_end = cut.start() if cut else (nxt if nxt >= 0 else limit)
        figures = _target_figures(mentions, start, clause_end)
        if (len(figures) != 1 or not figures[0].led or not _TIME_LEAD.match(folded, start)
                or _names_something(text, folded, start, clause_end, figures)):
            break
        found.append(figures[0])
        end, semi = clause_end, nxt
    return end, found


def _section(layout: Layout, block: Block) -> str | None:
    """The group of the targets a paragraph names: the label that opens it ("Về kinh tế: ...",
    "Một số chỉ tiêu chủ yếu đến năm 2030: ..."), else the heading it stands under."""
    text = layout.text.text
    # the colon is looked for at memory speed: most paragraphs open on no label
    label = _OWN_LABEL.match(text, block.start, block.end) if text.find(":", block.start, block.start + 90) >= 0 else None
    if label and len(label.group("label").split()) <= _MAX_LABEL_WORDS \
            and not layout.text.folded.startswith(_context_words()["back_links"], block.start):
        return TRAILING_LINK.sub("", label.group("label"))
    heading = _nearest_heading(layout, block, set())
    return _heading_text(layout, heading) or None if heading is not None else None


# a short label in words, with no figure, that opens a paragraph of running text, then a colon
_OWN_LABEL = lazy_regex(r"(?P<label>\p{Lu}[^:.;!?%\n]{2,80}?)[ ]*:[ ]")
_MAX_LABEL_WORDS = 10


def _not_named(folded: str, start: int) -> bool:
    """Whether the words after "chỉ tiêu" name no one indicator ("các chỉ tiêu", "chỉ tiêu đề ra")."""
    after = folded[start:start + _MAX_SHORT_LEAD_IN]
    return any(after.startswith(fold(w) + " ") for w in _context_words()["not_named_after"])
