"""The compiled form of the ``re`` patterns a command runs, kept between runs as byte code is.

A text extract compiles about 190 ``re`` patterns, 45 ms of a start-up of about 0.2 s: the
parser and compiler of ``re`` are written in Python. What they make of a pattern is a list of
numbers that the C engine runs. ``keep()`` (called when the command line starts) gives ``re``
the lists stored by an earlier run, so that ``re.compile`` finds those patterns already made,
and at exit stores the lists of patterns compiled anew. The file sits in ``__pycache__`` beside
this module (or under ``PYTHONPYCACHEPREFIX``), is named for the Python that wrote it and is
written only where byte code would be. A file of another Python, a damaged one or a Python
whose ``re`` differs in these internals is ignored: the patterns are then compiled as before.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python's internals: patterns are compiled as before
    _sre = None

_Key = tuple[str, int]
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# what a stored program was made by: another Python or engine may number it differently
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
_loaded: dict[_Key, _Program] = {}


def keep(path: str | None = None) -> None:
    """Give ``re`` the stored programs, and store those of new patterns at exit (once a process)."""
    cache = getattr(re, "_cache", None)
    path = path or _default_path()
    if _sre is None or not isinstance(cache, dict) or path is None or _loaded:
        return
    programs = _read(path)
    try:
        made = {(str, pattern, flags): _sre.compile(pattern, *program) for (pattern, flags), program in programs.items()}
    except (TypeError, ValueError, RuntimeError):  # not what this engine takes after all
        made, programs = {}, {}
    cache.update(made)
    _loaded.update(programs)
    atexit.register(store, path)


def store(path: str) -> None:
    """Write the programs of the ``str`` patterns ``re`` holds (at most its 512), when some
    were compiled anew."""
    cache: dict[tuple[Any, ...], Any] = getattr(re, "_cache", {})
    held = [(key[1], key[2]) for key in list(cache) if key[0] is str]
    if all(key in _loaded for key in held) or sys.dont_write_bytecode:
        return
    programs = {key: _loaded.get(key) or _program(*key) for key in held}
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as f:
            marshal.dump((_STAMP, programs), f)
        os.replace(temporary, path)  # whole or not at all, whatever other processes write
    except (OSError, ValueError):  # a folder that cannot be written: the next run compiles again
        with contextlib.suppress(OSError):
            os.remove(temporary)


def _program(pattern: str, flags: int) -> _Program:
    """What ``re`` hands its engine for ``pattern``, as ``re._compiler.compile`` makes it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the opcodes are an int subclass, which marshal does not write
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _read(path: str) -> dict[_Key, _Program]:
    try:
        with open(path, "rb") as f:
            stamp, programs = marshal.loads(f.read())  # marshal.load(f) reads in small pieces, 15x slower
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return programs if stamp == _STAMP and isinstance(programs, dict) else {}


def _default_path() -> str | None:
    try:
        from importlib.util import cache_from_source

        folder = os.path.dirname(cache_from_source(__file__))
    except (ImportError, NotImplementedError, ValueError):
        return None
    return os.path.join(folder, f"patterns.{sys.implementation.cache_tag}.marshal")
