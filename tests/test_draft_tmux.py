"""End to end: ``drafter draft`` in a real terminal (tmux), Chinese typed with send-keys, the process
killed with SIGKILL mid-way, restarted, finished and built; every answer given before the kill is in
the .docx."""

import json
import os
import shutil
import signal
import subprocess
import time

import docx
import pytest

TMUX = shutil.which("tmux")
DRAFTER = shutil.which("drafter")
if not TMUX:
    if os.environ.get("CI"):
        raise RuntimeError("CI must install tmux (.ci/run does) for the end-to-end drafting test")
    pytest.skip("tmux is not installed", allow_module_level=True)

pytestmark = pytest.mark.tmux

META = ["县教育局关于2025年工作情况的报告", "县教育局", "县人民政府", "2025-12-20", "2025年，县教育局紧紧围绕年度目标任务扎实推进各项工作"]
TEXTS = [f"第{n}项：全年完成重点任务{n}项，群众满意度进一步提升" for n in range(1, 13)]
PROBLEM, NEXT_STEP = "优质教育资源仍不均衡", "持续推进集团化办学"


class Terminal:
    """A private tmux server with one window running a command."""

    def __init__(self, folder, name="tmux.sock"):
        self.socket = str(folder / name)
        self.folder = folder
        self.env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": "", "TERM": "xterm-256color"}

    def tmux(self, *args):
        return subprocess.run([TMUX, "-S", self.socket, "-f", "/dev/null", *args], env=self.env, cwd=self.folder,
                              capture_output=True, text=True, timeout=30)

    def start(self, command: str, width: int = 150, height: int = 45):
        self.tmux("new-session", "-d", "-s", "draft", "-x", str(width), "-y", str(height), command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "draft").stdout

    def type(self, text: str):
        if text:
            self.tmux("send-keys", "-t", "draft", "-l", text)

    def key(self, name: str):
        self.tmux("send-keys", "-t", "draft", name)

    def close(self):
        self.tmux("kill-server")


SHOWN = []  # the terminal whose screen a failure shows


def wait_for(condition, what: str, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    screen = SHOWN[-1].screen() if SHOWN else ""
    raise AssertionError(f"gave up waiting for {what}; the screen shows:\n{screen}")


FIELDS = 34  # 5 about the report, the part's heading, 12 headings and texts, 2 parts with a heading and a point


def at_field(terminal, field_number) -> bool:
    """Field ``field_number`` is on screen and its prompt is reading keys (its toolbar is drawn)."""
    screen = terminal.screen()
    return f"第 {field_number} / {FIELDS} 项" in screen and "Enter 确认" in screen


def answer(terminal, data, text, field_number):
    """Type ``text`` into the field on screen, accept it, and wait until the file holds it."""
    wait_for(lambda: at_field(terminal, field_number), f"field {field_number} on screen")
    terminal.type(text)
    terminal.key("Enter")
    if text:
        wait_for(lambda: text in data.read_text(encoding="utf-8"), f"'{text}' saved")


@pytest.fixture
def terminals(tmp_path):
    """Terminals on servers of their own (a restart gets a fresh server, not one still shutting down)."""
    made = []

    def new(name):
        terminal = Terminal(tmp_path, name)
        made.append(terminal)
        SHOWN.append(terminal)
        return terminal

    yield new
    for terminal in made:
        terminal.close()


def test_draft_survives_sigkill_and_every_answer_reaches_the_docx(tmp_path, terminals):
    assert DRAFTER, "drafter is not installed: run the install command in README.md first"
    terminal = terminals("first.sock")
    data = tmp_path / "2025.yaml"
    command = f"{DRAFTER} draft 2025.yaml --scheme county-bureau-work-report; sleep 600"
    terminal.start(command)
    for number, text in enumerate(META, 1):
        answer(terminal, data, text, number)
    answer(terminal, data, "", 6)  # the part's heading as the scheme gives it
    for k, text in enumerate(TEXTS[:4]):
        answer(terminal, data, "", 7 + 2 * k)  # the item's heading as the scheme gives it
        answer(terminal, data, text, 8 + 2 * k)
    answer(terminal, data, "", 15)
    wait_for(lambda: at_field(terminal, 16), "field 16")
    terminal.type("写到一半的第五项")  # being edited when the process dies: may be lost
    time.sleep(0.3)
    holder = json.loads((tmp_path / ".2025.yaml.drafter-lock").read_text(encoding="utf-8"))
    os.kill(holder["pid"], signal.SIGKILL)
    wait_for(lambda: not os.path.exists(f"/proc/{holder['pid']}"), "the killed process to go")
    before = data.read_text(encoding="utf-8")
    assert all(text in before for text in META + TEXTS[:4])
    terminal.close()

    terminal = terminals("second.sock")
    terminal.start(f"{DRAFTER} draft 2025.yaml; sleep 600")
    wait_for(lambda: at_field(terminal, 16), "the restarted session at the first unanswered field")
    assert "5 “安心托幼”暖民心行动" in terminal.screen()
    answer(terminal, data, TEXTS[4], 16)
    for k in range(5, 12):
        answer(terminal, data, "", 7 + 2 * k)
        answer(terminal, data, TEXTS[k], 8 + 2 * k)
    answer(terminal, data, "", 31)
    answer(terminal, data, PROBLEM, 32)
    answer(terminal, data, "", 33)
    answer(terminal, data, NEXT_STEP, 34)
    wait_for(lambda: "已是最后一项" in terminal.screen(), "the end of the fields")
    terminal.key("C-o")
    built = tmp_path / "2025.docx"
    wait_for(built.exists, "the .docx")
    terminal.key("C-q")
    wait_for(lambda: "已保存" in terminal.screen(), "quit")
    paragraphs = "\n".join(p.text for p in docx.Document(str(built)).paragraphs)
    for text in META[:3] + META[4:] + TEXTS + [PROBLEM, NEXT_STEP]:
        assert text in paragraphs
    assert "2025年12月20日" in paragraphs
    assert "（五）“安心托幼”暖民心行动。" + TEXTS[4] in paragraphs


def test_the_first_hour_in_an_80_column_terminal(tmp_path, terminals):
    """A new county report in the smallest terminal: the toolbar whole; a stock phrase taken with Enter;
    the notice's 文号; an indicator marked not applicable with ^T and its reason; a point added with ^E
    above the next indicator's comment."""
    terminal = terminals("narrow.sock")
    data = tmp_path / "2025.yaml"
    terminal.start(f"{DRAFTER} draft 2025.yaml --scheme county-annual-assessment; sleep 600", width=80, height=24)
    wait_for(lambda: "第 1 / " in terminal.screen() and "F1" in terminal.screen(), "the title with the whole toolbar")
    screen = terminal.screen()
    assert "^T" in screen and "F1" in screen and all(len(line) <= 80 for line in screen.split("\n"))
    for _field in range(4):  # title … date: left for later
        terminal.key("Enter")
        time.sleep(0.3)
    wait_for(lambda: "开头" in terminal.screen(), "the opening")
    terminal.type("我县进一步")
    terminal.key("Tab")
    time.sleep(1.0)  # completions come from a thread
    terminal.key("Enter")  # takes the phrase the menu shows, and does not end the field
    time.sleep(0.5)
    assert "opening: ''" in data.read_text(encoding="utf-8")
    terminal.key("Enter")  # now the field
    wait_for(lambda: "opening: 我县进一步" in data.read_text(encoding="utf-8"), "the phrase in the opening")
    opening = [line for line in data.read_text(encoding="utf-8").split("\n") if line.startswith("opening:")][0]
    assert len(opening.split(":", 1)[1].split("#")[0].strip()) > len("我县进一步")  # the whole phrase, not what was typed
    wait_for(lambda: "通知的发文机关" in terminal.screen(), "the next field")
    assert "我县进一步" not in terminal.screen()  # the field in hand only: earlier answers do not pile up
    for _field in range(2):  # the notice's issuer and title: as the scheme gives them
        terminal.key("Enter")
        time.sleep(0.3)
    wait_for(lambda: "通知的文号" in terminal.screen(), "the notice's 文号")
    saves(terminal, data, "X教督〔2025〕5号", "Enter", "number: X教督〔2025〕5号")
    jump(terminal, "4.3", "4.3 高中教育")
    terminal.key("C-t")
    wait_for(lambda: "不适用的理由" in terminal.screen(), "the reason asked")
    saves(terminal, data, "本县没有普通高中", "Enter", "not_applicable: 本县没有普通高中")
    jump(terminal, "1.1", "1.1 党政重视教育发展")
    saves(terminal, data, "专题研究教育重大问题7次", "C-e", "专题研究教育重大问题7次")
    time.sleep(0.5)
    saves(terminal, data, "补充的一条分项", "Enter", "补充的一条分项")
    text = data.read_text(encoding="utf-8")
    assert text.index("专题研究教育重大问题7次") < text.index("补充的一条分项") < text.index("# 1.2 多方支持教育发展")
    jump(terminal, "1.2", "1.2 多方支持教育发展")
    saves(terminal, data, "召开全县教育大会", "Enter", "召开全县教育大会")
    wait_for(lambda: "自评得分（满分 5 分）" in terminal.screen(), "its score")
    saves(terminal, data, "4", "Enter", "score: 4")
    wait_for(lambda: "自评依据" in terminal.screen(), "its basis")
    saves(terminal, data, "召开教育大会1次", "Enter", "basis: 召开教育大会1次")
    terminal.key("C-q")
    wait_for(lambda: "已保存" in terminal.screen(), "quit")


def saves(terminal, data, text: str, key: str, expected: str) -> None:
    """Type ``text``, press ``key``, and wait until the file holds ``expected``."""
    terminal.type(text)
    terminal.key(key)
    wait_for(lambda: expected in data.read_text(encoding="utf-8"), f"'{expected}' saved")


def jump(terminal, code: str, shown: str) -> None:
    """^G to an indicator by its code, and wait until it is on screen."""
    terminal.key("C-g")
    time.sleep(0.3)
    terminal.type(code)
    terminal.key("Enter")
    wait_for(lambda: shown in terminal.screen(), f"indicator {code}")
