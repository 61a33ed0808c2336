"""Clause segments of a sentence and the per-quantity record the decisions fill in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimgraph.quantities import Quantity
from claimgraph.records import BaselineKind


@dataclass
class Reading:
    """One quantity as the sentence rules see it, before it becomes a Claim."""

    quantity: Quantity
    segment: int
    qualifier: str | None
    baselines: list[tuple[str | None, BaselineKind]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    metric: str | None = None
    context: str | None = None
    has_cue: bool = False
    paths: dict[str, str] = field(default_factory=dict)
    """How each argument was found ("baseline": "following", ...): confidence is read from it."""


# ---- clause segments


def segment_boundaries(doc: Doc) -> list[tuple[int, bool]]:
    """Character offsets where a new clause starts, with whether the break is hard.

    Hard breaks (";", enumerators "2)") stop a baseline from carrying forward; soft ones
    ("while", a new grammatical subject) do not.
    """
    text = doc.text
    boundaries: list[tuple[int, bool]] = [(0, True)]
    for match in _HARD_BREAK.finditer(text):
        boundaries.append((match.end(), True))
    for match in _SOFT_BREAK.finditer(text):
        boundaries.append((match.start(), False))
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in RELATIVE_PRONOUNS:
            start = token.left_edge.idx
            if start > 0:
                boundaries.append((start, False))
    return sorted(set(boundaries))


_HARD_BREAK = re.compile(r";\s*|:\s+(?=[a-z])|(?:^|\s)\(?(?:\d|i{1,3}|iv)\)\s")
_SOFT_BREAK = re.compile(r"\b(?:while|whereas|but|meanwhile|yet)\b", re.IGNORECASE)
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}


def segment_of(position: int, boundaries: list[tuple[int, bool]]) -> int:
    index = 0
    for i, (start, _) in enumerate(boundaries):
        if start <= position:
            index = i
    return index


def segment_range(segment: int, boundaries: list[tuple[int, bool]], length: int) -> tuple[int, int]:
    start = boundaries[segment][0]
    end = boundaries[segment + 1][0] if segment + 1 < len(boundaries) else length
    return start, end


# ---- numbers written as one list


def listed_runs(sentence: str, readings: list[Reading], *, same_unit: bool) -> list[list[Reading]]:
    """Runs of two or more numbers written as one list ("3.55x, 2.84x, and 2.64x"); with
    ``same_unit``, only numbers of one unit make a run."""
    runs: list[list[Reading]] = []
    for reading in readings:
        if runs:
            last = runs[-1][-1].quantity
            gap = sentence[last.end : reading.quantity.start]
            if _LIST_GAP.fullmatch(gap) and (not same_unit or last.unit == reading.quantity.unit):
                runs[-1].append(reading)
                continue
        runs.append([reading])
    return [run for run in runs if len(run) > 1]


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.IGNORECASE)
