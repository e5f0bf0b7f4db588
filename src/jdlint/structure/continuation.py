"""Join lines a layout broke mid-sentence: a paragraph line that runs on into the next one.

Readers join a paragraph's lines where they can see it (a PDF's line spacing, a text file's
wrap width), but a narrow PDF column, a copied advert or a hard-wrapped export still leaves
"The successful candidate will be" and "an experienced registered nurse" as two lines, and a
requirement (or the cue that makes it one) is then judged in half a sentence. A line runs on
when it is a paragraph line that does not end a sentence or clause and the next paragraph line
starts with a lower-case letter; the joined line keeps the first line's location. Only formats
whose paragraphs a reader has to infer are joined (PDF, plain text): a Word or Markdown
paragraph is the author's own.
"""

from __future__ import annotations

from dataclasses import replace

from jdlint.document import BlockKind, Line, RawDocument, RawItem
from jdlint.structure.title_text import only_grade

_ENDS = (".", ":", ";", "!", "?", "•")
_INFERRED = frozenset({"pdf", "txt"})


def join_run_on_lines(raw: RawDocument) -> RawDocument:
    """Return the document with each run-on paragraph line joined to the line after it."""
    if raw.format not in _INFERRED:
        return raw
    items: list[RawItem] = []
    joined = False
    for item in raw.items:
        previous = items[-1] if items else None
        if (isinstance(item, Line) and isinstance(previous, Line) and _runs_on(previous, item)):
            items[-1] = replace(previous, text=f"{previous.text.rstrip()} {item.text.lstrip()}")
            joined = True
        else:
            items.append(item)
    return replace(raw, items=tuple(items)) if joined else raw


def _runs_on(line: Line, following: Line) -> bool:
    if line.kind is not BlockKind.PARAGRAPH or following.kind is not BlockKind.PARAGRAPH:
        return False
    if line.heading_level is not None or following.heading_level is not None or line.emphasis:
        return False
    text, after = line.text.rstrip(), following.text.lstrip()
    return (bool(text) and not text.endswith(_ENDS) and after[:1].islower()
            and len(text.split()) >= 3 and not only_grade(after))  # "band 3" under a title
