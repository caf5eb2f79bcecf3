"""Import: recovers drafter's data from last year's report as .docx or .txt, so this year's draft starts from it.

Markers are read (also in their common wrong forms) and dropped, since numbering is regenerated;
every other character of the text ends up in the data, and what cannot be placed is kept in
``unplaced`` with its paragraph number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from drafter.i18n import _
from drafter.readers import CLOSING, ENDS_SENTENCE, Source, SourceParagraph, joined_lines, read_source, without_layout_spaces
from drafter.data.reading import number_from_text
from drafter.text.numerals import chinese_numeral
from drafter.text.dates import date_of
from drafter.text.lines import SOURCE_LINE
from drafter.text.markers import leading_marker, numeral_value, split_run_together
from drafter.data.yaml_out import schema_line, yaml_lines

MAX_HEADING = 60  # characters: a longer first sentence is a paragraph, not a run-in heading
_TRANSITION = re.compile(r"(现将[^。；：]*?如下|具体[^。；：]*?如下|[^。；，]*?报告如下)[：:。]$")
_CITATION = re.compile(r"^(按照|根据|依据)((?:[^《》，。]*《[^》]*》(?:（[^）]*）)?、?)+)要求，")
_NOTICE = re.compile(r"([^《》、]*)《([^》]*)》(?:（([^）]*)）)?")
_SCORE = re.compile(r"，自评得分为(\d+(?:\.\d+)?)分$")
_ATTACHMENT_NOTE = re.compile(r"^附件[：:]")
_ATTACHMENT_LABEL = re.compile(r"^附件\s*\d*$")
_POINT_START = re.compile(r"^([一二三四五六七八九十]+)是")
_SENTENCE_END = re.compile(r"[。！？：]")
# The words that tell which standard part a heading opens, tried in this order.
_PART_WORDS = (
    ("next_steps", ("打算", "下一步", "下步", "计划", "思路", "措施")),
    ("rectification", ("整改",)),
    ("experience", ("经验",)),
    ("problems", ("问题", "不足", "差距")),
    ("achievements", ("成效", "情况", "做法", "成绩", "工作")),
)
_PART_ORDER = ("rectification", "achievements", "experience", "problems", "next_steps")
_NEXT_STEP_OPENINGS = ("今后", "下一步", "下步", "明年", "新的一年")
_PROBLEM_WORDS = ("差距", "不足", "问题", "短板", "薄弱")


@dataclass
class Imported:
    """The recovered data, where each piece came from, and what needs the clerk's eye."""

    values: dict
    comments: dict = field(default_factory=dict)  # path tuple -> comment
    notes: list[str] = field(default_factory=list)
    source: Source | None = None  # how the file was read
    trailer: list[str] = field(default_factory=list)  # a website's lines after the report (来源：, a URL …)
    header: list[str] = field(default_factory=list)  # and before it (首页 > 信息公开, 发布时间：, 字体：大 中 小)
    score_rows: dict = field(default_factory=dict)  # 评价要点 code -> its row of an attached 自评得分表
    match: object = None  # matching.Match, after an import with a scheme


# --- reading -------------------------------------------------------------------------------------

def read_paragraphs(path: Path, encoding: str | None = None) -> list[SourceParagraph]:
    """The non-empty paragraphs of the report at ``path``, whatever kind of file it is (see ``drafter.readers``)."""
    return read_source(path, encoding).paragraphs


# --- recognising the parts of a report ----------------------------------------------------------

def is_title_like(paragraph: SourceParagraph) -> bool:
    text = paragraph.text
    return len(text) <= MAX_HEADING and "。" not in text and leading_marker(text) is None and not text.endswith(("：", ":"))


def is_organ_line(text: str) -> bool:
    """A line that names an organ alone (某某县人民政府, 县教育局): above a title it is the issuer, not the title."""
    text = without_layout_spaces(text)
    return len(text) <= 30 and "关于" not in text and not re.search(r"报告|汇报|总结|通知|[。，：:]", text) and bool(_ORGAN_END.search(text))


_ORGAN_END = re.compile(r"(人民政府|政府|委员会|办公室|办公厅|局|厅|委|院|部|中心|学校|大学|学院|党组|党委|工委|小组)$")


def split_head(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take the title (one or more lines) and the 主送机关 off the front; return the rest."""
    head = paragraphs[:6]
    recipient = next((i for i, p in enumerate(head) if p.text.endswith(("：", ":")) and len(p.text) <= 40 and leading_marker(p.text) is None and "，" not in p.text), None)
    if recipient is not None:
        title_lines = paragraphs[:recipient]
        if len(title_lines) >= 2 and is_organ_line(title_lines[0].text) and any("关于" in p.text for p in title_lines[1:]):
            _set(imported, ("issuer",), without_layout_spaces(title_lines[0].text), _paragraphs_note(title_lines[:1]))
            title_lines = title_lines[1:]
        if title_lines and all(is_title_like(p) or p.centered for p in title_lines):
            lines = [without_layout_spaces(line) for p in title_lines for line in p.text.split("\n")]
            lines = [line for n, line in enumerate(lines) if line not in lines[:n]]  # a web page shows its title twice
            _set(imported, ("title",), lines, _paragraphs_note(title_lines))
        else:
            _unplace(imported, title_lines)
        _set(imported, ("recipient",), paragraphs[recipient].text.rstrip("：:"), _paragraphs_note([paragraphs[recipient]]))
        return paragraphs[recipient + 1:]
    first = paragraphs[0]
    if is_title_like(first) and (first.centered or first.style in ("公文标题", "Title") or re.search(r"报告|汇报|总结|情况", first.text)):
        _set(imported, ("title",), first.text.split("\n"), _paragraphs_note([first]))
        return paragraphs[1:]
    return paragraphs


_COPY_NUMBER = re.compile(r"^\d{6}$")
_SECRECY = re.compile(r"^(绝密|机密|秘密)(★.*)?$")
_URGENCY = re.compile(r"^(特急|加急)$")
_WENHAO = re.compile(r"^\s*(\S*〔\d{4}〕\d+号)\s*(?:签发人[：:]\s*(.+))?$")
_PRINTED = re.compile(r"^(.+?)\s*(\d{4})年(\d{1,2})月(\d{1,2})日印发$")  # a PDF drops the gap


def split_letterhead(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take a 版头 off the front: 份号, 密级, 紧急程度, the 发文机关标志 and the 发文字号 with its 签发人."""
    head: dict = {}
    taken = 0
    for paragraph in paragraphs[:6]:
        text = paragraph.text.strip()
        number = _WENHAO.match(text)
        if _COPY_NUMBER.match(text) and not head:
            head["copy_number"] = text
        elif _SECRECY.match(text) and "secrecy" not in head:
            head["secrecy"] = text
        elif _URGENCY.match(text) and "urgency" not in head:
            head["urgency"] = text
        elif (paragraph.style == "发文机关标志" or text.endswith("文件")) and "mark" not in head and "number" not in head:
            head["mark"] = text
        elif number and "number" not in head:
            head["number"] = number.group(1)
            if number.group(2):
                head["signers"] = re.split(r"[\s　、，,]+", number.group(2).strip())
        else:
            break
        taken += 1
    if not ({"mark", "number"} & set(head)):
        return paragraphs  # 份号 or 密级 alone are not a 版头 to be sure of
    imported.values["letterhead"] = head
    imported.comments[("letterhead",)] = _paragraphs_note(paragraphs[:taken])
    return paragraphs[taken:]


def split_record(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take a 版记 off the end: 抄送 (if any), then 印发机关 and 印发日期."""
    if not paragraphs:
        return paragraphs
    printed = _PRINTED.match(paragraphs[-1].text.strip())
    if not printed:
        return paragraphs
    printer, year, month, day = printed.groups()
    record: dict = {"printer": printer.strip(), "printed": f"{int(year):04d}-{int(month):02d}-{int(day):02d}"}
    end = len(paragraphs) - 1
    if end and paragraphs[end - 1].text.startswith(("抄送：", "抄送:")):
        names = paragraphs[end - 1].text[3:].strip().rstrip("。")
        record = {"cc": [name for name in re.split(r"[，,、]", names) if name.strip()], **record}
        end -= 1
    imported.values["record"] = record
    imported.comments[("record",)] = _paragraphs_note(paragraphs[end:])
    return paragraphs[:end]


def split_attachments(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take the attachments (from the first 「附件」 label after a date) and the 附件说明 off; return the rest.

    A 自评得分表 is regenerated from the scores, so it is only noted; any other attachment is kept in ``unplaced``.
    """
    start = next((i for i in range(1, len(paragraphs)) if _ATTACHMENT_LABEL.match(paragraphs[i].text)
                  and any(date_of(p.text) for p in paragraphs[max(0, i - 3):i])), None)
    if start is None:
        return paragraphs
    attachments, rest = paragraphs[start:], paragraphs[:start]
    notes = [i for i, p in enumerate(rest) if _ATTACHMENT_NOTE.match(p.text) and i >= len(rest) - 8]
    title = attachments[1].text if len(attachments) > 1 else ""
    if _SCORE_TABLE.search(title):
        imported.score_rows = score_rows(attachments[2:])
        imported.notes.append(_("附件「{title}」不作为正文导入：其中 {n} 行得分{how}。").format(
            title=title, n=len(imported.score_rows), how=_("在有评价方案（--scheme）时填入各评价要点的 score，得分表由 drafter 重新生成")))
    else:
        _unplace(imported, [rest[i] for i in notes] + attachments)
    return [p for i, p in enumerate(rest) if i not in notes]


HEADER_LINES = 12  # paragraphs at the start where a website's lines may stand among the title's


def split_header(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take a website's lines before the report and among its title (the page's path, 发布时间：,
    字体：大 中 小, 打印本页 …) out of the first paragraphs, up to the first of the body's: like the
    trailer, they are kept as a comment and never put into the report."""
    start = report_start(paragraphs)
    kept, header = [], list(paragraphs[:start])
    for index, paragraph in enumerate(paragraphs[start:]):
        text = paragraph.text.strip()
        if index >= HEADER_LINES or leading_marker(text) is not None or (len(text) > MAX_HEADING and "。" in text):
            kept += paragraphs[start + index:]
            break
        (header if SOURCE_LINE.match(text) else kept).append(paragraph)
    imported.header = [p.text.strip() for p in header]
    return kept


PAGE_LINES = 80  # paragraphs of a saved page's menus and links a report may stand after
_HEAD_OF_REPORT = re.compile(r"^(\d{6}|.*文件|.*〔\d{4}〕\d+号.*|(绝密|机密|秘密).*|特急|加急)$")  # 版头 lines above a title


def _title_line_above(paragraph: SourceParagraph) -> bool:
    text = paragraph.text.strip()
    return is_title_like(paragraph) and len(text) >= 8 and not SOURCE_LINE.match(text) and not re.search(r"[|｜>＞»]", text)


def report_start(paragraphs: list[SourceParagraph]) -> int:
    """Where the report starts in a page saved or copied whole, after the site's menus and path: at
    a title (「……报告」, or a 关于 line) followed within six paragraphs by the 主送机关 (「……：」),
    when every paragraph before it is a short line without a sentence. The title's lines above
    (「XX县人民政府关于2023年度」), the 版头 and an organ's line stay with it. 0 when there is no
    such title, or text before it."""
    for index in range(1, min(len(paragraphs), PAGE_LINES)):
        text = paragraphs[index].text.strip()
        before = paragraphs[index - 1].text.strip()
        if len(before) > MAX_HEADING or "。" in before:
            return 0  # the body has begun: whatever this is, it is no page around a report
        if not (is_title_like(paragraphs[index]) and (text.endswith(("报告", "汇报")) or "关于" in text)):
            continue
        if any(p.text.strip().endswith(("：", ":")) and len(p.text.strip()) <= 40 for p in paragraphs[index + 1:index + 7]):
            lines = 1  # the title's lines above this one (a menu's items are shorter, a path has its |)
            while index and lines < 3 and _title_line_above(paragraphs[index - 1]):
                index, lines = index - 1, lines + 1
            while index and (is_organ_line(paragraphs[index - 1].text) or _HEAD_OF_REPORT.match(paragraphs[index - 1].text.strip())):
                index -= 1
            return index
    return 0


def split_trailer(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take a website's lines after the report off the end (来源：, a URL, （此件公开发布）, 打印本页 …):
    they are kept as a comment in the YAML and shown to the clerk, never put into the body."""
    end = len(paragraphs)
    while end and SOURCE_LINE.match(paragraphs[end - 1].text.strip()):
        end -= 1
    if end < len(paragraphs):
        imported.trailer = [p.text.strip() for p in paragraphs[end:]]
    return paragraphs[:end]


_SCORE_TABLE = re.compile(r"(得分|评分|打分)表$")
_SCORE_ROW = re.compile(r"^(\d+(?:\.\d+)*)\s*(\D.*?)\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)(?:\s+(.+))?$")


def score_rows(paragraphs: list[SourceParagraph]) -> dict[str, dict]:
    """The rows of a 自评得分表 (序号, 评价指标, 分值, 自评得分, 自评依据) by code, from a table's
    cells or a PDF's lines; a row that is not one (the header, 合计, a wrapped cell) is passed over."""
    rows = {}
    for paragraph in paragraphs:
        row = _SCORE_ROW.match(re.sub(r"[\s\u3000]+", " ", paragraph.text).strip())
        if row:
            code, title, maximum, score, basis = row.groups()
            rows[code] = {"title": title.strip(), "max": number_from_text(maximum), "score": number_from_text(score), "basis": (basis or "").strip()}
    return rows



def split_tail(paragraphs: list[SourceParagraph], imported: Imported) -> list[SourceParagraph]:
    """Take 成文日期, 发文机关署名 and the closing off the end; return the rest."""
    paragraphs = split_trailer(paragraphs, imported)
    end = len(paragraphs)
    date_at = next((i for i in range(end - 1, max(end - 4, -1), -1) if date_of(paragraphs[i].text)), None)
    if date_at is None:  # a saved page's links and notices after the report: short lines, no sentence
        date_at = next((i for i in range(end - 1, max(end - PAGE_LINES, -1), -1) if date_of(paragraphs[i].text)
                        and all(len(p.text) <= MAX_HEADING and "。" not in p.text for p in paragraphs[i + 1:])), None)
        if date_at is not None:
            imported.trailer = [p.text.strip() for p in paragraphs[date_at + 1:]] + imported.trailer
            paragraphs = paragraphs[:date_at + 1]
    if date_at is not None:
        year, month, day = date_of(paragraphs[date_at].text)
        _set(imported, ("date",), f"{year:04d}-{month:02d}-{day:02d}", _paragraphs_note([paragraphs[date_at]]))
        _unplace(imported, paragraphs[date_at + 1:])
        end = date_at
        signer = paragraphs[end - 1] if end else None
        if signer and len(signer.text) <= 30 and not _SENTENCE_END.search(signer.text) and leading_marker(signer.text) is None:
            _set(imported, ("issuer",), signer.text, _paragraphs_note([signer]))
            end -= 1
    if end and CLOSING.match(paragraphs[end - 1].text):
        imported.values["closing"] = paragraphs[end - 1].text
        end -= 1
    else:
        imported.values["closing"] = False
        imported.comments[("closing",)] = _("原文没有「特此报告。」之类的结束语")
    return paragraphs[:end]


def opening_fields(text: str) -> dict:
    """The opening's notices, own words, self-score and transition, as the opening fragment takes them."""
    fields: dict = {}
    transition = _TRANSITION.search(text)
    if transition:
        fields["transition"] = transition.group(0)
        text = text[:transition.start()]
    citation = _CITATION.match(text)
    if citation:
        fields["basis"] = citation.group(1)
        fields["notices"] = [_notice(m) for m in _NOTICE.finditer(citation.group(2))]
        text = text[citation.end():]
    score = _SCORE.search(text.rstrip("。"))
    if score:
        fields["self_score"] = float(score.group(1)) if "." in score.group(1) else int(score.group(1))
        text = text.rstrip("。")[:score.start()]
    if text:
        fields["opening"] = text
    return fields


def _notice(match: re.Match) -> dict:
    notice = {"issuer": match.group(1).strip("、"), "title": match.group(2)}
    if match.group(3):
        notice["number"] = normal_wenhao(match.group(3))
    return notice


_WENHAO_YEAR = re.compile(r"[\[［【(（〔]\s*(\d{4})\s*[\]］】)）〕]")


def normal_wenhao(number: str) -> str:
    """A 文号 as GB/T 9704 writes it: the year in 〔〕, no spaces (X教督[2023] 5 号 → X教督〔2023〕5号)."""
    return re.sub(r"\s+", "", _WENHAO_YEAR.sub(r"〔\1〕", number))


def with_normal_wenhao(text: str) -> str:
    """``text`` with the 文号 of each cited notice (the （…） after a 《…》) written as ``normal_wenhao`` does."""
    return re.sub(r"》（([^（）]*(?:（[^（）]*）[^（）]*)*)）", lambda m: "》（" + normal_wenhao(m.group(1)) + "）", text)


def rendered_opening(fields: dict) -> str | None:
    """What the opening fragment makes of ``fields``: the same template the build uses."""
    from drafter.assemble.compose import as_data, environment
    from drafter.assemble.parse import parse

    context = {"basis": "按照", "notices": [], "transition": "现将有关情况报告如下："}
    context.update(fields)
    markup = environment().get_template("fragments/opening.j2").render(as_data(context))
    body = parse(markup).body
    return body[0].text if body else None


# --- the body: headings, run-in headings, enumerations --------------------------------------------

def heading_item(text: str, level: int, parent_level: int) -> dict:
    """A headed item from a paragraph whose marker is removed: run-in when its first sentence is short and more follows."""
    item: dict = {}
    end = _SENTENCE_END.search(text)
    if end and end.end() < len(text) and end.end() <= MAX_HEADING:
        item["heading"] = text[:end.end()]
        item["run_in"] = True
        item.update(paragraph_fields(text[end.end():]))
    else:
        item["heading"] = text
    if level != parent_level + 1:
        item["level"] = level
    return item


def split_points(text: str) -> tuple[str, list[str]]:
    """Lead text and the points 一是……二是…… of an inline enumeration, in order (a lone 一是 too), each at a sentence's start."""
    starts, expected, search_from = [], 1, 0
    while True:
        marker = chinese_numeral(expected) + "是"
        found = text.find(marker, search_from)
        while found > 0 and text[found - 1] not in "。；：！？":
            found = text.find(marker, found + 1)
        if found < 0:
            break
        starts.append(found)
        search_from, expected = found + len(marker), expected + 1
    if not starts:
        return text, []
    bounds = starts + [len(text)]
    points = [text[start + len(chinese_numeral(n + 1)) + 1:bounds[n + 1]] for n, start in enumerate(starts)]
    return text[:starts[0]], points


def paragraph_fields(text: str) -> dict:
    lead, points = split_points(text)
    fields: dict = {}
    if lead:
        fields["text"] = lead
    if points:
        fields["points"] = points
    return fields


def paragraph_item(text: str):
    fields = paragraph_fields(text)
    return fields["text"] if list(fields) == ["text"] else fields


class _TreeBuilder:
    """Builds the item tree from paragraphs in order, nesting by marker level."""

    def __init__(self):
        self.top: list = []  # top-level items
        self.numbers: list[list[int]] = []  # the source paragraphs of each top-level item
        self.stack: list[tuple[int, dict]] = []  # (level, open heading item)
        self.notes: list[str] = []

    def siblings(self) -> list:
        """Where the next item goes: the open heading's content, or the top level."""
        return self.stack[-1][1].setdefault("content", []) if self.stack else self.top

    def add(self, item, number: int) -> None:
        if not self.stack:
            self.numbers.append([])
        self.siblings().append(item)
        self.numbers[-1].append(number)

    def feed(self, paragraph: SourceParagraph) -> None:
        pieces, notes = split_run_together(paragraph.text)
        self.notes += [_("原文第 {n} 段：{note}").format(n=paragraph.number, note=note) for note in notes]
        for piece in pieces:
            self.feed_text(piece, paragraph)

    def feed_text(self, text: str, paragraph: SourceParagraph) -> None:
        marker = leading_marker(text)
        if marker is None and paragraph.heading_level:  # Word writes this heading's marker from its list
            marker = (paragraph.heading_level, 0, "", None)
        if marker:
            level = marker[0]
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            parent_level = self.stack[-1][0] if self.stack else 0
            item = heading_item(text[len(marker[2]):], level, parent_level)
            self.add(item, paragraph.number)
            self.stack.append((level, item))
            return
        if self.stack and part_of_paragraph(text) and not part_of_heading(self.stack[0][1]["heading"]):
            # 「存在不少差距。一是……」 after a run of unheaded achievements starts a part of its own.
            self.stack.clear()
        if not self.continue_points(text, paragraph.number):
            self.add(paragraph_item(text), paragraph.number)

    def continue_points(self, text: str, number: int) -> bool:
        """A paragraph of its own that starts 一是, 二是… : a point of an enumeration laid out a paragraph each."""
        start = _POINT_START.match(text)
        value = numeral_value(start.group(1)) if start else None
        if value is None or (value == 1 and len(split_points(text)[1]) > 1):
            return False  # 一是……二是…… within this one paragraph: an inline enumeration, which paragraph_item splits
        siblings = self.siblings()
        last = siblings[-1] if siblings else None
        point = text[start.end():]
        if value == 1 and isinstance(last, str):
            siblings[-1] = {"text": last, "points": [point], "layout": "paragraphs"}
        elif value == 1:
            self.add({"points": [point], "layout": "paragraphs"}, number)
            return True
        elif not (isinstance(last, dict) and last.get("layout") == "paragraphs" and len(last.get("points", [])) == value - 1):
            return False
        else:
            last["points"].append(point)
        self.numbers[-1].append(number)
        return True


def free_part(current: str, parts: dict, later: list) -> str | None:
    """A standard part after ``current`` that no heading has taken and no later heading asks for by
    its words: where a second 一级标题 of one kind goes (「二、主要做法」 after 「一、基本情况」 both
    read as 做法及成效: the second becomes 经验做法), so the report keeps its 一级标题 and its order."""
    asked = {part_of_heading(item["heading"]) for item in later if isinstance(item, dict) and "heading" in item}
    for key in _PART_ORDER[_PART_ORDER.index(current) + 1:]:
        if key not in parts and key not in asked:
            return key
    return None


def part_of_heading(text: str) -> str | None:
    for key, words in _PART_WORDS:
        if any(word in text for word in words):
            return key
    return None


def part_of_paragraph(item) -> str | None:
    text = item if isinstance(item, str) else item.get("text", "")
    if text.startswith(_NEXT_STEP_OPENINGS):
        return "next_steps"
    if any(word in text for word in _PROBLEM_WORDS) and ("存在" in text or "还有" in text):
        return "problems"
    return None


def assign_parts(top: list, numbers: list[list[int]], imported: Imported) -> None:
    """Sort the top-level items into the standard parts, never reordering the text."""
    headed = any(isinstance(item, dict) and "heading" in item and part_of_heading(item["heading"]) for item in top)
    parts: dict[str, dict] = {}
    sources: dict[str, list[int]] = {}  # part -> its paragraph numbers in the old report
    preface: list = []
    current = None
    for index, (item, paragraph_numbers) in enumerate(zip(top, numbers)):
        is_heading = isinstance(item, dict) and "heading" in item
        if current is None and not is_heading:
            preface.append(item)
            imported.comments.setdefault(("preface",), _paragraphs_range(paragraph_numbers))
            continue
        if headed and is_heading:
            wanted = part_of_heading(item["heading"]) or current or "achievements"
            if "heading" in parts.get(wanted, {}) or (current and _PART_ORDER.index(wanted) < _PART_ORDER.index(current)):
                wanted = free_part(current or wanted, parts, top[index + 1:]) or wanted
                if "heading" in parts.get(wanted, {}) or (current and _PART_ORDER.index(wanted) < _PART_ORDER.index(current)):
                    imported.notes.append(_("原文第 {n} 段的一级标题「{heading}」没有另一个标准部分可放，已作为「{part}」下的二级标题，请核对。").format(
                        n=paragraph_numbers[0], heading=item["heading"], part=parts[current].get("heading", current)))
        elif is_heading:
            wanted = current or "achievements"
        else:
            wanted = part_of_paragraph(item) or current
        if current and _PART_ORDER.index(wanted) < _PART_ORDER.index(current):
            wanted = current
        part = parts.setdefault(wanted, {"content": []})
        sources.setdefault(wanted, []).extend(paragraph_numbers)
        if headed and is_heading and "heading" not in part and not part["content"] and set(item) <= {"heading", "content"} and wanted != current:
            parts[wanted] = {"heading": item["heading"], "content": list(item.get("content", []))}
        else:
            part["content"].append(item)
        current = wanted
    if preface:
        imported.values["preface"] = preface
    imported.values["parts"] = {key: parts[key] for key in _PART_ORDER if key in parts}
    for key, found in sources.items():
        imported.comments[("parts", key)] = _paragraphs_range(found)
    if "rectification" in parts:
        imported.values["template"] = "city-education-duty/report.j2"


# --- the whole import ------------------------------------------------------------------------------

REQUIRED = ("title", "issuer", "recipient", "date")


_CLAUSE_MARK = re.compile(r"[，。；：！？]")


def without_soft_breaks(paragraphs: list[SourceParagraph]) -> list[SourceParagraph]:
    """The body's paragraphs without the line breaks Shift+Enter (w:br) leaves inside a paragraph of a
    .docx. A break after a sentence's end, before an indented line, or between a heading and the
    sentences after it parts two paragraphs, as the page shows them; any other break (「二、存在的⏎问题」,
    「召开党组会12次，⏎研究…」) only wrapped a line, and the lines are joined. The title's lines are
    taken apart before this, in ``split_head``."""
    result = []
    for paragraph in paragraphs:
        if "\n" not in paragraph.text:
            result.append(paragraph)
            continue
        pieces: list[str] = []
        for line in paragraph.text.split("\n"):
            text = line.strip()
            if not text:
                continue
            if not pieces or _parts_here(pieces[-1], line):
                pieces.append(text)
            else:
                pieces[-1] = joined_lines(pieces[-1], text)
        result += [replace(paragraph, text=piece) for piece in pieces]
    return result


def _parts_here(before: str, line: str) -> bool:
    """Whether a break between ``before`` and ``line`` ends a paragraph (see ``without_soft_breaks``)."""
    if ENDS_SENTENCE.search(before) or line.startswith(("　", "  ", "\t")):
        return True
    heading = leading_marker(before) is not None and not _CLAUSE_MARK.search(before)
    return heading and bool(_CLAUSE_MARK.search(line))


def import_paragraphs(paragraphs: list[SourceParagraph]) -> Imported:
    """Recover a report's data from its paragraphs."""
    imported = Imported({key: "" for key in REQUIRED})
    paragraphs = split_record(split_letterhead(split_header(paragraphs, imported), imported), imported)
    body = without_soft_breaks(split_tail(split_attachments(split_head(paragraphs, imported), imported), imported))
    if body and leading_marker(body[0].text) is None:
        fields = opening_fields(body[0].text)
        if (fields.get("notices") or "transition" in fields) and rendered_opening(fields) == with_normal_wenhao(body[0].text):
            if with_normal_wenhao(body[0].text) != body[0].text:
                imported.notes.append(_("依据通知的文号已按 GB/T 9704 改写（年份用〔〕，去掉空格），请核对。"))
            imported.values.update(fields)
            for key in fields:
                imported.comments[(key,)] = _paragraphs_note([body[0]])
            body = body[1:]
    builder = _TreeBuilder()
    for paragraph in body:
        builder.feed(paragraph)
    imported.notes += builder.notes
    assign_parts(builder.top, builder.numbers, imported)
    for key in REQUIRED:
        if not imported.values.get(key):
            imported.comments[(key,)] = _("原文中没有找到，请填写")
            imported.notes.append(_("没有找到「{field}」，已留空，请填写。").format(field=key))
    if imported.values.get("unplaced"):
        imported.notes.append(_("有 {n} 段无法归入报告结构，已放在 unplaced 中，请移到合适的位置。").format(n=len(imported.values["unplaced"])))
    return imported


def import_file(path: str | Path, scheme=None, encoding: str | None = None) -> Imported:
    """Import the old report at ``path``; with a ``scheme``, also mark which items answer which indicator."""
    source = read_source(Path(path), encoding)
    imported = import_paragraphs(source.paragraphs)
    imported.source = source
    if scheme is not None:
        apply_scheme(imported, scheme)
    return imported


def apply_scheme(imported: Imported, scheme) -> None:
    """Name the scheme, mark matched items with their indicators (scores left to fill in), note the rest."""
    from drafter.importer.matching import match_notes, match_scheme

    values = imported.values
    values["scheme"] = scheme.id
    values.pop("template", None)  # the scheme brings its own
    match = match_scheme(values, scheme)
    imported.match = match
    codes = scheme.by_code()
    for code, path in match.matched.items():
        node = codes[code]
        item = _at(values, path)
        if node.leaf and node.max is not None:
            row = imported.score_rows.get(code, {})
            item["score"] = row.get("score")
            if row.get("basis") and "basis" not in item:
                item["basis"] = row["basis"]
        maximum = node.full_max()
        imported.comments[path + ("indicator",)] = node.title + (_("（{max:g}分）").format(max=maximum) if maximum is not None else "")
    if scheme.scored and "self_score" in values:
        imported.notes.append(_("原文的自评得分为 {score:g} 分：有评价方案时，总分由各评价要点的 score 相加，请逐项填写 score。").format(score=values.pop("self_score")))
    imported.notes += match_notes(match, scheme)


def _at(values: dict, path: tuple):
    for step in path:
        values = values[step]
    return values


def _set(imported: Imported, path: tuple, value, comment: str) -> None:
    imported.values[path[0]] = value[0] if isinstance(value, list) and len(value) == 1 else value
    imported.comments[path] = comment


def _unplace(imported: Imported, paragraphs: list[SourceParagraph]) -> None:
    if paragraphs:
        imported.values.setdefault("unplaced", []).extend({"paragraph": p.number, "text": p.text} for p in paragraphs)


def _paragraphs_note(paragraphs: list[SourceParagraph]) -> str:
    return _paragraphs_range([p.number for p in paragraphs])


def _paragraphs_range(numbers: list[int]) -> str:
    low, high = min(numbers), max(numbers)
    return _("原文第 {n} 段").format(n=low) if low == high else _("原文第 {low}—{high} 段").format(low=low, high=high)


# --- what the clerk is told ---------------------------------------------------------------------------

def structure_counts(values: dict) -> tuple[dict[int, int], int, int]:
    """Headings per level (1–4), points (一是……) and plain paragraphs in the imported parts."""
    levels: dict[int, int] = {level: 0 for level in range(1, 5)}
    counts = {"points": 0, "paragraphs": 0}

    def visit(content, parent_level):
        for item in content or []:
            if isinstance(item, str):
                counts["paragraphs"] += 1
                continue
            level = parent_level
            if "heading" in item:
                level = item.get("level", parent_level + 1)
                levels[min(max(level, 1), 4)] += 1
            if item.get("text"):
                counts["paragraphs"] += 1
            counts["points"] += len(item.get("points") or [])
            visit(item.get("content"), level)

    for part in (values.get("parts") or {}).values():
        if part.get("heading"):
            levels[1] += 1
        visit(part.get("content"), 1 if part.get("heading") else 0)
    visit(values.get("preface"), 0)
    return levels, counts["points"], counts["paragraphs"]


def summary_lines(imported: Imported) -> list[str]:
    """What the terminal shows after an import: how the file was read, the structure found, what was not placed."""
    lines = []
    source = imported.source
    if source is not None:
        way = " → ".join(source.steps)
        if source.encoding:
            way += _("（编码 {encoding}）").format(encoding=source.encoding)
        lines.append(_("读取：{way}，共 {n} 段").format(way=way, n=len(source.paragraphs)))
    levels, points, paragraphs = structure_counts(imported.values)
    lines.append(_("结构：一级标题 {one} 个，二级 {two} 个，三级 {three} 个，四级 {four} 个；分项（一是……）{points} 条；正文段落 {paragraphs} 段").format(
        one=levels[1], two=levels[2], three=levels[3], four=levels[4], points=points, paragraphs=paragraphs))
    match = imported.match
    if match is not None:
        for code, confidence in sorted((match.confidence or {}).items(), key=lambda item: [int(x) if x.isdigit() else x for x in item[0].split(".")]):
            item = _at(imported.values, match.matched[code])
            text = item.get("heading") or item.get("text") or ""
            lines.append(_("指标 {code} ← 「{text}」（匹配度 {confidence:.2f}）").format(code=code, text=_short(str(text), 20), confidence=confidence))
    if imported.header:
        lines.append(_("原文开头的网页信息没有导入正文（已写在数据文件开头的注释里）：{lines}").format(lines=" / ".join(_short(t) for t in imported.header)))
    if imported.trailer:
        lines.append(_("原文末尾的来源信息没有导入正文（已写在数据文件开头的注释里）：{lines}").format(lines=" / ".join(_short(t) for t in imported.trailer)))
    pages = {p.number: p.page for p in source.paragraphs} if source is not None else {}
    for item in imported.values.get("unplaced") or []:
        page = pages.get(item["paragraph"])
        where = _("原文第 {n} 段").format(n=item["paragraph"]) + (_("（第 {page} 页）").format(page=page) if page else "")
        lines.append(_("未归位：{where}「{text}」").format(where=where, text=_short(item["text"])))
    return lines


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# --- writing the YAML with comments -----------------------------------------------------------------

_KEY_ORDER = ("scheme", "letterhead", "title", "issuer", "recipient", "date", "template", "basis", "notices", "opening", "self_score", "transition", "metrics", "preface", "parts", "closing", "record", "unplaced")


def yaml_text(imported: Imported, source: str, target: Path | None = None) -> str:
    """The imported data as YAML (to be written at ``target``), commented with where each piece came from."""
    lines = [
        schema_line(target),
        _("# 由 drafter import 从「{source}」导入。序号已去掉，由 drafter 重新生成。").format(source=source),
    ]
    if imported.header:
        lines.append(_("# 原文开头的以下几行是网页上的信息，不是报告的一部分，没有导入："))
        lines += ["#   " + line for line in imported.header]
    if imported.trailer:
        lines.append(_("# 原文末尾的以下几行不是报告的一部分，没有导入："))
        lines += ["#   " + line for line in imported.trailer]
    values = {key: imported.values[key] for key in _KEY_ORDER if key in imported.values}
    return "\n".join(lines + yaml_lines(values, imported.comments)) + "\n"

