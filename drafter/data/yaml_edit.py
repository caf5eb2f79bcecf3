"""Rewriting a data file the clerk wrote, keeping its comments, key order and indentation.

PyYAML drops comments, so rewrites go through ruamel.yaml's round-trip mode; the indentation
style is read from the file itself, so an unchanged value comes back byte for byte. Quotes are
not preserved: with them ruamel would quote every new answer given where '' stood.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
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
