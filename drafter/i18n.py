"""The one gettext function for user-facing text: Chinese in the source, English from the catalog."""

from __future__ import annotations

import gettext
import os
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"


def wanted_language(environ=os.environ) -> str:
    """The language the user asked for, by the usual precedence of the POSIX locale variables."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return value.split(":")[0].split(".")[0]
    return "zh_CN"


@lru_cache(maxsize=None)
def _translations(language: str) -> gettext.NullTranslations:
    if language.startswith("zh") or language in ("C", "POSIX"):
        return gettext.NullTranslations()
    return gettext.translation("drafter", LOCALE_DIR, languages=[language, language[:2]], fallback=True)


def _(message: str) -> str:
    """Translate ``message`` (written in Chinese) into the user's language."""
    return _translations(wanted_language()).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog where it is defined; translate it with ``_`` where it is shown."""
    return message
