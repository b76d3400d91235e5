"""Questions asked of a corpus database: one indicator's series over the years, and one
concept compared across places in a year.

``series(conn, issuer=..., indicator=...)`` gives, for every matching chain of indicators,
one row per year: the target set for that year, what the next year's results part says was
achieved, and a verdict. ``compare(conn, concept=..., year=...)`` gives one row per issuer.
Every row names the documents and spans it was read from, so a reader can check it.

A verdict is the text's own (``verdict_from="text"``: vượt, đạt, không đạt), else the share
of the plan the text gives ("đạt 105% kế hoạch"), else it is computed from the figures
(``verdict_from="figures"``) when target and result are in the same unit: a result beyond
the target is ``exceeded``, within it (or a range) ``met``, short of it ``missed``; "beyond" is
below for a ceiling ("dưới", "không quá") and for indicators where less is better (poverty,
unemployment) when the target is a level.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any, Literal

from ..models import Verdict
from .match import folded_words, lower_is_better

VerdictSource = Literal["text", "share", "figures"]


@dataclass(frozen=True)
class SourceRef:
    """Where a figure was read: the document and the span in its normalized text."""

    document_id: int
    path: str | None
    number: str | None
    date: str | None
    span_start: int | None
    span_end: int | None


@dataclass(frozen=True)
class IssuerRef:
    id: int
    key: str
    name: str | None
    place: str | None
    level: str | None
    kind: str


@dataclass(frozen=True)
class TargetFigure:
    text: str | None
    value: float | None
    min: float | None
    max: float | None
    unit: str | None
    comparator: str | None
    change: str | None


@dataclass(frozen=True)
class SeriesRow:
    year: int
    indicator: str | None
    number: int | None
    target: TargetFigure | None
    achieved: float | None
    achieved_unit: str | None
    achieved_text: str | None
    percent_of_target: float | None
    verdict: Verdict | None
    verdict_from: VerdictSource | None
    verdict_text: str | None
    target_source: SourceRef | None
    result_source: SourceRef | None


@dataclass(frozen=True)
class Series:
    id: int
    issuer: IssuerRef
    concept: str | None
    name: str
    rows: list[SeriesRow]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def issuers(conn: sqlite3.Connection, query: str | None = None) -> list[IssuerRef]:
    """Issuers whose place, name or key holds ``query`` (folded: case, tones and BCH/UBND aside)."""
    rows = conn.execute("SELECT id, key, name, place, level, kind FROM issuers WHERE folded LIKE ? ORDER BY id",
                        (f"%{folded_words(query or '')}%",))
    return [IssuerRef(*r) for r in rows]


def series(conn: sqlite3.Connection, *, issuer: str | None = None, indicator: str | None = None,
           concept: str | None = None, year: int | None = None) -> list[Series]:
    """Every chain of indicators of the issuers matching ``issuer`` whose name (in some year)
    holds ``indicator``, or whose concept is ``concept``; each with one row per year (only
    the row of ``year``, and only chains that have one, when ``year`` is given)."""
    chosen = {i.id: i for i in issuers(conn, issuer)}
    if not chosen:
        return []
    sql = f"SELECT id, issuer_id, concept, name FROM series s WHERE issuer_id IN ({','.join(map(str, chosen))})"
    args: list[Any] = []
    if concept:
        sql += " AND concept = ?"
        args.append(concept)
    if indicator:
        sql += (" AND (EXISTS (SELECT 1 FROM indicators i WHERE i.series_id = s.id AND i.folded LIKE ?)"
                " OR EXISTS (SELECT 1 FROM results r WHERE r.series_id = s.id AND r.folded LIKE ?))")
        pattern = f"%{folded_words(indicator)}%"
        args += [pattern, pattern]
    if year is not None:
        sql += (" AND (EXISTS (SELECT 1 FROM indicators i WHERE i.series_id = s.id AND i.year = ?)"
                " OR EXISTS (SELECT 1 FROM results r WHERE r.series_id = s.id AND r.year = ?))")
        args += [year, year]
    out = []
    for sid, issuer_id, sconcept, name in conn.execute(sql + " ORDER BY issuer_id, id", args).fetchall():
        out.append(Series(sid, chosen[issuer_id], sconcept, name, _rows(conn, sid, sconcept, year)))
    return out


def compare(conn: sqlite3.Connection, *, concept: str, year: int, level: str | None = None) -> list[tuple[IssuerRef, SeriesRow]]:
    """One row per issuer (of ``level``, when given) for ``concept`` in ``year``, highest
    target first."""
    rows = [(s.issuer, row) for s in series(conn, concept=concept, year=year) for row in s.rows
            if level is None or s.issuer.level == level]

    def key(item: tuple[IssuerRef, SeriesRow]) -> tuple[int, float]:
        t = item[1].target
        figure = None if t is None else next((v for v in (t.value, t.max, t.min) if v is not None), None)
        return (figure is None, -(figure or 0.0))

    return sorted(rows, key=key)


# --- rows ---------------------------------------------------------------------------------------

_DOC = "d.id, d.path, d.number, d.date"


def _rows(conn: sqlite3.Connection, series_id: int, concept: str | None, year: int | None = None) -> list[SeriesRow]:
    years = "= ?" if year is not None else "IS NOT NULL"
    args: tuple[int, ...] = (series_id, year) if year is not None else (series_id,)
    targets = {}
    for r in conn.execute(
            f"SELECT i.year, i.name, i.number, i.span_start, i.span_end, {_DOC}, i.id FROM indicators i "
            f"JOIN documents d ON d.id = i.document_id WHERE i.series_id = ? AND i.year {years} "
            "ORDER BY i.year, d.date, d.id", args):
        targets[r[0]] = r  # the latest document of a year sets its target
    results = {}
    for r in conn.execute(
            f"SELECT r.year, r.name, r.value, r.unit, r.base_unit, r.multiplier, r.change, r.target, r.target_text, "
            f"r.percent_of_target, r.verdict, r.verdict_text, r.text, r.span_start, r.span_end, {_DOC} "
            f"FROM results r JOIN documents d ON d.id = r.document_id WHERE r.series_id = ? AND r.year {years} "
            "ORDER BY r.year, d.date, d.id", args):
        results[r[0]] = r
    return [_row(conn, y, targets.get(y), results.get(y), concept) for y in sorted(set(targets) | set(results))]


def _first_target(conn: sqlite3.Connection, indicator_id: int) -> tuple[TargetFigure, str | None, float] | None:
    t = conn.execute("SELECT text, value, min, max, unit, comparator, change, base_unit, multiplier FROM targets "
                     "WHERE indicator_id = ? ORDER BY position LIMIT 1", (indicator_id,)).fetchone()
    if t is None:
        return None
    return TargetFigure(*t[:7]), t[7], float(t[8] or 1)


def _row(conn: sqlite3.Connection, year: int, ind: Any, res: Any, concept: str | None) -> SeriesRow:
    target = _first_target(conn, ind[9]) if ind is not None else None
    if target is None and res is not None and res[7] is not None:
        # no resolution of that year in the database: the target the results part quotes
        target = (TargetFigure(res[8], res[7], None, None, res[3], None, res[6]), res[4], float(res[5] or 1))
    verdict, source = _verdict(target, res, concept)
    return SeriesRow(
        year=year, indicator=ind[1] if ind is not None else (res[1] if res is not None else None),
        number=ind[2] if ind is not None else None, target=target[0] if target else None,
        achieved=res[2] if res is not None else None, achieved_unit=res[3] if res is not None else None,
        achieved_text=res[12] if res is not None else None,
        percent_of_target=res[9] if res is not None else None, verdict=verdict, verdict_from=source,
        verdict_text=res[11] if res is not None else None,
        target_source=_source(ind[5:9], ind[3], ind[4]) if ind is not None else None,
        result_source=_source(res[15:19], res[13], res[14]) if res is not None else None)


def _source(document: Any, start: int | None, end: int | None) -> SourceRef:
    doc_id, path, number, date = document
    return SourceRef(doc_id, path, number, date, start, end)


def _verdict(target: tuple[TargetFigure, str | None, float] | None, res: Any,
             concept: str | None) -> tuple[Verdict | None, VerdictSource | None]:
    if res is None:
        return None, None
    if res[10]:
        return res[10], "text"
    if res[9] is not None:
        share = float(res[9])
        return ("exceeded" if share > 100 else "met" if share == 100 else "missed"), "share"
    if target is None or res[2] is None:
        return None, None
    figure, base_unit, multiplier = target
    verdict = judge(float(res[2]) * float(res[5] or 1), res[4], figure, base_unit, multiplier,
                    lower_is_better(concept))
    return (verdict, "figures") if verdict else (None, None)


def judge(achieved: float, achieved_unit: str | None, target: TargetFigure, target_unit: str | None,
          multiplier: float, lower_better: bool = False) -> Verdict | None:
    """Met, missed or exceeded from the figures alone; None when they cannot be compared
    (different units, no figure)."""
    if achieved_unit and target_unit and folded_words(achieved_unit) != folded_words(target_unit):
        return None
    low = target.min if target.min is not None else target.value
    high = target.max if target.max is not None else target.value
    if low is None or high is None:
        return None
    low, high = low * multiplier, high * multiplier
    lower = target.comparator in ("<", "<=") or (lower_better and target.change is None)
    eps = 1e-9 * max(abs(low), abs(high), 1.0)
    if lower:
        return "missed" if achieved > high + eps else "exceeded" if achieved < low - eps else "met"
    if target.comparator in (">", ">="):
        high = low  # a floor: anything above it beats the target
    return "missed" if achieved < low - eps else "exceeded" if achieved > high + eps else "met"
