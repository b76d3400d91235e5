"""Spans and the offset map between normalized text and the source it came from.

Every value nqparse outputs carries a ``Span``: ``start``/``end`` offsets into the normalized
text (``Resolution.text`` when ``--with-text`` is given), so ``text[start:end]`` is where the
value was read. ``OffsetMap`` takes such an offset back to the reader's raw text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

import regex


class OffsetMap:
    """Maps each offset of a derived string to an offset of the string it was derived from.

    Built by ``rewrite``; composing two maps gives the map from the last string to the first.
    The map is kept as runs rather than one entry per character: run ``k`` starts at offset
    ``_starts[k]`` of the derived string and came from offset ``_origins[k]``; in a copied run
    the offsets advance together, in a replacement every character maps to the start of the
    text it replaced. Building a map costs one run per match, and composition is lazy: an
    offset walks back through each chained map when asked (one lookup per span, and only for
    files with pages or paragraphs).
    """

    __slots__ = ("_copied", "_inner", "_length", "_origins", "_starts")

    def __init__(self, starts: list[int], origins: list[int], copied: list[bool], length: int,
                 inner: OffsetMap | None = None) -> None:
        self._starts = starts
        self._origins = origins
        self._copied = copied
        self._length = length
        self._inner = inner

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0], [0], [True], length + 1)

    def __len__(self) -> int:
        return self._length

    def __call__(self, offset: int) -> int:
        # each chained map in turn, in one loop rather than one call per map
        step: OffsetMap | None = self
        while step is not None:
            if offset < 0:
                return 0
            offset = min(offset, step._length - 1)
            k = bisect_right(step._starts, offset) - 1
            offset = step._origins[k] + (offset - step._starts[k] if step._copied[k] else 0)
            step = step._inner
        return offset

    def then(self, inner: OffsetMap) -> OffsetMap:
        """The map of a string derived by ``self`` from a string that ``inner`` maps further back."""
        return OffsetMap(self._starts, self._origins, self._copied, self._length,
                         inner if self._inner is None else self._inner.then(inner))


Replacement = str | Callable[["regex.Match[str]"], str]
_GROUP_ONLY = re.compile(r"\\(\d)")


def rewrite(text: str, pattern: regex.Pattern[str], repl: Replacement,
            matches: Iterable[regex.Match[str]] | None = None) -> tuple[str, OffsetMap] | None:
    """``pattern.sub(repl, text)`` that also returns the offset map back to ``text``;
    ``matches``, when given, are the pattern's matches in ``text`` as ``finditer`` gives them.

    Returns None when nothing matched, so callers skip the map work in the common case.
    Characters of a replacement map to the start of the text they replace; a replacement that
    is one group (``r"\1"``) maps character for character to that group.
    """
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    copied: list[bool] = []
    length = 0  # of the new text so far
    # what the replacement is, told once rather than at every match: one group (r"\1"), a
    # template with groups, or a plain string put in as it is
    group = _GROUP_ONLY.fullmatch(repl) if isinstance(repl, str) else None
    template = isinstance(repl, str) and "\\" in repl

    pos = 0
    for m in pattern.finditer(text) if matches is None else matches:
        s, e = m.span()
        if s > pos:
            pieces.append(text[pos:s])
            starts.append(length)
            origins.append(pos)
            copied.append(True)
            length += s - pos
        new = repl(m) if callable(repl) else m.expand(repl) if template else repl
        pieces.append(new)
        if new:
            starts.append(length)
            if group:  # r"\1": the group's own text, copied from where it stands
                origins.append(m.start(int(group.group(1))))
                copied.append(True)
            else:
                origins.append(s)
                copied.append(new == m.group(0))
            length += len(new)
        pos = e
    if not pieces:
        return None
    pieces.append(text[pos:])
    starts.append(length)  # the rest, and the end-of-text offset
    origins.append(pos)
    copied.append(True)
    length += len(text) + 1 - pos
    return "".join(pieces), OffsetMap(starts, origins, copied, length)


class Builder:
    """Builds a new text from pieces of an old one, with the exact offset map back to it.

    ``copy`` takes a stretch of the old text as it is (its offsets map one to one, even when
    stretches are put in another order); ``insert`` adds new characters, which map to the
    offset given. ``finish`` copies the rest of the old text and closes the map.
    """

    __slots__ = ("_copied", "_length", "_origins", "_pieces", "_starts")

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._copied: list[bool] = []
        self._length = 0

    def _run(self, piece: str, origin: int, is_copy: bool) -> None:
        if piece:
            self._pieces.append(piece)
            self._starts.append(self._length)
            self._origins.append(origin)
            self._copied.append(is_copy)
            self._length += len(piece)

    def copy(self, text: str, start: int, end: int) -> None:
        self._run(text[start:end], start, True)

    def insert(self, piece: str, origin: int) -> None:
        self._run(piece, origin, False)

    def finish(self, text: str, pos: int) -> tuple[str, OffsetMap]:
        """Copy the rest of ``text`` from ``pos``; the new text and its map back to ``text``."""
        self.copy(text, pos, len(text))
        starts, origins, copied = self._starts + [self._length], self._origins + [len(text)], self._copied + [True]
        return "".join(self._pieces), OffsetMap(starts, origins, copied, self._length + 1)


Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by the string: (start, end, new)."""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap] | None:
    """The text with each edit made (edits in order, none overlapping), and its offset map.

    Returns None when there is no edit. A replacement's characters map to the start of the
    text it replaces, as with ``rewrite``.
    """
    builder = Builder()
    pos = -1
    for start, end, new in edits:
        builder.copy(text, max(pos, 0), start)
        builder.insert(new, start)
        pos = end
    return None if pos < 0 else builder.finish(text, pos)
