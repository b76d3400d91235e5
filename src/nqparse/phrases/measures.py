"""What figures measure: the name of an indicator or a result, read around its figures.

``name_of(text, start, end, figures)`` is the first clause of ``text[start:end]`` without its
figures, notes in brackets, baseline ("so với ..."), time ("đến năm 2025") and the lead words
at its edges ("đạt", "phấn đấu"). A counted noun that is part of the phrase stays ("Kết nạp
125 - 130 đảng viên" names "Kết nạp đảng viên"), and so does a zero phrase ("không còn hộ
nghèo").
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .. import lexicon
from ..normalize import fold
from .figures import Figure, classifies, counts_things, edge_end, later_bound
from .lazy import lazy, lazy_regex
from .terms import LED_YEAR, TIME_LEADS, YEAR, term_years
from .text import DIGIT, single_spaced, squash

# a line break ends a name unless the next line goes on with the sentence (a hard-wrapped line
# starts in lower case or with the figure: "Tỷ lệ doanh nghiệp vừa và nhỏ\nđịa phương ... đạt 60%")
_NAME_END = lazy_regex(r"(?i);|:(?!\d)|\.(?=[ ]+[\p{Lu}(\-–]|[ ]*$)|\n(?![ ]*(?-i:[\p{Ll}\d]))|,?[ ]+trong đó(?!\w)")
_PAREN = lazy(r"[ ]*\([^()]*\)")
_SPACE_BEFORE_PUNCT = lazy(r"[ ]+(?=[,;:.)])|(?<=\()[ ]+")
# "phấn đấu đưa giá trị sản xuất ... đạt": the aim and its verb of bringing name nothing; nor
# does "với" linking a clause to the aim before it ("..., với tổng thu ngân sách hơn 441 tỷ đồng")
_NAME_START = lazy(r"(?i)^(?:(?:có|phấn đấu|đạt|phấn đấu đạt|đưa|với)[ ]+(?=\w))+")
_LEADING_TIME = lazy(rf"(?i)^{LED_YEAR}[ ]*,?[ ]*(?=\w)")
_EMPTY_PAREN = re.compile(r"\([\s,;]*\)")
_BASELINE_TAIL = lazy(r"(?i)^[ ,(]*so với[^;()]*\)?")
_TRAILING_TIME = lazy(
    rf"(?i)[ ,]+(?:(?:{TIME_LEADS}|cuối)[ ]+)*(?:năm|giai đoạn|nhiệm kỳ)[ ]+"
    rf"(?:{term_years('[ ]')}|{YEAR})[ ]*$")
_LETTER = regex.compile(r"\p{L}")
_EDGE_TAIL = 80  # longer than any run of edge words at the end of a name


def _counts(text: str, start: int, end: int, noun: str) -> bool:
    """Whether ``text[start:end]`` opens by naming the count of ``noun``: "Số xã ...", "Tổng số ..."."""
    return _count_of(noun).match(text, start, end) is not None


@lru_cache(maxsize=512)  # a pattern per counted noun, compiled once
def _count_of(noun: str) -> re.Pattern[str]:
    return re.compile(rf"[\W\d]*(?:tổng\s+)?số\s+(?:lượng\s+)?{re.escape(noun)}(?!\w)", re.IGNORECASE)


def _names_its_count(text: str, start: int, f: Figure) -> bool:
    """Whether what ``f`` counts is part of the name: "Kết nạp 125 - 130 đảng viên" names "Kết
    nạp đảng viên", and a figure with no name before it opens on its count, a prefixed one too
    ("phấn đấu có 1.300.000 lượt khách du lịch đến tỉnh"); not twice ("Số xã ... tăng thêm 14
    xã"), nor after a name its lead closes ("Số xã đạt chuẩn đạt 14 xã")."""
    assert f.base_unit is not None
    if classifies(f.base_unit):
        return False  # "tổng đàn trâu 25.000 con" names "Tổng đàn trâu"
    counted = (f.count_noun and not f.led) or (not named_before(text, start, f) and counts_things(f.base_unit))
    return counted and not _counts(text, start, f.start, f.base_unit) and not _named_in(text, start, f)


def _named_in(text: str, start: int, f: Figure) -> bool:
    """Whether a figure stands in brackets after the words that name it ("Kết nạp đảng viên mới
    (120 đảng viên)", "Giải quyết việc làm (300 lao động)"): what it counts is no part of the name."""
    bracket = text.rfind("(", start, f.start)
    return bracket >= 0 and not text[bracket + 1:f.start].strip() and bool(_LETTER.search(text, start, bracket))


_FOOTNOTE_MARK = lazy(r"\d{1,2}[ .]*")


def name_of(text: str, start: int, end: int, figures: list[Figure]) -> str:
    """What ``figures`` measure: the first clause of ``text[start:end]`` with its figures, notes
    and baseline taken out."""
    stop = _NAME_END.search(text, start, end)
    clause_end = stop.start() if stop else end
    if stop and not text[start:clause_end].strip():
        clause_end = end
    clause_end = _open_note(text, start, clause_end)
    if stop and stop.group().lower().endswith("trong đó") and figures and figures[0].start >= stop.end() \
            and not any(c.isdigit() for c in text[start:stop.start()]) and not _names_a_structure(text[start:stop.start()]):
        # "xã đề ra nhiều chỉ tiêu, trong đó tổng vốn đầu tư đạt 300 tỷ đồng": the clause before
        # "trong đó" counts nothing (unlike "ban hành 137 quyết định, trong đó 78 ... đạt 56,9%")
        # and names no whole whose shares follow ("cơ cấu kinh tế ..., trong đó nông nghiệp 48%");
        # what the figures measure is named after it
        return name_of(text, stop.end(), end, figures)
    later = _sentence_of_figures(text, start, end, clause_end, figures)
    if later is not None:
        return name_of(text, later, end, figures)
    inside = [f for f in figures if start <= f.start < clause_end]
    if len(inside) >= 2 and named_before(text, start, inside[0]):
        # "X đạt 7%, Y đạt 80 triệu đồng": the name is X; a comma before the second figure ends it
        # (not when the figure leads: "100% các điểm tổ chức, chứa chấp ... và 100% diện tích ...")
        comma = text.find(",", inside[0].end, inside[1].start)
        if comma >= 0:
            clause_end = comma
    elif len(inside) >= 2 and inside[1].led:
        # "100% khu dân cư đạt văn hóa, tỷ lệ gia đình văn hóa đạt 85%": a figure that leads its
        # name, then a clause that names its own figure before the word that leads it
        comma = text.rfind(",", inside[0].end, inside[1].start)
        if comma >= 0 and named_before(text, comma + 1, inside[1]) and not _AND.search(text, comma, inside[1].start):
            clause_end = comma
    parts: list[str] = []
    pos = start
    used: list[Figure] = []
    for f in figures:
        if f.start >= clause_end or f.start < pos:
            continue
        before = text[pos:f.start]
        # "tăng 40% dịch vụ ...": the figure's own lead names nothing
        parts.append("" if not parts and f.led and _figure_lead_tail().match(before) else before)
        if f.zero:
            parts.append(text[f.start:f.end])
        elif f.base_unit and (not used or f.comparator == ">=") and _names_its_count(text, start, f):
            # and a count bounded below after the first figure: what each unit it counts must
            # have ("100% cơ sở Đoàn có ít nhất 01 công trình thanh niên")
            parts.append(f" {f.base_unit} ")
        pos = f.end
        used.append(f)
    tail = text[pos:max(pos, clause_end)]
    if used and used[-1].led and named_before(text, start, used[0]):
        tail = ""  # "Tỷ lệ phủ sóng 5G đạt 100% dân số": named before the figure, what follows qualifies it
    elif used and _FOOTNOTE_MARK.fullmatch(tail):
        tail = ""  # "dưới 24%1;": a footnote's mark glued to the figure
    elif used:
        tail = _BASELINE_TAIL.sub("", tail)  # the baseline after the figure
        tail = _per_tail().sub("", tail)  # "4 - 5%/năm": what a rate is counted per
        bound = later_bound().match(fold(tail)) if used[-1].comparator else None
        if bound:
            # "có từ 80% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ trở lên, không có ...": the bound
            # ends the name; what follows is a clause of its own, unless it goes on with no comma
            # ("có từ 50% số hộ đăng ký trở lên đạt danh hiệu ...": what those counted reach)
            going_on = _GOES_ON.match(tail, bound.end("c"))
            tail = tail[:bound.start("c")] + (going_on.group() if going_on else "")
    name = "".join(parts) + tail
    for _ in range(2):  # a note inside a note: "(theo mục (7) của Kế hoạch)"
        name = _PAREN.sub(lambda m: m.group() if _short_note(m.group()) else "", name)
    name = _EMPTY_PAREN.sub("", name)  # "đạt 50% (8 xã)": the brackets of the figures taken out
    name = single_spaced(name)
    name = _SPACE_BEFORE_PUNCT.sub("", name).strip()
    link = opening_link().match(name)  # "Qua đó, tỷ lệ ...": a link, not what is measured
    name = name[link.end():] if link else name
    name = _NAME_START.sub("", name, count=1)
    name = _LEADING_TIME.sub("", name, count=1)  # "đến năm 2025 tỷ trọng ...": when, not what
    for _ in range(2):  # "... vào GRDP đến năm 2025", "... giai đoạn 2020-2025 còn": when, not what
        if name[-1:].isdigit():
            name = _TRAILING_TIME.sub("", name)
        name = _trailing_coming_time().sub("", name)  # "... trong năm tới": when, not what
        # only the last words can be edges: fold them, not the whole name
        last = max(0, len(name) - _EDGE_TAIL)
        name = name[:last + edge_end(fold(name[last:]), 0, len(name) - last)]
    name = name.strip(" ,;:.-–/")  # "... nhiệm vụ./": the end mark of a text
    return name[:1].upper() + name[1:]  # "100% các xã, phường ..." names "Các xã, phường ..."


@lru_cache(maxsize=1)
def _structure_words() -> tuple[str, ...]:
    return tuple(fold(word) for word in lexicon.figures().list_context["structures"])


def _names_a_structure(clause: str) -> bool:
    """Whether ``clause`` names a whole that is shared out (lexicon figures list_context 'structures')."""
    folded = fold(clause)
    return any(word in folded for word in _structure_words())


def _open_note(text: str, start: int, end: int) -> int:
    """Where a note in brackets that the clause's end cuts open starts ("25 km đường (trong đó: 20 km
    ..."): a note names nothing, so the name ends before it."""
    bracket = text.rfind("(", start, end)
    return bracket if bracket > start and text.find(")", bracket, end) < 0 else end


@lru_cache(maxsize=1)
def opening_link() -> re.Pattern[str]:
    """The link or frequency and its comma that open a name or a sentence (lexicon figures
    list_context 'name_openers'); match it where the sentence starts."""
    return re.compile(rf"(?i)(?:{lexicon.alternation(lexicon.figures().list_context['name_openers'])})[ ]*,[ ]*(?=\w)")


@lru_cache(maxsize=1)
def _trailing_coming_time() -> re.Pattern[str]:
    """The coming time a name may end on ("Kết nạp đảng viên trong năm tới"), lexicon figures
    list_context 'coming_times' and its 'coming_time_leads'."""
    context = lexicon.figures().list_context
    times, leads = lexicon.alternation(context["coming_times"]), lexicon.alternation(context["coming_time_leads"])
    return re.compile(rf"(?i)[ ,]+(?:{leads}[ ]+)?{times}[ ]*$")


def _sentence_of_figures(text: str, start: int, end: int, clause_end: int, figures: list[Figure]) -> int | None:
    """Where the sentence with the figures starts, when the first sentence has none ("Tổ chức
    thực hiện kế hoạch ... nợ công. Phấn đấu tỷ lệ giải ngân vốn đạt trên 90%"): it names them."""
    after = [f.start for f in figures if f.start >= clause_end]
    if not after or len(after) < len(figures) or not text.startswith(".", clause_end):
        return None
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, clause_end, min(after[0], end))]
    return stops[-1] if stops else None


_SENTENCE_STOP = lazy_regex(r"\.[ ]+(?=\p{Lu})")


@lru_cache(maxsize=1)
def _per_tail() -> re.Pattern[str]:
    return re.compile(rf"^[ ]?/[ ]?(?:{lexicon.alternation(lexicon.units().per)})(?!\w)")


_AND = re.compile(r"\svà\s")
_GOES_ON = lazy_regex(r"[ ]+\p{Ll}[^,;]*")


def named_before(text: str, start: int, figure: Figure) -> bool:
    """Whether words other than a lead ("Phấn đấu", "Có", the figure's own "tăng" in "tăng 40%
    dịch vụ ...") stand before the figure."""
    before = _NAME_START.sub("", text[start:figure.end].lstrip())
    head = before[:len(before) - (figure.end - figure.start)]
    if figure.led:
        head = _figure_lead_tail().sub("", head)
    return bool(_LETTER.search(head))


@lru_cache(maxsize=1)
def _figure_lead_tail() -> re.Pattern[str]:
    """The words that lead a figure ("đạt", "tăng"), standing alone before it, and a comparator
    before the figure's own ("ít nhất trên 90%"); after a word of how often, which names nothing
    either ("mỗi năm giảm 0,3% số gia đình hội viên nghèo": lexicon figures list_context 'recurrences')."""
    words = (*lexicon.figures().leads, *lexicon.figures().comparators_before)
    leads = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    often = lexicon.alternation(lexicon.figures().list_context["recurrences"])
    return re.compile(rf"(?i)^[ ]*(?:{often}[ ]*,?[ ]*)?(?:{leads})[ ]*$")


def fallback_name(text: str, start: int, end: int, figures: list[Figure]) -> str:
    """A name for an item that is all figure ("Có 35 giường bệnh/vạn dân"): what it counts."""
    unit = next((f.base_unit for f in figures if f.base_unit and f.base_unit != "%"), None)
    if unit:
        return unit[0].upper() + unit[1:]
    return squash(text[start:end])[:200]


def _short_note(paren: str) -> bool:
    """'(IIP)', '(FDI)' stay in a name; '(giá so sánh 2010)', '(do quận quản lý)' do not."""
    inner = paren.strip(" ()")
    return not DIGIT.search(inner) and len(inner.split()) <= 2
