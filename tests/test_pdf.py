"""Proof on paper: each example laid out by LibreOffice, read back from the PDF with pdfplumber.

GB/T 9704 as gongwen-format.md gives it: A4; text inside the 156 × 225 mm type area at the
margins 37/26/35/28 mm; 22 lines on a full body page; 28 characters on a full line; title and
heading fonts distinct faces; 「— N —」 7 mm below the type area, right on odd and left on even pages.
LibreOffice stands in the standard faces with Debian's (drafter/fonts/fonts.conf): Noto Serif CJK SC
for 仿宋 and 小标宋 (bold), AR PL UKai for 楷体, Noto Sans CJK SC for 黑体, Liberation Serif for
Times New Roman — so the figures hold for those faces, which have the same em square as the originals.
"""

import os
import shutil
from collections import Counter

import pytest

from drafter.office.libreoffice import soffice
from drafter.pipeline import build_report, pdf_bytes

from conftest import EXAMPLES, LETTERHEAD, MINIMAL

if not soffice():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install LibreOffice (.ci/run does) so that the layout is proven on paper")
    pytest.skip("LibreOffice is not installed: the PDF layout cannot be measured here", allow_module_level=True)

pytestmark = pytest.mark.libreoffice
pdfplumber = pytest.importorskip("pdfplumber")

MM = 72 / 25.4
LEFT, RIGHT = 1587 / 20, (11906 - 1474) / 20  # points
TOP, BOTTOM = 2098 / 20, (16838 - 1984) / 20
AREA = (RIGHT - LEFT) / 16.0  # the type area's width in 三号 characters
SLACK = 1.5
LINE = 579 / 20  # points: a grid line, 28.95 pt
HANGING = "，。、；：！？）”’》〉"
HEADING_STARTS = tuple("一二三四五六七八九十") + ("（",)  # points: glyph outlines may reach a little past the line box


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    opened = {}
    for example in EXAMPLES:
        path = folder / f"{example.stem}.pdf"
        path.write_bytes(pdf_bytes(build_report(example)))
        opened[example.stem] = pdfplumber.open(str(path))
    yield opened
    for document in opened.values():
        document.close()


def text_lines(page):
    """The page's lines of body text (not the page number), each a list of characters, top to bottom.
    Characters whose tops lie within 3 pt are one line (a table cell's digits sit 1 pt above its
    Chinese; lines of text are 10 pt apart or more)."""
    lines: list[list] = []
    for char in sorted((c for c in page.chars if c["top"] < BOTTOM + 5 and c["text"].strip()), key=lambda c: c["top"]):
        if lines and char["top"] - lines[-1][0]["top"] <= 3:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [sorted(chars, key=lambda c: c["x0"]) for chars in lines]


def page_number(page):
    chars = sorted((c for c in page.chars if c["top"] > BOTTOM + 5), key=lambda c: c["x0"])
    return "".join(c["text"] for c in chars), chars


@pytest.mark.parametrize("name", [e.stem for e in EXAMPLES])
def test_pages_are_a4_with_text_inside_the_type_area(pdfs, name):
    for page in pdfs[name].pages:
        assert abs(page.width - 210 * MM) < 1 and abs(page.height - 297 * MM) < 1
        for line in text_lines(page):
            assert min(c["x0"] for c in line) >= LEFT - SLACK
            # LibreOffice 7.4 hangs a closing mark into the margin whatever w:overflowPunct says
            # (Word honours it); nothing else may pass the right edge, and that mark by one character.
            inside = [c for c in line if c["text"] not in HANGING]
            assert max(c["x1"] for c in inside) <= RIGHT + SLACK
            assert max(c["x1"] for c in line) <= RIGHT + 16 + SLACK
            assert min(c["top"] for c in line) >= TOP - SLACK - 4  # the title's 22 pt glyphs sit high in their line
            assert max(c["bottom"] for c in line) <= BOTTOM + SLACK


@pytest.mark.parametrize("name", [e.stem for e in EXAMPLES])
def test_full_body_pages_have_22_lines_of_28_characters(pdfs, name):
    pages = body_pages(pdfs[name])
    assert len(pages) >= 3
    counts = []
    signature = next(line.text for line in build_report(next(e for e in EXAMPLES if e.stem == name)).numbered.lines if line.kind == "signature")
    for page, following in zip(pages[1:-1], pages[2:]):
        lines, after = text_lines(page), text_lines(following)
        counts.append(len(lines))
        if signature in [joined(line) for line in after]:
            continue  # the body's last paragraph went over with the 署名 (LibreOffice moves it whole; Word its last lines)
        if len(lines) < 22:  # a line or two moved over: a heading with its paragraph, or a widow or orphan avoided
            assert len(lines) >= 20, f"page {page.page_number}: {len(lines)} lines"
            assert moved_for_a_reason(after, 22 - len(lines)), f"page {page.page_number} ends early before: {joined(after[0])[:12]}"
        else:
            assert len(lines) == 22, f"page {page.page_number}: {len(lines)} lines"
    assert Counter(counts).most_common(1)[0][0] == 22
    wide = [sum(1 for c in line if ord(c["text"]) > 0x2e80) for page in pages[1:-1] for line in text_lines(page)
            if all(ord(c["text"]) > 0x2e80 for c in line)]
    counts = Counter(wide)
    assert counts.most_common(1)[0][0] == 28, counts
    assert max(wide) <= 28


def moved_for_a_reason(after, missing: int) -> bool:
    """Whether the first ``missing`` lines of a page could not have ended the page before: a heading
    (it keeps with its paragraph), a paragraph's first line (an orphan), or lines that would leave a
    paragraph's last line alone (a widow)."""
    first = joined(after[0])
    if first.startswith(HEADING_STARTS) or starts_paragraph(after[0]):
        return True
    rest = after[missing:]
    return len(rest) <= 1 or not continues_paragraph(rest[1]) if rest and continues_paragraph(rest[0]) else False


def body_pages(document):
    """The pages before the first attachment (a score table), which starts a page with 「附件」."""
    pages = document.pages
    for index, page in enumerate(pages):
        lines = text_lines(page)
        if lines and "".join(c["text"] for c in lines[0]).strip() == "附件":
            return pages[:index]
    return pages


def faces(document, starts):
    """The face of the first character of the first line that starts with ``starts``."""
    for page in document.pages:
        for line in text_lines(page):
            text = "".join(c["text"] for c in line)
            if text.startswith(starts):
                return line[0]["fontname"].split("+")[-1]
    raise AssertionError(f"no line starts with {starts}")


def test_title_and_heading_fonts_are_distinct_faces(pdfs):
    document = pdfs["city-education-duty-2022"]
    title = text_lines(document.pages[0])[0][2]["fontname"].split("+")[-1]  # past the ** of the masked name
    body = faces(document, "市政府高度重视")
    level_one, level_two = faces(document, "一、"), faces(document, "（一）")
    assert len({title, body, level_one, level_two}) == 4, (title, body, level_one, level_two)
    assert "Bold" in title and "Sans" in level_one and "Kai" in level_two and "Serif" in body


def test_every_chinese_character_is_set_in_a_simplified_chinese_face_that_says_so(pdfs):
    """Debian's Noto CJK collections name their shared outlines for the Japanese face, so the PDF
    listed NotoSerifCJKjp-… for text set in the SC face; drafter's font map now gives LibreOffice SC
    copies named as the SC faces (drafter/office/fontmap.py)."""
    import re

    faces = Counter(c["fontname"].split("+")[-1] for document in pdfs.values() for page in document.pages
                    for c in page.chars if "\u3000" <= c["text"] <= "\u9fff" or "\uff00" <= c["text"] <= "\uffef")
    assert not [face for face in faces if re.search(r"CJK(jp|kr|tc|hk)", face)], faces
    assert any("CJKsc" in face for face in faces), faces


def test_the_sc_copies_lay_out_every_character_where_the_collections_did(pdfs, monkeypatch):
    from drafter.office import libreoffice
    from drafter.office.fontmap import FONT_MAP

    example = next(e for e in EXAMPLES if e.stem == "county-bureau-work-report-2023")
    monkeypatch.setattr(libreoffice, "font_map", lambda: FONT_MAP)
    import io

    with pdfplumber.open(io.BytesIO(pdf_bytes(build_report(example)))) as plain:
        before = [(p.page_number, c["text"], round(c["x0"], 2), round(c["top"], 2)) for p in plain.pages for c in p.chars]
        names = {c["fontname"].split("+")[-1] for p in plain.pages for c in p.chars}
    after = [(p.page_number, c["text"], round(c["x0"], 2), round(c["top"], 2)) for p in pdfs[example.stem].pages for c in p.chars]
    assert before == after
    assert any("CJKjp" in name for name in names)  # what the collections' shared outlines are named


@pytest.mark.parametrize("name", [e.stem for e in EXAMPLES])
def test_page_numbers_outside_7mm_below_the_type_area(pdfs, name):
    for page in pdfs[name].pages:
        text, chars = page_number(page)
        assert text.replace(" ", "") == f"—{page.page_number}—"
        assert abs(chars[0]["top"] - (BOTTOM + 7 * MM)) < 4
        if page.page_number % 2:
            assert abs(chars[-1]["x1"] - (RIGHT - 14)) < 3  # 右空一字 of 4号
        else:
            assert abs(chars[0]["x0"] - (LEFT + 14)) < 3  # 左空一字


def test_build_writes_the_pdf_beside_the_docx(tmp_path):
    from test_cli import drafter

    result = drafter("build", EXAMPLES[0], "-o", "r.docx", "--pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.docx").exists() and (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_score_table_starts_a_page_and_repeats_its_header_on_each_page(pdfs):
    document = pdfs["county-annual-assessment-2022-2023"]
    body = body_pages(document)
    table_pages = document.pages[len(body):]
    assert len(table_pages) >= 2, "the 27-row table at 4号 should need two pages"
    header = "序号评价指标分值自评得分自评依据"
    for index, page in enumerate(table_pages):
        lines = ["".join(c["text"] for c in line) for line in text_lines(page)]
        if index == 0:
            assert lines[:2] == ["附件", "县（区）学年度教育工作考核自评得分表"]
            lines = lines[2:]
        # The header's two-line cell (自评得分 wraps or not) is read back as one or two lines.
        assert "".join(lines[:2]).replace(" ", "").startswith(header[:6]), lines[:2]
    last = ["".join(c["text"] for c in line) for line in text_lines(table_pages[-1])]
    assert any(line.startswith("合计100") and "98" in line for line in last)


@pytest.mark.parametrize("name", [e.stem for e in EXAMPLES])
def test_every_punctuation_mark_is_printed_inside_the_type_area(pdfs, name):
    """The PDF's text carries every ，。、；：！？ of the .txt built from the same data, and no glyph
    crosses the type area's right edge (LibreOffice used to hang a mark after a full line into the
    margin, or drop it: the bureau example lacked 6 and hung 8)."""
    from drafter.pipeline import text_bytes

    example = next(e for e in EXAMPLES if e.stem == name)
    expected = Counter(c for c in text_bytes(build_report(example)).decode("utf-8") if c in "，。、；：！？")
    printed = Counter(c["text"] for page in pdfs[name].pages for c in page.chars if c["text"] in "，。、；：！？")
    assert printed == expected
    outside = [c["text"] for page in pdfs[name].pages for c in page.chars if c["text"].strip() and c["x1"] > RIGHT + SLACK]
    assert not outside


def test_a_group_row_of_the_score_table_never_ends_a_page(pdfs):
    """A level-1 indicator's row (in 黑体, the Sans face) keeps with its first child: no table page but
    the last ends with one. (In the annual example it fell at the foot of the table's first page.)"""
    document = pdfs["county-annual-assessment-2022-2023"]
    table_pages = document.pages[len(body_pages(document)):]
    for page in table_pages[:-1]:
        last = [c for c in text_lines(page)[-1] if ord(c["text"]) > 0x2e80]
        assert last and not all("Sans" in c["fontname"] for c in last), "".join(c["text"] for c in text_lines(page)[-1])


@pytest.mark.parametrize("name", [e.stem for e in EXAMPLES])
def test_word_list_numbering_renders_the_same_markers_as_literal_text(pdfs, tmp_path, name):
    """--numbering word: LibreOffice lays out Word's chineseCounting lists as the literal markers."""
    from drafter.write.styles import Layout

    example = next(e for e in EXAMPLES if e.stem == name)
    path = tmp_path / "word.pdf"
    path.write_bytes(pdf_bytes(build_report(example, layout=Layout(numbering="word"))))
    with pdfplumber.open(str(path)) as numbered:
        word = [page.extract_text() for page in numbered.pages]
    literal = [page.extract_text() for page in pdfs[name].pages]
    assert word == literal
    assert any(line.startswith(("一、", "（一）")) for page in word for line in page.split("\n"))


LETTERHEAD_DATA = MINIMAL.replace("      - 一段正文。\n", "") + LETTERHEAD
FILLER = "      - 这是一段较长的正文，用来把报告撑到第二页。这是一段较长的正文，用来把报告撑到第二页。这是一段较长的正文，用来把报告撑到第二页。\n"


def letterhead_pdf(tmp_path, paragraphs: int, round_trip: bool = False):
    """A report with 版头 and 版记, its body ``paragraphs`` fillers long; with ``round_trip`` the .docx
    is first opened and saved as .docx by LibreOffice, as a clerk's office suite would."""
    from drafter.office.libreoffice import convert, pdf_from_docx
    from drafter.pipeline import docx_bytes

    data = tmp_path / "report.yaml"
    data.write_text(LETTERHEAD_DATA.replace("    content:\n", "    content:\n" + FILLER * paragraphs), encoding="utf-8")
    docx = docx_bytes(build_report(data))
    if round_trip:
        docx = convert(docx, ".docx", "docx:MS Word 2007 XML", str(data))
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_from_docx(docx, str(data)))
    return pdfplumber.open(str(path))


def is_red(colour) -> bool:
    return colour is not None and len(colour) == 3 and colour[0] > 0.9 and colour[1] < 0.1 and colour[2] < 0.1


def test_the_letterhead_on_paper(tmp_path):
    with letterhead_pdf(tmp_path, 1) as document:
        page = document.pages[0]
        lines = ["".join(c["text"] for c in line) for line in text_lines(page)]
        assert lines[:5] == ["000001", "秘密★1年", "特急", "XX县教育局文件", "X教发〔2024〕12号签发人：张三李四"]
        mark = [c for c in page.chars if c["text"] in "XX县教育局文件"][:7]
        assert all(is_red(c["non_stroking_color"]) for c in mark)
        assert abs(min(c["top"] for c in mark) - (TOP + 35 * MM)) < 3 * MM  # 35 mm below the type area's top
        number_line = text_lines(page)[4]
        assert abs(number_line[0]["x0"] - (LEFT + 16)) < SLACK + 1  # 发文字号 居左空一字
        assert abs(number_line[-1]["x1"] - (RIGHT - 16)) < SLACK + 1  # 签发人 居右空一字
        red = [e for e in page.edges if e["orientation"] == "h" and is_red(e["stroking_color"])]
        assert red, "the red separator line is missing"
        rule = red[0]
        assert abs(rule["x0"] - LEFT) < SLACK and abs(rule["x1"] - RIGHT) < SLACK  # as wide as the type area
        assert 3 * MM < rule["top"] - max(c["bottom"] for c in number_line) < 5 * MM  # 4 mm below the 发文字号


RECORD_LINES = ["抄送：县委办公室，县人大常委会办公室。", "XX县教育局办公室2024年5月10日印发"]


@pytest.mark.parametrize("paragraphs, pages, shared, round_trip", [
    (1, 2, False, False), (4, 2, True, False), (7, 4, False, False), (9, 4, False, False), (4, 2, True, True), (7, 4, False, True)],
    ids=["body ends on page 1", "body ends on page 2 with room", "body ends on page 2 near its foot", "body ends on page 3",
         "page 2 with room, after a LibreOffice round trip", "page 2 near its foot, after a LibreOffice round trip"])
def test_the_record_sits_on_the_foot_of_an_even_last_page(tmp_path, paragraphs, pages, shared, round_trip):
    """GB/T 9704 7.4: the 版记 at the foot of the last page, which is even. It shares the body's
    last page when that page is even with room (and the page keeps its number); otherwise it has a
    page of its own, unnumbered, after a blank unnumbered page when the body ends on an even page."""
    with letterhead_pdf(tmp_path, paragraphs, round_trip) as document:
        assert len(document.pages) == pages
        last = document.pages[-1]
        lines = ["".join(c["text"] for c in line) for line in text_lines(last)]
        assert lines[-2:] == RECORD_LINES
        rules = sorted((e for e in last.edges if e["orientation"] == "h"), key=lambda e: e["top"])
        assert len(rules) == 3 and abs(rules[-1]["top"] - BOTTOM) < 1 * MM  # the last rule on the type area's foot
        if shared:
            assert len(lines) > 2 and lines[-3].startswith("2024") and page_number(last)[0] == f"— {pages} —"
            body_foot = max(c["bottom"] for line in text_lines(last)[:-2] for c in line)
            assert body_foot < rules[0]["top"] - LINE  # the body's end clear of the 版记, a line or more above
        else:
            assert lines == RECORD_LINES and page_number(last)[0] == ""  # 版记页不编排页码
            body_end = next(number for number, page in enumerate(document.pages, 1) if "2024年5月10日" in ["".join(c["text"] for c in line) for line in text_lines(page)])
            if body_end % 2 == 0:
                blank = document.pages[body_end]
                assert not blank.chars  # the blank page before it: empty, no number either


@pytest.mark.parametrize("shortened, shared", [(False, False), (True, True)], ids=["table ends on an odd page", "table ends on an even page with room"])
def test_after_the_score_table_the_record_sits_on_the_foot_of_an_even_last_page(tmp_path, shortened, shared):
    """The annual-assessment example with a 版记: its score table ends on page 17, so the 版记 has
    page 18 to itself; without its preface and last point the table ends on page 16, with room,
    and the 版记 shares it."""
    import yaml

    example = next(e for e in EXAMPLES if e.stem == "county-annual-assessment-2022-2023")
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    data["record"] = yaml.safe_load(LETTERHEAD)["record"]
    if shortened:
        del data["preface"]
        data["parts"]["next_steps"]["content"][0]["points"].pop()
    path = tmp_path / "report.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(pdf_bytes(build_report(path)))
    with pdfplumber.open(str(tmp_path / "report.pdf")) as document:
        pages = document.pages
        assert len(pages) == (16 if shortened else 18) and len(pages) % 2 == 0
        last = pages[-1]
        lines = ["".join(c["text"] for c in line) for line in text_lines(last)]
        assert lines[-2:] == RECORD_LINES
        rules = sorted(e["top"] for e in last.edges if e["orientation"] == "h")
        assert abs(rules[-1] - BOTTOM) < 1 * MM
        if shared:
            assert any(line.startswith("合计100") for line in lines) and page_number(last)[0] == f"— {len(pages)} —"
            record = max(rule for rule in rules if rule < text_lines(last)[-2][0]["top"])
            assert max(rule for rule in rules if rule < record) < record - LINE  # the table's last rule, a line or more above
        else:
            assert lines == RECORD_LINES and page_number(last)[0] == ""
            assert any(line.startswith("合计100") for line in ["".join(c["text"] for c in l) for l in text_lines(pages[-2])])


def batch_pdfs(folder, cases: dict):
    """The reports in ``folder`` laid out by LibreOffice in one batch, opened: ``cases`` maps each
    file's stem to the key it is found under. They are closed when the caller is done."""
    from drafter import batch

    out = folder / "out"
    out.mkdir()
    jobs = batch.plan(batch.collect_inputs([str(folder)]), out, ["pdf"], "input")
    assert all(outcome.ok for outcome in batch.run(jobs, 2).outcomes)
    opened = {key: pdfplumber.open(str(out / f"{stem}.pdf")) for stem, key in cases.items()}
    yield opened
    for document in opened.values():
        document.close()


@pytest.fixture(scope="module")
def record_endings(tmp_path_factory):
    """Reports with 版头 and 版记 whose body ends at each line of pages 1 to 3 (one-line paragraphs
    added one by one), laid out by LibreOffice in one batch."""
    folder = tmp_path_factory.mktemp("record-endings")
    cases = {}
    for count in range(0, 64):
        filler = "".join(f"      - 第{n}段正文，用来移动报告结尾的位置。\n" for n in range(count + 1))
        path = folder / f"record-{count:02d}.yaml"
        path.write_text(LETTERHEAD_DATA.replace("    content:\n", "    content:\n" + filler), encoding="utf-8")
        cases[path.stem] = count
    yield from batch_pdfs(folder, cases)


def test_wherever_the_body_ends_the_record_is_on_an_even_last_page_and_shares_one_with_room(record_endings):
    """The 版记 always on an even last page at its foot, never over the body; on the body's last
    page whenever that page is even and the body ends there with room to spare (its first 4 lines
    or its last 4 above the 版记 are left to a page of its own, the estimate's margin)."""
    shared = 0
    for count, document in record_endings.items():
        pages = document.pages
        assert len(pages) % 2 == 0, count
        last = pages[-1]
        lines = ["".join(c["text"] for c in line) for line in text_lines(last)]
        assert lines[-2:] == RECORD_LINES, count
        rules = sorted((e for e in last.edges if e["orientation"] == "h"), key=lambda e: e["top"])
        assert len(rules) == 3 and abs(rules[-1]["top"] - BOTTOM) < 1 * MM, count
        body_page = max(number for number, page in enumerate(pages, 1) if any(line.startswith("2024年5月10日") and not line.endswith("印发")
                                                                             for line in ["".join(c["text"] for c in l) for l in text_lines(page)]))
        body_lines = [line for line in text_lines(pages[body_page - 1]) if "".join(c["text"] for c in line) not in RECORD_LINES]
        used = round((max(c["bottom"] for c in body_lines[-1]) - TOP) / LINE + 0.25)
        if body_page == len(pages):
            shared += 1
            assert max(c["bottom"] for c in body_lines[-1]) < rules[0]["top"] - LINE, count
            assert page_number(last)[0] == f"— {len(pages)} —"
        else:
            assert lines == RECORD_LINES and page_number(last)[0] == "", count
            assert all(not page.chars for page in pages[body_page:-1]), count  # the page between: blank, unnumbered
            room = 22 - used - 3  # the 版记's two rows and its rules take 3 lines
            assert body_page % 2 or not (4 < used and room > 5), (count, body_page, used)  # an even page with room is shared
    assert shared >= 10


def test_a_batch_makes_the_same_pdfs_as_single_builds_in_one_libreoffice_call_a_chunk(tmp_path, pdfs, monkeypatch):
    """Batch PDFs come from one LibreOffice call per chunk, with the worker's profile kept between calls;
    each is the PDF a single build makes (same pages, same text), and no profile is left behind."""
    folder = tmp_path / "in"
    folder.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, folder / example.name)
    from test_cli import drafter

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    result = drafter("batch", folder, "-o", tmp_path / "out", "--format", "pdf", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for example in EXAMPLES:
        with pdfplumber.open(str(tmp_path / "out" / f"{example.stem}.pdf")) as batched:
            assert [page.extract_text() for page in batched.pages] == [page.extract_text() for page in pdfs[example.stem].pages]
    assert not list(tmp_path.glob("drafter-batch-*"))


SIGNERS = ["局", "XX县教育局", "2024年度工作组", "XX县人民政府教育督导委员会办公室"]
DATES = ["2024-01-01", "2024-05-10", "2024-12-25"]
CH = 16.0  # one 三号 character, pt


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """Every signer with every date, with and without a seal, laid out by LibreOffice (a batch: one call)."""
    from drafter import batch

    folder = tmp_path_factory.mktemp("signed")
    cases = {}
    for seal in (False, True):
        for number, (name, date) in enumerate((n, d) for n in SIGNERS for d in DATES):
            path = folder / f"{'seal' if seal else 'plain'}-{number}.yaml"
            path.write_text(MINIMAL.replace("issuer: XX县教育局", f"issuer: {name}").replace("date: 2024-05-10", f"date: {date}\nseal: {str(seal).lower()}"), encoding="utf-8")
            cases[path.stem] = (name, date, seal)
    out = folder / "out"
    out.mkdir()
    jobs = batch.plan(batch.collect_inputs([str(folder)]), out, ["pdf"], "input")
    assert all(outcome.ok for outcome in batch.run(jobs, 1).outcomes)
    placed = {}
    for stem, case in cases.items():
        with pdfplumber.open(str(out / f"{stem}.pdf")) as document:
            name, date = text_lines(document.pages[-1])[-2:]
        placed[case] = ((name[0]["x0"] - LEFT) / CH, (RIGHT - name[-1]["x1"]) / CH, (date[0]["x0"] - LEFT) / CH, (RIGHT - date[-1]["x1"]) / CH,
                        "".join(c["text"] for c in name), "".join(c["text"] for c in date))
    return placed


@pytest.mark.parametrize("name", SIGNERS)
@pytest.mark.parametrize("date", DATES)
def test_without_a_seal_the_name_stands_two_characters_from_the_right_and_the_date_two_right_of_its_start(signed, name, date):
    """GB/T 9704 7.3.5.2, measured to a quarter of a character, names and dates of every length, Arabic
    digits included: the 署名 右空二字 and the date's first character two characters right of the
    署名's; when the date is the longer, the date 右空二字 and the 署名 two characters left of it."""
    name_left, name_gap, date_left, date_gap, name_text, date_text = signed[(name, date, False)]
    assert name_text == name and date_text.endswith("日")
    assert abs(date_left - name_left - 2) <= 0.25
    date_longer = (AREA - date_left - date_gap) > (AREA - name_left - name_gap)
    assert abs((date_gap if date_longer else name_gap) - 2) <= 0.25


@pytest.mark.parametrize("name", SIGNERS)
@pytest.mark.parametrize("date", DATES)
def test_with_a_seal_the_date_stands_four_characters_from_the_right_and_the_name_is_centred_over_it(signed, name, date):
    """GB/T 9704 7.3.5.1: the date 右空四字 and the 署名 centred over the date, unless it is too long to
    be centred without crossing the type area, when it ends at the type area's right edge."""
    name_left, name_gap, date_left, date_gap, name_text, _date = signed[(name, date, True)]
    assert name_text == name and abs(date_gap - 4) <= 0.25
    name_centre, date_centre = (name_left + AREA - name_gap) / 2, (date_left + AREA - date_gap) / 2
    name_width = AREA - name_left - name_gap
    if date_centre + name_width / 2 <= AREA:
        assert abs(name_centre - date_centre) <= 0.25
    else:
        assert name_gap >= -0.05 and name_gap <= 0.5


def long_report_data(sections: int = 88) -> str:
    """A report of 20-odd pages whose level-2 headings fall at every height of a page: the sections'
    paragraphs run 1, 2, 7 and 13 lines, so each round of four moves the next heading down 5 of a
    page's 22 lines, and the rounds reach every line."""
    sentence = "这一段正文的长度逐节变化，让下一个标题落在页面的不同位置上。"  # 30 characters
    items = []
    for number in range(sections):
        lines = (1, 2, 7, 13)[number % 4]
        text = (sentence * 30)[: lines * 28 - 4]
        items.append(f"      - heading: 第{number + 1}节的标题\n        text: {text}\n")
    return MINIMAL.replace("    heading: 工作开展基本情况\n    content:\n      - 一段正文。\n", "    heading: 工作开展基本情况\n    content:\n" + "".join(items))


def is_heading_line(line) -> bool:
    """A standalone heading's line: every Chinese character in a heading face (黑体 Sans, 楷体 UKai)."""
    chinese = [c for c in line if ord(c["text"]) > 0x2e80]
    return bool(chinese) and all("Sans" in c["fontname"] or "UKai" in c["fontname"] for c in chinese)


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    """The generated report of 20-odd pages (``long_report_data``), laid out by LibreOffice."""
    folder = tmp_path_factory.mktemp("long")
    path = folder / "long.yaml"
    path.write_text(long_report_data(), encoding="utf-8")
    pdf = folder / "long.pdf"
    pdf.write_bytes(pdf_bytes(build_report(path)))
    with pdfplumber.open(str(pdf)) as document:
        assert len(document.pages) >= 20
        yield document


def test_in_a_long_report_no_standalone_heading_ends_a_page(long_pdf):
    """Headings keep with the paragraph after them: over 20 pages, with a heading placed at every
    height of a page, no page's last line is a heading."""
    feet = [text_lines(page)[-1] for page in long_pdf.pages[:-1]]
    headed = sum(is_heading_line(line) for page in long_pdf.pages for line in text_lines(page))
    assert headed >= 88
    assert not [("".join(c["text"] for c in line), number) for number, line in enumerate(feet, 1) if is_heading_line(line)]


# --- pages broken as an office breaks them ---------------------------------------------------------

INDENT = 2 * CH  # a paragraph's first line starts two characters in


def joined(line) -> str:
    return "".join(c["text"] for c in line)


def starts_paragraph(line) -> bool:
    return abs(line[0]["x0"] - (LEFT + INDENT)) < 4


def continues_paragraph(line) -> bool:
    """A body line flush with the type area's left edge: the second or later line of a paragraph."""
    return abs(line[0]["x0"] - LEFT) < 2 and line[-1]["x1"] < RIGHT + SLACK and not joined(line).endswith("：")


def broken_paragraphs(pages) -> list[str]:
    """Widows and orphans over the page breaks of ``pages``: a paragraph split with one line alone
    at the foot of a page (its first) or at the top of the next (its last)."""
    found = []
    for number, (page, after) in enumerate(zip(pages, pages[1:]), 1):
        foot, top = text_lines(page), text_lines(after)
        if not foot or not top or not continues_paragraph(top[0]):
            continue
        if starts_paragraph(foot[-1]):
            found.append(f"orphan at the foot of page {number}: {joined(foot[-1])}")
        if len(top) == 1 or starts_paragraph(top[1]) or not continues_paragraph(top[1]):
            found.append(f"widow at the top of page {number + 1}: {joined(top[0])}")
    return found


def signature_place(document, signature: str) -> tuple[int, list[str]]:
    """The page the 署名 is on, and the lines above it there that are the body's (not the 附件说明)."""
    for number, page in enumerate(document.pages, 1):
        lines = [joined(line) for line in text_lines(page)]
        if signature in lines:
            above = lines[:lines.index(signature)]
            return number, [line for line in above if not line.startswith("附件：") and not line[:1].isdigit()]
    raise AssertionError(f"no line {signature!r}")


@pytest.mark.parametrize("name", [e.stem for e in EXAMPLES])
def test_no_widow_or_orphan_and_the_signature_shares_its_page_with_the_body(pdfs, name):
    document = pdfs[name]
    assert broken_paragraphs(body_pages(document)) == []
    signature = build_report(next(e for e in EXAMPLES if e.stem == name)).numbered
    issuer = next(line.text for line in signature.lines if line.kind == "signature")
    _page, above = signature_place(document, issuer)
    assert len(above) >= 2, above


def ending_data(filler_lines: int, last_lines: int) -> str:
    """A report whose body runs ``filler_lines`` one-line paragraphs, then a last paragraph of
    ``last_lines`` lines: as the count grows, the 特此报告 and the 署名 fall at every line of a page."""
    sentence = "这一段正文用来移动报告结尾在页面上的位置。"
    filler = "".join(f"      - 第{n}段{sentence[:18]}。\n" for n in range(filler_lines))
    last = (sentence * 40)[: last_lines * 28 - 6] + "。"
    return MINIMAL.replace("      - 一段正文。\n", filler + f"      - {last}\n")


@pytest.fixture(scope="module")
def endings(tmp_path_factory):
    """Reports whose ending falls at each of a page's 22 lines, with a last paragraph of 1, 3, 9 or
    20 lines (one too long to go over whole with the ending), laid out by LibreOffice in one batch."""
    folder = tmp_path_factory.mktemp("endings")
    cases = {}
    for last_lines in (1, 3, 9, 20):
        for filler in range(22, 44):
            path = folder / f"end-{last_lines}-{filler}.yaml"
            path.write_text(ending_data(filler, last_lines), encoding="utf-8")
            cases[path.stem] = (filler, last_lines)
    yield from batch_pdfs(folder, cases)


def test_the_signature_never_stands_without_two_lines_of_the_body_wherever_the_report_ends(endings):
    """Two lines of the body or more above the 署名 on its page, wherever the report ends. A last
    paragraph too long to go over whole with the ending (20 lines) is left to widow control:
    LibreOffice, which moves a kept paragraph whole, then carries 「特此报告。」 alone with the
    署名 when the paragraph ends within three lines of a page's foot (Word, which moves a kept
    paragraph's last lines, is not asked to: keeping it made LibreOffice strand the 署名 alone)."""
    stranded = []
    for (filler, last_lines), document in endings.items():
        page, above = signature_place(document, "XX县教育局")
        if len(above) < (1 if last_lines == 20 else 2):
            stranded.append((filler, last_lines, page, above))
        assert broken_paragraphs(document.pages) == [], (filler, last_lines)
    assert stranded == [], stranded


def test_in_a_long_report_no_paragraph_leaves_a_widow_or_an_orphan(long_pdf):
    assert broken_paragraphs(long_pdf.pages) == []
