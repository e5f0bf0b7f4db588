"""Which templates a block's tokens leave worth trying, read from bit masks.

A template needs, for each of its fixed words, one of a few tokens (:attr:`Template.needs`):
a block that holds none of them cannot match it. Testing every template's needs against the
block's token set one by one cost more than reaching around the slots themselves (739,686 set
tests for the 23,455 candidate blocks of the 1,000-document benchmark corpus); here each
distinct need is one bit, each token carries the bits of the needs it meets, and a block's
tokens make one mask, so a template is tried when all its bits are in the mask: the same
templates as the set tests, in the same order, for a few integer operations each.
"""

from __future__ import annotations

from collections.abc import Iterable

from jdlint.judge.matching.patterns import Template


class Viability:
    """Each class's templates with the bits of their needs, and the bits each token meets."""

    def __init__(self) -> None:
        self._bits: dict[frozenset[str], int] = {}  # need -> its bit
        self._token_bits: dict[str, int] = {}  # token -> bits of the needs it meets
        self._classes: dict[str, list[tuple[Template, int]]] = {}

    def add(self, name: str, template: Template) -> None:
        """File a template around a ``{name}`` slot, after those filed before it."""
        mask = 0
        for need in template.needs:
            bit = self._bits.get(need)
            if bit is None:
                bit = self._bits[need] = 1 << len(self._bits)
                for token in need:
                    self._token_bits[token] = self._token_bits.get(token, 0) | bit
            mask |= bit
        self._classes.setdefault(name, []).append((template, mask))

    def mask(self, tokens: Iterable[str]) -> int:
        """Return the bits of every need the tokens (lower case) meet."""
        get = self._token_bits.get
        mask = 0
        for token in tokens:
            mask |= get(token, 0)
        return mask

    def viable(self, name: str, mask: int) -> list[Template]:
        """Return the templates around ``{name}`` whose needs are all met in ``mask``."""
        return [template for template, needs in self._classes.get(name, ())
                if needs & mask == needs]
