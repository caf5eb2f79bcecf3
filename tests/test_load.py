"""Bad data gets one located, plain-words problem per mistake; good data loads with its marks."""

import pytest
from hypothesis import given, settings, strategies as st

from drafter.errors import DrafterError
from drafter.data.load import load_report, parse_report

from conftest import MINIMAL, ROOT


def problems_of(path):
    with pytest.raises(DrafterError) as caught:
        load_report(path)
    return caught.value.problems


CASES = [
    # (what is wrong, YAML, where the first problem is: (line, the text it points at), words the message must contain)
    ("tab indentation", MINIMAL.replace("    heading", "\theading"), (7, "\theading"), "制表符"),
    ("unclosed quote", MINIMAL.replace("issuer: XX县教育局", 'issuer: "XX县教育局'), None, "YAML 语法错误"),
    ("unknown field with a near name", MINIMAL.replace("recipient:", "recipent:"), (3, "recipent"), "是不是「recipient」"),
    ("unknown part", MINIMAL.replace("  achievements:", "  achievments:"), (6, "achievments"), "achievements"),
    ("missing field", MINIMAL.replace("recipient: 县人民政府\n", ""), (1, "title"), "缺少必填字段「recipient」"),
    ("wrong type", MINIMAL.replace("date: 2024-05-10", "date: [2024]"), (4, "[2024]"), "date"),
    ("bad date", MINIMAL.replace("date: 2024-05-10", "date: 24年5月10日"), (4, "24年"), "2024年5月10日"),
    ("score as text", MINIMAL + "self_score: 九十八\n", (10, "九十八"), "数字"),
    ("heading over two lines", MINIMAL.replace("heading: 工作开展基本情况", 'heading: "工作\\n情况"'), (7, '"工作'), "一行"),
    ("duplicate key", MINIMAL + "issuer: 另一个\n", (10, "issuer"), "重复"),
    ("empty item", MINIMAL.replace("      - 一段正文。", "      - {}"), (9, "{}"), "是空的"),
    ("run_in without heading", MINIMAL.replace("      - 一段正文。", "      - {text: 甲, run_in: true}"), (9, "run_in"), "run_in"),
    ("five levels", MINIMAL.replace("      - 一段正文。", "      - {heading: a, content: [{heading: b, content: [{heading: c, content: [{heading: d}]}]}]}"), (9, "heading: d"), "最多四层"),
    ("level not deeper", MINIMAL.replace("      - 一段正文。", "      - {heading: a, content: [{heading: b, level: 1}]}"), (9, "level"), "level"),
    ("no content at all", MINIMAL.replace("      - 一段正文。", "      []").replace("    content:\n", "    content:"), (5, "parts"), "没有任何内容"),
    ("a list instead of a mapping", "- title\n", (1, "- title"), "映射"),
    ("empty file", "", None, "空的"),
    ("no such day", MINIMAL.replace("date: 2024-05-10", "date: 2023年2月29日"), (4, "2023"), "不存在"),
    ("control character", MINIMAL.replace("一段正文。", "一段\x1f正文。"), (9, "\x1f"), "控制字符"),
    ("yes is not text", MINIMAL.replace("issuer: XX县教育局", "issuer: yes"), (2, "yes"), "文字"),
    # a 版记's rows have exact heights: what would not fit them would not be printed
    ("印发机关 too long for its line", MINIMAL + "record: {printer: " + "很长的印发机关名称" * 3 + ", printed: 2024-05-10}\n", (10, "很长"), "同一行"),
    ("抄送 too long for a page's foot", MINIMAL + "record: {cc: [" + ", ".join(f"第{n}个单位办公室" for n in range(40)) + "], printer: 县教育局办公室, printed: 2024-05-10}\n",
     (10, "[第0"), "最多 10 行"),
    ("印发日期 written as text, no such day", MINIMAL + "record: {printer: 县教育局办公室, printed: '2024-02-30'}\n", (10, "'2024-02-30'"), "不存在"),
]


@pytest.mark.parametrize("what, text, where, words", CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_located_and_explained(write_data, what, text, where, words):
    path = write_data(text)
    problems = problems_of(path)
    first = problems[0]
    assert first.file == str(path)
    if where:
        line, token = where
        assert (first.line, first.column) == (line, text.split("\n")[line - 1].index(token) + 1), first
    assert words in " ".join(p.message for p in problems)


def test_all_mistakes_are_reported_at_once(write_data):
    text = MINIMAL.replace("recipient:", "recipent:").replace("date: 2024-05-10", "date: 昨天")
    problems = problems_of(write_data(text))
    assert {p.line for p in problems} == {3, 4}
    assert len([p for p in problems if "recipient" in p.message]) >= 1


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes(MINIMAL.encode("gbk"))
    first = problems_of(path)[0]
    assert first.line == 1 and "UTF-8" in first.message


@pytest.mark.parametrize("content, words", [(b"title: a\x00\n", "空字符"), (b"\xff\xfe\x00\x01binary", "UTF-8")])
def test_binary_files_are_refused_plainly(tmp_path, content, words):
    path = tmp_path / "binary.yaml"
    path.write_bytes(content)
    assert words in problems_of(path)[0].message


def test_alias_bomb_is_refused_without_expanding_it(write_data):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 10) + "]\n"
    message = " ".join(p.message for p in problems_of(write_data(bomb)))
    assert "锚点" in message


def test_python_objects_are_not_constructed(write_data):
    problems = problems_of(write_data("title: !!python/object/apply:os.system ['echo hi']\n"))
    assert "YAML" in problems[0].message


def test_missing_file_is_a_problem_not_a_traceback(tmp_path):
    assert "找不到" in problems_of(tmp_path / "nope.yaml")[0].message


def test_marks_point_at_values():
    report = parse_report(MINIMAL, "x.yaml")
    assert report.where(("parts", "achievements", "content", 0)) == (9, 9)
    assert report.values["date"] == "2024-05-10"


def test_generated_validator_is_current_with_the_schema():
    from drafter.data.schema import validator_code

    def without_version(code):
        return [line for line in code.split("\n") if not line.startswith("VERSION = ")]

    from drafter.data.schema import GENERATED_CHECKS

    for name, schema in GENERATED_CHECKS.items():
        current = (ROOT / "drafter" / "data" / name).read_text(encoding="utf-8")
        assert without_version(current) == without_version(validator_code(schema)), "regenerate: python -c 'from drafter.data.schema import write_validator; write_validator()'"


def jsonschema_accepts(values) -> bool:
    from drafter.data.schema import report_validator

    return not list(report_validator().iter_errors(values))


@pytest.mark.parametrize("what, text, where, words", CASES, ids=[c[0] for c in CASES])
def test_fast_gate_agrees_with_jsonschema_on_every_bad_case(what, text, where, words):
    import yaml

    from drafter.data.schema import passes_schema_quickly

    try:
        values = yaml.safe_load(text)
    except yaml.YAMLError:
        return
    if isinstance(values, dict) and "date" in values:
        values["date"] = str(values["date"])
    assert passes_schema_quickly(values) == jsonschema_accepts(values)


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.floats(allow_nan=False), st.text(max_size=5), st.just("2024-05-10"), st.just("甲\n乙"))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(
    ["heading", "text", "points", "content", "run_in", "level", "layout", "x", "title", "issuer", "number"]), inner, max_size=4)), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fast_gate_agrees_with_jsonschema_on_mutated_reports(data):
    import yaml

    from drafter.data.schema import passes_schema_quickly

    values = yaml.safe_load(MINIMAL)
    values["date"] = "2024-05-10"
    paths = [("title",), ("issuer",), ("date",), ("parts",), ("parts", "achievements"), ("parts", "achievements", "content"),
             ("parts", "achievements", "heading"), ("notices",), ("self_score",), ("closing",), ("preface",)]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        target = values
        for key in path[:-1]:
            target = target.setdefault(key, {}) if isinstance(target, dict) else {}
        if isinstance(target, dict):
            target[path[-1]] = data.draw(_VALUES)
    assert passes_schema_quickly(values) == jsonschema_accepts(values)


_SCHEME_KEYS = ["id", "name", "level", "notice", "part", "parts", "leaves", "score_table", "score_note", "template", "part_heading", "indicators", "x"]
_INDICATOR_KEYS = ["code", "title", "max", "guidance", "indicators", "x"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_generated_scheme_check_agrees_with_jsonschema_on_mutated_schemes(data):
    """A scheme that passes the generated check is one jsonschema accepts: build skips jsonschema
    (30 ms of a cold start) for a scheme that passes, and words the problems of one that does not."""
    import yaml

    from drafter.data import scheme_validator as generated
    from drafter.data.schema import passes_schema_quickly
    from drafter.data.scheme import scheme_validator

    values = yaml.safe_load((ROOT / "templates" / "county-annual-assessment" / "scheme.yaml").read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 3))):
        if data.draw(st.booleans()):
            values[data.draw(st.sampled_from(_SCHEME_KEYS))] = data.draw(_VALUES)
        else:
            node = values["indicators"][data.draw(st.integers(0, len(values["indicators"]) - 1))] if isinstance(values.get("indicators"), list) and values["indicators"] else {}
            if isinstance(node, dict) and isinstance(node.get("indicators"), list) and node["indicators"] and data.draw(st.booleans()):
                node = node["indicators"][0]
            if isinstance(node, dict):
                node[data.draw(st.sampled_from(_INDICATOR_KEYS))] = data.draw(_VALUES)
    assert passes_schema_quickly(values, generated) == (not list(scheme_validator().iter_errors(values)))


def test_a_whole_number_too_long_for_a_float_is_a_located_problem():
    from drafter.errors import DrafterError
    from drafter.data.load import parse_report

    with pytest.raises(DrafterError) as caught:
        parse_report(MINIMAL + "metrics:\n  x: {value: " + "9" * 400 + "}\n", "x.yaml")
    assert "无法使用" in caught.value.problems[0].message and caught.value.problems[0].line == 11
