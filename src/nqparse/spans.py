"""Spans and the offset map between normalized text and the source it came from.

Every value nqparse outputs carries a ``Span``: ``start``/``end`` offsets into the normalized
text (``Resolution.text`` when ``--with-text`` is given), so ``text[start:end]`` is where the
value was read. ``OffsetMap`` takes such an offset back to the reader's raw text.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable

import regex

from .models import Span


def span(start: int, end: int) -> Span:
    return Span(start=start, end=end)


class OffsetMap:
    """Maps each offset of a derived string to an offset of the string it was derived from.

    Built by ``rewrite``; composing two maps gives the map from the last string to the first.
    Composition is lazy: the maps are chained and an offset walks back through each one when
    asked, so normalizing costs nothing per character for the map (lookups are rare: one per
    span, and only for files with pages or paragraphs).
    """

    __slots__ = ("_inner", "_map")

    def __init__(self, offsets: array, inner: OffsetMap | None = None) -> None:
        self._map = offsets
        self._inner = inner

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(array("l", range(length + 1)))

    def __len__(self) -> int:
        return len(self._map)

    def __call__(self, offset: int) -> int:
        if offset < 0:
            return 0
        m = self._map
        local = m[-1] if offset >= len(m) else m[offset]
        return local if self._inner is None else self._inner(local)

    def then(self, inner: OffsetMap) -> OffsetMap:
        """The map of a string derived by ``self`` from a string that ``inner`` maps further back."""
        return OffsetMap(self._map, inner if self._inner is None else self._inner.then(inner))


Replacement = str | Callable[["regex.Match[str]"], str]


def rewrite(text: str, pattern: regex.Pattern[str], repl: Replacement) -> tuple[str, OffsetMap] | None:
    """``pattern.sub(repl, text)`` that also returns the offset map back to ``text``.

    Returns None when nothing matched, so callers skip the map work in the common case.
    Characters of a replacement map to the start of the text they replace.
    """
    pieces: list[str] = []
    offsets = array("l")
    pos = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        pieces.append(text[pos:s])
        offsets.extend(range(pos, s))
        new = repl(m) if callable(repl) else m.expand(repl)
        pieces.append(new)
        if new == m.group(0):
            offsets.extend(range(s, e))
        else:
            offsets.extend([s] * len(new))
        pos = e
    if not pieces:
        return None
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(pieces), OffsetMap(offsets)


def join_spans(spans: Iterable[Span]) -> Span:
    items = list(spans)
    return Span(start=min(s.start for s in items), end=max(s.end for s in items))
