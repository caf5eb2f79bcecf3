"""Older and other office formats (.doc, .wps, .odt, .rtf): LibreOffice makes a .docx of them in a
private, temporary profile, which the .docx reader then reads. LibreOffice is optional: without it
the clerk is told to install it or to save the file as .docx in Word or WPS."""

from __future__ import annotations

import io
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import guard_package
from drafter.i18n import _
from drafter.office.libreoffice import DOCX_FILTER, convert
from drafter.readers import Source, docx

CONVERSION_SECONDS = 120
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: Word 97-2003, WPS


# What each format's file starts with; a file that does not is refused before LibreOffice, which
# would open anything at all as plain text.
SIGNATURES = {".doc": OLE_SIGNATURE, ".dot": OLE_SIGNATURE, ".wps": OLE_SIGNATURE, ".wpt": OLE_SIGNATURE,
              ".rtf": b"{\\rtf", ".odt": b"PK", ".docm": b"PK"}


def read(path: Path, data: bytes) -> Source:
    suffix = path.suffix.lower() if path.suffix.lower() in SIGNATURES else (".rtf" if data.startswith(b"{\\rtf") else ".doc")
    if not data.startswith(SIGNATURES[suffix]) or (SIGNATURES[suffix] == OLE_SIGNATURE and len(data) < 512):
        raise DrafterError([Problem(str(path), _("文件的内容不是 {suffix} 格式（可能已损坏，或改过扩展名）。请在 Word 或 WPS 中打开后另存为 .docx 再导入。").format(suffix=suffix))])
    if data.startswith(b"PK"):  # .odt is a zip package too: the same limits before LibreOffice opens it
        guard_package(io.BytesIO(data), suffix, where=path)
    converted = convert(data, suffix, DOCX_FILTER, str(path), CONVERSION_SECONDS)
    return docx.read(path, converted, [f"LibreOffice：{suffix}"])  # the .docx reader adds its own step
