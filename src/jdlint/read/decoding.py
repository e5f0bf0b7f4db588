"""Turn the bytes of a plain-text file into a string, whatever its encoding.

Order of attempts: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), UTF-16 without a mark
(recognised by NUL bytes in alternating positions), strict UTF-8, then Windows-1252 (the
encoding of text saved from Word or Notepad on Windows: smart quotes, £, en dashes).
Bytes that decode but are not text (NULs, many control characters) raise
``ReadError(ENCODING)``: "this does not look like text" is an encoding problem from the
user's point of view, whether the file is binary or in an encoding nobody can guess.
"""

from __future__ import annotations

import codecs
import re

from jdlint.errors import ErrorCategory, ReadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Other formats saved with a text extension: the user renamed or mislabelled the file.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a Word document or other zip file"),
    (b"%PDF-", "a PDF file"),
    (b"\xd0\xcf\x11\xe0", "an old-style (.doc) Word or Office file"),
    (b"{\\rtf", "a rich-text (.rtf) file"),
)
_SAMPLE = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])  # the same, as bytes
_OTHER_BREAKS = "\f\v\u2028\u2029\x85"  # turned into "\n" like CR
_MAX_CONTROL_SHARE = 0.02


def decode(data: bytes) -> str:
    """Decode a text file's bytes and normalise its newlines to ``\\n``."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(
                ErrorCategory.WRONG_EXTENSION,
                f"This file has a text extension but is {what}; rename it to its real extension.",
            )
    text = _decode(data)
    _check_text(text)
    return normalise_newlines(text)


def not_utf8(shown: str, error: UnicodeDecodeError) -> str:
    """Return the message for a configuration or rule file that is not UTF-8, naming the file
    and the encoding it seems to be in (TOML files must be UTF-8)."""
    data = bytes(error.object)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            seems = encoding.upper().replace("-LE", " little-endian").replace("-BE", " big-endian")
            break
    else:
        seems = ("UTF-16" if _utf16_without_bom(data) else
                 "Windows-1252 or Latin-1, as Notepad and Excel on Windows often save")
    return (f"{shown}: not UTF-8 text (byte 0x{data[error.start]:02x} at position "
            f"{error.start}; it seems to be {seems}); save it as UTF-8")


def normalise_newlines(text: str) -> str:
    """Turn CRLF, CR, form feeds and Unicode line separators into ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in _OTHER_BREAKS:  # each looked for first: most files have none of them
        if mark in text:
            text = text.replace(mark, "\n")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding)
    guessed = _utf16_without_bom(data)
    if guessed:
        return _strict(data, guessed)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them to (rare) control characters.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            ErrorCategory.ENCODING,
            f"The file says it is {encoding.upper()} but is not valid {encoding.upper()} "
            f"(byte {exc.start}); save it again as UTF-8.",
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # ASCII text in UTF-16 LE has a NUL after every character, in BE before it.
    if odd_nuls > 0.4 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise ReadError(
            ErrorCategory.ENCODING,
            "This does not look like text: it contains NUL bytes (a binary file?).",
        )
    sample = text[: _SAMPLE * 4]
    if sample and _controls(sample) > _MAX_CONTROL_SHARE * len(sample):
        raise ReadError(
            ErrorCategory.ENCODING,
            "This does not look like text: too many control characters (a binary file?).",
        )
    if not text or text.isspace():
        raise ReadError(ErrorCategory.NO_TEXT, "The file is empty.")


def _controls(sample: str) -> int:
    """Count the control characters in ``sample``: as bytes when it is ASCII (most files), where
    deleting them is one quick pass, else with the regex."""
    if sample.isascii():
        raw = sample.encode("ascii")
        return len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return len(_CONTROL.findall(sample))
