"""The work of ``nqparse extract FILE...``: one document as JSON, several as JSON Lines.

This module reads the files one by one, so that a
file that cannot be read is reported and the others still printed.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import InputError, NqparseError
from .common import emit, ocr_options, reports_errors, size_option

if TYPE_CHECKING:
    from ..readers.options import OcrOptions

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
                ocr: OcrOptions | None = None) -> int:
    """Print (or write to ``output``) each document; the exit code: 0, or 2 when a file failed.

    ``every``: each document a file bundles, as JSON Lines (a JSON list of one file's with ``pretty``).
    """
    from ..batch.output import open_atomic

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
             ocr: OcrOptions | None = None) -> Iterator[tuple[list[str], NqparseError | None]]:
    """The JSON texts of each file in turn (one, or each bundled document's), or the error
    that stopped it."""
    from ..batch.output import to_json
    from ..pipeline import extract_data, extract_data_all
    from ..readers import DEFAULT_MAX_SIZE, read_path
    from ..readers.options import DEFAULT_OCR

    for path in files:
        try:
            source = read_path(path, encoding=encoding, max_size=max_size or DEFAULT_MAX_SIZE, ocr=ocr or DEFAULT_OCR)
            for note in source.notes:
                click.echo(f"nqparse: warning: {source.path or '<stdin>'}: {note.message}", err=True)
            found = extract_data_all(source, with_text=with_text) if every else \
                [extract_data(source, with_text=with_text)]
        except NqparseError as e:
            yield [], e
            continue
        yield [to_json(resolution, pretty=pretty, spans=spans) for resolution in found], None


def _write(out: IO[str] | None, text: str) -> None:
    if out is None:
        emit(text)
    else:
        out.write(text + "\n")


@click.command("extract")
@click.argument("paths", metavar="FILE...", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file (whole or not at all) instead of standard output.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (one document only).")
@click.option("--with-text", is_flag=True, help="Add the normalized text that every span points into.")
@click.option("--no-spans", is_flag=True,
              help="Leave out the spans, most of the output's size (for reading: validate and diff need them).")
@click.option("--encoding", default=None,
              help="Read text files in this encoding instead of detecting it (PDF and DOCX say their own).")
@click.option("--all", "every", is_flag=True,
              help="A file bundling several documents: print each (JSON Lines; a JSON list with --pretty).")
@size_option
@ocr_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Pages OCR'd at once.")
@reports_errors
def command(paths: tuple[str, ...], output: str | None, pretty: bool, with_text: bool, no_spans: bool,
            encoding: str | None, every: bool, max_size: int | None, ocr_mode: str, dpi: int, jobs: int) -> None:
    """Extract documents and print them as JSON.

    FILE is a .txt, .md, .pdf, .docx or image (.png, .jpg, .tif) file, or - for standard input.
    One FILE prints one JSON object; several (or a quoted glob such as 'archive/*.pdf') print
    JSON Lines, one document a line: a file that cannot be read is reported on stderr, the
    others printed, and the exit code is 2. Scanned pages are read by OCR (Tesseract, vie).
    """
    from ..readers.options import OcrOptions

    ocr = OcrOptions(mode=ocr_mode, dpi=dpi, jobs=jobs)  # type: ignore[arg-type]  # click checked the choice
    sys.exit(run_extract(paths, output=output, pretty=pretty, with_text=with_text, spans=not no_spans,
                         encoding=encoding, every=every, max_size=max_size, ocr=ocr))
