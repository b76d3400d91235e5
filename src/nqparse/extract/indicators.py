"""Numbered indicators (chỉ tiêu) and their targets."""

from __future__ import annotations

from ..models import Indicator
from ..segment import Layout


def extract_indicators(layout: Layout) -> list[Indicator]:
    return []
