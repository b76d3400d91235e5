"""``nqparse diff OLD NEW``: what changed between two documents, indicator by indicator.

Exit codes as diff(1): 0 no differences, 1 differences, 2 trouble (a file that cannot be read
or is not an extract result; any other failure too, with one line on stderr).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from ..cli import fail, size_option

if TYPE_CHECKING:
    from ..compare import DiffResult


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="A rich table for the terminal, JSON, or a Markdown report.")
@click.option("--only", type=click.Choice(["changed"]), default=None,
              help="'changed': leave out what stayed the same.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, metavar="0..1",
              help="Similarity under which indicators are not paired (default 0.5).")
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@size_option
def command(old: str, new: str, fmt: str, only: str | None, threshold: float | None, pretty: bool,
            max_size: int | None) -> None:
    """Compare two documents: targets raised, lowered, added or dropped, and more.

    OLD and NEW are JSON files written by 'nqparse extract' (.json), or source documents
    (.txt, .md, .pdf, .docx; - for standard input). Indicators are paired by meaning, not by
    number. Exit status: 0 no differences, 1 differences, 2 trouble.
    """
    from ..errors import NqparseError

    if old == "-" and new == "-":
        raise click.UsageError("only one of OLD and NEW can be standard input")
    try:
        result = _compare(old, new, threshold, max_size)
    except NqparseError as e:
        fail(str(e), 2)
        return
    except KeyboardInterrupt:
        fail("interrupted", 130)
        return
    except Exception as e:  # a bug: one line still; diff(1) callers read any exit code above 1 as trouble
        if os.environ.get("NQPARSE_DEBUG"):
            raise
        fail(f"internal error: {type(e).__name__}: {e} (set NQPARSE_DEBUG=1 for details)", 2)
        return
    shown = result.only_changed() if only == "changed" else result
    if fmt == "json":
        click.echo(shown.model_dump_json(indent=2 if pretty else None))
    elif fmt == "markdown":
        from ..diff_render import to_markdown

        click.echo(to_markdown(shown), nl=False)
    else:
        from rich.console import Console

        from ..diff_render import to_rich

        console = Console(soft_wrap=False)
        for part in to_rich(shown):
            console.print(part)
    raise SystemExit(1 if result.differences else 0)


def _compare(old: str, new: str, threshold: float | None, max_size: int | None) -> DiffResult:
    from ..align import DEFAULT_THRESHOLD
    from ..compare import diff, load

    return diff(load(old, max_size=max_size), load(new, max_size=max_size),
                threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
