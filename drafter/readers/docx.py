"""The .docx reader: paragraphs and tables of the main document, read from the XML with lxml.

python-docx refuses attribute values its enumerations do not know (LibreOffice 7.6 writes
``<w:jc w:val="start"/>``, WPS writes its own), so the few things import needs are read here
directly and leniently: text, style name, alignment and list numbering, each through the style's
``basedOn`` chain. The package is checked (size, parts, no DOCTYPE) before anything is parsed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import guard_package, package_errors
from drafter.files import damage
from drafter.i18n import _
from drafter.readers import Source, SourceParagraph
from drafter.readers.numbering import list_labels
from drafter.text.markers import leading_marker

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CENTERED = {"center"}
_RIGHT = {"right", "end"}
# Heading styles by name (drafter's, Word's English and Chinese built-ins): their level.
HEADING_STYLES = {name: level for level in range(1, 5) for name in
                  (("一级标题", "二级标题", "三级标题", "四级标题")[level - 1], f"Heading {level}", f"heading {level}", f"标题 {level}")}
# Where text is not the paragraph's own: deleted revisions, text boxes (read after it), comments.
_NOT_TEXT = {W + "del", W + "txbxContent", W + "moveFrom", W + "comment"}


def read(path: Path, data: bytes, steps: list[str] | None = None) -> Source:
    """The body of the .docx whose bytes are ``data`` (``path`` names it in messages)."""
    guard_package(io.BytesIO(data), ".docx", where=path)
    body, styles = parsed_body(path, data)
    paragraphs: list[SourceParagraph] = []
    for block in _blocks(body):
        for inner in [block, *(boxed for box in _text_boxes(block) for boxed in _blocks(box))]:
            if inner.tag == f"{W}tbl":
                paragraphs += _table_rows(inner, len(paragraphs))
            else:
                paragraphs.append(_paragraph(inner, styles, len(paragraphs) + 1))
    return Source(paragraphs, (steps or []) + [".docx"])


def parsed_body(path: Path, data: bytes):
    """The document's ``w:body``, with each list label written into its paragraph (``with_list_labels``),
    and its styles; a plain problem for a file that is no readable .docx."""
    unreadable = _("这不是可读的 .docx 文件（{reason}）。若是扫描件或 .doc，请先另存为 .docx。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            document = _xml(archive.read(_main_part(archive, names)))
            styles = Styles(_xml(archive.read("word/styles.xml")) if "word/styles.xml" in names else None)
            numbering = _xml(archive.read("word/numbering.xml")) if "word/numbering.xml" in names else None
    except DrafterError:
        raise
    except (SyntaxError, *package_errors()) as error:  # lxml's XMLSyntaxError is a SyntaxError
        raise DrafterError([Problem(str(path), unreadable.format(reason=damage(error)))]) from None
    body = document.find(f"{W}body")
    if body is None:
        raise DrafterError([Problem(str(path), unreadable.format(reason="no body"))])
    with_list_labels(body, numbering, styles)
    return body, styles


def with_list_labels(body, numbering, styles: Styles) -> None:
    """Write each paragraph's list label (一、, which Word and WPS work out from numbering.xml, see
    ``readers.numbering``) into it as its first text, so every reader of the tree sees the report as
    printed: headings, table cells and captions alike. A heading style's label that is no official
    marker (第一章) is left out: the style gives the heading its level."""
    for paragraph, label in list_labels(body, numbering, styles).items():
        label = label.strip()
        if heading_level(paragraph, styles) is not None and leading_marker(label + text_of(paragraph).strip()) is None:
            continue
        run = paragraph.makeelement(f"{W}r")
        run.append(paragraph.makeelement(f"{W}t"))
        run[0].text = label
        properties = paragraph.find(f"{W}pPr")
        paragraph.insert(0 if properties is None else paragraph.index(properties) + 1, run)


def _text_boxes(paragraph) -> list:
    """The text boxes a paragraph holds (a 版记 or a note set in one, as drafter and WPS do): read
    after the paragraph, each once (not a Word 2007 copy of it in ``mc:Fallback``)."""
    if paragraph.tag != f"{W}p":
        return []
    return [box for box in paragraph.iter(f"{W}txbxContent")
            if not any(ancestor.tag in (f"{MC}Fallback", f"{W}txbxContent") for ancestor in box.iterancestors())]


def _xml(content: bytes):
    from lxml import etree

    return etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False))


def _main_part(archive: zipfile.ZipFile, names: set[str]) -> str:
    """The main document part: word/document.xml, or wherever the package's relationships say."""
    if "word/document.xml" in names:
        return "word/document.xml"
    relationships = _xml(archive.read("_rels/.rels"))
    for relation in relationships:
        if relation.get("Type", "").endswith("/officeDocument"):
            return relation.get("Target", "").lstrip("/")
    raise KeyError("word/document.xml")


def _blocks(container):
    """Body paragraphs and tables in order, also inside content controls (w:sdt)."""
    for child in container:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)


def text_of(element) -> str:
    """The text a reader sees in ``element``: runs' text, tabs and breaks, not deleted text or text boxes."""
    pieces = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if any(ancestor.tag in _NOT_TEXT for ancestor in _ancestors_within(node, element)):
            continue
        tag = node.tag[len(W):]
        pieces.append(node.text or "" if tag == "t" else {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}[tag])
    return "".join(pieces)


def _ancestors_within(node, element):
    """``node``'s ancestors up to ``element`` (a text box's own paragraphs are read as text)."""
    for ancestor in node.iterancestors():
        if ancestor is element:
            return
        yield ancestor


class Styles:
    """Paragraph styles by id: their names, and alignment and numbering through ``basedOn``."""

    def __init__(self, root):
        self.by_id = {}
        if root is not None:
            for style in root.iter(f"{W}style"):
                self.by_id[style.get(f"{W}styleId")] = style

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id)
        name = style.find(f"{W}name") if style is not None else None
        return name.get(f"{W}val", "") if name is not None else (style_id or "")

    def inherited(self, style_id: str | None, path: str):
        """The first element at ``path`` (under the style) along the ``basedOn`` chain."""
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return None
            found = style.find(path)
            if found is not None:
                return found
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return None


def heading_level(p, styles: Styles) -> int | None:
    """The level of a heading whose style (一级标题, Heading 1, 标题 1) is numbered by a list."""
    properties = p.find(f"{W}pPr")
    style_ref = properties.find(f"{W}pStyle") if properties is not None else None
    style_id = style_ref.get(f"{W}val") if style_ref is not None else None
    numbered = (properties is not None and properties.find(f"{W}numPr") is not None) or styles.inherited(style_id, f"{W}pPr/{W}numPr") is not None
    return HEADING_STYLES.get(styles.name(style_id)) if numbered else None


def _paragraph(p, styles: Styles, number: int) -> SourceParagraph:
    properties = p.find(f"{W}pPr")
    style_ref = properties.find(f"{W}pStyle") if properties is not None else None
    style_id = style_ref.get(f"{W}val") if style_ref is not None else None
    own_jc = properties.find(f"{W}jc") if properties is not None else None
    jc = own_jc if own_jc is not None else styles.inherited(style_id, f"{W}pPr/{W}jc")
    alignment = jc.get(f"{W}val", "") if jc is not None else ""
    return SourceParagraph(number, text_of(p).strip(), styles.name(style_id), alignment in _CENTERED, heading_level(p, styles), alignment in _RIGHT)


def _table_rows(table, before: int) -> list[SourceParagraph]:
    """A table's rows as paragraphs of their cells, so no character of it is lost."""
    rows = []
    for row in table.iter(f"{W}tr"):
        if any(ancestor.tag == f"{W}tbl" and ancestor is not table for ancestor in row.iterancestors()):
            continue  # a nested table's rows come with their cell
        cells = [text_of(cell).strip() for cell in row.findall(f"{W}tc")]  # a merged cell is one w:tc, or empty ones below it
        text = "　".join(cell for cell in cells if cell)
        rows.append(SourceParagraph(before + len(rows) + 1, text, "table"))
    return rows
