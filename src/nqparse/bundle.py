"""Where each document of a file that bundles several begins.

Offices publish drafts and their annexes as one PDF, and web pages carry a decision with the
plan it issues. A new document shows itself, after a signature, by an official header: the
"Số ..." line, the national or party motto next to it, and a capitals line naming a document
type a few lines below. An appendix ("PHỤ LỤC") or a list after the signature is no header,
so it stays with the document it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .phrases.lazy import lazy
from .segment import Block, Layout

_NUMBER_LINE = lazy(r"s[oô]\s*:?\s*(?:\d|[._…\s]*[-/]\s*\w)")
_MOTTO = lazy(r"(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)\b")
_HEADER_REACH = 4  # lines between the number, the motto and the body name in a header
_TITLE_REACH = 6  # lines from the header to the document type's capitals line
_SIGNATURE_REACH = 13  # lines from a signature (its signer, Nơi nhận beside it) to the next header


@lru_cache(maxsize=1)
def _plain_titles() -> tuple[str, ...]:
    from .lexicon import document_types
    from .normalize import plain

    titles = {plain(t.title) for t in document_types().types}
    return tuple(sorted(titles, key=len, reverse=True))


def next_document_start(layout: Layout) -> int | None:
    """Offset where a second document starts in ``layout``, or None for a file of one."""
    if layout.signature_block is None:
        return None
    plain = layout.text.plain
    blocks = layout.blocks
    signature = next((b for b in blocks if b.authority is not None), None)
    if signature is None:
        return None
    for block in blocks[signature.index + 1:]:
        if _NUMBER_LINE.match(plain, block.start, block.end) and _is_header(layout, block, signature):
            return _header_top(layout, block, signature).start
    return None


def _is_header(layout: Layout, number: Block, signature: Block) -> bool:
    """A "Số" line opens a header when a type title follows it, and the motto stands beside it
    or the signature just above ends the document before (a copy that lost its motto)."""
    plain, blocks = layout.text.plain, layout.blocks
    after = blocks[number.index + 1:number.index + _HEADER_REACH + _TITLE_REACH]
    if not any(b.caps and plain[b.start:b.end].startswith(_plain_titles()) for b in after):
        return False
    near = blocks[max(0, number.index - _HEADER_REACH):number.index + _HEADER_REACH + 1]
    return (number.index - signature.index <= _SIGNATURE_REACH
            or any(_MOTTO.match(plain, b.start, b.end) for b in near))


def _header_top(layout: Layout, number: Block, signature: Block) -> Block:
    """The first line of the header: the capitals lines (body names, '*') above the number."""
    blocks = layout.blocks
    first = number.index
    while (first - 1 > signature.index + 2 and number.index - first < _HEADER_REACH
           and (blocks[first - 1].caps or blocks[first - 1].text.strip() == "*")):
        first -= 1
    return blocks[first]


def document_starts(layout_of: Callable[[int], Layout], length: int) -> list[int]:
    """Offsets where each document begins: 0, then each header after a signature.

    ``layout_of(start)`` segments the text from ``start`` on, as a document of its own.
    """
    starts = [0]
    while True:
        following = next_document_start(layout_of(starts[-1]))
        if following is None or following <= starts[-1] or following >= length:
            return starts
        starts.append(following)

