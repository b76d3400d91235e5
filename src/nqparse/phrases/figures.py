"""Figures in a stretch of text -> ``Target`` records: values and ranges with their units,
comparators, growth, baseline, label and span.

``find_figures(text, folded, start, end)`` reads ``text[start:end]`` (``folded`` is the
same-length matching copy from normalize.py). A figure is a numeral, a range of two
("3.300 – 3.500", "16 - 18%", "01-02", "từ 20 đến 25") or number words followed by a unit
("hai xã"). What stands around it decides the rest:

1. Numbers that are not targets are skipped: parts of dates and codes ("25/5/2016",
   "1210/2016/UBTVQH13", "COVID-19"), durations ("3 tháng"), years and periods without a unit
   ("năm 2020", "giai đoạn 2016 - 2020"), and in running text any figure with neither a unit
   nor a lead word ("đạt", "tăng", a comparator) in front of it ("Tiêu chí 5"). A duration
   is a target only as a level reached ("tuổi thọ đạt 75 tuổi").
2. The unit is the longest unit of lexicon ``units`` after the figure, scale words first
   ("204 nghìn tỷ đồng": unit "nghìn tỷ đồng", base unit "đồng", multiplier 1e12).
3. Comparators come from the words just before (trên, ít nhất, khoảng, "≥") or after (trở lên).
4. A target's clause runs back to the previous target or to ";", ":", a line break or
   "trong đó"; "tăng"/"giảm" in it mark a change unless the figure is a level ("xuống còn").
   The clause's words are the target's ``label``, "so với ..." after it its ``baseline``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

import regex

from .. import lexicon
from ..normalize import fold
from ..records import At, Change, Comparator, record
from .lazy import lazy, lazy_regex
from .numbers import NUMERAL, Number, number_word_list, parse_number, parse_number_words
from .terms import YEAR
from .text import DIGIT, may_open, single_spaced, squash


@record
class Figure:
    """A target as found: offsets in the text read and parsed parts (``assemble`` makes it a
    ``Target``)."""

    start: int
    end: int
    value: Number | None
    low: Number | None
    high: Number | None
    unit: str | None
    base_unit: str | None
    multiplier: Number
    count_noun: bool  # the unit names the things counted: an indicator's name keeps it
    led: bool  # a lead word stands before it ("đạt", "là", "tăng"): the words before name it
    zero: bool  # "không còn hộ nghèo": the whole phrase is the target
    comparator: Comparator | None
    change: Change | None
    baseline: str | None
    label: str | None
    year: int | None

    @property
    def at(self) -> At:
        return At(self.start, self.end)


def _alternation(words: Iterable[object]) -> str:
    items = sorted({fold(str(w)) for w in words}, key=lambda w: (-len(w), w))  # the same pattern every run
    return "|".join(regex.escape(w) for w in items)


def _unit_alternation(words: Iterable[str]) -> str:
    """Alternation of units; a "/" in a unit may have a space after it ("USD/ người")."""
    return _alternation(words).replace("/", "/[ ]?")


def _spaced(alternation: str) -> str:
    """The words of an alternation may stand on two lines of a hard-wrapped text ("tối\nthiểu")."""
    return alternation.replace("\\ ", r"\s+")


def _opening_alt(words: Iterable[object]) -> str:
    r"""``(?<!\w)(?:{_alternation(words)})`` as one branch per first letter, the look-behind
    after that letter: the engine then looks for those letters alone, and at each tries only
    the words that start with it, not every word at every offset."""
    rests: dict[str, list[str]] = {}
    for w in sorted({fold(str(w)) for w in words}, key=lambda w: (-len(w), w)):
        rests.setdefault(w[0], []).append(regex.escape(w[1:]))
    branches = [rf"{regex.escape(c)}(?<!\w\w)(?:{'|'.join(r)})" if c.isalnum()
                else rf"(?<!\w){regex.escape(c)}(?:{'|'.join(r)})" for c, r in rests.items()]
    return f"(?:{'|'.join(branches)})"


def _word_alt(words: Iterable[object]) -> str:
    """Alternation of words, each standing as whole words."""
    return rf"(?<!\w)(?:{_alternation(words)})(?!\w)"


@record
class _Grammar:
    figure: re.Pattern[str]
    words: re.Pattern[str]
    unit: re.Pattern[str]
    after_cmp: regex.Pattern[str]
    before_cmp: regex.Pattern[str]
    zero: regex.Pattern[str]
    not_before: regex.Pattern[str]
    lead: regex.Pattern[str]
    level: regex.Pattern[str]
    duration: regex.Pattern[str]
    duration_lead: regex.Pattern[str]
    digits: re.Pattern[str]
    change: regex.Pattern[str]
    boundary: regex.Pattern[str]
    baseline_after: regex.Pattern[str]
    baseline_inside: regex.Pattern[str]
    year: regex.Pattern[str]
    name_edges: dict[str, tuple[str, ...]]  # the words that end no name, by their last word
    edge_start: regex.Pattern[str]
    sub_target: regex.Pattern[str]
    spelled_out: regex.Pattern[str]
    rate: regex.Pattern[str]
    scales: dict[str, float]
    counts: frozenset[str]
    prefixes: frozenset[str]
    classifiers: frozenset[str]
    not_counted: frozenset[str]
    done_to: frozenset[str]
    comparators_before: dict[str, Comparator]
    comparators_after: dict[str, Comparator]
    changes: dict[str, Change]


@cache
def grammar() -> _Grammar:
    units = lexicon.units()
    words = lexicon.figures()
    scales = {fold(k): float(v) for k, v in lexicon.number_words().scales.items()}
    counts = [fold(u) for u in units.counts]
    measures = [fold(u) for u in units.measures]
    prefixes = _alternation(units.prefixes)
    # "tỷ trọng", "tỷ lệ": a word of its own, no scale
    scale_alt = rf"(?:{_alternation(scales)})(?![ ]+(?:{_alternation(lexicon.number_words().not_scale_before)})(?!\w))"
    unit_alt = _unit_alternation(counts + measures)
    # OCR's space after a decimal comma ("13, 5%", "89.490, 478 tỷ đồng"), only where a unit follows
    ocr_decimals = (rf"(?:(?<=\.\d{{3}}),[ ]\d{{1,3}}|(?<!\d{{4}}|\.\d{{3}}),[ ]\d{{1,2}})"
                    rf"(?=[ ]?[%‰]|[ ]+(?:(?:{scale_alt})[ ]+)*(?:{unit_alt})(?!\w)|[ ]?[-–—][ ]?\d)")
    sep = rf"[ ]?[-–—][ ]?|[ ]+(?:{_alternation(words.range_words)})[ ]+"
    return _Grammar(
        # the three long alternations use the standard library's engine, which compiles them
        # about three times faster (they need nothing the regex module adds): start-up matters
        figure=re.compile(
            rf"(?<![\w.,/])(?P<a>{NUMERAL})"
            # the second number of a range may have its unit glued on ("80– 100ha"), not a letter code
            rf"(?P<ocr>{ocr_decimals})?(?P<pa>[ ]?(?:{PER_MILLE}|%))?(?:(?P<sep>{sep})(?P<b>{NUMERAL})(?P<ocrb>{ocr_decimals})?(?![\d_]))?"),
        words=re.compile(rf"{_opening_alt(number_word_list())}(?:[ ]+(?:{_alternation(number_word_list())}))*"
                            rf"(?=[ ]+(?:(?:{scale_alt})[ ]+)*(?:{unit_alt})(?!\w))"),
        unit=re.compile(
            rf"(?P<sp>[ ]?)(?:(?P<scale>(?:{scale_alt})(?:[ ]+(?:{scale_alt}))*)(?:[ ]+|(?=%)|\Z|(?!\w)))?"
            rf"(?P<unit>(?:{prefixes})[ ]+(?:{_alternation(counts)})(?![\w/])"
            # "tỷ đồng/năm", "đảng viên/năm", "giường/01 vạn dân" (per one of them); "%/năm" stays
            # "%", a rate per year as any rate; a "/" that ends what is read is where an excerpt was
            # cut ("75-80 triệu đồng/người/"): the unit before it is whole
            # a measure counted per a thing counted: "200.000 đồng/hội viên", "3 tỷ đồng/xã" (not a
            # count per a count, "12 xã/phường": a list of two)
            rf"|(?:{_unit_alternation(measures)})(?:(?<!%)[ ]?/[ ]?(?:0?1[ ]+)?(?:{_alternation([*units.per, *counts])}))+"
            rf"(?!\w|/(?![ ]*\Z))"
            rf"|(?:{unit_alt})(?:(?<!%)[ ]?/[ ]?(?:0?1[ ]+)?(?:{_alternation(units.per)}))*(?!\w|/(?![ ]*\Z))"
            rf"|{PER_MILLE}|%)?"),
        after_cmp=re.compile(rf"(?P<gap>(?:[ ]+[^\W\d]+){{0,3}}?)[ ]+(?P<c>{_alternation(words.comparators_after)})(?!\w)"),
        before_cmp=re.compile(
            rf"(?:(?<!\w)(?P<c>{_spaced(_alternation(words.comparators_before))})|(?<!\w)(?P<from>{_alternation(words.range_start)}))\s*\Z"),
        zero=re.compile(rf"{_word_alt(words.zero)}[ ]+(?=\w)"),
        # the patterns anchored at the end, whose matches are only tested, are run backwards
        # (REVERSE): the engine then tries the end alone, not every offset before it
        not_before=regex.compile(rf"{_word_alt(words.not_before)}[ ]*\Z", regex.REVERSE),
        lead=regex.compile(rf"(?:{_word_alt(words.leads)}|{_word_alt(words.comparators_before)}|[≥≤<>~≈=])\s*\Z",
                           regex.REVERSE),
        level=regex.compile(rf"{_word_alt(words.levels)}[ ]*\Z", regex.REVERSE),
        duration=re.compile(rf"[ ]*(?P<d>{_word_alt(units.durations)})"),
        duration_lead=regex.compile(
            rf"{_word_alt(words.duration_leads)}(?:[ ]+{_word_alt(words.comparators_before)})?[ ]*\Z", regex.REVERSE),
        digits=re.compile(rf"[ ]+{_word_alt(fold(w) for w in units.digit_counts)}"),
        # a change word inside a phrase that names no change ("tăng cường", "giá trị tăng thêm") is none
        change=re.compile(rf"(?:{_word_alt(words.not_changes)})|(?P<change>{_word_alt(words.changes)})"),
        boundary=regex.compile(rf"(?i)[;:\n]|\.(?=[ ]+[\p{{Lu}}(]|[ ]*\Z)|{_word_alt(words.sub_target)}"),
        sub_target=re.compile(_word_alt(words.sub_target)),
        rate=re.compile(_word_alt(words.rates)),
        spelled_out=re.compile(rf"\([ ]*{_word_alt(words.spelled_out)}[^()]*\)?"),
        edge_start=re.compile(rf"(?:[ ,:;–+•-]*{_word_alt(words.label_starts)})*[ ,:;–+•-]*"),
        baseline_after=re.compile(rf"[ ]*[,(]?[ ]*{regex.escape(words.baseline)}[ ]+(?P<b>[^;,.()\n]+)"),
        baseline_inside=re.compile(rf"\([ ]*{regex.escape(words.baseline)}[ ]+(?P<b>[^()\n]+)\)"),
        year=re.compile(rf"(?<!\w)năm[ ]+(?P<y>{YEAR})(?!\d)"),
        name_edges=_by_last_word(words.name_edges),
        scales=scales,
        counts=frozenset(counts),
        prefixes=frozenset(fold(w) for w in units.prefixes),
        classifiers=frozenset(fold(w) for w in units.classifiers),
        not_counted=frozenset(fold(w) for w in units.not_counted),
        done_to=frozenset(fold(w) for w in units.done_to),
        # the lexicon's values are the models' (tests/test_lexicon.py checks them)
        comparators_before={fold(k): cast(Comparator, v) for k, v in words.comparators_before.items()},
        comparators_after={fold(k): cast(Comparator, v) for k, v in words.comparators_after.items()},
        changes={fold(k): cast(Change, v) for k, v in words.changes.items()},
    )


def _by_last_word(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases keyed by their last word, longest first: the end of a name is read backwards."""
    found: dict[str, list[str]] = {}
    for w in sorted({fold(w) for w in words}, key=len, reverse=True):
        found.setdefault(w.split()[-1], []).append(w)
    return {k: tuple(v) for k, v in found.items()}


_EDGE_MARKS = " ,:;–-"


def edge_end(folded: str, start: int, end: int) -> int:
    """Where the words and marks that end no name begin in ``folded[start:end]`` ("... đạt",
    "... phấn đấu đạt:"), or ``end``. Read backwards word by word, not by a pattern anchored at
    the end, which would be tried at every offset. "trở lên", "trở xuống" end a name as a whole
    ("từ 5 tuổi trở xuống"): their last word stays."""
    edges = grammar().name_edges
    cut = end
    while True:
        pos = cut
        while pos > start and folded[pos - 1] in _EDGE_MARKS:
            pos -= 1
        # the last word: mostly all that follows the last space; else read back letter by letter
        word = max(start, folded.rfind(" ", start, pos) + 1)
        if not folded[word:pos].isalnum():
            word = pos
            while word > start and folded[word - 1].isalnum():
                word -= 1
        phrases = edges.get(folded[word:pos])
        phrase = next((p for p in phrases if _edge_at(folded, start, pos, p)), None) if phrases else None
        if phrase is None:
            return pos
        cut = pos - len(phrase)


def _edge_at(folded: str, start: int, pos: int, phrase: str) -> bool:
    """Whether ``phrase`` stands as whole words just before ``pos``, and not after "trở"."""
    begin = pos - len(phrase)
    if begin < start or not folded.startswith(phrase, begin, pos):
        return False
    if begin > start and folded[begin - 1].isalnum():
        return False
    if folded.endswith(_change_measures(), start, begin):
        # "Tốc độ tăng bình quân": the change a noun before it measures is part of the name
        change = grammar().change.match(phrase)
        return not (change and change.group("change"))
    return not folded.endswith("trở ", start, begin)


@cache
def _change_measures() -> tuple[str, ...]:
    """The nouns that measure a change, with the space after them (lexicon figures 'change_measures')."""
    return tuple(fold(w) + " " for w in lexicon.figures().change_measures)


def _is_year(value: Number | None) -> bool:
    return isinstance(value, int) and 1900 <= value <= 2100


@dataclass
class _Raw:
    """A figure's numbers and unit, before the words around it are read."""

    num_start: int
    end: int
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    base_unit: str | None = None
    multiplier: Number = 1
    count_noun: bool = False
    zero: bool = False
    duration: bool = False


def _read_unit(g: _Grammar, text: str, folded: str, pos: int, end: int, raw: _Raw) -> None:
    """Scale words and a unit at ``pos``: fill ``raw``'s unit fields and move its end."""
    m = g.unit.match(folded, pos, end)
    if not m or not (m.group("scale") or m.group("unit")):
        return
    scale_words = (m.group("scale") or "").split()
    factor = 1.0
    for w in scale_words:
        factor *= g.scales[w]
    unit_end = m.end("unit") if m.group("unit") else m.end("scale")
    raw.unit = text[pos + len(m.group("sp")):unit_end]
    raw.base_unit = text[m.start("unit"):unit_end] if m.group("unit") else None
    if raw.base_unit and _PER_MILLE.fullmatch(raw.base_unit):
        raw.unit = raw.base_unit = "‰"
    raw.multiplier = int(factor) if factor == int(factor) else factor
    raw.count_noun = bool(m.group("unit")) and not scale_words and m.group("unit") in g.counts
    raw.end = unit_end


def classifies(unit: str) -> bool:
    """Whether a unit is a classifier alone ("25.000 con"): what it classifies is named before
    the figure, and the name keeps no classifier."""
    return single_spaced(fold(unit)) in grammar().classifiers


def counts_things(unit: str) -> bool:
    """Whether a unit names things counted: a count, or a prefix with one ("lượt khách", "lượt
    tổ chức đảng")."""
    g = grammar()
    folded = single_spaced(fold(unit))
    prefix, _, rest = folded.partition(" ")
    return folded in g.counts or (prefix in g.prefixes and rest in g.counts)


_LETTER = regex.compile(r"\p{L}")
_DENOMINATOR = re.compile(r"[ ]*(?:trên|/|mỗi)[ ]*")
_CODE_AFTER = regex.compile(r"[./][ ]?\d|[-–][ ]?\p{L}|/")
_CODE_MARKS = (".", "/", "-", "–")  # what _CODE_AFTER opens on
_CODE_BEFORE = regex.compile(r"\p{L}[-–]\Z")
_DASHES = ("-", "–")  # what _CODE_BEFORE ends on

_DATE_TAIL = lazy(r"[ ]?[-–/.][ ]?\d")
_TOKEN = lazy_regex(r"[^\s;,()]*")
_PER = lazy_regex(r"[ ]?/[ ]?\p{L}+(?!\w)")
# per mille, and as a keyboard without the sign types it: "0,30%0/năm", "0,3%o"
PER_MILLE = r"‰|%[0o](?![\w.,])"
_PER_MILLE = re.compile(PER_MILLE)


def _share(written: str) -> str:
    """The unit of a share written right after its number: "%", or "‰" however typed."""
    return "‰" if _PER_MILLE.search(written) else "%"


def _numeral_figures(g: _Grammar, text: str, folded: str, start: int, end: int) -> list[_Raw]:
    found: list[_Raw] = []
    pos = start
    while True:
        # a figure starts with a digit: the engine, which cannot tell that from the pattern
        # (it opens with a look-behind), would try the whole pattern at every offset
        digit = DIGIT.search(folded, pos, end)
        m = g.figure.search(folded, digit.start(), end) if digit else None
        if not m:
            return found
        a_end = m.end("a")
        # "5/7 huyện": tried only where a "/" follows the number
        share = _share_of_count(g, text, folded, start, m.start(), a_end, end) \
            if folded.startswith("/", a_end, end) else None
        if share is not None:
            found.append(share)
            pos = share.end
            continue
        # part of a date or a code: "25/5/2016", "19-NQ/TƯ", "COVID-19" (the patterns are tried
        # only where the mark they open or end on stands: most figures have a space on each side)
        if (folded[a_end:min(a_end + 1, end)] in _CODE_MARKS and _CODE_AFTER.match(folded, a_end, end)) \
                or (folded[max(start, m.start() - 1):m.start()] in _DASHES
                    and _CODE_BEFORE.search(folded, max(start, m.start() - 2), m.start())):
            pos = _TOKEN.match(folded, a_end, end).end()
            continue
        if m.group("ocr") and not g.not_before.search(folded, max(start, m.start() - 20), m.start()):
            a_end = m.end("ocr")  # "13, 5%" is 13,5 % ("tháng 12, 5%" is not)
        elif m.group("ocr"):
            pos = a_end  # a date or a number word before it: read what follows the comma on its own
            continue
        if g.digits.match(folded, a_end, end):
            pos = a_end
            continue  # "tăng trưởng 2 con số": how many digits, no quantity
        a = parse_number(folded[m.start():a_end])
        b = parse_number(m.group("b") + (m.group("ocrb") or "")) if m.group("b") else None
        raw = _Raw(num_start=m.start(), end=m.end())
        pos = m.end()
        if a is not None and b is not None and a < b:
            if _DATE_TAIL.match(folded, m.end(), end):
                pos = _TOKEN.match(folded, m.end(), end).end()
                continue  # a date written with dashes: "20-12-2021"
            if _is_year(a) and _is_year(b) and not m.group("pa"):
                continue  # a period: "giai đoạn 2016 - 2020", "2021-2025"
            raw.low, raw.high = a, b
            _read_unit(g, text, folded, m.end(), end, raw)
            if raw.unit is None and m.group("pa"):
                raw.unit = raw.base_unit = _share(m.group("pa"))
        else:
            raw.value = a
            raw.end = pos = m.end("pa") if m.group("pa") else a_end  # a second number is read on its own
            if m.group("pa"):
                raw.unit = raw.base_unit = _share(m.group("pa"))
                per = _PER.match(folded, raw.end, end)
                raw.end = pos = per.end() if per else raw.end  # "12%/năm", "1%/GRDP": still a share
            else:
                _read_unit(g, text, folded, a_end, end, raw)
        duration = g.duration.match(folded, raw.end, end) if raw.unit is None else None
        if duration:
            # a duration is a target only as a level reached: "tuổi thọ đạt 75 tuổi", not "từ 3 tháng trở lên"
            raw.unit = raw.base_unit = text[duration.start("d"):duration.end()]
            raw.end, raw.duration = duration.end(), True
        elif raw.unit is None and may_open(folded[raw.end:raw.end + 1], str.isalpha) and _LETTER.match(folded, raw.end, raw.end + 1):
            continue  # glued to a word: a code ("5G")
        found.append(raw)
        pos = max(pos, raw.end)


_OF_WHOLE = re.compile(r"/(?P<whole>\d{1,3})(?![\d/.,])")


def _share_of_count(g: _Grammar, text: str, folded: str, start: int, num_start: int, a_end: int,
                    end: int) -> _Raw | None:
    """"5/7 huyện đạt chuẩn NTM": so many of a whole count of things, the count of things the
    lexicon lists right after the whole; a figure of the first number, no date ("ngày 5/7") nor
    code. Whether it is a target or a result is for the sentence around it to say."""
    whole = _OF_WHOLE.match(folded, a_end, end)
    if whole is None or num_start > start and folded[num_start - 1] in "/.,-" \
            or g.not_before.search(folded, max(start, num_start - 20), num_start):
        return None
    part = parse_number(folded[num_start:a_end])
    if not isinstance(part, int) or not 0 < part <= int(whole.group("whole")):
        return None
    raw = _Raw(num_start=num_start, end=whole.end(), value=part)
    _read_unit(g, text, folded, whole.end(), end, raw)
    return raw if raw.count_noun else None


def _word_figures(g: _Grammar, text: str, folded: str, start: int, end: int) -> list[_Raw]:
    """Number words followed by a unit: 'hai xã', 'mười lăm tỷ đồng'."""
    found = []
    for m in g.words.finditer(folded, start, end):
        words = m.group().split()
        # scale words at the end go with the unit, as after digits: "mười lăm | tỷ đồng"
        while len(words) > 1 and words[-1] in g.scales:
            words.pop()
        if words in (["năm"], ["không"]) or words[-1] in ("linh", "lẻ"):
            continue
        value = parse_number_words(" ".join(words))
        if value is None:
            continue
        words_end = m.start() + len(" ".join(words))
        if g.digits.match(folded, words_end, end):
            continue  # "tăng trưởng hai con số"
        if value == 1 and _distributed().search(folded, max(start, m.start() - _DISTRIBUTED_REACH), m.start()):
            continue  # "Chương trình mỗi xã một sản phẩm": one for each, a name
        raw = _Raw(num_start=m.start(), end=words_end, value=value)
        _read_unit(g, text, folded, words_end, end, raw)
        if raw.base_unit and raw.unit != "%":
            found.append(raw)
    return found


_DISTRIBUTED_REACH = 30


@cache
def _distributed() -> re.Pattern[str]:
    """A word that hands one thing out to each of a kind, then that kind, right before "một"
    (lexicon figures list_context 'distributives'): "mỗi xã ", "mỗi người "."""
    words = lexicon.figures().list_context["distributives"]
    return re.compile(rf"(?<!\w){_alternation(fold(w) for w in words)}(?:[ ]+[^\W\d]+){{1,2}}[ ]+\Z")


@cache
def _comparator_ends() -> tuple[str, ...]:
    """The last words of the comparators and range openings before a figure: ``before_cmp``,
    anchored at the end, is tried only where the words before the figure end in one (it would
    otherwise be tried at every offset of them)."""
    words = lexicon.figures()
    return tuple({fold(w).split()[-1] for w in (*words.comparators_before, *words.range_start)})


@cache
def later_bound() -> re.Pattern[str]:
    """The bound that closes, after the name, a figure "từ" opens ("có từ 80% tổ chức cơ sở Đảng
    hoàn thành tốt nhiệm vụ trở lên"), matched on the folded text after the figure."""
    return re.compile(rf"[^,;.:()\d\n]{{0,80}}?(?<!\w)(?P<c>{_alternation(lexicon.figures().comparators_after)})(?!\w)")


@cache
def _lead_ends() -> tuple[str, ...]:
    return tuple({fold(w).split()[-1] for w in lexicon.figures().leads})


@cache
def _lead_tail() -> regex.Pattern[str]:
    return regex.compile(rf"{_word_alt(lexicon.figures().leads)}[ ]*\Z", regex.REVERSE)


def _compared_then_led(g: _Grammar, left: str) -> re.Match[str] | None:
    """A comparator before a lead word ("tối thiểu ở mức 8-10%", "dưới mức 2%"): the comparator's
    match, or None."""
    lead = _lead_tail().search(left)
    if lead is None:
        return None
    before = left[:lead.start()]
    m = g.before_cmp.search(before) if before.rstrip().endswith(_comparator_ends()) else None
    return m if m is not None and m.group("c") else None


@cache
def _zero_phrases() -> re.Pattern[str]:
    """Any of the zero phrases as they stand, whole words or not: the words ``zero`` needs."""
    return re.compile(_alternation(lexicon.figures().zero))


def _zero_figures(g: _Grammar, text: str, folded: str, start: int, end: int) -> list[_Raw]:
    """'không còn hộ nghèo': a target of zero of a counted unit."""
    found: list[_Raw] = []
    if _zero_phrases().search(folded, start, end) is None:
        return found  # told in one scan: the pattern, which opens on a look-behind, needs one of them
    for m in g.zero.finditer(folded, start, end):
        raw = _Raw(num_start=m.start(), end=m.end(), value=0, zero=True)
        _read_unit(g, text, folded, m.end() - 1, end, raw)
        if raw.count_noun:
            found.append(raw)
    return found


def find_figures(text: str, folded: str, start: int, end: int, *, bare: bool = False,
                 unit: str | None = None, year: int | None = None) -> list[Figure]:
    """The target figures in ``text[start:end]``, in order.

    ``bare`` accepts a figure with neither unit nor lead word (a table cell holds nothing
    else); ``unit`` is the unit of a figure that has none; ``year`` the year of every target
    that names none.
    """
    g = grammar()
    raws = _numeral_figures(g, text, folded, start, end)
    taken = [(r.num_start, r.end) for r in raws]
    for extra in (*_word_figures(g, text, folded, start, end), *_zero_figures(g, text, folded, start, end)):
        if not any(s < extra.end and extra.num_start < e for s, e in taken):
            raws.append(extra)
    raws.sort(key=lambda r: r.num_start)
    # an amount written again in words ("(Bằng chữ: Ba nghìn bảy trăm chín mươi tỷ đồng)") is no new target
    spelled = [(m.start(), m.end()) for m in g.spelled_out.finditer(folded, start, end)] \
        if folded.find("(", start, end) >= 0 else []
    if spelled:
        raws = [r for r in raws if not any(s <= r.num_start < e for s, e in spelled)]
    figures: list[Figure] = []
    prev_end = start
    change_from: int | None = None
    for i, raw in enumerate(raws):
        if raw.num_start < prev_end:
            continue
        opened = _starting_value(g, folded, max(start, prev_end), raw, raws[i + 1:])
        if opened is not None:
            change_from = opened  # "giảm từ 6% xuống còn 5%": 6% is where the change starts, only 5% is set
            continue
        if figures and _DENOMINATOR.fullmatch(folded, prev_end, raw.num_start):
            continue  # "10 bác sĩ trên 1 vạn dân": the second figure is what the first is counted per
        if _per_one(folded, start, raw):
            continue  # "giá trị sản phẩm trên một ha đạt 72 triệu đồng": what the value is counted per
        if raw.count_noun:
            _widen_to_grade(g, text, folded, raw, end)
        if figures and figures[-1].count_noun and (_graded(folded, prev_end, raw.num_start, end)
                                                    or _item_value().fullmatch(folded, prev_end, raw.num_start)):
            continue  # "6 sản phẩm OCOP từ 4 sao trở lên", "5 công trình trị giá 7 triệu đồng": which things are counted
        figure = _qualify(g, text, folded, start, end, prev_end, raw, bare=bare, unit=unit, year=year)
        if figure is not None and change_from is not None:
            figure = replace(figure, start=min(figure.start, change_from))  # the name ends before "từ A"
        if figure is not None:
            change_from = None  # not at the year A is dated by ("từ 5% năm 2020 xuống còn 2%")
            figures.append(figure)
            prev_end = figure.end
    return _inherit_change(g, folded, figures)


@cache
def _change_to() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"từ" right before a figure, and a level word alone between it and the next figure, after
    the year the first figure is dated by ("từ 5% năm 2020 xuống còn 2%")."""
    words = lexicon.figures()
    return (re.compile(rf"{_word_alt(words.range_start)}[ ]*\Z"),
            re.compile(rf"[ ]*(?:năm[ ]+{YEAR}[ ]*,?[ ]*)?{_word_alt(words.levels)}[ ]*"))


def _starting_value(g: _Grammar, folded: str, start: int, raw: _Raw, after: list[_Raw]) -> int | None:
    """The figure a change starts from: "từ A xuống (còn) B", "từ A lên (mức) B" set B alone,
    and so does "tăng A lên B" with no "từ", where a change word stands before A in its clause.
    Where its "từ" (or A) starts, or None."""
    opened, level = _change_to()
    later = [r for r in after if not (r.unit is None and _is_year(r.value))]
    if not later or level.fullmatch(folded, raw.end, later[0].num_start) is None:
        return None
    m = opened.search(folded, max(start, raw.num_start - 8), raw.num_start)
    if m:
        return m.start()
    changed = any(c.group("change") for c in g.change.finditer(folded, start, raw.num_start))
    return raw.num_start if changed else None


_YEAR_WORD_BEFORE = lazy(r"(?<!\w)năm[ ]*\Z")


@cache
def _recurrence_before() -> re.Pattern[str]:
    """How often, right before a figure (lexicon figures list_context 'recurrences': "hằng năm")."""
    return re.compile(rf"{_word_alt(lexicon.figures().list_context['recurrences'])}[ ]*\Z")


@cache
def _negated_before() -> re.Pattern[str]:
    """A word that forbids what follows, in the clause before a bound (lexicon figures list_context
    'negated_bounds': "không để")."""
    return re.compile(_word_alt(lexicon.figures().list_context["negated_bounds"]))


@cache
def _compared_with() -> re.Pattern[str]:
    """A comparative and 'so với' before a figure, with no change word or 'đạt' after them (lexicon
    figures list_context 'comparatives', 'compared_setters'; 'baseline', 'changes')."""
    words = lexicon.figures()
    setting = _word_alt((*words.changes, *words.list_context["compared_setters"]))
    return re.compile(rf"{_word_alt(words.list_context['comparatives'])}[ ]+{_word_alt([words.baseline])}"
                      rf"(?:(?!{setting})[^;.])*\Z")


@cache
def _change_words() -> re.Pattern[str]:
    """Any change word as it stands, inside a word too: what a change the pattern finds needs."""
    return re.compile(_alternation(lexicon.figures().changes))


@cache
def _baseline_word() -> str:
    return fold(lexicon.figures().baseline)


# "không để nợ quá hạn trên 0,3%": forbidding more than a figure sets it as the most allowed
_NEGATED: dict[Comparator, Comparator] = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}


# a clause that opens on the count it names: "tổng số lao động được hỗ trợ hằng năm", "số hộ thoát nghèo"
# (matched from where the clause or the text read starts)
_COUNT_NAMED = lazy(r"[ ]*(?:[;:][ ]*)?(?:tổng[ ]+)?số[ ]+[^\W\d_][^;:,.\d()]*\Z")
_PER_BEFORE = lazy(r"(?<!\w)(?:trên|mỗi)[ ]+\Z")


@cache
def _scale_words() -> frozenset[str]:
    return frozenset(lexicon.number_words().scales)


@cache
def _population_after() -> re.Pattern[str]:
    """The inhabitants a value is counted per, right after a figure (lexicon units 'per_population')."""
    return re.compile(rf"[ ]*(?:{_alternation(lexicon.units().per_population)})(?!\w)")


def _per_one(folded: str, start: int, raw: _Raw) -> bool:
    """One unit after "trên" or "mỗi" ("trên một ha", "trên 1 đơn vị diện tích", "trên 1 vạn dân")
    is the unit a value is counted per, not a target above one; so is any count of inhabitants
    ("số doanh nghiệp trên 1.000 dân đạt 2 doanh nghiệp")."""
    if _PER_BEFORE.search(folded, max(start, raw.num_start - 8), raw.num_start) is None:
        return False
    per_scale = raw.unit is not None and raw.unit in _scale_words()  # "1 vạn" of "1 vạn dân"
    return (raw.value == 1 and (raw.multiplier == 1 or per_scale) and raw.unit not in (None, "%")) \
        or (raw.unit is None and _population_after().match(folded, raw.end) is not None)


_PLAIN_NUMBER = re.compile(r"[\d.,]+")


@cache
def _grade_pattern() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words and "từ" between a count and its grade's number, with the grade word when it
    stands first ("từ hạng 2"); what closes a grade after its number: the grade word then
    "trở lên" ("4 sao trở lên"), or "trở lên" alone after a grade word that stood first."""
    words = lexicon.figures()
    grades, after = _alternation(words.grades), _alternation(words.comparators_after)
    gap = (rf"(?:[ ]+[^\W\d_]+){{0,{_PHRASE_WORDS}}}?[ ]+(?:{_alternation(words.range_start)})[ ]+"
           rf"(?P<first>(?:{grades})[ ]+)?")
    return re.compile(gap), re.compile(rf"[ ]*(?:{grades})[ ]+(?:{after})(?!\w)"), re.compile(rf"[ ]*(?:{after})(?!\w)")


@cache
def _item_value() -> re.Pattern[str]:
    """The words between a counted noun and the value each thing counted holds ("công trình thanh niên trị
    giá từ", lexicon figures.item_values), not a total ("với tổng trị giá", figures.totals)."""
    words = lexicon.figures()
    before = _alternation((*words.range_start, *words.comparators_before))
    totals = "".join(rf"(?<!{re.escape(t)}[ ])" for t in words.totals)
    return re.compile(rf"(?:[ ]+[^\W\d_]+){{0,{_PHRASE_WORDS}}}?[ ]+{totals}(?:{_alternation(words.item_values)})"
                      rf"[ ]+(?:(?:{before})[ ]+)?")


@cache
def _worth() -> re.Pattern[str]:
    """The worth of things counted, after them: their value each or in total, one word at most
    between ("với tổng trị giá", lexicon figures.item_values and totals)."""
    words = lexicon.figures()
    return re.compile(rf"(?:[ ]+[^\W\d_]+)?[ ]+(?:(?:{_alternation(words.totals)})[ ]+)?"
                      rf"(?:{_alternation(words.item_values)})(?!\w)")


def _graded(folded: str, prev_end: int, num_start: int, end: int) -> bool:
    """A grade from N upwards ("từ 4 sao trở lên", "từ hạng 2 trở lên") right after the words of
    a counted noun ("6 sản phẩm OCOP từ 4 sao trở lên"): it says which things the count counts."""
    gap, grade, closed = _grade_pattern()
    m = gap.fullmatch(folded, prev_end, num_start)
    if m is None:
        return False
    digits = _PLAIN_NUMBER.match(folded, num_start, end)
    return digits is not None and (closed if m.group("first") else grade).match(folded, digits.end(), end) is not None


def _widen_to_grade(g: _Grammar, text: str, folded: str, raw: _Raw, end: int) -> None:
    """A counted noun whose grade follows ("3 khách sạn từ hạng 2 trở lên") runs up to that
    grade's "từ": the lexicon's shorter unit ("khách") is only its first word."""
    gap = _grade_pattern()[0]
    m = gap.match(folded, raw.end, end)
    if m is None or m.end() == raw.end or not _graded(folded, raw.end, m.end(), end):
        return
    words_end = raw.end
    for w in _WORD_AFTER.finditer(folded, raw.end, m.end()):
        word = folded[w.start("w"):w.end("w")]
        if word in lexicon.figures().range_start:
            break
        written = text[w.start("w"):w.end("w")]
        abbreviation = written.isupper() and len(written) >= 2  # "sản phẩm OCOP": the kind of thing counted
        if not (written.islower() or abbreviation) or word in g.not_counted or word in g.done_to:
            return  # a verb or a name between: the unit ends where the lexicon says
        words_end = w.end("w")
    if words_end > raw.end and raw.unit is not None and raw.multiplier == 1:
        unit_start = raw.end - len(raw.unit)
        raw.unit = raw.base_unit = text[unit_start:words_end]
        raw.end = words_end


def _inherit_change(g: _Grammar, folded: str, figures: list[Figure]) -> list[Figure]:
    """Parts listed after "trong đó" share the growth of the whole: "tăng 16 - 18%, trong đó
    công nghiệp 12%; dịch vụ 22%". A part with a verb of its own ("đạt 40%") keeps none."""
    whole: Figure | None = None
    out: list[Figure] = []
    for f in figures:
        if f.change is not None:
            whole = f
        elif (whole is not None and not f.led and f.unit == whole.unit
              and g.sub_target.search(folded, whole.end, f.start)):
            f = replace(f, change=whole.change)
        out.append(f)
    return out


def _qualify(g: _Grammar, text: str, folded: str, start: int, end: int, prev_end: int, raw: _Raw, *,
             bare: bool, unit: str | None, year: int | None) -> Figure | None:
    """Read the words around a figure; None when it is not a target."""
    near = max(prev_end, raw.num_start - 40)
    left = folded[near:raw.num_start]
    comparator: Comparator | None = None
    fig_start = raw.num_start
    m = g.before_cmp.search(left) if left.rstrip().endswith(_comparator_ends()) else None
    if m is None and left.rstrip().endswith(_lead_ends()):
        m = _compared_then_led(g, left)
    if m and not raw.zero:
        if m.group("c"):
            comparator = g.comparators_before[single_spaced(m.group("c"))]
        fig_start = near + m.start()
    if raw.duration and not g.duration_lead.search(folded, near, fig_start):
        return None
    if _is_year(raw.value) and _YEAR_WORD_BEFORE.search(left):
        return None  # "đến năm 2030 xã Vĩnh Lộc đạt ...": a year, whatever noun follows it
    counted = None
    named_count = False  # "tổng số lao động được hỗ trợ hằng năm 1.350;": a clause that names a count closes on it
    if raw.unit is None and not raw.zero:
        if (_is_year(raw.value) and (not bare or unit is None)) \
                or (g.not_before.search(left) and not _recurrence_before().search(left)):
            return None  # "năm 2025", "giai đoạn 2"; not "hằng năm 1.350": how often, no year
        # the noun after it is read only for a figure these left standing (a year mostly is not)
        counted = _counted_noun(g, text, folded, raw.end, end) if not unit else None
        named_count = counted is None and _COUNT_NAMED.match(folded, prev_end, raw.num_start) is not None \
            and _CLAUSE_CLOSE.match(folded, raw.end, end) is not None
        if not bare and not m and not g.lead.search(left) and not (counted and counted[2]) and not named_count:
            return None
    if counted is not None:
        raw.unit = raw.base_unit = text[counted[0]:counted[1]]
        raw.end, raw.count_noun = counted[1], True
    fig_end = raw.end
    after = g.after_cmp.match(folded, fig_end, end)
    if after and not DIGIT.search(after.group("gap")):
        comparator = g.comparators_after[single_spaced(after.group("c"))]
        fig_end = after.end()
    elif raw.low is None and ((m is not None and m.group("from")) or raw.count_noun):
        # "có từ 80% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ trở lên": "từ" opens a bound that
        # the clause closes after the name; a count's clause closes its own ("05 xã đạt chuẩn
        # nông thôn mới trở lên"), where no other figure stands between
        bound = later_bound().match(folded, fig_end, end)
        if bound:
            comparator = g.comparators_after[single_spaced(bound.group("c"))]
        elif m is not None and m.group("from") and _CLAUSE_CLOSE.match(folded, fig_end, end):
            comparator = ">="  # "bình quân từ 10%/năm;": a lower bound with no upper one, at least 10%
    value_unit, base_unit, multiplier = raw.unit, raw.base_unit, raw.multiplier
    if value_unit is None and unit:
        value_unit, base_unit, multiplier = _split_unit(g, unit)
    # the clause marks between the previous target and this one, found once for all that reads them
    bounds = [(b.start(), b.end()) for b in g.boundary.finditer(text, prev_end, fig_start)]
    clause_start, clause_end, clause_words = _clause(g, text, folded, start, prev_end, fig_start, bounds)
    # growth words: in the clause, or right before the figure ("đạt 32 tỷ USD, tăng 15%")
    last_cut = bounds[-1][1] if bounds else prev_end
    words_before = folded[last_cut:fig_start]
    if clause_end < last_cut:
        words_before = folded[clause_start:clause_end] + " " + words_before
    # the pattern opens with a look-behind, tried at every offset: only where its "so với" stands
    if _baseline_word() in words_before and _compared_with().search(words_before):
        return None  # "phấn đấu cao hơn so với mức Chính phủ giao là 3,2%": the figure compared with
    change: Change | None = None
    if not g.level.search(words_before):
        changes = g.change.finditer(words_before) if _change_words().search(words_before) else ()
        for c in changes:
            if c.group("change"):
                change = g.changes[single_spaced(c.group("change"))]
    elif g.rate.search(words_before):
        change = "increase"  # a growth rate set at a level: "tăng trưởng GRDP ... còn 8%/năm"
    if comparator is not None and m is not None and m.group("c") and _negated_before().search(folded, last_cut, fig_start):
        comparator = _NEGATED.get(comparator, comparator)
    if change == "increase" and comparator in ("<", "<="):
        change = None  # "tốc độ tăng dân số dưới 1%", "tăng không quá 4%": a cap on a growth sets no growth
    baseline = _baseline(g, text, folded, fig_end, end, clause_start, fig_start)
    label = (clause_words or _label_after(g, text, folded, fig_end, end)) if clause_start > start else None
    return Figure(start=fig_start, end=fig_end, value=raw.value, low=raw.low, high=raw.high, unit=value_unit,
                  base_unit=base_unit, multiplier=multiplier, count_noun=raw.count_noun,
                  led=bool(g.lead.search(folded, near, fig_start)) or named_count, zero=raw.zero,
                  comparator=comparator, change=change, baseline=baseline, label=label,
                  year=_year(g, folded, clause_start, fig_start) or year)


_CLAUSE_CLOSE = re.compile(r"[ ]*(?:[;.,\n]|\Z)")
_WORD_AFTER = re.compile(r"[ ]+(?P<w>[^\W\d_]+)")
_PHRASE_WORDS = 4  # the longest phrase of things counted read before a word of what is done to them


def _counted_noun(g: _Grammar, text: str, folded: str, pos: int, end: int) -> tuple[int, int, bool] | None:
    """A counted noun the lexicon does not list, right after a figure: an abbreviation in
    capitals ("12 KCN"), a classifier with the noun after it ("05 bộ dữ liệu mở": "bộ dữ liệu"),
    else a noun of one or two syllables before a word that starts none ("02 nhà máy, ..."). Its
    start and end, and
    whether a classifier makes it a count for sure. None before a word that starts no noun
    ("trở lên", "so với", "của"), a capital or a mark."""
    words: list[tuple[int, int]] = []
    while len(words) < _PHRASE_WORDS + 1:
        m = _WORD_AFTER.match(folded, pos, end)
        if m is None:
            break
        words.append(m.span("w"))
        pos = m.end()
    if not words:
        return None
    start, first_end = words[0]
    if 2 <= first_end - start <= 5 and text[start:first_end].isupper():
        return start, first_end, False

    def noun(i: int) -> bool:
        s, e = words[i]
        return text[s].islower() and folded[s:e] not in g.not_counted

    nouns = 0
    while nouns < len(words) and noun(nouns):
        nouns += 1
    if nouns == 0:
        return None
    if folded[start:first_end] in g.classifiers:
        # "5 trạm bơm", "07 căn nhà"; alone, what it classifies is the clause's name: "tổng đàn
        # trâu 25.000 con"
        return start, words[min(nouns, 3) - 1][1], True
    if 2 < nouns <= _PHRASE_WORDS and nouns < len(words) and folded[slice(*words[nouns])] in g.done_to:
        # "120 ý tưởng khởi nghiệp được hỗ trợ": what is done to them ends the things counted
        return start, words[nouns - 1][1], True
    if nouns <= _PHRASE_WORDS and _worth().match(folded, words[nouns - 1][1], end):
        # "sửa chữa 10 phòng học với tổng trị giá 5 tỷ đồng": things that have a worth are counted
        return start, words[nouns - 1][1], True
    if nouns > 2:
        return None  # where a longer phrase's head noun ends is unknown: the lexicon lists those
    return start, words[nouns - 1][1], False


def _clause(g: _Grammar, text: str, folded: str, start: int, prev_end: int, fig_start: int,
            bounds: list[tuple[int, int]]) -> tuple[int, int, str | None]:
    """The words a figure belongs to: the last non-blank stretch between boundaries before it,
    with those words trimmed (``_trim_edges``: its label, where it has words).

    "Công nghiệp, xây dựng: 45,87%" gives "Công nghiệp, xây dựng". The words right after the
    previous target belong to that target ("70% số doanh nghiệp ...; 100% ..."), up to a
    comma ("15 xã đạt chuẩn nông thôn mới, 5 xã ..."), so a figure whose only words are those
    has an empty clause.
    """
    cuts = [prev_end, *(e for _, e in bounds)]
    ends = [*(s for s, _ in bounds), fig_start]
    for i in range(len(cuts) - 1, -1, -1):
        words = _trim_edges(g, text, folded, cuts[i], ends[i])
        if words:
            if i == 0 and prev_end > start:
                comma = text.rfind(",", prev_end, ends[0])
                after = _trim_edges(g, text, folded, comma + 1, ends[0]) if len(cuts) == 1 and comma >= 0 else None
                if not after:
                    return fig_start, fig_start, None
                return comma + 1, ends[0], after
            return cuts[i], ends[i], words
    return cuts[-1], fig_start, None


def _split_unit(g: _Grammar, unit: str) -> tuple[str, str | None, Number]:
    words = unit.split()
    factor = 1.0
    while words and fold(words[0]) in g.scales:
        factor *= g.scales[fold(words.pop(0))]
    return unit, " ".join(words) or None, int(factor) if factor == int(factor) else factor


def _baseline(g: _Grammar, text: str, folded: str, fig_end: int, end: int, clause_start: int,
              fig_start: int) -> str | None:
    m = g.baseline_after.match(folded, fig_end, end)
    if not m:
        m = g.baseline_inside.search(folded, clause_start, fig_start)
    if not m:
        return None
    return text[m.start("b"):m.end("b")].strip(" ,") or None


def _year(g: _Grammar, folded: str, clause_start: int, fig_start: int) -> int | None:
    if folded.find("năm", clause_start, fig_start) < 0:
        return None
    years = [int(m.group("y")) for m in g.year.finditer(folded, clause_start, fig_start)]
    return years[-1] if years else None


def _label_after(g: _Grammar, text: str, folded: str, fig_end: int, end: int) -> str | None:
    """What a sub-target whose clause has no words measures: the words after it (its clause's
    words, ``_clause`` gives, come first)."""
    if g.baseline_after.match(folded, fig_end, end):
        return None  # "tăng 15% so với năm 2021": what follows is the baseline
    stop = g.boundary.search(text, fig_end, end)
    stop_at = stop.start() if stop else end
    comma = folded.find(",", fig_end, stop_at)
    return _trim_edges(g, text, folded, fig_end, comma if comma >= 0 else stop_at)


def _trim_edges(g: _Grammar, text: str, folded: str, start: int, end: int) -> str | None:
    """The words of ``text[start:end]`` without the lead words and punctuation at its edges."""
    lead = g.edge_start.match(folded, start, end)
    if lead:
        start = lead.end()
    end = edge_end(folded, start, end)
    words = squash(text[start:end])
    return words or None


# brackets that close a clause and hold nothing but a figure: "số xã đạt chuẩn (12),"
_BRACKETED = lazy(r"\([ ]*(?P<f>[^()]*?)[ ]*\)(?=[ ]*(?:[,;.]|\Z))")


def bracketed_figures(text: str, folded: str, start: int, end: int, read: list[Figure]) -> list[Figure]:
    """The bare figures in the brackets that close the named items of a list of targets ("số xã
    đạt chuẩn nông thôn mới (12)", "tỷ lệ hộ nghèo giảm (1,5), ..."), each with the unit its
    name gives (``_unit_named``); not where the brackets hold more than a figure ("(Tiêu chí 5)")
    or a year, nor where the item has a figure of ``read`` already or no name."""
    g = grammar()
    found: list[Figure] = []
    for m in _BRACKETED.finditer(folded, start, end):
        if not g.figure.fullmatch(folded, m.start("f"), m.end("f")):
            continue
        item = max(start, folded.rfind(",", start, m.start()) + 1)
        if any(item <= f.start < m.end() for f in read) or not _LETTER.search(folded, item, m.start()):
            continue
        unit = _unit_named(text, folded, item, m.start())
        # read with its item, whose words say its growth ("giảm (1,5)")
        found += [f for f in find_figures(text, folded, item, m.end("f"), bare=True, unit=unit)
                  if f.start >= m.start("f") and not _is_year(f.value)]
    return found


def _unit_named(text: str, folded: str, start: int, end: int) -> str | None:
    """The unit of a bare figure that ``text[start:end]`` names: "%" for a share ("tỷ lệ ..."),
    else the first thing counted the name names ("số xã ..." counts xã, "kết nạp đảng viên
    mới" đảng viên)."""
    shares, counted = _named_units()
    if shares.match(folded, start, end):
        return "%"
    m = counted.search(folded, start, end)
    return text[m.start():m.end()] if m else None


@cache
def _named_units() -> tuple[re.Pattern[str], re.Pattern[str]]:
    g = grammar()
    shares = re.compile(rf"[\W\d]*{_word_alt(lexicon.units().share_names)}")
    return shares, re.compile(rf"(?<!\w)(?:{_alternation(g.counts)})(?!\w)")


def cell_figures(text: str, start: int, end: int, *, unit: str | None = None,
                 year: int | None = None) -> list[Figure]:
    """The figures of ``text[start:end]``, their offsets in ``text``.

    Meant for one cell of an indicator table ("≥ 80", "> 70", "125 - 130", "1.000 - 1.200",
    "3,45") or one phrase ("tăng 15% trở lên"): a bare number counts as a target here, and
    ``unit`` (the table's "Đơn vị tính") is the unit of a figure written without one. A cell's
    line breaks and runs of spaces read as one space.
    """
    start, end = max(0, start), min(len(text), end)
    piece, where = _one_spaced(text, start, end)
    figures = find_figures(piece, fold(piece), 0, len(piece), bare=True, unit=unit, year=year)
    return [replace(f, start=where[f.start], end=where[f.end - 1] + 1) for f in figures]


def _one_spaced(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` with each run of white space as one space, and the offset in
    ``text`` of every character kept."""
    chars: list[str] = []
    where: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(i)
    return "".join(chars), where
