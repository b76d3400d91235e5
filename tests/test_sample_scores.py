"""Regression guard: field-by-field F1 of the extraction over the annotated documents in
../shared (skipped when that folder is absent): the five samples, and the dev set of real
documents of other provinces. A drop below the floor fails the suite."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from nqparse import extract

FLOOR = 0.9
FIELDS = ["document", "issuer", "meeting", "themes", "assignments", "recipients", "signature", "references",
          "indicators", "targets", "attributes"]


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nqparse_scorer", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        pytest.skip("no scorer in ../shared/eval")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REAL_FIELD_FLOOR = 0.8
REAL_OVERALL_FLOOR = 0.9
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _tally(gold_dir: Path, docs_dir: Path) -> tuple[ModuleType, dict[str, object]]:
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} is not present")
    score = _scorer(SHARED)
    totals = {f: score.Tally() for f in score.FIELDS}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads(extract(docs_dir / gold["source"]).model_dump_json())
        score.score_doc(gold, pred, totals, lambda _line: None)
    return score, totals


@pytest.fixture(scope="module")
def tallies() -> dict[str, object]:
    return _tally(SHARED / "gold", SHARED / "seeds")[1]


@pytest.fixture(scope="module")
def real() -> tuple[ModuleType, dict[str, object]]:
    return _tally(SHARED / "real" / "gold", SHARED / "real" / "docs")


@pytest.mark.parametrize("field", FIELDS)
def test_field_f1_stays_above_the_floor(tallies: dict[str, object], field: str) -> None:
    f1 = tallies[field].f1()  # type: ignore[attr-defined]
    assert f1 is not None and f1 >= FLOOR, f"{field}: F1 {f1}"


def test_real_documents_score_above_the_floors(real: tuple[ModuleType, dict[str, object]]) -> None:
    """The dev set of real documents: overall F1 at least 0.90, and no field under 0.80."""
    score, totals = real
    low = {f: round(t.f1(), 3) for f, t in totals.items()  # type: ignore[attr-defined]
           if t.f1() is not None and t.f1() < REAL_FIELD_FLOOR}  # type: ignore[attr-defined]
    assert not low, f"fields under {REAL_FIELD_FLOOR}: {low}"
    scored = [t.f1() for t in totals.values() if t.f1() is not None]  # type: ignore[attr-defined]
    overall = sum(scored) / len(scored)  # the scorer's overall figure: the mean of the fields'
    assert overall >= REAL_OVERALL_FLOOR, f"overall F1 {overall:.3f}"
