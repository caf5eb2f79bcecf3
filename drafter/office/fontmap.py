"""The font map LibreOffice gets when drafter makes a PDF: drafter/fonts/fonts.conf, which sends the
office faces (仿宋_GB2312, 方正小标宋简体, 黑体 …) to the nearest installed Simplified Chinese faces
(Noto Serif CJK SC, Noto Sans CJK SC), and, where those faces come from a font collection, SC copies
of them.

Linux distributions ship Noto CJK as collections (.ttc): the SC, TC, HK, JP and KR faces of a weight
share one CFF table of outlines, and the CFF's names are the Japanese face's. LibreOffice names the
fonts it embeds in a PDF after the CFF, so a report set wholly in the SC face listed
``NotoSerifCJKjp-Regular`` in pdffonts, and whoever checks a PDF's fonts saw a Japanese face. So
each SC face the map names is copied once, alone, into the user's cache folder, with the CFF's names
made the face's own (only the region's two letters change, so nothing else in the font moves), and
LibreOffice gets a map that uses the copies in place of the collections. The outlines, metrics and
character map are the collection's, byte for byte, so every line and page breaks as before.

Where there is no fontconfig (Windows and macOS, whose LibreOffice uses the system's fonts), or
nothing needs a copy, or no cache folder can be written, LibreOffice gets drafter's map as it is.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from drafter.files import write_atomically
from drafter.write.ooxml import text as xml_text
from drafter.places import cache_folder

FONT_MAP = Path(__file__).parent.parent / "fonts" / "fonts.conf"
COLLECTIONS = (".ttc", ".otc")
WEIGHTS = ("-Regular", "-Bold")  # what reports are set in; fonts-noto-cjk-extra adds five more, 20 MB each


@dataclass
class Face:
    """One face of an installed font file, as fontconfig lists it."""

    file: str
    index: int
    postscript_name: str
    family: str


def font_map() -> Path:
    """The fonts.conf to give LibreOffice: drafter's map, or one that also sets SC copies in place of
    the collections the map's faces come from (see the module's note). Worked out once a process,
    and again when a cache cleaner has removed what it names (the map would then leave LibreOffice
    without the faces it rejects)."""
    config, copies = mapped()
    if not all(path.is_file() for path in (config, *copies)):
        mapped.cache_clear()
        config, copies = mapped()
    return config


@lru_cache(maxsize=1)
def mapped() -> tuple[Path, tuple[Path, ...]]:
    """The fonts.conf for LibreOffice and the copies it names, made where they are missing."""
    folder = cache_folder("fonts")
    faces = [face for face in installed_faces() if face.family in mapped_families() and face.file.endswith(COLLECTIONS)
             and face.postscript_name.endswith(WEIGHTS)]
    if folder is None or not faces:
        return FONT_MAP, ()
    copies = {face.file: copy for face in faces if (copy := own_named_copy(face, folder))}
    if not copies:
        return FONT_MAP, ()
    config = folder / "fonts.conf"
    text = map_with_copies(folder, sorted(copies))
    try:
        if not config.is_file() or config.read_text(encoding="utf-8") != text:
            write_atomically(config, text.encode("utf-8"))
    except OSError:
        return FONT_MAP, ()
    return config, tuple(copies.values())


def mapped_families() -> set[str]:
    """The families drafter's map sends the office faces to."""
    return set(re.findall(r'<edit name="family"[^>]*><string>([^<]+)</string>', FONT_MAP.read_text(encoding="utf-8")))


def installed_faces() -> list[Face]:
    """Every face fontconfig knows, or none where there is no fontconfig."""
    program = shutil.which("fc-list")
    if not program:
        return []
    try:
        listed = subprocess.run([program, "-f", r"%{file}\t%{index}\t%{postscriptname}\t%{family[0]}\n"],
                                capture_output=True, timeout=60, check=True).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return []
    faces = []
    for line in listed.splitlines():
        fields = line.split("\t")
        if len(fields) == 4 and fields[1].isdigit():
            faces.append(Face(fields[0], int(fields[1]), fields[2], fields[3]))
    return faces


def map_with_copies(folder: Path, collections: list[str]) -> str:
    """A fonts.conf that adds the copies' folder, leaves out the collections they replace, and is
    otherwise drafter's map."""
    rejected = "".join(f"\n    <glob>{xml_text(path)}</glob>" for path in collections)
    return ('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
            "  <!-- drafter: written by drafter/office/fontmap.py; the SC copies of the faces in these collections -->\n"
            f"  <dir>{xml_text(str(folder))}</dir>\n"
            f"  <selectfont><rejectfont>{rejected}\n  </rejectfont></selectfont>\n"
            f"  <include>{xml_text(str(FONT_MAP))}</include>\n</fontconfig>\n")


def own_named_copy(face: Face, folder: Path) -> Path | None:
    """The face alone, in ``folder``, with its CFF named as the face is; made the first time and again
    when the collection changes. None if the face needs no copy (its CFF already has its name, or it
    has no CFF) or the copy cannot be made."""
    source = Path(face.file)
    try:
        status = source.stat()
        copy = folder / f"{face.postscript_name}-{status.st_size}-{status.st_mtime_ns}.otf"
        if copy.is_file():
            return copy
        with source.open("rb") as stream:
            font = standalone_face(stream, face.index, face.postscript_name.encode("ascii"))
        if font is None:
            return None
        write_atomically(copy, font)
        for old in folder.glob(f"{face.postscript_name}-*.otf"):  # of a collection since updated
            if old != copy:
                old.unlink()
    except (OSError, ValueError, IndexError, OverflowError, struct.error):  # a font file cut short or not what it says
        return None
    return copy


def standalone_face(stream, index: int, name: bytes) -> bytes | None:
    """Face ``index`` of the collection in ``stream`` as a font file of its own, its CFF's names (the
    font's and its font dicts', e.g. ``NotoSerifCJKjp-Regular-VKana``) given ``name`` in place of the
    collection's; None if the face has no CFF, or its CFF already bears ``name``, or the names differ
    in length (changing a length would move every offset in the CFF)."""
    header = stream.read(12)
    if header[:4] != b"ttcf":
        return None
    count = struct.unpack(">I", header[8:12])[0]
    if not 0 <= index < count:
        return None
    stream.seek(12 + 4 * index)
    stream.seek(struct.unpack(">I", stream.read(4))[0])
    version, table_count = struct.unpack(">4sH", stream.read(6))
    stream.read(6)
    records = [struct.unpack(">4sIII", stream.read(16)) for _ in range(table_count)]
    cff_record = next((record for record in records if record[0] == b"CFF "), None)
    if cff_record is None:
        return None
    stream.seek(cff_record[2])
    cff = bytearray(stream.read(cff_record[3]))
    names_end = cff_strings_end(cff)
    shared = cff_font_name(cff)
    if shared == name or len(shared) != len(name):
        return None
    cff[:names_end] = bytes(cff[:names_end]).replace(shared, name)
    tables = []
    for tag, _checksum, offset, length in sorted(records):
        if tag == b"CFF ":
            tables.append((tag, bytes(cff)))
        else:
            stream.seek(offset)
            tables.append((tag, stream.read(length)))
    return sfnt(version, tables)


def _cff_index(cff: bytes, position: int) -> tuple[list[int], int]:
    """A CFF INDEX at ``position``: where each item starts and ends, and where the INDEX ends."""
    count = struct.unpack_from(">H", cff, position)[0]
    if count == 0:
        return [], position + 2
    size = cff[position + 2]
    starts = position + 3
    offsets = [int.from_bytes(cff[starts + i * size:starts + (i + 1) * size], "big") for i in range(count + 1)]
    data = starts + (count + 1) * size - 1  # CFF offsets count from 1
    return [data + offset for offset in offsets], data + offsets[-1]


def cff_font_name(cff: bytes) -> bytes:
    """The first name in the CFF's Name INDEX: the font's PostScript name."""
    bounds, _end = _cff_index(cff, cff[2])  # the header's size is its third byte
    return bytes(cff[bounds[0]:bounds[1]])


def cff_strings_end(cff: bytes) -> int:
    """Where the CFF's String INDEX ends: the header, the Name, Top DICT and String INDEXes hold every
    name; the subroutines and charstrings, which are binary, come after."""
    position = cff[2]
    for _index in ("name", "top dict", "string"):
        _bounds, position = _cff_index(cff, position)
    return position


def sfnt(version: bytes, tables: list[tuple[bytes, bytes]]) -> bytes:
    """An OpenType font file of ``tables`` (tag, data; in tag order), with its table directory,
    checksums and ``head.checkSumAdjustment`` as the specification has them."""
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    directory = [struct.pack(">4sHHHH", version, count, 16 * power, power.bit_length() - 1, 16 * (count - power))]
    blocks = []
    offset = 12 + 16 * count
    head_offset = None
    total = 0
    for tag, data in tables:
        if tag == b"head":
            data = data[:8] + b"\0\0\0\0" + data[12:]
            head_offset = offset
        padded = data + b"\0" * (-len(data) % 4)
        checksum = _checksum(padded)
        directory.append(struct.pack(">4sIII", tag, checksum, offset, len(data)))
        blocks.append(padded)
        offset += len(padded)
        total += checksum
    font = bytearray(b"".join(directory + blocks))
    if head_offset is not None:  # the whole font's checksum: the directory's and the (padded) tables'
        whole = (total + _checksum(b"".join(directory))) & 0xFFFFFFFF
        struct.pack_into(">I", font, head_offset + 8, (0xB1B0AFBA - whole) & 0xFFFFFFFF)
    return bytes(font)


def _checksum(padded: bytes) -> int:
    """The sum of ``padded``'s big-endian 32-bit words, modulo 2**32 (an array, not a tuple of ints:
    a CJK font's CFF is 20 MB)."""
    words = array("I" if array("I").itemsize == 4 else "L", padded)
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF
