"""Reuse the styles of a styles.xml already read: documents made from one template share it.

A trust's job descriptions usually come from one Word template, so their word/styles.xml
parts are byte-for-byte the same, and parsing that part (often 300 KB or more) costs more
than reading the body; inflating it costs nearly as much. A part is known by
:meth:`~jdlint.read.docx.package.Package.fingerprint`, the SHA-256 digest of its compressed
bytes as stored in the zip (with its method, CRC and sizes), so a kept part is neither
inflated nor hashed in full. The first time a part is seen only its digest is kept; the
second time its styles are read in full into plain records (:meth:`Styles.detached`, no XML
kept, safe to share between threads) and kept, so later documents skip the parse. What a
document reads never depends on what was read before it: the records are exactly what the
part says, and stored bytes that differ have another digest (equal stored bytes inflate to
equal parts).
"""

from __future__ import annotations

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


def styles_for(
    fingerprint: bytes, load: Callable[[], bytes], parse: Callable[[bytes], _Element]
) -> Styles:
    """Return the Styles of a styles.xml part named by ``fingerprint`` (a digest of its bytes),
    reading it with ``load`` and parsing it with ``parse`` only when it is not kept."""
    with _lock:
        found = _kept.get(fingerprint)
        if found is not None:
            _kept.move_to_end(fingerprint)
            return found
        second = _seen.pop(fingerprint, False) is None
    styles = Styles.parse(parse(load()))
    with _lock:
        if second:
            styles = styles.detached()
            _remember(_kept, fingerprint, styles, MAX_KEPT)
        else:
            _remember(_seen, fingerprint, None, MAX_SEEN)
    return styles
