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
    from drafter.draft import Session

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
