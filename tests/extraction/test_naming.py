"""The paper's own system name when the text gives none (``claimgraph.extraction.naming``)
and subjects written with a possessive (``subject``).

Every case is the real title and abstract of a paper of the project's own material, except
the ones built with ``_made_up``: those are made-up papers for a construction that no abstract
of that material shows (each is marked as made up where it is used)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimgraph import lexicon
from claimgraph.extraction.naming import coined_names, own_system_name, paper_context, title_method
from claimgraph.records import Paper


def _made_up(title: str, abstract: str) -> Paper:
    """A made-up paper (title and abstract written for the test)."""
    return Paper(id="made-up", title=title, abstract=abstract)


def _paper(real_papers: dict[str, Paper], case: str | Paper) -> Paper:
    """A real paper by its id, or the made-up paper itself."""
    return case if isinstance(case, Paper) else real_papers[case]


@pytest.mark.parametrize(
    ("title", "method"),
    [
        (
            "Accelerating Mobile Language Model Generation via Hybrid Context and Hardware "
            "Coordination",
            "Hybrid Context and Hardware Coordination",
        ),
        ("On Optimizing the Communication of Model Parallelism", "Optimizing the Communication"),
        # (the titles below are made up, in the shapes real titles take)
        # a word of praise is no part of the name
        (
            "Efficient Hash Partitioning For Large Relations on Multi-GPU Servers",
            "Hash Partitioning",
        ),
        (
            "Fast Lock-Free Bucket Eviction Policies for Dense Hash Tables",
            "Lock-Free Bucket Eviction Policies",
        ),
        # "A Case for X", "The Case for X" argue for X
        ("A Case for Energy-Aware Placement of Microservices", "Energy-Aware Placement"),
        ("The Case for Speculation in Storage Systems", "Speculation"),
        # "Design and Evaluation of X", "Design and Implementation of X": X
        (
            "Design and Evaluation of an Efficient Snapshot Mechanism for Flash Arrays",
            "Snapshot Mechanism",  # and "Efficient" is praise
        ),
        (
            "Where Is My Training Bottleneck? Hidden Trade-Offs in Deep Learning Preprocessing "
            "Pipelines",
            "Hidden Trade-Offs",
        ),
        # "Design of X", "An efficient implementation of X": X
        (
            "Design of a low-power high-throughput FPGA packet classifier",
            "low-power high-throughput FPGA packet classifier",
        ),
        ("Efficient Implementation of Sorting on Multi-Core SIMD CPU Architecture", "Sorting"),
        # a study names what it studies: "Performance Evaluation of X", "Scalability of X"
        ("Performance Evaluation of Columnar File Formats", "Columnar File Formats"),
        (
            "Performance Evaluation of Adaptive Wear Leveling for Embedded Flash",
            "Adaptive Wear Leveling",
        ),
        ("Scalability of optimistic locking on many-core servers", "optimistic locking"),
        # (an optimization is a method of its own)
        (
            "Performance optimization of edge gateways for rural sensor networks",
            "Performance optimization",
        ),
        # a dash between spaces sets off a subtitle like a colon
        ("XDP - A Practitioner’s View", "XDP"),
        ("Cheaper Checkpoints by Skipping them – The GPU Case", "Skipping them"),
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
        # "... Finetuning Using Shared Randomness", "... Enhanced OMDMA by Shuffle-Based
        # Orthogonalization and Diffusion Denoising", "Balancing Pipeline Parallelism with
        # Vocabulary Parallelism": the name is what the method works with or by
        ("s000-03", "Shared Randomness"),
        ("s000-10", "Shuffle-Based Orthogonalization and Diffusion Denoising"),
        ("s001-23", "Vocabulary Parallelism"),
        # (made up: no title of the project's material opens on "Design of") "Design of X": X
        pytest.param(
            _made_up(
                "Design of a low-power high-throughput FPGA packet classifier",
                "Packet classification must keep up with line rate. On our test board the "
                "classifier reaches 2x the throughput of a CPU baseline.",
            ),
            "low-power high-throughput FPGA packet classifier",
            id="made-up-design-of",
        ),
        # ("ONEBench to Test Them All": the name the title opens on; and, made up, "To X or
        # Not to X")
        ("s001-24", "ONEBench"),
        pytest.param(
            _made_up(
                "To SIMD or Not to SIMD: Vectorizing Hash Joins on Modern CPUs",
                "We study when SIMD instructions speed up hash joins. Vectorized probing is up "
                "to 2x faster than scalar code.",
            ),
            "SIMD",
            id="made-up-to-x-or-not",
        ),
        # (made up: in no title of the project's material does a name the abstract repeats
        # stand after a preposition, or as what a leading verb acts on, where nothing else
        # names the method first) "... of LoRa gateways", "Taming PyTorch memory
        # fragmentation": what the method works on, not the method; the title's phrase stands
        pytest.param(
            _made_up(
                "Energy tuning of LoRa gateways in smart farms",
                "Gateways of LoRa networks waste energy while idle. Tuning their duty cycle "
                "saves 30% energy.",
            ),
            "Energy tuning",
            id="made-up-after-of",
        ),
        pytest.param(
            _made_up(
                "Taming PyTorch memory fragmentation on shared GPUs",
                "PyTorch memory fragmentation wastes GPU memory. Size-class pooling reduces "
                "PyTorch memory fragmentation by 30%.",
            ),
            "Taming PyTorch memory fragmentation",
            id="made-up-verb-acts-on",
        ),
    ],
)
def test_a_name_the_title_gives_after_a_preposition_or_verb_is_its_topic(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.slow
def test_a_name_in_apposition_to_the_subject_is_the_subject(
    claims_in: Callable, made_up_claims: Callable
) -> None:
    sentence = (
        "We find that (i) memory-resident navigation and dynamic width provide the strongest "
        "standalone gains; (ii) page shuffle and page search are weak alone but complementary "
        "together; and (iii) a principled composition, OctopusANN, substantially reduces I/O "
        "and achieves 4.1–37.9% higher throughput than the state-of-the-art system Starling and "
        "87.5–149.5% higher throughput than DiskANN at matched Recall@10=90%."
    )
    claims = claims_in("xm047", sentence)
    assert ("OctopusANN", "Starling", 4.1) in {(c.subject, c.baseline, c.value) for c in claims}
    # "Our <kind>, <name>, ...": made up, as no sentence of the project's material with a
    # number opens on one
    claims = made_up_claims(
        "Scheduling Jobs Near Their Data",
        "Our centralized scheduler, Loom-c, cuts median job completion time by 2.1x compared "
        "to YARN.",
    )
    assert ("Loom-c", "YARN", 2.1) in {(c.subject, c.baseline, c.value) for c in claims}


@pytest.mark.slow
def test_a_list_of_techniques_in_apposition_names_no_subject(made_up_claims: Callable) -> None:
    # made up: no sentence of the project's material with a number sets a list of techniques
    # between dashes
    sentence = (
        "These ideas—bucketized probing, a sampled eviction policy in the style of CLOCK, and "
        "write batching—let the cache use 25% less memory than Memcached."
    )
    claims = made_up_claims("Kestrel: A Compact In-Memory Cache", sentence)
    assert {c.subject for c in claims} == {"Kestrel"}


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
def test_a_hardware_word_with_a_plain_affix_is_no_subject(made_up_claims: Callable) -> None:
    # made up: no sentence of the project's material opens on "single-GPU ..." with a number
    sentence = "Single-GPU runs of Tern finish 5x sooner than multi-GPU runs of DGL-KE."
    claims = made_up_claims("Tern: Training Graph Embeddings on One Machine", sentence)
    assert {c.subject for c in claims} == {"Tern"}


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "a family of anisotropic quantization loss functions", "a way of saving memory": a
        # kind of thing names nothing; the title does
        ("xm072", "Anisotropic Vector Quantization"),
        ("xm042", "operator reordering"),
        # "a framework called <projektor>", and (made up) "a simple policy called lazy
        # placement"
        ("performance-scaling-via-optimal-8a80f04d", "<projektor>"),
        pytest.param(
            _made_up(
                "Data Locality in Shared Clusters",
                "Cluster schedulers trade fairness for locality. We present a simple policy "
                "called lazy placement that waits briefly for a local slot. It doubles "
                "throughput.",
            ),
            "lazy placement",
            id="made-up-called",
        ),
    ],
)
def test_a_bare_kind_of_thing_gives_way_to_its_name_or_the_title(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert own_system_name(_paper(real_papers, paper), {}, []) == name


@pytest.mark.parametrize(
    ("title", "abstract", "name"),
    [
        # made up (no abstract of the project's material proposes an "X based <noun>"):
        # "based" before its noun keeps the phrase whole
        (
            "Mining Logs for Failure Prediction",
            "We introduce a practical log mining based method for predicting disk failures. It "
            "predicts 80% of failures.",
            "practical log mining based method",
        ),
        (
            "Predicting Register Use in Compilers",
            "We propose a register pressure based model that guides instruction scheduling. It "
            "speeds up code by 10%.",
            "register pressure based model",
        ),
    ],
)
def test_a_proposed_phrase_keeps_the_noun_after_based(title: str, abstract: str, name: str) -> None:
    assert own_system_name(_made_up(title, abstract), {}, []) == name


def test_based_on_still_ends_a_proposed_phrase() -> None:
    # made up
    based_on = _made_up(
        "Adaptive Scheduling for Clusters",
        "We propose a learned placement policy based on bandit feedback. It reduces job time "
        "by 20%.",
    )
    assert own_system_name(based_on, {}, []) == "learned placement policy"


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
@pytest.mark.parametrize(
    ("paper", "sentence", "subject"),
    [
        # the small model may tag the reporting verb a noun and "that" a relative pronoun
        # whose antecedent would be the cluster the experiments ran on
        (
            "b017",
            "Our experiments on a 128 node EC2 cluster show that on the Yahoo Streaming "
            "Benchmark, Drizzle can achieve end-to-end record processing latencies of less "
            "than 100ms and can get 2-3x lower latency than Spark.",
            "Drizzle",
        ),
        (
            "xs024",
            "Our evaluation on an 8-node high-performance cluster (using five widely used graph "
            "applications and five real-world graphs) shows that Gemini significantly "
            "outperforms all well-known existing distributed graph processing systems, "
            "delivering up to 39.8x (from 8.91x) improvement over the fastest among them.",
            "Gemini",
        ),
    ],
)
def test_that_after_a_reporting_verb_has_no_antecedent(
    claims_in: Callable, paper: str, sentence: str, subject: str
) -> None:
    assert {c.subject for c in claims_in(paper, sentence)} == {subject}


@pytest.mark.slow
def test_that_after_a_reporting_verb_has_no_antecedent_made_up(made_up_claims: Callable) -> None:
    # made up: on no sentence of the project's material does the small model take the
    # "that" after a reporting verb for a relative pronoun with a named antecedent. Here it
    # tags "confirm" a noun, "SwiftGT" a verb, and hangs "achieves" on "baselines" as a relative
    # clause: the baselines must not become the subject
    sentence = (
        "The DGL and PyG baselines on our 24-node testbed confirm that SwiftGT achieves 2.1-5.5 "
        "speedup over DistDGL."
    )
    claims = made_up_claims("SwiftGT: Fast GNN Training on Commodity Clusters", sentence)
    assert [(c.subject, c.baseline, c.value) for c in claims] == [("SwiftGT", "DistDGL", 2.1)]


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # the platform a title says the method is for or uses is no name of the method
        # ("... in Linux File Systems", "... Using Megatron-LM")
        ("xs011", "CReWS"),
        ("s001-12", "interleaved pipeline parallelism schedule"),
        # what a title sets out to make efficient is its topic too ("... for Efficient LLM
        # Training"): the phrase for the paper's own thing names it
        ("s000-07", "heterogeneity-adaptive sequence parallelism method"),
        # a coined name the title does not give as its topic stays
        ("s000-34", "S4"),
        # ... but the name of the method that does the improving stays ("Accelerating Graph
        # Sampling for Graph Machine Learning using GPUs" coins NextDoor; "Accelerating Sparse
        # Transformer Inference on GPU" coins STOF)
        ("xm045", "NextDoor"),
        ("xm032", "STOF"),
    ],
)
def test_a_name_the_title_gives_as_its_topic_is_not_coined(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "the design of time series foundation models (TSFMs)", "two state-of-the-art TSFMs":
        # a class of existing models the paper studies, not its own
        ("s001-56", "Neural Scaling Laws"),
        # "existing DLRM training systems"
        ("xm011", "EL-Rec"),
        # "This paper presents an MPI runtime system ...", "existing MPI programs"
        ("xs063", "MPI runtime system"),
        # a name written only as the paper's own stays
        ("xs076", "Tetris"),
    ],
)
def test_a_name_the_abstract_writes_as_an_existing_class_is_not_coined(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we propose a novel cache eviction method, DefensiveKV and ...", and (made up: no
        # such sentence in the project's material under a title that names nothing) "Our
        # approach, SwitchSum, ...": the name in apposition
        ("s001-30", "DefensiveKV"),
        pytest.param(
            _made_up(
                "Speeding Up Parameter Servers with Programmable Switches",
                "Gradient exchange limits training. Our approach, SwitchSum, adds gradients "
                "inside the network switch. SwitchSum speeds up training by 2.5x.",
            ),
            "SwitchSum",
            id="made-up-our-approach",
        ),
        # "DrTM is a fast in-memory transaction processing system", "Silo is a new in-memory
        # database"
        ("xs003", "DrTM"),
        ("xs055", "Silo"),
        # "Sampling is an “embarrassingly parallel” problem", "Sparsity is a natural approach":
        # a common noun opening a sentence is no name; the coined one stays
        ("xm045", "NextDoor"),
        ("xm051", "DejaVu"),
        # (made up: no abstract of the project's material gives a lower-case name after
        # "called" or "the notion of") "a compiler transformation called loop fission", "the
        # notion of lazy repair codes"
        pytest.param(
            _made_up(
                "Reducing Memory Traffic in Tensor Compilers",
                "Tensor compilers spill many intermediate results. We describe a compiler "
                "transformation called loop fission that keeps them in registers. It cuts "
                "memory traffic by 40%.",
            ),
            "loop fission",
            id="made-up-called",
        ),
        pytest.param(
            _made_up(
                "Reliable Storage with Less Repair Traffic",
                "Storage systems replicate data to survive failures. We introduce the notion of "
                "lazy repair codes, which lower repair traffic. Repair traffic falls by 50%.",
            ),
            "lazy repair codes",
            id="made-up-notion-of",
        ),
        # "We present application-integrated far memory (AIFM)", and (made up, under titles
        # that do not name it) "This paper presents staged write buffers (SWBs)", "we propose
        # block age balancing (BAB)": the short form of the common noun presented names it
        ("xs073", "AIFM"),
        pytest.param(
            _made_up(
                "Buffering Writes in Persistent Memory",
                "Persistent memory has slow writes. This paper presents staged write buffers "
                "(SWBs), which absorb bursts of writes. SWBs raise throughput by 2x.",
            ),
            "SWBs",
            id="made-up-short-form-plural",
        ),
        pytest.param(
            _made_up(
                "Reducing Wear on Flash Storage",
                "Flash cells wear out. We propose block age balancing (BAB) to spread erases "
                "across blocks. BAB extends lifetime by 30%.",
            ),
            "BAB",
            id="made-up-short-form",
        ),
        # ("we propose fine-grained streaming multiprocessor (SM) scheduling": the short form
        # of a part of the phrase; "a problem called set disjointness (SD)": not presented)
        ("s001-52", "COMET"),
        ("s000-33", "JRT-Prompt"),
        # "Breadth-first search (BFS) is a core primitive", "Microcontrollers (MCUs) are an
        # attractive platform": a common noun the start of a sentence capitalises is no name
        # either (the paper's own is what it presents or what its title names)
        ("xs041", "BFS parallelization"),
        ("xm042", "operator reordering"),
        # the short form of a name however its long form is spaced or cut: "Our new
        # replication protocol, Network- Ordered Paxos (NOPaxos)", "ONES, an ONline
        # Evolutionary Scheduler", "Mirror Speculative Decoding (Mirror-SD)"
        ("xs026", "NOPaxos"),
        ("xm030", "ONES"),
        ("s000-06", "Mirror-SD"),
    ],
)
def test_the_name_an_abstract_gives_its_contribution(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # (made up: the papers of the project's material that propose several things all name
        # them) "we propose two new energy-aware client sampling policies", "we propose
        # adaptive function placement strategies": several things need no article
        pytest.param(
            _made_up(
                "Client Selection for Federated Learning on Mobile Devices",
                "Federated learning trains a shared model on many phones. We propose two new "
                "energy-aware client sampling policies. They cut training time by 30%.",
            ),
            "energy-aware client sampling policies",
            id="made-up-count",
        ),
        pytest.param(
            _made_up(
                "Scheduling Serverless Workflows at the Edge",
                "Serverless workflows run at the edge. We propose adaptive function placement "
                "strategies for such workflows. They lower latency by 25%.",
            ),
            "adaptive function placement strategies",
            id="made-up-plural",
        ),
        # ... but give way to the one thing proposed ("we introduce two power-saving techniques
        # ...; we then propose a greedy duty-cycle scheduling algorithm"), and a bare kind
        # with adjectives names nothing ("four different designs of multi-GPU hash join
        # algorithms"; "We then propose two contributions", "we propose several algorithms":
        # the title's method); nor is a verb's noun a proposal ("We revisit the building blocks
        # of vision transformers and propose a new weight-sharing supernet")
        pytest.param(
            _made_up(
                "Saving Energy in Sensor Networks",
                "We study energy use in sensor networks. We introduce two power-saving "
                "techniques for radios; we then propose a greedy duty-cycle scheduling "
                "algorithm. It saves 40% of energy.",
            ),
            "greedy duty-cycle scheduling algorithm",
            id="made-up-one-of-several",
        ),
        pytest.param(
            _made_up(
                "Fast Hash Joins for Multi-GPU Servers",
                "Joins dominate analytics. We present four different designs of multi-GPU hash "
                "join algorithms. Our best design is 3x faster than a CPU join.",
            ),
            "Hash Joins",
            id="made-up-designs-of",
        ),
        ("xm040", "Optimizing the Communication"),
        ("s001-23", "Vocabulary Parallelism"),
        pytest.param(
            _made_up(
                "Searching Compact Vision Transformers",
                "We revisit the building blocks of vision transformers and propose a new "
                "weight-sharing supernet. The searched models are 2x faster.",
            ),
            "weight-sharing supernet",
            id="made-up-verb-noun",
        ),
    ],
)
def test_a_proposal_of_several_things(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we present a code generation scheme for stencil computations on GPU accelerators"
        ("xs016", "code generation scheme"),
        # (made up: no unnamed paper of the project's material implements or designs one)
        # "We implement a parallel spilling top-k operator in SQLite", "the complete design of
        # a battery-free soil moisture sensor realized with ..."
        pytest.param(
            _made_up(
                "External Sorting in Embedded Analytics Engines",
                "Sorting large tables needs spilling to disk. We implement a parallel spilling "
                "top-k operator in SQLite. It sorts 3x faster than the built-in operator.",
            ),
            "parallel spilling top-k operator",
            id="made-up-implement",
        ),
        pytest.param(
            _made_up(
                "A Sensor Node for Precision Farming",
                "We present the complete design of a battery-free soil moisture sensor realized "
                "with energy harvesting. It reports readings every minute.",
            ),
            "battery-free soil moisture sensor",
            id="made-up-design",
        ),
        # (made up, synth yl025) "the design and deployment of a remote shuffle service"
        pytest.param(
            _made_up(
                "Disaggregating Shuffle in Analytics Clusters",
                "We describe the design and deployment of a remote shuffle service that merges "
                "map outputs. It cuts job completion time by 19%.",
            ),
            "remote shuffle service",
            id="made-up-deployment",
        ),
        # (made up, synth yj018, yi020: no unnamed paper of the project's material proposes
        # "a <word> method") one word on a kind of thing gives way to the method the title
        # opens on ...
        pytest.param(
            _made_up(
                "Centroid-Indexed Sparse Attention for Fast Long-Context Decoding",
                "We present a training-free method that clusters the keys of each head. It "
                "speeds up decoding by 1.9x.",
            ),
            "Centroid-Indexed Sparse Attention",
            id="made-up-title-method",
        ),
        pytest.param(
            _made_up(
                "Profile-Guided Speculative Vectorization of Irregular Loops",
                "This paper presents a compiler technique that vectorizes loops whose "
                "dependences are rare. It is 1.3x faster than GCC.",
            ),
            "Profile-Guided Speculative Vectorization",
            id="made-up-title-method-of",
        ),
        # ... but stands when the title names no method ("Optimizations", a quality of a
        # topic: "Fault-tolerant replication"), or only in more than six words
        pytest.param(
            _made_up(
                "Fault-tolerant replication for geo-distributed stores",
                "We propose a replication protocol that tolerates region failures. It cuts "
                "commit latency by 30%.",
            ),
            "replication protocol",
            id="made-up-title-a-quality-of-a-topic",
        ),
        pytest.param(
            _made_up(
                "Compiler Optimizations for Irregular Loops on Vector Machines",
                "This paper presents a compiler technique that vectorizes loops whose "
                "dependences are rare. It is 1.3x faster than GCC.",
            ),
            "compiler technique",
            id="made-up-title-names-no-method",
        ),
        pytest.param(
            _made_up(
                "Compiling Dynamic-Shape Deep Learning Models Without Recompilation",
                "We present a compilation approach that keeps shapes symbolic. It is 2x faster "
                "than TVM.",
            ),
            "compilation approach",
            id="made-up-title-method-too-long",
        ),
    ],
)
def test_a_phrase_for_what_the_paper_implements_or_designs(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "X: An Effective Method for ...", "X: A fast compilation algorithm for ...": the
        # subtitle says what kind of thing the head names
        ("xm025", "Periodic Asynchrony"),
        ("xs044", "Copy-and-Patch Compilation"),
    ],
)
def test_a_title_head_whose_subtitle_names_its_kind(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


@pytest.mark.parametrize(
    ("paper", "own"),
    [
        # (made up: no abstract of the project's material coins a name these ways under a title
        # that names nothing)
        # a short form closing the phrase the coined name begins, spelling its initials: "the
        # Straggler Aware Gradient Exchange training system (SAGE)", "Extendible Hashing with
        # Split Logs (EHSL)"
        pytest.param(
            _made_up(
                "Keeping Distributed Training Alive Under Stragglers",
                "Stragglers slow down synchronous training. We build the Straggler Aware "
                "Gradient Exchange training system (SAGE), which skips slow workers. SAGE "
                "trains 1.5x faster.",
            ),
            "SAGE",
            id="made-up-initials-after-kind",
        ),
        pytest.param(
            _made_up(
                "Scalable Hash Tables for Persistent Memory",
                "Hash tables on persistent memory suffer from costly resizing. We design "
                "Extendible Hashing with Split Logs (EHSL), which resizes in place. EHSL "
                "doubles insert throughput.",
            ),
            "EHSL",
            id="made-up-initials-of-words",
        ),
        # the name a kind of thing is given ("a general technique, dubbed decoupling,")
        pytest.param(
            _made_up(
                "Scaling State Machine Replication",
                "Replicated state machines rarely scale. We describe a general technique, "
                "dubbed decoupling, that splits each role into independently scaled parts. "
                "Throughput rises by 10x.",
            ),
            "decoupling",
            id="made-up-dubbed",
        ),
        # "We implement both methods on our OpenFlow test bed": no name; the title's method
        pytest.param(
            _made_up(
                "Joint Path Selection and Update Scheduling for Fast Network Updates",
                "Rule updates in software-defined networks cause delays. We implement both "
                "methods on our OpenFlow test bed. Update time drops by 40%.",
            ),
            "Joint Path Selection and Update Scheduling",
            id="made-up-test-bed",
        ),
        # where the work is implemented is no name of it: "our scheme on Linux 5.4", "tools in
        # PyTorch and PyTorch Mobile"
        pytest.param(
            _made_up(
                "A persistent page cache architecture for hybrid main memory",
                "Page caches ignore persistent memory. We implement our scheme on Linux 5.4 "
                "and evaluate it with database workloads. Throughput rises by 30%.",
            ),
            "persistent page cache architecture",
            id="made-up-on-linux",
        ),
        pytest.param(
            _made_up(
                "Compressing Recurrent Networks for Phones",
                "We describe compression tools in PyTorch and PyTorch Mobile. Models shrink by 4x.",
            ),
            "Compressing Recurrent Networks",
            id="made-up-in-pytorch",
        ),
        # a class of device in the title is no name: "Benchmarking FPGA acceleration of ..."
        pytest.param(
            _made_up(
                "Benchmarking FPGA acceleration of a genome alignment pipeline",
                "We port a genome alignment pipeline to FPGAs. The FPGA version is 5x faster "
                "than a CPU.",
            ),
            "Benchmarking FPGA acceleration",
            id="made-up-device-class",
        ),
        # "a complete implementation of incompressible fluid simulation running fully on one
        # GPU": where it runs ends the phrase
        pytest.param(
            _made_up(
                "Fluid Simulation on a Single Graphics Card",
                "We present a complete implementation of incompressible fluid simulation "
                "running fully on one GPU. It is 20x faster than a CPU code.",
            ),
            "incompressible fluid simulation",
            id="made-up-running-on",
        ),
        # "a list of desirable properties ..., in order for them to ...": a list names nothing,
        # and "in order" is no apposition
        pytest.param(
            _made_up(
                "Fairness in Cluster Scheduling",
                "We present a list of desirable properties for cluster schedulers, in order for "
                "them to share resources fairly. Our policy meets all of them.",
            ),
            "Fairness",
            id="made-up-list",
        ),
        # "This paper proposes a new procedure to rank systems": a bare kind; the title's
        # method stands in
        ("s001-19", "New perspectives"),
        # where the title names the system it stays: "an MPC-friendly ViT, dubbed MPCViT",
        # PebblesDB's "termed Fragmented Log-Structured Merge Trees (FLSM)"
        ("mpcvit-searching-for-accurate-21ca9de7", "MPCViT"),
        ("xs019", "PebblesDB"),
    ],
)
def test_own_name_when_the_abstract_coins_it_in_passing_or_not_at_all(
    real_papers: dict[str, Paper], paper: str | Paper, own: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == own


@pytest.mark.parametrize(
    ("paper", "kind", "phrase"),
    [
        # "our algorithm" / "a generic federated LCB algorithm" (never the "state-of-the-art
        # algorithm" it is compared with)
        ("s000-09", "algorithm", "generic federated LCB algorithm"),
        # "these techniques" / "different CPU frequency scaling techniques"
        ("xs061", "techniques", "CPU frequency scaling techniques"),
        # (made up: no abstract of the project's material says "what we call") "our scheme" /
        # "what we call the shadow-free commit scheme"
        pytest.param(
            _made_up(
                "Fast Commits for Flash Databases",
                "Databases on flash write each page twice. Our scheme avoids the double write "
                "with what we call the shadow-free commit scheme. The shadow-free commit scheme "
                "halves write traffic.",
            ),
            "scheme",
            "shadow-free commit scheme",
            id="made-up-what-we-call",
        ),
    ],
)
def test_a_kind_the_abstract_calls_its_own_takes_its_most_specific_phrase(
    real_papers: dict[str, Paper], paper: str | Paper, kind: str, phrase: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).kind_phrases[kind] == phrase


def test_our_system_or_method_takes_no_phrase_and_a_named_paper_needs_none(
    real_papers: dict[str, Paper],
) -> None:
    # "our system outperforms ...": "high-performance system" would describe, not identify
    assert "system" not in paper_context(real_papers["s000-07"]).kind_phrases
    # "Our implementation, Noria, ...": Noria has a name
    assert paper_context(real_papers["xs079"]).kind_phrases == {}


@pytest.mark.parametrize(
    "word",
    ["VM-deployable", "GPU-accelerated", "RDMA-enabled", "KVCache-centric", "SLO-compliant"],
)
def test_a_name_with_an_adjective_after_its_hyphen_is_an_adjective(word: str) -> None:
    # "a VM-deployable rate controller" (made up) names no system
    assert not lexicon.is_name_like(word, sentence_initial=False)


@pytest.mark.parametrize("word", ["X-Stream", "DeepSpeed-Inference", "Llama-3-8B", "GPT-4o"])
def test_a_name_with_a_name_after_its_hyphen_stays_a_name(word: str) -> None:
    assert lexicon.is_name_like(word, sentence_initial=False)


@pytest.mark.parametrize(("word", "name_like"), [("1D", False), ("2D", False), ("S3", True)])
def test_a_number_of_dimensions_is_no_name(word: str, name_like: bool) -> None:
    # (made up, synth zb018) "Harmonix-generated 1D and 2D transforms are 2.4x faster"
    assert lexicon.is_name_like(word, sentence_initial=False) is name_like


def test_a_participle_in_apposition_names_nothing() -> None:
    # (made up, synth zd024) "a method that combines a small replay buffer, selected by
    # gradient diversity, with ...": no name in apposition, the title's method stands
    paper = Paper(
        id="x",
        title="Continual Personalization: Fine-Tuning with Replay Budgets",
        abstract="We propose a method that combines a small replay buffer, selected by gradient "
        "diversity, with a distillation step.",
    )
    assert paper_context(paper).own_name == "Continual Personalization"


@pytest.mark.parametrize("unit", ["MHz", "GB", "Gbps", "TFLOPS"])
def test_a_unit_is_no_name_of_a_system(unit: str) -> None:
    # "2.4 TOPS/W at 200 MHz, 1.5 times that of ..." (made up): a unit names no system
    assert lexicon.is_hardware(unit)


@pytest.mark.parametrize(
    ("paper", "first_coined"),
    [
        # "Sparse matrix-vector multiplication (SpMV) is a fundamental building block ... we
        # propose CSR5", "Neural architecture search (NAS) has a great impact ... we present
        # ProxylessNAS": the opening names the topic
        ("xs030", "CSR5"),
        ("b014", "ProxylessNAS"),
        # "Silo is a new in-memory database": an opening that says "new" names the work
        ("xs055", "Silo"),
        ("xs021", "Arachne"),
    ],
)
def test_an_opening_that_names_the_topic_gives_way_to_what_we_present(
    real_papers: dict[str, Paper], paper: str, first_coined: str
) -> None:
    assert coined_names(real_papers[paper].abstract)[0] == first_coined


def test_a_passive_abstract_introduces_its_work_where_it_is_proposed() -> None:
    # made up: every abstract of the project's material says "we" or "this paper"
    paper = _made_up(
        "Saving Energy in Wireless Sensor Networks",
        "Wireless sensor nodes waste energy while idle. In the current work, a new "
        "low-duty-cycle MAC protocol is proposed that wakes radios only on demand. It saves "
        "35% of energy.",
    )
    context = paper_context(paper)
    assert paper.abstract[context.introduced_at :].startswith("is proposed that wakes radios")


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "... on Mobile Platforms: A Thorough Evaluation", and (made up) "Sorting on GPUs: A
        # Closer Look": the device class after "on" is where the method runs, not a name that
        # makes the head a system's name
        ("xm014", "Large Language Model Performance Benchmarking"),
        pytest.param(
            _made_up(
                "Sorting on GPUs: A Closer Look",
                "Sorting is a basic database operator. We compare radix and merge sorts on "
                "GPUs. The radix sort is 3x faster.",
            ),
            "Sorting",
            id="made-up-on-gpus",
        ),
        # an acronym that opens the head or modifies its noun stays part of a name ("KV Cache
        # Compression for ...: A Review", and, made up, "Preempting Real-Time IoT Tasks: ...")
        ("xm024", "KV Cache Compression"),
        pytest.param(
            _made_up(
                "Preempting Real-Time IoT Tasks: How Costly Is It?",
                "We measure the cost of preempting real-time tasks on small IoT devices. "
                "Preemption costs up to 20% of throughput.",
            ),
            "Preempting Real-Time IoT Tasks",
            id="made-up-iot",
        ),
    ],
)
def test_a_device_class_a_title_head_runs_on_names_nothing(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "we design and implement an automated federated pipeline, named FedPipe", "We
        # implemented Mu and used it to replicate several systems", "We implemented CURP in the
        # Redis and RAMCloud storage systems": a name the abstract says it developed or
        # implemented is its system
        ("s001-37", "FedPipe"),
        ("xs065", "Mu"),
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
        # "We introduce Adaptive Energy-Centric Core Selection (AECS) and integrate it into
        # MNN", "We implemented CURP in the Redis and RAMCloud storage systems": what it is
        # built into is no name of its own
        ("xm015", "MNN"),
        ("xs040", "Redis"),
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
        # "Frustratingly Simple Retrieval Improves ...", "Transformers Meet ACT-R: ...": a
        # title or title head with a verb is a sentence, not a name; the abstract's coined name
        # stands
        ("s001-48", "CompactDS"),
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
        # "...: A Thorough Evaluation", "... obstruct a direct comparison of architectures",
        # and (made up: no abstract of the project's material presents its work as one) "We
        # describe a careful evaluation of ...", "... a thorough introduction and comparison
        # of ...": an evaluation or a comparison is no artifact
        "xm014",
        "xs017",
        pytest.param(
            _made_up(
                "Power Draw of Bluetooth Mesh Networks",
                "We describe a careful evaluation of power draw in Bluetooth mesh networks. "
                "Relays use 3x more energy than leaf nodes.",
            ),
            id="made-up-evaluation",
        ),
        pytest.param(
            _made_up(
                "Embedded Key-Value Stores for Edge Devices",
                "This paper presents a thorough introduction and comparison of embedded "
                "key-value stores for edge devices. The fastest store is 2x faster than SQLite.",
            ),
            id="made-up-comparison",
        ),
    ],
)
def test_an_evaluation_or_comparison_is_no_system(
    real_papers: dict[str, Paper], paper: str | Paper
) -> None:
    own = paper_context(_paper(real_papers, paper)).own_name.lower()
    assert not own.endswith(("evaluation", "comparison"))


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # (made up: no unnamed paper of the project's material proposes "a formal framework" or
        # "a generic framework") an adjective on a kind of thing says less than the title's
        # phrase
        pytest.param(
            _made_up(
                "Points-to Analysis for Large Java Programs",
                "We propose a formal framework for points-to analysis. It analyses programs 3x "
                "faster.",
            ),
            "Points-to Analysis",
            id="made-up-formal-framework",
        ),
        pytest.param(
            _made_up(
                "Reconfigurable Chain Replication",
                "Reconfiguring a replicated service is hard. We present a generic framework "
                "that adds reconfiguration to chain replication. It keeps 95% of throughput.",
            ),
            "Reconfigurable Chain Replication",
            id="made-up-generic-framework",
        ),
        # (made up: "Cache admission based on object popularity": what it is based on is not
        # part of its name)
        pytest.param(
            _made_up(
                "Cache admission based on object popularity",
                "Web caches admit every object. We propose admitting objects only when their "
                "popularity is high. The hit ratio rises by 10%.",
            ),
            "Cache admission",
            id="made-up-based-on",
        ),
        # a longer phrase identifies it on its own: "a code generation scheme", "a
        # heterogeneity-adaptive sequence parallelism method"
        ("xs016", "code generation scheme"),
        ("s000-07", "heterogeneity-adaptive sequence parallelism method"),
    ],
)
def test_a_kind_with_an_adjective_on_it_gives_way_to_the_title(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "Analyzing and Mitigating Data Stalls in DNN Training", "Not So Fast: Analyzing the
        # Performance of WebAssembly vs. Native Code": an analysis is no method; what the
        # abstract builds is
        ("xm038", "CoorDL"),
        ("xs056", "BrowsixWasm"),
        # (made up: the papers of the project's material whose title names what is measured
        # never fall back on the title's phrase) a proposal that is only an adjective on a kind
        # of thing gives way to the title's phrase, unless that phrase ends in what is measured
        # ("... Evaluation", "... Performance"): the proposal stays
        pytest.param(
            _made_up(
                "Energy Impact Evaluation for Mobile Browsers",
                "We propose a formal framework for attributing battery drain to page loads. Ad "
                "blocking saves 20% of the energy.",
            ),
            "formal framework",
            id="made-up-evaluation",
        ),
        pytest.param(
            _made_up(
                "Stable Raft Performance for Geo-Replicated Stores",
                "We present an adaptive protocol that keeps leader election stable across "
                "regions. Tail latency drops by 35%.",
            ),
            "adaptive protocol",
            id="made-up-performance",
        ),
    ],
)
def test_a_title_that_names_what_is_measured_does_not_replace_the_proposal(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # (made up: the papers of the project's material that give the design and
        # implementation of something all name it) "the implementation and design of a
        # pause-free incremental garbage collector", "a novel design and implementation of
        # radix hash join algorithms": what is designed and implemented
        pytest.param(
            _made_up(
                "Garbage Collection for Embedded Java",
                "We introduce the implementation and design of a pause-free incremental "
                "garbage collector for small devices. Pauses drop by 80%.",
            ),
            "pause-free incremental garbage collector",
            id="made-up-design-and-implementation",
        ),
        pytest.param(
            _made_up(
                "Join Processing on Many-Core CPUs",
                "This paper presents a novel design and implementation of radix hash join "
                "algorithms for many-core CPUs. They run 2x faster.",
            ),
            "radix hash join algorithms",
            id="made-up-novel-design-and-implementation",
        ),
        # "This paper describes the design and implementation of HERD, a key-value system",
        # "We present the design and implementation of Cloudburst, a stateful FaaS platform"
        ("b020", "HERD"),
        ("xs052", "Cloudburst"),
    ],
)
def test_the_design_and_implementation_of_a_thing_is_the_thing(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("paper", "adverb"),
    [
        # "Besides, the fast DRAM page cache is preserved ...", "Subsequently, the runtime
        # engine deploys ...", "First, the limited flexibility of one-sided RDMA ...": a
        # sentence adverb is no name
        ("b018", "Besides"),
        ("xm075", "Subsequently"),
        ("xs023", "First"),
        # (made up: no sentence of the project's material has the adverb before "a")
        # "Afterwards, a lock-level contention profile is built", "First, a two-phase sampling
        # profiler is introduced"
        pytest.param(
            _made_up(
                "Finding Contention in Multithreaded Programs",
                "Afterwards, a lock-level contention profile is built for each thread. First, a "
                "two-phase sampling profiler is introduced. Contention drops by 30%.",
            ),
            "Afterwards",
            id="made-up-afterwards",
        ),
        pytest.param(
            _made_up(
                "Finding Contention in Multithreaded Programs",
                "Afterwards, a lock-level contention profile is built for each thread. First, a "
                "two-phase sampling profiler is introduced. Contention drops by 30%.",
            ),
            "First",
            id="made-up-first",
        ),
    ],
)
def test_a_sentence_adverb_before_an_article_is_not_coined(
    real_papers: dict[str, Paper], paper: str | Paper, adverb: str
) -> None:
    assert adverb not in paper_context(_paper(real_papers, paper)).coined


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # (made up: no unnamed paper of the project's material says what it developed) "We
        # developed a CUDA particle code based on ...": a name that modifies what was developed
        # is what it is about, not its name
        pytest.param(
            _made_up(
                "Fast Particle Simulation for Plasma Physics",
                "We developed a CUDA particle code based on a particle-in-cell scheme. It runs "
                "10x faster than the CPU code.",
            ),
            "CUDA particle code",
            id="made-up-developed",
        ),
        # "We designed a multilevel checkpointing library, the Scalable Checkpoint/Restart (SCR)
        # library": the name in apposition is
        ("xs042", "SCR"),
    ],
)
def test_what_was_developed_is_named_by_its_own_name_not_a_modifier(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


@pytest.mark.parametrize(
    ("title", "abstract", "name"),
    [
        # made up (no title of the project's material is a bare kind or a comparison)
        # "A Model for Reliable Downlink Broadcasts ...": a bare kind in the title says less
        # than "an analytical model"
        (
            "A Model for Reliable Downlink Broadcasts in Vehicular Networks",
            "We present an analytical model of broadcast reliability. It predicts loss within 5%.",
            "analytical model",
        ),
        # "... Layers versus a Real Device": what it is compared with is no part of its name
        (
            "Simulating Flash Translation Layers versus a Real Device",
            "We compare a flash translation layer simulator with a real SSD. The simulator is "
            "within 10% of the device.",
            "Simulating Flash Translation Layers",
        ),
    ],
)
def test_a_title_phrase_is_neither_a_bare_kind_nor_a_comparison(
    title: str, abstract: str, name: str
) -> None:
    assert paper_context(_made_up(title, abstract)).own_name == name


@pytest.mark.parametrize(
    ("paper", "platform"),
    [
        # "we implement ArceKV, a full-fledged key-value store atop RocksDB", "Graphyti, an
        # extensible parallel SEM graph library built on FlashGraph": what it is added to or
        # built over
        ("xs001", "RocksDB"),
        ("b043", "FlashGraph"),
    ],
)
def test_what_a_method_is_added_to_or_built_over_is_not_coined(
    real_papers: dict[str, Paper], paper: str, platform: str
) -> None:
    assert paper_context(real_papers[paper]).own_name != platform


@pytest.mark.parametrize(
    ("paper", "name"),
    [
        # "We propose a modification to a variant of S4": a modified S4; (made up: no abstract
        # of the project's material names its work "referred to as") "a set of admission rules,
        # referred to as GLIDE": its name
        ("s000-34", "S4"),
        pytest.param(
            _made_up(
                "Reducing Tail Latency in Edge Caches",
                "We propose a set of admission rules, referred to as GLIDE, for edge caches. "
                "GLIDE cuts tail latency by 20%.",
            ),
            "GLIDE",
            id="made-up-referred-to-as",
        ),
    ],
)
def test_a_modification_to_a_system_or_a_name_referred_to_keeps_it(
    real_papers: dict[str, Paper], paper: str | Paper, name: str
) -> None:
    assert paper_context(_paper(real_papers, paper)).own_name == name


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
    # the proposal's phrase ends at "to" (made up: "a request batching method to Memcached" is
    # what it is added to)
    abstract = (
        "To address these challenges, we propose a conceptually simple, flexible, and general "
        "framework to boost speculative decoding, namely Parallel spEculative decoding with "
        "Adaptive dRaft Length (PEARL)."
    )
    paper = Paper(
        id="x", title="Parallel Speculative Decoding with Adaptive Draft Length", abstract=abstract
    )
    assert paper_context(paper).own_name == "Parallel spEculative"
    sentence = "We introduce a request batching method to Memcached to cut network traffic."
    assert coined_names(sentence) == []


def test_the_short_name_of_a_class_of_thing_is_not_coined(real_papers: dict[str, Paper]) -> None:
    # "we propose MERBIT, a GPU SpMV method": SpMV, like FFT and GEMM, names a class of
    # computation, not the paper's system
    assert "SpMV" not in coined_names(real_papers["xs008"].abstract)
    assert paper_context(real_papers["xs008"]).own_name == "MERBIT"
    assert all(lexicon.is_generic_acronym(n) for n in ("SpMV", "FFT", "SpTRSV", "SpGEMM", "GEMM"))
    # made up (no abstract of the project's material names one under a title that names
    # nothing): "split-radix FFT kernels"; "a new class of VM, called Spare VM": a VM is a
    # class of machine
    fft = _made_up(
        "Fast Fourier Transforms on Many-Core Chips",
        "We present hierarchical, split-radix FFT kernels for many-core chips. They run 2x "
        "faster than a vendor library.",
    )
    assert "FFT" not in coined_names(fft.abstract)
    assert paper_context(fft).own_name != "FFT"
    vm = _made_up(
        "Putting Idle Cores to Work in the Cloud",
        "Cloud servers leave cores idle. We propose a new class of VM, called Spare VM, that "
        "grows and shrinks with idle cores. Spare VMs raise utilization by 30%.",
    )
    assert paper_context(vm).own_name == "Spare VM"
    assert lexicon.is_generic_acronym("VMs")


@pytest.mark.parametrize("paper", ["xs047", "xs046", "b007"])
def test_a_plain_word_before_a_titles_colon_is_a_name(
    real_papers: dict[str, Paper], paper: str
) -> None:
    # "Chaos: Scale-out Graph Processing ...", "Pocket: Elastic Ephemeral Storage ...", "Ray: A
    # Distributed Framework ...": named, however plain a word
    assert paper_context(real_papers[paper]).own_is_named


def test_a_named_paper_keeps_its_name_over_the_thing_a_clause_names(
    paper_claims: Callable, made_up_claims: Callable
) -> None:
    # "... throughput improvement when running various RLHF algorithms using HybridFlow"
    assert {c.subject for c in paper_claims("xm052") if c.value == 1.53} == {"HybridFlow"}
    # made up (no sentence of the project's material with a number opens "With <name>,")
    claims = made_up_claims(
        "Kestrel: A Compact In-Memory Cache",
        "With Kestrel, small requests see up to 40% lower tail latency.",
    )
    assert {c.subject for c in claims if c.value == 40.0} == {"Kestrel"}


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


@pytest.mark.parametrize(
    "paper",
    [
        # "We also propose two client caching techniques", and (made up: no other abstract of
        # the project's material counts its own techniques) "Our first technique ...": which
        # one or how many, not what it is
        "xs053",
        pytest.param(
            _made_up(
                "Faster Checkpoints for Training Jobs",
                "We propose two checkpoint compression techniques. Our first technique drops "
                "unchanged tensors, our second technique quantizes the rest. These techniques "
                "cut checkpoint time by 60%.",
            ),
            id="made-up-ordinals",
        ),
    ],
)
def test_an_ordinal_or_a_count_does_not_identify_a_kind_of_thing(
    real_papers: dict[str, Paper], paper: str | Paper
) -> None:
    from claimgraph.extraction.naming import kind_phrases

    phrases = kind_phrases(_paper(real_papers, paper).abstract).values()
    assert phrases
    assert not any(p.split()[0].lower() in ("first", "second", "two", "four") for p in phrases)


def test_the_short_form_of_a_common_noun_opening_a_sentence_is_not_coined(
    real_papers: dict[str, Paper],
) -> None:
    # "Breadth-first search (BFS) is a core primitive ...", "Microcontrollers (MCUs) are an
    # attractive platform ...": only the sentence capitalises it; "Consistent Unordered
    # Replication Protocol (CURP) ..." capitalises every word: a name
    assert "BFS" not in coined_names(real_papers["xs041"].abstract)
    assert "MCUs" not in coined_names(real_papers["xm042"].abstract)
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
        # "This work presents sd.npu, a mobile inference framework", "We present tf.data, a
        # framework ...", "This work presents mTCP, a high-performance user-level TCP stack":
        # the apposition says a name was given
        ("xm016", "sd.npu"),
        ("xm055", "tf.data"),
        ("b025", "mTCP"),
    ],
)
def test_a_lower_case_name_given_with_its_kind_is_coined(
    real_papers: dict[str, Paper], paper: str, name: str
) -> None:
    assert paper_context(real_papers[paper]).own_name == name


def test_a_common_noun_given_with_its_kind_is_not_coined() -> None:
    # (xm016's sentence with a common noun where its name stands)
    sentence = (
        "This work presents batching, a mobile inference framework that integrates speculative "
        "decoding with dynamic hardware scheduling to accelerate context-aware text generation "
        "on mobile devices."
    )
    assert coined_names(sentence) == []
    assert coined_names(sentence.replace("batching", "sd.npu")) == ["sd.npu"]


# -- a coined name is read to the end of its word, though the window it is looked for in
# ends inside it ("namely structurally-aware adaptive pruning (SAAP)" once gave "SAA")


def test_every_coined_name_is_whole_words_of_its_abstract(real_papers: dict[str, Paper]) -> None:
    for paper_id in ("xm020", "s001-36", "xs064", "b025"):
        abstract = real_papers[paper_id].abstract
        for name in coined_names(abstract):
            assert re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", abstract), (paper_id, name)
    assert "SAA" not in coined_names(real_papers["xm020"].abstract)


def test_a_sentence_adverb_before_a_is_no_name(real_papers: dict[str, Paper]) -> None:
    # s001-45: "Recently, a growing body of research has used machine learning ..."
    assert "Recently" not in coined_names(real_papers["s001-45"].abstract)


def test_an_ordinal_before_a_kind_names_no_kind_of_thing() -> None:
    # made up: the project's material has no abstract that counts its techniques this way
    abstract = (
        "We develop two new techniques for checkpointing. The first technique drops unchanged "
        "tensors. The second technique quantizes the rest. We show that this technique alone, "
        "the first technique, and the full recovery technique cut checkpoint time by 60%."
    )
    context = paper_context(Paper(id="made-up", title="Checkpoints", abstract=abstract))
    assert context.kind_phrases == {"technique": "full recovery technique"}


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # made up (synth yx013): no paper of the project's own material names its system only
        # as what its ideas are implemented in
        (
            "Serverless cold starts remain slow. We snapshot the initialized runtime. We "
            "implement these ideas in Thawline, a function runtime integrated with OpenWhisk. "
            "Thawline reduces cold-start latency by 10x.",
            "Thawline",
        ),
        # what is implemented in a named platform is no name of the paper's own
        (
            "Serverless cold starts remain slow. We implement the prefetcher in OpenWhisk and "
            "measure it on a 20-server cluster.",
            None,
        ),
    ],
)
def test_the_system_its_ideas_are_implemented_in_is_its_name(
    abstract: str, own: str | None
) -> None:
    context = paper_context(
        Paper(id="made-up", title="Taming Cold Starts with Snapshots", abstract=abstract)
    )
    assert (context.own_name if context.own_is_named else None) == own


@pytest.mark.parametrize(
    ("title", "abstract", "name"),
    [
        # made up (synth yf): "we propose X:" names X, and a later "proposes" of another
        # subject across the colon names nothing
        (
            "Speculating on Thoughts: Step-Level Draft-and-Verify for Chain-of-Thought Reasoning",
            "We propose step-level speculation: a small draft model proposes an entire reasoning "
            "step and the target model verifies it. It reduces latency by 2.3x.",
            "step-level speculation",
        ),
        # made up (synth yk): a clause's list after "a design that ..." is no apposition
        (
            "Scaling In-Memory Transaction Processing on Many-Core Machines",
            "We propose a design that partitions the lock table by record, uses optimistic "
            "validation for read-only transactions, and replaces the global log. It outperforms "
            "a conventional engine by 2.6x.",
            "Scaling In-Memory Transaction Processing",
        ),
        # made up (synth yk): "the resulting policy as a service" names no method; the title's
        (
            "Cost-Aware Compaction for Lakehouse Tables",
            "This paper formulates compaction as an online cost-minimization problem. We "
            "implement the resulting policy as a service for Iceberg tables. Compared with hourly "
            "compaction, our policy reduces compute spending by 61%.",
            "Cost-Aware Compaction",
        ),
        # ... not what "we present our ..." opens before a colon
        (
            "Batching Requests for Tail Latency",
            "In this work we present our key insight: requests can be batched. The resulting "
            "scheduler reduces p99 latency by 40% over Linux CFS.",
            "Batching Requests",
        ),
        # "with" in a title names the method, also after the target
        (
            "Fast Training of GNNs on GPUs with Adaptive Caching",
            "GNN training is slow. Our system trains GNNs 2x faster than DGL.",
            "Adaptive Caching",
        ),
    ],
)
def test_unnamed_methods_are_named_by_what_is_proposed_or_the_title_made_up(
    title: str, abstract: str, name: str
) -> None:
    assert own_system_name(_made_up(title, abstract), {}, []) == name


@pytest.mark.parametrize(
    ("title", "abstract", "name"),
    [
        # made up (session 19, real ri): the second verb of "we" presents the name, before
        # the apposition that says what kind of thing it is
        (
            "Trees from Marginals: Drafting with Factorized Priors",
            "Factorized drafters lose acceptance as the budget grows. We analyze this limitation "
            "and introduce Loomwright, a lightweight adapter that builds proposal trees. "
            "Loomwright reaches a 4.4x speedup over autoregressive decoding.",
            "Loomwright",
        ),
        (
            "Tiered Memory for Vector Search",
            "We characterize the access skew of graph indexes and then propose Shoal, an index "
            "layout for CXL memory. It cuts query latency by 35%.",
            "Shoal",
        ),
        # ... not another's, introduced in the past by someone else
        (
            "Tiered Memory for Vector Search",
            "Prior work analyzed access skew and introduced DiskANN, an SSD-resident index. We "
            "build on it; our layout cuts query latency by 35%.",
            "Tiered Memory",
        ),
    ],
)
def test_the_second_verb_of_we_presents_a_name_made_up(
    title: str, abstract: str, name: str
) -> None:
    assert paper_context(_made_up(title, abstract)).own_name == name


@pytest.mark.parametrize(
    ("abstract", "name"),
    [
        # made up (session 19, real re): a lower-case short name in apposition after the long
        # one, used again later
        (
            "To unlock fast serving, we propose bidirectional prefix caching, bicache, the first "
            "KV caching technique for DLMs. Evaluations show that bicache improves throughput "
            "by 36%.",
            "bicache",
        ),
        (
            "We present elastic sharding, eshard, a scheme that resizes shards online. eshard "
            "cuts tail latency by 2x.",
            "eshard",
        ),
        # ... not a word used once
        (
            "We propose bidirectional prefix caching, reuse, the first technique for DLMs. It "
            "improves throughput by 36%.",
            "Caching Shared Prefixes",
        ),
    ],
)
def test_a_lower_case_short_name_after_the_long_made_up(abstract: str, name: str) -> None:
    assert paper_context(_made_up("Caching Shared Prefixes for DLMs", abstract)).own_name == name


def test_a_baseline_built_for_comparison_is_not_the_papers_name_made_up() -> None:
    # made up (session 19, review): "implement Orca, a state-of-the-art scheduler, ... for
    # comparison" names what the paper compares with
    abstract = (
        "We profile production traces and implement Orca, a state-of-the-art iteration-level "
        "scheduler, inside our testbed for comparison. Our scheduler reduces p99 latency by "
        "2.1x compared to Orca."
    )
    assert paper_context(_made_up("Tiered Memory for KV Caches", abstract)).own_name == (
        "Tiered Memory"
    )


@pytest.mark.parametrize(
    ("title", "abstract", "own"),
    [
        # made up (session 20, reading xs064, real rc, rf): a title head that moves from one
        # thing to another names the thing it arrives at, when that is a name ...
        (
            "From LevelDB to Quill: A Learned Index for Key-Value Stores",
            "We present Quill, which replaces hash lookups. Quill is 2x faster than Redis.",
            "Quill",
        ),
        (
            "From Bit Flips to Selective Error Protection for Accelerator Memory",
            "We study which bits matter. The codec reduces ECC area by 27% relative to SECDED.",
            "Selective Error Protection",
        ),
        # ... and a topic arrived at, or a head that goes past or towards something, names no
        # system: the name the abstract coins does
        (
            "From GPUs to Sites: Power Traces for Inference Clusters",
            "We present Wattle, a trace generator. Wattle is 3x more accurate than a fixed model.",
            "Wattle",
        ),
        (
            "Beyond MapReduce Invocation: An Efficient Semantic Filter Paradigm",
            "We present Sieve, a semantic filter. Sieve reduces LLM calls by 12x.",
            "Sieve",
        ),
        # (a platform arrived at is no system: made up, session 20 review)
        (
            "From PyTorch to TPU: Compiling Dynamic Models",
            "We present a compiler that lowers PyTorch programs to TPU executables. Generated "
            "code on TPU is 1.8x faster than XLA.",
            "Compiling Dynamic Models",
        ),
        # (a name before a colon stays the name)
        (
            "Quill: From Hashing to Learned Indexes",
            "We present Quill. Quill is 2x faster than Redis.",
            "Quill",
        ),
    ],
)
def test_a_title_head_that_moves_from_one_thing_to_another_made_up(
    title: str, abstract: str, own: str
) -> None:
    assert paper_context(Paper(id="x", title=title, abstract=abstract)).own_name == own


@pytest.mark.parametrize(
    ("title", "abstract", "own"),
    [
        # made up (session 20, synth xm, real rb): a LaTeX dash of hyphens ends the name it
        # follows, and a phrase cut off at six words does not end on the word that joins it to
        # the next, nor runs on past a preposition
        (
            "Embedding Optimization for Recommendation Training with Kestrel",
            "We introduce Kestrel---a comprehensive solution for embeddings. Kestrel is 2x "
            "faster than TorchRec.",
            "Kestrel",
        ),
        (
            "Exascale Runs on Frontier Systems: Engineering Notes",
            "We describe the system-level choices behind these results and grade the evidence.",
            "system-level choices",
        ),
        # (a hyphen inside a name stays: "Kestrel-2" is one name)
        (
            "Kestrel-2: Faster Embeddings",
            "We introduce Kestrel-2, a new version. Kestrel-2 is 2x faster than TorchRec.",
            "Kestrel-2",
        ),
    ],
)
def test_a_name_ends_at_a_latex_dash_and_a_phrase_at_its_joiner_made_up(
    title: str, abstract: str, own: str
) -> None:
    assert paper_context(Paper(id="x", title=title, abstract=abstract)).own_name == own


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # made up (session 20, synth zi, real ri, rj): adjectives coordinated by a comma are
        # one phrase with the kind they describe ("a learned, cache-aware index")
        (
            "We design a learned, cache-aware index that predicts leaf addresses. It is 3x faster "
            "than Sherman.",
            "learned, cache-aware index",
        ),
        (
            "We propose a fault-tolerant, scalable scheduler for GPU clusters. It beats Gandiva "
            "by 2x.",
            "fault-tolerant, scalable scheduler",
        ),
        (
            "We present a scalable, fault-tolerant, and elastic stream processor. It beats Flink "
            "by 2x.",
            "scalable, fault-tolerant, and elastic stream processor",
        ),
        # ... but a comma after a noun ends it, as before (made up, session 20 review), and a
        # kind of thing gives way to the name in apposition
        (
            "We propose a heuristic, lazy draining, that frees pages early. It beats Linux by 2x.",
            "heuristic",
        ),
        (
            "We present a system, Quill, that is fast. It is 2x faster than Gandiva.",
            "Quill",
        ),
    ],
)
def test_adjectives_coordinated_by_a_comma_are_one_phrase_made_up(abstract: str, own: str) -> None:
    title = "Rethinking Range Indexes for Disaggregated Memory"
    assert paper_context(Paper(id="x", title=title, abstract=abstract)).own_name == own


def test_a_proposed_phrase_ends_before_a_second_predicate_made_up() -> None:
    # made up (session 20, real rb): "... and propose ..." opens a predicate of its own
    abstract = (
        "We introduce the notion of elastic leases and propose a lease manager that renews "
        "them. It cuts lock traffic by 40%."
    )
    paper = Paper(id="x", title="Leases for Serverless Locks", abstract=abstract)
    assert paper_context(paper).own_name == "elastic leases"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # made up (session 21, real rt): a head that asks without its question mark names no
        # method; the subtitle does
        ("Where to Cache: Learned Admission for CDNs", "Learned Admission"),
        ("How to Train Your Cache: Learned Admission for CDNs", "Learned Admission"),
        # ... while a head that names a method stays
        ("Learned Admission: Caching for CDNs", "Learned Admission"),
        ("Whisker: Caching for CDNs", "Whisker"),
    ],
)
def test_a_head_that_asks_names_no_method_made_up(title: str, expected: str) -> None:
    assert title_method(title) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # made up (session 21, real rt): one plain word cut off by a comma is a modifier of the
        # phrase after it, no name of what the paper presents
        (
            "This paper presents a direct, empirical performance analysis of matrix "
            "multiplication on consumer hardware.",
            "Matrix Multiplication",
        ),
        # ... while a kind of thing and the name in apposition to it stay
        (
            "We propose a heuristic, lazy draining, that frees pages early.",
            "heuristic",
        ),
    ],
)
def test_one_word_cut_off_by_a_comma_is_a_modifier_made_up(abstract: str, expected: str) -> None:
    paper = Paper(id="made-up", title="Matrix Multiplication on GPUs", abstract=abstract)
    assert paper_context(paper).own_name == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # made up (session 21, real rr): a thing called by a name after words that mark
        # another's work is the tool the paper uses, not what it coins
        (
            "We evaluate it with a widely used traffic simulator called Simulation of Urban "
            "Mobility (SUMO).",
            [],
        ),
        (
            "We compare with the default scheduler named Kubesched.",
            [],
        ),
        # ... while what the paper calls its own keeps its name, open-source or not
        (
            "Our kernels are available as an open-source library named Quillon.",
            ["Quillon"],
        ),
        ("We propose a scheduler called Kestrel.", ["Kestrel"]),
    ],
)
def test_a_thing_another_made_called_by_its_name_is_not_coined_made_up(
    abstract: str, expected: list[str]
) -> None:
    assert coined_names(abstract) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # made up (session 21, reading xm, corpus s003): the short form of the name the paper
        # gives what it presents ("namely", "termed") names it, however plain its long form
        (
            "We propose a novel pruning method, namely structurally-aware adaptive pruning "
            "(SAAP), to reduce memory cost. SAAP cuts latency by 2x.",
            "SAAP",
        ),
        (
            "Here we show how a deep network, termed the multisensory cooperative computing "
            "(MCC) architecture, processes data. MCC cuts energy by 2x.",
            "MCC",
        ),
        # ... while a plain term the paper only uses stays a term
        (
            "We study set disjointness (SD) on streams. Our sketch cuts memory by 2x.",
            "Sketching",
        ),
    ],
)
def test_the_short_form_of_the_name_given_to_what_is_presented_made_up(
    abstract: str, expected: str
) -> None:
    paper = Paper(id="made-up", title="Sketching for Streams", abstract=abstract)
    assert paper_context(paper).own_name == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # made up (session 21, second reading of real papers): a head that is a saying (a
        # pronoun, a verb "is", a comma) names no method; the subtitle does
        (
            "Take it to the limit: peak-aware overcommitment in datacenters",
            "peak-aware overcommitment",
        ),
        (
            "Small is better: avoiding latency traps in virtualized data centers",
            "avoiding latency traps",
        ),
        ("Look Ma, no constants: practical constant blinding in GraalVM", "constant blinding"),
        # ... while a head that names a thing stays
        ("Peak-aware overcommitment: taking it to the limit", "Peak-aware overcommitment"),
    ],
)
def test_a_head_that_is_a_saying_names_no_method_made_up(title: str, expected: str) -> None:
    assert title_method(title) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # made up (session 22, real se): what follows a colon after the thing presented
        # describes it; a name there is one of its parts
        (
            "We present a phase-decoupled power controller: the prefill lane runs under an "
            "SM-clock window and the decode lane under a cap.",
            [],
        ),
        (
            "We present a position-independent chunk cache: precomputed KV tensors, RoPE "
            "re-rotation on load, and selective recomputation.",
            [],
        ),
        # ... a name before the colon is still the name given
        ("We present Tern: a cache for retrieved chunks.", ["Tern"]),
    ],
)
def test_a_name_after_the_colon_of_what_is_presented_is_not_coined_made_up(
    abstract: str, expected: list[str]
) -> None:
    assert coined_names(abstract) == expected
