"""nqparse diff: indicators aligned by meaning, target changes in each figure's own terms, the
other sections compared, and the command's output formats and exit codes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import nqparse
from nqparse.cli.main import main
from nqparse.compare.documents import diff
from nqparse.compare.targets import compare_targets
from nqparse.models import Indicator, Resolution, Target

from .conftest import sample
from .diff_documents import (
    APPENDIX_2022,
    APPENDIX_2023,
    CITY_2021,
    DISTRICT_2022,
    ind,
    resolution,
    rng,
    theme,
    val,
)


def pairs_of(old: list[Indicator], new: list[Indicator]) -> set[tuple[str, str]]:
    result = diff(resolution(old), resolution(new))
    return {(d.old.name, d.new.name) for d in result.indicators if d.old and d.new}


# --- alignment -------------------------------------------------------------------------------


@dataclass
class AlignCase:
    id: str
    old: list[Indicator]
    new: list[Indicator]
    pairs: set[tuple[str, str]]
    # (side, name) -> name of the related indicator on the other side, for merged or split ones
    related: dict[tuple[str, str], str] = field(default_factory=dict)


ALIGN_CASES = [
    AlignCase("reworded-name-same-measure",
              [ind(16, "Về chỉ tiêu xã hội", "Tỷ lệ dân số tham gia bảo hiểm y tế", targets=[val(91, "%")])],
              [ind(13, "Các chỉ tiêu về văn hóa - xã hội", "Tỷ lệ người dân tham gia bảo hiểm y tế",
                   targets=[val(92, "%")])],
              {("Tỷ lệ dân số tham gia bảo hiểm y tế", "Tỷ lệ người dân tham gia bảo hiểm y tế")}),
    AlignCase("abbreviation-expanded",
              [ind(9, None, "Tỷ lệ dân số tham gia BHYT", targets=[val(90.5, "%")])],
              [ind(4, None, "Tỷ lệ dân số tham gia bảo hiểm y tế", targets=[val(92, "%")])],
              {("Tỷ lệ dân số tham gia BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế")}),
    AlignCase("old-and-new-tone-placement",
              [ind(3, None, "Tỷ lệ gia đình đạt danh hiệu Gia đình văn hoá", targets=[val(90, "%")])],
              [ind(7, None, "Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa", targets=[val(91, "%")])],
              {("Tỷ lệ gia đình đạt danh hiệu Gia đình văn hoá", "Tỷ lệ gia đình đạt danh hiệu Gia đình văn hóa")}),
    AlignCase("renumbered-and-reordered",
              [ind(1, None, "Kim ngạch xuất khẩu", targets=[val(22.3, "tỷ USD")]),
               ind(2, None, "Khách du lịch", targets=[val(8.25, "triệu lượt")]),
               ind(3, None, "Tỷ lệ thất nghiệp khu vực thành thị", targets=[val(3.77, "%")])],
              [ind(1, None, "Tỷ lệ thất nghiệp khu vực thành thị", targets=[val(3.5, "%")]),
               ind(2, None, "Kim ngạch xuất khẩu", targets=[val(25, "tỷ USD")]),
               ind(3, None, "Tổng lượt khách du lịch", targets=[val(9, "triệu lượt")])],
              {("Kim ngạch xuất khẩu", "Kim ngạch xuất khẩu"), ("Khách du lịch", "Tổng lượt khách du lịch"),
               ("Tỷ lệ thất nghiệp khu vực thành thị", "Tỷ lệ thất nghiệp khu vực thành thị")}),
    AlignCase("figures-left-in-names-do-not-count",
              [ind(20, None, "Kết nạp mới từ 3.300 – 3.500 đảng viên", targets=[rng(3300, 3500, "đảng viên")])],
              [ind(2, None, "Kết nạp 125 - 130 đảng viên", targets=[rng(125, 130, "đảng viên")])],
              {("Kết nạp mới từ 3.300 – 3.500 đảng viên", "Kết nạp 125 - 130 đảng viên")}),
    AlignCase("spelling-slip",
              [ind(11, None, "Thu hút vốn đầu tu trực tiếp nước ngoài (FDI)", targets=[rng(2.5, 3, "tỷ USD")])],
              [ind(6, None, "Thu hút vốn đầu tư trực tiếp nước ngoài", targets=[val(3, "tỷ USD")])],
              {("Thu hút vốn đầu tu trực tiếp nước ngoài (FDI)", "Thu hút vốn đầu tư trực tiếp nước ngoài")}),
    AlignCase("unrelated-measures-stay-apart",
              [ind(6, None, "Kim ngạch xuất khẩu", targets=[val(22.3, "tỷ USD")]),
               ind(12, None, "Tỷ lệ thất nghiệp khu vực thành thị", targets=[val(3.77, "%")])],
              [ind(10, None, "Số trường học đạt chuẩn quốc gia", targets=[val(2, "trường", cmp=">=")]),
               ind(17, None, "Tỷ lệ tổ dân phố đạt tổ dân phố văn hóa", targets=[val(70, "%", cmp=">")])],
              set()),
    AlignCase("shared-tỷ-lệ-is-not-enough",
              [ind(14, None, "Tỷ lệ lao động qua đào tạo", targets=[val(85.5, "%")])],
              [ind(13, None, "Tỷ lệ hộ gia đình được công nhận gia đình văn hóa", targets=[val(93, "%")])],
              set()),
    AlignCase("one-to-one-best-wins",
              [ind(18, None, "Tỷ lệ chất thải rắn được thu gom và xử lý hợp vệ sinh", targets=[val(100, "%")]),
               ind(19, None, "Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật", targets=[val(21.2, "%")])],
              [ind(15, None, "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý",
                   "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 100%; tỷ lệ nước thải đô thị được "
                   "xử lý đạt quy chuẩn kỹ thuật đạt 21,2%.", [val(100, "%"), val(21.2, "%")])],
              {("Tỷ lệ chất thải rắn được thu gom và xử lý hợp vệ sinh",
                "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý")},
              {("old", "Tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật"):
               "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý"}),
    AlignCase("merged-into-one",
              [ind(13, None, "Giải quyết việc làm", "Giải quyết việc làm cho khoảng 56.000 lượt người lao động;",
                   [val(56000, "lượt người lao động", cmp="~")]),
               ind(14, None, "Tỷ lệ lao động qua đào tạo", "Tỷ lệ lao động qua đào tạo đạt 85,5%;", [val(85.5, "%")])],
              [ind(11, None, "Giải quyết việc làm",
                   "Giải quyết việc làm cho 3.300 lượt lao động; tỷ lệ lao động qua đào tạo đạt 91%.",
                   [val(3300, "lượt lao động"), val(91, "%")])],
              {("Giải quyết việc làm", "Giải quyết việc làm")},
              {("old", "Tỷ lệ lao động qua đào tạo"): "Giải quyết việc làm"}),
    AlignCase("split-in-two",
              [ind(20, None, "Kết nạp mới đảng viên",
                   "Kết nạp mới từ 3.300 – 3.500 đảng viên; 70% số doanh nghiệp ngoài nhà nước có điều kiện; 100% hợp "
                   "tác xã, đơn vị sự nghiệp ngoài công lập có điều kiện thành lập được tổ chức đảng.",
                   [rng(3300, 3500, "đảng viên"), val(70, "%"), val(100, "%")])],
              [ind(2, None, "Kết nạp đảng viên", targets=[rng(125, 130, "đảng viên")]),
               ind(3, None, "Thành lập tổ chức đảng trong các loại hình doanh nghiệp ngoài nhà nước, hợp tác xã, "
                   "đơn vị sự nghiệp ngoài công lập", targets=[val(1, "tổ chức đảng", cmp=">=")])],
              {("Kết nạp mới đảng viên", "Kết nạp đảng viên")},
              {("new", "Thành lập tổ chức đảng trong các loại hình doanh nghiệp ngoài nhà nước, hợp tác xã, "
                "đơn vị sự nghiệp ngoài công lập"): "Kết nạp mới đảng viên"}),
    AlignCase("name-running-on-into-sub-targets-is-read-by-its-head",
              [ind(20, None, "Kết nạp mới từ 3.300 – 3.500 đảng viên; 70% số doanh nghiệp ngoài nhà nước có điều kiện; "
                   "100% hợp tác xã, đơn vị sự nghiệp ngoài công lập có điều kiện thành lập được tổ chức đảng",
                   targets=[rng(3300, 3500, "đảng viên"), val(70, "%"), val(100, "%")])],
              [ind(3, None, "Thành lập ít nhất 01 tổ chức đảng trở lên trong các loại hình doanh nghiệp ngoài nhà nước, "
                   "hợp tác xã, đơn vị sự nghiệp ngoài công lập", targets=[val(1, "tổ chức đảng", cmp=">=")]),
               ind(2, None, "Kết nạp 125 - 130 đảng viên", targets=[rng(125, 130, "đảng viên")])],
              {("Kết nạp mới từ 3.300 – 3.500 đảng viên; 70% số doanh nghiệp ngoài nhà nước có điều kiện; 100% hợp "
                "tác xã, đơn vị sự nghiệp ngoài công lập có điều kiện thành lập được tổ chức đảng",
                "Kết nạp 125 - 130 đảng viên")},
              {("new", "Thành lập ít nhất 01 tổ chức đảng trở lên trong các loại hình doanh nghiệp ngoài nhà nước, "
                "hợp tác xã, đơn vị sự nghiệp ngoài công lập"):
               "Kết nạp mới từ 3.300 – 3.500 đảng viên; 70% số doanh nghiệp ngoài nhà nước có điều kiện; 100% hợp "
               "tác xã, đơn vị sự nghiệp ngoài công lập có điều kiện thành lập được tổ chức đảng"}),
    AlignCase("unit-decides-between-close-names",
              [ind(5, None, "Tổng vốn đầu tư toàn xã hội", targets=[val(204, "nghìn tỷ đồng")])],
              [ind(8, None, "Tỷ lệ vốn đầu tư toàn xã hội so với GRDP", targets=[val(35, "%")]),
               ind(9, None, "Tổng mức đầu tư toàn xã hội", targets=[rng(3100, 3500, "tỷ đồng")])],
              {("Tổng vốn đầu tư toàn xã hội", "Tổng mức đầu tư toàn xã hội")}),
    AlignCase("unnumbered-indicators", [ind(None, None, "Không còn hộ nghèo", targets=[val(0, "hộ nghèo")])],
              [ind(None, None, "Không còn hộ nghèo theo chuẩn nghèo quốc gia", targets=[val(0, "hộ nghèo")])],
              {("Không còn hộ nghèo", "Không còn hộ nghèo theo chuẩn nghèo quốc gia")}),
    AlignCase("nothing-on-one-side", [ind(1, None, "Kim ngạch xuất khẩu", targets=[val(22.3, "tỷ USD")])], [], set()),
]


@pytest.mark.parametrize("case", ALIGN_CASES, ids=lambda c: c.id)
def test_alignment(case: AlignCase) -> None:
    result = diff(resolution(case.old), resolution(case.new))
    assert {(d.old.name, d.new.name) for d in result.indicators if d.old and d.new} == case.pairs
    paired = len(case.pairs)
    assert sum(d.status == "removed" for d in result.indicators) == len(case.old) - paired
    assert sum(d.status == "added" for d in result.indicators) == len(case.new) - paired
    related = {}
    for d in result.indicators:
        if d.related is not None:
            one = d.old if d.status == "removed" else d.new
            assert one is not None
            related[("old" if d.status == "removed" else "new", one.name)] = d.related.name
    assert related == case.related
    for d in result.indicators:
        assert (d.similarity is not None) == (d.old is not None and d.new is not None)


def test_alignment_does_not_depend_on_the_order_of_either_list() -> None:
    forward = pairs_of(CITY_2021, DISTRICT_2022)
    assert pairs_of(CITY_2021[::-1], DISTRICT_2022[::-1]) == forward


def test_alignment_is_the_same_read_backwards() -> None:
    forward = pairs_of(CITY_2021, DISTRICT_2022)
    assert {(b, a) for a, b in pairs_of(DISTRICT_2022, CITY_2021)} == forward


_SYLLABLES = ["tỷ", "lệ", "hộ", "nghèo", "đảng", "viên", "kết", "nạp", "bảo", "hiểm", "y", "tế", "thu", "ngân",
              "sách", "vốn", "đầu", "tư", "xã", "hội", "lao", "động", "nước", "sạch", "hoá", "hóa", "văn", "UBND"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(_SYLLABLES), min_size=0, max_size=8),
                          st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False)),
                          st.sampled_from(["%", "tỷ đồng", "đảng viên", None])), max_size=8))
def test_any_indicator_list_against_itself_has_no_change(specs: list[tuple[list[str], float | None, str | None]]) -> None:
    indicators = [ind(n, None, " ".join(words), targets=[val(v, unit)] if v is not None else [])
                  for n, (words, v, unit) in enumerate(specs, start=1)]
    result = diff(resolution(indicators), resolution(indicators))
    assert not result.differences
    assert all(d.status == "unchanged" for d in result.indicators)


# --- the two real documents: the pairs a reader makes ---------------------------------------

READER_PAIRS = {(5, 8), (13, 11), (15, 12), (16, 13), (17, 14), (18, 15), (20, 2)}


def test_city_2021_and_district_2022_pair_as_a_reader_pairs_them() -> None:
    result = diff(resolution(CITY_2021), resolution(DISTRICT_2022))
    pairs = {(d.old.number, d.new.number) for d in result.indicators if d.old and d.new}
    assert pairs == READER_PAIRS
    by_old = {d.old.number: d for d in result.indicators if d.old}

    health = by_old[16]
    assert health.status == "changed"
    assert [(c.kind, c.measure, c.delta, c.effect) for c in health.changes] == [("figure", "points", 1, "raised")]
    assert health.changes[0].summary == "91% → 92%: +1 point (raised)"

    assert by_old[17].status == "unchanged" and by_old[17].changes == []
    assert by_old[15].status == "unchanged"

    members = by_old[20]
    assert members.new is not None and members.new.number == 2
    first = members.changes[0]
    assert (first.kind, first.measure, first.effect) == ("figure", "relative", "lowered")
    assert first.delta_min == pytest.approx(-96.2, abs=0.05) and first.delta_max == pytest.approx(-96.3, abs=0.05)
    assert [c.kind for c in members.changes[1:]] == ["removed", "removed"]

    investment = by_old[5].changes[0]
    assert investment.measure == "relative"
    assert investment.delta_min == pytest.approx((3.1e12 - 2.04e14) / 2.04e14 * 100, abs=0.01)
    assert investment.delta_max == pytest.approx((3.5e12 - 2.04e14) / 2.04e14 * 100, abs=0.01)
    assert investment.summary.startswith("204 nghìn tỷ đồng → 3.100–3.500 tỷ đồng: low -98,5%, high -98,3%")


def test_extracted_samples_pair_the_marked_indicators() -> None:
    old = nqparse.extract(sample("haiphong-nghi-quyet-nam-2021"))
    new = nqparse.extract(sample("kienan"))
    if not old.indicators or not new.indicators:
        pytest.skip("indicator extraction gives no indicators for the samples yet")
    result = diff(old, new)
    pairs = {(d.old.number, d.new.number) for d in result.indicators if d.old and d.new}
    assert pairs == READER_PAIRS
    by_old = {d.old.number: d for d in result.indicators if d.old}
    assert [c.delta for c in by_old[16].changes if c.kind == "figure"] == [1]
    assert by_old[17].status == "unchanged"
    assert by_old[15].status == "unchanged"


def test_two_years_of_one_appendix_through_the_extractor() -> None:
    old, new = nqparse.extract_text(APPENDIX_2022), nqparse.extract_text(APPENDIX_2023)
    if not old.indicators or not new.indicators:
        pytest.skip("indicator extraction gives no indicators yet")
    result = diff(old, new)
    pairs = {(d.old.number, d.new.number): d for d in result.indicators if d.old and d.new}
    assert set(pairs) == {(1, 5), (2, 4), (3, 2), (4, 1), (5, 6), (6, 7), (7, 8)}
    assert [d.new.number for d in result.indicators if d.status == "added" and d.new] == [3]

    def first(key: tuple[int, int], kind: str = "figure") -> tuple[object, ...]:
        c = next(c for c in pairs[key].changes if c.kind == kind)
        return c.effect, c.strictness, c.delta, c.measure

    assert first((1, 5)) == ("raised", "stricter", 5, "points")
    assert first((3, 2)) == ("lowered", "looser", -5, "points")
    assert first((5, 6)) == ("raised", None, 1.5, "points")
    assert first((6, 7), "comparator")[1] == "stricter"
    assert first((7, 8), "comparator")[1] == "stricter"
    investment = next(c for c in pairs[(4, 1)].changes if c.kind == "figure")
    assert investment.delta_min == pytest.approx(35.484, abs=0.01) and investment.delta_max == pytest.approx(20)


# --- target changes --------------------------------------------------------------------------


@dataclass
class TargetCase:
    id: str
    old: list[Target]
    new: list[Target]
    # (kind, measure, delta or (delta_min, delta_max), effect, strictness) per change
    changes: list[tuple[object, ...]]


TARGET_CASES = [
    TargetCase("same-percentage", [val(100, "%")], [val(100, "%")], []),
    TargetCase("percentage-points", [val(91, "%")], [val(92, "%")], [("figure", "points", 1, "raised", None)]),
    TargetCase("percentage-points-down", [val(3.77, "%")], [val(3.5, "%")],
               [("figure", "points", -0.27, "lowered", None)]),
    TargetCase("amount-relative-with-scale-words-folded", [val(204, "nghìn tỷ đồng")], [val(204000, "tỷ đồng")], []),
    TargetCase("amount-relative", [val(22.3, "tỷ USD")], [val(25, "tỷ USD")],
               [("figure", "relative", 12.108, "raised", None)]),
    TargetCase("range-both-ends", [rng(3300, 3500, "đảng viên")], [rng(125, 130, "đảng viên")],
               [("figure", "relative", (-96.212, -96.286), "lowered", None)]),
    TargetCase("range-narrowed-is-stricter", [rng(16, 18, "%", change="increase")], [rng(16.5, 17.5, "%", change="increase")],
               [("figure", "points", (0.5, -0.5), "narrowed", "stricter")]),
    TargetCase("range-widened-is-looser", [rng(2.5, 3, "tỷ USD")], [rng(2, 3.5, "tỷ USD")],
               [("figure", "relative", (-20.0, 16.667), "widened", "looser")]),
    TargetCase("value-against-range", [val(80, "%")], [rng(80, 85, "%")], [("figure", "points", (0, 5), "widened", "looser")]),
    TargetCase("trở-lên-added-is-stricter", [val(80, "%")], [val(80, "%", cmp=">=")],
               [("comparator", None, None, None, "stricter")]),
    TargetCase("khoảng-dropped-is-stricter", [val(56000, "lượt lao động", cmp="~")], [val(56000, "lượt lao động")],
               [("comparator", None, None, None, "stricter")]),
    TargetCase("floor-raised-is-stricter", [val(80, "%", cmp=">=")], [val(85, "%", cmp=">=")],
               [("figure", "points", 5, "raised", "stricter")]),
    TargetCase("ceiling-lowered-is-stricter", [val(5, "%", cmp="<=")], [val(4, "%", cmp="<=")],
               [("figure", "points", -1, "lowered", "stricter")]),
    TargetCase("growth-became-level", [val(15, "%", change="increase")], [val(15, "%")],
               [("direction", None, None, None, None)]),
    TargetCase("zero-stays-zero", [val(0, "hộ nghèo")], [val(0, "hộ")], []),
    TargetCase("from-zero", [val(0, "xã")], [val(3, "xã")], [("figure", "relative", None, "raised", None)]),
    TargetCase("unit-changed", [val(89490.478, "tỷ đồng")], [val(15, "%", change="increase")],
               [("unit", None, None, None, None)]),
    TargetCase("targets-paired-by-unit-then-dropped-and-added",
               [rng(3300, 3500, "đảng viên"), val(70, "%")], [val(1, "tổ chức đảng"), rng(125, 130, "đảng viên")],
               [("figure", "relative", (-96.212, -96.286), "lowered", None),
                ("removed", None, None, None, None), ("added", None, None, None, None)]),
    TargetCase("labels-sharing-no-word-are-not-paired",
               [val(100, "%", label="ở đô thị"), val(91, "%", label="nông thôn")],
               [val(100, "%", label="Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý"),
                val(21.2, "%", label="tỷ lệ nước thải đô thị được xử lý đạt quy chuẩn kỹ thuật")],
               [("removed", None, None, None, None), ("added", None, None, None, None)]),
    TargetCase("labels-pair-sub-targets-out-of-order",
               [val(19.2, "%", change="increase", label="công nghiệp – xây dựng"),
                val(7.84, "%", change="increase", label="dịch vụ")],
               [val(22, "%", change="increase", label="Doanh thu thương mại, dịch vụ"),
                val(12, "%", change="increase", label="Giá trị sản xuất công nghiệp, xây dựng")],
               [("figure", "points", -7.2, "lowered", None), ("figure", "points", 14.16, "raised", None)]),
]


@pytest.mark.parametrize("case", TARGET_CASES, ids=lambda c: c.id)
def test_target_changes(case: TargetCase) -> None:
    found = []
    for c in compare_targets(case.old, case.new):
        delta = c.delta if c.delta_min is None and c.delta_max is None else (c.delta_min, c.delta_max)
        found.append((c.kind, c.measure, delta, c.effect, c.strictness))
        assert c.summary
    assert len(found) == len(case.changes)
    for got, want in zip(found, case.changes, strict=True):
        assert got[0:2] == want[0:2] and got[3:] == want[3:]
        if isinstance(want[2], tuple):
            assert got[2] == pytest.approx(want[2], abs=0.001)
        else:
            assert got[2] == (pytest.approx(want[2], abs=0.001) if want[2] is not None else None)


# --- the other sections ----------------------------------------------------------------------


def test_sections_are_compared_spelling_aside() -> None:
    old = resolution([], themes=[theme("Đẩy mạnh chỉnh trang đô thị và thu hút đầu tư", 2021)],
                     document={"number": "01-NQ/QU", "date": "2020-12-18", "year": 2021},
                     issuer={"name": "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN", "level": "district"},
                     meeting={"ordinal": 5, "term": 6},
                     assignments=[{"bodies": ["UBND quận", "Mặt trận Tổ quốc"], "task": "t", "trigger": "giao",
                                   "span": {"start": 0, "end": 1}}],
                     recipients=[{"name": "Thường trực Thành ủy", "span": {"start": 0, "end": 1}}],
                     references=[{"number": "01-NQ/TƯ", "normalized": "01-NQ/TW", "span": {"start": 0, "end": 1}}])
    new = resolution([], themes=[theme("Đẩy mạnh chỉnh trang đô thị, thu hút đầu tư - Thực hiện chuyển đổi số", 2022)],
                     document={"number": "02-NQ/QU", "date": "2021-12-20", "year": 2022},
                     issuer={"name": "Ban Chấp hành Đảng bộ quận", "level": "district"},
                     meeting={"ordinal": 7, "term": 6},
                     assignments=[{"bodies": ["Ủy ban nhân dân quận", "Hội Cựu chiến binh quận"], "task": "t",
                                   "trigger": "giao", "span": {"start": 0, "end": 1}}],
                     recipients=[{"name": "Thường trực Thành uỷ", "span": {"start": 0, "end": 1}}],
                     references=[{"number": "01-NQ/TW", "normalized": "01-NQ/TW", "span": {"start": 0, "end": 1}}])
    result = diff(old, new)
    status = {f.field: f.status for f in result.identity}
    assert status == {"document.number": "changed", "document.date": "changed", "document.year": "changed",
                      "document.kind": "unchanged", "issuer.name": "unchanged", "issuer.level": "unchanged",
                      "meeting.ordinal": "changed", "meeting.term": "unchanged"}
    assert result.themes.status == "changed"
    assert result.themes.removed == ["Đẩy mạnh chỉnh trang đô thị và thu hút đầu tư"]
    assert result.assignments.kept == ["Ủy ban nhân dân quận"]
    assert result.assignments.added == ["Hội Cựu chiến binh quận"]
    assert result.assignments.removed == ["Mặt trận Tổ quốc"]
    assert result.recipients.status == "unchanged"
    assert result.references.status == "unchanged"
    assert result.differences

    trimmed = result.only_changed()
    assert all(f.status != "unchanged" for f in trimmed.identity)
    assert trimmed.assignments.kept == [] and trimmed.assignments.added == ["Hội Cựu chiến binh quận"]


def test_a_document_against_itself_has_no_differences() -> None:
    res = resolution(CITY_2021, themes=[theme("Đẩy mạnh chỉnh trang, hiện đại hóa đô thị", 2021)],
                     document={"number": "01-NQ/TU", "year": 2021})
    result = diff(res, res.model_copy(deep=True))
    assert not result.differences
    assert {d.status for d in result.indicators} == {"unchanged"}
    assert all(d.similarity == 1.0 for d in result.indicators)
    assert [d.old.number for d in result.indicators if d.old] == [i.number for i in CITY_2021]


def test_diff_is_part_of_the_public_api() -> None:
    assert nqparse.diff is diff
    assert "diff" in nqparse.__all__


# --- the command -----------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def extracted(tmp_path: Path) -> tuple[Path, Path]:
    paths = []
    for name, indicators, year in (("2021", CITY_2021, 2021), ("2022", DISTRICT_2022, 2022)):
        path = tmp_path / f"{name}.json"
        path.write_text(resolution(indicators, document={"year": year}).model_dump_json(), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def test_command_same_file_exits_0_and_reports_no_change(extracted: tuple[Path, Path]) -> None:
    code, out, _ = run("diff", str(extracted[0]), str(extracted[0]), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["differences"] is False
    assert {d["status"] for d in data["indicators"]} == {"unchanged"}


def test_command_same_source_document_exits_0() -> None:
    path = str(sample("kienan"))
    code, out, _ = run("diff", path, path, "--format", "markdown")
    assert code == 0
    assert "| document.number | unchanged | 02-NQ/QU | 02-NQ/QU |" in out


def test_command_json_has_the_documented_structure(extracted: tuple[Path, Path]) -> None:
    code, out, _ = run("diff", str(extracted[0]), str(extracted[1]), "--format", "json")
    assert code == 1
    data = json.loads(out)
    for key in ("indicators", "themes", "identity", "assignments", "recipients", "references", "summary"):
        assert key in data
    health = next(d for d in data["indicators"] if d["old"] and d["old"]["number"] == 16)
    assert health["status"] == "changed" and health["new"]["number"] == 13
    assert 0 < health["similarity"] <= 1
    assert health["changes"][0]["delta"] == 1 and health["changes"][0]["measure"] == "points"
    assert {d["status"] for d in data["indicators"]} == {"changed", "unchanged", "added", "removed"}


def test_command_only_changed_leaves_out_the_unchanged(extracted: tuple[Path, Path]) -> None:
    code, out, _ = run("diff", str(extracted[0]), str(extracted[1]), "--format", "json", "--only", "changed")
    assert code == 1
    statuses = {d["status"] for d in json.loads(out)["indicators"]}
    assert statuses == {"changed", "added", "removed"}


def test_command_markdown_and_table(extracted: tuple[Path, Path]) -> None:
    code, out, _ = run("diff", str(extracted[0]), str(extracted[1]), "--format", "markdown")
    assert code == 1
    assert "| status | similarity | old | new | changes |" in out
    assert "91% → 92%: +1 point (raised)" in out
    code, out, _ = run("diff", str(extracted[0]), str(extracted[1]))
    assert code == 1
    assert "Indicators" in out and "changed" in out


@pytest.mark.parametrize("content, message", [
    (b"{not json", "not valid JSON"),
    (b'{"indicators": "x"}', "not an nqparse result"),
    (b"[1, 2]", "not an nqparse result"),
    (b"\xff\xfe{\x00", "not UTF-8"),
], ids=["broken-json", "wrong-shape", "not-an-object", "not-utf8"])
def test_command_bad_json_is_one_line_and_exit_2(tmp_path: Path, extracted: tuple[Path, Path], content: bytes,
                                                 message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, out, err = run("diff", str(bad), str(extracted[1]))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(bad) in err and message in err


def test_command_missing_file_exits_2(tmp_path: Path, extracted: tuple[Path, Path]) -> None:
    for missing in (tmp_path / "nope.json", tmp_path / "nope.txt"):
        code, _, err = run("diff", str(extracted[0]), str(missing))
        assert code == 2
        assert str(missing) in err and len(err.strip().splitlines()) == 1


def test_command_reads_json_or_a_document_from_standard_input(extracted: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(main, ["diff", "-", str(extracted[0])], input=extracted[0].read_bytes())
    assert result.exit_code == 0
    path = sample("kienan")
    result = CliRunner().invoke(main, ["diff", "-", str(path), "--format", "json"], input=path.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["differences"] is False


# --- the habits of users --------------------------------------------------------------------


@pytest.mark.parametrize(("only", "statuses"), [
    (["added"], {"added"}),
    (["removed"], {"removed"}),
    (["unchanged"], {"unchanged"}),
    (["added", "removed"], {"added", "removed"}),
], ids=["added", "removed", "unchanged", "added-and-removed"])
def test_only_takes_any_status(extracted: tuple[Path, Path], only: list[str], statuses: set[str]) -> None:
    options = [arg for status in only for arg in ("--only", status)]
    code, out, _ = run("diff", str(extracted[0]), str(extracted[1]), "--format", "json", *options)
    assert code == 1
    assert {d["status"] for d in json.loads(out)["indicators"]} == statuses


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_self_diff_of_only_the_changes_says_no_differences(extracted: tuple[Path, Path], fmt: str) -> None:
    code, out, _ = run("diff", str(extracted[0]), str(extracted[0]), "--only", "changed", "--format", fmt)
    assert code == 0
    assert "No differences." in out


STRICTER = ([ind(1, None, "Tỷ lệ trường đạt chuẩn quốc gia", targets=[val(80, "%", cmp=">=")])],
            [ind(1, None, "Tỷ lệ trường đạt chuẩn quốc gia", targets=[val(85, "%", cmp=">=")])])


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_stricter_and_looser_show_in_table_and_markdown(tmp_path: Path, fmt: str) -> None:
    paths = []
    for name, indicators in zip(("old", "new"), STRICTER, strict=True):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(resolution(indicators).model_dump_json(), encoding="utf-8")
    code, out, _ = run("diff", *map(str, paths), "--format", fmt)
    assert code == 1
    assert "stricter" in out


def test_documents_of_different_issuers_give_a_warning(tmp_path: Path) -> None:
    paths = []
    for name, issuer in (("old", "Thành ủy Hải Phòng"), ("new", "Quận ủy Kiến An")):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(resolution(CITY_2021, issuer={"name": issuer}).model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", *map(str, paths), "--format", "markdown"])
    assert "different issuers" in result.stderr and "Quận ủy Kiến An" in result.stderr
    assert "Warning: the documents come from different issuers" in result.stdout
    same = diff(resolution(CITY_2021, issuer={"name": "THÀNH ỦY HẢI PHÒNG"}),
                resolution(CITY_2021, issuer={"name": "Thành ủy Hải Phòng"}))
    assert same.warnings == []


def test_an_indicator_merged_into_another_still_shows_the_change_of_its_figures() -> None:
    case = next(c for c in ALIGN_CASES if c.id == "merged-into-one")
    result = diff(resolution(case.old), resolution(case.new))
    merged = next(d for d in result.indicators if d.status == "removed")
    assert merged.related is not None
    assert [(c.kind, c.old, c.new, c.effect) for c in merged.changes] == [("figure", "85,5%", "91%", "raised")]
    from nqparse.compare.render import describe_changes

    assert describe_changes(merged).startswith("merged into (11) Giải quyết việc làm: 85,5% → 91%")


def test_a_jsonl_needs_select_and_other_files_are_not_results(tmp_path: Path, extracted: tuple[Path, Path]) -> None:
    lines = tmp_path / "resolutions.jsonl"
    old = json.loads(extracted[0].read_text(encoding="utf-8"))
    old["source"]["path"] = "in/2021.txt"
    lines.write_text(json.dumps(old) + "\n", encoding="utf-8")
    code, _, err = run("diff", str(lines), str(extracted[0]))
    assert code == 2 and "not an nqparse result" in err and "--select" in err
    code, _, err = run("diff", str(lines), str(extracted[0]), "--select", "2021.txt")
    assert code == 0, err
    for name, content in (("indicators.csv", "file,name\n"), ("summary.json", '{"nqparse_version": "0.1.0", '
                                                                              '"outdir": "o", "documents": 1, '
                                                                              '"failures": []}')):
        other = tmp_path / name
        other.write_text(content, encoding="utf-8")
        code, _, err = run("diff", str(other), str(extracted[0]))
        assert code == 2 and f"{other}: not an nqparse result" in err


def test_diff_takes_paths_as_well_as_results(extracted: tuple[Path, Path]) -> None:
    by_path = nqparse.diff(extracted[0], str(extracted[1]))
    loaded = nqparse.diff(*(Resolution.model_validate_json(p.read_text(encoding="utf-8")) for p in extracted))
    assert by_path.summary == loaded.summary and by_path.differences
