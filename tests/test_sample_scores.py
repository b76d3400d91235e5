"""Regression guard: field-by-field F1 of the extraction over the reference documents in
../shared (skipped when that folder is absent). A drop below the floor fails the suite."""

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


@pytest.fixture(scope="module")
def tallies() -> dict[str, object]:
    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    if not (shared / "gold").is_dir():
        pytest.skip("../shared is not present")
    score = _scorer(shared)
    totals = {f: score.Tally() for f in score.FIELDS}
    for gold_path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads(extract(shared / "seeds" / gold["source"]).model_dump_json())
        score.score_doc(gold, pred, totals, lambda _line: None)
    return totals


@pytest.mark.parametrize("field", FIELDS)
def test_field_f1_stays_above_the_floor(tallies: dict[str, object], field: str) -> None:
    f1 = tallies[field].f1()  # type: ignore[attr-defined]
    assert f1 is not None and f1 >= FLOOR, f"{field}: F1 {f1}"
