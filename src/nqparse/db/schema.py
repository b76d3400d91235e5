"""The corpus database's tables: one SQLite file, created on first use, readable by any SQLite
tool (sqlite-utils, Datasette) as it is.

Every child table points to ``documents`` with ``ON DELETE CASCADE``, so replacing a document
is one delete and one insert. ``indicators_fts`` and ``documents_fts`` are FTS5 indexes kept in
step by triggers, named and built the way sqlite-utils and Datasette look for them
(``<table>_fts``, external content): Datasette offers full-text search on both tables. The
update trigger fires only when the indexed columns change, so linking (which rewrites
``series_id`` and ``previous_id``) leaves the index alone.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

_SPAN = "span_start INTEGER, span_end INTEGER"

TABLES = f"""
CREATE TABLE IF NOT EXISTS issuers (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    level TEXT,
    place TEXT,
    kind TEXT NOT NULL,
    parent_place TEXT,
    name TEXT,
    folded TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT,
    format TEXT,
    kind TEXT,
    number TEXT,
    date TEXT,
    year INTEGER,
    title TEXT,
    place TEXT,
    draft INTEGER NOT NULL DEFAULT 0,
    issuer_id INTEGER REFERENCES issuers(id),
    issuer_name TEXT,
    nqparse_version TEXT
);
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    issuer_id INTEGER REFERENCES issuers(id),
    ordinal INTEGER,
    term INTEGER,
    tenure_start INTEGER,
    tenure_end INTEGER,
    date TEXT,
    chair TEXT,
    location TEXT
);
CREATE TABLE IF NOT EXISTS series (
    id INTEGER PRIMARY KEY,
    issuer_id INTEGER NOT NULL REFERENCES issuers(id) ON DELETE CASCADE,
    concept TEXT,
    name TEXT NOT NULL,
    first_year INTEGER,
    last_year INTEGER
);
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    issuer_id INTEGER REFERENCES issuers(id),
    year INTEGER,
    position INTEGER NOT NULL,
    number INTEGER,
    group_name TEXT,
    name TEXT NOT NULL,
    text TEXT,
    folded TEXT NOT NULL,
    concept TEXT,
    source TEXT,
    series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
    previous_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
    similarity REAL,
    {_SPAN}
);
CREATE TABLE IF NOT EXISTS targets (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value REAL,
    min REAL,
    max REAL,
    unit TEXT,
    base_unit TEXT,
    multiplier REAL,
    comparator TEXT,
    change TEXT,
    baseline TEXT,
    label TEXT,
    year INTEGER,
    text TEXT,
    {_SPAN}
);
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    issuer_id INTEGER REFERENCES issuers(id),
    year INTEGER,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT,
    folded TEXT NOT NULL,
    value REAL,
    unit TEXT,
    base_unit TEXT,
    multiplier REAL,
    change TEXT,
    target REAL,
    target_text TEXT,
    percent_of_target REAL,
    verdict TEXT,
    verdict_text TEXT,
    concept TEXT,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
    series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
    {_SPAN}
);
CREATE TABLE IF NOT EXISTS assignments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    bodies TEXT NOT NULL,
    task TEXT,
    trigger TEXT,
    {_SPAN}
);
CREATE TABLE IF NOT EXISTS recipients (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    purpose TEXT,
    archive INTEGER NOT NULL DEFAULT 0,
    {_SPAN}
);
CREATE TABLE IF NOT EXISTS "references" (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    normalized TEXT,
    kind TEXT,
    type_code TEXT,
    date TEXT,
    issuer TEXT,
    {_SPAN}
);
"""

# the indexes the queries use: a series by issuer, a year's figures by concept, children by document
INDEXES = """
CREATE INDEX IF NOT EXISTS documents_issuer_year ON documents(issuer_id, year);
CREATE INDEX IF NOT EXISTS meetings_issuer ON meetings(issuer_id);
CREATE INDEX IF NOT EXISTS series_issuer ON series(issuer_id, concept);
CREATE INDEX IF NOT EXISTS indicators_document ON indicators(document_id);
CREATE INDEX IF NOT EXISTS indicators_issuer_year ON indicators(issuer_id, year);
CREATE INDEX IF NOT EXISTS indicators_series ON indicators(series_id, year);
CREATE INDEX IF NOT EXISTS indicators_concept_year ON indicators(concept, year);
CREATE INDEX IF NOT EXISTS indicators_previous ON indicators(previous_id);
CREATE INDEX IF NOT EXISTS targets_indicator ON targets(indicator_id);
CREATE INDEX IF NOT EXISTS targets_document ON targets(document_id);
CREATE INDEX IF NOT EXISTS results_document ON results(document_id);
CREATE INDEX IF NOT EXISTS results_issuer_year ON results(issuer_id, year);
CREATE INDEX IF NOT EXISTS results_series ON results(series_id, year);
CREATE INDEX IF NOT EXISTS results_indicator ON results(indicator_id);
CREATE INDEX IF NOT EXISTS results_concept_year ON results(concept, year);
CREATE INDEX IF NOT EXISTS assignments_document ON assignments(document_id);
CREATE INDEX IF NOT EXISTS recipients_document ON recipients(document_id);
CREATE INDEX IF NOT EXISTS references_document ON "references"(document_id);
CREATE INDEX IF NOT EXISTS references_normalized ON "references"(normalized);
"""


def _fts(table: str, columns: tuple[str, ...]) -> str:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING fts5(
    {cols}, content=[{table}], content_rowid=[id], tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
    INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
END;
"""


FTS = _fts("indicators", ("name", "text")) + _fts("documents", ("title",))


def create(conn: sqlite3.Connection) -> None:
    """Create what is missing; an existing database of this version is left as it is."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version not in (0, SCHEMA_VERSION):
        from ..errors import InputError

        raise InputError(f"database schema version {version}, this nqparse reads {SCHEMA_VERSION}",
                         hint="build the database again with 'nqparse db build'")
    conn.executescript(TABLES + INDEXES + FTS)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
