"""The meeting a document comes from or reports: ordinal, term, tenure, date, chair, place.

"Hội nghị ... lần thứ N" counts only when it is this body's meeting: not a cited one
("Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương") and not a congress ("Đại hội").
A "khóa" counts only where it belongs to the meeting or the issuing committee, never to the
National Assembly or the Central Committee's plenums.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import islice

import regex

from ..lexicon import (
    alternation,
    committees,
    document_titles,
    issuer_heads,
    localities,
    meetings,
    people_bodies,
    person_names,
    signature,
    surnames,
    web_chrome,
)
from ..mentions import Mentions
from ..phrases.dates import PAGE_STAMP, FoundDate, planned_years, settle_year
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.meetings import DELEGATES_TO, MEETING_FIELD, PREPARED_FOR
from ..phrases.numbers import ordinal_alternation, ordinal_words, parse_ordinal
from ..phrases.terms import TENURE, TENURE_ANYWHERE, YEAR, newest_tenure, newest_term, term_years
from ..phrases.text import SPACES, literal_starts, matches_at, sentences, squash, trimmed, unmarked
from ..records import At, record
from ..segment import Block, Layout
from .document import Document
from .header import head_blocks
from .issuer import IssuingBody, end_of_place, is_province, level_of, person_like, person_titles

# the dot of a place's short form ("Đại hội đại biểu Phụ nữ TX. Giá Rai lần thứ XII", "TP. Vinh")
_ABBREVIATION_DOT = r"(?<=(?<!\w)(?:tx|tp|tt|q|h))\."
_ORDINAL_WORD = rf"(?:\d{{1,2}}\b|[ivxlc]{{1,6}}\b|{ordinal_alternation()})(?![\w])"
_MEETING = re.compile(unmarked(
    rf"(?:(?:hội nghị(?P<between>[^.\n;]{{0,90}}?)\blần thứ"  # the ordinal's words written once: half the compiling
    rf"|(?:kỳ họp|phiên họp|(?<=\()phiên)\s+(?:(?:chuyên đề|bất thường|thường lệ)\s+)?(?:lần\s+)?thứ)\s+(?P<ord>{_ORDINAL_WORD})"
    rf"|kỳ họp\s+(?P<session>\d{{1,2}})(?![\d/.,])"  # the press writes "tại kỳ họp 23 HĐND TPHCM khoá IX"
    # "kỳ họp tám HĐND huyện", "khai mạc Kỳ họp bảy.": a count in words with no "thứ", where the
    # council, its term or the sentence's end follows ("kỳ họp năm nay" is this year's session)
    rf"|kỳ họp\s+(?P<spelled>{ordinal_alternation()})(?=\s*(?:[,.;:)\n]|$|hđnd\b|hội đồng\b|khóa\b|của\b))"
    rf"|hội nghị (?:ban chấp hành )?trung ương\s+(?P<plenum>\d{{1,2}})\b)"))
# every match of _MEETING starts with one; "(Phiên thứ 75)" after a "phiên họp" numbers it, where
# a "phiên thứ hai" alone is the second sitting of a session or congress
_MEETING_OPENINGS = ("hoi nghi", "ky hop", "phien")
# a congress ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX") is the meeting only of a report on it
# or of a document it issued: elsewhere it is the congress whose resolution is carried out
# the body's name between "đại hội" and "lần thứ" may be long: a bloc's youth union with its unit and
# province ("đại biểu Đoàn TNCS Hồ Chí Minh Khối Cơ quan và Doanh nghiệp tỉnh An Giang", 75 characters)
_CONGRESS_NAME_REACH = 90
_CONGRESS = regex.compile(unmarked(
    rf"đại hội(?P<between>(?:(?!đại hội)[^.\n;]|{_ABBREVIATION_DOT}){{0,{_CONGRESS_NAME_REACH}}}?)(?:\s*\n\s*)?\blần thứ\s+(?P<ord>{_ORDINAL_WORD})"))
# the nearest "đại hội" before "lần thứ" owns it: "Đại hội bầu 15 đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XVII"
_NATIONAL = lazy(r"toan quoc|cua dang\b|dang cong san")
# the documents that cite a meeting, and the press's codes of the first two ("NQ Đại hội Đảng bộ huyện")
_CITED_TYPES = unmarked(r"nghị quyết|kết luận|chỉ thị|quy định|thông báo|\bnq|\bkl")
# between "hội nghị" and "lần thứ", a document cited: the ordinal is its congress's or meeting's
_CITED_BETWEEN = lazy(rf"\b(?:{_CITED_TYPES})\b")
# "Nghị quyết Hội nghị lần thứ 6 ...": a cited meeting (on the same line: a type line above
# the title "HỘI NGHỊ LẦN THỨ BẢY" does not cite it)
_CITED_BEFORE = re.compile(rf"(?:{_CITED_TYPES})[ ]*(?:{unmarked('số')}[ ]*\S+[ ]*)?(?:{unmarked('của')}[ ]+)?\Z")
_TERM = re.compile(unmarked(r"\bkhóa\s+(?P<t>[ivxlc]{1,6}|\d{1,2})\b"))
# a "khóa" written after these belongs to another body than a party committee's meeting
_TERM_OF = {
    "assembly": lazy(unmarked(r"(?:quốc hội|đại biểu)\s*\(?\s*$")),
    "central": lazy(unmarked(r"(?:trung ương|tw)(?:\s+đảng)?(?:\s+\d+)?\s*\(?\s*$")),
    "council": lazy(unmarked(rf"{alternation(people_bodies('HĐND'))}(?:\s+{localities()})?")
                             + r"(?:\s+\w+){0,3}?\s*,?\s*\(?\s*$"),
    # "UBND huyện khóa X (nhiệm kỳ 2021-2026)": the people's committee's term
    "committee": lazy(unmarked(rf"{alternation(people_bodies('UBND'))}(?:\s+{localities()})?")
                               + r"(?:\s+\w+){0,3}?\s*,?\s*\(?\s*$"),
}
_JUST_BEFORE = lazy(r"[ ]*[-–,]?[ ]*\n?[ ]*")  # between a term and the session it heads, on its line or the next
_GATHERING_WORDS = alternation(meetings().gatherings)  # hội nghị, kỳ họp, đại hội, ...
_TERM_OWNER = lazy(unmarked(rf"(?:ban chấp hành|đảng bộ|{committees()}|{_GATHERING_WORDS}|"
                                     rf"{alternation(people_bodies('HĐND'))}|quốc hội|"
                                     r"lần thứ\s+\S+)[^.\n;]{0,40}$"))
# a committee the congress elects, of any body ("Ủy ban MTTQ Việt Nam huyện Bình Xuyên khóa X,
# nhiệm kỳ 2024-2029"): its term is the congress's ordinal
_ELECTED_OWNER = lazy(unmarked(rf"(?:ban chấp hành|{alternation(issuer_heads())})[^.\n;]{{0,60}}$"))
_TENURE = lazy(r"\s*[,(]?\s*" + TENURE)
# a congress's presidium chairs it: "Đoàn Chủ tịch điều hành đại hội gồm đồng chí X, ..."; the
# people named before "điều hành kỳ họp" chair the session ("Các đồng chí: A, Chủ tịch HĐND xã, B,
# Phó Chủ tịch HĐND xã điều hành kỳ họp")
_CHAIR = re.compile(unmarked(r"chủ trì|chủ tọa|chủ toạ|đoàn chủ tịch(?=\s+(?:điều hành|đại hội|kỳ họp|hội nghị))"
                             r"|điều hành(?=\s+(?:đại hội|kỳ họp|hội nghị|phiên))"))
_CHAIR_CORES = ("chu t", "dieu hanh")  # one of which every match of _CHAIR holds, without marks
# who sums a meeting up chairs it: "Kết luận của đồng chí X ... tại cuộc họp", "đồng chí X ... kết luận:"
_CONCLUDES = re.compile(r"ket luan")
_CONCLUSION_OF = lazy(r"ket luan cua\s*$")
_CONCLUDES_HERE = lazy(r"\bket luan\s*(?::|$)")
# "chủ trì các buổi làm việc": a standing duty over many meetings, given by a plan's division of
# tasks ("Trưởng đoàn: ... chủ trì các buổi làm việc"), names no chair of one meeting
_STANDING_DUTY = lazy(r"\s*(?:cac|nhung|moi)\b")
_GATHERINGS = unmarked(rf"(?<!\w)(?:{_GATHERING_WORDS})(?!\w)")
_CHAIR_CONTEXT = lazy(_GATHERINGS)
_LOCALITY_BEFORE = lazy(unmarked(localities()) + r"\s+$")
# a committee word right before capitals ("Tỉnh ủy Hà An"): they name its place, not a person
_COMMITTEE_WORD_BEFORE = lazy(r"(?<!\w)" + unmarked(committees()) + r"\s+$")
# the words of address in any case, the name in capitals: "đồng chí Bí thư Tỉnh ủy X" names a post first
_COMRADE = regex.compile(r"\b(?i:đồng|dong)\s(?i:chí|chi)\s*:?\s+"
                         r"(?P<name>\p{Lu}(?:\p{Ll}*|\p{Lu}*)(?:\s+\p{Lu}(?:\p{Ll}*|\p{Lu}*)){1,4})(?![\p{L}])")
# "đại biểu HĐND tỉnh bầu tại X", "công tác tại X": where a person was elected or works, not the meeting's place
_NOT_HELD_AT = "".join(rf"(?<!\b{w} )" for w in meetings().not_held_at)
# "tại Hội trường ...", and a hall the press writes in lower case ("tại hội trường tầng 1 - ...")
# the place ends at its clause's end, or where the sentence's verb goes on after it ("tại hội trường
# UBND xã X đã tổ chức Hội nghị ..."; lexicon meetings place_ends)
_PLACE = lazy_regex(rf"{_NOT_HELD_AT}\b[Tt]ại\s+(?P<loc>(?:\p{{Lu}}|(?:{alternation(meetings().venues)})\b)[^,.;\n()]{{3,90}}?)"
                    rf"(?=\s*[,.;(]|\s+(?:{alternation(meetings().place_ends)})\s)")
# "tại Hội nghị ...", "tại Kế hoạch số ...", "tại Điều 3": a meeting, a document or a part of one, not a place
# the place a body or a hall serves, after its name: "xã Tân Lập", "huyện"
_SERVED_PLACE = r"[ ]+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?:[ ]+\p{Lu}\p{Ll}*){0,4}"
# the other councils a hall shares its name with, up to the place they serve
_JOINT_HALL = lazy_regex(r"(?:,[ ]*(?:HĐND|UBND|MTTQ|Hội đồng [Nn]hân dân|Ủy ban [Nn]hân dân|Ủy ban MTTQ))+"
                         + _SERVED_PLACE)
# "tại Hội trường, Trường Chính trị thành phố": whose hall, after a comma
_WHOSE_HALL = lazy_regex(r"(?<=Hội trường),[ ]*\p{Lu}[^,.;\n()]{3,60}?(?=\s*[,.;(])")
# a name that lists its parts, cut at its first comma: "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"
# (each part opens on a capital: "Thể thao", "Du lịch"), up to the place it serves and the clause's end
_NAME_PART = r"\p{Lu}\p{Ll}*(?:[ ]+\p{Ll}+){0,2}"
_LISTED_NAME = lazy_regex(rf"(?:,[ ]*{_NAME_PART})+[ ]+và[ ]+{_NAME_PART}"
                          rf"(?:{_SERVED_PLACE})?(?=[ ]*[,.;(\n]|[ ]*$)")
_NOT_PLACE = lazy(rf"(?i)^(?:{document_titles()}|{_GATHERING_WORDS}|phụ lục|điều|khoản|mục|buổi)")


# "... Ban Chấp hành Trung ương", the press's "BCH TW", "BCHTW"
_CENTRAL_AFTER = lazy(r"\s*(?:,\s*)?(?:ban chap hanh|bch)\s*(?:trung uong|tw)\b")
# "tổ chức" the noun names an organisation, no meeting held: "các tổ chức đảng" (lexicon meetings)
_ORGANISATION_BEFORE = "".join(rf"(?<!\b{unmarked(w)} )" for w in meetings().organisation_before)
_ORGANISATION_AFTER = rf"(?!\s+{unmarked(alternation(meetings().organisation_after))}\b)"
# a sentence may open on the hour before the day: "Vào lúc 8 giờ 00, ngày 20/4/2026, tại ..."
_AT_HOUR = r"(?:vao\s+(?:luc\s+)?\d{1,2}\s*(?:gio|h)\s*\d{0,2}(?:\s*phut)?\s*,?\s*)?"
# "Ngày đăng: 12/03/2025": a page's publication line, no meeting's day
_PUBLISHED = "|".join(re.escape(unmarked(w)) for w in web_chrome().publication_labels)
_MEETING_WORDS = re.compile(_GATHERINGS + rf"|so ket|tong ket|(?<!luat ){_ORGANISATION_BEFORE}to chuc{_ORGANISATION_AFTER}"
                            rf"|^{_AT_HOUR}ngay\b(?!\s+(?:{_PUBLISHED})\b)")
# the words above as written with their marks: without marks "họp" (meet) is "hợp" of "phối hợp"
_MARKED = {unmarked(w): w for w in (*meetings().gatherings, "sơ kết", "tổng kết", "tổ chức", "ngày")}
# what every match of _MEETING_WORDS and _CHAIR_CONTEXT holds, but "(vao luc 8 gio,) ngay", which opens the text read
_MEETING_LITERALS = tuple(w for w in _MARKED if w != "ngay")
# the sentences that cite a document's legal basis, whose dates are those documents'
_LEGAL_BASIS = re.compile(r"[-+•*\s]*(?:can cu|thuc hien|theo|xet|tren co so)\b")
_OF_AFTER = lazy(r"\s*cua")
_NAMED_AFTER = lazy(r"[^.;]{0,20}\b(?:co|la|gom)\b")
# "Chủ tọa kỳ họp: Ông A - Bí thư ...; ông B - ...": a label, the chairs after its colon
_LABEL_AFTER = lazy(r"\s*" + _GATHERINGS + r"\s*:")


@record(slots=True)
class MeetingRecord:
    """The meeting as read; ``assemble`` makes it the output's ``Meeting``."""

    ordinal: int | None = None
    ordinal_at: At | None = None
    term: int | None = None
    term_at: At | None = None
    tenure: tuple[int, int] | None = None
    """The nhiệm kỳ's first and last years."""
    tenure_at: At | None = None
    date: str | None = None
    date_at: At | None = None
    chair: str | None = None
    chair_at: At | None = None
    location: str | None = None
    location_at: At | None = None


def extract_meeting(layout: Layout, shared: Mentions, document: Document, issuer: IssuingBody,
                    reference_spans: list[tuple[int, int]]) -> MeetingRecord:
    """Each reader below takes the meeting as read so far and returns it refined."""
    text, plain = layout.text.text, layout.text.plain
    meeting = MeetingRecord()
    if document.kind in _KINDS_WITHOUT_A_MEETING:
        return meeting
    central_issuer = issuer.level == "central"

    mentions: list[regex.Match[str]] = []
    for m in matches_at(_MEETING, plain, literal_starts(plain, _MEETING_OPENINGS)):
        before = plain[max(0, m.start() - 40):m.start()]
        if _CITED_BEFORE.search(before) or PREPARED_FOR.search(plain, max(0, m.start() - 80), m.start()):
            continue
        tail = plain[m.end():m.end() + 60]
        between = m.group("between") or ""
        if _CITED_BETWEEN.search(between):
            # "Hội nghị quán triệt Nghị quyết Đại hội ... lần thứ I": a meeting, the ordinal the congress's
            mentions.append(m)
            continue
        if _CONGRESS_WORD.search(between):
            continue  # "tại Trung tâm Hội nghị tỉnh, Đại hội ... lần thứ XV": the congress's, read below
        if _another_level(layout, m, issuer):
            continue
        central = m.group("plenum") or "trung uong" in between or _CENTRAL_AFTER.match(tail)
        if central and not central_issuer:
            continue
        group = next(g for g in ("ord", "session", "spelled", "plenum") if m.group(g))
        written = text[m.start(group):m.end(group)]
        # without "thứ" the word must be written with its marks: "kỳ họp sau" is the next session, no sixth
        ordinal = parse_ordinal(written) if group == "spelled" else _ordinal(written)
        if ordinal:
            if not mentions:
                meeting = replace(meeting, ordinal=ordinal, ordinal_at=At(start=m.start(group), end=m.end(group)))
            mentions.append(m)

    invited = _invitation(layout, shared, document, meeting)
    meeting = invited if invited is not None else meeting
    congress = None if invited is not None else _congress(layout, document, meeting, issuer)
    # a report that opens on a congress is on it: a "hội nghị lần thứ nhất" it tells of later is
    # the new committee's first meeting, held during the congress
    if congress is not None and mentions and congress[0].start() > mentions[0].start():
        congress = None
    if congress is not None:
        mentions = [congress[0]]
        meeting = congress[1]
    meeting = _term_and_tenure(layout, meeting, mentions, issuer)
    if congress is not None and meeting.term is not None and meeting.term != meeting.ordinal:
        # "Ban Chấp hành khóa XII, nhiệm kỳ 2017-2022" in a report on the XIIIth congress: the
        # committee whose term ends, not the one the congress elects
        meeting = replace(meeting, term=None, term_at=None, tenure=None, tenure_at=None)
    if congress is not None and meeting.term is None and meeting.ordinal is not None:
        meeting = _elected_term(layout, meeting)
    if congress is not None and meeting.tenure is None:
        meeting = _congress_tenure(layout, meeting, congress[0])
    elif mentions and meeting.tenure is None:
        # the headline names the meeting, the lead its tenure: "Hội nghị BCH Đảng bộ huyện lần thứ 11"
        # over "... tổ chức Hội nghị lần thứ 11, nhiệm kỳ 2020 - 2025 ..."
        for mention in mentions[:_TENURE_MENTIONS]:
            meeting = _sentence_tenure(layout, meeting, mention)
            if meeting.tenure is not None:
                break
    elif not mentions and invited is None and document.page and _leads_with_congress(layout, document):
        # "Đảng bộ ... tổ chức Đại hội nhiệm kỳ 2025 - 2030": a congress that gives no ordinal
        meeting = _congress_sentence_tenure(layout, meeting)
    elif not mentions and invited is None and document.page:
        meeting = _targets_heading_tenure(layout, meeting)
        if meeting.tenure is None:
            # "Bước vào nhiệm kỳ 2025 - 2030, tuổi trẻ phường ...": tried where an opener stands
            # (found with str.find), as the pattern opening with a look-behind is tried at every offset
            found = next(matches_at(_entered_term(), plain, literal_starts(plain, _term_openers())), None)
            meeting = _with_tenure(meeting, found) if found else meeting
        if meeting.tenure is None and _CONGRESS_WORD.search(plain):
            # a report on a congress whose opening names it with no body ("chúc mừng Đại hội"):
            # the newest term whose aims the party committee sets ("Nhiệm kỳ 2025-2030, Đảng bộ
            # phường X đề ra các chỉ tiêu chủ yếu"), not the one reviewed
            latest = newest_tenure(plain)
            found = next((t for t in _PROGRAMME_TENURE.finditer(plain)
                          if latest is not None and t.group("a") == latest.group("a")), None)
            meeting = _with_tenure(meeting, found) if found else meeting
    if meeting.tenure is None and document.title_at is not None:
        meeting = _title_tenure(layout, meeting, document.title_at)
    if invited is None:
        meeting = _date(layout, shared, document, meeting, mentions, reference_spans)
    if meeting.location is None and meeting.date is None and mentions and meeting.ordinal is not None:
        # "Đại hội ... lần thứ XI chính thức khai mạc tại Trung tâm Hội nghị ...": undated, placed
        meeting = _place(layout, meeting, mentions[0].start())
    if meeting.location is None and (meeting.ordinal is not None or meeting.date is not None):
        meeting = _labelled_place(layout, meeting)  # a notice's "Địa điểm: Tại Hội trường ..."
    return _chair(layout, meeting)


# Plans, programmes, reports, rules, decisions, directives, guidance, submissions and letters
# are no record of a meeting: a term, a chair or a session they name belongs to a text they
# cite or report on ("Chương trình ... của Ban Thường vụ Tỉnh ủy (Khóa XIV)", "thông báo kết
# luận của đồng chí X"), or is their committee's ("công tác toàn khóa ... khóa I").
_KINDS_WITHOUT_A_MEETING = frozenset({"ke_hoach", "chuong_trinh", "bao_cao", "quy_dinh", "quyet_dinh", "chi_thi",
                                      "huong_dan", "to_trinh", "cong_van"})
# "Để chuẩn bị các nội dung, xây dựng chương trình kỳ họp thứ 13": a session still to come,
# that this meeting prepares
_INVITATION = re.compile(r"giay moi\b")


def _invitation(layout: Layout, shared: Mentions, document: Document, meeting: MeetingRecord) -> MeetingRecord | None:
    """The meeting an invitation calls: its date and place are the letter's labelled fields
    (None for a document that is no invitation, or an invitation that gives neither)."""
    if document.type_code != "GM" and not (document.type_word and _INVITATION.match(unmarked(document.type_word))):
        return None
    text = layout.text.text
    when, where = _field(layout, "thoi gian"), _field(layout, "dia diem")
    found = [d for d in shared.dates_in(*when) if d.iso] if when else []
    if not (found or where):
        return None
    if found:
        meeting = replace(meeting, date=found[0].iso, date_at=At(start=found[0].start, end=found[0].end))
    if where:
        meeting = replace(meeting, location=text[where[0]:where[1]], location_at=At(start=where[0], end=where[1]))
    return meeting


def _field(layout: Layout, name: str) -> tuple[int, int] | None:
    """The value of a labelled field: the rest of its line, else the next line."""
    plain = layout.text.plain
    blocks = layout.blocks
    for i, block in enumerate(blocks):
        m = MEETING_FIELD.match(plain, block.content_start, block.end)
        if m is None or m.group("field") != name:
            continue
        if m.end() >= block.end and i + 1 < len(blocks):
            block = blocks[i + 1]
            start = block.start
        else:
            start = m.end()
        start, end = trimmed(layout.text.text, start, block.end, " .;")
        return (start, end) if end > start else None
    return None


# "Tiểu ban Văn kiện Đại hội ... lần thứ XIII", "Ban Tổ chức Đại hội": a body that prepares the
# congress meets, not the congress; "bầu đại biểu đi dự Đại hội Đảng bộ tỉnh": the one its delegates go to
_TENURE_MENTIONS = 3
# a congress to come, or the one delegates go to ("bầu 18 đại biểu dự Đại hội đại biểu toàn quốc")
# and a congress named as the event of its year ("năm 2020 là năm diễn ra Đại hội ...", lexicon meetings.occasions)
_AHEAD = r"huong toi|tien toi|chao mung|" + DELEGATES_TO + "|" + unmarked(alternation(meetings().occasions))
# "Hội nghị duyệt văn kiện Đại hội ... lần thứ XI": a meeting that approves the papers of a congress
# to come (not "góp ý dự thảo văn kiện trình Đại hội", which a congress does too)
_PREPARES_CONGRESS = lazy(rf"\b(?:tieu ban|ban to chuc|chuan bi|phuc vu|duyet (?:du thao )?van kien|{_AHEAD})\b[^.;:\n]{{0,30}}\Z")


def _congress(layout: Layout, document: Document, meeting: MeetingRecord,
             issuer: IssuingBody) -> tuple[regex.Match[str], MeetingRecord] | None:
    """The congress a press report covers, or that issued the document (named in its header)."""
    plain = layout.text.plain
    header_end = next((b.start for b in layout.blocks if b.zone != "header"), len(plain))
    title = document.title_at if document.page else None
    own_page = title is not None and _own_document(plain, title)  # the page gives its headline's document
    adopted: regex.Match[str] | None = None  # the congress's own resolution, named with its ordinal
    for m in matches_at(_CONGRESS, plain, literal_starts(plain, ("dai hoi",))):
        # a national congress is the one a provincial text carries out, except the one a press
        # report's headline covers ("Khai mạc Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII")
        headline = title is not None and title.start <= m.start() < title.end
        cited = _CITED_BEFORE.search(plain[max(0, m.start() - 40):m.start()]) and not (headline and own_page)
        if cited and adopted is None and _names_adopted_resolution(plain, m.start()):
            adopted = m
        if cited \
                or (_NATIONAL.search(m.group("between")) and not headline) \
                or _PREPARES_CONGRESS.search(plain, max(0, m.start() - 40), m.start()) \
                or _another_level(layout, m, issuer):
            continue
        if m.start() >= header_end and (not document.page or not _leads_with_congress(layout, document)):
            continue
        ordinal = _ordinal(layout.text.text[m.start("ord"):m.end("ord")])
        if ordinal:
            return m, replace(meeting, ordinal=ordinal, ordinal_at=At(start=m.start("ord"), end=m.end("ord")))
    if adopted is not None and document.page and _leads_with_congress(layout, document) \
            and (ordinal := _ordinal(layout.text.text[adopted.start("ord"):adopted.end("ord")])):
        return adopted, replace(meeting, ordinal=ordinal, ordinal_at=At(start=adopted.start("ord"), end=adopted.end("ord")))
    return None


# "... đã biểu quyết thông qua Nghị quyết Đại hội": a congress that adopts its own resolution
_ADOPTS_RESOLUTION = lazy(unmarked(r"\bthông qua\s+nghị quyết\s+đại hội\b"))
# the resolution opening its sentence: "Nghị quyết Đại hội ... lần thứ XVI nhận được sự thống nhất cao"
_RESOLUTION_OPENS = lazy(unmarked(r"(?m)(?:^|[.!?:]\s)\s*nghị quyết\s*\Z"))


def _names_adopted_resolution(plain: str, at: int) -> bool:
    """Whether the congress named at ``at`` after "Nghị quyết" is the reported congress's own:
    the resolution opens its sentence, and the report says a congress adopts its resolution
    ("Đại hội ... đã biểu quyết thông qua Nghị quyết Đại hội." then "Nghị quyết Đại hội ... lần
    thứ XVI nhận được sự thống nhất cao."), where "thực hiện Nghị quyết Đại hội ... lần thứ XV"
    carries out an earlier one."""
    line = plain.rfind("\n", 0, at) + 1
    return _RESOLUTION_OPENS.search(plain, max(line, at - 20), at) is not None and _ADOPTS_RESOLUTION.search(plain) is not None


_CONGRESS_WORD = lazy(r"dai hoi")


def _another_level(layout: Layout, mention: regex.Match[str], issuer: IssuingBody) -> bool:
    """A meeting whose name gives a body of another level than the issuer's is another body's: a
    district's congress report that names "Đại hội Đảng bộ tỉnh lần thứ XVII" does not report it."""
    if issuer.level is None or not mention.group("between"):
        return False
    # "Đại hội đại biểu Đảng bộ xã X, tỉnh Y lần thứ I", "... xã X (tỉnh Y) ...": the body's name
    # ends at the comma or bracket that sets where it lies after it
    name = _PLACED_AFTER.split(layout.text.text[mention.start("between"):mention.end("between")], maxsplit=1)[0]
    named = level_of(name)
    return named is not None and named != issuer.level


_PLACED_AFTER = re.compile(r"\s*[,(]")


_CITES_NUMBER = lazy(r"\d+\s*/\s*[a-z]")  # a document's number: "846 /UBND-TH", "68/2017/NĐ-CP"


def _speaks_of_meeting(layout: Layout, start: int, end: int, words: re.Pattern[str] = _MEETING_WORDS) -> bool:
    """A sentence names a meeting with one of ``words``, written with their own marks or with
    none (text whose marks were lost): "phối hợp" is no "họp"."""
    plain, folded = layout.text.plain[start:end], layout.text.folded[start:end]
    if not plain.startswith(("ngay", "vao")) and not any(w in plain for w in _MEETING_LITERALS):
        return False  # told with str's own search: the patterns open with look-behinds, tried at every offset
    for m in words.finditer(plain):
        if m.group() == "ngay" and _CITES_NUMBER.search(plain):
            continue  # "Ngày 20/7, UBND tỉnh nhận được Văn bản số 5658/BCT-CTĐP": a document's day
        written = folded[m.start():m.end()]
        if written == m.group() or written == _MARKED.get(m.group(), written):
            return True
    return False


def _leads_with_congress(layout: Layout, document: Document) -> bool:
    """A report is on a congress when the first meeting its opening lines name is one: a
    report on a conference that recalls "Đại hội ... lần thứ 15" is not."""
    plain = layout.text.plain
    title = document.title_at
    if title is not None and _own_document(plain, title) and _CONGRESS_WORD.search(plain, title.start, title.end):
        return True  # "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI": the page gives the congress's document
    opening = [b for b in layout.blocks if b.zone in ("header", "body") and (not title or b.start >= title.start)][:4]
    for block in opening:
        for s, e in sentences(layout.text.text, block.start, block.end):
            if _holds_congress(plain, s, e):
                return True
            if _ELECTING_PLENUM.search(plain, s, e):
                continue  # "hội nghị đã bầu Ban thường vụ Tỉnh ủy khóa XX": the new committee's first plenum
            if _speaks_of_meeting(layout, s, e) and not _names_congress_to_come(plain, s, e):
                return False
    return False


# a "hội nghị" that elects: the first plenum of the committee a congress elects, held within it
_ELECTING_PLENUM = lazy(rf"\bhoi nghi\b[^.;:\n]{{0,40}}?\b{unmarked(alternation(meetings().elects))}\b")


def _names_congress_to_come(plain: str, start: int, end: int) -> bool:
    """A headline or caption that names only a congress to come ("Tiến tới Đại hội XIII của
    Đảng", "bầu đại biểu đi dự Đại hội Đảng bộ tỉnh"): no other meeting the report is on."""
    found = literal_starts(plain[start:end], ("dai hoi",))
    return bool(found) and "hoi nghi" not in plain[start:end] and "ky hop" not in plain[start:end] and all(
        _CONGRESS_AHEAD.search(plain, max(start, start + at - 40), start + at) for at in found)


# not "Tiểu ban Văn kiện Đại hội", "Ban Tổ chức Đại hội": bodies that meet to prepare it
_CONGRESS_AHEAD = lazy(rf"\b(?:{_AHEAD})\b[^.;:\n]{{0,30}}\Z")


def _own_document(plain: str, title: At) -> bool:
    """A press page's headline that opens on a document's type ("Nghị quyết Đại hội ... lần thứ
    XI") gives that document, as a "toàn văn" page does; one that opens on a verb ("Quán triệt
    Nghị quyết Đại hội ...") reports a meeting about it."""
    return _CITED_OPENING.match(plain, title.start) is not None


# "Toàn văn Nghị quyết Đại hội ...": a page that gives the whole text of the document it names
_CITED_OPENING = lazy(rf"\s*(?:toan van\s+(?:(?:du thao|noi dung|ban)\s+)*)?(?:{_CITED_TYPES})\s")


def _holds_congress(plain: str, start: int, end: int) -> bool:
    """Whether a sentence names a congress held: not one whose resolution it cites ("thực hiện
    Nghị quyết Đại hội"), nor one to come ("Tiểu ban Văn kiện Đại hội")."""
    return any(not _CITED_BEFORE.search(plain, max(start, c.start() - 40), c.start())
               and not _PREPARES_CONGRESS.search(plain, max(start, c.start() - 40), c.start())
               for c in _CONGRESS_WORD.finditer(plain, start, end))


def _congress_tenure(layout: Layout, meeting: MeetingRecord, congress: regex.Match[str]) -> MeetingRecord:
    """The nhiệm kỳ a congress opens: right after it, or in a sentence that names the congress."""
    found = _TENURE.match(layout.text.plain, congress.end())
    return _with_tenure(meeting, found) if found else _congress_sentence_tenure(layout, meeting)


# the aims a party committee or a place sets for a term: "trong nhiệm kỳ 2025-2030, tỉnh Cao Bằng
# phấn đấu", "nhiệm kỳ 2020-2025, Đảng bộ tỉnh Hà Giang đề ra mục tiêu" (not "HĐND tỉnh nhiệm kỳ
# 2026-2031", another body's)
_PROGRAMME_TENURE = lazy(TENURE + unmarked(
    rf"\s*,?\s*(?:đảng bộ|{localities()})\b[^.;:\n(]{{0,50}}?\s(?:{alternation(meetings().programme_verbs)})\b"))


def _programme_tenure(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    """A congress's nhiệm kỳ where no sentence names it with the congress: the term whose aims
    the party committee or its place sets."""
    plain = layout.text.plain
    found = _PROGRAMME_TENURE.search(plain)
    latest: re.Match[str] | None = None
    if found is None:
        # "Nhiệm kỳ 2025-2030, Đảng bộ phường X tập trung ...; phấn đấu ...": a sentence that opens
        # on the newest term the text names (the one reviewed is older: "Nhiệm kỳ qua, ...")
        # "Nhiệm kỳ 2020-2025, tốc độ tăng trưởng ... đạt 6,8%/năm" before "Giai đoạn 2026-2030, tỉnh
        # đặt mục tiêu ...": a term that ends before a later period the text names is the one reviewed
        opening = list(_TERM_OPENING.finditer(plain))
        latest = newest_tenure(plain)
        later = newest_term(layout.text.folded) if opening and latest else None
        found = next((t for t in opening if latest and t.group("a") == latest.group("a")
                      and (later is None or later < int(t.group("b")))), None)
    if found is None and latest is not None:
        # "Nhiều nhiệm vụ lớn được đặt ra cho Đảng bộ nhiệm kỳ 2025-2030": the party organisation
        # in the newest term the text names (the one reviewed is older), looked for also where no
        # sentence opens on a term
        found = next((t for t in _OWN_TERM.finditer(plain) if t.group("a") == latest.group("a")), None)
    return _with_tenure(meeting, found) if found else meeting


# the party organisation that tasks are set for, then its term: "(nhiệm vụ đặt ra) cho Đảng bộ
# nhiệm kỳ 2025-2030", "cho Đảng bộ tỉnh nhiệm kỳ 2025 - 2030" (not "kết quả lãnh đạo của Đảng bộ
# nhiệm kỳ 2020-2025", the term reviewed)
_OWN_TERM = lazy(unmarked(r"\bcho\s+đảng bộ\b[^.;:\n(\d]{0,30}?\s*,?\s*") + TENURE)


_TERM_OPENING = lazy(unmarked(r"(?m)(?:^|(?<=[.!?;][ ]))[ ]*(?:trong[ ]+)?nhiệm k[ỳì][ ]+") + term_years("[ ]") + r"[ ]*,")


# a heading of a term's targets: "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)", "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025"
_TARGETS_TERM = lazy(unmarked(rf"[\W\d]*(?:các\s+)?chỉ tiêu(?:\s+{alternation(meetings().targets_heading_qualifiers)})?\s*[(]?\s*"
                              rf"(?:{alternation(meetings().targets_heading_links)}\s+)?") + TENURE + r"\s*[)]?\s*$")
_TARGETS_HEADING_REACH = 4  # blocks: a page that is only a term's list of targets opens on its heading


@lru_cache(maxsize=1)
def _term_openers() -> tuple[str, ...]:
    """The words of ``_entered_term`` that open its matches, as ``Text.plain`` writes them."""
    return tuple(unmarked(w) for w in meetings().term_openers)


@lru_cache(maxsize=1)
def _entered_term() -> re.Pattern[str]:
    """The term a report turns to (lexicon ``meetings.term_openers``): "bước vào nhiệm kỳ 2025 - 2030"."""
    return re.compile(unmarked(rf"(?<!\w)(?:{alternation(meetings().term_openers)})\s+") + TENURE)


def _targets_heading_tenure(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    """The term of a page that opens on the heading of that term's targets, and names no meeting."""
    plain = layout.text.plain
    for block in layout.blocks[:_TARGETS_HEADING_REACH]:
        stamp = PAGE_STAMP.match(plain, block.start, block.end)  # "date 2020-08 CÁC CHỈ TIÊU ..."
        found = _TARGETS_TERM.match(plain, stamp.end() if stamp else block.start, block.end)
        if found:
            return _with_tenure(meeting, found)
    return meeting


def _congress_sentence_tenure(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    """The first nhiệm kỳ in the first sentence that names a congress held (not one whose
    resolution is cited: "thực hiện Nghị quyết Đại hội ... nhiệm kỳ 2020 - 2025", nor one to
    come) and a term."""
    text, plain = layout.text.text, layout.text.plain
    for block in layout.blocks:
        for s, e in sentences(text, block.start, block.end):
            if not _holds_congress(plain, s, e):
                continue
            # "Đại hội lần này tổng kết Nghị quyết Đại hội ... nhiệm kỳ 2024 - 2029; ... chương trình
            # cho nhiệm kỳ 2025 - 2030": the term after a cited congress is that congress's
            found = next((f for f in TENURE_ANYWHERE.finditer(plain, s, e)
                          if not _cited_congress_tenure(plain, s, f.start())), None)
            if found:
                return _with_tenure(meeting, found)
    return _programme_tenure(layout, meeting)


def _cited_congress_tenure(plain: str, start: int, at: int) -> bool:
    """A nhiệm kỳ whose nearest congress word before it is one a document cites ("thực hiện Nghị
    quyết Đại hội MTTQ Việt Nam nhiệm kỳ 2024 - 2029")."""
    return _congress_before(plain, start, at, _CITED_BEFORE)


def _sentence_tenure(layout: Layout, meeting: MeetingRecord, mention: regex.Match[str]) -> MeetingRecord:
    """The one nhiệm kỳ the meeting's sentence names with no "khóa" before it: "HĐND huyện nhiệm
    kỳ 2021-2026 tổ chức Kỳ họp thứ 17", "hội nghị lần thứ 2 ... Nghị quyết Đại hội ... nhiệm kỳ
    2020 - 2025" (the congress that elected the committee which meets)."""
    text, plain = layout.text.text, layout.text.plain
    p_start, p_end = _paragraph_of(layout, mention.start())
    for s, e in sentences(text, p_start, p_end):
        if s <= mention.start() < e:
            found = [f for f in TENURE_ANYWHERE.finditer(plain, s, e) if not _prepared_congress_tenure(plain, s, f.start())]
            if len({f.group("a", "b") for f in found}) == 1:
                return _with_tenure(meeting, found[0])
    return meeting


def _prepared_congress_tenure(plain: str, start: int, at: int) -> bool:
    """A nhiệm kỳ of the congress a conference prepares ("Báo cáo chính trị ... trình Đại hội đại
    biểu Đảng bộ huyện (khóa X), nhiệm kỳ 2025-2030"), not the conference's committee's."""
    return _congress_before(plain, start, at, PREPARED_FOR)


def _congress_before(plain: str, start: int, at: int, said: re.Pattern[str] | regex.Pattern[str]) -> bool:
    """Whether the nearest congress word before ``at`` (from ``start``) has ``said`` just before it."""
    last = max((c.start() for c in _CONGRESS_WORD.finditer(plain, max(start, at - 80), at)), default=None)
    return last is not None and bool(said.search(plain, max(start, last - 40), last))


def _title_tenure(layout: Layout, meeting: MeetingRecord, title: At) -> MeetingRecord:
    """The one nhiệm kỳ a title names, where nothing else gave one: "Các chỉ tiêu chủ yếu (nhiệm kỳ
    2020-2025)", "Đại hội Đảng bộ xã X nhiệm kỳ 2025 - 2030"; a title on the new term, the latest."""
    plain = layout.text.plain
    # "... ngày bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026":
    # the term of the councils elected, no meeting's
    found = [t for t in TENURE_ANYWHERE.finditer(plain, title.start, title.end)
             if not _ELECTION_BEFORE.search(plain, title.start, t.start())]
    if not found and _NEW_TERM.search(plain, title.start, title.end):
        # "... đặt ra nhiều mục tiêu trong nhiệm kỳ mới": the latest term the text names ("Bước vào
        # nhiệm kỳ 2025 - 2030"), not the one it looks back on ("Trong nhiệm kỳ 2022 - 2025")
        latest = newest_tenure(plain)
        return _with_tenure(meeting, latest) if latest else meeting
    return _with_tenure(meeting, found[0]) if len(found) == 1 else meeting


_NEW_TERM = lazy(r"\bnhiem ky moi\b")
_ELECTION_BEFORE = lazy(r"\bbau cu\b[^.;\n]*\Z")


def _with_tenure(meeting: MeetingRecord, found: regex.Match[str]) -> MeetingRecord:
    return replace(meeting, tenure=(int(found.group("a")), int(found.group("b"))),
                   tenure_at=At(start=found.start("a"), end=found.end("b")))


def _own_kinds(issuer: IssuingBody, mentions: list[regex.Match[str]], plain: str) -> set[str]:
    """Whose "khóa" the issuer itself has: a council's session counts its council's term."""
    name = (issuer.name or "").lower()
    own = set()
    # a session ("kỳ họp") is a council's: "HĐND tỉnh khóa XIII" is then the meeting's own term
    if any(w in name for w in people_bodies("HĐND")) or any(plain.startswith("ky hop", m.start()) for m in mentions):
        own.add("council")
    if "quốc hội" in name:
        own.add("assembly")
    if any(w in name for w in people_bodies("UBND")):
        own.add("committee")
    if issuer.level == "central":
        own.add("central")
    return own


def _term_and_tenure(layout: Layout, meeting: MeetingRecord, mentions: list[regex.Match[str]],
                     issuer: IssuingBody) -> MeetingRecord:
    plain = layout.text.plain
    own = _own_kinds(issuer, mentions, plain)
    candidates = []
    for t in matches_at(_TERM, plain, literal_starts(plain, ("khoa",))):  # the pattern opens with it
        before = plain[max(0, t.start() - 40):t.start()]
        if any(kind not in own and pattern.search(before) for kind, pattern in _TERM_OF.items()):
            continue
        # "KHÓA II - KỲ HỌP THỨ 12", "KHOÁ X, KỲ HỌP THỨ 7": a term that stands on the session's line before it
        near_meeting = any(0 <= t.start() - m.end() <= 60 or _JUST_BEFORE.fullmatch(plain, t.end(), m.start())
                           for m in mentions)
        owned = _TERM_OWNER.search(plain[max(0, t.start() - 80):t.start()])
        if near_meeting or owned:
            candidates.append((0 if near_meeting else 1, t.start(), t))
    if not candidates:
        return meeting
    candidates.sort(key=lambda c: c[:2])
    t = candidates[0][2]
    value = _ordinal(t.group("t"))
    if value is None:
        return meeting
    meeting = replace(meeting, term=value, term_at=At(start=t.start("t"), end=t.end("t")))
    # the tenure stands right after a "khóa" of the same term
    for _, _, cand in candidates:
        if _ordinal(cand.group("t")) != value:
            continue
        tm = _TENURE.match(plain, cand.end())
        if tm:
            return _with_tenure(meeting, tm)
    if "council" in own and "committee" not in own:
        return _committees_tenure(plain, meeting, t)
    return meeting


def _committees_tenure(plain: str, meeting: MeetingRecord, session_term: re.Match[str]) -> MeetingRecord:
    """A council's session whose own tenure is not written takes that of its place's people's
    committee of the same khóa ("HĐND huyện X khóa X" and "UBND huyện khóa X (nhiệm kỳ 2021-2026)"):
    the council elects the committee for its own term. The committee's unit word, where written,
    is the council's."""
    unit = _UNIT_BEFORE.search(plain, max(0, session_term.start() - 40), session_term.start())
    for t in matches_at(_TERM, plain, literal_starts(plain, ("khoa",))):
        committee = _TERM_OF["committee"].search(plain[max(0, t.start() - 40):t.start()])
        if committee is None or _ordinal(t.group("t")) != meeting.term:
            continue
        their = _UNIT_BEFORE.search(committee.group())
        if unit and their and unit.group("unit") != their.group("unit"):
            continue
        tm = _TENURE.match(plain, t.end())
        if tm:
            return _with_tenure(meeting, tm)
    return meeting


# the unit word after a council's or a committee's name ("hđnd huyện", "ubnd tỉnh")
_UNIT_BEFORE = lazy(unmarked(rf"{alternation(people_bodies())}\s+(?P<unit>{localities()})\b"))


def _elected_term(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    """The term of the committee a congress elects, where it is the congress's ordinal: "Đại hội
    ... lần thứ X" and "... Ủy ban MTTQ Việt Nam huyện Bình Xuyên khóa X, nhiệm kỳ 2024-2029"."""
    plain = layout.text.plain
    for t in matches_at(_TERM, plain, literal_starts(plain, ("khoa",))):
        if _ordinal(t.group("t")) == meeting.ordinal and _ELECTED_OWNER.search(plain, max(0, t.start() - 100), t.start()):
            return replace(meeting, term=meeting.ordinal, term_at=At(start=t.start("t"), end=t.end("t")))
    return meeting


def _date(layout: Layout, shared: Mentions, document: Document, meeting: MeetingRecord,
          mentions: list[regex.Match[str]], reference_spans: list[tuple[int, int]]) -> MeetingRecord:
    text = layout.text.text
    plain = layout.text.plain

    def own(found: tuple[FoundDate, ...]) -> list[FoundDate]:
        # a date right after a cited document's number is that document's date, whether or not
        # the number is the citation the references kept (a document cited twice is kept once)
        # a day "kể từ" opens a period (a rule applies, a service stops): no meeting is held on it
        return [d for d in found if not any(0 <= d.start - e <= 25 for _, e in reference_spans)
                and not any(0 <= d.start - n.end <= 25 for n in shared.numbers_in(max(0, d.start - 60), d.start))
                and not _SINCE.search(plain, max(0, d.start - _SINCE_REACH), d.start)
                and not _in_span_of_years(text, shared, d)]

    windows: list[tuple[int, int]] = []
    for m in mentions:
        windows.append((_sentence_start(layout, m.start()), min(_paragraph_of(layout, m.start())[1], m.end() + 160)))
        dated = _bracketed_line_after(layout, m.start())
        if dated is not None:
            windows.append(dated)
    # a short text may be all header: then its lines after the title serve as the body
    title = document.title_at or document.kind_at
    # the title's lines and those after it: the header may run on over them where its end, or
    # the title's, was misread
    opening = title.start if title else None
    head = head_blocks(layout)
    if title and head and title.start <= head[0].start:
        opening = head[-1].end  # a headline at or above the letterhead: the text opens under the header
    # the opening lines only: each block is tried in turn until there are enough (not the whole text)
    body: Iterator[Block] = (b for b in layout.blocks if b.zone in ("header", "body") and b.start >= opening) \
        if opening is not None else (b for b in layout.blocks if b.zone == "body")
    if document.page:
        # a page's chrome and the capitals of a document it carries (its views, a logo, "BAN THƯỜNG VỤ",
        # "ĐỀ CƯƠNG TUYÊN TRUYỀN") are no opening lines: the lead under them tells the meeting
        body = (b for i, b in enumerate(body) if i == 0 or _prose(b))
    windows += _opening_sentences(layout, list(islice(body, _OPENING_LINES)))
    # a congress opens its tenure: "Ngày 17/10" of the congress of 2020 - 2025 is in 2020
    reference = document.date or (f"{meeting.tenure[0]}-12-31" if meeting.tenure and mentions
                                  and plain.startswith("dai hoi", mentions[0].start()) else None)
    closing: tuple[tuple[int, int], FoundDate] | None = None
    for s, e in windows:
        found = own(shared.dates_in(s, e))
        if not found:
            continue
        if closing is None and (_CLOSING_BEFORE.search(plain, max(s, found[0].start - _CLOSING_REACH), found[0].start)
                                or _CLOSING_AFTER.match(plain, found[0].end, min(e, found[0].end + _CLOSING_AFTER_REACH))):
            # "thông qua trong phiên bế mạc Đại hội vào sáng ngày 15-10", "Chiều 15/10, tại phiên bế
            # mạc Đại hội ...": the last day, kept should no sentence tell the days the meeting ran
            # ("diễn ra từ ngày 12 đến ngày 15 tháng 10")
            closing = (s, e), found[0]
            continue
        return _dated_on(layout, shared, meeting, found[0], (s, e), reference, own)
    return _dated_on(layout, shared, meeting, closing[1], closing[0], reference, own) if closing else meeting


def _sentence_start(layout: Layout, offset: int) -> int:
    """Where the sentence of ``offset`` opens, its clauses cut at ";" read as one: "Chiều 26/3,
    dưới sự chủ trì của đồng chí A, Bí thư Tỉnh ủy; đồng chí B, ...; Ban Chấp hành Đảng bộ tỉnh tổ
    chức hội nghị lần thứ 22" is dated by the day that opens it."""
    text = layout.text.text
    clauses = list(sentences(text, *_paragraph_of(layout, offset)))
    at = next((i for i, (s, e) in enumerate(clauses) if s <= offset < e), None)
    if at is None:
        return offset
    while at > 0 and text[clauses[at - 1][1] - 1] == ";":
        at -= 1
    return clauses[at][0]


# "(17/10/2002 - 17/10/2022)": two dates in brackets joined by a dash
_DATE_SPAN_JOIN = lazy(r"\s*[-–]\s*")


def _in_span_of_years(text: str, shared: Mentions, d: FoundDate) -> bool:
    """True for a date that is one end of a bracketed span of years ("lễ kỷ niệm 20 năm ngày thành
    lập (17/10/2002 - 17/10/2022)"): a founding and its anniversary, no day a meeting sat."""
    opened = text.rfind("(", max(0, d.start - 40), d.start)
    closed = text.find(")", d.end, d.end + 40)
    if opened < 0 or closed < 0 or "\n" in text[opened:closed]:
        return False
    pair = [x for x in shared.dates_in(opened, closed) if x.year]
    return (len(pair) == 2 and pair[0].year != pair[1].year
            and _DATE_SPAN_JOIN.fullmatch(text, pair[0].end, pair[1].start) is not None)


_CLOSING_BEFORE = lazy(unmarked(rf"\b{alternation(meetings().closings)}\b[^.;\n]*\Z"))
_SINCE = lazy(r"\bke tu(?:\s+ngay)?\s*\Z")
_SINCE_REACH = 16
_CLOSING_REACH = 60
_CLOSING_AFTER = lazy(unmarked(rf"[^.;\n]*?\b{alternation(meetings().closings)}\b"))
_CLOSING_AFTER_REACH = 30


def _dated_on(layout: Layout, shared: Mentions, meeting: MeetingRecord, d: FoundDate, window: tuple[int, int],
              reference: str | None, own: Callable[[tuple[FoundDate, ...]], list[FoundDate]]) -> MeetingRecord:
    """The meeting dated by ``d``, found in ``window``; a day written without its year takes the
    year the document's other dates or the report imply (none where nothing makes it certain).
    ``own`` keeps the dates that are no cited document's."""
    # the document's other dates are needed only to settle a date written without its year
    d = d if d.year else settle_year(d, list(shared.dates), reference)
    if not d.iso:
        year = _year_around(layout, d, window)
        if year is None:
            year = _year_of_earlier_events(layout, own(shared.dates), d)
        if year is None:
            return meeting
        d = replace(d, year=year)
    return _place(layout, replace(meeting, date=d.iso, date_at=At(start=d.start, end=d.end)), d.start)


def _year_of_earlier_events(layout: Layout, dates: list[FoundDate], day: FoundDate) -> int | None:
    """The year of a day written without one in a report with no dateline, from the full dates of
    the other events it tells ("phiên họp ... ngày 13/3/2024" before "Ngày 9-4"): taken only when
    they all name one year and fall before the day in it (an event of December is as likely the
    year before's), and none is a founding or an anniversary, whose year may be any."""
    plain = layout.text.plain
    full = [f for f in dates if f.year and f.start != day.start]
    if not full or any(_past_event().search(plain, max(0, f.start - _PAST_EVENT_REACH), f.start) for f in full):
        return None
    years = {f.year for f in full}
    if len(years) != 1 or any((f.month, f.day) > (day.month, day.day) for f in full):
        return None
    return years.pop()


@lru_cache(maxsize=1)
def _past_event() -> re.Pattern[str]:
    """A founding or an anniversary before a date (lexicon ``meetings.past_events``): "thành lập ngày
    7/2/2025", "kỷ niệm ... ngày 3/2/1930", whose year may be any."""
    return re.compile(unmarked(rf"\b(?:{alternation(meetings().past_events)})\b[^.;\n]*\Z"))


_PAST_EVENT_REACH = 60


def _year_around(layout: Layout, date: FoundDate, window: tuple[int, int]) -> int | None:
    """The year of a day written without one, from the sentence that tells it (its clauses cut
    at ";" read as one), else its paragraph, else the whole report: a press report names the
    year of its events somewhere ("6 tháng cuối năm 2025"), if not beside the day."""
    text, plain = layout.text.text, layout.text.plain
    p_start, p_end = _paragraph_of(layout, date.start)
    clauses = list(sentences(text, p_start, p_end))
    at = next((i for i, (a, b) in enumerate(clauses) if a <= date.start < b), None)
    if at is None:
        stretches = [window]
    else:
        last = at
        while last + 1 < len(clauses) and text[clauses[last][1] - 1] == ";":
            last += 1
        stretches = [(clauses[at][0], clauses[last][1])]
    # beyond the sentence, a full date is another event's ("thành lập ngày 7/2/2025"): its year
    # tells nothing of the day's
    for n, (start, end) in enumerate([*stretches, (p_start, p_end), (0, len(text))]):
        year = _year_of_undated(text, plain, start, end, date.month, own_sentence=n == 0)
        if year is not None:
            return year
    return None


_YEAR = re.compile(rf"(?<!\d)({YEAR})(?!\d)")
# "7/2/2025": the year of a full date; a month's ("trong tháng 9/2014") is no other event's day
_DATE_BEFORE = lazy(r"\d[ ]?[/.-][ ]?\d{1,2}[ ]?[/.-][ ]?\Z")
# "tăng 4,7% so với cùng kỳ năm 2023", "so với năm 2023": the year a figure is compared with,
# never the report's
_SAME_PERIOD = lazy(r"(?:cung ky|so voi)(?: nam)?\s*$")
_YEAR_RANGE = re.compile(rf"(?<!\d)({YEAR})[ ]*[-–][ ]*{YEAR}(?!\d)")
_PLAN_LAUNCHED = 11  # the months a plan for the next year is launched in
_LAUNCHES = lazy_regex(r"(?i)\b(?:triển khai|phát động)\b[^.!?\n]*\Z")  # in the sentence, before the year's plan
# "giao chỉ tiêu kế hoạch ... và dự toán thu, chi ngân sách nhà nước năm 2025": a year's targets are
# handed out at the end of the year before (the year closes the long name of what is handed out)
_HANDS_OUT = lazy_regex(rf"(?i)\bgiao\s+(?:chỉ tiêu|kế hoạch|dự toán)\b[^.!?\n]{{0,160}}?\bnăm\s+(?P<year>{YEAR})\b(?!\s*[-–])")
_LAUNCH_REACH = 160
_LATE_IN_YEAR = 7  # a review of one year that plans the next is held late in the one or early in the next


def _year_of_undated(text: str, plain: str, start: int, end: int, month: int, *,
                     own_sentence: bool = True) -> int | None:
    """The year of a meeting's day written without one ("Sáng 01/4, ...") in a press report, from
    the stretch given (the sentence that tells it, its paragraph, the report); None where that
    stretch does not make it certain. Beyond the day's own sentence (``own_sentence`` False), the
    years of full dates are left out and a congress's range tells nothing (a congress prepared).

    - The one year it names besides a range of years (a tenure, "nhiệm kỳ 2021 - 2026"): "... quý
      II/2025".
    - Of a year and the next ("tổng kết năm 2024, triển khai nhiệm vụ năm 2025"), the first when
      the day is late in the year, the second when it is early.
    - Only a range, about a congress ("Đại hội ... nhiệm kỳ 2025 - 2030"): the congress opens it.
    A later sentence's full date is another event's ("thành lập ngày 7/2/2025"): it is not read.
    """
    ranges = list(_YEAR_RANGE.finditer(text, start, end))
    years = {int(y.group()) for y in _YEAR.finditer(text, start, end)
             if not any(r.start() <= y.start() < r.end() for r in ranges)
             and not _SAME_PERIOD.search(plain, max(0, y.start() - 14), y.start())
             and (own_sentence or not _DATE_BEFORE.search(text, max(0, y.start() - 10), y.start()))}
    if len(years) == 1:
        year = years.pop()
        # "Chiều 11/12, UBND tỉnh tổ chức Hội nghị triển khai kế hoạch ... năm 2023": a year's plan
        # is launched at the end of the year before
        if month >= _PLAN_LAUNCHED and any(
                int(p.group("year")) == year and _LAUNCHES.search(text, max(start, p.start() - _LAUNCH_REACH), p.start())
                for p in planned_years(text, start, end)) or (
                month >= _PLAN_LAUNCHED and any(int(h.group("year")) == year for h in _HANDS_OUT.finditer(text, start, end))):
            return year - 1
        return year
    if len(years) == 2 and max(years) - min(years) == 1:
        return min(years) if month >= _LATE_IN_YEAR else max(years)
    opened = {int(r.group(1)) for r in ranges}
    if own_sentence and not years and len(opened) == 1 and _CONGRESS_WORD.search(plain, start, end):
        return opened.pop()
    return None


_OPENING_LINES = 6  # a title of three lines, a rule, and the opening sentences
_PROSE_WORDS = 4


def _prose(block: Block) -> bool:
    """A line of running text: not in capitals, of a few words at least."""
    return not block.caps and len(block.text.split()) >= _PROSE_WORDS


def _opening_sentences(layout: Layout, blocks: list[Block]) -> list[tuple[int, int]]:
    """The first sentence about a meeting in each of the opening blocks that have one."""
    text, plain = layout.text.text, layout.text.plain
    out: list[tuple[int, int]] = []
    for block in blocks:
        if len(out) >= 3:
            break
        for s, e in sentences(text, block.start, block.end):
            if _LEGAL_BASIS.match(plain, s):
                # "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015": a law's date; the
                # clauses after the basis tell the meeting ("Thực hiện chương trình toàn khóa,
                # ngày 13/11, Ban Thường vụ triệu tập hội nghị")
                comma = text.find(", ", s, e)
                if comma < 0:
                    continue
                s = comma + 1
            if _ISSUES.search(plain, s, e) and not _speaks_of_meeting(layout, s, e, _CHAIR_CONTEXT):
                continue  # "Ngày 08/01/2025, Chính phủ đã ban hành Nghị quyết 01/NQ-CP": a document's day
            if _speaks_of_meeting(layout, s, e):
                out.append((s, e))
                break
    return out


_ISSUES = lazy(r"\bban hanh\b")


def _place(layout: Layout, meeting: MeetingRecord, where: int) -> MeetingRecord:
    """The place is named in the sentence that dates the meeting (or, undated, names it), or in
    the next one; ``where`` is an offset in that sentence."""
    text = layout.text.text
    block = layout.block_at(where)
    para = list(sentences(text, *_paragraph_of(layout, where)))
    at = next((i for i, (s, e) in enumerate(para) if s <= where < e), None)
    if at is None:
        return meeting
    nearby = para[at:at + 2]
    if len(nearby) < 2 and block is not None and block.index + 1 < len(layout.blocks):
        # the paragraph ends with the dated sentence: the next one opens the paragraph below
        below = layout.blocks[block.index + 1]
        nearby += list(sentences(text, below.start, below.end))[:1]
    for s, e in nearby:
        for m in _PLACE.finditer(text, s, e):
            if not _NOT_PLACE.match(m.group("loc")):
                # "Hội trường Đảng ủy, HĐND, UBND xã X": a hall the councils of a place share
                hall = m.group("loc").lower().startswith("hội trường")
                more = (_JOINT_HALL.match(text, m.end("loc")) or _WHOSE_HALL.match(text, m.end("loc"))) if hall else None
                more = more or _LISTED_NAME.match(text, m.end("loc"))
                location = text[m.start("loc"):more.end() if more else m.end("loc")].strip()
                return replace(meeting, location=location,
                               location_at=At(start=m.start("loc"), end=m.start("loc") + len(location)))
    return meeting


def _labelled_place(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    where = _field(layout, "dia diem")
    if where is None:
        return meeting
    text = layout.text.text
    start = _AT_WORD.match(text, *where)
    begin = start.end() if start else where[0]
    if begin >= where[1]:
        return meeting
    return replace(meeting, location=text[begin:where[1]], location_at=At(start=begin, end=where[1]))


_AT_WORD = lazy_regex(r"[Tt]ại\s+")
_BRACKETED_LINE = 60


def _bracketed_line_after(layout: Layout, offset: int) -> tuple[int, int] | None:
    """A short line in brackets right under the line of ``offset``: the days of the session a
    resolution's heading names ("KHÓA VIII KỲ HỌP THỨ 12" over "(Từ ngày 08 đến 10/12/2015)")."""
    block = layout.block_at(offset)
    if block is None or block.index + 1 >= len(layout.blocks):
        return None
    below = layout.blocks[block.index + 1]
    line = below.text.strip()
    if len(line) > _BRACKETED_LINE or not (line.startswith("(") and line.endswith(")")):
        return None
    return below.start, below.end


def _paragraph_of(layout: Layout, offset: int) -> tuple[int, int]:
    block = layout.block_at(offset)
    return (block.start, block.end) if block is not None else (0, len(layout.text.text))


def _chair(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    text, plain = layout.text.text, layout.text.plain
    # every match of _CHAIR holds one of _CHAIR_CORES: found once at memory speed, the blocks
    # without them are not searched
    said = literal_starts(plain, _CHAIR_CORES)
    for block in layout.blocks:
        k = bisect_left(said, block.start)
        if block.zone not in ("body", "header") or k == len(said) or said[k] >= block.end:
            continue
        for c in _CHAIR.finditer(plain, block.start, block.end):
            if _STANDING_DUTY.match(plain, c.end()):
                continue
            spans = list(sentences(text, block.start, block.end))
            for i, (s, e) in enumerate(spans):
                if not s <= c.start() < e:
                    continue
                # "Các ông: A, Bí thư Huyện ủy; B, Phó Bí thư; C, Chủ tịch UBND huyện đồng chủ trì":
                # the chairs are listed in clauses cut at ";", the first of which names the first
                listed = i
                while i > 0 and text[spans[i - 1][1] - 1] == ";":
                    i -= 1
                s = spans[i][0]
                # "dưới sự chủ trì của đồng chí X" names the chair after the words
                if _OF_AFTER.match(plain, c.end(), c.end() + 6):
                    # "dưới sự chủ trì của Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn A"
                    after = _comrade_after(text, c.end(), e) or _named_person(text, plain, c.end(), e)
                    if after:
                        return _chaired(meeting, after)
                # "Bí thư Huyện ủy - A đến dự, Chủ tịch UBND huyện - B chủ trì": the one named in the
                # clause of "chủ trì", where one is; else the first ("đồng chí A, Bí thư Tỉnh ủy chủ trì")
                before = [m for m in _COMRADE.finditer(text, s, c.start()) if not _opens_a_title(plain, m)]
                # "Đồng chí A - Bí thư ...; đồng chí B - Phó Chủ tịch ... chủ tọa": a sentence that opens
                # on a person and lists others after ";" lists co-chairs too, the first named first
                listing = bool(before) and before[0].start() == s and text.find(";", s, c.start()) >= 0
                clause = s if i < listed or listing else max(s, text.rfind(", ", s, c.start()))
                if before:
                    return _chaired(meeting, next((m for m in before if m.start() >= clause), before[0]))
                # "Chủ trì hội nghị có đồng chí X", "Chủ tọa kỳ họp có Chủ tịch HĐND tỉnh X"
                after = _comrade_after(text, c.end(), e) or _named_person(text, plain, c.end(), e)
                if after and (_NAMED_AFTER.match(plain, c.end(), after.start())
                              or _LABEL_AFTER.match(plain, c.end(), after.start())):
                    return _chaired(meeting, after)
                # "Bí thư Tỉnh ủy Nguyễn Văn A chủ trì": a person's name, told by the family name, in
                # a sentence about a meeting ("tỉnh Lâm Đồng, Sở Tài chính chủ trì" names a place)
                # tried at each capital ("Huyện ủy Đắk Glong Vũ Tiến Lư": the name opens at "Vũ")
                people = [m for m in _person().finditer(text, s, c.start(), overlapped=True)
                          if m.group("surname") in surnames() and not _place_named(plain, s, m)
                          and not _opens_a_title(plain, m)]
                named = next((m for m in people if m.start() >= clause), people[0] if people else None)
                if named is not None and named is not people[0] and not text[clause:named.start()].strip(" ,"):
                    # "Chủ tịch HĐND tỉnh A, các Phó Chủ tịch HĐND tỉnh: B, C chủ tọa": a clause that is
                    # a name alone ends a list of co-chairs, whose first is named first
                    named = people[0]
                if named and _speaks_of_meeting(layout, s, e, _CHAIR_CONTEXT):
                    return _chaired(meeting, named)
    return _concluding(layout, meeting)


def _place_named(plain: str, start: int, name: regex.Match[str]) -> bool:
    """Whether the capitals of ``name`` name the place of a unit word before them ("tỉnh Lâm
    Đồng"): after "tỉnh", as for the issuer's place, a person's name is none ("Chủ tịch UBND
    tỉnh Lê Trí Thanh chủ trì")."""
    written = name.group("name")
    cut = _place_cut(plain, start, name)
    if cut is not None:
        return name.start("name") < cut
    # "Bí thư Tỉnh ủy Hà Văn Giang" tried at "Văn": the capitals before it are of the same place
    run = _CAPITALS_BEFORE.search(name.string, max(start, name.start() - 40), name.start("name"))
    if run and _COMMITTEE_WORD_BEFORE.search(plain, max(start, run.start() - 12), run.start()) \
            and _acting_place(plain, plain[run.start():name.end("name")]):
        return True
    if _COMMITTEE_WORD_BEFORE.search(plain, max(start, name.start() - 12), name.start()):
        # "Tỉnh ủy Hà An tổ chức ... do đồng chí X chủ trì": the committee's place, not a person
        return is_province(written) or not person_like(written) \
            or _acting_place(plain, plain[name.start("name"):name.end("name")])
    before = _LOCALITY_BEFORE.search(plain, max(start, name.start() - 12), name.start())
    if before is None:
        return False
    return not plain.startswith("tinh", before.start()) or is_province(written) or not person_like(written)


_CAPITALS_BEFORE = lazy_regex(r"(?<![\p{L}])(?:\p{Lu}\p{Ll}*[ ]+){1,3}\Z")
_CAPITALS_AFTER = lazy_regex(r"(?:[ ]+\p{Lu}\p{Ll}*\b){1,8}")


def _place_cut(plain: str, start: int, name: regex.Match[str]) -> int | None:
    """Where the place ends in the capitals after a committee or unit word that ``name`` stands in,
    where a person's name runs on from it ("Bí thư Tỉnh ủy Hà An Lê Văn Bình": after "An"); None
    where nothing cuts them (the place is all, or a person is all)."""
    text = name.string
    run = _CAPITALS_BEFORE.search(text, max(start, name.start() - 40), name.start("name"))
    caps = run.start() if run else name.start("name")
    if caps <= start or not (_COMMITTEE_WORD_BEFORE.search(plain, max(start, caps - 12), caps)
                             or _LOCALITY_BEFORE.search(plain, max(start, caps - 12), caps)):
        return None
    whole = _CAPITALS_AFTER.match(text, caps - 1)
    if whole is None:
        return None
    cut = end_of_place(text, caps - 1, whole.end())
    return cut if cut < whole.end() else None


def _acting_place(plain: str, written: str) -> bool:
    """Whether the text names ``written`` (as ``plain`` writes it) as a committee's place where no
    post opens the committee ("Tỉnh ủy Hà Văn Giang tổ chức ..."): then "Bí thư Tỉnh ủy Hà Văn
    Giang chủ trì" names the post, not a person, though the place opens on a family name."""
    at = plain.find(written)
    while at >= 0:
        committee = _COMMITTEE_WORD_BEFORE.search(plain, max(0, at - 12), at)
        if committee and not plain[max(0, committee.start() - 30):committee.start()].rstrip().endswith(person_titles()):
            return True
        at = plain.find(written, at + 1)
    return False


def _comrade_after(text: str, start: int, end: int) -> regex.Match[str] | None:
    """"đồng chí X" within a few words after ``start``; the name may run on past them."""
    m = _COMRADE.search(text, start, end)
    return m if m is not None and m.start() - start <= 40 else None


def _named_person(text: str, plain: str, start: int, end: int) -> regex.Match[str] | None:
    """The first person named within a few words, their titles left out (``plain``: the text's
    ``Text.plain``, where a post is told)."""
    return next((m for m in _person().finditer(text, start, min(end, start + 80))
                 if m.group("surname") in surnames() and not _opens_a_title(plain, m)), None)


def _opens_a_title(plain: str, name: regex.Match[str]) -> bool:
    """Whether the second of two capitalised words opens a post that runs past it ("Đoàn Chủ
    tịch chủ trì", "đồng chí Phó Bí thư"): the presidium, or a post, not a person (a longer name
    keeps its words before the post: "Lê Minh Tâm Tỉnh ủy viên")."""
    if len(name.group("name").split()) != 2:
        return False
    last = name.start("name") + name.group("name").rfind(" ")
    title = _titles().match(plain, last)
    return title is not None and title.end() > name.end("name")


def _concluding(layout: Layout, meeting: MeetingRecord) -> MeetingRecord:
    text, plain = layout.text.text, layout.text.plain
    for block in layout.blocks:
        if block.zone not in ("body", "header") or not _CONCLUDES.search(plain, block.start, block.end):
            continue
        for s, e in sentences(text, block.start, block.end):
            for c in _COMRADE.finditer(text, s, e):
                after = _CONCLUDES_HERE.search(plain, c.end(), min(e, c.end() + 120))
                if _CONCLUSION_OF.search(plain, max(s, c.start() - 16), c.start()) or after:
                    return _chaired(meeting, c)
            # "Chủ tịch UBND tỉnh Nguyễn Văn A đã có kết luận về cuộc họp": a person by post and name
            for m in _person().finditer(text, s, e, overlapped=True):
                if m.group("surname") in surnames() and _CONCLUDES_AFTER_NAME.match(plain, m.end()) \
                        and not _place_named(plain, s, m) and _speaks_of_meeting(layout, s, e, _CHAIR_CONTEXT):
                    return _chaired(meeting, m)
    return meeting


_CONCLUDES_AFTER_NAME = lazy(r"\s*,?\s*(?:da\s+)?(?:co\s+)?ket luan\b")


@lru_cache(maxsize=1)
def _unmarked_ordinals() -> dict[str, int]:
    return {unmarked(word): value for word, value in ordinal_words().items()}


def _ordinal(written: str) -> int | None:
    """'bảy', 'BẢY', 'bay' (marks lost), '7', 'VII' -> 7."""
    value = parse_ordinal(written)
    if value is None:
        value = _unmarked_ordinals().get(unmarked(squash(written.lower())))
    return value


@lru_cache(maxsize=1)
def _titles() -> regex.Pattern[str]:
    """A title that may follow a name in the same capitals: "Tỉnh ủy viên", "Phó Chủ tịch"."""
    titles = [*signature().titles, *person_names().titles_after_name.titles]
    alts = "|".join(regex.escape(unmarked(t)) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alts})\b")


def _chaired(meeting: MeetingRecord, m: regex.Match[str]) -> MeetingRecord:
    """The chair's name, without a title written after it ("Nguyễn Văn A Tỉnh ủy viên")."""
    start, end = m.span("name")
    plain = unmarked(m.string[start:end + 30].lower())  # a title may run on past the capitals
    gaps = [g for g in SPACES.finditer(plain) if g.start() < end - start]
    for gap in gaps[1:]:  # a name has two words at least
        if _titles().match(plain, gap.start()):
            end = start + gap.start()
            break
    return replace(meeting, chair=m.string[start:end], chair_at=At(start=start, end=end))


@lru_cache(maxsize=1)
def _person() -> regex.Pattern[str]:
    """A capitalised name of two to four words; a word of address before it ("Ông", "Bà") is left out."""
    address = alternation(f(w) for w in person_names().honorifics for f in (str.capitalize, str.lower))
    return regex.compile(rf"(?<![\p{{L}}])(?:{address}\s+)?(?P<name>(?P<surname>\p{{Lu}}\p{{Ll}}*)(?:\s+\p{{Lu}}\p{{Ll}}*){{1,3}})(?![\p{{L}}])")
