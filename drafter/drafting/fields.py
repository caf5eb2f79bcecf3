"""The fields a report has for the clerk to answer, in the order the report prints them, with the
marker each heading and point will get; what an answer typed as text becomes in the data, and what
is wrong with it before it is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from drafter.i18n import _
from drafter.data.reading import number_from_text, usable_number
from drafter.data.report import PART_NAMES, part_keys, part_title, report_date
from drafter.text.numerals import heading_marker, point_marker


NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE  # the characters no YAML file may hold

PLACEHOLDER = "〔待填写〕"
@dataclass
class Field:
    """One answer the clerk gives: where it lives in the data and what to show while it is written."""

    path: tuple
    kind: str  # line, point (one line, however long), text, title, part, date, score, number, reason (not applicable)
    label: str
    where: str = ""  # 主要做法及成效 › 1 党委政府落实主体责任
    guidance: str = ""
    marker: str = ""  # the marker the item will carry: 一、（一）一是 …
    maximum: float | None = None
    metric: str | None = None
    points_of: tuple | None = None  # for a point: the list it belongs to (where a new point goes)
    optional: bool = False  # may stay empty (自评依据): resuming does not stop at it


def typed_value(target: Field, text: str):
    """The YAML value for an answer typed as ``text``."""
    text = text.strip("\n")
    if target.kind in ("score", "number"):
        return number_from_text(text) if text.strip() else None
    if target.kind == "part":
        return [{"points": [line.strip() for line in text.split("\n") if line.strip()]}] if text.strip() else []
    if target.kind == "title":
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        return lines if len(lines) > 1 else "".join(lines)
    if target.kind in ("line", "point", "date", "reason"):
        return text.replace("\n", "").strip()
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def check_answer(target: Field, text: str) -> str | None:
    """What is wrong with ``text`` as an answer to ``target`` (a sentence), or None."""
    text = text.strip()
    control = NON_PRINTABLE.search(text)  # what the data file's reader refuses: caught here, before it is saved
    if control:
        return _("这里有不可见的控制字符（#x{code:04x}），YAML 不允许，请删去。").format(code=ord(control.group()))
    if target.kind in ("score", "number"):
        if not text:
            return None
        try:
            number = number_from_text(text)
        except ValueError:
            return _("请输入数字，如 5 或 4.5。")
        if not usable_number(number):
            return _("这个数无法使用：请写一个有限的普通数字（绝对值小于 10 的 15 次方）。")
        if target.kind == "score" and not 0 <= number <= (target.maximum or 0):
            return _("得分应在 0 到 {max:g} 之间。").format(max=target.maximum or 0)
        return None
    if target.kind == "date" and text:
        if not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日", text) or report_date(text) is None:
            return _("请写成 2025-06-30 或 2025年6月30日，且日期要存在。")
    if target.kind in ("line", "point", "reason") and "\n" in text:
        return _("这里只能写一行。")
    return None


# --- the fields of a report, in order ------------------------------------------------------------


def fields_of(data: dict, scheme=None) -> list[Field]:
    """Every answer the report needs, in the order the clerk gives them: metadata, figures, then each part."""
    found = [
        Field(("title",), "title", _("标题"), guidance=_("较长的标题分行写，每行一个意思完整的词组。")),
        Field(("issuer",), "line", _("发文机关署名")),
        Field(("recipient",), "line", _("主送机关")),
        Field(("date",), "date", _("成文日期"), guidance=_("写成 2025-06-30 或 2025年6月30日。")),
        Field(("opening",), "text", _("开头"), guidance=_("引用通知之后的叙述，如「我县对照评价方案逐项开展了自查」。") + (_("自评得分由各要点相加，自动写入。") if scheme is not None and scheme.scored else "")),
    ]
    for number, notice in enumerate(data.get("notices") or []):
        if isinstance(notice, dict):
            where = _("依据的通知")
            found += [Field(("notices", number, "issuer"), "line", _("通知的发文机关"), where),
                      Field(("notices", number, "title"), "line", _("通知的标题（不带书名号）"), where),
                      Field(("notices", number, "number"), "line", _("通知的文号"), where, _("写成 X教督〔2025〕5号：年份用六角括号〔〕。"), optional=True)]
    for name, metric in (data.get("metrics") or {}).items():
        if isinstance(metric, dict):
            found.append(Field(("metrics", name, "value"), "number", _("「{name}」今年的数值").format(name=name), where=_("数字"),
                               guidance=_("上年：{previous}{unit}").format(previous=metric.get("previous", "—"), unit=metric.get("unit", "")), metric=name))
    codes = scheme.by_code() if scheme is not None else {}
    counter = _Markers()
    for key in part_keys(data):
        part = data["parts"][key]
        where, level, parent = _(PART_NAMES[key]) if key in PART_NAMES else _("自定义部分"), 0, "document"
        if "heading" in part:
            level, parent = 1, ("parts", key)
            marker = counter.heading("document", 1)
            found.append(Field(("parts", key, "heading"), "line", _("标题"), where, marker=marker))
            where += " › " + marker + str(part["heading"])
        if part.get("content"):
            found += _item_fields(part["content"], ("parts", key, "content"), level, parent, where, codes, counter)
        else:  # an empty part: its first point, from which ^E adds more
            found.append(Field(("parts", key, "content"), "part", part_title(key, part), where, _("写第一条；按 ^E 再加一条（一是、二是……自动编号）。")))
    return found


class _Markers:
    """The markers the number stage will give, counted the same way: per parent, per level."""

    def __init__(self):
        self.counts: dict = {}

    def heading(self, parent: object, level: int) -> str:
        key = (parent, level)
        self.counts[key] = self.counts.get(key, 0) + 1
        return heading_marker(level, self.counts[key])


def _item_fields(content: list, path: tuple, parent_level: int, parent: object, where: str, codes: dict, counter: _Markers) -> list[Field]:
    found: list[Field] = []
    for index, item in enumerate(content):
        here = path + (index,)
        if isinstance(item, str):
            found.append(Field(here, "text", _("段落"), where))
            continue
        if not isinstance(item, dict):
            continue
        node = codes.get(str(item.get("indicator"))) if "indicator" in item else None
        label = f"{node.code} {node.title}" if node else ""
        level, inner, owner = parent_level, where, parent
        if "heading" in item:
            level, owner = item.get("level", parent_level + 1), here
            marker = counter.heading(parent, min(max(level, 1), 4))
            found.append(Field(here + ("heading",), "line", _("标题"), where, node.guidance if node and not node.leaf else "", marker))
            inner = where + " › " + marker + str(item["heading"])[:16]
        if "text" in item or (node is not None and node.leaf and "heading" in item):
            found.append(Field(here + ("text",), "text", label or _("段落"), inner, node.guidance if node else ""))
        found += _answer_fields(item, here, node, inner)
        for number, point in enumerate(item.get("points") or []):
            found += _point_fields(point, here + ("points", number), here + ("points",), number, len(item["points"]), inner, codes)
        found += _item_fields(item.get("content") or [], here + ("content",), level, owner, inner, codes, counter)
    return found


def _point_fields(point, path: tuple, points_path: tuple, number: int, count: int, where: str, codes: dict) -> list[Field]:
    marker = point_marker(number + 1) if count > 1 else ""  # a lone point is printed without 一是
    if isinstance(point, dict):
        node = codes.get(str(point.get("indicator"))) if "indicator" in point else None
        label = f"{node.code} {node.title}" if node else _("分项")
        if point.get("not_applicable") and not point.get("text"):
            return _answer_fields(point, path, node, where)
        return [Field(path + ("text",), "point", label, where, node.guidance if node else "", marker, points_of=points_path)] + _answer_fields(point, path, node, where)
    return [Field(path, "point", _("分项"), where, "", marker, points_of=points_path)]


def _answer_fields(item: dict, path: tuple, node, where: str) -> list[Field]:
    """The score (and basis) of a 评价要点 with a maximum; for one marked not applicable, the reason
    (emptied, the mark is taken back and the score asked for again)."""
    if node is None or not node.leaf:
        return []
    label = f"{node.code} {node.title}"
    if item.get("not_applicable"):
        return [Field(path + ("not_applicable",), "reason", _("「{label}」不适用的理由").format(label=label), where,
                      _("清空理由即取消「不适用」，再填写得分。"), optional=True)]
    if node.max is None:
        return []
    return [
        Field(path + ("score",), "score", _("「{label}」自评得分（满分 {max:g} 分）").format(label=label, max=node.max), where, maximum=node.max),
        Field(path + ("basis",), "line", _("「{label}」自评依据（写进得分表，可不填）").format(label=label), where,
              _("一句话写明得分的依据，如「专题研究教育重大问题7次」。不适用的要点按 ^T 写明理由。"), optional=True),
    ]


# --- reading and writing by path ------------------------------------------------------------------


def _names_indicator(point) -> bool:
    return isinstance(point, dict) and point.get("indicator") is not None
