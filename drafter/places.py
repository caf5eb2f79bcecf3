"""Where templates, fragments and schemes are found: the user's folders first, then the built-in ones."""

from __future__ import annotations

import os
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.i18n import _

PACKAGE_DIR = Path(__file__).parent


def builtin_dir(name: str) -> Path:
    """The installed ``templates``/``fragments`` folder, or the checkout's when running from source."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name


def user_template_dir() -> Path:
    """The user's own template folder: ``$DRAFTER_TEMPLATES``, else ``$XDG_DATA_HOME/drafter/templates``.

    ``drafter scheme new`` writes here, and every command searches it before the built-in templates.
    """
    chosen = os.environ.get("DRAFTER_TEMPLATES")
    if chosen:
        return Path(chosen)
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data_home) / "drafter" / "templates"


def cache_folder(name: str) -> Path | None:
    """``name`` in the user's cache folder, made if need be: under ``$DRAFTER_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/drafter`` (``~/.cache/drafter``; on Windows ``%LOCALAPPDATA%\\drafter``). None if
    ``DRAFTER_CACHE_DIR`` is empty (the cache is off) or the folder cannot be made; what is cached
    there is then made afresh each time."""
    base = os.environ.get("DRAFTER_CACHE_DIR")
    if base is None:
        local = os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or local or os.path.join(os.path.expanduser("~"), ".cache"), "drafter")
    if not base:
        return None
    folder = Path(base) / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def user_folders(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The user's template folders, searched before the built-in ones: ``--templates`` folders, then the user's own."""
    folders = [str(folder) for folder in extra]
    user = user_template_dir()
    if user.is_dir():
        folders.append(str(user))
    return tuple(dict.fromkeys(folders))


def holds_templates(folders: tuple[str, ...]) -> bool:
    """Whether any of ``folders`` holds a template (a .j2 file at any depth): what a render may load
    from outside drafter's own templates."""
    return any(next(Path(folder).rglob("*.j2"), None) is not None for folder in folders)


def template_search_path(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every template folder, in the order they are searched: the user's, then the built-in one."""
    return user_folders(extra) + (str(builtin_dir("templates")),)


def template_folders(folders: list[str]) -> tuple[str, ...]:
    """The user's template folders, each of which must exist."""
    missing = [folder for folder in folders if not Path(folder).is_dir()]
    if missing:
        raise DrafterError([Problem(folder, _("模板目录不存在，请检查 --templates 的路径。")) for folder in missing])
    return tuple(folders)
