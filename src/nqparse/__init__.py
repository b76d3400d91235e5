"""nqparse: Vietnamese party and local-government resolutions as structured, checkable data."""

from __future__ import annotations

__version__ = "0.1.0"

from .batch import BatchResult, extract_batch, run_batch  # noqa: E402
from .diff import diff  # noqa: E402
from .errors import InputError, NqparseError  # noqa: E402
from .models import Resolution  # noqa: E402
from .pipeline import extract, extract_text  # noqa: E402

__all__ = ["BatchResult", "InputError", "NqparseError", "Resolution", "__version__", "diff", "extract",
           "extract_batch", "extract_text", "run_batch"]
