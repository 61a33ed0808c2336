"""Train the learned second opinion on which numbers are claims (``claim_model.json``).

    python -m benchmarks.train_claim_model [--check | --cross-validate]

Reads every number of every candidate sentence of the *tuned* gold parts (``quality.PARTS``
with ``tuned=True``; the held-out parts are never read), labels it a claim when the paper's
gold has a claim of that value and unit read from that sentence, and fits a logistic
regression over :func:`claimgraph.extraction.claim_model.features` by gradient descent with an
L2 penalty. Features seen fewer than ``MIN_COUNT`` times are dropped. ``--check`` fails if the
shipped file differs from what training writes (the file is reproducible from the gold);
``--cross-validate`` shows how the penalty and the two thresholds were chosen: F1 of the
numbers kept, five folds of the tuned papers, against the rules alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.quality import PARTS, Part, _load
from claimgraph.extraction import claim_model
from claimgraph.extraction.claimness import candidate_sentences
from claimgraph.quantities import Quantity
from claimgraph.scoring import GoldClaim, values_match

MIN_COUNT = 3
# chosen by five-fold cross-validation over the tuned papers (F1 of the numbers kept) when the
# model was written; settings within 0.002 of each other there are not told apart, so they
# stay fixed as the tuned gold grows
PENALTY = 0.003
STEPS = 2000
LEARNING_RATE = 0.5
ADMIT_ABOVE = 0.6
DROP_BELOW = 0.4
OUTPUT = Path(claim_model.__file__).with_name(claim_model.MODEL_FILE)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _in_gold(sentence: str, quantity: Quantity, gold: list[GoldClaim]) -> bool:
    """Whether a gold claim of the paper has this value, read from this sentence: the same
    value may be a claim in one sentence and a setup figure in another."""
    written = _squeezed(sentence[max(0, quantity.start - 20) : quantity.end])
    return any(
        values_match(quantity, g)
        and (written in _squeezed(g.sentence) or _squeezed(g.sentence) in _squeezed(sentence))
        for g in gold
    )


Row = tuple[str, dict[str, float], int]
"""A number: its paper, its features and whether the gold holds it."""


def training_parts() -> list[Part]:
    return [part for part in PARTS if part.tuned]


def training_rows() -> list[Row]:
    rows = []
    for part in training_parts():
        papers, gold = _load(part.gold_set)
        for paper in papers:
            if not part.keeps(paper.id):
                continue
            claims = [g for g in gold if g.paper == paper.id]
            for start, end in candidate_sentences(paper.abstract):
                sentence = paper.abstract[start:end]
                for number in claim_model.sentence_numbers(sentence):
                    label = int(_in_gold(sentence, number.quantity, claims))
                    rows.append((paper.id, number.features, label))
    return rows


def train(rows: list[Row], penalty: float = PENALTY) -> dict[str, float]:
    counts = Counter(name for _, found, _ in rows for name in found)
    names = sorted(name for name, n in counts.items() if n >= MIN_COUNT)
    column = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names)))
    for i, (_, found, _) in enumerate(rows):
        for name, value in found.items():
            if name in column:
                matrix[i, column[name]] = value
    labels = np.array([label for _, _, label in rows], dtype=float)
    weights = np.zeros(len(names))
    penalised = np.ones(len(names))
    penalised[column["bias"]] = 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-matrix @ weights))
        gradient = matrix.T @ (predicted - labels) / len(labels) + penalty * penalised * weights
        weights -= LEARNING_RATE * gradient
    return {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)}


def model_text(rows: list[Row]) -> str:
    data = {
        "trained_on": [part.name for part in training_parts()],
        "numbers": len(rows),
        "claims": sum(label for _, _, label in rows),
        "admit_above": ADMIT_ABOVE,
        "drop_below": DROP_BELOW,
        "weights": train(rows),
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def cross_validate(rows: list[Row], folds: int = 5) -> list[str]:
    """F1 of the numbers kept, by penalty and thresholds, each fold's papers scored by a
    model trained on the other folds' papers."""
    papers = sorted({paper for paper, _, _ in rows})
    random.Random(0).shuffle(papers)
    fold_of = {paper: i % folds for i, paper in enumerate(papers)}
    thresholds = [(0.5, 0.5), (0.6, 0.4), (0.7, 0.3)]
    lines = [f"rules alone: F1 {_f1(rows, [found['rule'] > 0 for _, found, _ in rows]):.4f}"]
    for penalty in (0.001, 0.003, 0.01):
        probabilities: list[float] = [0.0] * len(rows)
        for fold in range(folds):
            weights = train([r for r in rows if fold_of[r[0]] != fold], penalty)
            model = claim_model.ClaimModel(weights, 0.5, 0.5)
            for i, (paper, found, _) in enumerate(rows):
                if fold_of[paper] == fold:
                    probabilities[i] = model.probability(found)
        for admit_above, drop_below in thresholds:
            deciding = claim_model.ClaimModel({}, admit_above, drop_below)
            kept = [
                deciding.keeps(p, ruled_a_claim=found["rule"] > 0)
                for (_, found, _), p in zip(rows, probabilities, strict=True)
            ]
            lines.append(
                f"penalty {penalty}, admit above {admit_above}, drop below {drop_below}: "
                f"F1 {_f1(rows, kept):.4f}"
            )
    return lines


def _f1(rows: list[Row], kept: list[bool]) -> float:
    right = sum(1 for (_, _, label), k in zip(rows, kept, strict=True) if k and label)
    return 2 * right / (sum(kept) + sum(label for _, _, label in rows))


def _same_model(shipped: dict[str, Any], trained: dict[str, Any]) -> bool:
    """The same settings and features, with weights equal but for float rounding across
    machines."""
    weights = shipped.pop("weights"), trained.pop("weights")
    return (
        shipped == trained
        and weights[0].keys() == weights[1].keys()
        and all(abs(weights[0][name] - weights[1][name]) <= 1e-3 for name in weights[0])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is stale")
    parser.add_argument(
        "--cross-validate", action="store_true", help="show how the settings were chosen"
    )
    args = parser.parse_args(argv)
    rows = training_rows()
    if args.cross_validate:
        print("\n".join(cross_validate(rows)))
        return 0
    text = model_text(rows)
    if args.check:
        if not _same_model(json.loads(OUTPUT.read_text("utf-8")), json.loads(text)):
            print(f"{OUTPUT}: stale; run python -m benchmarks.train_claim_model", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, "utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
