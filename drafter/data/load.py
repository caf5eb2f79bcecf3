"""Load stage: reads a report's YAML safely, keeps where every value was written, and validates it.

Every problem comes back as a ``Problem`` naming file, line and column, all of them at once.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from drafter.errors import DrafterError, Problem, cells, close_matches
from drafter.i18n import N_, _

SCHEMA_PATH = Path(__file__).parent.parent / "schema" / "report.schema.json"
MAX_BYTES = 4 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 4
PART_KEYS = ("rectification", "achievements", "experience", "problems", "next_steps")
PART_NAMES = {
    "rectification": N_("整改情况"), "achievements": N_("主要做法及成效"), "experience": N_("经验做法"),
    "problems": N_("存在问题"), "next_steps": N_("下一步打算"),
}

Path_ = tuple  # a path into the data: keys and list indexes


@dataclass
class ReportData:
    """A validated report: the plain values from YAML and where each was written."""

    values: dict
    source: str
    marks: dict = field(default_factory=dict)  # path tuple -> (line, column) of the value, 1-based
    key_marks: dict = field(default_factory=dict)  # path tuple -> (line, column) of the key naming it
    spans: dict = field(default_factory=dict)  # path tuple -> (start, end) character offsets in the source
    text: str = ""  # the source, so findings can be placed and fixed exactly

    @cached_property
    def strings(self) -> list[tuple[Path_, str]]:
        """Every string of the data outside ``metrics``, with its path: where placeholders are looked
        for (by the build's two checks and by ``drafter check``), found once."""
        return strings_of(self.values)

    def where(self, path: Path_) -> tuple[int | None, int | None]:
        """The line and column of the value at ``path``, or of its nearest written parent."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (None, None))

    def where_key(self, path: Path_) -> tuple[int | None, int | None]:
        """The line and column of the key that names the value at ``path`` (its value's if none)."""
        return self.key_marks.get(path) or self.where(path)


def strings_of(values, path: tuple = ()) -> list[tuple[tuple, str]]:
    """Every string in the data (not under ``metrics``), with its path, in the data's order."""
    found: list[tuple[tuple, str]] = []
    _collect_strings(values, path, found)
    return found


def _collect_strings(values, path: tuple, found: list) -> None:
    # A list filled by plain recursion: nested generators cost a frame switch per level for every string.
    if isinstance(values, str):
        found.append((path, values))
    elif isinstance(values, dict):
        for key, item in values.items():
            if path or key != "metrics":
                _collect_strings(item, path + (key,), found)
    elif isinstance(values, list):
        for index, item in enumerate(values):
            _collect_strings(item, path + (index,), found)


def load_report(path: str | Path) -> ReportData:
    """Read, parse and validate the report data in ``path``; raise ``DrafterError`` if anything is wrong."""
    source = str(path)
    text = read_text(Path(path), source)
    return parse_report(text, source)


def parse_report(text: str, source: str = "<data>") -> ReportData:
    """Parse and validate report data given as YAML text."""
    report = read_report(text, source)
    problems = validation_problems(report)
    if problems:
        raise DrafterError(problems)
    return report


def read_report(text: str, source: str) -> ReportData:
    """The YAML's values and places, not yet validated; raises ``DrafterError`` if it is not YAML."""
    values, builder = yaml_values(text, source)
    report = ReportData(values, source, builder.marks, builder.key_marks, builder.spans, text)
    if not isinstance(values, dict):
        raise DrafterError([Problem(source, _("数据文件的最外层应是「字段: 值」的映射，例如以 title: 开头。"), 1, 1)])
    return report


def validation_problems(report: ReportData) -> list[Problem]:
    """What is wrong with well-formed YAML as report data: the schema first, then the structure."""
    return schema_problems(report) or structure_problems(report)


def read_text(path: Path, source: str) -> str:
    """The file's text as UTF-8, with a clear problem for a missing, huge, special or non-UTF-8 file."""
    return decoded_utf8(read_bytes(path, source), source)


def decoded_utf8(data: bytes, source: str) -> str:
    """Data's bytes as text (UTF-8, a byte-order mark dropped), or a problem at the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = _("文件不是 UTF-8 编码（第 {offset} 字节）。请在编辑器中以 UTF-8 另存。").format(offset=error.start)
        raise DrafterError([Problem(source, message, line, column)]) from None


class _NotRegular(Exception):
    """A path that names a device, a FIFO or a socket rather than a file."""


def read_bytes(path: Path, source: str, limit: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, at most ``limit`` of them; a device, a FIFO or a folder is refused at once.

    The size is checked on the open file and the read is bounded too, so a file that grows while it
    is read, or a special file that claims size 0 (/dev/zero), never reads without end.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # before opening: opening a FIFO waits for a writer
            raise IsADirectoryError if path.is_dir() else _NotRegular
        with open(path, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise _NotRegular
            data = stream.read(limit + 1)
    except _NotRegular:
        raise DrafterError([Problem(source, _("这不是普通文件（是设备或管道），请给出数据文件本身。"))]) from None
    except FileNotFoundError:
        raise DrafterError([Problem(source, _("找不到这个文件，请检查路径。"))]) from None
    except IsADirectoryError:
        raise DrafterError([Problem(source, _("这是一个文件夹，请给出 .yaml 数据文件。"))]) from None
    except OSError as error:
        raise DrafterError([Problem(source, _("无法读取文件：{reason}").format(reason=error.strerror or error))]) from None
    if len(data) > limit:
        raise DrafterError([Problem(source, _("文件超过 {size} MB，不像是一份报告的数据，请检查是否选错了文件。").format(size=limit // (1024 * 1024)))])
    return data


def yaml_values(text: str, source: str) -> tuple[object, _ValueBuilder]:
    """Compose ``text`` with PyYAML's safe loader into plain values; the builder holds their places."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DrafterError([Problem(source, _("文件中有空字符（NUL），不是文本文件。"), line)])
    try:
        return _compose_values(getattr(yaml, "CSafeLoader", yaml.SafeLoader), text, source)
    except DrafterError as error:
        if error.problems and error.problems[0].rule != "yaml":
            raise
    # libyaml found a syntax error: PyYAML's own reader words it better, with the hints we know.
    return _compose_values(yaml.SafeLoader, text, source)


MAX_YAML_DEPTH = 64  # collections inside collections; report data needs about 12


def may_nest_deeper(text: str, limit: int) -> bool:
    """Whether ``text``'s collections could nest deeper than ``limit``, found without parsing it.

    A block collection inside another starts further right, or after a ``- ``/``? `` on the same
    line, so block depth is at most twice the widest run of indentation and indicators a line
    starts with, plus one; every flow collection needs a ``[`` or ``{`` of its own where a value
    can start (not inside text, as in 「人均{人均分}」). So the text is shallow enough unless a line
    starts with ``(limit - brackets) // 2`` such characters, which one regular-expression search
    finds (0.02 ms on a corpus-sized report; listing every line's prefix took 0.13).
    """
    widest_allowed = (limit - flow_starts(text)) // 2 - 1
    if widest_allowed < 0:
        return True
    return re.search(r"\n[ \-?:]{%d}" % (widest_allowed + 1), "\n" + text) is not None


def flow_starts(text: str) -> int:
    """The ``[`` and ``{`` that may start a flow collection: first in the text, or after YAML's white
    space or another indicator. (A loop over the brackets: a regular expression testing every
    character took 13 ms on an 800 KB report.)"""
    count = 0
    for bracket in "[{":
        at = text.find(bracket)
        while at >= 0:
            count += at == 0 or text[at - 1] in " \t\r\n[{,:"
            at = text.find(bracket, at + 1)
    return count


def refuse_oversized(loader_class, text: str, source: str) -> None:
    """Refuse collections nested deeper than ``MAX_YAML_DEPTH``, or more than ``MAX_NODES`` values,
    before composing: composing recurses (libyaml's binding can overflow the C stack) and holds every
    node in memory, while the parser's events come one at a time from a loop. Text that can hold
    neither (every report drafter has seen, up to the longest) skips the extra pass, which was a
    third of loading a 5,000-paragraph report."""
    if not may_nest_deeper(text, MAX_YAML_DEPTH) and most_values(text) <= MAX_NODES:
        return
    loader = loader_class(text)
    depth = count = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise DrafterError([Problem(source, _("嵌套层次过深（超过 {n} 层），报告数据用不到这么多层。请检查缩进或括号。").format(n=MAX_YAML_DEPTH), *_event_place(event), "limit")])
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
            count += 1
            if count > MAX_NODES:
                raise DrafterError([Problem(source, _too_many_values(), *_event_place(event), "limit")])
    finally:
        loader.dispose()


def most_values(text: str) -> int:
    """An upper bound on the values (nodes) ``text`` can compose to, found without parsing it: every
    node starts a token, and every token but a scalar is an indicator; scalars are parted by
    indicators or line breaks. (Aliases add no nodes: the builder counts what they bring in.)"""
    return 2 * (sum(text.count(mark) for mark in "\n,[]{}:-?") + 1)


def _event_place(event) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def _too_many_values() -> str:
    return _("数据过大或含有过多的锚点引用（超过 {n} 个值），已停止读取。").format(n=MAX_NODES)


def _compose_values(loader_class, text: str, source: str) -> tuple[object, _ValueBuilder]:
    loader = None
    try:
        refuse_oversized(loader_class, text, source)
        loader = loader_class(text)  # PyYAML's reader checks every character here
        node = loader.get_single_node()
        if node is None:
            raise DrafterError([Problem(source, _("文件是空的。请至少写出 title、issuer、recipient、date 和 parts。"), 1, 1)])
        builder = _ValueBuilder(loader, source)
        values = builder.build(node, ())
    except yaml.MarkedYAMLError as error:
        raise DrafterError([yaml_problem(error, source)]) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        message = _("这里有不可见的控制字符（#x{code:04x}），YAML 不允许，请删去。").format(code=error.character)
        raise DrafterError([Problem(source, message, line, column, "yaml")]) from None
    except yaml.YAMLError as error:
        raise DrafterError([Problem(source, _("YAML 无法读取：{reason}").format(reason=error), rule="yaml")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if builder.problems:
        raise DrafterError(builder.problems)
    return values, builder


# PyYAML's problems, by how they begin, in words a clerk can act on.
_YAML_HINTS = {
    "found character '\\t' that cannot start any token": N_("YAML 不能用制表符（Tab）缩进，请改用空格。"),
    "found a tab character": N_("YAML 不能用制表符（Tab）缩进，请改用空格。"),
    "mapping values are not allowed here": N_("冒号后的内容有误：若文字中含有「: 」，请给整段加引号，或改用全角冒号「：」。"),
    "found undefined alias": N_("引用了未定义的锚点（*名称），请检查拼写。"),
    "found duplicate anchor": N_("锚点（&名称）重名了，请换一个名称。"),
    "could not find expected ':'": N_("这一行缺少「字段: 值」中的冒号，或者上一行的引号没有闭合。"),
    "expected <block end>, but found '-'": N_("列表项「- 」的缩进与上面不一致。"),
    "expected <block end>": N_("缩进不一致：这一行的缩进与上面的字段对不齐。"),
    "did not find expected '-' indicator": N_("列表项「- 」的缩进与上面不一致。"),
    "did not find expected key": N_("缩进或格式有误：这里应是「字段: 值」，请检查缩进和引号。"),
    "did not find expected node content": N_("这里缺少内容：冒号或「- 」后面应有值。"),
    "expected ',' or ']'": N_("方括号 [ ] 中的列表没有闭合：缺少「]」，或者两项之间缺少逗号。"),
    "expected ',' or '}'": N_("花括号 { } 中的映射没有闭合：缺少「}」，或者两项之间缺少逗号。"),
    "found unexpected end of stream": N_("文件在引号或括号中途结束了：有引号或括号没有闭合。"),
    "found unknown escape character": N_("双引号中的反斜杠「\\」转义无效：要写反斜杠本身，请改用单引号，或写成「\\\\」。"),
    "expected alphabetic or numeric character": N_("锚点或引用（& 或 * 后）的名称只能用字母和数字。"),
    "expected <document start>": N_("文件开头的格式有误：第一行应是「字段: 值」。"),
    "found unexpected ':'": N_("冒号的位置不对：若文字中含有冒号，请给整段加引号。"),
    "expected a comment or a line break": N_("这一行在值的后面还有多余的文字：若是文字的一部分，请给整段加引号。"),
    "while scanning a simple key": N_("这一行缺少「字段: 值」中的冒号。"),
}


def yaml_problem(error: yaml.MarkedYAMLError, source: str) -> Problem:
    """A located problem for a YAML syntax error: what to change in plain words, and the line itself
    with a mark under the place (PyYAML's English only where no plain words are known)."""
    reason = error.problem or error.context or ""
    opened = reason.startswith(("expected ',' or", "found unexpected end of stream"))  # point at the bracket or quote left open
    mark = (error.context_mark if opened else None) or error.problem_mark or error.context_mark
    hint = next((_(h) for key, h in _YAML_HINTS.items() if reason.startswith(key) or (error.context or "").startswith(key)), None)
    message = _("YAML 语法错误：{reason}").format(reason=hint or reason)
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    if mark is not None and mark.buffer:
        message += pointed_line(str(mark.buffer), mark.line, mark.column)
    return Problem(source, message, line, column, "yaml")


def pointed_line(text: str, line: int, column: int) -> str:
    """The source line (0-based ``line``) and a caret under ``column``, measured in terminal cells."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return ""
    shown = lines[line].rstrip("\0")
    return f"\n    {shown}\n    {' ' * cells(shown[:column])}^"


_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
MAX_NUMBER = 10**15


def number_from_text(text: str) -> int | float:
    """The number written as ``text`` (a typed answer, a table cell): whole numbers exactly, never
    through a float; others as floats. ValueError if it is none."""
    text = text.strip()
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    number = float(text)
    return int(number) if number.is_integer() and usable_number(number) else number


def usable_number(value: float) -> bool:
    """A number a report can print: finite, and with fewer than 16 digits before the point. (A whole
    number is compared as it is: one of 400 digits is too large to become a float at all.)"""
    if isinstance(value, int):
        return abs(value) < MAX_NUMBER
    return math.isfinite(value) and abs(value) < MAX_NUMBER


def scalar_message(node: yaml.ScalarNode) -> str:
    """What to write instead of a scalar PyYAML cannot make into a value."""
    if node.tag == "tag:yaml.org,2002:timestamp":
        return _("日期「{text}」不存在，请检查月和日（如 2023-06-30）。").format(text=short(node.value))
    return _("「{text}」不能按标签「{tag}」读取。请去掉这个标签；若是文字，请加引号。").format(text=short(node.value), tag=node.tag.replace("tag:yaml.org,2002:", "!!"))


class _ValueBuilder:
    """Turns composed YAML nodes into plain values, recording marks and refusing surprises."""

    def __init__(self, loader: yaml.SafeLoader, source: str):
        self.loader = loader
        self.source = source
        self.marks: dict = {}
        self.key_marks: dict = {}
        self.spans: dict = {}
        self.problems: list[Problem] = []
        self.visited = 0
        self.merging: set[int] = set()  # mappings being merged, so one that merges itself is refused

    def build(self, node: yaml.Node, path: Path_) -> object:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise DrafterError([Problem(self.source, _too_many_values(), *self.mark_of(node), "limit")])
        if len(path) > MAX_YAML_DEPTH:  # a list that holds itself through an alias
            raise DrafterError([Problem(self.source, _("嵌套层次过深（超过 {n} 层），报告数据用不到这么多层。请检查缩进或括号。").format(n=MAX_YAML_DEPTH), *self.mark_of(node), "limit")])
        start = node.start_mark
        self.marks[path] = start.line + 1, start.column + 1
        self.spans[path] = start.index, node.end_mark.index
        kind = type(node)
        if kind is yaml.ScalarNode:  # most nodes: tested first
            return self.build_scalar(node)
        if node.tag not in _PLAIN_TAGS:
            raise DrafterError([Problem(self.source, _("不支持 YAML 标签「{tag}」，请去掉它，只写文字、数字、列表和映射。").format(tag=node.tag), *self.mark_of(node), "value")])
        if kind is yaml.MappingNode:
            return self.build_mapping(node, path)
        return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]

    def build_scalar(self, node: yaml.ScalarNode) -> object:
        """The scalar's value; an impossible date, a tag its text does not fit or an unusable number is a located problem."""
        if node.tag == _STR_TAG:  # most of a report: the text as written (what PyYAML's constructor returns for it)
            return node.value
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError, TypeError, LookupError, AttributeError, yaml.YAMLError):
            self.problems.append(Problem(self.source, scalar_message(node), *self.mark_of(node), "value"))
            return node.value
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.strftime("%Y-%m-%d") if type(value) is datetime.date else value.isoformat()
        if isinstance(value, bytes):
            return value.decode("latin-1")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not usable_number(value):
            message = _("数字「{text}」无法使用：请写一个有限的普通数字（绝对值小于 10 的 15 次方）。若是文字，请加引号。").format(text=short(node.value))
            self.problems.append(Problem(self.source, message, *self.mark_of(node), "number"))
            return node.value
        return value

    def build_mapping(self, node: yaml.MappingNode, path: Path_) -> dict:
        """A mapping's values; ``<<`` merges are expanded here, every merged value counted, and the
        mapping's own keys override merged ones as YAML says (only a key written twice is a problem)."""
        result: dict = {}
        own = [(key, value) for key, value in node.value if key.tag != _MERGE_TAG]
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                result.update(self.merged(value_node, path))
        written: set = set()
        for key_node, value_node in own:
            key = self.build_scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problems.append(Problem(self.source, _("字段名「{key}」不是文字，请改为英文字段名。").format(key=short(key if key is not None else key_node.tag)), *self.mark_of(key_node)))
                continue
            if key in written:
                self.problems.append(Problem(self.source, _("字段「{key}」重复出现，后一个会覆盖前一个。请合并或删除其中一个。").format(key=key), *self.mark_of(key_node), "duplicate-key"))
                continue
            written.add(key)
            self.key_marks[path + (key,)] = self.mark_of(key_node)
            result.pop(key, None)
            result[key] = self.build(value_node, path + (key,))
        return result

    def merged(self, node: yaml.Node, path: Path_) -> dict:
        """The values a ``<<`` brings in: one mapping, or a list of them where the first has the last word."""
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        result: dict = {}
        for source in reversed(sources):
            if not isinstance(source, yaml.MappingNode):
                self.problems.append(Problem(self.source, _("「<<」后面应是一个映射（如 *锚点名）或映射的列表。"), *self.mark_of(source), "value"))
                continue
            if id(source) in self.merging:
                self.problems.append(Problem(self.source, _("「<<」合并了包含它自己的映射，无法展开。"), *self.mark_of(node), "value"))
                continue
            self.merging.add(id(source))
            place = self.marks.get(path), self.spans.get(path)
            result.update(self.build(source, path))  # counted and checked like any other node
            self.marks[path], self.spans[path] = place
            self.merging.discard(id(source))
        return result

    @staticmethod
    def mark_of(node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1


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
    header = f"# Generated from drafter/schema/{schema_path.name} by drafter.data.load.validator_code(); do not edit.\n"
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
            line, column = report.where(path)
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


def structure_problems(report: ReportData) -> list[Problem]:
    """What the schema cannot say: every item has something to show, and headings nest at most four deep."""
    problems: list[Problem] = []
    parts = report.values.get("parts", {})
    if not any(part.get("content") for part in parts.values()) and not report.values.get("preface"):
        line, column = report.where_key(("parts",))
        problems.append(Problem(report.source, _("「parts」中没有任何内容。请至少在一个部分的 content 下写一段文字。"), line, column, "structure"))
    for key, part in parts.items():
        top_level = 1 if part.get("heading") else 0
        problems += content_problems(report, part.get("content", []), ("parts", key, "content"), top_level)
    problems += content_problems(report, report.values.get("preface", []), ("preface",), 0)
    if report_date(report.values["date"]) is None:
        line, column = report.where(("date",))
        problems.append(Problem(report.source, _("日期「{value}」不存在，请检查月和日。").format(value=report.values["date"]), line, column, "structure"))
    return problems + record_problems(report)


def title_text(values: dict) -> str:
    """The title as one line, whether the data writes it as one or as its lines."""
    title = values.get("title", "")
    return "".join(title) if isinstance(title, list) else str(title)


def consistency_warnings(report: ReportData) -> list[Problem]:
    """What the data says twice and differently, as warnings at their lines (``build`` prints them,
    ``check`` lists them under their rule): the organ the title or 版头 names against the 署名
    (issuer-mismatch), the 成文日期 against the title's year (date-before-title); and a title that
    does not end with the 文种 报告 (title-genre)."""
    problems = [Problem(report.source, message, *report.where(path), "issuer-mismatch") for message, path in issuer_mismatches(report.values)]
    stale = date_before_title(report.values)
    if stale:
        problems.append(Problem(report.source, stale, *report.where(("date",)), "date-before-title"))
    title = title_text(report.values)
    if title and not title.endswith("报告"):
        message = _("标题应以文种「报告」结尾（发文机关＋关于……的＋文种，《党政机关公文处理工作条例》第九条）；「汇报」「总结」不是公文文种。")
        problems.append(Problem(report.source, message, *report.where(("title",)), "title-genre"))
    return problems


def issuer_mismatches(values: dict) -> list[tuple[str, tuple]]:
    """The 发文机关 the title (「XX县教育局关于……」) and the 版头's 发文机关标志 (「XX县教育局文件」) name,
    where it is not the 署名's (issuer) nor a short form of it (「XX县关于……」 for XX县人民政府): a
    slip, or last year's or another office's file reused with its old name."""
    issuer = re.sub(r"\s+", "", str(values.get("issuer", "")))
    title = title_text(values)
    named = []
    if "关于" in title:
        named.append((title[:title.index("关于")], ("title",)))
    mark = (values.get("letterhead") or {}).get("mark")
    if isinstance(mark, str) and mark.endswith("文件"):
        named.append((mark[:-2], ("letterhead", "mark")))
    found = []
    for text, path in named:
        organs = [organ for organ in re.split(r"[\s　、]+", text) if organ]  # 联合行文: several organs
        if organs and issuer and not any(issuer.startswith(organ) or organ.startswith(issuer) for organ in organs):
            found.append((_("「{named}」与署名的发文机关「{issuer}」不一致：是否写错，或沿用了别处的文件？").format(named=text.strip(), issuer=issuer), path))
    return found


def date_before_title(values: dict) -> str | None:
    """The 成文日期 in a year before the last the title names (「2023年工作情况的报告」 dated in 2022):
    last year's date left in a file reused."""
    title = title_text(values)
    years = [int(year) for year in re.findall(r"(?<!\d)(\d{4})(?=年|学年|—|－|-)", title)]
    written = str(values.get("date", ""))[:4]
    if years and written.isdigit() and int(written) < max(years):
        return _("成文日期是 {written} 年，早于标题中的 {year} 年：是否沿用了往年的日期？").format(written=written, year=max(years))
    return None


def record_problems(report: ReportData) -> list[Problem]:
    """A 版记 that can be printed whole: its rows have exact heights, so 印发机关 must share its line
    with 印发日期, and the 抄送 must leave the 版记 room at a page's foot."""
    record = report.values.get("record")
    if not isinstance(record, dict):
        return []
    from drafter.text.measure import CC_MOST_LINES, cc_lines, printed_line_fits

    problems = []
    printed = report_date(record.get("printed", ""))
    if printed is None and record.get("printed") is not None:  # written as text ('2024-02-30'), YAML took it without a check
        line, column = report.where(("record", "printed"))
        problems.append(Problem(report.source, _("日期「{value}」不存在，请检查月和日。").format(value=record["printed"]), line, column, "structure"))
    if printed is not None and not printed_line_fits(str(record.get("printer", "")), f"{printed.year}年{printed.month}月{printed.day}日"):
        line, column = report.where(("record", "printer"))
        problems.append(Problem(report.source, _("「{where}」太长：印发机关要和印发日期排在同一行，放不下。请写简称。").format(
            where=describe_path(("record", "printer"))), line, column, "structure"))
    lines = cc_lines("，".join(map(str, record.get("cc") or [])) + "。")
    if lines > CC_MOST_LINES:
        line, column = report.where(("record", "cc"))
        problems.append(Problem(report.source, _("「{where}」太长：要排 {lines} 行，版记中的抄送最多 {most} 行。请改用统称（如「各乡镇人民政府」），或删去一些。").format(
            where=describe_path(("record", "cc")), lines=lines, most=CC_MOST_LINES), line, column, "structure"))
    return problems


def report_date(text: str) -> datetime.date | None:
    """成文日期 as a date, from 2024-05-10 or 2024年5月10日; None if there is no such day."""
    digits = [int(x) for x in re.findall(r"\d+", str(text))]
    try:
        return datetime.date(*digits[:3])
    except (TypeError, ValueError):
        return None


def content_problems(report: ReportData, content: list, path: Path_, parent_level: int) -> list[Problem]:
    problems: list[Problem] = []
    for index, item in enumerate(content):
        if not isinstance(item, dict):
            continue
        here = path + (index,)
        problems += item_problems(report, item, here, parent_level)
        level = item.get("level", parent_level + 1) if "heading" in item else parent_level
        problems += content_problems(report, item.get("content", []), here + ("content",), level)
    return problems


class _Described:
    """``describe_path(path)``, worked out when a message is formatted with it and not before."""

    def __init__(self, path: Path_):
        self.path = path

    def __format__(self, spec: str) -> str:
        return format(describe_path(self.path), spec)


def item_problems(report: ReportData, item: dict, path: Path_, parent_level: int) -> list[Problem]:
    """Problems of one item, each located at the field it is about."""
    found: list[tuple[Path_, str]] = []
    where = _Described(path)  # worded only for a message: most items have none
    if not any(key in item for key in ("heading", "text", "points", "content")) and "indicator" not in item:
        found.append((path, _("「{where}」是空的：请写 heading、text、points 或 content 中的至少一项。").format(where=where)))
    if "text" in item and not str(item["text"]).strip() and "indicator" not in item:
        found.append((path + ("text",), _("「{where}」不能为空。").format(where=describe_path(path + ("text",)))))
    if "heading" not in item:
        for key in ("run_in", "level"):
            if key in item:
                found.append((path + (key,), _("「{where}」写了 {key} 却没有 heading。请补上标题，或删去 {key}。").format(where=where, key=key)))
    if "layout" in item and "points" not in item:
        found.append((path + ("layout",), _("「{where}」写了 layout 却没有 points。").format(where=where)))
    if "heading" in item:
        level = item.get("level", parent_level + 1)
        if level <= parent_level:
            found.append((path + ("level",), _("「{where}」的 level: {level} 不比上一级标题深，请写 {least} 到 {most} 之间的数。").format(where=where, level=level, least=parent_level + 1, most=MAX_DEPTH)))
        elif level > MAX_DEPTH:
            found.append((path + ("heading",), _("「{where}」的标题在第 {level} 层，公文标题最多四层（一、（一）1.（1））。请减少嵌套。").format(where=where, level=level)))
    return [Problem(report.source, message, *report.where_key(at), "structure") for at, message in found]
