"""``drafter check --fix``: a copy of the file with every mechanical finding mended (a text's or a
.docx's runs, and a list's number format where Word or WPS numbered it), and the changes listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.readers.docx import Styles
from drafter.readers.numbering import W
from drafter.lint.check import READ_AS_IMPORTED, every_paragraph, numbering_of, text_of_file
from drafter.lint.findings import CheckResult, Place, PlacedFinding
from drafter.readers.numbering import ListLabels, mended_text


# --- fixing --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """One mechanical correction applied to the copy."""

    place: Place
    old: str
    new: str
    rule: str


def cannot_fix(path: Path) -> str:
    return _("--fix 只能改 .docx、.txt 和 .yaml 文件，不能改 {suffix}：请先在 Word 或 WPS 中另存为 .docx，再检查、修正。").format(suffix=path.suffix.lower())


_MARK_RULES = ("nested-book-title", "wenhao-brackets", "half-width-punctuation")


def _mended_lists(document, in_labels: list[PlacedFinding]) -> list[Change]:
    """Each list level whose label has the wrong form (「(%2)」 printing (一)) given the right one
    (「（%2）」): one change in numbering.xml mends every paragraph of that level."""
    lists = ListLabels(numbering_of(document), Styles(document.styles.element))
    paragraphs = every_paragraph(document)
    changes, mended = [], set()  # the w:lvl elements changed so far
    for item in in_labels:
        level, index = lists.level_of(paragraphs[item.in_label]._p)
        if level is None:
            continue
        if level.element not in mended:
            text = mended_text(level, index, item.finding.text, item.finding.replacement)
            if text is None:
                continue
            mended.add(level.element)
            level.element.find(f"{W}lvlText").set(f"{W}val", text)
        changes.append(Change(item.place, item.finding.text, item.finding.replacement, item.finding.rule))
    return changes


def fixed_copy(path: Path, result: CheckResult) -> tuple[bytes, list[Change]]:
    """The corrected file's bytes and the changes made; the original is not touched."""
    if path.suffix.lower() in READ_AS_IMPORTED:
        raise DrafterError([Problem(str(path), cannot_fix(path))])
    # Only what is sure: where the marks in a paragraph do not pair up, the intended pairing is unknown,
    # so no mark of it is changed.
    unsure = {(f.place.line, f.place.paragraph) for f in result.findings if f.finding.rule == "unbalanced-mark"}
    fixable = [f for f in result.findings if f.finding.replacement is not None and (f.source_span is not None or f.in_label is not None)
               and not (f.finding.rule in _MARK_RULES and (f.place.line, f.place.paragraph) in unsure)]
    if path.suffix.lower() == ".docx":
        return _fixed_docx(path, fixable)
    text, encoding = text_of_file(path)
    changes = []
    for item in sorted(fixable, key=lambda f: f.source_span[0], reverse=True):
        start, end = item.source_span
        if text[start:end] != item.finding.text:
            continue
        text = text[:start] + item.finding.replacement + text[end:]
        changes.append(Change(item.place, item.finding.text, item.finding.replacement, item.finding.rule))
    return text.encode(encoding), list(reversed(changes))


def _fixed_docx(path: Path, fixable: list[PlacedFinding]) -> tuple[bytes, list[Change]]:
    """Apply each fix inside the run that holds the offending text; a fix across runs is left for the clerk.
    A list's label is mended in its level's number format, which every paragraph of that level shares."""
    import io

    import docx

    document = docx.Document(str(path))
    paragraphs = every_paragraph(document)
    changes = _mended_lists(document, [f for f in fixable if f.in_label is not None])
    for item in sorted((f for f in fixable if f.source_span is not None), key=lambda f: f.source_span, reverse=True):
        index, offset = item.source_span
        position = 0
        for run in paragraphs[index].runs:
            if position <= offset < position + len(run.text):
                local = offset - position
                if run.text[local:local + len(item.finding.text)] == item.finding.text:
                    run.text = run.text[:local] + item.finding.replacement + run.text[local + len(item.finding.text):]
                    changes.append(Change(item.place, item.finding.text, item.finding.replacement, item.finding.rule))
                break
            position += len(run.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), list(reversed(changes))
