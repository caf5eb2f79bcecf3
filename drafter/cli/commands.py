"""What each sub-command does once its arguments are read: the stages it runs (loaded here, when it
runs, so that ``drafter --help`` loads none of them), where its output goes, what it prints.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from drafter.errors import DrafterError, Problem, cells, padded, visible
from drafter.files import kept_backup, os_reason, write_atomically, write_file
from drafter.i18n import _
from drafter.places import template_folders
from drafter.cli.messages import EXIT_INPUT, EXIT_OK, report_warnings
from drafter.cli.arguments import build_options, parser


def refuse_the_input(target: Path, source: Path) -> None:
    """An output is never written onto the file it is made from."""
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise DrafterError([Problem(str(target), _("输出文件与数据文件相同，会覆盖您的数据。请换一个输出文件名。"))])


def refuse_a_non_yaml(target: Path) -> None:
    """A data file drafter makes is named .yaml, so that every command and editor takes it for one."""
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise DrafterError([Problem(str(target), _("数据文件应以 .yaml 结尾。"))])


REPORT_KINDS = ("docx", "pdf", "office", "html")


def refuse_a_report(data: Path) -> Path:
    """``data`` when it may be a data file; a report given in its place (.docx, .pdf, .doc, a web page,
    a .txt) is named as one, with the ``drafter import`` command that makes data of it."""
    if data.suffix.lower() in (".yaml", ".yml") or not data.is_file():
        return data
    from drafter.readers.kind import TEXT_SUFFIXES, file_kind

    try:
        with open(data, "rb") as stream:
            head = stream.read(64 * 1024)
    except OSError:
        return data  # the data's reader says what is wrong
    quoted = lambda path: f'"{path}"' if " " in str(path) else str(path)  # as a clerk would paste it into a shell, on Windows too
    command = f"drafter import {quoted(data)} -o {quoted(data.with_suffix('.yaml'))}"
    if file_kind(data, head) in REPORT_KINDS:
        raise DrafterError([Problem(str(data), _("这是一份报告，不是数据文件。drafter build 和 preview 由 .yaml 数据生成报告；要把这份报告变成数据，请运行：{command}").format(
            command=command))])
    if data.suffix.lower() in TEXT_SUFFIXES:
        raise DrafterError([Problem(str(data), _("这看来是报告的文字，不是数据文件（.yaml）。要把它变成数据，请运行：{command}；若它确是数据，请把扩展名改为 .yaml。").format(
            command=command))])
    return data


def output_path(data: Path, output: str | None) -> Path:
    """Where the report goes; never onto the data file itself, and only as .docx or .txt."""
    from drafter.pipeline import WRITERS

    target = Path(output) if output else data.with_suffix(".docx")
    refuse_the_input(target, data)
    if target.suffix.lower() not in WRITERS:
        raise DrafterError([Problem(str(target), _("不支持的输出格式「{suffix}」，请用 .docx、.txt 或 .pdf。").format(suffix=target.suffix or _("（无扩展名）")))])
    if not target.parent.is_dir():
        raise DrafterError([Problem(str(target), _("输出目录「{folder}」不存在。").format(folder=target.parent))])
    return target


def new_data_file(target: Path) -> Path:
    """``target`` as the name of a data file to make: a .yaml that is not there yet (new, carry-over)."""
    refuse_a_non_yaml(target)
    if os.path.lexists(target):
        raise DrafterError([Problem(str(target), _("「{path}」已经存在，为免覆盖，请换一个文件名。").format(path=target))])
    return target


def require_libreoffice(where: str) -> None:
    """Refuse a PDF before anything is built when LibreOffice is not installed."""
    from drafter.office.libreoffice import soffice

    if not soffice():
        raise DrafterError([Problem(where, _("生成 PDF 需要 LibreOffice（soffice），本机没有找到。请安装 LibreOffice，或去掉 pdf 格式。"))])


def run_build(args) -> int:
    from drafter.pipeline import WRITERS, build_report

    data = refuse_a_report(Path(args.data))
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

    report = build_report(refuse_a_report(Path(args.data)), template_folders(args.templates))
    report_warnings(report.warnings)
    sys.stdout.write(visible(text_report(report.numbered)))
    return EXIT_OK


def run_check(args) -> int:
    from drafter.lint.run import run

    return run(args)


def run_import(args) -> int:
    from drafter.importer import import_file
    from drafter.importer.summary import summary_lines, yaml_text

    source = Path(args.report)
    target = Path(args.output) if args.output else source.with_suffix(".yaml")
    refuse_a_non_yaml(target)
    refuse_the_input(target, source)
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
        raise DrafterError([Problem(str(outdir), _("无法创建输出目录：{reason}").format(reason=os_reason(error)))]) from None
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
        print(_("{location}: 错误：{message}").format(location=manifest, message=_("无法写入清单：{reason}").format(reason=os_reason(error))), file=sys.stderr)
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
    from drafter.data.scheme import find_scheme
    from drafter.schemes.export import WRITERS, export

    target = Path(args.output)
    if target.suffix.lower() not in WRITERS:
        raise DrafterError([Problem(str(target), _("指标表只能写成 .docx 或 .xlsx。"))])
    write_file(target, export(find_scheme(args.id, template_folders(args.templates), args.id), target))  # export takes the id as its argument: no --id to name
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
