"""``drafter scheme diff``: what changed from last year's scheme to this year's — indicators added,
removed, renamed and re-scored, and the totals — and the pairing of old indicators to new ones that
``carry-over --scheme`` moves answers by.

An old and a new indicator are the same one when they have the same code, or, among those left,
when their titles are nearly the same (the codes were renumbered): the most alike pairs first.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from drafter.i18n import _
from drafter.data.scheme import Indicator, Scheme
from drafter.text.pairing import best_pairs

SAME_TITLE = 0.6  # titles at least this alike (difflib's ratio) are one indicator renumbered


@dataclass
class Pair:
    old: Indicator
    new: Indicator
    similarity: float  # of the titles, 0–1


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def pairs(old: Scheme, new: Scheme) -> list[Pair]:
    """Each old indicator with the new one it became (by code, then by title), in the old scheme's order."""
    olds, news = old.walk(), new.walk()
    by_code = {node.code: node for node in news}
    found: dict[int, Pair] = {}
    taken: set[int] = set()
    for node in olds:
        twin = by_code.get(node.code)
        if twin is not None and twin.leaf == node.leaf:
            found[id(node)] = Pair(node, twin, similarity(node.title, twin.title))
            taken.add(id(twin))
    left_old = [node for node in olds if id(node) not in found]
    left_new = [node for node in news if id(node) not in taken]
    chosen = best_pairs(left_old, left_new, lambda a, b: similarity(a.title, b.title), SAME_TITLE, allowed=lambda a, b: a.leaf == b.leaf)
    for i, (j, score) in chosen.items():
        found[id(left_old[i])] = Pair(left_old[i], left_new[j], score)
    return [found[id(node)] for node in olds if id(node) in found]


def diff_lines(old: Scheme, new: Scheme) -> list[str]:
    """What changed, a line each, for people; one line saying so when nothing did."""
    paired = pairs(old, new)
    kept_old = {id(p.old) for p in paired}
    kept_new = {id(p.new) for p in paired}
    lines = []
    for node in new.walk():
        if id(node) not in kept_new:
            lines.append(_("新增  {code} {title}").format(code=node.code, title=node.title) + _max_words(node))
    for node in old.walk():
        if id(node) not in kept_old:
            lines.append(_("删除  {code} {title}").format(code=node.code, title=node.title) + _max_words(node))
    for pair in paired:
        if pair.old.title != pair.new.title or pair.old.code != pair.new.code:
            lines.append(_("改名  {old_code} {old} → {new_code} {new}（相似度 {similarity:.2f}）").format(
                old_code=pair.old.code, old=pair.old.title, new_code=pair.new.code, new=pair.new.title, similarity=pair.similarity))
        if pair.old.leaf and pair.old.max != pair.new.max:
            lines.append(_("分值  {code} {title}：{old} → {new}").format(code=pair.new.code, title=pair.new.title, old=_score(pair.old.max), new=_score(pair.new.max)))
        if pair.old.leaf and pair.old.guidance != pair.new.guidance:
            lines.append(_("要点  {code} {title}：评分标准有改动").format(code=pair.new.code, title=pair.new.title))
    if old.max_total != new.max_total:
        lines.append(_("总分  {old} → {new}").format(old=_score(old.max_total), new=_score(new.max_total)))
    if not lines:
        return [_("两个方案的指标、分值和评分标准完全相同。")]
    counts = _("{old}：{old_leaves} 个评价要点{old_total}；{new}：{new_leaves} 个评价要点{new_total}").format(
        old=old.id, old_leaves=len(old.leaf_indicators()), old_total=_total_words(old), new=new.id, new_leaves=len(new.leaf_indicators()), new_total=_total_words(new))
    return lines + [counts]


def _score(value) -> str:
    return _("无") if value is None else f"{value:g}"


def _max_words(node: Indicator) -> str:
    maximum = node.full_max()
    return _("（{max:g}分）").format(max=maximum) if maximum is not None else ""


def _total_words(scheme: Scheme) -> str:
    return _("，满分 {total:g} 分").format(total=scheme.max_total) if scheme.scored else ""
