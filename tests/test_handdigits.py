"""The handwritten-digit reader of scanned headers: ink cut into digits, digits classified,
and a header slot filled in only when the reader is sure (a wrong number is worse than none)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from PIL import Image, ImageDraw, ImageOps

from nqparse.readers.handdigits import Digit, components, glyphs, ink_threshold, read_digits
from nqparse.readers.scan import Word
from nqparse.readers.scanslots import checked_slots

Stroke = Sequence[tuple[int, int]]

# digits drawn as a hand draws them, with a pen 6 pixels wide, in a 60 x 80 cell
HAND: dict[str, list[Stroke]] = {
    "1": [[(24, 22), (36, 8), (34, 72)]],
    "4": [[(36, 8), (10, 50), (52, 50)], [(40, 26), (38, 74)]],
    "7": [[(10, 10), (50, 10), (26, 74)]],
    "0": [[(30, 8), (12, 24), (10, 52), (28, 72), (46, 56), (48, 24), (30, 8)]],
    # a 3 with a short flat top, half a 5: the networks give it about 75% a 3 and 25% a 5
    "3": [[(32, 10), (48, 10), (20, 36), (46, 50), (40, 70), (12, 70)]],
    # a 1 with a long flag, half a 7: the reader takes it for a 1, but only about 70% sure
    "l": [[(18, 26), (36, 8), (34, 72)]],
    "5": [[(46, 8), (16, 8), (12, 36), (40, 36), (46, 56), (30, 72), (10, 64)]],
    # a 3 with a round top: a sure 3
    "R": [[(12, 18), (28, 8), (44, 16), (42, 30), (26, 38), (44, 48), (46, 62), (30, 74), (10, 66)]],
    # a 3 with a flat top, as many hands write it: drawn thick, the networks take it for a sure 5
    "ʒ": [[(30, 10), (48, 10), (10, 36), (46, 50), (40, 70), (12, 70)]],
}


def _written(text: str, cell: int = 46, pen: int = 6, touching: bool = False) -> Image.Image:
    """``text`` written by hand, one digit a cell (cells overlap when ``touching``)."""
    image = Image.new("L", (20 + cell * len(text) + 40, 100), 255)
    draw = ImageDraw.Draw(image)
    for k, digit in enumerate(text):
        left = 20 + k * (cell - (14 if touching else 0))
        for stroke in HAND[digit]:
            draw.line([(left + x, 10 + y) for x, y in stroke], fill=30, width=pen, joint="curve")
    return image


def _read(image: Image.Image) -> list[tuple[int, bool]]:
    found = read_digits(glyphs(components(image, ink_threshold(image)), 80))
    return [(d.value, d.probability >= 0.9) for d in found]


@pytest.mark.parametrize("text", ["1", "4", "7", "0", "5", "1704", "47", "45"])
def test_digits_written_apart_are_cut_and_read(text: str) -> None:
    assert _read(_written(text)) == [(int(d), True) for d in text]


def test_a_digit_broken_by_the_scan_is_one_glyph_and_a_speck_is_none() -> None:
    image = _written("7")
    draw = ImageDraw.Draw(image)
    draw.line([(20, 50), (90, 50)], fill=255, width=3)  # a white scratch across the stroke
    draw.ellipse((80, 85, 82, 87), fill=0)  # a speck
    blobs = components(image, ink_threshold(image))
    assert len(blobs) == 3
    assert len(glyphs(blobs, 80)) == 1


def test_two_touching_digits_are_cut_apart() -> None:
    image = _written("40", cell=52, touching=True)
    assert len(components(image, ink_threshold(image))) == 1
    assert [v for v, _ in _read(image)] == [4, 0]


def _placed(digits: Sequence[tuple[str, int]]) -> Image.Image:
    """Digits written by hand, each at its own left edge (digits closer than 46 pixels touch)."""
    image = Image.new("L", (max(left for _, left in digits) + 100, 100), 255)
    draw = ImageDraw.Draw(image)
    for digit, left in digits:
        for stroke in HAND[digit]:
            draw.line([(left + x, 10 + y) for x, y in stroke], fill=30, width=6, joint="curve")
    return image


@pytest.mark.parametrize(("digits", "glyph_count", "expected"), [
    # the touching 4 and 0 are no wider than tall, but far wider than the 7 beside them
    pytest.param([("7", 20), ("4", 80), ("0", 114)], 2, [7, 4, 0], id="pair-twice-as-wide-as-its-neighbour"),
    pytest.param([("4", 20), ("0", 54), ("7", 120)], 2, [4, 0, 7], id="pair-before-a-digit"),
    # a 0 or a 4 is far wider than a 1, yet its halves are no sure digits: it stays one
    pytest.param([("1", 20), ("0", 70)], 2, [1, 0], id="zero-beside-a-one-kept-whole"),
    pytest.param([("1", 20), ("4", 70)], 2, [1, 4], id="four-beside-a-one-kept-whole"),
])
def test_a_glyph_as_wide_as_two_of_its_neighbours_is_cut_only_into_two_sure_digits(
        digits: list[tuple[str, int]], glyph_count: int, expected: list[int]) -> None:
    image = _placed(digits)
    assert len(glyphs(components(image, ink_threshold(image)), 80)) == glyph_count
    assert [v for v, _ in _read(image)] == expected


def test_a_scribble_is_no_confident_digit() -> None:
    image = Image.new("L", (120, 100), 255)
    ImageDraw.Draw(image).rectangle((30, 20, 80, 80), fill=0)
    assert [sure for _, sure in _read(image)] == [False]


# a header line on a page: "Số:" at x 100-170, the slot's word at 180-370, the code after it
PAGE_SIZE = (2480, 3500)


def _page(digits: str, pen: int = 6, touching: bool = False) -> Image.Image:
    page = Image.new("L", PAGE_SIZE, 255)
    page.paste(_written(digits, cell=52 if touching else 46, pen=pen, touching=touching), (190, 370))
    return page


def _header(slot: str) -> list[Word]:
    return [Word("Số:", 95.0, (100, 400, 170, 456)), Word(slot, 40.0, (180, 395, 370, 460)),
            Word("/TB-UBND", 95.0, (380, 400, 590, 456))]


def _no_second_reading(image: Image.Image, dpi: int) -> list[Word]:
    raise AssertionError("an ill-formed slot needs no second reading")


READ: Callable[[Image.Image, int], list[Word]] = _no_second_reading


@pytest.mark.parametrize(("digits", "tesseract", "expected"), [
    pytest.param("170", "¿7O", "Số: 170 /TB-UBND", id="read-by-hand-when-tesseract-cannot"),
    pytest.param("40", "¿0", "Số: 40 /TB-UBND", id="cut-pair-read-when-tesseract-saw-two"),
    # three glyphs of a digit's height, each a sure digit: the ink shows the count
    pytest.param("170", "¿7", "Số: 170 /TB-UBND", id="read-by-hand-when-the-ink-shows-the-count"),
    # two touching digits cut apart: the ink does not show the count, and Tesseract saw another
    pytest.param("40", "¿", "Số: /TB-UBND", id="null-when-a-cut-pair-and-tesseract-disagree"),
    pytest.param("", "¿7O", "Số: /TB-UBND", id="null-without-ink"),
])
def test_a_handwritten_number_is_read_only_when_the_reader_is_sure(digits: str, tesseract: str,
                                                                   expected: str) -> None:
    page = _page(digits, touching=digits == "40") if digits else Image.new("L", PAGE_SIZE, 255)
    words = checked_slots(page, _header(tesseract), 300, READ)
    assert " ".join(w.text for w in words) == expected


def test_a_digit_read_by_hand_carries_the_box_of_its_ink() -> None:
    page = _page("170")
    words = checked_slots(page, _header("¿7O"), 300, READ)
    assert next(w for w in words if w.text == "170").box == ImageOps.invert(page).getbbox()


def test_a_slot_beyond_its_limit_is_null() -> None:
    page = _page("47")
    words = [Word("ngày", 95.0, (100, 400, 170, 456)), Word("J2", 40.0, (180, 395, 300, 460)),
             Word("tháng", 95.0, (320, 400, 420, 456)), Word("3", 95.0, (430, 400, 450, 456)),
             Word("năm", 95.0, (460, 400, 540, 456)), Word("2026", 95.0, (550, 400, 640, 456))]
    assert " ".join(w.text for w in checked_slots(page, words, 300, _month_again)) == "ngày tháng 3 năm 2026"


def _month_again(image: Image.Image, dpi: int) -> list[Word]:
    """The second reading of a printed month: the same digits."""
    return [Word("tháng", 90.0, (0, 5, 60, image.height - 5)), Word("3", 90.0, (70, 5, 90, image.height - 5))]


def test_digits_read_by_hand_are_pointed_out_page_by_page() -> None:
    from nqparse.readers.pdf import handwriting_notes
    from nqparse.readers.scan import PageScan

    scans = {0: PageScan([], 595, 842, by_hand=("493", "13")), 1: PageScan([], 595, 842)}
    notes = handwriting_notes(scans)
    assert [n.code for n in notes] == ["handwriting"]
    assert notes[0].message.startswith("page 1: 493, 13 read from handwriting")


def _line(*texts: str) -> Callable[[Image.Image, int], list[Word]]:
    """A third reading of the slot's line that gives these words: the first over the label
    (x 0-150 of the enlarged crop), the others after it."""
    def read(image: Image.Image, dpi: int) -> list[Word]:
        return [Word(t, 80.0, (0 if k == 0 else 200 + 100 * k, 10, 150 if k == 0 else 290 + 100 * k, image.height - 10))
                for k, t in enumerate(texts)]
    return read


def _no_third_reading(image: Image.Image, dpi: int) -> list[Word]:
    raise AssertionError("sure digits need no third reading")


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param(_line("S6:", "171"), "Số: 171 /TB-UBND", id="unsure-digit-kept-when-the-line-agrees"),
    pytest.param(_line("S6:", "177"), "Số: /TB-UBND", id="null-when-the-line-reads-another-digit"),
    pytest.param(_line("S6:"), "Số: /TB-UBND", id="null-when-the-line-reads-no-digits"),
])
def test_an_unsure_handwritten_digit_stands_only_when_the_line_read_again_agrees(
        line: Callable[[Image.Image, int], list[Word]], expected: str) -> None:
    page = _page("17l")
    words = checked_slots(page, _header("¿7I"), 300, READ, line)
    assert " ".join(w.text for w in words) == expected


def test_sure_handwritten_digits_need_no_third_reading() -> None:
    words = checked_slots(_page("170"), _header("¿7O"), 300, READ, _no_third_reading)
    assert " ".join(w.text for w in words) == "Số: 170 /TB-UBND"


def test_the_third_reading_sees_the_slot_with_its_label_enlarged() -> None:
    seen: list[tuple[int, int]] = []

    def line(image: Image.Image, dpi: int) -> list[Word]:
        seen.append(image.size)
        return _line("S6:", "171")(image, dpi)

    checked_slots(_page("17l"), _header("¿7I"), 300, READ, line)
    # the label's and the slot's boxes (x 100-370, y 395-460) with 8 pixels around, twice as large
    assert seen == [((370 - 100 + 16) * 2, (460 - 395 + 16) * 2)]


@pytest.mark.parametrize("pen", [4, 6, 8, 10])
def test_a_flat_topped_three_is_a_sure_three_and_a_five_stays_a_five(pen: int) -> None:
    # a 5 goes down from its bar's left end; a flat-topped 3's stroke leaves from the right end
    assert _read(_written("ʒ", pen=pen)) == [(3, True)]
    assert _read(_written("3", pen=pen)) == [(3, True)]
    assert _read(_written("R", pen=pen)) == [(3, True)]
    assert _read(_written("5", pen=pen)) == [(5, True)]


def test_a_flat_topped_three_stands_as_a_three_though_tesseract_and_the_line_read_a_five() -> None:
    words = checked_slots(_page("4ʒ", pen=8), _header("4Š"), 300, READ, _line("S6:", "45"))
    assert " ".join(w.text for w in words) == "Số: 43 /TB-UBND"


def test_a_day_tesseract_sees_more_characters_in_is_counted_by_its_ink() -> None:
    # Tesseract may read a 1's lead-in stroke as a character of its own: three for two digits
    page = _page("1ʒ")
    words = [Word("ngày", 95.0, (100, 400, 170, 456)), Word("/£#", 40.0, (180, 395, 370, 460)),
             Word("tháng", 95.0, (380, 400, 480, 456)),
             Word("3", 95.0, (490, 400, 510, 456)), Word("năm", 95.0, (540, 400, 620, 456))]
    assert [d.value for d in _ink(page, (180, 360, 370, 480))] == [1, 3]
    found = checked_slots(page, words, 300, _month_again, _no_third_reading)
    assert " ".join(w.text for w in found) == "ngày 13 tháng 3 năm"


def _ink(page: Image.Image, box: tuple[int, int, int, int]) -> list[Digit]:
    crop = page.crop(box)
    return read_digits(glyphs(components(crop, ink_threshold(crop)), 56))


Region = Callable[[tuple[int, int, int, int], float], Image.Image]


def _source(digits: str, asked: list[tuple[tuple[int, int, int, int], float]] | None = None) -> Region:
    """A source that renders a box of the page again finer, showing these digits: the ink a
    page rendered coarsely blurs, shown sharp."""
    def render(box: tuple[int, int, int, int], factor: float) -> Image.Image:
        if asked is not None:
            asked.append((box, factor))
        crop = _page(digits).crop(box)
        return crop.resize((round(crop.width * factor), round(crop.height * factor)), Image.Resampling.BICUBIC)
    return render


def _no_region(box: tuple[int, int, int, int], factor: float) -> Image.Image:
    raise AssertionError("sure digits need no second rendering")


@pytest.mark.parametrize(("sharper", "line", "expected"), [
    # the page's last 1 is unsure (70%); rendered finer it is a sure 1: no third reading needed
    pytest.param("171", _no_third_reading, "Số: 171 /TB-UBND", id="unsure-digit-read-again-finer-stands"),
    # rendered finer it reads other digits: the first reading stays, and no reading agrees
    pytest.param("170", _line("S6:"), "Số: /TB-UBND", id="finer-reading-of-other-digits-ignored"),
    # still unsure rendered finer: the same checks, and no reading agrees
    pytest.param("17l", _line("S6:"), "Số: /TB-UBND", id="still-unsure-finer-null"),
    pytest.param("17l", _line("S6:", "171"), "Số: 171 /TB-UBND", id="still-unsure-finer-line-agrees"),
])
def test_an_unsure_handwritten_slot_is_read_again_rendered_finer(
        sharper: str, line: Callable[[Image.Image, int], list[Word]], expected: str) -> None:
    asked: list[tuple[tuple[int, int, int, int], float]] = []
    words = checked_slots(_page("17l"), _header("¿7I"), 300, READ, line, region=_source(sharper, asked))
    assert " ".join(w.text for w in words) == expected
    # the slot's region, from the label's end to the next word, twice as fine
    (box, factor), = asked
    assert factor == 2 and box[0] == 171 and box[2] == 379


def test_a_digit_read_again_finer_carries_the_box_of_its_ink_on_the_page() -> None:
    page = _page("17l")
    words = checked_slots(page, _header("¿7I"), 300, READ, _no_third_reading, region=_source("171"))
    ink = ImageOps.invert(_page("171")).getbbox() or (0, 0, 0, 0)
    box = next(w for w in words if w.text == "171").box
    assert all(abs(a - b) <= 1 for a, b in zip(box, ink, strict=True)), box


def test_sure_handwritten_digits_are_not_rendered_again() -> None:
    words = checked_slots(_page("170"), _header("¿7O"), 300, READ, _no_third_reading, region=_no_region)
    assert " ".join(w.text for w in words) == "Số: 170 /TB-UBND"
