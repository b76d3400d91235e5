"""The signature and the recipients of the document itself, in footers as scans and forms
leave them."""

from __future__ import annotations

import pytest

from nqparse import extract_text
from nqparse.extractors.recipients import extract_recipients
from nqparse.extractors.signature import extract_signature
from nqparse.normalize import normalize
from nqparse.segment import Layout, segment
from nqparse.source import Source

# A decision signed in a two-column footer read line by line, then the rules it issues and a
# form the rules attach, with a "Nơi nhận" of its own to fill in.
DECISION_WITH_FORMS = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 11/2026/QĐ-UBND

QUYẾT ĐỊNH
Ban hành Quy định quản lý đầu tư và xây dựng

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý đầu tư và xây dựng.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Chính phủ; TM. ỦY BAN NHÂN DÂN
- Bộ Xây dựng; CHỦ TỊCH

~ Sở Tư pháp;
- Lưu: VT.

Nguyễn Văn An

QUY ĐỊNH
Quản lý đầu tư và xây dựng
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quản lý đầu tư và xây dựng.

Mẫu số 01
BÁO CÁO KẾT QUẢ THẨM ĐỊNH
Hồ sơ đủ điều kiện phê duyệt.
ĐẠI DIỆN CƠ QUAN CHỦ TRÌ
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def _layout(text: str) -> Layout:
    return segment(normalize(Source(text=text, format="txt", encoding=None, size=len(text.encode()))))


def test_a_decision_signed_beside_its_recipients_before_the_forms_it_attaches() -> None:
    signed = extract_signature(_layout(DECISION_WITH_FORMS))
    assert [(v.authority, v.on_behalf_of) for v in signed.levels] == [("TM.", "ỦY BAN NHÂN DÂN")]
    assert signed.title is not None and signed.title.text == "CHỦ TỊCH"
    assert signed.signer is not None and signed.signer.text == "Nguyễn Văn An"


def test_the_recipients_are_those_the_signature_stands_by() -> None:
    found = extract_recipients(_layout(DECISION_WITH_FORMS))
    assert [(r.name, r.archive) for r in found] == [
        ("Chính phủ", False), ("Bộ Xây dựng", False), ("Sở Tư pháp", False), ("VT", True)]


def test_every_value_of_the_signature_carries_its_span() -> None:
    result = extract_text(DECISION_WITH_FORMS)
    text = extract_text(DECISION_WITH_FORMS, with_text=True).text or ""
    spans = result.signature.spans
    assert text[spans["authority"].start:spans["authority"].end] == "TM."
    assert text[spans["signer"].start:spans["signer"].end] == "Nguyễn Văn An"


def test_a_scans_debris_after_the_authority_is_no_part_of_it() -> None:
    text = ("THÔNG BÁO\nKết luận của Chủ tịch\n\nNội dung kết luận.\n\nNơi nhận:\n- Các sở;\n- Lưu: VT.\n"
            "TL. CHỦ TỊCH _\nCHÁNH VĂN PHÒNG\n\nLê Văn Hà\n")
    signed = extract_signature(_layout(text))
    assert [(v.authority, v.on_behalf_of) for v in signed.levels] == [("TL.", "CHỦ TỊCH")]


def test_a_web_copys_authority_line_between_table_bars_and_no_title_after_it() -> None:
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 5/QĐ-UBND | Tỉnh A, ngày 2 tháng 3 năm 2020 |\n"
            "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nĐiều 1. Ban hành Quy chế kèm theo.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n| TM. ỦY BAN NHÂN DÂN TỈNH |\n"
            "QUY CHẾ\nHOẠT ĐỘNG CỦA TỔ CÔNG TÁC TRIỂN KHAI THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH\n"
            "Điều 1. Phạm vi điều chỉnh\n")
    signed = extract_signature(_layout(text))
    assert [(v.authority, v.on_behalf_of) for v in signed.levels] == [("TM.", "ỦY BAN NHÂN DÂN TỈNH")]
    assert signed.title is None


def test_a_web_copys_title_cell_over_the_rules_it_attaches() -> None:
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 471/QĐ-UBND | Tỉnh A, ngày 12 tháng 9 năm 2016 |\n"
            "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nĐiều 1. Ban hành Quy chế kèm theo.\n"
            "Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.\n| CHỦ TỊCH |\n"
            "VỀ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ PHÒNG, CHỐNG THIÊN TAI TỈNH A\nĐiều 1. Phạm vi điều chỉnh\n")
    signed = extract_signature(_layout(text))
    assert signed.title is not None and signed.title.text == "CHỦ TỊCH"
    assert text[signed.title.at.start:signed.title.at.end] == "CHỦ TỊCH"


def test_a_title_in_the_cell_beside_the_recipients_label() -> None:
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH A\nSố: 07/2016/NQ-HĐND\nNGHỊ QUYẾT\nVề phân bổ vốn\n\nĐiều 1. Ban hành quy định.\n"
            "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.\nNơi nhận: | CHỦ TỊCH |\n")
    signed = extract_signature(_layout(text))
    assert signed.title is not None and signed.title.text == "CHỦ TỊCH"


@pytest.mark.parametrize(("lines", "names"), [
    ("- Cục Khoáng sản Việt Nam;\n- Các sở: Nông nghiệp và Môi trường,\nTài chính, Công Thương, Xây dựng;\n- Lưu: VT.",
     ["Cục Khoáng sản Việt Nam", "Các sở: Nông nghiệp và Môi trường, Tài chính, Công Thương, Xây dựng", "VT"]),
    # a list whose lines all close with a comma: each is a recipient of its own
    ("- Ban Thường vụ Tỉnh ủy,\n- Các huyện ủy,\nThành ủy trực thuộc,\n- Lưu VPTU.",
     ["Ban Thường vụ Tỉnh ủy", "Các huyện ủy", "Thành ủy trực thuộc", "VPTU"]),
], ids=["comma-in-a-list-closed-by-semicolons", "a-list-closed-by-commas"])
def test_a_recipient_wrapped_after_a_comma(lines: str, names: list[str]) -> None:
    text = "BÁO CÁO\nVề công tác\n\nNội dung.\n\nNơi nhận:\n" + lines + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
    assert [r.name for r in extract_text(text).recipients] == names


@pytest.mark.parametrize(("lines", "title", "signer"), [
    ("PHÓ GIÁM ĐỐC\nSỞ CÔNG THƯƠNG\n", "PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG", None),
    ("GIÁM ĐỐC\nĐOÀN VĂN AN\n", "GIÁM ĐỐC", "ĐOÀN VĂN AN"),
    ("GIÁM ĐỐC\nNGUYỄN THỊ HÀ\n", "GIÁM ĐỐC", "NGUYỄN THỊ HÀ"),
], ids=["the-body-of-the-title", "a-surname-that-is-a-body-word", "a-name"])
def test_a_capitals_line_after_the_title_is_the_signer_unless_it_names_a_body(
        lines: str, title: str, signer: str | None) -> None:
    text = ("SỞ CÔNG THƯƠNG\nSố: 12/KH-SCT\n\nKẾ HOẠCH\nKiểm tra an toàn\n\nNội dung kiểm tra./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\n" + lines)
    found = extract_signature(_layout(text))
    assert (found.title.text if found.title else None, found.signer.text if found.signer else None) == (title, signer)


def test_a_recipient_that_heads_sub_items_is_no_recipient() -> None:
    # "- VP UBND tỉnh:" names where its sub-items sit; they are the recipients
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 144/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số\n\nNội dung./.\n\n"
            "Nơi nhận:\n- Các sở, ban, ngành;\n- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ Lưu: VT.\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nMai Sơn\n")
    found = [(r.name, r.archive) for r in extract_recipients(_layout(text))]
    assert found == [("Các sở, ban, ngành", False), ("LĐVP, KGVX", False), ("VT", True)]


def test_a_table_bar_beside_the_recipients_label_is_no_recipient() -> None:
    # a legal-database copy keeps the bottom table as "Nơi nhận: | TM. ỦY BAN NHÂN DÂN |"
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 03/2019/QĐ-UBND | Tỉnh A |\n"
            "QUYẾT ĐỊNH\nBan hành quy chế\nĐiều 1. Ban hành quy chế.\nNơi nhận: | TM. ỦY BAN NHÂN DÂN |\n")
    assert not extract_text(text).recipients


@pytest.mark.parametrize("mark", ["T/M.", "K/T.", "T/M", "TM."])
def test_a_slashed_authority_closed_by_a_full_stop(mark: str) -> None:
    # party and state forms run together: "T/M." as often as "T/M" or "TM."
    text = ("SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nSố: 12/KH-ĐKT\n\nKẾ HOẠCH\nKiểm tra an toàn\n\nNội dung kiểm tra./.\n\n"
            f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{mark} ĐOÀN KIỂM TRA\nTRƯỞNG ĐOÀN\n\nHoàng Văn An\n\n"
            "PHỤ LỤC I\nDANH SÁCH ĐƠN VỊ ĐƯỢC KIỂM TRA\n")
    found = extract_signature(_layout(text))
    assert [v.on_behalf_of for v in found.levels] == ["ĐOÀN KIỂM TRA"]
    assert (found.title.text if found.title else None, found.signer.text if found.signer else None) == (
        "TRƯỞNG ĐOÀN", "Hoàng Văn An")


# a two-column footer written out cell by cell: the signature's lines between the recipients'
INTERLEAVED_FOOTER = ("ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nSố: 12/TTr-UBND\n\nTỜ TRÌNH\nVề việc điều chỉnh kế hoạch vốn\n\n"
                      "Kính gửi: Thường trực Hội đồng nhân dân huyện.\n\nKính trình xem xét./.\n\nNơi nhận:\n\n"
                      "TM. ỦY BAN NHÂN DÂN\n\n- Như trên;\n\nKT. CHỦ TỊCH\n\n- Lưu: VT.\n\nPHÓ CHỦ TỊCH\n\n\n\nTrần Văn Bình\n")


def test_a_signature_written_between_the_recipients_lines() -> None:
    signed = extract_signature(_layout(INTERLEAVED_FOOTER))
    assert [(v.authority, v.on_behalf_of) for v in signed.levels] == [("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")]
    assert signed.title is not None and signed.title.text == "PHÓ CHỦ TỊCH"
    assert signed.signer is not None and signed.signer.text == "Trần Văn Bình"


def test_the_recipients_read_past_the_signatures_lines_between_them() -> None:
    found = extract_recipients(_layout(INTERLEAVED_FOOTER))
    assert [(r.name, r.archive) for r in found] == [("Như trên", False), ("VT", True)]
