"""Reading a clerk's file within bounds: a regular file of at most 4 MB, as UTF-8, and its YAML with
the place of every value, composed one event at a time so that an alias bomb, a deep nest or a
huge file is refused at a clear message before it costs memory.
"""

from __future__ import annotations

import datetime
import math
import os
import re
import stat
from pathlib import Path

import yaml

from drafter.errors import DrafterError, Problem, cells
from drafter.files import os_reason
from drafter.i18n import N_, _
from drafter.data.report import Path_
from drafter.data.schema import short


MAX_BYTES = 4 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 4


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
        raise DrafterError([Problem(source, _("无法读取文件：{reason}").format(reason=os_reason(error)))]) from None
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
