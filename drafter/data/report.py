"""A report's data as the stages share it: the plain values from YAML and where each was written
(``ReportData``), its parts, and the fields every stage reads the same way (title, date).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property

from drafter.i18n import N_, _


PART_KEYS = ("rectification", "achievements", "experience", "problems", "next_steps")
PART_NAMES = {
    "rectification": N_("整改情况"), "achievements": N_("主要做法及成效"), "experience": N_("经验做法"),
    "problems": N_("存在问题"), "next_steps": N_("下一步打算"),
}

Path_ = tuple  # a path into the data: keys and list indexes


def part_keys(values: dict) -> list:
    """The report's parts in the order its body prints them, which is the order the data gives: the
    five known kinds and any the clerk names, each known kind with its guidance and scheme mapping."""
    parts = values.get("parts")
    return [key for key, part in parts.items() if isinstance(part, dict)] if isinstance(parts, dict) else []


def misspelt_part(key) -> str | None:
    """The known kind a custom part's key is so like that it is taken for a slip (achievments,
    next_step, Problems), or None. Near enough only: situation, reasons and 基本情况 are parts of
    their own."""
    from drafter.errors import close_matches

    if key in PART_NAMES or not isinstance(key, str):
        return None
    close = close_matches(key.lower(), list(PART_NAMES), n=1, cutoff=0.8)
    return close[0] if close else None


def part_key_for(heading: str, parts) -> str:
    """The key for a new part with ``heading``: the known kind whose name it is (主要做法及成效 →
    achievements) while that kind is free, else one made from the heading (「原因分析」 → 原因分析),
    unlike any known kind's and any other part's."""
    kinds = {_(name): key for key, name in PART_NAMES.items()} | {name: key for key, name in PART_NAMES.items()}
    if kinds.get(heading) and kinds[heading] not in parts:
        return kinds[heading]
    return custom_part_key(heading, parts)


def custom_part_key(heading: str, parts) -> str:
    """A key for a part of the report's own, made from its heading (「二、原因分析」 → 原因分析), unlike any
    known kind's and any other part's."""
    base = re.sub(r"[\s，。、；：:！？“”‘’《》〈〉（）()【】—…·,.;!?\"'\[\]{}#&*|>%@`-]", "", heading)[:16] or "part"
    key, number = base, 1
    while key in parts or key in PART_NAMES:
        number += 1
        key = f"{base}{number}"
    return key


def part_title(key, part) -> str:
    """What a clerk calls a part: its heading, else the known kind's name, else its key."""
    heading = part.get("heading") if isinstance(part, dict) else None
    if isinstance(heading, str) and heading.strip():
        return heading
    return _(PART_NAMES[key]) if key in PART_NAMES else str(key)


@dataclass
class ReportData:
    """A validated report: the plain values from YAML and where each was written."""

    values: dict
    source: str
    marks: dict = field(default_factory=dict)  # path tuple -> (line, column) of the value, 1-based
    key_marks: dict = field(default_factory=dict)  # path tuple -> (line, column) of the key naming it
    spans: dict = field(default_factory=dict)  # path tuple -> (start, end) character offsets in the source
    text: str = ""  # the source, so findings can be placed and fixed exactly

    @cached_property
    def strings(self) -> list[tuple[Path_, str]]:
        """Every string of the data outside ``metrics``, with its path: where placeholders are looked
        for (by the build's two checks and by ``drafter check``), found once."""
        return strings_of(self.values)

    def where(self, path: Path_) -> tuple[int | None, int | None]:
        """The line and column of the value at ``path``, or of its nearest written parent."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (None, None))

    def where_key(self, path: Path_) -> tuple[int | None, int | None]:
        """The line and column of the key that names the value at ``path`` (its value's if none)."""
        return self.key_marks.get(path) or self.where(path)


def strings_of(values, path: tuple = ()) -> list[tuple[tuple, str]]:
    """Every string in the data (not under ``metrics``), with its path, in the data's order."""
    found: list[tuple[tuple, str]] = []
    _collect_strings(values, path, found)
    return found


def _collect_strings(values, path: tuple, found: list) -> None:
    # A list filled by plain recursion: nested generators cost a frame switch per level for every string.
    if isinstance(values, str):
        found.append((path, values))
    elif isinstance(values, dict):
        for key, item in values.items():
            if path or key != "metrics":
                _collect_strings(item, path + (key,), found)
    elif isinstance(values, list):
        for index, item in enumerate(values):
            _collect_strings(item, path + (index,), found)


def title_text(values: dict) -> str:
    """The title as one line, whether the data writes it as one or as its lines."""
    title = values.get("title", "")
    return "".join(title) if isinstance(title, list) else str(title)


def report_date(text: str) -> datetime.date | None:
    """成文日期 as a date, from 2024-05-10 or 2024年5月10日; None if there is no such day."""
    digits = [int(x) for x in re.findall(r"\d+", str(text))]
    try:
        return datetime.date(*digits[:3])
    except (TypeError, ValueError):
        return None
