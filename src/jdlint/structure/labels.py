"""Read job-detail fields: ``Label: value`` lines and the pay band in their values."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from jdlint.document import BlockKind, Line, RawItem
from jdlint.structure import vocabulary as vocab

_VALUE_WORDS = 12  # a longer next line is prose, not a field's value

# Each separator with the characters it needs: a line with none of them is not split by it.
_SEPARATORS = ((":", re.compile(r"\s*:\s*")), ("\t", re.compile(r"\t+")),
               ("|", re.compile(r"\s+\|\s+")), ("-–—", re.compile(r"\s+[-–—]\s+")))
# A band comes from a "Band" word, or a grade in Agenda for Change wording ("AfC Grade 7"): a
# bare "Grade 9" is a council's or another employer's pay scale (forms15 probe).
_BAND = re.compile(
    r"\b(?:(?:afc\s+|agenda\s+for\s+change\s+)(?:pay\s+)?(?:band|grade)|(?:pay\s+)?band)\s*:?\s*"
    r"(?P<n>[1-9])(?:\s*[-/(]?\s*(?P<l>[a-d])\b\)?)?(?![0-9.])",
    re.I,
)
_BARE_BAND = re.compile(
    r"^\s*(?:afc|agenda\s+for\s+change)?\s*(?P<n>[1-9])\s*[-/(]?\s*(?P<l>[a-d])?\b\)?(?![0-9.])",
    re.I
)
_MEDICAL = re.compile(
    r"\b(consultant|specialty\s+doctor|speciality\s+doctor|specialist\s+grade|associate\s+specialist"
    r"|st[1-8]|ct[1-3]|fy[12]|foundation\s+(?:year|doctor)|registrar|staff\s+grade|clinical\s+fellow"
    r"|trust\s+grade|medical|dental|sas\s+doctor|salaried\s+gp|speciality\s+registrar"
    r"|(?:mn|mc|md)\d{2})\b",
    re.I,
)


# A form's numbered details heading glued to its first field by a flattened copy ("1. JOB
# IDENTIFICATION Job Title: ..."): the field still starts after it.
_FORM_HEADING = re.compile(
    r"^(?:\d+\.?\s*)?(?:job\s+identification|job\s+details|post\s+details)\s+(?=\S)", re.I)


# A flattened JOB IDENTIFICATION form's "Job Title Charge Nurse": the label with no separator,
# its value a capitalised name of a post.
_BARE_TITLE_LABEL = re.compile(r"^(?i:job|post)\s+(?i:title)\s+(?P<value>[A-Z]\S*(?:\s+\S+){0,9})$")


def split_label(text: str) -> tuple[str, str] | None:
    """Return ``(label, value)`` when a line is a job-detail field (value may be empty)."""
    stripped = _FORM_HEADING.sub("", text.strip())
    for needs, separator in _SEPARATORS:
        if not any(char in stripped for char in needs):
            continue
        parts = separator.split(stripped, maxsplit=1)
        if len(parts) != 2:
            continue
        label = vocab.label_of(parts[0])
        if label is not None and (not _inline_only(parts[0]) or _names_a_post(parts[1])):
            return label, parts[1].strip()
    bare = _BARE_TITLE_LABEL.match(stripped)
    if bare and _names_a_post(bare.group("value")):
        return "Job title", bare.group("value").strip()
    if stripped.endswith(":") and not _inline_only(stripped[:-1]):
        label = vocab.label_of(stripped[:-1])
        if label is not None:
            return label, ""
    return None


def label_lines(items: Sequence[RawItem]) -> dict[int, str]:
    """Return the lines that are a bare job-detail label with its value on the next line.

    Keyed by ``id()`` of the line: a label alone on its line ("Band", "Job title", bold or
    not, without a colon) directly followed by a short line that is neither another label
    nor a heading word (a "Band:" with nothing after it must not swallow "Job summary").
    """
    found: dict[int, str] = {}
    for line, following in itertools.pairwise(items):
        if not (isinstance(line, Line) and isinstance(following, Line)):
            continue
        if line.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            continue
        if line.kind is BlockKind.LIST_ITEM and not _bulleted_band(following):
            continue
        label = vocab.label_of(line.text.strip().rstrip(":"))
        value = following.text.strip()
        if label is None or _inline_only(line.text.strip().rstrip(":")) or "\n" in line.text:
            continue
        if not value or len(value.split()) > _VALUE_WORDS:
            continue
        if vocab.label_of(value.rstrip(":")) is not None or vocab.is_section_word(value):
            continue
        if following.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            continue
        found[id(line)] = label
    return found


def _bulleted_band(value: Line) -> bool:
    """Tell whether a bullet under a bulleted label is a band in words (Trac's key details list:
    "- Grade", "- NHS AfC: Band 4"); a bare number under a bullet is a criterion, not a field."""
    return value.kind is BlockKind.LIST_ITEM and _BAND.search(value.text) is not None


def stacked_labels(items: Sequence[RawItem]) -> dict[int, str | None]:
    """Return a column of bare labels and the column of their values below it, in order.

    A flattened two-column details table ("POST OF:", "BASE:", "REF NO:", then the three
    values): keyed by ``id()`` of the line, a label line maps to ``None`` (dropped) and each
    value line to the label in the same place of the label column.
    """
    lines = [item if isinstance(item, Line) else None for item in items]
    found: dict[int, str | None] = {}
    start = 0
    while start < len(lines):
        run: list[str] = []
        while start + len(run) < len(lines) and (line := lines[start + len(run)]) is not None:
            label = vocab.label_of(line.text.strip().rstrip(":"))
            if label is None or line.kind is BlockKind.LIST_ITEM or _inline_only(line.text):
                break
            run.append(label)
        values = lines[start + len(run):start + 2 * len(run)]
        if len(run) >= 2 and len(values) == len(run) and all(
                v is not None and v.text.strip() and len(v.text.split()) <= _VALUE_WORDS
                and vocab.label_of(v.text.strip().rstrip(":")) is None for v in values):
            for index, label in enumerate(run):
                found[id(lines[start + index])] = None
                found[id(values[index])] = label
            start += 2 * len(run)
        else:
            start += max(len(run), 1)
    return found


def _inline_only(name: str) -> bool:
    return vocab.key(name) in vocab.INLINE_LABELS


def _names_a_post(value: str) -> bool:
    """Tell whether an inline-only field's value names a post, not the work ("Role: To run")."""
    value = value.strip()
    return (value[:1].isupper() and not value.endswith(".") and len(value.split()) <= 10
            and not re.match(r"to\s", value, re.I))


def band_in(text: str) -> str | None:
    """Return the band a phrase such as ``AfC Band 8a`` or ``Grade: Band 6`` names."""
    match = _BAND.search(text)
    return _band(match) if match else None


# A sentence that says which band the post itself is ("This is a Band 6 post", "the role is
# banded at 8a"); a band after anything else ("report to the Band 7", "experience at Band 6")
# names other posts or a level of experience.
_POST_IS = r"\b(?:this|the)\s+(?:post|role|position|vacancy|job|secondment)\s+is\s+"
_PROSE_BAND = re.compile(
    rf"(?:{_POST_IS}|\bthis\s+is\s+)(?:an?\s+)?(?:[\w-]+,?\s+){{0,3}}?(?:afc\s+)?band\s*"
    r"(?P<n>[1-9])\s*(?P<l>[a-d])?\b(?=\s+(?:post|role|position|vacancy|opportunity|secondment"
    rf"|job)\b)|(?:{_POST_IS}|\bis\s+)banded\s+(?:at|as)\s+(?:afc\s+)?(?:band\s*)?"
    r"(?P<n2>[1-9])\s*(?P<l2>[a-d])?\b", re.I)


def band_in_prose(text: str) -> str | None:
    """Return the band a sentence says the post itself is ("This is a Band 6 post")."""
    match = _PROSE_BAND.search(text)
    if match is None:
        return None
    number, letter = match.group("n") or match.group("n2"), match.group("l") or match.group("l2")
    if number == "8":
        return f"8{letter.lower()}" if letter else None
    return number


# The band written just before the post's own title ("The Band 6 <title> is ...", "As a Band 7
# <title> you will ..."); the title must end there, so "the Band 7 <title> lead" (another post
# whose name holds the title) says nothing.
_TITLE_FOLLOWS = r"(?=\s*[,.;:]|\s+(?:is|will|role|post|position|you|who)\b)"


def band_before_title(text: str, title: str) -> str | None:
    """Return the band a sentence puts before the post's own title."""
    pattern = (rf"\b(?:the|as\s+an?|our|this)\s+(?:afc\s+)?band\s*(?P<n>[1-9])\s*(?P<l>[a-d])?"
               rf"\s+{re.escape(title)}{_TITLE_FOLLOWS}")
    match = re.search(pattern, text, re.I)
    return _band(match) if match else None


def band_value(value: str, *, grade: bool = False) -> str | None:
    """Return the band in a Band/Grade field's value (``7``, ``8A``, ``Band 8 A``).

    A Grade field's bare number ("Grade: 9") is no band: only a "Band" word or Agenda for
    Change wording says the scale is AfC's.
    """
    if is_medical(value) and not _BAND.search(value):
        return None
    match = _BAND.search(value) or (None if grade else _BARE_BAND.match(value))
    return _band(match) if match else None


def is_medical(text: str) -> bool:
    """Tell whether a grade or title names a medical or dental grade (Consultant, ST3)."""
    return bool(_MEDICAL.search(text))


def _band(match: re.Match[str]) -> str | None:
    """Return a band as the schema has it; a Band 8 with no letter says too little (None)."""
    number, letter = match.group("n"), match.group("l")
    if number == "8":
        return f"8{letter.lower()}" if letter else None
    return number
