"""The sandbox templates run in: Jinja's immutable sandbox, with limits on what a template may build
and how long it may run, since templates are files people edit and share.

- ``*`` and ``**`` may not make more than ``MAX_PRODUCT`` items or ``MAX_POWER_BITS`` bits;
- ``+``, ``~``, ``%`` and every filter may not make a string longer than ``MAX_STRING``, nor take a
  width or count above it (``"x"|center(10**9)`` is refused before it allocates anything);
- a sequence is weighed by all it holds, not by its items alone (``_weight``): ``[s] * n``, ``a + b``
  and ``sum(start=[])`` may not make one that holds more than ``MAX_STRING`` (``['x'*10**6] * 10**6``
  has 10**6 items but prints 10**12 characters, in one C call no time limit can interrupt);
- ``range`` stops at Jinja's own 100,000 items;
- a render may produce at most ``MAX_OUTPUT`` characters and run ``RENDER_SECONDS`` seconds.

The time limit interrupts the render from a watchdog thread (CPython's ``PyThreadState_SetAsyncExc``), so
it also stops loops that print nothing, on every system; where that call does not exist the other
limits still hold. That interruption waits for the bytecode in hand, so a single C call that builds
or prints something huge would outrun it: a template from the user's folders is therefore rendered
in a child process (``isolated``, where the system can fork: Linux, macOS, the BSDs), which is
killed when it outruns ``RENDER_SECONDS`` and may take no more than ``CHILD_MEMORY`` of memory
(an address-space limit, which Linux enforces; macOS does not). On Windows, which cannot fork,
the in-process limits above are all: they refuse every bomb the tests know before it is built.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import sys
import threading
import time
from contextlib import contextmanager

from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.runtime import Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from drafter.i18n import _

MAX_PRODUCT = 1_000_000  # characters or items a template may make with *
MAX_POWER_BITS = 4096
MAX_STRING = 4_000_000  # characters in any string a template builds (a 100-page report is about 200,000)
MAX_OUTPUT = 8_000_000  # characters of markup one render may produce
RENDER_SECONDS = 4.0  # a corpus-sized report renders in about 5 ms; a 500-page one in well under a second
CHILD_MEMORY = 256 * 1024 * 1024  # what a render in a child may add to the address space it starts with

_WIDTH_IN_FORMAT = re.compile(r"%[-#0 +]*(\d+)")


class RenderTimeout(Exception):
    """A template ran past ``RENDER_SECONDS``."""


class _RuntimeCode(CodeGenerator):
    """Leaves constant expressions to run time so they get our escaping, not HTML's at compile time,
    and sends every ``~`` through the environment's size check."""

    def _output_child_to_const(self, node, frame, finalize):
        if not isinstance(node, nodes.TemplateData):
            raise nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)

    def visit_Concat(self, node, frame):
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox: templates may read data, never change it, and the sizes above are
    checked (Jinja leaves *, **, +, ~ and %, and its filters' widths, alone)."""

    code_generator_class = _RuntimeCode
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters.update({name: _bounded_filter(self.filters[name], name in _JOINING_FILTERS) for name in _GROWING_FILTERS if name in self.filters})

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            sized, count = (left, right) if isinstance(right, int) else (right, left)
            if isinstance(sized, (str, list, tuple)) and isinstance(count, int) and (len(sized) * count > MAX_PRODUCT or _weight(sized) * count > MAX_STRING):
                raise SecurityError(_("乘积过大（{size} × {count}）").format(size=_weight(sized), count=count))
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and abs(left).bit_length() * right > MAX_POWER_BITS:
            raise SecurityError(_("乘方结果过大（{left} ** {right}）").format(left=left, right=right))
        elif operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
            _check_size(_weight(left) + _weight(right, MAX_STRING - len(left)))
        elif operator == "%" and isinstance(left, str):
            _check_arguments(right if isinstance(right, tuple) else (right,), {})
            if any(int(width) > MAX_STRING for width in _WIDTH_IN_FORMAT.findall(left)):
                raise SecurityError(_("格式中的宽度过大"))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        if isinstance(__obj, Macro):  # a template's own macro: its output is bounded as it is made
            return super().call(__context, __obj, *args, **kwargs)
        _check_arguments(args, kwargs)  # "x".ljust(10**9), "{:>1000000000}".format(1) …
        if getattr(__obj, "__name__", "") == "join" and args:  # "".join(…) before it is built
            _check_joined(args[0])
        return _checked_result(super().call(__context, __obj, *args, **kwargs))

    def bounded(self, value):
        """The result of a ``~``, refused if it grew too long."""
        return _checked_result(value)

    def getattr(self, obj, attribute):
        """``it.heading`` on the data's plain dicts goes straight to the key. A dict instance has no
        attribute but dict's own, so for any other name Jinja's lookup would fail, then take the key,
        with the same result; a report makes about 600 such lookups (0.2 ms)."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


def _check_size(size: int) -> None:
    if size > MAX_STRING:
        raise SecurityError(_("文字过长（{size} 个字符）").format(size=size))


def _check_arguments(args, kwargs) -> None:
    """A width, count or repeat above ``MAX_STRING`` is refused before the call can allocate it."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_STRING:
            digits = str(value)
            raise SecurityError(_("参数 {value} 过大").format(value=digits if len(digits) <= 20 else f"{digits[:12]}……（{len(digits)} 位）"))
        if isinstance(value, str) and "{" in value and any(int(w) > MAX_STRING for w in re.findall(r"\d+", value)):
            raise SecurityError(_("格式中的宽度过大"))


def _weight(value, budget: int = MAX_STRING) -> int:
    """What ``value`` holds: a string's characters, a sequence's items and all they hold, counted
    until past ``budget`` (a sequence shared many times is counted each time: printing or joining it
    costs that much)."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, (list, tuple)):
        return 0
    total = len(value)
    for item in value:
        if total > budget:
            break
        if isinstance(item, (str, list, tuple)):
            total += _weight(item, budget - total)
    return total


def _check_joined(items) -> None:
    """A list about to be joined or summed into one: refused if the result would be too large."""
    if isinstance(items, (list, tuple)):
        _check_size(_weight(items))


def _checked_result(value):
    if isinstance(value, (str, list, tuple)):
        _check_size(_weight(value))
    return value


_JOINING_FILTERS = {"join", "sum"}  # filters that make one of a list: its size is known before it is made
# The filters whose output can outgrow their input by an argument (a width, a count, a format); the
# others (escape, default, select, map …) cannot, and stay unwrapped: a report calls them hundreds of times.
_GROWING_FILTERS = {"center", "indent", "wordwrap", "truncate", "format", "replace", "join", "sum", "batch", "slice", "urlize", "xmlattr"}


def _bounded_filter(function, joins: bool = False):
    """``function`` (a filter) with its arguments and its result checked; Jinja's pass_* marks are kept."""
    @functools.wraps(function)
    def bounded(*args, **kwargs):
        _check_arguments(args[1:], kwargs)
        if joins:
            for arg in args[:2]:  # the value (after an environment or context Jinja passes first)
                _check_joined(arg)
        return _checked_result(function(*args, **kwargs))

    return bounded


class OutputTooLong(SecurityError):
    """A render went past ``MAX_OUTPUT``; ``filename`` and ``line`` say which template line was printing."""

    def __init__(self, message: str, filename: str | None, line: int | None):
        super().__init__(message)
        self.filename, self.line = filename, line


def render_bounded(template, context: dict) -> str:
    """Render ``template`` within ``MAX_OUTPUT`` characters and ``RENDER_SECONDS`` seconds."""
    pieces, size = [], 0
    with time_limit(RENDER_SECONDS):
        generator = template.generate(context)
        for piece in generator:
            size += len(piece)
            if size > MAX_OUTPUT:
                raise OutputTooLong(f"the template produced more than {MAX_OUTPUT} characters", *_printing_line(generator))
            pieces.append(piece)
    return "".join(pieces)


def _printing_line(generator) -> tuple[str | None, int | None]:
    """The template file and line a suspended render is at: the innermost generator of the chain
    that runs compiled template code, its Python line mapped back through the template's debug info."""
    place = (None, None)
    while generator is not None:
        frame = getattr(generator, "gi_frame", None)
        template = frame.f_globals.get("__jinja_template__") if frame is not None else None
        if template is not None:
            place = (template.filename, template.get_corresponding_lineno(frame.f_lineno))
        generator = getattr(generator, "gi_yieldfrom", None)
    return place


class _Watchdog:
    """One daemon thread for every render in the process: it sleeps until the nearest deadline and
    interrupts the thread that passed it. Starting a timer thread for each render cost about 0.2 ms
    of a corpus report's 5 ms (bench/run); setting a deadline costs next to nothing."""

    def __init__(self):
        self.condition = threading.Condition()
        self.deadlines: dict[int, float] = {}  # thread ident -> monotonic deadline
        self.thread: threading.Thread | None = None

    def watch(self, ident: int, seconds: float) -> None:
        with self.condition:
            self.deadlines[ident] = time.monotonic() + seconds
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="drafter-render-watchdog", daemon=True)
                self.thread.start()
            self.condition.notify()

    def release(self, ident: int) -> bool:
        """Stop watching ``ident``; False if its deadline had already passed (an interruption is on its way)."""
        with self.condition:
            return self.deadlines.pop(ident, None) is not None

    def _run(self) -> None:
        with self.condition:
            while True:
                now = time.monotonic()
                for ident, deadline in list(self.deadlines.items()):
                    if deadline <= now:
                        del self.deadlines[ident]
                        _set_async_exception(ident, RenderTimeout)
                nearest = min(self.deadlines.values(), default=None)
                self.condition.wait(None if nearest is None else max(nearest - now, 0.001))


_WATCHDOG = _Watchdog()
if hasattr(__import__("os"), "register_at_fork"):  # a forked batch worker gets a watchdog of its own, lock unheld
    __import__("os").register_at_fork(after_in_child=_WATCHDOG.__init__)


def _set_async_exception(ident: int, exception: type[BaseException] | None) -> None:
    """Have ``exception`` raised in thread ``ident`` (None takes back one not yet raised). ctypes is
    imported only when a limit fires: the import is 1.3 ms of a cold build that never needs it."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None if exception is None else ctypes.py_object(exception))


@contextmanager
def time_limit(seconds: float):
    """Raise ``RenderTimeout`` in this thread if the block runs longer than ``seconds``."""
    if sys.implementation.name != "cpython":  # PyThreadState_SetAsyncExc is CPython's
        yield
        return
    ident = threading.get_ident()
    _WATCHDOG.watch(ident, seconds)
    try:
        yield
    finally:
        if not _WATCHDOG.release(ident):  # fired as the block ended: take back an exception not yet delivered
            _set_async_exception(ident, None)


def can_isolate() -> bool:
    """Whether renders can run in a child process here (``os.fork``; not on Windows)."""
    return hasattr(os, "fork") and os.environ.get("DRAFTER_ISOLATE", "1") != "0"


def isolated(work, seconds: float | None = None):
    """``work()`` run in a forked child, its value sent back; the ``DrafterError`` it raises raised
    here. The child is killed once it outruns ``seconds`` (``RENDER_SECONDS`` and half a second more: the
    child's own watchdog speaks first where it can, with the template's line), and cannot grow past
    ``CHILD_MEMORY``; either way ``RenderTimeout`` or ``MemoryError``-like ``SecurityError`` is raised."""
    import select
    import signal

    from drafter.errors import DrafterError

    deadline = time.monotonic() + (seconds if seconds is not None else RENDER_SECONDS + 0.5)
    try:
        import resource  # here, once: imported in each child it cost 1 ms a render
    except ImportError:
        resource = None
    read_end, write_end = os.pipe()
    # A stop (a batch worker's SIGTERM, Ctrl-C) that lands during the fork would go off inside the
    # fork handlers, where it cannot be raised ('Exception ignored … _releaseLock'): it is held until
    # the fork is done, and then stops this process as usual (the child is killed on the way out).
    stops = {signal.SIGINT, signal.SIGTERM}
    held = signal.pthread_sigmask(signal.SIG_BLOCK, stops) if hasattr(signal, "pthread_sigmask") else None
    try:
        pid = os.fork()
    except BaseException:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    if pid == 0:  # the child: never returns
        status = 0
        try:
            for number in stops:  # the child ends as the system ends it: its parent's handlers are not its own
                try:
                    signal.signal(number, signal.SIG_DFL)
                except ValueError:  # not the main thread, on a system that keeps that title over a fork
                    pass
            if held is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
            os.close(read_end)
            _limit_memory(resource, CHILD_MEMORY)
            try:
                result = ("value", work())
            except DrafterError as error:
                result = ("problems", error.problems)
            except MemoryError:
                result = ("memory", None)
            payload = memoryview(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            while payload:
                payload = payload[os.write(write_end, payload):]
        except BaseException:  # noqa: BLE001 (anything else: the parent says the render failed)
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    chunks, ended, timed_out = [], False, False
    try:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0]:
                timed_out = True
                break
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                ended = True
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        if not ended:  # outrun, or this process is being stopped: the child goes too
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if timed_out:
        raise RenderTimeout()
    if not chunks:
        raise SecurityError(_("模板用尽了允许的内存（{n} MB），已停止。").format(n=CHILD_MEMORY // 2**20))
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "problems":
        raise DrafterError(value)
    if kind == "memory":
        raise SecurityError(_("模板用尽了允许的内存（{n} MB），已停止。").format(n=CHILD_MEMORY // 2**20))
    return value


def _limit_memory(resource, extra: int) -> None:
    """Let this process's address space grow by ``extra`` bytes at most (where the system says how
    large it is now: Linux's /proc)."""
    if resource is None:
        return
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            size = int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))
    except (OSError, ValueError):
        pass
