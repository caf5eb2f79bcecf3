"""Lint rules, one table of cases each: what must be found, and what a careful editor would leave alone."""

import pytest

from drafter.lint.registry import Paragraph, RuleSet
from drafter.lint.rules import lint

# Legitimate reduplication, idioms and word boundaries that repeat a character: never a doubled-word finding.
LEGITIMATE = """
常常 渐渐 人人 年年 天天 处处 事事 个个 家家 户户 时时 刻刻 步步 层层 条条 件件 样样 村村 校校 班班 县县 乡乡 代代 世世
紧紧 牢牢 稳稳 深深 久久 慢慢 好好 早早 高高 远远 轻轻 悄悄 默默 静静 匆匆 纷纷 频频 屡屡 仅仅 刚刚 偏偏 明明 往往 恰恰
研究研究 学习学习 讨论讨论 考虑考虑 商量商量 介绍介绍 交流交流 检查检查 休息休息 活动活动 锻炼锻炼 整理整理 雪白雪白 通红通红
明明白白 高高兴兴 干干净净 清清楚楚 认认真真 踏踏实实 实实在在 的的确确 和和气气 和和美美 扎扎实实 兢兢业业 勤勤恳恳 平平安安
方方面面 时时刻刻 家家户户 世世代代 子子孙孙 原原本本 轰轰烈烈 红红火火 是是非非 不了了之 了了分明 井井有条 津津乐道
欣欣向荣 蒸蒸日上 彬彬有礼 滔滔不绝 念念不忘 息息相关 谆谆教诲 孜孜不倦 振振有词 面面俱到 源源不断 生生不息 脉脉含情
一个一个 一步一步 一天一天 一年一年 一点一点
学校校风 教职工工作 师生生命 幼儿园园位 中小学学位 今年年初 校校通 班班通 人人通 会议议事 11个个人 教师师德 学生生活
为了了解 除了了解 达到目的的手段 有的的确如此 他说的的确是实话 现在在校学生 存在在所难免 正在在建项目 等等
""".split()


@pytest.mark.parametrize("text", LEGITIMATE)
def test_legitimate_reduplication_is_not_flagged(text):
    assert [f for f in lint([Paragraph(text)]) if f.rule == "doubled-word"] == []


def test_the_legitimate_list_is_long_enough():
    assert len(LEGITIMATE) >= 100


CASES = [
    # rule, text, the offending text found, its replacement (None when the fix needs judgment)
    ("doubled-word", "完成了不少于10%的的目标。", "的的", "的"),
    ("doubled-word", "主体已完工，正在正在二次结构施工。", "正在正在", "正在"),
    ("doubled-word", "我们了了这件事。", "了了", "了"),
    ("doubled-word", "加强与与协调。", "与与", "与"),
    ("nested-book-title", "制定《贯彻落实《意见》的方案》。", "《", "〈"),
    ("unbalanced-mark", "按照《通知要求，", "《", None),
    ("unbalanced-mark", "坚持“问题导向。", "“", None),
    ("unbalanced-mark", "（一）总体情况）", "）", None),
    ("unbalanced-mark", "“开展《读书》活动”）", "）", None),
    ("wenhao-brackets", "按照陵政发【2021】12号文件", "【2021】", "〔2021〕"),
    ("wenhao-brackets", "按照陵政发[2021]12号文件", "[2021]", "〔2021〕"),
    ("wenhao-brackets", "按照陵政发(2021)12号文件", "(2021)", "〔2021〕"),
    ("half-width-punctuation", "加强领导,落实责任", ",", "，"),
    ("half-width-punctuation", "主要做法如下:一是", ":", "："),
    ("half-width-punctuation", "县(区)政府", "(", "（"),
    ("half-width-punctuation", "县(区)政府", ")", "）"),
    ("half-width-punctuation", "是否落实?", "?", "？"),
    ("mixed-percent", "覆盖率达95％，巩固率达98%，入学率100％。", "%", "％"),
    ("range-connector", "2022－2023学年度", "－", "—"),
    ("range-connector", "三年行动计划（2023-2025年）", "-", "—"),
    ("range-connector", "占比为63%-68%。", "-", "～"),
    ("space-in-text", "全县 共有学校48所。", " ", ""),
    ("space-in-text", "投入资金10 万元。", " ", ""),
    ("traditional-char", "加強教師隊伍建設，體育課開齊開足。", "體", "体"),
    ("traditional-char", "市教育局指導", "導", "导"),
    ("marker-form", "(一)总体情况", "(一)", "（一）"),
    ("marker-form", "一.总体情况", "一.", "一、"),
    ("marker-form", "1、学前教育", "1、", "1."),
    ("marker-form", "（一）、总体情况", "（一）、", "（一）"),
    ("marker-form", "(1)普惠园", "(1)", "（1）"),
    ("growth-mismatch", "教育支出24303万元，较上年增长1720万元，增长率9.6％。", "9.6", None),
    ("points-mismatch", "合格率由40.5%提高到47.31%，提高7.65个百分点。", "7.65", None),
    ("percent-for-points", "合格率由40.5%提高到47.31%，提高了6.81%。", "6.81%", "6.81个百分点"),
    ("two-digit-year", "于23年5月完成验收。", "23年", "2023年"),
    ("impossible-date", "于2024年2月30日召开推进会。", "2024年2月30日", None),
    ("impossible-date", "2023年2月29日完成验收。", "2023年2月29日", None),  # 2023 was no leap year
    ("impossible-date", "4月31日前完成摸底。", "4月31日", None),
    ("impossible-date", "计划于2024年13月启用。", "2024年13月", None),
    ("impossible-date", "二〇二三年二月二十九日", "二〇二三年二月二十九日", None),
    ("impossible-date", "于３月３２日前完成。", "３月３２日", None),
]


@pytest.mark.parametrize("rule, text, found, fix", CASES, ids=[f"{c[0]}:{c[1][:10]}" for c in CASES])
def test_each_rule_finds_its_mistake_with_a_fix(rule, text, found, fix):
    findings = [f for f in lint([Paragraph(text)]) if f.rule == rule]
    assert any(f.text == found and f.replacement == fix for f in findings), findings
    assert all(text[f.offset:f.offset + len(f.text)] == f.text for f in findings)


CLEAN = [
    "按照市教育局《关于开展自查工作的通知》（市教发〔2023〕12号）要求，",
    "深入贯彻落实《庆阳市落实〈民办学校党建工作重点任务〉责任清单》。",
    "教育支出24303万元，较去年同期增长1720万元，增长率7.6％。",
    "成绩合格率由39.66%提高到47.31%，提高7.65个百分点。",
    "共投入1,000万元，于10:30召开会议。",
    "“喜迎二十大 培根铸魂育新人”主题活动",
    "2022—2023学年度，覆盖率达63%～68%。",
    "工作23年以来，连续23年获评先进。",
    "张三 (Zhang San) attended.",
    "2024年2月29日、2月29日、二〇二四年二月二十九日召开会议，1—12月、2022年1月1日—12月31日、10月份。",  # leap years and ranges
]


@pytest.mark.parametrize("text", CLEAN)
def test_correct_text_gives_no_finding(text):
    assert lint([Paragraph(text)]) == []


def texts(*lines):
    return [Paragraph(line) for line in lines]


@pytest.mark.parametrize("lines, rule, paragraph, found", [
    (("一、甲", "二、乙", "四、丁"), "numbering-gap", 2, "四、"),
    (("一、甲", "二、乙", "二、丙"), "numbering-repeat", 2, "二、"),
    (("一、甲", "（一）子", "（三）子", "二、乙"), "numbering-gap", 2, "（三）"),
    (("一、甲", "（一）子", "（二）子", "二、乙", "（一）子", "（二）子"), None, None, None),
    (("一是甲。二是乙。四是丁。",), "numbering-gap", 0, "四是"),
    (("一是甲；", "二是乙；", "四是丁。"), "numbering-gap", 2, "四是"),
    (("一、甲", "（一）唯一的子项", "二、乙"), "single-child", 1, "（一）"),
])
def test_typed_numbering_runs_without_gaps(lines, rule, paragraph, found):
    findings = [f for f in lint(texts(*lines)) if f.rule in ("numbering-gap", "numbering-repeat", "single-child")]
    if rule is None:
        assert findings == []
    else:
        assert [(f.rule, f.paragraph, f.text) for f in findings] == [(rule, paragraph, found)]


def test_rules_can_be_switched_off():
    paragraph = [Paragraph("完成了的的目标,并")]
    assert {f.rule for f in lint(paragraph)} == {"doubled-word", "half-width-punctuation"}
    assert {f.rule for f in lint(paragraph, RuleSet({"doubled-word"}))} == {"half-width-punctuation"}


def test_data_headings_with_typed_markers_are_flagged():
    findings = lint([Paragraph("一、坚持党的领导", kind="heading", markers_generated=True)])
    assert [(f.rule, f.text, f.replacement) for f in findings] == [("hand-typed-marker", "一、", "")]
    points = lint([Paragraph("二是多方支持", kind="point", markers_generated=True)])
    assert [(f.rule, f.text) for f in points] == [("hand-typed-marker", "二是")]


def reported_rules(tree) -> set[str]:
    """The rule ids a module's code reports: the first argument of each ``Finding`` and the ``rule``
    (last) of each ``Problem``, as written or through a name assigned in the same function."""
    import ast

    def strings(node, scope) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return strings(node.body, scope) | strings(node.orelse, scope)
        if isinstance(node, ast.Name):
            return {s for n in ast.walk(scope) if isinstance(n, ast.Assign) and any(getattr(t, "id", None) == node.id for t in n.targets) for s in strings(n.value, scope)}
        return set()

    found = set()
    for function in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Module))]:
        for call in [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]:
            if call.func.id == "Finding" and call.args:
                found |= strings(call.args[0], function)
            elif call.func.id == "Problem" and len(call.args) >= 4:  # (source, message, line, column, rule), or *where
                found |= strings(call.args[-1], function)
    return found


def test_the_registry_declares_every_rule_the_code_reports_and_no_other():
    """One registry: every id a finding or a data problem carries is declared once, with its level and
    fix, and every declared id is reported somewhere (no rule left behind when its code goes)."""
    import ast
    import importlib
    from pathlib import Path

    importlib.import_module("drafter.lint.check")  # declares the text's and the data file's own rules
    from drafter.lint.registry import RULES

    package = Path(__file__).resolve().parent.parent / "drafter"
    reported = set()
    for path in [*package.glob("lint/*.py"), package / "data" / "structure.py"]:
        reported |= reported_rules(ast.parse(path.read_text(encoding="utf-8")))
    reported |= {"scheme", "metric", "figure-mismatch", "unused-part", "template"}  # the build's own errors, as check reports them
    assert reported - {"structure"} - set(RULES) == set()  # a structure problem is an error of the data: check reports it as "data"
    assert set(RULES) - reported == set()


def test_a_finding_with_a_fix_belongs_to_a_rule_declared_with_one():
    from conftest import CORPUS
    from drafter.lint.registry import RULES

    findings = [f for path in sorted(CORPUS.glob("*.txt")) for f in lint([Paragraph(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()])]
    assert findings
    assert all(RULES[f.rule].fix for f in findings if f.replacement)
    assert {f.severity for f in findings} <= {"error", "warning", "info"}
