"""A file that bundles several documents: the first by default, each with ``--all``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nqparse.cli.main import main
from nqparse.pipeline import extract_all, extract_source_all
from nqparse.source import Source

PLAN = """ĐẢNG BỘ TỈNH NINH BÌNH
HUYỆN ỦY YÊN MÔ
*
Số 02-NQ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Mô, ngày 20 tháng 12 năm 2023

NGHỊ QUYẾT
về nhiệm vụ năm 2024

I. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024
(1). Tổng giá trị sản xuất tăng 9 - 10%.
(2). Kết nạp 120 đảng viên trở lên.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.
T/M BAN CHẤP HÀNH
BÍ THƯ
Trần Văn Hòa
"""

CONCLUSION = """HỘI ĐỒNG NHÂN DÂN
HUYỆN YÊN MÔ
Số: 15/KL-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Mô, ngày 22 tháng 12 năm 2023

KẾT LUẬN
của Thường trực Hội đồng nhân dân huyện về kết quả giám sát

Thường trực Hội đồng nhân dân huyện kết luận như sau: Ủy ban nhân dân huyện chỉ đạo các xã
hoàn thành việc rà soát trong quý I năm 2024.

Nơi nhận:
- Thường trực Huyện ủy;
- Lưu: VT.
TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH
Lê Thị Mai
"""


def _parts(text: str) -> list:
    return extract_source_all(Source(text=text, format="txt", size=len(text)), with_text=True)


def test_each_document_of_a_bundle_is_its_own_result() -> None:
    parts = _parts(PLAN + "\n\n" + CONCLUSION)
    assert [(p.source.part, p.source.parts) for p in parts] == [(1, 2), (2, 2)]
    assert [(p.document.kind, p.document.number) for p in parts] == [("nghi_quyet", "02-NQ/HU"),
                                                                    ("ket_luan", "15/KL-HĐND")]
    # each part keeps its own signature, recipients and indicators
    assert parts[0].signature.signer != parts[1].signature.signer
    assert parts[0].indicators and not parts[1].indicators


def test_a_parts_spans_point_into_the_whole_files_text() -> None:
    parts = _parts(PLAN + "\n\n" + CONCLUSION)
    second = parts[1]
    assert second.source.span is not None and second.source.span.start >= len(PLAN) // 2
    span = second.document.spans["number"]
    assert second.text is not None and second.text[span.start:span.end] == "15/KL-HĐND"
    assert span.start >= second.source.span.start


def test_a_file_of_one_document_is_one_part() -> None:
    parts = _parts(PLAN)
    assert len(parts) == 1 and parts[0].source.parts == 1
    assert not [w for w in parts[0].warnings if w.code == "bundle"]


def test_extract_all_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "bundle.txt"
    path.write_text(PLAN + "\n\n" + CONCLUSION, encoding="utf-8")
    runner = CliRunner()
    lines = runner.invoke(main, ["extract", "--all", str(path)]).output.splitlines()
    assert [json.loads(line)["document"]["number"] for line in lines] == ["02-NQ/HU", "15/KL-HĐND"]
    pretty = runner.invoke(main, ["extract", "--all", "--pretty", str(path)])
    assert [r["source"]["part"] for r in json.loads(pretty.output)] == [1, 2]
    default = json.loads(runner.invoke(main, ["extract", str(path)]).output)
    assert default["document"]["number"] == "02-NQ/HU" and default["warnings"][0]["code"] == "bundle"


def test_corpus_pdf_of_four_drafts_gives_four_documents_with_page_ranges(shared_dir: Path) -> None:
    parts = extract_all(shared_dir / "corpus" / "thanhhoa-tu-drafts.pdf")
    assert [p.document.kind for p in parts] == ["quy_dinh", "ke_hoach", "quyet_dinh", "quyet_dinh"]
    ranges = [(p.source.first_page, p.source.last_page) for p in parts]
    assert ranges[0][0] == 1 and ranges[-1][1] == parts[0].source.pages
    assert all(a[1] is not None and b[0] is not None and a[1] < b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert parts[3].issuer.name and "HỘI ĐỒNG NHÂN DÂN" in parts[3].issuer.name
