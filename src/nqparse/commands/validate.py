"""``nqparse validate``: check extraction results (or documents, extracted first) against the
schema and the content rules, and report the findings with their codes."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from ..cli import reports_errors, size_option

if TYPE_CHECKING:
    from ..validate import Report


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

    \b
    Exit codes: 0 no errors (warnings allowed), 1 errors found (or any
    warning with --strict), 2 an input could not be used.
    """
    from ..errors import NqparseError
    from ..validate import validate_path

    reports: list[Report] = []
    unusable = False
    for path in paths:
        try:
            reports.extend(validate_path(path, encoding=encoding, max_size=max_size))
        except NqparseError as e:  # one bad file does not hide the findings of the others
            click.echo(f"nqparse: error: {e}", err=True)
            unusable = True
    if reports:
        if output_format == "json":
            _print_json(reports)
        else:
            _print_rich(reports)
    if unusable:
        sys.exit(2)
    failed = any(not r.valid or (strict and r.findings) for r in reports)
    sys.exit(1 if failed else 0)


def _print_json(reports: list[Report]) -> None:
    from ..output import dumps

    items = [r.model_dump() for r in reports]
    click.echo(dumps(items[0] if len(items) == 1 else items, pretty=True))


def _print_rich(reports: list[Report]) -> None:
    """Per result a status line, then per finding its severity, code and path on one line
    and the message indented below, which reads well in a narrow terminal too."""
    from rich.console import Console
    from rich.markup import escape
    from rich.padding import Padding

    console = Console(highlight=False)
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
