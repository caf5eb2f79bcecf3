"""drafter batch: a folder of good, broken and clashing files; the manifest; a clean stop on Ctrl-C."""

import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

from drafter import batch

from conftest import EXAMPLES, MINIMAL
from test_cli import DRAFTER, drafter


@pytest.fixture
def mixed(tmp_path):
    """Three good reports (one in a subfolder), one that is not YAML, one with a misspelt field."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for example in EXAMPLES:
        shutil.copy(example, folder / ("sub" if example.stem.startswith("county-bureau") else "") / example.name)
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (folder / "sub" / "typo.yaml").write_text(MINIMAL.replace("recipient:", "recipent:"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_never_stop_good_ones(tmp_path, mixed, jobs):
    out = tmp_path / "out"
    result = drafter("batch", mixed, "-o", out, "-j", jobs, "--format", "docx,txt", cwd=tmp_path)
    assert result.returncode == 2
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{e.stem}.{fmt}" for e in EXAMPLES for fmt in ("docx", "txt")] + ["manifest.json"])
    assert f"{mixed / 'broken.yaml'}:1:8: 错误：YAML 语法错误" in result.stderr and "Traceback" not in result.stderr  # at the [ left open
    assert f"{mixed / 'sub' / 'typo.yaml'}:3:1: 错误：" in result.stderr and "recipent" in result.stderr
    assert "成功 3 份，失败 2 份。" in result.stderr
    for example in EXAMPLES:
        assert f"{example.stem}.docx" in result.stderr


def test_manifest_lists_inputs_outputs_checksums_and_problems(tmp_path, mixed):
    out = tmp_path / "out"
    drafter("batch", mixed, "-o", out, "--check", "-q", cwd=tmp_path)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["succeeded"], manifest["failed"], manifest["interrupted"]) == (3, 2, False)
    by_input = {r["input"]: r for r in manifest["reports"]}
    good = by_input[str(mixed / "county-annual-assessment-2022-2023.yaml")]
    [output] = good["outputs"]
    assert output["sha256"] == hashlib.sha256((out / "county-annual-assessment-2022-2023.docx").read_bytes()).hexdigest()
    assert {f["rule"] for f in good["findings"]} == {"nested-book-title", "range-connector"}
    broken = by_input[str(mixed / "broken.yaml")]
    assert broken["status"] == "failed" and broken["problems"][0]["line"] == 1


def test_a_name_clash_fails_the_inputs_concerned_naming_each_other_and_the_rest_build(tmp_path, mixed):
    clashing = mixed / "sub" / EXAMPLES[0].name
    shutil.copy(EXAMPLES[0], clashing)
    out = tmp_path / "out"
    result = drafter("batch", mixed, "-o", out, "--format", "docx,txt", cwd=tmp_path)
    assert result.returncode == 2 and "同名" in result.stderr and "Traceback" not in result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    by_input = {r["input"]: r for r in manifest["reports"]}
    first, second = by_input[str(mixed / EXAMPLES[0].name)], by_input[str(clashing)]
    assert first["status"] == second["status"] == "failed" and first["outputs"] == second["outputs"] == []
    assert str(clashing) in first["problems"][0]["message"] and str(mixed / EXAMPLES[0].name) in second["problems"][0]["message"]
    assert len(first["problems"]) == 1  # one clash, though both formats share the name
    assert (manifest["succeeded"], manifest["failed"]) == (2, 4)
    assert not (out / f"{EXAMPLES[0].stem}.docx").exists()  # neither overwrote the other
    assert all((out / f"{e.stem}.docx").exists() for e in EXAMPLES[1:])


def test_inputs_named_by_data_that_map_to_one_name_fail_and_the_manifest_is_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES[0], folder / "a.yaml")
    shutil.copy(EXAMPLES[0], folder / "b.yaml")
    shutil.copy(EXAMPLES[1], folder / "c.yaml")
    result = drafter("batch", folder, "-o", tmp_path / "out", "--name", "data", cwd=tmp_path)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert result.returncode == 2 and (manifest["succeeded"], manifest["failed"]) == (1, 2)
    assert "--name input" in result.stderr


def link_loop_and_fifo(folder):
    """A folder with a good report, a link to itself, two links to each other, a dangling link and a FIFO."""
    folder.mkdir()
    shutil.copy(EXAMPLES[0], folder / "good.yaml")
    os.symlink("self.yaml", folder / "self.yaml")
    os.symlink("b.yaml", folder / "a.yaml")
    os.symlink("a.yaml", folder / "b.yaml")
    os.symlink("nowhere.yaml", folder / "dangling.yaml")
    os.symlink(".", folder / "around")  # a folder that holds itself: the search must not go round
    os.mkfifo(folder / "pipe.yaml")
    return folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symbolic links as POSIX makes them")
@pytest.mark.parametrize("given", ["folder", "glob", "named"])
def test_a_link_loop_or_a_fifo_among_the_inputs_fails_alone_and_the_rest_build(tmp_path, given):
    folder = link_loop_and_fifo(tmp_path / "in")
    names = ["good", "self", "a", "b", "dangling", "pipe"]
    inputs = {"folder": [str(folder)], "glob": [str(folder / "*.yaml")], "named": [str(folder / f"{n}.yaml") for n in names]}[given]
    result = subprocess.run([DRAFTER, "batch", *inputs, "-o", str(tmp_path / "out"), "-q"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    by_name = {Path(r["input"]).name: r for r in manifest["reports"]}
    assert by_name["good.yaml"]["status"] == "ok" and (tmp_path / "out" / "good.docx").exists()
    reasons = {name: by_name[f"{name}.yaml"]["problems"][0]["message"] for name in names[1:]}
    assert "绕成了圈" in reasons["self"] and "绕成了圈" in reasons["a"] and "绕成了圈" in reasons["b"]
    assert "指向的文件不存在" in reasons["dangling"] and "命名管道" in reasons["pipe"]
    assert (manifest["succeeded"], manifest["failed"]) == (1, 5)


def test_ctrl_c_while_pdfs_are_made_records_the_finished_docx_as_built(tmp_path, monkeypatch):
    """Stopped while LibreOffice makes a chunk's PDFs: every .docx written is in the manifest with its
    size and checksum, as partly built; only the reports that have nothing finished are not built."""
    import drafter.batch.worker
    from drafter.pipeline import BuildOptions

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(40):
        shutil.copy(EXAMPLES[0], folder / f"r{number:02}.yaml")

    def interrupted(waiting, workspace):
        raise KeyboardInterrupt  # Ctrl-C in the parent, while LibreOffice converts

    monkeypatch.setattr(drafter.batch.worker, "write_waiting_pdfs", interrupted)
    out = tmp_path / "out"
    out.mkdir()
    result = batch.run(batch.plan(batch.collect_inputs([str(folder)]), out, ["docx", "pdf"], "input"), 1, BuildOptions())
    written = sorted(out.glob("*.docx"))
    assert result.interrupted and len(written) == batch.PDF_CHUNK
    buffer = io.BytesIO()
    batch.write_manifest(buffer, result, ["docx", "pdf"])
    manifest = json.loads(buffer.getvalue())
    assert (manifest["succeeded"], manifest["partly_built"], manifest["not_started"]) == (0, len(written), 40 - len(written))
    partly = [r for r in manifest["reports"] if r["status"] == "partly built"]
    for record, path in zip(partly, written):
        [output] = record["outputs"]
        assert output["path"] == str(path) and output["bytes"] == path.stat().st_size
        assert output["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert record["not_built"] == [str(path.with_suffix(".pdf"))]
    result.outcomes.close()


def test_an_output_cut_short_is_not_taken_for_a_finished_one(tmp_path):
    job = batch.Job("r.yaml", (("docx", str(tmp_path / "r.docx")), ("txt", str(tmp_path / "r.txt"))))
    started = time.time_ns() - 10**9
    (tmp_path / "r.docx").write_bytes(b"PK\x03\x04 not a whole package")
    (tmp_path / "r.txt").write_text("一、总体情况\n", encoding="utf-8")
    finished = batch._finished_before_stop(job, started)
    assert [o["format"] for o in finished.outputs] == ["txt"] and finished.not_built == [str(tmp_path / "r.docx")]


def test_names_from_the_data_are_deterministic(tmp_path):
    sources = [EXAMPLES[0]]
    jobs = batch.plan(sources, tmp_path, ["docx"], "data")
    assert jobs == batch.plan(sources, tmp_path, ["docx"], "data")
    assert jobs[0].outputs[0][1].endswith("2022-_市人民政府-2022年履行教育职责自查自评情况的报告.docx")


def test_fail_fast_stops_after_the_first_failure(tmp_path, mixed):
    out = tmp_path / "out"
    result = drafter("batch", mixed, "-o", out, "-j", "1", "--fail-fast", cwd=tmp_path)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert result.returncode == 2 and manifest["failed"] == 1 and manifest["not_started"] >= 1


def test_globs_and_missing_inputs(tmp_path, mixed):
    jobs = batch.plan(batch.collect_inputs([str(mixed / "*.yaml")]), tmp_path, ["txt"], "input")
    assert sorted(p.name for p in map(lambda j: __import__("pathlib").Path(j.source), jobs)) == ["broken.yaml", "city-education-duty-2022.yaml", "county-annual-assessment-2022-2023.yaml"]
    result = drafter("batch", tmp_path / "nowhere", "-o", tmp_path / "out", cwd=tmp_path)
    assert result.returncode == 2 and "找不到" in result.stderr and "Traceback" not in result.stderr


def test_ctrl_c_stops_cleanly_leaving_only_whole_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(600):
        shutil.copy(EXAMPLES[0], folder / f"r{number:03}.yaml")
    out = tmp_path / "out"
    process = subprocess.Popen([DRAFTER, "batch", str(folder), "-o", str(out), "-j", "2", "-q"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.docx"))) < 20:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    written = sorted(out.glob("*.docx"))
    assert process.returncode == 130, stderr
    assert 20 <= len(written) < 600
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left
    for path in written:
        assert zipfile.ZipFile(path).testzip() is None
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["interrupted"] and manifest["succeeded"] == len(written) and manifest["not_started"] == 600 - len(written)
    assert "Traceback" not in stderr


def test_pdf_without_libreoffice_is_refused_before_building(tmp_path, monkeypatch):
    import drafter.office.libreoffice

    monkeypatch.setattr(drafter.office.libreoffice, "soffice", lambda: None)
    from drafter.cli import main

    assert main(["batch", str(EXAMPLES[0]), "-o", str(tmp_path / "out"), "--format", "pdf"]) == 2
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


class _Terminal:
    def __init__(self):
        self.written = ""

    def isatty(self):
        return True

    def write(self, text):
        self.written += text

    def flush(self):
        pass


def test_progress_shows_count_rate_and_time_left_on_a_terminal_only():
    terminal = _Terminal()
    progress = batch.Progress(10, terminal)
    progress.advance(4)
    line = terminal.written.split("\r")[-1]
    assert "4/10" in line and "/s" in line and "剩余" in line and line.startswith("[####")
    quiet = _Terminal()
    batch.Progress(10, quiet, enabled=False).advance(4)
    assert quiet.written == ""


# A stand-in for LibreOffice that converts its inputs in order, as soffice --convert-to does, but
# crashes or hangs on a report that asks it to; it logs each call's pid and number of inputs.
FAKE_SOFFICE = """\
import os, signal, sys, time, zipfile
from pathlib import Path
args = sys.argv[1:]
outdir = Path(args[args.index("--outdir") + 1])
target = args[args.index("--convert-to") + 1].split(":")[0]
inputs = [a for a in args if a.endswith((".docx", ".odt"))]
with open(os.environ["FAKE_SOFFICE_LOG"], "a") as log:
    log.write(f"{os.getpid()} {len(inputs)} {target}\\n")
outdir.mkdir(parents=True, exist_ok=True)
for name in inputs:
    package = zipfile.ZipFile(name)
    text = package.read("word/document.xml" if name.endswith(".docx") else "content.xml").decode("utf-8")
    if "让转换崩溃" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "让转换卡住" in text:
        time.sleep(600)
    output = outdir / (Path(name).stem + "." + target)
    if target == "odt":
        with zipfile.ZipFile(output, "w") as odt:
            odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            odt.writestr("content.xml", text)
            odt.writestr("styles.xml", '<s style:punctuation-wrap="hanging"/>')
    else:
        output.write_bytes(b"%PDF-1.4 stand-in\\n%%EOF\\n")
"""


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch):
    import sys

    import drafter.office.libreoffice

    if os.name != "posix":
        pytest.skip("the stand-in LibreOffice is a script run through its #! line")
    script = tmp_path / "soffice"
    script.write_text(f"#!{sys.executable}\n" + FAKE_SOFFICE, encoding="utf-8")
    script.chmod(0o755)
    log = tmp_path / "calls.log"
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    monkeypatch.setattr(drafter.office.libreoffice, "soffice", lambda: str(script))
    monkeypatch.setattr(drafter.office.libreoffice.Converter, "START_SECONDS", 1.0)
    monkeypatch.setattr(drafter.office.libreoffice.Converter, "EACH_SECONDS", 1.0)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the batch's workspace goes (TMPDIR is read once per process)
    return log


def pdf_batch(tmp_path, bodies):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    for number, body in enumerate(bodies):
        (folder / f"r{number}.yaml").write_text(MINIMAL.replace("一段正文。", body), encoding="utf-8")
    jobs = batch.plan(batch.collect_inputs([str(folder)]), out, ["docx", "pdf"], "input")
    return {Path(o.source).stem: o for o in batch.run(jobs, 1).outcomes}


def calls(log):
    """Each call's inputs and what it made: (count, "odt" or "pdf")."""
    return [(int(count), target) for _pid, count, target in (line.split() for line in log.read_text().splitlines())]


def pids(log):
    return [int(line.split()[0]) for line in log.read_text().splitlines()]


@pytest.mark.parametrize("fault, reason", [("让转换崩溃", "exit -11"), ("让转换卡住", "timeout")])
def test_a_libreoffice_that_crashes_or_hangs_fails_only_the_report_in_hand(tmp_path, fake_soffice, fault, reason):
    outcomes = pdf_batch(tmp_path, ["第一份。", "第二份。", f"第三份{fault}。", "第四份。", "第五份。"])
    assert [name for name, o in sorted(outcomes.items()) if not o.ok] == ["r2"]
    assert "LibreOffice" in outcomes["r2"].problems[0]["message"] and reason in outcomes["r2"].problems[0]["message"]
    for name in ("r0", "r1", "r3", "r4"):
        assert [o["format"] for o in outcomes[name].outputs] == ["docx", "pdf"]
        assert (tmp_path / "out" / f"{name}.pdf").read_bytes().startswith(b"%PDF")
    # .docx to .odt: one call for the chunk, then the three it did not finish, one call each;
    # then the four that made it, to PDF in one call
    assert calls(fake_soffice) == [(5, "odt"), (1, "odt"), (1, "odt"), (1, "odt"), (4, "pdf")]
    for pid in pids(fake_soffice):  # every LibreOffice ended, none left running
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not list(tmp_path.glob("drafter-batch-*"))  # the profiles and files in flight are gone


def test_pdfs_of_a_healthy_batch_take_one_call_per_chunk(tmp_path, fake_soffice):
    outcomes = pdf_batch(tmp_path, [f"第{n}份。" for n in range(batch.PDF_CHUNK + 3)])
    assert all(o.ok for o in outcomes.values())
    assert calls(fake_soffice) == [(batch.PDF_CHUNK, "odt"), (batch.PDF_CHUNK, "pdf"), (3, "odt"), (3, "pdf")]


def test_batches_one_after_another_in_one_process_leave_no_folder_behind(tmp_path, fake_soffice):
    """Each batch converts in its own workspace: a second batch in the same process (-j 1 runs in it)
    must not reuse, and so recreate, the first's removed folder."""
    for run in ("first", "second"):
        (tmp_path / run).mkdir()
        assert all(o.ok for o in pdf_batch(tmp_path / run, ["一份。", "两份。"]).values())
    assert not list(tmp_path.glob("drafter-batch-*"))
