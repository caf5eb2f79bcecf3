"""Files: written so that nothing is ever half-written (a temporary file beside the target, then a
rename), and .docx files opened with a plain message when they cannot be."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _


STALE_SECONDS = 3600  # a temporary file this old was left by a writer that was killed


def write_atomically(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; an existing file stays whole if anything fails.

    Temporary files an earlier, killed writer left beside ``path`` (over an hour old) are removed.
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)  # write through a link, keep the link
    sweep_stale_parts(target)
    mode = kept_mode(target)
    handle, temporary = tempfile.mkstemp(prefix="." + target.name + ".", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
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
        candidates = list(folder.glob("." + target.name + ".*.part"))
    except OSError:
        return
    now = time.time()
    for candidate in candidates:
        try:
            if now - candidate.stat().st_mtime >= older_than:
                candidate.unlink()
        except OSError:
            pass


def open_docx(path: Path):
    """A .docx opened with python-docx, or a clear problem for a missing file or anything that is not one."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise DrafterError([Problem(str(path), _("找不到这个文件，请检查路径。"))])
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        reason = type(error).__name__
        raise DrafterError([Problem(str(path), _("这不是可读的 .docx 文件（{reason}）。若是扫描件或 .doc，请先另存为 .docx。").format(reason=reason))]) from None
