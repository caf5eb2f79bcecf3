"""The parts of an imported report: each 一级 heading a part of its own, in its order, taking the known
kind (整改情况, 主要做法及成效, 经验做法, 存在问题, 下一步打算) its words name while that kind is
free, else a custom part under its own heading. No heading is moved or demoted to make room.
"""

from __future__ import annotations

import re

from drafter.data.report import PART_KEYS, custom_part_key
from drafter.i18n import _
from drafter.importer.imported import Imported, paragraphs_range


# The words that tell which standard part a heading opens, tried in this order.
_PART_WORDS = (
    ("next_steps", ("打算", "下一步", "下步", "计划", "思路", "措施")),
    ("rectification", ("整改",)),
    ("experience", ("经验",)),
    ("problems", ("问题", "不足", "差距")),
    ("achievements", ("成效", "情况", "做法", "成绩", "工作")),
)
_NEXT_STEP_OPENINGS = ("今后", "下一步", "下步", "明年", "新的一年")
_PROBLEM_WORDS = ("差距", "不足", "问题", "短板", "薄弱")


def part_of_heading(text: str) -> str | None:
    for key, words in _PART_WORDS:
        if any(word in text for word in words):
            return key
    return None


def part_of_paragraph(item) -> str | None:
    text = item if isinstance(item, str) else item.get("text", "")
    if text.startswith(_NEXT_STEP_OPENINGS):
        return "next_steps"
    if any(word in text for word in _PROBLEM_WORDS) and ("存在" in text or "还有" in text):
        return "problems"
    return None


def assign_parts(top: list, numbers: list[list[int]], imported: Imported) -> None:
    """Sort the top-level items into parts, never reordering the text. A report whose 一级 headings
    name its parts (主要成效, 存在问题 …) keeps each as a part of its own, in its order
    (``headed_parts``). One without such headings is split into the known parts by what its
    paragraphs say (``unheaded_parts``); 一级 headings it has (「一、坚持……，着力……」: the report's
    items, not its parts) stay 一级 headings, in a part without a heading of its own."""
    if any(is_first_level(item) and kind_of_heading(item["heading"]) for item in top):
        parts, sources, preface = headed_parts(top, numbers, imported)
    else:
        parts, sources, preface = unheaded_parts(top, numbers)
    if preface:
        imported.values["preface"] = preface
        imported.comments.setdefault(("preface",), paragraphs_range(sources.pop(None)))
    imported.values["parts"] = parts
    for key, found in sources.items():
        imported.comments[("parts", key)] = paragraphs_range(found)


def is_first_level(item) -> bool:
    return isinstance(item, dict) and "heading" in item and item.get("level", 1) == 1


# Headings that open a report's overview (基本情况) rather than its achievements, though 「情况」 reads so.
_OVERVIEW = re.compile(r"^(基本|总体|有关|全县|全市|全区|学校)?(情况|概况)(介绍|简介)?[。：:]?$")


def kind_of_heading(text: str) -> str | None:
    """The known kind a 一级 heading opens, or None for a part of its own (基本情况, 原因分析 …)."""
    return None if _OVERVIEW.match(text.strip()) else part_of_heading(text)


def headed_parts(top: list, numbers: list[list[int]], imported: Imported) -> tuple[dict, dict, list]:
    """Every 一级 heading a part, in order: the known kind its words name while that kind is free,
    else a custom part under a key made from its heading. Anything before the first is the preface;
    a paragraph between parts stays in the part before it."""
    parts: dict = {}
    sources: dict = {}
    preface: list = []
    current = None
    for item, paragraph_numbers in zip(top, numbers):
        if not is_first_level(item):
            if current is None:
                preface.append(item)
                sources.setdefault(None, []).extend(paragraph_numbers)
                continue
            opens = None if isinstance(item, dict) and "heading" in item else part_of_paragraph(item)
            if opens and opens not in parts:  # 「今后，我们将……」 after 「三、原因分析」: 下一步打算 without a heading of its own
                current = opens
                parts[current], sources[current] = {"content": []}, []
            parts[current].setdefault("content", []).append(item)
            sources[current].extend(paragraph_numbers)
            continue
        kind = kind_of_heading(item["heading"])
        current = kind if kind and kind not in parts else custom_part_key(item["heading"], parts)
        parts[current] = {"heading": item["heading"], "content": list(item.get("content", []))}
        rest = {key: value for key, value in item.items() if key not in ("heading", "content", "run_in", "level")}
        if rest:  # a run-in 一级 heading (「一、基本情况。全县……」): the heading stands on its own line, its text under it
            parts[current]["content"].insert(0, rest if list(rest) != ["text"] else rest["text"])
            imported.notes.append(_("原文第 {n} 段的一级标题「{heading}」与正文同段；导入后标题单独成行，正文另起一段，请核对。").format(
                n=paragraph_numbers[0], heading=item["heading"]))
        sources[current] = list(paragraph_numbers)
    return parts, sources, preface


def unheaded_parts(top: list, numbers: list[list[int]]) -> tuple[dict, dict, list]:
    """A report without 一级 headings: its paragraphs in the known parts, in the known order, a part
    starting where a paragraph says so (今后…, 存在…不足); what comes before any part is the preface.
    Its 二级 headings stay where they stand."""
    parts: dict = {}
    sources: dict = {}
    preface: list = []
    current = None
    for item, paragraph_numbers in zip(top, numbers):
        is_heading = isinstance(item, dict) and "heading" in item
        if current is None and not is_heading:
            preface.append(item)
            sources.setdefault(None, []).extend(paragraph_numbers)
            continue
        wanted = (None if is_heading else part_of_paragraph(item)) or current or "achievements"
        if current and PART_KEYS.index(wanted) < PART_KEYS.index(current):
            wanted = current
        parts.setdefault(wanted, {"content": []})["content"].append(item)
        sources.setdefault(wanted, []).extend(paragraph_numbers)
        current = wanted
    return {key: parts[key] for key in PART_KEYS if key in parts}, sources, preface
