"""``drafter serve``: the drafting walk of ``drafter draft`` as a local web page, for clerks who work
in a browser. Left, the walk (parts, indicators, 评价要点, with states and scores); in the middle,
the field in hand; right, the numbered report as it will print, from the same tree the .docx
writer takes.

The pieces: ``app`` (the routes, over ``drafter.drafting.session.Session``), ``guard`` (token, CSRF, host,
request size), ``outline`` (the walk's tree), ``templates/`` and ``static/`` (the page, plain HTML
with a little script; no build step). The server is Werkzeug's, threaded, on 127.0.0.1.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from drafter.i18n import _


def serve(path: Path, scheme_id: str | None = None, from_path: Path | None = None, template_dirs: tuple[str, ...] = (),
          host: str | None = None, port: int = 0, open_browser: bool = False) -> None:
    """Create ``path`` if needed, lock it, and serve its drafting page until Ctrl+C.

    Without ``host`` the page answers on an address of its own, 127.x.y.z chosen at random: a browser
    sends a host's cookies to every port of it, so the token's cookie, set for that address alone, never
    reaches another server on 127.0.0.1 or localhost (another user's included). Where the system has
    only 127.0.0.1 (macOS), that address is used."""
    from drafter.drafting.session import Session, file_to_draft
    from drafter.drafting.locking import DraftLock
    from drafter.serve.app import Desk, create_app
    from drafter.serve.guard import LOOPBACK, Guard

    path, note = file_to_draft(path, scheme_id, from_path, template_dirs)
    if note:
        print(note, file=sys.stderr)
    previous = _previous_values(from_path) if from_path is not None else None
    with DraftLock(path, "drafter serve"):
        from drafter.office.libreoffice import soffice

        desk = Desk(Session.open(path, template_dirs), template_dirs, previous, pdf=soffice() is not None)
        server = _server(host, port)
        if host is None:  # the page's own address, and no other name
            guard = Guard(port=server.server_port, hosts=(server.server_address[0],))
        else:
            guard = Guard(port=server.server_port, hosts=LOOPBACK if host in ("127.0.0.1", "localhost") else LOOPBACK + (host.lower(),))
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request in the clerk's terminal
        server.app = create_app(desk, guard)
        if host not in (None, "127.0.0.1", "localhost"):
            print(_("注意：页面对 {host} 开放，同一网络中知道地址和口令的人都能修改这份数据。").format(host=host), file=sys.stderr)
        shown = guard.hosts[0] if host is None else "127.0.0.1" if host in ("127.0.0.1", "localhost", "0.0.0.0") else host
        address = f"http://{shown}:{guard.port}/?token={guard.token}"
        print(_("起草页面：{address}").format(address=address), flush=True)
        print(_("每项回答确认后立即保存到 {path}。按 Ctrl+C 停止。").format(path=path), file=sys.stderr, flush=True)
        opener = _open_privately(address) if open_browser else None
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            if opener is not None:
                shutil.rmtree(opener, ignore_errors=True)
        print(_("已停止；已确认的回答都已保存在 {path}。").format(path=path), file=sys.stderr)


def _open_privately(address: str) -> Path:
    """Open ``address`` in the browser without putting its token on any command line (which every user
    of the machine can read in the process list): the browser is given a file, readable by this user
    alone, that sends it on to the address. Returns the file's folder, removed when serve stops."""
    import os
    import tempfile
    import webbrowser
    from html import escape

    folder = Path(tempfile.mkdtemp(prefix="drafter-serve-"))  # 0700: this user's alone
    page = folder / "open.html"
    descriptor = os.open(page, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(f'<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={escape(address)}">'
                     f'<title>drafter serve</title><a href="{escape(address)}">{escape(_("打开起草页面"))}</a>\n')
    webbrowser.open(page.as_uri())
    return folder


def _server(host: str | None, port: int):
    """Werkzeug's threaded server on ``host:port`` (without ``host``, a random 127.x.y.z, else 127.0.0.1);
    a located problem, in the clerk's language, if the port is taken or the address is not this
    machine's (Werkzeug itself prints English and exits). A request's body must arrive within
    ``BODY_SECONDS``: a client that stops sending is cut off, not waited for."""
    import contextlib
    import io
    import secrets

    from werkzeug.serving import WSGIRequestHandler, make_server

    from drafter.errors import DrafterError, Problem
    from drafter.serve.guard import BODY_SECONDS

    class Handler(WSGIRequestHandler):
        timeout = BODY_SECONDS

    choices = [host] if host else [f"127.{secrets.randbelow(254) + 1}.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}", "127.0.0.1"]
    for number, address in enumerate(choices):
        said = io.StringIO()
        try:
            with contextlib.redirect_stderr(said):
                return make_server(address, port, None, threaded=True, request_handler=Handler)
        except (OSError, SystemExit) as error:
            if number + 1 < len(choices):
                continue
            reason = (said.getvalue().strip().splitlines() or [getattr(error, "strerror", None) or str(error)])[0]
            message = _("无法在 {address} 上启动页面：{reason}。请换一个端口（--port）或地址（--host），或者都不写，让 drafter 在本机地址上任选一个空闲端口。")
            raise DrafterError([Problem(f"{address}:{port}", message.format(address=f"{address}:{port}", reason=reason))]) from None


def _previous_values(path: Path):
    """Last year's data as plain values, to show beside each field; a located problem if unreadable."""
    from drafter.data.load import read_report
    from drafter.data.reading import read_text

    return read_report(read_text(path, str(path)), str(path)).values
