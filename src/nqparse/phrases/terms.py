"""A term a text names ("nhiệm kỳ 2025 - 2030", "giai đoạn 2021-2025"), and the term a page is for.

One pattern of a term's years, read two ways: a party's or a council's tenure in ``Text.plain``
(a meeting's "nhiệm kỳ", whose mark OCR may lose: "nhiệm kì"), and a term or period in
``Text.folded`` (the targets a report sets for it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, figures
from .dates import YEAR
from .lazy import lazy
from .text import unmarked

# the words that lead a time to come, a year or a term: "đến năm 2030", "trong năm tới", "vào
# nhiệm kỳ tới" (lexicon figures list_context 'coming_time_leads'), in lower case
TIME_LEADS = alternation(figures().list_context["coming_time_leads"])
# a year led by them, or its end: "đến năm 2030", "trong năm 2026", "cuối năm 2025"
LED_YEAR = rf"(?:{TIME_LEADS}[ ]+)?(?:cuối[ ]+)?năm[ ]+{YEAR}"


def term_years(space: str) -> str:
    """A term's first and last years, groups "a" and "b": "2025 - 2030", "2020–2025"."""
    return rf"(?P<a>{YEAR}){space}*[-–]{space}*(?P<b>{YEAR})"


# a tenure, matched in ``Text.plain``: "nhiệm kỳ 2020 - 2025"
TENURE = unmarked(r"nhiệm k[ỳì]\s+") + term_years(r"\s")
# a term or a period, matched in ``Text.folded`` within a line: "nhiệm kỳ 2025-2030", "giai đoạn 2021 - 2025"
TERM = r"(?:nhiệm kỳ|giai đoạn)[ ]+" + term_years("[ ]")

TENURE_ANYWHERE = lazy(TENURE)
_TERM_ANYWHERE = lazy(TERM)


@lru_cache(maxsize=4)  # one document's text at a time, in each of its two forms: a batch keeps none
def _newest(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return max(pattern.finditer(text), key=lambda t: int(t.group("a")), default=None)


def newest_tenure(plain: str) -> re.Match[str] | None:
    """The latest tenure ``Text.plain`` names (the first of that year): the one a page on a new
    term is for ("Bước vào nhiệm kỳ 2025 - 2030"), not the one it looks back on."""
    return _newest(TENURE_ANYWHERE, plain)


def newest_term(folded: str) -> int | None:
    """The first year of the latest term or period ``Text.folded`` names: the one a report's
    targets are for."""
    found = _newest(_TERM_ANYWHERE, folded)
    return int(found.group("a")) if found else None
