"""What the clerk is told after an import (how many headings, points and paragraphs went where), and
the data written as YAML with a comment at each value saying where in the report it came from.
"""

from __future__ import annotations

from pathlib import Path

from drafter.data.report import PART_NAMES
from drafter.i18n import _
from drafter.data.yaml_out import schema_line, yaml_lines
from drafter.importer.imported import Imported, value_at


def structure_counts(values: dict) -> tuple[dict[int, int], int, int]:
    """Headings per level (1–4), points (一是……) and plain paragraphs in the imported parts."""
    levels: dict[int, int] = {level: 0 for level in range(1, 5)}
    counts = {"points": 0, "paragraphs": 0}

    def visit(content, parent_level):
        for item in content or []:
            if isinstance(item, str):
                counts["paragraphs"] += 1
                continue
            level = parent_level
            if "heading" in item:
                level = item.get("level", parent_level + 1)
                levels[min(max(level, 1), 4)] += 1
            if item.get("text"):
                counts["paragraphs"] += 1
            counts["points"] += len(item.get("points") or [])
            visit(item.get("content"), level)

    for part in (values.get("parts") or {}).values():
        if part.get("heading"):
            levels[1] += 1
        visit(part.get("content"), 1 if part.get("heading") else 0)
    visit(values.get("preface"), 0)
    return levels, counts["points"], counts["paragraphs"]


def summary_lines(imported: Imported) -> list[str]:
    """What the terminal shows after an import: how the file was read, the structure found, what was not placed."""
    lines = []
    source = imported.source
    if source is not None:
        way = " → ".join(source.steps)
        if source.encoding:
            way += _("（编码 {encoding}）").format(encoding=source.encoding)
        lines.append(_("读取：{way}，共 {n} 段").format(way=way, n=len(source.paragraphs)))
    levels, points, paragraphs = structure_counts(imported.values)
    lines.append(_("结构：一级标题 {one} 个，二级 {two} 个，三级 {three} 个，四级 {four} 个；分项（一是……）{points} 条；正文段落 {paragraphs} 段").format(
        one=levels[1], two=levels[2], three=levels[3], four=levels[4], points=points, paragraphs=paragraphs))
    mapping = part_lines(imported.values.get("parts") or {})
    if mapping:
        lines.append(_("各部分：{parts}").format(parts="；".join(mapping)))
    match = imported.match
    if match is not None:
        for code, confidence in sorted((match.confidence or {}).items(), key=lambda item: [int(x) if x.isdigit() else x for x in item[0].split(".")]):
            item = value_at(imported.values, match.matched[code])
            text = item.get("heading") or item.get("text") or ""
            lines.append(_("指标 {code} ← 「{text}」（匹配度 {confidence:.2f}）").format(code=code, text=_short(str(text), 20), confidence=confidence))
    if imported.header:
        lines.append(_("原文开头的网页信息没有导入正文（已写在数据文件开头的注释里）：{lines}").format(lines=" / ".join(_short(t) for t in imported.header)))
    if imported.trailer:
        lines.append(_("原文末尾的来源信息没有导入正文（已写在数据文件开头的注释里）：{lines}").format(lines=" / ".join(_short(t) for t in imported.trailer)))
    pages = {p.number: p.page for p in source.paragraphs} if source is not None else {}
    for item in imported.values.get("unplaced") or []:
        page = pages.get(item["paragraph"])
        where = _("原文第 {n} 段").format(n=item["paragraph"]) + (_("（第 {page} 页）").format(page=page) if page else "")
        lines.append(_("未归位：{where}「{text}」").format(where=where, text=_short(item["text"])))
    return lines


def part_lines(parts: dict) -> list[str]:
    """Which heading became which part: 「基本情况」→ 自定义部分「基本情况」, 「主要做法」→ achievements（主要做法及成效）."""
    found = []
    for key, part in parts.items():
        kind = f"{key}（{_(PART_NAMES[key])}）" if key in PART_NAMES else _("自定义部分「{key}」").format(key=key)
        heading = part.get("heading")
        found.append(_("「{heading}」→ {part}").format(heading=_short(heading, 20), part=kind) if heading else
                     _("（无标题）→ {part}").format(part=kind))
    return found


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


_KEY_ORDER = ("scheme", "letterhead", "title", "issuer", "recipient", "date", "template", "basis", "notices", "opening", "self_score", "transition", "metrics", "preface", "parts", "closing", "record", "unplaced")


def yaml_text(imported: Imported, source: str, target: Path | None = None) -> str:
    """The imported data as YAML (to be written at ``target``), commented with where each piece came from."""
    lines = [
        schema_line(target),
        _("# 由 drafter import 从「{source}」导入。序号已去掉，由 drafter 重新生成。").format(source=source),
    ]
    if imported.header:
        lines.append(_("# 原文开头的以下几行是网页上的信息，不是报告的一部分，没有导入："))
        lines += ["#   " + line for line in imported.header]
    if imported.trailer:
        lines.append(_("# 原文末尾的以下几行不是报告的一部分，没有导入："))
        lines += ["#   " + line for line in imported.trailer]
    values = {key: imported.values[key] for key in _KEY_ORDER if key in imported.values}
    return "\n".join(lines + yaml_lines(values, imported.comments)) + "\n"
