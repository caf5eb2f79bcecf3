"""The pipeline in one place: load → compose → parse → number, then a writer. Front ends call this."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from drafter.assemble.compose import compose, template_name
from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.data.report import ReportData, report_date, title_text
from drafter.data.structure import consistency_warnings
from drafter.data.load import read_report, validation_problems
from drafter.data.reading import read_text
from drafter.assemble.model import NumberedDocument
from drafter.assemble.number import number
from drafter.assemble.parse import parse
from drafter.assemble.figures import growth_mismatches, placeholder_problems, unknown_placeholders
from drafter.data.scheme import assess


@dataclass(frozen=True)
class BuildOptions:
    """What a front end asks of a build beyond the data: template folders, the score table, the .docx layout."""

    template_dirs: tuple[str, ...] = ()
    score_table: bool | None = None
    layout: object = None  # drafter.write.styles.Layout
    strict: bool = False  # warnings (a 署名 that is not the title's organ, say) stop the build


@dataclass
class BuiltReport:
    """A report carried through the pipeline up to the writers."""

    data: ReportData
    markup: str
    numbered: NumberedDocument
    layout: object = None  # drafter.write.styles.Layout for the .docx (and the PDF made from it)
    warnings: list = None  # Problems that do not stop the build (printed; --strict makes them errors)


def build_report(data_path: str | Path, template_dirs: tuple[str, ...] = (), score_table: bool | None = None, layout=None, strict: bool = False,
                 text: str | None = None, draft: bool = False, pending_scores: int = 0) -> BuiltReport:
    """Run every stage up to numbering; raise ``DrafterError`` with located problems.

    ``score_table`` overrides the scheme's choice of ending with 附件 自评得分表. ``text``, when given,
    is the data itself (a draft not yet saved), and ``data_path`` only names it in messages. A
    placeholder naming no metric ({合格律} for {合格率}) would print as typed, so it stops the build,
    unless this is a ``draft`` being previewed, where it is a warning shown beside the preview. A draft
    with ``pending_scores`` (scores not given yet, stood in for by 0) says 〔待评分〕 for its self-score.
    """
    with collector_paused():
        return _built(data_path, template_dirs, score_table, layout, strict, text, draft, pending_scores)


@contextmanager
def collector_paused():
    """Python's cycle collector held off while the stages run. They make many objects that live
    until the build ends (YAML nodes, the data, the document tree), and the collector would walk
    them over and over as they grow: a fifth of a 5,000-paragraph build (60 of 295 ms). Whatever
    cycles a build leaves are collected once it is over, by the collector's next run."""
    global _pauses
    if _pauses == 0 and not gc.isenabled():  # someone else turned it off: leave it as it is
        yield
        return
    _pauses += 1
    gc.disable()
    try:
        yield
    finally:
        _pauses -= 1
        if _pauses == 0:
            gc.enable()


_pauses = 0  # builds under way (nested or on other threads) that hold the collector off


def _built(data_path, template_dirs, score_table, layout, strict, text, draft, pending_scores=0) -> BuiltReport:
    source = str(data_path)
    data = read_report(read_text(Path(data_path), source) if text is None else text, source)
    problems = validation_problems(data)
    if problems:  # with the scheme's and the figures' problems of the same file: all of them at once, as check gives them
        raise DrafterError(in_order(problems + assessment_problems(data, template_dirs) + placeholders_unwritten(data)))
    undeclared, warnings = unknown_placeholders(data), consistency_warnings(data)
    assessment, problems = None, []
    try:
        assessment = assess(data, template_dirs)
    except DrafterError as error:
        problems = list(error.problems)
    problems += undeclared if not draft else []
    if problems:  # the figures' too; otherwise compose checks them, once
        raise DrafterError(in_order(problems + placeholders_unwritten(data) + (warnings if strict else [])))
    warnings = undeclared + warnings
    if strict and warnings:
        raise DrafterError(warnings)
    if score_table and assessment is None:
        raise DrafterError([Problem(data.source, _("自评得分表需要一个有分值的评价方案：请在数据中写 scheme: 方案编号。"), *data.where_key(("scheme",)), "scheme")])
    if score_table and not assessment.scheme.scored:
        message = _("评价方案「{name}」没有分值，不能附自评得分表。请去掉 --score-table。").format(name=assessment.scheme.name)
        raise DrafterError([Problem(data.source, message, *data.where_key(("scheme",)), "scheme")])
    markup = compose(data, template_dirs, assessment, score_table, pending_scores)
    numbered = number(parse(markup, source=f"{data.source} → {template_name(data, assessment)}"))
    return BuiltReport(data, markup, numbered, layout, warnings)


def in_order(problems: list[Problem]) -> list[Problem]:
    """Each problem once, in the order of the file's lines."""
    return sorted(dict.fromkeys(problems), key=lambda p: (p.line or 0, p.column or 0))


def assessment_problems(report: ReportData, template_dirs: tuple[str, ...] = ()) -> list:
    """The data against its scheme: every 评价要点 answered, no score above its maximum (see ``drafter.data.scheme``)."""
    try:
        assess(report, template_dirs)
    except DrafterError as error:
        return error.problems
    except (AttributeError, KeyError, TypeError, ValueError):
        return []  # data the schema refused may be malformed anywhere; its schema problems say where
    return []


def template_problems(report: ReportData, template_dirs: tuple[str, ...] = ()) -> list:
    """What the report's template makes of valid data: a part with content it leaves out (unused-part),
    or a template that fails. Found by composing, as the build does."""
    try:
        compose(report, template_dirs, assess(report, template_dirs))
    except DrafterError as error:
        return [p for p in error.problems if p.rule in ("unused-part", "template")]
    return []


def placeholders_unwritten(report: ReportData) -> list:
    """Placeholders that cannot be written (a metric without its value …): the build stops at them."""
    try:
        return placeholder_problems(report)
    except (AttributeError, KeyError, TypeError, ValueError):
        return []  # malformed metrics: the schema problems say where


def figure_problems(report: ReportData) -> list:
    """What check finds in the figures: placeholders that cannot be written, and stated growth figures
    that disagree with their values."""
    try:
        return placeholders_unwritten(report) + growth_mismatches(report)
    except (AttributeError, KeyError, TypeError, ValueError):
        return []


def docx_bytes(report: BuiltReport) -> bytes:
    """The .docx for a built report."""
    from drafter.write.docx import DocumentInfo, docx_bytes as write
    from drafter.write.styles import Layout

    values = report.data.values
    title = title_text(values)
    return write(report.numbered, DocumentInfo(title, values["issuer"], report_date(values["date"])), report.layout or Layout())


def text_bytes(report: BuiltReport) -> bytes:
    from drafter.write.text import text_report

    return text_report(report.numbered).encode("utf-8", "replace")  # a lone surrogate from a YAML escape


def pdf_bytes(report: BuiltReport) -> bytes:
    """The report as PDF, laid out by LibreOffice from the .docx."""
    from drafter.office.libreoffice import pdf_from_docx

    return pdf_from_docx(docx_bytes(report), report.data.source)


WRITERS = {".docx": docx_bytes, ".txt": text_bytes, ".pdf": pdf_bytes}
