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
def test_a_setting_beside_a_gain_added_on_top_stays_out(made_up_claims: Callable) -> None:
    # made up: no sentence of the project's own material puts a gain added on top beside a
    # load level written as a number (a045 names its settings in words)
    sentence = (
        "Our allocator gives an additional 14% throughput over the default allocator at "
        "70% memory load."
    )
    assert [c.value for c in made_up_claims("A made-up allocator", sentence)] == [14.0]


def test_the_model_doubts_a_price_of_the_motivation_more_than_a_result() -> None:
    # made up (synth yb008): the rules take both numbers ("relative to"); the model, which may
    # overrule them, finds the market's discount far less likely a claim than the system's
    # saving. (Whether it drops it moves with each retraining: it did until late in session
    # 15, and drops no number the rules take in the tuned gold now.)
    model = shipped_model()
    motivation, result = (
        sentence_numbers(sentence)[0]
        for sentence in (
            "Spot and preemptible GPU instances are offered at 60-90% discounts relative to "
            "on-demand pricing, but they can be reclaimed with as little as 30 seconds of notice.",
            "Driftwood reduces training cost by 60% relative to on-demand pricing.",
        )
    )
    assert motivation.ruled_a_claim and result.ruled_a_claim
    assert model.probability(motivation.features) < model.probability(result.features) - 0.2


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
    sentence = "It saves up to 45% energy compared to cuBLAS."
    [quantity] = find_quantities(sentence)
    found = features(sentence, quantity, ruled_a_claim=False)
    assert found["just_before:to"] == found["just_after:energy"] == 1.0
    assert found["qualifier=up_to"] == 1.0 and found["unit=%"] == 1.0
    assert found["sentence:compared"] == 1.0 and "sentence:we" not in found
