"""The compiled form of the ``re`` patterns a command runs, kept between runs as byte code is.

A text extract compiles about 190 ``re`` patterns, 45 ms of a start-up of about 0.2 s: the
parser and compiler of ``re`` are written in Python. What they make of a pattern is a list of
numbers that the C engine runs. ``keep()`` (called when the command line starts) gives ``re``
the lists stored by an earlier run, so that ``re.compile`` finds those patterns already made,
and at exit stores the lists of patterns compiled anew. A stored pattern is made when it is
first asked for (a run asks for about two thirds of them), and its list is stored as bytes,
which ``marshal`` reads at once (a list of a quarter of a million ints took 4 ms). The file
sits in ``__pycache__`` beside this module (or under ``PYTHONPYCACHEPREFIX``), is named for the
Python that wrote it and is written only where byte code would be. A file of another Python, a
damaged one or a Python whose ``re`` differs in these internals is ignored: the patterns are
then compiled as before.

Patterns of the ``regex`` module (``\\p{Lu}`` and the like, about 30 ms of a start-up: its
parser too is Python) are kept the same way, in a file of their own: what its parser hands
``_regex.compile`` is noted as each pattern is made, and given back to it in the next run.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python's internals: patterns are compiled as before
    _sre = None
try:
    import regex
    from regex import _main as _regex_main
    _regex_engine = _regex_main._regex
except (ImportError, AttributeError):  # no ``regex``, or one that differs: its patterns are compiled as before
    _regex_main = None

_Key = tuple[str, int]
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# the array type that holds one code of the engine, as its bytes are stored
_CODE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
# what a stored program was made by: another Python or engine may number it differently
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), _CODE)
_loaded: dict[_Key, _Program] = {}

# what ``regex.compile`` hands its engine after the pattern itself: flags, code, groups, lists
_RegexProgram = tuple[Any, ...]
_REGEX_STAMP = (sys.version, getattr(regex, "__version__", None) if _regex_main else None,
                getattr(_regex_main, "_MAXCACHE", None))
_regex_loaded: dict[_Key, _RegexProgram] = {}
_regex_made: dict[int, tuple[Any, _RegexProgram]] = {}  # id of a pattern made this run -> (it, its program)


def keep(path: str | None = None) -> None:
    """Give ``re`` the stored programs, and store those of new patterns at exit (once a process)."""
    cache = getattr(re, "_cache", None)
    path = path or _default_path()
    if _sre is None or _CODE is None or type(cache) is not dict or path is None or _loaded:
        return
    _loaded.update(_read(path))
    re._cache = _StoredCache(cache)  # type: ignore[attr-defined]
    atexit.register(store, path)
    _keep_regex(_regex_path(path))


class _StoredCache(dict[tuple[Any, ...], Any]):
    """``re``'s cache, which makes a pattern missing from it from its stored program, if any."""

    def __missing__(self, key: tuple[Any, ...]) -> Any:
        program = _loaded.get(key[1:]) if key[0] is str else None
        if program is None:
            raise KeyError(key)  # ``re`` compiles it, as without a cache
        flags, code, *rest = program
        try:
            made = _sre.compile(key[1], flags, array(_CODE or "I", code).tolist(), *rest)
        except (TypeError, ValueError, RuntimeError):  # not what this engine takes after all
            _loaded.clear()
            raise KeyError(key) from None
        self[key] = made
        return made

    def pop(self, key: Any, *default: Any) -> Any:
        """The pattern taken out (3.12's ``re`` takes it out to put it back last), made first if stored."""
        if key not in self:
            with contextlib.suppress(KeyError):
                self.__missing__(key)
        return super().pop(key, *default)


def store(path: str) -> None:
    """Write the programs of the ``str`` patterns ``re`` holds and of those stored but not asked
    for (at most 512, those of this run last), when some were compiled anew."""
    cache: dict[tuple[Any, ...], Any] = getattr(re, "_cache", {})
    held = [(key[1], key[2]) for key in list(cache) if key[0] is str]
    if all(key in _loaded for key in held) or sys.dont_write_bytecode:
        return
    programs = {key: program for key, program in _loaded.items() if (str, *key) not in cache}  # oldest first
    programs.update((key, _loaded.get(key) or _program(*key)) for key in held)
    kept = list(programs.items())[-getattr(re, "_MAXCACHE", 512):]
    _write(path, (_STAMP, dict(kept)))


def _write(path: str, content: tuple[Any, ...]) -> None:
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as f:
            marshal.dump(content, f)
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
    # the codes as bytes: marshal reads them at once
    return (int(flags | parsed.state.flags), array(_CODE or "I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _regex_path(path: str) -> str:
    folder, name = os.path.split(path)
    return os.path.join(folder, f"regex-{name}")


def _keep_regex(path: str) -> None:
    """Put the stored ``regex`` patterns in its cache, as ``regex.compile`` would, and note the
    programs of those compiled anew (stored at exit)."""
    if _regex_main is None or _regex_loaded:
        return
    version, held = regex.DEFAULT_VERSION, _read(path, _REGEX_STAMP)
    try:
        for (pattern, flags), program in held.items():
            made = _regex_engine.compile(pattern, *program)
            _regex_main._cache[pattern, str, flags, frozenset(), version, None] = made
            _regex_main._named_args[pattern, str, flags] = frozenset()
            _regex_main._locale_sensitive[str, pattern] = False
    except (TypeError, ValueError, RuntimeError, AttributeError):  # not what this engine takes after all
        _regex_main._cache.clear()
        held = {}
    _regex_loaded.update(held)
    noting = type(_regex_engine)("_regex")  # the engine's module, but noting what it is given
    noting.__dict__.update(_regex_engine.__dict__)
    noting.compile = _noted_compile
    _regex_main._regex = noting
    atexit.register(_store_regex, path)


def _noted_compile(pattern: Any, *program: Any) -> Any:
    made = _regex_engine.compile(pattern, *program)
    _regex_made[id(made)] = (made, program)
    return made


def _store_regex(path: str) -> None:
    """Write the programs of the plain ``str`` patterns ``regex`` holds, when some were compiled anew."""
    programs: dict[_Key, _RegexProgram] = {}
    for key, made in list(getattr(_regex_main, "_cache", {}).items()):
        pattern, kind, flags, lists, version, locale = key
        if kind is not str or lists or locale is not None or version != regex.DEFAULT_VERSION:
            continue
        program = _regex_loaded.get((pattern, flags)) or _plain(_regex_made.get(id(made), (None, None))[1])
        if program is not None:
            programs[pattern, int(flags)] = program
    if all(key in _regex_loaded for key in programs) or sys.dont_write_bytecode:
        return
    _write(path, (_REGEX_STAMP, programs))


def _plain(program: tuple[Any, ...] | None) -> _RegexProgram | None:
    """The program with plain ints for its flags (marshal writes no int subclass), or None for
    one that uses named lists (made anew each time from the lists given) or is of another shape."""
    if program is None or len(program) != 10 or program[4] or program[5]:
        return None
    flags, code, groups, names, lists, indexes, offset, chars, required, count = program
    return (int(flags), [int(c) for c in code], groups, names, lists, indexes, int(offset),
            tuple(int(c) for c in chars), int(required), int(count))


def _read(path: str, expected: tuple[Any, ...] = _STAMP) -> dict[_Key, Any]:
    try:
        with open(path, "rb") as f:
            stamp, programs = marshal.loads(f.read())  # marshal.load(f) reads in small pieces, 15x slower
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return programs if stamp == expected and isinstance(programs, dict) else {}


def _default_path() -> str | None:
    try:
        from importlib.util import cache_from_source

        folder = os.path.dirname(cache_from_source(__file__))
    except (ImportError, NotImplementedError, ValueError):
        return None
    return os.path.join(folder, f"patterns.{sys.implementation.cache_tag}.marshal")
