"""The learned second opinion on which numbers are claims (``extraction.claim_model``)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from benchmarks import quality, train_claim_model
from claimgraph.extraction.claim_model import features, sentence_numbers, shipped_model
from claimgraph.extraction.claimness import ruled_claims
from claimgraph.quantities import find_quantities
from claimgraph.records import Paper
from claimgraph.scoring import GoldClaim


def _ruled_values(sentence: str) -> list[float]:
    return [q.value for q in ruled_claims(sentence, find_quantities(sentence))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "value"),
    [
        # a gain added on top of another, a saving and a cut with "up to" and no "by"
        (
            "ta060",
            "Our scalable L2 MHA yields an additional 17.8% performance improvement over our "
            "3D-stacked memory architecture.",
            17.8,
        ),
        (
            "ad034",
            "This is also evident in lossy networks, where MQTT saves up to 91% energy compared "
            "to CoAP at 20% loss rate.",
            91.0,
        ),
        (
            "ae006",
            "According to our tests, the analyzed custom kernels can reduce the battery "
            "consumption up to 33% for isolated tasks, improving the general performance of the "
            "device by up to 16%.",
            33.0,
        ),
        (
            "y076",
            "The cDMA engine offers an average 2.6x (maximum 13.8x) compression ratio by "
            "exploiting the sparsity inherent in offloaded data, improving the performance of "
            "virtualized DNNs by an average 53% (maximum 79%) when evaluated on an NVIDIA "
            "Titan Xp.",
            53.0,
        ),
    ],
)
def test_the_model_takes_claims_the_rules_pass_over(
    claims_in: Callable, paper: str, sentence: str, value: float
) -> None:
    assert value not in _ruled_values(sentence)
    learned = [c for c in claims_in(paper, sentence) if c.value == value]
    assert learned and all("claim=learned" in c.evidence for c in learned)


@pytest.mark.slow
def test_a_setting_beside_a_learned_claim_stays_out(claims_in: Callable) -> None:
    sentence = (
        "This is also evident in lossy networks, where MQTT saves up to 91% energy compared "
        "to CoAP at 20% loss rate."
    )
    assert [c.value for c in claims_in("ad034", sentence)] == [91.0]


def test_the_model_reads_words_not_sentences_it_was_trained_on() -> None:
    # a made-up sentence: a saving with "up to" and no "by" is a claim, a load level is not
    sentence = "Our tuned kernels save up to 45% energy compared to cuBLAS at 30% utilization."
    model = shipped_model()
    numbers = sentence_numbers(sentence)
    taken = [n.quantity.value for n in numbers if model.is_claim(n.features)]
    assert not any(n.ruled_a_claim for n in numbers) and taken == [45.0]


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


@pytest.mark.slow
def test_training_reads_the_tuned_gold_only(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def load(gold_set: str) -> tuple[list[Paper], list[GoldClaim]]:
        read.append(gold_set)
        return quality._load(gold_set)

    monkeypatch.setattr(train_claim_model, "_load", load)
    rows = train_claim_model.training_rows()
    held_out = {part.gold_set for part in quality.PARTS if not part.tuned}
    assert read and not held_out & set(read)
    assert {part.gold_set for part in quality.PARTS if part.tuned} == set(read)
    shipped = json.loads(train_claim_model.OUTPUT.read_text("utf-8"))
    assert shipped["numbers"] == len(rows)
    assert shipped["claims"] == sum(label for _, _, label in rows)


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
