"""The normalized text and its folded copies: what every extractor matches against."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nqparse import extract_text
from nqparse.normalize import fold, fold_and_plain, normalize, plain, plain_text
from nqparse.ocr import fix_marks
from nqparse.source import Source

VIETNAMESE = "aăâbcdđeêghiklmnopqrstuvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵôơư"


@given(st.text(alphabet=st.sampled_from(list(VIETNAMESE + " .,;:-–“”()0123456789\n")), max_size=300))
def test_plain_text_strips_marks_like_plain(text: str) -> None:
    folded = fold(text)
    assert plain_text(folded) == plain(folded)


@given(st.text(alphabet=st.sampled_from(list(VIETNAMESE.upper() + "oOuUqQàáảãạèéẻẽẹỳýỷỹỵ .,-\n1Жİ")), max_size=300))
def test_fold_and_plain_agree_with_fold_then_plain_text(text: str) -> None:
    assert fold_and_plain(text) == (fold(text), plain_text(fold(text)))


def test_fold_and_plain_moves_the_tone_where_fold_does() -> None:
    assert fold_and_plain("Hoà Thuỷ quý hoà.") == ("hòa thủy quý hòa.", "hoa thuy quy hoa.")


@given(st.text(max_size=300))
def test_copies_keep_the_length_of_the_text(text: str) -> None:
    t = normalize(Source(text=text or "x", format="txt"))
    assert len(t.folded) == len(t.text) == len(t.plain)


def test_plain_reads_layout_words_without_marks() -> None:
    t = normalize(Source(text="NƠI NHẬN: Thành uỷ “Đẩy mạnh” топ", format="txt"))
    assert t.plain == "noi nhan: thanh uy “day manh” ???"
    assert t.folded == "nơi nhận: thành ủy “đẩy mạnh” топ"


@pytest.mark.parametrize(("read", "repaired"), [
    ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐÒNG", "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG"),
    ("Ủy ban nhân dân tỉnh Hà Tinh", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("THÀNH PHÔ HÔ CHÍ MINH", "THÀNH PHỐ HỒ CHÍ MINH"),
    ("VĂN PHÒNG ĐIÊU PHÓI NÔNG THÔN MỚI", "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"),
    ("CÁC PHONG TRÀO THI ĐUA", "CÁC PHONG TRÀO THI ĐUA"),  # no plural of a body ("các phòng")
    ("Văn phòng Điêu phối", "Văn phòng Điêu phối"),  # running text, not a header's capitals
    ("tỉnh Khánh Hoà", "tỉnh Khánh Hoà"),  # the other placement of the tone is no error
    ("huyện Lâm Đòng", "huyện Lâm Đòng"),  # no province's unit word before it
], ids=["capitals", "lost-mark", "city", "known-name", "no-plural", "not-capitals", "tone-placement", "no-unit-word"])
def test_ocr_gives_a_provinces_name_and_a_known_phrase_its_one_reading(read: str, repaired: str) -> None:
    assert fix_marks(read, plain_text(fold(read))) == repaired


def test_place_marks_are_repaired_only_in_text_read_by_ocr() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐÒNG\n"
    assert normalize(Source(text=text, format="txt", encoding="utf-8", size=len(text))).text == text.strip()


def test_line_breaks_written_out_as_escapes_are_line_breaks() -> None:
    # a page saved from a JSON string: its "\r\n" are the two escapes as letters
    text = "ỦY BAN NHÂN DÂN \\r\\n Số: 7/KH-UBND\\r\\nHà An, ngày 2 tháng 3 năm 2021"
    lines = normalize(Source(text=text, format="md")).text.split("\n")
    assert lines == ["ỦY BAN NHÂN DÂN", "Số: 7/KH-UBND", "Hà An, ngày 2 tháng 3 năm 2021"]


def test_escaped_line_breaks_give_the_number_and_the_kind() -> None:
    text = ("ỦY BAN NHÂN DÂN | \\r\\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\r\\n Số: 7/KH-UBND \\r\\n | Hà An, ngày 2"
            " tháng 3 năm 2021\\r\\nThực hiện Quyết định số 12/QĐ-TTg\\r\\nngày 05/01/2021 của Thủ tướng Chính phủ,"
            " UBND tỉnh ban hành Kế hoạch như sau:\\r\\n1. Mục tiêu chung")
    out = extract_text(text)
    assert (out.document.kind, out.document.number) == ("ke_hoach", "7/KH-UBND")
    assert [(r.number, r.date) for r in out.references] == [("12/QĐ-TTg", "2021-01-05")]


def test_fold_reads_a_final_i_of_one_onset_as_its_y_spelling() -> None:
    assert fold("Kĩ thuật, qui hoạch, lí luận, bác sĩ, tỉ lệ") == fold("Kỹ thuật, quy hoạch, lý luận, bác sỹ, tỷ lệ")
    assert fold("thi đua, khi, chỉ, Hoa Kì") == "thi đua, khi, chỉ, hoa kỳ"
    assert fold_and_plain("Kĩ sư") == ("kỹ sư", "ky su")


def test_either_spelling_of_a_word_matches_the_same_list_entry() -> None:
    text = "NGHỊ QUYẾT\nHỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH\nKHÓA X, KÌ HỌP THỨ 9\n"
    doc = extract_text(text)
    assert doc.meeting is not None and doc.meeting.ordinal == 9


def test_a_final_i_is_looked_for_in_the_bytes_where_the_pattern_would_find_it() -> None:
    from nqparse.normalize import _IY_FOLD

    # "α", a letter the plain codec lacks, reads as a blank in the bytes: the pattern decides
    text = "kĩ sư, lí do, qui định; (mĩ) tỉ lệ thi khi chỉ hi_ ki2 _ti kiα αli Kì"
    folded = fold_and_plain(text)[0]
    low = text.lower()
    assert [m.start() for m in _IY_FOLD.finditer(low)] == [i for i, (a, b) in enumerate(zip(low, folded, strict=True)) if a != b]
    assert folded == "kỹ sư, lý do, quy định; (mỹ) tỷ lệ thi khi chỉ hi_ ki2 _ti kiα αli kỳ"


@pytest.mark.parametrize("text", ["**\nx", "  **  \n# A\n\t## B\nx # y\n**bold**\n * **\n", "a**\n#\n", "x\n \t** *\n"])
def test_a_step_that_opens_at_a_line_start_is_tried_where_its_mark_stands(text: str) -> None:
    from nqparse.normalize import _LINE_OPENS, _matches
    from nqparse.phrases.lazy import lazy

    for source in _LINE_OPENS:
        pattern = lazy(source)
        found = _matches(pattern, text, {})
        assert found is not None
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
