"""The .txt reader: one paragraph a line, in whatever encoding the text was saved; a text copied
from a PDF, one printed line a line, is put back into its paragraphs (``unwrapped``).

Clerks' text comes from Notepad (UTF-8, with or without a BOM, or UTF-16), from a PDF copied on
an older Windows (GBK), or from a web page. The encoding is found in this order: a byte-order
mark; UTF-8 if the bytes are valid UTF-8; UTF-16 without a mark if every other byte is mostly
zero; GB18030 (which contains GBK and GB2312) if the bytes are valid for it. ``--encoding`` names
one instead. No guess is made past that: text that fits none is refused with the offending byte.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.readers import CLOSING, ENDS_SENTENCE, PAGE_NUMBER, Source, SourceParagraph, joined_lines, without_layout_spaces
from drafter.text.dates import date_of
from drafter.text.markers import leading_marker

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read(path: Path, data: bytes, encoding: str | None = None) -> Source:
    text, used = decode(data, str(path), encoding)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs = [SourceParagraph(number, line.strip()) for number, line in enumerate(lines, 1)]
    full = wrap_width(lines)
    return Source(paragraphs if full is None else unwrapped(paragraphs, lines, full), [".txt"], used)


# --- text copied line by line from a PDF -------------------------------------------------------------

SLACK = 4  # columns a full line may fall short: 避头尾 brings a character or two down with a mark
INDENT = 4  # columns of a paragraph's first-line indent, which a copied line does not keep
MIN_WRAPPED = 5  # full lines of one width it takes to call a text hard-wrapped


def width(text: str) -> int:
    """Columns ``text`` fills: two for a Chinese character or mark, one for ASCII."""
    return sum(1 if ord(char) < 0x2E80 else 2 for char in text)


def _printed(line: str) -> str:
    """A line as printed: no form feed (a page break in pdftotext's copy), no layout spaces."""
    return without_layout_spaces(line.replace("\f", "").strip())


def wrap_width(lines: list[str]) -> int | None:
    """The width a text copied line by line from a PDF was wrapped at: the commonest width of its
    long lines, if most of them have it (within two columns); None for a text of one line a
    paragraph, whose lines are as long as their paragraphs."""
    widths = [w for w in (width(_printed(line)) for line in lines) if w >= 20]
    if len(widths) < MIN_WRAPPED:
        return None
    common = max(set(widths), key=lambda w: sum(1 for other in widths if w - 2 <= other <= w))
    full = sum(1 for other in widths if common - 2 <= other <= common)
    return common if full >= MIN_WRAPPED and full >= 0.5 * len(widths) else None


def unwrapped(paragraphs: list[SourceParagraph], lines: list[str], full: int) -> list[SourceParagraph]:
    """A text copied from a PDF, one printed line a line, put back into its paragraphs.

    Page numbers (「— 3 —」) go, with the blank line and form feed of the page break after them;
    spaces the PDF put between Chinese and digits go, as in ``readers.pdf``. A line after a full one
    continues its paragraph, across a page break too, unless it is indented, starts with a heading's
    number (一、（一）1.（1）) or is the closing 特此报告, or follows a 一级标题 of one line that ends
    a sentence (「一、坚持……，着力推动教育优先发展。」). A blank line ends a paragraph."""
    result: list[SourceParagraph] = []
    joined: list[str] = []  # the lines of the paragraph being put together
    blank = False
    for paragraph, line in zip(paragraphs, lines):
        text = _printed(line)
        if not text or PAGE_NUMBER.match(text):
            blank = blank or not text
            continue
        blank = blank and not line.startswith("\f")  # the blank before a page's form feed ends nothing
        if result and not blank and _CLOSERS_ONLY.match(text):  # a mark hung past the margin, copied as a line
            result[-1].text += text
            joined[-1] += text
            continue
        head = len(result) <= 3  # the title's lines and the 主送机关
        if joined and not blank and _goes_on(joined, full, text, head) and _continues(joined, line, text, head):
            result[-1].text = joined_lines(result[-1].text, text)
            joined.append(text)
            continue
        result.append(replace(paragraph, text=text))
        joined, blank = [text], False
    return result


_OPENING = "“‘《（〔【「『"
_CLOSERS_ONLY = re.compile(r"^[，。、；：！？”’）》」』〕】]+$")


def _goes_on(joined: list[str], full: int, following: str, head: bool) -> bool:
    """Whether the paragraph whose lines are ``joined`` may go on to ``following``: its last line is
    full (less a mark's slack, the first line's indent, and a character more before an opening mark,
    which may not end a line), or it stops short of a sentence's end after half a line, where a line
    broke before digits or Latin it could not split. The title's lines (at the ``head``) and a
    heading's line of its own (「（一）坚持……领导」 without 。) go on only when full."""
    last = joined[-1]
    indent = INDENT if len(joined) == 1 else 0  # a paragraph's first line starts two characters in
    opening = 2 if following[:1] in _OPENING else 0
    if width(last) >= full - SLACK - indent - opening:
        return True
    heading = head or (len(joined) == 1 and leading_marker(last) is not None and "。" not in last)
    return not heading and not ENDS_SENTENCE.search(last) and width(last) >= full // 2


def _continues(joined: list[str], line: str, text: str, head: bool) -> bool:
    if line.replace("\f", "").startswith(("　", "  ", "\t")) or leading_marker(text) is not None or CLOSING.match(text):
        return False
    if head and text.endswith(("：", ":")) and width(text) <= 40:  # the 主送机关 under the title
        return False
    if date_of(text):  # the 成文日期 under the 署名
        return False
    marker = leading_marker(joined[0])  # a 一级标题 of one line that ends a sentence stands alone; a 二级 often runs in
    return not (len(joined) == 1 and marker is not None and marker[0] == 1 and joined[0].endswith(("。", "：", "；")))


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """The text in ``data`` and the name of the encoding it was read in."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DrafterError([Problem(source, _("不认识编码「{name}」。常用的有 utf-8、gb18030（含 GBK）、utf-16。").format(name=encoding))]) from None
        return _decoded(data, encoding, source), encoding
    for bom, name in _BOMS:
        if data.startswith(bom) and not (name == "utf-32" and len(data) <= 4):  # FF FE 00 00 alone is UTF-16 and a NUL
            return _no_nul(_decoded(data, name, source), source), name
    try:
        return _no_nul(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    wide = utf16_without_bom(data)
    if wide:
        return _decoded(data, wide, source), wide
    try:
        return _no_nul(data.decode("gb18030"), source), "gb18030"
    except UnicodeDecodeError as error:
        message = _("无法识别文字编码：第 {offset} 字节起既不是 UTF-8，也不是 GB18030（GBK）或 UTF-16。请在记事本中另存为 UTF-8，或用 --encoding 指定编码。")
        raise DrafterError([Problem(source, message.format(offset=error.start), *_line_and_column(data, error.start))]) from None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when ``data`` reads as plausible text in it (nearly all Chinese,
    Chinese punctuation, full-width forms, ASCII and white space); else None. GBK bytes read as
    UTF-16 give surrogates, Hangul and private-use characters instead."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        plausible = sum(1 for char in text if _plausible(char))
        if plausible >= 0.97 * len(text):
            return name
    return None


def _plausible(char: str) -> bool:
    code = ord(char)
    return (0x20 <= code < 0x7F or char in "\t\r\n" or 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF or 0x2010 <= code <= 0x206F or 0x3400 <= code <= 0x4DBF)


def _no_nul(text: str, source: str) -> str:
    """``text``, unless it holds a NUL: then the file is not text (a program's file under a .txt name)."""
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise DrafterError([Problem(source, _("文件中有空字符（NUL），不是文本文件。请确认选对了文件。"), line)])
    return text


def _decoded(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        message = _("文件不是 {encoding} 编码（第 {offset} 字节）。请用 --encoding 指定正确的编码。")
        raise DrafterError([Problem(source, message.format(encoding=encoding, offset=error.start), *_line_and_column(data, error.start))]) from None


def _line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1
