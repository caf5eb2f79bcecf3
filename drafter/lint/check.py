"""Check stage: reads a data .yaml, a built .docx or a .txt report, runs the lint rules and the data
checks, and places every finding in the file — or writes a corrected copy for the mechanical ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import N_, _
from drafter.files import open_docx
from drafter.data.reading import read_text, yaml_values
from drafter.readers.kind import HTML_SUFFIXES, OFFICE_SUFFIXES
from drafter.readers.docx import Styles
from drafter.readers.numbering import MC_FALLBACK, W, list_labels
from drafter.lint.registry import RULES, WARNING, Finding, Paragraph, Rule, RuleSet, declare
from drafter.lint.rules import is_cjk, lint
from drafter.lint.data import check_data
from drafter.lint.findings import CheckResult, Place, PlacedFinding, Unit, context_of
from drafter.data.reading import decoded_utf8, read_bytes
from drafter.readers import read_source


CONFIG_NAME = ".drafter.yaml"
SUFFIXES = (".yaml", ".yml", ".txt", ".docx")
READ_AS_IMPORTED = (".pdf", *HTML_SUFFIXES, *OFFICE_SUFFIXES)  # checked as import reads them, with no --fix


def load_rules(path: Path) -> RuleSet:
    """Rules switched off in the nearest ``.drafter.yaml`` (``check: {disable: [rule, …]}``) above ``path``."""
    for folder in [path.resolve().parent, *path.resolve().parent.parents]:
        config = folder / CONFIG_NAME
        if config.is_file():
            settings = yaml_values(read_text(config, str(config)), str(config))[0] or {}  # bounded, like data
            try:
                disabled = set((settings.get("check") or {}).get("disable") or [])
            except (AttributeError, TypeError):
                raise DrafterError([Problem(str(config), _("配置文件应写成 check: {disable: [规则, …]}。"))]) from None
            unknown = sorted(disabled - set(RULES))
            if unknown:
                raise DrafterError([Problem(str(config), _("未知的规则「{rules}」。可用的规则：{known}。").format(rules="、".join(unknown), known="、".join(RULES)))])
            return RuleSet(disabled)
    return RuleSet()


def check_file(path: str | Path, rules: RuleSet | None = None, template_dirs: tuple[str, ...] = ()) -> CheckResult:
    """Check one file; raise ``DrafterError`` only when it cannot be read at all. ``template_dirs``
    are searched for the data's scheme before the user's and the built-in ones."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES + READ_AS_IMPORTED:
        raise DrafterError([Problem(str(path), _("只能检查 .yaml、.docx、.txt 文件和 .doc、.wps、.odt、.rtf、.pdf、.html 报告。"))])
    rules = rules if rules is not None else load_rules(path)
    if suffix in READ_AS_IMPORTED:
        return check_source(path, rules)
    if suffix in (".yaml", ".yml"):
        return check_data(path, rules, template_dirs)
    if suffix == ".docx":
        return check_docx(path, rules)
    return check_text(path, rules)


# --- .txt ----------------------------------------------------------------------------------------

def text_of_file(path: Path) -> tuple[str, str]:
    """A text report's or data file's text and the encoding to write a fixed copy in: a report's as
    ``import`` finds it (UTF-8, UTF-16, GB18030), data as UTF-8; a byte-order mark is kept."""
    from drafter.readers.text import decode

    data = read_bytes(path, str(path))  # read once, decoded as its kind wants
    if path.suffix.lower() in (".yaml", ".yml"):
        return decoded_utf8(data, str(path)), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    return decode(data, str(path))


# A text's own check beyond its paragraphs' rules (drafter.lint.rules); a data file's are in lint.data.
declare(Rule("doubled-across-lines", WARNING))

def check_text(path: Path, rules: RuleSet) -> CheckResult:
    text, _encoding = text_of_file(path)
    lines = text.split("\n")
    units = [Unit(Paragraph(line), line=number) for number, line in enumerate(lines, 1) if line.strip()]
    starts = _line_starts(text)
    result = CheckResult(str(path))
    findings = lint([u.paragraph for u in units], rules)
    if rules.active("doubled-across-lines"):
        findings += doubled_across_lines(units)
    for finding in sorted(findings, key=lambda f: (f.paragraph, f.offset, f.rule)):
        unit = units[finding.paragraph]
        start = starts[unit.line - 1] + finding.offset
        place = Place(str(path), unit.line, finding.offset + 1)
        result.findings.append(PlacedFinding(finding, place, context_of(unit.paragraph.text, finding), (start, start + len(finding.text))))
    return result


def doubled_across_lines(units: list[Unit]) -> list[Finding]:
    """A character typed twice where a line breaks inside a sentence (「思想\n想为指导」): the doubled-word
    rule reads a line at a time and cannot see it. A warning with no automatic fix, since some doubles
    (想想, 常常) are words: the clerk decides."""
    findings = []
    for index in range(1, len(units)):
        before, after = units[index - 1].paragraph.text.rstrip(), units[index].paragraph.text.lstrip()
        if units[index].line != units[index - 1].line + 1 or not before or not after or before[-1] != after[0] or not is_cjk(after[0]):
            continue
        offset = len(units[index].paragraph.text) - len(after)
        findings.append(Finding("doubled-across-lines", index, offset, after[0], _(N_("「{char}」在上一行末尾已经有了：是不是换行处多打了一次？")).format(char=after[0])))
    return findings


def _line_starts(text: str) -> list[int]:
    starts, total = [], 0
    for line in text.split("\n"):
        starts.append(total)
        total += len(line) + 1
    return starts


# --- .docx ---------------------------------------------------------------------------------------

def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """The body paragraphs of a .docx: each one's list label (一、, which Word and WPS work out from
    numbering.xml, see readers.numbering) and its text."""
    document = open_docx(path)
    labels = list_labels(document.element.body, numbering_of(document), Styles(document.styles.element))
    return [(labels.get(paragraph._p, ""), paragraph.text) for paragraph in every_paragraph(document)]


def every_paragraph(document) -> list:
    """A python-docx document's paragraphs in reading order: the body's, its tables' cells' and its
    text boxes' (a 版记 is one), each once (not Word 2007's copy of a text box in mc:Fallback).
    ``document.paragraphs`` has the body's alone, so a slip in a score table went unchecked."""
    from docx.text.paragraph import Paragraph as DocxParagraph

    return [DocxParagraph(p, document._body) for p in document.element.body.iter(f"{W}p")
            if not any(ancestor.tag == MC_FALLBACK for ancestor in p.iterancestors())]


def numbering_of(document):
    """The numbering part's XML of a python-docx document, or None."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        return None


def label_note(rule: str) -> str:
    """What a finding in a list's label adds: it is not typed, and where Word and WPS mend it."""
    if rule in ("marker-form", "half-width-punctuation"):
        return _("（这是自动编号，请在 Word 或 WPS 的编号格式里修改；--fix 会改好副本的编号格式。）")
    if rule in ("numbering-repeat", "numbering-gap"):
        return _("（这是自动编号：在 Word 或 WPS 中右键这一段，选「继续编号」或「设置编号值」。）")
    return _("（这是自动编号。）")


def check_docx(path: Path, rules: RuleSet) -> CheckResult:
    paragraphs = docx_paragraphs(path)
    units = [Unit(Paragraph(label + text), line=number) for number, (label, text) in enumerate(paragraphs, 1) if (label + text).strip()]
    result = CheckResult(str(path))
    for finding in lint([u.paragraph for u in units], rules):
        unit = units[finding.paragraph]
        label = paragraphs[unit.line - 1][0]
        place = Place(str(path), None, finding.offset + 1, unit.line)
        if finding.offset < len(label):  # in the list's label: mended in the list's number format, not in the text
            mendable = finding.rule == "marker-form"
            finding = replace(finding, message=finding.message + label_note(finding.rule), replacement=finding.replacement if mendable else None)
            placed = PlacedFinding(finding, place, context_of(unit.paragraph.text, finding), None, unit.line - 1)
        else:
            placed = PlacedFinding(finding, place, context_of(unit.paragraph.text, finding), (unit.line - 1, finding.offset - len(label)))
        result.findings.append(placed)
    return result


def check_source(path: Path, rules: RuleSet) -> CheckResult:
    """A report in a form drafter reads but does not write (.doc, .wps, .odt, .rtf, .pdf, .html):
    its paragraphs as import reads them (LibreOffice makes the office files a .docx first; a PDF's
    text layer is rejoined into paragraphs), each finding placed by paragraph number."""
    paragraphs = read_source(path).paragraphs
    result = CheckResult(str(path))
    for finding in lint([Paragraph(paragraph.text) for paragraph in paragraphs], rules):
        paragraph = paragraphs[finding.paragraph]
        place = Place(str(path), None, finding.offset + 1, paragraph.number)
        result.findings.append(PlacedFinding(finding, place, context_of(paragraph.text, finding)))
    return result
