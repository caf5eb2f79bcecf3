"""WordprocessingML as text: each function makes one OOXML thing (a style, the document grid, a
footer with a PAGE field, a package part). Elements keep the order ECMA-376 prescribes, which
Word checks strictly."""

from __future__ import annotations

import re
from dataclasses import dataclass

WESTERN_FONT = "Times New Roman"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# Characters XML 1.0 cannot hold at all (YAML's "\0" or "\x1f" escapes can put them in the data).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text(value: str) -> str:
    """``value`` escaped for element content, without the characters XML cannot hold.

    Three ``replace`` calls rather than ``str.translate``: translate looks up every character in a
    dict, and on CJK text that is 25× slower (0.8 ms against 0.03 ms for a corpus-sized report).
    """
    return _NOT_XML.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(value: str) -> str:
    """``value`` escaped and quoted for an attribute."""
    return '"' + text(value).replace('"', "&quot;") + '"'


@dataclass(frozen=True)
class StyleSpec:
    """One named style of the report, in the units OOXML uses (twips, half-points)."""

    style_id: str
    name: str
    east_asia: str
    size_half_points: int
    western: str = WESTERN_FONT
    kind: str = "paragraph"
    align: str = "both"
    first_line: int = 0
    left: int = 0
    right: int = 0
    line: int | None = None  # line spacing: twips when exact, 240ths of a line when auto
    line_rule: str = "exact"
    before: int = 0
    after: int = 0
    character_spacing: int = 0  # twentieths of a point
    color: str | None = None  # RRGGBB
    outline_level: int | None = None
    list_level: int | None = None  # numbered by the document's list (numbering.xml) at this level
    keep_next: bool = False
    keep_lines: bool = False  # the paragraph's lines never split over a page
    page_break_before: bool = False
    snap_to_grid: bool = True
    default: bool = False
    based_on: str | None = None
    next_style: str | None = None


def run_fonts(east_asia: str, western: str) -> str:
    """``w:rFonts`` naming both faces explicitly, with no theme attribute left to override them."""
    return f"<w:rFonts w:ascii={attribute(western)} w:hAnsi={attribute(western)} w:eastAsia={attribute(east_asia)} w:cs={attribute(western)}/>"


def run_properties(spec: StyleSpec) -> str:
    size = spec.size_half_points
    spacing = f'<w:spacing w:val="{spec.character_spacing}"/>' if spec.character_spacing else ""
    color = f'<w:color w:val="{spec.color}"/>' if spec.color else ""
    return f'<w:rPr>{run_fonts(spec.east_asia, spec.western)}{color}{spacing}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'


def paragraph_properties(spec: StyleSpec) -> str:
    parts = []
    if spec.keep_next:
        parts.append("<w:keepNext/>")
    if spec.keep_lines:
        parts.append("<w:keepLines/>")
    if spec.page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if spec.list_level is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{spec.list_level}"/><w:numId w:val="1"/></w:numPr>')
    # No hanging punctuation: 。，at a line's end stay inside the type area (LibreOffice reads this
    # from styles, not from the document defaults).
    parts.append('<w:overflowPunct w:val="0"/>')
    if not spec.snap_to_grid:
        parts.append('<w:snapToGrid w:val="0"/>')
    spacing = f'w:before="{spec.before}" w:after="{spec.after}"'
    if spec.line:
        spacing += f' w:line="{spec.line}" w:lineRule="{spec.line_rule}"'
    parts.append(f"<w:spacing {spacing}/>")
    parts.append(f'<w:ind w:left="{spec.left}" w:right="{spec.right}" w:firstLine="{spec.first_line}"/>')
    parts.append(f'<w:jc w:val="{spec.align}"/>')
    if spec.outline_level is not None:
        parts.append(f'<w:outlineLvl w:val="{spec.outline_level}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


@dataclass(frozen=True)
class ListLevel:
    """One level of a Word list: its number format (chineseCounting, decimal) and text (「%1、」)."""

    number_format: str
    text: str
    style_id: str
    first_line: int


def numbering_part(levels: list[ListLevel]) -> str:
    """``word/numbering.xml``: one multilevel list whose levels belong to the heading styles, so a
    paragraph given a heading style in Word is numbered, and the numbers follow any insertion."""
    body = "".join(
        f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{level.number_format}"/><w:pStyle w:val="{level.style_id}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val={attribute(level.text)}/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="{level.first_line}"/></w:pPr></w:lvl>' for index, level in enumerate(levels))
    return (f'{XML_HEADER}<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
            f'{body}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def style(spec: StyleSpec) -> str:
    """A ``w:style`` for ``spec``: named, with its own fonts, size and paragraph layout."""
    default = ' w:default="1"' if spec.default else ""
    inner = f"<w:name w:val={attribute(spec.name)}/>"
    if spec.based_on:
        inner += f'<w:basedOn w:val="{spec.based_on}"/>'
    if spec.next_style:
        inner += f'<w:next w:val="{spec.next_style}"/>'
    inner += "<w:qFormat/>"
    if spec.kind == "paragraph":
        inner += paragraph_properties(spec)
    inner += run_properties(spec)
    return f'<w:style w:type="{spec.kind}" w:styleId="{spec.style_id}"{default}>{inner}</w:style>'


def document_defaults(spec: StyleSpec, language: str = "zh-CN") -> str:
    """``w:docDefaults`` with explicit fonts and Chinese as the East-Asian language."""
    size = spec.size_half_points
    return (f"<w:docDefaults><w:rPrDefault><w:rPr>{run_fonts(spec.east_asia, spec.western)}"
            f'<w:kern w:val="0"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
            f'<w:lang w:val="en-US" w:eastAsia="{language}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:widowControl/><w:overflowPunct w:val="0"/><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>')


# The default character, table and numbering styles every Word document has; Word and WPS expect them.
BUILT_IN_DEFAULT_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
    "<w:semiHidden/><w:unhideWhenUsed/></w:style>"
)


def styles_part(specs: list[StyleSpec], defaults: StyleSpec, replaced: dict[str, str] | None = None) -> str:
    """``word/styles.xml``: our defaults and named styles, and nothing that points at a theme.

    ``replaced`` maps a style id to the XML of a style that stands in for ours (a house style).
    """
    replaced = replaced or {}
    return (f'{XML_HEADER}<w:styles xmlns:w="{W_NS}">{document_defaults(defaults)}'
            + "".join(replaced.get(spec.style_id) or style(spec) for spec in specs) + BUILT_IN_DEFAULT_STYLES + "</w:styles>")


def settings_part() -> str:
    """``word/settings.xml``: odd/even footers, Word 2013+ layout, no revision ids that differ per run."""
    return (f'{XML_HEADER}<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


@dataclass(frozen=True)
class FontSpec:
    """A ``w:font`` entry: the face an office names, and the face Word falls back to (altName)."""

    name: str
    alternative: str
    family: str = "modern"
    charset: str = "86"  # GB2312


def font_table_part(fonts: list[FontSpec]) -> str:
    """``word/fontTable.xml``: each face with an altName, so Word substitutes a near face when it lacks one."""
    entries = "".join(
        f'<w:font w:name={attribute(f.name)}><w:altName w:val={attribute(f.alternative)}/><w:charset w:val="{f.charset}"/>'
        f'<w:family w:val="{f.family}"/><w:pitch w:val="variable"/></w:font>' for f in fonts)
    return f'{XML_HEADER}<w:fonts xmlns:w="{W_NS}">{entries}</w:fonts>'


def page_number_footer(style_id: str, align: str, indent: str) -> str:
    """A footer whose one paragraph reads 「— N —」 with N a PAGE field (GB/T 9704 7.5)."""
    run = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    paragraph = (f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/><w:ind {indent}/><w:jc w:val="{align}"/></w:pPr>'
                 f"{run.format('— ')}{field}{run.format(' —')}</w:p>")
    return f'{XML_HEADER}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{paragraph}</w:ftr>'


@dataclass(frozen=True)
class PageSpec:
    """Page size, margins and grid, all in twips."""

    width: int
    height: int
    top: int
    right: int
    bottom: int
    left: int
    header: int
    footer: int
    line_pitch: int


def section_properties(page: PageSpec, odd_footer: str, even_footer: str, start: str | None = None) -> str:
    """``w:sectPr``: A4, the margins, odd and even footers, and a ``lines`` document grid;
    ``start`` (``evenPage``) makes the section begin on a page of that parity."""
    kind = f'<w:type w:val="{start}"/>' if start else ""
    return (f'<w:sectPr><w:footerReference w:type="default" r:id="{odd_footer}"/><w:footerReference w:type="even" r:id="{even_footer}"/>'
            f'{kind}<w:pgSz w:w="{page.width}" w:h="{page.height}"/>'
            f'<w:pgMar w:top="{page.top}" w:right="{page.right}" w:bottom="{page.bottom}" w:left="{page.left}" '
            f'w:header="{page.header}" w:footer="{page.footer}" w:gutter="0"/>'
            f'<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="{page.line_pitch}"/></w:sectPr>')


_ALIGNMENTS = {"l": "left", "c": "center", "r": "right"}
CELL_MARGIN = 57  # twips left and right of a table cell's text (1 mm)


def table(widths: list[int], aligns: list[str], rows: list[tuple[str, str, list[str]]], paragraph, keep_last: bool = False) -> str:
    """A ``w:tbl`` of fixed column widths (twips) with single borders; each row is (kind, style id, cells).

    A ``head`` row repeats at the top of every page; no row splits across pages; a ``group`` row
    (a level-1 indicator) keeps with the row after it, its first child, as Word and LibreOffice do
    when a row's paragraphs keep with the next; with ``keep_last`` the last row keeps with the
    paragraph after the table. ``paragraph(style_id, align, text, keep_with_next)`` makes each cell's paragraph.
    """
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    properties = (f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
                  f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="{CELL_MARGIN}" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>'
                  '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>')
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    body = []
    for number, (kind, style_id, cells) in enumerate(rows):
        keep = kind == "group" or (keep_last and number == len(rows) - 1)
        header = "<w:tblHeader/>" if kind == "head" else ""
        row = f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>"
        for width, align, cell in zip(widths, aligns, cells):
            align = "center" if kind == "head" else _ALIGNMENTS[align]
            row += f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{paragraph(style_id, align, cell, keep)}</w:tc>'
        body.append(row + "</w:tr>")
    return f"<w:tbl>{properties}{grid}{''.join(body)}</w:tbl>"


def ruled_rows(width: int, rows: list[tuple[int, str]], thick: int = 8, thin: int = 6) -> str:
    """A one-column table without side rules whose rows have exact heights: a thick rule above and
    below, thin rules between rows (the 版记, GB/T 9704 7.4.1). ``rows`` are (height in twips, the
    cell's paragraphs)."""
    borders = (f'<w:top w:val="single" w:sz="{thick}" w:space="0" w:color="000000"/><w:left w:val="nil"/>'
               f'<w:bottom w:val="single" w:sz="{thick}" w:space="0" w:color="000000"/><w:right w:val="nil"/>'
               f'<w:insideH w:val="single" w:sz="{thin}" w:space="0" w:color="000000"/><w:insideV w:val="nil"/>')
    properties = (f'<w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
                  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
                  '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>')
    cells = "".join(f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{height}" w:hRule="exact"/></w:trPr>'
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{row}</w:tc></w:tr>' for height, row in rows)
    return f'<w:tbl>{properties}<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>{cells}</w:tbl>'


WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
EMU = 635  # EMUs a twip


def box_at_foot(width: int, height: int, content: str, name: str) -> str:
    """A run holding a borderless text box ``width`` × ``height`` twips, its ``content`` (paragraphs
    and tables) set at its bottom, anchored at the foot of the type area on the page of the
    paragraph that holds it; the text above flows clear of it (wrapTopAndBottom). Its namespaces
    are declared by ``document_part``."""
    cx, cy = width * EMU, height * EMU
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="1" name={attribute(name)}/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{WPS_NS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def blank_footer() -> str:
    """A footer with nothing in it: pages of the 版记 section carry no number (GB/T 9704 7.5)."""
    return f'{XML_HEADER}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p/></w:ftr>'


def document_part(body: str, section: str) -> str:
    """``word/document.xml``; a body that holds a drawing (``box_at_foot``) has its namespaces
    declared on the root, as Word writes them."""
    drawing = f' xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:wps="{WPS_NS}"' if "<w:drawing>" in body else ""
    return f'{XML_HEADER}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"{drawing}><w:body>{body}{section}</w:body></w:document>'


def content_types(numbering: bool) -> str:
    """``[Content_Types].xml``: every part's type; numbering.xml only when a style uses its list."""
    overrides = [("/word/document.xml", "wordprocessingml.document.main"), ("/word/styles.xml", "wordprocessingml.styles"),
                 ("/word/settings.xml", "wordprocessingml.settings")]
    overrides += [("/word/numbering.xml", "wordprocessingml.numbering")] if numbering else []
    overrides += [("/word/fontTable.xml", "wordprocessingml.fontTable"), ("/word/footer1.xml", "wordprocessingml.footer"),
                  ("/word/footer2.xml", "wordprocessingml.footer"), ("/word/footer3.xml", "wordprocessingml.footer"),
                  ("/word/theme/theme1.xml", "theme")]
    listed = "".join(f'<Override PartName="{name}" ContentType="application/vnd.openxmlformats-officedocument.{kind}+xml"/>' for name, kind in overrides)
    return (XML_HEADER + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + listed +
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            "</Types>")


PACKAGE_RELATIONSHIPS = (
    XML_HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
def document_relationships(numbering: bool) -> str:
    """``word/_rels/document.xml.rels``; the ids are fixed (sections name rId4, rId5 and rId7)."""
    targets = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId3", "fontTable", "fontTable.xml"),
               ("rId4", "footer", "footer1.xml"), ("rId5", "footer", "footer2.xml")]
    targets += [("rId6", "numbering", "numbering.xml")] if numbering else []
    targets += [("rId7", "footer", "footer3.xml"), ("rId8", "theme", "theme/theme1.xml")]
    listed = "".join(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{target}"/>'
                     for rid, kind, target in targets)
    return XML_HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + listed + "</Relationships>"


# The theme: Word's required colour, font and format schemes at their smallest. drafter's styles name
# every face themselves, so the theme's fonts only serve text a user adds outside drafter's styles.
_SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = f'<a:ln w="9525">{_SOLID}</a:ln>'
_NO_EFFECT = "<a:effectStyle><a:effectLst/></a:effectStyle>"
THEME = (
    XML_HEADER + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="drafter"><a:themeElements>'
    '<a:clrScheme name="drafter"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
    '<a:dk2><a:srgbClr val="000000"/></a:dk2><a:lt2><a:srgbClr val="FFFFFF"/></a:lt2>'
    + "".join(f'<a:accent{n}><a:srgbClr val="{colour}"/></a:accent{n}>' for n, colour in enumerate(("FF0000", "000000", "808080", "C00000", "404040", "A6A6A6"), 1))
    + '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="drafter">'
    f'<a:majorFont><a:latin typeface="{WESTERN_FONT}"/><a:ea typeface="黑体"/><a:cs typeface="{WESTERN_FONT}"/></a:majorFont>'
    f'<a:minorFont><a:latin typeface="{WESTERN_FONT}"/><a:ea typeface="仿宋_GB2312"/><a:cs typeface="{WESTERN_FONT}"/></a:minorFont>'
    '</a:fontScheme><a:fmtScheme name="drafter">'
    f'<a:fillStyleLst>{_SOLID * 3}</a:fillStyleLst>'
    f'<a:lnStyleLst>{_LINE * 3}</a:lnStyleLst><a:effectStyleLst>{_NO_EFFECT * 3}</a:effectStyleLst>'
    f'<a:bgFillStyleLst>{_SOLID * 3}</a:bgFillStyleLst>'
    '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
)
APP_PROPERTIES = (XML_HEADER + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                  "<Application>drafter</Application></Properties>")


def core_properties_part(title: str, author: str, moment: str) -> str:
    """``docProps/core.xml`` with fixed dates, so the same data gives the same bytes."""
    return (XML_HEADER + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{text(title)}</dc:title><dc:creator>{text(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{text(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{moment}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{moment}</dcterms:modified></cp:coreProperties>')
