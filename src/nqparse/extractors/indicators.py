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
null; targets listed or named in running text (press reports) are read by ``prose_targets``.
Each is handed over as an ``Indicator`` record (``indicator_common``) whose targets are the
figures read (``phrases.figures.Figure``), and ``assemble`` builds their output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial

import regex

from ..lexicon import alternation, figures
from ..mentions import Mentions
from ..normalize import fold
from ..phrases.figures import Figure
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.measures import fallback_name, name_of, named_before
from ..phrases.terms import TIME_LEADS, YEAR
from ..records import At, record
from ..segment import Block, Layout
from .indicator_common import (
    INLINE_MARKER,
    MAX_LEAD_IN,
    MAX_SHORT_LEAD_IN,
    TIME_LEAD,
    TIME_ONLY,
    TRAILING_NOTE,
    Indicator,
    Piece,
    clean_heading,
    context_score,
    heading_text,
    inline_markers,
    marker_number,
    names_something,
    nearest_heading,
    read_indicator,
    reports_result,
    target_figures,
    target_key,
)
from .prose_targets import directed_in_prose, listed_in_prose, named_in_prose, prose_blocks
from .structures import join_structures

_LINE_MARKER = lazy(r"(?:[-–+•][ ]*)?\([ ]?(?P<n>[0-9lIO]{1,3})[ ]?\)[ ]*\.?[ ]*")
_LETTER = regex.compile(r"\p{L}")
_CLAUSE_CUT = lazy(r"[;.!?](?:[ ]|$)")
_SENTENCE_CUT = lazy_regex(r"\.[ ]+(?=[\p{Lu}\d])")
# "Sản lượng lúa: 2.961 tấn; Sản lượng bắp: 14 tấn": a clause after ';' that opens on the entry's own
# first words states a target of its own; parts ("Cơ cấu kinh tế: Nông ... 27%; Công nghiệp ... 28%") and
# counts after one verb ("Thành lập 30 tổ hợp tác; 12 hợp tác xã") stay one item
_SEMICOLON = lazy_regex(r";[ ]+")
_MAX_CONTINUATION = 12
_MAX_WRAPPED_LINES = 4
_MAX_LOOK_BACK = 40


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
    """A numbered item of a list: its marker, its stretch and blocks, and what is read of it."""

    marker: _Marker
    start: int
    end: int
    blocks: list[int] = field(default_factory=list)
    lead_in: str | None = None
    lead_tail: str | None = None  # the last clause of a lead-in too long to be a group
    lead_folded: str | None = None  # the lead-in (or its tail) folded, as its context is judged
    figures: list[Figure] = field(default_factory=list)
    own: bool | None = None  # whether its first line carries a figure; read only when asked


def _markers(layout: Layout) -> list[_Marker]:
    text = layout.text.text
    found: list[_Marker] = []
    for block in layout.blocks:
        if block.zone == "footer":
            continue
        pos = block.start
        if block.kind == "item":
            m = _LINE_MARKER.match(text, block.start, block.end)
            n = marker_number(m.group("n")) if m else None
            if m and n is not None:
                found.append(_Marker(n, block.index, block.start, m.end(), True))
                pos = m.end()
        for m in inline_markers(text, pos, block.end):
            n = marker_number(m.group("n"))
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
            fits = len(lead) <= MAX_SHORT_LEAD_IN or (lead.endswith(":") and len(lead) <= MAX_LEAD_IN)
            return clean_heading(lead) if fits else None
    j = item.marker.block - 1
    while j >= 0 and j in chain_blocks:
        j -= 1
    if j < 0:
        return None
    prev = layout.blocks[j]
    if prev.kind == "heading" and prev.index not in block.parents:
        return heading_text(layout, prev)  # a title the layout did not open as a section (in the header)
    if (prev.kind in ("paragraph", "bullet") and _short_lead_in(prev.text) and prev.parents == block.parents):
        return clean_heading(text[prev.content_start:prev.end])
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
    return _CLAUSE_CUT.split(stripped)[-1][-MAX_LEAD_IN:]


def _short_lead_in(line: str) -> bool:
    """A short line ending in ':' that names the list below it ("11 chỉ tiêu kinh tế gồm:"); one
    that starts in lower case is the last line of a hard-wrapped paragraph, whose tail only says
    what the list holds."""
    stripped = line.strip()
    first = None if stripped[:1].isdigit() else _LETTER.search(stripped)
    if "," in stripped and stripped[:-1].rstrip().lower().endswith("như sau"):
        return False  # a sentence whose last clause points at the list, whatever its line breaks
    return stripped.endswith(":") and len(stripped) <= MAX_LEAD_IN and not (first and first.group().islower())


def _block_markers(layout: Layout, item: _Item) -> Iterable[int]:
    """Start of every inline list marker in the item's first block (the lead-in ends at the first)."""
    text = layout.text.text
    block = layout.blocks[item.marker.block]
    for m in INLINE_MARKER.finditer(text, block.start, item.marker.start + 1):
        if marker_number(m.group("n")) is not None:
            yield m.start()


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
            note = TRAILING_NOTE.search(folded, heading.content_start, heading.end) if folded.endswith(
                ")", heading.content_start, heading.end) else None
            yield heading_text(layout, heading, folded=True) + (note.group() if note else "")


# ---- the extractor


def extract_indicators(layout: Layout, mentions: Mentions, headline: At | None = None) -> list[Indicator]:
    """The indicators of the layout; ``headline`` is where a press page's headline stands, which
    may name a target ("Xã Tề Lỗ phấn đấu giảm tỷ lệ hộ nghèo đa chiều dưới 0,22%")."""
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
    prose = list(prose_blocks(layout, covered | inline_blocks))
    indicators += _unrepeated(indicators, listed_in_prose(layout, mentions, prose))
    headed = layout.block_at(headline.start) if headline is not None else None
    indicators += named_in_prose(layout, mentions, [headed, *prose] if headed else prose, indicators)
    indicators += directed_in_prose(layout, mentions, prose, indicators)
    if headed is not None:
        indicators = _told_in_the_body(indicators, headed)
    indicators.sort(key=lambda ind: ind.at.start)
    return join_structures(layout, indicators)


def _told_in_the_body(indicators: list[Indicator], headline: Block) -> list[Indicator]:
    """The indicators but a headline's that the body tells again with the same figures ("Phấn đấu
    Quỹ “Vì người nghèo” đạt 9,5 tỷ đồng" over "chỉ tiêu toàn tỉnh phấn đấu đạt 9,5 tỷ đồng"), or
    with them and more (the total a headline gives, the body gives with its parts: "đón 4.200.000
    lượt khách" over "đón được 4.200.000 lượt khách ..., trong đó khách quốc tế là 500.000 lượt
    khách"): one target, named as the body names it."""
    def figures(ind: Indicator) -> frozenset[tuple[object, ...]]:
        return frozenset((t.value, t.low, t.high, t.unit) for t in ind.targets)

    def in_headline(ind: Indicator) -> bool:
        return headline.start <= ind.at.start < headline.end

    body = [figures(i) for i in indicators if not in_headline(i)]
    return [i for i in indicators if not (in_headline(i) and i.targets and any(figures(i) <= b for b in body))]


def _unrepeated(read: list[Indicator], listed: list[Indicator]) -> list[Indicator]:
    """The targets listed in running text but those told again: a press report's lead repeats
    what its body lists ("TP xác định 17 chỉ tiêu chủ yếu, như tốc độ tăng trưởng GRDP từ
    7,5-8%; ..." above the same list), one indicator each."""
    seen = {target_key(i) for i in read}
    out = []
    for ind in listed:
        if target_key(ind) not in seen:
            seen.add(target_key(ind))
            out.append(ind)
    return out


def _read_list(layout: Layout, mentions: Mentions, chain: list[_Marker], stop_blocks: set[int],
               headings: set[int], covered: set[int]) -> list[Indicator]:
    """The chain's items that are indicators; the blocks they take are added to ``covered``.

    A numbered list can run on across sections ("I. Kết quả ... (5)", "II. Chỉ tiêu ... (6)"),
    so each run of items under the same heading and lead-in is judged on its own.
    """
    items = _items(layout, chain, stop_blocks)
    chain_blocks = {b for it in items for b in it.blocks}
    previous: _Item | None = None
    runs: list[list[tuple[_Item, int]]] = []
    last_key: tuple[str | None, int | None] | None = None
    for item in items:
        block = layout.blocks[item.marker.block]
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
        score = context_score(_contexts(layout, item, headings))
        heading = nearest_heading(layout, block, headings)
        key = (item.lead_in, heading.index if heading is not None else None)
        if key != last_key:
            runs.append([])
            last_key = key
        runs[-1].append((item, score))

    def ratio(run: list[tuple[_Item, int]]) -> float:
        return sum(_owns_figure(layout, mentions, item) for item, _ in run) / len(run)

    chain_positive = any(score > 0 for run in runs for _, score in run)
    whole = [pair for run in runs for pair in run]
    found: list[Indicator] = []
    for run in runs:
        if _is_indicator_run(chain, [score for _, score in run], partial(ratio, run), partial(ratio, whole),
                             chain_positive):
            for item, _ in run:
                covered.update(item.blocks)
                if item.end > layout.blocks[item.marker.block].end:
                    item.figures = mentions.figures(item.start, item.end)
                else:
                    item.figures = mentions.figures(item.start, _first_line_end(layout, item))
                found.append(_indicator(layout, item, headings))
    return found


def _owns_figure(layout: Layout, mentions: Mentions, item: _Item) -> bool:
    """Whether the item carries a figure of its own: that needs its first line only (with the
    lines it was hard-wrapped onto); the whole item, which for a section can be pages long, is
    read only if the run holds indicators. Read once, and only where a run's heading or lead-in
    leaves the answer to the share of such items."""
    if item.own is None:
        end = _first_line_end(layout, item)
        item.own = any(f.start < end for f in mentions.figures(item.start, end))
    return item.own


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


def _is_indicator_run(chain: list[_Marker], scores: list[int], ratio: Callable[[], float],
                      chain_ratio: Callable[[], float], chain_positive: bool) -> bool:
    """Whether a run of a numbered list holds indicators, from what its heading or lead-in says
    (``scores``) and the share of its items that carry a figure of their own (``ratio``, and
    ``chain_ratio`` over the whole list: asked only where the scores leave the answer open)."""
    if min(scores) <= -2:
        return False  # what was achieved, not what is planned
    if chain[0].heading:
        # "1." lines are a document's own sections unless they stand under a chỉ tiêu heading
        return max(scores) > 0 and ratio() >= 0.5
    if max(scores) > 0 or (chain_positive and min(scores) == 0):
        return True
    if len(chain) < 2:
        return False
    share = ratio() if len(scores) >= 2 else chain_ratio()
    return share >= (0.8 if min(scores) < 0 else 0.6)


def _indicator(layout: Layout, item: _Item, headings: set[int]) -> Indicator:
    text = layout.text.text
    start, end = item.start, item.end
    while end > start and text[end - 1] in " ;,.\n":
        end -= 1
    block = layout.blocks[item.marker.block]
    group = item.lead_in
    if group is None:
        heading = nearest_heading(layout, block, headings)
        group = heading_text(layout, heading) if heading is not None else None
    name = name_of(text, start, end, item.figures) or fallback_name(text, start, end, item.figures)
    return read_indicator(item.marker.number, group or None, _without_aim(name), start, end, item.figures)


# "Thúc đẩy tăng trưởng ...": the striving that opens an item (lexicon figures list_context 'item_aims')
_ITEM_AIM = lazy(rf"(?i)(?:{alternation(figures().list_context['item_aims'])})[ ]+(?=\w)")


def _without_aim(name: str) -> str:
    """A listed target's name without the verb of striving that opens it, where words follow."""
    aim = _ITEM_AIM.match(name)
    rest = name[aim.end():] if aim else name
    return rest[:1].upper() + rest[1:] if rest else name


# a bracket in an entry breaks its figure down or explains it ("(xuất khẩu ước đạt 1.700 triệu
# USD, ...)"): an estimate's words there do not make the entry a result
_BRACKET = lazy(r"\([^()]*\)")


def _unnumbered(layout: Layout, mentions: Mentions, covered: set[int], headings: set[int]) -> list[Indicator]:
    """Bulleted ("- ", "+ ", "•") and lettered ("a)") items with a figure standing under a
    heading or lead-in that sets targets; a results section ("Kết quả ...") gives none."""
    text, folded = layout.text.text, layout.text.folded
    found: list[Indicator] = []
    scores: dict[tuple[int, tuple[int, ...]], int] = {}  # entries of one list share their context
    taken: set[int] = set()
    dated_names: dict[tuple[str | None, str], int] = {}  # year-labelled entries read, by group and name
    for block in layout.blocks:
        if not _is_entry(block) or block.index in covered or block.index in taken:
            continue
        key = (_list_head(layout, block, headings), block.parents)
        if key not in scores:
            scores[key] = context_score((t for t, _ in _context_above(layout, block, headings, folded=True)),
                                        targets=True)
        if scores[key] <= 0:
            continue  # decided before reading the figures: most bullets stand under no chỉ tiêu
        blocks = _entry_blocks(layout, block)
        start, end = block.content_start, layout.blocks[blocks[-1]].end
        figures = target_figures(mentions, start, end)
        if not figures or reports_result(_BRACKET.sub("", folded[start:end])):
            continue
        taken.update(blocks)
        group = next((t for t, groupable in _context_above(layout, block, headings) if t and groupable), None)
        figures = _without_qualifiers(text, figures)
        dated = _dated_pieces(text, folded, start, _trim_end(text, start, end), figures)
        if dated:
            found = _merge_dated(found, [read_indicator(None, group, _without_aim(name_of(text, s, e, fs)), s, e, fs)
                                         for s, e, fs in dated], dated_names)
            continue
        label = _verb_label(text, start, end, figures)
        found += [read_indicator(None, group, _entry_name(text, s, e, fs, group, label), s, e, fs)
                  for s, e, fs in _entry_pieces(text, folded, start, _trim_end(text, start, end), figures, label)]
    return found


def _entry_name(text: str, start: int, end: int, figures: list[Figure], group: str | None,
                label: tuple[str, int] | None) -> str:
    """An entry's name; an entry that names only a time ("- Đến năm 2025: 90%") measures what its
    heading names."""
    name = _without_aim(_piece_name(text, start, end, figures, label))
    return group if group and TIME_ONLY.fullmatch(fold(name)) else name


def _without_qualifiers(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures without those in brackets that qualify the name before a figure of the
    entry's own ("tỷ lệ trẻ có cân nặng sơ sinh thấp (dưới 2.500 gram) dưới 5%"): what is
    measured, not a target."""
    kept = []
    for i, f in enumerate(figures):
        opened, closed = text.rfind("(", 0, f.start), text.find(")", f.end)
        later = figures[i + 1] if i + 1 < len(figures) else None
        inside = opened >= 0 and text.find(")", opened, f.start) < 0 and closed >= 0
        if inside and later is not None and closed < later.start and not _CLAUSE_CUT.search(text, closed, later.start) \
                and text.find("(", f.end, closed) < 0:
            continue
        kept.append(f)
    return kept


# "- Đến năm 2025: tỷ lệ A dưới 24%; tỷ lệ B dưới 15%": an entry labelled by the year it aims at
_YEAR_LABEL = lazy(rf"(?:{TIME_LEADS}[ ]+)?(?:(?:cuối|hết)[ ]+)?năm[ ]+(?P<y>{YEAR})[ ]*:[ ]*")


def _dated_pieces(text: str, folded: str, start: int, end: int, figures: list[Figure]) -> list[Piece]:
    """The targets of an entry whose label is only a year: the label names nothing, so each ';'
    clause names its own measure, and every target is set for that year. None when the entry has
    no such label, or a clause after it names nothing ("- Đến năm 2025: 90%": the heading does)."""
    label = _YEAR_LABEL.match(folded, start, end)
    if not label:
        return []
    year = int(label.group("y"))
    cuts = [m.end() for m in _SEMICOLON.finditer(text, label.end(), end) if _outside_brackets(text, label.end(), m.start())]
    bounds = [label.end(), *cuts, end]
    pieces: list[Piece] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        e = _trim_end(text, s, e)
        own = [replace(f, year=f.year or year) for f in figures if s <= f.start < e]
        if not own or not names_something(text, folded, s, e, own):
            return []
        pieces.append((s, e, own))
    return pieces


def _merge_dated(found: list[Indicator], dated: list[Indicator], names: dict[tuple[str | None, str], int]) -> list[Indicator]:
    """Year-labelled entries of one list that name the same measure again ("- Đến năm 2030: tỷ lệ A
    dưới 22%") are one indicator with a target for each year."""
    for indicator in dated:
        key = (indicator.group, fold(indicator.name))
        if key in names:
            first = found[names[key]]
            found[names[key]] = replace(first, targets=first.targets + indicator.targets)
        else:
            names[key] = len(found)
            found.append(indicator)
    return found


# a label of a few words before ':' ("Xây dựng:"), no figure in it
_LABEL = lazy_regex(r"[ ]*(?P<words>\p{L}+(?:[ ,]+\p{L}+){0,3})[ ]*:[ ]*")
_NOUN_AFTER = lazy_regex(r"[ ]+\p{Ll}")


def _verb_label(text: str, start: int, end: int, figures: list[Figure]) -> tuple[str, int] | None:
    """The label's words and where its text ends, when the figure stands right after the ':' and
    the things it measures follow its unit ("Xây dựng: 25 km đường giao thông"): the label says
    what is done, not what is measured. A share ("27% nông nghiệp") is a part of a whole."""
    label = _LABEL.match(text, start, end)
    if not label:
        return None
    first = next((f for f in figures if f.start >= label.end()), None)
    if first is None or first.start != label.end() or first.base_unit in (None, "%"):
        return None
    return (label.group("words"), label.end()) if _NOUN_AFTER.match(text, first.end, end) else None


def _piece_name(text: str, start: int, end: int, figures: list[Figure], label: tuple[str, int] | None) -> str:
    """A piece's name; after a verb label, the label's verb with what the piece's figure measures
    ("Xây dựng đường giao thông"), unless the piece names its own doing ("nâng cấp 15 km kênh")."""
    if label is not None:
        words, after = label
        start = max(start, after)
        own = name_of(text, start, end, figures)
        if own and not named_before(text, start, figures[0]):
            return f"{words} {own[:1].lower()}{own[1:]}"
        if own:
            return own
    return name_of(text, start, end, figures) or fallback_name(text, start, end, figures)


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
            belongs = nxt.parents == block.parents and not _back_to_entry_marker(layout, block, blocks, nxt)
        else:
            belongs = nxt.kind == "paragraph" and nxt.parents == block.parents and _wrapped(prev.text, nxt.text)
        if not belongs:
            break
        blocks.append(j)
        j += 1
    return blocks


def _back_to_entry_marker(layout: Layout, block: Block, taken: list[int], nxt: Block) -> bool:
    """Whether ``nxt`` is the entry's next sibling: its sub-list ("+ Lúa 410 ha") took bullets of
    another marker, and ``nxt`` returns to the entry's own ("- Sản lượng lúa ...")."""
    if block.kind != "bullet" or nxt.marker != block.marker:
        return False
    return any(layout.blocks[i].kind == "bullet" and layout.blocks[i].marker != block.marker for i in taken[1:])


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
    section = layout.blocks[block.parents[-1]] if block.parents else None
    for j in range(block.index - 1, max(-1, block.index - _MAX_LOOK_BACK), -1):
        above = layout.blocks[j]
        sibling = _is_entry(above) and above.index not in block.parents
        if above.kind in ("bullet", "item") or j in headings or sibling or _in_entry(layout, above):
            continue
        if above.kind == "heading":
            if above.index not in block.parents:
                if section is not None and _numbered_before(above, section):
                    section = above  # "1. Về kinh tế:" above "2. Về xã hội:": one lead-in opens them all
                    continue
                break  # the section before this one: what it says is not said of this list
            yield heading_text(layout, above, folded=folded), True
            continue
        if above.kind == "paragraph" and _short_lead_in(above.text):
            yield clean_heading(src[above.start:above.end]), True
        else:
            tail = _long_lead_tail(layout, j)
            if tail:
                yield (fold(tail) if folded else tail), False
        break
    for i in reversed(block.parents):
        if i not in headings:
            yield heading_text(layout, layout.blocks[i], folded=folded), True


def _numbered_before(above: Block, section: Block) -> bool:
    """Whether heading ``above`` is the one numbered just before ``section`` under the same parents
    ("1." before "2."): sibling sections of one list of targets, which the lead-in above the first opens."""
    if not (above.marker and section.marker and above.marker.isdigit() and section.marker.isdigit()):
        return False
    return above.parents == section.parents and int(above.marker) + 1 == int(section.marker)


def _entry_pieces(text: str, folded: str, start: int, end: int, figures: list[Figure],
                  label: tuple[str, int] | None = None) -> list[Piece]:
    """An entry cut where a sentence states a target of its own ("Tỷ lệ A đạt tối thiểu 80%.
    Tỷ lệ B đạt tối thiểu 50%"). A sentence with no figure, or none that names what it
    measures ("Phấn đấu đến năm 2030 đạt 100%"), goes on with the one before; within a
    sentence the figures are one indicator's ("Hình thành 05 khu công nghiệp, nâng tổng số lên
    12 KCN"). After a verb label ("Xây dựng: 25 km đường; 15 km kênh") each ';' clause with a
    figure is an item of its own."""
    cuts = [m.end() for m in _SENTENCE_CUT.finditer(text, start, end)]
    cuts += [m.end() for m in _SEMICOLON.finditer(text, start, end)
             if (label or _parallel(folded, start, m.end())) and _outside_brackets(text, start, m.start())]
    bounds = [start, *sorted(set(cuts)), end]
    sentences: list[Piece] = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        own = [f for f in figures if s <= f.start < e]
        # a sentence opening with a time sets the same target again ("Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu")
        again = bool(TIME_LEAD.match(folded, s))
        if sentences and (not own or not sentences[-1][2] or again or not names_something(text, folded, s, e, own)):
            first, _, before = sentences.pop()
            s, own = first, before + own
        sentences.append((s, e, own))
    return [(s, _trim_end(text, s, e), own) for s, e, own in sentences]


def _parallel(folded: str, start: int, at: int) -> bool:
    """Whether the clause at ``at`` opens on the entry's own first two words ("Tỷ lệ chất thải rắn đô thị
    ... 80%; tỷ lệ chất thải rắn nông thôn ... 70%"): a second target of the same kind."""
    head, here = folded[start:start + 40].split()[:2], folded[at:at + 40].split()[:2]
    return len(head) == 2 and head == here


def _outside_brackets(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands outside any bracket opened since ``start`` ("(trong đó: 20 km; 5 km)")."""
    return text.count("(", start, at) <= text.count(")", start, at)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ;,.\n":
        end -= 1
    return end
