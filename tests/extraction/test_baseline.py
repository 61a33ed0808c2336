"""What a quantity is compared with (``claimgraph.extraction.baseline`` and ``syntax``).

Each construction: real sentences from different papers where it fires, and a nearby one
where it must not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from claimgraph import lexicon
from claimgraph.extraction.baseline import split_baselines
from claimgraph.extraction.syntax import owner_of_measure
from claimgraph.quantities import find_quantities

pytestmark = pytest.mark.slow


def pairs(claims_in: Callable, paper: str, sentence: str) -> list[tuple[object, ...]]:
    claims = claims_in(paper, sentence)
    return sorted(((c.baseline, c.value) for c in claims), key=str)


# -- named examples after a class, a count word or "including": each name, never the class


def test_names_separated_by_commas_are_separate_names() -> None:
    assert lexicon.name_runs("GraphChi, X-Stream and GridGraph", sentence_initial=False) == [
        "GraphChi",
        "X-Stream",
        "GridGraph",
    ]
    # a space or a hyphen still joins the words of one name
    assert lexicon.name_runs(
        "than LLVM -O0 and NVIDIA FasterTransformer", sentence_initial=False
    ) == [
        "LLVM -O0",
        "NVIDIA FasterTransformer",
    ]


def test_examples_after_such_as_pair_with_respectively(claims_in: Callable) -> None:
    sentence = (
        "Extensive evaluations have shown that GraphMP could outperform state-of-the-art systems "
        "such as GraphChi, X-Stream and GridGraph by 31.6x, 54.5x and 23.1x respectively, when "
        "running popular graph applications on a billion-vertex graph."
    )
    assert pairs(claims_in, "b012", sentence) == [
        ("GraphChi", 31.6),
        ("GridGraph", 23.1),
        ("X-Stream", 54.5),
    ]


def test_examples_after_including_are_each_a_baseline(claims_in: Callable) -> None:
    sentence = (
        "By analyzing these selected traces, MoE-Infinity guides the replacement and prefetching "
        "of the expert cache, providing 3.1-16.7x per-token latency improvements over numerous "
        "state-of-the-art systems, including vLLM, Ollama, DeepSpeed and BrainStorm across "
        "various MoE models (DeepSeek and Mixtral) when handling different LLM tasks."
    )
    assert pairs(claims_in, "xm077", sentence) == [
        ("BrainStorm", 3.1),
        ("DeepSpeed", 3.1),
        ("Ollama", 3.1),
        ("vLLM", 3.1),
    ]


def test_class_with_a_count_word_gives_its_names() -> None:
    assert split_baselines("three leading systems vLLM, SGLang and TensorRT-LLM") == [
        ("vLLM", "named"),
        ("SGLang", "named"),
        ("TensorRT-LLM", "named"),
    ]


# -- n numbers against n baselines pair in order, with or without "respectively"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "b018",
            "In Filebench macro-benchmarks, NVPC achieves at most 3.55x, 2.84x, and 2.64x faster "
            "than NOVA, Ext-4, and SPFS.",
            [("Ext-4", 2.84), ("NOVA", 3.55), ("SPFS", 2.64)],
        ),
        (
            "a043",
            "It achieves 1.67x and 1.26 - 1.88x speedup compared to recent Ring Attention and "
            "DeepSpeed-Ulysses.",
            [("DeepSpeed-Ulysses", 1.26), ("Ring Attention", 1.67)],
        ),
        (
            "xs003",
            "Such numbers outperform a state-of-the-art single-node system (i.e., Silo) and a "
            "distributed transaction system (i.e., Calvin) by at least 1.9X and 29.6X for TPC-C.",
            [("Calvin", 29.6), ("Silo", 1.9)],
        ),
    ],
)
def test_a_list_of_numbers_pairs_with_a_list_of_baselines(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_one_number_against_a_list_is_a_claim_per_baseline(claims_in: Callable) -> None:
    sentence = (
        "Through a series of experiments on both synthetic and real-world datasets, we show that "
        "BOURBON improves lookup performance by 1.23x-1.78x as compared to state-of-the-art "
        "production LSMs."
    )
    assert len(claims_in("xs064", sentence)) == 1


# -- the owner of the measured quantity: "the size of a BERT model", "the performance of ext4"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "b023",
            "While most prior work investigated the use of distillation for building "
            "task-specific models, we leverage knowledge distillation during the pre-training "
            "phase and show that it is possible to reduce the size of a BERT model by 40%, while "
            "retaining 97% of its language understanding capabilities and being 60% faster.",
            # the "while being" tail takes the baseline of the clause it hangs on
            [("BERT", 40.0), ("BERT", 60.0)],
        ),
        (
            "xs039",
            "On one microdata benchmark, BetrFS provides more than 4× the performance of ext4 or "
            "XFS.",
            [("XFS", 4.0), ("ext4", 4.0)],
        ),
    ],
)
def test_the_owner_of_the_measure_is_the_baseline(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_a_workload_that_owns_the_measure_is_no_baseline(nlp: Language) -> None:
    sentence = (
        "It also improves the performance of various popular applications by 33% to 320% "
        "compared to those on the Linux stack."
    )
    doc = nlp(sentence)
    owner = owner_of_measure(doc, find_quantities(sentence)[0])
    assert owner == "various popular applications"
    assert not lexicon.names_a_baseline_class(owner)
    assert split_baselines(owner) == [("popular applications", "generic")]


def test_a_model_the_method_runs_gives_way_to_the_clause_baselines(claims_in: Callable) -> None:
    sentence = (
        "Through extensive experiments on both emulated and real testbeds, TPI-LLM demonstrated "
        "over 80% less time-to-first-token and token latency compared to Accelerate, and over "
        "90% compared to Transformers and Galaxy, while cutting the peak memory footprint of "
        "Llama 2-70B by 90%, requiring only 3.1 GB of memory for 70B-scale models."
    )
    memory = [c.baseline for c in claims_in("s001-33", sentence) if c.metric == "memory"]
    assert sorted(memory) == ["Accelerate", "Galaxy", "Transformers"]
