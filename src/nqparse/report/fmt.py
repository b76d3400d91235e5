"""The report's words and how it writes figures and dates, in Vietnamese or English.

Vietnamese writes ``13,5%`` and ``1.000``, dates ``20/12/2021``; English ``13.5%``, ``1,000``
and ``2021-12-20``. The words live in ``labels.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from ..phrases.numbers import format_number

Lang = Literal["vi", "en"]


@cache
def _labels() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files(__package__).joinpath("labels.json").read_text("utf-8"))
    return data


@dataclass(frozen=True)
class Formatter:
    lang: Lang = "vi"

    @property
    def words(self) -> dict[str, Any]:
        words: dict[str, Any] = _labels()[self.lang]
        return words

    @property
    def separators(self) -> str:
        """Plotly's decimal mark then thousands separator."""
        return ",." if self.lang == "vi" else ".,"

    def label(self, key: str, **values: Any) -> str:
        return str(self.words[key]).format(**values)

    def number(self, value: float) -> str:
        value = round(value, 6)
        if self.lang == "vi":
            return format_number(int(value) if value == int(value) else value)
        return f"{value:,.6f}".rstrip("0").rstrip(".")

    def figure(self, value: float, unit: str | None) -> str:
        text = self.number(value)
        if not unit:
            return text
        return f"{text}%" if unit == "%" else f"{text} {unit}"

    def target(self, low: float | None, high: float | None, bound: str | None, unit: str | None) -> str:
        if low is None:
            return ""
        if high is not None and high != low:
            text = f"{self.number(low)} – {self.figure(high, unit)}"
        else:
            text = self.figure(low, unit)
        phrase = {">=": "at_least", ">": "more_than", "<=": "at_most", "<": "less_than", "~": "about"}.get(bound or "")
        return self.label(phrase, value=text) if phrase else text

    def date(self, iso: str | None) -> str:
        if not iso:
            return ""
        if self.lang != "vi" or len(iso) != 10:
            return iso
        year, month, day = iso.split("-")
        return f"{day}/{month}/{year}"

    def kind(self, kind: str | None) -> str:
        return str(self.words["kinds"].get(kind or "unknown", kind or ""))

    def level(self, level: str | None) -> str:
        return str(self.words["levels"].get(level or "", level or ""))
