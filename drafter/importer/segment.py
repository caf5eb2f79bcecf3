"""The furniture around a report's body, split off and kept as data: the 版头 (份号, 密级, 发文机关标志,
文号), title and 主送机关 above; the 署名, 成文日期, 版记 and attachments below; and the website's
lines and page tools a report copied from a web page stands among.
"""

from __future__ import annotations

import re

from drafter.i18n import _
from drafter.readers import CLOSING, SourceParagraph, without_layout_spaces
from drafter.data.reading import number_from_text
from drafter.text.dates import date_of
from drafter.text.lines import SOURCE_LINE
from drafter.text.markers import leading_marker
from drafter.importer.imported import Imported, paragraphs_note, set_value, unplace
from drafter.importer.tree import MAX_HEADING, SENTENCE_END


_ATTACHMENT_NOTE = re.compile(r"^附件[：:]")
_ATTACHMENT_LABEL = re.compile(r"^附件\s*\d*$")


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
            set_value(imported, ("issuer",), without_layout_spaces(title_lines[0].text), paragraphs_note(title_lines[:1]))
            title_lines = title_lines[1:]
        if title_lines and all(is_title_like(p) or p.centered for p in title_lines):
            lines = [without_layout_spaces(line) for p in title_lines for line in p.text.split("\n")]
            lines = [line for n, line in enumerate(lines) if line not in lines[:n]]  # a web page shows its title twice
            set_value(imported, ("title",), lines, paragraphs_note(title_lines))
        else:
            unplace(imported, title_lines)
        set_value(imported, ("recipient",), paragraphs[recipient].text.rstrip("：:"), paragraphs_note([paragraphs[recipient]]))
        return paragraphs[recipient + 1:]
    first = paragraphs[0]
    if is_title_like(first) and (first.centered or first.style in ("公文标题", "Title") or re.search(r"报告|汇报|总结|情况", first.text)):
        set_value(imported, ("title",), first.text.split("\n"), paragraphs_note([first]))
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
    imported.comments[("letterhead",)] = paragraphs_note(paragraphs[:taken])
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
    imported.comments[("record",)] = paragraphs_note(paragraphs[end:])
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
        unplace(imported, [rest[i] for i in notes] + attachments)
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
        set_value(imported, ("date",), f"{year:04d}-{month:02d}-{day:02d}", paragraphs_note([paragraphs[date_at]]))
        unplace(imported, paragraphs[date_at + 1:])
        end = date_at
        signer = paragraphs[end - 1] if end else None
        if signer and len(signer.text) <= 30 and not SENTENCE_END.search(signer.text) and leading_marker(signer.text) is None:
            set_value(imported, ("issuer",), signer.text, paragraphs_note([signer]))
            end -= 1
    if end and CLOSING.match(paragraphs[end - 1].text):
        imported.values["closing"] = paragraphs[end - 1].text
        end -= 1
    else:
        imported.values["closing"] = False
        imported.comments[("closing",)] = _("原文没有「特此报告。」之类的结束语")
    return paragraphs[:end]
