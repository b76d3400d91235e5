"""The shared pass: dates, document numbers and figures found once, looked up by range."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from nqparse.mentions import Mentions, find_mentions
from nqparse.normalize import normalize
from nqparse.phrases.dates import find_dates
from nqparse.phrases.figures import find_figures
from nqparse.segment import segment
from nqparse.source import Source

TEXT = """HUYỆN ỦY HÒA BÌNH
Số 12-NQ/HU
Hòa Bình, ngày 5 tháng 1 năm 2024
Căn cứ Nghị quyết số 08-NQ/TU, ngày 20/12/2023 của Tỉnh ủy;
Hội nghị họp ngày 3/1 tại hội trường.
1. Tăng trưởng kinh tế đạt 8%; thu ngân sách tăng 10%.
2. Kết nạp 150 đảng viên.
"""


def mentions_of(text: str) -> Mentions:
    return find_mentions(segment(normalize(Source(text=text, format="txt"))))


def test_every_date_and_number_in_order_with_its_span() -> None:
    mentions = mentions_of(TEXT)
    text = mentions.layout.text.text
    assert [text[d.start:d.end] for d in mentions.dates] == ["ngày 5 tháng 1 năm 2024", "20/12/2023", "3/1"]
    assert [d.iso for d in mentions.dates] == ["2024-01-05", "2023-12-20", None]
    assert [n.text for n in mentions.numbers] == ["12-NQ/HU", "08-NQ/TU"]
    assert all(text[n.start:n.end] == n.text for n in mentions.numbers)


class Range(NamedTuple):
    id: str
    start: str  # the range opens where this text begins...
    end: str  # ...and ends where this one begins
    dates: list[str]


RANGES = [
    Range("one-line", "Hòa Bình", "Căn cứ", ["ngày 5 tháng 1 năm 2024"]),
    Range("two-lines", "Hòa Bình", "1. Tăng", ["ngày 5 tháng 1 năm 2024", "20/12/2023", "3/1"]),
    Range("none-inside", "1. Tăng", "2. Kết", []),
    # a date that starts inside the range is given whole, though it runs on past the end
    Range("runs-past-the-end", "20/12", "12/2023", ["20/12/2023"]),
    Range("starts-before-the-range", "12/2023", "của", []),
]


@pytest.mark.parametrize("case", RANGES, ids=[c.id for c in RANGES])
def test_dates_in_a_range(case: Range) -> None:
    mentions = mentions_of(TEXT)
    text = mentions.layout.text.text
    found = mentions.dates_in(text.index(case.start), text.index(case.end))
    assert [text[d.start:d.end] for d in found] == case.dates


def test_numbers_in_a_range() -> None:
    mentions = mentions_of(TEXT)
    text = mentions.layout.text.text
    line = text.index("Căn cứ")
    assert [n.text for n in mentions.numbers_in(line, text.index("\n", line))] == ["08-NQ/TU"]


def test_each_block_holds_the_dates_a_search_of_it_finds() -> None:
    mentions = mentions_of(TEXT)
    text = mentions.layout.text.text
    for block in mentions.layout.blocks:
        assert list(mentions.dates_in(block.start, block.end)) == find_dates(text, block.start, block.end)


class Stretch(NamedTuple):
    id: str
    start: str  # the stretch opens where this text begins...
    end: str  # ...and ends where this one begins (or at the line's end: "")
    year: int | None
    figures: list[str]
    years: list[int | None]


STRETCHES = [
    Stretch("a-line", "1. Tăng", "", None, ["8%", "10%"], [None, None]),
    Stretch("one-clause", "thu ngân", "", None, ["10%"], [None]),
    Stretch("with-a-year", "Tăng trưởng", "; thu", 2024, ["8%"], [2024]),
    Stretch("a-count", "Kết nạp", ".", 2023, ["150 đảng viên"], [2023]),
]


@pytest.mark.parametrize("case", STRETCHES, ids=[c.id for c in STRETCHES])
def test_figures_of_a_stretch_are_read_as_find_figures_reads_it(case: Stretch) -> None:
    mentions = mentions_of(TEXT)
    text, folded = mentions.layout.text.text, mentions.layout.text.folded
    start = text.index(case.start)
    end = text.index(case.end, start) if case.end else text.index("\n", start)
    figures = mentions.figures(start, end, year=case.year)
    assert [text[f.start:f.end] for f in figures] == case.figures
    assert [f.year for f in figures] == case.years
    assert figures == find_figures(text, folded, start, end, year=case.year)


def test_a_stretch_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import nqparse.mentions

    reads: list[tuple[int, int]] = []
    monkeypatch.setattr(nqparse.mentions, "find_figures",
                        lambda text, folded, start, end, year=None: reads.append((start, end)) or [])
    mentions = mentions_of(TEXT)
    for _ in range(3):
        mentions.figures(10, 40)
    mentions.figures(10, 40, year=2024)
    assert reads == [(10, 40), (10, 40)]


def test_body_names_are_read_once_where_the_reader_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Giao Ủy ban nhân dân huyện, Ban Tuyên giáo Huyện ủy chủ trì thực hiện.\nMột câu."
    mentions = mentions_of(text)
    found = mentions.bodies(5, len(text))
    assert found is not None
    assert [text[s:e] for s, e in found.bodies] == ["Ủy ban nhân dân huyện", "Ban Tuyên giáo Huyện ủy"]
    assert mentions.bodies(0, 4) is None  # "Giao" opens no body
    import nqparse.mentions

    reads: list[tuple[int, int]] = []
    monkeypatch.setattr(nqparse.mentions, "read_bodies", lambda text, folded, start, end: reads.append((start, end)))
    fresh = mentions_of(text)
    for _ in range(3):
        fresh.bodies(5, 40)
    assert reads == [(5, 40)]


def test_an_empty_text_has_no_mentions() -> None:
    mentions = mentions_of(" ")
    assert (mentions.dates, mentions.numbers, mentions.figures(0, 1), mentions.bodies(0, 1)) == ((), (), [], None)


def test_a_year_is_let_go_before_the_noun_after_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """'năm 2030 xã Đông Lâm có ...': a bare year is no figure, and the noun after it is not read."""
    from nqparse.normalize import fold
    from nqparse.phrases import figures as figures_module

    read: list[int] = []
    counted = figures_module._counted_noun

    def spy(*args: object) -> object:
        read.append(1)
        return counted(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(figures_module, "_counted_noun", spy)
    text = "Phấn đấu đến 2030 sẽ có 12 trường đạt chuẩn."
    found = figures_module.find_figures(text, fold(text), 0, len(text))
    assert [f.value for f in found] == [12]
    assert not read  # "trường" is a unit the lexicon lists; the year's "sẽ" is never read
