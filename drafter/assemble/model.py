"""The document tree every stage shares: templates produce it (through markup), writers consume it numbered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass
class Enumeration:
    """Points numbered 一是、二是…, inline in their paragraph or one paragraph each."""

    points: list[str]
    separate: bool = False


@dataclass
class Paragraph:
    """A body paragraph: lead text, optionally followed by an enumeration."""

    text: str = ""
    enumeration: Enumeration | None = None


@dataclass
class Heading:
    """A headed item; its marker (一、（一）1.（1）) comes from its place in the tree, never from the text.

    A run-in heading shares one paragraph with its first child paragraph.
    ``level`` is set only when the author skips a level (a 1. directly under 一、).
    """

    text: str
    children: list[Block] = field(default_factory=list)
    run_in: bool = False
    level: int | None = None


@dataclass
class TableRow:
    """One row of a table: ``head`` (repeated on every page), ``group`` (a parent indicator), ``body`` or ``total``."""

    cells: list[str]
    kind: str = "body"


@dataclass
class Table:
    """A Word table: column widths (relative) and alignments (``l``/``c``/``r``), then its rows."""

    widths: list[int]
    aligns: list[str]
    rows: list[TableRow] = field(default_factory=list)


Block = Union[Heading, Paragraph, Table]


@dataclass
class Attachment:
    """An attachment (附件) after the signature: its name, then its own content on a new page."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    """A whole report before numbering."""

    title: list[str] = field(default_factory=list)
    recipient: str = ""
    body: list[Block] = field(default_factory=list)
    signature: str = ""
    seal: bool = False  # the 署名 and 成文日期 laid out for a seal (GB/T 9704 7.3.5.1)
    date: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    letterhead: dict = field(default_factory=dict)  # 版头: copy, secrecy, urgency, mark, number, signer (a list)
    record: dict = field(default_factory=dict)  # 版记: cc, printer, printed


@dataclass
class Run:
    """Text in one font role: ``heading`` (the paragraph style's font), ``body`` (正文 font), ``signer``
    (签发人's names, 楷体), ``break`` (a line break) or ``tab``."""

    text: str
    role: str = "heading"


@dataclass
class Line:
    """One output paragraph of a given kind (title, recipient, heading1–4, body, signature, date)."""

    kind: str
    runs: list[Run]
    table: Table | None = None  # for kind ``table``
    marker: str = ""  # a heading's marker (一、（一）1.（1）), also at the start of its first run

    @property
    def text(self) -> str:
        if self.table is not None:
            return "\n".join("\t".join(row.cells) for row in self.table.rows)
        return "".join(run.text for run in self.runs)


@dataclass
class NumberedDocument:
    """The report as numbered paragraphs, ready for any writer."""

    lines: list[Line]
    seal: bool = False
