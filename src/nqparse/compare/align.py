"""Indicator alignment: which indicator of one document measures the same thing as which of another.

The numbering of indicators changes every year, so they are paired by meaning:

1. Names (and, with less weight, full texts) become Vietnamese terms: abbreviations expanded,
   tone placement folded, figures and function words (đạt, trở lên, của, ...) removed.
   Terms are syllables and pairs of neighbouring syllables, weighted by how rare they are
   among the indicators of both documents, so "tỷ lệ" counts for less than "bảo hiểm y tế".
2. Two indicators score the weighted Dice overlap of their terms (rapidfuzz's ratio rescues
   a spelling slip), plus a small bonus when their units agree (both percentages, the same
   base unit) or a penalty when they cannot (a percentage against an amount), plus a smaller
   one for similar group headings.
3. Pairs are taken best first, one to one; pairs under the threshold stay unaligned. An
   indicator merged into another (or split from one) goes with its closest counterpart, and
   the part left over is reported with ``related``: the counterpart whose text contains it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from .. import lexicon
from ..models import Indicator, Target
from ..normalize import fold
from ..phrases.text import expand_abbreviations

DEFAULT_THRESHOLD = 0.5
"""Pairs scoring under this are left unaligned (reported as added and removed)."""

RELATED_THRESHOLD = 0.7
"""Share of an unaligned indicator's name found in the text of an aligned indicator of the other
document to call it merged into it or split from it."""

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*(?:\s*[-–—]\s*\d+(?:[.,]\d+)*)?\s*%?")
_NON_WORD = regex.compile(r"[^\p{L}]+")
_SYLLABLE = regex.compile(r"\p{L}+")


@cache
def _stopword_pattern() -> regex.Pattern[str]:
    words = sorted((fold(w) for w in lexicon.diff_words().stopwords), key=len, reverse=True)
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\p{L})")


def words(text: str) -> list[str]:
    """The content syllables of ``text``: abbreviations expanded, folded, figures and function
    words removed."""
    folded = fold(expand_abbreviations(text))
    folded = _FIGURE.sub(" ", folded)
    folded = _stopword_pattern().sub(" ", _NON_WORD.sub(" ", folded))
    return list(_SYLLABLE.findall(folded))


def terms(text: str) -> frozenset[str]:
    """Syllables and pairs of neighbouring syllables: pairs keep compound words together."""
    syl = words(text)
    return frozenset(syl) | frozenset(f"{a} {b}" for a, b in zip(syl, syl[1:], strict=False))


@cache
def _scale_words() -> dict[str, float]:
    return {fold(k): float(v) for k, v in lexicon.number_words().scales.items()}


def base_unit(target: Target) -> str | None:
    """The unit without scale words, folded: "tỷ đồng" -> "đồng", "%" -> "%"."""
    if target.base_unit:
        return " ".join(fold(target.base_unit).split())
    if not target.unit:
        return None
    syl = fold(target.unit).split()
    scales = _scale_words()
    while len(syl) > 1 and syl[0] in scales:
        syl = syl[1:]
    return " ".join(syl)


def scale(target: Target) -> float:
    """The multiplier of the target's unit: the model's own, or read from its scale words."""
    if target.base_unit or target.multiplier != 1 or not target.unit:
        return float(target.multiplier)
    factor = 1.0
    scales = _scale_words()
    for syl in fold(target.unit).split():
        if syl not in scales:
            break
        factor *= scales[syl]
    return factor


def units_agree(a: str | None, b: str | None) -> bool | None:
    """True for the same unit ("lượt lao động" ~ "lượt người lao động"), False for units that
    cannot measure the same thing, None when either is unknown."""
    if not a or not b:
        return None
    if a == b:
        return True
    if "%" in (a, b):
        return False
    la, lb = a.split(), b.split()
    short, long = (la, lb) if len(la) <= len(lb) else (lb, la)
    if long[:len(short)] == short:
        return True  # the head noun with fewer modifiers: "hộ" ~ "hộ nghèo", "xã" ~ "xã nông thôn mới"
    return len(set(la) & set(lb)) / len(set(long)) >= 0.5


def _unit_relation(old: Sequence[Target], new: Sequence[Target]) -> int:
    """+1 when some units agree, -1 when all known units disagree, 0 when nothing is known."""
    seen = False
    for a in old:
        for b in new:
            agree = units_agree(base_unit(a), base_unit(b))
            if agree:
                return 1
            seen = seen or agree is False
    return -1 if seen else 0


@dataclass(frozen=True)
class _Profile:
    name: frozenset[str]
    text: frozenset[str]
    group: frozenset[str]
    name_words: str
    verbatim: str


_HEAD_END = re.compile(r";|:\s|\.\s|,?\s+trong đó\b", re.IGNORECASE)


def head(name: str) -> str:
    """What an indicator measures is said first: a name that runs on into its sub-targets
    ("Kết nạp 125 đảng viên; 70% số doanh nghiệp ...") is cut at the first ";", ":" or
    "trong đó"."""
    m = _HEAD_END.search(name)
    return name[:m.start()] if m and words(name[:m.start()]) else name


def _profile(ind: Indicator) -> _Profile:
    name = head(ind.name or ind.text)
    return _Profile(terms(name), terms(ind.text or name), terms(ind.group or ""), " ".join(words(name)),
                    " ".join(fold(f"{ind.name}\n{ind.text}").split()))


class _Weights:
    """Inverse document frequency of terms over both documents' indicators."""

    def __init__(self, profiles: Sequence[_Profile]) -> None:
        self.count = max(len(profiles), 1)
        self.df: Counter[str] = Counter()
        for p in profiles:
            self.df.update(p.name | p.text)

    def of(self, term: str) -> float:
        weight = math.log(1 + self.count / max(self.df[term], 1))
        return weight if " " not in term else weight * 1.5

    def total(self, items: frozenset[str]) -> float:
        return sum(self.of(t) for t in items)

    def dice(self, a: frozenset[str], b: frozenset[str]) -> float:
        denominator = self.total(a) + self.total(b)
        return 2 * self.total(a & b) / denominator if denominator else 0.0

    def contained(self, part: frozenset[str], whole: frozenset[str]) -> float:
        total = self.total(part)
        return self.total(part & whole) / total if total else 0.0


def _score(a: _Profile, b: _Profile, old: Indicator, new: Indicator, w: _Weights) -> float:
    if a.verbatim == b.verbatim:
        return 1.0  # the same wording, even one with no content words left ("100%")
    from rapidfuzz import fuzz  # imported here: ``import nqparse`` stays light

    name = w.dice(a.name, b.name)
    if a.name_words and b.name_words:
        # a spelling slip ("đầu tu") splits a syllable; the character ratio still sees it
        name = max(name, 0.9 * fuzz.token_sort_ratio(a.name_words, b.name_words) / 100 - 0.1)
    core = 0.7 * name + 0.3 * w.dice(a.text, b.text)
    bonus = 0.08 * _unit_relation(old.targets, new.targets)
    if a.group and b.group:
        bonus += 0.05 * w.dice(a.group, b.group)
    return max(0.0, min(1.0, core + bonus))


@dataclass(frozen=True)
class Pair:
    old: int
    new: int
    similarity: float


@dataclass(frozen=True)
class Related:
    """An unaligned indicator whose wording stands inside an indicator of the other document."""

    index: int
    overlap: float


@dataclass(frozen=True)
class Alignment:
    pairs: list[Pair]
    removed: dict[int, Related | None]
    added: dict[int, Related | None]


def one_to_one(candidates: Sequence[tuple[tuple[float, ...], int, int]]) -> list[tuple[tuple[float, ...], int, int]]:
    """Greedy best-first assignment: ``(rank, i, j)`` taken from the highest rank down while
    neither ``i`` nor ``j`` is taken; returned in ``(i, j)`` order."""
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    chosen = []
    for rank, i, j in sorted(candidates, key=lambda c: (tuple(-r for r in c[0]), c[1], c[2])):
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            chosen.append((rank, i, j))
    return sorted(chosen, key=lambda c: (c[1], c[2]))


def align(old: Sequence[Indicator], new: Sequence[Indicator], *,
          threshold: float = DEFAULT_THRESHOLD) -> Alignment:
    """Pair the indicators of ``old`` with those of ``new`` one to one, best pairs first."""
    profiles_old = [_profile(i) for i in old]
    profiles_new = [_profile(i) for i in new]
    weights = _Weights(profiles_old + profiles_new)
    candidates: list[tuple[tuple[float, ...], int, int]] = []
    for i, (pa, ia) in enumerate(zip(profiles_old, old, strict=True)):
        for j, (pb, ib) in enumerate(zip(profiles_new, new, strict=True)):
            score = round(_score(pa, pb, ia, ib, weights), 3)
            if score >= threshold:
                # on a tie, the pair standing at the same relative place in both lists wins
                place = abs(i / max(len(old), 1) - j / max(len(new), 1))
                candidates.append(((score, -place), i, j))
    chosen = one_to_one(candidates)
    pairs = [Pair(i, j, rank[0]) for rank, i, j in chosen]
    taken_old = {p.old for p in pairs}
    taken_new = {p.new for p in pairs}

    def related(part: _Profile, others: Sequence[_Profile], aligned: set[int]) -> Related | None:
        best = max(((weights.contained(part.name, others[k].text), k) for k in sorted(aligned)), default=None)
        if best is None or best[0] < RELATED_THRESHOLD:
            return None
        return Related(best[1], round(best[0], 3))

    removed = {i: related(profiles_old[i], profiles_new, taken_new) for i in range(len(old)) if i not in taken_old}
    added = {j: related(profiles_new[j], profiles_old, taken_old) for j in range(len(new)) if j not in taken_new}
    return Alignment(pairs, removed, added)
