"""A small reader of handwritten digits, for the header slots that a clerk fills in by hand.

The ink of a slot is cut into connected components (8-connected; Pillow and pure Python, no
numerical library), and each glyph is scaled as MNIST digits are (its longer side to 20
pixels, centred by its centre of mass on a 28 x 28 field). Its input is that field pooled to
14 x 14 and the directions of its edges (which a thin pen and a thick one share), and its
digit is the one an ensemble of small networks, trained on handwritten digits, finds most
probable (``tools/train_digits.py`` trains them on the handwritten digits of two sets by
different writers, augmented; ``handdigits.json`` holds the weights). A glyph too wide for one
digit (two digits that touch) is cut near its middle where the pair reads best, and read as
two only when both are sure. The networks confuse a 3 written with a flat top with a 5: the
glyph's shape tells the two apart (``is_three``, ``has_left_stem``). Callers give a reading only
when every digit is at least MIN_PROBABILITY sure.
"""

from __future__ import annotations

import base64
import json
import math
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

FIELD = 28  # the side of the field a digit is centred on, as in MNIST
BOX = 20  # the side of the square a digit is scaled into
POOL = 2  # the field is averaged in POOL x POOL blocks before classification
SIDE = FIELD // POOL
CELLS = 4  # the field's parts, across and down, whose edge directions are counted
BINS = 8  # edge directions, over half a turn
ORIENTATION_WEIGHT = 4.0  # the edge directions' share of the input, against the pixels'
INPUTS = SIDE * SIDE + CELLS * CELLS * BINS

MIN_PROBABILITY = 0.9
"""A digit is read only when the ensemble gives it at least this probability: on held-out
digits, 99.7% of MNIST's and 99.3% of scikit-learn's above it are right (98.4% and 98.2% of all)."""

WIDE = 1.15  # a component wider than this times its height may be two digits that touch
PAIR = 1.5  # ... and so may one wider than this times the median width of the slot's other glyphs
NARROW = 0.5  # a glyph narrower than this times its height (a 1) sets no measure of width
CUT_BAND = 0.2  # two touching digits are cut within this share of the width either side of the middle
SPECK = 0.12  # a component shorter than this share of the line's height is a speck or a mark
STEM_BAND = (0.15, 0.4)  # the rows under a 5's top bar, as shares of its height from the top
STEM_SIDE = 0.22  # ... where its stroke down the left lies, on average, within this share of its width
JOIN_BAND = (0.12, 0.28)  # the rows just under a 3's or a 5's top, as shares of its height from the top
JOIN_RIGHT = 0.45  # a 3's ink there lies, on average, at least this share of its width from its left


@dataclass(frozen=True)
class Component:
    """A blob of ink: its pixels (x, y) and its box (x0, y0, x1, y1), x1 and y1 exclusive."""

    pixels: frozenset[tuple[int, int]]
    box: tuple[int, int, int, int]

    @classmethod
    def of(cls, pixels: frozenset[tuple[int, int]]) -> Component:
        xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
        return cls(pixels, (min(xs), min(ys), max(xs) + 1, max(ys) + 1))

    @property
    def width(self) -> int:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


@dataclass(frozen=True)
class Digit:
    value: int
    probability: float
    box: tuple[int, int, int, int]
    cut: bool = False  # read from one half of a glyph cut in two (two digits that touched)


def ink_threshold(image: Image) -> int:
    """The grey level that parts ink from paper in ``image`` (Otsu's method)."""
    histogram = image.convert("L").histogram()
    total = sum(histogram)
    weighted = sum(k * n for k, n in enumerate(histogram))
    best, level, below, below_sum = -1.0, 128, 0, 0.0
    for k in range(256):
        below += histogram[k]
        below_sum += k * histogram[k]
        above = total - below
        if not below or not above:
            continue
        gap = below_sum / below - (weighted - below_sum) / above
        spread = below * above * gap * gap
        if spread > best:
            best, level = spread, k
    return level


def components(image: Image, threshold: int) -> list[Component]:
    """The 8-connected blobs of pixels darker than ``threshold``, left to right."""
    grey = image.convert("L")
    width, height = grey.size
    data = grey.tobytes()
    ink = {(k % width, k // width) for k, v in enumerate(data) if v <= threshold}
    found = []
    while ink:
        seed = ink.pop()
        blob, todo = {seed}, [seed]
        while todo:
            x, y = todo.pop()
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    p = (x + dx, y + dy)
                    if p in ink:
                        ink.remove(p)
                        blob.add(p)
                        todo.append(p)
        found.append(Component.of(frozenset(blob)))
    return sorted(found, key=lambda c: c.box[0])


def merged(parts: Sequence[Component]) -> Component:
    pixels = frozenset().union(*(c.pixels for c in parts))
    return Component(pixels, (min(c.box[0] for c in parts), min(c.box[1] for c in parts),
                              max(c.box[2] for c in parts), max(c.box[3] for c in parts)))


def glyphs(blobs: Sequence[Component], line_height: int) -> list[Component]:
    """The blobs grouped into glyphs: specks dropped, and blobs that mostly overlap in x (a
    stroke broken by the scan, a 5's flag) joined."""
    return glyph_columns([c for c in blobs if max(c.height, c.width) >= SPECK * line_height])


def glyph_columns(blobs: Sequence[Component]) -> list[Component]:
    """The blobs, those that mostly overlap in x joined (a letter and its marks, left to right)."""
    out: list[list[Component]] = []
    for c in sorted(blobs, key=lambda c: c.box[0]):
        if out:
            last = merged(out[-1])
            overlap = min(last.box[2], c.box[2]) - max(last.box[0], c.box[0])
            if overlap > 0.5 * min(last.width, c.width):
                out[-1].append(c)
                continue
        out.append([c])
    return [merged(group) for group in out]


def features(pixels: Iterable[tuple[int, int]]) -> list[float]:
    """The ink of one digit as the network's input: scaled into a BOX square keeping its
    shape, centred on a FIELD square by its centre of mass, pooled, 0..1."""
    from PIL import Image as PILImage

    xs, ys = zip(*pixels, strict=True)
    x0, y0 = min(xs), min(ys)
    width, height = max(xs) - x0 + 1, max(ys) - y0 + 1
    mask = PILImage.new("L", (width, height), 0)
    for x, y in zip(xs, ys, strict=True):
        mask.putpixel((x - x0, y - y0), 255)
    scale = BOX / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = mask.resize(size, PILImage.Resampling.BILINEAR if scale < 1 else PILImage.Resampling.BICUBIC)
    values = small.tobytes()
    mass = sum(values) or 1
    cx = sum((k % size[0]) * v for k, v in enumerate(values)) / mass
    cy = sum((k // size[0]) * v for k, v in enumerate(values)) / mass
    field = PILImage.new("L", (FIELD, FIELD), 0)
    field.paste(small, (round(FIELD / 2 - cx - 0.5), round(FIELD / 2 - cy - 0.5)))
    pooled = field.resize((SIDE, SIDE), PILImage.Resampling.BOX)
    return [v / 255 for v in pooled.tobytes()] + orientations(field.tobytes())


def orientations(field: bytes) -> list[float]:
    """Where the strokes run which way: for each CELLS x CELLS part of the field, the strength
    of its edges in each of BINS directions (a stroke's two edges count alike, so a thin pen
    and a thick one give the same), the whole scaled to unit length."""
    cell = FIELD // CELLS
    out = [0.0] * (CELLS * CELLS * BINS)
    for y in range(1, FIELD - 1):
        for x in range(1, FIELD - 1):
            k = y * FIELD + x
            gx, gy = field[k + 1] - field[k - 1], field[k + FIELD] - field[k - FIELD]
            if gx or gy:
                angle = math.atan2(gy, gx) % math.pi
                slot = min(int(angle / math.pi * BINS), BINS - 1)
                out[((y // cell) * CELLS + x // cell) * BINS + slot] += math.hypot(gx, gy)
    norm = math.sqrt(sum(v * v for v in out)) or 1.0
    return [v / norm * ORIENTATION_WEIGHT for v in out]


@dataclass(frozen=True)
class Network:
    """One hidden layer (ReLU) and a softmax over the ten digits."""

    hidden: tuple[tuple[float, ...], ...]  # one row of input weights per hidden unit
    hidden_bias: tuple[float, ...]
    out: tuple[tuple[float, ...], ...]  # one row of hidden weights per digit
    out_bias: tuple[float, ...]

    def probabilities(self, x: Sequence[float]) -> list[float]:
        h = [max(0.0, b + sum(w * v for w, v in zip(row, x, strict=True)))
             for row, b in zip(self.hidden, self.hidden_bias, strict=True)]
        z = [b + sum(w * v for w, v in zip(row, h, strict=True)) for row, b in zip(self.out, self.out_bias, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]


def _matrix(packed: str, rows: int, cols: int) -> tuple[tuple[float, ...], ...]:
    flat = struct.unpack(f"<{rows * cols}e", base64.b64decode(packed))  # half floats
    return tuple(tuple(flat[r * cols:(r + 1) * cols]) for r in range(rows))


@cache
def networks() -> tuple[Network, ...]:
    """The shipped ensemble (``tools/train_digits.py`` writes it): networks trained from
    different starting weights, whose probabilities are averaged. One network alone is sure
    of itself on some odd hands where the others differ; the mean is sure only when they agree."""
    spec = json.loads(resources.files("nqparse.readers").joinpath("handdigits.json").read_text("utf-8"))
    return tuple(Network(_matrix(m["hidden_weights"], m["hidden"], spec["inputs"]), tuple(m["hidden_bias"]),
                         _matrix(m["out_weights"], 10, m["hidden"]), tuple(m["out_bias"]))
                 for m in spec["members"])


def probabilities(pixels: Iterable[tuple[int, int]]) -> list[float]:
    """The probability of each digit for this ink, averaged over the ensemble."""
    x = features(pixels)
    each = [n.probabilities(x) for n in networks()]
    return [sum(p[k] for p in each) / len(each) for k in range(10)]


def _digit(c: Component) -> Digit:
    p = probabilities(c.pixels)
    value = max(range(10), key=p.__getitem__)
    if value in (3, 5) and is_three(c):
        return Digit(3, p[3] + p[5], c.box)  # see is_three
    if value == 5 and not has_left_stem(c):
        return Digit(value, 0.0, c.box)  # neither a 5 nor surely a 3, see has_left_stem
    return Digit(value, p[value], c.box)


def _rows_ink(c: Component, band: tuple[float, float]) -> list[tuple[int, int]]:
    """The glyph's ink in rows ``band`` (shares of its height from its top)."""
    lo, hi = c.box[1] + band[0] * c.height, c.box[1] + band[1] * c.height
    return [p for p in c.pixels if lo <= p[1] <= hi]


def has_left_stem(c: Component) -> bool:
    """Whether a glyph has a 5's stroke down its left side, under the top bar.

    Many hands write a 3 with a flat top ("ʒ"): a bar, then a stroke from its right end down
    to the left, then the bowl. The networks, trained on digits where such 3s are rare, take
    it for a 5, and so does Tesseract; but a 5 goes down from the bar's left end. Measured
    on drawn glyphs: the leftmost ink of those rows lies at 0.04-0.16 of a 5's width on
    average, 0.26-0.58 of a flat-topped 3's (the Hà Tĩnh letter's day: 0.58)."""
    left: dict[int, int] = {}
    for x, y in _rows_ink(c, STEM_BAND):
        left[y] = min(left.get(y, x), x)
    if not left or c.width <= 0:
        return True
    return sum(x - c.box[0] for x in left.values()) / len(left) / c.width <= STEM_SIDE


def is_three(c: Component) -> bool:
    """Whether a glyph the networks read as a 3 or a 5 is clearly a 3: no 5's stroke down its
    left side under the top (``has_left_stem``), and the stroke leaving its top on the right.

    The networks confuse a 3 written with a flat top ("ʒ") with a 5 and share their
    probability between the two; the shape tells them apart, so such a glyph is a 3 with
    both shares. In the rows just under the top, a 5's ink (its stem, or its bar drawn
    thick) lies at 0.14-0.23 of its width from its left on average and a flat-topped 3's
    (the stroke down from the bar's right end) at 0.55-0.58, a round 3's at 0.55-0.62."""
    ink = _rows_ink(c, JOIN_BAND)
    if not ink or c.width <= 0 or has_left_stem(c):
        return False
    return sum(x - c.box[0] for x, _ in ink) / len(ink) / c.width >= JOIN_RIGHT


def _split(c: Component) -> tuple[Digit, Digit] | None:
    """Two touching digits, cut at the column near the glyph's middle that gives the most
    confident pair; None unless both halves are sure digits.

    The cut is sought only in the middle part: nearer an edge, a stroke cut off one digit may
    read as a sure digit of its own. Not simply where the ink is least: a 4's bar may run under
    the 0 after it, and the least ink is then inside the 0."""
    best: tuple[Digit, Digit] | None = None
    step = max(1, c.height // 12)
    for x in range(c.box[0] + math.ceil(c.width * (0.5 - CUT_BAND)), c.box[0] + math.floor(c.width * (0.5 + CUT_BAND)) + 1,
                   step):
        left = frozenset(p for p in c.pixels if p[0] < x)
        right = c.pixels - left
        if not left or not right:
            continue
        pair = (replace(_digit(Component.of(left)), cut=True), replace(_digit(Component.of(right)), cut=True))
        if min(d.probability for d in pair) >= MIN_PROBABILITY and (
                best is None or pair[0].probability * pair[1].probability > best[0].probability * best[1].probability):
            best = pair
    return best


def _wide(c: Component, others: Sequence[Component]) -> bool:
    """Whether a glyph may be two digits that touch: wider than a digit's shape allows, or
    about twice as wide as the slot's other digits (pairs overlap, so somewhat less). A 1 is no
    measure of a digit's width, so narrow glyphs are not compared with."""
    if c.width > WIDE * c.height:
        return True
    widths = sorted(o.width for o in others if o.width >= NARROW * o.height)
    return bool(widths) and c.width > PAIR * widths[len(widths) // 2]


def read_digits(glyph_list: Sequence[Component]) -> list[Digit]:
    """Each glyph's digit; a glyph wide enough for two is read as two when both halves of its cut
    are sure digits."""
    out: list[Digit] = []
    for k, c in enumerate(glyph_list):
        others = [*glyph_list[:k], *glyph_list[k + 1:]]
        pair = _split(c) if _wide(c, others) else None
        if pair is not None:
            out.extend(pair)
        else:
            out.append(_digit(c))
    return out
