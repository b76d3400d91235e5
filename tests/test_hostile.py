"""Hostile and broken input: one line on stderr naming the file and exit code 2, never a hang.

Files that are what they are under the wrong extension are read by their content.
"""

from __future__ import annotations

import io
import json
import os
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from nqparse.cli.main import main
from nqparse.readers import DEFAULT_MAX_SIZE, TEXT_SHARE
from nqparse.readers.guards import MAX_PAGES

from .conftest import SAMPLES, SHARED, sample


def minimal_pdf(text: str = "Nghi quyet so 05-NQ/TU ve phat trien kinh te nam 2022", pages_claimed: int = 1) -> bytes:
    """A one-page PDF drawing ``text`` in Helvetica, with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [3 0 R] /Count {pages_claimed} >>".encode(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def zip_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    return zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (40 * 1024 * 1024)})


HOSTILE: list[tuple[str, str, Callable[[], bytes], str]] = [
    ("empty", ".txt", lambda: b"", "file is empty"),
    ("whitespace-only", ".txt", lambda: b" \n\t\r\n  ", "only white space"),
    ("binary-noise", ".txt", lambda: bytes(range(256)) * 64, "binary"),
    ("binary-noise-named-pdf", ".pdf", lambda: bytes(range(256)) * 64, "not a PDF"),
    ("binary-noise-named-docx", ".docx", lambda: bytes(range(256)) * 64, "not a DOCX"),
    ("truncated-pdf", ".pdf", lambda: minimal_pdf()[:300], "truncated"),
    ("pdf-with-huge-page-count", ".pdf", lambda: minimal_pdf(pages_claimed=10_000_000), "pages"),
    ("docx-not-a-zip", ".docx", lambda: b"PK\x03\x04" + bytes(range(256)) * 8, "not a DOCX file"),
    ("docx-without-document-part", ".docx", lambda: zip_of({"[Content_Types].xml": b"<Types/>"}),
     "without word/document.xml"),
    ("opendocument-named-docx", ".docx", lambda: zip_of({"mimetype": b"x", "content.xml": b"<x/>"}),
     "OpenDocument"),
    ("zip-bomb-named-docx", ".docx", _zip_bomb, "zip bomb"),
    ("word-97-doc", ".doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "Word 97-2003"),
    ("rtf", ".txt", lambda: b"{\\rtf1\\ansi Ngh\\'ec quy\\'eat}", "RTF"),
]


@pytest.mark.parametrize(("suffix", "make", "message"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_file_is_one_line_and_exit_2(tmp_path: Path, suffix: str, make: Callable[[], bytes],
                                             message: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(make())
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert str(path) in result.stderr and message in result.stderr


def test_text_file_named_pdf_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "nghi-quyet.pdf"
    path.write_bytes(sample("kienan").read_bytes())
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "txt" and data["document"]["number"] == "02-NQ/QU"


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "nghi-quyet.txt"
    path.write_bytes(minimal_pdf())
    result = CliRunner().invoke(main, ["extract", "--with-text", str(path)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "pdf" and "05-NQ/TU" in data["text"]


def test_real_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    corpus = SHARED / "corpus"
    pdfs = sorted(corpus.glob("*.pdf")) if corpus.is_dir() else []
    if not pdfs:
        pytest.skip("../shared/corpus is not present")
    path = tmp_path / "renamed.txt"
    path.write_bytes(pdfs[0].read_bytes())
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["format"] == "pdf"


def test_a_50_mb_text_file_is_refused_over_the_text_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = sample("kienan").read_bytes()
    with path.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr and "--max-size" in result.stderr


def test_max_size_raises_and_lowers_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    data = sample("kienan").read_bytes()
    path.write_bytes(data)
    too_small = CliRunner().invoke(main, ["extract", "--max-size", str(len(data) * TEXT_SHARE - 1), str(path)])
    assert too_small.exit_code == 2 and "--max-size" in too_small.stderr
    enough = CliRunner().invoke(main, ["extract", "--max-size", str(len(data) * TEXT_SHARE), str(path)])
    assert enough.exit_code == 0
    assert DEFAULT_MAX_SIZE // TEXT_SHARE > 2 * 1024 * 1024  # a long resolution fits by default


def test_file_over_max_size_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    with path.open("wb") as f:
        f.truncate(2000)  # sparse: the size check must not need the bytes
    result = CliRunner().invoke(main, ["extract", "--max-size", "1000", str(path)])
    assert result.exit_code == 2 and "over the 1,000-byte limit" in result.stderr


def test_page_limit_is_generous() -> None:
    assert MAX_PAGES >= 500


def test_folder_is_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "folder" in result.stderr


def test_oversized_stdin_is_refused() -> None:
    data = sample("kienan").read_bytes()
    result = CliRunner().invoke(main, ["extract", "--max-size", "1000", "-"], input=data)
    assert result.exit_code == 2 and "<stdin>" in result.stderr


# --- reads bounded whatever the file is; stray bytes repaired, not refused ---------------------


def _endless_writer(fifo: Path, written: list[int]) -> threading.Thread:
    """A writer that would feed the pipe for ever (like `yes`); it counts what was taken."""

    def feed() -> None:
        chunk = b"x" * 65536
        try:
            with fifo.open("wb") as f:
                while written[0] < 64 * 1024 * 1024:
                    f.write(chunk)
                    written[0] += len(chunk)
        except (BrokenPipeError, OSError):
            pass

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    return thread


def test_a_pipe_is_read_only_up_to_max_size(tmp_path: Path) -> None:
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    written = [0]
    writer = _endless_writer(fifo, written)
    result = CliRunner().invoke(main, ["extract", "--max-size", "100000", str(fifo)])
    writer.join()
    assert result.exit_code == 2 and "over the 100,000-byte limit" in result.stderr
    assert written[0] < 4 * 1024 * 1024  # the reader stopped long before the writer would have


def _with_inserted(tmp_path: Path, at: int, stray: bytes) -> Path:
    data = sample("kienan").read_bytes()
    path = tmp_path / "doc.txt"
    path.write_bytes(data[:at] + stray + data[at:])
    return path


@pytest.mark.parametrize(("stray", "options", "message"), [
    (b"\x00", [], "1 NUL byte dropped, the first at byte 500"),
    (b"\x00\x00\x00", [], "3 NUL bytes dropped, the first at byte 500"),
    (b"\xff", [], "1 byte not valid utf-8 replaced by U+FFFD, the first at byte 500"),
    (b"\xff", ["--encoding", "utf-8"], "1 byte not valid utf-8 replaced by U+FFFD, the first at byte 500"),
], ids=["nul", "three-nuls", "invalid-byte", "invalid-byte-encoding-given"])
def test_stray_bytes_in_text_are_repaired_with_a_warning(tmp_path: Path, stray: bytes, options: list[str],
                                                         message: str) -> None:
    path = _with_inserted(tmp_path, 500, stray)
    result = CliRunner().invoke(main, ["extract", *options, str(path)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["number"] == "02-NQ/QU"
    assert {"code": "stray-bytes", "message": message, "span": None} in data["warnings"]
    assert message in result.stderr and str(path) in result.stderr


def test_stray_bytes_are_placed_by_their_offset_in_the_file(tmp_path: Path) -> None:
    data = sample("kienan").read_bytes()
    path = tmp_path / "doc.txt"
    path.write_bytes(data[:300] + b"\x00\x00" + data[300:900] + b"\xff" + data[900:])
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    messages = [w["message"] for w in json.loads(result.stdout)["warnings"] if w["code"] == "stray-bytes"]
    assert messages == ["2 NUL bytes dropped, the first at byte 300",
                        "1 byte not valid utf-8 replaced by U+FFFD, the first at byte 902"]


def test_text_in_another_encoding_is_still_not_read_as_utf8_with_strays(tmp_path: Path) -> None:
    path = tmp_path / "cp1258.txt"
    path.write_bytes(sample("kienan").read_text(encoding="utf-8").encode("cp1258", errors="replace"))
    result = CliRunner().invoke(main, ["extract", "--encoding", "utf-8", str(path)])
    assert result.exit_code == 2 and "cannot decode as utf-8" in result.stderr


def test_encoding_given_for_a_pdf_says_it_is_ignored() -> None:
    pdf = next(SAMPLES.glob("*.pdf"))
    result = CliRunner().invoke(main, ["extract", "--encoding", "cp1258", str(pdf)])
    assert result.exit_code == 0
    assert "--encoding cp1258 is ignored" in result.stderr
    assert any(w["code"] == "option-ignored" for w in json.loads(result.stdout)["warnings"])
