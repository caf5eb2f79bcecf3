"""Import from every format a clerk holds: each corpus report as drafter builds it, re-saved by
LibreOffice as .docx, .doc, .odt, .rtf, .pdf and .html, as text in GB18030 and UTF-16, and as the PDF's
text copied line by line into a GBK text file, made here at test time. Import → build → text keeps at least 99% of the characters and the same headings per level."""

import difflib
import os
import re
import subprocess

import docx
import pypdfium2 as pdfium
import pytest

from drafter.importer import import_file
from drafter.importer.summary import summary_lines, yaml_text
from drafter.office.libreoffice import soffice
from drafter.pipeline import build_report, docx_bytes, text_bytes
from drafter.readers import read_source

from conftest import EXAMPLES

if not soffice():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install LibreOffice (.ci/run does) so that every format is imported")
    pytest.skip("LibreOffice is not installed: the other formats cannot be made here", allow_module_level=True)

pytestmark = pytest.mark.libreoffice

OFFICE_FORMATS = {"docx": "docx:MS Word 2007 XML", "doc": "doc", "odt": "odt", "rtf": "rtf", "pdf": "pdf", "html": "html"}
TEXT_ENCODINGS = {"txt-gb18030": "gb18030", "txt-utf16": "utf-16"}
FORMATS = list(OFFICE_FORMATS) + list(TEXT_ENCODINGS) + ["txt-from-pdf"]


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """Each example's built .docx and .txt, and every re-saved form, by (example, format)."""
    folder = tmp_path_factory.mktemp("formats")
    built = folder / "built"
    built.mkdir()
    originals = {}
    for example in EXAMPLES:
        report = build_report(example, score_table=False)
        (built / f"{example.stem}.docx").write_bytes(docx_bytes(report))
        originals[example.stem] = text_bytes(report).decode("utf-8")
    files = {}
    profile = (folder / "profile").as_uri()
    for fmt, output_filter in OFFICE_FORMATS.items():
        out = folder / fmt
        subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", output_filter, "--outdir", str(out),
                        *map(str, sorted(built.glob("*.docx")))], check=True, capture_output=True, timeout=300)
        for stem in originals:
            files[stem, fmt] = out / f"{stem}.{fmt}"
    for fmt, encoding in TEXT_ENCODINGS.items():
        for stem, text in originals.items():
            path = folder / f"{stem}.{fmt}.txt"
            path.write_bytes(text.encode(encoding))
            files[stem, fmt] = path
    for stem in originals:  # the PDF's text copied into Notepad, a printed line a line, saved as GBK
        document = pdfium.PdfDocument(str(files[stem, "pdf"]))
        copied = "\n".join(document[index].get_textpage().get_text_range().replace("\r\n", "\n") for index in range(len(document)))
        document.close()
        files[stem, "txt-from-pdf"] = folder / f"{stem}.copied.txt"
        files[stem, "txt-from-pdf"].write_bytes(copied.encode("gb18030"))
    return originals, files


def heading_counts(text: str) -> list[int]:
    patterns = (r"[一二三四五六七八九十]+、", r"（[一二三四五六七八九十]+）", r"\d+\.(?!\d)", r"（\d+）")
    return [sum(1 for line in text.split("\n") if re.match(pattern, line)) for pattern in patterns]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("example", [e.stem for e in EXAMPLES])
def test_import_from_every_format_rebuilds_the_report(tmp_path, saved, example, fmt):
    originals, files = saved
    imported = import_file(files[example, fmt])
    assert not imported.values.get("unplaced"), imported.values.get("unplaced")
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(imported, files[example, fmt].name, data), encoding="utf-8")
    rebuilt = text_bytes(build_report(data)).decode("utf-8")
    original = originals[example]
    assert difflib.SequenceMatcher(None, original, rebuilt, autojunk=False).ratio() >= 0.99
    assert heading_counts(rebuilt) == heading_counts(original)
    paragraphs = [len([line for line in text.split("\n") if line.strip()]) for text in (original, rebuilt)]
    assert abs(paragraphs[0] - paragraphs[1]) <= max(3, paragraphs[0] // 10), paragraphs  # a PDF copy's lines put back together
    way = summary_lines(imported)[0]
    assert ("LibreOffice" in way) == (fmt in ("doc", "odt", "rtf")) and ("gb18030" in way) == (fmt in ("txt-gb18030", "txt-from-pdf"))


@pytest.mark.parametrize("fmt", list(OFFICE_FORMATS))
def test_a_record_in_a_text_box_imports_from_every_office_format(tmp_path, fmt):
    """A report whose 版记 shares the body's last page (a text box at its foot), re-saved by
    LibreOffice: the 版记 comes back once, as data."""
    from conftest import LETTERHEAD, MINIMAL

    data = tmp_path / "report.yaml"
    filler = "      - 这是一段较长的正文，用来把报告的结尾移到第二页。\n" * 12
    data.write_text((MINIMAL + LETTERHEAD).replace("    content:\n", "    content:\n" + filler), encoding="utf-8")
    built = tmp_path / "built" / "report.docx"
    built.parent.mkdir()
    built.write_bytes(docx_bytes(build_report(data)))
    subprocess.run([soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", OFFICE_FORMATS[fmt],
                    "--outdir", str(tmp_path), str(built)], check=True, capture_output=True, timeout=300)
    imported = import_file(tmp_path / f"report.{fmt}")
    assert imported.values["title"] == "XX县教育局关于2023年工作情况的报告"  # in a PDF of one-line paragraphs too
    assert imported.values["record"] == {"cc": ["县委办公室", "县人大常委会办公室"], "printer": "XX县教育局办公室", "printed": "2024-05-10"}
    assert yaml_text(imported, f"report.{fmt}").count("县人大常委会办公室") == 1


@pytest.mark.parametrize("example", [e.stem for e in EXAMPLES])
def test_a_pdf_reads_as_the_reports_paragraphs(saved, example):
    """Every body paragraph of the PDF is one paragraph read, with the text it began with. PDFium
    breaks a printed line in two where its font changes (「创建**省一类幼儿园*所，**省示」 became two
    lines, the second taken for a paragraph of its own) and the reader joins them again."""
    from drafter.readers import without_layout_spaces

    originals, files = saved
    lines = [line for line in originals[example].split("\n") if line.strip()]
    body = lines[lines.index(next(line for line in lines if line.endswith("："))):]  # from the 主送机关 on
    read = [paragraph.text for paragraph in read_source(files[example, "pdf"]).paragraphs]
    read = read[read.index(body[0]):]
    assert [text[:6] for text in read] == [without_layout_spaces(line)[:6] for line in body]


@pytest.mark.parametrize("fmt", list(OFFICE_FORMATS))
@pytest.mark.parametrize("example", [e.stem for e in EXAMPLES])
def test_check_reads_every_office_format_and_pdf(saved, example, fmt, capsys):
    """check reads what import reads: each form finds what the .docx's check finds (the PDF may find
    more, where LibreOffice dropped a mark at a line's end); --fix checks them and says it cannot write them."""
    from drafter.lint.check import check_file
    from drafter.cli import main

    _, files = saved
    found = {(f.finding.rule, f.finding.text) for f in check_file(files[example, fmt]).findings}
    in_docx = {(f.finding.rule, f.finding.text) for f in check_file(files[example, "docx"]).findings}
    assert in_docx and (found >= in_docx if fmt == "pdf" else found == in_docx)
    if fmt != "docx":
        assert main(["check", "--fix", str(files[example, fmt])]) == 2
        err = capsys.readouterr().err
        assert "--fix 只能改 .docx" in err and "另存为 .docx" in err and not list(files[example, fmt].parent.glob("*.fixed.*"))


def government_page(article: str) -> str:
    """A county site's article page around ``article`` (LibreOffice's HTML of a report's body): menus,
    the page's path, its 信息公开 fields and title, 字体：大 中 小, links and the site's footer."""
    return f"""<!DOCTYPE html><html><head><meta charset="gb2312"><title>某某县人民政府</title>
<script>var nav = "首页";</script><style>.x{{color:red}}</style></head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hd">互动交流</a></div>
<ul class="menu"><li><a>首页</a></li><li><a>政务公开</a></li><li><a>新闻中心</a></li><li><a>办事服务</a></li></ul>
<div class="path">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; 工作报告</div>
<table class="meta"><tr><td>索引号：</td><td>11620000/2024-00012</td><td>主题分类：</td><td>教育</td></tr>
<tr><td>发布机构：</td><td>某某县教育局</td><td>生成日期：</td><td>2024-01-12</td></tr></table>
<div class="info">发布时间：2024-01-12 10:30&nbsp;&nbsp;来源：某某县教育局&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom" class="TRS_Editor">{article}</div>
<div class="links">相关链接：<a>上一篇：某某县教育局2022年工作总结</a><a>下一篇：关于做好寒假安全工作的通知</a></div>
<div class="foot"><p>网站地图 | 联系我们 | 隐私声明</p><p>主办单位：某某县人民政府办公室　承办：某某县融媒体中心</p>
<p>版权所有：某某县人民政府　ICP备12345678号　网站标识码：6210000001</p></div></body></html>"""


def web_archive(page: bytes) -> bytes:
    """``page`` as Internet Explorer's 单个文件网页 (.mht): MIME multipart/related, the page
    quoted-printable in GB2312, an image beside it."""
    import quopri

    boundary = "----=_NextPart_000_0000_01DA4D2E.5A7B1C20"
    return (f'From: <Saved by Windows Internet Explorer 8>\r\nSubject: report\r\nMIME-Version: 1.0\r\n'
            f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n'
            f'This is a multi-part message in MIME format.\r\n\r\n--{boundary}\r\nContent-Type: text/html; charset="gb2312"\r\n'
            f'Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://www.example.gov.cn/art/2024/1/12/art_1.html\r\n\r\n').encode() \
        + quopri.encodestring(page) + f'\r\n\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\r\n--{boundary}--\r\n'.encode()


@pytest.mark.parametrize("kind", ["html", "mht"])
@pytest.mark.parametrize("example", [e.stem for e in EXAMPLES])
def test_a_report_saved_from_a_government_site_imports_without_the_site(saved, tmp_path, example, kind):
    """网页另存为: the report's HTML inside a site's page, in GBK, as .html or a single-file .mht;
    the menus, path, 信息公开 fields, links and footer stay out, and the report rebuilds as it was."""
    originals, files = saved
    html = files[example, "html"].read_text(encoding="utf-8")
    page = tmp_path / f"page.{kind}"
    content = government_page(html[html.index(">", html.index("<body")) + 1:html.index("</body>")]).encode("gb18030")
    page.write_bytes(web_archive(content) if kind == "mht" else content)
    imported = import_file(page)
    assert imported.header[0] == "首页 | 政务公开 | 互动交流" and imported.trailer[-1].startswith("版权所有") and not imported.values.get("unplaced")
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(imported, page.name, data), encoding="utf-8")
    rebuilt = text_bytes(build_report(data)).decode("utf-8")
    assert difflib.SequenceMatcher(None, originals[example], rebuilt, autojunk=False).ratio() >= 0.99
    assert heading_counts(rebuilt) == heading_counts(originals[example])
    assert not any(word in rebuilt for word in ("首页", "索引号", "字体", "上一篇", "版权所有"))


def odt_linking(path, url: str) -> None:
    """An .odt whose content links an image at ``url`` (as a file from an untrusted sender might)."""
    import zipfile

    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">'
               '<office:body><office:text><text:p>XX县教育局关于2023年工作情况的报告</text:p>'
               f'<text:p><draw:frame draw:name="x" text:anchor-type="as-char" svg:width="2cm" svg:height="2cm"><draw:image xlink:href="{url}" '
               'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>'
               '<text:p>一、主要成效</text:p><text:p>全年完成目标。</text:p></office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        package.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def test_a_conversion_never_fetches_what_the_document_links_from_the_network(tmp_path):
    import socket
    import threading

    heard = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def listen():
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except OSError:
                continue
            heard.append(connection.recv(200))
            connection.close()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    try:
        document = tmp_path / "beacon.odt"
        odt_linking(document, f"http://127.0.0.1:{listener.getsockname()[1]}/beacon.png")
        assert "全年完成目标" in yaml_text(import_file(document), document.name)
        from drafter.lint.check import check_file

        check_file(document)
    finally:
        stop.set()
        thread.join(5)
        listener.close()
    assert heard == []  # LibreOffice 7.4 asked for it six times before


def test_a_conversion_never_reads_a_file_the_document_links(tmp_path):
    secret = tmp_path / "elsewhere" / "secret.png"
    secret.parent.mkdir()
    secret.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    def read_since_marked() -> bool:
        return os.stat(secret).st_atime_ns > os.stat(secret).st_mtime_ns

    def mark() -> None:
        status = os.stat(secret)
        os.utime(secret, ns=(status.st_mtime_ns - 10**12, status.st_mtime_ns))  # an access time before the change: relatime moves it on a read

    mark()
    secret.read_bytes()
    if not read_since_marked():
        pytest.skip("this file system does not record reads (noatime)")
    mark()
    document = tmp_path / "local.odt"
    odt_linking(document, secret.as_uri())
    assert "全年完成目标" in yaml_text(import_file(document), document.name)
    assert not read_since_marked()


LONG = ("全县共有各级各类学校120所，在校学生5.6万人，教职工4300人。今年以来，我们围绕教育强县目标，持续加大投入，改善办学条件，"
        "全年教育支出24303万元，较上年增长7.6%。1.2万名学生受益于营养改善计划。")
TYPED = ["XX县教育局关于2024年工作情况的报告", "县人民政府：", LONG, "一、基本情况", LONG * 2, "（一）办学条件", LONG, "二、存在问题", "一是师资不足。二是经费紧张。", LONG]


@pytest.mark.parametrize("page, margins, indent", [("letter", None, True), ("a4", (37, 28, 35, 26), True), ("letter", None, False), ("a4", (25, 25, 25, 25), False)],
                         ids=["letter-indented", "gb-margins-indented", "letter-flush", "a4-even-margins-flush"])
def test_a_pdf_of_a_clerks_own_docx_reads_back_its_paragraphs(tmp_path, page, margins, indent):
    """A PDF saved from a .docx a clerk typed (any page, margins, indents or none): the centred title,
    headings after a sentence's end, and paragraphs wrapped where a figure (「7.6%。」) would not fit
    come back as the paragraphs typed. Before, the title set the right edge of a page of short lines
    and headings ran into the paragraph above; a line stopped short by a figure split its paragraph."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from drafter.office.libreoffice import PDF_FILTER, convert

    document = docx.Document()
    section = document.sections[0]
    if margins:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.left_margin, section.bottom_margin, section.right_margin = [Mm(x) for x in margins]
    for number, text in enumerate(TYPED):
        paragraph = document.add_paragraph(text)
        if number == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent and text in (LONG, LONG * 2, TYPED[8]):
            paragraph.paragraph_format.first_line_indent = Pt(24)
    path = tmp_path / "typed.docx"
    document.save(path)
    pdf = tmp_path / "typed.pdf"
    pdf.write_bytes(convert(path.read_bytes(), ".docx", PDF_FILTER, str(path)))
    assert [paragraph.text for paragraph in read_source(pdf).paragraphs] == TYPED
