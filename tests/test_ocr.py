"""OCR damage: repaired where it has one reading, never turned into invented values.

Also the fuzz test: sample text mangled the ways scans and old converters mangle it, in any
encoding, always gives a valid result or a clean input error.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nqparse import Resolution
from nqparse.errors import InputError
from nqparse.normalize import normalize
from nqparse.pipeline import extract, extract_source, extract_text
from nqparse.readers import read_bytes
from nqparse.readers.legacy import encode_cp1258, encode_tcvn3, encode_vni
from nqparse.source import Source

from .conftest import SAMPLES, sample
from .values import extracted_values


def normalized(text: str) -> str:
    return normalize(Source(text=text, format="txt")).text


@pytest.mark.parametrize(("raw", "expected"), [
    ("năm 2O21", "năm 2021"),
    ("tăng l5,5%", "tăng 15,5%"),
    ("đạt 1O0 tỷ", "đạt 100 tỷ"),
    ("ngày 2O/l2/2O2l", "ngày 20/12/2021"),
    ("đạt 3 .300 tỷ đồng", "đạt 3.300 tỷ đồng"),
    ("1 .234 .567 người", "1.234.567 người"),
    ("phát tri-\nển kinh tế", "phát triển kinh tế"),
    ("Ðảng bộ", "Đảng bộ"),
], ids=["O-in-year", "l-in-percent", "O-inside-number", "date", "space-before-thousands",
        "spaces-before-each-group", "hyphenated-syllable", "eth-for-dyet"])
def test_ocr_damage_is_repaired(raw: str, expected: str) -> None:
    assert normalized(raw) == expected


@pytest.mark.parametrize("raw", [
    "Mục II.1 và Điều I",
    "giảm phát thải CO2 và ISO",
    "đạt lO% kế hoạch",
    "năm 2021, 300 hộ",
    "kinh tế-\nxã hội",
    "thông-\ntin",
    "Lào Cai, Long An, Ông Ích Khiêm",
    "mục 3. 300 hộ nghèo",
], ids=["roman-numerals", "codes-and-words", "no-digit-in-token", "comma-then-space",
        "dash-between-words", "two-syllables", "words-with-l-I-O", "sentence-end-before-number"])
def test_text_that_only_looks_damaged_is_kept(raw: str) -> None:
    assert normalized(raw) == raw


def test_item_markers_read_as_digits_when_the_list_is_numbered() -> None:
    text = "NGHỊ QUYẾT\nl. Về kinh tế\nl.1. Tăng trưởng\nl.2. Thu ngân sách\n2. Về xã hội\n"
    assert normalized(text).splitlines()[1:4] == ["1. Về kinh tế", "1.1. Tăng trưởng", "1.2. Thu ngân sách"]


def test_letter_l_item_is_kept_in_a_lettered_list() -> None:
    text = "a) Một\nb) Hai\nc) Ba\nd) Bốn\ne) Năm\ng) Sáu\nh) Bảy\ni) Tám\nk) Chín\nl) Mười\n2. Tiếp\n"
    assert "l) Mười" in normalized(text)


RUNNING = ("ĐẢNG CỘNG SẢN VIỆT NAM\nNGHỊ QUYẾT\nMột là phát triển kinh tế, với nhiều nội dung và nhiều giải\n\n"
           "- 2 -\nNghị quyết số 02-NQ/QU\npháp đồng bộ.\nHai là xã hội.\n"
           "- 3 -\nNghị quyết số 02-NQ/QU\nBa là quốc phòng.\n\fNghị quyết số 02-NQ/QU\nBốn là.\n"
           "Nghị quyết số 02-NQ/QU được ban hành.\n")


def test_running_headers_next_to_page_breaks_are_dropped() -> None:
    text = normalized(RUNNING)
    assert text.count("Nghị quyết số 02-NQ/QU") == 1  # the sentence in the body stays
    assert "Nghị quyết số 02-NQ/QU được ban hành." in text
    assert "nhiều giải pháp đồng bộ." in text  # the paragraph the page break cut is whole again
    assert "- 2 -" not in text and "\f" not in text


def test_a_line_next_to_one_page_break_only_stays() -> None:
    text = "Mở đầu\n- 2 -\nTiêu đề trang\nThân bài\n- 3 -\nKhác\n"
    assert "Tiêu đề trang" in normalized(text)


@pytest.mark.parametrize("raw", [
    "Năm 2O21 thu 3 .300 tỷ, phát tri-\nển l5,5%.\nl. Một\n2. Hai",
    "ngày 2O/l2/2O2l\n\n\n- 3 -\nđạt  1O0   tỷ",
    RUNNING,
], ids=["mixed", "with-page-marker", "running-headers"])
def test_offsets_stay_exact_through_the_repairs(raw: str) -> None:
    text = normalize(Source(text=raw, format="txt"))
    for i, c in enumerate(text.text):
        origin = raw[text.to_source(i)]
        assert origin == c or (c, origin) in {("0", "O"), ("1", "l"), ("1", "I")} or c == " ", (i, c, origin)


def _damage(text: str) -> str:
    """The sample as a careless OCR pass returns it: only damage that has one repair."""
    text = text.replace("Đ", "Ð")
    text = regex.sub(r"(?<=\b2)0(?=2[0-9]\b)", "O", text)  # 2O21
    text = regex.sub(r"(?<=\b)1(?=[0-9]{1,2}(?:,[0-9]+)?%)", "l", text)  # l5,5%
    text = regex.sub(r"(?<=\d)(?=\.\d{3}(?!\d))", " ", text)  # 3 .300
    text = regex.sub(r"(?m)^1(?=\.(?:\d\.)? )", "l", text)  # item markers l. and l.2.
    return regex.sub(r"(?<= )triển(?= )", "tri-\nển", text, count=3)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:24])
def test_sample_with_ocr_damage_extracts_the_same(tmp_path: Path, path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    damaged = _damage(original)
    assert damaged != original
    copy = tmp_path / path.name
    copy.write_text(damaged, encoding="utf-8")
    want = extracted_values(json.loads(extract(path).model_dump_json()))
    got = extracted_values(json.loads(extract(copy).model_dump_json()))
    assert got == want


_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
_LINES = _TEXT.splitlines()


def _strip_marks(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_MANGLERS = {
    "ocr-digits": lambda s, r: s.replace("0", "O").replace("1", "l"),
    "eth": lambda s, r: s.replace("Đ", "Ð"),
    "lost-marks": lambda s, r: " ".join(_strip_marks(w) if r.random() < 0.3 else w for w in s.split(" ")),
    "hyphen-breaks": lambda s, r: regex.sub(r"(?<=\p{L}{2}) (?=\p{L})", lambda m: "-\n" if r.random() < 0.1 else " ", s),
    "cut": lambda s, r: s[: r.randrange(len(s) + 1)],
    "dropped-chars": lambda s, r: "".join(c for c in s if r.random() > 0.05),
    "noise": lambda s, r: "".join(c + (chr(r.randrange(0x20, 0x3000)) if r.random() < 0.02 else "") for c in s),
    "nfd": lambda s, r: unicodedata.normalize("NFD", s),
    "crlf": lambda s, r: s.replace("\n", "\r\n"),
    "spaces-in-numbers": lambda s, r: regex.sub(r"(?<=\d)(?=[.,]\d)", " ", s),
}
_ENCODERS = {
    "utf-8": lambda t: t.encode("utf-8", "replace"),
    "utf-16": lambda t: t.encode("utf-16", "replace"),
    "tcvn3": lambda t: encode_tcvn3(t, "replace"),
    "vni": lambda t: encode_vni(t, "replace"),
    "cp1258": lambda t: encode_cp1258(t, "replace"),
}


def _mangled(lines: list[str], manglers: list[str], seed: int) -> str:
    rnd = random.Random(seed)
    text = "\n".join(lines)
    for name in manglers:
        text = _MANGLERS[name](text, rnd)
    return text


def _check(result: Resolution) -> None:
    data = json.loads(result.model_dump_json())
    Resolution.model_validate(data)
    assert result.text is not None
    length = len(result.text)

    def spans(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                found = [value] if key == "span" and value else list(value.values()) if key == "spans" else []
                for span in found:
                    assert 0 <= span["start"] <= span["end"] <= length
                spans(value)
        elif isinstance(node, list):
            for value in node:
                spans(value)

    spans(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=80),
       st.lists(st.sampled_from(sorted(_MANGLERS)), max_size=4), st.integers(0, 2**32))
def test_mangled_sample_text_always_gives_a_valid_result(lines: list[str], manglers: list[str], seed: int) -> None:
    text = _mangled(lines, manglers, seed)
    assume(text.strip())  # blank text is refused, as an empty file is
    _check(extract_text(text, with_text=True))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=60),
       st.lists(st.sampled_from(sorted(_MANGLERS)), max_size=3), st.integers(0, 2**32),
       st.sampled_from(sorted(_ENCODERS)), st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.md"]))
def test_mangled_bytes_in_any_encoding_give_a_result_or_an_input_error(
        lines: list[str], manglers: list[str], seed: int, encoding: str, name: str) -> None:
    data = _ENCODERS[encoding](_mangled(lines, manglers, seed))
    try:
        source = read_bytes(data, name=name, suffix=Path(name).suffix)
    except InputError as e:
        assert name in str(e) and "\n" not in str(e)
        return
    _check(extract_source(source, with_text=True))


def test_the_damaged_sample_is_still_read_as_a_resolution() -> None:
    text = _damage(sample("kienan").read_text(encoding="utf-8"))
    assert extract_text(text).document.number == "02-NQ/QU"


def _marker_lines_one_by_one(text: str) -> int:
    """The page markers of ``running_headers``, told line by line as it tells them."""
    from nqparse.ocr import _PAGE_MARKER_LINE

    lines = text.split("\n")
    return sum(1 for line in lines if line.strip(" \t\r\n\f") and _PAGE_MARKER_LINE.fullmatch(line.rstrip("\r\n")))


@pytest.mark.parametrize("text", [
    "Mở đầu\n- 2 -\nThân\n- 3 -\n", "Một\n-\n12\n-\n3\n", "Trang 2/5\r\nA\r\n Page 3 of 5 \r\n",
    "- 2\n-\nx\n", "12\n\n\n7", "Tiêu đề\n trang   4\nB", "1234\n-5-\n", "- 2 -", "",
])
def test_page_markers_found_in_one_pass_are_those_found_line_by_line(text: str) -> None:
    from nqparse.ocr import _PAGE_MARKER_LINES, running_headers

    assert len(_PAGE_MARKER_LINES.findall(text)) == _marker_lines_one_by_one(text)
    if _marker_lines_one_by_one(text) < 2:
        assert running_headers(text) == frozenset()
