"""Reuse the styles of a styles.xml already read: documents made from one template share it.

A trust's job descriptions usually come from one Word template, so their word/styles.xml
parts are byte-for-byte the same, and parsing that part (often 300 KB or more) costs more
than reading the body. The first time a part is seen only its SHA-256 digest is kept; the
second time its styles are read in full into plain records (:meth:`Styles.detached`, no XML
kept, safe to share between threads) and kept, so later documents skip the parse. What a
document reads never depends on what was read before it: the records are exactly what the
part says, and a part with other bytes has another digest.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from lxml.etree import _Element

from jdlint.read.docx.styles import Styles

MAX_KEPT = 16  # distinct stylesheets kept (each a few hundred small records)
MAX_SEEN = 256  # digests of stylesheets seen once, remembered to spot the second sighting

_V = TypeVar("_V")
_kept: OrderedDict[bytes, Styles] = OrderedDict()
_seen: OrderedDict[bytes, None] = OrderedDict()
_lock = threading.Lock()


def _remember(table: OrderedDict[bytes, _V], key: bytes, value: _V, limit: int) -> None:
    table[key] = value
    table.move_to_end(key)
    while len(table) > limit:
        table.popitem(last=False)


def styles_for(data: bytes | None, parse: Callable[[bytes], _Element]) -> Styles:
    """Return the Styles of a styles.xml part's bytes (``None``: no part), parsed with ``parse``."""
    if data is None:
        return Styles.parse(None)
    key = hashlib.sha256(data).digest()
    with _lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return found
        second = _seen.pop(key, False) is None
    styles = Styles.parse(parse(data))
    with _lock:
        if second:
            styles = styles.detached()
            _remember(_kept, key, styles, MAX_KEPT)
        else:
            _remember(_seen, key, None, MAX_SEEN)
    return styles
