"""Lint rules for official writing: each rule reads paragraphs of text and reports findings with a fix.
The rules on marks, punctuation, spaces and words are here, those on numbering and figures in
``numbering`` and ``figures``; ``lint`` runs them all, as the registry lists them.

Rules know nothing of files: ``check`` gives them paragraphs and turns their offsets into places.
A finding with ``replacement`` is mechanical and ``drafter check --fix`` may apply it.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.i18n import N_, _
from drafter.lint.registry import (
    DOCUMENT_RULES, ERROR, PARAGRAPH_RULES, WARNING, Finding, Paragraph, Rule, RuleSet, document_rule,
    paragraph_rule,
)
from drafter.text.lines import SOURCE_LINE
from drafter.text.markers import leading_marker
from drafter.lint import figures, numbering
from drafter.lint.numbering import POINT


CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_CHAR = re.compile(f"[{CJK}]")
def is_cjk(char: str) -> bool:
    return bool(char) and bool(_CJK_CHAR.match(char))


# --- marks: brackets, quotes and book titles ---------------------------------------------

_PAIRS = {"《": "》", "〈": "〉", "“": "”", "‘": "’", "（": "）", "【": "】", "〔": "〕"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


@paragraph_rule(Rule("nested-book-title", ERROR, fix=True))
def nested_book_titles(paragraph: Paragraph, index: int) -> list[Finding]:
    """《…《…》…》 must be 《…〈…〉…》 (GB/T 15834 4.15.3): the inner pair becomes 〈〉."""
    findings, stack = [], []
    for offset, char in enumerate(paragraph.text):
        if char == "《":
            stack.append(offset)
            if len(stack) == 2:
                findings.append(Finding("nested-book-title", index, offset, "《", _(N_("书名号中又用了书名号：内层应为单书名号〈〉。")), "〈"))
        elif char == "》" and stack:
            if len(stack) == 2:
                findings.append(Finding("nested-book-title", index, offset, "》", _(N_("书名号中又用了书名号：内层应为单书名号〈〉。")), "〉"))
            stack.pop()
        elif char == "〉" and len(stack) == 1:
            stack.pop()  # 《…〉: a mismatched pair (unbalanced-mark reports it), still a title that has ended
    return findings


@paragraph_rule(Rule("unbalanced-mark", ERROR))
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
                findings.append(Finding("unbalanced-mark", index, offset, char, _(N_("书名号不配对：「{opening}」以「{mark}」结束。两半应同为《》或同为〈〉。")).format(opening=opening, mark=char)))
            else:
                expected = _PAIRS[stack[-1][0]] if stack else None
                message = _(N_("「{mark}」没有对应的前半个标点。")).format(mark=char) if expected is None else _(N_("标点不配对：这里应先以「{expected}」结束前面的「{opening}」。")).format(expected=expected, opening=stack[-1][0])
                findings.append(Finding("unbalanced-mark", index, offset, char, message))
                if stack and any(open_ == _CLOSERS[char] for open_, _o in stack):
                    while stack and stack[-1][0] != _CLOSERS[char]:
                        stack.pop()
                    stack.pop()
    for char, offset in stack:
        findings.append(Finding("unbalanced-mark", index, offset, char, _(N_("「{mark}」没有对应的后半个标点。")).format(mark=char)))
    return findings


# --- punctuation width, 文号, percent signs, range connectors --------------------------------

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


@paragraph_rule(Rule("half-width-punctuation", WARNING, fix=True))
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
            findings.append(Finding("half-width-punctuation", index, offset, char,
                                    _(N_("中文里用了半角标点「{mark}」，应为全角「{full}」。")).format(mark=char, full=_HALF_TO_FULL[char]), _HALF_TO_FULL[char]))
    return findings


def _opened_in_chinese(text: str, offset: int) -> bool:
    opening = text.rfind("(", 0, offset)
    return opening >= 0 and (is_cjk(text[opening - 1] if opening else "") or is_cjk(text[opening + 1]))


_WENHAO = re.compile(r"([【\[(（])((?:19|20)\d{2})([】\])）])(?=\s*[\d*]+\s*号)")


@paragraph_rule(Rule("wenhao-brackets", ERROR, fix=True))
def wenhao_brackets(paragraph: Paragraph, index: int) -> list[Finding]:
    """A 文号's year goes in 六角括号: 陵政发〔2021〕12号, never 【】 [] ()."""
    return [Finding("wenhao-brackets", index, m.start(), m.group(0), _(N_("文号中的年份应使用六角括号〔〕。")), f"〔{m.group(2)}〕")
            for m in _WENHAO.finditer(paragraph.text)]


_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})(\s*[-－–~～]\s*)((?:19|20)\d{2})(?=\s*(?:年|学年))")
_PERCENT_RANGE = re.compile(r"(\d+(?:\.\d+)?[%％])(\s*[-－–—~]\s*)(\d+(?:\.\d+)?[%％])")


@paragraph_rule(Rule("range-connector", WARNING, fix=True))
def range_connectors(paragraph: Paragraph, index: int) -> list[Finding]:
    """Years run with the 一字线 (2022—2023学年度), numbers with the 浪纹线 (15%～30%) — GB/T 15834 4.13."""
    findings = []
    for m in _YEAR_RANGE.finditer(paragraph.text):
        findings.append(Finding("range-connector", index, m.start(2), m.group(2), _(N_("时间的起止应使用一字线「—」。")), "—"))
    for m in _PERCENT_RANGE.finditer(paragraph.text):
        findings.append(Finding("range-connector", index, m.start(2), m.group(2), _(N_("数值范围应使用浪纹线「～」。")), "～"))
    return findings


@document_rule(Rule("mixed-percent", WARNING, fix=True))
def mixed_percent_signs(paragraphs: list[Paragraph]) -> list[Finding]:
    """One document, one percent sign: the minority form is changed to the one used most."""
    counts = Counter(char for p in paragraphs for char in p.text if char in "%％")
    if len(counts) < 2:
        return []
    usual = "%" if counts["%"] >= counts["％"] else "％"
    other = "％" if usual == "%" else "%"
    return [Finding("mixed-percent", index, offset, other, _(N_("同一文件中「%」和「％」混用，这里应与全文一致用「{usual}」。")).format(usual=usual), usual)
            for index, p in enumerate(paragraphs) for offset, char in enumerate(p.text) if char == other]


# --- spaces ------------------------------------------------------------------------------------

_SPACE = re.compile(f"(?<=[{CJK}，。、；：？！”’）》])[ \u3000\t]+(?=[{CJK}“‘（《\\d])|(?<=[\\d%％])[ \u3000]+(?=[{CJK}，。、；：])")


@paragraph_rule(Rule("space-in-text", WARNING, fix=True))
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
    return [Finding("space-in-text", index, m.start(), m.group(0), _(N_("中文之间或数字与单位之间不应有空格。")), "")
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


@paragraph_rule(Rule("doubled-word", ERROR, fix=True))
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
        findings.append(Finding("doubled-word", index, offset, char * 2, _(N_("「{word}」重复，多打了一个字。")).format(word=char * 2), char))
    for m in _DOUBLED_PHRASE.finditer(text):
        unit = m.group(1)
        if m.group(0) in _REDUPLICATED_PHRASES or unit.startswith("一") or len(set(unit)) == 1:
            continue
        findings.append(Finding("doubled-word", index, m.start(), m.group(0), _(N_("「{word}」重复，多打了一遍。")).format(word=unit), unit))
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


@paragraph_rule(Rule("traditional-char", WARNING, fix=True))
def traditional_characters(paragraph: Paragraph, index: int) -> list[Finding]:
    """A traditional character (體, 導) in simplified text."""
    return [Finding("traditional-char", index, offset, char, _(N_("「{char}」是繁体字，应为「{simple}」。")).format(char=char, simple=_TRADITIONAL[char]), _TRADITIONAL[char])
            for offset, char in enumerate(paragraph.text) if char in _TRADITIONAL]


_QUOTED_LIST_COMMA = re.compile(r"(?<=[”》])、(?=[“《])")


@paragraph_rule(Rule("quoted-list-comma", WARNING))
def quoted_list_commas(paragraph: Paragraph, index: int) -> list[Finding]:
    """Items in quotation marks or book-title marks stand side by side without 顿号 (GB/T 15834 4.5.3.5):
    “党建”“双减”, 《甲》《乙》 — not “党建”、“双减”."""
    # No automatic fix: the standard says 通常 — with a note after a quotation the 顿号 may stay.
    return [Finding("quoted-list-comma", index, m.start(), "、", _(N_("并列的引号或书名号之间通常不用顿号，请删去「、」。")))
            for m in _QUOTED_LIST_COMMA.finditer(paragraph.text)]


# A website's lines around a report, as copied from its page: not part of the report. The page's
# path (首页 > 信息公开 > …), its 信息公开 fields (索引号：, 发布机构：), 字体：大 中 小, 打印本页,
# 上一篇/下一篇 and the like.
@paragraph_rule(Rule("source-line", WARNING, fix=True))
def source_lines(paragraph: Paragraph, index: int) -> list[Finding]:
    """A website's 来源：, URL or 打印本页 line copied along with a report."""
    if paragraph.markers_generated or not SOURCE_LINE.match(paragraph.text.strip()):
        return []
    return [Finding("source-line", index, 0, paragraph.text, _(N_("这一行是网页上的来源或链接，不属于报告正文，请删去。")), "")]


_ENDS = "。！？；：”’）》…"


@document_rule(Rule("broken-paragraph", WARNING))
def broken_paragraphs(paragraphs: list[Paragraph]) -> list[Finding]:
    """A paragraph that stops mid-sentence and goes on in the next (a page break or a copy from a PDF
    did it): the two are one paragraph."""
    findings = []
    for index in range(len(paragraphs) - 1):
        here, after = paragraphs[index], paragraphs[index + 1]
        text = here.text.rstrip()
        if here.markers_generated or here.kind != "body" or len(text) < 20 or text[-1] in _ENDS or leading_marker(text):
            continue
        if leading_marker(after.text) or POINT.match(after.text) or SOURCE_LINE.match(after.text.strip()) or is_table_row(text) or is_table_row(after.text):
            continue
        if after.text.rstrip()[-1:] not in _ENDS:  # a title's lines, a signature: the next line is no sentence's end either
            continue
        if "\n" in text or (after.text.rstrip().endswith(("：", ":")) and len(after.text) <= 40):  # a title over the 主送机关
            continue
        findings.append(Finding("broken-paragraph", index, len(text) - 1, text[-1], _(N_("这一段在句子中间断开了，下一段是它的后半句（分页或从 PDF 复制时常见）：请把两段接起来。"))))
    return findings


# The modules besides this one whose rules register themselves when they are imported.
RULE_MODULES = (figures, numbering)


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
