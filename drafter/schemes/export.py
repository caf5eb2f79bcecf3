"""``drafter scheme export``: a scheme as the table offices circulate — one column a level
(一级指标 … 评价要点), 分值 and 评分标准, each parent merged down its children's rows, a 合计 row —
as .xlsx (openpyxl) or as a .docx on A4 with GB/T 9704's margins and faces. ``scheme import``
reads either back to the same indicators: codes stand before the titles, a parent's own maximum
after its title as 「（15分）」."""

from __future__ import annotations

import io
from pathlib import Path

from drafter.i18n import _
from drafter.data.scheme import Indicator, Scheme

LEVEL_HEADERS = {1: ["评价要点"], 2: ["一级指标", "评价要点"], 3: ["一级指标", "二级指标", "评价要点"], 4: ["一级指标", "二级指标", "三级指标", "评价要点"]}


def table_rows(scheme: Scheme) -> tuple[list[str], list[list[Indicator | None]], int]:
    """The header, and each 评价要点's row as its ancestors and itself by column (None past a shallow leaf)."""
    depth = max(leaf.depth for leaf in scheme.leaf_indicators())
    rows = []

    def visit(nodes, above):
        for node in nodes:
            if node.leaf:
                rows.append(above + [node] + [None] * (depth - len(above) - 1))
            else:
                visit(node.children, above + [node])

    visit(scheme.indicators, [])
    return LEVEL_HEADERS[min(depth, 4)] + ["分值", "评分标准"], rows, depth


def label(node: Indicator) -> str:
    """A cell's text: the code, the title, and a parent's own maximum."""
    text = f"{node.code} {node.title}"
    if not node.leaf and node.max is not None:
        text += f"（{node.max:g}分）"
    return text


def merges(rows: list[list[Indicator | None]], depth: int) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 0-based over the body rows: each parent down its
    rows, and a shallow leaf across the level columns it leaves empty."""
    found = []
    for column in range(depth):
        start = 0
        for r in range(1, len(rows) + 1):
            if r == len(rows) or rows[r][column] is not rows[start][column] or rows[start][column] is None:
                if r - 1 > start and rows[start][column] is not None:
                    found.append((start, column, r - 1, column))
                start = r
    for r, row in enumerate(rows):
        last = max(c for c in range(depth) if row[c] is not None)
        if last < depth - 1:
            found.append((r, last, r, depth - 1))
    return found


def xlsx_bytes(scheme: Scheme) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    header, rows, depth = table_rows(scheme)
    book = Workbook()
    sheet = book.active
    sheet.title = _("评价指标")
    sheet.append([scheme.name])
    sheet.append(header)
    for row in rows:
        leaf = next(node for node in reversed(row) if node is not None)
        sheet.append([label(node) if node is not None else None for node in row] + [leaf.max, leaf.guidance or None])
    if scheme.scored:
        sheet.append([_("合计")] + [None] * (depth - 1) + [scheme.max_total, None])
        sheet.merge_cells(start_row=len(rows) + 3, start_column=1, end_row=len(rows) + 3, end_column=depth)
    for first_row, first_column, last_row, last_column in merges(rows, depth):
        sheet.merge_cells(start_row=first_row + 3, start_column=first_column + 1, end_row=last_row + 3, end_column=last_column + 1)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    line = Side(style="thin")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(left=line, right=line, top=line, bottom=line)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    for cell in sheet[2]:
        cell.font = Font(name="黑体", bold=True)
    sheet["A1"].font = Font(name="方正小标宋简体", size=16)
    for column, width in zip("ABCDEF", [18] * depth + [8, 50]):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx_bytes(scheme: Scheme) -> bytes:
    """The table on A4 with GB/T 9704's margins (37/35/28/26 mm), title in 小标宋, cells in 仿宋."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    header, rows, depth = table_rows(scheme)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)

    def faces(run, east_asia: str, size: float, bold: bool = False):
        run.font.name, run.font.size, run.font.bold = "Times New Roman", Pt(size), bold
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    faces(title.add_run(scheme.name), "方正小标宋简体", 22)
    body = [[label(node) if node is not None else "" for node in row] + [_max_text(row), _guidance(row)] for row in rows]
    if scheme.scored:
        body.append([_("合计")] + [""] * (depth - 1) + [f"{scheme.max_total:g}", ""])
    table = document.add_table(rows=1 + len(body), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, texts in enumerate([header] + body):
        for c, text in enumerate(texts):
            paragraph = table.cell(r, c).paragraphs[0]
            faces(paragraph.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12, bold=r == 0)
    for first_row, first_column, last_row, last_column in merges(rows, depth):
        merged = table.cell(first_row + 1, first_column).merge(table.cell(last_row + 1, last_column))
        for paragraph in merged.paragraphs[1:]:  # python-docx keeps each merged cell's paragraph
            paragraph._element.getparent().remove(paragraph._element)
    if scheme.scored:
        table.cell(len(body), 0).merge(table.cell(len(body), depth - 1)).paragraphs[-1]._element.getparent()
        _drop_empty_paragraphs(table.cell(len(body), 0))
    for number, row in enumerate(table.rows):  # no row split over a page; the header repeated on each
        properties = row._tr.get_or_add_trPr()
        properties.append(properties.makeelement(qn("w:cantSplit"), {}))
        if number == 0:
            properties.append(properties.makeelement(qn("w:tblHeader"), {}))
    widths = [Mm(30)] * depth + [Mm(14)]
    widths.append(Mm(156) - sum(widths, Mm(0)))
    table.autofit = False
    for column, width in zip(table.columns, widths):  # the grid (LibreOffice) and each cell (Word) alike
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _drop_empty_paragraphs(cell) -> None:
    paragraphs = cell.paragraphs
    for paragraph in paragraphs[1:]:
        if not paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)


def _max_text(row) -> str:
    leaf = next(node for node in reversed(row) if node is not None)
    return f"{leaf.max:g}" if leaf.max is not None else ""


def _guidance(row) -> str:
    return next(node for node in reversed(row) if node is not None).guidance


WRITERS = {".xlsx": xlsx_bytes, ".docx": docx_bytes}


def export(scheme: Scheme, target: Path) -> bytes:
    return WRITERS[target.suffix.lower()](scheme)
