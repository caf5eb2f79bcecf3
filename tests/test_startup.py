"""What ``drafter --help`` and ``drafter build`` load: the policy behind drafter's imports inside
functions. A command imports the stages it runs and nothing else: the readers, the importer, the
drafting session and its terminal UI, the page's server and the spreadsheet, PDF and round-trip
YAML libraries load inside the functions that need them, so ``--help`` answers at once and a
cold build (bench/run) pays only for itself. A change that adds a module here is a change of
start-up time: make it on purpose, and say what it costs."""

import json
import subprocess
import sys

from conftest import EXAMPLES

_LOADED = r"""
import json, sys
from drafter.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.__stderr__)
"""

# Libraries only some commands need: none may load for --help or a build.
LATER = ("flask", "werkzeug", "ruamel", "openpyxl", "pypdfium2", "pdfplumber", "prompt_toolkit", "docx", "lxml", "jsonschema", "babel")


def loaded(*arguments) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _LOADED, *map(str, arguments)], capture_output=True, text=True, timeout=120)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_help_loads_the_command_line_alone():
    modules = loaded("--help")
    assert {m for m in modules if m.startswith("drafter")} == {"drafter", "drafter.cli", "drafter.cli.arguments", "drafter.cli.messages", "drafter.errors", "drafter.i18n", "drafter.places"}
    assert not {m.split(".")[0] for m in modules} & set(LATER + ("jinja2", "yaml"))


def test_build_loads_the_pipeline_and_its_writer_and_nothing_else(tmp_path):
    example = next(e for e in EXAMPLES if e.stem.startswith("county-bureau"))
    modules = loaded("build", example, "-o", tmp_path / "r.docx")
    assert {m for m in modules if m.startswith("drafter")} == {
        "drafter", "drafter.cli", "drafter.cli.arguments", "drafter.cli.messages", "drafter.cli.commands",  # the command line
        "drafter.errors", "drafter.i18n", "drafter.places",
        "drafter.data", "drafter.data.load", "drafter.data.reading", "drafter.data.report", "drafter.data.schema", "drafter.data.structure", "drafter.data.report_validator", "drafter.data.scheme", "drafter.data.scheme_validator",  # the data and its scheme
        "drafter.text", "drafter.text.punctuation", "drafter.text.numerals", "drafter.text.measure",
        "drafter.assemble", "drafter.assemble.compose", "drafter.assemble.sandbox", "drafter.assemble.figures",  # assembled
        "drafter.assemble.parse", "drafter.assemble.model", "drafter.assemble.number",
        "drafter.pipeline", "drafter.files",  # written
        "drafter.write", "drafter.write.docx", "drafter.write.styles", "drafter.write.ooxml", "drafter.write.package", "drafter.write.pagination",
    }
    assert {"jinja2", "yaml"} <= {m.split(".")[0] for m in modules}
    assert not {m.split(".")[0] for m in modules} & set(LATER)
