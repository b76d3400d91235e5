"""Extract results -> rows of the corpus database, idempotently.

A document is keyed by the sha256 of its content: loading it again (the same file, or the same
file extracted by a newer nqparse) replaces its rows, and loading a corpus twice leaves the
database as it was. After a load, the indicator chains of every issuer touched are built
again (match.link), so the order in which documents arrive does not matter.

Inputs: a batch output folder (its ``resolutions.jsonl``, else every ``*.json`` below it),
``.jsonl`` and ``.json`` files written by nqparse, or documents (.txt, .md, .pdf, .docx),
which are extracted first.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .match import concept_of, folded_words, issuer_key, link
from .schema import create

_BATCH_FILES = {"summary.json"}


def connect(path: str | Path, *, create_tables: bool = True) -> sqlite3.Connection:
    """Open (and, unless told not to, create) a corpus database with foreign keys enforced."""
    p = Path(path)
    if not create_tables and not p.is_file():
        raise InputError("no such database", path=str(p), hint="build it with 'nqparse db build'")
    if p.is_dir():
        raise InputError("is a folder, not a database file", path=str(p))
    try:
        conn = sqlite3.connect(str(p))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB: a large load stays in memory until it commits
        if create_tables:
            create(conn)
        else:
            conn.execute("SELECT 1 FROM documents LIMIT 1")
    except sqlite3.DatabaseError as e:
        raise InputError(f"not an nqparse database: {e}", path=str(p)) from None
    conn.row_factory = sqlite3.Row
    return conn


@dataclass
class LoadSummary:
    documents: int = 0
    replaced: int = 0
    issuers: int = 0
    seconds: float = 0.0


class Loader:
    """Adds extract results one at a time (``nqparse batch --db`` writes as it goes); ``close``
    chains the indicators of the issuers touched and commits."""

    def __init__(self, conn: sqlite3.Connection, *, commit_every: int = 500) -> None:
        self.conn = conn
        self.summary = LoadSummary()
        self.touched: set[int] = set()
        self.began = time.monotonic()
        self.commit_every = commit_every

    def add(self, data: dict[str, Any], path: str | None = None) -> int:
        """Insert one result (a ``Resolution.model_dump()`` or its JSON), replacing any earlier
        load of the same content; returns the document's row id."""
        sha = _sha256(data)
        old = self.conn.execute("SELECT id, issuer_id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        if old is not None:
            self.conn.execute("DELETE FROM documents WHERE id = ?", (old[0],))
            if old[1] is not None:
                self.touched.add(old[1])
            self.summary.replaced += 1
        doc_id, issuer_id = _insert_document(self.conn, data, sha, path)
        if issuer_id is not None:
            self.touched.add(issuer_id)
        self.summary.documents += 1
        if self.summary.documents % self.commit_every == 0:
            self.conn.commit()
        return doc_id

    def add_file(self, path: str | Path) -> None:
        from ..validate.check import load_results

        for _, data in load_results(path):
            self.add(data, str((data.get("source") or {}).get("path") or path))

    def close(self) -> LoadSummary:
        for issuer_id in sorted(self.touched):
            link(self.conn, issuer_id)
        self.conn.execute("DELETE FROM issuers WHERE id NOT IN (SELECT issuer_id FROM documents "
                          "WHERE issuer_id IS NOT NULL)")
        self.conn.commit()
        self.summary.issuers = len(self.touched)
        self.summary.seconds = time.monotonic() - self.began
        return self.summary


def load(conn: sqlite3.Connection, inputs: Iterable[str | Path], *, max_size: int | None = None) -> LoadSummary:
    """Load every result under ``inputs`` (see the module's docstring) into ``conn``."""
    loader = Loader(conn)
    for label, data in read_inputs(inputs, max_size=max_size):
        loader.add(data, label)
    return loader.close()


def read_inputs(inputs: Iterable[str | Path], *, max_size: int | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(source path, result) for every result the inputs hold; documents are extracted."""
    from ..validate.check import is_json_input, load_results

    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from _read_folder(p, max_size)
        elif not p.exists():
            raise InputError("no such file or folder", path=str(p))
        elif is_json_input(p):
            for label, data in load_results(p, max_size=max_size):
                yield _label(data, label), data
        else:
            yield str(p), _extract(p, max_size)


def _read_folder(folder: Path, max_size: int | None) -> Iterator[tuple[str, dict[str, Any]]]:
    from ..validate.check import load_results

    jsonl = folder / "resolutions.jsonl"
    if jsonl.is_file() and jsonl.stat().st_size:
        for label, data in load_results(jsonl, max_size=max_size):
            yield _label(data, label), data
        return
    results = sorted(p for p in folder.rglob("*.json") if p.name not in _BATCH_FILES and not p.name.startswith("."))
    if results:
        for path in results:
            for label, data in load_results(path, max_size=max_size):
                yield _label(data, label), data
        return
    from ..batch.run import find_documents

    for document in find_documents([folder]):
        yield str(document.path), _extract(document.path, max_size)


def _extract(path: Path, max_size: int | None) -> dict[str, Any]:
    from ..pipeline import extract_data
    from ..readers import DEFAULT_MAX_SIZE, read_path

    return extract_data(read_path(path, max_size=max_size or DEFAULT_MAX_SIZE))


def _label(data: dict[str, Any], label: str) -> str:
    return str((data.get("source") or {}).get("path") or label)


def _sha256(data: dict[str, Any]) -> str:
    sha = (data.get("source") or {}).get("sha256")
    if sha:
        return str(sha)
    # text given in memory has no file: the result itself is its content
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


# --- rows ---------------------------------------------------------------------------------

def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = conn.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', tuple(row.values()))
    return int(cur.lastrowid or 0)


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        cols = ", ".join(rows[0])
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', [tuple(r.values()) for r in rows])


def _span(record: dict[str, Any]) -> dict[str, Any]:
    span = record.get("span") or {}
    return {"span_start": span.get("start"), "span_end": span.get("end")}


def _issuer_id(conn: sqlite3.Connection, data: dict[str, Any]) -> int | None:
    issuer = data.get("issuer") or {}
    document = data.get("document") or {}
    if not issuer.get("name") and not document.get("place"):
        return None
    key = issuer_key(issuer, document)
    row = conn.execute("SELECT id FROM issuers WHERE key = ?", (key.key,)).fetchone()
    if row is not None:
        return int(row[0])
    searched = " | ".join(folded_words(x or "") for x in (key.place, key.name, key.key, key.kind))
    return _insert(conn, "issuers", {"key": key.key, "level": key.level, "place": key.place, "kind": key.kind,
                                     "parent_place": key.parent_place, "name": key.name, "folded": searched})


def _insert_document(conn: sqlite3.Connection, data: dict[str, Any], sha: str, path: str | None) -> tuple[int, int | None]:
    document = data.get("document") or {}
    source = data.get("source") or {}
    issuer_id = _issuer_id(conn, data)
    year = document.get("year")
    doc_id = _insert(conn, "documents", {
        "sha256": sha, "path": path or source.get("path"), "format": source.get("format"),
        "kind": document.get("kind"), "number": document.get("number"), "date": document.get("date"),
        "year": year, "title": document.get("title"), "place": document.get("place"),
        "draft": int(bool(document.get("draft"))), "issuer_id": issuer_id,
        "issuer_name": (data.get("issuer") or {}).get("name"), "nqparse_version": data.get("nqparse_version")})
    _insert_meeting(conn, data.get("meeting") or {}, doc_id, issuer_id)
    _insert_indicators(conn, data.get("indicators") or [], doc_id, issuer_id, year)
    _insert_results(conn, data.get("results") or [], doc_id, issuer_id)
    _insert_many(conn, "assignments", [
        {"document_id": doc_id, "position": i, "bodies": json.dumps(a.get("bodies") or [], ensure_ascii=False),
         "task": a.get("task"), "trigger": a.get("trigger"), **_span(a)}
        for i, a in enumerate(data.get("assignments") or [])])
    _insert_many(conn, "recipients", [
        {"document_id": doc_id, "position": i, "name": r.get("name") or "", "purpose": r.get("purpose"),
         "archive": int(bool(r.get("archive"))), **_span(r)}
        for i, r in enumerate(data.get("recipients") or [])])
    _insert_many(conn, "references", [
        {"document_id": doc_id, "position": i, "number": r.get("number") or "", "normalized": r.get("normalized"),
         "kind": r.get("kind"), "type_code": r.get("type_code"), "date": r.get("date"), "issuer": r.get("issuer"),
         **_span(r)}
        for i, r in enumerate(data.get("references") or [])])
    return doc_id, issuer_id


def _insert_meeting(conn: sqlite3.Connection, meeting: dict[str, Any], doc_id: int, issuer_id: int | None) -> None:
    if not any(meeting.get(k) for k in ("ordinal", "term", "date", "tenure")):
        return
    tenure = meeting.get("tenure") or {}
    _insert(conn, "meetings", {
        "document_id": doc_id, "issuer_id": issuer_id, "ordinal": meeting.get("ordinal"), "term": meeting.get("term"),
        "tenure_start": tenure.get("start"), "tenure_end": tenure.get("end"), "date": meeting.get("date"),
        "chair": meeting.get("chair"), "location": meeting.get("location")})


def _insert_indicators(conn: sqlite3.Connection, indicators: list[dict[str, Any]], doc_id: int,
                       issuer_id: int | None, year: int | None) -> None:
    # ids given here, so that a document's indicators and targets go in two statements
    first = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM indicators").fetchone()[0])
    rows, targets = [], []
    for i, ind in enumerate(indicators):
        name = ind.get("name") or ""
        rows.append({
            "id": first + i, "document_id": doc_id, "issuer_id": issuer_id, "year": year, "position": i,
            "number": ind.get("number"), "group_name": ind.get("group"), "name": name, "text": ind.get("text"),
            "folded": folded_words(name), "concept": concept_of(name), "source": ind.get("source"), **_span(ind)})
        targets += [
            {"indicator_id": first + i, "document_id": doc_id, "position": j, "value": t.get("value"),
             "min": t.get("min"), "max": t.get("max"), "unit": t.get("unit"), "base_unit": t.get("base_unit"),
             "multiplier": t.get("multiplier", 1), "comparator": t.get("comparator"), "change": t.get("change"),
             "baseline": t.get("baseline"), "label": t.get("label"), "year": t.get("year"), "text": t.get("text"),
             **_span(t)}
            for j, t in enumerate(ind.get("targets") or [])]
    _insert_many(conn, "indicators", rows)
    _insert_many(conn, "targets", targets)


def _insert_results(conn: sqlite3.Connection, results: list[dict[str, Any]], doc_id: int,
                    issuer_id: int | None) -> None:
    rows = []
    for i, r in enumerate(results):
        name = r.get("name") or ""
        # "GRDP tăng 10,2%" names a growth by its verb: the concept reads the two together
        named = f"{name} tăng" if r.get("change") == "increase" else name
        rows.append({
            "document_id": doc_id, "issuer_id": issuer_id, "year": r.get("year"), "position": i, "name": name,
            "text": r.get("text"), "folded": folded_words(name), "value": r.get("value"), "unit": r.get("unit"),
            "base_unit": r.get("base_unit"), "multiplier": r.get("multiplier", 1), "change": r.get("change"),
            "target": r.get("target"), "target_text": r.get("target_text"),
            "percent_of_target": r.get("percent_of_target"), "verdict": r.get("verdict"),
            "verdict_text": r.get("verdict_text"), "concept": concept_of(named), **_span(r)})
    _insert_many(conn, "results", rows)
