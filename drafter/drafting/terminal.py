"""``drafter draft``: interactive drafting in the terminal with prompt_toolkit.

One field at a time: where it is (part, indicator, n of m), the scheme's guidance, the marker the
item will get, and the current text (last year's, after carry-over) to edit. Enter accepts and
saves the file at once; the keys in the bottom toolbar move, preview, check, build and quit.
The session logic (fields, saving, the lock) is in ``drafter.drafting.session``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application import Application, get_app
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.formatted_text import HTML
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import Layout
from prompt_toolkit.validation import ValidationError, Validator
from prompt_toolkit.widgets import Frame, TextArea

from drafter.drafting.fields import Field, check_answer
from drafter.drafting.session import Session, file_to_draft
from drafter.drafting.locking import DraftLock
from drafter.errors import DrafterError, cells
from drafter.files import cannot_write
from drafter.i18n import N_, _
from drafter.data.reading import read_text, yaml_values
from drafter.files import write_atomically


@dataclass
class Command:
    """What the clerk asked for instead of (or with) an answer: ``text`` is what the field held."""

    name: str
    text: str | None = None


TOOLBAR = [("Enter", N_("确认")), ("Alt+Enter", N_("换行")), ("^B", N_("上一项")), ("^N", N_("下一项")), ("^G", N_("跳转")),
           ("^E", N_("加一条分项")), ("^T", N_("不适用")), ("^P", N_("预览")), ("^K", N_("检查")), ("^O", N_("生成")),
           ("^Q", N_("退出")), ("F1", N_("帮助"))]


def toolbar_keys(width: int = 80) -> str:
    """The keys, in lines no wider than ``width`` terminal cells (80 by default: the smallest terminal)."""
    lines = [""]
    for key, words in TOOLBAR:
        item = f"{key} {_(words)}"
        if lines[-1] and cells(lines[-1] + "  " + item) > width:
            lines.append("")
        lines[-1] = (lines[-1] + "  " + item) if lines[-1] else item
    return "\n".join(lines)


HELP = [
    ("Enter", N_("确认并保存，进入下一项")), ("Alt+Enter", N_("在文字中换行（另起一段）")), ("Ctrl-B / PageUp", N_("回到上一项")),
    ("Ctrl-N / PageDown", N_("保存并进入下一项")), ("Ctrl-G", N_("跳到某一部分或某个指标（输入编号或文字）")),
    ("Ctrl-E", N_("在当前分项后加一条分项（一是、二是……自动编号，不要手写）")), ("Tab", N_("补全常用语")),
    ("F2", N_("部分：在后面加一部分、改一级标题、上移、下移、删去空的部分")),
    ("Ctrl-P", N_("预览带序号的报告全文")), ("Ctrl-K", N_("检查已写的内容（标点、序号、得分……）")),
    ("Ctrl-O", N_("生成 .docx（与数据文件同名）")), ("Ctrl-Q", N_("保存当前项并退出；下次从第一项未填写处继续")),
    ("Ctrl-C", N_("不保存当前项，立即退出")), ("Ctrl-Z", N_("撤销")), ("Home / End", N_("到行首 / 行尾")),
]


class _AnswerValidator(Validator):
    def __init__(self, target: Field):
        self.target = target

    def validate(self, document):
        message = check_answer(self.target, document.text)
        if message:
            raise ValidationError(message=message, cursor_position=len(document.text))


_MARKS = " \t\n，。、；：！？“”‘’（）《》"


class PhraseCompleter(Completer):
    """Stock phrases (fragments/phrases.yaml): the typed tail of the text completes to a phrase it begins.
    A tail of one character completes only when it is all that stands since the last mark: the last
    character of a word (the 持 of 坚持) would glue a phrase onto it (坚持续巩固提升)."""

    def __init__(self, phrases: list[str]):
        self.phrases = phrases

    def get_completions(self, document, complete_event):
        before = document.text_before_cursor
        run = len(before) - max((before.rfind(mark) for mark in _MARKS), default=-1) - 1  # characters since the last mark
        for size in range(min(6, len(before)), 0, -1):
            if size == 1 and run != 1:
                continue
            tail = before[-size:]
            matches = [p for p in self.phrases if p.startswith(tail) and p != tail]
            if matches:
                for phrase in matches:
                    yield Completion(phrase, start_position=-size)
                return


def in_the_terminal(text: str) -> str:
    """Messages worded for the data file, said for the terminal: here 「不适用」 is a key (^T), not a field to type."""
    return text.replace(_("写 not_applicable: 理由"), _("按 ^T 标为不适用并写明理由"))


def stock_phrases(template_dirs: tuple[str, ...]) -> list[str]:
    from drafter.places import builtin_dir, user_folders

    phrases: list[str] = []
    for folder in [Path(f) / "fragments" for f in user_folders(template_dirs)] + [builtin_dir("fragments")]:
        path = folder / "phrases.yaml"
        if path.is_file():
            try:
                loaded = yaml_values(read_text(path, str(path)), str(path))[0] or []  # bounded, like data
            except DrafterError:
                continue  # a broken phrase list only costs its completions
            if not isinstance(loaded, list):
                continue
            phrases += [str(p) for p in loaded if isinstance(p, (str, int, float))]
    return list(dict.fromkeys(phrases))


def key_bindings(target: Field) -> KeyBindings:
    bindings = KeyBindings()

    # Keys typed fast (or pasted) can arrive after one that ends the prompt: only the first one counts.
    def leave(name: str):
        def handler(event):
            if not event.app.is_done:
                event.app.exit(result=Command(name, event.current_buffer.text))
        return handler

    for keys, name in ((("c-b",), "back"), (("pageup",), "back"), (("c-n",), "next"), (("pagedown",), "next"),
                       (("c-g",), "jump"), (("c-p",), "preview"), (("c-k",), "check"), (("c-o",), "build"),
                       (("c-q",), "quit"), (("f1",), "help"), (("c-e",), "add-point"), (("c-t",), "not-applicable"),
                       (("f2",), "parts")):
        bindings.add(*keys)(leave(name))

    @bindings.add("enter")
    def _accept(event):
        buffer = event.current_buffer
        if buffer.complete_state is not None:  # a completion menu is open: Enter takes the phrase, not the field
            completion = buffer.complete_state.current_completion or (buffer.complete_state.completions or [None])[0]
            if completion is not None:
                buffer.apply_completion(completion)
            else:
                buffer.cancel_completion()
            return
        if not event.app.is_done:
            buffer.validate_and_handle()

    @bindings.add("c-z")
    def _undo(event):
        event.current_buffer.undo()

    @bindings.add("escape", "enter")
    def _newline(event):
        if target.kind in ("text", "title", "part"):
            event.current_buffer.insert_text("\n")

    return bindings


class Drafting:
    """The terminal conversation over one session."""

    def __init__(self, session: Session, template_dirs: tuple[str, ...] = ()):
        self.session = session
        self.template_dirs = template_dirs
        self.phrases = PhraseCompleter(stock_phrases(template_dirs))
        self.prompts = PromptSession()
        self.asides = PromptSession()  # short questions (a reason, r or o) without the field's keys
        self.said: list = []  # messages for the clerk, shown under the next field (the screen is cleared for each)

    def say(self, message) -> None:
        self.said.append(message)

    def run(self, start: int | None = None) -> None:
        session = self.session
        index = session.first_unanswered() if start is None else start
        if not session.fields:
            print_formatted_text(_("这份数据没有可填写的内容。"))
            return
        pending = None  # an answer that could not be saved, offered again
        while True:
            session = self.session  # read again if the file was edited elsewhere
            index = min(index, len(session.fields) - 1)
            target = session.fields[index]
            result = self.ask(target, index, pending)
            pending = None
            if isinstance(result, str):
                if not self.saved(target, result):
                    pending = result
                    continue
                if index + 1 < len(session.fields):
                    index += 1
                else:
                    self.say(HTML("<b>{}</b>").format(_("已是最后一项。按 ^O 生成 .docx，^Q 退出，^B 返回修改。")))
                continue
            if result.name in ("back", "next", "jump", "quit", "add-point", "build") and result.text is not None and check_answer(target, result.text) is None:
                if not self.saved(target, result.text):
                    pending = result.text
                    continue
            if result.name == "interrupt":
                print_formatted_text(_("已退出；已确认的回答都已保存。"))
                return
            if result.name == "quit":
                print_formatted_text(_("已保存 {path}。下次运行 drafter draft 会从第一项未填写处继续。").format(path=session.path))
                return
            if result.name == "back":
                index = max(index - 1, 0)
            elif result.name == "next":
                index = min(index + 1, len(session.fields) - 1)
            elif result.name == "jump":
                index = self.jump(index)
            elif result.name == "add-point":  # after a part's first point, the point is the field here now
                index = self.add_point(session.fields[index] if target.kind == "part" else target, index)
            elif result.name == "not-applicable":
                index = self.not_applicable(target, index)
            elif result.name == "parts":
                index = self.parts(target, index)
            elif result.name == "preview":
                self.show(_("预览"), self.preview_text())
            elif result.name == "check":
                self.show(_("检查"), self.check_text())
            elif result.name == "build":
                self.build()
            elif result.name == "help":
                self.show(_("帮助"), "\n".join(f"{keys:<20}{_(words)}" for keys, words in HELP))

    def saved(self, target: Field, text: str) -> bool:
        """Write ``text`` as the answer (unless it changes nothing); False, with the reason shown, if the file cannot be written."""
        if text == self.session.text_to_show(target):
            return True
        overwrite = self.session.changed_elsewhere()
        if overwrite and not self.overwrite_chosen():
            return False  # the file was read again; the answer stays in the field to be given again
        try:
            self.session.answer(target, text, overwrite=overwrite)
        except DrafterError as error:
            for problem in error.problems:
                self.say(HTML("<ansired>{}</ansired>").format(problem.message))
            return False
        return True

    def overwrite_chosen(self) -> bool:
        """Another program changed the file: ask the clerk. True to overwrite it with this session's
        version; otherwise the file is read again and False."""
        print_formatted_text(HTML("<ansired>{}</ansired>").format(_("数据文件在起草期间被其他程序改动过。")))
        try:
            choice = self.asides.prompt(_("输入 r 载入那边改动后的文件（刚才的回答仍留在输入框中），输入 o 用本次起草的内容覆盖那边的改动 [r/o]："))
        except (EOFError, KeyboardInterrupt):
            choice = "r"
        if choice.strip().lower() == "o":
            return True
        self.session = Session.open(self.session.path, self.template_dirs)
        self.say(_("已重新载入 {path}。").format(path=self.session.path))
        return False

    def header(self, target: Field, index: int) -> None:
        total = len(self.session.fields)
        place = target.where or _("报告信息")
        print_formatted_text(HTML("\n<ansicyan>{}</ansicyan>  <ansigray>{}</ansigray>").format(place, _("第 {n} / {total} 项").format(n=index + 1, total=total)))
        if target.guidance:
            print_formatted_text(HTML("<ansiyellow>{}</ansiyellow>").format(_("要点：") + target.guidance))

    def ask(self, target: Field, index: int, pending: str | None = None):
        from prompt_toolkit.shortcuts import clear

        clear()  # the field in hand and its place only: earlier answers are in the file, not piled on screen
        self.header(target, index)
        for message in self.said:
            print_formatted_text(message)
        self.said = []
        label = (target.marker + " " if target.marker else "") + target.label + "："
        try:
            return self.prompts.prompt(
                label, default=self.session.text_to_show(target) if pending is None else pending, multiline=target.kind in ("text", "title", "part"),
                key_bindings=key_bindings(target), validator=_AnswerValidator(target), validate_while_typing=True,
                completer=self.phrases if target.kind in ("text", "line", "point", "part") else None, complete_while_typing=False,
                bottom_toolbar=lambda: self.toolbar(target), wrap_lines=True, prompt_continuation=lambda width, n, soft: " " * width,
            )
        except EOFError:
            return Command("quit")
        except KeyboardInterrupt:
            return Command("interrupt")

    def toolbar(self, target: Field):
        app = get_app()
        text = toolbar_keys(app.output.get_size().columns if app.output is not None else 80)
        if target.metric:
            phrase = self.session.metric_preview(target, app.current_buffer.text)
            if phrase:
                text = _("将写成：{phrase}").format(phrase=phrase) + "\n" + text
        return text

    def not_applicable(self, target: Field, index: int) -> int:
        """Mark the indicator of ``target`` not applicable, with the reason the clerk gives (^T)."""
        if not self.session.indicator_of(target):
            self.say(HTML("<ansired>{}</ansired>").format(_("这一项不是评价要点，不能标为不适用。")))
            return index
        try:
            reason = self.asides.prompt(_("不适用的理由（如：本县没有高中）："))
        except (EOFError, KeyboardInterrupt):
            return index
        if not reason.strip():
            return index
        try:
            return self.session.mark_not_applicable(target, reason.strip())
        except DrafterError as error:
            for problem in error.problems:
                self.say(HTML("<ansired>{}</ansired>").format(problem.message))
            return index

    def parts(self, target: Field, index: int) -> int:
        """F2: the body's parts, from the part ``target`` is in: add one after it, give it another
        一级 heading, move it up or down, or take it out when nothing is written in it."""
        session = self.session
        key = session.part_of(target)
        if key is None:
            self.say(_("请先进入正文的某一部分，再按 F2。"))
            return index
        try:
            choice = self.asides.prompt(_("部分：a 在后面加一部分，r 改一级标题，u 上移，d 下移，x 删去（空的部分）："), default="").strip().lower()
            if choice == "a":
                heading = self.asides.prompt(_("新部分的一级标题（如 基本情况）："))
                return session.add_part(heading, after=key)
            if choice == "r":
                heading = self.asides.prompt(_("新的一级标题："), default=str(session.data["parts"][key].get("heading", "")))
                return session.rename_part(key, heading)
            if choice in ("u", "d"):
                return session.move_part(key, -1 if choice == "u" else 1)
            if choice == "x":
                return session.remove_part(key)
        except (EOFError, KeyboardInterrupt):
            return index
        except DrafterError as error:
            for problem in error.problems:
                self.say(HTML("<ansired>{}</ansired>").format(problem.message))
        return index

    def jump(self, index: int) -> int:
        """Go to the first field whose place, label or indicator code starts with what the clerk types."""
        from prompt_toolkit.completion import WordCompleter

        places = list(dict.fromkeys([f.label.split(" ")[0] for f in self.session.fields if f.label[:1].isdigit()] + [f.where.split(" › ")[0] for f in self.session.fields if f.where]))
        try:
            wanted = self.prompts.prompt(_("跳到（指标编号或部分名称，Enter 确认）："), default="", multiline=False, completer=WordCompleter(places),
                                         key_bindings=KeyBindings(), validator=None, bottom_toolbar=None).strip()
        except (EOFError, KeyboardInterrupt):
            return index
        if wanted:
            exact = [n for n, f in enumerate(self.session.fields) if f.label.split(" ")[0] == wanted]
            near = [n for n, f in enumerate(self.session.fields) if f.label.startswith((wanted, "「" + wanted)) or f.where.startswith(wanted) or f"› {wanted}" in f.where]
            if exact or near:
                return (exact or near)[0]
        self.say(_("没有找到「{wanted}」。").format(wanted=wanted))
        return index

    def add_point(self, target: Field, index: int) -> int:
        if target.points_of is None:
            self.say(_("这一项不是分项，不能在这里加分项。"))
            return index
        try:
            return self.session.add_point(target)
        except DrafterError as error:
            for problem in error.problems:
                self.say(HTML("<ansired>{}</ansired>").format(problem.message))
            return index

    def preview_text(self) -> str:
        """The numbered report so far; what is not yet written shows as 〔待填写〕 (a missing score as 0)."""
        from drafter.write.text import text_report

        try:
            report, missing = self.session.draft_report(self.template_dirs)
        except DrafterError as error:
            return _("还不能生成预览：") + "\n" + "\n".join(p.message for p in error.problems)
        note = _("还有 {n} 项未填写，以〔待填写〕表示（未填的得分按 0 分计）。").format(n=missing) + "\n\n" if missing else ""
        return note + text_report(report.numbered)

    def check_text(self) -> str:
        from drafter.lint.check import check_file
        from drafter.lint.run import finding_lines

        try:
            result = check_file(self.session.path, template_dirs=self.template_dirs)
        except DrafterError as error:
            return in_the_terminal("\n".join(p.message for p in error.problems))
        return in_the_terminal("\n".join(finding_lines(result, False))) or _("没有发现问题。")

    def build(self) -> None:
        from drafter.pipeline import build_report, docx_bytes

        target = self.session.path.with_suffix(".docx")
        try:
            write_atomically(target, docx_bytes(build_report(self.session.path, self.template_dirs)))
        except DrafterError as error:
            self.show(_("还不能生成"), "\n".join(f"{p.location()}: {p.message}" for p in error.problems))
            return
        except OSError as error:
            self.say(cannot_write(target, error).message)
            return
        self.say(HTML("<ansigreen>{}</ansigreen>").format(_("已生成 {path}").format(path=target)))

    def show(self, title: str, text: str) -> None:
        """A full-screen, scrollable view of ``text``; q, Esc or Enter closes it."""
        area = TextArea(text=text, read_only=True, scrollbar=True, wrap_lines=True)
        bindings = KeyBindings()

        @bindings.add("q")
        @bindings.add("escape")
        @bindings.add("enter")
        @bindings.add("c-q")
        def _close(event):
            if not event.app.is_done:
                event.app.exit()

        frame = Frame(area, title=title + "  " + _("（q 关闭）"))
        try:
            Application(layout=Layout(frame, focused_element=area), key_bindings=bindings, full_screen=True).run()
        except (EOFError, KeyboardInterrupt):
            pass


def draft(path: Path, scheme_id: str | None = None, from_path: Path | None = None, template_dirs: tuple[str, ...] = ()) -> None:
    """Create ``path`` if needed (from a scheme's skeleton or last year's file), lock it, and draft it."""
    path, note = file_to_draft(path, scheme_id, from_path, template_dirs)
    if note:
        print_formatted_text(note)
    with DraftLock(path):
        session = Session.open(path, template_dirs)
        try:
            Drafting(session, template_dirs).run()
        except KeyboardInterrupt:
            print_formatted_text(_("已退出；已确认的回答都已保存。"))
