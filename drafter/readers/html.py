"""The .html reader: a report saved from a web page (网页另存为, also as a single-file .mht) or
exported as HTML by Word, WPS or LibreOffice. Each block element (p, div, h1–h6, li, a table's row) is a paragraph, with the
alignment the page gives it; a <br> breaks a line inside one, as Shift+Enter does in a .docx.
Scripts, styles, forms and <nav> are left out. A site's own lines around the article (its menus
and path, 发布时间：, 上一篇) are the recogniser's to leave out, as for a page copied as text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.readers import PAGE_NUMBER, Source, SourceParagraph
from drafter.readers.text import decode

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "header", "footer",
          "blockquote", "pre", "dd", "dt", "dl", "ul", "ol", "center", "form", "body", "html", "main", "aside", "figure", "caption"}
CELLS = {"td", "th"}
SKIPPED = {"script", "style", "noscript", "select", "option", "button", "iframe", "svg", "head", "nav", "template", "textarea", "object"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_ALIGN = re.compile(r"text-align\s*:\s*(center|right|left|justify)", re.I)


def read(path: Path, data: bytes, encoding: str | None = None) -> Source:
    if is_web_archive(data):
        data, encoding = archived_page(path, data, encoding)
    text, used = decode(data, str(path), encoding or declared_encoding(data))
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    parser.end_block()
    return Source([SourceParagraph(number, text, centered=align == "center", right=align == "right")
                   for number, (text, align) in enumerate(parser.paragraphs, 1)], [".html"], used)


def is_web_archive(data: bytes) -> bool:
    """A single-file web page (.mht, .mhtml: Internet Explorer's and Word's 单个文件网页), a MIME message."""
    head = data[:2048].lstrip().lower()
    return head.startswith((b"mime-version:", b"from:", b"content-type: multipart/related", b"subject:", b"date:")) and b"multipart/related" in data[:4096].lower()


def archived_page(path: Path, data: bytes, encoding: str | None) -> tuple[bytes, str | None]:
    """The page inside a web archive (its first text/html part, undone from quoted-printable or
    base64) and the charset the archive gives it."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            content = part.get_payload(decode=True) or b""
            return content, encoding or _known(part.get_content_charset())
    raise DrafterError([Problem(str(path), _("这个单个文件网页（.mht）里没有网页内容，无法导入。请在浏览器中打开后另存为 .html，或复制文字存为 .txt。"))])


def _known(charset: str | None) -> str | None:
    import codecs

    if not charset:
        return None
    charset = "gb18030" if charset.lower() in _GB else charset
    try:
        codecs.lookup(charset)
    except LookupError:
        return None
    return charset


_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "euc-cn", "cp936"}  # all read as GB18030, which holds them


def declared_encoding(data: bytes) -> str | None:
    """The charset a page's <meta> declares, if Python knows it (GB2312 and GBK read as GB18030)."""
    import codecs

    found = _CHARSET.search(data[:4096])
    if not found:
        return None
    name = found.group(1).decode("ascii").lower()
    name = "gb18030" if name in _GB else name
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return None  # declared wrongly, as pages often are: found from the bytes instead
    return name


class _Blocks(HTMLParser):
    """The page's text, a paragraph a block element, each with the alignment it or a block around it sets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, str]] = []
        self.pieces: list[str] = []
        self.skipping = 0  # depth inside script, style, nav …
        self.aligns: list[tuple[str, str]] = []  # (tag, alignment) of the open blocks
        self.in_row = False

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "br":
            self.pieces.append("\n")
        elif tag in CELLS:
            if self.in_row and "".join(self.pieces).strip():
                self.pieces.append("\u3000")  # cells of one row, as the .docx reader joins them
        elif tag in BLOCKS:
            self.end_block()
            self.in_row = tag == "tr"
            self.aligns.append((tag, _alignment(dict(attrs))))

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag in BLOCKS:
            self.end_block()
            for index in range(len(self.aligns) - 1, -1, -1):
                if self.aligns[index][0] == tag:
                    del self.aligns[index:]
                    break
            if tag == "tr":
                self.in_row = False

    def handle_data(self, data):
        if not self.skipping:
            self.pieces.append(data)

    def end_block(self):
        """The text gathered since the last block boundary, as one paragraph (spaces as HTML shows them)."""
        lines = [_SPACES.sub(" ", line).strip(" ") for line in "".join(self.pieces).split("\n")]
        text = "\n".join(line for line in lines if line.strip()).strip()
        self.pieces = []
        if text and not PAGE_NUMBER.match(text):  # an office suite's footer, exported with the body
            align = next((align for _tag, align in reversed(self.aligns) if align), "")
            self.paragraphs.append((text, align))


def _alignment(attributes: dict) -> str:
    """center, right, left or justify where the element sets it (style before align), else ''."""
    style = _ALIGN.search(attributes.get("style") or "")
    align = (style.group(1) if style else attributes.get("align") or "").lower()
    return align if align in ("center", "right", "left", "justify") else ""
