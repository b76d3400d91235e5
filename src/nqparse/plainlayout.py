"""Plain text -> its layout rebuilt: columns apart, site chrome gone, wrapped lines joined.

Text made by pdftotext, OCR, or copied and converted from PDF viewers and web pages keeps the
line ends of the page it came from. Each function here returns the new text and the offset map
back to its input (None when nothing changed), so that every span still points at the source.

1. ``split_columns``: a run of lines set in two columns side by side (pdftotext ``-layout``:
   the issuing body beside the national motto, "Nơi nhận" beside the signature) becomes the
   left column's lines, then the right column's, the order the PDF reader gives from positions.
   Only runs in the header or the footer are split: a two-column table keeps its rows.
2. ``unspace_letters``: letters set apart one by one ("H o à n t h à n h c h i q u à") are
   read back into words, the syllables the rest of the text uses deciding where words end.
3. ``drop_chrome``: whole lines that a web site puts around a document (tabs, menus, "Đang tải
   văn bản...", copyright notices; ``lexicon/web_chrome.json``) are dropped; a table's cells
   are never taken for chrome.
4. ``rejoin``: a line runs on into the next, the break becoming one space, unless it ends a
   sentence, a heading, a list item or a header line. Only a wrapped text is rejoined
   (most long lines share one width), except that a line running on in lower case is always
   joined. Table rows (``|``), rules, page numbers and lines in capitals are never joined.
5. ``RULE_LINE``, ``TRAILING_RULE``: rule lines ("-------", "| --- | --- |", "* * *") and a rule
   closing a line of words ("TỈNH X --------") are layout: the normalizer drops them.
6. ``restore_spaces``: syllables that PDF text runs together ("Đảng bộxã", "uỷvềthực",
   "kỳ2025") are parted where the text's own words leave one reading only.
7. ``part_flattened_header``: a header a web copy ran into one long line with the body ("Số:
   05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH ... ỦY BAN NHÂN DÂN
   TỈNH TRÀ VINH Căn cứ ...") is parted into its lines again.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate, filterfalse, repeat
from operator import methodcaller

import regex

from .lexicon import divisions, recipients_label
from .phrases.dates import is_timestamp
from .phrases.lazy import lazy, lazy_regex
from .phrases.numbers import roman_to_int
from .phrases.syllables import common, is_syllable, most_common_reading, split_run
from .phrases.text import SIGNATURE_AUTHORITY, SPACES, is_caps
from .spans import Builder, Edit, OffsetMap, apply_edits

Result = tuple[str, OffsetMap] | None


def _split(text: str) -> tuple[list[str], list[int]]:
    """The lines of ``text`` (without line ends) and the offset where each starts."""
    lines = text.split("\n")
    starts = list(accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    return lines, starts


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line end."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


# ---- two columns side by side

_GAP = lazy(r"(?<=\S)[ ]{4,}(?=\S)")
_RECIPIENTS = lazy(r"(?i)n[oơ]i\s*nh[aâậ]n\b")
_EDGE_LINES = 15
"""A column run must start within this many lines of the text's start or end."""


def _cut(line: str) -> tuple[int, int] | None:
    """(end of the left text, start of the right) for a line of two runs of text apart."""
    if "|" in line or "    " not in line:
        return None  # a table row, or no gap of four spaces: told before the pattern's search
    gaps = list(_GAP.finditer(line))
    if len(gaps) != 1:
        return None  # one column, or three and more: a table row
    s, e = gaps[0].span()
    if len(line[:s].strip()) > 70 or len(line[e:].strip()) > 70:
        return None
    return s, e


def _column_run(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]]:
    """From line ``i`` (which has two runs): the line after the run, and the left and right pieces."""
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    lo, hi = 0, 10**6  # the left column's right edge and the right column's left edge so far
    end = i
    blanks = 0
    j = i
    pending: list[tuple[int, int]] = []  # left-only lines, kept when the run goes on after them
    while j < len(lines) and blanks <= 5:
        a, b = lines[j]
        line = text[a:b]
        if not line.strip():
            blanks += 1
            j += 1
            continue
        blanks = 0
        indent = len(line) - len(line.lstrip(" "))
        cut = _cut(line)
        if cut is not None:
            left.extend(pending)
            pending = []
            left.append(_stripped(text, a + indent, a + cut[0]))
            right.append(_stripped(text, a + cut[1], b))
            lo, hi = max(lo, cut[0]), min(hi, cut[1])
        elif j > i and indent > lo + 1 and indent >= hi - 12 and not _introduces(text, pending):
            left.extend(pending)
            pending = []
            right.append(_stripped(text, a + indent, b))
        elif j > i and len(line.rstrip()) < hi:
            pending.append(_stripped(text, a + indent, b))
            j += 1
            continue
        else:
            break
        end = j + 1
        j += 1
    return end, left, right


def _introduces(text: str, pending: list[tuple[int, int]]) -> bool:
    """A left line ending in ':' ("Kính gửi:") leads into the lines under it: no column run."""
    return bool(pending) and text[pending[-1][1] - 1] == ":"


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _at_edge(lines: list[tuple[int, int]], text: str, i: int, j: int) -> bool:
    filled = [k for k, (a, b) in enumerate(lines) if text[a:b].strip()]
    if not filled:
        return False
    head = filled[min(_EDGE_LINES, len(filled)) - 1]
    tail = filled[max(0, len(filled) - _EDGE_LINES)]
    return i <= head or j - 1 >= tail


def _footer_piece(text: str, pieces: list[tuple[int, int]]) -> bool:
    for a, b in pieces:
        piece = text[a:b]
        if _RECIPIENTS.match(piece) or (is_caps(piece) and SIGNATURE_AUTHORITY.match(piece.lower())):
            return True
    return False


def split_columns(text: str) -> Result:
    if "    " not in text:
        return None
    lines = _lines(text)
    builder = Builder()
    pos = 0  # where the text not yet copied starts: 0 until a run is split
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if _cut(text[a:b]) is None:
            i += 1
            continue
        end, left, right = _column_run(text, lines, i)
        if not (_at_edge(lines, text, i, end) or _footer_piece(text, left + right)):
            i = end
            continue
        builder.copy(text, pos, a)
        pieces = left + right
        for k, (s, e) in enumerate(pieces):
            builder.copy(text, s, e)
            if k + 1 < len(pieces):
                builder.insert("\n", e)
        pos = lines[end - 1][1]
        i = end
    return builder.finish(text, pos) if pos else None


# ---- web-site chrome


@lru_cache(maxsize=1)
def _chrome() -> tuple[frozenset[str], tuple[str, ...]]:
    from .lexicon import web_chrome

    chrome = web_chrome()
    return frozenset(chrome.lines), chrome.prefixes


_CHROME_TRIM = " \t*#_.:…>|-"


def _is_chrome(line: str) -> bool:
    core = line.strip(_CHROME_TRIM).lower()
    if not core or len(core) > 120:
        return False
    whole, prefixes = _chrome()
    return core in whole or core.startswith(prefixes)


_SHORTCODE = lazy(r":[a-z_]{2,20}:")

# a web page saved as it was served: server code, then the tags around the words
SERVER_CODE = lazy(r"(?s)<\?php.*?\?>|<(script|style)\b[^>]*>.*?</\1>")
HTML_TAG = lazy(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
HTML_ENTITY = lazy(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
# a Markdown image is a picture, its alternative text a caption at best
MARKDOWN_IMAGE = lazy(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = lazy(r"\[([^\]\n]+)\]\((?:[^)\n]+)\)")


def entity(m: regex.Match[str]) -> str:
    import html  # here: its table of entities is read only by a text that has one

    return html.unescape(m.group())


def chrome_link(m: regex.Match[str]) -> str:
    """A link whose words are the site's ("Xem chi tiết ở đây") goes; any other stays for now."""
    words = _SHORTCODE.sub("", m.group(1))
    return "" if _is_chrome(words) else m.group()


def _is_pipe(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") or s.endswith("|")


def drop_chrome(text: str) -> Result:
    lines, starts = _split(text)
    edits: list[Edit] = []
    for k, line in enumerate(lines):
        if len(line) > 130 or not _is_chrome(line):
            continue
        if (k > 0 and _is_pipe(lines[k - 1])) or (k + 1 < len(lines) and _is_pipe(lines[k + 1])):
            continue  # a table's cell ("Ghi chú"), not the site's
        if k > 0 and _in_sentence(lines[k - 1], line):
            continue  # "... tổ chức Hội nghị cho" / "ý kiến" / "các nội dung": a sentence's words
        edits.append((starts[k], min(starts[k] + len(line) + 1, len(text)), ""))
    return apply_edits(text, edits)


def _in_sentence(above: str, line: str) -> bool:
    """A line in lower case under a line that stops mid-sentence is that sentence going on."""
    words, end = line.strip(), above.rstrip()
    return bool(words) and words[0].islower() and end[-1:].isalpha()


# ---- rules

RULE_LINE = re.compile(r"(?m)^[ ]*(?:[|:]?[ ]*[-–—_=]{3,}[-–—_=|: ]*|(?:\*[ ]*){3,})(?:\n|\Z)")
TRAILING_RULE = lazy_regex(r"(?m)(?<=\p{L})[ ]+[-_=]{4,}[ ]*$")


# ---- wrapped lines

_OPENS_BLOCK = re.compile(
    r"(?:[-–+•·]\s|\([\dlIO]{1,3}\)|[\dlIO]{1,2}(?:\.[\dlIO]{1,2})*[.)/]\s|[a-zđ][)./]\s|[IVXL]{1,5}[.\-]\s"
    rf"|{divisions()}\s+[\dIVXL]|{recipients_label()}|Kính gửi|Căn cứ)")
# a numbered point whose number a copy glued to its first word: "3.Các chỉ tiêu môi trường"
_UNSPACED_POINT = lazy_regex(r"\d{1,2}\.\p{Lu}\p{Ll}")


def _opens_block(line: str) -> bool:
    """A stripped line that opens an item, a heading, a division, the recipients or the grounds."""
    return _OPENS_BLOCK.match(line) is not None or _UNSPACED_POINT.match(line) is not None


_HEADING_MARK = lazy(rf"(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)/]|[IVXL]{{1,5}}[.\-]|[a-zđ][)./]|{divisions(capitals=False)}\s+\w+[.:])\s")
_HEADER_START = regex.compile(r"(?:Số|SỐ)\s*(?::|\d|[ _.…]*[-/])|V/v\b|[\p{Lu}][\p{L} .]{1,30},\s*ngày\b")
# the number line ends with the number ("Số: 54/KH-UBND", "Số 05-NQ/TU", a draft's "Số:    /BC-UBND"),
# not a sentence that counts ("Số bác sĩ/vạn dân: 15 bác sĩ; Duy trì")
_HEADER_END = re.compile(r"(?:,\s*ngày\b.*\bnăm\s*\d{4}|Hạnh phúc|Số\s*:?[\w\s.…_-]*/[\w.&/-]*\s*\|?)$")
_PAGE_NUMBER = re.compile(r"(?i)(?:-\s*\d{1,4}\s*-|trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,3})")
_CLOSERS = "*\"”’')]»"
_TERMINAL = ".;:!?…"
_DASH_CHAIN_END = regex.compile(r"\p{L}[ ]+[-–][ ]+\p{Ll}+(?:[ ]+\p{Ll}+)?$")  # "Nông - lâm", "nông - lâm nghiệp"
_FIGURE_END = "0123456789%"  # "... giám sát 8" / "– 10 tổ chức", "đạt từ 45%" / "– 50%"
_WRAP_SHARE = 0.5
"""Share of wide lines near the widest that marks a text as wrapped at one width."""


_OVER_WIDTH_SHARE = 0.2
"""Share of long lines that may stand past a wrapped text's width: a link, a rule, a title."""


def _wrap_width(lengths: list[int]) -> int | None:
    """The width a text was wrapped at, or None when its lines are not wrapped."""
    long = sorted(n for n in lengths if n >= 20)
    if len(long) < 6:
        return None
    top = long[(len(long) * 95) // 100 - (1 if len(long) % 20 == 0 else 0)]
    if _wrapped_at(long, top):
        return top
    # a few lines past the width (a web page's links and rules, lines left unwrapped) lift
    # the 95th length above it: the widest length that most wide lines come close to
    allowed = int(_OVER_WIDTH_SHARE * len(long))
    for over, n in enumerate(reversed(long)):
        if over > allowed:
            break
        if n < top and _wrapped_at(long, n, bisect_right(long, n)):
            return n
    return None


def _wrapped_at(lines: list[int], top: int, count: int | None = None) -> bool:
    """Whether most wide lines of a text end close to ``top``, as a text wrapped there does;
    ``lines`` are their lengths in order, the first ``count`` of them (all by default) counted."""
    if not 45 <= top <= 130:
        return False
    # the share among lines of at least half the width: short lines (headings, cells, a
    # paragraph's last line) say nothing of where the long ones were cut; told by bisection
    count = len(lines) if count is None else count
    wide = count - bisect_left(lines, top / 2, 0, count)
    near = count - bisect_left(lines, 0.85 * top, 0, count)
    return near >= 5 and near >= _WRAP_SHARE * wide


class _Shape:
    """What the whole text says about its lines: wrapped at a width, paragraphs apart by blank
    lines, first lines indented."""

    def __init__(self, lines: list[str]) -> None:
        filled = [x for x in lines if x.strip()]
        self.width = _wrap_width([len(x.rstrip()) for x in filled])
        self._caps: dict[str, bool] = {}
        self.blocks = False
        self.indents = False
        if self.width is None or not filled:
            return
        blank = len(lines) - len(filled)
        full = [bool(x.strip()) for x in lines]
        in_blocks = sum(1 for k, f in enumerate(full) if f and (
            (k > 0 and full[k - 1]) or (k + 1 < len(full) and full[k + 1])))
        self.blocks = blank >= 0.1 * len(filled) and in_blocks >= 0.5 * len(filled)
        indented = sum(1 for x in filled if x.startswith(" "))
        self.indents = 0.08 * len(filled) <= indented <= 0.7 * len(filled)

    def is_caps(self, line: str) -> bool:
        """``is_caps`` of a stripped line, told once though the line is asked of twice (below
        one line and above the next)."""
        caps = self._caps.get(line)
        if caps is None:
            caps = self._caps[line] = is_caps(line)
        return caps


_ALNUM = re.compile(r"[^\W_]")
"""A letter or a digit: what ``str.isalnum`` tells of a character, found in one pass."""


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def _joinable(line: str) -> bool:
    """Whether a line may run into the next or take the one above: one with a letter or digit,
    no table row and no page number (a rule line has neither letter nor digit)."""
    s = line.strip()
    if not s or s[0] == "|" or s[-1] == "|" or not _ALNUM.search(s):
        return False
    # a page number is a short figure, or opens on a dash or "trang"
    return not ((len(s) <= 3 or s[0] in "-tT") and _PAGE_NUMBER.fullmatch(s))


_SHORT_LINE_SHARE = 0.5  # of the wrap width: shorter, a line was not wrapped but ended


def _separator(prev: str, cur: str, shape: _Shape, after_join: bool = False) -> str | None:
    """What the line break between ``prev`` and ``cur``, both ``_joinable``, becomes when they
    are one paragraph."""
    p, c = prev.strip(), cur.strip()
    width = shape.width
    full = width is not None and len(prev.rstrip()) + 1 + len(_first_word(c)) >= 0.9 * width
    if p[-1] == "-" and len(p) > 1 and p[-2].isalnum():
        return _hyphen_join(p, c, full)
    end = p.rstrip(_CLOSERS) or p
    if end[-1] in _TERMINAL:
        # a full line may break after a clause ("...;" / "... 1." / "... gồm:") inside a
        # paragraph: what follows in lower case, with no list mark, runs on
        if not full:
            return None
        if end[-1] in ".;:," and c[0].islower():
            return " "
        if _sentence_runs_on(prev, cur, shape):
            return " "
        # "... xây dựng: 45,87%;" / "Thương mại, dịch vụ 53,71%" (or "70% số doanh nghiệp"): a
        # list run into one sentence goes on; a line that opens an item or a citation does not
        return " " if end[-1] == ";" and (c[0].isupper() or c[0].isdigit()) and not _opens_block(c) \
            and not shape.is_caps(c) else None
    if c[0].isdigit() and _is_numeral_lead(p.rsplit(" ", 1)[-1]):
        return " "  # "... khai mạc kỳ họp thứ" / "13. Kỳ họp quyết nghị ...": the ordinal, not an item
    if _opens_block(c):
        # a full line's compound or range runs on: "kinh tế" / "- xã hội", "8" / "– 10 tổ chức";
        # so, at any length, does a chain of dashed parts cut inside: "Cơ cấu kinh tế: Nông - lâm" /
        # "- thủy sản 35,55%; ..." (a list mark follows a clause that ends, not a part of a chain)
        after = c[1:].lstrip()[:1]
        dashed = c[:1] in "-–" and after.islower() and _DASH_CHAIN_END.search(p) is not None
        runs_on = dashed or (full and c[:1] in "-–" and (after.islower() or (after.isdigit() and p[-1] in _FIGURE_END)))
        return " " if runs_on else None
    if p.count("(") > p.count(")"):
        return " "  # "5. Các chủ rừng là tổ chức (các" / "Ban quản lý rừng ...)": no bracket spans a break
    if _HEADER_START.match(c) or (("ngày" in p or "Hạnh phúc" in p or "Số" in p) and _HEADER_END.search(p)) \
            or SIGNATURE_AUTHORITY.match(c.lower()):
        return None
    caps_p, caps_c = shape.is_caps(p), shape.is_caps(c)
    if caps_p or caps_c:
        return _caps_join(p, c, caps_p, caps_c, width, after_join, full)
    if c[0].islower() or (c[0] == "(" and c[1:2].islower()):
        return " "
    if c[0].isupper() and (_ends_in_generic_head(p) or _ends_on_run_on_word(p)):
        # "3. Sở" / "Nông nghiệp và Môi trường": a body's head word waits for its name, and
        # "13. Báo và" / "Phát thanh, Truyền hình tỉnh": a conjunction for what it joins
        return " "
    if width is None or is_timestamp(c) or is_timestamp(p):
        return None  # a web page's dateline ("Thứ 6, 21/03/2025 | 15:45") stands alone under its headline
    if full or c[0].isdigit() or _abbreviation_runs_on(p, c):
        return " "
    if shape.indents and not cur.startswith(" "):
        return " "
    if shape.blocks and not (_HEADING_MARK.match(p) and len(p) < 0.7 * width) and not _stops_short(p, c, width):
        return " "
    return None


def _stops_short(p: str, c: str, width: int) -> bool:
    """A line short of half the width, over one opening in a capital, ended there: a headline over
    its lead, a page's link over the next title ("(0) Bình luận" / "Chí Linh phấn đấu ..."). Not a
    line cut at a comma or inside emphasis, as a web page's converter cuts a paragraph's first line
    ("Theo đề nghị của Sở Văn hóa," / "Thể thao và Du lịch ...", "**16. Mặt trận" / "Tổ quốc ...**")."""
    return len(p) < _SHORT_LINE_SHARE * width and c[0].isupper() and p[-1] != "," \
        and p.count("**") % 2 == 0 and p.count("*") % 2 == 0  # "**" and "*" both closed


# an abbreviation in capitals that opens a line, then a word in lower case: "GRDP từ 11% ..."
_OPENING_ABBREVIATION = lazy_regex(r"\p{Lu}{2,}[ ]+\p{Ll}")


def _abbreviation_runs_on(p: str, c: str) -> bool:
    """A short line of a wrapped text stopped on a word in lower case, not a heading, runs on into
    a line that opens on an abbreviation, as into one that opens on a figure: "Phấn đấu tốc độ
    tăng trưởng" / "GRDP từ 11% trở lên ..." (a web copy that kept its source's line breaks). Not
    a line of a word or two, as a table's cell flattened into lines is ("Đảng uỷ" / "UBND xã")."""
    return p[-1].islower() and p.count(" ") >= _RUN_ON_WORDS - 1 and _HEADING_MARK.match(p) is None \
        and _OPENING_ABBREVIATION.match(c) is not None


_RUN_ON_WORDS = 3


def _sentence_runs_on(prev: str, cur: str, shape: _Shape) -> bool:
    """A sentence that ends at a wrapped line's end goes on into the next in its paragraph when
    the next word could not have stood on the line: the wrap broke there, not the writer. A
    line that opens an item, a heading, a header line, a signature or an indented paragraph
    is never run into."""
    c = cur.strip()
    if shape.width is None or len(prev.rstrip()) + 1 + len(_first_word(c)) <= shape.width:
        return False
    if not (c[0].isupper() or c[0].isdigit()) or _opens_block(c) or shape.is_caps(c):
        return False
    if shape.indents and cur.startswith(" "):
        return False
    return not (_HEADER_START.match(c) or SIGNATURE_AUTHORITY.match(c.lower()))


_BROKEN_HEAD = lazy_regex(r"\p{L}+-$")
_NUMBER_HEAD = lazy_regex(r"(?<![\w/])\d{1,5}/\p{Lu}[\p{Lu}\p{Ll}]{0,5}-$")  # "220/BC-": a state number's head


def runs_on_after_dash(line: str, nxt: str) -> bool:
    """Whether a line that ends in a dash glued to a digit or to a state number's head runs on
    into the next line with no space: "10-" / "NQ/TW", "220/BC-" / "UBND", "2021-" / "2025"."""
    if len(line) < 2 or line[-1] != "-" or not (nxt[:1].isupper() or nxt[:1].isdigit()):
        return False
    return line[-2].isdigit() or (nxt[:1].isupper() and _NUMBER_HEAD.search(line) is not None)


_LOWER_RUN = lazy_regex(r"\p{Ll}+")


def _hyphen_join(prev: str, cur: str, full: bool) -> str | None:
    """A line ending in a hyphen: "10-" / "NQ/TW" and "220/BC-" / "UBND" are one number; in a
    wrapped text "tế-" / "xã hội" is one compound; a syllable broken by the hyphen ("Nghị quy-" /
    "ết") is left to the OCR repair."""
    if cur[:1].isupper() or cur[:1].isdigit():
        return "" if runs_on_after_dash(prev, cur) else None
    head = _BROKEN_HEAD.search(prev)
    tail = _LOWER_RUN.match(cur)
    if not full or (head and tail and is_syllable(head.group()[:-1] + tail.group())):
        return None
    return ""


def _lone_word(line: str) -> bool:
    """One word on its own: a syllable or an abbreviation ("DÂN", "HĐND"), not syllables whose
    spaces were lost ("PHÓCHỦTỊCH")."""
    return " " not in line and (is_syllable(line) or not most_common_reading(line.lower()))


@lru_cache(maxsize=1)
def _generic_head_end() -> regex.Pattern[str]:
    from .lexicon import bodies

    heads = sorted(bodies().assignee_heads.generic_heads, key=len, reverse=True)
    # the head as a name begins it, with its capital: "Sở", "Văn phòng", not "trên cơ sở"
    alternatives = "|".join(regex.escape(h[:1].upper() + h[1:]) for h in heads if not h.startswith("các "))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternatives})$")


@lru_cache(maxsize=1)
def _enacting_bodies() -> tuple[str, ...]:
    from .lexicon import layout

    return tuple(f"{w} " for w in layout().enacting_bodies)


def _opens_enacting_body(line: str) -> bool:
    """Whether a line opens on the name of a state body that enacts ("HỘI ĐỒNG NHÂN DÂN TỈNH X")."""
    return f"{line.strip().lower()} ".startswith(_enacting_bodies())


@lru_cache(maxsize=1)
def _run_on_words() -> frozenset[str]:
    from .lexicon import layout

    return frozenset(layout().run_on_words)


def _ends_on_run_on_word(line: str) -> bool:
    """Whether a line stops on a word that joins what follows it ("và", "của")."""
    return line.rsplit(" ", 1)[-1] in _run_on_words()


def _ends_in_generic_head(line: str) -> bool:
    """Whether a line stops right after a head word that names a body only with the name after
    it ("Sở", "Ban", "Văn phòng")."""
    return _generic_head_end().search(line) is not None


_ROMAN_WORD = re.compile(r"[IVXLC]{1,6}(?![\w.])")


def _caps_join(prev: str, cur: str, caps_p: bool, caps_c: bool, width: int | None, after_join: bool,
               full: bool) -> str | None:
    """Lines in capitals are titles and header lines: joined only where a title was plainly
    wrapped ("ỦY BAN NHÂN" / "DÂN", "PHÁT" / "ĐỘNG PHONG TRÀO", "GIAI ĐOẠN" / "2026 - 2030", or a
    title line filled to the text's width). A lone word that ended the line above ("DÂN") does
    not take the next line too ("CHỦ TỊCH")."""
    if _header_line(prev.strip() + " " + cur.strip()):
        return " "  # "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"
    if width is None or (caps_p and _type_line(prev)):
        return None  # "QUYẾT ĐỊNH" / "PHÊ" / "DUYỆT KẾ HOẠCH ...": the type line stands alone over its title
    if caps_c and _opens_enacting_body(cur) and not _ends_on_run_on_word(prev.strip().lower()):
        return None  # "KẾ HOẠCH ... TỈNH CAO BẰNG" / "HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG": who enacts it
    if caps_p and caps_c:
        if full and not _HEADER_START.match(prev.strip()):
            return " "  # no title line stops at the width the whole text was wrapped at
        # a comma ends no title: "III. NỘI DUNG THI ĐUA," / "PHƯƠNG ÁN TRIỂN KHAI ..."
        one_word = (" " not in prev.strip() and not after_join) or _lone_word(cur.strip()) or prev.rstrip().endswith(",")
        return " " if one_word and not _HEADER_START.match(prev.strip()) else None
    if caps_p and cur[:1].isdigit() and not any(ch.islower() for ch in cur):
        return " "
    end = prev.rstrip()[-1:]
    if caps_c and full and (end.islower() or end.isdigit()) and (_ROMAN_WORD.match(cur.strip()) or " " not in cur.strip()):
        # a full line stopped mid-sentence: "HĐND tỉnh khóa" / "XIII, nhiệm kỳ 2021 - 2026",
        # "... đạt khoảng 500 triệu" / "USD."
        return " "
    return None


@lru_cache(maxsize=1)
def _type_titles() -> frozenset[str]:
    from .lexicon import document_types

    return frozenset(t.title for t in document_types().types)


def _type_line(line: str) -> bool:
    """A line that is only a document's type, in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH")."""
    return SPACES.sub(" ", line.strip()).lower() in _type_titles()


@lru_cache(maxsize=1)
def _header_lines() -> frozenset[str]:
    from .lexicon import layout
    from .normalize import fold

    return frozenset(fold(line) for line in layout().header_lines)


def _header_line(line: str) -> bool:
    from .normalize import fold

    return len(line) < 60 and fold(SPACES.sub(" ", line)) in _header_lines()


_HEADER_SCAN = 20
"""Lines at the top of a text where fixed header lines are looked for."""


def part_header_lines(text: str) -> Result:
    """A fixed header line run together with the next one ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc") is parted into its two lines."""
    from .normalize import fold

    edits: list[Edit] = []
    head = text[:_HEADER_SCAN * 200]
    lines, starts = _split(head)
    del lines[_HEADER_SCAN:], starts[_HEADER_SCAN:]
    # folding keeps each character in its place: one pass for all the lines looked at, and no
    # further (a tone is folded the same before a line end as at the end of what is folded)
    head_folded = fold(head[:starts[-1] + len(lines[-1])])
    for header in _header_lines():
        # looked for once over all the lines looked at; each line is asked about the first place
        # the header line stands whole in it, as a search of that line alone finds it
        done: set[int] = set()
        at = head_folded.find(header)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            cut, b = at + len(header), starts[k] + len(lines[k])
            if k not in done and cut <= b:
                done.add(k)
                if text[cut:cut + 1] == " " and text[cut + 1:b].strip(" -_"):
                    edits.append((cut, cut + 1, "\n"))
            at = head_folded.find(header, at + 1)
    edits.sort()
    return apply_edits(text, edits)


def rejoin(text: str) -> Result:
    lines, starts = _split(text)
    shape = _Shape(lines)
    edits: list[Edit] = []
    joined = False  # whether the line above ran on into ``prev``
    joinable = [_joinable(line) for line in lines]
    for k in range(len(lines) - 1):
        prev, cur = lines[k], lines[k + 1]
        sep = _separator(prev, cur, shape, joined) if joinable[k] and joinable[k + 1] else None
        joined = sep is not None
        if sep is None:
            continue
        end = starts[k] + len(prev.rstrip(" "))
        edits.append((end, starts[k + 1] + len(cur) - len(cur.lstrip(" ")), sep))
    return apply_edits(text, edits)


# ---- line breaks doubled

_BREAK_RUN = re.compile(r"\n(?:[ \t]*\n)+")
_DOUBLED_MIN_LINES = 10
_TOGETHER_SHARE = 0.05  # lines standing together, of all pairs of lines, that doubling allows
_INSIDE_SHARE = 0.3  # breaks inside a sentence, of all pairs of lines, that tell doubling


def undouble_lines(text: str) -> Result:
    """A text whose every line break was doubled (a web page that made each line a paragraph,
    a copy from a PDF viewer) has its runs of breaks halved, so that a blank line parts
    paragraphs again. Told by lines that almost never stand together, while many breaks fall
    inside a sentence (no closing mark before, lower case after); a text that gives each
    paragraph one line has blank lines between sentences only."""
    if "\n\n" not in text:
        return None
    lines = text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    pairs = len(filled) - 1
    if pairs < _DOUBLED_MIN_LINES:
        return None
    # lines standing together are told first: most texts have too many, and their lines are
    # not read one by one for the breaks inside a sentence
    together = sum(below == above + 1 for above, below in zip(filled, filled[1:], strict=False))
    if together > _TOGETHER_SHARE * pairs:
        return None
    inside = 0
    for above, below in zip(filled, filled[1:], strict=False):
        end, start = lines[above].rstrip(), lines[below].lstrip()
        inside += end[-1:] not in _TERMINAL and start[:1].islower()
    if inside < _INSIDE_SHARE * pairs:
        return None
    edits = [(m.start(), m.end(), "\n" * max(1, m.group().count("\n") // 2)) for m in _BREAK_RUN.finditer(text)]
    return apply_edits(text, edits)


# ---- numbered points run together on one line

# "... 18,2%. 2. Thu nhập ...": a point's number after a sentence's end, before a capital
_POINT_NUMBER = lazy_regex(r"(?<=[.:;!?…)][ ])(?P<n>\d{1,2})\.[ ]+(?=\p{Lu})")
# "... 2020-2025 I. Về kinh tế ...", "... 80%. II. Về văn hóa ...": a part's Roman number
_PART_NUMBER = lazy_regex(r"(?<=[ ])(?P<n>[IVX]{1,4})\.[ ]+(?=\p{Lu})")
_FLATTENED_MIN_LINE = 200
# anchored at a line's start: unanchored, the engine would try every offset of a short line
_LONG_LINE = re.compile(rf"(?m)^[^\n]{{{_FLATTENED_MIN_LINE},}}")
_FLATTENED_MIN_RUN = 3


def unflatten_points(text: str) -> Result:
    """A list whose line breaks were lost (a web page that put it in one paragraph: "1. Tốc độ
    tăng ... 16%. 2. Thu nhập ...: 60 triệu đồng. 3. ...") has each point on a line of its own
    again. Told by a long line holding a run of at least three points numbered in turn, each
    after a sentence's end; the parts over them ("I. Về kinh tế", "II. ...") are broken out too."""
    edits: list[Edit] = []
    for long in _LONG_LINE.finditer(text):  # the engine finds the long lines: most are short
        line, pos = long.group(), long.start()
        if ". " not in line:
            continue
        runs = _numbered_runs(list(_POINT_NUMBER.finditer(line)), int)
        points = [m for run in runs if len(run) >= _FLATTENED_MIN_RUN for m in run]
        if points:
            parts = [m for run in _numbered_runs(list(_PART_NUMBER.finditer(line)), roman_to_int)
                     if len(run) >= 2 for m in run]
            edits += [(pos + m.start() - 1, pos + m.start(), "\n") for m in sorted(points + parts, key=lambda m: m.start())]
    return apply_edits(text, edits) if edits else None


# ---- a header flattened onto one line

# "Số: 05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019": a header's number, place and date
# inside one long line, where a web copy lost the page's line breaks
_FLAT_NUMBER_DATE = lazy_regex(
    r"(?<![\p{L}])(?:Số|SỐ)\s*:?\s*\d[\w.]*/[\w./-]+\s+"
    r"(?P<place>(?:(?:TP\.|[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn)\s?)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3})\s*,\s*"
    r"ng[àa]y\s*\d{1,2}\s*th[áa]ng\s*\d{1,2}\s*n[ăa]m\s*\d{4}")
_FLAT_HEADER_REACH = 1500
"""Characters from the text's start within which a flattened header's number is looked for."""
# a word with no lower-case letter: "BAN", "HÀNH", "2019", "(KHÓA"
_CAPS_WORD = lazy_regex(r"\s+[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*(?=\s|$)")


def part_flattened_header(text: str) -> Result:
    """A header run into one long line with the body ("... Số: 05/2019/QĐUBND Trà Vinh, ngày 12
    tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH ... TỈNH TRÀ VINH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ
    ...") is parted into its lines: the number, the place and date, the type, the title in
    capitals, and the authority that enacts (the last body the capitals name, not after "CỦA")."""
    for long in _LONG_LINE.finditer(text, 0, min(len(text), _FLAT_HEADER_REACH + _FLATTENED_MIN_LINE)):
        start, end = long.span()
        found = _FLAT_NUMBER_DATE.search(text, start, min(end, _FLAT_HEADER_REACH))
        if found is None:
            continue
        cuts = [found.start(), found.start("place"), found.end()]
        kind = _flat_kind().match(text, found.end(), end)
        words = list(_caps_run(text, kind.end() if kind else found.end(), end))
        if kind is not None and words:
            cuts.append(kind.end())
            cuts += [at for at in (_authority_in(text, words), words[-1][1]) if at is not None]
        # each cut at the start of a word, where the blanks before it become the line break
        starts = sorted({end - len(text[at:end].lstrip(" \t")) for at in cuts})
        edits = [(a, b, "\n") for a, b in (_blank_before(text, start, at) for at in starts) if a < b]
        return apply_edits(text, edits)
    return None


@lru_cache(maxsize=1)
def _flat_kind() -> regex.Pattern[str]:
    from .lexicon import document_titles

    return regex.compile(rf"\s+(?=\p{{Lu}}{{2}})(?:{document_titles()})(?![\p{{L}}])", regex.IGNORECASE)


def _caps_run(text: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
    """The words in capitals from ``pos`` on, each (start, end) without its blank."""
    for word in _CAPS_WORD.finditer(text, pos, end):
        if word.start() != pos:
            return
        yield word.start() + len(word.group()) - len(word.group().lstrip()), word.end()
        pos = word.end()


def _authority_in(text: str, words: list[tuple[int, int]]) -> int | None:
    """Where the last authority the capitals name begins ("ỦY BAN NHÂN DÂN TỈNH X" after the
    title), not the title's own first word nor a body the title names ("... CỦA ỦY BAN ...")."""
    from .lexicon import issuer_heads

    heads = [h.upper().split() for h in issuer_heads()]
    upper = [text[a:b] for a, b in words]
    for k in range(len(words) - 1, 1, -1):
        if upper[k - 1] != "CỦA" and any(upper[k:k + len(h)] == h for h in heads):
            return words[k][0]
    return None


def _blank_before(text: str, start: int, at: int) -> tuple[int, int]:
    """The blanks before ``at`` on its line (none at the line's start)."""
    a = at
    while a > start and text[a - 1] in " \t":
        a -= 1
    return (a, at) if a > start else (at, at)


def _numbered_runs(found: list[regex.Match[str]], value: Callable[[str], int | None]) -> list[list[regex.Match[str]]]:
    """The numbers in ``found`` grouped in runs that count up by one ("1.", "2.", "3.")."""
    runs: list[list[regex.Match[str]]] = []
    last: int | None = None
    for m in found:
        n = value(m.group("n"))
        if n is None:
            continue
        if runs and last is not None and n == last + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
        last = n
    return runs


# ---- syllables written together

# the standard library's engine, and str.split: these read every word of a document
_WORD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE_DIGIT = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?=\d)")
_WORD_AFTER_DIGIT = re.compile(r"(?<=\d)[^\W\d_]+(?![^\W\d_])")
_EDGES = " \t\n.,;:!?()[]{}\"'“”‘’«»-–—/…*%+=<>|0123456789"
_CASE_TURN = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def restore_spaces(text: str) -> Result:
    """Spaces put back between syllables that PDF text runs together: "Đảng bộxã" -> "Đảng bộ
    xã", "Ban Thường vụĐảng uỷ", "nhiệm kỳ2025". Only runs holding a Vietnamese letter with a mark
    are read, and only a reading that the text's own words make certain is taken
    (``syllables.split_run``)."""
    tokens = text.split()
    seen = _Seen(tokens)
    words, mixed = _marked_words(set(tokens))
    fixes: dict[str, list[int]] = {}  # word -> offsets in it where a space goes
    runs = list(filterfalse(is_syllable, words))
    lost = _spaces_lost(runs)
    for word in runs:
        # a name ("Êban", "Niê") is cut on how common its syllables are only in a text that
        # shows its spaces were lost: a name is no run of common syllables elsewhere
        cuts = _cuts(word, seen, prior=lost or word.islower())
        if cuts:
            fixes[word] = cuts
    before_digit: set[str] = set()  # words that take a space before a figure run on to them
    for word in set(_WORD_BEFORE_DIGIT.findall(mixed)):
        tail = word[fixes[word][-1]:] if word in fixes else word
        if not tail.isascii() and is_syllable(tail) and _known(tail.lower(), seen):
            before_digit.add(word)  # "kỳ2025", "Ngọ2026"
    # a numeral run on ends the word: only the words that end on a numeral's letter are asked,
    # picked in C (a document has several hundred words with marks)
    for word in filter(methodcaller("endswith", _ROMAN_LETTERS), words):
        cut = _before_numeral(word)
        if cut:
            fixes[word] = sorted({*fixes.get(word, ()), cut})  # "thứXIV", "KHOÁXVIII"
    edits: list[Edit] = []
    for word in fixes.keys() | before_digit:
        for at in _whole_word_at(text, word):
            edits += [(at + c, at + c, " ") for c in fixes.get(word, ())]
            end = at + len(word)
            if word in before_digit and text[end:end + 1].isdigit():
                edits.append((end, end, " "))
    edits += _after_digits(text, mixed, seen, fixes)
    return apply_edits(text, sorted(edits))


_ROMAN_TAIL = re.compile(r"(?<=[^\x00-\x7f])[IVXLC]{1,7}\Z")
_ROMAN_LETTERS = tuple("IVXLC")


@lru_cache(maxsize=1)
def _numeral_leads() -> frozenset[str]:
    from .lexicon import layout

    return frozenset(layout().numeral_leads)


def _before_numeral(word: str) -> int | None:
    """Where a Roman numeral run on to the word it follows starts ("lần thứXIV", "KHOÁXVIII"):
    only after the words that take one, so "HỘI" is never "HỘ I"."""
    tail = _ROMAN_TAIL.search(word)
    if tail is None or roman_to_int(tail.group()) is None:
        return None
    return tail.start() if _is_numeral_lead(word[:tail.start()]) else None


def _is_numeral_lead(word: str) -> bool:
    from .normalize import fold  # normalize reads this module: folded only for the few words asked about

    return fold(word) in _numeral_leads()


def _after_digits(text: str, mixed: str, seen: Callable[[str], int], fixes: dict[str, list[int]]) -> list[Edit]:
    """A space before a word run on to a figure ("năm 2025đạt", "quý I/2026gồm"): a syllable the
    text has or Vietnamese often uses, not a unit ("10ha", "5G" are ASCII and never read)."""
    edits: list[Edit] = []
    for word in set(_WORD_AFTER_DIGIT.findall(mixed)):
        head = word[:fixes[word][0]] if word in fixes else word
        if head.isascii() or not is_syllable(head) or not _known(head.lower(), seen):
            continue
        at = text.find(word)
        while at >= 0:
            if at and text[at - 1].isdigit() and not _LETTER.match(text, at + len(word)):
                edits.append((at, at, " "))
            at = text.find(word, at + 1)
    return edits


_PUNCTUATION = ".,;:!?()[]\"'“”‘’«»…"


def _marked_words(tokens: set[str]) -> tuple[set[str], str]:
    """The words (``_WORD``) with a letter beyond ASCII in the distinct ``tokens`` (ASCII
    letters alone are never cut), and the tokens that are more than one word with punctuation
    around it, joined: only these can hold a word run on to a figure."""
    # map and filter with str's own methods: a document's ~1000 distinct tokens pass in C
    cores = set(map(str.strip, filterfalse(str.isascii, tokens), repeat(_PUNCTUATION)))
    words = set(filter(str.isalpha, cores))  # the common token, one word: told without a pattern
    mixed = " ".join(filterfalse(str.isalpha, cores))
    words.update(_WORD.findall(mixed))
    return set(filterfalse(str.isascii, words)), mixed


class _Seen:
    """How often the text has a word standing alone (edges stripped, any case); counted on
    first use, which a text whose spaces are all there seldom reaches."""

    def __init__(self, tokens: list[str]) -> None:
        self._tokens = tokens
        self._counts: dict[str, int] | None = None

    def __call__(self, word: str) -> int:
        if self._counts is None:
            counts: Counter[str] = Counter()
            for token, n in Counter(self._tokens).items():
                counts[token.strip(_EDGES).lower()] += n
            self._counts = counts
        return self._counts.get(word, 0)


_LETTER = lazy(r"[^\W\d_]")


def _whole_word_at(text: str, word: str) -> Iterator[int]:
    """Offsets where ``word`` stands in ``text`` as a whole run of letters (``_WORD``)."""
    at = text.find(word)
    while at >= 0:
        if not (at and _LETTER.match(text, at - 1)) and not _LETTER.match(text, at + len(word)):
            yield at
        at = text.find(word, at + 1)


_LOST_EVIDENCE = 3


def _spaces_lost(runs: list[str]) -> bool:
    """Whether a text's spaces were lost here and there: at least a few of its words in lower
    case read as runs of common syllables ("hệthống", "dựthảo")."""
    found = 0
    for run in runs:
        if run.islower() and most_common_reading(run):
            found += 1
            if found >= _LOST_EVIDENCE:
                return True
    return False


def _cuts(word: str, seen: Callable[[str], int], *, prior: bool) -> list[int]:
    """Offsets in ``word`` where a space was lost: at a turn from lower to upper case after a
    syllable ("vụĐảng", "uỷUBND"), and inside a run of syllables (``split_run``)."""
    cuts: list[int] = []
    pos = _after_abbreviation(word, seen)
    if pos:
        cuts.append(pos)
    bounds = [m.start() for m in _CASE_TURN.finditer(word, pos)] + [len(word)]
    for end in bounds:
        chunk = word[pos:end]
        inner = split_run(chunk, seen, prior=prior) if not chunk.isascii() else None
        cuts += [pos + c for c in inner or ()]
        last = chunk[inner[-1]:] if inner else chunk
        if end < len(word) and not last.isascii() and is_syllable(last) and _known(last.lower(), seen):
            cuts.append(end)
        pos = end
    if not cuts and _unit_letter_head(word, seen):
        cuts.append(1)
    return cuts


_LONE_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def _unit_letter_head(word: str, seen: Callable[[str], int]) -> bool:
    """A unit's last letter run on to the next word ("Gb/sđạt", "km/hđến"): one consonant no
    syllable opens with, then a syllable. Not a capitalised word: a place's name of a minority
    language opens so ("Chư Prông", "Krông Pa")."""
    rest = word[1:]
    if word[:1].isupper() and rest[:1].islower():
        return False
    return word[:1].lower() in _LONE_CONSONANTS and not rest.isascii() and is_syllable(rest) \
        and split_run(word, seen, prior=False) is None and _known(rest.lower(), seen)


_ABBREVIATION_HEAD = regex.compile(r"(\p{Lu}{2,})(\p{Ll}+)")


def _after_abbreviation(word: str, seen: Callable[[str], int]) -> int:
    """Where an abbreviation in capitals run on to the next word ends ("UBNDtỉnh", "MTTQViệt"):
    before the lower-case syllable, or before the capital that opens it; 0 when none does."""
    m = _ABBREVIATION_HEAD.match(word)
    if m is None:
        return 0
    caps, rest = m.end(1), m.end(2)
    for cut in (caps - 1, caps):
        syllable = word[cut:rest]
        if cut >= 2 and is_syllable(syllable) and _known(syllable.lower(), seen):
            return cut
    return 0


def _known(syllable: str, seen: Callable[[str], int]) -> bool:
    """A syllable that the text has standing alone, or one common in Vietnamese: a word run
    on to a capital or a figure ends there ("DựHội", "kỳ2025")."""
    return seen(syllable) > 0 or common(syllable) > 0


# ---- letters spaced apart

# six or more characters each standing alone ("H o à n t h à n h c h i"), or a line of them
# holding a letter ("đ ồ n g ;"): PDF text of a line set with wide letter spacing, where the
# spaces between words were lost among the others. A line of digits alone ("2 2 4") is left:
# joined, it would read as a page number.
# A table row's "|" is never one of them: "| % | ≥ 8 |" is cells, not a word spaced apart.
_SPACED = lazy(r"(?<![^\s|])(?:[^\s|] ){5,}[^\s|](?![^\s|])|(?m:^(?=[^\d\n|]*[^\W\d_])(?:[^\s|] ){1,}[^\s|]$)")
_THREE_ALONE = re.compile(r" \S \S \S\s")
_UNSEEN = -2.0
"""The score of a syllable the text never has as a word: below any reading of seen ones."""


def unspace_letters(text: str) -> Result:
    """Letters spaced apart are read back into words: the spaces inside a word go, those
    between words stay. Words are the syllables the rest of the text uses most."""
    if not _has_spaced_run(text):
        return None  # the common case, told without the pattern's slower scan
    runs = list(_SPACED.finditer(text))
    if not runs:
        return None
    counts = Counter(w.lower() for w in _WORD.findall(text) if len(w) > 1)
    edits: list[Edit] = []
    for m in runs:
        chars = m.group()[0::2]
        keep = _word_breaks(chars, counts)
        edits += [(m.start() + 2 * k + 1, m.start() + 2 * k + 2, "") for k in range(len(chars) - 1) if k + 1 not in keep]
    return apply_edits(text, edits)


def _has_spaced_run(text: str) -> bool:
    """Whether three characters in a row stand alone, as letters spaced apart do (a pattern
    that opens with a space, which the engine looks for fast)."""
    return _THREE_ALONE.search(text) is not None


def _word_breaks(chars: str, counts: Counter[str]) -> set[int]:
    """Offsets in ``chars`` where a word ends and a space belongs."""
    breaks: set[int] = set()
    pieces = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+|\d+(?:[.,/]\d+)*|.", chars)]
    for (start, piece), (nxt, after) in zip(pieces, pieces[1:] + [(len(chars), "")], strict=False):
        if piece[0].isalpha():
            breaks.update(start + c for c in _syllable_cuts(piece, counts))
        if after and (piece[-1].isalnum() and after[0].isalnum() or piece in ",;:" or after == "("
                      or (piece == ")" and after[0].isalnum()) or (start == 0 and piece in "-+•")):
            breaks.add(nxt)
    return breaks


def _syllable_cuts(word: str, counts: Counter[str]) -> list[int]:
    """The best reading of a run of letters as syllables (and capitals as one abbreviation)."""
    best: list[tuple[float, list[int]] | None] = [None] * (len(word) + 1)
    best[0] = (0.0, [])
    for i in range(len(word)):
        if best[i] is None:
            continue
        score, cuts = best[i]  # type: ignore[misc]
        for j in range(i + 1, min(len(word), i + 7) + 1):
            part = word[i:j]
            if part.isupper() and len(part) > 1:
                gain = 0.0 if j == len(word) or word[j].isupper() or not word[j].isalpha() else _UNSEEN
            elif is_syllable(part):
                seen = counts.get(part.lower(), 0)
                gain = math.log(seen) if seen else _UNSEEN
            else:
                continue
            cand = (score + gain - 0.5, [*cuts, j])
            if best[j] is None or cand[0] > best[j][0]:  # type: ignore[index]
                best[j] = cand
    found = best[len(word)]
    return found[1][:-1] if found else []
