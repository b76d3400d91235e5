"""Who hears of each page as OCR finishes it: a batch worker, which tells the progress bar.

Kept apart from ``scan`` so that a worker can listen without loading the OCR engine's
modules for the text files that never need them. One listener at a time, per process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_listener: Callable[[], None] | None = None


@contextmanager
def pages_heard_by(listener: Callable[[], None]) -> Iterator[None]:
    """Call ``listener`` once per page OCR'd inside the block (from the thread that read it)."""
    global _listener
    before, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = before


def page_done() -> None:
    """Called by ``scan`` as each page is read."""
    if _listener is not None:
        _listener()
