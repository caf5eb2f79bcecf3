"""Files: written so that nothing is ever half-written (a temporary file beside the target, then a
rename), and .docx files opened with a plain message when they cannot be."""

from __future__ import annotations

import glob
import os
import stat
import tempfile
import zlib
from pathlib import Path
from typing import BinaryIO, Callable

from drafter.errors import DrafterError, Problem
from drafter.i18n import N_, _


STALE_SECONDS = 3600  # a temporary file this old was left by a writer that was killed


def write_atomically(path: str | Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Replace ``path`` with ``data`` in one step; an existing file stays whole if anything fails.
    ``data`` is the bytes, or a function that writes them to the stream it is given.

    Temporary files an earlier, killed writer left beside ``path`` (over an hour old) are removed.
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)  # write through a link, keep the link
    sweep_stale_parts(target)
    mode = kept_mode(target)
    handle, temporary = tempfile.mkstemp(prefix=part_prefix(target), suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            if callable(data):
                data(stream)
            else:
                stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def write_file(path: str | Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """``write_atomically``, with a located problem in the clerk's words when the system refuses."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise DrafterError([cannot_write(path, error)]) from None


# What the system said, in the clerk's words, by its error number (its own strerror is English).
_OS_REASONS = {
    "ENOENT": N_("文件或文件夹不存在"), "EACCES": N_("没有权限"), "EPERM": N_("没有权限"), "ENOSPC": N_("磁盘已满"),
    "EDQUOT": N_("磁盘配额已用完"), "EROFS": N_("磁盘是只读的"), "EISDIR": N_("这是一个文件夹"), "ENOTDIR": N_("路径中有一段不是文件夹"),
    "EEXIST": N_("已经存在"), "ENAMETOOLONG": N_("文件名太长"), "EBUSY": N_("文件正被占用"), "ETXTBSY": N_("文件正被占用"),
    "EMFILE": N_("同时打开的文件太多"), "EINVAL": N_("名称或参数无效"), "EIO": N_("读写磁盘出错"), "ELOOP": N_("符号链接形成了循环"),
}


def os_reason(error: OSError) -> str:
    """Why the system refused, as a clerk reads it (「磁盘已满」, not 「No space left on device」)."""
    import errno

    name = errno.errorcode.get(error.errno or 0)
    if name in _OS_REASONS:
        return _(_OS_REASONS[name])
    if getattr(error, "winerror", None) in (32, 33):  # Windows: another program has the file open
        return _(_OS_REASONS["EBUSY"])
    return error.strerror or _("系统拒绝了（{kind}）").format(kind=type(error).__name__)


# What is wrong with a file a library could not read, by the library's error, in the clerk's words.
_DAMAGE = {
    "BadZipFile": N_("不是完整的压缩包"), "BadZipfile": N_("不是完整的压缩包"), "KeyError": N_("缺少必要的部件"),
    "XMLSyntaxError": N_("其中的 XML 有错"), "SyntaxError": N_("其中的 XML 有错"), "PackageNotFoundError": N_("不是 Word 文档包"),
    "PdfiumError": N_("PDF 结构损坏"), "PDFSyntaxError": N_("PDF 结构损坏"), "InvalidFileException": N_("不是 Excel 文件"),
    "EOFError": N_("文件在中途截断"), "UnicodeDecodeError": N_("其中的文字编码有错"), "ValueError": N_("内容无法解析"),
    "NotImplementedError": N_("用了不支持的功能"), "RuntimeError": N_("内容无法解析"), "OSError": N_("读取失败"),
}


def damage(error: Exception) -> str:
    """What a reader's ``error`` says of the file, in words (「不是完整的压缩包」 for BadZipFile)."""
    for kind in type(error).__mro__:
        if kind.__name__ in _DAMAGE:
            return _(_DAMAGE[kind.__name__])
    return _("内容无法解析")


def cannot_write(path: str | Path, error: OSError, rule: str = "error") -> Problem:
    """The problem for a file or folder the system would not let drafter write (a full disk, no
    permission, a name the file system refuses), in the clerk's words, at its path."""
    return Problem(str(path), _("无法写入：{reason}").format(reason=os_reason(error)), rule=rule)


def kept_backup(target: Path) -> Path:
    """Copy ``target`` to a dated name beside it (``2025.20261208-093000.bak.yaml``) before it is
    replaced; the copy is never written over. A located problem if it cannot be made."""
    import datetime
    import shutil

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        backup = target.with_name(f"{target.stem}.{stamp}{'' if attempt == 1 else f'-{attempt}'}.bak{target.suffix}")
        try:
            with open(target, "rb") as source, open(backup, "xb") as copy:
                shutil.copyfileobj(source, copy)
        except FileExistsError:
            continue
        except OSError as error:
            if os.path.exists(backup) and not os.path.samefile(backup, target):
                os.unlink(backup)  # a copy cut short (a full disk) is no backup: none is left to mislead
            raise DrafterError([Problem(str(target), _("无法备份，没有覆盖：{reason}").format(reason=os_reason(error)))]) from None
        return backup
    raise DrafterError([Problem(str(target), _("无法备份，没有覆盖：同名备份太多。"))])


def part_prefix(target: Path) -> str:
    """``.NAME.`` for the temporary file beside ``target``; a name near the file system's 255 bytes is
    cut (the temporary name adds about 15), so a long but valid target can still be written."""
    name = target.name
    while len(name.encode("utf-8")) > 200:
        name = name[:-1]
    return "." + name + "."


def kept_mode(target: Path) -> int:
    """The permissions the file should end with: the existing file's, else what the umask gives a new file
    (mkstemp's temporary file is 0600, which would hide a shared report from colleagues)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def sweep_stale_parts(target: Path, older_than: float = STALE_SECONDS) -> None:
    """Remove ``.NAME.*.part`` files beside ``target`` older than an hour (``kill -9`` leaves them), or
    than ``older_than`` seconds when the caller knows their writers are gone."""
    import time

    folder = target.parent if str(target.parent) else Path(".")
    try:
        candidates = list(folder.glob(glob.escape(part_prefix(target)) + "*.part"))
    except OSError:
        return
    now = time.time()
    for candidate in candidates:
        try:
            if now - candidate.stat().st_mtime >= older_than:
                candidate.unlink()
        except OSError:
            pass


# What a .docx (or any zip package) may hold before drafter reads it: a report of hundreds of pages
# with its images stays far below; a zip bomb does not.
MAX_PARTS = 2000
MAX_PACKAGE_BYTES = 100 * 1024 * 1024  # all parts, uncompressed, as the archive declares them
MAX_PART_BYTES = 50 * 1024 * 1024
_PROLOG_BYTES = 64 * 1024  # where a DOCTYPE would have to be


def package_errors() -> tuple[type[BaseException], ...]:
    """What a broken, truncated, encrypted or exotic archive raises while it is read. (zipfile is
    imported here, when a package is read: a build never reads one, and the import is 2 ms of it.)"""
    import zipfile

    return (zipfile.BadZipFile, zlib.error, KeyError, ValueError, EOFError, OSError, RuntimeError, NotImplementedError)


def guard_package(path, kind: str = ".docx", name: str | None = None, where: Path | None = None) -> None:
    """Refuse a zip package too big to read safely, or whose XML declares a DOCTYPE (never in OOXML or
    ODF; the way in for entity expansion), before anything parses it. The sizes checked are the
    ones the archive declares, which Python's zipfile also holds each entry to when it reads.

    ``path`` is the file or its bytes (a file object); ``where`` names it in messages if it is not a path."""
    import zipfile

    where = where if where is not None else path
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_PARTS:
                raise _refused(where, _("文件中的部件过多（{n} 个）。").format(n=len(entries)))
            total = sum(entry.file_size for entry in entries)
            largest = max((entry.file_size for entry in entries), default=0)
            if total > MAX_PACKAGE_BYTES or largest > MAX_PART_BYTES:
                raise _refused(where, _("解压后过大（{size} MB），可能是压缩炸弹。").format(size=max(total, largest) // (1024 * 1024)))
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")):
                    with archive.open(entry) as stream:
                        prolog = stream.read(_PROLOG_BYTES)
                    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                        raise _refused(where, _("其中的 {part} 含有 DOCTYPE 声明，正常的 {kind} 文件不会有。").format(part=entry.filename, kind=kind))
    except DrafterError:
        raise
    except package_errors() as error:
        message = _("{name}不是可读的 {kind} 文件（{reason}）：文件可能已损坏、加密或被截断。请在 Word 或 WPS 中打开后另存为 .docx。")
        raise DrafterError([Problem(str(where), message.format(name=name or _("这"), kind=kind, reason=damage(error)))]) from None


def _refused(path: Path, reason: str) -> DrafterError:
    return DrafterError([Problem(str(path), _("拒绝读取：{reason}请确认这是正常的 Word 文档。").format(reason=reason))])


def open_docx(path: Path):
    """A .docx opened with python-docx, or a clear problem for a missing file, a bomb, or anything that is not one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise DrafterError([Problem(str(path), _("找不到这个文件，请检查路径。"))])
    guard_package(path)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, SyntaxError, *package_errors()) as error:  # lxml's XMLSyntaxError is a SyntaxError
        reason = damage(error)
        raise DrafterError([Problem(str(path), _("这不是可读的 .docx 文件（{reason}）。若是扫描件或 .doc，请先另存为 .docx。").format(reason=reason))]) from None
