"""Which numbers are claims (``claimgraph.extraction.claimness`` with the quantity reader).

Real abstracts lose or mangle the unit: "a speedup of up to 2.73", "2.2 higher throughput"
(the sign dropped by the page), "doubles the throughput", LaTeX and range forms.  A number
without its unit counts only where the measure is named with it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.extraction.claimness import coordinated_claims, is_claim_quantity
from claimgraph.quantities import find_quantities

pytestmark = pytest.mark.slow


def values(claims_in: Callable, paper: str, sentence: str) -> list[tuple[object, ...]]:
    return sorted(
        {(c.value, c.value_max, c.unit, c.qualifier) for c in claims_in(paper, sentence)}, key=str
    )


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xm027",
            "Luffy system can achieve a speedup of up to 2.73 compared to state-of-the-art MoE "
            "training systems.",
            [(2.73, None, "x", "up_to")],
        ),
        (
            "xm008",
            "Extensive experiments conducted on eight real-world datasets, ranging from ten "
            "million to one billion vectors, exhibit that Flash achieves a speedup of 10.4 to "
            "22.9 in index construction efficiency, while maintaining or improving search "
            "performance.",
            [(10.4, 22.9, "x", None)],
        ),
    ],
)
def test_a_speedup_of_a_bare_number_is_a_factor(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


def test_a_bare_number_before_a_comparative_and_a_measure_is_a_factor(claims_in: Callable) -> None:
    sentence = (
        "Across a range of models and workloads, our system Nexus achieves up to 2.2 higher "
        "throughput, 20 lower TTFT, and 2.5 lower TBT than vLLM, and outperforms SGLang with up "
        "to 2 higher throughput, 2 lower TTFT, and 1.7 lower TBT, and achieves 1.4× higher "
        "throughput than vLLM-disaggregation with only half the number of GPUs."
    )
    against_vllm = {
        (c.value, c.metric) for c in claims_in("xm001", sentence) if c.baseline == "vLLM"
    }
    assert against_vllm == {(2.2, "throughput"), (20.0, "latency"), (2.5, "latency")}


def test_a_bare_number_needs_its_measure_named() -> None:
    # "Section 2 higher" style numbers are no factors: without a measure after them, no claim.
    sentence = "The scheme needs 2 more bits per entry than the baseline."
    assert [q.text for q in find_quantities(sentence)] == []
    sentence = "It keeps 2 higher levels of the tree in memory."
    assert not any(is_claim_quantity(sentence, q) for q in find_quantities(sentence))


def test_doubles_is_twice_when_it_names_a_measure(claims_in: Callable) -> None:
    sentence = (
        "We compare Faasm to a standard container-based platform and show that, when training "
        "a machine learning model, it achieves a 2x speed-up with 10x less memory; for serving "
        "machine learning inference, Faasm doubles the throughput and reduces tail latency by "
        "90%."
    )
    assert (2.0, "throughput") in {(c.value, c.metric) for c in claims_in("xs031", sentence)}


def test_double_as_an_adjective_is_no_factor() -> None:
    assert find_quantities("(2) Flat GEMM optimization with double buffering.") == []


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xm013",
            "Experimental results show that OpenRLHF achieves superior training efficiency with "
            "speedups ranging from 1.22× to 1.68× across different model sizes compared to "
            "state-of-the-art frameworks, while requiring significantly fewer lines of code for "
            "implementation.",
            [(1.22, 1.68, "x", None)],
        ),
        (
            "xs038",
            "For streaming data, Trill’s throughput is 2-4 orders of magnitude higher than "
            "comparable streaming engines.",
            [(100.0, 10000.0, "x", None)],
        ),
        (
            "xs029",
            "PLFS has produced speedups of 2-150X for N-1 workloads at Los Alamos National Lab.",
            [(2.0, 150.0, "x", None)],
        ),
    ],
)
def test_range_forms(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a range whose dash the page lost: "20% 40% speedup", "by 25 49%"
        (
            "wa012",
            "We conduct NS-3 simulations and show that TinyFlow provides 20% 40% speedup in both "
            "mean and 99-th percentile FCT for mice, and about 40% throughput improvement for "
            "elephants.",
            [(20.0, 40.0, "%", None), (40.0, None, "%", "approx")],
        ),
        (
            "z042",
            "Ac- cording to our extensive real-world tests, DRWA may reduce the delay by 25 49% "
            "in general cases and increase TCP throughput by up to 51% in some specific "
            "scenarios.",
            [(25.0, 49.0, "%", None), (51.0, None, "%", "up_to")],
        ),
    ],
)
def test_a_range_that_lost_its_dash(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a speedup that is a number whose sign was lost
        (
            "wa050",
            "The experimental results showed that the performance speedup due to the disk "
            "reorganization is 4.0",
            [(4.0, None, "x", None)],
        ),
        (
            "ta020",
            "The maximum speedups are 5.95 and 3.65, respectively.",
            [(3.65, None, "x", None), (5.95, None, "x", None)],
        ),
        # numbers coordinated with it, each in a setting of its own
        (
            "ad068",
            "Experiments show that BitDecoding achieves up to 7.5 speedup on RTX 4090, 4.8 on "
            "A100, and 8.9 on H100, compared to FP16 FlashDecoding-v2.",
            [(4.8, None, "x", "up_to"), (7.5, None, "x", "up_to"), (8.9, None, "x", "up_to")],
        ),
        # (a factor with its sign is read whole)
        (
            "v052",
            "Aiming at the features of the LBM (lattice Boltzmann method), we put forward a "
            "parallel data structure layout of the D2Q9 model and related algorithm based on "
            "CUDA(compute unified device architecture).Taking the plane Poiseuille flow as a "
            "test example, we implement the parallel computation of the LBM based on LBGK "
            "(lattice Bhatnagar-Gross-Krook) model on GPU(graphic processing unit).By comparing "
            "the results obtained on a NVIDIA GeForce GTS 450 GPU with those on a Intel Core "
            "i5-760 quad-core CPU, both have good agreement and the highest speedup of GPU is "
            "about 102 times faster than that of CPU.",
            [(102.0, None, "x", "approx")],
        ),
    ],
)
def test_a_speedup_that_is_a_bare_number(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a range from a percentage to a factor: the low end is a factor too ("50%" faster is
        # 1.5x)
        (
            "ua028",
            "In our benchmarks, IcebergHT inserts are 50% to 3× faster than state-of-the-art "
            "PMEM hash tables Dash and CLHT and queries are 20% to 2× faster.",
            [(1.2, 2.0, "x", None), (1.5, 3.0, "x", None)],
        ),
        (
            "xs053",
            "Experiments demonstrate that its out-of-core metadata throughput out-performs PVFS "
            "by 50% to an order of magnitude.",
            [(1.5, 10.0, "x", None)],
        ),
        (
            "xs002",
            "Experimental results show that in write-intensive workloads, NOVA provides 22% to "
            "216× throughput improvement compared to state-of-the-art file systems, and 3.1× to "
            "13.5× improvement compared to file systems that provide equally strong data "
            "consistency guarantees.",
            [(1.22, 216.0, "x", None), (3.1, 13.5, "x", None)],
        ),
        # (two percentages stay a range of percentages)
        (
            "ua042",
            "We find that Migratory Compression improves compression effectiveness compared to "
            "traditional compressors, by 11% to 105%, with relatively low impact on runtime "
            "performance.",
            [(11.0, 105.0, "%", None)],
        ),
    ],
)
def test_a_range_from_a_percentage_to_a_factor(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


def test_a_clause_of_its_own_ends_a_baseline(claims_in: Callable) -> None:
    # "... than state-of-the-art PMEM hash tables Dash and CLHT and queries are 20% to 2x
    # faster": "queries are" opens a clause, it is no third baseline
    sentence = (
        "In our benchmarks, IcebergHT inserts are 50% to 3× faster than state-of-the-art PMEM "
        "hash tables Dash and CLHT and queries are 20% to 2× faster."
    )
    assert {c.baseline for c in claims_in("ua028", sentence)} == {"Dash", "CLHT"}


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a cut "from A% to B%" that rises is a range of cuts; the levels of what is cut would
        # fall
        (
            "ad010",
            "The results show that our framework can save energy from 10% to 36% without "
            "affecting the quality of user experiences.",
            [(10.0, 36.0, "%", None)],
        ),
        (
            "ad048",
            "The evaluation results show that RbWL improves the lifetime of NAND flash memory "
            "systems by 52%, and it also reduces the overhead of wear leveling from 8% to 42% and "
            "from 13% to 51%, in terms of the number of erase operations and the number of page "
            "migrations of valid pages, respectively, compared with other algorithms.",
            [(13.0, 51.0, "%", None), (52.0, None, "%", None), (8.0, 42.0, "%", None)],
        ),
        # levels that fall ("from 12-55% to only 4-7%") and a loss paid ("with accuracy losses
        # ranging from 2% to 10%") are no cuts of the paper's
        (
            "j046",
            "By selectively rewrit- ing a small percentage of duplicates during backup, we can "
            "reduce the drop in restore bandwidth from 12-55% to only 4-7%, as shown by "
            "experiments driven by a set of backup traces.",
            [],
        ),
        (
            "p078",
            "Quantization-aware training also allows for reducing the precision of weights to "
            "four bits with accuracy losses ranging from 2% to 10%, with higher accuracy drop for "
            "smaller networks.We introduce tools in TensorFlow and TensorFlowLite for quantizing "
            "convolutional networks and review best practices for quantization-aware training to "
            "obtain high accuracy with quantized weights and activations.",
            [],
        ),
    ],
)
def test_a_cut_from_one_percentage_to_a_larger_one_is_a_range(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


def test_two_numbers_side_by_side_that_fall_are_no_range() -> None:
    # a range climbs; "50% 5%" (a level, then a smaller one) is two numbers
    quantities = find_quantities("it keeps 50% 5% of the time")
    assert [(q.value, q.value_max) for q in quantities] == [(50.0, None), (5.0, None)]


def test_from_one_level_is_no_range() -> None:
    # "(from 8.91x)" says where a gain started; it is not the low end of a range
    quantities = find_quantities("delivering up to 39.8x (from 8.91x) speedup over the fastest")
    assert [(q.value, q.value_max) for q in quantities] == [(39.8, None)]
    assert find_quantities("from 10% to 5%") == []


@pytest.mark.parametrize(
    ("paper", "sentence", "qualifier"),
    [
        (
            "xm038",
            "Our experiments on a range of DNN tasks, models, datasets, and hardware "
            "configurations show that CoorDL accelerates hyperparameter search by upto 5.7x, "
            "single-server training by upto 2x, and multi-server training by upto 15x compared "
            "to the state-of-the-art data loading library DALI on PyTorch.",
            "up_to",
        ),
        (
            "xm032",
            "The experimental results show that compared to the stateof-the-art work, STOF "
            "achieves maximum speedups of 1.6x in MHA computation and 1.4x in end-to-end "
            "inference.",
            "up_to",
        ),
    ],
)
def test_one_word_upto_and_maximum_are_up_to(
    claims_in: Callable, paper: str, sentence: str, qualifier: str
) -> None:
    assert {c.qualifier for c in claims_in(paper, sentence)} == {qualifier}


def test_an_average_of_a_long_measure_is_average(claims_in: Callable) -> None:
    sentence = (
        "Across four representative DLRM variants (DLRM-DCNv2, T180, T200, and T510), EMBark "
        "achieves an average end-to-end training throughput speedup of 1.5x and up to 1.77x "
        "over traditional table-row-wise sharding approaches."
    )
    assert values(claims_in, "xm012", sentence) == [
        (1.5, None, "x", "average"),
        (1.77, None, "x", "up_to"),
    ]


# -- changes written as cuts, copulas and parentheses; shares and costs paid stay out


def test_a_cut_of_a_share_is_a_change(claims_in: Callable) -> None:
    sentence = (
        "Rubik saves up to 66% of core power, widely outperforms prior techniques, and requires "
        "no application-specific tuning."
    )
    assert values(claims_in, "xs035", sentence) == [(66.0, None, "%", "up_to")]
    # "N% of X" without a cutting verb is still a share: no claim
    share = "communication can occupy 47% of the time"
    assert not is_claim_quantity(share, find_quantities(share)[0])


def test_a_change_stated_with_is_is_a_claim_and_a_cost_paid_is_not(claims_in: Callable) -> None:
    sentence = (
        "Results show that the median reduction in energy-delay product for twelve benchmarks "
        "is 8%, the median energy reduction is 11%, and the median increase in execution time "
        "increase is only 2%."
    )
    assert [c.value for c in claims_in("xs063", sentence)] == [8.0, 11.0]


def test_a_change_in_parentheses_after_its_verb(claims_in: Callable) -> None:
    sentence = (
        "It significantly reduces the latency of RT requests (up to 74.20%), improving their "
        "fine-grained service level objectives (SLOs) attainments (up to 36.38), with "
        "negligible throughput reduction for BE requests, showing significant advantages over "
        "SOTA systems like vLLM and TGI."
    )
    assert values(claims_in, "xm002", sentence) == [(74.2, None, "%", "up_to")]


def test_a_qualifier_stops_at_another_verb(claims_in: Callable) -> None:
    sentence = (
        "Experimental results demonstrate that MuSL significantly enhances the performance of "
        "the base model: when applied to Qwen2.5-Coder, it not only improves Pass@1 by up to "
        "28.91% and boosts Tester performance by 68.90%, but also outperforms the previous "
        "state-of-the-art method CodeRosetta by 1.56 and 6.92 in BLEU and CodeBLEU scores, "
        "while achieving performance comparable to DeepSeek-R1 and GPT-4.1."
    )
    assert values(claims_in, "mutual-supervised-learning-for-910105d1", sentence) == [
        (28.91, None, "%", "up_to"),
        (68.9, None, "%", None),
    ]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "up to 2.5x (SATA SSD) and 1.8x (PCIe SSD)": a closed aside between two coordinated
        # numbers does not stop the qualifier
        (
            "b026",
            "On a server system, F2FS is shown to perform better than EXT4 by up to 2.5× (SATA "
            "SSD) and 1.8× (PCIe SSD).",
            [(1.8, None, "x", "up_to"), (2.5, None, "x", "up_to")],
        ),
        (
            "xs056",
            "Across the SPEC CPU suite of benchmarks, we find a substantial performance gap: "
            "applications compiled to WebAssembly run slower by an average of 45% (Firefox) to "
            "55% (Chrome), with peak slowdowns of 2.08X (Firefox) and 2.5X (Chrome).",
            [(2.08, None, "x", "up_to"), (2.5, None, "x", "up_to")],
        ),
    ],
)
def test_a_qualifier_carries_past_a_closed_aside(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert [v for v in values(claims_in, paper, sentence) if v[2] == "x"] == expected


def test_a_participle_inside_a_noun_phrase_does_not_stop_a_qualifier(
    claims_in: Callable,
) -> None:
    sentence = (
        "As a result, Spice delivers near-warm performance on cold restores from disk, reducing "
        "latency by up to 14.9× over state-of-the-art process-based systems and 10.6× over "
        "VM-based systems."
    )
    assert {c.qualifier for c in claims_in("xs005", sentence)} == {"up_to"}


def test_upto_after_by_is_a_cue(claims_in: Callable) -> None:
    sentence = (
        "Indeed, experiments on the MSMARCO passage ranking dataset show that MAP can be "
        "improved by upto 26% on the TREC 2019 query set and 10% on the TREC 2020 query set by "
        "the application of our proposed ColBERT-PRF method on a ColBERT dense retrieval "
        "approach."
    )
    assert values(claims_in, "pseudo-relevance-feedback-for-94f92ff3", sentence) == [
        (10.0, None, "%", None),
        (26.0, None, "%", "up_to"),
    ]


# -- forms from a fresh reading (tests/data/reading/fresh.jsonl)


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "f050",
            "Our experimental evaluation shows that a carefully engineered hash join "
            "implementation outperforms previous high performance hash joins by a factor of more "
            "than two, resulting in an unprecedented throughput of 3/4 billion join argument "
            "tuples per second.",
            [(2.0, None, "x", "at_least")],
        ),
        (
            "f010",
            "In those tests, HotSwap accelerates dependency loading for those serverless functions "
            "with large dependency requirements by a factor ranging from 2.2 to 3.2.",
            [(2.2, 3.2, "x", None)],
        ),
        (
            "f058",
            "Experimental results show that RFP improves performance by 1.6×∼4× compared with "
            "both server-reply and server-bypass paradigms.",
            [(1.6, 4.0, "x", None)],
        ),
        (
            "f042",
            "SplitFS reduces software overhead by up-to 4x compared to the NOVA PM file system, "
            "and 17x compared to ext4-DAX.",
            [(17.0, None, "x", "up_to"), (4.0, None, "x", "up_to")],
        ),
        (
            "f046",
            "Compared to baseline snapshotting, REAP slashes the cold-start delays by 3.7×, on "
            "average.",
            [(3.7, None, "x", "average")],
        ),
        (
            "f048",
            "By doing so, system throughput is doubled across the eight industry-representative "
            "recommendation models.",
            [(2.0, None, "x", None)],
        ),
    ],
)
def test_factor_forms_of_a_fresh_reading(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


def test_a_gain_in_parentheses_after_a_comparative(claims_in: Callable) -> None:
    sentence = (
        "We implement SilentZNS using the state-of-the-art ConfZNS++ emulator and show that it "
        "eliminates the undue burden of dummy writes by up to 20×, leading to lower DLWA (86% "
        "less at 10% zone occupancy), less overall wear (up to 76.9%), and up to 3.7× faster "
        "workload execution."
    )
    assert (76.9, None, "%", "up_to") in values(claims_in, "f054", sentence)


def test_a_loss_that_comes_with_the_result_is_a_cost_paid(claims_in: Callable) -> None:
    sentence = (
        "vDNN enables VGG-16 with batch size 256 (requiring 28 GB of memory) to be trained on a "
        "single NVIDIA Titan X GPU card containing 12 GB of memory, with 18% performance loss "
        "compared to a hypothetical, oracular GPU with enough memory to hold the entire DNN."
    )
    assert claims_in("f064", sentence) == []


# -- forms from the second fresh reading (tests/data/reading/fresh2.jsonl)


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "g016",
            "Our experiments show that by applying these design techniques, our new "
            "implementation of a key-value store, SlimDB, can be two to three times faster, use "
            "less memory to cache metadata indices, and show lower tail latency in read "
            "operations compared to popular LSM-tree implementations such as LevelDB and RocksDB.",
            [(2.0, 3.0, "x", None)],
        ),
        (
            "g060",
            "Finally, we evaluate Chiller using various workloads, and show that our partitioning "
            "and execution strategy outperforms traditional partitioning techniques which try to "
            "avoid distributed transactions, by up to a factor of 2.",
            [(2.0, None, "x", "up_to")],
        ),
        (
            "g004",
            "Our experiments on a cluster of eight nodes show that Aria outperforms systems with "
            "conventional nondeterministic concurrency control algorithms and the "
            "state-of-the-art deterministic databases by up to a factor of two on two popular "
            "benchmarks (YCSB and TPC-C).",
            [(2.0, None, "x", "up_to")],
        ),
    ],
)
def test_word_ranges_and_factors_with_their_qualifier(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(claims_in, paper, sentence) == expected


def test_a_level_of_a_ratio_is_no_claim(claims_in: Callable) -> None:
    sentence = (
        "Compared to state-of-the-art systems that suffer a write amplification of 2.5× or more, "
        "Flashield maintains a median write amplification of 0.5× (since many filtered objects "
        "are never written to flash at all), without any loss of hit rate or throughput."
    )
    assert claims_in("g072", sentence) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a factor whose sign was lost before the noun of a change, or after "by" with
        # nothing after it that could be a unit
        (
            "h032",
            "Our experimental results on a 16-node Aliyun cluster demonstrate that NeutronTP "
            "achieves 1.29-8.72 speedup over state-of-the-art GNN systems including DistDGL, "
            "NeutronStar, and Sancus.",
            {(1.29, 8.72, "x")},
        ),
        (
            "h004",
            "Overall, ElasticRec achieves an average 3.3 reduction in memory allocation size and "
            "8.1 increase in memory utility, resulting in an average 1.6 reduction in deployment "
            "cost compared to state-of-the-art RecSys inference serving system.",
            {(3.3, None, "x"), (8.1, None, "x"), (1.6, None, "x")},
        ),
        (
            "h064",
            "Our degree-aware reduction kernels achieve up to 10 speedup (median 2.6).",
            {(10.0, None, "x")},
        ),
        (
            "h044",
            "Our trace-driven simulation with representative DL model training workloads "
            "demonstrates that Hadar accelerates the total time duration by 1.20 when compared "
            "with its state-of-the-art heterogeneity-aware counterpart, Gavel.",
            {(1.2, None, "x")},
        ),
        (
            "xm041",
            "Experimental results demonstrate that our system outperforms state-of-the-art "
            "training frameworks by up to 1.98.",
            {(1.98, None, "x")},
        ),
        # the unit is written: "53 times reduction" stays 53x
        (
            "lmuformer-low-complexity-yet-8ba0ee09",
            "In comparison to SOTA transformer-based models within the ANN domain on the SCv2 "
            "dataset, our LMUFormer demonstrates comparable performance while necessitating a "
            "remarkable 53 times reduction in parameters and a substantial 65 times decrement in "
            "FLOPs.",
            {(53.0, None, "x"), (65.0, None, "x")},
        ),
        # scores changed "by 1.56 and 6.92 in BLEU" are points, not factors
        (
            "mutual-supervised-learning-for-910105d1",
            "Experimental results demonstrate that MuSL significantly enhances the performance of "
            "the base model: when applied to Qwen2.5-Coder, it not only improves Pass@1 by up to "
            "28.91% and boosts Tester performance by 68.90%, but also outperforms the previous "
            "state-of-the-art method CodeRosetta by 1.56 and 6.92 in BLEU and CodeBLEU scores, "
            "while achieving performance comparable to DeepSeek-R1 and GPT-4.1.",
            {(28.91, None, "%"), (68.9, None, "%")},
        ),
    ],
)
def test_a_factor_that_lost_its_sign(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.value, c.value_max, c.unit) for c in claims_in(paper, sentence)} == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a number after "and" coordinated with a speedup whose sign was lost, against a
        # baseline of its own; a lost sign before "speed-up" may have four digits
        (
            "qa020",
            "The results show that our implementation on Nvidia 4090 can achieve up to 2173 "
            "speedup over CPU implementation and 1.25 over state-of-the-art GPU acceleration "
            "work for specific operations.",
            {(2173.0, "CPU implementation"), (1.25, "state-of-the-art GPU acceleration work")},
        ),
        (
            "t040",
            "For decoding and decryption, it achieves a 963 speed-up over the CPU and 82 over "
            "the state-of-the-art accelerator.",
            {(963.0, "CPU"), (82.0, "state-of-the-art accelerator")},
        ),
        # a comparative that closes an aside: "(up to 7.55 faster)", "(11.1 faster)"
        (
            "pa044",
            "Extensive evaluations show that our framework achieves competitive or leading "
            "performance across all key evaluation dimensions, including bulk loading (up to "
            "7.55 faster), point queries (up to 1.68 faster), range queries (up to 11.41 "
            "faster), and mixed read-write throughput (up to 3.50 faster).",
            {(7.55, None), (1.68, None), (11.41, None), (3.5, None)},
        ),
        (
            "qa024",
            "Together, BoostCom achieves an end-to-end performance improvement of more than an "
            "order of magnitude (11.1 faster) compared to the state-of-the-art CPU-based uFHE "
            "systems, across various FHE parameters and tasks.",
            {
                (10.0, "state-of-the-art CPU-based uFHE systems"),
                (11.1, "state-of-the-art CPU-based uFHE systems"),
            },
        ),
        # ("by a factor between about 20 and 60 compared to": no speedup lost its sign, so
        # "60" is not read)
        (
            "j078",
            "We accelerate a 3‐D finite‐difference in the time domain wave propagation code by "
            "a factor between about 20 and 60 compared to a serial implementation using "
            "graphics processing unit computing on NVIDIA graphics cards with the CUDA "
            "programming language.",
            set(),
        ),
    ],
)
def test_a_number_with_a_lost_sign_beside_a_factor(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.value, c.baseline) for c in claims_in(paper, sentence)} == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # LaTeX around the number hides nothing: "by over $23\%$", "up to \textbf{27.4 times}"
        (
            "k080",
            "By integrating this provisioning with adaptive load balancing across VMs and "
            "serverless functions based on request ingestion, SERFLOW reduces cloud costs by "
            "over $23\\%$ while efficiently adapting to dynamic workloads.",
            {(23.0, "%", "at_least")},
        ),
        (
            "k048",
            "Our experimental results demonstrate that on industry-scale graphs of up to 500 "
            "million nodes and 22.4 billion edges, our method can produce a performance boost of "
            "up to 27.4 times.",
            {(27.4, "x", "up_to")},
        ),
        (
            "xm059",
            "Extensive experiments show that GNNAdvisor outperforms the state-of-the-art GNN "
            "computing frameworks, such as Deep Graph Library ($3.02\\times$ faster on average) "
            "and NeuGraph (up to $4.10\\times$ faster), on mainstream GNN architectures across "
            "various datasets.",
            {(3.02, "x", "average"), (4.1, "x", "up_to")},
        ),
    ],
)
def test_latex_around_a_number(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.value, c.unit, c.qualifier) for c in claims_in(paper, sentence)} == expected


def test_a_cost_paid_written_with_a_less_than_sign() -> None:
    # dev3 m033: "sustaining concurrency with <15% latency increase": a cost the system pays
    sentence = (
        "overlap scheme, sustaining concurrency with <15% latency increase and 50% throughput"
    )
    (cost, _) = find_quantities(sentence)
    assert not is_claim_quantity(sentence, cost)


@pytest.mark.slow
def test_a_factor_is_no_subject_and_a_drop_down_to_is_a_cost_paid(claims_in: Callable) -> None:
    # the parser makes "3.93X" a subject; "with down to 1% performance drop" is what SiDA pays
    sentence = (
        "Specifically, SiDA attains a remarkable speedup in MoE inference with up to 3.93X "
        "throughput increasing, up to 75% latency reduction, and up to 80% GPU memory saving "
        "with down to 1% performance drop."
    )
    assert {(c.subject, c.value) for c in claims_in("n030", sentence)} == {
        ("SiDA", 3.93),
        ("SiDA", 75.0),
        ("SiDA", 80.0),
    }


@pytest.mark.parametrize(
    ("paper", "sentence", "values"),
    [
        # a change named before a copula is a claim, modal or not
        (
            "p028",
            "It is shown by simulations that the energy saving can be more than 20% for some "
            "system configurations.",
            [(20.0, "at_least")],
        ),
        (
            "xs063",
            "Results show that the median reduction in energy-delay product for twelve benchmarks "
            "is 8%, the median energy reduction is 11%, and the median increase in execution "
            "time increase is only 2%.",
            [(8.0, None), (11.0, None)],
        ),
    ],
)
def test_a_change_that_is_or_can_be_a_number_is_a_claim(
    claims_in: Callable, paper: str, sentence: str, values: list[tuple[object, ...]]
) -> None:
    assert [(c.value, c.qualifier) for c in claims_in(paper, sentence)] == values


def test_a_share_of_a_gain_is_no_claim(paper_claims: Callable) -> None:
    # "more than 80% of the compression gain" is a share (CLAIMS.md), "14% higher" is a claim
    values = {c.value for c in paper_claims("q068")}
    assert 80.0 not in values
    assert 14.0 in values


def test_numbers_in_latex_math_coordinate_like_plain_ones(claims_in: Callable) -> None:
    sentence = (
        "Our experimental evaluations of PEN with a set of diverse real storage workloads "
        "indicate that the proposed approach can shorten the write latency by $44.3\\%$ and "
        "$47.9\\%$ for block-level FTL and hybrid FTL, respectively."
    )
    claims = claims_in("q048", sentence)
    assert [(c.value, c.metric) for c in claims] == [(44.3, "latency"), (47.9, "latency")]
    assert {c.evidence.split()[0] for c in claims} == {"value=unit"}  # "\%" is a written unit


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "g031",
            "When I/O size comes to 4MB, its random write performance achieves 2.2 times of Ext4, "
            "16.5 times of NILFS2 and 4.4 times of F2FS respectively.",
            [(2.2, "Ext4"), (16.5, "NILFS2"), (4.4, "F2FS")],
        ),
        (
            "xs043",
            "Our evaluation shows that it protects unmodified applications with SGX, achieving "
            "0.6x–1.2x of native throughput.",
            [(0.6, "native")],
        ),
    ],
)
def test_a_multiple_of_a_system_is_a_claim_against_it(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[float, str]]
) -> None:
    # "N times of X": a multiple (a share is a percentage, CLAIMS.md)
    assert [(c.value, c.baseline) for c in claims_in(paper, sentence)] == expected


def test_accelerations_of_a_percentage_are_claims(paper_claims: Callable) -> None:
    # "we demonstrate accelerations of 65.08% with 1D parallelism ..., an additional 12.59% ..."
    assert 65.08 in {c.value for c in paper_claims("a045")}


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "save more than N% of X": a saving, not a share
        (
            "v030",
            "We show that TinyDéjàVu can save more than 60% of RAM usage and eliminate up to 90% "
            "of redundant compute on overlapping sliding window inputs.",
            [(60.0, "at_least", "memory")],
        ),
        # changes named before their measures and numbers, paired in order
        (
            "v038",
            "Our results show that the framework achieves reductions in energy and end-to-end "
            "latency of 27.09–35.82% and 6.34–22.92%, respectively, compared to a static "
            "partitioning baseline.",
            [(27.09, None, "cost"), (6.34, None, "latency")],
        ),
        # "a marginal increase in hit rate of 1%" supposes; the 35% is the claim
        (
            "g071",
            "For example, a marginal increase in hit rate of 1% can reduce the application layer "
            "latency by over 35%.",
            [(35.0, "at_least", "latency")],
        ),
    ],
)
def test_changes_written_before_their_numbers(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(c.value, c.qualifier, c.metric) for c in claims_in(paper, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "first", "expected"),
    [
        (
            "We implement ENVPIPE as a library using PyTorch and demonstrate that it can save up "
            "to 25.2% energy in singlenode training with 4 GPUs and 28.4% in multi-node training "
            "with 16 GPUs, while keeping performance degradation to less than 1%.",
            25.2,
            [25.2, 28.4],
        ),
        (
            "By further employing a fast buffer reordering algorithm that allows memory eviction "
            "of finished tasks, it brings over 11x inference speedup on GPT and 16x on LLAMA "
            "compared to the cutting-edge solutions provided by NVIDIA FasterTransformer.",
            11.0,
            [11.0, 16.0],
        ),
        # a comparative after the first number makes it a claim of its own, not a setting
        (
            "Extensive evaluations show that our approach delivers 48% lower decoding latency "
            "with over 60% expert cache hit rate, while maintaining nearly lossless accuracy.",
            48.0,
            [48.0],
        ),
    ],
)
def test_a_measure_after_the_first_number_does_not_break_a_coordination(
    sentence: str, first: float, expected: list[float]
) -> None:
    every = find_quantities(sentence)
    claims = [q for q in every if q.value == first]
    assert [q.value for q in coordinated_claims(sentence, every, claims)] == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "g071",
            "We demonstrate that for the Memcachier applications, on average, Cliffhanger "
            "increases the overall hit rate 1.2%, reduces the total number of cache misses by "
            "36.7% and achieves the same hit rate with 45% less memory capacity.",
            [(1.2, "other"), (36.7, "other"), (45.0, "memory")],
        ),
        (
            "v032",
            "The proposed technique prolonged the system lifetime about 13% and it reduced the "
            "garbage collection overhead about 42.4%, on average.",
            [(13.0, "other"), (42.4, "cost")],
        ),
        # "save" too: "saves disk usage up to 79%", "save the refresh power up to 16%"
        (
            "ac020",
            "When applied to a well-known time series database InfluxDB, Machete saves disk "
            "usage up to 79% and improves the query performance of the InfluxDB database by "
            "saving I/O.",
            [(79.0, "memory")],
        ),
        (
            "l014",
            "We can save the refresh power up to 16% with only 6.2 KB registers in a DRAM device.",
            [(16.0, "cost")],
        ),
    ],
)
def test_a_change_verb_and_its_measure_without_by(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.metric) for c in claims_in(paper, sentence)] == expected


def test_a_change_verb_before_between_or_is_no_measure_left_out(claims_in: Callable) -> None:
    # "improve between 4x ...", "the median energy reduction is 11%": no measure stands between
    # the verb and the number, so the measure read elsewhere stays
    infiniswap = claims_in(
        "f035",
        "Using INFINISWAP, throughputs of these applications improve between 4x (0:94x) to "
        "15:4x (7:8x) over disk (Mellanox nbdX), and median and tail latencies between 5:4x (2x) "
        "and 6x (2:3x).",
    )
    assert [c.metric for c in infiniswap if c.value == 4.0][0] == "throughput"
    energy = claims_in(
        "xs063",
        "Results show that the median reduction in energy-delay product for twelve benchmarks is "
        "8%, the median energy reduction is 11%, and the median increase in execution time "
        "increase is only 2%.",
    )
    assert [(c.value, c.metric) for c in energy if c.value == 11.0] == [(11.0, "cost")]


@pytest.mark.parametrize(
    ("paper", "motivation"),
    [
        # "the memory of microcontrollers is 2-3 orders of magnitude smaller even than mobile
        # phones", in the abstract's first sentence
        ("xm056", 100.0),
        # "LLMs' size grows by 240times every two years, which outpaces the hardware progress"
        ("r046", 240.0),
        # "its adoption is hindered by ..., requiring 10000-fold more computation"
        ("t040", 10000.0),
        # "Tiered DRAM+NVM servers increase total memory capacity by up to 8x, but ..."
        ("xs077", 8.0),
    ],
)
def test_figures_before_the_abstract_speaks_of_its_own_work_describe_the_problem(
    paper_claims: Callable, paper: str, motivation: float
) -> None:
    values = {c.value for c in paper_claims(paper)}
    assert motivation not in values
    assert values  # the results later in the abstract stay


@pytest.mark.parametrize(
    ("paper", "result"),
    [
        # "It can train models with over 13 billion parameters on a single GPU, a 10x increase
        # in size": the abstract has named ZeRO-Offload before, with no "we"
        ("f029", 10.0),
        # "compared to the baseline method, CL4VA can reduce the average latency by 8.65%": the
        # clause names its subject
        ("t050", 8.65),
    ],
)
def test_a_result_before_any_we_stays_when_the_system_is_named(
    paper_claims: Callable, paper: str, result: float
) -> None:
    assert result in {c.value for c in paper_claims(paper)}


def test_an_average_before_the_noun_of_the_change_carries_over_its_list(
    claims_in: Callable,
) -> None:
    sentence = (
        "For the 10 irregular matrices, the CSR5 obtains average performance improvement of "
        "17.6%, 28.5%, 173.0% and 293.3% (up to 213.3%, 153.6%, 405.1% and 943.3%) over the best "
        "existing work on dual-socket Intel CPUs, an nVidia GPU, an AMD GPU and an Intel Xeon "
        "Phi, respectively."
    )
    qualifiers = {c.value: c.qualifier for c in claims_in("xs030", sentence)}
    assert [qualifiers[v] for v in (17.6, 28.5, 173.0, 293.3)] == ["average"] * 4
    assert [qualifiers[v] for v in (213.3, 153.6, 405.1, 943.3)] == ["up_to"] * 4


def test_a_gain_in_a_level_is_a_change_and_one_increase_a_supposition() -> None:
    gain = (
        "We show that on future large-scale systems, SCR can lead to a gain in machine "
        "efficiency of up to 35 percent, and reduce the load on the parallel file system by a "
        "factor of two."
    )
    assert [q.value for q in find_quantities(gain) if is_claim_quantity(gain, q)] == [35.0, 2.0]
    supposed = (
        "For example, a marginal increase in hit rate of 1% can reduce the application layer "
        "latency by over 35%."
    )
    assert [q.value for q in find_quantities(supposed) if is_claim_quantity(supposed, q)] == [35.0]


def test_latex_inline_math_around_a_number(claims_in: Callable) -> None:
    # "\(26%\)" opens and closes math around the number; "\(4\times70\)" is a product
    claims = claims_in(
        "xm075",
        "Furthermore, the execution plans generated by ReaLHF exhibit an average of \\(26%\\) "
        "performance improvement over heuristic approaches based on Megatron-LM.",
    )
    assert [(c.value, c.qualifier, c.baseline) for c in claims] == [
        (26.0, "average", "Megatron-LM")
    ]
    assert not claims_in(
        "xm075",
        "We evaluate ReaLHF on the LLaMA-2 models with up to \\(4\\times70\\) billion parameters "
        "and 128 GPUs.",
    )
    # display math opens and closes with two dollars
    claims = claims_in(
        "i080",
        "Experiments on synthetic and benchmark traces show that CARF achieves up to "
        "$$27.9\\%$$ improvement than state-of-art flash-aware buffer management strategies.",
    )
    assert [(c.value, c.qualifier) for c in claims] == [(27.9, "up_to")]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "or more" bounds the setting a number describes
        (
            "y048",
            "Moreover, compared to the SOTA solution that achieves speedups only on data with "
            "$60%$ sparsity or more, our method begins to obtain speedups on data with only "
            "$10%$ sparsity.",
            [],
        ),
        # a change "on the order of" a number is a claim, with or without a bound after it
        (
            "g019",
            "We find that while far memory is not a panacea, for memory-intensive workloads it can "
            "provide performance improvements on the order of 10% or more even without changing "
            "the total amount of memory available.",
            [10.0],
        ),
    ],
)
def test_or_more_bounds_a_setting_and_on_the_order_of_is_a_change(
    claims_in: Callable, paper: str, sentence: str, expected: list[float]
) -> None:
    assert [c.value for c in claims_in(paper, sentence)] == expected


def test_a_change_is_as_much_as_a_number(claims_in: Callable) -> None:
    # "the reduction in webpage load time is as much as 40%": the qualifiers of "by" hold after
    # "is" too
    claims = claims_in(
        "w078",
        "If dp has already resolved the domain, the reduction in webpage load time is as much as "
        "40%.",
    )
    assert [(c.value, c.qualifier, c.metric) for c in claims] == [(40.0, "up_to", "latency")]


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # the "by" left out after the object of a verb of beating
        (
            "sa016",
            "We demonstrate experimentally in a multi-data-center cloud environment that our "
            "design outperforms a leading distributed transaction processing engine (TAPIR) more "
            "than 10-fold in terms of peak throughput, albeit at the cost of additional latency "
            "for gossip.",
            {(10.0, "TAPIR")},
        ),
    ],
)
def test_a_number_right_after_what_is_beaten(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.value, c.baseline) for c in claims_in(paper, sentence)} == expected


def test_a_number_right_after_what_is_beaten_in_a_damaged_page(paper_claims: Callable) -> None:
    # "the LD_B+ tree outperformed the existing index structure 6%-63% under different
    # workloads" (its sentences lost the spaces after their full stops)
    claims = [c for c in paper_claims("c052") if c.value == 6.0]
    assert {(c.value_max, c.baseline) for c in claims} == {(63.0, "existing index structure")}


@pytest.mark.parametrize(
    ("paper", "sentence"),
    [
        (
            "w040",
            "In addition to releasing a set of open-source workloads, we conduct in-depth "
            "analysis that underpins future system design and optimization for at-scale "
            "recommendation: Inference latency varies by 60% across three Intel server "
            "generations, batching and co-location of inference jobs can drastically improve "
            "latency-bounded throughput, and diversity across recommendation models leads to "
            "different optimization strategies.",
        ),
        (
            "sa038",
            "We analyze a Microsoft production system and find that backend query latencies vary "
            "by more than two orders of magnitude across backends and over time, resulting in "
            "high request tail latencies.",
        ),
        (
            "pa064",
            "We find that common database operations can exercise the full dynamic power range "
            "of a server, and that the CPU power consumption of different operators, for the "
            "same CPU utilization, can differ by as much as 60%.",
        ),
    ],
)
def test_a_spread_between_settings_is_no_claim(
    claims_in: Callable, paper: str, sentence: str
) -> None:
    assert claims_in(paper, sentence) == []


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # what differs is the setting; the number is a change the system makes
        (
            "q062",
            "Finally, the service supports coordinated reads, a technique that avoids "
            "stragglers due to different input sizes in distributed training, reducing training "
            "time by 2.2x, on average.",
            [2.2],
        ),
        (
            "g055",
            "Under different configurations of TPC-C and TPC-E, Polyjuice can achieve throughput "
            "numbers higher than the best of existing algorithms by 15% to 56%.",
            [15.0],
        ),
    ],
)
def test_a_change_across_different_settings_is_still_a_claim(
    claims_in: Callable, paper: str, sentence: str, expected: list[float]
) -> None:
    assert [c.value for c in claims_in(paper, sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review guards (made-up text): a model's number before a percentage is no low end
        ("Foo trains Llama 2 30% faster than FSDP.", [(30.0, None, "%")]),
        ("Foo trains Llama 3 2% more accurately than LoRA.", [(2.0, None, "%")]),
        # a speedup "when the number of GPUs is 64" is no factor of 64; "15 percent" keeps its
        # unit
        ("a near-linear speedup when the number of GPUs is 64.", []),
        ("The speedup of Foo over Bar is 15 percent.", [(15.0, None, "%")]),
        # a percentage "at" a setting is no low end of a range of factors; a reduction of half
        # is a factor of two
        ("the speedup grows from 1.2x at 10% to 3.1x at 90% sparsity", [(90.0, None, "%")]),
        ("reduces latency by 50% to 3x compared with Bar", [(2.0, 3.0, "x")]),
    ],
)
def test_review_guards_for_numbers(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(q.value, q.value_max, q.unit) for q in find_quantities(text)] == expected


def test_a_spread_by_a_factor_is_no_claim() -> None:
    sentence = "Inference latency varies by a factor of 3 across three Intel server generations."
    assert not any(is_claim_quantity(sentence, q) for q in find_quantities(sentence))


def test_a_noun_of_saving_is_no_verb_of_its_measure() -> None:
    # "the energy-saving can potentially reach up to 1250x less": "saving" ends a compound
    # noun here; it takes no measure as its object
    from claimgraph.extraction.claimness import VERB_MEASURE_BEFORE

    before = "In a supervised learning setup, the energy-saving can potentially reach up to "
    assert VERB_MEASURE_BEFORE.search(before) is None
    assert VERB_MEASURE_BEFORE.search("Machete saves disk usage up to ") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # review guards (made-up text): a range or a threshold of the setting is no cut
        "FooSys reduces tail latency at loads from 10% to 90%.",
        "FooSys saves energy for GPU utilizations from 10% to 60%.",
        "FooSys saves energy during loads under 30%.",
    ],
)
def test_a_setting_after_a_cut_verb_is_no_claim(sentence: str) -> None:
    assert not any(is_claim_quantity(sentence, q) for q in find_quantities(sentence))
