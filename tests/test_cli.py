"""The installed ``drafter`` command, run as a user would, from a folder that is not the checkout."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import EXAMPLES, MINIMAL, ROOT

DRAFTER = shutil.which("drafter")


def drafter(*args, cwd, lang="zh_CN.UTF-8"):
    assert DRAFTER, "drafter is not installed: run the install command in README.md first"
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "LC_MESSAGES": ""}
    return subprocess.run([DRAFTER, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_build_writes_docx_and_text_from_any_folder(tmp_path, example):
    for name in ("report.docx", "report.txt"):
        result = drafter("build", example, "-o", name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "report.docx").read_bytes()[:2] == b"PK"
    preview = drafter("preview", example, cwd=tmp_path)
    assert preview.stdout == (tmp_path / "report.txt").read_text(encoding="utf-8")


def test_same_input_gives_identical_files_across_runs(tmp_path):
    first = drafter("build", EXAMPLES[0], "-o", "a.docx", cwd=tmp_path)
    second = drafter("build", EXAMPLES[0], "-o", "b.docx", cwd=tmp_path)
    assert first.returncode == second.returncode == 0
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_bad_data_exits_2_with_located_messages_and_no_output(tmp_path):
    data = tmp_path / "bad.yaml"
    data.write_text(MINIMAL.replace("recipient:", "recipent:").replace("date: 2024-05-10", "date: 昨天"), encoding="utf-8")
    result = drafter("build", data, "-o", "out.docx", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{data}:3:1: 错误：" in result.stderr and f"{data}:4:7: 错误：" in result.stderr
    assert not (tmp_path / "out.docx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.yaml"]


def test_a_failed_build_leaves_the_previous_report_whole(tmp_path):
    data = tmp_path / "r.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    assert drafter("build", data, "-o", "r.docx", cwd=tmp_path).returncode == 0
    before = (tmp_path / "r.docx").read_bytes()
    data.write_text(MINIMAL.replace("title:", "titel:"), encoding="utf-8")
    assert drafter("build", data, "-o", "r.docx", cwd=tmp_path).returncode == 2
    assert (tmp_path / "r.docx").read_bytes() == before


@pytest.mark.parametrize("args, words", [
    (("build", "missing.yaml"), "找不到"),
    (("build", "{data}", "-o", "{data}"), "覆盖"),
    (("build", "{data}", "-o", "r.odt"), ".docx"),
    (("build", "{data}", "-o", "no/such/dir/r.docx"), "不存在"),
    (("build", "{data}", "--templates", "no-such-folder"), "模板目录不存在"),
    (("build",), "缺少必需的参数"),
])
def test_usage_mistakes_are_sentences_not_tracebacks(tmp_path, args, words):
    data = tmp_path / "r.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    result = drafter(*[a.format(data=data) for a in args], cwd=tmp_path)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert data.read_text(encoding="utf-8") == MINIMAL


def test_output_is_written_atomically_without_leftovers(tmp_path):
    data = tmp_path / "r.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    assert drafter("build", data, cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx", "r.yaml"]


def test_help_is_chinese_by_default_and_english_with_lang_en(tmp_path):
    chinese = drafter("--help", cwd=tmp_path)
    english = drafter("--help", cwd=tmp_path, lang="en_US.UTF-8")
    assert "公文" in chinese.stdout
    assert "official" in english.stdout and not any("\u4e00" <= c <= "\u9fff" for c in english.stdout)


def test_errors_are_english_with_lang_en(tmp_path):
    data = tmp_path / "bad.yaml"
    data.write_text(MINIMAL.replace("recipient:", "recipent:"), encoding="utf-8")
    result = drafter("build", data, cwd=tmp_path, lang="en_US.UTF-8")
    assert result.returncode == 2 and "unknown field" in result.stderr.lower()


def test_user_templates_flag(tmp_path):
    folder = tmp_path / "mine" / "fragments"
    folder.mkdir(parents=True)
    (folder / "closing.j2").write_text("@p 专此报告。\n", encoding="utf-8")
    data = tmp_path / "r.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    result = drafter("preview", data, "--templates", tmp_path / "mine", cwd=tmp_path)
    assert "专此报告。" in result.stdout and "特此报告。" not in result.stdout


def test_module_entry_point_matches_the_command(tmp_path):
    result = subprocess.run([sys.executable, "-m", "drafter", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.startswith("drafter ")


UNUSABLE = [
    # command, file, its bytes, words the sentence must contain
    ("check", "old.doc", b"\xd0\xcf\x11\xe0binary", ".docx"),
    ("check", "scan.docx", b"%PDF-1.4 not a docx", ".docx"),
    ("check", "binary.txt", b"\xff\xfe\x00\x00", "不是文本文件"),
    ("check", "data.yaml", b"title: [unclosed\n", "YAML"),
    ("import", "empty.txt", b"\n\n", "没有文字"),
    ("import", "old.doc", b"\xd0\xcf\x11\xe0", ".docx"),
    ("import", "fake.docx", b"not a zip", ".docx"),
    ("import", "binary.txt", b"\xff\xfe\x00\xd8", "编码"),  # UTF-16 by its mark, with half a surrogate pair
    ("import", "fake.rtf", b"\x89PNG", ".rtf"),
    ("import", "picture.png", b"\x89PNG", ".docx、.doc"),
    ("build", "binary.yaml", b"\xff\xfe\x00\x01", "UTF-8"),
    ("build", "nul.yaml", b"title: a\x00b\n", "空字符"),
]


@pytest.mark.parametrize("command, name, content, words", UNUSABLE, ids=[f"{c}:{n}" for c, n, _b, _w in UNUSABLE])
def test_every_command_refuses_an_unusable_file_with_a_sentence(tmp_path, command, name, content, words):
    (tmp_path / name).write_bytes(content)
    extra = ["-o", "out.yaml"] if command == "import" else ["-o", "out.docx"] if command == "build" else []
    result = drafter(command, name, *extra, cwd=tmp_path)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("out.*"))


def test_schemes_new_and_scheme_new_work_from_the_installed_command(tmp_path):
    env_templates = tmp_path / "mine"
    listing = drafter_in(env_templates, "schemes", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.strip().split("\n")
    rows = [re.split(r"\s{2,}", line) for line in lines]
    from wcwidth import wcswidth  # the columns line up on a terminal, Chinese counted two cells wide

    assert len({wcswidth(line[:line.index(row[3])]) for line, row in zip(lines, rows)}) == 1
    assert {row[0] for row in rows} == {"county-annual-assessment", "city-education-duty", "county-bureau-work-report"}
    assert any(row[0] == "county-annual-assessment" and "评价要点 19 个，满分 100 分" in row[3] and row[4] == "内置" for row in rows)
    copied = drafter_in(env_templates, "scheme", "new", "county-2026", "--from", "county-annual-assessment", cwd=tmp_path)
    assert copied.returncode == 0, copied.stderr
    assert (env_templates / "county-2026" / "scheme.yaml").is_file()
    assert "county-2026" in drafter_in(env_templates, "schemes", cwd=tmp_path).stdout
    made = drafter_in(env_templates, "new", "--scheme", "county-2026", "-o", "2026.yaml", cwd=tmp_path)
    assert made.returncode == 0 and "19 个评价要点待填写" in made.stderr
    again = drafter_in(env_templates, "new", "--scheme", "county-2026", "-o", "2026.yaml", cwd=tmp_path)
    assert again.returncode == 2 and "已经存在" in again.stderr
    unknown = drafter_in(env_templates, "new", "--scheme", "county-2062", "-o", "x.yaml", cwd=tmp_path)
    assert unknown.returncode == 2 and "是不是「county-2026」" in unknown.stderr and "Traceback" not in unknown.stderr
    built = drafter_in(env_templates, "build", "2026.yaml", cwd=tmp_path)
    assert built.returncode == 2 and "「标题（title）」尚未填写" in built.stderr and "Traceback" not in built.stderr


def drafter_in(templates, *args, cwd):
    os.environ["DRAFTER_TEMPLATES"], saved = str(templates), os.environ["DRAFTER_TEMPLATES"]
    try:
        return drafter(*args, cwd=cwd)
    finally:
        os.environ["DRAFTER_TEMPLATES"] = saved


def test_carry_over_writes_next_years_file_and_never_overwrites(tmp_path):
    county = next(e for e in EXAMPLES if e.stem.startswith("county-annual"))
    made = drafter("carry-over", county, "-o", "2024.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "previous: 24303" in (tmp_path / "2024.yaml").read_text(encoding="utf-8")
    again = drafter("carry-over", county, "-o", "2024.yaml", cwd=tmp_path)
    assert again.returncode == 2 and "已经存在" in again.stderr
    checked = drafter("check", "2024.yaml", cwd=tmp_path)
    assert checked.returncode == 1 and "「成文日期（date）」尚未填写" in checked.stdout and "Traceback" not in checked.stderr


def test_build_and_batch_take_the_same_layout_options(tmp_path):
    import docx

    county = next(e for e in EXAMPLES if e.stem.startswith("county-annual"))
    built = drafter("build", county, "-o", "one.docx", "--numbering", "word", "--no-score-table", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    batch = drafter("batch", county, "-o", "out", "--numbering", "word", "--no-score-table", cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    for path in (tmp_path / "one.docx", tmp_path / "out" / f"{county.stem}.docx"):
        document = docx.Document(str(path))
        assert document.tables == []
        first = next(p.text for p in document.paragraphs if p.style.name == "一级标题")
        assert first.startswith("坚持以主体责任落实为根本")  # Word's list writes 一、
    missing = drafter("batch", county, "-o", "out2", "--reference-doc", "house.docx", cwd=tmp_path)
    assert missing.returncode == 2 and "找不到参考文档" in missing.stderr and not (tmp_path / "out2" / f"{county.stem}.docx").exists()


@pytest.mark.parametrize("name, kind", [("去年的报告.docx", "docx"), ("去年 报告.pdf", "pdf"), ("报告.txt", "txt"), ("报告.doc", "docx")])
@pytest.mark.parametrize("command", ["build", "preview"])
def test_a_report_given_as_data_is_named_as_one_with_the_import_command(tmp_path, name, kind, command):
    """drafter build report.docx (or .pdf, .txt, .doc) used to say the file was not UTF-8, or that its top
    level must be a mapping: it says what the file is, and the command that makes data of it (issue 31)."""
    from drafter.pipeline import build_report, docx_bytes

    built = build_report(EXAMPLES[0])
    content = {"docx": lambda: docx_bytes(built), "pdf": lambda: b"%PDF-1.7\n%\xe2\xe3\n", "txt": lambda: "一、概况\n正文。\n".encode()}[kind]()
    (tmp_path / name).write_bytes(content)
    result = drafter(command, name, *(["-o", "out.docx"] if command == "build" else []), cwd=tmp_path)
    assert result.returncode == 2 and "drafter import" in result.stderr
    quoted = f'"{name}"' if " " in name else name
    assert f"drafter import {quoted} -o " in result.stderr and not (tmp_path / "out.docx").exists()
    assert ("报告" in result.stderr) and "UTF-8" not in result.stderr and "映射" not in result.stderr


COMMANDS = ["", "build", "preview", "check", "import", "batch", "new", "draft", "serve", "carry-over", "schemes", "scheme",
            "scheme new", "scheme import", "scheme export", "scheme diff"]


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_US.UTF-8"])
@pytest.mark.parametrize("command", COMMANDS, ids=[c or "drafter" for c in COMMANDS])
def test_every_help_fits_an_80_column_terminal(tmp_path, command, lang):
    """Usage, description and options, in Chinese and in English, wrapped at the terminal's 80 cells (a
    Chinese character takes two): several ran past it (issue 31)."""
    from drafter.errors import cells

    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LANGUAGE": "", "LC_MESSAGES": "", "COLUMNS": "80"}
    result = subprocess.run([DRAFTER, *command.split(), "--help"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "-h" in result.stdout
    assert max(cells(line) for line in result.stdout.splitlines()) <= 80


def test_an_unknown_scheme_is_named_where_the_command_line_gave_it(tmp_path):
    """scheme export takes the id as its argument: the message stood at 「--id:」, an option it has not (issue 31)."""
    exported = drafter("scheme", "export", "nosuch", "-o", "x.xlsx", cwd=tmp_path)
    assert exported.returncode == 2 and exported.stderr.startswith("nosuch:") and "--id" not in exported.stderr
    made = drafter("new", "--scheme", "nosuch", "-o", "n.yaml", cwd=tmp_path)
    assert made.returncode == 2 and made.stderr.startswith("--scheme:")
