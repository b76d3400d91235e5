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


def write_atomic(path: str | Path, content: str | bytes) -> None:
    """Write through a temporary file in the same folder, then rename over ``path``.

    A reader sees the old file or the whole new one, never a half-written one, even if the
    process is killed mid-way.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def open_atomic(path: str | Path, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO[str]]:
    """``write_atomic`` for output too big to hold in memory: write to the yielded file.

    The file appears at ``path`` whole when the block ends; if the block raises (or the
    process dies), ``path`` keeps its old content and the temporary file is removed.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
