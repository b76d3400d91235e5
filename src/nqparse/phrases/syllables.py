"""Vietnamese syllable shape: how Vietnamese a piece of text looks.

Encoding detection decodes the same bytes several ways and keeps the decoding whose words are
most often well-formed Vietnamese syllables (onset + rhyme + at most one tone mark). A wrong
decoding turns letters into symbols or into vowel clusters no syllable has, so the share of
well-formed syllables among the words with non-ASCII letters separates the candidates clearly.
The rhyme inventory follows the standard description of Vietnamese phonotactics (Đoàn Thiện
Thuật, Ngữ âm tiếng Việt), written in the national orthography.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ..lexicon import syllable_frequencies

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

_ONSETS = ("ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")

_RHYME_TABLE = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ooc oong
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu
uôc uôi uôm uôn uông uôt uơ
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
"""
_RHYMES = tuple(_RHYME_TABLE.split())


@lru_cache(maxsize=1)
def _syllable_pattern() -> re.Pattern[str]:
    onsets = "|".join(sorted(_ONSETS, key=len, reverse=True))
    rhymes = "|".join(sorted(_RHYMES, key=len, reverse=True))
    return re.compile(rf"(?:{onsets})(?:{rhymes})")


def _untoned(word: str) -> tuple[str, int]:
    """``word`` lower-cased without its tone marks, and how many tone marks it had."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_MARKS)
    kept = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept), tones


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` (one token, any case) is a well-formed Vietnamese syllable."""
    if not word or len(word) > 8:
        return False
    base, tones = _untoned(word)
    if tones > 1 or (tones and _tone_off_its_vowel(word)):
        return False
    if base.startswith("gi") and _syllable_pattern().fullmatch("g" + base[1:]):
        return True  # gì, giữa: "gi" is the onset and the i may be the nucleus
    return _syllable_pattern().fullmatch(base) is not None


# the vowel runs whose last vowel takes the tone: "biết", "yến", "muốn", "được", "chuyến"
_LAST_TAKES_TONE = ("iê", "yê", "uô", "ươ", "uyê")


def _tone_off_its_vowel(word: str) -> bool:
    """Whether the tone mark sits before the vowel of a run that must carry it ("phúyên" is
    "phú" + "yên" run together, no syllable)."""
    letters = [unicodedata.normalize("NFD", c) for c in word.lower()]
    at = next((i for i, c in enumerate(letters) if any(m in _TONE_MARKS for m in c)), None)
    if at is None:
        return False
    rest = "".join(unicodedata.normalize("NFC", "".join(m for m in c if m not in _TONE_MARKS))
                   for c in letters[at:at + 3])
    return rest.startswith(_LAST_TAKES_TONE)


_TOKEN_EDGES = " \t\r\n.,;:!?()[]{}\"'“”‘’«»-–—/…*"


def vietnamese_share(text: str, *, limit: int = 4000) -> tuple[float, int]:
    """Share of well-formed syllables among the first ``limit`` words with non-ASCII characters.

    Returns ``(share, count)``; ``count`` is how many such words were seen (0: no evidence).
    """
    seen = good = 0
    for raw in unicodedata.normalize("NFC", text).split():
        token = raw.strip(_TOKEN_EDGES)
        if not token or token.isascii():
            continue
        seen += 1
        good += is_syllable(token)
        if seen >= limit:
            break
    return (good / seen if seen else 0.0), seen


_MAX_PARTS = 4


def _readings(word: str, start: int = 0) -> list[list[int]]:
    """Every way to cut ``word[start:]`` into well-formed syllables: the cut offsets of each."""
    if start == len(word):
        return [[]]
    found: list[list[int]] = []
    for end in range(start + 1, min(len(word), start + 8) + 1):
        # a bare vowel ("i", "a") is a syllable, but too often a letter of the next one
        if (end - start > 1 or not word[start].isascii()) and is_syllable(word[start:end]):
            found += [[end, *rest] for rest in _readings(word, end) if len(rest) < _MAX_PARTS]
    return found


def split_run(word: str, seen: Callable[[str], int], *, prior: bool = True) -> list[int] | None:
    """Where to put spaces back in a run of letters that is two or more syllables written
    together ("bộxã", "uỷvềthực"), or None when the run is a word or cannot be read for certain.

    ``seen(syllable)`` tells how often the text has the syllable as a word of its own. A run is
    cut where every syllable of one reading stands alone elsewhere in the text and no other
    reading does as well ("vụnăm" is "vụ năm", not "vụn ăm"). A short text whose spaces were
    lost all through has too few words standing alone: there the reading whose syllables are
    far more common in Vietnamese is taken ("hệthống" is "hệ thống", not "hệt hống"), unless
    ``prior`` is false.
    """
    if is_syllable(word) or len(word) > _LONGEST_RUN:
        return None
    lower = word.lower()
    if len(word) <= 24:
        scored: list[tuple[int, list[int]]] = []
        for cuts in _readings(lower):
            if len(cuts) >= 2:
                parts = [lower[a:b] for a, b in zip([0, *cuts], cuts, strict=False)]
                scored.append((min(seen(p) for p in parts), cuts[:-1]))
        scored.sort(key=lambda x: x[0], reverse=True)
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] * 4 <= scored[0][0]):
            return scored[0][1]
    found = most_common_reading(lower) if prior else None
    return list(found) if found else None


_LONGEST_RUN = 80
# A reading is taken on how common its syllables are only when it is this much likelier than
# any other (its syllables' joint frequency, in powers of ten x 100): "hệ thống" against
# "hệt hống" is 10^4.7, while a name or a foreign word has no reading this clear.
_PRIOR_MARGIN = 200


@lru_cache(maxsize=4096)  # the repair asks first whether a text lost spaces, then for the cuts
def most_common_reading(word: str) -> tuple[int, ...] | None:
    """The cuts of the reading of ``word`` (lower case) as common Vietnamese syllables whose
    joint frequency is well above any other such reading's; None when there is none.

    Each syllable counts as a word of its own, so a reading's frequency is the product of its
    syllables' (Zipf is log10 of a frequency per 10^9 words: each adds its Zipf less 9). The two
    best readings of every prefix are kept, from the shortest prefix on, which reads a run of
    any length in time linear in it.
    """
    n = len(word)
    best: list[list[tuple[int, tuple[int, ...]]]] = [[] for _ in range(n + 1)]
    best[0] = [(0, ())]
    for end in range(1, n + 1):
        found = []
        for start in range(max(0, end - 8), end):
            if not best[start] or (end - start == 1 and word[start].isascii()):
                continue  # a bare vowel ("a", "i") is more often a letter of the next syllable
            zipf = common(word[start:end]) if is_syllable(word[start:end]) else 0
            if zipf:
                found += [(score + zipf - 900, (*cuts, end)) for score, cuts in best[start]]
        best[end] = sorted(found, reverse=True)[:2]
    readings = [r for r in best[n] if len(r[1]) >= 2]
    if not readings or (len(best[n]) > 1 and best[n][0][0] - best[n][1][0] < _PRIOR_MARGIN):
        return None
    return readings[0][1][:-1]


def common(syllable: str) -> int:
    """How common ``syllable`` (lower case) is in Vietnamese, as Zipf x 100 (lexicon
    ``syllable_frequencies``); 0 for one too rare to be listed."""
    table = syllable_frequencies().zipf_x100
    found = table.get(syllable)
    if found is None:
        from ..normalize import fold  # the lexicon writes the tone on the main vowel: "hòa", not "hoà"

        found = table.get(fold(syllable), 0)
    return found
