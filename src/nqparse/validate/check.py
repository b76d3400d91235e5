"""Checks on an extraction result: the output schema first, then rules over its content.

``validate_json`` takes the JSON form of a result (as ``nqparse extract`` prints it),
``validate_resolution`` a ``Resolution`` in memory, ``validate_source`` a document (extracted
first, so that the rules which need its layout can run too), and ``validate_path`` any of
these files as the command line gets them. Each finding has a stable ``code`` listed in
``rules.RULES``, a ``severity``, a ``path`` (a JSON path such as ``$.indicators[3].targets[0].min``,
or a place in the source file) and a plain ``message``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import InputError
from ..models import Resolution
from ..source import Source
from .content import content_findings
from .rules import ValidationFinding


class Report(BaseModel):
    """The findings for one result: a file, or one line of a .jsonl file."""

    file: str
    valid: bool
    findings: list[ValidationFinding]

    @classmethod
    def of(cls, file: str, findings: list[ValidationFinding]) -> Report:
        return cls(file=file, valid=not any(f.severity == "error" for f in findings), findings=findings)


# ---- the schema

def _json_path(loc: tuple[int | str, ...], data: Any) -> str:
    """A JSON path for a pydantic error location; union branch tags ('int', 'float') are dropped."""
    path, node = "$", data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            path, node = f"{path}[{part}]", node[part]
        elif isinstance(part, str) and isinstance(node, dict):
            path, node = f"{path}.{part}", node.get(part)
        else:
            break
    return path


_SCHEMA_MESSAGES = {"missing": "a required field is missing", "extra_forbidden": "not a field of the output schema"}


REQUIRED_SECTIONS = tuple(name for name in Resolution.model_fields
                          if name not in ("nqparse_version", "text", "results"))
"""Sections every result carries (``nqparse extract`` writes them all, empty or not);
``results`` is newer than the others, and results written before it stay valid."""


def required_findings(data: Any) -> list[ValidationFinding]:
    """Sections and target lists a result must carry, though the models give them defaults."""
    if not isinstance(data, dict):
        return []
    found = [ValidationFinding(code="schema", severity="error", path=f"$.{name}",
                               message="a required section is missing")
             for name in REQUIRED_SECTIONS if name not in data]
    indicators = data.get("indicators")
    for i, indicator in enumerate(indicators if isinstance(indicators, list) else []):
        if isinstance(indicator, dict) and "targets" not in indicator:
            found.append(ValidationFinding(code="schema", severity="error", path=f"$.indicators[{i}].targets",
                                           message="the indicator's target list is missing"))
    return found


def schema_findings(data: Any) -> list[ValidationFinding]:
    return _model_findings(data) + required_findings(data)


def _model_findings(data: Any) -> list[ValidationFinding]:
    try:
        Resolution.model_validate(data, strict=True)
    except ValidationError as e:
        messages: dict[str, list[str]] = {}
        for error in e.errors(include_url=False):
            path = _json_path(tuple(error["loc"]), data)
            message = _SCHEMA_MESSAGES.get(error["type"]) or (
                f"{error['msg']}, not {json.dumps(error.get('input'), ensure_ascii=False)[:60]}")
            if message not in messages.setdefault(path, []):
                messages[path].append(message)
        return [ValidationFinding(code="schema", severity="error", path=path,
                                  message=" / ".join(found) if len(found) < 2 else "fits none of: " + "; ".join(found))
                for path, found in messages.items()]
    return []


# ---- the entry points

def validate_json(data: Any) -> list[ValidationFinding]:
    """Schema and content rules over one result in its JSON form (a dict as json.load gives it)."""
    found = schema_findings(data)
    if isinstance(data, dict):
        found += content_findings(data)
    return found


def validate_resolution(res: Resolution, *, text: str | None = None) -> list[ValidationFinding]:
    """Rules over a result in memory; ``text`` (the normalized text) enables the span checks
    when the result does not carry its text already."""
    data = res.model_dump(mode="json")
    if text is not None and data.get("text") is None:
        data["text"] = text
    return validate_json(data)


def validate_source(path: str | Path, *, encoding: str | None = None,
                    max_size: int | None = None) -> list[ValidationFinding]:
    """Extract a document and check the result, its spans against the text, and its layout."""
    from ..readers import DEFAULT_MAX_SIZE, read_path

    return check_source(read_path(path, encoding=encoding, max_size=max_size or DEFAULT_MAX_SIZE))


def check_source(source: Source) -> list[ValidationFinding]:
    from ..normalize import normalize
    from ..pipeline import extract_source
    from ..segment import segment
    from .layout import layout_findings

    found = [f for f in validate_resolution(extract_source(source, with_text=True))
             if f.code != "recipients-no-archive"]  # the layout rule below reads the list itself
    found += layout_findings(segment(normalize(source)))
    return found


JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")


def load_results(path: str | Path, *, max_size: int | None = None) -> list[tuple[str, Any]]:
    """The results held by a .json file (one object, or a list of them) or a .jsonl file (one
    per line), each with a label naming where it stands; InputError when the file holds none."""
    from ..readers import DEFAULT_MAX_SIZE, read_file

    p = Path(path)
    raw = decode_json(read_file(p, max_size=max_size or DEFAULT_MAX_SIZE), str(p))
    suffix = p.suffix.lower()
    return parse_results(raw, str(p), lines=True if suffix in (".jsonl", ".ndjson") else None)


def parse_results(raw: str, label: str, *, lines: bool | None = None) -> list[tuple[str, Any]]:
    """The result objects in ``raw``: one JSON value, or one per line when ``lines`` is true
    (when None, JSON lines are recognised by a second value after the first). A bad line of
    JSON Lines is kept as a ``BadLine``, to be reported by its number while the others are
    checked; a file that holds no result at all raises ``InputError``."""
    if not raw.strip():
        raise InputError("file is empty" if not raw else "file holds only white space", path=label)
    items: list[tuple[str, Any]] = []
    if lines is None:
        try:
            json.loads(raw, parse_constant=_no_constant)
        except json.JSONDecodeError as e:
            lines = e.msg == "Extra data"
        except (ValueError, RecursionError):
            lines = False
        else:
            lines = False
    if lines:
        items = [(f"{label}:{n}", _line(line, label, n)) for n, line in enumerate(raw.splitlines(), 1)
                 if line.strip()]
    else:
        data = parse_json(raw, label)
        items = [(f"{label}[{i}]", d) for i, d in enumerate(data)] if isinstance(data, list) else [(label, data)]
    results = [(where, item) for where, item in items if not isinstance(item, BadLine)]
    problems = [(where, problem) for where, item in results if (problem := result_problem(item))]
    if problems and len(problems) == len(results):
        where, problem = problems[0]
        raise InputError(f"not an nqparse result: {problem}", path=label if lines else where)
    if not items:
        raise InputError("holds no result", path=label)
    return [(where, BadLine(f"not an nqparse result: {result_problem(item)}")
             if not isinstance(item, BadLine) and result_problem(item) else item) for where, item in items]


@dataclass(frozen=True)
class BadLine:
    """A line of a JSON Lines file that holds no result: why."""

    reason: str


def _line(line: str, label: str, n: int) -> Any:
    try:
        return parse_json(line, label, line_offset=n - 1)
    except InputError as e:
        return BadLine(e.message)


_RESULT_FIELDS = frozenset(Resolution.model_fields)
_BATCH_FILES = (({"outdir", "documents", "failures"}, "a batch summary (summary.json)"),
                ({"file", "path", "error"}, "a batch error (errors.jsonl)"))


def result_problem(item: Any) -> str | None:
    """Why ``item`` is no nqparse result at all, or None when it is one, however broken: an
    object with a ``document``, or with nothing but a result's fields."""
    if not isinstance(item, dict):
        return f"a JSON {_json_type(item)}, not an object"
    keys = set(item)
    if "document" in keys or (keys and keys <= _RESULT_FIELDS):
        return None
    for marks, what in _BATCH_FILES:
        if marks <= keys:
            return what
    return "an object without the sections of a result (document, source, indicators, ...)"


TABLE_SUFFIXES = (".csv", ".tsv")


def refuse_non_result_file(path: str | Path) -> None:
    """Refuse, by its name, a file that holds no result and would otherwise be read as a text
    document (a batch's indicators.csv)."""
    if Path(path).suffix.lower() in TABLE_SUFFIXES:
        raise InputError("not an nqparse result: a table", path=str(path),
                         hint="give the documents, or their .json results from nqparse extract or batch")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "string" if isinstance(value, str) else "array"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def decode_json(data: bytes, label: str) -> str:
    """The text of a JSON file's bytes (UTF-8, with or without a BOM); InputError otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid JSON: the bytes are not UTF-8", path=label) from None


def parse_json(raw: str, label: str, line_offset: int = 0) -> Any:
    """One JSON value; InputError naming the line and column of a syntax error (``line_offset``
    for a line of a JSON Lines file), or the constant (NaN, Infinity) JSON does not have."""
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except ValueError as e:
        if not isinstance(e, json.JSONDecodeError):
            raise InputError(f"not valid JSON: {e}", path=label) from None
        raise InputError(f"not valid JSON: {e.msg}", path=label,
                         position=f"{e.lineno + line_offset}:{e.colno}") from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply", path=label) from None


def looks_like_json(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def is_json_input(path: str | Path) -> bool:
    """JSON by its name, or by its first character when the name says nothing about the format."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return True
    if suffix in (".txt", ".md", ".text", ".markdown", ".pdf", ".docx"):
        return False
    try:
        with p.open("rb") as f:
            return looks_like_json(f.read(64))
    except OSError:
        return False


def validate_path(path: str | Path, *, encoding: str | None = None, max_size: int | None = None) -> list[Report]:
    """One report per result in a JSON or JSON-lines file, or one for a source document;
    ``-`` reads either from standard input. A folder: use ``folder_inputs`` to list its files."""
    if str(path) == "-":
        return _validate_stdin(encoding=encoding, max_size=max_size)
    if Path(path).is_dir():
        raise InputError("is a folder, not a file", path=str(path), hint="list its files with folder_inputs")
    refuse_non_result_file(path)
    if is_json_input(path):
        return [_report(label, data) for label, data in load_results(path, max_size=max_size)]
    return [Report.of(str(path), validate_source(path, encoding=encoding, max_size=max_size))]


def _report(label: str, data: Any) -> Report:
    if isinstance(data, BadLine):
        return Report.of(label, [ValidationFinding(code="json-line", severity="error", path="$",
                                                   message=data.reason)])
    return Report.of(label, validate_json(data))


DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
_BATCH_TABLES = ("summary.json",)


def folder_inputs(folder: str | Path) -> list[Path]:
    """What ``nqparse validate FOLDER`` checks: its .json results (a batch's per-document
    files; summary.json and the tables that repeat them left out) and its documents, found
    recursively, hidden files left out."""
    found = []
    for path in sorted(Path(folder).rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name in _BATCH_TABLES:
            continue
        if path.suffix.lower() in (".json", *DOCUMENT_SUFFIXES):
            found.append(path)
    return found


def _validate_stdin(*, encoding: str | None, max_size: int | None) -> list[Report]:
    from ..readers import DEFAULT_MAX_SIZE, read_bytes

    limit = max_size or DEFAULT_MAX_SIZE
    data = sys.stdin.buffer.read(limit + 1)
    if looks_like_json(data[:64]):
        if len(data) > limit:
            raise InputError(f"input is over the {limit:,}-byte limit", path="<stdin>", hint="raise it with --max-size")
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("not valid JSON: the bytes are not UTF-8", path="<stdin>") from None
        return [_report(label, item) for label, item in parse_results(raw, "<stdin>")]
    source = read_bytes(data, name=None, encoding=encoding, max_size=limit)
    return [Report.of("<stdin>", check_source(source))]
