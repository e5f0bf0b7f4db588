"""Open an OpenDocument text safely: a zipped .odt/.ott, or a flat-XML .fodt.

The zip directory is checked before anything is inflated, with the Word reader's limits
(:func:`jdlint.read.docx.package.check_directory`: member count, declared sizes, unsafe
names, encrypted members). ODF encrypts inside the package instead of through zip flags, so
the manifest is read too: a ``manifest:encryption-data`` entry means a password. Parts are
parsed with the Word reader's locked-down parser (no entities, no DTD, no network) and a
DOCTYPE is refused outright.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree
from lxml.etree import _Element

from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.docx.package import check_directory, make_parser
from jdlint.read.odt.names import office

_TEXT_TYPES = ("application/vnd.oasis.opendocument.text",)  # also -template, -master
_OTHER = {"spreadsheet": "spreadsheet (.ods)", "presentation": "presentation (.odp)",
          "graphics": "drawing (.odg)", "formula": "formula (.odf)", "chart": "chart (.odc)",
          "database": "database (.odb)"}
_MIMETYPE = office("mimetype")


@dataclass(frozen=True, slots=True)
class Parts:
    """The parsed parts the reader needs: content (the body) and styles (may be the same root)."""

    content: _Element
    styles: _Element | None
    flat: bool = False


def _check_type(kind: str) -> None:
    kind = kind.strip()
    if not kind or kind.startswith(_TEXT_TYPES):
        return
    what = next((v for k, v in _OTHER.items() if k in kind), f"file of type {kind[:60]!r}")
    raise ReadError(ErrorCategory.UNSUPPORTED_FORMAT,
                    f"This is an OpenDocument {what}, not a text document. jdlint reads job "
                    "descriptions in word-processor, PDF, web or text files.")


def parse(name: str, data: bytes) -> _Element:
    """Parse one part with the safe parser, refusing any DOCTYPE (entity bombs hide there)."""
    refused = f"The part {name} declares a DOCTYPE, which an OpenDocument file never does."
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ReadError(ErrorCategory.CORRUPT, refused)
    return etree.fromstring(data, make_parser())


def open_parts(data: bytes) -> Parts:
    """Return the content and styles of an .odt (zip) or .fodt (flat XML); raise ReadError."""
    if not data.strip():
        raise ReadError(ErrorCategory.CORRUPT, "The file is empty.")
    if not data.startswith(b"PK"):
        root = parse("(flat document)", data)
        if root.tag != office("document"):
            raise ReadError(ErrorCategory.CORRUPT,
                            "This XML file is not an OpenDocument text (no office:document).")
        _check_type(root.get(_MIMETYPE, ""))
        return Parts(root, root, flat=True)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        message = "The document's zip archive is damaged and cannot be opened."
        raise ReadError(ErrorCategory.CORRUPT, message) from exc
    with archive:
        members = check_directory(archive.infolist())

        def read(part: str) -> bytes | None:
            info = members.get(part.lower())
            if info is None:
                return None
            with archive.open(info) as stream:
                return stream.read(info.file_size)

        mimetype = read("mimetype")
        if mimetype is not None and len(mimetype) < 200:
            _check_type(mimetype.decode("ascii", "replace"))
        manifest = read("META-INF/manifest.xml")
        if manifest is not None and b"encryption-data" in manifest:
            raise ReadError(ErrorCategory.ENCRYPTED,
                            "The document is password-protected. Open it in LibreOffice, "
                            "save a copy without the password (File › Save As, untick "
                            "\"Save with password\") and check that copy.")
        content = read("content.xml")
        if content is None:
            raise ReadError(ErrorCategory.CORRUPT,
                            "The OpenDocument package has no content.xml; it is damaged or "
                            "not a text document.")
        styles = read("styles.xml")
        return Parts(parse("content.xml", content),
                     parse("styles.xml", styles) if styles else None)
