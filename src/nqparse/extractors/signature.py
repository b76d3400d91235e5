"""The signature block: authority (T/M, K/T, TM., ...), on whose behalf, title, signer.

The authority line is the last capitals line that opens with an authority form; the title is
the capitals line under it; the signer is the first name-like line after that, skipping
"(Đã ký)" and similar marks. A signature without an authority line (an advisory body's head
signs under the bare title) is found by its title. In a two-column footer written line by
line, the signature stands at the ends of the recipients' lines, beside the "Nơi nhận" of the
document itself: of several lists (a decision, then forms it attaches), the one it stands by.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import regex

from ..lexicon import person_names, signature
from ..normalize import fold, plain_text
from ..phrases.lazy import lazy_regex
from ..phrases.text import squash, trimmed
from ..records import At, record
from ..segment import Block, Layout, is_caps
from .header import body_opener, splits_a_head
from .metadata import read_metadata_box

_SIGNED_MARK = re.compile(r"(?i)^[(\[]?\s*(?:đã\s*ký|ký|chữ ký|đã ký và đóng dấu|ký bởi|signed)\b.*$|^[(\[].*[)\]]$")
_TITLE_LINE = 60
"""A title's line is short ("PHÓ CHỦ TỊCH", "SỞ CÔNG THƯƠNG"): a longer one in capitals is a heading."""
_NAME = regex.compile(r"^\p{Lu}[\p{Ll}\p{Lu}]*(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4}$")


@record
class Level:
    """One authority line: "TM." (``mark``) acting for "ỦY BAN NHÂN DÂN" (``body``)."""

    authority: str
    on_behalf_of: str
    mark: At
    body: At


@record
class Said:
    """A value as written, and where."""

    text: str
    at: At


@record
class SignatureRecord:
    levels: tuple[Level, ...] = ()
    """Every authority line, outermost first."""
    title: Said | None = None
    signer: Said | None = None


def _titles() -> list[str]:
    return sorted(signature().titles, key=len, reverse=True)


def _authority(raw: str) -> str:
    key = "".join(raw.lower().split())
    forms = signature().authorities
    return forms.get(key, raw.replace(" ", ""))


def extract_signature(layout: Layout) -> SignatureRecord:
    """Each reader below takes the signature as read so far and returns it refined."""
    sig = SignatureRecord()
    start_index: int | None = None
    if layout.signature_block is not None:
        sig, start_index = _read_levels(layout, layout.signature_block)
    if start_index is None:
        title_block = _find_title_block(layout)
        start_index = title_block.index if title_block else None
    sig = _title_and_signer(layout, start_index, sig) if start_index is not None else _beside_recipients(layout)
    if sig.signer is None and (sig.title is not None or sig.levels):
        # a legal web site's "Người ký:" names the one who signs the block its copy shows without a
        # name; a copy cut before its signature has none to name
        box = read_metadata_box(layout).get("signer")
        if box:
            sig = replace(sig, signer=Said(box.text, box.at))
    return sig


def _level(layout: Layout, block: Block, end: int | None = None) -> Level | None:
    found = block.authority
    if found is None:
        return None
    text = layout.text.text
    mark, end = found.mark, block.end if end is None else end
    while end > found.body_start and not text[end - 1].isalpha():
        end -= 1  # "CHỦ TỊCH _": a scan's debris after the name
    return Level(_authority(text[mark.start:mark.end]), squash(text[found.body_start:end]), mark,
                 At(found.body_start, end))


def _read_levels(layout: Layout, index: int) -> tuple[SignatureRecord, int | None]:
    """"TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": every authority line, outermost first, a body's
    name broken over two lines ("TM. ỦY BAN NHÂN" / "DÂN") read whole. Returns them with the
    index of the line after them (None when there is none)."""
    blocks = layout.blocks
    # the run may open above the line the layout found, past a broken line, or past a line of the
    # recipients' column where a two-column footer was written out cell by cell
    while index >= 2 and _level(layout, blocks[index - 2]) and (
            _broken(layout, blocks[index - 2], blocks[index - 1]) or _recipients_line(layout, blocks[index - 1])):
        index -= 2
    levels: list[Level] = []
    i = index
    while i < len(blocks):
        level = _level(layout, blocks[i])
        if level is None and levels and i + 1 < len(blocks) and _recipients_line(layout, blocks[i]) \
                and _level(layout, blocks[i + 1]):
            i += 1  # "TM. ỦY BAN NHÂN DÂN" / "- Như trên;" / "KT. CHỦ TỊCH"
            continue
        if level is None and levels and _broken(layout, blocks[i - 1], blocks[i]):
            level = _level(layout, blocks[i - 1], end=blocks[i].end)  # "TM. ỦY BAN NHÂN" / "DÂN"
            levels.pop()
        if level is None:
            break
        levels.append(level)
        i += 1
    while levels and i < len(blocks) and _recipients_line(layout, blocks[i]):
        i += 1  # "KT. CHỦ TỊCH" / "- Lưu: VT." / "PHÓ CHỦ TỊCH": the title comes after
    return SignatureRecord(tuple(levels)), i if levels else None


_ARCHIVE_LINE = lazy_regex(r"(?i)^\s*[-–+•·]?\s*lưu\s*:")


def _recipients_line(layout: Layout, block: Block) -> bool:
    """A line of the recipients' list below its "Nơi nhận:" (a bullet, or "Lưu: VT"), met among
    the signature's lines where a two-column footer was written out cell by cell."""
    label = layout.last_label
    return label is not None and label.index < block.index \
        and (block.kind == "bullet" or _ARCHIVE_LINE.match(block.text) is not None)


def interleaved_signature_line(layout: Layout, block: Block) -> bool:
    """Whether ``block`` is a line of the signature's column (an authority line, a title) with a
    recipients' line after it: "Nơi nhận:" / "TM. ỦY BAN NHÂN DÂN" / "- Như trên;" / "KT. CHỦ
    TỊCH" / "- Lưu: VT.", a two-column footer written out cell by cell."""
    blocks = layout.blocks
    if block.index + 1 >= len(blocks) or not _recipients_line(layout, blocks[block.index + 1]):
        return False
    return block.authority is not None or block.text.strip(" |").lower() in _titles()


def _broken(layout: Layout, above: Block, line: Block) -> bool:
    plain = layout.text.plain
    return line.caps and splits_a_head(plain[above.start:above.end], plain[line.start:line.end])


# a two-column footer written line by line: the signature stands at the end of the recipients'
# lines ("Nơi nhận: KT. CHỦ TỊCH", "- Bộ Tài chính (để báo cáo); PHÓ CHỦ TỊCH")
# a web table's cell bars stand around them too: "Nơi nhận: | CHỦ TỊCH |"
_SIDE_AUTHORITY = regex.compile(
    r"(?<=[;:.,)|]\s{0,4}|^|\n)(?P<frag>(?P<a>T\s?/\s?M|K\s?/\s?T|T\s?/\s?L|TM\.|KT\.|TL\.|TUQ\.)\s*"
    r"(?P<body>\p{Lu}[\p{Lu}\s.&-]*\p{Lu}))[\s|]*$")
_SIDE_TITLE = regex.compile(r"(?<=[;:.,)|]\s{0,4})(?P<frag>\p{Lu}[\p{Lu} ]*\p{Lu})[\s|]*$")
# "CHỦ TỊCH Huỳnh Tấn Việt": a table's cells run onto one line
_TITLE_NAME = lazy_regex(r"(?P<t>\p{Lu}[\p{Lu} ]*\p{Lu})\s+(?P<n>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})")


def side_fragment(text: str, start: int, end: int) -> int | None:
    """Where the signature column starts inside a recipients' line, if it shares the line."""
    for pattern in (_SIDE_AUTHORITY, _SIDE_TITLE):
        m = pattern.search(text, start, end)
        if m and (pattern is _SIDE_AUTHORITY or m.group("frag").lower() in _titles()):
            return m.start("frag")
    return None


def footer_label(layout: Layout) -> Block | None:
    """The "Nơi nhận" of the document itself: the last one, unless the signature stands beside
    an earlier one (a decision's footer, before the forms it attaches have lists of their own)."""
    labels = [b for b in layout.blocks if b.kind == "label"]
    if layout.signature_block is None and len(labels) > 1:
        for label in reversed(labels):
            if any(_SIDE_AUTHORITY.search(layout.text.text, b.start, b.end) for b in _region(layout, label)):
                return label
    return layout.last_label


def _region(layout: Layout, label: Block | None) -> tuple[Block, ...]:
    blocks = layout.blocks
    return blocks[label.index:label.index + 40] if label is not None else blocks[-25:]


def _beside_recipients(layout: Layout) -> SignatureRecord:
    """The signature of a two-column footer whose lines run together, or of a table whose cells
    did: its authority and title at the ends of the recipients' lines, the signer below."""
    text = layout.text.text
    levels: list[Level] = []
    title: Said | None = None
    last: Block | None = None
    for b in _region(layout, footer_label(layout)):
        one = _TITLE_NAME.fullmatch(b.text.strip())
        if one and one.group("t").lower() in _titles() and len(one.group("n")) <= 40:
            at = b.start + b.text.index(one.group("t"))
            name_at = b.start + b.text.rindex(one.group("n"))
            return SignatureRecord(tuple(levels), Said(one.group("t"), At(at, at + len(one.group("t")))),
                                   Said(one.group("n"), At(name_at, name_at + len(one.group("n")))))
        end = b.end
        while end > b.start and (text[end - 1].isspace() or text[end - 1] == "|"):  # "Nơi nhận: | CHỦ TỊCH |"
            end -= 1
        if end == b.start or not text[end - 1].isupper():
            continue  # both patterns below end on a capital: most lines are told without them
        m = _SIDE_AUTHORITY.search(text, b.start, b.end)
        if m:
            levels.append(Level(_authority(m.group("a")), squash(m.group("body")), At(m.start("a"), m.end("a")),
                                At(m.start("body"), m.end("body"))))
            last = b
            continue
        t = _SIDE_TITLE.search(text, b.start, b.end)
        if t and title is None and t.group("frag").lower() in _titles():
            title = Said(t.group("frag"), At(t.start("frag"), t.end("frag")))
            last = b
    return SignatureRecord(tuple(levels), title, _signer_below(layout, last) if last is not None else None)


def _signer_below(layout: Layout, last: Block) -> Said | None:
    for b in layout.blocks[last.index + 1:last.index + 25]:
        line = b.text.strip()
        if b.kind != "bullet" and _NAME.match(line) and len(line) <= 40 and not is_caps(line):
            return Said(line, At(b.start, b.end))
    return None


def closes_signed(layout: Layout) -> bool:
    """Whether the text closes on a signer's title in capitals over a person's name ("CHỦ TỊCH" /
    "Lê Văn An"), with or without an authority line above it."""
    block = _find_title_block(layout)
    return block is not None and _title_and_signer(layout, block.index, SignatureRecord()).signer is not None


def _find_title_block(layout: Layout) -> Block | None:
    folded = layout.text.folded
    titles = set(_titles())
    for block in reversed(layout.blocks[layout.footer_start:] or layout.blocks[-12:]):
        line = folded[block.start:block.end].strip(" |")  # "| CHỦ TỊCH |": a web table's cell
        if block.caps and (line in titles or _title_of_a_body(layout, block, line)):
            return block
    return None


def _title_of_a_body(layout: Layout, block: Block, line: str) -> bool:
    """"CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG" over "(Đã ký)" or a name: a title with the body it heads, as
    a government's or a ministry's decision signs, with no authority line."""
    title = next((t for t in _titles() if line.startswith(t + " ")), None)
    if title is None or len(line) > _TITLE_LINE:
        return False
    if not body_opener().match(layout.text.plain[block.start:block.end].strip(" |")[len(title):].lstrip()):
        return False
    nxt = layout.blocks[block.index + 1:block.index + 2]
    return bool(nxt) and (_SIGNED_MARK.match(nxt[0].text.strip()) is not None or _NAME.match(nxt[0].text.strip()) is not None)


def _title_and_signer(layout: Layout, index: int, sig: SignatureRecord) -> SignatureRecord:
    blocks = layout.blocks
    title_parts: list[Block] = []
    i = index
    plain = layout.text.plain
    while (i < len(blocks) and i < index + 4 and blocks[i].caps and len(blocks[i].text) <= _TITLE_LINE
           and not _is_signer_in_capitals(blocks[i], plain[blocks[i].start:blocks[i].end], title_parts)):
        if blocks[i].authority is None:
            title_parts.append(blocks[i])
        i += 1
    if i < len(blocks) and blocks[i].caps and len(blocks[i].text) > _TITLE_LINE \
            and not (title_parts and title_parts[0].text.startswith("|")):
        # a heading in capitals runs on: the text after a web copy's lost footer (not a table's
        # signature cell, "| CHỦ TỊCH |", over the rules the decision attaches)
        title_parts = []
    if title_parts:
        start, end = trimmed(layout.text.text, title_parts[0].start, title_parts[-1].end, " |")  # "| CHỦ TỊCH |"
        sig = replace(sig, title=Said(squash(layout.text.text[start:end]), At(start, end)))
    for block in blocks[i:i + 4]:
        line = block.text.strip()
        if (line.startswith("[") and line.endswith("]")):
            break  # "[Họ và tên Bí thư]": a draft's placeholder, no signer yet
        if _SIGNED_MARK.match(line):
            continue
        if _NAME.match(line) and len(line) <= 40:
            sig = replace(sig, signer=Said(line, At(block.start, block.end)))
        break
    return sig


def _is_signer_in_capitals(block: Block, plain: str, title_parts: list[Block]) -> bool:
    """A capitals line after the title that is a person's name, not more of the title."""
    if not title_parts:
        return False
    words = block.text.split()
    return 2 <= len(words) <= 5 and not any(block.text.lower().startswith(t) for t in _titles()) \
        and is_caps(block.text) and not ("/" in block.text or "." in block.text) and not _names_a_body(plain)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(plain_text(fold(name)) for name in person_names().surnames)


def _names_a_body(plain: str) -> bool:
    """"SỞ CÔNG THƯƠNG", the title's body ("PHÓ GIÁM ĐỐC" / "SỞ CÔNG THƯƠNG"), unless its first
    word is a surname ("ĐOÀN VĂN AN"). ``plain`` is the line as ``Text.plain`` has it."""
    return bool(body_opener().match(plain)) and plain.split()[0] not in _surnames()
