"""What every command shares: its error handling, output helpers and common options.

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

from ..errors import NqparseError, OutputError, write_error

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
