"""Find the job's title, band, directorate and reference among the structured blocks.

The title's many layouts are in :mod:`jdlint.structure.titles`; this module gathers the
details and reads the band, directorate and reference.

Labelled fields win ("Job title:", a "Band" table row, a header "Ref:"); without them the
title is the first heading that is not a generic one ("Job description", the trust's name)
and the band is read only from short lines in the job-details area, the title and the
page headers — never from duties such as "supervise Band 5 staff".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from jdlint.document import Block, BlockKind
from jdlint.structure import labels
from jdlint.structure.title_text import clean_title, could_be_title, only_grade
from jdlint.structure.titles import DETAIL_WORDS, labelled, starts_sections, title

_REFERENCE_END = re.compile(r"\s*(?:\||;|\t| {2,}|\bversion\b|\bpage\b|\bdate\b|\bv\d).*$", re.I)


@dataclass(frozen=True, slots=True)
class Details:
    """What the document says about the job itself."""

    title: str | None
    band: str | None
    directorate: str | None
    reference: str | None


def find(blocks: tuple[Block, ...]) -> Details:
    """Return the title, band, directorate and reference the blocks give."""
    return Details(
        title=title(blocks),
        band=_band(blocks),
        directorate=_first_value(blocks, ("Directorate", "Division", "Care group")),
        reference=_reference(blocks),
    )


def _first_value(blocks: tuple[Block, ...], names: tuple[str, ...]) -> str | None:
    for name in names:
        for block in labelled(blocks, name):
            return block.text.strip()
    return None


def _band(blocks: tuple[Block, ...]) -> str | None:
    fields = [b for b in blocks if b.label in ("Band", "Grade") and b.text.strip()]
    for block in sorted(fields, key=lambda b: b.kind in (BlockKind.HEADER, BlockKind.FOOTER)):
        # A labelled grade decides, even when it is a medical grade (no band).
        return labels.band_value(block.text, grade=block.label == "Grade")
    for block in _detail_area(blocks):
        band = labels.band_in(block.text)
        if band:
            return band
    for block in labelled(blocks, "Job title"):  # "Post: X (Band 6)" below a spec's heading
        band = labels.band_in(block.text)
        if band:
            return band
    found = title(blocks)
    for block in blocks:  # the title's own line ("Person specification – X, Band 6")
        band = labels.band_in(block.text) if found and not block.label else None
        if band and clean_title(block.text) == found:
            return band
    # A Trac page's summary block opens the sections before its title and band lines.
    body = [b for b in blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    for block, following in itertools.pairwise(body):
        if block.label is None and following.label is None and only_grade(following.text):
            name = clean_title(block.text)
            if name and could_be_title(name):
                return labels.band_in(following.text)
    # Last, the advert's own words for its band ("This is a Band 6 post", "the Band 6 <title>").
    prose = next((band for b in body if b.label is None and (band := labels.band_in_prose(b.text))),
                 None)
    if prose or not found:
        return prose
    return next((band for b in body
                 if b.label is None and (band := labels.band_before_title(b.text, found))), None)


def _detail_area(blocks: tuple[Block, ...]) -> list[Block]:
    """Return short lines that describe the job: the title, the details area, headers, footers."""
    area: list[Block] = []
    in_details = True
    for block in blocks:
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            area.append(block)
            continue
        if starts_sections(block):
            in_details = False
        if not in_details or block.label not in (None, "Job title", "Salary"):
            continue  # "Responsible for: Band 5 nurses" names staff, not the post
        if len(block.text.split()) <= DETAIL_WORDS and block.kind is not BlockKind.LIST_ITEM:
            area.append(block)
    body = [b for b in area if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    return body + [b for b in area if b.kind in (BlockKind.HEADER, BlockKind.FOOTER)]


def _reference(blocks: tuple[Block, ...]) -> str | None:
    for block in labelled(blocks, "Reference"):
        value = _REFERENCE_END.sub("", block.text).strip(" :#-")
        if value:
            return value
    return None
