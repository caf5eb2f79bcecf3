"""Import: recovers drafter's data from last year's report as .docx, .pdf, .html or .txt, so this year's
draft starts from it. Every reader yields the same paragraphs (``drafter.readers``); here they are
split into the report's furniture (``segment``), its opening (``opening``), the body's tree of
headings, paragraphs and points (``tree``) and its parts (``parts``), matched to a scheme when one
is given (``matching``), and told to the clerk and written as YAML (``summary``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from drafter.i18n import _
from drafter.readers import ENDS_SENTENCE, SourceParagraph, joined_lines, read_source
from drafter.text.markers import leading_marker
from drafter.importer.imported import Imported, REQUIRED, value_at, paragraphs_note
from drafter.importer.opening import opening_fields, rendered_opening, with_normal_wenhao
from drafter.importer.parts import assign_parts
from drafter.importer.segment import split_attachments, split_head, split_header, split_letterhead, split_record, split_tail
from drafter.importer.tree import TreeBuilder


def read_paragraphs(path: Path, encoding: str | None = None) -> list[SourceParagraph]:
    """The non-empty paragraphs of the report at ``path``, whatever kind of file it is (see ``drafter.readers``)."""
    return read_source(path, encoding).paragraphs


_CLAUSE_MARK = re.compile(r"[，。；：！？]")


def without_soft_breaks(paragraphs: list[SourceParagraph]) -> list[SourceParagraph]:
    """The body's paragraphs without the line breaks Shift+Enter (w:br) leaves inside a paragraph of a
    .docx. A break after a sentence's end, before an indented line, or between a heading and the
    sentences after it parts two paragraphs, as the page shows them; any other break (「二、存在的⏎问题」,
    「召开党组会12次，⏎研究…」) only wrapped a line, and the lines are joined. The title's lines are
    taken apart before this, in ``split_head``."""
    result = []
    for paragraph in paragraphs:
        if "\n" not in paragraph.text:
            result.append(paragraph)
            continue
        pieces: list[str] = []
        for line in paragraph.text.split("\n"):
            text = line.strip()
            if not text:
                continue
            if not pieces or _parts_here(pieces[-1], line):
                pieces.append(text)
            else:
                pieces[-1] = joined_lines(pieces[-1], text)
        result += [replace(paragraph, text=piece) for piece in pieces]
    return result


def _parts_here(before: str, line: str) -> bool:
    """Whether a break between ``before`` and ``line`` ends a paragraph (see ``without_soft_breaks``)."""
    if ENDS_SENTENCE.search(before) or line.startswith(("　", "  ", "\t")):
        return True
    heading = leading_marker(before) is not None and not _CLAUSE_MARK.search(before)
    return heading and bool(_CLAUSE_MARK.search(line))


def import_paragraphs(paragraphs: list[SourceParagraph]) -> Imported:
    """Recover a report's data from its paragraphs."""
    imported = Imported({key: "" for key in REQUIRED})
    paragraphs = split_record(split_letterhead(split_header(paragraphs, imported), imported), imported)
    body = without_soft_breaks(split_tail(split_attachments(split_head(paragraphs, imported), imported), imported))
    if body and leading_marker(body[0].text) is None:
        fields = opening_fields(body[0].text)
        if (fields.get("notices") or "transition" in fields) and rendered_opening(fields) == with_normal_wenhao(body[0].text):
            if with_normal_wenhao(body[0].text) != body[0].text:
                imported.notes.append(_("依据通知的文号已按 GB/T 9704 改写（年份用〔〕，去掉空格），请核对。"))
            imported.values.update(fields)
            for key in fields:
                imported.comments[(key,)] = paragraphs_note([body[0]])
            body = body[1:]
    builder = TreeBuilder()
    for paragraph in body:
        builder.feed(paragraph)
    imported.notes += builder.notes
    assign_parts(builder.top, builder.numbers, imported)
    for key in REQUIRED:
        if not imported.values.get(key):
            imported.comments[(key,)] = _("原文中没有找到，请填写")
            imported.notes.append(_("没有找到「{field}」，已留空，请填写。").format(field=key))
    if imported.values.get("unplaced"):
        imported.notes.append(_("有 {n} 段无法归入报告结构，已放在 unplaced 中，请移到合适的位置。").format(n=len(imported.values["unplaced"])))
    return imported


def import_file(path: str | Path, scheme=None, encoding: str | None = None) -> Imported:
    """Import the old report at ``path``; with a ``scheme``, also mark which items answer which indicator."""
    source = read_source(Path(path), encoding)
    imported = import_paragraphs(source.paragraphs)
    imported.source = source
    if scheme is not None:
        apply_scheme(imported, scheme)
    return imported


def apply_scheme(imported: Imported, scheme) -> None:
    """Name the scheme, mark matched items with their indicators (scores left to fill in), note the rest."""
    from drafter.importer.matching import match_notes, match_scheme

    values = imported.values
    values["scheme"] = scheme.id
    values.pop("template", None)  # the scheme brings its own
    match = match_scheme(values, scheme)
    imported.match = match
    codes = scheme.by_code()
    for code, path in match.matched.items():
        node = codes[code]
        item = value_at(values, path)
        if node.leaf and node.max is not None:
            row = imported.score_rows.get(code, {})
            item["score"] = row.get("score")
            if row.get("basis") and "basis" not in item:
                item["basis"] = row["basis"]
        maximum = node.full_max()
        imported.comments[path + ("indicator",)] = node.title + (_("（{max:g}分）").format(max=maximum) if maximum is not None else "")
    if scheme.scored and "self_score" in values:
        imported.notes.append(_("原文的自评得分为 {score:g} 分：有评价方案时，总分由各评价要点的 score 相加，请逐项填写 score。").format(score=values.pop("self_score")))
    imported.notes += match_notes(match, scheme)

