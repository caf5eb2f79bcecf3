"""Data slips clerks make end in a located message and exit 2 in every command that reads the data,
never a traceback; odd but valid YAML (merge keys) loads as YAML says."""

import json
import re

import pytest

from drafter.cli import main
from drafter.load import load_report

from conftest import MINIMAL

# Every command that reads a data file, with the arguments it needs around it.
COMMANDS = {
    "build": lambda data, out: ["build", data, "-o", out / "r.docx"],
    "preview": lambda data, out: ["preview", data],
    "check": lambda data, out: ["check", data],
    "draft": lambda data, out: ["draft", data],
    "carry-over": lambda data, out: ["carry-over", data, "-o", out / "next.yaml"],
    "batch": lambda data, out: ["batch", data, "-o", out / "batch", "-j", "1", "-q"],
}

SLIPS = {
    "impossible_unquoted_date": (MINIMAL.replace("date: 2024-05-10", "date: 2023-06-31"), 4, "日期「2023-06-31」不存在"),
    "impossible_date_in_record": (MINIMAL + "record: {printer: 办公室, printed: 2024-02-30}\n", 10, "2024-02-30"),
    "infinite_metric": (MINIMAL + "metrics:\n  支出: {value: 1.0e+999, previous: 1}\n", 11, "无法使用"),
    "thirty_digit_metric": (MINIMAL + "metrics:\n  支出: {value: 123456789012345678901234567890, previous: 1}\n", 11, "无法使用"),
    "nan_metric": (MINIMAL + "metrics:\n  支出: {value: .nan, previous: 1}\n", 11, "无法使用"),
    "parts_is_a_number": (MINIMAL.split("parts:")[0] + "parts: 7\n", 5, "「parts」应为"),
    "float_tag_on_text": (MINIMAL.replace("recipient: 县人民政府", "recipient: !!float 县人民政府"), 3, "!!float"),
    "int_tag_on_text": (MINIMAL.replace("      - 一段正文。", "      - !!int 一段正文。"), 9, "!!int"),
    "binary_tag_not_base64": (MINIMAL.replace("issuer: XX县教育局", "issuer: !!binary 县教育局"), 2, "!!binary"),
}


def run(args, capsys):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("slip", SLIPS)
def test_data_slip_is_located_with_exit_2_in_every_command(tmp_path, capsys, write_data, slip, command):
    text, line, words = SLIPS[slip]
    data = write_data(text)
    code, output = run(COMMANDS[command](data, tmp_path), capsys)
    assert "Traceback" not in output
    # check lints data the schema refuses (a finding, exit 1) and exits 2 only for a file it cannot read
    assert code == (1 if command == "check" and slip == "parts_is_a_number" else 2), output
    assert re.search(rf"{re.escape(str(data))}:{line}:\d+: .*{re.escape(words)}", output), output
    assert data.read_text(encoding="utf-8") == text  # nothing the clerk wrote is touched
    if command == "batch":
        manifest = json.loads((tmp_path / "batch" / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["failed"] == 1 and manifest["reports"][0]["problems"][0]["line"] == line


def test_merge_key_that_overrides_a_value_is_valid_yaml(write_data):
    text = MINIMAL.replace("issuer: XX县教育局\n", "") + "record:\n  <<: {printer: 旧办公室, cc: [甲], printed: 2024-05-10}\n  printer: 县教育局办公室\nissuer: XX县教育局\n"
    report = load_report(write_data(text))
    assert report.values["record"] == {"printer": "县教育局办公室", "cc": ["甲"], "printed": "2024-05-10"}


def test_merge_of_several_mappings_lets_the_first_win(write_data):
    text = MINIMAL + "record:\n  <<: [{printer: 甲}, {printer: 乙, cc: [丙]}]\n  printed: 2024-05-10\n"
    assert load_report(write_data(text)).values["record"] == {"printer": "甲", "cc": ["丙"], "printed": "2024-05-10"}


def test_key_written_twice_in_one_mapping_is_still_refused(tmp_path, capsys, write_data):
    code, output = run(["build", write_data(MINIMAL + "issuer: 另一个\n"), "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "重复出现" in output


def test_merge_of_itself_is_refused(tmp_path, capsys, write_data):
    code, output = run(["build", write_data(MINIMAL + "record: &r\n  <<: *r\n  printer: 甲\n"), "-o", tmp_path / "r.docx"], capsys)
    assert code == 2 and "Traceback" not in output


@pytest.mark.parametrize("typed", ["inf", "-inf", "nan", "1e400", "1e15", "123456789012345678901234567890"])
def test_number_typed_into_draft_that_cannot_be_used_is_refused(typed):
    from drafter.draft import Field, check_answer

    assert "无法使用" in check_answer(Field(("metrics", "支出", "value"), "number", "支出"), typed)
    assert check_answer(Field(("x", "score"), "score", "得分", maximum=5), typed)


def test_big_whole_number_typed_into_draft_stays_exact():
    from drafter.draft import Field, check_answer, typed_value

    target = Field(("metrics", "支出", "value"), "number", "支出")
    assert check_answer(target, "999999999999999") is None
    assert typed_value(target, "999999999999999") == 999999999999999
    assert typed_value(target, "12.50") == 12.5 and typed_value(target, "7.0") == 7
