"""Cited documents: their numbers as written, the date the text gives them, and the text's own
number left out."""

from __future__ import annotations

import pytest

from nqparse import extract_text
from nqparse.phrases.docnumbers import find_numbers

NUMBERS = [
    ("a-body-with-its-term", "Căn cứ Nghị quyết số 1670/NQ-UBTVQH15 ngày 16/6/2025.", "1670/NQ-UBTVQH15"),
    ("a-joint-document-issuers-after-a-slash", "Quy chế số 01/QCPH/UBND-UBMTTQ ngày 27/10/2017.",
     "01/QCPH/UBND-UBMTTQ"),
    ("a-joint-resolution-with-its-year", "Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN.",
     "19/2008/NQLT/CP-UBTUMTTQVN"),
    ("a-web-copy-spacing-the-dash", "Báo cáo thẩm tra số 46/BC- HĐND ngày 08/12/2011.", "46/BC- HĐND"),
    ("a-web-copy-spacing-a-legal-numbers-dash", "Căn cứ Thông tư số 07/2022/TT- TTCP ngày 3/5/2022.", "07/2022/TT- TTCP"),
    ("a-number-squeezed-in-with-a-letter", "Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.", "30c/NQ-CP"),
    ("a-party-number-with-a-letter", "Thực hiện Kế hoạch số 05a-KH/TU ngày 2/3/2021.", "05a-KH/TU"),
    ("an-office-unit-with-a-digit", "Công văn số 4011/UBND-VX2 ngày 3/5/2024.", "4011/UBND-VX2"),
    ("a-letter-of-one-office-after-so", "Công văn số 126/SKHĐT ngày 2/3/2024.", "126/SKHĐT"),
    ("a-letter-cut-before-its-unit-is-none", "Công văn số 1621/STC-", None),
    ("a-1980s-number-of-its-issuer-after-a-dash", "Căn cứ Nghị định số 50-HĐBT ngày 24 tháng 5 năm 1989.", "50-HĐBT"),
    ("a-period-after-so-is-no-number", "Tổng số 2021-2025 là năm.", None),
    ("a-fraction-is-no-number", "Có 5/7 xã đạt chuẩn, 30a/b.", None),
    ("a-party-number-whose-dash-is-a-space-after-so", "Căn cứ Kế hoạch số 215 KH/TĐTN ngày 3/4/2012.", "215 KH/TĐTN"),
    ("a-count-and-a-code-without-so-is-no-number", "Có 12 KH/TU được triển khai.", None),
]


@pytest.mark.parametrize(("text", "number"), [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS])
def test_numbers_read_whole(text: str, number: str | None) -> None:
    assert [n.text for n in find_numbers(text)] == ([number] if number else [])


@pytest.mark.parametrize("written", ["17-Ctr/HU", "17-CTR/HU"])
def test_a_mixed_case_type_code_typed_in_another_case_is_read_as_that_code(written: str) -> None:
    found = find_numbers(f"Thực hiện Chương trình hành động số {written} của Huyện ủy về chuyển đổi số.")
    assert [(n.text, n.type_code) for n in found] == [(written, "CTr")]


def test_the_normalized_form_drops_the_space_of_a_spaced_dash() -> None:
    assert [n.normalized for n in find_numbers("số 46/BC- HĐND")] == ["46/BC-HĐND"]


PRESS = "Tin tức\n\n{}\n"


@pytest.mark.parametrize(("sentence", "cited"), [
    ("Ngày 08/01/2026, Chính phủ đã ban hành Nghị quyết 01/NQ-CP về nhiệm vụ năm 2026.", ("01/NQ-CP", "2026-01-08")),
    ("Ngày 16/4/2026 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-UBND về phòng dịch.", ("11/CT-UBND", "2026-04-16")),
    ("Ngày 16/4/2026 Ủy ban nhân dân tỉnh họp, triển khai Chỉ thị số 11/CT-UBND về phòng dịch.", ("11/CT-UBND", None)),
    ("Ngày 08/4/2026, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND-TCD thông báo ý kiến chỉ đạo.",
     ("404/VPUBND-TCD", "2026-04-08")),
    ("Ngày 14 tháng 11 năm 2026, Ban Bí thư ban hành Chỉ thị số 27-CT/TW về việc tổ chức Tết.",
     ("27-CT/TW", "2026-11-14")),
    ("Ngày 05/3/2026, UBND tỉnh có Kế hoạch số 48/KH-UBND về sản xuất vụ Đông.", ("48/KH-UBND", "2026-03-05")),
    ("Ngày 05/3/2026, xã có 12 nhà văn hóa theo Quyết định số 48/QĐ-UBND.", ("48/QĐ-UBND", None)),
], ids=["issued-on-the-day-the-sentence-opens", "without-a-comma", "a-meeting-that-day-issued-nothing",
        "a-letter-named-by-any-word", "a-day-in-words-holds-its-own-ngay", "the-press-has-a-body-have-its-document",
        "having-other-things-issues-nothing"])
def test_the_day_a_sentence_opens_on_dates_the_document_it_issues(sentence: str, cited: tuple[str, str | None]) -> None:
    refs = extract_text(PRESS.format(sentence)).references
    assert [(r.number, r.date) for r in refs] == [cited]


def test_a_title_in_capitals_and_the_text_cite_one_document() -> None:
    text = ("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2026 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
            "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh "
            "ban hành Kế hoạch.\n")
    refs = extract_text(text).references
    assert [r.date for r in refs] == ["2026-07-16"]


def test_the_texts_own_number_on_a_sites_card_is_no_reference() -> None:
    text = ("Quyết định 853/QĐ-UBND năm 2026 phê duyệt Quy hoạch mạng lưới trường học\n"
            "Số hiệu: 853/QĐ-UBND Loại văn bản: Quyết định\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 853/QĐ-UBND\n\nBình An, ngày 20 tháng 4 năm 2026\n\n"
            "QUYẾT ĐỊNH\nPhê duyệt Quy hoạch mạng lưới trường học\n\n"
            "Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh;\n")
    refs = extract_text(text).references
    assert [r.number for r in refs] == ["12/2025/QĐ-UBND"]


def test_the_number_a_header_line_opens_with_is_the_texts_own() -> None:
    text = "THÀNH ỦY BÌNH AN\n\nSố:\n88-KH/TU\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 05-NQ/TU của Thành ủy\n"
    assert [r.number for r in extract_text(text).references] == ["05-NQ/TU"]


def test_a_sites_card_writing_the_documents_own_number_its_way_cites_nothing() -> None:
    text = ("Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\nỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: 1961/QĐUBND\n\n"
            "Kiên Giang, ngày 28 tháng 8 năm 2019\n\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\n\nCăn cứ Nghị định số "
            "61/2018/NĐ-CP ngày 23 tháng 4 năm 2018;\n")
    assert [r.number for r in extract_text(text).references] == ["61/2018/NĐ-CP"]


def test_a_number_that_lost_its_dash_and_the_same_written_whole_cite_one_document() -> None:
    text = ("Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh số 66/NQHĐND ngày 09/12/2024 về Kế hoạch năm 2025; số "
            "05/NQ-HĐND ngày 20/02/2025 về điều chỉnh một số chỉ tiêu được giao tại Nghị quyết số 66/NQ-HĐND ngày "
            "09/12/2024;\n")
    refs = extract_text(text).references
    assert [(r.number, r.date) for r in refs] == [("66/NQ-HĐND", "2024-12-09"), ("05/NQ-HĐND", "2025-02-20")]


def test_a_legal_number_that_lost_its_dash_is_cited_and_a_flattened_headers_own_is_not() -> None:
    result = extract_text(
        "Quyết định số 05/2019/QĐ-UBND ban hành quy định về nuôi tôm\n\n"
        "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Độc lập Tự do Hạnh phúc Số: 05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019 "
        "QUYẾT ĐỊNH Căn cứ Thông tư số 22/2014/TTBNNPTNT ngày 29 tháng 7 năm 2014 của Bộ trưởng Bộ Nông nghiệp và "
        "Phát triển nông thôn; Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ;\n")
    assert [(r.number, r.date) for r in result.references] == [
        ("22/2014/TTBNNPTNT", "2014-07-29"), ("61/2018/NĐCP", "2018-04-23")]


def test_a_number_padded_with_zeros_is_cited_as_written() -> None:
    assert [n.text for n in find_numbers("Xét Công văn số 010094/UBND-TH ngày 22 tháng 12 năm 2025")] == ["010094/UBND-TH"]


@pytest.mark.parametrize("repeat", [">>> Xem chi tiết tại đây: 47/TB-UBND", "Thông báo 47/TB-UBND"])
def test_the_texts_own_number_repeated_without_date_or_issuer_cites_nothing(repeat: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\nSố: 47/TB-UBND\nLâm Hà, ngày 10 tháng 4 năm 2026\n\n"
            "THÔNG BÁO\nVề việc tạm dừng chợ phiên\n\nThực hiện Công văn số 15/UBND-VX ngày 02/4/2026 của "
            f"Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện thông báo tạm dừng chợ phiên.\n\n{repeat}\n")
    assert [r.number for r in extract_text(text).references] == ["15/UBND-VX"]


def test_the_texts_own_number_cited_with_its_date_stays() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\nSố: 47/TB-UBND\nLâm Hà, ngày 10 tháng 4 năm 2026\n\n"
            "THÔNG BÁO\nVề việc tạm dừng chợ phiên\n\nBãi bỏ Thông báo số 47/TB-UBND ngày 02/4/2025.\n")
    assert [r.number for r in extract_text(text).references] == ["47/TB-UBND"]
