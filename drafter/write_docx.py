"""Write stage (.docx): lays out a numbered report per GB/T 9704-2012 through named paragraph styles.

All figures come from docs/gongwen-format.md: A4, margins 37/26/35/28 mm, 22 lines of 28
characters, 3号仿宋 body, page numbers 「— N —」 in 4号宋体, outside on odd and even pages.
"""

from __future__ import annotations

import datetime
import io
import unicodedata
import zipfile
import os
from dataclasses import dataclass, replace
from functools import lru_cache

from drafter import ooxml
from drafter.model import Line, NumberedDocument, Run, Table
from drafter.ooxml import FontSpec, PageSpec, StyleSpec

FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"

PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838  # A4, twips
MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT = 2098, 1474, 1984, 1587
LINE_PITCH = 579  # 28.95 pt: 22 lines fill the 225 mm type area
BODY_SIZE = 32  # 三号, half-points
# 28 characters of 16 pt are 158 mm, the type area 156 mm: −0.25 pt between characters makes 28 fit.
# (A linesAndChars grid with charSpace is Word's other way, but LibreOffice 7.4 lays out ~14 a line with it.)
TIGHTEN = -5
CHAR = 320  # one 三号 character, twips (Word's and WPS's 「字符」 unit at this size)
PAGE_NUMBER_SIZE = 28  # 四号
TABLE_SIZE = 28  # 四号: table text
TYPE_AREA_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 156 mm
PAGE_NUMBER_INDENT = 280  # one 四号 character
FOOTER_DISTANCE = 1307  # page-number line top 7 mm below the type area: 28 mm − one 14 pt line

BODY = StyleSpec("Normal", "Normal", FANGSONG, BODY_SIZE, first_line=2 * CHAR, line=LINE_PITCH, character_spacing=TIGHTEN, default=True)
STYLES = [
    BODY,
    StyleSpec("DrafterTitle", "公文标题", XIAOBIAOSONG, 44, align="center", line=LINE_PITCH, after=LINE_PITCH,
              snap_to_grid=False, keep_next=True, based_on="Normal", next_style="DrafterRecipient"),
    StyleSpec("DrafterRecipient", "主送机关", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="left", line=LINE_PITCH, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading1", "一级标题", HEITI, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=0, keep_next=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading2", "二级标题", KAITI, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=1, keep_next=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading3", "三级标题", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=2, keep_next=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading4", "四级标题", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=3, keep_next=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterSignature", "发文机关署名", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="right", right=2 * CHAR, line=LINE_PITCH, before=LINE_PITCH, keep_next=True, based_on="Normal"),
    StyleSpec("DrafterDate", "成文日期", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="right", right=2 * CHAR, line=LINE_PITCH, based_on="Normal"),
    StyleSpec("DrafterAttachmentNote", "附件说明", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="left", first_line=2 * CHAR, line=LINE_PITCH, before=LINE_PITCH, based_on="Normal"),
    StyleSpec("DrafterAttachmentLabel", "附件标识", HEITI, BODY_SIZE, align="left", line=LINE_PITCH, after=LINE_PITCH, page_break_before=True, keep_next=True, based_on="Normal", next_style="DrafterTitle"),
    # Table text keeps single spacing and leaves the grid: the body's exact 28.95 pt would inflate every row.
    StyleSpec("DrafterTableText", "表格文字", FANGSONG, TABLE_SIZE, line=240, line_rule="auto", snap_to_grid=False, based_on="Normal"),
    StyleSpec("DrafterTableHead", "表头", HEITI, TABLE_SIZE, line=240, line_rule="auto", snap_to_grid=False, based_on="DrafterTableText"),
    StyleSpec("DrafterPageNumber", "页码", SONGTI, PAGE_NUMBER_SIZE, western=SONGTI, line=PAGE_NUMBER_SIZE * 10, snap_to_grid=False),
    StyleSpec("DrafterBodyText", "正文字符", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, kind="character"),
]
STYLE_IDS = {
    "title": "DrafterTitle", "recipient": "DrafterRecipient", "body": "Normal", "signature": "DrafterSignature", "date": "DrafterDate",
    "heading1": "DrafterHeading1", "heading2": "DrafterHeading2", "heading3": "DrafterHeading3", "heading4": "DrafterHeading4",
    "attachment_note": "DrafterAttachmentNote", "attachment_note_next": "DrafterAttachmentNote",
    "attachment_label": "DrafterAttachmentLabel", "attachment_title": "DrafterTitle",
}
ROW_STYLES = {"head": "DrafterTableHead", "group": "DrafterTableHead", "total": "DrafterTableHead", "body": "DrafterTableText"}
# 附件说明 after the first: no blank line above, aligned under the first name (after 「附件：」).
NEXT_NOTE = f'<w:spacing w:before="0"/><w:ind w:left="{5 * CHAR}" w:firstLine="0"/>'
BODY_RUN_STYLE = "DrafterBodyText"
FONTS = [
    FontSpec(FANGSONG, "仿宋"), FontSpec(KAITI, "楷体"), FontSpec(HEITI, "SimHei"),
    FontSpec(XIAOBIAOSONG, "宋体", "roman"), FontSpec(SONGTI, "SimSun"), FontSpec(ooxml.WESTERN_FONT, "Times", "roman", "00"),
]
PAGE = PageSpec(PAGE_WIDTH, PAGE_HEIGHT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT, 851, FOOTER_DISTANCE, LINE_PITCH)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class DocumentInfo:
    """Core properties: fixed from the data so the same report gives the same bytes."""

    title: str
    author: str
    date: datetime.date


def display_width(text: str) -> float:
    """Width in body characters: a full-width character is one, a half-width one a half."""
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)


def signature_indents(name: str, date: str) -> tuple[int, int]:
    """Right indents (twips) of 署名 and 日期 without a seal (GB/T 9704 7.3.5.2).

    The name stands 右空二字 and the date starts two characters right of the name's start;
    when the date is the longer, the date stands 右空二字 and the name moves left to match.
    """
    name_width, date_width = display_width(name), display_width(date)
    if date_width > name_width:
        return round((4 + date_width - name_width) * CHAR), 2 * CHAR
    return 2 * CHAR, round((name_width - date_width) * CHAR)


@dataclass(frozen=True)
class Layout:
    """How the .docx is made beyond GB/T 9704's fixed figures.

    ``numbering``: ``literal`` writes each marker as text (the default); ``word`` gives the heading
    styles Word list numbering with Chinese counting, so numbers follow a section inserted in Word.
    ``reference``: a house .docx whose styles, matched by name, replace drafter's.
    """

    numbering: str = "literal"
    reference: str | None = None


LIST_LEVELS = [
    ooxml.ListLevel("chineseCounting", "%1、", "DrafterHeading1", 2 * CHAR),
    ooxml.ListLevel("chineseCounting", "（%2）", "DrafterHeading2", 2 * CHAR),
    ooxml.ListLevel("decimal", "%3.", "DrafterHeading3", 2 * CHAR),
    ooxml.ListLevel("decimal", "（%4）", "DrafterHeading4", 2 * CHAR),
]


def styles(layout: Layout) -> list[StyleSpec]:
    """The named styles, with list numbering on the heading styles in ``word`` numbering."""
    if layout.numbering != "word":
        return STYLES
    levels = {level.style_id: index for index, level in enumerate(LIST_LEVELS)}
    return [replace(spec, list_level=levels[spec.style_id]) if spec.style_id in levels else spec for spec in STYLES]


@lru_cache(maxsize=4)
def fixed_parts(layout: Layout = Layout(), _reference_version: int = 0) -> dict[str, bytes]:
    """The parts every report of one layout shares, made once per process: styles, settings, fonts, footers, numbering."""
    specs = styles(layout)
    replaced = None
    if layout.reference:
        from pathlib import Path

        from drafter.reference import overridden_styles, reference_styles

        replaced = overridden_styles(specs, reference_styles(Path(layout.reference)))
    parts = {
        "[Content_Types].xml": ooxml.CONTENT_TYPES,
        "_rels/.rels": ooxml.PACKAGE_RELATIONSHIPS,
        "docProps/app.xml": ooxml.APP_PROPERTIES,
        "word/_rels/document.xml.rels": ooxml.DOCUMENT_RELATIONSHIPS,
        "word/styles.xml": ooxml.styles_part(specs, BODY, replaced),
        "word/numbering.xml": ooxml.numbering_part(LIST_LEVELS),
        "word/settings.xml": ooxml.settings_part(),
        "word/fontTable.xml": ooxml.font_table_part(FONTS),
        "word/footer1.xml": ooxml.page_number_footer("DrafterPageNumber", "right", f'w:left="0" w:right="{PAGE_NUMBER_INDENT}" w:firstLine="0"'),
        "word/footer2.xml": ooxml.page_number_footer("DrafterPageNumber", "left", f'w:left="{PAGE_NUMBER_INDENT}" w:right="0" w:firstLine="0"'),
    }
    return {name: content.encode("utf-8") for name, content in parts.items()}


def run_xml(text: str, role: str) -> str:
    if role == "break":
        return "<w:r><w:br/></w:r>"
    props = f'<w:rPr><w:rStyle w:val="{BODY_RUN_STYLE}"/></w:rPr>' if role == "body" else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{ooxml.text(text)}</w:t></w:r>'


def paragraph_xml(line: Line, indent: tuple[int, int] | None = None, numbered_by_word: bool = False) -> str:
    """One ``w:p``: the style of its kind; body runs in a heading paragraph keep the body font.

    With ``numbered_by_word`` a heading's marker is left to its style's list numbering.
    """
    if line.table is not None:
        return table_xml(line.table)
    if numbered_by_word and line.marker and line.runs and line.runs[0].text.startswith(line.marker):
        first = line.runs[0]
        line = Line(line.kind, [Run(first.text[len(line.marker):], first.role)] + line.runs[1:])
    style = STYLE_IDS[line.kind]
    body_style = style == "Normal"
    # A run-in heading carries its paragraph's text: keeping all of it with the next paragraph
    # would push whole paragraphs to the next page, so only a standalone heading keeps with next.
    keep = "<w:keepNext w:val=\"0\"/>" if not body_style and any(run.role == "body" for run in line.runs) else ""
    ind = f'<w:ind w:right="{indent[0]}"/>' if indent else (NEXT_NOTE if line.kind == "attachment_note_next" else "")
    runs = "".join(run_xml(run.text, "heading" if body_style and run.role == "body" else run.role) for run in line.runs if run.text)
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}{ind}</w:pPr>{runs}</w:p>'


def table_xml(table: Table) -> str:
    """A table across the type area, its columns in proportion to the widths the template gave."""
    whole = sum(table.widths)
    widths = [TYPE_AREA_WIDTH * w // whole for w in table.widths]
    widths[-1] += TYPE_AREA_WIDTH - sum(widths)
    rows = [(row.kind, ROW_STYLES[row.kind], row.cells) for row in table.rows]
    return ooxml.table(widths, table.aligns, rows, cell_paragraph)


def cell_paragraph(style_id: str, align: str, text: str) -> str:
    runs = "".join(f'<w:r><w:t xml:space="preserve">{ooxml.text(piece)}</w:t></w:r>' if i == 0 else
                   f'<w:r><w:br/><w:t xml:space="preserve">{ooxml.text(piece)}</w:t></w:r>' for i, piece in enumerate(text.split("\n")))
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/><w:jc w:val="{align}"/></w:pPr>{runs}</w:p>'


def body_xml(document: NumberedDocument, layout: Layout = Layout()) -> str:
    signature = next((l.text for l in document.lines if l.kind == "signature"), "")
    date = next((l.text for l in document.lines if l.kind == "date"), "")
    name_right, date_right = signature_indents(signature, date)
    indents = {"signature": (name_right, 0), "date": (date_right, 0)}
    word = layout.numbering == "word"
    body = "".join(paragraph_xml(line, indents.get(line.kind), word) for line in document.lines)
    if document.lines and document.lines[-1].table is not None:
        body += '<w:p><w:pPr><w:pStyle w:val="DrafterTableText"/></w:pPr></w:p>'  # Word ends a body with a paragraph, never a table
    return body


@lru_cache(maxsize=1)
def _section() -> str:
    return ooxml.section_properties(PAGE, "rId4", "rId5")


def docx_bytes(numbered: NumberedDocument, info: DocumentInfo, layout: Layout = Layout()) -> bytes:
    """The report as the bytes of a .docx file: the shared parts, this report's body and properties."""
    moment = datetime.datetime.combine(info.date, datetime.time()).strftime("%Y-%m-%dT%H:%M:%SZ")
    version = os.stat(layout.reference).st_mtime_ns if layout.reference and os.path.exists(layout.reference) else 0
    parts = dict(fixed_parts(layout, version))
    parts["word/document.xml"] = ooxml.document_part(body_xml(numbered, layout), _section()).encode("utf-8")
    parts["docProps/core.xml"] = ooxml.core_properties_part(info.title, info.author, moment).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(parts, key=_part_order):
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, parts[name])
    return buffer.getvalue()


def _part_order(name: str) -> tuple[int, str]:
    """[Content_Types].xml first, as some readers expect; the rest by name, so the bytes never vary."""
    return (0 if name == "[Content_Types].xml" else 1, name)
