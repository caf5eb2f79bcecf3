"""``drafter scheme import``: the official indicator table (一级指标 | 二级指标 | 评价要点 | 分值 |
评分标准) read into a scheme, whatever file it came in (``drafter.tables`` gives the grids).

The table is the one whose header names indicators and scores; tables after it with the same
columns continue it. Columns are known by their headers. Each row names a path from a 一级指标
down to its 评价要点: cells merged down a parent's rows are one parent, and a 分值 or 评分标准
merged over several rows belongs to the parent those rows share. Numbering in cells (「一、」
「（一）」「1.」「1.1」「A1」) is taken off the titles; dotted and lettered numbers become the codes,
and the rest are numbered by place (1, 1.1, 1.1.1). A 合计 row is checked against the sum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import cannot_write
from drafter.i18n import _
from drafter.data.reading import number_from_text
from drafter.tables import Grid
from drafter.tables import read_tables

_LEVEL_WORDS = ("指标", "要点", "内容", "项目")
_NOT_LEVEL = ("分值", "分数", "权重", "标准", "说明", "依据", "方式", "办法", "细则", "备注", "序号", "编号", "得分")
_SCORE_WORDS = ("分值", "分数", "权重", "标准分", "满分", "赋分", "分值（分）")
_GUIDANCE_WORDS = ("评分标准", "评价标准", "考核标准", "评分细则", "评分办法", "评价方式", "考核方式", "考评办法", "说明", "评分说明")
_TOTAL = re.compile(r"^(合\s*计|总\s*分|总\s*计|满分合计)[：:]?$")
_SCORE = re.compile(r"^(\d+(?:\.\d+)?)\s*分?$")
_TITLE_SCORE = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$")
_EXPLICIT_CODE = re.compile(r"^([A-Za-z]\d+(?:[.\-]\d+)*|\d+(?:\.\d+)+)[.、．]?\s*(?=\S)")
_PLAIN_PREFIX = re.compile(r"^(?:[（(](?:\d+|[一二三四五六七八九十]+)[）)]|(?:\d+|[一二三四五六七八九十]+)[、.．]|\d+\s+(?=\D))\s*")


@dataclass
class Node:
    title: str
    code: str | None = None  # from the cell's own numbering, when it is dotted or lettered
    max: float | None = None
    guidance: str = ""
    children: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # the table rows (1-based) it spans


@dataclass
class ImportedScheme:
    values: dict  # scheme.yaml's values
    summary: str
    warnings: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def header_roles(cells: list[str]) -> dict | None:
    """Which columns hold the levels, the score, the guidance and the numbers, by their header words."""
    levels, score, guidance, numbers = [], None, [], None
    for column, raw in enumerate(cells):
        text = re.sub(r"\s+", "", raw)
        if not text:
            continue
        if text in ("序号", "编号", "代码") and numbers is None:
            numbers = column
        elif any(word in text for word in _GUIDANCE_WORDS):
            guidance.append(column)
        elif score is None and (any(word in text for word in _SCORE_WORDS) or text in ("分", "分值")):
            score = column
        elif any(word in text for word in _LEVEL_WORDS) and not any(word in text for word in _NOT_LEVEL):
            levels.append(column)
    if not levels or (score is None and not guidance):
        return None
    return {"levels": list(dict.fromkeys(levels)), "score": score, "guidance": guidance, "numbers": numbers}


def find_table(grids: list[Grid]) -> tuple[Grid, int, dict]:
    """The indicator table (with what continues it), the index of its header row, and the columns' roles."""
    for index, grid in enumerate(grids):
        for r, row in enumerate(grid.rows[:4]):
            roles = header_roles([cell.text for cell in row])
            if roles:
                rows = list(grid.rows)
                for later in grids[index + 1:]:  # a table split over pages or into a second table
                    if later.rows and len(later.rows[0]) == len(row):
                        offset = len(rows)
                        rows += [[type(cell)(cell.text, (cell.origin[0] + offset, cell.origin[1])) for cell in cells] for cells in later.rows]
                    else:
                        break
                return Grid(rows, grid.before, grid.where), r, roles
    raise DrafterError([Problem("", _("没有找到指标表：表头应有「一级指标」「评价要点」之类的指标列，以及「分值」或「评分标准」列。"))])


def read_scheme_table(grids: list[Grid], source: str) -> tuple[list[Node], float | None, list[str], list[str], Grid]:
    """The indicator tree, the 合计 row's figure, warnings and rows not placed."""
    try:
        grid, header, roles = find_table(grids)
    except DrafterError as error:
        raise DrafterError([Problem(source, p.message) for p in error.problems]) from None
    header_texts = [cell.text for cell in grid.rows[header]]
    roots: list[Node] = []
    nodes: dict = {}  # cell origin -> node
    merged_scores: dict = {}  # score cell origin -> (value, leaves)
    merged_guidance: dict = {}
    total, warnings, unplaced, problems = None, [], [], []
    last_entries: dict = {}  # column -> the latest row's guidance or score entry, which a row split by a page may continue
    previous: dict = {}  # level column index -> the node the row above had there
    for r in range(header + 1, len(grid.rows)):
        row = grid.rows[r]
        number = r + 1
        texts = [cell.text for cell in row]
        if not any(texts) or texts == header_texts:
            continue
        labels = [row[c].text for c in roles["levels"]] + ([row[roles["numbers"]].text] if roles["numbers"] is not None else [])
        if any(_TOTAL.match(re.sub(r"\s+", "", label)) for label in labels if label):
            total = _score(row[roles["score"]].text) if roles["score"] is not None else None
            continue
        cells = [row[c] for c in roles["levels"]]
        deepest = max((j for j, cell in enumerate(cells) if cell.text), default=None)
        if deepest is None:
            if not continue_row(row, roles, last_entries):
                unplaced.append(_("{table}第 {row} 行：{text}").format(table=grid.where, row=number, text="｜".join(t for t in texts if t)[:40]))
            continue
        parent, seen, here = None, set(), {}
        for j, cell in enumerate(cells[:deepest + 1]):
            if not cell.text:
                # A parent cell merged down past a page break is empty on the next page: the row above's parent goes on.
                node = previous.get(j)
                if node is None or (parent is not None and node not in parent.children):
                    continue
            elif cell.origin in seen:
                continue  # a cell merged across: the same node again
            else:
                seen.add(cell.origin)
                node = nodes.get(cell.origin)
                before = previous.get(j)
                if node is None and before is not None and node_from_cell(cell.text).title == before.title and before in (parent.children if parent else roots):
                    node = nodes[cell.origin] = before  # the same parent, its cell split by a page break
                if node is None:
                    node = node_from_cell(cell.text)
                    if not node.title:
                        problems.append(Problem(source, _("{table}第 {row} 行第 {column} 列的指标名称是空的（只有编号）。请在表格中补上名称。").format(table=grid.where, row=number, column=cell.origin[1] + 1)))
                    nodes[cell.origin] = node
                    (parent.children if parent else roots).append(node)
            node.rows.append(number)
            here[j] = parent = node
        previous = here
        leaf = parent
        for column, store in ((roles["score"], merged_scores), *((c, merged_guidance) for c in roles["guidance"])):
            if column is None:
                continue
            cell = row[column]
            if cell.text:
                entry = store.setdefault((column, cell.origin), [cell.text, []])
                entry[1].append(leaf)
                last_entries[column] = entry
    for (column, _origin), (text, leaves) in merged_scores.items():
        owner = common_ancestor(roots, leaves)
        value = _score(text)
        if value is None:
            warnings.append(_("「{title}」的分值「{text}」不是数字，没有采用。").format(title=owner.title, text=text))
        elif owner.max is None:
            owner.max = value
    for (column, _origin), (text, leaves) in sorted(merged_guidance.items(), key=lambda item: item[0][0]):
        owner = common_ancestor(roots, leaves)
        owner.guidance = (owner.guidance + "\n" + text).strip() if owner.guidance else text
    if problems:
        raise DrafterError(problems)
    return roots, total, warnings, unplaced, grid


def continue_row(row, roles: dict, last_entries: dict) -> bool:
    """A row with no indicator, only 评分标准 text, just after one that had it: the rest of that row,
    which a page break split off (in a PDF). Its text joins the row above's; False if it is not one."""
    texts = {column: row[column].text for column in roles["guidance"] if row[column].text}
    others = [cell.text for column, cell in enumerate(row) if cell.text and column not in roles["guidance"]]
    if not texts or others or not all(column in last_entries for column in texts):
        return False
    for column, text in texts.items():
        last_entries[column][0] += text
    return True


def node_from_cell(text: str) -> Node:
    """A node from a cell: its numbering taken off (kept as the code when dotted or lettered), one line."""
    text = re.sub(r"\s*\n\s*", "", text).strip()
    code = None
    explicit = _EXPLICIT_CODE.match(text)
    if explicit:
        code, text = explicit.group(1), text[explicit.end():]
    else:
        text = _PLAIN_PREFIX.sub("", text, count=1)
    node = Node(text.strip())
    score = _TITLE_SCORE.search(node.title)
    if score:
        node.max, node.title = number_from_text(score.group(1)), node.title[:score.start()].strip()
    node.code = code
    return node


def common_ancestor(roots: list[Node], leaves: list[Node]) -> Node:
    """The deepest node whose subtree holds every one of ``leaves`` (the leaf itself when there is one)."""
    paths = [path_to(roots, leaf) for leaf in leaves]
    common = paths[0]
    for path in paths[1:]:
        common = [a for a, b in zip(common, path) if a is b]
    return common[-1] if common else leaves[0]


def path_to(nodes: list[Node], target: Node) -> list[Node]:
    for node in nodes:
        if node is target:
            return [node]
        below = path_to(node.children, target)
        if below:
            return [node] + below
    return []


def _score(text: str) -> float | None:
    match = _SCORE.match(re.sub(r"\s+", "", text or ""))
    return number_from_text(match.group(1)) if match else None



def assign_codes(nodes: list[Node], prefix: str = "") -> None:
    """Codes by place (1, 1.1, 1.1.1) where a cell had no dotted or lettered number of its own."""
    for position, node in enumerate(nodes, 1):
        node.code = node.code or f"{prefix}{position}"
        assign_codes(node.children, node.code + ".")


def code_problems(nodes: list[Node], source: str) -> list[Problem]:
    seen: dict[str, Node] = {}
    problems = []
    for node in walk(nodes):
        if node.code in seen:
            problems.append(Problem(source, _("编号「{code}」重复：第 {first} 行和第 {second} 行。请在表格中改正其中一个。").format(
                code=node.code, first=seen[node.code].rows[0], second=node.rows[0])))
        seen.setdefault(node.code, node)
    return problems


def walk(nodes: list[Node]):
    for node in nodes:
        yield node
        yield from walk(node.children)


def as_values(nodes: list[Node]) -> list[dict]:
    result = []
    for node in nodes:
        item: dict = {"code": node.code, "title": node.title}
        leaf_max = node.max if not node.children else (node.max if node.max is not None and node.max != _sum(node.children) else None)
        if leaf_max is not None:
            item["max"] = leaf_max
        if node.guidance:
            item["guidance"] = node.guidance
        if node.children:
            item["indicators"] = as_values(node.children)
        result.append(item)
    return result


def _sum(nodes: list[Node]) -> float | None:
    total = 0
    for node in nodes:
        value = node.max if node.max is not None else (_sum(node.children) if node.children else None)
        if value is None:
            return None
        total += value
    return total


def summary_of(nodes: list[Node]) -> str:
    """「5项一级指标、12项二级指标、17个评价要点，满分100分」"""
    names = ("一级指标", "二级指标", "三级指标")
    by_depth: dict[int, int] = {}

    def visit(items, depth):
        for node in items:
            if node.children:
                by_depth[depth] = by_depth.get(depth, 0) + 1
                visit(node.children, depth + 1)

    visit(nodes, 0)
    leaves = sum(1 for node in walk(nodes) if not node.children)
    parts = [_("{n}项{name}").format(n=count, name=_(names[depth]) if depth < len(names) else _("{n}级指标").format(n=depth + 1)) for depth, count in sorted(by_depth.items())]
    parts.append(_("{n}个评价要点").format(n=leaves))
    total = _sum(nodes)
    return "、".join(parts) + (_("，满分{total:g}分").format(total=total) if total is not None else "")


def import_scheme(path: Path, scheme_id: str, base=None) -> ImportedScheme:
    """The scheme in the indicator table at ``path``; ``base`` (a Scheme) gives the settings besides the indicators."""
    source = str(path)
    roots, total, warnings, unplaced, grid = read_scheme_table(read_tables(path), source)
    assign_codes(roots)
    problems = code_problems(roots, source)
    if problems:
        raise DrafterError(problems)
    computed = _sum(roots)
    if total is not None and computed is not None and abs(total - computed) > 1e-9:
        rows = "；".join(f"{node.code} {node.title} {node.max:g}" for node in walk(roots) if node.max is not None and not node.children)
        warnings.append(_("合计行写的是 {total:g} 分，各评价要点相加是 {sum:g} 分，请核对：{rows}").format(total=total, sum=computed, rows=rows))
    values = {"id": scheme_id, "name": scheme_name(grid.before) or scheme_id}
    if base is not None:
        values.update(base_settings(base))
    values["indicators"] = as_values(roots)
    return ImportedScheme(values, summary_of(roots), warnings, unplaced)


def scheme_name(before: list[str]) -> str:
    """The table's title from the lines before it: not 「附件」 or 「附件1」, and one line."""
    for line in reversed(before):
        line = re.sub(r"^附件\s*\d*[：:]?\s*", "", line.strip())
        if line and len(line) <= 60:
            return re.sub(r"\s+", "", line)
    return ""


def base_settings(base) -> dict:
    """What a scheme named by ``--from`` gives the new one besides its indicators."""
    settings: dict = {}
    if base.level:
        settings["level"] = base.level
    if base.notice:
        settings["notice"] = dict(base.notice)
    settings.update({"part": base.part, "parts": [key if key not in base.part_headings else {"key": key, "heading": base.part_headings[key]} for key in base.parts], "leaves": base.leaves})
    if base.part_heading:
        settings["part_heading"] = base.part_heading
    if base.score_table is not None:
        settings["score_table"] = base.score_table
    if base.score_note:
        settings["score_note"] = True
    return settings


DEFAULT_TEMPLATE = '{#- 由 drafter scheme import 生成：基本模板的结构，评价要点按方案写在各指标之下。 -#}\n{% extends "base/report.j2" %}\n'


def write_scheme(imported: ImportedScheme, destination: Path | None, base, source_name: str) -> Path:
    """Write ``DIR/ID/scheme.yaml`` and ``report.j2`` (``base``'s template, or one that extends the base
    report); the scheme is read back and checked before the command says it is done."""
    import shutil

    from drafter.places import user_template_dir
    from drafter.data.scheme import SCHEMA_PATH, SCHEME_FILE, load_scheme
    from drafter.data.yaml_out import schema_line, yaml_lines

    scheme_id = imported.values["id"]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", scheme_id):
        raise DrafterError([Problem(scheme_id, _("方案编号只能用小写字母、数字和连字符，如 county-annual-2025。"), rule="scheme")])
    folder = (destination or user_template_dir()) / scheme_id
    if folder.exists():
        raise DrafterError([Problem(str(folder), _("「{folder}」已经存在。请换一个方案编号，或先移走这个文件夹。").format(folder=folder), rule="scheme")])
    header = ["# " + _("由 drafter scheme import 从「{source}」生成：{summary}。请对照印发的通知核对。").format(source=source_name, summary=imported.summary)]
    template = (base.folder / base.template_file).read_text(encoding="utf-8") if base is not None else DEFAULT_TEMPLATE
    try:
        folder.mkdir(parents=True)
        (folder / SCHEME_FILE).write_text("\n".join([schema_line(folder / SCHEME_FILE, SCHEMA_PATH)] + header + yaml_lines(imported.values)) + "\n", encoding="utf-8")
        (folder / "report.j2").write_text(template, encoding="utf-8")
    except OSError as error:
        raise DrafterError([cannot_write(folder, error, "scheme")]) from None
    try:
        load_scheme(folder / SCHEME_FILE)
    except DrafterError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder
