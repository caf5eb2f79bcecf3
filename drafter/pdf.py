"""PDF through LibreOffice: the .docx converted headless, with drafter's font map so the office faces
(仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体) land on the nearest installed faces, not one sans face."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _

FONT_MAP = Path(__file__).parent / "fonts" / "fonts.conf"
# Keep the blank page LibreOffice inserts so that a 版记 section starts on an even page (it drops it by default).
PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_from_docx(docx: bytes, source: str, timeout: float = 300) -> bytes:
    """Convert ``docx`` to PDF in a private LibreOffice profile, made for this conversion in its own
    temporary folder and removed with it, so conversions can run side by side and no other user can
    plant a profile in a predictable place."""
    program = soffice()
    if not program:
        raise DrafterError([Problem(source, _("生成 PDF 需要 LibreOffice（soffice），本机没有找到。请安装 LibreOffice，或去掉 pdf 格式。"))])
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as folder:
        document = Path(folder) / "report.docx"
        document.write_bytes(docx)
        profile = Path(tempfile.mkdtemp(prefix="profile-", dir=folder))
        environment = {**os.environ, "FONTCONFIG_FILE": str(FONT_MAP)}
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", PDF_FILTER, "--outdir", folder, str(document)]
        try:
            returncode, stderr = run_child(command, environment, timeout)
        except subprocess.TimeoutExpired:
            raise DrafterError([Problem(source, _("LibreOffice 未能转成 PDF：{reason}").format(reason="timeout"))]) from None
        target = Path(folder) / "report.pdf"
        if returncode != 0 or not target.exists():
            reason = stderr.decode("utf-8", "replace").strip()[:200] or f"exit {returncode}"
            raise DrafterError([Problem(source, _("LibreOffice 未能转成 PDF：{reason}").format(reason=reason))])
        return target.read_bytes()


RUNNING: set = set()  # LibreOffice processes this process started and has not yet seen end


def run_child(command: list[str], environment: dict, timeout: float) -> tuple[int, bytes]:
    """Run ``command`` in a process group of its own; whatever stops the wait (a timeout, Ctrl-C, a
    batch being stopped) ends the whole group, since LibreOffice's launcher starts soffice.bin beneath it."""
    group = {"start_new_session": True} if os.name == "posix" else {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment, **group)
    RUNNING.add(process)
    try:
        _out, stderr = process.communicate(timeout=timeout)
        return process.returncode, stderr
    except BaseException:
        end_group(process)
        raise
    finally:
        RUNNING.discard(process)


def end_group(process: subprocess.Popen) -> None:
    """Kill ``process`` and, on POSIX, every process in its group; then reap it."""
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except OSError:
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def end_all_children() -> None:
    """End every LibreOffice this process started (a batch worker calls this when it is stopped)."""
    for process in list(RUNNING):
        end_group(process)
