"""Target changes: how the figures of two aligned indicators differ, in each figure's own terms.

- Targets are paired one to one inside the indicator pair: by unit first, then label, then
  place in the list.
- A percentage changes by percentage points (91% -> 92%: +1 point); an amount by its relative
  change, computed after scale words are folded (204 nghìn tỷ đồng -> 3.100 tỷ đồng: -98,5%).
- A range is compared at both ends; a value against a range is compared with each end.
- A change says its ``effect`` (raised, lowered, narrowed, widened, shifted) and, where the
  figure has a known sense, its ``strictness``: a range narrowed or a floor raised ("80% trở lên"
  -> "85% trở lên") is stricter; "trở lên", "ít nhất" or "không quá" added to a plain figure
  makes it a binding bound, stricter; "khoảng" added is looser.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from ..models import Model, Number, Target
from ..normalize import fold
from ..phrases.numbers import format_number
from .align import base_unit, one_to_one, scale, units_agree, words

ChangeKind = Literal["figure", "comparator", "unit", "direction", "added", "removed"]
Effect = Literal["raised", "lowered", "narrowed", "widened", "shifted"]
Strictness = Literal["stricter", "looser"]

_FLOOR_RANK = {"~": 0, "=": 1, ">=": 2, ">": 3}
_CEILING_RANK = {"~": 0, "=": 1, "<=": 2, "<": 3}
_COMPARATOR_SHOWN = {">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "~": "~ ", "=": ""}
_COMPARATOR_WORDS = {">=": "trở lên", ">": "trên", "<=": "không quá", "<": "dưới", "~": "khoảng", "=": "exact"}


class TargetChange(Model):
    """One difference between the targets of an aligned indicator pair."""

    kind: ChangeKind
    old_target: int | None = Field(default=None, description="index in the old indicator's targets")
    new_target: int | None = Field(default=None, description="index in the new indicator's targets")
    old: str | None = Field(default=None, description="the old figure, comparator, unit or direction")
    new: str | None = None
    measure: Literal["points", "relative"] | None = Field(
        default=None, description="points: percentage points; relative: percent of the old amount")
    delta: Number | None = Field(default=None, description="change of a single value")
    delta_min: Number | None = Field(default=None, description="change at the low end of a range")
    delta_max: Number | None = Field(default=None, description="change at the high end of a range")
    effect: Effect | None = None
    strictness: Strictness | None = None
    summary: str


def _figure(x: float) -> str:
    """As the documents write figures (3.100, 13,5, 89.490,478), to three decimals."""
    return format_number(x, places=3)


def show(target: Target) -> str:
    """A target as a short figure: "≥ 80%", "3.100–3.500 tỷ đồng", "~ 56.000 lượt"."""
    if target.min is not None or target.max is not None:
        low = _figure(target.min) if target.min is not None else "…"
        high = _figure(target.max) if target.max is not None else "…"
        figure = f"{low}–{high}"
    elif target.value is not None:
        figure = _figure(target.value)
    else:
        figure = target.text or "?"
    unit = target.unit or ""
    sep = "" if not unit or unit == "%" else " "
    return f"{_COMPARATOR_SHOWN.get(target.comparator or '=', '')}{figure}{sep}{unit}".strip()


def _interval(target: Target) -> tuple[float, float] | None:
    low = target.min if target.min is not None else target.value
    high = target.max if target.max is not None else target.value
    if low is None and high is None:
        return None
    factor = scale(target)
    low = high if low is None else low
    high = low if high is None else high
    assert low is not None and high is not None
    return low * factor, high * factor


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _label_similarity(a: Target, b: Target) -> float | None:
    """0..1 for two labels, 0.5 when one is missing; None when both are given and share no
    content word ("nông thôn" against "nước thải đô thị"): they measure different things."""
    if not a.label or not b.label:
        return 0.5
    wa, wb = set(words(a.label)), set(words(b.label))
    if wa and wb and not wa & wb:
        return None
    from rapidfuzz import fuzz

    return fuzz.token_sort_ratio(fold(a.label), fold(b.label)) / 100


def pair_targets(old: Sequence[Target], new: Sequence[Target]) -> list[tuple[int, int]]:
    """One-to-one pairs of targets, best first: same unit, then similar label, then same place.

    Targets whose units cannot agree or whose labels share no word stay unpaired, unless each
    indicator has just that one target."""
    candidates: list[tuple[tuple[float, ...], int, int]] = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            agree = units_agree(base_unit(a), base_unit(b))
            label = _label_similarity(a, b)
            if (agree is False or label is None) and not (len(old) == len(new) == 1):
                continue
            unit = {True: 2.0, None: 1.0, False: 0.0}[agree]
            place = 1 - abs(i - j) / max(len(old), len(new))
            same_change = 0.2 if a.change == b.change else 0.0
            candidates.append(((unit + 0.5 * (label or 0.0) + 0.3 * place + same_change,), i, j))
    return [(i, j) for _, i, j in one_to_one(candidates)]


def _effect(old: tuple[float, float], new: tuple[float, float]) -> Effect:
    (lo_a, hi_a), (lo_b, hi_b) = old, new
    width_a, width_b = hi_a - lo_a, hi_b - lo_b
    if not _same(width_a, width_b):
        if lo_b >= lo_a and hi_b <= hi_a:
            return "narrowed"
        if lo_b <= lo_a and hi_b >= hi_a:
            return "widened"
    if lo_b >= lo_a and hi_b >= hi_a:
        return "raised"
    if lo_b <= lo_a and hi_b <= hi_a:
        return "lowered"
    return "shifted"


def _figure_strictness(effect: Effect, old: Target, new: Target) -> Strictness | None:
    if effect == "narrowed":
        return "stricter"
    if effect == "widened":
        return "looser"
    comparators = {old.comparator or "=", new.comparator or "="}
    if effect in ("raised", "lowered"):
        if comparators <= {">=", ">"}:
            return "stricter" if effect == "raised" else "looser"
        if comparators <= {"<=", "<"}:
            return "stricter" if effect == "lowered" else "looser"
    return None


def _signed(x: float, digits: int) -> str:
    rounded = round(x, digits)
    return ("+" if rounded > 0 else "") + format_number(rounded)


def _delta_text(delta: float | None, measure: str) -> str:
    if delta is None:
        return "from zero"
    if measure == "points":
        return f"{_signed(delta, 2)} point" + ("" if abs(round(delta, 2)) == 1 else "s")
    return f"{_signed(delta, 1)}%"


def _figure_change(i: int, j: int, a: Target, b: Target) -> TargetChange | None:
    old_range, new_range = _interval(a), _interval(b)
    if old_range is None or new_range is None:
        if old_range is None and new_range is None and fold(a.text) == fold(b.text):
            return None
        return TargetChange(kind="figure", old_target=i, new_target=j, old=show(a), new=show(b),
                            summary=f"{show(a)} → {show(b)}")
    if _same(old_range[0], new_range[0]) and _same(old_range[1], new_range[1]):
        return None
    points = base_unit(a) == "%" and base_unit(b) == "%"

    def change(x_old: float, x_new: float) -> float | None:
        if points:
            return round((x_new - x_old), 6)
        return round((x_new - x_old) / abs(x_old) * 100, 3) if x_old else None

    measure: Literal["points", "relative"] = "points" if points else "relative"
    effect = _effect(old_range, new_range)
    single = _same(*old_range) and _same(*new_range)
    low, high = change(old_range[0], new_range[0]), change(old_range[1], new_range[1])
    if single:
        amount = _delta_text(low, measure)
    else:
        amount = f"low {_delta_text(low, measure)}, high {_delta_text(high, measure)}"
    return TargetChange(
        kind="figure", old_target=i, new_target=j, old=show(a), new=show(b), measure=measure,
        delta=low if single else None, delta_min=None if single else low, delta_max=None if single else high,
        effect=effect, strictness=_figure_strictness(effect, a, b),
        summary=f"{show(a)} → {show(b)}: {amount} ({effect})")


def _comparator_change(i: int, j: int, a: Target, b: Target) -> TargetChange | None:
    old, new = a.comparator or "=", b.comparator or "="
    if old == new:
        return None
    strictness: Strictness | None = None
    for ranks in (_FLOOR_RANK, _CEILING_RANK):
        if old in ranks and new in ranks:
            strictness = "stricter" if ranks[new] > ranks[old] else "looser"
    if new != "=":
        words = f"'{_COMPARATOR_WORDS[new]}' added" if old == "=" else \
            f"'{_COMPARATOR_WORDS[old]}' became '{_COMPARATOR_WORDS[new]}'"
    else:
        words = f"'{_COMPARATOR_WORDS[old]}' dropped"
    verdict = f": {strictness}" if strictness else ""
    return TargetChange(kind="comparator", old_target=i, new_target=j, old=old, new=new,
                        strictness=strictness, summary=f"{show(b)}: {words}{verdict}")


def _labelled(target: Target) -> str:
    return f"{show(target)} ({target.label})" if target.label else show(target)


def compare_targets(old: Sequence[Target], new: Sequence[Target]) -> list[TargetChange]:
    """Every difference between two indicators' targets; empty when they set the same figures."""
    changes: list[TargetChange] = []
    pairs = pair_targets(old, new)
    for i, j in pairs:
        a, b = old[i], new[j]
        if units_agree(base_unit(a), base_unit(b)) is False:
            changes.append(TargetChange(kind="unit", old_target=i, new_target=j, old=a.unit, new=b.unit,
                                        summary=f"{show(a)} → {show(b)}: unit changed"))
            continue
        for found in (_figure_change(i, j, a, b), _comparator_change(i, j, a, b)):
            if found:
                changes.append(found)
        if a.change != b.change:
            changes.append(TargetChange(kind="direction", old_target=i, new_target=j, old=a.change, new=b.change,
                                        summary=f"{show(b)}: {a.change or 'level'} → {b.change or 'level'}"))
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    changes += [TargetChange(kind="removed", old_target=i, old=show(t), summary=f"target dropped: {_labelled(t)}")
                for i, t in enumerate(old) if i not in paired_old]
    changes += [TargetChange(kind="added", new_target=j, new=show(t), summary=f"target added: {_labelled(t)}")
                for j, t in enumerate(new) if j not in paired_new]
    return changes
