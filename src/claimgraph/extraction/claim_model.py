"""A learned second opinion on which numbers are claims.

The rules of :mod:`claimgraph.extraction.claimness` were written on the gold the project
reads; on abstracts nobody read they miss claims whose cue is worded another way and keep
setup figures they have not met.  A logistic model over the rules' own verdict and the words
around the number weighs the two: the rules' verdict is one feature among the words, so the
model overrules it only where the words it learned from the tuned gold say otherwise.

The weights ship in ``claim_model.json``, written by ``python -m benchmarks.train_claim_model``
from the tuned gold parts only (never the held-out ones).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from claimgraph.extraction.claimness import has_comparison_cue, near, ruled_claims
from claimgraph.quantities import Quantity, find_quantities

# a number with its unit is one token, and no feature: the words say what a number is
_TOKEN = re.compile(r"\d[\d.,]*(?:\s?[x×X%](?![^\W\d_]))?|[^\W\d_]+")
_WINDOW = 5
_WINDOW_CHARACTERS = 120
# words anywhere in the sentence that say whether it compares
_SENTENCE_WORDS = (
    "we",
    "our",
    "than",
    "over",
    "compared",
    "baseline",
    "state-of-the-art",
    "respectively",
)


@dataclass(frozen=True)
class Number:
    """A number of a sentence as the model weighs it."""

    quantity: Quantity
    ruled_a_claim: bool
    features: dict[str, float]


def sentence_numbers(sentence: str) -> list[Number]:
    """Every number of a sentence with the rules' verdict and its features: what extraction
    decides on and training learns from, read the one way for both."""
    every = find_quantities(sentence)
    ruled = {q.start for q in ruled_claims(sentence, every)}
    return [
        Number(q, q.start in ruled, features(sentence, q, ruled_a_claim=q.start in ruled))
        for q in every
    ]


def features(sentence: str, quantity: Quantity, *, ruled_a_claim: bool) -> dict[str, float]:
    """The features of one number in its sentence: the rules' verdict, whether a comparison
    cue is written beside it, the unit and qualifier, the words on either side and a few words
    of the sentence."""
    found: dict[str, float] = {
        "bias": 1.0,
        "rule": float(ruled_a_claim),
        "cue": float(has_comparison_cue(*near(sentence, quantity, _WINDOW_CHARACTERS * 2))),
        "unit=" + quantity.unit: 1.0,
        "qualifier=" + str(quantity.qualifier): 1.0,
        "range": float(quantity.value_max is not None),
        "magnitude": max(-1.0, min(1.0, math.log10(abs(quantity.value) + 1e-9) / 3)),
    }
    before = _words(sentence[max(0, quantity.start - _WINDOW_CHARACTERS) : quantity.start])
    after = _words(sentence[quantity.end : quantity.end + _WINDOW_CHARACTERS])
    before, after = before[-_WINDOW:], after[:_WINDOW]
    for word in before:
        found["before:" + word] = 1.0
    for word in after:
        found["after:" + word] = 1.0
    for word in before[-2:]:
        found["just_before:" + word] = 1.0
    for word in after[:2]:
        found["just_after:" + word] = 1.0
    for word in _sentence_words(sentence):
        found["sentence:" + word] = 1.0
    return found


def _words(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text) if not t[0].isdigit()]


@lru_cache(maxsize=64)
def _sentence_words(sentence: str) -> tuple[str, ...]:
    lowered = sentence.lower()
    return tuple(w for w in _SENTENCE_WORDS if re.search(rf"\b{re.escape(w)}\b", lowered))


@dataclass(frozen=True)
class ClaimModel:
    """Logistic weights, and how sure the model must be to overrule the rules either way."""

    weights: dict[str, float]
    admit_above: float
    drop_below: float

    def probability(self, found: dict[str, float]) -> float:
        score = sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        if score >= 0:
            return 1.0 / (1.0 + math.exp(-score))
        return math.exp(score) / (1.0 + math.exp(score))  # (no overflow for a large -score)

    def is_claim(self, found: dict[str, float]) -> bool:
        """Whether the number whose ``features`` are ``found`` is a claim."""
        return self.keeps(self.probability(found), ruled_a_claim=bool(found.get("rule")))

    def keeps(self, probability: float, *, ruled_a_claim: bool) -> bool:
        if ruled_a_claim:
            return probability >= self.drop_below
        return probability > self.admit_above


MODEL_FILE = "claim_model.json"


@cache
def shipped_model() -> ClaimModel:
    """The model written by ``benchmarks.train_claim_model``, shipped beside this module."""
    text = resources.files("claimgraph.extraction").joinpath(MODEL_FILE).read_text("utf-8")
    data = json.loads(text)
    return ClaimModel(data["weights"], data["admit_above"], data["drop_below"])
