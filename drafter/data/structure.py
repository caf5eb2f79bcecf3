"""What the schema cannot say about a report's data: errors of structure (an item with nothing to
show, headings nested too deep or skipping a level, a day that does not exist, a 版记 that cannot
be printed whole) and warnings where the data says one thing twice and differently.
"""

from __future__ import annotations

import re

from drafter.errors import Problem
from drafter.i18n import _
from drafter.data.reading import MAX_DEPTH
from drafter.data.report import Path_, ReportData, misspelt_part, report_date, title_text
from drafter.data.schema import describe_path, misspelt_part_message


def structure_problems(report: ReportData) -> list[Problem]:
    """What the schema cannot say: every item has something to show, and headings nest at most four deep."""
    problems: list[Problem] = []
    parts = report.values.get("parts", {})
    if not any(part.get("content") for part in parts.values()) and not report.values.get("preface"):
        line, column = report.where_key(("parts",))
        problems.append(Problem(report.source, _("「parts」中没有任何内容。请至少在一个部分的 content 下写一段文字。"), line, column, "structure"))
    for key, part in parts.items():
        close = misspelt_part(key)
        if close:
            line, column = report.where_key(("parts", key))
            problems.append(Problem(report.source, misspelt_part_message(key, close), line, column, "structure"))
        top_level = 1 if part.get("heading") else 0
        problems += content_problems(report, part.get("content", []), ("parts", key, "content"), top_level)
    problems += content_problems(report, report.values.get("preface", []), ("preface",), 0)
    if report_date(report.values["date"]) is None:
        line, column = report.where(("date",))
        problems.append(Problem(report.source, _("日期「{value}」不存在，请检查月和日。").format(value=report.values["date"]), line, column, "structure"))
    return problems + record_problems(report)


def consistency_warnings(report: ReportData) -> list[Problem]:
    """What the data says twice and differently, as warnings at their lines (``build`` prints them,
    ``check`` lists them under their rule): the organ the title or 版头 names against the 署名
    (issuer-mismatch), the 成文日期 against the title's year (date-before-title); and a title that
    does not end with the 文种 报告 (title-genre)."""
    problems = [Problem(report.source, message, *report.where(path), "issuer-mismatch") for message, path in issuer_mismatches(report.values)]
    stale = date_before_title(report.values)
    if stale:
        problems.append(Problem(report.source, stale, *report.where(("date",)), "date-before-title"))
    title = title_text(report.values)
    if title and not title.endswith("报告"):
        message = _("标题应以文种「报告」结尾（发文机关＋关于……的＋文种，《党政机关公文处理工作条例》第九条）；「汇报」「总结」不是公文文种。")
        problems.append(Problem(report.source, message, *report.where(("title",)), "title-genre"))
    return problems


def issuer_mismatches(values: dict) -> list[tuple[str, tuple]]:
    """The 发文机关 the title (「XX县教育局关于……」) and the 版头's 发文机关标志 (「XX县教育局文件」) name,
    where it is not the 署名's (issuer) nor a short form of it (「XX县关于……」 for XX县人民政府): a
    slip, or last year's or another office's file reused with its old name."""
    issuer = re.sub(r"\s+", "", str(values.get("issuer", "")))
    title = title_text(values)
    named = []
    if "关于" in title:
        named.append((title[:title.index("关于")], ("title",)))
    mark = (values.get("letterhead") or {}).get("mark")
    if isinstance(mark, str) and mark.endswith("文件"):
        named.append((mark[:-2], ("letterhead", "mark")))
    found = []
    for text, path in named:
        organs = [organ for organ in re.split(r"[\s　、]+", text) if organ]  # 联合行文: several organs
        if organs and issuer and not any(issuer.startswith(organ) or organ.startswith(issuer) for organ in organs):
            found.append((_("「{named}」与署名的发文机关「{issuer}」不一致：是否写错，或沿用了别处的文件？").format(named=text.strip(), issuer=issuer), path))
    return found


def date_before_title(values: dict) -> str | None:
    """The 成文日期 in a year before the last the title names (「2023年工作情况的报告」 dated in 2022):
    last year's date left in a file reused."""
    title = title_text(values)
    years = [int(year) for year in re.findall(r"(?<!\d)(\d{4})(?=年|学年|—|－|-)", title)]
    written = str(values.get("date", ""))[:4]
    if years and written.isdigit() and int(written) < max(years):
        return _("成文日期是 {written} 年，早于标题中的 {year} 年：是否沿用了往年的日期？").format(written=written, year=max(years))
    return None


def record_problems(report: ReportData) -> list[Problem]:
    """A 版记 that can be printed whole: its rows have exact heights, so 印发机关 must share its line
    with 印发日期, and the 抄送 must leave the 版记 room at a page's foot."""
    record = report.values.get("record")
    if not isinstance(record, dict):
        return []
    from drafter.text.measure import CC_MOST_LINES, cc_lines, printed_line_fits

    problems = []
    printed = report_date(record.get("printed", ""))
    if printed is None and record.get("printed") is not None:  # written as text ('2024-02-30'), YAML took it without a check
        line, column = report.where(("record", "printed"))
        problems.append(Problem(report.source, _("日期「{value}」不存在，请检查月和日。").format(value=record["printed"]), line, column, "structure"))
    if printed is not None and not printed_line_fits(str(record.get("printer", "")), f"{printed.year}年{printed.month}月{printed.day}日"):
        line, column = report.where(("record", "printer"))
        problems.append(Problem(report.source, _("「{where}」太长：印发机关要和印发日期排在同一行，放不下。请写简称。").format(
            where=describe_path(("record", "printer"))), line, column, "structure"))
    lines = cc_lines("，".join(map(str, record.get("cc") or [])) + "。")
    if lines > CC_MOST_LINES:
        line, column = report.where(("record", "cc"))
        problems.append(Problem(report.source, _("「{where}」太长：要排 {lines} 行，版记中的抄送最多 {most} 行。请改用统称（如「各乡镇人民政府」），或删去一些。").format(
            where=describe_path(("record", "cc")), lines=lines, most=CC_MOST_LINES), line, column, "structure"))
    return problems


def content_problems(report: ReportData, content: list, path: Path_, parent_level: int) -> list[Problem]:
    problems: list[Problem] = []
    for index, item in enumerate(content):
        if not isinstance(item, dict):
            continue
        here = path + (index,)
        problems += item_problems(report, item, here, parent_level)
        level = item.get("level", parent_level + 1) if "heading" in item else parent_level
        problems += content_problems(report, item.get("content", []), here + ("content",), level)
    return problems


class _Described:
    """``describe_path(path)``, worked out when a message is formatted with it and not before."""

    def __init__(self, path: Path_):
        self.path = path

    def __format__(self, spec: str) -> str:
        return format(describe_path(self.path), spec)


def item_problems(report: ReportData, item: dict, path: Path_, parent_level: int) -> list[Problem]:
    """Problems of one item, each located at the field it is about."""
    found: list[tuple[Path_, str]] = []
    where = _Described(path)  # worded only for a message: most items have none
    if not any(key in item for key in ("heading", "text", "points", "content")) and "indicator" not in item:
        found.append((path, _("「{where}」是空的：请写 heading、text、points 或 content 中的至少一项。").format(where=where)))
    if "text" in item and not str(item["text"]).strip() and "indicator" not in item:
        found.append((path + ("text",), _("「{where}」不能为空。").format(where=describe_path(path + ("text",)))))
    if "heading" not in item:
        for key in ("run_in", "level"):
            if key in item:
                found.append((path + (key,), _("「{where}」写了 {key} 却没有 heading。请补上标题，或删去 {key}。").format(where=where, key=key)))
    if "layout" in item and "points" not in item:
        found.append((path + ("layout",), _("「{where}」写了 layout 却没有 points。").format(where=where)))
    if "heading" in item:
        level = item.get("level", parent_level + 1)
        if level <= parent_level:
            found.append((path + ("level",), _("「{where}」的 level: {level} 不比上一级标题深，请写 {least} 到 {most} 之间的数。").format(where=where, level=level, least=parent_level + 1, most=MAX_DEPTH)))
        elif level > MAX_DEPTH:
            found.append((path + ("heading",), _("「{where}」的标题在第 {level} 层，公文标题最多四层（一、（一）1.（1））。请减少嵌套。").format(where=where, level=level)))
    return [Problem(report.source, message, *report.where_key(at), "structure") for at, message in found]
