"""Figures that write themselves: filters and placeholders, stated growth checked, next year's file."""

import datetime

import pytest
import yaml
from hypothesis import given, strategies as st

from drafter.drafting.carry_over import carried_over, next_year
from drafter.lint.check import check_file
from drafter.errors import DrafterError
from drafter.assemble.figures import Metric, cn_number, date_cn, money, number, percent, school_year
from drafter.pipeline import build_report

from conftest import MINIMAL, ROOT

COUNTY = ROOT / "examples" / "county-annual-assessment-2022-2023.yaml"


def test_amounts_change_by_percent_and_rates_by_percentage_points():
    spending = Metric("教育支出", 24303, 22583, "万元")
    assert spending.change() == "较上年增长7.62%"
    assert spending.change_amount() == "较上年增长1720万元"
    assert Metric("x", 90, 100, "人").change() == "较上年下降10%"
    assert Metric("x", 100, 100, "人").change() == "与上年持平"
    rate = Metric("合格率", 47.31, 39.66, "％", kind="rate")
    assert rate.change() == "较上年提高7.65个百分点"
    assert Metric("x", 30.5, 32, "%", kind="rate").change() == "较上年降低1.5个百分点"
    assert "百分之" not in rate.change() and not rate.change().endswith("%")


@given(st.floats(0.01, 10**6), st.floats(0.01, 10**6))
def test_a_rate_change_never_speaks_of_percent(value, previous):
    phrase = Metric("x", value, previous, "%", kind="rate").change()
    assert phrase == "与上年持平" or phrase.endswith("个百分点")


def test_numbers_money_percentages_and_dates_as_reports_write_them():
    assert number(7.625) == "7.63"  # 四舍五入, not banker's rounding
    assert number(24303) == "24303" and number(1234567.5, 1) == "1234567.5"  # no grouping
    assert percent(7.6, 2, fixed=True) == "7.60%" and percent(47.31, sign="％") == "47.31％"
    assert money(24303) == "2.43亿元" and money(8600, "元") == "8600元" and money(3.45) == "3.45万元"
    assert money(125000, "元") == "12.5万元"
    assert date_cn("2024-05-10") == "2024年5月10日" and date_cn(datetime.date(2023, 12, 1)) == "2023年12月1日"
    assert school_year(2022) == "2022—2023学年度"
    assert cn_number(6) == "六" and cn_number(11) == "十一"


def test_placeholders_in_the_data_write_the_corpus_phrases():
    body = [line.text for line in build_report(COUNTY).numbered.lines]
    assert any("人均428.1分，较上年提高26.19分；成绩合格率47.31％，较上年提高7.65个百分点；优秀率12.72％，较上年提高4.61个百分点。" in t for t in body)
    assert any("一批本科进线率25.26％，较上年提高19.24个百分点" in t and "二批本科以上进线率66.32％，较上年提高23.79个百分点" in t for t in body)


def test_doubled_braces_and_braces_round_no_chinese_name_stay_as_written(write_data):
    path = write_data(MINIMAL.replace("一段正文。", "'{{不是指标}}和{x}照写，{支出}按数字写。'") + "metrics:\n  支出: {value: 5, unit: 万元}\n")
    assert "{不是指标}和{x}照写，5万元按数字写。" in [line.text for line in build_report(path).numbered.lines]


def test_a_placeholder_that_cannot_be_written_is_a_located_error(write_data):
    path = write_data(MINIMAL.replace("一段正文。", "'增长{支出.变化}，{支出.变动}'") + "metrics:\n  支出: {value: 5, unit: 万元}\n")
    with pytest.raises(DrafterError) as caught:
        build_report(path)
    messages = [(p.line, p.message) for p in caught.value.problems]
    assert any("没有上年值" in m for _, m in messages) and any("「变动」不认识" in m for _, m in messages)
    assert all(line == 9 for line, _ in messages)


# Growth figures the corpus states beside the two values (last year's derived from its stated change).
CORPUS_FIGURES = [
    ("教育支出", {"value": 24303, "previous": 22583, "unit": "万元", "growth": 7.6}),
    ("合格率", {"value": 47.31, "previous": 39.66, "unit": "％", "kind": "rate", "growth": 7.65}),
    ("优秀率", {"value": 12.72, "previous": 8.11, "unit": "％", "kind": "rate", "growth": 4.61}),
    ("一批进线率", {"value": 25.26, "previous": 6.02, "unit": "％", "kind": "rate", "growth": 19.24}),
    ("二批进线率", {"value": 66.32, "previous": 42.53, "unit": "％", "kind": "rate", "growth": 23.79}),
]


def figure_findings(write_data, metrics):
    path = write_data(MINIMAL + "metrics:\n" + "".join(f"  {name}: {yaml.safe_dump(fields, allow_unicode=True, default_flow_style=True).strip()}\n" for name, fields in metrics))
    return [f for f in check_file(path).findings if f.finding.rule == "figure-mismatch"]


def test_stated_growth_that_matches_its_values_within_rounding_passes(write_data):
    assert figure_findings(write_data, CORPUS_FIGURES) == []


@pytest.mark.parametrize("name, fields", CORPUS_FIGURES, ids=[n for n, _ in CORPUS_FIGURES])
def test_stated_growth_off_beyond_rounding_is_reported(write_data, name, fields):
    wrong = dict(fields, growth=round(fields["growth"] + 0.1, 2))
    found = figure_findings(write_data, [(name, wrong)])
    assert len(found) == 1 and f"指标「{name}」写的增幅" in found[0].finding.message
    assert found[0].place.line == 11  # the line of the stated growth


def test_carry_over_moves_values_to_last_year_and_keeps_comments_and_order(tmp_path):
    text = COUNTY.read_text(encoding="utf-8")
    carried = carried_over(text, str(COUNTY))
    data, before = yaml.safe_load(carried), yaml.safe_load(text)
    assert data["metrics"]["教育支出"] == {"value": None, "previous": 24303, "unit": "万元"}
    assert data["title"][0] == "XX县关于2023—2024学年度教育工作" and data["date"] == ""
    assert list(data) == list(before) and data["parts"] == scrub_scores(before["parts"])
    comments = [line for line in text.split("\n") if line.lstrip().startswith("#")]
    assert all(comment in carried.split("\n") for comment in comments)
    assert carried.split("\n")[0].startswith("# yaml-language-server:") and "drafter carry-over" in carried.split("\n")[1]
    assert next_year("2022－2023学年度，2019年") == "2023－2024学年度，2020年"


def scrub_scores(value):
    if isinstance(value, dict):
        return {key: (None if key == "score" else scrub_scores(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub_scores(item) for item in value]
    return value


def test_filters_are_there_for_templates(tmp_path, write_data):
    folder = tmp_path / "t" / "mine"
    folder.mkdir(parents=True)
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n{% block preface %}\n@p 经费{{ metrics.支出 | amount }}，{{ metrics.支出 | change }}，'
                                      '合{{ 24303 | money }}；{{ 2024 | school_year }}；{{ "2024-05-10" | date_cn }}；{{ 6 | cn_number }}个方面。\n{% endblock %}\n', encoding="utf-8")
    path = write_data(MINIMAL + "template: mine/report.j2\nmetrics:\n  支出: {value: 110, previous: 100, unit: 万元}\n")
    lines = [line.text for line in build_report(path, (str(tmp_path / "t"),)).numbered.lines]
    assert "经费110万元，较上年增长10%，合2.43亿元；2024—2025学年度；2024年5月10日；六个方面。" in lines


def test_a_placeholder_repeated_in_one_text_is_reported_once(write_data):
    from drafter.assemble.figures import unknown_placeholders
    from drafter.data.load import load_report

    report = load_report(write_data(MINIMAL.replace("一段正文。", "人均{人均成绩}，" * 50)))
    assert len(unknown_placeholders(report)) == 1


@pytest.mark.parametrize("own, sign", [("合格率47.31％", "％"), ("合格率47.31%", "%"), ("合格率为四成", "%")])
def test_a_figure_phrase_takes_the_per_cent_sign_its_paragraph_uses(write_data, own, sign):
    """drafter wrote 「增长7.62%」 beside a clerk's 「47.31％」, and its own check then flagged the paragraph
    for mixed per cent signs (issue 31): the phrase takes the form the clerk's words use."""
    text = MINIMAL.replace("      - 一段正文。", f"      - {own}，教育支出{{教育支出}}，{{教育支出.变化}}。") + (
        "metrics:\n  教育支出: {value: 24303, previous: 22583, unit: 万元}\n")
    path = write_data(text)
    body = [line.text for line in build_report(path).numbered.lines if own in line.text]
    assert body and "增长7.62" + sign in body[0] and ("％" if sign == "%" else "%") not in body[0]
    assert not [f for f in check_file(path).findings if f.finding.rule == "mixed-percent"]
