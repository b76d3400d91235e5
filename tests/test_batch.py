"""nqparse batch as a user with an archive meets it: every good output, every bad file named,
nothing half-written after a kill, and a second run that skips what is done."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nqparse import __version__
from nqparse.batch.run import (
    CSV_COLUMNS,
    extract_batch,
    find_documents,
    indicator_rows,
    is_up_to_date,
    run_batch,
)
from nqparse.batch.runners.local import ProcessRunner
from nqparse.cli.main import main
from nqparse.errors import InputError

from .conftest import ROOT, SAMPLES, sample
from .runner_tasks import noting_task, task

# --- building an archive ------------------------------------------------------------------


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Latin-1 text in Helvetica)."""

    def escape(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = ("BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"({escape(s)}) '" for s in lines) + " ET").encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def sample_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


PDF_LINES = ["HUYEN UY AN LAO", "*", "So 05-NQ/HU", "An Lao, ngay 15 thang 12 nam 2021", "NGHI QUYET",
             "ve nhiem vu phat trien kinh te - xa hoi nam 2022"] + \
            [f"Noi dung thu {i} ve phat trien kinh te, xa hoi cua huyen trong nam toi." for i in range(1, 15)]

BAD = {
    "c/empty.txt": b"",
    "c/noise.txt": os.urandom(4000),
    "c/random.pdf": os.urandom(3000),
    "c/headed.pdf": b"%PDF-1.7\n" + os.urandom(3000),
    "c/fake.docx": zip_bytes({"hello.txt": b"not a word document"}),
    "c/d/cut.docx": b"PK\x03\x04" + os.urandom(500),
}


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, list[str]]:
    """A folder mixing good .txt, .md, .pdf and .docx files in nested folders with bad files."""
    root = tmp_path / "archive"
    good: list[str] = []
    samples = sorted(SAMPLES.glob("*.txt"))
    for i, path in enumerate(samples):
        rel = f"a/{path.name}" if i % 2 else f"a/b/{path.name}"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, root / rel)
        good.append(rel)
    (root / "notes.md").write_text("# " + samples[0].read_text(encoding="utf-8"), encoding="utf-8")
    good.append("notes.md")
    (root / "a/b/plan.docx").write_bytes(sample_docx(samples[1].read_text(encoding="utf-8")))
    good.append("a/b/plan.docx")
    (root / "pdf/nq.pdf").parent.mkdir(parents=True)
    (root / "pdf/nq.pdf").write_bytes(tiny_pdf(PDF_LINES))
    good.append("pdf/nq.pdf")
    for rel, data in BAD.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / "a/.hidden.txt").write_text("not to be read", encoding="utf-8")
    (root / "a/readme.html").write_text("<p>not a document type</p>", encoding="utf-8")
    return root, sorted(good)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def outputs(out: Path) -> list[str]:
    """Relative names of the per-document outputs, without '.json'."""
    return sorted(p.relative_to(out).as_posix()[:-5] for p in out.rglob("*.json")
                  if p.name != "summary.json" and not p.name.startswith("."))


# --- the whole run ------------------------------------------------------------------------


def test_mixed_archive_gives_every_good_output_and_names_every_bad_file(archive: tuple[Path, list[str]],
                                                                        tmp_path: Path) -> None:
    root, good = archive
    out = tmp_path / "out"
    code, stdout, stderr = run("batch", str(root), "-o", str(out), "--jobs", "2")
    assert code == 1
    assert outputs(out) == good
    for rel in good:
        data = json.loads((out / f"{rel}.json").read_text(encoding="utf-8"))
        assert data["nqparse_version"] == __version__
        assert is_up_to_date(root / rel, out / f"{rel}.json")
    lines = jsonl(out / "resolutions.jsonl")
    assert [line["source"]["path"] for line in lines] == [str(root / rel) for rel in good]
    errors = jsonl(out / "errors.jsonl")
    assert sorted(e["file"] for e in errors) == sorted(BAD)
    for e in errors:
        assert e["file"] in e["error"] or Path(e["path"]).name in e["error"]
        assert Path(e["file"]).name in stdout and Path(e["file"]).name in stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["documents"], summary["extracted"], summary["skipped"], summary["failed"]) == \
        (len(good) + len(BAD), len(good), 0, len(BAD))
    header = (out / "indicators.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",") == list(CSV_COLUMNS)


def test_second_run_skips_what_is_up_to_date_and_redoes_what_changed(archive: tuple[Path, list[str]],
                                                                     tmp_path: Path) -> None:
    root, good = archive
    out = tmp_path / "out"
    assert run("batch", str(root), "-o", str(out), "-q")[0] == 1
    stamps = {rel: (out / f"{rel}.json").stat().st_mtime_ns for rel in good}
    changed = good[0]
    with (root / changed).open("a", encoding="utf-8") as f:
        f.write("\nMột dòng mới.\n")
    code, stdout, _ = run("batch", str(root), "-o", str(out))
    assert code == 1
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["extracted"], summary["skipped"], summary["failed"]) == (1, len(good) - 1, len(BAD))
    assert f"{len(good) - 1} skipped (up to date)" in stdout
    for rel in good:
        moved = (out / f"{rel}.json").stat().st_mtime_ns != stamps[rel]
        assert moved == (rel == changed), rel
    assert len(jsonl(out / "resolutions.jsonl")) == len(good)  # the skipped ones are still listed
    run("batch", str(root), "-o", str(out), "-q", "--force")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["extracted"] == len(good)


def test_all_good_exits_0_and_an_output_of_a_file_that_turned_bad_is_removed(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(next(SAMPLES.glob("*.txt")), root / "one.txt")
    out = tmp_path / "out"
    assert run("batch", str(root), "-o", str(out), "-q")[0] == 0
    assert (out / "one.txt.json").exists()
    assert jsonl(out / "errors.jsonl") == []
    (root / "one.txt").write_bytes(b"")
    assert run("batch", str(root), "-o", str(out), "-q")[0] == 1
    assert not (out / "one.txt.json").exists()
    assert jsonl(out / "resolutions.jsonl") == []


def test_output_folder_inside_the_input_is_not_read_back(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(next(SAMPLES.glob("*.txt")), root / "one.txt")
    for _ in range(2):
        code, _, _ = run("batch", str(root), "-o", str(root / "out"), "-q", "--include", "*")
        assert code == 0
    assert outputs(root / "out") == ["one.txt"]


@pytest.mark.parametrize(("args", "message"), [
    (["no/such/folder"], "no such file or folder"),
    (["{file}"], "output folder is a file"),
], ids=["missing-input", "output-is-a-file"])
def test_command_line_mistakes_are_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    inputs = [a.format(file=target) for a in args]
    out = str(target) if message == "output folder is a file" else str(tmp_path / "out")
    code, _, stderr = run("batch", *inputs, "-o", out)
    assert code == 2
    assert stderr.count("\n") == 1 and message in stderr


# --- interrupted runs ---------------------------------------------------------------------


def _start(inputs: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "nqparse", "batch", str(inputs), "-o", str(out), "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True,
                            preexec_fn=_interruptible)


def _interruptible() -> None:
    """Ctrl-C as a terminal delivers it: a shell's background job (a CI script run with "&")
    passes SIGINT on ignored, and Python then leaves it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_outputs(out: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not list(out.rglob("*.txt.json")):
        assert proc.poll() is None, "the run ended before any output appeared"
        assert time.monotonic() < deadline, "no output appeared"
        time.sleep(0.005)


def _no_partial_file(out: Path) -> None:
    for path in out.rglob("*"):
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            jsonl(path)


MANY = 60  # with one worker, enough that a kill after the first output lands mid-way


@pytest.fixture
def many(tmp_path: Path) -> Path:
    root = tmp_path / "many"
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(MANY):
        folder = root / f"{i // 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(samples[i % len(samples)], folder / f"doc{i:03d}.txt")
    return root


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["sigkill", "sigint"])
def test_a_killed_run_leaves_no_partial_file_and_the_next_run_resumes(many: Path, tmp_path: Path,
                                                                      sig: signal.Signals) -> None:
    out = tmp_path / "out"
    proc = _start(many, out)
    _wait_for_outputs(out, proc)
    os.killpg(proc.pid, sig)
    _, stderr = proc.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and b"interrupted" in stderr
    done_before = len(outputs(out))
    assert 0 < done_before < MANY, "the kill should land mid-way"
    _no_partial_file(out)
    assert not (out / "summary.json").exists()

    code, stdout, _ = run("batch", str(many), "-o", str(out), "-q")
    assert code == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["extracted"] + summary["skipped"] == MANY
    assert summary["skipped"] >= done_before - 1  # the file being written at the kill may be redone
    assert len(outputs(out)) == MANY and len(jsonl(out / "resolutions.jsonl")) == MANY
    assert not [p for p in out.rglob("*.tmp")], "temporary files were left behind"
    _no_partial_file(out)


# --- the pieces ---------------------------------------------------------------------------


def test_extract_batch_yields_results_and_writes_nothing(archive: tuple[Path, list[str]]) -> None:
    root, good = archive
    before = sorted(p for p in root.rglob("*"))
    results = list(extract_batch([root], jobs=2))
    assert sorted(r.document.relative for r in results if r.ok) == good
    assert sorted(r.document.relative for r in results if not r.ok) == sorted(BAD)
    for r in results:
        if r.ok:
            assert r.resolution is not None and r.resolution.source.sha256
        else:
            assert r.resolution is None and r.error and r.document.path.name in r.error
    assert sorted(p for p in root.rglob("*")) == before


@dataclass
class Find:
    id: str
    args: dict[str, Any]
    expect: list[str]


FINDS = [
    Find("default-types", {}, ["a/b/x.docx", "a/one.txt", "a/two.md", "c.pdf"]),
    Find("include", {"include": ["*.txt", "*.html"]}, ["a/one.txt", "a/page.html"]),
    Find("exclude-name", {"exclude": ["*.md"]}, ["a/b/x.docx", "a/one.txt", "c.pdf"]),
    Find("exclude-path", {"exclude": ["a/b/*"]}, ["a/one.txt", "a/two.md", "c.pdf"]),
    Find("upper-case-suffix", {"include": ["*.PDF"]}, []),
]


@pytest.mark.parametrize("case", FINDS, ids=[c.id for c in FINDS])
def test_find_documents(tmp_path: Path, case: Find) -> None:
    for rel in ["a/one.txt", "a/two.md", "a/b/x.docx", "c.pdf", "a/page.html", ".git/x.txt", "a/.swp.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [d.relative for d in find_documents([tmp_path], **case.args)] == case.expect


def test_output_paths_do_not_depend_on_the_other_inputs(tmp_path: Path) -> None:
    for rel in ["x/one.txt", "x/sub/two.txt", "y/three.txt", "z/one.txt", "four.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    alone = [d.relative for d in find_documents([tmp_path / "x"])]
    assert alone == ["one.txt", "sub/two.txt"]
    together = [d.relative for d in find_documents([tmp_path / "x", tmp_path / "y", tmp_path / "four.txt"])]
    assert together == ["four.txt", "one.txt", "sub/two.txt", "three.txt"]
    with pytest.raises(InputError, match="same output"):
        find_documents([tmp_path / "x", tmp_path / "z"])


ROWS = [
    ("range-with-scale", {"min": 1.1, "max": 2, "unit": "tỷ đồng", "base_unit": "đồng", "multiplier": 1e9},
     {"min": 1.1, "max": 2, "normalized_min": 1100000000, "normalized_max": 2000000000,
      "normalized_unit": "đồng", "normalized_value": ""}),
    ("percent", {"value": 7.5, "unit": "%", "comparator": ">=", "change": "increase", "year": 2023},
     {"value": 7.5, "normalized_value": 7.5, "normalized_unit": "%", "comparator": ">=",
      "change": "increase", "year": 2023}),
    ("no-unit", {"value": 125}, {"value": 125, "normalized_value": 125, "unit": "", "year": 2022,
                                 "target_year": ""}),
    ("baseline-and-text", {"value": 15, "unit": "%", "change": "increase", "baseline": "năm 2020", "year": 2025,
                           "text": "tăng 15%"},
     {"baseline": "năm 2020", "year": 2025, "target_year": 2025, "target_text": "tăng 15%",
      "document_date": "2022-01-05", "document_kind": "nghi_quyet"}),
]


@pytest.mark.parametrize(("target", "expect"), [(t, e) for _, t, e in ROWS], ids=[i for i, _, _ in ROWS])
def test_indicator_rows(target: dict[str, Any], expect: dict[str, Any]) -> None:
    data = {"document": {"number": "02-NQ/QU", "year": 2022, "date": "2022-01-05", "kind": "nghi_quyet"},
            "issuer": {"name": "Quận ủy"},
            "indicators": [{"number": 3, "group": "Kinh tế", "name": "Thu ngân sách",
                            "targets": [{"multiplier": 1, **target}]},
                           {"number": 4, "name": "Không có số liệu", "targets": []}]}
    rows = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in indicator_rows("a.txt", data)]
    assert len(rows) == 2
    assert rows[0]["file"] == "a.txt" and rows[0]["issuer"] == "Quận ủy" and rows[0]["indicator_number"] == 3
    for key, value in expect.items():
        assert rows[0][key] == value, key
    assert rows[1]["name"] == "Không có số liệu" and rows[1]["value"] == "" and rows[1]["year"] == 2022
    assert rows[1]["document_kind"] == "nghi_quyet"


def test_pool_stops_its_workers_when_the_caller_stops() -> None:
    import multiprocessing

    outcomes = ProcessRunner(2).run(task, ["a", "slow", "slow", "b"])
    first = next(outcomes)
    assert first.value == "A"
    outcomes.close()
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_run_batch_reports_each_file_as_it_finishes(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i, path in enumerate(sorted(SAMPLES.glob("*.txt"))[:3]):
        shutil.copy(path, root / f"{i}.txt")
    (root / "bad.txt").write_bytes(b"")
    seen: list[tuple[str, str]] = []
    totals: list[int] = []
    summary = run_batch([root], tmp_path / "out", jobs=1, on_start=totals.append,
                        on_file=lambda r: seen.append((r.document.relative, r.status)))
    assert totals == [4]
    assert sorted(seen) == [("0.txt", "extracted"), ("1.txt", "extracted"), ("2.txt", "extracted"),
                            ("bad.txt", "failed")]
    assert summary.failed == 1 and summary.failures[0]["file"] == "bad.txt"


def test_what_a_task_notes_while_it_runs_reaches_the_parent_before_its_outcome() -> None:
    log: list[tuple[str, Any]] = []
    for outcome in ProcessRunner(2).run(noting_task, ["a", "b", "c"], on_note=lambda v: log.append(("note", v))):
        log.append(("done", outcome.value))
    for name in "abc":
        notes = [i for i, (kind, v) in enumerate(log) if kind == "note" and v[0] == name]
        assert [log[i][1][1] for i in notes] == [1, 2, 3]
        assert max(notes) < log.index(("done", name.upper()))


def test_the_bar_counts_the_pages_of_a_scan_and_one_step_for_other_documents() -> None:
    from nqparse.batch.run import Document, FileReport, PageReport
    from nqparse.cli.batch import _Display

    display = _Display(quiet=False, rich=True)
    scan, text = Document(Path("scan.pdf"), "scan.pdf"), Document(Path("a.txt"), "a.txt")
    display.start(2)
    try:
        display.page(PageReport(scan, 0, 3))
        seen = [(display.progress.tasks[0].completed, display.progress.tasks[0].total)]
        for pages in (1, 2):
            display.page(PageReport(scan, pages, 3))
            seen.append((display.progress.tasks[0].completed, display.progress.tasks[0].total))
        display.file(FileReport(text, "extracted", None, 0.1))
        display.file(FileReport(scan, "extracted", None, 9.0, ocr_pages=3))
        seen.append((display.progress.tasks[0].completed, display.progress.tasks[0].total))
    finally:
        display.stop()
    assert seen == [(0, 4), (1, 4), (2, 4), (4, 4)]
    assert display.pages == 3


def test_a_scan_with_more_pages_read_than_planned_grows_the_bar() -> None:
    from nqparse.batch.run import Document, FileReport, PageReport
    from nqparse.cli.batch import _Display

    display = _Display(quiet=False, rich=True)
    odd = Document(Path("odd.pdf"), "odd.pdf")
    display.start(1)
    try:
        for pages in (1, 2):  # planned as a text-layer PDF, read by OCR after all
            display.page(PageReport(odd, pages, 0))
        display.file(FileReport(odd, "extracted", None, 5.0, ocr_pages=2))
        task = display.progress.tasks[0]
        assert (task.completed, task.total) == (2, 2)
    finally:
        display.stop()


def test_workers_that_cannot_start_give_one_clear_error(tmp_path: Path) -> None:
    """A script read from standard input cannot be imported by the workers: say so, once."""
    (tmp_path / "in").mkdir()
    shutil.copy(next(SAMPLES.glob("*.txt")), tmp_path / "in" / "one.txt")
    script = ("from nqparse.batch.run import run_batch\n"
              "from nqparse.batch.runners import WorkerError\n"
              "try:\n"
              f"    run_batch([{str(tmp_path / 'in')!r}], {str(tmp_path / 'out')!r}, jobs=1)\n"
              "except WorkerError as e:\n"
              "    print('refused:', e)\n")
    proc = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False)
    assert "refused:" in proc.stdout and "cannot start" in proc.stdout


# --- what a user meets on the edges ---------------------------------------------------------


def _one_sample(root: Path, name: str = "one.txt") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / name
    shutil.copy(sample("kienan"), path)
    return path


def test_an_empty_input_exits_1_saying_no_documents_found(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, stderr = run("batch", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert code == 1
    assert stderr.count("\n") == 1 and "no documents found" in stderr
    assert not (tmp_path / "out").exists()


def test_one_document_is_singular_and_progress_and_summary_use_the_summary_json_words(tmp_path: Path) -> None:
    _one_sample(tmp_path / "in")
    code, stdout, stderr = run("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0
    assert "nqparse batch: 1 document\n" in stderr
    assert stdout.startswith("1 document in ")
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert f"{summary['extracted']} extracted, {summary['skipped']} skipped (up to date), " \
           f"{summary['failed']} failed" in stdout
    assert "extracted one.txt" in stderr


def test_deleted_sources_are_reported_and_pruned_on_request(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _one_sample(root, "kept.txt")
    gone = _one_sample(root, "gone.txt")
    out = tmp_path / "out"
    assert run("batch", str(root), "-o", str(out), "-q")[0] == 0
    gone.unlink()
    code, stdout, _ = run("batch", str(root), "-o", str(out))
    assert code == 0
    assert f"source deleted: {gone}" in stdout and "--prune" in stdout
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["deleted_sources"] == [{"output": "gone.txt.json", "source": str(gone)}]
    assert (out / "gone.txt.json").exists()
    assert run("batch", str(root), "-o", str(out), "--prune", "-q")[0] == 0
    assert outputs(out) == ["kept.txt"]


def test_an_output_of_a_source_outside_this_runs_inputs_is_not_reported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _one_sample(tmp_path / "a")
    _one_sample(tmp_path / "b", "other.txt")
    run("batch", str(tmp_path / "b"), "-o", str(out), "-q")
    run("batch", str(tmp_path / "a"), "-o", str(out), "-q", "--prune")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["deleted_sources"] == [] and (out / "other.txt.json").exists()


def test_a_run_from_another_folder_does_not_take_existing_sources_for_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _one_sample(tmp_path / "in")
    _one_sample(tmp_path / "other", "two.txt")
    monkeypatch.chdir(tmp_path)
    assert run("batch", "in", "-o", "out", "-q")[0] == 0  # the output records its source as in/one.txt
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert run("batch", str(tmp_path / "other"), "-o", str(tmp_path / "out"), "-q", "--prune")[0] == 0
    assert (tmp_path / "out" / "one.txt.json").exists()
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["deleted_sources"] == []


def test_batch_takes_an_encoding(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "doc.txt").write_bytes(sample("kienan").read_text(encoding="utf-8").encode("cp1258", errors="replace"))
    out = tmp_path / "out"
    assert run("batch", str(root), "-o", str(out), "-q", "--encoding", "windows-1258")[0] == 0
    data = json.loads((out / "doc.txt.json").read_text(encoding="utf-8"))
    assert data["source"]["encoding"] == "windows-1258"


def test_an_output_folder_that_cannot_be_made_stops_before_any_work(tmp_path: Path) -> None:
    _one_sample(tmp_path / "in")
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    code, stdout, stderr = run("batch", str(tmp_path / "in"), "-o", str(blocker / "out"))
    assert code == 4
    assert stderr.count("\n") == 1 and "cannot write" in stderr and str(blocker / "out") in stderr
    assert "extracted" not in stderr and stdout == ""


def test_an_output_that_cannot_be_written_stops_the_run_with_one_line(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _one_sample(root / "sub")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where the output's folder should be", encoding="utf-8")
    code, _, stderr = run("batch", str(root), "-o", str(out), "-q")
    assert code == 4
    assert stderr.count("\n") == 1 and "cannot write" in stderr and "the batch stopped" in stderr


def test_outputs_follow_the_umask(tmp_path: Path) -> None:
    _one_sample(tmp_path / "in")
    old = os.umask(0o027)
    try:
        assert run("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q")[0] == 0
    finally:
        os.umask(old)
    for name in ("one.txt.json", "resolutions.jsonl", "indicators.csv", "errors.jsonl", "summary.json"):
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == 0o640, name


# --- deciding what is up to date, before any worker starts ------------------------------------


def _stamps(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*")
            if p.is_file() and p.name != "summary.json"}


def test_a_full_resume_starts_no_worker_and_rewrites_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "in"
    _one_sample(root, "a.txt")
    _one_sample(root / "sub", "b.txt")
    out = tmp_path / "out"
    assert run("batch", str(root), "-o", str(out), "-q")[0] == 0
    before = _stamps(out)

    def no_pool(workers: int) -> None:
        raise AssertionError("a worker pool was started with nothing to do")

    monkeypatch.setattr("nqparse.batch.runners.local.new_pool", no_pool)
    code, stdout, _ = run("batch", str(root), "-o", str(out))
    assert code == 0 and "0 extracted, 2 skipped (up to date)" in stdout
    assert _stamps(out) == before  # outputs, tables and state file untouched
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["indicators"] == len(jsonl(out / "resolutions.jsonl")[0]["indicators"]) * 2


@dataclass
class Rerun:
    id: str
    args: list[str]
    redone: set[str]


RERUNS = [
    Rerun("same-options", [], set()),
    Rerun("other-dpi-redoes-the-pdf", ["--dpi", "200"], {"plan.pdf"}),
    Rerun("ocr-never-redoes-the-pdf", ["--ocr", "never"], {"plan.pdf"}),
    Rerun("an-encoding-redoes-the-text", ["--encoding", "utf-8"], {"one.txt"}),
]


@pytest.mark.parametrize("case", RERUNS, ids=[r.id for r in RERUNS])
def test_the_options_that_change_an_output_are_part_of_up_to_date(tmp_path: Path, case: Rerun) -> None:
    root = tmp_path / "in"
    _one_sample(root)
    shutil.copy(next(SAMPLES.glob("*.pdf")), root / "plan.pdf")  # a text layer: no OCR under auto
    out = tmp_path / "out"
    assert run("batch", str(root), "-o", str(out), "-q")[0] == 0
    before = _stamps(out)
    assert run("batch", str(root), "-o", str(out), "-q", *case.args)[0] == 0
    after = _stamps(out)
    assert {name[:-len(".json")] for name in ("one.txt.json", "plan.pdf.json")
            if after[name] != before[name]} == case.redone
    assert (after["resolutions.jsonl"] != before["resolutions.jsonl"]) == bool(case.redone)


def test_an_output_changed_by_hand_is_made_again(tmp_path: Path) -> None:
    _one_sample(tmp_path / "in")
    out = tmp_path / "out"
    assert run("batch", str(tmp_path / "in"), "-o", str(out), "-q")[0] == 0
    (out / "one.txt.json").write_text("{}", encoding="utf-8")
    code, stdout, _ = run("batch", str(tmp_path / "in"), "-o", str(out))
    assert code == 0 and "1 extracted" in stdout
    assert json.loads((out / "one.txt.json").read_text(encoding="utf-8"))["nqparse_version"] == __version__


def test_deleted_sources_and_prune_work_on_fsspec_urls(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    base = f"/{tmp_path.name}-prune"
    for name in ("kept.txt", "sub/gone.txt"):
        memory.pipe_file(f"{base}/in/{name}", sample("kienan").read_bytes())
    inputs, out = f"memory://{base}/in", f"memory://{base}/out"
    assert run_batch([inputs], out, jobs=1).extracted == 2
    memory.rm_file(f"{base}/in/sub/gone.txt")
    summary = run_batch([inputs], out, jobs=1)
    assert summary.deleted == [{"output": "sub/gone.txt.json", "source": f"{inputs}/sub/gone.txt"}]
    assert memory.exists(f"{base}/out/sub/gone.txt.json")
    summary = run_batch([inputs], out, jobs=1, prune=True)
    assert summary.pruned and not memory.exists(f"{base}/out/sub/gone.txt.json")
    assert memory.exists(f"{base}/out/kept.txt.json")
    assert run_batch([inputs], out, jobs=1).deleted == []
