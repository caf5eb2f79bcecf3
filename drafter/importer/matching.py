"""Matching an imported report to a scheme (``drafter import --scheme``): which heading or point
answers which indicator.

Each 评价要点 is compared with every point and headed item of the scheme's part, by the
character pairs they share: the indicator's title against the candidate's lead words (reports
open a point with its summary, 党政重视教育发展。……), and its guidance against the whole text.
The best pairs are taken first, one candidate per indicator; a parent indicator goes to the
heading that holds most of its matched points. Nothing is dropped: what matches no indicator
stays where it was and is reported, and so is every indicator left without an answer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from drafter.i18n import _
from drafter.data.scheme import Indicator, Scheme
from drafter.text.pairing import best_pairs

THRESHOLD = 0.34
_PUNCTUATION = re.compile(r"[\s，。、；：！？“”‘’《》〈〉（）()【】…—\-·]+")


def pairs(text: str) -> set[str]:
    """The text's adjacent character pairs, punctuation left out."""
    pieces = [p for p in _PUNCTUATION.split(text) if p]
    return {piece[i:i + 2] for piece in pieces for i in range(len(piece) - 1)} | {p for p in pieces if len(p) == 1}


def lead(text: str) -> str:
    """The words before the first full stop: the summary a point or heading opens with."""
    return re.split(r"[。；：]", text, maxsplit=1)[0][:40]


# Pairs in nearly every heading of every report: they say little about which indicator a text answers.
GENERIC = frozenset({"工作", "情况", "建设", "加强", "推进", "教育", "全面", "提高", "提升", "发展", "进一", "一步", "落实", "持续",
                     "不断", "深入", "积极", "开展", "完善", "强化", "健全", "机制", "体系", "管理", "水平", "质量"})
GENERIC_WEIGHT = 0.15


class Weights:
    """How much each character pair tells: the rarer it is among the texts being matched, the more
    (inverse document frequency), and generic pairs (工作, 情况, 建设, 加强 …) next to nothing."""

    def __init__(self, texts: list[str]):
        self.count = len(texts)
        self.frequency = Counter(pair for text in texts for pair in pairs(text))

    def __call__(self, pair: str) -> float:
        if pair in GENERIC:
            return GENERIC_WEIGHT
        return math.log((self.count + 1) / (self.frequency.get(pair, 0) + 0.5))

    def share(self, wanted: set[str], found: set[str]) -> float:
        """The weighted share of ``wanted``'s pairs that ``found`` has."""
        total = sum(self(pair) for pair in wanted)
        return sum(self(pair) for pair in wanted & found) / total if total else 0.0


def similarity(indicator: Indicator, text: str, weights: Weights | None = None) -> float:
    """How well ``text`` answers ``indicator``: the weighted share of its title's (or guidance's) pairs found there."""
    weights = weights or Weights([text])
    by_title = weights.share(pairs(indicator.title), pairs(lead(text)))
    by_guidance = weights.share(pairs(indicator.guidance), pairs(text))
    return max(by_title, 0.8 * by_guidance)


@dataclass
class Candidate:
    """A point or headed item that may answer an indicator, and where it sits (to mark it in place)."""

    path: tuple
    text: str
    top: int  # index of the top-level item of the part it sits under
    container: list
    index: int


def candidates(content: list, path: tuple) -> list[Candidate]:
    found: list[Candidate] = []

    def visit(items: list, here: tuple, top: int | None):
        for index, item in enumerate(items):
            place = here + (index,)
            owner = index if top is None else top
            if isinstance(item, dict):
                if "heading" in item and not item.get("points") and not item.get("content"):  # a heading over points is a parent
                    heading = item["heading"] if item["heading"].endswith(("。", "！", "？")) else item["heading"] + "。"
                    found.append(Candidate(place, heading + str(item.get("text", "")), owner, items, index))
                for number, point in enumerate(item.get("points", [])):
                    if isinstance(point, str):
                        found.append(Candidate(place + ("points", number), point, owner, item["points"], number))
                visit(item.get("content", []), place + ("content",), owner)

    visit(content, path, None)
    return found


@dataclass
class Match:
    matched: dict  # indicator code -> path
    unmatched_candidates: list[Candidate]
    unanswered: list[Indicator]
    confidence: dict = None  # 评价要点 code -> the similarity it was matched at (0–1)


def match_scheme(values: dict, scheme: Scheme) -> Match:
    """Mark the items of ``values``' scheme part with the indicators they answer (in place)."""
    part = values.get("parts", {}).get(scheme.part, {})
    content = part.get("content", [])
    found = candidates(content, ("parts", scheme.part, "content"))
    leaves = scheme.leaf_indicators()
    weights = Weights([c.text for c in found])
    chosen = best_pairs(leaves, found, lambda leaf, c: similarity(leaf, c.text, weights), THRESHOLD, lambda i, j: -abs(i - j))
    taken_leaf = {i: j for i, (j, _score) in chosen.items()}
    taken_candidate = set(taken_leaf.values())
    confidence = {leaves[i].code: score for i, (_j, score) in chosen.items()}
    matched: dict[str, tuple] = {}
    for i, j in taken_leaf.items():
        mark(found[j], leaves[i].code)
        matched[leaves[i].code] = found[j].path
    for parent in (node for node in scheme.walk() if not node.leaf and node.depth == 1):
        tops = Counter(found[taken_leaf[i]].top for i, leaf in enumerate(leaves) if i in taken_leaf and leaf in parent.leaves())
        if tops:
            top = tops.most_common(1)[0][0]
            item = content[top]
            if isinstance(item, dict) and "heading" in item and "indicator" not in item:
                mark(Candidate((), "", top, content, top), parent.code)
                matched[parent.code] = ("parts", scheme.part, "content", top)
    unmatched = [c for j, c in enumerate(found) if j not in taken_candidate and not is_matched_parent(c)]
    unanswered = [leaf for i, leaf in enumerate(leaves) if i not in taken_leaf]
    return Match(matched, unmatched, unanswered, confidence)


def is_matched_parent(candidate: Candidate) -> bool:
    """A heading that answers a parent indicator (a 一级指标) is matched, though no point is it."""
    item = candidate.container[candidate.index]
    return isinstance(item, dict) and "indicator" in item


def mark(candidate: Candidate, code: str) -> None:
    """Record on the data that ``candidate`` answers indicator ``code``; a point becomes a mapping."""
    item = candidate.container[candidate.index]
    if isinstance(item, str):
        candidate.container[candidate.index] = {"indicator": code, "text": item}
    else:
        new = {"indicator": code}
        new.update(item)
        item.clear()
        item.update(new)


def match_notes(match: Match, scheme: Scheme) -> list[str]:
    """What the clerk should look at: text kept without an indicator, indicators left unanswered."""
    notes = [_("「{text}」没有对应方案「{name}」中的指标，已原样保留；如它回答某个指标，请加上 indicator。").format(text=c.text[:16], name=scheme.name)
             for c in match.unmatched_candidates]
    notes += [_("评价要点「{code} {title}」在原文中没有找到对应内容，请补写，或写 not_applicable: 理由。").format(code=leaf.code, title=leaf.title)
              for leaf in match.unanswered]
    return notes
