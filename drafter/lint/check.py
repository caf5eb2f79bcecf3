"""Check stage: reads a data .yaml, a built .docx or a .txt report, runs the lint rules and the data
checks, and places every finding in the file — or writes a corrected copy for the mechanical ones."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.data.yaml_out import STALE
from drafter.i18n import N_, _
from drafter.files import open_docx
from drafter.data.report import ReportData
from drafter.data.structure import consistency_warnings
from drafter.data.load import read_report, validation_problems
from drafter.data.reading import read_text, yaml_values
from drafter.readers import HTML_SUFFIXES, OFFICE_SUFFIXES
from drafter.readers.docx import Styles
from drafter.readers.numbering import MC_FALLBACK, W, list_labels
from drafter.lint.rules import ERROR, INFO, RULE_IDS, WARNING, Finding, Paragraph, RuleSet, lint

CONFIG_NAME = ".drafter.yaml"
SUFFIXES = (".yaml", ".yml", ".txt", ".docx")
READ_AS_IMPORTED = (".pdf", *HTML_SUFFIXES, *OFFICE_SUFFIXES)  # checked as import reads them, with no --fix


@dataclass(frozen=True)
class Place:
    """Where a finding is: line and column for text files, paragraph and character for .docx."""

    file: str
    line: int | None
    column: int | None
    paragraph: int | None = None  # .docx only, 1-based

    def __str__(self) -> str:
        if self.paragraph is not None:
            return f"{self.file}:¶{self.paragraph}:{self.column}"
        return ":".join(str(part) for part in (self.file, self.line, self.column) if part is not None)


@dataclass(frozen=True)
class PlacedFinding:
    """A finding with its place in the file, the text around it, and where its fix would go."""

    finding: Finding
    place: Place
    context: str
    source_span: tuple[int, int] | None = None  # in the source text (YAML/.txt) or (paragraph, offset) in .docx
    in_label: int | None = None  # .docx: the paragraph (0-based) whose list label (一、 from numbering.xml) holds it


@dataclass
class CheckResult:
    """Everything ``check`` found in one file."""

    file: str
    findings: list[PlacedFinding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {severity: sum(1 for f in self.findings if f.finding.severity == severity) for severity in (ERROR, WARNING, INFO)}

    @property
    def clean(self) -> bool:
        """No error or warning (advice alone does not fail a check)."""
        return not any(f.finding.severity in (ERROR, WARNING) for f in self.findings)


@dataclass
class _Unit:
    """A piece of checked text and how to place an offset in it."""

    paragraph: Paragraph
    path: tuple = ()  # YAML path
    line: int | None = None  # .txt line / .docx paragraph number


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
            unknown = sorted(disabled - set(RULE_IDS))
            if unknown:
                raise DrafterError([Problem(str(config), _("未知的规则「{rules}」。可用的规则：{known}。").format(rules="、".join(unknown), known="、".join(RULE_IDS)))])
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
    from drafter.data.reading import decoded_utf8, read_bytes
    from drafter.readers.text import decode

    data = read_bytes(path, str(path))  # read once, decoded as its kind wants
    if path.suffix.lower() in (".yaml", ".yml"):
        return decoded_utf8(data, str(path)), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    return decode(data, str(path))


def check_text(path: Path, rules: RuleSet) -> CheckResult:
    text, _encoding = text_of_file(path)
    lines = text.split("\n")
    units = [_Unit(Paragraph(line), line=number) for number, line in enumerate(lines, 1) if line.strip()]
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


def doubled_across_lines(units: list[_Unit]) -> list[Finding]:
    """A character typed twice where a line breaks inside a sentence (「思想\n想为指导」): the doubled-word
    rule reads a line at a time and cannot see it. A warning with no automatic fix, since some doubles
    (想想, 常常) are words: the clerk decides."""
    from drafter.lint.rules import is_cjk

    findings = []
    for index in range(1, len(units)):
        before, after = units[index - 1].paragraph.text.rstrip(), units[index].paragraph.text.lstrip()
        if units[index].line != units[index - 1].line + 1 or not before or not after or before[-1] != after[0] or not is_cjk(after[0]):
            continue
        offset = len(units[index].paragraph.text) - len(after)
        findings.append(Finding("doubled-across-lines", WARNING, index, offset, after[0], _(N_("「{char}」在上一行末尾已经有了：是不是换行处多打了一次？")).format(char=after[0])))
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
    units = [_Unit(Paragraph(label + text), line=number) for number, (label, text) in enumerate(paragraphs, 1) if (label + text).strip()]
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
    from drafter.readers import read_source

    paragraphs = read_source(path).paragraphs
    result = CheckResult(str(path))
    for finding in lint([Paragraph(paragraph.text) for paragraph in paragraphs], rules):
        paragraph = paragraphs[finding.paragraph]
        place = Place(str(path), None, finding.offset + 1, paragraph.number)
        result.findings.append(PlacedFinding(finding, place, context_of(paragraph.text, finding)))
    return result


# --- YAML data -----------------------------------------------------------------------------------

_HEADING_KEYS = {"heading", "title"}
_NOT_PROSE = {"date", "template", "layout", "basis", "scheme", "indicator"}


def data_units(report: ReportData, valid: bool = True) -> list[_Unit]:
    """Every string the data holds, as the paragraph the rules should read it as."""
    from drafter.assemble.figures import fill_in, metrics_of

    units: list[_Unit] = []
    metrics = metrics_of(report.values) if valid else {}

    def walk(value, path):
        if path == ("metrics",):
            return
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, path + (index,))
        elif isinstance(value, str) and not (set(path) & _NOT_PROSE):
            kind = "heading" if path[-1] in _HEADING_KEYS or (len(path) > 1 and path[-2] == "title") else "point" if "points" in path[-3:-1] else "body"
            try:
                value = fill_in(value, metrics)  # the rules read the text as it will print
            except ValueError:
                pass  # reported by figure_problems
            units.append(_Unit(Paragraph(value, kind, markers_generated=True), path))

    walk(report.values, ())
    return units


def single_children(report: ReportData) -> list[tuple[tuple, str]]:
    """Headings in the data with exactly one sub-heading (the norms advise two or more, or none)."""
    found = []

    def walk(content, path):
        for index, item in enumerate(content or []):
            if not isinstance(item, dict):
                continue
            children = item.get("content") if isinstance(item.get("content"), list) else []
            headed = [i for i, child in enumerate(children) if isinstance(child, dict) and "heading" in child]
            if "heading" in item and len(headed) == 1:
                found.append((path + (index, "content", headed[0], "heading"), children[headed[0]]["heading"]))
            walk(children, path + (index, "content"))

    parts = report.values.get("parts")
    for key, part in (parts.items() if isinstance(parts, dict) else ()):
        if isinstance(part, dict) and isinstance(part.get("content"), list):
            walk(part["content"], ("parts", key, "content"))
    return found


def assessment_problems(report: ReportData, template_dirs: tuple[str, ...] = ()) -> list:
    """The data against its scheme: every 评价要点 answered, no score above its maximum (see ``drafter.data.scheme``)."""
    from drafter.data.scheme import assess

    try:
        assess(report, template_dirs)
    except DrafterError as error:
        return error.problems
    except (AttributeError, KeyError, TypeError, ValueError):
        return []  # data the schema refused may be malformed anywhere; its schema problems say where
    return []


def figure_problems(report: ReportData) -> list:
    """Placeholders that cannot be written, and stated growth figures that disagree with their values."""
    from drafter.assemble.figures import growth_mismatches, placeholder_problems

    try:
        return placeholder_problems(report) + growth_mismatches(report)
    except (AttributeError, KeyError, TypeError, ValueError):
        return []  # malformed metrics: the schema problems say where


def check_data(path: Path, rules: RuleSet, template_dirs: tuple[str, ...] = ()) -> CheckResult:
    source = str(path)
    report = read_report(read_text(path, source), source)
    result = CheckResult(source)
    invalid = validation_problems(report)
    for problem in invalid + assessment_problems(report, template_dirs) + figure_problems(report):
        finding = Finding(problem.rule if problem.rule in ("scheme", "metric", "figure-mismatch") else "data", ERROR, 0, 0, "", problem.message)
        result.findings.append(PlacedFinding(finding, Place(source, problem.line, problem.column), ""))
    if rules.active("stale-value"):
        for number, line in enumerate(report.text.split("\n"), 1):
            at = line.find(f"# {STALE}")
            if at >= 0 and (at == 0 or line[at - 1] in " \t"):
                message = _("上一年带过来的值还没有核对：{what}。核对后删去这条注释。").format(what=line[at + len(STALE) + 3:].strip())
                result.findings.append(PlacedFinding(Finding("stale-value", WARNING, 0, 0, "", message), Place(source, number, at + 1), ""))
    for problem in consistency_warnings(report) if not invalid else []:
        if rules.active(problem.rule):
            result.findings.append(PlacedFinding(Finding(problem.rule, WARNING, 0, 0, "", problem.message), Place(source, problem.line, problem.column), ""))
    if rules.active("metric"):
        from drafter.assemble.figures import unknown_placeholders

        for problem in unknown_placeholders(report) if not invalid else []:  # build refuses them: an error
            result.findings.append(PlacedFinding(Finding("metric", ERROR, 0, 0, "", problem.message), Place(source, problem.line, problem.column), ""))
    units = data_units(report, not invalid)
    findings = lint([u.paragraph for u in units], rules)
    if rules.active("single-child"):
        for child_path, heading in single_children(report):
            units.append(_Unit(Paragraph(heading, "heading", True), child_path))
            findings.append(Finding("single-child", INFO, len(units) - 1, 0, heading, _(N_("这一级只有这一个小标题：只有一项时通常不必单列。"))))
    lines = report.text.split("\n")
    for finding in findings:
        unit = units[finding.paragraph]
        span = locate_in_source(report, unit, finding)
        line, column = _line_column(report.text, span[0]) if span else report.where(unit.path)
        if line and _disabled_on_line(lines[line - 1], finding.rule):
            continue
        place = Place(source, line, column)
        result.findings.append(PlacedFinding(finding, place, context_of(unit.paragraph.text, finding), span))
    result.findings.sort(key=lambda f: (f.place.line or 0, f.place.column or 0))
    return result


def locate_in_source(report: ReportData, unit: _Unit, finding: Finding) -> tuple[int, int] | None:
    """Where the offending text stands in the YAML source, when it is written there as it reads."""
    if not finding.text or unit.path not in report.spans:
        return None
    start, end = report.spans[unit.path]
    written = report.text[start:end]
    occurrence = unit.paragraph.text[:finding.offset].count(finding.text)
    position = -1
    for _n in range(occurrence + 1):
        position = written.find(finding.text, position + 1)
        if position < 0:
            return None
    return start + position, start + position + len(finding.text)


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _disabled_on_line(line: str, rule: str) -> bool:
    """``# drafter: disable=doubled-word,space-in-text`` (or ``disable=all``) at the end of a YAML line."""
    marker = line.rfind("# drafter: disable=")
    if marker < 0:
        return False
    names = {name.strip() for name in line[marker + len("# drafter: disable="):].split(",")}
    return rule in names or "all" in names


def context_of(text: str, finding: Finding, width: int = 12) -> str:
    start = max(0, finding.offset - width)
    end = min(len(text), finding.offset + len(finding.text) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


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
    from drafter.readers.numbering import ListLabels, mended_text

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
