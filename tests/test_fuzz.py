"""Whatever a file holds, drafter ends in a clear, located problem or a valid .docx — never anything else.

CI runs a bounded slice; DRAFTER_FUZZ_EXAMPLES=20000 runs a longer one.
"""

import io
import os
import zipfile

import docx
from hypothesis import HealthCheck, given, settings, strategies as st

from drafter.errors import DrafterError
from drafter.pipeline import build_report, docx_bytes

from conftest import EXAMPLES, LETTERHEAD, MINIMAL

EXAMPLES_TEXT = [MINIMAL, MINIMAL + LETTERHEAD] + [e.read_text(encoding="utf-8") for e in EXAMPLES]
FUZZ = settings(max_examples=int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "120")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def outcome(path):
    """'refused' with located problems, or 'built' with a .docx that opens."""
    try:
        report = build_report(path)
    except DrafterError as error:
        assert error.problems and all(p.message for p in error.problems)
        return "refused"
    data = docx_bytes(report)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    docx.Document(io.BytesIO(data))
    return "built"


@st.composite
def mutated_reports(draw):
    """A real report's YAML with characters inserted, lines deleted or repeated, values replaced."""
    text = draw(st.sampled_from(EXAMPLES_TEXT))
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["insert", "delete", "repeat", "replace"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if action == "insert":
            line = lines[at]
            position = draw(st.integers(0, len(line)))
            lines[at] = line[:position] + draw(st.text(min_size=1, max_size=8)) + line[position:]
        elif action == "delete" and len(lines) > 1:
            del lines[at]
        elif action == "repeat":
            lines.insert(at, lines[at])
        elif ":" in lines[at]:
            key = lines[at].split(":", 1)[0]
            lines[at] = key + ": " + draw(st.sampled_from(["", "[]", "{}", "~", "yes", "-1", "1e999", "'", "&a x", "*a", "!!binary AA==", "|", "{{ x }}", "@end"]))
    return "\n".join(lines)


@FUZZ
@given(mutated_reports())
def test_mutated_reports_are_refused_plainly_or_built(tmp_path, text):
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass") if "\ud800" not in text else path.write_bytes(text.encode("utf-8", "replace"))
    outcome(path)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_are_refused_plainly_or_built(tmp_path, content):
    path = tmp_path / "r.yaml"
    path.write_bytes(content)
    outcome(path)


@FUZZ
@given(st.text(max_size=300))
def test_any_text_is_refused_plainly_or_built(tmp_path, text):
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8", errors="replace")
    outcome(path)


def test_a_huge_paragraph_builds(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(MINIMAL.replace("一段正文。", "很长的段落。" * 100_000), encoding="utf-8")
    assert outcome(path) == "built"


def test_too_large_a_file_is_refused(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(MINIMAL.replace("一段正文。", "字" * 2_000_000), encoding="utf-8")
    assert outcome(path) == "refused"


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(MINIMAL + "preface: " + "[" * 200 + "]" * 200 + "\n", encoding="utf-8")
    assert outcome(path) == "refused"


def test_ten_thousand_points_build(tmp_path):
    path = tmp_path / "r.yaml"
    points = ", ".join(f"第{n}项" for n in range(10_000))
    path.write_text(MINIMAL.replace("      - 一段正文。", f"      - {{text: 如下。, points: [{points}]}}"), encoding="utf-8")
    assert outcome(path) == "built"


def test_characters_xml_cannot_hold_are_left_out_everywhere(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(MINIMAL.replace("title: XX县教育局关于2023年工作情况的报告", 'title: "标题\\0有\\x1f控制\\x0b字符"')
                    .replace("issuer: XX县教育局", 'issuer: "机关\\0"').replace("一段正文。", '"正文\\0。"'), encoding="utf-8")
    assert outcome(path) == "built"
    document = docx.Document(io.BytesIO(docx_bytes(build_report(path))))
    assert document.core_properties.title == "标题有控制字符" and document.paragraphs[0].text == "标题有控制字符"


SCHEME = (EXAMPLES[0].parent.parent / "templates" / "county-annual-assessment" / "scheme.yaml").read_text(encoding="utf-8")
COUNTY = next(e for e in EXAMPLES if e.stem.startswith("county-annual")).read_text(encoding="utf-8")


@st.composite
def mutated_schemes(draw):
    """The county scheme with lines deleted, repeated or given odd values, as someone adapting it might."""
    lines = SCHEME.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "repeat", "replace", "insert"]))
        if action == "delete":
            del lines[at]
        elif action == "repeat":
            lines.insert(at, lines[at])
        elif action == "insert":
            position = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:position] + draw(st.text(min_size=1, max_size=6)) + lines[at][position:]
        elif ":" in lines[at]:
            key = lines[at].split(":", 1)[0]
            lines[at] = key + ": " + draw(st.sampled_from(["", "0", "-5", "1.5", "[]", "{}", "~", "'3.3'", "x/y.j2", "中文"]))
    return "\n".join(lines)


@FUZZ
@given(mutated_schemes())
def test_a_mangled_scheme_is_refused_plainly_or_used(tmp_path, monkeypatch, text):
    """A scheme someone edited badly: the build names the problem (in the scheme or the data) or succeeds."""
    folder = tmp_path / "mine" / "county-annual-assessment"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scheme.yaml").write_text(text, encoding="utf-8")
    (folder / "report.j2").write_text('{% extends "base/report.j2" %}\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_TEMPLATES", str(tmp_path / "mine"))
    path = tmp_path / "data.yaml"
    path.write_text(COUNTY, encoding="utf-8")
    outcome(path)


@FUZZ
@given(mutated_reports())
def test_draft_opens_any_data_plainly(tmp_path, text):
    """drafter draft on whatever the file holds: its fields, or a clear problem — never a traceback."""
    from drafter.drafting.session import Session

    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        session = Session.open(path)
    except DrafterError as error:
        assert error.problems and all(p.message for p in error.problems)
        return
    session.first_unanswered()
    for field in session.fields:
        session.text_to_show(field)


# --- every command that reads input, fed dates, numbers, tags, merge keys, aliases, encodings and file kinds

SLIPPERY_VALUES = [
    "2023-06-31", "2023-02-29", "2024-02-29", "2023-13-01", "0000-00-00", "2023-06-30 25:00:00", "2023-06-30T10:00:00Z", "20230630",
    "1e999", "1.0e+999", "-.inf", ".nan", ".NaN", "123456789012345678901234567890", "-99999999999999999", "0x1F", "0o17", "1_000", "+12", "1:30:00",
    "!!float 县人民政府", "!!int 正文", "!!bool 是", "!!str 2023-06-30", "!!binary 县教育局", "!!binary AAAA", "!!timestamp 2023-06-31",
    "!!set {a, b}", "!!omap [a: 1]", "!!python/object:os.system x", "!custom value", "!!null ''",
    "*a", "*undefined", "&a 县教育局", "&a [x, *a]", "{<<: *a, x: 1}", "{<<: [*a, *a]}", "{<<: 5}", "{<<: {title: 甲}, title: 乙}",
]


@st.composite
def slipped_reports(draw):
    """A real report with values replaced by dates, numbers, tags, merge keys and aliases clerks and tools produce."""
    text = draw(st.sampled_from(EXAMPLES_TEXT))
    lines = text.split("\n")
    anchors = draw(st.booleans())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        if ":" in lines[at] and not lines[at].lstrip().startswith("#"):
            key = lines[at].split(":", 1)[0]
            lines[at] = key + ": " + draw(st.sampled_from(SLIPPERY_VALUES))
    text = "\n".join(lines)
    return ("anchors: &a {title: 甲, issuer: 乙}\n" + text) if anchors else text


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "latin-1"]
FILE_KINDS = ["file", "empty", "folder", "link", "dangling link", "link to folder"] + (["fifo", "device"] if hasattr(os, "mkfifo") and os.path.exists("/dev/null") else [])


def place_input(folder, kind: str, content: bytes, suffix: str = ".yaml"):
    """The input as a clerk's machine may hold it: a file, a link, a folder, a pipe or a device under a data file's name."""
    path = folder / f"data{suffix}"
    real = folder / f"real{suffix}"
    if kind == "file":
        path.write_bytes(content)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
    elif kind == "link":
        real.write_bytes(content)
        path.symlink_to(real)
    elif kind == "dangling link":
        path.symlink_to(folder / "nowhere.yaml")
    elif kind == "link to folder":
        path.symlink_to(folder)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/null")
    return path


def commands_for(path, out):
    return [["build", path, "-o", out / "r.docx"], ["preview", path], ["check", path], ["carry-over", path, "-o", out / "next.yaml"],
            ["batch", path, "-o", out / "batch", "-j", "1", "-q"], ["import", path.with_name(path.name), "-o", out / "imported.yaml"]]


def run_every_command(tmp_path, path, capsys):
    """Every command on ``path``: each ends in 0, in findings (check: 1) or in a located message (2), never a traceback."""
    from drafter.cli import main
    from drafter.drafting.session import Session

    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    for args in commands_for(path, out):
        for leftover in ("next.yaml", "imported.yaml"):
            (out / leftover).unlink(missing_ok=True)
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert code in ((0, 1, 2) if args[0] == "check" else (0, 2)), (args, captured.err)
        assert "Traceback" not in captured.err
        if code == 2 and args[0] != "batch":
            assert captured.err.strip(), args
    try:
        Session.open(path)  # drafter draft reads the file this way before any terminal is opened
    except DrafterError as error:
        assert error.problems and all(p.message for p in error.problems)


def fresh(tmp_path):
    import shutil
    import uuid

    folder = tmp_path / uuid.uuid4().hex[:8]
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@FUZZ
@given(text=slipped_reports())
def test_every_command_meets_yaml_slips_plainly(tmp_path, capsys, text):
    for folder in fresh(tmp_path):
        run_every_command(folder, place_input(folder, "file", text.encode("utf-8")), capsys)


@FUZZ
@given(text=st.sampled_from(EXAMPLES_TEXT), encoding=st.sampled_from(ENCODINGS), kind=st.sampled_from(FILE_KINDS), suffix=st.sampled_from([".yaml", ".txt", ".docx"]))
def test_every_command_meets_any_encoding_and_file_kind_plainly(tmp_path, capsys, text, encoding, kind, suffix):
    for folder in fresh(tmp_path):
        run_every_command(folder, place_input(folder, kind, text.encode(encoding, "replace"), suffix), capsys)
