"""What a quantity is compared with (``claimgraph.extraction.baseline`` and ``syntax``).

Each construction: real sentences from different papers where it fires, and a nearby one
where it must not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from claimgraph import lexicon
from claimgraph.extraction.baseline import find_markers, split_baselines
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


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xm056",
            "TinyEngine adapts the memory scheduling according to the overall network topology "
            "rather than layer-wise optimization, reducing the memory usage by 3.4×, and "
            "accelerating the inference by 1.7-3.3× compared to TF-Lite Micro [3] and CMSIS-NN "
            "[28].",
            {("CMSIS-NN", "named"), ("TF-Lite Micro", "named")},
        ),
        (
            "sa050",
            "Experiments with a Google workload trace from a 12,500-machine cluster show that "
            "Firmament improves placement latency by 20× over Quincy [22], a prior centralized "
            "scheduler using the same MCMF optimization.",
            {("Quincy", "named")},
        ),
    ],
)
def test_a_citation_after_a_name_is_no_part_of_it(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert {(c.baseline, c.baseline_kind) for c in claims_in(paper, sentence)} == expected


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


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "ua020",
            "Results on 6 benchmarks demonstrate that NVAlloc improves the performance of "
            "state-of-the-art persistent memory allocators by up to 6.4x and 57x for small and "
            "large allocations, respectively.",
            [
                ("state-of-the-art persistent memory allocators", 57.0),
                ("state-of-the-art persistent memory allocators", 6.4),
            ],
        ),
        (
            "za070",
            "Experimental results show that our modification improves runtime performance of the "
            "standard concolic tester in half of the experiments and results in more than 5x "
            "speedup when the unit under test has many infeasible paths.",
            [("standard concolic tester", 5.0)],
        ),
        (
            # what the method runs on: an owner, but no tool that does a job
            "v048",
            "Our proof of concept demonstrates that a tiered object storage model improves the "
            "execution time of standard operations by up to 50% by avoiding the cost of "
            "serialization/deserialization and by reducing the memory footprint of operations.",
            [(None, 50.0)],
        ),
    ],
)
def test_a_tool_named_for_its_job_that_owns_the_measure_is_the_baseline(
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


# -- a comparison in the noun phrase of a later number stays with that number


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "a006",
            "The results show that EAGLE-3 achieves a speedup ratio up to 6.5x, with about 1.4x "
            "improvement over EAGLE-2.",
            [("EAGLE-2", 1.4), (None, 6.5)],
        ),
        (
            "s000-06",
            "On SpecBench with server-scale models from 14B to 66B parameters, Mirror-SD delivers "
            "consistent end-to-end gains, achieving 2.8x-5.8x wall-time speedups across diverse "
            "tasks and a 30% average relative improvement over the strongest baseline, EAGLE3.",
            [("EAGLE3", 30.0), (None, 2.8)],
        ),
    ],
)
def test_a_later_noun_phrase_keeps_its_comparison(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_numbers_under_coordinated_verbs_share_a_trailing_comparison(claims_in: Callable) -> None:
    sentence = (
        "By comparing CacheBlend with the state-of-the-art KV cache reusing schemes on three "
        "open-source LLMs of various sizes and four popular benchmark datasets of different "
        "tasks, we show that CacheBlend reduces time-to-first-token (TTFT) by 2.2-3.3X and "
        "increases the inference throughput by 2.8-5X, compared with full KV recompute, without "
        "compromising generation quality or incurring more storage cost."
    )
    assert pairs(claims_in, "a003", sentence) == [
        ("full KV recompute", 2.2),
        ("full KV recompute", 2.8),
    ]


# -- what ends a baseline phrase, and what a pronoun in it stands for


def test_a_second_factor_ends_the_first_baseline(claims_in: Callable) -> None:
    sentence = (
        "Our evaluations on an 8-core machine showed that mTCP improves the performance of "
        "small message transactions by a factor of 25 compared to the latest Linux TCP stack "
        "and a factor of 3 compared to the best-performing research system known so far."
    )
    assert pairs(claims_in, "b025", sentence) == [
        ("best-performing research system known so far", 3.0),
        ("latest Linux TCP stack", 25.0),
    ]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "b025",
            "It also improves the performance of various popular applications by 33% to 320% "
            "compared to those on the Linux stack.",
            [("Linux stack", 33.0)],
        ),
        (
            "xs071",
            "KVell achieves throughput at least 2x that of its closest competitor on "
            "read-dominated workloads, and 5x on write-dominated workloads.",
            [("its closest competitor", 2.0), ("its closest competitor", 5.0)],
        ),
    ],
)
def test_that_of_and_those_on_stand_for_the_baseline(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_a_level_comparison_reaches_a_but_tail(claims_in: Callable) -> None:
    sentence = (
        "At 320 × 320 YOLOv3 runs in 22 ms at 28.2 mAP, as accurate as SSD but three times faster."
    )
    assert pairs(claims_in, "b040", sentence) == [("SSD", 3.0)]


# -- a name that only says which class is meant, and a note in parentheses


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xm011",
            "Comprehensive experiments demonstrate that EL-Rec can handle the largest publicly "
            "available DLRM dataset with a single GPU and achieves 3× speedup over the "
            "state-of-the-art DLRM frameworks.",
            [("state-of-the-art DLRM frameworks", "generic")],
        ),
        (
            "xm021",
            "Experimental results show that LiquidGEMM achieves up to 2.90x speedup over "
            "state-of-the-art W4A8 kernels and up to 4.94x end-to-end system-level speedup.",
            [("state-of-the-art W4A8 kernels", "generic")],
        ),
        (
            "xm073",
            "PockEngine achieves up to 15 $\\times$ speedup over off-the-shelf TensorFlow "
            "(Raspberry Pi), 5.6 $\\times$ memory saving back-propagation (Jetson AGX Orin).",
            [("TensorFlow", "named")],
        ),
    ],
)
def test_class_modifiers_and_notes_are_no_baselines(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert sorted({(c.baseline, c.baseline_kind) for c in claims_in(paper, sentence)}) == expected


def test_a_named_implementation_and_examples_in_parentheses_stay_named() -> None:
    assert split_baselines("Hugging Face implementations") == [("Hugging Face", "named")]
    assert split_baselines("state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel)") == [
        ("DeepSpeed-MoE", "named"),
        ("Tutel", "named"),
    ]


def test_the_owner_of_the_measure_when_the_tagger_takes_a_name_for_a_verb(
    claims_in: Callable,
) -> None:
    # the small model tags "vLLM" as a verb coordinated with "improves"
    sentence = (
        "In a single GPU-CPU system, we demonstrate that under varying workloads, ALISA improves "
        "the throughput of baseline systems such as FlexGen and vLLM by up to 3X and 1.9X, "
        "respectively."
    )
    assert pairs(claims_in, "alisa-accelerating-large-language-c801de53", sentence) == [
        ("FlexGen", 3.0),
        ("vLLM", 1.9),
    ]


def test_averaged_over_is_no_comparison(claims_in: Callable) -> None:
    sentence = (
        "Compared to original MNN, MNN-AECS cuts down energy use by 23% without slowdown "
        "averaged over all 7 devices and 4 datasets."
    )
    assert pairs(claims_in, "xm015", sentence) == [("MNN", 23.0)]


def test_a_counted_class_in_apposition_to_its_names_gives_the_names() -> None:
    assert split_baselines("three leading systems, vLLM, SGLang and TensorRT-LLM") == [
        ("vLLM", "named"),
        ("SGLang", "named"),
        ("TensorRT-LLM", "named"),
    ]
    # a generic baseline listed beside names is a baseline of its own
    assert split_baselines("FIFO scheduling, vLLM and SGLang") == [
        ("FIFO scheduling", "generic"),
        ("vLLM", "named"),
        ("SGLang", "named"),
    ]


def test_a_name_after_trained_with_is_the_baseline() -> None:
    # the example; no abstract at hand writes it
    assert find_markers("It outperforms MoEs trained with Tutel by 1.5x.")[0].phrase == (
        "MoEs trained with Tutel"
    )
    assert split_baselines("MoEs trained with Tutel") == [("Tutel", "named")]
    # "with" after a plain noun still ends the phrase
    assert find_markers("It is 2x faster than vLLM with prefix caching.")[0].phrase == "vLLM"


# -- turned around: the better system is the subject; a bound on a loss is no claim


def test_more_energy_than_turns_the_comparison_around(claims_in: Callable) -> None:
    sentence = (
        "Our experiments also show that the performance governor consumes up to 9.8% more "
        "energy than ondemand for CPU-bound benchmarks."
    )
    claims = claims_in("xs061", sentence)
    assert [(c.subject, c.value, c.metric) for c in claims] == [("ondemand", 9.8, "cost")]


def test_a_worse_system_than_two_gives_each_of_them_a_claim(claims_in: Callable) -> None:
    sentence = (
        "Instead, Node.js had by far the largest memory footprint, consuming up to 90% more "
        "memory than Nginx and Apache."
    )
    claims = claims_in("y022", sentence)
    assert sorted((c.subject, c.baseline, c.value) for c in claims) == [
        ("Apache", "Node.js", 90.0),
        ("Nginx", "Node.js", 90.0),
    ]


def test_twice_as_slow_as_turns_the_comparison_around(claims_in: Callable) -> None:
    sentence = (
        "Third, in terms of wall-clock time, PPO is about twice as slow as ReMax per iteration."
    )
    claims = claims_in("remax-a-simple-effective-80e9b27f", sentence)
    assert [(c.subject, c.baseline, c.value) for c in claims] == [("ReMax", "PPO", 2.0)]


def test_never_more_than_slower_is_a_bound_on_a_loss(claims_in: Callable) -> None:
    sentence = (
        "GraphIt outperforms the next fastest of six state-of-the-art shared-memory frameworks "
        "(Ligra, Green-Marl, GraphMat, Galois, Gemini, and Grazelle) on 24 out of 32 experiments "
        "by up to 4.8$\\times$, and is never more than 43% slower than the fastest framework on "
        "the other experiments."
    )
    assert [c.value for c in claims_in("xs074", sentence)] == [4.8]


# -- a tail that adds a gain shares its comparison; a framing clause names the baseline


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xs025",
            "Our results show that TicToc achieves up to 92% better throughput while reducing "
            "the abort rate by 3.3x over these previous algorithms.",
            [("previous algorithms", 3.3), ("previous algorithms", 92.0)],
        ),
        (
            "xs035",
            "RubikColoc reduces data-center power by up to 31% while using 41% fewer servers "
            "than a datacenter that segregates latency-critical and batch work, and achieves "
            "100% core utilization.",
            [("datacenter", 31.0), ("datacenter", 41.0)],
        ),
    ],
)
def test_a_trailing_comparison_reaches_the_gains_before_it(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_we_compare_x_to_y_names_the_baseline_of_the_sentence(claims_in: Callable) -> None:
    # one abstract at hand writes it; Mirror-SD above is the nearby case where a later
    # phrase's comparison must not reach back
    sentence = (
        "We compare Faasm to a standard container-based platform and show that, when training "
        "a machine learning model, it achieves a 2x speed-up with 10x less memory; for serving "
        "machine learning inference, Faasm doubles the throughput and reduces tail latency by "
        "90%."
    )
    assert {c.baseline for c in claims_in("xs031", sentence)} == {
        "standard container-based platform"
    }


def test_outperforms_by_n_times_then_the_object(claims_in: Callable) -> None:
    sentence = (
        "Overall, our approach results more than two orders of magnitude faster than existing "
        "ODL software frameworks for single-core MCUs and outperforms by 1.6 times previous FP32 "
        "parallel implementations on a Continual Learning setup."
    )
    assert pairs(claims_in, "reduced-precision-floating-point-ca6e29e5", sentence) == [
        ("existing ODL software frameworks", 100.0),
        ("previous FP32 parallel implementations", 1.6),
    ]


def test_a_trailing_comparison_does_not_reach_across_another_predicate(
    claims_in: Callable,
) -> None:
    sentence = (
        "FlashConv yields 2times speedup on the long-range arena benchmark and allows hybrid "
        "language models to generate text 2.4times faster than Transformers."
    )
    assert pairs(claims_in, "hungry-hungry-hippos-towards-61262953", sentence) == [
        ("Transformers", 2.4),
        (None, 2.0),
    ]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "f038",
            "These techniques—optimistic cuckoo hashing, a compact LRU-approximating eviction "
            "algorithm based upon CLOCK, and comprehensive implementation of optimistic "
            "locking—enable the resulting system to use 30% less memory for small key-value pairs, "
            "and serve up to 3x as many queries per second over the network.",
            [(None, 3.0), (None, 30.0)],  # "over the network" says where, not against what
        ),
        (
            "f014",
            "Remarkably, QueCC out-performs H-Store by up to two orders of magnitude.",
            [("H-Store", 100.0)],
        ),
    ],
)
def test_baselines_of_a_fresh_reading(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_models_that_own_the_measure_are_context_not_baselines(nlp: Language) -> None:
    from claimgraph.extraction.component import claims_of_sentence
    from claimgraph.extraction.naming import PaperContext

    # CLAIMS.md's decided case: numbers in a list over models pair with them as context
    sentence = (
        "Sequoia improves the decoding speed of Llama2-7B, Llama2-13B and Vicuna-33B by up "
        "to 4.04x, 3.73x and 2.27x."
    )
    context = PaperContext("p", "Sequoia")
    claims = claims_of_sentence(nlp(sentence), context)
    assert [(c.baseline, c.value) for c in claims] == [(None, 4.04), (None, 3.73), (None, 2.27)]
    # one name that is a model ("of Llama-3-8B") is context too; a system is a baseline
    claims = claims_of_sentence(nlp("It improves the throughput of Llama-3-8B by 1.2x."), context)
    assert [c.baseline for c in claims] == [None]
    claims = claims_of_sentence(nlp("It reduces the communication volume of ZeRO by 4x."), context)
    assert [c.baseline for c in claims] == ["ZeRO"]


def test_on_average_over_is_a_comparison(claims_in: Callable) -> None:
    # "averaged over all 7 devices" compares nothing; "on average over baseline methods" does
    sentence = (
        "RapidGNN improves end-to-end training throughput by 2.46x to 3.00x on average over "
        "baseline methods across the benchmark datasets, while cutting remote feature fetches "
        "by over 9.70x to 15.39x."
    )
    assert pairs(claims_in, "g054", sentence) == [
        ("baseline methods", 2.46),
        ("baseline methods", 9.7),
    ]


def test_a_lower_case_name_with_a_file_suffix_is_named(claims_in: Callable) -> None:
    sentence = (
        "The evaluation shows that PowerInfer significantly outperforms llama.cpp by up to "
        "11.69× while retaining model accuracy across various LLMs (including OPT-175B) on a "
        "single NVIDIA RTX 4090 GPU."
    )
    assert {(c.baseline, c.baseline_kind) for c in claims_in("g050", sentence)} == {
        ("llama.cpp", "named")
    }


def test_a_name_that_starts_with_by_is_no_by_phrase(claims_in: Callable) -> None:
    sentence = (
        "In a production cluster with up to 16 machines (128 GPUs), Bagua can outperform "
        "PyTorch-DDP, Horovod and BytePS in the end-to-end training time by a significant margin "
        "(up to 2X) across a diverse range of tasks."
    )
    assert pairs(claims_in, "g066", sentence) == [
        ("BytePS", 2.0),
        ("Horovod", 2.0),
        ("PyTorch-DDP", 2.0),
    ]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "f041",
            "Our evaluations show that Llumnix improves tail latencies by an order of magnitude, "
            "accelerates high-priority requests by up to 1.5x, and delivers up to 36% cost savings "
            "while achieving similar tail latencies, compared against state-of-the-art LLM serving "
            "systems.",
            [("state-of-the-art LLM serving systems", v) for v in (1.5, 10.0, 36.0)],
        ),
        (
            "b002",
            "For a large dataset, Kreon reduces CPU cycles/op by up to 5.8×, reduces I/O "
            "amplification for inserts by up to 4.61×, and increases insert ops/s by up to 5.3×, "
            "compared to RocksDB.",
            [("RocksDB", 4.61), ("RocksDB", 5.3), ("RocksDB", 5.8)],
        ),
        (
            # a noun phrase of its own ("and an average speedup of") does not stop it
            "xm044",
            "The results show that gSampler introduces sampling speedups of 1.14--32.7× and an "
            "average speedup of 6.54×, compared to state-of-the-art GPU-based graph sampling "
            "systems such as DGL, which translates into an overall time reduction of over 40% for "
            "graph learning.",
            [("DGL", 1.14), ("DGL", 40.0), ("DGL", 6.54)],
        ),
        (
            # no comma: "compared to Megatron-LM" closes only its own list item
            "a043",
            "DISTFLASHATTN achieves 8x longer sequences, 4.45 - 5.64x speedup compared to Ring "
            "Self-Attention, 2 - 8x longer sequences, 1.24 - 2.01x speedup compared to Megatron-LM "
            "with FlashAttention.",
            [
                ("Megatron-LM", 1.24),
                ("Megatron-LM", 2.0),
                ("Ring Self-Attention", 4.45),
                ("Ring Self-Attention", 8.0),
            ],
        ),
    ],
)
def test_a_closing_comparison_after_a_comma_reaches_every_number_before_it(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "f075",
            "Our prototype achieves twice the throughput of an optimized 16-thread LRU "
            "implementation.",
            [("LRU", 2.0)],
        ),
        (
            "xs039",
            "On one microdata benchmark, BetrFS provides more than 4× the performance of ext4 or "
            "XFS.",
            [("XFS", 4.0), ("ext4", 4.0)],
        ),
        (
            # a capacity reached, no comparison of a measure: no claim
            "f061",
            "These methods collectively enable running models up to twice the size of the "
            "available DRAM, with a 4-5x and 20-25x increase in inference speed compared to naive "
            "loading approaches in CPU and GPU, respectively.",
            [("naive loading approaches", 20.0), ("naive loading approaches", 4.0)],
        ),
    ],
)
def test_a_multiple_of_a_measure_compares_with_its_owner(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "h062",
            "Detailed experimental results show that F2 matches or outperforms existing solutions, "
            "achieving on average better throughput on memory-constrained environments compared "
            "to state-of-the-art systems like RocksDB (11.75x), SplinterDB (4.52x), KVell "
            "(10.56x), LeanStore (2.04x), and FASTER (2.38x).",
            [
                ("FASTER", 2.38),
                ("KVell", 10.56),
                ("LeanStore", 2.04),
                ("RocksDB", 11.75),
                ("SplinterDB", 4.52),
            ],
        ),
        (
            "xm059",
            "Extensive experiments show that GNNAdvisor outperforms the state-of-the-art GNN "
            "computing frameworks, such as Deep Graph Library ($3.02\\times$ faster on average) "
            "and NeuGraph (up to $4.10\\times$ faster), on mainstream GNN architectures across "
            "various datasets.",
            [("Deep Graph Library", 3.02), ("NeuGraph", 4.1)],
        ),
        (
            # the aside compares with a name of its own; SqueezeNet is what is compressed
            "b022",
            "Additionally, with model compression techniques we are able to compress SqueezeNet "
            "to less than 0.5MB (510x smaller than AlexNet).",
            [("AlexNet", 510.0)],
        ),
    ],
)
def test_a_value_in_parentheses_after_a_listed_name_is_against_that_name(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a kind of system, then its name after a comma: the name only
        (
            "state-of-the-art DNN inference framework, ONNX Runtime, and compiler, TVM equipped "
            "with scheduler AutoTVM and Ansor",
            [("ONNX Runtime", "named"), ("TVM", "named")],
        ),
        # a plain list keeps its generic members (hardware is no kind of system)
        (
            "hardware, OS, and PL-based tiered memory management",
            [
                ("hardware", "generic"),
                ("OS", "named"),
                ("PL-based tiered memory management", "generic"),
            ],
        ),
        # what a name is trained with is the baseline when the name is no system
        ("MoEs trained with Tutel", [("Tutel", "named")]),
    ],
)
def test_a_kind_of_system_in_apposition_to_its_name(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    assert split_baselines(phrase) == expected


def test_a_subject_on_the_compared_side_is_part_of_a_baseline(claims_in: Callable) -> None:
    # the parser makes TVM the subject of "equipped"
    sentence = (
        "Extensive experiments on modern convolution and transformer models show that Hidet "
        "outperforms state-of-the-art DNN inference framework, ONNX Runtime, and compiler, TVM "
        "equipped with scheduler AutoTVM and Ansor, by up to 1.48x (1.22x on average) with "
        "enriched optimizations."
    )
    assert {(c.subject, c.baseline, c.value) for c in claims_in("g078", sentence)} == {
        ("Hidet", "ONNX Runtime", 1.48),
        ("Hidet", "TVM", 1.48),
        ("Hidet", "ONNX Runtime", 1.22),
        ("Hidet", "TVM", 1.22),
    }


def test_a_list_cut_after_and_keeps_its_name(claims_in: Callable) -> None:
    # "when compared to HyperBand and to several ...": the phrase ends at "to"
    sentence = (
        "We evaluate HyperJump on a suite of hyper-parameter optimization problems and show that "
        "it provides over one-order of magnitude speed-ups, both in sequential and parallel "
        "deployments, on a variety of deep learning, kernel-based learning, and neural "
        "architectural search problems when compared to HyperBand and to several "
        "state-of-the-art optimizers."
    )
    assert pairs(claims_in, "k072", sentence) == [("HyperBand", 10.0)]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # after a comparison verb the names are the baselines, each with its number
        (
            "f059",
            "Structured Streaming achieves high performance via Spark SQL's code generation "
            "engine and can outperform Apache Flink by up to 2x and Apache Kafka Streams by 90x.",
            [("Apache Flink", 2.0, None), ("Apache Kafka Streams", 90.0, None)],
        ),
        # after the measure of what they name they are settings: context, no baseline
        (
            "f064",
            "Our virtualized DNN (vDNN) reduces the average GPU memory usage of AlexNet by up to "
            "89%, OverFeat by 91%, and GoogLeNet by 95%, a significant reduction in memory "
            "requirements of DNNs.",
            [(None, 89.0, "AlexNet"), (None, 91.0, "OverFeat"), (None, 95.0, "GoogLeNet")],
        ),
        # a comparison of its own still reaches them
        (
            "g025",
            "As a result, QServe improves the maximum achievable serving throughput of "
            "Llama-3-8B by 1.2x on A100, 1.4x on L40S; and Qwen1.5-72B by 2.4x on A100, 3.5x on "
            "L40S, compared to TensorRT-LLM.",
            [
                (None, 1.2, "Llama-3-8B"),
                (None, 1.4, "L40S"),
                ("TensorRT-LLM", 2.4, "Qwen1.5-72B"),
                ("TensorRT-LLM", 3.5, "L40S"),
            ],
        ),
    ],
)
def test_names_each_with_its_number(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    claims = claims_in(paper, sentence)
    assert [(c.baseline, c.value, c.context) for c in claims] == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a level compared ("similar performance to X", "comparable accuracy as X") gives its
        # baseline to the gain in the "while" tail
        (
            "xs046",
            "We show that Pocket achieves similar performance to ElastiCache Redis for serverless "
            "analytics applications while reducing cost by almost 60%.",
            [("ElastiCache Redis", 60.0)],
        ),
        (
            "m039",
            "Experiments on four large-scale datasets show that feature-oriented sampling can "
            "achieve comparable accuracy as topology-oriented sampling while speeding up the "
            "training procedure by 2.2 ~ 7.9 times.",
            [("topology-oriented sampling", 2.2)],
        ),
        # "similar quality as before" compares with nothing named
        (
            "streaming-diloco-with-overlapping-5acbc5c8",
            "By properly combining these modifications, we show experimentally that we can "
            "distribute training of billion-scale parameters and reach similar quality as before, "
            "but reducing required bandwidth by two orders of magnitude.",
            [(None, 100.0)],
        ),
    ],
)
def test_a_similar_level_reaches_a_while_tail(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_by_and_a_gerund_ends_a_baseline_phrase() -> None:
    # "outperforms state-of-the-art single-cache inference systems by achieving speedup of
    # 1.08x to 1.32x" (dev3 m021); "outperform existing algorithms by specializing to a given
    # workload" (heldout3 g055): how, not against what
    phrases = [
        m.phrase
        for s in (
            "Additionally, DCI outperforms state-of-the-art single-cache inference systems by "
            "achieving speedup of 1.08$\\times$ to 1.32$\\times$.",
            "Instead of choosing among a small number of known algorithms, our approach searches "
            "in a \u201cpolicy space\u201d of fine-grained actions, resulting in novel algorithms "
            "that can outperform existing algorithms by specializing to a given workload.",
        )
        for m in find_markers(s)
    ]
    assert phrases == ["state-of-the-art single-cache inference systems", "existing algorithms"]


def test_a_clause_after_the_baseline_is_no_baseline(claims_in: Callable) -> None:
    # "over X, and <a clause>": the clause after "and" says something else
    gpu = claims_in(
        "p080",
        "The final results indicate that, about 30.5% of the peak performance of a single GPU "
        "can be achieved with a speedup of about 650 over a contemporary CPU core, and more than "
        "15 million atoms can be processed by a single GPU with a speed of around 2 ns/day.",
    )
    assert [(c.value, c.baseline) for c in gpu] == [(650.0, "contemporary CPU core")]
    checkmate = claims_in(
        "xm031",
        "Our optimization pass in TensorFlow 2.0 automatically yields real training speedups of "
        "up to 4.8x over prior work, and can enable up to 5x increase in input size for "
        "real-world large networks.",
    )
    assert (4.8, "prior work") in [(c.value, c.baseline) for c in checkmate]


def test_a_slash_between_single_letters_is_one_word(paper_claims: Callable) -> None:
    # "the stock Android I/O stack" is one baseline, not "I stack" and "O stack"
    claims = [c for c in paper_claims("p076") if c.value == 300]
    assert [(c.baseline, c.baseline_kind) for c in claims] == [
        ("stock Android I/O stack", "generic")
    ]


@pytest.mark.parametrize(
    ("paper", "value", "baseline"),
    [
        # a "compared with" after every number of one predicate closes them all, comma or not
        ("a019", 20.0, "HuggingFace"),
        ("a019", 60.0, "HuggingFace"),
        # ... not across a "while" tail that compares something else (CLAIMS.md)
        ("s001-16", 2.45, None),
        # ... nor into another verb's numbers ("techniques that reduce MoE model size by up to
        # 3.7x, and a highly optimized inference system that provides 7.3x better latency and
        # cost compared to existing MoE inference solutions")
        ("f057", 3.7, None),
    ],
)
def test_a_closing_comparison_reaches_the_numbers_of_its_predicate(
    paper_claims: Callable, paper: str, value: float, baseline: str | None
) -> None:
    assert {c.baseline for c in paper_claims(paper) if c.value == value} == {baseline}


def test_the_serial_version_whose_measure_is_changed_is_the_baseline(
    paper_claims: Callable,
) -> None:
    # "we improve the inference time of the initial serial version of the code by 2.8X"
    claims = [c for c in paper_claims("q078") if c.value in (2.8, 9.4)]
    assert {(c.baseline, c.baseline_kind) for c in claims} == {
        ("initial serial version of the code", "generic")
    }


def test_a_workload_run_natively_is_no_baseline() -> None:
    from claimgraph import lexicon

    # "native" and "sequential" describe workloads too ("native applications", "sequential
    # reads"); only a first version of the program is its baseline
    assert not lexicon.names_a_baseline_class("native applications")
    assert not lexicon.names_a_baseline_class("sequential reads")


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # the parser takes "write and read" for verbs; the owner of the measure is read from
        # the text, past its apposition, for both coordinated numbers
        (
            "g079",
            "Our experiments show that LSM-trie can improve write and read throughput of "
            "LevelDB, a state-of-the-art KV system, by up to 20 times and up to 10 times, "
            "respectively.",
            [(20.0, "LevelDB"), (10.0, "LevelDB")],
        ),
        # the parse finds the owner itself
        (
            "b025",
            "It also improves the performance of various popular applications by 33% to 320% "
            "compared to those on the Linux stack.",
            [(33.0, "Linux stack")],
        ),
        # a workload owns the measure: no baseline
        (
            "f030",
            "It also improves the end-to-end latency of a realistic workflow by 4x.",
            [(4.0, None)],
        ),
    ],
)
def test_the_owner_of_a_changed_measure(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(c.value, c.baseline) for c in claims_in(paper, sentence)] == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # after "including" or "such as", names written in lower case are examples too
        (
            "xm015",
            "Against other engines, including llama.cpp, executorch, mllm, and MediaPipe, "
            "MNN-AECS delivers 39%–78% energy saving and 12%–363% speedup on average.",
            {"llama.cpp", "executorch", "mllm", "MediaPipe"},
        ),
        (
            "w022",
            "Additionally, in comparison to modern file systems such as ext4 and btrfs, it "
            "drastically reduces the block erase count inside the SSD by up to 7.5 times.",
            {"ext4", "btrfs"},
        ),
        # a colon between digits ends the phrase; the aside's examples end at its parenthesis
        (
            "f035",
            "Using INFINISWAP, throughputs of these applications improve between 4x (0:94x) to "
            "15:4x (7:8x) over disk (Mellanox nbdX), and median and tail latencies between 5:4x "
            "(2x) and 6x (2:3x).",
            {"Mellanox nbdX"},
        ),
    ],
)
def test_listed_examples_and_names_with_a_colon(
    claims_in: Callable, paper: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in claims_in(paper, sentence)} == expected


def test_examples_in_parentheses_keep_their_order(claims_in: Callable) -> None:
    sentence = (
        "Such numbers outperform a state-of-the-art single-node system (i.e., Silo) and a "
        "distributed transaction system (i.e., Calvin) by at least 1.9X and 29.6X for TPC-C."
    )
    claims = claims_in("xs003", sentence)
    assert [(c.value, c.baseline) for c in claims] == [(1.9, "Silo"), (29.6, "Calvin")]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a common phrase whose only name is the system it comes "in" or "with"
        (
            "xm021",
            "Compared to various quantized GEMM kernels in NVIDIA TensorRT-LLM, LiquidGEMM "
            "delivers 1.12-1.63x performance gains, and achieves up to 1.63x system-level speedup.",
            {"NVIDIA TensorRT-LLM"},
        ),
        (
            "xm074",
            "Compared to scaling workers with Kubernetes, Cachew's policies reduce training time "
            "by up to 4.1x and training cost by 1.1x to 3.8x.",
            {"Kubernetes"},
        ),
        # a device class it runs on is no system
        (
            "f061",
            "These methods collectively enable running models up to twice the size of the "
            "available DRAM, with a 4-5x and 20-25x increase in inference speed compared to naive "
            "loading approaches in CPU and GPU, respectively.",
            {"naive loading approaches"},
        ),
    ],
)
def test_a_common_phrase_in_or_with_a_named_system(
    claims_in: Callable, paper: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in claims_in(paper, sentence)} == expected


def test_a_later_comparison_after_a_predicate_of_its_own_stays_with_its_number(
    claims_in: Callable,
) -> None:
    sentence = (
        "Across a range of models and workloads, our system Nexus achieves up to 2.2 higher "
        "throughput, 20 lower TTFT, and 2.5 lower TBT than vLLM, and outperforms SGLang with up "
        "to 2 higher throughput, 2 lower TTFT, and 1.7 lower TBT, and achieves 1.4× higher "
        "throughput than vLLM-disaggregation with only half the number of GPUs."
    )
    baselines = {(c.value, c.metric): c.baseline for c in claims_in("xm001", sentence)}
    assert baselines[(2.0, "throughput")] == "SGLang"
    assert baselines[(1.7, "latency")] == "SGLang"
    assert baselines[(1.4, "throughput")] == "vLLM-disaggregation"
    assert baselines[(2.2, "throughput")] == "vLLM"


def test_a_name_inside_another_name_does_not_head_the_phrase(claims_in: Callable) -> None:
    # "NMP" is also the end of "RecNMP": only the word of its own counts
    assert not lexicon.heads_phrase("NMP", "the state-of-the-art rank-level NMP work RecNMP")
    sentence = (
        "As a result, compared to the state-of-the-art rank-level NMP work RecNMP, our work "
        "achieves up to 11.1× speedup for embedding layers under mix-dimensioned workloads."
    )
    assert [c.baseline for c in claims_in("z004", sentence)] == ["RecNMP"]


def test_a_slash_between_two_whole_phrases_with_one_head(claims_in: Callable) -> None:
    sentence = (
        "Our analysis reveals that PIM greatly benefits memory-bound NNs: 1) UPMEM provides 23× "
        "the performance of a high-end graphics processing unit (GPU) when the GPU requires "
        "memory oversubscription for a general matrix–vector multiplication kernel, 2) Mensa "
        "improves energy efficiency and throughput by 3.0× and 3.1× over the baseline Edge "
        "tensor processing unit for 24 Google edge NN models, and 3) SIMDRAM outperforms a "
        "central processing unit/graphics processing unit by 16.7×/1.4× for three binary NNs."
    )
    found = {c.value: c.baseline for c in claims_in("z072", sentence) if c.subject == "SIMDRAM"}
    assert found == {16.7: "central processing unit", 1.4: "graphics processing unit"}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # z038, w010: a plural short form after a word for existing work is a class
        ("the state-of-the-art FTLs", [("state-of-the-art FTLs", "generic")]),
        ("state-of-the-art SPEs", [("state-of-the-art SPEs", "generic")]),
        # a plural short form alone still names a system (f034: "Resilient Distributed
        # Datasets (RDDs)")
        ("RDDs", [("RDDs", "named")]),
    ],
)
def test_a_plural_short_form_after_a_word_for_existing_work_is_a_class(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    assert split_baselines(phrase) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # what the method runs on owns the measure; it is no baseline
        (
            "v048",
            "Our proof of concept demonstrates that a tiered object storage model improves the "
            "execution time of standard operations by up to 50% by avoiding the cost of "
            "serialization/deserialization and by reducing the memory footprint of operations.",
            [(50.0, None)],
        ),
        (
            "z068",
            "Patch-based inference effectively reduces the peak memory usage of existing networks "
            "by 4-8x.",
            [(4.0, None)],
        ),
        # a change is no thing compared with
        (
            "r070",
            "By optimizing the KV-cache from both sequence's and layer's dimensions, "
            "SqueezeAttention achieves around 30% to 70% of the memory reductions and up to 2.2 "
            "times of throughput improvements in a wide range of LLMs and benchmarks.",
            [(30.0, None), (2.2, None)],
        ),
        # a version of a program is
        (
            "q078",
            "Overall, we improve the inference time of the initial serial version of the code by "
            "2.8X using OpenMP, and by 9.4X using the most optimised version of OpenCL.",
            [
                (2.8, "initial serial version of the code"),
                (9.4, "initial serial version of the code"),
            ],
        ),
    ],
)
def test_a_generic_owner_of_a_measure_is_a_baseline_only_when_it_is_a_solution(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(c.value, c.baseline) for c in claims_in(paper, sentence)] == expected


def test_a_colon_inside_a_name_does_not_end_a_list_that_pairs_in_order(
    claims_in: Callable,
) -> None:
    # "SuiteSparse:GraphBLAS" is read as its last part, "GraphBLAS"; the list still pairs
    sentence = (
        "We demonstrate that our algorithms obtain up to 40 GTEPs, and are on average 15.7x, "
        "5.8x, and 1.8x faster than the other state-of-the-art algorithms implemented on the "
        "SuiteSparse:GraphBLAS, GraphBLAST, and gunrock libraries respectively."
    )
    assert [(c.value, c.baseline) for c in claims_in("y014", sentence)] == [
        (15.7, "GraphBLAS"),
        (5.8, "GraphBLAST"),
        (1.8, "gunrock libraries"),
    ]


def test_listed_examples_keep_the_order_they_are_written_in(claims_in: Callable) -> None:
    sentence = (
        "Against other engines, including llama.cpp, executorch, mllm, and MediaPipe, "
        "MNN-AECS delivers 39%–78% energy saving and 12%–363% speedup on average."
    )
    baselines = [c.baseline for c in claims_in("xm015", sentence) if c.value == 39.0]
    assert baselines == ["llama.cpp", "executorch", "mllm", "MediaPipe"]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a system without a part of it is one baseline (an ablation)
        (
            "f011",
            "Overall, usage of Apache Beam for the examined streaming applications caused a high "
            "variance of query execution times with a slowdown of up to a factor of 58 compared "
            "to queries developed without the abstraction layer.",
            {"queries developed without the abstraction layer"},
        ),
        (
            "xs020",
            "A more sophisticated three-tier caching strategy based on Zygotes provides a 45x "
            "speedup over SOCK without Zygotes.",
            {"SOCK without Zygotes"},
        ),
        # a caveat after the baseline is no part of it
        (
            "p072",
            "The results show that our scheme improves I/O performance by 76% on average and up "
            "to 240% compared to the existing Linux buffer cache with ext4 without any loss of "
            "reliability.",
            {"existing Linux buffer cache"},
        ),
    ],
)
def test_a_system_without_a_part_of_it_is_one_baseline(
    claims_in: Callable, paper: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in claims_in(paper, sentence)} == expected


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # "Simulations performed over a realistic workload", "Our evaluations over RocksDB":
        # "over" opens the setting of the experiments, not what is compared
        (
            "Simulations performed over a realistic workload demonstrate that 15%-38% makespan "
            "improvements are achievable by simply processing the jobs in the right order.",
            [],
        ),
        (
            "Our evaluations over RocksDB demonstrate that eZNS outperforms a static zoned "
            "interface by 17.7% and 80.3% in throughput and tail latency, respectively, at "
            "most.",
            ["a static zoned interface"],
        ),
        # a system "over" what it is compared with keeps its baseline
        (
            "Our evaluations demonstrate that eZNS achieves a 17.7% higher throughput over "
            "RocksDB.",
            ["RocksDB"],
        ),
    ],
)
def test_over_after_the_experiments_is_their_setting(sentence: str, baselines: list[str]) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # "implement ... over X", "implementation of ... over X": X is what it is built on
        (
            "We implement the optimizations over a TL2 Java-based STM system, and demonstrate "
            "the effectiveness of the optimizations on various benchmarks, measuring up to "
            "29-50% speedup in a single-threaded run, and up to 19% increased throughput in a "
            "32-threads run.",
            [],
        ),
        (
            "Our implementation of Hermes over an RDMA-enabled reliable datastore with five "
            "replicas shows that Hermes consistently achieves higher throughput than "
            "state-of-the-art RDMA-based reliable protocols (ZAB and CRAQ) across all write "
            "ratios while also significantly reducing tail latency.",
            ["state-of-the-art RDMA-based reliable protocols (ZAB and CRAQ)"],
        ),
        # a speedup over what it was implemented against stays a comparison
        ("We implement Foo and measure a 2x speedup over a TL2 STM system.", ["a TL2 STM system"]),
    ],
)
def test_over_after_an_implementation_is_what_it_is_built_on(
    sentence: str, baselines: list[str]
) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines


def test_recently_proposed_things_are_a_baseline_not_a_time() -> None:
    # "2-3x less than recently proposed policies": a class of prior work; "than recently" alone
    # is a time
    sentence = (
        "LHD requires much less space than prior policies to match their hit rate, on average "
        "8x less than LRU and 2–3x less than recently proposed policies."
    )
    assert [m.phrase for m in find_markers(sentence)][-2:] == ["LRU", "recently proposed policies"]
    assert find_markers("Its traffic grew 3x more than recently.") == []


def test_respectively_pairs_the_listed_numbers_when_the_clause_has_more(
    claims_in: Callable,
) -> None:
    # "(up to 2.14x and 2.27x over Flash-LLM and SparTA, respectively) ..., (up to 1.58x)":
    # the two listed numbers pair with the two names in order, though a third number shares
    # the clause
    claims = claims_in(
        "v078",
        "Experimental results show that SpInfer significantly outperforms state-of-the-art SpMM "
        "implementations (up to 2.14× and 2.27× over Flash-LLM and SparTA, respectively) across "
        "a range of sparsity levels (30\\% to 70\\%), with substantial improvements in both memory "
        "efficiency and end-to-end inference speed (up to 1.58×).",
    )
    pairs = {(c.value, c.baseline) for c in claims}
    assert (2.14, "Flash-LLM") in pairs and (2.27, "SparTA") in pairs
    assert (2.14, "SparTA") not in pairs and (2.27, "Flash-LLM") not in pairs


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # only "over" after the experiments is their setting; "against" still compares
        ("Experiments against Redis show that Foo is 2x faster.", ["Redis"]),
        # "an implementation of X over Y" is built on Y; "our implementation improves over Y"
        # compares
        ("Our implementation improves over cuBLAS by 2.1x.", ["cuBLAS"]),
        # a reporting verb ends a phrase, a word that starts like one does not
        ("Foo is 2x faster than the indicator-based approach.", ["the indicator-based approach"]),
        ("Foo scores 3% higher than the Show and Tell model.", ["the Show and Tell model"]),
    ],
)
def test_the_setting_and_report_rules_stay_narrow(sentence: str, baselines: list[str]) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines


def test_a_comparison_that_opens_the_sentence_is_its_baseline(claims_in: Callable) -> None:
    # "A comparison with X, ..., show that our approach obtains ...": every number's baseline
    sentence = (
        "A comparison with the state-of-the-art library supplied by the GPU vendor, using 11 "
        "sparse matrices on the latest GPU device, show that our approach obtains an average "
        "speedup of 2.3 times in single precision and 2.14 times in double precision."
    )
    assert {(c.value, c.baseline, c.metric) for c in claims_in("ta020", sentence)} == {
        (2.3, "state-of-the-art library supplied by the GPU vendor", "speedup"),
        (2.14, "state-of-the-art library supplied by the GPU vendor", "speedup"),
    }
    # "Our experimental comparison against state-of-the-art engines shows that" (xs051)
    from claimgraph.extraction.baseline import _preamble_marker

    opening = (
        "Our experimental comparison against state-of-the-art engines shows that SABER "
        "increases processing throughput while maintaining low latency."
    )
    marker = _preamble_marker(opening, find_markers(opening), [(0, False)])
    assert marker is not None and marker.phrase == "state-of-the-art engines"


def test_a_number_format_is_no_precision_score() -> None:
    # "2.3 times in single precision" (ta020), "against a direct double-precision solver" (qa056)
    assert lexicon.metric_in("in single precision") is None
    assert lexicon.metric_in("against a direct double-precision solver") is None
    assert lexicon.metric_in("improves precision by 3%") == "accuracy"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "4.72x (up to 72.03x) and 9.95x (up to 61.08x) faster than A and B, respectively":
        # a number's aside pairs with it, not with the next baseline
        (
            "ta024",
            "By testing 159 sparse matrices on two high-end NVIDIA GPUs, the experimental results "
            "demonstrate that the recursive block algorithm has the best performance among the "
            "three block algorithms, and it is on average 4.72x (up to 72.03x) and 9.95x (up to "
            "61.08x) faster than cuSPARSE v2 and Sync-free methods, respectively.",
            {
                (4.72, "cuSPARSE v2"),
                (72.03, "cuSPARSE v2"),
                (9.95, "Sync-free methods"),
                (61.08, "Sync-free methods"),
            },
        ),
        # (an aside "from" a level is no number of its own)
        (
            "g018",
            "Evaluations on three representative GNN models and four real-life graphs show that "
            "GNNLab outperforms the state-of-the-art GNN systems DGL and PyG by up to 9.1× (from "
            "2.4×) and 74.3× (from 10.2×), respectively.",
            {(9.1, "DGL"), (74.3, "PyG")},
        ),
    ],
)
def test_an_aside_pairs_with_its_number(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.value, c.baseline) for c in claims_in(paper, sentence)} == expected


def test_a_defence_against_something_is_no_comparison() -> None:
    from claimgraph.extraction.baseline import _preamble_marker

    opening = (
        "Our defense against prompt injection is lightweight: it reduces the attack success "
        "rate by 85%."
    )
    assert _preamble_marker(opening, find_markers(opening), [(0, False)]) is None


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # "a widely used X" is a baseline ("a wide range of" is not)
        (
            "Experimental results demonstrate that closed-loop control provides up to 82% higher "
            "application performance compared to open-loop control and up to 17% higher "
            "performance compared to a widely used ad-hoc technique.",
            ["open-loop control", "a widely used ad-hoc technique"],
        ),
        (
            "Our P4-based implementation running on an ASIC in isolation can process over 2.5 "
            "billion consensus messages per sec- ond, a four orders of magnitude improvement in "
            "throughput over a widely-used software implementation.",
            ["a widely-used software implementation"],
        ),
        ("It is 2x faster over a wide range of workloads.", []),
    ],
)
def test_a_widely_used_baseline_is_no_wide_range(sentence: str, baselines: list[str]) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # what "only" restricts is the baseline; a hyphenated "on-"/"in-" word is no preposition
        (
            "We also show that SpotServe can leverage the price advantage of preemptive "
            "instances, saving 54% monetary cost compared with only using on-demand instances.",
            ["only using on-demand instances"],
        ),
        (
            "Just using Lambdas on top of CPU servers offers up to 2.75✕ more "
            "performance-per-dollar than training only with CPU servers.",
            ["training only with CPU servers"],
        ),
        (
            "The results show that, besides simple usage, our system has outstanding performance "
            "over various graph algorithms and can even reach up to two orders of magnitude "
            "speedup over existing in-memory systems when applying to some algorithms.",
            ["existing in-memory systems"],
        ),
    ],
)
def test_only_and_hyphenated_prepositions_stay_in_the_baseline(
    sentence: str, baselines: list[str]
) -> None:
    assert [m.phrase for m in find_markers(sentence)][-len(baselines) :] == baselines


# -- "outperforms A by x, B by y and C by z": the verb is not repeated, each object stands
# before its own "by"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "d034",
            "Results reveal that the proposed method outperforms ADR by 33.20%, the conservative "
            "policy by 91.81%, and the random policy by 238.8%.",
            [("ADR", 33.2), ("conservative policy", 91.81), ("random policy", 238.8)],
        ),
        (
            "wa054",
            "In experimental results, we show that our approach outperforms FAST method by 10% "
            "and LAST by 3%, respectively.",
            [("FAST", 10.0), ("LAST", 3.0)],
        ),
        # a measure before its "by" is no object, nor a setting ("for server workloads")
        (
            "h022",
            "Specifically, our experiments under heterogeneous YCSB workloads show that TailX "
            "outperforms state-of-the-art solutions and reduces tail latencies by up to 70% and "
            "median latencies by up to 75%.",
            [("state-of-the-art solutions", 70.0), ("state-of-the-art solutions", 75.0)],
        ),
        (
            "ua026",
            "Using trace-driven simulation with a large set of real workloads, we demonstrate that "
            "ALIS considerably outperforms prior techniques, improving the average read "
            "performance by up to 50% for server workloads and by about 15% for personal "
            "computer workloads.",
            [("prior techniques", 15.0), ("prior techniques", 50.0)],
        ),
    ],
)
def test_each_object_of_a_verb_of_beating_before_its_own_by(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == sorted(expected, key=str)


def test_a_second_by_with_no_object_keeps_the_verbs_object(nlp: Language) -> None:
    # review guards (made-up text): "and by 1.4x" repeats the preposition, not a new object;
    # "and on long prompts by" is a setting; "job completion" is a measure
    from claimgraph.extraction import extract_paper
    from claimgraph.records import Paper

    abstract = (
        "Foo outperforms vLLM by up to 2.1x and by 1.4x on average. "
        "Foo outperforms TGI in throughput by 2.3x and on long prompts by 1.6x. "
        "Foo outperforms Bar by 12% and job completion by 20%."
    )
    claims = extract_paper(Paper(id="x", title="Foo: a system", abstract=abstract), nlp).claims
    assert sorted((c.value, c.baseline) for c in claims) == [
        (1.4, "vLLM"),
        (1.6, "TGI"),
        (2.1, "vLLM"),
        (2.3, "TGI"),
        (12.0, "Bar"),
        (20.0, "Bar"),
    ]


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # a name may start with digits when capitals follow them
        (
            "SSS outperforms 2PC-baseline by as much as 7x using 20 nodes; and ROCOCO by as "
            "much as 2.2x with long read-only transactions using 15 nodes.",
            ["2PC-baseline"],
        ),
        (
            "L25GC is able to recover from failures of 5GC software network functions and "
            "hardware much faster than 3GPP's reattach recovery procedure.",
            ["3GPP's reattach recovery procedure"],
        ),
        # a number with its unit is no name
        (
            "With these approaches, throughput over 5Gbps is achieved for the full default "
            "Snort rule-set (23401 literals) in a Xilinx Virtex-2 6000 FPGA.",
            [],
        ),
        ("f4 currently stores over 65PBs of logical BLOBs.", []),
        ("Throughput over 25GBps is achieved on links over 16GT/s.", []),
    ],
)
def test_a_name_that_starts_with_digits(sentence: str, baselines: list[str]) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines
