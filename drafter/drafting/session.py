"""The drafting session behind ``drafter draft``, without the terminal: which fields a report has,
in what order, what marker each will get, where the clerk stopped, and how each answer is saved.

Every answer is written to the YAML file at once, atomically, through the round-trip writer, so
the file keeps its comments, order and formatting and a killed session loses at most the field
being edited. A lock on a file beside the data (``drafter.drafting.locking``) keeps a second session off the
file; the system releases it when its holder dies, even by ``kill -9``. An edit another program
makes meanwhile is noticed before the next save, which then waits for the clerk's word.
"""

from __future__ import annotations

import datetime
import hashlib
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


from drafter.errors import DrafterError, Problem
from drafter.files import os_reason, write_atomically, write_file
from drafter.i18n import _
from drafter.data.reading import MAX_BYTES, number_from_text
from drafter.data.yaml_edit import RoundTrip
from drafter.data.yaml_edit import get, move_comment_above_next, remove_keeping_comments, set_value
from drafter.drafting.fields import Field, PLACEHOLDER, _names_indicator, fields_of, typed_value
from drafter.data.reading import decoded_utf8, read_bytes
from drafter.data.schema import schema_problems
from drafter.data.report import part_key_for, strings_of
from drafter.data.reading import read_text


@dataclass
class Session:
    """A data file being drafted: its round-trip document, its fields, and the scheme behind it."""

    path: Path
    document: RoundTrip
    scheme: object | None = None
    fields: list[Field] = field(default_factory=list)
    stamp: tuple | None = None  # the file as this session last read or wrote it (see ``file_stamp``)
    written: str | None = None  # the document's text as last saved (every change to it is saved at once)

    @classmethod
    def open(cls, path: Path, template_dirs: tuple[str, ...] = ()) -> Session:
        """The file ready to draft; a located problem if it is not report data (blanks are fine: they are what is drafted)."""
        from drafter.data.load import read_report

        data = read_bytes(path, str(path))
        text = decoded_utf8(data, str(path))
        stamp = file_stamp(path, data)
        problems = schema_problems(read_report(text, str(path)), allow_blank=True)
        if problems:
            raise DrafterError(problems)
        document = RoundTrip(text, str(path))
        scheme = None
        if document.data.get("scheme"):
            from drafter.data.scheme import find_scheme

            scheme = find_scheme(str(document.data["scheme"]), template_dirs, str(path))
        session = cls(path, document, scheme, stamp=stamp, written=text)
        session.refresh()
        return session

    def changed_elsewhere(self) -> bool:
        """Whether another program changed the file since this session last read or wrote it."""
        return file_stamp(self.path) != self.stamp

    @property
    def data(self):
        return self.document.data

    def refresh(self) -> None:
        """Work out the fields again (after the structure changed, e.g. a point was added)."""
        self.fields = fields_of(self.data, self.scheme)

    def value(self, target: Field):
        return get(self.data, target.path)

    def answered(self, target: Field) -> bool:
        if target.optional:
            return True
        value = self.value(target)
        if target.kind == "score" and self.not_applicable(target):
            return True
        if isinstance(value, list):
            return any(str(v).strip() for v in value)
        return value is not None and str(value).strip() != ""

    def not_applicable(self, target: Field) -> bool:
        holder = get(self.data, target.path[:-1])
        return isinstance(holder, dict) and bool(holder.get("not_applicable"))

    def first_unanswered(self) -> int:
        """Where to resume: the first field without an answer (the first field if all are answered)."""
        return next((i for i, f in enumerate(self.fields) if not self.answered(f)), 0)

    @contextmanager
    def change(self):
        """One change to the file, all or nothing: if anything in it fails (the file was edited
        elsewhere, the disk is full, a bug), the document, its fields and what was saved are as before,
        taken back from the text last saved, so nothing half-made is shown or written by a later save."""
        before, written = self.written if self.written is not None else self.document.text(), self.written
        try:
            yield
        except BaseException:
            self.document = RoundTrip(before, str(self.path))
            self.written = written
            self.refresh()
            raise

    def answer(self, target: Field, text: str, overwrite: bool = False) -> None:
        """Store ``text`` as the answer to ``target`` and write the file at once; if it cannot be
        written, the session stays as the file is (and the caller still has ``text``).

        If another program changed the file meanwhile, nothing is written and ``EditedElsewhere``
        is raised, unless the clerk chose to ``overwrite`` it."""
        with self.change():
            holder = get(self.data, target.path[:-1])
            if target.optional and not text.strip() and isinstance(holder, dict):
                holder.pop(target.path[-1], None)  # an optional field left empty is left out, not written as ''
            else:
                set_value(self.data, target.path, typed_value(target, text))
            self.save(overwrite)
            if target.kind in ("part", "reason"):
                self.refresh()  # the part now holds a point, or the 评价要点 is scored again: fields of their own

    def save(self, overwrite: bool = False) -> None:
        self.written = None  # until this save succeeds, the document may differ from any text saved
        if not overwrite and self.changed_elsewhere():
            raise EditedElsewhere([Problem(str(self.path), _("数据文件在起草期间被其他程序改动过。为免丢失那边的改动，这次没有保存。"), rule="edited")])
        text = self.document.text()
        content = text.encode("utf-8")
        if len(content) > MAX_BYTES:
            raise DrafterError([Problem(str(self.path), _("这样保存后数据文件将有 {size} MB，超过 drafter 能读回的 {limit} MB，所以没有保存。请把过长的文字缩短或分成几份报告。").format(
                size=f"{len(content) / 2**20:.1f}", limit=MAX_BYTES // 2**20), rule="too-large")])
        try:
            write_atomically(self.path, content)
        except OSError as error:
            raise DrafterError([Problem(str(self.path), _("无法保存：{reason}。刚才的回答还在屏幕上，请处理后再试。").format(reason=os_reason(error)))]) from None
        self.stamp = file_stamp(self.path, content)  # what was just written: no need to read it back
        self.written = text

    def add_point(self, target: Field) -> int:
        """A new, empty point after ``target``'s (or at the end of its list); returns the new field's index.

        The comment a file has above the next point (its indicator and guidance) stays above that point:
        ruamel keeps it with the point before, so it moves to the new one, which now stands before it."""
        with self.change():
            points = get(self.data, target.points_of)
            index = target.path[len(target.points_of)] + 1 if len(target.path) > len(target.points_of) else len(points)
            points.insert(index, "")
            if 0 < index < len(points) - 1:
                move_comment_above_next(points, index)
            self.save()
            self.refresh()
            return next(i for i, f in enumerate(self.fields) if f.path == target.points_of + (index,))

    def remove_point(self, target: Field) -> int:
        """Take out ``target``'s point (the only one of its list is emptied instead, so its place stays);
        returns the index of the field to go on with. A point that answers an indicator stays: mark it
        not applicable instead."""
        points, index = self._own_point(target)
        if len(points) == 1:
            self.answer(target, "")
            return self.fields.index(target) if target in self.fields else 0
        with self.change():
            remove_keeping_comments(points, index)
            self.save()
            self.refresh()
            return self._field_at(target.points_of + (min(index, len(points) - 1),))

    def move_point(self, target: Field, step: int) -> int:
        """Swap ``target``'s point with the one before (``step`` -1) or after (+1); returns the field's new index."""
        points, index = self._own_point(target)
        other = index + step
        if not 0 <= other < len(points) or _names_indicator(points[other]):
            return self._field_at(target.points_of + (index,))
        with self.change():
            points[index], points[other] = points[other], points[index]
            self.save()
            self.refresh()
            return self._field_at(target.points_of + (other,))

    def part_of(self, target: Field):
        """The key of the part ``target`` is in, or None for a field outside the body's parts."""
        return target.path[1] if len(target.path) > 1 and target.path[0] == "parts" else None

    def add_part(self, heading: str, after=None) -> int:
        """A new part with ``heading`` after the part ``after`` (at the end without one): the known kind
        whose name the heading is, while that kind is free, else a part of the report's own. Returns
        the index of its first field (its first point, to be written)."""
        heading = heading.strip()
        if not heading or "\n" in heading:
            raise DrafterError([Problem(str(self.path), _("请写出新部分的一级标题（一行）。"), rule="part")])
        with self.change():
            parts = self.data["parts"]
            key = part_key_for(heading, parts)
            keys = list(parts)
            position = keys.index(after) + 1 if after in parts else len(keys)
            parts.insert(position, key, {"heading": heading, "content": []})
            self.save()
            self.refresh()
        return next(i for i, f in enumerate(self.fields) if f.path[:2] == ("parts", key) and f.kind == "part")

    def rename_part(self, key, heading: str) -> int:
        """Give part ``key`` the 一级 heading ``heading``; returns the index of its heading's field."""
        heading = heading.strip()
        part = (self.data.get("parts") or {}).get(key)
        if not isinstance(part, dict):
            raise DrafterError([Problem(str(self.path), _("没有这个部分。"), rule="part")])
        if not heading or "\n" in heading:
            raise DrafterError([Problem(str(self.path), _("请写出这一部分的一级标题（一行）。"), rule="part")])
        with self.change():
            part["heading"] = heading
            self.save()
            self.refresh()
        return self._field_at(("parts", key, "heading"))

    def move_part(self, key, step: int) -> int:
        """Move part ``key`` one place up (``step`` -1) or down (+1) in the body; the comments inside it
        go with it. Returns the index of the part's first field."""
        parts = self.data["parts"]
        keys = list(parts)
        index = keys.index(key)
        other = index + step
        if 0 <= other < len(keys):
            with self.change():
                keys[index], keys[other] = keys[other], keys[index]
                for name in keys[min(index, other):]:  # the mapping's own order, comments kept by key
                    parts.move_to_end(name)
                self.save()
                self.refresh()
        return next(i for i, f in enumerate(self.fields) if f.path[:2] == ("parts", key))

    def remove_part(self, key) -> int:
        """Take out part ``key`` when nothing is written in it (text is never thrown away: move or delete
        it first); the body keeps at least one part. Returns the index of the field to go on with."""
        parts = self.data["parts"]
        if len(parts) == 1:
            raise DrafterError([Problem(str(self.path), _("报告至少要有一个部分，不能删去最后一个。"), rule="part")])
        if any(text.strip() for _path, text in strings_of({"content": parts[key].get("content") or []})):
            raise DrafterError([Problem(str(self.path), _("这一部分还有文字，为免丢失，没有删除。请先删去或移走其中的文字。"), rule="part")])
        index = list(parts).index(key)
        with self.change():
            del parts[key]
            self.save()
            self.refresh()
        following = list(parts)[min(index, len(parts) - 1)]
        return next(i for i, f in enumerate(self.fields) if f.path[:2] == ("parts", following))

    def _own_point(self, target: Field) -> tuple:
        """The list ``target``'s point is in and its place there; ``DrafterError`` for a field that is no free point."""
        points = get(self.data, target.points_of) if target.points_of else None
        index = target.path[len(target.points_of)] if points is not None else None
        if points is None or not isinstance(index, int) or _names_indicator(points[index]):
            raise DrafterError([Problem(str(self.path), _("这一项不是可以删除或移动的分项（评价要点可以标为不适用）。"), rule="point")])
        return points, index

    def _field_at(self, path: tuple) -> int:
        """The index of the field at ``path`` or, for a point held as a mapping, of its text."""
        return next((i for i, f in enumerate(self.fields) if f.path in (path, path + ("text",))), 0)

    def indicator_of(self, target: Field):
        """The mapping of the 评价要点 ``target`` belongs to (its text or score), if it is one."""
        holder = get(self.data, target.path[:-1])
        return holder if isinstance(holder, dict) and holder.get("indicator") is not None else None

    def mark_not_applicable(self, target: Field, reason: str) -> int:
        """Record that ``target``'s indicator does not apply, and why; its score goes (nothing to score).
        Returns the index of the field to go on with."""
        with self.change():
            holder = self.indicator_of(target)
            holder["not_applicable"] = reason
            holder.pop("score", None)
            self.save()
            self.refresh()
        here = target.path[:-1]
        return next((i for i, f in enumerate(self.fields) if f.path[:len(here)] != here and i > 0 and self.fields[i - 1].path[:len(here)] == here),
                    min(len(self.fields) - 1, next((i for i, f in enumerate(self.fields) if f.path[:len(here)] == here), 0)))

    def metric_preview(self, target: Field, typed: str) -> str:
        """What the report will print for the metric of ``target`` if its value is ``typed``: every
        placeholder of it the data's text uses, written by the build's own function (``figures.fill_in``)."""
        from drafter.assemble.figures import Metric, fill_in, placeholders_in

        fields = dict((self.data.get("metrics") or {}).get(target.metric) or {})
        try:
            fields["value"] = number_from_text(typed)
        except ValueError:
            return ""
        metrics = {target.metric: Metric.from_data(target.metric, fields)}
        used = [m.group(0) for _path, text in strings_of(self.data) for m, name, _form in placeholders_in(text) if name == target.metric]
        shown = []
        for placeholder in dict.fromkeys(used or ["{%s}" % target.metric, "{%s.变化}" % target.metric]):
            try:
                shown.append(f"{placeholder} → {fill_in(placeholder, metrics)}")
            except (ValueError, TypeError, ZeroDivisionError, ArithmeticError):
                continue
        return "；".join(shown)

    def draft_text(self) -> tuple[str, int]:
        """The file as it would be with every unanswered field stood in for (「〔待填写〕」, a score of 0,
        today's date), so a preview can show the report so far; and how many fields are stood in for."""
        # The stand-ins go into the document itself and come out again once it is written as text:
        # a copy would be cheaper to reason about, but ruamel's deepcopy misplaces comments, and
        # reading the file's text again costs 40 ms at every save of a drafting page.
        if self.written is not None and all(self.answered(target) for target in self.fields):
            return self.written, 0  # nothing to stand in for: the text just saved (a long report's dump is 0.6 s)
        replaced, missing = [], 0
        try:
            for target in self.fields:
                if self.answered(target):
                    continue
                missing += 1
                placeholder = {"score": "0", "number": "0", "date": datetime.date.today().isoformat()}.get(target.kind, PLACEHOLDER)
                holder, key = get(self.data, target.path[:-1]), target.path[-1]
                present = key in holder if isinstance(holder, dict) else 0 <= key < len(holder)
                replaced.append((holder, key, present, holder[key] if present else None))
                holder[key] = typed_value(target, placeholder)
            return self.document.text(), missing
        finally:
            for holder, key, present, before in reversed(replaced):
                if present:
                    holder[key] = before
                else:
                    del holder[key]

    def draft_report(self, template_dirs: tuple[str, ...] = ()):
        """The report built from ``draft_text`` (a ``pipeline.BuiltReport``), and how many fields are
        stood in for; ``DrafterError`` if even so it cannot be built."""
        from drafter.pipeline import build_report

        text, missing = self.draft_text()
        scores = sum(1 for target in self.fields if target.kind == "score" and not self.answered(target))
        return build_report(self.path, template_dirs, text=text, draft=True, pending_scores=scores), missing

    def text_to_show(self, target: Field) -> str:
        value = self.value(target)
        if value is None or target.kind == "part":
            return ""
        if isinstance(value, list):
            return "\n".join(str(v) for v in value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)


class EditedElsewhere(DrafterError):
    """The data file changed on disk after the session read it; the clerk decides what happens."""


def file_stamp(path: Path, content: bytes | None = None) -> tuple | None:
    """What identifies the file's content now: modification time, size and SHA-256 (None if it is gone).
    The hash catches an edit that keeps the size within the file system's time resolution. ``content``
    is the file's bytes when the caller has them already."""
    try:
        info = os.stat(path)
        if content is None:
            with open(path, "rb") as stream:
                content = stream.read()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, hashlib.sha256(content).hexdigest()


# --- the file to draft -----------------------------------------------------------------------------


def file_to_draft(path: Path, scheme_id: str | None, from_path: Path | None, template_dirs: tuple[str, ...]) -> tuple[Path, str | None]:
    """The data file a drafting session (terminal or browser) works on, created if needed from a
    scheme's skeleton or last year's file, and a note for the clerk, if any.

    A data file reached through a symbolic link is drafted where the link points, and the clerk is
    told so: the lock and every save go to the real file, and the link stays a link."""
    note = None
    if path.is_symlink():
        real = Path(os.path.realpath(path))
        note = _("「{link}」是指向「{real}」的链接，将起草后者。").format(link=path, real=real)
        path = real
    if path.exists() and not path.is_file():
        read_text(path, str(path))  # the same message as every command gives for a folder or a device
    if path.suffix.lower() not in (".yaml", ".yml"):
        from drafter.readers.kind import OFFICE_SUFFIXES, TEXT_SUFFIXES

        imported = path.suffix.lower() in (".docx", ".pdf") + OFFICE_SUFFIXES + TEXT_SUFFIXES  # what drafter import reads
        hint = _("旧报告请先用 drafter import 转成数据文件。") if imported else ""
        raise DrafterError([Problem(str(path), _("数据文件应以 .yaml 结尾。") + hint)])
    create_if_missing(path, scheme_id, from_path, template_dirs)
    return path, note


def create_if_missing(path: Path, scheme_id: str | None, from_path: Path | None, template_dirs: tuple[str, ...]) -> None:
    if path.exists():
        return
    if from_path is not None:
        from drafter.drafting.carry_over import carry_over_file

        text = carry_over_file(from_path)
        if scheme_id:
            document = RoundTrip(text, str(from_path))
            document.data["scheme"] = scheme_id
            text = document.text()
    elif scheme_id:
        from drafter.data.scheme import find_scheme
        from drafter.drafting.skeleton import skeleton_text

        text = skeleton_text(find_scheme(scheme_id, template_dirs, "--scheme"), path)
    else:
        raise DrafterError([Problem(str(path), _("文件还不存在：请用 --scheme 指定评价方案（drafter schemes 列出全部方案），或用 --from 指定去年的数据文件。"))])
    write_file(path, text.encode("utf-8"))
