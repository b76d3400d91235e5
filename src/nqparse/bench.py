"""The benchmark: how fast nqparse is on the machine it runs on, measured, never assumed.

``python -m nqparse.bench`` (or ``nqparse bench``) prints, and writes as JSON so runs can be
compared: command-line start-up (``nqparse --version``, ``nqparse extract`` on one sample,
against the floor of ``python -c "import pydantic, regex, click"``, and which heavy libraries
an extract imports); in-process extraction per document and its throughput over the samples
replicated to a few hundred documents, against the floor of reading, decoding, NFC and one
regex pass over the same bytes; time and peak memory per MB for one document of 1, 5 and 10
MB (which should stay flat); batch throughput with 1 and 2 workers and a full resume, and on
a Dask ``LocalCluster`` of 2 workers against the process pool; PDF reading in pages per
second and extraction against pdfplumber's ``extract_text`` and pypdfium2 on the same files;
OCR of scanned pages (pages per second with 1 and 2 workers, and the time per page against
the ``tesseract`` command on the same image); peak memory. Each figure is checked against
its target; a floor or a peer is measured in the same run, so that the ratio holds on a
machine busy with other work. ``--baseline REV`` measures start-up and throughput of an
earlier commit too, in the same run.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from . import __version__
from .batch.runners import Runner

HEAVY = ("pdfplumber", "pypdfium2", "docx", "rich", "charset_normalizer", "rapidfuzz")
"""Libraries that must not be imported to extract a text file."""

TARGETS = {
    "cli_extract_vs_floor": ("<=", 2.0),
    "extract_mb_per_s_per_core": (">=", 5.0),
    "floor_vs_extract": ("<=", 15.0),
    "extract_vs_baseline": (">=", 2.0),
    "time_per_mb_10_vs_1": ("<=", 1.5),
    "memory_per_mb_10_vs_1": ("<=", 1.5),
    "batch_2_workers_docs_per_s": (">=", 100.0),
    "batch_speedup_1_to_2_workers": (">=", 1.7),
    "batch_resume_seconds": ("<=", 0.3),
    "pdf_read_pages_per_s": (">=", 150.0),
    "pdf_vs_pdfplumber_worst": ("<=", 0.3),
    "ocr_overhead_vs_tesseract": ("<=", 0.15),
    "db_series_query_ms": ("<=", 50.0),
}

FLOOR_IMPORTS = "import pydantic, regex, click"
"""What start-up is measured against: the libraries every command needs, imported."""

SCALE_MB = (1, 5, 10)
"""Sizes, in MB of text, of the one-document runs that show whether cost stays linear."""

OCR_PAGES = 4
"""Pages of the first sample PDF rendered and OCR'd by the ``ocr`` section (the first two
of them, ``--repeat`` times each, against the ``tesseract`` command)."""


@dataclass
class Settings:
    samples: Path
    pdfs: list[Path]
    documents: int = 300
    batch_documents: int = 300
    db_documents: int = 10_000
    repeat: int = 5
    baseline: Path | None = None
    """The ``src`` folder of an earlier commit, measured beside this one (``--baseline REV``)."""
    log: Callable[[str], None] = field(default=lambda _: None)


# --- helpers ------------------------------------------------------------------------------

def _best(times: list[float]) -> float:
    return min(times) if times else float("nan")


def _timed(func: Callable[[], Any], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    out = []
    for _ in range(repeat):
        start = clock()
        func()
        out.append(clock() - start)
    return out


def _cpu_timed(func: Callable[[], Any], repeat: int) -> list[float]:
    """CPU seconds of this process: other work on a shared machine weighs far less on them
    than on wall time (single-process work only: a child's time is not counted)."""
    return _timed(func, repeat, time.process_time)


def _cpu_with_children(func: Callable[[], Any]) -> float:
    """CPU seconds of this process's threads and of the children it waited for while ``func``
    ran: the engine's own time, not the queue for a core, which other work on the machine adds
    to wall time (it made the OCR comparison swing by 10 points from run to run)."""
    start = time.process_time() + _children_cpu()
    func()
    return time.process_time() + _children_cpu() - start


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sample_bytes(folder: Path) -> list[tuple[str, bytes]]:
    found = sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md"))
    if not found:
        raise FileNotFoundError(f"{folder}: no .txt or .md samples to measure")
    return [(p.name, p.read_bytes()) for p in found]


@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="nqparse-bench-") as name:
        yield Path(name)


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    kb = resource.getrusage(who).ru_maxrss
    return round(kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024, 1)


# --- the measurements -----------------------------------------------------------------------

def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    with suppress(ValueError, OSError, AttributeError):
        memory = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    from .batch.runners import default_jobs

    return {"cpu": cpu, "cores": default_jobs(), "memory_gb": memory, "system": platform.platform(),
            "python": platform.python_version(), "nqparse": __version__,
            "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
            "date": time.strftime("%Y-%m-%d %H:%M:%S %z")}


def startup(settings: Settings) -> dict[str, Any]:
    """CPU time of fresh ``nqparse`` processes (and the wall time of an extract) against the
    floor of importing what every command needs, and the heavy libraries an extract imports.

    Both run as an installed package would: with byte-code caches (in a folder of their own,
    so the checkout stays clean), the first run of each left out.
    """
    sample = sorted(settings.samples.glob("*.txt"))[0]
    extract_command = [sys.executable, "-m", "nqparse", "extract", str(sample)]
    with _folder() as caches:
        env = _installed_env(caches)
        version = _runs([sys.executable, "-m", "nqparse", "--version"], env, settings.repeat, cpu=True)
        extract = _runs(extract_command, env, settings.repeat, cpu=True)
        floor = _runs([sys.executable, "-c", FLOOR_IMPORTS], env, settings.repeat, cpu=True)
        wall = _runs(extract_command, env, settings.repeat)
        probe = subprocess.run([sys.executable, "-X", "importtime", "-m", "nqparse", "extract", str(sample)],
                               check=True, capture_output=True, text=True, env=env)
    imported = {line.rsplit("|", 1)[-1].strip() for line in probe.stderr.splitlines() if "|" in line}
    heavy = sorted(h for h in HEAVY if h in imported)
    return {"cli_version_seconds": round(version, 3), "cli_extract_seconds": round(extract, 3),
            "cli_extract_wall_seconds": round(wall, 3),
            "floor_seconds": round(floor, 3), "floor": f"python -c '{FLOOR_IMPORTS}'",
            "cli_extract_vs_floor": round(extract / floor, 2),
            "cli_extract_sample": sample.name, "heavy_imports_on_text_extract": heavy}


def _installed_env(caches: Path, src: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(caches)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


def _runs(command: list[str], env: dict[str, str], repeat: int, *, cpu: bool = False) -> float:
    """Median wall time (or, with ``cpu``, CPU time) of ``repeat`` runs of ``command``, after
    one that warms the caches."""
    times = []
    for _ in range(repeat + 1):
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(_children_cpu() - used if cpu else time.perf_counter() - start)
    return statistics.median(times[1:])


def in_process(settings: Settings) -> dict[str, Any]:
    """Extraction from bytes in memory (decoding included), one process, documents in turn;
    CPU time, as the floor's. Each gives the JSON-ready output a batch worker writes."""
    from .pipeline import extract_data
    from .readers import read_bytes

    samples = _sample_bytes(settings.samples)
    docs = [samples[i % len(samples)] for i in range(settings.documents)]
    for name, data in samples:  # warm up: lexicons, compiled patterns
        extract_data(read_bytes(data, name=name, suffix=Path(name).suffix))
    per_doc = []
    gc.collect()
    start = time.process_time()
    for name, data in docs:
        t = time.process_time()
        extract_data(read_bytes(data, name=name, suffix=Path(name).suffix))
        per_doc.append(time.process_time() - t)
    total = time.process_time() - start
    size = sum(len(d) for _, d in docs)
    floor = _best(_cpu_timed(partial(_floor_pass, docs), 3))
    return {"documents": len(docs), "mean_document_kb": round(size / len(docs) / 1024, 1),
            "seconds": round(total, 3), "ms_per_document_median": round(statistics.median(per_doc) * 1000, 2),
            "ms_per_document_p95": round(sorted(per_doc)[int(len(per_doc) * 0.95)] * 1000, 2),
            "docs_per_s": round(len(docs) / total, 1),
            "extract_mb_per_s_per_core": round(size / total / 1e6, 2),
            "floor_mb_per_s": round(size / floor / 1e6, 1),
            "floor_vs_extract": round(total / floor, 1)}


_WORDS = re.compile(r"\w+")


def _floor_pass(docs: list[tuple[str, bytes]]) -> int:
    """The least any reader of these documents does: decode, NFC, one regex pass over each."""
    found = 0
    for _, data in docs:
        text = unicodedata.normalize("NFC", data.decode("utf-8", errors="replace"))
        found += sum(1 for _ in _WORDS.finditer(text))
    return found


def scaling(settings: Settings) -> dict[str, Any]:
    """CPU time and peak memory per MB of one document of 1, 5 and 10 MB of text (the
    samples in turn, each a chapter of the one document)."""
    from .pipeline import extract_text

    texts = [data.decode("utf-8", errors="replace") for _, data in _sample_bytes(settings.samples)]
    rows = {}
    for mb in SCALE_MB:
        big = _text_of(texts, mb * 1_000_000)
        size = len(big.encode("utf-8")) / 1e6
        seconds = _best(_cpu_timed(partial(extract_text, big), 1 if mb > 1 else max(1, settings.repeat // 2)))
        gc.collect()
        tracemalloc.start()
        extract_text(big)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows[f"{mb}_mb"] = {"mb": round(size, 2), "seconds": round(seconds, 3),
                            "seconds_per_mb": round(seconds / size, 3),
                            "peak_mb": round(peak / 2**20, 1), "peak_mb_per_mb": round(peak / 2**20 / size, 1)}
    first, last = rows[f"{SCALE_MB[0]}_mb"], rows[f"{SCALE_MB[-1]}_mb"]
    return {"sizes": rows,
            "time_per_mb_10_vs_1": round(last["seconds_per_mb"] / first["seconds_per_mb"], 2),
            "memory_per_mb_10_vs_1": round(last["peak_mb_per_mb"] / first["peak_mb_per_mb"], 2),
            "peak_memory_per_mb_of_text": max(r["peak_mb_per_mb"] for r in rows.values())}


def _text_of(texts: list[str], size: int) -> str:
    """The texts in turn, as paragraphs of one document, to about ``size`` bytes of UTF-8."""
    parts: list[str] = []
    total = 0
    while total < size:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
    return "\n\n".join(parts)


def batch(settings: Settings) -> dict[str, Any]:
    """``run_batch`` over the samples replicated, fresh output each time, with 1 and 2
    workers; then a full resume (everything up to date), in this process and as a command."""
    from .batch.run import run_batch

    samples = _sample_bytes(settings.samples)
    count = settings.batch_documents
    out: dict[str, Any] = {"documents": count}
    with _folder() as root:
        inputs = _archive(root, samples, count)
        rss_before = _peak_rss_mb()
        rates = {}
        for workers in (1, 2):
            start = time.perf_counter()
            summary = run_batch([inputs], root / f"out{workers}", jobs=workers)
            seconds = time.perf_counter() - start
            if summary.failed:
                raise RuntimeError(f"batch benchmark: {summary.failed} documents failed")
            rates[workers] = count / seconds
            out[f"batch_{workers}_worker{'s' if workers > 1 else ''}_docs_per_s"] = round(rates[workers], 1)
        out["batch_speedup_1_to_2_workers"] = round(rates[2] / rates[1], 2)
        resumes = []
        for _ in range(3):
            start = time.perf_counter()
            summary = run_batch([inputs], root / "out2", jobs=2)
            resumes.append(time.perf_counter() - start)
            if summary.skipped != count:
                raise RuntimeError(f"batch benchmark: the resume redid {count - summary.skipped} documents")
        out["batch_resume_seconds"] = round(min(resumes), 3)
        with _folder() as caches:
            out["batch_resume_command_seconds"] = round(_runs(
                [sys.executable, "-m", "nqparse", "batch", str(inputs), "-o", str(root / "out2"), "-q"],
                _installed_env(caches), 3), 3)
        out["parent_peak_rss_growth_mb"] = round(_peak_rss_mb() - rss_before, 1)
        from .batch.runners.local import ProcessRunner

        paths = sorted(str(p) for p in inputs.rglob("*") if p.is_file())
        out["worker_peak_rss_mb"] = max(o.value or 0.0 for o in ProcessRunner(2).run(_extract_and_measure, paths))
    return out


def _archive(root: Path, samples: list[tuple[str, bytes]], count: int) -> Path:
    """``count`` documents, the samples in turn, 100 to a folder."""
    inputs = root / "in"
    for i in range(count):
        name, data = samples[i % len(samples)]
        folder = inputs / f"{i // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:05d}-{name}").write_bytes(data)
    return inputs


def cluster(settings: Settings) -> dict[str, Any]:
    """``run_batch`` on a Dask ``LocalCluster`` of 2 workers against the process pool with 2 jobs.

    The cluster is started before the clock starts (its start-up is given apart), so the
    difference per document is what the cluster's scheduling costs.
    """
    try:
        import dask
        import distributed
    except ImportError:
        return {"note": "Dask is not installed: pip install 'nqparse[dask]'"}
    import logging

    from .batch.run import run_batch
    from .batch.runners import runner_for
    from .batch.runners.cluster import LOCAL_CONFIG

    count = settings.documents
    out: dict[str, Any] = {"documents": count}
    with _folder() as root:
        inputs = _archive(root, _sample_bytes(settings.samples), count)
        start = time.perf_counter()
        run_batch([inputs], root / "pool", jobs=2)
        pool = time.perf_counter() - start
        start = time.perf_counter()
        with dask.config.set(LOCAL_CONFIG), distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                silence_logs=logging.ERROR) as local:
            out["local_cluster_start_seconds"] = round(time.perf_counter() - start, 2)
            start = time.perf_counter()
            summary = run_batch([inputs], root / "dask", scheduler=local.scheduler_address)
            dask_seconds = time.perf_counter() - start
            if summary.failed:
                raise RuntimeError(f"cluster benchmark: {summary.failed} documents failed")
            out["local_cluster_runner_ms_per_task"] = _runner_cost(runner_for(local.scheduler_address), count)
        out["pool_runner_ms_per_task"] = _runner_cost(runner_for(None, 2), count)
    out["pool_2_jobs_docs_per_s"] = round(count / pool, 1)
    out["local_cluster_2_workers_docs_per_s"] = round(count / dask_seconds, 1)
    out["cluster_overhead_ms_per_document"] = round((dask_seconds - pool) / count * 1000, 2)
    return out


def _runner_cost(runner: Runner, count: int) -> float:
    """Milliseconds per task of a runner alone: tasks of a document's size that do nothing."""
    outcomes = runner.run(len, (b"x" * 18_000 for _ in range(count)), timeout=120)
    next(outcomes)  # the workers are up
    start = time.perf_counter()
    done = sum(1 for _ in outcomes)
    return round((time.perf_counter() - start) / max(done, 1) * 1000, 2)


def _extract_and_measure(path: str) -> float:
    """In a worker: extract ``path``; the worker's peak memory so far, in MB."""
    from .pipeline import extract

    extract(path)
    return _peak_rss_mb()


def pdf(settings: Settings) -> dict[str, Any]:
    """nqparse on each PDF (reading alone, and reading with extraction) against pdfplumber's
    ``extract_text`` and pypdfium2's text on the same pages, in CPU time; pages per second of
    the longest."""
    if not settings.pdfs:
        return {"files": [], "note": "no PDF given (--pdf FILE)"}
    import pdfplumber
    import pypdfium2

    from .pipeline import extract
    from .readers import read_path
    from .readers.options import OcrOptions

    text_layer = OcrOptions(mode="never")  # the text layer as it is: OCR has its own section

    def plumber(path: Path) -> None:
        with pdfplumber.open(path) as doc:
            for page in doc.pages:
                page.extract_text()

    def pdfium(path: Path) -> None:
        doc = pypdfium2.PdfDocument(path)
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()

    rows: list[dict[str, Any]] = []
    repeat = max(1, settings.repeat)  # the best of as many runs for every reader: one run alone is noise
    for path in settings.pdfs:
        doc = pypdfium2.PdfDocument(path)
        pages = len(doc)
        doc.close()
        extract(path, ocr=text_layer)  # warm up
        row: dict[str, Any] = {
            "file": path.name, "kb": round(path.stat().st_size / 1024), "pages": pages,
            "nqparse_seconds": _best(_cpu_timed(partial(extract, path, ocr=text_layer), repeat)),
            "nqparse_read_seconds": _best(_cpu_timed(partial(read_path, path, ocr=text_layer), repeat)),
            "pdfplumber_seconds": _best(_cpu_timed(partial(plumber, path), repeat)),
            "pypdfium2_seconds": _best(_cpu_timed(partial(pdfium, path), repeat))}
        row["read_pages_per_s"] = pages / row["nqparse_read_seconds"]
        row["extract_pages_per_s"] = pages / row["nqparse_seconds"]
        row["vs_pdfplumber"] = row["nqparse_seconds"] / row["pdfplumber_seconds"]
        rows.append({k: (round(v, 1) if k.endswith("per_s") else round(v, 3)) if isinstance(v, float) else v
                     for k, v in row.items()})
    total = {k: sum(r[k] for r in rows) for k in ("nqparse_seconds", "pdfplumber_seconds", "pypdfium2_seconds")}
    longest = max(rows, key=lambda r: r["pages"])
    return {"files": rows, "pdf_vs_pdfplumber": round(total["nqparse_seconds"] / total["pdfplumber_seconds"], 2),
            "pdf_vs_pdfplumber_worst": max(r["vs_pdfplumber"] for r in rows),
            "pdf_vs_pypdfium2": round(total["nqparse_seconds"] / total["pypdfium2_seconds"], 2),
            "pdf_longest": f"{longest['file']}, {longest['pages']} pages",
            "pdf_read_pages_per_s": longest["read_pages_per_s"],
            "pdf_extract_pages_per_s": longest["extract_pages_per_s"]}


def ocr(settings: Settings) -> dict[str, Any]:
    """Scanned pages: OCR pages per second with 1 and 2 workers, and the time per page of
    nqparse's OCR (straightening, recognition, words to lines) against the ``tesseract``
    command on the same rendered image, one thread each, in CPU seconds."""
    from .errors import OcrUnavailableError
    from .readers import scan

    pdfs = [p for p in settings.pdfs if p.parent == settings.samples.resolve()] or settings.pdfs
    if not pdfs:
        return {"note": "no PDF to render (--pdf FILE)"}
    try:
        command, version = scan.engine()
    except OcrUnavailableError as e:
        return {"note": f"skipped: {e.message}"}
    images = _rendered_pages(pdfs[0], OCR_PAGES, scan.DEFAULT_DPI)
    out: dict[str, Any] = {"engine": version, "file": pdfs[0].name, "pages": len(images), "dpi": scan.DEFAULT_DPI}
    dpis = [scan.DEFAULT_DPI] * len(images)
    with _folder() as root:
        files = []
        for k, image in enumerate(images):
            files.append(root / f"page{k}.png")
            image.save(files[-1])
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        raw: list[float] = []
        ours: list[float] = []
        for path, image in list(zip(files, images, strict=True))[:2]:
            # alternated and the best kept, so that other work on the machine weighs on both alike
            tesseract = partial(subprocess.run, [command, str(path), "stdout", "-l", scan.LANGUAGE, "tsv"],
                                capture_output=True, env=env, check=True)
            nqparse = partial(_ocr_one_page, image, scan.DEFAULT_DPI)
            pairs = [(_cpu_with_children(tesseract), _cpu_with_children(nqparse)) for _ in range(max(2, settings.repeat))]
            raw.append(min(p[0] for p in pairs))
            ours.append(min(p[1] for p in pairs))
    out["compared_pages"] = len(raw)
    out["tesseract_seconds_per_page"] = round(sum(raw) / len(raw), 2)
    out["nqparse_seconds_per_page"] = round(sum(ours) / len(ours), 2)
    out["ocr_overhead_vs_tesseract"] = round(sum(ours) / sum(raw) - 1, 3)
    for workers in (1, 2):
        start = time.perf_counter()
        scan.ocr_pages(images, dpis, jobs=workers)
        out[f"ocr_{workers}_worker{'s' if workers > 1 else ''}_pages_per_s"] = \
            round(len(images) / (time.perf_counter() - start), 3)
    return out


def _ocr_one_page(image: Any, dpi: int) -> None:
    from .readers import scan

    scan.page_scan(scan.read_page(image, dpi), dpi)


def _rendered_pages(path: Path, count: int, dpi: int) -> list[Any]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        return [doc[k].render(scale=dpi / 72, grayscale=True).to_pil() for k in range(min(count, len(doc)))]
    finally:
        doc.close()


# --- the whole run ----------------------------------------------------------------------------

def database(settings: Settings) -> dict[str, Any]:
    """The corpus database: ``db_documents`` results (the samples extracted once, replicated
    as 400 places with a document a year each) loaded into a new file, then a series and a
    comparison asked of it."""
    from . import db
    from .pipeline import extract_data
    from .readers import read_bytes

    extracted = [extract_data(read_bytes(data, name=name, suffix=Path(name).suffix))
                 for name, data in _sample_bytes(settings.samples)]
    places = 400
    with _folder() as root:
        conn = db.connect(root / "bench.db")
        loader = db.Loader(conn)
        start = time.perf_counter()
        for i in range(settings.db_documents):
            place, year = i % places, 2000 + i // places
            data = json.loads(json.dumps(extracted[place % len(extracted)]))
            data["source"]["sha256"] = f"{i:064x}"
            data["document"]["year"] = year
            data["issuer"] = {"name": f"BAN CHẤP HÀNH ĐẢNG BỘ TỈNH MẪU {place}", "level": "province"}
            loader.add(data, f"bench/{place}/{year}.json")
        loader.close()
        load_seconds = time.perf_counter() - start
        query = partial(db.series, conn, issuer="Mẫu 17", indicator="đảng viên")
        rows = sum(len(s.rows) for s in query())
        series_ms = _best(_timed(query, settings.repeat)) * 1000
        compare = partial(db.compare, conn, concept="new_party_members", year=2010)
        compare_ms = _best(_timed(compare, settings.repeat)) * 1000
        size_mb = (root / "bench.db").stat().st_size / 2**20
        conn.close()
    return {"db_documents": settings.db_documents, "db_load_seconds": round(load_seconds, 2),
            "db_load_docs_per_s": round(settings.db_documents / load_seconds, 1), "db_size_mb": round(size_mb, 1),
            "db_series_rows": rows, "db_series_query_ms": round(series_ms, 2),
            "db_compare_query_ms": round(compare_ms, 2)}


_THROUGHPUT = """
import sys, time
from pathlib import Path
from nqparse import pipeline
from nqparse.readers import read_bytes
# the output a batch worker writes: JSON-ready dicts, or the models of code that built them
extract_source = getattr(pipeline, "extract_data", pipeline.extract_source)
samples = sorted(p for p in Path(sys.argv[1]).glob("*") if p.suffix in (".txt", ".md"))
docs = [(p.name, p.read_bytes()) for p in samples]
for name, data in docs:
    extract_source(read_bytes(data, name=name, suffix=Path(name).suffix))
docs = [docs[i % len(docs)] for i in range(int(sys.argv[2]))]
start = time.process_time()
for name, data in docs:
    extract_source(read_bytes(data, name=name, suffix=Path(name).suffix))
print(sum(len(d) for _, d in docs) / (time.process_time() - start) / 1e6)
"""
"""In-process throughput (MB/s of CPU time) of whatever nqparse is on the path, as ``in_process`` measures it."""


THROUGHPUT_ROUNDS = 3
"""Rounds of the throughput comparison with the baseline: each times this code and the
baseline's in fresh processes of their own, one after the other."""


def baseline(settings: Settings) -> dict[str, Any]:
    """Start-up and throughput of an earlier commit (``--baseline REV``), measured now, the
    same way as this one's, so that a target set as a ratio to it holds whatever the load.

    The throughput ratio compares like with like: this code and the baseline each run the same
    script in a fresh process, in turn, for a few rounds (the medians are compared), so that
    neither carries the state of the benchmark's own process and a change of load falls on
    both."""
    if settings.baseline is None:
        return {"note": "no baseline given (--baseline REV)"}
    sample = sorted(settings.samples.glob("*.txt"))[0]
    ours_now: list[float] = []
    theirs: list[float] = []
    with _folder() as caches, _folder() as own_caches:
        env = _installed_env(caches, settings.baseline)
        own_env = _installed_env(own_caches, Path(__file__).resolve().parents[1])
        extract = _runs([sys.executable, "-m", "nqparse", "extract", str(sample)], env, settings.repeat, cpu=True)
        for _ in range(THROUGHPUT_ROUNDS):
            ours_now.append(_throughput(settings, own_env))
            theirs.append(_throughput(settings, env))
    ours, base = statistics.median(ours_now), statistics.median(theirs)
    return {"source": str(settings.baseline), "baseline_cli_extract_seconds": round(extract, 3),
            "baseline_extract_mb_per_s_per_core": round(base, 2),
            "extract_mb_per_s_per_core_same_way": round(ours, 2),
            "extract_vs_baseline": round(ours / base, 2)}


def _throughput(settings: Settings, env: dict[str, str]) -> float:
    """MB/s of CPU time of the nqparse that ``env`` puts on the path (``_THROUGHPUT``)."""
    done = subprocess.run([sys.executable, "-c", _THROUGHPUT, str(settings.samples), str(settings.documents)],
                          check=True, capture_output=True, text=True, env=env)
    return float(done.stdout.strip().splitlines()[-1])


SECTIONS: list[tuple[str, Callable[[Settings], dict[str, Any]]]] = [
    ("startup", startup), ("in_process", in_process), ("scaling", scaling), ("batch", batch), ("cluster", cluster),
    ("pdf", pdf), ("ocr", ocr), ("database", database), ("baseline", baseline),
]


def run_benchmark(settings: Settings, only: list[str] | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {"machine": machine()}
    for name, measure in SECTIONS:
        if only and name not in only:
            continue
        settings.log(f"measuring {name} ...")
        results[name] = measure(settings)
    results["peak_rss_mb"] = _peak_rss_mb()
    _compare_with_baseline(results)
    results["targets"] = check_targets(results)
    return results


def _compare_with_baseline(results: dict[str, Any]) -> None:
    """Today's figures as ratios to the baseline's, where both were measured."""
    then = results.get("baseline", {})
    if "baseline_cli_extract_seconds" in then and "cli_extract_seconds" in results.get("startup", {}):
        then["cli_extract_vs_baseline"] = round(results["startup"]["cli_extract_seconds"]
                                                / then["baseline_cli_extract_seconds"], 2)


def check_targets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target met or not, by the figure measured (targets of sections not run are left out)."""
    figures = {k: v for section in results.values() if isinstance(section, dict) for k, v in section.items()}
    checked = {}
    for key, (op, bound) in TARGETS.items():
        if key in figures and isinstance(figures[key], int | float):
            value = figures[key]
            checked[key] = {"value": value, "target": f"{op} {bound}",
                            "met": value <= bound if op == "<=" else value >= bound}
    if "heavy_imports_on_text_extract" in figures:
        heavy = figures["heavy_imports_on_text_extract"]
        checked["heavy_imports_on_text_extract"] = {"value": heavy, "target": "none", "met": not heavy}
    return checked


def report(results: dict[str, Any]) -> str:
    """The figures as plain text, one per line, grouped by section."""
    lines = []
    m = results["machine"]
    lines.append(f"nqparse {m['nqparse']} on {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, "
                 f"Python {m['python']} ({m['system']}); load {m['load_average']}")
    for name, _ in SECTIONS:
        if name not in results:
            continue
        lines.append(f"[{name}]")
        for key, value in results[name].items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                for row in value:
                    lines.append("  " + ", ".join(f"{k}={v}" for k, v in row.items()))
            elif isinstance(value, dict):
                for k, v in value.items():
                    lines.append(f"  {key} {k}: {v}")
            else:
                lines.append(f"  {key}: {value}")
    lines.append(f"peak_rss_mb: {results['peak_rss_mb']}")
    lines.append("[targets]")
    for key, t in results["targets"].items():
        lines.append(f"  {'met ' if t['met'] else 'MISS'} {key}: {t['value']} (target {t['target']})")
    return "\n".join(lines)


def default_pdfs(samples: Path) -> list[Path]:
    """The PDFs beside the samples and, when the shared corpus stands next to the repository,
    its longest PDF with a text layer, so that pages per second are measured on a long file."""
    found = sorted(samples.glob("*.pdf")) if samples.is_dir() else []
    corpus = samples.parent.parent / "shared" / "corpus"
    longest = _longest_with_text(sorted(corpus.glob("*.pdf"))) if corpus.is_dir() else None
    return found + ([longest] if longest is not None else [])


def _longest_with_text(paths: list[Path]) -> Path | None:
    """The PDF with the most pages among those whose first page has a text layer (the PDF
    section reads without OCR)."""
    import pypdfium2

    best: tuple[int, Path] | None = None
    for path in paths:
        try:
            doc = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError:
            continue
        try:
            pages = len(doc)
            textpage = doc[0].get_textpage() if pages else None
            text = textpage.get_text_range() if textpage is not None else ""
        finally:
            doc.close()
        if len(text.split()) >= 20 and (best is None or pages > best[0]):
            best = (pages, path)
    return best[1] if best else None


@contextmanager
def source_of(revision: str) -> Iterator[Path]:
    """The ``src`` folder of ``revision`` of the git checkout this package runs from, unpacked
    in a temporary folder for the length of the block; ``InputError`` when there is none."""
    from .errors import InputError

    checkout = Path(__file__).resolve().parents[2]
    with _folder() as where:
        archive = subprocess.run(["git", "-C", str(checkout), "archive", "--format=tar", revision, "src"],
                                 capture_output=True, check=False)
        if archive.returncode != 0:
            raise InputError(f"cannot take the source of this revision: {archive.stderr.decode().strip()}",
                             path=revision, hint="--baseline needs a git checkout of nqparse and one of its commits")
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True)
        yield where / "src"


def write_results(results: dict[str, Any], path: str | Path) -> None:
    from .batch.output import write_atomic

    write_atomic(path, json.dumps(results, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    from .cli.main import main

    main(["bench", *sys.argv[1:]], prog_name="python -m nqparse")
