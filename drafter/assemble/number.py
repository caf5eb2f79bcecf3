"""Number stage: gives every heading and enumeration point its official marker from its place in the tree.

Markers by level (GB/T 9704 7.3.3, GB/T 15834 附录B.3): 一、 （一） 1. （1）; points 一是 二是 ….
Each parent restarts its children's count, and each marker level keeps its own count, so a
``1.`` placed directly under ``一、`` starts at 1 however many ``（一）`` stand beside it.
"""

from __future__ import annotations

from collections import Counter

from drafter.errors import DrafterError, Problem
from drafter.i18n import _

from drafter.assemble.model import Attachment, Block, Document, Heading, Line, NumberedDocument, Paragraph, Run, Table
from drafter.text.numerals import heading_marker, point_marker
from drafter.text.punctuation import ensure_ending

def point_texts(points: list[str]) -> list[str]:
    """The numbered points; a point without closing punctuation gets ；, the last one 。. A lone point
    takes no 一是: with no 二是 to follow, the marker is the slip check's lone-point rule reports."""
    last = len(points)
    if last == 1:
        return [ensure_ending(points[0], "。")]
    return [point_marker(i) + ensure_ending(text, "。" if i == last else "；") for i, text in enumerate(points, 1)]


def number(document: Document, source: str = "<markup>") -> NumberedDocument:
    """Number ``document`` into the paragraphs a writer lays out."""
    lines = letterhead_lines(document.letterhead)
    lines += [title_line(document.title)] if document.title else []
    if document.recipient:
        lines.append(Line("recipient", [Run(recipient_text(document.recipient))]))
    lines += _number_blocks(document.body, 0, source)
    lines += attachment_note_lines(document.attachments)
    if document.signature:
        lines.append(Line("signature", [Run(document.signature)]))
    if document.date:
        lines.append(Line("date", [Run(document.date)]))
    for index, attachment in enumerate(document.attachments, 1):
        lines += attachment_lines(attachment, index if len(document.attachments) > 1 else None, source)
    return NumberedDocument(lines + record_lines(document.record), document.seal)


def letterhead_lines(head: dict) -> list[Line]:
    """版头 (GB/T 9704 7.2): 份号, 密级, 紧急程度 top left; the 发文机关标志; the 发文字号, beside the
    签发人 when there are signers (上行文, as a 报告 is)."""
    lines = [Line("head_note", [Run(head[key])]) for key in ("copy", "secrecy", "urgency") if head.get(key)]
    if head.get("mark"):
        lines.append(Line("issuer_mark", [Run(head["mark"])]))
    if head.get("number") and head.get("signer"):
        names = "　".join(head["signer"])
        lines.append(Line("doc_number_signed", [Run("\t", "tab"), Run(head["number"]), Run("\t", "tab"), Run("签发人："), Run(names, "signer")]))
    elif head.get("number"):
        lines.append(Line("doc_number", [Run(head["number"])]))
    return lines


def record_lines(record: dict) -> list[Line]:
    """版记 (GB/T 9704 7.4): 抄送 (ending in 。), then 印发机关 and 印发日期."""
    if not record:
        return []
    lines = [Line("record_cc", [Run("抄送：" + ensure_ending(record["cc"].rstrip("。"), "。"))])] if record.get("cc") else []
    return lines + [Line("record_print", [Run(record["printer"]), Run("\t", "tab"), Run(record["printed"] + "印发")])]


def attachment_note_lines(attachments: list[Attachment]) -> list[Line]:
    """附件说明 (GB/T 9704 7.3.4): 「附件：名称」, or 「附件：1.名称」 and 「2.名称」… when there are several."""
    if len(attachments) == 1:
        return [Line("attachment_note", [Run("附件：" + attachments[0].title, "body")])]
    lines = [Line("attachment_note" if index == 1 else "attachment_note_next", [Run(f"{index}.{a.title}", "body")])
             for index, a in enumerate(attachments, 1)]
    if lines:
        lines[0].runs.insert(0, Run("附件：", "body"))
    return lines


def attachment_lines(attachment: Attachment, index: int | None, source: str) -> list[Line]:
    """An attachment's page: 「附件」 (with its number if there are several), its title, its content."""
    label = "附件" + (str(index) if index else "")
    return [Line("attachment_label", [Run(label)]), Line("attachment_title", [Run(attachment.title)])] + _number_blocks(attachment.blocks, 0, source)


def title_line(title: list[str]) -> Line:
    """The title is one paragraph; its lines are separated by breaks, not by paragraphs."""
    runs = [Run(title[0])]
    for text in title[1:]:
        runs += [Run("\n", "break"), Run(text)]
    return Line("title", runs)


def recipient_text(text: str) -> str:
    """主送机关 always ends in a full-width colon."""
    text = text.rstrip().rstrip(":：")
    return text + "："


def _number_blocks(blocks: list[Block], parent_level: int, source: str) -> list[Line]:
    counts: Counter = Counter()
    lines: list[Line] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines += paragraph_lines(block)
            continue
        if isinstance(block, Table):
            lines.append(Line("table", [], table=block))
            continue
        level = block.level or parent_level + 1
        if not parent_level < level <= 4:
            raise DrafterError([Problem(source, _("标题「{text}」的层级 {level} 不合适：须比上级（{parent}）深，且不超过四级。").format(text=block.text[:20], level=level, parent=parent_level), rule="structure")])
        counts[level] += 1
        lines += heading_lines(block, level, heading_marker(level, counts[level]), source)
    return lines


def heading_lines(heading: Heading, level: int, marker: str, source: str) -> list[Line]:
    kind = f"heading{level}"
    children = heading.children
    if heading.run_in and children and isinstance(children[0], Paragraph):
        first, rest = paragraph_lines(children[0]), children[1:]
        lead = Line(kind, [Run(marker + ensure_ending(heading.text, "。"))] + [Run(r.text, "body") for r in first[0].runs if r.text], marker=marker)
        return [lead] + first[1:] + _number_blocks(rest, level, source)
    return [Line(kind, [Run(marker + heading.text)], marker=marker)] + _number_blocks(children, level, source)


def paragraph_lines(paragraph: Paragraph) -> list[Line]:
    """A paragraph and its enumeration: one line when inline, else the lead then a line a point."""
    enumeration = paragraph.enumeration
    if enumeration is None:
        return [Line("body", [Run(paragraph.text, "body")])]
    points = point_texts(enumeration.points)
    if not enumeration.separate:
        lead = ensure_ending(paragraph.text, "。") if paragraph.text else ""
        return [Line("body", [Run(lead + "".join(points), "body")])]
    lead = [Line("body", [Run(paragraph.text, "body")])] if paragraph.text else []
    return lead + [Line("body", [Run(point, "body")]) for point in points]
