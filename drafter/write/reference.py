"""A house reference .docx (``--reference-doc``): its named styles take the place of drafter's.

An office restyles 公文标题, 一级标题, Normal (「正文」) … in Word once and saves the file; every
report built with it then carries those styles under the same names, so paragraphs keep their
style and Word's outline still works. Styles are matched by name; what a borrowed style is based
on is kept when drafter has that style too, and dropped otherwise (its own settings stay whole).
"""

from __future__ import annotations

import zipfile
from copy import deepcopy
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import guard_package, package_errors
from drafter.files import damage
from drafter.i18n import N_, _

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reference_styles(path: Path) -> dict[str, object]:
    """The reference document's styles by name (lxml elements); a clear problem if it is no .docx."""
    from lxml import etree

    if not path.is_file():
        raise DrafterError([Problem(str(path), _("找不到参考文档，请检查 --reference-doc 的路径。"))])
    guard_package(path, name=_("参考文档"))
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/styles.xml")
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False))
    except (etree.XMLSyntaxError, *package_errors()) as error:
        raise DrafterError([Problem(str(path), _("参考文档不是可读的 .docx（{reason}）。请在 Word 或 WPS 中另存为 .docx。").format(reason=damage(error)))]) from None
    styles = {}
    for element in root.iter(f"{W}style"):
        name = element.find(f"{W}name")
        if name is not None and name.get(f"{W}val"):
            styles[name.get(f"{W}val")] = element
    return styles


def borrowed_style(element, style_id: str, ids_by_their_id: dict[str, str]) -> str:
    """The reference's style ``element`` as one of ours: our id, links translated or dropped, and no
    list numbering (it would point into the reference's numbering, which is not copied)."""
    from lxml import etree

    style = deepcopy(element)
    style.set(f"{W}styleId", style_id)
    for tag in ("basedOn", "next", "link"):
        for child in style.findall(f"{W}{tag}"):
            target = ids_by_their_id.get(child.get(f"{W}val"))
            if target and tag != "link":
                child.set(f"{W}val", target)
            else:
                style.remove(child)
    for numbered in style.findall(f"{W}pPr/{W}numPr"):  # a list of the reference's own, which drafter does not copy
        numbered.getparent().remove(numbered)
    text = etree.tostring(style, encoding="unicode")
    return text.replace(f' xmlns:w="{W[1:-1]}"', "", 1)


def overridden_styles(specs, styles: dict[str, object]) -> dict[str, str]:
    """Our style id → the reference's style XML standing in for it, for every name the reference shares."""
    ours_by_name = {spec.name: spec.style_id for spec in specs}
    ids_by_their_id = {element.get(f"{W}styleId"): ours_by_name[name] for name, element in styles.items() if name in ours_by_name}
    return {ours_by_name[name]: borrowed_style(element, ours_by_name[name], ids_by_their_id) for name, element in styles.items() if name in ours_by_name}


# What of a style keeps the body on GB/T 9704's grid (22 lines of 28 characters): a borrowed style that
# changes any of these is named to the clerk, with the figures before and after.
_GRID_SETTINGS = (
    (N_("字号"), f"{W}rPr/{W}sz", f"{W}val", lambda v: _("{n:g} 磅").format(n=int(v) / 2)),
    (N_("首行缩进"), f"{W}pPr/{W}ind", f"{W}firstLineChars", lambda v: _("{n:g} 字").format(n=int(v) / 100)),
    (N_("首行缩进"), f"{W}pPr/{W}ind", f"{W}firstLine", lambda v: _("{n:g} 磅").format(n=int(v) / 20)),
    (N_("行距"), f"{W}pPr/{W}spacing", f"{W}line", lambda v: _("{n:g} 磅").format(n=int(v) / 20)),
)


def grid_changes(ours: dict[str, str], borrowed: dict[str, object]) -> list[str]:
    """For each style the reference replaces (by name), the grid settings it changes: 「Normal：行距 579 → 240」."""
    from lxml import etree

    changes = []
    for name, element in borrowed.items():
        if name not in ours:
            continue
        mine = etree.fromstring(ours[name].replace("<w:style ", f'<w:style xmlns:w="{W[1:-1]}" ', 1))
        differences = []
        for label, path, attribute, shown in _GRID_SETTINGS:
            before, after = _setting(mine, path, attribute), _setting(element, path, attribute)
            if before != after:
                differences.append(_("{what} {before} → {after}").format(what=_(label), before=_shown(before, shown), after=_shown(after, shown)))
        if differences:
            changes.append(f"{name}：" + "，".join(differences))
    return changes


def _shown(value: str | None, shown) -> str:
    if value is None:
        return _("未设置")
    try:
        return shown(value)
    except ValueError:
        return value


def _setting(style, path: str, attribute: str) -> str | None:
    found = style.find(path)
    return found.get(attribute) if found is not None else None
