"""Find the job's title among the structured blocks, in the layouts real JDs and adverts use.

A "Job title" field wins; then "Job description and person specification: <title>"; then a
heading followed by a band or grade line (Trac), the first heading that is not a generic one
("Job description", the trust's name), a page header, an advert's head (employer, title,
closing date) and, last, "As <title>, you will" in the advert's own words.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from jdlint.document import Block, BlockKind
from jdlint.structure import vocabulary as vocab
from jdlint.structure.flat_titles import title_in_run_on_head, title_of_pack
from jdlint.structure.title_text import (
    clean_title,
    could_be_title,
    employer,
    only_grade,
    reads_as_title,
)

DETAIL_WORDS = 10  # a line longer than this is prose, not a job detail
_GENRE_TITLE = re.compile(r"job description\s+(?:and|&)\s+person specification\s*[:–—-]\s*(.+)$",
                          re.I)
# A pack's heading that names the post it appoints to ("Appointment of Vice Chair").
_APPOINTMENT = re.compile(r"appointment\s+of\s+(?:an?\s+|the\s+|one\s+)?(.+)$", re.I)


def labelled(blocks: tuple[Block, ...], label: str) -> list[Block]:
    found = [b for b in blocks if b.label == label and b.text.strip()]
    # The body before the page headers and footers: a footer often repeats an older title.
    return sorted(found, key=lambda b: b.kind in (BlockKind.HEADER, BlockKind.FOOTER))


def title(blocks: tuple[Block, ...]) -> str | None:
    blocks = _mend_broken_headings(blocks)
    for block in labelled(blocks, "Job title"):
        title = clean_title(block.text)
        if title and not vocab.never_title(title):  # a template's "POST" over its editor's note
            return title
    for block in blocks:  # "Job description and person specification: <title>"
        found = None if block.label else _GENRE_TITLE.match(block.text.strip())
        if found and could_be_title(title := clean_title(found.group(1))):
            return title
    # A heading wins over a plain line: a board's own "Profession" value may sit above a band too.
    return (_title_of_appointment(blocks) or _title_above_closing_date(blocks)
            or _title_above_band(blocks, BlockKind.HEADING) or _title_below_genre_line(blocks)
            or title_of_pack(blocks) or _first_heading(blocks)
            or _title_in_header(blocks) or _title_above_band(blocks, BlockKind.PARAGRAPH)
            or _title_in_advert_head(blocks) or title_in_run_on_head(blocks)
            or _title_in_own_words(blocks))


def _mend_broken_headings(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Return the blocks with a heading that breaks off on a joining word ("Lead Nurse for
    Stroke and") joined to the heading below it (a long title wrapped over two lines)."""
    mended: list[Block] = []
    for block in blocks:
        previous = mended[-1] if mended else None
        if (previous is not None and block.kind is BlockKind.HEADING
                and previous.kind is BlockKind.HEADING and not previous.label and not block.label
                and _BROKEN_OFF.search(previous.text) and not starts_sections(block)):
            mended[-1] = replace(previous, text=f"{previous.text.rstrip()} {block.text.strip()}")
        else:
            mended.append(block)
    return tuple(mended)


_BROKEN_OFF = re.compile(r"\s(?:and|&|of|for|in|with|to|the|[-–—/])\s*$", re.I)


def _title_of_appointment(blocks: tuple[Block, ...]) -> str | None:
    """Return the post a pack's "Appointment of <post>" line names, before the body starts."""
    for block in blocks:
        if starts_sections(block) and not vocab.is_person_specification(block.text):
            return None
        text = _appointment_part(block.text.strip())
        short = not block.label and len(text.split()) <= DETAIL_WORDS
        found = _APPOINTMENT.match(text) if short else None
        if found and reads_as_title(text) and could_be_title(title := clean_title(found.group(1))):
            return title
    return None


def _appointment_part(text: str) -> str:
    """Return the "Appointment of <seat>" part of a line that names the body it sits on too,
    behind a dash either way round ("<body> - Appointment of Chair"); else the line itself."""
    parts = _DASH.split(text)
    named = [p for p in parts if _APPOINTMENT.match(p)]
    others = [p for p in parts if p not in named]
    return named[0] if len(named) == 1 and others and all(map(employer, others)) else text


_DASH = re.compile(r"\s+[-–—]+\s+")


def _title_below_genre_line(blocks: tuple[Block, ...]) -> str | None:
    """Return the short line just below a line that is only "Job description" (a pack whose
    genre line stands alone and whose title follows it, whatever heading the copy put above)."""
    body = [b for b in blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    for block, following in itertools.pairwise(body):
        if starts_sections(block) and not vocab.is_person_specification(block.text):
            return None
        if (block.label is None and following.label is None and not clean_title(block.text)
                and vocab.key(block.text) == vocab.key("job description")
                and len(following.text.split()) <= DETAIL_WORDS
                and not starts_sections(following) and not vocab.is_section_word(following.text)
                and could_be_title(title := clean_title(following.text))
                and reads_as_title(following.text)):
            return title
    return None


def _title_above_closing_date(blocks: tuple[Block, ...]) -> str | None:
    """Return the line of an NHS Jobs page's head just above "The closing date is ...": the
    title, whatever the employer line above it looks like (a group with no trust word)."""
    body = [b for b in blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    for block, following in itertools.pairwise(body):
        if starts_sections(block):
            return None
        if (block.label is None and _CLOSING.match(following.text)
                and could_be_title(title := clean_title(block.text))
                and reads_as_title(block.text)):
            return title
    return None


def _title_above_band(blocks: tuple[Block, ...], kind: BlockKind) -> str | None:
    """Return a heading (or line) followed by a line that is only a band or a grade (a Trac
    advert: "Band 7", "NHS AfC: Band 6", "NHS Medical & Dental: Consultant"), or that repeats
    the Grade field's value, whatever that grade is (a board copy: "Head of School (HoS)")."""
    body = [b for b in blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    grades = {b.text.strip().casefold() for b in body if b.label == "Grade" and b.text.strip()}
    for block, following in itertools.pairwise(body):
        if (block.kind is kind and block.label is None and following.label is None
                and (only_grade(following.text) or following.text.strip().casefold() in grades)):
            title = clean_title(block.text)
            if title and could_be_title(title) and not only_grade(title):
                return title
    return None


def _title_in_advert_head(blocks: tuple[Block, ...]) -> str | None:
    """Return the first short line of an advert's head that could be the title.

    Board copies and NHS Jobs pages carry no title field: the title is a plain line beside the
    employer's name, a place, a closing date or a closed notice, before the summary starts;
    a board heading may join it to the employer ("Title | Trust").
    """
    for block in blocks:
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTER) or block.label is not None:
            continue
        if starts_sections(block) or vocab.is_section_word(block.text):
            return None
        for part in re.split(r"\s+\|\s+", block.text.strip()):
            title = clean_title(part)
            if title and could_be_title(title) and reads_as_title(part):
                return title
        if len(block.text.split()) > DETAIL_WORDS:
            return None  # prose has begun: the head, and any title in it, is over
    return None


_CLOSING = re.compile(r"\s*(?:the\s+closing\s+date\s+is|closed\s+for\s+applications)\b", re.I)


def _title_in_own_words(blocks: tuple[Block, ...]) -> str | None:
    """Return the post an advert names in its own words ("As Lead Nurse, you will ...") when no
    line of its head carries the title (a stored copy that starts at the summary)."""
    for block in blocks:
        found = None if block.label else _AS_TITLE.search(block.text)
        title = clean_title(found.group(1)) if found else ""
        if title and could_be_title(title) and len(title.split()) <= 8:
            return title
    return None


_AS_TITLE = re.compile(r"(?:^|[.!?]\s+)As (?:our |the |your )?([A-Z][\w&'’/()-]*"
                       r"(?:\s+(?:[A-Z][\w&'’/()-]*|of|and|for|in|&))*?)\s*,\s+you\s+will\b")


def _title_in_header(blocks: tuple[Block, ...]) -> str | None:
    """Return a part of the page header that could be the title ("Trust | JD | Title")."""
    for block in blocks:
        if block.kind is not BlockKind.HEADER:
            continue
        for part in re.split(r"\s*[|•·]\s*| {3,}", block.text):
            title = clean_title(part)
            if title and could_be_title(title):
                return title
    return None


def _first_heading(blocks: tuple[Block, ...]) -> str | None:
    """Return the first heading that could be a title, before the JD's sections start."""
    for block in blocks:
        if block.kind is not BlockKind.HEADING:
            continue
        if starts_sections(block) and not vocab.is_person_specification(block.text):
            return None  # the sections have started: the title, if any, came before
        title = clean_title(block.text)
        if title and could_be_title(title):
            return title
    return None


def starts_sections(block: Block) -> bool:
    """Tell whether a heading opens the body of the JD (after which no title or band is read)."""
    if block.kind is not BlockKind.HEADING:
        return False
    k = vocab.key(block.text)
    return vocab.is_section_word(block.text) and k not in _DETAIL_KEYS


_DETAIL_KEYS = frozenset(vocab.key(word) for word in vocab.DETAIL_HEADINGS)
