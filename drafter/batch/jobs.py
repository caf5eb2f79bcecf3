"""A batch's plan: the data files its inputs name (folders and patterns walked, anything that is not
a data file said at once), one job a report with its output names, made safe for every file system
and checked for clashes before anything is written; and what became of each job.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import os_reason
from drafter.i18n import _


DATA_SUFFIXES = (".yaml", ".yml")
FORMATS = ("docx", "txt", "pdf")
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
        return _("无法读取：{reason}").format(reason=os_reason(error))
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
