"""Rewriting a data file the clerk wrote, keeping its comments, key order and indentation.

PyYAML drops comments, so rewrites go through ruamel.yaml's round-trip mode; the indentation
style is read from the file itself, so an unchanged value comes back byte for byte. Quotes are
not preserved: with them ruamel would quote every new answer given where '' stood.

A list edited in place (an item inserted, moved or removed) keeps the clerk's comments with the items
they stand above: ruamel keeps those lines as the tail of the item before, so they are moved by hand.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.data.yaml_out import YAML_BREAKS



class RoundTrip:
    """A YAML document loaded for editing: ``data`` behaves as dicts and lists; ``text()`` writes it back."""

    def __init__(self, text: str, source: str = "<data>"):
        try:
            _data, indent, sequence_offset = load_yaml_guess_indent(text)
            indent, sequence_offset = indent or 2, sequence_offset or 0
            self.yaml = YAML(typ="rt")
            self.yaml.width = 10**9
            self.yaml.indent(mapping=max(indent - sequence_offset, 2), sequence=indent, offset=sequence_offset)
            self.yaml.representer.add_representer(str, _represent_str)
            self.data = self.yaml.load(text)
        except YAMLError as error:
            raise DrafterError([Problem(source, _("YAML 无法读取：{reason}").format(reason=error), rule="yaml")]) from None

    def text(self, data=None) -> str:
        """The document as YAML; or ``data`` (a copy of the document's, changed) written the same way."""
        out = io.StringIO()
        self.yaml.dump(self.data if data is None else data, out)
        return out.getvalue()


def _represent_str(representer, text: str):
    """A plain string as ruamel writes it, but double-quoted where it holds a character YAML folds
    (see ``yaml_out.YAML_BREAKS``): ruamel writes U+0085 raw inside single quotes, read back as a space."""
    if any(character in text for character in YAML_BREAKS):
        return representer.represent_scalar("tag:yaml.org,2002:str", text, style='"')
    return representer.represent_str(text)


def move_comment_above_next(points, new: int) -> None:
    """ruamel keeps the comment lines above a list item as the tail of the item before it (of its last
    key, when that item is a mapping). After an item is inserted at ``new``, those lines belong above
    the item after it, so they move from the previous item's tail to the new item's; an end-of-line
    comment on the previous item stays where it is."""
    if not hasattr(points, "ca"):  # a list drafter made itself (a part's first points): no comments to move
        return
    slots, position = _tail(points, new - 1)
    following = _lines_below(slots, position)
    if following is not None:
        points.ca.items[new] = [CommentToken("\n" + following, CommentMark(0), None), None, None, None]


def remove_keeping_comments(points, index: int) -> None:
    """Delete item ``index``; the comment lines above the item after it stay above it (ruamel would
    drop them with the deleted item's tail), and those above the deleted item go with it."""
    if not hasattr(points, "ca"):
        del points[index]
        return
    slots, position = _tail(points, index)
    token = slots[position] if slots and len(slots) > position else None
    following = token.value.partition("\n")[2] if token is not None else ""
    del points[index]
    if index == 0:
        return
    slots, position = _tail(points, index - 1, create=True)
    token = slots[position]
    rest = following if index < len(points) and following.strip() else ""  # nothing follows the last item
    value = (token.value.partition("\n")[0] if token is not None else "") + "\n" + rest
    if not value.strip():
        slots[position] = None
    elif token is not None:
        token.value = value
    else:
        slots[position] = CommentToken(value, CommentMark(0), None)


def _tail(points, index: int, create: bool = False):
    """Where ruamel keeps the comment that follows item ``index`` of ``points``: its slots and the place in them."""
    item = points[index]
    if hasattr(item, "ca") and len(item):
        key, position, owner = (list(item.keys())[-1], 2, item) if isinstance(item, dict) else (len(item) - 1, 0, item)
    else:
        key, position, owner = index, 0, points
    if create:
        owner.ca.items.setdefault(key, [None, None, None, None])
    return owner.ca.items.get(key), position


def get(data, path: tuple):
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def set_value(data, path: tuple, value) -> None:
    for step in path[:-1]:
        data = data[step]
    if path[-1] not in data and isinstance(data, dict) and hasattr(data, "ca") and len(data):
        add_keeping_comments(data, path[-1], value)
    else:
        data[path[-1]] = value


def add_keeping_comments(mapping, key, value) -> None:
    """Add ``key`` at the end of ``mapping``. ruamel keeps the comment lines below a mapping's last key
    (the next list item's 「# 1.2 ……」 block) as that key's tail, so a key added after it would stand
    under them, in the next item's block; those lines move to the new key's tail, and an end-of-line
    comment stays on its own key."""
    last = list(mapping.keys())[-1]
    slots = mapping.ca.items.get(last) if not hasattr(mapping[last], "ca") else None  # a nested value keeps its own tail
    mapping[key] = value
    following = _lines_below(slots, 2)
    if following is not None:
        mapping.ca.items[key] = [None, None, CommentToken("\n" + following, CommentMark(0), None), None]


def _lines_below(slots, position: int) -> str | None:
    """Take the comment lines below an entry out of its tail comment (``slots[position]``), leaving an
    end-of-line comment where it is; the lines, or None if there are none."""
    token = slots[position] if slots and len(slots) > position else None
    if token is None or "\n" not in token.value.rstrip("\n"):
        return None
    end_of_line, _newline, following = token.value.partition("\n")
    if end_of_line.strip():
        token.value = end_of_line + "\n"
    else:
        slots[position] = None
    return following
