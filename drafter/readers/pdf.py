"""The .pdf reader: the text layer with positions, put back into the paragraphs the report had.

PDFium (through pypdfium2, which ships it as a wheel for Windows, macOS and Linux) gives each page's
text as lines in reading order, and a box for every character: about 1 ms a page, against some 20
for pdfminer on Chinese text, which keeps a 100,000-character report well inside a second.

From the lines' places on the page this reader
- drops page numbers (「— 3 —」, 「-3-」, 「第3页」) and running headers and footers (the same line
  at the top or foot of most pages);
- finds the type area (the body's left and right edges, the width of a character) from the lines
  themselves, so any page size and margin works;
- starts a paragraph where a line is indented (GB/T 9704 indents each by two characters), centred
  (the title), set to the right (署名, 成文日期), follows a line that stopped short, or starts with
  a heading's marker after a sentence's end; every other line continues the paragraph above it,
  across a page break too;
- removes the spaces PDF text layers put between Chinese and Latin runs.
A PDF without a text layer (a scan) is refused with a message; OCR is not attempted.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.readers import PAGE_NUMBER, Source, SourceParagraph, joined_lines, without_layout_spaces
from drafter.text.markers import leading_marker

MAX_PAGES = 2000


@dataclass
class Line:
    """One line of text on a page, with its box in points (PDF coordinates: y grows upwards)."""

    page: int
    left: float
    right: float
    top: float
    bottom: float
    text: str
    page_height: float
    page_width: float = 0.0


def read(path: Path, data: bytes) -> Source:
    lines = page_lines(path, data)
    if not any(line.text.strip() for line in lines):
        raise DrafterError([Problem(str(path), _("这个 PDF 没有文字层（可能是扫描件），无法导入。请先用文字识别（OCR）转成文字，或找到原来的 Word 文件。"))])
    return Source(paragraphs_of(without_running_lines(lines)), [".pdf"])


def page_lines(path: Path, data: bytes) -> list[Line]:
    """Every non-empty line of every page, in reading order."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = str(error)
        message = _("这个 PDF 有密码保护，无法读取。请用没有密码的版本。") if "password" in reason.lower() else \
            _("这不是可读的 PDF 文件（{reason}）：文件可能已损坏或被截断。").format(reason=reason[:80])
        raise DrafterError([Problem(str(path), message)]) from None
    try:
        if len(document) > MAX_PAGES:
            raise DrafterError([Problem(str(path), _("这个 PDF 有 {n} 页，超过 {most} 页，不像是一份报告。").format(n=len(document), most=MAX_PAGES))])
        lines: list[Line] = []
        for index in range(len(document)):
            lines += _lines_of_page(document[index], index + 1)
        return lines
    finally:
        document.close()


def _lines_of_page(page, number: int) -> list[Line]:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        lines, position = [], 0
        for piece in text.split("\r\n"):
            start, end = position, position + len(piece)
            position = end + 2
            stripped = piece.strip()
            if not stripped:
                continue
            first = start + (len(piece) - len(piece.lstrip()))
            last = start + len(piece.rstrip()) - 1
            left, bottom, _right, top = textpage.get_charbox(first)
            _left, last_bottom, right, last_top = textpage.get_charbox(last)
            line = Line(number, left, right, max(top, last_top), min(bottom, last_bottom), without_layout_spaces(stripped), height, width)
            if lines and same_line(lines[-1], line):
                lines[-1] = joined(lines[-1], line)
            else:
                lines.append(line)
        return lines
    finally:
        textpage.close()
        page.close()


def same_line(before: Line, after: Line) -> bool:
    """Whether PDFium broke one printed line in two: ``after`` starts where ``before`` ends (within a
    character), at the same height. It does so where a line's font changes, as before 「**省示」
    after a full-width ，, and the reader would take the piece for an indented new paragraph. Table
    cells side by side stand further apart and stay lines of their own."""
    overlap = min(before.top, after.top) - max(before.bottom, after.bottom)
    height = min(before.top - before.bottom, after.top - after.bottom)
    gap = after.left - before.right  # a mark's box is narrower than its em: the gap after ， is most of one
    return height > 0 and overlap >= height / 2 and -1 <= gap <= max(before.top - before.bottom, after.top - after.bottom)


def joined(before: Line, after: Line) -> Line:
    return Line(before.page, before.left, after.right, max(before.top, after.top), min(before.bottom, after.bottom),
                joined_lines(before.text, after.text), before.page_height, before.page_width)


def without_running_lines(lines: list[Line]) -> list[Line]:
    """``lines`` without page numbers, and without headers and footers that repeat on most pages."""
    pages = max((line.page for line in lines), default=0)
    in_margin = [line for line in lines if _in_margin(line)]
    repeated = Counter(re.sub(r"\d+", "#", line.text) for line in in_margin)
    running = {text for text, seen in repeated.items() if pages >= 3 and seen >= max(3, pages // 2)}
    return [line for line in lines if not (_in_margin(line) and (PAGE_NUMBER.match(line.text) or re.sub(r"\d+", "#", line.text) in running))]


def _in_margin(line: Line) -> bool:
    """In the top tenth or the bottom eighth of the page, where headers, footers and page numbers go."""
    return line.top > line.page_height * 0.9 or line.bottom < line.page_height * 0.125


@dataclass
class TypeArea:
    """The body's left and right edges and a character's width, as the lines show them."""

    left: float
    right: float
    char: float

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def type_area(lines: list[Line]) -> TypeArea:
    lefts = Counter(round(line.left) for line in lines)
    left = min(lefts.most_common(3))[0] if lefts else 0  # the margin: the leftmost of the commonest starts
    # a centred line (the title) is no measure of the right edge: in a report of short lines it was the widest
    wide = [line.right for line in lines if len(line.text) >= 15 and not centred_on_page(line, left, 20)]
    right = statistics.median(sorted(wide)[len(wide) // 2:]) if wide else max((line.right for line in lines), default=left + 1)
    sizes = [(line.right - line.left) / len(line.text) for line in lines if len(line.text) >= 15 and not line.text.isascii()]
    char = statistics.median(sizes) if sizes else 16.0
    if lines and abs(lines[0].page_width - A4_WIDTH) < 3 and abs(left - GB_LEFT) < 3 * MM:
        right = max(right, left + GB_WIDTH)  # a 公文 on A4: its lines may all stop short (a page of one-line paragraphs)
    return TypeArea(left, right, char)


def centred_on_page(line: Line, left: float, gap: float) -> bool:
    """Centred on the page (within 2% of its width) with at least ``gap`` to spare on either side of a
    type area with even margins: centred in the type area, whatever the estimate of its right edge.
    (A full line, indented, stands near the page's centre too, but it reaches the right margin.)"""
    return (line.left > left + gap and line.right < line.page_width - left - gap
            and abs((line.left + line.right) / 2 - line.page_width / 2) <= 0.02 * line.page_width)


MM = 72 / 25.4
A4_WIDTH = 210 * MM
GB_LEFT, GB_WIDTH = 28 * MM, 156 * MM  # GB/T 9704 5.2.1: the type area 156 mm wide, 28 mm from the left edge


def paragraphs_of(lines: list[Line]) -> list[SourceParagraph]:
    """Lines joined into paragraphs by where they stand (see the module's notes)."""
    area = type_area(lines)
    paragraphs: list[SourceParagraph] = []
    previous: Line | None = None
    for line in lines:
        centred = line.left > area.left + 1.5 * area.char and (abs((line.left - area.left) - (area.right - line.right)) <= area.char or centred_on_page(line, area.left, 1.5 * area.char))
        right = not centred and line.left >= area.centre - area.char and line.right >= area.right - 5 * area.char and len(line.text) <= 24
        indented = line.left >= area.left + 1.2 * area.char
        continues = (previous is not None and paragraphs and not centred and not right and not indented
                     and not paragraphs[-1].centered and not paragraphs[-1].right
                     and (previous.right >= area.right - 1.6 * area.char or wrapped_before(previous, line, area))
                     and not opens_heading(previous, line))
        if continues:
            last = paragraphs[-1]
            last.text = joined_lines(last.text, line.text)
        else:
            paragraphs.append(SourceParagraph(len(paragraphs) + 1, line.text, centered=centred, right=right, page=line.page))
        previous = line
    return paragraphs


def opens_heading(previous: Line, line: Line) -> bool:
    """A line that starts with a heading's marker (一、（一）1.（1）) after a sentence's end: a heading of
    its own, even where the type area's right edge is uncertain (a document whose lines all stop
    short, where the longest of them is taken for the edge)."""
    return previous.text.rstrip()[-1:] in SENTENCE_ENDS and leading_marker(line.text) is not None


SENTENCE_ENDS = "。！？；：…"


# What a line cannot break inside: letters and figures with their marks and what closes them
# (「7.6%。1.2」: LibreOffice keeps the figures either side of the 。 together), or one character with
# the marks that may not start a line after it (「划。」, 避头尾).
_UNBROKEN = re.compile(r"(?:[0-9A-Za-z.%％+\-/:,·]+(?:[。，、；：！？）》”’]+[0-9A-Za-z.%％]+)*|[^\s0-9A-Za-z])[。，、；：！？）》”’…—]*")


def wrapped_before(previous: Line, line: Line, area: TypeArea) -> bool:
    """A line that stopped short, mid-sentence, only because the next line's first run (「7.6%。」, a
    URL, a code, 「划。」) could not be broken and did not fit in what was left: the paragraph goes on.
    A line that ends a sentence ends its paragraph as before."""
    word = _UNBROKEN.match(line.text)
    if not word or previous.text.rstrip()[-1:] in SENTENCE_ENDS:
        return False
    width = sum(0.6 if char.isascii() else 1.0 for char in word.group(0)) * area.char
    return previous.right + width > area.right - 0.3 * area.char
