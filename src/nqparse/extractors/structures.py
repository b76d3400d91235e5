"""The parts of a structure are one indicator: "Cơ cấu kinh tế năm 2025: Công nghiệp - xây
dựng 49 - 50%; Dịch vụ 46 - 47%; Nông, lâm nghiệp, thủy sản 3 - 5%" sets one target, the
shares of its parts, as a numbered item gives it ("5. Tỷ trọng cơ cấu kinh tế: ..."). Running
text lists the parts as clauses, which the prose readers read one indicator each; here the
shares that follow a structure's colon in its sentence are joined under the structure's name,
each labelled with its part.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..lexicon import alternation, figures
from ..normalize import fold
from ..phrases.lazy import lazy_regex
from ..phrases.terms import LED_YEAR
from ..records import At
from ..segment import Layout

if TYPE_CHECKING:
    from .indicator_common import Indicator

# the end of the sentence or paragraph the parts are listed in
_LIST_END = lazy_regex(r"[.!?](?=[ ]+[\p{Lu}\d])|\n")
# what stands around the structure's name: "đến năm 2025 tỷ trọng ... của huyện là:"
_TIME_BEFORE = lazy_regex(rf"^{LED_YEAR}[ ]*,?[ ]*", regex.IGNORECASE)
# the word that links a label to what it lists: "... của huyện là:", "Một số chỉ tiêu cụ thể như:"
TRAILING_LINK = lazy_regex(r"[ ]+(?:như sau|như|bao gồm|gồm|là)[ ]*$")


@cache
def _structure() -> regex.Pattern[str]:
    """A structure's name up to its colon, in folded text; "tái cơ cấu" restructures, it lists nothing."""
    words = [fold(w) for w in figures().list_context["structures"]]
    return regex.compile(rf"(?<!\w)(?<!tái[ ])(?:{alternation(words)})(?!\w)[^.;:\n]{{0,80}}:")


def join_structures(layout: Layout, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the unnumbered indicators of each structure's parts made one."""
    text, folded = layout.text.text, layout.text.folded
    if not any(w in folded for w in figures().list_context["structures"]):
        return found
    for m in _structure().finditer(folded):
        stop = _LIST_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        # parts listed with commas end at the sentence's next ";" ("là: A chiếm 42%, B chiếm 46%; C ...")
        semi = text.find(";", m.end(), end)
        # a part read with the lead ("Cơ cấu kinh tế chuyển dịch như sau: A chiếm 38%, ...; B
        # chiếm 36%; C chiếm 25%"): its figures, not its start, stand after the colon
        parts = [i for i in found if i.number is None and (m.end() <= i.at.start < end or (
            i.at.start < m.end() <= i.at.end and i.targets and all(m.end() <= t.start < end for t in i.targets)))]
        if semi >= 0 and sum(i.at.start < semi for i in parts) >= 2:
            parts = [i for i in parts if i.at.start < semi]
        if len(parts) < 2 or any(t.unit != "%" for p in parts for t in p.targets):
            continue  # shares of a whole, two parts at least
        clause = max(text.rfind(mark, 0, m.start()) for mark in (";", ".", "\n", ":")) + 1
        clause += len(text[clause:m.start()]) - len(text[clause:m.start()].lstrip())
        name = TRAILING_LINK.sub("", _TIME_BEFORE.sub("", text[clause:m.end() - 1].rstrip()))
        targets = tuple(replace(t, label=_capitalized(t.label or p.name)) for p in parts for t in p.targets)
        whole = replace(parts[0], name=_capitalized(name), at=At(clause, parts[-1].at.end), targets=targets)
        merged = {id(p) for p in parts[1:]}
        found = [whole if i is parts[0] else i for i in found if id(i) not in merged]
    return _join_parts_after_in_which(text, folded, found)


@cache
def _structure_in_which() -> regex.Pattern[str]:
    """A structure's name then ", trong đó" and its first part, in folded text ("cơ cấu kinh tế
    chuyển dịch đúng hướng, trong đó nông, lâm, thủy sản 51%")."""
    words = [fold(w) for w in figures().list_context["structures"]]
    return regex.compile(rf"(?<!\w)(?<!tái[ ])(?:{alternation(words)})(?!\w)[^.;:\n]{{0,80}}?,[ ]*trong đó[ ]+")


def _join_parts_after_in_which(text: str, folded: str, found: list[Indicator]) -> list[Indicator]:
    """The structure read with its first part ("..., trong đó nông, lâm, thủy sản 51%") takes the
    parts listed after it with a ';' or ',', each a bare share ("; thương mại - dịch vụ 15%; công
    nghiệp - xây dựng 36%"), up to the first that is not one."""
    for m in _structure_in_which().finditer(folded):
        owner = next((i for i in found if i.number is None and i.at.start <= m.start() < i.at.end
                      and i.targets and all(t.unit == "%" for t in i.targets)), None)
        if owner is None:
            continue
        parts, end = [], owner.at.end
        for i in found[found.index(owner) + 1:]:
            bare = i.number is None and len(i.targets) == 1 and i.targets[0].unit == "%" and not i.targets[0].led
            if not bare or text[end:i.at.start].strip() not in (";", ","):
                break
            parts.append(i)
            end = i.at.end
        if not parts:
            continue
        targets = owner.targets + tuple(replace(t, label=t.label or p.name) for p in parts for t in p.targets)
        whole = replace(owner, at=At(owner.at.start, end), targets=targets)
        merged = {id(p) for p in parts}
        found = [whole if i is owner else i for i in found if id(i) not in merged]
    return found


def _capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]
