"""Write stage (plain text): the numbered report as text, one paragraph a line, for preview and diff."""

from __future__ import annotations

from drafter.assemble.model import NumberedDocument

GAP_BEFORE = {"recipient", "signature", "attachment_note", "attachment_label"}  # kinds set off by a blank line (a gap in HTML)


def text_report(document: NumberedDocument) -> str:
    """The report's paragraphs in order, with a blank line after the title and before the signature;
    a table a row a line, its cells apart by a full-width space."""
    out: list[str] = []
    for line in document.lines:
        if line.kind in GAP_BEFORE and out:
            out.append("")
        if line.table is not None:
            out += ["　".join(cell for cell in row.cells) for row in line.table.rows]
            continue
        out.append(line.text)
    return "\n".join(out) + "\n"
