"""The signature block: authority (T/M, K/T, TM., ...), on whose behalf, title, signer.

The authority line is the last capitals line that opens with an authority form; the title is
the capitals line under it; the signer is the first name-like line after that, skipping
"(Đã ký)" and similar marks. A signature without an authority line (an advisory body's head
signs under the bare title) is found by its title.
"""

from __future__ import annotations

import regex

from ..lexicon import load
from ..models import Signature, Span
from ..segment import SIGNATURE_AUTHORITY, Block, Layout, is_caps
from .metadata import read_metadata_box

_SIGNED_MARK = regex.compile(r"(?i)^[(\[]?\s*(?:đã\s*ký|ký|chữ ký|đã ký và đóng dấu|ký bởi|signed)\b.*$|^[(\[].*[)\]]$")
_NAME = regex.compile(r"^\p{Lu}[\p{Ll}\p{Lu}]*(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4}$")


def _titles() -> list[str]:
    return sorted(load("signature")["titles"], key=len, reverse=True)


def _authority(raw: str) -> str:
    key = "".join(raw.lower().split())
    forms: dict[str, str] = load("signature")["authorities"]
    return forms.get(key, raw.replace(" ", ""))


def extract_signature(layout: Layout) -> Signature:
    sig = Signature()
    spans: dict[str, Span] = {}
    blocks = layout.blocks
    plain = layout.text.plain
    start_index: int | None = None
    if layout.signature_block is not None:
        block = blocks[layout.signature_block]
        m = SIGNATURE_AUTHORITY.fullmatch(plain[block.start:block.end])
        if m:
            sig.authority = _authority(block.text[m.start("a"):m.end("a")])
            spans["authority"] = Span(start=block.start + m.start("a"), end=block.start + m.end("a"))
            body_start = block.start + m.start("body")
            sig.on_behalf_of = layout.text.text[body_start:block.end].strip()
            spans["on_behalf_of"] = Span(start=body_start, end=block.end)
            start_index = block.index + 1
    if start_index is None:
        title_block = _find_title_block(layout)
        start_index = title_block.index if title_block else None
    if start_index is not None:
        _title_and_signer(layout, start_index, sig, spans)
    if sig.signer is None:
        box = read_metadata_box(layout).get("signer")  # a legal web site's "Người ký:"
        if box:
            sig.signer, spans["signer"] = box.text, box.span
    sig.spans = spans
    return sig


def _find_title_block(layout: Layout) -> Block | None:
    folded = layout.text.folded
    titles = set(_titles())
    for block in reversed(layout.blocks[layout.footer_start:] or layout.blocks[-12:]):
        if block.caps and folded[block.start:block.end].strip() in titles:
            return block
    return None


def _title_and_signer(layout: Layout, index: int, sig: Signature, spans: dict[str, Span]) -> None:
    blocks = layout.blocks
    title_parts: list[Block] = []
    plain = layout.text.plain
    i = index
    while i < len(blocks) and i < index + 4 and blocks[i].caps and not _is_signer_in_capitals(blocks[i], title_parts):
        if not SIGNATURE_AUTHORITY.fullmatch(plain[blocks[i].start:blocks[i].end]):
            title_parts.append(blocks[i])
        i += 1
    if title_parts:
        sig.title = " ".join(b.text for b in title_parts)
        spans["title"] = Span(start=title_parts[0].start, end=title_parts[-1].end)
    for block in blocks[i:i + 4]:
        line = block.text.strip()
        if (line.startswith("[") and line.endswith("]")):
            break  # "[Họ và tên Bí thư]": a draft's placeholder, no signer yet
        if _SIGNED_MARK.match(line):
            continue
        if _NAME.match(line) and len(line) <= 40:
            sig.signer = line
            spans["signer"] = Span(start=block.start, end=block.end)
        break


def _is_signer_in_capitals(block: Block, title_parts: list[Block]) -> bool:
    """A capitals line after the title that is a person's name, not more of the title."""
    if not title_parts:
        return False
    words = block.text.split()
    return 2 <= len(words) <= 5 and not any(block.text.lower().startswith(t) for t in _titles()) \
        and is_caps(block.text) and not ("/" in block.text or "." in block.text)
