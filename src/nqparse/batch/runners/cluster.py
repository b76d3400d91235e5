"""The runner on a Dask distributed cluster (``pip install 'nqparse[dask]'``).

Tasks go out with ``Client.map`` a few per worker thread at a time and come back through
``as_completed``. Dask has no time limit per task, so each Dask worker runs its tasks in a
pebble process pool of its own (one process per worker thread), which kills and replaces a
process that overruns; that is why the workers must not be daemonic processes
(``DASK_DISTRIBUTED__WORKER__DAEMON=False``; a ``LocalCluster`` started here is set so).

A task whose Dask worker dies is tried once more on another worker, then reported failed.
The scheduler's own retries (``distributed.scheduler.allowed-failures``) come first: a
``LocalCluster`` started here has none, so the file is tried exactly twice, and it waits for
a killed worker's restart however slow, rather than giving the worker up.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import Any, TypeVar

from ...errors import NqparseError
from . import DIED, Outcome, WorkerError, call, finish, ignore_interrupts

T = TypeVar("T")
R = TypeVar("R")

QUEUED_PER_THREAD = 2
"""Tasks out per worker thread at a time: enough that none waits, never the whole archive."""

LOOK_SECONDS = 5.0
"""How often to ask the scheduler how many worker threads there are (a cluster may grow)."""

CONNECT_SECONDS = 30.0
"""How long to wait for the scheduler, and for its first worker."""

LOCAL_CONFIG = {"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 0,
                # a LocalCluster closes a worker's nanny for good when its restarted worker has not
                # registered by then (15 s by default), which a busy machine can exceed: the worker
                # is lost with the tasks given to it again
                "distributed.deploy.lost-worker-timeout": "300s"}

_END = object()


class DaskMissing(NqparseError):
    """``--scheduler`` was given but Dask is not installed."""


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskMissing("Dask is not installed", path="--scheduler",
                          hint="pip install 'nqparse[dask]'") from None
    return distributed


class DaskRunner:
    """The cluster whose scheduler is at ``address``, or a new ``LocalCluster`` of ``workers``."""

    def __init__(self, address: str | None, *, workers: int = 2) -> None:
        self.distributed = _import_distributed()
        self.address = address
        self.workers = max(1, workers)

    def run(self, func: Callable[[T], R], tasks: Iterable[T], *, timeout: float | None = None,
            on_note: Callable[[Any], None] | None = None) -> Iterator[Outcome[T, R]]:
        """As ``Runner.run``; ``on_note`` is never called: the workers' processes have no live
        channel back here, so a task's progress shows only when it finishes."""
        todo = iter(tasks)
        first = next(todo, _END)
        if first is _END:
            return
        limit = timeout or None
        with ExitStack() as stack:
            client = self._connect(stack)
            _check_workers(client, self.address or f"local:{self.workers}")
            client.run(_start_pool)
            stack.callback(client.run, _stop_pool)
            # results are fetched as they finish, side by side, not one by one here
            finished = self.distributed.as_completed(with_results=True, raise_errors=False)
            pending: dict[Any, tuple[Any, int, float]] = {}

            def give(batch: list[Any], tries: int) -> None:
                futures = client.map(run_limited, batch, work=func, limit=limit, pure=False)
                for task, future in zip(batch, futures, strict=True):
                    pending[future.key] = (task, tries, time.monotonic())
                finished.update(futures)

            give([first], 1)
            room, looked = _room(client), time.monotonic()
            try:
                while pending:
                    batch: list[Any] = []
                    if time.monotonic() >= looked + LOOK_SECONDS:
                        room, looked = _room(client), time.monotonic()
                    while len(pending) + len(batch) < room and (task := next(todo, _END)) is not _END:
                        batch.append(task)
                    if batch:
                        give(batch, 1)
                    future, result = next(finished)
                    task, tries, given = pending.pop(future.key)
                    outcome = finish(task, tries, given, self._settle(future, result))
                    future.release()
                    if outcome is None:
                        give([task], 2)
                    else:
                        yield outcome
            finally:
                client.cancel([f for f in finished.futures])

    def _connect(self, stack: ExitStack) -> Any:
        import dask

        distributed = self.distributed
        if self.address is None:
            # kept for the cluster's whole life: a worker that dies is restarted with it
            stack.enter_context(dask.config.set(LOCAL_CONFIG))
            try:
                cluster = stack.enter_context(distributed.LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.ERROR, preload=[__name__]))
            except RuntimeError:  # distributed's word for workers that died starting
                from .local import cannot_start

                raise cannot_start() from None
            return stack.enter_context(distributed.Client(cluster))
        try:
            client = stack.enter_context(distributed.Client(self.address, timeout=CONNECT_SECONDS))
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as e:
            raise WorkerError(f"cannot reach the Dask scheduler or its workers: {e}", path=self.address) from None
        return client

    def _settle(self, future: Any, result: Any) -> tuple[str, Any, float]:
        """A finished future as (kind, value or reason, seconds), from its result or its exception."""
        if future.status == "finished":
            kind, value, seconds = result
            return kind, value, seconds
        error = future.exception()  # asked of the scheduler: rare, so the round trip does not matter
        if isinstance(error, self.distributed.KilledWorker):
            return DIED, "its Dask worker was lost", 0.0
        return "failed", f"internal error: {type(error).__name__}: {error}", 0.0


def _room(client: Any) -> int:
    """How many tasks to have out: a few per worker thread, as many as the cluster has now."""
    return QUEUED_PER_THREAD * max(1, sum(client.nthreads().values()))


def _check_workers(client: Any, where: str) -> None:
    """Refuse, in one line, workers that cannot run nqparse's tasks."""
    from ... import __version__

    try:
        facts = client.run(_worker_facts)
    except Exception as e:  # the worker could not even load this module
        raise WorkerError(f"the Dask workers cannot run nqparse: {type(e).__name__}: {e}", path=where,
                          hint="install nqparse where the workers run") from None
    for address, (daemonic, version) in facts.items():
        if version != __version__:
            raise WorkerError(f"worker {address} has nqparse {version}, this is {__version__}", path=where)
        if daemonic:
            raise WorkerError(f"worker {address} is a daemonic process, so it cannot start the processes that "
                              "enforce the time limit", path=where,
                              hint="start the workers with DASK_DISTRIBUTED__WORKER__DAEMON=False")


def _worker_facts() -> tuple[bool, str]:
    import multiprocessing

    from ... import __version__

    return bool(multiprocessing.current_process().daemon), __version__


# --- in a Dask worker -------------------------------------------------------------------------

def dask_setup(worker: Any) -> None:
    """Run by the workers of a ``LocalCluster`` started here (a preload): Ctrl-C is the client's
    to handle, which stops them; without this each would print its own traceback."""
    ignore_interrupts()


_pool: Any = None
_pool_lock = threading.Lock()


def run_limited(task: Any, *, work: Callable[[Any], Any], limit: float | None) -> tuple[str, Any, float]:
    """Run one task in this worker's process pool, under the time limit."""
    from distributed import get_worker

    from .local import settle

    return settle(_worker_pool(get_worker()).schedule(call, (work, task), timeout=limit), limit)


def _worker_pool(worker: Any) -> Any:
    global _pool
    from .local import new_pool

    with _pool_lock:
        if _pool is None or not _pool.active:
            _pool = new_pool(worker.state.nthreads)
        return _pool


def _start_pool(dask_worker: Any) -> None:
    """Started before the first task, so that no task waits for its process to start."""
    _worker_pool(dask_worker)


def _stop_pool() -> None:
    """Stopped at the end of a run, before the worker itself, so that none of its processes is left."""
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.stop()
            _pool.join()
            _pool = None
