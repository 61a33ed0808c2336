"""Who a number is about (``claimgraph.extraction.subject``), on real sentences, or on made-up
ones (marked so) where the project's own papers show no example."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from claimgraph.extraction.naming import paper_context
from claimgraph.extraction.subject import _clause_subjects
from claimgraph.records import Paper


@pytest.mark.parametrize(
    ("paper", "sentence", "subject"),
    [
        (
            "s001-31",
            "semi-PD has a low-overhead resource adjustment mechanism between the two phases, "
            "and a service-level objective (SLO) aware dynamic partitioning algorithm to optimize "
            "the SLO attainment.",
            "semi-PD",
        ),
        (
            "xm022",
            "ABQ-LLM can convert each component bit width gain into actual acceleration gain, "
            "maximizing performance under mixed precision(e.g., W6A6, W2A8).",
            "ABQ-LLM",
        ),
    ],
)
def test_a_hyphenated_name_the_tokenizer_split_is_one_subject(
    nlp: Language, real_papers: dict, paper: str, sentence: str, subject: str
) -> None:
    assert sentence in real_papers[paper].abstract
    found = {name for subject in _clause_subjects(nlp(sentence)) for name in subject.names}
    assert found == {subject}


def test_a_hyphenated_common_word_before_a_subject_names_nothing(
    nlp: Language, real_papers: dict
) -> None:
    sentence = (
        "Besides, scalable multi-GPU serving for real-time streams remains largely unresolved "
        "so far."
    )
    assert sentence in real_papers["s001-40"].abstract
    assert not any(subject.names for subject in _clause_subjects(nlp(sentence)))


def test_a_query_language_or_a_class_acronym_is_no_system(
    claims_in: Callable, rows: Callable
) -> None:
    # "low-priority VMs", "production LSMs": classes of machine and of system, like "LLMs"
    varuna = claims_in(
        "xm070",
        'Therefore, Varuna is able to leverage łlow-priority" VMs that cost about 5x cheaper '
        "than dedicated GPUs, thus significantly reducing the cost of training massive models.",
    )
    assert rows(varuna, "subject", "baseline", "baseline_kind") == [
        ("Varuna", "dedicated GPUs", "generic")
    ]
    bourbon = claims_in(
        "xs064",
        "Through a series of experiments on both synthetic and real-world datasets, we show "
        "that BOURBON improves lookup performance by 1.23x-1.78x as compared to "
        "state-of-the-art production LSMs.",
    )
    assert rows(bourbon, "subject", "baseline", "baseline_kind") == [
        ("BOURBON", "state-of-the-art production LSMs", "generic")
    ]


def test_a_name_that_only_modifies_the_subject_is_not_the_subject(
    paper_subjects: Callable, made_up_claims: Callable
) -> None:
    # "Zygote" only says which provisioning strategy; the strategy is SOCK's
    assert paper_subjects(
        "xs020", "A generalized-Zygote provisioning strategy yields an additional 3x speedup."
    ) == {"SOCK"}
    # made up (the project's material has no second such sentence): "Triton" only says which
    # heuristics
    claims = made_up_claims(
        "Kernelsmith: generating fused GPU kernels",
        "Kernelsmith emits one kernel per subgraph. Beyond that, a few Triton autotuning "
        "heuristics bring a further 1.3x speedup over the default launch settings.",
    )
    assert {c.subject for c in claims} == {"Kernelsmith"}


@pytest.mark.parametrize(
    ("paper", "sentence", "subjects"),
    [
        (
            "s000-01",
            "On 128 threads, the proposed concurrent B-skiplist achieves between 2x-9x higher "
            "throughput compared to state-of-the-art concurrent skiplist implementations, "
            "including Facebook's concurrent skiplist from Folly and the Java "
            "ConcurrentSkipListMap.",
            {"B-skiplist"},
        ),
        (
            # (a paper that names no system of its own: the name is the clause's)
            "s000-02",
            "Specifically, our base and large-scale ShuffleMamba models can outperform the "
            "supervised ViTs of similar size by 0.8\\% and 1.0\\% classification accuracy on "
            "ImageNet1k, respectively, without auxiliary data.",
            {"ShuffleMamba"},
        ),
        (
            "s001-44",
            "In the case of low and medium failure rates (5-10%), CheckFree and CheckFree+ "
            "outperform both checkpointing and redundant computation in terms of convergence in "
            "wall-clock time by over 12%.",
            {"CheckFree", "CheckFree+"},
        ),
    ],
)
def test_a_name_that_heads_the_subject_is_the_subject(
    paper_subjects: Callable, paper: str, sentence: str, subjects: set[str]
) -> None:
    assert paper_subjects(paper, sentence) == subjects


@pytest.fixture
def paper_subjects(nlp: Language, real_papers: dict) -> Callable[[str, str], set[str]]:
    """The subjects of one sentence's claims, read in its whole abstract (the own name)."""
    from claimgraph.extraction import extract_paper

    def run(paper: str, sentence: str) -> set[str]:
        assert sentence in real_papers[paper].abstract
        claims = extract_paper(real_papers[paper], nlp).claims
        return {c.subject for c in claims if c.sentence == sentence}

    return run


@pytest.mark.parametrize(
    ("paper", "value", "subject", "baseline"),
    [
        # a paper that names no system of its own: what its clause is about is the subject, and
        # a turned-around comparison turns that around ("the performance governor consumes up
        # to 9.8% more energy than ondemand")
        ("xs061", 9.8, "ondemand", "performance governor"),
        # a paper with a name of its own keeps it ("copy-and-patch generates code two orders of
        # magnitude faster than LLVM -O0")
        ("xs044", 100.0, "Copy-and-Patch Compilation", "LLVM -O0"),
    ],
)
def test_without_an_own_name_the_thing_a_clause_is_about_is_the_subject(
    paper_claims: Callable, paper: str, value: float, subject: str, baseline: str | None
) -> None:
    claims = [c for c in paper_claims(paper) if c.value == value]
    assert {(c.subject, c.baseline) for c in claims} == {(subject, baseline)}


def test_without_an_own_name_a_thing_is_the_subject_and_a_measure_is_not(
    claims_in: Callable, made_up_claims: Callable
) -> None:
    # read alone under its title, which names nothing, the sentence is about the pipeline
    claims = claims_in(
        "s001-48",
        "Using CompactDS, we show that a minimal RAG pipeline achieves consistent accuracy "
        "improvements across all benchmarks and model sizes (8B--70B), with relative gains of "
        "10% on MMLU, 33% on MMLU Pro, 14% on GPQA, and 19% on MATH.",
    )
    assert {(c.subject, c.baseline) for c in claims} == {("minimal RAG pipeline", None)}
    # made up (the project's material has no such sentences): a thing against another, a
    # turned-around comparison, and a measure, which is no thing compared
    title = "Ray tracing on commodity hardware"
    sentence = "Vectorized traversal achieves a 6x speedup compared with a scalar loop."
    assert [(c.subject, c.baseline) for c in made_up_claims(title, sentence)] == [
        ("Vectorized traversal", "scalar loop")
    ]
    title = "Browsers as a runtime for speech models"
    sentence = (
        "We find that browser-based inference runs on average 4.2 times slower than native "
        "inference."
    )
    assert [(c.subject, c.baseline) for c in made_up_claims(title, sentence)] == [
        ("native inference", "browser-based inference")
    ]
    title = "Pruning recurrent networks for phones"
    sentence = "Memory footprints can be cut by a factor of 3."
    assert [(c.subject, c.metric) for c in made_up_claims(title, sentence)] == [
        ("Pruning recurrent networks", "memory")
    ]


@pytest.mark.parametrize(
    ("paper", "value", "subject"),
    [
        # words of degree or number identify nothing ("our overall system outperforms existing
        # ones by up to 10x"); "these performance bugs" is not the paper's own
        ("xm040", 10.0, "Optimizing the Communication"),
        ("xs075", 13.0, "Linux Scheduler"),
    ],
)
def test_our_kind_of_thing_is_the_abstracts_or_the_sentences_phrase_for_it(
    paper_claims: Callable, paper: str, value: float, subject: str
) -> None:
    assert {c.subject for c in paper_claims(paper) if c.value == value} == {subject}


@pytest.mark.parametrize(
    ("title", "abstract", "subject"),
    [
        # made up (no paper of the project's material that names no system of its own writes
        # these): the abstract's phrase for "our scheme"; the words the sentence's own subject
        # adds to a kind of thing; the antecedent of "which"
        (
            "Rethinking crash consistency for flash storage",
            "Ordered journaling writes every block twice. We avoid the second write with what we "
            "call the shadow-paging commit scheme. Our experiments show that our scheme improves "
            "write throughput by 58% over ordered journaling.",
            "shadow-paging commit scheme",
        ),
        (
            "Faster homomorphic multiplication on graphics processors",
            "Our GPU implementation shows a 6.4x speedup for one ciphertext multiplication over "
            "the best earlier GPU library.",
            "GPU implementation",
        ),
        (
            "Congestion control for satellite links",
            "The proposed link adaptation module can raise goodput by 35 to 120 percent on lossy "
            "channels.",
            "link adaptation module",
        ),
        (
            "Faster index builds for vector search",
            "Building a graph index is slow. Our evaluation covers six datasets. The proposed "
            "neighbour sampling method, which builds the index up to 41x faster than exact "
            "methods, keeps recall.",
            "neighbour sampling method",
        ),
    ],
)
def test_our_kind_of_thing_in_made_up_abstracts(
    made_up_claims: Callable, title: str, abstract: str, subject: str
) -> None:
    assert {c.subject for c in made_up_claims(title, abstract)} == {subject}


def test_more_of_a_cost_is_worse_but_more_efficient_is_better() -> None:
    from claimgraph.extraction.subject import _WORSE

    # "the performance governor consumes up to 9.8% more energy than ondemand" (xs061)
    assert _WORSE.match(" more energy than ondemand")
    for better in (" more energy efficient than", " more memory-efficient than"):
        assert not _WORSE.match(better)


def test_a_thing_keeps_its_first_letters_and_a_first_word_is_no_article() -> None:
    from claimgraph.extraction.subject import _thing_named

    assert _thing_named("Adaptive batching") == "Adaptive batching"
    assert _thing_named("these thermal throttling policies") is None  # a bare kind
    assert _thing_named("the performance governor") == "performance governor"


@pytest.mark.parametrize(
    "phrase",
    [
        # "the network lifetime can be extended by a third", "the deadline miss-rate drops by
        # half": a measure is no thing compared
        "the network lifetime",
        "deadline miss-rate",
    ],
)
def test_a_measure_is_no_thing_compared(phrase: str) -> None:
    from claimgraph.extraction.subject import _thing_named

    assert _thing_named(phrase) is None
    # a thing named after what it does is still one
    assert _thing_named("the rate limiter") == "rate limiter"


def test_a_noun_of_the_changed_object_is_no_subject(made_up_claims: Callable) -> None:
    # made up (the project's material has no such sentence): in "reduces the LTE RRC
    # signalling protocol overhead" the parser takes "RRC" for the subject of "signalling";
    # it is part of what Beamwise reduces
    claims = made_up_claims(
        "Beamwise: fast beam alignment for millimeter-wave links",
        "Beamwise also reduces the LTE RRC signalling protocol overhead by 64%.",
    )
    assert [(c.subject, c.value) for c in claims] == [("Beamwise", 64.0)]


@pytest.mark.parametrize(
    "phrase",
    ["Our prototype implementation", "Our simple approach", "Our open-source implementation"],
)
def test_words_of_degree_do_not_identify_a_kind_of_thing(phrase: str) -> None:
    from claimgraph.extraction.subject import _own_kind_phrase

    assert _own_kind_phrase(phrase) is None


def test_a_speedup_for_a_class_over_another(claims_in: Callable, made_up_claims: Callable) -> None:
    # "a speedup for X over Y": X, a class of device or a kind of implementation, is the
    # subject
    sentence = (
        "Interestingly, we show on a popular analytical workload that full query performance "
        "gain from running on GPU exceeds the bandwidth ratio despite individual operators "
        "having speedup less than bandwidth ratio, as a result of limitations of vectorizing "
        "chained operators on CPUs, resulting in a 25x speedup for GPUs over CPUs on the "
        "benchmark."
    )
    assert {(c.subject, c.baseline) for c in claims_in("xs034", sentence)} == {("GPUs", "CPUs")}
    # made up (the project's material has no second such sentence)
    claims = made_up_claims(
        "Low-bit inference on phones",
        "On phone CPUs we measure a speedup of 3x-5x for integer kernels compared to float "
        "kernels.",
    )
    assert {(c.subject, c.baseline) for c in claims} == {("integer kernels", "float kernels")}


def test_a_speedup_for_a_workload_keeps_its_subject(made_up_claims: Callable) -> None:
    # made up (the project's material has no such sentence): "a 6.4x speedup for ciphertext
    # multiplications compared to ...": a workload, not what is compared
    claims = made_up_claims(
        "Homomorphic encryption on graphics processors",
        "Our GPU code shows a 6.4x speedup for ciphertext multiplications compared to the best "
        "earlier GPU library.",
    )
    assert {c.subject for c in claims} == {"GPU code"}
    from claimgraph.extraction.subject import _A_SYSTEM_CLASS

    assert not _A_SYSTEM_CLASS.search("writes")  # "a 2x speedup for writes over ..."


def test_a_change_written_with_a_hyphen_is_no_subject(made_up_claims: Callable) -> None:
    # made up (the project's material has no such sentence): the speed-up is nobody's subject
    claims = made_up_claims(
        "Seismic imaging on graphics cards",
        "An overall speed-up of 12 fold was obtained with an NVIDIA GeForce GTX 580 card "
        "compared with a single core of an Intel Core i7 processor.",
    )
    subjects = {c.subject for c in claims if c.value == 12.0}
    assert subjects and not any("speed" in subject.lower() for subject in subjects)


@pytest.mark.parametrize(
    ("title", "sentence", "subjects"),
    [
        # made up (the project's material has no such sentences): one class of device against
        # another: the device is the subject, not the paper's system
        (
            "Climate kernels on accelerators",
            "Compared with CPUs, GPUs deliver about 9x more floating-point throughput.",
            {"GPUs"},
        ),
        (
            "Climate kernels on accelerators",
            "The GPUs (NVIDIA A40) ran the solver more than 6 times faster than the CPUs "
            "(AMD EPYC).",
            {"GPUs"},
        ),
        # a device that modifies the paper's own thing is no subject of its own
        (
            "CipherBox: block ciphers on graphics processors",
            "In our tests, the GPU implementation of AES runs 12 to 18 times faster than the "
            "best CPU implementation.",
            {"CipherBox"},
        ),
    ],
)
def test_a_class_of_device_against_another_is_the_subject(
    made_up_claims: Callable, title: str, sentence: str, subjects: set[str]
) -> None:
    assert {c.subject for c in made_up_claims(title, sentence)} == subjects


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # the model, device or dataset a number holds for is no subject: the paper's system is
        # (where the setting is read, it is pinned too)
        (
            "xm073",
            "Remarkably, PockEngine enables fine-tuning LLaMav2-7B on NVIDIA Jetson AGX Orin at "
            "550 tokens/s, 7.9$\\times$ faster than the PyTorch.",
            [("PockEngine", "PyTorch", 7.9)],
        ),
        (
            "b014",
            "On ImageNet, our model achieves 3.1% better top-1 accuracy than MobileNetV2, while "
            "being 1.2× faster with measured GPU latency.",
            [
                ("ProxylessNAS", "MobileNetV2", 3.1, "ImageNet"),
                ("ProxylessNAS", "MobileNetV2", 1.2, "ImageNet"),
            ],
        ),
        (
            "xm071",
            "For the LLaMA-13B model on A6000 GPU, SARATHI improves decode throughput by up to "
            "10x, and accelerates end-to-end throughput by up to 1.33x.",
            [
                ("SARATHI", None, 10.0, "LLaMA-13B model on A6000 GPU"),
                ("SARATHI", None, 1.33, "LLaMA-13B model on A6000 GPU"),
            ],
        ),
    ],
)
def test_a_model_device_or_dataset_is_the_setting_not_the_subject(
    claims_in: Callable,
    rows: Callable,
    paper: str,
    sentence: str,
    expected: list[tuple[object, ...]],
) -> None:
    fields = ("subject", "baseline", "value", "context")[: len(expected[0])]
    assert rows(claims_in(paper, sentence), *fields) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # made up: in no sentence of the project's material does an amount head the subject
        # ("the 7B model"); an amount before a kind of thing names nothing, the paper's system
        # is the subject
        "A 7B model served by Lumen achieves 2.3x higher throughput than vLLM.",
        "The 70B model runs 2.3x faster with Lumen than with llama.cpp.",
    ],
)
def test_an_amount_is_no_subject(made_up_claims: Callable, sentence: str) -> None:
    claims = made_up_claims("Lumen: Serving LLMs on Phones", sentence)
    assert [(c.subject, c.value) for c in claims] == [("Lumen", 2.3)]


def test_a_name_keeps_its_version_number(made_up_claims: Callable) -> None:
    # made up (the project's material has no such sentence or title): the parser makes the
    # version the subject's head; the name is "TLS 1.3", not "TLS" nor the paper's phrase
    sentence = (
        "In our measurements, TLS 1.3 gives a 30 percent shorter connection setup than TLS 1.2."
    )
    claims = made_up_claims("Secure transport at the edge", sentence)
    assert {(c.subject, c.baseline) for c in claims} == {("TLS 1.3", "TLS 1.2")}
    # a title head with a version number names the system
    for title, name in (
        ("Whisperer 2: Streaming Speech Recognition at Scale", "Whisperer 2"),
        ("Skein v3: A Flexible and Elastic Training System", "Skein v3"),
    ):
        paper = Paper(id="made-up", title=title, abstract="We present a system. It is fast.")
        assert paper_context(paper).own_name == name


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # made up (the project's material has no such sentences): a name before the kind of
        # thing it is heads the subject ("the LQA scheme raises", "the TIDE policy can cut")
        (
            "Simulations show that the LQA scheme raises spectral efficiency by 17% over fixed "
            "allocation.",
            ["LQA"],
        ),
        (
            "In trace-driven tests, the TIDE policy can cut mean queueing delay by up to 61% "
            "while keeping utilization within 3%.",
            ["TIDE"],
        ),
        # (a name that modifies another noun does not: "several TVM scheduling passes")
        (
            "In our tests, several TVM scheduling passes shorten compile time by 12%.",
            [],
        ),
    ],
)
def test_a_name_before_its_kind_heads_the_subject(
    nlp: Language, sentence: str, names: list[str]
) -> None:
    subjects = _clause_subjects(nlp(sentence))
    assert [n for subject in subjects for n in subject.names] == names


def test_review_guards_for_subjects(nlp: Language) -> None:
    # made-up text: "the proposed DRL strategy" is described, not named; a device after "does
    # on" is no baseline device; a device compared in lower case or with FPGAs still is
    from claimgraph.extraction import extract_paper

    abstract = (
        "We propose an offloading method. Results show that the proposed DRL strategy reduces "
        "energy consumption by 19% over local computing. The GPUs run FooSys 3x faster than "
        "PyTorch does on CPUs. When compared to CPUs, GPUs offer 10x higher memory bandwidth. "
        "GPUs deliver 5x higher throughput than FPGAs."
    )
    paper = Paper(id="x", title="Energy-aware offloading", abstract=abstract)
    subjects = {c.value: c.subject for c in extract_paper(paper, nlp).claims}
    assert subjects == {19.0: "DRL strategy", 3.0: "offloading method", 10.0: "GPUs", 5.0: "GPUs"}


def test_a_query_language_before_its_noun_is_no_subject(made_up_claims: Callable) -> None:
    # made up: the project's material has no sentence with "SQL queries" beside a number
    claims = made_up_claims(
        "Tessera: Fast Analytics",
        "This allows Tessera to run SQL queries up to 20x faster than Apache Hive.",
    )
    assert [(c.subject, c.baseline, c.value) for c in claims] == [("Tessera", "Apache Hive", 20.0)]


@pytest.mark.parametrize(
    "title", ["Whisperer 2: Streaming Speech Recognition", "Skein v3: Training"]
)
def test_a_title_head_with_a_version_number_names_the_system(title: str) -> None:
    # made up: no title of the project's material has a version number; the abstract's own
    # phrase must not win over it
    abstract = "We present an end-to-end speech recognition pipeline that runs on GPUs. It is fast."
    own = paper_context(Paper(id="made-up", title=title, abstract=abstract)).own_name
    assert own == title.split(":")[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (synth yd008): the project's papers write a loss only as "slower" or "more
        # energy"; less of a measure that is better higher is a loss too
        (
            "Cairn's encoding throughput is 11% lower than that of an optimized RS library.",
            ("RS", "Cairn"),
        ),
        ("Cairn achieves 2x lower throughput than Spark.", ("Spark", "Cairn")),
        # less of a measure that is better lower is a gain
        ("Cairn achieves 2x lower latency than Spark.", ("Cairn", "Spark")),
        (
            "Cairn has 16% lower tail-latency under performance isolation than Spark.",
            ("Cairn", "Spark"),
        ),
    ],
)
def test_less_of_a_measure_better_higher_turns_the_comparison_around(
    made_up_claims: Callable, sentence: str, expected: tuple[str, str]
) -> None:
    claims = made_up_claims("Cairn: Repair-Efficient Erasure Codes", sentence)
    assert [(c.subject, c.baseline) for c in claims] == [expected]


def test_slower_than_x_by_n_turns_the_comparison_around(made_up_claims: Callable) -> None:
    # made up (synth yg023): the number after the comparison, set off by a comma
    claims = made_up_claims(
        "Quire: Scheduling Sparse Tensor Algebra",
        "On 5 of the 23 kernels Quire is slower than MKL, by up to 12%, mainly due to MKL's "
        "hand-vectorized inner loops.",
    )
    assert [(c.subject, c.baseline, c.value) for c in claims] == [("MKL", "Quire", 12.0)]
    # (synth zb011) or in parentheses, with the numbers coordinated after it
    claims = made_up_claims(
        "Quire: Scheduling Sparse Tensor Algebra",
        "For two kernels Quire is slightly slower than MKL (by 4% and 7%), which we attribute "
        "to its coarser tiles.",
    )
    assert [(c.subject, c.baseline, c.value) for c in claims] == [
        ("MKL", "Quire", 4.0),
        ("MKL", "Quire", 7.0),
    ]


def test_a_thing_that_beats_the_papers_own_system_is_the_subject(
    made_up_claims: Callable,
) -> None:
    # made up (synth yd024): the project's papers never put their own system as the baseline
    # of another thing's win; the claim was lost (subject and baseline were both the own name)
    title = "Parcel: NUMA-Aware Sort-Merge Joins"
    claims = made_up_claims(
        title,
        "A NUMA-aware radix join is still 8% faster than Parcel on uniform data, but Parcel's "
        "output is sorted.",
    )
    assert [(c.subject, c.baseline, c.value) for c in claims] == [
        ("NUMA-aware radix join", "Parcel", 8.0)
    ]
    # the paper's own words for itself stay the paper's own system
    assert made_up_claims(title, "Our system is 8% faster than Parcel.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (synth yv002, yu013): more of a cost named before the number is a loss;
        # less bandwidth needed is a saving
        (
            "Median time-to-first-token is 11% higher than vLLM's at low load.",
            [("vLLM", "TideKV")],
        ),
        # (synth zg024) a multiple of another's cost
        ("Under high churn, maintenance traffic is 1.4x that of Chord.", [("Chord", "TideKV")]),
        ("TideKV's throughput is 1.4x that of Chord.", [("TideKV", "Chord")]),
        # (synth zg025) more time taken, against what another's activity takes
        (
            "Building the tiered layout takes 1.8x longer than DiskANN's build.",
            [("DiskANN", "TideKV")],
        ),
        # (synth zb015) the measure of one thing, "on average"
        (
            "The memory footprint of TideKV is on average 9% larger than that of CSR.",
            [("CSR", "TideKV")],
        ),
        (
            "Reporting to the controller requires 40x less bandwidth than sFlow.",
            [("TideKV", "sFlow")],
        ),
        # made up (synth yf022, yj015): more energy saved is a gain, not more energy spent
        (
            "TideKV saves 2.3x more energy than a static frequency cap.",
            [("TideKV", "static frequency cap")],
        ),
        ("TideKV consumes 2.3x more energy than vLLM.", [("vLLM", "TideKV")]),
    ],
)
def test_more_of_a_cost_named_before_the_number_turns_it_around(
    made_up_claims: Callable, sentence: str, expected: list[tuple[str, str]]
) -> None:
    claims = made_up_claims("TideKV: Tiered KV Cache Offloading", sentence)
    assert [(c.subject, c.baseline) for c in claims] == expected


def test_devices_the_parse_joins_to_the_subject_are_a_setting(made_up_claims: Callable) -> None:
    # made up (synth yx016): the project's papers have no opener listing devices before the
    # subject
    claims = made_up_claims(
        "XDS: Transferable Cost Models for Tensor Program Autotuning",
        "On four NVIDIA and AMD GPUs, an ARM CPU and an Intel CPU, XDS reduces search time by "
        "5.3x on average relative to AutoTVM.",
    )
    assert [(c.subject, c.baseline) for c in claims] == [("XDS", "AutoTVM")]


def test_a_runtime_is_a_measure_not_a_thing(made_up_claims: Callable) -> None:
    # made up (synth yk019): an unnamed method's clause whose subject is a measure
    claims = made_up_claims(
        "Adaptive Join Reordering for Analytical Queries",
        "We present an adaptive join reordering technique. Across all 99 TPC-DS queries, total "
        "runtime decreases by 18%.",
    )
    assert [c.subject for c in claims] == ["adaptive join reordering technique"]


def test_own_system_behind_what_it_modifies_is_a_cost(
    claims_in: Callable, made_up_claims: Callable
) -> None:
    # made up (synth yh024, yu008): the project's papers never set their own system behind
    # the code it instruments; that is a cost it pays (CLAIMS.md), no claim ...
    title = "Ratchet: Intermittent Computing Without Checkpoints"
    assert made_up_claims(title, "Ratchet is about 9% slower than uninstrumented code.") == []
    assert (
        made_up_claims(title, "Ratchet is 4% slower than the same programs compiled as plain C.")
        == []
    )
    # ... behind another system it is a comparison turned around
    claims = made_up_claims(title, "Ratchet is 12% slower than a hardware-only JIT scheme.")
    assert [(c.subject, c.baseline) for c in claims] == [("hardware-only JIT scheme", "Ratchet")]
    # and another's system behind native code is a claim of that system's (real: xs056)
    claims = claims_in(
        "xs056",
        "A key goal of WebAssembly is performance parity with native code; previous work reports "
        "near parity, with many applications compiled to WebAssembly running on average 10% "
        "slower than native code.",
    )
    assert [(c.subject, c.value) for c in claims] == [("native code", 10.0)]


def test_which_after_a_setting_stands_for_the_result(made_up_claims: Callable) -> None:
    # made up (synth zb015): the project's papers have no "on <device>, which is N x faster"
    claims = made_up_claims(
        "SAB: A Sparse Matrix Format",
        "SAB achieves 38 GFLOP/s on an NVIDIA Tesla C2050, which is 2.1x faster than cuSPARSE.",
    )
    assert [(c.subject, c.baseline) for c in claims] == [("SAB", "cuSPARSE")]


def test_a_verb_taken_for_the_head_of_our_kind(made_up_claims: Callable) -> None:
    # made up (synth yy018, yx005): the project's papers never write "our <kind> <verb>s" with
    # a number after it; the parser takes the verb for the subject's head
    title = "Workload-Aware Pre-Copy Live Migration"
    abstract = (
        "We present a workload-aware migration scheme that classifies pages. Compared with "
        "post-copy migration, our approach transfers 18% more data and is 12% slower for idle "
        "VMs."
    )
    claims = made_up_claims(title, abstract)
    assert [(c.subject, c.baseline) for c in claims] == [
        ("workload-aware migration scheme", "post-copy migration"),
        ("post-copy migration", "workload-aware migration scheme"),
    ]


def test_a_variant_worse_with_no_comparison_is_behind_its_system(made_up_claims: Callable) -> None:
    # made up (synth zg022): the project's papers name no variant of their own system that
    # loses with nothing compared; it is behind the system it is a variant of ...
    title = "Tallis: Adaptive Concurrency Control"
    claims = made_up_claims(
        title, "Tallis-Static, which fixes protocol assignments offline, is 17% slower."
    )
    assert [(c.subject, c.baseline, c.value) for c in claims] == [("Tallis", "Tallis-Static", 17.0)]
    # ... while one that gains is its own subject, and another system is no variant
    claims = made_up_claims(title, "Tallis-Lite is 12% faster.")
    assert [(c.subject, c.baseline) for c in claims] == [("Tallis-Lite", None)]


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zh): a model run is the workload, the paper's system runs it; the
        # second clause has a subject and a number of its own; "than with X" compares with X
        (
            "Trellite: Sparse Tensor Core Compilation",
            "End-to-end, BERT-large inference is 1.38× faster than the dense TensorRT baseline "
            "and OPT-6.7B prefill is 1.29× faster.",
            {("Trellite", "TensorRT", 1.38), ("Trellite", "TensorRT", 1.29)},
        ),
        (
            "Wicket: Low-Bit GEMM Kernels",
            "End-to-end, Llama-2-13B decoding in vLLM is 2.5x faster than with FP16 weights.",
            {("Wicket", "FP16 weights", 2.5)},
        ),
        # made up (synth yy): a model that runs is the workload too
        (
            "Tandem: On-Device Inference",
            "On the Galaxy S23, MobileViT runs at 4.1 ms per image, 24% faster than the vendor's "
            "own SDK.",
            {("Tandem", "SDK", 24.0)},
        ),
        # ... a system that runs is the subject
        (
            "Tandem: On-Device Inference",
            "FlashAttention-2 runs 2x faster than Megatron-LM.",
            {("FlashAttention-2", "Megatron-LM", 2.0)},
        ),
    ],
)
def test_a_model_run_as_subject_is_the_papers_workload_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.subject, c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zg, zj, zk, yx): the paper's system behind itself without its
        # mechanism is a cost paid, however the name was read
        (
            "Kiln: Snapshot-Based Warm Starts",
            "Kiln's lazy restore does add a cost: the first warm invocation after restore is 12% "
            "slower than on a never-snapshotted instance.",
            set(),
        ),
        (
            "Brindle: Elastic Stream Rescaling",
            "Steady-state throughput is 2.3% lower than unmodified Flink due to key-group routing "
            "indirection.",
            set(),
        ),
        (
            "RowShare: Shared Embedding Rows",
            "Training throughput on a single GPU is 1.3× lower than that of the uncompressed DLRM.",
            set(),
        ),
        # ... behind a distinct competitor it is a claim turned around
        (
            "RowShare: Shared Embedding Rows",
            "Training throughput on a single GPU is 1.3× lower than that of TT-Rec.",
            {("TT-Rec", "RowShare", 1.3)},
        ),
    ],
)
def test_behind_itself_without_its_mechanism_is_a_cost_paid_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.subject, c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zg, zb): a word of the setting taken for the subject gives way to the
        # paper's own name acting between it and the number
        (
            "Pallet: Batched Network Functions",
            "For a chain consisting of a firewall, NAT and load balancer, Pallet forwards 64-byte "
            "packets at 24.6 Mpps, 3.8x the rate of Click.",
            {("Pallet", "Click", 3.8)},
        ),
        (
            "Quorra: One-Sided Communication",
            "At the application level, a Graph500 BFS implementation built on Quorra is 1.6× "
            "faster than the reference MPI-3 RMA version.",
            {("Quorra", "MPI-3 RMA", 1.6)},
        ),
        # made up (synth zg): a setting's plural run into the name
        (
            "Tilecraft: Tile Kernels from Layouts",
            "On large dense GEMMs Tilecraft reaches 0.87x the throughput of cuBLAS.",
            {("Tilecraft", "cuBLAS", 0.87)},
        ),
        # ... another system acting before the number stays the subject, whatever the own
        # name does after it
        (
            "Pallet: Batched Network Functions",
            "NetBricks forwards packets 1.2x faster than Click, and Pallet closes the gap.",
            {("NetBricks", "Click", 1.2)},
        ),
    ],
)
def test_the_own_name_acting_before_the_number_is_its_subject_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.subject, c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # (review) a system that runs the model is the subject of its run (prior work)
        (
            "Wicket: Low-Bit GEMM Kernels",
            "FlashAttention-2 training of GPT-2 is 3x faster than Megatron-LM.",
            {("FlashAttention-2", "Megatron-LM", 3.0)},
        ),
    ],
)
def test_a_system_running_a_model_stays_the_subject(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.subject, c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zg): "matches X" sets a level beside X, and a loss after it in the
        # clause is behind X, turned around
        (
            "Tilecraft: Tile Kernels from Layouts",
            "On fused attention, Tilecraft matches FlashAttention-2 to within 4% on A100 and is 7% "
            "slower on H100.",
            {("FlashAttention-2", "Tilecraft", 7.0)},
        ),
        # made up (synth zg): "N% lower in throughput" is less of a gain measure
        (
            "Delay-Gradient Envelopes",
            "Against PCC Vivace it is 11% lower in throughput on the cellular traces.",
            {("PCC Vivace", "Delay-Gradient Envelopes", 11.0)},
        ),
        # ... and a gain after "matches X" is a gain over X
        (
            "RungRider: Tuning with Rungs",
            "RungRider matches ASHA's best result using 2.6x less compute.",
            {("RungRider", "ASHA", 2.6)},
        ),
    ],
)
def test_a_loss_after_matching_a_system_is_behind_it_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.subject, c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


def test_a_cost_that_grows_against_another_system_is_behind_it_made_up(
    made_up_claims: Callable,
) -> None:
    # made up (synth yk): more of a cost against another system is that system's lead
    claims = made_up_claims(
        "Filtrum: Filtered Vector Search",
        "The extra partitions of Filtrum increase index memory by 1.6× relative to DiskANN.",
    )
    assert {(c.subject, c.baseline, c.value) for c in claims} == {("DiskANN", "Filtrum", 1.6)}


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth yx, zf): more of a cost, named with a noun of use or after its level,
        # is behind what it is compared with
        (
            "Lullaby: Receiver-Initiated Duty Cycling",
            "Under light traffic, however, its energy consumption is about 10% higher than that "
            "of B-MAC.",
            {("B-MAC", "Lullaby", 10.0)},
        ),
        (
            "Halyard: Replicated Block Storage",
            "Single-client random write latency of Halyard is 1.9 ms, about twenty percent higher "
            "than that of a locally attached disk.",
            {("locally attached disk", "Halyard", 20.0)},
        ),
    ],
)
def test_more_of_a_cost_after_its_level_is_behind_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    assert {(c.subject, c.baseline, c.value) for c in made_up_claims(title, sentence)} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (synth yg): another system still ahead, against the paper's own unsaid
        (
            "For matrices smaller than about 2000, however, MKL remains up to 20% faster, because "
            "the tile kernels do not reach their asymptotic efficiency.",
            {("MKL", "TessLA", 20.0)},
        ),
        # ... a baseline the sentence names stays
        ("MKL remains 20% faster than ATLAS.", {("MKL", "ATLAS", 20.0)}),
    ],
)
def test_another_system_still_ahead_is_ahead_of_the_papers_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("TessLA: Tiled Dense Linear Algebra", sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (synth zg, zr, zp and session 18): "N% below X" and "N% above X" compare right
        # after the number; less of a measure that is better higher (more of a cost) is behind
        (
            "Pipit: Prefix-Aware Serving",
            "Pipit is not universally better: on workloads with no shared prefixes its "
            "throughput is within 3% of vLLM and 5% below TensorRT-LLM, owing to scheduling "
            "overhead.",
            {("TensorRT-LLM", "Pipit", 5.0)},
        ),
        (
            "Cormorant: A Concurrent Collector",
            "Overall application throughput is 4 percent below that of HotSpot's parallel "
            "collector, a gap we attribute to the Jikes optimizing compiler rather than to the "
            "collector.",
            {("HotSpot's parallel collector", "Cormorant", 4.0)},
        ),
        (
            "Crowdlet: Federated Inference on Phones",
            "Crowdlet holds peak memory to 43 MB, while streaming concurrency cuts batch "
            "latency 34% below barrier synchronisation.",
            {("Crowdlet", "barrier synchronisation", 34.0)},
        ),
        # (second review) a name written in lower case, in LaTeX's "\%" too
        (
            "Crowdlet: Federated Inference on Phones",
            "Crowdlet's p99 latency is 34% below llama.cpp.",
            {("Crowdlet", "llama.cpp", 34.0)},
        ),
        (
            "Crowdlet: Federated Inference on Phones",
            "Crowdlet cuts batch latency 12\\% below RS.",
            {("Crowdlet", "RS", 12.0)},
        ),
        (
            "Crowdlet: Federated Inference on Phones",
            "Its memory use is 20% above that of Redis.",
            {("Redis", "Crowdlet", 20.0)},
        ),
    ],
)
def test_below_and_above_compare_after_the_number_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims(title, sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (review, session 18): a level kept below or above a bound compares with no
        # system, so it is no claim ...
        ("Foo keeps p99 latency 20% below the SLO under bursty load.", set()),
        ("Foo keeps power draw 8% below the cap.", set()),
        ("Foo keeps GPU memory 10% below the OOM boundary.", set()),
        ("Foo keeps throughput 8% below the NIC line rate.", set()),
        ("Foo keeps power 8% below the GPUs' TDP.", set()),
        # ... and a word ending in "x" is no number ("index below the LLC size")
        (
            "Foo keeps the working set of each index below the LLC size and cuts lookup latency "
            "by 30%.",
            {("Foo", None, 30.0)},
        ),
        # ... while a name's measure named after it is still the name's
        (
            "Its throughput is 5% below TensorRT-LLM's peak throughput.",
            {("TensorRT-LLM", "Foo", 5.0)},
        ),
        # what is better lower (an error, a perplexity) above another's is behind it
        ("Its error rate is 12% above that of Whisper.", {("Whisper", "Foo", 12.0)}),
        ("Its perplexity is 4% above Llama-2.", {("Llama-2", "Foo", 4.0)}),
        ("Its miss rate is 12% above LRU.", {("LRU", "Foo", 12.0)}),
        # ... a loss named in a setting is no measure ("with 5% packet loss")
        ("Its accuracy with 5% packet loss is 4% above Raft.", {("Foo", "Raft", 4.0)}),
    ],
)
def test_bounds_and_measures_above_or_below_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Foo: a made-up system", sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (session 19, real rc and synth yj): a study's figures are about the things
        # its clauses name, even in one word or named by what they change ...
        (
            "Where Does the Time Go? Characterizing Memory Tiering for LLM Serving",
            "Tiering supports 73 times more concurrent sessions per GPU.",
            ["Tiering"],
        ),
        (
            "Are All Tokens Necessary? A Benchmark of Token Pruning for Place Recognition",
            "For example, token reduction can reduce computational cost by up to 29%.",
            ["token reduction"],
        ),
        # ... while a paper with a method of its own keeps its name for them
        (
            "Placement Policies for KV Caches",
            "Tiering supports 73 times more concurrent sessions per GPU.",
            ["Placement Policies"],
        ),
        # ... and a change measured is nobody's subject
        (
            "Where Does the Time Go? Characterizing Memory Tiering for LLM Serving",
            "A significant reduction of 30% in latency comes from tiering.",
            [],
        ),
    ],
)
def test_a_studys_figures_are_about_what_its_clauses_name_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims(title, sentence)][: len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 19, real re): after "show that", the paper's name acting is the
        # subject, even where the tagger takes its verb for a noun ...
        (
            "Experiments across many benchmarks show that Tollgate satisfies SLA constraints "
            "without per-benchmark tuning, reducing operating cost by up to 2.2x over existing "
            "baselines.",
            ["Tollgate"],
        ),
        (
            "Our results demonstrate that Tollgate meets QoS targets while cutting GPU hours by "
            "40% relative to static routing.",
            ["Tollgate"],
        ),
        # ... while another system named after "show that" keeps its own figure
        (
            "Prior measurements show that vLLM wastes 60% of KV cache memory.",
            [],
        ),
    ],
)
def test_the_papers_name_acting_after_show_that_made_up(
    made_up_claims: Callable, sentence: str, expected: list[str]
) -> None:
    claims = made_up_claims("Tollgate: Cost-Optimal LLM Routing", sentence)
    assert [c.subject for c in claims] == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (session 19, real rb): what sees or enjoys a gain is the workload the
        # paper's system runs, not a system compared
        (
            "Lazy Container Image Loading with Seekable Indexes",
            "Larger images see larger speedups (9.3x on a 2.5 GB image) because pull time stays "
            "constant.",
            ["Seekable Indexes"],
        ),
        (
            "Lazy Container Image Loading with Seekable Indexes",
            "Memory-bound kernels experience the largest gains, up to 2.1x.",
            ["Seekable Indexes"],
        ),
        # ... while a workload that runs faster without such a verb stays the clause's thing
        (
            "Lazy Container Image Loading with Seekable Indexes",
            "On-device training is still 7.3 times slower than cloud training.",
            ["cloud training"],
        ),
    ],
)
def test_what_sees_a_gain_is_the_workload_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims(title, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 19, real rc): the authors' LaTeX macro for the name, acting, is the
        # paper's own system, not the setting the parse took for the subject
        (
            "On step-distilled Wan2.2 I2V, \\method{} delivers a $4.41\\times$ attention speedup "
            "over FlashAttention.",
            ["Fovea"],
        ),
        (
            "For Llama-3-8B decoding, \\sys{} cuts p99 latency by 35% relative to vLLM.",
            ["Fovea"],
        ),
        # ... while a name the sentence gives stays its own
        (
            "On step-distilled Wan2.2 I2V, SpargeAttn delivers a 2.1x speedup over FlashAttention.",
            ["SpargeAttn"],
        ),
    ],
)
def test_the_authors_latex_macro_is_the_papers_name_made_up(
    made_up_claims: Callable, sentence: str, expected: list[str]
) -> None:
    claims = made_up_claims("Fovea: Sparse Attention for Video Diffusion", sentence)
    assert [c.subject for c in claims] == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (session 19, review): in a study, a pronoun names no thing, a speedup is a
        # change measured, and a paper that proposes a method is no study
        (
            "Where Does the Time Go? Characterizing Memory Tiering for LLM Serving",
            "Ours improves throughput by 2.1x over vLLM.",
            ["Characterizing Memory Tiering"],
        ),
        (
            "Where Does the Time Go? Characterizing Memory Tiering for LLM Serving",
            "Kernel speedup reaches 3x over cuBLAS on A100.",
            ["Characterizing Memory Tiering"],
        ),
        (
            "Fast and Accurate Model Comparison",
            "We propose a new method. Bootstrapping reduces cost by 5x.",
            ["Model Comparison"],
        ),
    ],
)
def test_review_of_session_19_study_subjects_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims(title, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 20): more of a measure that is better lower than a named system's
        # (a miss ratio, an error rate, SLO violations), or less of one that is better higher
        # (a hit ratio), is a comparison turned around, as more latency is
        ("Tern has a 12% higher miss ratio than Belfry.", {("Belfry", "Tern", 12.0)}),
        ("Tern shows 2x higher tail latency than Belfry.", {("Belfry", "Tern", 2.0)}),
        ("Tern needs 2x more GPU memory than Belfry.", {("Belfry", "Tern", 2.0)}),
        ("The error rate of Tern is 2x higher than that of Belfry.", {("Belfry", "Tern", 2.0)}),
        ("Tern achieves a 10% lower hit ratio than Belfry.", {("Belfry", "Tern", 10.0)}),
        (
            "Tern increases the number of SLO violations by 9% compared with Belfry.",
            {("Belfry", "Tern", 9.0)},
        ),
        # ... while more of most costs may be what is found, hidden or carried, a utilisation
        # is better higher, and less of a cost stays a gain (made up, session 20 review)
        ("Tern admits 24% more traffic than Belfry.", {("Tern", "Belfry", 24.0)}),
        ("Tern detects 2.4x more errors than Belfry.", {("Tern", "Belfry", 2.4)}),
        ("Tern hides 2x more latency than Belfry.", {("Tern", "Belfry", 2.0)}),
        ("Tern achieves 30% higher memory utilization than Belfry.", {("Tern", "Belfry", 30.0)}),
        ("Tern is 2x more cost-effective than Belfry.", {("Tern", "Belfry", 2.0)}),
        ("Tern offers 4x more memory than a single GPU.", {("Tern", "single GPU", 4.0)}),
        ("Tern reclaims 2x more memory than Belfry.", {("Tern", "Belfry", 2.0)}),
        ("Tern consumes 2x more memory than Belfry.", {("Belfry", "Tern", 2.0)}),
        ("Tern has a 12% lower miss ratio than Belfry.", {("Tern", "Belfry", 12.0)}),
    ],
)
def test_the_worse_way_of_a_quality_or_ratio_measure_turns_around_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    claims = made_up_claims("Tern: Adaptive Cache Admission", sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 20): a plain word opening the sentence that the abstract writes as a
        # name elsewhere is that name, the subject of its own comparison (CLAIMS.md: prior
        # work), not the paper's system
        ("Memcached is 3x faster than Redis.", {("Memcached", "Redis", 3.0)}),
        ("Redis is 3x faster than Quill on scans.", {("Redis", "Quill", 3.0)}),
        ("Redis consumes 2.1x more memory than Quill.", {("Quill", "Redis", 2.1)}),
        # ... but a plain word the abstract never writes as a name stays a word
        ("Batching is 3x faster than Redis.", {("Quill", "Redis", 3.0)}),
    ],
)
def test_a_sentence_opening_on_a_name_written_elsewhere_made_up(
    made_up_claims: Callable, sentence: str, expected: set[tuple[object, ...]]
) -> None:
    abstract = "We present Quill and compare it with Redis and Memcached. " + sentence
    claims = made_up_claims("Quill: a key-value store", abstract)
    assert {(c.subject, c.baseline, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        # made up (session 21, real re, reading xs): a paper that says what it studies or
        # compares, and builds nothing, is a study whatever its title's phrase: a word for a
        # policy it compares is the subject of that policy's figures
        (
            "Where Should Checkpoints Go? Placement Across Local and Remote Storage",
            "We compare eager, lazy and hybrid flushing. Laziness reduces write traffic by 3x "
            "compared with eager flushing.",
            ["Laziness"],
        ),
        (
            "The Impact of Page Size on Database Buffer Pools",
            "We measure four page sizes on TPC-C. Prefetching reduces miss latency by 21%.",
            ["Prefetching"],
        ),
        # ... but a study that also builds a thing is about that thing
        (
            "Where Should Checkpoints Go? Placement Across Local and Remote Storage",
            "We compare eager and lazy flushing, and design a flusher that adapts to load. "
            "Laziness reduces write traffic by 3x compared with eager flushing.",
            ["flusher"],
        ),
        # ... and "the codec" points back to the paper's own thing, even in a study
        (
            "The Impact of Page Size on Database Buffer Pools",
            "We measure four page sizes on TPC-C. The codec reduces miss latency by 21%.",
            ["Page Size"],
        ),
    ],
)
def test_a_paper_that_studies_without_building_names_each_figure_by_its_clause_made_up(
    made_up_claims: Callable, title: str, abstract: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims(title, abstract)] == expected


def test_an_amount_the_parser_took_for_a_subject_is_no_subject(made_up_claims: Callable) -> None:
    # made up (session 21, real re): "... supports 73 times more sessions ... and lowers cost
    # by 62 times": the parser made the amount the subject of "lowers"; the clause's subject
    # is the word before "supports" for both figures
    claims = made_up_claims(
        "Where Should the Cache Live? Placement for Long Sessions",
        "We compare three placements. Tiering supports 73 times more sessions per GPU and "
        "lowers cost per session by 62 times.",
    )
    assert [(c.subject, c.value) for c in claims] == [("Tiering", 73.0), ("Tiering", 62.0)]


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        # made up (session 21, real rc, ra): a benchmark or dataset the paper names is no
        # system compared; the figures measured on it are about what each clause names
        (
            "Tern: Benchmarking GPU Kernel Generation in Production",
            "Evaluating kernel agents on Tern, we find that even the strongest agent achieves "
            "only 0.94x speedup over production baselines.",
            ["strongest agent"],
        ),
        (
            "Tern: A Benchmark of Production Kernel Workloads",
            "On Tern, the best tuned compiler achieves a 2.1x speedup over cuBLAS.",
            ["best tuned compiler"],
        ),
        (
            "Tern: Adaptive Kernel Tuning for GPUs",
            "We introduce Tern, a benchmark of 40 kernels. The strongest agent achieves a 1.5x "
            "speedup over cuBLAS.",
            ["strongest agent"],
        ),
        # ... while a system the paper names stays the subject of what its clause leaves unsaid
        (
            "Tern: Adaptive Kernel Tuning for GPUs",
            "On KernelBench, the best tuned compiler achieves a 2.1x speedup over cuBLAS.",
            ["Tern"],
        ),
    ],
)
def test_a_named_benchmark_is_no_subject_of_what_is_measured_on_it_made_up(
    made_up_claims: Callable, title: str, abstract: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims(title, abstract)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 21, real rt): measures of the paper's own thing are its figures
        (
            "DMIPS, CoreMark value, and Embench value of the proposed processor achieved 42%, "
            "41% and 21% higher performance than the related work, respectively.",
            ["Tern", "Tern", "Tern"],
        ),
        # made up (session 21, real rc): the name that owns the measure a clause compares is
        # its subject
        ("The throughput of Redis is 2x higher than that of Memcached.", ["Redis"]),
        ("The p99 latency of the vLLM server is 30% lower than that of SGLang.", ["vLLM"]),
        # ... but not a name the paper's system changes, nor one a thing is done with
        ("The latency of vLLM is reduced by 2x with Tern.", ["Tern"]),
        ("The cost of moving data over PCI Express is 2x higher than on the CPU.", ["Tern"]),
    ],
)
def test_the_owner_of_a_measure_compared_is_the_subject_made_up(
    made_up_claims: Callable, sentence: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims("Tern: Fast Serving", sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 21, real rt): names in the setting of "our evaluation" are no
        # subject, even where the parser gives the verb a second subject
        (
            "Our evaluation using off-the-shelf applications such as nginx, SQLite, and Redis "
            "shows that running them on Tern results in a 1.7x-2.7x performance improvement "
            "compared to Linux guests.",
            [("Tern", 1.7)],
        ),
        # made up (session 21, real zj): a loss against the system with its own part switched
        # off is a cost it pays, no claim; against another system it compares
        (
            "Steady-state cost: 3.8% (TPC-C) / 1.1% (YCSB-A) throughput loss vs. logging disabled.",
            [],
        ),
        ("Tern has a 3.8% throughput loss vs. logging disabled.", []),
        ("Tern is 2x faster than Redis with logging disabled.", [("Tern", 2.0)]),
    ],
)
def test_a_setting_of_the_evaluation_or_a_part_switched_off_made_up(
    made_up_claims: Callable, sentence: str, expected: list[tuple[str, float]]
) -> None:
    claims = made_up_claims("Tern: Fast Unikernels", sentence)
    assert [(c.subject, c.value) for c in claims] == expected


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        # made up (session 21, real rt): a study whose subtitle says so, that builds versions
        # only to compare them; a version named by what sets it apart is what its figures are
        # about
        (
            "Accelerating Sorting: A Performance Comparison Between CPU and GPU",
            "We implemented and benchmarked three versions of the algorithm. For large inputs, "
            "the GPU implementation achieved a speedup of 59x over the sequential baseline.",
            ["GPU implementation"],
        ),
        # ... while "the implementation" of a paper that builds a method is its own
        (
            "Accelerating Sorting with Tiled Merges",
            "We design a tiled merge sort for GPUs. For large inputs, the GPU implementation "
            "achieved a speedup of 59x over the sequential baseline.",
            ["tiled merge sort"],
        ),
    ],
)
def test_in_a_study_a_version_named_by_what_sets_it_apart_made_up(
    made_up_claims: Callable, title: str, abstract: str, expected: list[str]
) -> None:
    assert [c.subject for c in made_up_claims(title, abstract)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 22, real sb): what another verb lets act ("allows X to encode") is
        # no actor of a participle after it; the sentence's subject is
        (
            "The first design, Quill, introduces a change that allows unused bits in each "
            "pointer to encode its type, improving performance by 90% over CUDA.",
            {("Quill", 90.0)},
        ),
        (
            "The new allocator, Quill, introduces a hardware change that allows free bits in the "
            "object pointer to hold the type, improving throughput by 35% over prior work.",
            {("Quill", 35.0)},
        ),
        # made up (session 22, real sb): a name the parser joined to the number or the verb
        # after "and" is the subject of that verb
        (
            "Our evaluation shows that Tern outperforms Linux by 2× and TernFS outperforms ext4 "
            "by up to 19.1×, respectively.",
            {("Tern", 2.0), ("TernFS", 19.1)},
        ),
        (
            "Our evaluation shows that Tern outperforms Linux by 2× and QuillDB outperforms "
            "SQLite by up to 7.5×, respectively.",
            {("Tern", 2.0), ("QuillDB", 7.5)},
        ),
        # ... not a name joined to another name ("training of BERT and ResNet-50 is")
        (
            "With Tern, end-to-end training of BERT-large and ResNet-50 is 1.31x and 1.19x "
            "faster than dense training.",
            {("Tern", 1.31), ("Tern", 1.19)},
        ),
    ],
)
def test_the_actor_of_the_number_made_up_session_22(
    made_up_claims: Callable, sentence: str, expected: set[tuple[str, float]]
) -> None:
    claims = made_up_claims("Tern: Fast Pointers", sentence)
    assert {(c.subject, c.value) for c in claims} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # made up (session 22, real sa): in a study, a class of the things compared, named by
        # what sets it apart, is the subject; an enumeration mark is no part of it
        (
            "When Does Deep RL Help? A Benchmark Study of Autoscalers",
            "Three findings stand out: (i) tuning matters; (ii) discrete-action algorithms "
            "outperform continuous-action ones by 10x in violations.",
            "discrete-action algorithms",
        ),
        (
            "An Empirical Study of Index Tuning",
            "We find that learning-based methods beat rule-based methods by 35%.",
            "learning-based methods",
        ),
        # ... a paper that builds its own method keeps it
        (
            "Tern: Fast Index Tuning",
            "We present Tern, a new tuner; learning-based methods beat rule-based methods by 35%.",
            "Tern",
        ),
    ],
)
def test_a_class_compared_in_a_study_made_up(
    made_up_claims: Callable, title: str, sentence: str, expected: str
) -> None:
    claims = made_up_claims(title, sentence)
    assert {c.subject for c in claims} == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 22, real sa): a name opening the sentence that the parser took for a
        # modifier of its verb is the verb's subject
        (
            "ServerlessLLM introduces a multitier checkpoint loading system, leveraging "
            "underutilized GPU memory and storage to reduce startup times by 6x compared to "
            "existing methods.",
            {"ServerlessLLM"},
        ),
        (
            "ServerlessLLM introduces a checkpoint format, leveraging spare host memory to cut "
            "startup times by 8x over existing methods.",
            {"ServerlessLLM"},
        ),
        # ... a common phrase opening the sentence is what it names, no name
        (
            "Multitier loading introduces a checkpoint format, leveraging spare host memory to "
            "cut startup times by 8x over existing methods.",
            {"Multitier loading"},
        ),
    ],
)
def test_a_name_the_parser_took_for_a_modifier_made_up(
    made_up_claims: Callable, sentence: str, expected: set[str]
) -> None:
    claims = made_up_claims("Tiered Serving: Faster Cold Starts", sentence)
    assert {c.subject for c in claims} == expected
