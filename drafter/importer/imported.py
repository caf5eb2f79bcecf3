"""What an import found: the data, where each value came from, and what could not be placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.i18n import _
from drafter.readers import Source, SourceParagraph


@dataclass
class Imported:
    """The recovered data, where each piece came from, and what needs the clerk's eye."""

    values: dict
    comments: dict = field(default_factory=dict)  # path tuple -> comment
    notes: list[str] = field(default_factory=list)
    source: Source | None = None  # how the file was read
    trailer: list[str] = field(default_factory=list)  # a website's lines after the report (来源：, a URL …)
    header: list[str] = field(default_factory=list)  # and before it (首页 > 信息公开, 发布时间：, 字体：大 中 小)
    score_rows: dict = field(default_factory=dict)  # 评价要点 code -> its row of an attached 自评得分表
    match: object = None  # matching.Match, after an import with a scheme


REQUIRED = ("title", "issuer", "recipient", "date")


def value_at(values: dict, path: tuple):
    for step in path:
        values = values[step]
    return values


def set_value(imported: Imported, path: tuple, value, comment: str) -> None:
    imported.values[path[0]] = value[0] if isinstance(value, list) and len(value) == 1 else value
    imported.comments[path] = comment


def unplace(imported: Imported, paragraphs: list[SourceParagraph]) -> None:
    if paragraphs:
        imported.values.setdefault("unplaced", []).extend({"paragraph": p.number, "text": p.text} for p in paragraphs)


def paragraphs_note(paragraphs: list[SourceParagraph]) -> str:
    return paragraphs_range([p.number for p in paragraphs])


def paragraphs_range(numbers: list[int]) -> str:
    low, high = min(numbers), max(numbers)
    return _("原文第 {n} 段").format(n=low) if low == high else _("原文第 {low}—{high} 段").format(low=low, high=high)
