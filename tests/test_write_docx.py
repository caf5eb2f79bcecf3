"""The .docx, re-opened with python-docx: page, grid, named styles and fonts, footers, headings, determinism."""

import io
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from drafter.pipeline import build_report, docx_bytes

from conftest import EXAMPLES, LETTERHEAD, MINIMAL

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

RICH = MINIMAL.replace("      - 一段正文。", """\
      - 一段正文。
      - heading: 党的领导持续加强。
        run_in: true
        text: 县委教育工委认真落实中心组理论学习制度。
      - heading: 教育质量稳步提升
        content:
          - heading: 学前教育
            content:
              - heading: 普惠园
                content: [全县普惠性幼儿园覆盖率达92.5％。]""") + """\
notices:
  - {issuer: 市教育局, title: 关于开展2023年度自查自评工作的通知, number: 市教发〔2023〕12号}
opening: 我局认真开展了自查自评
self_score: 98
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "rich.yaml"
    path.write_text(RICH, encoding="utf-8")
    data = docx_bytes(build_report(path))
    return data, docx.Document(io.BytesIO(data))


def test_page_is_a4_with_the_standard_margins(built):
    section = built[1].sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert (section.top_margin.twips, section.right_margin.twips, section.bottom_margin.twips, section.left_margin.twips) == (2098, 1474, 1984, 1587)
    type_area_mm = ((11906 - 1587 - 1474) / 1440 * 25.4, (16838 - 2098 - 1984) / 1440 * 25.4)
    assert abs(type_area_mm[0] - 156) < 0.5 and abs(type_area_mm[1] - 225) < 0.5


def test_grid_gives_22_lines_and_body_spacing_gives_28_characters(built):
    grid = built[1].sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"
    assert 22 * 579 <= 12756  # 22 lines fit the 225 mm type area
    body = built[1].styles["Normal"].element
    assert body.find(f"{W}pPr/{W}spacing").get(qn("w:line")) == "579"
    assert body.find(f"{W}pPr/{W}spacing").get(qn("w:lineRule")) == "exact"
    assert body.find(f"{W}rPr/{W}spacing").get(qn("w:val")) == "-5"
    assert 28 * (16 - 0.25) <= 156 / 25.4 * 72  # 28 tightened characters fit the 156 mm line
    # Widow and orphan control: a page may end a line or two early rather than leave one line of a
    # paragraph alone (test_pdf measures both on paper).
    defaults = built[1].styles.element.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
    assert defaults.find(f"{W}widowControl").get(qn("w:val")) in (None, "1", "true", "on")


STYLE_FACTS = [
    # name, East-Asian face, half-points, alignment, first-line indent, outline level
    ("公文标题", "方正小标宋简体", 44, "center", "0", None),
    ("主送机关", "仿宋_GB2312", 32, "left", "0", None),
    ("Normal", "仿宋_GB2312", 32, "both", "640", None),
    ("一级标题", "黑体", 32, "both", "640", "0"),
    ("二级标题", "楷体_GB2312", 32, "both", "640", "1"),
    ("三级标题", "仿宋_GB2312", 32, "both", "640", "2"),
    ("四级标题", "仿宋_GB2312", 32, "both", "640", "3"),
    ("发文机关署名", "仿宋_GB2312", 32, "right", "0", None),
    ("成文日期", "仿宋_GB2312", 32, "right", "0", None),
    ("页码", "宋体", 28, "both", "0", None),
]


@pytest.mark.parametrize("name, face, size, align, first_line, outline", STYLE_FACTS, ids=[s[0] for s in STYLE_FACTS])
def test_each_paragraph_kind_is_a_named_style_with_explicit_fonts(built, name, face, size, align, first_line, outline):
    style = built[1].styles[name].element
    fonts = style.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:eastAsia")) == face
    western = "宋体" if name == "页码" else "Times New Roman"
    assert fonts.get(qn("w:ascii")) == western and fonts.get(qn("w:hAnsi")) == western
    assert style.find(f"{W}rPr/{W}sz").get(qn("w:val")) == str(size)
    assert style.find(f"{W}pPr/{W}jc").get(qn("w:val")) == align
    assert style.find(f"{W}pPr/{W}ind").get(qn("w:firstLine")) == first_line
    level = style.find(f"{W}pPr/{W}outlineLvl")
    assert (level.get(qn("w:val")) if level is not None else None) == outline


def test_no_theme_font_is_left_to_override_ours(built):
    parts = zipfile.ZipFile(io.BytesIO(built[0]))
    for name in parts.namelist():
        if name.startswith("word/") and name.endswith(".xml") and "theme" not in name:
            assert not re.search(r'w:\w*[Tt]heme="', parts.read(name).decode()), name
    defaults = built[1].styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(f"{W}rFonts").get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert defaults.find(f"{W}lang").get(qn("w:eastAsia")) == "zh-CN"
    assert "stylesWithEffects" not in " ".join(parts.namelist())


def paragraphs(built):
    return [(p.style.name, p.text) for p in built[1].paragraphs]


def test_every_paragraph_has_its_style_and_exact_text(built):
    assert paragraphs(built) == [
        ("公文标题", "XX县教育局关于2023年工作情况的报告"),
        ("主送机关", "县人民政府："),
        ("Normal", "按照市教育局《关于开展2023年度自查自评工作的通知》（市教发〔2023〕12号）要求，我局认真开展了自查自评，自评得分为98分。现将有关情况报告如下："),
        ("一级标题", "一、工作开展基本情况"),
        ("Normal", "一段正文。"),
        ("二级标题", "（一）党的领导持续加强。县委教育工委认真落实中心组理论学习制度。"),
        ("二级标题", "（二）教育质量稳步提升"),
        ("三级标题", "1.学前教育"),
        ("四级标题", "（1）普惠园"),
        ("Normal", "全县普惠性幼儿园覆盖率达92.5％。"),
        ("Normal", "特此报告。"),
        ("发文机关署名", "XX县教育局"),
        ("成文日期", "2024年5月10日"),
    ]


def test_run_in_heading_keeps_heading_font_then_body_font(built):
    paragraph = next(p for p in built[1].paragraphs if p.text.startswith("（一）"))
    heading_run, body_run = paragraph.runs
    assert heading_run.text == "（一）党的领导持续加强。" and heading_run.style.name == "Default Paragraph Font"
    assert body_run.style.name == "正文字符"
    assert body_run.style.element.find(f"{W}rPr/{W}rFonts").get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_signature_and_date_without_seal(built):
    """The date is the longer here, so it stands 右空二字 (right-aligned) and the 署名 starts two
    characters left of it: placed from the date's set width (tests/test_pdf.py measures the result)."""
    from drafter.write.docx import CHAR, TYPE_AREA_WIDTH, set_width

    by_style = {p.style.name: p for p in built[1].paragraphs}
    name, date = by_style["发文机关署名"], by_style["成文日期"]
    assert int(date._p.pPr.find(qn("w:ind")).get(qn("w:right"))) == 2 * CHAR and date._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "right"
    date_left = TYPE_AREA_WIDTH - 2 * CHAR - set_width(date.text)
    assert int(name._p.pPr.find(qn("w:ind")).get(qn("w:left"))) == date_left - 2 * CHAR and name._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "left"
    assert name.style.element.find(f"{W}pPr/{W}spacing").get(qn("w:before")) == "579"


def test_set_width_counts_chinese_as_one_character_and_western_by_its_face():
    from drafter.text.measure import CHAR, TIGHTEN
    from drafter.write.docx import AUTOSPACE, set_width

    assert set_width("教育局") == 3 * (CHAR + TIGHTEN)
    assert set_width("2024年") == 4 * (CHAR // 2 + TIGHTEN) + CHAR + TIGHTEN + AUTOSPACE  # digits are half an em, and spaced from Chinese
    assert set_width("XX县") == 2 * (round(CHAR * 0.722) + TIGHTEN) + CHAR + TIGHTEN + AUTOSPACE


def test_title_lines_share_one_paragraph(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(MINIMAL.replace("title: XX县教育局关于2023年工作情况的报告", "title: [XX县教育局关于2023年, 工作情况的报告]"), encoding="utf-8")
    document = docx.Document(io.BytesIO(docx_bytes(build_report(path))))
    title = document.paragraphs[0]
    assert title.style.name == "公文标题" and title.text == "XX县教育局关于2023年\n工作情况的报告"


def footer_facts(footer):
    paragraph = footer.paragraphs[0]
    xml = paragraph._p.xml
    instructions = "".join(paragraph._p.xpath(".//w:t/text() | .//w:instrText/text()"))
    return paragraph.alignment, paragraph._p.pPr.find(qn("w:ind")), instructions, xml


def test_page_numbers_outside_on_odd_and_even_pages(built):
    document = built[1]
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        alignment, indent, text, xml = footer_facts(footer)
        assert alignment is not None and alignment.name.lower() == side
        assert indent.get(qn(f"w:{side}")) == "280"
        assert text.replace(" PAGE ", "N") == "— N1 —"
        assert 'w:fldCharType="begin"' in xml and "<w:instrText" in xml and 'w:fldCharType="end"' in xml
        assert footer.paragraphs[0].style.name == "页码"


def test_same_input_gives_identical_bytes(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(RICH, encoding="utf-8")
    assert docx_bytes(build_report(path)) == docx_bytes(build_report(path))


def test_core_properties_are_fixed_from_the_data(built):
    properties = built[1].core_properties
    assert properties.title == "XX县教育局关于2023年工作情况的报告" and properties.author == "XX县教育局"
    assert properties.created.date().isoformat() == "2024-05-10" == properties.modified.date().isoformat()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_each_example_builds_a_docx_whose_headings_are_numbered(example):
    document = docx.Document(io.BytesIO(docx_bytes(build_report(example))))
    level_one = [p.text for p in document.paragraphs if p.style.name == "一级标题"]
    assert level_one and all(text.startswith(f"{n}、") for n, text in zip("一二三四五六七八九", level_one))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_docx_paragraphs_are_the_preview_lines(example):
    from drafter.write.text import text_report

    report = build_report(example)
    document = docx.Document(io.BytesIO(docx_bytes(report)))
    preview = [line for line in text_report(report.numbered).split("\n") if line]
    blocks = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            blocks += ["　".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            blocks += block.text.split("\n")
    assert [line for line in blocks if line] == preview


def built_with(example, **layout):
    from drafter.write.styles import Layout

    return build_report(example, layout=Layout(**layout))


def test_word_numbering_puts_chinese_counting_lists_on_the_heading_styles():
    example = next(e for e in EXAMPLES if e.stem.startswith("city"))
    package = zipfile.ZipFile(io.BytesIO(docx_bytes(built_with(example, numbering="word"))))
    numbering = package.read("word/numbering.xml").decode()
    levels = re.findall(r'<w:numFmt w:val="(\w+)"/><w:pStyle w:val="(\w+)"/><w:suff w:val="nothing"/><w:lvlText w:val="([^"]+)"/>', numbering)
    assert levels == [("chineseCounting", "DrafterHeading1", "%1、"), ("chineseCounting", "DrafterHeading2", "（%2）"),
                      ("decimal", "DrafterHeading3", "%3."), ("decimal", "DrafterHeading4", "（%4）")]
    document = docx.Document(io.BytesIO(docx_bytes(built_with(example, numbering="word"))))
    styles = {s.name: s for s in document.styles}
    assert styles["一级标题"].element.find(f"{W}pPr/{W}numPr/{W}ilvl").get(f"{W}val") == "0"
    headings = [p.text for p in document.paragraphs if p.style.name in ("一级标题", "二级标题")]
    assert headings[0] == "自查自评安排部署及反馈问题整改情况" and headings[2].startswith("紧盯党的建设")
    literal = docx.Document(io.BytesIO(docx_bytes(built_with(example))))
    assert [p.text for p in literal.paragraphs if p.style.name == "一级标题"][0] == "一、自查自评安排部署及反馈问题整改情况"
    assert styles["一级标题"].element.find(f"{W}pPr/{W}numPr") is not None
    assert {s.name: s for s in literal.styles}["一级标题"].element.find(f"{W}pPr/{W}numPr") is None


def test_a_word_numbered_docx_imports_back_to_the_same_report(tmp_path):
    from drafter.importer import import_file
    from drafter.importer.summary import yaml_text
    from drafter.write.text import text_report

    example = next(e for e in EXAMPLES if e.stem.startswith("city"))
    path = tmp_path / "old.docx"
    path.write_bytes(docx_bytes(built_with(example, numbering="word")))
    data = tmp_path / "new.yaml"
    data.write_text(yaml_text(import_file(path), "old.docx"), encoding="utf-8")
    assert text_report(build_report(data).numbered) == text_report(build_report(example).numbered)


def house_style(tmp_path):
    """A house .docx made in python-docx (as in Word): 一级标题 in bold 宋体 18 pt, Normal at 15 pt."""
    from docx.enum.style import WD_STYLE_TYPE

    house = docx.Document()
    heading = house.styles.add_style("一级标题", WD_STYLE_TYPE.PARAGRAPH)
    heading.font.bold, heading.font.size, heading.font.name = True, Pt(18), "宋体"
    heading.base_style = house.styles["Normal"]
    house.styles["Normal"].font.size = Pt(15)
    path = tmp_path / "house.docx"
    house.save(str(path))
    return path


def test_a_reference_docx_styles_replace_drafters_by_name(tmp_path):
    example = next(e for e in EXAMPLES if e.stem.startswith("county-bureau"))
    document = docx.Document(io.BytesIO(docx_bytes(built_with(example, reference=str(house_style(tmp_path))))))
    styles = {s.name: s for s in document.styles}
    assert styles["一级标题"].font.bold and styles["一级标题"].font.size == Pt(18) and styles["一级标题"].font.name == "宋体"
    assert styles["一级标题"].base_style.name == "Normal" and styles["Normal"].font.size == Pt(15)
    assert styles["二级标题"].element.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "楷体_GB2312"  # not in the house file: ours
    assert [p.style.name for p in document.paragraphs][3] == "一级标题"  # paragraphs keep their styles


def test_a_reference_that_is_not_a_docx_gets_a_clear_message(tmp_path):
    from drafter.errors import DrafterError
    from drafter.write.reference import reference_styles

    bad = tmp_path / "house.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(DrafterError) as caught:
        reference_styles(bad)
    assert "参考文档不是可读的 .docx" in caught.value.problems[0].message
    with pytest.raises(DrafterError) as caught:
        reference_styles(tmp_path / "missing.docx")
    assert "找不到参考文档" in caught.value.problems[0].message


def letterhead_document(write_data, extra=LETTERHEAD):
    return docx.Document(io.BytesIO(docx_bytes(build_report(write_data(MINIMAL + extra)))))


def test_the_letterhead_is_laid_out_as_gb_9704_7_2_asks(write_data):
    document = letterhead_document(write_data)
    paragraphs = document.paragraphs
    assert [(p.text, p.style.name) for p in paragraphs[:6]] == [
        ("000001", "份号密级"), ("秘密★1年", "份号密级"), ("特急", "份号密级"), ("XX县教育局文件", "发文机关标志"),
        ("\tX教发〔2024〕12号\t签发人：张三　李四", "发文字号"), ("XX县教育局关于2023年工作情况的报告", "公文标题")]
    mark = {s.name: s for s in document.styles}["发文机关标志"]
    assert mark.font.color.rgb == docx.shared.RGBColor(0xFF, 0, 0) and mark.font.size == Pt(36)
    assert mark.element.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "方正小标宋简体"
    spacing = paragraphs[3]._p.find(f"{W}pPr/{W}spacing")
    assert int(spacing.get(f"{W}before")) == 1984 - 3 * 579  # the mark's top 35 mm below the type area's top
    number = paragraphs[4]._p.find(f"{W}pPr")
    rule = number.find(f"{W}pBdr/{W}bottom")
    assert (rule.get(f"{W}color"), rule.get(f"{W}sz")) == ("FF0000", "8")  # 0.35 mm, red; 4 mm below is measured in test_pdf
    tabs = [(t.get(f"{W}val"), t.get(f"{W}pos")) for t in number.iter(f"{W}tab")]
    assert tabs == [("left", "320"), ("right", "8525")]  # 居左空一字 … 居右空一字
    names = paragraphs[4].runs[-1]
    assert names.text == "张三　李四" and names.style.name == "签发人姓名"
    assert paragraphs[5]._p.find(f"{W}pPr/{W}spacing").get(f"{W}before") == str(2 * 579)  # the title two lines below the red line


def test_without_signers_the_number_is_centred_and_a_wrong_wenhao_is_refused(write_data):
    document = letterhead_document(write_data, "letterhead:\n  mark: XX县教育局文件\n  number: X教发〔2024〕12号\n")
    assert document.paragraphs[1].text == "X教发〔2024〕12号" and document.paragraphs[1].alignment is None
    assert {s.name: s for s in document.styles}["发文字号"].paragraph_format.alignment == 1  # centred
    from drafter.errors import DrafterError

    with pytest.raises(DrafterError) as caught:
        build_report(write_data(MINIMAL + "letterhead:\n  number: X教发[2024]012号\n", "bad.yaml"))
    assert "六角括号〔〕" in caught.value.problems[0].message


def test_the_record_ends_the_document_in_a_section_of_its_own_from_an_even_page(write_data):
    document = letterhead_document(write_data)
    body = document.element.body
    table = body.findall(f"{W}tbl")[-1]
    rows = [row.xpath("string(.)") for row in table.findall(f"{W}tr")]
    assert rows == ["抄送：县委办公室，县人大常委会办公室。", "XX县教育局办公室2024年5月10日印发"]
    borders = table.find(f"{W}tblPr/{W}tblBorders")
    assert [(side, borders.find(f"{W}{side}").get(f"{W}sz")) for side in ("top", "insideH", "bottom")] == [("top", "8"), ("insideH", "6"), ("bottom", "8")]
    assert borders.find(f"{W}left").get(f"{W}val") == "nil" and borders.find(f"{W}right").get(f"{W}val") == "nil"
    sections = body.findall(f".//{W}sectPr")
    assert len(sections) == 2
    assert sections[0].find(f"{W}type") is None and {r.get(qn("r:id")) for r in sections[0].findall(f"{W}footerReference")} == {"rId4", "rId5"}
    assert sections[1].find(f"{W}type").get(f"{W}val") == "evenPage"
    assert {r.get(qn("r:id")) for r in sections[1].findall(f"{W}footerReference")} == {"rId7"}  # no page number on it
    assert sections[0].getparent().getparent().xpath("string(.)") == "2024年5月10日"  # the body's section ends with the date


def test_on_an_even_last_page_with_room_the_record_sits_in_a_box_at_its_foot(write_data, tmp_path):
    """Twelve short paragraphs end the body on page 2 with room: the 版记 is a text box anchored at
    the foot of the type area (test_pdf measures it), held by a paragraph after the date, and the
    document keeps one section, numbered."""
    filler = "      - 这是一段较长的正文，用来把报告的结尾移到第二页。\n" * 12
    data = write_data((MINIMAL + LETTERHEAD).replace("    content:\n", "    content:\n" + filler))
    xml = zipfile.ZipFile(io.BytesIO(docx_bytes(build_report(data)))).read("word/document.xml")
    body = etree.fromstring(xml).find(f"{W}body")  # every prefix bound: lxml parses it
    WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    [anchor] = body.iter(f"{WP}anchor")
    assert [(p.get("relativeFrom"), p.findtext(f"{WP}align")) for p in (anchor.find(f"{WP}positionH"), anchor.find(f"{WP}positionV"))] == [
        ("margin", "center"), ("margin", "bottom")]
    assert anchor.find(f"{WP}wrapTopAndBottom") is not None
    holder = anchor.getparent().getparent().getparent()
    assert holder.tag == f"{W}p" and holder.getprevious().xpath("string(.)") == "2024年5月10日"
    [table] = anchor.iter(f"{W}tbl")
    assert [row.xpath("string(.)") for row in table.findall(f"{W}tr")] == ["抄送：县委办公室，县人大常委会办公室。", "XX县教育局办公室2024年5月10日印发"]
    [section] = body.iter(f"{W}sectPr")
    assert section.find(f"{W}type") is None and {r.get(qn("r:id")) for r in section.findall(f"{W}footerReference")} == {"rId4", "rId5"}
    assert docx.Document(io.BytesIO(docx_bytes(build_report(data)))).paragraphs[-1].text == ""  # python-docx opens it
    # a house style's sizes and spacing are not what the estimate knows: the 版记 keeps a page of its own
    housed = zipfile.ZipFile(io.BytesIO(docx_bytes(built_with(data, reference=str(house_style(tmp_path)))))).read("word/document.xml")
    assert b"<w:drawing>" not in housed and b'w:val="evenPage"' in housed


@pytest.mark.parametrize("parts", [
    {"[Content_Types].xml": b"<Types/>", "word/document.xml": "正文，".encode() * 5000},
    {"a.xml": b"", "b/c.bin": bytes(range(256)) * 300},
])
def test_the_package_is_the_zip_pythons_zipfile_would_write(parts):
    """drafter assembles the zip from parts it compressed itself; the result is zipfile's, byte for byte."""
    from drafter.write import package

    ours = package.zip_bytes([package.deflated(name, content) for name, content in parts.items()])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, content)
    assert ours == buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(ours)) as archive:
        assert archive.testzip() is None
        assert {name: archive.read(name) for name in archive.namelist()} == parts


def package_of(report) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(docx_bytes(report)))


def related(package: zipfile.ZipFile) -> dict[str, str]:
    """word/document.xml's relationships: target → type (its last word)."""
    rels = package.read("word/_rels/document.xml.rels").decode()
    return {target: kind for kind, target in re.findall(r'Type="[^"]*/(\w+)" Target="([^"]+)"', rels)}


@pytest.mark.parametrize("numbering", ["literal", "word"])
def test_the_package_has_a_theme_and_numbering_only_when_a_style_uses_it(numbering):
    """Strict validators want a theme part; a numbering part no style points to is dead weight (and
    validators flag it). Every part is listed in [Content_Types].xml and every relationship resolves."""

    example = next(e for e in EXAMPLES if e.stem.startswith("city"))
    package = package_of(built_with(example, numbering=numbering))
    names = set(package.namelist())
    assert related(package)["theme/theme1.xml"] == "theme" and "word/theme/theme1.xml" in names
    theme = etree.fromstring(package.read("word/theme/theme1.xml"))
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    assert [child.tag for child in theme.find(f"{A}themeElements")] == [f"{A}clrScheme", f"{A}fontScheme", f"{A}fmtScheme"]
    assert all(len(theme.find(f"{A}themeElements/{A}fmtScheme/{A}{kind}")) >= 3 for kind in ("fillStyleLst", "lnStyleLst", "effectStyleLst", "bgFillStyleLst"))
    assert ("word/numbering.xml" in names) == (numbering == "word") == ("numbering.xml" in related(package))
    assert ("/word/numbering.xml" in package.read("[Content_Types].xml").decode()) == (numbering == "word")
    types = package.read("[Content_Types].xml").decode()
    for name in names - {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"}:
        assert f'PartName="/{name}"' in types, name
    assert all(f"word/{target}" in names for target in related(package))
    assert docx.Document(io.BytesIO(docx_bytes(built_with(example, numbering=numbering)))).paragraphs


def test_a_reference_style_brings_no_list_of_its_own(tmp_path):
    """A house style numbered by the house file's own list would point into a numbering part drafter does not copy."""
    from docx.enum.style import WD_STYLE_TYPE

    house = docx.Document()
    heading = house.styles.add_style("一级标题", WD_STYLE_TYPE.PARAGRAPH)
    properties = heading.element.get_or_add_pPr()
    properties.append(properties.makeelement(qn("w:numPr"), {}))
    properties.find(qn("w:numPr")).append(properties.makeelement(qn("w:numId"), {qn("w:val"): "7"}))
    path = tmp_path / "house.docx"
    house.save(str(path))
    example = next(e for e in EXAMPLES if e.stem.startswith("county-bureau"))
    styles = package_of(built_with(example, reference=str(path))).read("word/styles.xml").decode()
    assert "numPr" not in styles


def test_a_table_just_before_the_signature_keeps_its_last_row_with_it():
    """A template may end the body with a table: its last row's paragraphs keep with the next, which
    Word reads as the table's end kept with the 署名 (GB/T 9704 7.3.5); rows before it do not."""
    from drafter.write import docx as write_docx
    from drafter.assemble.model import Line, NumberedDocument, Run, Table, TableRow

    table = Table([1, 1], ["l", "l"], [TableRow(["项目", "情况"], "head")] + [TableRow([f"{n}", "完成"]) for n in range(3)])
    lines = [Line("title", [Run("关于工作的报告", "")]), Line("body", [Run("正文。", "")]), Line("table", [], table=table),
             Line("signature", [Run("XX县教育局", "")]), Line("date", [Run("2024年5月10日", "")])]
    body, _section = write_docx.body_xml(NumberedDocument(lines, False))
    rows = re.findall(r"<w:tr>.*?</w:tr>", body)
    assert [row.count("<w:keepNext/>") for row in rows] == [0, 0, 0, 2]  # the last row, each of its cells
    assert write_docx.closing_keeps(lines) == {2}


def test_when_the_signature_would_go_over_alone_the_table_before_it_is_split_before_its_last_row():
    """Where the page estimate has the 署名 going over alone after a table (LibreOffice keeps no row
    with it), the last row starts the next page under the header rows, after a page break."""
    from drafter.write import docx as write_docx
    from drafter.assemble.model import Line, NumberedDocument, Run, Table, TableRow

    table = Table([1, 3], ["c", "l"], [TableRow(["序号", "事项"], "head")] + [TableRow([f"{n}", "完成"]) for n in range(1, 9)])
    for filler in range(30):  # one-line paragraphs above the table move its end down the page, line by line
        lines = [Line("title", [Run("关于工作的报告", "")])] + [Line("body", [Run(f"第{n}段。", "")]) for n in range(filler)]
        lines += [Line("table", [], table=table), Line("signature", [Run("XX县教育局", "")]), Line("date", [Run("2024年5月10日", "")])]
        if write_docx.ending_table_to_split(lines, write_docx.closing_keeps(lines)) is not None:
            break
    else:
        raise AssertionError("no body length sent the 署名 over alone")
    body, _section = write_docx.body_xml(NumberedDocument(lines, False))
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", body)
    assert len(tables) == 2 and "<w:pageBreakBefore/>" in body[body.index(tables[0]) + len(tables[0]):body.index(tables[1])]
    assert re.findall(r"<w:t[^>]*>([^<]*)</w:t>", tables[1]) == ["序号", "事项", "8", "完成"]
    assert tables[0].count("<w:tr>") == 8  # the header and rows 1 to 7
