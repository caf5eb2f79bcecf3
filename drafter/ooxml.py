"""WordprocessingML that python-docx's API lacks: styles with East-Asian fonts, the document grid,
odd/even footers with a PAGE field, outline levels. Each function makes one OOXML thing."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

WESTERN_FONT = "Times New Roman"


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
    line: int | None = None  # exact line spacing, twips
    before: int = 0
    after: int = 0
    character_spacing: int = 0  # twentieths of a point
    outline_level: int | None = None
    keep_next: bool = False
    snap_to_grid: bool = True
    default: bool = False
    based_on: str | None = None
    next_style: str | None = None


def run_fonts_xml(east_asia: str, western: str) -> str:
    """``w:rFonts`` naming both faces explicitly, with no theme attribute left to override them."""
    return (f"<w:rFonts w:ascii={quoteattr(western)} w:hAnsi={quoteattr(western)} "
            f"w:eastAsia={quoteattr(east_asia)} w:cs={quoteattr(western)}/>")


def run_properties_xml(spec: StyleSpec) -> str:
    size = spec.size_half_points
    spacing = f"<w:spacing w:val=\"{spec.character_spacing}\"/>" if spec.character_spacing else ""
    return f"<w:rPr>{run_fonts_xml(spec.east_asia, spec.western)}{spacing}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr>"


def paragraph_properties_xml(spec: StyleSpec) -> str:
    parts = []
    if spec.keep_next:
        parts.append("<w:keepNext/>")
    if not spec.snap_to_grid:
        parts.append("<w:snapToGrid w:val=\"0\"/>")
    spacing = f"w:before=\"{spec.before}\" w:after=\"{spec.after}\""
    if spec.line:
        spacing += f" w:line=\"{spec.line}\" w:lineRule=\"exact\""
    parts.append(f"<w:spacing {spacing}/>")
    parts.append(f"<w:ind w:left=\"{spec.left}\" w:right=\"{spec.right}\" w:firstLine=\"{spec.first_line}\"/>")
    parts.append(f"<w:jc w:val=\"{spec.align}\"/>")
    if spec.outline_level is not None:
        parts.append(f"<w:outlineLvl w:val=\"{spec.outline_level}\"/>")
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def style_element(spec: StyleSpec):
    """A ``w:style`` for ``spec``: named, with its own fonts, size and paragraph layout."""
    default = " w:default=\"1\"" if spec.default else ""
    inner = f"<w:name w:val={quoteattr(spec.name)}/>"
    if spec.based_on:
        inner += f"<w:basedOn w:val=\"{spec.based_on}\"/>"
    if spec.next_style:
        inner += f"<w:next w:val=\"{spec.next_style}\"/>"
    inner += "<w:qFormat/>"
    if spec.kind == "paragraph":
        inner += paragraph_properties_xml(spec)
    inner += run_properties_xml(spec)
    return parse_xml(f"<w:style {nsdecls('w')} w:type=\"{spec.kind}\" w:styleId=\"{spec.style_id}\"{default}>{inner}</w:style>")


def document_defaults_element(spec: StyleSpec, language: str = "zh-CN"):
    """``w:docDefaults`` with explicit fonts and Chinese as the East-Asian language (not the template's ja-JP)."""
    size = spec.size_half_points
    return parse_xml(
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{run_fonts_xml(spec.east_asia, spec.western)}"
        f"<w:kern w:val=\"0\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"
        f"<w:lang w:val=\"en-US\" w:eastAsia=\"{language}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    )


# The default character, table and numbering styles every Word document has; Word and WPS expect them.
BUILT_IN_DEFAULT_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>',
)


def replace_styles(styles_element, specs: list[StyleSpec], defaults: StyleSpec) -> None:
    """Empty the styles part of python-docx's template (theme fonts everywhere) and put ours in."""
    for child in list(styles_element):
        styles_element.remove(child)
    styles_element.append(document_defaults_element(defaults))
    for spec in specs:
        styles_element.append(style_element(spec))
    for xml in BUILT_IN_DEFAULT_STYLES:
        styles_element.append(parse_xml(xml.replace("<w:style ", f"<w:style {nsdecls('w')} ", 1)))


def document_grid_element(line_pitch: int):
    """``w:docGrid`` of type ``lines``: a fixed number of lines a page."""
    return parse_xml(f"<w:docGrid {nsdecls('w')} w:type=\"lines\" w:linePitch=\"{line_pitch}\"/>")


def set_document_grid(section_properties, grid) -> None:
    old = section_properties.find(qn("w:docGrid"))
    if old is not None:
        section_properties.replace(old, grid)
    else:
        section_properties.append(grid)


def page_number_paragraph(style_id: str):
    """A footer paragraph 「— N —」 with N a PAGE field (GB/T 9704 7.5)."""
    run = "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>"
    field = ("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
             "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
             "<w:r><w:t>1</w:t></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
    return parse_xml(f"<w:p {nsdecls('w')}><w:pPr><w:pStyle w:val=\"{style_id}\"/></w:pPr>"
                     f"{run.format('— ')}{field}{run.format(' —')}</w:p>")


def replace_paragraphs(container_element, paragraph) -> None:
    """Make ``paragraph`` the only content of a header or footer."""
    for child in list(container_element):
        container_element.remove(child)
    container_element.append(paragraph)


def paragraph_indent_element(left: int = 0, right: int = 0, first_line: int = 0):
    return parse_xml(f"<w:ind {nsdecls('w')} w:left=\"{left}\" w:right=\"{right}\" w:firstLine=\"{first_line}\"/>")


@dataclass(frozen=True)
class FontSpec:
    """A ``w:font`` entry: the face an office names, and the face Word falls back to (altName)."""

    name: str
    alternative: str
    family: str = "modern"


def font_table_entries(fonts: list[FontSpec]) -> list:
    """``w:font`` entries with GB2312 charset and an altName, so Word substitutes a near face."""
    return [
        parse_xml(f"<w:font {nsdecls('w')} w:name={quoteattr(f.name)}><w:altName w:val={quoteattr(f.alternative)}/>"
                  f"<w:charset w:val=\"86\"/><w:family w:val=\"{f.family}\"/><w:pitch w:val=\"fixed\"/></w:font>")
        for f in fonts
    ]
