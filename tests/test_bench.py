"""The benchmark's choice of PDFs when none is given."""

from __future__ import annotations

import shutil
from pathlib import Path

from nqparse.bench import default_pdfs

from .conftest import SAMPLES


def _pages(path: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def test_pdfs_by_default_are_the_samples_and_the_longest_corpus_pdf(tmp_path: Path) -> None:
    samples = tmp_path / "repo" / "samples"
    corpus = tmp_path / "shared" / "corpus"
    samples.mkdir(parents=True)
    corpus.mkdir(parents=True)
    short, long = sorted(SAMPLES.glob("*.pdf"), key=_pages)[:2]
    shutil.copy(short, samples / "sample.pdf")
    shutil.copy(short, corpus / "short.pdf")
    shutil.copy(long, corpus / "long.pdf")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n%%EOF\n")
    assert default_pdfs(samples) == [samples / "sample.pdf", corpus / "long.pdf"]
    shutil.rmtree(corpus)
    assert default_pdfs(samples) == [samples / "sample.pdf"]
