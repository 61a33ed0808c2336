"""What a quantity is compared with (``claimgraph.extraction.baseline`` and ``syntax``).

Each construction: real sentences from different papers where it fires, and a nearby one
where it must not; where the project's own material has no such sentence, a made-up one (each
says so).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import MADE_UP
from spacy.language import Language

from claimgraph import lexicon
from claimgraph.extraction.baseline import find_markers, split_baselines
from claimgraph.extraction.syntax import owner_of_measure
from claimgraph.quantities import find_quantities

pytestmark = pytest.mark.slow


def pairs(claims_in: Callable, paper: str, sentence: str) -> list[tuple[object, ...]]:
    claims = claims_in(paper, sentence)
    return sorted(((c.baseline, c.value) for c in claims), key=str)


TAROT = MADE_UP + "Tarot: a made-up system"
"""The made-up paper of a made-up sentence (``claims_of``): for a construction no sentence of
the project's own material shows (each such case says so)."""


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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # xm047
        ("We present an I/O-first framework for disk-based ANN that organizes techniques", ["ANN"]),
        # made up: the project's material has no name written just before "I/O"
        ("compared with the default Linux I/O scheduler", ["Linux"]),
        # two names joined by a slash stay two names
        ("over TCP/IP", ["TCP", "IP"]),
    ],
)
def test_two_letters_joined_by_a_slash_are_one_common_word(text: str, names: list[str]) -> None:
    assert lexicon.name_runs(text, sentence_initial=False) == names


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


def test_a_citation_after_a_name_is_no_part_of_it(
    claims_in: Callable, made_up_claims: Callable
) -> None:
    sentence = (
        "TinyEngine adapts the memory scheduling according to the overall network topology "
        "rather than layer-wise optimization, reducing the memory usage by 3.4×, and "
        "accelerating the inference by 1.7-3.3× compared to TF-Lite Micro [3] and CMSIS-NN "
        "[28]."
    )
    assert {(c.baseline, c.baseline_kind) for c in claims_in("xm056", sentence)} == {
        ("CMSIS-NN", "named"),
        ("TF-Lite Micro", "named"),
    }
    # made up: no other sentence of the project's material cites after a compared name, nor
    # goes on with an apposition after the citation
    claims = made_up_claims(
        "Quarry: a cluster scheduler",
        "On a trace from a large cluster, Quarry cuts placement latency by 20× over Hopper "
        "[14], an earlier centralized scheduler built on the same solver.",
    )
    assert {(c.baseline, c.baseline_kind) for c in claims} == {("Hopper", "named")}


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


# made up: the project's material has no sentence where a tool named for its job owns the
# measure and no clause names the baseline
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Heapster improves the throughput of state-of-the-art slab allocators by up to 3.5x "
            "and 12x for short and long runs, respectively.",
            [
                ("state-of-the-art slab allocators", 12.0),
                ("state-of-the-art slab allocators", 3.5),
            ],
        ),
        (
            "Our patch speeds up the running time of the standard symbolic executor by more "
            "than 4x when the program has many dead branches.",
            [("standard symbolic executor", 4.0)],
        ),
        (
            # what the method runs on: an owner, but no tool that does a job
            "Our change improves the latency of standard queries by up to 40% by skipping a copy.",
            [(None, 40.0)],
        ),
    ],
)
def test_a_tool_named_for_its_job_that_owns_the_measure_is_the_baseline(
    claims_of: Callable, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_of, TAROT, sentence) == expected


def test_workloads_that_own_the_measure_are_no_tool(claims_in: Callable) -> None:
    # the real sentences: what the method runs on owns the measure, and is no baseline
    sentence = "It reduces elapsed time of several realistic workloads by up to 40%."
    assert pairs(claims_in, "b026", sentence) == [(None, 40.0)]
    sentence = (
        "Our evaluation shows that COMET accelerates the execution of a single MoE layer by "
        "1.96times and for end-to-end execution, COMET delivers a 1.71times speedup on average."
    )
    assert pairs(claims_in, "s000-23", sentence) == [(None, 1.71), (None, 1.96)]


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
    # "the inference latency of OPT-175B": the model owns the measure; the systems compared
    # with are the baselines
    sentence = (
        "We validate that DejaVu can reduce the inference latency of OPT-175B by over "
        "2$\\times$ compared to the state-of-the-art FasterTransformer, and over 6$\\times$ "
        "compared to the widely used Hugging Face implementation, without compromising model "
        "quality."
    )
    assert [(c.baseline, c.value) for c in claims_in("xm051", sentence)] == [
        ("FasterTransformer", 2.0),
        ("Hugging Face", 6.0),
    ]


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
    # the issue's example; no abstract at hand writes it
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


def test_a_worse_system_than_two_gives_each_of_them_a_claim(made_up_claims: Callable) -> None:
    # made up: the project's material has no "more memory than A and B" with two names
    claims = made_up_claims(
        "A comparison of web servers on small devices",
        "Of all servers tested, Tomcat needed the most memory, using up to 70% more memory "
        "than Lighttpd and Caddy.",
    )
    assert sorted((c.subject, c.baseline, c.value) for c in claims) == [
        ("Caddy", "Tomcat", 70.0),
        ("Lighttpd", "Tomcat", 70.0),
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


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # the object of a verb of beating is the baseline, past an apposition that says what
        # kind of system it is
        (
            "xs073",
            "AIFM outperforms Fastswap, a state-of-the-art kernel-integrated, paging-based far "
            "memory system by up to 61×.",
            [("Fastswap", "named", 61.0)],
        ),
        (
            "xm049",
            "It also outperforms TensorRT, a vendor optimized proprietary DNN inference library "
            "from NVIDIA, by up to 3.1X.",
            [("TensorRT", "named", 3.1)],
        ),
        # ... and after a participle, a class of system
        (
            "xs032",
            "Furthermore, MOSAIC can complete one iteration of the Pagerank algorithm on a "
            "trillionedge graph in 21 minutes, outperforming a distributed diskbased engine by "
            "9.2×.",
            [("distributed diskbased engine", "generic", 9.2)],
        ),
    ],
)
def test_the_object_of_a_verb_of_beating_is_the_baseline(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    claims = claims_in(paper, sentence)
    assert [(c.baseline, c.baseline_kind, c.value) for c in claims] == expected


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


def test_over_the_network_says_where_not_against_what(claims_of: Callable) -> None:
    # made up: no sentence of the project's material has a number "over the network"
    sentence = (
        "Three changes to the hash table and its eviction let the cache keep small items in 25% "
        "less memory and answer up to 2x as many requests per second over the network."
    )
    assert pairs(claims_of, TAROT, sentence) == [(None, 2.0), (None, 25.0)]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xs053",
            "Experiments demonstrate that its out-of-core metadata throughput out-performs PVFS "
            "by 50% to an order of magnitude.",
            [("PVFS", 1.5)],
        ),
        (
            "xs037",
            "We use both a production workload at Nutanix and synthetic benchmarks to demonstrate "
            "that SILK achieves up to two orders of magnitude lower 99th percentile latencies "
            "than RocksDB and TRIAD, without any significant negative effects on other "
            "performance metrics.",
            [("RocksDB", 100.0), ("TRIAD", 100.0)],
        ),
    ],
)
def test_a_hyphenated_out_performs_and_orders_of_magnitude(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_in, paper, sentence) == expected


def test_models_that_own_the_measure_are_context_not_baselines(nlp: Language) -> None:
    from claimgraph.extraction.component import claims_of_sentence
    from claimgraph.extraction.naming import PaperContext

    # CLAIMS.md's decided case: numbers in a list over models pair with them as context
    # (made up, as are the two below: the project's material lists no models so)
    sentence = (
        "Tarot raises the generation speed of OPT-6.7B, OPT-13B and Falcon-40B by up to 3.1x, "
        "2.6x and 1.9x."
    )
    context = PaperContext("p", "Tarot")
    claims = claims_of_sentence(nlp(sentence), context)
    assert [(c.baseline, c.value) for c in claims] == [(None, 3.1), (None, 2.6), (None, 1.9)]
    # one name that is a model ("of Llama-3-8B") is context too; a system is a baseline
    claims = claims_of_sentence(nlp("It improves the throughput of Llama-3-8B by 1.2x."), context)
    assert [c.baseline for c in claims] == [None]
    claims = claims_of_sentence(nlp("It reduces the communication volume of ZeRO by 4x."), context)
    assert [c.baseline for c in claims] == ["ZeRO"]


def test_on_average_over_is_a_comparison(claims_of: Callable) -> None:
    # "averaged over all 7 devices" (xm015, above) compares nothing; "on average over existing
    # samplers" does. Made up: the project's material never writes "on average over" a baseline
    sentence = (
        "Tarot finishes each epoch 1.8x faster on average over existing samplers, and moves 4x "
        "less data between machines."
    )
    assert pairs(claims_of, TAROT, sentence) == [
        ("existing samplers", 1.8),
        ("existing samplers", 4.0),
    ]


def test_a_lower_case_name_with_a_file_suffix_is_named(made_up_claims: Callable) -> None:
    # made up: in the project's material llama.cpp is compared with only after "including",
    # where any lower-case example is named
    claims = made_up_claims(
        "Tarot: fast local inference", "Tarot outperforms llama.cpp by up to 3.5x on a laptop CPU."
    )
    assert {(c.baseline, c.baseline_kind) for c in claims} == {("llama.cpp", "named")}


def test_a_name_that_starts_with_by_is_no_by_phrase(claims_of: Callable) -> None:
    # "and BytePS" is no "and by": made up, the project's material never compares with BytePS
    sentence = (
        "On a 64-GPU cluster, Tarot beats Horovod and BytePS in time to accuracy by a wide "
        "margin (up to 1.9x) on every task."
    )
    assert pairs(claims_of, TAROT, sentence) == [("BytePS", 1.9), ("Horovod", 1.9)]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
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


# made up: no sentence of the project's material reaches a capacity ("twice the size of the
# device memory") beside a comparison
OFFLOADING = (
    "With these changes a model twice the size of the device memory still runs, decoding 3-4x "
    "and 10-12x faster than simple offloading schemes in CPU and GPU, respectively."
)


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            # made up: the project's material writes no "twice the <measure> of X"
            TAROT,
            "Our prototype reaches twice the throughput of a tuned 8-thread CLOCK implementation.",
            [("CLOCK", 2.0)],
        ),
        (
            "xs039",
            "On one microdata benchmark, BetrFS provides more than 4× the performance of ext4 or "
            "XFS.",
            [("XFS", 4.0), ("ext4", 4.0)],
        ),
        # a capacity reached, no comparison of a measure: no claim
        (
            TAROT,
            OFFLOADING,
            [("simple offloading schemes", 10.0), ("simple offloading schemes", 3.0)],
        ),
    ],
)
def test_a_multiple_of_a_measure_compares_with_its_owner(
    claims_of: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_of, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
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
            "leading serving runtime, Brisk, and compiler, Quill equipped with tuners Vane and "
            "Slate",
            [("Brisk", "named"), ("Quill", "named")],
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


def test_a_subject_on_the_compared_side_is_part_of_a_baseline(made_up_claims: Callable) -> None:
    # made up (no sentence of the project's material writes a kind, its name and what equips
    # it after "outperforms"): the parser may make Quill the subject of "equipped"
    sentence = (
        "On vision and language models, Tarot outperforms the leading serving runtime, Brisk, "
        "and compiler, Quill equipped with tuners Vane and Slate, by up to 1.4x (1.1x on "
        "average) on a single GPU."
    )
    claims = made_up_claims("Tarot: a tensor compiler", sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == {
        ("Tarot", "Brisk", 1.4),
        ("Tarot", "Quill", 1.4),
        ("Tarot", "Brisk", 1.1),
        ("Tarot", "Quill", 1.1),
    }


def test_a_list_cut_after_and_keeps_its_name(claims_of: Callable) -> None:
    # "when compared to Optuna and to three other tuners": the phrase ends at "to" (made up:
    # no sentence of the project's material repeats "to" after "and")
    sentence = (
        "Tarot reaches a given accuracy an order of magnitude sooner when compared to Optuna and "
        "to three other tuners."
    )
    assert pairs(claims_of, TAROT, sentence) == [("Optuna", 10.0)]


# made up, all three: no sentence of the project's material gives each of several names its
# own "by"
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a comparison verb the names are the baselines, each with its number
        (
            "Tarot can outperform Storm by up to 3x and Samza by 40x.",
            [("Storm", 3.0, None), ("Samza", 40.0, None)],
        ),
        # after the measure of what they name they are settings: context, no baseline
        (
            "Tarot cuts the peak GPU memory use of ResNet by up to 64%, VGG by 71%, and BERT by "
            "83%, which lets much larger batches fit.",
            [(None, 64.0, "ResNet"), (None, 71.0, "VGG"), (None, 83.0, "BERT")],
        ),
        # a comparison of its own still reaches them
        (
            "Tarot raises the serving throughput of Llama-2-7B by 1.3x on A10, 1.5x on H100; and "
            "Mixtral-8x7B by 2.2x on A10, 2.9x on H100, compared to vLLM.",
            [
                (None, 1.3, "Llama-2-7B"),
                (None, 1.5, "H100"),
                ("vLLM", 2.2, "Mixtral-8x7B"),
                ("vLLM", 2.9, "H100"),
            ],
        ),
    ],
)
def test_names_each_with_its_number(
    claims_of: Callable, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    claims = claims_of(TAROT, sentence)
    assert [(c.baseline, c.value, c.context) for c in claims] == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a level compared ("similar performance to X", "perplexity comparable to X") gives
        # its baseline to the gain in the "while" tail
        (
            "xs046",
            "We show that Pocket achieves similar performance to ElastiCache Redis for serverless "
            "analytics applications while reducing cost by almost 60%.",
            [("ElastiCache Redis", 60.0)],
        ),
        (
            "s000-24",
            "We test B'MOJO on transductive inference tasks, such as associative recall, where it "
            "outperforms existing SSMs and Hybrid models; as a baseline, we test ordinary "
            "language modeling where B'MOJO achieves perplexity comparable to similarly-sized "
            "Transformers and SSMs up to 1.4B parameters, while being up to 10% faster to train.",
            [("SSMs", 10.0), ("Transformers", 10.0)],
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
    # "outperforms X by reaching speedups of ...", "beat X by adapting to ...": how, not
    # against what (made up: no sentence of the project's material writes "by" and a gerund
    # after what it beats)
    phrases = [
        m.phrase
        for s in (
            "In our tests, Tarot beats state-of-the-art caching systems by reaching speedups of "
            "1.1x to 1.4x.",
            "Learned policies can beat hand-written heuristics by adapting to the workload in use.",
        )
        for m in find_markers(s)
    ]
    assert phrases == ["state-of-the-art caching systems", "hand-written heuristics"]


def test_a_clause_after_the_baseline_is_no_baseline(claims_in: Callable) -> None:
    # "than X, and <a clause>": the clause after "and" says something else
    rubik = claims_in(
        "xs035",
        "RubikColoc reduces data-center power by up to 31% while using 41% fewer servers than a "
        "datacenter that segregates latency-critical and batch work, and achieves 100% core "
        "utilization.",
    )
    assert [(c.value, c.baseline) for c in rubik] == [(31.0, "datacenter"), (41.0, "datacenter")]
    checkmate = claims_in(
        "xm031",
        "Our optimization pass in TensorFlow 2.0 automatically yields real training speedups of "
        "up to 4.8x over prior work, and can enable up to 5x increase in input size for "
        "real-world large networks.",
    )
    assert (4.8, "prior work") in [(c.value, c.baseline) for c in checkmate]


def test_a_slash_between_single_letters_is_one_word(made_up_claims: Callable) -> None:
    # "the stock Android I/O stack" is one baseline, not "I stack" and "O stack" (made up: no
    # sentence of the project's material compares with an I/O stack)
    claims = made_up_claims(
        "Tarot: faster phone storage",
        "Tarot speeds up app launches by up to 3x over the stock Android I/O stack.",
    )
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
    ],
)
def test_a_closing_comparison_reaches_the_numbers_of_its_predicate(
    paper_claims: Callable, paper: str, value: float, baseline: str | None
) -> None:
    assert {c.baseline for c in paper_claims(paper) if c.value == value} == {baseline}


def test_a_closing_comparison_does_not_reach_into_another_verbs_numbers(
    claims_of: Callable,
) -> None:
    # made up: no sentence of the project's material gives two relative clauses of their own
    # verbs before one comparison
    sentence = (
        "We build pruning steps that cut model size by up to 3.5x, and an inference runtime that "
        "offers 6.1x better latency compared with existing runtimes."
    )
    assert pairs(claims_of, TAROT, sentence) == [
        ("existing runtimes", 6.1),
        (None, 3.5),
    ]


# made up: no sentence of the project's material changes the measure of a first version of a
# program ("the serial version of the solver")
SERIAL_VERSION = (
    "Overall, our port cuts the run time of the serial version of the solver by 3.1X with "
    "OpenMP, and by 8.7X with CUDA."
)


def test_the_serial_version_whose_measure_is_changed_is_the_baseline(
    made_up_claims: Callable,
) -> None:
    claims = made_up_claims("Porting a climate model to GPUs", SERIAL_VERSION)
    assert {(c.baseline, c.baseline_kind) for c in claims} == {
        ("serial version of the solver", "generic")
    }
    assert sorted(c.value for c in claims) == [3.1, 8.7]


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
        # the text, past its apposition, for both coordinated numbers (made up: no sentence of
        # the project's material coordinates two measures of a named owner)
        (
            TAROT,
            "In our runs, Tarot can boost write and read throughput of RocksDB, a widely used "
            "key-value store, by 9 times and 3 times, respectively.",
            [(9.0, "RocksDB"), (3.0, "RocksDB")],
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
            "b026",
            "It reduces elapsed time of several realistic workloads by up to 40%.",
            [(40.0, None)],
        ),
    ],
)
def test_the_owner_of_a_changed_measure(
    claims_of: Callable, paper: str, sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(c.value, c.baseline) for c in claims_of(paper, sentence)] == expected


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
        # (made up: no other sentence of the project's material lists lower-case names so)
        (
            TAROT,
            "Compared with common file systems such as ext4 and xfs, Tarot lowers the number of "
            "flash block erases by up to 6 times.",
            {"ext4", "xfs"},
        ),
        # a colon between digits ends the phrase; the aside's examples end at its parenthesis
        # (made up: no sentence of the project's material writes a colon for a decimal point)
        (
            TAROT,
            "With Tarot, job throughput rises between 2x (0:9x) and 11:2x (5:3x) over local disk "
            "(Intel CAS).",
            {"Intel CAS"},
        ),
    ],
)
def test_listed_examples_and_names_with_a_colon(
    claims_of: Callable, paper: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in claims_of(paper, sentence)} == expected


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
        # ... or is "based on"
        (
            "xm075",
            "Furthermore, the execution plans generated by ReaLHF exhibit an average of \\(26%\\) "
            "performance improvement over heuristic approaches based on Megatron-LM.",
            {"Megatron-LM"},
        ),
        # a device class it runs on is no system
        (TAROT, OFFLOADING, {"simple offloading schemes"}),
    ],
)
def test_a_common_phrase_in_or_with_a_named_system(
    claims_of: Callable, paper: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in claims_of(paper, sentence)} == expected


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


def test_a_name_inside_another_name_does_not_head_the_phrase(made_up_claims: Callable) -> None:
    # "DIMM" is also the end of "TensorDIMM": only the word of its own counts (made up: no
    # sentence of the project's material writes such a pair)
    assert not lexicon.heads_phrase("DIMM", "the best prior near-data DIMM design TensorDIMM")
    sentence = (
        "Compared to the best prior near-data DIMM design TensorDIMM, Tarot reaches up to 6.2× "
        "speedup for embedding lookups on mixed tables."
    )
    claims = made_up_claims("Tarot: near-memory recommendation", sentence)
    assert [c.baseline for c in claims] == ["TensorDIMM"]


def test_a_slash_between_two_whole_phrases_with_one_head(made_up_claims: Callable) -> None:
    # made up: no sentence of the project's material pairs "A/B" with "x/y"
    sentence = (
        "Tarot outperforms a multi-core server processor/discrete graphics processor by "
        "9.5×/1.3× on binary networks."
    )
    claims = made_up_claims("Tarot: processing in memory", sentence)
    found = {c.value: c.baseline for c in claims if c.subject == "Tarot"}
    assert found == {9.5: "multi-core server processor", 1.3: "discrete graphics processor"}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a plural short form after a word for existing work is a class
        ("the state-of-the-art FTLs", [("state-of-the-art FTLs", "generic")]),
        ("state-of-the-art SPEs", [("state-of-the-art SPEs", "generic")]),
        # a plural short form alone still names a system (as a paper's own "RDDs" would)
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
        # what the method runs on owns the measure; it is no baseline (made up, these two: in
        # the project's material no such owner is "standard" or "existing")
        (
            TAROT,
            "Our change improves the latency of standard queries by up to 40% by skipping a copy.",
            [(40.0, None)],
        ),
        (
            TAROT,
            "Tiling cuts the peak memory use of existing vision models by 3-6x.",
            [(3.0, None)],
        ),
        (
            "b026",
            "It reduces elapsed time of several realistic workloads by up to 40%.",
            [(40.0, None)],
        ),
        # a change is no thing compared with (made up: the project's material writes no
        # "times of throughput improvements")
        (
            TAROT,
            "Tarot achieves 25% to 50% of memory reductions and up to 1.9 times of throughput "
            "improvements.",
            [(25.0, None), (1.9, None)],
        ),
        # a version of a program is
        (
            TAROT,
            SERIAL_VERSION,
            [(3.1, "serial version of the solver"), (8.7, "serial version of the solver")],
        ),
    ],
)
def test_a_generic_owner_of_a_measure_is_a_baseline_only_when_it_is_a_solution(
    claims_of: Callable, paper: str, sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(c.value, c.baseline) for c in claims_of(paper, sentence)] == expected


def test_a_colon_inside_a_name_does_not_end_a_list_that_pairs_in_order(
    made_up_claims: Callable,
) -> None:
    # "SuiteSparse:GraphBLAS" is read as its last part, "GraphBLAS"; the list still pairs (made
    # up: no sentence of the project's material has a colon inside a name)
    sentence = (
        "Our kernels reach 25 GTEPs and run on average 9.1x, 4.2x, and 1.6x faster than the best "
        "prior kernels built on the SuiteSparse:GraphBLAS, Ligra, and gunrock libraries "
        "respectively."
    )
    claims = made_up_claims("Tarot: graph kernels", sentence)
    assert [(c.value, c.baseline) for c in claims] == [
        (9.1, "GraphBLAS"),
        (4.2, "Ligra"),
        (1.6, "gunrock libraries"),
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
            "xs020",
            "A more sophisticated three-tier caching strategy based on Zygotes provides a 45x "
            "speedup over SOCK without Zygotes.",
            {"SOCK without Zygotes"},
        ),
        # (made up: no other sentence of the project's material compares with a system
        # without a part)
        (
            TAROT,
            "In our tests, the portability layer caused a slowdown of up to a factor of 40 "
            "compared to jobs written without the layer.",
            {"jobs written without the layer"},
        ),
        # a caveat after the baseline is no part of it (made up: in the project's material a
        # comma always comes before such a caveat)
        (
            TAROT,
            "Tarot raises I/O throughput by 70% over the stock page cache with xfs without any "
            "loss of durability.",
            {"stock page cache"},
        ),
        (
            "xs037",
            "We use both a production workload at Nutanix and synthetic benchmarks to demonstrate "
            "that SILK achieves up to two orders of magnitude lower 99th percentile latencies "
            "than RocksDB and TRIAD, without any significant negative effects on other "
            "performance metrics.",
            {"RocksDB", "TRIAD"},
        ),
    ],
)
def test_a_system_without_a_part_of_it_is_one_baseline(
    claims_of: Callable, paper: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in claims_of(paper, sentence)} == expected


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # "Simulations run over a production trace", "Our evaluations over PostgreSQL": "over"
        # opens the setting of the experiments, not what is compared (made up, all three: no
        # sentence of the project's material sets its experiments "over" something)
        (
            "Simulations run over a week-long production trace show that 10%-30% shorter "
            "queueing delays are reachable by simply reordering jobs.",
            [],
        ),
        (
            "Our evaluations over PostgreSQL show that Tarot beats a fixed buffer policy by "
            "12.5% in throughput and by 60.2% in tail latency.",
            ["a fixed buffer policy"],
        ),
        # a system "over" what it is compared with keeps its baseline
        (
            "Our evaluations demonstrate that Tarot achieves a 12.5% higher throughput over "
            "PostgreSQL.",
            ["PostgreSQL"],
        ),
    ],
)
def test_over_after_the_experiments_is_their_setting(sentence: str, baselines: list[str]) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines


@pytest.mark.parametrize(
    ("sentence", "baselines"),
    [
        # "implement ... over X", "implementation of ... over X": X is what it is built on
        # (made up, all three: no sentence of the project's material implements "over" a base)
        (
            "We implement the scheme over a Rust-based log store, and measure up to 20-45% lower "
            "latency on small writes and up to 15% higher throughput with 32 clients.",
            [],
        ),
        (
            "Our implementation of Kestrel over a replicated key-value service with three "
            "replicas shows that Kestrel delivers higher throughput than leading consensus "
            "protocols (Raft and EPaxos) at every write ratio while also cutting tail latency.",
            ["leading consensus protocols (Raft and EPaxos)"],
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
    # "2-4x less than recently proposed policies": a class of prior work; "than recently" alone
    # is a time (made up: no sentence of the project's material compares with recent work so)
    sentence = (
        "To reach the same hit ratio, Tarot needs far less cache space, on average 6x less than "
        "LRU and 2-4x less than recently proposed policies."
    )
    assert [m.phrase for m in find_markers(sentence)][-2:] == ["LRU", "recently proposed policies"]
    assert find_markers("Its traffic grew 3x more than recently.") == []


def test_respectively_pairs_the_listed_numbers_when_the_clause_has_more(
    made_up_claims: Callable,
) -> None:
    # "(up to 1.9x and 2.4x over Sputnik and cuSPARSELt, respectively) ..., (up to 1.4x)": the
    # two listed numbers pair with the two names in order, though a third number shares the
    # clause (made up: no sentence of the project's material has such a third number)
    claims = made_up_claims(
        "Tarot: sparse inference kernels",
        "Our results show that Tarot clearly beats leading sparse kernels (up to 1.9× and 2.4× "
        "over Sputnik and cuSPARSELt, respectively) at sparsity levels from 40\\% to 80\\%, and "
        "also speeds up end-to-end decoding (up to 1.4×).",
    )
    pairs = {(c.value, c.baseline) for c in claims}
    assert (1.9, "Sputnik") in pairs and (2.4, "cuSPARSELt") in pairs
    assert (1.9, "cuSPARSELt") not in pairs and (2.4, "Sputnik") not in pairs


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


def test_a_comparison_that_opens_the_sentence_is_its_baseline(made_up_claims: Callable) -> None:
    # "A comparison with X, ..., finds our kernels N times faster ...": every number's baseline
    # (made up: in the project's material such an opening gives no number)
    sentence = (
        "A comparison with the sparse library shipped by the GPU maker, on 12 matrices and a "
        "recent GPU, finds our kernels 1.9 times faster on average in single precision and 1.7 "
        "times in double precision."
    )
    claims = made_up_claims("Tarot: sparse matrix kernels for GPUs", sentence)
    assert {(c.value, c.baseline, c.metric) for c in claims} == {
        (1.9, "sparse library shipped by the GPU maker", "speedup"),
        (1.7, "sparse library shipped by the GPU maker", "speedup"),
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
    # "1.27× and 1.25× over cuSPARSE COO in single and double precision" (xs008), "compared
    # with a plain double-precision baseline" (made up)
    assert lexicon.metric_in("in single precision") is None
    assert lexicon.metric_in("in single and double precision") is None
    assert lexicon.metric_in("compared with a plain double-precision baseline") is None
    assert lexicon.metric_in("improves precision by 3%") == "accuracy"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "3.2x (up to 40.5x) and 7.7x (up to 52.1x) faster than A and B, respectively": a
        # number's aside pairs with it, not with the next baseline (made up: no sentence of the
        # project's material gives asides to numbers paired with names)
        (
            TAROT,
            "On 120 matrices and two GPUs, Tarot is on average 3.2x (up to 40.5x) and 7.7x (up "
            "to 52.1x) faster than cuSPARSE and level-set methods, respectively.",
            {
                (3.2, "cuSPARSE"),
                (40.5, "cuSPARSE"),
                (7.7, "level-set methods"),
                (52.1, "level-set methods"),
            },
        ),
        # (an aside "from" a level is no number of its own)
        (
            "xs024",
            "Our evaluation on an 8-node high-performance cluster (using five widely used graph "
            "applications and five real-world graphs) shows that Gemini significantly "
            "outperforms all well-known existing distributed graph processing systems, "
            "delivering up to 39.8x (from 8.91x) improvement over the fastest among them.",
            {(39.8, "fastest among them")},
        ),
        # (made up: the project's material pairs no "from" asides with names)
        (
            TAROT,
            "On four graphs, Tarot beats the leading GNN systems DGL and PyG by up to 8.3× (from "
            "2.1×) and 60.2× (from 9.4×), respectively.",
            {(8.3, "DGL"), (60.2, "PyG")},
        ),
    ],
)
def test_an_aside_pairs_with_its_number(
    claims_of: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.value, c.baseline) for c in claims_of(paper, sentence)} == expected


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
        # "a widely used X" is a baseline ("a wide range of" is not); made up, these three: the
        # project's material compares with "the widely used" X only
        (
            "Measurements show that feedback control gives up to 60% higher application "
            "throughput compared to static control and up to 15% higher throughput compared to "
            "a widely used ad-hoc heuristic.",
            ["static control", "a widely used ad-hoc heuristic"],
        ),
        (
            "Running on one switch ASIC, our P4 design handles over 1.5 billion consensus "
            "messages each second, a 1000x throughput gain compared with a widely-used software "
            "version.",
            ["a widely-used software version"],
        ),
        ("It is 2x faster over a wide range of workloads.", []),
        (
            # (xs057)
            "We demonstrate that Shinjuku provides significant tail latency and throughput "
            "improvements over IX and ZygOS for a wide range of workload scenarios.",
            ["IX and ZygOS"],
        ),
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
        # (made up: no other sentence of the project's material compares with an "in-" word)
        (
            "On some queries Tarot is up to 80x faster than current in-memory engines.",
            ["current in-memory engines"],
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
        # (made up, these two: no sentence of the project's material gives each object of a
        # verb of beating its own "by")
        (
            TAROT,
            "In simulation, our controller outperforms PID by 21.5%, the greedy policy by 64.2%, "
            "and the static policy by 150.3%.",
            [("PID", 21.5), ("greedy policy", 64.2), ("static policy", 150.3)],
        ),
        (
            # the tagger takes "LAST" for a verb
            TAROT,
            "In our tests, the learned scheduler outperforms the FIFO method by 9% and LAST by "
            "4%, respectively.",
            [("FIFO", 9.0), ("LAST", 4.0)],
        ),
        # a measure before its "by" is no object, nor a setting ("for desktop workloads")
        (
            "xm048",
            "Experimental results show that Gorgeous consistently outperforms two "
            "state-of-the-art disk-based systems for vector search, boosting average query "
            "throughput by over 60% and reducing query latency by over 35%.",
            [
                ("state-of-the-art disk-based systems", 35.0),
                ("state-of-the-art disk-based systems", 60.0),
            ],
        ),
        (
            # (made up: the project's material has no second "by" after a setting)
            TAROT,
            "Using traces of many real workloads, we show that Tarot clearly outperforms earlier "
            "schemes, raising average write speed by up to 40% for database workloads and by "
            "about 12% for desktop workloads.",
            [("earlier schemes", 12.0), ("earlier schemes", 40.0)],
        ),
    ],
)
def test_each_object_of_a_verb_of_beating_before_its_own_by(
    claims_of: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert pairs(claims_of, paper, sentence) == sorted(expected, key=str)


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
        # a name may start with digits when capitals follow them (made up, all of them: no
        # compared name of the project's material starts with digits)
        (
            "Tarot outperforms 3PC-lite by as much as 6x on 16 nodes; and Janus by as much as "
            "1.9x with long read-only transactions.",
            ["3PC-lite"],
        ),
        (
            "Tarot restores a session after a core failure far faster than 3GPP's default "
            "handover path.",
            ["3GPP's default handover path"],
        ),
        # a number with its unit is no name
        (
            "With these changes, throughput over 8Gbps is reached for the whole rule set on one "
            "mid-range FPGA.",
            [],
        ),
        ("Our blob store now keeps over 40PBs of user photos.", []),
        ("Throughput over 25GBps is achieved on links over 16GT/s.", []),
    ],
)
def test_a_name_that_starts_with_digits(sentence: str, baselines: list[str]) -> None:
    assert [m.phrase for m in find_markers(sentence)] == baselines


def test_a_clause_after_the_baseline_and_a_comma_is_no_baseline(made_up_claims: Callable) -> None:
    # made up: the project's material has no "over X, and <a clause of its own>" after a number
    claims = made_up_claims(
        "Tarn: Molecular Dynamics on GPUs",
        "Tarn reaches a speedup of about 40 over a single CPU core, and more than 10 million "
        "atoms can be simulated by one GPU.",
    )
    assert [(c.baseline, c.value) for c in claims] == [("single CPU core", 40.0)]


# -- a verb the small model tags as a plural noun ends the baseline phrase


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth ym009, ym018, yd010): no sentence of the project's own papers has a verb
        # after ", and" that the tagger reads as a plural noun
        (
            "Wicket: Time-Sharing GPUs between Generation and Training in RLHF",
            "Wicket improves end-to-end RLHF throughput by 2.1x over DeepSpeed-Chat and 1.5x "
            "over OpenRLHF, and reshards a 70B actor in 3.2 seconds.",
            {"DeepSpeed-Chat", "OpenRLHF"},
        ),
        (
            "Dormouse: LLM Inference across the CPU, GPU and NPU of a Laptop",
            "Dormouse reduces time-to-first-token by 2.4x compared with llama.cpp on the GPU and "
            "by 1.6x compared with ONNX Runtime's NPU execution provider, and lowers decoding "
            "energy per token by 38%.",
            {"llama.cpp", "ONNX Runtime's NPU execution provider"},
        ),
        (
            "FLARE: A Flash-Aware Buffer Cache",
            "FLARE reduces total I/O time by 18-34% over LRU and by 11-22% over ARC, and lowers "
            "write traffic to flash by 45% on average.",
            {"LRU", "ARC"},
        ),
    ],
)
def test_a_verb_read_as_a_plural_noun_opens_a_clause_of_its_own(
    made_up_claims: Callable, title: str, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in made_up_claims(title, sentence)} == expected


def test_a_plural_noun_that_goes_on_with_of_stays_in_the_baseline(made_up_claims: Callable) -> None:
    # made up: "tries of equal size" is a baseline, though a change "by 2x" follows it
    claims = made_up_claims(
        "Burrow: A Compact Trie for String Keys",
        "Burrow outperforms hash tables and tries of equal size by 2x.",
    )
    assert sorted((c.baseline, c.value) for c in claims) == [
        ("hash tables", 2.0),
        ("tries of equal size", 2.0),
    ]


# -- a possessive, "N times that of", and an amount after "than" or "over"


def test_a_possessive_after_the_marker_is_the_name_it_belongs_to(
    claims_in: Callable, made_up_claims: Callable
) -> None:
    sentence = (
        "The generated code also outperforms Liftoff's by 39%-63% on the Coremark and "
        "PolyBenchC WebAssembly benchmarks."
    )
    assert {c.baseline for c in claims_in("xs044", sentence)} == {"Liftoff"}
    # made up (synth yd003): the project's other papers have no "than X's"
    claims = made_up_claims(
        "Ferrule: An Updatable Learned Index with Bounded Model Error",
        "On the most skewed dataset, however, Ferrule's lookups are 9% slower than ALEX's.",
    )
    assert [(c.subject, c.baseline) for c in claims] == [("ALEX", "Ferrule")]
    # a class written with an apostrophe is its plural, as before
    assert split_baselines("RNN's") == [("RNNs", "generic")]


def test_n_times_that_of_names_the_baseline(made_up_claims: Callable) -> None:
    # made up (synth yd014): the project's papers write "2x that of" (xs071), not "times"
    claims = made_up_claims(
        "Burrow: A Compact Trie for String Keys",
        "Its point-lookup throughput is within 10% of ART's and 1.9 times that of Masstree, "
        "and its range scans are up to 2.5x faster than ART's.",
    )
    assert sorted((c.value, c.baseline) for c in claims) == [(1.9, "Masstree"), (2.5, "ART")]


@pytest.mark.parametrize(
    "sentence",
    [
        # made up (synth yd013, yd018): no sentence of the project's papers has an amount of
        # time written in words after "than" or "over"
        "Injecting Gauge's estimates into PostgreSQL 12 reduces the total runtime of the "
        "workload by 27% and eliminates all queries that previously took more than ten minutes.",
        "On 42 TB of backup data collected over five months, Gauge keeps an index 30 times "
        "smaller than exact deduplication with a full index.",
    ],
)
def test_an_amount_of_time_in_words_is_no_baseline(made_up_claims: Callable, sentence: str) -> None:
    baselines = {c.baseline for c in made_up_claims("Gauge: Learned Cardinality", sentence)}
    assert not baselines & {"ten minutes", "minutes", "five months", "months"}
    assert baselines <= {None, "exact deduplication"}
    assert find_markers("It is faster than two state-of-the-art systems.")[0].phrase == (
        "two state-of-the-art systems"
    )


def test_the_numbers_after_the_verbs_by_are_against_its_objects(claims_of: Callable) -> None:
    # made up (synth yd005): no sentence of the project's own papers has a later comparison
    # after the numbers of "outperforms A, B and C by ..."; the names before "by" end a list
    # that shares the numbers, and "the throughput of RocksDB and SQLite" is whose measure
    sentence = (
        "Quarry outperforms ext4-DAX, NOVA and SplitFS by 3.8x, 1.4x and 1.2x respectively on "
        "Filebench varmail, and improves the throughput of RocksDB and SQLite by up to 62% and "
        "41% over their best-performing alternative."
    )
    quarry = MADE_UP + "Quarry: A Persistent-Memory File System"
    assert pairs(claims_of, quarry, sentence) == [
        ("NOVA", 1.4),
        ("SplitFS", 1.2),
        ("ext4-DAX", 3.8),
        ("their best-performing alternative", 41.0),
        ("their best-performing alternative", 62.0),
    ]


def test_a_factor_of_a_named_measure_is_against_that_name(
    claims_in: Callable, claims_of: Callable
) -> None:
    sentence = (
        "On one microdata benchmark, BetrFS provides more than 4× the performance of ext4 or XFS."
    )
    assert pairs(claims_in, "xs039", sentence) == [("XFS", 4.0), ("ext4", 4.0)]
    # made up (synth yd011): no sentence of the project's own papers has a comparison after
    # "N x the throughput of X"; the number's own "of" phrase comes first
    sentence = (
        "HopperKV serves 48 million small GET requests per second, 1.3x the throughput of MemC3 "
        "and 11x that of memcached."
    )
    hopper = MADE_UP + "HopperKV: A Concurrent In-Memory Key-Value Store"
    assert pairs(claims_of, hopper, sentence) == [("MemC3", 1.3), ("memcached", 11.0)]


def test_a_while_tail_takes_every_baseline_of_its_clause(claims_in: Callable) -> None:
    # (a comparison inside the clause, not opening one, is no fronted comparison of the tail)
    sentence = (
        "Through extensive experiments on both emulated and real testbeds, TPI-LLM demonstrated "
        "over 80% less time-to-first-token and token latency compared to Accelerate, and over "
        "90% compared to Transformers and Galaxy, while cutting the peak memory footprint of "
        "Llama 2-70B by 90%, requiring only 3.1 GB of memory for 70B-scale models."
    )
    memory = [c.baseline for c in claims_in("s001-33", sentence) if c.metric == "memory"]
    assert sorted(memory) == ["Accelerate", "Galaxy", "Transformers"]


def test_a_list_of_the_verbs_objects_runs_to_its_by(
    claims_in: Callable, claims_of: Callable
) -> None:
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
    # made up (synth yg009): an object that is a common phrase with a name inside it
    sentence = (
        "Gantry outperforms Intel TBB, GCC's libgomp implementation of OpenMP tasks, and Cilk "
        "Plus by 1.3x, 2.2x and 1.5x, respectively."
    )
    assert pairs(claims_of, TAROT, sentence) == [
        ("Cilk Plus", 1.5),
        ("GCCs libgomp implementation of OpenMP tasks", 2.2),
        ("Intel TBB", 1.3),
    ]


def test_a_comparison_in_parentheses_after_the_number_reaches_it(claims_in: Callable) -> None:
    sentence = (
        "Evaluating these applications using the YCSB benchmark shows that throughput is "
        "increased by 18-105% when using PebblesDB (compared to their default storage engines) "
        "while write IO is decreased by 35-55%."
    )
    assert pairs(claims_in, "xs019", sentence) == [
        ("their default storage engines", 18.0),
        ("their default storage engines", 35.0),
    ]


# made up, all (the synth sets named in each case, session 15): no sentence of the project's own
# papers shows these constructions; each case pins one rule of baseline.py
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # synth yg005, yg015, ya003, yb007
        # an amount after "than", even with "about" before it, is a setting, no baseline (MKL
        # still ahead is ahead of the paper's own system)
        (
            "For matrices smaller than about 2000, however, MKL remains up to 20% faster.",
            [("Tarot", 20.0)],
        ),
        # a clause that "and" opens with its own subject ends the baseline
        (
            "TNSlice is up to 5x faster than a GPU state-vector simulator, and we characterize "
            "the crossover point.",
            [("GPU state-vector simulator", 5.0)],
        ),
        # ... and so does "and within N% of", a level of its own
        (
            "Ferrule forwards 148 Mpps, 1.8x more than an IPVS-based deployment and within 6% of "
            "a pure forwarding baseline.",
            [("IPVS-based deployment", 1.8)],
        ),
        # "those produced by X": what made them
        (
            "TNSlice finds plans with 7.5x lower estimated cost than those produced by cotengra "
            "with default settings.",
            [("cotengra", 7.5)],
        ),
        # "N x the throughput of" a phrase that names a system
        (
            "SpTile's kernels reach 1.62x the throughput of cuBLAS dense GEMM for large matrices, "
            "and training is 1.31x faster than dense mixed-precision training.",
            [("cuBLAS dense GEMM", 1.62), ("dense mixed-precision training", 1.31)],
        ),
        # made up (synth ym003): "within N% of X" compares a level, as "comparable to X" does:
        # it reaches a "while" tail, and gives no claim of its own
        (
            "TQGE attains perplexity within 1% of full-precision training while reducing "
            "time-to-accuracy by 2.2x.",
            [("full-precision training", 2.2)],
        ),
        # ... but no number of a clause of its own
        (
            "TQGE runs within 8% of the hand-tuned versions on a Xeon Phi, and TQGE is 1.15x "
            "faster than cuDNN on a P100.",
            [("cuDNN", 1.15)],
        ),
        # made up (synth yb001, ym004): a comparison that opens the clause after a semicolon
        # is the clause's, not the opening "Compared with" of the sentence's
        (
            "Compared with vLLM, TessaKV reduces TTFT by 43% on average; against SGLang it "
            "achieves 1.35x higher throughput on long-context workloads.",
            [("SGLang", 1.35), ("vLLM", 43.0)],
        ),
        (
            "Compared with TensorFlow with XLA enabled, it reduces the number of kernel launches "
            "by 3.6x; over TVM it is 1.4x faster on average.",
            [("TVM", 1.4), ("TensorFlow", 3.6)],
        ),
        # made up, all (synth yg006, yh017, ym001): the project's papers have no such sentence
        # a pronoun baseline stands for the comparison before it
        (
            "Vexel vectorizes 37% more scalar operations than the LLVM SLP vectorizer and "
            "achieves a geometric mean speedup of 1.19x over it.",
            [("LLVM SLP vectorizer", 1.19), ("LLVM SLP vectorizer", 37.0)],
        ),
        # "N x X's measure" is against X, not against the list before it
        (
            "Havoc-G covers 19% more branches than AFLSmart and Nautilus, and reaches 2.8x AFL's "
            "branch coverage on mruby.",
            [("AFL", 2.8), ("AFLSmart", 19.0), ("Nautilus", 19.0)],
        ),
        # a comparison in a relative clause ("which ... over vLLM") is that clause's
        (
            "StrataKV shrinks KV cache memory by 4.1x on average, which admits larger batches "
            "and increases serving throughput by up to 2.3x over vLLM.",
            [(None, 4.1), ("vLLM", 2.3)],
        ),
        # made up, both (synth yd002): no sentence of the project's own papers has them
        # a factor of a kind of solution's measure is against it, before a later comparison
        (
            "It sustains 1.9 million transactions per second, 4.7x the throughput of a "
            "two-phase locking implementation and 2.3x that of a variant with one counter.",
            [("two-phase locking implementation", 4.7), ("variant", 2.3)],
        ),
        # the clause's verb after the baseline is no part of it
        (
            "On a contention-heavy workload, its advantage over two-phase locking shrinks to 1.3x.",
            [("two-phase locking", 1.3)],
        ),
        # made up (synth yu006, yv005): "N x as many X as Y" compares with Y; an aside with a
        # number of its own keeps its comparison
        (
            "Hexmoth covers 2.4x as many basic blocks as syzkaller and 1.6x as many as a "
            "USB-specific fuzzing setup.",
            [("USB-specific fuzzing setup", 1.6), ("syzkaller", 2.4)],
        ),
        (
            "Compared with Transformer Engine FP8, Octave raises training throughput by 27% (64% "
            "over BF16).",
            [("BF16", 64.0), ("Transformer Engine FP8", 27.0)],
        ),
        # made up, all (synth yu005, yw020, yy003, yy024): the project's papers have none
        # a cause after the baseline is no part of it
        (
            "When conflicts exceed 40%, however, Tarot is 12% slower than MDCC because of "
            "aborted fast-path attempts.",
            [("Tarot", 12.0)],
        ),
        # a clause of its own after the baseline list ("and the energy ... is reduced by")
        (
            "Tarot is 2.4x faster than the GPU backend of MLC-LLM, and the energy consumption "
            "is reduced by 58%.",
            [("MLC-LLM", 2.4), ("MLC-LLM", 58.0)],
        ),
        # an aside on a comparison made before it is that comparison's, not the next one's
        (
            "Tarot is 1.6x and 2.3x faster than HyPer and MonetDB on average (up to 4.2x on Q9), "
            "and 1.3x faster than Vectorwise.",
            [
                ("HyPer", 1.6),
                ("HyPer", 4.2),
                ("MonetDB", 2.3),
                ("MonetDB", 4.2),
                ("Vectorwise", 1.3),
            ],
        ),
        # a possessive written with the apostrophe alone
        ("Tarot sustains 1.6x Mencius' throughput under load.", [("Mencius", 1.6)]),
        # synth yg010, yv021, yd018, yx004, yb004: a level set beside another's ("versus N for
        # X", "N% of X's score", "N% of the ratio achieved by X", "the same accuracy as X",
        # "matches ... found by X") gives no claim and reaches a later number that states none
        (
            "HaloWeave achieves 87% weak-scaling efficiency versus 61% for the original "
            "implementation, and it reduces time-to-solution by 34%.",
            [("original implementation", 34.0)],
        ),
        (
            "MiniLark retains 98.1% of BERT-base's average GLUE score while being 5.3x faster "
            "on CPU.",
            [("BERT-base", 5.3)],
        ),
        (
            "GradSift reaches the same accuracy as uncompressed training while reducing "
            "training time by 1.8x.",
            [("uncompressed training", 1.8)],
        ),
        (
            "Hyperloom matches the best perplexity found by an exhaustive grid search while "
            "consuming 12x fewer GPU-hours.",
            [("exhaustive grid search", 12.0)],
        ),
        # synth yw010: a comparison put at the head of a coordinated clause ("and compared to
        # X the ... is reduced by") is that clause's, and its phrase ends at the clause's subject
        (
            "Compared to DCTCP, Tarot reduces the 99th percentile flow completion time by 43%, "
            "and compared to TCP Cubic the average FCT of short flows is reduced by 71%.",
            [("DCTCP", 43.0), ("TCP Cubic", 71.0)],
        ),
        # synth yk004: a measure after the baseline opens a clause of its own (but "tiered
        # memory management", a thing, is a baseline: xs077)
        (
            "Query latency drops by 64% relative to InfluxDB 1.2, and memory consumption at 10 "
            "million series falls by 3x.",
            [("InfluxDB 1.2", 3.0), ("InfluxDB 1.2", 64.0)],
        ),
        # synth ym018, ya016 (the project's papers have none): a later number that states no
        # baseline takes every comparison of the run of numbers before it, as a later clause
        # does (dev s001-33), not only the last one ...
        (
            "Tarot reduces time-to-first-token by 2.4x compared with llama.cpp on the GPU and by "
            "1.6x compared with ONNX Runtime, and lowers decoding energy per token by 38%.",
            [
                ("ONNX Runtime", 1.6),
                ("ONNX Runtime", 38.0),
                ("llama.cpp", 2.4),
                ("llama.cpp", 38.0),
            ],
        ),
        (
            "Tarot reduces the tail FCT of small flows by 62% relative to DCQCN and by 19% "
            "relative to HPCC, and cuts the number of pause frames by 4x.",
            [("DCQCN", 4.0), ("DCQCN", 62.0), ("HPCC", 19.0), ("HPCC", 4.0)],
        ),
        # synth yl011: a bound in a "while" tail ("at most 4% later than X", no claim) shares
        # no comparison with the numbers before it
        (
            "Tarot reduces disk reads by 46% and improves job completion time by 1.7x, while "
            "the slowest jobs finish at most 4% later than under the FIFO scheduler.",
            [(None, 1.7), (None, 46.0)],
        ),
        # (synth zc011) the run may state its numbers as "N% more than"
        (
            "Tarot covers 27.4% more branches than AFLNet and 14.9% more than ChatAFL on "
            "average, and explores 2.1x as many protocol states.",
            [("AFLNet", 2.1), ("AFLNet", 27.4), ("ChatAFL", 14.9), ("ChatAFL", 2.1)],
        ),
        # (synth zd001, yf013) a level set beside another's at the end of the sentence
        # ("compared with 31% for X") closes no comparison of the numbers before it
        (
            "Tarot reduces the all-to-all communication time by 38% and keeps peak imbalance "
            "below 6%, compared with 31% for the greedy baseline.",
            [(None, 38.0)],
        ),
        # (synth zd014, yl012) a clause after a semicolon goes on with the comparison of the
        # clause right before it ...
        (
            "Tarot finds configurations whose test error is 7% lower than those found by ASHA; "
            "equivalently, it matches ASHA's best result using 2.6x less compute.",
            [("ASHA", 2.6), ("ASHA", 7.0)],
        ),
        # ... not with one in an aside, nor across a clause that has none (real: dev s001-03)
        (
            "Throughput improves by 1.35x over ReCycle; recovery completes within one second (up "
            "to 82x faster than full rebuilds); migration MTTR drops by as much as 51%.",
            [("ReCycle", 1.35), ("full rebuilds", 82.0), (None, 51.0)],
        ),
        # ... nor with the settings a result spans ("over four datasets"; real: xm064)
        (
            "We run experiments over four datasets, i.e., GSM8K, BBH and ShareGPT; Tarot allows "
            "up to 20x compression.",
            [(None, 20.0)],
        ),
        # (synth zd003) a clause with a subject of its own after ", and" ends the baseline
        (
            "Tarot answers queries using 12x fewer detector invocations than uniform random "
            "sampling, and Quill cuts the remaining training overhead by a further 3.1x.",
            [("uniform random sampling", 12.0), ("uniform random sampling", 3.1)],
        ),
        # (synth zc024) so does ", and its <noun> <verb> N"
        (
            "Tarot completes the benchmarks 1.4-3.1x faster than Chinchilla and Alpaca, and its "
            "checkpoints write 76% fewer bytes than whole-memory checkpointing.",
            [("Alpaca", 1.4), ("Chinchilla", 1.4), ("whole-memory checkpointing", 76.0)],
        ),
        # (synth zf018, zg018, yb021) "N times the rate of X", "twice that of Y", and the owner
        # of the measure an acronym of a kind of method names
        (
            "Tarot forwards 11.2 Mpps, roughly three times the forwarding rate of the Linux "
            "kernel path, and about twice that of Click.",
            [("Click", 2.0), ("Linux kernel path", 3.0)],
        ),
        (
            "Tarot sustains 2,300 tokens/s, 4.1x the throughput of PEFT and 1.4x that of S-LoRA.",
            [("PEFT", 4.1), ("S-LoRA", 1.4)],
        ),
        # (synth zg025) two factors before one measure of two systems, respectively
        (
            "Tarot delivers 2.4x and 3.1x the queries per second of DiskANN and SPANN, "
            "respectively, at 95% recall.",
            [("DiskANN", 2.4), ("SPANN", 3.1)],
        ),
        # (synth ze004) measures named before "by" are no list of systems
        (
            "Compared with the default scheduler of SGLang, Tarot reduces the average JCT by 34% "
            "and the P90 JCT by 47%.",
            [("SGLang", 34.0), ("SGLang", 47.0)],
        ),
        # (synth zc004) the medium a system runs over is no system compared with ...
        (
            "In a live deployment over an LTE network, an application using Tarot saw 2.6x "
            "fewer frame stalls.",
            [(None, 2.6)],
        ),
        # ... a protocol it improves over is, and so is a name that starts with a medium's
        ("Tarot improves throughput over TCP by 2x.", [("TCP", 2.0)]),
        ("Tarot improves throughput over Wi-Fi Direct by 2x.", [("Wi-Fi Direct", 2.0)]),
        # (a preposition that ends in "s" opens no clause: "across the three workloads")
        (
            "Tarot is 2x faster than Redis and Memcached across the three workloads.",
            [("Memcached", 2.0), ("Redis", 2.0)],
        ),
        # ... but a comparison of another verb before the run is not part of it
        (
            "Tarot raises throughput by 28% over Caspian, reduces latency by 11% relative to "
            "Ludwig, and cuts memory by 36%.",
            [("Caspian", 28.0), ("Ludwig", 11.0), ("Ludwig", 36.0)],
        ),
    ],
)
def test_made_up_baseline_constructions(
    claims_of: Callable, sentence: str, expected: list[tuple[str | None, float]]
) -> None:
    assert pairs(claims_of, TAROT, sentence) == sorted(expected, key=str)


# -- ablations: what the system loses without a part of itself is compared with the system
# without that part (a generic baseline).  None of the project's real papers puts a number on
# an ablation in its abstract, so the cases are made up, from the synth sets named beside them


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zg): two parts, the verb of the loss written once
        (
            "Tilecraft: Layout Inference for Tile Kernels",
            "Disabling solver-driven layout inference reduces average performance by 38%, and "
            "disabling software pipelining by a further 17%.",
            {
                ("Tilecraft", "Tilecraft without solver-driven layout inference", 38.0),
                ("Tilecraft", "Tilecraft without software pipelining", 17.0),
            },
        ),
        # made up (synth zg): "without" set before the clause, and again after a semicolon
        (
            "StrataANN: Tiered Graph Indexes",
            "Without centrality-based tiering, QPS drops by 36%; without page-contiguous layout, "
            "by 52%.",
            {
                ("StrataANN", "StrataANN without centrality-based tiering", 36.0),
                ("StrataANN", "StrataANN without page-contiguous layout", 52.0),
            },
        ),
        # made up (synth zf): "with X disabled"
        (
            "Thresher: Batched Packet Processing",
            "With batching disabled, Thresher's forwarding rate falls by 45 percent.",
            {("Thresher", "Thresher without batching", 45.0)},
        ),
        # made up (synth yj): more of a measure that is better lower
        (
            "Lodestar: Prefix-Aware Routing",
            "Disabling proactive replication raises P99 TTFT by 21% on the most skewed workload.",
            {("Lodestar", "Lodestar without proactive replication", 21.0)},
        ),
        # a gain with a part removed is a design choice, not an ablation ...
        (
            "Latchless: Lock-Free Indexing",
            "Removing the global lock improves throughput by 2.1x.",
            {("Latchless", None, 2.1)},
        ),
        # ... and "without" before a gain is a condition, whatever the gain reduces
        (
            "Hotswap: Transparent Kernel Upgrades",
            "Without any code changes, Hotswap reduces upgrade downtime by 12x.",
            {("Hotswap", None, 12.0)},
        ),
        (
            "Hotswap: Transparent Kernel Upgrades",
            "Without any code changes, Hotswap reduces the cache miss rate by 30%.",
            {("Hotswap", None, 30.0)},
        ),
        (
            "Hotswap: Transparent Kernel Upgrades",
            "Without modifying the application, Hotswap reduces the slowdown from interference "
            "by 3x.",
            {("Hotswap", None, 3.0)},
        ),
        # ... and a baseline the sentence names stays
        (
            "Pipit: Tiered Prefix Caching",
            "Without the host-DRAM tier, the speedup over SGLang falls to 1.2x.",
            {("Pipit", "SGLang", 1.2)},
        ),
        # ... and a gain that falls to a level is what is left of it, no loss against the
        # system without the part (made up, synth zj); the part switched off is no subject
        (
            "SpillWay: Tiered KV Caches",
            "With NVMe disabled, the throughput gain falls to 1.9x.",
            {("SpillWay", None, 1.9)},
        ),
    ],
)
def test_an_ablation_is_compared_with_the_system_without_the_part(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims(title, sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == expected
    assert all(c.baseline_kind == "generic" for c in claims if "without" in (c.baseline or ""))


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth yx): the "of" phrase of a multiplied measure ends before the verb of
        # the next predicate
        (
            "Fragment: Directory Metadata at Scale",
            "Fragment sustains 95,000 file creates per second, 7.4 times the throughput of static "
            "subtree partitioning, and comes within 12% of a pure hashing scheme.",
            {("static subtree partitioning", 7.4)},
        ),
        # ... and two names joined by "and" stay two baselines
        (
            "Fragment: Directory Metadata at Scale",
            "Fragment reaches 2.1 times the throughput of IndexFS and ShardFS.",
            {("IndexFS", 2.1), ("ShardFS", 2.1)},
        ),
    ],
)
def test_the_owner_of_a_multiplied_measure_ends_before_the_next_predicate(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zi): "N times of the X", as many authors whose first language is not
        # English write a multiple: X is what it multiplies ...
        (
            "FlickStart: Snapshot-Based Cold Starts",
            "Compared to the Firecracker snapshot, FlickStart can save 37% memory consumption, and "
            "the end-to-end throughput under the bursty workload is 5.3 times of the vanilla "
            "OpenWhisk.",
            {("Firecracker snapshot", 37.0, "memory"), ("OpenWhisk", 5.3, "throughput")},
        ),
        (
            "Braid: Parallel Log Replication",
            "The results show that the replication throughput of Braid is 4.2 times of the "
            "single-stream replication with 16 cores.",
            {("single-stream replication", 4.2, "throughput")},
        ),
        # ... a multiple of a setting's size is none
        (
            "Sable: NUMA-Aware Scheduling",
            "The buffer of Sable is sized at 4 times of the model size.",
            set(),
        ),
        # ... unless X is a measure: then the comparison named elsewhere stays
        (
            "Sable: NUMA-Aware Scheduling",
            "Compared to the CFS, Sable can achieve 1.8 times of the throughput for SPECjbb2005.",
            {("CFS", 1.8, "throughput")},
        ),
    ],
)
def test_times_of_the_thing_is_a_multiple_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value, c.metric) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (synth zj): "resp." is "respectively" in terse abstracts
        (
            "+38% and +71% branch coverage over AFL++ and a syzkaller-style baseline, resp., in "
            "24 h campaigns.",
            {("AFL++", 38.0), ("syzkaller-style baseline", 71.0)},
        ),
        (
            "Wickerwork covers 38% and 71% more branches than AFL++ and a syzkaller-style "
            "baseline, respectively.",
            {("AFL++", 38.0), ("syzkaller-style baseline", 71.0)},
        ),
    ],
)
def test_resp_abbreviates_respectively_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Wickerwork: Hypervisor Fuzzing", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zh): a comparison fronted to its clause after a semicolon, with the
        # name's apposition between, holds for that clause's number
        (
            "Tidewater: Near-Memory Graph Analytics",
            "Compared with a 16-core CPU system, Tidewater achieves a 9.6× average speedup; "
            "compared with Graphicionado, a state-of-the-art graph accelerator, it delivers 2.4× "
            "higher performance.",
            {("16-core CPU system", 9.6), ("Graphicionado", 2.4)},
        ),
        (
            "Tidewater: Near-Memory Graph Analytics",
            "Compared with a 16-core CPU system, Tidewater achieves a 9.6× average speedup; "
            "compared with Graphicionado, it delivers 2.4× higher performance.",
            {("16-core CPU system", 9.6), ("Graphicionado", 2.4)},
        ),
        # a name written with a spaced slash stays one ("TCP / IP"), made up
        (
            "Sockets: Fast Kernel Networking",
            "Sockets is 2x faster than the TCP / IP stack.",
            {("TCP / IP stack", 2.0)},
        ),
        # made up (synth zj): baselines listed with spaced slashes pair with numbers listed so
        (
            "Marrowgrass: Attention Kernels from Specifications",
            "Over PyTorch eager / torch.compile / FlashAttention-2: 4.1× / 1.7× / 0.95×.",
            {("PyTorch eager", 4.1), ("torch.compile", 1.7), ("FlashAttention-2", 0.95)},
        ),
        (
            "Tiller: Near-Memory Embeddings",
            "Against a 28-core Xeon baseline / an A100 GPU: 6.2x / 1.8x speedup on embedding "
            "operators.",
            {("28-core Xeon baseline", 6.2), ("A100 GPU", 1.8)},
        ),
    ],
)
def test_fronted_comparisons_with_an_apposition_and_slashed_lists_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zi, zh, ze, yb): a level set beside another system's is compared with
        # it, and so is a saving the same clause adds
        (
            "Thawline: Serverless LLM Inference",
            "Thawline attains 94% of the goodput of an always-warm deployment while using 5.7x "
            "fewer GPU-hours.",
            {("always-warm deployment", 5.7)},
        ),
        (
            "Tessellon: Transferable Cost Models",
            "Tessellon reaches the same end-to-end latency as Ansor with 5.8x fewer hardware "
            "measurements on average.",
            {("Ansor", 5.8)},
        ),
        (
            "Kiln: Fast Schedule Search",
            "Kiln matches the accuracy of AutoTVM while using 8.5x fewer hardware measurements.",
            {("AutoTVM", 8.5)},
        ),
        # ... the share itself is no claim, and a saving with nothing set beside compares nothing
        (
            "Thawline: Serverless LLM Inference",
            "Thawline attains 94% goodput while using 5.7x fewer GPU-hours.",
            {(None, 5.7)},
        ),
    ],
)
def test_a_saving_beside_a_level_matched_takes_its_baseline_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth yg, zc, yv): a level set beside another's reaches a later number of
        # its clause that states no comparison
        (
            "Petrel: Autotuned Stencil Code",
            "The generated code runs within 8% of the hand-tuned versions on an Intel Xeon Phi "
            "and is 1.15x faster on an NVIDIA P100.",
            {("hand-tuned versions", 1.15, "x")},
        ),
        (
            "Pupa: Firmware Rehosting",
            "Pupa successfully rehosts 33 of them, compared to 21 for the state-of-the-art P2IM, "
            "and reaches 1.7x more basic blocks on average.",
            {("P2IM", 1.7, "x")},
        ),
        # made up (session 19; synth zr, corpus b): the level set beside may be a range, or a
        # level of each of two measures
        (
            "Quill: Shared Virtual Memory",
            "Quill achieves speedups of 4.1 to 7.2 on eight processors, compared with 2.3 to "
            "6.8 for a page-based protocol, and sends 3.6 times fewer messages.",
            {(None, 4.1, "x"), ("page-based protocol", 3.6, "x")},
        ),
        (
            "Finch: Real-Time Detection",
            "Finch achieves 57.9 AP in 51 ms, compared to 57.5 AP in 198 ms by RetinaNet, "
            "with similar accuracy but 3.8x faster.",
            {("RetinaNet", 3.8, "x")},
        ),
        # ... not a range of the system's own settings
        (
            "Finch: Real-Time Detection",
            "Finch achieves 57.9 AP in 51 ms on 4 to 8 GPUs and runs 3.8x faster.",
            {(None, 3.8, "x")},
        ),
        # ... not a level of the system's own
        (
            "Rebuild: Popularity-Directed Rebuild",
            "It also shortens the interval before user response times return to within 10% of "
            "their fault-free values by nearly an order of magnitude.",
            {(None, 10.0, "x")},
        ),
        # ... nor a share of a cost or a setting, nor what a thing needs
        (
            "Foo: Checkpoints",
            "Foo eliminates 90% of the overhead of checkpointing and improves throughput by 1.5x.",
            {(None, 90.0, "%"), (None, 1.5, "x")},
        ),
        (
            "Foo: Datacenters",
            "Foo matches the needs of modern datacenters and improves throughput by 2.1x.",
            {(None, 2.1, "x")},
        ),
        (
            "Foo: Kernels",
            "Foo achieves 80% of the peak bandwidth of the device and a 2.3x speedup.",
            {(None, 2.3, "x")},
        ),
    ],
)
def test_a_level_set_beside_reaches_a_later_number_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims(title, sentence)
    assert {(c.baseline, c.value, c.unit) for c in claims} == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # made up (synth yu, zp): a code's parameters written against its name are part of it
        ("RS(10,4)", [("RS(10,4)", "named")]),
        ("RS(10,4) and LRC(12,2,2)", [("RS(10,4)", "named"), ("LRC(12,2,2)", "named")]),
        # ... while an aside in parentheses still lists examples
        (
            "state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel)",
            [("DeepSpeed-MoE", "named"), ("Tutel", "named")],
        ),
    ],
)
def test_a_codes_parameters_stay_with_its_name(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    assert split_baselines(phrase) == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth yd, yf, zj): the level a change starts from names what gave it, and a
        # factor of that change is compared with it
        (
            "Gauge: Learned Cardinalities",
            "On JOB, Gauge reduces the median q-error from 17.4 (PostgreSQL's built-in "
            "estimator) to 1.9 and the 99th-percentile q-error by three orders of magnitude.",
            {("PostgreSQL's built-in estimator", 1000.0)},
        ),
        (
            "Sparse Prefill for Million-Token Contexts",
            "TTFT for a 1M-token input drops from 142 seconds with dense FlashAttention-3 to 19 "
            "seconds (7.5×).",
            {("FlashAttention-3", 7.5)},
        ),
        # ... in its own clause only
        (
            "Ductile: Dynamic-Shape Compilation",
            "Ductile reduces compilation time from 9.3 hours for per-shape autotuning to 22 "
            "minutes, and in a two-week deployment it lowered average GPU cost by 31%.",
            {(None, 31.0)},
        ),
    ],
)
def test_the_level_a_change_starts_from_names_its_baseline_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (session 18, after real 2026 preprints kept outside the repository): a class
        # that points back stands for the systems the fronted comparison names, one claim each
        (
            "Relay: CPU-Free LLM Serving",
            "Evaluated against TensorRT-LLM, vLLM, and SGLang, Relay outperforms all baselines "
            "even in isolation, reducing P99 TTFT by up to 8.5x.",
            {("TensorRT-LLM", 8.5), ("vLLM", 8.5), ("SGLang", 8.5)},
        ),
        (
            "Quarrel: Learned Compaction",
            "Compared with RocksDB and PebblesDB, Quarrel beats both systems by 2.1x in write "
            "throughput.",
            {("RocksDB", 2.1), ("PebblesDB", 2.1)},
        ),
        # ... not a singular "the baseline", which names one thing of its own
        (
            "Snapline: Checkpointing",
            "Compared with PyTorch DCP and CheckFreq, Snapline cuts stalls by 96% and 71%, "
            "respectively, and wasted GPU hours are 8.3 times lower than the baseline.",
            {("PyTorch DCP", 96.0), ("CheckFreq", 71.0), ("baseline", 8.3)},
        ),
        # ... "all of them" too, and a generic member of the list with the named ones
        (
            "Quarrel: Learned Compaction",
            "Compared with RocksDB and PebblesDB, Quarrel outperforms all of them by 2x.",
            {("RocksDB", 2.0), ("PebblesDB", 2.0)},
        ),
        (
            "Quarrel: Learned Compaction",
            "Compared with RocksDB and PebblesDB, Quarrel outperforms all of the baselines by 2x.",
            {("RocksDB", 2.0), ("PebblesDB", 2.0)},
        ),
        (
            "Quarrel: Learned Compaction",
            "Compared with RocksDB and state-of-the-art systems, Quarrel beats all baselines by "
            "30%.",
            {("RocksDB", 30.0), ("state-of-the-art systems", 30.0)},
        ),
        # ... nor a class the sentence does not front with names, nor a list fronted without
        # a comparison ("benchmarked with")
        (
            "Relay: CPU-Free LLM Serving",
            "Relay outperforms all baselines, reducing P99 TTFT by up to 8.5x.",
            {("baselines", 8.5)},
        ),
        (
            "Relay: CPU-Free LLM Serving",
            "Benchmarked with vLLM and SGLang, Relay outperforms all baselines by 2x.",
            {("baselines", 2.0)},
        ),
    ],
)
def test_a_class_pointing_back_names_the_fronted_list_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a count of a class of baselines, in words (real) or digits (made up), is no amount
        (
            "xm048",
            "Experimental results show that Gorgeous consistently outperforms two "
            "state-of-the-art disk-based systems for vector search, boosting average query "
            "throughput by over 60% and reducing query latency by over 35%.",
            {
                ("state-of-the-art disk-based systems", 60.0),
                ("state-of-the-art disk-based systems", 35.0),
            },
        ),
        (
            MADE_UP + "Fampq: Mixed-Precision Weight Quantization",
            "Experiments on 7 models show that Fampq outperforms 7 baseline approaches in terms "
            "of accuracy (up to 6.87% higher).",
            {("baseline approaches", 6.87)},
        ),
        # ... but "over 7 models" counts a setting, and "at most 5 ... against up to 24 for X"
        # sets a level against another, neither is a baseline
        (
            MADE_UP + "Tideline: Autoscaling",
            "Against KEDA, Tideline matches latency at 75% fewer replica-steps, with violation "
            "bursts of at most 5 intervals against up to 24 for KEDA.",
            {("KEDA", 75.0)},
        ),
    ],
)
def test_counted_classes_and_levels_against_levels(
    claims_of: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.baseline, c.value) for c in claims_of(paper, sentence)} == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # made up (session 18): a plural acronym heading a class of baselines is the class its
        # examples in parentheses belong to (a name heading the phrase makes them a note)
        (
            "the best-performing baseline sequence CRDTs (Logoot and LSEQ)",
            [("Logoot", "named"), ("LSEQ", "named")],
        ),
        (
            "state-of-the-art LSM KVSs (RocksDB and PebblesDB)",
            [("RocksDB", "named"), ("PebblesDB", "named")],
        ),
        ("off-the-shelf TensorFlow (Raspberry Pi)", [("TensorFlow", "named")]),
        # a lone adjective shares the head of the conjunct after it: one class, not "static"
        (
            "state-of-the-art synchronous and asynchronous FL baselines",
            [("state-of-the-art synchronous and asynchronous FL baselines", "generic")],
        ),
        ("static and dynamic batching", [("static and dynamic batching", "generic")]),
        ("vLLM and SGLang", [("vLLM", "named"), ("SGLang", "named")]),
        (
            "centralized and federated baselines",
            [("centralized and federated baselines", "generic")],
        ),
        ("dense and MoE models", [("dense and MoE models", "generic")]),
        # (review) not across to a name: two baselines
        (
            "manual and PostgreSQL's default tuning",
            [("manual", "generic"), ("PostgreSQL's default tuning", "generic")],
        ),
        ("uniform sampling and random", [("uniform sampling", "generic"), ("random", "generic")]),
    ],
)
def test_classes_with_acronyms_and_adjectives_made_up(
    phrase: str, expected: list[tuple[str, str]]
) -> None:
    assert split_baselines(phrase) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # made up (session 18): what the results are averaged over, counted in words past ten
        "Strata improves recall by 3% over eleven benchmarks.",
        "Strata improves recall by 3% over a dozen datasets.",
    ],
)
def test_a_counted_setting_past_ten_is_no_baseline_made_up(
    made_up_claims: Callable, sentence: str
) -> None:
    claims = made_up_claims("Strata: Vector Search on Flash", sentence)
    assert {(c.baseline, c.value) for c in claims} == {(None, 3.0)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 19): LaTeX math that opens before the next number ends the baseline
        # phrase before it, as the number does
        (
            "Spindle achieves a geometric-mean $1.95\\times$ speedup over state-of-the-art "
            "SpGEMM accelerators and $5.3\\times$ over the best static dataflow configuration.",
            {
                ("state-of-the-art SpGEMM accelerators", 1.95),
                ("best static dataflow configuration", 5.3),
            },
        ),
        (
            "Spindle achieves up to $95.7\\times$ speedup over CPU and $8.5\\times$ speedup over "
            "GPU baselines.",
            {("CPU", 95.7), ("GPU baselines", 8.5)},
        ),
        # ... as in plain text
        (
            "Spindle achieves up to 95.7x speedup over CPU and 8.5x speedup over GPU baselines.",
            {("CPU", 95.7), ("GPU baselines", 8.5)},
        ),
    ],
)
def test_latex_math_before_a_number_ends_the_baseline_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Spindle: Dynamic Dataflow for SpGEMM", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 19, real re): "without" a loss is a caveat, not part of the baseline
        (
            "Bicache improves serving throughput by 36% compared to existing techniques "
            "without accuracy collapse.",
            "existing techniques",
        ),
        (
            "Bicache is 2.1x faster than vLLM without any regression in quality.",
            "vLLM",
        ),
        # ... but an ablation stays one
        (
            "Bicache is 2.1x faster than vLLM without prefix caching.",
            "vLLM without prefix caching",
        ),
    ],
)
def test_without_a_loss_is_a_caveat_made_up(
    made_up_claims: Callable, sentence: str, expected: str
) -> None:
    claims = made_up_claims("Bicache: Prefix Caching for DLMs", sentence)
    assert [c.baseline for c in claims] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 19, real rd and synth zl): a fronted comparison speaks for the
        # numbers before an item that ends in a comparison of its own ...
        (
            "Compared to MGARD-X, Sluice achieves up to 4.2x and 9.1x higher compression "
            "throughput, and up to 8.63x higher compression ratio than uniform baselines.",
            {("MGARD-X", 4.2), ("MGARD-X", 9.1), ("uniform baselines", 8.63)},
        ),
        (
            "Compared to Ring Attention, Sluice achieves 1.5x higher training throughput at 512K "
            "tokens, and supports 4x longer sequences than Ulysses.",
            {("Ring Attention", 1.5), ("Ulysses", 4.0)},
        ),
        # ... while numbers coordinated before a comparison share it
        (
            "Compared to the default compaction, Sluice lowers write amplification by 3.1x; over "
            "the full traces it improves throughput by 1.8x and 2.6x over RocksDB and LevelDB, "
            "respectively.",
            {("default compaction", 3.1), ("RocksDB", 1.8), ("LevelDB", 2.6)},
        ),
        # a name may open on a digit, a capital and a hyphen ...
        (
            "Sluice improves the mean efficiency by 26% compared to S3-FIFO and by 8% compared "
            "to 3L-Cache, the best prior algorithm.",
            {("S3-FIFO", 26.0), ("3L-Cache", 8.0)},
        ),
        # ... and another's level set beside "from" it reaches the later numbers
        (
            "Sluice reaches a perplexity of 11.9 (vs. 38 from SOTA) and delivers a 3.26x "
            "inference speedup.",
            {("SOTA", 3.26)},
        ),
    ],
)
def test_fronted_comparisons_digit_names_and_levels_from_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Sluice: Compaction", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 19, review): numbers coordinated over settings or asides share the
        # comparison after them, whatever is fronted
        (
            "Compared to existing systems, Relay achieves speedups of 1.4x on A100 and 1.7x on "
            "H100 over vLLM.",
            {("vLLM", 1.4), ("vLLM", 1.7)},
        ),
        (
            "Relay achieves 1.4x (A100) and 1.7x (H100) higher throughput than vLLM.",
            {("vLLM", 1.4), ("vLLM", 1.7)},
        ),
        # ... and "without" a word of loss that modifies another noun is an ablation
        (
            "Relay is 1.6x faster than a scheduler without penalty terms.",
            {("scheduler without penalty terms", 1.6)},
        ),
    ],
)
def test_review_of_session_19_baseline_rules_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Relay: Serving", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 20): each object of a verb of beating stands before its own "by",
        # even when what the previous number holds for comes between ("on average", "in
        # throughput")
        (
            "Relay outperforms Orca by 2x on average and vLLM by 3x.",
            {("Orca", 2.0), ("vLLM", 3.0)},
        ),
        (
            "Relay outperforms Orca by 20% in throughput, and vLLM by 35%.",
            {("Orca", 20.0), ("vLLM", 35.0)},
        ),
        (
            "Relay outperforms Orca by 2x for long prompts and vLLM by 3x.",
            {("Orca", 2.0), ("vLLM", 3.0)},
        ),
        # (a name with a capital inside is no verb, whatever the tagger says)
        ("Relay outperforms Orca by 2x and vLLM by 3x.", {("Orca", 2.0), ("vLLM", 3.0)}),
        # ... but a setting of the next number is no object (made up, session 20 review)
        (
            "Relay outperforms Orca by 2x on reads and by 3x on writes.",
            {("Orca", 2.0), ("Orca", 3.0)},
        ),
        (
            "Relay outperforms Orca by 2x on 64 A100 GPUs and vLLM by 3x.",
            {("Orca", 2.0), ("Orca", 3.0)},
        ),
        # ... and a measure there is no object: both numbers stay against Orca
        (
            "Relay outperforms Orca by 20% on average and tail latency by 35%.",
            {("Orca", 20.0), ("Orca", 35.0)},
        ),
    ],
)
def test_an_object_before_its_by_after_a_setting_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Relay: Serving", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 20, synth yk, zi): what the system was run on instead is compared
        # without its preposition, as "than with FP16 weights" is
        (
            "Relay runs queries 1.2x faster than on a dedicated column store.",
            {"dedicated column store"},
        ),
        ("Relay is 2x faster than under the default scheduler.", {"default scheduler"}),
        # (a name that opens on a hyphenated "on" keeps it)
        ("Relay is 2x faster than on-demand loading.", {"on-demand loading"}),
    ],
)
def test_a_baseline_run_on_drops_its_preposition_made_up(
    made_up_claims: Callable, sentence: str, expected: set[str]
) -> None:
    assert {c.baseline for c in made_up_claims("Relay: Serving", sentence)} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 21, real rs): "including" a result is no list of examples
        (
            "Tern yields latency reductions compared to the legacy baseline, including a 17% "
            "decrease in median latency.",
            {("legacy baseline", 17.0)},
        ),
        # ... while examples after "including" are the systems compared
        (
            "Tern outperforms prior stores, including RocksDB and LevelDB, by 2x.",
            {("RocksDB", 2.0), ("LevelDB", 2.0)},
        ),
        # made up (session 21, real rs): a fronted comparison ends where the clause's own
        # subject acts; a participle after a name still goes on with it
        ("Against Amazon Aurora, Tern achieved 3.1x higher performance.", {("Amazon Aurora", 3.1)}),
        (
            "Tern outperforms the leading runtime, Quill equipped with tuners, by 1.4x.",
            {("Quill", 1.4)},
        ),
        # made up (session 21, real rt): a factor in parentheses after another is no name
        (
            "Tern outperforms conventional GPUs by up to 3.5X (on an average 3X) in execution "
            "time.",
            {("conventional GPUs", 3.5), ("conventional GPUs", 3.0)},
        ),
        # made up (session 21, real rr): "intersection over union" is a measure's name
        (
            "Tern improves the mean intersection over union by 4% over SegNet.",
            {("SegNet", 4.0)},
        ),
    ],
)
def test_words_that_look_like_a_comparison_but_end_or_name_none_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Tern: Fast Queries", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


def test_a_segmentation_overlap_score_is_accuracy_made_up(made_up_claims: Callable) -> None:
    # made up (session 21, real rr): mIoU and intersection over union are quality scores
    claims = made_up_claims(
        "Tern: Fast Segmentation",
        "Tern improves the mean intersection over union by 4% over SegNet.",
    )
    assert [c.metric for c in claims] == ["accuracy"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 21, real rs): names of a workload whose measure is changed are what
        # the system runs, no baseline
        (
            "Tern lowers the average runtime of spilling TPC-H and TPC-DS queries by 22% and 26%.",
            [None, None],
        ),
        ("Tern cuts the latency of YCSB workloads by 2x.", [None]),
        # ... while a system that owns the measure is one
        ("Tern reduces the communication volume of ZeRO by 4x.", ["ZeRO"]),
    ],
)
def test_names_of_a_workload_owning_the_measure_are_no_baseline_made_up(
    made_up_claims: Callable, sentence: str, expected: list[str | None]
) -> None:
    assert [c.baseline for c in made_up_claims("Tern: Fast Queries", sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 21, real rs): a quality after "and" is no second baseline
        (
            "Tern delivers speedups between 2x and 178x over baselines and good performance "
            "across various workloads.",
            {("baselines", 2.0)},
        ),
        (
            "Tern is 2x faster than Redis and high-end commercial stores.",
            {("Redis", 2.0), ("high-end commercial stores", 2.0)},
        ),
        # made up (session 21, real rt): a setting in parentheses between coordinated numbers
        (
            "Against the best existing schedulers, Tern delivers up to 72% (T4) and 37% (A10) "
            "higher throughput.",
            {("best existing schedulers", 72.0), ("best existing schedulers", 37.0)},
        ),
    ],
)
def test_what_follows_and_is_a_quality_or_a_setting_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Tern: Fast Serving", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


def test_the_verb_of_the_clause_ends_a_baseline_made_up(made_up_claims: Callable) -> None:
    # made up (session 21, second reading of real papers): "X rather than Y yields": Y ends at
    # the clause's verb
    claims = made_up_claims(
        "Tern: Fast Solvers",
        "Evaluating the solver in single rather than double precision yields an additional "
        "2x-10x speedup.",
    )
    assert [c.baseline for c in claims] == ["double precision"]


# -- session 22: constructions read on real preprints (round `kcheck`), pinned on made-up
# sentences (the real ones are outside the repository, tests/data/gold/README.md)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 22, real sb): three numbers listed before the comparison pair in
        # order with three items after it, whatever their case
        (
            "Tern improves performance by 80%, 47%, and 6% over stock Linux, prior research, "
            "and our earlier allocator.",
            {("Linux", 80.0), ("prior research", 47.0), ("our earlier allocator", 6.0)},
        ),
        (
            "Tern lowers tail latency by 3x, 2x, and 1.5x compared to Redis, a tuned cache, and "
            "plain replication.",
            {("Redis", 3.0), ("tuned cache", 2.0), ("plain replication", 1.5)},
        ),
        # ... but one number keeps the first item, a comma after it sets off an aside
        (
            "Tern improves performance by 80% over stock Linux, prior research, and our earlier "
            "allocator.",
            {("Linux", 80.0)},
        ),
        # ... and a setting may stand between the numbers and the comparison
        (
            "Tern achieves throughput gains of 2.5x, 35x, and 14x under different batch sizes "
            "compared to the 8nm Nvidia A10G, 16nm AMD ZCU102, and U250.",
            {("Nvidia A10G", 2.5), ("AMD ZCU102", 35.0), ("U250", 14.0)},
        ),
        # made up (session 22, real re): a factor before a name and its measure multiplies it
        ("Long-context prefill reaches up to 1.39× FA2 throughput on H100.", {("FA2", 1.39)}),
        ("Tern achieves 2x vLLM's throughput on Llama-3.", {("vLLM", 2.0)}),
        # ... not a comparative before the measure
        ("Tern achieves 2x higher throughput on Llama-3.", {(None, 2.0)}),
        # made up (session 22, real sa): an enumeration mark opens the next item, no baseline
        (
            "Tern (1) delivers 2.3x speedups over full autoregressive inference, and (2) further "
            "accelerates decoding with a compressor.",
            {("full autoregressive inference", 2.3)},
        ),
        (
            "Tern cuts latency by 40% relative to vLLM; (ii) it shares prefixes across requests.",
            {("vLLM", 40.0)},
        ),
        # made up (session 22, real sa): "the situation where X was deployed" is X
        (
            "The downtime is reduced by 30X compared to the situation where the original "
            "FastFreeze was deployed.",
            {("FastFreeze", 30.0)},
        ),
        (
            "Restarts are 4x faster than in the case where Redis is restarted cold.",
            {("Redis", 4.0)},
        ),
        # ... a case that names nothing stays the case
        (
            "Restarts are 4x faster than in the worst case.",
            {("worst case", 4.0)},
        ),
    ],
)
def test_lists_items_and_cases_made_up_session_22(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Tern: Fast Queries", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 22, real sa): "ones" are of the subject's kind
        (
            "We find that discrete-action algorithms outperform continuous-action ones by two "
            "orders of magnitude.",
            ("discrete-action algorithms", "continuous-action algorithms"),
        ),
        (
            "Learned index structures are 3x smaller than tree-based ones.",
            ("Learned index structures", "tree-based structures"),
        ),
    ],
)
def test_ones_stand_for_the_subjects_kind_made_up(
    made_up_claims: Callable, sentence: str, expected: tuple[str, str]
) -> None:
    claims = made_up_claims("When Does Learning Help? A Benchmark Study of Controllers", sentence)
    assert {(c.subject, c.baseline) for c in claims} == {expected}


# -- session 23: constructions read on real preprints (round `ocheck`), pinned on made-up
# sentences (the real ones are outside the repository, tests/data/gold/README.md)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 23, real sd): numbers after a colon detail the comparison before it
        # when that comparison states no number
        (
            "Tern largely outperforms the vendor GEMM library on Trainium: at the kernel level, it "
            "achieves an average 1.35x speedup (up to 2.22x).",
            {("vendor GEMM library", 1.35), ("vendor GEMM library", 2.22)},
        ),
        (
            "Tern consistently beats RocksDB across workloads: on YCSB-A it achieves 1.4x higher "
            "throughput and 30% lower tail latency.",
            {("RocksDB", 1.4), ("RocksDB", 30.0)},
        ),
        # ... not a comparison inside a clause that sets a condition
        (
            "Once the number of connections exceeds what the NIC cache can hold, performance "
            "collapses: the throughput of small reads falls by 68%.",
            {(None, 68.0)},
        ),
        # made up (session 23, real sd): the owner of the measure, written with "'s"
        ("Tern reduces AdamW's optimizer memory footprint by up to 8x.", {("AdamW", 8.0)}),
        ("Tern improves PostgreSQL's query throughput by 2.5x on TPC-H.", {("PostgreSQL", 2.5)}),
        # made up (session 23, real tb, ys and zn): "comparing to/with" compares, as "compared"
        (
            "Tern improves the aggregate throughput comparing to two state-of-the-art placement "
            "solutions by 27.1 ~ 45.2 percent.",
            {("state-of-the-art placement solutions", 27.1)},
        ),
        ("Comparing with CFS, Tern improves the throughput of memcached by 27%.", {("CFS", 27.0)}),
        (
            "Tern reduces the execution time by 2.4 times comparing with local execution.",
            {("local execution", 2.4)},
        ),
        # ... not comparing as what the method does
        ("Tern speeds up comparing tokens across the sequence by 2x.", {(None, 2.0)}),
        # made up (session 23, real sd): "that of X" after a factor written in TeX math
        (
            "The geometric mean of Tern's per-operator speedups is $1.54\\times$ that of "
            "CANNBot, the strongest baseline.",
            {("CANNBot", 1.54)},
        ),
        ("Tern reaches $2\\times$ those of vLLM on long prompts.", {("vLLM", 2.0)}),
        # ... not an instance of a given size, what the method is applied to
        ("Tern reduces the MPKI of a 64 KB TAGE-SC-L by 7.8% on average.", {(None, 7.8)}),
        # ... not the system's own measure, nor "its"
        ("Tern reduces its memory footprint by up to 5x.", {(None, 5.0)}),
        (
            "Disabling the group commit reduces Tern's throughput by 4.6x.",
            {("Tern without group commit", 4.6)},
        ),
    ],
)
def test_baselines_read_in_round_ocheck_and_tb_made_up_session_23(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Tern: Fast Storage", sentence)
    assert {(c.baseline, c.value) for c in claims} == expected
