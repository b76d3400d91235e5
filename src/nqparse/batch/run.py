"""Many documents at once: find them, extract them in parallel, yield or write the results.

``extract_batch`` is for scripts: it yields a ``BatchResult`` per document and writes
nothing. ``run_batch`` is ``nqparse batch``: it writes ``OUTDIR/<relative path>.json`` per
document, then ``resolutions.jsonl``, ``indicators.csv``, ``errors.jsonl`` and
``summary.json``. Every file is written whole or not at all, so a run that is killed leaves
no partial file, and the next run skips the documents whose output is up to date (the same
content sha256 and nqparse version in the output's ``source`` and ``nqparse_version``).

A bad file never stops a batch: it is reported with its reason, as is a file that runs
past the time limit (its worker is killed and replaced). The work runs on a process pool
here or on a Dask cluster (``scheduler``; see ``runners``); either way this process reads
the inputs and writes the outputs, which may be local paths or fsspec URLs (``storage``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from .. import __version__
from ..errors import InputError, NqparseError, OutputError, write_error
from ..readers import DEFAULT_MAX_SIZE
from ..readers.options import DEFAULT_OCR, OcrOptions
from .runners import Runner, default_jobs, runner_for
from .storage import Folder, LocalFolder, find_files, folder, is_url, join, read_url, url_exists

if TYPE_CHECKING:
    from ..models import Resolution

SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
"""What a folder is searched for, unless ``include`` patterns say otherwise."""

_SCANNABLE = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
"""Inputs whose output depends on the OCR options (a PDF's pages may be OCR'd)."""

STATE_FILE = ".nqparse-batch.json"
"""In the output folder: what each output was made from (its input's sha256, the nqparse
version, the options that change it, its size) and what the tables hold, so that a rerun
decides what is up to date without reading the outputs."""

SAVE_EVERY = 2.0
"""Seconds between saves of the state file during a run (a killed run redoes at most these),
or more for a state so large that saving it takes over a fiftieth of that."""

DEFAULT_TIMEOUT = 120.0
"""Seconds one file may take before its worker is stopped."""

Status = Literal["extracted", "skipped", "failed"]

CSV_COLUMNS = (
    "file", "document_number", "year", "issuer", "indicator_number", "group", "name", "label",
    "value", "min", "max", "unit", "normalized_value", "normalized_min", "normalized_max",
    "normalized_unit", "comparator", "change", "baseline", "target_year", "target_text",
    "document_date", "document_kind",
)
"""``year`` is the target's year, or the document's when the target has none; ``target_year``
is the target's own (empty when the document's was taken)."""

# write_atomic's temporary files: ".<name>.<random>.tmp"; a killed run can leave one behind
_TEMPORARY = re.compile(r"\..+\.(?:json|jsonl|csv)\.[^.]+\.tmp")


@dataclass(frozen=True)
class Document:
    """One input file and the name of its output: ``relative`` + ``.json`` under OUTDIR."""

    path: Path
    relative: str
    url: str = ""  # for an input given as a URL: the file's URL (``path`` is then its path part)

    @property
    def location(self) -> str:
        """The input as the output's ``source.path`` and the error messages name it."""
        return self.url or str(self.path)


@dataclass(frozen=True)
class BatchResult:
    """One document of ``extract_batch``: its ``resolution``, or the ``error`` that stopped it."""

    document: Document
    resolution: Resolution | None
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class FileReport:
    """One document of ``run_batch``, as it finishes; ``ocr_pages``: its pages read by OCR."""

    document: Document
    status: Status
    error: str | None
    seconds: float
    ocr_pages: int = 0


@dataclass(frozen=True)
class PageReport:
    """A document being OCR'd: ``pages`` of it read so far, of the ``planned`` pages guessed
    before the work began (0: not known). ``run_batch`` first tells the plan (``pages`` 0),
    then each page as a worker finishes it, always before the document's ``FileReport``."""

    document: Document
    pages: int
    planned: int = 0


@dataclass
class BatchSummary:
    outdir: str
    documents: int = 0
    extracted: int = 0
    skipped: int = 0
    failed: int = 0
    indicators: int = 0
    targets: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    failures: list[dict[str, str]] = field(default_factory=list)
    deleted: list[dict[str, str]] = field(default_factory=list)
    """Outputs whose source file is gone (``output``, ``source``), removed when ``pruned``."""
    pruned: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"nqparse_version": __version__, "outdir": self.outdir, "documents": self.documents,
                "extracted": self.extracted, "skipped": self.skipped, "failed": self.failed,
                "indicators": self.indicators, "targets": self.targets, "ocr_pages": self.ocr_pages,
                "seconds": round(self.seconds, 3), "failures": self.failures,
                "deleted_sources": self.deleted, "pruned": self.pruned}


# --- finding the documents -------------------------------------------------------------

def find_documents(inputs: Iterable[str | Path], *, include: Sequence[str] = (), exclude: Sequence[str] = (),
                   skip: str | Path | None = None) -> list[Document]:
    """The files to process, sorted by their output name.

    Folders are searched recursively for .txt, .md, .pdf and .docx files (or for files
    matching ``include``), leaving out hidden files and folders and the folder ``skip`` (the
    output folder, when it lies inside an input). A file given by name is always taken.
    ``exclude`` patterns leave out files whose relative path or name matches. A document's
    relative path is its path under the folder given (``2021/nq.pdf`` for ``archive/``), or
    its name for a file given by name: it does not depend on the other inputs, so adding one
    moves no output. Two inputs that would give the same path are refused.
    """
    paths = [p if is_url(p) else Path(p) for p in inputs]
    skip_dir = Path(skip).resolve() if skip is not None and not is_url(skip) else None
    found: dict[str, Document] = {}
    for top in paths:
        pairs: Iterable[tuple[Path, str]]
        if isinstance(top, str):
            _add_urls(found, top, include, exclude)
            continue
        if top.is_dir():
            pairs = ((p, rel) for p, rel in _walk(top, skip_dir) if _wanted(rel, include))
        elif top.exists():
            pairs = [(top, top.name)]
        else:
            raise InputError("no such file or folder", path=str(top))
        for path, rel in pairs:
            if exclude and _matches(rel, exclude):
                continue
            other = found.get(rel)
            if other is not None and other.path.resolve() != path.resolve():
                raise InputError(f"would write the same output ({rel}.json) as {other.path}", path=str(path),
                                 hint="give their common folder instead, or run them into separate folders")
            found[rel] = Document(path, rel)
    return [found[k] for k in sorted(found)]


def _add_urls(found: dict[str, Document], top: str, include: Sequence[str], exclude: Sequence[str]) -> None:
    is_folder, names = find_files(top)
    for rel in names:
        if is_folder and not _wanted(rel, include) or exclude and _matches(rel, exclude):
            continue
        url = join(top, rel) if is_folder else top
        other = found.get(rel)
        if other is not None and other.location != url:
            raise InputError(f"would write the same output ({rel}.json) as {other.location}", path=url,
                             hint="give their common folder instead, or run them into separate folders")
        found[rel] = Document(Path(url.split("://", 1)[1]), rel, url)


def _walk(top: Path, skip_dir: Path | None) -> Iterator[tuple[Path, str]]:
    for root, dirs, files in os.walk(top):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (skip_dir is None or (here / d).resolve() != skip_dir))
        for name in sorted(files):
            if not name.startswith("."):
                path = here / name
                yield path, path.relative_to(top).as_posix()


def _wanted(rel: str, include: Sequence[str]) -> bool:
    if include:
        return _matches(rel, include)
    return rel.lower().endswith(SUFFIXES)


def _matches(rel: str, patterns: Sequence[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel, p) or fnmatchcase(name, p) for p in patterns)


# --- the work of one file: read by the client, extracted by a worker ------------------------
#
# The client reads each input and sends its bytes; the worker sends back the JSON; the client
# writes it. Workers need no access to the files (a cluster's workers may see neither the
# inputs nor the output folder), and every output is written whole by one process.

@dataclass(frozen=True)
class _Job:
    index: int
    name: str  # the input's path, as the output's source.path gives it
    data: bytes
    max_size: int
    pretty: bool = False
    with_text: bool = False
    encoding: str | None = None
    ocr: OcrOptions = DEFAULT_OCR  # one page at a time: the workers already fill the cores


def _process(job: _Job) -> tuple[Status, str, int]:
    """In a worker: extract one file. Returns ("extracted", its JSON, pages OCR'd) or
    ("failed", the error, 0). Notes (index, pages OCR'd so far) as each page is read."""
    from itertools import count

    from ..pipeline import extract_data
    from ..readers import read_bytes
    from ..readers.scanprogress import pages_heard_by
    from .output import to_json
    from .runners import note

    pages = count(1)
    try:
        with pages_heard_by(lambda: note((job.index, next(pages)))):
            source = read_bytes(job.data, name=job.name, suffix=Path(job.name).suffix, encoding=job.encoding,
                                max_size=job.max_size, ocr=job.ocr)
        resolution = extract_data(source, with_text=job.with_text)
    except NqparseError as e:
        return "failed", str(e), 0
    return "extracted", to_json(resolution, pretty=job.pretty), len(source.ocr.pages) if source.ocr else 0


def _run(documents: Sequence[Document], todo: Sequence[int], job: Callable[[int, Document], _Job],
         runner: Runner, timeout: float | None, on_pages: Callable[[int, int], None] | None = None
         ) -> Iterator[tuple[int, Status, str | None, float, int]]:
    """(index, status, JSON or error, seconds, pages OCR'd) per document of ``todo``, as each is done.

    ``job`` reads a document and returns its task; a document that cannot be read is failed
    here, without a worker. No worker starts when ``todo`` is empty. ``on_pages`` hears
    (index, pages OCR'd so far) as workers read them, where the runner can tell.
    """
    early: deque[tuple[int, Status, str | None, float, int]] = deque()

    def tasks() -> Iterator[_Job]:
        for i in todo:
            try:
                yield job(i, documents[i])
            except InputError as e:
                early.append((i, "failed", str(e), 0.0, 0))

    if not todo:
        return
    def heard(value: Any) -> None:
        if on_pages is not None:
            on_pages(*value)

    for outcome in runner.run(_process, tasks(), timeout=timeout, on_note=heard if on_pages else None):
        while early:
            yield early.popleft()
        index = outcome.task.index
        if outcome.value is None:
            yield index, "failed", _reason(documents[index], outcome.error), outcome.seconds, 0
        else:
            state, payload, pages = outcome.value
            yield index, state, payload, outcome.seconds, pages
    while early:
        yield early.popleft()


def is_up_to_date(path: str | Path, output: str | Path) -> bool:
    """True when ``output`` was made from these very bytes by this nqparse version."""
    try:
        made = _made_from(Path(output).read_text(encoding="utf-8"))
        return made == (__version__, hashlib.sha256(Path(path).read_bytes()).hexdigest())
    except (OSError, ValueError):
        return False


def _made_from(text: str | None) -> tuple[Any, Any] | None:
    """The nqparse version and the input's sha256 an output's text records, or None."""
    try:
        done = json.loads(text or "")
    except ValueError:
        return None
    if not isinstance(done, dict):
        return None
    return done.get("nqparse_version"), (done.get("source") or {}).get("sha256")


def _read(document: Document, max_size: int) -> bytes:
    from ..readers import read_file

    if document.url:
        return read_url(document.url, max_size)
    return read_file(document.path, max_size=max_size)


# --- for scripts: results without files --------------------------------------------------

def extract_batch(inputs: Iterable[str | Path], *, include: Sequence[str] = (), exclude: Sequence[str] = (),
                  jobs: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                  max_size: int = DEFAULT_MAX_SIZE, with_text: bool = False,
                  encoding: str | None = None, ocr: OcrOptions = DEFAULT_OCR,
                  scheduler: str | None = None) -> Iterator[BatchResult]:
    """Extract every document under ``inputs`` in parallel; yield results as they finish.

    Nothing is written. A file that cannot be read gives a result with ``error`` set;
    ``jobs`` defaults to the number of cores, ``timeout`` is per file (None: no limit).
    ``scheduler`` runs the work on Dask: ``local:N`` (a ``LocalCluster`` of N workers) or a
    scheduler's address such as ``tcp://host:8786``; None, a process pool here.
    """
    documents = find_documents(inputs, include=include, exclude=exclude)

    def job(i: int, d: Document) -> _Job:
        return _Job(i, d.location, _read(d, max_size), max_size, with_text=with_text, encoding=encoding, ocr=ocr)

    from ..models import Resolution

    runner = runner_for(scheduler, _workers(jobs, len(documents)))
    for index, state, payload, seconds, _ in _run(documents, range(len(documents)), job, runner, timeout):
        document = documents[index]
        if state == "failed" or payload is None:
            yield BatchResult(document, None, payload or "failed", seconds)
        else:
            yield BatchResult(document, Resolution.model_validate_json(payload), None, seconds)


# --- nqparse batch: results as files -------------------------------------------------------

def run_batch(inputs: Iterable[str | Path], outdir: str | Path, *, include: Sequence[str] = (),
              exclude: Sequence[str] = (), jobs: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              max_size: int = DEFAULT_MAX_SIZE, force: bool = False, pretty: bool = False,
              encoding: str | None = None, prune: bool = False,
              on_start: Callable[[int], None] | None = None,
              on_file: Callable[[FileReport], None] | None = None, ocr: OcrOptions = DEFAULT_OCR,
              scheduler: str | None = None, on_page: Callable[[PageReport], None] | None = None
              ) -> BatchSummary:
    """Extract every document under ``inputs`` into ``outdir``; see the module's docstring.

    ``on_start`` is told how many documents there are, ``on_file`` about each as it
    finishes, ``on_page`` about the pages of documents being OCR'd (see ``PageReport``; for a
    progress display). ``scheduler`` as for ``extract_batch``: on Dask, the pages of a
    document are told only with its ``FileReport``. Returns the
    counts and the failures. Outputs whose source file has been deleted are listed in the
    summary, and removed with ``prune``.
    ``NoDocumentsError`` when the inputs hold no document; ``OutputError`` when ``outdir``
    cannot be written (checked before any work) or fills up (the run stops).

    Which documents are up to date is decided here, before any worker starts: an output is
    up to date when the state file records it as made from the same bytes (sha256), by this
    nqparse version, with the same options that change it (``options_key``). When nothing
    changed, the tables are not written again.
    """
    began = time.monotonic()
    out = folder(outdir)
    given = [i if is_url(i) else Path(i) for i in inputs]
    if isinstance(out, LocalFolder) and out.root.exists() and not out.root.is_dir():
        raise InputError("the output folder is a file", path=out.location)
    documents = find_documents(given, include=include, exclude=exclude, skip=outdir)
    if not documents:
        raise NoDocumentsError("no documents found", path=", ".join(str(i) for i in given),
                               hint="folders are searched for .txt, .md, .pdf and .docx; see --include")
    runner = runner_for(scheduler, _workers(jobs, len(documents)))
    if isinstance(out, LocalFolder):
        check_writable(out.root)
    out.prepare()
    if on_start:
        on_start(len(documents))
    status: list[Status] = ["failed"] * len(documents)
    summary = BatchSummary(outdir=out.location, documents=len(documents))
    state = BatchState.load(out)
    keys = [options_key(d.relative, encoding=encoding, ocr=ocr) for d in documents]
    todo: list[int] = []
    early: list[tuple[int, Status, str | None]] = []
    for i, document in enumerate(documents):
        try:
            fresh = not force and state.up_to_date(out, document, keys[i], max_size)
        except InputError as e:
            early.append((i, "failed", str(e)))
            continue
        if fresh:
            early.append((i, "skipped", None))
        else:
            todo.append(i)
    digests: dict[int, str] = {}
    planned, later = _plan_pages(documents, todo, ocr, on_page)

    def pages_read(index: int, pages: int) -> None:
        if on_page is not None and index in planned:  # not yet reported as done
            on_page(PageReport(documents[index], pages, planned[index]))

    def job(i: int, d: Document) -> _Job:
        data = _read(d, max_size)
        digests[i] = hashlib.sha256(data).hexdigest()
        if i in later and on_page is not None:
            planned[i] = _planned(on_page, d, data, ocr)
        return _Job(i, d.location, data, max_size, pretty, encoding=encoding, ocr=ocr)

    def report(index: int, state_now: Status, payload: str | None, seconds: float, pages: int) -> None:
        document = documents[index]
        name = _output_name(document)
        status[index] = state_now
        error = None
        if state_now == "extracted" and payload is not None:
            text = payload + "\n"
            state.forget(document.relative)  # until the new output is in place
            try:
                out.write(name, text)
            except OutputError as e:
                raise OutputError(f"{e.message}; the batch stopped", path=e.path) from None
            state.made_from(document.relative, digests.pop(index), keys[index], len(text.encode("utf-8")))
            summary.ocr_pages += pages
        elif state_now == "failed":
            error = payload or "failed"
            summary.failures.append({"file": document.relative, "path": document.location, "error": error})
            state.forget(document.relative)
            out.remove(name)  # an output from an earlier run no longer matches the file
        planned.pop(index, None)
        if on_file:
            on_file(FileReport(document, state_now, error, seconds, pages))

    for index, state_now, payload in early:
        report(index, state_now, payload, 0.0, 0)
    saved, pause = time.monotonic(), SAVE_EVERY
    for index, state_now, payload, seconds, pages in _run(documents, todo, job, runner, timeout,
                                                          pages_read if on_page else None):
        report(index, state_now, payload, seconds, pages)
        if time.monotonic() - saved > pause:
            began_saving = time.monotonic()
            state.save(out)
            saved = time.monotonic()
            pause = max(SAVE_EVERY, 50 * (saved - began_saving))  # a large archive's state: a small share of the time
    summary.extracted = status.count("extracted")
    summary.skipped = status.count("skipped")
    summary.failed = status.count("failed")
    summary.failures.sort(key=lambda f: f["file"])
    summary.deleted = deleted_sources(out, documents, _input_folders(given))
    summary.pruned = prune
    if prune:
        for gone in summary.deleted:
            out.remove(gone["output"])
            state.forget(gone["output"][:-len(".json")])
    done = [d for d, s in zip(documents, status, strict=True) if s != "failed"]
    if not state.tables_hold(out, done):
        _write_tables(out, done, summary)
        state.wrote_tables(done, summary)
    else:
        summary.indicators, summary.targets = state.tables["indicators"], state.tables["targets"]
    state.save(out)
    errors = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in summary.failures)
    if out.read_text("errors.jsonl") != errors:
        out.write("errors.jsonl", errors)
    summary.seconds = time.monotonic() - began
    out.write("summary.json", json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return summary


PLAN_SECONDS = 2.0
"""How long the pages to OCR are counted before the work starts; the documents left (of a
large archive), and those given as URLs, are counted as they are read for their workers."""


def _plan_pages(documents: Sequence[Document], todo: Sequence[int], ocr: OcrOptions,
                on_page: Callable[[PageReport], None] | None) -> tuple[dict[int, int], set[int]]:
    """The pages each document of ``todo`` is expected to have OCR'd (0 for most), told to
    ``on_page`` for those that have any, and the documents left to count when read. Nothing
    is counted when no one listens."""
    if on_page is None:
        return {}, set()
    planned: dict[int, int] = {}
    later: set[int] = set()
    began = time.monotonic()
    for i in todo:
        document = documents[i]
        if document.url or time.monotonic() - began > PLAN_SECONDS:
            later.add(i)
            planned[i] = 0
        else:
            planned[i] = _planned(on_page, document, document.path, ocr)
    return planned, later


def _planned(on_page: Callable[[PageReport], None], document: Document, source: Path | bytes,
             ocr: OcrOptions) -> int:
    from .plan import pages_to_ocr

    pages = pages_to_ocr(source, document.path.suffix, ocr)
    if pages:
        on_page(PageReport(document, 0, pages))
    return pages


def options_key(relative: str, *, encoding: str | None, ocr: OcrOptions) -> str:
    """The options that change a document's output, as the state file records them: the OCR
    mode and resolution for PDFs and images, the encoding for text files (a change of
    ``--dpi`` redoes the scans, not the text files)."""
    suffix = PurePosixPath(relative).suffix.lower()
    parts = []
    if suffix != ".docx" and suffix not in _SCANNABLE:
        parts.append(f"encoding={encoding or ''}")
    if suffix in _SCANNABLE or suffix not in SUFFIXES:
        parts.append(f"ocr={ocr.mode}" + (f",dpi={ocr.dpi}" if ocr.mode != "never" else ""))
    return ";".join(parts)


@dataclass
class BatchState:
    """The output folder's state file: per document [sha256, version, options, output bytes],
    and the documents the tables were last written from, with their counts."""

    made: dict[str, list[Any]] = field(default_factory=dict)
    tables: dict[str, Any] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def load(cls, out: Folder) -> BatchState:
        try:
            data = json.loads(out.read_text(STATE_FILE) or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict) or data.get("nqparse_version") != __version__:
            return cls()  # a state another version wrote: every output is checked again
        return cls(made=data.get("documents") or {}, tables=data.get("tables") or {})

    def save(self, out: Folder) -> None:
        if self.changed:
            out.write(STATE_FILE, json.dumps({"nqparse_version": __version__, "documents": self.made,
                                              "tables": self.tables}, ensure_ascii=False) + "\n")
            self.changed = False

    def made_from(self, relative: str, sha256: str, options: str, size: int) -> None:
        self.made[relative] = [sha256, __version__, options, size]
        self.changed = True

    def forget(self, relative: str) -> None:
        """``relative``'s output is being replaced or removed: neither it nor the tables hold."""
        if self.made.pop(relative, None) is not None or self.tables:
            self.tables = {}
            self.changed = True

    def wrote_tables(self, done: Sequence[Document], summary: BatchSummary) -> None:
        self.tables = {"documents": [d.relative for d in done], "indicators": summary.indicators,
                       "targets": summary.targets}
        self.changed = True

    def up_to_date(self, out: Folder, document: Document, options: str, max_size: int) -> bool:
        """Whether the output of ``document`` was made from its current bytes by this version
        with these options. An output the state file does not know (written by a run that was
        killed, or before state files) is judged by the sha256 and version it records, as
        made with the default options. ``InputError`` when the input cannot be read."""
        name = _output_name(document)
        made = self.made.get(document.relative)
        if made is not None and len(made) == 4 and made[1] == __version__ and made[2] == options \
                and out.size(name) == made[3]:
            return bool(_digest(document, max_size) == made[0])
        default = options_key(document.relative, encoding=None, ocr=DEFAULT_OCR)
        recorded = _made_from(out.read_text(name)) if options == default else None
        if recorded is None or recorded[0] != __version__:
            return False
        if _digest(document, max_size) != recorded[1]:
            return False
        self.made_from(document.relative, recorded[1], options, out.size(name) or 0)
        return True

    def tables_hold(self, out: Folder, done: Sequence[Document]) -> bool:
        """Whether resolutions.jsonl and indicators.csv were written from these very outputs."""
        return self.tables.get("documents") == [d.relative for d in done] \
            and out.size("resolutions.jsonl") is not None and out.size("indicators.csv") is not None


def _digest(document: Document, max_size: int) -> str:
    return hashlib.sha256(_read(document, max_size)).hexdigest()


def _input_folders(given: Sequence[str | Path]) -> list[str | Path]:
    """The inputs that are folders: only sources under them count as deleted."""
    return [i for i in given if isinstance(i, str) or i.is_dir()]


class NoDocumentsError(InputError):
    """The inputs hold no document to extract: exit code 1, as grep's for no match."""

    exit_code = 1


def check_writable(out: Path) -> None:
    """Create ``out`` and a file in it, so that a folder that cannot be written stops the run
    before any work rather than failing every document after it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".nqparse-probe.", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise write_error(e, str(out)) from None


_TABLES = ("summary.json",)


def deleted_sources(out: Folder, documents: Sequence[Document], folders: Sequence[str | Path] = ()
                    ) -> list[dict[str, str]]:
    """Outputs in ``out`` whose source file, in one of the input ``folders``, is gone.

    An output whose source lies elsewhere is left alone: it belongs to another run's inputs,
    or records its path relative to another working folder. Folders and sources may be local
    paths or URLs.
    """
    current = {_output_name(d) for d in documents}
    found = []
    for name in out.list_json():
        if name in current or name in _TABLES:
            continue
        source = _source_of(out.read_text(name))
        if source is None or _source_exists(source):
            continue
        if any(_lies_under(source, root) for root in folders):
            found.append({"output": name, "source": source})
    return found


def _source_exists(source: str) -> bool:
    return url_exists(source) if is_url(source) else Path(source).exists()


def _lies_under(source: str, root: str | Path) -> bool:
    if isinstance(root, str) or is_url(source):
        return isinstance(root, str) and is_url(source) and source.startswith(root.rstrip("/") + "/")
    return Path(source).resolve().is_relative_to(root.resolve())


def _source_of(text: str | None) -> str | None:
    """The source path an nqparse output's text names, or None for any other JSON file."""
    try:
        data = json.loads(text or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or "nqparse_version" not in data:
        return None
    path = (data.get("source") or {}).get("path")
    return path if isinstance(path, str) and path else None


def output_path(outdir: Path, document: Document) -> Path:
    return outdir / _output_name(document)


def _output_name(document: Document) -> str:
    return f"{document.relative}.json"


def remove_temporaries(folder: Path, name: str | None = None) -> None:
    """Delete temporary files a killed run left behind (all under ``folder``, or those of ``name``)."""
    if not folder.is_dir():
        return
    found = folder.iterdir() if name else folder.rglob(".*.tmp")
    for path in found:
        if _TEMPORARY.fullmatch(path.name) and (name is None or path.name.startswith(f".{name}.")):
            with suppress(OSError):
                path.unlink()


def _write_tables(out: Folder, done: list[Document], summary: BatchSummary) -> None:
    """resolutions.jsonl and indicators.csv, from the per-document files, one at a time."""
    import csv

    with out.open_write("resolutions.jsonl") as lines, \
            out.open_write("indicators.csv", encoding="utf-8-sig", newline="") as table:
        writer = csv.writer(table)
        writer.writerow(CSV_COLUMNS)
        for document in done:
            line = (out.read_text(_output_name(document)) or "").strip()
            data = json.loads(line)
            if "\n" in line:  # written with --pretty
                line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            lines.write(line + "\n")
            for row in indicator_rows(document.relative, data):
                writer.writerow(row)
            summary.indicators += len(data.get("indicators") or [])
            summary.targets += sum(len(i.get("targets") or []) for i in data.get("indicators") or [])


def indicator_rows(file: str, data: dict[str, Any]) -> Iterator[list[Any]]:
    """indicators.csv rows of one document (a dumped ``Resolution``): one per target.

    An indicator without figures still gets one row, its figure columns empty. Normalized
    figures are the figures times the unit's multiplier (tỷ đồng -> đồng).
    """
    document = data.get("document") or {}
    issuer = (data.get("issuer") or {}).get("name")
    tail = [document.get("date"), document.get("kind")]
    for indicator in data.get("indicators") or []:
        head = [file, document.get("number"), document.get("year"), issuer, indicator.get("number"),
                indicator.get("group"), indicator.get("name")]
        targets = indicator.get("targets") or []
        if not targets:
            yield _blanks(head + [None] * (len(CSV_COLUMNS) - len(head) - len(tail)) + tail)
            continue
        for t in targets:
            scale = t.get("multiplier", 1) or 1
            yield _blanks([*head[:2], t.get("year") or document.get("year"), *head[3:],
                           t.get("label"), t.get("value"), t.get("min"), t.get("max"), t.get("unit"),
                           _scaled(t.get("value"), scale), _scaled(t.get("min"), scale),
                           _scaled(t.get("max"), scale), t.get("base_unit") or t.get("unit"),
                           t.get("comparator"), t.get("change"), t.get("baseline"), t.get("year"),
                           t.get("text"), *tail])


def _scaled(value: float | int | None, scale: float | int) -> float | int | None:
    if value is None:
        return None
    scaled = float(f"{value * scale:.12g}")  # 1.1 * 1e9 is 1100000000.0000002 in binary
    return int(scaled) if scaled.is_integer() and abs(scaled) < 1e18 else scaled


def _blanks(row: list[Any]) -> list[Any]:
    return ["" if v is None else v for v in row]


def _workers(jobs: int | None, documents: int) -> int:
    return max(1, min(jobs or default_jobs(), documents or 1))


def _reason(document: Document, error: str | None) -> str:
    return f"{document.location}: {error or 'failed'}"
