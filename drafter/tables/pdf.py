"""Tables of a PDF: ruled tables found from the page's lines (pdfplumber), merged cells resolved from
their boxes; a table that continues on the next page with the same columns is joined to it, and a
header row repeated there is dropped. pdfplumber is loaded only here: reading a report's text
(``drafter.readers.pdf``) needs PDFium alone."""

from __future__ import annotations

import io
import re
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import damage
from drafter.i18n import _
from drafter.tables import Cell, Grid

MAX_PAGES = 200


def read(path: Path, data: bytes) -> list[Grid]:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    grids: list[Grid] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as document:
            if len(document.pages) > MAX_PAGES:
                raise DrafterError([Problem(str(path), _("这个 PDF 有 {n} 页，超过 {most} 页，不像是一份评价方案。").format(n=len(document.pages), most=MAX_PAGES))])
            last_page = None
            for number, page in enumerate(document.pages, 1):
                for table in page.find_tables():
                    rows = _cells(table)
                    if not rows:
                        continue
                    continues = grids and last_page == number - 1 and len(rows[0]) == len(grids[-1].rows[0])
                    if continues:
                        header = [cell.text for cell in grids[-1].rows[0]]
                        if [cell.text for cell in rows[0]] == header:
                            rows = rows[1:]
                        offset = len(grids[-1].rows)
                        grids[-1].rows += [[Cell(c.text, (c.origin[0] + offset, c.origin[1])) for c in row] for row in rows]
                    else:
                        grids.append(Grid(rows, [], _("第 {page} 页的表格").format(page=number)))
                    last_page = number
                page.flush_cache()
    except DrafterError:
        raise
    except (PDFSyntaxError, ValueError, KeyError, TypeError, OSError) as error:
        raise DrafterError([Problem(str(path), _("这不是可读的 PDF 文件（{reason}）：文件可能已损坏或被截断。").format(reason=damage(error)))]) from None
    return grids


def _cells(table) -> list[list[Cell]]:
    """The table's cells: a place pdfplumber leaves empty is covered by the merged cell above it
    (when that cell's box reaches down into this row) or by the one to its left."""
    texts = table.extract()
    boxes = [row.cells for row in table.rows]
    grid: list[list[Cell]] = []
    for r, row in enumerate(boxes):
        cells = []
        for c, box in enumerate(row):
            if box is not None:
                cells.append(Cell(unwrapped(texts[r][c] or ""), (r, c)))
                continue
            above = grid[r - 1][c] if r and c < len(grid[r - 1]) else None
            top = row_top(row)
            if above is not None and top is not None and _bottom(boxes, above.origin) > top + 1:
                cells.append(Cell(above.text, above.origin))
            elif cells:
                cells.append(Cell(cells[-1].text, cells[-1].origin))
            else:
                cells.append(Cell("", (r, c)))
        grid.append(cells)
    return grid


def unwrapped(text: str) -> str:
    """A cell's text without the line breaks the layout made (Chinese runs on; Latin words keep a space)."""
    return re.sub(r"\s*\n\s*", " ", re.sub(r"(?<=[^\x00-\x7f])\n|\n(?=[^\x00-\x7f])", "", text)).strip()


def row_top(row) -> float | None:
    tops = [box[1] for box in row if box is not None]
    return min(tops) if tops else None


def _bottom(boxes, origin) -> float:
    box = boxes[origin[0]][origin[1]]
    return box[3] if box is not None else 0.0
