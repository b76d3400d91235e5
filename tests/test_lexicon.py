"""Data-integrity tests of the word lists in ``nqparse/lexicon``: each file names its source,
reads into its typed record, holds no entry twice and no list another file holds, and writes
its words in the form their consumers compare them in."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any, get_args

import pytest
import regex

from nqparse import lexicon
from nqparse.phrases.text import unmarked
from nqparse.records import Change, Comparator, DocumentKind, Level, Verdict

FILES = lexicon.names()

# Lists matched after folding to lower case: written in lower case (with their marks), so that a
# word does not stand twice in two casings. "file:key" names a list, "file" a whole file;
# a path ending in ":keys" means the keys of an object.
LOWER_CASE = (
    "bodies:localities:keys", "bodies:level_words:keys", "bodies:issuer_heads", "bodies:issuer_names",
    "bodies:assignee_heads", "bodies:task_openers", "bodies:header_openers", "bodies:needs_parent",
    "body_kinds:body_words", "body_kinds:own_unit:keys", "concepts:concepts", "diff_words:stopwords",
    "document_types:types:title", "figures", "layout", "metadata_box", "number_words", "results",
    "rules:growth_words", "rules:more_dividers", "signature:authorities:keys", "signature:titles", "web_chrome",
)


def _raw_pairs(name: str) -> Any:
    """The file parsed with every object as a list of pairs, so that a key written twice shows."""
    text = resources.files("nqparse.lexicon").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text, object_pairs_hook=lambda pairs: ("object", pairs))


def _walk(node: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Every list and object of the data with its path ("bodies:assignee_heads:heads");
    notes ("_note", "_source") are left out."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("_"):
                yield from _walk(value, f"{path}:{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, path)


def _strings(node: Any) -> Iterator[str]:
    """The words of the data: keys and values, notes and display labels left out."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("_") and key != "label":
                yield key
                yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def _folded(word: str) -> str:
    return " ".join(unicodedata.normalize("NFC", word).casefold().split())


@pytest.mark.parametrize("name", FILES)
def test_every_file_names_its_source(name: str) -> None:
    source = lexicon.raw(name).get("_source")
    assert isinstance(source, str) and len(source.split()) >= 5


@pytest.mark.parametrize("name", FILES)
def test_every_file_reads_into_its_record(name: str) -> None:
    assert name in lexicon.RECORDS, f"{name}.json has no record type in nqparse.lexicon.RECORDS"
    assert isinstance(lexicon.record(name), lexicon.RECORDS[name])


def test_every_record_has_its_file() -> None:
    assert sorted(lexicon.RECORDS) == FILES


def test_a_key_that_is_no_field_is_refused() -> None:
    with pytest.raises(lexicon.LexiconError, match="unknown keys"):
        lexicon._read(lexicon.Signature, {"authorities": {}, "titles": [], "title": []}, "signature")


@pytest.mark.parametrize("name", FILES)
def test_no_key_is_written_twice(name: str) -> None:
    def objects(node: Any) -> Iterator[list[tuple[str, Any]]]:
        if isinstance(node, tuple) and node[:1] == ("object",):
            yield node[1]
            for _, value in node[1]:
                yield from objects(value)
        elif isinstance(node, list):
            for item in node:
                yield from objects(item)

    for pairs in objects(_raw_pairs(name)):
        keys = [_folded(k) for k, _ in pairs]
        assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


@pytest.mark.parametrize("name", FILES)
def test_no_list_holds_an_entry_twice(name: str) -> None:
    for path, node in _walk(lexicon.raw(name), name):
        if isinstance(node, list) and all(isinstance(w, str) for w in node):
            folded = [_folded(w) for w in node]
            assert len(folded) == len(set(folded)), (path, sorted({w for w in folded if folded.count(w) > 1}))


@pytest.mark.parametrize("name", FILES)
def test_words_are_written_in_nfc_without_stray_spaces(name: str) -> None:
    for word in _strings(lexicon.raw(name)):
        assert unicodedata.is_normalized("NFC", word), word
        assert word == word.strip() and "  " not in word and "\n" not in word, repr(word)


@pytest.mark.parametrize("place", LOWER_CASE)
def test_lists_matched_folded_are_written_in_lower_case(place: str) -> None:
    name, *keys = place.split(":")
    node: Any = lexicon.raw(name)
    words: list[str] = []
    if keys[-1:] == ["keys"]:
        for key in keys[:-1]:
            node = node[key]
        words = [k for k in node if not k.startswith("_")]
    else:
        nodes = [node]
        for key in keys:
            nodes = [n[key] for parent in nodes for n in (parent if isinstance(parent, list) else [parent])]
        words = [w for n in nodes for w in _strings(n)]
    assert words
    assert [w for w in words if w != w.lower()] == []


def test_every_kind_is_a_document_kind() -> None:
    kinds = set(get_args(DocumentKind))
    types = lexicon.document_types()
    named = {t.kind for t in types.types} | {k for k in types.codes.values() if k}
    assert named <= kinds, sorted(named - kinds)


def test_every_type_code_names_the_kind_of_its_type() -> None:
    types = lexicon.document_types()
    for t in types.types:
        for code in t.codes:
            assert code in types.codes and (types.codes[code] or "unknown") == t.kind, code


def test_every_level_is_a_level() -> None:
    levels = set(get_args(Level))
    bodies = lexicon.bodies()
    named = {v for v in bodies.codes.values() if v} | set(bodies.localities.values()) \
        | set(bodies.level_words.values()) | set(lexicon.body_kinds().own_unit.values())
    assert named <= levels, sorted(named - levels)


def test_comparators_changes_and_verdicts_are_the_models_values() -> None:
    figures = lexicon.figures()
    assert set(figures.comparators_before.values()) | set(figures.comparators_after.values()) \
        <= set(get_args(Comparator))
    assert set(figures.changes.values()) <= set(get_args(Change))
    assert set(lexicon.results().verdicts) == set(get_args(Verdict))


def test_a_kind_the_models_do_not_know_is_refused() -> None:
    with pytest.raises(lexicon.LexiconError, match="expected"):
        lexicon._read(lexicon.DocumentType, {"title": "tờ trình", "kind": "to-trinh", "codes": []}, "document_types")


# the lists ``lexicon.issuer_heads()`` joins; bodies' own 'issuer_heads' adds only what the others lack
HEAD_LISTS = ("bodies:issuer_names:before_unit", "bodies:issuer_names:before_committee",
              "bodies:issuer_names:alone", "body_kinds:own_unit:keys")


def _list_at(place: str) -> list[str]:
    name, *keys = place.split(":")
    node: Any = lexicon.raw(name)
    for key in keys:
        node = [k for k in node if not k.startswith("_")] if key == "keys" else node[key]
    return [_folded(w) for w in node]


def test_issuer_heads_add_only_words_no_other_list_holds() -> None:
    named = {w for place in HEAD_LISTS for w in _list_at(place)}
    extra = _list_at("bodies:issuer_heads")
    assert sorted(named & set(extra)) == []
    heads = [_folded(h) for h in lexicon.issuer_heads()]
    assert len(heads) == len(set(heads)) and set(heads) == named | set(extra)


def test_no_list_appears_in_two_files() -> None:
    seen: dict[frozenset[str], str] = {}
    for name in FILES:
        for path, node in _walk(lexicon.raw(name), name):
            if isinstance(node, dict):
                entries = [k for k in node if not k.startswith("_")]
            elif isinstance(node, list) and all(isinstance(w, str) for w in node):
                entries = node
            else:
                continue
            if len(entries) < 3:
                continue
            key = frozenset(_folded(w) for w in entries)
            other = seen.setdefault(key, path)
            assert other.split(":")[0] == name or other == path, f"{path} repeats {other}"


@pytest.mark.parametrize("words,text,matches", [
    (["xã", "thị xã"], "thị xã", "thị xã"),
    (["ủy ban", "ủy ban nhân dân"], "ủy ban nhân dân tỉnh", "ủy ban nhân dân"),
    (["a.b"], "axb", None),
], ids=["longest-first", "longer-phrase-wins", "escaped"])
def test_alternation_tries_the_longest_word_first(words: list[str], text: str, matches: str | None) -> None:
    m = regex.match(lexicon.alternation(words), text)
    assert (m.group() if m else None) == matches


def _flat(words: list[str], spaces: str) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w).replace("\\ ", spaces) for w in ordered) + ")"


@pytest.mark.parametrize("words,wrap,spaces", [
    (["ba", "bảy", "bẩy", "bốn", "bảy mươi", "bảy mươi mốt", "hai", "hai mươi"], "{}", r"\s+"),
    (["ba", "bảy", "bẩy", "bốn", "bảy mươi", "bảy mươi mốt"], "(?i){}", " "),
    (["ủy ban", "ủy ban nhân dân tỉnh", "Ủy ban nhân dân"], "(?i){}", " "),
    (["bảy", "bảy mươi hai", "bẩy mươi"], "unmarked", " "),
    (["xã", "thị xã", "thị trấn", "x", "thị"], "{}", " "),
], ids=["shared-beginnings", "ignoring-case", "case-collides", "marks-collide", "prefixes"])
def test_alternation_matches_what_the_list_of_its_words_matches(words: list[str], wrap: str, spaces: str) -> None:
    # the tree of shared beginnings stops at the same word as the flat list, longest first,
    # when what follows the word decides (here: no letter may follow it)
    def compiled(alternation: str) -> regex.Pattern[str]:
        pattern = alternation + r"(?!\w)"
        return regex.compile(unmarked(pattern) if wrap == "unmarked" else wrap.format(pattern))
    tree, flat = compiled(lexicon.alternation(words, spaces=spaces)), compiled(_flat(words, spaces))
    texts = {t for w in words for t in (w, w + " x", w + "  mốt", w[:-1], w + "a", w.upper(), w.replace(" ", "\n"))}
    texts |= {"ủy ban nhân dân huyện", "bay muoi ba"}
    for text in sorted(texts):
        found, expected = tree.match(text), flat.match(text)
        assert (found and found.group()) == (expected and expected.group()), text


def test_alternation_writes_a_word_past_its_last_branch_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # built at import: one step per branch, not one per letter of "bản lầy trên đồi"
    steps = []
    branches = lexicon._branches

    def counted(words: list[str], shared: int, piece: Callable[[str], str]) -> str:
        steps.append(shared)
        return branches(words, shared, piece)

    monkeypatch.setattr(lexicon, "_branches", counted)
    pattern = lexicon.alternation(["bản lầy trên đồi", "bản lũng", "bản.x"], spaces=r"\s+")
    assert pattern == r"(?:bản(?:\s+l(?:ầy\s+trên\s+đồi|ũng)|\.x))"
    assert len(steps) <= 9  # letters of "bản" and "l", the branches after them, each word once


@pytest.mark.parametrize("line,label", [
    ("Nơi nhận:", True), ("NƠI NHẬN:", True), ("Noi nhan:", True), ("Nơi nhân:", True), ("nơi nhận", True),
    ("Nơi ở", False),
], ids=["printed", "capitals", "marks-lost", "tone-lost", "lower-case", "other-words"])
def test_the_recipients_label_matches_with_or_without_its_marks(line: str, label: bool) -> None:
    assert bool(regex.match(lexicon.recipients_label(loose=True), line)) is label


def test_the_recipients_label_as_printed_is_capitalised_or_in_capitals() -> None:
    pattern = lexicon.recipients_label()
    assert regex.match(pattern, "Nơi nhận") and regex.match(pattern, "NƠI NHẬN")
    assert not regex.match(pattern, "nơi nhận")


@pytest.mark.parametrize("text,with_kind,matches", [
    ("kế hoạch số 12", False, "kế hoạch"),
    ("chương trình hành động này", False, "chương trình hành động"),
    ("giấy mời họp", False, "giấy mời"),
    ("giấy mời họp", True, None),
], ids=["a-type", "longest-type", "type-without-kind", "only-types-with-a-kind"])
def test_document_titles_name_every_type_once(text: str, with_kind: bool, matches: str | None) -> None:
    m = regex.match(lexicon.document_titles(with_kind=with_kind), text)
    assert (m.group() if m else None) == matches


def test_people_bodies_split_the_council_from_the_committee() -> None:
    # one list (layout 'enacting_bodies') read whole or for one body by its abbreviation
    assert set(lexicon.people_bodies("HĐND")) == {"hội đồng nhân dân", "hđnd"}
    assert set(lexicon.people_bodies("UBND")) == {"ủy ban nhân dân", "uỷ ban nhân dân", "ubnd"}
    assert set(lexicon.people_bodies()) == set(lexicon.people_bodies("HĐND")) | set(lexicon.people_bodies("UBND"))


def test_a_joined_list_holds_its_own_words_and_those_it_takes_in_written_once() -> None:
    for (name, obj, key), added in lexicon._JOINED.items():
        written, read = lexicon.raw(name)[obj], getattr(lexicon.record(name), obj)
        taken = [w for a in added for w in written[a]]
        assert list(read[key]) == [*written[key], *taken]
        assert not set(written[key]) & set(taken), f"{name}:{obj}:{key} writes again what it takes in"
