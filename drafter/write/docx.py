"""Write stage (.docx): lays out a numbered report per GB/T 9704-2012 through named paragraph styles.

All figures come from docs/gongwen-format.md: A4, margins 37/26/35/28 mm, 22 lines of 28
characters, 3号仿宋 body, page numbers 「— N —」 in 4号宋体, outside on odd and even pages.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.write import ooxml, package, pagination
from drafter.assemble.model import Line, NumberedDocument, Run, Table
from drafter.text.measure import (
    CHAR, LINE_PITCH, MARK_TOP, PAGE_NUMBER_INDENT, TABLE_LINE, TABLE_OVER_LINE, TABLE_RULE, TABLE_TOP,
    TYPE_AREA_HEIGHT, TYPE_AREA_WIDTH, cc_lines,
)
from drafter.write.styles import (
    BODY, FONTS, LIST_LEVELS, Layout, NEXT_NOTE, PAGE, RECORD_INDENTS, RED_LINE, ROW_STYLES, RUN_STYLES,
    SIGNED_NUMBER_TABS, STYLE_BY_ID, STYLE_IDS, styles,
)


@dataclass(frozen=True)
class DocumentInfo:
    """Core properties: fixed from the data so the same report gives the same bytes."""

    title: str
    author: str
    date: datetime.date


# Advance widths, in thousandths of an em, of the characters besides Chinese a 署名 or 成文日期 holds,
# in Times New Roman (and Liberation Serif, its metric twin, which LibreOffice sets in its place).
_WESTERN_WIDTHS = {
    **dict.fromkeys("0123456789", 500), " ": 250, "-": 333, ".": 250, ",": 250, "(": 333, ")": 333, "/": 278, ":": 278, "*": 500,
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611))),
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444))),
}


# The space a layout adds between a Chinese character and a Western letter or digit beside it
# (autoSpaceDE/DN, on by default): 3.5 pt at 三号, measured in LibreOffice's PDF. LibreOffice does not
# let a .docx turn it off, so the widths below count it.
AUTOSPACE = 70  # twips


def set_width(text: str) -> int:
    """How wide ``text`` is set in the body's size, in twips: a Chinese or full-width character one
    字, any other its Times New Roman width, each tightened as the body is (TIGHTEN), and AUTOSPACE
    wherever Chinese meets a Western letter or digit (the page estimate's widths, one line of them)."""
    return pagination.text_width(text, _measure(BODY.style_id), AUTOSPACE)


def signature_placement(name: str, date: str, seal: bool) -> tuple[str, str]:
    """The direct formatting of 署名 and 成文日期 (GB/T 9704 7.3.5), each anchored where the standard
    measures it, so that only the other line's place depends on a width.

    Without a seal (7.3.5.2) the 署名 stands 右空二字 and the date starts two characters right of the
    署名's first character; when the date is the longer, the date stands 右空二字 and the 署名 moves
    left to keep the step. With a seal (7.3.5.1) the date stands 右空四字 and the 署名 is centred over
    it, in a span exactly as wide as the date (widened evenly on both sides for a longer name).
    """
    name_width, date_width = set_width(name), set_width(date)
    right, left = '<w:jc w:val="right"/>', '<w:jc w:val="left"/>'
    if seal:
        # the span: the date's, widened on both sides to hold a longer name (with room to spare, so
        # rounding never wraps it), and moved left if that would cross the type area's right edge
        widen = max(0, (name_width - date_width) // 2 + CHAR // 4)
        span_right = max(0, 4 * CHAR - widen)
        span_left = max(0, TYPE_AREA_WIDTH - span_right - date_width - 2 * widen)
        return (f'<w:ind w:left="{span_left}" w:right="{span_right}" w:firstLine="0"/><w:jc w:val="center"/>',
                f'<w:ind w:right="{4 * CHAR}"/>' + right)
    if date_width > name_width:  # the date 右空二字, the 署名 two characters left of its start
        date_left = TYPE_AREA_WIDTH - 2 * CHAR - date_width
        return f'<w:ind w:left="{max(0, date_left - 2 * CHAR)}" w:right="0" w:firstLine="0"/>' + left, f'<w:ind w:right="{2 * CHAR}"/>' + right
    name_left = TYPE_AREA_WIDTH - 2 * CHAR - name_width
    return f'<w:ind w:right="{2 * CHAR}"/>' + right, f'<w:ind w:left="{max(0, name_left + 2 * CHAR)}" w:right="0" w:firstLine="0"/>' + left


def fixed_parts(layout: Layout = Layout(), _reference_version: int = 0) -> dict[str, bytes]:
    """The parts every report of one layout shares: styles, settings, fonts, footers, numbering."""
    specs = styles(layout)
    replaced = None
    if layout.reference:
        from pathlib import Path

        from drafter.write.reference import overridden_styles, reference_styles

        replaced = overridden_styles(specs, reference_styles(Path(layout.reference)))
    listed = layout.numbering == "word"  # literal markers need no list: no numbering part then
    parts = {
        "[Content_Types].xml": ooxml.content_types(listed),
        "_rels/.rels": ooxml.PACKAGE_RELATIONSHIPS,
        "docProps/app.xml": ooxml.APP_PROPERTIES,
        "word/_rels/document.xml.rels": ooxml.document_relationships(listed),
        "word/styles.xml": ooxml.styles_part(specs, BODY, replaced),
        **({"word/numbering.xml": ooxml.numbering_part(LIST_LEVELS)} if listed else {}),
        "word/settings.xml": ooxml.settings_part(),
        "word/fontTable.xml": ooxml.font_table_part(FONTS),
        "word/footer1.xml": ooxml.page_number_footer("DrafterPageNumber", "right", f'w:left="0" w:right="{PAGE_NUMBER_INDENT}" w:firstLine="0"'),
        "word/footer2.xml": ooxml.page_number_footer("DrafterPageNumber", "left", f'w:left="{PAGE_NUMBER_INDENT}" w:right="0" w:firstLine="0"'),
        "word/footer3.xml": ooxml.blank_footer(),
        "word/theme/theme1.xml": ooxml.THEME,
    }
    return {name: content.encode("utf-8") for name, content in parts.items()}


def run_xml(text: str, role: str) -> str:
    if role == "break":
        return "<w:r><w:br/></w:r>"
    if role == "tab":
        return "<w:r><w:tab/></w:r>"
    props = f'<w:rPr><w:rStyle w:val="{RUN_STYLES[role]}"/></w:rPr>' if role in RUN_STYLES else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{ooxml.text(text)}</w:t></w:r>'


def paragraph_xml(line: Line, direct: str = "", numbered_by_word: bool = False, section: str = "", keep_next: bool = False) -> str:
    """One ``w:p``: the style of its kind; body runs in a heading paragraph keep the body font.

    ``direct`` is this paragraph's own formatting (pBdr, tabs, spacing, ind, jc — in that order);
    ``section`` a ``w:sectPr`` that ends a section here. With ``numbered_by_word`` a heading's
    marker is left to its style's list numbering. ``keep_next`` keeps it on the page of the next
    paragraph (the end of the body with the 署名: ``closing_keeps``).
    """
    if line.table is not None:
        over = exact_line("DrafterTableText", TABLE_OVER_LINE, page_break=True) if line.kind == "table_over" else ""
        return over + table_xml(line.table, keep_next)
    if numbered_by_word and line.marker and line.runs and line.runs[0].text.startswith(line.marker):
        first = line.runs[0]
        line = Line(line.kind, [Run(first.text[len(line.marker):], first.role)] + line.runs[1:])
    style = STYLE_IDS[line.kind]
    body_style = style == "Normal"
    # A run-in heading carries its paragraph's text: keeping all of it with the next paragraph, or
    # its lines together, would push whole paragraphs to the next page, so it is a body paragraph
    # (widow and orphan control) and only a standalone heading keeps with next, its line whole.
    run_in = not body_style and any(run.role == "body" for run in line.runs)
    keep = "<w:keepNext/>" if keep_next else ""
    if run_in:
        keep = (keep or '<w:keepNext w:val="0"/>') + '<w:keepLines w:val="0"/>'
    runs = "".join(run_xml(run.text, "heading" if body_style and run.role == "body" else run.role) for run in line.runs if run.text)
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}{direct}{section}</w:pPr>{runs}</w:p>'


def table_xml(table: Table, keep_next: bool = False) -> str:
    """A table across the type area, its columns in proportion to the widths the template gave;
    with ``keep_next`` its last row keeps with the paragraph after the table (the 署名)."""
    rows = [(row.kind, ROW_STYLES[row.kind], row.cells) for row in table.rows]
    return ooxml.table(column_widths(table), table.aligns, rows, cell_paragraph, keep_last=keep_next)


def column_widths(table: Table) -> list[int]:
    """The table's columns in twips: in proportion to the widths the template gave, across the type area."""
    whole = sum(table.widths)
    widths = [TYPE_AREA_WIDTH * w // whole for w in table.widths]
    widths[-1] += TYPE_AREA_WIDTH - sum(widths)
    return widths


def cell_paragraph(style_id: str, align: str, text: str, keep_with_next: bool = False) -> str:
    runs = "".join(f'<w:r><w:t xml:space="preserve">{ooxml.text(piece)}</w:t></w:r>' if i == 0 else
                   f'<w:r><w:br/><w:t xml:space="preserve">{ooxml.text(piece)}</w:t></w:r>' for i, piece in enumerate(text.split("\n")))
    keep = "<w:keepNext/>" if keep_with_next else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{keep}<w:jc w:val="{align}"/></w:pPr>{runs}</w:p>'


def direct_formatting(lines: list[Line], seal: bool = False) -> list[str]:
    """Each line's own paragraph formatting: where 署名 and 日期 stand, where the 版头 puts the
    发文机关标志 and the red line, the title two lines below that line."""
    signature = next((l.text for l in lines if l.kind == "signature"), "")
    date = next((l.text for l in lines if l.kind == "date"), "")
    name_place, date_place = signature_placement(signature, date, seal)
    notes = sum(1 for l in lines if l.kind == "head_note")
    head = [i for i, l in enumerate(lines) if l.kind in ("head_note", "issuer_mark", "doc_number", "doc_number_signed")]
    ruled = head[-1] if head and lines[head[-1]].kind != "head_note" else None
    found = []
    for index, line in enumerate(lines):
        direct = RED_LINE if index == ruled else ""
        if line.kind == "doc_number_signed":
            direct += SIGNED_NUMBER_TABS
        if line.kind == "issuer_mark":
            direct += f'<w:spacing w:before="{max(MARK_TOP - notes * LINE_PITCH, 0)}"/>'
        elif line.kind == "title" and ruled is not None:
            direct += f'<w:spacing w:before="{2 * LINE_PITCH}"/>'
        if line.kind == "signature":
            direct += name_place
        elif line.kind == "date":
            direct += date_place
        elif line.kind == "attachment_note_next":
            direct += NEXT_NOTE
        found.append(direct)
    return found


def body_xml(document: NumberedDocument, layout: Layout = Layout()) -> tuple[str, str]:
    """The body's paragraphs and tables, and the ``w:sectPr`` that ends the document.

    A 版记 sits at the foot of an even last page (GB/T 9704 7.4): of the body's last page when that
    page is even with room to spare (``record_shares_last_page``), else of a page of its own, in a
    section that starts on the next even page and carries no page number."""
    lines = [line for line in document.lines if not line.kind.startswith("record_")]
    record = [line for line in document.lines if line.kind.startswith("record_")]
    word = layout.numbering == "word"
    keeps = closing_keeps(lines)
    table = ending_table_to_split(lines, keeps)
    if table is not None:
        lines = split_before_last_row(lines, table)
        keeps = closing_keeps(lines)
    xml = [paragraph_xml(line, direct, word, keep_next=index in keeps) for index, (line, direct) in enumerate(zip(lines, direct_formatting(lines, document.seal)))]
    if not lines or lines[-1].table is not None:
        xml.append('<w:p><w:pPr><w:pStyle w:val="DrafterTableText"/></w:pPr></w:p>')  # Word ends a body with a paragraph, never a table
    if not record:
        return "".join(xml), _section()
    rows = record_rows(record)
    if not layout.reference and record_shares_last_page(lines, keeps, rows):  # a house style's pages are not drafter's to estimate
        return "".join(xml) + record_at_foot(rows), _section()
    end = xml[-1].index("</w:pPr>")
    xml[-1] = xml[-1][:end] + _section() + xml[-1][end:]  # the body's section ends with its last paragraph
    return "".join(xml + record_page(rows)), ooxml.section_properties(PAGE, "rId7", "rId7", start="evenPage")


def closing_keeps(lines: list[Line]) -> set[int]:
    """The paragraphs that keep with the next one so that the 署名 and 成文日期 share a page with at
    least two lines of the body (GB/T 9704 7.3.5: no page with the signature alone): the 附件说明,
    the line before them (「特此报告。」 or the last paragraph), and, when that line is a single
    line, the paragraph before it too. A page that cannot hold them all sends them over together.

    LibreOffice moves a kept paragraph whole (Word only its last lines), and breaks the chain
    anywhere when the whole of it is taller than a page; so a paragraph keeps with the ending only
    while the chain still fits a page, and a longer one is left to widow control."""
    signature = next((i for i, line in enumerate(lines) if line.kind == "signature"), None)
    if signature is None:
        return set()
    index = signature - 1
    while index >= 0 and lines[index].kind.startswith("attachment_note"):
        index -= 1
    notes = set(range(index + 1, signature))
    if index < 0:
        return notes
    if lines[index].table is not None:  # its last row goes over with them (table_xml)
        return notes | {index}
    date = next((i for i in range(signature, len(lines)) if lines[i].kind == "date"), signature)
    # the lines that follow ``index`` down to the date, with the blank lines above 署名 and 附件说明
    last = line_count(lines[index])
    chain = sum(line_count(line) for line in lines[index + 1:date + 1]) + 1 + bool(notes) + last
    if chain > pagination.PAGE_LINES:
        return notes
    keeps = notes | {index}
    before = index - 1
    if before >= 0 and lines[before].table is None and last == 1 and chain + line_count(lines[before]) <= pagination.PAGE_LINES:
        keeps.add(before)
    return keeps


def ending_table_to_split(lines: list[Line], keeps: set[int]) -> int | None:
    """The table the 署名 follows, if, as LibreOffice lays the pages out, the 署名 goes over to a
    page the table does not reach, and the table has a row to spare (``split_before_last_row``)."""
    table = next((index for index in keeps if lines[index].table is not None), None)
    if table is None or sum(row.kind != "head" for row in lines[table].table.rows) < 2:  # nothing would be left above
        return None
    paragraphs = page_paragraphs(lines, keeps)
    through_table = len(paragraphs) - (len(lines) - table - 1)  # what follows the table is the ending's paragraphs, one a line
    goes_over = pagination.fill_pages(paragraphs, TYPE_AREA_HEIGHT).page > pagination.fill_pages(paragraphs[:through_table], TYPE_AREA_HEIGHT).page
    return table if goes_over else None


def split_before_last_row(lines: list[Line], index: int) -> list[Line]:
    """The lines with the table before the 署名 split before its last row, which starts a new page
    under the table's header rows, so the 署名 has a row of the body above it (GB/T 9704 7.3.5).

    Word keeps the last row with the 署名 (its paragraphs keep with the next: ``table_xml``), but
    LibreOffice keeps rows only with rows, and left the 署名 alone on a page in 8 of 40 reports
    that end in a table; this page break is taken by both."""
    table = lines[index].table
    heads = [row for row in table.rows if row.kind == "head"]
    before = Line("table", [], table=Table(table.widths, table.aligns, table.rows[:-1]))
    over = Line("table_over", [], table=Table(table.widths, table.aligns, heads + table.rows[-1:]))
    return lines[:index] + [before, over] + lines[index + 1:]


def line_count(line: Line) -> int:
    """Lines a paragraph takes on the page (a 署名, 日期 or 发文字号 line: one)."""
    if line.kind in ("signature", "date", "doc_number_signed"):
        return 1
    spec = STYLE_BY_ID[STYLE_IDS[line.kind]]
    first, left = (0, 5 * CHAR) if line.kind == "attachment_note_next" else (spec.first_line, spec.left)
    return len(pagination.break_lines(line.text, TYPE_AREA_WIDTH - left - spec.right, first, _measure(spec.style_id), AUTOSPACE))


@lru_cache(maxsize=None)
def _measure(style_id: str):
    """The page estimate's widths in a style's size and spacing. A style that sets no spacing of its
    own (0 is not written) has the one it is based on: table text has the body's TIGHTEN."""
    spec = STYLE_BY_ID[style_id]
    spacing = spec
    while not spacing.character_spacing and spacing.based_on:
        spacing = STYLE_BY_ID[spacing.based_on]
    return pagination.Widths(spec.size_half_points * 10, spacing.character_spacing, _WESTERN_WIDTHS)


def page_paragraphs(lines: list[Line], keeps: set[int]) -> list[pagination.Paragraph]:
    """The body's paragraphs as the page estimate sees them (their lines, spacing and keeps); a
    table's rows each as a paragraph of one line as tall as the row, kept whole."""
    found = []
    for index, (line, own) in enumerate(zip(lines, direct_formatting(lines))):
        if line.table is not None:
            if line.kind == "table_over":
                found.append(pagination.Paragraph(1, TABLE_OVER_LINE, page_break_before=True))
            found += table_rows(line.table)
            continue
        spec = STYLE_BY_ID[STYLE_IDS[line.kind]]
        run_in = spec.keep_next and any(run.role == "body" for run in line.runs)
        spacing = _SPACE_BEFORE.search(own)  # the paragraph's own space above (版头, title, 附件说明), or its style's
        before = int(spacing.group(1)) if spacing else spec.before
        found.append(pagination.Paragraph(line_count(line), spec.line, before, spec.after + (RED_LINE_SPACE if RED_LINE in own else 0),
                                          keep_next=(spec.keep_next and not run_in) or index in keeps, keep_lines=spec.keep_lines and not run_in,
                                          page_break_before=spec.page_break_before))
    if lines and lines[-1].table is not None:
        found.append(pagination.Paragraph(1, TABLE_LINE))  # the paragraph a body must end with (body_xml)
    return found


def table_rows(table: Table) -> list[pagination.Paragraph]:
    """A table's rows as the page estimate sees them: each row as tall as its fullest cell's lines
    (exact lines, so the same in every office) and its rule, and kept whole; the header row and a
    group row kept with the row after them; the header repeated at the top of each page the table
    goes on to, under the table's top rule; and room for the rule a split table ends with. (A last
    row kept with the 署名 is not: LibreOffice keeps rows only with rows; see ``split_before_last_row``.)"""
    widths = column_widths(table)
    head = 0
    found = []
    for number, row in enumerate(table.rows):
        measure = _measure(ROW_STYLES[row.kind])
        lines = max(sum(len(pagination.break_lines(piece, width - 2 * ooxml.CELL_MARGIN, 0, measure, AUTOSPACE)) for piece in cell.split("\n"))
                    for width, cell in zip(widths, row.cells))
        height = lines * TABLE_LINE + TABLE_RULE + (TABLE_TOP if number == 0 else 0)
        found.append(pagination.Paragraph(1, height, keep_next=row.kind in ("head", "group"), keep_lines=True, page_head=head, foot=TABLE_TOP))
        if row.kind == "head" and not head:
            head = height
    return found


RED_LINE_SPACE = 80  # twips the red line's border and its space add below the 发文字号
_SPACE_BEFORE = re.compile(r'w:before="(\d+)"')
RECORD_TAIL = 20  # twips: the paragraph a body must end with, below the 版记
RECORD_RULES = 70  # twips the rules add to the rows' exact heights (LibreOffice), with a little to spare
# Lines the page estimate may be out by, either way, before the 版记 is trusted to the body's last
# page: the most it missed by over 250 varied reports was 3 (tests/test_pagination.py).
ESTIMATE_MARGIN = 4 * LINE_PITCH


def record_rows(record: list[Line]) -> list[tuple[int, str]]:
    """The 版记's rows: each row's exact height (twips) and its paragraph."""
    return [(row_lines(line) * LINE_PITCH, paragraph_xml(line, RECORD_INDENTS[line.kind])) for line in record]


def record_height(rows: list[tuple[int, str]]) -> int:
    return sum(height for height, _row in rows) + RECORD_RULES + RECORD_TAIL


def record_shares_last_page(lines: list[Line], keeps: set[int], rows: list[tuple[int, str]]) -> bool:
    """Whether the body's last page, as estimated, is even and has room for the 版记 below it, with
    ``ESTIMATE_MARGIN`` to spare above and below the body's end (the body's tables included)."""
    ending = pagination.fill_pages(page_paragraphs(lines, keeps), TYPE_AREA_HEIGHT)
    return ending.page % 2 == 0 and ending.used >= ESTIMATE_MARGIN and ending.free >= record_height(rows) + ESTIMATE_MARGIN


def record_at_foot(rows: list[tuple[int, str]]) -> str:
    """The 版记 in a text box at the foot of the type area, held by a paragraph after the body's
    last, on the body's last page (GB/T 9704 7.4.1: the last rule on the foot of the type area)."""
    box = ooxml.box_at_foot(TYPE_AREA_WIDTH, record_height(rows), ooxml.ruled_rows(TYPE_AREA_WIDTH, rows) + exact_line("DrafterRecord", RECORD_TAIL), "版记")
    return exact_line("DrafterRecord", RECORD_TAIL, box)


def record_page(rows: list[tuple[int, str]]) -> list[str]:
    """The 版记 on a page of its own: a spacer paragraph as tall as the page's free space, then the
    ruled rows, so the last rule lies on the foot of the type area (GB/T 9704 7.4.1).

    (A floating table would say this more directly; LibreOffice lays a floating table as wide as the
    type area inline, so the rows are pushed down instead.)"""
    return [exact_line("DrafterRecord", TYPE_AREA_HEIGHT - record_height(rows)), ooxml.ruled_rows(TYPE_AREA_WIDTH, rows),
            exact_line("DrafterRecord", RECORD_TAIL, '<w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t> </w:t></w:r>')]


def exact_line(style: str, height: int, content: str = "", page_break: bool = False) -> str:
    """A paragraph of one exact line ``height`` twips tall, for the layout alone: the 版记's spacer,
    tail or the holder of its box, or what takes a split table's rest to a new page."""
    page = "<w:pageBreakBefore/>" if page_break else ""
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{page}<w:spacing w:before="0" w:after="0" w:line="{height}" w:lineRule="exact"/>'
            f'</w:pPr>{content}</w:p>')


def row_lines(line: Line) -> int:
    """Lines a 版记 row takes: 抄送 wraps under its first name when the names run long."""
    return cc_lines(line.text[3:]) if line.kind == "record_cc" else 1


@lru_cache(maxsize=1)
def _section() -> str:
    return ooxml.section_properties(PAGE, "rId4", "rId5")


def docx_bytes(numbered: NumberedDocument, info: DocumentInfo, layout: Layout = Layout()) -> bytes:
    """The report as the bytes of a .docx file: the shared parts, this report's body and properties."""
    moment = datetime.datetime.combine(info.date, datetime.time()).strftime("%Y-%m-%dT%H:%M:%SZ")
    version = os.stat(layout.reference).st_mtime_ns if layout.reference and os.path.exists(layout.reference) else 0
    parts = dict(fixed_deflated(layout, version))
    own = {"word/document.xml": ooxml.document_part(*body_xml(numbered, layout)),
           "docProps/core.xml": ooxml.core_properties_part(info.title, info.author, moment)}
    parts.update({name: package.deflated(name, content.encode("utf-8")) for name, content in own.items()})
    return package.zip_bytes([parts[name] for name in sorted(parts, key=_part_order)])


@lru_cache(maxsize=4)
def fixed_deflated(layout: Layout = Layout(), _reference_version: int = 0) -> dict[str, package.Deflated]:
    """The shared parts, compressed once per process."""
    return {name: package.deflated(name, content) for name, content in fixed_parts(layout, _reference_version).items()}


def _part_order(name: str) -> tuple[int, str]:
    """[Content_Types].xml first, as some readers expect; the rest by name, so the bytes never vary."""
    return (0 if name == "[Content_Types].xml" else 1, name)
