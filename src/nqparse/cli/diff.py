"""``nqparse diff OLD NEW``: what changed between two documents, indicator by indicator.

Exit codes as diff(1): 0 no differences, 1 differences, 2 trouble (a file that cannot be read
or is not an nqparse result; any other failure too, with one line on stderr); 4 the output
could not be written (a closed pipe is quiet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .common import emit, reports_errors, size_option, stdout_console, stdout_errors

if TYPE_CHECKING:
    from ..compare.documents import DiffResult

STATUSES = ("changed", "unchanged", "added", "removed")


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="A rich table for the terminal, JSON, or a Markdown report.")
@click.option("--only", multiple=True, type=click.Choice(STATUSES), metavar="STATUS",
              help="Show only indicators, fields and items of this status (repeatable): changed (anything "
                   "that differs: changed, added or removed), unchanged, added, removed.")
@click.option("--select", metavar="PATH", default=None,
              help="From a JSON Lines file (a batch's resolutions.jsonl), the document whose source path is PATH.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, metavar="0..1",
              help="Similarity under which indicators are not paired (default 0.5).")
@click.option("--pretty", is_flag=True, help="Indent the JSON.")
@size_option
@reports_errors(internal=2)  # diff(1) callers read any exit code above 1 as trouble
def command(old: str, new: str, fmt: str, only: tuple[str, ...], select: str | None, threshold: float | None,
            pretty: bool, max_size: int | None) -> None:
    """Compare two documents: targets raised, lowered, added or dropped, and more.

    OLD and NEW are JSON files written by 'nqparse extract' (.json), a line of a batch's
    .jsonl picked with --select, or source documents (.txt, .md, .pdf, .docx; - for standard
    input). Indicators are paired by meaning, not by number. Exit status: 0 no differences,
    1 differences, 2 trouble, 4 the output could not be written.
    """
    if old == "-" and new == "-":
        raise click.UsageError("only one of OLD and NEW can be standard input")
    result = _compare(old, new, threshold, max_size, select)
    for warning in result.warnings:
        click.echo(f"nqparse: warning: {warning}", err=True)
    shown = result.only(only) if only else result
    if fmt == "json":
        emit(shown.model_dump_json(indent=2 if pretty else None))
    elif fmt == "markdown":
        from ..compare.render import to_markdown

        emit(to_markdown(shown), nl=False)
    else:
        from ..compare.render import to_rich

        console = stdout_console(soft_wrap=False)
        with stdout_errors():
            for part in to_rich(shown):
                console.print(part)
    raise SystemExit(1 if result.differences else 0)


def _compare(old: str, new: str, threshold: float | None, max_size: int | None, select: str | None) -> DiffResult:
    from ..compare.align import DEFAULT_THRESHOLD
    from ..compare.documents import diff, load

    return diff(load(old, max_size=max_size, select=select), load(new, max_size=max_size, select=select),
                threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
