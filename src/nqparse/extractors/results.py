"""What was achieved against the targets: the "kết quả thực hiện năm N" part of a resolution,
or a report on the past year ("GRDP tăng 10,2%, vượt 0,2 điểm % so với chỉ tiêu", "thu ngân
sách đạt 105% dự toán", "kết nạp 3.412 đảng viên, không đạt chỉ tiêu").

Guarantees:

1. Only text inside a results part is read: a body heading whose role is ``results`` ("kết quả
   thực hiện", "tình hình", "đánh giá", ...) of a year ("năm 2021"), down to the next heading of
   its level or above; or, for a report whose title is about a year's results and whose body has
   no such heading, the whole body. The part's year is each result's ``year``.
2. A result is one clause (split at ";", ":", sentence ends and line ends) holding a figure led
   by a verb of achievement (đạt, tăng, kết nạp, ...) or followed by a verdict. Counts of
   indicators ("19/24 chỉ tiêu đạt") and targets still to reach ("phấn đấu hết năm 2021 ...")
   are not results.
3. ``value`` is the clause's first figure, unless that figure is a share of the plan ("đạt
   106,2% dự toán"; "vượt 21,3% kế hoạch" is 121,3): then it is ``percent_of_target`` and
   ``value`` stays null. ``target`` is a
   figure the clause names as the plan ("so với chỉ tiêu (13,5%)", "45.799/36.875 tỷ đồng").
4. ``verdict`` is read from the wording only (``exceeded``, ``met``, ``missed``); the words
   are kept in ``verdict_text``. Nothing is computed here: a database or a reader compares
   figures when the text gives no verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

import regex

from ..lexicon import results
from ..mentions import Mentions
from ..normalize import fold
from ..phrases.figures import Figure, find_figures
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.measures import name_of
from ..phrases.numbers import NUMERAL, Number, parse_number
from ..phrases.terms import YEAR
from ..records import At, Verdict, record
from ..segment import HEADING_NAME, Block, Layout, heading_roles

_YEAR = re.compile(rf"\bnăm\s+({YEAR})\b(?!\s*[-–]\s*{YEAR})")
_A_LETTER = lazy_regex(r"\p{L}")
_CLAUSE_END = lazy_regex(r";|:(?!\d)|\.(?=\s+\p{Lu})|\n|\.\s*$")
_SLASH = lazy(rf"(?<![\d/])(?P<a>{NUMERAL})\s*/\s*(?P<b>{NUMERAL})(?![\d/])")


@record(slots=True)
class Result:
    """A result as read (``assemble`` builds the output model, taking the text of every span
    from the normalized text): ``figure`` is what was achieved, ``value`` its number (a
    range's middle); ``target`` is the plan figure the clause names, at ``target_at``."""

    name: str
    at: At
    year: int
    figure: Figure | None
    value: Number | None
    target: Number | None = None
    target_at: At | None = None
    percent_of_target: Number | None = None
    percent_at: At | None = None
    verdict: Verdict | None = None
    verdict_at: At | None = None


@record
class _Words:
    verdict: re.Pattern[str]
    verdicts: dict[str, Verdict]
    share: re.Pattern[str]
    target: re.Pattern[str]
    not_units: frozenset[str]
    achieved: re.Pattern[str]
    plan: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    return "|".join(regex.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


@cache
def _words() -> _Words:
    lex = results()
    plans = _alt(lex.plans)
    verdicts: dict[str, Verdict] = {}
    order: tuple[Verdict, ...] = ("missed", "exceeded", "met")
    for verdict in order:
        for word in lex.verdicts[verdict]:
            verdicts.setdefault(fold(word), verdict)
    return _Words(
        verdict=re.compile(rf"(?<!\w)(?:{_alt(list(verdicts))})(?!\w)"),
        verdicts=verdicts,
        # "đạt 106,2% dự toán", "bằng 98% kế hoạch", "đạt 105% so với chỉ tiêu"; "vượt 21,3% kế
        # hoạch" is by how much the plan was passed: 121,3% of it
        share=re.compile(rf"(?:(?<!\w)(?P<over>vượt(?:\s+mức)?)\s+)?(?P<num>{NUMERAL})\s*%\s*(?:so với\s+)?"
                         rf"(?:{plans})(?!\w)"),
        # "so với chỉ tiêu (13,5%)", "chỉ tiêu Nghị quyết là 3.300 đảng viên"
        target=re.compile(rf"(?<!\w)(?:{plans})(?:\s+(?:năm\s+\d{{4}}|đề ra|được giao|giao|đặt ra))?"
                             rf"\s*(?:là|:|đề ra là)?\s*\(?\s*(?P<num>{NUMERAL})\s*(?P<unit>%|[^\W\d][^\s,;)]*)?"),
        not_units=frozenset(fold(u) for u in lex.not_units),
        achieved=re.compile(rf"(?<!\w)(?:{_alt(lex.achieved_words)})(?!\w)"),
        plan=re.compile(rf"(?<!\w)(?:{_alt(lex.plan_words)})(?!\w)"),
    )


def extract_results(layout: Layout, mentions: Mentions, title: str | None = None,
                    title_at: At | None = None) -> list[Result]:
    """Every result stated in the document's results parts, in order; ``title`` (read at
    ``title_at``) is the document's, which may say the whole report is about a year's results."""
    found: list[Result] = []
    for start, end, year in _parts(layout, title, title_at):
        for c_start, c_end in _clauses(layout.text.text, start, end):
            result = _result(layout, mentions, c_start, c_end, year)
            if result is not None:
                found.append(result)
    return found


def _parts(layout: Layout, title: str | None, title_at: At | None) -> Iterator[tuple[int, int, int]]:
    folded = layout.text.folded
    body = [b for b in layout.blocks if b.zone == "body"]
    heads = [b for b in body if b.kind == "heading"]
    found = False
    for head in heads:
        # a heading that OCR ran on into its first paragraph is read by its opening words
        line = folded[head.start:min(head.end, head.start + HEADING_NAME)]
        year = _YEAR.search(line)
        if "results" not in head.roles or year is None:
            continue
        end = _part_end(layout, head)
        found = True
        yield head.end, end, int(year.group(1))
    if found or not title or title_at is None:
        return
    year = _YEAR.search(fold(title))
    # a short report may have no body zone of its own: what follows the title, up to the footer
    rest = [b for b in layout.blocks if b.start >= title_at.end and b.zone in ("header", "body")]
    if "results" in heading_roles(fold(title)) and year is not None and rest:
        yield rest[0].start, rest[-1].end, int(year.group(1))


def _part_end(layout: Layout, head: Block) -> int:
    for block in layout.blocks[head.index + 1:]:
        if block.zone != "body":
            return block.start
        if block.kind == "heading" and block.level <= head.level:
            return block.start
    return layout.blocks[-1].end


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def _result(layout: Layout, mentions: Mentions, start: int, end: int, year: int) -> Result | None:
    text, folded = layout.text.text, layout.text.folded
    words = _words()
    figures = _figures(mentions, start, end, year)
    figures = [f for f in figures if not (f.base_unit and fold(f.base_unit) in words.not_units)]
    if not figures:
        return None
    first = figures[0]
    verdict = _verdict(folded, first.end, end) or _verdict(folded, start, first.start)
    if not (first.led or first.zero or verdict or words.achieved.search(folded, start, first.start)):
        return None
    if words.plan.search(folded, start, first.start):
        return None  # "phấn đấu ... không còn hộ nghèo": a target still to reach
    share = words.share.search(folded, start, end)
    percent = _share_of_plan(share) if share else None
    value: Figure | None = first
    if share is not None and share.start() <= first.start < share.end():
        value = figures[1] if len(figures) > 1 and figures[1].start >= share.end() else None
    target, target_at = _target(text, folded, value, start, end)
    # the name stands before the figure: what follows its comma is the verdict and the plan
    comma = text.find(",", first.end, end)
    name_end = comma if comma >= 0 else end
    if share is not None and start < share.start() < name_end:
        name_end = share.start()  # "Thu ngân sách đạt 96,7% dự toán": the share is no part of the name
    # "Đến ngày 15/9/2021 trên địa bàn không còn hộ nghèo": the zero phrase names itself
    name = name_of(text, first.start if first.zero else start, name_end, figures)
    if not name or not _A_LETTER.search(name):
        return None
    return Result(
        name=name, at=At(start, end), year=year, figure=value, value=None if value is None else _value(value),
        target=target, target_at=target_at, percent_of_target=percent,
        percent_at=At(share.start("over") if share.group("over") else share.start("num"), share.end())
        if share is not None else None,
        verdict=verdict[0] if verdict else None, verdict_at=At(verdict[1], verdict[2]) if verdict else None)


def _share_of_plan(share: re.Match[str]) -> Number | None:
    """The share of the plan reached: "đạt 96,7% dự toán" is 96,7, "vượt 21,3% kế hoạch" 121,3."""
    number = parse_number(share.group("num"))
    if number is None or not share.group("over"):
        return number
    total = round(100 + number, 6)
    return int(total) if total == int(total) else total


def _figures(mentions: Mentions, start: int, end: int, year: int) -> list[Figure]:
    """The clause's figures; in "154/150 đảng viên" the plan after the slash is hidden first,
    so that the result reads as a figure with its unit."""
    text = mentions.layout.text.text
    slash = _SLASH.search(text, start, end)
    if slash is None:
        return mentions.figures(start, end, year=year)
    cut, cut_end = slash.start("b") - 1 - start, slash.end("b") - start  # "/150", taken out
    piece = text[start:end]
    piece = piece[:cut] + piece[cut_end:]
    found = find_figures(piece, fold(piece), 0, len(piece), year=year)  # a text of its own: no mention

    def back(offset: int) -> int:
        return start + offset + (cut_end - cut if offset > cut else 0)

    return [replace(f, start=back(f.start), end=back(f.end)) for f in found]


def _value(figure: Figure) -> Number | None:
    if figure.value is not None:
        return figure.value
    if figure.low is not None and figure.high is not None:
        return (figure.low + figure.high) / 2
    return figure.low if figure.low is not None else figure.high


def _verdict(folded: str, start: int, end: int) -> tuple[Verdict, int, int] | None:
    """The first verdict words of ``folded[start:end]``, unless a condition in brackets holds
    them: "(đạt chỉ tiêu Nghị quyết)" is the verdict, "(trường hợp vượt chỉ tiêu thì ...)" says
    what would follow, not what was achieved."""
    for m in _words().verdict.finditer(folded, start, end):
        bracket = folded.rfind("(", start, m.start())
        if bracket < 0 or folded.find(")", bracket, m.start()) >= 0 \
                or not _CONDITION.search(folded, bracket, m.start()):
            return _words().verdicts[m.group(0)], m.start(), m.end()
    return None


_CONDITION = lazy(r"(?<!\w)(?:trường hợp|nếu|khi)(?!\w)")


def _target(text: str, folded: str, value: Figure | None, start: int, end: int) -> tuple[Number | None, At | None]:
    """The plan figure the clause names and where: after a plan word, or after a slash ("154/150")."""
    if value is not None:
        slash = _SLASH.search(text, max(start, value.start - 1), min(end, value.end + 12))
        if slash is not None and slash.start() <= value.start:
            return parse_number(slash.group("b")), At(slash.start("b"), slash.end("b"))
    for m in _words().target.finditer(folded, value.end if value else start, end):
        if m.group("num") and not (m.group("unit") or "").startswith("năm"):
            return parse_number(m.group("num")), At(m.start("num"), m.end("unit") if m.group("unit") else m.end("num"))
    return None, None
