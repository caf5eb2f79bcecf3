"""Files: written so that nothing is ever half-written (a temporary file beside the target, then a
rename), and .docx files opened with a plain message when they cannot be."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _


def write_atomically(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; an existing file stays whole if anything fails."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix="." + target.name + ".", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


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
