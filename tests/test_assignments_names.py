"""Where the name of an assigned body ends, in the forms documents of any province use."""

from __future__ import annotations

import re
import sys

import pytest
import regex

from nqparse import extract_text
from nqparse.phrases.bodies import _PLURAL

WRAP = "KẾT LUẬN\nHỘI NGHỊ\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n{}\n"
PRESS = "Tin tức\n\nNgày 12/3, Huyện ủy tổ chức hội nghị.\n\n{}\n"

NAMES = [
    ("a-committee-named-by-its-purpose-up-to-its-level",
     "Các thành viên Ban Chỉ đạo phòng, chống thiên tai các cấp tổ chức trực ban.",
     ["Các thành viên Ban Chỉ đạo phòng, chống thiên tai các cấp"], "tổ chức trực ban"),
    ("a-committee-named-by-its-purpose-up-to-its-province",
     "Giao Ban Chỉ đạo công tác Dân số tỉnh Bình An chủ trì tổng kết.",
     ["Ban Chỉ đạo công tác Dân số tỉnh Bình An"], "chủ trì tổng kết"),
    ("a-committee-named-by-the-resolution-it-reviews",
     "Giao Ban Chỉ đạo tổng kết thực hiện Nghị quyết Trung ương 5 khóa XII về kinh tế tập thể báo cáo kết quả.",
     ["Ban Chỉ đạo tổng kết thực hiện Nghị quyết Trung ương 5 khóa XII"],
     "về kinh tế tập thể báo cáo kết quả"),
    ("a-committee-then-its-task-names-no-purpose",
     "Ban Chỉ đạo chủ trì, phối hợp với Ủy ban nhân dân tỉnh triển khai kế hoạch.",
     ["Ban Chỉ đạo"], "chủ trì, phối hợp với Ủy ban nhân dân tỉnh triển khai kế hoạch"),
    ("project-boards-of-both-kinds-and-the-investors",
     "Giám đốc các Ban Quản lý dự án chuyên ngành, khu vực, các chủ đầu tư khẩn trương giải ngân vốn.",
     ["Giám đốc các Ban Quản lý dự án chuyên ngành, khu vực", "các chủ đầu tư"], "khẩn trương giải ngân vốn"),
    ("a-board-named-after-the-zones-it-runs",
     "Giao Ban Quản lý các khu công nghiệp tỉnh rà soát quỹ đất.",
     ["Ban Quản lý các khu công nghiệp tỉnh"], "rà soát quỹ đất"),
    ("the-head-of-a-board-whose-ban-opens-its-name",
     "Giao Thủ trưởng các sở, Trưởng Ban Quản lý các khu công nghiệp, Chủ tịch UBND các xã tổ chức rà soát.",
     ["Thủ trưởng các sở", "Trưởng Ban Quản lý các khu công nghiệp", "Chủ tịch UBND các xã"], "tổ chức rà soát"),
    ("units-organisations-and-individuals-concerned",
     "Giao các đơn vị, tổ chức, cá nhân có liên quan thực hiện nghiêm túc.",
     ["các đơn vị, tổ chức, cá nhân có liên quan"], "thực hiện nghiêm túc"),
    ("the-last-noun-of-a-list-before-its-verb",
     "Yêu cầu các cơ quan, đơn vị, doanh nghiệp thực hiện nghiêm túc.",
     ["các cơ quan, đơn vị, doanh nghiệp"], "thực hiện nghiêm túc"),
    ("a-noun-that-is-also-the-verb-stays-the-task",
     "Giao các sở, tổ chức thực hiện kế hoạch.", ["các sở"], "tổ chức thực hiện kế hoạch"),
    ("units-concerned-then-a-verb-the-lexicon-may-not-know",
     "Yêu cầu các đơn vị liên quan nỗ lực hoàn thành kế hoạch.",
     ["các đơn vị liên quan"], "nỗ lực hoàn thành kế hoạch"),
    ("giao-cho-run-together-in-a-web-copy", "Giaocho Sở Tài chính thẩm định hồ sơ.",
     ["Sở Tài chính"], "thẩm định hồ sơ"),
    ("an-agency-told-by-what-it-did", "Yêu cầu cơ quan soạn thảo tiếp thu ý kiến đại biểu.",
     ["cơ quan soạn thảo"], "tiếp thu ý kiến đại biểu"),
]


@pytest.mark.parametrize(("text", "bodies", "task"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_where_a_name_ends(text: str, bodies: list[str], task: str) -> None:
    found = extract_text(WRAP.format(text)).assignments
    assert [(a.bodies, a.task) for a in found] == [(bodies, task)]


def test_a_sites_card_naming_an_agency_assigns_nothing() -> None:
    text = "Nghị quyết về nhiệm vụ năm 2026\n\n- Cơ quan ban hành: Tỉnh Bình An\n- Ngày ban hành: 10-01-2026\n"
    assert extract_text(text).assignments == []


def test_the_last_of_a_request_over_semicolons_joined_to_the_people() -> None:
    text = PRESS.format("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành; người đứng đầu các cơ quan, đơn vị "
                        "và toàn thể Nhân dân thực hiện nghiêm biện pháp phòng dịch.")
    found = extract_text(text).assignments
    assert [a.bodies for a in found] == [["Thủ trưởng các sở, ngành", "người đứng đầu các cơ quan, đơn vị"]]


def test_the_members_a_leader_asks_in_a_press_report() -> None:
    text = PRESS.format("Kết luận cuộc họp, đồng chí Bí thư yêu cầu các thành viên tiếp tục hoàn thiện dự thảo.")
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [
        (["các thành viên"], "tiếp tục hoàn thiện dự thảo")]


def test_what_the_plan_a_press_report_tells_of_asks() -> None:
    text = PRESS.format("Kế hoạch do Phó Chủ tịch UBND tỉnh ký ban hành, yêu cầu Thủ trưởng các cơ quan, đơn vị "
                        "liên quan căn cứ Kế hoạch này triển khai thực hiện.")
    assert [a.bodies for a in extract_text(text).assignments] == [["Thủ trưởng các cơ quan, đơn vị liên quan"]]


def test_a_council_asking_its_committee_for_the_points_below() -> None:
    text = ("NGHỊ QUYẾT\nVề nhiệm vụ năm 2026\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua báo cáo.\n\nĐiều 2. Hội đồng nhân "
            "dân tỉnh đề nghị Ủy ban nhân dân tỉnh tập trung thực hiện một số nội dung như sau:\n"
            "1. Phát triển công nghiệp.\n")
    assert [a.bodies for a in extract_text(text).assignments][:1] == [["Ủy ban nhân dân tỉnh"]]


def test_an_office_over_bare_nouns_and_the_communes_written_without_các() -> None:
    text = ("QUYẾT ĐỊNH\n\nĐiều 3. Thủ trưởng cơ quan, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân xã, phường và các tổ "
            "chức, cá nhân có quan hệ công tác với Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.\n")
    assert [a.bodies for a in extract_text(text).assignments] == [
        ["Thủ trưởng cơ quan, ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân xã, phường", "các tổ chức, cá nhân"]]


def test_tasks_given_clause_by_clause_after_one_giao() -> None:
    text = PRESS.format("Đồng chí Bí thư giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu tuyên truyền; Ban Tổ chức "
                        "Huyện ủy tham mưu kiện toàn cán bộ; Ủy ban kiểm tra Huyện ủy tăng cường kiểm tra. Hội nghị "
                        "bế mạc.")
    assert [(a.bodies, a.task) for a in extract_text(text).assignments] == [
        (["Ban Tuyên giáo Huyện ủy"], "tham mưu tuyên truyền"), (["Ban Tổ chức Huyện ủy"], "tham mưu kiện toàn cán bộ"),
        (["Ủy ban kiểm tra Huyện ủy"], "tăng cường kiểm tra")]


@pytest.mark.parametrize(("text", "bodies"), [
    (PRESS.format("Chủ tịch UBND tỉnh vừa ban hành văn bản chỉ đạo thủ trưởng các sở, ngành triển khai ngay."),
     [["thủ trưởng các sở, ngành"]]),
    (WRAP.format("Ủy ban nhân dân tỉnh vừa chỉ đạo các sở, ngành triển khai ngay."), []),
], ids=["in-a-press-report-the-news", "in-a-document-what-was-done"])
def test_what_has_just_been_directed(text: str, bodies: list[list[str]]) -> None:
    assert [a.bodies for a in extract_text(text).assignments] == bodies


def test_public_services_procured_by_order_or_task_assign_nothing() -> None:
    text = WRAP.format("Hoàn thiện cơ chế đặt hàng, giao nhiệm vụ cho các doanh nghiệp công nghệ số thực hiện các "
                       "nhiệm vụ trọng điểm.")
    assert extract_text(text).assignments == []


@pytest.mark.parametrize("points", [
    "1. Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ủy ban nhân dân tỉnh theo dõi."
    "\n\n2. Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ Kế hoạch xây dựng kế hoạch của mình.",
    "- Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ủy ban nhân dân tỉnh theo dõi."
    "\n- Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ Kế hoạch xây dựng kế hoạch của mình.",
], ids=["numbered", "dashed"])
def test_an_executing_article_that_lists_its_bodies_point_by_point(points: str) -> None:
    text = ("QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n\n"
            f"Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:\n\n{points}\n")
    assert [a.bodies for a in extract_text(text).assignments] == [
        ["Sở Kế hoạch và Đầu tư"], ["Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã"]]


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("“Sở Y tế phối hợp với các địa phương tăng cường giám sát dịch bệnh; chủ động ứng phó.”", [["Sở Y tế"]]),
    ("Sở Y tế phối hợp với các địa phương tăng cường giám sát dịch bệnh.", []),
], ids=["quoting-the-document", "telling-in-its-own-words"])
def test_a_press_report_quoting_the_directive_it_reports(sentence: str, bodies: list[list[str]]) -> None:
    assert [a.bodies for a in extract_text(PRESS.format(sentence)).assignments] == bodies


@pytest.mark.parametrize(("lead", "bodies"), [
    ("Kết luận hội nghị, đồng chí Bí thư nhấn mạnh một số công việc trọng tâm trong tháng tới, cụ thể như sau:",
     [["Các ngành", "các đơn vị"], ["Các thôn"]]),
    ("Hội nghị đã nghe báo cáo kết quả tháng qua.", []),
], ids=["a-leaders-points", "points-told-as-news"])
def test_points_a_leader_lists_in_a_press_report(lead: str, bodies: list[list[str]]) -> None:
    text = PRESS.format(f"{lead}\n\n- Các ngành và các đơn vị bám sát chương trình công tác tháng.\n\n"
                        "- Các thôn tập trung chỉ đạo sản xuất vụ đông.")
    assert [a.bodies for a in extract_text(text).assignments] == bodies


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Sau khi nghe ý kiến, Chủ tịch UBND tỉnh đã chỉ đạo các sở, ngành tập trung rà soát.", [["các sở, ngành"]]),
    ("Thời gian qua, UBND tỉnh đã chỉ đạo các sở, ngành tập trung rà soát.", []),
], ids=["a-leader-directing-at-the-meeting", "a-body-telling-what-it-did"])
def test_what_was_directed_in_a_press_report(sentence: str, bodies: list[list[str]]) -> None:
    assert [a.bodies for a in extract_text(PRESS.format(sentence)).assignments] == bodies


def test_the_plural_mark_is_read_by_re_as_the_regex_module_reads_white_space() -> None:
    # "các" before a list's name is tried at every name: re's call costs half the regex module's
    assert isinstance(_PLURAL, re.Pattern)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    blanks = sorted({*re.findall(r"\s", every), *regex.findall(r"\s", every)})
    assert len(blanks) > 20
    for blank in blanks:
        assert bool(_PLURAL.match(f"các{blank}phường")) == bool(regex.match(r"các\s", f"các{blank}")), hex(ord(blank))


def test_a_name_s_capital_and_abbreviation_patterns_are_tried_only_where_they_can_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from nqparse.normalize import fold
    from nqparse.phrases import bodies

    calls: list[int] = []
    for name in ("_CAP_WORD", "_ABBREVIATION"):
        pattern = getattr(bodies, name)
        monkeypatch.setattr(bodies, name, type("Counted", (), {
            "match": staticmethod(lambda *a, p=pattern: calls.append(1) or p.match(*a))})())
    plain = "giao ủy ban nhân dân xã tổ chức thực hiện"
    found = bodies.read_bodies(plain, fold(plain), len("giao "), len(plain))
    assert found is not None and plain[slice(*found.bodies[0])] == "ủy ban nhân dân xã"
    assert not calls  # lower-case words after the name: neither pattern could open there
    named = "giao Ban Quản lý Khu kinh tế (BQL) tỉnh Hà Tây thực hiện"
    found = bodies.read_bodies(named, fold(named), len("giao "), len(named))
    assert found is not None and named[slice(*found.bodies[0])].startswith("Ban Quản lý Khu")
    assert calls  # a capital after a gap: the pattern is asked


@pytest.mark.parametrize(("text", "name"), [
    ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm", "Chủ tịch Ủy ban nhân dân tỉnh, thành phố"),
    # a name after the last unit word makes it one place: the list stops before it
    ("Ủy ban nhân dân tỉnh, thành phố Bình An chịu trách nhiệm", "Ủy ban nhân dân tỉnh"),
])
def test_the_provinces_and_cities_written_without_cac_are_one_body(text: str, name: str) -> None:
    from nqparse.normalize import fold
    from nqparse.phrases import bodies

    found = bodies.read_bodies(text, fold(text), 0, len(text))
    assert found is not None and text[slice(*found.bodies[0])] == name


@pytest.mark.parametrize("name", ["UBND TP.Bình An", "Đảng ủy P.Tân Mỹ", "UBND X.Tân Lập", "Huyện ủy H.Tân Lợi",
                                  "UBND TX.Bình Sơn", "UBND Q.Bình Hòa", "UBND TP. Bình An"])
def test_an_abbreviated_unit_word_and_its_dot_hold_the_place_named_after_them(name: str) -> None:
    from nqparse.normalize import fold
    from nqparse.phrases import bodies

    text = f"giao {name} chủ trì thực hiện"
    found = bodies.read_bodies(text, fold(text), len("giao "), len(text))
    assert found is not None and text[slice(*found.bodies[0])] == name


@pytest.mark.parametrize(("text", "names"), [
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì", ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
    ("UBND tỉnh và Ủy ban MTTQ tỉnh chủ trì", ["UBND tỉnh", "Ủy ban MTTQ tỉnh"]),
    ("Ban Thường vụ Tỉnh ủy và Kế hoạch số 12-KH/TU", ["Ban Thường vụ Tỉnh ủy"]),
])
def test_a_va_joins_two_bodies_only_where_a_head_word_opens_the_second(text: str, names: list[str]) -> None:
    from nqparse.normalize import fold
    from nqparse.phrases import bodies

    found = bodies.read_bodies(text, fold(text), 0, len(text))
    assert found is not None and [text[s:e] for s, e in found.bodies] == names


def test_the_assignee_head_lists_are_read_as_sets_by_one_function() -> None:
    from nqparse.lexicon import bodies
    from nqparse.phrases.bodies import _head_words
    heads = bodies().assignee_heads
    assert _head_words("titles") == frozenset(heads.titles)
    assert _head_words("addresses") == frozenset(heads.addresses)


@pytest.mark.parametrize("before", ["", "Ủy ban nhân dân ", "Ban Thường vụ Đảng ủy các cơ quan Đảng của "])
def test_a_name_ending_in_a_unit_word_is_found_in_the_last_characters_alone(before: str) -> None:
    from nqparse.lexicon import bodies
    from nqparse.phrases.bodies import ENDS_IN_LOCALITY, LOCALITY_SPAN

    for word in bodies().localities:
        for text in (before + word, before + word + "\n", before + word + " mới", before + "x" + word):
            end = len(text)
            whole = ENDS_IN_LOCALITY.search(text, 0, end)
            last = ENDS_IN_LOCALITY.search(text, max(0, end - LOCALITY_SPAN), end)
            assert (whole and whole.span()) == (last and last.span()), text


def test_a_list_of_bodies_opens_only_on_the_two_letters_a_head_opens_with() -> None:
    from nqparse.lexicon import bodies
    from nqparse.phrases.bodies import _committee_units, _head_openings, head_pattern

    openings = _head_openings()
    for head in bodies().assignee_heads.heads:
        m = head_pattern().match(head)
        assert m is not None and len(m.group()) >= 2 and m.group()[:2] in openings, head
    for text in ("các huyện, thị, thành ủy", "huyện, thị, thành ủy"):
        m = _committee_units()[2].match(text)
        assert m is not None and text[:2] in openings

