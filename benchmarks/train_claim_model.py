"""Train the learned second opinion on which numbers are claims (``claim_model.json``).

    python -m benchmarks.train_claim_model [--check]

Reads every number of every candidate sentence of the *tuned* gold parts (``quality.PARTS``
with ``tuned=True``; the held-out parts are never read), labels it a claim when the paper's
gold has a claim of that value and unit read from that sentence, and fits a logistic regression over
:func:`claimgraph.extraction.claim_model.features` by gradient descent with an L2 penalty.
Features seen fewer than ``MIN_COUNT`` times are dropped.  ``--check`` fails if the shipped
file differs from what training writes (the file is reproducible from the gold).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.quality import PARTS, _load
from claimgraph.extraction import claim_model
from claimgraph.extraction.claimness import candidate_sentences, ruled_claims
from claimgraph.quantities import Quantity, find_quantities
from claimgraph.scoring import GoldClaim

MIN_COUNT = 3
# chosen by five-fold cross-validation over the tuned papers (F1 of the numbers kept)
PENALTY = 0.003
STEPS = 2000
LEARNING_RATE = 0.5
ADMIT_ABOVE = 0.6
DROP_BELOW = 0.4
OUTPUT = Path(claim_model.__file__).with_name(claim_model.MODEL_FILE)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _in_gold(sentence: str, quantity: Quantity, gold: list[GoldClaim]) -> bool:
    """Whether a gold claim of the paper has this value, read from this sentence: the same
    value may be a claim in one sentence and a setup figure in another."""
    written = _squeezed(sentence[max(0, quantity.start - 20) : quantity.end])
    return any(
        g.unit == quantity.unit
        and _close(g.value, quantity.value)
        and _close(g.value_max, quantity.value_max)
        and (written in _squeezed(g.sentence) or _squeezed(g.sentence) in _squeezed(sentence))
        for g in gold
    )


def training_rows() -> list[tuple[dict[str, float], int]]:
    rows = []
    for part in PARTS:
        if not part.tuned:
            continue
        papers, gold = _load(part.gold_set)
        for paper in papers:
            if not part.keeps(paper.id):
                continue
            claims = [g for g in gold if g.paper == paper.id]
            for start, end in candidate_sentences(paper.abstract):
                sentence = paper.abstract[start:end]
                every = find_quantities(sentence)
                ruled = {q.start for q in ruled_claims(sentence, every)}
                for q in every:
                    found = claim_model.features(
                        sentence,
                        q,
                        ruled_a_claim=q.start in ruled,
                    )
                    rows.append((found, int(_in_gold(sentence, q, claims))))
    return rows


def train(rows: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    counts = Counter(name for found, _ in rows for name in found)
    names = sorted(name for name, n in counts.items() if n >= MIN_COUNT)
    column = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names)))
    for i, (found, _) in enumerate(rows):
        for name, value in found.items():
            if name in column:
                matrix[i, column[name]] = value
    labels = np.array([label for _, label in rows], dtype=float)
    weights = np.zeros(len(names))
    penalised = np.ones(len(names))
    penalised[column["bias"]] = 0.0
    for _ in range(STEPS):
        predicted = 1.0 / (1.0 + np.exp(-matrix @ weights))
        gradient = matrix.T @ (predicted - labels) / len(labels) + PENALTY * penalised * weights
        weights -= LEARNING_RATE * gradient
    return {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)}


def model_text(rows: list[tuple[dict[str, float], int]]) -> str:
    data = {
        "trained_on": [part.name for part in PARTS if part.tuned],
        "numbers": len(rows),
        "claims": sum(label for _, label in rows),
        "admit_above": ADMIT_ABOVE,
        "drop_below": DROP_BELOW,
        "weights": train(rows),
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


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
    args = parser.parse_args(argv)
    text = model_text(training_rows())
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
