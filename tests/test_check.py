"""``drafter check`` on files: the corpus findings pinned, findings placed in YAML, fixes on copies, exit codes."""

import io
import json
import textwrap

import docx
import pytest

from drafter.lint.check import check_file
from drafter.lint.fix import fixed_copy
from drafter.errors import DrafterError
from drafter.pipeline import build_report, docx_bytes

from conftest import CORPUS, EXAMPLES, MINIMAL
from test_cli import drafter

# Every finding in the real reports: (line, column, rule, offending text, fix). A careful editor agrees with each.
CORPUS_FINDINGS = {
    "county-annual-assessment-2022-2023": [
        (1, 25, "range-connector", "－", "—"),
        (2, 5, "range-connector", "－", "—"),
        (4, 177, "nested-book-title", "《", "〈"), (4, 194, "nested-book-title", "》", "〉"),
        (4, 1092, "nested-book-title", "《", "〈"), (4, 1105, "nested-book-title", "》", "〉"),
        (17, 32, "nested-book-title", "《", "〈"), (17, 49, "nested-book-title", "》", "〉"),
    ],
    "city-education-duty-2022": [
        (4, 485, "quoted-list-comma", "、", None),  # “双高”、“双优”: GB/T 15834 4.5.3.5
        (6, 198, "nested-book-title", "《", "〈"), (6, 225, "nested-book-title", "》", "〉"),
        (7, 172, "nested-book-title", "《", "〈"), (7, 188, "nested-book-title", "》", "〉"),
        (14, 103, "quoted-list-comma", "、", None),
    ],
    "county-bureau-work-report-2023": [
        (4, 58, "range-connector", "-", "—"),
        (5, 51, "quoted-list-comma", "、", None), (5, 56, "quoted-list-comma", "、", None),
        (7, 153, "doubled-word", "的的", "的"),
        (8, 187, "doubled-word", "正在正在", "正在"),
    ],
}


@pytest.mark.parametrize("name", sorted(CORPUS_FINDINGS))
def test_corpus_findings_are_exactly_these(name):
    result = check_file(CORPUS / f"{name}.txt")
    found = [(f.place.line, f.place.column, f.finding.rule, f.finding.text, f.finding.replacement) for f in result.findings]
    assert found == CORPUS_FINDINGS[name]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_examples_show_the_same_mistakes_placed_in_the_yaml(example):
    """The examples keep the corpus text, mistakes included; check places each in the YAML source."""
    result = check_file(example)
    text = example.read_text(encoding="utf-8").split("\n")
    expected = [(rule, old) for _l, _c, rule, old, _n in CORPUS_FINDINGS[example.stem]]
    assert [(f.finding.rule, f.finding.text) for f in result.findings] == expected
    for item in result.findings:
        line = text[item.place.line - 1]
        assert line[item.place.column - 1:].startswith(item.finding.text)


def test_a_built_docx_is_checked_by_paragraph(tmp_path):
    example = next(e for e in EXAMPLES if e.stem.startswith("county-bureau"))
    path = tmp_path / "report.docx"
    path.write_bytes(docx_bytes(build_report(example)))
    result = check_file(path)
    assert [(f.finding.rule, f.finding.text) for f in result.findings] == [("range-connector", "-"), ("quoted-list-comma", "、"), ("quoted-list-comma", "、"), ("doubled-word", "的的"), ("doubled-word", "正在正在")]
    paragraphs = docx.Document(str(path)).paragraphs
    for item in result.findings:
        assert paragraphs[item.place.paragraph - 1].text[item.place.column - 1:].startswith(item.finding.text)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_data_problems_and_writing_findings_come_in_one_run(tmp_path):
    path = write(tmp_path, "r.yaml", MINIMAL.replace("recipient:", "recipent:").replace("一段正文。", "一段正文,的的确确。正在正在施工。"))
    rules = {f.finding.rule for f in check_file(path).findings}
    assert rules == {"data", "half-width-punctuation", "doubled-word"}


def test_a_lone_sub_heading_in_data_is_advice(tmp_path):
    path = write(tmp_path, "r.yaml", MINIMAL.replace("      - 一段正文。", "      - {heading: 甲, content: [{heading: 唯一的子项, content: [正文。]}]}"))
    result = check_file(path)
    assert [(f.finding.rule, f.finding.severity) for f in result.findings] == [("single-child", "info")]
    assert result.clean


def test_typed_markers_in_data_are_errors_with_a_fix(tmp_path):
    path = write(tmp_path, "r.yaml", MINIMAL.replace("    heading: 工作开展基本情况", "    heading: 一、工作开展基本情况"))
    item = check_file(path).findings[0]
    assert (item.finding.rule, item.place.line, item.place.column, item.finding.replacement) == ("hand-typed-marker", 7, 14, "")


def test_a_rule_can_be_switched_off_on_a_yaml_line(tmp_path):
    path = write(tmp_path, "r.yaml", MINIMAL.replace("      - 一段正文。", "      - 完成了的的目标。  # drafter: disable=doubled-word"))
    assert check_file(path).findings == []


def test_a_project_config_switches_rules_off(tmp_path):
    (tmp_path / ".drafter.yaml").write_text("check:\n  disable: [range-connector]\n", encoding="utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    path = write(folder, "r.txt", "2022－2023学年度，完成了的的目标。\n")
    assert [f.finding.rule for f in check_file(path).findings] == ["doubled-word"]


def test_an_unknown_rule_in_the_config_is_named(tmp_path):
    (tmp_path / ".drafter.yaml").write_text("check:\n  disable: [no-such-rule]\n", encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        check_file(write(tmp_path, "r.txt", "文字。\n"))
    assert "no-such-rule" in caught.value.problems[0].message


@pytest.mark.parametrize("suffix", [".yaml", ".txt"])
def test_fix_corrects_a_copy_and_keeps_everything_else(tmp_path, suffix):
    original = MINIMAL.replace("      - 一段正文。", "      - 按照陵政发[2021]12号文件,制定《贯彻落实《意见》的方案》。  # 保留这条注释")
    if suffix == ".txt":
        original = "按照陵政发[2021]12号文件,制定《贯彻落实《意见》的方案》。\n第二段。\n"
    path = write(tmp_path, "r" + suffix, original)
    content, changes = fixed_copy(path, check_file(path))
    fixed = content.decode("utf-8")
    assert "按照陵政发〔2021〕12号文件，制定《贯彻落实〈意见〉的方案》。" in fixed
    assert fixed.replace("〔2021〕", "[2021]").replace("，", ",").replace("〈", "《").replace("〉", "》") == original
    assert [c.rule for c in changes] == ["wenhao-brackets", "half-width-punctuation", "nested-book-title", "nested-book-title"]
    assert path.read_text(encoding="utf-8") == original


def test_fix_on_a_docx_changes_only_the_runs_with_mistakes(tmp_path):
    example = next(e for e in EXAMPLES if e.stem.startswith("city"))
    path = tmp_path / "city.docx"
    path.write_bytes(docx_bytes(build_report(example)))
    before = path.read_bytes()
    content, changes = fixed_copy(path, check_file(path))
    assert len(changes) == 4 and path.read_bytes() == before
    fixed = tmp_path / "fixed.docx"
    fixed.write_bytes(content)
    assert [f.finding.rule for f in check_file(fixed).findings] == ["quoted-list-comma"] * 2  # left for the clerk: not sure
    texts = [p.text for p in docx.Document(str(fixed)).paragraphs]
    assert any("《贯彻落实〈关于建立中小学校党组织领导的校长负责制的意见（试行）〉工作方案》" in t for t in texts)


def test_a_docx_table_and_text_box_are_checked_and_fixed(tmp_path):
    """A slip in a score table's cell, or in the 版记's text box, is found and fixed like one in the
    body; ``document.paragraphs`` has the body's alone, so they went unchecked."""
    from conftest import LETTERHEAD

    data = tmp_path / "report.yaml"
    data.write_text((MINIMAL + LETTERHEAD).replace("printer: XX县教育局办公室", "printer: XX县教育局办公室办公室"), encoding="utf-8")
    path = tmp_path / "report.docx"
    document = docx.Document(io.BytesIO(docx_bytes(build_report(data))))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "完成了的的目标", "6分"
    document.save(str(path))
    found = {(f.finding.rule, f.finding.text) for f in check_file(path).findings}
    assert {("doubled-word", "的的"), ("doubled-word", "办公室办公室")} <= found
    content, changes = fixed_copy(path, check_file(path))
    fixed = tmp_path / "fixed.docx"
    fixed.write_bytes(content)
    assert {change.old for change in changes} >= {"的的", "办公室办公室"}
    assert not [f for f in check_file(fixed).findings if f.finding.rule == "doubled-word"]
    assert docx.Document(str(fixed)).tables[-1].cell(0, 0).text == "完成了的目标"


def test_command_exit_codes_json_and_fix(tmp_path):
    clean = write(tmp_path, "clean.txt", "一段没有问题的文字。\n")
    dirty = write(tmp_path, "dirty.txt", "完成了的的目标。\n")
    assert drafter("check", clean, cwd=tmp_path).returncode == 0
    result = drafter("check", "--format", "json", dirty, cwd=tmp_path)
    assert result.returncode == 1
    [record] = json.loads(result.stdout)
    assert record == {"file": str(dirty), "line": 1, "column": 4, "paragraph": None, "rule": "doubled-word", "severity": "error",
                      "text": "的的", "message": "「的的」重复，多打了一个字。", "fix": "的", "context": "完成了的的目标。"}
    fixed = drafter("check", "--fix", dirty, cwd=tmp_path)
    # all fixed: 0, as the help says (it was 1, the same as findings left: issue 31)
    assert fixed.returncode == 0 and (tmp_path / "dirty.fixed.txt").read_text(encoding="utf-8") == "完成了的目标。\n"
    assert dirty.read_text(encoding="utf-8") == "完成了的的目标。\n"
    assert "已改「的的」为「的」" in fixed.stderr and "都已修正" in fixed.stderr
    partly = write(tmp_path, "partly.txt", "完成了的的目标。这是《关于《甲》的通知》。书名号「《」没有配对\n")
    left = drafter("check", "--fix", partly, cwd=tmp_path)
    assert left.returncode == 1 and "还有" in left.stderr and "人工处理" in left.stderr
    assert "0 全部修正" in drafter("check", "--help", cwd=tmp_path).stdout.replace("\n", "")


def test_fix_never_writes_over_the_original(tmp_path):
    dirty = write(tmp_path, "dirty.txt", "完成了的的目标。\n")
    result = drafter("check", "--fix", dirty, "-o", dirty, cwd=tmp_path)
    assert result.returncode == 2 and dirty.read_text(encoding="utf-8") == "完成了的的目标。\n"


def test_human_output_names_place_rule_and_fix(tmp_path):
    dirty = write(tmp_path, "dirty.txt", "第一行。\n按照陵政发[2021]12号文件\n")
    out = drafter("check", dirty, cwd=tmp_path).stdout.split("\n")
    assert out[0] == f"{dirty}:2:6: 错误 [wenhao-brackets] 文号中的年份应使用六角括号〔〕。"
    assert out[1].strip() == "按照陵政发[2021]12号文件" and out[2].strip() == "建议：「[2021]」→「〔2021〕」"


@pytest.mark.parametrize("choice, coloured", [("always", True), ("never", False), ("auto", False)])
def test_colour_marks_severity_for_people_only(tmp_path, choice, coloured):
    dirty = write(tmp_path, "dirty.txt", "完成了的的目标。\n")
    out = drafter("check", "--color", choice, dirty, cwd=tmp_path).stdout
    assert ("\033[31m" in out) == coloured


def test_fix_with_an_unusable_file_first_fixes_the_right_file(tmp_path):
    (tmp_path / "bad.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    dirty = write(tmp_path, "dirty.txt", "完成了的的目标。\n")
    result = drafter("check", "--fix", "bad.doc", dirty, cwd=tmp_path)
    assert result.returncode == 2
    assert (tmp_path / "dirty.fixed.txt").read_text(encoding="utf-8") == "完成了的目标。\n"
    assert not (tmp_path / "bad.fixed.doc").exists()


# --- right on drafter's own output and on the files clerks hold ---------------------------------------

@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_every_examples_own_output_checks_clean_but_for_the_slips_it_keeps(tmp_path, example):
    """The .txt drafter builds (with the score table where the scheme has scores) finds exactly what the data's check finds."""
    from collections import Counter

    from drafter.lint.check import check_file
    from drafter.pipeline import build_report, text_bytes

    report = build_report(example)
    built = tmp_path / "report.txt"
    built.write_bytes(text_bytes(report))
    in_text = Counter(f.finding.rule for f in check_file(built).findings)
    in_data = Counter(f.finding.rule for f in check_file(example).findings)
    assert in_text == in_data, (in_text, in_data)
    assert "space-in-text" not in in_text and "mixed-percent" not in in_text


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_a_report_with_letterhead_and_record_checks_clean(tmp_path, suffix):
    """The 版头's 发文字号 line parts the number from 签发人, and the signers' names, by layout:
    not spaces in the text (and the 版记, in its text box or not, has nothing to find)."""
    from drafter.lint.check import check_file
    from drafter.pipeline import WRITERS, build_report

    from conftest import LETTERHEAD, MINIMAL

    data = write(tmp_path, "letterhead.yaml", (MINIMAL + LETTERHEAD).replace("    content:\n", "    content:\n" + "      - 这是一段较长的正文，用来把报告的结尾移到第二页。\n" * 12))
    built = tmp_path / f"report{suffix}"
    built.write_bytes(WRITERS[suffix](build_report(data)))
    assert [(f.finding.rule, f.finding.text) for f in check_file(built).findings] == []


def test_fix_leaves_a_tables_cells_apart(tmp_path):
    from drafter.lint.check import check_file
    from drafter.lint.fix import fixed_copy

    path = tmp_path / "table.txt"
    path.write_text("序号\u3000评价指标\u3000分值\u3000自评得分\n1.1\u3000党政重视教育发展\u30005\u30005\n正文中 有空格。\n", encoding="utf-8")
    result = check_file(path)
    assert [f.place.line for f in result.findings if f.finding.rule == "space-in-text"] == [3]
    content, changes = fixed_copy(path, result)
    assert content.decode("utf-8").split("\n")[:2] == path.read_text(encoding="utf-8").split("\n")[:2]


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_text_in_any_encoding_is_checked_and_fixed_in_it(tmp_path, encoding):
    from drafter.lint.check import check_file
    from drafter.lint.fix import fixed_copy

    path = tmp_path / "old.txt"
    path.write_bytes("完成了了目标。\n".encode(encoding))
    result = check_file(path)
    assert [f.finding.rule for f in result.findings] == ["doubled-word"]
    content, _changes = fixed_copy(path, result)
    assert content == "完成了目标。\n".encode(encoding)  # a byte-order mark stays where there was one


MISSED_BEFORE = [
    # (what, text, the rule that must find it, where: line and column)
    ("sentence run into a level-3 marker", "（一）投入。\n1.经费保障。支出增长，位列全市第3.2.校舍建设。新建3所。\n", "run-into-marker", (2, 20)),
    ("source line after the report", "特此报告。\n\n某某县人民政府\n2023年12月15日\n来源：某某县人民政府网\n", "source-line", (5, 1)),
    ("URL line after the report", "特此报告。\nhttps://www.example.gov.cn/art/2023/12/15/art_1.html\n", "source-line", (2, 1)),
    ("paragraph broken by a page", "全县教育工作取得明显成效，办学条件持续改善，教育质量稳步提\n升，群众满意度不断提高。\n", "broken-paragraph", (1, 29)),
    ("space between Chinese and a number", "全县共有学校 38 所。\n", "space-in-text", [(1, 7), (1, 10)]),
    ("character doubled across a line break", "坚持以习近平新时代中国特色社会主义思想\n想为指导。\n", "doubled-across-lines", (2, 1)),
    ("顿号 between quoted items", "推进“双高”、“双优”院校建设。\n", "quoted-list-comma", (1, 7)),
    ("lone 一是", "下一步，我们将继续努力。一是加强队伍建设。\n特此报告。\n", "lone-point", (1, 13)),
]


@pytest.mark.parametrize("what, text, rule, where", MISSED_BEFORE, ids=[case[0] for case in MISSED_BEFORE])
def test_what_check_missed_on_real_text_is_found_at_its_place(tmp_path, what, text, rule, where):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    found = [(f.place.line, f.place.column) for f in check_file(path).findings if f.finding.rule == rule]
    assert found == (where if isinstance(where, list) else [where]), [(f.finding.rule, f.place.line, f.place.column) for f in check_file(path).findings]


def test_a_mismatched_title_pair_is_reported_once_and_fix_leaves_the_marks_alone(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("制定《关于加强管理的意见〉，落实《工作方案》和《实施细则》。\n", encoding="utf-8")
    result = check_file(path)
    assert [(f.finding.rule, f.place.column) for f in result.findings] == [("unbalanced-mark", 13)]
    content, changes = fixed_copy(path, result)
    assert changes == [] and content == path.read_bytes()


@pytest.mark.parametrize("title, mark, found", [
    ("XX县教育局关于2023年工作情况的报告", None, []),
    ("XX县关于2023年工作情况的报告", None, []),  # the county's short form, as the assessment example writes it
    ("中共XX县委教育工委　XX县教育局关于2023年工作情况的报告", None, []),  # two organs, one of them the issuer
    ("关于2023年工作情况的报告", None, []),
    ("YY县教育局关于2023年工作情况的报告", None, ["title"]),  # another county's report reused
    ("XX县教肓局关于2023年工作情况的报告", None, ["title"]),  # 育 mistyped as 肓
    ("XX县教育局关于2023年工作情况的报告", "YY县教育局文件", ["letterhead"]),
])
def test_the_title_and_letterhead_name_the_issuer(tmp_path, title, mark, found):
    text = MINIMAL.replace("title: XX县教育局关于2023年工作情况的报告", f"title: {title}")
    if mark:
        text += f"letterhead:\n  mark: {mark}\n  number: X教发〔2024〕1号\n"
    path = write(tmp_path, "report.yaml", text)
    lines = text.split("\n")
    flagged = [f for f in check_file(path).findings if f.finding.rule == "issuer-mismatch"]
    assert [lines[f.place.line - 1].split(":")[0].strip() for f in flagged] == [{"title": "title", "letterhead": "mark"}[key] for key in found]
    assert all("XX县教育局" in f.finding.message for f in flagged)


@pytest.mark.parametrize("title, date, flagged", [
    ("XX县教育局关于2023年工作情况的报告", "2024-01-10", False),
    ("XX县教育局关于2023年工作情况的报告", "2023-12-15", False),  # a report at the year's end
    ("XX县教育局关于2023年工作情况的报告", "2022-12-15", True),  # last year's date left in
    ("XX县关于2022—2023学年度教育工作考核自查自评情况的报告", "2022-09-20", True),
    ("XX县关于2022—2023学年度教育工作考核自查自评情况的报告", "2023-09-20", False),
    ("XX县教育局关于工作情况的报告", "2020-01-01", False),
])
def test_a_date_before_the_titles_year_is_flagged(tmp_path, title, date, flagged):
    text = MINIMAL.replace("title: XX县教育局关于2023年工作情况的报告", f"title: {title}").replace("date: 2024-05-10", f"date: {date}")
    found = [f for f in check_file(write(tmp_path, "report.yaml", text)).findings if f.finding.rule == "date-before-title"]
    assert bool(found) == flagged
    assert all(text.split("\n")[f.place.line - 1].startswith("date:") for f in found)


def test_build_warns_of_a_name_or_date_that_disagrees_and_strict_refuses(tmp_path):
    text = MINIMAL.replace("title: XX县教育局关于2023年", "title: YY县教育局关于2023年").replace("date: 2024-05-10", "date: 2022-05-10")
    data = write(tmp_path, "report.yaml", text)
    built = drafter("build", data, "-o", "r.docx", cwd=tmp_path)
    assert built.returncode == 0 and (tmp_path / "r.docx").exists()
    assert "report.yaml:1:8: 警告：「YY县教育局」" in built.stderr and "report.yaml:4:7: 警告：成文日期是 2022 年" in built.stderr
    strict = drafter("build", data, "-o", "s.docx", "--strict", cwd=tmp_path)
    assert strict.returncode == 2 and not (tmp_path / "s.docx").exists()


@pytest.mark.parametrize("title, flagged", [("XX县教育局关于2023年工作情况的报告", False), ("XX县教育局关于2023年工作的自查报告", False),
                                            ("XX县教育局关于2023年工作情况的汇报", True), ("XX县教育局2023年教育工作总结", True)])
def test_a_title_ends_with_its_genre(tmp_path, title, flagged):
    text = MINIMAL.replace("title: XX县教育局关于2023年工作情况的报告", f"title: {title}")
    found = [f for f in check_file(write(tmp_path, "report.yaml", text)).findings if f.finding.rule == "title-genre"]
    assert bool(found) == flagged and all(f.place.line == 1 for f in found)
