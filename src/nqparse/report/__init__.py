"""An HTML report of a corpus database: targets over the years and places side by side.

    from nqparse.report import build_report
    html = build_report("targets.db", issuer="Hải Phòng", years=(2021, 2025), lang="vi")

``data`` reads the database into frozen records, ``charts`` turns them into Plotly figures,
``render`` writes the page (Jinja2, with plotly.js inlined once) and ``fmt`` its words.
"""

from __future__ import annotations

from pathlib import Path

from .fmt import Lang

__all__ = ["build_report"]


def build_report(source: str | Path, *, issuer: str | None = None, concept: str | None = None,
                 years: tuple[int, int] | None = None, lang: Lang = "vi") -> str:
    """The report's HTML for a database file, or for batch output (a folder, ``.jsonl`` or
    ``.json`` files), which is loaded into a database in memory first."""
    from .. import db
    from .data import collect
    from .render import plotly_js, render

    plotly_js()  # a missing extra is told before any work
    path = Path(source)
    if path.is_file() and path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        conn = db.connect(path, create_tables=False)
    else:
        conn = db.connect(":memory:")
        db.load(conn, [path])
    try:
        return render(collect(conn, issuer=issuer, concept=concept, years=years), lang=lang)
    finally:
        conn.close()
