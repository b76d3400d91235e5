"""The batch on a Dask cluster keeps the process pool's promises: the same files byte for byte,
bad files reported, a rerun that resumes, a time limit per file, and a worker that dies
costs nothing but a second try of its file.

One LocalCluster of two worker processes serves the module (it takes seconds to start);
``local:N`` itself is run once, through the command line.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nqparse.batch.run import STATE_FILE, extract_batch, run_batch
from nqparse.batch.runners import Runner, runner_for
from nqparse.batch.runners.local import ProcessRunner
from nqparse.cli.main import main

from .runner_tasks import task
from .test_batch import BAD, archive, many  # noqa: F401  (fixtures)

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A LocalCluster set as ``--scheduler local:N`` sets its own; tests reach it by address."""
    import logging

    import dask

    from nqparse.batch.runners.cluster import LOCAL_CONFIG

    with dask.config.set(LOCAL_CONFIG), distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=logging.ERROR) as local:
        yield local


def files(out: Path) -> dict[str, bytes]:
    """Every file of an output folder but the summary (it holds the time taken) and the state
    file (it holds each output's size, which varies with the input's location)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in ("summary.json", STATE_FILE)}


def counts(out: Path) -> dict[str, Any]:
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {k: v for k, v in summary.items() if k not in ("seconds", "outdir")}


# --- the batch on the cluster ----------------------------------------------------------------


def test_cluster_writes_the_same_files_as_the_process_pool(archive: tuple[Path, list[str]],  # noqa: F811
                                                           tmp_path: Path, cluster: Any) -> None:
    root, good = archive
    pool = run_batch([root], tmp_path / "pool", jobs=2)
    dask = run_batch([root], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert files(tmp_path / "dask") == files(tmp_path / "pool")
    assert counts(tmp_path / "dask") == counts(tmp_path / "pool")
    assert (dask.extracted, dask.failed) == (pool.extracted, pool.failed) == (len(good), len(BAD))
    assert sorted(f["file"] for f in dask.failures) == sorted(BAD)


def test_cluster_rerun_resumes_by_content_and_version(archive: tuple[Path, list[str]],  # noqa: F811
                                                      tmp_path: Path, cluster: Any) -> None:
    root, good = archive
    out = tmp_path / "out"
    run_batch([root], out, scheduler=cluster.scheduler_address)
    with (root / good[0]).open("ab") as f:
        f.write("\nMột dòng mới.\n".encode())
    seen: list[str] = []
    again = run_batch([root], out, scheduler=cluster.scheduler_address, on_file=lambda r: seen.append(r.status))
    assert (again.extracted, again.skipped, again.failed) == (1, len(good) - 1, len(BAD))
    assert len(seen) == len(good) + len(BAD)  # the progress counts every document


def test_extract_batch_on_the_cluster_gives_what_the_pool_gives(archive: tuple[Path, list[str]],  # noqa: F811
                                                                cluster: Any) -> None:
    root, _ = archive

    def results(**how: Any) -> dict[str, str]:
        return {r.document.relative: r.resolution.model_dump_json() if r.resolution else r.error or ""
                for r in extract_batch([root], **how)}

    assert results(scheduler=cluster.scheduler_address) == results(jobs=2)


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing(many: Path, tmp_path: Path, cluster: Any) -> None:  # noqa: F811
    with distributed.Client(cluster) as client:
        victim = next(iter(client.run(os.getpid).values()))
    killed: list[int] = []

    def kill_once(_: Any) -> None:
        if not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    summary = run_batch([many], tmp_path / "out", scheduler=cluster.scheduler_address, on_file=kill_once)
    assert killed
    assert (summary.extracted, summary.failed) == (summary.documents, 0)
    assert len((tmp_path / "out" / "resolutions.jsonl").read_text(encoding="utf-8").splitlines()) == \
        summary.documents


@pytest.mark.slow
def test_scheduler_local_n_from_the_command_line(archive: tuple[Path, list[str]],  # noqa: F811
                                                 tmp_path: Path) -> None:
    root, good = archive
    result = CliRunner().invoke(main, ["batch", str(root), "-o", str(tmp_path / "out"), "--scheduler", "local:2"])
    assert result.exit_code == 1  # the bad files
    assert f"{len(good)} extracted" in result.stdout and f"{len(BAD)} failed" in result.stdout


# --- the runners' promises, the same for both ----------------------------------------------


@pytest.fixture(params=["pebble", "dask"])
def runner_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def runner(runner_name: str, request: pytest.FixtureRequest) -> Runner:
    if runner_name == "pebble":
        return ProcessRunner(2)
    return runner_for(request.getfixturevalue("cluster").scheduler_address)


def test_runner_limits_time_retries_a_dead_worker_once_and_keeps_going(runner: Runner, tmp_path: Path) -> None:
    kill = f"kill:{tmp_path / 'killed'}"
    tasks = ["a", "slow", "b", "exit", "c", "bug", kill, "d"]
    # a limit far above what the other tasks take even on a busy machine: only 'slow' reaches it
    results = {o.task: o for o in runner.run(task, tasks, timeout=10)}
    assert sorted(results) == sorted(tasks)
    assert [results[t].value for t in "abcd"] == ["A", "B", "C", "D"]
    assert results[kill].value == "survived" and (tmp_path / "killed").exists()
    assert "10 s limit" in (results["slow"].error or "")
    assert "on two workers (exit code 7)" in (results["exit"].error or "")
    assert "ValueError: boom" in (results["bug"].error or "")


# --- mistakes: one line, exit code 2 ------------------------------------------------------

MISTAKES = [
    ("not-an-address", ["--scheduler", "somewhere"], "not a scheduler"),
    ("local-zero", ["--scheduler", "local:0"], "above 0"),
    ("dask-missing", ["--scheduler", "local:2"], "pip install 'nqparse[dask]'"),
    ("nobody-there", ["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler"),
]


@pytest.mark.parametrize(("args", "message"), [(a, m) for _, a, m in MISTAKES], ids=[i for i, _, _ in MISTAKES])
def test_scheduler_mistakes_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                         message: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text("x", encoding="utf-8")
    if "dask" in message:
        monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.setattr("nqparse.batch.runners.cluster.CONNECT_SECONDS", 1.0)
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.stderr.splitlines()[-1] and "Traceback" not in result.stderr


# --- inputs and outputs as fsspec URLs ---------------------------------------------------------


def test_memory_urls_give_what_local_paths_give_and_resume(archive: tuple[Path, list[str]],  # noqa: F811
                                                           tmp_path: Path, runner_name: str, cluster: Any) -> None:
    fsspec = pytest.importorskip("fsspec")
    root, good = archive
    memory = fsspec.filesystem("memory")
    base = f"/{tmp_path.name}-{runner_name}"
    for path in root.rglob("*"):
        if path.is_file():
            memory.pipe_file(f"{base}/archive/{path.relative_to(root).as_posix()}", path.read_bytes())
    how: dict[str, Any] = {"scheduler": cluster.scheduler_address} if runner_name == "dask" else {"jobs": 2}
    run_batch([root], tmp_path / "local", **how)
    summary = run_batch([f"memory://{base}/archive"], f"memory://{base}/out", **how)
    assert (summary.extracted, summary.failed) == (len(good), len(BAD))

    written = {p[len(f"{base}/out/"):]: bytes(memory.cat_file(p)) for p in memory.find(f"{base}/out")}
    local = files(tmp_path / "local")
    assert sorted(written) == sorted([*local, "summary.json", STATE_FILE])
    for name, data in local.items():
        as_local = written[name].replace(f"memory://{base}/archive".encode(), str(root).encode())
        assert as_local == data, name

    again = run_batch([f"memory://{base}/archive"], f"memory://{base}/out", **how)
    assert (again.skipped, again.extracted) == (len(good), 0)
