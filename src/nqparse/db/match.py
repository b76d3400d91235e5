"""Matching across documents: which body issued a document, what an indicator measures, and
which indicators of one body's yearly resolutions are the same indicator.

1. An issuer is known by a key of level, place and kind of body (BCH, BTV, HĐND, UBND):
   "Thành ủy Hải Phòng", "BCH Đảng bộ thành phố" (place from the header's parent body or the
   place line) and "Ban Chấp hành Đảng bộ thành phố Hải Phòng" share the key
   ``province|hai phong|BCH``. A body whose place cannot be told keeps its name in the key,
   so it is never merged with another by guess.
2. A concept (``grdp_growth``, ``poverty_rate``, ...) is read from an indicator's name with
   the lexicon ``concepts.json``, on folded words with abbreviations expanded.
3. Indicators are chained year to year within one issuer: each document's indicators are
   aligned (align.py, as ``nqparse diff`` pairs them) with the latest indicator of every chain
   so far, so an indicator renumbered, reworded, or left out for a year still joins its chain.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex

from .. import lexicon
from ..compare.align import align
from ..models import Indicator, Span, Target
from ..normalize import fold, plain
from ..phrases.text import expand_abbreviations

_NON_LETTER = regex.compile(r"[^\p{L}\d%]+")


@lru_cache(maxsize=65536)  # names repeat year after year and place after place
def folded_words(text: str) -> str:
    """Lower case, no diacritics, abbreviations expanded, one space between words."""
    return " ".join(_NON_LETTER.sub(" ", plain(fold(expand_abbreviations(text)))).split())


def _phrase(words: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\d]){regex.escape(folded_words(words))}(?![\p{{L}}\d])")


@dataclass(frozen=True)
class Concept:
    name: str
    label: str
    all: tuple[tuple[regex.Pattern[str], ...], ...]
    none: tuple[regex.Pattern[str], ...]
    lower_is_better: bool


@cache
def concepts() -> tuple[Concept, ...]:
    return tuple(Concept(name, spec.label, tuple(tuple(_phrase(w) for w in group) for group in spec.all),
                         tuple(_phrase(w) for w in spec.none), spec.lower_is_better)
                 for name, spec in lexicon.concepts().concepts.items())


@lru_cache(maxsize=65536)
def concept_of(name: str) -> str | None:
    """The canonical concept an indicator's name measures, or None."""
    words = folded_words(name)
    for concept in concepts():
        if all(any(p.search(words) for p in group) for group in concept.all) and \
                not any(p.search(words) for p in concept.none):
            return concept.name
    return None


def lower_is_better(concept: str | None) -> bool:
    return any(c.name == concept and c.lower_is_better for c in concepts())


# --- issuers ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class IssuerKey:
    key: str
    level: str | None
    place: str | None
    kind: str
    parent_place: str | None
    name: str | None


@dataclass(frozen=True)
class _BodyWords:
    kinds: tuple[tuple[str, tuple[regex.Pattern[str], ...]], ...]
    place: regex.Pattern[str]
    unit_levels: dict[str, str]
    own_unit: dict[str, str]


@cache
def _body_words() -> _BodyWords:
    data = lexicon.body_kinds()
    kinds = tuple((kind, tuple(_phrase(w) for w in words)) for kind, words in data.kinds)
    units: dict[str, str] = {folded_words(k): v for k, v in lexicon.bodies().localities.items()}
    bodies = sorted((folded_words(w) for w in data.body_words), key=len, reverse=True)
    unit_alt = "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))
    # the last body word names the body: "Ban Thường vụ Thành ủy" is the standing committee of the Thành ủy
    place = regex.compile(rf"^(?:.*\s)?(?P<body>{'|'.join(map(regex.escape, bodies))})"
                          rf"(?:\s+(?P<unit>{unit_alt}))?(?:\s+(?P<place>\S.*))?$")
    return _BodyWords(kinds, place, units, {folded_words(k): v for k, v in data.own_unit.items()})


def _kind(words: str) -> str:
    for kind, patterns in _body_words().kinds:
        if any(p.search(words) for p in patterns):
            return kind
    return words or "?"


def _place(name: str | None) -> tuple[str | None, str | None]:
    """The place a body's name gives, title-cased, and the level its unit word names."""
    if not name:
        return None, None
    words = folded_words(name)
    m = _body_words().place.match(words)
    if m is None:
        return None, None
    b = _body_words()
    level = b.unit_levels.get(m.group("unit") or "") or b.own_unit.get(m.group("body"))
    place = m.group("place")
    if not place:
        return None, level
    # the same words in the name as written: folded_words keeps their order and count
    original = " ".join(_NON_LETTER.sub(" ", expand_abbreviations(name)).split())
    return " ".join(original.split()[-len(place.split()):]).title(), level


def issuer_key(issuer: dict[str, Any], document: dict[str, Any]) -> IssuerKey:
    """The key that one body's documents share, from an extract result's issuer and document."""
    name = issuer.get("name")
    level = issuer.get("level")
    words = folded_words(name or "")
    kind = _kind(words)
    place, name_level = _place(name)
    parent_place, parent_level = _place(issuer.get("parent"))
    level = level or name_level
    if place is None and parent_place and (parent_level == level or level is None):
        place, parent_place = parent_place, None  # "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG / THÀNH ỦY"
    if place is None and document.get("place"):
        place = str(document["place"]).strip().title()  # the place line: "Kiến An, ngày ..."
    where = folded_words(place) if place else f"?{words}"
    return IssuerKey(f"{level or '?'}|{where}|{kind}", level, place, kind, parent_place, name)


# --- chains of indicators, year to year ---------------------------------------------------------

@dataclass
class _Member:
    id: int
    year: int | None
    name: str
    folded: str
    concept: str | None
    build: Callable[[], Indicator]
    _model: Indicator | None = None

    @property
    def model(self) -> Indicator:
        """The model align.py reads, built only for the few indicators whose name changed."""
        if self._model is None:
            self._model = self.build()
        return self._model


@dataclass
class _Chain:
    members: list[_Member]

    @property
    def head(self) -> _Member:
        return self.members[-1]


def _indicator(conn: sqlite3.Connection, row: Any) -> Callable[[], Indicator]:
    def build() -> Indicator:
        targets = [Target.model_construct(value=t[0], min=t[1], max=t[2], unit=t[3], base_unit=t[4],
                                          multiplier=t[5] or 1, span=Span(start=0, end=0))
                   for t in conn.execute("SELECT value, min, max, unit, base_unit, multiplier FROM targets "
                                         "WHERE indicator_id = ? ORDER BY position", (row[0],))]
        return Indicator.model_construct(number=row[2], group=row[3], name=row[4], text=row[5] or row[4],
                                         targets=targets, span=Span(start=row[8] or 0, end=row[9] or 0))
    return build


def _models(conn: sqlite3.Connection, where: str, args: tuple[Any, ...]) -> list[_Member]:
    """The indicators ``where`` selects, in their document's order."""
    rows = conn.execute(f"SELECT id, year, number, group_name, name, text, folded, concept, span_start, span_end "
                        f"FROM indicators WHERE {where} ORDER BY position", args).fetchall()
    return [_Member(r[0], r[1], r[4], r[6], r[7], _indicator(conn, r)) for r in rows]


def pair(old: list[_Member], new: list[_Member]) -> list[tuple[int, int, float]]:
    """(old index, new index, similarity): the same name first, then the diff's alignment."""
    by_name: dict[str, int] = {}
    for i, m in enumerate(old):
        by_name.setdefault(m.folded, i)
    pairs: list[tuple[int, int, float]] = []
    taken_old: set[int] = set()
    rest_new: list[int] = []
    for j, m in enumerate(new):
        same = by_name.get(m.folded)
        if same is not None and same not in taken_old:
            pairs.append((same, j, 1.0))
            taken_old.add(same)
        else:
            rest_new.append(j)
    rest_old = [i for i in range(len(old)) if i not in taken_old]
    if rest_old and rest_new:
        alignment = align([old[i].model for i in rest_old], [new[j].model for j in rest_new])
        pairs += [(rest_old[p.old], rest_new[p.new], p.similarity) for p in alignment.pairs]
    return pairs


def link(conn: sqlite3.Connection, issuer_id: int) -> None:
    """Build the issuer's chains again: series rows, each indicator's series and previous
    indicator, and each result's indicator of the same year."""
    conn.execute("UPDATE indicators SET series_id = NULL, previous_id = NULL, similarity = NULL WHERE issuer_id = ?",
                 (issuer_id,))
    conn.execute("UPDATE results SET series_id = NULL, indicator_id = NULL WHERE issuer_id = ?", (issuer_id,))
    conn.execute("DELETE FROM series WHERE issuer_id = ?", (issuer_id,))
    chains: list[_Chain] = []
    documents = conn.execute("SELECT id FROM documents WHERE issuer_id = ? ORDER BY year, date, id", (issuer_id,))
    for (doc_id,) in documents.fetchall():
        members = _models(conn, "document_id = ?", (doc_id,))
        heads = [c.head for c in chains]
        paired: set[int] = set()
        pairs = pair(heads, members)
        conn.executemany("UPDATE indicators SET previous_id = ?, similarity = ? WHERE id = ?",
                         [(heads[i].id, round(similarity, 3), members[j].id) for i, j, similarity in pairs])
        for i, j, _ in pairs:
            chains[i].members.append(members[j])
            paired.add(j)
        chains += [_Chain([m]) for j, m in enumerate(members) if j not in paired]
    for chain in chains:
        _write_series(conn, issuer_id, chain)
    _link_results(conn, issuer_id)


def _write_series(conn: sqlite3.Connection, issuer_id: int, chain: _Chain) -> None:
    concepts = Counter(m.concept for m in chain.members if m.concept)
    years = [m.year for m in chain.members if m.year is not None]
    cur = conn.execute("INSERT INTO series (issuer_id, concept, name, first_year, last_year) VALUES (?, ?, ?, ?, ?)",
                       (issuer_id, concepts.most_common(1)[0][0] if concepts else None, chain.head.name,
                        min(years, default=None), max(years, default=None)))
    conn.executemany("UPDATE indicators SET series_id = ? WHERE id = ?",
                     [(cur.lastrowid, m.id) for m in chain.members])


def _link_results(conn: sqlite3.Connection, issuer_id: int) -> None:
    """A result of year N goes with the indicator that set the target for N, else with the
    issuer's one series of the same concept."""
    years = [r[0] for r in conn.execute("SELECT DISTINCT year FROM results WHERE issuer_id = ? AND year IS NOT NULL",
                                        (issuer_id,))]
    for year in years:
        targets = _models(conn, "issuer_id = ? AND year = ?", (issuer_id, year))
        rows = conn.execute("SELECT id, name, text, folded, concept, unit, base_unit, multiplier, value FROM results "
                            "WHERE issuer_id = ? AND year = ? ORDER BY document_id, position", (issuer_id, year)).fetchall()
        results = [_Member(r[0], year, r[1], r[3], r[4], _result_indicator(r)) for r in rows]
        linked: set[int] = set()
        for i, j, _ in pair(targets, results):
            conn.execute("UPDATE results SET indicator_id = ?, series_id = (SELECT series_id FROM indicators "
                         "WHERE id = ?) WHERE id = ?", (targets[i].id, targets[i].id, results[j].id))
            linked.add(j)
        for j, r in enumerate(results):
            if j not in linked and r.concept:
                _link_by_concept(conn, issuer_id, year, r)


def _result_indicator(row: Any) -> Callable[[], Indicator]:
    """A result read as an indicator with one target, for the alignment."""
    def build() -> Indicator:
        target = Target.model_construct(value=row[8], min=None, max=None, unit=row[5], base_unit=row[6],
                                        multiplier=row[7] or 1, span=Span(start=0, end=0))
        return Indicator.model_construct(number=None, group=None, name=row[1], text=row[2] or row[1],
                                         targets=[target], span=Span(start=0, end=0))
    return build


def _link_by_concept(conn: sqlite3.Connection, issuer_id: int, year: int, result: _Member) -> None:
    """The one indicator of that year with the result's concept, else the one series with it."""
    same_year = conn.execute("SELECT id, series_id FROM indicators WHERE issuer_id = ? AND year = ? AND concept = ?",
                             (issuer_id, year, result.concept)).fetchall()
    if len(same_year) == 1:
        conn.execute("UPDATE results SET indicator_id = ?, series_id = ? WHERE id = ?",
                     (same_year[0][0], same_year[0][1], result.id))
        return
    series = conn.execute("SELECT id FROM series WHERE issuer_id = ? AND concept = ?",
                          (issuer_id, result.concept)).fetchall()
    if len(series) == 1:
        conn.execute("UPDATE results SET series_id = ? WHERE id = ?", (series[0][0], result.id))
