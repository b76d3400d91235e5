"""The command line: thin click commands that call one library verb and render the result.

Errors of the input are printed as one line naming the file, with exit code 2; no traceback
reaches the user (set NQPARSE_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from . import __version__
from .errors import NqparseError

F = TypeVar("F", bound=Callable[..., Any])

INPUT_HELP = "A .txt, .md, .pdf or .docx file, or - for standard input."


def fail(message: str, code: int = 2) -> None:
    click.echo(f"nqparse: error: {message}", err=True)
    sys.exit(code)


def reports_errors(func: F) -> F:
    """Turn nqparse's own errors into one line on stderr and an exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NqparseError as e:
            fail(str(e), e.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as e:  # a bug: one line still, the traceback on request
            if os.environ.get("NQPARSE_DEBUG"):
                raise
            fail(f"internal error: {type(e).__name__}: {e} (set NQPARSE_DEBUG=1 for details)", 3)
        return None

    return wrapper  # type: ignore[return-value]


def size_option(func: F) -> F:
    return click.option("--max-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
                        help="Refuse input files larger than this (default 50 MB), and text longer than a tenth of it.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nqparse")
def main() -> None:
    """Turn Vietnamese party and local-government resolutions into structured data.

    \b
    nqparse extract file.txt          one document -> JSON
    nqparse batch folder/ -o out/     a whole folder, in parallel
    nqparse validate out.json         schema and rule checks
    nqparse diff 2021.json 2022.json  targets year to year
    """


@main.command()
@click.argument("path", metavar="FILE")
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@click.option("--with-text", is_flag=True, help="Add the normalized text that every span points into.")
@click.option("--encoding", default=None, help="Read a text file in this encoding instead of detecting it.")
@click.option("--all", "every", is_flag=True,
              help="A file bundling several documents: print each (JSON Lines; a JSON list with --pretty).")
@size_option
@reports_errors
def extract(path: str, pretty: bool, with_text: bool, encoding: str | None, every: bool,
            max_size: int | None) -> None:
    """Extract one document and print it as JSON.

    FILE is a .txt, .md, .pdf or .docx file, or - for standard input.
    """
    from .output import to_json
    from .pipeline import extract as run
    from .pipeline import extract_all
    from .readers import DEFAULT_MAX_SIZE

    limit = max_size or DEFAULT_MAX_SIZE
    if not every:
        click.echo(to_json(run(path, encoding=encoding, max_size=limit, with_text=with_text), pretty=pretty))
        return
    parts = [to_json(r, pretty=pretty) for r in extract_all(path, encoding=encoding, max_size=limit,
                                                            with_text=with_text)]
    click.echo("[\n" + ",\n".join(parts) + "\n]" if pretty else "\n".join(parts))


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
        click.echo(f"{output}: up to date")
        return
    if output:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


def _register_commands() -> None:
    from importlib import import_module

    for name in ("batch", "validate", "diff", "bench"):
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
