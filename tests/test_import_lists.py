"""Headings numbered by Word's or WPS's list feature: the 一、（一）1.（1） are not in the text but worked
out from numbering.xml (drafter.readers.numbering). Import reads them as a reader sees them, and
check checks them; --fix mends a wrong form (「(一)」) in the list's number format.

The counting is held three ways: hand-made numbering.xml cases with the labels Word shows; the same
cases laid out by LibreOffice, whose PDF must read as drafter reads the .docx; and each example's
report with its headings made into lists in LibreOffice, saved as .docx and .doc, which import
must give back heading for heading."""

import io
import re
import subprocess
import zipfile
from xml.sax.saxutils import escape

import pypdfium2 as pdfium
import pytest

from drafter.lint.check import check_file
from drafter.lint.fix import fixed_copy
from drafter.importer import import_file
from drafter.importer.summary import yaml_text
from drafter.office.libreoffice import soffice
from drafter.pipeline import build_report, text_bytes
from drafter.readers.docx import read
from drafter.readers.numbering import formatted

from conftest import EXAMPLES, MINIMAL, needs_libreoffice

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PACKAGE = "http://schemas.openxmlformats.org/package/2006"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def level(index, number_format, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{number_format}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>')


GONGWEN = (level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）") + level(2, "decimal", "%3.")
           + level(3, "decimal", "（%4）"))


def abstract(number, levels, extra=""):
    return f'<w:abstractNum w:abstractNumId="{number}">{extra}{levels}</w:abstractNum>'


def instance(number, abstract_number, overrides=""):
    return f'<w:num w:numId="{number}"><w:abstractNumId w:val="{abstract_number}"/>{overrides}</w:num>'


def para(text, number=None, index=None, style=None):
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if number is not None or index is not None:
        properties += ("<w:numPr>" + (f'<w:ilvl w:val="{index}"/>' if index is not None else "")
                       + (f'<w:numId w:val="{number}"/>' if number is not None else "") + "</w:numPr>")
    return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


def docx_with_lists(paragraphs, numbering, styles=""):
    """A .docx as Word writes one: document, styles and numbering parts."""
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    parts = {
        "[Content_Types].xml": f'{xml}<Types xmlns="{PACKAGE}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                               f'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{WORD}.document.main+xml"/>'
                               f'<Override PartName="/word/styles.xml" ContentType="{WORD}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="{WORD}.numbering+xml"/></Types>',
        "_rels/.rels": f'{xml}<Relationships xmlns="{PACKAGE}/relationships"><Relationship Id="rId1" Type="{OFFICE}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": f'{xml}<Relationships xmlns="{PACKAGE}/relationships"><Relationship Id="rId1" Type="{OFFICE}/styles" Target="styles.xml"/>'
                                        f'<Relationship Id="rId2" Type="{OFFICE}/numbering" Target="numbering.xml"/></Relationships>',
        "word/document.xml": f'{xml}<w:document {W}><w:body>{"".join(paragraphs)}<w:sectPr/></w:body></w:document>',
        "word/numbering.xml": f"{xml}<w:numbering {W}>{numbering}</w:numbering>",
        "word/styles.xml": f'{xml}<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>{styles}</w:styles>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


HEADING_STYLES = ('<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
LIST_STYLE = '<w:style w:type="numbering" w:styleId="LS"><w:name w:val="LS"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
RESTART = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'

# name: (paragraphs, numbering, styles, what Word shows, whether LibreOffice 7 lays it out the same)
CASES = {
    "one list, four levels": (
        [para("甲", 1, 0), para("乙", 1, 1), para("丙", 1, 1), para("丁", 1, 2), para("正文"), para("戊", 1, 2), para("己", 1, 3), para("庚", 1, 0), para("辛", 1, 1)],
        abstract(0, GONGWEN) + instance(1, 0), "",
        ["一、甲", "（一）乙", "（二）丙", "1.丁", "正文", "2.戊", "（1）己", "二、庚", "（一）辛"], True),
    "instances of one list count on": (
        [para("甲", 1, 0), para("乙", 2, 0), para("丙", 1, 0), para("丁", 3, 1)],
        abstract(0, GONGWEN) + instance(1, 0) + instance(2, 0) + instance(3, 0), "",
        ["一、甲", "二、乙", "三、丙", "（一）丁"], True),
    "a restarted instance counts apart": (
        [para("甲", 1, 0), para("乙", 1, 0), para("丙", 2, 0), para("丁", 2, 0), para("戊", 1, 0)],
        abstract(0, GONGWEN) + instance(1, 0) + instance(2, 0, RESTART), "",
        ["一、甲", "二、乙", "一、丙", "二、丁", "三、戊"], True),
    "start values": (
        [para("甲", 1, 0), para("乙", 1, 1), para("丙", 1, 1)],
        abstract(0, level(0, "chineseCounting", "%1、", 3) + level(1, "decimal", "%2.", 5)) + instance(1, 0), "",
        ["三、甲", "5.乙", "6.丙"], True),
    "multilevel labels": (
        [para("甲", 1, 0), para("乙", 1, 1), para("丙", 1, 2)],
        abstract(0, level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2.") + level(2, "decimal", "%1.%2.%3")) + instance(1, 0), "",
        ["1.甲", "1.1.乙", "1.1.1丙"], True),
    "heading styles carry the list; numId 0 turns it off": (
        [para("甲", style="H1"), para("乙", style="H2"), para("丙", style="H2"), para("丁", style="H1"), para("不编号", 0, style="H1"), para("戊", style="H1")],
        abstract(0, GONGWEN) + instance(1, 0), HEADING_STYLES,
        ["一、甲", "（一）乙", "（二）丙", "二、丁", "不编号", "三、戊"], True),
    "other formats; a bullet is no label": (
        [para("甲", 1, 0), para("乙", 1, 0), para("丙", 2, 0), para("丁", 2, 0), para("戊", 3, 0), para("己", 3, 0), para("庚", 4, 0)],
        abstract(0, level(0, "decimalEnclosedCircle", "%1")) + abstract(1, level(0, "ideographTraditional", "%1、"))
        + abstract(2, level(0, "upperRoman", "%1.")) + abstract(3, level(0, "bullet", "●"))
        + instance(1, 0) + instance(2, 1) + instance(3, 2) + instance(4, 3), "",
        ["①甲", "②乙", "甲、丙", "乙、丁", "I.戊", "II.己", "庚"], False),  # LibreOffice prints the ●
    "a list through a numbering style": (
        [para("甲", 2, 0), para("乙", 2, 1)],
        abstract(0, GONGWEN, '<w:styleLink w:val="LS"/>') + abstract(1, "", '<w:numStyleLink w:val="LS"/>') + instance(1, 0) + instance(2, 1), LIST_STYLE,
        ["一、甲", "（一）乙"], True),
    "a level's format overridden, its count shared": (
        [para("甲", 1, 0), para("乙", 2, 0), para("丙", 2, 0)],
        abstract(0, GONGWEN) + instance(1, 0) + instance(2, 0, '<w:lvlOverride w:ilvl="0">' + level(0, "decimal", "第%1条", 7) + "</w:lvlOverride>"), "",
        ["一、甲", "第2条乙", "第3条丙"], True),
    # ECMA-376 17.9.10 and 17.9.4, as Word's 多级列表 dialog sets them; LibreOffice 7 ignores both
    "a level that never restarts": (
        [para("甲", 1, 0), para("乙", 1, 1), para("丙", 1, 0), para("丁", 1, 1)],
        abstract(0, level(0, "chineseCounting", "%1、") + level(1, "decimal", "%2.", 1, '<w:lvlRestart w:val="0"/>')) + instance(1, 0), "",
        ["一、甲", "1.乙", "二、丙", "2.丁"], False),
    "legal numbering": (
        [para("甲", 1, 0), para("乙", 1, 1), para("丙", 1, 1)],
        abstract(0, level(0, "chineseCounting", "%1、") + level(1, "decimal", "%1.%2", 1, "<w:isLgl/>")) + instance(1, 0), "",
        ["一、甲", "1.1乙", "1.2丙"], False),
}


@pytest.mark.parametrize("name", list(CASES))
def test_list_labels_are_read_as_word_shows_them(tmp_path, name):
    paragraphs, numbering, styles, shown, _ = CASES[name]
    path = tmp_path / "lists.docx"
    path.write_bytes(docx_with_lists(paragraphs, numbering, styles))
    assert [paragraph.text for paragraph in read(path, path.read_bytes()).paragraphs] == shown


def test_a_damaged_list_gives_no_label_and_no_traceback(tmp_path):
    cases = [abstract(0, level(0, "chineseCounting", "%1、", 10**30)) + instance(1, 0),  # a wild start
             abstract(0, level(0, "decimal", "%9%1%")) + instance(1, 0),  # a level never defined, a lone %
             instance(1, 7),  # no such abstract list
             abstract(0, "", '<w:numStyleLink w:val="LS"/>') + instance(1, 0),  # a style link going round
             abstract(0, level(0, "decimal", "%1" * 10**5)) + instance(1, 0),  # a label 10⁵ numbers long, on every paragraph
             abstract(0, level(0, "upperLetter", "%1", 99_000)) + instance(1, 0)]  # Z repeated 3,800 times
    for numbering in cases:
        path = tmp_path / "damaged.docx"
        path.write_bytes(docx_with_lists([para("甲", 1, 0), para("乙", 1, 0)], numbering, LIST_STYLE))
        texts = [paragraph.text for paragraph in read(path, path.read_bytes()).paragraphs]
        assert texts[0].endswith("甲") and texts[1].endswith("乙") and len(texts[0]) < 50


def test_numbers_in_each_format():
    assert [formatted(n, "chineseCounting") for n in (1, 10, 11, 20, 99)] == ["一", "十", "十一", "二十", "九十九"]
    assert [formatted(n, "taiwaneseCountingThousand") for n in (3, 15)] == ["三", "十五"]  # LibreOffice's 一, 二, 三
    assert [formatted(n, "ideographDigital") for n in (3, 10)] == ["三", "一〇"]
    assert [formatted(n, "chineseLegalSimplified") for n in (2, 12)] == ["贰", "拾贰"]
    assert [formatted(n, "decimalEnclosedCircle") for n in (1, 20, 21)] == ["①", "⑳", "21"]
    assert [formatted(n, "decimalFullWidth") for n in (7, 12)] == ["７", "１２"]
    assert [formatted(n, "lowerLetter") for n in (1, 27)] == ["a", "aa"]
    assert [formatted(n, "upperRoman") for n in (4, 1999)] == ["IV", "MCMXCIX"]
    assert formatted(5, "someFormatNotYetMade") == "5"


office = needs_libreoffice


def libreoffice(arguments, folder):
    subprocess.run([soffice(), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", *arguments],
                   check=True, capture_output=True, timeout=300)


@office
def test_libreoffice_lays_the_lists_out_as_drafter_reads_them(tmp_path):
    names = [name for name, case in CASES.items() if case[4]]
    for number, name in enumerate(names):
        paragraphs, numbering, styles, shown, _ = CASES[name]
        (tmp_path / f"case{number}.docx").write_bytes(docx_with_lists(paragraphs, numbering, styles))
    libreoffice(["--convert-to", "pdf", "--outdir", str(tmp_path), *sorted(str(p) for p in tmp_path.glob("case*.docx"))], tmp_path)
    for number, name in enumerate(names):
        document = pdfium.PdfDocument(str(tmp_path / f"case{number}.pdf"))
        printed = "\n".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
        assert [line.replace(" ", "") for line in printed.replace("\r", "").split("\n") if line.strip()] == CASES[name][3], name


LEVEL_KINDS = ("heading1", "heading2", "heading3", "heading4")
LIST_STYLE_ODF = """<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="{one}"/>
<text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="{open}" style:num-suffix="{close}"/>
<text:list-level-style-number text:level="3" style:num-format="1" style:num-suffix="{three}"/>
<text:list-level-style-number text:level="4" style:num-format="1" style:num-prefix="{open}" style:num-suffix="{close}"/>
</text:list-style>"""


def odt_with_lists(report, marks) -> str:
    """The report as a flat ODT whose headings are one continuing list, numbered with ``marks``."""
    body = []
    for line in report.numbered.lines:
        if line.kind == "table":
            continue
        text = escape(line.text[len(line.marker):])
        if line.kind in LEVEL_KINDS:
            depth = LEVEL_KINDS.index(line.kind) + 1
            attributes = ' text:style-name="L1"' + ("" if not body or not any("<text:list " in b for b in body) else ' text:continue-numbering="true"')
            body.append(f"<text:list{attributes}>" + "<text:list-item><text:list>" * (depth - 1) + f"<text:list-item><text:p>{text}</text:p></text:list-item>"
                        + "</text:list></text:list-item>" * (depth - 1) + "</text:list>")
        else:
            body.append(f"<text:p>{text}</text:p>")
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles>'
            + LIST_STYLE_ODF.format(**marks) + "</office:automatic-styles><office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>")


# A report with all four levels, which none of the examples has.
FOUR_LEVELS = MINIMAL[:MINIMAL.index("parts:")] + """\
parts:
  achievements:
    heading: 主要工作成效
    content:
      - heading: 保障教育投入
        content:
          - heading: 经费保障
            content:
              - heading: 义务教育经费。
                run_in: true
                text: 全县义务教育支出18000万元。
              - heading: 学前教育经费。
                run_in: true
                text: 学前教育支出3000万元。
          - heading: 校舍建设。
            run_in: true
            text: 新建校舍3所。
      - heading: 强化队伍建设
        content:
          - heading: 教师招聘。
            run_in: true
            text: 招聘教师120名。
          - heading: 教师培训。
            run_in: true
            text: 培训教师3000人次。
  problems:
    heading: 存在的问题
    content:
      - points: [教师结构性缺编。, 经费压力较大。]
  next_steps:
    heading: 下一步工作打算
    content:
      - heading: 加强队伍建设
        content: [补充紧缺学科教师。]
      - heading: 加大投入
        content: [确保经费逐年增长。]
"""
REPORTS = [example.stem for example in EXAMPLES] + ["four-levels"]
RIGHT = {"one": "、", "open": "（", "close": "）", "three": "."}
WRONG = {"one": ".", "open": "(", "close": ")", "three": "、"}  # the slips WPS users make in 定义新编号格式


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    """Each example as a clerk's list-numbered file: (report, {suffix: path}) by example and marks."""
    folder = tmp_path_factory.mktemp("lists")
    (folder / "four-levels.yaml").write_text(FOUR_LEVELS, encoding="utf-8")
    made = {}
    for example in [*EXAMPLES, folder / "four-levels.yaml"]:
        report = build_report(example, score_table=False)
        for name, marks in (("right", RIGHT), ("wrong", WRONG)):
            source = folder / f"{example.stem}-{name}.fodt"
            source.write_text(odt_with_lists(report, marks), encoding="utf-8")
            made[example.stem, name] = (report, source)
    sources = sorted(str(source) for _, source in made.values())
    for output in ("docx:MS Word 2007 XML", "doc"):
        libreoffice(["--convert-to", output, "--outdir", str(folder), *sources], folder)
    return made


def headings(text: str) -> list[tuple[int, str]]:
    patterns = (r"[一二三四五六七八九十]+、", r"（[一二三四五六七八九十]+）", r"\d+\.(?!\d)", r"（\d+）")
    found = []
    for line in text.split("\n"):
        for depth, pattern in enumerate(patterns, 1):
            if re.match(pattern, line):
                found.append((depth, re.sub(pattern, "", line, count=1)[:8]))
                break
    return found


@office
@pytest.mark.parametrize("suffix", ["docx", "doc"])
@pytest.mark.parametrize("name", REPORTS)
def test_list_numbered_headings_are_imported_heading_for_heading(listed, tmp_path, name, suffix):
    report, source = listed[name, "right"]
    imported = import_file(source.with_suffix(f".{suffix}"))
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(imported, source.name, data), encoding="utf-8")
    rebuilt = text_bytes(build_report(data)).decode("utf-8")
    original = text_bytes(report).decode("utf-8")
    assert headings(rebuilt) == headings(original) and len(headings(original)) >= 6
    if name == "four-levels":
        assert {depth for depth, _ in headings(original)} == {1, 2, 3, 4}


@office
@pytest.mark.parametrize("name", REPORTS)
def test_check_reads_list_numbers_and_fixes_them_in_the_list_format(listed, tmp_path, name):
    report, right = listed[name, "right"]
    _, wrong = listed[name, "wrong"]
    numbering_rules = {"marker-form", "numbering-gap", "numbering-repeat"}
    assert not [f for f in check_file(right.with_suffix(".docx")).findings if f.finding.rule in numbering_rules]
    result = check_file(wrong.with_suffix(".docx"))
    forms = [f for f in result.findings if f.finding.rule == "marker-form"]
    levels = {line.kind for line in report.numbered.lines}
    wanted = {end for kind, end in (("heading1", "."), ("heading2", ")"), ("heading3", "、")) if kind in levels}  # 一. (一) 1、
    assert {f.finding.text[-1] for f in forms} >= wanted
    assert all(f.source_span is None and f.in_label is not None and "自动编号" in f.finding.message for f in forms)
    fixed, changes = fixed_copy(wrong.with_suffix(".docx"), result)
    assert sorted(c.place.paragraph for c in changes if c.rule == "marker-form") == sorted(f.place.paragraph for f in forms)
    copy = tmp_path / "fixed.docx"
    copy.write_bytes(fixed)
    assert not [f for f in check_file(copy).findings if f.finding.rule in numbering_rules or f.in_label is not None]
    right_docx = right.with_suffix(".docx")
    def printed_headings(path, data):
        return headings("\n".join(paragraph.text for paragraph in read(path, data).paragraphs))

    assert printed_headings(copy, fixed) == printed_headings(right_docx, right_docx.read_bytes())
