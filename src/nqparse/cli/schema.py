"""``nqparse schema``: the JSON Schema of the output, generated from the models."""

from __future__ import annotations

from pathlib import Path

import click

from ..batch.output import write_atomic
from ..schema import schema_text
from .common import emit, fail, reports_errors


@click.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the schema to this file instead of printing it.")
@click.option("--check", is_flag=True, help="Exit 1 if the file given with -o differs from the models.")
@reports_errors
def command(output: str | None, check: bool) -> None:
    """Print the JSON Schema of the output, generated from the models."""
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
