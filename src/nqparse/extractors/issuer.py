"""The issuing body and its level (central, province, district, commune).

In order of trust: the header's issuing-body line (the last capitals line above "*" or "Số",
under its parent body); a body named in the title block ("BAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA
VI"); the body that acts in the opening paragraph ("Ban Thường vụ Thành ủy tổ chức hội nghị",
"Thành ủy Hải Phòng sơ kết"); the body code of the document's own number.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..lexicon import (
    alternation,
    bodies,
    body_kinds,
    committees,
    document_titles,
    document_types,
    localities,
    people_bodies,
    places,
    signature,
    surnames,
    web_chrome,
)
from ..normalize import fold
from ..phrases.bodies import joined_place_end
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.meetings import DELEGATED_TO, PREPARED_FOR
from ..phrases.terms import term_years
from ..phrases.text import (
    HEADER_TRIM,
    caps_header_line,
    caption_subject,
    pictured_action,
    sentences,
    squash,
    trimmed,
    unmarked,
)
from ..records import LEVELS, At, Level, record
from ..segment import Block, Layout
from .document import Document
from .header import (
    NATIONAL,
    NUMBER_LEAD,
    PLACE_DATE,
    body_opener,
    carried_date_lines,
    cites_a_document,
    head_blocks,
    is_junk,
    is_rule,
    splits_a_head,
)
from .metadata import read_metadata_box

# "CỘNG HỊA XÃ HỘI" of a damaged font reads as the motto all the same
_RIGHT_COLUMN = re.compile(unmarked(r"\s+(?:đảng cộng sản việt nam|cộng h\w{1,3}\s+xã hội|độc lập\s*[-–]).*$"))
_UNIT_LINE = lazy(unmarked(localities() + r"\s(?!ủy\b)"))
# a header line that runs on into the next ("BAN CHỈ ĐẠO ... VÀ" / "...")
_RUNS_ON = lazy_regex(r"\b(?:va|cua)$")
_ACTION = lazy(unmarked(
    r"(?:\s*\(?\s*khóa\s+[ivxlc\d]+\s*\)?)?(?:\s*,\s*nhiệm kỳ\s+" + term_years(r"\s") + r")?\s*(?:(?:đã|cũng)\s+|đã\s+tổ chức\s+)?"
    r"(?:tổ chức|quyết nghị|kết luận|xác định|sơ kết|tổng kết|ban hành|họp|thống nhất|thông qua|"
    rf"quyết định|triển khai|thông báo|đề ra|lãnh đạo|tiến hành|khai mạc|bế mạc|ký cam kết|ký kết|"
    rf"{alternation(bodies().asking_verbs)})\b"))


# "hội nghị Ban Chấp hành ...", "kỳ họp 23 HĐND TPHCM": the body that meets
_MEETING_REACH = 24  # "kỳ họp thứ 18, ", "hội nghị lần thứ 12, " before the body that meets
# "kỳ họp thứ 18, HĐND huyện X", "Hội nghị lần thứ 5 Huyện ủy X"
_AFTER_MEETING = lazy(r"(?:hoi nghi(?:\s+lan\s+thu\s+\w+)?|ky hop(?:\s+thu)?(?:\s+\w+)?)\s*,?\s*\Z")
_GROUNDS = lazy(r"(?i)căn cứ")
_CONGRESS = "dai hoi"
_TERM = lazy(r"\s*,?\s+(?:khoa\s+[ivxlc\d]+|ky hop)\b")


# "Hội đồng nhân dân (HĐND) xã Hữu Định": the short form a report gives the body the first time
_ACRONYM_BETWEEN = r"(?:\s*\([a-z&]{2,8}\))?"
# a bloc of a province's bodies, which has its own party committee and mass organisations
_BLOC_NAME = (r"khối[ ]+(?:các[ ]+)?(?:cơ quan|doanh nghiệp|dân chính đảng)"
              r"(?:[ ]+(?:và|&)[ ]+(?:cơ quan|doanh nghiệp))?(?:[ ]+đảng)?")
_ACRONYM_IN_NAME = lazy_regex(r"\s*\([\p{Lu}&]{2,8}\)(?=\s)")


@lru_cache(maxsize=1)
def _issuer_pattern() -> regex.Pattern[str]:
    # matched on Text.plain: the same words with or without their marks
    names, units, committee = bodies().issuer_names, localities(), committees()
    own = set(body_kinds().own_unit)
    # a committee is found alone before it is found with a unit word ("Đảng ủy" | "xã Tân Hiệp")
    return re.compile(unmarked(
        # a bloc's organisations are named by the bloc before its unit ("Đoàn Khối Cơ quan và
        # Doanh nghiệp tỉnh", "Đảng bộ Khối các cơ quan tỉnh")
        rf"(?:{alternation(h for h in names.before_unit if h not in own)}{_ACRONYM_BETWEEN}(?:\s+{_BLOC_NAME})?\s+{units}"
        rf"|{alternation(names.before_committee)}\s+{committee}|{alternation(names.alone)}"
        rf"|(?<!ủy viên\s)(?<!ban\s)\b{committee}(?!\s+viên\b)|{alternation(h for h in names.before_unit if h in own)}\s+{units}"
        rf"|{alternation(h for h in names.before_unit if h not in own)}{_ACRONYM_BETWEEN}\s+{_abbreviated_unit()}"
        # "Ban Chỉ đạo chuyển đổi số huyện", "Ban Chỉ đạo Du lịch tỉnh": a steering committee's field
        # between its head and its unit, in one line
        rf"|{alternation(names.before_topic)}(?:[ ]+[^\W\d_]+){{0,6}}?[ ]+{units})\b"
        # unmarked, "tình đoàn kết" (solidarity) reads as "tỉnh đoàn" and a name ending "đoàn"
        r"(?!\s+kết\b)"))


def _abbreviated_unit() -> str:
    """An abbreviated unit word before a place's name ("tx", "h" of "UBND TX Bình Sơn", "UBND H.
    Tân Lợi"), as ``Text.plain`` writes it; its dot, required where the lexicon writes one, is left
    to the place."""
    alts = []
    for word in sorted(bodies().abbreviated_localities, key=len, reverse=True):
        dot = r"\." if word.endswith(".") else r"\.?"
        alts.append(rf"{re.escape(word.rstrip('.'))}(?={dot}\s?[^\W\d_])")
    return "(?:" + "|".join(alts) + ")"


def _bare_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether a body's name ends in an abbreviated unit word with no place's name after it."""
    last = text[start:end].rsplit(None, 1)[-1].lower()
    return last in _abbreviated_words() and _abbreviated_place().match(text, text.rfind(" ", 0, end)) is None


@lru_cache(maxsize=1)
def _abbreviated_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in bodies().abbreviated_localities)


@lru_cache(maxsize=1)
def _abbreviated_place() -> regex.Pattern[str]:
    """An abbreviated unit word in capitals and the place's name after it ("TX Bình Sơn", "H. Tân Lợi")."""
    words = sorted(bodies().abbreviated_localities, key=len, reverse=True)
    units = "|".join(rf"{re.escape(w[:-1].upper())}\.[ ]?" if w.endswith(".") else rf"{re.escape(w.upper())}(?:\.[ ]?|[ ])"
                     for w in words)
    return regex.compile(rf"[ ]+(?:{units})(?P<place>{_NOT_A_PLACE}\p{{Lu}}\p{{Ll}}*(?:[ ]+\p{{Lu}}\p{{Ll}}*){{0,3}})\b")


_UNIT_WORD_END = lazy(unmarked(localities()) + r"\Z")
_UNIT_WORD_WRITTEN = lazy_regex(r"(?<=\s)(?:" + localities() + r")\Z")  # "HĐND thị xã", as written
# up to four words in capitals, not those that go on to the meeting or the term ("LẦN THỨ", "KHÓA")
_CAPS_PLACE_AFTER = lazy_regex(r"(?:[ ]+(?!(?:LẦN|KHÓA|KHOÁ|NHIỆM|KỲ|NĂM|VỀ|CỦA|VÀ)\b)\p{Lu}+\b){1,4}")
_BODY_AFTER = lazy_regex(r"\s+(?:Hội nghị|Nghị quyết|Ban|Thành ủy|Tỉnh ủy|Ủy ban)")
_NOT_A_PLACE = r"(?!Khóa\b|Khoá\b|Tổ chức\b|Thực hiện\b|Triển khai\b|Về\b)"  # a term, or a capitalised verb
# a word of a place's name, a syllable of the Central Highlands' names joined by an apostrophe
# ("Đăk R’lấp", "Cư M'gar", "Ea H’leo") whole
_PLACE_WORD = r"\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)?"
_NAME_AFTER = lazy_regex(rf"(?:[ ]+{_NOT_A_PLACE}{_PLACE_WORD}\b(?:[ ]+{_PLACE_WORD}\b){{0,3}})")
# in running text, a place may be an acronym: "Đảng bộ TPHCM", "UBND TP.HCM"
_ACRONYM_AFTER = lazy_regex(r"[ ]+\p{Lu}[\p{Lu}.]*\p{Lu}\b")
# after "TP", the city's short name: "TP.HCM", "TP. Hồ Chí Minh", "TP.Huế"
_CITY_AFTER_TP = lazy_regex(r"\.[ ]?\p{Lu}+\b|(?:\.|\.?[ ]+)\p{Lu}\p{Ll}*\b(?:[ ]+\p{Lu}\p{Ll}*\b){0,3}")


@lru_cache(maxsize=1)
def _level_words() -> tuple[dict[str, Level], regex.Pattern[str], frozenset[str]]:
    """The unit words without their marks, with their levels; their pattern; their marked forms."""
    abbreviated = bodies().abbreviated_localities  # "tx", "h." of "UBND TX Bình Sơn", "UBND H. Tân Lợi"
    marked = {**bodies().localities, **bodies().level_words, **{w.rstrip("."): v for w, v in abbreviated.items()}}
    words = {unmarked(k): v for k, v in marked.items()}
    dotted = {w.rstrip(".") for w in abbreviated if w.endswith(".")}  # "h" is one only with its dot
    alts = "|".join(regex.escape(w) + (r"(?=\.)" if w in dotted else r"(?!\w)")
                    for w in sorted(words, key=len, reverse=True))
    return words, re.compile(rf"(?<!\w)(?:{alts})"), frozenset(fold(k) for k in marked)


# "TỆ NẠN XÃ HỘI", "kinh tế - xã hội": "xã" before "hội" is society, not a commune; a commune
# named "Hội ..." writes it with its capital ("xã Hội Thịnh")
_SOCIETY = lazy_regex(r"[ ]+(?:hội|HỘI)(?!\w)")


def level_of(name: str) -> Level | None:
    """The level the last unit word of a body's name tells ("Đảng ủy xã" of a huyện is a
    commune); words compared without marks where the name has none, with them where it has
    (a place "Tĩnh Gia", "Tịnh Biên" is no "tỉnh")."""
    words, pattern, marked = _level_words()
    folded = fold(name)
    plain = unmarked(folded)
    found = [m for m in pattern.finditer(plain) if not _SOCIETY.match(name, m.end())]
    if plain != folded:
        found = [m for m in found if folded[m.start():m.end()] in marked]
    if not found:
        return None
    last = found[-1]
    place = name[last.end():].strip(" .,()")
    if last.group() in _city_words() and place and not _central_city(place):
        return "district"  # "Thành ủy Đồng Xoài", "TP Tây Ninh": a province's city, not a central one
    return words[last.group()]


@lru_cache(maxsize=1)
def _city_words() -> frozenset[str]:
    """A central city's (a province) or a province's city's words, as ``Text.plain`` writes them."""
    return frozenset(unmarked(w) for w in bodies().city_words)


def level_of_code(code: str | None) -> Level | None:
    if not code:
        return None
    codes = bodies().codes
    for part in reversed(code.split("-")):
        level = codes.get(part)
        if level:
            return level
    return None


@record(slots=True)
class IssuingBody:
    """The issuer as read; ``assemble`` makes it the output's ``Issuer``."""

    name: str | None = None
    name_at: At | None = None
    parent: str | None = None
    level: Level | None = None


def extract_issuer(layout: Layout, document: Document) -> IssuingBody:
    name, at, parent = _name(layout, document)
    if name is None:
        box = read_metadata_box(layout).get("issuer")  # a legal web site's "Nơi ban hành:"
        if box:
            name, at = box.text, box.at
    level = None
    if name:
        level = level_of(name)
        if level is None and parent:
            level = level_of(parent)
    if level is None and name:
        level = _full_form_level(layout.text.text, name)
    if level is None:
        level = level_of_code(document.body_code)
    if level is None and name and _central_body(name):
        level = "central"  # "BỘ GIÁO DỤC VÀ ĐÀO TẠO" at "Hà Nội, ngày ...": a ministry, not the city
    if name is None:
        # a copy kept without its header on a unit's own portal ("Trang thông tin điện tử xã Thạch
        # Kim"); a page on a province's targets that names no body: the province ("Cà Mau sẽ tập
        # trung mọi nỗ lực ...", "Tỉnh Tuyên Quang luôn làm tốt ...")
        found = _site_owner(layout) or (_province_named(layout, document) if document.page else None)
        if found:
            name, at = layout.text.text[found.start:found.end], found
            # "thị xã Quảng Trị", "TP Hà Tĩnh": a province's town or city that bears its name
            level = level_of(name) or ("province" if document.page else None)
        elif document.page:
            at, level = None, None  # a page that names no body: no level from a code either
    if level is None and name and _ends_in_province(name):
        level = "province"  # "HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN": a body named by its province, no unit word
    if level is None and name is None:
        level = _level_by_counted_units(layout.text.folded)
    if level is None and name and document.place and is_province(document.place):
        # "ỦY BAN NHÂN DÂN" whose unit line a web copy lost, issued at "Tuyên Quang, ngày ...":
        # a body that names no unit and issues at a province's name is the province's
        level = "province"
        name = _with_lost_unit_line(name, document.place)
    return IssuingBody(name=name, name_at=at, parent=parent, level=level)


@lru_cache(maxsize=1)
def _central_heads() -> tuple[str, ...]:
    return tuple(fold(h) for h in bodies().central_bodies)


def _central_body(name: str) -> bool:
    """Whether ``name`` opens on the head of a body of the centre (lexicon 'central_bodies': a
    ministry, a national committee) and goes on with its own name: a word written with a
    capital, or 'về' ("Bộ Tài chính", "Ủy ban Quốc gia về chuyển đổi số"; "bộ phận" is none)."""
    folded = fold(name)
    for head in _central_heads():
        rest = folded[len(head):]
        after = len(head) + len(rest) - len(rest.lstrip())
        if folded.startswith(head) and after > len(head) and after < len(name) and (
                name[after].isupper() or folded.startswith("về ", after)):
            return True
    return False


def _full_form_level(text: str, name: str) -> Level | None:
    """The level of a party committee's short form ("Đảng ủy Khối đã xét kết nạp ...") that the
    text names in full elsewhere with its unit ("Đảng bộ Khối các cơ quan tỉnh"), with either
    committee word ("Đảng ủy", "Đảng bộ")."""
    head = next((c for c in _PARTY_COMMITTEES if name.lower().startswith(c)), None)
    rest = name[len(head):] if head else ""
    if not rest.strip():
        return None
    for m in regex.finditer(rf"(?i:{'|'.join(_PARTY_COMMITTEES)})(?={regex.escape(rest)})", text):
        full = _UNIT_AND_PLACE.match(text, m.end())
        if full and full.end() > m.end() + len(rest) and (level := level_of(text[m.start():full.end()])):
            return level
    return None


def _with_lost_unit_line(name: str, place: str) -> str:
    """A council's or committee's bare head ("ỦY BAN NHÂN DÂN") completed with the province it
    issues at, as its lost unit line read ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"); another name as it is."""
    if fold(squash(name)) not in _bare_heads():
        return name
    unit = "thành phố" if _central_city(place) else "tỉnh"
    place = squash(place)
    return f"{name} {unit.upper()} {place.upper()}" if name.isupper() else f"{name} {unit} {place}"


@lru_cache(maxsize=1)
def _bare_heads() -> frozenset[str]:
    """The heads that name a body only with the unit after them (lexicon ``bodies.issuer_names.before_unit``)."""
    return frozenset(bodies().issuer_names.before_unit)


@lru_cache(maxsize=1)
def _province_pattern() -> regex.Pattern[str]:
    """A province's name, after its unit word where the text gives one ("tỉnh Cà Mau", "Cà Mau"),
    or a unit word of a town or district that bears its province's name ("thị xã Quảng Trị")."""
    names = alternation(fold(p) for p in places().provinces)
    return regex.compile(rf"(?<!\w)(?:(?:{localities()}|tp\.?)[ ]+)?(?:{names})(?!\w)")


_PROVINCE_REACH = 4  # the headline and the opening paragraphs
# "Trang thông tin điện tử xã Thạch Kim": the unit whose web site carries the page (a scraped
# page may run the site's address on after the name: "... Thạch Kimhttps://")
_SITE_OWNER = lazy_regex(rf"(?i:{alternation(web_chrome().site_names, spaces='[ ]+')})[ ]+(?P<unit>(?:{localities()})"
                         r"(?:[ ]+\p{Lu}\p{Ll}*?(?=https?:|[^\p{Ll}]|\Z)){1,4})")


def _site_owner(layout: Layout) -> At | None:
    """The unit a page's site is named for, in its first lines."""
    for block in layout.blocks[:_PROVINCE_REACH]:
        m = _SITE_OWNER.search(layout.text.text, block.start, block.end)
        if m:
            return At(*m.span("unit"))
    return None


def _province_named(layout: Layout, document: Document) -> At | None:
    """The first province a page's headline or opening paragraphs name."""
    folded = layout.text.folded
    start = document.title_at.start if document.title_at else 0
    for block in [b for b in layout.blocks if b.start >= start][:_PROVINCE_REACH]:
        m = _province_pattern().search(folded, block.start, block.end)
        if m:
            return _unit_before_bracket(layout.text.text, block.start, m.start()) or At(m.start(), m.end())
    return None


# "Huyện Sa Mai (Hòa Lâm)": a unit word and its capitalised name, the province's in brackets after it
_UNIT_BEFORE_BRACKET = lazy_regex(rf"(?i:{localities()})(?:[ ]+\p{{Lu}}\p{{Ll}}*){{1,4}}(?=[ ]*\($)")


def _unit_before_bracket(text: str, start: int, province: int) -> At | None:
    """The district or commune a page is about where it names its province in brackets after it
    ("Huyện Sa Mai (Hòa Lâm) phát động ..."): the province only tells where the unit lies."""
    m = _UNIT_BEFORE_BRACKET.search(text, max(start, province - 60), province)
    if m is None or level_of(m.group()) in (None, "province"):
        return None
    return At(m.start(), m.end())


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    return frozenset(fold(p) for p in places().provinces)


def is_province(place: str) -> bool:
    """Whether ``place`` is a province's or a centrally run city's name ("Lâm Đồng", "Hà Nội")."""
    return fold(squash(place)) in _provinces()


@lru_cache(maxsize=1)
def _central_cities() -> frozenset[str]:
    return frozenset(fold(p) for p in places().centrally_run_cities)


@lru_cache(maxsize=1)
def _counted_unit() -> regex.Pattern[str]:
    """A unit counted by a number or a word of number ("8 xã", "04/09 thôn", "các huyện", "số xã")."""
    units = alternation(bodies().counted_units)
    return regex.compile(rf"(?:(?<![\d/])\d+(?:/\d+)?|\b(?:các|số))\s+(?P<unit>{units})(?!\w)(?!\s+hội\b)")


def _level_by_counted_units(folded: str) -> Level | None:
    """The level of a text that names no body, by the units under it that it counts."""
    counted = {bodies().counted_units[m.group("unit")] for m in _counted_unit().finditer(folded)}
    return max(counted, key=LEVELS.index) if counted else None


def _ends_in_province(name: str) -> bool:
    words = name.split()
    return any(is_province(" ".join(words[-n:])) for n in range(1, min(len(words), _PLACE_WORDS) + 1))


_PLACE_WORDS = 5  # "Bà Rịa - Vũng Tàu"


def _central_city(place: str) -> bool:
    return fold(squash(place)) in _central_cities()


def _name(layout: Layout, document: Document) -> tuple[str | None, At | None, str | None]:
    """The issuer's name, where it stands, and the body above it in the header."""
    text, plain = layout.text.text, layout.text.plain
    groups = _header_groups(layout, document)
    if document.page:
        # a press report's capitals at the top are its headline or byline ("HIỀN THÚY"): a body
        # only where they name one
        groups = [g for g in groups if body_opener().match(plain, g[0][0])] or _embedded_header(layout)
    groups = [_without_term(plain, g) for g in groups]
    # "KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY": the standing committee issues it, under the header's
    # committee; a state decision names its issuer above "Căn cứ"
    authority = _of_body_in_title(layout, document) or _state_authority(layout, document)
    if authority and groups and squash(plain[authority[0]:authority[1]]) == squash(
            " ".join(plain[s:e] for s, e in groups[-1])):
        authority = None  # the header's own body, named again above "Căn cứ"
    if authority:
        parent = squash(" ".join(_group_text(text, g) for g in groups))
        return text[authority[0]:authority[1]], At(*authority), parent or None
    if groups:
        name, parents = groups[-1], groups[:-1]
        written, at = _group_text(text, name), At(name[0][0], name[-1][1])
        if parents and plain[name[0][0]:name[-1][1]].strip() in _needs_parent():
            # "UBND TỈNH LÀO CAI" / "VĂN PHÒNG": the office of that committee
            written, at = f"{written} {_group_text(text, parents[-1])}", At(parents[-1][0][0], name[-1][1])
            parents = parents[:-1]
        return written, at, squash(" ".join(_group_text(text, g) for g in parents)) if parents else None
    found = _from_title(layout, document) or _from_opening(layout, document)
    if found:
        found = _with_committee_before(plain, found)
        written = _with_its_place(text, _ACRONYM_IN_NAME.sub("", text[found[0]:found[1]]), _opening_end(layout))
        return _council_in_session(layout, found, written), At(*found), None
    return None, None, None


_SESSION = lazy(r"(?<!\w)ky hop(?!\w)")


def _council_in_session(layout: Layout, found: tuple[int, int], name: str) -> str:
    """A council's session ("Kỳ họp thứ 8 ...") that names a people's committee only in a post
    ("Chủ tịch UBND huyện X báo cáo ..."): the committee reports to the session, the council of
    its unit holds it ("HĐND huyện X")."""
    plain = layout.text.plain
    councils = bodies().council_of_committee
    head = next((h for h in councils if fold(name).startswith(h)), None)
    if head is None or not plain[max(0, found[0] - _TITLE_REACH):found[0]].rstrip().endswith(person_titles()):
        return name
    blocks = [b for b in layout.blocks if b.zone == "body"][:8] or list(layout.blocks[:8])
    if not any(not PREPARED_FOR.search(plain, b.start, m.start())
               for b in blocks for m in _SESSION.finditer(plain, b.start, b.end)):
        return name
    council = councils[head].upper() if name[:len(head)].isupper() else councils[head]
    return council + name[len(head):]


# "Ban Chấp hành (BCH) Đảng bộ tỉnh", "Ban Thường vụ (BTV) Tỉnh ủy": the committee a report names
# with its short form the first time, before the organisation it is of
_SHORTENED_COMMITTEE_BEFORE = lazy(unmarked(r"(?<!\w)(?:ban chấp hành|ban thường vụ)\s*\([a-z&]{2,8}\)\s+\Z"))


def _with_committee_before(plain: str, found: tuple[int, int]) -> tuple[int, int]:
    """``found`` with the committee and short form written before it, where they are."""
    m = _SHORTENED_COMMITTEE_BEFORE.search(plain, max(0, found[0] - 30), found[0])
    return (m.start(), found[1]) if m else found


def person_like(words: str) -> bool:
    """Whether capitals after a unit word read as a person's name ("Lê Trí Thanh"), not a place: the
    issuer's and the chair's readers both ask."""
    parts = words.split()
    return len(parts) >= _PERSON_WORDS and parts[0] in surnames()


_PERSON_WORDS = 3


def _with_its_place(text: str, name: str, opening_end: int) -> str:
    """A body named by its unit word alone ("HĐND thị xã vừa tổ chức ...") with the place the
    text gives that unit word, where it gives it one and only one ("Thị xã Quảng Trị tổ chức ..."),
    or, of several, the one the headline or the opening paragraph names first (a report names its
    own unit before the others it tells of); ``opening_end`` is where that paragraph ends."""
    unit = _UNIT_WORD_WRITTEN.search(name)
    if unit is None:
        return name
    named = [(m.start(), squash(text[m.start(1):end_of_place(text, m.start(1), m.end(1))])) for m in regex.finditer(
        rf"(?<!\w)(?i:{regex.escape(unit.group())})((?:[ ]+{_NOT_A_PLACE}(?!Kỳ\b|Lần\b)\p{{Lu}}\p{{Ll}}*\b){{1,4}})", text)]
    # "Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì": a person's name of three words after a family name
    named = [(at, p) for at, p in named if is_province(p) or not person_like(p)]
    places = {p for _, p in named}
    if len(places) == 1:
        return f"{name} {places.pop()}"
    return f"{name} {named[0][1]}" if named and named[0][0] < opening_end else name


def _opening_end(layout: Layout) -> int:
    """Where the opening paragraph of the body ends (0 where the text has no body)."""
    return next((b.end for b in layout.blocks if b.zone == "body"), 0)


Line = tuple[int, int]


def _header_lines(layout: Layout, document: Document) -> list[Line]:
    """The capitals lines of the header's left column: from the top down to the first rule,
    national line, number, place-and-date or type line under them."""
    text, plain = layout.text.text, layout.text.plain
    kind = document.kind_at
    lines: list[Line] = []
    above: Block | None = None
    for block in head_blocks(layout) or list(layout.blocks[: layout.header_end]):
        if kind and block.start >= kind.start:
            break
        if is_junk(block) and not is_rule(block):
            continue  # a web page's "|"
        if not lines and _TYPE_TITLE_LINE.match(plain, block.start, block.end):
            continue  # a sharing site's title above the letterhead ("BÁO CÁO SƠ KẾT ..."), no body
        if plain[block.start:block.end].strip(HEADER_TRIM) in _MOTTO_OPENINGS:
            break  # "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a narrow right column, run into the left one
        cited = lines and above is not None and cites_a_document(plain, above.start, above.end)  # "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT"
        above = block
        stop = is_rule(block) or NATIONAL.match(plain, block.start, block.end) \
            or (NUMBER_LEAD.match(block.text) and not cited) or PLACE_DATE.search(block.text)
        if stop:
            if lines:
                break
            continue
        # a PDF or a text file may run the right column onto the same line
        cut = _RIGHT_COLUMN.search(plain, block.start, block.end)
        start, end = trimmed(text, block.start, cut.start() if cut else block.end, HEADER_TRIM)
        if _TERM_LINE.match(plain, start, end):
            continue  # "HỘI ĐỒNG NHÂN DÂN" / "TỈNH X" / "KHÓA II - KỲ HỌP THỨ 12": the body's sitting, not its name
        if caps_header_line(text, start, end):
            lines.append((start, end))
        elif lines and not body_opener().match(plain, lines[0][0]):
            lines = []  # a page's headline in capitals above the letterhead ("TẠM DỪNG TIẾP CÔNG DÂN ..."): no body
        elif lines:
            break
    return lines


_MOTTO_OPENINGS = ("cong", "cong hoa")
_TYPE_TITLE_LINE = lazy(unmarked(rf"(?:{document_titles()})\s"))


def _header_groups(layout: Layout, document: Document) -> list[list[Line]]:
    """The header's bodies, outermost first, each a run of lines: "ỦY BAN NHÂN DÂN" / "TỈNH
    BẮC NINH" is one body, "HỘI ĐỒNG NHÂN" / "DÂN" too."""
    return _grouped(layout.text.plain, _header_lines(layout, document))


def _grouped(plain: str, lines: list[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups and (_continues(plain[groups[-1][-1][0]:groups[-1][-1][1]], plain[line[0]:line[1]])
                       or cites_a_document(plain, *groups[-1][-1])):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _embedded_header(layout: Layout) -> list[list[Line]]:
    """A page that carries a document under its chrome: the capitals lines right above the
    document's place and date ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH X" / "BAN THƯỜNG VỤ" / "X, ngày ..."),
    where the first opens a body's name; grouped as a header's."""
    text, plain = layout.text.text, layout.text.plain
    for blocks, _ in carried_date_lines(layout):
        lines: list[Line] = []
        for above in reversed(blocks):
            line = caps_header_line(text, above.start, above.end)
            if line is None:
                break
            lines.insert(0, line)
        return _grouped(plain, lines) if lines and body_opener().match(plain, lines[0][0]) else []
    return []


def _continues(above: str, line: str) -> bool:
    if _UNIT_LINE.match(line) and not _UNIT_LINE.match(above):
        return True  # "ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"
    if above.endswith((",", "-", "–")) or _RUNS_ON.search(above):
        return True  # "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC," / "CHUYỂN ĐỔI SỐ ..."
    if splits_a_head(above, line):
        return True  # "HỘI ĐỒNG NHÂN" / "DÂN"
    return not body_opener().match(line)


@lru_cache(maxsize=1)
def _needs_parent() -> frozenset[str]:
    return frozenset(unmarked(n) for n in bodies().needs_parent.names)


def _without_term(plain: str, group: list[Line]) -> list[Line]:
    """A headline's body without the term and sitting it names ("HỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ,
    KHÓA 21, KỲ HỌP THỨ 3")."""
    start, end = group[-1]
    term = _TERM.search(plain, start, end)
    return [*group[:-1], (start, term.start())] if term and term.start() > start else group


def _group_text(text: str, group: list[Line]) -> str:
    # "TỈNH BÀ RỊA -" / "VŨNG TÀU": the dash a line ends on joins the names, so it stays
    parts = [text[s:e] + (" -" if k + 1 < len(group) and _DASH_AT_END.match(text, e) else "")
             for k, (s, e) in enumerate(group)]
    return squash(" ".join(parts))


_DASH_AT_END = lazy_regex(r"[ \t]*[-–][ \t]*\n")


def _state_authority(layout: Layout, document: Document) -> tuple[int, int] | None:
    """A state decision names its issuer in capitals above the "Căn cứ" lines:
    "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"."""
    plain = layout.text.plain
    title = document.title_at or document.kind_at
    # a web copy that lost its title line still names the issuer above "Căn cứ" in its head
    blocks = [b for b in layout.blocks if b.start >= title.end][:4] if title else list(layout.blocks[:_HEAD_REACH])
    for i, block in enumerate(blocks):
        if not block.caps:
            if title:
                return None
            continue
        below = blocks[i + 1:i + 3]
        if below and _TERM_LINE.match(plain, below[0].start):
            below = below[1:]  # "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XV, KỲ HỌP THỨ SÁU" / "Căn cứ ..."
        nxt = below[0] if below else None
        if nxt is not None and _GROUNDS.match(nxt.text) and _issuer_pattern().search(
                layout.text.plain, block.start, block.end):
            # "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN KHÓA VII, KỲ HỌP THỨ 3": the body, not its sitting
            term = _TERM.search(layout.text.plain, block.start, block.end)
            return block.start, term.start() if term else block.end
    return None


_HEAD_REACH = 12
_TERM_LINE = lazy(r"\s*(?:khoa\s+[ivxlc\d]+|ky hop)\b")
_OF = re.compile(r"\bcua\s+")
_CITED = lazy(r"\bso\s*\d|\d/\d|\bngay\s*\d")


def _of_body_in_title(layout: Layout, document: Document) -> tuple[int, int] | None:
    """The body a title line names after "của" ("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")."""
    kind = document.kind_at
    if not kind:
        return None
    # the type line and the capitals lines under it, not the trích yếu (its "của" names the
    # issuer of a document it cites)
    end = kind.end
    for block in layout.blocks:
        if block.start >= kind.start:
            if not block.caps:
                break
            end = block.end
    plain = layout.text.plain
    for of in _OF.finditer(plain, kind.start, end):
        if _CITED.search(plain, kind.start, of.start()):
            break  # "... THEO NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND ... CỦA HỘI ĐỒNG NHÂN DÂN TỈNH": the cited one's
        m = _issuer_pattern().match(plain, of.end(), end)
        if m and not _CARRIED_OUT_OF.search(plain, kind.end, m.start()):
            # not "... THỰC HIỆN NGHỊ QUYẾT CỦA HĐND TỈNH": the cited resolution's
            return m.start(), _extend_name(layout.text.text, m.end())
    return None


def _from_title(layout: Layout, document: Document) -> tuple[int, int] | None:
    title = document.title_at
    kind = document.kind_at
    if not kind:
        return None
    end = title.end if title else kind.end
    plain = layout.text.plain
    # "Chương trình hành động thực hiện Nghị quyết số 09-NQ/TW, ngày 28/01/2022 của Bộ Chính trị":
    # the cited resolution's issuer
    m = next((m for m in _issuer_pattern().finditer(plain, kind.start, end)
              if not _OF_CITED.search(plain, kind.start, m.start())), None)
    if not m:
        return None
    return m.start(), _extend_name(layout.text.text, m.end())


# "Hà Nội: Thực hiện hiệu quả 5 Chương trình ...", "Bà Rịa - Vũng Tàu: ...": a place, a colon, a headline
_TEASER = lazy_regex(r"\p{Lu}\p{Ll}*(?:[ ]+(?:[-–][ ]+)?\p{Lu}\p{Ll}*){0,4}:[ ]+\p{Lu}[^\n]*[^.!?…:;\s]\s*")


def _teaser(text: str, start: int, end: int) -> bool:
    """Whether a paragraph of a press page is a link to another story set between its paragraphs:
    one line that opens on a place and a colon and ends on no closing mark, as a headline does
    ("An Giang: Ủy ban MTTQ Việt Nam huyện Thoại Sơn trao 49 nhà Đại đoàn kết cho hộ nghèo")."""
    return _TEASER.fullmatch(text, start, end) is not None


def _from_opening(layout: Layout, document: Document) -> tuple[int, int] | None:
    """The first body in the opening paragraphs that acts (tổ chức, quyết nghị, sơ kết, ...), or
    that a press report's headline names as meeting ("Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 27")."""
    text, plain = layout.text.text, layout.text.plain
    body = [b for b in layout.blocks if b.zone == "body"][:8] or list(layout.blocks[:8])
    title = document.title_at
    if document.page and title is not None:
        for k, m in enumerate(_issuer_pattern().finditer(plain, title.start, title.end)):
            # "Hội nghị Ban Thường vụ Tỉnh ủy ...", or a headline that opens on the congress it
            # covers ("Đại hội đại biểu Đảng bộ huyện Đạ Tẻh, nhiệm kỳ 2020-2025")
            first_words = k == 0 and not plain[title.start:m.start()].strip(" -–:")
            end = _extend_name(text, m.end())
            if _AFTER_MEETING.search(plain, max(title.start, m.start() - _MEETING_REACH), m.start()) or (
                    first_words and (plain.startswith(_CONGRESS, m.start()) or text[end:end + 1] == ":")):
                # ... or the body a headline opens on before a colon ("Huyện ủy Đô Lương: Hội nghị ...")
                return _placed(text, plain, (m.start(), end))
    caption = _congress_caption(layout) if document.page else None
    if caption:
        return caption
    first: tuple[int, int] | None = None
    posted: tuple[int, int] | None = None  # a body named only in a post: "Chủ tịch UBND tỉnh yêu cầu ..."
    posted_acting: tuple[int, int] | None = None  # "Chủ tịch UBND huyện X ký cam kết với ...": whose head acts
    posted_asking: tuple[int, int] | None = None  # "..., Chủ tịch UBND tỉnh yêu cầu ...": whose head asks
    passed_end = -1  # where the last body passed over ends: one listed with it ("của Tỉnh ủy và HĐND tỉnh") is too
    lead: tuple[int, int] | None = None  # the first of the bodies listed up to the last one read
    lead_end = -1
    asked_from = -1  # after "Chủ tịch UBND tỉnh yêu cầu" opening the text, the bodies named are those asked
    attending: tuple[int, int] | None = None  # a body in the subject of "dự (và chỉ đạo) hội nghị": a guest's
    for block in body:
        if document.page and title is not None and block.start > title.end and _teaser(text, block.start, block.end):
            continue  # "An Giang: Ủy ban MTTQ huyện X trao 49 nhà ..." between paragraphs: another story's link
        for m in _issuer_pattern().finditer(plain, block.start, block.end):
            if _bare_abbreviation(text, m.start(), m.end()):
                continue  # "UBND TT HĐND": no abbreviated unit with no place's name after it
            if 0 <= asked_from <= m.start():
                continue  # "...; Hội Nông dân tỉnh phối hợp": asked too, though no verb stands before it
            if plain.startswith(_CONGRESS, m.start()) and DELEGATED_TO.search(plain, max(block.start, m.start() - 80), m.start()):
                continue  # "bầu đoàn đại biểu tham dự Đại hội Đoàn tỉnh": the higher congress it sends delegates to
            before = max(block.start, m.start() - _TITLE_REACH)
            # "dự và chỉ đạo Đại hội đại biểu Đảng bộ huyện X": a congress a guest directs still meets
            acted_on = not plain.startswith(_CONGRESS, m.start()) and _ACTED_ON.search(plain, before, m.start())
            if acted_on or _OF_CITED.search(plain, max(block.start, m.start() - _CITED_REACH), m.start()) \
                    or _GUEST.search(plain, max(block.start, m.start() - _GUEST_REACH), m.start()) \
                    or _ATTENDING.search(plain, block.start, m.start()) \
                    or (passed_end >= 0 and _LISTED_ON.fullmatch(plain, passed_end, m.start())):
                # "Chủ tịch UBND tỉnh đề nghị Ủy ban MTTQ tỉnh ...": the body asked, not the one
                # asking; "Nghị quyết số 03-NQ/HU của Huyện ủy": a cited document's issuer; "hội
                # nghị đã bầu Ban Thường vụ Tỉnh ủy": the body the meeting elected; "lãnh đạo Tỉnh Đoàn
                # tặng hoa", "được Huyện đoàn chọn làm điểm": a guest, or the body that chose the host
                passed_end = _extend_name(text, m.end())
                continue
            post = plain[before:m.start()].rstrip()
            if _pictured(text, block, m.start(), _extend_name(text, m.end())):
                continue  # "Đồng chí X, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.": a photo's caption
            if post.endswith(person_titles()):
                # "đồng chí X, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì": a person's posts, the
                # issuer only where no body is named otherwise, and then one the person heads, not
                # one they sit on ("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy")
                if not post.endswith(_MEMBER):
                    posted = posted or (m.start(), m.end())
                    end = _extend_name(text, m.end())
                    if not _NAME_THEN_CHAIRS.match(text, end) and _NAME_THEN_CHAIRS.match(text, m.end()):
                        end = m.end()  # the words after the body are the chair's name, not its place
                    if person_like(text[m.end():end]) and not is_province(text[m.end():end].strip()) \
                            and _ASKS_AFTER.match(plain, end):
                        end = m.end()  # "Chủ tịch UBND tỉnh Lê Văn An yêu cầu": a name, not a place
                    if (_ACTION.match(plain, end) and not _ASKS_AFTER.match(plain, end)) \
                            or _NAME_THEN_CHAIRS.match(text, end):
                        # a guest's "Bí thư Tỉnh ủy yêu cầu ..." asks of the body that meets
                        posted_acting = posted_acting or (m.start(), end)
                    elif asks := _ASKS_AFTER.match(plain, _past_name(text, end)):
                        # "X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu ...": of a person's posts,
                        # the last before the verb names the body that asks, where none else acts (the
                        # holder's name may stand between: "Chủ tịch UBND huyện X Trần Văn B yêu cầu")
                        if first is None and posted_asking is None and m.start() < _first_sentence_end(text, block):
                            asked_from = asks.end()  # in the first sentence that names a body
                        posted_asking = posted_asking or (m.start(), end)
                continue
            end = _extend_name(text, m.end())
            if _GIVEN_BY.search(plain, max(block.start, m.start() - 4), m.start()) and _GIVES.match(plain, end):
                continue  # "kế hoạch vốn năm 2020 do HĐND tỉnh giao": who set what is reported on
            if first is None and _ATTENDS_AFTER.match(plain, end):
                # "đồng chí X, Trưởng Ban Tổ chức Tỉnh ủy Y, dự và chỉ đạo Đại hội ...": the body of
                # a guest's post (one the post's title hides), the issuer only where none else is named
                attending = attending or (m.start(), end)
                passed_end = end
                continue
            first = first or (m.start(), end)
            # "Ban Thường vụ Huyện ủy, Hội Nông dân tỉnh đã tổ chức": co-hosts, the first named leads
            listed = lead is not None and _LISTED_ON.fullmatch(plain, lead_end, m.start()) is not None
            lead, lead_end = (lead if listed and lead else (m.start(), end)), end
            met = _AFTER_MEETING.search(plain, max(block.start, m.start() - _MEETING_REACH), m.start())
            if met and PREPARED_FOR.search(plain, max(block.start, met.start() - _MEETING_REACH), met.start()):
                continue  # "để trình kỳ họp thứ 12 HĐND tỉnh": the body of a later session
            if _ACTION.match(plain, end) or met:
                return _placed(text, plain, lead if listed and lead and not met else (m.start(), end))
    first = posted_acting or first or posted_asking or posted or attending
    return _placed(text, plain, first) if first else None


_CAPTION_WORDS = 25


def _pictured(text: str, block: Block, start: int, end: int) -> bool:
    """Whether a body named from ``start`` to ``end`` is in a photo's caption: a short line of its
    own that names the people pictured before it and what they do after it ("Đồng chí X, Phó Chủ
    tịch UBND tỉnh phát biểu tại hội nghị."); the body a caption names a guest by is not the report's."""
    line = text[block.start:block.end]
    return "\n" not in line.strip() and len(line.split()) <= _CAPTION_WORDS \
        and pictured_action().match(text, end, block.end) is not None \
        and caption_subject().search(text, block.start, start) is not None


_TERM_AFTER = lazy(r"\s*,?\s*nhiem ky\b")


def _congress_caption(layout: Layout) -> tuple[int, int] | None:
    """A line above a report's body that opens on a congress and its term ("Đại hội đại biểu Đảng
    bộ huyện X, nhiệm kỳ 2020-2025", a photo's caption): the congress the page covers, whatever
    bodies its text names later (a higher congress whose draft documents it comments on)."""
    text, plain = layout.text.text, layout.text.plain
    for block in layout.blocks:
        if block.zone != "header":
            break
        m = _issuer_pattern().match(plain, block.start, block.end)
        if m and plain.startswith(_CONGRESS, m.start()):
            end = _extend_name(text, m.end())
            if _TERM_AFTER.match(plain, end):
                return _placed(text, plain, (m.start(), end))
    return None


def _placed(text: str, plain: str, found: tuple[int, int]) -> tuple[int, int]:
    """A committee named without its place ("Hội nghị Huyện ủy lần thứ tư") where the report names
    it with one elsewhere ("lãnh đạo Huyện ủy A Lưới"): that mention, which says whose it is; not
    a post's ("Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi" names a person)."""
    start, end = found
    name = text[start:end]
    if not name[-1:].islower():
        return found  # "Thành ủy Hải Phòng", "UBND TP.HCM": the place is there
    at = text.find(name + " ")
    while at >= 0:
        longer = _extend_name(text, at + len(name))
        place = text[at + len(name):longer].split()
        if place and place[0] not in surnames() and \
                not plain[max(0, at - _TITLE_REACH):at].rstrip().endswith(person_titles()):
            return at, longer
        at = text.find(name + " ", at + 1)
    return found


_TITLE_REACH = 30
_GIVEN_BY = lazy(r"\bdo\s+\Z")
_GIVES = lazy(r"\s+(?:giao|ban hanh|phe duyet|de ra|thong qua)\b")
_LISTED_ON = lazy(r"\s*(?:,|\bva\b)\s*")
# "Chủ tịch UBND tỉnh Lê Trí Thanh chủ trì cuộc họp": the body the chair heads
_NAME_THEN_CHAIRS = lazy_regex(r"(?:[ ]+\p{Lu}\p{Ll}*){2,4}[ ]*,?[ ]+(?:đã[ ]+)?(?:chủ trì|chủ tọa|chủ toạ)\b")
# a person's name of two to four words after a post's body, before the verb: "... tỉnh Lê Văn An yêu cầu"
_PERSON_AFTER = lazy_regex(r"[ ]+(\p{Lu}\p{Ll}*)(?:[ ]+\p{Lu}\p{Ll}*){1,3}(?=[ ]*,?[ ]+\p{Ll})")


def _past_name(text: str, pos: int) -> int:
    """Where a person's name opening on a family name right after ``pos`` ends; ``pos`` if none."""
    m = _PERSON_AFTER.match(text, pos)
    return m.end() if m and m.group(1) in surnames() else pos


_CITED_REACH = 60  # "thực hiện thắng lợi Nghị quyết ..." before a cited congress
# a body the verb before it asks or elects: "đề nghị Ủy ban MTTQ tỉnh", "bầu Ban Thường vụ Tỉnh ủy"
_ACTED_ON = lazy(unmarked(rf"(?<!\w)(?:{alternation((*bodies().asking_verbs, *bodies().electing_verbs))})\s+\Z"))


def _first_sentence_end(text: str, block: Block) -> int:
    """Where the block's first sentence ends, by the one splitter (phrases.text.sentences)."""
    return next(sentences(text, block.start, block.end), (block.start, block.end))[1]


_ASKS_AFTER = lazy(unmarked(rf"\s*(?:(?:đã|cũng)\s+)?(?:{alternation(bodies().asking_verbs)})\b"))
_GUEST_REACH = 50
# a sentence that lists who attended: "Dự hội nghị có ..., các đồng chí trong BTV huyện ủy"
# ("dự án", "dữ liệu", "dù" open no such sentence)
_ATTENDING = lazy(r"(?:(?<![^\n])|[.!?]\s+)(?:(?:tham|toi|den|cung|ve)\s+)?du\s+(?:hoi nghi|ky hop|dai hoi|buoi|le|co)\b"
                  r"[^.!?]*\Z")
# the rest of a guest's posts, then the verb of attending and the meeting attended, in one sentence:
# "..., Tổ trưởng Tổ công tác số 12, dự và chỉ đạo Đại hội ...", "... về dự, chỉ đạo hội nghị"
_ATTENDS_AFTER = lazy(r"[^.!?;\n]*?(?<!\w)(?:(?:tham|toi|den|ve)\s+)?du(?:\s*(?:,|va)\s+(?:phat bieu\s+)?chi dao)?\s+"
                      r"(?:hoi nghi|ky hop|dai hoi|buoi|le)\b")
_GUEST = lazy(unmarked(r"(?<!\w)(?:lãnh đạo|đại diện)(?:\s+[^\s.,;:]+){0,5}\s+\Z|(?<!\w)được\s+\Z"))
# "Nghị quyết số 03-NQ/HU của Huyện ủy", "cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh", "hoàn thành
# mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh": a cited
# document's issuer (not "Nghị quyết Đại hội ... đã được thông qua", which the congress adopts)
_CARRYING_OUT = "thực hiện|triển khai|cụ thể hóa|quán triệt|học tập"  # what a text does with a document it cites
# the press names a document by its type's code too: "thực hiện NQ Đại hội Đảng bộ huyện"
# longest first, then alphabetical: a set's order changes from run to run, and a pattern that
# changes is compiled anew by every start-up (patterncache keeps the patterns by their text)
_TYPE_CODES = "|".join(sorted({c.lower() for t in document_types().types if t.kind != "unknown" for c in t.codes},
                              key=lambda code: (-len(code), code)))
_OF_CITED = lazy(unmarked(rf"(?:(?:\d+[-/]\S*|(?:{document_titles()})(?:\s+số)?(?:\s*\d+)?)\s+(?:ngày\s+\S+\s+)?của"
                          rf"|(?<!\w)(?:{_CARRYING_OUT}|theo|mục tiêu)"
                          rf"(?:\s+(?:thắng lợi|có hiệu quả|tốt))?\s+(?:các\s+)?"
                          rf"(?:{document_titles()}|{_TYPE_CODES})"
                          # "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy": whose direction is carried out
                          rf"|(?<!\w)(?:{_CARRYING_OUT}|theo)\s+(?:ý kiến\s+)?(?:chỉ đạo|kết luận)\s+của"
                          # "góp ý vào các dự thảo văn kiện Đại hội Đảng bộ tỉnh": whose draft is commented on
                          rf"|(?<!\w)dự thảo(?:\s+(?:các\s+)?văn kiện)?)\s+\Z"))
# "... THỰC HIỆN NGHỊ QUYẾT CỦA HĐND TỈNH": the body of a document the title carries out
_CARRIED_OUT_OF = lazy(unmarked(rf"(?<!\w)(?:{_CARRYING_OUT}|sơ kết|tổng kết)\s+"
                                rf"(?:các\s+)?(?:{document_titles()})\b[^.;]{{0,40}}?\s+của\s+\Z"))
_MEMBER = "uy vien"  # a post of membership among person_titles


@lru_cache(maxsize=1)
def person_titles() -> tuple[str, ...]:
    """The posts a person holds in a body ("bí thư", "chủ tịch"), as ``Text.plain`` writes them."""
    return tuple(unmarked(t) for t in signature().titles)


def _extend_name(text: str, end: int) -> int:
    """Take a place name written after the body ("Thành ủy Hải Phòng")."""
    # "UBND TX Bình Sơn", "Huyện ủy H. Tân Lợi": a unit word the press abbreviates, and its place
    abbreviated = _abbreviated_place().match(text, text.rfind(" ", 0, end)) or _abbreviated_place().match(text, end)
    if abbreviated and abbreviated.start() <= end:
        return abbreviated.end()
    if text[end - 2:end] == "TP":
        m = _CITY_AFTER_TP.match(text, end) or _CAPS_PLACE_AFTER.match(text, end)  # "TP Đà Nẵng", "TP ĐÀ NẴNG"
        return m.end() if m else end
    if text[end - 1].isupper():
        # a place written in capitals ("TPHCM") is whole: what follows is no part of it; after a
        # unit word in capitals ("ĐẠI HỘI ĐOÀN TNCS.HCM XÃ VINH THANH LẦN THỨ XIII") the place follows
        if _UNIT_WORD_END.search(unmarked(text[max(0, end - 12):end].lower())):
            m = _CAPS_PLACE_AFTER.match(text, end)
            return m.end() if m else end
        return end
    if text[max(0, end - 7):end].lower().endswith(_PARTY_COMMITTEES):
        # "Đảng ủy phường Tân Mỹ", "Đảng ủy các cơ quan Đảng phường": the committee's unit and place
        unit = _UNIT_AND_PLACE.match(text, end)
        if unit:
            return _joined_place(text, unit.end()) if unit.end() > end else end
        bloc = _BLOC.match(text, end)  # "Đảng ủy khối doanh nghiệp tổ chức ...": a bloc's, named without a place
        if bloc:
            return bloc.end()
        central = _central_organisation().match(text, end)
        if central:
            return central.end()  # "Đảng bộ Trung ương Hội Liên hiệp Phụ nữ Việt Nam": a central organisation's
    named = _NAME_AFTER.match(text, end)
    m = named or (_ACRONYM_AFTER.match(text, end) if text[end - 1].islower() else None)
    if m and not _BODY_AFTER.match(text[end:m.end() + 1]):
        if not named:
            return m.end()
        place_end = end_of_place(text, end, m.end())
        return _joined_place(text, place_end) if place_end == m.end() else place_end
    return end


def end_of_place(text: str, start: int, end_of_capitals: int) -> int:
    """Where a place written in capitals from ``start`` ends, before a person's name that runs on
    from it ("Tỉnh ủy Quảng Ninh Lê Văn Bình", "UBND huyện Đông Sơn Trần Văn Bình"): at the end of
    the longest province's name it opens on, else where the last family name opens a person's name
    of three or four words (of "Lạc Dương Nguyễn Văn An", at "Nguyễn"); else at ``end_of_capitals``."""
    run = _CAPITALS_RUN.match(text, start)
    if run is None:
        return start
    words = list(_WORD.finditer(text, run.start(), run.end()))
    for k in range(len(words) - 1, 0, -1):
        if is_province(" ".join(w.group() for w in words[:k])):
            return words[k - 1].end()
    for i in range(len(words) - _PERSON_WORDS, 0, -1):
        rest = " ".join(w.group() for w in words[i:])
        if len(words) - i <= _PERSON_WORDS + 1 and person_like(rest):
            return words[i - 1].end()
    return min(run.end(), end_of_capitals)


_WORD = lazy_regex(r"\S+")
# up to eight capitalised words: a place, and a person's name that may follow it
_CAPITALS_RUN = lazy_regex(rf"(?:[ ]+{_NOT_A_PLACE}{_PLACE_WORD}\b){{1,8}}")


def _joined_place(text: str, end: int) -> int:
    """The end of a place name that a dash joins to a second name ("tỉnh Bà Rịa - Vũng Tàu"),
    else ``end``; not a headline's "Huyện ủy X - Hội nghị ..."."""
    joined = joined_place_end(text, end)
    return joined if joined and not _BODY_AFTER.match(" " + text[end:joined].lstrip(" -–")) else end


_PARTY_COMMITTEES = ("đảng ủy", "đảng uỷ", "đảng bộ")
_CENTRAL = "trung ương"


@lru_cache(maxsize=1)
def _central_organisation() -> regex.Pattern[str]:
    """A central organisation named alone after a party committee word (lexicon
    ``bodies.issuer_names.alone``: "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Đoàn")."""
    names = [n for n in bodies().issuer_names.alone if n.startswith(_CENTRAL)]
    return regex.compile(rf"[ ]+(?i:{alternation(names, spaces='[ ]+')})(?!\w)")


# the bloc a committee stands for, written in lower case: "khối cơ quan", "khối doanh nghiệp"
_BLOC = lazy_regex(rf"[ ]+{_BLOC_NAME}(?!\w)")
# the people's council and committee as a header or a report writes them: "UBND", "Ủy ban nhân dân"
_PEOPLE_BODIES = alternation(w.upper() if " " not in w else w.capitalize() for w in people_bodies())
# "Đảng ủy UBND tỉnh": the committee of a state body, named by it and its unit
# "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "Đảng ủy Khối Dân chính Đảng tỉnh": a bloc's
# committee, named up to its unit word
_UNIT_AND_PLACE = lazy_regex(r"(?:[ ]+(?:[Kk]hối[ ]+)?(?:các[ ]+)?(?:[Cc]ơ quan|[Dd]oanh nghiệp)"
                             r"(?:[ ]+(?:và|&)[ ]+(?:[Cc]ơ quan|[Dd]oanh nghiệp))?(?:[ ]+Đảng)?"
                             rf"|[ ]+{_PEOPLE_BODIES}"
                             r"|[ ]+[Kk]hối[ ]+\p{Lu}\p{L}*(?:[ ]+\p{L}+){0,5}?)?"
                             rf"[ ]+{localities()}(?:[ ]+(?![Tt]ổ chức){_PLACE_WORD}){{0,4}}")  # "phường Tổ chức Hội nghị": a verb
