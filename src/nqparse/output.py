"""Writing results: JSON text of a Resolution, and files written whole or not at all."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel


def to_json(model: BaseModel, *, pretty: bool = False) -> str:
    return model.model_dump_json(indent=2 if pretty else None)


def dumps(data: Any, *, pretty: bool = False) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)


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
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **options) as f:
            yield f
            f.flush()
            if sync:
                os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
