"""Numbers that share one comparison: qualifiers carried over, "respectively" lists paired."""

from __future__ import annotations

import re

from claimgraph.extraction.clauses import Reading, listed_runs
from claimgraph.quantities import RESPECTIVELY


def carry_qualifiers(
    sentence: str, readings: list[Reading], verbs: frozenset[int] = frozenset()
) -> None:
    """ "up to 48x faster checkpointing and 2.2x faster training": both "up to"; not across
    another verb ("improves ... by up to 28.91% and boosts ... by 68.90%"). ``verbs`` holds
    the offsets of the sentence's verbs (from the tagger)."""
    for previous, current in zip(readings, readings[1:], strict=False):
        if current.qualifier is not None or previous.qualifier is None:
            continue
        if any(previous.quantity.end <= v < current.quantity.start for v in verbs):
            continue
        # "up to 2.08X (Firefox) and 2.5X (Chrome)": a closed aside between them is a note
        gap = re.sub(r"\([^()]*\)", " ", sentence[previous.quantity.end : current.quantity.start])
        if "(" in gap or ")" in gap or ";" in gap:
            continue
        # "by up to 4x compared to NOVA, and 17x compared to ext4": the baseline of the first
        # number does not separate the two
        words = re.findall(r"[A-Za-z-]+", _COMPARISON.sub(" ", gap))
        if len(words) <= 5 and re.search(r"\band\b|/|,|\bor\b", gap):
            current.qualifier = previous.qualifier


_COMPARISON = re.compile(
    r"\b(?:compared\s+(?:to|with)|over|than|versus|vs\.?|relative\s+to)\s+[^,;]*", re.IGNORECASE
)


def pair_respectively(sentence: str, readings: list[Reading]) -> None:
    """ "by 1.31x and 2.71x compared to A and B, respectively" pairs numbers and baselines."""
    respectively = bool(RESPECTIVELY.search(sentence))
    by_segment: dict[int, list[Reading]] = {}
    for reading in readings:
        by_segment.setdefault(reading.segment, []).append(reading)
    for group in by_segment.values():
        slashed = len(group) > 1 and all(
            sentence[a.quantity.end : b.quantity.start].strip() == "/"
            for a, b in zip(group, group[1:], strict=False)
        )
        if respectively or slashed:
            # "3.1x (up to 40.2x) and 6.8x (up to 52.7x) faster than A and B,
            # respectively": a number's aside pairs with it
            mains, asides = _fold_asides(sentence, group)
            if asides and _pair_group(mains):
                for main, aside in asides:
                    aside.baselines, aside.subjects = list(main.baselines), list(main.subjects)
                continue
            # "(up to 1.82x and 2.45x over Quill and Brisk, respectively) ..., (up to
            # 1.37x)": the listed numbers pair first, whatever else the clause holds
            paired = [_pair_group(run) for run in listed_runs(sentence, group, same_unit=False)]
            if not any(paired):
                _pair_group(group)
        else:
            for run in listed_runs(sentence, group, same_unit=False):
                _pair_list(run)


def _fold_asides(
    sentence: str, group: list[Reading]
) -> tuple[list[Reading], list[tuple[Reading, Reading]]]:
    """The numbers of a group that are not asides, and each aside with the number it follows
    ("4.72x (up to 72.03x)", "9.1x (from 2.4x)")."""
    mains: list[Reading] = []
    asides: list[tuple[Reading, Reading]] = []
    for reading in group:
        if mains and _ASIDE_OPENING.fullmatch(
            sentence[mains[-1].quantity.end : reading.quantity.start]
        ):
            asides.append((mains[-1], reading))
        else:
            mains.append(reading)
    return mains, asides


_ASIDE_OPENING = re.compile(
    r"\s*\(\s*(?:up\s+to|at\s+most|max(?:imum)?|on\s+average|average|from|median|mean)?\s*",
    re.IGNORECASE,
)


def _pair_list(run: list[Reading]) -> None:
    """A list of n numbers against a list of n baselines pairs in order without
    "respectively" too ("3.55x, 2.84x, and 2.64x faster than NOVA, Ext-4, and SPFS")."""
    shared = run[0].baselines
    if len(shared) == len(run) and all(r.baselines == shared for r in run):
        for reading, baseline in zip(run, shared, strict=True):
            reading.baselines = [baseline]


def _pair_group(group: list[Reading]) -> bool:
    """Numbers and the baselines (or subjects) they share, paired in order; "1.9%, 1.3% and
    3.6% higher accuracy with 6.2x, 2.9x and 1.9x lower latency than A, B and C,
    respectively" is two lists over the same three baselines.  Whether any were paired."""
    if len(group) < 2:
        return False
    paired = False
    for attribute in ("baselines", "subjects"):
        shared = getattr(group[0], attribute)
        if len(shared) < 2 or len(group) % len(shared):
            continue
        if any(getattr(r, attribute) != shared for r in group):
            continue
        for i, reading in enumerate(group):
            setattr(reading, attribute, [shared[i % len(shared)]])
        paired = True
    return paired
