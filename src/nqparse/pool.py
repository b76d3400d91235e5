"""The process pool of earlier versions, kept for scripts that import it: see ``nqparse.runners``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from .runners import Outcome, WorkerError, default_jobs

__all__ = ["Outcome", "WorkerError", "default_jobs", "run_tasks"]

T = TypeVar("T")
R = TypeVar("R")


def run_tasks(func: Callable[[T], R], tasks: Iterable[T], *, jobs: int | None = None,
              timeout: float | None = None) -> Iterator[Outcome[T, R]]:
    """Yield an ``Outcome`` per task, in the order they finish, from ``jobs`` processes here."""
    from .runners.local import ProcessRunner

    return ProcessRunner(jobs or default_jobs()).run(func, tasks, timeout=timeout)
