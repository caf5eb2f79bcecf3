"""YAML written for people: block style, keys in the order given, comments beside or above values.

PyYAML writes no comments; new data files (an import, a scheme's skeleton) need them to say
where things came from and what to write. Rewriting an existing file is ``drafter.data.yaml_edit``'s job.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

STALE = "待核对"  # the word that marks a value carried over from last year; check reports it until the comment is gone


# Characters YAML reads as line breaks besides \n (NEL, LINE and PARAGRAPH SEPARATOR): written raw in
# a quoted scalar, they are folded on reading (U+0085 into a space), so a string holding one is
# written double-quoted, where they are escapes (\N, \L, \P) and come back exactly as typed.
YAML_BREAKS = ("\x85", "\u2028", "\u2029")


def needs_escapes(text: str) -> bool:
    """Whether ``text`` must be written double-quoted to read back the same."""
    return "\n" in text or any(character in text for character in YAML_BREAKS)


def scalar(value) -> str:
    """One YAML scalar as PyYAML would quote it, on one line; nothing for None (a field left to fill in)."""
    if value is None:
        return ""
    if isinstance(value, str) and needs_escapes(value):
        return yaml.safe_dump(value, allow_unicode=True, width=10**9, default_style='"').strip()
    text = yaml.safe_dump(value, allow_unicode=True, width=10**9, default_flow_style=True).strip()
    return text[:-4].strip() if text.endswith("\n...") else text


MODELINE = "# yaml-language-server: $schema="


def schema_line(target: Path | None = None, schema: Path | None = None) -> str:
    """The modeline that lets editors validate and complete a file written to ``target``: the
    installed schema (the report's, or ``schema``), by a relative path where there is one, else by its file URI."""
    from drafter.data.schema import SCHEMA_PATH

    schema = schema or SCHEMA_PATH
    try:
        reference = Path(os.path.relpath(schema, Path(target).resolve().parent)).as_posix() if target else schema.as_uri()
    except ValueError:  # another drive
        reference = schema.as_uri()
    return MODELINE + reference


def with_schema_line(text: str, target: Path, schema: Path | None = None) -> str:
    """``text`` with its modeline pointing at the installed schema from ``target`` (a copied file's
    modeline pointed from where it was); one is added if it had none."""
    lines = text.split("\n")
    if lines and lines[0].startswith(MODELINE):
        return "\n".join([schema_line(target, schema)] + lines[1:])
    return schema_line(target, schema) + "\n" + text


def yaml_lines(value, beside: dict | None = None, above: dict | None = None) -> list[str]:
    """``value`` as YAML lines; ``beside[path]`` ends the line of the value at ``path``, ``above[path]``
    (a list of lines) stands before it. A path is a tuple of keys and list indexes."""
    lines: list[str] = []
    _emit(value, (), 0, lines, beside or {}, above or {})
    return lines


def _comment_lines(pad: str, texts: list[str]) -> list[str]:
    return [f"{pad}# {text}" if text else f"{pad}#" for text in texts]


def _emit(value, path: tuple, indent: int, lines: list[str], beside: dict, above: dict) -> None:
    pad = "  " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            here = path + (key,)
            lines += _comment_lines(pad, above.get(here, []))
            suffix = f"  # {beside[here]}" if beside.get(here) else ""
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:{suffix}")
                _emit(item, here, indent + 1, lines, beside, above)
            else:
                empty = "{}" if isinstance(item, dict) else "[]" if isinstance(item, list) else ""
                lines.append(f"{pad}{key}: {empty or scalar(item)}".rstrip() + suffix)
        return
    for index, item in enumerate(value):
        here = path + (index,)
        lines += _comment_lines(pad, above.get(here, []))
        if isinstance(item, dict) and item:
            inner: list[str] = []
            _emit(item, here, 0, inner, beside, above)
            lines.append(f"{pad}- {inner[0]}")
            lines.extend(f"{pad}  {line}" if line else line for line in inner[1:])
        else:
            lines.append(f"{pad}- {scalar(item)}")
