"""The drafting page's routes: one Flask app over one drafting session (``drafter.drafting.session.Session``).

Every change goes through the session, so the page saves as ``drafter draft`` does: at once,
atomically, keeping the file's comments and order. Requests are taken one at a time. A change names
the field by its index and its path in the data and says what the field held when the page showed
it; if another tab changed that field, or the walk's structure, or another program changed the
file, nothing is written and the page is told why, so it can ask the clerk.

The page works without JavaScript (plain forms, and a redirect to the next field); the script in
``static/serve.js`` saves as the clerk types, debounced, and swaps in the new walk and preview.
"""

from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from flask import Flask, Response, abort, jsonify, redirect, render_template, request

from drafter.drafting.session import EditedElsewhere, Session
from drafter.drafting.fields import Field, check_answer
from drafter.data.yaml_edit import get
from drafter.errors import DrafterError, Problem
from drafter.i18n import _
from drafter.data.reading import read_text
from drafter.serve.guard import MAX_REQUEST, SAFE_METHODS, Guard
from drafter.serve.outline import outline

# What the page offers to download: the suffix drafter build writes, and the file's media type.
DOWNLOADS = {"docx": (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "txt": (".txt", "text/plain; charset=utf-8"), "pdf": (".pdf", "application/pdf")}


@dataclass
class Desk:
    """The server's one session, shared by every tab; ``structure`` counts the changes to the walk
    (points added, removed or moved, a mark of not applicable, the file read again)."""

    session: Session
    template_dirs: tuple[str, ...] = ()
    previous: dict | None = None  # last year's data (``--from``), shown beside each field
    structure: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock)
    pdf: bool = False  # LibreOffice is installed: the page offers .pdf

    def reopen(self) -> None:
        self.session = Session.open(self.session.path, self.template_dirs)
        self.structure += 1


def create_app(desk: Desk, guard: Guard) -> Flask:
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST, TEMPLATES_AUTO_RELOAD=False)
    app.jinja_env.globals.update(_=_)
    app.jinja_env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}

    @app.before_request
    def guarded():
        if not guard.host_allowed(request.host):
            abort(Response(_("地址不对：请使用 drafter serve 打印的地址。"), 400, mimetype="text/plain"))
        presented = request.args.get("token")
        if not (guard.token_given(request.cookies.get(guard.cookie)) or guard.token_given(presented) or guard.token_given(request.headers.get("X-Drafter-Token"))):
            abort(Response(_("没有访问口令：请使用 drafter serve 打印的完整地址（含 token=…）。"), 403, mimetype="text/plain"))
        if request.method not in SAFE_METHODS:
            buffer_body()
            if not guard.origin_allowed(request.headers.get("Origin")) or not guard.csrf_given(request.headers.get("X-CSRF-Token") or request.form.get("csrf")):
                abort(Response(_("请求来源无法确认（CSRF）：请从起草页面操作。"), 403, mimetype="text/plain"))
        if presented and request.method == "GET" and request.path == "/":
            response = redirect("/" + (f"?field={request.args['field']}" if "field" in request.args else ""))  # the token out of the address bar
            response.set_cookie(guard.cookie, guard.token, httponly=True, samesite="Strict", path="/")
            return response
        return None

    @app.after_request
    def hardened(response: Response) -> Response:
        response.headers.update({
            "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY", "Cache-Control": "no-store",
        })
        return response

    @app.errorhandler(413)
    def too_large(_error):
        return _failure(_("请求太大（上限 {n} KB）：一次只保存一项回答。").format(n=MAX_REQUEST // 1024), 413)

    @app.get("/")
    def page():
        with desk.lock:
            index = _index(desk, request.args.get("field"))
            return render_template("page.html", **_view(desk, index), csrf=guard.csrf, message=request.args.get("message", ""))

    @app.get("/view")
    def view():
        """The page's three columns for a field, for the script to swap in without a reload."""
        with desk.lock:
            return jsonify(_fragments(desk, _index(desk, request.args.get("field"))))

    @app.get("/status")
    def status():
        with desk.lock:
            return jsonify(edited=desk.session.changed_elsewhere(), structure=desk.structure)

    @app.post("/answer")
    def answer():
        with desk.lock:
            target, index = _target(desk)
            # A browser sends a textarea's line breaks as CRLF (HTML's form encoding), what the page showed too:
            # compared as sent, a two-line title was refused as changed in another tab.
            text = _as_typed(request.form.get("text", ""))
            problem = check_answer(target, text)
            if problem:
                return _failure(problem, 422, index=index)
            session = desk.session
            shown = session.text_to_show(target)
            if shown != _as_typed(request.form.get("before", shown)) and text != shown:
                message = _("这一项已在另一个标签页中改为「{text}」，这里没有保存。请载入后再改。").format(text=_clip(shown))
                return _failure(message, 409, kind="other-tab", current=shown, index=index)
            if text != shown:
                try:
                    session.answer(target, text, overwrite=request.form.get("overwrite") == "1")
                except DrafterError as error:
                    return _not_saved(error, 500, index)
                if target.kind in ("part", "reason"):
                    desk.structure += 1
            index = _after_answer(session, target, index)
            return _done(desk, index, _placeholder_warnings(session, text))

    @app.post("/point")
    def point():
        return _changed_structure(desk, lambda session, target: {
            "add": lambda: session.add_point(target), "remove": lambda: session.remove_point(target),
            "up": lambda: session.move_point(target, -1), "down": lambda: session.move_point(target, 1)})

    @app.post("/part")
    def part():
        """The body's parts, from the one the field is in: add one after it, rename, move, remove an empty one."""
        def actions(session, target):
            key, heading = session.part_of(target), request.form.get("heading", "")
            if key is None:
                raise DrafterError([Problem(str(session.path), _("这一项不在正文的某一部分中。"), rule="part")])
            return {"add": lambda: session.add_part(heading, after=key), "rename": lambda: session.rename_part(key, heading),
                    "up": lambda: session.move_part(key, -1), "down": lambda: session.move_part(key, 1),
                    "remove": lambda: session.remove_part(key)}

        return _changed_structure(desk, actions)

    @app.post("/not-applicable")
    def not_applicable():
        with desk.lock:
            target, index = _target(desk)
            reason = request.form.get("reason", "").strip().replace("\n", "")
            if not desk.session.indicator_of(target):
                return _failure(_("这一项不是评价要点，不能标为不适用。"), 422, index=index)
            if not reason:
                return _failure(_("请写明不适用的理由（如：本县没有高中）。"), 422, index=index)
            try:
                index = desk.session.mark_not_applicable(target, reason)
            except DrafterError as error:
                return _not_saved(error, 422, index)
            desk.structure += 1
            return _done(desk, _field_index(desk.session, target.path[:-1] + ("not_applicable",), index))

    @app.post("/reload")
    def reload():
        """Read the file again after another program changed it (the page keeps what was being typed)."""
        with desk.lock:
            path = _index_path(desk, request.form.get("field"))
            try:
                desk.reopen()
            except DrafterError as error:
                return _failure(_said(error), 422)
            return _done(desk, _field_index(desk.session, path, 0))

    @app.get("/download/<kind>")
    def download(kind: str):
        """What drafter build makes of the file as saved now. The build (for a PDF, LibreOffice: a minute
        on a slow machine) runs outside the lock, from the saved text, so saves and other tabs go on."""
        if kind not in DOWNLOADS:
            abort(404)
        suffix, media = DOWNLOADS[kind]
        try:
            with desk.lock:
                path = desk.session.path
                saved = read_text(path, str(path))
            content = _built(path, desk.template_dirs, suffix, saved)
        except DrafterError as error:
            lines = [f"{p.location()}: {p.message}" for p in error.problems]
            return Response(_("还不能生成：") + "\n" + "\n".join(lines), 422, mimetype="text/plain; charset=utf-8")
        name = quote(path.stem + suffix)
        return Response(content, mimetype=media, headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})

    return app


# --- answering ------------------------------------------------------------------------------------


def _target(desk: Desk) -> tuple[Field, int]:
    """The field a change is for: its index, checked against the path and the walk the page had."""
    session = desk.session
    try:
        index = int(request.form.get("field", ""))
        path = tuple(json.loads(request.form.get("path", "null")))
        structure = int(request.form.get("structure", desk.structure))
    except (TypeError, ValueError, RecursionError):  # not what the page sends: a path nested a thousand deep, say
        abort(400)
    if not 0 <= index < len(session.fields) or session.fields[index].path != path or structure != desk.structure:
        abort(_failure(_("报告的结构已在另一个标签页中改变，这里没有保存。请载入最新内容（刚才输入的文字仍在输入框中）。"), 409, kind="structure",
                       index=_field_index(session, path, min(max(index, 0), len(session.fields) - 1))))
    return session.fields[index], index


def _after_answer(session: Session, target: Field, index: int) -> int:
    """The field's index after the walk was worked out again (a part's first point, a reason emptied)."""
    if index < len(session.fields) and session.fields[index].path == target.path:
        return index
    return _field_index(session, target.path, min(index, len(session.fields) - 1))


def _done(desk: Desk, index: int, warnings: list[str] = ()):
    """The reply to a change: for the script, the new columns; for a plain form, the next field's page.
    The page moves on from ``index`` when the form says go=next (保存并下一项), unless ``warnings``
    were said of an answer saved all the same (a placeholder naming no metric): the clerk should see them."""
    if request.form.get("go") == "next" and not warnings:
        index = min(index + 1, len(desk.session.fields) - 1)
    if _wants_json():
        return jsonify(dict(_fragments(desk, index), warning="".join(warnings)))
    return redirect(f"/?field={index}" + (f"&message={quote(''.join(warnings))}" if warnings else ""))


def _placeholder_warnings(session: Session, text: str) -> list[str]:
    from drafter.assemble.figures import unknown_in

    names = [str(name) for name in (session.data.get("metrics") or {})]
    return [message for _placeholder, message in unknown_in(text, names)] if "{" in text else []


def _failure(message: str, status: int, **more) -> Response:
    if _wants_json():
        response = jsonify(error=message, **more)
        response.status_code = status
        return response
    index = more.get("index")
    return redirect(f"/?field={index if index is not None else ''}&message={quote(message)}")


def _not_saved(error: DrafterError, status: int, index: int) -> Response:
    """The reply to a change the session refused or could not save (it is as it was before the change):
    409 for the file edited elsewhere, 413 for a file grown past what drafter reads back."""
    if isinstance(error, EditedElsewhere):
        return _failure(error.problems[0].message, 409, kind="edited", index=index)
    if error.problems[0].rule == "too-large":
        return _failure(_said(error), 413, kind="too-large", index=index)
    return _failure(_said(error), status, kind="unsaved", index=index)


def _said(error: DrafterError) -> str:
    return "；".join(problem.message for problem in error.problems)


def _wants_json() -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _clip(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[:length] + "……"


# --- what the page shows --------------------------------------------------------------------------


def _index(desk: Desk, wanted: str | None) -> int:
    session = desk.session
    try:
        index = int(wanted) if wanted not in (None, "") else session.first_unanswered()
    except ValueError:
        index = session.first_unanswered()
    return min(max(index, 0), max(len(session.fields) - 1, 0))


def _index_path(desk: Desk, wanted: str | None) -> tuple:
    fields = desk.session.fields
    index = _index(desk, wanted)
    return fields[index].path if fields else ()


def _field_index(session: Session, path: tuple, default: int) -> int:
    """The index of the field at ``path`` (or the nearest above it), else ``default``."""
    for length in range(len(path), 0, -1):
        for i, f in enumerate(session.fields):
            if f.path[:length] == path[:length]:
                return i
    return default


def _changed_structure(desk: Desk, actions):
    """A change of the data's shape (a point or a part added, moved, removed): the form's ``action``
    among ``actions(session, target)``, done under the desk's lock; the walk changes with it."""
    with desk.lock:
        target, index = _target(desk)
        try:
            chosen = actions(desk.session, target).get(request.form.get("action"))
            if chosen is None:
                abort(400)
            index = chosen()
        except DrafterError as error:
            return _not_saved(error, 422, index)
        desk.structure += 1
        return _done(desk, index)


def _as_typed(text: str) -> str:
    """A form field's text with the line breaks the clerk typed: CRLF and CR (as browsers send them) as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _view(desk: Desk, index: int) -> dict:
    session = desk.session
    walk = outline(session)
    target = session.fields[index] if session.fields else None
    return {
        "session": session, "name": session.path.name, "walk": walk, "index": index, "target": target, "structure": desk.structure,
        "text": session.text_to_show(target) if target else "", "path": json.dumps(list(target.path), ensure_ascii=False) if target else "[]",
        "last_year": _last_year(desk, target), "indicator": bool(target and session.indicator_of(target)), "phrase": _phrase(session, target),
        "preview": _preview(desk), "pdf": desk.pdf, "count": len(session.fields), "texts": _texts(),
        "unanswered": _next_unanswered(session, index), "part": session.part_of(target) if target else None,
    }


def _next_unanswered(session: Session, index: int) -> int | None:
    """The next field after ``index`` still to be answered, going round to the start; None when all are."""
    order = list(range(index + 1, len(session.fields))) + list(range(0, index + 1))
    return next((i for i in order if not session.answered(session.fields[i])), None)


def _texts() -> dict:
    """What the script says, in the clerk's language."""
    return {"saved": _("已保存"), "saving": _("正在保存……"), "unsaved": _("未保存"), "typing": _("输入中……"), "load": _("载入最新内容"),
            "offline": _("无法连接 drafter serve：它是否已停止？已保存的回答都在文件里。"), "kept": _("已载入；刚才输入的文字仍在输入框中，尚未保存。")}


def _fragments(desk: Desk, index: int) -> dict:
    values = _view(desk, index)
    return {
        "index": index, "structure": desk.structure, "before": values["text"],
        "walk": render_template("walk.html", **values), "field": render_template("field.html", **values),
        "preview": render_template("preview.html", **values), "totals": render_template("totals.html", **values),
    }


def _last_year(desk: Desk, target: Field | None) -> str:
    """Last year's answer at the same place in the data, when ``--from`` gave a file and it differs."""
    if desk.previous is None or target is None:
        return ""
    value = get(desk.previous, target.path)
    if value is None or isinstance(value, dict):
        return ""
    text = "\n".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "" if text == desk.session.text_to_show(target) else text


def _phrase(session: Session, target: Field | None) -> str:
    if target is None or not target.metric:
        return ""
    return session.metric_preview(target, session.text_to_show(target))


@dataclass
class Preview:
    html: str = ""
    missing: int = 0
    problems: list = field(default_factory=list)  # messages: why there is no preview, or the build's warnings
    findings: int = 0


def _preview(desk: Desk) -> Preview:
    """The numbered report so far, with the checker's findings marked in place."""
    from drafter.write.html import html_report

    try:
        report, missing = desk.session.draft_report(desk.template_dirs)
    except DrafterError as error:
        return Preview(problems=[p.message for p in error.problems])
    marks = _marks(desk.session.path, report.numbered)
    return Preview(html_report(report.numbered, marks), missing, [w.message for w in report.warnings or []], len(marks))


def _marks(path: Path, numbered) -> list:
    """The lint rules' findings on the numbered paragraphs, placed for ``html_report``."""
    from drafter.lint.check import load_rules
    from drafter.lint.registry import Paragraph
    from drafter.lint.rules import lint
    from drafter.write.html import Mark

    try:
        rules = load_rules(path)
    except DrafterError:
        return []
    lines = [(index, line) for index, line in enumerate(numbered.lines) if line.table is None]
    paragraphs = [Paragraph(line.text) for _i, line in lines]  # as ``drafter check`` reads the .txt build
    return [Mark(lines[f.paragraph][0], f.offset, f.offset + max(len(f.text), 1), f.message, f.severity) for f in lint(paragraphs, rules)]


def _built(path: Path, template_dirs: tuple[str, ...], suffix: str, saved: str) -> bytes:
    """What ``drafter build DATA -o X.suffix`` writes of ``saved``, the file's text as saved."""
    from drafter.pipeline import WRITERS, build_report

    return WRITERS[suffix](build_report(path, template_dirs, text=saved))


def buffer_body() -> None:
    """Read the request's body whole, before any lock is taken: within the server's time limit (a body
    that stops coming ends in an error on its own thread, and no other tab waits for it), and never
    more than ``MAX_REQUEST``, however it is sent (a chunked body has no length to refuse it by: it is
    counted as it comes, and refused with 413, not cut short). The request then reads it from memory."""
    environ = request.environ
    length = request.content_length
    if length is not None and length > MAX_REQUEST:
        abort(413)
    stream, parts, size = environ["wsgi.input"], [], 0
    wanted = length if length is not None else MAX_REQUEST + 1
    try:
        while size < wanted:
            part = stream.read(min(wanted - size, 65536))
            if not part:
                break
            parts.append(part)
            size += len(part)
    except OSError:  # the server's socket timeout: the rest never came
        abort(_failure(_("请求的内容没有按时送到，没有保存。请重试。"), 408))
    if size > MAX_REQUEST:
        abort(413)
    body = b"".join(parts)
    environ.update({"wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))})
    environ.pop("HTTP_TRANSFER_ENCODING", None)
    environ.pop("wsgi.input_terminated", None)
