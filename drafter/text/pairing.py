"""Pairing two lists by how alike their items are: the most alike pair first, each item in one pair at
most, no pair below a threshold. Import pairs a report's headings and points with a scheme's
indicators (``drafter.importer.matching``), scheme diff last year's indicators with this year's
(``drafter.schemes.diff``); each brings its own measure of alike."""

from __future__ import annotations

from typing import Callable, Iterable, TypeVar

A = TypeVar("A")
B = TypeVar("B")


def best_pairs(left: list[A], right: list[B], alike: Callable[[A, B], float], threshold: float,
               nearness: Callable[[int, int], float] = lambda i, j: 0.0,
               allowed: Callable[[A, B], bool] = lambda a, b: True) -> dict[int, tuple[int, float]]:
    """Index in ``left`` → (index in ``right``, how alike), chosen greedily from the most alike pair
    down; among equally alike pairs, the nearer (``nearness``, higher first), then the later indexes."""
    scored: Iterable = sorted(((alike(a, b), nearness(i, j), i, j) for i, a in enumerate(left) for j, b in enumerate(right) if allowed(a, b)),
                              reverse=True)
    chosen: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for score, _near, i, j in scored:
        if score < threshold:
            break
        if i in chosen or j in taken:
            continue
        chosen[i] = (j, score)
        taken.add(j)
    return chosen
