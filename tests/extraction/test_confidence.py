"""Confidence follows the path that found each argument (``component._confidence``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow


def test_a_marker_after_the_number_and_a_written_unit_are_the_surest(claims_in: Callable) -> None:
    sentence = (
        "Extensive evaluations have shown that GraphMP could outperform state-of-the-art systems "
        "such as GraphChi, X-Stream and GridGraph by 31.6x, 54.5x and 23.1x respectively, when "
        "running popular graph applications on a billion-vertex graph."
    )
    claims = claims_in("b012", sentence)
    assert {c.evidence for c in claims} == {"value=unit baseline=verbal subject=own metric=none"}
    assert {c.confidence for c in claims} == {0.85}


def test_a_number_whose_unit_was_lost_weighs_less(claims_in: Callable) -> None:
    lost = claims_in(
        "xm027",
        "Luffy system can achieve a speedup of up to 2.73 compared to state-of-the-art MoE "
        "training systems.",
    )
    written = claims_in(
        "xs064",
        "Through a series of experiments on both synthetic and real-world datasets, we show "
        "that BOURBON improves lookup performance by 1.23x-1.78x as compared to "
        "state-of-the-art production LSMs.",
    )
    assert [c.evidence.split()[0] for c in lost] == ["value=unit-lost"]
    assert [c.evidence.split()[0] for c in written] == ["value=unit"]
    assert lost[0].confidence < written[0].confidence


def test_a_baseline_carried_from_the_clause_weighs_less_than_one_read_with_the_number(
    claims_in: Callable,
) -> None:
    sentence = (
        "While most prior work investigated the use of distillation for building "
        "task-specific models, we leverage knowledge distillation during the pre-training "
        "phase and show that it is possible to reduce the size of a BERT model by 40%, while "
        "retaining 97% of its language understanding capabilities and being 60% faster."
    )
    paths = {c.value: c.evidence for c in claims_in("b023", sentence)}
    assert "baseline=owner" in paths[40.0]
    assert "baseline=carried" in paths[60.0]


def test_a_claim_about_an_unnamed_method_weighs_less_than_one_about_a_named_system(
    claims_in: Callable,
) -> None:
    # readers name an unnamed method in many ways ("our approach" here stands for what the
    # title calls "Deep Optimizer States")
    unnamed = claims_in(
        "s001-35",
        "We integrate our approach with DeepSpeed and demonstrate 2.5times faster iterations "
        "over state-of-the-art approaches using extensive experiments.",
    )
    named = claims_in(
        "s001-15",
        "Our evaluation on Ascend NPUs with three popular MoE LLMs shows that ElasticMoE "
        "achieves up to 9x lower scale-up latency, up to 2x better throughput during scaling, "
        "and significantly improves SLO attainment compared to baselines.",
    )
    assert {c.evidence.split()[2] for c in unnamed} == {"subject=phrase"}
    assert {c.evidence.split()[2] for c in named} == {"subject=own"}
    assert max(c.confidence for c in unnamed) < min(c.confidence for c in named)
