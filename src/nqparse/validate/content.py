"""Rules over the content of one extraction result, read as plain JSON data.

The rules read the JSON form (dicts and lists), not the pydantic models, so that they still
run on a file that breaks the schema: each rule looks only at values of the type it expects
and leaves the rest to the schema check. Every rule yields ``finding(code, path, message)``,
whose severity ``rules.RULES`` gives.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any, NamedTuple

import regex

from .. import lexicon
from ..normalize import fold
from ..phrases.docnumbers import number_pattern
from ..phrases.numbers import format_number, parse_ordinal
from ..phrases.text import squash
from .rules import ValidationFinding, finding

Rule = Callable[[dict[str, Any]], Iterator[ValidationFinding]]

NOT_OFFICIAL = ("article", "unknown")


# ---- tolerant access: a value of the wrong type reads as absent (the schema check reports it)

def as_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def records(data: dict[str, Any], key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = data.get(key)
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield i, item


def settings() -> lexicon.Rules:
    return lexicon.rules()


def this_year() -> int:
    return dt.date.today().year


# ---- indicators and their targets

def indicator_numbers(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    """A number used twice under one group; numbering that skips or goes back.

    Numbering may run on across groups (1..18 under three headings) or restart at 1 in each
    group; both are accepted. Indicators read from the text and from a table are numbered
    apart, as a document may give its list both ways.
    """
    by_source: dict[Any, list[tuple[int, dict[str, Any]]]] = {}
    for i, ind in records(data, "indicators"):
        by_source.setdefault(ind.get("source") if isinstance(ind.get("source"), str) else None, []).append((i, ind))
    for listed in by_source.values():
        yield from _numbering(listed)


def _numbering(listed: list[tuple[int, dict[str, Any]]]) -> Iterator[ValidationFinding]:
    seen: dict[tuple[str | None, int], int] = {}
    previous: tuple[int, str | None] | None = None
    for i, ind in listed:
        number = as_int(ind.get("number"))
        if number is None:
            continue
        group = as_str(ind.get("group"))
        path = f"$.indicators[{i}].number"
        first = seen.get((group, number))
        if first is not None:
            yield finding("indicator-number-duplicate", path,
                      f"indicator number {number} is used again (first at $.indicators[{first}])")
        else:
            seen[(group, number)] = i
            if previous is None:
                if number != 1:
                    yield finding("indicator-number-gap", path, f"the numbering starts at {number}, not 1")
            else:
                last, last_group = previous
                restart = number == 1 and group != last_group
                if number != last + 1 and not restart:
                    how = "jumps" if number > last else "goes back"
                    yield finding("indicator-number-gap", path, f"the numbering {how} from {last} to {number}")
        previous = (number, group)


def _targets(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for i, ind in records(data, "indicators"):
        for j, target in records(ind, "targets"):
            yield f"$.indicators[{i}].targets[{j}]", ind, target


def ranges(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    for path, _, target in _targets(data):
        low, high = as_number(target.get("min")), as_number(target.get("max"))
        if low is not None and high is not None and low > high:
            yield finding("range-inverted", f"{path}.min", f"the range runs backwards: min {format_number(low)} > max {format_number(high)}")
    tenure = as_dict(as_dict(data.get("meeting")).get("tenure"))
    start, end = as_int(tenure.get("start")), as_int(tenure.get("end"))
    if start is not None and end is not None and start > end:
        yield finding("range-inverted", "$.meeting.tenure.start", f"the tenure runs backwards: {start} > {end}")


def percentages(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    """A rate or share above 100 % where nothing says it is a growth or a ratio to a plan."""
    units = set(settings().percent_units)
    growth = [fold(w) for w in settings().growth_words]
    for path, ind, target in _targets(data):
        unit = as_str(target.get("base_unit")) or as_str(target.get("unit"))
        if unit is None or unit.strip().lower() not in units or target.get("change") is not None:
            continue
        if target.get("baseline"):
            continue
        wording = " ".join(s for s in (as_str(target.get("text")), as_str(target.get("label")),
                                       as_str(ind.get("name")), as_str(ind.get("text"))) if s)
        wording = fold(wording)
        if any(w in wording for w in growth):
            continue
        for field in ("value", "min", "max"):
            figure = as_number(target.get(field))
            if figure is not None and figure > 100:
                yield finding("percent-over-100", f"{path}.{field}",
                          f"{format_number(figure)}% is over 100% and nothing marks it as a growth or a share of a plan")
                break


class UnitVocabulary(NamedTuple):
    units: frozenset[str]
    scales: tuple[str, ...]
    prefixes: tuple[str, ...]

    def knows(self, unit: str) -> bool:
        """A listed unit, after any scale words ('nghìn tỷ đồng') and a prefix ('lượt'); a
        space beside a slash changes none ('USD/ người')."""
        words = _SLASH_SPACES.sub("/", fold(squash(unit)))
        stripped = True
        while stripped:
            stripped = False
            for scale in self.scales:
                if words.startswith(scale + " "):
                    words, stripped = words[len(scale) + 1:], True
        if words in self.units:
            return True
        return any(words.startswith(p + " ") and words[len(p) + 1:] in self.units for p in self.prefixes)


_SLASH_SPACES = re.compile(r"\s*/\s*")


@cache
def unit_vocabulary() -> UnitVocabulary:
    """The units lexicon (units, prefixes) and the scale words of the number words."""
    units = lexicon.units()

    def folded(items: Iterable[str]) -> list[str]:
        return [fold(squash(w)) for w in items]

    return UnitVocabulary(
        units=frozenset(folded(units.measures) + folded(units.counts)),
        scales=tuple(sorted(folded(lexicon.number_words().scales), key=len, reverse=True)),
        prefixes=tuple(folded(units.prefixes)),
    )


def units(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    vocabulary = unit_vocabulary()
    for path, _, target in _targets(data):
        unit = as_str(target.get("unit"))
        if not unit or vocabulary.knows(unit):
            continue
        base = as_str(target.get("base_unit"))
        if base and vocabulary.knows(base):
            continue
        yield finding("unit-unknown", f"{path}.unit", f"the unit {unit!r} is not in the units lexicon")


# ---- dates and years

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _dates(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    yield "$.document.date", as_dict(data.get("document")).get("date")
    yield "$.meeting.date", as_dict(data.get("meeting")).get("date")
    for i, ref in records(data, "references"):
        yield f"$.references[{i}].date", ref.get("date")


def parse_iso(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not _ISO.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def dates(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    years = settings().years
    earliest, latest = years.earliest, this_year() + years.dates_after_this_year
    for path, value in _dates(data):
        if not isinstance(value, str):
            continue
        day = parse_iso(value)
        if day is None:
            yield finding("date-invalid", path, f"{value!r} is not a real date written YYYY-MM-DD")
        elif not earliest <= day.year <= latest:
            yield finding("date-out-of-range", path, f"{value} is outside the years {earliest} to {latest}")
    document, meeting = as_dict(data.get("document")), as_dict(data.get("meeting"))
    issued, met = parse_iso(document.get("date")), parse_iso(meeting.get("date"))
    if issued and met and met > issued and document.get("kind") not in NOT_OFFICIAL:
        yield finding("meeting-after-issue", "$.meeting.date",
                  f"the meeting ({met.isoformat()}) is dated after the document's issue ({issued.isoformat()})")


def years(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    limits = settings().years
    earliest, latest = limits.earliest, this_year() + limits.dates_after_this_year + limits.horizon_years
    document = as_dict(data.get("document"))
    found: list[tuple[str, int | None]] = [("$.document.year", as_int(document.get("year")))]
    found += [(f"$.themes[{i}].year", as_int(t.get("year"))) for i, t in records(data, "themes")]
    found += [(f"{p}.year", as_int(t.get("year"))) for p, _, t in _targets(data)]
    tenure = as_dict(as_dict(data.get("meeting")).get("tenure"))
    found += [(f"$.meeting.tenure.{k}", as_int(tenure.get(k))) for k in ("start", "end")]
    for path, year in found:
        if year is not None and not earliest <= year <= latest:
            yield finding("year-out-of-range", path, f"the year {year} is outside {earliest} to {latest}")
    plan, issued = as_int(document.get("year")), parse_iso(document.get("date"))
    if plan is not None and issued is not None and earliest <= plan <= latest:
        before, after = limits.plan_years_before_issue, limits.plan_years_after_issue
        if not issued.year - before <= plan <= issued.year + after:
            yield finding("plan-year-far", "$.document.year",
                      f"the plan year {plan} is far from the year of issue {issued.year}")


def positive_numbers(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    meeting = as_dict(data.get("meeting"))
    found = [(f"$.meeting.{k}", as_int(meeting.get(k))) for k in ("ordinal", "term")]
    found += [(f"$.indicators[{i}].number", as_int(ind.get("number"))) for i, ind in records(data, "indicators")]
    for path, number in found:
        if number is not None and number < 1:
            yield finding("number-not-positive", path, f"{number} cannot be an ordinal, a term or an item number")


# ---- document numbers

# a unit's code may join two offices by "&" ("2701/SNV-CCHC&VTLT", "107/KHPH-CA-GD&ĐT")
_UNIT_CODE = r"[A-ZĐƯ][A-Za-zĐđƯư0-9]{0,11}"
_OFFICIAL_LETTER = re.compile(rf"(?P<n>\d{{1,5}})/(?P<b>[A-ZĐƯ][A-Za-zĐđƯư]{{1,11}})(?:-{_UNIT_CODE}(?:&{_UNIT_CODE})*)+")


class NumberForm(NamedTuple):
    system: str  # "party" or "state"
    type_code: str | None
    body_code: str | None


def number_form(number: str) -> NumberForm | None:
    """The form a số ký hiệu is written in, or None when it fits none."""
    # as written, a number may hold a stray space ("5973 /UBND-KT"): its form is that of its signs
    text = regex.sub(r"\s+", "", regex.sub(r"[\u2010-\u2015\u2212]", "-", number))
    m = number_pattern().fullmatch(text)
    if m:
        g = m.groupdict()
        if g["pn"]:
            return NumberForm("party", g["pt"], g["pb"])
        if g["qn"]:
            return NumberForm("state", g["qt"], f"{g['qt']}{g['qk']}")
        return NumberForm("state", g["lt"] or g["at"], g["lb"] or g["ab"])
    # a state body's công văn: its code, then the drafting unit's (12/UBND-VX, 2856/SNNMT-CCMT);
    # a party body writes its letters in the party form (12-CV/TU)
    m = _OFFICIAL_LETTER.fullmatch(text)
    if m and m.group("b") not in _party_codes():
        return NumberForm("state", None, m.group("b"))
    return None


def _same_body(given: str, read: str) -> bool:
    """Whether ``given`` is the body code ``read`` from the number, or it with the drafting
    unit a letter writes after it ("UBND-KT" for 5973/UBND-KT)."""
    given, read = regex.sub(r"\s", "", given), regex.sub(r"\s", "", read)
    return given == read or given.startswith(read + "-")


def _party_codes() -> set[str]:
    return {code for code in lexicon.bodies().codes if code not in settings().state_body_codes}


def _kinds_of(type_code: str | None) -> set[str]:
    if not type_code:
        return set()
    kinds: set[str] = {kind for code, kind in lexicon.document_types().codes.items() if code == type_code and kind}
    if type_code in settings().quy_dinh_alternate_codes:
        kinds.add("quy_dinh")
    return kinds


def _system_of_body(body: str | None) -> str | None:
    if not body:
        return None
    head = body.split("-")[0]
    if head in settings().state_body_codes or regex.fullmatch(r"(?:UBTV)?QH\d*", head):
        return "state"
    return "party" if head in _party_codes() else None


def numbers(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    document = as_dict(data.get("document"))
    found = [("$.document", document, as_str(document.get("kind")))]
    found += [(f"$.references[{i}]", ref, as_str(ref.get("kind"))) for i, ref in records(data, "references")]
    for path, record, kind in found:
        number = as_str(record.get("number"))
        if not number:
            continue
        form = number_form(number)
        if form is None:
            yield finding("number-form", f"{path}.number",
                      f"{number!r} fits neither the party form N-TYPE/BODY nor a state form N/TYPE-BODY, "
                      "N/YEAR/TYPE-BODY or N/YEAR/QH<term>")
            continue
        code = as_str(record.get("type_code"))
        if code and form.type_code and code != form.type_code:
            yield finding("number-parts-mismatch", f"{path}.type_code",
                      f"type_code {code!r} is not the type code of {number!r} ({form.type_code})")
        body = as_str(record.get("body_code"))
        if body and form.body_code and not _same_body(body, form.body_code):
            yield finding("number-parts-mismatch", f"{path}.body_code",
                      f"body_code {body!r} is not the body code of {number!r} ({form.body_code})")
        kinds = _kinds_of(form.type_code)
        if kind and kind not in NOT_OFFICIAL and kinds and kind not in kinds:
            yield finding("number-kind-mismatch", f"{path}.number",
                      f"{number!r} carries the type code {form.type_code} of {'/'.join(sorted(kinds))}, "
                      f"but the document is a {kind}")
        system = _system_of_body(form.body_code)
        if system and system != form.system:
            yield finding("number-system", f"{path}.number",
                      f"{number!r} is written in the {form.system} form, but {form.body_code} is a {system} body")


# ---- the official form

def official_form(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    kind = as_dict(data.get("document")).get("kind")
    if not isinstance(kind, str) or kind in NOT_OFFICIAL:
        return
    signature = as_dict(data.get("signature"))
    if not any(as_str(signature.get(k)) for k in ("signer", "title", "authority")):
        yield finding("official-no-signature", "$.signature", f"a {kind} should be signed, and no signature was found")
    if not any(True for _ in records(data, "recipients")):
        yield finding("official-no-recipients", "$.recipients", f"a {kind} should list its recipients (Nơi nhận)")


def recipients_archive(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    listed = list(records(data, "recipients"))
    if listed and not any(r.get("archive") is True for _, r in listed):
        yield finding("recipients-no-archive", "$.recipients",
                  "the Nơi nhận list has no archive line ('Lưu ...')")


# ---- spans

def _spans(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], tuple[str | None, Any]]]:
    """Every span with each value it was read for (field None: a value the rule cannot judge)."""
    for section in ("document", "issuer", "meeting", "signature"):
        node = as_dict(data.get(section))
        for field, span in as_dict(node.get("spans")).items():
            if isinstance(span, dict):
                yield f"$.{section}.spans.{field}", span, (field, node.get(field))
    listed: tuple[tuple[str, str | None], ...] = (
        ("themes", "text"), ("recipients", "name"), ("references", "number"), ("assignments", "bodies"),
        ("results", None), ("warnings", None))
    for key, value_field in listed:
        for i, rec in records(data, key):
            span = rec.get("span")
            if isinstance(span, dict):
                yield f"$.{key}[{i}].span", span, (value_field, rec.get(value_field) if value_field else None)
    yield from _indicator_spans(data)


def _indicator_spans(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], tuple[str | None, Any]]]:
    """An indicator's span holds its text, its name's words and (in running text) its targets'
    units; a target's span holds its text and its figures."""
    for i, rec in records(data, "indicators"):
        span = rec.get("span")
        if isinstance(span, dict):
            path = f"$.indicators[{i}].span"
            yield path, span, ("text", rec.get("text"))
            yield path, span, ("name", rec.get("name"))
            if rec.get("source") != "table":  # a table's unit may stand in its heading
                for _, target in records(rec, "targets"):
                    yield path, span, ("unit", target.get("unit"))
        for j, target in records(rec, "targets"):
            span = target.get("span")
            if isinstance(span, dict):
                path = f"$.indicators[{i}].targets[{j}].span"
                yield path, span, ("text", target.get("text"))
                yield path, span, ("figures", target)


def _folded(text: str) -> str:
    return regex.sub(r"[\s\-–—‐]+", " ", text).strip().lower()


def _points_at(field: str | None, value: Any, piece: str) -> bool:
    """Whether ``piece`` (the spanned text) can hold ``value``; values the rule cannot judge pass."""
    if field == "date" and isinstance(value, str):
        # the year may be settled from context ('Ngày 19/7'): the day and month must be there
        day = parse_iso(value)
        figures = {int(n) for n in regex.findall(r"\d{1,4}", piece)}
        return day is None or (day.day in figures and day.month in figures)
    check = _CHECKS.get(field or "")
    if check is not None:
        return check(value, piece)
    if isinstance(value, str) and value and field not in ("kind", "level"):
        return _folded(value) in _folded(piece)
    return True


def _words_of(text: str) -> set[str]:
    return set(regex.findall(r"\w+", fold(text).lower()))


def _has_words(value: Any, piece: str) -> bool:
    """Every word of a name (or of each name in a list) stands in the piece, figures and
    target words removed from between them as the extractors remove them."""
    names = value if isinstance(value, list) else [value]
    words = _words_of(piece)
    return all(_words_of(name) <= words for name in names if isinstance(name, str))


def _has_unit(value: Any, piece: str) -> bool:
    return not isinstance(value, str) or not value or _folded(value) in _folded(piece)


_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def _has_figures(target: Any, piece: str) -> bool:
    """A target's value, min and max are numerals of the piece (words such as 'không còn'
    cannot be judged: a piece without digits passes)."""
    from ..phrases.numbers import parse_number

    written = [parse_number(n) for n in _NUMERAL.findall(piece)]
    if not written:
        return True
    numbers = {float(n) for n in written if n is not None}
    figures = [as_number(target.get(k)) for k in ("value", "min", "max")] if isinstance(target, dict) else []
    return all(f is None or any(math.isclose(f, n, rel_tol=1e-9) for n in numbers) for f in figures)


def _has_ordinal(value: Any, piece: str) -> bool:
    """An ordinal or term as written: 7, 'VII', 'bảy', 'thứ bảy'."""
    number = as_int(value)
    return number is None or any(parse_ordinal(part) == number for part in (piece, *piece.split()))


def _has_tenure(value: Any, piece: str) -> bool:
    years = {int(n) for n in regex.findall(r"\d{4}", piece)}
    node = as_dict(value)
    return all(y is None or y in years for y in (as_int(node.get("start")), as_int(node.get("end"))))


_CHECKS: dict[str, Callable[[Any, str], bool]] = {
    "name": _has_words, "bodies": _has_words, "unit": _has_unit, "figures": _has_figures,
    "ordinal": _has_ordinal, "term": _has_ordinal, "tenure": _has_tenure,
}


def spans(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    text = as_str(data.get("text"))
    for path, span, (field, value) in _spans(data):
        start, end = as_int(span.get("start")), as_int(span.get("end"))
        if start is None or end is None:
            continue
        if start < 0 or end < start:
            yield finding("span-invalid", path, f"the span {start}..{end} is not a stretch of text")
            continue
        if text is None:
            continue
        if end > len(text):
            yield finding("span-mismatch", path, f"the span {start}..{end} runs past the end of the text ({len(text)})")
        elif not _points_at(field, value, text[start:end]):
            yield finding("span-mismatch", path, f"text[{start}:{end}] is {squash(text[start:end])[:60]!r}, "
                      f"which does not hold {_shown(field, value)}")


def _shown(field: str | None, value: Any) -> str:
    if field == "figures" and isinstance(value, dict):
        figures = [format_number(v) for k in ("value", "min", "max") if (v := as_number(value.get(k))) is not None]
        return "the figure " + " to ".join(figures)
    return f"the {field} {value!r}" if field in ("name", "unit", "bodies") else repr(value)


# kinds whose year (document.year) is the year they plan for, not the one they report on
_PLANS = frozenset({"nghi_quyet", "ke_hoach", "chuong_trinh", "chi_thi"})


def results(data: dict[str, Any]) -> Iterator[ValidationFinding]:
    """A result reports on a year already under way when the document was written, and its
    verdict agrees with its share of the plan."""
    document = as_dict(data.get("document"))
    issued = parse_iso(document.get("date"))
    written = issued.year if issued else None
    plan_year = as_int(document.get("year"))
    for i, result in records(data, "results"):
        year = as_int(result.get("year"))
        if year is not None and written is not None and year > written:
            # a report of the third quarter of 2025, dated in 2025, reports on 2025 itself
            yield finding("result-year-not-past", f"$.results[{i}].year",
                          f"a result for {year} in a document written in {written}")
        elif year is not None and written is None and plan_year is not None and year >= plan_year \
                and document.get("kind") in _PLANS:
            yield finding("result-year-not-past", f"$.results[{i}].year",
                          f"a result for {year} in an undated document planning for {plan_year}")
        share, verdict = as_number(result.get("percent_of_target")), result.get("verdict")
        if share is not None and ((verdict == "exceeded" and share < 100) or (verdict == "missed" and share > 100)):
            yield finding("result-verdict-share", f"$.results[{i}].verdict",
                      f"'{verdict}' with {format_number(share)}% of the plan")


CHECKS: tuple[Rule, ...] = (indicator_numbers, ranges, percentages, units, dates, years, positive_numbers,
                           numbers, official_form, recipients_archive, spans, results)


def content_findings(data: dict[str, Any]) -> list[ValidationFinding]:
    return [found for rule in CHECKS for found in rule(data)]
