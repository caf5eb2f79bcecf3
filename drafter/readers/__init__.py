"""Readers: every file a clerk may hold as last year's report, read into one simple form.

Each reader yields ``SourceParagraph``s, the paragraphs in reading order with what the file says
of them (style, alignment, a heading level from Word's list numbering, the page); the recogniser
in ``drafter.importer`` turns them into report data, whatever the file was.

| file | reader |
|---|---|
| .docx (Word, WPS, LibreOffice) | ``readers.docx``: the XML read leniently, so values newer than python-docx's enumerations do no harm; numbers made by the list feature (一、 in numbering.xml, ``readers.numbering``) written in as printed |
| .doc .wps .odt .rtf | ``readers.office``: LibreOffice makes a .docx, read as above |
| .pdf | ``readers.pdf``: the text layer with positions (pypdfium2); headers, footers and page numbers dropped, lines and pages rejoined |
| .txt | ``readers.text``: UTF-8, UTF-16 or GB18030, detected, or as ``--encoding`` says |
| .html .mht | ``readers.html``: a page saved from a site (also as one .mht file) or exported by an office suite, a paragraph a block element |
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.readers.kind import DOCX, ENCRYPTED, HTML, OFFICE, PDF, PRESENTATION, SPREADSHEET, UNKNOWN, XLSX, file_kind


@dataclass
class SourceParagraph:
    """A paragraph of the old report: its number (1-based), text and what the file says of it."""

    number: int
    text: str
    style: str = ""
    centered: bool = False
    heading_level: int | None = None  # from a heading style whose list numbering writes the marker
    right: bool = False  # aligned to the right edge (署名, 成文日期)
    page: int | None = None  # where it starts, for files laid out in pages (PDF)


@dataclass
class Source:
    """What a reader made of a file: its paragraphs, and the way it was read (for the summary)."""

    paragraphs: list[SourceParagraph]
    steps: list[str] = field(default_factory=list)  # e.g. ["LibreOffice：.doc → .docx", ".docx"]
    encoding: str | None = None


# A paragraph's last characters when they end a sentence (a closing mark may follow).
ENDS_SENTENCE = re.compile(r"[。！？；：:!?;…][”’」』）》]*$")
# 「特此报告。」 and the forms a report to a 人大 or a leader ends with: 「以上报告，请予审议。」
CLOSING = re.compile(r"^(特此报告|专此报告|以上报告|特此汇报)([，,](请|如有|妥否)[^。！]{0,12})?[。！]?$")


def joined_lines(before: str, after: str) -> str:
    """Two pieces of a paragraph that a line's end parted: a space between two Latin letters (the
    space the line break took), nothing otherwise (Chinese, or digits of one number)."""
    glue = " " if before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() and after[:1].isalpha() else ""
    return before + glue + after


# A page number as a page prints it: 「— 3 —」, 「-3-」, 「第3页」, 「3/12」.
PAGE_NUMBER = re.compile(r"^[-—–－―\s]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4}\s*页?)?[-—–－―\s]*$")
_SPACE_BY_CJK = re.compile(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])")


def without_layout_spaces(text: str) -> str:
    """``text`` without the spaces layout puts between Chinese and Latin or digits (关于 2023 年度 → 关于2023年度);
    spaces between two Latin words stay."""
    return _SPACE_BY_CJK.sub("", text).strip()


def read_source(path: Path, encoding: str | None = None) -> Source:
    """The paragraphs of the report at ``path``, by what the file is (its first bytes) more than its name.

    The file is read once, within ``MAX_INPUT_BYTES`` and only if it is a regular file; each reader
    takes its bytes."""
    from drafter.data.reading import read_bytes

    data = read_bytes(path, str(path), limit=MAX_INPUT_BYTES)
    kind = file_kind(path, data)
    if kind == SPREADSHEET or kind == XLSX:
        raise DrafterError([Problem(str(path), _("这是电子表格，不是报告。评价方案（指标体系）的表格请用 drafter scheme import 导入；报告请给 .docx、.doc、.pdf 或 .txt 文件。"))])
    if kind == PRESENTATION:
        raise DrafterError([Problem(str(path), _("这是演示文稿，不是报告。请给报告的 .docx、.doc、.pdf 或 .txt 文件。"))])
    if kind == ENCRYPTED:
        raise DrafterError([Problem(str(path), _("这个文件有密码保护（已加密），无法读取。请在 Word 或 WPS 中去掉密码后另存为 .docx。"))])
    if kind == UNKNOWN:
        raise DrafterError([Problem(str(path), _("不认识这种文件（{suffix}）。可以导入 .docx、.doc、.wps、.odt、.rtf、.pdf、.html 和 .txt。").format(suffix=path.suffix.lower()))])
    if kind == PDF:
        from drafter.readers import pdf

        source = pdf.read(path, data)
    elif kind == DOCX:
        from drafter.readers import docx

        source = docx.read(path, data)
    elif kind == OFFICE:
        from drafter.readers import office

        source = office.read(path, data)
    elif kind == HTML:
        from drafter.readers import html

        source = html.read(path, data, encoding)
    else:
        from drafter.readers import text

        source = text.read(path, data, encoding)
    source.paragraphs = [p for p in source.paragraphs if p.text.strip()]
    if not source.paragraphs:
        raise DrafterError([Problem(str(path), _("文件中没有文字。若是扫描件，请先用文字识别（OCR）转成文字。"))])
    return source


MAX_INPUT_BYTES = 100 * 1024 * 1024  # a report, with pictures; a file over this is not one


