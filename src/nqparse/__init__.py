"""nqparse: Vietnamese party and local-government resolutions as structured, checkable data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .diff import diff  # noqa: E402
from .errors import InputError, NqparseError  # noqa: E402
from .models import Resolution  # noqa: E402
from .pipeline import extract, extract_text  # noqa: E402

__all__ = ["BatchResult", "InputError", "NqparseError", "Resolution", "__version__", "diff", "extract",
           "extract_batch", "extract_text", "run_batch"]

if TYPE_CHECKING:
    from .batch import BatchResult, extract_batch, run_batch


def __getattr__(name: str) -> Any:
    """The batch API loads on first use: extracting one document does not need it."""
    if name in ("BatchResult", "extract_batch", "run_batch"):
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
