"""The structure real reports have, as clerks hold them: an organ's line above the title, a title
with layout spaces, notices with stray spaces in their 文号, level-3 items run together in one
paragraph, a lone 一是, and a website's source lines after the date."""

import pytest

from drafter.text.numerals import chinese_numeral
from drafter.lint.check import check_file
from drafter.importer import import_file
from drafter.importer.summary import summary_lines, yaml_text
from drafter.importer.matching import THRESHOLD, Weights, similarity
from drafter.pipeline import build_report, text_bytes
from drafter.data.scheme import Indicator

MESSY = """某某县人民政府
某某县人民政府关于 2023 年度履行教育职责
自查自评情况的报告

市人民政府教育督导委员会办公室：
根据市教育局《关于开展2023年度县级人民政府履行教育职责评价工作的通知》（X教督[2023] 5 号）要求，我县对照评价方案认真开展了自查自评，现将有关情况报告如下：
一、主要工作及成效
（一）强化党的领导。县委常委会专题研究教育工作4次。
（二）保障教育投入。
1.经费保障。全县教育支出24303万元。2.校舍建设。新建校舍3所，位列全市第3.3.教学设施。配备设备1200台套。
（三）推进“双减”工作。一是规范校外培训。二是提高作业质量。
二、存在的问题
一是教师结构性缺编仍然存在。
三、下一步打算
我们将继续努力。一是加强队伍建设。
特此报告。

某某县人民政府
2023年12月15日
来源：某某县人民政府网
https://www.example.gov.cn/art/2023/12/15/art_1.html
（此件公开发布）
"""


@pytest.fixture
def messy(tmp_path):
    path = tmp_path / "2023年报告.txt"
    path.write_text(MESSY, encoding="utf-8")
    return import_file(path)


def test_the_organ_line_above_the_title_is_the_issuer_not_the_title(messy):
    assert messy.values["title"] == ["某某县人民政府关于2023年度履行教育职责", "自查自评情况的报告"]
    assert messy.values["issuer"] == "某某县人民政府"


def test_notices_cited_with_a_wenhao_become_notices_normalised(messy):
    assert messy.values["notices"] == [{"issuer": "市教育局", "title": "关于开展2023年度县级人民政府履行教育职责评价工作的通知", "number": "X教督〔2023〕5号"}]
    assert messy.values["basis"] == "根据" and messy.values["opening"].startswith("我县对照评价方案")


def test_level_three_items_run_together_are_split_into_items(messy):
    second = messy.values["parts"]["achievements"]["content"][1]
    assert [item["heading"] for item in second["content"]] == ["经费保障。", "校舍建设。", "教学设施。"]
    assert second["content"][1]["text"] == "新建校舍3所，位列全市第3."
    assert any("「3.」" in note and "另起一项" in note for note in messy.notes)


def test_points_wherever_they_stand_a_lone_one_included(messy):
    parts = messy.values["parts"]
    assert parts["achievements"]["content"][2]["points"] == ["规范校外培训。", "提高作业质量。"]
    assert parts["problems"]["content"] == [{"points": ["教师结构性缺编仍然存在。"], "layout": "paragraphs"}]
    assert parts["next_steps"]["content"] == [{"text": "我们将继续努力。", "points": ["加强队伍建设。"]}]


def test_source_lines_after_the_date_stay_out_of_the_body_and_are_reported(tmp_path, messy):
    assert messy.values["date"] == "2023-12-15" and not messy.values.get("unplaced")
    assert messy.trailer == ["来源：某某县人民政府网", "https://www.example.gov.cn/art/2023/12/15/art_1.html", "（此件公开发布）"]
    assert any("来源" in line for line in summary_lines(messy))
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(messy, "2023年报告.txt", data), encoding="utf-8")
    assert "#   来源：某某县人民政府网" in data.read_text(encoding="utf-8")
    text = text_bytes(build_report(data)).decode("utf-8")
    assert "来源" not in text and "1.经费保障。全县教育支出24303万元。" in text and "3.教学设施。配备设备1200台套。" in text


def test_a_short_indicator_title_does_not_claim_every_heading_with_a_generic_word():
    headings = ["强化党建工作。县委专题研究……", "推进教师队伍建设工作。招录教师……", "落实“双减”工作。校外培训机构压减率100%……", "加强安全工作。开展隐患排查……"]
    weights = Weights(headings)
    short = Indicator("2.1", "“双减”工作")
    scores = [similarity(short, text, weights) for text in headings]
    assert scores[2] >= THRESHOLD and all(score < THRESHOLD for n, score in enumerate(scores) if n != 2)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_score_table_built_by_drafter_gives_the_scores_back(tmp_path, suffix):
    from drafter.office.libreoffice import soffice
    from drafter.pipeline import WRITERS
    from drafter.data.scheme import find_scheme

    from conftest import EXAMPLES

    if suffix == ".pdf" and not soffice():
        pytest.skip("LibreOffice makes the PDF")
    example = next(e for e in EXAMPLES if e.stem.startswith("county-annual"))
    report = build_report(example)  # the scheme ends it with 附件 自评得分表
    old = tmp_path / f"old{suffix}"
    old.write_bytes(WRITERS[suffix](report))
    imported = import_file(old, find_scheme("county-annual-assessment", ()))
    assert len(imported.score_rows) == 25 and not imported.values.get("unplaced")
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(imported, old.name, data), encoding="utf-8")
    rebuilt = text_bytes(build_report(data)).decode("utf-8")
    assert "自评得分为98分" in rebuilt and rebuilt.count("合计\u3000100\u300098") == text_bytes(report).decode("utf-8").count("合计\u3000100\u300098") == 1


def test_docx_with_alignment_values_python_docx_does_not_know_imports(tmp_path):
    """LibreOffice 7.6 and later write w:jc="start" and "end"; WPS writes its own values."""
    import io
    import zipfile

    from conftest import EXAMPLES

    example = next(e for e in EXAMPLES if e.stem.startswith("county-bureau"))
    original = zipfile.ZipFile(io.BytesIO(__import__("drafter.pipeline", fromlist=["x"]).docx_bytes(build_report(example))))
    path = tmp_path / "saved-by-libreoffice.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for entry in original.infolist():
            content = original.read(entry)
            if entry.filename in ("word/document.xml", "word/styles.xml"):
                content = content.replace(b'w:val="both"', b'w:val="start"').replace(b'w:val="right"', b'w:val="end"').replace(b'w:val="left"', b'w:val="distributeLetter"')
            archive.writestr(entry, content)
    imported = import_file(path)
    assert imported.values["issuer"] == "*县教育局" and imported.values["date"] == "2023-12-15"
    assert len(imported.values["parts"]["achievements"]["content"]) == 12


def simple_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with these lines of ASCII text on its pages (an empty page has no text layer, as a scan)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        stream = "".join(f"BT /F1 12 Tf 72 {760 - 16 * n} Td ({line}) Tj ET\n" for n, line in enumerate(lines))
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}endstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    start = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n"
    return out.encode("latin-1")


def test_a_scanned_pdf_is_named_a_scan(tmp_path, capsys):
    from drafter.cli import main

    path = tmp_path / "scan.pdf"
    path.write_bytes(simple_pdf([[], []]))
    assert main(["import", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "扫描件" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["truncated", "garbage", "password"])
def test_a_broken_pdf_gets_a_message(tmp_path, capsys, damage):
    from drafter.cli import main

    content = simple_pdf([["Report"]])
    content = {"truncated": content[:200], "garbage": b"%PDF-1.7\n" + bytes(range(256)) * 40,
               "password": content.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>")}[damage]
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    assert main(["import", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "PDF" in err and "Traceback" not in err and not (tmp_path / "out.yaml").exists()


def test_a_five_hundred_page_pdf_is_read_to_its_end(tmp_path):
    """Bounded: every page is read once, line by line (bench/import gives the time)."""
    from drafter.readers import read_source

    path = tmp_path / "long.pdf"
    path.write_bytes(simple_pdf([[f"Page {n} line {k} of the long report" for k in range(40)] for n in range(500)]))
    source = read_source(path)
    assert source.steps == [".pdf"] and "Page 499 line 39" in source.paragraphs[-1].text


def test_an_office_file_without_libreoffice_is_told_what_to_do(tmp_path, capsys, monkeypatch):
    import drafter.office.libreoffice
    from drafter.cli import main

    monkeypatch.setattr(drafter.office.libreoffice, "soffice", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    assert main(["import", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "LibreOffice" in capsys.readouterr().err


def test_text_in_gbk_is_read_and_encoding_can_be_forced(tmp_path, capsys):
    from drafter.cli import main

    path = tmp_path / "old.txt"
    path.write_bytes(MESSY.encode("gbk"))
    assert main(["import", str(path), "-o", str(tmp_path / "a.yaml")]) == 0
    assert "编码 gb18030" in capsys.readouterr().err
    assert main(["import", str(path), "-o", str(tmp_path / "b.yaml"), "--encoding", "utf-8"]) == 2
    assert "不是 utf-8 编码" in capsys.readouterr().err
    assert main(["import", str(path), "-o", str(tmp_path / "c.yaml"), "--encoding", "klingon"]) == 2
    assert "不认识编码" in capsys.readouterr().err


WEB_PAGE = """首页 > 信息公开 > 法定主动公开内容 > 工作报告
某某县教育局2023年工作情况的报告
索引号：11620000/2024-00012    主题分类：教育
发布机构：某某县教育局    生成日期：2024-01-12
某某县教育局2023年工作情况的报告
发布时间：2024-01-12 10:30    来源：某某县教育局    浏览次数：1024
【字体：大 中 小】  【打印本页】  【关闭窗口】
县人民政府：
2023年以来，县教育局严格按照上级工作要求，全面加强党对教育工作的领导。现将有关情况报告如下：
一、主要工作成效
（一）党的领导持续加强。县委教育工委认真落实中心组理论学习制度，开展学习11次。
二、存在的问题
一是教师结构性缺编。二是经费压力较大。
特此报告。
某某县教育局
2024年1月10日
相关链接：
上一篇：某某县教育局2022年工作总结
下一篇：关于做好寒假安全工作的通知
分享到：
扫一扫在手机打开当前页
"""


def test_a_report_copied_from_a_web_page_leaves_the_pages_lines_out(tmp_path):
    """The page's path, its 信息公开 fields, 字体：大 中 小, the title shown twice, and 上一篇/下一篇
    after the date: none of it gets into the report, and the report's own parts are all found.
    Before, the page's lines became title lines and the 署名 and date ended up in the body."""
    path = tmp_path / "网页.txt"
    path.write_bytes(WEB_PAGE.encode("gb18030"))
    imported = import_file(path)
    values = imported.values
    assert (values["title"], values["recipient"], values["issuer"], values["date"], values["closing"]) == \
        ("某某县教育局2023年工作情况的报告", "县人民政府", "某某县教育局", "2024-01-10", "特此报告。")
    assert len(imported.header) == 5 and imported.header[0].startswith("首页") and len(imported.trailer) == 5
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(imported, path.name, data), encoding="utf-8")
    text = text_bytes(build_report(data)).decode("utf-8")
    assert not any(word in text for word in ("首页", "索引号", "发布时间", "字体", "上一篇", "扫一扫"))
    assert "一是教师结构性缺编。二是经费压力较大。" in text
    found = check_file(path).findings
    assert {f.place.line for f in found if f.finding.rule == "source-line"} == {1, 3, 4, 6, 7, 17, 18, 19, 20, 21}


SECTIONS = """某某县教育局关于2023年教育工作的总结报告
县人民政府：
现将我局2023年教育工作情况报告如下：
一、基本情况
全县共有各级各类学校120所，在校学生5.6万人。
二、主要做法
（一）强化党建引领。全年召开党组会12次。
（二）加大教育投入。全年教育支出24303万元。
{more}三、存在问题
一是教师结构性缺编。二是经费压力较大。
四、下一步工作打算
（一）加强队伍建设。补充紧缺学科教师。
特此报告。
某某县教育局
2024年1月10日
"""
RESULTS = "三、取得成效\n（一）教育质量稳步提升。高考本科上线率达62％。\n"


@pytest.mark.parametrize("more", ["", RESULTS], ids=["four sections", "five sections"])
def test_every_first_level_heading_keeps_its_level_and_its_place(tmp_path, more):
    """Each 一级标题 is a part in its order (issue 29): 「基本情况」 one of the report's own, 「主要做法」
    the known 主要做法及成效, and a second heading of that kind (「取得成效」) a part of its own with its
    heading, never a 二级标题 under another (the old import demoted it)."""
    path = tmp_path / "总结.txt"
    path.write_text(SECTIONS.format(more=more).replace("三、存在问题", "四、存在问题" if more else "三、存在问题")
                    .replace("四、下一步", "五、下一步" if more else "四、下一步"), encoding="utf-8")
    imported = import_file(path)
    data = tmp_path / "imported.yaml"
    data.write_text(yaml_text(imported, path.name, data), encoding="utf-8")
    first = [line.text for line in build_report(data).numbered.lines if line.kind == "heading1"]
    expected = ["基本情况", "主要做法"] + (["取得成效"] if more else []) + ["存在问题", "下一步工作打算"]
    assert first == [f"{chinese_numeral(n)}、{text}" for n, text in enumerate(expected, 1)]
    assert list(imported.values["parts"]) == ["基本情况", "achievements"] + (["取得成效"] if more else []) + ["problems", "next_steps"]
    assert not [note for note in imported.notes if "二级标题" in note]


@pytest.mark.parametrize("date, closing", [("二〇二四年一月二十日", "以上报告，请予审议。"), ("二○二三年十二月三十一日", "特此报告，请审阅。"),
                                           ("2024年1月20日", "以上报告，如有不妥，请指正。")])
def test_a_date_in_chinese_numerals_and_the_closings_of_a_report_to_a_congress(tmp_path, date, closing):
    """成文日期 as reports before GB/T 9704-2012 (and many since) write it, and the closings a report to
    a 人大常委会 or a leader ends with: both were left in the last part, and the date asked for."""
    path = tmp_path / "报告.txt"
    path.write_text(f"XX县教育局关于2023年工作情况的报告\n县人民政府：\n一、主要工作\n全年教育支出24303万元。\n{closing}\nXX县教育局\n{date}\n", encoding="utf-8")
    values = import_file(path).values
    expected = {"二〇二四年一月二十日": "2024-01-20", "二○二三年十二月三十一日": "2023-12-31", "2024年1月20日": "2024-01-20"}[date]
    assert (values["date"], values["closing"], values["issuer"]) == (expected, closing, "XX县教育局")
    assert values["parts"]["achievements"]["content"] == ["全年教育支出24303万元。"]


def test_a_title_over_two_lines_after_a_sites_menus_keeps_both_lines(tmp_path):
    page = "首页\n政务公开\n互动交流\n当前位置：首页 > 信息公开\n某某县人民政府关于2023年度\n履行教育职责情况的报告\n市人民政府：\n今年以来，我县认真落实各项工作。\n"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    imported = import_file(path)
    assert imported.values["title"] == ["某某县人民政府关于2023年度", "履行教育职责情况的报告"]
    assert imported.header == ["首页", "政务公开", "互动交流", "当前位置：首页 > 信息公开"]


@pytest.mark.parametrize("declared, encoding", [("gb2312", "gbk"), ("utf-8", "utf-8"), ("utf-8", "gb18030"), ("big5", "big5")])
def test_a_saved_page_is_read_in_the_encoding_it_declares_or_its_bytes_show(tmp_path, declared, encoding):
    from drafter.readers import read_source

    title = "某某縣教育局關於2023年工作情況的報告" if encoding == "big5" else "某某县教育局关于2023年工作情况的报告"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}"></head><body><p align="center">{title}</p><p>县人民政府：</p></body></html>'
    path = tmp_path / "page.htm"
    path.write_bytes(page.replace("县人民政府", "縣人民政府" if encoding == "big5" else "县人民政府").encode(encoding))
    source = read_source(path)
    assert source.paragraphs[0].text == title and source.paragraphs[0].centered
