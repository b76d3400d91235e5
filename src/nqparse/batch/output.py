"""Writing results: JSON text of a document's output, and files written whole or not at all."""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import write_error


def to_json(data: dict[str, Any], *, pretty: bool = False, spans: bool = True) -> str:
    """The JSON text of a result (``pipeline.extract_data``), as pydantic writes the model;
    ``spans=False`` leaves out every ``span`` and ``spans``."""
    return dumps(data if spans else without_spans(data), pretty=pretty)


def without_spans(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: without_spans(v) for k, v in data.items() if k not in ("span", "spans")}
    if isinstance(data, list):
        return [without_spans(v) for v in data]
    return data


def dumps(data: Any, *, pretty: bool = False) -> str:
    """JSON text; compact (no spaces) unless ``pretty``, as pydantic writes a model."""
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_atomic(path: str | Path, content: str | bytes, *, sync: bool = True) -> None:
    """Write through a temporary file in the same folder, then rename over ``path``.

    A reader sees the old file or the whole new one, never a half-written one, even if the
    process is killed mid-way. ``sync=False`` leaves out the fsync, which guards against a
    crash of the whole machine, not of the process, and costs milliseconds per file: for
    outputs that are checked and made again when unreadable (batch results).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    with _replacing(path, "wb", sync=sync) as f:
        f.write(data)


def open_atomic(path: str | Path, *, encoding: str = "utf-8", newline: str | None = None
                ) -> contextlib.AbstractContextManager[IO[str]]:
    """``write_atomic`` for output too big to hold in memory: write to the yielded file.

    The file appears at ``path`` whole when the block ends; if the block raises (or the
    process dies), ``path`` keeps its old content and the temporary file is removed.
    """
    return _replacing(path, "w", encoding=encoding, newline=newline)


@contextlib.contextmanager
def _replacing(path: str | Path, mode: str, *, sync: bool = True, **options: Any) -> Iterator[IO[Any]]:
    target = Path(path)
    if _is_special(target):
        # a device or a pipe (/dev/stdout, a FIFO): written in place, never renamed over
        with _written_in_place(target, mode, **options) as f:
            yield f
        return
    try:
        import tempfile  # here: printing to standard output needs no temporary file

        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise write_error(e, str(target)) from None
    try:
        try:
            os.fchmod(fd, _mode_for(target))
            with os.fdopen(fd, mode, **options) as f:
                yield f
                f.flush()
                if sync:
                    os.fsync(f.fileno())
            os.replace(tmp, target)
        except OSError as e:
            if e.filename not in (None, tmp):  # a file the caller reads, not this one
                raise
            raise write_error(e, str(target)) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _is_special(target: Path) -> bool:
    try:
        return not stat.S_ISREG(target.stat().st_mode) and not stat.S_ISDIR(target.stat().st_mode)
    except OSError:
        return False


@contextlib.contextmanager
def _written_in_place(target: Path, mode: str, **options: Any) -> Iterator[IO[Any]]:
    try:
        with open(target, mode, **options) as f:
            yield f
    except OSError as e:
        if e.filename not in (None, str(target)):
            raise
        raise write_error(e, str(target)) from None


def _mode_for(target: Path) -> int:
    """The mode ``open()`` would give: the old file's, or 0666 less the umask for a new one
    (``mkstemp`` makes 0600, which colleagues on a shared folder cannot read)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~current_umask()


def current_umask() -> int:
    mask = os.umask(0)  # the only way to read it
    os.umask(mask)
    return mask
