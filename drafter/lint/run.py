"""The ``drafter check`` front end: runs checks over files, prints findings for people or as JSON, writes fixed copies."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from drafter.lint.check import READ_AS_IMPORTED, check_file
from drafter.lint.findings import CheckResult
from drafter.lint.fix import cannot_fix, fixed_copy
from drafter.errors import DrafterError, Problem, visible
from drafter.files import write_atomically
from drafter.i18n import N_, _
from drafter.lint.registry import ERROR, INFO, WARNING

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
SEVERITY_WORDS = {ERROR: N_("错误"), WARNING: N_("警告"), INFO: N_("提示")}
COLOURS = {ERROR: "\033[31m", WARNING: "\033[33m", INFO: "\033[36m"}
RESET = "\033[0m"


def use_colour(choice: str, stream) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ


def finding_lines(result: CheckResult, colour: bool) -> list[str]:
    """Each finding as people read it: place, severity, rule and message; the text around it; the fix."""
    lines = []
    for item in result.findings:
        finding = item.finding
        severity = _(SEVERITY_WORDS[finding.severity])
        if colour:
            severity = COLOURS[finding.severity] + severity + RESET
        lines.append(f"{visible(str(item.place))}: {severity} [{finding.rule}] {visible(finding.message)}")
        if item.context:
            lines.append(f"    {visible(item.context)}")
        if finding.replacement is not None:
            fix = _("删去「{old}」").format(old=finding.text) if finding.replacement == "" else _("「{old}」→「{new}」").format(old=finding.text, new=finding.replacement)
            lines.append("    " + _("建议：{fix}").format(fix=visible(fix)))
    return lines


def finding_records(result: CheckResult) -> list[dict]:
    """Each finding as a JSON object for tools."""
    return [{
        "file": item.place.file, "line": item.place.line, "column": item.place.column, "paragraph": item.place.paragraph,
        "rule": item.finding.rule, "severity": item.finding.severity, "text": item.finding.text,
        "message": item.finding.message, "fix": item.finding.replacement, "context": item.context,
    } for item in result.findings]


def unusable_record(problem: Problem) -> dict:
    """A file that could not be checked, as a JSON record, so a tool never takes it for a clean one."""
    return {"file": problem.file, "line": problem.line, "column": problem.column, "paragraph": None, "rule": "unusable",
            "severity": ERROR, "text": "", "message": problem.message, "fix": None, "context": ""}


def summary(results: list[CheckResult], unusable: int = 0) -> str:
    """One line for the end: what was found, and how many files could not be checked at all."""
    totals = {severity: sum(r.counts()[severity] for r in results) for severity in (ERROR, WARNING, INFO)}
    if not any(totals.values()):
        line = _("未发现问题。") if results else ""
    else:
        line = _("共发现 {n} 处：错误 {e}，警告 {w}，提示 {i}。").format(n=sum(totals.values()), e=totals[ERROR], w=totals[WARNING], i=totals[INFO])
    if unusable:
        line += _("{n} 个文件无法检查，见上面的说明。").format(n=unusable)
    return line


def fix_target(path: Path, output: str | None) -> Path:
    target = Path(output) if output else path.with_name(f"{path.stem}.fixed{path.suffix}")
    if target.resolve() == path.resolve():
        raise DrafterError([Problem(str(target), _("--fix 不会改动原文件，请为副本另取一个名字。"))])
    return target


def write_fixed(path: Path, result: CheckResult, output: str | None) -> Path:
    target = fix_target(path, output)
    content, changes = fixed_copy(path, result)
    write_atomically(target, content)
    for change in changes:
        new = change.new or _("（删去）")
        print(_("{place}: 已改「{old}」为「{new}」 [{rule}]").format(place=change.place, old=change.old, new=new, rule=change.rule), file=sys.stderr)
    print(_("已修正 {n} 处，写入 {path}；原文件未改动。").format(n=len(changes), path=target), file=sys.stderr)
    return target


def run(args) -> int:
    if args.fix and args.output and len(args.files) > 1:
        raise DrafterError([Problem(args.output, _("检查多个文件时不能用 -o，修正后的副本会各自写在原文件旁。"))])
    from drafter.places import template_folders

    templates = template_folders(args.templates)
    checked: list[tuple[Path, CheckResult]] = []
    unusable = []
    for name in args.files:
        try:
            checked.append((Path(name), check_file(Path(name), template_dirs=templates)))
        except DrafterError as error:
            unusable += error.problems
    results = [result for _path, result in checked]
    colour = use_colour(args.color, sys.stdout)
    if args.format == "json":
        records = [record for r in results for record in finding_records(r)] + [unusable_record(p) for p in unusable]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for result in results:
            for line in finding_lines(result, colour):
                print(line)
    for problem in unusable:
        print(_("{location}: 错误：{message}").format(location=problem.location(), message=problem.message), file=sys.stderr)
    unfixed = [path for path, _result in checked if args.fix and path.suffix.lower() in READ_AS_IMPORTED]  # checked, not writable
    fixed: list[CheckResult] = []  # each fixed copy, checked again: what is left for the clerk
    for path, result in checked:
        if path in unfixed:
            print(_("{location}: 错误：{message}").format(location=path, message=cannot_fix(path)), file=sys.stderr)
        elif args.fix:
            fixed.append(check_file(write_fixed(path, result, args.output), template_dirs=templates))
    print(summary(results, len({p.file for p in unusable})), file=sys.stderr)
    if args.fix and fixed:
        left = sum(r.counts()[ERROR] + r.counts()[WARNING] for r in fixed)
        print(_("修正后的副本中还有 {n} 处错误或警告要人工处理。").format(n=left) if left else _("可修正的都已修正，副本中没有错误和警告。"), file=sys.stderr)
    if unusable or unfixed:
        return EXIT_UNUSABLE
    return EXIT_CLEAN if all(r.clean for r in (fixed if args.fix else results)) else EXIT_FINDINGS
