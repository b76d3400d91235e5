"""The work of ``nqparse extract FILE...``: one document as JSON, several as JSON Lines.

The click command itself lives in cli.py; this module reads the files one by one, so that a
file that cannot be read is reported and the others still printed.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

import click

from ..cli import emit
from ..errors import InputError, NqparseError
from ..readers.scan import DEFAULT_OCR, OcrOptions

_GLOB_CHARACTERS = frozenset("*?[")


def expand(paths: tuple[str, ...]) -> tuple[list[str], bool]:
    """The files named, a glob pattern the shell left alone expanded; and whether the output
    is JSON Lines (several files, or a pattern, which may match any number)."""
    files: list[str] = []
    patterns = False
    for path in paths:
        if path != "-" and not Path(path).exists() and _GLOB_CHARACTERS & set(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", path=path)
            files += matches
            patterns = True
        else:
            files.append(path)
    if files.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    return files, patterns or len(files) > 1


def run_extract(paths: tuple[str, ...], *, output: str | None, pretty: bool, with_text: bool, spans: bool,
                encoding: str | None, every: bool = False, max_size: int | None = None,
                ocr: OcrOptions = DEFAULT_OCR) -> int:
    """Print (or write to ``output``) each document; the exit code: 0, or 2 when a file failed.

    ``every``: each document a file bundles, as JSON Lines (a JSON list of one file's with ``pretty``).
    """
    from ..output import open_atomic

    files, lines = expand(paths)
    target: Any = open_atomic(output) if output else nullcontext(None)
    failed = False
    with target as out:
        for texts, error in _results(files, pretty=pretty and not lines, with_text=with_text, spans=spans,
                                     encoding=encoding, every=every, max_size=max_size, ocr=ocr):
            if error is not None:
                if not lines:
                    raise error
                click.echo(f"nqparse: error: {error}", err=True)
                failed = True
            elif every and pretty and not lines:
                _write(out, "[\n" + ",\n".join(texts) + "\n]")
            else:
                for text in texts:
                    _write(out, text)
    return 2 if failed else 0


def _results(files: list[str], *, pretty: bool, with_text: bool, spans: bool, encoding: str | None,
             every: bool, max_size: int | None,
             ocr: OcrOptions = DEFAULT_OCR) -> Iterator[tuple[list[str], NqparseError | None]]:
    """The JSON texts of each file in turn (one, or each bundled document's), or the error
    that stopped it."""
    from ..output import to_json
    from ..pipeline import extract_source, extract_source_all
    from ..readers import DEFAULT_MAX_SIZE, read_path

    for path in files:
        try:
            source = read_path(path, encoding=encoding, max_size=max_size or DEFAULT_MAX_SIZE, ocr=ocr)
            for note in source.notes:
                click.echo(f"nqparse: warning: {source.path or '<stdin>'}: {note.message}", err=True)
            found = extract_source_all(source, with_text=with_text) if every else \
                [extract_source(source, with_text=with_text)]
        except NqparseError as e:
            yield [], e
            continue
        yield [to_json(resolution, pretty=pretty, spans=spans) for resolution in found], None


def _write(out: IO[str] | None, text: str) -> None:
    if out is None:
        emit(text)
    else:
        out.write(text + "\n")
