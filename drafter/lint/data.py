"""Checking a data file: its paragraphs as the report will print them (headings with drafter's markers
left out), placed back at their line and column in the YAML; the build's own errors (schema,
scheme, metrics, figures) and warnings; values carried over and not yet checked; and a line's
``# drafter: disable=`` comment.
"""

from __future__ import annotations

from pathlib import Path

from drafter.data.yaml_out import STALE
from drafter.i18n import N_, _
from drafter.data.report import ReportData
from drafter.data.structure import consistency_warnings
from drafter.data.load import read_report, validation_problems
from drafter.data.reading import read_text
from drafter.lint.registry import ERROR, WARNING, Finding, Paragraph, Rule, RuleSet, declare
from drafter.lint.rules import lint
from drafter.lint.findings import CheckResult, Place, PlacedFinding, Unit, context_of


# --- YAML data -----------------------------------------------------------------------------------

# A data file's checks beyond its paragraphs' rules: the build's own errors (schema, scheme, metrics and
# figures), values carried over and not yet checked, and the three warnings drafter.data.structure
# finds, which the build shows too.
declare(
    Rule("stale-value", WARNING), Rule("data", ERROR), Rule("scheme", ERROR), Rule("metric", ERROR), Rule("figure-mismatch", ERROR),
    Rule("unused-part", ERROR), Rule("template", ERROR), Rule("issuer-mismatch", WARNING), Rule("date-before-title", WARNING), Rule("title-genre", WARNING),
)

_HEADING_KEYS = {"heading", "title"}
_NOT_PROSE = {"date", "template", "layout", "basis", "scheme", "indicator"}


def data_units(report: ReportData, valid: bool = True) -> list[Unit]:
    """Every string the data holds, as the paragraph the rules should read it as."""
    from drafter.assemble.figures import fill_in, metrics_of

    units: list[Unit] = []
    metrics = metrics_of(report.values) if valid else {}

    def walk(value, path):
        if path == ("metrics",):
            return
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, path + (index,))
        elif isinstance(value, str) and not (set(path) & _NOT_PROSE):
            kind = "heading" if path[-1] in _HEADING_KEYS or (len(path) > 1 and path[-2] == "title") else "point" if "points" in path[-3:-1] else "body"
            try:
                value = fill_in(value, metrics)  # the rules read the text as it will print
            except ValueError:
                pass  # reported by figure_problems
            units.append(Unit(Paragraph(value, kind, markers_generated=True), path))

    walk(report.values, ())
    return units


def single_children(report: ReportData) -> list[tuple[tuple, str]]:
    """Headings in the data with exactly one sub-heading (the norms advise two or more, or none)."""
    found = []

    def walk(content, path):
        for index, item in enumerate(content or []):
            if not isinstance(item, dict):
                continue
            children = item.get("content") if isinstance(item.get("content"), list) else []
            headed = [i for i, child in enumerate(children) if isinstance(child, dict) and "heading" in child]
            if "heading" in item and len(headed) == 1:
                found.append((path + (index, "content", headed[0], "heading"), children[headed[0]]["heading"]))
            walk(children, path + (index, "content"))

    parts = report.values.get("parts")
    for key, part in (parts.items() if isinstance(parts, dict) else ()):
        if isinstance(part, dict) and isinstance(part.get("content"), list):
            walk(part["content"], ("parts", key, "content"))
    return found


def check_data(path: Path, rules: RuleSet, template_dirs: tuple[str, ...] = ()) -> CheckResult:
    from drafter.pipeline import assessment_problems, figure_problems, template_problems  # the build's own checks; a .docx or .txt needs none

    source = str(path)
    report = read_report(read_text(path, source), source)
    result = CheckResult(source)
    invalid = validation_problems(report)
    problems = invalid + assessment_problems(report, template_dirs) + figure_problems(report)
    for problem in problems + (template_problems(report, template_dirs) if not problems else []):
        finding = Finding(problem.rule if problem.rule in ("scheme", "metric", "figure-mismatch", "unused-part", "template") else "data", 0, 0, "", problem.message)
        result.findings.append(PlacedFinding(finding, Place(problem.file, problem.line, problem.column), ""))  # a template's own, at its line
    if rules.active("stale-value"):
        for number, line in enumerate(report.text.split("\n"), 1):
            at = line.find(f"# {STALE}")
            if at >= 0 and (at == 0 or line[at - 1] in " \t"):
                message = _("上一年带过来的值还没有核对：{what}。核对后删去这条注释。").format(what=line[at + len(STALE) + 3:].strip())
                result.findings.append(PlacedFinding(Finding("stale-value", 0, 0, "", message), Place(source, number, at + 1), ""))
    for problem in consistency_warnings(report) if not invalid else []:
        if rules.active(problem.rule):
            result.findings.append(PlacedFinding(Finding(problem.rule, 0, 0, "", problem.message), Place(source, problem.line, problem.column), ""))
    if rules.active("metric"):
        from drafter.assemble.figures import unknown_placeholders

        for problem in unknown_placeholders(report) if not invalid else []:  # build refuses them: an error
            result.findings.append(PlacedFinding(Finding("metric", 0, 0, "", problem.message), Place(source, problem.line, problem.column), ""))
    units = data_units(report, not invalid)
    findings = lint([u.paragraph for u in units], rules)
    if rules.active("single-child"):
        for child_path, heading in single_children(report):
            units.append(Unit(Paragraph(heading, "heading", True), child_path))
            findings.append(Finding("single-child", len(units) - 1, 0, heading, _(N_("这一级只有这一个小标题：只有一项时通常不必单列。"))))
    lines = report.text.split("\n")
    for finding in findings:
        unit = units[finding.paragraph]
        span = locate_in_source(report, unit, finding)
        line, column = _line_column(report.text, span[0]) if span else report.where(unit.path)
        if line and _disabled_on_line(lines[line - 1], finding.rule):
            continue
        place = Place(source, line, column)
        result.findings.append(PlacedFinding(finding, place, context_of(unit.paragraph.text, finding), span))
    result.findings.sort(key=lambda f: (f.place.line or 0, f.place.column or 0))
    return result


def locate_in_source(report: ReportData, unit: Unit, finding: Finding) -> tuple[int, int] | None:
    """Where the offending text stands in the YAML source, when it is written there as it reads."""
    if not finding.text or unit.path not in report.spans:
        return None
    start, end = report.spans[unit.path]
    written = report.text[start:end]
    occurrence = unit.paragraph.text[:finding.offset].count(finding.text)
    position = -1
    for _n in range(occurrence + 1):
        position = written.find(finding.text, position + 1)
        if position < 0:
            return None
    return start + position, start + position + len(finding.text)


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _disabled_on_line(line: str, rule: str) -> bool:
    """``# drafter: disable=doubled-word,space-in-text`` (or ``disable=all``) at the end of a YAML line."""
    marker = line.rfind("# drafter: disable=")
    if marker < 0:
        return False
    names = {name.strip() for name in line[marker + len("# drafter: disable="):].split(",")}
    return rule in names or "all" in names
