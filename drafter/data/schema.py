"""The report's JSON Schema (drafter/schema/report.schema.json, which editors read too): the
validators generated from it for speed, and its errors worded for a clerk at the field they
are about.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from drafter.errors import Problem, close_matches
from drafter.i18n import N_, _
from drafter.data.report import PART_NAMES, Path_, ReportData, misspelt_part


SCHEMA_PATH = Path(__file__).parent.parent / "schema" / "report.schema.json"


@lru_cache(maxsize=1)
def report_validator():
    """The JSON Schema validator for report data (the schema file editors use as well)."""
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def passes_schema_quickly(values: dict, check=None) -> bool:
    """A generated validator (``report_validator`` unless ``check`` names another): a fraction of
    a millisecond, and no jsonschema import on the way (30 ms of a cold build)."""
    if check is None:
        from drafter.data import report_validator as check
    try:
        check.validate(values)
    except check.JsonSchemaValueException:
        return False
    return True


# The generated validators, from each schema drafter reads on the way to a report.
GENERATED_CHECKS = {"report_validator.py": SCHEMA_PATH, "scheme_validator.py": SCHEMA_PATH.with_name("scheme.schema.json")}


def write_validator() -> None:
    """Regenerate ``drafter/data/report_validator.py`` and ``scheme_validator.py`` after a schema changes."""
    for name, schema in GENERATED_CHECKS.items():
        (Path(__file__).parent / name).write_text(validator_code(schema), encoding="utf-8")


def validator_code(schema_path: Path = SCHEMA_PATH) -> str:
    """The source of a generated validator (``drafter/data/report_validator.py`` for the report schema),
    made from the schema by fastjsonschema."""
    import fastjsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    header = ('"""The generated check of data against drafter/schema/' + schema_path.name + ': ``validate(values)`` raises\n'
              "``JsonSchemaValueException`` at the first value that does not pass, in a fraction of a millisecond\n"
              'and without importing jsonschema. Made by drafter.data.schema.validator_code(); do not edit."""\n')
    code = fastjsonschema.compile_to_code(schema)
    entry = re.search(r"^def (\w+)\(", code, re.M).group(1)
    # The exception is defined here rather than imported: importing fastjsonschema loads its code
    # generator too, 1.4 ms of a cold build that only needs to know whether the data passed.
    code = code.replace("from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n", _OWN_EXCEPTION)
    # Names of list items as f-strings: fastjsonschema writes "[{data_x}]".format(**locals()), which
    # builds a dict of the function's locals for every item (a third of the check's time).
    code = re.sub(r'"([^"\\{}]*\{\w+\}[^"\\]*)"\.format\(\*\*locals\(\)\)', r'f"\1"', code)
    if "locals()" in code:
        raise RuntimeError("fastjsonschema's generated code names items in a new way: update validator_code()")
    if "fastjsonschema" in code:  # fastjsonschema is only a test dependency: the validator must not import it
        raise RuntimeError("fastjsonschema's generated code imports it in a new way: update validator_code()")
    return header + code + f"\n\nvalidate = {entry}\n"


_OWN_EXCEPTION = """

class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule


JsonSchemaValuesException = JsonSchemaValueException
"""


_TYPE_NAMES = {"string": N_("文字"), "object": N_("「字段: 值」映射"), "array": N_("列表（每项以「- 」开头）"), "number": N_("数字"), "integer": N_("整数"), "boolean": N_("true 或 false"), "null": N_("空值")}


# What to write instead, for each ``x-hint`` id in the schema's patterns.
_PATTERN_HINTS = {
    "date": N_("写成 2024-05-10 或 2024年5月10日。"),
    "template": N_("写成 目录/文件名.j2，如 base/report.j2。"),
    "line": N_("这里只能写一行，请去掉换行。"),
    "id": N_("只用小写字母、数字和连字符，如 county-annual-2025。"),
    "code": N_("用字母、数字和点，如 A1、1.2。"),
    "copy": N_("份号写 6 位数字，如 000001。"),
    "wenhao": N_("写成 机关代字〔年份〕序号号，如 X政发〔2024〕12号：年份用六角括号〔〕，序号不加「第」、不编虚位。"),
}


def schema_problems(report: ReportData, validator=None, allow_blank: bool = False) -> list[Problem]:
    """Every schema violation in the data, as located problems in the order they appear in the file.

    Report data that is valid passes the generated validator alone; only data that fails it meets
    jsonschema, which words every problem. Should the two ever disagree, the data is refused all
    the same. Another schema (a scheme's) is checked with ``validator`` alone. With ``allow_blank``,
    values not yet filled in ('' or empty) are not problems: a file being drafted has them.
    """
    quick = validator is None
    if quick:
        if passes_schema_quickly(report.values):
            return []
        validator = report_validator()
    problems = []
    for error in validator.iter_errors(report.values):
        for leaf in leaf_errors(error):
            path = tuple(leaf.absolute_path)
            if leaf.validator == "required" and explained_by_typo(leaf):
                continue
            if allow_blank and (leaf.instance == "" or leaf.instance is None):
                continue
            if leaf.validator == "additionalProperties":
                for key in unknown_keys(leaf):
                    line, column = report.where_key(path + (key,))
                    problems.append(Problem(report.source, unknown_key_message(leaf, path, key), line, column, "schema"))
                continue
            message = schema_message(leaf, path)
            line, column = report.where_key(path) if is_custom_part(path) and leaf.validator == "required" else report.where(path)
            problems.append(Problem(report.source, message, line, column, "schema"))
    unique = list(dict.fromkeys(problems))
    if not unique and quick and not allow_blank:
        unique = [Problem(report.source, _("数据不符合格式要求，但无法指出具体位置。请对照 drafter/schema/ 中的格式说明检查。"), 1, 1, "schema")]
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))


def leaf_errors(error):
    """For ``oneOf`` failures, the errors of the branch that came closest; otherwise the error itself."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        deepest = max(len(e.absolute_path) for e in error.context)
        if deepest > len(error.absolute_path):
            return [e for e in error.context if len(e.absolute_path) == deepest]
        return [error]
    return [error]


# Field names as a clerk reads them; the YAML key follows in brackets, so it can be found in the file.
_FIELD_NAMES = {
    "title": N_("标题"), "issuer": N_("发文机关"), "recipient": N_("主送机关"), "date": N_("成文日期"), "notices": N_("依据的通知"),
    "opening": N_("开头"), "transition": N_("过渡语"), "basis": N_("依据用语"), "preface": N_("前言"), "metrics": N_("数据指标"),
    "letterhead": N_("版头"), "record": N_("版记"), "closing": N_("结束语"), "heading": N_("小标题"), "text": N_("正文"),
    "score": N_("自评得分"), "number": N_("文号"), "level": N_("层级"), "scheme": N_("评价方案"), "self_score": N_("自评得分"),
    "value": N_("今年的数值"), "previous": N_("上年的数值"), "unit": N_("单位"), "indicator": N_("指标编号"), "layout": N_("分项排法"),
    "run_in": N_("标题与正文同段"), "not_applicable": N_("不适用的理由"), "template": N_("模板"), "unplaced": N_("未归位的段落"),
    "cc": N_("抄送"), "printer": N_("印发机关"), "printed": N_("印发日期"), "signers": N_("签发人"), "mark": N_("发文机关标志"),
    "seal": N_("加盖印章"),
}


def describe_path(path: Path_) -> str:
    """A place in the data as a clerk reads it: 「主要做法及成效 → 第4项 → 小标题（heading）」."""
    words: list[str] = []
    steps = list(path)
    index = 0
    while index < len(steps):
        step = steps[index]
        following = steps[index + 1] if index + 1 < len(steps) else None
        if step == "parts" and isinstance(following, str):
            words.append(_(PART_NAMES[following]) + f"（{following}）" if following in PART_NAMES else following)
            index += 1
        elif step == "points" and isinstance(following, int):
            words.append(_("第{n}个分项").format(n=following + 1))
            index += 1
        elif isinstance(step, int):
            words.append(_("第{n}项").format(n=step + 1))
        elif step != "content":
            words.append(_(_FIELD_NAMES[step]) + f"（{step}）" if step in _FIELD_NAMES else str(step))
        index += 1
    return " → ".join(words) or _("（最外层）")


def schema_message(error, path: Path_) -> str:
    """A plain-words message for one schema violation."""
    where = describe_path(path)
    kind = error.validator
    if error.instance == "" or (error.instance is None and kind == "type"):
        return _("「{where}」尚未填写。").format(where=where)
    if kind == "required" and is_custom_part(path):
        return custom_part_message(path[1])
    if kind == "required":
        missing = error.message.split("'")[1]
        return _("「{where}」缺少必填字段「{field}」。").format(where=where, field=missing)
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = _("或").join(_(_TYPE_NAMES.get(t, t)) for t in expected)
        return _("「{where}」应为{expected}，现在是「{value}」。").format(where=where, expected=names, value=short(error.instance))
    if kind == "pattern":
        hint = _PATTERN_HINTS.get(error.schema.get("x-hint"), "")
        return _("「{where}」的写法不对：「{value}」。{hint}").format(where=where, value=short(error.instance), hint=_(hint) if hint else "")
    if kind in ("minLength", "minItems"):
        return _("「{where}」不能为空。").format(where=where)
    if kind == "enum":
        return _("「{where}」只能是以下之一：{choices}。").format(where=where, choices="、".join(map(str, error.validator_value)))
    if kind in ("minimum", "maximum", "exclusiveMinimum"):
        return _("「{where}」的数值 {value} 超出范围。").format(where=where, value=error.instance)
    return _("「{where}」有误：{reason}").format(where=where, reason=error.message)


def is_custom_part(path: Path_) -> bool:
    return len(path) == 2 and path[0] == "parts" and path[1] not in PART_NAMES


def custom_part_message(key) -> str:
    """A part under a key of the clerk's own without its heading: a misspelt known part, or a custom
    part that needs a heading to print under."""
    close = misspelt_part(key)
    if close:
        return misspelt_part_message(key, close)
    return _("自定义部分「{key}」缺少 heading：请写出它的一级标题，如 heading: 基本情况。").format(key=key)


def misspelt_part_message(key, close: str) -> str:
    return _("「parts」中的「{key}」很像已知的部分「{close}」（{name}）：是写错了吗？请改正；若确是另一个部分，请给它写 heading，并换一个不易混淆的名称（如 situation 或 基本情况）。").format(
        key=key, close=close, name=_(PART_NAMES[close]))


def unknown_keys(error) -> list[str]:
    allowed = error.schema.get("properties", {})
    return [key for key in error.instance if key not in allowed]


def unknown_key_message(error, path: Path_, key: str) -> str:
    allowed = sorted(error.schema.get("properties", {}))
    close = close_matches(key, allowed, n=1)
    hint = _("，是不是「{close}」？").format(close=close[0]) if close else _("。可用的字段有：{names}。").format(names="、".join(allowed))
    return _("「{where}」中有未知字段「{field}」{hint}").format(where=describe_path(path), field=key, hint=hint)


def explained_by_typo(error) -> bool:
    """A missing field that an unknown, similar key in the same mapping stands for: report the typo only."""
    missing = error.message.split("'")[1]
    unknown = [key for key in error.instance if key not in error.schema.get("properties", {})]
    return bool(close_matches(missing, unknown, n=1))


def short(value: object, limit: int = 30) -> str:
    text = str(value).replace("\n", "⏎")
    return text if len(text) <= limit else text[:limit] + "…"
