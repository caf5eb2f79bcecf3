"""What a file is, from its first bytes more than its name: the one sniffer behind ``drafter import``
(``drafter.readers``) and ``drafter scheme import`` (``drafter.tables``), so that both take a renamed
or misnamed file for what it is and refuse the same things in the same words."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

OLE = b"\xd0\xcf\x11\xe0"  # Word 97-2003, WPS and Excel 97-2003 files, and encrypted .docx, are OLE compound files
OFFICE_SUFFIXES = (".doc", ".wps", ".odt", ".rtf", ".dot", ".wpt", ".docm")
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml")
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv")
PRESENTATIONS = (".pptx", ".ppt", ".dps", ".odp")

# The kinds ``file_kind`` tells apart.
PDF, DOCX, XLSX, OFFICE, HTML, TEXT = "pdf", "docx", "xlsx", "office", "html", "text"
SPREADSHEET, PRESENTATION, ENCRYPTED, UNKNOWN = "spreadsheet", "presentation", "encrypted", "unknown"


def file_kind(path: Path, data: bytes) -> str:
    """One of the kinds above. A zip is a .docx unless its parts are a workbook's (``xlsx``) or a
    presentation's, or its name is an OpenDocument or macro file's (``office``); an OLE file is an
    office file unless it is encrypted or named as a spreadsheet or presentation."""
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF") or (suffix == ".pdf" and not data.startswith(b"PK")):
        return PDF
    if data.startswith(b"PK"):
        parts = _zip_parts(data)
        if "xl/workbook.xml" in parts:
            return XLSX
        if "ppt/presentation.xml" in parts or suffix in PRESENTATIONS:
            return PRESENTATION
        if suffix in SPREADSHEETS:
            return SPREADSHEET
        return OFFICE if suffix in OFFICE_SUFFIXES else DOCX
    if data.startswith(OLE) and "EncryptedPackage".encode("utf-16-le") in data:
        return ENCRYPTED
    if suffix in SPREADSHEETS:
        return SPREADSHEET
    if suffix in PRESENTATIONS:
        return PRESENTATION
    if suffix in OFFICE_SUFFIXES or data.startswith((OLE, b"{\\rtf")):
        return OFFICE
    if suffix in HTML_SUFFIXES or _looks_like_html(data) or _looks_like_web_archive(data):
        return HTML
    if suffix in TEXT_SUFFIXES or suffix == "":
        return TEXT
    return UNKNOWN


def _zip_parts(data: bytes) -> set[str]:
    try:
        return set(zipfile.ZipFile(io.BytesIO(data)).namelist()[:200])
    except (zipfile.BadZipFile, ValueError, OSError):  # the readers say what is wrong with it
        return set()


def _looks_like_web_archive(data: bytes) -> bool:
    from drafter.readers.html import is_web_archive

    return is_web_archive(data)


def _looks_like_html(data: bytes) -> bool:
    """A page saved under another name: it starts (after a byte-order mark and blanks) with <!DOCTYPE html or <html."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
