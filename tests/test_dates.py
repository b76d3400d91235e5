"""Dates as the press and official texts write them, with and without their year."""

from __future__ import annotations

import pytest

from nqparse.phrases.dates import find_dates, is_timestamp, planned_year_pattern, planned_years


@pytest.mark.parametrize(("text", "read"), [
    ("Sáng nay 20/12, Hội đồng nhân dân huyện khai mạc kỳ họp.", [(20, 12, None, "20/12")]),
    ("Trong 2 ngày (28 và 29-5), Đảng bộ xã tổ chức Đại hội.", [(28, 5, None, "28 và 29-5")]),
    ("Trong 2 ngày 8 & 9.7, HĐND huyện tổ chức kỳ họp.", [(8, 7, None, "8 & 9.7")]),
    ("Trong hai ngày 28-29/5, Đại hội diễn ra.", [(28, 5, None, "28-29/5")]),
    ("Trong 2 ngày 7 và 8/5/2020, Đảng bộ phường tổ chức Đại hội.", [(7, 5, 2020, "7 và 8/5/2020")]),
    ("Ngày 3-4 tháng 5, các xã ra quân.", [(3, 5, None, "3-4 tháng 5")]),
    ("Có 5 và 6/7 xã đạt chuẩn.", []),
    ("(Từ ngày 08 đến 10/12/2015)", [(8, 12, 2015, "08 đến 10/12/2015")]),
    ("Đại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.", [(12, 10, 2020, "12 đến ngày 15 tháng 10 năm 2020")]),
    ("từ ngày 25/9 đến ngày 5/10/2020", [(25, 9, None, "25/9"), (5, 10, 2020, "5/10/2020")]),
    ("Kỳ họp diễn ra từ 13 - 15/12/2019.", [(13, 12, 2019, "13 - 15/12/2019")]),
    ("Kỳ họp diễn ra từ ngày 5 tháng 8 đến ngày 6 tháng 8 năm 2024.",
     [(5, 8, 2024, "5 tháng 8 đến ngày 6 tháng 8 năm 2024")]),
    ("Đợt thi đua từ ngày 30 tháng 12 đến ngày 2 tháng 1 năm 2025.",
     [(30, 12, 2024, "30 tháng 12 đến ngày 2 tháng 1 năm 2025")]),
    ("Trong 2 ngày 09, 10/4, Hội Cựu chiến binh huyện tổ chức Đại hội.", [(9, 4, None, "09, 10/4")]),
    ("Đại hội diễn ra trong 2 ngày (mùng 3 và mùng 4/9).", [(3, 9, None, "3 và mùng 4/9")]),
    ("Ngày 11, 12 và 13/6/2023, Công đoàn huyện tổ chức Đại hội.", [(11, 6, 2023, "11, 12 và 13/6/2023")]),
    ("Sáng mùng 2/10, xã ra quân.", [(2, 10, None, "2/10")]),
], ids=["this-morning", "two-days-in-brackets", "two-days-with-an-ampersand", "two-days-with-a-dash",
        "two-days-with-their-year", "days-before-a-month-in-words-take-its-month", "a-count-is-no-date",
        "a-range-of-days-in-figures", "a-range-of-days-in-words", "a-range-over-two-months-is-two-dates",
        "a-range-of-days-after-from", "a-range-whose-first-day-has-its-month", "a-range-over-the-new-year",
        "two-days-with-a-comma", "two-days-each-after-mung", "three-days-listed", "a-day-after-mung"])
def test_a_day_is_read_with_the_month_written_after_it(text: str, read: list[tuple[int, int, int | None, str]]) -> None:
    assert [(d.day, d.month, d.year, text[d.start:d.end]) for d in find_dates(text)] == read


@pytest.mark.parametrize("text", [
    "Kết quả công tác năm 2022, phương hướng nhiệm vụ 2023",
    "UBND tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026; chỉ tiêu năm 2025 đạt 90%.",
    "chỉ tiêu 2025 ha, nhiệm vụ  2024; và kế hoạch 2025)",
    "theo Kế hoạch số 5 năm 2024 và chỉ tiêu năm 2021 - 2025, NHIỆM VỤ NĂM 2027",
    "Năm 2026 không có gì được nêu ở đây.",
])
def test_planned_years_are_the_whole_patterns_matches(text: str) -> None:
    # found where a branch opens, they are what the whole pattern finds, over any stretch
    whole = planned_year_pattern()
    for start, end in ((0, len(text)), (3, len(text) - 2)):
        assert [(m.span(), m.groupdict()) for m in planned_years(text, start, end)] == \
            [(m.span(), m.groupdict()) for m in whole.finditer(text, start, end)]
    assert [m.group("year") for m in planned_years("phương hướng nhiệm vụ 2023.")] == ["2023"]


def test_the_term_a_page_is_for_is_the_newest_it_names() -> None:
    """One reader of terms: the latest (first of its year) in ``Text.plain`` and in ``Text.folded``."""
    from nqparse.normalize import fold, plain
    from nqparse.phrases.terms import newest_tenure, newest_term

    text = "Trong nhiệm kỳ 2020 - 2025, xã Lục Vân làm được nhiều việc. Bước vào nhiệm kì 2025–2030, giai đoạn 2026-2030 ..."
    tenure = newest_tenure(plain(fold(text)))
    assert tenure is not None and tenure.group("a", "b") == ("2025", "2030")
    assert newest_term(fold(text)) == 2026
    assert newest_tenure("khong co nhiem ky nao") is None and newest_term("không có") is None


def test_every_term_pattern_reads_the_years_of_phrases_terms() -> None:
    import re

    from nqparse.phrases.terms import YEAR, term_years
    assert re.fullmatch(YEAR, "2025") and not re.fullmatch(YEAR, "3025")
    found = re.fullmatch(term_years("[ ]"), "2026 - 2031")
    assert found is not None and (found.group("a"), found.group("b")) == ("2026", "2031")
    assert re.fullmatch(term_years("[ ]"), "1830-1835") is None  # no year of a term a text names


@pytest.mark.parametrize(("line", "stamp"), [
    ("Thứ 6, 21/03/2025 | 15:45", True),
    ("Cập nhật lúc: 11:02 02/01/2021", True),
    # a line citing a numbered document, or a clause going on, is no publication line
    ("Chỉ thị 04-CT/TU, ngày 29/12/2020", False),
    ("4262/SKHĐT-TH ngày 21 tháng 12 năm 2020,", False),
], ids=["dateline", "updated-at", "a-cited-document", "a-clause-going-on"])
def test_a_publication_line_is_a_date_with_little_else(line: str, stamp: bool) -> None:
    assert is_timestamp(line) is stamp
