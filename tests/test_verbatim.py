"""Whatever a clerk types comes out verbatim: every text field, through every fragment of every
built-in template, into the .txt and the .docx alike (never escaped twice, never read as markup)."""

import io
import os

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from drafter.assemble.figures import fill_in
from drafter.pipeline import build_report, docx_bytes, text_bytes

from conftest import EXAMPLES, LETTERHEAD, MINIMAL

# What clerks type that templates, markup or XML could take for their own.
TOKENS = ["&", "<", ">", '"', "'", "{{", "}}", "{%", "%}", "{#", "#", "@", "@p ", "1.", "「1.」", "\\", "&amp;", "&#64;",
          "Ａ", "，", "😀", "《", "》", "*", "-", "x"]
# Values that must keep a form (dates, 文号, codes, ids) or name things (metrics) are left as they are.
FIXED = {"date", "printed", "number", "copy_number", "scheme", "indicator", "template", "metrics", "level", "layout", "run_in", "score", "self_score", "urgency", "secrecy", "kind", "words"}

REPORTS = [MINIMAL + LETTERHEAD + "notices:\n  - {issuer: 市教育局, title: 关于开展工作的通知, number: 'X教发〔2024〕3号'}\n"] + \
          [path.read_text(encoding="utf-8") for path in EXAMPLES]
ANY_TEXT = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6).map("".join)


def stamped(values, stamp: str) -> tuple[object, list[str]]:
    """``values`` with every free text field replaced by ``stamp`` and a serial, and the serials' texts."""
    placed: list[str] = []

    def visit(value, key=None, top=False):
        if key in FIXED or (top and key == "basis"):  # the top-level basis is a choice of 按照/根据/依据
            return value
        if isinstance(value, dict):
            return {k: visit(v, k, value is values) for k, v in value.items()}
        if isinstance(value, list):
            return [visit(v, key) for v in value]
        if isinstance(value, str) and value.strip():
            placed.append(f"{stamp}〔{len(placed)}〕")
            return placed[-1]
        return value

    return visit(values), placed


@settings(max_examples=int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(stamp=ANY_TEXT, which=st.integers(0, len(REPORTS) - 1))
def test_every_text_field_comes_out_verbatim_in_every_template(tmp_path, stamp, which):
    values, placed = stamped(yaml.safe_load(REPORTS[which]), stamp)
    path = tmp_path / "report.yaml"
    path.write_text(yaml.safe_dump(values, allow_unicode=True, width=10**6), encoding="utf-8")
    report = build_report(path)
    text = text_bytes(report).decode("utf-8")
    body = docx.Document(io.BytesIO(docx_bytes(report))).element.body
    paragraphs = "\n".join(Paragraph(p, None).text for p in body.iter(qn("w:p")))  # tables' too
    for value in placed:
        printed = fill_in(value, {})  # as typed, but for 「{{…}}」, which is how data writes a literal 「{…}」 (docs/templates.md)
        assert printed in text, value
        assert printed in paragraphs, value


def test_escaped_opening_and_notice_come_out_once_escaped(tmp_path):
    """The case that was found: a {% set %} block is Markup, and a filter escaped it again."""
    text = MINIMAL + "opening: 'R&D \"A\" <B>'\nnotices:\n  - {issuer: 市&局, title: '关于<A>的通知', number: 'X〔2023〕5号'}\n"
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    out = text_bytes(build_report(path)).decode("utf-8")
    assert '市&局《关于<A>的通知》（X〔2023〕5号）要求，R&D "A" <B>。' in out
    assert "&amp;" not in out and "&lt;" not in out
