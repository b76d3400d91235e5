"""Scanned pages -> positioned words, through Tesseract 5 and its Vietnamese model.

Guarantees to the readers that call it (``pdf`` for PDF pages, ``image`` for image files):

1. ``usable_text_layer`` judges a page's own text by the share of its words that are
   well-formed Vietnamese syllables with their tone and vowel marks: a missing layer, a legacy
   font mapped to the wrong glyphs ("&Ӝ1 H“A XÃ") and an old OCR layer without diacritics
   all fall below the bar, and are OCR'd under ``--ocr auto``.
2. ``ocr_pages`` turns page images into ``PageScan``s: lines of ``OcrSegment``s in PDF points
   (72 per inch, from the page's top-left), ready for the layout rules of ``pdflayout``; each
   segment keeps its words with their pixel boxes on the image as given (before any turn).
3. A page turned by 90°, 180° or 270° is set upright (Tesseract's orientation detection, run
   only when the upright reading looks wrong, since it costs a second pass); a slightly skewed
   page is straightened first (a projection profile over a small copy of the page).
4. Pages are recognized in parallel, ``jobs`` at a time, one Tesseract process each with one
   thread (``OMP_THREAD_LIMIT=1``): OpenMP inside Tesseract gains little and fights the
   other workers for the cores.
5. Without Tesseract or its ``vie`` model, ``OcrUnavailableError`` says in one line how to
   install them.

The binding is a plain subprocess call of the ``tesseract`` command, page image on stdin
(uncompressed BMP: encoding costs milliseconds) and TSV on stdout. Measured on a 300 dpi page
it is as fast as pytesseract (which writes temporary files) and as tesserocr (whose wheel
bundles its own Tesseract build), and needs no extra Python package.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import InputError, OcrUnavailableError
from ..phrases.syllables import is_syllable
from .options import DEFAULT_DPI, DEFAULT_OCR, OcrMode, OcrOptions  # noqa: F401  (named here by callers too)
from .pdflayout import Line, Segment, group_lines
from .scanprogress import page_done

if TYPE_CHECKING:
    from PIL.Image import Image

    from .scantables import GridTable

LANGUAGE = "vie"
INSTALL_HINT = ("install it: apt-get install tesseract-ocr tesseract-ocr-vie (Debian/Ubuntu), "
                "brew install tesseract tesseract-lang (macOS), or the UB Mannheim installer (Windows)")

USABLE_SHARE = 0.4
"""A page's text is usable when at least this share of its words are marked Vietnamese
syllables. Real Vietnamese prose has 0.8-0.9 (most syllables carry a mark); a broken font
gives under 0.1 and a layer without diacritics 0."""

MIN_WORDS_TO_JUDGE = 15
"""Fewer words than this say too little to judge a layer by: any 20 letters pass."""

WRONG_CONFIDENCE = 55.0
"""An upright reading whose mean word confidence falls below this may be of a turned page."""

_ODD_CHARACTERS = str.maketrans({"\u2044": "/", "\u2215": "/", "\u2010": "-", "\u2011": "-", "\ufb01": "fi"})
"""Characters Tesseract reads where the page prints a plain one: the fraction slash of "1105⁄KH"."""

Region = Callable[[tuple[int, int, int, int], float], "Image"]
"""Renders a box of a page image (pixels, may reach past the page) again from its source at
``factor`` times the image's resolution: a PDF page, whose scan may hold more than its
rendering at ``--dpi`` shows."""

MAX_SKEW = 5.0
"""Degrees: a page skewed more than this is a photograph, not a scan; it is left as it is."""


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the page image as given
    by_hand: bool = False  # read by the handwritten-digit reader, not by Tesseract


@dataclass(frozen=True)
class OcrSegment(Segment):
    """A run of words on one line, with each word's pixel box."""

    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class ScanTable:
    rows: list[list[str]]
    top: float  # points
    bottom: float
    cell_boxes: list[list[tuple[int, int, int, int] | None]] = field(default_factory=list)  # pixels, image as given


@dataclass
class PageScan:
    lines: list[Line]
    width: float  # points
    height: float
    confidences: list[float] = field(default_factory=list)
    tables: list[ScanTable] = field(default_factory=list)
    by_hand: tuple[str, ...] = ()  # what the handwritten-digit reader read on the page


# -- judging a text layer --------------------------------------------------------------------


def usable_text_layer(text: str) -> bool:
    """Whether a page's own text reads as Vietnamese (see guarantee 1)."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return sum(1 for c in text if c.isalnum()) >= 20
    return marked_share(words) >= USABLE_SHARE


def marked_share(words: Sequence[str]) -> float:
    """Share of ``words`` that are well-formed Vietnamese syllables written with marks."""
    good = 0
    for raw in words:
        token = raw.strip(".,;:!?()[]{}\"'“”‘’«»-–—/…*")
        good += bool(token) and not token.isascii() and is_syllable(token)
    return good / len(words) if words else 0.0


# -- the engine --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def engine() -> tuple[str, str]:
    """The ``tesseract`` command and its version; ``OcrUnavailableError`` when it cannot OCR Vietnamese."""
    command = shutil.which(os.environ.get("NQPARSE_TESSERACT", "tesseract"))
    if command is None:
        raise OcrUnavailableError("this input needs OCR, and Tesseract is not installed", hint=INSTALL_HINT)
    try:
        langs = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=60)
        version = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrUnavailableError(f"this input needs OCR, and Tesseract does not run ({e})",
                                  hint=INSTALL_HINT) from None
    if LANGUAGE not in langs.stdout.split():
        raise OcrUnavailableError("this input needs OCR, and Tesseract has no Vietnamese model (vie)",
                                  hint=INSTALL_HINT)
    first = (version.stdout or version.stderr).split("\n", 1)[0].strip()
    return command, first or "tesseract"


@functools.lru_cache(maxsize=4)
def has_model(language: str) -> bool:
    """Whether Tesseract has the model ``language`` (``eng`` comes with it on every system, but
    a custom tessdata folder may lack it)."""
    command, _ = engine()
    try:
        langs = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return language in langs.stdout.split()


def _run(args: list[str], image: Image, timeout: float = 600) -> str:
    command, _ = engine()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    # an uncompressed file, not a pipe: Tesseract took 10% more time on a page it read from
    # standard input, and a compressed image costs time to write and to read
    with tempfile.TemporaryDirectory(prefix="nqparse-ocr-") as folder:
        path = os.path.join(folder, "page.bmp")
        image.save(path, "BMP")
        try:
            done = subprocess.run([command, path, "stdout", *args], capture_output=True, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            done = None
    if done is None:
        raise InputError(f"Tesseract took over {timeout:.0f} s on one page") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise InputError(f"Tesseract failed on a page: {reason[0][:160]}")
    return done.stdout.decode("utf-8", "replace")


def recognize(image: Image, dpi: int) -> list[Word]:
    """Tesseract's words on ``image`` (grey), with their confidences and pixel boxes, in its order."""
    tsv = _run(["-l", LANGUAGE, "--dpi", str(dpi), "--psm", "3", "tsv"], image)
    words: list[Word] = []
    lines: list[tuple[int, int, int]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip().translate(_ODD_CHARACTERS)
        if row.get("level") != "5" or not text:
            continue
        left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
        words.append(Word(text, float(row["conf"]), (left, top, left + width, top + height)))
        lines.append((int(row["block_num"]), int(row["par_num"]), int(row["line_num"])))
    keep = _not_specks(words)
    return _with_line_breaks([w for w, k in zip(words, keep, strict=True) if k],
                             [ln for ln, k in zip(lines, keep, strict=True) if k])


def _not_specks(words: Sequence[Word]) -> list[bool]:
    """False for a speck read as a letter: a word far shorter than the text, lying over
    another word (a loose tone mark, a dot of the signature above the signer's name)."""
    heights = sorted(w.box[3] - w.box[1] for w in words)
    if not heights:
        return []
    usual = heights[len(heights) // 2]
    keep = []
    for w in words:
        small = w.box[3] - w.box[1] < 0.45 * usual
        keep.append(not small or not any(
            o is not w and o.box[0] <= (w.box[0] + w.box[2]) / 2 <= o.box[2]
            and o.box[1] - usual <= w.box[1] <= o.box[3] for o in words))
    return keep


def _with_line_breaks(words: list[Word], lines: list[tuple[int, int, int]]) -> list[Word]:
    # an empty word marks where Tesseract's own line ends, for ``_segments``
    out: list[Word] = []
    for k, word in enumerate(words):
        if k and lines[k] != lines[k - 1]:
            out.append(Word("", 0.0, word.box))
        out.append(word)
    return out


def orientation(image: Image, dpi: int) -> int:
    """Degrees to turn ``image`` clockwise to set it upright (0, 90, 180 or 270), by Tesseract's OSD."""
    small = image.reduce(2) if image.width > 1600 else image
    try:
        text = _run(["--psm", "0", "--dpi", str(max(dpi // 2, 70))], small, timeout=120)
    except InputError:
        return 0  # too little text to tell: leave the page as it is
    for line in text.splitlines():
        if line.startswith("Rotate:"):
            return int(line.split(":")[1]) % 360
    return 0


def skew_angle(image: Image) -> float:
    """Degrees (counter-clockwise) that straighten the text lines of ``image``; 0 when level.

    Rows of a level page are either all ink or all paper, so the row sums of the page vary
    most when the lines lie level: the angle that maximises their variance wins.
    """
    from PIL import Image as PILImage
    from PIL import ImageOps

    scale = 480 / max(image.width, 1)
    small = ImageOps.invert(image.resize((480, max(int(image.height * scale), 1)), PILImage.Resampling.BOX))
    small = small.point(lambda v: 255 if v > 80 else 0)

    def score(angle: float) -> float:
        turned = small.rotate(angle, resample=PILImage.Resampling.NEAREST)
        rows = turned.resize((1, turned.height), PILImage.Resampling.BOX).tobytes()
        mean = sum(rows) / len(rows)
        return sum((r - mean) ** 2 for r in rows)

    best = max((float(a) for a in range(-int(MAX_SKEW), int(MAX_SKEW) + 1)), key=score)
    if abs(best) >= MAX_SKEW:
        return 0.0  # the edge of the range: no lines to level (a turned page, a photograph)
    fine = max((best + a / 10 for a in range(-7, 8)), key=score)
    return 0.0 if abs(fine) < 0.15 else fine


# -- one page -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Turn:
    """Rotations applied to the page image, to take a box back to the image as given."""

    size: tuple[int, int]  # of the image as given
    steps: tuple[tuple[float, tuple[int, int]], ...] = ()  # (degrees ccw, size after)

    def then(self, degrees: float, after: tuple[int, int]) -> _Turn:
        return _Turn(self.size, (*self.steps, (degrees, after)))

    def back(self, box: tuple[int, int, int, int], clamp: bool = True) -> tuple[int, int, int, int]:
        """The box (on the image after the turns) as the box that holds it on the image as given;
        kept within that image unless ``clamp`` is False (then its centre is the box's centre)."""
        if not self.steps:
            return box
        xs, ys = [], []
        for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
            fx, fy = float(x), float(y)
            sizes = [self.size] + [after for _, after in self.steps]
            for k in range(len(self.steps) - 1, -1, -1):
                degrees, (w1, h1) = self.steps[k]
                w0, h0 = sizes[k]
                t = math.radians(degrees)
                dx, dy = fx - w1 / 2, fy - h1 / 2
                fx = dx * math.cos(t) - dy * math.sin(t) + w0 / 2
                fy = dx * math.sin(t) + dy * math.cos(t) + h0 / 2
            xs.append(fx)
            ys.append(fy)
        w, h = self.size
        if not clamp:
            return round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))
        return (max(0, round(min(xs))), max(0, round(min(ys))), min(w, round(max(xs))), min(h, round(max(ys))))

    def region(self, render: Region) -> Region:
        """``render`` (of the image as given) made to render a box of the image after the turns:
        the box that holds it is rendered, turned as the page was, and the middle cut out (a
        turned box's holding box has the same centre)."""
        if not self.steps:
            return render

        def turned(box: tuple[int, int, int, int], factor: float) -> Image:
            from PIL import Image as PILImage

            out = render(self.back(box, clamp=False), factor)
            for degrees, _ in self.steps:
                out = out.rotate(degrees, resample=PILImage.Resampling.BILINEAR, expand=True, fillcolor=255)
            w, h = (box[2] - box[0]) * factor, (box[3] - box[1]) * factor
            x0, y0 = round((out.width - w) / 2), round((out.height - h) / 2)
            return out.crop((x0, y0, x0 + round(w), y0 + round(h)))

        return turned


def _turned(image: Image, degrees: float, turn: _Turn) -> tuple[Image, _Turn]:
    from PIL import Image as PILImage

    out = image.rotate(degrees, resample=PILImage.Resampling.BILINEAR, expand=True, fillcolor=255)
    return out, turn.then(degrees, out.size)


@dataclass(frozen=True)
class Reading:
    """One page's words, with boxes on the page set upright and straightened (``size``), and
    the turn that takes them back to the page image as given."""

    words: list[Word]
    size: tuple[int, int]
    turn: _Turn
    tables: list[GridTable] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(1 for w in self.words if w.text)


def _read_upright(image: Image, dpi: int, turn: _Turn, region: Region | None = None) -> Reading:
    from .scanslots import checked_slots, read_lines
    from .scantables import find_rules, find_tables

    angle = skew_angle(image)
    if angle:
        image, turn = _turned(image, angle, turn)
    # the rules are looked for while Tesseract reads: its process runs on another core
    with ThreadPoolExecutor(max_workers=1) as side:
        reading = side.submit(recognize, image, dpi)
        rules = find_rules(image)
        words = reading.result()
    # before the tables, which index the words
    words = checked_slots(image, words, dpi, read_lines, region=None if region is None else turn.region(region))
    return Reading(words, image.size, turn, find_tables(image, words, rules))


def looks_wrong(words: Sequence[Word]) -> bool:
    """A reading that is mostly noise: a turned page, or one without text."""
    real = [w for w in words if w.text]
    if len(real) < MIN_WORDS_TO_JUDGE:
        return True
    confidence = sum(w.confidence for w in real) / len(real)
    return confidence < WRONG_CONFIDENCE or marked_share([w.text for w in real]) < USABLE_SHARE / 2


def read_page(image: Image, dpi: int, region: Region | None = None) -> Reading:
    """The words of one page image, set upright and straightened first; ``region`` renders a
    part of it again, sharper (a handwritten slot the digit reader is unsure of)."""
    grey = image.convert("L")
    turn = _Turn(grey.size)
    first = _read_upright(grey, dpi, turn, region)
    if not looks_wrong(first.words):
        return first
    degrees = orientation(grey, dpi)
    if degrees == 0:
        return first
    upright, turned = _turned(grey, -degrees, turn)
    again = _read_upright(upright, dpi, turned, region)
    return again if again.count >= first.count / 2 else first


# -- words -> lines ---------------------------------------------------------------------------


def _segments(words: Sequence[Word], scale: float) -> Iterator[OcrSegment]:
    """Runs of words on one of Tesseract's lines, split where the white space is wider than
    a couple of letters (the gap between the two columns of a header), in points."""
    run: list[Word] = []

    def close() -> Iterator[OcrSegment]:
        if run:
            x0, y0 = min(w.box[0] for w in run), min(w.box[1] for w in run)
            x1, y1 = max(w.box[2] for w in run), max(w.box[3] for w in run)
            yield OcrSegment(x0 * scale, x1 * scale, y0 * scale, y1 * scale,
                             " ".join(w.text for w in run), words=tuple(run))
            run.clear()

    for word in words:
        if not word.text:
            yield from close()
            continue
        if run:
            height = max(word.box[3] - word.box[1], run[-1].box[3] - run[-1].box[1], 1)
            if word.box[0] - run[-1].box[2] > 1.5 * height:
                yield from close()
        run.append(word)
    yield from close()


def page_scan(reading: Reading, dpi: int) -> PageScan:
    """A page's words as lines in points, for the layout rules shared with text-layer PDFs;
    each word's box taken back to the page image as given."""
    scale = 72 / dpi
    in_tables = frozenset().union(*(t.words for t in reading.tables))
    free = [w for k, w in enumerate(reading.words) if k not in in_tables]
    segments = []
    for seg in _segments(free, scale):
        words = tuple(Word(w.text, w.confidence, reading.turn.back(w.box)) for w in seg.words)
        segments.append(OcrSegment(seg.x0, seg.x1, seg.top, seg.bottom, seg.text, words=words))
    lines = group_lines(segments)
    width, height = reading.size
    tables = [ScanTable(t.rows, t.box[1] * scale, t.box[3] * scale,
                        [[None if b is None else reading.turn.back(b) for b in row] for row in t.cell_boxes])
              for t in reading.tables]
    return PageScan(lines, width * scale, height * scale, [w.confidence for w in reading.words if w.text], tables,
                    tuple(w.text for w in reading.words if w.by_hand))


def ocr_pages(images: Sequence[Image], dpis: Sequence[int], jobs: int = 1,
              regions: Sequence[Region | None] | None = None) -> list[PageScan]:
    """OCR page images in parallel; the result keeps their order. Each page read is told to
    ``scanprogress``'s listener as it is done (a batch's progress bar). ``regions`` renders
    parts of each page again from its source (see ``Region``)."""
    engine()  # fail early, once, when Tesseract cannot run

    def one(k: int) -> PageScan:
        scan = page_scan(read_page(images[k], dpis[k], regions[k] if regions else None), dpis[k])
        page_done()
        return scan

    if jobs <= 1 or len(images) <= 1:
        return [one(k) for k in range(len(images))]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(one, range(len(images))))
