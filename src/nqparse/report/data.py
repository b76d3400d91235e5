"""Corpus database -> what the report shows: plain frozen records, no HTML and no chart code.

1. ``documents`` lists every document by issuer and year, with its counts.
2. Each issuer's ``charts`` hold one indicator series each: per year the target (a range as
   ``low``/``high``, a bound with its ``bound`` direction), the achieved value and its verdict,
   and where each was read (document number, date, path and span).
3. Each concept's ``places`` compare the issuers that share it, year by year.
4. Only years within ``years`` and issuers or concepts asked for are kept; a series with no
   figure left is dropped.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SourceNote:
    number: str | None
    date: str | None
    path: str | None
    span_start: int | None
    span_end: int | None


@dataclass(frozen=True)
class Point:
    year: int
    low: float | None
    high: float | None
    bound: str | None
    """The target's comparator: '>=', '>', '<=', '<', '~', or None for a plain figure."""
    target_text: str | None
    unit: str | None
    achieved: float | None
    achieved_text: str | None
    verdict: str | None
    target_source: SourceNote | None
    result_source: SourceNote | None


@dataclass(frozen=True)
class Chart:
    id: str
    issuer: str
    name: str
    concept: str | None
    unit: str | None
    points: tuple[Point, ...]

    def on_axis(self, point: Point) -> bool:
        """Whether the point's figures share the chart's unit: a year whose target is counted in
        another unit shows in the table only, never on the same axis."""
        return point.unit is None or self.unit is None or point.unit == self.unit

    @property
    def marker_count(self) -> int:
        """How many markers the chart draws: one per target figure and per achieved value."""
        return sum((p.low is not None) + (p.achieved is not None) for p in self.points if self.on_axis(p))


@dataclass(frozen=True)
class IssuerSection:
    id: str
    name: str
    level: str | None
    charts: tuple[Chart, ...]


@dataclass(frozen=True)
class ConceptSection:
    id: str
    concept: str
    label: str
    years: tuple[int, ...]
    charts: tuple[Chart, ...]
    """One chart per place, the same series the issuer's section shows."""


@dataclass(frozen=True)
class DocumentRow:
    issuer: str
    year: int | None
    kind: str | None
    number: str | None
    date: str | None
    title: str | None
    path: str | None
    indicators: int
    results: int


@dataclass(frozen=True)
class ReportData:
    documents: tuple[DocumentRow, ...]
    issuers: tuple[IssuerSection, ...]
    concepts: tuple[ConceptSection, ...]


def collect(conn: sqlite3.Connection, *, issuer: str | None = None, concept: str | None = None,
            years: tuple[int, int] | None = None) -> ReportData:
    """Read what the report shows from a corpus database (``nqparse.db``)."""
    from .. import db

    chosen = db.issuers(conn, issuer)
    charts_by_issuer: dict[int, list[Chart]] = {}
    for s in db.series(conn, issuer=issuer, concept=concept):
        chart = _chart(s, years)
        if chart is not None:
            charts_by_issuer.setdefault(s.issuer.id, []).append(chart)
    sections = tuple(IssuerSection(f"issuer-{i.id}", _issuer_name(i), i.level, tuple(charts_by_issuer[i.id]))
                     for i in chosen if i.id in charts_by_issuer)
    return ReportData(documents=_documents(conn, {i.id: _issuer_name(i) for i in chosen}, years),
                      issuers=sections, concepts=_concepts(sections, concept))


def _issuer_name(issuer: Any) -> str:
    """A body as a reader names it: "Thành ủy Hải Phòng" for the header's "THÀNH ỦY" of
    Hải Phòng, "Quận ủy Kiến An" for "QUẬN ỦY KIẾN AN"."""
    from ..normalize import fold, plain

    name = str(issuer.name or "")
    if name.isupper():
        name = name[:1] + name[1:].lower()
    place = issuer.place
    if not place:
        return name or str(issuer.key)
    at = plain(fold(name)).find(plain(fold(place)))
    if at >= 0:
        name = name[:at].rstrip()
    return f"{name} {place}".strip()


def _chart(series: Any, years: tuple[int, int] | None) -> Chart | None:
    points = tuple(_point(row) for row in series.rows if years is None or years[0] <= row.year <= years[1])
    points = tuple(p for p in points if p.low is not None or p.achieved is not None)
    if not points:
        return None
    units = Counter(p.unit for p in points if p.unit)
    unit = units.most_common(1)[0][0] if units else None
    return Chart(f"chart-{series.id}", _issuer_name(series.issuer), series.name, series.concept, unit, points)


def _point(row: Any) -> Point:
    target = row.target
    low = high = None
    bound = None
    if target is not None:
        low = target.min if target.min is not None else target.value
        high = target.max if target.max is not None else target.value
        bound = target.comparator if target.comparator not in (None, "=") else None
    return Point(year=row.year, low=low, high=high, bound=bound, target_text=target.text if target else None,
                 unit=target.unit if target else row.achieved_unit,
                 achieved=_comparable(row), achieved_text=row.achieved_text, verdict=row.verdict,
                 target_source=_note(row.target_source), result_source=_note(row.result_source))


def _comparable(row: Any) -> float | None:
    """The achieved value where it is in the target's unit, so both stand on one axis."""
    if row.achieved is None:
        return None
    target_unit = row.target.unit if row.target is not None else None
    if target_unit and row.achieved_unit and target_unit.strip().lower() != row.achieved_unit.strip().lower():
        return None
    return float(row.achieved)


def _note(source: Any) -> SourceNote | None:
    if source is None:
        return None
    return SourceNote(source.number, source.date, source.path, source.span_start, source.span_end)


def _concepts(sections: Sequence[IssuerSection], wanted: str | None) -> tuple[ConceptSection, ...]:
    from ..db.match import concepts

    labels = {c.name: c.label for c in concepts()}
    grouped: dict[str, list[Chart]] = {}
    for section in sections:
        for chart in section.charts:
            if chart.concept and (wanted is None or chart.concept == wanted):
                grouped.setdefault(chart.concept, []).append(chart)
    out = []
    for name in sorted(grouped, key=lambda n: (-len({c.issuer for c in grouped[n]}), n)):
        charts = tuple(grouped[name])
        years = tuple(sorted({p.year for c in charts for p in c.points}))
        out.append(ConceptSection(f"concept-{name}", name, labels.get(name, name), years, charts))
    return tuple(out)


def _documents(conn: sqlite3.Connection, names: dict[int, str], years: tuple[int, int] | None
               ) -> tuple[DocumentRow, ...]:
    """The documents of the issuers chosen, by issuer and year."""
    rows = conn.execute(
        "SELECT d.issuer_id, d.year, d.kind, d.number, d.date, d.title, d.path,"
        " (SELECT COUNT(*) FROM indicators x WHERE x.document_id = d.id),"
        " (SELECT COUNT(*) FROM results r WHERE r.document_id = d.id) "
        "FROM documents d ORDER BY d.year, d.date, d.number").fetchall()
    found = [DocumentRow(names[r[0]], *r[1:]) for r in rows
             if r[0] in names and (years is None or r[1] is None or years[0] <= r[1] <= years[1])]
    return tuple(sorted(found, key=lambda d: d.issuer))
