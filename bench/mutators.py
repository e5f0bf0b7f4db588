"""Structure-aware mutations of job-description files for the fuzz campaign (``bench/fuzz.py``).

Each mutator takes the file's bytes and a seeded ``random.Random`` and returns new bytes, so a
mutant is reproducible from its seed file, its index and the campaign seed. Word files are
mutated as zip packages (entries dropped, damaged, reordered, their XML broken), PDFs as object
graphs (xref offsets, stream bytes and lengths, references, filters), text as encodings and
control bytes; every format also gets blind byte damage, which finds what the others miss.
Written here rather than taken from a fuzzing library: atheris and its kin need a compiled
harness and drive coverage, not file structure, and these few rules are the structure.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable

Mutator = Callable[[bytes, random.Random], bytes]

CONTROL = [bytes([b]) for b in (*range(0, 9), 11, 12, *range(14, 32), 127)]
INVISIBLE = ["\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\ufeff", "\x85", "\x9b",
             "\u2028", "\x1b[31m", "\x07"]


# --- blind byte damage (every format) -----------------------------------------------------

def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if out:
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
    return bytes(out)


def cut(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 4096):]


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def splice(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    span = data[at:at + rng.randint(1, 512)]
    return data[:at] + span * rng.randint(2, 64) + data[at:]


def noise(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 256)) + data[at:]


BLIND: list[Mutator] = [flip, cut, truncate, splice, noise]


# --- Word packages --------------------------------------------------------------------------

def _entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return [(info, package.read(info)) for info in package.infolist()]
    except Exception:  # an earlier mutation broke the zip: fall back to blind damage
        return None


def _pack(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for info, body in entries:
            package.writestr(info.filename, body)
    return buffer.getvalue()


def _zip_mutator(change: Callable[[list[tuple[zipfile.ZipInfo, bytes]], random.Random], None],
                 ) -> Mutator:
    def mutate(data: bytes, rng: random.Random) -> bytes:
        entries = _entries(data)
        if not entries:
            return flip(data, rng)
        change(entries, rng)
        return _pack(entries)
    mutate.__name__ = change.__name__
    return mutate


def _xml_index(entries: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> int:
    xml = [i for i, (info, _) in enumerate(entries) if info.filename.endswith((".xml", ".rels"))]
    main = [i for i in xml if entries[i][0].filename == "word/document.xml"]
    return rng.choice(main if main and rng.random() < 0.6 else xml or [0])


def drop_entry(entries: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> None:
    del entries[rng.randrange(len(entries))]


def reorder_entries(entries: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> None:
    rng.shuffle(entries)


def empty_entry(entries: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> None:
    index = _xml_index(entries, rng)
    entries[index] = (entries[index][0], b"" if rng.random() < 0.5 else rng.randbytes(64))


def break_xml(entries: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> None:
    index = _xml_index(entries, rng)
    info, body = entries[index]
    entries[index] = (info, damage_markup(body, rng))


def bomb_entry(entries: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> None:
    """Nest one element thousands deep, or repeat a paragraph thousands of times."""
    index = _xml_index(entries, rng)
    info, body = entries[index]
    at = body.find(b"<w:body>")
    if at < 0:
        return
    at += len(b"<w:body>")
    depth = rng.choice([200, 2000, 20000])
    if rng.random() < 0.5:
        payload = b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * depth
    else:
        payload = b"<w:p><w:r><w:t>Essential: NMC registration</w:t></w:r></w:p>" * depth
    entries[index] = (info, body[:at] + payload + body[at:])


def damage_markup(body: bytes, rng: random.Random) -> bytes:
    """Break XML the ways damaged files do: cut tags, junk, duplicated spans, bad entities."""
    choice = rng.randrange(7)
    at = rng.randrange(len(body) + 1)
    if choice == 0:  # a span gone, tags left open
        return body[:at] + body[at + rng.randint(1, 400):]
    if choice == 1:  # a span repeated
        return body[:at] + body[at:at + rng.randint(1, 2000)] * rng.randint(2, 20) + body[at:]
    if choice == 2:  # an unclosed or stray tag
        tag = rng.choice([b"<w:p>", b"</w:r>", b"<w:tbl>", b"<", b"<![CDATA["])
        return body[:at] + tag + body[at:]
    if choice == 3:  # entities
        entity = rng.choice([b"&bogus;", b"&#0;", b"&#xD800;", b"&#99999999;"])
        return body[:at] + entity + body[at:]
    if choice == 4:  # attribute values out of range
        return re.sub(rb'w:val="[^"]*"', lambda _: rng.choice(
            [b'w:val="-1"', b'w:val="99999999999"', b'w:val=""', b'w:val="\xff"']), body, count=50)
    if choice == 5:  # control characters and invisible formatting in the text
        mark = rng.choice(INVISIBLE).encode("utf-8") + rng.choice(CONTROL)
        return body.replace(b"<w:t>", b"<w:t>" + mark, rng.randint(1, 30))
    return body[:at] + rng.randbytes(rng.randint(1, 64)) + body[at:]


DOCX: list[Mutator] = [_zip_mutator(f) for f in (
    drop_entry, reorder_entries, empty_entry, break_xml, break_xml, bomb_entry)]


# --- PDFs -------------------------------------------------------------------------------------

_NUMBER = re.compile(rb"\d+")


def xref(data: bytes, rng: random.Random) -> bytes:
    """Shift the startxref offset or garble xref rows."""
    at = data.rfind(b"startxref")
    if at < 0 or rng.random() < 0.4:
        table = data.find(b"xref")
        if table < 0:
            return flip(data, rng)
        rows = data[table:table + 2000]
        return data[:table] + _NUMBER.sub(
            lambda m: str(int(m[0]) + rng.randint(-50, 50)).encode() if rng.random() < 0.3
            else m[0], rows) + data[table + 2000:]
    tail = data[at:]
    return data[:at] + _NUMBER.sub(lambda _: str(rng.randint(0, len(data) * 2)).encode(), tail, 1)


def stream(data: bytes, rng: random.Random) -> bytes:
    """Damage the bytes inside a stream, or lie about its /Length."""
    starts = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    if not starts:
        return flip(data, rng)
    start = rng.choice(starts)
    if rng.random() < 0.5:
        end = data.find(b"endstream", start)
        end = end if end > start else min(len(data), start + 200)
        body = bytearray(data[start:end])
        for _ in range(rng.randint(1, 20)):
            if body:
                body[rng.randrange(len(body))] = rng.randrange(256)
        return data[:start] + bytes(body) + data[end:]
    return re.sub(rb"/Length \d+", lambda _: b"/Length " + str(rng.choice(
        [0, 1, 10**9, -5])).encode(), data, count=rng.randint(1, 5))


def references(data: bytes, rng: random.Random) -> bytes:
    """Point references elsewhere (cycles, missing objects), drop an endobj, swap filters."""
    choice = rng.randrange(4)
    if choice == 0:
        return re.sub(rb"(\d+) 0 R", lambda m: str(rng.choice(
            [1, 2, 3, int(m[1]), 99999])).encode() + b" 0 R", data, count=rng.randint(1, 30))
    if choice == 1:
        spots = [m.start() for m in re.finditer(rb"endobj", data)]
        if spots:
            at = rng.choice(spots)
            return data[:at] + data[at + 6:]
        return data
    if choice == 2:
        return data.replace(b"/FlateDecode", rng.choice(
            [b"/LZWDecode", b"/DCTDecode", b"/Bogus", b"/ASCII85Decode"]), rng.randint(1, 3))
    objs = list(re.finditer(rb"\d+ 0 obj.*?endobj", data, re.S))
    if not objs:
        return data
    obj = rng.choice(objs)
    return data[:obj.end()] + b"\n" + obj[0] * rng.randint(1, 50) + data[obj.end():]


PDF: list[Mutator] = [xref, stream, stream, references, references]


# --- text -------------------------------------------------------------------------------------

def encoding(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    name = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252", "latin-1",
                       "utf-32", "mixed"])
    if name == "mixed":
        half = len(text) // 2
        return text[:half].encode("utf-8") + text[half:].encode("utf-16-le")
    return text.encode(name, "replace")


def controls(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        mark = rng.choice(CONTROL) if rng.random() < 0.5 else rng.choice(INVISIBLE).encode()
        out[rng.randrange(len(out) + 1):0] = mark
    return bytes(out)


def line_breaks(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return data.replace(b"\n", b" ")  # one long line, as some exports give
    if choice == 1:
        return data.replace(b"\n", b"\r")
    if choice == 2:
        return data.replace(b"\n", b"\n" * rng.randint(2, 50))
    return data.replace(b" ", b"\t", rng.randint(1, 200))


def markup(data: bytes, rng: random.Random) -> bytes:
    """Markdown-shaped damage: table pipes, deep lists, headings, fences, huge lines."""
    at = rng.randrange(len(data) + 1)
    piece = rng.choice([b"|" * rng.randint(1, 500), b"\n" + b"  " * 500 + b"- x\n",
                        b"\n" + b"#" * rng.randint(1, 20) + b" \n", b"\n```\n",
                        b"<!-- jdlint: " + rng.randbytes(20) + b" -->\n", b"x" * 200_000])
    return data[:at] + piece + data[at:]


TEXT: list[Mutator] = [encoding, controls, controls, line_breaks, markup]

BY_FORMAT: dict[str, list[Mutator]] = {"docx": DOCX, "pdf": PDF, "txt": TEXT, "md": TEXT}


def mutate(data: bytes, suffix: str, rng: random.Random) -> tuple[bytes, list[str]]:
    """Return ``data`` after one to three mutations (structured mostly), and their names."""
    structured = BY_FORMAT[suffix]
    names = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        mutator = rng.choice(structured if rng.random() < 0.75 else BLIND)
        data = mutator(data, rng)
        names.append(mutator.__name__)
    return data, names
