"""The benchmark's parts still work: its generated reports build, and the floor writes a readable .docx."""

import importlib.machinery
import importlib.util
import io
import sys
import zipfile

import pytest

from conftest import ROOT


def load(name, path):
    loader = importlib.machinery.SourceFileLoader(name, str(ROOT / "bench" / path))
    spec = importlib.util.spec_from_loader(name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_generated_reports_are_corpus_sized_and_build(tmp_path):
    run = load("bench_run", "run")
    sample = run.generate(tmp_path, 3)
    characters, paragraphs = run.size_of(sample)
    assert characters > 18000 and paragraphs > 120
    assert len(list(tmp_path.glob("*.yaml"))) == 3


def test_floor_writes_the_same_text_as_a_docx(tmp_path):
    run, floor = load("bench_run", "run"), load("bench_floor", "floor.py")
    sample = run.generate(tmp_path, 1)
    archive = zipfile.ZipFile(io.BytesIO(floor.floor_docx(sample)))
    document = archive.read("word/document.xml").decode("utf-8")
    assert archive.testzip() is None and "坚持党对教育工作的全面领导" in document


def test_the_serve_bench_times_a_saved_answer(tmp_path):
    import shutil

    serve = load("bench_serve", "serve")
    data = tmp_path / "report.yaml"
    shutil.copy(ROOT / "examples" / "county-bureau-work-report-2023.yaml", data)
    assert serve.answer_ms(data, 2) > 0
    assert "XX县人民政府1" in data.read_text(encoding="utf-8")


def test_ratios_are_timed_in_turn(tmp_path):
    run = load("bench_run", "run")
    calls = []
    medians = run.in_process([lambda s: calls.append("a"), lambda s: calls.append("b")], "sample", 3)
    assert len(medians) == 2 and calls[10:] == ["a", "b"] * 3  # after 5 warm-up calls each
    stamp = tmp_path / "order"
    append = "import sys; open(sys.argv[1], 'a').write(sys.argv[2])"
    commands = [[sys.executable, "-c", append, str(stamp), letter] for letter in "xy"]
    assert len(run.timed_in_turn(commands, 2)) == 2 and stamp.read_text() == "xyxy"
    with pytest.raises(SystemExit):
        run.timed_in_turn([[sys.executable, "-c", "raise SystemExit(3)"]], 1)
