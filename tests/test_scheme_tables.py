"""New schemes from the official table: scheme import from the shapes offices publish, export and
back, diff, and carry-over onto a new scheme with no answer lost."""

import os
import re
import subprocess

import docx
import openpyxl
import pytest
import yaml

from drafter.cli import main
from drafter.office.libreoffice import soffice
from drafter.data.scheme import find_scheme
from drafter.schemes.export import docx_bytes, xlsx_bytes
from drafter.schemes.importing import import_scheme

from conftest import EXAMPLES, ROOT, needs_libreoffice

BUILT_IN = ["county-annual-assessment", "city-education-duty", "county-bureau-work-report"]


def tree(indicators: list) -> list:
    """An indicator tree as plain values to compare: codes as text, every field kept."""
    return [{key: (tree(value) if key == "indicators" else str(value) if key == "code" else value) for key, value in item.items()} for item in indicators]


def built_in_tree(scheme_id: str) -> list:
    return tree(yaml.safe_load((ROOT / "templates" / scheme_id / "scheme.yaml").read_text(encoding="utf-8"))["indicators"])


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
@pytest.mark.parametrize("scheme_id", BUILT_IN)
def test_every_built_in_scheme_exports_and_imports_back_the_same(tmp_path, scheme_id, suffix):
    path = tmp_path / f"table{suffix}"
    path.write_bytes({".docx": docx_bytes, ".xlsx": xlsx_bytes}[suffix](find_scheme(scheme_id)))
    imported = import_scheme(path, "new-scheme")
    assert tree(imported.values["indicators"]) == built_in_tree(scheme_id)
    assert not imported.warnings and not imported.unplaced


@pytest.mark.parametrize("suffix, name", [(".docx", "指标体系.dat"), (".xlsx", "指标体系"), (".docx", "指标体系.doc.docx.bak")])
def test_a_table_under_another_name_is_read_for_what_it_is(tmp_path, suffix, name):
    """Scheme import sniffs the bytes as import does: a .docx or .xlsx saved under another name (or
    none) reads as what it is, not as its name says."""
    scheme_id = BUILT_IN[0]
    path = tmp_path / name
    path.write_bytes({".docx": docx_bytes, ".xlsx": xlsx_bytes}[suffix](find_scheme(scheme_id)))
    assert tree(import_scheme(path, "new-scheme").values["indicators"]) == built_in_tree(scheme_id)


@needs_libreoffice
@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_every_built_in_scheme_comes_back_from_a_pdf_or_odt_of_its_table(tmp_path, kind):
    if not soffice():
        if os.environ.get("CI"):
            raise RuntimeError("CI must install LibreOffice")
        pytest.skip("LibreOffice makes the PDF and the .odt")
    for scheme_id in BUILT_IN:
        (tmp_path / f"{scheme_id}.docx").write_bytes(docx_bytes(find_scheme(scheme_id)))
    subprocess.run([soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", kind, "--outdir", str(tmp_path),
                    *[str(tmp_path / f"{s}.docx") for s in BUILT_IN]], check=True, capture_output=True, timeout=300)
    for scheme_id in BUILT_IN:
        assert tree(import_scheme(tmp_path / f"{scheme_id}.{kind}", "new-scheme").values["indicators"]) == built_in_tree(scheme_id), scheme_id


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_an_imported_scheme_drafts_and_builds(tmp_path, capsys, example):
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    table = tmp_path / "table.xlsx"
    table.write_bytes(xlsx_bytes(find_scheme(data["scheme"])))
    folder = tmp_path / "mine"
    assert main(["scheme", "import", str(table), "--id", "this-year", "--to", str(folder), "--from", data["scheme"]]) == 0
    assert main(["new", "--scheme", "this-year", "-o", str(tmp_path / "new.yaml"), "--templates", str(folder)]) == 0
    data["scheme"] = "this-year"
    answered = tmp_path / "answered.yaml"
    answered.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["build", str(answered), "-o", str(tmp_path / "r.docx"), "--templates", str(folder)]) == 0, capsys.readouterr().err


# --- the shapes offices publish ----------------------------------------------------------------------

def docx_table(path, rows, merges=(), split_at=None, before=("附件1", "2025年XX县教育工作评价指标体系")):
    """A .docx with ``rows`` as a table (``merges``: (row, col, row, col) ranges); from ``split_at`` on, a second table."""
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    pieces = [rows] if split_at is None else [rows[:split_at], rows[split_at:]]
    first = 0
    for piece in pieces:
        table = document.add_table(rows=len(piece), cols=len(rows[0]))
        for r, texts in enumerate(piece):
            for c, text in enumerate(texts):
                if text:
                    lines = text.split("\n")
                    cell = table.cell(r, c)
                    cell.paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)
        for r1, c1, r2, c2 in merges:
            if first <= r1 < first + len(piece):
                table.cell(r1 - first, c1).merge(table.cell(r2 - first, c2))
        first += len(piece)
        document.add_paragraph("")
    document.save(path)
    return path


THREE_LEVELS = [
    ["一级指标", "二级指标", "评价要点", "分值", "评分标准"],
    ["一、组织领导", "（一）党的建设", "1.党委研究教育", "6分", "研究2次以上得满分\n每少1次扣1分"],
    ["", "", "2.领导联系学校", "4", ""],
    ["", "（二）制度建设", "3.工作机制", "5 分", "机制健全"],
    ["二、经费保障", "（三）投入", "4.经费增长", "5", "两个只增不减"],
    ["合计", "", "", "20", ""],
]
THREE_LEVEL_MERGES = [(1, 0, 3, 0), (1, 1, 2, 1), (5, 0, 5, 2)]
THREE_LEVEL_TREE = [
    {"code": "1", "title": "组织领导", "indicators": [
        {"code": "1.1", "title": "党的建设", "indicators": [
            {"code": "1.1.1", "title": "党委研究教育", "max": 6, "guidance": "研究2次以上得满分\n每少1次扣1分"},
            {"code": "1.1.2", "title": "领导联系学校", "max": 4}]},
        {"code": "1.2", "title": "制度建设", "indicators": [{"code": "1.2.1", "title": "工作机制", "max": 5, "guidance": "机制健全"}]}]},
    {"code": "2", "title": "经费保障", "indicators": [
        {"code": "2.1", "title": "投入", "indicators": [{"code": "2.1.1", "title": "经费增长", "max": 5, "guidance": "两个只增不减"}]}]},
]


@pytest.mark.parametrize("split", [None, 4], ids=["one table", "split in two"])
def test_three_levels_with_merged_cells_prefixes_scores_and_a_total(tmp_path, split):
    path = docx_table(tmp_path / "table.docx", THREE_LEVELS, THREE_LEVEL_MERGES, split)
    imported = import_scheme(path, "county-2025")
    assert tree(imported.values["indicators"]) == THREE_LEVEL_TREE
    assert imported.values["name"] == "2025年XX县教育工作评价指标体系"
    assert imported.summary == "2项一级指标、3项二级指标、4个评价要点，满分20分"
    assert not imported.warnings and not imported.unplaced


def test_a_table_numbered_by_lists_reads_as_if_typed(tmp_path):
    # Word's and WPS's numbering button on a column: the 一、（一） and the codes A1 A2 A3, then B1 (a
    # list restarted with its own letter) are in numbering.xml, not in the cells
    from docx.oxml import parse_xml

    from drafter.readers.numbering import W

    unnumbered = [[re.sub(r"^(?:[一二]、|（[一二三]）|\d\.)", "", text) if r and c < 3 else text for c, text in enumerate(row)]
                  for r, row in enumerate(THREE_LEVELS)]
    path = docx_table(tmp_path / "table.docx", unnumbered, THREE_LEVEL_MERGES)
    document = docx.Document(str(path))
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def level(number_format, text, start=1):
        return f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{number_format}"/><w:lvlText w:val="{text}"/><w:suff w:val="space"/></w:lvl>'

    lists = {90: level("chineseCounting", "%1、"), 91: level("chineseCounting", "（%1）"), 92: level("decimal", "A%1")}
    numbering = document.part.numbering_part.element
    for number, definition in lists.items():
        numbering.append(parse_xml(f'<w:abstractNum {namespace} w:abstractNumId="{number}">{definition}</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {namespace} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {namespace} w:numId="93"><w:abstractNumId w:val="92"/><w:lvlOverride w:ilvl="0">'
                               f'<w:startOverride w:val="1"/>{level("decimal", "B%1")}</w:lvlOverride></w:num>'))
    for r, row in enumerate(document.tables[0].rows[1:-1], 1):
        for column, cell in enumerate(row.cells[:3]):
            paragraph = cell.paragraphs[0]
            if paragraph.text and paragraph._p.find(f"{W}pPr/{W}numPr") is None:
                number = 90 + column + (column == 2 and r == 4)
                paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {namespace}><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'))
    document.save(str(path))
    imported = import_scheme(path, "county-2025")
    codes = [[point["code"] for second in first["indicators"] for point in second["indicators"]] for first in imported.values["indicators"]]
    assert codes == [["A1", "A2", "A3"], ["B1"]]
    assert [first["title"] for first in imported.values["indicators"]] == ["组织领导", "经费保障"]
    assert not imported.warnings and not imported.unplaced


def test_a_leaf_merged_across_the_level_columns_stands_one_level_up(tmp_path):
    rows = [["一级指标", "二级指标", "评价要点", "分值"],
            ["一、组织领导", "（一）党的建设", "1.党委研究教育", "6"],
            ["", "（二）加分项：获得省级表彰", "", "4"]]  # this one spans 二级指标 and 评价要点
    path = docx_table(tmp_path / "table.docx", rows, [(1, 0, 2, 0), (2, 1, 2, 2)])
    assert tree(import_scheme(path, "x").values["indicators"]) == [{"code": "1", "title": "组织领导", "indicators": [
        {"code": "1.1", "title": "党的建设", "indicators": [{"code": "1.1.1", "title": "党委研究教育", "max": 6}]},
        {"code": "1.2", "title": "加分项：获得省级表彰", "max": 4}]}]


def test_an_xlsx_with_lettered_codes_a_notes_column_and_a_wrong_total(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["2025年度学校评价指标"], ["序号", "一级指标", "评价要点", "分值", "说明"],
                [1, "一、党的建设", "A1 党建引领", 6.5, "支部标准化"], [2, None, "A2 意识形态", 3.5, None],
                [3, "二、经费保障", "B1 经费投入（加分项）", 10, "按时足额\n拨付"], ["合计", None, None, 21, None]]:
        sheet.append(row)
    sheet.merge_cells("B3:B4")
    path = tmp_path / "table.xlsx"
    book.save(path)
    imported = import_scheme(path, "school-2025")
    assert tree(imported.values["indicators"]) == [
        {"code": "1", "title": "党的建设", "indicators": [{"code": "A1", "title": "党建引领", "max": 6.5, "guidance": "支部标准化"},
                                                          {"code": "A2", "title": "意识形态", "max": 3.5}]},
        {"code": "2", "title": "经费保障", "indicators": [{"code": "B1", "title": "经费投入（加分项）", "max": 10, "guidance": "按时足额\n拨付"}]}]
    assert imported.values["name"] == "2025年度学校评价指标"
    assert len(imported.warnings) == 1 and "21" in imported.warnings[0] and "20" in imported.warnings[0] and "A1 党建引领 6.5" in imported.warnings[0]


def test_multi_line_guidance_stays_a_comment_in_the_data_skeleton(tmp_path):
    path = docx_table(tmp_path / "table.docx", THREE_LEVELS, THREE_LEVEL_MERGES)
    folder = tmp_path / "mine"
    assert main(["scheme", "import", str(path), "--id", "county-2025", "--to", str(folder)]) == 0
    skeleton = tmp_path / "new.yaml"
    assert main(["new", "--scheme", "county-2025", "-o", str(skeleton), "--templates", str(folder)]) == 0
    text = skeleton.read_text(encoding="utf-8")
    assert "#       每少1次扣1分" in text
    yaml.safe_load(text)  # valid YAML


@pytest.mark.parametrize("rows, words", [
    ([["姓名", "单位"], ["张三", "县教育局"]], "没有找到指标表"),
    ([["一级指标", "评价要点", "分值"], ["一、领导", "1.1 研究", "5"], ["", "1.1 联系", "5"]], "编号「1.1」重复"),
    ([["一级指标", "评价要点", "分值"], ["一、领导", "1.", "5"]], "名称是空的"),
])
def test_bad_tables_get_a_message_with_the_row(tmp_path, capsys, rows, words):
    path = docx_table(tmp_path / "table.docx", rows, [(1, 0, 2, 0)] if len(rows) > 2 else [])
    assert main(["scheme", "import", str(path), "--id", "bad", "--to", str(tmp_path / "mine")]) == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "mine" / "bad").exists()


# --- a new year's scheme: diff and carry-over --------------------------------------------------------

@pytest.fixture
def next_year(tmp_path):
    """The county scheme a year on: 6.4 added, 3.3 removed, 2.3 renamed, 2.1 re-scored."""
    text = (ROOT / "templates" / "county-annual-assessment" / "scheme.yaml").read_text(encoding="utf-8")
    text = text.replace("id: county-annual-assessment", "id: county-2025").replace("title: 教学设施信息化", "title: 教学设施与信息化建设")
    text = re.sub(r"(code: '2\.1'\n\s+title: 经费保障\n\s+max:) 8", r"\1 10", text)
    text = re.sub(r"  - code: '3\.3'\n(?:    .*\n)+", "", text)
    text += "  - code: '6.4'\n    title: 心理健康教育\n    max: 5\n    guidance: 心理健康教师配备；心理辅导室建设。\n"
    folder = tmp_path / "mine" / "county-2025"
    folder.mkdir(parents=True)
    (folder / "scheme.yaml").write_text(text, encoding="utf-8")
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n', encoding="utf-8")
    return tmp_path / "mine"


def test_scheme_diff_lists_added_removed_renamed_and_rescored(capsys, next_year):
    assert main(["scheme", "diff", "county-annual-assessment", "county-2025", "--templates", str(next_year)]) == 0
    out = capsys.readouterr().out
    assert "新增  6.4 心理健康教育（5分）" in out and "删除  3.3 师德师风建设（5分）" in out
    assert re.search(r"改名  2\.3 教学设施信息化 → 2\.3 教学设施与信息化建设（相似度 0\.\d\d）", out)
    assert "分值  2.1 经费保障：8 → 10" in out and "总分  100 → 102" in out


def test_scheme_diff_of_a_scheme_with_itself_says_so(capsys):
    assert main(["scheme", "diff", "city-education-duty", "city-education-duty"]) == 0
    assert "完全相同" in capsys.readouterr().out


def test_carry_over_onto_a_new_scheme_loses_no_answer(tmp_path, capsys, next_year):
    example = next(e for e in EXAMPLES if e.stem.startswith("county-annual"))
    target = tmp_path / "2025.yaml"
    assert main(["carry-over", str(example), "-o", str(target), "--scheme", "county-2025", "--templates", str(next_year)]) == 0
    mapping = capsys.readouterr().err
    assert "3.3 师德师风建设 → （新方案中没有；回答已放入 unplaced）" in mapping and "（新增）→ 6.4 心理健康教育" in mapping
    new = yaml.safe_load(target.read_text(encoding="utf-8"))
    old = yaml.safe_load(example.read_text(encoding="utf-8"))
    written = yaml.safe_dump(new, allow_unicode=True, width=10**9)
    for answer in answers(old["parts"]["achievements"]["content"]):
        assert answer in written, answer
    assert new["scheme"] == "county-2025" and any("师德" in item["text"] for item in new["unplaced"])
    from drafter.drafting.session import Session

    session = Session.open(target, (str(next_year),))  # the new file drafts: 6.4 is a field to fill in
    assert any("6.4" in field.label for field in session.fields)


def answers(content) -> list[str]:
    """Every text an answer holds (points and item texts), to find again after a carry-over."""
    found = []
    for item in content:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            found += [str(item["text"])] if item.get("text") else []
            found += [p if isinstance(p, str) else str(p.get("text", "")) for p in item.get("points") or [] if p]
            found += answers(item.get("content") or [])
    return [text for text in found if text]
