"""The .txt reader: one paragraph a line, in whatever encoding the text was saved.

Clerks' text comes from Notepad (UTF-8, with or without a BOM, or UTF-16), from a PDF copied on
an older Windows (GBK), or from a web page. The encoding is found in this order: a byte-order
mark; UTF-8 if the bytes are valid UTF-8; UTF-16 without a mark if every other byte is mostly
zero; GB18030 (which contains GBK and GB2312) if the bytes are valid for it. ``--encoding`` names
one instead. No guess is made past that: text that fits none is refused with the offending byte.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.readers import Source, SourceParagraph

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read(path: Path, data: bytes, encoding: str | None = None) -> Source:
    text, used = decode(data, str(path), encoding)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return Source([SourceParagraph(number, line.strip()) for number, line in enumerate(lines, 1)], [".txt"], used)


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
