"""List numbers as Word and WPS show them: the label (一、 （一） 1.) a paragraph numbered by the
list feature starts with. Such a label is not in the paragraph's text: it is worked out from
numbering.xml when the document is laid out, so a reader of the XML alone would see headings
without their numbers (ECMA-376 Part 1, 17.9).

``list_labels`` walks the paragraphs in document order and counts as Word does:
- a paragraph's list is its own ``w:numPr``, else its style's (through ``basedOn``); ``numId`` 0 is none;
- each ``w:num`` points at an ``w:abstractNum`` (perhaps through a numbering style's
  ``w:numStyleLink``). Instances of one abstract list share its counters, as in Word, unless an
  instance restarts a level (``w:startOverride``, what Word's 重新开始编号 writes), which gives
  it counters of its own; an override of a level's format alone keeps the shared count;
- a level starts at ``w:start`` and restarts when a higher level is used (``w:lvlRestart``);
- the label is ``w:lvlText`` with ``%1``…``%9`` replaced by each level's number in its
  ``w:numFmt`` (or in Arabic digits under ``w:isLgl``). Bullets and ``none`` give no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.text.numerals import chinese_numeral

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
LEVELS = 9
MAX_NUMBER = 99_999  # a count past this is a damaged file, not a report's list
MAX_LABEL = 40  # characters; a longer "label" (a damaged or hostile lvlText) is not read as one


@dataclass
class Level:
    """One level of a list: how it counts and how its label is written."""

    start: int = 1
    format: str = "decimal"
    text: str | None = None  # lvlText; None when the file leaves it out
    restart: int | None = None  # lvlRestart: restart after levels above this (1-based); 0 never
    legal: bool = False  # isLgl: every number in the label in Arabic digits
    element: object = None  # the w:lvl it was read from (the abstract list's, or an override's)


class ListLabels:
    """The numbering part of one document, read once; ``of(paragraph)`` counts and labels, in order."""

    def __init__(self, numbering, styles):
        self.styles = styles
        self.instances = {}  # numId -> (counter key, {level: Level})
        self.counters = {}
        if numbering is None:
            return
        self.abstract_elements = {element.get(f"{W}abstractNumId"): element for element in numbering.findall(f"{W}abstractNum")}
        self.number_elements = {element.get(f"{W}numId"): element for element in numbering.findall(f"{W}num")}
        for number_id, number in self.number_elements.items():
            abstract_id = self._linked(_child_value(number, "abstractNumId"), set())
            levels = dict(self._levels(self.abstract_elements.get(abstract_id)))
            restarted = False
            for override in number.findall(f"{W}lvlOverride"):
                index = _int(override.get(f"{W}ilvl"), -1)
                if not 0 <= index < LEVELS:
                    continue
                whole = override.find(f"{W}lvl")
                level = _level(whole) if whole is not None else replace(levels.get(index, Level()))
                start = override.find(f"{W}startOverride")
                if start is not None:
                    level.start = _bounded(_int(start.get(f"{W}val"), level.start))
                    restarted = True
                levels[index] = level
            key = ("num", number_id) if restarted else ("abstract", abstract_id)
            self.instances[number_id] = (key, levels)

    def _linked(self, abstract_id: str | None, seen: set) -> str | None:
        """The abstract list that holds the levels: ``abstract_id``'s, or through its numStyleLink the
        one the numbering style's own list points at."""
        element = self.abstract_elements.get(abstract_id)
        link = element.find(f"{W}numStyleLink") if element is not None else None
        if link is None or abstract_id in seen:
            return abstract_id
        seen.add(abstract_id)
        number_id = _child_value(self.styles.inherited(link.get(f"{W}val"), f"{W}pPr/{W}numPr"), "numId")
        number = self.number_elements.get(number_id)
        return self._linked(_child_value(number, "abstractNumId"), seen) if number is not None else abstract_id

    @staticmethod
    def _levels(abstract):
        if abstract is None:
            return
        for element in abstract.findall(f"{W}lvl"):
            index = _int(element.get(f"{W}ilvl"), -1)
            if 0 <= index < LEVELS:
                yield index, _level(element)

    def of(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` ('' if none), counting it in its list."""
        number_id, index = self._list_of(paragraph)
        if number_id is None or number_id not in self.instances:
            return ""
        key, levels = self.instances[number_id]
        level = levels.get(index)
        if level is None:
            return ""
        counts = self.counters.setdefault(key, [None] * LEVELS)
        counts[index] = level.start if counts[index] is None else min(counts[index] + 1, MAX_NUMBER)
        for deeper in range(index + 1, LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and index < restart):
                counts[deeper] = None
        if level.format in ("bullet", "none") or level.text is None or len(level.text) > MAX_LABEL:
            return ""
        label = _filled(level, levels, counts)
        return label if len(label) <= MAX_LABEL else ""

    def level_of(self, paragraph) -> tuple[Level | None, int]:
        """The list level that numbers ``paragraph`` and its index (0-based), without counting it."""
        number_id, index = self._list_of(paragraph)
        _key, levels = self.instances.get(number_id, (None, {}))
        return levels.get(index), index

    def _list_of(self, paragraph) -> tuple[str | None, int]:
        properties = paragraph.find(f"{W}pPr")
        own = properties.find(f"{W}numPr") if properties is not None else None
        style = properties.find(f"{W}pStyle") if properties is not None else None
        style_id = style.get(f"{W}val") if style is not None else None
        number = _child_value(own, "numId")
        index = _child_value(own, "ilvl")
        if number is None or index is None:
            styled = self.styles.inherited(style_id, f"{W}pPr/{W}numPr") if style_id else None
            number = number if number is not None else _child_value(styled, "numId")
            index = index if index is not None else _child_value(styled, "ilvl")
        if number in (None, "0"):
            return None, 0
        index = _int(index, 0)
        return number, index if 0 <= index < LEVELS else 0


def list_labels(body, numbering, styles) -> dict:
    """Every numbered paragraph under ``body`` (the document's w:body) and its label, counted in
    document order; paragraphs of a Word 2007 copy of a text box (``mc:Fallback``) are not counted."""
    labels = ListLabels(numbering, styles)
    found = {}
    if not labels.instances:
        return found
    for paragraph in body.iter(f"{W}p"):
        if any(ancestor.tag == MC_FALLBACK for ancestor in paragraph.iterancestors()):
            continue
        label = labels.of(paragraph)
        if label:
            found[paragraph] = label
    return found


def _level(element) -> Level:
    def value(tag):
        child = element.find(f"{W}{tag}")
        return child.get(f"{W}val") if child is not None else None

    restart = value("lvlRestart")
    legal = element.find(f"{W}isLgl")
    return Level(start=_bounded(_int(value("start"), 1)), format=value("numFmt") or "decimal", text=value("lvlText"),
                 restart=_int(restart, None) if restart is not None else None,
                 legal=legal is not None and legal.get(f"{W}val", "true") not in ("0", "false", "off"), element=element)


def mended_text(level: Level, index: int, label: str, correct: str) -> str | None:
    """The ``lvlText`` that prints ``correct`` where ``level`` (at ``index``) now prints ``label``, as
    「(%2)」 for 「(一)」 becomes 「（%2）」; None unless the level prints its own number alone, once."""
    if level.text is None or level.element is None or level.legal or re.findall(r"%[1-9]", level.text) != [f"%{index + 1}"]:
        return None
    before, after = level.text.split(f"%{index + 1}")
    if not (label.startswith(before) and label.endswith(after)) or len(label) <= len(before) + len(after):
        return None
    number = label[len(before):len(label) - len(after)]
    if correct.count(number) != 1:
        return None
    return correct.replace(number, f"%{index + 1}")


def _filled(level: Level, levels: dict, counts: list) -> str:
    """``level.text`` with each ``%n`` written as level n's number."""
    pieces, text, at = [], level.text, 0
    while at < len(text):
        if text[at] == "%" and at + 1 < len(text) and text[at + 1] in "123456789":
            index = int(text[at + 1]) - 1
            shown = levels.get(index, Level())
            count = counts[index] if counts[index] is not None else shown.start
            pieces.append(formatted(count, "decimal" if level.legal else shown.format))
            at += 2
        else:
            pieces.append(text[at])
            at += 1
    return "".join(pieces)


_DIGITS = "〇一二三四五六七八九"
_CAPITAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
_CAPITAL_TRADITIONAL = str.maketrans("一二三四五六七八九十百千", "壹貳參肆伍陸柒捌玖拾佰仟")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_COUNTING = {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"}
_DIGITAL = {"ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand", "koreanDigital", "koreanDigital2"}


def formatted(count: int, format: str) -> str:
    """``count`` as list format ``format`` writes it (ST_NumberFormat); an unknown format in digits."""
    if count <= 0:
        return "〇" if format in _COUNTING | _DIGITAL else "0"
    if format in _COUNTING:
        return chinese_numeral(count)
    if format in _DIGITAL:
        return "".join(_DIGITS[int(d)] for d in str(count))
    if format == "chineseLegalSimplified":
        return chinese_numeral(count).translate(_CAPITAL)
    if format == "ideographLegalTraditional":
        return chinese_numeral(count).translate(_CAPITAL_TRADITIONAL)
    if format == "ideographTraditional" and count <= len(_STEMS):
        return _STEMS[count - 1]
    if format == "ideographZodiacTraditional" and count <= 60:
        return _STEMS[(count - 1) % 10] + _BRANCHES[(count - 1) % 12]  # 甲子, 乙丑
    if format == "ideographEnclosedCircle" and count <= 10:
        return chr(0x3280 + count - 1)  # ㊀
    if format == "ideographZodiac" and count <= len(_BRANCHES):
        return _BRANCHES[count - 1]
    if format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and count <= 20:
        return chr(0x2460 + count - 1)  # ①
    if format == "decimalEnclosedParen" and count <= 20:
        return chr(0x2474 + count - 1)  # ⑴
    if format == "decimalEnclosedFullstop" and count <= 20:
        return chr(0x2488 + count - 1)  # ⒈
    if format in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(count))
    if format == "decimalZero":
        return f"{count:02d}"
    if format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letter if format == "upperLetter" else letter.lower()
    if format in ("upperRoman", "lowerRoman") and count < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            while count >= value:
                roman, count = roman + numeral, count - value
        return roman if format == "upperRoman" else roman.lower()
    return str(count)


def _bounded(count: int) -> int:
    return max(0, min(count, MAX_NUMBER))


def _child_value(element, tag: str) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return child.get(f"{W}val") if child is not None else None


def _int(text, default):
    try:
        return int(text)
    except (TypeError, ValueError):
        return default
