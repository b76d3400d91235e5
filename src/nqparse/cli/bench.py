"""``nqparse bench``: measure nqparse on this machine, print the figures, write them as JSON."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .common import reports_errors


@click.command("bench")
@click.option("--samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder of .txt/.md documents to replicate (default: ./samples, or the samples/ folder of "
                   "the nqparse source checkout).")
@click.option("--pdf", "pdfs", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PDF files to time against pdfplumber and pypdfium2 (repeatable; default: the PDFs "
                   "beside the samples and the longest PDF of ../shared/corpus).")
@click.option("--documents", type=click.IntRange(min=10), default=300, show_default=True,
              help="Documents for the in-process run.")
@click.option("--batch-documents", type=click.IntRange(min=10), default=300, show_default=True,
              help="Documents for each batch run.")
@click.option("--db-documents", type=click.IntRange(min=10), default=10_000, show_default=True,
              help="Documents loaded into the corpus database.")
@click.option("--repeat", type=click.IntRange(min=1), default=5, show_default=True,
              help="Repetitions of each timing (the best or the median is kept).")
@click.option("--only", multiple=True,
              type=click.Choice(["startup", "in_process", "scaling", "batch", "cluster", "pdf", "ocr", "database",
                                 "baseline"]),
              help="Run only these sections (repeatable).")
@click.option("--baseline", metavar="REV", default=None,
              help="Also measure start-up and throughput of this git commit of nqparse (from the "
                   "checkout this runs from), so that ratios to it are taken in the same run.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the figures as JSON (default: bench-results/<date>-<time>.json).")
@click.option("--strict", is_flag=True, help="Exit 1 when a target is missed.")
@reports_errors
def command(samples: Path | None, pdfs: tuple[Path, ...], documents: int, batch_documents: int, db_documents: int,
            repeat: int, only: tuple[str, ...], baseline: str | None, output: str | None, strict: bool) -> None:
    """Measure start-up, extraction, scaling, batch, PDF and OCR speed here; check the targets.

    Prints the figures with the machine they were taken on and writes them to --output as
    JSON, so that runs can be compared. Run it on a quiet machine: other work skews it.
    """
    from contextlib import nullcontext

    from ..bench import Settings, default_pdfs, report, run_benchmark, source_of, write_results

    samples = (samples or default_samples()).resolve()
    with source_of(baseline) if baseline else nullcontext(None) as baseline_source:
        settings = Settings(samples=samples, pdfs=list(pdfs) or default_pdfs(samples),
                            documents=documents, batch_documents=batch_documents, db_documents=db_documents,
                            repeat=repeat, baseline=baseline_source,
                            log=lambda line: click.echo(line, err=True))
        results = run_benchmark(settings, list(only) or None)
        if baseline_source is not None and "baseline" in results:
            results["baseline"]["source"] = baseline
    click.echo(report(results))
    output = output or time.strftime("bench-results/%Y%m%d-%H%M%S.json")
    write_results(results, output)
    click.echo(f"figures written to {output}", err=True)
    if strict and not all(t["met"] for t in results["targets"].values()):
        sys.exit(1)


def default_samples() -> Path:
    """./samples, or the samples/ folder beside the package in a source checkout; otherwise
    ``InputError`` saying what the benchmark needs (an installed package ships no samples)."""
    from ..errors import InputError

    checkout = Path(__file__).resolve().parents[3] / "samples"
    for folder in (Path("samples"), checkout):
        if folder.is_dir() and any(p.suffix in (".txt", ".md") for p in folder.iterdir()):
            return folder
    raise InputError("no samples to measure here", path="nqparse bench",
                     hint="give --samples FOLDER, a folder of .txt or .md documents "
                          "(the samples/ folder of the nqparse repository)")
