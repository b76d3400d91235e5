"""The text helpers every extractor leans on: a line in capitals, the sentences of a paragraph."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nqparse.phrases.text import (
    Caption,
    caption,
    holds_any,
    is_caps,
    may_open,
    sentences,
    starts_in,
    word_starts,
)


@dataclass(frozen=True)
class Caps:
    id: str
    line: str
    caps: bool


CAPS = [
    Caps("title", "NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ", True),
    Caps("sentence-case", "Nghị quyết về phát triển kinh tế - xã hội", False),
    Caps("one-letter", "A", False),
    Caps("four-in-five", "ABCDe", True),
    Caps("three-in-five", "ABCde", False),
    Caps("digits-and-marks-do-not-count", "1. ĐIỀU 2 - 2025/NQ-HĐND", True),
    Caps("capitals-after-a-lower-case-start", "a" * 10 + "A" * 290, True),
    Caps("lower-case-run-within-the-first-300", "a" * 100 + "A" * 250, False),
    Caps("lower-case-past-the-first-300", "A" * 250 + "a" * 100, True),
]


@pytest.mark.parametrize("case", CAPS, ids=[c.id for c in CAPS])
def test_a_line_in_capitals_is_told(case: Caps) -> None:
    assert is_caps(case.line) is case.caps


TEXT = "Mở đầu. Một câu ở đây. Hai câu nữa! Cuối"


@dataclass(frozen=True)
class Window:
    id: str
    start: int
    end: int
    expected: list[str]


WINDOWS = [
    Window("whole", 0, len(TEXT), ["Mở đầu.", "Một câu ở đây.", "Hai câu nữa!", "Cuối"]),
    Window("a paragraph inside", 8, 35, ["Một câu ở đây.", "Hai câu nữa!"]),
    Window("an end whose next word is outside", 8, 23, ["Một câu ở đây. "]),
    Window("from the middle of a sentence", 12, 35, ["câu ở đây.", "Hai câu nữa!"]),
]


@pytest.mark.parametrize("case", WINDOWS, ids=[c.id for c in WINDOWS])
def test_sentences_of_a_paragraph_stay_inside_it(case: Window) -> None:
    assert [TEXT[s:e] for s, e in sentences(TEXT, case.start, case.end)] == case.expected


def test_a_pattern_is_tried_only_where_its_first_class_may_stand() -> None:
    assert may_open("A", str.isupper) and not may_open("a", str.isupper) and not may_open(" ", str.isupper)
    assert may_open("Đ", str.isupper) and may_open("ơ", str.isalpha)  # beyond ASCII: the pattern decides
    assert may_open("7", str.isdigit) and not may_open("x", str.isdigit) and not may_open("", str.isdigit)


@pytest.mark.parametrize("text", [
    "Giao Sở Du lịch chủ trì; đề nghị các xã phối hợp, yêu cầu báo cáo.",
    "đề nghịđề nghị yêu",
    "",
])
def test_a_word_found_once_is_told_in_any_stretch_as_find_tells_it(text: str) -> None:
    words = ("giao", "đề nghị", "yêu cầu")
    found = word_starts(text.lower(), words)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            expected = any(text.lower().find(w, start, end) >= 0 for w in words)
            assert holds_any(found, start, end) == expected
            assert holds_any(found, start, end, ("yêu cầu",)) == (text.lower().find("yêu cầu", start, end) >= 0)
            # where the words start inside the stretch, each once and in order
            assert starts_in(found, start, end) == sorted({at for w in words for at in range(start, end)
                                                           if text.lower().startswith(w, at)})


def test_a_caps_header_line_is_one_test_for_the_document_and_the_issuer() -> None:
    from nqparse.phrases.text import caps_header_line
    line = "| HỘI NÔNG DÂN XÃ AN BÌNH |"
    assert caps_header_line(line, 0, len(line)) == (2, len(line) - 2)
    assert caps_header_line("Hội Nông dân xã An Bình", 0, 23) is None  # sentence case
    debris = "6Ӣ C‘NG 7+ѬѪ1"
    assert caps_header_line(debris, 0, len(debris)) is None  # a broken font's capitals


def test_one_digit_pattern_serves_figures_measures_and_targets() -> None:
    from nqparse.extractors import prose_targets
    from nqparse.phrases import figures, measures, text
    assert figures.DIGIT is measures.DIGIT is prose_targets.DIGIT is text.DIGIT
    assert text.DIGIT.search("đạt 9 xã") and not text.DIGIT.search("chín xã")


@pytest.mark.parametrize("line,kinds,kind", [
    ("Quang cảnh buổi lễ. Ảnh: Minh Anh", ("credited", "label", "pictured"), "credited"),
    ("Ảnh minh họa", ("credited", "label", "pictured"), "label"),
    ("Các đại biểu biểu quyết thông qua nghị quyết.", ("credited", "label", "pictured"), "pictured"),
    ("Các đại biểu biểu quyết thông qua nghị quyết. Ảnh: Minh Anh", ("label", "pictured"), "pictured"),
    ("Các đại biểu biểu quyết thông qua nghị quyết.", ("credited",), None),
    ("MINH ANH", ("credited", "label", "pictured"), None),
    ("Năm 2026, xã phấn đấu kết nạp 30 đảng viên.", ("credited", "label", "pictured"), None),
    ("Ảnh minh họa\nẢnh: Minh Anh", ("credited", "label", "pictured"), None),
])
def test_a_caption_is_read_as_the_first_of_the_kinds_asked(line: str, kinds: tuple[Caption, ...], kind: Caption | None) -> None:
    assert caption(line, 0, len(line), kinds) == kind
