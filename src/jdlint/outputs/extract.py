"""Plain-data forms of structured documents, for ``jdlint extract --format json``."""

from __future__ import annotations

from typing import Any

from jdlint.document import Block, Document

SCHEMA_VERSION = 1


def block_as_dict(block: Block) -> dict[str, Any]:
    """Return one block as JSON carries it (section as ``A › B``)."""
    return {
        "text": block.text,
        "kind": str(block.kind),
        "section": block.section_path,
        "level": str(block.level),
        "label": block.label,
        "category": block.category,
        "location": block.location.as_dict(),
    }


def document_as_dict(document: Document) -> dict[str, Any]:
    """Return a structured document as JSON carries it, blocks in reading order."""
    return {
        "path": document.path,
        "format": document.format,
        "title": document.title,
        "band": document.band,
        "directorate": document.directorate,
        "reference": document.reference,
        "pages": document.pages,
        "notes": list(document.notes),
        "blocks": [block_as_dict(block) for block in document.blocks],
    }
