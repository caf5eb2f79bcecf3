"""The drafting page's left column: the report's walk as a tree (report details, parts, indicators,
评价要点), each node with its state and score against its maximum, and the totals above them.

It reads the session's fields and data; a 评价要点 marked not applicable, which has no field left,
still shows, so the clerk can see it and take the mark back.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.draft import Session
from drafter.i18n import _
from drafter.load import PART_KEYS, PART_NAMES

ANSWERED, PARTLY, EMPTY, NOT_APPLICABLE = "answered", "partly", "empty", "not-applicable"
_INFO = ("title", "issuer", "recipient", "date", "opening")


@dataclass
class Node:
    """One line of the walk: what it is, how deep, the field a click goes to, and how far it is answered."""

    label: str
    depth: int
    field: int | None
    state: str
    score: float | None = None
    maximum: float | None = None
    path: tuple = ()


@dataclass
class Outline:
    nodes: list[Node]
    answered: int  # required fields answered
    required: int
    total: float | None = None  # the self-assessment's score, when the scheme is scored
    maximum: float | None = None

    @property
    def coverage(self) -> int:
        """Per cent of the required fields answered."""
        return round(100 * self.answered / self.required) if self.required else 100


def outline(session: Session) -> Outline:
    fields = session.fields
    required = [i for i, f in enumerate(fields) if not f.optional]
    assessment = _assessment(session)
    nodes = [_group(session, _("报告信息"), 0, lambda path: path[0] in _INFO, ("title",))]
    if any(f.path[0] == "notices" for f in fields):
        nodes.append(_group(session, _("依据的通知"), 0, lambda path: path[0] == "notices", ("notices",)))
    if any(f.path[0] == "metrics" for f in fields):
        nodes.append(_group(session, _("数字"), 0, lambda path: path[0] == "metrics", ("metrics",)))
    for key in PART_KEYS:
        part = (session.data.get("parts") or {}).get(key)
        if isinstance(part, dict):
            here = ("parts", key)
            nodes.append(_group(session, _(PART_NAMES[key]), 0, _under(here), here))
            nodes += _items(session, part.get("content") or [], here + ("content",), 1, assessment)
    total = maximum = None
    if assessment is not None and assessment.scheme.scored:
        total, maximum = assessment.total, assessment.max_total
    return Outline([n for n in nodes if n is not None], sum(1 for i in required if session.answered(fields[i])), len(required), total, maximum)


def _items(session: Session, content: list, path: tuple, depth: int, assessment) -> list[Node]:
    """A node for each headed item and each item or point that answers an indicator, depth first."""
    nodes: list[Node] = []
    for index, item in enumerate(content):
        here = path + (index,)
        if not isinstance(item, dict):
            continue
        inner = depth
        if "heading" in item or item.get("indicator") is not None:
            nodes.append(_item_node(session, item, here, depth, assessment))
            inner = depth + 1
        for number, point in enumerate(item.get("points") or []):
            if isinstance(point, dict) and point.get("indicator") is not None:
                nodes.append(_item_node(session, point, here + ("points", number), inner, assessment))
        nodes += _items(session, item.get("content") or [], here + ("content",), inner, assessment)
    return nodes


def _item_node(session: Session, item: dict, path: tuple, depth: int, assessment) -> Node:
    node = _group(session, "", depth, _under(path), path)
    code = item.get("indicator")
    scheme_node = assessment.scheme.by_code().get(str(code)) if assessment is not None and code is not None else None
    heading = session.fields[node.field] if node.field is not None and session.fields[node.field].path == path + ("heading",) else None
    if heading is not None:
        node.label = heading.marker + str(item.get("heading") or "")
    if scheme_node is not None:
        node.label = node.label or f"{scheme_node.code} {scheme_node.title}"
        node.score, node.maximum = assessment.score(scheme_node), assessment.applicable_max(scheme_node)
    node.label = node.label or _("分项")
    if item.get("not_applicable"):
        node.state = NOT_APPLICABLE
    return node


def _group(session: Session, label: str, depth: int, inside, path: tuple) -> Node | None:
    """A node over every field whose path ``inside`` accepts: answered, partly or empty."""
    indices = [i for i, f in enumerate(session.fields) if inside(f.path)]
    if not indices and label:
        return None
    counted = [i for i in indices if not session.fields[i].optional]
    done = sum(1 for i in counted if session.answered(session.fields[i]))
    state = ANSWERED if done == len(counted) else EMPTY if done == 0 else PARTLY
    return Node(label, depth, indices[0] if indices else None, state, path=path)


def _under(prefix: tuple):
    return lambda path: path[:len(prefix)] == prefix


def _assessment(session: Session):
    """The report's scores against its scheme, read from the data as it stands (no check of it)."""
    from drafter.scheme import Answer, Assessment, assessed_items

    if session.scheme is None:
        return None
    assessment = Assessment(session.scheme)
    for path, item in assessed_items(session.data):
        code = item.get("indicator")
        if code is not None:
            score = item.get("score")
            if score is not None and not isinstance(score, (int, float)):
                item = dict(item, score=None)
            assessment.answers[str(code)] = Answer(path, item)
    return assessment
