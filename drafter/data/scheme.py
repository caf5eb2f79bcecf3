"""Schemes (评价方案) and assessment: indicator trees with maximum scores, and a report's scores against one.

A scheme is data: ``<folder>/scheme.yaml`` beside the template that renders it (``report.j2``),
in any template folder. The report names it (``scheme: ID``); items and points name the
indicator they answer (``indicator: 1.2``) and carry its ``score``, ``basis`` or ``not_applicable``.
Totals are computed here, never typed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from drafter.errors import DrafterError, Problem, close_matches
from drafter.files import cannot_write
from drafter.i18n import _
from drafter.data.report import ReportData, part_keys
from drafter.data.schema import describe_path, passes_schema_quickly, schema_problems
from drafter.data.load import read_report
from drafter.data.reading import read_text
from drafter.places import template_search_path
from drafter.places import builtin_dir
from drafter.places import user_template_dir

SCHEME_FILE = "scheme.yaml"
SCHEMA_PATH = Path(__file__).parent.parent / "schema" / "scheme.schema.json"
ASSESSED_KEYS = ("indicator", "score", "basis", "not_applicable")


@dataclass
class Indicator:
    """One node of a scheme's tree: 一级指标, 二级指标 or 评价要点 (a leaf)."""

    code: str
    title: str
    max: float | None = None
    guidance: str = ""
    children: list[Indicator] = field(default_factory=list)
    depth: int = 1

    @property
    def leaf(self) -> bool:
        return not self.children

    def leaves(self) -> list[Indicator]:
        return [self] if self.leaf else [leaf for child in self.children for leaf in child.leaves()]

    def full_max(self) -> float | None:
        """The maximum score: its own, or its leaves' added up; None for an unscored indicator."""
        if self.max is not None:
            return self.max
        maxima = [leaf.max for leaf in self.leaves() if leaf.max is not None]
        return sum(maxima) if maxima else None


@dataclass
class Scheme:
    """An evaluation scheme, as read from its scheme.yaml."""

    id: str
    name: str
    indicators: list[Indicator]
    folder: Path
    level: str = ""
    notice: dict | None = None
    template_file: str = "report.j2"
    part: str = "achievements"
    part_heading: str | None = None
    parts: tuple[str, ...] = ("achievements", "problems", "next_steps")
    part_headings: dict = field(default_factory=dict)  # a custom part's key -> its 一级 heading
    leaves: str = "points"
    score_table: bool | None = None
    score_note: bool = False

    @property
    def template(self) -> str:
        """The template's name for the loader: the scheme's folder and file, e.g. ``county-annual/report.j2``."""
        return f"{self.folder.name}/{self.template_file}"

    def walk(self) -> list[Indicator]:
        """Every indicator, depth first, in the scheme's order."""
        found: list[Indicator] = []

        def visit(nodes: list[Indicator]) -> None:
            for node in nodes:
                found.append(node)
                visit(node.children)

        visit(self.indicators)
        return found

    def by_code(self) -> dict[str, Indicator]:
        return {node.code: node for node in self.walk()}

    def leaf_indicators(self) -> list[Indicator]:
        return [node for node in self.walk() if node.leaf]

    @property
    def scored(self) -> bool:
        return any(leaf.max is not None for leaf in self.leaf_indicators())

    @property
    def max_total(self) -> float:
        return sum(leaf.max or 0 for leaf in self.leaf_indicators())

    @property
    def wants_table(self) -> bool:
        return self.scored if self.score_table is None else self.score_table


# --- finding and reading schemes -------------------------------------------------------------


def available_schemes(template_dirs: tuple[str, ...] = ()) -> dict[str, Path]:
    """Scheme id → its scheme.yaml, the user's folders first: a user's scheme hides a built-in one of the same id."""
    found: dict[str, Path] = {}
    for folder in template_search_path(template_dirs):
        for path in sorted(Path(folder).glob(f"*/{SCHEME_FILE}")):
            found.setdefault(path.parent.name, path)
    return found


def is_builtin(path: Path) -> bool:
    """Whether a scheme.yaml is one that ships with drafter."""
    return path.parent.parent.resolve() == builtin_dir("templates").resolve()


def copy_scheme(source_id: str, new_id: str, destination: Path | None, template_dirs: tuple[str, ...] = ()) -> Path:
    """Copy scheme ``source_id``'s folder (scheme and template) to ``destination/new_id`` with its id changed."""
    import re
    import shutil

    from drafter.data.yaml_out import with_schema_line

    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", new_id):
        raise DrafterError([Problem(new_id, _("方案编号只能用小写字母、数字和连字符，如 county-annual-2025。"), rule="scheme")])
    source = find_scheme(source_id, template_dirs, "--from")
    folder = (destination or user_template_dir()) / new_id
    if folder.exists():
        raise DrafterError([Problem(str(folder), _("「{folder}」已经存在。请换一个方案编号，或先移走这个文件夹。").format(folder=folder), rule="scheme")])
    try:
        shutil.copytree(source.folder, folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        scheme_file = folder / SCHEME_FILE
        text = scheme_file.read_text(encoding="utf-8")
        text = re.sub(r"^id:.*$", f"id: {new_id}", text, count=1, flags=re.M)
        scheme_file.write_text(with_schema_line(text, scheme_file, SCHEMA_PATH), encoding="utf-8")
    except OSError as error:
        raise DrafterError([cannot_write(folder, error, "scheme")]) from None
    return folder


def find_scheme(scheme_id: str, template_dirs: tuple[str, ...] = (), source: str = "", where: tuple = (None, None)) -> Scheme:
    """The scheme called ``scheme_id``, or a problem naming the ones there are."""
    schemes = available_schemes(template_dirs)
    if scheme_id not in schemes:
        close = close_matches(str(scheme_id), list(schemes), n=1)
        hint = _("是不是「{close}」？").format(close=close[0]) if close else _("可用的方案：{names}。").format(names="、".join(schemes) or _("（无）"))
        message = _("找不到评价方案「{id}」。{hint}用 drafter schemes 查看全部方案。").format(id=scheme_id, hint=hint)
        raise DrafterError([Problem(source or str(scheme_id), message, *where, "scheme")])
    return load_scheme(schemes[scheme_id])


def load_scheme(path: Path) -> Scheme:
    """Read and check one scheme.yaml; raise ``DrafterError`` with every problem located."""
    return _load_scheme_cached(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _load_scheme_cached(source: str, _mtime: int) -> Scheme:
    from drafter.data import scheme_validator as generated

    data = read_report(read_text(Path(source), source), source)
    problems = [] if passes_schema_quickly(data.values, generated) else schema_problems(data, scheme_validator())
    if problems:
        raise DrafterError(problems)
    values = data.values
    indicators = [indicator_from(item, 1) for item in values["indicators"]]
    scheme = Scheme(
        id=values["id"], name=values["name"], indicators=indicators, folder=Path(source).parent,
        level=values.get("level", ""), notice=values.get("notice"), template_file=values.get("template", "report.j2"),
        part=values.get("part", "achievements"), part_heading=values.get("part_heading"),
        parts=tuple(p if isinstance(p, str) else p["key"] for p in values.get("parts", ("achievements", "problems", "next_steps"))),
        part_headings={p["key"]: p["heading"] for p in values.get("parts", ()) if isinstance(p, dict)}, leaves=values.get("leaves", "points"),
        score_table=values.get("score_table"), score_note=values.get("score_note", False),
    )
    problems = scheme_problems(scheme, data)
    if problems:
        raise DrafterError(problems)
    return scheme


@lru_cache(maxsize=1)
def scheme_validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def indicator_from(values: dict, depth: int) -> Indicator:
    children = [indicator_from(child, depth + 1) for child in values.get("indicators", [])]
    return Indicator(str(values["code"]), values["title"], values.get("max"), values.get("guidance", "").strip(), children, depth)


def scheme_problems(scheme: Scheme, data: ReportData) -> list[Problem]:
    """What the schema cannot say: codes are unique, the folder is named for the id, parents' maxima add up."""
    problems = []
    if scheme.part not in scheme.parts:
        message = _("指标所在的部分「{part}」不在 parts 中。请把它加进 parts。").format(part=scheme.part)
        problems.append(Problem(data.source, message, *data.where(("parts",)), "scheme"))
    if scheme.folder.name != scheme.id:
        message = _("方案编号「{id}」与所在文件夹「{folder}」不同。请把文件夹改名为「{id}」，或改 id。").format(id=scheme.id, folder=scheme.folder.name)
        problems.append(Problem(data.source, message, *data.where(("id",)), "scheme"))
    seen: set[str] = set()
    for path, node in _indicator_paths(data.values["indicators"], ("indicators",)):
        code = str(node["code"])
        if code in seen:
            problems.append(Problem(data.source, _("指标编号「{code}」重复，编号在方案内必须唯一。").format(code=code), *data.where(path + ("code",)), "scheme"))
        seen.add(code)
        children = node.get("indicators", [])
        if children and "max" in node:
            maxima = [indicator_from(child, 1).full_max() for child in children]
            if all(m is not None for m in maxima) and abs(sum(maxima) - node["max"]) > 1e-9:
                message = _("指标「{code}」的分值 {max:g} 与下级指标分值之和 {total:g} 不等。").format(code=code, max=node["max"], total=sum(maxima))
                problems.append(Problem(data.source, message, *data.where(path + ("max",)), "scheme"))
    template = scheme.folder / scheme.template_file
    if not template.is_file():
        message = _("方案的模板「{name}」不在方案文件夹中。请放一个 {name}（可以只写一行 {{% extends \"base/report.j2\" %}}）。").format(name=scheme.template_file)
        problems.append(Problem(data.source, message, *data.where(("template",)), "scheme"))
    return problems


def _indicator_paths(nodes: list, path: tuple):
    for index, node in enumerate(nodes):
        here = path + (index,)
        yield here, node
        yield from _indicator_paths(node.get("indicators", []), here + ("indicators",))


# --- a report's scores against its scheme ----------------------------------------------------


@dataclass
class Answer:
    """Where the data answers one indicator, and what it says."""

    path: tuple
    item: dict


@dataclass
class Assessment:
    """A report's self-assessment against its scheme: each indicator's score and the computed total."""

    scheme: Scheme
    answers: dict[str, Answer] = field(default_factory=dict)

    def not_applicable(self, code: str) -> str | None:
        answer = self.answers.get(code)
        return answer.item.get("not_applicable") if answer else None

    def score(self, node: Indicator) -> float | None:
        """A leaf's score as written, a parent's as the sum of its applicable leaves; None if nothing is scored."""
        if node.leaf:
            answer = self.answers.get(node.code)
            return answer.item.get("score") if answer else None
        scores = [self.score(leaf) for leaf in node.leaves() if leaf.max is not None and not self.not_applicable(leaf.code)]
        scores = [s for s in scores if s is not None]
        return sum(scores) if scores else None

    def applicable_max(self, node: Indicator) -> float | None:
        maxima = [leaf.max for leaf in node.leaves() if leaf.max is not None and not self.not_applicable(leaf.code)]
        return sum(maxima) if maxima else None

    @property
    def total(self) -> float | None:
        scores = [self.score(node) for node in self.scheme.indicators]
        scores = [s for s in scores if s is not None]
        return round(sum(scores), 4) if scores else None

    @property
    def max_total(self) -> float:
        return sum(self.applicable_max(node) or 0 for node in self.scheme.indicators)

    def score_note(self, code: str) -> str:
        """「（分值20分，自评得分19分）」 for a heading that answers an indicator."""
        node = self.scheme.by_code()[code]
        maximum, score = self.applicable_max(node), self.score(node)
        if maximum is None or score is None:
            return ""
        return f"（分值{maximum:g}分，自评得分{score:g}分）"

    def table_rows(self) -> list[dict]:
        """The rows of 自评得分表: every indicator in order, then the total.

        A 评价要点 marked not applicable keeps its maximum in its row but counts in no total above it.
        The words are the report's own (Chinese), whatever language drafter speaks.
        """
        rows = []
        for node in self.scheme.walk():
            reason = self.not_applicable(node.code) if node.leaf else None
            answer = self.answers.get(node.code)
            basis = ("不适用：" + reason) if reason else (answer.item.get("basis", "") if answer else "")
            score = self.score(node)
            rows.append({
                "code": node.code, "title": node.title, "depth": node.depth, "leaf": node.leaf,
                "max": _number(node.full_max() if node.leaf else self.applicable_max(node)),
                "score": "不适用" if reason else _number(score), "basis": basis,
            })
        rows.append({"code": "", "title": "合计", "depth": 0, "leaf": False, "max": _number(self.max_total),
                     "score": _number(self.total), "basis": ""})
        return rows

    def as_context(self) -> dict:
        """What templates see as ``assessment``."""
        return {"total": self.total, "max": self.max_total, "rows": self.table_rows(), "table": self.scheme.wants_table}


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def assessed_items(values: dict):
    """Every item and point object in the report's parts that names an indicator or carries a score, with its path."""
    def visit(content: list, path: tuple):
        for index, item in enumerate(content):
            if not isinstance(item, dict):
                continue
            here = path + (index,)
            if any(key in item for key in ASSESSED_KEYS):
                yield here, item
            for number, point in enumerate(item.get("points", [])):
                if isinstance(point, dict) and any(key in point for key in ASSESSED_KEYS):
                    yield here + ("points", number), point
            yield from visit(item.get("content", []), here + ("content",))

    for key in part_keys(values):
        yield from visit(values["parts"][key].get("content", []), ("parts", key, "content"))


def assess(report: ReportData, template_dirs: tuple[str, ...] = ()) -> Assessment | None:
    """The report's assessment against the scheme it names (None if it names none); ``DrafterError`` if it does not fit."""
    scheme_id = report.values.get("scheme")
    if scheme_id is None:
        problems = [Problem(report.source, _("「{where}」写了 {key}，但数据没有指定评价方案。请在最外层加上 scheme: 方案编号（drafter schemes 列出全部方案）。").format(where=describe_path(path), key=next(k for k in ASSESSED_KEYS if k in item)), *report.where_key(path), "scheme")
                    for path, item in assessed_items(report.values)]
        if problems:
            raise DrafterError(problems[:1])
        return None
    scheme = find_scheme(scheme_id, template_dirs, report.source, report.where(("scheme",)))
    assessment = Assessment(scheme)
    problems = answer_problems(report, assessment)
    problems += missing_answers(report, assessment)
    if scheme.scored and "self_score" in report.values and assessment.total is not None:
        message = _("不用填写「self_score」：自评得分由各评价要点的 score 相加得出（现为 {total:g} 分）。请删去这一行。").format(total=assessment.total)
        problems.append(Problem(report.source, message, *report.where_key(("self_score",)), "scheme"))
    if problems:
        raise DrafterError(sorted(problems, key=lambda p: (p.line or 0, p.column or 0)))
    return assessment


def answer_problems(report: ReportData, assessment: Assessment) -> list[Problem]:
    """Problems with each item that names an indicator: unknown or repeated codes, scores out of place or too high."""
    problems: list[Problem] = []
    codes = assessment.scheme.by_code()

    def problem(path: tuple, message: str) -> None:
        problems.append(Problem(report.source, message, *report.where_key(path), "scheme"))

    for path, item in assessed_items(report.values):
        if "indicator" not in item:
            problem(path, _("「{where}」写了 score、basis 或 not_applicable，却没有写对应哪个指标（indicator）。").format(where=describe_path(path)))
            continue
        code = str(item["indicator"])
        node = codes.get(code)
        if node is None:
            close = close_matches(code, list(codes), n=1)
            hint = _("是不是「{close}」？").format(close=close[0]) if close else ""
            problem(path + ("indicator",), _("指标「{code}」不在方案「{name}」中。{hint}").format(code=code, name=assessment.scheme.name, hint=hint))
            continue
        if code in assessment.answers:
            line, _column = report.where(assessment.answers[code].path)
            problem(path + ("indicator",), _("指标「{code} {title}」写了两次（另一处在第 {line} 行）。请合并为一处。").format(code=code, title=node.title, line=line))
            continue
        assessment.answers[code] = Answer(path, item)
        problems += [Problem(report.source, message, *report.where_key(at), "scheme") for at, message in leaf_answer_problems(path, item, node)]
    return problems


def leaf_answer_problems(path: tuple, item: dict, node: Indicator) -> list[tuple[tuple, str]]:
    """Score and content problems of one answer, each with the path it is about."""
    found = []
    label = f"{node.code} {node.title}"
    reason = item.get("not_applicable")
    if not node.leaf:
        for key in ("score", "not_applicable"):
            if key in item:
                found.append((path + (key,), _("「{label}」有下级指标，得分由下级相加；请把 {key} 写在各评价要点上。").format(label=label, key=key)))
        return found
    if reason is not None and not str(reason).strip():
        found.append((path + ("not_applicable",), _("评价要点「{label}」写了不适用，但没有写理由。请写明为什么不适用。").format(label=label)))
    has_text = bool(str(item.get("text") or "").strip() or item.get("points") or item.get("content"))
    if not has_text and reason is None:
        found.append((path, _("评价要点「{label}」还没有写内容。请写上做法和成效；如不适用，写 not_applicable: 理由。").format(label=label)))
    score = item.get("score")
    if reason is not None and score is not None:
        found.append((path + ("score",), _("评价要点「{label}」不适用，不计分；请删去 score。").format(label=label)))
    elif node.max is None and score is not None:
        found.append((path + ("score",), _("评价要点「{label}」在方案中没有分值，不用写 score。").format(label=label)))
    elif node.max is not None and reason is None and score is None:
        found.append((path, _("评价要点「{label}」缺少自评得分：请写 score（满分 {max:g} 分）。").format(label=label, max=node.max)))
    elif score is not None and score > node.max:
        found.append((path + ("score",), _("评价要点「{label}」的自评得分 {score:g} 超过了分值 {max:g}。").format(label=label, score=score, max=node.max)))
    return found


def missing_answers(report: ReportData, assessment: Assessment) -> list[Problem]:
    """Every 评价要点 the data does not answer, located at the part that should hold it."""
    scheme = assessment.scheme
    where = ("parts", scheme.part) if scheme.part in report.values.get("parts", {}) else ("parts",)
    line, column = report.where_key(where)
    return [Problem(report.source, _("评价要点「{code} {title}」在数据中没有对应的一项。请加上 indicator: {code} 的一项写明做法和得分，或写 not_applicable: 理由。").format(code=leaf.code, title=leaf.title), line, column, "scheme")
            for leaf in scheme.leaf_indicators() if leaf.code not in assessment.answers]
