"""Encodings: every sample, written in each encoding Vietnamese archives hold, reads the same.

The variants are built here from ``samples/`` with the encoders of ``nqparse.readers.legacy``
(TCVN3 as an ABC-font user typed it: toned capitals as lower-case codes; VNI; Windows-1258 with
separate tone marks) and with Python's codecs (UTF-16, UTF-8 with BOM, NFD).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nqparse.cli.main import main
from nqparse.phrases.syllables import is_syllable, vietnamese_share
from nqparse.pipeline import extract
from nqparse.readers import read_bytes
from nqparse.readers.legacy import (
    decode_tcvn3,
    decode_vni,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
    repair_text,
    restore_capitals,
)

from .conftest import SAMPLES, sample
from .values import extracted_values

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))

VARIANTS: dict[str, tuple[Callable[[str], bytes], str]] = {
    "tcvn3": (lambda t: encode_tcvn3(t, "replace"), "tcvn3"),
    "vni": (lambda t: encode_vni(t, "replace"), "vni"),
    "cp1258-decomposed": (lambda t: encode_cp1258(t, "replace"), "cp1258"),
    "utf-16-bom": (lambda t: t.encode("utf-16"), "utf-16"),
    "utf-16-le-no-bom": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    "utf-8-bom": (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    "nfd": (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "utf-8"),
    "tcvn3-font-in-utf-8": (lambda t: encode_tcvn3(t, "replace").decode("cp1252", "replace").encode("utf-8"),
                            "utf-8+tcvn3"),
    "vni-font-in-utf-8": (lambda t: encode_vni(t, "replace").decode("cp1252", "replace").encode("utf-8"),
                          "utf-8+vni"),
}


def _extracted(path: Path) -> tuple[Any, str | None]:
    result = extract(path)
    return extracted_values(json.loads(result.model_dump_json())), result.source.encoding


@pytest.fixture(scope="module")
def originals() -> dict[str, Any]:
    return {p.name: _extracted(p)[0] for p in SAMPLE_FILES}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name.split("-")[0] + "-" + p.name.split("-")[1]
                                                    for p in SAMPLE_FILES])
def test_sample_in_other_encoding_extracts_the_same(tmp_path: Path, originals: dict[str, Any], path: Path,
                                                    variant: str) -> None:
    encode, expected_encoding = VARIANTS[variant]
    copy = tmp_path / path.name
    copy.write_bytes(encode(path.read_text(encoding="utf-8")))
    values, encoding = _extracted(copy)
    assert encoding == expected_encoding
    assert values == originals[path.name]


def test_encoding_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(encode_tcvn3(sample("kienan").read_text(encoding="utf-8"), "replace"))
    forced = CliRunner().invoke(main, ["extract", "--encoding", "cp1252", str(path)])
    assert forced.exit_code == 0
    data = json.loads(forced.stdout)
    assert data["source"]["encoding"] == "cp1252"
    assert data["document"]["number"] != "02-NQ/QU"  # read as Windows-1252, the Vietnamese is lost
    named = CliRunner().invoke(main, ["extract", "--encoding", "ABC", str(path)])
    assert named.exit_code == 0
    data = json.loads(named.stdout)
    assert data["source"]["encoding"] == "tcvn3" and data["document"]["number"] == "02-NQ/QU"


@pytest.mark.parametrize(("encoding", "message"), [
    ("klingon-8", "unknown encoding"),
    ("ascii", "cannot decode as ascii"),
], ids=["unknown-name", "wrong-codec"])
def test_bad_encoding_option_is_one_line_exit_2(encoding: str, message: str) -> None:
    result = CliRunner().invoke(main, ["extract", "--encoding", encoding, str(sample("kienan"))])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


@pytest.mark.parametrize(("raw", "decoder", "text"), [
    ("Ban ChÊp hµnh §¶ng bé", decode_tcvn3, "Ban Chấp hành Đảng bộ"),
    ("Sè 11-HD/VPTW", decode_tcvn3, "Số 11-HD/VPTW"),
    ("Trung \xad\xacng", decode_tcvn3, "Trung ương"),
    ("BAN CHÊP HµNH TRUNG \xa6\xa5NG", decode_tcvn3, "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ("“Quy ®Þnh” – n¨m 2022", decode_tcvn3, "“Quy định” – năm 2022"),
    ("chaøo caùc baïn", decode_vni, "chào các bạn"),
    ("Nghò quyeát Ñaïi hoäi", decode_vni, "Nghị quyết Đại hội"),
    ("THAØNH UÛY HAÛI PHOØNG", decode_vni, "THÀNH ỦY HẢI PHÒNG"),
    ("nöôùc, tröôøng, khuyeán, hyû", decode_vni, "nước, trường, khuyến, hỷ"),
], ids=["tcvn3-words", "tcvn3-number", "tcvn3-uo-horn", "tcvn3-capitals", "tcvn3-windows-punctuation",
        "vni-greeting", "vni-title", "vni-capitals", "vni-horns"])
def test_legacy_decoders(raw: str, decoder: Callable[[bytes], str], text: str) -> None:
    assert decoder(raw.encode("cp1252")) == text


VIETNAMESE_LETTERS = "".join(sorted({
    unicodedata.normalize("NFC", base + mark + tone)
    for base, marks in (("a", ("", "\u0306", "\u0302")), ("e", ("", "\u0302")), ("i", ("",)),
                        ("o", ("", "\u0302", "\u031b")), ("u", ("", "\u031b")), ("y", ("",)))
    for mark in marks for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
})) + "đ"


@pytest.mark.parametrize("letters", [VIETNAMESE_LETTERS, VIETNAMESE_LETTERS.upper()], ids=["lower", "upper"])
def test_vni_round_trips_every_letter(letters: str) -> None:
    assert len(letters) == 73  # 12 vowels with 6 tones each, and đ
    assert decode_vni(encode_vni(letters)) == letters


def test_tcvn3_round_trips_every_lower_case_letter_and_the_capitals_it_has() -> None:
    letters = VIETNAMESE_LETTERS + "ĂÂÊÔƠƯĐ"
    assert decode_tcvn3(encode_tcvn3(letters)) == letters


def test_cp1258_writes_tone_marks_apart() -> None:
    data = encode_cp1258("Nghị quyết")
    assert data.decode("cp1258") != "Nghị quyết"  # decomposed on the wire
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == "Nghị quyết"


@pytest.mark.parametrize(("text", "restored"), [
    ("BAN CHấP HàNH", "BAN CHẤP HÀNH"),
    ("ĐảNG Bộ TỉNH", "ĐẢNG BỘ TỈNH"),
    ("Hà Nội, ngày 5", "Hà Nội, ngày 5"),
    ("Bộ Chính trị", "Bộ Chính trị"),
    ("họp. ủy ban", "họp. Ủy ban"),
    ("ảnh: Duy Linh", "Ảnh: Duy Linh"),
], ids=["caps-words", "short-caps-words-follow-line", "title-case-kept", "title-case-short-word",
        "sentence-start-and-body-name", "line-start"])
def test_restore_capitals(text: str, restored: str) -> None:
    assert restore_capitals(text) == restored


def test_mixed_unicode_and_legacy_lines_are_repaired_line_by_line() -> None:
    text = ("BAN CHÊP HµNH §¶NG Bé TØNH\nNghÞ quyÕt vÒ ph¸t triÓn kinh tÕ n¨m 2022\n"
            "Đây là dòng Unicode: các đồng chí Bé, Hà và Lê")
    found = repair_text(text)
    assert found is not None
    repaired, legacy, offsets = found
    assert legacy == "tcvn3"
    assert repaired.splitlines() == ["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "Nghị quyết về phát triển kinh tế năm 2022",
                                     "Đây là dòng Unicode: các đồng chí Bé, Hà và Lê"]
    unicode_line = text.rindex("Đây")
    assert repaired[offsets(unicode_line):].startswith("Đây")
    assert offsets(len(text)) == len(repaired)
    assert repaired[offsets(text.index("NghÞ")):].startswith("Nghị")
    assert offsets(text.index("NghÞ") + 2) == repaired.index("Nghị")  # inside a decoded word: its start


@pytest.mark.parametrize(("damaged", "repaired"), [
    ("Ban ChÊp hµnh Trung ¬ng §¶ng", "Ban Chấp hành Trung ương Đảng"),
    ("tríc m¾t vµ l©u dµi", "trước mắt và lâu dài"),
    ("n¬i ®©y, th¬ng m¹i", "nơi đây, thương mại"),
], ids=["uong", "uoc", "valid-o-horn-kept"])
def test_tcvn3_u_horn_dropped_by_extraction_is_restored(damaged: str, repaired: str) -> None:
    found = repair_text(damaged)
    assert found is not None and found[0] == repaired


def test_clean_unicode_is_not_touched() -> None:
    for path in SAMPLE_FILES:
        assert repair_text(path.read_text(encoding="utf-8")) is None


def test_docx_set_in_an_abc_font_is_decoded(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(encode_tcvn3("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH").decode("cp1252"))
    document.add_paragraph("Số 05-NQ/TU")
    document.add_paragraph(encode_tcvn3("Nghị quyết về phát triển kinh tế năm 2022").decode("cp1252"))
    path = tmp_path / "abc.docx"
    document.save(str(path))
    source = read_bytes(path.read_bytes(), name=str(path), suffix=".docx")
    assert source.encoding is not None and source.encoding.endswith("tcvn3")
    assert "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" in source.text
    assert "Nghị quyết về phát triển kinh tế năm 2022" in source.text
    for region in source.regions:
        assert 0 <= region.start <= region.end <= len(source.text)


@pytest.mark.parametrize(("word", "ok"), [
    ("nghị", True), ("quyết", True), ("Trường", True), ("giữa", True), ("gì", True), ("khuya", True),
    ("quốc", True), ("ph¸t", False), ("hµnh", False), ("chaøo", False), ("ngĩh", False), ("qủyết", False),
    # the tone of "iê", "yê", "uô", "ươ", "uyê" sits on their last vowel: "phúyên" is two syllables
    ("chuyến", True), ("biết", True), ("được", True), ("mùa", True), ("thuý", True), ("phúyên", False),
    ("tíên", False),
], ids=lambda v: str(v))
def test_is_syllable(word: str, ok: bool) -> None:
    assert is_syllable(word) is ok


def test_vietnamese_share_tells_a_right_decoding_from_a_wrong_one() -> None:
    text = sample("kienan").read_text(encoding="utf-8")
    right, seen = vietnamese_share(text)
    wrong, _ = vietnamese_share(text.encode("utf-8").decode("cp1252", "replace"))
    assert seen > 1000 and right > 0.95 and wrong < 0.2
