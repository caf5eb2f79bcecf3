"""Write stage (.docx): lays out a numbered report per GB/T 9704-2012 through named paragraph styles.

All figures come from docs/gongwen-format.md: A4, margins 37/26/35/28 mm, 22 lines of 28
characters, 3号仿宋 body, page numbers 「— N —」 in 4号宋体, outside on odd and even pages.
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

from drafter import ooxml
from drafter.model import Line, NumberedDocument
from drafter.ooxml import FontSpec, StyleSpec

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
    StyleSpec("DrafterPageNumber", "页码", SONGTI, PAGE_NUMBER_SIZE, western=SONGTI, line=PAGE_NUMBER_SIZE * 10, snap_to_grid=False),
    StyleSpec("DrafterBodyText", "正文字符", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, kind="character"),
]
STYLE_IDS = {
    "title": "DrafterTitle", "recipient": "DrafterRecipient", "body": "Normal", "signature": "DrafterSignature", "date": "DrafterDate",
    "heading1": "DrafterHeading1", "heading2": "DrafterHeading2", "heading3": "DrafterHeading3", "heading4": "DrafterHeading4",
}
BODY_RUN_STYLE = "DrafterBodyText"
FONTS = [
    FontSpec(FANGSONG, "仿宋"), FontSpec(KAITI, "楷体"), FontSpec(HEITI, "SimHei"),
    FontSpec(XIAOBIAOSONG, "宋体", "roman"), FontSpec(SONGTI, "SimSun"),
]
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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


def new_document() -> docx.document.Document:
    """python-docx's package, stripped of what carries theme fonts or changes from run to run."""
    document = docx.Document()
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype in (STYLES_WITH_EFFECTS, RT.CUSTOM_XML):
            part.drop_rel(rel_id)
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rel_id]
    ooxml.replace_styles(document.styles.element, STYLES, BODY)
    set_font_table(document)
    set_settings(document.settings.element)
    return document


def set_font_table(document) -> None:
    font_part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE)
    table = parse_xml(font_part.blob)
    for entry in ooxml.font_table_entries(FONTS):
        table.append(entry)
    font_part._blob = parse_xml_bytes(table)


def parse_xml_bytes(element) -> bytes:
    from lxml import etree

    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_settings(settings) -> None:
    """Odd/even footers on; Chinese theme-font language; no revision ids that differ per run."""
    for tag in ("w:rsids", "w:themeFontLang", "w:proofState", "w:savePreviewPicture", "w14:docId"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    settings.insert(0, parse_xml(f"<w:evenAndOddHeaders {nsdecls('w')}/>"))


def lay_out_page(document) -> None:
    """A4, the GB/T 9704 margins, a 22 × 28 grid, and page numbers outside on odd and even pages."""
    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE_WIDTH), Twips(PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = Twips(MARGIN_TOP), Twips(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Twips(MARGIN_LEFT), Twips(MARGIN_RIGHT)
    section.header_distance, section.footer_distance = Twips(851), Twips(FOOTER_DISTANCE)
    section.gutter = Twips(0)
    sect_pr = section._sectPr
    ooxml.set_document_grid(sect_pr, ooxml.document_grid_element(LINE_PITCH))
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    odd = ooxml.page_number_paragraph("DrafterPageNumber")
    odd.get_or_add_pPr().append(parse_xml(f"<w:jc {nsdecls('w')} w:val=\"right\"/>"))
    odd.pPr.insert_element_before(ooxml.paragraph_indent_element(right=PAGE_NUMBER_INDENT), "w:jc")
    even = ooxml.page_number_paragraph("DrafterPageNumber")
    even.get_or_add_pPr().append(parse_xml(f"<w:jc {nsdecls('w')} w:val=\"left\"/>"))
    even.pPr.insert_element_before(ooxml.paragraph_indent_element(left=PAGE_NUMBER_INDENT), "w:jc")
    ooxml.replace_paragraphs(section.footer._element, odd)
    ooxml.replace_paragraphs(section.even_page_footer._element, even)


def run_xml(text: str, role: str) -> str:
    if role == "break":
        return "<w:r><w:br/></w:r>"
    props = f"<w:rPr><w:rStyle w:val=\"{BODY_RUN_STYLE}\"/></w:rPr>" if role == "body" else ""
    return f"<w:r>{props}<w:t xml:space=\"preserve\">{xml_escape(_NOT_XML.sub('', text))}</w:t></w:r>"


def paragraph_xml(line: Line, indent: tuple[int, int] | None = None) -> str:
    """One ``w:p``: the style of its kind; body runs in a heading paragraph keep the body font."""
    style = STYLE_IDS[line.kind]
    body_style = style == "Normal"
    ind = f"<w:ind w:right=\"{indent[0]}\"/>" if indent else ""
    runs = "".join(run_xml(run.text, "heading" if body_style and run.role == "body" else run.role) for run in line.runs if run.text)
    return f"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{ind}</w:pPr>{runs}</w:p>"


def body_xml(document: NumberedDocument) -> str:
    signature = next((l.text for l in document.lines if l.kind == "signature"), "")
    date = next((l.text for l in document.lines if l.kind == "date"), "")
    name_right, date_right = signature_indents(signature, date)
    indents = {"signature": (name_right, 0), "date": (date_right, 0)}
    return "".join(paragraph_xml(line, indents.get(line.kind)) for line in document.lines)


def fill_body(document, numbered: NumberedDocument) -> None:
    """Insert every paragraph before the section properties, parsed from XML in one go."""
    body = document.element.body
    wrapper = parse_xml(f"<w:body {nsdecls('w')}>{body_xml(numbered)}</w:body>")
    sect_pr = body.find(qn("w:sectPr"))
    for paragraph in list(wrapper):
        sect_pr.addprevious(paragraph)


def set_core_properties(document, info: DocumentInfo) -> None:
    properties = document.core_properties
    moment = datetime.datetime.combine(info.date, datetime.time())
    properties.title = info.title
    properties.author = info.author
    properties.last_modified_by = info.author
    properties.comments = ""
    properties.revision = 1
    properties.created = moment
    properties.modified = moment
    properties.last_printed = moment


def normalized_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times, so equal inputs give byte-identical files."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(item.filename))
    return output.getvalue()


def docx_bytes(numbered: NumberedDocument, info: DocumentInfo) -> bytes:
    """The report as the bytes of a .docx file."""
    document = new_document()
    lay_out_page(document)
    fill_body(document, numbered)
    set_core_properties(document, info)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalized_zip(buffer.getvalue())
