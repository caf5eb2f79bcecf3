"""drafter draft, driven through prompt_toolkit's pipe input: fields, saving, resuming, the lock."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import docx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from drafter.drafting.session import Session
from drafter.drafting.fields import check_answer
from drafter.drafting.locking import DraftLock
from drafter.drafting.session import create_if_missing
from drafter.drafting.terminal import Drafting, PhraseCompleter, stock_phrases
from drafter.errors import DrafterError

from conftest import ROOT

CTRL_B, CTRL_E, CTRL_K, CTRL_O, CTRL_P, CTRL_Q, CTRL_T = "\x02", "\x05", "\x0b", "\x0f", "\x10", "\x11", "\x14"
ENTER = "\r"


def drive(path: Path, keys: str, start=None):
    """Run a drafting session on ``path`` with ``keys`` typed, as a clerk would; the session ends at Ctrl-Q."""
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()  # then the end of input, as when the terminal goes away
        with create_app_session(input=pipe, output=DummyOutput()):
            session = Session.open(path)
            Drafting(session).run(start)
    return Session.open(path)


@pytest.fixture
def bureau(tmp_path):
    path = tmp_path / "2025.yaml"
    create_if_missing(path, "county-bureau-work-report", None, ())
    return path


META = ["县教育局关于2025年工作情况的报告", "县教育局", "县人民政府", "2025-12-20", "2025年，县教育局扎实推进各项工作"]


def test_a_new_file_is_drafted_to_a_docx_with_keys_alone(bureau):
    texts = [f"第{n}项工作：全年完成任务{n}项，较上年有所增加" for n in range(1, 13)]
    keys = "".join(answer + ENTER for answer in META)
    keys += ENTER  # the part's heading as the scheme gives it
    keys += "".join(ENTER + text + ENTER for text in texts)  # accept each heading as given, write its text
    keys += ENTER + "党建工作重视不够" + ENTER  # 存在的问题: its heading, its first point
    keys += ENTER + "坚持党的领导不放松" + CTRL_E + "聚焦提升教育教学质量" + ENTER  # 下一步: a point, ^E, another
    drive(bureau, keys + CTRL_O + CTRL_Q)
    data = yaml.safe_load(bureau.read_text(encoding="utf-8"))
    assert data["title"] == META[0] and data["date"] == "2025-12-20"
    assert [item["text"] for item in data["parts"]["achievements"]["content"]] == texts
    assert data["parts"]["problems"]["content"] == [{"points": ["党建工作重视不够"]}]
    assert data["parts"]["next_steps"]["content"] == [{"points": ["坚持党的领导不放松", "聚焦提升教育教学质量"]}]
    assert "# 评价方案：县教育局年度重点工作" in bureau.read_text(encoding="utf-8")  # comments kept
    document = docx.Document(str(bureau.with_suffix(".docx")))
    paragraphs = [p.text for p in document.paragraphs]
    assert "（一）党的领导。" + texts[0] in paragraphs
    assert "二、存在的问题" in paragraphs and "一是坚持党的领导不放松；二是聚焦提升教育教学质量。" in paragraphs
    assert paragraphs[-2:] == ["县教育局", "2025年12月20日"]


def test_each_answer_is_saved_at_once_and_the_next_session_resumes_at_the_first_unanswered(bureau):
    session = drive(bureau, "".join(answer + ENTER for answer in META[:3]) + "半截" + CTRL_Q)
    assert yaml.safe_load(bureau.read_text(encoding="utf-8"))["recipient"] == "县人民政府"
    assert session.first_unanswered() == 3 and session.fields[3].label == "成文日期"
    session = drive(bureau, META[3] + ENTER + "\x03")  # Ctrl-C: quits without saving the field in hand
    assert session.first_unanswered() == 4


def test_answers_are_validated_as_typed(bureau, tmp_path):
    assert check_answer(Session.open(bureau).fields[3], "2025-02-30") is not None
    session = drive(bureau, "".join(a + ENTER for a in META[:3]) + "2025-02-30" + ENTER + CTRL_Q)
    assert session.first_unanswered() == 3  # the impossible date was not accepted
    county = tmp_path / "county.yaml"
    create_if_missing(county, "county-annual-assessment", None, ())
    session = Session.open(county)
    score = next(f for f in session.fields if f.kind == "score")
    assert check_answer(score, "6") == "得分应在 0 到 5 之间。" and check_answer(score, "五") == "请输入数字，如 5 或 4.5。"
    assert check_answer(score, "4.5") is None


def test_back_returns_to_the_previous_field_and_saves_what_was_changed(bureau):
    drive(bureau, "".join(a + ENTER for a in META[:2]) + CTRL_B + "长" + ENTER + CTRL_Q)
    assert yaml.safe_load(bureau.read_text(encoding="utf-8"))["issuer"] == "县教育局长"


def test_a_key_adds_an_enumeration_point_numbered_automatically(tmp_path):
    county = tmp_path / "county.yaml"
    create_if_missing(county, "county-annual-assessment", None, ())
    session = Session.open(county)
    first_point = next(i for i, f in enumerate(session.fields) if f.marker == "一是")
    assert [f.marker for f in session.fields if f.points_of == session.fields[first_point].points_of] == ["一是", "二是", "三是"]
    session = drive(county, CTRL_E + "又一条" + ENTER + CTRL_Q, start=first_point)
    markers = [(f.marker, session.text_to_show(f)) for f in session.fields if f.points_of == session.fields[first_point].points_of]
    assert markers == [("一是", ""), ("二是", "又一条"), ("三是", ""), ("四是", "")]


def test_a_lone_point_shows_no_marker_until_a_second_one_comes(tmp_path):
    county = tmp_path / "county.yaml"
    create_if_missing(county, "county-annual-assessment", None, ())
    session = Session.open(county)
    part = next(f for f in session.fields if f.kind == "part" and f.path == ("parts", "problems", "content"))
    assert part.marker == ""
    session.answer(part, "经费保障还不够充分")
    lone = next(f for f in session.fields if f.path == ("parts", "problems", "content", 0, "points", 0))
    assert lone.marker == ""  # printed without 一是
    session.add_point(lone)
    assert [f.marker for f in session.fields if f.points_of == lone.points_of] == ["一是", "二是"]


def test_metric_fields_show_the_phrase_they_will_write(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text((ROOT / "examples" / "county-bureau-work-report-2023.yaml").read_text(encoding="utf-8")
                    + "metrics:\n  教育支出: {value: null, previous: 22583, unit: 万元}\n", encoding="utf-8")
    with create_app_session(input=create_pipe_input(), output=DummyOutput()):
        drafting = Drafting(Session.open(path))
        target = next(f for f in drafting.session.fields if f.metric == "教育支出")
        assert drafting.session.metric_preview(target, "24303") == "{教育支出} → 24303万元；{教育支出.变化} → 较上年增长7.62%"
        assert drafting.session.metric_preview(target, "abc") == ""


def test_the_figure_preview_is_what_the_report_prints_for_the_forms_the_text_uses(tmp_path):
    """One function writes both: the preview shows each {名称.写法} the data's text uses, as the build writes it."""
    from drafter.pipeline import build_report, text_bytes

    path = tmp_path / "m.yaml"
    path.write_text((ROOT / "examples" / "county-annual-assessment-2022-2023.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    session = Session.open(path)
    target = next(f for f in session.fields if f.metric == "人均分")
    preview = session.metric_preview(target, "428.1")
    built = text_bytes(build_report(path)).decode("utf-8")
    for shown in preview.split("；"):
        placeholder, phrase = shown.split(" → ")
        assert phrase in built, (placeholder, phrase)
    assert "{人均分.增减}" in preview


def test_preview_shows_the_numbered_report_so_far(bureau):
    with create_app_session(input=create_pipe_input(), output=DummyOutput()):
        drafting = Drafting(Session.open(bureau))
        text = drafting.preview_text()
    assert text.startswith("还有 19 项未填写")  # the headings come from the scheme
    assert "（一）党的领导。〔待填写〕" in text


def test_stock_phrases_complete_what_is_typed():
    from prompt_toolkit.document import Document

    completer = PhraseCompleter(stock_phrases(()))
    found = [c.text for c in completer.get_completions(Document("我们要进一步"), None)]
    assert "进一步健全完善" in found and all(text.startswith("进一步") for text in found)


def test_a_second_session_on_the_same_file_is_refused_naming_the_first(bureau):
    with DraftLock(bureau):
        with pytest.raises(DrafterError) as caught:
            DraftLock(bureau).acquire()
        assert "正在由另一个 drafter draft 编辑" in caught.value.problems[0].message
        assert f"进程 {os.getpid()}" in caught.value.problems[0].message
    with DraftLock(bureau):
        pass  # free again once released


def test_a_killed_session_leaves_no_lock_behind(bureau):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; from drafter.drafting.locking import DraftLock; "
                               f"lock = DraftLock(Path({str(bureau)!r})); lock.acquire(); print('locked', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(DrafterError):
        DraftLock(bureau).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with DraftLock(bureau):
        pass


def test_a_new_file_needs_a_scheme_or_last_years_file(tmp_path):
    with pytest.raises(DrafterError) as caught:
        create_if_missing(tmp_path / "x.yaml", None, None, ())
    assert "--scheme" in caught.value.problems[0].message and "--from" in caught.value.problems[0].message
    carried = tmp_path / "2024.yaml"
    create_if_missing(carried, None, ROOT / "examples" / "county-annual-assessment-2022-2023.yaml", ())
    session = Session.open(carried)
    assert session.fields[session.first_unanswered()].label == "成文日期"
    opening = session.fields[4]
    assert session.text_to_show(opening).startswith("XX县认真对照评价指标体系")  # last year's text to edit


def test_messages_follow_the_language(monkeypatch):
    from drafter.drafting.terminal import toolbar_keys

    assert "上一项" in toolbar_keys()
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "previous" in toolbar_keys() and "上一项" not in toolbar_keys()


def test_jump_goes_to_an_indicator_by_its_code_and_undo_takes_back_typing(bureau):
    drive(bureau, "\x07" + "8" + ENTER + "考试组织平稳有序" + "X" + "\x1a" + ENTER + CTRL_Q)
    texts = [item["text"] for item in yaml.safe_load(bureau.read_text(encoding="utf-8"))["parts"]["achievements"]["content"]]
    assert texts[7] == "考试组织平稳有序" and texts[:7] == [""] * 7


def test_check_and_help_open_in_a_pager_and_close_with_q(bureau):
    session = drive(bureau, CTRL_K + "q" + "\x1bOP" + "q" + META[0] + ENTER + CTRL_Q)
    assert session.text_to_show(session.fields[0]) == META[0]
    with create_app_session(input=create_pipe_input(), output=DummyOutput()):
        findings = Drafting(Session.open(bureau)).check_text()
    assert "「发文机关（issuer）」尚未填写" in findings and "[scheme]" in findings


def test_an_answer_that_cannot_be_saved_stays_on_screen(bureau, monkeypatch):
    """A full disk or a read-only file: the message is shown, the answer offered again, nothing lost."""
    import drafter.drafting.session

    failures = iter([OSError(28, "No space left on device")])

    def flaky(path, data):
        error = next(failures, None)
        if error is not None:
            raise error
        path.write_bytes(data)

    monkeypatch.setattr(drafter.drafting.session, "write_atomically", flaky)
    session = drive(bureau, META[0] + ENTER + ENTER + CTRL_Q)  # the second Enter accepts the answer offered again
    assert session.text_to_show(session.fields[0]) == META[0]
    assert yaml.safe_load(bureau.read_text(encoding="utf-8"))["title"] == META[0]


def test_a_folder_that_cannot_take_a_lock_gets_a_message(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    data = folder / "2025.yaml"
    data.write_text("title: x\n", encoding="utf-8")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(DrafterError) as caught:
            DraftLock(data).acquire()
        assert "无法在数据文件旁建立锁文件" in caught.value.problems[0].message
    finally:
        folder.chmod(0o700)


KEYS = [ENTER, CTRL_B, "\x0e", CTRL_E, "\x1b\r", "\x7f", "\x1a", "\x07" + "3" + ENTER, CTRL_P + "q", CTRL_K + "q",
        "5", "2025-06-30", "县教育局", "较上年增长", "“双减”", "：", "\t"]


@settings(max_examples=int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.sampled_from(KEYS) | st.text(min_size=1, max_size=4).filter(lambda t: "\x03" not in t and "\x11" not in t), max_size=40))
def test_any_keys_leave_a_readable_file_with_its_comments(tmp_path_factory, keys):
    """Whatever the clerk presses, the session ends when asked and the file is YAML with its comments."""
    folder = tmp_path_factory.mktemp("keys")
    path = folder / "2025.yaml"
    create_if_missing(path, "county-annual-assessment", None, ())
    drive(path, "".join(keys) + CTRL_Q)
    text = path.read_text(encoding="utf-8")
    assert isinstance(yaml.safe_load(text), dict)
    assert text.startswith("# yaml-language-server:") and "# 1.1 党政重视教育发展（5分）" in text


# --- the clerk's first hour: completion, ^E, not applicable, basis, the notice, the toolbar --------

@pytest.fixture
def county(tmp_path):
    path = tmp_path / "2025.yaml"
    create_if_missing(path, "county-annual-assessment", None, ())
    return path


def test_toolbar_fits_eighty_columns(monkeypatch):
    from drafter.errors import cells
    from drafter.drafting.terminal import toolbar_keys

    for language in ("zh_CN.UTF-8", "en_US.UTF-8"):
        monkeypatch.setenv("LANG", language)
        assert all(cells(line) <= 80 for line in toolbar_keys(80).split("\n"))
        assert "^T" in toolbar_keys(80) and "F1" in toolbar_keys(80)


def test_enter_on_an_open_completion_takes_the_phrase_not_the_field():
    """(The end-to-end run is in test_draft_tmux.py; completions arrive from a thread, so pipe input cannot time them.)"""
    from types import SimpleNamespace

    from prompt_toolkit.buffer import Buffer, CompletionState
    from prompt_toolkit.completion import Completion
    from prompt_toolkit.document import Document
    from prompt_toolkit.keys import Keys

    from drafter.drafting.fields import Field
    from drafter.drafting.terminal import key_bindings

    submitted = []
    buffer = Buffer(accept_handler=lambda b: submitted.append(b.text) or False)
    buffer.set_document(Document("进一步"))  # the cursor after what was typed
    buffer.complete_state = CompletionState(buffer.document, [Completion("进一步加强", start_position=-3), Completion("进一步健全完善", start_position=-3)])
    enter = next(b for b in key_bindings(Field(("title",), "title", "标题")).bindings if b.keys == (Keys.ControlM,))
    event = SimpleNamespace(current_buffer=buffer, app=SimpleNamespace(is_done=False))
    enter.handler(event)
    assert buffer.text == "进一步加强" and submitted == []
    enter.handler(event)
    assert submitted == ["进一步加强"]


def test_a_point_added_with_ctrl_e_stands_above_the_next_indicators_comment(county):
    session = Session.open(county)
    first = next(f for f in session.fields if f.path[-1] == "text" and "points" in f.path)
    session.answer(first, "党政重视，专题研究7次。")
    added = session.add_point(first)
    session.answer(session.fields[added], "补充的一条。")
    text = county.read_text(encoding="utf-8")
    assert text.index("补充的一条。") < text.index("# 1.2 多方支持教育发展") < text.index("indicator: '1.2'")


def test_not_applicable_with_its_reason_and_the_basis_are_fields_of_the_walk(county):
    session = Session.open(county)
    score = next(f for f in session.fields if f.kind == "score" and f.path[-2] == 0 and "1.1" in f.label)
    basis = session.fields[session.fields.index(score) + 1]
    assert basis.path[-1] == "basis" and basis.optional
    session.answer(basis, "专题研究教育重大问题7次")
    target = next(f for f in session.fields if f.kind == "score" and "4.3" in f.label)
    session.mark_not_applicable(target, "本县没有高中")
    data = yaml.safe_load(county.read_text(encoding="utf-8"))
    answers = [p for item in data["parts"]["achievements"]["content"] for c in item["content"] for p in c["points"]]
    assert next(a for a in answers if a["indicator"] == "4.3") == {"indicator": "4.3", "text": "", "not_applicable": "本县没有高中"}
    assert next(a for a in answers if a["indicator"] == "1.1")["basis"] == "专题研究教育重大问题7次"
    assert not any(f.kind == "score" and "4.3" in f.label for f in Session.open(county).fields)


def test_ctrl_t_asks_the_reason_in_the_walk(county):
    session = Session.open(county)
    index = next(i for i, f in enumerate(session.fields) if f.kind == "score" and "1.1" in f.label)
    after = drive(county, CTRL_T + "本项本年度不涉及" + ENTER + CTRL_Q, start=index)
    point = yaml.safe_load(county.read_text(encoding="utf-8"))["parts"]["achievements"]["content"][0]["content"][0]["points"][0]
    assert point["not_applicable"] == "本项本年度不涉及" and "score" not in point
    assert after.first_unanswered() is not None


def test_the_notice_answered_is_asked(tmp_path):
    path = tmp_path / "2025.yaml"
    path.write_text((ROOT / "examples" / "county-annual-assessment-2022-2023.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    session = Session.open(path)
    labels = [f.label for f in session.fields if f.path[0] == "notices"]
    assert labels == ["通知的发文机关", "通知的标题（不带书名号）", "通知的文号"]


def test_a_removed_point_takes_its_own_comment_and_leaves_the_next_ones():
    from drafter.data.yaml_edit import remove_keeping_comments
    from drafter.data.yaml_edit import RoundTrip

    text = "points:\n  # above a\n  - a\n  # above b\n  - b  # eol b\n  # above c\n  - c\n  # above d\n  - d\n"
    expected = {
        1: "points:\n  # above a\n  - a\n  # above c\n  - c\n  # above d\n  - d\n",
        2: "points:\n  # above a\n  - a\n  # above b\n  - b  # eol b\n  # above d\n  - d\n",
        3: "points:\n  # above a\n  - a\n  # above b\n  - b  # eol b\n  # above c\n  - c\n",
    }
    for index, after in expected.items():
        document = RoundTrip(text)
        remove_keeping_comments(document.data["points"], index)
        assert document.text() == after, index


@pytest.mark.parametrize("second_name", ["hard link", "symbolic link", "another folder's hard link"])
def test_two_names_of_one_file_get_one_lock(tmp_path, second_name):
    data = tmp_path / "2025.yaml"
    data.write_text("title: x\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = {"hard link": tmp_path / "copy.yaml", "symbolic link": tmp_path / "link.yaml", "another folder's hard link": elsewhere / "2025.yaml"}[second_name]
    if second_name == "symbolic link":
        if not hasattr(os, "symlink") or os.name == "nt":
            pytest.skip("symbolic links as POSIX makes them")
        os.symlink(data.name, other)
    else:
        if os.name == "nt":
            pytest.skip("hard links are held by the lock beside the real file on POSIX only")
        os.link(data, other)
    with DraftLock(data, "drafter serve"):
        with pytest.raises(DrafterError) as refused:
            DraftLock(other).acquire()
        assert "drafter" in refused.value.problems[0].message
        with pytest.raises(DrafterError):
            DraftLock(data).acquire()  # the name itself, as before
    with DraftLock(other):  # free again once the first is let go
        pass


def test_an_answer_added_to_an_indicator_stays_above_the_next_indicators_comments(tmp_path):
    """A 自评依据 given for 1.1 was written under 1.2's comment block (ruamel keeps those lines as the
    tail of 1.1's last key): it goes with 1.1, and each block of comments stays above its own indicator (issue 31)."""
    path = tmp_path / "2025.yaml"
    create_if_missing(path, "county-annual-assessment", None, ())
    before = path.read_text(encoding="utf-8")
    session = Session.open(path)
    for code, text in (("1.1", "专题研究教育重大问题7次"), ("1.3", "党建纳入议事日程")):
        session.answer(next(f for f in session.fields if f.path[-1] == "basis" and f.label.startswith(f"「{code} ")), text)
    lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")]
    for code, text, following in (("1.1", "专题研究教育重大问题7次", "# 1.2 "), ("1.3", "党建纳入议事日程", "# 2 ")):
        at = lines.index(f"basis: {text}")
        assert lines[at - 1].startswith("score:") and lines[at + 1].startswith(following), lines[at - 3:at + 2]
    assert [l for l in lines if not l.startswith("basis:")] == [l.strip() for l in before.split("\n")]


@pytest.mark.parametrize("typed, wanted, unwanted", [("我们要坚持", None, "坚持续"), ("要持", None, "要持续"), ("，持", "持续", None), ("持", "持续", None)])
def test_a_completion_never_glues_a_phrase_onto_the_end_of_a_word(typed, wanted, unwanted):
    """Tab turned 「坚持」 into 「坚持续巩固提升」: a one-character tail completes only when it stands alone
    since the last mark (issue 31)."""
    from prompt_toolkit.document import Document

    completer = PhraseCompleter(["持续巩固提升", "进一步健全完善"])
    found = [typed[:len(typed) - (-c.start_position)] + c.text for c in completer.get_completions(Document(typed), None)]
    assert (not unwanted or not any(unwanted in f for f in found)) and (not wanted or any(wanted in f for f in found)), found


def test_the_check_panel_names_the_key_for_not_applicable_not_the_yaml_field(bureau, tmp_path):
    """In draft, 「不适用」 is ^T: the ^K panel said 「写 not_applicable: 理由」, a field to type in the file (issue 31)."""
    path = tmp_path / "2025.yaml"
    create_if_missing(path, "county-annual-assessment", None, ())
    with create_app_session(output=DummyOutput()):
        text = Drafting(Session.open(path)).check_text()
    assert "按 ^T 标为不适用" in text and "not_applicable" not in text
