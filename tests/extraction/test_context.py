"""The setting a number holds for: a list of settings pairs with a list of numbers in order."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def contexts(claims_in: Callable, paper: str, sentence: str) -> list[tuple[float, str | None]]:
    return sorted((c.value, c.context) for c in claims_in(paper, sentence))


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "s001-10",
            "On efficiency, Flex accelerates SwinV2-MoE, achieving up to 1.55x and 2.11x speedup "
            "in training and inference over Fairseq, respectively.",
            [(1.55, "training"), (2.11, "inference")],
        ),
        (
            "xs062",
            "While requiring no modification to the application source code, Adagio provides "
            "total system energy savings of 8% and 20% for UMT2K and ParaDiS, respectively, with "
            "less than 1% increase in execution time.",
            [(8.0, "UMT2K"), (20.0, "ParaDiS")],
        ),
        (
            "s001-21",
            "Experimental results demonstrate 9.3% and 17.5% of end-to-end speedups for "
            "single-node and multi-node inference respectively, showcasing the potential of our "
            "ILP-based optimization for offering expert parallel solutions for next-generation "
            "MoEs.",
            [(9.3, "single-node"), (17.5, "multi-node inference")],
        ),
    ],
)
def test_a_list_of_settings_pairs_with_the_numbers_in_order(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert contexts(claims_in, paper, sentence) == expected


def test_a_list_of_measures_is_no_list_of_settings(claims_in: Callable) -> None:
    # "the median and tail ... latencies", "the communication volume and overhead": what is
    # measured, not where
    sentence = (
        "Integration of Leap in the Linux kernel improves the median and tail remote page "
        "access latencies of memory-bound applications by up to 104.04x and 22.62x, "
        "respectively, over the default data path."
    )
    [first, _] = sorted(claims_in("xs058", sentence), key=lambda c: c.value)
    assert (first.value, first.metric, first.context) == (22.62, "latency", None)
    sentence = (
        "Extensive experiments show that our method reduces the per-epoch training time by up "
        "to 2.45x (on average 1.58x) and reduces the communication volume and overhead by up to "
        "22.89x and 27.21x (on average 8.69x and 11.60x), respectively, while achieving a "
        "comparable level of model accuracy and convergence speed compared to graph "
        "parallelism."
    )
    claims = {c.value: c for c in claims_in("s001-16", sentence)}
    for value in (22.89, 27.21):
        assert (claims[value].metric, claims[value].context) == ("communication", None)


def test_a_list_of_what_is_compared_with_is_no_list_of_settings(claims_in: Callable) -> None:
    sentence = (
        "We further explore the design space of Hydra head training objectives and "
        "architectures, and propose a carefully-tuned Hydra head recipe, which we call Hydra++, "
        "that improves decoding throughput by 1.31x and 2.71x compared to Medusa decoding and "
        "autoregressive decoding, respectively."
    )
    claims = {c.value: c for c in claims_in("s000-31", sentence)}
    assert (claims[1.31].baseline, claims[1.31].context) == ("Medusa", None)
    assert (claims[2.71].baseline, claims[2.71].context) == ("autoregressive decoding", None)
    sentence = (
        "The operations per second (OPS) of SageAttention2 surpass FlashAttention2 and xformers "
        "by about 3x and 4.5x on RTX4090, respectively."
    )
    claims = claims_in("a038", sentence)
    assert sorted((c.value, c.baseline) for c in claims) == [
        (3.0, "FlashAttention2"),
        (4.5, "xformers"),
    ]
    assert not {c.context for c in claims} & {"FlashAttention2", "xformers"}


# made up: the project's material has no sentence with a list of measures, or a list of what is
# compared with, after "in" or "on" and before "respectively"; these reach the two guards that
# the real sentences above never reach (the later numbers take a setting from elsewhere)


def test_a_list_of_measures_after_in_is_no_list_of_settings(made_up_claims: Callable) -> None:
    claims = made_up_claims(
        "Quiver: a made-up partitioner",
        "Our evaluation shows that Quiver outperforms static partitioning by 12.5% and 60.2% in "
        "throughput and mean latency, respectively.",
    )
    first, second = sorted(claims, key=lambda c: c.value)
    assert (first.value, first.metric, first.context) == (12.5, "throughput", None)
    assert (second.value, second.metric) == (60.2, "latency")


def test_a_list_of_what_is_compared_with_after_on_is_no_list_of_settings(
    made_up_claims: Callable,
) -> None:
    claims = made_up_claims(
        "Sparrow kernels: made up",
        "We show that our kernels are on average 9.1x, 4.2x, and 1.6x faster than the other "
        "state-of-the-art kernels implemented on the cuSPARSE, Ginkgo, and MAGMA libraries "
        "respectively.",
    )
    assert [(c.value, c.baseline) for c in claims] == [
        (9.1, "cuSPARSE"),
        (4.2, "Ginkgo"),
        (1.6, "MAGMA"),
    ]
    assert [c.context for c in claims[:2]] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        # made up: no sentence of the project's material has "for example" or "for instance"
        # after a number; the setting is what the example names, never "example ..."
        (
            "Lark runs joins up to 3x faster than DuckDB, for example on the TPC-H queries.",
            "TPC-H queries",
        ),
        (
            "Lark cuts query latency by 40% over DuckDB, for instance in the star-schema "
            "benchmark.",
            "star-schema benchmark",
        ),
    ],
)
def test_for_example_after_a_number_opens_no_setting(
    made_up_claims: Callable, sentence: str, context: str
) -> None:
    claims = made_up_claims("Lark: Fast Joins", sentence)
    assert [(c.baseline, c.context) for c in claims] == [("DuckDB", context)]
