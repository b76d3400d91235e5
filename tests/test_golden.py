"""Golden tests: each sample's whole extraction, compared with the JSON kept in tests/golden/.

A change in behaviour shows here as a diff of the output. When the change is intended,
regenerate the files with ``python tests/regenerate_golden.py`` and review them in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES
from .regenerate_golden import GOLDEN, GOLDEN_SUFFIXES, golden_output

CASES = sorted(p for p in SAMPLES.iterdir() if p.suffix in GOLDEN_SUFFIXES)


def _flatten(node: object, prefix: str = "") -> dict[str, object]:
    if isinstance(node, dict):
        out: dict[str, object] = {}
        for k, v in node.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else k))
        return out
    if isinstance(node, list):
        out = {f"{prefix}.#": len(node)}
        for i, v in enumerate(node):
            out.update(_flatten(v, f"{prefix}.{i}"))
        return out
    return {prefix: node}


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_sample_matches_its_golden_output(path: Path) -> None:
    golden = GOLDEN / f"{path.name}.json"
    assert golden.exists(), f"no golden file for {path.name}: run python tests/regenerate_golden.py"
    want = _flatten(json.loads(golden.read_text(encoding="utf-8")))
    got = _flatten(golden_output(path))
    diffs = [f"{k}: {want.get(k)!r} -> {got.get(k)!r}" for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
    assert not diffs, f"{len(diffs)} differences from {golden.relative_to(ROOT)}:\n" + "\n".join(diffs[:40])
