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
            "ad066",
            "For Intel CPU, the speedup of ×2.052, ×2.973, and ×2.986 is achieved on ResNet-50, "
            "MobileNet-V2, EfficientNet-B0, respectively.",
            [(2.052, "ResNet-50"), (2.973, "MobileNet-V2"), (2.986, "EfficientNet-B0")],
        ),
    ],
)
def test_a_list_of_settings_pairs_with_the_numbers_in_order(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert contexts(claims_in, paper, sentence) == expected


def test_a_list_of_measures_is_no_list_of_settings(claims_in: Callable) -> None:
    sentence = (
        "Our evaluations over RocksDB demonstrate that eZNS outperforms a static zoned interface "
        "by 17.7% and 80.3% in throughput and tail latency, respectively, at most."
    )
    [first, _] = sorted(claims_in("f055", sentence), key=lambda c: c.value)
    assert (first.value, first.metric, first.context) == (17.7, "throughput", None)


def test_a_list_of_what_is_compared_with_is_no_list_of_settings(claims_in: Callable) -> None:
    sentence = (
        "We demonstrate that our algorithms obtain up to 40 GTEPs, and are on average 15.7x, "
        "5.8x, and 1.8x faster than the other state-of-the-art algorithms implemented on the "
        "SuiteSparse:GraphBLAS, GraphBLAST, and gunrock libraries respectively."
    )
    claims = {c.value: c for c in claims_in("y014", sentence)}
    assert (claims[15.7].baseline, claims[15.7].context) == ("GraphBLAS", None)
