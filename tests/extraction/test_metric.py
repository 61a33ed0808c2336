"""What a quantity measures (``claimgraph.extraction.metric`` and the lexicon's metric words).

Each construction: two real sentences from different papers where it fires, and a nearby
one where it must not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph import lexicon
from claimgraph.extraction.metric import metric_for, resolve
from claimgraph.quantities import find_quantities

pytestmark = pytest.mark.slow


def metrics(claims_in: Callable, paper: str, sentence: str) -> list[tuple[object, ...]]:
    return sorted({(c.value, c.metric) for c in claims_in(paper, sentence)}, key=str)


# -- "performance" with nothing more specific: the speed of a system (CLAIMS.md vague measures)


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "b025",
            "Our evaluations on an 8-core machine showed that mTCP improves the performance of "
            "small message transactions by a factor of 25 compared to the latest Linux TCP stack "
            "and a factor of 3 compared to the best-performing research system known so far.",
            [(25.0, "speedup"), (3.0, "speedup")],
        ),
        (
            "xs064",
            "Through a series of experiments on both synthetic and real-world datasets, we show "
            "that BOURBON improves lookup performance by 1.23x-1.78x as compared to "
            "state-of-the-art production LSMs.",
            [(1.23, "speedup")],
        ),
        (
            "a015",
            "Our evaluation on several representative LLMs shows that InfiniGen improves the "
            "overall performance of a modern offloading-based system by up to 3.00x compared to "
            "prior KV cache management methods while offering substantially better model "
            "accuracy.",
            [(3.0, "speedup")],
        ),
    ],
)
def test_performance_alone_is_speed(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


def test_efficiency_takes_the_measure_the_sentence_gives_as_a_level(claims_in: Callable) -> None:
    sentence = (
        "When training a 352B MoE model on 1,440 NVIDIA Hopper GPUs, MegaScale-MoE achieves a "
        "training throughput of 1.41M tokens/s, improving the efficiency by 1.88$\\times$ "
        "compared to Megatron-LM."
    )
    assert metrics(claims_in, "a013", sentence) == [(1.88, "throughput")]


def test_a_metric_of_another_claim_is_no_level_for_performance(claims_in: Callable) -> None:
    # "communication reductions" belongs to the 88%; "performance speedup" is speed.
    sentence = (
        "Evaluations on six representative tasks show that HET achieves up to 88% embedding "
        "communication reductions and up to 20.68x performance speedup over the "
        "state-of-the-art baselines."
    )
    assert metrics(claims_in, "xm076", sentence) == [(20.68, "speedup"), (88.0, "communication")]


# -- things per second are throughput, even when the things are operations


@pytest.mark.parametrize(
    ("paper", "sentence", "value"),
    [
        (
            "a038",
            "The operations per second (OPS) of SageAttention2 surpass FlashAttention2 and "
            "xformers by about 3x and 4.5x on RTX4090, respectively.",
            3.0,
        ),
        (
            "xm007",
            "Evaluation on standard benchmarks demonstrates 2.5-3.3x higher queries per second "
            "(QPS) than state-of-the-art HNSW implementations while maintaining over 98% recall, "
            "with 75% memory reduction for the index graph and 5x faster index "
            "construction.",
            2.5,
        ),
        # "can process requests at rates 1.8-12.7x higher"
        (
            "g069",
            "In large-scale case studies on 16 GPUs, when required to stay within latency "
            "constraints at least 99% of the time, Nexus can process requests at rates "
            "1.8-12.7× higher than state of the art systems can.",
            1.8,
        ),
        # the load a server sustains: "higher serving capacity", "per-GPU serving capacity"
        (
            "f049",
            "For Mistral-7B on single A100 GPUs, we achieve 2.6x higher serving capacity and up "
            "to 3.7x higher serving capacity for the Yi-34B model on two A100 GPUs as compared "
            "to vLLM.",
            3.7,
        ),
        (
            "g073",
            "Our evaluation across 6 LLM application scenarios (including summarization, coding, "
            "chatbot, tool calling, and reasoning) demonstrates that SLOs-Serve improves per-GPU "
            "serving capacity by 2.2x on average compared to prior state-of-the-art systems.",
            2.2,
        ),
    ],
)
def test_things_per_second_and_serving_capacity_are_throughput(
    claims_in: Callable, paper: str, sentence: str, value: float
) -> None:
    assert (value, "throughput") in metrics(claims_in, paper, sentence)


def test_a_capacity_of_memory_or_a_model_or_a_rate_of_misses_is_no_throughput() -> None:
    assert lexicon.metric_in("more memory capacity") == "memory"
    assert lexicon.metric_in("higher model capacity") == "other"
    assert lexicon.metric_in("higher miss rates") == "other"
    assert lexicon.metric_in("converges at a 2x higher rate than Adam") is None


@pytest.mark.parametrize(
    ("paper", "sentence", "value", "metric"),
    [
        # "in terms of packet processing rate": things processed a second
        (
            "m032",
            "Extensive testbed experiments on seven categories of NFs show that their "
            "implementation with eNetSTL outperforms the eBPF counterparts by up to 1.8×, in "
            "terms of packet processing rate.",
            1.8,
            "throughput",
        ),
        # "the dynamic instruction count": work done, not time
        (
            "d076",
            "On average, we reduce the execution time of JSBench by 36%, and the dynamic "
            "instruction count by 49%.",
            49.0,
            "compute",
        ),
        # "in terms of X" names the measure, however long the clause before the number
        (
            "pa046",
            "Our experiments demonstrate that, in terms of lookup latency, Hist-Tree can beat "
            "three stateof-the-art learned indexes, including RMI, PGM-index, and RadixSpline, "
            "by as much as 1.8–2.7×.",
            1.8,
            "latency",
        ),
        (
            "s001-44",
            "In the case of low and medium failure rates (5-10%), CheckFree and CheckFree+ "
            "outperform both checkpointing and redundant computation in terms of convergence in "
            "wall-clock time by over 12%.",
            12.0,
            "speedup",
        ),
        # resources held are a cost: "less CPU time", "fewer replicas", "the number of required
        # servers", "the overall requested CPU limit", "resource usage", "the mean CPU core
        # allocation"; SLO and SLA violations are other
        (
            "sa014",
            "Specifically, MS-RA meets the SLO requirements of our case-study system, requiring at "
            "least 50% less CPU time, 87% less memory, and 90% fewer replicas compared to the "
            "HPA.",
            90.0,
            "cost",
        ),
        (
            "sa018",
            "Our experiments show that by optimizing the choice of rate limits, WorkloadCompactor "
            "reduces the number of required servers by 30-60% as compared to state-of-the-art "
            "approaches.",
            30.0,
            "cost",
        ),
        (
            "sa054",
            "Experiments across four microservice benchmarks demonstrate that FIRM reduces SLO "
            "violations by upto 16x while reducing the overall requested CPU limit by up to 62%.",
            62.0,
            "cost",
        ),
        (
            "sa054",
            "Experiments across four microservice benchmarks demonstrate that FIRM reduces SLO "
            "violations by upto 16x while reducing the overall requested CPU limit by up to 62%.",
            16.0,
            "other",
        ),
        (
            "sa056",
            "Experiments across microservice benchmarks as well as trace-driven simulations "
            "demonstrate that Erms can reduce SLA violation probability by 5× and more "
            "importantly, lead to a reduction in resource usage by 1.6×, compared to "
            "state-of-the-art approaches.",
            1.6,
            "cost",
        ),
        (
            "c080",
            "Extensive simulations show that BR-WFD reduces required processor cores by 11% to "
            "28% and maintains a 15% to 20% higher schedulable ratio compared to traditional "
            "methods under high-load and resource-competitive scenarios.",
            11.0,
            "cost",
        ),
        # (a machine's cores are its setting: "on an 8-core machine ... by a factor of 25")
        (
            "b025",
            "Our evaluations on an 8-core machine showed that mTCP improves the performance of "
            "small message transactions by a factor of 25 compared to the latest Linux TCP stack "
            "and a factor of 3 compared to the best-performing research system known so far.",
            25.0,
            "speedup",
        ),
        # performance the sentence measures as a rate is throughput ("handles up to 33 Gbps of
        # normal traffic ..., a factor of 1.9 to 4.3 performance improvements", "forwarding 64B
        # IPv4 packets at 39 Gbps")
        (
            "va020",
            "Our evaluation shows that Kargus on a 12-core machine with two GPUs handles up to 33 "
            "Gbps of normal traffic and achieves 9 to 10 Gbps even when all packets contain attack "
            "signatures, a factor of 1.9 to 4.3 performance improvements over the existing "
            "state-of-the-art software IDS.",
            1.9,
            "throughput",
        ),
        (
            "va030",
            "Combined with our high-performance packet I/O engine, PacketShader outperforms "
            "existing software routers by more than a factor of four, forwarding 64B IPv4 packets "
            "at 39 Gbps on a single commodity PC.",
            4.0,
            "throughput",
        ),
        # two measures before two numbers, paired by "respectively"; a second measure of one
        # word shares the first's modifiers ("the communication volume and overhead")
        (
            "ua062",
            "Our experimental results show that SlimCache can accommodate more key-value items in "
            "flash by up to 223.4%, effectively increasing throughput and reducing average "
            "latency by up to 380.1% and 80.7%, respectively.",
            380.1,
            "throughput",
        ),
        (
            "ua062",
            "Our experimental results show that SlimCache can accommodate more key-value items in "
            "flash by up to 223.4%, effectively increasing throughput and reducing average "
            "latency by up to 380.1% and 80.7%, respectively.",
            80.7,
            "latency",
        ),
        (
            "s001-16",
            "Extensive experiments show that our method reduces the per-epoch training time by up "
            "to 2.45x (on average 1.58x) and reduces the communication volume and overhead by up "
            "to 22.89x and 27.21x (on average 8.69x and 11.60x), respectively, while achieving a "
            "comparable level of model accuracy and convergence speed compared to graph "
            "parallelism.",
            27.21,
            "communication",
        ),
        # the measure of "the X of Y by N" is X, not a word naming its owner ("the performance
        # of state-of-the-art persistent memory allocators", "the execution time of standard
        # operations"); not "at the cost of decreasing throughput by"
        (
            "ua020",
            "Results on 6 benchmarks demonstrate that NVAlloc improves the performance of "
            "state-of-the-art persistent memory allocators by up to 6.4x and 57x for small and "
            "large allocations, respectively.",
            6.4,
            "speedup",
        ),
        (
            "v048",
            "Our proof of concept demonstrates that a tiered object storage model improves the "
            "execution time of standard operations by up to 50% by avoiding the cost of "
            "serialization/deserialization and by reducing the memory footprint of operations.",
            50.0,
            "speedup",
        ),
        (
            "h026",
            "In our evaluation, the friendlypool reduces maximum worker latency by up to 6.7× at "
            "the cost of decreasing throughput by up to 1.4×.",
            1.4,
            "throughput",
        ),
        # the input a system can take is a capacity: other ("up to 5x increase in input size")
        (
            "xm031",
            "Our optimization pass in TensorFlow 2.0 automatically yields real training speedups "
            "of up to 4.8x over prior work, and can enable up to 5x increase in input size for "
            "real-world large networks.",
            5.0,
            "other",
        ),
    ],
)
def test_measures_named_beside_or_before_the_number(
    claims_in: Callable, paper: str, sentence: str, value: float, metric: str
) -> None:
    assert {m for v, m in metrics(claims_in, paper, sentence) if v == value} == {metric}


def test_metric_words_read_as_whole_words() -> None:
    # ("a 64 GB/s processing rate", "dramatic reduction in instruction count", elsewhere)
    assert lexicon.metric_in("a 64 GB/s processing rate") == "throughput"
    assert lexicon.metric_in("dramatic reduction in instruction count") == "compute"
    assert lexicon.metric_in("random writes 1.2x faster") == "speedup"  # no RAM in "random"
    assert lexicon.metric_in("reduces unnecessary computations by 35%") == "compute"
    assert lexicon.metric_in("212x larger input scale") == "other"


def test_cycles_per_operation_are_compute_not_throughput() -> None:
    assert lexicon.metric_in("CPU cycles/op") == "compute"
    assert lexicon.metric_in("insert ops/s") == "throughput"


# -- a metric word inside a longer metric phrase is not a metric of its own


def test_time_to_accuracy_is_speed_and_accuracy_beside_it_stays_accuracy(
    claims_in: Callable,
) -> None:
    sentence = (
        "Our evaluation shows that, compared to existing participant selection mechanisms, Oort "
        "improves time-to-accuracy performance by 1.2x-14.1x and final model accuracy by "
        "1.3%-9.8%, while efficiently enforcing developer-specified model testing criteria at "
        "the scale of millions of clients."
    )
    assert metrics(claims_in, "b009", sentence) == [(1.2, "speedup"), (1.3, "accuracy")]


def test_hyper_parameter_searches_are_no_parameter_count(claims_in: Callable) -> None:
    sentence = (
        "We show via a prototype implementation and micro-benchmarks that Gandiva can speed up "
        "hyper-parameter searches during deep learning by up to an order of magnitude, and "
        "achieves better utilization by transparently migrating and time-slicing jobs to "
        "achieve better job-to-resource fit."
    )
    assert metrics(claims_in, "b036", sentence) == [(10.0, "speedup")]
    assert lexicon.metric_in("50x fewer parameters") == "parameters"


# -- "smaller": bytes when the sentence counts bytes, parameters for a model, else memory


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "b021",
            "In particular, our EfficientNet-B7 achieves state-of-the-art 84.3% top-1 accuracy on "
            "ImageNet, while being 8.4x smaller and 6.1x faster on inference than the best "
            "existing ConvNet.",
            (8.4, "parameters"),
        ),
        (
            "b022",
            "Additionally, with model compression techniques we are able to compress SqueezeNet "
            "to less than 0.5MB (510x smaller than AlexNet).",
            (510.0, "memory"),
        ),
        (
            "xm056",
            "On visual&audio wake words tasks, MCUNet achieves state-of-the-art accuracy and runs "
            "2.4-3.4× faster than Mo- bileNetV2 and ProxylessNAS-based solutions with 3.7-4.1× "
            "smaller peak SRAM.",
            (3.7, "memory"),
        ),
    ],
)
def test_smaller_is_memory_or_parameters(
    claims_in: Callable, paper: str, sentence: str, expected: tuple[object, ...]
) -> None:
    assert expected in metrics(claims_in, paper, sentence)


def test_smaller_before_the_number_describes_the_setting(claims_in: Callable) -> None:
    sentence = (
        "Our evaluation shows that for smaller graphs, MOSAIC consistently outperforms other "
        "state-of-the-art out-of-core engines by 3.2-58.6× and shows comparable performance to "
        "distributed graph engines."
    )
    assert metrics(claims_in, "xs032", sentence) == [(3.2, "speedup")]


def test_amplification_is_other(claims_in: Callable) -> None:
    sentence = (
        "For a large dataset, Kreon reduces CPU cycles/op by up to 5.8×, reduces I/O "
        "amplification for inserts by up to 4.61×, and increases insert ops/s by up to 5.3×, "
        "compared to RocksDB."
    )
    assert metrics(claims_in, "b002", sentence) == [
        (4.61, "other"),
        (5.3, "throughput"),
        (5.8, "compute"),
    ]


def test_resolve_leaves_real_metrics_alone() -> None:
    assert resolve("latency", "reduces latency by 2x", 20) == "latency"
    assert resolve("vague", "improves performance by 2x", 20) == "speedup"
    assert resolve("size", "a model 3x smaller", 9) == "parameters"
    assert resolve("size", "an index 3x smaller, 2 GB in all", 9) == "memory"


# -- measures the lexicon knows by their systems names


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "xm069",
            "Concretely, Dorylus is 1.22✕ faster and 4.83✕ cheaper than GPU servers for massive "
            "sparse graphs.",
            [(1.22, "speedup"), (4.83, "cost")],
        ),
        (
            "xm029",
            "In experiments with real DL jobs and with trace-driven simulations, Pollux reduces "
            "average job completion times by 37-50% relative to state-of-the-art DL schedulers, "
            "even when they are provided with ideal resource and training configurations for "
            "every job.",
            [(37.0, "latency")],
        ),
        (
            "xm034",
            "Collectively, LegoDiffusion outperforms existing diffusion workflow serving systems, "
            "sustaining up to 3x higher request rates and tolerating up to 8x higher burst "
            "traffic.",
            [(3.0, "throughput"), (8.0, "communication")],
        ),
        (
            "xs072",
            "Kangaroo’s design is Pareto-optimal across a range of allowed write rates, DRAM "
            "sizes, and flash sizes, reducing misses by 29% over the state of the art.",
            [(29.0, "other")],
        ),
        (
            "xs035",
            "RubikColoc reduces data-center power by up to 31% while using 41% fewer servers than "
            "a datacenter that segregates latency-critical and batch work, and achieves 100% core "
            "utilization.",
            [(31.0, "cost"), (41.0, "cost")],
        ),
        (
            "h080",
            "We conduct experiments to assess the performance of LobRA, validating that it "
            "significantly reduces the GPU seconds required for joint FT by 45.03%-60.67%.",
            [(45.03, "cost")],
        ),
        (
            "b030",
            "With N=40, OFA requires 14x fewer GPU hours than ProxylessNAS, 16x fewer GPU hours "
            "than FBNet and 1,142x fewer GPU hours than MnasNet.",
            [(1142.0, "cost"), (14.0, "cost"), (16.0, "cost")],
        ),
        # a measure the lexicon does not know, however long, changed "by" a number is other
        (
            "w022",
            "Additionally, in comparison to modern file systems such as ext4 and btrfs, it "
            "drastically reduces the block erase count inside the SSD by up to 7.5 times.",
            [(7.5, "other")],
        ),
        (
            "xs042",
            "Additionally, we predict that checkpoint scavenging, or only writing checkpoints to "
            "the parallel file system on application termination, can reduce the load on the "
            "parallel file system by 20 × on today's systems and still maintain high application "
            "efficiency.",
            [(20.0, "other")],
        ),
        # "N times larger than" with no measure named anywhere is a size, not a speed
        (
            "p020",
            "By removing the metadata bottleneck, HopsFS enables an order of magnitude larger and "
            "higher throughput clusters compared to HDFS.",
            [(10.0, "other")],
        ),
        # a measure named before it stays
        (
            "g038",
            "Experimental results show PatrickStar trains a 12 billion parameters GPT model, 2x "
            "larger than the STOA work, on an 8-V100 and 240GB CPU memory node, and is also more "
            "efficient on the same model size.",
            [(2.0, "parameters")],
        ),
        # an energy-delay product weighs energy by time: a cost ("delay" inside it is none)
        (
            "y016",
            "Furthermore, we achieved a reduction of up to 46.9% in the area-power-delay product "
            "compared to a commercially available high-performance MCU capable of embedding the "
            "entire model parameter, taking into account the area scale factor.",
            [(46.9, "cost")],
        ),
        (
            "xs063",
            "Results show that the median reduction in energy-delay product for twelve "
            "benchmarks is 8%, the median energy reduction is 11%, and the median increase in "
            "execution time increase is only 2%.",
            [(11.0, "cost"), (8.0, "cost")],
        ),
        # the time a page or an app takes to load or launch is a latency
        (
            "w078",
            "Our measurement study of CDN infrastructure deployed by five major CDN providers "
            "shows that dp reduces webpage load time by 29% on average.",
            [(29.0, "latency")],
        ),
        (
            "r072",
            "As a result, the user-perceived app launch time can be improved by up to 13.2%.",
            [(13.2, "latency")],
        ),
        # "in time to first token": the measure goes on past its "to"
        (
            "w060",
            "We evaluate MoEShard against DeepSpeed on encoder-based architectures, "
            "demonstrating speedups of up to 6.4$\\times$ in time to first token (TTFT).",
            [(6.4, "latency")],
        ),
    ],
)
def test_systems_measures(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


def test_a_caveat_tail_names_no_measure(claims_in: Callable) -> None:
    sentence = (
        "Compared to state-of-the-art text-to-image serving systems, SwiftDiffusion reduces "
        "serving latency by up to 5x and improves serving throughput by up to 2x without "
        "compromising image quality."
    )
    assert metrics(claims_in, "xm035", sentence) == [(2.0, "throughput"), (5.0, "latency")]


def test_an_unknown_noun_after_a_comparative_is_the_measure(claims_in: Callable) -> None:
    # "10x less NVM wear": not the throughput or latency named earlier in the sentence
    sentence = (
        "On a system with Intel Optane DC NVM, HeMem outperforms hardware, OS, and PL-based "
        "tiered memory management, providing up to 50% runtime reduction for the GAP graph "
        "processing benchmark, 13% higher throughput for TPC-C on the Silo in-memory database, "
        "16% lower tail-latency under performance isolation for a key-value store, and up to 10x "
        "less NVM wear than the next best solution, without application modification."
    )
    assert metrics(claims_in, "xs077", sentence) == [
        (10.0, "other"),
        (13.0, "throughput"),
        (16.0, "latency"),
        (50.0, "speedup"),
    ]


def test_a_capitalised_metric_word_is_a_name() -> None:
    # "Accelerate" (Hugging Face's library) is a baseline, not a speed
    window = " less time-to-first-token and token latency compared to Accelerate, and over"
    assert lexicon.metric_in(window, nearest_last=True) == "latency"


# -- "performance" on tasks and benchmarks is a score


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "plm-efficient-peripheral-language-1f3a072b",
            "Following a two-phase SFT process, this method yields performance gains of 2% in "
            "general tasks, 9% in the GSM8K task, and 11% in coding tasks.",
            [(11.0, "accuracy"), (2.0, "accuracy"), (9.0, "accuracy")],
        ),
        (
            "mutual-supervised-learning-for-910105d1",
            "Experimental results demonstrate that MuSL significantly enhances the performance of "
            "the base model: when applied to Qwen2.5-Coder, it not only improves Pass@1 by up to "
            "28.91% and boosts Tester performance by 68.90%, but also outperforms the previous "
            "state-of-the-art method CodeRosetta by 1.56 and 6.92 in BLEU and CodeBLEU scores, "
            "while achieving performance comparable to DeepSeek-R1 and GPT-4.1.",
            [(28.91, "accuracy"), (68.9, "accuracy")],
        ),
    ],
)
def test_performance_gains_on_tasks_are_accuracy(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "f030",
            "Our evaluation shows that Tachyon outperforms in-memory HDFS by 110x for writes.",
            [(110.0, "speedup")],  # "memory" belongs to the baseline's modifier
        ),
        (
            "f036",
            "Gavel’s heterogeneity-aware policies allow a heterogeneous cluster to sustain higher "
            "input load, and improve end objectives such as average job completion time and "
            "makespan by up to 3.5× compared to heterogeneity-agnostic policies.",
            [(3.5, "latency")],  # one number, two metrics: the first
        ),
        (
            "f010",
            "Simulation experiments using Azure traces indicate that HotSwap can save 88% of "
            "space, compared with a previous function-specific method, PreBaking, when sharing a "
            "dependency image among ten different functions.",
            [(88.0, "memory")],
        ),
    ],
)
def test_metrics_of_a_fresh_reading(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


def test_a_hyphenated_metric_head_still_counts() -> None:
    assert lexicon.metric_in("29-69% inter-token-latency reduction") == "latency"


def test_a_measure_that_opens_the_sentence_reaches_a_long_list(claims_in: Callable) -> None:
    sentence = (
        "The end-to-end performance of ByteTransformer for a standard BERT transformer model "
        "surpasses the state-of-the-art Transformer frameworks, such as PyTorch JIT, TensorFlow "
        "XLA, Tencent TurboTransformer and NVIDIA FasterTransformer, by 87%, 131%, 138% and 46%, "
        "respectively."
    )
    assert {c.metric for c in claims_in("g074", sentence)} == {"speedup"}


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "h056",
            "As the first specialized scheduler for multi-SLO scenarios, this work improves SLO "
            "attainment by up to 5× and reduces average latency by 31.6% on "
            "Python-Code-23k-ShareGPT and ShareGPT_Vicuna_unfiltered datasets, compared to "
            "current state-of-the-art framework vLLM and a new framework LMDeploy.",
            {(5.0, "other"), (31.6, "latency")},
        ),
        (
            "h012",
            "Evaluations demonstrate that Scorpio improves system goodput by up to 14.4× and SLO "
            "adherence by up to 46.5% compared to state-of-the-art baselines.",
            {(14.4, "throughput"), (46.5, "other")},
        ),
        (
            # more requests served within an SLO are throughput
            "a034",
            "Evaluation results show that MuxServe can achieves up to $1.8\\times$ higher "
            "throughput or processes $2.9\\times$ more requests within $99\\%$ SLO attainment.",
            {(1.8, "throughput"), (2.9, "throughput")},
        ),
    ],
)
def test_slo_attainment_is_other(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[float, str]]
) -> None:
    assert {(c.value, c.metric) for c in claims_in(paper, sentence)} == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a measure the lexicon does not know, then the noun of its change: "other"
        (
            "k066",
            "As a result, 4-times SSD performance improvement, 60% energy consumption reduction "
            "and 55% endurance enhancement are achieved.",
            [(4.0, "speedup"), (55.0, "other"), (60.0, "cost")],
        ),
        # "average relative improvement", "and increase": no measure of their own
        (
            "mirror-speculative-decoding-breaking-decdc596",
            "On SpecBench with server-scale models from 14B to 66B parameters, Mirror-SD delivers "
            "consistent end-to-end gains, achieving 2.8x-5.8x wall-time speedups across diverse "
            "tasks and a 30% average relative improvement over the strongest baseline, EAGLE3.",
            [(2.8, "speedup"), (30.0, "speedup")],
        ),
        (
            "f017",
            "Compared to state-of-the-art libraries such as HuggingFace PEFT and vLLM (with naive "
            "support of LoRA serving), S-LoRA can improve the throughput by up to 4 times and "
            "increase the number of served adapters by several orders of magnitude.",
            [(4.0, "throughput")],
        ),
    ],
)
def test_an_unknown_measure_before_the_noun_of_its_change_is_other(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "speeding up the training procedure by 2.2 ~ 7.9 times": speed, not the accuracy
        # the sentence compared first
        (
            "m039",
            "Experiments on four large-scale datasets show that feature-oriented sampling can "
            "achieve comparable accuracy as topology-oriented sampling while speeding up the "
            "training procedure by 2.2 ~ 7.9 times.",
            [(2.2, "speedup")],
        ),
        (
            "f052",
            "We co-design the switch processing with the end-host protocols and ML frameworks to "
            "provide an efficient solution that speeds up training by up to 5.5× for a number of "
            "real-world benchmark models.",
            [(5.5, "speedup")],
        ),
    ],
)
def test_speeding_up_is_speed(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


def test_time_to_accuracy_by_its_short_form_is_speed(claims_in: Callable) -> None:
    # CLAIMS.md: time-to-train is speedup; TTA is "Time-To-Accuracy (TTA)" of the abstract
    claims = claims_in(
        "p062",
        "Our trace-driven evaluation on AWS shows that STAR generates 48-84% and 51-70% lower TTA "
        "than state-of-the-art systems in the PS and all-reduce architectures, respectively, "
        "while maintaining the converged accuracy of SSGD.",
    )
    assert [(c.value, c.metric) for c in claims] == [(48.0, "speedup"), (51.0, "speedup")]
    assert lexicon.metric_in("higher TTFT") == "latency"  # not read as TTA


@pytest.mark.parametrize(
    ("paper", "sentence", "metrics"),
    [
        (
            "p030",
            "The experimental results show that compared to the state-of-the-art work, STOF "
            "achieves maximum speedups of 1.7x in MHA computation and 1.5x in end-to-end "
            "inference.",
            [(1.7, "speedup"), (1.5, "speedup")],  # "MHA computation" is the first one's setting
        ),
        (
            "xs050",
            "We describe the hardware and software changes needed to take advantage of this new "
            "abstraction, and we illustrate its power by showing improvements of 2-5× in latency "
            "and 9× in throughput for a popular persistent NoSQL store relative to a "
            "well-tuned Linux implementation.",
            [(2.0, "latency"), (9.0, "throughput")],  # each names its own
        ),
    ],
)
def test_the_setting_after_a_number_is_not_the_next_numbers_metric(
    claims_in: Callable, paper: str, sentence: str, metrics: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.metric) for c in claims_in(paper, sentence)] == metrics


@pytest.mark.parametrize(
    ("paper", "value", "metric"),
    [
        # a measure the lexicon does not know, changed "by" the number, is its own ("other")
        ("p064", 49.77, "other"),  # "reducing the 75th-percentile cold start rates by 49.77%"
        ("xs025", 3.3, "other"),  # "reducing the abort rate by 3.3x"
        ("xs074", 10.0, "other"),  # "reduces the lines of code by up to an order of magnitude"
        # ... but a known measure keeps its metric, and an activity is speed
        ("b023", 40.0, "parameters"),  # "reduce the size of a BERT model by 40%"
        ("xm028", 84.0, "communication"),  # "outperforms ... all-reduce and PS by up to 84%"
    ],
)
def test_an_unknown_measure_changed_by_a_number_is_other(
    paper_claims: Callable, paper: str, value: float, metric: str
) -> None:
    assert {c.metric for c in paper_claims(paper) if c.value == value} == {metric}


@pytest.mark.parametrize(
    ("words", "metric"),
    [
        ("higher query per second (QPS)", "throughput"),  # q014
        ("reductions in code size", "memory"),  # q080: bytes of code, like model size
        ("higher queries per second", "throughput"),
    ],
)
def test_measure_words_of_systems_papers(words: str, metric: str) -> None:
    assert lexicon.metric_in(words) == metric


@pytest.mark.parametrize(
    ("paper", "metrics"),
    [
        # "by 17.7% and 80.3% in throughput and tail latency, respectively"
        ("f055", {17.7: "throughput", 80.3: "latency"}),
        # "up to 18 and 32 times reductions on the latency and mobile energy consumption"
        ("p046", {18.0: "latency", 32.0: "cost"}),
        # "by 116% and 21% for write-only throughput and read-write throughput": one metric twice
        ("w026", {116.0: "throughput", 21.0: "throughput"}),
        # "1.55x and 2.11x speedup in training and inference over Fairseq": no measures to pair
        ("s001-10", {1.55: "speedup", 2.11: "speedup"}),
    ],
)
def test_two_numbers_and_two_measures_pair_in_order(
    paper_claims: Callable, paper: str, metrics: dict[float, str]
) -> None:
    found = {c.value: c.metric for c in paper_claims(paper) if c.value in metrics}
    assert found == metrics


@pytest.mark.parametrize(
    ("paper", "metrics"),
    [
        # "reduces total pages transferred by 71 %, total migration time by 70 %, downtime by 3 %"
        ("t032", {71.0: "communication", 3.0: "latency"}),
        # "HiSMRfs performs 25% better than SMRfs": the performance of the system is speed
        ("t052", {25.0: "speedup", 11.0: "speedup"}),
    ],
)
def test_measures_of_systems_outside_ml(
    paper_claims: Callable, paper: str, metrics: dict[float, str]
) -> None:
    assert {c.value: c.metric for c in paper_claims(paper) if c.value in metrics} == metrics


@pytest.mark.parametrize(
    ("words", "metric"),
    [
        ("10000$\\times$ compression on criteo-tb", "memory"),  # v002: a model compressed
        ("4x compression while preserving distance relationships", "memory"),  # xm007
        ("2x compression throughput", "throughput"),  # how fast it compresses
    ],
)
def test_compression_is_memory_unless_its_speed_is_measured(words: str, metric: str) -> None:
    assert lexicon.metric_in(words, prefer_specific=True) == metric


@pytest.mark.parametrize(
    ("phrase", "metric"),
    [
        # "reduces the average refresh performance overhead by 34%", "reduce the performance
        # overhead of DRAM refresh": the run time paid is a speed
        ("reduces the average refresh performance overhead", "speedup"),
        ("our goal is to reduce the performance overhead", "speedup"),
        # what a mechanism costs in resources stays a cost
        ("mcrEngine reduces checkpointing overhead", "cost"),
    ],
)
def test_a_performance_overhead_is_run_time(phrase: str, metric: str) -> None:
    assert lexicon.metric_in(phrase, nearest_last=True) == metric


@pytest.mark.parametrize(
    "window",
    [
        # any count of things a second is a throughput, not only the listed ones
        "can process 80 million items per second",
        "sustains 1.2 million tuples per second",
        "ingests 300K records per second",
    ],
)
def test_things_per_second_are_a_throughput(window: str) -> None:
    assert lexicon.metric_in(window, nearest_last=True) == "throughput"


@pytest.mark.parametrize(
    "window",
    [
        # "On low-cost FPGA hardware, ...", "with ... low-cost camera hardware, our system runs
        # at more than 100x video realtime": a hyphenated adjective is no measure
        "On low-cost FPGA hardware, the fastest of our designs can process",
        "and low-cost camera hardware, our system runs at more than",
    ],
)
def test_a_low_cost_thing_is_not_a_cost(window: str) -> None:
    assert lexicon.metric_in(window, nearest_last=True) != "cost"


@pytest.mark.parametrize(
    ("sentence", "number", "metric"),
    [
        # the levels in parentheses after the number are a rate: what "performance" and
        # "speed" measure here
        (
            "Overall, when the write latency of NVRAM is 2 usec, NVWAL increases SQLite "
            "performance by at least 10x compared to that of WAL on flash memory (from 541 "
            "ins/sec to 5812 ins/sec).",
            10,
            "throughput",
        ),
        (
            "By increasing the average chunk size from 4 KB to 10 KB, chunking time increases "
            "by 34.3 percent, deduplication ratio decreases by 0.66 percent and the overall "
            "backup speed increases by 50 percent (from 51.4 MB/sec to 77.8 MB/sec).",
            50,
            "throughput",
        ),
        # levels that are times leave the measure alone
        (
            "Our scheme reduces the page load latency by 20% (from 10 ms to 8 ms).",
            20,
            "latency",
        ),
    ],
)
def test_a_vague_measure_given_as_rates_is_a_throughput(
    sentence: str, number: float, metric: str
) -> None:
    [quantity] = [q for q in find_quantities(sentence) if q.value == number]
    assert metric_for(sentence, quantity) == metric


@pytest.mark.parametrize(
    ("window", "metric"),
    [
        # "1.53x and 1.50x reductions in average queuing time and JCT": the time a job waits
        ("reductions in average queuing time", "latency"),
        ("reduce the queueing time of short jobs", "latency"),
        # the time a whole run takes stays a speed, the run of an inference workload too (the
        # contract's gold: "further reduce inference time on competitive programming problems
        # by 55%" is a speedup)
        ("reduces the execution time of OLAP queries", "speedup"),
        (
            "allowing us to further reduce inference time on competitive programming problems",
            "speedup",
        ),
    ],
)
def test_the_time_a_job_waits_is_a_latency(window: str, metric: str) -> None:
    assert lexicon.metric_in(window, nearest_last=True) == metric


@pytest.mark.parametrize(
    ("window", "metric"),
    [
        # "$19.3\times$ reduction in Time-To-First-Token (TTFT)": a measure written in title
        # case is still the measure
        (" reduction in Time-To-First-Token", "latency"),
        (" reduction in Job Completion Time", "latency"),
        # a capitalised word on its own mid-text is a name
        ("compared to Accelerate", None),
    ],
)
def test_a_measure_in_title_case_is_the_measure(window: str, metric: str | None) -> None:
    assert lexicon.metric_in(window, prefer_specific=True) == metric


@pytest.mark.parametrize(
    ("window", "metric"),
    [
        # "a 2.1x gain in power-efficiency as compared to the software-only baseline", "the
        # average power efficiency of the accelerator can reach 1.81 TOPs/W ..., which is
        # 1.27-4.34 times higher": energy for the work done is a cost
        ("a 2.1x gain in power-efficiency", "cost"),
        ("the average power efficiency of the accelerator can reach 1.81 TOPs/W", "cost"),
        # an accelerator is a device, not a speed
        ("compared with FPGA accelerators", None),
        ("accelerates training by", "speedup"),
    ],
)
def test_energy_efficiency_is_a_cost_and_an_accelerator_no_speed(
    window: str, metric: str | None
) -> None:
    assert lexicon.metric_in(window, nearest_last=True) == metric


def test_rates_in_parentheses_belong_to_the_number_right_before_them() -> None:
    sentence = (
        "Foo is 2x faster than Bar and improves throughput by 30% (from 100 ops/s to 130 ops/s)."
    )
    first, second = find_quantities(sentence)[:2]
    assert metric_for(sentence, first) == "speedup"
    assert metric_for(sentence, second, first.end) == "throughput"


def test_in_terms_of_speaks_only_for_its_own_clause() -> None:
    from claimgraph.extraction.metric import metric_for
    from claimgraph.quantities import find_quantities

    sentence = (
        "In terms of accuracy, TinyLM is on par with BERT-base on all eight GLUE tasks; on a "
        "Raspberry Pi 4 board, TinyLM outperforms DistilBERT and MobileBERT by 2.1x and 1.7x, "
        "respectively."
    )
    [first, *_] = find_quantities(sentence)
    assert metric_for(sentence, first) != "accuracy"
    assert lexicon.metric_in("reduces commit latency across five replicas") == "latency"
    assert lexicon.metric_in("90% fewer replicas") == "cost"


@pytest.mark.parametrize(
    ("paper", "sentence"),
    [
        # "For example, ...", "For instance, ..." open no setting of the number
        (
            "f078",
            "For example, it reduces the 99th percentile latency of Memcached by 99.7% from 36 ms "
            "to 91 µs.",
        ),
        (
            "g076",
            "For instance, ArborFS performs recursive greps 1.5x faster and random writes 1.2x "
            "faster than BetrFS, but renames are competitive with standard, indirection-based file "
            "systems for a range of sizes.",
        ),
    ],
)
def test_for_example_is_no_context(claims_in: Callable, paper: str, sentence: str) -> None:
    contexts = {c.context for c in claims_in(paper, sentence)}
    assert contexts and not contexts & {"example", "instance"}


# -- IPC, instructions per cycle, is how fast a processor runs a program (not inter-process
# communication)


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "l020",
            "This new technique named TCP, as observed in our experiment, achieved an L2 cache "
            "miss rate reduction of 9.8% on average with fifteen benchmarks from the SPEC CPU2000 "
            "suite, and resulted in an IPC improvement of 2.4% on average.",
            [(2.4, "speedup"), (9.8, "other")],
        ),
        (
            "xa062",
            "The significantly improved hit rate of cache hierarchy enables VWS to achieve on "
            "average 38.4% and 9.3% IPC improvement across diverse GPGPU applications compared "
            "to a widely-used and a state-of-the-art warp schedulers, respectively.",
            [(38.4, "speedup"), (9.3, "speedup")],
        ),
    ],
)
def test_ipc_is_a_speed(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("window", "metric"),
    [("IPC latency by 40%", "latency"), ("fast IPC calls between processes", None)],
)
def test_ipc_of_processes_is_no_speed(window: str, metric: str | None) -> None:
    assert lexicon.metric_in(window, prefer_specific=True) == metric


# -- "performance (inserts/sec)": a unit of rate in parentheses names what the performance is


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "wa064",
            "WALDIO mode achieves 5.1× performance (insert/sec) against WAL mode which is the "
            "fastest journaling mode in SQLite.",
            [(5.1, "throughput")],
        ),
        (
            "wa064",
            "It yields 2.7× performance (inserts/sec) against the LS-MVBT, the fastest SQLite "
            "journaling mode known to public.",
            [(2.7, "throughput")],
        ),
    ],
)
def test_a_unit_of_rate_after_performance_makes_it_a_throughput(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == expected


def test_a_unit_of_rate_after_a_measure_read_from_its_levels(paper_claims: Callable) -> None:
    # "the SQLite performance (inserts/sec) improved by 130%", "... by 300%,from39 ins/sec to
    # 157 ins/sec": the same unit, the same metric, however it is found
    assert {c.metric for c in paper_claims("p076")} == {"throughput"}


# -- a kind of memory that names a thing or a place is no measure: "persistent memory
# transaction", "storage engines", "In DRAM, ..."


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        (
            "pa024",
            "Extensive experiments on real data show that ByteStore outperforms homogeneous "
            "storage engines by up to 5.2.",
            [(5.2, "speedup")],
        ),
        (
            "ta068",
            "Together, the new hardware persistent memory transaction outperforms the "
            "state-of-the-art hardware counterpart by 1.8× on average.",
            [(1.8, "speedup")],
        ),
        (
            "ua028",
            "In DRAM, IcebergHT outperforms state-of-the-art hash tables libcuckoo and CLHT by "
            "almost 2× on insertions while offering good query throughput and much better space "
            "efficiency.",
            [(2.0, "speedup")],
        ),
        # ... and a measure the lexicon does not know stays its own ("flash memory lifetime")
        (
            "ua060",
            "Compared to a state-of-the-art baseline, our techniques, when combined, improve "
            "flash memory lifetime by 1.85x.",
            [(1.85, "other")],
        ),
        # a measure of memory stays memory: "memory allocation", "memory time"
        (
            "ua056",
            "Our evaluation shows that our system can reduce the non-heap memory allocation of "
            "the virtual machine by as much as 75%.",
            [(75.0, "memory")],
        ),
        (
            "p064",
            "Experiments demonstrate the success of SPES in optimizing serverless function "
            "provision on both sides: reducing the 75th-percentile cold start rates by 49.77% and "
            "the wasted memory time by 56.43%, compared to the state-of-the-art.",
            [(49.77, "other"), (56.43, "memory")],
        ),
    ],
)
def test_a_kind_of_memory_naming_a_thing_is_no_measure(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("window", "metric"),
    [
        # review guards: IPC between processes is communication, memory as a measure stays
        ("reduces IPC traffic between microservices", "communication"),
    ],
)
def test_review_guards_for_metric_words(window: str, metric: str) -> None:
    assert lexicon.metric_in(window, prefer_specific=True) == metric


@pytest.mark.parametrize(
    "sentence",
    [
        "Foo reduces memory use by 40% compared with vLLM.",
        "Foo reduces memory fragmentation by 40% compared with vLLM.",
        "Foo reduces the storage needed by 3x compared with Ceph.",
    ],
)
def test_memory_as_a_measure_stays_memory(sentence: str) -> None:
    # review guard: only a kind of memory that names a thing ("memory transaction") is blanked
    assert metric_for(sentence, find_quantities(sentence)[0]) == "memory"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # a tighter SLO is a latency target met; the requests served beside it stay throughput
        (
            "f021",
            "Our evaluations show that on various popular LLMs, applications, and latency "
            "requirements, DistServe can serve 7.4x more requests or 12.6x tighter SLO, compared "
            "to state-of-the-art systems, while staying within latency constraints for > 90% of "
            "requests.",
            [(7.4, "throughput"), (12.6, "latency")],
        ),
        (
            "ac048",
            "By carefully orchestrating execution across stages and minimizing interference, "
            "UnifiedServe Together, our proposed framework forms an end-to-end optimized stack "
            "that can serve up to 3.0$\\times$ more requests or enforce 1.5$\\times$ tighter "
            "SLOs, while achieving up to 4.4$\\times$ higher throughput compared to "
            "state-of-the-art systems.",
            [(1.5, "latency"), (3.0, "throughput"), (4.4, "throughput")],
        ),
    ],
)
def test_a_tighter_slo_is_a_latency(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert metrics(claims_in, paper, sentence) == sorted(expected, key=str)


def test_a_stricter_or_tighter_slo_with_a_percentile_is_a_latency() -> None:
    # review guard: a word may stand between "tighter" and the SLO
    assert lexicon.metric_in("4x tighter p99 SLOs", prefer_specific=True) == "latency"
    assert lexicon.metric_in("1.5x stricter SLOs", prefer_specific=True) == "latency"


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # the time one event takes, and a percentile of run times, are latency
        (
            "d002",
            "We characterize its performance for heap-intensive workloads on two different "
            "multi-processor platforms, showing maximum pause times two orders of magnitude "
            "shorter than for fully stop-the-world collection at the cost of some total mutator "
            "throughput.",
            [(100.0, "latency")],
        ),
        (
            "va078",
            "In large scale production experiments involving 450,000 users over two weeks, PIRA "
            "outperforms the production baseline, achieving a 2.1% reduction in start up delay, "
            "15.2% shorter rebuffering time, and 10% lower average unit traffic cost, "
            "demonstrating its effectiveness in balancing user experience and financial cost at "
            "scale.",
            [(2.1, "latency"), (15.2, "latency")],
        ),
        (
            "sa036",
            "In particular, using a Google trace, we show that under high load, compared to the "
            "purely distributed Sparrow scheduler, Hawk improves the 50th and 90th percentile "
            "runtimes by 80% and 90% for short jobs and by 35% and 10% for long jobs, "
            "respectively.",
            [(10.0, "latency"), (35.0, "latency"), (80.0, "latency"), (90.0, "latency")],
        ),
        # the run time of a whole job stays speed
        (
            "ua032",
            "Our experimental results show that the proposed technique reduces the flash I/O "
            "execution time by up to 30%.",
            [(30.0, "speedup")],
        ),
        # "the M of X is N times faster": the clause's subject names the measure
        (
            "ua034",
            "The evaluation results revealed that the throughput of G-CRS was 10 times faster "
            "than most of the other coding libraries.",
            [(10.0, "throughput")],
        ),
        # a speed stays speed
        (
            "ua036",
            "Our experiments show that the raw coding speed of PErasure on a $500 Nvidia GTX780 "
            "card is about 10 times faster than that of multithreaded Jerasure on a quad-core "
            "modern CPU, and 2-4 times faster than Gibraltar on the same GPU.",
            [(10.0, "speedup")],
        ),
    ],
)
def test_a_duration_of_one_event_or_the_measure_of_the_subject(
    claims_in: Callable, paper: str, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    found = metrics(claims_in, paper, sentence)
    assert {m for m in found if m[0] in {value for value, _ in expected}} == set(expected)
