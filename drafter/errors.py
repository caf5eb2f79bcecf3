"""Problems a user can cause, as values with a location; the CLI prints them, the library never exits."""

from __future__ import annotations

from dataclasses import dataclass, field


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
