"""PDF through LibreOffice: the .docx converted headless, with drafter's font map so the office faces
(仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体) land on the nearest installed faces, not one sans face."""

from __future__ import annotations

import os
import shutil
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


def pdf_from_docx(docx: bytes, source: str) -> bytes:
    """Convert ``docx`` to PDF; a private profile per process lets several conversions run at once."""
    program = soffice()
    if not program:
        raise DrafterError([Problem(source, _("生成 PDF 需要 LibreOffice（soffice），本机没有找到。请安装 LibreOffice，或去掉 pdf 格式。"))])
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as folder:
        document = Path(folder) / "report.docx"
        document.write_bytes(docx)
        profile = Path(tempfile.gettempdir()) / f"drafter-lo-profile-{os.getuid()}-{os.getpid()}"
        environment = {**os.environ, "FONTCONFIG_FILE": str(FONT_MAP)}
        try:
            result = subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", PDF_FILTER,
                                     "--outdir", folder, str(document)], capture_output=True, timeout=300, env=environment)
        except subprocess.TimeoutExpired:
            raise DrafterError([Problem(source, _("LibreOffice 未能转成 PDF：{reason}").format(reason="timeout"))]) from None
        target = Path(folder) / "report.pdf"
        if result.returncode != 0 or not target.exists():
            reason = result.stderr.decode("utf-8", "replace").strip()[:200] or f"exit {result.returncode}"
            raise DrafterError([Problem(source, _("LibreOffice 未能转成 PDF：{reason}").format(reason=reason))])
        return target.read_bytes()
