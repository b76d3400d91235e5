"""Series and comparisons as flat rows, and those rows as JSON, CSV, Markdown or a rich table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from ..phrases.numbers import format_number
from .queries import IssuerRef, Series, SeriesRow, SourceRef

COLUMNS = ("issuer", "series", "concept", "year", "indicator", "target", "achieved", "verdict", "verdict_from",
           "target_document", "target_span", "result_document", "result_span")


def _figure(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    return f"{format_number(value)} {unit or ''}".strip().replace(" %", "%")


def _where(source: SourceRef | None) -> tuple[str, str]:
    if source is None:
        return "", ""
    name = source.number or source.path or f"document {source.document_id}"
    span = f"{source.span_start}-{source.span_end}" if source.span_start is not None else ""
    return name, span


def flat(issuer: IssuerRef, row: SeriesRow, series_name: str = "", concept: str | None = None) -> dict[str, Any]:
    """One row of a table: a series' year with where each figure was read."""
    target_doc, target_span = _where(row.target_source)
    result_doc, result_span = _where(row.result_source)
    return {
        "issuer": issuer.place or issuer.name or issuer.key, "series": series_name, "concept": concept or "",
        "year": row.year, "indicator": row.indicator or "", "target": (row.target.text or "") if row.target else "",
        "achieved": _figure(row.achieved, row.achieved_unit), "verdict": row.verdict or "",
        "verdict_from": row.verdict_from or "", "target_document": target_doc, "target_span": target_span,
        "result_document": result_doc, "result_span": result_span,
    }


def series_rows(found: Sequence[Series]) -> list[dict[str, Any]]:
    return [flat(s.issuer, row, s.name, s.concept) for s in found for row in s.rows]


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_markdown(rows: Sequence[dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join(str(row[c]).replace("|", "\\|") for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def to_rich(rows: Sequence[dict[str, Any]], title: str) -> Any:
    from rich.table import Table

    table = Table(title=title)
    shown = ("issuer", "year", "indicator", "target", "achieved", "verdict", "target_document", "result_document",
             "result_span")
    for column in shown:
        table.add_column(column.replace("_", " "), overflow="fold")
    style = {"exceeded": "green", "met": "cyan", "missed": "red"}
    for row in rows:
        cells = [str(row[c]) for c in shown]
        verdict = row["verdict"]
        if verdict:
            cells[5] = f"[{style[verdict]}]{verdict}[/]" + ("" if row["verdict_from"] == "text" else " *")
        table.add_row(*cells)
    return table
