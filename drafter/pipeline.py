"""The pipeline in one place: load → compose → parse → number, then a writer. Front ends call this."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.compose import compose
from drafter.load import ReportData, load_report, report_date
from drafter.model import NumberedDocument
from drafter.number import number
from drafter.parse import parse


@dataclass
class BuiltReport:
    """A report carried through the pipeline up to the writers."""

    data: ReportData
    markup: str
    numbered: NumberedDocument


def build_report(data_path: str | Path, template_dirs: tuple[str, ...] = ()) -> BuiltReport:
    """Run every stage up to numbering; raise ``DrafterError`` with located problems."""
    data = load_report(data_path)
    markup = compose(data, template_dirs)
    numbered = number(parse(markup, source=f"{data.source} → {data.values.get('template', 'base/report.j2')}"))
    return BuiltReport(data, markup, numbered)


def docx_bytes(report: BuiltReport) -> bytes:
    """The .docx for a built report."""
    from drafter.write_docx import DocumentInfo, docx_bytes as write

    values = report.data.values
    title = values["title"] if isinstance(values["title"], str) else "".join(values["title"])
    return write(report.numbered, DocumentInfo(title, values["issuer"], report_date(values["date"])))


def text_bytes(report: BuiltReport) -> bytes:
    from drafter.write_text import text_report

    return text_report(report.numbered).encode("utf-8", "replace")  # a lone surrogate from a YAML escape


def pdf_bytes(report: BuiltReport) -> bytes:
    """The report as PDF, laid out by LibreOffice from the .docx."""
    from drafter.pdf import pdf_from_docx

    return pdf_from_docx(docx_bytes(report), report.data.source)


WRITERS = {".docx": docx_bytes, ".txt": text_bytes, ".pdf": pdf_bytes}
