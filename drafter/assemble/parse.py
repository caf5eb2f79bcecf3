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
    @attachment TEXT   starts an attachment (附件) named TEXT; what follows belongs to it
    @table SPEC        opens a table, closed by @end; SPEC is its columns' relative widths and
                       alignments, e.g. ``10c,40l,10c``
    @row[:KIND]        starts a row: head (repeated on each page), group, total, or a plain row
    @cell TEXT         one cell of the current row
    @head:KIND TEXT    版头: copy (份号), secrecy, urgency, mark (发文机关标志), number (发文字号),
                       signer (签发人, repeat for several)
    @record:KIND TEXT  版记: cc (抄送), printer (印发机关), printed (印发日期)

TEXT runs to the end of the line and is HTML-unescaped. Values from the data reach the markup
escaped by the compose stage (HTML entities, plus ``&#10;`` for a line break and ``&#64;`` for
``@``), so nothing a user writes can become a directive, whichever escaping path Jinja takes.
A template that needs a literal ``&`` followed by a name and ``;`` writes it as ``&amp;``.
"""

from __future__ import annotations

import re

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.assemble.model import Attachment, Document, Enumeration, Heading, Paragraph, Table, TableRow

_DIRECTIVE = re.compile(r"@([a-z]+)(?::([a-z0-9]+))?(?: (.*))?$")
_COLUMN = re.compile(r"([1-9][0-9]{0,3})([lcr])")
_ROW_KINDS = (None, "head", "group", "total")
_HEAD_KINDS = ("copy", "secrecy", "urgency", "mark", "number", "signer")
_RECORD_KINDS = ("cc", "printer", "printed")


def escape(text: str) -> str:
    """Make ``text`` safe to place after a directive: it will come back from ``parse`` unchanged.
    (Quotes need no escaping in the markup; every other mark html.escape would write is here.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;").replace("\r", "").replace("\n", "&#10;")


def unescape(text: str) -> str:
    if "&" not in text:
        return text
    import html  # here: most lines have no entity, and the import is 1 ms of a cold build

    return html.unescape(text)


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.document = Document()
        self.stack: list[list] = [self.document.body]
        self.open_headings: list[tuple[Heading, int]] = []
        self.table: Table | None = None
        self.problems: list[Problem] = []

    def fail(self, number: int, message: str) -> None:
        self.problems.append(Problem(self.source, message, number, None, "markup"))

    def feed(self, number: int, line: str) -> None:
        match = _DIRECTIVE.match(line)
        if not match:
            self.fail(number, _("模板输出的这一行不是指令（应以 @p、@heading 等开头）：「{line}」。请检查模板中文字是否写在了指令之外。").format(line=line[:40]))
            return
        name, option, argument = match.group(1), match.group(2), unescape(match.group(3) or "")
        handler = _HANDLERS.get(name)
        if handler is None:
            self.fail(number, _("未知指令「@{name}」。").format(name=name))
            return
        if self.table is not None and name not in ("row", "cell", "end"):
            self.fail(number, _("表格中只能有 @row 和 @cell，请先用 @end 结束表格。"))
            return
        handler(self, number, option, argument)

    def on_title(self, number, option, text):
        self.document.title.extend(part for part in text.split("\n") if part.strip())

    def on_to(self, number, option, text):
        self.document.recipient = text

    def on_sign(self, number, option, text):
        if option not in (None, "seal"):
            self.fail(number, _("未知的署名写法「@sign:{option}」，应为 @sign 或 @sign:seal（加盖印章）。").format(option=option))
            return
        self.document.signature = text
        self.document.seal = option == "seal"

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

    def on_head(self, number, option, text):
        if option not in _HEAD_KINDS:
            self.fail(number, _("未知的版头项「@head:{option}」，应为 {kinds} 之一。").format(option=option, kinds="、".join(_HEAD_KINDS)))
            return
        if option == "signer":
            self.document.letterhead.setdefault("signer", []).append(text)
        else:
            self.document.letterhead[option] = text

    def on_record(self, number, option, text):
        if option not in _RECORD_KINDS:
            self.fail(number, _("未知的版记项「@record:{option}」，应为 {kinds} 之一。").format(option=option, kinds="、".join(_RECORD_KINDS)))
            return
        self.document.record[option] = text

    def on_attachment(self, number, option, text):
        if not text.strip():
            self.fail(number, _("附件名称不能为空。"))
        self.close_headings()
        attachment = Attachment(text.replace("\n", ""))
        self.document.attachments.append(attachment)
        self.stack = [attachment.blocks]

    def on_table(self, number, option, text):
        columns = [_COLUMN.fullmatch(spec.strip()) for spec in text.split(",")]
        if not text.strip() or not all(columns):
            self.fail(number, _("表格的列写法不对：「{spec}」。应写成「宽度+对齐」并以逗号分隔，如 10c,40l,10c。").format(spec=text))
            columns = []
        self.table = Table([int(c.group(1)) for c in columns], [c.group(2) for c in columns])
        self.stack[-1].append(self.table)

    def on_row(self, number, option, text):
        if self.table is None:
            self.fail(number, _("@row 只能写在 @table 和 @end 之间。"))
            return
        if option not in _ROW_KINDS:
            self.fail(number, _("未知的行类型「@row:{option}」，应为 head、group、total 或不写。").format(option=option))
        self.table.rows.append(TableRow([], option or "body"))

    def on_cell(self, number, option, text):
        if self.table is None or not self.table.rows:
            self.fail(number, _("@cell 只能写在 @row 之后。"))
            return
        row = self.table.rows[-1]
        if len(row.cells) >= len(self.table.widths):
            self.fail(number, _("这一行的单元格多于表格的 {n} 列。").format(n=len(self.table.widths)))
            return
        row.cells.append(text)

    def close_table(self) -> None:
        short = [row for row in self.table.rows if len(row.cells) < len(self.table.widths)]
        for row in short:
            row.cells += [""] * (len(self.table.widths) - len(row.cells))
        self.table = None

    def close_headings(self) -> None:
        for heading, number in self.open_headings:
            self.fail(number, _("标题「{text}」缺少对应的 @end。").format(text=heading.text[:20]))
        self.open_headings = []

    def on_end(self, number, option, text):
        if self.table is not None:
            self.close_table()
            return
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
        if self.table is not None:
            self.fail(None, _("表格缺少对应的 @end。"))
        self.close_headings()
        if self.document.record and not {"printer", "printed"} <= set(self.document.record):
            self.fail(None, _("版记需要 @record:printer（印发机关）和 @record:printed（印发日期）。"))
        if self.problems:
            raise DrafterError(self.problems)
        return self.document


# Each directive's handler, by name: @heading → _Parser.on_heading.
_HANDLERS = {name[3:]: handler for name, handler in vars(_Parser).items() if name.startswith("on_")}


def parse(markup: str, source: str = "<markup>") -> Document:
    """Parse template output into a ``Document``; raise ``DrafterError`` naming the markup lines at fault."""
    parser = _Parser(source)
    for number, raw in enumerate(markup.split("\n"), start=1):
        line = raw.strip(" \t\r")
        if line:
            parser.feed(number, line)
    return parser.finish()
