"""Batch: builds many reports over all cores; a bad file never stops the good ones, nothing is written half.

The plan (inputs → output names) is made and checked for clashes before anything is written;
workers build in chunks and ignore Ctrl-C, which the parent turns into a clean stop.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _

DATA_SUFFIXES = (".yaml", ".yml")
FORMATS = ("docx", "txt", "pdf")
CHUNK = 8  # reports a worker builds per task: fewer round trips, still a smooth progress bar
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class Job:
    """One input and the files it becomes."""

    source: str
    outputs: tuple[tuple[str, str], ...]  # (format, path)


@dataclass
class Outcome:
    """What became of one job: the files written, with checksums, or the problems that stopped it."""

    source: str
    outputs: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- planning ----------------------------------------------------------------------------------

def collect_inputs(inputs: list[str]) -> list[Path]:
    """Files, folders (searched for .yaml/.yml) and globs, each input once, in a stable order."""
    found: list[Path] = []
    missing = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in DATA_SUFFIXES and p.is_file())
        elif path.is_file():
            found.append(path)
        elif glob.has_magic(name):
            found += sorted(Path(p) for p in glob.glob(name, recursive=True) if Path(p).suffix.lower() in DATA_SUFFIXES)
        else:
            missing.append(Problem(name, _("找不到这个文件或文件夹。")))
    if missing:
        raise DrafterError(missing)
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise DrafterError([Problem(" ".join(inputs), _("没有找到 .yaml 数据文件。"))])
    return unique


def data_name(path: Path) -> str | None:
    """年份-发文机关-标题 from the data, or None when the file cannot tell (its build will say why)."""
    import yaml

    try:
        values = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        title = values["title"] if isinstance(values["title"], str) else "".join(values["title"])
        year = re.match(r"\d{4}", str(values["date"])).group(0)
        title = title.split("关于", 1)[-1] if str(values["issuer"]) in title else title
        return f"{year}-{values['issuer']}-{title}"
    except Exception:  # any unreadable file is named after its input instead, and fails at build
        return None


def safe_name(name: str) -> str:
    return _UNSAFE_NAME.sub("_", name).strip("._")[:120] or "report"


def plan(sources: list[Path], outdir: Path, formats: list[str], naming: str) -> list[Job]:
    """Each input's output paths; two inputs that would write the same file are an error, before any writing."""
    jobs, claimed, clashes = [], {}, []
    for source in sources:
        stem = (data_name(source) if naming == "data" else None) or source.stem
        outputs = tuple((fmt, str(outdir / f"{safe_name(stem)}.{fmt}")) for fmt in formats)
        for _fmt, output in outputs:
            key = os.path.normcase(output)
            if key in claimed:
                hint = _("请改名，或用 --name data 按数据命名。") if naming == "input" else _("请改名，或用 --name input 按输入文件命名。")
                clashes.append(Problem(str(source), _("与「{other}」的输出同名（{output}），会互相覆盖。").format(other=claimed[key], output=output) + hint))
            claimed[key] = str(source)
        jobs.append(Job(str(source), outputs))
    if clashes:
        raise DrafterError(clashes)
    return jobs


# --- building ----------------------------------------------------------------------------------

def _problem_record(problem: Problem) -> dict:
    return {"file": problem.file, "line": problem.line, "column": problem.column, "message": problem.message}


def build_job(job: Job, options, with_check: bool) -> Outcome:
    """Build one report into every asked format; a problem is recorded, never raised."""
    from drafter.files import write_atomically
    from drafter.pipeline import WRITERS, build_report

    outcome = Outcome(job.source)
    try:
        report = build_report(job.source, options.template_dirs, options.score_table, options.layout)
        for fmt, output in job.outputs:
            content = WRITERS["." + fmt](report)
            write_atomically(output, content)
            outcome.outputs.append({"format": fmt, "path": output, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)})
        if with_check:
            outcome.findings = check_records(job.source, options.template_dirs)
    except DrafterError as error:
        outcome.problems = [_problem_record(p) for p in error.problems]
    return outcome


def check_records(source: str, template_dirs: tuple[str, ...] = ()) -> list[dict]:
    from drafter.check import check_file

    return [{"line": f.place.line, "column": f.place.column, "rule": f.finding.rule, "severity": f.finding.severity,
             "text": f.finding.text, "message": f.finding.message, "fix": f.finding.replacement} for f in check_file(source, template_dirs=template_dirs).findings]


def build_chunk(jobs: list[Job], options, with_check: bool) -> list[Outcome]:
    return [build_job(job, options, with_check) for job in jobs]


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops handing out work and lets running reports finish."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    interrupted: bool = False
    not_started: int = 0


def run(jobs: list[Job], workers: int, options=None, fail_fast: bool = False,
        with_check: bool = False, progress: Progress | None = None) -> BatchResult:
    """Build every job with ``options`` (a ``pipeline.BuildOptions``); with ``fail_fast`` stop handing
    out work after the first failure."""
    from drafter.pipeline import BuildOptions

    options = options or BuildOptions()
    progress = progress or Progress(len(jobs), enabled=False)
    chunks = [jobs[i:i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    outcomes: list[Outcome] = []
    if workers <= 1:
        try:
            for chunk in chunks:
                for job in chunk:
                    outcome = build_job(job, options, with_check)
                    outcomes.append(outcome)
                    progress.advance(1)
                    if fail_fast and not outcome.ok:
                        return BatchResult(outcomes, not_started=len(jobs) - len(outcomes))
        except KeyboardInterrupt:
            return BatchResult(outcomes, interrupted=True, not_started=len(jobs) - len(outcomes))
        return BatchResult(outcomes)
    interrupted = stopped = False
    with ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts) as pool:
        pending = {pool.submit(build_chunk, chunk, options, with_check) for chunk in chunks}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    batch = future.result()
                    outcomes += batch
                    progress.advance(len(batch))
                    if fail_fast and any(not o.ok for o in batch):
                        stopped = True
                if stopped:
                    for future in pending:
                        future.cancel()
                    outcomes += [o for f in pending if not f.cancelled() for o in f.result()]
                    break
        except KeyboardInterrupt:
            interrupted = True
            for future in pending:
                future.cancel()
            outcomes += [o for f in pending if not f.cancelled() for o in _result_or_empty(f)]
    outcomes.sort(key=lambda o: o.source)
    return BatchResult(outcomes, interrupted, len(jobs) - len(outcomes))


def _result_or_empty(future) -> list[Outcome]:
    try:
        return future.result()
    except Exception:
        return []


def manifest(result: BatchResult, formats: list[str]) -> dict:
    """Inputs, outputs, checksums, problems and (with --check) findings, for tools."""
    from drafter import __version__

    return {
        "drafter": __version__,
        "formats": formats,
        "succeeded": sum(o.ok for o in result.outcomes),
        "failed": sum(not o.ok for o in result.outcomes),
        "not_started": result.not_started,
        "interrupted": result.interrupted,
        "reports": [{"input": o.source, "status": "ok" if o.ok else "failed", **{k: v for k, v in asdict(o).items() if k != "source"}}
                    for o in sorted(result.outcomes, key=lambda o: o.source)],
    }


def manifest_bytes(result: BatchResult, formats: list[str]) -> bytes:
    return (json.dumps(manifest(result, formats), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
