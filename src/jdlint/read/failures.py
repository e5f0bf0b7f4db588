"""What the XML readers (Word, OpenDocument, web pages) say when a file cannot be read.

Each reader's ``read`` runs its work inside :func:`failures`, so that whatever a damaged file
makes a library raise reaches the user as one :class:`ReadError` with a category and plain
words, never a traceback.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from jdlint.errors import ErrorCategory, ReadError


@contextmanager
def failures(what: str, advice: str) -> Iterator[None]:
    """Turn anything but a ReadError raised inside into one, e.g. ``what="The document"``,
    ``advice="Open it in Word or LibreOffice and save it again."``."""
    try:
        yield
    except ReadError:
        raise
    except MemoryError as exc:
        raise ReadError(ErrorCategory.TOO_LARGE, f"{what} is too large to read.") from exc
    except RecursionError as exc:
        raise ReadError(ErrorCategory.CORRUPT, f"{what} is nested too deeply to read.") from exc
    except etree.XMLSyntaxError as exc:
        raise ReadError(ErrorCategory.CORRUPT,
                        f"{what}'s XML is damaged ({exc.msg or 'syntax error'}).") from exc
    except zipfile.BadZipFile as exc:
        raise ReadError(ErrorCategory.CORRUPT, f"{what}'s zip archive is damaged ({exc}).") from exc
    except Exception as exc:
        raise ReadError(ErrorCategory.CORRUPT,
                        f"{what} could not be read; it is probably damaged. {advice}") from exc
