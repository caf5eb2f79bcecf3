"""drafter serve without a browser: the guards (token, host, CSRF, request size, 127.0.0.1), saving
through the drafting session (two tabs, another program's edit, a second writer), the points and
not-applicable forms, the preview against the .txt build, and the downloads against drafter build."""

import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile
from html.parser import HTMLParser
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from drafter.drafting.session import Session, create_if_missing
from drafter.data.reading import yaml_values
from drafter.pipeline import build_report
from drafter.serve.app import Desk, create_app
from drafter.serve.guard import MAX_REQUEST, Guard
from drafter.write.text import text_report

from conftest import ROOT, needs_libreoffice

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


class Page:
    """A tab on the drafting page: a Flask test client with the token's cookie and the form's CSRF token."""

    def __init__(self, app, guard):
        self.guard = guard
        self.client = app.test_client()
        self.client.set_cookie(guard.cookie, guard.token, domain="127.0.0.1")

    def get(self, url, **kwargs):
        return self.client.get(url, base_url=f"http://127.0.0.1:{self.guard.port}", **kwargs)

    def post(self, url, data, csrf=True, json_reply=True, **kwargs):
        data = dict(data, **({"csrf": self.guard.csrf} if csrf else {}))
        headers = {"Accept": "application/json"} if json_reply else {}
        headers.update(kwargs.pop("headers", {}))
        return self.client.post(url, data=data, headers=headers, base_url=f"http://127.0.0.1:{self.guard.port}", **kwargs)

    def field_form(self, index):
        """What the page shows for field ``index``: the hidden values a change sends back."""
        html = self.get(f"/?field={index}").get_data(as_text=True)
        form = html[html.index('id="answer"'):]
        value = lambda name: re.search(rf'name="{name}" value="([^"]*)"', form).group(1)
        import html as html_module

        return {name: html_module.unescape(value(name)) for name in ("field", "path", "structure", "before")}

    def answer(self, index, text, **more):
        return self.post("/answer", dict(self.field_form(index), text=text, **more))


def paragraphs_of(html: str) -> list[str]:
    """The text of each paragraph and table row in ``html_report``'s output, in order, a line break
    as "\n": what the preview says, to compare with the .txt build."""

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found: list[str] = []
            self.cells: list[str] | None = None
            self.open = False

        def handle_starttag(self, tag, attrs):
            if tag in ("p", "td", "th"):
                self.open = True
                (self.cells if tag != "p" and self.cells is not None else self.found).append("")
            elif tag == "tr":
                self.cells = []
            elif tag == "br":
                self.handle_data("\n")

        def handle_endtag(self, tag):
            if tag in ("p", "td", "th"):
                self.open = False
            elif tag == "tr":
                self.found.append("　".join(self.cells))
                self.cells = None

        def handle_data(self, data):
            if self.open:
                target = self.cells if self.cells is not None else self.found
                target[-1] += data

    collect = Collect()
    collect.feed(html)
    return collect.found


def serving(path, template_dirs=()):
    desk = Desk(Session.open(path, template_dirs), template_dirs)
    guard = Guard(port=8123)
    return desk, guard, Page(create_app(desk, guard), guard)


@pytest.fixture
def county(tmp_path):
    path = tmp_path / "2025.yaml"
    create_if_missing(path, "county-annual-assessment", None, ())
    return path


def index_of(desk, *path):
    return next(i for i, f in enumerate(desk.session.fields) if f.path == tuple(path))


def values(path):
    return yaml_values(path.read_text(encoding="utf-8"), str(path))[0]


# --- the guards ----------------------------------------------------------------------------------


def test_every_request_needs_the_token(county):
    desk, guard, page = serving(county)
    anonymous = create_app(desk, guard).test_client()
    base = f"http://127.0.0.1:{guard.port}"
    for url in ("/", "/view?field=0", "/status", "/download/docx", "/static/serve.js"):
        assert anonymous.get(url, base_url=base).status_code == 403, url
        assert anonymous.get(url + ("&" if "?" in url else "?") + "token=wrong" + guard.token[5:], base_url=base).status_code == 403
    first = anonymous.get("/?token=" + guard.token + "&field=3", base_url=base)
    assert first.status_code == 302 and first.headers["Location"] == "/?field=3"  # the token leaves the address bar
    cookie = first.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert anonymous.get("/?field=3", base_url=base).status_code == 200  # the cookie carries it from now on
    assert page.get("/static/serve.js").status_code == 200


def test_only_the_printed_host_is_answered(county):
    _desk, guard, page = serving(county)
    for host in ("evil.example:8123", "127.0.0.1:9999", "attacker.127.0.0.1.nip.io:8123"):
        assert page.get("/", headers={"Host": host, "X-Drafter-Token": guard.token}).status_code == 400, host
    for host in ("localhost:8123", "[::1]:8123", "127.0.0.1"):
        assert page.get("/", headers={"Host": host, "X-Drafter-Token": guard.token}).status_code == 200, host


def test_a_change_needs_the_forms_csrf_token_and_no_foreign_origin(county):
    desk, _guard, page = serving(county)
    form = dict(page.field_form(0), text="新的标题")
    assert page.post("/answer", form, csrf=False).status_code == 403
    assert page.post("/answer", dict(form, csrf="x" * 32), csrf=False).status_code == 403
    assert page.post("/answer", form, headers={"Origin": "http://evil.example"}).status_code == 403
    assert page.post("/answer", form, headers={"Origin": "null"}).status_code == 403
    assert values(county)["title"] != "新的标题"
    assert page.post("/answer", form, headers={"Origin": "http://127.0.0.1:8123"}).status_code == 200
    assert values(county)["title"] == "新的标题"


def test_an_oversized_request_is_refused_and_nothing_is_written(county):
    _desk, _guard, page = serving(county)
    before = county.read_bytes()
    reply = page.post("/answer", dict(page.field_form(4), text="很" * MAX_REQUEST))
    assert reply.status_code == 413
    assert "请求太大" in reply.get_json()["error"]
    assert county.read_bytes() == before


def test_responses_forbid_framing_and_foreign_scripts(county):
    _desk, _guard, page = serving(county)
    headers = page.get("/").headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"] and "script-src" not in headers["Content-Security-Policy"].replace("default-src 'self'", "")
    assert headers["X-Frame-Options"] == "DENY" and headers["Cache-Control"] == "no-store"


# --- saving --------------------------------------------------------------------------------------


def test_an_answer_is_saved_at_once_keeping_the_files_comments(county):
    desk, _guard, page = serving(county)
    comments = [line for line in county.read_text(encoding="utf-8").splitlines() if line.strip().startswith("#")]
    point = index_of(desk, "parts", "achievements", "content", 0, "content", 0, "points", 0, "text")
    reply = page.answer(point, "县委常委会专题研究教育工作7次")
    assert reply.status_code == 200
    assert "一是县委常委会专题研究教育工作7次" in "".join(paragraphs_of(reply.get_json()["preview"]))
    text = county.read_text(encoding="utf-8")
    assert "县委常委会专题研究教育工作7次" in text
    assert [line for line in text.splitlines() if line.strip().startswith("#")] == comments


def test_answers_are_checked_as_in_draft_and_a_bad_one_is_not_written(county):
    desk, _guard, page = serving(county)
    score = index_of(desk, "parts", "achievements", "content", 0, "content", 0, "points", 0, "score")
    before = county.read_bytes()
    for index, text, said in ((score, "7", "得分应在 0 到 5 之间"), (index_of(desk, "date"), "2025-02-30", "日期要存在"), (score, "五分", "请输入数字")):
        reply = page.answer(index, text)
        assert reply.status_code == 422 and said in reply.get_json()["error"]
    assert county.read_bytes() == before
    assert page.answer(score, "4.5").status_code == 200
    assert "自评得分 4.5 / 100 分" in page.get("/").get_data(as_text=True)


def test_a_placeholder_naming_no_metric_is_saved_with_a_warning(county):
    desk, _guard, page = serving(county)
    point = index_of(desk, "parts", "achievements", "content", 0, "content", 0, "points", 0, "text")
    reply = page.answer(point, "投入{教育经费}万元")
    assert reply.status_code == 200 and "不是已声明的数据指标" in reply.get_json()["warning"]
    assert "投入{教育经费}万元" in county.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_a_download_with_an_undeclared_placeholder_is_refused_as_drafter_build_refuses_it(tmp_path, kind):
    data = tmp_path / "report.yaml"
    shutil.copy(ROOT / "examples" / "county-bureau-work-report-2023.yaml", data)
    desk, _guard, page = serving(data)
    point = next(i for i, f in enumerate(desk.session.fields) if f.kind == "point")
    assert page.get(f"/download/{kind}").status_code == 200
    assert page.answer(point, "投入{教育经费}万元").status_code == 200
    download = page.get(f"/download/{kind}")
    assert download.status_code == 422 and "「{教育经费}」不是已声明的数据指标" in download.get_data(as_text=True)


def test_without_javascript_a_form_goes_on_to_the_next_field(county):
    _desk, _guard, page = serving(county)
    reply = page.post("/answer", dict(page.field_form(1), text="XX县人民政府", go="next"), json_reply=False)
    assert reply.status_code == 302 and reply.headers["Location"] == "/?field=2"
    bad = page.post("/answer", dict(page.field_form(3), text="2025-13-01"), json_reply=False)
    assert bad.status_code == 302 and "message=" in bad.headers["Location"]
    assert "日期要存在" in page.get(bad.headers["Location"]).get_data(as_text=True)


def test_a_second_tab_with_an_old_copy_of_a_field_is_told_and_overwrites_nothing(county):
    _desk, _guard, first = serving(county)
    second = Page(first.client.application, first.guard)
    stale = second.field_form(1)
    assert first.answer(1, "XX县人民政府").status_code == 200
    reply = second.post("/answer", dict(stale, text="YY县教育局"))
    assert reply.status_code == 409 and reply.get_json()["kind"] == "other-tab"
    assert values(county)["issuer"] == "XX县人民政府"


def test_a_change_made_for_an_old_walk_is_refused(county):
    desk, _guard, page = serving(county)
    point = index_of(desk, "parts", "problems", "content")
    old = page.field_form(point + 1)
    assert page.answer(point, "第一条问题").status_code == 200  # the part's first point: the walk grew
    reply = page.post("/answer", dict(old, text="写到了别处"))
    assert reply.status_code == 409 and reply.get_json()["kind"] == "structure"
    assert "写到了别处" not in county.read_text(encoding="utf-8")


def test_an_edit_made_in_an_editor_meanwhile_is_not_overwritten_unless_the_clerk_says_so(county):
    _desk, _guard, page = serving(county)
    form = page.field_form(2)
    county.write_text(county.read_text(encoding="utf-8").replace("recipient: ''", "recipient: 市教育局"), encoding="utf-8")
    reply = page.post("/answer", dict(form, text="市政府教育督导委员会"))
    assert reply.status_code == 409 and reply.get_json()["kind"] == "edited"
    assert values(county)["recipient"] == "市教育局"
    assert page.get("/status").get_json()["edited"] is True
    reloaded = page.post("/reload", {"field": "2"})
    assert reloaded.status_code == 200 and reloaded.get_json()["before"] == "市教育局"
    county.write_text(county.read_text(encoding="utf-8").replace("市教育局", "市教育局办公室"), encoding="utf-8")
    assert page.post("/answer", dict(page.field_form(2), text="市政府教育督导委员会", overwrite="1")).status_code == 200
    assert values(county)["recipient"] == "市政府教育督导委员会"


def test_a_second_writer_is_refused_while_the_page_serves_the_file(county):
    from drafter.errors import DrafterError
    from drafter.drafting.locking import DraftLock

    with DraftLock(county, "drafter serve"):
        with pytest.raises(DrafterError) as refused:
            DraftLock(county).acquire()
    assert "正在由另一个 drafter serve 编辑" in refused.value.problems[0].message


# --- points, not applicable ----------------------------------------------------------------------


def test_points_are_added_moved_and_removed_and_the_preview_renumbers(county):
    desk, _guard, page = serving(county)
    first = index_of(desk, "parts", "problems", "content")
    assert page.answer(first, "经费保障还不够充分").status_code == 200
    point = index_of(desk, "parts", "problems", "content", 0, "points", 0)
    added = page.post("/point", dict(page.field_form(point), action="add")).get_json()
    second = added["index"]
    reply = page.answer(second, "师资结构有待优化")
    preview = "".join(paragraphs_of(reply.get_json()["preview"]))
    assert "一是经费保障还不够充分；二是师资结构有待优化" in preview
    moved = page.post("/point", dict(page.field_form(second), action="up")).get_json()
    assert desk.session.fields[moved["index"]].path == ("parts", "problems", "content", 0, "points", 0)
    assert "一是师资结构有待优化；二是经费保障还不够充分" in "".join(paragraphs_of(moved["preview"]))
    removed = page.post("/point", dict(page.field_form(moved["index"]), action="remove")).get_json()
    assert values(county)["parts"]["problems"]["content"][0]["points"] == ["经费保障还不够充分"]
    preview = "".join(paragraphs_of(removed["preview"]))
    assert "经费保障还不够充分" in preview and "师资结构有待优化" not in preview


def test_a_point_that_answers_an_indicator_cannot_be_removed(county):
    desk, _guard, page = serving(county)
    point = index_of(desk, "parts", "achievements", "content", 0, "content", 0, "points", 0, "text")
    reply = page.post("/point", dict(page.field_form(point), action="remove"))
    assert reply.status_code == 422 and "标为不适用" in reply.get_json()["error"]


def test_an_indicator_is_marked_not_applicable_and_taken_back(county):
    desk, _guard, page = serving(county)
    text = index_of(desk, "parts", "achievements", "content", 3, "content", 0, "points", 2, "text")
    label = desk.session.fields[text].label
    assert page.post("/not-applicable", dict(page.field_form(text), reason="")).status_code == 422
    reply = page.post("/not-applicable", dict(page.field_form(text), reason="本县没有普通高中")).get_json()
    item = values(county)["parts"]["achievements"]["content"][3]["content"][0]["points"][2]
    assert item["not_applicable"] == "本县没有普通高中" and "score" not in item
    walk = reply["walk"]
    assert re.search(r'class="depth\d not-applicable[^"]*">\s*<a href="/\?field=(\d+)"', walk)
    assert label.split(" ")[0] in walk and "不适用" in walk
    reason = index_of(desk, "parts", "achievements", "content", 3, "content", 0, "points", 2, "not_applicable")
    assert reply["index"] == reason
    page.answer(reason, "")  # emptied: the mark is taken back and the score is asked for again
    item = values(county)["parts"]["achievements"]["content"][3]["content"][0]["points"][2]
    assert "not_applicable" not in item
    assert any(f.path[-1] == "score" and f.path[:-1] == ("parts", "achievements", "content", 3, "content", 0, "points", 2) for f in desk.session.fields)


def two_problems(desk, page):
    """The county file with two points under 存在问题; the index of the second."""
    page.answer(index_of(desk, "parts", "problems", "content"), "经费保障还不够充分")
    added = page.post("/point", dict(page.field_form(index_of(desk, "parts", "problems", "content", 0, "points", 0)), action="add"))
    page.answer(added.get_json()["index"], "师资结构有待优化")
    return index_of(desk, "parts", "problems", "content", 0, "points", 1)


def change_of(kind, desk, page, second):
    """Make the change ``kind`` on the county file through the page, as the script sends it."""
    na = index_of(desk, "parts", "achievements", "content", 3, "content", 0, "points", 2, "text")
    return {
        "answer": lambda: page.answer(second, "办学条件仍有短板"),
        "overwrite": lambda: page.answer(second, "办学条件仍有短板", overwrite="1"),
        "add": lambda: page.post("/point", dict(page.field_form(second), action="add")),
        "move": lambda: page.post("/point", dict(page.field_form(second), action="up")),
        "remove": lambda: page.post("/point", dict(page.field_form(second), action="remove")),
        "not-applicable": lambda: page.post("/not-applicable", dict(page.field_form(na), reason="本县没有普通高中")),
        "reload": lambda: page.post("/reload", {"field": str(second)}),
    }[kind]()


CHANGES = ["answer", "overwrite", "add", "move", "remove", "not-applicable", "reload"]


@pytest.mark.parametrize("kind", CHANGES)
def test_every_change_to_a_session_is_all_or_nothing_when_its_save_fails(county, monkeypatch, kind):
    import drafter.drafting.session
    import drafter.serve.app

    desk, _guard, page = serving(county)
    second = two_problems(desk, page)
    saved, document, fields = county.read_bytes(), desk.session.document.text(), list(desk.session.fields)
    shown = page.get(f"/view?field={second}").get_json()

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    def unreadable(*_args, **_kwargs):
        raise drafter.drafting.session.DrafterError([drafter.drafting.session.Problem(str(county), "读不出")])

    monkeypatch.setattr(drafter.drafting.session, "write_atomically", full_disk)
    monkeypatch.setattr(drafter.serve.app.Session, "open", unreadable)
    reply = change_of(kind, desk, page, second)
    assert reply.status_code >= 400 and reply.get_json()["error"]
    monkeypatch.undo()
    assert county.read_bytes() == saved
    assert desk.session.document.text() == document and desk.session.fields == fields
    again = page.get(f"/view?field={second}")
    assert again.status_code == 200 and again.get_json() == shown  # the walk, the field and the preview as before
    assert page.answer(second, "师资结构仍待优化").status_code == 200  # and the next change is made as usual
    assert values(county)["parts"]["problems"]["content"][0]["points"] == ["经费保障还不够充分", "师资结构仍待优化"]


@pytest.mark.parametrize("kind", [k for k in CHANGES if k not in ("reload", "overwrite")])
def test_a_change_refused_for_an_edit_elsewhere_leaves_nothing_for_overwrite_to_write(county, kind):
    desk, _guard, page = serving(county)
    second = two_problems(desk, page)
    document = desk.session.document.text()
    county.write_text(county.read_text(encoding="utf-8").replace("recipient: ''", "recipient: 市教育局"), encoding="utf-8")
    refused = change_of(kind, desk, page, second)
    assert refused.status_code == 409 and refused.get_json()["kind"] == "edited"
    assert desk.session.document.text() == document
    assert all(page.get(f"/view?field={i}").status_code == 200 for i in range(len(desk.session.fields)))
    assert page.answer(2, "市政府教育督导委员会", overwrite="1").status_code == 200
    data = values(county)
    assert data["recipient"] == "市政府教育督导委员会"
    assert data["parts"]["problems"]["content"][0]["points"] == ["经费保障还不够充分", "师资结构有待优化"]  # nothing nobody confirmed
    assert "not_applicable" not in data["parts"]["achievements"]["content"][3]["content"][0]["points"][2]


def test_an_answer_that_would_make_the_file_larger_than_drafter_reads_is_refused_before_writing(county):
    from drafter.data.reading import MAX_BYTES

    text = county.read_text(encoding="utf-8")
    filler = "教育" * ((MAX_BYTES - len(text.encode("utf-8")) - 50_000) // 6)  # 3 bytes a character
    county.write_text(re.sub(r"\nopening: ''", f"\nopening: {filler}", text), encoding="utf-8")
    desk, guard, page = serving(county)
    saved = county.read_bytes()
    recipient = index_of(desk, "recipient")
    form = {"field": str(recipient), "path": '["recipient"]', "structure": "0", "before": ""}
    reply = page.post("/answer", dict(form, text="市教育局" * 6_000))  # 72 KB more: over the limit
    assert reply.status_code == 413 and "4 MB" in reply.get_json()["error"]
    assert county.read_bytes() == saved and desk.session.document.text() is not None
    desk.session.answer(desk.session.fields[recipient], "市教育局")  # a short answer is saved
    assert values(county)["recipient"] == "市教育局"


@pytest.mark.parametrize("character", ["\x85", "\u2028", "\u2029"])
def test_characters_yaml_reads_as_line_breaks_are_kept_exactly_through_save_and_reload(county, character):
    desk, _guard, page = serving(county)
    second = two_problems(desk, page)
    typed = {2: f"市教育局{character}督导室", second: f"师资结构{character}有待{character}{character}优化"}
    for index, text in typed.items():
        assert page.answer(index, text).status_code == 200
    reopened = Session.open(county)
    for index, text in typed.items():
        assert reopened.text_to_show(reopened.fields[index]) == text
        assert page.field_form(index)["before"] == text
    assert values(county)["recipient"] == typed[2]


# --- the preview and the downloads ---------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_preview_of_every_example_equals_its_txt_build_paragraph_for_paragraph(tmp_path, example):
    data = tmp_path / example.name
    shutil.copy(example, data)
    _desk, _guard, page = serving(data)
    html = page.get("/").get_data(as_text=True)
    preview = html[html.index('<article class="report">'):html.index("</article>")]
    shown = [line for paragraph in paragraphs_of(preview) for line in paragraph.split("\n")]
    built = [line for line in text_report(build_report(example).numbered).split("\n") if line]
    assert shown == built


def test_the_preview_marks_the_checkers_findings_in_place(county):
    desk, _guard, page = serving(county)
    point = index_of(desk, "parts", "achievements", "content", 0, "content", 0, "points", 0, "text")
    preview = page.answer(point, "认真认真落实了各项工作").get_json()["preview"]
    assert '<mark class="error" title="「认真」重复，多打了一遍。"><span class="body">认真认真</span></mark>' in preview
    assert "检查发现 1 处问题" in page.get("/").get_data(as_text=True)


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_a_download_is_what_drafter_build_makes_of_the_saved_file(tmp_path, kind):
    data = tmp_path / "县报告.yaml"
    shutil.copy(ROOT / "examples" / "county-annual-assessment-2022-2023.yaml", data)
    _desk, _guard, page = serving(data)
    reply = page.get(f"/download/{kind}")
    assert reply.status_code == 200
    assert "filename*=UTF-8''%E5%8E%BF%E6%8A%A5%E5%91%8A." + kind in reply.headers["Content-Disposition"]
    built = tmp_path / f"built.{kind}"
    subprocess.run([sys.executable, "-m", "drafter", "build", str(data), "-o", str(built)], check=True, capture_output=True)
    if kind == "txt":
        assert reply.data == built.read_bytes()
    else:
        assert same_parts(reply.data, built.read_bytes())


def same_parts(one: bytes, other: bytes) -> bool:
    """Two .docx with the same parts, byte for byte inside (the zip's timestamps may differ)."""
    first, second = zipfile.ZipFile(io.BytesIO(one)), zipfile.ZipFile(io.BytesIO(other))
    return first.namelist() == second.namelist() and all(first.read(n) == second.read(n) for n in first.namelist())


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_download_builds_outside_the_lock_so_a_save_meanwhile_goes_through(tmp_path, monkeypatch, kind):
    import threading

    import drafter.serve.app

    data = tmp_path / "report.yaml"
    shutil.copy(ROOT / "examples" / "county-bureau-work-report-2023.yaml", data)
    desk, _guard, page = serving(data)
    converting, finish, built = threading.Event(), threading.Event(), {}

    def slow_build(path, template_dirs, suffix, saved):  # LibreOffice on a slow machine
        built["saved"] = saved
        converting.set()
        finish.wait(60)
        return b"%PDF-1.7 built"

    monkeypatch.setattr(drafter.serve.app, "_built", slow_build)
    desk.pdf = True
    download = threading.Thread(target=lambda: built.setdefault("reply", page.get(f"/download/{kind}")))
    download.start()
    assert converting.wait(30)
    recipient = index_of(desk, "recipient")
    saving = threading.Thread(target=lambda: built.setdefault("saved reply", page.answer(recipient, "市教育局")))
    saving.start()
    saving.join(20)
    try:
        assert not saving.is_alive() and built["saved reply"].status_code == 200  # saved while the download was being made
        assert values(data)["recipient"] == "市教育局"
    finally:
        finish.set()
        download.join(30)
    assert built["reply"].status_code == 200 and "recipient: 市教育局" not in built["saved"]  # the file as saved when asked for


def test_a_download_of_a_report_not_yet_buildable_says_why(county):
    _desk, _guard, page = serving(county)
    reply = page.get("/download/docx")
    assert reply.status_code == 422 and "还不能生成" in reply.get_data(as_text=True)


# --- the server itself ---------------------------------------------------------------------------


def started(data: Path, *more) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "drafter", "serve", str(data), *more], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    address = re.search(r"http://\S+", line)
    assert address, line + process.stderr.read()
    return process, address.group(0)


def stopped(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGINT if os.name != "nt" else signal.CTRL_C_EVENT)
    try:
        _out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err


def host_and_port(address: str) -> tuple[str, int]:
    found = re.match(r"http://([\d.]+):(\d+)/", address)
    return found.group(1), int(found.group(2))


def test_the_server_listens_on_an_address_of_its_own_on_the_loopback_and_holds_the_file(tmp_path):
    data = tmp_path / "2025.yaml"
    process, address = started(data, "--scheme", "county-bureau-work-report")
    try:
        host, port = host_and_port(address)
        assert address.startswith(f"http://{host}:{port}/?token=") and host.startswith("127.")
        socket.create_connection((host, port), timeout=5).close()
        if sys.platform.startswith("linux"):  # all of 127/8 is this machine's; a socket bound to one address answers on no other
            assert host != "127.0.0.1"
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=5).close()
        refused = subprocess.run([sys.executable, "-m", "drafter", "draft", str(data)], capture_output=True, text=True, timeout=60)
        assert refused.returncode != 0 and "正在由另一个 drafter serve 编辑" in refused.stderr
        again = subprocess.run([sys.executable, "-m", "drafter", "serve", str(data)], capture_output=True, text=True, timeout=60)
        assert again.returncode != 0 and "正在由另一个 drafter serve 编辑" in again.stderr
    finally:
        err = stopped(process)
    assert "已停止" in err and "Traceback" not in err


def raw_request(host: str, port: int, head: str, body: bytes = b"", timeout: float = 30) -> bytes:
    """Send ``head`` and ``body`` as they are and read the reply until the server closes."""
    with socket.create_connection((host, port), timeout=timeout) as connection:
        connection.sendall(head.encode("latin-1") + body)
        reply = b""
        while True:
            try:
                part = connection.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not part:
                break
            reply += part
        return reply


def csrf_of(host: str, port: int, token: str) -> str:
    page = raw_request(host, port, f"GET /?field=0 HTTP/1.0\r\nHost: {host}:{port}\r\nX-Drafter-Token: {token}\r\n\r\n").decode("utf-8")
    return re.search(r'<meta name="csrf" content="([^"]+)"', page).group(1)


def post_head(host, port, token, csrf, extra: str) -> str:
    return (f"POST /answer HTTP/1.1\r\nHost: {host}:{port}\r\nX-Drafter-Token: {token}\r\nX-CSRF-Token: {csrf}\r\n"
            f"Accept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n{extra}\r\n")


@contextmanager
def a_served_page(tmp_path):
    """A real server on a new county-bureau file: the file, the page's address and port, and its two tokens."""
    data = tmp_path / "2025.yaml"
    process, address = started(data, "--scheme", "county-bureau-work-report")
    try:
        host, port = host_and_port(address)
        token = address.split("token=")[1]
        yield data, host, port, token, csrf_of(host, port, token)
    finally:
        stopped(process)


def recipient_form(text: str) -> bytes:
    return f'field=2&path={quote_plus(json.dumps(["recipient"]))}&structure=0&before=&text={quote_plus(text)}'.encode()


def test_a_chunked_body_over_the_limit_is_refused_not_cut_short(tmp_path):
    with a_served_page(tmp_path) as (data, host, port, token, csrf):
        saved = data.read_bytes()
        form = recipient_form("") + b"A" * (MAX_REQUEST + 1000)
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(form[i:i + 4096]), form[i:i + 4096]) for i in range(0, len(form), 4096)) + b"0\r\n\r\n"
        reply = raw_request(host, port, post_head(host, port, token, csrf, "Transfer-Encoding: chunked\r\n"), chunks)
        assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
        assert data.read_bytes() == saved
        small = recipient_form("市教育局")
        chunks = b"%x\r\n%s\r\n0\r\n\r\n" % (len(small), small)
        reply = raw_request(host, port, post_head(host, port, token, csrf, "Transfer-Encoding: chunked\r\n"), chunks)
        assert reply.startswith(b"HTTP/1.1 200"), reply[:300]
        assert values(data)["recipient"] == "市教育局"  # a chunked body within the limit is read whole


def test_a_body_that_never_arrives_holds_no_lock_and_no_other_tab_waits(tmp_path):
    with a_served_page(tmp_path) as (data, host, port, token, csrf):
        stalled = socket.create_connection((host, port), timeout=60)
        stalled.sendall(post_head(host, port, token, csrf, "Content-Length: 5000\r\n").encode() + b"field=2&text=")  # and no more
        time.sleep(0.5)
        reply = raw_request(host, port, f"GET /status HTTP/1.0\r\nHost: {host}:{port}\r\nX-Drafter-Token: {token}\r\n\r\n", timeout=10)
        assert reply.startswith(b"HTTP/1.1 200") and b'"edited":false' in reply.replace(b" ", b"")
        small = recipient_form("市教育局")
        reply = raw_request(host, port, post_head(host, port, token, csrf, f"Content-Length: {len(small)}\r\n"), small, timeout=10)
        assert reply.startswith(b"HTTP/1.1 200")  # a save meanwhile
        stalled.settimeout(60)
        answer = stalled.recv(65536)  # the stalled request is given up by the server, in its time
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408")
        stalled.close()


def test_serve_open_puts_no_token_on_any_command_line(tmp_path):
    record = tmp_path / "argv.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(f"import sys\nopen({str(record)!r}, 'w').write(repr(sys.argv))\n", encoding="utf-8")
    data = tmp_path / "2025.yaml"
    env = dict(os.environ, BROWSER=f"{sys.executable} {browser} %s")
    process = subprocess.Popen([sys.executable, "-m", "drafter", "serve", str(data), "--scheme", "county-bureau-work-report", "--open"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        address = re.search(r"http://\S+", process.stdout.readline()).group(0)
        token = address.split("token=")[1]
        deadline = time.monotonic() + 30
        while not record.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        argv = record.read_text(encoding="utf-8")
        assert token not in argv and "file://" in argv
        opened = Path(re.search(r"file://([^'\s]+)", argv).group(1))
        assert address.replace("&", "&amp;") in opened.read_text(encoding="utf-8")
        if os.name == "posix":
            assert oct(opened.stat().st_mode & 0o777) == oct(0o600) and oct(opened.parent.stat().st_mode & 0o777) == oct(0o700)
    finally:
        stopped(process)
    assert not opened.exists()  # gone with the server


def test_another_host_is_served_only_with_a_warning(tmp_path):
    data = tmp_path / "2025.yaml"
    process, address = started(data, "--scheme", "county-bureau-work-report", "--host", "0.0.0.0")
    err = stopped(process)
    assert "注意：页面对 0.0.0.0 开放" in err


def test_the_previews_stand_ins_leave_the_document_as_it_was(county):
    desk, _guard, page = serving(county)
    for index, text in enumerate(["XX县关于2024—2025学年度教育工作考核自查自评情况的报告", "XX县人民政府", "市教育局", "2025-06-30"]):
        preview = page.answer(index, text).get_json()["preview"]
        assert '<article class="report">' in preview  # the stand-ins make a report that builds
    written = county.read_text(encoding="utf-8")
    assert desk.session.document.text() == written
    assert "〔待填写〕" in "".join(paragraphs_of(preview)) and "〔待填写〕" not in written


def test_the_page_speaks_english_through_the_catalog(county, monkeypatch):
    _desk, _guard, page = serving(county)
    monkeypatch.setenv("LANGUAGE", "en")
    html = page.get("/").get_data(as_text=True)
    assert '<html lang="en">' in html and "Save and next" in html and "保存并下一项" not in html


def test_downloads_take_no_path_from_the_request(tmp_path, county):
    secret = tmp_path / "secret.txt"
    secret.write_text("不该读到", encoding="utf-8")
    _desk, _guard, page = serving(county)
    for kind in ("../secret.txt", "..%2Fsecret.txt", "secret.txt", "yaml", "DOCX"):
        reply = page.get("/download/" + kind)
        assert reply.status_code == 404 and "不该读到" not in reply.get_data(as_text=True), kind


def test_last_years_text_is_shown_beside_the_field(tmp_path):
    data = tmp_path / "2025.yaml"
    shutil.copy(ROOT / "examples" / "county-annual-assessment-2022-2023.yaml", data)
    last_year = values(data)
    last_year["issuer"] = "XX县教育局（去年）"
    desk = Desk(Session.open(data), (), last_year)
    guard = Guard(port=8123)
    page = Page(create_app(desk, guard), guard)
    html = page.get("/?field=1").get_data(as_text=True)
    assert "去年的写法" in html and "XX县教育局（去年）" in html
    assert "去年的写法" not in page.get("/?field=2").get_data(as_text=True)  # the same as last year's: nothing to show


@needs_libreoffice
def test_the_pdf_download_is_drafter_builds_pdf_of_the_saved_file(tmp_path):
    import pypdfium2

    data = tmp_path / "2023.yaml"
    shutil.copy(ROOT / "examples" / "county-bureau-work-report-2023.yaml", data)
    _desk, _guard, page = serving(data)
    reply = page.get("/download/pdf")
    assert reply.status_code == 200 and reply.data.startswith(b"%PDF")
    built = tmp_path / "built.pdf"
    subprocess.run([sys.executable, "-m", "drafter", "build", str(data), "-o", str(built)], check=True, capture_output=True)
    texts = [[page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf)] for pdf in (reply.data, built.read_bytes())]
    assert texts[0] == texts[1] and len(texts[0]) >= 2


def test_a_malformed_change_is_refused_without_a_traceback(county, capsys):
    _desk, _guard, page = serving(county)
    before = county.read_bytes()
    for form in ({"field": "x", "path": "[]"}, {"field": "0", "path": "[" * 20_000 + "]" * 20_000}, {"field": "0", "path": "{}"},
                 {"field": "-1", "path": '["title"]'}, {"field": "0", "path": '["title"]', "structure": "many"}):
        reply = page.post("/answer", dict(form, text="x"))
        assert reply.status_code in (400, 409), form
    assert county.read_bytes() == before
    assert "Traceback" not in capsys.readouterr().err


def test_a_port_in_use_is_said_in_the_clerks_words_and_the_file_is_free_again(tmp_path):
    data = tmp_path / "2025.yaml"
    shutil.copy(ROOT / "examples" / "county-bureau-work-report-2023.yaml", data)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        refused = subprocess.run([sys.executable, "-m", "drafter", "serve", str(data), "--port", str(port), "--host", "127.0.0.1"], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and f"无法在 127.0.0.1:{port} 上启动页面" in refused.stderr and "Traceback" not in refused.stderr
    process, _address = started(data)  # the lock went with the refused server
    stopped(process)


def test_the_page_offers_the_next_field_still_to_answer(county):
    desk, _guard, page = serving(county)
    for index in (0, 1, 2):
        page.answer(index, ["XX县关于2025年的报告", "XX县人民政府", "市教育局"][index])
    html = page.get("/?field=0").get_data(as_text=True)
    following = desk.session.fields.index(next(f for f in desk.session.fields[1:] if not desk.session.answered(f)))
    assert following == 3 and f'href="/?field={following}" data-field="{following}">下一个未填写的' in html


def test_what_a_clerk_might_type_or_hold_is_refused_in_words_never_with_a_traceback(county, tmp_path, capsys):
    desk, _guard, page = serving(county)
    score = index_of(desk, "parts", "achievements", "content", 0, "content", 0, "points", 0, "score")
    before = county.read_bytes()
    for index, text, said in ((score, "9" * 400, "这个数无法使用"), (score, "1e400", "这个数无法使用"),
                              (0, "标题\x07响铃", "控制字符（#x0007）"), (3, "2023-02-29", "日期要存在")):
        reply = page.answer(index, text)
        assert reply.status_code == 422 and said in reply.get_json()["error"], text
    assert county.read_bytes() == before
    assert "Traceback" not in capsys.readouterr().err
    report = tmp_path / "report.docx"
    report.write_bytes(b"PK\x03\x04")
    refused = subprocess.run([sys.executable, "-m", "drafter", "serve", str(report)], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "旧报告请先用 drafter import 转成数据文件" in refused.stderr and not report.with_suffix(".docx.drafter-lock").exists()


def test_a_two_line_title_sent_with_crlf_as_browsers_send_it_is_saved(tmp_path):
    """A browser sends a textarea's line breaks as CRLF, in the answer and in what the page showed: the
    county example's two-line title was refused as changed in another tab (issue 31)."""
    path = tmp_path / "2023.yaml"
    path.write_text((ROOT / "examples" / "county-annual-assessment-2022-2023.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    desk, _guard, page = serving(path)
    title = index_of(desk, "title")
    form = page.field_form(title)
    assert "\n" in form["before"]
    reply = page.post("/answer", dict(form, before=form["before"].replace("\n", "\r\n"), text="XX县关于2022—2023学年度教育工作\r\n考核自查自评情况的报告（修订）"))
    assert reply.status_code == 200, reply.get_json()
    assert values(path)["title"] == ["XX县关于2022—2023学年度教育工作", "考核自查自评情况的报告（修订）"]


def test_the_preview_says_the_self_score_is_pending_while_scores_are_missing(county):
    """A new file's preview said 「自评得分为0分」: with scores still to give, the total is 〔待评分〕 (issue 31)."""
    desk, _guard, page = serving(county)
    preview = "".join(paragraphs_of(page.get("/view?field=0", headers={"Accept": "application/json"}).get_json()["preview"]))
    assert "自评得分为〔待评分〕分" in preview and "自评得分为0分" not in preview
