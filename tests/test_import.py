"""Import: last year's report, as .docx or .txt, back into data that rebuilds the same text."""

import difflib
import re
import zipfile

import docx
import pytest
import yaml

from drafter.errors import DrafterError
from drafter.importer import import_file
from drafter.importer.summary import yaml_text
from drafter.data.load import parse_report
from drafter.pipeline import build_report, docx_bytes
from drafter.write.text import text_report
from drafter.assemble.compose import compose
from drafter.assemble.number import number
from drafter.assemble.parse import parse

from conftest import CORPUS, EXAMPLES, ROOT
from test_cli import drafter

CLERK_FILLS = {"title: ''": "title: 标题", "issuer: ''": "issuer: 机关", "recipient: ''": "recipient: 上级", "date: ''": "date: 2024-01-01"}


def rebuilt_body(yaml: str) -> list[str]:
    """Build imported data as a clerk would after filling in what the old text lacked."""
    for empty, filled in CLERK_FILLS.items():
        yaml = yaml.replace(empty, filled)
    lines = number(parse(compose(parse_report(yaml, "imported.yaml")))).lines
    return [line.text for line in lines if line.kind == "body" or line.kind.startswith("heading")]


@pytest.mark.parametrize("name", sorted(p.stem for p in CORPUS.glob("*.txt")))
def test_corpus_report_round_trips_character_for_character(name):
    original = [line for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n") if line.strip()]
    imported = import_file(CORPUS / f"{name}.txt")
    body = rebuilt_body(yaml_text(imported, f"{name}.txt"))
    assert difflib.SequenceMatcher(None, "\n".join(original), "\n".join(body), autojunk=False).ratio() == 1.0
    assert body == original


@pytest.mark.parametrize("name, parts, template", [
    ("county-annual-assessment-2022-2023", ["achievements", "problems", "next_steps"], None),
    ("city-education-duty-2022", ["rectification", "achievements", "problems", "next_steps"], None),  # the base template prints 整改情况 where the data puts it
    ("county-bureau-work-report-2023", ["achievements", "problems", "next_steps"], None),
])
def test_parts_notices_and_score_are_recognised(name, parts, template):
    values = import_file(CORPUS / f"{name}.txt").values
    assert list(values["parts"]) == parts
    assert values.get("template") == template
    if name.startswith("county-annual"):
        assert values["self_score"] == 98 and values["notices"][0]["issuer"] == "市委教育工作领导小组秘书组"
    if name.startswith("city"):
        assert values["notices"][0]["number"] == "*〔2022〕*号" and values["parts"]["problems"]["heading"] == "存在的问题"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_a_built_docx_imports_back_to_the_same_report(tmp_path, example):
    report = build_report(example)
    path = tmp_path / "old.docx"
    path.write_bytes(docx_bytes(report))
    imported = import_file(path)
    data = tmp_path / "new.yaml"
    data.write_text(yaml_text(imported, "old.docx"), encoding="utf-8")
    # The self-score table is regenerated from scores, not imported: the body must come back whole.
    assert text_report(build_report(data).numbered) == text_report(build_report(example, score_table=False).numbered)
    assert all("自评得分表" in note for note in imported.notes)


def write_docx(tmp_path, paragraphs, name="old.docx"):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / name
    document.save(str(path))
    return path


def test_wrong_marker_forms_become_levels_and_are_removed(tmp_path):
    path = write_docx(tmp_path, ["XX县教育局关于2023年工作的报告", "县人民政府：", "一.主要工作", "(一)党建工作。全年开展学习11次。",
                                 "1、理论学习", "学习内容丰富。", "二、存在问题", "一是投入不足；", "二是师资短缺。", "特此报告。", "XX县教育局", "2024年1月5日"])
    values = import_file(path).values
    assert values["title"] == "XX县教育局关于2023年工作的报告" and values["recipient"] == "县人民政府"
    assert values["issuer"] == "XX县教育局" and values["date"] == "2024-01-05" and values["closing"] == "特此报告。"
    achievements = values["parts"]["achievements"]
    assert achievements["heading"] == "主要工作"
    [run_in] = achievements["content"]
    assert run_in["heading"] == "党建工作。" and run_in["run_in"] and run_in["text"] == "全年开展学习11次。"
    assert run_in["content"] == [{"heading": "理论学习", "content": ["学习内容丰富。"]}]
    assert values["parts"]["problems"] == {"heading": "存在问题", "content": [{"points": ["投入不足；", "师资短缺。"], "layout": "paragraphs"}]}


def test_a_title_over_two_lines_is_one_title(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("XX县人民政府关于2023年度\n履行教育职责情况的报告\n市人民政府：\n今年以来，我县认真落实各项工作。\n", encoding="utf-8")
    values = import_file(path).values
    assert values["title"] == ["XX县人民政府关于2023年度", "履行教育职责情况的报告"]
    assert values["preface"] == ["今年以来，我县认真落实各项工作。"]


def test_line_breaks_inside_paragraphs_wrap_lines_or_part_paragraphs_as_printed(tmp_path):
    """Shift+Enter (w:br) inside a paragraph: within a heading or a sentence it only wrapped the
    line; after a sentence's end, or between a heading and its sentences, it parts paragraphs.
    Before, 「二、存在的⏎问题」 came in as a two-line heading the build refused."""
    document = docx.Document()

    def paragraph(*lines):
        made = document.add_paragraph(lines[0])
        for line in lines[1:]:
            made.add_run().add_break()
            made.add_run(line)

    paragraph("XX县教育局关于2023年", "工作情况的报告")
    paragraph("县人民政府：")
    paragraph("现将有关情况报告如下：")
    paragraph("一、主要工作", "今年以来，全县教育工作稳步推进。")
    paragraph("（一）强化党建引领。全年召开党组会12次，", "研究教育工作5次。", "全面落实党组织领导的校长负责制。")
    paragraph("二、存在的", "问题")
    paragraph("一是教师缺编。二是经费不足。")
    paragraph("特此报告。")
    paragraph("XX县教育局")
    paragraph("2024年1月10日")
    path = tmp_path / "breaks.docx"
    document.save(path)
    imported = import_file(path)
    data = tmp_path / "breaks.yaml"
    data.write_text(yaml_text(imported, path.name, data), encoding="utf-8")
    lines = [line.text for line in build_report(data).numbered.lines]
    assert imported.values["title"] == ["XX县教育局关于2023年", "工作情况的报告"]
    assert lines[3:9] == ["一、主要工作", "今年以来，全县教育工作稳步推进。", "（一）强化党建引领。全年召开党组会12次，研究教育工作5次。",
                          "全面落实党组织领导的校长负责制。", "二、存在的问题", "一是教师缺编。二是经费不足。"]


def wrapped_as_copied_from_a_pdf(text: str, full: int = 56, page: int = 22) -> str:
    """``text`` a printed line a line, as pdftotext copies a 公文: 28 characters a line, no line
    starting with a closing mark (避头尾 takes the character before it down too), and at each
    page's end its number, a blank line and a form feed."""
    from drafter.readers.text import width

    lines = []
    for paragraph in text.split("\n"):
        while width(paragraph) > full:
            cut = 0
            while width(paragraph[:cut + 1]) <= full:
                cut += 1
            while paragraph[cut] in "，。、；：！？”’）》" and cut > 1:
                cut -= 1
            lines.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        lines.append(paragraph)
    pages = [lines[i:i + page] for i in range(0, len(lines), page)]
    return "".join(("\f" if n else "") + "\n".join(chunk) + f"\n— {n + 1} —\n\n" for n, chunk in enumerate(pages))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_a_text_copied_from_a_pdf_line_by_line_comes_back_in_paragraphs(tmp_path, example):
    report = build_report(example, score_table=False)
    original = [line.text for line in report.numbered.lines if line.text.strip()]
    path = tmp_path / "copied.txt"
    path.write_bytes(wrapped_as_copied_from_a_pdf("\n".join(original)).encode("gb18030"))
    imported = import_file(path)
    data = tmp_path / "copied.yaml"
    data.write_text(yaml_text(imported, path.name, data), encoding="utf-8")
    rebuilt = [line.text for line in build_report(data).numbered.lines if line.text.strip()]
    same = sum(1 for text in rebuilt if text in original)
    assert same >= 0.9 * len(original) and abs(len(rebuilt) - len(original)) <= 2, (same, len(rebuilt), len(original))


def test_what_cannot_be_placed_is_kept_and_blocks_the_build(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("标题的报告\n上级：\n正文。\n机关\n2024年1月5日\n抄送：县委办公室。\n", encoding="utf-8")
    imported = import_file(path)
    assert imported.values["unplaced"] == [{"paragraph": 6, "text": "抄送：县委办公室。"}]
    assert any("unplaced" in note for note in imported.notes)
    data = tmp_path / "new.yaml"
    data.write_text(yaml_text(imported, "old.txt"), encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        build_report(data)
    assert "unplaced" in caught.value.problems[0].message and caught.value.problems[0].line


def test_yaml_says_where_each_piece_came_from():
    text = yaml_text(import_file(CORPUS / "city-education-duty-2022.txt"), "city.txt")
    assert "notices:  # 原文第 1 段" in text and "rectification:  # 原文第 2—4 段" in text
    assert "title: ''  # 原文中没有找到，请填写" in text


def test_a_scan_with_no_text_is_named(tmp_path):
    path = write_docx(tmp_path, ["", "  "], "scan.docx")
    with pytest.raises(DrafterError) as caught:
        import_file(path)
    assert "OCR" in caught.value.problems[0].message


def test_import_command_writes_beside_and_never_overwrites(tmp_path):
    source = tmp_path / "old.txt"
    source.write_text((CORPUS / "county-bureau-work-report-2023.txt").read_text(encoding="utf-8"), encoding="utf-8")
    first = drafter("import", source, cwd=tmp_path)
    assert first.returncode == 0 and (tmp_path / "old.yaml").exists()
    assert "title" in first.stderr  # the notes say what the old text lacked
    before = (tmp_path / "old.yaml").read_bytes()
    second = drafter("import", source, cwd=tmp_path)
    assert second.returncode == 2 and (tmp_path / "old.yaml").read_bytes() == before


def test_import_refuses_an_existing_data_file_and_force_keeps_a_dated_backup(tmp_path):
    source = tmp_path / "old.txt"
    source.write_text((CORPUS / "county-bureau-work-report-2023.txt").read_text(encoding="utf-8"), encoding="utf-8")
    edited = tmp_path / "2024.yaml"
    edited.write_text("# 改过的数据\ntitle: 我的标题\n", encoding="utf-8")
    refused = drafter("import", source, "-o", edited, cwd=tmp_path)
    assert refused.returncode == 2 and str(edited) in refused.stderr and "--force" in refused.stderr
    assert edited.read_text(encoding="utf-8") == "# 改过的数据\ntitle: 我的标题\n"
    forced = drafter("import", source, "-o", edited, "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    backups = list(tmp_path.glob("2024.*.bak.yaml"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == "# 改过的数据\ntitle: 我的标题\n"
    assert backups[0].name in forced.stderr and "我的标题" not in edited.read_text(encoding="utf-8")
    again = drafter("import", source, "-o", edited, "--force", cwd=tmp_path)  # a second backup, the first kept
    assert again.returncode == 0 and len(list(tmp_path.glob("2024.*.bak.yaml"))) == 2


SCHEMES = {"county-annual-assessment-2022-2023": "county-annual-assessment", "city-education-duty-2022": "city-education-duty",
           "county-bureau-work-report-2023": "county-bureau-work-report"}


def indicator_texts(values, part):
    """Indicator code → the first characters of the item or point that answers it."""
    found = {}

    def visit(content):
        for item in content or []:
            if isinstance(item, dict):
                if "indicator" in item:
                    found[str(item["indicator"])] = (item.get("heading") or item.get("text") or "")[:12]
                for point in item.get("points", []):
                    if isinstance(point, dict) and "indicator" in point:
                        found[str(point["indicator"])] = point.get("text", "")[:12]
                visit(item.get("content"))

    visit(values["parts"][part]["content"])
    return found


@pytest.mark.parametrize("name", sorted(SCHEMES))
def test_import_with_a_scheme_finds_every_indicator_the_example_answers(tmp_path, name):
    """The corpus text imported with its scheme: the same indicator on the same text as the hand-made example."""
    from drafter.data.scheme import find_scheme

    scheme = find_scheme(SCHEMES[name])
    imported = import_file(CORPUS / f"{name}.txt", scheme)
    example = yaml.safe_load((ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert indicator_texts(imported.values, scheme.part) == indicator_texts(example, scheme.part)
    assert not [note for note in imported.notes if "没有对应" in note or "没有找到对应内容" in note]
    data = tmp_path / "imported.yaml"
    text = yaml_text(imported, f"{name}.txt")
    text = re.sub(r"^(\s*)score:(\s*#.*)?$", r"\1score: 5\2", text, flags=re.M)  # the clerk scores each point
    for key, value in (("title", "标题"), ("issuer", "某机关"), ("recipient", "某机关"), ("date", "2024-01-02")):
        text = text.replace(f"{key}: ''", f"{key}: {value}", 1)
    data.write_text(text, encoding="utf-8")
    body = [line.text for line in build_report(data).numbered.lines if line.kind == "body" or line.kind.startswith("heading")]
    original = [line for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n") if line.strip()]
    if name.startswith("county-annual"):  # the opening now states the computed total, 19 points × 5
        original[0] = original[0].replace("自评得分为98分", "自评得分为95分")
    assert body[:len(original)] == original


def test_import_with_a_scheme_keeps_and_reports_what_matches_no_indicator(tmp_path):
    from drafter.data.scheme import find_scheme

    text = (CORPUS / "county-bureau-work-report-2023.txt").read_text(encoding="utf-8")
    extra = "（十三）对口帮扶工作深入开展。选派12名骨干教师赴受援学校支教。"
    text = text.replace("二、当前工作存在的问题", extra + "\n二、当前工作存在的问题")
    path = tmp_path / "old.txt"
    path.write_text(text, encoding="utf-8")
    imported = import_file(path, find_scheme("county-bureau-work-report"))
    assert any("「对口帮扶工作深入开展。选派12" in note and "已原样保留" in note for note in imported.notes)
    items = imported.values["parts"]["achievements"]["content"]
    assert items[-1] == {"heading": "对口帮扶工作深入开展。", "run_in": True, "text": "选派12名骨干教师赴受援学校支教。"}
    assert sum("indicator" in item for item in items) == 12


def test_import_command_takes_a_scheme(tmp_path):
    result = drafter("import", CORPUS / "city-education-duty-2022.txt", "--scheme", "city-education-duty", "-o", "city.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "city.yaml").read_text(encoding="utf-8")
    assert "scheme: city-education-duty" in text and "indicator: '4.7'  # 体育美育和劳动教育" in text
    unknown = drafter("import", CORPUS / "city-education-duty-2022.txt", "--scheme", "nope", "-o", "x.yaml", cwd=tmp_path)
    assert unknown.returncode == 2 and "找不到评价方案「nope」" in unknown.stderr and not (tmp_path / "x.yaml").exists()


@pytest.mark.parametrize("paragraphs", [0, 12], ids=["版记 on a page of its own", "版记 in a text box at the foot of the body's last page"])
def test_a_docx_with_letterhead_and_record_imports_back_to_the_same_report(tmp_path, paragraphs):
    from conftest import LETTERHEAD, MINIMAL

    data = tmp_path / "old.yaml"
    filler = "      - 这是一段较长的正文，用来把报告的结尾移到第二页。\n" * paragraphs
    data.write_text((MINIMAL + LETTERHEAD).replace("    content:\n", "    content:\n" + filler), encoding="utf-8")
    report = build_report(data)
    old = tmp_path / "old.docx"
    old.write_bytes(docx_bytes(report))
    assert (b"txbxContent" in zipfile.ZipFile(old).read("word/document.xml")) == bool(paragraphs)
    imported = import_file(old)
    assert imported.values["letterhead"] == {"copy_number": "000001", "secrecy": "秘密★1年", "urgency": "特急", "mark": "XX县教育局文件",
                                             "number": "X教发〔2024〕12号", "signers": ["张三", "李四"]}
    assert imported.values["record"] == {"cc": ["县委办公室", "县人大常委会办公室"], "printer": "XX县教育局办公室", "printed": "2024-05-10"}
    again = tmp_path / "new.yaml"
    again.write_text(yaml_text(imported, "old.docx"), encoding="utf-8")
    assert text_report(build_report(again).numbered) == text_report(report.numbered)
    assert imported.notes == []


@pytest.mark.parametrize("name", ["指标.xlsx", "指标.docx", "汇报.pptx", "汇报.docx"])
def test_a_spreadsheet_or_slides_given_as_the_report_is_named_for_what_it_is(tmp_path, name):
    """A 评价方案's table given to import (by its name, or renamed .docx) points at scheme import;
    before, it was "not a readable .docx"."""
    import openpyxl

    path = tmp_path / name
    if "指标" in name:
        book = openpyxl.Workbook()
        book.active["A1"] = "一级指标"
        book.save(path)
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    result = drafter("import", path, "-o", "x.yaml", cwd=tmp_path)
    words = "drafter scheme import" if "指标" in name else "演示文稿"
    assert result.returncode == 2 and words in result.stderr and not (tmp_path / "x.yaml").exists()


def test_a_backup_cut_short_is_removed_and_nothing_is_overwritten(tmp_path, monkeypatch):
    import shutil

    from drafter.errors import DrafterError
    from drafter.files import kept_backup

    data = tmp_path / "2024.yaml"
    data.write_text("title: 我的标题\n", encoding="utf-8")

    def full_disk(source, copy):
        copy.write(b"ti")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", full_disk)
    with pytest.raises(DrafterError) as refused:
        kept_backup(data)
    assert "无法备份" in refused.value.problems[0].message
    assert list(tmp_path.iterdir()) == [data] and data.read_text(encoding="utf-8") == "title: 我的标题\n"
