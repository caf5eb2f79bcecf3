"""Data slips clerks make end in a located message and exit 2 in every command that reads the data,
never a traceback; odd but valid YAML (merge keys) loads as YAML says."""

import json
import os
import re
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.data.load import load_report

from conftest import MINIMAL

# Every command that reads a data file, with the arguments it needs around it.
COMMANDS = {
    "build": lambda data, out: ["build", data, "-o", out / "r.docx"],
    "preview": lambda data, out: ["preview", data],
    "check": lambda data, out: ["check", data],
    "draft": lambda data, out: ["draft", data],
    "carry-over": lambda data, out: ["carry-over", data, "-o", out / "next.yaml"],
    "batch": lambda data, out: ["batch", data, "-o", out / "batch", "-j", "1", "-q"],
}

SLIPS = {
    "impossible_unquoted_date": (MINIMAL.replace("date: 2024-05-10", "date: 2023-06-31"), 4, "日期「2023-06-31」不存在"),
    "impossible_date_in_record": (MINIMAL + "record: {printer: 办公室, printed: 2024-02-30}\n", 10, "2024-02-30"),
    "infinite_metric": (MINIMAL + "metrics:\n  支出: {value: 1.0e+999, previous: 1}\n", 11, "无法使用"),
    "thirty_digit_metric": (MINIMAL + "metrics:\n  支出: {value: 123456789012345678901234567890, previous: 1}\n", 11, "无法使用"),
    "nan_metric": (MINIMAL + "metrics:\n  支出: {value: .nan, previous: 1}\n", 11, "无法使用"),
    "parts_is_a_number": (MINIMAL.split("parts:")[0] + "parts: 7\n", 5, "「parts」应为"),
    "float_tag_on_text": (MINIMAL.replace("recipient: 县人民政府", "recipient: !!float 县人民政府"), 3, "!!float"),
    "int_tag_on_text": (MINIMAL.replace("      - 一段正文。", "      - !!int 一段正文。"), 9, "!!int"),
    "binary_tag_not_base64": (MINIMAL.replace("issuer: XX县教育局", "issuer: !!binary 县教育局"), 2, "!!binary"),
}


def run(args, capsys):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("slip", SLIPS)
def test_data_slip_is_located_with_exit_2_in_every_command(tmp_path, capsys, write_data, slip, command):
    text, line, words = SLIPS[slip]
    data = write_data(text)
    code, output = run(COMMANDS[command](data, tmp_path), capsys)
    assert "Traceback" not in output
    # check lints data the schema refuses (a finding, exit 1) and exits 2 only for a file it cannot read
    assert code == (1 if command == "check" and slip == "parts_is_a_number" else 2), output
    assert re.search(rf"{re.escape(str(data))}:{line}:\d+: .*{re.escape(words)}", output), output
    assert data.read_text(encoding="utf-8") == text  # nothing the clerk wrote is touched
    if command == "batch":
        manifest = json.loads((tmp_path / "batch" / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["failed"] == 1 and manifest["reports"][0]["problems"][0]["line"] == line


def test_merge_key_that_overrides_a_value_is_valid_yaml(write_data):
    text = MINIMAL.replace("issuer: XX县教育局\n", "") + "record:\n  <<: {printer: 旧办公室, cc: [甲], printed: 2024-05-10}\n  printer: 县教育局办公室\nissuer: XX县教育局\n"
    report = load_report(write_data(text))
    assert report.values["record"] == {"printer": "县教育局办公室", "cc": ["甲"], "printed": "2024-05-10"}


def test_merge_of_several_mappings_lets_the_first_win(write_data):
    text = MINIMAL + "record:\n  <<: [{printer: 甲}, {printer: 乙, cc: [丙]}]\n  printed: 2024-05-10\n"
    assert load_report(write_data(text)).values["record"] == {"printer": "甲", "cc": ["丙"], "printed": "2024-05-10"}


def test_key_written_twice_in_one_mapping_is_still_refused(tmp_path, capsys, write_data):
    code, output = run(["build", write_data(MINIMAL + "issuer: 另一个\n"), "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "重复出现" in output


def test_merge_of_itself_is_refused(tmp_path, capsys, write_data):
    code, output = run(["build", write_data(MINIMAL + "record: &r\n  <<: *r\n  printer: 甲\n"), "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "Traceback" not in output


@pytest.mark.parametrize("typed", ["inf", "-inf", "nan", "1e400", "1e15", "123456789012345678901234567890"])
def test_number_typed_into_draft_that_cannot_be_used_is_refused(typed):
    from drafter.drafting.fields import Field, check_answer

    assert "无法使用" in check_answer(Field(("metrics", "支出", "value"), "number", "支出"), typed)
    assert check_answer(Field(("x", "score"), "score", "得分", maximum=5), typed)


def test_big_whole_number_typed_into_draft_stays_exact():
    from drafter.drafting.fields import Field, check_answer, typed_value

    target = Field(("metrics", "支出", "value"), "number", "支出")
    assert check_answer(target, "999999999999999") is None
    assert typed_value(target, "999999999999999") == 999999999999999
    assert typed_value(target, "12.50") == 12.5 and typed_value(target, "7.0") == 7


# --- bounded resources: what a hostile or broken file gets ---------------------------------------

def alias_bomb() -> str:
    """A billion laughs: 714 bytes that name 10**12 values."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    return "\n".join(lines) + "\ntitle: *a11\n"


def merge_bomb() -> str:
    """Merge keys that double at each step: older PyYAML expanded them while flattening."""
    lines = ["m0: &m0 {k0: x}"] + [f"m{i}: &m{i} {{<<: [*m{i - 1}], k{i}: *m{i - 1}}}" for i in range(1, 40)]
    return "\n".join(lines) + "\ntitle: *m39\n"


HOSTILE = {
    "alias_bomb": (alias_bomb(), "超过 200000 个值"),
    "merge_key_bomb": (merge_bomb(), "超过 200000 个值"),
    "deep_flow_nesting": ("title: " + "[" * 100_000 + "]" * 100_000 + "\n", "嵌套层次过深"),
    "deep_block_nesting": ("title:\n" + "- " * 50_000 + "x\n", "嵌套层次过深"),
    "list_that_holds_itself": ("title: &a [*a]\n", "嵌套层次过深"),
    "a_million_values": ("title: [" + ",".join(["x"] * 1_000_000) + "]\n", "超过 200000 个值"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_yaml_is_refused_before_it_expands(tmp_path, capsys, case):
    text, words = HOSTILE[case]
    data = tmp_path / "bomb.yaml"
    data.write_text(text, encoding="utf-8")
    code, output = run(["build", data, "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and words in output and "Traceback" not in output
    assert re.search(rf"{re.escape(str(data))}:\d+:\d+: ", output), output


def test_data_file_over_the_size_limit_is_refused(tmp_path, capsys):
    data = tmp_path / "big.yaml"
    data.write_bytes(b"# " + b"x" * (4 * 1024 * 1024) + b"\n")
    code, output = run(["build", data, "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "超过 4 MB" in output


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("command", ["build", "check", "carry-over", "preview", "draft"])
def test_device_is_refused_at_once(tmp_path, capsys, command):
    data = tmp_path / "zero.yaml"
    data.symlink_to("/dev/zero")
    code, output = run(COMMANDS[command](data, tmp_path), capsys)
    assert code == 2 and "不是普通文件" in output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("command", ["build", "check", "carry-over", "preview", "draft"])
def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path, capsys, command):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    code, output = run(COMMANDS[command](fifo, tmp_path), capsys)
    assert code == 2 and "不是普通文件" in output


# --- files and locks -------------------------------------------------------------------------------

def test_lock_file_planted_as_a_symlink_is_refused(tmp_path, capsys, write_data):
    from drafter.drafting.locking import DraftLock
    from drafter.errors import DrafterError

    data = write_data(MINIMAL)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file\n", encoding="utf-8")
    (tmp_path / ".data.yaml.drafter-lock").symlink_to(victim)
    with pytest.raises(DrafterError) as caught:
        DraftLock(data).acquire()
    assert "符号链接" in caught.value.problems[0].message
    code, output = run(["draft", data], capsys)
    assert code == 2 and "符号链接" in output
    assert victim.read_text(encoding="utf-8") == "someone else's file\n"


def test_symlinked_output_or_data_is_written_through_and_stays_a_link(tmp_path):
    from drafter.files import write_atomically

    real = tmp_path / "real.yaml"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    write_atomically(link, b"new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_output_file_keeps_its_permissions(tmp_path, capsys, write_data):
    target = tmp_path / "r.docx"
    target.write_bytes(b"old")
    target.chmod(0o600)
    assert run(["build", write_data(MINIMAL), "-o", target], capsys)[0] == 0
    assert target.stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh.docx"
    mask = os.umask(0o027)
    try:
        assert run(["build", write_data(MINIMAL), "-o", fresh], capsys)[0] == 0
    finally:
        os.umask(mask)
    assert fresh.stat().st_mode & 0o777 == 0o640


def edited_elsewhere(path):
    text = path.read_text(encoding="utf-8").replace("recipient: ''", "recipient: 在编辑器中写的")
    path.write_text(text, encoding="utf-8")


def test_edit_by_another_program_during_draft_is_never_overwritten_unasked(tmp_path):
    from drafter.drafting.session import EditedElsewhere, Session
    from drafter.drafting.session import create_if_missing

    data = tmp_path / "2025.yaml"
    create_if_missing(data, "county-bureau-work-report", None, ())
    session = Session.open(data)
    edited_elsewhere(data)
    with pytest.raises(EditedElsewhere):
        session.answer(session.fields[0], "新标题")
    assert "在编辑器中写的" in data.read_text(encoding="utf-8")
    session.answer(session.fields[0], "新标题", overwrite=True)
    assert "新标题" in data.read_text(encoding="utf-8") and "在编辑器中写的" not in data.read_text(encoding="utf-8")


@pytest.mark.parametrize("choice", ["r", "o"])
def test_draft_asks_before_overwriting_an_edit_made_elsewhere(tmp_path, choice):
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from drafter.drafting.session import Session, create_if_missing
    from drafter.drafting.terminal import Drafting

    data = tmp_path / "2025.yaml"
    create_if_missing(data, "county-bureau-work-report", None, ())
    with create_pipe_input() as pipe:
        # the title, then the question: r reads the file again and offers the title once more (Enter saves it)
        pipe.send_text("新标题\r" + choice + "\r" + ("\r" if choice == "r" else "") + "\x11")
        pipe.close()
        with create_app_session(input=pipe, output=DummyOutput()):
            drafting = Drafting(Session.open(data))
            edited_elsewhere(data)
            drafting.run()
    saved = data.read_text(encoding="utf-8")
    assert "title: 新标题" in saved
    assert ("在编辑器中写的" in saved) == (choice == "r")


# --- Windows, where the clerks are -----------------------------------------------------------------

WITHOUT_FCNTL = """
import sys
sys.modules["fcntl"] = None  # as on Windows: importing it fails
from pathlib import Path
from drafter.cli import main
from drafter.drafting.session import Session
from drafter.drafting.locking import DraftLock
from drafter.drafting.session import create_if_missing

folder = Path(sys.argv[1])
data = folder / "数据" / "2023年报告.yaml"
assert main(["build", str(data), "-o", str(folder / "报告.docx")]) == 0
assert main(["batch", str(data.parent), "-o", str(folder / "批量"), "-j", "2", "-q"]) == 0
draft = folder / "起草.yaml"
create_if_missing(draft, "county-bureau-work-report", None, ())
with DraftLock(draft):
    try:
        DraftLock(draft).acquire()
        raise SystemExit("a second lock was granted")
    except Exception as error:
        assert "另一个 drafter draft" in str(error), error
    session = Session.open(draft)
    session.answer(session.fields[0], "标题")
print("ok")
"""


def test_build_draft_and_batch_work_without_fcntl_and_with_chinese_paths(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "数据"
    folder.mkdir()
    (folder / "2023年报告.yaml").write_text(MINIMAL, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", WITHOUT_FCNTL, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
    assert (tmp_path / "报告.docx").stat().st_size > 0 and (tmp_path / "批量" / "2023年报告.docx").is_file()
    assert "title: 标题" in (tmp_path / "起草.yaml").read_text(encoding="utf-8")


# --- batch never aborts ----------------------------------------------------------------------------

needs_fork = pytest.mark.skipif(__import__("multiprocessing").get_start_method() != "fork",
                                reason="the fault is injected into the parent and reaches workers by fork")
GOOD = 10


def fault_data_error(folder, monkeypatch):
    (folder / "fault.yaml").write_text(MINIMAL.replace("date: 2024-05-10", "date: 2023-06-31"), encoding="utf-8")


def inject(monkeypatch, module_name: str, function: str, fault) -> None:
    """Make ``module.function`` call ``fault()`` for the report named fault, and work as ever for the others."""
    import importlib

    module = importlib.import_module(module_name)
    real = getattr(module, function)

    def faulty(path, *args, **kwargs):
        if Path(path).stem == "fault":
            fault()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(module, function, faulty)


def raising(error_number: int, kind=OSError):
    def fault():
        raise kind(error_number, os.strerror(error_number))
    return fault


def fault_disk_full(folder, monkeypatch):
    import errno

    (folder / "fault.yaml").write_text(MINIMAL, encoding="utf-8")
    inject(monkeypatch, "drafter.batch.worker", "write_atomically", raising(errno.ENOSPC))  # where the batch writes its outputs


def fault_read_only_output(folder, monkeypatch):
    """Injected: as root (CI) a read-only folder is still writable, so its refusal is played."""
    import errno

    (folder / "fault.yaml").write_text(MINIMAL, encoding="utf-8")
    inject(monkeypatch, "drafter.batch.worker", "write_atomically", raising(errno.EACCES, PermissionError))


def fault_folder_in_the_way(folder, monkeypatch):
    (folder / "fault.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder.parent / "out").mkdir()
    (folder.parent / "out" / "fault.docx").mkdir()  # a folder where the report goes


def fault_killed_worker(folder, monkeypatch):
    import signal

    (folder / "fault.yaml").write_text(MINIMAL, encoding="utf-8")
    inject(monkeypatch, "drafter.pipeline", "build_report", lambda: os.kill(os.getpid(), signal.SIGKILL))


def fault_internal_error(folder, monkeypatch):
    def bug():
        raise ValueError("a bug in drafter")

    (folder / "fault.yaml").write_text(MINIMAL, encoding="utf-8")
    inject(monkeypatch, "drafter.pipeline", "build_report", bug)


def fault_nul_in_file(folder, monkeypatch):
    (folder / "fault.yaml").write_bytes(MINIMAL.encode("utf-8").replace("一段正文".encode("utf-8"), b"\0"))


FAULTS = {"nul_in_file": fault_nul_in_file, "read_only_output": fault_read_only_output, "data_error": fault_data_error, "disk_full": fault_disk_full, "folder_in_the_way": fault_folder_in_the_way,
          "killed_worker": fault_killed_worker, "internal_error": fault_internal_error}


@needs_fork
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fault", FAULTS)
def test_batch_fault_in_one_job_fails_that_job_only(tmp_path, capsys, monkeypatch, fault, jobs):
    if fault == "killed_worker" and jobs == "1":
        pytest.skip("-j 1 builds in the command's own process")
    folder = tmp_path / "data"
    folder.mkdir()
    for number in range(GOOD):
        (folder / f"good{number:02}.yaml").write_text(MINIMAL, encoding="utf-8")
    FAULTS[fault](folder, monkeypatch)
    code, output = run(["batch", folder, "-o", tmp_path / "out", "-j", jobs, "-q"], capsys)
    assert code == 2 and "Traceback" not in output
    assert f"成功 {GOOD} 份，失败 1 份" in output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    status = {Path(r["input"]).stem: r["status"] for r in manifest["reports"]}
    assert status.pop("fault") == "failed" and set(status.values()) == {"ok"} and len(status) == GOOD
    assert all((tmp_path / "out" / f"good{n:02}.docx").stat().st_size > 0 for n in range(GOOD))


def test_batch_name_too_long_for_the_file_system_is_shortened_and_said(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    title = "XX县教育局关于" + "进一步加强和改进新时代义务教育阶段学校课后服务与作业管理" * 8 + "的报告"
    (folder / "long.yaml").write_text(MINIMAL.replace("XX县教育局关于2023年工作情况的报告", title), encoding="utf-8")
    (folder / "nul.yaml").write_text(MINIMAL.replace("XX县教育局关于2023年工作情况的报告", '"甲\\0乙\\u202e丙的报告"'), encoding="utf-8")
    for attempt in range(2):
        code, output = run(["batch", folder, "-o", tmp_path / f"out{attempt}", "--name", "data", "-q"], capsys)
        assert code == 0, output
    names = [sorted(p.name for p in (tmp_path / f"out{n}").glob("*.docx")) for n in range(2)]
    assert names[0] == names[1] and all(len(name.encode("utf-8")) <= 255 for name in names[0])
    assert any(re.search(r"-[0-9a-f]{10}\.docx$", name) for name in names[0]) and "已缩短" in output
    assert not any(char in "".join(names[0]) for char in "\0\u202e")
    manifest = json.loads((tmp_path / "out0" / "manifest.json").read_text(encoding="utf-8"))
    assert [r for r in manifest["reports"] if r["input"].endswith("long.yaml")][0]["shortened_from"].endswith("的报告")


FAKE_SOFFICE = """#!/bin/sh
echo $$ >> "{pids}"
exec sleep 120
"""


def slow_libreoffice(tmp_path) -> tuple[dict, Path]:
    """An environment whose soffice never finishes (and whose temporary files go in ``tmp_path/tmp``),
    and the file where each one writes its pid."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (tmp_path / "tmp").mkdir()
    pids = tmp_path / "soffice.pids"
    (folder / "soffice").write_text(FAKE_SOFFICE.format(pids=pids), encoding="utf-8")
    (folder / "soffice").chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}", "TMPDIR": str(tmp_path / "tmp")}, pids


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat") as stat:  # a zombie waiting for its parent is gone too
        return stat.read().split(")")[-1].split()[0] == "Z"


def wait_until(condition, seconds=30):
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def batch_of_pdfs(tmp_path, count=6):
    folder = tmp_path / "data"
    folder.mkdir()
    for number in range(count):
        (folder / f"r{number}.yaml").write_text(MINIMAL, encoding="utf-8")
    return folder


@pytest.mark.skipif(os.name != "posix" or not os.path.isdir("/proc"), reason="signals and /proc")
def test_batch_ctrl_c_during_pdf_conversions_stops_at_once_and_ends_libreoffice(tmp_path):
    import signal
    import shutil
    import subprocess
    import time

    env, pids = slow_libreoffice(tmp_path)
    out = tmp_path / "out"
    process = subprocess.Popen([shutil.which("drafter"), "batch", str(batch_of_pdfs(tmp_path)), "-o", str(out), "-j", "2", "--format", "docx,pdf", "-q"],
                               env=env, stderr=subprocess.PIPE, text=True)
    assert wait_until(lambda: pids.exists() and len(pids.read_text().split()) == 2)
    process.send_signal(signal.SIGINT)
    asked = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    stopped = time.monotonic() - asked
    assert process.returncode == 130 and "Traceback" not in stderr, stderr
    assert stopped < 20  # the conversions would have run for 120 s
    assert wait_until(lambda: all(gone(int(pid)) for pid in pids.read_text().split()), 10)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["interrupted"] and len(manifest["reports"]) == 6
    for record in manifest["reports"]:  # each .docx was whole before LibreOffice started: built; the PDF not
        assert record["status"] == "partly built" and [o["format"] for o in record["outputs"]] == ["docx"], record
        assert Path(record["outputs"][0]["path"]).stat().st_size == record["outputs"][0]["bytes"] and record["not_built"][0].endswith(".pdf")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    assert not list((tmp_path / "tmp").iterdir())  # the batch's LibreOffice folder removed


@pytest.mark.skipif(os.name != "posix" or not os.path.isdir("/proc"), reason="signals and /proc")
def test_batch_killed_parent_leaves_no_worker_or_libreoffice_behind(tmp_path):
    import signal
    import shutil
    import subprocess

    env, pids = slow_libreoffice(tmp_path)
    process = subprocess.Popen([shutil.which("drafter"), "batch", str(batch_of_pdfs(tmp_path)), "-o", str(tmp_path / "out"), "-j", "2", "--format", "pdf", "-q"],
                               env=env, stderr=subprocess.DEVNULL)
    assert wait_until(lambda: pids.exists() and len(pids.read_text().split()) == 2)
    workers = [int(p) for p in subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()]
    assert workers
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert wait_until(lambda: all(gone(pid) for pid in workers + [int(p) for p in pids.read_text().split()]), 15)
    assert not list((tmp_path / "tmp").iterdir())  # each worker removed its LibreOffice folder, the last one the batch's


# --- terminal hygiene and consoles -----------------------------------------------------------------

def drafter_process(*args, env=None, **kwargs):
    import shutil
    import subprocess

    return subprocess.run([shutil.which("drafter"), *map(str, args)], capture_output=True, env={**os.environ, **(env or {})}, timeout=120, **kwargs)


def test_control_sequences_from_data_and_file_names_are_shown_not_obeyed(tmp_path):
    data = tmp_path / "name\x1b[2J.yaml"
    data.write_text('title: "\\e[31m红\\u202e字"\nissuer: x\n', encoding="utf-8")
    result = drafter_process("build", data, "-o", tmp_path / "r.docx")
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "\x1b" not in stderr and "name␛[2J.yaml:" in stderr
    preview = drafter_process("preview", tmp_path / "ok.yaml", cwd=tmp_path)  # a missing file: the message is plain too
    assert b"\x1b" not in preview.stderr
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL.replace("一段正文。", '"一段\\e[31m正文\\u202e。"'), encoding="utf-8")
    shown = drafter_process("preview", good).stdout.decode("utf-8")
    assert "一段␛[31m正文\\u202e。" in shown and "\x1b" not in shown and "\u202e" not in shown
    checked = drafter_process("check", good).stdout.decode("utf-8")
    assert "\x1b" not in checked and "\u202e" not in checked


def test_console_in_gbk_never_raises_unicode_encode_error(tmp_path):
    data = tmp_path / "data.yaml"
    data.write_text(MINIMAL.replace("recipient:", "😀recipient:") + "\n", encoding="utf-8")
    result = drafter_process("build", data, env={"PYTHONIOENCODING": "gbk"})
    assert result.returncode == 2 and b"Traceback" not in result.stderr and b"UnicodeEncodeError" not in result.stderr
    assert "未知字段".encode("gbk") in result.stderr
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL.replace("一段正文。", "一段正文😀。"), encoding="utf-8")
    shown = drafter_process("preview", good, env={"PYTHONIOENCODING": "gbk"})
    assert shown.returncode == 0 and "一段正文".encode("gbk") in shown.stdout


def test_output_piped_into_head_ends_quietly(tmp_path):
    import shutil
    import subprocess

    data = tmp_path / "long.yaml"
    data.write_text(MINIMAL.replace("      - 一段正文。", "\n".join(["      - 一段很长的正文，" + "内容" * 200 + "。"] * 400)), encoding="utf-8")
    read, write = os.pipe()
    os.close(read)  # the reader has gone, as head does after its lines
    try:
        result = subprocess.run([shutil.which("drafter"), "preview", str(data)], stdout=write, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write)
    assert result.stderr == b"" and result.returncode == 141


# --- hostile .docx: inputs to check and import, and the reference document ----------------------------

LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10))
          + b']>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style>&lol9;</w:style></w:styles>')


def docx_with(tmp_path, name, replace: dict[str, bytes] = None, big_part: str = None, size: int = 0) -> Path:
    """A real report's .docx with parts replaced, or one part made ``size`` bytes of spaces (compressed)."""
    import zipfile

    from drafter.pipeline import build_report, docx_bytes

    data = tmp_path / "source.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    original = zipfile.ZipFile(__import__("io").BytesIO(docx_bytes(build_report(data))))
    target = tmp_path / name
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            if entry.filename == big_part:
                info = zipfile.ZipInfo(entry.filename)
                info.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(info, "w", force_zip64=True) as stream:
                    chunk = b" " * (1 << 20)
                    for _ in range(size >> 20):
                        stream.write(chunk)
            else:
                archive.writestr(entry.filename, (replace or {}).get(entry.filename, original.read(entry)))
    return target


BAD_PACKAGES = {
    "zip_bomb_document": (lambda t: docx_with(t, "bomb.docx", big_part="word/document.xml", size=300 << 20), "压缩炸弹"),
    "entity_bomb_document": (lambda t: docx_with(t, "laughs.docx", {"word/document.xml": LAUGHS}), "DOCTYPE"),
    "truncated": (lambda t: _truncated(docx_with(t, "cut.docx")), "不是可读的"),
    "encrypted_office_file": (lambda t: _write(t / "locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000 + "EncryptedPackage".encode("utf-16-le")), "加密"),
    "malformed_xml": (lambda t: docx_with(t, "malformed.docx", {"word/document.xml": b"<w:document><w:body><w:p>"}), "不是可读的"),
}


def _write(path, content):
    path.write_bytes(content)
    return path


def _truncated(path):
    content = path.read_bytes()
    return _write(path, content[: len(content) // 2])


@pytest.mark.parametrize("command", ["check", "import"])
@pytest.mark.parametrize("case", BAD_PACKAGES)
def test_hostile_or_broken_docx_gets_a_message(tmp_path, capsys, case, command):
    make, words = BAD_PACKAGES[case]
    path = make(tmp_path)
    args = ["check", path] if command == "check" else ["import", path, "-o", tmp_path / "out.yaml"]
    code, output = run(args, capsys)
    assert code == 2 and words in output and "Traceback" not in output, output
    assert not (tmp_path / "out.yaml").exists()


@pytest.mark.parametrize("case", ["zip_bomb_styles", "entity_bomb_styles"])
def test_hostile_reference_doc_is_refused_before_any_build(tmp_path, capsys, write_data, case):
    if case == "zip_bomb_styles":
        reference = docx_with(tmp_path, "house.docx", big_part="word/styles.xml", size=300 << 20)
    else:
        reference = docx_with(tmp_path, "house.docx", {"word/styles.xml": LAUGHS})
    code, output = run(["build", write_data(MINIMAL), "-o", tmp_path / "r.docx", "--reference-doc", reference], capsys)
    assert code == 2 and "house.docx" in output and "Traceback" not in output
    assert not (tmp_path / "r.docx").exists()


# --- templates: bounded in size and time -----------------------------------------------------------

RUNAWAY_TEMPLATES = {
    "nested_range": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested_loop_over_one_range": "{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% for k in r %}{% endfor %}{% endfor %}{% endfor %}",
    "string_doubling_with_tilde": '{% set ns = namespace(s="x") %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}',
    "string_doubling_with_plus": '{% set ns = namespace(s="x") %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}',
    "huge_width_filter": '{{ "x" | center(1000000000) }}',
    "huge_width_method": '{{ "x".ljust(1000000000) }}',
    "huge_width_format": '{{ "%1000000000s" % "x" }}',
    "huge_join": '{% set s = "x" * 1000000 %}{{ ([s] * 1000) | join }}',
    "huge_output": '{% for i in range(100000) %}{{ "x" * 1000 }}{% endfor %}',
    "repeated_long_item_printed": "{{ ['x'*1000000]*1000000 }}",  # 10**6 items, 10**12 characters: 5 GB in 15 s before
    "summed_repeated_lists": "{{ ([[1]*1000000]*1000)|sum(start=[]) }}",  # one C call past any time limit before
    "summed_long_lists": "{% set l = [1]*1000000 %}{{ [l, l, l, l, l]|sum(start=[]) }}",
    "big_number_squared": "{% set ns = namespace(x=1) %}{% set ns.x = 3**2000 %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x > 0 }}",
    "added_nested_lists": "{% set l = [[1]*1000000] %}{% set ns = namespace(x=l) %}{% for i in range(20) %}{% set ns.x = ns.x + ns.x %}{% endfor %}{{ ns.x|length }}",
}


@pytest.mark.parametrize("case", RUNAWAY_TEMPLATES)
def test_runaway_template_is_stopped_with_its_line(tmp_path, capsys, monkeypatch, write_data, case):
    import drafter.assemble.sandbox

    monkeypatch.setattr(drafter.assemble.sandbox, "RENDER_SECONDS", 1.0)
    folder = tmp_path / "templates" / "mine"
    folder.mkdir(parents=True)
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n{% block before_parts %}\n' + RUNAWAY_TEMPLATES[case] + "\n{% endblock %}\n", encoding="utf-8")
    data = write_data(MINIMAL + "template: mine/report.j2\n")
    code, output = run(["build", data, "-o", tmp_path / "r.docx", "--templates", tmp_path / "templates"], capsys)
    assert code == 2 and "Traceback" not in output, output
    assert re.search(r"report\.j2(:3)?: ", output), output  # the line, where the render could be stopped at one
    assert not (tmp_path / "r.docx").exists()


def test_libreoffice_profile_is_private_and_removed(tmp_path, monkeypatch, write_data):
    import stat

    import drafter.office.libreoffice
    from drafter.pipeline import build_report, pdf_bytes

    seen = {}

    def fake_run(command, environment, timeout):
        import io
        import zipfile

        profile = Path(__import__("urllib.parse").parse.unquote(next(a for a in command if a.startswith("-env:")).split("file://", 1)[1]))
        seen["profile"] = profile
        seen["mode"] = stat.S_IMODE(profile.stat().st_mode)
        outdir, target = Path(command[command.index("--outdir") + 1]), command[command.index("--convert-to") + 1].split(":")[0]
        outdir.mkdir(exist_ok=True)
        for name in (Path(a) for a in command if a.endswith((".docx", ".odt"))):
            if target == "odt":  # the .docx by way of ODF: a package with a style to set right
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w") as odt:
                    odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
                    odt.writestr("styles.xml", '<s style:punctuation-wrap="hanging"/>')
                (outdir / (name.stem + ".odt")).write_bytes(buffer.getvalue())
            else:
                assert b'punctuation-wrap="simple"' in zipfile.ZipFile(name).read("styles.xml")
                (outdir / (name.stem + ".pdf")).write_bytes(b"%PDF-1.4 fake\n%%EOF\n")
        return 0, b""

    monkeypatch.setattr(drafter.office.libreoffice, "soffice", lambda: "soffice")
    monkeypatch.setattr(drafter.office.libreoffice, "run_child", fake_run)
    assert pdf_bytes(build_report(write_data(MINIMAL))) == b"%PDF-1.4 fake\n%%EOF\n"
    assert seen["mode"] & 0o077 == 0  # nobody else may read or plant anything there
    assert not seen["profile"].exists() and not seen["profile"].parent.exists()


def test_output_name_near_the_file_system_limit_is_written(tmp_path, capsys, write_data):
    target = tmp_path / ("报" * 80 + ".docx")  # 245 bytes: the temporary name beside it would not fit
    code, output = run(["build", write_data(MINIMAL), "-o", target], capsys)
    assert code == 0, output
    assert target.stat().st_size > 0 and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_check_settings_file_bomb_is_refused_like_data(tmp_path, capsys, write_data):
    (tmp_path / ".drafter.yaml").write_text(alias_bomb(), encoding="utf-8")
    code, output = run(["check", write_data(MINIMAL)], capsys)
    assert code == 2 and ".drafter.yaml" in output and "超过 200000 个值" in output


def test_stock_phrases_bomb_costs_only_its_completions(tmp_path):
    from drafter.drafting.terminal import stock_phrases

    (tmp_path / "fragments").mkdir()
    (tmp_path / "fragments" / "phrases.yaml").write_text(alias_bomb(), encoding="utf-8")
    assert "进一步" in "".join(stock_phrases((str(tmp_path),)))  # the built-in phrases are still offered


# --- messages a clerk can read (issue: the clerk's first hour) -------------------------------------

def test_yaml_syntax_error_is_in_chinese_with_the_line_and_a_mark(tmp_path, capsys, write_data):
    code, output = run(["build", write_data(MINIMAL.replace("recipient: 县人民政府", "recipient: [县人民政府")), "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "方括号 [ ] 中的列表没有闭合" in output and "expected" not in output
    assert ":3:12: " in output and "\n    recipient: [县人民政府\n               ^" in output  # under the [, Chinese counted two cells


def test_data_places_are_named_as_a_clerk_reads_them(tmp_path, capsys, write_data):
    code, output = run(["build", write_data(MINIMAL.replace("      - 一段正文。", "      - 一段正文。\n      - {heading: ''}")), "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "主要做法及成效（achievements） → 第2项 → 小标题（heading）" in output


@pytest.mark.parametrize("body, words", [
    ("@p {{ titel }}", "未定义的名称「titel」"),
    ("@p {{ parts.achievements.foo }}", "数据中没有字段「foo」"),
    ("@p {{ title }", "这里不应出现「}」"),
    ("{% iff x %}", "不认识的标签「iff」"),
    ("{{ x | bogus }}", "没有名为「bogus」的过滤器"),
])
def test_template_errors_are_explained_at_the_template_line(tmp_path, capsys, write_data, body, words):
    folder = tmp_path / "templates" / "mine"
    folder.mkdir(parents=True)
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n{% block before_parts %}\n' + body + "\n{% endblock %}\n", encoding="utf-8")
    code, output = run(["build", write_data(MINIMAL + "template: mine/report.j2\n"), "-o", tmp_path / "r.docx", "--templates", tmp_path / "templates"], capsys)
    assert code == 2 and words in output and re.search(r"report\.j2:3: ", output), output


def misspelt_placeholder(write_data):
    return write_data(MINIMAL.replace("一段正文。", "人均{人均成绩}。") + "metrics:\n  人均分: {value: 428.1, previous: 401.91, unit: 分}\n")


def test_an_undeclared_placeholder_is_an_error_in_build_preview_and_batch_with_the_nearest_names(tmp_path, capsys, write_data):
    data = misspelt_placeholder(write_data)
    for command in (["build", data, "-o", tmp_path / "r.docx"], ["build", data, "-o", tmp_path / "r.txt"], ["preview", data]):
        code, output = run(command, capsys)
        assert code == 2 and f"{data}:9:11: 错误：「{{人均成绩}}」不是已声明的数据指标" in output and "是不是「{人均分}」" in output
        assert "人均{人均成绩}" not in output  # nothing printed
    assert not (tmp_path / "r.docx").exists() and not (tmp_path / "r.txt").exists()
    good = write_data(MINIMAL, "good.yaml")
    code, output = run(["batch", data, good, "-o", tmp_path / "out", "-q"], capsys)
    assert code == 2 and "人均成绩" in output and "成功 1 份，失败 1 份" in output
    manifest = (tmp_path / "out" / "manifest.json").read_text(encoding="utf-8")
    assert "人均成绩" in manifest
    code, output = run(["check", data], capsys)
    assert "错误" in output and "[metric]" in output and "人均成绩" in output


def test_doubled_braces_print_the_braces_themselves_and_are_no_placeholder(tmp_path, capsys, write_data):
    data = write_data(MINIMAL.replace("一段正文。", "填写{{人均成绩}}一栏，人均{人均分}。") + "metrics:\n  人均分: {value: 428.1, previous: 401.91, unit: 分}\n")
    code, output = run(["preview", data], capsys)
    assert code == 0 and "填写{人均成绩}一栏，人均428.1分。" in output and "警告" not in output


def test_batch_check_prints_a_count_per_file(tmp_path, capsys, write_data):
    data = write_data(MINIMAL.replace("一段正文。", "完成了了目标。"))
    code, output = run(["batch", data, "-o", tmp_path / "out", "--check", "-q"], capsys)
    assert code == 0 and f"{data}: 检查发现 1 处（错误 1，警告 0，提示 0）" in output


def test_carry_over_points_its_schema_at_the_installed_one_and_flags_last_years_values(tmp_path, capsys):
    from conftest import EXAMPLES

    example = next(e for e in EXAMPLES if e.stem.startswith("county-annual"))
    target = tmp_path / "sub" / "2024.yaml"
    target.parent.mkdir()
    assert run(["carry-over", example, "-o", target], capsys)[0] == 0
    first = target.read_text(encoding="utf-8").split("\n")[0]
    assert (target.parent / first.split("=", 1)[1]).resolve().name == "report.schema.json"
    text = target.read_text(encoding="utf-8")
    assert "2023－2024学年度县（区）教育工作考核自查自评工作的通知  # 待核对" in text and "basis: 专题研究教育重大问题7次  # 待核对" in text
    code, output = run(["check", target], capsys)
    assert output.count("[stale-value]") == text.count("# 待核对")
    assert run(["check", _answered(target)], capsys)[1].count("[stale-value]") == 0


def _answered(path):
    """The clerk has checked every flagged value and deleted its comment."""
    answered = path.with_name("answered.yaml")
    answered.write_text(re.sub(r"  # 待核对：.*", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    return answered


def test_scheme_new_copies_point_their_schema_at_the_installed_one(tmp_path, capsys):
    assert run(["scheme", "new", "county-2026", "--from", "county-annual-assessment", "--to", tmp_path], capsys)[0] == 0
    first = (tmp_path / "county-2026" / "scheme.yaml").read_text(encoding="utf-8").split("\n")[0]
    assert (tmp_path / "county-2026" / first.split("=", 1)[1]).resolve().name == "scheme.schema.json"


def test_help_lines_up_chinese_option_names_in_terminal_cells(capsys):
    from wcwidth import wcswidth

    with pytest.raises(SystemExit):
        main(["build", "--help"])
    lines = capsys.readouterr().out.split("\n")
    starts = {wcswidth(line[:line.index(text)]) for line in lines for text in ("报告数据文件（.yaml）", "显示本帮助并退出", "另外生成同名的") if text in line}
    assert len(starts) == 1 and all(wcswidth(line) <= 80 for line in lines)


def test_a_reference_doc_that_breaks_the_grid_is_named_with_what_it_changes(tmp_path, capsys, write_data):
    import docx
    from docx.shared import Pt

    house = docx.Document()
    house.styles["Normal"].font.size = Pt(10.5)
    house.save(tmp_path / "house.docx")
    code, output = run(["build", write_data(MINIMAL), "-o", tmp_path / "r.docx", "--reference-doc", tmp_path / "house.docx"], capsys)
    assert code == 0 and "22 行" in output and "Normal：字号 16 磅 → 10.5 磅" in output and "行距 28.95 磅" in output
