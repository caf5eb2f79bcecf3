"""Which part of a report each top heading opens (整改情况, 主要做法及成效, 经验做法, 存在问题,
下一步打算), from its words and its place.
"""

from __future__ import annotations

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
_PART_ORDER = ("rectification", "achievements", "experience", "problems", "next_steps")
_NEXT_STEP_OPENINGS = ("今后", "下一步", "下步", "明年", "新的一年")
_PROBLEM_WORDS = ("差距", "不足", "问题", "短板", "薄弱")


def free_part(current: str, parts: dict, later: list) -> str | None:
    """A standard part after ``current`` that no heading has taken and no later heading asks for by
    its words: where a second 一级标题 of one kind goes (「二、主要做法」 after 「一、基本情况」 both
    read as 做法及成效: the second becomes 经验做法), so the report keeps its 一级标题 and its order."""
    asked = {part_of_heading(item["heading"]) for item in later if isinstance(item, dict) and "heading" in item}
    for key in _PART_ORDER[_PART_ORDER.index(current) + 1:]:
        if key not in parts and key not in asked:
            return key
    return None


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
    """Sort the top-level items into the standard parts, never reordering the text."""
    headed = any(isinstance(item, dict) and "heading" in item and part_of_heading(item["heading"]) for item in top)
    parts: dict[str, dict] = {}
    sources: dict[str, list[int]] = {}  # part -> its paragraph numbers in the old report
    preface: list = []
    current = None
    for index, (item, paragraph_numbers) in enumerate(zip(top, numbers)):
        is_heading = isinstance(item, dict) and "heading" in item
        if current is None and not is_heading:
            preface.append(item)
            imported.comments.setdefault(("preface",), paragraphs_range(paragraph_numbers))
            continue
        if headed and is_heading:
            wanted = part_of_heading(item["heading"]) or current or "achievements"
            if "heading" in parts.get(wanted, {}) or (current and _PART_ORDER.index(wanted) < _PART_ORDER.index(current)):
                wanted = free_part(current or wanted, parts, top[index + 1:]) or wanted
                if "heading" in parts.get(wanted, {}) or (current and _PART_ORDER.index(wanted) < _PART_ORDER.index(current)):
                    imported.notes.append(_("原文第 {n} 段的一级标题「{heading}」没有另一个标准部分可放，已作为「{part}」下的二级标题，请核对。").format(
                        n=paragraph_numbers[0], heading=item["heading"], part=parts[current].get("heading", current)))
        elif is_heading:
            wanted = current or "achievements"
        else:
            wanted = part_of_paragraph(item) or current
        if current and _PART_ORDER.index(wanted) < _PART_ORDER.index(current):
            wanted = current
        part = parts.setdefault(wanted, {"content": []})
        sources.setdefault(wanted, []).extend(paragraph_numbers)
        if headed and is_heading and "heading" not in part and not part["content"] and set(item) <= {"heading", "content"} and wanted != current:
            parts[wanted] = {"heading": item["heading"], "content": list(item.get("content", []))}
        else:
            part["content"].append(item)
        current = wanted
    if preface:
        imported.values["preface"] = preface
    imported.values["parts"] = {key: parts[key] for key in _PART_ORDER if key in parts}
    for key, found in sources.items():
        imported.comments[("parts", key)] = paragraphs_range(found)
    if "rectification" in parts:
        imported.values["template"] = "city-education-duty/report.j2"
