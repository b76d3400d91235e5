"""nqparse validate: each rule fires on data that breaks it and stays quiet on data that
does not; the command's exit codes and output forms; the samples validate clean."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nqparse.cli.main import main
from nqparse.validate.check import validate_json, validate_path
from nqparse.validate.rules import RULES

from .conftest import ROOT, SAMPLES

TEXT = """QUẬN ỦY KIẾN AN
*
Số 02-NQ/QU
Kiến An, ngày 20 tháng 12 năm 2021
HỘI NGHỊ LẦN THỨ BẢY, KHÓA VI
NGHỊ QUYẾT
về nhiệm vụ năm 2022
Chủ đề năm 2022: "Chỉnh trang đô thị".
(1). Kết nạp 125 - 130 đảng viên.
(2). Tỷ lệ hộ dân dùng nước sạch đạt 100%.
Nơi nhận:
- Thường trực Thành ủy,
- Lưu VPQU.
T/M BAN CHẤP HÀNH
BÍ THƯ
Phạm Văn Khanh
"""


def at(piece: str, start: int = 0) -> dict[str, int]:
    """The span of the first ``piece`` in TEXT."""
    i = TEXT.index(piece, start)
    return {"start": i, "end": i + len(piece)}


def base() -> dict[str, Any]:
    """A small, consistent result of an official document, with its text."""
    return {
        "nqparse_version": "0.1.0",
        "document": {"kind": "nghi_quyet", "number": "02-NQ/QU", "type_code": "NQ", "body_code": "QU",
                     "date": "2021-12-20", "year": 2022, "title": "về nhiệm vụ năm 2022",
                     "spans": {"number": at("02-NQ/QU"), "date": at("ngày 20 tháng 12 năm 2021"),
                               "title": at("về nhiệm vụ năm 2022")}},
        "issuer": {"name": "QUẬN ỦY KIẾN AN", "level": "district", "spans": {"name": at("QUẬN ỦY KIẾN AN")}},
        "meeting": {"ordinal": 7, "term": 6, "tenure": {"start": 2020, "end": 2025}, "date": "2021-12-20"},
        "themes": [{"year": 2022, "text": "Chỉnh trang đô thị", "span": at("Chỉnh trang đô thị")}],
        "indicators": [
            {"number": 1, "group": "Xây dựng Đảng", "name": "Kết nạp đảng viên",
             "text": "Kết nạp 125 - 130 đảng viên.", "span": at("Kết nạp 125 - 130 đảng viên."),
             "targets": [{"min": 125, "max": 130, "unit": "đảng viên", "text": "125 - 130 đảng viên",
                          "span": at("125 - 130 đảng viên")}]},
            {"number": 2, "group": "Xây dựng Đảng", "name": "Tỷ lệ hộ dân dùng nước sạch",
             "text": "Tỷ lệ hộ dân dùng nước sạch đạt 100%.", "span": at("Tỷ lệ hộ dân dùng nước sạch đạt 100%."),
             "targets": [{"value": 100, "unit": "%", "text": "100%", "span": at("100%")}]},
        ],
        "recipients": [
            {"name": "Thường trực Thành ủy", "span": at("Thường trực Thành ủy")},
            {"name": "VPQU", "archive": True, "span": at("VPQU.")},
        ],
        "signature": {"authority": "T/M", "on_behalf_of": "BAN CHẤP HÀNH", "title": "BÍ THƯ",
                      "signer": "Phạm Văn Khanh", "spans": {"signer": at("Phạm Văn Khanh")}},
        "references": [],
        "source": {"path": "nq.txt", "format": "txt", "encoding": "utf-8", "size": len(TEXT.encode("utf-8"))},
        "assignments": [],
        "warnings": [],
        "text": TEXT,
    }


RESULT_2021 = {"name": "Thu ngân sách", "text": "Thu ngân sách năm 2021 đạt 105% kế hoạch", "year": 2021,
               "percent_of_target": 105, "verdict": "exceeded", "span": at("Kết nạp 125 - 130 đảng viên.")}


def codes(data: Any) -> list[str]:
    return [f.code for f in validate_json(data)]


def test_the_base_result_is_clean() -> None:
    assert validate_json(base()) == []


@dataclass
class Case:
    id: str
    change: Callable[[dict[str, Any]], Any]
    code: str | None  # None: the change must raise no finding at all
    path: str | None = None


def put(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that sets one value, by a dotted path with list indices ('indicators.0.number')."""
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return change


def both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for c in changes:
            c(data)
    return change


def drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[last]
    return change


NEXT_YEAR = dt.date.today().year + 1

CASES = [
    # the schema
    Case("schema-number-as-string", put("indicators.0.number", "1"), "schema", "$.indicators[0].number"),
    Case("schema-value-as-string", put("indicators.1.targets.0.value", "100"), "schema",
         "$.indicators[1].targets[0].value"),
    Case("schema-year-as-float", put("document.year", 2022.0), "schema", "$.document.year"),
    Case("schema-unknown-kind", put("document.kind", "nghiquyet"), "schema", "$.document.kind"),
    Case("schema-unknown-field", put("document.numero", "1"), "schema", "$.document.numero"),
    Case("schema-missing-version", drop("nqparse_version"), "schema", "$.nqparse_version"),
    Case("schema-span-without-end", drop("themes.0.span.end"), "schema", "$.themes[0].span.end"),
    # indicators
    Case("indicator-number-twice-in-a-group", put("indicators.1.number", 1), "indicator-number-duplicate",
         "$.indicators[1].number"),
    Case("same-number-in-another-group-is-a-restart",
         both(put("indicators.1.number", 1), put("indicators.1.group", "Kinh tế")), None),
    Case("a-table-may-repeat-the-text's-numbers",
         lambda d: d["indicators"].extend({**ind, "source": "table"} for ind in copy.deepcopy(d["indicators"])), None),
    Case("indicator-numbers-skip", put("indicators.1.number", 3), "indicator-number-gap", "$.indicators[1].number"),
    Case("indicator-numbers-start-late", both(put("indicators.0.number", 3), put("indicators.1.number", 4)),
         "indicator-number-gap", "$.indicators[0].number"),
    Case("unnumbered-indicators-are-not-counted",
         lambda d: d["indicators"].insert(1, {**d["indicators"][0], "number": None}), None),
    Case("indicator-number-zero", put("indicators.0.number", 0), "number-not-positive", "$.indicators[0].number"),
    # targets
    Case("range-min-above-max", put("indicators.0.targets.0.min", 140), "range-inverted",
         "$.indicators[0].targets[0].min"),
    Case("tenure-backwards", put("meeting.tenure", {"start": 2025, "end": 2020}), "range-inverted",
         "$.meeting.tenure.start"),
    Case("share-over-100", put("indicators.1.targets.0.value", 120), "percent-over-100",
         "$.indicators[1].targets[0].value"),
    Case("growth-over-100-is-fine", both(put("indicators.1.targets.0.value", 120), put("text", None),
                                         put("indicators.1.targets.0.change", "increase")), None),
    Case("ratio-to-plan-over-100-is-fine", both(put("indicators.1.targets.0.value", 110),
                                                put("indicators.1.targets.0.text", "110% dự toán"),
                                                put("text", None)), None),
    # dates and years
    Case("impossible-date", put("document.date", "2021-02-30"), "date-invalid", "$.document.date"),
    Case("date-not-iso", put("meeting.date", "20/12/2021"), "date-invalid", "$.meeting.date"),
    Case("reference-date-impossible", put("references", [{"number": "01-NQ/TU", "normalized": "01-NQ/TU",
                                                          "date": "2020-13-01", "span": at("Số")}]),
         "date-invalid", "$.references[0].date"),
    Case("date-before-1945", put("meeting.date", "1930-02-03"), "date-out-of-range", "$.meeting.date"),
    Case("date-after-next-year", put("document.date", f"{NEXT_YEAR + 1}-01-05"), "date-out-of-range",
         "$.document.date"),
    Case("meeting-after-issue", put("meeting.date", "2021-12-28"), "meeting-after-issue", "$.meeting.date"),
    Case("article-may-report-a-later-meeting", both(put("document.kind", "article"), put("document.number", None),
                                                    put("meeting.date", "2021-12-28")), None),
    Case("plan-year-before-1945", put("themes.0.year", 1900), "year-out-of-range", "$.themes[0].year"),
    Case("tenure-year-absurd", put("meeting.tenure", {"start": 2020, "end": 2250}), "year-out-of-range",
         "$.meeting.tenure.end"),
    Case("plan-year-far-from-issue", put("document.year", 2035), "plan-year-far", "$.document.year"),
    Case("meeting-ordinal-zero", put("meeting.ordinal", 0), "number-not-positive", "$.meeting.ordinal"),
    # document numbers
    Case("number-fits-no-form", put("document.number", "02/NQ"), "number-form", "$.document.number"),
    Case("state-body-in-party-form", both(put("document.number", "02-NQ/UBND"), put("document.body_code", "UBND")),
         "number-system", "$.document.number"),
    Case("party-body-in-state-form", put("document.number", "02/NQ-QU"), "number-system", "$.document.number"),
    Case("state-forms-are-fine", both(put("document.number", "32/2018/NQ-HĐND"), put("document.body_code", "HĐND"),
                                      drop("document.spans.number")), None),
    Case("state-letter-form-is-fine", both(put("document.number", "12/UBND-VX"), put("document.type_code", None),
                                           put("document.body_code", "UBND"), drop("document.spans.number")), None),
    Case("a-departments-letter-form-is-fine", both(put("document.number", "2856/SNNMT-CCMT"),
                                                   put("document.type_code", None), put("document.body_code", None),
                                                   drop("document.spans.number")), None),
    Case("a-units-code-joining-two-offices-is-fine", both(put("document.number", "2701/SNV-CCHC&VTLT"),
                                                          put("document.type_code", None), put("document.body_code", None),
                                                          drop("document.spans.number")), None),
    Case("a-stray-space-in-a-number-is-no-other-form", both(put("document.number", "5973 /UBND-KT"),
                                                            put("document.type_code", None),
                                                            put("document.body_code", "UBND-KT"),
                                                            drop("document.spans.number")), None),
    Case("a-party-body-writes-no-state-letter", both(put("document.number", "12/TU-VP"), put("document.type_code", None),
                                                     put("document.body_code", None), drop("document.spans.number")),
         "number-form", "$.document.number"),
    Case("reference-number-broken", put("references", [{"number": "NQ-01", "normalized": "NQ-01", "span": at("Số")}]),
         "number-form", "$.references[0].number"),
    Case("type-code-not-the-number's", put("document.type_code", "KL"), "number-parts-mismatch",
         "$.document.type_code"),
    Case("body-code-not-the-number's", put("document.body_code", "HU"), "number-parts-mismatch",
         "$.document.body_code"),
    Case("number-of-another-kind", put("document.kind", "chi_thi"), "number-kind-mismatch", "$.document.number"),
    # the official form
    Case("official-without-signature", put("signature", {}), "official-no-signature", "$.signature"),
    Case("official-without-recipients", put("recipients", []), "official-no-recipients", "$.recipients"),
    Case("article-needs-neither", both(put("document.kind", "article"), put("document.number", None),
                                       put("signature", {}), put("recipients", [])), None),
    Case("recipients-without-archive", put("recipients.1.archive", False), "recipients-no-archive", "$.recipients"),
    # spans
    Case("span-backwards", put("themes.0.span", {"start": 10, "end": 5}), "span-invalid", "$.themes[0].span"),
    Case("span-past-the-text", put("recipients.0.span", {"start": 5, "end": len(TEXT) + 10}), "span-mismatch",
         "$.recipients[0].span"),
    Case("span-elsewhere", put("signature.spans.signer", at("Thường trực Thành ủy")), "span-mismatch",
         "$.signature.spans.signer"),
    Case("span-shifted", put("themes.0.span", {"start": at("Chỉnh trang")["start"] + 3,
                                               "end": at("Chỉnh trang đô thị")["end"] + 3}),
         "span-mismatch", "$.themes[0].span"),
    Case("spans-unchecked-without-text", both(put("text", None), put("themes.0.span", at("QUẬN ỦY"))), None),
    Case("span-of-a-changed-target-value", put("indicators.1.targets.0.value", 90), "span-mismatch",
         "$.indicators[1].targets[0].span"),
    Case("span-of-a-changed-range", put("indicators.0.targets.0.max", 150), "span-mismatch",
         "$.indicators[0].targets[0].span"),
    Case("span-of-a-changed-indicator-name", put("indicators.1.name", "Tỷ lệ hộ nghèo"), "span-mismatch",
         "$.indicators[1].span"),
    Case("span-of-a-changed-unit", put("indicators.0.targets.0.unit", "hộ"), "span-mismatch", "$.indicators[0].span"),
    Case("span-of-a-changed-assigned-body",
         put("assignments", [{"bodies": ["Ủy ban nhân dân tỉnh"], "task": "x", "trigger": "giao",
                              "span": at("Thường trực Thành ủy")}]), "span-mismatch", "$.assignments[0].span"),
    Case("span-of-an-assigned-body", put("assignments", [{"bodies": ["Thường trực Thành ủy"], "task": "x",
                                                          "trigger": "giao", "span": at("Thường trực Thành ủy")}]),
         None),
    Case("span-of-a-meeting-ordinal-in-words", put("meeting.spans", {"ordinal": at("BẢY")}), None),
    Case("span-of-a-changed-meeting-ordinal", both(put("meeting.ordinal", 8), put("meeting.spans", {"ordinal": at("BẢY")})),
         "span-mismatch", "$.meeting.spans.ordinal"),
    Case("span-of-a-meeting-term-in-roman", put("meeting.spans", {"term": at("KHÓA VI")}), None),
    Case("span-of-a-changed-meeting-term", both(put("meeting.term", 7), put("meeting.spans", {"term": at("KHÓA VI")})),
         "span-mismatch", "$.meeting.spans.term"),
    # results: on a year already under way when the document was written
    Case("result-of-the-year-before", put("results", [RESULT_2021]), None),
    Case("result-of-a-year-after-the-date", put("results", [{**RESULT_2021, "year": 2022}]), "result-year-not-past",
         "$.results[0].year"),
    Case("in-year-report-on-its-own-year", both(put("document.kind", "bao_cao"), put("document.year", 2021),
                                                put("results", [RESULT_2021])), "result-year-not-past", None),
    Case("undated-plan-with-a-result-of-its-plan-year", both(put("document.date", None), put("document.spans", {}),
                                                             put("results", [{**RESULT_2021, "year": 2022}])),
         "result-year-not-past", "$.results[0].year"),
    Case("undated-report-on-its-own-year", both(put("document.kind", "bao_cao"), put("document.date", None),
                                                put("document.spans", {}), put("results", [{**RESULT_2021, "year": 2022}])),
         "result-year-not-past", None),
    # required sections
    Case("without-document", drop("document"), "schema", "$.document"),
    Case("without-source", drop("source"), "schema", "$.source"),
    Case("without-indicators", drop("indicators"), "schema", "$.indicators"),
    Case("without-a-target-list", drop("indicators.0.targets"), "schema", "$.indicators[0].targets"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case) -> None:
    data = base()
    case.change(data)
    found = validate_json(data)
    if case.code is None:
        assert found == [], found
        return
    hits = [f for f in found if f.code == case.code]
    if case.path is None:  # the change must not raise this code
        assert hits == [], hits
        return
    assert hits, f"{case.code} did not fire: {found}"
    assert case.path in [f.path for f in hits]
    assert all(f.severity == RULES[case.code].severity and f.message for f in hits)


def test_schema_errors_do_not_stop_the_rules() -> None:
    data = base()
    data["indicators"][0]["number"] = "1"
    data["indicators"][0]["targets"][0]["min"] = 200
    assert {"schema", "range-inverted"} <= set(codes(data))


def test_a_union_type_error_is_one_finding() -> None:
    data = base()
    data["indicators"][1]["targets"][0]["value"] = "100"
    schema = [f for f in validate_json(data) if f.code == "schema"]
    assert len(schema) == 1 and "100" in schema[0].message


@pytest.mark.parametrize("value", [None, [], "text", 3, {}], ids=["null", "list", "string", "number", "empty"])
def test_a_json_value_that_is_not_an_object_is_a_schema_error(value: Any) -> None:
    assert set(codes(value)) == {"schema"}


def test_a_version_alone_is_not_a_valid_result() -> None:
    found = validate_json({"nqparse_version": "0.1.0"})
    assert {f.path for f in found if f.code == "schema"} >= {"$.document", "$.source", "$.indicators"}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats()
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)


def _places(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at] if at else []
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in items:
        found += _places(value, (*at, key))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damaged_result_gives_findings_never_an_exception(data: st.DataObject) -> None:
    result = base()
    for _ in range(data.draw(st.integers(1, 3))):
        *parents, last = data.draw(st.sampled_from(_places(result)))
        node: Any = result
        for key in parents:
            node = node[key]
        node[last] = data.draw(JSON_VALUES)
    for f in validate_json(result):
        assert f.code in RULES and f.severity == RULES[f.code].severity and f.message


def test_units_lexicon_is_consulted() -> None:
    from nqparse.validate.content import unit_vocabulary

    assert unit_vocabulary() is not None
    data = base()
    data["indicators"][0]["targets"][0]["unit"] = "xyzw"
    assert "unit-unknown" in codes(data)
    assert "unit-unknown" not in codes(base())


@pytest.mark.parametrize("unit", ["USD/người", "USD/ người", "USD / người", "nghìn tỷ đồng", "lượt khách"])
def test_a_listed_unit_is_known_however_spaced_and_scaled(unit: str) -> None:
    from nqparse.validate.content import unit_vocabulary

    assert unit_vocabulary().knows(unit)


# ---- rules over the source document

SOURCE = """TỈNH ỦY THÁI NGUYÊN
*
Số 05-NQ/TU
Thái Nguyên, ngày 20 tháng 12 năm 2021
NGHỊ QUYẾT
về nhiệm vụ năm 2022

I. KẾT QUẢ NĂM 2021
1. Kinh tế tăng trưởng khá.
2. Văn hóa có chuyển biến.
{second}
1. Chỉ tiêu chủ yếu.
2. Nhiệm vụ trọng tâm.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Các huyện ủy,
{archive}
T/M BAN CHẤP HÀNH
BÍ THƯ
Nguyễn Văn An
"""


def source_codes(tmp_path: Path, second: str, archive: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(SOURCE.format(second=second, archive=archive), encoding="utf-8")
    [report] = validate_path(path)
    return [(f.code, f.path, f.message) for f in report.findings]


def test_a_clean_source_has_no_layout_findings(tmp_path: Path) -> None:
    found = source_codes(tmp_path, "II. NHIỆM VỤ NĂM 2022", "- Lưu VPTU.")
    assert [c for c, _, _ in found if c in ("heading-sequence", "recipients-no-archive")] == []
    found = [c for c, *_ in source_codes(tmp_path, "II. NHIỆM VỤ NĂM 2022", "- Lưu: VT, TH.")]
    assert "recipients-no-archive" not in found


@pytest.mark.parametrize(("second", "where", "words"), [
    ("I. NHIỆM VỤ NĂM 2022", "line 11", "follows"),
    ("III. NHIỆM VỤ NĂM 2022", "line 11", "follows"),
], ids=["roman-repeated", "roman-skipped"])
def test_heading_out_of_sequence(tmp_path: Path, second: str, where: str, words: str) -> None:
    found = [(p, m) for c, p, m in source_codes(tmp_path, second, "- Lưu VPTU.") if c == "heading-sequence"]
    assert any(p == where and words in m for p, m in found), found


def test_decimal_heading_skipped_under_its_parent(tmp_path: Path) -> None:
    path = tmp_path / "skip.txt"
    text = SOURCE.replace("2. Nhiệm vụ trọng tâm.", "3. Nhiệm vụ trọng tâm.")
    path.write_text(text.format(second="II. NHIỆM VỤ NĂM 2022", archive="- Lưu VPTU."), encoding="utf-8")
    [report] = validate_path(path)
    assert [(f.code, f.path) for f in report.findings if f.code == "heading-sequence"] == [
        ("heading-sequence", "line 13")]


HEADINGS = [
    ("parts-restart-under-a-new-part", "PHẦN THỨ NHẤT\nI. Một\nII. Hai\nPHẦN THỨ HAI\nI. Ba\nII. Bốn\n", []),
    ("roman-restart-without-a-part", "I. Một\nII. Hai\nI. Ba\n", ["line 3"]),
    ("list-restarts-after-a-lead-in", "I. Một\n1. Việc một.\n2. Việc hai.\nGiải pháp gồm:\n1. Cách một.\n", []),
    ("decimal-repeated", "I. Một\n1. Việc một.\n1. Việc hai.\n2. Việc ba.\n", ["line 3"]),
    ("items-run-on-across-groups", "I. Một\n(1) A.\n(2) B.\nII. Hai\n(3) C.\n", []),
    ("item-skipped", "I. Một\n(1) A.\n(3) B.\n", ["line 3"]),
    ("letters-in-vietnamese-order", "I. Một\na) A.\nb) B.\nc) C.\nd) D.\nđ) Đ.\ne) E.\n", []),
    ("letters-skipped", "I. Một\na) A.\nc) C.\n", ["line 3"]),
    ("clauses-restart-in-each-article", "Điều 1. Phạm vi\n1. A.\n2. B.\nĐiều 2. Nguyên tắc\n1. C.\n", []),
    ("a-wrapped-word-is-not-a-heading", "I. Một\n1. Phòng, chống dịch Covid-\n19. Tập trung chỉ đạo.\n2. Hai\n", []),
    ("sub-sections-follow-their-parent", "I. Một\n1. A\n1.1. B\n1.2. C\n2. D\n2.1. E\n2.3. F\n", ["line 7"]),
]


@pytest.mark.parametrize(("text", "where"), [(t, w) for _, t, w in HEADINGS], ids=[i for i, _, _ in HEADINGS])
def test_heading_sequence(text: str, where: list[str]) -> None:
    from nqparse.normalize import normalize
    from nqparse.segment import segment
    from nqparse.source import Source
    from nqparse.validate.layout import heading_sequence

    # four lines of header and lead-in stand before each snippet
    layout = segment(normalize(Source(text="NGHỊ QUYẾT\nvề việc\n\nBan Chấp hành quyết nghị như sau.\n" + text,
                                      format="txt")))
    assert [h.path for h in heading_sequence(layout)] == [f"line {int(w.split()[1]) + 4}" for w in where]


TABLES = [
    ("groups-and-rows-in-order", [["STT", "Chỉ tiêu"], ["I", "Xây dựng Đảng"], ["1", "a"], ["", "b"], ["2", "c"],
                                  ["II", "Kinh tế"], ["3", "d"]], []),
    ("rows-restart-in-each-group", [["STT", "Chỉ tiêu"], ["I", "x"], ["1", "a"], ["II", "y"], ["1", "b"]], []),
    ("first-group-numbered-II", [["STT", "Chỉ tiêu"], ["II", "x"], ["1", "a"], ["II", "y"], ["2", "b"],
                                 ["III", "z"]], ["table 1, row 2", "table 1, row 4"]),
    ("row-skipped", [["STT", "Chỉ tiêu"], ["1", "a"], ["3", "b"]], ["table 1, row 3"]),
]


@pytest.mark.parametrize(("rows", "where"), [(r, w) for _, r, w in TABLES], ids=[i for i, _, _ in TABLES])
def test_table_row_numbering(rows: list[list[str]], where: list[str]) -> None:
    from nqparse.normalize import normalize
    from nqparse.segment import segment
    from nqparse.source import Source, SourceTable
    from nqparse.validate.layout import table_sequence

    text = "\n".join(" | ".join(row) for row in rows)
    table = SourceTable(rows=tuple(tuple(r) for r in rows), start=0, end=len(text), index=0)
    layout = segment(normalize(Source(text=text, format="docx", tables=(table,))))
    assert [h.path for h in table_sequence(layout)] == where


def test_recipients_without_archive_line(tmp_path: Path) -> None:
    found = source_codes(tmp_path, "II. NHIỆM VỤ NĂM 2022", "- Các đảng ủy trực thuộc.")
    assert ("recipients-no-archive", "line 14") in [(c, p) for c, p, _ in found]


# ---- the command line

def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def write_json(tmp_path: Path, data: Any, name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


BROKEN = [
    Case("min-above-max", put("indicators.0.targets.0.min", 140), "range-inverted"),
    Case("duplicated-indicator-number", put("indicators.1.number", 1), "indicator-number-duplicate"),
    Case("wrong-type", put("meeting.term", "VI"), "schema"),
    Case("impossible-date", put("meeting.date", "2021-11-31"), "date-invalid"),
]


@pytest.mark.parametrize("case", BROKEN, ids=[c.id for c in BROKEN])
def test_broken_json_exits_1_with_the_rule_code(tmp_path: Path, case: Case) -> None:
    data = base()
    case.change(data)
    path = write_json(tmp_path, data)
    code, out, _ = run("validate", str(path))
    assert code == 1 and case.code in out
    code, out, _ = run("validate", "--format", "json", str(path))
    report = json.loads(out)
    assert code == 1 and report["valid"] is False
    assert case.code in [f["code"] for f in report["findings"]]
    assert set(report["findings"][0]) >= {"code", "severity", "path", "message"}


@pytest.mark.parametrize(("content", "message"), [
    ("this is not json", "not valid JSON"),
    ('{"nqparse_version": "0.1.0",', "not valid JSON"),
    ("", "empty"),
    ("[1, 2]", "not an nqparse result"),
    ('{"nqparse_version": "0.1.0", "document": {"year": NaN}}', "NaN is not a JSON value"),
    ('{"outdir": "out", "documents": 3, "indicators": 42}', "not an nqparse result"),
], ids=["prose", "truncated", "empty", "list-of-numbers", "nan", "another-kind-of-object"])
def test_unusable_json_exits_2_on_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "out.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run("validate", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(path) in err and message in err


def test_missing_file_or_an_empty_folder_exits_2(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path / "none.json"))
    assert code == 2 and "no such file" in err
    code, _, err = run("validate", str(tmp_path))
    assert code == 2 and "no results or documents found" in err


def test_a_batch_output_folder_validates_its_results(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "nq.txt").write_bytes(next(SAMPLES.glob("kienan*.txt")).read_bytes())
    out = tmp_path / "out"
    assert run("batch", str(source), "-o", str(out), "-q")[0] == 0
    code, stdout, err = run("validate", "--format", "json", str(out))
    assert code == 0, err
    report = json.loads(stdout)
    assert report["file"] == str(out / "nq.txt.json") and report["valid"] is True


@pytest.mark.parametrize(("name", "content", "what"), [
    ("indicators.csv", "file,document_number\nnq.txt,02-NQ/QU\n", "a table"),
    ("summary.json", '{"nqparse_version": "0.1.0", "outdir": "out", "documents": 1, "failures": []}',
     "a batch summary"),
    ("errors.jsonl", '{"file": "a.txt", "path": "in/a.txt", "error": "empty"}\n', "a batch error"),
], ids=["indicators-csv", "summary-json", "errors-jsonl"])
def test_a_file_that_is_not_a_result_exits_2(tmp_path: Path, name: str, content: str, what: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, out, err = run("validate", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"{path}: not an nqparse result: {what}" in err


def test_a_bad_line_of_json_lines_is_reported_by_number_and_the_others_checked(tmp_path: Path) -> None:
    lines = tmp_path / "resolutions.jsonl"
    lines.write_text(json.dumps(base()) + "\n{broken\n" + json.dumps(base()) + "\n", encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(lines))
    reports = json.loads(out)
    assert code == 1
    assert [(r["file"], r["valid"]) for r in reports] == [
        (f"{lines}:1", True), (f"{lines}:2", False), (f"{lines}:3", True)]
    assert reports[1]["findings"][0]["code"] == "json-line"


def test_one_unusable_file_does_not_hide_the_others(tmp_path: Path) -> None:
    good = write_json(tmp_path, base(), "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run("validate", "--format", "json", str(good), str(bad))
    assert code == 2 and str(bad) in err
    assert json.loads(out)["valid"] is True


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    data = base()
    data["recipients"][1]["archive"] = False
    path = write_json(tmp_path, data)
    assert run("validate", str(path))[0] == 0
    code, out, _ = run("validate", "--strict", str(path))
    assert code == 1 and "recipients-no-archive" in out


def test_several_files_give_a_list_and_jsonl_lines_are_reports(tmp_path: Path) -> None:
    broken = base()
    broken["indicators"][0]["targets"][0]["min"] = 140
    lines = tmp_path / "resolutions.jsonl"
    lines.write_text(json.dumps(base()) + "\n\n" + json.dumps(broken) + "\n", encoding="utf-8")
    one = write_json(tmp_path, base(), "one.json")
    code, out, _ = run("validate", "--format", "json", str(one), str(lines))
    reports = json.loads(out)
    assert code == 1
    assert [(r["file"], r["valid"]) for r in reports] == [
        (str(one), True), (f"{lines}:1", True), (f"{lines}:3", False)]


def test_standard_input_takes_json_or_a_document() -> None:
    broken = base()
    broken["document"]["date"] = "2021-02-29"
    result = CliRunner().invoke(main, ["validate", "--format", "json", "-"], input=json.dumps(broken))
    assert result.exit_code == 1 and "date-invalid" in result.stdout
    text = (SAMPLES / sorted(p.name for p in SAMPLES.glob("kienan*.txt"))[0]).read_bytes()
    result = CliRunner().invoke(main, ["validate", "--format", "json", "-"], input=text)
    assert result.exit_code == 0 and json.loads(result.stdout)["file"] == "<stdin>"


def test_json_lines_are_recognised_without_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "results.out"
    path.write_text(json.dumps(base()) + "\n" + json.dumps(base()) + "\n", encoding="utf-8")
    assert [r.file for r in validate_path(path)] == [f"{path}:1", f"{path}:2"]


def test_batch_folder_of_json_files_validates(tmp_path: Path) -> None:
    paths = [write_json(tmp_path, base(), f"{n}.json") for n in ("a", "b")]
    code, out, _ = run("validate", *map(str, paths))
    assert code == 0
    assert all(f"{p}: valid" in out for p in paths)


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_samples_validate_clean_as_documents_and_as_json(tmp_path: Path, sample: str) -> None:
    code, out, _ = run("validate", "--format", "json", str(SAMPLES / sample))
    report = json.loads(out)
    assert code == 0, report["findings"]
    assert report["valid"] is True
    code, out, _ = run("extract", "--with-text", str(SAMPLES / sample))
    path = tmp_path / "out.json"
    path.write_text(out, encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(path))
    assert code == 0, json.loads(out)["findings"]


def test_corpus_documents_validate_without_unusable_input(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    readable = [".docx"] + ([".pdf"] if importlib.util.find_spec("nqparse.readers.pdf") else [])
    files = sorted(p for p in corpus.glob("*") if p.suffix in readable)
    if not files:
        pytest.skip("no documents in the corpus")
    for path in files:
        code, out, err = run("validate", "--format", "json", str(path))
        assert code in (0, 1), err
        assert "findings" in json.loads(out)


def test_readme_lists_every_rule() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Validation rules", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning) \| (.+) \|$", section, flags=re.M)
    assert rows == [(code, info.severity, info.meaning) for code, info in RULES.items()]


def test_findings_are_copies_not_shared_state() -> None:
    data = base()
    before = copy.deepcopy(data)
    validate_json(data)
    assert data == before
