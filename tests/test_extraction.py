"""Extraction on real corpus sentences, one test per construction of CLAIMS.md.

Each case is a title and a sentence (or a whole abstract) copied from the bundled corpus,
run through the real pipeline with ``extract_paper``; the ``claims_of`` fixture checks that
the text really is in ``data/``.  Rows compare the fields (subject, baseline, baseline_kind,
value, value_max, unit, qualifier, metric) exactly.  Known extraction bugs are
``xfail(strict=True)`` with the cause, so fixing one turns its test into a failure to unmark.

At the end, the dev gold drives one test per gold paper and one aggregate score test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from claimgraph.extraction import (
    coined_names,
    extract_paper,
    extract_papers,
    find_abbreviations,
    paper_context,
)
from claimgraph.records import Claim, Paper, PaperClaims
from claimgraph.scoring import GoldClaim, score

FIELDS = (
    "subject",
    "baseline",
    "baseline_kind",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "metric",
)
Row = tuple[object, ...]
ClaimsOf = Callable[[str, str], list[Claim]]

GOLD_PAPERS = Path(__file__).parent / "data" / "gold" / "dev-papers.jsonl"


def rows(claims: list[Claim], fields: tuple[str, ...] = FIELDS) -> list[Row]:
    return [tuple(getattr(claim, name) for name in fields) for claim in claims]


@pytest.fixture(scope="module")
def corpus_text(corpus_dir: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt")))


@pytest.fixture
def claims_of(nlp: Language, corpus_text: str) -> ClaimsOf:
    """``claims_of(title, abstract)``: the claims of a paper made of real corpus text."""

    def run(title: str, abstract: str) -> list[Claim]:
        assert title in corpus_text, f"not a corpus title: {title!r}"
        assert abstract in corpus_text, f"not corpus text: {abstract!r}"
        return extract_paper(Paper(id="test", title=title, abstract=abstract), nlp).claims

    return run


@pytest.fixture(scope="session")
def gold_paper(gold_papers: list[Paper]) -> Callable[[str], Paper]:
    by_id = {paper.id: paper for paper in gold_papers}
    return by_id.__getitem__


# Titles of the papers the cases come from.
HYDRA = "Hydra: Sequentially-Dependent Draft Heads for Medusa Decoding"
FSMOE = "FSMoE: A Flexible and Scalable Training System for Sparse Mixture-of-Experts Models"
BSKIP = "Bridging Cache-Friendliness and Concurrency: A Locality-Optimized In-Memory B-Skiplist"
MIRROR = "Mirror Speculative Decoding: Breaking the Serial Barrier in LLM Inference"
MOT = "Mixture of Thoughts: Learning to Aggregate What Experts Think, Not Just What They Say"
ELASWAVE = "ElasWave: An Elastic-Native System for Scalable Hybrid-Parallel Training"
DATASTATES = "DataStates-LLM: Lazy Asynchronous Checkpointing for Large Language Models"
COMET = "Comet: Fine-grained Computation-communication Overlapping for Mixture-of-Experts"
GNNPIPE = "GNNPipe: Scaling Deep GNN Training with Pipelined Model Parallelism"
FLASHDEC = "FlashDecoding++: Faster Large Language Model Inference on GPUs"
SEMIPD = (
    "semi-PD: Towards Efficient LLM Serving via Phase-Wise Disaggregated Computation and Unified "
    "Storage"
)
FA2 = "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"
QUAMBA2 = (
    "Quamba2: A Robust and Scalable Post-training Quantization Framework for Selective State "
    "Space Models"
)
REMAX = (
    "ReMax: A Simple, Effective, and Efficient Reinforcement Learning Method for Aligning Large "
    "Language Models"
)
MEGATRON = "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism"
MOETUNER = (
    "MoETuner: Optimized Mixture of Expert Serving with Balanced Expert Placement and Token Routing"
)


# -- atomicity: one claim per (subject, baseline, value) ---------------------------------------

HYDRA_SENTENCE = (
    "We further explore the design space of Hydra head training objectives and architectures, "
    "and propose a carefully-tuned Hydra head recipe, which we call Hydra++, that improves "
    "decoding throughput by 1.31x and 2.71x compared to Medusa decoding and autoregressive "
    "decoding, respectively."
)


@pytest.mark.slow
def test_respectively_pairs_numbers_with_baselines_in_order(claims_of: ClaimsOf) -> None:
    # The subject is checked by test_variant_named_in_the_abstract_is_its_own_subject.
    # "Medusa" is the name that heads "Medusa decoding"; scoring matches the two by containment.
    claims = claims_of(HYDRA, HYDRA_SENTENCE)
    assert rows(claims, FIELDS[1:]) == [
        ("Medusa", "named", 1.31, None, "x", None, "throughput"),
        ("autoregressive decoding", "generic", 2.71, None, "x", None, "throughput"),
    ]


@pytest.mark.slow
def test_variant_named_in_the_abstract_is_its_own_subject(claims_of: ClaimsOf) -> None:
    assert {c.subject for c in claims_of(HYDRA, HYDRA_SENTENCE)} == {"Hydra++"}


@pytest.mark.slow
def test_enumerated_variants_are_their_own_subjects(
    nlp: Language, gold_paper: Callable[[str], Paper]
) -> None:
    claims = extract_paper(gold_paper("s000-33"), nlp).claims
    assert [(c.subject, c.value) for c in claims] == [("JRT-Prompt", 11.9), ("JRT-RNN", 19.2)]


FSMOE_SENTENCE = (
    "Experimental results show that 1) our FSMoE supports four popular types of MoE routing "
    "functions and is more efficient than existing implementations (with up to a 1.42times "
    "speedup), and 2) FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE "
    "and Tutel) by 1.18times-1.22times on 1458 MoE layers and 1.19times-3.01times on real-world "
    "MoE models based on GPT-2 and Mixtral using a popular routing function."
)


@pytest.mark.slow
def test_one_claim_per_baseline(claims_of: ClaimsOf) -> None:
    assert rows(claims_of(FSMOE, FSMOE_SENTENCE)) == [
        ("FSMoE", "existing implementations", "generic", 1.42, None, "x", "up_to", "speedup"),
        ("FSMoE", "DeepSpeed-MoE", "named", 1.18, 1.22, "x", None, "speedup"),
        ("FSMoE", "Tutel", "named", 1.18, 1.22, "x", None, "speedup"),
        ("FSMoE", "DeepSpeed-MoE", "named", 1.19, 3.01, "x", None, "speedup"),
        ("FSMoE", "Tutel", "named", 1.19, 3.01, "x", None, "speedup"),
    ]


@pytest.mark.slow
def test_examples_after_including_are_the_baselines(claims_of: ClaimsOf) -> None:
    sentence = (
        "On 128 threads, the proposed concurrent B-skiplist achieves between 2x-9x higher "
        "throughput compared to state-of-the-art concurrent skiplist implementations, including "
        "Facebook's concurrent skiplist from Folly and the Java ConcurrentSkipListMap."
    )
    assert rows(claims_of(BSKIP, sentence)) == [
        ("B-skiplist", "Folly", "named", 2.0, 9.0, "x", None, "throughput"),
        ("B-skiplist", "Java ConcurrentSkipListMap", "named", 2.0, 9.0, "x", None, "throughput"),
    ]


MASSTREE_SENTENCE = (
    "Furthermore, we find that the B-skiplist achieves competitive (0.9x-1.7x) throughput on "
    "point workloads compared to state-of-the-art cache-optimized tree-based indices (e.g., "
    "Masstree)."
)


@pytest.mark.slow
def test_example_after_eg_in_brackets_is_the_baseline(
    nlp: Language, gold_paper: Callable[[str], Paper]
) -> None:
    # The whole abstract, where the own name is B-skiplist: see
    # test_number_parsed_as_subject_does_not_hide_the_clause_subject.  The metric is checked by
    # test_metric_follows_a_bracketed_ratio.
    paper = gold_paper("s000-01")
    claims = [c for c in extract_paper(paper, nlp).claims if c.sentence == MASSTREE_SENTENCE]
    assert rows(claims, FIELDS[:7]) == [
        ("B-skiplist", "Masstree", "named", 0.9, 1.7, "x", None),
    ]


@pytest.mark.slow
def test_metric_follows_a_bracketed_ratio(
    nlp: Language, gold_paper: Callable[[str], Paper]
) -> None:
    claims = extract_paper(gold_paper("s000-01"), nlp).claims
    assert [c.metric for c in claims if c.sentence == MASSTREE_SENTENCE] == ["throughput"]


@pytest.mark.slow
def test_number_parsed_as_subject_does_not_hide_the_clause_subject(claims_of: ClaimsOf) -> None:
    assert [c.subject for c in claims_of(BSKIP, MASSTREE_SENTENCE)] == ["B-skiplist"]


MIRROR_SENTENCE = (
    "On SpecBench with server-scale models from 14B to 66B parameters, Mirror-SD delivers "
    "consistent end-to-end gains, achieving 2.8x-5.8x wall-time speedups across diverse tasks "
    "and a 30% average relative improvement over the strongest baseline, EAGLE3."
)


@pytest.mark.slow
def test_apposition_names_the_baseline(claims_of: ClaimsOf) -> None:
    claims = [c for c in claims_of(MIRROR, MIRROR_SENTENCE) if c.unit == "%"]
    assert rows(claims) == [
        ("Mirror-SD", "EAGLE3", "named", 30.0, None, "%", "average", "speedup"),
    ]


@pytest.mark.slow
def test_baseline_of_a_later_phrase_does_not_reach_back(claims_of: ClaimsOf) -> None:
    claims = [c for c in claims_of(MIRROR, MIRROR_SENTENCE) if c.unit == "x"]
    assert rows(claims) == [("Mirror-SD", None, "none", 2.8, 5.8, "x", None, "speedup")]


@pytest.mark.slow
def test_apposition_after_a_coordinated_class(claims_of: ClaimsOf) -> None:
    sentence = (
        "Across five in-distribution (ID) and three out-of-distribution (OOD) benchmarks, MoT "
        "surpasses the current routing and aggregation-based state-of-the-art, Avengers, by "
        "+0.38% and +2.92%, respectively."
    )
    assert rows(claims_of(MOT, sentence)) == [
        ("MoT", "Avengers", "named", 0.38, None, "%", None, "other"),
        ("MoT", "Avengers", "named", 2.92, None, "%", None, "other"),
    ]


@pytest.mark.slow
def test_slash_pairs_numbers_with_baselines(claims_of: ClaimsOf) -> None:
    sentence = (
        "We evaluate ElasWave on 96 NPUs and benchmark it against state-of-the-art baselines: "
        "throughput improves by 1.35times over ReCycle and 1.60times over TorchFT; communicator "
        "recovery completes within one second (up to 82times/3.6times faster than full/partial "
        "rebuilds); migration MTTR drops by as much as 51%; and convergence deviation is reduced "
        "by approximately 78%."
    )
    assert rows(claims_of(ELASWAVE, sentence)) == [
        ("ElasWave", "ReCycle", "named", 1.35, None, "x", None, "throughput"),
        ("ElasWave", "TorchFT", "named", 1.6, None, "x", None, "throughput"),
        ("ElasWave", "full rebuilds", "generic", 82.0, None, "x", "up_to", "speedup"),
        ("ElasWave", "partial rebuilds", "generic", 3.6, None, "x", "up_to", "speedup"),
        ("ElasWave", None, "none", 51.0, None, "%", "up_to", "latency"),
        ("ElasWave", None, "none", 78.0, None, "%", "approx", "accuracy"),
    ]


@pytest.mark.slow
def test_both_numbers_of_a_respectively_pair_before_the_cue(claims_of: ClaimsOf) -> None:
    sentence = (
        "Experimental results demonstrate 9.3% and 17.5% of end-to-end speedups for single-node "
        "and multi-node inference respectively, showcasing the potential of our ILP-based "
        "optimization for offering expert parallel solutions for next-generation MoEs."
    )
    assert rows(claims_of(MOETUNER, sentence)) == [
        ("MoETuner", None, "none", 9.3, None, "%", None, "speedup"),
        ("MoETuner", None, "none", 17.5, None, "%", None, "speedup"),
    ]


# -- qualifiers ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_qualifier_carries_over_coordinated_numbers(claims_of: ClaimsOf) -> None:
    sentence = (
        "The results show up to 48times faster checkpointing and 2.2times faster end-to-end "
        "training runtime compared with the state-of-art checkpointing approaches."
    )
    baseline = "state-of-art checkpointing approaches"
    assert rows(claims_of(DATASTATES, sentence)) == [
        ("DataStates-LLM", baseline, "generic", 48.0, None, "x", "up_to", "speedup"),
        ("DataStates-LLM", baseline, "generic", 2.2, None, "x", "up_to", "speedup"),
    ]


@pytest.mark.slow
def test_trailing_on_average_is_the_number_own_qualifier(claims_of: ClaimsOf) -> None:
    sentence = (
        "Our evaluation shows that COMET accelerates the execution of a single MoE layer by "
        "1.96times and for end-to-end execution, COMET delivers a 1.71times speedup on average."
    )
    assert rows(claims_of(COMET, sentence)) == [
        ("COMET", None, "none", 1.96, None, "x", None, "speedup"),
        ("COMET", None, "none", 1.71, None, "x", "average", "speedup"),
    ]


@pytest.mark.slow
def test_bracketed_averages_next_to_up_to(claims_of: ClaimsOf) -> None:
    sentence = (
        "Extensive experiments show that our method reduces the per-epoch training time by up to "
        "2.45x (on average 1.58x) and reduces the communication volume and overhead by up to "
        "22.89x and 27.21x (on average 8.69x and 11.60x), respectively, while achieving a "
        "comparable level of model accuracy and convergence speed compared to graph parallelism."
    )
    assert rows(claims_of(GNNPIPE, sentence)) == [
        ("GNNPipe", None, "none", 2.45, None, "x", "up_to", "speedup"),
        ("GNNPipe", None, "none", 1.58, None, "x", "average", "speedup"),
        ("GNNPipe", None, "none", 22.89, None, "x", "up_to", "communication"),
        ("GNNPipe", None, "none", 27.21, None, "x", "up_to", "communication"),
        ("GNNPipe", None, "none", 8.69, None, "x", "average", "communication"),
        ("GNNPipe", None, "none", 11.6, None, "x", "average", "communication"),
    ]


@pytest.mark.slow
def test_average_as_the_measured_quantity_is_not_a_qualifier(claims_of: ClaimsOf) -> None:
    sentence = (
        "Compared to state-of-the-art systems, semi-PD maintains lower latency at higher request "
        "rates, reducing the average end-to-end latency per request by 1.27-2.58x on DeepSeek "
        "series models, and serves 1.55-1.72x more requests adhering to latency constraints on "
        "Llama series models."
    )
    baseline = "state-of-the-art systems"
    assert rows(claims_of(SEMIPD, sentence)) == [
        ("semi-PD", baseline, "generic", 1.27, 2.58, "x", None, "latency"),
        ("semi-PD", baseline, "generic", 1.55, 1.72, "x", None, "throughput"),
    ]


@pytest.mark.slow
def test_average_speedup_of(claims_of: ClaimsOf) -> None:
    sentence = (
        "FlashDecoding++ also achieves an average speedup of 1.37x compared to state-of-the-art "
        "LLM inference engines on mainstream LLMs."
    )
    baseline = "state-of-the-art LLM inference engines"
    assert rows(claims_of(FLASHDEC, sentence)) == [
        ("FlashDecoding++", baseline, "generic", 1.37, None, "x", "average", "speedup"),
    ]


# -- subjects ------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper_id", "fragment", "subject"),
    [
        pytest.param("s000-16", "it brings over 11x", "Flover", id="it"),
        pytest.param("s001-16", "our method reduces", "GNNPipe", id="our method"),
        pytest.param("s000-17", "Our implementation achieves", "ParaRNN", id="our implementation"),
        pytest.param("s000-32", "The results show up to", "DataStates-LLM", id="the results"),
        pytest.param("s001-08", "Our model achieves", "AdaptDHM", id="our model"),
        pytest.param("s001-06", "our FSMoE supports", "FSMoE", id="our X"),
        pytest.param("s000-01", "the proposed concurrent B-skiplist", "B-skiplist", id="proposed"),
    ],
)
def test_own_words_resolve_to_the_paper_system(
    nlp: Language,
    gold_paper: Callable[[str], Paper],
    paper_id: str,
    fragment: str,
    subject: str,
) -> None:
    claims = [c for c in extract_paper(gold_paper(paper_id), nlp).claims if fragment in c.sentence]
    assert claims
    assert {c.subject for c in claims} == {subject}


@pytest.mark.slow
def test_prior_work_named_as_subject(nlp: Language, gold_paper: Callable[[str], Paper]) -> None:
    # The whole FlashAttention-2 abstract: FlashAttention's own figure is FlashAttention's claim;
    # "72\% model FLOPs utilization" and "50-73\% of the theoretical maximum" are no claims.
    paper = gold_paper("s000-11")
    assert paper.title == FA2
    assert rows(extract_paper(paper, nlp).claims) == [
        ("FlashAttention", "optimized baselines", "generic", 2.0, 4.0, "x", None, "speedup"),
        ("FlashAttention-2", "FlashAttention", "named", 2.0, None, "x", "approx", "speedup"),
    ]


@pytest.mark.slow
def test_turned_around_comparison(claims_of: ClaimsOf) -> None:
    sentence = (
        "Third, in terms of wall-clock time, PPO is about twice as slow as ReMax per iteration."
    )
    assert rows(claims_of(REMAX, sentence)) == [
        ("ReMax", "PPO", "named", 2.0, None, "x", "approx", "speedup"),
    ]


@pytest.mark.slow
def test_unnamed_method_is_the_noun_phrase_of_the_proposal(
    nlp: Language, gold_paper: Callable[[str], Paper]
) -> None:
    claims = extract_paper(gold_paper("s001-12"), nlp).claims
    assert [c.subject for c in claims] == ["interleaved pipeline parallelism schedule"]


# -- baselines: named or generic -----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "sentence", "baselines"),
    [
        pytest.param(
            "Zeppelin: Balancing Variable-length Workloads in Data Parallel Large Model Training",
            "Comprehensive evaluations across diverse configurations show that Zeppelin delivers "
            "an average 2.80x speedup over state-of-the-art methods.",
            [("state-of-the-art methods", "generic")],
            id="state-of-the-art methods",
        ),
        pytest.param(
            "COMET: Towards Partical W4A4KV4 LLMs Serving",
            "Extensive evaluations demonstrate that, when running LLaMA family models on a single "
            "A100-80G-SMX4, COMET achieves a kernel-level speedup of 2.88times over cuBLAS and a "
            "2.02 times throughput improvement compared to TensorRT-LLM from an end-to-end "
            "framework perspective.",
            [("cuBLAS", "named"), ("TensorRT-LLM", "named")],
            id="cuBLAS and TensorRT-LLM",
        ),
        pytest.param(
            "B'MOJO: Hybrid State Space Realizations of Foundation Models with Eidetic and Fading "
            "Memory",
            "We test B'MOJO on transductive inference tasks, such as associative recall, where it "
            "outperforms existing SSMs and Hybrid models; as a baseline, we test ordinary language "
            "modeling where B'MOJO achieves perplexity comparable to similarly-sized Transformers "
            "and SSMs up to 1.4B parameters, while being up to 10% faster to train.",
            [("Transformers", "named"), ("SSMs", "generic")],
            id="Transformers and SSMs",
        ),
        pytest.param(
            "ParaRNN: Unlocking Parallel Training of Nonlinear RNNs for Large Language Models",
            "Our implementation achieves speedups of up to 665x over naive sequential application, "
            "allowing training nonlinear RNNs at unprecedented scales.",
            [("naive sequential application", "generic")],
            id="naive sequential application",
        ),
        pytest.param(
            FLASHDEC,
            "Due to the versatility of optimizations in FlashDecoding++, FlashDecoding++ can "
            "achieve up to 4.86x and 2.18x speedup on both NVIDIA and AMD GPUs compared to Hugging "
            "Face implementations.",
            [("Hugging Face", "named")],
            id="Hugging Face implementations",
        ),
        pytest.param(
            "DeepSpeed-FastGen: High-throughput Text Generation for LLMs via MII and "
            "DeepSpeed-Inference",
            "This paper introduces DeepSpeed-FastGen, a system that employs Dynamic SplitFuse, a "
            "novel prompt and generation composition strategy, to deliver up to 2.3x higher "
            "effective throughput, 2x lower latency on average, and up to 3.7x lower (token-level) "
            "tail latency, compared to state-of-the-art systems like vLLM.",
            [("vLLM", "named")],
            id="systems like vLLM",
        ),
        pytest.param(
            "Structured State Space Models for In-Context Reinforcement Learning",
            "We evaluate our modified architecture on a set of partially-observable environments "
            "and find that, in practice, our model outperforms RNN's while also running over five "
            "times faster.",
            [("RNNs", "generic")],
            id="RNN's",
        ),
    ],
)
def test_named_and_generic_baselines(
    claims_of: ClaimsOf, title: str, sentence: str, baselines: list[tuple[str, str]]
) -> None:
    found = [(c.baseline, c.baseline_kind) for c in claims_of(title, sentence)]
    assert list(dict.fromkeys(found)) == baselines


# -- not claims ----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "sentence", "values"),
    [
        pytest.param(
            FA2,
            "We empirically validate that when used end-to-end to train GPT-style models, "
            "FlashAttention-2 reaches training speed of up to 225 TFLOPs/s per A100 GPU (72\\% "
            "model FLOPs utilization).",
            [],
            id="72% model FLOPs utilization",
        ),
        pytest.param(
            FA2,
            "These yield around 2times speedup compared to FlashAttention, reaching 50-73\\% of "
            "the theoretical maximum FLOPs/s on A100 and getting close to the efficiency of GEMM "
            "operations.",
            [2.0],
            id="50-73% of the theoretical maximum",
        ),
        pytest.param(
            BSKIP,
            "For a more complete picture of the performance, we also measure the latency of "
            "skiplist and tree-based indices and find that the B-skiplist achieves between "
            "3.5x-103x lower 99% latency compared to other concurrent skiplists and between "
            "0.85x-64x lower 99% latency compared to tree-based indices on point workloads with "
            "inserts.",
            [3.5, 0.85],
            id="99% latency is a percentile",
        ),
        pytest.param(
            QUAMBA2,
            "The experiments show that Quamba2-8B outperforms several state-of-the-art SSM "
            "quantization methods and delivers 1.3times and 3times speed-ups in the pre-filling "
            "and generation stages, respectively, while offering 4times memory reduction with only "
            "a 1.6% average accuracy drop.",
            [1.3, 3.0, 4.0],
            id="only a 1.6% average accuracy drop",
        ),
        pytest.param(
            FLASHDEC,
            "The softmax operation requires a synchronized update operation among each partial "
            "softmax result, leading to ~20% overheads for the attention computation in LLMs.",
            [],
            id="motivation ~20% overheads",
        ),
        pytest.param(
            "TokenWeave: Efficient Compute-Communication Overlap for Distributed LLM Inference",
            "Distributed inference of large language models (LLMs) can introduce overheads of up "
            "to 20% even over GPUs connected via high-speed interconnects such as NVLINK.",
            [],
            id="motivation overheads of up to 20%",
        ),
        pytest.param(
            "Optimizing Distributed Training on Frontier for Large Language Models",
            "For the training of the 175 Billion parameter model and the 1 Trillion parameter "
            "model, we achieved 100% weak scaling efficiency on 1024 and 3072 MI250X GPUs, "
            "respectively.",
            [],
            id="100% weak scaling efficiency",
        ),
        pytest.param(
            "NanoFlow: Towards Optimal Large Language Model Serving Throughput",
            "With practical workloads, NanoFlow provides 1.91x throughput boost compared to "
            "state-of-the-art serving systems achieving 59% to 72% of optimal throughput across "
            "ported models.",
            [1.91],
            id="59% to 72% of optimal throughput",
        ),
        pytest.param(
            "Just read twice: closing the recall gap for recurrent language models",
            "We then propose (2) JRT-RNN, which uses non-causal prefix-linear-attention to process "
            "prompts and provides 99% of Transformer quality at 360M params., 30B tokens and 96% "
            "at 1.3B params., 50B tokens on average across the tasks, with 19.2times higher "
            "throughput for prefill than FA2.",
            [19.2],
            id="99% of Transformer quality",
        ),
        pytest.param(
            "dParallel: Learnable Parallel Decoding for dLLMs",
            "When applied to the LLaDA-8B-Instruct model, dParallel reduces decoding steps from "
            "256 to 30 on GSM8K, achieving an 8.5x speedup without performance degradation.",
            [8.5],
            id="from 256 to 30",
        ),
        pytest.param(
            MEGATRON,
            "Using the GPT-2 model we achieve SOTA results on the WikiText103 (10.8 compared to "
            "SOTA perplexity of 15.8) and LAMBADA (66.5% compared to SOTA accuracy of 63.2%) "
            "datasets.",
            [],
            id="66.5% compared to 63.2%",
        ),
        pytest.param(
            MEGATRON,
            "We sustain 15.1 PetaFLOPs across the entire application with 76% scaling efficiency "
            "when compared to a strong single GPU baseline that sustains 39 TeraFLOPs, which is "
            "30% of peak FLOPs.",
            [],
            id="76% scaling efficiency",
        ),
        pytest.param(
            REMAX,
            "ReMax offers threefold advantages over PPO: first, it is simple to implement with "
            "just 6 lines of code.",
            [],
            id="threefold advantages",
        ),
        pytest.param(
            "Training Foundation Models on a Full-Stack AMD Platform: Compute, Networking, and "
            "System Design",
            "We further provide MI300X microbenchmarks on kernel sizing and memory bandwidth to "
            "inform model design.",
            [],
            id="MI300X",
        ),
    ],
)
def test_not_claims(claims_of: ClaimsOf, title: str, sentence: str, values: list[float]) -> None:
    assert [c.value for c in claims_of(title, sentence)] == values


# -- metrics -------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paper_id", "value", "metric"),
    [
        pytest.param("s001-31", 1.27, "latency", id="latency per request"),
        pytest.param("s001-15", 9.0, "latency", id="lower scale-up latency"),
        pytest.param("s001-31", 1.55, "throughput", id="more requests"),
        pytest.param("s000-31", 1.31, "throughput", id="decoding throughput"),
        pytest.param("s001-53", 1.34, "throughput", id="MFU"),
        pytest.param("s001-27", 60.0, "memory", id="GPU memory usage"),
        pytest.param("s000-28", 4.0, "memory", id="memory reduction"),
        pytest.param("s001-16", 22.89, "communication", id="communication volume"),
        pytest.param("s001-48", 33.0, "accuracy", id="relative gains on MMLU Pro"),
        pytest.param("s000-02", 0.8, "accuracy", id="classification accuracy"),
        pytest.param("s001-24", 20.0, "cost", id="evaluation cost"),
        pytest.param("s000-19", 30.0, "cost", id="error-induced overhead"),
        pytest.param("s001-49", 8.0, "parameters", id="parameter savings"),
        pytest.param("s000-30", 2.8, "speedup", id="speedup"),
        pytest.param("s001-11", 55.0, "speedup", id="training iteration time"),
    ],
)
def test_metric(
    nlp: Language, gold_paper: Callable[[str], Paper], paper_id: str, value: float, metric: str
) -> None:
    claims = [c for c in extract_paper(gold_paper(paper_id), nlp).claims if c.value == value]
    assert claims
    assert {c.metric for c in claims} == {metric}


# -- paper context: abbreviations and the paper's own name -------------------------------------


@pytest.mark.parametrize(
    ("fragment", "short", "long_form"),
    [
        pytest.param(
            "Mixture-of-Experts (MoE) models promise efficient scaling of large language models "
            "(LLMs) by activating only a small subset of experts per token",
            "MoE",
            "Mixture-of-Experts",
            id="Mixture-of-Experts (MoE)",
        ),
        pytest.param(
            "employing the sparsely activated mixture-of-experts (MoE) technique",
            "MoE",
            "mixture-of-experts",
            id="lower-case long form",
        ),
        pytest.param(
            "brittle in-context learning (ICL) quality",
            "ICL",
            "in-context learning",
            id="in-context learning (ICL)",
        ),
        pytest.param(
            "Post-training language models (LMs) with reinforcement learning (RL)",
            "LMs",
            "language models",
            id="plural short form",
        ),
        pytest.param(
            "The predominant strategy is Reinforcement Learning from Human Feedback (RLHF), with "
            "Proximal Policy Optimization (PPO) as the de-facto algorithm.",
            "PPO",
            "Proximal Policy Optimization",
            id="Proximal Policy Optimization (PPO)",
        ),
    ],
)
def test_find_abbreviations(corpus_text: str, fragment: str, short: str, long_form: str) -> None:
    assert fragment in corpus_text
    assert find_abbreviations(fragment)[short] == long_form


@pytest.mark.slow
def test_abbreviations_travel_with_the_paper_claims(
    nlp: Language, gold_paper: Callable[[str], Paper]
) -> None:
    result = extract_paper(gold_paper("s001-06"), nlp)
    assert result.abbreviations["MoE"].lower() == "mixture-of-experts"


@pytest.mark.parametrize(
    ("paper_id", "own_name"),
    [
        pytest.param("s001-06", "FSMoE", id="title before the colon"),
        pytest.param("s000-23", "COMET", id="title spelled as in the abstract (Comet)"),
        pytest.param("s000-06", "Mirror-SD", id="short form of the title name"),
        pytest.param("s001-02", "MoT", id="short form of Mixture of Thoughts"),
        pytest.param("s000-01", "B-skiplist", id="coined: we present a ... B-skiplist"),
        pytest.param("s001-30", "DefensiveKV", id="coined, title without a name"),
    ],
)
def test_own_system_name(gold_paper: Callable[[str], Paper], paper_id: str, own_name: str) -> None:
    assert paper_context(gold_paper(paper_id)).own_name == own_name


def test_coined_names(gold_paper: Callable[[str], Paper]) -> None:
    assert coined_names(gold_paper("s000-31").abstract) == ["Hydra", "Hydra++"]


def test_coined_names_after_we_propose_colon(gold_paper: Callable[[str], Paper]) -> None:
    assert coined_names(gold_paper("s000-33").abstract) == ["JRT-Prompt", "JRT-RNN"]


# -- the dev gold (habit 8) --------------------------------------------------------------------

GOLD_IDS = [
    json.loads(line)["id"]
    for line in GOLD_PAPERS.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


# Gold papers whose claim values the extractor does not all find, and why.
@pytest.fixture(scope="module")
def dev_results(nlp: Language, gold_papers: list[Paper]) -> dict[str, PaperClaims]:
    return {result.paper.id: result for result in extract_papers(gold_papers, nlp)}


@pytest.mark.slow
@pytest.mark.parametrize("paper_id", GOLD_IDS)
def test_gold_paper_values_are_found(
    paper_id: str, dev_results: dict[str, PaperClaims], gold_claims: list[GoldClaim]
) -> None:
    gold = [g for g in gold_claims if g.paper == paper_id]
    evaluation = score(dev_results[paper_id].claims, gold, papers={paper_id})
    found = evaluation.levels["value"].true_positives
    assert found == len(gold), f"{found} of {len(gold)} gold values found"


def test_every_gold_claim_is_of_a_gold_paper(gold_claims: list[GoldClaim]) -> None:
    assert {g.paper for g in gold_claims} <= set(GOLD_IDS)


@pytest.mark.slow
def test_dev_gold_scores_do_not_regress(
    dev_results: dict[str, PaperClaims], gold_claims: list[GoldClaim]
) -> None:
    predicted = [claim for result in dev_results.values() for claim in result.claims]
    levels = score(predicted, gold_claims).levels
    f1 = {level: round(levels[level].f1, 3) for level in ("value", "tuple", "full")}
    assert f1["value"] >= 0.97, f1
    assert f1["tuple"] >= 0.95, f1
    assert f1["full"] >= 0.95, f1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("FooServe reaches 45% MFU, 1.3x higher than vLLM.", [1.3]),
        ("FooServe reaches 52% GPU utilization compared to vLLM.", []),
        ("FooServe achieves 15% higher GPU utilization compared with vLLM.", [15.0]),
        ("FooServe improves GPU utilization by 12% over vLLM.", [12.0]),
        ("FooServe delivers a 20% utilization gain over vLLM.", [20.0]),
    ],
)
def test_a_level_of_efficiency_or_utilization_is_not_a_claim(
    nlp: Language, sentence: str, values: list[float]
) -> None:
    """Written for this test (the corpus has only the levels): a level reached is no claim, a
    change of one is."""
    paper = Paper(id="test", title="FooServe: Fast LLM Serving", abstract=sentence)
    assert [c.value for c in extract_paper(paper, nlp).claims] == values


@pytest.mark.slow
def test_a_while_tail_takes_every_baseline_of_its_clause(nlp: Language) -> None:
    """Written for this test, after TPI-LLM's gold (CLAIMS.md: a "while" tail takes the
    baseline of the clause it hangs on; that clause compares against two systems)."""
    sentence = (
        "FooServe is 2x faster than vLLM and 3x faster than Orca, while using 40% less memory."
    )
    paper = Paper(id="test", title="FooServe: Fast LLM Serving", abstract=sentence)
    claims = extract_paper(paper, nlp).claims
    assert [(c.baseline, c.value, c.metric) for c in claims] == [
        ("vLLM", 2.0, "speedup"),
        ("Orca", 3.0, "speedup"),
        ("vLLM", 40.0, "memory"),
        ("Orca", 40.0, "memory"),
    ]


MPCVIT = (
    "MPCViT: Searching for Accurate and Efficient MPC-Friendly Vision Transformer with "
    "Heterogeneous Attention"
)


@pytest.mark.slow
def test_two_respectively_lists_pair_with_one_list_of_baselines(claims_of: ClaimsOf) -> None:
    sentence = (
        "With extensive experiments, we demonstrate that MPCViT achieves 1.9%, 1.3% and 3.6% "
        "higher accuracy with 6.2x, 2.9x and 1.9x latency reduction compared with baseline ViT, "
        "MPCFormer and THE-X on the Tiny-ImageNet dataset, respectively."
    )
    assert [(c.baseline, c.value, c.unit, c.metric) for c in claims_of(MPCVIT, sentence)] == [
        ("ViT", 1.9, "%", "accuracy"),
        ("MPCFormer", 1.3, "%", "accuracy"),
        ("THE-X", 3.6, "%", "accuracy"),
        ("ViT", 6.2, "x", "latency"),
        ("MPCFormer", 2.9, "x", "latency"),
        ("THE-X", 1.9, "x", "latency"),
    ]


@pytest.mark.slow
def test_respectively_pairs_slashed_subjects_with_their_numbers(claims_of: ClaimsOf) -> None:
    sentence = (
        "Specifically, our 2-bit DeiT-T/DeiT-S algorithms outperform the previous "
        "state-of-the-art by 9.8% and 7.7%, respectively."
    )
    claims = claims_of("Oscillation-free Quantization for Low-bit Vision Transformers", sentence)
    assert [(c.subject, c.value) for c in claims] == [("DeiT-T", 9.8), ("DeiT-S", 7.7)]


@pytest.mark.slow
def test_a_leading_comparison_reaches_every_number_and_metrics_follow_their_nouns(
    claims_of: ClaimsOf,
) -> None:
    title = "CacheGen: Fast Context Loading for Language Model Applications"
    sentence = (
        "Compared to recent methods that handle long contexts, CacheGen reduces bandwidth usage "
        "by 3.7-4.3x and the total delay in fetching and processing contexts by 2.7-3x while "
        "maintaining similar LLM performance on various tasks as loading the text contexts."
    )
    assert [
        (c.baseline, c.baseline_kind, c.value, c.metric) for c in claims_of(title, sentence)
    ] == [
        ("recent methods", "generic", 3.7, "communication"),
        ("recent methods", "generic", 2.7, "latency"),
    ]


@pytest.mark.slow
def test_a_baseline_with_its_own_number_carries_past_a_new_verb(claims_of: ClaimsOf) -> None:
    """CLAIMS.md: a baseline carries forward to later numbers about the same subject that
    state none; "outperforms X and delivers 3x" (X with no number of its own) still does not."""
    title = "FlashFFTConv: Efficient Convolutions for Long Sequences with Tensor Cores"
    sentence = (
        "FlashFFTConv speeds up exact FFT convolutions by up to 7.93times over PyTorch and "
        "achieves up to 4.4times speedup end-to-end."
    )
    assert [(c.baseline, c.value) for c in claims_of(title, sentence)] == [
        ("PyTorch", 7.93),
        ("PyTorch", 4.4),
    ]


@pytest.mark.slow
def test_an_amount_is_no_subject(claims_of: ClaimsOf) -> None:
    title = "Sequence Parallelism: Long Sequence Training from System Perspective"
    sentence = (
        "With sparse attention, sequence can handle sequence with over 114K tokens, which is "
        "over 27times longer than existing sparse attention works holding the whole sequence on "
        "a single device."
    )
    assert [(c.subject, c.value) for c in claims_of(title, sentence)] == [
        ("Sequence Parallelism", 27.0)
    ]


def test_a_metric_word_inside_a_hyphenated_name_is_no_metric() -> None:
    from claimgraph.lexicon import metric_in

    assert metric_in("for both R-FCN and Faster-RCNN") is None
    assert metric_in("2x faster decoding") == "speedup"
