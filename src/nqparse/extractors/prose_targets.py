"""Targets in running text, as press reports and the prose of resolutions give them.

Three readers, over the paragraphs no list reader took (``prose_blocks``):

1. ``listed_in_prose``: targets listed after a colon that closes a sentence about chỉ tiêu
   or mục tiêu, after the horizon or the aim that opens a sentence ("Cụ thể, đến năm 2025,
   A; B", "phấn đấu A, B, C"), or after a count of targets ("25 chỉ tiêu ... Trong đó, A;
   B"); each clause with a figure, where most clauses have one, and the sentences that go on
   after the list.
2. ``named_in_prose``: one target a sentence names ("chỉ tiêu", "mục tiêu", "phấn đấu", then
   what is measured and a figure led by "đạt", "còn", "là"), unless already read.
3. ``directed_in_prose``: one target the purpose of a directive names ("đề nghị ... để thúc đẩy
   tăng trưởng KT-XH của tỉnh đạt từ 8,5 - 9%"), unless already read.

A sentence that reports results ("đã đạt", "ước thực hiện", "còn thiếu 2 chỉ tiêu") gives none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

import regex

from ..lexicon import alternation, figures, headings, results, units
from ..mentions import Mentions
from ..normalize import fold
from ..phrases.bodies import read_bodies
from ..phrases.docnumbers import find_numbers
from ..phrases.figures import Figure, bracketed_figures, counts_things, grammar
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.measures import fallback_name, name_of, named_before
from ..phrases.terms import LED_YEAR, TERM, YEAR, newest_term, term_years
from ..phrases.text import (
    DIGIT,
    caption,
    holds_any,
    literal_starts,
    matches_at,
    sentences,
    starts_in,
    word_starts,
)
from ..segment import Block, Layout, heading_roles
from .indicator_common import (
    COUNTED,
    MAX_SHORT_LEAD_IN,
    TIME_LEAD,
    Indicator,
    Piece,
    context_score,
    context_words,
    heading_text,
    names_something,
    nearest_heading,
    read_indicator,
    reports_result,
    target_figures,
)
from .structures import TRAILING_LINK

_SENTENCE_END = lazy_regex(r"(?:[.!?](?=[ ]+[\p{Lu}\d\W])|…|\.{3}|[.!?]?[ ]*$)", regex.MULTILINE)
_MARK_OR_LINE_END = re.compile(r"[.!?…\n]")


def _sentence_end(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_SENTENCE_END.search(text, start, end)``, tried only where it can open: at a mark, or
    at the blanks before the line's end. Its last branch opens at any blank, so its own search
    tried every offset of the sentence."""
    if start > end:
        return _SENTENCE_END.search(text, start, end)
    pos = start
    while True:
        mark = _MARK_OR_LINE_END.search(text, pos, end)
        at = mark.start() if mark else end
        if at == end or text[at] == "\n":
            while at > pos and text[at - 1] == " ":
                at -= 1  # "[ ]*$" opens at the blanks before the line's end
            return _SENTENCE_END.match(text, at, end)
        found = _SENTENCE_END.match(text, at, end)
        if found:
            return found
        pos = at + 1
# "... thiếu nhi...Phấn đấu": an ellipsis may run on to the next sentence
_SENTENCE_START = lazy(r"(?:^|[.!?…][ ]+|\.\.\.|…)(?=[^.!?…]*$)")
_SENTENCE_MARKS = ".!?…"


def _sentence_start(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_SENTENCE_START.search(text, start, end)``, begun at the last mark (or the "..." it
    ends): a match needs no mark after it, so none can open earlier, and the search from
    ``start`` scanned the rest of the stretch at every mark (quadratic in a paragraph's marks)."""
    last = max(text.rfind(mark, start, end) for mark in _SENTENCE_MARKS)
    return _SENTENCE_START.search(text, max(start, last - 2), end)
_PROSE_COLON = re.compile(r":(?!\d)")
_MIN_PROSE_ITEMS = 2
# a few words and a comma that link a paragraph to the one before ("Đồng thời,", "Bên cạnh đó,")
_LINK_WORDS = lazy_regex(r"(?:\p{L}+[ ]){0,2}\p{L}+,[ ]+")
# a count of targets, "12 chỉ tiêu", "19/24 chỉ tiêu": a verdict before it reports results
_TARGET_COUNT = re.compile(r"(?<![\w,.])\d+(?:/\d+)?[ ]+(?:chỉ tiêu|mục tiêu)")
_AIM = "phấn đấu "  # the aim of a sentence that lists its targets after it
_MIN_AIM_ITEMS = 3
# a horizon opening a sentence that lists targets: "Cụ thể, đến năm 2025, 100% ...; 40% ..."
_HORIZON_LEAD = lazy(
    rf"(?m)(?:^|(?<=[.!?…;][ ]))[ ]*(?:[^\W\d]+[ ,]+){{0,3}}?(?:đến|tới)[ ]+(?:cuối[ ]+)?năm[ ]+{YEAR}[ ]*,[ ]*")
# the part of a horizon that names the year: a paragraph without it is not searched for the whole
_HORIZON_YEAR = re.compile(rf"(?:đến|tới)[ ]+(?:cuối[ ]+)?năm[ ]+{YEAR}[ ]*,")
# the horizon after the words that open a named target: "mục tiêu đến năm 2025, tối thiểu 90% ..."
_HORIZON_AFTER_LEAD = re.compile(rf"{LED_YEAR}[ ]*,[ ]*")
_PROSE_STOP = re.compile(r"[;:(]|[.!?…](?=[ ]|$)|,[ ]+(?=\D)")
# the same, but for a bracket closed before any figure, a name's abbreviation ("Chương trình mỗi xã
# một sản phẩm (OCOP) là 11.500 sản phẩm"): it goes on with the name
_NAMED_STOP = re.compile(r"[;:]|\((?![^()\d;]*\))|[.!?…](?=[ ]|$)|,[ ]+(?=\D)")
# what the lead's verb does to the figure, with no word that leads it: "phấn đấu giải ngân 100%
# kế hoạch vốn", "mục tiêu đào tạo được 7.500 nhân lực"
_VERB_LED = regex.compile(r"(?:\p{Ll}+[ ]){1,3}")
# the year a target is set for, between its lead and its verb: "đề ra chỉ tiêu năm 2026 kết nạp ..."
_YEAR_AFTER_LEAD = re.compile(rf"(?:(?:trong|vào)[ ]+)?năm[ ]+{YEAR}[ ]+")


@cache
def _named_target() -> regex.Pattern[str]:
    """The words that open one target named in running text, not a count of them ("các chỉ tiêu")."""
    words = context_words()
    leads = alternation(w for w in words["target_leads"] if w not in words["scenario_leads"])
    scenario = rf"{alternation(words['scenario_leads'])}(?=[ ]+{alternation(figures().rates)}(?!\w))"
    return regex.compile(rf"(?<![\w])(?<!các[ ]|những[ ])(?:{leads}|{scenario})[ ]+")


@cache
def _count_lead() -> re.Pattern[str]:
    """A count of targets that goes on to name them: "xác định 17 chỉ tiêu chủ yếu, như tốc độ
    tăng trưởng ... từ 7,5-8%; ...", "23 chỉ tiêu/nhóm chỉ tiêu, trong đó, GRDP tăng 7,5%; ...",
    "20 chỉ tiêu trên các lĩnh vực trong đó phấn đấu ...", and a count qualified right before the
    first of a list of clauses ("một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng 10-12%; ...")."""
    words = context_words()
    count = (rf"(?:\d+|{alternation(words['count_quantifiers'])})[ ]+(?:nhóm[ ]+)?(?:{'|'.join(COUNTED)})"
             r"(?:[ ]*/[ ]*nhóm[ ]+chỉ tiêu)?")
    # what stands between names no figure ("31 chỉ tiêu với 5 nhiệm vụ trọng tâm, trong đó")
    # ... or in the next sentence ("thông qua 21 chỉ tiêu chủ yếu của năm 2021. Trong đó, ...")
    linked = (rf"(?:[^.;:!?%]{{0,60}}?(?:,[ ]*|[ ]+)|[^.;:!?%]{{0,200}}?\.[ ]+)"
              rf"(?:{alternation(words['count_links'])})(?!\w)[ ]*[,:]?[ ]*")
    # the first clause runs to a ";" with no ":" or sentence end before it: a list, not a lead-in
    qualified = rf"[ ]+{alternation(words['count_qualifiers'])}[ ]+(?=[^\W\d_][^:.;!?]*;)"
    # a word that links, then a field and the word that opens the list: "20 chỉ tiêu cụ thể về kinh
    # tế - xã hội như tốc độ ..." (no figure between: a first item holds one)
    further = (rf"(?:[^.;:!?%\d]{{0,60}}?(?<![^\s,])"
               rf"(?:{alternation(words['count_links'])})(?!\w)[ ]*[,:]?[ ]*)?")
    return re.compile(rf"(?<![\w,./]){count}(?:{linked}|{qualified}){further}")


@cache
def _verdict_after_count() -> re.Pattern[str]:
    """Targets said to be met right after they are named: "nhiều chỉ tiêu đạt khá", "các chỉ
    tiêu chủ yếu đều đạt và vượt": a report of results, whatever list follows."""
    verdicts = [w for verdict in results().verdicts.values() for w in verdict]
    return re.compile(rf"(?<!\w)(?:{'|'.join(COUNTED)})(?:[ ]+[^\W\d_]+){{0,3}}?[ ]+(?:đều[ ]+)?"
                      rf"(?:{alternation(verdicts)}|đạt)(?!\w)")


def _met_after_count(lead: str) -> bool:
    """``_verdict_after_count`` in a lead that has no word of a plan ("phấn đấu", "dự kiến")."""
    return bool(_verdict_after_count().search(lead)) and not any(w in lead for w in _plan_words())


@cache
def _plan_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in results().plan_words)


@cache
def _count_met() -> regex.Pattern[str]:
    """A verdict or an achievement just before a count of targets: "đạt", "vượt", "không hoàn
    thành" 19 chỉ tiêu."""
    words = [*(w for verdict in results().verdicts.values() for w in verdict), *results().achieved_words]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?:[ ]+\S+){{0,2}}[ ]*$")


def listed_in_prose(layout: Layout, mentions: Mentions, prose: list[Block]) -> list[Indicator]:
    """Targets listed in running text, as press reports give them: after a colon that closes a
    sentence about chỉ tiêu or mục tiêu ("... 26 chỉ tiêu chủ yếu ... Điển hình như: A đạt 25%;
    B khoảng 35% GRDP; C đạt 7%/năm"), or after the horizon that opens a sentence ("Cụ thể, đến
    năm 2025, 100% dịch vụ công ...; 40% người dân ..."), each clause with a figure, where most
    clauses have one. A sentence that reports results ("đã đạt", "ước thực hiện", "còn thiếu
    2 chỉ tiêu") gives none."""
    text, folded = layout.text.text, layout.text.folded
    found: list[Indicator] = []
    open_list = -2  # the paragraph whose list of targets ran on to its end (none yet: not block 0 - 1)
    open_group: str | None = None  # the group of that list
    read: set[int] = set()  # where each list read starts: a count and a colon may open the same one
    figures_read: set[int] = set()
    for block in prose:
        if block.index == open_list + 1 and caption(text, block.start, block.end, ("label", "pictured")):
            # "...; kết nạp mới 300 hội viên." / "Ảnh minh họa" / "Mỗi năm, A; B": a list goes on
            # after the caption of a picture set between its paragraphs
            open_list = block.index
            continue
        block_mark = len(found)
        going_on = block.index == open_list + 1
        # every reader below gives this paragraph's targets its group: a list's paragraph that
        # opens on no label of its own ("... ;" over "thu nhập ... đạt 60 triệu đồng") keeps the list's
        group = (_own_section(layout, block) or open_group) if going_on else _section(layout, block)
        leads = _merged_leads(text, block, _prose_leads(folded, block, mentions))
        if going_on:
            # "Cụ thể, đến năm 2025, 100% A; 40% B." over "Tỷ lệ C đạt từ 50% trở lên; 80% D;":
            # a paragraph of figures after a list that ran to its end goes on with it, after the
            # word that links it ("Đồng thời, tăng 40% ...") or its own horizon ("Đến năm 2030, A ...")
            # or after its own label ("Về kinh tế: Phấn đấu A đạt 12%/năm. B ...")
            link = _LINK_WORDS.match(text, block.start, block.end) or _own_label(layout, block)
            leads = leads or [(_skip_space(text, link.end() if link else block.start, block.end), False, 1)]
        for lead_end, strict, fewest in leads:
            if lead_end in read:
                continue
            read.add(lead_end)
            stop = _sentence_end(text, lead_end, block.end)
            end = stop.start() if stop else block.end
            clauses = _clauses(text, lead_end, end)
            figures: list[list[Figure]] = []
            for s, e in clauses:
                figures.append(_listed_figures(mentions, s, e))
                if strict and not figures[-1]:
                    break  # read no further: the figures of a clause are the costly part
            if len(figures) < len(clauses):
                # "phấn đấu đạt A 967 tỷ đồng; B 22,5 triệu đồng; ...; tiếp tục tập trung ...": the
                # aim's targets, then its tasks
                clauses, figures = clauses[:len(figures) - 1], figures[:-1]
                if not clauses:
                    continue
            items = [piece for (s, e), fs in zip(clauses, figures, strict=True)
                     for piece in _split_named(text, folded, s, e, fs)]
            # an aim's targets between ";" ("xã phấn đấu A đạt 8%; B dưới 1%"), each clause with its
            # figure, are a list at two as a colon's are; joined by commas alone, see _aim_items
            if len(items) < max(1 if going_on else fewest, 0.5 * len(clauses),
                                _aim_items(folded, block, lead_end) if strict and len(clauses) < 2 else 0) or (
                    going_on and reports_result(folded[lead_end:end])):
                continue
            found += _read_once(text, group, _join_shared(text, items), figures_read)
            end = _read_on(layout, mentions, block, group, end, figures_read, found)
            if not text[end:block.end].strip(" .…;"):
                open_list, open_group = block.index, group
        if block.kind == "paragraph" and not _table_cell(layout, block):
            # in running text, the aim's sentences the leads did not read ("... phấn đấu A đạt 10%.
            # B từ 50-60 triệu đồng."); a list's entry or a table's cell is one indicator, which its
            # lead reads whole
            # the figures the leads took in this paragraph: those of the indicators read since it began
            read_here = [t.start for ind in found[block_mark:] for t in ind.targets]
            found += _read_once(text, group, _aims_paragraph(layout, mentions, block, read_here), figures_read)
    return found


def _merged_leads(text: str, block: Block, leads: Iterable[tuple[int, bool, int]]) -> list[tuple[int, bool, int]]:
    """The leads of a paragraph, each where its list's first word starts, once: where two open the
    same list ("Phấn đấu một số chỉ tiêu chủ yếu như sau: A đạt 4,5%. B ...", a colon's that wants
    two targets in its sentence and a count's that wants one), the list is read with the fewest
    targets any of them wants, and strictly only where each wants it so."""
    merged: dict[int, tuple[bool, int]] = {}
    for lead_end, strict, fewest in leads:
        start = _skip_space(text, lead_end, block.end)
        if start in merged:
            was_strict, was_fewest = merged[start]
            merged[start] = (was_strict and strict, min(was_fewest, fewest))
        else:
            merged[start] = (strict, fewest)
    return [(start, strict, fewest) for start, (strict, fewest) in merged.items()]


def _listed_figures(mentions: Mentions, start: int, end: int) -> list[Figure]:
    """The figures of a clause of a list of targets, with those its items give bare in brackets
    ("số xã đạt chuẩn nông thôn mới (12)")."""
    found = target_figures(mentions, start, end)
    text = mentions.layout.text
    if text.text.find("(", start, end) < 0:
        return found
    bare = bracketed_figures(text.text, text.folded, start, end, found)
    return sorted(found + bare, key=lambda f: f.start) if bare else found


def _read_on(layout: Layout, mentions: Mentions, block: Block, group: str | None, end: int,
             figures_read: set[int], found: list[Indicator]) -> int:
    """The sentences after a list that ended at ``end`` that go on listing targets ("Cụ thể như: A
    đạt 9-10%; B 21-22%. Thu ngân sách đạt 15.903 tỷ đồng, GRDP bình quân đầu người đạt 62 triệu
    đồng."), each clause with a figure a word leads and no result reported; their indicators are
    added to ``found``. Returns where the last one read ends."""
    text, folded = layout.text.text, layout.text.folded
    while True:
        start = _skip_space(text, end + 1, block.end)
        stop = _sentence_end(text, start, block.end) if start < block.end else None
        stop_at = stop.start() if stop else block.end
        if stop_at - start < _MIN_SENTENCE or reports_result(folded[start:stop_at]) \
                or _PROSE_COLON.search(folded, start, stop_at):
            return end  # a result, or a list with a lead of its own ("Cơ cấu kinh tế: A 64%; B 28%"), read from it
        clauses = _clauses(text, start, stop_at)
        figures = [target_figures(mentions, s, e) for s, e in clauses]
        clauses, figures = _parts_joined(folded, clauses, figures)
        led = [_led_figures(folded, fs) or _share_leading(text, s, e, fs) for (s, e), fs in zip(clauses, figures, strict=True)]
        if not all(led):
            return end
        # cut at every figure's name ("kết nạp từ 10 - 12 đảng viên, 100% chi bộ ..."), keep the led ones
        items = [piece for (s, e), fs, ls in zip(clauses, figures, led, strict=True)
                 for piece in _split_named(text, folded, s, e, fs) if any(f in ls for f in piece[2])]
        found += _read_once(text, group, items, figures_read)
        end = stop_at


_MIN_SENTENCE = 10


def _parts_joined(folded: str, clauses: list[tuple[int, int]],
                  figures: list[list[Figure]]) -> tuple[list[tuple[int, int]], list[list[Figure]]]:
    """The clauses with the parts of a whole joined to it: after a clause that opens its parts
    ("A đạt 13,5 nghìn tỷ đồng, trong đó B 11,7 nghìn tỷ đồng; C 1,3 nghìn tỷ đồng; D đạt trên
    0,3 nghìn tỷ đồng"), the clauses whose figures are all in the whole's unit go on with it."""
    joined_c: list[tuple[int, int]] = []
    joined_f: list[list[Figure]] = []
    unit: str | None = None  # the unit of the whole whose parts the clauses go on listing
    for (s, e), fs in zip(clauses, figures, strict=True):
        if unit is not None and fs and all(f.unit == unit for f in fs) and _names_a_part(folded[s:fs[0].start]):
            joined_c[-1] = (joined_c[-1][0], e)
            joined_f[-1] = joined_f[-1] + fs
            continue
        joined_c.append((s, e))
        joined_f.append(fs)
        parts = grammar().sub_target.search(folded, s, e)
        whole = [f for f in fs if parts is not None and f.end <= parts.start()]
        unit = whole[-1].unit if whole and whole[-1].unit is not None else None
    return joined_c, joined_f


_PART_WORDS = 5  # "thủy sản đạt trên": a part's name is short, a sector's or a kind's


def _names_a_part(before: str) -> bool:
    """Whether the words before a clause's figure can name a part of a whole: a few, and no share
    of its own ("tỷ lệ hộ nghèo giảm", lexicon units 'share_names')."""
    words = before.split()
    return 0 < len(words) <= _PART_WORDS and not before.lstrip().startswith(_share_names())


@cache
def _share_names() -> tuple[str, ...]:
    """Lexicon units 'share_names', folded once as the text they are matched against is."""
    return tuple(fold(w) for w in units().share_names)


def _table_cell(layout: Layout, block: Block) -> bool:
    """A cell of a table a web page wrote a cell to a line, between lines of "|"."""
    return block.index > 0 and layout.blocks[block.index - 1].text.strip() == "|"


def _read_once(text: str, group: str | None, items: list[Piece], figures_read: set[int]) -> list[Indicator]:
    """The indicators of ``items`` whose figures no list read before: a list inside another
    ("phấn đấu A đạt 7%; ... tỷ trọng là: B 42%, C 46%") is read once."""
    items = [(s, e, f) for s, e, f in items if not any(x.start in figures_read for x in f)]
    figures_read.update(x.start for _, _, f in items for x in f)
    out: list[Indicator] = []
    for s, e, f in items:
        name = name_of(text, s, e, f) or fallback_name(text, s, e, f)
        if out and fold(name) in _elliptical_names():
            name = _elliptical_name(text, s, f[0].start, out[-1].name)
        out.append(read_indicator(None, group, name, s, e, f))
    return out


@cache
def _elliptical_names() -> frozenset[str]:
    """The stumps an elliptical clause leaves for a name ("tính chung cả giai đoạn 2021 - 2030
    đạt gần 8%": "tính chung cả"), lexicon figures.list_context 'elliptical'."""
    return frozenset(context_words()["elliptical"])


_OWN_PERIOD = re.compile(r"(?:cả[ ]+)?(?:giai đoạn|nhiệm kỳ|thời kỳ)[ ]+" + term_years("[ ]"))


def _elliptical_name(text: str, start: int, end: int, before: str) -> str:
    """The name of a clause that leaves out what it measures: the name of the clause before, over
    the clause's own period where it gives one ("..., tính chung cả giai đoạn 2021 - 2030 đạt
    gần 8%": "<the measure before> cả giai đoạn 2021 - 2030")."""
    period = _OWN_PERIOD.search(fold(text[start:end]))
    return f"{before} {text[start + period.start():start + period.end()]}" if period else before


_MIN_AIMED_SENTENCES = 2
_AIMED_SHARE = 0.6
_RUN_GAP = 3


@cache
def _linked() -> re.Pattern[str]:
    """A link that opens a sentence, its comma optional ("Trong đó giá trị ...", "Ngoài ra, ..."):
    lexicon figures list_context 'name_openers', the list that ``measures.opening_link`` reads."""
    return re.compile(rf"(?:{alternation(figures().list_context['name_openers'])})[ ]*,?[ ]*")


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
    aims = context_words()["aims"]
    spans = list(sentences(text, block.start, block.end))
    if not any(folded.find(w + " ", block.start, block.end) >= 0 for w in aims):
        specified = _resolution_specified(folded, spans)
        if specified:
            taken = sorted(read)
            return [piece for s, e in specified if bisect_left(taken, s) == bisect_left(taken, e)
                    for piece in _sentence_targets(layout, mentions, s, e, closing=True)]
        # "Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh ..." over "Tốc độ tăng trưởng GRDP
        # bình quân đạt 10%. Quy mô GRDP 589.730 tỷ đồng. ...": the aims set just above, every
        # sentence a target
        if len(spans) < _MIN_SET_SENTENCES or not _aims_set_above(layout, block):
            return []
        every = [_sentence_targets(layout, mentions, s, e, closing=True) for s, e in spans]
        return [piece for own in every for piece in own] if all(every) else []
    opening = next((k for k, (s, e) in enumerate(spans) if any(w + " " in folded[s:e] for w in aims)
                    and not _PAST_AIM.search(folded, s, e)), None)
    if opening is None or len(spans) - opening < _MIN_AIMED_SENTENCES:
        return []
    s, e = spans[opening]
    # the aim's sentence's targets come after it: "Mục tiêu tổng quát năm 2023 phấn đấu | ..."
    aim = max(folded.rfind(w + " ", s, e) + len(w) + 1 for w in aims if w + " " in folded[s:e])
    run = [(aim, e)]
    aimed_year = max((int(y) for y in _YEAR.findall(folded, s, e)), default=None)
    for s, e in spans[opening + 1:]:
        if reports_result(folded[s:e]) or _opens_on_year_before(folded, s, e, aimed_year):
            break  # "Năm 2024 đạt ...": what follows is a result, not the aim's
        run.append((s, e))
    if reports_result(folded[run[0][0]:run[0][1]]):
        return []
    pieces: list[Piece] = []
    taken = sorted(read)
    unread = [(s, e) for s, e in run if bisect_left(taken, s) == bisect_left(taken, e)]
    aimed = walked = len(run) - len(unread)  # walked: the sentences up to the last that set one
    missed = 0
    for s, e in unread:
        own = _sentence_targets(layout, mentions, s, e)
        if not own:
            missed += 1
            if missed == _RUN_GAP:
                break  # three sentences in a row set no figure: the run of targets is over
            continue
        walked, missed = walked + missed + 1, 0
        aimed += 1
        pieces += own
    return pieces if aimed >= max(_MIN_AIMED_SENTENCES, _AIMED_SHARE * walked) else []


def _resolution_specified(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences that say what a resolution passed sets, where a link opens the one after
    the resolution's ("Kỳ họp đã thông qua nghị quyết về nhiệm vụ ... đến cuối năm 2025. Theo đó,
    ... Trong đó, tỷ trọng dịch vụ chiếm 90%.", "... thông qua nghị quyết phê chuẩn dự toán thu
    ngân sách năm 2025. Cụ thể, dự toán thu ngân sách ... là hơn 465 tỷ đồng"): from the linked
    one up to one that reports a result or opens on a year behind the resolution's. None where
    the resolution's own sentence reports results ("thông qua nghị quyết về kết quả thực hiện ...")."""
    for k, (s, e) in enumerate(spans[:-1]):
        if _passed_resolution().search(folded, s, e) is None or reports_result(folded[s:e]) \
                or not folded.startswith(context_words()["back_links"], spans[k + 1][0]):
            continue
        year = max((int(y) for y in _YEAR.findall(folded, s, e)), default=None)
        run: list[tuple[int, int]] = []
        for s2, e2 in spans[k + 1:]:
            link = _linked().match(folded, s2, e2)  # "Theo đó, năm 2025 thu ...": the year after the link
            opening = _LEADING_YEAR.match(folded, link.end() if link else s2, e2)
            if reports_result(folded[s2:e2]) or (opening and year and int(opening.group(1)) < year) \
                    or _passed_resolution().search(folded, s2, e2):
                break  # a result, the year behind, or the next resolution
            run.append((s2, e2))
        return run
    return []


_LEADING_YEAR = re.compile(rf"(?:trong[ ]+)?năm[ ]+({YEAR})(?!\d)")


@cache
def _passed_resolution() -> re.Pattern[str]:
    """A resolution passed: a verb of lexicon figures list_context 'passing_verbs', then within two
    words "nghị quyết" ("thông qua nghị quyết", "thông qua các nghị quyết", "thông qua 12 nghị quyết")."""
    return re.compile(rf"(?<!\w)(?:{alternation(context_words()['passing_verbs'])})(?:[ ]+\w+){{0,2}}?[ ]+nghị quyết(?!\w)")


_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# "Năm 2023, tỉnh đã ...", "Trong năm 2023, ...": the year a sentence opens on
_OPENING_YEAR = re.compile(rf"(?:trong[ ]+)?năm[ ]+({YEAR})[ ]*,")


def _opens_on_year_before(folded: str, start: int, end: int, aimed_year: int | None) -> bool:
    """Whether the sentence opens on a year before the one the aim sets ("... đạt 8% vào năm 2024.
    Năm 2023, tỉnh đã ... đạt 5,66%"): it tells the year behind, not the aim."""
    opening = _OPENING_YEAR.match(folded, start, end)
    return aimed_year is not None and opening is not None and int(opening.group(1)) < aimed_year


def _sentence_targets(layout: Layout, mentions: Mentions, start: int, end: int, *, closing: bool = False) -> list[Piece]:
    """The targets of a sentence of a run: each clause with a figure a word leads, and with
    ``closing`` one with a unit that closes its clause after the name ("Quy mô GRDP theo giá
    hiện hành 589.730 tỷ đồng.")."""
    text, folded = layout.text.text, layout.text.folded
    link = _linked().match(folded, start, end)  # "Trong đó giá trị ...": what links it names nothing
    pieces: list[Piece] = []
    for cs, ce in _clauses(text, link.end() if link else start, end):
        found = target_figures(mentions, cs, ce)
        led = _led_figures(folded, found)
        if closing and not led and len(found) == 1 and found[0].unit and found[0].start > cs \
                and not text[found[0].end:ce].strip(" .;,/"):
            led = found
        pieces += _split_named(text, folded, cs, ce, led)
    return pieces


# "huyện đã nỗ lực phấn đấu thực hiện đạt và vượt kế hoạch": the aim of the year behind, reported
_PAST_AIM = re.compile(r"(?<!\w)đã(?:[ ]+\w+){0,2}[ ]+(?:phấn đấu|mục tiêu)(?!\w)")
_MIN_SET_SENTENCES = 3
# a period to come, or a horizon: "giai đoạn 2025-2030", "nhiệm kỳ 2025 - 2030", "đến năm 2030"
_PERIOD = re.compile(TERM + rf"|(?:đến|tới)[ ]+(?:năm[ ]+)?{YEAR}")


def _aims_set_above(layout: Layout, block: Block) -> bool:
    """Whether the paragraph right above ``block`` sets aims for a period, with no figure of its
    own: "Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh ... trở thành ..."."""
    if block.index == 0:
        return False
    above = layout.blocks[block.index - 1]
    folded = layout.text.folded
    if above.kind != "paragraph" or above.zone != block.zone or reports_result(folded[above.start:above.end]):
        return False
    setting = any(folded.find(w + " ", above.start, above.end) >= 0 for w in context_words()["aim_setters"])
    return setting and _PERIOD.search(folded, above.start, above.end) is not None \
        and not DIGIT.search(_PERIOD.sub("", folded[above.start:above.end]))




def _led_figures(folded: str, figures: list[Figure]) -> list[Figure]:
    """The figures a word leads or bounds, a range ("từ 50-60 triệu đồng"), a change ("Kinh tế tăng
    trưởng 8,3%/năm", "giảm bình quân 2,76% hộ nghèo"), and the share of the whole told right after
    one of them ("đạt 50 tỉ đồng, chiếm 8%")."""
    kept: list[Figure] = []
    for f in figures:
        if f.led or f.comparator or f.low is not None or f.change is not None or _aimed(folded, f) \
                or (kept and (_share().fullmatch(folded, kept[-1].end, f.start)
                              or _JOINED_FIGURE.fullmatch(folded, kept[-1].end, f.start))):
            kept.append(f)
    return kept


# "đạt 600 triệu USD vốn FDI và 3.000 tỷ đồng vốn DDI": a figure "và" joins to a led one, the
# words after the first (a few, no verb of its own) saying what it counts, shares its lead
_JOINED_FIGURE = re.compile(r"(?:[ ]+[^\s,;.:]+){0,3}[ ]+và[ ]+")


def _share_leading(text: str, start: int, end: int, figures: list[Figure]) -> list[Figure]:
    """The share that opens a clause and leads its name ("100% xã, thị trấn đạt tiêu chuẩn vững
    mạnh về quốc phòng - an ninh"), as a target is written after a list of them; else none."""
    if len(figures) != 1 or figures[0].start != start or figures[0].unit != "%" \
            or not name_of(text, start, end, figures):
        return []
    return figures


def _aimed(folded: str, f: Figure) -> bool:
    """Whether an aim sets ``f`` right before it: "phấn đấu có thêm 05 xã", "phấn đấu 100% ..."."""
    return _aim_before().search(folded, max(0, f.start - MAX_SHORT_LEAD_IN), f.start) is not None


@cache
def _aim_before() -> re.Pattern[str]:
    words = context_words()
    return re.compile(rf"(?<!\w)(?:{alternation(words['aims'])})(?:[ ]+(?:{alternation(words['aim_verbs'])}))?[ ]*\Z")


@cache
def _share() -> re.Pattern[str]:
    return re.compile(rf"[ ]*,[ ]*(?:{alternation(context_words()['shares'])})[ ]+")


def prose_blocks(layout: Layout, covered: set[int]) -> Iterator[Block]:
    """Paragraphs of running text that may state targets: in the body or an appendix, not read
    as a list, and not under a heading about results achieved ("Kết quả thực hiện ...")."""
    results: dict[tuple[int, ...], bool] = {}  # paragraphs of one section share its headings
    for block in layout.blocks:
        if block.kind != "paragraph" or block.zone not in ("body", "appendix") or block.index in covered:
            continue
        if block.parents not in results:
            headings = (heading_text(layout, layout.blocks[i], folded=True) for i in reversed(block.parents))
            results[block.parents] = context_score(headings) <= -2
        if not results[block.parents] and not _cites_grounds(layout, block):
            yield block


def _cites_grounds(layout: Layout, block: Block) -> bool:
    """A paragraph of grounds that cites a document by number ("Căn cứ Nghị quyết số 25/NQ-CP ...
    bảo đảm mục tiêu tăng trưởng cả nước đạt 8% trở lên;"): the figures are the cited document's."""
    folded = layout.text.folded
    return folded.startswith(context_words()["citing_leads"], block.start) \
        and bool(find_numbers(layout.text.text, block.start, block.end))


def _aim_items(folded: str, block: Block, lead_end: int) -> int:
    """How many targets an aim's sentence must list in one clause, joined by commas, to be read
    as a list: three, or two where the aim opens the sentence ("Phấn đấu hàng năm thực hiện 01
    công trình, có ít nhất 90% ..."). Two clauses between ";" are a list wherever it opens."""
    sentence = _sentence_start(folded, block.start, lead_end)
    opening = folded[sentence.end() if sentence else block.start:lead_end].strip(" ,")
    # "Theo đó đến 2030, Đà Nẵng đặt mục tiêu A; B": the horizon and the place the aim is set for
    # say no more of what is measured than the aim alone
    horizon = _OPENING_HORIZON.search(opening) or _OPENING_HORIZON.match(folded, lead_end)
    return 2 if opening in context_words()["aims"] or horizon or _set_aim(opening) else _MIN_AIM_ITEMS


def _set_aim(opening: str) -> bool:
    """Whether an aim closes its opening after the verb that sets it ("Đại hội xác định phấn
    đấu", "đề ra mục tiêu", "tỉnh đặt mục tiêu"): what follows is what the aim sets."""
    words = context_words()
    return any(opening.endswith(f"{setter} {aim}") or (opening.endswith(setter) and setter.endswith(f" {aim}"))
               for setter in words["aim_setters"] for aim in words["aims"])


_OPENING_HORIZON = re.compile(rf"(?:đến|tới)[ ]+(?:cuối[ ]+)?(?:năm[ ]+)?{YEAR}[ ]*,")


def _sentence_stop(folded: str, start: int, end: int) -> int:
    stop = folded.find(". ", start, end)
    return end if stop < 0 else stop


# the verb an aim may take before what it counts: "phấn đấu đạt 17 chỉ tiêu"
_AIM_VERB = re.compile(r"(?:(?:đạt|thực hiện|hoàn thành)[ ]+)?")


def _after_aim(folded: str, end: int) -> int | None:
    """Where the words after an aim that ends at ``end`` start, past the comma a writer may set
    after it ("tỉnh phấn đấu, tốc độ tăng trưởng ..."); None where the word runs on ("mục tiêuX")."""
    if folded.startswith(", ", end):
        return end + 2
    return end + 1 if folded.startswith(" ", end) else None


def _prose_leads(folded: str, block: Block, mentions: Mentions) -> Iterator[tuple[int, bool, int]]:
    """Where a list of targets starts in a paragraph: after a colon whose lead sets targets, or
    after a horizon opening a sentence that reports no result, or after the general aim that
    opens one ("đề ra mục tiêu tổng quát ...; A 8%/năm, B đạt 4.000 tỷ đồng"); with whether
    each clause must hold a figure, and the fewest targets that make a list: one after a count
    of them, which says targets follow ("đề ra 12 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng
    kinh tế đạt từ 9-9,5%"), two elsewhere."""
    run_in = _run_in_heading(mentions.layout, block)
    if run_in is not None:
        # a heading of targets says targets follow: one is a list
        yield run_in[1], False, 1
    colons = _PROSE_COLON.finditer(folded, block.start, block.end) if folded.find(":", block.start, block.end) >= 0 else ()
    for colon in colons:
        if _prose_lead_sets_targets(folded, _back_linked_start(folded, block.start), colon.start()):
            yield colon.end(), False, _MIN_PROSE_ITEMS
    # no horizon: the pattern, which may start at any word, is not tried
    horizons = _HORIZON_LEAD.finditer(folded, block.start, block.end) if folded.find(
        "năm", block.start, block.end) >= 0 and _HORIZON_YEAR.search(folded, block.start, block.end) else ()
    for horizon in horizons:
        if not reports_result(folded[horizon.start():horizon.end()]) and not _horizon_before_term(folded, horizon):
            yield horizon.end(), False, _MIN_PROSE_ITEMS
    yield from _after_coming_term(folded, block)
    yield from _after_recurrence(folded, block)
    # "Đạ Tẻh phấn đấu A đạt 7,82%; B đạt 65 triệu đồng; C ...": an aim that goes on in a list
    # "Đại hội đặt mục tiêu A là hơn 180 tỷ đồng; B 8,5%; C từ 10.000 tỷ đồng" too
    for word in context_words()["aims"]:
        aim = folded.find(word, block.start, block.end)
        while aim >= 0:
            before = folded[block.start:aim]
            lead = before[max(before.rfind(mark) for mark in ".!?…") + 1:]  # its sentence up to the aim
            semi = folded.find(";", aim, block.end)
            stop = folded.find(". ", aim, semi) if semi >= 0 else -1
            after = _after_aim(folded, aim + len(word))
            # a ";" before the sentence ends, or commas between its targets ("phấn đấu có 7 xã A, 25 xã B, 6 xã C")
            commas = folded.count(",", aim, _sentence_stop(folded, aim, block.end))
            listed = (semi >= 0 and stop < 0) or commas >= 2 or (
                commas == 1 and (not lead.strip() or _set_aim(f"{lead.strip()} {word}")))
            # "phấn đấu đạt 17 chỉ tiêu, trong đó A ...": a count that names its targets after it,
            # read from the count's link on (below)
            verb = _AIM_VERB.match(folded, after) if after is not None else None
            counted = verb is not None and _count_lead().match(folded, verb.end()) is not None
            # "Mục tiêu này có cơ sở ... do toàn huyện có 85 trang trại, 540 gia trại, ...": the aim named before
            referred = after is not None and folded.startswith(_aim_references(), after)
            if after is not None and listed and not reports_result(lead) and not counted and not referred:
                yield after, True, _MIN_PROSE_ITEMS
            aim = folded.find(word, aim + 1, block.end)
    yield from _after_general_aim(folded, block, mentions)
    yield from _after_set_copula(folded, block)
    yield from _after_back_link(folded, block, mentions.layout)
    for count in matches_at(_count_lead(), folded, _count_starts(folded, block.start, block.end), block.start, block.end):
        sentence = _sentence_start(folded, block.start, count.start())
        lead = _own_clause(folded[sentence.end() if sentence else block.start:count.start()])
        # "đạt và vượt 19 chỉ tiêu, trong đó ...", "các chỉ tiêu chủ yếu đều đạt, như ...": the
        # targets met, reported
        if not reports_result(lead) and not _count_met().search(lead) and not _met_after_count(count.group()):
            yield count.end(), False, 1


@cache
def _aim_references() -> tuple[str, ...]:
    """The words after an aim that point back to one named before (lexicon figures list_context
    'aim_references'), each as a whole word: "này ", "đó,"."""
    return tuple(f"{w}{end}" for w in context_words()["aim_references"] for end in " ,.;")


# a term opening a sentence: "Nhiệm kỳ 2025 - 2030, Đoàn xã tập trung ...; hằng năm, A 1.000 ...; B 90% ..."
_TERM_LEAD = lazy(r"(?m)(?:^|(?<=[.!?…;][ ]))[ ]*(?:trong[ ]+)?" + TERM + r"[ ]*,[ ]*")


@cache
def _coming_time_lead() -> re.Pattern[str]:
    """A time to come opening a sentence (lexicon figures list_context 'coming_times'): "Giai
    đoạn tới, ...", "Trong nhiệm kỳ tới, ..."."""
    return re.compile(rf"(?m)(?:^|(?<=[.!?…;][ ]))[ ]*(?:trong[ ]+)?{alternation(context_words()['coming_times'])}[ ]*,[ ]*")


def _horizon_before_term(folded: str, horizon: re.Match[str]) -> bool:
    """Whether a horizon's year comes before the newest term the text names ("Đến cuối năm 2024,
    thu nhập ... đạt 43,7 triệu đồng" in a report of the congress for 2025 - 2030): the past term's
    results, not a target."""
    year = _YEAR.search(horizon.group())
    newest = newest_term(folded)
    return year is not None and newest is not None and int(year.group()) < newest


def _after_coming_term(folded: str, block: Block) -> Iterator[tuple[int, bool, int]]:
    """After a term that opens a sentence, the newest the text names (the past one is reviewed:
    "Nhiệm kỳ vừa qua ... Nhiệm kỳ 2025 - 2030, ..."), or a time to come that opens one
    ("Giai đoạn tới, xã hướng tới ...; A đạt 16%/năm, B trên 90%"), when its sentence reports no
    result."""
    leads = [term for term in _TERM_LEAD.finditer(folded, block.start, block.end)
             if int(term.group("a")) == newest_term(folded)] if folded.find(
        "nhiệm kỳ", block.start, block.end) >= 0 or folded.find("giai đoạn", block.start, block.end) >= 0 else []
    # the lead's pattern opens on a look-behind: tried only in a block that holds a time to come
    coming = _coming_time_lead().finditer(folded, block.start, block.end) if any(
        folded.find(word, block.start, block.end) >= 0 for word in context_words()["coming_times"]) else ()
    for term in sorted([*leads, *coming], key=lambda m: m.start()):
        sentence = folded[term.start():_sentence_stop(folded, term.end(), block.end)]
        first = sentence.split(";", 1)[0]
        # "Nhiệm kỳ 2020 - 2025, huyện phấn đấu A 7,8%; B ...": the aim's reader takes it from its word;
        # "Nhiệm kỳ 2025 - 2030, phường đề ra 27 chỉ tiêu, trong đó có A ...": the count's, from its link
        if not reports_result(sentence) and not any(word in first for word in context_words()["aims"]) \
                and not _count_lead().search(first):
            yield term.end(), False, _MIN_PROSE_ITEMS


def _after_recurrence(folded: str, block: Block) -> Iterator[tuple[int, bool, int]]:
    """After a word of how often that opens a sentence going on in a ";" list, where the text of
    the paragraph before it sets an aim ("Đại hội thông qua Nghị quyết ... với mục tiêu ... . Hằng
    năm 100% A; mỗi chi đoàn B ít nhất 1 ..."), when the sentence reports no result."""
    words = context_words()
    for word in words["recurrences"]:
        at = folded.find(word, block.start, block.end)
        while at >= 0:
            opens = at == block.start or folded[block.start:at].rstrip().endswith((*_SENTENCE_MARKS, ":"))
            stop = _sentence_stop(folded, at, block.end)
            lead = folded[block.start:at]
            if opens and folded.find(";", at, stop) >= 0 and any(w in lead for w in words["target"]) \
                    and not reports_result(folded[at:stop]):
                after = at + len(word)
                yield (after + 1 if folded.startswith(",", after) else after), False, _MIN_PROSE_ITEMS
            at = folded.find(word, at + 1, block.end)


def _after_general_aim(folded: str, block: Block, mentions: Mentions) -> Iterator[tuple[int, bool, int]]:
    """"Đảng bộ đề ra mục tiêu tổng quát xây dựng tỉnh ... đến năm 2045 ...; tốc độ tăng trưởng
    8%/năm, thu ngân sách đạt 4.000 tỷ đồng": an aim in words, with no figure of its own, whose
    sentence goes on after a ";" with the figures that measure it."""
    if folded.find(";", block.start, block.end) < 0:
        return
    for word in context_words()["aims"]:
        aim = folded.find(word + " ", block.start, block.end)
        while aim >= 0:
            semi = folded.find(";", aim, block.end)
            if semi < 0:
                break
            sentence = _sentence_start(folded, block.start, aim)
            opening = sentence.end() if sentence else block.start
            # its clause: "Với những kết quả đạt được, ... đề ra mục tiêu" reports nothing
            clause = max(opening, folded.rfind(", ", opening, aim) + 1)
            lead = folded[clause:semi]
            # "đã hoàn thành mục tiêu ...": the aim met, reported
            if ". " not in folded[aim:semi] and not reports_result(lead) \
                    and not _count_met().search(folded, clause, aim) and not target_figures(mentions, aim, semi):
                yield semi + 1, False, _MIN_PROSE_ITEMS
            aim = folded.find(word + " ", semi, block.end)


@cache
def _back_link() -> re.Pattern[str]:
    """A word that links a sentence back to the one before it, with its comma (lexicon figures
    list_context 'back_links'): "Cụ thể, ", "Theo đó, "."""
    return re.compile(rf"(?:{alternation(context_words()['back_links'])})[ ]*,[ ]*")


def _after_back_link(folded: str, block: Block, layout: Layout) -> Iterator[tuple[int, bool, int]]:
    """"Sở ... vừa đưa ra kế hoạch năm 2024, với một số mục tiêu." over "Cụ thể, tốc độ tăng trưởng
    ... dự kiến đạt 1,0%/năm; diện tích cây lương thực 103.900 ha, ...": a sentence that opens on a
    back link and goes on in a ";" list, after a sentence (the one before it in its paragraph, or
    the paragraph above) that speaks of aims (the 'target' words) and reports no result: the list
    after the link, read as after a colon."""
    for link in _back_link().finditer(folded, block.start, block.end):
        before = folded[block.start:link.start()]
        if before.strip() and not before.rstrip().endswith(tuple(_SENTENCE_MARKS)):
            continue  # the link does not open a sentence
        stop = _sentence_stop(folded, link.end(), block.end)
        if folded.find(";", link.end(), stop) < 0 or reports_result(folded[link.start():stop]):
            continue
        if before.strip():
            opening = _sentence_start(folded, block.start, block.start + len(before.rstrip()) - 1)
            lead = folded[opening.end() if opening else block.start:link.start()]
        elif block.index > 0 and layout.blocks[block.index - 1].kind == "paragraph":
            above = layout.blocks[block.index - 1]
            lead = folded[above.start:above.end]
        else:
            continue
        if any(w in lead for w in context_words()["target"]) and not reports_result(lead):
            yield link.end(), False, _MIN_PROSE_ITEMS


_COPULA = " là "


@cache
def _aim_setter() -> re.Pattern[str]:
    """A verb that sets goals in a lead (lexicon figures list_context 'goal_setters')."""
    return re.compile(rf"(?<!\w)(?:{alternation(context_words()['goal_setters'])})(?!\w)")


def _after_set_copula(folded: str, block: Block) -> Iterator[tuple[int, bool, int]]:
    """"Nhiệm vụ trọng tâm được huyện đặt ra trong năm 2021 là A đạt trên 29 triệu đồng; B đạt
    trên 1.400 tỷ đồng; C tăng 4%": a lead whose clause sets aims with one of the 'goal_setters'
    and closes on "là", then a list that goes on after a ";" in its sentence, read as after a
    colon; every clause must hold a figure (strict), so that tasks in words ("đề ra là tập trung
    ...; ...") give none."""
    if folded.find(";", block.start, block.end) < 0:
        return
    at = folded.find(_COPULA, block.start, block.end)
    while at >= 0:
        sentence = _sentence_start(folded, block.start, at)
        lead = _own_clause(folded[sentence.end() if sentence else block.start:at])
        after = at + len(_COPULA)
        if folded.find(";", after, _sentence_stop(folded, after, block.end)) >= 0 \
                and _aim_setter().search(lead) and not reports_result(lead):
            yield after, True, _MIN_PROSE_ITEMS
        at = folded.find(_COPULA, after - 1, block.end)


def _count_starts(folded: str, start: int, end: int) -> list[int]:
    """Where a count of targets can open in ``folded[start:end]``: the digits or the quantifier
    before each word it counts ("12 chỉ tiêu", "5 nhóm chỉ tiêu", "một số chỉ tiêu"), found with
    str.find, so that ``_count_lead`` is tried there alone, not at every digit."""
    found: set[int] = set()
    for word in COUNTED:
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
                found.update(pos - len(w) for w in context_words()["count_quantifiers"] if folded.endswith(w, start, pos))
            at = folded.find(word, at + 1, end)
    return sorted(found)


def _prose_lead_sets_targets(folded: str, start: int, colon: int) -> bool:
    """Whether the sentence that ends in the colon, with the one before it, speaks of chỉ tiêu
    or mục tiêu (a budget it sets, a horizon) and reports no result."""
    words = context_words()
    before = folded[start:colon]
    sentence_start = _last_sentence_start(before)
    earlier = _last_sentence_start(before[:max(0, sentence_start or 0)])
    lead = _own_clause(before[earlier or 0:])
    # "Năm 2026, huyện đề ra nhiệm vụ: A đạt 45 triệu đồng; B ...": an aim set in the lead
    sets = "targets" in heading_roles(lead) or any(w in lead for w in words["target"]) \
        or _aim_setter().search(lead) is not None
    if not sets:
        return False  # what a lead reports is read only where it sets targets
    # "Huyện hoàn thành 12 chỉ tiêu, trong đó:", "Nhiều chỉ tiêu đạt khá so với kế hoạch như:":
    # the targets met, reported (a count of them ends on "tiêu": looked for before the pattern,
    # which opens with a look-behind and is tried at every offset)
    # ... but "phấn đấu hoàn thành 3 chỉ tiêu:", "phấn đấu đạt và vượt 12/12 chỉ tiêu:" aims at them
    met = ("tiêu" in lead and any(_count_met().search(lead, 0, m.start()) and not _aimed_count(lead, m.start())
                                  for m in _TARGET_COUNT.finditer(lead))) or _met_after_count(lead)
    return not met and not reports_result(lead)


def _aimed_count(lead: str, count: int) -> bool:
    """Whether a word of a plan ("phấn đấu", "dự kiến") stands in the clause before a count of targets."""
    clause = lead[max(lead.rfind(mark, 0, count) for mark in ".,;") + 1:count]
    return any(w in clause for w in _plan_words())


def _own_clause(lead: str) -> str:
    """A lead after the last ";" of its sentence: what the clauses before it report ("Đại hội thông
    qua ... đánh giá kết quả thực hiện nghị quyết ...; thống nhất 29 chỉ tiêu, trong đó:") is not
    said of the list."""
    return lead[lead.rfind(";") + 1:]


def _back_linked_start(folded: str, start: int) -> int:
    """Where the paragraph above starts, when the one at ``start`` opens on a word that links it
    back ("Các đại biểu thông qua Nghị quyết Đại hội." over "Theo đó, về kinh tế: ..."); else
    ``start``: the lead of a list is read with the sentence it goes on from."""
    if not folded.startswith(context_words()["back_links"], start):
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
        joined = _new_name_and(text, folded, s, own, f) if own and comma < 0 else None
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
        if not named:
            return comma if comma >= 0 and name_of(text, f.start, f.end + MAX_SHORT_LEAD_IN, [f]) else -1
        if _criterion(f):
            # "100% Liên đội, Đoàn trường học tổ chức được ít nhất 01 chương trình": what each unit
            # the figure counts must reach, after a comma of the list of units
            return -1
        # "100% khu dân cư đạt văn hóa, tỷ lệ gia đình văn hóa đạt 85%": a clause naming its own
        # figure after one whose figure leads it, read as after any named figure
    comma = _comma_outside_quotes(text, own[-1].end, f.start)
    if comma >= 0 and f.count_noun and own[-1].count_noun and not text[comma + 1:f.start].strip():
        return comma  # "giúp 2 hộ có phụ nữ thoát nghèo, 2 hộ có phụ nữ thoát cận nghèo": one count each
    if comma >= 0 and f.label and text.startswith(f.label, _skip_space(text, f.end, len(text))) \
            and len(between := folded[comma + 1:f.start].split()) <= 1 and not TIME_LEAD.match(folded, f.end) \
            and not (between and between[0] in _going_on_words()):  # "..., chiếm 49,1% tổng diện tích" goes on
        return comma  # "thực hiện 01 công trình, có ít nhất 90% chi đoàn hoàn thành ...": the share leads its name
    if comma < 0 or not named_before(text, comma + 1, f) or TIME_LEAD.match(folded, comma + 1, f.start):
        return -1
    words = text[comma + 1:f.start].split()
    if words and words[0].islower() and (fold(" ".join(words)) in _share_phrases() or (
            fold(words[0]) in _going_on_words() and (len(words) == 1 or _rate_words(fold(" ".join(words[1:])))))):
        return -1  # a verb that goes on with the sentence: "..., chiếm 49,1% tổng diện tích", "..., tăng bình quân 14%"
    return -1 if grammar().sub_target.match(folded, _skip_space(folded, comma + 1, f.start)) else comma


_SUBJECT_WORDS = 2


def _join_shared(text: str, items: list[Piece]) -> list[Piece]:
    """Items where a share counts only a subject of a word or two before a comma, with nothing
    said of it, joined to the item after, whose words it shares ("100% cán bộ, trên 95% hội viên
    được học tập nghị quyết": one target of two shares)."""
    out: list[Piece] = []
    for s, e, fs in items:
        if out and _bare_subject(text, *out[-1]) and not text[out[-1][1] + 1:s].strip():
            ps, _, pfs = out.pop()
            s, fs = ps, [*pfs, *fs]
        out.append((s, e, fs))
    return out


def _bare_subject(text: str, start: int, end: int, figures: list[Figure]) -> bool:
    f = figures[-1]
    return len(figures) == 1 and f.start == start and not f.led and f.change is None \
        and text.startswith(",", end) and 0 < len(text[f.end:end].split()) <= _SUBJECT_WORDS


def _criterion(f: Figure) -> bool:
    """A count of things bounded below ("ít nhất 01 chương trình", "tối thiểu 02 hoạt động")
    after a figure that leads its name: what each unit that figure counts must reach."""
    return f.comparator == ">=" and (f.count_noun or f.base_unit is None or counts_things(f.base_unit))


def _comma_outside_quotes(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` outside quotes ("đạt tiêu chí gia đình “5 không, 3 sạch”,
    ..." names one criterion), or -1."""
    comma = text.find(",", start, end)
    while comma >= 0 and text.count("“", start, comma) > text.count("”", start, comma):
        comma = text.find(",", comma + 1, end)
    return comma


def _rate_words(words: str) -> bool:
    """Whether ``words`` (folded) are one or more of the 'rate_adverbs' in a row: "bình quân",
    "bình quân hằng năm" ("..., tăng bình quân hằng năm 20%")."""
    adverbs = context_words()["rate_adverbs"]
    while words:
        head = next((a for a in adverbs if words == a or words.startswith(a + " ")), None)
        if head is None:
            return False
        words = words[len(head):].lstrip()
    return True


@cache
def _share_phrases() -> frozenset[str]:
    """The shares of a whole, whole phrases ("..., chiếm tỷ lệ 1,07% so với số hộ"): they go on with
    the figure before, as the one word of ``_going_on_words`` does."""
    return frozenset(context_words()["shares"])  # folded already


@cache
def _going_on_words() -> frozenset[str]:
    """The one word after a comma that goes on with the figure before ("..., chiếm 49,1%", "...,
    tăng 5%"); another ("..., xóa 100% nhà tạm") names a target of its own."""
    words = figures()
    return frozenset(fold(w) for w in (*words.leads, *words.changes, *context_words()["shares"]) if " " not in w)


@cache
def _and_before_figure() -> re.Pattern[str]:
    """"và" right before a figure, or before a verb of having that leads it ("... và có ít nhất
    4 đơn vị ...", lexicon figures.list_context 'aim_verbs'); the verb goes with the next name."""
    return re.compile(rf"[ ]+và[ ]+(?=(?:{alternation(context_words()['aim_verbs'])}[ ]+)?$)")


def _new_name_and(text: str, folded: str, start: int, own: list[Figure], f: Figure) -> tuple[int, int] | None:
    """Where figures lead their names, "và" before the next figure starts a new indicator ("80% hồ
    sơ ở cấp huyện và 60% hồ sơ ở cấp xã"); where names lead, "và" before a name with its own verb
    and figure ("thu ngân sách đạt 4.500 tỷ đồng và giá trị xuất khẩu đạt 290 triệu USD"): the end
    of the one and the start of the next."""
    if "," in text[own[-1].end:f.start] or ";" in text[own[-1].end:f.start]:
        return None
    if named_before(text, start, own[0]):
        return _new_named_and(text, folded, own, f)
    joint = _and_before_figure().search(folded, own[-1].end, f.start)
    if joint is None or joint.start() == own[-1].end or not name_of(text, f.start, f.end + MAX_SHORT_LEAD_IN, [f]):
        return None  # "100% và 95%": one name's figures
    return joint.start(), joint.end()


_LAST_AND = lazy(r".*[ ]và[ ]+", re.DOTALL)


def _new_named_and(text: str, folded: str, own: list[Figure], f: Figure) -> tuple[int, int] | None:
    """"A đạt 4.500 tỷ đồng và B đạt 290 triệu USD", "phấn đấu có thêm 05 xã đạt chuẩn NTM và phấn
    đấu có 1.300.000 lượt khách": each side its own verb, bound or aim before its figure, and after
    "và" a name of its own, an aim or a count that a verb of having leads ("và có ít nhất 4 đơn vị
    ..."), not "tăng 7% và tăng 10%", one name's figures, nor a later time, "và đến năm 2030 đạt 10%"."""
    joint = _LAST_AND.match(text, own[-1].end, f.start)
    # "thành lập mới 5 hợp tác xã và phát triển ít nhất 5 sản phẩm OCOP": counts of different
    # things, each with its own verb, are two targets though the first has no lead word
    counts = f.count_noun and own[-1].count_noun and own[-1].unit != f.unit
    if joint is not None and _share_leads_its_name(text, joint.end(), own, f):
        return joint.start() + joint.group().rfind(" và"), joint.end()
    # "sản lượng lúa 1.100.000 tấn và kim ngạch xuất khẩu đạt 1.200 triệu USD": a bare figure that
    # "và" follows right away closes its name, as the comma of a list would
    closed = joint is not None and not text[own[-1].end:joint.start() + joint.group().rfind(" và")].strip()
    if joint is None or not _predicated(folded, f) or not (counts or closed or any(_predicated(folded, g) for g in own)):
        return None
    after = joint.end()
    # the name after the figure where an aim of its own leads it: "và phấn đấu có 1.300.000 lượt khách ..."
    own_aim = _aim_before().match(folded, after, f.start) is not None
    # or a count of things that a verb of having leads: "... và có ít nhất 4 đơn vị cấp huyện đạt chuẩn"
    had = f.count_noun and _and_before_figure().search(folded, own[-1].end, f.start) is not None
    if not (own_aim or had or named_before(text, after, f)) or TIME_LEAD.match(folded, after, f.start):
        return None
    return joint.start() + joint.group().rfind(" và"), after


_NAME_AFTER_SHARE = 3  # words: "kế hoạch" after "95%" is what the share is of, no name


def _share_leads_its_name(text: str, after: int, own: list[Figure], f: Figure) -> bool:
    """"A đạt 93% và 100% chất thải rắn ở đô thị được thu gom": a share right after "và", which a
    name of its own follows, after a figure that a verb led: a second target, not A's."""
    if f.unit != "%" or f.led or text[after:f.start].strip() or not own[-1].led:
        return False
    return len(name_of(text, f.start, f.end + MAX_SHORT_LEAD_IN, [f]).split()) >= _NAME_AFTER_SHARE


def _predicated(folded: str, f: Figure) -> bool:
    return bool(f.led or f.comparator or _aimed(folded, f))


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


def _closes_clause(rest: str) -> bool:
    """Whether a figure closes its clause, but for how often it recurs ("giải quyết việc làm cho
    1.200 lao động mỗi năm"): the words after it are none or one of the 'rate_adverbs'."""
    rest = rest.strip()
    return not rest or rest in context_words()["rate_adverbs"]


def named_in_prose(layout: Layout, mentions: Mentions, prose: list[Block], found: list[Indicator]) -> list[Indicator]:
    """One target named in a sentence of running text: "chỉ tiêu", "mục tiêu", "phấn đấu",
    "điều chỉnh", then what is measured (after a horizon: "mục tiêu đến năm 2025, ..."), and
    a figure led by "đạt", "còn", "là" in the same clause ("... điều chỉnh chỉ tiêu tăng trưởng
    GRDP giai đoạn 2020-2025 còn 8%/năm"); of several such words the last names it. Not "các
    chỉ tiêu", "chỉ tiêu đề ra", nor a result reported; a target already read is not read twice."""
    text, folded = layout.text.text, layout.text.folded
    taken = [(i.name.lower(), tuple(t.value for t in i.targets)) for i in found]
    figures_read = {t.start for i in found for t in i.targets}  # a figure a list reader took, whatever its name there
    out: list[Indicator] = []
    made: dict[int, tuple[str, int, int, list[Figure]]] = {}  # each of ``out``: its name, where it was read, its figures
    # where the words that open one stand in the whole text: most paragraphs hold none, and the
    # pattern is tried only there, not at every word
    opens = literal_starts(folded, tuple(context_words()["target_leads"]))
    for block in prose:
        inside = opens[bisect_left(opens, block.start):bisect_left(opens, block.end)]
        for m in matches_at(_named_target(), folded, inside, block.start, block.end):
            if text.rfind("(", block.start, m.start()) > text.rfind(")", block.start, m.start()):
                continue  # "(chỉ tiêu năm từ 6-6,5%)": an aside that recalls the plan, not a target set
            horizon = _HORIZON_AFTER_LEAD.match(folded, m.end(), block.end)
            start = horizon.end() if horizon else m.end()
            start = _past_bodies_given(text, folded, m, start, block.end)
            stop = _NAMED_STOP.search(text, start, block.end)
            end = stop.start() if stop else block.end
            figures = target_figures(mentions, start, end)
            # "năm 2025 thu ngân sách ước đạt 465 tỷ đồng; năm 2026 phấn đấu đạt 500 tỷ đồng": the aim
            # of a clause that opens on a later year is read from that clause, past the result before it
            own_year = _later_year_clause(folded, block, m) if m.group().strip() in context_words()["aims"] else None
            sentence = folded[max(block.start, own_year or 0, start - MAX_SHORT_LEAD_IN):end]
            if not figures and m.group().strip() in context_words()["aims"]:
                out += _aim_clauses(layout, mentions, block, end, taken)
                continue
            # a figure led ("đạt 80%"), or bounded after it ("từ 80 đảng viên trở lên")
            led = bool(figures[0].led or figures[0].comparator) if len(figures) == 1 else False
            if not led and len(figures) == 1 and m.group().strip() in context_words()["unled_leads"]:
                # "Mục tiêu tốc độ tăng trưởng GRDP bình quân 12%/năm.", "đề ra chỉ tiêu kết nạp mới
                # 1.600 đảng viên": no verb, the name then the figure that closes the clause (not
                # "điều chỉnh tăng vốn cho 127 dự án", which changes a plan)
                year = _YEAR_AFTER_LEAD.match(folded, start, figures[0].start)  # "chỉ tiêu năm 2026 kết nạp 350 ..."
                led = _VERB_LED.fullmatch(folded, year.end() if year else start, figures[0].start) is not None or (
                    figures[0].unit is not None and not figures[0].zero
                    and _closes_clause(folded[figures[0].end:end]))
            # "phấn đấu đạt 70 triệu đồng": the aim's verb, where "chỉ tiêu đạt" reports them met
            aimed = m.group() == _AIM and folded.startswith("đạt ", start)
            if len(figures) == 1 and m.group() == _AIM and figures[0].start == start and figures[0].unit == "%":
                led = True  # "phấn đấu 100% cơ sở đoàn tổ chức học tập ...": the share the aim sets leads its name
            if not led or reports_result(sentence) or (_not_named(folded, start) and not aimed) \
                    or figures[0].start in figures_read or not _time_to_come(folded, block, m, figures[0]):
                continue
            if _named_target().search(folded, start, figures[0].start):
                continue  # "thông qua việc điều chỉnh chỉ tiêu X còn 8%": the last lead names X
            name = name_of(text, start, end, figures)
            if own_year is not None and not name:
                name = _measured_before(mentions, block, own_year)  # "...; năm 2026 phấn đấu đạt ..."
            if m.group().strip() in context_words()["aims"] and (
                    not name or fold(name) in context_words()["collecting_verbs"]):
                # "quỹ cấp tỉnh phấn đấu vận động 2 tỷ đồng": what is raised stands before the aim
                name = _named_before_aim(text, block, m.start()) or name
            topic = _topic().match(fold(name))
            name = name[topic.end():] if topic else name  # "chỉ tiêu năm 2026 về tốc độ tăng trưởng ..."
            key = (name.lower(), (figures[0].value,))
            whole = _share_of(folded, block, m, name, figures[0], made) if name else None
            if whole is not None:
                # "Cụ thể: Đảng bộ A chỉ tiêu phát triển 150 đảng viên mới; ...": a unit's share of the
                # target named before, one of its targets, labelled by the unit
                w_name, w_start, w_end, w_figures = made[whole]
                label = _share_label(text, block, m.start())
                made[whole] = (w_name, w_start, max(w_end, end), [*w_figures, replace(figures[0], label=label)])
                out[whole] = read_indicator(None, out[whole].group, out[whole].name, *made[whole][1:])
                continue
            if name and not any(v == key[1] and _same_name(n, key[0]) for n, v in taken):
                taken.append(key)
                end, later = _later_horizons(mentions, end, block.end)
                made[len(out)] = (name.lower(), start, end, figures + later)
                out.append(read_indicator(None, _section(layout, block), name[:1].upper() + name[1:], start, end,
                                          figures + later))
                if stop is not None and stop.group() == ";":
                    out += _bare_clauses_after(layout, mentions, block, stop.end(), taken)
    return out


def _share_of(folded: str, block: Block, lead: re.Match[str] | regex.Match[str], name: str, figure: Figure,
              made: dict[int, tuple[str, int, int, list[Figure]]]) -> int | None:
    """Which target read before ``figure`` is a share of, or None: in a sentence that opens on a
    back link ("Cụ thể: Đảng bộ A chỉ tiêu phát triển 150 đảng viên mới; ...", lexicon figures
    list_context 'back_links'), a target of the same name and unit as one of an earlier sentence
    hands that one out to the units named before its lead."""
    opening = _sentence_start(folded, block.start, lead.start())
    if not folded.startswith(context_words()["back_links"], opening.end() if opening else block.start):
        return None
    for index, (named, start, _, read) in made.items():
        if start < (opening.end() if opening else block.start) and read and read[0].unit == figure.unit \
                and _same_name(name.lower(), named):
            return index
    return None


def _share_label(text: str, block: Block, lead: int) -> str | None:
    """The unit a share is handed to: the words before its lead, back to the clause's mark or the
    'và' that joins it to the list ("...; Biên phòng 15 và Đảng bộ Khối các cơ quan tỉnh chỉ tiêu ...")."""
    start = max(text.rfind(mark, block.start, lead) for mark in ";:,")
    joined = text.rfind(" và ", max(start, block.start), lead)
    start = joined + 4 if joined >= 0 else start + 1
    return text[start:lead].strip() or None


@cache
def _topic() -> re.Pattern[str]:
    """The word a target's topic opens on (lexicon figures list_context 'topics': "về")."""
    return re.compile(rf"(?:{alternation(context_words()['topics'])})[ ]+")


_CLAUSE_END = re.compile(r"[;:(]|[.!?…](?=[ ]|$)")


def _bare_clauses_after(layout: Layout, mentions: Mentions, block: Block, pos: int,
                        taken: list[tuple[str, tuple[float | None, ...]]]) -> list[Indicator]:
    """The clauses after the ';' that ends a target named in prose, each naming what it measures
    and closing on a figure no word leads ("chỉ tiêu năm 2026 về A đạt từ 6% trở lên; cơ cấu ngành
    nông, lâm nghiệp và thủy sản 18-19%."): targets of the same lead; the first clause that is
    not one ends them."""
    text, folded = layout.text.text, layout.text.folded
    out: list[Indicator] = []
    while pos < block.end:
        start = _skip_space(text, pos, block.end)
        stop = _CLAUSE_END.search(text, start, block.end)
        end = stop.start() if stop else block.end
        figures = target_figures(mentions, start, end)
        if len(figures) != 1 or figures[0].led or figures[0].unit is None or figures[0].start == start \
                or not _closes_clause(folded[figures[0].end:end]) or reports_result(folded[start:end]):
            break
        name = name_of(text, start, end, figures)
        key = (name.lower(), (figures[0].value,))
        if not name or any(v == key[1] and _same_name(n, key[0]) for n, v in taken):
            break
        taken.append(key)
        out.append(read_indicator(None, _section(layout, block), name[:1].upper() + name[1:], start, end, figures))
        if stop is None or stop.group() != ";":
            break
        pos = stop.end()
    return out


_GIVEN = lazy(r"(?<!\w)giao[ ]+$")
_TO = lazy(r"cho[ ]+")


def _past_bodies_given(text: str, folded: str, lead: regex.Match[str], start: int, limit: int) -> int:
    """Where what is measured starts after "giao chỉ tiêu" and the bodies given it ("giao chỉ
    tiêu các huyện ủy, đảng ủy trực thuộc phát triển 1.905 đảng viên mới", "giao chỉ tiêu cho
    UBND các xã tuyển 120 thanh niên"): past the bodies, ``start`` otherwise."""
    if lead.group().strip() != "chỉ tiêu" or not _GIVEN.search(folded, max(0, lead.start() - 8), lead.start()):
        return start
    to = _TO.match(folded, start, limit)
    given = read_bodies(text, folded, to.end() if to else start, limit)
    if given is None:
        return start
    return _skip_space(text, given.end, limit)


def _later_year_clause(folded: str, block: Block, lead: re.Match[str] | regex.Match[str]) -> int | None:
    """Where the clause that holds ``lead`` starts when it follows a ';' and opens on a year later
    than any its sentence names before ("năm 2025 ... ước đạt 465 tỷ đồng; năm 2026 phấn đấu ..."):
    it sets a target of its own, whatever the clauses before report. None otherwise."""
    semi = folded.rfind(";", block.start, lead.start())
    if semi < 0:
        return None
    clause = _skip_space(folded, semi + 1, lead.start())
    opening = _LEADING_YEAR.match(folded, clause, lead.start())
    if opening is None:
        return None
    sentence = _sentence_start(folded, block.start, semi)
    before = [int(y) for y in _YEAR.findall(folded, sentence.end() if sentence else block.start, semi)]
    return clause if before and max(before) < int(opening.group(1)) else None


def _measured_before(mentions: Mentions, block: Block, clause: int) -> str:
    """What the clause before the ';' that ends before ``clause`` measures ("năm 2025 thu ngân
    sách ước đạt 465 tỷ đồng; năm 2026 ...": "thu ngân sách"), its year left out."""
    text = mentions.layout.text.text
    semi = text.rfind(";", block.start, clause)
    stops = list(_PROSE_STOP.finditer(text, block.start, semi))
    start = _skip_space(text, stops[-1].end() if stops else block.start, semi)
    year = _LEADING_YEAR.match(mentions.layout.text.folded, start, semi)
    start = _skip_space(text, year.end(), semi) if year else start
    name = name_of(text, start, semi, target_figures(mentions, start, semi))
    # "thu ngân sách ước": the word that makes the figure an estimate is no part of it
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and fold(words[-1]) in context_words()["estimate"] else name


def _time_to_come(folded: str, block: Block, lead: re.Match[str] | regex.Match[str], figure: Figure) -> bool:
    """Whether a lead that only says something is to come ("sẽ") sets ``figure``: what its verb
    does, in a sentence that names the coming time ("Năm 2026, Đảng bộ sẽ kết nạp 350 đảng
    viên"); not a figure a word leads ("sẽ tiếp tục giảm 10% ..."), whose name stands elsewhere.
    True for any other lead."""
    if lead.group().strip() not in context_words()["future_leads"]:
        return True
    if figure.led:
        return False
    opening = _sentence_start(folded, block.start, lead.start())
    stop = _sentence_end(folded, lead.end(), block.end)
    return _coming_time().search(folded, opening.end() if opening else block.start,
                                 stop.start() if stop else block.end) is not None


@cache
def _coming_time() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(context_words()['coming_times'])}|năm[ ]+{YEAR})(?!\w)")


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
    stop = _sentence_end(text, end, block.end)
    limit = stop.start() if stop else block.end
    out: list[Indicator] = []
    semi = text.find(";", end, limit)
    while semi >= 0:
        nxt = text.find(";", semi + 1, limit)
        start, clause_end = _skip_space(text, semi + 1, limit), nxt if nxt >= 0 else limit
        figures = target_figures(mentions, start, clause_end)
        if len(figures) == 1 and figures[0].led and not reports_result(folded[start:clause_end]):
            name = name_of(text, start, clause_end, figures)
            key = (name.lower(), (figures[0].value,))
            if name and not any(v == key[1] and _same_name(n, key[0]) for n, v in taken):
                taken.append(key)
                out.append(read_indicator(None, _section(layout, block), name[:1].upper() + name[1:], start, clause_end,
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
    stop = _sentence_end(text, end, limit)
    limit = stop.start() if stop else limit
    found: list[Figure] = []
    semi = text.find(";", end, limit)
    while semi >= 0:
        nxt = text.find(";", semi + 1, limit)
        start = _skip_space(text, semi + 1, nxt if nxt >= 0 else limit)
        cut = _PROSE_STOP.search(text, start, nxt if nxt >= 0 else limit)
        clause_end = cut.start() if cut else (nxt if nxt >= 0 else limit)
        figures = target_figures(mentions, start, clause_end)
        if (len(figures) != 1 or not figures[0].led or not TIME_LEAD.match(folded, start)
                or names_something(text, folded, start, clause_end, figures)):
            break
        found.append(figures[0])
        end, semi = clause_end, nxt
    return end, found


def _section(layout: Layout, block: Block) -> str | None:
    """The group of the targets a paragraph names: the label that opens it ("Về kinh tế: ...",
    "Một số chỉ tiêu chủ yếu đến năm 2030: ..."), else the heading it stands under."""
    own = _own_section(layout, block)
    if own is not None:
        return own
    heading = nearest_heading(layout, block, set())
    return heading_text(layout, heading) or None if heading is not None else None


def _own_section(layout: Layout, block: Block) -> str | None:
    """The label that opens a paragraph and groups its targets, or the heading run into it."""
    text = layout.text.text
    run_in = _run_in_heading(layout, block)
    if run_in is not None:
        return text[run_in[0]:run_in[1]]
    label = _own_label(layout, block)
    return TRAILING_LINK.sub("", label.group("label")) if label else None


def _own_label(layout: Layout, block: Block) -> regex.Match[str] | None:
    """The short label in words that opens a paragraph, with its colon ("Về kinh tế: ")."""
    text = layout.text.text
    # the colon is looked for at memory speed: most paragraphs open on no label
    label = _OWN_LABEL.match(text, block.start, block.end) if text.find(":", block.start, block.start + 90) >= 0 else None
    if label and len(label.group("label").split()) <= _MAX_LABEL_WORDS \
            and not layout.text.folded.startswith(context_words()["back_links"], block.start):
        return label
    return None


def _run_in_heading(layout: Layout, block: Block) -> tuple[int, int] | None:
    """A heading of targets that a web page ran into the paragraph of its list, on one line
    ("Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng ...
    đạt 12-13%/năm ..."): a capitalised count of chỉ tiêu or "Mục tiêu cụ thể" (lexicon
    headings.targets) near the paragraph's start, up to the ")" that closes it before a capital;
    its start and end. Not one that reports results ("Các chỉ tiêu đã đạt (...)")."""
    text, folded = layout.text.text, layout.text.folded
    if block.kind != "paragraph" or text.find(")", block.start, block.start + _MAX_RUN_IN) < 0:
        return None
    m = _run_in_pattern().match(folded, block.start, min(block.end, block.start + _MAX_RUN_IN))
    if m is None or not text[m.start("h")].isupper() or not text[m.end():m.end() + 2].strip()[:1].isupper() \
            or reports_result(folded[m.start("h"):m.end("h")]):
        return None
    return m.start("h"), m.end("h")


_MAX_RUN_IN = 160
_RUN_IN_NOISE = 20  # a crawler's stamp before it ("date 2020-07")


@cache
def _run_in_pattern() -> re.Pattern[str]:
    cue = rf"(?:{alternation(context_words()['count_quantifiers'])}[ ]+)?(?:{alternation(fold(w) for w in headings().targets)})"
    # the heading opens a word: after a space, or at the start of its line (a headline above it)
    return re.compile(rf"[^.;:!?\n]{{0,{_RUN_IN_NOISE}}}?(?<![^ \n])(?P<h>{cue}(?!\w)[^.;:!?()\n]{{0,100}}\([^()\n]{{1,40}}\))[ ]+")


# a short label in words, with no figure, that opens a paragraph of running text, then a colon
_OWN_LABEL = lazy_regex(r"(?P<label>\p{Lu}[^:.;!?%\n]{2,80}?)[ ]*:[ ]")
_MAX_LABEL_WORDS = 10


def _not_named(folded: str, start: int) -> bool:
    """Whether the words after "chỉ tiêu" name no one indicator ("các chỉ tiêu", "chỉ tiêu đề ra")."""
    return folded.startswith(_not_named_openings(), start, start + MAX_SHORT_LEAD_IN)


@cache
def _not_named_openings() -> tuple[str, ...]:
    return tuple(f"{w} " for w in context_words()["not_named_after"])  # folded already


@cache
def _directed_purpose() -> re.Pattern[str]:
    """A directive, then in its sentence the purpose that names a target."""
    words = context_words()
    return re.compile(rf"(?<!\w)(?:{alternation(words['directives'])})(?!\w)[^.!?;:]*?"
                      rf"(?<!\w)(?:{alternation(words['purposes'])})[ ]+")


_REPORTED_DIRECTIVE = re.compile(r"(?<!\w)đã[ ]+\Z")


def directed_in_prose(layout: Layout, mentions: Mentions, prose: list[Block], found: list[Indicator]) -> list[Indicator]:
    """One target the purpose of a directive names in running text: "Bí thư Tỉnh ủy đề nghị Đảng ủy
    UBND tỉnh tiếp tục ... để thúc đẩy tăng trưởng KT-XH của tỉnh đạt từ 8,5 - 9%": one figure that a
    word leads or bounds, with its unit, in the purpose's clause. Not a directive reported ("đã chỉ
    đạo ... để ... đạt 95%"), a result, or a figure already read."""
    text, folded = layout.text.text, layout.text.folded
    figures_read = {t.start for i in found for t in i.targets}
    # the pattern needs one of the directives: found once in the text, each block is told by bisection
    directives = word_starts(folded, context_words()["directives"])
    out: list[Indicator] = []
    for block in prose:
        if not holds_any(directives, block.start, block.end):
            continue
        # the pattern opens with a directive: tried where one stands, not at every offset
        for m in matches_at(_directed_purpose(), folded, starts_in(directives, block.start, block.end),
                            block.start, block.end):
            if _REPORTED_DIRECTIVE.search(folded, max(block.start, m.start() - 8), m.start()):
                continue
            start = m.end()
            stop = _PROSE_STOP.search(text, start, block.end)
            end = stop.start() if stop else block.end
            figures = target_figures(mentions, start, end)
            if len(figures) != 1 or not (figures[0].led or figures[0].comparator) or figures[0].unit is None \
                    or figures[0].start in figures_read or reports_result(folded[m.start():end]):
                continue
            name = name_of(text, start, end, figures)
            if name:
                out.append(read_indicator(None, _section(layout, block), name[:1].upper() + name[1:], start, end,
                                          figures))
    return out
