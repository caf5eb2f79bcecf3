"""Batch: builds many reports over all cores; a bad file never stops the good ones, nothing is written half.

The plan (inputs → output names) is made and checked for clashes before anything is written;
workers build in chunks and ignore Ctrl-C, which the parent turns into a clean stop.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import heapq
import json
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import time
from array import array
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import sweep_stale_parts
from drafter.i18n import N_, _

DATA_SUFFIXES = (".yaml", ".yml")
FORMATS = ("docx", "txt", "pdf")
CHUNK = 8  # reports a worker builds per task: fewer round trips, still a smooth progress bar
# Reports per task when PDFs are made: LibreOffice converts a task's PDFs in one call, and its start
# (0.8 s) is most of a conversion, so a report costs 0.8 s / PDF_CHUNK + 0.1 s.
PDF_CHUNK = 16
# Separators, characters Windows reserves, white space, and control and bidirectional-control characters.
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]+')


@dataclass(frozen=True)
class Job:
    """One input and the files it becomes."""

    source: str
    outputs: tuple[tuple[str, str], ...]  # (format, path)
    shortened_from: str | None = None  # the name the outputs would have had, when it was too long
    problems: tuple[str, ...] = ()  # why it is not built at all: not a data file, or its outputs clash with another's


@dataclass
class Outcome:
    """What became of one job: the files written, with checksums, or the problems that stopped it."""

    source: str
    outputs: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    not_built: list[str] = field(default_factory=list)  # outputs a stop left unmade, the others finished

    @property
    def ok(self) -> bool:
        return not self.problems and not self.not_built

    @property
    def status(self) -> str:
        return "ok" if self.ok else "partly built" if not self.problems else "failed"


# --- planning ----------------------------------------------------------------------------------

def collect_inputs(inputs: list[str]) -> list[Path | Problem]:
    """Files, folders (searched for .yaml/.yml) and globs, each input once, in a stable order. An input
    that is no regular file (missing, a symbolic link that loops or points nowhere, a FIFO, a device)
    stands as the ``Problem`` that says why: it fails alone, and the rest are built."""
    found: list[Path] = []
    refused: dict[str, Problem] = {}
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            candidates = sorted(p for p in path.rglob("*") if p.suffix.lower() in DATA_SUFFIXES and not p.is_dir())
        elif glob.has_magic(name) and not os.path.lexists(name):
            candidates = sorted(Path(p) for p in glob.glob(name, recursive=True) if Path(p).suffix.lower() in DATA_SUFFIXES and not os.path.isdir(p))
        else:
            candidates = [path]
        for candidate in candidates:
            reason = not_a_data_file(candidate)
            if reason:
                refused.setdefault(str(candidate), Problem(str(candidate), reason))
            else:
                found.append(candidate)
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique and not refused:
        raise DrafterError([Problem(" ".join(inputs), _("没有找到 .yaml 数据文件。"))])
    return unique + list(refused.values())


def not_a_data_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a data file, or None for a regular file. Never opens it: a FIFO
    would hold the batch until something wrote to it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return _("符号链接绕成了圈（指向自己或互相指向），找不到真正的文件。")
        if error.errno == errno.ENOENT:
            return _("符号链接指向的文件不存在。") if os.path.islink(path) else _("找不到这个文件或文件夹。")
        return _("无法读取：{reason}").format(reason=error.strerror or error)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return _("这是命名管道（FIFO），不是数据文件。")
    return _("这不是普通文件（设备或套接字），不是数据文件。")


def data_name(path: Path) -> str | None:
    """年份-发文机关-标题 from the data, or None when the file cannot tell (its build will say why).

    Read through drafter's own bounded loader: a hostile file must not expand in the parent."""
    from drafter.data.load import load_report
    from drafter.data.report import title_text

    try:
        values = load_report(path).values
    except DrafterError:
        return None
    title = title_text(values)
    year = re.match(r"\d{4}", str(values["date"]))
    title = title.split("关于", 1)[-1] if str(values["issuer"]) in title else title
    return f"{year.group(0) if year else ''}-{values['issuer']}-{title}"


MAX_STEM_BYTES = 180  # a file name may have 255 bytes; room is left for the suffix and the temporary name


def safe_name(name: str) -> str:
    """``name`` as a file name on any system: no separators, reserved or control characters, and short
    enough in bytes; a shortened name ends with a hash of the whole, so it stays the same every run."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip("._") or "report"
    if len(cleaned.encode("utf-8")) <= MAX_STEM_BYTES:
        return cleaned
    digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()[:10]
    kept = cleaned.encode("utf-8")[:MAX_STEM_BYTES - len(digest) - 1].decode("utf-8", "ignore")
    return f"{kept}-{digest}"


def plan(sources: list[Path | Problem], outdir: Path, formats: list[str], naming: str) -> list[Job]:
    """Each input's output paths, decided before anything is written. Inputs that would write the same
    file fail, each naming the other, and so does an input ``collect_inputs`` refused; the rest build."""
    jobs, claimed = [], {}
    for source in sources:
        if isinstance(source, Problem):
            jobs.append(Job(source.file, (), problems=(source.message,)))
            continue
        stem = (data_name(source) if naming == "data" else None) or source.stem
        name = safe_name(stem)
        outputs = tuple((fmt, str(outdir / f"{name}.{fmt}")) for fmt in formats)
        jobs.append(Job(str(source), outputs, stem if name != _UNSAFE_NAME.sub("_", stem).strip("._") else None))
        if outputs:  # every format has the same name: one clash is a clash of all
            claimed.setdefault(os.path.normcase(outputs[0][1]), []).append((len(jobs) - 1, outputs[0][1]))
    hint = _("请改名，或用 --name data 按数据命名。") if naming == "input" else _("请改名，或用 --name input 按输入文件命名。")
    for sharing in claimed.values():
        for number, output in sharing if len(sharing) > 1 else ():
            others = "」「".join(jobs[n].source for n, _output in sharing if n != number)
            clash = _("与「{other}」的输出同名（{output}），会互相覆盖，所以都没有生成。").format(other=others, output=output) + hint
            jobs[number] = replace(jobs[number], problems=jobs[number].problems + (clash,))
    return jobs


# --- building ----------------------------------------------------------------------------------

def _problem_record(problem: Problem) -> dict:
    return {"file": problem.file, "line": problem.line, "column": problem.column, "message": problem.message}


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
    from drafter.files import write_atomically

    write_atomically(path, content)
    outcome.outputs.append({"format": fmt, "path": path, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)})


def unwritable(path: str, error: OSError) -> dict:
    return _problem_record(Problem(str(path), _("无法写入：{reason}").format(reason=error.strerror or str(error))))


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
    from drafter import __version__

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
