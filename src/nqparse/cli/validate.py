"""``nqparse validate``: check extraction results (or documents, extracted first) against the
schema and the content rules, and report the findings with their codes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from .common import reports_errors, size_option, stdout_console, stdout_errors

if TYPE_CHECKING:
    from ..errors import InputError
    from ..validate.check import Report


@click.command(name="validate")
@click.argument("paths", metavar="FILE...", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["rich", "json"]), default="rich", show_default=True,
              help="A readable report, or JSON: {valid, findings} per result (a list for several).")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--encoding", default=None, help="Read text documents in this encoding instead of detecting it.")
@size_option
@reports_errors
def command(paths: tuple[str, ...], output_format: str, strict: bool, encoding: str | None,
            max_size: int | None) -> None:
    """Check results of extract or batch (.json, .jsonl) or documents (.txt, .md, .pdf, .docx).

    A FOLDER is searched for .json results and documents (a batch's output folder, say).
    A bad line of a .jsonl file is reported by its number; the others are still checked.

    \b
    Exit codes: 0 no errors (warnings allowed), 1 errors found (or any
    warning with --strict), 2 an input could not be used, 4 the report
    could not be written.
    """
    from ..errors import InputError, NqparseError
    from ..validate.check import validate_path

    reports: list[Report] = []
    unusable = False
    for path in _expanded(paths):
        if isinstance(path, InputError):
            click.echo(f"nqparse: error: {path}", err=True)
            unusable = True
            continue
        try:
            reports.extend(validate_path(path, encoding=encoding, max_size=max_size))
        except NqparseError as e:  # one bad file does not hide the findings of the others
            click.echo(f"nqparse: error: {e}", err=True)
            unusable = True
    if reports:
        with stdout_errors():
            if output_format == "json":
                _print_json(reports)
            else:
                _print_rich(reports)
    if unusable:
        sys.exit(2)
    failed = any(not r.valid or (strict and r.findings) for r in reports)
    sys.exit(1 if failed else 0)


def _expanded(paths: tuple[str, ...]) -> Iterator[str | InputError]:
    """The files named, a folder's files in its place (an error for a folder with none)."""
    from pathlib import Path

    from ..errors import InputError
    from ..validate.check import folder_inputs

    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = folder_inputs(path)
            if not found:
                yield InputError("no results or documents found in this folder", path=path)
            yield from (str(p) for p in found)
        else:
            yield path


def _print_json(reports: list[Report]) -> None:
    from ..batch.output import dumps

    items = [r.model_dump() for r in reports]
    click.echo(dumps(items[0] if len(items) == 1 else items, pretty=True))


def _print_rich(reports: list[Report]) -> None:
    """Per result a status line, then per finding its severity, code and path on one line
    and the message indented below, which reads well in a narrow terminal too."""
    from rich.markup import escape
    from rich.padding import Padding

    console = stdout_console(highlight=False)
    for report in reports:
        errors = sum(f.severity == "error" for f in report.findings)
        warnings = len(report.findings) - errors
        counts = [f"[red]{errors} error{'s' * (errors != 1)}[/red]"] if errors else ["[green]valid[/green]"]
        if warnings:
            counts.append(f"[yellow]{warnings} warning{'s' * (warnings != 1)}[/yellow]")
        console.print(f"[bold]{escape(report.file)}[/bold]: {', '.join(counts)}", soft_wrap=True)
        for f in report.findings:
            colour = "red" if f.severity == "error" else "yellow"
            console.print(f"  [{colour}]{f.severity:<7}[/{colour}] [bold]{f.code}[/bold]  {escape(f.path)}",
                          soft_wrap=True)
            console.print(Padding(escape(f.message), (0, 0, 0, 12), expand=False))
