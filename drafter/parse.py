"""Parse stage: turns the line-oriented markup that templates produce into a ``Document`` tree.

The markup has one directive a line; indentation and blank lines mean nothing, so a template
can be laid out for reading without changing the structure::

    @title TEXT        one line of the title (repeat for a title of several lines)
    @to TEXT           主送机关
    @heading TEXT      opens a headed item, closed by @end
    @heading:3 TEXT    the same, at an explicit level (1–4), to skip a level
    @runin TEXT        opens a run-in headed item: heading and first paragraph share one paragraph
    @end               closes the innermost open heading
    @p TEXT            a paragraph; a line break in TEXT starts another paragraph
    @point TEXT        a point (一是…) of the enumeration inline in the paragraph above
    @point:para TEXT   a point in a paragraph of its own
    @sign TEXT         发文机关署名
    @date TEXT         成文日期

TEXT runs to the end of the line and is HTML-unescaped. Values from the data reach the markup
escaped by the compose stage (HTML entities, plus ``&#10;`` for a line break and ``&#64;`` for
``@``), so nothing a user writes can become a directive, whichever escaping path Jinja takes.
A template that needs a literal ``&`` followed by a name and ``;`` writes it as ``&amp;``.
"""

from __future__ import annotations

import html
import re

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.model import Document, Enumeration, Heading, Paragraph

_DIRECTIVE = re.compile(r"@([a-z]+)(?::([a-z0-9]+))?(?: (.*))?$")


def escape(text: str) -> str:
    """Make ``text`` safe to place after a directive: it will come back from ``parse`` unchanged."""
    return html.escape(text).replace("@", "&#64;").replace("\r", "").replace("\n", "&#10;")


def unescape(text: str) -> str:
    return html.unescape(text)


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.document = Document()
        self.stack: list[list] = [self.document.body]
        self.open_headings: list[tuple[Heading, int]] = []
        self.problems: list[Problem] = []

    def fail(self, number: int, message: str) -> None:
        self.problems.append(Problem(self.source, message, number, None, "markup"))

    def feed(self, number: int, line: str) -> None:
        match = _DIRECTIVE.match(line)
        if not match:
            self.fail(number, _("模板输出的这一行不是指令（应以 @p、@heading 等开头）：「{line}」。请检查模板中文字是否写在了指令之外。").format(line=line[:40]))
            return
        name, option, argument = match.group(1), match.group(2), unescape(match.group(3) or "")
        handler = getattr(self, "on_" + name, None)
        if handler is None:
            self.fail(number, _("未知指令「@{name}」。").format(name=name))
            return
        handler(number, option, argument)

    def on_title(self, number, option, text):
        self.document.title.extend(part for part in text.split("\n") if part.strip())

    def on_to(self, number, option, text):
        self.document.recipient = text

    def on_sign(self, number, option, text):
        self.document.signature = text

    def on_date(self, number, option, text):
        self.document.date = text

    def on_heading(self, number, option, text, run_in=False):
        level = None
        if option is not None:
            if not option.isdigit() or not 1 <= int(option) <= 4:
                self.fail(number, _("标题层级「{option}」无效，应为 1 到 4。").format(option=option))
                return
            level = int(option)
        if not text.strip():
            self.fail(number, _("标题不能为空。"))
        heading = Heading(text.replace("\n", ""), run_in=run_in, level=level)
        self.stack[-1].append(heading)
        self.stack.append(heading.children)
        self.open_headings.append((heading, number))

    def on_runin(self, number, option, text):
        self.on_heading(number, option, text, run_in=True)

    def on_end(self, number, option, text):
        if not self.open_headings:
            self.fail(number, _("多余的 @end：没有尚未结束的标题。"))
            return
        self.stack.pop()
        self.open_headings.pop()

    def on_p(self, number, option, text):
        pieces = text.split("\n")
        for piece in pieces:
            if piece.strip() or len(pieces) == 1:
                self.stack[-1].append(Paragraph(piece))

    def on_point(self, number, option, text):
        if option not in (None, "para"):
            self.fail(number, _("未知的分项写法「@point:{option}」，应为 @point 或 @point:para。").format(option=option))
            return
        siblings = self.stack[-1]
        last = siblings[-1] if siblings else None
        if not isinstance(last, Paragraph):
            last = Paragraph("")
            siblings.append(last)
        if last.enumeration is None:
            last.enumeration = Enumeration([], separate=option == "para")
        last.enumeration.points.append(text.replace("\n", ""))

    def finish(self) -> Document:
        for heading, number in self.open_headings:
            self.fail(number, _("标题「{text}」缺少对应的 @end。").format(text=heading.text[:20]))
        if self.problems:
            raise DrafterError(self.problems)
        return self.document


def parse(markup: str, source: str = "<markup>") -> Document:
    """Parse template output into a ``Document``; raise ``DrafterError`` naming the markup lines at fault."""
    parser = _Parser(source)
    for number, raw in enumerate(markup.split("\n"), start=1):
        line = raw.strip(" \t\r")
        if line:
            parser.feed(number, line)
    return parser.finish()
