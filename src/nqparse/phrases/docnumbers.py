"""Số và ký hiệu: the party form ``01-NQ/TU`` and the state forms ``123/QĐ-UBND``,
``22/2013/QĐ-TTg``, ``1210/2016/UBTVQH13``.

A number needs a type code after it, so a period such as ``2021-2025`` or a count such as
``5/20`` is never read as a document number; an official letter's ``4250/BNNMT-ĐCKS``, which
has none, is read only after "số", as is a number of the 1980s' government, its issuer after a
dash (``50-HĐBT``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..lexicon import document_types
from ..records import DocumentKind, record
from .lazy import lazy_regex
from .syllables import is_syllable
from .terms import YEAR
from .text import SPACES, matches_at, runs_before


@record
class DocNumber:
    text: str
    normalized: str
    type_code: str | None
    body_code: str | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _code_forms() -> dict[str, str]:
    """Each type code under every spelling a copy gives it, mapped to the code: a code with a
    lower-case letter ("CTr", "TTr") is typed all in capitals ("29-CTR/TU") or with a capital
    first letter only ("29-Ctr/TU") as often as it is written right."""
    forms: dict[str, str] = {}
    for code in document_types().codes:
        for form in (code.upper(), code[0] + code[1:].lower()) if code != code.upper() else ():
            forms.setdefault(form, code)
    for code in document_types().codes:
        forms[code] = code
    return forms


def _codes() -> list[str]:
    return sorted(_code_forms(), key=len, reverse=True)


# a unit's code may join two of its parts with "&" ("SKH&ĐT", "SNN&PTNT"): one code, kept whole
_BODY = r"[A-ZĐƯ][A-Za-zĐđƯư]{0,11}(?:&[A-ZĐƯ][A-Za-zĐđƯư]{0,11})*"
# a number may carry a lower-case letter, an issue squeezed in between two ("30c/NQ-CP", "36a/NQ-CP")
_SUFFIX = r"[a-zđ]?"


@lru_cache(maxsize=1)
def number_pattern() -> re.Pattern[str]:
    types = "|".join(regex.escape(c) for c in _codes() if _code_forms()[c] not in ("QH", "UBTVQH", "TTg", "L", "PL"))
    party = rf"(?P<pn>\d{{1,4}}{_SUFFIX})\s?[-‐–]\s?(?P<pt>{types})\s?/\s?(?P<pb>{_BODY}(?:\s?-\s?{_BODY})*)"
    # a web copy may space the dash here too ("04/2021/TT- TTCP")
    legal = rf"(?P<ln>\d{{1,5}}{_SUFFIX})/(?P<ly>{YEAR})/(?P<lt>{types}|PL|L)-\s?(?P<lb>{_BODY}(?:-{_BODY})*\d{{0,2}})"
    assembly = rf"(?P<qn>\d{{1,5}})/(?P<qy>{YEAR})/(?P<qt>UBTVQH|QH)(?P<qk>\d{{1,2}})"
    # bodies joined by "." as well as "-": "06/QC-TT.HĐND-UBND" (the standing committee of the
    # council and the people's committee together)
    # a body alone may carry its term ("1670/NQ-UBTVQH15"), and a web copy may space the dash
    # ("46/BC- HĐND")
    admin = rf"(?P<an>0*\d{{1,5}}{_SUFFIX})/(?P<at>{types})-\s?(?P<ab>{_BODY}\d{{1,2}}(?![-.])|{_BODY}(?:[-.]{_BODY})*\d?)"
    # a joint document, its issuers after a slash: "01/QCPH/UBND-UBMTTQ", "19/2008/NQLT/CP-UBTUMTTQVN"
    joint = rf"(?P<jn>\d{{1,5}}{_SUFFIX})/(?:{YEAR}/)?(?P<jt>[A-ZĐ][A-Za-zĐđ]{{1,7}})/(?P<jb>{_BODY}(?:-{_BODY})+)"
    # an official letter (công văn) is numbered by its office and unit, with no type code
    # ("Văn bản số 4250/BNNMT-ĐCKS"): read only after "số", where it cannot be a count
    # ("số", "số:", "số  "; a look-behind of one width each, as re wants)
    after_so = "|".join(f"(?<=[sS][ốỐ]{colon}{' ' * spaces})" for colon in ("", ":") for spaces in range(3))
    # a decision or decree of the 1980s' government has its issuer after a dash ("Nghị định số 50-HĐBT")
    # a number padded with zeros to six places ("Công văn số 010094/UBND-TH")
    office = rf"(?:{after_so})(?P<on>0*\d{{1,5}}{_SUFFIX})(?:[ ]?/|-)(?P<ob>{_BODY}(?:-{_BODY})*\d?)(?![-‐–/])"
    # a web copy that lost the dash of a legal number glues its type code to its issuer
    # ("Thông tư số 22/2014/TTBNNPTNT", "Nghị định số 61/2018/NĐCP"): read only after "số"
    glued = rf"(?:{after_so})(?P<gn>\d{{1,5}}{_SUFFIX})/{YEAR}/(?P<gt>{types})(?P<gb>[A-ZĐ]{{2,10}})"
    # "số" may be glued to the number, and to the word before it, where PDF text lost its spaces
    # ("Chỉ thịsố53-CT/TW"); ``find_numbers`` keeps such a match only when the glue is certain
    # a party number whose dash a copy wrote as a space ("Kế hoạch số 298 KH/TWĐTN"): read only after "số"
    spaced = rf"(?:{after_so})(?P<sn>\d{{1,4}}{_SUFFIX})[ ](?P<st>{types})/(?P<sb>{_BODY}(?:-{_BODY})*)"
    return re.compile(rf"(?:(?<![\w/.-])|(?<=[sS][ốỐ]))(?:{assembly}|{joint}|{legal}|{party}|{admin})(?![\w])"
                      rf"|{office}(?![\w])|{glued}(?![\w-])|{spaced}(?![\w/-])")


BLANK_NUMBER = lazy_regex(r"(?i)^s[ốôo]\s*:?\s*[._…\s]*[-/]\s*[\p{L}]")


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def normalize_number(text: str) -> str:
    s = SPACES.sub("", _DASHES.sub("-", text))
    return s.replace("TƯ", "TW").replace("Tư", "TW")


def _glued_with_certainty(text: str, at: int) -> bool:
    """True unless the number at ``at`` follows a letter; glued to "số", true when the letters
    before "số" are empty or one well-formed syllable. No syllable has "s" as its final
    consonant, so "thịsố" can only be "thị số"."""
    if at == 0 or not text[at - 1].isalpha():
        return True
    first = at - 2
    while first > 0 and text[first - 1].isalpha() and at - 2 - first < 8:
        first -= 1
    word = text[first:at - 2]
    return not word or (is_syllable(word) and not (first and text[first - 1].isalpha()))


# opened on its "số" (a literal the engine scans for), not on a look-behind (tried at every
# offset); the capital after the number is looked at, not taken, as the look-behind did
_SPACED_OPEN = re.compile(r"[sS][ốỐ][: ]{1,3}(\d{1,4}) (?=[A-ZĐ])")


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[DocNumber]:
    found = []
    end = len(text) if end is None else end
    # every number opens with a run of digits with a dash or a slash after it, or a space and a
    # type code after "số" ("số 298 KH/TWĐTN")
    opens = runs_before(text, start, end)
    spaced = tuple(m.start(1) for m in _SPACED_OPEN.finditer(text, max(0, start - 2), end))
    if spaced:
        opens = tuple(sorted({*opens, *spaced}))
    for m in matches_at(number_pattern(), text, opens, start, end):
        if not _glued_with_certainty(text, m.start()):
            continue
        g = m.groupdict()
        type_code = g["pt"] or g["lt"] or g["at"] or g["qt"] or g["jt"] or g["gt"] or g["st"]
        type_code = _code_forms().get(type_code, type_code) if type_code else None
        body = g["pb"] or g["lb"] or g["ab"] or (g["qt"] and f"{g['qt']}{g['qk']}") or g["ob"] or g["jb"] or g["gb"] \
            or g["sb"]
        raw = m.group(0)
        found.append(DocNumber(raw, normalize_number(raw), type_code, body, m.start(), m.end()))
    return found


def kind_of_code(type_code: str | None) -> DocumentKind | None:
    if not type_code:
        return None
    kind = document_types().codes.get(type_code)
    return kind
