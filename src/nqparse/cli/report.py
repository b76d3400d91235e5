"""nqparse report: one self-contained HTML file of targets over years and across places."""

from __future__ import annotations

import click

from .common import reports_errors


def _years(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    first, _, last = text.partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError:
        raise click.BadParameter("give a year or a range of years, e.g. 2021-2025", param_hint="--years") from None
    return (low, high) if low <= high else (high, low)


@click.command("report")
@click.argument("source", metavar="SOURCE", type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--issuer", default=None, help="Only the bodies whose name or place holds this (e.g. 'Hải Phòng').")
@click.option("--concept", default=None, help="Only this concept's indicators (e.g. grdp_growth).")
@click.option("--years", default=None, metavar="YYYY[-YYYY]", help="Only these years.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help="Labels' language.")
@reports_errors
def command(source: str, output: str, issuer: str | None, concept: str | None, years: str | None, lang: str) -> None:
    """Write an HTML report of the targets in SOURCE.

    SOURCE is a database made by 'nqparse db build', or batch output (a folder, resolutions.jsonl
    or .json results), which is loaded into a database in memory. The file opens offline in
    any browser: charts of each indicator's target per year against what was achieved, and
    the places that share an indicator side by side.
    """
    from ..batch.output import write_atomic
    from ..report import build_report

    html = build_report(source, issuer=issuer, concept=concept, years=_years(years),
                        lang="en" if lang == "en" else "vi")
    write_atomic(output, html)
    click.echo(f"{output}: {len(html.encode('utf-8')) / 1e6:.1f} MB", err=True)
