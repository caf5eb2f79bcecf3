"""A batch's worker: builds its chunk of reports (and hands LibreOffice their PDFs together), writes
each output whole or not at all, ignores Ctrl-C (the parent stops it cleanly) and ends when its
parent dies.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import cannot_write
from drafter.i18n import _
from drafter.batch.jobs import Job, Outcome, _problem_record
from drafter.files import write_atomically


CHUNK = 8  # reports a worker builds per task: fewer round trips, still a smooth progress bar
# Reports per task when PDFs are made: LibreOffice converts a task's PDFs in one call, and its start
# (0.8 s) is most of a conversion, so a report costs 0.8 s / PDF_CHUNK + 0.1 s.
PDF_CHUNK = 16


@dataclass
class WaitingPdf:
    """A report's PDF, to be made with the others of its chunk in one LibreOffice call."""

    outcome: Outcome
    path: str
    docx: bytes


def build_job(job: Job, options, with_check: bool, waiting: list[WaitingPdf] | None = None) -> Outcome:
    """Build one report into every asked format; whatever goes wrong is recorded against this job, never raised.

    With ``waiting``, the PDF is not made here: its .docx joins the list, for ``write_waiting_pdfs``."""
    from drafter.pipeline import WRITERS, build_report, docx_bytes

    outcome = Outcome(job.source)
    output = job.source
    try:
        report = build_report(job.source, options.template_dirs, options.score_table, options.layout, options.strict)
        outcome.warnings = [_problem_record(p) for p in report.warnings or []]
        pdf = None
        for fmt, output in job.outputs:
            if fmt == "pdf" and waiting is not None:
                pdf = WaitingPdf(outcome, output, docx_bytes(report))
            else:
                write_output(outcome, fmt, output, WRITERS["." + fmt](report))
        if with_check:
            outcome.findings = check_records(job.source, options.template_dirs)
        if pdf:
            waiting.append(pdf)
    except DrafterError as error:
        outcome.problems = [_problem_record(p) for p in error.problems]
    except OSError as error:  # a full disk, a name the file system refuses, a folder where the file goes …
        outcome.problems = [unwritable(output, error)]
    except (MemoryError, RecursionError, ValueError, TypeError, LookupError, AttributeError, ArithmeticError) as error:
        # drafter's own fault, not the clerk's: this report fails, the batch goes on, and the manifest keeps the detail
        message = _("生成这份报告时 drafter 内部出错（{kind}）。其他报告不受影响；请把这个数据文件报告给维护者。").format(kind=type(error).__name__)
        outcome.problems = [{**_problem_record(Problem(job.source, message)), "detail": repr(error)[:500]}]
    return outcome


def write_output(outcome: Outcome, fmt: str, path: str, content: bytes) -> None:
    write_atomically(path, content)
    outcome.outputs.append({"format": fmt, "path": path, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)})


def unwritable(path: str, error: OSError) -> dict:
    return _problem_record(cannot_write(path, error))


def write_waiting_pdfs(waiting: list[WaitingPdf], workspace: str) -> None:
    """Make the waiting PDFs in as few LibreOffice calls as it allows, with this worker's converter, and
    write each; a PDF LibreOffice cannot make, or that cannot be written, fails its own report only."""
    from drafter.office.libreoffice import Converter

    global _converter
    folder = Path(workspace) / f"libreoffice-{os.getpid()}"  # this process's, in this batch's workspace
    if _converter is None or _converter.folder != folder:  # not one inherited through fork, nor an earlier batch's
        _converter = Converter(folder)
    results = _converter.pdfs([pdf.docx for pdf in waiting])
    for pdf, result in zip(waiting, results):
        if not isinstance(result, bytes):
            pdf.outcome.problems = [_problem_record(Problem(pdf.outcome.source, result))]
            continue
        try:
            write_output(pdf.outcome, "pdf", pdf.path, result)
        except OSError as error:
            pdf.outcome.problems = [unwritable(pdf.path, error)]


_converter = None  # this process's Converter: the LibreOffice profile it keeps between chunks


def check_records(source: str, template_dirs: tuple[str, ...] = ()) -> list[dict]:
    from drafter.lint.check import check_file

    return [{"line": f.place.line, "column": f.place.column, "rule": f.finding.rule, "severity": f.finding.severity,
             "text": f.finding.text, "message": f.finding.message, "fix": f.finding.replacement} for f in check_file(source, template_dirs=template_dirs).findings]


_building = False  # in a worker: whether a chunk is being built (a stop then cleans up on its way out)


def build_chunk(jobs: list[Job], options, with_check: bool, workspace: str | None = None) -> list[Outcome]:
    """Build ``jobs``; with a ``workspace`` (a folder the batch removes at its end) their PDFs are made
    together, after the other formats, in one LibreOffice call."""
    global _building
    _building = True
    try:
        waiting: list[WaitingPdf] | None = [] if workspace else None
        outcomes = [build_job(job, options, with_check, waiting) for job in jobs]
        if waiting:
            write_waiting_pdfs(waiting, workspace)
            for outcome, job in zip(outcomes, jobs):  # outputs in the order asked for, the PDF among them
                order = [path for _fmt, path in job.outputs]
                outcome.outputs.sort(key=lambda output: order.index(output["path"]))
        return outcomes
    except _Stopped:  # the file being written and LibreOffice were cleaned up on the way out
        os._exit(1)
    finally:
        _building = False


class _Stopped(BaseException):
    """A worker was told to stop (SIGTERM); not an Exception, so nothing on the way catches it for an error."""


def _start_worker() -> None:
    """In each worker: Ctrl-C is the parent's to handle; a stop (SIGTERM) ends the worker cleanly, so a
    file being written is removed and LibreOffice is ended; and the worker ends itself if its parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _stop_worker)
    import threading

    threading.Thread(target=_watch_parent, daemon=True).start()


def _stop_worker(signum, frame) -> None:
    if not _building:
        os._exit(1)  # idle: nothing to clean up, and no traceback from the pool's loop
    raise _Stopped


def _watch_parent(interval: float = 0.5) -> None:
    """End this worker, and the LibreOffice it runs, once the parent is gone (even after ``kill -9``)."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    while parent.is_alive():
        time.sleep(interval)
    from drafter.office.libreoffice import end_all_children

    mine = _converter.folder if _converter is not None and _converter.folder.name == f"libreoffice-{os.getpid()}" else None
    end_all_children(mine)  # the parent cannot remove this worker's folder now
    if mine is not None:
        try:
            mine.parent.rmdir()  # the batch's workspace, once the other workers' folders are gone too
        except OSError:
            pass
    os._exit(1)
