"""``drafter serve``: the drafting walk of ``drafter draft`` as a local web page, for clerks who work
in a browser. Left, the walk (parts, indicators, 评价要点, with states and scores); in the middle,
the field in hand; right, the numbered report as it will print, from the same tree the .docx
writer takes.

The pieces: ``app`` (the routes, over ``drafter.draft.Session``), ``guard`` (token, CSRF, host,
request size), ``outline`` (the walk's tree), ``templates/`` and ``static/`` (the page, plain HTML
with a little script; no build step). The server is Werkzeug's, threaded, on 127.0.0.1.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from drafter.i18n import _


def serve(path: Path, scheme_id: str | None = None, from_path: Path | None = None, template_dirs: tuple[str, ...] = (),
          host: str = "127.0.0.1", port: int = 0, open_browser: bool = False) -> None:
    """Create ``path`` if needed, lock it, and serve its drafting page until Ctrl+C."""
    from drafter.draft import Session, file_to_draft
    from drafter.locking import DraftLock
    from drafter.serve.app import Desk, create_app
    from drafter.serve.guard import LOOPBACK, Guard

    path, note = file_to_draft(path, scheme_id, from_path, template_dirs)
    if note:
        print(note, file=sys.stderr)
    previous = _previous_values(from_path) if from_path is not None else None
    with DraftLock(path, "drafter serve"):
        from drafter.libreoffice import soffice

        desk = Desk(Session.open(path, template_dirs), template_dirs, previous, pdf=soffice() is not None)
        guard = Guard(hosts=LOOPBACK if host in ("127.0.0.1", "localhost") else LOOPBACK + (host.lower(),))
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request in the clerk's terminal
        server = _server(host, port)
        guard.port = server.server_port
        server.app = create_app(desk, guard)
        if host not in ("127.0.0.1", "localhost"):
            print(_("注意：页面对 {host} 开放，同一网络中知道地址和口令的人都能修改这份数据。").format(host=host), file=sys.stderr)
        address = f"http://{'127.0.0.1' if host in ('127.0.0.1', 'localhost', '0.0.0.0') else host}:{guard.port}/?token={guard.token}"
        print(_("起草页面：{address}").format(address=address), flush=True)
        print(_("每项回答确认后立即保存到 {path}。按 Ctrl+C 停止。").format(path=path), file=sys.stderr, flush=True)
        if open_browser:
            import webbrowser

            webbrowser.open(address)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
        print(_("已停止；已确认的回答都已保存在 {path}。").format(path=path), file=sys.stderr)


def _server(host: str, port: int):
    """Werkzeug's threaded server on ``host:port``; a located problem, in the clerk's language, if the
    port is taken or the address is not this machine's (Werkzeug itself prints English and exits)."""
    import contextlib
    import io

    from werkzeug.serving import make_server

    from drafter.errors import DrafterError, Problem

    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said):
            return make_server(host, port, None, threaded=True)
    except (OSError, SystemExit) as error:
        reason = (said.getvalue().strip().splitlines() or [getattr(error, "strerror", None) or str(error)])[0]
        message = _("无法在 {address} 上启动页面：{reason}。请换一个端口（--port）或地址（--host），或者都不写，让 drafter 在 127.0.0.1 上任选一个空闲端口。")
        raise DrafterError([Problem(f"{host}:{port}", message.format(address=f"{host}:{port}", reason=reason))]) from None


def _previous_values(path: Path):
    """Last year's data as plain values, to show beside each field; a located problem if unreadable."""
    from drafter.load import read_report, read_text

    return read_report(read_text(path, str(path)), str(path)).values
