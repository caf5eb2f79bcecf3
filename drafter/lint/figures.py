"""Rules on figures: a growth or rate change stated in the text that its own two figures do not give,
per cent used for percentage points, two-digit years, and dates that do not exist.
"""

from __future__ import annotations

import re

from drafter.i18n import N_, _
from drafter.lint.registry import ERROR, WARNING, Finding, Paragraph, Rule, paragraph_rule
from drafter.text.dates import DIGIT_DATE, FULL_WIDTH_DIGITS, NUMERAL_DATE, YEAR_NUMERALS, impossible
from drafter.text.markers import numeral_value


_NUMBER = r"(\d+(?:\.\d+)?)"
_GROWTH = re.compile(_NUMBER + r"(万元|亿元|元|人|名|个|所|万人)，较(?:上年|去年|去年同期|上年同期)(增长|增加|减少|下降)" + _NUMBER + r"\2，(?:增长率|增幅|增长|降幅|下降)?(?:为)?" + _NUMBER + r"[%％]")
_RATE_CHANGE = re.compile(r"(?:由|从)" + _NUMBER + r"[%％](?:提高|上升|增长|增加|下降|降低|减少)(?:到|至)" + _NUMBER + r"[%％]，?(?:提高|上升|增长|增加|下降|降低|减少)了?" + _NUMBER + r"(个百分点|[%％])")
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d.])(\d{2})年(?=\d{1,2}月)")


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _agrees(stated: str, computed: float) -> bool:
    """Is ``stated`` ``computed`` rounded or cut to the decimals it is written with?"""
    return abs(float(stated) - computed) < 10 ** -_decimals(stated)


@paragraph_rule(Rule("growth-mismatch", ERROR), Rule("points-mismatch", ERROR), Rule("percent-for-points", ERROR, fix=True), Rule("two-digit-year", WARNING, fix=True))
def stated_figures(paragraph: Paragraph, index: int) -> list[Finding]:
    """Stated growth and percentage-point changes agree with the figures beside them."""
    findings = []
    for m in _GROWTH.finditer(paragraph.text):
        current, unit, direction, change, rate = m.groups()
        sign = 1 if direction in ("增长", "增加") else -1
        previous = float(current) - sign * float(change)
        if previous > 0:
            computed = float(change) / previous * 100
            if not _agrees(rate, computed):
                fixed = f"{computed:.{_decimals(rate)}f}"
                findings.append(Finding("growth-mismatch", index, m.start(5), rate, _(N_("增幅与数字不符：{current}{unit}较上年{direction}{change}{unit}，增幅应为{fixed}%，写的是{rate}%。")).format(current=current, unit=unit, direction=direction, change=change, fixed=fixed, rate=rate)))
    for m in _RATE_CHANGE.finditer(paragraph.text):
        before, after, change, unit = m.groups()
        points = abs(float(after) - float(before))
        if unit == "个百分点":
            if not _agrees(change, points):
                fixed = f"{points:.{max(_decimals(before), _decimals(after))}f}"
                findings.append(Finding("points-mismatch", index, m.start(3), change, _(N_("百分点与数字不符：由{before}%到{after}%相差{fixed}个百分点，写的是{change}。")).format(before=before, after=after, fixed=fixed, change=change)))
        elif _agrees(change, points):
            findings.append(Finding("percent-for-points", index, m.start(3), m.group(3) + unit, _(N_("两个百分比之差应说「{change}个百分点」，不能说「{change}%」。")).format(change=change), m.group(3) + "个百分点"))
    for m in _TWO_DIGIT_YEAR.finditer(paragraph.text):
        findings.append(Finding("two-digit-year", index, m.start(), m.group(0), _(N_("年份应写全，如「20{yy}年」。")).format(yy=m.group(1)), f"20{m.group(1)}年"))
    return findings + impossible_dates(paragraph, index)


@paragraph_rule(Rule("impossible-date", ERROR))
def impossible_dates(paragraph: Paragraph, index: int) -> list[Finding]:
    """A date no calendar has: 2月30日, 4月31日, 13月, 2023年2月29日 (2023 was no leap year)."""
    findings = []
    for m in DIGIT_DATE.finditer(paragraph.text):
        year, month, day = (int(part.translate(FULL_WIDTH_DIGITS)) if part else None for part in m.groups())
        if impossible(year, month, day):
            findings.append(Finding("impossible-date", index, m.start(), m.group(0), _(N_("日期「{date}」不存在，请核对。")).format(date=m.group(0))))
    for m in NUMERAL_DATE.finditer(paragraph.text):
        year = int(m.group(1).translate(YEAR_NUMERALS)) if m.group(1) else None
        if impossible(year, numeral_value(m.group(2)) or 0, numeral_value(m.group(3)) or 0):
            findings.append(Finding("impossible-date", index, m.start(), m.group(0), _(N_("日期「{date}」不存在，请核对。")).format(date=m.group(0))))
    return findings
