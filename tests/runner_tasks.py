"""Tasks for the runner tests, in a module of their own: a worker imports it, and every new
worker (after a kill) imports it again, so it imports nothing heavy."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def worker_pid() -> int:
    """The process a runner counts as its worker: a Dask worker (spawned), else this process."""
    import psutil

    for process in [psutil.Process(), *psutil.Process().parents()]:
        if "multiprocessing.spawn" in " ".join(process.cmdline()):
            return process.pid
    return os.getpid()


def task(name: str) -> str:
    """'slow' overruns any limit, 'exit' ends its process, 'bug' raises, 'kill:<file>' kills its
    worker the first time (the file marks it), anything else comes back in capitals."""
    if name == "slow":
        time.sleep(60)
    if name == "exit":
        os._exit(7)
    if name == "bug":
        raise ValueError("boom")
    if name.startswith("kill:"):
        marker = Path(name[5:])
        if not marker.exists():
            marker.touch()
            os.kill(worker_pid(), signal.SIGKILL)
        return "survived"
    return name.upper()


def noting_task(name: str) -> str:
    """Notes (name, 1), (name, 2), (name, 3) to the parent while it runs, then returns."""
    from nqparse.batch.runners import note

    for k in (1, 2, 3):
        note((name, k))
    return name.upper()
