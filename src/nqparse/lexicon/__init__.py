"""Word lists kept as data: each JSON file says where its words come from in ``_source``.

Each file is read once into a frozen record of its own type (``bodies()``, ``units()``, ...),
so a misspelt key fails where it is read and the type checker knows every list. Keys that
start with "_" are notes for the reader and are not loaded. Lists become tuples and objects
read-only mappings; a list that holds another list's words besides its own takes them in
as it is read (``_JOINED``), so that they are written once. ``alternation`` turns a list into a pattern; the patterns that several
modules match are built here, from their one list, and cached.
"""

import json
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

import regex

from ..records import DocumentKind, Level

# ---- the records, one per file: named tuples, read-only, whose annotations are types, not
# strings (no `from __future__ import annotations`), as each is made at every start-up and a
# frozen dataclass, or a string annotation to compile, costs ten times as much


class Abbreviations(NamedTuple):
    expansions: Mapping[str, str]
    dotted: tuple[str, ...]


class AssigneeHeads(NamedTuple):
    heads: tuple[str, ...]
    modifiers: tuple[str, ...]
    generic_heads: tuple[str, ...]
    sectors: tuple[str, ...]
    titles: tuple[str, ...]
    inspectorates: tuple[str, ...]
    joint_offices: tuple[str, ...]
    joint_office_bodies: tuple[str, ...]
    own_offices: tuple[str, ...]
    bare_nouns: tuple[str, ...]
    collective_nouns: tuple[str, ...]
    purpose_heads: tuple[str, ...]
    qualifying_verbs: tuple[str, ...]
    serving_verbs: tuple[str, ...]
    owned_heads: tuple[str, ...]
    described_nouns: tuple[str, ...]
    listed_people: tuple[str, ...]
    addresses: tuple[str, ...]


class TaskOpeners(NamedTuple):
    words: tuple[str, ...]
    label_verbs: tuple[str, ...]
    name_ends: tuple[str, ...]


class HeaderOpeners(NamedTuple):
    words: tuple[str, ...]


class NeedsParent(NamedTuple):
    names: tuple[str, ...]


class IssuerNames(NamedTuple):
    before_unit: tuple[str, ...]
    before_committee: tuple[str, ...]
    alone: tuple[str, ...]
    before_topic: tuple[str, ...]


class Bodies(NamedTuple):
    codes: Mapping[str, Level | None]
    localities: Mapping[str, Level]
    level_words: Mapping[str, Level]
    issuer_heads: tuple[str, ...]
    issuer_names: IssuerNames
    assignee_heads: AssigneeHeads
    task_openers: TaskOpeners
    header_openers: HeaderOpeners
    needs_parent: NeedsParent
    asking_verbs: tuple[str, ...]
    electing_verbs: tuple[str, ...]
    urging_words: tuple[str, ...]
    obliging_words: tuple[str, ...]
    appeal_leads: tuple[str, ...]
    grounds_openers: tuple[str, ...]
    meeting_participants: tuple[str, ...]
    meeting_delegates: tuple[str, ...]
    city_words: tuple[str, ...]
    central_posts: tuple[str, ...]
    central_bodies: tuple[str, ...]
    given_things: tuple[str, ...]
    council_of_committee: Mapping[str, str]
    abbreviated_localities: Mapping[str, Level]
    counted_units: Mapping[str, Level]
    villages_below: tuple[str, ...]


class BodyKinds(NamedTuple):
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    body_words: tuple[str, ...]
    own_unit: Mapping[str, str]


class Concept(NamedTuple):
    label: str
    all: tuple[tuple[str, ...], ...]
    none: tuple[str, ...] = ()
    lower_is_better: bool = False


class Concepts(NamedTuple):
    concepts: Mapping[str, Concept]


class DiffWords(NamedTuple):
    stopwords: tuple[str, ...]
    abbreviations: Mapping[str, str]


class DocumentType(NamedTuple):
    title: str
    kind: DocumentKind
    codes: tuple[str, ...]


class DocumentTypes(NamedTuple):
    types: tuple[DocumentType, ...]
    codes: Mapping[str, DocumentKind | None]


class Figures(NamedTuple):
    comparators_before: Mapping[str, str]
    comparators_after: Mapping[str, str]
    range_start: tuple[str, ...]
    range_words: tuple[str, ...]
    changes: Mapping[str, str]
    not_changes: tuple[str, ...]
    rates: tuple[str, ...]
    levels: tuple[str, ...]
    leads: tuple[str, ...]
    not_before: tuple[str, ...]
    duration_leads: tuple[str, ...]
    baseline: str
    zero: tuple[str, ...]
    sub_target: tuple[str, ...]
    spelled_out: tuple[str, ...]
    list_context: Mapping[str, tuple[str, ...]]
    label_starts: tuple[str, ...]
    name_edges: tuple[str, ...]
    change_measures: tuple[str, ...]
    grades: tuple[str, ...]
    item_values: tuple[str, ...]
    totals: tuple[str, ...]


class Layout(NamedTuple):
    header_lines: tuple[str, ...]
    recipients_labels: tuple[str, ...]
    divisions: tuple[str, ...]
    articles: tuple[str, ...]
    run_on_words: tuple[str, ...]
    numeral_leads: tuple[str, ...]
    enacting_bodies: tuple[str, ...]
    caption_subjects: tuple[str, ...]
    caption_actions: tuple[str, ...]
    photo_credits: tuple[str, ...]
    bullet_glyphs: Mapping[str, tuple[str, ...]]


class MetadataBox(NamedTuple):
    labels: Mapping[str, str]


class TitlesAfterName(NamedTuple):
    titles: tuple[str, ...]


class Names(NamedTuple):
    honorifics: tuple[str, ...]
    surnames: tuple[str, ...]
    titles_after_name: TitlesAfterName


class NumberWords(NamedTuple):
    digits: Mapping[str, int]
    ten: str
    tens: str
    zero_tens: tuple[str, ...]
    places: Mapping[str, int]
    not_scale_before: tuple[str, ...]
    scales: Mapping[str, int]
    ordinal_only: Mapping[str, int]


class Headings(NamedTuple):
    targets: tuple[str, ...]
    set_verbs: tuple[str, ...]
    set_plans: tuple[str, ...]
    results: tuple[str, ...]
    tasks: tuple[str, ...]
    aims: tuple[str, ...]


class SyllableFrequencies(NamedTuple):
    zipf_x100: Mapping[str, int]


class Results(NamedTuple):
    plans: tuple[str, ...]
    verdicts: Mapping[str, tuple[str, ...]]
    achieved_words: tuple[str, ...]
    points: tuple[str, ...]
    not_units: tuple[str, ...]
    plan_words: tuple[str, ...]


class Years(NamedTuple):
    earliest: int
    dates_after_this_year: int
    plan_years_before_issue: int
    plan_years_after_issue: int
    horizon_years: int


class Rules(NamedTuple):
    years: Years
    percent_units: tuple[str, ...]
    growth_words: tuple[str, ...]
    state_body_codes: tuple[str, ...]
    quy_dinh_alternate_codes: tuple[str, ...]
    more_dividers: tuple[str, ...]
    planned_year_words: tuple[str, ...]
    reviewed_months: tuple[str, ...]
    reviewed_parts: tuple[str, ...]
    reviewed_year_words: tuple[str, ...]


class Signature(NamedTuple):
    authorities: Mapping[str, str]
    titles: tuple[str, ...]


class Units(NamedTuple):
    measures: tuple[str, ...]
    counts: tuple[str, ...]
    classifiers: tuple[str, ...]
    not_counted: tuple[str, ...]
    durations: tuple[str, ...]
    per: tuple[str, ...]
    prefixes: tuple[str, ...]
    digit_counts: tuple[str, ...]
    share_names: tuple[str, ...]
    done_to: tuple[str, ...]
    per_population: tuple[str, ...]


class Meetings(NamedTuple):
    gatherings: tuple[str, ...]
    briefing_after: tuple[str, ...]
    place_ends: tuple[str, ...]
    venues: tuple[str, ...]
    not_held_at: tuple[str, ...]
    programme_verbs: tuple[str, ...]
    elects: tuple[str, ...]
    term_openers: tuple[str, ...]
    past_events: tuple[str, ...]
    organisation_before: tuple[str, ...]
    organisation_after: tuple[str, ...]
    occasions: tuple[str, ...]
    closings: tuple[str, ...]
    targets_heading_qualifiers: tuple[str, ...]
    targets_heading_links: tuple[str, ...]


class Places(NamedTuple):
    provinces: tuple[str, ...]
    centrally_run_cities: tuple[str, ...]


class WebChrome(NamedTuple):
    lines: tuple[str, ...]
    prefixes: tuple[str, ...]
    site_names: tuple[str, ...]
    publication_labels: tuple[str, ...]


# ---- reading

T = TypeVar("T")


class LexiconError(ValueError):
    """A lexicon file that does not fit its record: a key missing, unknown or of the wrong type."""


# the files beside this module (importlib.resources would say the same, for 3 ms more a start-up)
_FOLDER = Path(__file__).parent


@cache
def raw(name: str) -> dict[str, Any]:
    """A file as JSON data, notes included (for the data-integrity tests)."""
    text = (_FOLDER / f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def names() -> list[str]:
    """Every lexicon file's name, for the data-integrity tests."""
    return sorted(p.name[:-5] for p in _FOLDER.iterdir() if p.name.endswith(".json"))


# the lists that take in other lists of their object, so that each word is written once:
# (file, object, list) -> the lists of that object added after its own words
_JOINED: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("figures", "list_context", "name_openers"): ("recurrences",),  # "Hằng năm, ..." opens a sentence
    ("figures", "list_context", "rate_adverbs"): ("recurrences",),  # "... 1.200 lao động mỗi năm"
}


@cache
def record(name: str) -> Any:
    """The file ``name`` read into its record type, its lists joined as ``_JOINED`` says."""
    return _read(RECORDS[name], _joined(name, raw(name)), name)


def _joined(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the lists of ``_JOINED`` for file ``name`` joined (copies: ``raw`` keeps the file)."""
    joins = [(place, added) for place, added in _JOINED.items() if place[0] == name]
    if not joins:
        return data
    data = dict(data)
    for (_, obj, key), added in joins:
        node = data[obj] = dict(data[obj])
        node[key] = [*node[key], *(w for a in added for w in node[a])]
    return data


def _read(kind: Any, value: Any, where: str) -> Any:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if _is_record(kind):
        return _read_record(kind, value, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise LexiconError(f"{where}: a list expected")
        if len(args) == 2 and args[1] is Ellipsis:
            if _all_of(args[0], value):  # a list of words: nothing to convert, nothing to name
                return tuple(value)
            return tuple(_read(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise LexiconError(f"{where}: {len(args)} items expected")
        return tuple(_read(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=True)))
    if origin is Mapping:
        if not isinstance(value, dict):
            raise LexiconError(f"{where}: an object expected")
        if _all_of(args[1], value.values()):
            return types.MappingProxyType({k: v for k, v in value.items() if not k.startswith("_")})
        return types.MappingProxyType({k: _read(args[1], v, f"{where}.{k}") for k, v in value.items()
                                       if not k.startswith("_")})
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        return _read(next(a for a in args if a is not type(None)), value, where)
    if kind in (str, int, bool) and type(value) is kind:
        return value
    if origin is Literal and value in args:
        return value  # a kind or level the output models know
    raise LexiconError(f"{where}: {getattr(kind, '__name__', kind)} expected, not {type(value).__name__}")


def _read_record(kind: Any, value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: an object expected")
    hints = kind.__annotations__  # types already: this module does not defer its annotations
    unknown = [k for k in value if not k.startswith("_") and k not in hints]
    if unknown:
        raise LexiconError(f"{where}: unknown keys {unknown}")
    return kind(**{name: _read(hint, value[name], f"{where}.{name}") for name, hint in hints.items() if name in value})


def _all_of(kind: Any, values: Iterable[Any]) -> bool:
    """Whether ``values`` are all plain ``kind`` (str, int or bool), as read without a check each."""
    return kind in (str, int, bool) and all(type(v) is kind for v in values)


def _is_record(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields")


# ---- the accessors: ``bodies()`` is bodies.json as a ``Bodies``

RECORDS: dict[str, type] = {}
"""Each lexicon file's name and the record it is read into."""


def _accessor(name: str, kind: type[T]) -> Callable[[], T]:
    RECORDS[name] = kind

    def read() -> T:
        return typing.cast(T, record(name))

    read.__doc__ = f"{name}.json, read once, as a {kind.__name__}."
    return read


abbreviations = _accessor("abbreviations", Abbreviations)
bodies = _accessor("bodies", Bodies)
body_kinds = _accessor("body_kinds", BodyKinds)
concepts = _accessor("concepts", Concepts)
diff_words = _accessor("diff_words", DiffWords)
document_types = _accessor("document_types", DocumentTypes)
figures = _accessor("figures", Figures)
headings = _accessor("headings", Headings)
layout = _accessor("layout", Layout)
metadata_box = _accessor("metadata_box", MetadataBox)
meetings = _accessor("meetings", Meetings)
person_names = _accessor("names", Names)
places = _accessor("places", Places)
number_words = _accessor("number_words", NumberWords)
results = _accessor("results", Results)
rules = _accessor("rules", Rules)
signature = _accessor("signature", Signature)
syllable_frequencies = _accessor("syllable_frequencies", SyllableFrequencies)
units = _accessor("units", Units)
web_chrome = _accessor("web_chrome", WebChrome)


# ---- patterns built from the lists


def alternation(words: Iterable[str], *, spaces: str = " ") -> str:
    """A non-capturing group matching any of ``words``, the longest first (so "thị xã" wins
    over "xã"); each space inside a word becomes ``spaces`` (a pattern such as ``\\s+``).

    Written as a tree of shared beginnings ("hai(?:\\s+mươi(?:\\s+(?:mốt|hai|...))?)?"), which
    compiles in about half the time of the flat list and matches what it matches: after the
    letters a branch shares, the text can go on along one branch only, where the longer words
    come first and a word that ends there comes last. Letters that one text letter may match
    when the pattern ignores case or marks ("ả", "ẩ", "a" of "bảy", "bẩy", "ba") keep their
    words' rests as a flat list, the longest first, as the whole list would try them.
    """
    def piece(letters: str) -> str:
        return spaces.join(map(_escape, letters.split(" ")))
    return f"(?:{_branches(sorted(set(words), key=lambda w: (-len(w), w)), 0, piece)})"


def _branches(words: list[str], shared: int, piece: Callable[[str], str]) -> str:
    """The rests of ``words`` (longest first) after the ``shared`` letters they begin with."""
    if len(words) == 1:  # one word: its rest, with no branch
        return piece(words[0][shared:])
    by_letter: dict[str, list[str]] = {}
    mixed: set[str] = set()  # the keys whose words differ in the letter itself ("ả", "ẩ")
    for word in words:
        if len(word) > shared:
            letter = word[shared]
            key = _letter_key(letter)
            group = by_letter.setdefault(key, [])
            if group and group[0][shared] != letter:
                mixed.add(key)
            group.append(word)
    parts = []
    for key, group in by_letter.items():
        if key not in mixed:
            parts.append(piece(group[0][shared]) + _branches(group, shared + 1, piece))
        else:
            parts.extend(piece(w[shared:]) for w in group)
    if not parts:
        return ""
    ends_here = len(words[-1]) == shared  # the shortest comes last
    if len(parts) == 1 and not ends_here:
        return parts[0]
    return f"(?:{'|'.join(parts)})" + ("?" if ends_here else "")


# the patterns are built at import: a letter's escape and key are worked out once
_escape = cache(regex.escape)


@cache
def _letter_key(letter: str) -> str:
    """What a letter is when case and marks are ignored: "Ẩ", "ả" and "a" are one."""
    base = unicodedata.normalize("NFD", letter)[:1]
    return "d" if base in "đĐ" else base.casefold()


@cache
def localities() -> str:
    """The unit words of the administrative divisions ("tỉnh", "thành phố", "xã", "đặc khu"),
    as an alternation in lower case with its marks: callers fold it as they fold their text."""
    return alternation(bodies().localities)


@cache
def surnames() -> frozenset[str]:
    """The family names of ``names`` ("Nguyễn", "Chẩu"), as written: a capitalised run of words
    that opens with one names a person."""
    return frozenset(person_names().surnames)


@cache
def committees() -> str:
    """A party committee named by its unit ("tỉnh ủy", "thành ủy", "đảng ủy"): the committee
    words of ``body_kinds`` 'own_unit', spaces inside them loose."""
    return alternation(body_kinds().own_unit, spaces=r"\s+")


@cache
def people_bodies(abbreviation: str = "") -> tuple[str, ...]:
    """The people's council and committee as a text names them, in lower case (layout
    'enacting_bodies': "hội đồng nhân dân", "uỷ ban nhân dân", "ubnd"); with an
    ``abbreviation`` ("HĐND", "UBND"), that body's alone: the abbreviation and the names whose
    words' first letters spell it, marks aside ("ủy" gives "u")."""
    words = layout().enacting_bodies
    if not abbreviation:
        return words
    short = abbreviation.lower()
    return tuple(w for w in words if w == short or "".join(unicodedata.normalize("NFD", p)[0] for p in w.split()) == short)


@cache
def document_titles(*, with_kind: bool = False) -> str:
    """The type names of ``document_types`` ("nghị quyết", "kế hoạch") as an alternation in
    lower case with their marks; ``with_kind``: only those with a kind of their own."""
    return alternation(t.title for t in document_types().types if not with_kind or t.kind != "unknown")


@cache
def issuer_heads() -> tuple[str, ...]:
    """Every head an authority line may open with ("ủy ban nhân dân", "tỉnh ủy", "chi bộ"):
    the names of ``bodies`` 'issuer_names', the committees of ``body_kinds`` 'own_unit' and
    the further heads of ``bodies`` 'issuer_heads', each once, in lower case with its marks."""
    names = bodies().issuer_names
    words = (*names.before_unit, *names.before_committee, *names.alone, *body_kinds().own_unit, *bodies().issuer_heads)
    return tuple(dict.fromkeys(words))


# the five tone marks (a vowel keeps its own marks, as â, ơ, when its tone is lost)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _marks_optional(word: str) -> str:
    """A pattern for ``word`` whose letters match with or without their tone and vowel marks
    ("nhận" matches "nhận", "nhân", "nhan"), any white space between its words."""
    out = []
    for ch in word:
        if ch.isspace():
            out.append(r"\s*")
            continue
        parts = unicodedata.normalize("NFD", ch)
        toneless = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        variants = dict.fromkeys((ch, toneless, parts[0]))
        out.append(regex.escape(ch) if len(variants) == 1 else f"[{''.join(variants)}]")
    return "".join(out)


@cache
def recipients_label(*, loose: bool = False) -> str:
    """The label "Nơi nhận" as a pattern: as printed, capitalised or in capitals; ``loose``,
    in any case and with its marks lost or partly lost (OCR, old fonts, Text.plain)."""
    labels = layout().recipients_labels
    if loose:
        return "(?i:" + "|".join(_marks_optional(w) for w in labels) + ")"
    return alternation(f(w) for w in labels for f in (str.capitalize, str.upper))


@cache
def authorities() -> str:
    """The signature's authority marks ("TM.", "K/T", "T.M") as a pattern for lower-case text:
    the slash or dot between two letters may stand between spaces ("t / m")."""
    def loose(mark: str) -> str:
        if len(mark) == 3 and mark[1] in "/." and mark[0].isalpha() and mark[2].isalpha():
            return rf"{mark[0]}\s*{regex.escape(mark[1])}\s*{mark[2]}"
        return regex.escape(mark)
    marks = sorted(signature().authorities, key=lambda m: (-len(m), m))
    return "(?:" + "|".join(loose(m) for m in marks) + ")"


@cache
def divisions(*, capitals: bool = True, parts: bool = True, articles: bool = True) -> str:
    """The divisions of a legal text as they open a line: its ``parts`` ("Chương", "Mục") and
    its ``articles`` ("Điều"), capitalised, and with ``capitals`` in capitals too ("ĐIỀU")."""
    forms = (str.capitalize, str.upper) if capitals else (str.capitalize,)
    words = (*(layout().divisions if parts else ()), *(layout().articles if articles else ()))
    return alternation(f(w) for w in words for f in forms)


__all__ = [
    "RECORDS", "Abbreviations", "AssigneeHeads", "Bodies", "BodyKinds", "Concept", "Concepts", "DiffWords",
    "DocumentType", "DocumentTypes", "Figures", "HeaderOpeners", "IssuerNames", "Layout", "LexiconError", "MetadataBox",
    "Names", "NeedsParent", "NumberWords", "Results", "Rules", "Signature", "TaskOpeners", "Units",
    "WebChrome", "Years", "abbreviations", "alternation", "bodies", "body_kinds", "committees", "concepts",
    "diff_words", "divisions", "document_titles", "document_types", "figures", "issuer_heads", "layout", "localities", "metadata_box", "names",
    "people_bodies",
    "authorities", "number_words", "person_names", "raw", "recipients_label", "record", "results", "rules", "signature", "surnames", "units", "web_chrome",
]
