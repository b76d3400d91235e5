"""Whether Unicode text may hold words typed in a legacy Vietnamese font (TCVN3, VNI).

Such words show characters of the Latin-1 and Windows-1252 range that Vietnamese Unicode
never uses (µ ¸ ¶ ¹ ¨ ø ö ...). Text without any of them needs no repair, so the costly
per-word scoring is skipped; this module stays light so that check costs nothing to load.
"""

from __future__ import annotations

# Latin-1 letters Vietnamese Unicode uses, and punctuation common in it
_VIETNAMESE_LATIN = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ“”‘’–—…•·°§«»×±\u00a0"
_LEGACY_RANGE = "".join(chr(c) for c in range(0xA0, 0x100)) + bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")
_TRACES = tuple(c for c in _LEGACY_RANGE if c not in _VIETNAMESE_LATIN and c.isprintable())


def may_hold_legacy_words(text: str, limit: int = 100_000) -> bool:
    """True when the first ``limit`` characters show a character a legacy font leaves."""
    # each character looked for on its own (str's find runs at memory speed): a pattern's
    # class would be tried at every character of the text
    head = text if len(text) <= limit else text[:limit]
    return any(c in head for c in _TRACES)
