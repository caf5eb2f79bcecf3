"""Every user-facing message in the code has an English translation, and the compiled catalog is current."""

import io

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from drafter.i18n import wanted_language

from conftest import ROOT

LOCALE = ROOT / "drafter" / "locale" / "en" / "LC_MESSAGES"


def english_catalog():
    with open(LOCALE / "drafter.po", "rb") as stream:
        return read_po(stream, locale="en")


def test_every_message_in_the_code_is_translated():
    catalog = english_catalog()
    method_map = [("**.py", "python"), ("serve/templates/**.html", "jinja2")]
    keywords = {"_": None, "N_": None}
    found = {message for _, _, message, _, _ in extract_from_dir(str(ROOT / "drafter"), method_map, keywords=keywords)}
    untranslated = [m for m in found if not (catalog.get(m) and catalog.get(m).string)]
    assert not untranslated


def test_compiled_catalog_matches_the_po_file():
    buffer = io.BytesIO()
    write_mo(buffer, english_catalog())
    assert buffer.getvalue() == (LOCALE / "drafter.mo").read_bytes(), "run: pybabel compile -d drafter/locale -D drafter"


def test_language_follows_the_posix_precedence():
    assert wanted_language({"LANG": "en_US.UTF-8"}) == "en_US"
    assert wanted_language({"LANGUAGE": "en:zh", "LANG": "zh_CN.UTF-8"}) == "en"
    assert wanted_language({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert wanted_language({}) == "zh_CN"
