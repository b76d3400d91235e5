"""Table-driven tests of the Vietnamese number parser: numerals, number words, ordinals, Roman
numerals, and a round trip through the Vietnamese way of writing numbers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nqparse.phrases.numbers import (
    format_number,
    int_to_roman,
    parse_number,
    parse_number_words,
    parse_ordinal,
    roman_to_int,
)


@dataclass
class Example:
    id: str
    text: str
    expect: int | float | None


NUMERALS = [
    # thousands grouped with ".", decimals after ","
    Example("budget-thousands-and-decimals", "89.490,478", 89490.478),
    Example("per-capita-usd", "6.600", 6600),
    Example("bare-thousand", "1.000", 1000),
    Example("thousand-two-hundred", "1.200", 1200),
    Example("party-members-low", "3.300", 3300),
    Example("party-members-high", "3.500", 3500),
    Example("jobs", "56.000", 56000),
    Example("budget-domestic", "35.000", 35000),
    Example("million-grouped", "1.000.000", 1000000),
    Example("billions-grouped", "12.345.678.901", 12345678901),
    Example("grouped-with-decimals", "1.234,5", 1234.5),
    Example("grouped-with-long-decimals", "2.150,125", 2150.125),
    Example("hundred-thousand", "100.000", 100000),
    Example("ten-thousand", "10.000", 10000),
    # decimals with a comma
    Example("gdp-growth", "13,5", 13.5),
    Example("industry-growth", "19,2", 19.2),
    Example("services-growth", "7,84", 7.84),
    Example("agriculture-growth", "1,06", 1.06),
    Example("tourists-millions", "8,25", 8.25),
    Example("fdi-low", "2,5", 2.5),
    Example("fdi-high-trailing-zero", "3,0", 3),
    Example("unemployment", "3,77", 3.77),
    Example("trained-labour", "85,5", 85.5),
    Example("wastewater", "21,2", 21.2),
    Example("structure-industry", "45,87", 45.87),
    Example("structure-services", "53,71", 53.71),
    Example("structure-agriculture", "0,42", 0.42),
    Example("agriculture-value", "3,45", 3.45),
    Example("exports", "22,3", 22.3),
    Example("manufacturing-share", "40,7", 40.7),
    Example("hi-tech-share", "46,5", 46.5),
    Example("small-decimal", "0,05", 0.05),
    Example("three-decimals-not-thousands", "3,450", 3.45),
    # plain digits and leading zeros
    Example("percent-hundred", "100", 100),
    Example("leading-zero-two", "02", 2),
    Example("leading-zero-one", "01", 1),
    Example("leading-zero-ten", "010", 10),
    Example("zero", "0", 0),
    Example("plain-four-digits", "2021", 2021),
    Example("plain-large-ungrouped", "56000", 56000),
    Example("plain-small", "17", 17),
    # a dot not followed by three digits is a decimal point (press style)
    Example("dot-decimal-one-digit", "13.5", 13.5),
    Example("dot-decimal-two-digits", "2.25", 2.25),
    Example("dot-decimal-four-digits", "12.3456", 12.3456),
    # OCR spacing next to separators
    Example("ocr-space-before-dot", "3 .300", 3300),
    Example("ocr-space-after-dot", "3. 300", 3300),
    Example("ocr-space-before-comma", "89.490 ,478", 89490.478),
    Example("ocr-space-in-grouped", "1 .000 .000", 1000000),
    # not numerals
    Example("empty", "", None),
    Example("spaces", "   ", None),
    Example("letters", "abc", None),
    Example("percent-sign", "%", None),
    Example("two-commas", "1,2,3", None),
    Example("date-like", "25/5/2016", None),
    Example("range-is-not-one-number", "16 - 18", None),
    Example("negative-not-a-numeral", "-5", None),
    Example("trailing-comma", "5,", None),
]

WORDS = [
    Example("one", "một", 1),
    Example("two", "hai", 2),
    Example("three", "ba", 3),
    Example("four", "bốn", 4),
    Example("five", "năm", 5),
    Example("six", "sáu", 6),
    Example("seven", "bảy", 7),
    Example("seven-variant", "bẩy", 7),
    Example("eight", "tám", 8),
    Example("nine", "chín", 9),
    Example("ten", "mười", 10),
    Example("eleven", "mười một", 11),
    Example("fifteen-lam", "mười lăm", 15),
    Example("fourteen-bon", "mười bốn", 14),
    Example("twenty", "hai mươi", 20),
    Example("twenty-one-mot", "hai mươi mốt", 21),
    Example("twenty-four-tu", "hai mươi tư", 24),
    Example("twenty-five-lam", "hai mươi lăm", 25),
    Example("fifty", "năm mươi", 50),
    Example("ninety-nine", "chín mươi chín", 99),
    Example("hundred", "một trăm", 100),
    Example("hundred-and-five-linh", "một trăm linh năm", 105),
    Example("hundred-and-five-le", "một trăm lẻ năm", 105),
    Example("hundred-ten", "một trăm mười", 110),
    Example("three-hundred-twenty", "ba trăm hai mươi", 320),
    Example("three-thousand", "ba nghìn", 3000),
    Example("three-thousand-ngan", "ba ngàn", 3000),
    Example("two-hundred-thousand", "hai trăm nghìn", 200000),
    Example("million-two-hundred-thousand", "một triệu hai trăm nghìn", 1200000),
    Example("thousand-billion", "một nghìn tỷ", 1000000000000),
    Example("capitals", "Hai Mươi", 20),
    Example("lam-alone-is-not-a-number", "lăm", None),
    Example("mot-alone-is-not-a-number", "mốt", None),
    Example("tu-alone-ends-dau-tu", "tư", None),
    Example("two-digits-in-a-row", "hai ba", None),
    Example("muoi-after-one", "một mươi", None),
    Example("not-a-number-word", "xã", None),
    Example("empty-words", "", None),
]

ORDINALS = [
    Example("digits", "5", 5),
    Example("leading-zero", "05", 5),
    Example("word", "bảy", 7),
    Example("thu-word", "thứ bảy", 7),
    Example("thu-tu", "thứ tư", 4),
    Example("roman", "XVI", 16),
    Example("twelve-words", "mười hai", 12),
    Example("not-ordinal", "khóa", None),
]


@pytest.mark.parametrize("ex", NUMERALS, ids=lambda e: e.id)
def test_parse_number(ex: Example) -> None:
    assert parse_number(ex.text) == ex.expect


@pytest.mark.parametrize("ex", WORDS, ids=lambda e: e.id)
def test_parse_number_words(ex: Example) -> None:
    assert parse_number_words(ex.text) == ex.expect


@pytest.mark.parametrize("ex", ORDINALS, ids=lambda e: e.id)
def test_parse_ordinal(ex: Example) -> None:
    assert parse_ordinal(ex.text) == ex.expect


@pytest.mark.parametrize("text,expect", [("XVI", 16), ("vi", 6), ("XIV", 14), ("IIII", None), ("ABC", None), ("", None)])
def test_roman_to_int(text: str, expect: int | None) -> None:
    assert roman_to_int(text) == expect


@pytest.mark.parametrize("value,written", [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (19, "XIX"), (40, "XL"),
                                           (1994, "MCMXCIV"), (0, "")])
def test_int_to_roman(value: int, written: str) -> None:
    assert int_to_roman(value) == written


@given(st.integers(min_value=1, max_value=399))
def test_roman_round_trip(value: int) -> None:
    assert roman_to_int(int_to_roman(value)) == value


@pytest.mark.parametrize("value,written", [
    (89490.478, "89.490,478"), (6600, "6.600"), (1000, "1.000"), (3.45, "3,45"), (0, "0"), (100, "100"),
    (1234567, "1.234.567"), (0.42, "0,42"), (2.5, "2,5"), (-12.5, "-12,5"),
])
def test_format_number(value: float, written: str) -> None:
    assert format_number(value) == written


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(value: object) -> None:
    as_float = float(str(value))
    parsed = parse_number(format_number(as_float))
    assert parsed is not None and abs(parsed - as_float) <= 1e-9 * max(1.0, as_float)
