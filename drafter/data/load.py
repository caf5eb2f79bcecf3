"""Load stage: reads a report's YAML safely (``reading``), keeps where every value was written, and
validates it against its schema (``schema``) and what the schema cannot say (``structure``).

Every problem comes back as a ``Problem`` naming file, line and column, all of them at once.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.data.reading import read_text, yaml_values
from drafter.data.report import ReportData
from drafter.data.schema import schema_problems
from drafter.data.structure import structure_problems


def load_report(path: str | Path) -> ReportData:
    """Read, parse and validate the report data in ``path``; raise ``DrafterError`` if anything is wrong."""
    source = str(path)
    text = read_text(Path(path), source)
    return parse_report(text, source)


def parse_report(text: str, source: str = "<data>") -> ReportData:
    """Parse and validate report data given as YAML text."""
    report = read_report(text, source)
    problems = validation_problems(report)
    if problems:
        raise DrafterError(problems)
    return report


def read_report(text: str, source: str) -> ReportData:
    """The YAML's values and places, not yet validated; raises ``DrafterError`` if it is not YAML."""
    values, builder = yaml_values(text, source)
    report = ReportData(values, source, builder.marks, builder.key_marks, builder.spans, text)
    if not isinstance(values, dict):
        raise DrafterError([Problem(source, _("数据文件的最外层应是「字段: 值」的映射，例如以 title: 开头。"), 1, 1)])
    return report


def validation_problems(report: ReportData) -> list[Problem]:
    """What is wrong with well-formed YAML as report data: the schema first, then the structure."""
    return schema_problems(report) or structure_problems(report)
