"""Patterns compiled on their first use, for the modules whose patterns most documents never run
(PDF, DOCX, OCR, tables, other kinds' sections): a start-up then compiles only what it needs.

``_X = lazy(r"...")`` reads as ``re.compile`` does and is called the same (``_X.search(text)``);
the first call compiles, then puts the compiled pattern's methods on the object itself, so that
later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import regex

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    def __init__(self, compile: Callable[[Any, int], Any], pattern: str | bytes, flags: int) -> None:
        self._compile, self._source, self._flags = compile, pattern, flags

    def compiled(self) -> Any:
        done = self._compile(self._source, self._flags)
        for name in _METHODS:  # instance attributes, found before the class's stand-ins below
            setattr(self, name, getattr(done, name))
        return done

    @property
    def pattern(self) -> str | bytes:
        return self._source

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"lazy({self._source!r})"


def _first_call(name: str) -> Callable[..., Any]:
    def call(self: _Lazy, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)
    return call


for _name in _METHODS:
    setattr(_Lazy, _name, _first_call(_name))


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on the first use."""
    return cast("re.Pattern[str]", _Lazy(re.compile, pattern, flags))


def lazy_regex(pattern: str | bytes, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done on the first use (for ``\\p{L}`` and the like)."""
    return _Lazy(regex.compile, pattern, flags)
