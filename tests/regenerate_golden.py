"""Regenerate tests/golden/*.json from the current extraction of every file in samples/.

    python tests/regenerate_golden.py

Run it only when a change of output is intended, and review the diff before committing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = ROOT / "samples"
# Text samples only: a PDF's or DOCX's reading follows the version of pdfplumber, pypdfium2 and
# python-docx installed, and tests/test_readers.py compares those files with their text twins.
GOLDEN_SUFFIXES = (".txt", ".md")


def golden_output(path: Path) -> dict[str, object]:
    from nqparse import extract

    data: dict[str, object] = json.loads(extract(path).model_dump_json())
    source = data["source"]
    assert isinstance(source, dict)
    source["path"] = path.relative_to(ROOT).as_posix()  # independent of where the clone lives
    return data


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in GOLDEN_SUFFIXES:
            continue
        out = GOLDEN / f"{path.name}.json"
        out.write_text(json.dumps(golden_output(path), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
