"""Dates as the press and official texts write them, with and without their year."""

from __future__ import annotations

import pytest

from nqparse.phrases.dates import find_dates


@pytest.mark.parametrize(("text", "read"), [
    ("Sáng nay 20/12, Hội đồng nhân dân huyện khai mạc kỳ họp.", [(20, 12, None, "20/12")]),
    ("Trong 2 ngày (28 và 29-5), Đảng bộ xã tổ chức Đại hội.", [(28, 5, None, "28 và 29-5")]),
    ("Trong 2 ngày 8 & 9.7, HĐND huyện tổ chức kỳ họp.", [(8, 7, None, "8 & 9.7")]),
    ("Trong hai ngày 28-29/5, Đại hội diễn ra.", [(28, 5, None, "28-29/5")]),
    ("Trong 2 ngày 7 và 8/5/2020, Đảng bộ phường tổ chức Đại hội.", [(7, 5, 2020, "7 và 8/5/2020")]),
    ("Ngày 3-4 tháng 5, các xã ra quân.", []),
    ("Có 5 và 6/7 xã đạt chuẩn.", []),
], ids=["this-morning", "two-days-in-brackets", "two-days-with-an-ampersand", "two-days-with-a-dash",
        "two-days-with-their-year", "days-before-a-month-in-words-are-no-day-and-month", "a-count-is-no-date"])
def test_a_day_is_read_with_the_month_written_after_it(text: str, read: list[tuple[int, int, int | None, str]]) -> None:
    assert [(d.day, d.month, d.year, text[d.start:d.end]) for d in find_dates(text)] == read
