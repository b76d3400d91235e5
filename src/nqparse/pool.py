"""Run one function over many tasks in worker processes, each task under a time limit.

``concurrent.futures`` cannot stop a task once it runs, so a file that makes a reader loop
for ever would hang the whole run. Here each worker handles one task at a time over its own
pipe; a worker that overruns its time limit, or dies, is killed and replaced, and its task
is reported as failed while the others go on.

Workers ignore Ctrl-C: the parent stops them all when it is interrupted or when the caller
stops iterating.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any, Generic, TypeVar

from .errors import NqparseError

T = TypeVar("T")
R = TypeVar("R")

PRELOAD = ["nqparse.pipeline", "nqparse.warmup"]
"""Imported once by the fork server, so a new (or replacement) worker starts in milliseconds
with the word lists loaded and the patterns compiled."""

START_TIMEOUT = 60.0
"""Seconds a new worker may take to say it is ready."""

_READY = "ready"


class WorkerError(NqparseError):
    """Worker processes cannot be started, so no task can run."""


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    """What became of one task: its function's return value, or why there is none."""

    task: T
    value: R | None = None
    error: str | None = None
    seconds: float = 0.0


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context() -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def _serve(func: Callable[[Any], Any], conn: Connection) -> None:
    """A worker's loop: receive a task, send back (True, value) or (False, reason)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        conn.send(_READY)
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        try:
            reply: tuple[bool, Any] = (True, func(task))
        except Exception as e:  # the function's own errors are its business; this is a bug
            reply = (False, f"internal error: {type(e).__name__}: {e}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx: BaseContext, func: Callable[[Any], Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(func, child), daemon=True)  # type: ignore[attr-defined]
        self.proc.start()
        child.close()
        self.task: Any = None
        self.started = 0.0

    def wait_ready(self) -> None:
        """Block until the worker has started; raise ``WorkerError`` if it died starting."""
        try:
            if self.conn.poll(START_TIMEOUT) and self.conn.recv() == _READY:
                return
        except (EOFError, OSError):
            pass
        self.stop(kill=True)
        raise WorkerError(f"worker processes cannot start ({_exit_reason(self.proc.exitcode)})",
                          path="nqparse batch",
                          hint="a script that runs a batch must be a file, its work under "
                               "if __name__ == '__main__'")

    @property
    def busy(self) -> bool:
        return self.started > 0

    def give(self, task: Any) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def take(self) -> Any:
        task, self.task, self.started = self.task, None, 0.0
        return task

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                self.proc.kill()
        self.proc.join(timeout=None if kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def run_tasks(func: Callable[[T], R], tasks: Iterable[T], *, jobs: int | None = None,
              timeout: float | None = None) -> Iterator[Outcome[T, R]]:
    """Yield an ``Outcome`` per task, in the order they finish.

    ``func`` must be a module-level function (it is sent to the workers by name). ``timeout``
    is the longest one task may run, in seconds (None or 0: no limit). Stopping the iteration
    early, or an exception in the caller, stops every worker.
    """
    todo = iter(tasks)
    first = next(todo, None)
    if first is None:
        return  # no workers to start
    todo = chain([first], todo)
    ctx = _context()
    workers: list[_Worker] = []
    limit = timeout or None
    exhausted = False
    try:
        workers = [_Worker(ctx, func) for _ in range(max(1, jobs or default_jobs()))]
        for w in workers:
            w.wait_ready()
        while True:
            for w in workers:
                if not w.busy and not exhausted:
                    task = next(todo, None)
                    if task is None:
                        exhausted = True
                    else:
                        w.give(task)
            busy = [w for w in workers if w.busy]
            if not busy:
                return
            wait_for = None
            if limit is not None:
                now = time.monotonic()
                wait_for = max(0.0, min(w.started + limit - now for w in busy))
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for i, w in enumerate(workers):
                if not w.busy:
                    continue
                seconds = time.monotonic() - w.started
                if w.conn in ready:
                    try:
                        ok, value = w.conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(timeout=1)
                        code = w.proc.exitcode
                        task = w.take()
                        w.stop(kill=True)
                        workers[i] = _started(ctx, func)
                        yield Outcome(task, error=f"the worker stopped unexpectedly ({_exit_reason(code)})",
                                      seconds=seconds)
                        continue
                    task = w.take()
                    yield Outcome(task, value=value, seconds=seconds) if ok else \
                        Outcome(task, error=value, seconds=seconds)
                elif limit is not None and seconds >= limit:
                    task = w.take()
                    w.stop(kill=True)
                    workers[i] = _started(ctx, func)
                    yield Outcome(task, error=f"took longer than the {limit:g} s limit", seconds=seconds)
    finally:
        for w in workers:
            w.stop(kill=w.busy)


def _started(ctx: BaseContext, func: Callable[[Any], Any]) -> _Worker:
    worker = _Worker(ctx, func)
    worker.wait_ready()
    return worker


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
