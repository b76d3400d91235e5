"""Output that cannot be written: one line naming where, exit code 4, nothing half-written; a
closed pipe quiet, as in other Unix tools; files written as open() would (the umask)."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nqparse.cli.main import main
from nqparse.errors import write_error

from .conftest import ROOT, sample

FULL = Path("/dev/full")


def nqparse(*args: str, stdout: int | object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "nqparse", *args], stdout=stdout,  # type: ignore[call-overload]
                          stderr=subprocess.PIPE, env=env, check=False)


def _commands() -> list[list[str]]:
    doc = str(sample("kienan"))
    return [["extract", doc], ["schema"], ["validate", doc, "--format", "json"],
            ["diff", doc, doc, "--format", "json"], ["diff", doc, doc]]


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")
@pytest.mark.parametrize("args", _commands(), ids=["extract", "schema", "validate", "diff-json", "diff-table"])
def test_a_full_disk_is_one_line_and_exit_4(args: list[str]) -> None:
    with FULL.open("wb") as full:
        result = nqparse(*args, stdout=full)
    assert result.returncode == 4
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "<stdout>: cannot write: no space left on the device" in err


@pytest.mark.parametrize("args", _commands(), ids=["extract", "schema", "validate", "diff-json", "diff-table"])
def test_a_closed_pipe_is_quiet(args: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "nqparse", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader has gone before the first line, as `| head -0` would
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait() == 4
    assert err == b""


def test_schema_to_a_file_that_cannot_be_written_is_exit_4(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "-o", str(blocker / "schema.json")])
    assert result.exit_code == 4
    assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_files_written_follow_the_umask(tmp_path: Path, mask: int, mode: int) -> None:
    old = os.umask(mask)
    try:
        for args in (["schema", "-o", str(tmp_path / "schema.json")],
                     ["extract", str(sample("kienan")), "-o", str(tmp_path / "out.json")]):
            assert CliRunner().invoke(main, args).exit_code == 0
    finally:
        os.umask(old)
    for name in ("schema.json", "out.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode


@pytest.mark.parametrize(("code", "message"), [
    (errno.ENOSPC, "no space left on the device"),
    (errno.EACCES, "permission denied"),
    (errno.EROFS, "the file system is read-only"),
    (errno.EPIPE, "the reader of the output has gone"),
], ids=["ENOSPC", "EACCES", "EROFS", "EPIPE"])
def test_write_errors_name_their_reason(code: int, message: str) -> None:
    error = write_error(OSError(code, os.strerror(code)), "out/a.json")
    assert str(error) == f"out/a.json: cannot write: {message}"
    assert error.exit_code == 4


def test_a_device_given_as_the_output_file_is_written_not_replaced(tmp_path: Path) -> None:
    """`-o /dev/full` fails as writing to it fails; the device itself is never renamed over."""
    from nqparse.batch.output import write_atomic
    from nqparse.errors import NqparseError

    full = Path("/dev/full")
    if not full.exists() or not stat.S_ISCHR(full.stat().st_mode):
        pytest.skip("/dev/full is not a character device here")
    with pytest.raises(NqparseError):
        write_atomic(full, "x" * 10_000)
    assert stat.S_ISCHR(full.stat().st_mode)
    null = Path("/dev/null")
    write_atomic(null, "written and discarded")
    assert stat.S_ISCHR(null.stat().st_mode)
