"""Word lists kept as data: each JSON file says where its words come from in ``_source``.

``load(name)`` reads ``<name>.json`` beside this module once and caches it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    raw = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def names() -> list[str]:
    """Every lexicon file's name, for the data-integrity tests."""
    return sorted(p.name[:-5] for p in resources.files(__package__).iterdir() if p.name.endswith(".json"))
