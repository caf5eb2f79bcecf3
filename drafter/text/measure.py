"""The GB/T 9704-2012 page in figures, and how much of it text takes: A4 and its margins, the type
area, the faces and sizes of body, table and 版记 text (docs/gongwen-format.md), the width of text in
characters, and what must fit the 版记's exact lines. The .docx writer lays the page out with these;
the data's checks hold the 版记 to them before a build (``drafter.data.structure``).
"""

from __future__ import annotations

import math
import unicodedata

FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"

PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838  # A4, twips
MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT = 2098, 1474, 1984, 1587
LINE_PITCH = 579  # 28.95 pt: 22 lines fill the 225 mm type area
BODY_SIZE = 32  # 三号, half-points
# 28 characters of 16 pt are 158 mm, the type area 156 mm: −0.25 pt between characters makes 28 fit.
# (A linesAndChars grid with charSpace is Word's other way, but LibreOffice 7.4 lays out ~14 a line with it.)
TIGHTEN = -5
CHAR = 320  # one 三号 character, twips (Word's and WPS's 「字符」 unit at this size)
PAGE_NUMBER_SIZE = 28  # 四号
TABLE_SIZE = 28  # 四号: table text
TABLE_LINE = 400  # 20 pt exact: the same row heights in every office, whatever its faces' own line height (Noto's: 1.44 em)
TABLE_RULE = 10  # twips a row's rule adds to its lines (½ pt)
TABLE_TOP = 15  # twips the table's top rule adds above its first row (measured in LibreOffice's PDF)
TABLE_OVER_LINE = 20  # twips: the paragraph that takes a split table's rest to a new page
RECORD_SIZE = 28  # 四号: 版记
RECORD_CHAR = 280  # one 四号 character
MARK_SIZE = 72  # 小初 (36 pt): 发文机关标志, 小标宋 in red
MARK_LINE = 800  # its exact line, twips: room for the 36 pt glyphs
MARK_TOP = 1984  # 35 mm: the 标志's top below the top of the type area (GB/T 9704 7.2.4)
RED = "FF0000"
TYPE_AREA_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 156 mm
TYPE_AREA_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM  # 225 mm
PAGE_NUMBER_INDENT = 280  # one 四号 character
FOOTER_DISTANCE = 1307  # page-number line top 7 mm below the type area: 28 mm − one 14 pt line


def display_width(text: str) -> float:
    """Width in body characters: a full-width character is one, a half-width one a half."""
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)


def cc_lines(names: str) -> int:
    """Lines the 抄送 takes with ``names`` after 「抄送：」 (each row's height is exact: what runs over
    is not printed, so the data is held to ``CC_MOST_LINES``)."""
    holds = (TYPE_AREA_WIDTH - 5 * RECORD_CHAR) / RECORD_CHAR  # characters a line holds after 「抄送：」
    return max(1, math.ceil(display_width(names) / holds - 0.1))  # closing marks may squeeze into a line


CC_MOST_LINES = 10  # of 抄送: with the 印发 line, under half a page, so the 版记 fits a page's foot


def printed_line_fits(printer: str, printed: str) -> bool:
    """Whether 印发机关 and 「{printed}印发」 fit the 版记's one line, a character apart (7.4.3)."""
    holds = (TYPE_AREA_WIDTH - 2 * RECORD_CHAR) / RECORD_CHAR  # 左右各空一字
    return display_width(printer) + display_width(printed + "印发") + 1 <= holds
