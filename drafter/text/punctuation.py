"""Punctuation helpers shared by the stages that join pieces of text into sentences."""

from __future__ import annotations

CLAUSE_END = "。！？；：，…”’）"


def ensure_ending(text: str, ending: str) -> str:
    """``text`` with ``ending`` added unless it already ends with punctuation."""
    stripped = text.rstrip()
    return stripped if not stripped or stripped[-1] in CLAUSE_END else stripped + ending


def clause(text: str) -> str:
    """``text`` without its closing punctuation, so the sentence can go on after it."""
    return text.rstrip().rstrip("。；，,;.")
