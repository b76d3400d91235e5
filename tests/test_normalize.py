"""The normalized text and its folded copies: what every extractor matches against."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nqparse.normalize import fold, normalize, plain, plain_text
from nqparse.source import Source

VIETNAMESE = "aăâbcdđeêghiklmnopqrstuvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵôơư"


@given(st.text(alphabet=st.sampled_from(list(VIETNAMESE + " .,;:-–“”()0123456789\n")), max_size=300))
def test_plain_text_strips_marks_like_plain(text: str) -> None:
    folded = fold(text)
    assert plain_text(folded) == plain(folded)


@given(st.text(max_size=300))
def test_copies_keep_the_length_of_the_text(text: str) -> None:
    t = normalize(Source(text=text or "x", format="txt"))
    assert len(t.folded) == len(t.text) == len(t.plain)


def test_plain_reads_layout_words_without_marks() -> None:
    t = normalize(Source(text="NƠI NHẬN: Thành uỷ “Đẩy mạnh” топ", format="txt"))
    assert t.plain == "noi nhan: thanh uy “day manh” ???"
    assert t.folded == "nơi nhận: thành ủy “đẩy mạnh” топ"
