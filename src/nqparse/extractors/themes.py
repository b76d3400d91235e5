"""The year's theme (chủ đề năm): 'Chủ đề năm 2022: "..."', 'chủ đề năm của thành phố "..."',
'chủ đề "..."', with or without quotes and emphasis.

A theme named without its year ("chủ đề năm của thành phố") gets ``year=None`` and
``year_implied``: it is the year of the document, which ``assemble`` settles. A theme with no
"năm" at all keeps ``year=None``.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from ..lexicon import alternation, bodies
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.terms import YEAR
from ..phrases.text import literal_starts, matches_at, squash, unmarked
from ..records import At, record
from ..segment import Layout

_THEME = re.compile(unmarked(  # matched on Text.plain
    rf"chủ đề(?P<year_part>\s+(?:của\s+)?năm(?:\s+(?P<year>{YEAR}))?)?"
    r"(?P<lead>[^“”\"\n.;]{0,45}?)(?P<colon>:)?\s*(?=[“\"]|(?(colon)\S|(?!)))"))
_THEME_OPENING = (unmarked("chủ đề"),)  # every match opens with it: the pattern is tried there alone
_EVENT = lazy(unmarked(r"(?:đại hội|hội thi|cuộc thi|hội thảo|diễn đàn|tọa đàm|triển lãm|\blễ\b|tuần lễ|"
                                r"tháng hành động|chương trình nghệ thuật|giải\b)[^.;\n]{0,60}(?:với|theo|mang)?\s*\Z"))
# a theme may run over a line or two before its closing quote ("... vững mạnh;" / "phát huy ...”"), never
# over a blank line
_QUOTED = lazy(r"[“\"]\s*(?P<q>[^“”\"\n]{4,300}?(?:\n[ \t]*[^“”\"\n\s][^“”\"\n]{0,300}?){0,2})\s*[”\"]")
_UNQUOTED = lazy_regex(r"(?P<q>\p{Lu}[^\n]{4,300}?)\s*(?=[.;]?\s*$)", regex.MULTILINE)


@record(slots=True)
class Theme:
    text: str
    at: At
    year: int | None
    year_implied: bool
    """Named as "chủ đề năm" with no year: the theme of the document's year."""


_TOPIC_LIST = lazy(r"\b(?:chi tieu|nhiem vu|giai phap)\b")
_NON_WORD = lazy(r"\W+")


# "Kế hoạch cải cách hành chính năm 2026 của tỉnh với chủ đề “...”": the year the clause before names
_CLAUSE_BEFORE = 160
_CLAUSE_BREAK = lazy(r"[.;\n]")
_NAMED_YEAR = lazy(unmarked(rf"\bnăm\s+({YEAR})\b"))


def _year_before(plain: str, at: int) -> int | None:
    """The one year named ("năm 2026") in the clause before "chủ đề" at ``at``; None when it
    names none or several."""
    start = max(0, at - _CLAUSE_BEFORE)
    for brk in _CLAUSE_BREAK.finditer(plain, start, at):
        start = brk.end()
    years = {int(y) for y in _NAMED_YEAR.findall(plain, start, at)}
    return years.pop() if len(years) == 1 else None


# "Với chủ đề “...”, huyện ... đề ra 27 chỉ tiêu ... năm 2024.": the year the rest of the clause
# names; a horizon ("đến năm 2030") is no theme's year
_HORIZON_BEFORE = lazy(unmarked(r"(?:đến|tới)\s+\Z"))


def _year_after(plain: str, at: int) -> int | None:
    """The one year named ("năm 2024") in the rest of the clause after a theme's closing quote at
    ``at``, not a horizon ("đến năm 2030"); None when it names none or several."""
    brk = _CLAUSE_BREAK.search(plain, at, at + _CLAUSE_BEFORE)
    stop = brk.start() if brk else min(len(plain), at + _CLAUSE_BEFORE)
    years = {int(y.group(1)) for y in _NAMED_YEAR.finditer(plain, at, stop)
             if not _HORIZON_BEFORE.search(plain, max(0, y.start() - 6), y.start())}
    return years.pop() if len(years) == 1 else None


@cache
def _centre_owns() -> re.Pattern[str]:
    """"của Chính phủ", "của Trung ương" in a theme's lead: the centre's theme ("chủ đề điều hành
    của Chính phủ: “...”") that a province's or a district's text takes up, not its own."""
    centre = alternation((w for w, level in bodies().level_words.items() if level == "central"), spaces=r"\s+")
    return re.compile(unmarked(rf"\bcủa\s+(?:{centre})\b"))


def extract_themes(layout: Layout, issuer_level: str | None = None) -> tuple[Theme, ...]:
    """The themes the text names as its own; ``issuer_level`` "central" takes the centre's too."""
    text, plain = layout.text.text, layout.text.plain
    themes: list[Theme] = []
    seen: set[str] = set()
    for m in matches_at(_THEME, plain, literal_starts(plain, _THEME_OPENING)):
        lead = m.group("lead")
        if _TOPIC_LIST.search(lead) or (issuer_level != "central" and _centre_owns().search(lead)):
            continue
        if m.group("year_part") is None and _EVENT.search(plain, max(0, m.start() - 80), m.start()):
            continue  # "Đại hội ... với chủ đề ...": the motto of an event, not the year's theme
        q = _QUOTED.match(text, m.end())
        if not q and m.group("colon") and m.group("year"):
            q = _UNQUOTED.match(text, m.end())
        if not q:
            continue
        body = squash(q.group("q").strip())  # the lines of a theme over two, joined
        key = _NON_WORD.sub(" ", body.lower())
        if key in seen:
            continue
        seen.add(key)
        year = int(m.group("year")) if m.group("year") else None
        if year is None and m.group("year_part") is None:
            year = _year_before(plain, m.start()) or _year_after(plain, q.end())
        start = q.start("q")
        themes.append(Theme(body, At(start, start + len(q.group("q").strip())), year,
                            year_implied=year is None and m.group("year_part") is not None))
    return tuple(themes)
