"""Numbering: markers come only from the tree, by depth, restarting under each parent."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from drafter.assemble.model import Document, Enumeration, Heading, Paragraph
from drafter.assemble.number import number
from drafter.text.numerals import chinese_numeral, heading_marker, point_marker

NUMERALS = [
    (1, "一"), (2, "二"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
    (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (111, "一百一十一"), (120, "一百二十"),
    (999, "九百九十九"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (1100, "一千一百"),
    (10000, "一万"), (10001, "一万零一"), (10010, "一万零一十"), (100000, "十万"), (110000, "十一万"),
]


@pytest.mark.parametrize("n, text", NUMERALS)
def test_chinese_numerals(n, text):
    assert chinese_numeral(n) == text


@pytest.mark.parametrize("level, index, marker", [
    (1, 1, "一、"), (1, 11, "十一、"), (2, 3, "（三）"), (2, 20, "（二十）"), (3, 7, "7."), (3, 12, "12."), (4, 2, "（2）"),
])
def test_heading_markers_follow_the_standard_punctuation(level, index, marker):
    assert heading_marker(level, index) == marker


def test_points_are_numbered_yishi_ershi():
    assert [point_marker(i) for i in (1, 2, 10, 11)] == ["一是", "二是", "十是", "十一是"]


_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}


def parse_numeral(text: str) -> int:
    """An independent reading of Chinese numerals up to 9999, to check the writer against."""
    total, digit = 0, 0
    for char in text:
        if char in _DIGIT:
            digit = _DIGIT[char]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            total += (digit or 1) * unit
            digit = 0
    return total + digit


@given(st.integers(min_value=1, max_value=9999))
def test_numerals_read_back_to_the_same_number(n):
    text = chinese_numeral(n)
    assert parse_numeral(text) == n
    assert not text.startswith("一十")
    assert "零零" not in text and not text.endswith("零")


MARKER_PATTERNS = {
    1: re.compile(r"^([一二三四五六七八九十百千零]+)、"),
    2: re.compile(r"^（([一二三四五六七八九十百千零]+)）"),
    3: re.compile(r"^(\d+)\."),
    4: re.compile(r"^（(\d+)）"),
}


def marker_value(level: int, text: str) -> int:
    match = MARKER_PATTERNS[level].match(text)
    assert match, f"level {level} heading without its marker: {text!r}"
    value = match.group(1)
    return int(value) if value.isdigit() else parse_numeral(value)


def trees(depth=1):
    """Random heading trees (with paragraphs between) down to level 4."""
    leaf = st.builds(Paragraph, st.text("甲乙丙", min_size=1, max_size=3))
    if depth == 4:
        children = st.lists(leaf, max_size=2)
    else:
        children = st.lists(st.one_of(leaf, st.deferred(lambda: heading(depth + 1))), max_size=5)
    return children


def heading(depth):
    return st.builds(lambda text, children: Heading(text, children), st.text("标题", min_size=1, max_size=2), trees(depth))


documents = st.builds(lambda body: Document(body=body), st.lists(st.one_of(heading(1), st.builds(Paragraph, st.just("段"))), max_size=12))


def expected_markers(blocks, level=1):
    """Walk the tree the way the standard reads it: (level, position among siblings) per heading."""
    out, index = [], 0
    for block in blocks:
        if isinstance(block, Heading):
            index += 1
            out.append((level, index))
            out += expected_markers(block.children, level + 1)
    return out


def numbered_markers(document):
    lines = number(document).lines
    return [(int(line.kind[-1]), marker_value(int(line.kind[-1]), line.text)) for line in lines if line.kind.startswith("heading")]


@settings(max_examples=200, deadline=None)
@given(documents)
def test_every_sibling_sequence_is_gapless_from_one_and_markers_match_depth(document):
    markers = numbered_markers(document)
    assert markers == expected_markers(document.body)
    seen_under_parent: dict = {}
    stack = []
    for level, value in markers:
        del stack[level - 1:]
        key = (tuple(stack), level)
        assert value == seen_under_parent.get(key, 0) + 1
        seen_under_parent[key] = value
        stack.append(value)


def headings_with_paths(blocks, path=()):
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            yield path + (index,), block
            yield from headings_with_paths(block.children, path + (index, "children"))


def siblings_at(document, path):
    container = document.body
    for step in path[:-1]:
        container = getattr(container, step) if isinstance(step, str) else container[step]
    return container


@settings(max_examples=150, deadline=None)
@given(documents, st.data())
def test_deleting_or_inserting_a_heading_renumbers_everything(document, data):
    located = list(headings_with_paths(document.body))
    if located:
        path, _ = data.draw(st.sampled_from(located))
        siblings = siblings_at(document, path)
        if data.draw(st.booleans()):
            del siblings[path[-1]]
        else:
            siblings.insert(path[-1], Heading("新增"))
    else:
        document.body.append(Heading("新增"))
    assert numbered_markers(document) == expected_markers(document.body)


def test_a_level_may_be_skipped_and_counts_restart_per_level():
    document = Document(body=[Heading("甲", [Heading("子", level=3), Heading("子", level=3), Heading("乙", level=2)])])
    texts = [line.text for line in number(document).lines]
    assert texts == ["一、甲", "1.子", "2.子", "（一）乙"]


def test_twenty_first_level_one_heading_reads_ershiyi():
    document = Document(body=[Heading(f"第{i}项") for i in range(1, 102)])
    texts = [line.text for line in number(document).lines]
    assert texts[9] == "十、第10项" and texts[10] == "十一、第11项" and texts[19] == "二十、第20项"
    assert texts[98] == "九十九、第99项" and texts[99] == "一百、第100项" and texts[100] == "一百零一、第101项"


@pytest.mark.parametrize("separate, expected", [
    (False, ["主要做法如下。一是甲；二是乙；三是丙。"]),
    (True, ["主要做法如下。", "一是甲；", "二是乙；", "三是丙。"]),
])
def test_enumerations_inline_or_one_paragraph_each(separate, expected):
    document = Document(body=[Paragraph("主要做法如下。", Enumeration(["甲", "乙", "丙"], separate))])
    assert [line.text for line in number(document).lines] == expected


def test_points_keep_their_own_punctuation():
    document = Document(body=[Paragraph("", Enumeration(["甲。", "乙；", "丙等。"]))])
    assert number(document).lines[0].text == "一是甲。二是乙；三是丙等。"


def test_run_in_heading_shares_its_paragraph_with_the_text_in_body_font():
    document = Document(body=[Heading("一", [Heading("紧盯党的建设", [Paragraph("", Enumeration(["坚持。"]))], run_in=True)])])
    line = number(document).lines[1]
    assert line.kind == "heading2"
    assert [(run.role, run.text) for run in line.runs] == [("heading", "（一）紧盯党的建设。"), ("body", "坚持。")]


def test_a_lone_point_takes_no_marker():
    document = Document(body=[Paragraph("下一步，我们将继续努力。", Enumeration(["加强队伍建设"])), Paragraph("", Enumeration(["甲", "乙"], True))])
    assert [line.text for line in number(document).lines] == ["下一步，我们将继续努力。加强队伍建设。", "一是甲；", "二是乙。"]
