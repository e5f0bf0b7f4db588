"""The structure stage: turn any reader's RawDocument into blocks a rule can judge.

Each block gets its section path (headings above it; ``("Person specification",
"Qualifications")`` in the person specification), its requirement level (essential,
desirable or unspecified), its job-detail label ("Reports to") and its category; the
document gets the job's title, band, directorate and reference. The words this stage
recognises live in :mod:`jdlint.structure.vocabulary`.
"""

from __future__ import annotations

from jdlint.document import Document, RawDocument
from jdlint.structure import details
from jdlint.structure.assembler import Assembler
from jdlint.structure.continuation import join_run_on_lines

__all__ = ["assemble"]


def assemble(raw: RawDocument) -> Document:
    """Return the structured document for what a reader read."""
    raw = join_run_on_lines(raw)
    blocks = Assembler(raw).run(raw.items)
    found = details.find(blocks)
    return Document(
        path=raw.path,
        format=raw.format,
        blocks=blocks,
        title=found.title,
        band=found.band,
        directorate=found.directorate,
        reference=found.reference,
        pages=raw.pages,
        notes=raw.notes,
        directives=raw.directives,
    )
