"""``nqparse batch INPUT... -o OUTDIR``: whole folders, in parallel, nothing lost.

Progress goes to stderr: a rich progress bar on a terminal, one plain line per file
otherwise, nothing with --quiet (failures are still listed). The bar counts a document as
one step, and a document to be OCR'd as one step a page, moved as each page is read. The summary goes to stdout.
Exit code 1 when any file failed or no document was found, 0 otherwise, 2 for a bad command
line or input, 4 when the output folder cannot be written (checked before any work) or fills up.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

import click

from .common import emit, ocr_options, reports_errors, size_option

if TYPE_CHECKING:
    from ..batch.run import BatchSummary, FileReport, PageReport


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "outdir", required=True, type=click.Path(),
              help="Folder for the results (created if missing).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Take only files whose name or relative path matches (repeatable). "
                   "Default: *.txt, *.md, *.pdf, *.docx and images (*.png, *.jpg, *.tif).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out files whose name or relative path matches (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True, metavar="SECONDS",
              help="Longest time one file may take; 0 for no limit.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run on Dask: local:N (a LocalCluster of N workers here) or a scheduler's address, "
                   "tcp://host:8786. Needs pip install 'nqparse[dask]'. Default: worker processes here.")
@click.option("--force", is_flag=True, help="Extract every file again, even when its output is up to date.")
@click.option("--pretty", is_flag=True, help="Indent the per-document JSON files.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; failures are still listed.")
@click.option("--encoding", default=None, help="Read text files in this encoding instead of detecting it.")
@click.option("--prune", is_flag=True, help="Remove the outputs of source files that have been deleted.")
@click.option("--db", "database", type=click.Path(dir_okay=False), default=None,
              help="Also load each document into this corpus database as it is done (see 'nqparse db').")
@size_option
@ocr_options
@reports_errors
def command(inputs: tuple[str, ...], outdir: str, include: tuple[str, ...], exclude: tuple[str, ...],
            jobs: int | None, timeout: float, scheduler: str | None, force: bool, pretty: bool, quiet: bool,
            encoding: str | None, prune: bool, database: str | None, max_size: int | None, ocr_mode: str,
            dpi: int) -> None:
    """Extract every document in folders and files, in parallel, into OUTDIR.

    \b
    Writes, for each document, OUTDIR/<its relative path>.json, then
      OUTDIR/resolutions.jsonl  one line per document
      OUTDIR/indicators.csv     one row per target, for pandas or a spreadsheet
      OUTDIR/errors.jsonl       one line per file that failed, with the reason
      OUTDIR/summary.json       the counts
    Folders are searched recursively; a document's output path is its path under the
    folder given, whatever the other inputs. Documents whose output is up to date (same content and
    nqparse version) are skipped unless --force. Outputs whose source was deleted are
    reported (--prune removes them). Exit code 1 when any file failed or none was found.
    """
    from ..batch.run import run_batch
    from ..readers import DEFAULT_MAX_SIZE
    from ..readers.options import OcrOptions

    display = _Display(quiet=quiet, rich=sys.stderr.isatty())
    loading = None if database is None else _Loading(database, outdir, display.file)
    try:
        summary = run_batch(inputs, outdir, include=include, exclude=exclude, jobs=jobs, timeout=timeout or None,
                            max_size=max_size or DEFAULT_MAX_SIZE, force=force, pretty=pretty,
                            encoding=encoding, prune=prune, on_start=display.start,
                            on_file=loading or display.file,
                            ocr=OcrOptions(mode=ocr_mode, dpi=dpi), scheduler=scheduler,  # type: ignore[arg-type]
                            on_page=display.page if display.rich else None)  # pages move only the bar
    finally:
        display.stop()
        if loading is not None:
            loading.close()
    display.summary(summary)
    if summary.failed:
        sys.exit(1)


class _Loading:
    """Each document written (or found up to date) goes into the database too; ``close``
    chains the indicators and commits."""

    def __init__(self, database: str, outdir: str, then: Any) -> None:
        from ..db import Loader, connect

        self.loader = Loader(connect(database))
        self.outdir = outdir
        self.then = then

    def __call__(self, report: FileReport) -> None:
        from pathlib import Path

        from ..batch.run import output_path

        if report.status != "failed":
            self.loader.add_file(output_path(Path(self.outdir), report.document))
        self.then(report)

    def close(self) -> None:
        self.loader.close()
        self.loader.conn.close()


class _Display:
    """Progress on stderr: a rich bar on a terminal, plain lines otherwise, or only failures."""

    def __init__(self, *, quiet: bool, rich: bool) -> None:
        self.quiet = quiet
        self.rich = rich and not quiet
        self.progress: Any = None
        self.bar: Any = None
        self.counts = {"extracted": 0, "skipped": 0, "failed": 0}
        self.total = 0  # steps on the bar: a document, or a page of a document OCR'd
        self.documents = 0
        self.pages = 0  # pages read by OCR so far: a scan takes seconds a page, a text file milliseconds
        self.began = time.monotonic()
        self.steps: dict[str, int] = {}  # a document being OCR'd: its steps on the bar (its pages)
        self.moved: dict[str, int] = {}  # and how many of them it has moved so far

    def start(self, total: int) -> None:
        self.total = self.documents = total
        if self.rich:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[counts]}"), TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(), TimeRemainingColumn(),
                console=Console(stderr=True), transient=False)
            self.bar = self.progress.add_task("batch", total=total, counts=self._counts(), rate="")
            self.progress.start()
        elif not self.quiet:
            click.echo(f"nqparse batch: {plural(total, 'document')}", err=True)

    def page(self, report: PageReport) -> None:
        """A document's plan (pages 0) or its pages read so far: the bar moves by pages."""
        key = report.document.relative
        steps = self.steps.get(key, 1)
        if report.planned > steps or report.pages > steps:  # more pages than the bar counted
            grown = max(report.planned, report.pages)
            self.total += grown - steps
            self.steps[key] = steps = grown
            if self.progress is not None:
                self.progress.update(self.bar, total=self.total)
        step = report.pages - self.moved.get(key, 0)
        if step > 0:
            self.moved[key] = report.pages
            self.pages += step
            self._advance(step)

    def file(self, report: FileReport) -> None:
        self.counts[report.status] += 1
        key = report.document.relative
        moved = self.moved.pop(key, 0)
        self.pages += max(report.ocr_pages - moved, 0)
        if report.status == "failed":
            message = f"failed    {report.error}"
            if self.progress is not None:
                self.progress.console.print(message, markup=False, highlight=False)
            else:
                click.echo(message, err=True)
        if self.progress is not None:
            self._advance(max(self.steps.pop(key, 1) - moved, 0))
        elif not self.quiet and report.status != "failed":
            done = sum(self.counts.values())
            pages = f" ({plural(report.ocr_pages, 'page')} OCR'd)" if report.ocr_pages else ""
            click.echo(f"{report.status:9s} {report.document.relative}{pages} [{done}/{self.documents}]", err=True)

    def _advance(self, step: int) -> None:
        if self.progress is not None:
            speed = self.progress.tasks[0].speed
            self.progress.update(self.bar, advance=step, counts=self._counts(), rate=self._rate(speed))

    def _rate(self, speed: float | None) -> str:
        """Documents a second; with scans, pages OCR'd and their rate, which say more."""
        if self.pages:
            seconds = max(time.monotonic() - self.began, 1e-6)
            return f"{plural(self.pages, 'page')} OCR'd, {self.pages / seconds:.2f} pages/s"
        return f"{speed:.0f} docs/s" if speed else ""

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def summary(self, summary: BatchSummary) -> None:
        if self.quiet:
            return
        rate = summary.documents / summary.seconds if summary.seconds else 0.0
        emit(f"{plural(summary.documents, 'document')} in {summary.seconds:.1f} s ({rate:.0f}/s): "
             f"{_words(summary.extracted, summary.skipped, summary.failed)}; "
             f"{plural(summary.indicators, 'indicator')}, {plural(summary.targets, 'target')}"
             f"{_ocr_words(summary.ocr_pages)} -> {summary.outdir}")
        for failure in summary.failures:
            emit(f"  failed: {failure['error']}")
        verb = "removed" if summary.pruned else "kept (--prune removes it)"
        for gone in summary.deleted:
            emit(f"  source deleted: {gone['source']}; its output {gone['output']} {verb}")

    def _counts(self) -> str:
        c = self.counts
        return _words(c["extracted"], c["skipped"], c["failed"])


def _words(extracted: int, skipped: int, failed: int) -> str:
    """The counts in the words of summary.json's keys, on the progress bar and in the summary."""
    return f"{extracted} extracted, {skipped} skipped (up to date), {failed} failed"


def _ocr_words(pages: int) -> str:
    return f", {plural(pages, 'page')} OCR'd" if pages else ""


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"
