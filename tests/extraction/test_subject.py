"""Who a number is about (``claimgraph.extraction.subject``), on real sentences."""

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
            "g080",
            "By eliminating some security barriers such as seccomp and Meltdown patch, "
            "X-Containers have up to 27X higher raw system call throughput compared to Docker "
            "containers, while also achieving competitive or superior performance on various "
            "benchmarks compared to recent container platforms such as Google's gVisor and "
            "Intel's Clear Containers.",
            "X-Containers",
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
    # "run SQL queries", "production LSMs": classes of workload and of system, like "LLMs"
    shark = claims_in(
        "f066",
        "This allows Shark to run SQL queries up to 100× faster than Apache Hive, and machine "
        "learning programs up to 100× faster than Hadoop.",
    )
    assert ("Shark", "Apache Hive", "named") in rows(shark, "subject", "baseline", "baseline_kind")
    assert {c.subject for c in shark} == {"Shark"}
    bourbon = claims_in(
        "xs064",
        "Through a series of experiments on both synthetic and real-world datasets, we show "
        "that BOURBON improves lookup performance by 1.23x-1.78x as compared to "
        "state-of-the-art production LSMs.",
    )
    assert rows(bourbon, "subject", "baseline", "baseline_kind") == [
        ("BOURBON", "state-of-the-art production LSMs", "generic")
    ]


@pytest.mark.parametrize(
    ("paper", "sentence", "subject"),
    [
        (
            "k066",
            "As a result, 4-times SSD performance improvement, 60% energy consumption reduction "
            "and 55% endurance enhancement are achieved.",
            "NAND",  # the title's own system: "SSD" only modifies what was improved
        ),
        (
            "h060",
            "Furthermore, we implement several XLA kernel fusion strategies that can achieve up to "
            "10.56x speedup compared to our baseline implementation.",
            "Operator Fusion in XLA",
        ),
        (
            "m030",
            "Jasper builds on the Vamana graph index and overcomes existing bottlenecks via three "
            "contributions: (1) a CUDA batch-parallel construction algorithm that enables "
            "lock-free streaming insertions, (2) a GPU-efficient implementation of RaBitQ "
            "quantization that reduces memory footprint up to 8x without the random access "
            "penalties, and (3) an optimized greedy search kernel that increases compute "
            "utilization, resulting in better latency hiding and higher throughput.",
            "Jasper",
        ),
    ],
)
def test_a_name_that_only_modifies_the_subject_is_not_the_subject(
    paper_subjects: Callable, paper: str, sentence: str, subject: str
) -> None:
    assert paper_subjects(paper, sentence) == {subject}


@pytest.mark.parametrize(
    ("paper", "sentence", "subjects"),
    [
        (
            "h064",
            "For SpMM-based layers, properly cached cuSPARSE achieves up to 8 speedup over DGL and "
            "outperforms evaluated custom baselines in the majority of evaluations.",
            {"cuSPARSE"},
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
        # a paper that names no system of its own: what its clause is about is the subject
        ("p008", 10.0, "GPU acceleration", "serial run"),
        ("p050", 67.2, "in-browser inference", None),
        # ... and a turned-around comparison turns that around
        ("p050", 16.9, "native inference", "in-browser inference"),
        ("xs061", 9.8, "ondemand", "performance governor"),
        # a measure is no subject ("Model sizes can be reduced by a factor of 4")
        ("p078", 4.0, "Quantizing deep convolutional networks", None),
        # a paper with a name of its own keeps it ("We find that delay scheduling achieves")
        ("f031", 2.0, "delay scheduling", None),
    ],
)
def test_without_an_own_name_the_thing_a_clause_is_about_is_the_subject(
    paper_claims: Callable, paper: str, value: float, subject: str, baseline: str | None
) -> None:
    claims = [c for c in paper_claims(paper) if c.value == value]
    assert {(c.subject, c.baseline) for c in claims} == {(subject, baseline)}


@pytest.mark.parametrize(
    ("paper", "value", "subject"),
    [
        ("p072", 76.0, "in-place commit scheme"),  # "our scheme improves I/O performance by 76%"
        # "our algorithms achieve ..., with a speedup up to 25X": "a speedup" is no subject
        ("p004", 25.0, "multi-GPU join algorithms"),
        ("m038", 10.0, "kick-out eviction algorithms"),
        # a paper that names no system of its own: the words its own clause subject adds to a
        # kind of thing identify it ("Our GPU implementation shows a 7.02x speedup", "the
        # proposed protocol optimization device can raise throughput by 48 to 163 percent")
        ("r020", 7.02, "GPU implementation"),
        ("w030", 48.0, "protocol optimization device"),
        ("d048", 3.0, "kernel implementation"),
        # ... and so does the antecedent of "which" ("the proposed sampling technique, which
        # achieves up to 78x construction speedup")
        ("g035", 78.0, "sampling technique"),
        # ("Our preliminary prototype of a dynamic space-time scheduler", "our two
        # contributions": words of degree or number identify nothing; "these performance bugs"
        # is not the paper's own)
        ("v050", 3.23, "Dynamic Space-Time Scheduling"),
        ("r026", 30.0, "pruning method"),
        ("xs075", 13.0, "Linux Scheduler"),
    ],
)
def test_our_kind_of_thing_is_the_abstracts_or_the_sentences_phrase_for_it(
    paper_claims: Callable, paper: str, value: float, subject: str
) -> None:
    assert {c.subject for c in paper_claims(paper) if c.value == value} == {subject}


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
        # "the WSN lifetime until the 1st sensor node dies can be extended by around 32%", "SLO
        # miss-rate is reduced by 32% (1.5x)": a measure is no thing compared
        "the WSN lifetime",
        "SLO miss-rate",
    ],
)
def test_a_measure_is_no_thing_compared(phrase: str) -> None:
    from claimgraph.extraction.subject import _thing_named

    assert _thing_named(phrase) is None
    # a thing named after what it does is still one
    assert _thing_named("the rate limiter") == "rate limiter"


def test_a_noun_of_the_changed_object_is_no_subject(claims_in: Callable) -> None:
    # "reduces the IEEE 802.11ad beamforming training overhead by 81%": the parser takes
    # "IEEE" for the subject of "beamforming"; it is part of what BBS reduces
    claims = claims_in(
        "j076",
        "Further, BBS successfully detects unobstructed direct path conditions with an accuracy "
        "of 96.5% and reduces the IEEE 802.11ad beamforming training overhead by 81%.",
    )
    assert [(c.subject, c.value) for c in claims] == [("BBS", 81.0)]


@pytest.mark.parametrize(
    "phrase",
    ["Our prototype implementation", "Our simple approach", "Our open-source implementation"],
)
def test_words_of_degree_do_not_identify_a_kind_of_thing(phrase: str) -> None:
    from claimgraph.extraction.subject import _own_kind_phrase

    assert _own_kind_phrase(phrase) is None


@pytest.mark.parametrize(
    ("paper", "sentence", "expected"),
    [
        # "a speedup for X over Y": X, a class of device or a kind of implementation, is the
        # subject
        (
            "p078",
            "We benchmark latencies of quantized networks on CPUs and DSPs and observe a speedup "
            "of 2x-3x for quantized implementations compared to floating point on CPUs.",
            {("quantized implementations", "floating point")},
        ),
        (
            "xs034",
            "Interestingly, we show on a popular analytical workload that full query performance "
            "gain from running on GPU exceeds the bandwidth ratio despite individual operators "
            "having speedup less than bandwidth ratio, as a result of limitations of vectorizing "
            "chained operators on CPUs, resulting in a 25x speedup for GPUs over CPUs on the "
            "benchmark.",
            {("GPUs", "CPUs")},
        ),
    ],
)
def test_a_speedup_for_a_class_over_another(
    claims_in: Callable, paper: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert {(c.subject, c.baseline) for c in claims_in(paper, sentence)} == expected


def test_a_speedup_for_a_workload_keeps_its_subject(claims_in: Callable) -> None:
    # "a 7.02x speedup for a single CKKS multiplication compared to ...": a workload
    sentence = (
        "Our GPU implementation shows a 7.02× speedup for a single CKKS multiplication compared "
        "to the state-of-the-art GPU implementation and an amortized bootstrapping time of "
        "0.423us per bit, which corresponds to a speedup of 257× over a single-threaded CPU "
        "implementation."
    )
    assert "single CKKS multiplication" not in {c.subject for c in claims_in("r020", sentence)}
    from claimgraph.extraction.subject import _A_SYSTEM_CLASS

    assert not _A_SYSTEM_CLASS.search("reads")  # "2x speedup for reads over ext4"


def test_a_change_written_with_a_hyphen_is_no_subject(paper_claims: Callable) -> None:
    # "A speed-up of 16 fold in total has been achieved with an NVIDIA GeForce 8800 Ultra GPU
    # card compared with one core of ... Intel Q9300": the speed-up is nobody's subject
    subjects = {c.subject for c in paper_claims("xa026") if c.value == 16.0}
    assert subjects and not any("speed" in subject.lower() for subject in subjects)


@pytest.mark.parametrize(
    ("paper", "sentence", "subjects"),
    [
        # one class of device against another: the device is the subject, not the paper's
        # system
        (
            "ab024",
            "Compared with CPUs, GPUs have an order of magnitude higher computation power and "
            "memory bandwidth.",
            {"GPUs"},
        ),
        (
            "d012",
            "The GPUs (NVIDIA TESLA P100) achieved more than 10 times higher node performance "
            "than that of CPUs (Broadwell).",
            {"GPUs"},
        ),
        # a device that modifies the paper's own thing is no subject of its own
        (
            "va018",
            "In our evaluation, the GPU implementation of RSA shows a factor of 22.6 to 31.7 "
            "improvement over the fastest CPU implementation.",
            {"SSLShader"},
        ),
    ],
)
def test_a_class_of_device_against_another_is_the_subject(
    claims_in: Callable, paper: str, sentence: str, subjects: set[str]
) -> None:
    assert {c.subject for c in claims_in(paper, sentence)} == subjects


def test_a_name_keeps_its_version_number(
    claims_in: Callable, real_papers: dict[str, Paper]
) -> None:
    # "TLS 1.3 leads to a shorter handshake latency than TLS 1.2": the parser makes the
    # version the subject's head; the name is "TLS 1.3", not "TLS" nor the paper's phrase
    sentence = (
        "As it has been found, TLS 1.3 leads to a shorter handshake latency than TLS 1.2 by about "
        "35 percent, mainly because of its more streamlined handshake structure and fewer round "
        "trips."
    )
    assert {(c.subject, c.baseline) for c in claims_in("y062", sentence)} == {
        ("TLS 1.3", "TLS 1.2")
    }
    # "Deep Speech 2: End-to-End Speech Recognition ...": a title head with a version number
    # names the system ("Hetu v2: A General and Scalable ..." too)
    assert paper_context(real_papers["v062"]).own_name == "Deep Speech 2"
    assert paper_context(real_papers["m029"]).own_name == "Hetu v2"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a name before the kind of thing it is heads the subject ("the GKOA scheme improves",
        # "the HPS scheme can reduce")
        (
            "Numerical results demonstrate the GKOA scheme improves energy efficiency by 19%, "
            "system overhead by 13.87%, and average delay by 8.5% on the MD side than local "
            "computing.",
            ["GKOA"],
        ),
        (
            "Experimental results show that the HPS scheme can reduce mean response time by up to "
            "86% while improving space utilization by up to 24.2%.",
            ["HPS"],
        ),
        # (a name that modifies another noun does not: "several XLA kernel fusion strategies")
        (
            "We find that several XLA kernel fusion strategies reduce the runtime by 10%.",
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
