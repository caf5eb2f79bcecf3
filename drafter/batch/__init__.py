"""Batch: builds many reports over all cores; a bad file never stops the good ones, nothing is written half.

The plan (inputs → output names) is made and checked for clashes before anything is written;
workers build in chunks and ignore Ctrl-C, which the parent turns into a clean stop. The plan is
``jobs``, the building ``worker``; here the parent runs the workers, shows progress and writes the
manifest. A front end needs ``collect_inputs``, ``plan``, ``run`` and ``write_manifest``.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import shutil
import sys
import tempfile
import time
from array import array
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path

from drafter.errors import Problem
from drafter.files import sweep_stale_parts
from drafter.i18n import N_, _
from drafter.batch.jobs import FORMATS, Job, Outcome, _problem_record, collect_inputs, plan
from drafter.batch.worker import CHUNK, PDF_CHUNK, _start_worker, build_chunk
from drafter import __version__

__all__ = ["FORMATS", "PDF_CHUNK", "BatchResult", "Job", "Outcome", "Progress", "collect_inputs", "plan", "run", "write_manifest"]


class Progress:
    """A one-line bar on a terminal: count, rate and time left; nothing when output is not a terminal."""

    def __init__(self, total: int, stream=sys.stderr, enabled: bool = True):
        self.total, self.stream, self.done = total, stream, 0
        self.enabled = enabled and stream.isatty()
        self.started = time.monotonic()

    def advance(self, count: int) -> None:
        self.done += count
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        text = f" {self.done}/{self.total}  {rate:.1f}/s  " + _("剩余 {left}").format(left=time.strftime("%M:%S", time.gmtime(left)))
        width = max(10, shutil.get_terminal_size((80, 20)).columns - len(text) - 4)
        filled = int(width * self.done / self.total)
        self.stream.write("\r[" + "#" * filled + "-" * (width - filled) + "]" + text)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


class Outcomes:
    """A batch's outcomes, spilled to a temporary file as they come (a JSON line each), with only each
    one's place and success held in memory. An outcome is about 1.5 KB as objects, so holding them all
    grew the parent by 46 MB over 10,000 reports (650 MB with --check's findings); its place is 8 bytes. Iterating reads them back,
    in the order of their inputs' names (as the manifest and the summary list them)."""

    def __init__(self, jobs: list[Job]):
        self.jobs = jobs
        self.index = {job.source: number for number, job in enumerate(jobs)}
        self.places = array("q", [-1]) * len(jobs)  # offset of each job's line, -1 while it has none
        self.count = self.failed = self.partial = 0
        self.spill = tempfile.TemporaryFile()

    def add(self, outcome: Outcome) -> None:
        number = self.index[outcome.source]
        self.spill.seek(0, os.SEEK_END)
        self.places[number] = self.spill.tell()
        self.spill.write(json.dumps(asdict(outcome), ensure_ascii=False).encode("utf-8") + b"\n")
        self.count += 1
        self.failed += bool(outcome.problems)
        self.partial += outcome.status == "partly built"

    def has(self, job: Job) -> bool:
        return self.places[self.index[job.source]] >= 0

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        for number in sorted((n for n, place in enumerate(self.places) if place >= 0), key=lambda n: self.jobs[n].source):
            self.spill.seek(self.places[number])
            yield Outcome(**json.loads(self.spill.readline()))

    def close(self) -> None:
        self.spill.close()


@dataclass
class BatchResult:
    outcomes: Outcomes
    interrupted: bool = False
    not_built: list[str] = field(default_factory=list)  # inputs never built: after --fail-fast or Ctrl-C
    shortened: dict = field(default_factory=dict)  # input -> the output name it would have had, had it fitted

    @property
    def not_started(self) -> int:
        return len(self.not_built)


CRASH_ALONE = N_("处理这份报告的进程意外退出（被系统终止或崩溃），单独重试时又退出了一次。其他报告不受影响。")


def run(jobs: list[Job], workers: int, options=None, fail_fast: bool = False,
        with_check: bool = False, progress: Progress | None = None) -> BatchResult:
    """Build every job with ``options`` (a ``pipeline.BuildOptions``); with ``fail_fast`` stop handing
    out work after the first failure. Ctrl-C stops the workers at once (their LibreOffice too) and
    leaves every unfinished input listed as not built; nothing is left half-written."""
    from drafter.pipeline import BuildOptions

    options = options or BuildOptions()
    progress = progress or Progress(len(jobs), enabled=False)
    ready = [job for job in jobs if not job.problems]
    # LibreOffice's profiles and files in flight live here, removed at the end whatever became of the workers
    workspace = tempfile.mkdtemp(prefix="drafter-batch-") if any(fmt == "pdf" for job in ready for fmt, _path in job.outputs) else None
    runner = (_InProcess if min(workers, len(ready)) <= 1 else _Pooled)(Outcomes(jobs), options, with_check, progress, fail_fast, min(workers, len(ready)), workspace)
    runner.record([Outcome(job.source, problems=[_problem_record(Problem(job.source, message)) for message in job.problems]) for job in jobs if job.problems])
    started = time.time_ns()
    try:
        if not runner.stopped:
            runner.run(ready)
    except KeyboardInterrupt:
        runner.interrupted = True
        runner.stop()
    finally:
        if workspace:
            shutil.rmtree(workspace, ignore_errors=True)
    stopped = [job for job in ready if not runner.outcomes.has(job)]
    for job in stopped:
        finished = _finished_before_stop(job, started)
        if finished:
            runner.outcomes.add(finished)
    for job in stopped:  # a writer stopped past its grace period may have left its temporary file
        for _fmt, output in job.outputs:
            sweep_stale_parts(Path(output), older_than=0)
    unfinished = [job for job in stopped if not runner.outcomes.has(job)]
    shortened = {job.source: job.shortened_from for job in jobs if job.shortened_from}
    return BatchResult(runner.outcomes, runner.interrupted, [job.source for job in unfinished], shortened)


def _finished_before_stop(job: Job, started: int) -> Outcome | None:
    """What a job whose worker was stopped before reporting back had finished: each output there, newer
    than the batch and whole (files are only ever renamed into place, and each is checked as its format),
    with its size and checksum; the rest listed as not built. None if it had finished nothing."""
    outputs = [record for fmt, output in job.outputs if (record := _finished_output(fmt, output, started))]
    if not outputs:
        return None
    done = {record["path"] for record in outputs}
    return Outcome(job.source, outputs, not_built=[output for _fmt, output in job.outputs if output not in done])


def _finished_output(fmt: str, output: str, started: int) -> dict | None:
    try:
        if os.stat(output).st_mtime_ns < started:
            return None  # an earlier run's
        content = Path(output).read_bytes()
    except OSError:
        return None
    if not _whole(fmt, content):
        return None
    return {"format": fmt, "path": output, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}


def _whole(fmt: str, content: bytes) -> bool:
    """Whether ``content`` reads as a whole file of its format."""
    import io
    import zipfile

    if fmt == "pdf":
        return content.startswith(b"%PDF-") and b"%%EOF" in content[-1024:]
    if fmt == "docx":
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as package:
                return "word/document.xml" in package.namelist() and package.testzip() is None
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _InProcess:
    """One report after another in this process (``-j 1``)."""

    def __init__(self, outcomes, options, with_check, progress, fail_fast, workers=1, workspace=None):
        self.outcomes, self.options, self.with_check, self.progress, self.fail_fast = outcomes, options, with_check, progress, fail_fast
        self.workspace = workspace  # set when PDFs are made: they are then made a chunk at a time
        self.interrupted = self.stopped = False

    def record(self, batch: list[Outcome]) -> None:
        for outcome in batch:
            self.outcomes.add(outcome)
        self.progress.advance(len(batch))
        if self.fail_fast and any(not o.ok for o in batch):
            self.stopped = True

    def run(self, jobs: list[Job]) -> None:
        size = PDF_CHUNK if self.workspace else 1
        for start in range(0, len(jobs), size):
            self.record(build_chunk(jobs[start:start + size], self.options, self.with_check, self.workspace))
            if self.stopped:
                return

    def stop(self) -> None:
        pass


class _Pooled(_InProcess):
    """Reports in chunks over a pool of worker processes. A worker that dies (killed, out of memory,
    crashed) breaks the pool; the pool is started again and the reports it held are tried again:
    first one a task, then each alone in a pool of one, where the report that kills its worker
    is known for certain and fails by itself."""

    def __init__(self, outcomes, options, with_check, progress, fail_fast, workers, workspace=None):
        super().__init__(outcomes, options, with_check, progress, fail_fast, workers, workspace)
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def run(self, jobs: list[Job]) -> None:
        if self.workspace:  # as few LibreOffice starts as the workers allow
            size = max(1, min(PDF_CHUNK, -(-len(jobs) // self.workers)))
        else:  # a few batches for each worker, at least
            size = max(1, min(CHUNK, len(jobs) // (4 * self.workers)))
        suspects = self.round([jobs[i:i + size] for i in range(0, len(jobs), size)], self.workers)
        suspects = self.round([[job] for job in suspects], self.workers)
        while suspects and not self.stopped:  # alone, in order: the first of them to break the pool killed its worker
            left = self.round([[job] for job in suspects], 1)
            if left:
                culprit, suspects = left[0], left[1:]
                self.record([Outcome(culprit.source, problems=[_problem_record(Problem(culprit.source, _(CRASH_ALONE)))])])
            else:
                suspects = []

    def round(self, tasks: list[list[Job]], workers: int) -> list[Job]:
        """Run ``tasks`` in a fresh pool; the jobs of the tasks a broken pool lost, in their order."""
        if not tasks or self.stopped:
            return []
        self.pool = ProcessPoolExecutor(max_workers=min(workers, len(tasks)), initializer=_start_worker)
        futures = {self.pool.submit(build_chunk, task, self.options, self.with_check, self.workspace): task for task in tasks}
        lost: list[list[Job]] = []
        pending = set(futures)
        while pending and not self.stopped:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = futures.pop(future)  # a finished future holds its outcomes: let them go once recorded
                try:
                    self.record(future.result())
                except BrokenProcessPool:
                    lost.append(task)
        if self.stopped or lost:
            self.stop()
        else:  # all done: let the workers end as the pool ends them
            pool, self.pool = self.pool, None
            pool.shutdown(wait=True)
        order = {id(task): n for n, task in enumerate(tasks)}
        return [job for task in sorted(lost, key=lambda t: order[id(t)]) for job in task]

    def stop(self) -> None:
        """End the pool now: workers are stopped, not waited for, so Ctrl-C takes effect at once."""
        pool, self.pool = self.pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())  # the executor has no public way to stop its workers before 3.14
        for process in processes:
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + 1.5
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
        pool.shutdown(wait=True, cancel_futures=True)


def write_manifest(stream, result: BatchResult, formats: list[str]) -> None:
    """Inputs, outputs, checksums, problems and (with --check) findings, for tools: JSON, written one
    report at a time (as ``json.dump`` with indent 2 would write it whole), so its size never sits in memory."""
    outcomes = result.outcomes
    head = {"drafter": __version__, "formats": formats, "succeeded": len(outcomes) - outcomes.failed - outcomes.partial,
            "failed": outcomes.failed, "partly_built": outcomes.partial, "not_started": result.not_started, "interrupted": result.interrupted}
    stream.write(json.dumps(head, ensure_ascii=False, indent=2)[:-2].encode("utf-8") + b',\n  "reports": [')
    records = heapq.merge((report_record(o, result) for o in result.outcomes), ({"input": source, "status": "not built"} for source in sorted(result.not_built)),
                          key=lambda r: r["input"])
    for number, record in enumerate(records):
        text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        stream.write((",\n    " if number else "\n    ").encode("utf-8") + text.encode("utf-8"))
    stream.write(b"\n  ]\n}\n" if result.outcomes or result.not_built else b"]\n}\n")


def report_record(outcome: Outcome, result: BatchResult) -> dict:
    record = {"input": outcome.source, "status": outcome.status, **{k: v for k, v in asdict(outcome).items() if k != "source" and (k != "not_built" or v)}}
    if outcome.source in result.shortened:
        record["shortened_from"] = result.shortened[outcome.source]
    return record
