"""The page estimate (drafter/write/pagination.py): its line breaking and page filling on their own, and
its figures against LibreOffice's layout of reports made from the examples and the corpus."""

import collections
import datetime
import io
import random
import re

import pytest
from hypothesis import given, strategies as st

from drafter.text import measure
from drafter.write import pagination, docx as write_docx
from drafter.office.libreoffice import Converter
from drafter.assemble.model import Line, NumberedDocument, Run, Table, TableRow
from drafter.pipeline import build_report

from conftest import CORPUS, EXAMPLES, LETTERHEAD, MINIMAL, needs_libreoffice

BODY = write_docx.TYPE_AREA_WIDTH
MEASURE = pagination.Widths(320, measure.TIGHTEN, write_docx._WESTERN_WIDTHS)
PITCH = write_docx.LINE_PITCH


def broken(text: str, first: int = 2 * write_docx.CHAR) -> list[str]:
    return pagination.break_lines(text, BODY, first, MEASURE, write_docx.AUTOSPACE)


def test_western_runs_stay_whole_and_go_with_the_mark_before_them():
    assert broken("字" * 25 + "增长95.6%", first=0) == ["字" * 25 + "增长", "95.6%"]  # 95.6% does not fit: it goes whole
    assert broken("字" * 26 + "。2023年", first=0) == ["字" * 25, "字。2023年"]  # with the 。 before it, and the 字 before that
    assert broken("字" * 27 + "GB/T", first=0) == ["字" * 27, "GB/T"]


def test_a_body_line_holds_28_characters_the_first_26():
    text = "字" * 60
    assert [len(line) for line in broken(text)] == [26, 28, 6]


def test_closing_marks_in_a_row_go_down_with_the_piece_before_them():
    # 100％。 does not fit after 升学率: LibreOffice takes all three pieces down, not ％ alone
    assert pagination.break_lines("校生”升学率100％。顺利", 2629, 0, write_docx._measure("DrafterTableText"), write_docx.AUTOSPACE)[:2] == ["校生”升学率", "100％。顺利"]


def test_a_closing_mark_never_starts_a_line_nor_an_opening_mark_ends_one():
    lines = broken("字" * 26 + "，后文")
    assert lines == ["字" * 25, "字，后文"]  # the character before the comma goes down with it
    lines = broken("字" * 25 + "《书名》")
    assert lines[0] == "字" * 25 and lines[1].startswith("《")


def test_digits_are_narrower_than_characters_and_spaced_from_them():
    assert len(broken("字" * 24 + "2022年", first=0)) == 1  # 25 字 and the digits' 2.4: 27.4 of the line's 28
    assert len(broken("字" * 25 + "2022年", first=0)) == 2


PIECE = re.compile("[" + re.escape("".join(sorted(pagination.GLUE))) + "]?[!-~]+|.", re.S)


def one_by_one(text: str, width: int, first: int, widths, autospace: int) -> list[str]:
    """The line-breaking rule stated plainly, piece by piece: what break_lines does by bisection.
    A piece is a character alone, or a Western run with the closing mark glued before it."""
    def meet(a, b):
        a, b = a[-1], b[0]
        ideograph = lambda c: "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"
        return (ideograph(a) and b.isascii() and b.isalnum()) or (ideograph(b) and a.isascii() and a.isalnum())

    lines, room = [[]], width - first
    for piece in PIECE.findall(text):
        line = lines[-1]
        size = sum(widths[c] for c in piece) + (autospace if line and meet(line[-1], piece) else 0)
        if size <= room or not line:
            line.append(piece)
            room -= size
            continue
        carried = []
        while (carried or [piece])[0][0] in pagination.NO_START and len(line) > 1:
            carried.insert(0, line.pop())
        while len(line) > 1 and line[-1][-1] in pagination.NO_END:
            carried.insert(0, line.pop())
        lines.append(carried + [piece])
        room = width - sum(widths[c] for p in lines[-1] for c in p) - sum(autospace for a, b in zip(lines[-1], lines[-1][1:]) if meet(a, b))
    return ["".join(line) for line in lines]


@given(st.lists(st.sampled_from(["字", "国", "，", "。", "、", "《", "》", "（", "）", "“", "”", "2023", "95.6%", "GB/T", "X", " ", "％", "—"]), max_size=200),
       st.integers(0, 4 * write_docx.CHAR), st.integers(20 * write_docx.CHAR, write_docx.TYPE_AREA_WIDTH))
def test_bisecting_breaks_lines_where_adding_piece_by_piece_does(pieces, first, width):
    """On columns of 20 字 or more (the two differ only where a mark and the piece it pulls down
    overflow a line by themselves)."""
    text = "".join(pieces)
    assert pagination.break_lines(text, width, first, MEASURE, write_docx.AUTOSPACE) == one_by_one(text, width, first, MEASURE, write_docx.AUTOSPACE)


def paragraph(lines, **keeps):
    return pagination.Paragraph(lines, PITCH, **keeps)


def filled(*paragraphs):
    ending = pagination.fill_pages(list(paragraphs), 22 * PITCH)
    return ending.page, ending.used // PITCH


def test_pages_fill_22_lines_and_split_a_paragraph_between_them():
    assert filled(paragraph(20), paragraph(5)) == (2, 3)


def test_no_line_of_a_paragraph_stands_alone_on_a_page():
    assert filled(paragraph(21), paragraph(3)) == (2, 3)  # one line would stay: all three go over
    assert filled(paragraph(19), paragraph(4)) == (2, 2)  # one line would go over: two do


def test_a_heading_keeps_with_the_lines_after_it():
    assert filled(paragraph(21), paragraph(1, keep_next=True, keep_lines=True), paragraph(5)) == (2, 6)


def test_a_table_row_goes_over_whole_under_the_repeated_header_and_a_group_row_with_its_first_child():
    head, row = 410, 2 * 400 + 10
    table = [pagination.Paragraph(1, head, keep_lines=True)] + [pagination.Paragraph(1, row, keep_lines=True, page_head=head) for _ in range(15)]
    ending = pagination.fill_pages(table, 22 * PITCH)  # 15 rows fit under the header (12,560 of 12,738 twips): none is left
    assert (ending.page, ending.used) == (1, head + 15 * row)
    ending = pagination.fill_pages(table + [pagination.Paragraph(1, row, keep_lines=True, page_head=head)], 22 * PITCH)
    assert (ending.page, ending.used) == (2, head + row)
    group = pagination.Paragraph(1, head, keep_next=True, keep_lines=True, page_head=head)
    ending = pagination.fill_pages(table[:15] + [group, table[1]], 22 * PITCH)  # the group row fits; its child does not
    assert (ending.page, ending.used) == (2, head + head + row)
    footed = [pagination.Paragraph(1, row, keep_lines=True, page_head=head, foot=200) for _ in range(15)]
    ending = pagination.fill_pages(table[:1] + footed, 22 * PITCH)  # the last row leaves no room for the rule below it
    assert (ending.page, ending.used) == (2, head + row)


def test_a_chain_of_keeps_taller_than_a_page_breaks_where_it_must():
    # page 1 takes two (the rest of the chain, 21 lines, would not fit below them), page 2 the rest
    assert filled(*[paragraph(5, keep_next=True) for _ in range(6)], paragraph(1)) == (2, 21)


def lines_of(body: list[str], last: str = "") -> list[Line]:
    texts = [Line("title", [Run("关于工作的报告", "")]), Line("recipient", [Run("县人民政府：", "")])]
    texts += [Line("body", [Run(text, "")]) for text in body]
    return texts + [Line("signature", [Run("XX县教育局", "")]), Line("date", [Run("2024年5月10日", "")])]


def test_the_ending_keeps_a_short_last_paragraph_but_not_one_a_page_cannot_hold_with_it():
    short = lines_of(["字" * 60, "字" * 80, "特此报告。"])
    assert write_docx.closing_keeps(short) == {3, 4}  # 特此报告 and the 3-line paragraph before it
    long = lines_of(["字" * 60, "字" * 560, "特此报告。"])  # 20 lines, 特此报告, a blank line, 署名, 日期: 24
    assert write_docx.closing_keeps(long) == {4}


# --- against LibreOffice ------------------------------------------------------------------------

pdfplumber = pytest.importorskip("pdfplumber")
TOP = 2098 / 20  # points
LINE = PITCH / 20


def varied_reports(count: int, seed: int = 7) -> list[NumberedDocument]:
    """Reports nobody wrote for the estimate: the examples' and a 版头 report's numbered lines with
    a quarter of their headings and paragraphs dropped and some cut short, and paragraphs of the
    corpus's sentences (figures, 《》, “”, ％) put in before the ending; the 版记 and the score table
    left out (``varied_tables`` has tables)."""
    rng = random.Random(seed)
    sentences = [s + "。" for path in sorted(CORPUS.glob("*.txt")) for s in path.read_text(encoding="utf-8").replace("\n", "").split("。") if 10 < len(s) < 200]
    bases = [build_report(example).numbered for example in EXAMPLES]
    reports = []
    for _ in range(count):
        base = rng.choice(bases + [letterhead_report()])
        lines = [line for line in base.lines if not line.kind.startswith("record_")]
        if any(line.table is not None for line in lines):
            lines = lines[:next(i for i, line in enumerate(lines) if line.kind == "attachment_label")]
            while lines[-1].kind.startswith("attachment_note"):
                lines.pop()
        kept = []
        for line in lines:
            roll = rng.random()
            if line.kind == "body" or line.kind.startswith("heading"):
                if roll < 0.25:
                    continue
                if roll < 0.35 and line.kind == "body":
                    line = Line("body", [Run(line.text[:rng.randint(5, max(6, len(line.text)))], "")])
            kept.append(line)
        signature = next(i for i, line in enumerate(kept) if line.kind == "signature")
        at = signature - 1 if kept[signature - 1].text.startswith("特此") else signature
        kept[at:at] = [Line("body", [Run("".join(rng.sample(sentences, rng.randint(1, 6))), "")]) for _ in range(rng.randint(0, 40))]
        reports.append(NumberedDocument(kept, rng.random() < 0.3))
    return reports


def varied_tables(count: int, seed: int = 5, place: str = "attachment") -> list[NumberedDocument]:
    """The annual-assessment example with its score table, nobody's report: paragraphs and headings
    dropped, table rows dropped or doubled, and the 自评依据 cells given the example's text cut to
    0–70 characters, so rows of one to eight lines end the table at every height of a page. With
    ``place`` "inside" the table stands somewhere in the body instead, and the attachment goes; with
    "ending" it ends the body, just before the 署名, in place of 「特此报告。」."""
    rng = random.Random(seed)
    base = build_report(next(e for e in EXAMPLES if e.stem == "county-annual-assessment-2022-2023")).numbered
    words = "".join(line.text for line in base.lines if line.kind == "body")
    reports = []
    for _ in range(count):
        lines = []
        for line in base.lines:
            if (line.kind == "body" or line.kind.startswith("heading")) and rng.random() < rng.choice([0.2, 0.5, 0.9]):
                continue
            if line.table is not None:
                rows = line.table.rows[:1]
                for row in line.table.rows[1:-1]:
                    if rng.random() < 0.3:
                        continue
                    cells = list(row.cells)
                    if row.kind == "body" and rng.random() < 0.5:
                        start = rng.randrange(len(words) - 80)
                        cells[-1] = words[start:start + rng.randint(0, 70)]
                    rows += [TableRow(cells, row.kind)] * (2 if rng.random() < 0.2 else 1)
                line = Line(line.kind, line.runs, table=Table(line.table.widths, line.table.aligns, rows + line.table.rows[-1:]))
            lines.append(line)
        if place != "attachment":
            table = next(line for line in lines if line.table is not None)
            lines = [line for line in lines[:next(i for i, line in enumerate(lines) if line.kind == "attachment_label")]
                     if not line.kind.startswith("attachment_note") and not line.text.startswith("特此报告")]
            signature = next(i for i, line in enumerate(lines) if line.kind == "signature")
            lines.insert(signature if place == "ending" else rng.randint(3, signature - 1), table)
        reports.append(NumberedDocument(lines, base.seal))
    return reports


_letterhead = []


def letterhead_report() -> NumberedDocument:
    if not _letterhead:
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "letterhead.yaml"
            path.write_text(MINIMAL + LETTERHEAD, encoding="utf-8")
            _letterhead.append(build_report(path).numbered)
    return _letterhead[0]


def laid_out_ending(pdf: bytes) -> tuple[int, int]:
    """The page LibreOffice ends the body on, and the grid lines it uses there."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        bottom = max(c["bottom"] for c in document.pages[-1].chars if c["top"] < TOP + 22 * LINE)
        return len(document.pages), round((bottom - TOP) / LINE + 0.25)


@needs_libreoffice
def test_the_estimate_is_libreoffices_layout_within_its_margin(tmp_path):
    """Over 80 varied reports of 1 to 26 pages, the estimated end of the body is LibreOffice's to
    the line in nine reports of ten, and never further off than the margin the 版记 is placed with."""
    reports = varied_reports(80)
    info = write_docx.DocumentInfo("报告", "XX县教育局", datetime.date(2024, 5, 10))
    pdfs = Converter(tmp_path).pdfs([write_docx.docx_bytes(report, info) for report in reports])
    misses = collections.Counter()
    for report, pdf in zip(reports, pdfs):
        lines = report.lines
        ending = pagination.fill_pages(write_docx.page_paragraphs(lines, write_docx.closing_keeps(lines)), write_docx.TYPE_AREA_HEIGHT)
        pages, used = laid_out_ending(pdf)
        misses[(pages - ending.page) * 22 + used - round(ending.used / PITCH)] += 1
    margin = write_docx.ESTIMATE_MARGIN // PITCH
    assert all(abs(miss) < margin for miss in misses), misses
    assert misses[0] >= 0.9 * len(reports), misses


@needs_libreoffice
def test_the_estimate_lays_out_a_score_table_as_libreoffice_does(tmp_path):
    """Over 30 reports ending in a score table of 10 to 35 rows (one to eight lines each), the
    estimated end of the table (its last rule, then the paragraph a body ends with) is LibreOffice's
    to a twentieth of a line in nine of ten; over 30 with the table inside the body, the end of the
    body is LibreOffice's to the line in nine of ten; none further off than the 版记's margin."""
    reports = varied_tables(30) + varied_tables(30, seed=6, place="inside")
    info = write_docx.DocumentInfo("报告", "XX县教育局", datetime.date(2024, 5, 10))
    pdfs = Converter(tmp_path).pdfs([write_docx.docx_bytes(report, info) for report in reports])
    misses = []
    for report, pdf in zip(reports, pdfs):
        ending = pagination.fill_pages(write_docx.page_paragraphs(report.lines, write_docx.closing_keeps(report.lines)), write_docx.TYPE_AREA_HEIGHT)
        if report.lines[-1].table is None:  # the table inside: the body ends in its date
            pages, used = laid_out_ending(pdf)
            misses.append(((pages - ending.page) * 22 + used - round(ending.used / PITCH)) * PITCH)
            continue
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            rules = [(number, edge["top"]) for number, page in enumerate(document.pages, 1) for edge in page.edges if edge["orientation"] == "h"]
            page, rule = max(rules)
            laid_out = (rule - TOP) * 20 + measure.TABLE_LINE  # the paragraph after the table
            if page < len(document.pages):  # that paragraph went over alone
                page, laid_out = len(document.pages), measure.TABLE_LINE
        misses.append((page - ending.page) * write_docx.TYPE_AREA_HEIGHT + laid_out - ending.used)
    assert all(abs(miss) < write_docx.ESTIMATE_MARGIN for miss in misses), misses
    assert sum(abs(miss) < PITCH / 20 for miss in misses) >= len(reports) - 1, misses


def printed_lines(page) -> list[tuple[float, str]]:
    """The page's lines: each one's top and its characters, left to right, without spaces."""
    lines: dict[int, list] = {}
    for char in page.chars:
        lines.setdefault(round(char["top"]), []).append(char)
    return [(top, "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])).replace(" ", "")) for top, chars in sorted(lines.items())]


@needs_libreoffice
def test_a_table_just_before_the_signature_never_leaves_it_alone_on_a_page(tmp_path):
    """A template may end the body with a table. Wherever its last row falls, the 署名 has a row of
    the body above it on its page: when the estimate has it going over alone, the table is split
    before its last row, which starts the next page under the header (LibreOffice does not keep a
    last row with the 署名 as Word does; 8 of these 40 left it alone)."""
    reports = varied_tables(40, seed=1, place="ending")
    info = write_docx.DocumentInfo("报告", "XX县教育局", datetime.date(2024, 5, 10))
    pdfs = Converter(tmp_path).pdfs([write_docx.docx_bytes(report, info) for report in reports])
    split = 0
    for number, (report, pdf) in enumerate(zip(reports, pdfs)):
        split += write_docx.ending_table_to_split(report.lines, write_docx.closing_keeps(report.lines)) is not None
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            [(page, signature)] = [(page, top) for page in document.pages for top, text in printed_lines(page) if text == "XX县人民政府"]
            rules = [edge["top"] for edge in page.edges if edge["orientation"] == "h"]
            assert rules and min(rules) < signature, number  # a table row above the 署名
    assert split >= 4, split

    """The same kind of varied reports, and 20 ending in a score table, each given a 版记: wherever
    the estimate put it, the last page is even, the 版记 ends it with its last rule on the foot of
    the type area, and no line of the body or rule of the table runs into it."""
    rng = random.Random(11)
    offices = ["县委办公室", "县人大常委会办公室", "县政府办公室", "县政协办公室", "县纪委监委", "县财政局", "县人力资源和社会保障局", "县发展和改革局"]
    printed = [line for line in letterhead_report().lines if line.kind == "record_print"]
    reports = []
    for report in varied_reports(60, seed=11) + varied_tables(20, seed=11):  # 抄送 of one to eight offices: a 版记 of two to four rows
        cc = Line("record_cc", [Run("抄送：" + "，".join(rng.sample(offices, rng.randint(1, 8))) + "。", "")])
        reports.append(NumberedDocument(report.lines + [cc] + printed, report.seal))
    info = write_docx.DocumentInfo("报告", "XX县教育局", datetime.date(2024, 5, 10))
    pdfs = Converter(tmp_path).pdfs([write_docx.docx_bytes(report, info) for report in reports])
    shared = tables_shared = 0
    for number, pdf in enumerate(pdfs):
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            last = document.pages[-1]
            assert len(document.pages) % 2 == 0, number
            chars = sorted((c for c in last.chars if c["top"] < TOP + 22 * LINE and c["text"].strip()), key=lambda c: c["top"])
            rules = sorted((e["top"] for e in last.edges if e["orientation"] == "h"))
            assert len(rules) >= 3 and abs(rules[-1] - (TOP + write_docx.TYPE_AREA_HEIGHT / 20)) < 72 / 25.4, number
            cc = next(c for c in chars if c["text"] == "抄" and c["x0"] < measure.MARGIN_LEFT / 20 + 20)
            record = max(rule for rule in rules if rule < cc["top"])  # the 版记's first rule
            inside = [c for c in chars if c["top"] > record]
            assert "".join(c["text"] for c in inside).startswith("抄送："), number
            above = [c for c in chars if c["top"] < record]
            assert all(c["bottom"] < record for c in above), number
            assert not [rule for rule in rules if record - write_docx.LINE_PITCH / 20 < rule < record], number  # a table's last rule, a line clear
            shared += bool(above)
            tables_shared += bool(above) and number >= 60
    assert shared >= 10 and tables_shared >= 3, (shared, tables_shared)
