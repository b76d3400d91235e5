"""Checks on an extraction result: the output schema first, then rules over its content.

``validate_json`` takes the JSON form of a result (as ``nqparse extract`` prints it),
``validate_resolution`` a ``Resolution`` in memory, ``validate_source`` a document (extracted
first, so that the rules which need its layout can run too), and ``validate_path`` any of
these files as the command line gets them. Each finding has a stable ``code`` listed in
``RULES``, a ``severity``, a ``path`` (a JSON path such as ``$.indicators[3].targets[0].min``,
or a place in the source file) and a plain ``message``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .errors import InputError
from .models import Resolution
from .source import Source
from .validate_content import Hit, content_hits, settings

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class RuleInfo:
    severity: Severity
    meaning: str


_YEARS = settings()["years"]

RULES: dict[str, RuleInfo] = {
    "schema": RuleInfo("error", "the JSON does not fit the output schema: a missing or unknown field, a wrong type, "
                                "a value outside its list"),
    "indicator-number-duplicate": RuleInfo("error", "two indicators under one group carry the same number"),
    "indicator-number-gap": RuleInfo("warning", "indicator numbers skip, go back, or do not start at 1 "
                                                "(a restart at 1 in a new group is fine)"),
    "number-not-positive": RuleInfo("error", "a meeting ordinal, term or indicator number below 1"),
    "range-inverted": RuleInfo("error", "a range with min above max, or a tenure that ends before it starts"),
    "percent-over-100": RuleInfo("error", "a rate or share above 100% where neither the data nor its wording marks "
                                          "a growth or a ratio to a plan (tăng, so với, kế hoạch, dự toán, ...)"),
    "unit-unknown": RuleInfo("warning", "a target's unit is not in the units lexicon"),
    "date-invalid": RuleInfo("error", "a date of issue, meeting or reference that is not YYYY-MM-DD or does not "
                                      "exist (2021-02-30)"),
    "date-out-of-range": RuleInfo("error", f"a date of issue, meeting or reference before {_YEARS['earliest']} or "
                                           "after next year"),
    "meeting-after-issue": RuleInfo("error", "an official document dated before the meeting it comes from"),
    "year-out-of-range": RuleInfo("error", f"a plan, theme, target or tenure year before {_YEARS['earliest']} or "
                                           f"more than {_YEARS['horizon_years']} years after next year"),
    "plan-year-far": RuleInfo("warning", f"the plan year is more than {_YEARS['plan_years_before_issue']} years "
                                         f"before or {_YEARS['plan_years_after_issue']} years after the year of issue"),
    "number-form": RuleInfo("error", "a số ký hiệu that fits neither the party form N-TYPE/BODY nor a state form "
                                     "N/TYPE-BODY, N/YEAR/TYPE-BODY, N/YEAR/QH13 or N/BODY-UNIT"),
    "number-system": RuleInfo("warning", "a party body's number in a state form, or a state body's in the party "
                                         "form"),
    "number-parts-mismatch": RuleInfo("error", "`type_code` or `body_code` differ from the codes in the number"),
    "number-kind-mismatch": RuleInfo("warning", "the number's type code names another kind of document"),
    "official-no-signature": RuleInfo("warning", "an official document (not an article) without a signature"),
    "official-no-recipients": RuleInfo("warning", "an official document (not an article) without a Nơi nhận list"),
    "recipients-no-archive": RuleInfo("warning", 'a Nơi nhận list without its archive line ("Lưu ...")'),
    "span-invalid": RuleInfo("error", "a span that ends before it starts or starts before 0"),
    "span-mismatch": RuleInfo("error", "with the text included: a span past its end, or one whose text does not "
                                       "hold the value it was read for"),
    "heading-sequence": RuleInfo("warning", 'documents only: a numbered heading, item or table row out of '
                                            'sequence (two "II." in a row, a list opening at "II.")'),
}
"""Every code a finding can carry, with its severity and meaning (the README lists them)."""


class ValidationFinding(BaseModel):
    code: str
    severity: Severity
    path: str
    message: str


class Report(BaseModel):
    """The findings for one result: a file, or one line of a .jsonl file."""

    file: str
    valid: bool
    findings: list[ValidationFinding]

    @classmethod
    def of(cls, file: str, findings: list[ValidationFinding]) -> Report:
        return cls(file=file, valid=not any(f.severity == "error" for f in findings), findings=findings)


def finding(hit: Hit) -> ValidationFinding:
    return ValidationFinding(code=hit.code, severity=RULES[hit.code].severity, path=hit.path, message=hit.message)


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


def schema_findings(data: Any) -> list[ValidationFinding]:
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
        found += [finding(h) for h in content_hits(data)]
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
    from .readers import DEFAULT_MAX_SIZE, read_path

    return check_source(read_path(path, encoding=encoding, max_size=max_size or DEFAULT_MAX_SIZE))


def check_source(source: Source) -> list[ValidationFinding]:
    from .normalize import normalize
    from .pipeline import extract_source
    from .segment import segment
    from .validate_layout import layout_hits

    found = [f for f in validate_resolution(extract_source(source, with_text=True))
             if f.code != "recipients-no-archive"]  # the layout rule below reads the list itself
    found += [finding(h) for h in layout_hits(segment(normalize(source)))]
    return found


JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")


def load_results(path: str | Path, *, max_size: int | None = None) -> list[tuple[str, Any]]:
    """The results held by a .json file (one object, or a list of them) or a .jsonl file (one
    per line), each with a label naming where it stands; InputError when the file holds none."""
    from .readers import DEFAULT_MAX_SIZE, read_file

    p = Path(path)
    data = read_file(p, max_size=max_size or DEFAULT_MAX_SIZE)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid JSON: the bytes are not UTF-8", path=str(p)) from None
    suffix = p.suffix.lower()
    return parse_results(raw, str(p), lines=True if suffix in (".jsonl", ".ndjson") else None)


def parse_results(raw: str, label: str, *, lines: bool | None = None) -> list[tuple[str, Any]]:
    """The result objects in ``raw``: one JSON value, or one per line when ``lines`` is true
    (when None, JSON lines are recognised by a second value after the first)."""
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
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                items.append((f"{label}:{n}", _parse(line, label, line_offset=n - 1)))
    else:
        data = _parse(raw, label)
        items = [(f"{label}[{i}]", d) for i, d in enumerate(data)] if isinstance(data, list) else [(label, data)]
    for where, item in items:
        if not isinstance(item, dict):
            raise InputError(f"holds a JSON {_json_type(item)}, not an nqparse result object", path=where)
        if "nqparse_version" not in item and "document" not in item:
            # a batch summary or error list, say: every result carries both
            raise InputError("holds a JSON object that is not an nqparse result (no nqparse_version, no document)",
                             path=where)
    if not items:
        raise InputError("holds no result", path=label)
    return items


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


def _parse(raw: str, label: str, line_offset: int = 0) -> Any:
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
    ``-`` reads either from standard input."""
    if str(path) == "-":
        return _validate_stdin(encoding=encoding, max_size=max_size)
    if Path(path).is_dir():
        raise InputError("is a folder, not a file", path=str(path),
                         hint="name its files, or its resolutions.jsonl from nqparse batch")
    if is_json_input(path):
        return [Report.of(label, validate_json(data)) for label, data in load_results(path, max_size=max_size)]
    return [Report.of(str(path), validate_source(path, encoding=encoding, max_size=max_size))]


def _validate_stdin(*, encoding: str | None, max_size: int | None) -> list[Report]:
    from .readers import DEFAULT_MAX_SIZE, read_bytes

    limit = max_size or DEFAULT_MAX_SIZE
    data = sys.stdin.buffer.read(limit + 1)
    if looks_like_json(data[:64]):
        if len(data) > limit:
            raise InputError(f"input is over the {limit:,}-byte limit", path="<stdin>", hint="raise it with --max-size")
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("not valid JSON: the bytes are not UTF-8", path="<stdin>") from None
        return [Report.of(label, validate_json(item)) for label, item in parse_results(raw, "<stdin>")]
    source = read_bytes(data, name=None, encoding=encoding, max_size=limit)
    return [Report.of("<stdin>", check_source(source))]
