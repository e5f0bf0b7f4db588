"""Open a .docx package safely: check the zip directory, then parse parts with a locked-down parser.

Everything here happens before any XML is parsed and without inflating anything: the file's
signature, the zip directory (member count, declared sizes, names, encryption flags) and the
main part's presence. Parts are then read one at a time, capped at their declared size, and
parsed by an lxml parser that never resolves entities, loads a DTD or touches the network.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import struct
import zipfile
from dataclasses import dataclass

from lxml import etree
from lxml.etree import _Element

from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.docx.names import REL, W_NS, W_STRICT_NS

MAX_MEMBERS = 10_000  # zip members; a large real .docx has a few hundred
MAX_MEMBER_BYTES = 100 * 1024 * 1024  # declared uncompressed size of one member
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # declared uncompressed size of all members together
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # a member's local header (zipfile.structFileHeader)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OFFICE_DOCUMENT = "/officeDocument"
_OTHER_OFFICE = {
    "xl/workbook.xml": "an Excel workbook (.xlsx)",
    "ppt/presentation.xml": "a PowerPoint presentation (.pptx)",
    "visio/document.xml": "a Visio drawing (.vsdx)",
}


def _fail(category: ErrorCategory, message: str) -> ReadError:
    return ReadError(category, message)


def check_signature(data: bytes) -> None:
    """Refuse bytes that are not a zip archive, naming what they are when that is known."""
    if not data:
        raise _fail(ErrorCategory.CORRUPT, "The file is empty.")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _fail(
                ErrorCategory.ENCRYPTED,
                "The document is password-protected. Remove the password in Word "
                "(File › Info › Protect Document) and save it again.",
            )
        if "WordDocument".encode("utf-16-le") in data:
            raise _fail(
                ErrorCategory.UNSUPPORTED_FORMAT,
                "This is an old Word 97-2003 document (.doc). Save it as .docx from Word "
                "(File › Save As › Word Document).",
            )
        raise _fail(
            ErrorCategory.UNSUPPORTED_FORMAT,
            "This is an older Microsoft Office file, not a Word .docx document.",
        )
    if data.startswith(b"%PDF-"):
        raise _fail(ErrorCategory.WRONG_EXTENSION, "This file is a PDF, not a Word document.")
    if data.lstrip().startswith(b"{\\rtf"):
        raise _fail(
            ErrorCategory.UNSUPPORTED_FORMAT,
            "This is a Rich Text (.rtf) file. Save it as .docx from Word.",
        )
    if not data.startswith(b"PK"):
        raise _fail(ErrorCategory.CORRUPT, "This is not a Word document (not a zip archive).")


def _check_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    absolute = name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":")
    if absolute or ".." in parts or "\x00" in name:
        raise _fail(
            ErrorCategory.CORRUPT,
            f"The document's zip archive holds a file with an unsafe name: {name[:80]!r}.",
        )


def check_directory(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Check the zip directory without inflating anything; return members by lower-cased name."""
    if len(infos) > MAX_MEMBERS:
        raise _fail(
            ErrorCategory.TOO_LARGE,
            f"The document's zip archive has {len(infos):,} files (the limit is {MAX_MEMBERS:,}).",
        )
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        _check_name(info.filename)
        if info.file_size > MAX_MEMBER_BYTES:
            raise _fail(
                ErrorCategory.TOO_LARGE,
                f"A part of the document unpacks to {info.file_size / 2**20:,.0f} MB "
                f"(the limit is {MAX_MEMBER_BYTES / 2**20:,.0f} MB).",
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _fail(
                ErrorCategory.TOO_LARGE,
                f"The document unpacks to more than {MAX_TOTAL_BYTES / 2**20:,.0f} MB.",
            )
        if info.flag_bits & 0x1:
            raise _fail(ErrorCategory.ENCRYPTED, "The document's zip is password-protected.")
        key = info.filename.lower()
        if key in members:
            raise _fail(ErrorCategory.CORRUPT, f"The document's zip holds {info.filename!r} twice.")
        members[key] = info
    return members


def make_parser() -> etree.XMLParser:
    """Return a parser that resolves no entities, loads no DTD and never uses the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        collect_ids=False,
        remove_comments=True,
        remove_pis=True,
    )


@dataclass
class Package:
    """An opened .docx: its zip members and the name of its main document part."""

    zip: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]
    parser: etree.XMLParser
    main: str = "word/document.xml"
    data: bytes = b""  # the file's bytes, which the zip reads from

    def has(self, name: str) -> bool:
        """Tell whether the package holds a part of this name."""
        return name.lower() in self.members

    def read(self, name: str) -> bytes:
        """Return a part's bytes, never more than its declared size."""
        info = self.members[name.lower()]
        with self.zip.open(info) as stream:
            return stream.read(info.file_size)

    def fingerprint(self, name: str) -> bytes:
        """Return a digest that stands for a part's bytes, found without inflating the part.

        It is the digest of the part as stored (compressed), with its compression method,
        CRC-32 and sizes: bytes that inflate to exactly one content. zipfile opens the part
        first, checking its local header as it does for :meth:`read`. When the stored bytes
        cannot be found (a truncated file), it is the digest of the part itself.
        """
        info = self.members[name.lower()]
        with self.zip.open(info):  # zipfile's checks of the local header, nothing inflated
            pass
        start = info.header_offset + _LOCAL_HEADER.size
        header = self.data[info.header_offset:start]
        stored = b""
        if len(header) == _LOCAL_HEADER.size:
            names, extra = _LOCAL_HEADER.unpack(header)[-2:]
            stored = self.data[start + names + extra:start + names + extra + info.compress_size]
        if len(stored) != info.compress_size or not self.data:
            return b"part:" + hashlib.sha256(self.read(name)).digest()
        sizes = struct.pack("<HLQQ", info.compress_type, info.CRC, info.compress_size,
                            info.file_size)
        return b"stored:" + hashlib.sha256(sizes + stored).digest()

    def xml(self, name: str) -> _Element:
        """Parse a part with the safe parser, refusing any DOCTYPE (entity bombs hide there)."""
        return self.parse(name, self.read(name))

    def parse(self, name: str, data: bytes) -> _Element:
        """Parse the bytes of the part ``name`` as :meth:`xml` does."""
        refused = f"The part {name} declares a DOCTYPE, which a Word document never does."
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise _fail(ErrorCategory.CORRUPT, refused)
        root = etree.fromstring(data, self.parser)
        if root.getroottree().docinfo.doctype:
            raise _fail(ErrorCategory.CORRUPT, refused)
        return root

    def relationships(self, source: str) -> dict[str, tuple[str, str]]:
        """Return a part's internal relationships: id -> (type, target part name)."""
        folder, base = posixpath.split(source)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_name):
            return {}
        found: dict[str, tuple[str, str]] = {}
        for rel in self.xml(rels_name).iter(REL, "Relationship"):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
            found[rel.get("Id") or ""] = (rel.get("Type") or "", path)
        return found


def open_package(data: bytes) -> Package:
    """Open and check a .docx package; raise ReadError if it is unsafe or not a Word document."""
    check_signature(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        message = "The document's zip archive is damaged and cannot be opened."
        raise _fail(ErrorCategory.CORRUPT, message) from exc
    package = Package(archive, check_directory(archive.infolist()), make_parser(), data=data)
    for _type, target in package.relationships("").values():
        if _type.endswith(_OFFICE_DOCUMENT) and package.has(target):
            package.main = target
            break
    if not package.has(package.main):
        raise _not_word(package)
    return package


def _not_word(package: Package) -> ReadError:
    for part, what in _OTHER_OFFICE.items():
        if package.has(part):
            message = f"This file is {what}, not a Word document."
            return _fail(ErrorCategory.WRONG_EXTENSION, message)
    if package.has("mimetype") and package.members["mimetype"].file_size < 200:
        kind = package.read("mimetype").decode("ascii", "replace").strip()
        if kind.startswith("application/vnd.oasis.opendocument"):
            return _fail(
                ErrorCategory.WRONG_EXTENSION,
                f"This file is an OpenDocument file ({kind.rsplit('.', 1)[-1]}), "
                "not a Word document. Save it as .docx.",
            )
    message = "This zip archive is not a Word document (it has no word/document.xml)."
    return _fail(ErrorCategory.CORRUPT, message)


def check_main(root: _Element) -> None:
    """Refuse a main part that is not a WordprocessingML document."""
    if root.tag == f"{{{W_STRICT_NS}}}document":
        raise _fail(
            ErrorCategory.UNSUPPORTED_FORMAT,
            "This document is saved as Strict Open XML. "
            "Save it from Word as a standard Word Document (.docx).",
        )
    if root.tag != f"{{{W_NS}}}document":
        raise _fail(ErrorCategory.CORRUPT, "The document's main part is not a Word document body.")

