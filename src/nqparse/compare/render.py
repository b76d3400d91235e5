"""A DiffResult for people: a Markdown report, or rich tables for the terminal.

Both show the same things in the same order: the two documents, the indicators (status,
similarity, old and new, the changes), then the theme, identity and list sections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models import Indicator
from .documents import DiffResult, DocumentRef, IndicatorDiff, ListDiff
from .targets import TargetChange, show

if TYPE_CHECKING:
    from rich.console import RenderableType

LIST_SECTIONS = (("themes", "Theme"), ("assignments", "Assigned bodies"), ("recipients", "Recipients"),
                 ("references", "References"), ("results", "Results stated"))


def describe_document(ref: DocumentRef) -> str:
    parts = [ref.number or "no number", ref.date or "", f"year {ref.year}" if ref.year else "", ref.issuer or ""]
    label = ", ".join(p for p in parts if p)
    return f"{ref.path}: {label}" if ref.path else label


def describe_indicator(ind: Indicator | None) -> str:
    if ind is None:
        return ""
    number = f"({ind.number}) " if ind.number is not None else ""
    figures = "; ".join(show(t) for t in ind.targets)
    return f"{number}{ind.name}" + (f" — {figures}" if figures else "")


def describe_changes(d: IndicatorDiff) -> str:
    changes = "; ".join(describe_change(c) for c in d.changes)
    if d.related is not None:
        number = f"({d.related.number}) " if d.related.number is not None else ""
        verb = "merged into" if d.status == "removed" else "split from"
        return f"{verb} {number}{d.related.name}" + (f": {changes}" if changes else "")
    return changes


def describe_change(change: TargetChange) -> str:
    """A change's summary, with its strictness when the summary does not say it already."""
    if change.strictness and change.strictness not in change.summary:
        return f"{change.summary}, {change.strictness}"
    return change.summary


def headline(result: DiffResult) -> list[str]:
    """What to read first: 'no differences', and the warnings."""
    lines = [] if result.differences else ["No differences."]
    return lines + [f"Warning: {w}" for w in result.warnings]


def describe_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"start", "end"}:
        return f"{value['start']}–{value['end']}"
    return str(value)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(result: DiffResult) -> str:
    s = result.summary
    lines = [
        "# Comparison", "",
        f"- old: {_md_cell(describe_document(result.old))}",
        f"- new: {_md_cell(describe_document(result.new))}",
        f"- indicators: {s.changed} changed, {s.unchanged} unchanged, {s.added} added, {s.removed} removed "
        f"({s.raised} raised, {s.lowered} lowered)", "",
        *[f"**{line}**\n" for line in headline(result)],
        "## Indicators", "",
    ]
    if result.indicators:
        lines += ["| status | similarity | old | new | changes |", "| --- | --- | --- | --- | --- |"]
        for d in result.indicators:
            similarity = f"{d.similarity:.2f}" if d.similarity is not None else ""
            lines.append(f"| {d.status} | {similarity} | {_md_cell(describe_indicator(d.old))} | "
                         f"{_md_cell(describe_indicator(d.new))} | {_md_cell(describe_changes(d))} |")
    else:
        lines.append("No indicators to show.")
    if result.identity:
        lines += ["", "## Documents", "", "| field | status | old | new |", "| --- | --- | --- | --- |"]
        lines += [f"| {f.field} | {f.status} | {_md_cell(describe_value(f.old))} | {_md_cell(describe_value(f.new))} |"
                  for f in result.identity]
    for name, title in LIST_SECTIONS:
        section: ListDiff = getattr(result, name)
        if not (section.kept or section.added or section.removed):
            continue
        lines += ["", f"## {title}", ""]
        lines += [f"- added: {_md_cell(x)}" for x in section.added]
        lines += [f"- removed: {_md_cell(x)}" for x in section.removed]
        lines += [f"- kept: {_md_cell(x)}" for x in section.kept]
    return "\n".join(lines) + "\n"


_STATUS_STYLE = {"unchanged": "dim", "changed": "yellow", "added": "green", "removed": "red"}


def to_rich(result: DiffResult) -> list[RenderableType]:
    """Renderables for ``rich.console.Console.print``, in order."""
    from rich.table import Table
    from rich.text import Text

    s = result.summary
    out: list[RenderableType] = [
        Text(f"old: {describe_document(result.old)}\nnew: {describe_document(result.new)}"),
        Text(f"indicators: {s.changed} changed, {s.unchanged} unchanged, {s.added} added, {s.removed} removed "
             f"({s.raised} raised, {s.lowered} lowered)", style="bold"),
        *[Text(line, style="yellow" if line.startswith("Warning") else "bold green") for line in headline(result)],
    ]
    table = Table(title="Indicators", show_lines=True, expand=True)
    table.add_column("status", no_wrap=True, min_width=9)
    table.add_column("sim.", no_wrap=True, justify="right", min_width=4)
    for column in ("old", "new", "changes"):
        table.add_column(column, ratio=1, overflow="fold")
    for d in result.indicators:
        similarity = f"{d.similarity:.2f}" if d.similarity is not None else ""
        table.add_row(Text(d.status, style=_STATUS_STYLE[d.status]), similarity, describe_indicator(d.old),
                      describe_indicator(d.new), describe_changes(d))
    out.append(table if result.indicators else Text("No indicators to show."))
    if result.identity:
        fields = Table(title="Documents", expand=True)
        for column in ("field", "status", "old", "new"):
            fields.add_column(column, overflow="fold")
        for f in result.identity:
            fields.add_row(f.field, Text(f.status, style=_STATUS_STYLE[f.status]), describe_value(f.old),
                           describe_value(f.new))
        out.append(fields)
    for name, title in LIST_SECTIONS:
        section: ListDiff = getattr(result, name)
        if not (section.kept or section.added or section.removed):
            continue
        items = Table(title=title, expand=True, show_header=False)
        items.add_column("status", no_wrap=True, min_width=9)
        items.add_column("item", ratio=1, overflow="fold")
        for status, values in (("added", section.added), ("removed", section.removed), ("unchanged", section.kept)):
            for value in values:
                items.add_row(Text(status, style=_STATUS_STYLE[status]), value)
        out.append(items)
    return out
