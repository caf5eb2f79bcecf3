"""Tables of a .docx: each w:tbl as a grid, with horizontal (gridSpan) and vertical (vMerge) merges."""

from __future__ import annotations

from pathlib import Path

from drafter.i18n import _
from drafter.readers.docx import W, parsed_body, text_of
from drafter.tables import Grid, filled


def read(path: Path, data: bytes) -> list[Grid]:
    body, _styles = parsed_body(path, data)  # with list labels: a 序号 column numbered by the list reads 1. 2. 3.
    grids, before = [], []
    for block in body.iter(f"{W}p", f"{W}tbl"):
        if any(ancestor.tag == f"{W}tbl" for ancestor in block.iterancestors()):
            continue  # inside a table: read with it
        if block.tag == f"{W}p":
            text = text_of(block).strip()
            if text:
                before = (before + [text])[-3:]
        else:
            grids.append(Grid(_grid(block), before, _("第 {n} 个表格").format(n=len(grids) + 1)))
            before = []
    return grids


def _grid(table) -> list:
    rows: list[list[str | None]] = []
    spans: dict = {}
    open_merges: dict[int, tuple[int, int]] = {}  # column -> first cell of a vertical merge still running
    for r, tr in enumerate(table.findall(f"{W}tr")):
        row: list[str | None] = []
        for tc in tr.findall(f"{W}tc"):
            properties = tc.find(f"{W}tcPr")
            span = _int(properties, "gridSpan", 1)
            merge = properties.find(f"{W}vMerge") if properties is not None else None
            c = len(row)
            text = "\n".join(text_of(p).strip() for p in tc.findall(f"{W}p")).strip()
            if merge is not None and merge.get(f"{W}val", "continue") == "continue" and c in open_merges:
                origin = open_merges[c]
            else:
                origin = (r, c)
                if merge is not None:
                    open_merges[c] = origin
                else:
                    open_merges.pop(c, None)
            for offset in range(span):
                row.append(text if (r, c + offset) == origin else None)
                if (r, c + offset) != origin:
                    spans[(r, c + offset)] = origin
        rows.append(row)
    width = max((len(row) for row in rows), default=0)
    return filled([row + [""] * (width - len(row)) for row in rows], spans)


def _int(properties, name: str, default: int) -> int:
    element = properties.find(f"{W}{name}") if properties is not None else None
    try:
        return max(1, int(element.get(f"{W}val"))) if element is not None else default
    except (TypeError, ValueError):
        return default
