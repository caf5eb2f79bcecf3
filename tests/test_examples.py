"""Each example rebuilds its corpus report: the same body text, character for character, with every marker generated."""

import re

import pytest

from drafter.pipeline import build_report
from drafter.write.text import text_report

from conftest import CORPUS, EXAMPLES

MARKER = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_example_body_matches_its_corpus_report(example):
    original = [line for line in (CORPUS / f"{example.stem}.txt").read_text(encoding="utf-8").split("\n") if line.strip()]
    numbered = build_report(example).numbered
    body = [line.text for line in numbered.lines if line.kind == "body" or line.kind.startswith("heading")]
    assert body[-1] == "特此报告。"
    assert body[:-1] == original


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_no_example_types_a_marker_by_hand(example):
    """The data carries structure; markers in the output come from numbering alone."""
    text = example.read_text(encoding="utf-8")
    assert not re.search(r"(heading|^\s*-)\s*:?\s*['\"]?([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", text, re.M)
    assert not re.search(r"^\s*- ['\"]?[一二三四五六七八九十]+是", text, re.M)


def test_examples_cover_all_three_corpus_reports():
    assert sorted(e.stem for e in EXAMPLES) == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_preview_text_has_title_recipient_and_signature():
    example = next(e for e in EXAMPLES if e.stem.startswith("county-bureau"))
    text = text_report(build_report(example).numbered).split("\n")
    assert text[:3] == ["*县教育局关于2023年工作情况的报告", "", "县人民政府："]
    assert text[-4:] == ["", "*县教育局", "2023年12月15日", ""]
