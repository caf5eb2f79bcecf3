"""The ``drafter`` command: parses arguments, runs the pipeline, prints problems. Exit 0 ok, 2 bad input."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from drafter import __version__
from drafter.errors import DrafterError, Problem, VisibleStream, cells, padded, visible
from drafter.i18n import N_, _
from drafter.places import template_folders

EXIT_OK, EXIT_INPUT = 0, 2


# argparse passes each of its own labels through gettext's default catalog ('messages'), which no
# system ships: every lookup probes the disk for .mo files and the first imports locale, some 2 ms of
# a cold start. drafter words those labels itself (titles below, errors through _ARGPARSE_ERRORS), so
# argparse's lookups return their English text unasked.
argparse._ = lambda message: message
argparse.ngettext = lambda singular, plural, n: singular if n == 1 else plural

# argparse's own error phrases, which it does not translate.
_ARGPARSE_ERRORS = (
    ("the following arguments are required:", N_("缺少必需的参数：")),
    ("unrecognized arguments:", N_("无法识别的参数：")),
    ("invalid choice:", N_("无效的选择：")),
    ("expected one argument", N_("需要一个值")),
)


class _Formatter(argparse.HelpFormatter):
    """argparse's layout with our words for its own labels, so help is wholly in the user's language,
    and columns measured in terminal cells, so Chinese option names and help line up."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        # argparse makes a formatter for every argument added, and its own imports shutil (with bz2
        # and lzma, 2 ms of a cold start) for the terminal's width, which only help text needs.
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, _("用法：") if prefix is None else prefix)

    def add_argument(self, action):
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:  # argparse counted characters; count cells
            invocations = [self._format_action_invocation(a) for a in [action, *self._iter_indented_subactions(action)]]
            self._action_max_length = max(self._action_max_length, max(cells(i) for i in invocations) + self._current_indent)

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            parts = [" " * self._current_indent + header + "\n"]
        else:
            lines = self._split_lines(self._expand_help(action), help_width)
            if cells(header) <= action_width:
                parts = [" " * self._current_indent + padded(header, action_width) + "  " + lines[0] + "\n"]
            else:
                parts = [" " * self._current_indent + header + "\n", " " * help_position + lines[0] + "\n"]
            parts += [" " * help_position + line + "\n" for line in lines[1:]]
        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _split_lines(self, text, width):
        """Help text wrapped at ``width`` cells (textwrap counts characters, so Chinese ran past the edge)."""
        lines, line = [], ""
        for char in " ".join(text.split()):
            if cells(line + char) > width:
                cut = line.rfind(" ")
                if char != " " and cut > width // 2 and line[cut + 1:].isascii():  # keep a Latin word whole
                    lines.append(line[:cut])
                    line = line[cut + 1:]
                else:
                    lines.append(line.rstrip())
                    line = ""
            line = (line + char) if (line or char != " ") else line
        return lines + ([line] if line else [])


def terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size gives it (COLUMNS first, then the terminal, else 80)."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, formatter_class=_Formatter, add_help=False, **kwargs)
        self._positionals.title = _("参数")
        self._optionals.title = _("选项")
        self.add_argument("-h", "--help", action="help", help=_("显示本帮助并退出"))

    def error(self, message):
        for english, words in _ARGPARSE_ERRORS:
            message = message.replace(english, _(words))
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, _("{prog}: 错误：{message}\n").format(prog=self.prog, message=message))


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: every sub-command, or only ``command`` when the run names one. (Each
    sub-parser costs argparse a dozen catalog lookups on disk: building all fourteen was 4 ms of a
    cold ``drafter build``, which needs one.)"""
    top = _Parser(prog="drafter", description=_("根据 YAML 数据起草符合 GB/T 9704-2012 的公文报告（.docx）。"))
    top.add_argument("--version", action="version", version=f"drafter {__version__}", help=_("显示版本号并退出"))
    commands = top.add_subparsers(dest="command", metavar=_("命令"), parser_class=_Parser)
    for name, (summary, description, add_arguments) in SUB_COMMANDS.items():
        if command in (None, name):
            add_arguments(commands.add_parser(name, help=_(summary), description=_(description)))
    return top


def build_arguments(build: argparse.ArgumentParser) -> None:
    build.add_argument("data", metavar=_("数据文件"), help=_("报告数据文件（.yaml）"))
    build.add_argument("-o", "--output", metavar=_("输出文件"), help=_("输出文件（.docx、.txt 或 .pdf），默认与数据文件同名的 .docx"))
    build.add_argument("--pdf", action="store_true", help=_("另外生成同名的 .pdf（需要 LibreOffice）"))
    add_layout_options(build)
    add_template_option(build)


def preview_arguments(preview: argparse.ArgumentParser) -> None:
    preview.add_argument("data", metavar=_("数据文件"), help=_("报告数据文件（.yaml）"))
    add_template_option(preview)


def check_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument("files", nargs="+", metavar=_("文件"), help=_(".yaml、.docx、.txt 文件，或 .doc、.wps、.odt、.rtf、.pdf、.html 报告"))
    check.add_argument("--format", choices=("text", "json"), default="text", help=_("输出格式：text（默认）或 json"))
    check.add_argument("--fix", action="store_true", help=_("把可机械修正的问题改好，另存一份副本（不改原文件）"))
    check.add_argument("-o", "--output", metavar=_("输出文件"), help=_("--fix 的副本写到这里（只检查一个文件时），默认为「原名.fixed.扩展名」"))
    add_template_option(check)
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help=_("是否用颜色标出严重程度"))


def import_arguments(importing: argparse.ArgumentParser) -> None:
    importing.add_argument("report", metavar=_("旧报告"), help=_(".docx、.doc、.wps、.odt、.rtf（后四种需要 LibreOffice）、.pdf 或 .txt 文件"))
    importing.add_argument("--encoding", metavar=_("编码"), help=_(".txt 的编码，如 gb18030、utf-16；默认自动识别"))
    importing.add_argument("-o", "--output", metavar=_("输出文件"), help=_("写出的数据文件，默认与旧报告同名的 .yaml"))
    importing.add_argument("--scheme", metavar=_("方案"), help=_("按评价方案认出各指标对应的标题和分项；认不出的原样保留并列出"))
    importing.add_argument("--force", action="store_true", help=_("输出文件已存在时仍然覆盖，覆盖前在旁边留一份带日期的备份"))
    add_template_option(importing)


def batch_arguments(batch: argparse.ArgumentParser) -> None:
    batch.add_argument("inputs", nargs="+", metavar=_("输入"), help=_("数据文件、文件夹或通配符（如 data/*.yaml）"))
    batch.add_argument("-o", "--output", required=True, metavar=_("输出目录"), help=_("报告写到这个目录"))
    batch.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help=_("同时运行的进程数，默认为处理器核心数"))
    batch.add_argument("--format", default="docx", metavar="docx,txt,pdf", help=_("输出格式，可用逗号分隔多个（pdf 需要 LibreOffice）"))
    batch.add_argument("--name", choices=("input", "data"), default="input", help=_("输出文件名取自输入文件名（input）或数据（data：年份-发文机关-标题）"))
    batch.add_argument("--check", action="store_true", help=_("同时检查每份数据，把发现写进清单"))
    batch.add_argument("--manifest", metavar=_("文件"), help=_("清单（JSON）写到这里，默认为 输出目录/manifest.json"))
    stop = batch.add_mutually_exclusive_group()
    stop.add_argument("--keep-going", dest="fail_fast", action="store_false", default=False, help=_("出错后继续处理其他文件（默认）"))
    stop.add_argument("--fail-fast", dest="fail_fast", action="store_true", help=_("遇到第一个错误就停止"))
    batch.add_argument("-q", "--quiet", action="store_true", help=_("不显示进度和成功的文件，只报告错误"))
    add_template_option(batch)
    add_layout_options(batch)


def new_arguments(new: argparse.ArgumentParser) -> None:
    new.add_argument("--scheme", required=True, metavar=_("方案"), help=_("评价方案编号（drafter schemes 列出全部方案）"))
    new.add_argument("-o", "--output", required=True, metavar=_("输出文件"), help=_("要生成的数据文件（.yaml），不会覆盖已有文件"))
    add_template_option(new)


def draft_arguments(drafting: argparse.ArgumentParser) -> None:
    drafting.add_argument("data", metavar=_("数据文件"), help=_("要起草的数据文件（.yaml）；不存在时按 --scheme 或 --from 新建"))
    drafting.add_argument("--scheme", metavar=_("方案"), help=_("新建时使用的评价方案"))
    drafting.add_argument("--from", dest="previous", metavar=_("去年的数据"), help=_("新建时以去年的数据文件为起点（数值移作上年值）"))
    add_template_option(drafting)


def serve_arguments(serving: argparse.ArgumentParser) -> None:
    serving.add_argument("data", metavar=_("数据文件"), help=_("要起草的数据文件（.yaml）；不存在时按 --scheme 或 --from 新建"))
    serving.add_argument("--scheme", metavar=_("方案"), help=_("新建时使用的评价方案"))
    serving.add_argument("--from", dest="previous", metavar=_("去年的数据"), help=_("新建时以去年的数据文件为起点；页面上同时显示去年的写法"))
    serving.add_argument("--port", type=int, default=0, metavar=_("端口"), help=_("端口号，默认任选一个空闲端口"))
    serving.add_argument("--host", metavar=_("地址"), help=_("监听的地址，默认为本机的一个随机地址 127.x.y.z（只有本机能访问）；改为其他地址时会给出警告"))
    serving.add_argument("--open", action="store_true", help=_("在浏览器中打开页面"))
    add_template_option(serving)


def carry_over_arguments(carry: argparse.ArgumentParser) -> None:
    carry.add_argument("data", metavar=_("数据文件"), help=_("今年的数据文件（.yaml）"))
    carry.add_argument("-o", "--output", required=True, metavar=_("输出文件"), help=_("明年的数据文件，不会覆盖已有文件"))
    carry.add_argument("--scheme", metavar=_("新方案"), help=_("换到今年的新评价方案：回答随指标移动，新增指标待填写，删去的指标的回答放入 unplaced"))
    add_template_option(carry)


def scheme_arguments(scheme: argparse.ArgumentParser) -> None:
    scheme_commands = scheme.add_subparsers(dest="scheme_command", metavar=_("命令"), parser_class=_Parser)
    scheme_new = scheme_commands.add_parser("new", help=_("复制一个方案及其模板，作为新方案的起点"),
                                            description=_("把已有方案的文件夹（scheme.yaml 和模板）复制到自己的模板目录，改好编号。之后只需编辑这些文件，不用写程序。"))
    scheme_new.add_argument("name", metavar=_("新方案编号"), help=_("小写字母、数字和连字符，如 county-annual-2025"))
    scheme_new.add_argument("--from", dest="source", required=True, metavar=_("方案"), help=_("作为起点的方案编号"))
    scheme_new.add_argument("--to", metavar=_("目录"), help=_("写到这个模板目录，默认为自己的模板目录（$DRAFTER_TEMPLATES 或 ~/.local/share/drafter/templates）"))
    add_template_option(scheme_new)
    scheme_import = scheme_commands.add_parser("import", help=_("从官方的评价指标表（.docx、.xlsx、.doc、.wps、.odt 或 .pdf）生成方案"),
                                               description=_("读取评价指标体系表（一级指标、二级指标、评价要点、分值、评分标准），写成 方案编号/scheme.yaml 和 report.j2。"))
    scheme_import.add_argument("file", metavar=_("指标表"), help=_(".docx、.xlsx、.doc、.wps、.odt 或 .pdf 文件"))
    scheme_import.add_argument("--id", required=True, metavar=_("方案编号"), help=_("新方案的编号：小写字母、数字和连字符，如 county-2025"))
    scheme_import.add_argument("--to", metavar=_("目录"), help=_("写到这个模板目录，默认为自己的模板目录"))
    scheme_import.add_argument("--from", dest="source", metavar=_("方案"), help=_("沿用这个方案的模板和设置（报告结构、得分表等）"))
    add_template_option(scheme_import)
    scheme_export = scheme_commands.add_parser("export", help=_("把方案写成评价指标表（.docx 或 .xlsx），便于印发"),
                                               description=_("把方案写成官方样式的指标表：上级指标合并单元格、分值、评分标准和合计行。"))
    scheme_export.add_argument("id", metavar=_("方案编号"))
    scheme_export.add_argument("-o", "--output", required=True, metavar=_("输出文件"), help=_(".docx 或 .xlsx"))
    add_template_option(scheme_export)
    scheme_diff = scheme_commands.add_parser("diff", help=_("比较两个方案：新增、删除、改名和分值变化"),
                                             description=_("列出从旧方案到新方案新增、删除、改名（附相似度）和分值有变化的指标，以及总分。"))
    scheme_diff.add_argument("old", metavar=_("旧方案"))
    scheme_diff.add_argument("new", metavar=_("新方案"))
    add_template_option(scheme_diff)


def add_layout_options(command: argparse.ArgumentParser) -> None:
    """The options that shape the .docx: numbering, a house reference document, the score table."""
    command.add_argument("--numbering", choices=("literal", "word"), default="literal",
                         help=_("序号写成文字（literal，默认），或用 Word 的多级列表自动编号（word：在 Word 中插入一节，序号随之更新）"))
    command.add_argument("--reference-doc", metavar=_("参考文档"), help=_("本单位的 .docx 样式文件：其中与 drafter 同名的样式（公文标题、一级标题、Normal 等）取代 drafter 的"))
    command.add_argument("--strict", action="store_true", help=_("把警告（如未声明的 {数据指标}）当作错误，不生成报告"))
    table = command.add_mutually_exclusive_group()
    table.add_argument("--score-table", dest="score_table", action="store_true", default=None, help=_("在报告末尾附自评得分表（需要有分值的评价方案）"))
    table.add_argument("--no-score-table", dest="score_table", action="store_false", help=_("不附自评得分表，即使方案默认附上"))


def build_options(args):
    """The ``BuildOptions`` the command line asks for; a reference document is read now, so a bad one is named before any build."""
    from drafter.pipeline import BuildOptions
    from drafter.write.styles import Layout

    reference = None
    if args.reference_doc:
        from drafter.write.styles import reference_changes

        reference = str(Path(args.reference_doc).resolve())
        changes = reference_changes(args.reference_doc, args.numbering)
        if changes:  # the house's choice, but the clerk should know the grid no longer holds
            message = _("参考文档的样式改变了版心的字号、缩进或行距，每页 22 行、每行 28 字将不再成立：{changes}").format(changes="；".join(changes))
            report_warnings([Problem(args.reference_doc, message)])
    return BuildOptions(template_folders(args.templates), args.score_table, Layout(args.numbering, reference), args.strict)


def add_template_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--templates", action="append", default=[], metavar=_("目录"),
                         help=_("自己的模板目录，优先于内置模板（可多次给出）"))


# Each sub-command: its line in ``drafter --help``, its description, the function adding its arguments.
SUB_COMMANDS = {
    "build": (N_("生成报告（.docx 或 .txt）"), N_("由数据文件生成报告。输出格式由 -o 的扩展名决定：.docx 或 .txt。"), build_arguments),
    "preview": (N_("在终端显示带序号的报告全文"), N_("把报告以带序号的纯文本打印出来。"), preview_arguments),
    "check": (N_("检查数据或报告中的错漏（标点、序号、重复字词、数字等）"),
              N_("检查 .yaml 数据、.docx 或 .txt 报告。退出码：0 无错误和警告，1 有发现，2 文件无法检查。"), check_arguments),
    "import": (N_("把旧报告（.docx、.doc、.wps、.odt、.rtf、.pdf 或 .txt）转成数据文件，作为今年的起点"),
               N_("从旧报告中识别标题、主送机关、依据的通知、各部分、标题层级、分项、署名和日期，写成 YAML 数据。序号会去掉，由 drafter 重新生成。"), import_arguments),
    "batch": (N_("批量生成报告：多个数据文件，用上所有处理器核心"),
              N_("批量生成报告。一个文件出错不影响其他文件；结束时列出失败的文件和原因。全部成功时退出码为 0。"), batch_arguments),
    "new": (N_("按评价方案生成待填写的数据文件"), N_("生成一份数据文件：方案的每个指标都已列出，要点和分值写在注释里，只需填写文字和得分。"), new_arguments),
    "draft": (N_("在终端中逐项起草报告，每项回答立即保存"),
              N_("逐项填写报告：先是标题等信息，再按部分和指标依次填写。每确认一项就保存；中断后再次运行会从第一项未填写处继续。"), draft_arguments),
    "serve": (N_("在浏览器中逐项起草报告，旁边实时显示带序号的报告"),
              N_("启动一个本机网页：左边是填写顺序和得分，中间是当前一项，右边是实时预览。每确认一项就保存到数据文件。"), serve_arguments),
    "carry-over": (N_("由今年的数据文件生成明年的起点"), N_("今年的数值移作上年值，得分和日期清空，标题中的年份加一；正文文字、注释和顺序都保留。"), carry_over_arguments),
    "schemes": (N_("列出可用的评价方案"), N_("列出内置的和自己的评价方案，以及各方案的指标数和满分。"), add_template_option),
    "scheme": (N_("新建评价方案"), N_("评价方案的管理命令。"), scheme_arguments),
}


def report_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(_("{location}: 错误：{message}").format(location=problem.location(), message=problem.message), file=sys.stderr)


def report_warnings(problems: list[Problem] | None) -> None:
    for problem in problems or []:
        print(_("{location}: 警告：{message}").format(location=problem.location(), message=problem.message), file=sys.stderr)


def output_path(data: Path, output: str | None) -> Path:
    """Where the report goes; never onto the data file itself, and only as .docx or .txt."""
    from drafter.pipeline import WRITERS

    target = Path(output) if output else data.with_suffix(".docx")
    if target.exists() and data.exists() and target.resolve() == data.resolve():
        raise DrafterError([Problem(str(target), _("输出文件与数据文件相同，会覆盖您的数据。请换一个输出文件名。"))])
    if target.suffix.lower() not in WRITERS:
        raise DrafterError([Problem(str(target), _("不支持的输出格式「{suffix}」，请用 .docx、.txt 或 .pdf。").format(suffix=target.suffix or _("（无扩展名）")))])
    if not target.parent.is_dir():
        raise DrafterError([Problem(str(target), _("输出目录「{folder}」不存在。").format(folder=target.parent))])
    return target


def new_data_file(target: Path) -> Path:
    """``target`` as the name of a data file to make: a .yaml that is not there yet (new, carry-over)."""
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise DrafterError([Problem(str(target), _("数据文件应以 .yaml 结尾。"))])
    if os.path.lexists(target):
        raise DrafterError([Problem(str(target), _("「{path}」已经存在，为免覆盖，请换一个文件名。").format(path=target))])
    return target


def require_libreoffice(where: str) -> None:
    """Refuse a PDF before anything is built when LibreOffice is not installed."""
    from drafter.office.libreoffice import soffice

    if not soffice():
        raise DrafterError([Problem(where, _("生成 PDF 需要 LibreOffice（soffice），本机没有找到。请安装 LibreOffice，或去掉 pdf 格式。"))])


def run_build(args) -> int:
    from drafter.files import write_file
    from drafter.pipeline import WRITERS, build_report

    data = Path(args.data)
    target = output_path(data, args.output)
    targets = [target] + ([target.with_suffix(".pdf")] if args.pdf and target.suffix.lower() != ".pdf" else [])
    if any(t.suffix.lower() == ".pdf" for t in targets):
        require_libreoffice(str(targets[-1]))
    options = build_options(args)
    report = build_report(data, options.template_dirs, options.score_table, options.layout, options.strict)
    report_warnings(report.warnings)
    for path in targets:
        content = WRITERS[path.suffix.lower()](report)
        write_file(path, content)
        print(_("已生成 {path}").format(path=path), file=sys.stderr)
    return EXIT_OK


def run_preview(args) -> int:
    from drafter.pipeline import build_report
    from drafter.write.text import text_report

    report = build_report(Path(args.data), template_folders(args.templates))
    report_warnings(report.warnings)
    sys.stdout.write(visible(text_report(report.numbered)))
    return EXIT_OK


def run_check(args) -> int:
    from drafter.lint.run import run

    return run(args)


def run_import(args) -> int:
    from drafter.files import kept_backup, write_file
    from drafter.importer import import_file
    from drafter.importer.summary import summary_lines, yaml_text

    source = Path(args.report)
    target = Path(args.output) if args.output else source.with_suffix(".yaml")
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise DrafterError([Problem(str(target), _("数据文件应以 .yaml 结尾。"))])
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise DrafterError([Problem(str(target), _("输出文件与数据文件相同，会覆盖您的数据。请换一个输出文件名。"))])
    if os.path.lexists(target) and not args.force:
        raise DrafterError([Problem(str(target), _("「{path}」已经存在，可能是您改过的数据，为免覆盖，没有导入。请用 -o 指定另一个输出文件；确要覆盖，加 --force（先在旁边留一份带日期的备份）。").format(path=target))])
    scheme = None
    if args.scheme:
        from drafter.data.scheme import find_scheme

        scheme = find_scheme(args.scheme, template_folders(args.templates), "--scheme")
    imported = import_file(source, scheme, args.encoding)
    text = yaml_text(imported, source.name, target).encode("utf-8")
    if os.path.lexists(target):
        print(_("已将原来的「{path}」备份为「{backup}」。").format(path=target, backup=kept_backup(target)), file=sys.stderr)
    write_file(target, text)
    for line in summary_lines(imported):
        print(line, file=sys.stderr)
    for note in imported.notes:
        print(_("{location}: 提示：{message}").format(location=target, message=note), file=sys.stderr)
    print(_("已导入 {path}").format(path=target), file=sys.stderr)
    return EXIT_OK


def run_batch(args) -> int:
    from drafter import batch
    from drafter.files import write_atomically

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    unknown = [f for f in formats if f not in batch.FORMATS]
    if unknown or not formats:
        raise DrafterError([Problem("--format", _("不支持的格式「{formats}」，可用：docx、txt、pdf。").format(formats="、".join(unknown)))])
    if "pdf" in formats:
        require_libreoffice("--format")
    outdir = Path(args.output)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DrafterError([Problem(str(outdir), _("无法创建输出目录：{reason}").format(reason=error.strerror))]) from None
    options = build_options(args)
    jobs = batch.plan(batch.collect_inputs(args.inputs), outdir, formats, args.name)
    workers = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    progress = batch.Progress(len(jobs), enabled=not args.quiet)
    result = batch.run(jobs, workers, options, args.fail_fast, args.check, progress)
    progress.close()
    manifest = Path(args.manifest) if args.manifest else outdir / "manifest.json"
    try:
        write_atomically(manifest, lambda stream: batch.write_manifest(stream, result, formats))
    except OSError as error:
        print(_("{location}: 错误：{message}").format(location=manifest, message=_("无法写入清单：{reason}").format(reason=error.strerror or error)), file=sys.stderr)
    print_batch_summary(result, args.quiet)
    result.outcomes.close()
    if result.interrupted:
        return 130
    return EXIT_OK if not result.outcomes.failed and not result.outcomes.partial and not result.not_started else EXIT_INPUT


def print_batch_summary(result, quiet: bool) -> None:
    """What became of each report, read back from the batch's outcomes: the files made (unless
    ``quiet``), warnings and findings, then each failure's problems, then the counts."""
    if not quiet:
        for outcome in result.outcomes:
            if outcome.outputs:
                print(_("{source} → {outputs}").format(source=outcome.source, outputs="、".join(o["path"] for o in outcome.outputs)), file=sys.stderr)
    for outcome in result.outcomes:
        for problem in outcome.warnings:
            location = Problem(problem["file"], problem["message"], problem["line"], problem["column"]).location()
            print(_("{location}: 警告：{message}").format(location=location, message=problem["message"]), file=sys.stderr)
        if outcome.findings:
            counts = Counter(finding["severity"] for finding in outcome.findings)
            print(_("{source}: 检查发现 {n} 处（错误 {e}，警告 {w}，提示 {i}），详见清单。").format(
                source=outcome.source, n=len(outcome.findings), e=counts["error"], w=counts["warning"], i=counts["info"]), file=sys.stderr)
    for outcome in (o for o in result.outcomes if not o.ok):
        for problem in outcome.problems:
            location = Problem(problem["file"], problem["message"], problem["line"], problem["column"]).location()
            print(_("{location}: 错误：{message}").format(location=location, message=problem["message"]), file=sys.stderr)
    for source, name in result.shortened.items():
        print(_("{source}: 提示：按数据命名的文件名过长，已缩短（原名见清单的 shortened_from）。").format(source=source), file=sys.stderr)
    if result.interrupted:
        print(_("已中断：已完成的文件完整保留并记入清单，没有写到一半的文件；未完成的在清单中记为 not built（只完成了部分格式的记为 partly built）。"), file=sys.stderr)
    outcomes = result.outcomes
    summary = _("成功 {ok} 份，失败 {failed} 份").format(ok=len(outcomes) - outcomes.failed - outcomes.partial, failed=outcomes.failed)
    if outcomes.partial:
        summary += _("，部分生成 {n} 份").format(n=outcomes.partial)
    if result.not_started:
        summary += _("，未生成 {n} 份").format(n=result.not_started)
    print(summary + _("。"), file=sys.stderr)


def run_new(args) -> int:
    from drafter.files import write_file
    from drafter.data.scheme import find_scheme
    from drafter.drafting.skeleton import skeleton_text

    target = new_data_file(Path(args.output))
    scheme = find_scheme(args.scheme, template_folders(args.templates), "--scheme")
    write_file(target, skeleton_text(scheme, target).encode("utf-8"))
    print(_("已生成 {path}：共 {n} 个评价要点待填写。").format(path=target, n=len(scheme.leaf_indicators())), file=sys.stderr)
    return EXIT_OK


def run_draft(args) -> int:
    from drafter.drafting.terminal import draft

    draft(Path(args.data), args.scheme, Path(args.previous) if args.previous else None, template_folders(args.templates))
    return EXIT_OK


def run_serve(args) -> int:
    from drafter.serve import serve

    serve(Path(args.data), args.scheme, Path(args.previous) if args.previous else None, template_folders(args.templates),
          args.host, args.port, args.open)
    return EXIT_OK


def run_carry_over(args) -> int:
    from drafter.drafting.carry_over import carry_over_file
    from drafter.files import write_file
    from drafter.data.yaml_out import with_schema_line

    source, target = Path(args.data), new_data_file(Path(args.output))
    if args.scheme:
        from drafter.drafting.carry_over import carried_onto
        from drafter.data.reading import read_text
        from drafter.data.scheme import find_scheme

        text, mapping = carried_onto(read_text(source, str(source)), str(source), find_scheme(args.scheme, template_folders(args.templates), "--scheme"), template_folders(args.templates))
        for line in mapping:
            print(line, file=sys.stderr)
    else:
        text = carry_over_file(source)
    text = with_schema_line(text, target)
    write_file(target, text.encode("utf-8"))
    print(_("已生成 {path}：请填写新的数值、得分和日期，并改写正文。").format(path=target), file=sys.stderr)
    return EXIT_OK


def run_schemes(args) -> int:
    from drafter.data.scheme import available_schemes, is_builtin, load_scheme

    rows = []
    for scheme_id, path in available_schemes(template_folders(args.templates)).items():
        where = _("内置") if is_builtin(path) else str(path.parent)
        try:
            scheme = load_scheme(path)
        except DrafterError as error:
            rows.append([scheme_id, _("（无法读取：{reason}）").format(reason=error.problems[0].message), "", "", where])
            continue
        parents = sum(1 for node in scheme.indicators if not node.leaf)
        counts = (_("一级指标 {top} 个，评价要点 {leaves} 个").format(top=parents, leaves=len(scheme.leaf_indicators())) if parents
                  else _("评价要点 {leaves} 个").format(leaves=len(scheme.leaf_indicators())))  # a flat scheme has no levels
        if scheme.scored:
            counts += _("，满分 {total:g} 分").format(total=scheme.max_total)
        rows.append([scheme.id, scheme.name, scheme.level, counts, where])
    widths = [max((cells(row[column]) for row in rows), default=0) for column in range(5)]
    for row in rows:  # columns lined up in terminal cells; a tab would not line up Chinese
        print(visible("  ".join(padded(text, width) for text, width in zip(row, widths)).rstrip()))
    return EXIT_OK


def run_scheme(args) -> int:
    from drafter.data.scheme import copy_scheme

    if args.scheme_command in SCHEME_COMMANDS:
        return SCHEME_COMMANDS[args.scheme_command](args)
    if args.scheme_command != "new":
        parser().parse_args(["scheme", "--help"])
    folder = copy_scheme(args.source, args.name, Path(args.to) if args.to else None, template_folders(args.templates))
    print(_("已创建方案「{id}」：{folder}").format(id=args.name, folder=folder), file=sys.stderr)
    print(_("请编辑其中的 scheme.yaml（指标、分值、要点）和 report.j2（模板），然后用 drafter new --scheme {id} -o 数据.yaml 开始填写。").format(id=args.name), file=sys.stderr)
    return EXIT_OK


def run_scheme_import(args) -> int:
    from drafter.data.scheme import find_scheme
    from drafter.schemes.importing import import_scheme, write_scheme

    base = find_scheme(args.source, template_folders(args.templates), "--from") if args.source else None
    imported = import_scheme(Path(args.file), args.id, base)
    folder = write_scheme(imported, Path(args.to) if args.to else None, base, Path(args.file).name)
    print(_("已生成方案「{id}」：{folder}").format(id=args.id, folder=folder), file=sys.stderr)
    print(imported.summary, file=sys.stderr)
    for line in imported.warnings:
        print(_("{location}: 警告：{message}").format(location=args.file, message=line), file=sys.stderr)
    for line in imported.unplaced:
        print(_("{location}: 未归位：{message}").format(location=args.file, message=line), file=sys.stderr)
    print(_("请对照通知核对上面的数字，再用 drafter new --scheme {id} -o 数据.yaml 开始填写。").format(id=args.id), file=sys.stderr)
    return EXIT_OK


def run_scheme_export(args) -> int:
    from drafter.files import write_file
    from drafter.data.scheme import find_scheme
    from drafter.schemes.export import WRITERS, export

    target = Path(args.output)
    if target.suffix.lower() not in WRITERS:
        raise DrafterError([Problem(str(target), _("指标表只能写成 .docx 或 .xlsx。"))])
    write_file(target, export(find_scheme(args.id, template_folders(args.templates), "--id"), target))
    print(_("已生成 {path}").format(path=target), file=sys.stderr)
    return EXIT_OK


def run_scheme_diff(args) -> int:
    from drafter.data.scheme import find_scheme
    from drafter.schemes.diff import diff_lines

    folders = template_folders(args.templates)
    for line in diff_lines(find_scheme(args.old, folders), find_scheme(args.new, folders)):
        print(visible(line))
    return EXIT_OK


SCHEME_COMMANDS = {"import": run_scheme_import, "export": run_scheme_export, "diff": run_scheme_diff}


COMMANDS = {"build": run_build, "batch": run_batch, "preview": run_preview, "check": run_check, "import": run_import,
            "new": run_new, "schemes": run_schemes, "scheme": run_scheme, "carry-over": run_carry_over, "draft": run_draft,
            "serve": run_serve}


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
