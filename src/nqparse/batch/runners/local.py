"""The runner on this machine: pebble's ``ProcessPool``, a time limit per task, dead workers replaced.

pebble kills a worker that overruns its task's time limit, or notices one that died, and
starts another in its place; the task is reported and the others go on. Workers come from
a fork server that has imported the pipeline once, so a new (or replacement) worker starts
in milliseconds with the word lists loaded and the patterns compiled.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any, TypeVar

from . import DIED, Outcome, WorkerError, call, exit_reason, finish, overran, start_worker

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from pebble import ProcessPool

T = TypeVar("T")
R = TypeVar("R")

PRELOAD = ["nqparse.pipeline", "nqparse.batch.warmup"]
"""Imported once by the fork server, so that workers start with them loaded."""

QUEUED_PER_WORKER = 2
"""Tasks handed to the pool per worker at a time: enough that none waits, never the whole archive."""

_END = object()


def context() -> BaseContext:
    import multiprocessing  # with the first pool, as pebble is

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


NOTE_SECONDS = 0.25
"""How often the parent looks for notes while it waits for tasks to finish."""

HEALTH_SECONDS = 1.0
"""How often the parent looks whether the pool still runs while it waits: a pool that broke
before it took a task in (its workers could not start) never settles that task's future."""


def new_pool(workers: int, notes: Any = None) -> ProcessPool:
    """A pool of ``workers`` processes; ``notes``: the writing end of a pipe their notes go down."""
    from pebble import ProcessPool  # loaded with the first pool: a run with nothing to do needs none

    return ProcessPool(max_workers=max(1, workers), context=context(), initializer=start_worker,
                       initargs=(notes,))


def settle(future: Future[Any], limit: float | None) -> tuple[str, Any, float]:
    """A finished task as (kind, value or reason, seconds); kind is "ok", "failed" or ``DIED``."""
    from concurrent.futures.process import BrokenProcessPool

    from pebble import ProcessExpired

    try:
        ok, value, seconds = future.result()
    except FutureTimeout:
        return "failed", overran(limit or 0), limit or 0.0
    except ProcessExpired as e:
        return DIED, exit_reason(e.exitcode), 0.0
    except BrokenProcessPool:
        raise cannot_start() from None
    except Exception as e:  # the task or its result could not be sent: a bug, reported as one
        return "failed", f"internal error: {type(e).__name__}: {e}", 0.0
    return ("ok" if ok else "failed"), value, seconds


def cannot_start() -> WorkerError:
    return WorkerError("worker processes cannot start", path="nqparse batch",
                       hint="a script that runs a batch must be a file, its work under "
                            "if __name__ == '__main__'")


class ProcessRunner:
    """``jobs`` worker processes on this machine."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)

    def run(self, func: Callable[[T], R], tasks: Iterable[T], *, timeout: float | None = None,
            on_note: Callable[[Any], None] | None = None) -> Iterator[Outcome[T, R]]:
        todo = iter(tasks)
        first = next(todo, _END)
        if first is _END:
            return  # no workers to start
        limit = timeout or None
        heard, told = context().Pipe(duplex=False) if on_note else (None, None)
        pool = new_pool(self.jobs, told)
        pending: dict[Future[Any], tuple[Any, int, float]] = {}

        def pass_notes() -> None:
            while heard is not None and on_note is not None and heard.poll():
                on_note(heard.recv())

        def give(task: Any, tries: int) -> None:
            try:
                future = pool.schedule(call, (func, task), timeout=limit)
            except RuntimeError:  # pebble's word for a pool whose workers cannot start
                raise cannot_start() from None
            pending[future] = (task, tries, time.monotonic())

        give(first, 1)
        try:
            while True:
                while len(pending) < QUEUED_PER_WORKER * self.jobs:
                    task = next(todo, _END)
                    if task is _END:
                        break
                    give(task, 1)
                if not pending:
                    return
                done, _ = wait(pending, timeout=NOTE_SECONDS if heard else HEALTH_SECONDS,
                               return_when=FIRST_COMPLETED)
                if not done and not pool.active:
                    raise cannot_start()
                pass_notes()  # a task's notes were sent before its result: they come first
                for future in done:
                    task, tries, given = pending.pop(future)
                    outcome = finish(task, tries, given, settle(future, limit))
                    if outcome is None:
                        give(task, 2)  # a new worker has taken the dead one's place
                    else:
                        yield outcome
        finally:
            pool.stop()
            pool.join()
            for end in (heard, told):
                if end is not None:
                    end.close()
