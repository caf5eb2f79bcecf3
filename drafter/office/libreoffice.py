"""LibreOffice, headless: the .docx to PDF with drafter's font map, so the office faces (仿宋_GB2312,
楷体_GB2312, 黑体, 方正小标宋简体) land on the nearest installed faces, not one sans face; and the
files clerks hold in older formats (.doc, .wps, .odt, .rtf) to .docx for import.

Every conversion goes through a ``Converter``: a private profile in a folder of its own (a temporary
one for a single conversion, the batch's workspace for a batch), removed with it, so conversions can
run side by side and no other user can plant a profile in a predictable place; LibreOffice runs in
a process group of its own, ended whole when the wait stops.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.office.fontmap import font_map
from drafter.i18n import N_, _

# Keep the blank page LibreOffice inserts so that a 版记 section starts on an even page (it drops it by default).
PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
DOCX_FILTER = "docx:MS Word 2007 XML"
NO_LIBREOFFICE = N_("这一步需要 LibreOffice（soffice），本机没有找到。请安装 LibreOffice（免费），或在 Word、WPS 中另存为 .docx。")


# The private profile's settings: a document is never let reach outside itself. Images and other
# content it links (http://, file:///) are not fetched (BlockUntrustedRefererLinks, with no trusted
# location), links and fields are never updated, no macro runs, and what still asks for the
# network goes to a proxy on a port where nothing listens. Names and values from LibreOffice's
# officecfg schemas (Common.xcs, Inet.xcs, Writer.xcs, Calc.xcs).
_PROFILE_SETTINGS = [
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "boolean", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "SecureURL", "string-list", ""),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "boolean", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "int", "3"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableActiveContent", "boolean", "true"),
    ("/org.openoffice.Office.Common/Misc", "UseLocking", "boolean", "false"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "int", "1"),
    ("/org.openoffice.Office.Writer/Content/Update", "Field", "boolean", "false"),
    ("/org.openoffice.Office.Writer/Content/Update", "Chart", "boolean", "false"),
    ("/org.openoffice.Office.Calc/Content/Update", "Link", "int", "1"),
    ("/org.openoffice.Inet/Settings", "ooInetProxyType", "int", "1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "string", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "int", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "string", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "int", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetNoProxy", "string", ""),
]


def offline_settings() -> str:
    """``registrymodifications.xcu`` for a private profile, with ``_PROFILE_SETTINGS``."""
    items = "".join(f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
                    for path, name, _kind, value in _PROFILE_SETTINGS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' + items + "</oor:items>\n")


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_from_docx(docx: bytes, source: str) -> bytes:
    """The report's .docx as PDF, by way of ODF, where every punctuation mark can be kept inside
    the type area (see ``without_hanging_punctuation``): the batch's converter, for one report,
    with a profile of its own for both steps."""
    with tempfile.TemporaryDirectory(prefix="drafter-lo-") as folder:
        [result] = Converter(Path(folder)).pdfs([docx])
    if isinstance(result, str):
        raise DrafterError([Problem(source, result)])
    return result


ODT_FILTER = "odt"
_HANGING = (b'style:punctuation-wrap="hanging"', b'style:punctuation-wrap="simple"')


def without_hanging_punctuation(odt: bytes) -> bytes:
    """The .odt with every paragraph style's punctuation set not to hang past the line's end.

    LibreOffice (7.4) imports every style of a .docx with hanging punctuation, whatever its
    ``w:overflowPunct`` says, and on a justified line it then hangs a ，。、 that follows a full
    line into the margin, or draws it nowhere at all: the bureau example's PDF lacked 6 marks and
    hung 8. Set to ``simple`` in ODF, it moves the character before the mark down with it, as
    避头尾 asks, and the PDF carries every mark inside the type area (tests/test_pdf.py)."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(odt))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():  # in order: mimetype first and stored, as ODF requires
            content = source.read(entry)
            if entry.filename in ("styles.xml", "content.xml"):
                content = content.replace(*_HANGING)
            target.writestr(entry, content)
    return buffer.getvalue()


def convert(content: bytes, suffix: str, output_filter: str, source: str, timeout: float = 300) -> bytes:
    """``content`` (a file ending in ``suffix``) converted by LibreOffice with ``output_filter``
    (``pdf:…`` or ``docx:…``) in a private profile made for it; a located problem if LibreOffice
    is missing or fails."""
    program = soffice()
    if not program:
        raise DrafterError([Problem(source, _(NO_LIBREOFFICE))])
    with tempfile.TemporaryDirectory(prefix="drafter-lo-") as folder:
        [result] = Converter(Path(folder)).convert_together(program, [content], suffix, output_filter, timeout)
    if isinstance(result, bytes):
        return result
    if result == "timeout":
        raise DrafterError([Problem(source, _("LibreOffice 转换失败：{reason}").format(reason=result))])
    raise DrafterError([Problem(source, _("LibreOffice 无法转换这个文件（{reason}）：文件可能已损坏、加密，或不是它认识的格式。").format(reason=result))])


class Converter:
    """LibreOffice for a batch's PDFs: many documents per call, and one private profile kept from call
    to call in ``folder`` (which the batch removes at its end).

    Starting LibreOffice is most of a conversion: a corpus report takes 0.9 s alone, of which 0.8 s is
    the start, and ten take 1.6 s in one call. A call that crashes or outruns its time is ended, its
    profile is made afresh, and the documents it did not finish are tried again one per call, so the
    one LibreOffice cannot convert fails by itself and the rest are converted."""

    START_SECONDS = 60.0  # LibreOffice's start, on a slow, busy machine
    EACH_SECONDS = 60.0  # one report's conversion; a 100-page one takes a few seconds

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.profile = self.folder / "profile"

    def pdfs(self, documents: list[bytes]) -> list[bytes | str]:
        """Each .docx as PDF, or the reason LibreOffice could not make it: by way of ODF, as
        ``pdf_from_docx`` does, each step one call for all the documents it can take."""
        program = soffice()
        if not program:
            return [_(NO_LIBREOFFICE)] * len(documents)
        results = self.converted(program, documents, ".docx", ODT_FILTER)
        ready = [index for index, result in enumerate(results) if isinstance(result, bytes)]
        pdfs = self.converted(program, [without_hanging_punctuation(results[index]) for index in ready], ".odt", PDF_FILTER)
        for index, pdf in zip(ready, pdfs):
            results[index] = pdf
        return [result if isinstance(result, bytes) else _("LibreOffice 无法转换（{reason}）。").format(reason=result) for result in results]

    def converted(self, program: str, documents: list[bytes], suffix: str, output_filter: str) -> list[bytes | str]:
        """All ``documents`` in one call; those it did not finish, one call each."""
        if not documents:
            return []
        results = self.convert_together(program, documents, suffix, output_filter)
        if len(documents) > 1:
            for index, result in enumerate(results):
                if not isinstance(result, bytes):
                    results[index] = self.convert_together(program, [documents[index]], suffix, output_filter)[0]
        return results

    def convert_together(self, program: str, documents: list[bytes], suffix: str, output_filter: str, timeout: float | None = None) -> list[bytes | str]:
        """``documents`` converted in one call: each one's bytes, or why it was not ("timeout", "exit -11",
        LibreOffice's own "Error: …")."""
        inputs = self.placed(documents, suffix)
        work = inputs[0].parent
        target_suffix = "." + output_filter.split(":", 1)[0]
        try:
            outdir = work / "out"
            environment = {**os.environ, "FONTCONFIG_FILE": str(font_map())}
            command = [program, f"-env:UserInstallation={self.profile.resolve().as_uri()}", "--headless", "--convert-to", output_filter,
                       "--outdir", str(outdir), *map(str, inputs)]
            try:
                returncode, stderr = run_child(command, environment, timeout or self.START_SECONDS + self.EACH_SECONDS * len(documents))
                reason = _failure_reason(returncode, stderr)
            except subprocess.TimeoutExpired:
                returncode, reason = None, "timeout"
            if returncode != 0:  # a crashed or killed LibreOffice may leave its profile locked or half written
                shutil.rmtree(self.profile, ignore_errors=True)
            return [_finished(outdir / (path.stem + target_suffix)) or reason for path in inputs]
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def placed(self, documents: list[bytes], suffix: str) -> list[Path]:
        """The documents written to a folder of their own for one call. Files are made only under the
        start lock and never once this process has begun ending its children, so a worker that is
        ending removes its folder knowing nothing more will appear in it."""
        with _STARTING:
            if _ending:
                raise Ended
            self.folder.mkdir(mode=0o700, exist_ok=True)  # inside the batch's folder, which must still be there
            self.profile.mkdir(mode=0o700, exist_ok=True)  # its own, before LibreOffice makes it: nobody else may read or plant anything there
            settings = self.profile / "user" / "registrymodifications.xcu"
            if not settings.exists():  # a new profile, or one made afresh after a crash: offline from its first start
                settings.parent.mkdir(mode=0o700, exist_ok=True)
                settings.write_text(offline_settings(), encoding="utf-8")
            work = Path(tempfile.mkdtemp(prefix="call-", dir=self.folder))
            inputs = [work / f"{number:05d}{suffix}" for number in range(len(documents))]
            for path, content in zip(inputs, documents):
                path.write_bytes(content)
        return inputs


def _finished(path: Path) -> bytes | None:
    """The file at ``path`` if LibreOffice finished writing it: a PDF ends with %%EOF, a zip
    package (.odt) with its end-of-directory record."""
    try:
        content = path.read_bytes()
    except OSError:
        return None
    whole = content.rstrip().endswith(b"%%EOF") if path.suffix == ".pdf" else b"PK\x05\x06" in content[-65557:]
    return content if whole else None


def _failure_reason(returncode: int, stderr: bytes) -> str:
    said = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.startswith("Error")]
    return (said[0] if said else f"exit {returncode}")[:200]


RUNNING: set = set()  # LibreOffice processes this process started and has not yet seen end
_STARTING = threading.Lock()  # held while a process starts and is recorded, and while all are ended
_ending = False  # set for good once every child has been ended: none may start after that


class Ended(Exception):
    """LibreOffice was not started: this process is ending its children (its batch has stopped)."""


def run_child(command: list[str], environment: dict, timeout: float) -> tuple[int, bytes]:
    """Run ``command`` in a process group of its own; whatever stops the wait (a timeout, Ctrl-C, a
    batch being stopped) ends the whole group, since LibreOffice's launcher starts soffice.bin beneath it."""
    group = {"start_new_session": True} if os.name == "posix" else {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
    with _STARTING:
        if _ending:
            raise Ended
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


def end_all_children(remove: Path | None = None) -> None:
    """End every LibreOffice this process started, start no more, and then remove ``remove`` (a
    converter's folder). A batch worker calls this when its parent is gone, from another thread than
    the one converting: without the lock, a conversion retried just then could start a LibreOffice
    that outlives the worker, or write files after the folder was removed."""
    global _ending
    with _STARTING:
        _ending = True
        processes = list(RUNNING)
    for process in processes:
        end_group(process)
    if remove is not None:
        shutil.rmtree(remove, ignore_errors=True)
