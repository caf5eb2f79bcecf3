"""The drafting page's left column: the report's walk as a tree (report details, parts, indicators,
评价要点), each node with its state and score against its maximum, and the totals above them.

It reads the session's fields and data; a 评价要点 marked not applicable, which has no field left,
still shows, so the clerk can see it and take the mark back.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.drafting.session import Session
from drafter.i18n import _
from drafter.data.report import part_keys, part_title

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
    seen = _Seen(session)
    nodes = [seen.group(_("报告信息"), 0, [i for i, f in enumerate(fields) if f.path[0] in _INFO], ("title",))]
    for key, label in (("notices", _("依据的通知")), ("metrics", _("数字"))):
        nodes.append(seen.group(label, 0, seen.under((key,)), (key,)))
    for key in part_keys(session.data):
        part, here = session.data["parts"][key], ("parts", key)
        nodes.append(seen.group(part_title(key, part), 0, seen.under(here), here))
        nodes += _items(seen, part.get("content") or [], here + ("content",), 1)
    total = maximum = None
    if seen.assessment is not None and seen.assessment.scheme.scored:
        total, maximum = seen.assessment.total, seen.assessment.max_total
    required = [i for i, f in enumerate(fields) if not f.optional]
    return Outline([n for n in nodes if n is not None], sum(1 for i in required if seen.answered[i]), len(required), total, maximum)


class _Seen:
    """What the walk needs of the session, worked out once: each field's answered state, the fields
    under each path (a report of 5,000 paragraphs has some 1,400 nodes over 5,400 fields), the scores."""

    def __init__(self, session: Session):
        self.session = session
        self.answered = [session.answered(f) for f in session.fields]
        self.below: dict[tuple, list[int]] = {}
        for index, target in enumerate(session.fields):
            for length in range(1, len(target.path) + 1):
                self.below.setdefault(target.path[:length], []).append(index)
        self.assessment = _assessment(session)
        self.codes = self.assessment.scheme.by_code() if self.assessment is not None else {}

    def under(self, prefix: tuple) -> list[int]:
        return self.below.get(prefix, [])

    def group(self, label: str, depth: int, indices: list[int], path: tuple) -> Node | None:
        """A node over the fields ``indices``: answered, partly or empty (a labelled one with none is left out)."""
        if not indices and label:
            return None
        counted = [i for i in indices if not self.session.fields[i].optional]
        done = sum(1 for i in counted if self.answered[i])
        state = ANSWERED if done == len(counted) else EMPTY if done == 0 else PARTLY
        return Node(label, depth, indices[0] if indices else None, state, path=path)


def _items(seen: _Seen, content: list, path: tuple, depth: int) -> list[Node]:
    """A node for each headed item and each item or point that answers an indicator, depth first."""
    nodes: list[Node] = []
    for index, item in enumerate(content):
        here = path + (index,)
        if not isinstance(item, dict):
            continue
        inner = depth
        if "heading" in item or item.get("indicator") is not None:
            nodes.append(_item_node(seen, item, here, depth))
            inner = depth + 1
        for number, point in enumerate(item.get("points") or []):
            if isinstance(point, dict) and point.get("indicator") is not None:
                nodes.append(_item_node(seen, point, here + ("points", number), inner))
        nodes += _items(seen, item.get("content") or [], here + ("content",), inner)
    return nodes


def _item_node(seen: _Seen, item: dict, path: tuple, depth: int) -> Node:
    node = seen.group("", depth, seen.under(path), path)
    fields = seen.session.fields
    code = item.get("indicator")
    scheme_node = seen.codes.get(str(code)) if code is not None else None
    if node.field is not None and fields[node.field].path == path + ("heading",):
        node.label = fields[node.field].marker + str(item.get("heading") or "")
    if scheme_node is not None:
        node.label = node.label or f"{scheme_node.code} {scheme_node.title}"
        node.score, node.maximum = seen.assessment.score(scheme_node), seen.assessment.applicable_max(scheme_node)
    node.label = node.label or _("分项")
    if item.get("not_applicable"):
        node.state = NOT_APPLICABLE
    return node


def _assessment(session: Session):
    """The report's scores against its scheme, read from the data as it stands (no check of it)."""
    from drafter.data.scheme import Answer, Assessment, assessed_items

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
