"""Two Resolutions -> what changed between them: ``diff(old, new) -> DiffResult``.

Indicators are aligned by meaning (align.py) and their targets compared in each figure's own
terms (targets.py). The themes, the documents' identity (number, date, issuer, meeting),
the assigned bodies, the recipients and the references are compared as well. The result is a
pydantic model; ``DiffResult.model_dump()`` is the JSON the CLI prints with ``--format json``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError

from ..errors import InputError
from ..models import Indicator, Model, Resolution, Result
from ..normalize import fold
from ..phrases.numbers import format_number
from ..phrases.text import expand_abbreviations, squash
from .align import DEFAULT_THRESHOLD, Related, align
from .targets import TargetChange, compare_targets

IndicatorStatus = Literal["unchanged", "changed", "added", "removed"]
FieldStatus = Literal["unchanged", "changed", "added", "removed"]


class RelatedIndicator(Model):
    """The aligned indicator of the other document that this unaligned one was merged into
    (removed) or split from (added): its wording stands inside that indicator's text."""

    number: int | None
    name: str
    overlap: float = Field(description="share of this indicator's name found in that one's text")


class IndicatorDiff(Model):
    status: IndicatorStatus
    similarity: float | None = Field(default=None, description="0..1, for an aligned pair")
    old: Indicator | None = None
    new: Indicator | None = None
    changes: list[TargetChange] = Field(default_factory=list)
    related: RelatedIndicator | None = None


class FieldDiff(Model):
    field: str = Field(description="dotted path in the output, e.g. document.number")
    status: FieldStatus
    old: Any = None
    new: Any = None


class ListDiff(Model):
    """Items compared as sets, spelling aside (case, tone placement, abbreviations, spaces)."""

    status: Literal["unchanged", "changed"]
    kept: list[str] = Field(default_factory=list)
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)


class DocumentRef(Model):
    path: str | None = None
    kind: str | None = None
    number: str | None = None
    date: str | None = None
    year: int | None = None
    issuer: str | None = None


class DiffSummary(Model):
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    raised: int = Field(default=0, description="aligned indicators with a figure raised")
    lowered: int = Field(default=0, description="aligned indicators with a figure lowered")


class DiffResult(Model):
    old: DocumentRef
    new: DocumentRef
    differences: bool = Field(description="true when anything below differs")
    summary: DiffSummary
    indicators: list[IndicatorDiff] = Field(default_factory=list)
    themes: ListDiff
    identity: list[FieldDiff] = Field(default_factory=list)
    assignments: ListDiff
    recipients: ListDiff
    references: ListDiff
    warnings: list[str] = Field(default_factory=list,
                                description="reasons to read the comparison with care (different issuers)")
    results: ListDiff = Field(default_factory=lambda: ListDiff(status="unchanged"),
                              description="results stated (name, year, figure, verdict)")

    def only_changed(self) -> DiffResult:
        """The same result without what stayed the same."""
        return self.only(["changed"])

    def only(self, statuses: Iterable[str]) -> DiffResult:
        """The same result with only the indicators, fields and list items of these statuses;
        ``changed`` stands for anything that differs (changed, added, removed)."""
        keep = set(statuses)
        if "changed" in keep:
            keep |= {"added", "removed"}
        lists = {name: getattr(self, name).model_copy(update={
            "kept": getattr(self, name).kept if "unchanged" in keep else [],
            "added": getattr(self, name).added if "added" in keep else [],
            "removed": getattr(self, name).removed if "removed" in keep else []})
            for name in ("themes", "assignments", "recipients", "references", "results")}
        return self.model_copy(update={
            "indicators": [d for d in self.indicators if d.status in keep],
            "identity": [f for f in self.identity if f.status in keep], **lists})


def _key(text: str) -> str:
    """Spelling aside: abbreviations expanded, folded, punctuation and spaces unified."""
    return squash(fold(expand_abbreviations(text)).replace("–", "-").replace("—", "-").strip(" ,.;:"))


def compare_lists(old: Iterable[str], new: Iterable[str], key: Callable[[str], str] = _key) -> ListDiff:
    old_by_key = {key(x): x for x in old if x and x.strip()}
    new_by_key = {key(x): x for x in new if x and x.strip()}
    kept = [x for k, x in new_by_key.items() if k in old_by_key]
    added = [x for k, x in new_by_key.items() if k not in old_by_key]
    removed = [x for k, x in old_by_key.items() if k not in new_by_key]
    return ListDiff(status="changed" if added or removed else "unchanged", kept=kept, added=added,
                    removed=removed)


_IDENTITY_FIELDS = (
    "document.kind", "document.number", "document.date", "document.year", "document.title",
    "issuer.name", "issuer.level", "issuer.parent",
    "meeting.ordinal", "meeting.term", "meeting.tenure", "meeting.date", "meeting.location",
)


def _get(res: Resolution, path: str) -> Any:
    section, name = path.split(".")
    value = getattr(getattr(res, section), name)
    return value.model_dump() if isinstance(value, Model) else value


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return _key(a) == _key(b)
    return bool(a == b)


def compare_identity(old: Resolution, new: Resolution) -> list[FieldDiff]:
    found = []
    for path in _IDENTITY_FIELDS:
        a, b = _get(old, path), _get(new, path)
        if a is None and b is None:
            continue
        status: FieldStatus = ("added" if a is None else "removed" if b is None
                               else "unchanged" if _same_value(a, b) else "changed")
        found.append(FieldDiff(field=path, status=status, old=a, new=b))
    return found


def _related(rel: Related | None, others: list[Indicator]) -> RelatedIndicator | None:
    if rel is None:
        return None
    other = others[rel.index]
    return RelatedIndicator(number=other.number, name=other.name, overlap=rel.overlap)


def compare_indicators(old: list[Indicator], new: list[Indicator], *,
                       threshold: float = DEFAULT_THRESHOLD) -> list[IndicatorDiff]:
    """Aligned pairs and removed indicators in the old order, then the added ones in the new."""
    alignment = align(old, new, threshold=threshold)
    placed: list[tuple[int, IndicatorDiff]] = []
    for pair in alignment.pairs:
        changes = compare_targets(old[pair.old].targets, new[pair.new].targets)
        placed.append((pair.old, IndicatorDiff(
            status="changed" if changes else "unchanged", similarity=pair.similarity,
            old=old[pair.old], new=new[pair.new], changes=changes)))
    for i, rel in alignment.removed.items():
        # merged into another: how its figures fare there (that one's other targets are not its own)
        changes = [c for c in compare_targets(old[i].targets, new[rel.index].targets) if c.kind != "added"] \
            if rel is not None else []
        placed.append((i, IndicatorDiff(status="removed", old=old[i], related=_related(rel, new), changes=changes)))
    placed.sort(key=lambda p: p[0])
    added = []
    for j, rel in sorted(alignment.added.items()):
        changes = [c for c in compare_targets(old[rel.index].targets, new[j].targets) if c.kind != "removed"] \
            if rel is not None else []
        added.append(IndicatorDiff(status="added", new=new[j], related=_related(rel, old), changes=changes))
    return [d for _, d in placed] + added


def _summary(indicators: list[IndicatorDiff]) -> DiffSummary:
    summary = DiffSummary()
    for d in indicators:
        setattr(summary, d.status, getattr(summary, d.status) + 1)
        effects = {c.effect for c in d.changes}
        summary.raised += "raised" in effects
        summary.lowered += "lowered" in effects
    return summary


def _ref(res: Resolution) -> DocumentRef:
    return DocumentRef(path=res.source.path, kind=res.document.kind, number=res.document.number,
                       date=res.document.date, year=res.document.year, issuer=res.issuer.name)


def diff(old: Resolution | str | Path, new: Resolution | str | Path, *,
         threshold: float = DEFAULT_THRESHOLD) -> DiffResult:
    """What changed from ``old`` to ``new``: indicators aligned by meaning, with target changes
    in each figure's own terms; themes, identity, assigned bodies, recipients and references.

    ``old`` and ``new`` are results, or paths of results (.json) or documents, as the command
    line takes them.
    """
    old, new = _result(old), _result(new)
    indicators = compare_indicators(old.indicators, new.indicators, threshold=threshold)
    themes = compare_lists([t.text for t in old.themes], [t.text for t in new.themes])
    identity = compare_identity(old, new)
    assignments = compare_lists([b for a in old.assignments for b in a.bodies],
                                [b for a in new.assignments for b in a.bodies])
    recipients = compare_lists([r.name for r in old.recipients], [r.name for r in new.recipients])
    references = compare_lists([r.normalized or r.number for r in old.references],
                               [r.normalized or r.number for r in new.references],
                               key=lambda n: fold(n).replace(" ", ""))
    results = compare_lists([_result_line(r) for r in old.results], [_result_line(r) for r in new.results])
    differences = (any(d.status != "unchanged" for d in indicators)
                   or any(f.status != "unchanged" for f in identity)
                   or any(s.status == "changed" for s in (themes, assignments, recipients, references, results)))
    return DiffResult(old=_ref(old), new=_ref(new), differences=differences, summary=_summary(indicators),
                      indicators=indicators, themes=themes, identity=identity, assignments=assignments,
                      recipients=recipients, references=references, warnings=_warnings(old, new),
                      results=results)


def _result_line(result: Result) -> str:
    """A result as one comparable line: "2023 GRDP: 10,34 % (missed)"."""
    figure = "" if result.value is None else f" {format_number(result.value)} {result.unit or ''}".rstrip()
    share = "" if result.percent_of_target is None else f", {format_number(result.percent_of_target)}% of plan"
    verdict = f" ({result.verdict})" if result.verdict else ""
    return f"{result.year or ''} {result.name}:{figure}{share}{verdict}".strip()


def _warnings(old: Resolution, new: Resolution) -> list[str]:
    a, b = old.issuer.name, new.issuer.name
    if a and b and _key(a) != _key(b):
        return [f"the documents come from different issuers ({a}; {b}): their targets may not be comparable"]
    return []


def _result(given: Resolution | str | Path) -> Resolution:
    if isinstance(given, Resolution):
        return given
    if isinstance(given, (str, Path)):
        return load(given)
    raise TypeError(f"diff() takes a Resolution or the path of a file, not {type(given).__name__}")


def load(path: str | Path, *, max_size: int | None = None, select: str | None = None) -> Resolution:
    """A Resolution from an ``nqparse extract`` JSON file, or extracted from a source document.

    ``-`` reads standard input: JSON when it starts with "{", a document otherwise. From a
    JSON Lines file (``resolutions.jsonl`` of a batch) ``select`` picks the document by its
    source path; a file that holds no single result (a .csv, a summary) is refused.
    """
    from ..pipeline import extract, extract_source
    from ..readers import DEFAULT_MAX_SIZE, read_bytes, read_file
    from ..validate.check import decode_json, refuse_non_result_file

    limit = max_size or DEFAULT_MAX_SIZE
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if data.lstrip()[:1] == b"{":
            return _from_json(decode_json(data, "<stdin>"), "<stdin>")
        return extract_source(read_bytes(data, name=None, max_size=limit))
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _selected(decode_json(read_file(name, max_size=limit), name), name, select)
    refuse_non_result_file(name)
    if suffix != ".json":
        return extract(name, max_size=limit)
    return _from_json(decode_json(read_file(name, max_size=limit), name), name)


def _selected(raw: str, name: str, select: str | None) -> Resolution:
    """The line of a JSON Lines file whose source path is ``select`` (or ends with it)."""
    if select is None:
        raise InputError("not an nqparse result: JSON Lines hold one result a line", path=name,
                         hint="pick one with --select PATH, the source path of its document")
    wanted = select.replace("\\", "/")
    found = []
    for n, line in enumerate(raw.splitlines(), 1):
        try:
            path = ((json.loads(line) if line.strip() else {}).get("source") or {}).get("path") or ""
        except (ValueError, AttributeError):
            continue
        if path == wanted or path.endswith("/" + wanted.lstrip("./")):
            found.append((n, line))
    if len(found) != 1:
        what = "no document" if not found else f"{len(found)} documents"
        raise InputError(f"{what} with the source path {select!r}", path=name,
                         hint="give the path as source.path has it" if not found else "give more of the path")
    n, line = found[0]
    return _from_json(line, f"{name}:{n}")


def _from_json(raw: str, name: str) -> Resolution:
    from ..validate.check import parse_json, result_problem

    data = parse_json(raw, name)
    problem = result_problem(data)
    if problem:
        raise InputError(f"not an nqparse result: {problem}", path=name, hint="make it with 'nqparse extract'")
    try:
        return Resolution.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "top level"
        raise InputError(f"not an nqparse result: {where}: {first['msg']}", path=name,
                         hint=f"{e.error_count()} problem(s); make it with 'nqparse extract'") from None
