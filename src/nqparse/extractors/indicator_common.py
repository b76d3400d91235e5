"""What the readers of indicators share: the ``Indicator`` record they hand over, the markers
written inside a paragraph ("(1) ...; (2) ..."), the text of headings, and how the words
around figures are judged (whether they speak of targets or of results achieved, which figures
are targets)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Literal

import regex

from ..lexicon import alternation, figures, results
from ..mentions import Mentions
from ..normalize import fold
from ..ocr import OCR_DIGITS
from ..phrases.figures import Figure
from ..phrases.lazy import lazy
from ..phrases.measures import name_of
from ..phrases.numbers import Number
from ..phrases.terms import TIME_LEADS
from ..phrases.text import literal_starts, matches_at, may_open, squash
from ..records import At, record
from ..segment import Block, Layout, heading_roles

# a number in brackets that closes a clause ("số xã đạt chuẩn (12);") is its figure, no marker
INLINE_MARKER = regex.compile(
    r"(?<![^\s:;.,])\([ ]?(?P<n>[0-9lIO]{1,3})[ ]?\)(?![ ]*(?:[;,]|\.?[ ]*\Z))[ ]*\.?[ ]*"
    r"|(?<=[:;][ ]?)(?P<n>\d{1,2})(?:\)[ ]+|\.[ ]+(?=\p{Lu}))")
TRAILING_NOTE = lazy(r"[ ]*\([^()]*\)[ ]*:?[ ]*$")
LETTER_NUMBERING = regex.compile(r"^\p{Lu}[.)][ ]+")
COUNTED = ("chỉ tiêu", "mục tiêu")  # what a count counts: the pattern is tried only where one stands
TIME_ONLY = lazy(rf"(?:{TIME_LEADS}|cuối|năm|giai đoạn|nhiệm kỳ|[-–\d ,.])*")
# "đến năm 2025", "cuối năm", "đến cuối nhiệm kỳ", "hết giai đoạn"
TIME_LEAD = lazy(rf"[ ]*(?:(?:{TIME_LEADS}|riêng)[ ]*)?(?:(?:cuối|hết)[ ]+)?(?:năm|giai đoạn|nhiệm kỳ)(?!\w)")
MAX_LEAD_IN = 160
MAX_SHORT_LEAD_IN = 60


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


def target_key(indicator: Indicator) -> tuple[str, tuple[tuple[Number | None, ...], ...]]:
    """What makes two indicators the same target told twice: the name, and the figures' values."""
    return indicator.name.lower(), tuple((t.value, t.low, t.high) for t in indicator.targets)


def read_indicator(number: int | None, group: str | None, name: str, start: int, end: int,
                   figures: Iterable[Figure]) -> Indicator:
    return Indicator(number=number, group=group, name=name, at=At(start, end), targets=tuple(figures))


def inline_markers(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``INLINE_MARKER``'s matches in ``text[start:end]``, the pattern tried only where a
    marker can open: most lines have none of the marks it needs."""
    opens = marker_openings(text)
    return matches_at(INLINE_MARKER, text, opens[bisect_left(opens, start):bisect_left(opens, end)], start, end)


@lru_cache(maxsize=2)
def marker_openings(text: str) -> tuple[int, ...]:
    """Where an inline marker can open, found once in the whole text: at each "(", and one or
    two characters after ":" or ";" where the digit it opens with may stand (not at a space or
    another ASCII character but a digit: the pattern is not even tried there)."""
    found = set(literal_starts(text, ("(",)))
    for mark in literal_starts(text, (":", ";")):
        found.update(at for at in (mark + 1, mark + 2) if may_open(text[at:at + 1], str.isdigit))
    return tuple(sorted(found))


def marker_number(raw: str) -> int | None:
    """'12' -> 12; OCR's 'l' or 'I' for 1 and 'O' for 0 ('(l)', '(1l)'); 'II' is not a number."""
    if any(c.isdigit() for c in raw):
        return int(raw.translate(OCR_DIGITS))
    return 1 if raw in ("l", "I") else None


@lru_cache(maxsize=2048)  # a section's heading is the context of every list below it
def clean_heading(text: str) -> str:
    """A group's name: no trailing note ("(tại Phụ lục kèm theo)"), no letter numbering ("A.")."""
    if ")" in text:  # the end-anchored pattern would be tried at every offset
        text = TRAILING_NOTE.sub("", text)
    text = LETTER_NUMBERING.sub("", text)
    return squash(text).strip(" :.-–")


def heading_text(layout: Layout, block: Block, *, folded: bool = False) -> str:
    """A heading's words without its numbering, up to a list that runs on in the same line
    (OCR joins "(l). ..." to the heading above it); with ``folded``, the same words folded."""
    text = layout.text.text
    end = block.end
    for m in inline_markers(text, block.content_start, block.end):
        if marker_number(m.group("n")) is not None:
            end = m.start()
            break
    else:
        end = wrapped_heading_end(layout, block)
    return clean_heading((layout.text.folded if folded else text)[block.content_start:end])


def wrapped_heading_end(layout: Layout, block: Block) -> int:
    """The end of a heading hard-wrapped over lines ("1. Phát triển" / "kinh tế số đến năm 2030"):
    the lines below it that start in lower case, while the heading stays short."""
    end = block.end
    j = block.index + 1
    while j < len(layout.blocks):
        nxt = layout.blocks[j]
        first = nxt.text.lstrip()[:1]
        if (nxt.kind != "paragraph" or block.index not in nxt.parents or not (first.islower() or first.isdigit())
                or layout.text.text[block.content_start:end].rstrip().endswith((".", ":", ";"))
                or nxt.end - block.content_start > MAX_LEAD_IN):
            break
        end = nxt.end
        j += 1
    return end


def nearest_heading(layout: Layout, block: Block, exclude: set[int]) -> Block | None:
    for i in reversed(block.parents):
        if i not in exclude:
            return layout.blocks[i]
    return None


@cache
def context_words() -> dict[str, tuple[str, ...]]:
    words = figures().list_context
    return {k: tuple(fold(w) for w in v) for k, v in words.items()}


@cache
def shortfall() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(context_words()['shortfall'])}[ ]*\Z")


def target_figures(mentions: Mentions, start: int, end: int) -> list[Figure]:
    """The figures of ``text[start:end]`` that state a target: not one said to be unmet ("Chưa
    đủ 100% trường ...", "chưa có ít nhất 1 trường ..."), a criterion still missing."""
    folded = mentions.layout.text.folded
    # "17 chỉ tiêu về văn hóa - xã hội": a count of targets, no target
    return [f for f in mentions.figures(start, end)
            if not shortfall().search(folded, max(start, f.start - MAX_SHORT_LEAD_IN), f.start)
            and not (f.base_unit or "").endswith(COUNTED)]


def context_score(folded: Iterable[str], *, targets: bool = False) -> int:
    """What the nearest heading or lead-in that decides (each folded) says of the list below it: +1 chỉ tiêu,
    -1 tasks only, -2 results achieved (not targets); 0 when none decides. With ``targets``, a
    heading that sets targets ("Mục tiêu", "... đến năm 2030", "Phấn đấu ...") counts as chỉ
    tiêu: a bullet with a figure under it states a target."""
    words = context_words()
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


def reports_result(folded: str) -> bool:
    """An entry that says what was done ("ước đạt 92% dự toán") states no target ("nhà nước
    đạt 90%" is no "ước đạt": whole words only)."""
    # every match holds one of the words literally: looked for with ``in`` first, as the
    # pattern, opening with a look-behind, is tried at every offset
    return any(w in folded for w in _result_literals()) and bool(result_words().search(folded))


@cache
def _result_literals() -> tuple[str, ...]:
    words = context_words()
    return (*words["result_in_text"], *words["estimate"])


@cache
def result_words() -> regex.Pattern[str]:
    """The words of a result, not those a plan's word leads ("phấn đấu đạt và vượt 12/12 chỉ tiêu" aims at them)."""
    words = context_words()
    estimated = rf"{alternation(words['estimate'])}[ ]+{alternation(words['estimated'])}"  # "ước đạt", "ước thực hiện"
    planned = alternation(fold(w) for w in results().plan_words)
    return regex.compile(rf"(?<!\w)(?<!(?<!\w){planned}[ ]+)(?:{alternation(words['result_in_text'])}|{estimated})(?!\w)")


Piece = tuple[int, int, list[Figure]]


def names_something(text: str, folded: str, start: int, end: int, figures: list[Figure]) -> bool:
    """Whether a sentence's words name what its figures measure, beyond a time and lead words."""
    name = name_of(text, start, end, figures)
    return bool(name) and not TIME_ONLY.fullmatch(fold(name))
