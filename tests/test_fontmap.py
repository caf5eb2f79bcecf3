"""The font map's SC copies of collection faces (drafter/office/fontmap.py): the CFF's names become the face's
own, nothing else in the font changes, and LibreOffice is given them only where fontconfig is."""

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from drafter.office import fontmap
from drafter.office.fontmap import FONT_MAP, Face, cff_font_name, font_map, mapped, own_named_copy, standalone_face


def cff_index(items: list[bytes]) -> bytes:
    offsets = [1]
    for item in items:
        offsets.append(offsets[-1] + len(item))
    return struct.pack(">HB", len(items), 4) + b"".join(struct.pack(">I", o) for o in offsets) + b"".join(items)


def fake_cff(name: bytes) -> bytes:
    """A CFF with ``name`` in its Name INDEX and in a font dict's name in its String INDEX, followed
    by 'charstrings' that happen to hold the same bytes (which must not change)."""
    return b"\x01\x00\x04\x04" + cff_index([name]) + cff_index([b"\x8b\x8b\x11"]) + cff_index([name + b"-VKana", b"Adobe"]) \
        + cff_index([]) + b"\x0e" + name + b"\x0e"


def fake_collection(faces: list[dict[bytes, bytes]]) -> bytes:
    """A .ttc of ``faces`` (each its tables, by tag), tables placed one after another."""
    header = struct.pack(">4sHHI", b"ttcf", 1, 0, len(faces))
    position = len(header) + 4 * len(faces)
    directories, offsets = [], []
    for face in faces:
        offsets.append(position)
        position += 12 + 16 * len(face)
        directories.append(face)
    blobs, records = b"", []
    for face in directories:
        entries = []
        for tag, data in sorted(face.items()):
            entries.append(struct.pack(">4sIII", tag, 0, position + len(blobs), len(data)))
            blobs += data + b"\0" * (-len(data) % 4)
        records.append(struct.pack(">4sHHHH", b"OTTO", len(face), 0, 0, 0) + b"".join(entries))
    return header + b"".join(struct.pack(">I", o) for o in offsets) + b"".join(records) + blobs


def tables_of(font: bytes) -> dict[bytes, bytes]:
    version, count = struct.unpack_from(">4sH", font)
    assert version == b"OTTO"
    tables = {}
    for number in range(count):
        tag, checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * number)
        data = font[offset:offset + length]
        if tag != b"head":
            assert checksum == fontmap._checksum(data + b"\0" * (-len(data) % 4)), tag
        tables[tag] = data
    return tables


HEAD = b"\x00\x01\x00\x00" + b"\x00" * 4 + b"\x12\x34\x56\x78" + b"\x5f\x0f\x3c\xf5" + b"\x00" * 38
OS2 = b"sc face's own OS/2 table.."


def test_a_collection_face_alone_has_the_cff_names_of_its_own_and_nothing_else_changed():
    collection = fake_collection([
        {b"CFF ": fake_cff(b"FontCJKjp-Regular"), b"head": HEAD, b"OS/2": b"jp face's OS/2 table.."},
        {b"CFF ": fake_cff(b"FontCJKjp-Regular"), b"head": HEAD, b"OS/2": OS2},
    ])
    import io

    font = standalone_face(io.BytesIO(collection), 1, b"FontCJKsc-Regular")
    tables = tables_of(font)
    assert tables[b"CFF "] == fake_cff(b"FontCJKjp-Regular").replace(b"FontCJKjp-Regular", b"FontCJKsc-Regular", 2)
    assert tables[b"CFF "].endswith(b"\x0eFontCJKjp-Regular\x0e")  # past the names: binary, untouched
    assert cff_font_name(tables[b"CFF "]) == b"FontCJKsc-Regular"
    assert tables[b"OS/2"] == OS2
    assert tables[b"head"][:8] == HEAD[:8] and tables[b"head"][12:] == HEAD[12:]
    assert fontmap._checksum(font) == 0xB1B0AFBA  # head.checkSumAdjustment makes the whole font's sum

    assert standalone_face(io.BytesIO(collection), 1, b"FontCJKjp-Regular") is None  # already its own name
    assert standalone_face(io.BytesIO(collection), 1, b"FontCJKsc-Regular-Longer") is None  # would move offsets
    assert standalone_face(io.BytesIO(collection), 5, b"FontCJKsc-Regular") is None
    assert standalone_face(io.BytesIO(font), 0, b"FontCJKsc-Regular") is None  # not a collection


def test_the_copy_is_made_once_and_again_when_the_collection_changes(tmp_path):
    source = tmp_path / "Font.ttc"
    source.write_bytes(fake_collection([{b"CFF ": fake_cff(b"FontCJKjp-Regular"), b"head": HEAD}] * 2))
    face = Face(str(source), 1, "FontCJKsc-Regular", "Font CJK SC")
    copy = own_named_copy(face, tmp_path / "cache")
    assert copy is None  # the cache folder must exist: font_map makes it
    (tmp_path / "cache").mkdir()
    copy = own_named_copy(face, tmp_path / "cache")
    assert copy.is_file() and own_named_copy(face, tmp_path / "cache") == copy
    source.write_bytes(source.read_bytes() + b"\0\0\0\0")
    again = own_named_copy(face, tmp_path / "cache")
    assert again != copy and again.is_file() and not copy.exists()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [again.name]


def test_without_fontconfig_or_a_cache_libreoffice_gets_drafters_map(monkeypatch, tmp_path):
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fontmap.shutil, "which", lambda name: None)
    mapped.cache_clear()
    assert font_map() == FONT_MAP
    monkeypatch.undo()
    monkeypatch.setenv("DRAFTER_CACHE_DIR", "")
    mapped.cache_clear()
    assert font_map() == FONT_MAP
    mapped.cache_clear()


NOTO_SERIF = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


@pytest.mark.skipif(not (NOTO_SERIF.is_file() and shutil.which("fc-scan")), reason="needs Debian's fonts-noto-cjk and fontconfig (.ci/run installs both)")
def test_with_debians_noto_collections_the_map_uses_sc_copies_fontconfig_reads_as_the_sc_faces(monkeypatch, tmp_path):
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    mapped.cache_clear()
    config = font_map()
    assert config != FONT_MAP and str(NOTO_SERIF) in config.read_text(encoding="utf-8")
    [copy] = (tmp_path / "fonts").glob("NotoSerifCJKsc-Regular-*.otf")
    copy.unlink()  # as a cache cleaner might, while drafter serve runs
    assert font_map() == config and copy.is_file()
    mapped.cache_clear()
    scanned = subprocess.run(["fc-scan", "-f", "%{family[0]}|%{postscriptname}|%{index}", str(copy)], capture_output=True, text=True).stdout
    assert scanned == "Noto Serif CJK SC|NotoSerifCJKsc-Regular|0"
    matched = subprocess.run(["fc-match", "-f", "%{file}", "仿宋_GB2312"], capture_output=True, text=True, env={"FONTCONFIG_FILE": str(config)}).stdout
    assert matched == str(copy)
    with NOTO_SERIF.open("rb") as stream:
        collection = stream.read()
    copied = tables_of(copy.read_bytes())
    assert cff_font_name(copied[b"CFF "]) == b"NotoSerifCJKsc-Regular" and b"CJKjp" not in copied[b"CFF "][:4096]
    index = 2  # the SC face, as fontconfig lists it
    offset = struct.unpack_from(">I", collection, 12 + 4 * index)[0]
    original = {}
    for number in range(struct.unpack_from(">H", collection, offset + 4)[0]):
        tag, _checksum, start, length = struct.unpack_from(">4sIII", collection, offset + 12 + 16 * number)
        original[tag] = collection[start:start + length]
    assert copied.keys() == original.keys()
    for tag in original.keys() - {b"CFF ", b"head"}:
        assert copied[tag] == original[tag], tag
    changed = [i for i, (a, b) in enumerate(zip(copied[b"CFF "], original[b"CFF "])) if a != b]
    assert len(copied[b"CFF "]) == len(original[b"CFF "]) and changed and max(changed) < 4096  # the names only


def test_a_collection_cut_short_or_garbled_gives_no_copy_and_no_traceback(tmp_path):
    """A font file nobody here wrote may be truncated or damaged: the PDF is then made without the copy."""
    import random

    whole = fake_collection([{b"CFF ": fake_cff(b"FontCJKjp-Regular"), b"head": HEAD, b"OS/2": OS2}] * 2)
    (tmp_path / "cache").mkdir()
    rng = random.Random(3)
    for cut in range(len(whole)):
        for tail in (b"", bytes(rng.randrange(256) for _ in range(32))):
            source = tmp_path / "Font.ttc"
            source.write_bytes(whole[:cut] + tail)
            copy = own_named_copy(Face(str(source), 1, "FontCJKsc-Regular", "Font CJK SC"), tmp_path / "cache")
            assert copy is None or copy.read_bytes()[:4] == b"OTTO"
            for made in (tmp_path / "cache").iterdir():
                made.unlink()
