"""The JSON the command line and the batch write is built as plain dicts (``assemble``), while
``models.Resolution`` defines the contract: on every sample and real document the model must
read that JSON back to the very same text, so that the two cannot drift apart."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nqparse.batch.output import to_json
from nqparse.models import Resolution
from nqparse.pipeline import extract_data, extract_data_all, extract_source
from nqparse.readers import read_path

from .conftest import SAMPLES, SHARED

_FORMATS = {".txt", ".md", ".pdf", ".docx"}


def _documents() -> list[Path]:
    folders = [SAMPLES, SHARED / "seeds", SHARED / "real" / "docs"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.iterdir() if p.suffix in _FORMATS)


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_the_model_reads_the_output_back_to_the_same_json(path: Path) -> None:
    source = read_path(path)
    for data in (extract_data(source), *extract_data_all(source), extract_data(source, with_text=True)):
        model = Resolution.model_validate(data)  # extra="forbid": no key the contract lacks
        for pretty in (False, True):
            assert to_json(data, pretty=pretty) == model.model_dump_json(indent=2 if pretty else None)


def test_the_library_returns_the_model_of_the_same_output() -> None:
    source = read_path(SAMPLES / "kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022.txt")
    resolution = extract_source(source)
    assert isinstance(resolution, Resolution)
    assert resolution.model_dump(mode="json") == extract_data(source)


def test_extracting_a_text_file_does_not_load_pydantic() -> None:
    # start-up: pydantic's model machinery costs more than the extraction of a document
    script = ("import sys; from click.testing import CliRunner; from nqparse.cli.main import main; "
              f"r = CliRunner().invoke(main, ['extract', {str(SAMPLES / 'kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022.txt')!r}]); "
              "assert r.exit_code == 0, r.output; "
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_reading_a_text_file_does_not_load_hashlib() -> None:
    # start-up: hashlib loads OpenSSL for every algorithm; the digest is the same without it
    script = ("import sys, json; from nqparse.readers import read_bytes; "
              "s = read_bytes('Tỉnh ủy Bắc Mê\\nNghị quyết số 7'.encode(), name='x.txt'); "
              "print(json.dumps([s.sha256, 'hashlib' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    digest, loaded = json.loads(done.stdout)
    assert digest == hashlib.sha256("Tỉnh ủy Bắc Mê\nNghị quyết số 7".encode()).hexdigest()
    assert loaded is False
