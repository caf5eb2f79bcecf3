"""Problems a user can cause, as values with a location; the CLI prints them, the library never exits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Characters that would act on a terminal rather than show: C0 and C1 controls (tab, line feed and
# carriage return apart) and the bidirectional controls that reorder what follows them.
_UNSEEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` safe to print on a terminal: ESC shows as ␛ (a C0 control as its Control Picture),
    DEL as ␡, and C1 and bidirectional controls as escapes such as \\u202e."""
    return _UNSEEN.sub(_shown, text)


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def close_matches(word: str, choices, n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The ``choices`` closest to a mistyped ``word``, for 「是不是……？」 hints. (difflib is imported
    here, when a hint is wanted: a build that needs none is spared the import, 0.7 ms of a cold start.)"""
    import difflib

    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes: a Chinese character two."""
    from wcwidth import wcswidth

    width = wcswidth(text)
    return width if width >= 0 else len(text)


def padded(text: str, width: int) -> str:
    """``text`` filled with spaces to ``width`` terminal cells."""
    return text + " " * max(width - cells(text), 0)


class VisibleStream:
    """A text stream that shows every control character it is given (see ``visible``); the rest of
    the stream's interface is the wrapped stream's."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the user's input, where it is and what to change."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    rule: str = "error"

    def location(self) -> str:
        """``file:line:column``, leaving out what is not known."""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"


@dataclass
class DrafterError(Exception):
    """Raised by a pipeline stage with every problem it found."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
