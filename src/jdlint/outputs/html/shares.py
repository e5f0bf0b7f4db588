"""How many of the posts checked require each profession: the numbers behind the profession chart.

A post *requires* a profession when its status rests on a restriction to it: the unjustified
restrictions of a ringfenced post, or the justified ones of a justified post (as
:func:`jdlint.outputs.summary.professions_of` has them). The denominator is every post checked,
that is every file that could be read, so a share says how common the requirement is across
the whole set, not among ringfenced posts only (where it would always be 100%).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jdlint.outputs.summary import professions_of
from jdlint.results import DocumentResult, Status


@dataclass(frozen=True, slots=True)
class ProfessionShare:
    """The posts checked that require one profession."""

    profession: str  # the lexicon's id; named for people by the caller
    posts: int  # posts that require it, justified or not
    ringfenced: int  # ... of which the restriction has no recorded justification
    justified: int  # ... of which every restriction is justified
    checked: int  # every post checked: the denominator


def posts_checked(results: Sequence[DocumentResult]) -> int:
    """Return how many posts were checked: the files that could be read."""
    return sum(result.status is not Status.ERROR for result in results)


def profession_shares(results: Sequence[DocumentResult],
                      name: Callable[[str], str]) -> list[ProfessionShare]:
    """Return each profession some post requires, most required first, then by name."""
    checked = posts_checked(results)
    posts: dict[str, list[DocumentResult]] = {}
    for result in results:
        if result.status is Status.ERROR:
            continue
        for profession in professions_of(result):
            posts.setdefault(profession, []).append(result)
    shares = [
        ProfessionShare(
            profession=profession,
            posts=len(found),
            ringfenced=sum(r.status is Status.RINGFENCED for r in found),
            justified=sum(r.status is Status.JUSTIFIED for r in found),
            checked=checked,
        )
        for profession, found in posts.items()
    ]
    return sorted(shares, key=lambda s: (-s.posts, name(s.profession).casefold(), s.profession))


def unrestricted(results: Sequence[DocumentResult]) -> int:
    """Return how many posts checked require no single profession."""
    return sum(result.status is Status.CLEAN for result in results)
