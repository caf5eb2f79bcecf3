"""The floor: the least Python can do for this job — read the YAML, write its paragraphs as a .docx by string
building and zipping. No styles, no numbering, no checks; drafter is measured against it.

    python bench/floor.py DATA.yaml OUT.docx
    python bench/floor.py --batch FOLDER OUTDIR -j N
"""

import io
import sys
import zipfile
from multiprocessing import Pool
from pathlib import Path

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# The floor as first written escapes with str.translate, which is slow on CJK text (0.8 ms of a
# corpus report); drafter now escapes with replace calls, so bench/run measures a floor that does too.
ESCAPES = {
    "translate": lambda text: text.translate(ESCAPE),
    "replace": lambda text: text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
}


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def floor_docx(path, escaping="translate"):
    escape = ESCAPES[escaping]
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=Loader)
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in strings(data))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def build(pair):
    source, target = pair
    Path(target).write_bytes(floor_docx(source))


def main(argv):
    if argv[0] == "--batch":
        folder, outdir, jobs = Path(argv[1]), Path(argv[2]), int(argv[4])
        outdir.mkdir(parents=True, exist_ok=True)
        pairs = [(str(p), str(outdir / (p.stem + ".docx"))) for p in sorted(folder.glob("*.yaml"))]
        if jobs == 1:
            for pair in pairs:
                build(pair)
        else:
            with Pool(jobs) as pool:
                pool.map(build, pairs, chunksize=8)
        return
    build((argv[0], argv[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
