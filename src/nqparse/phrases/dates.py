"""Vietnamese dates: 'ngày 20 tháng 12 năm 2021', '20/12/2021', '23-11-2022', 'Ngày 19/7'.

``find_dates`` returns every date in a stretch of text with its span; a date written without
its year ('Ngày 19/7', 'ngày 15-10') comes back with ``year=None`` for the caller to settle
from context (``settle_year``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

import regex

from ..lexicon import alternation, document_types, rules
from ..records import record
from .lazy import lazy, lazy_regex
from .text import literal_starts, matches_at, runs_before

# a year a text may name: "2025", not "1830" or "3000"; the other modules take it from ``terms``
# (defined here, below them: the page layout reads dates before ``terms`` can be read)
YEAR = r"(?:19|20)\d\d"

_WORDS = re.compile(  # the words read with or without their marks (OCR)
    r"(?i)ng[àa]y\s*(?P<d>\d{1,2})\s*th[áa]ng\s*(?P<m>\d{1,2})\s*n[ăa]m\s*(?P<y>\d{4})")
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})(?!\d)")
# a day written without its year needs a word that makes it a date: "ngày 15/1", and in the
# press "Sáng 5/3", "Sáng nay 20/12", "Chiều 28-12", "Hôm nay (19/7)", also at a sentence's end
# ("vào ngày 8/12."). Of two days of one month ("Trong 2 ngày (28 và 29-5)", "ngày 8 & 9.7",
# "ngày 28-29/5", "ngày 7 và 8/5/2020", a list "ngày 06, 07/6", "mùng 4 và mùng 5/8") the first is
# the date, the month read after the last.
_PARTIAL = regex.compile(
    r"(?i)(?:(?<=\b(?:ngày|mùng|sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua|(?:sáng|chiều|tối|trưa) nay)\s{1,3})"
    r"|(?<=\b(?:hôm nay|hôm qua|(?:sáng|chiều|tối|trưa) nay|ngày)\s?\())"
    r"(?P<d>\d{1,2})(?:\s?[-–]\s?\d{1,2})?\s?[/.-]\s?(?P<m>\d{1,2})(?![\d/-]|\s?[/.-]\s?\d|\s+tháng)")
# the same with "và", "&" or "đến" between the days: no separator follows the first, so the
# pattern is tried after each "ngày" and "từ", the date starting at its first day ("Từ ngày 08
# đến 10/12/2015", "từ ngày 12 đến ngày 15 tháng 10 năm 2020", "diễn ra từ 13 - 15/12/2019"); the
# first day may carry its own month ("từ ngày 30 tháng 11 đến ngày 2 tháng 12 năm 2024", group "m1")
_DAY_PAIR = regex.compile(
    r"(?i)(?:ngày|từ|mùng)\s{1,3}\(?(?:mùng\s+)?(?P<d>\d{1,2})(?:\s+tháng\s+(?P<m1>\d{1,2}))?"
    r"(?:\s*(?:và|&|,|[-–]|đến(?:\s+ngày)?)\s*(?:mùng\s+)?\d{1,2})+"
    r"(?:\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})(?:\s?(?P=sep)\s?(?P<y>\d{4}))?(?![\d/-]|\s?[/.-]\s?\d)"
    r"|\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?(?!\d))")

MIN_YEAR, MAX_YEAR = 1930, 2100


@cache
def planned_year_pattern() -> regex.Pattern[str]:
    """"chỉ tiêu năm 2023", "nhiệm vụ, giải pháp năm 2023", "phong trào thi đua năm 2023" (lexicon
    rules.planned_year_words), the year in group "year"; not a horizon ("đến năm 2025", "vào cuối nhiệm
    kỳ (năm 2025)") or a period ("năm 2021 - 2025"). Right after the word the year may stand without
    "năm" where a clause ends with it ("phương hướng nhiệm vụ 2023"; group "gap" then None), not a
    count ("chỉ tiêu 2025 ha"). A plan named mid-sentence, its type capitalised ("ban hành Kế hoạch phát triển du lịch cộng đồng
    năm 2026"), carries its year at the end of a longer name."""
    words = rules().planned_year_words
    named = alternation(w[0].upper() + w[1:] for w in words if w in {t.title for t in document_types().types})
    return regex.compile(rf"(?i)(?:\b(?:{alternation(words)})"
                         rf"(?:(?P<gap>[^.;:\n\d]{{0,25}}?)\bnăm\s+|[ ]+(?={YEAR}\s*(?:[,.;:)\n]|$)))"
                         rf"|(?<=\p{{Ll}}[ ])(?-i:{named})(?P<gap>[^.;:,\n\d]{{0,100}}?)\bnăm\s+)"
                         rf"(?P<year>{YEAR})\b(?!\s*[-–])")


@cache
def _planned_year_openings() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """Where ``planned_year_pattern`` can match, by its three branches, each a pattern the engine
    scans fast (the whole, opening on alternatives of different kinds, is scanned ten times
    slower): a word then "năm" and the year (its literal "năm" is searched for first), a plan named
    mid-sentence (its literal name), and a word right before a bare year, looked for backwards
    from each year that ends a clause."""
    words = alternation(rules().planned_year_words)
    named = alternation(w[0].upper() + w[1:] for w in rules().planned_year_words
                        if w in {t.title for t in document_types().types})
    with_year = regex.compile(rf"(?i)\b(?:{words})[^.;:\n\d]{{0,25}}?\bnăm\s+{YEAR}")
    plan = regex.compile(rf"(?<=\p{{Ll}}[ ])(?:{named})")
    word_before = regex.compile(rf"(?i)\b(?:{words})[ ]+\Z")
    return with_year, plan, word_before


_BARE_YEAR = re.compile(rf"{YEAR}(?=\s*(?:[,.;:)\n]|$))")
_WORD_REACH = 30  # the longest planned-year word and its spaces


def planned_years(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    """The matches ``planned_year_pattern().finditer(text, start, end)`` gives, found faster: the
    whole pattern is tried only where one of its branches opens."""
    end = len(text) if end is None else end
    with_year, plan, word_before = _planned_year_openings()
    openings = {m.start() for m in with_year.finditer(text, start, end)}
    openings.update(m.start() for m in plan.finditer(text, start, end))
    for year in _BARE_YEAR.finditer(text, start, end):
        word = word_before.search(text, max(start, year.start() - _WORD_REACH), year.start())
        if word:
            openings.add(word.start())
    pattern, after = planned_year_pattern(), start
    for at in sorted(openings):
        found = pattern.match(text, at, end) if at >= after else None
        if found:
            after = found.end()
            yield found


@cache
def reviewed_period_pattern() -> regex.Pattern[str]:
    """The months of a year a report reviews, its year in group "year": "9 tháng đầu năm 2019",
    "sáu tháng cuối năm 2020"; not a quarter, which a plan sets as a deadline ("hoàn thành trong
    quý II/2025")."""
    months, parts = alternation(rules().reviewed_months), alternation(rules().reviewed_parts)
    return regex.compile(rf"(?i)\b(?:\d{{1,2}}|{months})[ ]+tháng[ ]+{parts}[ ]+năm[ ]+(?P<year>{YEAR})\b(?![ ]*[-–])")


@record
class FoundDate:
    day: int
    month: int
    year: int | None
    start: int
    end: int

    @property
    def iso(self) -> str | None:
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _valid(d: int, m: int, y: int | None) -> bool:
    try:
        dt.date(y or 2000, m, d)
    except ValueError:
        return False
    return y is None or MIN_YEAR <= y <= MAX_YEAR


def find_dates(text: str, start: int = 0, end: int | None = None, *, plain: str | None = None) -> list[FoundDate]:
    """Every date in ``text[start:end]``, in order; spans are offsets into ``text``.

    ``plain``, the text's copy without marks (``Text.plain``), lets the dates in words be looked
    for where "ngay" stands alone, rather than at every offset."""
    end = len(text) if end is None else end
    found: list[FoundDate] = []
    # spans already taken, sorted and disjoint, so the one starting last before a match's
    # end is the only one that can overlap it (a scan of all would be quadratic)
    starts: list[int] = []
    ends: list[int] = []
    # a date in figures opens with a run of digits before its separator: tried only there
    runs = runs_before(text, start, end)
    day_words = None if plain is None else literal_starts(plain, ("ngay", "tu ", "mung "))
    words = (_WORDS.finditer(text, start, end) if day_words is None
             else matches_at(_WORDS, text, day_words, start, end))
    days = (_DAY_PAIR.finditer(text, start, end) if day_words is None
            else matches_at(_DAY_PAIR, text, day_words, start, end))
    # a range of days before the dates it holds: "từ ngày 12 đến ngày 15 tháng 10 năm 2020" is the 12th
    for pattern, matches in ((_DAY_PAIR, days), (_WORDS, words), (_NUMERIC, matches_at(_NUMERIC, text, runs, start, end)),
                             (_PARTIAL, matches_at(_PARTIAL, text, runs, start, end))):
        for m in matches:
            first = m.start("d") if pattern is _DAY_PAIR else m.start()
            i = bisect_left(starts, m.end())
            if i and ends[i - 1] > first:
                continue
            d, mo = int(m.group("d")), int(m.group("m"))
            y = int(m.group("y")) if "y" in m.groupdict() and m.group("y") else None
            if pattern is _DAY_PAIR and m.group("m1"):
                mo, y = _first_of_range(int(m.group("m1")), mo, y)
            if pattern is _NUMERIC and m.group("sep") == "." and y is None:
                continue
            if _valid(d, mo, y):
                found.append(FoundDate(d, mo, y, first, m.end()))
                starts.insert(i, first)
                ends.insert(i, m.end())
    found.sort(key=lambda f: f.start)
    return found


def _first_of_range(first: int, last: int, year: int | None) -> tuple[int, int | None]:
    """The month and year of a range's first day, the year written after its last: a range that
    runs over the new year ("30 tháng 12 đến ngày 2 tháng 1 năm 2025") opens the year before."""
    return first, (year - 1 if year is not None and first > last else year)


def parse_date(text: str) -> str | None:
    """The ISO form of the first full date in ``text``, or None."""
    for f in find_dates(text):
        if f.iso:
            return f.iso
    return None


def settle_year(partial: FoundDate, known: list[FoundDate], reference: str | None = None) -> FoundDate:
    """Give a date written without its year the year the document's other dates imply.

    A full date with the same day and month wins (a press source line 'Báo X 15/1/2018' for
    'Ngày 15/1'); otherwise the reference date's year (the document's own date), stepped back a
    year when that would put the event after the reference.
    """
    if partial.year is not None:
        return partial
    for f in known:
        if f.year and f.day == partial.day and f.month == partial.month:
            return FoundDate(partial.day, partial.month, f.year, partial.start, partial.end)
    if reference:
        ref = dt.date.fromisoformat(reference)
        year = ref.year
        if (partial.month, partial.day) > (ref.month, ref.day):
            year -= 1
        return FoundDate(partial.day, partial.month, year, partial.start, partial.end)
    return partial


# "21/03/2025", and a dateline in words under a headline ("Ngày 07 tháng 01 năm 2019")
_FULL_DATE = lazy(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
_DATE_OR_TIME = lazy(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}:\d{2}(?::\d{2})?"
                     r"|\(?GMT[+-]?\d*\)?|\d{1,2}h\d{2}")
_LETTERS = lazy_regex(r"\p{L}+")


# a document's number ("4262/SKHĐT-TH ngày 21 tháng 12 năm 2020,"), a clause going on: no publication line
_CITED_OR_GOING_ON = lazy_regex(r"\d[/-]\p{Lu}|,\s*$")


def is_timestamp(line: str) -> bool:
    """A publication line: a full date, perhaps a time and a weekday or a short label, little
    else ("Thứ 6, 21/03/2025 | 15:45")."""
    if len(line) > 80 or not _FULL_DATE.search(line) or _CITED_OR_GOING_ON.search(line):
        return False
    rest = _DATE_OR_TIME.sub(" ", line)
    return len(_LETTERS.findall(rest)) <= 6


# a saved page's "date 2025-09-23" (or only "2020-08") label before its first line
PAGE_STAMP = lazy(rf"\s*date\s+(?P<y>{YEAR})-(?P<m>\d\d)(?:-(?P<d>\d\d))?(?:\s+|$)")


def page_stamp_dates(stamp: re.Match[str], at: int) -> list[FoundDate]:
    """The full date of a leading "date YYYY-MM-DD" label, none for a month alone."""
    if not stamp.group("d"):
        return []
    return [FoundDate(day=int(stamp.group("d")), month=int(stamp.group("m")), year=int(stamp.group("y")),
                      start=at + stamp.start("y"), end=at + stamp.end("d"))]
