"""Layout -> Mentions: the phrases several extractors read, found once per document.

Guarantees to the extractors:

1. ``dates`` holds every date of the text (``phrases.dates.find_dates`` over the whole text),
   ``numbers`` every document number (``phrases.docnumbers.find_numbers``); each tuple is
   sorted by offset, and every item carries its span in ``Text.text``.
2. ``dates_in(start, end)`` and ``numbers_in(start, end)`` give, by bisection, the items that
   start inside ``[start, end)``, in order: "the dates of this block", "the number after
   this word". A phrase that runs on past ``end`` is given whole, never cut at ``end``.
3. ``figures(start, end, year=None)`` gives the figures of ``text[start:end]`` exactly as
   ``phrases.figures.find_figures`` reads that stretch on its own (a figure's lead words,
   clause and label are read within it), with ``year`` the year of every target that names
   none; each stretch and year is read once, however many extractors ask for it. (Figures
   are not read block by block: a figure's lead words and clause may stand on the line
   above, and an item's figures are those of the whole item.) ``bodies(start, end)`` gives,
   in the same way, the list of body names that opens at ``start`` and ends by ``end``
   (``phrases.bodies.read_bodies``), read once per stretch: assignments and references ask
   for the names after a trigger word or at a clause's start, up to its sentence's end, so
   the list depends on where the reader stands. Both are read on first use, so a document
   whose extractors ask for none pays nothing.
4. This stage never raises on any text, and reads nothing but the layout.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from .phrases.bodies import BodyList, read_bodies
from .phrases.dates import FoundDate, find_dates
from .phrases.docnumbers import DocNumber, find_numbers
from .phrases.figures import Figure, find_figures
from .segment import Layout

__all__ = ["Mentions", "find_mentions"]


T = TypeVar("T")


def _starting_in(items: Sequence[T], starts: Sequence[int], start: int, end: int) -> tuple[T, ...]:
    return tuple(items[bisect_left(starts, start):bisect_left(starts, end)])


@dataclass(frozen=True)
class Mentions:
    """The dates, numbers, figures and body lists of one layout, each found once (see above)."""

    layout: Layout = field(repr=False)
    dates: tuple[FoundDate, ...]
    numbers: tuple[DocNumber, ...]
    _read: dict[tuple[int, int, int | None], tuple[Figure, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _lists: dict[tuple[int, int], BodyList | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def _date_starts(self) -> tuple[int, ...]:
        return tuple(d.start for d in self.dates)

    @cached_property
    def _number_starts(self) -> tuple[int, ...]:
        return tuple(n.start for n in self.numbers)

    def dates_in(self, start: int, end: int) -> tuple[FoundDate, ...]:
        """The dates that start inside ``[start, end)``, in order."""
        return _starting_in(self.dates, self._date_starts, start, end)

    def numbers_in(self, start: int, end: int) -> tuple[DocNumber, ...]:
        """The document numbers that start inside ``[start, end)``, in order."""
        return _starting_in(self.numbers, self._number_starts, start, end)

    def figures(self, start: int, end: int, *, year: int | None = None) -> list[Figure]:
        """The figures of ``text[start:end]`` read as a stretch of its own, in order."""
        key = (start, end, year)
        found = self._read.get(key)
        if found is None:
            text = self.layout.text
            found = self._read[key] = tuple(find_figures(text.text, text.folded, start, end, year=year))
        return list(found)

    def bodies(self, start: int, end: int) -> BodyList | None:
        """The list of body names that opens at ``start`` and ends by ``end``; None when no body
        opens there."""
        key = (start, end)
        if key not in self._lists:
            text = self.layout.text
            self._lists[key] = read_bodies(text.text, text.folded, start, end)
        return self._lists[key]


def find_mentions(layout: Layout) -> Mentions:
    text = layout.text.text
    return Mentions(layout=layout, dates=tuple(find_dates(text, plain=layout.text.plain)),
                    numbers=tuple(find_numbers(text)))
