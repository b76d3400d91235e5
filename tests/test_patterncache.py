"""The patterns a command compiles are made, in the next run, from the programs a run stored:
the same patterns, and nothing breaks when the stored file cannot be used or written."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nqparse import patterncache

PATTERNS = [
    (r"(?P<n>\d{1,5})/(?P<y>(?:19|20)\d\d)", 0),
    (r"(?i)\bnghị quyết\s+số\b", 0),
    (r"(?<![\w.])(?:hội nghị|kỳ họp)(?!\w)", 0),
    (r"^[ \t]*#{1,6}[ \t]+", 8),  # re.MULTILINE
]
TEXTS = ["Nghị quyết số 12/2021 của Hội nghị", "## Kỳ họp thứ 3\nnghị quyết  SỐ 5/1999", "x.hội nghị"]

_RUN = """
import json, re, sys
import regex
from regex import _main
from nqparse import patterncache
path, engine, patterns, texts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
patterncache.keep(path)
module = re if engine == "re" else regex
def stored(p, f):
    if engine == "re":  # made from its stored program when asked for
        try:
            return re._cache[str, p, f]
        except KeyError:
            return None
    return _main._cache.get((p, str, f, frozenset(), regex.DEFAULT_VERSION, None))
held = {(p, f): stored(p, f) for p, f in patterns}
made = {(p, f): module.compile(p, f) for p, f in patterns}
found = [[(m.span(), m.groups()) for t in texts for m in made[p, f].finditer(t)] for p, f in patterns]
module.purge()
fresh = {(p, f): module.compile(p, f) for p, f in patterns}
same = all((made[k].flags, made[k].groups, made[k].groupindex) == (fresh[k].flags, fresh[k].groups, fresh[k].groupindex)
           and [(m.span(), m.groups()) for t in texts for m in made[k].finditer(t)]
           == [(m.span(), m.groups()) for t in texts for m in fresh[k].finditer(t)] for k in made)
print(json.dumps({"from_file": sum(held[k] is made[k] for k in made), "same": same, "found": found}))
"""


def _run(path: Path, engine: str = "re", patterns: list[tuple[str, int]] = PATTERNS,
         texts: list[str] = TEXTS) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-c", _RUN, str(path), engine, json.dumps(patterns), json.dumps(texts)],
                          capture_output=True, text=True, env=env, check=True)
    assert done.stderr == ""
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_next_run_makes_the_patterns_from_the_stored_programs(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "patterns.marshal"
    first = _run(path)
    assert first["from_file"] == 0 and path.exists()
    second = _run(path)
    assert second["from_file"] == len(PATTERNS)
    assert second["same"] is True
    assert second["found"] == first["found"]


@pytest.mark.parametrize("content", [b"", b"not marshal data", "another python", "this python"],
                         ids=["empty", "damaged", "another-python", "programs-it-refuses"])
def test_a_file_that_cannot_be_used_is_passed_over(tmp_path: Path, content: bytes | str) -> None:
    path = tmp_path / "patterns.marshal"
    if isinstance(content, str):
        stamp = patterncache._STAMP if content == "this python" else (content, 0, 0)
        content = marshal.dumps((stamp, {(PATTERNS[0][0], 0): (32, bytes(12), 0, {}, (None,))}))
    path.write_bytes(content)
    result = _run(path)
    assert result["from_file"] == 0
    assert result["same"] is True


REGEX_PATTERNS = [
    (r"(?i)\b(?:đồng|dong)\s(?:chí|chi)\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})", 0),
    (r"\b[Tt]ại\s+(?P<loc>\p{Lu}[^,.;\n]{3,40}?)(?=\s*[,.;])", 0),
    (r"hội nghị", 2),  # regex.IGNORECASE
]
REGEX_TEXTS = ["Đồng chí Lò Văn Khuê chủ trì, tại Hội trường Bản Mòng.", "HỘI NGHỊ tại Xã Nậm Pồ; dong chi Vi Thị"]


def test_the_next_run_makes_the_regex_patterns_from_the_stored_programs(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "patterns.marshal"
    first = _run(path, "regex", REGEX_PATTERNS, REGEX_TEXTS)
    assert first["from_file"] == 0 and (tmp_path / "cache" / "regex-patterns.marshal").exists()
    second = _run(path, "regex", REGEX_PATTERNS, REGEX_TEXTS)
    assert second["from_file"] == len(REGEX_PATTERNS)
    assert second["same"] is True and all(second["found"])  # type: ignore[arg-type]
    assert second["found"] == first["found"]


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = _run(blocker / "patterns.marshal")  # a folder below a file cannot be made
    assert result["same"] is True


def test_the_command_writes_the_same_output_from_the_stored_programs(tmp_path: Path) -> None:
    # every pattern of a whole extract, made from the programs of an earlier run, finds what it did
    from nqparse.batch.output import to_json
    from nqparse.pipeline import extract_data
    from nqparse.readers import read_path

    from .conftest import SAMPLES

    sample = SAMPLES / "kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)  # the stored programs go here, not beside the source
    runs = [subprocess.run([sys.executable, "-m", "nqparse", "extract", str(sample)], capture_output=True,
                           text=True, env=env, check=True).stdout for _ in range(2)]
    assert list(tmp_path.rglob("patterns.*.marshal")), "the first run stored no programs"
    assert runs[0] == runs[1] == to_json(extract_data(read_path(sample))) + "\n"


def test_a_text_extract_compiles_the_same_patterns_whatever_the_hash_seed(tmp_path: Path) -> None:
    # a pattern built in a set's order differs from run to run: each start-up would compile it
    # anew and write the whole file again at exit
    from .conftest import SAMPLES

    sample = SAMPLES / "kienan-quanuy-nghi-quyet-hoi-nghi-7-khoa-vi-nam-2022.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    written = []
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-m", "nqparse", "extract", str(sample)], capture_output=True,
                       env={**env, "PYTHONHASHSEED": seed}, check=True)
        written.append(sorted((p.name, p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.rglob("*.marshal")))
    assert written[0] and written[1] == written[0]


_LAZY_RUN = """
import re, sys
from nqparse import patterncache
path, first, second = sys.argv[1:]
patterncache.keep(path)
print(int((str, first, 0) in re._cache), int((str, second, 0) in re._cache), end=" ")
re.compile(second)
print(int((str, first, 0) in re._cache), int((str, second, 0) in re._cache), end=" ")
"""


def test_a_stored_pattern_is_made_when_first_asked_for_and_kept_when_not(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(*patterns: str) -> str:
        return subprocess.run([sys.executable, "-c", _LAZY_RUN, str(path), *patterns], capture_output=True,
                              text=True, env=env, check=True).stdout

    run(r"Hạ Lang\s+\d+", r"Bản\s+Khuổi")  # stores the second
    run(r"Bản\s+Khuổi", r"Nà\s+Pồ")  # stores the third, keeping the second though unasked
    assert run(r"Bản\s+Khuổi", r"Nà\s+Pồ") == "0 0 0 1 "  # both stored, neither made before asked for
    programs = marshal.loads(path.read_bytes())[1]
    assert {(r"Bản\s+Khuổi", 0), (r"Nà\s+Pồ", 0)} <= set(programs)


def test_a_stored_pattern_is_made_when_taken_out_of_the_cache(tmp_path: Path) -> None:
    # Python 3.12's re takes a pattern out of its cache with pop (to put it back last)
    path = tmp_path / "patterns.marshal"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    script = ("import re, sys; from nqparse import patterncache; patterncache.keep(sys.argv[1]); "
              "taken = re._cache.pop((str, sys.argv[2], 0), None); "
              "print(taken is not None and taken.search('Bản Khuổi 7') is not None, "
              "re._cache.pop((str, 'Nà Pồ', 0), None)); re.compile(sys.argv[2])")
    runs = [subprocess.run([sys.executable, "-c", script, str(path), r"Khuổi\s+\d"], capture_output=True, text=True,
                           env=env, check=True).stdout.split() for _ in range(2)]
    assert runs == [["False", "None"], ["True", "None"]]
