"""The command line's words: every sub-command with its options and help, in Chinese first (English
through the catalog), argparse's own phrases translated, the help wrapped to the terminal.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from drafter import __version__
from drafter.errors import Problem, cells, padded
from drafter.i18n import N_, _
from drafter.places import template_folders
from drafter.cli.messages import EXIT_INPUT, report_warnings


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

    def _fill_text(self, text, width, indent):
        """A description wrapped at ``width`` cells, as help text is (argparse's textwrap leaves a Chinese
        sentence, which has no spaces, on one line however long)."""
        return "\n".join(indent + line for line in self._split_lines(text, width - len(indent)))

    def _format_usage(self, usage, actions, groups, prefix):
        """The usage, its options kept whole and wrapped at ``width`` cells under the command's name
        (argparse counts characters, so Chinese metavars ran past the edge)."""
        text = super()._format_usage(usage, actions, groups, prefix)
        if all(cells(line) <= self._width for line in text.splitlines()):
            return text
        pieces = re.findall(r"\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]|\S+", " ".join(text.split()))
        named = self._prog.count(" ") + 1  # 用法：drafter, then its sub-command's words
        head = " ".join(pieces[:named])
        indent = " " * cells(head + " ")
        lines, line = [], head
        for piece in pieces[named:]:
            if cells(line + " " + piece) > self._width and line.strip():
                lines.append(line)
                line = indent + piece
            else:
                line += " " + piece
        return "\n".join(lines + [line]) + "\n\n"

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
              N_("检查 .yaml 数据、.docx 或 .txt 报告。退出码：0 无错误和警告，1 有错误或警告，2 文件无法检查；加 --fix 时，0 和 1 说的是修正后的副本：0 全部修正，1 还有要人工处理的。"), check_arguments),
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
