"""Shared helpers: a minimal valid report, written where a test wants it."""

import os
import tempfile
import textwrap
from pathlib import Path

import pytest

# Messages are asserted in Chinese, the default language, whatever locale the machine has.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "zh_CN.UTF-8"
# The user's own template folder would add schemes to every test: point it at an empty place.
os.environ["DRAFTER_TEMPLATES"] = tempfile.mkdtemp(prefix="drafter-user-templates-")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
# Copies of ../shared/corpus, so the tests run from any checkout, not only one beside shared/.
CORPUS = ROOT / "tests" / "corpus"

MINIMAL = """\
title: XX县教育局关于2023年工作情况的报告
issuer: XX县教育局
recipient: 县人民政府
date: 2024-05-10
parts:
  achievements:
    heading: 工作开展基本情况
    content:
      - 一段正文。
"""


# An optional 版头 and 版记, to add to a report's data.
LETTERHEAD = """\
letterhead:
  copy_number: '000001'
  secrecy: 秘密★1年
  urgency: 特急
  mark: XX县教育局文件
  number: X教发〔2024〕12号
  signers: [张三, 李四]
record:
  cc: [县委办公室, 县人大常委会办公室]
  printer: XX县教育局办公室
  printed: 2024-05-10
"""


@pytest.fixture
def write_data(tmp_path):
    """Write YAML text (dedented) to a file and return its path."""

    def write(text: str, name: str = "data.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


def needs_libreoffice(test):
    """A test that runs LibreOffice: marked ``libreoffice`` (``-m "not libreoffice"`` leaves it out) and
    skipped where LibreOffice is not installed, except in CI, where .ci/run installs it and it must run."""
    from drafter.office.libreoffice import soffice

    missing = not soffice() and not os.environ.get("CI")
    return pytest.mark.libreoffice(pytest.mark.skipif(missing, reason="LibreOffice is not installed")(test))
