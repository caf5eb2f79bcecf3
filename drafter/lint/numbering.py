"""Rules on numbering typed by hand: the marker's form at its level (一、（一）1.（1）), markers typed where
drafter generates them, a sequence with a gap or a repeat, a level with one heading, 一是 without
二是, and markers run into the paragraph before them.
"""

from __future__ import annotations

import re

from drafter.i18n import N_, _
from drafter.lint.registry import ERROR, INFO, WARNING, Finding, Paragraph, Rule, document_rule, paragraph_rule
from drafter.text.numerals import chinese_numeral, heading_marker
from drafter.text.markers import NUMERALS, leading_marker, numeral_value, split_run_together


@paragraph_rule(Rule("marker-form", WARNING, fix=True))
def marker_forms(paragraph: Paragraph, index: int) -> list[Finding]:
    """(一) → （一）, 一. → 一、, 1、 → 1., （一）、 → （一） (GB/T 9704 7.3.3, GB/T 15834 附录B.3)."""
    found = leading_marker(paragraph.text)
    if not found or found[3] is None:
        return []
    level, value, typed, correct = found
    return [Finding("marker-form", index, 0, typed, _(N_("序号「{typed}」的写法不对，应为「{correct}」。")).format(typed=typed, correct=correct), correct)]


@paragraph_rule(Rule("hand-typed-marker", ERROR, fix=True))
def hand_typed_markers(paragraph: Paragraph, index: int) -> list[Finding]:
    """In data, numbering is drafter's: a typed 一、 or （一） before a heading would be printed twice."""
    found = leading_marker(paragraph.text)
    if not found or paragraph.kind != "heading":
        return []
    return [Finding("hand-typed-marker", index, 0, found[2], _(N_("序号由 drafter 自动生成，请删去手写的「{typed}」。")).format(typed=found[2]), "")]


@paragraph_rule("hand-typed-marker")
def typed_point(paragraph: Paragraph, index: int) -> list[Finding]:
    """In data, 一是/二是 of a point are drafter's; a typed one would be printed twice."""
    m = re.match(f"^([{NUMERALS}]+)是", paragraph.text)
    if paragraph.kind != "point" or not m or numeral_value(m.group(1)) is None:
        return []
    return [Finding("hand-typed-marker", index, 0, m.group(0), _(N_("「一是、二是」由 drafter 自动生成，请删去手写的「{typed}」。")).format(typed=m.group(0)), "")]


@paragraph_rule(Rule("run-into-marker", WARNING))
def run_into_marker(paragraph: Paragraph, index: int) -> list[Finding]:
    """A sentence run into the next item's marker (「…位列全市第3.2.经费保障」): the item should start a paragraph."""
    if paragraph.markers_generated:
        return []

    pieces, notes = split_run_together(paragraph.text)
    findings, offset = [], 0
    for piece in pieces[:-1]:
        offset += len(piece)
        if paragraph.text[offset - 1] not in "。！？；：”":
            marker = leading_marker(paragraph.text[offset:])
            typed = marker[2] if marker else paragraph.text[offset:offset + 2]
            findings.append(Finding("run-into-marker", index, offset, typed, _(N_("「{typed}」前的句子没有结束就接上了下一项：请补上句号，并让「{typed}」另起一段。")).format(typed=typed)))
    return findings


@document_rule(Rule("lone-point", INFO))
def lone_points(paragraphs: list[Paragraph]) -> list[Finding]:
    """一是 with no 二是 after it, in its paragraph or the next: one point is no enumeration."""
    findings = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.markers_generated or paragraph.kind == "point":
            continue
        points = [m for m in POINT.finditer(paragraph.text) if numeral_value(m.group(1)) is not None]
        if len(points) != 1 or numeral_value(points[0].group(1)) != 1:
            continue
        following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
        if not following.startswith("二是"):
            findings.append(Finding("lone-point", index, points[0].start(), "一是", _(N_("只有「一是」，没有「二是」：只有一条时不必写「一是」。"))))
    return findings


@document_rule(Rule("numbering-gap", ERROR), Rule("numbering-repeat", ERROR), Rule("single-child", INFO))
def numbering_sequence(paragraphs: list[Paragraph]) -> list[Finding]:
    """Typed heading numbers run 1, 2, 3 under each parent: no gap (一、二、四、), no repeat; and a
    heading has either no sub-headings or at least two (a lone （一） is advised against)."""
    findings: list[Finding] = []
    counters: dict[int, tuple[int, int, str]] = {}  # level -> (last number, paragraph of the first, its marker)

    def close(levels):
        for level in sorted(levels):
            count, first, typed = counters.pop(level)
            if count == 1 and level > 1:
                findings.append(Finding("single-child", first, 0, typed, _(N_("这一级只有「{typed}」一项：只有一项时通常不必单列序号。")).format(typed=typed)))

    for index, paragraph in enumerate(paragraphs):
        found = None if paragraph.markers_generated else leading_marker(paragraph.text)
        if not found:
            continue
        level, value, typed, _correct = found
        close([l for l in counters if l > level])
        last, first, first_typed = counters.get(level, (0, index, typed))
        if value != last + 1:
            rule = "numbering-repeat" if value == last else "numbering-gap"
            message = _(N_("序号重复：「{typed}」与上一个相同，应为「{expected}」。")) if rule == "numbering-repeat" else _(N_("序号不连续：这里应为「{expected}」，写的是「{typed}」。"))
            findings.append(Finding(rule, index, 0, typed, message.format(typed=typed, expected=heading_marker(level, last + 1))))
        counters[level] = (value, first, first_typed)
    close(list(counters))
    return findings


POINT = re.compile(f"(?:^|(?<=[。；：！？]))([{NUMERALS}]+)是")


@document_rule("numbering-gap")
def point_sequence(paragraphs: list[Paragraph]) -> list[Finding]:
    """一是、二是… run without a gap, inline in one paragraph or over consecutive paragraphs."""
    findings, expected = [], 1
    for index, paragraph in enumerate(paragraphs):
        points = [(m.start(), m.group(0), numeral_value(m.group(1))) for m in POINT.finditer(paragraph.text)]
        points = [point for point in points if point[2] and paragraph.kind != "point"]
        continues = points and points[0][0] == 0 and points[0][2] != 1
        if paragraph.markers_generated or not continues:
            expected = 1
        for offset, typed, value in points:
            if value != expected:
                findings.append(Finding("numbering-gap", index, offset, typed, _(N_("分项不连续：这里应为「{expected}」，写的是「{typed}」。")).format(expected=chinese_numeral(expected) + "是", typed=typed)))
            expected = value + 1
        if not points:
            expected = 1
    return findings
