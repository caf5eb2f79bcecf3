"""The ``drafter`` command: reads its arguments (``arguments``), runs the sub-command (``commands``),
prints problems (``messages``). Exit 0 ok, 2 bad input."""

from __future__ import annotations

import os
import sys

from drafter.errors import DrafterError, VisibleStream
from drafter.cli.arguments import SUB_COMMANDS, parser
from drafter.cli.messages import EXIT_INPUT, report_problems


def console() -> None:
    """The ``drafter`` command: ``main``, then an exit that does not tear the interpreter down.

    Once a command has finished, Python would still clear every module and object one by one: 10 ms
    of a 90 ms ``drafter build`` (bench/run). By then every file drafter writes is closed and synced
    (files.write_atomically), so output is flushed, exit handlers run, and the process ends.
    ``batch``, ``draft`` and ``serve`` end the usual way: they run workers, threads and a terminal UI.

    ``build`` and ``preview`` run with Python's cycle collector off, as the build itself does
    (pipeline.collector_paused): the imports before it make thousands of objects that all live to the
    end, and walking them cost 4 ms of an 80 ms cold build (medians of 41 runs). The process ends
    when the one report is written, and its memory with it."""
    import atexit
    import gc
    command = (sys.argv[1:2] or [""])[0]
    if command in ("build", "preview"):
        gc.disable()
    code = main()
    if command in ("batch", "draft", "serve"):
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away: nothing more to tell it
            pass
    atexit._run_exitfuncs()  # what normal exit runs first (private, but in every CPython since 2.x)
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (the process's own by default) and return its exit status."""
    tolerant_console()
    stderr = sys.stderr
    sys.stderr = VisibleStream(stderr)  # messages carry file names and data: show their control characters
    try:
        return run_command(argv)
    except BrokenPipeError:  # the reader went away (``drafter preview x | head``): stop quietly
        quiet_stdout()
        return 141
    finally:
        sys.stderr = stderr


def run_command(argv: list[str] | None) -> int:
    given = sys.argv[1:] if argv is None else argv
    args = parser(given[0] if given and given[0] in SUB_COMMANDS else None).parse_args(argv)
    if args.command is None:
        parser().print_help()
        return EXIT_INPUT
    from drafter.cli.commands import COMMANDS

    try:
        return COMMANDS[args.command](args)
    except DrafterError as error:
        report_problems(error.problems)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


def tolerant_console() -> None:
    """On a console that cannot show every character (a GBK console on Windows), show what it cannot
    as an escape instead of failing with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding not in ("utf8", "utf8sig") and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def quiet_stdout() -> None:
    """Point standard output at the null device, so flushing it at exit does not raise again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
