"""One drafting session a data file: an exclusive lock on a file beside it that names its holder.

The lock file is opened without following a symbolic link, so a link planted in its place cannot
make drafter write through it. The lock itself is the system's: ``flock`` on POSIX, a byte-range
lock through ``msvcrt`` on Windows (well past the holder's words, which stay readable); both are
released by the system when their holder dies, even by ``kill -9``. Where neither exists, the
holder's process id stands for the lock, and a holder that is no longer running has lost it.

The lock is the file's, not the name's: the lock file stands beside the file a symbolic link leads to,
and on POSIX the data file itself is held with ``flock`` too, so a second name of it (a hard link)
finds it held. (On Windows an open handle would stop the save's rename, so there the lock file
beside the real file is all; hard links there are rare.)
"""

from __future__ import annotations

import datetime
import getpass
import json
import os
import socket
from pathlib import Path

from drafter.errors import DrafterError, Problem
from drafter.files import os_reason
from drafter.i18n import _

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None

_WINDOWS_LOCK_OFFSET = 1 << 30  # the byte msvcrt locks: past anything the file holds


class DraftLock:
    """An exclusive lock on a data file for one drafting session, naming its holder for the next comer."""

    def __init__(self, data: Path, how: str = "drafter draft"):
        self.data = data
        self.how = how  # what holds it, for the next comer: drafter draft, drafter serve
        real = Path(os.path.realpath(data))
        self.path = real.with_name("." + real.name + ".drafter-lock")
        self.fd: int | None = None
        self.held: int | None = None  # the data file itself, held on POSIX

    def acquire(self) -> None:
        fd = self._open()
        try:
            taken = _try_lock(fd)
        except OSError:
            os.close(fd)
            raise
        if not taken:
            text = _read_all(fd)
            os.close(fd)
            how = (_holder_of(text) or {}).get("how")
            how = how if how in ("drafter draft", "drafter serve") else "drafter draft"  # the file is anyone's to write
            message = _("这个文件正在由另一个 {how} 编辑（{holder}）。请在那边继续，或先在那边退出。").format(how=how, holder=_holder_text(text))
            raise DrafterError([Problem(str(self.data), message, rule="lock")])
        self.fd = fd
        try:
            self.held = _hold_file(self.data)
        except DrafterError:
            self.release()
            raise
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(dict(_holder(), how=self.how), ensure_ascii=False).encode("utf-8"))

    def _open(self) -> int:
        """The lock file, opened for reading and writing without following a link; a link is refused."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        if os.path.islink(self.path):  # O_NOFOLLOW refuses it too; this says why, and covers Windows
            raise self._planted_link()
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as error:
            if os.path.islink(self.path):
                raise self._planted_link() from None
            raise DrafterError([Problem(str(self.path), _("无法在数据文件旁建立锁文件：{reason}。请确认这个文件夹可以写入。").format(reason=os_reason(error)), rule="lock")]) from None
        if not os.path.samestat(os.fstat(fd), os.lstat(self.path)):  # swapped for a link between the check and the open
            os.close(fd)
            raise self._planted_link()
        return fd

    def _planted_link(self) -> DrafterError:
        return DrafterError([Problem(str(self.path), _("锁文件的位置上是一个符号链接，drafter 不会通过它写入（这可能是有人企图借此改写别的文件）。请删除这个链接后再试。"), rule="lock")])

    def release(self) -> None:
        if self.held is not None:
            os.close(self.held)
            self.held = None
        if self.fd is not None:
            try:
                self.path.unlink()
            except OSError:
                pass
            os.close(self.fd)  # closing releases flock and msvcrt locks alike
            self.fd = None

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


def _hold_file(data: Path) -> int | None:
    """An exclusive ``flock`` on the data file itself (POSIX), so every name of it finds it held; None
    where there is no ``flock`` or no file yet. ``DrafterError`` if another session holds it."""
    if fcntl is None:
        return None
    try:
        fd = os.open(data, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None  # not there yet, or not readable: reading it will say so
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        message = _("这个文件正以另一个名字（硬链接或符号链接）由另一个 drafter draft 或 drafter serve 编辑。请在那边继续，或先在那边退出。")
        raise DrafterError([Problem(str(data), message, rule="lock")]) from None
    return fd


def _try_lock(fd: int) -> bool:
    """Take the lock on ``fd`` if no one holds it; False if someone does."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    if msvcrt is not None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    holder = _holder_of(_read_all(fd))
    return not (holder and holder.get("host") == socket.gethostname() and _running(holder.get("pid")))


def _running(pid) -> bool:
    """Whether a process with this id runs here (only asked where neither flock nor msvcrt exists)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


def _read_all(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096).decode("utf-8", "replace")


def _holder() -> dict:
    return {"pid": os.getpid(), "user": _user(), "host": socket.gethostname(), "since": datetime.datetime.now().strftime("%Y-%m-%d %H:%M")}


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return "?"


def _holder_of(text: str) -> dict | None:
    try:
        holder = json.loads(text)
    except ValueError:
        return None
    return holder if isinstance(holder, dict) else None


def _holder_text(text: str) -> str:
    holder = _holder_of(text)
    if holder is None:
        return _("另一个进程")
    return _("用户 {user}，主机 {host}，进程 {pid}，{since} 开始").format(**{k: holder.get(k, "?") for k in ("user", "host", "pid", "since")})
