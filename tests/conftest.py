"""Shared fixtures: the sample documents and the optional ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


def sample(name: str) -> Path:
    """The one sample whose file name contains ``name``."""
    found = [p for p in SAMPLES.iterdir() if name in p.name and p.suffix == ".txt"]
    assert len(found) == 1, f"expected one .txt sample matching {name!r}, found {found}"
    return found[0]


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
