"""Where a batch's work runs: one small interface, two implementations, no scheduler of our own.

A runner takes a module-level function and an iterable of tasks and yields an ``Outcome`` per
task as it finishes. Every runner keeps the same promises: each task runs under a time
limit (its process is killed and replaced when it overruns); a task whose worker process
dies is tried once more on another worker, then reported failed; one task's failure never
stops the others; stopping the iteration stops the workers.

While a task runs, its function may ``note`` small values (a document's pages OCR'd so far):
``ProcessRunner`` hands them to the ``on_note`` callback as they come, in the calling thread,
before the task's outcome; ``DaskRunner`` has no such live channel and drops them.

- ``local.ProcessRunner``: pebble's ``ProcessPool`` on this machine (the default).
- ``cluster.DaskRunner``: a Dask distributed cluster, or a ``LocalCluster`` of N workers
  (``pip install 'nqparse[dask]'``).

``runner_for(scheduler, jobs)`` picks one from the ``--scheduler`` value.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ...errors import NqparseError

T = TypeVar("T")
R = TypeVar("R")


class WorkerError(NqparseError):
    """Worker processes cannot be started or reached, so no task can run."""


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    """What became of one task: its function's return value, or why there is none."""

    task: T
    value: R | None = None
    error: str | None = None
    seconds: float = 0.0


class Runner(Protocol):
    def run(self, func: Callable[[T], R], tasks: Iterable[T], *, timeout: float | None = None,
            on_note: Callable[[Any], None] | None = None) -> Iterator[Outcome[T, R]]:
        """Yield an ``Outcome`` per task, in the order they finish; ``timeout`` in seconds per task;
        ``on_note`` hears what tasks ``note`` while they run, where the runner can pass it on."""
        ...


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def runner_for(scheduler: str | None = None, jobs: int | None = None) -> Runner:
    """The runner a ``--scheduler`` value names.

    None: a process pool of ``jobs`` workers here. ``local:N``: a Dask ``LocalCluster`` of N
    worker processes. Anything else (``tcp://host:8786``, ``tls://...``) is a Dask scheduler's
    address.
    """
    if not scheduler:
        from .local import ProcessRunner

        return ProcessRunner(jobs or default_jobs())
    from .cluster import DaskRunner

    if scheduler.startswith("local:") or scheduler == "local":
        count = scheduler.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise NqparseError("expected local:N with N a number of workers above 0", path=scheduler)
        return DaskRunner(None, workers=int(count) if count else jobs or default_jobs())
    if "://" not in scheduler:
        raise NqparseError("not a scheduler: expected local:N or an address such as tcp://host:8786",
                           path=scheduler)
    return DaskRunner(scheduler)


# --- what runs in a worker process ---------------------------------------------------------

DIED = "died"
"""Marks a task whose worker process died under it: tried once more, then reported."""


def call(func: Callable[[Any], Any], task: Any) -> tuple[bool, Any, float]:
    """In a worker: (True, value, seconds) or (False, reason, seconds); a function's error is a bug."""
    began = time.perf_counter()
    try:
        return True, func(task), time.perf_counter() - began
    except Exception as e:
        return False, f"internal error: {type(e).__name__}: {e}", time.perf_counter() - began


def ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them all."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


_notes: Any = None  # in a worker: the writing end of the parent's pipe for notes, or None
_notes_lock = threading.Lock()


def start_worker(notes: Any = None) -> None:
    """A worker process's initializer: Ctrl-C left to the parent, notes sent down ``notes``."""
    global _notes
    ignore_interrupts()
    _notes = notes


def note(value: Any) -> None:
    """In a worker: tell the parent ``value`` (small and picklable) while a task runs; dropped
    where the runner has no channel. One small write to a pipe, so a worker killed meanwhile
    leaves nothing half-written for the others."""
    if _notes is None:
        return
    with _notes_lock, suppress(OSError, ValueError):
        _notes.send(value)


def exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def overran(limit: float) -> str:
    return f"took longer than the {limit:g} s limit"


def finish(task: T, tries: int, given: float, settled: tuple[str, Any, float]) -> Outcome[T, Any] | None:
    """What to report of a task, given (kind, value or reason, seconds) from its worker.

    None when it is to be tried again: its worker died, and this was its first try.
    """
    kind, value, seconds = settled
    if kind == "ok":
        return Outcome(task, value=value, seconds=seconds)
    if kind == DIED:
        if tries == 1:
            return None
        value = f"the worker stopped unexpectedly, on two workers ({value})"
    return Outcome(task, error=value, seconds=seconds or time.monotonic() - given)
