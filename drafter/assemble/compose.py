"""Compose stage: renders a report's data through its sandboxed Jinja template into drafter markup.

Every value a template prints from the data is escaped for the markup (see ``parse``), so a
clerk's ``#``, ``1.``, ``{{`` or ``@`` comes out as written; template text itself is not escaped.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import SecurityError
from markupsafe import Markup, escape as escape_output

from drafter import __version__
from drafter.errors import DrafterError, Problem
from drafter.i18n import N_, _
from drafter.data.report import PART_KEYS, ReportData, part_keys
from drafter.assemble import figures
from drafter.assemble.figures import Metric, fill_in, metrics_of, placeholder_problems
from drafter.assemble.parse import escape, unescape
from drafter.places import builtin_dir, cache_folder, holds_templates, user_folders
from drafter.text.punctuation import clause, ensure_ending
from drafter.assemble.sandbox import MAX_OUTPUT, RENDER_SECONDS, LimitedEnvironment, OutputTooLong, RenderTimeout, can_isolate, isolated, render_bounded
from drafter.data.scheme import Assessment

DEFAULT_TEMPLATE = "base/report.j2"


class _DataText(str):
    """A value from the data on its way into the markup; Jinja's autoescape calls ``__html__``."""

    def __html__(self) -> Markup:
        return Markup(escape(str(self)))


def _finalize(value: object) -> object:
    return value if hasattr(value, "__html__") else _DataText(value)


def as_data(value: object, metrics: dict[str, Metric] | None = None) -> object:
    """``value`` with every string in it marked as data, so any escaping path Jinja takes is ours,
    and with each ``{metric}`` placeholder written out when ``metrics`` are given."""
    if isinstance(value, str):
        return _DataText(fill_in(value, metrics) if "{" in value else value)
    if isinstance(value, dict):
        return {key: as_data(item, metrics) for key, item in value.items()}
    if isinstance(value, list):
        return [as_data(item, metrics) for item in value]
    return value


def notice_citation(notice: dict) -> str:
    """市教育局《关于……的通知》（X教发〔2024〕3号）"""
    text = f"{notice['issuer']}《{notice['title']}》"
    return _DataText(text + (f"（{notice['number']}）" if notice.get("number") else ""))


def score_text(score: float | str) -> str:
    """98 → 98, 97.5 → 97.5: a score as a report writes it (a draft's 〔待评分〕 as it is)."""
    return _DataText(score if isinstance(score, str) else f"{score:g}")


PENDING_SCORE = "〔待评分〕"  # a draft's self-score while scores are still to be given: not a total of 0


def plain(text: object) -> str:
    """The characters ``text`` stands for: a ``Markup`` (what ``{% set %}`` blocks and ``join`` make
    under autoescape) is already escaped, so it is unescaped first, or it would be escaped twice.
    (``parse.unescape`` rather than ``Markup.unescape``, which imports html for every text: 1 ms of a
    cold build.)"""
    return unescape(str(text)) if isinstance(text, Markup) else str(text)


def clause_filter(text: str) -> str:
    """``text`` without its closing punctuation, to continue the sentence after it."""
    return _DataText(clause(plain(text)))


def sentence_filter(text: str) -> str:
    """``text`` ending in 。 unless it already ends with punctuation."""
    return _DataText(ensure_ending(plain(text), "。"))


def _metric(value) -> Metric:
    return value if isinstance(value, Metric) else Metric.from_data(value.get("name", ""), value)


# Filters from drafter.assemble.figures: numbers, money, percentages, dates, and a metric's phrases.
FIGURE_FILTERS = {
    "date_cn": figures.date_cn, "number": figures.number, "percent": figures.percent, "money": figures.money,
    "school_year": figures.school_year, "cn_number": figures.cn_number,
    "change": lambda m: _metric(m).change(), "change_amount": lambda m: _metric(m).change_amount(),
    "amount": lambda m: _metric(m).amount(_metric(m).value), "previous": lambda m: _metric(m).amount(_metric(m).previous),
}


def _as_data_text(function):
    """A filter whose result is data (escaped on output like any value)."""
    def filtered(*args, **kwargs):
        return _DataText(function(*args, **kwargs))
    filtered.__doc__ = function.__doc__
    return filtered


def point_texts(points: list) -> list[str]:
    """The text of each point that has one: a point may be a string or an answer to an indicator."""
    texts = [point if isinstance(point, str) else point.get("text", "") for point in points]
    return [text for text in texts if str(text).strip()]


def _printed(value: object) -> str:
    """``value`` as ``{{ value }}`` prints it: markup as it is, text escaped for the markup, anything
    else finalized and escaped (the first two are Jinja's own path, taken directly)."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape(value)
    return escape_output(_finalize(value))


def item_markup(it: object) -> Markup:
    """One item of the data as markup: ``@p`` for a paragraph; for a mapping its heading, text, points
    (一是……) and child items, nested between ``@heading`` and ``@end``. Markers are never written here:
    the number stage derives them from the nesting.

    fragments/items.j2's ``item`` macro calls this. It was the same logic in Jinja, and a third of a
    build's time: a recursive macro costs about 20 µs a call in the sandbox, this about 2 µs (the
    corpus-sized report in bench/run composes in 0.4 ms instead of 1.0). Anything that is neither text
    nor a mapping prints nothing, as the macro's undefined lookups did.
    """
    if isinstance(it, str):
        return Markup(f"@p {_printed(it)}\n")
    if not isinstance(it, dict):
        return Markup("")
    points = point_texts(it.get("points", []))
    lines = []
    if "heading" in it:
        directive = "runin" if it.get("run_in", False) else "heading"
        level = f":{_printed(it['level'])}" if "level" in it else ""
        heading = _printed(clause_filter(it["heading"])) + _printed(it["score_note"]) if "score_note" in it else _printed(it["heading"])
        lines.append(f"@{directive}{level} {heading}\n")
    text = it.get("text", "")
    if text or points:
        lines.append(f"@p {_printed(text)}\n")
    point = "@point:para " if it.get("layout", "inline") == "paragraphs" else "@point "
    lines.extend(f"{point}{_printed(each)}\n" for each in points)
    lines.extend(f"{item_markup(child)}\n" for child in it.get("content", []))
    if "heading" in it:
        lines.append("@end\n")
    return Markup("".join(lines))


def bytecode_cache():
    """Compiled templates kept between runs (Jinja checks each against its source) in the user's cache
    folder (``places.cache_folder``), if one can be had. Compiling the templates is most of a cold build's time."""
    from jinja2 import FileSystemBytecodeCache

    folder = cache_folder("templates-" + __version__)
    return FileSystemBytecodeCache(str(folder)) if folder else None


@lru_cache(maxsize=8)
def environment(template_dirs: tuple[str, ...] = ()) -> LimitedEnvironment:
    """The sandboxed environment: user folders first, then the built-in templates and fragments."""
    user = [FileSystemLoader(folder) for folder in template_dirs]
    builtin = [PrefixLoader({"fragments": FileSystemLoader(builtin_dir("fragments"))}), FileSystemLoader(builtin_dir("templates"))]
    env = LimitedEnvironment(
        loader=ChoiceLoader(user + builtin),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=bytecode_cache(),
    )
    env.globals["item_markup"] = item_markup
    env.filters.update(citation=notice_citation, score=score_text, clause=clause_filter, sentence=sentence_filter, point_texts=point_texts)
    env.filters.update({name: _as_data_text(function) for name, function in FIGURE_FILTERS.items()})
    return env


class _TrackedParts(dict):
    """The report's parts in the data's order (the known kinds it leaves out empty, at the end),
    remembering which ones the template read, so none is silently left out."""

    def __init__(self, parts: dict):
        super().__init__({**parts, **{key: {} for key in PART_KEYS if key not in parts}})
        self.used: set = set()

    def not_printed(self) -> list:
        """The parts the template has not read yet, in order: what the base template's body prints,
        after any a scheme's template placed itself (in ``before_parts``)."""
        return [key for key in self if key not in self.used]

    def __getitem__(self, key):
        self.used.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.used.add(key)
        return super().get(key, default)


def template_name(report: ReportData, assessment: Assessment | None = None) -> str:
    """The data's own template, else its scheme's, else the base report."""
    if "template" in report.values:
        return report.values["template"]
    return assessment.scheme.template if assessment else DEFAULT_TEMPLATE


def scheme_context(assessment: Assessment, score_table: bool | None, report_values: dict, pending_scores: int = 0) -> dict:
    """What a scheme adds to the template's context: ``scheme``, ``assessment``, the computed ``self_score``."""
    scheme = assessment.scheme
    context = {
        "scheme": {"id": scheme.id, "name": scheme.name, "level": scheme.level, "notice": scheme.notice},
        "assessment": assessment.as_context(),
    }
    if score_table is not None:
        context["assessment"]["table"] = score_table
    if scheme.notice and not report_values.get("notices"):
        context["notices"] = [scheme.notice]
    if scheme.scored and assessment.total is not None:
        context["self_score"] = PENDING_SCORE if pending_scores else assessment.total
    return context


def annotated_parts(parts: dict, assessment: Assessment | None, metrics: dict[str, Metric] | None = None) -> dict:
    """The parts as templates see them: placeholders written out, and the scheme's ``score_note`` on
    each heading that answers an indicator."""
    parts = as_data(parts, metrics)
    if assessment is None or not assessment.scheme.score_note:
        return parts
    for code, answer in assessment.answers.items():
        item = parts
        for step in answer.path[1:]:
            item = item[step]
        note = assessment.score_note(code)
        if "heading" in item and note:
            item["score_note"] = _DataText(note)
    return parts


def compose(report: ReportData, template_dirs: tuple[str, ...] = (), assessment: Assessment | None = None, score_table: bool | None = None,
            pending_scores: int = 0) -> str:
    """Render ``report`` into markup text; raise ``DrafterError`` naming the template file and line.

    With an ``assessment``, the scheme's template renders it and the self-score is its computed total.
    """
    folders = user_folders(tuple(template_dirs))
    env = environment(folders)
    name = template_name(report, assessment)
    metrics = metrics_of(report.values)
    problems = placeholder_problems(report, metrics)
    if problems:
        raise DrafterError(problems)
    values = report.values
    parts = _TrackedParts(annotated_parts(values.get("parts", {}), assessment, metrics))
    context = as_data({"closing": "特此报告。", "transition": "现将有关情况报告如下：", "basis": "按照", "notices": [], "preface": [], "metrics": {}})
    # The data's text with its placeholders written out (``metrics`` itself as it is); the parts are
    # converted above; a blank self_score is as if it were not there.
    context.update({key: as_data(value, None if key == "metrics" else metrics) for key, value in values.items()
                    if key != "parts" and not (key == "self_score" and value is None)})
    if assessment is not None:
        context.update(as_data(scheme_context(assessment, score_table, report.values, pending_scores)))
    context["parts"] = parts
    if folders and can_isolate() and holds_templates(folders):  # templates people edit and share: rendered where a runaway cannot hurt this process
        try:
            markup, parts.used, loaded = isolated(lambda: (_rendered(env, name, context, report), parts.used, _loaded(env)))
        except RenderTimeout:  # killed inside one long call, where no line can be told
            raise DrafterError([Problem(name, _("模板运行超过 {n:g} 秒，已停止。请检查这一行附近的循环（如多重 range）。").format(n=RENDER_SECONDS), rule="template")]) from None
        except SecurityError as error:
            raise DrafterError([Problem(name, _("模板试图做沙箱不允许的事：{reason}").format(reason=error), rule="template")]) from None
        _load(env, loaded)
    else:
        markup = _rendered(env, name, context, report)
    if report.values.get("unplaced"):
        line, column = report.where_key(("unplaced",))
        raise DrafterError([Problem(report.source, _("「unplaced」中还有 {n} 段导入时未能归位的文字。请把它们移到报告的相应部分（或删去），再生成报告。").format(n=len(report.values["unplaced"])), line, column, "unplaced")])
    unused = [key for key in part_keys(report.values) if report.values["parts"][key].get("content") and key not in parts.used]
    if unused:
        problems = []
        for key in unused:
            line, column = report.where_key(("parts", key))
            message = _("「parts.{key}」有内容，但模板「{name}」不输出这一部分，内容会丢失。请换用包含该部分的模板，或把内容移到其他部分。").format(key=key, name=name)
            problems.append(Problem(report.source, message, line, column, "unused-part"))
        raise DrafterError(problems)
    return markup


def _loaded(env) -> list[str]:
    """The templates ``env`` has compiled and holds (its cache's keys are (loader, name))."""
    return [key[1] for key in env.cache.keys()] if env.cache is not None else []


def _load(env, names: list[str]) -> None:
    """Compile ``names`` here too, so the next render's child starts with them (a child's compiled
    templates die with it: without this every build in a child compiled its templates again, 8 ms)."""
    for name in names:
        try:
            env.get_template(name)
        except TemplateError:
            pass


def _rendered(env, name: str, context: dict, report: ReportData) -> str:
    """The markup of template ``name``; ``DrafterError`` naming the template file and line."""
    try:
        return render_bounded(env.get_template(name), context)
    except TemplateNotFound as error:
        line, column = report.where(("template",))
        raise DrafterError([Problem(report.source, _("找不到模板「{name}」。请检查 template 字段或 --templates 目录。").format(name=error.name), line, column, "template")]) from None
    except TemplateSyntaxError as error:
        where = error.filename or error.name or name
        raise DrafterError([Problem(str(where), _("模板语法错误：{reason}").format(reason=jinja_in_words(error.message or "")), error.lineno, None, "template")]) from None
    except OutputTooLong as error:
        raise DrafterError([Problem(error.filename or name, _("模板输出超过 {n} 个字符，已停止。请检查这一行附近的循环。").format(n=MAX_OUTPUT), error.line, None, "template")]) from None
    except SecurityError as error:
        raise DrafterError([template_problem(name, _("模板试图做沙箱不允许的事：{reason}").format(reason=error))]) from None
    except RenderTimeout:
        raise DrafterError([template_problem(name, _("模板运行超过 {n:g} 秒，已停止。请检查这一行附近的循环（如多重 range）。").format(n=RENDER_SECONDS))]) from None
    except TemplateError as error:
        raise DrafterError([template_problem(name, _("模板出错：{reason}").format(reason=jinja_in_words(error.message or str(error))))]) from None
    except RecursionError:
        cycle = template_cycle(env, name)
        message = (_("模板相互继承或包含，形成了循环：{cycle}。请让其中一个改为继承 base/report.j2。").format(cycle=" → ".join(cycle)) if cycle
                   else _("模板调用自身的层数太多（递归没有结束）。请检查这一行的宏或 include 是否在调用自己。"))
        raise DrafterError([Problem(env.loader.get_source(env, cycle[0])[1] or cycle[0], message, None, None, "template") if cycle
                            else template_problem(name, message)]) from None
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as error:
        # Templates are code the user may edit: whatever goes wrong inside one is reported at its line, in words.
        raise DrafterError([template_problem(name, runtime_message(error))]) from None


# Jinja's own messages, by their shape, in words for whoever edits a template (Jinja's English
# stays in brackets where it says more, such as which tag was expected). Patterns, with their flags,
# are compiled when a message is first worded: a build that goes well never needs them.
_JINJA_WORDS = (
    (r"^'([^']+)' is undefined$", 0, N_("用到了未定义的名称「{0}」：数据中没有这个字段，或者拼写有误。")),
    (r"^'[^']*' has no attribute '([^']+)'$", 0, N_("数据中没有字段「{0}」：请检查拼写，或在数据中加上它。")),
    (r"^unexpected '([^']+)'$", 0, N_("这里不应出现「{0}」：请检查 {{{{ }}}} 和 {{% %}} 是否成对。")),
    (r"^Encountered unknown tag '([^']+)'\.(.*)$", re.S, N_("不认识的标签「{0}」：拼写有误，或者前面有标签没有结束。（{1}）")),
    (r"^unexpected end of template(.*)$", re.S, N_("模板在中途结束了：有 {{% if %}}、{{% for %}} 或 {{% block %}} 没有结束。（{0}）")),
    (r"^expected token '([^']+)', got '([^']+)'$", 0, N_("这里应是「{0}」，却写了「{1}」。")),
    (r"^no filter named '([^']+)'\.?$", re.I, N_("没有名为「{0}」的过滤器：可用的见 docs/templates.md。")),
    (r"^no test named '([^']+)'\.?$", re.I, N_("没有名为「{0}」的测试。")),
)


def jinja_in_words(message: str) -> str:
    """Jinja's message in plain Chinese where its shape is known; as Jinja wrote it otherwise."""
    for pattern, flags, words in _JINJA_WORDS:
        match = re.match(pattern, message.strip(), flags)
        if match:
            return _(words).format(*(group.strip() for group in match.groups()))
    return message


# What went wrong inside a template, by the kind of Python error, in the words of whoever edits it.
_RUNTIME_WORDS = (
    (ZeroDivisionError, N_("模板中的计算除以了零")),
    (ArithmeticError, N_("模板中的计算出错（数值太大或不是数）")),
    (KeyError, N_("模板取了不存在的项")),
    (IndexError, N_("模板取了列表中不存在的位置")),
    (AttributeError, N_("模板取了不存在的属性")),
    (TypeError, N_("模板把不能一起运算的值放在了一起（如文字加数字）")),
    (ValueError, N_("模板中的值不合用（如把文字转成数字）")),
)


def runtime_message(error: Exception) -> str:
    """「模板运行出错：模板取了不存在的项（'人数'）」: the kind in words, then the item it names, if any."""
    words = next(_(text) for kind, text in _RUNTIME_WORDS + ((Exception, N_("模板运行出错")),) if isinstance(error, kind))
    named = error.args[0] if isinstance(error, KeyError) and error.args else None
    return _("模板运行出错：{what}").format(what=words + (f"（{named!r}）" if named is not None else "")) + "。"


def template_cycle(env, name: str) -> list[str] | None:
    """The templates that extend or include one another round to ``name`` again, in order, if they do."""
    from jinja2 import meta

    path, current = [], name
    while current is not None and current not in path:
        path.append(current)
        try:
            source = env.loader.get_source(env, current)[0]
            referenced = [n for n in meta.find_referenced_templates(env.parse(source)) if n]
        except (TemplateError, OSError):
            return None
        current = next(iter(referenced), None) if len(referenced) == 1 else next((n for n in referenced if n in path), None)
    return path + [current] if current is not None else None


def template_problem(name: str, message: str) -> Problem:
    """A problem located at the innermost template line of the exception being handled."""
    filename, line = name, None
    traceback = sys.exc_info()[2]
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_filename.endswith(".j2"):
            filename, line = code.co_filename, traceback.tb_lineno
        traceback = traceback.tb_next
    return Problem(filename, message, line, None, "template")
