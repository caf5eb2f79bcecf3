"""Reports of any shape, read back (issue 29): a report of 1, 4, 6, 8 or 13 一级 sections, with （一）
and 1. below them, some sections of the known kinds and some not, one kind twice and 存在问题 before
主要做法, imports from .txt, .docx and .pdf and builds with the same headings at the same levels and
the same numbers. Nothing is squeezed into five slots, nothing demoted."""

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from drafter.importer import import_file
from drafter.importer.summary import summary_lines, yaml_text
from drafter.office.libreoffice import PDF_FILTER, convert
from drafter.pipeline import build_report
from drafter.text.numerals import chinese_numeral

from conftest import needs_libreoffice

SHAPES = {
    1: ["主要做法及成效"],
    4: ["基本情况", "存在问题", "主要做法及成效", "下一步打算"],
    6: ["基本情况", "主要成效", "存在问题", "原因分析", "主要做法", "下一步打算"],
    8: ["基本情况", "整改情况", "存在问题", "主要做法及成效", "经验做法", "原因分析", "意见建议", "下一步打算"],
    13: ["基本情况", "整改情况", "存在问题", "主要做法及成效", "经验做法", "原因分析", "意见建议", "下一步打算",
         "取得成效", "存在不足", "保障措施", "其他需要说明的事项", "附件情况说明"],
}


def report_lines(headings: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The report's paragraphs as a clerk typed them, and its headings as (level, text with marker)."""
    lines = ["XX县教育局关于2024年工作情况的报告", "县人民政府：", "现将2024年工作情况报告如下："]
    expected = []
    for number, heading in enumerate(headings, 1):
        section = [
            (1, f"{chinese_numeral(number)}、{heading}"),
            (0, f"本部分第{number}段正文，说明有关情况。"),
            (2, f"（一）第{number}部分第一项"),
            (3, "1.要点甲的内容。"),
            (3, "2.要点乙的内容。"),
            (2, f"（二）第{number}部分第二项"),
            (0, "一是推进甲项工作；二是推进乙项工作。"),
        ]
        lines += [text for _level, text in section]
        expected += [(level, text) for level, text in section if level]
    lines += ["特此报告。", "XX县教育局", "2024年12月20日"]
    return lines, expected


def written(tmp_path, lines: list[str], kind: str):
    if kind == "txt":
        path = tmp_path / "report.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    document = docx.Document()  # as a clerk types it: the title centred, the rest as it comes, no indents
    for number, text in enumerate(lines):
        paragraph = document.add_paragraph(text)
        if number == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = tmp_path / "report.docx"
    document.save(path)
    if kind == "pdf":
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(convert(path.read_bytes(), ".docx", PDF_FILTER, str(path)))
        return pdf
    return path


def rebuilt_headings(tmp_path, path) -> tuple[list[tuple[int, str]], object]:
    imported = import_file(path)
    data = tmp_path / "report.yaml"
    data.write_text(yaml_text(imported, path.name, data), encoding="utf-8")
    lines = build_report(data).numbered.lines
    return [(int(line.kind[-1]), line.text) for line in lines if line.kind.startswith("heading")], imported


def check_shape(tmp_path, count: int, kind: str) -> None:
    lines, expected = report_lines(SHAPES[count])
    headings, imported = rebuilt_headings(tmp_path, written(tmp_path, lines, kind))
    assert headings == expected
    parts = imported.values["parts"]
    assert [part["heading"] for part in parts.values()] == SHAPES[count]
    assert len([line for line in summary_lines(imported) if line.startswith("各部分：")]) == 1


@pytest.mark.parametrize("count", sorted(SHAPES))
@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_report_of_any_number_of_sections_comes_back_with_its_headings(tmp_path, count, kind):
    check_shape(tmp_path, count, kind)


@needs_libreoffice
@pytest.mark.libreoffice
@pytest.mark.parametrize("count", sorted(SHAPES))
def test_a_report_of_any_number_of_sections_comes_back_from_its_pdf(tmp_path, count):
    check_shape(tmp_path, count, "pdf")


def test_known_kinds_are_taken_once_in_the_order_met_and_the_rest_are_the_reports_own(tmp_path):
    lines, _expected = report_lines(SHAPES[6])
    _headings, imported = rebuilt_headings(tmp_path, written(tmp_path, lines, "txt"))
    assert list(imported.values["parts"]) == ["基本情况", "achievements", "problems", "原因分析", "主要做法", "next_steps"]
