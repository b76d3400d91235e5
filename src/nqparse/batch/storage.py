"""Where a batch reads and writes: local paths, or fsspec URLs (``s3://``, ``gs://``, ``memory://``).

URLs need fsspec (``pip install fsspec``, or the ``nqparse[dask]`` extra) and the package of
their protocol (s3fs, gcsfs, ...). Only the batch's client process touches them: workers get
each input's bytes and return its JSON.

An output folder is written file by file, each whole or not at all: a local file through a
temporary file renamed over it, a remote one written under a temporary name and then moved
into place (on object stores a written object appears whole anyway).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import IO, Any, Protocol

from ..errors import InputError


def is_url(location: str | Path) -> bool:
    return isinstance(location, str) and "://" in location


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise InputError("a URL needs fsspec", path=url, hint="pip install fsspec") from None
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as e:
        raise InputError(f"cannot open this URL: {e}", path=url) from None


def join(url: str, relative: str) -> str:
    return f"{url.rstrip('/')}/{relative}"


def find_files(url: str) -> tuple[bool, list[str]]:
    """Whether ``url`` is a folder, and the relative paths of the files under it (hidden ones left out)."""
    fs, root = _filesystem(url)
    try:
        if not fs.isdir(root):
            if not fs.isfile(root):
                raise InputError("no such file or folder", path=url)
            return False, [url.rstrip("/").rsplit("/", 1)[-1]]
        top = root.rstrip("/") + "/"
        found = sorted(p[len(top):] for p in fs.find(root) if p.startswith(top))
    except OSError as e:
        raise InputError(f"cannot list: {e}", path=url) from None
    return True, [rel for rel in found if not _hidden(rel)]


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/"))


def url_exists(url: str) -> bool:
    fs, path = _filesystem(url)
    try:
        return bool(fs.exists(path))
    except OSError:
        return True  # cannot tell: not taken for deleted


def read_url(url: str, max_size: int) -> bytes:
    """The bytes at ``url``, or ``InputError`` saying in one line why they cannot be had."""
    fs, path = _filesystem(url)
    try:
        size = fs.size(path)
        if size is not None and size > max_size:
            raise InputError(f"file is {size:,} bytes, over the {max_size:,}-byte limit", path=url,
                             hint="raise it with --max-size")
        data: bytes = fs.cat_file(path)
    except FileNotFoundError:
        raise InputError("no such file", path=url) from None
    except OSError as e:
        raise InputError(f"cannot read: {e}", path=url) from None
    return data


class Folder(Protocol):
    """An output folder, local or remote; every path relative to it, '/'-separated."""

    location: str

    def prepare(self) -> None:
        """Create it if missing; refuse a file; remove what a killed run left half-written."""

    def read_text(self, relative: str) -> str | None:
        """The file's text, or None when it is missing or unreadable."""

    def size(self, relative: str) -> int | None:
        """The file's size in bytes, or None when it is missing."""

    def list_json(self) -> list[str]:
        """The .json files in it, at any depth, sorted; hidden ones left out."""

    def write(self, relative: str, text: str) -> None: ...

    def remove(self, relative: str) -> None: ...

    def open_write(self, relative: str, *, encoding: str = "utf-8",
                   newline: str | None = None) -> AbstractContextManager[IO[str]]: ...


def folder(location: str | Path) -> Folder:
    if is_url(str(location)):
        return RemoteFolder(str(location))
    return LocalFolder(Path(location))


class LocalFolder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.location = str(root)

    def prepare(self) -> None:
        from .run import remove_temporaries

        self.root.mkdir(parents=True, exist_ok=True)
        remove_temporaries(self.root)

    def read_text(self, relative: str) -> str | None:
        try:
            return (self.root / relative).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None

    def size(self, relative: str) -> int | None:
        try:
            return (self.root / relative).stat().st_size
        except OSError:
            return None

    def list_json(self) -> list[str]:
        names = (p.relative_to(self.root).as_posix() for p in self.root.rglob("*.json"))
        return sorted(n for n in names if not _hidden(n))

    def write(self, relative: str, text: str) -> None:
        from .output import write_atomic

        write_atomic(self.root / relative, text, sync=False)  # an unreadable output is made again next run

    def remove(self, relative: str) -> None:
        from .run import remove_temporaries

        target = self.root / relative
        with suppress(FileNotFoundError):
            target.unlink()
        remove_temporaries(target.parent, target.name)

    def open_write(self, relative: str, *, encoding: str = "utf-8",
                   newline: str | None = None) -> AbstractContextManager[IO[str]]:
        from .output import open_atomic

        return open_atomic(self.root / relative, encoding=encoding, newline=newline)


class RemoteFolder:
    def __init__(self, url: str) -> None:
        self.location = url.rstrip("/")
        self.fs, self.root = _filesystem(url)
        self.root = self.root.rstrip("/")

    def _path(self, relative: str) -> str:
        return f"{self.root}/{relative}"

    def prepare(self) -> None:
        if self.fs.isfile(self.root):
            raise InputError("the output folder is a file", path=self.location)
        self.fs.makedirs(self.root, exist_ok=True)
        for path in self.fs.find(self.root):
            if path.rsplit("/", 1)[-1].startswith(".") and path.endswith(".tmp"):
                with suppress(OSError):
                    self.fs.rm_file(path)

    def read_text(self, relative: str) -> str | None:
        try:
            return bytes(self.fs.cat_file(self._path(relative))).decode("utf-8")
        except (OSError, ValueError):
            return None

    def size(self, relative: str) -> int | None:
        try:
            return int(self.fs.size(self._path(relative)))
        except (OSError, TypeError):
            return None

    def list_json(self) -> list[str]:
        top = self.root + "/"
        try:
            names = [p[len(top):] for p in self.fs.find(self.root) if p.startswith(top) and p.endswith(".json")]
        except OSError:
            return []
        return sorted(n for n in names if not _hidden(n))

    def write(self, relative: str, text: str) -> None:
        with self.open_write(relative) as f:
            f.write(text)

    def remove(self, relative: str) -> None:
        with suppress(FileNotFoundError):
            self.fs.rm_file(self._path(relative))

    @contextmanager
    def open_write(self, relative: str, *, encoding: str = "utf-8",
                   newline: str | None = None) -> Iterator[IO[str]]:
        final = self._path(relative)
        parent, _, name = final.rpartition("/")
        temporary = f"{parent}/.{name}.{uuid.uuid4().hex[:8]}.tmp"
        self.fs.makedirs(parent, exist_ok=True)
        try:
            with self.fs.open(temporary, "w", encoding=encoding, newline=newline) as f:
                yield f
            self.fs.mv(temporary, final)
        except BaseException:
            with suppress(OSError):
                self.fs.rm_file(temporary)
            raise
