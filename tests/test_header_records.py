"""The document's identity, issuer, meeting and citations as their extractors hand them over:
frozen records with exact spans, built without the output models."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from nqparse import extract_text
from nqparse.extractors.document import extract_document
from nqparse.extractors.header import place_date_line
from nqparse.extractors.issuer import extract_issuer
from nqparse.extractors.meeting import extract_meeting
from nqparse.extractors.references import extract_references
from nqparse.mentions import find_mentions
from nqparse.normalize import normalize
from nqparse.segment import Layout, segment
from nqparse.source import Source

from .test_real_header import STATE_RESOLUTION as RESOLUTION

EXTRACTORS = Path(__file__).parents[1] / "src" / "nqparse" / "extractors"
OWN = ["document", "header", "metadata", "issuer", "meeting", "references"]



def _layout(text: str) -> Layout:
    return segment(normalize(Source(text=text, format="txt", encoding=None, size=len(text.encode()))))


def _records(text: str) -> tuple[Layout, list[object]]:
    layout = _layout(text)
    mentions = find_mentions(layout)
    document = extract_document(layout, mentions)
    issuer = extract_issuer(layout, document)
    citations = extract_references(layout, mentions, document)
    meeting = extract_meeting(layout, mentions, document, issuer, [(c.at.start, c.at.end) for c in citations])
    return layout, [document, issuer, meeting, *citations]


@pytest.mark.parametrize("module", OWN)
def test_the_extractor_builds_no_output_model(module: str) -> None:
    tree = ast.parse((EXTRACTORS / f"{module}.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not {"models", "..models"} & {m or "" for m in imported}


def test_records_are_frozen() -> None:
    _, records = _records(RESOLUTION)
    for record in records:
        assert dataclasses.is_dataclass(record)
        field = dataclasses.fields(record)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, field, None)


def test_records_hold_their_fields_in_slots() -> None:
    # made and read faster than in a dict of each: a text has hundreds of blocks and figures
    layout, records = _records(RESOLUTION)
    assert layout.blocks
    for record in [layout.text, layout.text.source, *layout.blocks, *records]:
        assert not hasattr(record, "__dict__"), type(record).__name__
        assert dataclasses.replace(record) == record


@pytest.mark.parametrize(("record", "value", "at"), [
    (0, "number", "number_at"), (0, "place", "place_at"), (0, "title", "title_at"),
    (1, "name", "name_at"), (3, "number", "at"),
])
def test_each_value_is_read_where_its_span_points(record: int, value: str, at: str) -> None:
    layout, records = _records(RESOLUTION)
    found = records[record]
    span = getattr(found, at)
    assert " ".join(layout.text.text[span.start:span.end].split()) == getattr(found, value)


def test_the_meeting_of_a_council_sitting() -> None:
    _, records = _records(RESOLUTION)
    meeting = records[2]
    assert (meeting.ordinal, meeting.term) == (9, 10)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("cited", "dates"), [
    ("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;",
     [("217-QĐ/TW", "2013-12-12"), ("218-QĐ/TW", "2013-12-12")]),
    ("Căn cứ Thông tư số 01/2018/TT-VPCP và Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng;",
     [("01/2018/TT-VPCP", None), ("766/QĐ-TTg", "2022-06-23")]),
], ids=["one-type-shares-the-date", "two-types-do-not"])
def test_numbers_cited_together_share_the_date_after_them(cited: str, dates: list[tuple[str, str | None]]) -> None:
    refs = extract_text(f"KẾ HOẠCH\nThực hiện chương trình\n\n{cited}\n").references
    assert [(r.number, r.date) for r in refs] == dates


def test_a_place_and_date_alone_on_its_line_is_a_headers() -> None:
    assert place_date_line("Hà Lâm, ngày 12 tháng 4 năm 2023")
    assert place_date_line("Hà Lâm, ngày 12/4/2023.")
    assert not place_date_line("Hà Lâm, ngày 12 tháng 4 năm 2023, HĐND xã tổ chức kỳ họp thứ 5")
    # a draft's place and slots left as dots, a line marked up by a web copy, one without marks
    assert place_date_line("..........., ngày ........ tháng ........ năm 2025")
    assert place_date_line("| *Hà Lâm, ngày 12 tháng 4 năm 2023* |")
    assert place_date_line("Ha Lam, ngay 12 thang 4 nam 2023")
    assert not place_date_line("Ngày 12/4/2023, HĐND xã Hà Lâm tổ chức kỳ họp thứ 5 để xem xét ngày làm việc")
