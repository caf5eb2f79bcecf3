"""Files: a kill mid-write leaves the previous report whole; a full disk is a sentence, not a traceback."""

import errno
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import EXAMPLES, ROOT

WRITER = """
import sys
from drafter.files import write_atomically
target, size = sys.argv[1], int(sys.argv[2])
print("ready", flush=True)
while True:
    for fill in (b"A", b"B"):
        write_atomically(target, fill * size)
"""


@pytest.mark.parametrize("delay", [0.05, 0.13, 0.31])
def test_a_kill_during_writing_leaves_a_whole_file(tmp_path, delay):
    target = tmp_path / "report.docx"
    size = 8 * 1024 * 1024
    target.write_bytes(b"A" * size)
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(size)], cwd=ROOT, stdout=subprocess.PIPE)
    assert process.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    content = target.read_bytes()
    assert len(content) == size and content in (b"A" * size, b"B" * size)


def test_a_full_disk_is_reported_and_the_old_report_survives(tmp_path, monkeypatch, capsys):
    import drafter.files
    from drafter.cli import main

    target = tmp_path / "r.docx"
    assert main(["build", str(EXAMPLES[0]), "-o", str(target)]) == 0
    before = target.read_bytes()

    def full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(drafter.files.os, "fsync", full)
    assert main(["build", str(EXAMPLES[0]), "-o", str(target)]) == 2
    assert "无法写入：磁盘已满" in capsys.readouterr().err  # the OS said 「No space left on device」
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]


def test_an_output_folder_that_is_a_file_is_a_sentence(tmp_path, capsys):
    from drafter.cli import main

    (tmp_path / "afile").write_text("x", encoding="utf-8")
    assert main(["build", str(EXAMPLES[0]), "-o", str(tmp_path / "afile" / "r.docx")]) == 2
    assert "不存在" in capsys.readouterr().err


def test_temporary_files_a_killed_writer_left_are_swept_later(tmp_path):
    from drafter.files import STALE_SECONDS, write_atomically

    target = tmp_path / "report.docx"
    stale, fresh, other = (tmp_path / ".report.docx.abc123.part", tmp_path / ".report.docx.def456.part", tmp_path / ".other.docx.x.part")
    for path in (stale, fresh, other):
        path.write_bytes(b"half")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_atomically(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert not stale.exists() and fresh.exists() and other.exists()  # another writer's may still be at work


@pytest.mark.parametrize("number, words", [(errno.ENOENT, "不存在"), (errno.EACCES, "没有权限"), (errno.ENOSPC, "磁盘已满"),
                                           (errno.EROFS, "只读"), (errno.ENAMETOOLONG, "文件名太长")])
def test_what_the_system_says_reaches_the_clerk_in_words(number, words):
    """「No space left on device」 and the like came through as the OS worded them (issue 31)."""
    from drafter.files import cannot_write, os_reason

    error = OSError(number, os.strerror(number))
    assert os_reason(error) == words or words in os_reason(error)
    assert words in cannot_write("报告.docx", error).message and os.strerror(number) not in cannot_write("报告.docx", error).message


@pytest.mark.parametrize("cut", [10, 200, -30])
def test_a_damaged_docx_is_told_in_words_not_by_the_librarys_error_class(tmp_path, cut):
    """A .docx cut short said 「BadZipFile」; each reader now says what is wrong in words (issue 31)."""
    import re

    from drafter.errors import DrafterError
    from drafter.importer import import_file
    from drafter.pipeline import build_report, docx_bytes



    whole = docx_bytes(build_report(EXAMPLES[0]))
    path = tmp_path / "去年.docx"
    path.write_bytes(whole[:cut])
    with pytest.raises(DrafterError) as caught:
        import_file(path)
    message = caught.value.problems[0].message
    assert not re.search(r"[A-Z][a-z]+(Error|File|Exception)", message), message
