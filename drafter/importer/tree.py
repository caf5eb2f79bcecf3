"""The body as a tree: headings at their levels, run-in headings (a bold or short first sentence),
paragraphs, and 一是/二是 points split out of the text they were typed in.
"""

from __future__ import annotations

import re

from drafter.i18n import _
from drafter.readers import SourceParagraph
from drafter.text.numerals import chinese_numeral
from drafter.text.markers import leading_marker, numeral_value, split_run_together
from drafter.importer.parts import part_of_heading, part_of_paragraph


MAX_HEADING = 60  # characters: a longer first sentence is a paragraph, not a run-in heading
_POINT_START = re.compile(r"^([一二三四五六七八九十]+)是")
SENTENCE_END = re.compile(r"[。！？：]")


def heading_item(text: str, level: int, parent_level: int) -> dict:
    """A headed item from a paragraph whose marker is removed: run-in when its first sentence is short and more follows."""
    item: dict = {}
    end = SENTENCE_END.search(text)
    if end and end.end() < len(text) and end.end() <= MAX_HEADING:
        item["heading"] = text[:end.end()]
        item["run_in"] = True
        item.update(paragraph_fields(text[end.end():]))
    else:
        item["heading"] = text
    if level != parent_level + 1:
        item["level"] = level
    return item


def split_points(text: str) -> tuple[str, list[str]]:
    """Lead text and the points 一是……二是…… of an inline enumeration, in order (a lone 一是 too), each at a sentence's start."""
    starts, expected, search_from = [], 1, 0
    while True:
        marker = chinese_numeral(expected) + "是"
        found = text.find(marker, search_from)
        while found > 0 and text[found - 1] not in "。；：！？":
            found = text.find(marker, found + 1)
        if found < 0:
            break
        starts.append(found)
        search_from, expected = found + len(marker), expected + 1
    if not starts:
        return text, []
    bounds = starts + [len(text)]
    points = [text[start + len(chinese_numeral(n + 1)) + 1:bounds[n + 1]] for n, start in enumerate(starts)]
    return text[:starts[0]], points


def paragraph_fields(text: str) -> dict:
    lead, points = split_points(text)
    fields: dict = {}
    if lead:
        fields["text"] = lead
    if points:
        fields["points"] = points
    return fields


def paragraph_item(text: str):
    fields = paragraph_fields(text)
    return fields["text"] if list(fields) == ["text"] else fields


class TreeBuilder:
    """Builds the item tree from paragraphs in order, nesting by marker level."""

    def __init__(self):
        self.top: list = []  # top-level items
        self.numbers: list[list[int]] = []  # the source paragraphs of each top-level item
        self.stack: list[tuple[int, dict]] = []  # (level, open heading item)
        self.notes: list[str] = []

    def siblings(self) -> list:
        """Where the next item goes: the open heading's content, or the top level."""
        return self.stack[-1][1].setdefault("content", []) if self.stack else self.top

    def add(self, item, number: int) -> None:
        if not self.stack:
            self.numbers.append([])
        self.siblings().append(item)
        self.numbers[-1].append(number)

    def feed(self, paragraph: SourceParagraph) -> None:
        pieces, notes = split_run_together(paragraph.text)
        self.notes += [_("原文第 {n} 段：{note}").format(n=paragraph.number, note=note) for note in notes]
        for piece in pieces:
            self.feed_text(piece, paragraph)

    def feed_text(self, text: str, paragraph: SourceParagraph) -> None:
        marker = leading_marker(text)
        if marker is None and paragraph.heading_level:  # Word writes this heading's marker from its list
            marker = (paragraph.heading_level, 0, "", None)
        if marker:
            level = marker[0]
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            parent_level = self.stack[-1][0] if self.stack else 0
            item = heading_item(text[len(marker[2]):], level, parent_level)
            self.add(item, paragraph.number)
            self.stack.append((level, item))
            return
        if self.stack and part_of_paragraph(text) and not part_of_heading(self.stack[0][1]["heading"]):
            # 「存在不少差距。一是……」 after a run of unheaded achievements starts a part of its own.
            self.stack.clear()
        if not self.continue_points(text, paragraph.number):
            self.add(paragraph_item(text), paragraph.number)

    def continue_points(self, text: str, number: int) -> bool:
        """A paragraph of its own that starts 一是, 二是… : a point of an enumeration laid out a paragraph each."""
        start = _POINT_START.match(text)
        value = numeral_value(start.group(1)) if start else None
        if value is None or (value == 1 and len(split_points(text)[1]) > 1):
            return False  # 一是……二是…… within this one paragraph: an inline enumeration, which paragraph_item splits
        siblings = self.siblings()
        last = siblings[-1] if siblings else None
        point = text[start.end():]
        if value == 1 and isinstance(last, str):
            siblings[-1] = {"text": last, "points": [point], "layout": "paragraphs"}
        elif value == 1:
            self.add({"points": [point], "layout": "paragraphs"}, number)
            return True
        elif not (isinstance(last, dict) and last.get("layout") == "paragraphs" and len(last.get("points", [])) == value - 1):
            return False
        else:
            last["points"].append(point)
        self.numbers[-1].append(number)
        return True
