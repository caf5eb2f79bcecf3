"""Reports of any shape (issue 29): parts under any key, each with its heading, printed in the data's
order, as many 一级 sections as the report has; every front end takes them."""

import json
import re

import jsonschema
import pytest
import yaml

from drafter.data.load import load_report
from drafter.drafting.carry_over import carry_over_file
from drafter.drafting.fields import fields_of
from drafter.errors import DrafterError
from drafter.lint.check import check_file
from drafter.pipeline import build_report
from drafter.text.numerals import chinese_numeral

from conftest import ROOT

HEAD = """\
title: XX县教育局关于2024年工作情况的报告
issuer: XX县教育局
recipient: 县人民政府
date: 2024-12-20
"""


def report_of(parts: list[tuple[str, str, list]]) -> str:
    """Data with ``parts`` in this order: (key, heading or '', content)."""
    lines = [HEAD + "parts:"]
    for key, heading, content in parts:
        lines.append(f"  {key}:")
        if heading:
            lines.append(f"    heading: {heading}")
        lines.append("    content: " + json.dumps(content, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def headings(path, level: int = 1) -> list[str]:
    return [line.text for line in build_report(path).numbered.lines if line.kind == f"heading{level}"]


def test_custom_parts_print_in_the_data_order_with_their_headings(write_data):
    path = write_data(report_of([
        ("situation", "基本情况", ["全县有学校45所。"]),
        ("problems", "存在问题", [{"points": ["师资不足", "经费紧张"]}]),
        ("achievements", "主要做法及成效", [{"heading": "抓党建", "content": ["召开会议12次。"]}]),
        ("原因分析", "原因分析", ["投入不足。"]),
        ("next_steps", "下一步打算", ["继续努力。"]),
    ]))
    assert headings(path) == ["一、基本情况", "二、存在问题", "三、主要做法及成效", "四、原因分析", "五、下一步打算"]
    assert headings(path, 2) == ["（一）抓党建"]


@pytest.mark.parametrize("count", [1, 11, 13, 20, 23])
def test_first_level_numbering_runs_as_far_as_the_parts_go(write_data, count):
    path = write_data(report_of([(f"part{n}", f"第{n}部分", [f"内容{n}。"]) for n in range(1, count + 1)]))
    assert headings(path) == [f"{chinese_numeral(n)}、第{n}部分" for n in range(1, count + 1)]
    assert headings(path)[-1].startswith({1: "一、", 11: "十一、", 13: "十三、", 20: "二十、", 23: "二十三、"}[count])


def test_a_custom_part_without_a_heading_is_located_and_explained(write_data):
    path = write_data(report_of([("achievements", "", ["正文。"]), ("situation", "", ["概况。"])]))
    with pytest.raises(DrafterError) as caught:
        load_report(path)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (8, 3) and "situation" in problem.message and "heading" in problem.message


@pytest.mark.parametrize("key, known", [("achievments", "achievements"), ("next_step", "next_steps"), ("Problems", "problems")])
@pytest.mark.parametrize("heading", ["", "某某"])
def test_a_key_like_a_misspelt_known_part_is_an_error_with_or_without_a_heading(write_data, key, known, heading):
    path = write_data(report_of([("situation", "基本情况", ["概况。"]), (key, heading, ["正文。"])]))
    with pytest.raises(DrafterError) as caught:
        load_report(path)
    assert any(p.line == 9 and key in p.message and known in p.message for p in caught.value.problems)


@pytest.mark.parametrize("key", ["situation", "reasons", "rectify", "基本情况", "其他需要说明的事项"])
def test_a_key_of_its_own_is_a_custom_part_not_a_slip(write_data, key):
    path = write_data(report_of([(key, "基本情况", ["概况。"])]))
    assert headings(path) == ["一、基本情况"]


def test_the_json_schema_editors_read_takes_custom_parts(tmp_path):
    schema = json.loads((ROOT / "drafter" / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    def as_editors_read(text):  # the date as the string it is written as
        return yaml.safe_load(text.replace("date: 2024-12-20", 'date: "2024-12-20"'))

    good = as_editors_read(report_of([("situation", "基本情况", ["概况。"]), ("achievements", "", ["正文。"])]))
    jsonschema.validate(good, schema)
    bad = as_editors_read(report_of([("situation", "", ["概况。"])]))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_check_reads_custom_parts_and_finds_their_slips(write_data):
    path = write_data(report_of([("situation", "基本情况", ["我们我们要加强管理。"]), ("achievements", "主要做法", ["正文。"])]))
    result = check_file(path)
    assert [(f.finding.rule, f.place.line) for f in result.findings] == [("doubled-word", 8)]


def test_draft_walks_custom_parts_in_the_data_order(write_data):
    data = yaml.safe_load(report_of([("situation", "基本情况", ["概况。"]), ("problems", "存在问题", []), ("achievements", "", ["正文。"])]))
    parts = [(f.path[:2], f.where) for f in fields_of(data) if f.path[0] == "parts"]
    assert [path for path, _where in parts] == [("parts", "situation"), ("parts", "situation"), ("parts", "problems"), ("parts", "problems"), ("parts", "achievements")]
    assert "一、基本情况" in parts[1][1] and "二、存在问题" in parts[3][1]


def test_carry_over_keeps_custom_parts_with_their_headings_and_order(write_data):
    path = write_data(report_of([("situation", "基本情况", ["概况。"]), ("problems", "存在问题", ["问题。"]), ("原因分析", "原因分析", ["原因。"])]))
    carried = yaml.safe_load(carry_over_file(path))
    assert list(carried["parts"]) == ["situation", "problems", "原因分析"]
    assert carried["parts"]["原因分析"]["heading"] == "原因分析"


COMMENTED = HEAD + """\
parts:
  situation:  # 基本情况，从去年带来
    heading: 基本情况
    content:
      # 全县概况
      - 全县有学校45所。
  problems:
    heading: 存在问题
    content:
      - 师资不足。  # 待核实
  next_steps:
    heading: 下一步打算
    content: []
"""


def test_a_session_adds_renames_moves_and_removes_parts_keeping_the_files_comments(tmp_path):
    from drafter.drafting.session import Session

    path = tmp_path / "2024.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    session = Session.open(path)
    first = session.add_part("意见建议", after="situation")
    assert session.fields[first].path == ("parts", "意见建议", "content")
    session.add_part("主要做法及成效", after="意见建议")  # the known kind's name: that kind, while free
    session.rename_part("意见建议", "意见和建议")
    session.move_part("problems", -1)
    session.move_part("next_steps", 1)  # already last: stays
    with pytest.raises(DrafterError) as caught:
        session.remove_part("situation")  # has text: never thrown away
    assert "文字" in caught.value.problems[0].message
    session.remove_part("next_steps")
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert list(data["parts"]) == ["situation", "意见建议", "problems", "achievements"]
    assert data["parts"]["意见建议"]["heading"] == "意见和建议" and data["parts"]["achievements"]["heading"] == "主要做法及成效"
    assert "# 基本情况，从去年带来" in text and "# 全县概况" in text and "# 待核实" in text
    assert text.index("# 待核实") > text.index("problems:")  # a part's comments move with it


def test_the_last_part_is_never_removed(tmp_path):
    from drafter.drafting.session import Session

    path = tmp_path / "2024.yaml"
    path.write_text(report_of([("situation", "基本情况", [])]), encoding="utf-8")
    with pytest.raises(DrafterError):
        Session.open(path).remove_part("situation")


def test_f2_in_the_terminal_adds_a_part_after_the_one_being_written(tmp_path):
    from test_draft import drive

    path = tmp_path / "2024.yaml"
    path.write_text(report_of([("situation", "基本情况", ["概况。"]), ("problems", "存在问题", ["问题。"])]), encoding="utf-8")
    start = next(i for i, f in enumerate(fields_of(yaml.safe_load(path.read_text(encoding="utf-8")))) if f.path[:2] == ("parts", "situation"))
    F2, CTRL_Q = "\x1bOQ", "\x11"
    drive(path, F2 + "a\r" + "原因分析\r" + "投入不足。\r" + CTRL_Q, start)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(data["parts"]) == ["situation", "原因分析", "problems"]
    assert data["parts"]["原因分析"] == {"heading": "原因分析", "content": [{"points": ["投入不足。"]}]}


def test_the_page_adds_renames_moves_and_removes_a_part(tmp_path):
    from test_serve import index_of, serving

    path = tmp_path / "2024.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    desk, _guard, page = serving(path)
    here = index_of(desk, "parts", "problems", "heading")
    assert 'action="/part"' in page.get(f"/?field={here}").get_data(as_text=True)
    added = page.post("/part", dict(page.field_form(here), action="add", heading="原因分析")).get_json()
    assert desk.session.fields[added["index"]].path[:2] == ("parts", "原因分析")
    renamed = page.post("/part", dict(page.field_form(added["index"]), action="rename", heading="原因和分析")).get_json()
    page.post("/part", dict(page.field_form(renamed["index"]), action="up"))
    refused = page.post("/part", dict(page.field_form(index_of(desk, "parts", "situation", "heading")), action="remove"))
    assert refused.status_code == 422
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(data["parts"]) == ["situation", "原因分析", "problems", "next_steps"] and data["parts"]["原因分析"]["heading"] == "原因和分析"


def test_a_scheme_may_lay_out_a_part_of_its_own_and_new_writes_it_first(tmp_path):
    """A scheme's ``parts`` may name a part of its own ({key, heading}); ``drafter new`` lays it out in
    the scheme's order under its heading, and the file, once written, builds with it as 一、."""
    import shutil

    from drafter.data.scheme import load_scheme
    from drafter.drafting.skeleton import skeleton_text

    folder = tmp_path / "templates" / "county-2026"
    shutil.copytree(ROOT / "templates" / "county-bureau-work-report", folder)
    scheme_file = folder / "scheme.yaml"
    text = scheme_file.read_text(encoding="utf-8").replace("id: county-bureau-work-report", "id: county-2026")
    scheme_file.write_text(text + "parts:\n  - {key: situation, heading: 基本情况}\n  - achievements\n  - problems\n  - next_steps\n", encoding="utf-8")
    scheme = load_scheme(scheme_file)
    assert scheme.parts[0] == "situation" and scheme.part_headings == {"situation": "基本情况"}
    data = yaml.safe_load(skeleton_text(scheme, tmp_path / "2026.yaml"))
    assert list(data["parts"])[:2] == ["situation", "achievements"] and data["parts"]["situation"] == {"heading": "基本情况", "content": []}


def test_preview_batch_and_every_writer_take_custom_parts(tmp_path):
    """The command line end to end: preview prints the custom parts in order, batch builds the .docx
    and .txt, and the .docx holds the same 一级 headings."""
    import docx

    from test_cli import drafter

    (tmp_path / "in").mkdir()
    data = tmp_path / "in" / "r.yaml"
    data.write_text(report_of([("situation", "基本情况", ["概况。"]), ("problems", "存在问题", ["问题。"]), ("原因分析", "原因分析", ["原因。"])]),
                    encoding="utf-8")
    preview = drafter("preview", str(data), cwd=tmp_path)
    assert preview.returncode == 0
    assert re.findall(r"^[一二三]、\S+", preview.stdout, re.M) == ["一、基本情况", "二、存在问题", "三、原因分析"]
    batch = drafter("batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--format", "docx,txt", cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    texts = [p.text for p in docx.Document(str(tmp_path / "out" / "r.docx")).paragraphs]
    assert [t for t in texts if re.match(r"^[一二三]、", t)] == ["一、基本情况", "二、存在问题", "三、原因分析"]
    assert "三、原因分析" in (tmp_path / "out" / "r.txt").read_text(encoding="utf-8")


def test_check_reports_a_part_the_template_leaves_out(write_data, tmp_path):
    """check composes valid data as the build does: a part with content the data's template does not
    print is an error at its key, known or custom (issue 29; check said 未发现问题 and exited 0)."""
    folder = tmp_path / "house"
    (folder / "narrow").mkdir(parents=True)
    (folder / "narrow" / "report.j2").write_text('{% extends "base/report.j2" %}{% block body %}{% import "fragments/items.j2" as items %}'
                                                 "{{ items.part(parts.achievements) }}{% endblock %}\n", encoding="utf-8")
    path = write_data(report_of([("achievements", "主要做法", ["正文。"]), ("situation", "基本情况", ["概况。"])]) + "template: narrow/report.j2\n")
    found = [(f.finding.rule, f.place.line) for f in check_file(path, template_dirs=(str(folder),)).findings]
    assert found == [("unused-part", 9)]
