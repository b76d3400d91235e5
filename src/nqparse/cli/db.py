"""``nqparse db build``, ``nqparse track`` and ``nqparse query``: the corpus database.

Each command opens the database, calls one function of ``nqparse.db`` and renders its rows.
Exit code 2 for a database or input that cannot be read (one line on stderr); ``track`` and
``query`` exit 1 when nothing matched, so scripts can tell.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from .common import reports_errors, size_option

FORMATS = click.Choice(["table", "json", "csv", "markdown"])


@click.group("db")
def command() -> None:
    """Build the corpus database of targets and results across years and places."""


@command.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-d", "--db", "database", required=True, type=click.Path(dir_okay=False),
              help="The SQLite file to create or add to.")
@size_option
@reports_errors
def build(inputs: tuple[str, ...], database: str, max_size: int | None) -> None:
    """Load extract results into DB: batch output folders, .jsonl or .json files, or documents
    (.txt, .md, .pdf, .docx, extracted first).

    Loading is idempotent: a document already loaded (same content sha256) is replaced.
    Open the result with 'nqparse track', 'nqparse query', sqlite-utils or Datasette.
    """
    from ..db import connect, load

    conn = connect(database)
    try:
        summary = load(conn, inputs, max_size=max_size)
    finally:
        conn.close()
    click.echo(f"{summary.documents} documents loaded ({summary.replaced} replaced), "
               f"{summary.issuers} issuers linked in {summary.seconds:.1f} s -> {database}")


def _emit(rows: list[dict[str, Any]], data: Any, fmt: str, title: str) -> None:
    from ..db import render

    if fmt == "json":
        click.echo(render.to_json(data))
    elif fmt == "csv":
        click.echo(render.to_csv(rows), nl=False)
    elif fmt == "markdown":
        click.echo(render.to_markdown(rows), nl=False)
    else:
        from rich.console import Console

        console = Console()
        console.print(render.to_rich(rows, title))
        console.print("* verdict computed from the figures or the share of the plan; others as the text states",
                      style="dim")
    if not rows:
        sys.exit(1)


@click.command("track")
@click.argument("database", metavar="DB")
@click.option("--issuer", default=None, help="Place or name of the issuing body (case and tone marks aside).")
@click.option("--indicator", default=None, help="Words of the indicator's name, in any year (GRDP, hộ nghèo, ...).")
@click.option("--concept", default=None, help="A canonical concept instead: grdp_growth, poverty_rate, ...")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help="How to print the rows.")
@reports_errors
def track(database: str, issuer: str | None, indicator: str | None, concept: str | None, fmt: str) -> None:
    """Print each matching indicator's series: year, target, achieved, and the verdict.

    Each row names the documents and spans its target and result were read from.
    """
    from ..db import connect, render, series

    conn = connect(database, create_tables=False)
    found = series(conn, issuer=issuer, indicator=indicator, concept=concept)
    conn.close()
    _emit(render.series_rows(found), [s.to_dict() for s in found], fmt, f"{indicator or concept or 'all'} by year")


@click.command("query")
@click.argument("database", metavar="DB")
@click.option("--concept", required=True, help="A canonical concept: grdp_growth, poverty_rate, trained_labour, ...")
@click.option("--year", type=int, required=True, help="The year the targets are for.")
@click.option("--level", type=click.Choice(["province", "district", "commune"]), default=None,
              help="Only issuers of this level.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help="How to print the rows.")
@reports_errors
def query(database: str, concept: str, year: int, level: str | None, fmt: str) -> None:
    """Compare places: one concept's target, result and verdict per issuer in one year."""
    from dataclasses import asdict

    from ..db import compare, connect, render

    conn = connect(database, create_tables=False)
    found = compare(conn, concept=concept, year=year, level=level)
    conn.close()
    rows = [render.flat(issuer, row, concept=concept) for issuer, row in found]
    _emit(rows, [{"issuer": asdict(i), **asdict(r)} for i, r in found], fmt, f"{concept} in {year}")
