"""The paper's own system name when the text gives none (``claimgraph.extraction.naming``)
and subjects written with a possessive (``subject``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph import lexicon
from claimgraph.extraction.naming import coined_names, own_system_name, paper_context, title_method
from claimgraph.records import Paper


@pytest.mark.parametrize(
    ("title", "method"),
    [
        (
            "Accelerating Mobile Language Model Generation via Hybrid Context and Hardware "
            "Coordination",
            "Hybrid Context and Hardware Coordination",
        ),
        ("On Optimizing the Communication of Model Parallelism", "Optimizing the Communication"),
        # a word of praise is no part of the name
        (
            "Efficient Join Algorithms For Large Database Tables in a Multi-GPU Environment",
            "Join Algorithms",
        ),
        (
            "Fast Concurrent Cuckoo Kick-Out Eviction Schemes for High-Density Tables",
            "Concurrent Cuckoo Kick-Out Eviction Schemes",
        ),
        # "A Case for X", "The Case for X" argue for X
        ("A Case for Performance-Aware Deployment of Containers", "Performance-Aware Deployment"),
        ("The Case for Determinism in Database Systems", "Determinism"),
        # "Design and Evaluation of X", "Design and Implementation of X": X
        (
            "Design and Evaluation of a High-performance Journaling Scheme for Non-volatile Memory",
            "Journaling Scheme",  # and "High-performance" is praise
        ),
        (
            "Where Is My Training Bottleneck? Hidden Trade-Offs in Deep Learning Preprocessing "
            "Pipelines",
            "Hidden Trade-Offs",
        ),
        # "Design of X", "An efficient implementation of X": X
        (
            "Design of energy-efficient low-latency BNN hardware accelerator",
            "energy-efficient low-latency BNN hardware accelerator",
        ),
        ("Efficient Implementation of Sorting on Multi-Core SIMD CPU Architecture", "Sorting"),
        # a study names what it studies: "Performance Evaluation of X", "Scalability of X"
        ("Performance Evaluation of Sparse Storage Formats", "Sparse Storage Formats"),
        (
            "Performance Evaluation of Background Garbage Collection for Solid State Drives",
            "Background Garbage Collection",
        ),
        (
            "Scalability of write-ahead logging on multicore and multisocket hardware",
            "write-ahead logging",
        ),
        # (an optimization is a method of its own)
        (
            "Performance optimization of LoRa nodes for the future smart city/industry",
            "Performance optimization",
        ),
        # a dash between spaces sets off a subtitle like a colon
        ("eBPF - From a Programmer’s Perspective", "eBPF"),
        ("Faster Offloads by Unloading them – The RDMA Case", "Unloading them"),
    ],
)
def test_a_title_without_a_name_gives_its_method_never_the_whole_title(
    title: str, method: str
) -> None:
    assert title_method(title) == method


def test_a_perspective_is_no_system(real_papers: dict[str, Paper]) -> None:
    # "We introduce a new perspective on ...": no artifact; the title's phrase stands in.
    paper = real_papers["xm006"]
    assert own_system_name(paper, {}, []) == "Hidden Trade-Offs"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper", "sentence", "subject"),
    [
        (
            "xs038",
            "For streaming data, Trill’s throughput is 2-4 orders of magnitude higher than "
            "comparable streaming engines.",
            "Trill",
        ),
        (
            "xm074",
            "Compared to scaling workers with Kubernetes, Cachew's policies reduce training time "
            "by up to 4.1x and training cost by 1.1x to 3.8x.",
            "Cachew",
        ),
    ],
)
def test_a_possessive_subject_is_its_owner(
    claims_in: Callable, paper: str, sentence: str, subject: str
) -> None:
    assert {c.subject for c in claims_in(paper, sentence)} == {subject}


def test_a_name_the_title_and_abstract_share_is_the_system(real_papers: dict[str, Paper]) -> None:
    paper = real_papers["streaming-diloco-with-overlapping-5acbc5c8"]
    assert own_system_name(paper, {}, []) == "DiLoCo"


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "Design of energy-efficient low-latency BNN hardware accelerator", "Fast mounting method
        # for NAND flash memory file system using offset information", "Improving JavaScript
        # performance by deconstructing the type system": the name is what the method works on
        ("t018", "energy-efficient low-latency BNN hardware accelerator"),
        ("l034", "offset information"),
        ("d076", "deconstructing the type system"),
        # ("ONEBench to Test Them All", "To FUSE or Not to FUSE": the name the title opens on)
        ("s001-24", "ONEBench"),
        ("p012", "FUSE"),
    ],
)
def test_a_name_the_title_gives_after_a_preposition_or_verb_is_its_topic(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.slow
def test_a_name_in_apposition_to_the_subject_is_the_subject(claims_in: Callable) -> None:
    sentence = (
        "Our centralized implementation, Yaq-c, achieves 1.7x improvement on median job "
        "completion time compared to YARN, and our distributed one, Yaq-d, achieves 9.3x "
        "improvement over an implementation of Sparrow’s batch sampling on Mercury."
    )
    claims = claims_in("f018", sentence)
    assert ("Yaq-c", "YARN", 1.7) in {(c.subject, c.baseline, c.value) for c in claims}


@pytest.mark.slow
def test_a_list_of_techniques_in_apposition_names_no_subject(claims_in: Callable) -> None:
    sentence = (
        "These techniques—optimistic cuckoo hashing, a compact LRU-approximating eviction "
        "algorithm based upon CLOCK, and comprehensive implementation of optimistic "
        "locking—enable the resulting system to use 30% less memory for small key-value pairs, "
        "and serve up to 3x as many queries per second over the network."
    )
    assert {c.subject for c in claims_in("f038", sentence)} == {"MemC3"}


def test_a_bare_kind_of_thing_gives_way_to_the_name_in_apposition() -> None:
    # real abstract text (the C4 paper of the corpus), under a title that names nothing
    abstract = (
        "To address this, this paper introduces a communication-driven solution, namely the C4."
    )
    paper = Paper(id="x", title="Reliable collective communication at scale", abstract=abstract)
    assert own_system_name(paper, {}, []) == "C4"
    # a phrase that says more than its kind is kept
    abstract = "We propose a novel scheduling framework that improves locality."
    paper = Paper(id="y", title="Reliable collective communication at scale", abstract=abstract)
    assert own_system_name(paper, {}, []) == "scheduling framework"


@pytest.mark.slow
def test_a_hardware_word_with_a_plain_affix_is_no_subject(claims_in: Callable) -> None:
    sentence = (
        "We evaluate MariusGNN against SoTA systems for learning GNN models and find that "
        "single-GPU training in MariusGNN achieves the same level of accuracy up to 8x faster "
        "than multi-GPU training in these systems, thus, introducing an order of magnitude "
        "monetary cost reduction."
    )
    assert {c.subject for c in claims_in("g006", sentence)} == {"MariusGNN"}


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we propose a solution that ...", "a family of anisotropic quantization loss
        # functions", "a way of saving memory": a kind of thing names nothing; the title does
        ("f006", "Agile Cold Starts"),
        ("xm072", "Anisotropic Vector Quantization"),
        ("xm042", "operator reordering"),
        # "a simple algorithm called delay scheduling", "a framework called <projektor>"
        ("f031", "delay scheduling"),
        ("performance-scaling-via-optimal-8a80f04d", "<projektor>"),
    ],
)
def test_a_bare_kind_of_thing_gives_way_to_its_name_or_the_title(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert own_system_name(real_papers[paper], {}, []) == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we introduce a practical data mining based method", "a register pressure based
        # model": "based" before its noun keeps the phrase whole
        ("af036", "practical data mining based method"),
        ("af016", "register pressure based model"),
    ],
)
def test_a_proposed_phrase_keeps_the_noun_after_based(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert own_system_name(real_papers[paper], {}, []) == name


def test_based_on_still_ends_a_proposed_phrase() -> None:
    based_on = Paper(
        id="p",
        title="Adaptive Scheduling for Clusters",
        abstract="We propose a learned scheduler based on reinforcement learning. It cuts JCT "
        "by 20%.",
    )
    assert own_system_name(based_on, {}, []) == "learned scheduler"


@pytest.mark.parametrize(
    ("title", "method"),
    [
        # the head is a topic ("... to Paxos Overhead", "... in Semantic Domain"): the
        # subtitle's method
        (
            "Just Say NO to Paxos Overhead: Replacing Consensus with Network Ordering",
            "Network Ordering",
        ),
        (
            "Rethinking Multi-User Communication in Semantic Domain: Enhanced OMDMA by "
            "Shuffle-Based Orthogonalization and Diffusion",
            "Shuffle-Based Orthogonalization and Diffusion",
        ),
        # a short head names the method; a subtitle that starts "From" or "A" describes
        (
            "Flag Aggregator: Scalable Distributed Training under Failures and Augmented Losses "
            "using Convex Optimization",
            "Flag Aggregator",
        ),
        (
            "A Survey on Parallel Text Generation: From Parallel Decoding to Diffusion Language "
            "Models",
            "Survey",
        ),
    ],
)
def test_a_title_with_a_subtitle_gives_the_part_that_names_the_method(
    title: str, method: str
) -> None:
    assert title_method(title) == method


@pytest.mark.slow
def test_a_subject_is_never_the_baseline_of_its_own_number(claims_in: Callable) -> None:
    # "which" stands for the whole statement, not for DGL, the comparison's last noun
    sentence = (
        "The results show that gSampler introduces sampling speedups of 1.14--32.7× and an "
        "average speedup of 6.54×, compared to state-of-the-art GPU-based graph sampling "
        "systems such as DGL, which translates into an overall time reduction of over 40% for "
        "graph learning."
    )
    claims = claims_in("xm044", sentence)
    assert {(c.subject, c.baseline, c.value) for c in claims} == {
        ("gSampler", "DGL", 1.14),
        ("gSampler", "DGL", 6.54),
        ("gSampler", "DGL", 40.0),
    }


@pytest.mark.slow
def test_that_after_a_reporting_verb_has_no_antecedent(claims_in: Callable) -> None:
    # the small model tags "demonstrate" a noun and "that" a relative pronoun whose
    # antecedent would be "a 16-node Aliyun cluster"
    sentence = (
        "Our experimental results on a 16-node Aliyun cluster demonstrate that NeutronTP "
        "achieves 1.29-8.72 speedup over state-of-the-art GNN systems including DistDGL, "
        "NeutronStar, and Sancus."
    )
    assert {c.subject for c in claims_in("h032", sentence)} == {"NeutronTP"}


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # the platform a title says the method is for is no name of the method
        ("g040", "SGX interface framework HotCalls"),
        ("xs011", "CReWS"),
        # what a title sets out to improve is its topic too ("Improving Mobile-TCP Performance
        # over Wireless Networks", "Speeding Up OpenMP Tasking"): the phrase for the paper's
        # own thing names it
        ("c048", "enhanced mobile TCP scheme"),
        ("i026", "highly efficient implementation"),
        # a coined name the title does not give as its topic stays
        ("s000-34", "S4"),
        # ... but the name of the method that does the improving stays ("Accelerating Graph
        # Sampling for Graph Machine Learning using GPUs" coins NextDoor; "Speeding Up Mobile
        # Browsers without Infrastructure Support" coins Tempo)
        ("xm045", "NextDoor"),
        ("y066", "Tempo"),
    ],
)
def test_a_name_the_title_gives_as_its_topic_is_not_coined(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we describe ... changes to the common architecture of SPEs", where the abstract also
        # writes "state-of-the-art SPEs": a class of existing systems, not the paper's own
        ("w010", "Analyzing Efficient Stream Processing"),
        # "the state-of-the-art Winograd non-fused convolution in cuDNN"
        ("r074", "MMPM"),
        # "This paper presents an MPI runtime system ...", "existing MPI programs"
        ("xs063", "MPI runtime system"),
        # a name written only as the paper's own stays
        ("f034", "RDDs"),
    ],
)
def test_a_name_the_abstract_writes_as_an_existing_class_is_not_coined(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "Our approach, SwitchML, reduces ...", "Our centralized implementation, Yaq-c, ..."
        ("f052", "SwitchML"),
        ("f018", "Yaq-c"),
        # "ZC-Switchless is a configless and efficient technique", "Silo is a new in-memory
        # database"
        ("h006", "ZC-Switchless"),
        ("xs055", "Silo"),
        # "Caching is an indispensable technique", "Sparsity is a natural approach": a common
        # noun opening a sentence is no name; the coined one stays
        ("f075", "SIEVE"),
        ("xm051", "DejaVu"),
        # "a compiler optimization called operator splitting", "the notion of regenerating codes"
        ("k014", "operator splitting"),
        ("h038", "regenerating codes"),
        # "This paper presents elastic buffers (EBs)", "we propose wear rate leveling (WRL)":
        # the short form of the common noun presented names it
        ("c078", "EBs"),
        ("i028", "WRL"),
        ("i010", "TML"),
        # ("we propose fine-grained streaming multiprocessor (SM)-level ...": the short form of
        # a part of the phrase; "a problem called set disjointness (SD)": not presented)
        ("s001-52", "COMET"),
        ("s000-33", "JRT-Prompt"),
        # "Breadth-first search (BFS) has wide applications", "Dynamic frequency scaling (DFS)
        # is a feature ...": a common noun the start of a sentence capitalises is no name
        # either (the paper's own is what it presents or what its title studies)
        ("t048", "GPU implementation"),
        ("l024", "DFS Tuning"),
        # the short form of a name however its long form is spaced or cut: "PriorityBased Fair
        # Scheduling (PBFS)", "Cache-Conscious Wave- front Scheduling (CCWS)", and of a name
        # that is its long form's tail ("Divergence-Aware Warp Scheduling (DAWS)", "Learning
        # Relaxed Belady (LRB)")
        ("ta032", "PBFS"),
        ("ta048", "CCWS"),
        ("ta050", "DAWS"),
        ("f071", "LRB"),
        ("d050", "HA-RRAA"),
    ],
)
def test_the_name_an_abstract_gives_its_contribution(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we propose two novel theoretically optimal client selection schemes", "we propose
        # innovative application management strategies": several things need no article
        ("m023", "theoretically optimal client selection schemes"),
        ("i048", "innovative application management strategies"),
        ("c046", "packet control algorithms"),
        # ... but give way to the one thing proposed ("we introduce two energy-saving
        # techniques ...; we propose a polynomial-time scheduling scheme"), and a bare kind
        # with adjectives names nothing ("three distinctive designs of multi-GPU join
        # algorithms"); nor is a verb's noun a proposal ("We revisit the design choices of
        # ViTs and propose a novel supernet")
        ("i018", "polynomial-time scheduling scheme"),
        ("p004", "Join Algorithms"),
        ("r062", "supernet"),
    ],
)
def test_a_proposal_of_several_things(real_papers: dict[str, Paper], paper: str, name: str) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "We implement a parallel external sorting operator in DuckDB"
        ("k002", "parallel external sorting operator"),
        # "the complete design of a heterogeneous embedded system realized by using ..."
        ("k012", "heterogeneous embedded system"),
    ],
)
def test_a_phrase_for_what_the_paper_implements_or_designs(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "X: An Effective Method for ...", "X: A fast compilation algorithm for ...": the
        # subtitle says what kind of thing the head names
        ("xm025", "Periodic Asynchrony"),
        ("xs044", "Copy-and-Patch Compilation"),
        # a head that is a sentence is no name ("SIEVE is Simpler than LRU: an ... Algorithm")
        ("f075", "SIEVE"),
    ],
)
def test_a_title_head_whose_subtitle_names_its_kind(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "own"),
    [
        # a short form closing the phrase the coined name begins, spelling its initials
        ("p062", "STAR"),  # "the Straggler Tolerant And Resilient DL training system (STAR)"
        ("k078", "LHs"),  # "We design Linear Hashing with Key Groups (LHs)"
        # the name a kind of thing is given ("a ... technique, dubbed compartmentalization,")
        ("p036", "compartmentalization"),
        # "We implement the proposed methods on our SDN test bed": no name; the title's method
        ("p016", "Joint Route Selection and Update Scheduling"),
        # where the work is implemented is no name of it: "our scheme on Linux 2.6.38",
        # "tools in TensorFlow and TensorFlowLite"
        ("p072", "buffer cache architecture"),
        ("p078", "Quantizing deep convolutional networks"),
        # a class of device in the title is no name: "Benchmarking GPU acceleration of ..."
        ("p008", "Benchmarking GPU acceleration"),
        # "a complete implementation of all-atom protein molecular dynamics running entirely
        # on a graphics processing unit": where it runs ends the phrase
        ("r036", "all‐atom protein molecular dynamics"),
        # "a list of desirable properties ..., in order for them to ...": a list names nothing,
        # and "in order" is no apposition
        ("r078", "Utility"),
        # "We propose a methodology for ...": a bare kind; the title's method stands in
        ("r030", "Profiling Neural Blocks and Design Spaces"),
        # where the title names the system it stays: "an MPC-friendly ViT, dubbed MPCViT",
        # PebblesDB's "termed Fragmented Log-Structured Merge Trees (FLSM)"
        ("mpcvit-searching-for-accurate-21ca9de7", "MPCViT"),
        ("p020", "HopsFS"),
        ("xs019", "PebblesDB"),
    ],
)
def test_own_name_when_the_abstract_coins_it_in_passing_or_not_at_all(
    real_papers: dict[str, Paper], paper: str, own: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == own


@pytest.mark.parametrize(
    ("paper", "kind", "phrase"),
    [
        # "our scheme" / "what we call the in-place commit scheme"
        ("p072", "scheme", "in-place commit scheme"),
        # "our algorithms" / "three distinctive designs of multi-GPU join algorithms" (never the
        # "existing join algorithms" they are compared with)
        ("p004", "algorithms", "multi-GPU join algorithms"),
        ("m038", "algorithms", "kick-out eviction algorithms"),
    ],
)
def test_a_kind_the_abstract_calls_its_own_takes_its_most_specific_phrase(
    real_papers: dict[str, Paper], paper: str, kind: str, phrase: str
) -> None:
    assert paper_context(real_papers[paper]).kind_phrases[kind] == phrase


def test_our_system_or_method_takes_no_phrase_and_a_named_paper_needs_none(
    real_papers: dict[str, Paper],
) -> None:
    # "our system outperforms ...": "high-performance system" would describe, not identify
    assert "system" not in paper_context(real_papers["s000-07"]).kind_phrases
    assert paper_context(real_papers["p020"]).kind_phrases == {}  # HopsFS has a name


@pytest.mark.parametrize(
    "word",
    ["VM-deployable", "GPU-accelerated", "RDMA-enabled", "KVCache-centric", "SLO-compliant"],
)
def test_a_name_with_an_adjective_after_its_hyphen_is_an_adjective(word: str) -> None:
    # "a fabric-agnostic, VM-deployable host-level controller" names no system
    assert not lexicon.is_name_like(word, sentence_initial=False)


@pytest.mark.parametrize("word", ["X-Stream", "DeepSpeed-Inference", "Llama-3-8B", "GPT-4o"])
def test_a_name_with_a_name_after_its_hyphen_stays_a_name(word: str) -> None:
    assert lexicon.is_name_like(word, sentence_initial=False)


@pytest.mark.parametrize("unit", ["MHz", "GB", "Gbps", "TFLOPS"])
def test_a_unit_is_no_name_of_a_system(unit: str) -> None:
    # "1.81 TOPs/W at the frequency of 100 MHz, which is 1.27-4.34 times that of ..."
    assert lexicon.is_hardware(unit)


@pytest.mark.parametrize(
    ("paper", "first_coined"),
    [
        # "PageRank is a fundamental link analysis algorithm ... we present a novel
        # Partition-Centric Processing Methodology (PCPM)": the opening names the topic
        ("v080", "Partition-Centric Processing Methodology"),
        # "Shark is a new data analysis system": an opening that says "new" names the work
        ("f066", "Shark"),
        ("xs021", "Arachne"),
    ],
)
def test_an_opening_that_names_the_topic_gives_way_to_what_we_present(
    real_papers: dict[str, Paper], paper: str, first_coined: str
) -> None:
    assert coined_names(real_papers[paper].abstract)[0] == first_coined


def test_a_passive_abstract_introduces_its_work_where_it_is_proposed(
    real_papers: dict[str, Paper],
) -> None:
    paper = real_papers["w006"]
    context = paper_context(paper)
    # "In the current paper, a novel energy-efficient MAC protocol is proposed ..."
    assert paper.abstract[context.introduced_at :].startswith("is proposed based on the use")


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "Relational Joins on GPUs: A Closer Look": the device class after "on" is where the
        # method runs, not a name that makes the head a system's name
        ("q028", "Relational Joins"),
        # an acronym that opens the head or modifies its noun stays part of a name
        ("f061", "LLM in a flash"),
        ("r044", "Interrupting Real-Time IoT Tasks"),
    ],
)
def test_a_device_class_a_title_head_runs_on_names_nothing(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we have developed comPyler, a simple JIT compiler", "We implemented NitroSketch, the
        # state-of-the-art sketch", "We implemented CURP in the Redis and RAMCloud storage
        # systems": a name the abstract says it developed or implemented is its system
        ("y042", "comPyler"),
        ("v072", "NitroSketch"),
        ("xs040", "CURP"),
    ],
)
def test_a_name_the_abstract_has_developed_or_implemented_is_its_system(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "platform"),
    [
        # "We have implemented our approach into the Xen hypervisor", "We implemented a backend
        # for the STM8 architecture": what it is built into or for is no name of its own
        ("q040", "Xen"),
        ("q080", "STM8"),
    ],
)
def test_what_an_implementation_goes_into_or_is_for_is_not_coined(
    real_papers: dict[str, Paper], paper: str, platform: str
) -> None:
    context = paper_context(real_papers[paper])
    assert platform not in context.coined
    assert context.own_name != platform


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "Python meets JIT compilers: ...", "Transformers Meet ACT-R: ...": a title head with a
        # verb is a sentence, not a name; the abstract's coined name stands
        ("y042", "comPyler"),
        ("s000-18", "PISA"),
    ],
)
def test_a_title_head_that_is_a_sentence_names_nothing(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


def test_a_one_word_title_head_stays_the_name_when_its_subtitle_is_a_sentence(
    real_papers: dict[str, Paper],
) -> None:
    # "Arrakis: The Operating System is the Control Plane"
    assert paper_context(real_papers["xs050"]).own_name == "Arrakis"


@pytest.mark.parametrize(
    "paper",
    [
        # "This paper describes an empirical evaluation of energy consumption for LPWAN ...",
        # "... a comprehensive introduction and comparison of ...": an evaluation is no artifact
        "y054",
        "z048",
    ],
)
def test_an_evaluation_or_comparison_is_no_system(
    real_papers: dict[str, Paper], paper: str
) -> None:
    own = paper_context(real_papers[paper]).own_name.lower()
    assert not own.endswith(("evaluation", "comparison"))


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we propose a formal framework", "a generic framework", "the proposed optimal
        # method": an adjective on a kind of thing says less than the title's phrase
        ("p032", "Pointer analysis"),
        ("v076", "Reconfigurable State Machine Replication"),
        # ("Cache replacement based on distance to origin servers": what it is based on is not
        # part of its name)
        ("y070", "Cache replacement"),
        # a longer phrase identifies it on its own: "a parallel external sorting operator"
        ("k002", "parallel external sorting operator"),
    ],
)
def test_a_kind_with_an_adjective_on_it_gives_way_to_the_title(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


def test_a_title_that_names_what_is_measured_does_not_replace_the_proposal(
    real_papers: dict[str, Paper],
) -> None:
    # "Quantitative Impact Evaluation of an Abstraction Layer ...": an evaluation is no method
    assert paper_context(real_papers["f011"]).own_name == "benchmark architecture"


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "We describe the design and implementation of a portable mostly-concurrent
        # mostly-copying garbage collector", "a novel design and implementation of relational
        # join algorithms": what is designed and implemented
        ("d002", "portable mostly-concurrent mostly-copying garbage collector"),
        ("v012", "relational join algorithms"),
        # "the design and implementation of RAVEN, a novel, on-the-fly frame rate scaling system"
        ("d026", "RAVEN"),
    ],
)
def test_the_design_and_implementation_of_a_thing_is_the_thing(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "adverb"),
    [
        # "Afterwards, a fine-grained contention analysis is constructed", "First, a
        # two-dimensional optimized profiler is introduced": a sentence adverb is no name
        ("d054", "Afterwards"),
        ("g002", "First"),
    ],
)
def test_a_sentence_adverb_before_an_article_is_not_coined(
    real_papers: dict[str, Paper], paper: str, adverb: str
) -> None:
    assert adverb not in paper_context(real_papers[paper]).coined


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "We developed a CFD code based on ...": a name that modifies what was developed is
        # what it is about, not its name
        ("d012", "CFD code"),
        # "We designed a multilevel checkpointing library, the Scalable Checkpoint/Restart (SCR)
        # library": the name in apposition is
        ("xs042", "SCR"),
    ],
)
def test_what_was_developed_is_named_by_its_own_name_not_a_modifier(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "A Model for Reliable Uplink Transmissions ...": a bare kind in the title says less
        # than "an analytical model"
        ("d036", "analytical model"),
        # "... Algorithms versus a Real System": what it is compared with is no part of its name
        ("d078", "Emulating Web Cache Replacement Algorithms"),
    ],
)
def test_a_title_phrase_is_neither_a_bare_kind_nor_a_comparison(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "platform"),
    [
        # "We introduce a query aggregation method to D-KVS", "We implement the optimizations
        # over a TL2 Java-based STM system": what it is added to or built over
        ("c076", "D-KVS"),
        ("d042", "TL2"),
    ],
)
def test_what_a_method_is_added_to_or_built_over_is_not_coined(
    real_papers: dict[str, Paper], paper: str, platform: str
) -> None:
    assert paper_context(real_papers[paper]).own_name != platform


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "We propose a modification to a variant of S4": a modified S4; "a set of solutions,
        # referred to as LETED": its name
        ("s000-34", "S4"),
        ("d052", "LETED"),
    ],
)
def test_a_modification_to_a_system_or_a_name_referred_to_keeps_it(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("abstract", "not_coined"),
    [
        # what it is built on, listed after a comma, is no name of its own
        ("We implemented the system on top of Apache Spark, Hadoop and Flink.", "Hadoop"),
        # a name that modifies what was built is what it is about
        ("We built TensorFlow models for the benchmark.", "TensorFlow"),
    ],
)
def test_a_past_tense_coining_takes_only_a_name_that_ends_there(
    abstract: str, not_coined: str
) -> None:
    assert not_coined not in coined_names(abstract)


def test_a_noun_before_a_kind_is_no_adjective() -> None:
    # "an agent framework" says what the framework is made of: it stands against the title
    paper = Paper(
        id="x",
        title="Scheduling Web Services with Agents",
        abstract="We propose an agent framework that schedules web services.",
    )
    assert own_system_name(paper, {}, []) == "agent framework"


def test_a_name_after_namely_is_coined() -> None:
    # "a ... general framework to boost speculative decoding, namely Parallel spEculative
    # decoding with Adaptive dRaft Length (PEARL)": the name given after "namely" is read though
    # the proposal's phrase ends at "to" ("a query aggregation method to D-KVS" is what it is
    # added to)
    abstract = (
        "To address these challenges, we propose a conceptually simple, flexible, and general "
        "framework to boost speculative decoding, namely Parallel spEculative decoding with "
        "Adaptive dRaft Length (PEARL)."
    )
    paper = Paper(
        id="x", title="Parallel Speculative Decoding with Adaptive Draft Length", abstract=abstract
    )
    assert paper_context(paper).own_name == "Parallel spEculative"
    assert coined_names("We introduce a query aggregation method to D-KVS to reduce traffic.") == []


def test_the_short_name_of_a_class_of_thing_is_not_coined(real_papers: dict[str, Paper]) -> None:
    # "We present hierarchical, mixed radix FFT algorithms": FFT, like GEMM and SpMV, names a
    # class of computation, not the paper's system
    assert "FFT" not in coined_names(real_papers["ta036"].abstract)
    assert paper_context(real_papers["ta036"]).own_name != "FFT"
    assert all(lexicon.is_generic_acronym(n) for n in ("FFT", "SpTRSV", "SpGEMM", "GEMM"))
    # "we propose a new class of VM, called Harvest VM": a VM is a class of machine
    assert paper_context(real_papers["sa076"]).own_name == "Harvest VM"
    assert lexicon.is_generic_acronym("VMs")


@pytest.mark.parametrize("paper", ["sa078", "ta072", "b007"])
def test_a_plain_word_before_a_titles_colon_is_a_name(
    real_papers: dict[str, Paper], paper: str
) -> None:
    # "Bobtail: Avoiding Long Tails in the Cloud", "ZSim: fast and accurate ...", "Ray: A
    # Distributed Framework ...": named, however plain a word
    assert paper_context(real_papers[paper]).own_is_named


def test_a_named_paper_keeps_its_name_over_the_thing_a_clause_names(
    paper_claims: Callable,
) -> None:
    # "With Bobtail, common communication patterns benefit from reductions of up to 40%"
    assert {c.subject for c in paper_claims("sa078") if c.value == 40.0} == {"Bobtail"}


@pytest.mark.parametrize(
    ("title", "method"),
    [
        # a method named "X Analysis" is no study of what follows
        ("Scalable Escape Analysis of Java Programs", "Escape Analysis"),
        ("Symbolic Performance Analysis of Concurrent Programs", "Symbolic Performance Analysis"),
        ("Design and Evaluation of a Scalable Checkpointing Library", "Checkpointing Library"),
    ],
)
def test_only_a_study_title_names_what_it_studies(title: str, method: str) -> None:
    assert title_method(title) == method


def test_a_short_form_matches_its_long_form_exactly_before_in_part() -> None:
    from claimgraph.extraction.naming import _short_form_of

    forms = {"JPD": "Jacobi Parallel Decoding", "PD": "Parallel Decoding"}
    assert _short_form_of("Parallel Decoding", forms, part=True) == "PD"
    assert _short_form_of("Fair Scheduling", {"DRFS": "Dominant Resource Fair Scheduling"}) is None
    assert _short_form_of("—", forms, part=True) is None


def test_a_venue_label_before_a_titles_colon_is_no_name() -> None:
    paper = Paper(
        id="x",
        title="Poster: Fast Packet Processing with eBPF",
        abstract="We present a packet processing framework. Poster sessions were held.",
    )
    assert not paper_context(paper).own_is_named


@pytest.mark.parametrize("paper", ["ua058", "ua060"])
def test_an_ordinal_or_a_count_does_not_identify_a_kind_of_thing(
    real_papers: dict[str, Paper], paper: str
) -> None:
    # "our first technique", "four techniques": which one or how many, not what it is
    from claimgraph.extraction.naming import kind_phrases

    phrases = kind_phrases(real_papers[paper].abstract).values()
    assert not any(p.split()[0].lower() in ("first", "four") for p in phrases)


def test_the_short_form_of_a_common_noun_opening_a_sentence_is_not_coined(
    real_papers: dict[str, Paper],
) -> None:
    # "Functional units (FUs), like Integer ALUs, ...": only the sentence capitalises it;
    # "Consistent Unordered Replication Protocol (CURP) ..." capitalises every word: a name
    assert "FUs" not in coined_names(real_papers["xa038"].abstract)
    assert "CURP" in coined_names(real_papers["xs040"].abstract)


@pytest.mark.parametrize(
    ("title", "abstract", "own"),
    [
        # review guards (made-up text): a part or a rank with a number names no system
        (
            "Part 2: Scaling Sparse Training on GPUs",
            "We present a new sparse training scheduler. It reduces training time by 30% over "
            "PyTorch.",
            "sparse training scheduler",
        ),
        # what a title improves stops at the method that improves it
        (
            "Improving Transformer Memory Efficiency with Tempo and Activation Recomputation",
            "We present Tempo, a system. Tempo achieves a 2x speedup over PyTorch.",
            "Tempo",
        ),
    ],
)
def test_review_guards_for_title_names(title: str, abstract: str, own: str) -> None:
    assert paper_context(Paper(id="x", title=title, abstract=abstract)).own_name == own


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we have designed and implemented scalloc, a concurrent allocator", "This work presents
        # sd.npu, a mobile inference framework": the apposition says a name was given
        ("j024", "scalloc"),
        ("xm016", "sd.npu"),
    ],
)
def test_a_lower_case_name_given_with_its_kind_is_coined(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


def test_a_common_noun_given_with_its_kind_is_not_coined() -> None:
    # (j024's sentence with a common noun where its name stands)
    sentence = (
        "For this purpose, we have designed and implemented caching, a concurrent allocator "
        "that generally performs and scales in our experiments better than other allocators."
    )
    assert coined_names(sentence) == []
    assert coined_names(sentence.replace("caching", "scalloc")) == ["scalloc"]
