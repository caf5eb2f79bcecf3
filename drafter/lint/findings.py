"""A finding placed in its file (line and column, or the .docx paragraph), with the text around it,
and a file's findings counted by level: what ``check`` gives its front ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.lint.registry import ERROR, INFO, WARNING, Finding, Paragraph


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
class Unit:
    """A piece of checked text and how to place an offset in it."""

    paragraph: Paragraph
    path: tuple = ()  # YAML path
    line: int | None = None  # .txt line / .docx paragraph number


def context_of(text: str, finding: Finding, width: int = 12) -> str:
    start = max(0, finding.offset - width)
    end = min(len(text), finding.offset + len(finding.text) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
