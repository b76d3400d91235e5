"""Names of bodies in running text: where a list of bodies starts, where each name ends.

A body opens with a known head word (lexicon ``bodies.assignee_heads``) and runs on through
modifiers and capitalised words; bodies are separated by commas, "và" and "cùng". So "các
quận ủy, huyện ủy, đảng ủy trực thuộc tổ chức thực hiện" gives three bodies, and the reader
stops before "tổ chức thực hiện". Assignments, references and the shared mentions read names
here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Literal

import regex

from ..lexicon import (
    abbreviations,
    alternation,
    bodies,
    body_kinds,
    document_titles,
    localities,
    people_bodies,
    surnames,
)
from ..records import record
from .lazy import lazy, lazy_regex
from .syllables import is_syllable
from .text import may_open, squash

LOCALITY = localities()
_MORE_LOCALITIES = lazy_regex(r"(?:\s*[,/]\s*" + LOCALITY + r"(?![\p{L}]))+")
SEPARATOR = re.compile(r"\s*(?:,|;|\bvà\b|\bcùng\b|\bvới\b)\s*")
# "Sở KH&CN", "Sở VH-TT&DL": an abbreviation joins its capitals with "&"
_CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}]*)?(?:&\p{Lu}[\p{L}]*)*\b")
_LOCALITY_WORD = regex.compile(LOCALITY + r"(?![\p{L}])")
ENDS_IN_LOCALITY = lazy(LOCALITY + r"$")
LOCALITY_SPAN = max(map(len, bodies().localities)) + 1
"""The most characters ``ENDS_IN_LOCALITY`` takes (a line end after the word included): it
opens on a word of its own, so it is searched for in the last ones before an end alone."""
_LAST_LOCALITY = re.compile(rf"\s({LOCALITY})$")
_BARE_COUNCIL = lazy(r"(?i)" + alternation(people_bodies()))
# what may follow a generic head in place of a proper name: "ban chuyên môn", "phòng chuyên trách"
_QUALIFIER = re.compile(r"\s+(?:chuyên môn|chuyên trách|tham mưu|trực thuộc|cơ sở)\b")
_NOT_TASK = lazy(r"(?:đã|được|là|vẫn|đều|cũng đã|bị|chưa|còn|của|,)\b")
# compiled once and matched in place (pos, endpos): read_bodies runs on every sentence
_GAP = re.compile(r"\s+|\s*(?=\()")
# "tỉnh Bà Rịa - Vũng Tàu": a place of two names joined by a dash; the second has two words at
# least, so a headline's "Huyện ủy X - Hội nghị ..." does not join
_JOINED_PLACE = lazy_regex(r"[ ]*[-–][ ]*(?P<name>\p{Lu}\p{Ll}*(?:[ ]+\p{Lu}\p{Ll}*){1,3})\b")
_PERSON_WORDS = 3  # "Nguyễn Văn A": a family name and two words at least
# a unit told by its number: "Ban Quản lý dự án đầu tư xây dựng số 1", "Trường THCS số 2"
_NUMBERED = re.compile(r"\s+số\s+\d{1,3}(?![\d/.,-])")
_ABBREVIATION = regex.compile(r"\s*\((?P<abbr>\p{Lu}[\p{Lu}\d&-]{1,10})\)")
_RUN_JOINED = re.compile(r"\s+và\s")
_NAME_RUN = lazy_regex(r"(?:\p{Ll}+\s+){1,2}(?=\p{Lu}|" + LOCALITY + r"\b)")
_PLURAL_LOCALITY_END = re.compile(r"các " + LOCALITY + r"$")
# "các huyện Tràng Định": a plural locality named, whose further names may follow
_PLURAL_NAMED = re.compile(r"các " + LOCALITY + r" \S")
# "các thôn", "các tổ dân phố", "các bản": the units under a body (lexicon ``bodies.counted_units``
# and ``bodies.villages_below``)
_UNITS_BELOW = lazy(rf"[ ]+các[ ]+(?:{alternation((*bodies().counted_units, *bodies().villages_below))})(?!\w)")
_NEXT_NAME = regex.compile(r"[ \t]*(?:,|\bvà\b)[ \t]*(?=\p{Lu})")


@cache
def _committee_unit_words() -> list[str]:
    return sorted({w[:-len(" ủy")] for w in body_kinds().own_unit if w.endswith(" ủy")})


@cache
def _committee_units() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The unit words of the party committees of lexicon ``body_kinds`` 'own_unit' ("huyện" of
    "huyện ủy"): a name ending in one, the run of others after it that shares one "ủy", and the
    whole run opening a list."""
    units = alternation(_committee_unit_words())
    more = rf"(?:\s*,\s*(?:{units}))+\s+ủy(?!\w)"
    return (re.compile(rf"(?<!\w)(?P<plural>các\s+)?(?:{units})$"), re.compile(more),
            re.compile(rf"(?P<plural>các\s+)?(?:{units}){more}"))


def _shared_committees(folded: str, pos: int, limit: int) -> re.Match[str] | None:
    """"các huyện, thị, thành ủy" opening a list ("giao chỉ tiêu các huyện, thị, thành ủy ..."):
    one collective body, as ``_shared_committee_end`` reads it after a head."""
    m = _committee_units()[2].match(folded, pos, limit)
    return m if m and (m.group("plural") or m.group(0).count(",") >= 2) else None


def _shared_committee_end(folded: str, start: int, end: int, limit: int) -> int | None:
    """Where "các huyện, thị, thành ủy" ends: the committees of several units named by their unit
    words, "ủy" said once after the last (huyện ủy, thị ủy, thành ủy), one collective body. Without
    "các" three units at least ("huyện, thị, thành ủy"): "tỉnh, huyện ủy" may be two bodies."""
    last_unit, more, _ = _committee_units()
    # the run after the name first: anchored, it fails at its first character after most names
    m = more.match(folded, end, limit)
    unit = last_unit.search(folded, start, end) if m is not None else None
    if m is None or unit is None or not (unit.group("plural") or m.group(0).count(",") >= 2):
        return None
    return m.end()


def _more_place_names(text: str, folded: str, end: int, limit: int) -> int | None:
    """Where the place names a plural locality lists after its first one end ("các xã Chi Lăng,
    Sơn Hà, Bắc Lãng"); None when no name follows, or the next name opens a body of its own."""
    last = None
    while (sep := _NEXT_NAME.match(text, end, limit)) is not None and head_pattern().match(folded, sep.end(), limit) is None:
        pos, word_end = sep.end(), None
        while (cap := _CAP_WORD.match(text, pos, limit)) is not None:
            word_end = cap.end()
            if text[word_end:word_end + 1] != " " or not text[word_end + 1:word_end + 2].isupper():
                break
            pos = word_end + 1
        if word_end is None:
            break
        end = last = word_end
    return last


# "Ủy ban nhân dân xã, phường": the communes of every kind, written without "các"
_COMMUNE = alternation(w for w, level in bodies().localities.items() if level == "commune")
_COMMUNE_END = lazy(r"\s(?:" + _COMMUNE + r")$")
_MORE_COMMUNES = lazy_regex(r"(?:\s*[,/]\s*(?:" + _COMMUNE + r")(?![\p{L}]))+")
# "Chủ tịch Ủy ban nhân dân tỉnh, thành phố" (a central text's execution clause): the provinces and
# centrally run cities, written without "các"
_PROVINCE = alternation(w for w, level in bodies().localities.items() if level == "province")
_PROVINCE_END = lazy(r"\s(?:" + _PROVINCE + r")$")
_MORE_PROVINCES = lazy_regex(r"(?:\s*[,/]\s*(?:" + _PROVINCE + r")(?![\p{L}]))+")
_NAMED_AFTER = regex.compile(r"\s+\p{Lu}")


# The word lists below are long alternations of plain words: the standard library's engine
# compiles them several times faster than the regex module, and they need nothing more.
_NOT_LETTER = r"(?![^\W\d_])"


def _words(phrase: str) -> str:
    """A phrase as a pattern whose words may stand on either side of a line break; a dash
    between words may be written without its spaces ("chính trị-xã hội")."""
    return r"\s+".join(_DASH if w in _DASHES else re.escape(w) for w in phrase.split()).replace(rf"\s+{_DASH}\s+", _DASH)


_DASHES = ("-", "–")
_DASH = r"\s*[-–]\s*"


def _key(folded: str) -> str:
    return " ".join(folded.split())


@lru_cache(maxsize=1)
def _head_openings() -> frozenset[str]:
    """The first two letters of the heads of bodies, and of what ``_shared_committees`` opens
    with ("các", the committees' unit words): every head is two letters at least, written as
    they are, so a list of bodies can open only where one of these stands. Most places asked
    open no body ("tiếp tục", "nâng cao"), told without the long pattern."""
    units = _committee_unit_words()
    return frozenset(w[:2] for w in (*bodies().assignee_heads.heads, "các", *units))


@lru_cache(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    return _alternation(bodies().assignee_heads.heads)


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    # an office names a body only with what it heads: "Chủ tịch Ủy ban nhân dân", "Lãnh đạo Sở"
    heads = bodies().assignee_heads
    return frozenset(heads.generic_heads) | frozenset(heads.titles)


@lru_cache(maxsize=1)
def _sector_pattern() -> re.Pattern[str]:
    return _alternation(bodies().assignee_heads.sectors, lead=r"\s+")


@lru_cache(maxsize=1)
def _modifier_pattern() -> re.Pattern[str]:
    mods = [m for m in bodies().assignee_heads.modifiers if m != "và"]
    # a head that needs a name after it ("báo", "giám đốc") would run a body on into its task
    named = _generic_heads() | _head_words("titles")
    heads = [h for h in bodies().assignee_heads.heads if not h.startswith("các ") and h not in named]
    return _alternation([*set(mods) | set(heads)], lead=r"\s+")


@record
class BodyList:
    bodies: tuple[tuple[int, int], ...]
    extra: tuple[str, ...]  # bodies written by sharing a head: "HĐND quận và phường" -> "HĐND phường"
    end: int


def read_bodies(text: str, folded: str, pos: int, limit: int) -> BodyList | None:
    """Read a list of bodies at ``pos``; None when no body name starts there."""
    if folded[pos:pos + 2] not in _head_openings():
        return None  # the common case, told without the long pattern: no head opens there
    bodies: list[tuple[int, int]] = []
    extra: list[str] = []
    while pos < limit:
        # "các cấp, các ngành, cử tri, đoàn viên cùng ...": people asked with the bodies of the list
        # (after "và" they are the ones the list's task is shared with: "... và toàn thể Nhân dân thực hiện")
        people = bodies and _after_comma(folded, pos) and _people_pattern().match(folded, pos, limit)
        head = None if people else head_pattern().match(folded, pos, limit) or _shared_committees(folded, pos, limit)
        # inside a list, a bare noun that heads no body alone ("các đơn vị, tổ chức, cá nhân")
        listed = head is None and not people and bodies and _bare_pattern().match(folded, pos, limit)
        head = head or listed or people or None
        if not head:
            break
        start, end = pos, head.end()
        last_cap = False
        office = None if listed or people else _office_of(text, folded, start, end, limit)
        if office:
            end = office  # "Giám đốc các Sở", "Chủ tịch Ủy ban nhân dân các xã": the body holds the office
        elif listed and not _listed_noun(folded, bodies, start, end, limit):
            break
        elif (post := _addressed_post(text, folded, start, end, limit)) is not None:
            end = post  # "các đồng chí Bí thư chi bộ": the post after the address is the name
        elif _key(folded[start:end]) in _generic_heads():
            sector = _sector_pattern().match(folded, end, limit)
            if sector:
                end = sector.end()  # "Sở Nông nghiệp và Môi trường": the name holds a "và"
            elif not (may_open(text[end + 1:min(end + 2, limit)], str.isupper) and _CAP_WORD.match(text, end + 1, limit)) \
                    and not _QUALIFIER.match(folded, end, limit) \
                    and not _qualified_run(folded, end, limit) \
                    and not _listed_noun(folded, bodies, start, end, limit) \
                    and not _plural_acting(folded, start, end, limit):
                break  # "hội nghị", "phòng, chống": a generic head needs a name or a qualifier after it
        while end < limit:
            shared = _shared_committee_end(folded, start, end, limit)
            if shared is not None:
                end, last_cap = shared, False
                continue
            mod = _modifier_pattern().match(folded, end, limit)
            if mod:
                end, last_cap = mod.end(), False
                continue
            units = _UNITS_BELOW.match(folded, end, limit) if office else None
            if units:
                end, last_cap = units.end(), False  # "Trưởng ban công tác Mặt trận các thôn": the board of each
                continue
            if _PLURAL_LOCALITY_END.search(folded, start, end):
                more = _MORE_LOCALITIES.match(folded, end, limit)
                if more:
                    end = more.end()  # "các xã, phường": one collective body
                    continue
            elif _COMMUNE_END.search(folded, start, end):
                more = _MORE_COMMUNES.match(folded, end, limit)
                if more:
                    end = more.end()
                    continue
            elif _PROVINCE_END.search(folded, start, end):
                more = _MORE_PROVINCES.match(folded, end, limit)
                # not "tỉnh, thành phố Cần Thơ": a name after the last unit word makes it one place
                if more and not _NAMED_AFTER.match(text, more.end(), limit):
                    end = more.end()
                    continue
            numbered = _NUMBERED.match(folded, end, limit)
            if numbered:
                end, last_cap = numbered.end(), False
                continue
            dotted = _unit_dot().match(text, end, limit) if last_cap and text[end:end + 1] == "." else None
            place = _CAP_WORD.match(text, dotted.end(), limit) if dotted else None
            if place:
                end = place.end()  # "UBND TP.Huế", "Đảng bộ P.Tân An": the abbreviated unit and its place
                continue
            space = _GAP.match(text, end, limit)
            gap = space.end() - end if space else 0
            after = end + gap
            inner = _named_by_sector(folded, after, limit) if gap else None
            if inner:
                end, last_cap = inner, False  # "Thanh tra Sở Xây dựng": the Sở's name holds lower case
                continue
            # each pattern tried only where the character it opens on stands: a capital after the
            # gap, a "(" (the gap ends before the first one the blanks lead to)
            cap = _CAP_WORD.match(text, after, limit) if gap and may_open(text[after:min(after + 1, limit)], str.isupper) \
                else None
            if cap:
                end, last_cap = cap.end(), True
                continue
            dashed = joined_place_end(text, end, limit) if last_cap else None
            if dashed:
                end = dashed  # "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
                continue
            paren = _ABBREVIATION.match(text, end, limit) if text[after:min(after + 1, limit)] == "(" else None
            if paren:
                end = paren.end()
                continue
            if last_cap and gap:
                # "Hội Cựu chiến binh quận", "Đoàn Thanh niên Cộng sản": a name runs on in lower case
                run = _NAME_RUN.match(text, after, limit)
                # ... but not into the task: "Ủy ban nhân dân tỉnh Lâm Đồng ban hành Kế hoạch"
                if run and not _NOT_TASK.match(folded, after) and not SEPARATOR.match(folded, after - 1) \
                        and not opener_pattern().match(folded, after):
                    joined = _RUN_JOINED.search(folded, after, run.end())
                    if joined and head_pattern().match(folded, run.end(), limit):
                        # "Hội đồng Bộ trưởng và Chủ tịch ...": the "và" joins the next body
                        end = joined.start()
                        break
                    end = run.end() - 1
                    last_cap = False
                    continue
            if last_cap and _PLURAL_NAMED.search(folded, start, end):
                listed_names = _more_place_names(text, folded, end, limit)
                if listed_names is not None:
                    end = listed_names  # "UBND các huyện Tràng Định, Hữu Lũng, Đình Lập": one body
                    continue
            joined_name = _joined_name(text, folded, end, limit)
            if joined_name is not None:
                end = joined_name  # "Ban Tuyên giáo và Dân vận Tỉnh ủy": one body, its name holds a "và"
                continue
            break
        if _ends_in_purpose_head(folded, start, end):
            end = _purpose_end(text, folded, end, limit) or end  # "Ban Chỉ đạo công tác Dân số tỉnh Hà Giang"
        end = _served_end(text, folded, start, end, limit) or end  # "các cơ quan tham mưu, giúp việc Đảng ủy"
        if is_bare(folded, start, end, plural=True) and not _closed(folded, start, end):
            # "Các doanh nghiệp công nghệ số chủ động ...", "cơ quan xây dựng báo cáo tiếp thu ..."
            alone = not bodies and _key(folded[start:end]) in _head_words("described_nouns") \
                and not SEPARATOR.match(folded, end, limit)  # "Cơ quan, đơn vị được giao ...": a list
            described = _described(text, folded, end, limit, verb_first=alone)
            if described is None and alone:
                break  # "Cơ quan ban hành: ...": one agency, never said which, names no body
            end = described or end
        end = _joint_office_end(text, folded, start, end, limit)
        bodies.append((start, end))
        sep = SEPARATOR.match(folded, end, limit)
        if not sep:
            pos = end
            break
        nxt = sep.end()
        loc = _LOCALITY_WORD.match(folded[nxt:limit])
        if loc and ENDS_IN_LOCALITY.search(folded[start:end]) and sep.group(0).strip() == "và":
            # shared head: "Ủy ban nhân dân quận và phường"
            head_text = ENDS_IN_LOCALITY.sub("", text[start:end]).strip()
            extra.append(f"{head_text} {text[nxt:nxt + loc.end()]}")
            pos = nxt + loc.end()
            sep2 = SEPARATOR.match(folded, pos, limit)
            if sep2 and head_pattern().match(folded, sep2.end(), limit):
                pos = sep2.end()
                continue
            break
        if not head_pattern().match(folded, nxt, limit) and not _bare_pattern().match(folded, nxt, limit) \
                and not (_after_comma(folded, nxt) and _people_pattern().match(folded, nxt, limit)):
            pos = end
            break
        pos = nxt
    if not bodies:
        return None
    return BodyList(tuple(_shared_qualifier(folded, bodies)), tuple(extra), pos)


_AND_CAPITAL = regex.compile(r"[ ]+và(?=[ ]+\p{Lu})")
_DOCUMENT_TITLE = lazy(rf"(?:{document_titles()})(?!\w)")


def _joined_name(text: str, folded: str, end: int, limit: int) -> int | None:
    """Where the "và" in a body's name ends when the words after it name no body of their
    own nor a document ("Ban Tuyên giáo và Dân vận Tỉnh ủy": no head word opens "Dân vận"; "UBND tỉnh
    và Ủy ban MTTQ tỉnh" are two; "Ban Thường vụ Tỉnh ủy và Kế hoạch số 12" names a document)."""
    joined = _AND_CAPITAL.match(text, end, limit)
    if joined is None:
        return None
    after = joined.end() + 1
    if head_pattern().match(folded, after, limit) or _bare_pattern(villages=False).match(folded, after, limit) \
            or _people_pattern().match(folded, after, limit) or _LOCALITY_WORD.match(folded, after, limit) \
            or _DOCUMENT_TITLE.match(folded, after, limit):
        return None
    word = _CAP_WORD.match(text, after, limit)
    return None if word is None or word.group() in surnames() else joined.end()  # "... và Nguyễn Văn A": a person


@cache
def _unit_dot() -> regex.Pattern[str]:
    """The dot after a unit word the press abbreviates ("TP", "P", "X" of lexicon ``abbreviations.dotted``
    that are unit words of ``bodies.localities`` or ``bodies.abbreviated_localities``), before its place's name."""
    units = {w.rstrip(".") for w in (*bodies().localities, *bodies().abbreviated_localities)}
    words = [w for w in abbreviations().dotted if w.lower() in units]
    return regex.compile(rf"(?<=(?<!\p{{L}})(?i:{alternation(words)}))\.[ ]?(?=\p{{Lu}})")


@lru_cache(maxsize=1)
def _purpose_heads() -> tuple[str, ...]:
    return bodies().assignee_heads.purpose_heads


def _ends_in_purpose_head(folded: str, start: int, end: int) -> bool:
    """The name read so far ends in a committee's head ("các thành viên Ban chỉ đạo")."""
    if not folded.endswith(_purpose_heads(), start, end):
        return False  # the common case, told in one call
    for head in _purpose_heads():
        at = end - len(head)
        if at >= start and folded.startswith(head, at) and (at == start or folded[at - 1].isspace()):
            return True
    return False


# a word of a committee's purpose, a dash, or the comma of "phòng, chống"
_PURPOSE_WORD = regex.compile(r"\s+([\p{L}\d][\p{L}\d./-]*|[-–])|(,)(?=\s)")
_PURPOSE_WORDS = 20
_PURPOSE_ENDS = re.compile(r"\s*(?:[,;.:)]|$)")


def _purpose_end(text: str, folded: str, end: int, limit: int) -> int | None:
    """The end of a committee's purpose after its head at ``end``: the lower-case words of what
    it is for, up to a proper name, a number or a place ("... Covid-19 các cấp", "... tỉnh Hà
    Giang") that a separator, a verb or a function word follows; None where no such end comes
    before a function word or the sentence's end (the words are then its task)."""
    if _LOCALITY_WORD.match(folded, _skip_spaces(folded, end), limit):
        return None  # "Ban Chỉ đạo tỉnh": a place, read as the name's modifier
    pos, anchored = end, False
    for _ in range(_PURPOSE_WORDS):
        if anchored and pos > end and _purpose_closes(folded, pos, limit):
            return pos
        word = _PURPOSE_WORD.match(text, pos, limit)
        if word is None:
            return None
        pos, token = word.end(), word.group(1) or ""
        start = word.start(1) if word.group(1) else pos
        if token and (_function_word_pattern().fullmatch(folded, start, pos)
                      or (token[:1].isupper() and head_pattern().match(folded, start, limit))):
            return None  # "phối hợp với ...", "yêu cầu UBND tỉnh ...": a clause, not a name
        anchored = token[:1].isupper() or token[:1].isdigit() or folded[start:pos] == "cấp" \
            or _LOCALITY_WORD.fullmatch(folded, start, pos) is not None
    return None


def _purpose_closes(folded: str, pos: int, limit: int) -> bool:
    """What follows ``pos`` ends a name: the sentence's end, a separator, a verb or a function word;
    not a comma before another level ("... các sở, ban, ngành, huyện, thị xã")."""
    sep = SEPARATOR.match(folded, pos, limit)
    if sep and _LOCALITY_WORD.match(folded, sep.end(), limit):
        return False
    if _PURPOSE_ENDS.match(folded, pos, limit) or sep:
        return True
    return opener_pattern().match(folded, _skip_spaces(folded, pos), limit) is not None


# what a list of bare nouns may share at its end: "các phòng, ban chuyên môn"
_SHARED = re.compile(r"\s+(?:chuyên môn|chuyên trách|(?:trực\s+)?thuộc(?:\s+" + LOCALITY + r")?|có liên quan|liên quan|"
                     + "|".join(bodies().assignee_heads.qualifying_verbs) + r")$")
# "\s" of the regex module (Unicode's White_Space): that of re but the four separator controls;
# in re, tried at every name of a list, it costs half as much a call
_PLURAL = re.compile(r"các[^\S\x1c-\x1f]")
# what goes on a bare noun inside a list: the next body, or the qualifier the list shares
_LIST_GOES_ON = lazy(r"\s*(?:,|\bvà\b)\s*|\s+(?:chuyên môn|chuyên trách|trực thuộc|thuộc|có liên quan|liên quan)\b")


def _listed_noun(folded: str, bodies: list[tuple[int, int]], start: int, end: int, limit: int) -> bool:
    """'các sở, ban, ngành', 'các phòng, ban, đơn vị trực thuộc': a bare noun ("ban") after a
    plural body of the same list is a body, where the list or its shared qualifier goes on."""
    # the list opens plural ("các sở, ban"), or with a bare noun an office heads ("Thủ trưởng cơ quan, ban")
    if not bodies or not is_bare(folded, start, end) \
            or not (any(_PLURAL.match(folded, s) for s, _ in bodies) or is_bare(folded, *bodies[-1])):
        return False
    on = _LIST_GOES_ON.match(folded, end, limit)
    if on is None:
        # the list's last noun, then its verb: "các cơ quan, đơn vị, doanh nghiệp thực hiện ...";
        # not "các sở, tổ chức thực hiện", where the noun is the task's own verb
        return end >= limit or folded[end:end + 1] in ";:." \
            or (opener_pattern().match(folded, _skip_spaces(folded, end), limit) is not None
                and task_verb_pattern().match(folded, start, limit) is None)
    if on.group(0).strip() == ",":
        nxt = on.end()
        return head_pattern().match(folded, nxt, limit) is not None or _bare_pattern().match(folded, nxt, limit) is not None
    return True  # "và" closes the list, whatever it joins ("..., doanh nghiệp và toàn thể Nhân dân")


_COMMA = re.compile(r"\s*,\s*")


def _qualified_run(folded: str, end: int, limit: int) -> bool:
    """More bare nouns after the one ending at ``end``, the last closed by the qualifier they share
    (", ban chuyên môn" after "phòng"): the first is a body, though no name nor "các" goes with it."""
    pos = end
    while (comma := _COMMA.match(folded, pos, limit)) is not None:
        noun = _bare_pattern().match(folded, comma.end(), limit)
        if noun is None:
            return False
        pos = noun.end()
        if _QUALIFIER.match(folded, pos, limit):
            return True
    return False


def _closed(folded: str, start: int, end: int) -> bool:
    """A common noun closed by its qualifier ("các đơn vị liên quan"): the words after it are its task."""
    return folded.endswith("liên quan", start, end)


def _plural_acting(folded: str, start: int, end: int, limit: int) -> bool:
    """'các thành viên tiếp tục ...': a plural head, its verb right after it, names the members
    or units the text has just spoken of ("Đồng chí yêu cầu các thành viên tiếp tục ...")."""
    return _PLURAL.match(folded, start) is not None and folded[end:end + 1] == " " \
        and task_verb_pattern().match(folded, end + 1, limit) is not None


def _shared_qualifier(folded: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'các cơ quan, đơn vị, địa phương', 'các phòng, ban chuyên môn': bare nouns after 'các'
    are one collective body, with the qualifier written after the last of them."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(bodies):
        j = i
        # without "các", a run of bare nouns is one body only by the qualifier they share ("phòng, ban chuyên môn")
        plural = _PLURAL.match(folded, bodies[i][0]) is not None
        if plural or is_bare(folded, *bodies[i]):
            while j + 1 < len(bodies) and _list_part(folded, *bodies[j + 1]):
                j += 1
        run = bodies[i:j + 1]
        if j > i and _bare_list(folded, *bodies[i]) \
                and (_SHARED.search(folded, *bodies[j]) or (plural and all(_collective(folded, *b) for b in run))):
            out.append((bodies[i][0], bodies[j][1]))
        else:
            out.extend(bodies[i:j + 1] if j > i else bodies[i:i + 1])
        i = j + 1
    return out


def is_bare(folded: str, start: int, end: int, plural: bool = False) -> bool:
    """A common noun of bodies ("đơn vị", "ban chuyên môn"), no body's own name."""
    if plural:
        many = _PLURAL.match(folded, start)
        start = many.end() if many else start
    return _bare_phrase(folded[start:end])


@lru_cache(maxsize=4096)  # asked of the same few words of every list, sentence after sentence
def _bare_phrase(phrase: str) -> bool:
    words = _SHARED.sub("", phrase).split()
    return 0 < len(words) <= 3 and " ".join(words) in _head_words("bare_nouns")


def _list_part(folded: str, start: int, end: int) -> bool:
    """A bare noun after the first of a list; it may carry the list's locality ("các sở, ban,
    ngành, đoàn thể tỉnh")."""
    return is_bare(folded, start, end) or _bare_phrase(_LAST_LOCALITY.sub("", folded[start:end]))


def _bare_list(folded: str, start: int, end: int) -> bool:
    """A plural bare noun, or a list of them read as one head ("các sở, ban, ngành")."""
    plural = _PLURAL.match(folded, start)
    if is_bare(folded, start, end, plural=True):
        return True
    return plural is not None and all(_bare_phrase(p) for p in folded[plural.end():end].split(","))


_LOWER_WORD = regex.compile(r"[ \t]+(\p{Ll}+)")
_DESCRIBED_WORDS = 4


# the lists of ``bodies`` 'assignee_heads' that a word is looked up in, one at a time
_HeadWords = Literal["described_nouns", "collective_nouns", "bare_nouns", "titles", "inspectorates", "addresses",
                     "owned_heads", "own_offices"]


@cache
def _head_words(name: _HeadWords) -> frozenset[str]:
    """One list of ``bodies`` 'assignee_heads' as a set, built once; the bare and the collective
    nouns hold the villages too ("các cơ quan, đơn vị, thôn, tổ dân phố")."""
    words: tuple[str, ...] = getattr(bodies().assignee_heads, name)
    return frozenset(words) | (_villages() if name in ("bare_nouns", "collective_nouns") else frozenset())


@cache
def _villages() -> frozenset[str]:
    """The units under a commune ("thôn", "xóm", "tổ dân phố", "bản"): lexicon ``bodies`` 'counted_units'
    at commune level and 'villages_below'."""
    units = bodies().counted_units
    return frozenset(w for w in units if units[w] == "commune") | frozenset(bodies().villages_below)


def _described(text: str, folded: str, end: int, limit: int, verb_first: bool = False) -> int | None:
    """The end of the words that say which of a common noun's bodies are meant ("các doanh
    nghiệp | công nghệ số", "các đơn vị | sự nghiệp công lập") when a verb follows them within a
    few words; None otherwise. A verb may stand inside them only after two other words: "các
    doanh nghiệp tổ chức ..." is the task; with ``verb_first`` (a noun that names no body
    alone) from the first word: "cơ quan | xây dựng báo cáo | tiếp thu ..."."""
    pos, found = end, None
    for read in range(_DESCRIBED_WORDS):
        word = _LOWER_WORD.match(text, pos, limit)
        if word is None or _function_word_pattern().match(folded, word.start(1)):
            break
        if read < 2 and not verb_first and task_verb_pattern().match(folded, word.start(1)) \
                and not (read == 0 and _qualifying(folded, word.start(1), limit)):
            break
        pos = word.end()
        nxt = _LOWER_WORD.match(text, pos, limit)
        if nxt is not None and task_verb_pattern().match(folded, nxt.start(1)):
            found = pos
    return found


def described_to_clause_end(text: str, folded: str, found: BodyList, limit: int) -> BodyList | None:
    """The list with its last common noun run on through the lower-case words that say which of
    its bodies are meant, where the list ends with its clause ("giao chỉ tiêu ... cho ... các đơn
    vị | sản xuất kinh doanh | của tỉnh như các biểu ..."): up to a function word, a verb or the
    clause's end; None where the last name is no bare noun or no such end comes within a few words."""
    start, end = found.bodies[-1]
    if end != found.end or not is_bare(folded, start, end, plural=True) or _closed(folded, start, end):
        return None
    pos = end
    for _ in range(_DESCRIBED_WORDS):
        word = _LOWER_WORD.match(text, pos, limit)
        if word is None or opener_pattern().match(folded, word.start(1), limit):
            break
        pos = word.end()
    after = _skip_spaces(folded, pos)
    if pos == end or not (after >= limit or folded[after] in ";:." or opener_pattern().match(folded, after, limit)):
        return None
    return BodyList((*found.bodies[:-1], (start, pos)), found.extra, pos)


_SERVING_GAP = re.compile(r"(,)?\s+")
_SERVED_OF = re.compile(r"\s+(?:của\s+)?")


def _served_end(text: str, folded: str, start: int, end: int, limit: int) -> int | None:
    """The end of the body a common noun's staff serve, named after a serving verb ("các cơ quan
    tham mưu, giúp việc | Đảng ủy"); None when no body follows one. A comma may stand only
    between two verbs of what the noun is for ("tham mưu, giúp việc")."""
    if not is_bare(folded, start, end, plural=True):
        return None
    gap = _SERVING_GAP.match(folded, end, limit)
    if gap is None or (gap.group(1) and not _qualifying_pattern().search(folded, max(start, end - 12), end)):
        return None
    verb = _serving_pattern().match(folded, gap.end(), limit)
    of = _SERVED_OF.match(folded, verb.end(), limit) if verb else None
    if of is None or not head_pattern().match(folded, of.end(), limit):
        return None
    served = read_bodies(text, folded, of.end(), limit)
    return served.bodies[0][1] if served else None


@lru_cache(maxsize=1)
def _serving_pattern() -> re.Pattern[str]:
    return _alternation(bodies().assignee_heads.serving_verbs)


def _qualifying(folded: str, pos: int, limit: int) -> bool:
    """A verb at ``pos`` that says what the noun before it is for, its task's verb right after
    it ("bộ phận tham mưu | theo dõi ..."): part of the noun's name."""
    verb = _qualifying_pattern().match(folded, pos, limit)
    return verb is not None and task_verb_pattern().match(folded, _skip_spaces(folded, verb.end()), limit) is not None


@lru_cache(maxsize=1)
def _qualifying_pattern() -> re.Pattern[str]:
    return _alternation(bodies().assignee_heads.qualifying_verbs)


@lru_cache(maxsize=1)
def _function_word_pattern() -> re.Pattern[str]:
    return _alternation(bodies().task_openers.name_ends)


def _collective(folded: str, start: int, end: int) -> bool:
    """A noun that names units of any kind ("cơ quan", "các đơn vị"), as a list's part."""
    words = _LAST_LOCALITY.sub("", folded[start:end]).split()
    phrase = " ".join(words[1:] if words[:1] == ["các"] else words)
    return all(p.strip() in _head_words("collective_nouns") for p in phrase.split(","))


@cache
def _bare_pattern(villages: bool = True) -> re.Pattern[str]:
    """A bare noun; a village ("thôn", "bản") only with ``villages``: inside a list of bodies, not
    as a capitalised word after the 'và' of a name ("Cục Đo đạc và Bản đồ")."""
    return _alternation(_head_words("bare_nouns") if villages else bodies().assignee_heads.bare_nouns)


def _after_comma(folded: str, pos: int) -> bool:
    return folded[max(0, pos - 3):pos].rstrip().endswith(",")


@lru_cache(maxsize=1)
def _people_pattern() -> re.Pattern[str]:
    return _alternation(bodies().assignee_heads.listed_people)


_OF_BODY = lazy(r"\s+(?:của\s+)?")


def _addressed_post(text: str, folded: str, start: int, end: int, limit: int) -> int | None:
    """The end of "<address> <post>" when the head at ``start`` is an address ("đồng chí"): the
    post after it ("Trưởng thôn", "Bí thư chi bộ") read as the body it names."""
    if _key(folded[start:end]) not in _head_words("addresses"):
        return None
    gap = _GAP.match(text, end, limit)
    if not gap or not head_pattern().match(folded, gap.end(), limit):
        return None
    inner = read_bodies(text, folded, gap.end(), limit)
    return inner.bodies[0][1] if inner else None


def _office_of(text: str, folded: str, start: int, end: int, limit: int) -> int | None:
    """The end of "<office> <body>" when the head at ``start`` is a person's office, or an
    inspectorate of the bodies after it ("Thanh tra các sở, ngành")."""
    key = _key(folded[start:end])
    if key not in _head_words("titles") and key not in _head_words("inspectorates"):
        return None
    gap = _OF_BODY.match(folded, end, limit)
    if not gap or not head_pattern().match(folded, gap.end(), limit):
        listed = SEPARATOR.match(folded, end, limit) if key in _head_words("own_offices") else None
        if listed and listed.end() > end and head_pattern().match(folded, listed.end(), limit):
            return end  # "Chánh Văn phòng, Thủ trưởng các cơ quan ...": the title names its office
        return _board_of(text, folded, key, end, limit)
    inner = read_bodies(text, folded, gap.end(), limit)
    if not inner:
        return None
    first = inner.bodies[0]
    if not folded.startswith("các ", gap.end()) and not is_bare(folded, *first):
        return first[1]  # "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc ...": one office
    # "Thủ trưởng các sở, ban, ngành, đơn vị": the office of each body of the list, up to the next
    # office or the next collective body ("Lãnh đạo các sở, ngành, các Ban Quản lý dự án")
    # ("Thủ trưởng cơ quan, ban, ngành thành phố": without "các", up to the last bare noun)
    # ("Thủ trưởng các cơ quan thuộc UBND tỉnh, UBND các huyện": a list its owner closes, the
    # named body after it is one of its own)
    end, bare = first[1], not folded.startswith("các ", gap.end())
    owned = _OWNED_BY.search(folded, *first) is not None
    for s, e in inner.bodies[1:]:
        if _office_head(folded, s, e) or folded.startswith("các ", s) \
                or ((bare or owned) and not _list_part(folded, s, e)):
            break
        end = e
    return end


_OWNED_BY = re.compile(r"\s(?:trực\s+)?thuộc\s")  # "các cơ quan thuộc UBND tỉnh": the owner of the bodies listed


# "Trưởng ban công tác Mặt trận": a board's head, the board's function in lower case, then the
# body whose board it is, opening on a capital: a word of two syllables at most, then any capitalised
_BOARD_OF = lazy_regex(r"(?:[ ]+\p{Ll}+){1,3}[ ]+(?=\p{Lu})")
_BOARD_BODY = lazy_regex(r"\p{Lu}\p{Ll}*(?:[ ]+\p{Ll}+)?(?:[ ]+\p{Lu}\p{Ll}*(?:[ ]+\p{Ll}+)?)*")


def _board_of(text: str, folded: str, key: str, end: int, limit: int) -> int | None:
    """The end of "<head of a board> <its function> <Body>" ("Trưởng ban công tác Mặt trận"): one
    office of that body; None for other offices or where no capitalised name follows."""
    if not key.endswith(" ban"):
        return None
    gap = _BOARD_OF.match(text, end, limit)
    if gap is None:
        # "Trưởng Ban Quản lý các khu công nghiệp": the office's "Ban" opens the board's own name
        inner = read_bodies(text, folded, end - len("ban"), limit)
        return inner.bodies[0][1] if inner and inner.bodies[0][1] > end else None
    inner = read_bodies(text, folded, gap.end(), limit) if head_pattern().match(folded, gap.end(), limit) else None
    if inner:
        return inner.bodies[0][1]
    body = _BOARD_BODY.match(text, gap.end(), limit)
    return body.end() if body else None


def _joint_office_end(text: str, folded: str, start: int, end: int, limit: int) -> int:
    """The end of an office that serves several councils ("Văn phòng Đoàn ĐBQH và HĐND tỉnh"):
    the councils listed after the first are part of its name, not bodies of their own."""
    if not folded.startswith(_joint_office_openings(), start):
        return end  # the common case, told in one call
    office = next(w for w in bodies().assignee_heads.joint_offices if folded.startswith(w + " ", start))
    part = _skip_spaces(folded, start + len(office))
    while True:
        # each council before the last is written bare: "Văn phòng HĐND và UBND huyện"; not
        # "Văn phòng UBND tỉnh, UBND các huyện", two bodies
        sep = _JOINT_SEPARATOR.match(folded, end, limit)
        first = _joint_body_pattern().fullmatch(folded, part, end)
        if sep is None or first is None or _joint_body_pattern().match(folded, sep.end(), limit) is None:
            return end
        inner = read_bodies(text, folded, sep.end(), limit)
        if inner is None:
            return end
        part, end = sep.end(), inner.bodies[0][1]


@lru_cache(maxsize=1)
def _joint_office_openings() -> tuple[str, ...]:
    """Each office that serves several councils, with the space after it."""
    return tuple(w + " " for w in bodies().assignee_heads.joint_offices)


def _skip_spaces(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    return pos


_JOINT_SEPARATOR = re.compile(r"\s*(?:,|\bvà\b)\s*")


@lru_cache(maxsize=1)
def _joint_body_pattern() -> re.Pattern[str]:
    return _alternation(bodies().assignee_heads.joint_office_bodies)


def _named_by_sector(folded: str, start: int, limit: int) -> int | None:
    """The end of a generic head named by its sector at ``start`` ("sở xây dựng"), or None."""
    head = head_pattern().match(folded, start, limit)
    if head is None or _key(folded[start:head.end()]) not in _generic_heads():
        return None
    sector = _sector_pattern().match(folded, head.end(), limit)
    return sector.end() if sector else None


def _office_head(folded: str, start: int, end: int) -> bool:
    head = head_pattern().match(folded, start, end)
    return head is not None and _key(folded[start:head.end()]) in _head_words("titles")


def joined_place_end(text: str, end: int, limit: int | None = None) -> int | None:
    """Where a place name that ends at ``end`` ends when a dash joins a second name to it
    ("Hà An - Lâm Thủy"); None where the words after the dash open a body or name a person
    ("Bí thư Huyện ủy X - Nguyễn Văn A")."""
    m = _JOINED_PLACE.match(text, end, len(text) if limit is None else limit)
    if m is None or head_pattern().match(m.group("name").lower()):
        return None
    words = m.group("name").split()
    return None if len(words) >= _PERSON_WORDS and words[0] in surnames() else m.end()


def body_names(text: str, found: BodyList) -> list[str]:
    names = [squash(text[s:e]) for s, e in found.bodies]
    names += list(found.extra)
    return share_locality(names)


def share_locality(names: list[str]) -> list[str]:
    """'Hội đồng nhân dân, Ủy ban nhân dân quận': the bare councils belong to the quận too."""
    names = _share_owner(names)
    loc = _LAST_LOCALITY.search(names[-1].lower()) if names else None
    if not loc:
        return names
    suffix = names[-1][loc.start(1):]
    out = []
    for n in names:
        if _BARE_COUNCIL.fullmatch(n):
            n = f"{n} {suffix}"
        out.append(n)
    return out

def _share_owner(names: list[str]) -> list[str]:
    """'Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh': a bare committee head before a name whose
    head or inner head is followed by an owner takes that owner ("Đảng ủy UBND tỉnh");
    'Thường trực, Ban Thường vụ Tỉnh ủy' gives "Thường trực Tỉnh ủy"."""
    from ..normalize import fold  # the package's normalize imports the phrases

    heads = _head_words("owned_heads")
    out = list(names)
    for i, (name, nxt) in enumerate(zip(names, names[1:], strict=False)):
        key = _key(fold(name))
        if key not in heads:
            continue
        later = fold(nxt)
        at = later.find(key + " ", 1)
        cut = at + len(key) + 1 if at > 0 else next((len(h) + 1 for h in heads if later.startswith(h + " ")), 0)
        owner = nxt[cut:].strip() if cut else ""
        if owner[:1].isupper() and _key(fold(owner)) not in heads:
            out[i] = f"{name} {owner}"
    return out


def cut_mid_name(text: str, folded: str, found: BodyList) -> bool:
    """A name read up to a capitalised word that a lower-case word continues ("Ban Quản" of
    "Ban Quản lý dự án ..."): where the name ends is unknown, so no body is read."""
    end = found.end
    if is_bare(folded, found.bodies[-1][0], end, plural=True) and _continued(text, folded, end):
        # "Đơn vị sự nghiệp": a common noun that the next word goes on; "các đơn vị liên quan"
        # is closed by its qualifier, and what follows is the task ("... bám sát mục tiêu")
        return not _closed(folded, found.bodies[-1][0], end)
    last = LAST_WORD.search(text, found.bodies[-1][0], end)
    if not last or not last.group(0)[:1].isupper() or not text[end:end + 1].isspace():
        return False
    # "vụĐảng", "chủtrì": words run together by PDF extraction tell nothing
    return _continued(text, folded, end)


def _continued(text: str, folded: str, end: int) -> bool:
    """A lower-case word that opens no task follows ``end``."""
    nxt = NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group(1)[:1].islower() and is_syllable(nxt.group(1))
                and not opener_pattern().match(folded, nxt.start(1)))


LAST_WORD = re.compile(r"\S+$")
NEXT_WORD = regex.compile(r"[ \n]+(\p{L}+)")


@lru_cache(maxsize=1)
def opener_pattern() -> re.Pattern[str]:
    """A word that ends a body's name: a verb that opens its task, or a function word."""
    openers = bodies().task_openers
    return _alternation([*openers.words, *openers.name_ends])


@lru_cache(maxsize=1)
def task_verb_pattern() -> re.Pattern[str]:
    """A verb or directive lead that opens a task ("chủ trì", "căn cứ"), no function word."""
    return _alternation(bodies().task_openers.words)


def _alternation(words: Iterable[str], lead: str = "") -> re.Pattern[str]:
    """Any of ``words``, the longest first, as whole words.

    The words are grouped by their first letter, written once before the rest of each: the
    engine then tries only the words that open with the letter it stands at, not every word
    (a word of another first letter could not match there, so the order that decides which
    word matches is the same)."""
    rests: dict[str, list[str]] = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):  # the same every run
        first, pattern = re.escape(w[:1]), _words(w)
        if not pattern.startswith(first):  # a word the pattern opens otherwise: a group of its own
            first = pattern
        rests.setdefault(first, []).append(pattern[len(first):])
    alts = "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())
    return re.compile(rf"{lead}(?:{alts}){_NOT_LETTER}")


