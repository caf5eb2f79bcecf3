"""Schemes as data: built-in schemes, skeletons, copying a scheme, the checks, the computed total, the score table."""

import io
import re
import shutil
import textwrap

import docx
import pytest
import yaml

from drafter.errors import DrafterError
from drafter.pipeline import build_report, docx_bytes
from drafter.data.scheme import assess, available_schemes, copy_scheme, find_scheme, load_scheme
from drafter.data.load import load_report
from drafter.drafting.skeleton import skeleton_text

from conftest import EXAMPLES, ROOT

COUNTY = ROOT / "examples" / "county-annual-assessment-2022-2023.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def messages(call):
    with pytest.raises(DrafterError) as caught:
        call()
    return [p.message for p in caught.value.problems]


def test_three_builtin_schemes_each_with_an_example_that_uses_it():
    schemes = available_schemes()
    assert set(schemes) == {"county-annual-assessment", "city-education-duty", "county-bureau-work-report"}
    used = {yaml.safe_load(e.read_text(encoding="utf-8"))["scheme"] for e in EXAMPLES}
    assert used == set(schemes)
    county = find_scheme("county-annual-assessment")
    assert (len(county.indicators), len(county.leaf_indicators()), county.max_total) == (6, 19, 100)
    assert find_scheme("county-bureau-work-report").leaves == "headings"
    assert not find_scheme("city-education-duty").scored


def test_the_opening_states_the_computed_total_not_a_typed_one(tmp_path):
    opening = lambda path: build_report(path).numbered.lines[2].text
    assert "自评得分为98分" in opening(COUNTY)
    changed = tmp_path / "county.yaml"
    changed.write_text(COUNTY.read_text(encoding="utf-8").replace("score: 8\n", "score: 6.5\n", 1), encoding="utf-8")
    assert "自评得分为96.5分" in opening(changed)
    typed = tmp_path / "typed.yaml"
    typed.write_text(COUNTY.read_text(encoding="utf-8").replace("transition:", "self_score: 98\ntransition:"), encoding="utf-8")
    assert any("不用填写「self_score」" in m and "98 分" in m for m in messages(lambda: build_report(typed)))


ANSWERED = """\
scheme: county-bureau-work-report
title: XX县教育局关于2024年工作情况的报告
issuer: XX县教育局
recipient: 县人民政府
date: 2024-12-20
parts:
  achievements:
    content:
"""


def bureau_data(write_data, items: str):
    body = "".join(f"    - indicator: '{n}'\n      heading: 第{n}项。\n      run_in: true\n      text: 完成。\n" for n in range(2, 13))
    return write_data(ANSWERED + textwrap.indent(textwrap.dedent(items), "    ") + body)


def test_every_point_must_be_answered_or_declared_not_applicable(write_data):
    missing = bureau_data(write_data, "")
    assert any("评价要点「1 党的领导」在数据中没有对应的一项" in m for m in messages(lambda: build_report(missing)))
    empty = bureau_data(write_data, "- indicator: '1'\n  heading: 党的领导\n  run_in: true\n  text: ''\n")
    assert any("「1 党的领导」还没有写内容" in m for m in messages(lambda: build_report(empty)))
    no_reason = bureau_data(write_data, "- indicator: '1'\n  not_applicable: ''\n")
    assert any("没有写理由" in m for m in messages(lambda: build_report(no_reason)))
    declared = bureau_data(write_data, "- indicator: '1'\n  not_applicable: 本年度未单列此项工作\n")
    lines = [line.text for line in build_report(declared).numbered.lines]
    assert not any("党的领导" in line for line in lines)  # left out of the body, kept in the data


def test_unknown_and_repeated_indicators_are_refused_with_their_lines(write_data):
    path = bureau_data(write_data, "- indicator: '13'\n  text: 多出的一项。\n- indicator: '1'\n  text: 一。\n- indicator: '1'\n  text: 二。\n")
    with pytest.raises(DrafterError) as caught:
        build_report(path)
    found = {p.message: p.line for p in caught.value.problems}
    unknown = next(m for m in found if "指标「13」不在方案" in m)
    repeated = next(m for m in found if "写了两次" in m)
    assert "另一处在第 11 行" in repeated
    assert found[unknown] == 9 and found[repeated] == 13


def test_scores_never_exceed_their_maximum_and_a_scored_point_needs_one(tmp_path):
    text = COUNTY.read_text(encoding="utf-8")
    over = tmp_path / "over.yaml"
    over.write_text(text.replace("score: 8\n", "score: 9\n", 1), encoding="utf-8")
    assert any("自评得分 9 超过了分值 8" in m for m in messages(lambda: build_report(over)))
    unscored = tmp_path / "unscored.yaml"
    unscored.write_text(text.replace("          score: 8\n", "", 1), encoding="utf-8")
    assert any("缺少自评得分：请写 score（满分 8 分）" in m for m in messages(lambda: build_report(unscored)))


def test_a_point_not_applicable_counts_in_no_total(tmp_path):
    text = COUNTY.read_text(encoding="utf-8").replace("- indicator: '4.4'\n          score: 5\n", "- indicator: '4.4'\n          not_applicable: 本县无中职学校\n")
    path = tmp_path / "na.yaml"
    path.write_text(text, encoding="utf-8")
    assessment = assess(load_report(path))
    assert (assessment.total, assessment.max_total) == (93, 95)
    rows = {row["code"]: row for row in assessment.table_rows()}
    assert (rows["4.4"]["score"], rows["4.4"]["basis"], rows["4"]["max"]) == ("不适用", "不适用：本县无中职学校", "15")


def test_score_without_a_scheme_is_refused(write_data):
    from conftest import MINIMAL

    path = write_data(MINIMAL.replace("      - 一段正文。", "      - text: 一段正文。\n        score: 5"))
    assert any("没有指定评价方案" in m for m in messages(lambda: build_report(path)))


def table_document(path, **options):
    return docx.Document(io.BytesIO(docx_bytes(build_report(path, **options))))


def test_the_score_table_is_a_word_table_after_the_signature():
    document = table_document(COUNTY)
    assert len(document.tables) == 1
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "评价指标", "分值", "自评得分", "自评依据"]
    assert [c.text for c in table.rows[-1].cells][1:4] == ["合计", "100", "98"]
    assert len(table.rows) == 1 + 6 + 19 + 1
    rows = table._tbl.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None  # the header repeats on every page
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)  # no row splits
    texts = [p.text for p in document.paragraphs]
    note = texts.index("附件：县（区）学年度教育工作考核自评得分表")
    assert texts[note + 1:note + 3] == ["XX县人民政府", "2023年9月20日"]  # 附件说明 before the signature
    label = document.paragraphs[note + 3]
    assert label.text == "附件" and label.style.name == "附件标识"
    assert label.style.paragraph_format.page_break_before


def test_table_text_is_set_in_exact_20_pt_lines_off_the_grid():
    """Exact lines, not single spacing: a row is then as tall in every office, whatever its faces'
    own line height (Noto Serif CJK's is 1.44 em; each face has its own), so the page estimate can
    lay the table out for the 版记."""
    styles = {s.name: s for s in table_document(COUNTY).styles}
    for name in ("表格文字", "表头"):
        spacing = styles[name].element.find(f"{W}pPr/{W}spacing")
        assert (spacing.get(f"{W}line"), spacing.get(f"{W}lineRule")) == ("400", "exact")
        assert styles[name].element.find(f"{W}pPr/{W}snapToGrid").get(f"{W}val") == "0"
    assert styles["表头"].font.name == "Times New Roman"
    fonts = {name: styles[name].element.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") for name in ("表格文字", "表头")}
    assert fonts == {"表格文字": "仿宋_GB2312", "表头": "黑体"}


def test_score_table_can_be_turned_off_and_needs_a_scored_scheme():
    assert table_document(COUNTY, score_table=False).tables == []
    bureau = ROOT / "examples" / "county-bureau-work-report-2023.yaml"
    assert any("没有分值，不能附自评得分表" in m for m in messages(lambda: build_report(bureau, score_table=True)))  # the scheme has none


def test_new_writes_a_skeleton_with_every_indicator_guidance_and_maximum(tmp_path):
    scheme = find_scheme("county-annual-assessment")
    target = tmp_path / "2025.yaml"
    text = skeleton_text(scheme, target)
    first = text.split("\n")[0]
    assert first.startswith("# yaml-language-server: $schema=")
    assert (target.parent / first.split("=", 1)[1]).resolve().name == "report.schema.json"
    assert (target.parent / first.split("=", 1)[1]).exists()
    for leaf in scheme.leaf_indicators():
        assert f"indicator: '{leaf.code}'" in text
        assert f"# {leaf.code} {leaf.title}（{leaf.max:g}分）" in text
        assert "# 要点：" + leaf.guidance in text
    assert text.count("score:  # 自评得分，满分") == 19
    values = yaml.safe_load(text)
    assert values["scheme"] == "county-annual-assessment" and values["title"] == ""


def fill(text: str) -> str:
    """A skeleton with every blank answered, as a clerk would."""
    text = text.replace("title: ''", "title: XX县关于2025年教育工作考核自查自评情况的报告").replace("issuer: ''", "issuer: XX县人民政府")
    text = text.replace("recipient: ''", "recipient: 市教育局").replace("date: ''", "date: 2025-09-20").replace("opening: ''", "opening: 我县逐项开展了自查")
    count = iter(range(1, 1000))
    text = re.sub(r"text: ''", lambda m: f"text: 第{next(count)}项工作落实到位。", text)
    return re.sub(r"score:(  #)", r"score: 4\1", text)


def test_a_filled_skeleton_builds_and_an_unfilled_one_says_what_is_missing(tmp_path, write_data):
    scheme = find_scheme("county-annual-assessment")
    target = tmp_path / "2025.yaml"
    target.write_text(skeleton_text(scheme, target), encoding="utf-8")
    found = messages(lambda: build_report(target))
    assert "「标题（title）」尚未填写。" in found and "「开头（opening）」尚未填写。" in found
    target.write_text(fill(target.read_text(encoding="utf-8")), encoding="utf-8")
    report = build_report(target)
    assert "自评得分为76分" in report.numbered.lines[2].text
    assert [l.text for l in report.numbered.lines if l.kind == "heading1"][0] == "一、党委政府落实主体责任"


def test_a_new_scheme_is_files_alone(tmp_path, monkeypatch):
    """Copy a scheme, add an indicator and change the template, build: no Python anywhere."""
    user = tmp_path / "my-templates"
    monkeypatch.setenv("DRAFTER_TEMPLATES", str(user))
    folder = copy_scheme("county-bureau-work-report", "bureau-2025", None)
    assert folder == user / "bureau-2025" and sorted(p.name for p in folder.iterdir()) == ["report.j2", "scheme.yaml"]
    scheme_file = folder / "scheme.yaml"
    scheme_file.write_text(scheme_file.read_text(encoding="utf-8").replace("name: 县教育局年度重点工作", "name: 县教育局2025年重点工作")
                           + "- {code: '13', title: 教育数字化, max: 10, guidance: 数字化转型。}\n", encoding="utf-8")
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n{% block closing %}\n@p 特此报告，请审阅。\n{% endblock %}\n', encoding="utf-8")
    scheme = load_scheme(scheme_file)
    assert (scheme.id, scheme.name, len(scheme.leaf_indicators()), scheme.template) == ("bureau-2025", "县教育局2025年重点工作", 13, "bureau-2025/report.j2")
    data = tmp_path / "2025.yaml"
    data.write_text(fill(skeleton_text(scheme, data).replace("score:  #", "score: 9  #")), encoding="utf-8")
    lines = [line.text for line in build_report(data).numbered.lines]
    assert "特此报告，请审阅。" in lines and "（十三）教育数字化。第13项工作落实到位。" in lines
    assert "自评得分为9分" in lines[2]
    with pytest.raises(DrafterError):
        copy_scheme("county-bureau-work-report", "bureau-2025", None)  # never over an existing folder


def test_scheme_files_with_mistakes_get_located_messages(tmp_path, monkeypatch):
    user = tmp_path / "t"
    shutil.copytree(ROOT / "templates" / "county-bureau-work-report", user / "broken")
    path = user / "broken" / "scheme.yaml"
    text = path.read_text(encoding="utf-8").replace("id: county-bureau-work-report", "id: broken")
    text += "- {code: '12', title: 重复, guidance: x}\n- code: '14'\n  title: 上级\n  max: 5\n  indicators:\n  - {code: '14.1', title: 下级, max: 3}\n- {code: 1.5, title: 小数编号}\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        load_scheme(path)
    found = [(p.line, p.message) for p in caught.value.problems]
    assert any("应为文字或整数" in m for _, m in found)
    path.write_text(text.replace("- {code: 1.5, title: 小数编号}\n", ""), encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        load_scheme(path)
    found = [(p.line, p.message) for p in caught.value.problems]
    assert any("指标编号「12」重复" in m for _, m in found)
    assert any("分值 5 与下级指标分值之和 3 不等" in m and line == 27 for line, m in found)


def test_the_worked_example_in_docs_templates_md(tmp_path, monkeypatch):
    """docs/templates.md adapts the county scheme for 2025 with files alone; its steps must hold."""
    from drafter.drafting.carry_over import carried_over

    monkeypatch.setenv("DRAFTER_TEMPLATES", str(tmp_path / "mine"))
    folder = copy_scheme("county-annual-assessment", "county-annual-2025", None)
    scheme_file = folder / "scheme.yaml"
    text = scheme_file.read_text(encoding="utf-8").replace("score_table: true", "score_table: true\nscore_note: true")
    text = text.replace("max: 8\n", "max: 4\n").replace("max: 6\n", "max: 3\n")
    text += ("- code: '7'\n  title: 教育数字化\n  indicators:\n"
             "  - {code: '7.1', title: 智慧校园建设, max: 5, guidance: 智慧校园覆盖率；数字资源应用。}\n"
             "  - {code: '7.2', title: 教师数字素养, max: 5, guidance: 培训人次；应用能力测评。}\n")
    scheme_file.write_text(text, encoding="utf-8")
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n{% block opening %}{% set transition = "现将自查自评情况报告如下：" %}'
                                      '{% include "fragments/opening.j2" %}{% endblock %}\n', encoding="utf-8")
    data = tmp_path / "2025.yaml"
    data.write_text(carried_over(COUNTY.read_text(encoding="utf-8"), str(COUNTY)).replace("scheme: county-annual-assessment", "scheme: county-annual-2025"), encoding="utf-8")
    found = messages(lambda: build_report(data))
    # every problem of the file at once, as check gives them: the date, the 2 new 评价要点, 19 scores, the metrics'
    # values (the build used to show the date, then after a fix the scores, then the values: issue 31)
    assert found[0] == "「成文日期（date）」尚未填写。"
    assert sum("在数据中没有对应的一项" in m for m in found) == 2 and sum("缺少自评得分" in m for m in found) == 19
    from drafter.lint.check import check_file

    unanswered = [f.finding.message for f in check_file(data).findings if f.finding.rule == "scheme"]
    assert sum("在数据中没有对应的一项" in m for m in unanswered) == 2 and sum("缺少自评得分" in m for m in unanswered) == 19
    assert {m for m in found if "缺少自评得分" in m or "没有对应" in m} == set(unanswered)
    text = data.read_text(encoding="utf-8").replace("date: ''", "date: 2025-09-20")
    text = re.sub(r"value: null, previous: ([\d.]+)", lambda m: f"value: {float(m.group(1)) + 1}, previous: {m.group(1)}", text)
    text = re.sub(r"^(\s*)score:$", r"\1score: 3", text, flags=re.M)
    text = text.replace("  problems:\n", "    - indicator: '7'\n      heading: 坚持数字赋能，着力推进教育数字化转型。\n      content:\n      - points:\n"
                        "        - {indicator: '7.1', score: 4, text: 智慧校园建设全面推进。}\n        - {indicator: '7.2', score: 5, text: 教师数字素养持续提升。}\n"
                        "  problems:\n", 1)
    data.write_text(text, encoding="utf-8")
    lines = [line.text for line in build_report(data).numbered.lines]
    assert lines[2].endswith("自评得分为66分。现将自查自评情况报告如下：")
    assert "七、坚持数字赋能，着力推进教育数字化转型（分值10分，自评得分9分）" in lines
    assert "一、坚持以主体责任落实为根本，着力推动教育优先发展（分值15分，自评得分9分）" in lines


def test_build_reports_every_problem_of_a_carried_over_file_at_once(tmp_path):
    """A file carried over to next year has a blank date, 19 scores to give and 5 metric values to
    write: the build said the date, then after a fix the scores, then the values. It says all 25 at once,
    in the order of the file's lines (issue 31)."""
    from drafter.drafting.carry_over import carried_over

    data = tmp_path / "2025.yaml"
    data.write_text(carried_over(COUNTY.read_text(encoding="utf-8"), str(COUNTY)), encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        build_report(data)
    problems = caught.value.problems
    said = [p.message for p in problems]
    assert sum("尚未填写" in m for m in said) == 1 and sum("缺少自评得分" in m for m in said) == 19 and sum("缺少今年的数值" in m for m in said) == 5
    assert [p.line or 0 for p in problems] == sorted(p.line or 0 for p in problems)
