"""What two extractions of one document must agree on, whatever the file's encoding or damage."""

from __future__ import annotations

from typing import Any


def extracted_values(data: Any) -> Any:
    """The extracted values of a result's JSON, without offsets and file facts (which differ)."""
    if isinstance(data, dict):
        return {k: extracted_values(v) for k, v in data.items() if k not in ("span", "spans", "source", "text")}
    if isinstance(data, list):
        return [extracted_values(v) for v in data]
    return data
