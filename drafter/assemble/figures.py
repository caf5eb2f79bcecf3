"""Figures that write themselves: a metric's value and last year's become the phrases reports use.

Numbers and dates go through Babel (zh_CN); rounding is 四舍五入 (half up), as reports round.
An amount changes by a percentage (较上年增长10.21%); a rate changes by percentage points
(提高7.65个百分点), never by a percent.

A data file declares metrics under ``metrics:`` and its text names them in braces:
``一般公共预算教育支出{教育支出}，{教育支出.变化}`` → ``…24303万元，较上年增长7.62%``.
Only declared names are replaced; any other brace is the clerk's own text and stays as written.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal


from drafter.errors import Problem, close_matches
from drafter.i18n import _
from drafter.text.numerals import chinese_numeral

PERCENT = "%"


# --- numbers, money, percentages, dates ---------------------------------------------------------


def rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded half up (四舍五入) to ``decimals`` places."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number(value: float, decimals: int = 2, fixed: bool = False) -> str:
    """24303 → 24303, 7.616 → 7.62: no grouping (公文 practice), trailing zeros dropped unless ``fixed``.

    Written with Decimal itself: Babel's ``format_decimal`` with pattern ``0.##`` gave the same text
    for zh_CN (its decimal sign is ".", and grouping is off), checked over 60,000 values, but
    importing Babel and loading its locale data took 10 ms of a 110 ms cold build.
    """
    text = f"{rounded(value, decimals):f}"
    if not fixed and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def percent(value: float, decimals: int = 2, sign: str = PERCENT, fixed: bool = False) -> str:
    """7.616 → 7.62%: ``value`` is already in percent; ``sign`` may be the full-width ％."""
    return number(value, decimals, fixed) + sign


def money(value: float, unit: str = "万元", decimals: int = 2) -> str:
    """An amount in 元 or 万元 in the largest unit that keeps it at least 1: 24303万元 → 2.43亿元, 8600元 → 8600元."""
    in_yuan = value * {"元": 1, "万元": 10**4, "亿元": 10**8}[unit]
    for size, name in ((10**8, "亿元"), (10**4, "万元")):
        if abs(in_yuan) >= size:
            return number(in_yuan / size, decimals) + name
    return number(in_yuan, decimals) + "元"


def date_cn(value) -> str:
    """2024-05-10 (or a date) → 2024年5月10日 (GB/T 9704 7.3.5: Arabic numerals, no padding)."""
    if isinstance(value, str):
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
        if not match:
            return value
        value = datetime.date(*(int(g) for g in match.groups()))
    return f"{value.year}年{value.month}月{value.day}日"  # what Babel's pattern y年M月d日 wrote


def school_year(start) -> str:
    """2022 → 2022—2023学年度 (一字线 between the years, GB/T 15834)."""
    year = int(str(start)[:4])
    return f"{year}—{year + 1}学年度"


def cn_number(value: int) -> str:
    """3 → 三, for the places the norms ask for Chinese numerals (六个方面, 三项建设)."""
    return chinese_numeral(int(value))


# --- metrics ---------------------------------------------------------------------------------------


@dataclass
class Metric:
    """One figure of the report: this year's value, last year's, its unit, and whether it is a rate."""

    name: str
    value: float | None
    previous: float | None = None
    unit: str = ""
    kind: str = "amount"  # or "rate": a percentage whose changes are 个百分点
    decimals: int = 2
    growth: float | None = None  # the growth the report states (percent, or points for a rate), to check
    words: tuple[str, str] = ("增长", "下降")  # for an amount; a rate always 提高/降低
    written: dict = field(default_factory=dict, compare=False, repr=False)  # phrases made, by form: checked, then filled in

    @classmethod
    def from_data(cls, name: str, values: dict) -> Metric:
        unit = values.get("unit", "%" if values.get("kind") == "rate" else "")
        words = tuple(values.get("words") or ("增长", "下降"))
        return cls(name, values.get("value"), values.get("previous"), unit, values.get("kind", "amount"),
                   values.get("decimals", 2), values.get("growth"), words)

    def amount(self, value: float) -> str:
        if self.unit in ("%", "％"):
            return percent(value, self.decimals, self.unit)
        return number(value, self.decimals) + self.unit

    @property
    def difference(self) -> float:
        return self.value - self.previous

    @property
    def growth_percent(self) -> float:
        return (self.value - self.previous) / self.previous * 100

    def change(self) -> str:
        """较上年增长10.21% / 下降 / 与上年持平; for a rate 提高7.65个百分点 / 降低."""
        if self.kind == "rate":
            points = rounded(self.difference, self.decimals)
            if points == 0:
                return "与上年持平"
            return ("较上年提高" if points > 0 else "较上年降低") + number(abs(self.difference), self.decimals) + "个百分点"
        if not self.previous:
            raise ValueError(_("指标「{name}」的上年值为 0 或未填写，无法计算增幅。").format(name=self.name))
        growth = rounded(self.growth_percent, self.decimals)
        if growth == 0:
            return "与上年持平"
        return "较上年" + self.words[0 if growth > 0 else 1] + percent(abs(self.growth_percent), self.decimals)

    def change_amount(self) -> str:
        """较上年增长1720万元 / 下降… / 与上年持平, in the metric's own unit."""
        if rounded(self.difference, self.decimals) == 0:
            return "与上年持平"
        words = ("提高", "降低") if self.kind == "rate" else self.words
        verb = "较上年" + words[0 if self.difference > 0 else 1]
        if self.kind == "rate":
            return verb + number(abs(self.difference), self.decimals) + "个百分点"
        return verb + self.amount(abs(self.difference))

    def phrase(self, form: str) -> str:
        """The text of ``{name.form}`` (``form`` empty for this year's value)."""
        phrase = FORMS.get(FORM_ALIASES.get(form, form))
        if phrase is None:
            raise ValueError(_("指标「{name}」没有「{form}」这种写法。").format(name=self.name, form=form))
        if self.value is None:
            raise ValueError(_("指标「{name}」缺少今年的数值（value）。").format(name=self.name))
        if form not in self.written:
            self.written[form] = phrase(self)
        return self.written[form]


def _needs_previous(function):
    def phrase(metric: Metric) -> str:
        if metric.previous is None:
            raise ValueError(_("指标「{name}」没有上年值（previous），无法写出比较。").format(name=metric.name))
        return function(metric)
    return phrase


FORMS = {
    "": lambda m: m.amount(m.value),
    "上年": _needs_previous(lambda m: m.amount(m.previous)),
    "变化": _needs_previous(Metric.change),
    "增减": _needs_previous(Metric.change_amount),
    "增幅": _needs_previous(lambda m: percent(m.growth_percent, m.decimals)),
    "亿元": lambda m: money(m.value, m.unit if m.unit in ("元", "万元", "亿元") else "万元"),
}
FORM_ALIASES = {"value": "", "previous": "上年", "change": "变化", "difference": "增减", "growth": "增幅", "yi": "亿元"}

# {名称} or {名称.形式}; the same in doubled braces ({{名称}}) is the text {名称} itself, never a
# placeholder. Other braces ({{ x }}, with spaces) are text as written.
_PLACEHOLDER = re.compile(r"\{\{([^{}.\s]+(?:\.[^{}\s]+)?)\}\}|\{([^{}.\s]+)(?:\.([^{}\s]+))?\}")


def placeholders_in(text: str):
    """Each placeholder in ``text`` as (match, name, form): the doubled braces of literal text left out."""
    for match in _PLACEHOLDER.finditer(text) if "{" in text else ():
        if match.group(1) is None:
            yield match, match.group(2), match.group(3) or ""


def metrics_of(values: dict) -> dict[str, Metric]:
    return {name: Metric.from_data(name, fields) for name, fields in (values.get("metrics") or {}).items()}


def fill_in(text: str, metrics: dict[str, Metric]) -> str:
    """``text`` with every ``{name}`` / ``{name.form}`` of a declared metric replaced by its phrase,
    and each ``{{…}}`` written as the text ``{…}`` it stands for."""
    if "{" not in text:
        return text
    # The per cent sign the clerk's own words around the placeholders use, where they use one form only:
    # drafter's phrase takes it, so its own text never mixes % and ％ in a paragraph (check's mixed-percent).
    own = _PLACEHOLDER.sub("", text)
    sign = "％" if "％" in own and "%" not in own else "%" if "%" in own and "％" not in own else None

    def replace(match: re.Match) -> str:
        if match.group(1) is not None:
            return "{" + match.group(1) + "}"
        metric = metrics.get(match.group(2)) if metrics else None
        if metric is None:
            return match.group(0)
        phrase = metric.phrase(match.group(3) or "")
        return phrase.replace("％" if sign == "%" else "%", sign) if sign else phrase

    return _PLACEHOLDER.sub(replace, text)


def placeholder_problems(report, metrics: dict[str, Metric] | None = None) -> list[Problem]:
    """Placeholders that name a declared metric but an unknown form, or that cannot be written (no previous value)."""
    metrics = metrics_of(report.values) if metrics is None else metrics
    problems: list[Problem] = []
    if not metrics:
        return problems
    for path, text in report.strings:
        for match, name, form in placeholders_in(text):
            metric = metrics.get(name)
            if metric is None:
                continue
            if FORM_ALIASES.get(form, form) not in FORMS:
                close = close_matches(form, [f for f in FORMS if f], n=1)
                hint = _("是不是「{close}」？").format(close=close[0]) if close else ""
                message = _("「{placeholder}」中的写法「{form}」不认识。{hint}可用：{forms}。").format(placeholder=match.group(0), form=form, hint=hint, forms="、".join(f"{{{metric.name}.{f}}}" if f else f"{{{metric.name}}}" for f in FORMS))
                problems.append(Problem(report.source, message, *report.where(path), "metric"))
                continue
            try:
                metric.phrase(form)
            except ValueError as error:
                problems.append(Problem(report.source, str(error), *report.where(path), "metric"))
    return list(dict.fromkeys(problems))


def unknown_placeholders(report) -> list[Problem]:
    """Placeholders that name no declared metric ({人均成绩} where only 人均分 is declared): they would
    print as typed. Each is placed at its own line and column, with the nearest declared names."""
    problems: list[Problem] = []
    if not _PLACEHOLDER.search(report.text or ""):  # no {…} anywhere in the file: nothing to look for
        return problems
    names = list(metrics_of(report.values))
    for path, text in report.strings:
        for placeholder, message in unknown_in(text, names) if "{" in text else ():
            problems.append(Problem(report.source, message, *place_in_source(report, path, placeholder), "unknown-placeholder"))
    return list(dict.fromkeys(problems))  # a placeholder repeated in one text is placed at its first use: said once


def unknown_in(text: str, names: list[str]) -> list[tuple[str, str]]:
    """Each placeholder in ``text`` that names none of the metrics ``names``, with what to say of it."""
    found = []
    for match, name, _form in placeholders_in(text):
        if name in names or not _has_ideograph(name):
            continue
        close = close_matches(name, names, n=2, cutoff=0.3)
        hint = _("是不是{names}？").format(names="、".join(f"「{{{name}}}」" for name in close)) if close else (
            _("数据的 metrics 中没有任何指标。") if not names else _("已声明的有：{names}。").format(names="、".join(names)))
        message = _("「{placeholder}」不是已声明的数据指标，报告中不能这样印出。{hint}如要印出大括号本身，请写成「{literal}」。")
        found.append((match.group(0), message.format(placeholder=match.group(0), hint=hint, literal="{" + match.group(0) + "}")))
    return found


def _has_ideograph(text: str) -> bool:
    # A loop, not re.compile("[\u4e00-\u9fff]"): compiling that range takes 1 ms of every cold start.
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def place_in_source(report, path: tuple, text: str) -> tuple[int | None, int | None]:
    """The line and column of ``text`` inside the value at ``path`` as the file has it; the value's place if not found there."""
    span = report.spans.get(path)
    if span and report.text:
        found = report.text.find(text, span[0], span[1] + 1)
        if found >= 0:
            line_start = report.text.rfind("\n", 0, found) + 1
            return report.text.count("\n", 0, found) + 1, found - line_start + 1
    return report.where(path)


def growth_mismatches(report) -> list[Problem]:
    """Metrics whose stated growth disagrees with their two values beyond the stated figure's rounding."""
    problems = []
    for name, metric in metrics_of(report.values).items():
        if metric.growth is None or metric.value is None or metric.previous in (None, 0):
            continue
        computed = metric.difference if metric.kind == "rate" else metric.growth_percent
        places = _decimal_places(metric.growth)
        tolerance = 0.5 * 10 ** -places + 1e-9
        if abs(computed - metric.growth) > tolerance:
            unit = "个百分点" if metric.kind == "rate" else "%"
            message = _("指标「{name}」写的增幅 {stated}{unit} 与数值不符：由上年 {previous} 到今年 {value}，应为 {computed}{unit}。").format(
                name=name, stated=number(metric.growth, places), unit=unit, previous=metric.amount(metric.previous),
                value=metric.amount(metric.value), computed=number(computed, max(places, 2)))
            problems.append(Problem(report.source, message, *report.where(("metrics", name, "growth")), "figure-mismatch"))
    return problems


def _decimal_places(value: float) -> int:
    text = repr(float(value))
    return len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0
