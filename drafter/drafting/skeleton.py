"""A data file to fill in for a scheme (``drafter new``): every indicator in place, its guidance
and maximum as comments, so the clerk writes text and scores and nothing else."""

from __future__ import annotations

from pathlib import Path

from drafter.i18n import _
from drafter.data.report import PART_NAMES
from drafter.data.scheme import Indicator, Scheme
from drafter.data.yaml_out import schema_line, yaml_lines

# The headings reports give the standard parts (the corpus's wording); the report's own words, not translated.
DEFAULT_HEADINGS = {"rectification": "整改情况", "achievements": "主要做法及成效", "experience": "经验做法",
                    "problems": "存在的问题", "next_steps": "下一步工作打算"}


def skeleton_text(scheme: Scheme, target: Path) -> str:
    """The YAML text of a new data file for ``scheme``, to be written at ``target``."""
    above: dict = {}
    beside: dict = {}
    parts: dict = {}
    for key in scheme.parts:
        path = ("parts", key)
        if key == scheme.part:
            part: dict = {"heading": scheme.part_heading} if scheme.part_heading else {}
            part["content"] = indicator_items(scheme, scheme.indicators, path + ("content",), above, beside)
        elif key in scheme.part_headings:  # a part of the scheme's own (基本情况): always under its heading
            part = {"heading": scheme.part_headings[key], "content": []}
            above[path] = [_("{name}：在 content 下逐项写，如 - 一段文字，或 - points: [第一条, 第二条]").format(name=scheme.part_headings[key])]
        else:
            # Beside a headed indicator part, the other parts are headed too, so the numbering reads on.
            part = {"heading": DEFAULT_HEADINGS[key]} if scheme.part_heading else {}
            part["content"] = []
            above[path] = [_("{name}：在 content 下逐项写，如 - 一段文字，或 - points: [第一条, 第二条]").format(name=_(PART_NAMES[key]))]
        parts[key] = part
    values = {"scheme": scheme.id, "title": "", "issuer": "", "recipient": "", "date": "", "opening": "", "parts": parts}
    if scheme.notice:  # the notice the report answers: the clerk confirms it, and gives this year's 文号
        notice = {key: scheme.notice[key] for key in ("issuer", "title", "number") if scheme.notice.get(key)}
        values = {**{k: v for k, v in values.items() if k != "parts"}, "notices": [notice], "parts": parts}
        beside[("notices",)] = _("依据的通知：请核对标题，写上今年的文号（如 X教督〔2025〕5号）")
    beside.update({
        ("title",): _("标题；较长时写成列表，每项一行"), ("issuer",): _("发文机关署名"), ("recipient",): _("主送机关"),
        ("date",): _("成文日期，如 2025-06-30"),
        ("opening",): _("开头：引用通知之后的叙述；自评得分由 drafter 算出并写入") if scheme.scored else _("开头：引用通知之后的叙述"),
    })
    header = [schema_line(target)] + [f"# {line}" for line in header_lines(scheme)]
    return "\n".join(header + yaml_lines(values, beside, above)) + "\n"


def header_lines(scheme: Scheme) -> list[str]:
    lines = [_("评价方案：{name}（{id}）").format(name=scheme.name, id=scheme.id)]
    if scheme.scored:
        lines[0] += _("，满分 {total:g} 分").format(total=scheme.max_total)
    if scheme.notice:
        lines.append(_("依据：{issuer}《{title}》").format(**scheme.notice) + (f"（{scheme.notice['number']}）" if scheme.notice.get("number") else ""))
    lines.append(_("每个评价要点写 text（做法和成效）") + (_("和 score（自评得分），可加 basis（自评依据，进得分表）") if scheme.scored else "")
                 + _("；不适用的写 not_applicable: 理由。"))
    lines.append(_("序号由 drafter 生成，不要手写；") + (_("自评得分由各要点相加，不要另写 self_score。") if scheme.scored else _("各项标题可改写成自己的话。")))
    return lines


def indicator_items(scheme: Scheme, nodes: list[Indicator], path: tuple, above: dict, beside: dict) -> list:
    """The items for ``nodes`` at ``path``: a parent as a heading over its children, leaves as points or run-in headings."""
    items: list = []
    for node in nodes:
        if not node.leaf:
            here = path + (len(items),)
            above[here] = indicator_comment(node)
            items.append({"indicator": node.code, "heading": node.title,
                          "content": indicator_items(scheme, node.children, here + ("content",), above, beside)})
        elif scheme.leaves == "headings":
            here = path + (len(items),)
            above[here] = indicator_comment(node)
            items.append({"indicator": node.code, "heading": node.title, "run_in": True, "text": ""} | score_field(node, here, beside))
        else:
            if not (items and isinstance(items[-1], dict) and list(items[-1]) == ["points"]):
                items.append({"points": []})
            points = items[-1]["points"]
            here = path + (len(items) - 1, "points", len(points))
            above[here] = indicator_comment(node)
            points.append({"indicator": node.code, "text": ""} | score_field(node, here, beside))
    return items


def score_field(node: Indicator, path: tuple, beside: dict) -> dict:
    if node.max is None:
        return {}
    beside[path + ("score",)] = _("自评得分，满分 {max:g} 分").format(max=node.max)
    return {"score": None}


def indicator_comment(node: Indicator) -> list[str]:
    maximum = node.full_max()
    title = f"{node.code} {node.title}" + (_("（{max:g}分）").format(max=maximum) if maximum is not None else "")
    lines = node.guidance.split("\n") if node.guidance else []  # official 评分标准 cells have line breaks: each stays a comment
    return [title] + ([_("要点：") + lines[0]] + ["      " + line for line in lines[1:]] if lines else [])
