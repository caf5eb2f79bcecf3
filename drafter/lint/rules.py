"""Lint rules for official writing: each rule reads paragraphs of text and reports findings with a fix.

Rules know nothing of files: ``check`` gives them paragraphs and turns their offsets into places.
A finding with ``replacement`` is mechanical and ``drafter check --fix`` may apply it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.i18n import N_, _
from drafter.text.numerals import chinese_numeral, heading_marker
from drafter.text.dates import DIGIT_DATE, FULL_WIDTH_DIGITS, NUMERAL_DATE, YEAR_NUMERALS, impossible
from drafter.text.lines import SOURCE_LINE
from drafter.text.markers import NUMERALS, leading_marker, numeral_value, split_run_together

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_CHAR = re.compile(f"[{CJK}]")
ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    """One thing a careful editor would change: where in its paragraph, what, and how."""

    rule: str
    severity: str
    paragraph: int  # index into the paragraphs the rules were given
    offset: int  # character offset in that paragraph
    text: str  # the offending text
    message: str
    replacement: str | None = None  # the corrected text, when the fix is mechanical


@dataclass
class Paragraph:
    """Text to check, and what the rules may know of it."""

    text: str
    kind: str = "body"  # body, heading (data headings: markers are generated), point
    markers_generated: bool = False  # True for YAML data: numbering is drafter's, not typed


@dataclass
class RuleSet:
    """Which rules run: all of them but the ones switched off."""

    disabled: set[str] = field(default_factory=set)

    def active(self, rule_id: str) -> bool:
        return rule_id not in self.disabled


def is_cjk(char: str) -> bool:
    return bool(char) and bool(_CJK_CHAR.match(char))


# --- marks: brackets, quotes and book titles ---------------------------------------------

_PAIRS = {"《": "》", "〈": "〉", "“": "”", "‘": "’", "（": "）", "【": "】", "〔": "〕"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


def nested_book_titles(paragraph: Paragraph, index: int) -> list[Finding]:
    """《…《…》…》 must be 《…〈…〉…》 (GB/T 15834 4.15.3): the inner pair becomes 〈〉."""
    findings, stack = [], []
    for offset, char in enumerate(paragraph.text):
        if char == "《":
            stack.append(offset)
            if len(stack) == 2:
                findings.append(Finding("nested-book-title", ERROR, index, offset, "《", _(N_("书名号中又用了书名号：内层应为单书名号〈〉。")), "〈"))
        elif char == "》" and stack:
            if len(stack) == 2:
                findings.append(Finding("nested-book-title", ERROR, index, offset, "》", _(N_("书名号中又用了书名号：内层应为单书名号〈〉。")), "〉"))
            stack.pop()
        elif char == "〉" and len(stack) == 1:
            stack.pop()  # 《…〉: a mismatched pair (unbalanced-mark reports it), still a title that has ended
    return findings


def unbalanced_marks(paragraph: Paragraph, index: int) -> list[Finding]:
    """Every opening 《〈“‘（【〔 has its own closing mark, in order, within the paragraph."""
    findings, stack = [], []
    for offset, char in enumerate(paragraph.text):
        if char in _PAIRS:
            stack.append((char, offset))
        elif char in _CLOSERS:
            if stack and stack[-1][0] == _CLOSERS[char]:
                stack.pop()
            elif stack and char == "》" and stack[-1][0] == "《":
                stack.pop()
            elif stack and {stack[-1][0], char} in ({"《", "〉"}, {"〈", "》"}):
                # 《…〉 or 〈…》: one book title with its halves mismatched, reported once here and no further
                opening = stack.pop()[0]
                findings.append(Finding("unbalanced-mark", ERROR, index, offset, char, _(N_("书名号不配对：「{opening}」以「{mark}」结束。两半应同为《》或同为〈〉。")).format(opening=opening, mark=char)))
            else:
                expected = _PAIRS[stack[-1][0]] if stack else None
                message = _(N_("「{mark}」没有对应的前半个标点。")).format(mark=char) if expected is None else _(N_("标点不配对：这里应先以「{expected}」结束前面的「{opening}」。")).format(expected=expected, opening=stack[-1][0])
                findings.append(Finding("unbalanced-mark", ERROR, index, offset, char, message))
                if stack and any(open_ == _CLOSERS[char] for open_, _o in stack):
                    while stack and stack[-1][0] != _CLOSERS[char]:
                        stack.pop()
                    stack.pop()
    for char, offset in stack:
        findings.append(Finding("unbalanced-mark", ERROR, index, offset, char, _(N_("「{mark}」没有对应的后半个标点。")).format(mark=char)))
    return findings


# --- punctuation width, 文号, percent signs, range connectors --------------------------------

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def half_width_punctuation(paragraph: Paragraph, index: int) -> list[Finding]:
    """, ; : ? ! ( ) next to Chinese text should be full width (GB/T 15834); 1,000 and 10:30 stay."""
    text, findings = paragraph.text, []
    for offset, char in enumerate(text):
        if char not in _HALF_TO_FULL:
            continue
        before, after = text[offset - 1] if offset else "", text[offset + 1] if offset + 1 < len(text) else ""
        if char in ",:" and before.isdigit() and after.isdigit():
            continue
        if is_cjk(before) or is_cjk(after) or (char == ")" and _opened_in_chinese(text, offset)):
            findings.append(Finding("half-width-punctuation", WARNING, index, offset, char,
                                    _(N_("中文里用了半角标点「{mark}」，应为全角「{full}」。")).format(mark=char, full=_HALF_TO_FULL[char]), _HALF_TO_FULL[char]))
    return findings


def _opened_in_chinese(text: str, offset: int) -> bool:
    opening = text.rfind("(", 0, offset)
    return opening >= 0 and (is_cjk(text[opening - 1] if opening else "") or is_cjk(text[opening + 1]))


_WENHAO = re.compile(r"([【\[(（])((?:19|20)\d{2})([】\])）])(?=\s*[\d*]+\s*号)")


def wenhao_brackets(paragraph: Paragraph, index: int) -> list[Finding]:
    """A 文号's year goes in 六角括号: 陵政发〔2021〕12号, never 【】 [] ()."""
    return [Finding("wenhao-brackets", ERROR, index, m.start(), m.group(0), _(N_("文号中的年份应使用六角括号〔〕。")), f"〔{m.group(2)}〕")
            for m in _WENHAO.finditer(paragraph.text)]


_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})(\s*[-－–~～]\s*)((?:19|20)\d{2})(?=\s*(?:年|学年))")
_PERCENT_RANGE = re.compile(r"(\d+(?:\.\d+)?[%％])(\s*[-－–—~]\s*)(\d+(?:\.\d+)?[%％])")


def range_connectors(paragraph: Paragraph, index: int) -> list[Finding]:
    """Years run with the 一字线 (2022—2023学年度), numbers with the 浪纹线 (15%～30%) — GB/T 15834 4.13."""
    findings = []
    for m in _YEAR_RANGE.finditer(paragraph.text):
        findings.append(Finding("range-connector", WARNING, index, m.start(2), m.group(2), _(N_("时间的起止应使用一字线「—」。")), "—"))
    for m in _PERCENT_RANGE.finditer(paragraph.text):
        findings.append(Finding("range-connector", WARNING, index, m.start(2), m.group(2), _(N_("数值范围应使用浪纹线「～」。")), "～"))
    return findings


def mixed_percent_signs(paragraphs: list[Paragraph]) -> list[Finding]:
    """One document, one percent sign: the minority form is changed to the one used most."""
    counts = Counter(char for p in paragraphs for char in p.text if char in "%％")
    if len(counts) < 2:
        return []
    usual = "%" if counts["%"] >= counts["％"] else "％"
    other = "％" if usual == "%" else "%"
    return [Finding("mixed-percent", WARNING, index, offset, other, _(N_("同一文件中「%」和「％」混用，这里应与全文一致用「{usual}」。")).format(usual=usual), usual)
            for index, p in enumerate(paragraphs) for offset, char in enumerate(p.text) if char == other]


# --- spaces ------------------------------------------------------------------------------------

_SPACE = re.compile(f"(?<=[{CJK}，。、；：？！”’）》])[ \u3000\t]+(?=[{CJK}“‘（《\\d])|(?<=[\\d%％])[ \u3000]+(?=[{CJK}，。、；：])")


def spaces(paragraph: Paragraph, index: int) -> list[Finding]:
    """No space between Chinese characters, nor between a number and its Chinese unit.

    Text inside quotation marks and book titles is someone else's wording (a slogan such as
    「喜迎二十大 培根铸魂育新人」 separates its halves with a space) and is left alone, and so are
    the gaps that are layout: before 签发人 and between the signers' names in the 版头 (GB/T 9704
    7.2.6), and between 印发机关 and 印发日期 in the 版记 (7.4.3).
    """
    if is_table_row(paragraph.text):
        return []  # spaces part a table's cells in plain text (drafter's own .txt writes its tables so)
    quoted = _quoted_spans(paragraph.text)
    layout = _LAID_OUT.search(paragraph.text)
    laid_out = layout.start() if layout else len(paragraph.text) + 1
    return [Finding("space-in-text", WARNING, index, m.start(), m.group(0), _(N_("中文之间或数字与单位之间不应有空格。")), "")
            for m in _SPACE.finditer(paragraph.text) if not any(a < m.start() < b for a, b in quoted) and m.end() < laid_out]


# Gaps that are layout: 〔2024〕12号 … 签发人：张三　李四 (版头), XX县教育局办公室 … 2024年5月10日印发 (版记)
_LAID_OUT = re.compile(r"(?<=号)[ \u3000\t]*签发人[：:]|[ \u3000\t]+\d{4}年\d{1,2}月\d{1,2}日印发$")


_CELL_GAP = re.compile(r"[\u3000\t]+| {2,}")


def is_table_row(text: str) -> bool:
    """A line of a table in plain text: four or more cells parted by ideographic spaces, tabs or runs
    of spaces, or three with a figure among them (分值、得分 …)."""
    cells = [cell for cell in _CELL_GAP.split(text.strip()) if cell]
    return len(cells) >= 4 or (len(cells) == 3 and any(re.fullmatch(r"[\d.]+[%％分]?", cell) for cell in cells))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans, stack = [], []
    for offset, char in enumerate(text):
        if char in "“《":
            stack.append(offset)
        elif char in "”》" and stack:
            spans.append((stack.pop(), offset))
    return spans


# --- words: doubled words, traditional characters ------------------------------------------------

# Function words that never stand twice in a row; each with the neighbours that make the pair legitimate.
_DOUBLED_FUNCTION_WORDS = {
    # 目的的、有的的确、说的的确：the first 的 ends a word, or the second starts 的确
    "的": ("目有别似真端是", "确"),
    # 为了了解、不了了之、除了了结、了了分明、小时了了
    "了": ("为除不罢算受时", "解结却如然事之断分"),
    # 实实在在、存在在、现在在、正在在建、所在在
    "在": ("存现正实所自内外潜", ""),
    "与": ("", ""), "及": ("以", "时格"), "和": ("", "气美睦"), "对": ("", "联子"), "被": ("", ""), "于": ("", ""),
}
_REDUPLICATED_PHRASES = {
    "研究研究", "学习学习", "讨论讨论", "考虑考虑", "商量商量", "介绍介绍", "了解了解", "交流交流", "检查检查", "准备准备",
    "休息休息", "活动活动", "锻炼锻炼", "整理整理", "打扫打扫", "收拾收拾", "比较比较", "认识认识", "调查调查", "指导指导",
    "帮助帮助", "放松放松", "轻松轻松", "高兴高兴", "热闹热闹", "暖和暖和", "凉快凉快", "雪白雪白", "通红通红", "笔直笔直",
    "冰凉冰凉", "火红火红", "碧绿碧绿", "漆黑漆黑", "蜡黄蜡黄", "崭新崭新", "乌黑乌黑", "滚烫滚烫", "锃亮锃亮", "试一试试一试",
    "谢谢", "看一看看一看",
}
_DOUBLED_PHRASE = re.compile(f"([{CJK}]{{2,4}})\\1")


def doubled_words(paragraph: Paragraph, index: int) -> list[Finding]:
    """Typos such as 的的 and 正在正在, but not reduplication (常常, 研究研究, 明明白白) nor a word
    boundary that repeats a character (学校校风, 师生生命)."""
    text, findings = paragraph.text, []
    for offset in range(len(text) - 1):
        char = text[offset]
        if char != text[offset + 1] or char not in _DOUBLED_FUNCTION_WORDS:
            continue
        if offset and text[offset - 1] == char:
            continue  # the second of three; reported at the first
        before_ok, after_ok = _DOUBLED_FUNCTION_WORDS[char]
        before = text[offset - 1] if offset else ""
        after = text[offset + 2] if offset + 2 < len(text) else ""
        if (before and before in before_ok) or (after and after in after_ok) or _is_aabb(text, offset):
            continue
        findings.append(Finding("doubled-word", ERROR, index, offset, char * 2, _(N_("「{word}」重复，多打了一个字。")).format(word=char * 2), char))
    for m in _DOUBLED_PHRASE.finditer(text):
        unit = m.group(1)
        if m.group(0) in _REDUPLICATED_PHRASES or unit.startswith("一") or len(set(unit)) == 1:
            continue
        findings.append(Finding("doubled-word", ERROR, index, m.start(), m.group(0), _(N_("「{word}」重复，多打了一遍。")).format(word=unit), unit))
    return findings


def _is_aabb(text: str, offset: int) -> bool:
    """明明白白、实实在在、的的确确: a doubled pair right before or after this one."""
    before = offset >= 2 and text[offset - 2] == text[offset - 1] and text[offset - 1] != text[offset]
    after = offset + 3 < len(text) and text[offset + 2] == text[offset + 3] and text[offset + 2] != text[offset]
    return before or after


# Traditional characters that have no place in simplified text (characters such as 乾、著、於 that
# simplified text also uses are left out on purpose).
_TRADITIONAL = dict(zip(
    "體導學國會們這個來時說對發動當經與進過還樣種從應實關開點機現長電問題書區員當義于後為無幾產業務標準組織領"
    "質級價計劃設費額稅財門診醫療衛險團結優勢讓認識護監督檢查驗證評審議論講課練習環境規範條例處濟興調員館園"
    "營養報紙幣銀億萬華陽陰鄉縣鎮區與並從廣東廳辦黨員團員幹部責任務範圍歷史傳統藝術體育愛護職稱聯繫熱點據",
    "体导学国会们这个来时说对发动当经与进过还样种从应实关开点机现长电问题书区员当义于后为无几产业务标准组织领"
    "质级价计划设费额税财门诊医疗卫险团结优势让认识护监督检查验证评审议论讲课练习环境规范条例处济兴调员馆园"
    "营养报纸币银亿万华阳阴乡县镇区与并从广东厅办党员团员干部责任务范围历史传统艺术体育爱护职称联系热点据",
))
_TRADITIONAL = {t: s for t, s in _TRADITIONAL.items() if t != s}  # checked against OpenCC's t2s table


def traditional_characters(paragraph: Paragraph, index: int) -> list[Finding]:
    """A traditional character (體, 導) in simplified text."""
    return [Finding("traditional-char", WARNING, index, offset, char, _(N_("「{char}」是繁体字，应为「{simple}」。")).format(char=char, simple=_TRADITIONAL[char]), _TRADITIONAL[char])
            for offset, char in enumerate(paragraph.text) if char in _TRADITIONAL]


# --- numbering typed by hand ---------------------------------------------------------------------

def marker_forms(paragraph: Paragraph, index: int) -> list[Finding]:
    """(一) → （一）, 一. → 一、, 1、 → 1., （一）、 → （一） (GB/T 9704 7.3.3, GB/T 15834 附录B.3)."""
    found = leading_marker(paragraph.text)
    if not found or found[3] is None:
        return []
    level, value, typed, correct = found
    return [Finding("marker-form", WARNING, index, 0, typed, _(N_("序号「{typed}」的写法不对，应为「{correct}」。")).format(typed=typed, correct=correct), correct)]


def hand_typed_markers(paragraph: Paragraph, index: int) -> list[Finding]:
    """In data, numbering is drafter's: a typed 一、 or （一） before a heading would be printed twice."""
    found = leading_marker(paragraph.text)
    if not found or paragraph.kind != "heading":
        return []
    return [Finding("hand-typed-marker", ERROR, index, 0, found[2], _(N_("序号由 drafter 自动生成，请删去手写的「{typed}」。")).format(typed=found[2]), "")]


def typed_point(paragraph: Paragraph, index: int) -> list[Finding]:
    """In data, 一是/二是 of a point are drafter's; a typed one would be printed twice."""
    m = re.match(f"^([{NUMERALS}]+)是", paragraph.text)
    if paragraph.kind != "point" or not m or numeral_value(m.group(1)) is None:
        return []
    return [Finding("hand-typed-marker", ERROR, index, 0, m.group(0), _(N_("「一是、二是」由 drafter 自动生成，请删去手写的「{typed}」。")).format(typed=m.group(0)), "")]


_QUOTED_LIST_COMMA = re.compile(r"(?<=[”》])、(?=[“《])")


def quoted_list_commas(paragraph: Paragraph, index: int) -> list[Finding]:
    """Items in quotation marks or book-title marks stand side by side without 顿号 (GB/T 15834 4.5.3.5):
    “党建”“双减”, 《甲》《乙》 — not “党建”、“双减”."""
    # No automatic fix: the standard says 通常 — with a note after a quotation the 顿号 may stay.
    return [Finding("quoted-list-comma", WARNING, index, m.start(), "、", _(N_("并列的引号或书名号之间通常不用顿号，请删去「、」。")))
            for m in _QUOTED_LIST_COMMA.finditer(paragraph.text)]


# A website's lines around a report, as copied from its page: not part of the report. The page's
# path (首页 > 信息公开 > …), its 信息公开 fields (索引号：, 发布机构：), 字体：大 中 小, 打印本页,
# 上一篇/下一篇 and the like.
def source_lines(paragraph: Paragraph, index: int) -> list[Finding]:
    """A website's 来源：, URL or 打印本页 line copied along with a report."""
    if paragraph.markers_generated or not SOURCE_LINE.match(paragraph.text.strip()):
        return []
    return [Finding("source-line", WARNING, index, 0, paragraph.text, _(N_("这一行是网页上的来源或链接，不属于报告正文，请删去。")), "")]


def run_into_marker(paragraph: Paragraph, index: int) -> list[Finding]:
    """A sentence run into the next item's marker (「…位列全市第3.2.经费保障」): the item should start a paragraph."""
    if paragraph.markers_generated:
        return []

    pieces, notes = split_run_together(paragraph.text)
    findings, offset = [], 0
    for piece in pieces[:-1]:
        offset += len(piece)
        if paragraph.text[offset - 1] not in "。！？；：”":
            marker = leading_marker(paragraph.text[offset:])
            typed = marker[2] if marker else paragraph.text[offset:offset + 2]
            findings.append(Finding("run-into-marker", WARNING, index, offset, typed, _(N_("「{typed}」前的句子没有结束就接上了下一项：请补上句号，并让「{typed}」另起一段。")).format(typed=typed)))
    return findings


def lone_points(paragraphs: list[Paragraph]) -> list[Finding]:
    """一是 with no 二是 after it, in its paragraph or the next: one point is no enumeration."""
    findings = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.markers_generated or paragraph.kind == "point":
            continue
        points = [m for m in _POINT.finditer(paragraph.text) if numeral_value(m.group(1)) is not None]
        if len(points) != 1 or numeral_value(points[0].group(1)) != 1:
            continue
        following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
        if not following.startswith("二是"):
            findings.append(Finding("lone-point", INFO, index, points[0].start(), "一是", _(N_("只有「一是」，没有「二是」：只有一条时不必写「一是」。"))))
    return findings


_ENDS = "。！？；：”’）》…"


def broken_paragraphs(paragraphs: list[Paragraph]) -> list[Finding]:
    """A paragraph that stops mid-sentence and goes on in the next (a page break or a copy from a PDF
    did it): the two are one paragraph."""
    findings = []
    for index in range(len(paragraphs) - 1):
        here, after = paragraphs[index], paragraphs[index + 1]
        text = here.text.rstrip()
        if here.markers_generated or here.kind != "body" or len(text) < 20 or text[-1] in _ENDS or leading_marker(text):
            continue
        if leading_marker(after.text) or _POINT.match(after.text) or SOURCE_LINE.match(after.text.strip()) or is_table_row(text) or is_table_row(after.text):
            continue
        if after.text.rstrip()[-1:] not in _ENDS:  # a title's lines, a signature: the next line is no sentence's end either
            continue
        if "\n" in text or (after.text.rstrip().endswith(("：", ":")) and len(after.text) <= 40):  # a title over the 主送机关
            continue
        findings.append(Finding("broken-paragraph", WARNING, index, len(text) - 1, text[-1], _(N_("这一段在句子中间断开了，下一段是它的后半句（分页或从 PDF 复制时常见）：请把两段接起来。"))))
    return findings


def numbering_sequence(paragraphs: list[Paragraph]) -> list[Finding]:
    """Typed heading numbers run 1, 2, 3 under each parent: no gap (一、二、四、), no repeat; and a
    heading has either no sub-headings or at least two (a lone （一） is advised against)."""
    findings: list[Finding] = []
    counters: dict[int, tuple[int, int, str]] = {}  # level -> (last number, paragraph of the first, its marker)

    def close(levels):
        for level in sorted(levels):
            count, first, typed = counters.pop(level)
            if count == 1 and level > 1:
                findings.append(Finding("single-child", INFO, first, 0, typed, _(N_("这一级只有「{typed}」一项：只有一项时通常不必单列序号。")).format(typed=typed)))

    for index, paragraph in enumerate(paragraphs):
        found = None if paragraph.markers_generated else leading_marker(paragraph.text)
        if not found:
            continue
        level, value, typed, _correct = found
        close([l for l in counters if l > level])
        last, first, first_typed = counters.get(level, (0, index, typed))
        if value != last + 1:
            rule = "numbering-repeat" if value == last else "numbering-gap"
            message = _(N_("序号重复：「{typed}」与上一个相同，应为「{expected}」。")) if rule == "numbering-repeat" else _(N_("序号不连续：这里应为「{expected}」，写的是「{typed}」。"))
            findings.append(Finding(rule, ERROR, index, 0, typed, message.format(typed=typed, expected=heading_marker(level, last + 1))))
        counters[level] = (value, first, first_typed)
    close(list(counters))
    return findings


_POINT = re.compile(f"(?:^|(?<=[。；：！？]))([{NUMERALS}]+)是")


def point_sequence(paragraphs: list[Paragraph]) -> list[Finding]:
    """一是、二是… run without a gap, inline in one paragraph or over consecutive paragraphs."""
    findings, expected = [], 1
    for index, paragraph in enumerate(paragraphs):
        points = [(m.start(), m.group(0), numeral_value(m.group(1))) for m in _POINT.finditer(paragraph.text)]
        points = [point for point in points if point[2] and paragraph.kind != "point"]
        continues = points and points[0][0] == 0 and points[0][2] != 1
        if paragraph.markers_generated or not continues:
            expected = 1
        for offset, typed, value in points:
            if value != expected:
                findings.append(Finding("numbering-gap", ERROR, index, offset, typed, _(N_("分项不连续：这里应为「{expected}」，写的是「{typed}」。")).format(expected=chinese_numeral(expected) + "是", typed=typed)))
            expected = value + 1
        if not points:
            expected = 1
    return findings


# --- figures -----------------------------------------------------------------------------------

_NUMBER = r"(\d+(?:\.\d+)?)"
_GROWTH = re.compile(_NUMBER + r"(万元|亿元|元|人|名|个|所|万人)，较(?:上年|去年|去年同期|上年同期)(增长|增加|减少|下降)" + _NUMBER + r"\2，(?:增长率|增幅|增长|降幅|下降)?(?:为)?" + _NUMBER + r"[%％]")
_RATE_CHANGE = re.compile(r"(?:由|从)" + _NUMBER + r"[%％](?:提高|上升|增长|增加|下降|降低|减少)(?:到|至)" + _NUMBER + r"[%％]，?(?:提高|上升|增长|增加|下降|降低|减少)了?" + _NUMBER + r"(个百分点|[%％])")
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d.])(\d{2})年(?=\d{1,2}月)")


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _agrees(stated: str, computed: float) -> bool:
    """Is ``stated`` ``computed`` rounded or cut to the decimals it is written with?"""
    return abs(float(stated) - computed) < 10 ** -_decimals(stated)


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
                findings.append(Finding("growth-mismatch", ERROR, index, m.start(5), rate, _(N_("增幅与数字不符：{current}{unit}较上年{direction}{change}{unit}，增幅应为{fixed}%，写的是{rate}%。")).format(current=current, unit=unit, direction=direction, change=change, fixed=fixed, rate=rate)))
    for m in _RATE_CHANGE.finditer(paragraph.text):
        before, after, change, unit = m.groups()
        points = abs(float(after) - float(before))
        if unit == "个百分点":
            if not _agrees(change, points):
                fixed = f"{points:.{max(_decimals(before), _decimals(after))}f}"
                findings.append(Finding("points-mismatch", ERROR, index, m.start(3), change, _(N_("百分点与数字不符：由{before}%到{after}%相差{fixed}个百分点，写的是{change}。")).format(before=before, after=after, fixed=fixed, change=change)))
        elif _agrees(change, points):
            findings.append(Finding("percent-for-points", ERROR, index, m.start(3), m.group(3) + unit, _(N_("两个百分比之差应说「{change}个百分点」，不能说「{change}%」。")).format(change=change), m.group(3) + "个百分点"))
    for m in _TWO_DIGIT_YEAR.finditer(paragraph.text):
        findings.append(Finding("two-digit-year", WARNING, index, m.start(), m.group(0), _(N_("年份应写全，如「20{yy}年」。")).format(yy=m.group(1)), f"20{m.group(1)}年"))
    return findings + impossible_dates(paragraph, index)


def impossible_dates(paragraph: Paragraph, index: int) -> list[Finding]:
    """A date no calendar has: 2月30日, 4月31日, 13月, 2023年2月29日 (2023 was no leap year)."""
    findings = []
    for m in DIGIT_DATE.finditer(paragraph.text):
        year, month, day = (int(part.translate(FULL_WIDTH_DIGITS)) if part else None for part in m.groups())
        if impossible(year, month, day):
            findings.append(Finding("impossible-date", ERROR, index, m.start(), m.group(0), _(N_("日期「{date}」不存在，请核对。")).format(date=m.group(0))))
    for m in NUMERAL_DATE.finditer(paragraph.text):
        year = int(m.group(1).translate(YEAR_NUMERALS)) if m.group(1) else None
        if impossible(year, numeral_value(m.group(2)) or 0, numeral_value(m.group(3)) or 0):
            findings.append(Finding("impossible-date", ERROR, index, m.start(), m.group(0), _(N_("日期「{date}」不存在，请核对。")).format(date=m.group(0))))
    return findings


PARAGRAPH_RULES = (
    nested_book_titles, unbalanced_marks, half_width_punctuation, wenhao_brackets, range_connectors, spaces,
    doubled_words, traditional_characters, marker_forms, hand_typed_markers, typed_point, stated_figures,
    quoted_list_commas, source_lines, run_into_marker,
)
DOCUMENT_RULES = (mixed_percent_signs, numbering_sequence, point_sequence, lone_points, broken_paragraphs)
RULE_IDS = (
    "nested-book-title", "unbalanced-mark", "half-width-punctuation", "wenhao-brackets", "range-connector", "space-in-text",
    "doubled-word", "traditional-char", "marker-form", "hand-typed-marker", "numbering-gap", "numbering-repeat", "single-child",
    "growth-mismatch", "points-mismatch", "percent-for-points", "two-digit-year", "mixed-percent", "stale-value",
    "quoted-list-comma", "source-line", "run-into-marker", "lone-point", "broken-paragraph", "doubled-across-lines",
    "issuer-mismatch", "impossible-date", "date-before-title", "title-genre",
)


def lint(paragraphs: list[Paragraph], rules: RuleSet = RuleSet()) -> list[Finding]:
    """Every finding in ``paragraphs``, ordered by place, leaving out rules that are switched off."""
    findings = []
    for index, paragraph in enumerate(paragraphs):
        for rule in PARAGRAPH_RULES:
            findings += rule(paragraph, index)
    for rule in DOCUMENT_RULES:
        findings += rule(paragraphs)
    findings = [f for f in findings if rules.active(f.rule)]
    return sorted(set(findings), key=lambda f: (f.paragraph, f.offset, f.rule))
