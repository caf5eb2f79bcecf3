"""How the command line answers: problems and warnings at their file, line and column on standard
error, and the exit codes."""

from __future__ import annotations

import sys

from drafter.errors import Problem
from drafter.i18n import _

EXIT_OK, EXIT_INPUT = 0, 2


def report_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(_("{location}: 错误：{message}").format(location=problem.location(), message=problem.message), file=sys.stderr)


def report_warnings(problems: list[Problem] | None) -> None:
    for problem in problems or []:
        print(_("{location}: 警告：{message}").format(location=problem.location(), message=problem.message), file=sys.stderr)
