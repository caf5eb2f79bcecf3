"""Templates: data comes out exactly as written, template mistakes name the template line, the sandbox holds."""

import re

import pytest

from drafter.errors import DrafterError
from drafter.pipeline import build_report

from conftest import MINIMAL

VERBATIM = ["**市", "# 标题", "1. 第一条", "{{ x }}", "{% if %}", "<b>加粗</b>", "　　前面两个全角空格", "@p 不是指令", "@end",
            "A&amp;B", "a\\nb", "&lt;", "- 列表", "> 引用", "`代码`", "\\@", "100%"]


def body_texts(path, template_dirs=()):
    report = build_report(path, template_dirs)
    return [line.text for line in report.numbered.lines if line.kind == "body"]


@pytest.mark.parametrize("value", VERBATIM)
def test_data_values_come_out_as_written(write_data, value):
    quoted = value.replace("\\", "\\\\").replace('"', '\\"')
    text = MINIMAL.replace("      - 一段正文。", f'      - "{quoted}"\n      - {{heading: "{quoted}", text: "{quoted}", points: ["{quoted}"]}}')
    report = build_report(write_data(text))
    texts = [line.text for line in report.numbered.lines]
    assert value in texts
    assert any(text.startswith("（一）" + value) for text in texts)
    assert any(text.endswith(value) or value + "。" in text for text in texts if not text.startswith("（一）"))


def test_multi_line_text_becomes_paragraphs(write_data):
    text = MINIMAL.replace("      - 一段正文。", "      - |\n        第一段。\n\n        第二段。")
    assert body_texts(write_data(text))[0:2] == ["第一段。", "第二段。"]


def test_parts_come_in_the_order_the_data_gives_and_empty_parts_are_skipped(write_data):
    """The body is the data's order (issue 29): a clerk who writes 下一步 before 存在问题 gets that order."""
    text = MINIMAL + """\
  next_steps:
    heading: 下一步工作打算
    content: [打算。]
  problems:
    heading: 存在的问题
    content: [问题。]
  experience:
    heading: 经验做法
    content: []
"""
    report = build_report(write_data(text))
    headings = [line.text for line in report.numbered.lines if line.kind == "heading1"]
    assert headings == ["一、工作开展基本情况", "二、下一步工作打算", "三、存在的问题"]


def test_opening_cites_the_notice_with_its_number_and_the_score(write_data):
    text = MINIMAL + """\
notices:
  - {issuer: 市教育局, title: 关于开展2023年度自查自评工作的通知, number: 市教发〔2023〕12号}
opening: 我县认真开展了自查自评。
self_score: 97.5
"""
    first = body_texts(write_data(text))[0]
    assert first == "按照市教育局《关于开展2023年度自查自评工作的通知》（市教发〔2023〕12号）要求，我县认真开展了自查自评，自评得分为97.5分。现将有关情况报告如下："


def test_closing_signature_and_date(write_data):
    report = build_report(write_data(MINIMAL))
    kinds = [(line.kind, line.text) for line in report.numbered.lines[-3:]]
    assert kinds == [("body", "特此报告。"), ("signature", "XX县教育局"), ("date", "2024年5月10日")]


def test_a_user_template_folder_takes_precedence(write_data, tmp_path):
    mine = tmp_path / "mine"
    (mine / "fragments").mkdir(parents=True)
    (mine / "fragments" / "closing.j2").write_text("@p 以上报告，请审阅。\n", encoding="utf-8")
    texts = body_texts(write_data(MINIMAL), (str(mine),))
    assert texts[-1] == "以上报告，请审阅。"


@pytest.mark.parametrize("value", ["A&B", "A&amp;B", "&lt;b&gt;文", "<b>", "1 < 2 & 3 > 2", "无实体"])
def test_a_set_block_keeps_the_datas_characters_through_the_filters(write_data, tmp_path, value):
    # a {% set %} block is Markup, escaped once already: sentence and clause must unescape it once
    mine = tmp_path / "mine"
    (mine / "fragments").mkdir(parents=True)
    (mine / "fragments" / "closing.j2").write_text(
        "{% set it %}{{ title }}{% endset %}@p {{ it|sentence }}\n@p {{ it|clause }}，完。\n", encoding="utf-8")
    quoted = value.replace('"', '\\"')
    text = re.sub(r"^title: .*$", f'title: "{quoted}"', MINIMAL, count=1, flags=re.M)
    texts = body_texts(write_data(text), (str(mine),))
    assert texts[-2:] == [value + "。", value + "，完。"]


def test_a_scheme_template_extends_the_base(write_data, tmp_path):
    folder = tmp_path / "t" / "myscheme"
    folder.mkdir(parents=True)
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}{% block closing %}@p 专此报告。\n{% endblock %}', encoding="utf-8")
    path = write_data(MINIMAL + "template: myscheme/report.j2\n")
    assert body_texts(path, (str(tmp_path / "t"),))[-1] == "专此报告。"


def template_problem(tmp_path, write_data, source):
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "bad.j2").write_text(source, encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        build_report(write_data(MINIMAL + "template: bad.j2\n"), (str(folder),))
    return caught.value.problems[0]


@pytest.mark.parametrize("source, line, words", [
    ("@title {{ title }}\n@p {{ recipent }}\n", 2, "recipent"),
    ("@title {{ title }}\n\n{% if %}\n", 3, "语法错误"),
    ("@title x\n@p {{ ''.__class__.__mro__[1].__subclasses__() }}\n", 2, "沙箱"),
    ("@title x\n@p {{ title.__class__ }}\n", 2, None),
    ("@title x\n@p {{ '{0.__class__.__mro__}'.format(title) }}\n", 2, "沙箱"),
    ("@title x\n@p {{ lipsum.__globals__['os'] }}\n", 2, None),
    ("@title x\n@p {{ self.__init__.__globals__ }}\n", 2, None),
    ("@title x\n@p {{ 'x' * 10**9 }}\n", 2, "沙箱"),
    ("@title x\n@p {{ [0] * 10**9 }}\n", 2, "沙箱"),
    ("@title x\n@p {{ 2 ** 100000000 }}\n", 2, "沙箱"),
    ("@title x\n@p {{ parts.achievements.heding }}\n", 2, "heding"),  # a mapping's missing key
    ("@title x\n@p {{ parts.achievements.__class__.__mro__ }}\n", 2, None),
])
def test_template_mistakes_name_the_template_and_line(tmp_path, write_data, source, line, words):
    problem = template_problem(tmp_path, write_data, source)
    assert problem.file.endswith("bad.j2") and problem.line == line
    if words:
        assert words in problem.message


def test_template_cannot_change_the_data(tmp_path, write_data):
    problem = template_problem(tmp_path, write_data, "{{ parts.achievements.content.append('x') }}\n")
    assert "沙箱" in problem.message


def test_huge_ranges_are_refused(tmp_path, write_data):
    problem = template_problem(tmp_path, write_data, "@title x\n{% for i in range(10**9) %}@p x\n{% endfor %}\n")
    assert problem.file.endswith("bad.j2") and problem.line == 2


def test_text_outside_a_directive_is_a_template_problem(tmp_path, write_data):
    problem = template_problem(tmp_path, write_data, "@title x\n{{ parts.achievements.heading }}\n")
    assert problem.line == 2 and "指令" in problem.message


def test_a_part_the_template_does_not_print_is_an_error_not_a_loss(write_data, tmp_path):
    """A template that prints only some parts (its own ``body``) loses none in silence: each part with
    content it leaves out, known or custom, is an error at its key."""
    folder = tmp_path / "house"
    (folder / "narrow").mkdir(parents=True)
    (folder / "narrow" / "report.j2").write_text('{% extends "base/report.j2" %}{% block body %}{% import "fragments/items.j2" as items %}'
                                                 "{{ items.part(parts.achievements) }}{% endblock %}\n", encoding="utf-8")
    text = MINIMAL + "  rectification:\n    content: [整改。]\n  situation:\n    heading: 基本情况\n    content: [概况。]\ntemplate: narrow/report.j2\n"
    with pytest.raises(DrafterError) as caught:
        build_report(write_data(text), (str(folder),))
    left_out = {p.line: p.message for p in caught.value.problems}
    assert set(left_out) == {10, 12} and "rectification" in left_out[10] and "situation" in left_out[12] and "丢失" in left_out[12]


def test_the_base_template_prints_every_part_the_data_has(write_data):
    text = MINIMAL + "  rectification:\n    heading: 整改情况\n    content: [整改。]\n  situation:\n    heading: 基本情况\n    content: [概况。]\n"
    report = build_report(write_data(text))
    assert [line.text for line in report.numbered.lines if line.kind == "heading1"] == ["一、工作开展基本情况", "二、整改情况", "三、基本情况"]


def test_missing_template_is_located_at_the_template_field(write_data):
    with pytest.raises(DrafterError) as caught:
        build_report(write_data(MINIMAL + "template: nope/report.j2\n"))
    assert caught.value.problems[0].line == 10


def test_compiled_template_cache_gives_the_same_report(write_data, tmp_path, monkeypatch):
    from drafter.assemble.compose import environment

    path = write_data(MINIMAL)
    results = []
    for folder in ("", str(tmp_path / "cache"), str(tmp_path / "cache")):
        monkeypatch.setenv("DRAFTER_CACHE_DIR", folder)
        environment.cache_clear()
        results.append([line.text for line in build_report(path).numbered.lines])
    environment.cache_clear()
    assert results[0] == results[1] == results[2]
    assert any((tmp_path / "cache").rglob("*.cache"))


# fragments/items.j2's item macro as it was in Jinja, before drafter.assemble.compose.item_markup took its place.
ITEM_MACRO = """\
{% macro item(it) %}
{% if it is string %}
@p {{ it }}
{% else %}
{% set points = it.points | default([]) | point_texts %}
{% if it.heading is defined %}
@{{ "runin" if it.run_in | default(false) else "heading" }}{% if it.level is defined %}:{{ it.level }}{% endif %} {% if it.score_note is defined %}{{ it.heading | clause }}{{ it.score_note }}{% else %}{{ it.heading }}{% endif %}

{% endif %}
{% if it.text | default("") or points %}
@p {{ it.text | default("") }}
{% endif %}
{% for point in points %}
@point{% if it.layout | default("inline") == "paragraphs" %}:para{% endif %} {{ point }}
{% endfor %}
{% for child in it.content | default([]) %}
{{ item(child) }}
{% endfor %}
{% if it.heading is defined %}
@end
{% endif %}
{% endif %}
{% endmacro %}
"""


@pytest.mark.parametrize("it", [
    "一段正文。", "带 & < > @ # {{ x }} 的\n两行\r文字", 5, None, [1],
    {"heading": "标题&<>@#", "score_note": "（得分5分）", "level": 2, "run_in": True, "text": "a&b", "layout": "paragraphs",
     "points": ["一", "", {"text": "二"}, {"text": ""}], "content": ["x", {"text": "y"}, 3, None]},
    {"heading": "标题", "text": "正文", "points": ["甲", "乙"], "content": [{"heading": "下级", "run_in": 1, "content": [{"heading": "再下级"}]}]},
    {"heading": None}, {"text": None}, {"heading": "h", "run_in": 0}, {"text": "", "points": []}, {"level": 3}, {"points": ["只有要点"]},
])
def test_the_python_item_writer_prints_what_the_jinja_macro_printed(it):
    from drafter.assemble.compose import as_data, environment, item_markup

    macro = environment(()).from_string(ITEM_MACRO).module.item
    assert str(item_markup(as_data(it))) == str(macro(as_data(it)))


def test_the_cache_folder_is_the_users_unless_turned_off_or_not_to_be_had(tmp_path, monkeypatch):
    from drafter.places import cache_folder

    monkeypatch.delenv("DRAFTER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder("fonts") == tmp_path / "xdg" / "drafter" / "fonts" and (tmp_path / "xdg" / "drafter" / "fonts").is_dir()
    monkeypatch.setenv("DRAFTER_CACHE_DIR", "")
    assert cache_folder("fonts") is None  # turned off
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "file"))
    assert cache_folder("fonts") is None  # cannot be made: what it would hold is made afresh


@pytest.mark.parametrize("templates, words", [
    ({"loop": '{% extends "loop/report.j2" %}'}, "loop/report.j2 → loop/report.j2"),
    ({"a": '{% extends "b/report.j2" %}', "b": '{% extends "a/report.j2" %}'}, "a/report.j2 → b/report.j2 → a/report.j2"),
    ({"a": '{% extends "base/report.j2" %}{% block closing %}{{ 1 / 0 }}{% endblock %}'}, "除以了零"),
    ({"a": '{% extends "base/report.j2" %}{% block closing %}{{ "年" + 1 }}{% endblock %}'}, "不能一起运算"),
], ids=["extends itself", "two extend each other", "divides by zero", "adds text and a number"])
def test_a_template_that_goes_wrong_is_told_in_words_not_python(write_data, tmp_path, templates, words):
    """A template that extends itself said 「RecursionError: maximum recursion depth」; the others gave
    Python's class names (ZeroDivisionError, TypeError). Each is worded for whoever edits the template (issue 31)."""
    folder = tmp_path / "house"
    for key, text in templates.items():
        (folder / key).mkdir(parents=True)
        (folder / key / "report.j2").write_text(text + "\n", encoding="utf-8")
    path = write_data(MINIMAL + f"template: {next(iter(templates))}/report.j2\n")
    with pytest.raises(DrafterError) as caught:
        build_report(path, (str(folder),))
    message = caught.value.problems[0].message
    assert words in message and not re.search(r"[A-Z][a-z]+Error|recursion", message), message
