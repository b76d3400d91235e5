"""The command line: thin click commands that call one library verb and render the result.

Errors of the input are printed as one line naming the file, with exit code 2; no traceback
reaches the user (set NQPARSE_DEBUG=1 to see one).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any, TypeVar

import click

from . import __version__
from .errors import NqparseError, OutputError, write_error

F = TypeVar("F", bound=Callable[..., Any])

INPUT_HELP = "A .txt, .md, .pdf, .docx or image (.png, .jpg, .tif) file, or - for standard input."


def fail(message: str, code: int = 2) -> None:
    with contextlib.suppress(OSError):  # a closed stderr cannot be told either
        click.echo(f"nqparse: error: {message}", err=True)
    sys.exit(code)


def emit(text: str, *, nl: bool = True) -> None:
    """Print to standard output; a failed write becomes an ``OutputError`` (exit 4)."""
    with stdout_errors():
        click.echo(text, nl=nl)


@contextlib.contextmanager
def stdout_errors() -> Iterator[None]:
    """Writes to standard output inside the block, flushed: a full disk, a closed pipe or a
    device that refuses them raise ``OutputError`` instead of a traceback at exit."""
    try:
        yield
        sys.stdout.flush()
    except OSError as e:
        raise write_error(e, "<stdout>") from None


def stdout_console(**options: Any) -> Any:
    """A rich ``Console`` on standard output whose closed pipe is an ``OutputError`` like any
    other write failure (rich's own handling exits 1, which diff would mean as 'differences')."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise write_error(BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE)), "<stdout>")

    return _Console(**options)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's last flush at exit, into a pipe
    whose reader has gone, neither fails nor prints a warning."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def reports_errors(func: F | None = None, *, internal: int = 3) -> Any:
    """Turn nqparse's own errors into one line on stderr and an exit code; ``internal`` is
    the code for a bug (diff keeps every kind of trouble at 2, as diff(1) does)."""

    def decorate(func: F) -> F:
        @wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except OutputError as e:
                if e.quiet:  # a closed pipe (| head): quiet, as other Unix tools are
                    _silence_stdout()
                    sys.exit(e.exit_code)
                fail(str(e), e.exit_code)
            except NqparseError as e:
                fail(str(e), e.exit_code)
            except KeyboardInterrupt:
                fail("interrupted", 130)
            except (click.exceptions.Exit, click.ClickException, SystemExit):
                raise
            except Exception as e:  # a bug: one line still, the traceback on request
                if os.environ.get("NQPARSE_DEBUG"):
                    raise
                fail(f"internal error: {type(e).__name__}: {e} (set NQPARSE_DEBUG=1 for details)", internal)
            return None

        return wrapper  # type: ignore[return-value]

    return decorate(func) if func is not None else decorate


def size_option(func: F) -> F:
    return click.option("--max-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
                        help="Refuse input files larger than this (default 50 MB), and text longer than a tenth of it.")(func)


def ocr_options(func: F) -> F:
    """--ocr and --dpi: how scanned pages are read (shared by extract and batch)."""
    func = click.option("--dpi", type=click.IntRange(min=72, max=1200), default=300, show_default=True,
                        help="Resolution scanned PDF pages are rendered at for OCR.")(func)
    return click.option("--ocr", "ocr_mode", type=click.Choice(["auto", "always", "never"]), default="auto",
                        show_default=True,
                        help="OCR pages with Tesseract (vie): auto = pages without a usable text layer.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nqparse")
def main() -> None:
    """Turn Vietnamese party and local-government resolutions into structured data.

    \b
    nqparse extract file.txt          one document -> JSON
    nqparse batch folder/ -o out/     a whole folder, in parallel
    nqparse validate out.json         schema and rule checks
    nqparse diff 2021.json 2022.json  targets year to year
    nqparse db build out/ -d t.db     a corpus database; then track, query
    """


@main.command()
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
def extract(paths: tuple[str, ...], output: str | None, pretty: bool, with_text: bool, no_spans: bool,
            encoding: str | None, every: bool, max_size: int | None, ocr_mode: str, dpi: int, jobs: int) -> None:
    """Extract documents and print them as JSON.

    FILE is a .txt, .md, .pdf, .docx or image (.png, .jpg, .tif) file, or - for standard input.
    One FILE prints one JSON object; several (or a quoted glob such as 'archive/*.pdf') print
    JSON Lines, one document a line: a file that cannot be read is reported on stderr, the
    others printed, and the exit code is 2. Scanned pages are read by OCR (Tesseract, vie).
    """
    from .commands.extract import run_extract
    from .readers.scan import OcrOptions

    ocr = OcrOptions(mode=ocr_mode, dpi=dpi, jobs=jobs)  # type: ignore[arg-type]  # click checked the choice
    sys.exit(run_extract(paths, output=output, pretty=pretty, with_text=with_text, spans=not no_spans,
                         encoding=encoding, every=every, max_size=max_size, ocr=ocr))


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the schema to this file instead of printing it.")
@click.option("--check", is_flag=True, help="Exit 1 if the file given with -o differs from the models.")
@reports_errors
def schema(output: str | None, check: bool) -> None:
    """Print the JSON Schema of the output, generated from the models."""
    from pathlib import Path

    from .output import write_atomic
    from .schema import schema_text

    text = schema_text()
    if check:
        if not output:
            raise click.UsageError("--check needs -o FILE")
        current = Path(output).read_text(encoding="utf-8") if Path(output).exists() else ""
        if current != text:
            fail(f"{output}: schema is out of date; run 'nqparse schema -o {output}'", 1)
        emit(f"{output}: up to date")
        return
    if output:
        write_atomic(output, text)
    else:
        emit(text, nl=False)


def _register_commands() -> None:
    from importlib import import_module

    for name in ("batch", "validate", "diff", "bench", "db", "track", "query", "report"):
        try:
            module = import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as e:
            if e.name and e.name.endswith(f"commands.{name}"):
                continue
            raise
        main.add_command(module.command)


_register_commands()

if __name__ == "__main__":
    main()
