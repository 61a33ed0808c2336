"""How far two readers agree on the same papers, scored by the rules the extractor is scored by.

    python -m benchmarks.agreement

The issue's moonshot is "about where two careful human readers agree with each other"; this
measures it. Each pair scores the second reading as predictions against the first as gold
(the first reading's alternative spellings count, the second's do not). The second readings
are in ``tests/data/gold/second/``: a blind reading of the shared ``dev`` papers, a second
reading of the ``corpus`` part (both session 13), and of two of the made-up ``synth-check``
sets (session 15), by readers who saw neither the other reading nor the extractor.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimgraph.scoring import Evaluation, load_gold, load_predictions, score

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"


def _every_paper(paper: str) -> bool:
    return True


@dataclass(frozen=True)
class Pair:
    name: str
    first: Path
    second: Path
    keeps: Callable[[str], bool] = _every_paper
    """Which papers of the first reading the second one read (all of them unless it is a part)."""


PAIRS = (
    Pair(
        "dev: the shared gold, then a blind reading",
        GOLD / "dev-claims.jsonl",
        GOLD / "second" / "dev-claims.jsonl",
    ),
    Pair(
        "corpus: two fresh readings",
        GOLD / "corpus-claims.jsonl",
        GOLD / "second" / "corpus-claims.jsonl",
    ),
    # session 15: a second reading of two of the four made-up held-out sets (yn, yo)
    Pair(
        "synth-check (yn, yo): two fresh readings",
        GOLD / "synth-check-claims.jsonl",
        GOLD / "second" / "synth-check-claims.jsonl",
        lambda paper: paper[:2] in ("yn", "yo"),
    ),
    # session 16: a second reading of two of the three sets written in that session (ys, yz)
    Pair(
        "synth-late (ys, yz): two fresh readings",
        GOLD / "synth-late-claims.jsonl",
        GOLD / "second" / "synth-late-claims.jsonl",
        lambda paper: paper[:2] in ("ys", "yz"),
    ),
    # session 17: a second reading of two of the three sets written mid-session (zn, zo)
    Pair(
        "synth-s17 (zn, zo): two fresh readings",
        GOLD / "synth-s17-claims.jsonl",
        GOLD / "second" / "synth-s17-claims.jsonl",
        lambda paper: paper[:2] in ("zn", "zo"),
    ),
)


def agreement(first: Path, second: Path, keeps: Callable[[str], bool] = _every_paper) -> Evaluation:
    """The second reading scored against the first as if it were an extractor's output."""
    gold = [g for g in load_gold(first) if keeps(g.paper)]
    return score(load_predictions(second), gold)


def main(argv: Sequence[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    print("| readings | claims (first, second) | value F1 | tuple F1 | full F1 |")
    print("|---|---|---|---|---|")
    for pair in PAIRS:
        evaluation = agreement(pair.first, pair.second, pair.keeps)
        value = evaluation.levels["value"]
        cells = [pair.name, f"{value.gold}, {value.predicted}"]
        cells += [f"{evaluation.levels[level].f1:.3f}" for level in ("value", "tuple", "full")]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
