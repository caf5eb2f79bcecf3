"""The .docx's named styles (公文标题, 一级标题, 正文 …), faces and page, in GB/T 9704's figures, the
paragraph kinds they serve, and the options beyond the standard (``Layout``: Word list numbering,
a house reference .docx).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from drafter.write import ooxml
from drafter.write.ooxml import FontSpec, PageSpec, StyleSpec
from drafter.text.measure import (
    BODY_SIZE, CHAR, FANGSONG, FOOTER_DISTANCE, HEITI, KAITI, LINE_PITCH, MARGIN_BOTTOM, MARGIN_LEFT,
    MARGIN_RIGHT, MARGIN_TOP, MARK_LINE, MARK_SIZE, PAGE_HEIGHT, PAGE_NUMBER_SIZE, PAGE_WIDTH,
    RECORD_CHAR, RECORD_SIZE, RED, SONGTI, TABLE_LINE, TABLE_SIZE, TIGHTEN, TYPE_AREA_WIDTH,
    XIAOBIAOSONG,
)


BODY = StyleSpec("Normal", "Normal", FANGSONG, BODY_SIZE, first_line=2 * CHAR, line=LINE_PITCH, character_spacing=TIGHTEN, default=True)
STYLES = [
    BODY,
    StyleSpec("DrafterTitle", "公文标题", XIAOBIAOSONG, 44, align="center", line=LINE_PITCH, after=LINE_PITCH,
              snap_to_grid=False, keep_next=True, based_on="Normal", next_style="DrafterRecipient"),
    StyleSpec("DrafterRecipient", "主送机关", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="left", line=LINE_PITCH, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading1", "一级标题", HEITI, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=0, keep_next=True, keep_lines=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading2", "二级标题", KAITI, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=1, keep_next=True, keep_lines=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading3", "三级标题", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=2, keep_next=True, keep_lines=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterHeading4", "四级标题", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, first_line=2 * CHAR, line=LINE_PITCH, outline_level=3, keep_next=True, keep_lines=True, based_on="Normal", next_style="Normal"),
    StyleSpec("DrafterSignature", "发文机关署名", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="right", right=2 * CHAR, line=LINE_PITCH, before=LINE_PITCH, keep_next=True, based_on="Normal"),
    StyleSpec("DrafterDate", "成文日期", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="right", right=2 * CHAR, line=LINE_PITCH, based_on="Normal"),
    StyleSpec("DrafterAttachmentNote", "附件说明", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, align="left", first_line=2 * CHAR, line=LINE_PITCH, before=LINE_PITCH, based_on="Normal"),
    StyleSpec("DrafterAttachmentLabel", "附件标识", HEITI, BODY_SIZE, align="left", line=LINE_PITCH, after=LINE_PITCH, page_break_before=True, keep_next=True, based_on="Normal", next_style="DrafterTitle"),
    # Table text leaves the grid (the body's 28.95 pt lines would inflate every row) for exact lines of its own.
    StyleSpec("DrafterTableText", "表格文字", FANGSONG, TABLE_SIZE, line=TABLE_LINE, line_rule="exact", snap_to_grid=False, based_on="Normal"),
    StyleSpec("DrafterTableHead", "表头", HEITI, TABLE_SIZE, line=TABLE_LINE, line_rule="exact", snap_to_grid=False, based_on="DrafterTableText"),
    StyleSpec("DrafterHeadNote", "份号密级", HEITI, BODY_SIZE, align="left", line=LINE_PITCH, based_on="Normal"),
    StyleSpec("DrafterIssuerMark", "发文机关标志", XIAOBIAOSONG, MARK_SIZE, align="center", line=MARK_LINE, snap_to_grid=False,
              color=RED, keep_next=True, based_on="Normal"),
    StyleSpec("DrafterDocNumber", "发文字号", FANGSONG, BODY_SIZE, align="center", line=LINE_PITCH, before=2 * LINE_PITCH, based_on="Normal"),
    StyleSpec("DrafterSignerName", "签发人姓名", KAITI, BODY_SIZE, kind="character"),
    StyleSpec("DrafterRecord", "版记", FANGSONG, RECORD_SIZE, align="left", line=LINE_PITCH, snap_to_grid=False, based_on="Normal"),
    StyleSpec("DrafterPageNumber", "页码", SONGTI, PAGE_NUMBER_SIZE, western=SONGTI, line=PAGE_NUMBER_SIZE * 10, snap_to_grid=False),
    StyleSpec("DrafterBodyText", "正文字符", FANGSONG, BODY_SIZE, character_spacing=TIGHTEN, kind="character"),
]
STYLE_BY_ID = {spec.style_id: spec for spec in STYLES}
STYLE_IDS = {
    "title": "DrafterTitle", "recipient": "DrafterRecipient", "body": "Normal", "signature": "DrafterSignature", "date": "DrafterDate",
    "heading1": "DrafterHeading1", "heading2": "DrafterHeading2", "heading3": "DrafterHeading3", "heading4": "DrafterHeading4",
    "attachment_note": "DrafterAttachmentNote", "attachment_note_next": "DrafterAttachmentNote",
    "attachment_label": "DrafterAttachmentLabel", "attachment_title": "DrafterTitle",
    "head_note": "DrafterHeadNote", "issuer_mark": "DrafterIssuerMark", "doc_number": "DrafterDocNumber",
    "doc_number_signed": "DrafterDocNumber", "record_cc": "DrafterRecord", "record_print": "DrafterRecord",
}
# The red line 4 mm below the 发文字号, across the type area (7.2.7); 0.35 mm thick. The 3 pt of space
# come on top of the exact line's ~8 pt below the glyphs: 11.3 pt, 4 mm (measured in test_pdf).
RED_LINE = f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="3" w:color="{RED}"/></w:pBdr>'
# 上行文: 发文字号 居左空一字, 签发人 居右空一字, on one line (7.2.6).
SIGNED_NUMBER_TABS = (f'<w:tabs><w:tab w:val="left" w:pos="{CHAR}"/><w:tab w:val="right" w:pos="{TYPE_AREA_WIDTH - CHAR}"/></w:tabs>'
                      '<w:jc w:val="left"/>')
# 版记 (7.4.2–3): 抄送 左右各空一字, a wrapped line under the first name; 印发机关 左空一字, 印发日期 右空一字.
RECORD_INDENTS = {
    "record_cc": f'<w:ind w:left="{4 * RECORD_CHAR}" w:right="{RECORD_CHAR}" w:hanging="{3 * RECORD_CHAR}"/>',
    "record_print": f'<w:tabs><w:tab w:val="right" w:pos="{TYPE_AREA_WIDTH - RECORD_CHAR}"/></w:tabs><w:ind w:left="{RECORD_CHAR}" w:right="0" w:firstLine="0"/>',
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


def reference_changes(reference: str, numbering: str = "literal") -> list[str]:
    """What a house reference .docx changes of the grid (sizes, indents, line pitch), read now so a bad
    file is named before any build; an empty list when the 22 lines of 28 characters still hold."""
    from drafter.write.reference import grid_changes, reference_styles

    borrowed = reference_styles(Path(reference))
    return grid_changes({spec.name: ooxml.style(spec) for spec in styles(Layout(numbering))}, borrowed)


RUN_STYLES = {"body": BODY_RUN_STYLE, "signer": "DrafterSignerName"}
