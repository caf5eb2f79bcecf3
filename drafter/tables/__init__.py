"""Table readers: the tables of a file as grids of cell texts, merged cells filled in, so that one
recogniser (``drafter.schemes.importing``) reads an indicator table whatever file it came in.

| file | reader |
|---|---|
| .docx | ``tables.docx``: w:tbl from the XML, gridSpan and vMerge resolved |
| .xlsx | ``tables.xlsx``: every sheet through openpyxl, merged ranges resolved |
| .doc .wps .odt | LibreOffice makes a .docx (``drafter.office.libreoffice``), read as above |
| .pdf | ``tables.pdf``: ruled tables from the page geometry (pdfplumber); a table that runs on is one |

Every cell of a merged range carries the range's text and the place of its first cell, so a
parent that spans its children's rows is seen in each of them, and known as one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _


@dataclass
class Cell:
    text: str
    origin: tuple[int, int]  # (row, column) of the merged range's first cell; its own place if not merged


@dataclass
class Grid:
    """One table: rows of cells, the text just before it (its title), and where it is, for messages."""

    rows: list[list[Cell]]
    before: list[str] = field(default_factory=list)
    where: str = ""


def read_tables(path: Path) -> list[Grid]:
    """The tables of the file at ``path``."""
    from drafter.files import guard_package
    from drafter.data.reading import read_bytes
    from drafter.readers import MAX_INPUT_BYTES
    from drafter.readers.kind import DOCX, ENCRYPTED, OFFICE, PDF, SPREADSHEET, XLSX, file_kind

    data = read_bytes(path, str(path), limit=MAX_INPUT_BYTES)
    suffix = path.suffix.lower()
    kind = file_kind(path, data)
    if kind == XLSX:
        from drafter.tables import xlsx

        guard_package(io.BytesIO(data), suffix, where=path)
        return xlsx.read(path, data)
    if kind == PDF:
        from drafter.tables import pdf

        return pdf.read(path, data)
    if kind == OFFICE:
        from drafter.office.libreoffice import DOCX_FILTER, convert

        if data.startswith(b"PK"):
            guard_package(io.BytesIO(data), suffix, where=path)
        data = convert(data, suffix, DOCX_FILTER, str(path), 120)
        kind = DOCX
    if kind == DOCX:
        from drafter.tables import docx

        guard_package(io.BytesIO(data), ".docx", where=path)
        return docx.read(path, data)
    if kind == SPREADSHEET and suffix == ".xls":
        raise DrafterError([Problem(str(path), _("这是旧的 Excel .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 再导入。"))])
    if kind == ENCRYPTED:
        raise DrafterError([Problem(str(path), _("这个文件有密码保护（已加密），无法读取。请在 Word 或 WPS 中去掉密码后另存为 .docx。"))])
    raise DrafterError([Problem(str(path), _("不认识这种文件（{suffix}）。评价方案可以从 .docx、.xlsx、.doc、.wps、.odt 或 .pdf 导入。").format(suffix=suffix))])


def filled(rows: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]]) -> list[list[Cell]]:
    """Cells from texts, where ``spans`` maps each covered place to its range's first cell."""
    result = []
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            origin = spans.get((r, c), (r, c))
            source = rows[origin[0]][origin[1]] if origin != (r, c) else text
            cells.append(Cell((source or "").strip(), origin))
        result.append(cells)
    return result
