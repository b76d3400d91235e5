"""The corpus database: many extract results in one SQLite file, with issuers and indicators
matched across documents, and the questions asked of it.

    import nqparse.db as ndb

    conn = ndb.connect("targets.db")
    ndb.load(conn, ["out/"])                      # batch output, .jsonl/.json, or documents
    for s in ndb.series(conn, issuer="Hải Phòng", indicator="GRDP"):
        for row in s.rows:
            print(row.year, row.target and row.target.text, row.achieved, row.verdict)
    for issuer, row in ndb.compare(conn, concept="grdp_growth", year=2024):
        print(issuer.place, row.target and row.target.value)

Modules: ``schema`` (the tables), ``load`` (results -> rows, idempotent), ``match`` (issuer
keys, concepts, chains of indicators year to year), ``queries`` (series, compare).
"""

from __future__ import annotations

from .load import Loader, LoadSummary, connect, load, read_inputs
from .match import concept_of, issuer_key
from .queries import IssuerRef, Series, SeriesRow, SourceRef, TargetFigure, compare, issuers, judge, series

__all__ = [
    "IssuerRef", "LoadSummary", "Loader", "Series", "SeriesRow", "SourceRef", "TargetFigure", "compare",
    "concept_of", "connect", "issuer_key", "issuers", "judge", "load", "read_inputs", "series",
]
