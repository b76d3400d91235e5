"""nqparse: Vietnamese party and local-government resolutions as structured, checkable data."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import InputError, NqparseError  # noqa: E402

__all__ = ["BatchResult", "InputError", "NqparseError", "Resolution", "__version__", "diff", "extract",
           "extract_all", "extract_batch", "extract_text", "run_batch"]

if TYPE_CHECKING:
    from .batch.run import BatchResult, extract_batch, run_batch
    from .compare.documents import diff
    from .models import Resolution
    from .pipeline import extract, extract_all, extract_text

# Each verb loads its module on first use: `nqparse --version` needs none of them, and
# extracting one document needs neither the diff's fuzzy matcher nor the batch pool.
_LAZY = {
    "Resolution": "models", "extract": "pipeline", "extract_all": "pipeline", "extract_text": "pipeline", "diff": "compare.documents",
    "BatchResult": "batch.run", "extract_batch": "batch.run", "run_batch": "batch.run",
}


def __dir__() -> list[str]:
    """The public names, those that load on first use included, and the module's own dunders."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
