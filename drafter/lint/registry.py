"""Every rule ``drafter check`` knows, declared once where it is written: its id (what ``.drafter.yaml``
and ``# drafter: disable=`` name), its level, and whether it offers a mechanical fix (a finding with a
``replacement``, which ``drafter check --fix`` may apply). A rule over one paragraph at a time is
declared with ``paragraph_rule``, one over the whole text with ``document_rule``; the checks that need
more than text (a data file's, in ``check``) with ``declare``. A finding's level is its rule's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    fix: bool = False  # its findings carry the corrected text


RULES: dict[str, Rule] = {}
PARAGRAPH_RULES: list = []  # functions (paragraph, index) -> findings
DOCUMENT_RULES: list = []  # functions (paragraphs) -> findings


def declare(*rules: Rule) -> None:
    for rule in rules:
        if RULES.get(rule.id, rule) != rule:
            raise ValueError(f"rule {rule.id} is declared twice, differently")
        RULES[rule.id] = rule


def _registering(into: list, rules: tuple[Rule | str, ...]):
    unknown = [r for r in rules if isinstance(r, str) and r not in RULES]
    if unknown:
        raise ValueError(f"rules {unknown} are named before they are declared")
    declare(*(r for r in rules if isinstance(r, Rule)))

    def register(function):
        into.append(function)
        return function

    return register


def paragraph_rule(*rules: Rule | str):
    """Declare the rules a function of one paragraph reports (a ``Rule``, or the id of one declared)."""
    return _registering(PARAGRAPH_RULES, rules)


def document_rule(*rules: Rule | str):
    """Declare the rules a function of all the paragraphs reports."""
    return _registering(DOCUMENT_RULES, rules)


@dataclass(frozen=True)
class Finding:
    """One thing a careful editor would change: where in its paragraph, what, and how."""

    rule: str
    paragraph: int  # index into the paragraphs the rules were given
    offset: int  # character offset in that paragraph
    text: str  # the offending text
    message: str
    replacement: str | None = None  # the corrected text, when the fix is mechanical

    @property
    def severity(self) -> str:
        return RULES[self.rule].level


@dataclass
class Paragraph:
    """Text to check, and what the rules may know of it."""

    text: str
    kind: str = "body"  # body, heading (data headings: markers are generated), point
    markers_generated: bool = False  # True for YAML data: numbering is drafter's, not typed


@dataclass
class RuleSet:
    """Which rules run: all of them but the ones switched off."""

    disabled: set[str] = field(default_factory=set)

    def active(self, rule_id: str) -> bool:
        return rule_id not in self.disabled
