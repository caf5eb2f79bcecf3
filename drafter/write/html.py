"""Write stage (HTML): the numbered report as an HTML fragment, for the drafting page's live preview.

It takes the same tree as ``write_docx`` and ``write_text``: the markers are the number stage's,
never worked out again here, and each output paragraph is one ``<p>`` (a table one ``<table>``), so
the preview reads paragraph for paragraph as the .txt build. Findings of the checker are marked
where they are (``<mark>``, with the message as its title).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from drafter.assemble.model import Line, NumberedDocument, Table
from drafter.write.text import GAP_BEFORE


@dataclass(frozen=True)
class Mark:
    """A stretch of one output paragraph to mark: characters ``start`` to ``end`` of ``Line.text``."""

    line: int
    start: int
    end: int
    message: str
    severity: str = "warning"


def html_report(document: NumberedDocument, marks: list[Mark] = ()) -> str:
    """The report's paragraphs as HTML, in order, each with its kind as its class."""
    by_line: dict[int, list[Mark]] = {}
    for mark in marks:
        by_line.setdefault(mark.line, []).append(mark)
    out = []
    for index, line in enumerate(document.lines):
        gap = " gap" if line.kind in GAP_BEFORE and out else ""
        if line.table is not None:
            out.append(_table(line.table, gap))
        else:
            out.append(f'<p class="{line.kind}{gap}" data-line="{index}">{_runs(line, by_line.get(index, []))}</p>')
    return "\n".join(out) + "\n"


def _runs(line: Line, marks: list[Mark]) -> str:
    """The paragraph's runs as spans (a heading's lead apart from its run-in body), the marker in a
    span of its own, and each marked stretch in a ``<mark>``, cut where runs and marks meet."""
    cuts = sorted({0, len(line.text), len(line.marker)} | {m.start for m in marks} | {m.end for m in marks})
    out, position = [], 0
    for run in line.runs:
        if run.role == "break":
            out.append("<br>")
            position += len(run.text)
            continue
        end = position + len(run.text)
        pieces = [c for c in cuts if position < c < end]
        start = position
        for cut in pieces + [end]:
            out.append(_piece(line.text[start:cut], run.role, start, line.marker, marks))
            start = cut
        position = end
    return "".join(out)


def _piece(text: str, role: str, start: int, marker: str, marks: list[Mark]) -> str:
    if not text:
        return ""
    classes = [role]
    if marker and start < len(marker):
        classes.append("marker")
    html = f'<span class="{" ".join(classes)}">{escape(text)}</span>'
    for mark in marks:
        if mark.start <= start < mark.end:
            html = f'<mark class="{mark.severity}" title="{escape(mark.message)}">{html}</mark>'
    return html


def _table(table: Table, gap: str) -> str:
    rows = []
    for row in table.rows:
        tag = "th" if row.kind == "head" else "td"
        cells = "".join(f'<{tag} class="{align}">{escape(cell)}</{tag}>' for cell, align in zip(row.cells, table.aligns))
        rows.append(f'<tr class="{row.kind}">{cells}</tr>')
    return f'<table class="table{gap}">{"".join(rows)}</table>'
