"""Next year's data file from this year's (``drafter carry-over``): values move to last year's,
scores and the date are cleared for the new assessment, text stays as the starting point, and the
file keeps its comments and order."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.i18n import _
from drafter.errors import DrafterError, Problem
from drafter.data.load import read_report
from drafter.data.reading import read_text
from drafter.data.schema import schema_problems
from drafter.data.yaml_edit import RoundTrip
from drafter.data.yaml_out import STALE
from drafter.data.yaml_out import yaml_lines

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
    mark_last_years(data)
    return with_note(document.text(), Path(source).name)




def mark_last_years(data) -> None:
    """Values that belong to last year and cannot be worked out for this one (the notice answered, its
    文号, last year's 自评依据, this report's own 文号) keep their text and get a 「# 待核对：…」 comment,
    which ``drafter check`` reports until the clerk has answered it and deleted the comment."""
    for notice in data.get("notices") or []:
        if isinstance(notice, dict) and notice.get("title"):
            notice["title"] = next_year(str(notice["title"]))
            flag(notice, "number" if notice.get("number") else "title", _("这是去年依据的通知（标题中的年份已加一），请改为今年通知的标题和文号"))
    for answer in answers(data.get("parts") or {}):
        if answer.get("basis"):
            flag(answer, "basis", _("这是去年的自评依据，请按今年的情况改写"))
    letterhead = data.get("letterhead")
    if isinstance(letterhead, dict) and letterhead.get("number"):
        flag(letterhead, "number", _("这是去年报告的发文字号，请改为今年的"))


def flag(mapping, key: str, text: str) -> None:
    if hasattr(mapping, "yaml_add_eol_comment"):
        mapping.yaml_add_eol_comment(f"# {STALE}：{text}", key)


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


# --- onto a new scheme (``carry-over --scheme NEW``) ---------------------------------------------

ANSWER_FIELDS = ("heading", "run_in", "text", "points", "layout", "not_applicable", "basis", "content")


def carried_onto(text: str, source: str, new_scheme, template_dirs: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """Next year's file on ``new_scheme``: each answer follows its indicator (by code, or by title where the
    codes were renumbered); a new indicator gets an empty entry with its guidance; answers to indicators
    the new scheme dropped go under ``unplaced``. Returns the YAML and the mapping, a line each."""
    import yaml

    from drafter.data.scheme import find_scheme
    from drafter.schemes.diff import pairs
    from drafter.drafting.skeleton import indicator_items

    values = yaml.safe_load(carried_over(text, source)) or {}
    if not values.get("scheme"):
        raise DrafterError([Problem(source, _("这份数据没有写 scheme：不知道它回答的是哪个评价方案，无法换到新方案。"), rule="scheme")])
    old_scheme = find_scheme(str(values["scheme"]), template_dirs, source)
    moved = {pair.old.code: pair for pair in pairs(old_scheme, new_scheme)}
    part = (values.get("parts") or {}).get(old_scheme.part) or {}
    answers, loose, leads = answers_by_code(part.get("content") or [])
    above: dict = {}
    path = ("parts", new_scheme.part, "content")
    content = indicator_items(new_scheme, new_scheme.indicators, path, above, {})
    by_new = {pair.new.code: answers[code] for code, pair in moved.items() if code in answers}
    fill_answers(content, by_new)
    for text, codes in leads:
        holder = holder_of(content, [moved[code].new.code for code in codes if code in moved])
        if holder is not None and not holder.get("text"):
            holder["text"] = text
        else:
            loose.append({"text": text})
    lines = []
    for node in old_scheme.walk():
        pair = moved.get(node.code)
        if pair is None:
            if node.code in answers:
                loose.append(answers[node.code])
            lines.append(_("{code} {title} → （新方案中没有；回答已放入 unplaced）").format(code=node.code, title=node.title))
        elif pair.old.code != pair.new.code or pair.old.title != pair.new.title:
            lines.append(_("{old} {old_title} → {new} {new_title}（相似度 {similarity:.2f}）").format(
                old=pair.old.code, old_title=pair.old.title, new=pair.new.code, new_title=pair.new.title, similarity=pair.similarity))
    new_codes = {pair.new.code for pair in moved.values()}
    lines += [_("（新增）→ {code} {title}：请填写").format(code=node.code, title=node.title) for node in new_scheme.walk() if node.code not in new_codes]
    values["scheme"] = new_scheme.id
    new_part = {"heading": new_scheme.part_heading} if new_scheme.part_heading else ({"heading": part["heading"]} if part.get("heading") else {})
    new_part["content"] = content
    parts = dict(values.get("parts") or {})
    parts[new_scheme.part] = new_part
    values["parts"] = parts  # in their own order, the custom parts with their headings
    if loose:
        values["unplaced"] = (values.get("unplaced") or []) + [{"text": flattened(answer)} for answer in loose]
    header = [_("# 由 drafter carry-over 从「{source}」生成，并从方案「{old}」换到「{new}」：回答随指标移动，新增的指标已列出待填写，").format(
        source=Path(source).name, old=old_scheme.id, new=new_scheme.id), _("# 新方案中没有的指标的回答在 unplaced 中。原文件的注释没有带过来，请对照原文件。")]
    return "\n".join(header + yaml_lines(values, {}, above)) + "\n", lines


def answers_by_code(content: list) -> tuple[dict, list]:
    """The answers in a scheme part by indicator code, the items that answer none, and the lead texts of
    points that do (with those points' codes)."""
    found, loose, leads = {}, [], []

    def visit(items):
        for item in items:
            if isinstance(item, str):
                loose.append({"text": item})
                continue
            if not isinstance(item, dict):
                continue
            if item.get("indicator") is not None:
                found[str(item["indicator"])] = item
            elif not answers_any(item):
                loose.append(item)  # words that answer no indicator: kept, never dropped
            elif item.get("text"):  # the lead text of points that answer indicators: it goes where they go
                codes = [str(p["indicator"]) for p in item.get("points") or [] if isinstance(p, dict) and p.get("indicator") is not None]
                leads.append((item["text"], codes))
            for point in item.get("points") or []:
                if isinstance(point, dict) and point.get("indicator") is not None:
                    found[str(point["indicator"])] = point
            visit(item.get("content") or [])

    visit(content)
    return found, loose, leads


def answers_any(item: dict) -> bool:
    """Whether ``item`` or anything under it answers an indicator."""
    points = [p for p in item.get("points") or [] if isinstance(p, dict) and p.get("indicator") is not None]
    return bool(points) or any(isinstance(child, dict) and (child.get("indicator") is not None or answers_any(child)) for child in item.get("content") or [])


def holder_of(items: list, codes: list[str]) -> dict | None:
    """The item whose points answer the first of ``codes``."""
    for item in items:
        if not isinstance(item, dict):
            continue
        if codes and any(isinstance(p, dict) and str(p.get("indicator")) == codes[0] for p in item.get("points") or []):
            return item
        found = holder_of(item.get("content") or [], codes)
        if found is not None:
            return found
    return None


def fill_answers(items: list, answers: dict) -> None:
    """Put each old answer's words into the new skeleton's entry for the indicator it moved to."""
    for item in items:
        if not isinstance(item, dict):
            continue
        answer = answers.get(str(item.get("indicator")))
        if answer is not None:
            for key in ("heading", "run_in", "text", "not_applicable", "basis"):
                if key in answer and (key != "heading" or "heading" in item):
                    item[key] = answer[key]
            if "score" in item:
                item["score"] = None
        for point in item.get("points") or []:
            fill_answers([point], answers)
        fill_answers(item.get("content") or [], answers)


def flattened(answer: dict) -> str:
    """Every word of an answer as one text, to keep in ``unplaced``."""
    pieces = [str(answer.get(key)) for key in ("heading", "text") if answer.get(key)]
    pieces += [p if isinstance(p, str) else str(p.get("text", "")) for p in answer.get("points") or []]
    return "\n".join(pieces) or str(answer.get("not_applicable", ""))
