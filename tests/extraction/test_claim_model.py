"""The learned second opinion on which numbers are claims (``extraction.claim_model``)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from benchmarks import train_claim_model
from benchmarks.quality import PARTS
from claimgraph.extraction.claim_model import features, shipped_model
from claimgraph.extraction.claimness import ruled_claims
from claimgraph.quantities import find_quantities


def _ruled_values(sentence: str) -> list[float]:
    return [q.value for q in ruled_claims(sentence, find_quantities(sentence))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "value", "not_taken"),
    [
        # a gain added on top of another, a saving and a cut with "up to" and no "by"
        (
            "ta060",
            "Our scalable L2 MHA yields an additional 17.8% performance improvement over our "
            "3D-stacked memory architecture.",
            17.8,
            None,
        ),
        (
            "ad034",
            "This is also evident in lossy networks, where MQTT saves up to 91% energy compared "
            "to CoAP at 20% loss rate.",
            91.0,
            20.0,  # a setting
        ),
        (
            "ae006",
            "According to our tests, the analyzed custom kernels can reduce the battery "
            "consumption up to 33% for isolated tasks, improving the general performance of the "
            "device by up to 16%.",
            33.0,
            None,
        ),
        (
            "y076",
            "The cDMA engine offers an average 2.6x (maximum 13.8x) compression ratio by "
            "exploiting the sparsity inherent in offloaded data, improving the performance of "
            "virtualized DNNs by an average 53% (maximum 79%) when evaluated on an NVIDIA "
            "Titan Xp.",
            53.0,
            None,
        ),
    ],
)
def test_the_model_takes_claims_the_rules_pass_over(
    claims_in: Callable, paper: str, sentence: str, value: float, not_taken: float | None
) -> None:
    assert value not in _ruled_values(sentence)
    claims = claims_in(paper, sentence)
    learned = [c for c in claims if c.value == value]
    assert learned and all("claim=learned" in c.evidence for c in learned)
    assert not_taken not in [c.value for c in claims]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "value"),
    [
        # an overhead paid and a cost in bits, though the rules read a comparison
        (
            "g015",
            "The performance overheads of Graphene-SGX range from matching a Linux process to "
            "less than 2× in most single-process cases; these overheads are largely attributable "
            "to current SGX hardware or missed opportunities to optimize Graphene internals, and "
            "are not necessarily fundamental to leaving the application unmodified.",
            2.0,
        ),
        (
            "t042",
            "Extensive experiments show that with only 10\\% more bits, the perplexity increase "
            "can be reduced from about 0.5 in SOTA to within 0.2 for Llama 3.1 70B, while "
            "MMLU-Pro loss can be reduced from 1.92 to 0.99 over the SOTA of three popular models.",
            10.0,
        ),
    ],
)
def test_the_model_drops_numbers_the_rules_took(
    claims_in: Callable, paper: str, sentence: str, value: float
) -> None:
    assert value in _ruled_values(sentence)
    assert value not in [c.value for c in claims_in(paper, sentence)]


def test_the_rules_verdict_weighs_most() -> None:
    model = shipped_model()
    top = max(model.weights, key=lambda name: abs(model.weights[name]))
    assert top == "rule"
    sentence = "FooDB is 2.5x faster than BarDB."
    [quantity] = find_quantities(sentence)
    found = features(sentence, quantity, ruled_a_claim=True)
    assert model.is_claim(found)
    assert not model.is_claim({**found, "rule": 0.0, "cue": 0.0})


def test_the_model_was_trained_on_the_tuned_parts_only() -> None:
    shipped = json.loads(train_claim_model.OUTPUT.read_text("utf-8"))
    assert shipped["trained_on"] == [part.name for part in PARTS if part.tuned]
    assert 0.5 < shipped["claims"] / shipped["numbers"] < 1


@pytest.mark.slow
def test_the_shipped_model_is_what_training_writes() -> None:
    assert train_claim_model.main(["--check"]) == 0


def test_features_name_the_words_beside_the_number() -> None:
    sentence = "It saves up to 91% energy compared to CoAP."
    [quantity] = find_quantities(sentence)
    found = features(sentence, quantity, ruled_a_claim=False)
    assert found["just_before:to"] == found["just_after:energy"] == 1.0
    assert found["qualifier=up_to"] == 1.0 and found["unit=%"] == 1.0
    assert found["sentence:compared"] == 1.0 and "sentence:we" not in found
