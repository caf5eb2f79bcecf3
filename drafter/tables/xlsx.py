"""Tables of an .xlsx: each sheet's used range as a grid, merged ranges resolved (openpyxl)."""

from __future__ import annotations

import io
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import package_errors
from drafter.files import damage
from drafter.i18n import _
from drafter.tables import Grid, filled

MAX_CELLS = 200_000


def read(path: Path, data: bytes) -> list[Grid]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (SyntaxError, *package_errors()) as error:
        raise DrafterError([Problem(str(path), _("这不是可读的 .xlsx 文件（{reason}）。请在 Excel 或 WPS 中打开后另存。").format(reason=damage(error)))]) from None
    grids = []
    for sheet in book.worksheets:
        if sheet.max_row * sheet.max_column > MAX_CELLS:
            raise DrafterError([Problem(str(path), _("工作表「{name}」过大（{rows} 行 × {columns} 列）。").format(name=sheet.title, rows=sheet.max_row, columns=sheet.max_column))])
        rows = [[_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        spans = {}
        for merged in sheet.merged_cells.ranges:
            origin = (merged.min_row - 1, merged.min_col - 1)
            for r in range(merged.min_row - 1, merged.max_row):
                for c in range(merged.min_col - 1, merged.max_col):
                    if (r, c) != origin:
                        spans[(r, c)] = origin
        first = next((r for r, row in enumerate(rows) if sum(1 for v in row if v) >= 2), None)  # the table starts at its first row of two cells
        if first is None:
            continue
        before = [v for row in rows[:first] for v in row if v][-3:]
        cells = filled(rows, spans)[first:]
        grids.append(Grid([[_shifted(cell, first) for cell in row] for row in cells], before, _("工作表「{name}」").format(name=sheet.title)))
    return grids


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _shifted(cell, first: int):
    cell.origin = (cell.origin[0] - first, cell.origin[1])
    return cell
