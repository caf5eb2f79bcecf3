"""Next year's data file from this year's (``drafter carry-over``): values move to last year's,
scores and the date are cleared for the new assessment, text stays as the starting point, and the
file keeps its comments and order."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.i18n import _
from drafter.errors import DrafterError
from drafter.load import read_report, read_text, schema_problems
from drafter.yaml_edit import RoundTrip

_YEAR = re.compile(r"(?<!\d)(19|20)(\d{2})(?!\d)")


def next_year(text: str) -> str:
    """Every year in ``text`` one later: 2023年 → 2024年, 2022—2023学年度 → 2023—2024学年度."""
    return _YEAR.sub(lambda m: str(int(m.group(0)) + 1), text)


def carried_over(text: str, source: str) -> str:
    """The YAML text of next year's file made from this year's ``text``."""
    problems = schema_problems(read_report(text, source), allow_blank=True)  # located messages, not a crash on odd data
    if problems:
        raise DrafterError(problems)
    document = RoundTrip(text, source)
    data = document.data
    for metric in (data.get("metrics") or {}).values():
        if isinstance(metric, dict) and "value" in metric:
            metric["previous"] = metric["value"]
            metric["value"] = None
            metric.pop("growth", None)
    for answer in answers(data.get("parts") or {}):
        if "score" in answer:
            answer["score"] = None
    if "self_score" in data:
        data["self_score"] = None
    if "date" in data:
        data["date"] = ""
    title = data.get("title")
    if isinstance(title, str):
        data["title"] = next_year(title)
    elif isinstance(title, list):
        for index, line in enumerate(title):
            if isinstance(line, str):
                title[index] = next_year(line)
    return with_note(document.text(), Path(source).name)


def answers(parts: dict):
    """Every item and point mapping in the parts (where scores live)."""
    def visit(content):
        for item in content or []:
            if isinstance(item, dict):
                yield item
                for point in item.get("points") or []:
                    if isinstance(point, dict):
                        yield point
                yield from visit(item.get("content"))

    for part in parts.values():
        if isinstance(part, dict):
            yield from visit(part.get("content"))


def with_note(text: str, source_name: str) -> str:
    """``text`` with a comment saying what carry-over did, after the editor modeline if there is one."""
    note = _("# 由 drafter carry-over 从「{source}」生成：今年的数值已移作上年值（previous），得分和日期已清空，请填写；正文是上一年的文字，请逐段改写。").format(source=source_name)
    lines = text.split("\n")
    at = 1 if lines and lines[0].startswith("# yaml-language-server:") else 0
    return "\n".join(lines[:at] + [note] + lines[at:])


def carry_over_file(path: Path) -> str:
    return carried_over(read_text(path, str(path)), str(path))
