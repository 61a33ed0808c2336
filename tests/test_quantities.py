"""``claimgraph.quantities``: numbers, units, ranges, qualifiers and sentences, without spaCy.

Every fragment is taken from the project's own material (the bundled corpus, ``data/*.txt``,
and the gold and reading sets) or made up in the same pattern; an id that says "(adapted)"
marks a written form that material has no instance of, so a fragment is re-typed the way
other sources write it (``2.88times`` is LaTeX ``2.88\\times`` that lost its
backslash; the same number reaches us as ``2.88×`` or ``$2.88\\times$`` from other dumps).
"""

from __future__ import annotations

import pytest

from claimgraph.quantities import (
    Quantity,
    find_quantities,
    parse_number,
    qualifier_after,
    qualifier_before,
    split_sentences,
)

Read = tuple[float, float | None, str]
"""(value, value_max, unit) of one quantity."""


def reads(sentence: str) -> list[Read]:
    quantities = find_quantities(sentence)
    for q in quantities:  # offsets always point at the text the number was read from
        assert sentence[q.start : q.end] == q.text
    return [(q.value, q.value_max, q.unit) for q in quantities]


def qualifiers(sentence: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.qualifier) for q in find_quantities(sentence)]


# -- one written form each ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(
            "improving the MFU by 1.34x compared to Megatron-LM", [(1.34, None, "x")], id="2.8x"
        ),
        pytest.param(
            "improving the MFU by 1.34× compared to Megatron-LM",
            [(1.34, None, "x")],
            id="2.8× (adapted)",
        ),
        pytest.param(
            "a 2.02 times throughput improvement compared to TensorRT-LLM",
            [(2.02, None, "x")],
            id="2.8 times",
        ),
        pytest.param(
            "COMET achieves a kernel-level speedup of 2.88times over cuBLAS",
            [(2.88, None, "x")],
            id="2.8times glued",
        ),
        pytest.param(
            "COMET achieves a kernel-level speedup of $2.88\\times$ over cuBLAS",
            [(2.88, None, "x")],
            id="LaTeX $2.8\\times$ (adapted)",
        ),
        pytest.param(
            # made up: LaTeX math that opens between the number and its sign, as preprints write
            "reducing energy per token by up to 48.6$\\%$ and latency by 12$\\%$.",
            [(48.6, None, "%"), (12.0, None, "%")],
            id="LaTeX 48.6$\\%$ (made up)",
        ),
        pytest.param(
            "outperform the supervised ViTs of similar size by 0.8\\% and 1.0\\% classification",
            [(0.8, None, "%"), (1.0, None, "%")],
            id="LaTeX 0.8\\%",
        ),
        pytest.param(
            "SkipPipe reduces training iteration time by up to 55% compared to full pipeline",
            [(55.0, None, "%")],
            id="55%",
        ),
        pytest.param(
            "up to 32K tokens, four-fold the length of the longest sequence",
            [(4.0, None, "x")],
            id="four-fold",
        ),
        pytest.param(
            "yields an 8-fold reduction in memory", [(8.0, None, "x")], id="8-fold (adapted)"
        ),
        pytest.param(
            "reducing required bandwidth by two orders of magnitude.",
            [(100.0, None, "x")],
            id="two orders of magnitude",
        ),
        pytest.param(
            "our model outperforms RNN's while also running over five times faster",
            [(5.0, None, "x")],
            id="five times",
        ),
        pytest.param(
            "PPO is about twice as slow as ReMax per iteration", [(2.0, None, "x")], id="twice"
        ),
        pytest.param("delivers a ×2.5 speedup over vLLM.", [(2.5, None, "x")], id="×2.5"),
        pytest.param(
            "delivers a $\\times$2 speedup over vLLM", [(2.0, None, "x")], id="LaTeX $\\times$2"
        ),
        # made up (synth zf: classic papers spell their numbers out; none of the project's
        # real abstracts does before "percent")
        pytest.param(
            "reduces mean response time by twenty-five percent relative to TCP Reno",
            [(25.0, None, "%")],
            id="twenty-five percent (made up)",
        ),
        pytest.param(
            "serves between twenty and forty percent more requests per second than Flash",
            [(20.0, 40.0, "%")],
            id="between twenty and forty percent (made up)",
        ),
        pytest.param(
            "completes the benchmarks between six and eleven times faster than NFS",
            [(6.0, 11.0, "x")],
            id="between six and eleven times (made up)",
        ),
        pytest.param(
            "reduces checkpoint size by a factor of between three and twenty",
            [(3.0, 20.0, "x")],
            id="a factor of between three and twenty (made up)",
        ),
        pytest.param(
            "the phones woke up a median of 410 times per hour of standby",
            [],
            id="410 times per hour: a frequency (made up)",
        ),
    ],
)
def test_written_form(fragment: str, expected: list[Read]) -> None:
    assert reads(fragment) == expected


def test_latex_dollar_is_not_part_of_the_quantity() -> None:
    sentence = "COMET achieves a kernel-level speedup of $2.88\\times$ over cuBLAS"
    (quantity,) = find_quantities(sentence)
    assert quantity.text == "2.88\\times"


# -- ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(
            "the proposed concurrent B-skiplist achieves between 2x-9x higher throughput",
            [(2.0, 9.0, "x")],
            id="2x-9x",
        ),
        # a range after "a factor of", with its sign or without
        pytest.param(
            "our allocator beats the stock one by a factor of 1.5 for small objects and by a "
            "factor of 1.6–2.5 for large objects",
            [(1.5, None, "x"), (1.6, 2.5, "x")],
            id="factor of 1.6-2.5",
        ),
        pytest.param(
            "the miss rate of the page cache drops by a factor of 2-3X in most runs",
            [(2.0, 3.0, "x")],
            id="factor of 2-3X",
        ),
        # (a factor's decimals are part of it: "a factor of 3.5 times" is not 3)
        pytest.param(
            "reduces the footprint by a factor of 3.5 times", [(3.5, None, "x")], id="3.5"
        ),
        pytest.param(
            "FSMoE outperforms the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel)"
            " by 1.18times-1.22times on 1458 MoE layers",
            [(1.18, 1.22, "x")],
            id="1.18times-1.22times",
        ),
        pytest.param(
            "runtime speedup (2-4times compared to optimized baselines)",
            [(2.0, 4.0, "x")],
            id="2-4times",
        ),
        pytest.param(
            "reducing the average end-to-end latency per request by 1.27-2.58x on DeepSeek series",
            [(1.27, 2.58, "x")],
            id="1.27-2.58x",
        ),
        pytest.param(
            "resulting in a 5% to 51% improvement in throughput compared to naive approaches",
            [(5.0, 51.0, "%")],
            id="5% to 51%",
        ),
        pytest.param(
            "the proposed concurrent B-skiplist achieves between 2x and 9x higher throughput",
            [(2.0, 9.0, "x")],
            id="between 2x and 9x (adapted)",
        ),
        pytest.param(
            "the B-skiplist achieves competitive (0.9x-1.7x) throughput on point workloads",
            [(0.9, 1.7, "x")],
            id="0.9x-1.7x below one",
        ),
        pytest.param(
            "achieves between 3.5x-103x lower 99% latency compared to other concurrent skiplists",
            [(3.5, 103.0, "x"), (99.0, None, "%")],
            id="3.5x-103x then a percentile",
        ),
        pytest.param(
            "gSampler introduces sampling speedups of 1.14--32.7× and an average speedup of 6.54×",
            [(1.14, 32.7, "x"), (6.54, None, "x")],
            id="LaTeX en dash 1.14--32.7x after 'speedups of'",
        ),
        pytest.param(
            "8 times faster queries, 2--6 times higher disk utilization",
            [(8.0, None, "x"), (2.0, 6.0, "x")],
            id="LaTeX en dash 2--6 times",
        ),
        pytest.param(
            "reaching training speedups of 1.18$\\times$ to 11.26$\\times$ over the old code",
            [(1.18, 11.26, "x")],
            id="speedups of 1.18$x$ to 11.26$x$ (LaTeX after 'speedups of')",
        ),
        pytest.param(
            "the new server gets 3.3–5.5 higher throughput (and so 25–41.3% lower cost)",
            [(3.3, 5.5, "x"), (25.0, 41.3, "%")],
            id="3.3-5.5 higher: a range that lost its sign",
        ),
        pytest.param(
            "we measure a speed-up varying from 1.2x up to 4.5x across the traces we replay",
            [(1.2, 4.5, "x")],
            id="varying from 1.5x up to 6.5x",
        ),
        pytest.param(
            # not after "from": two numbers, the second "up to"
            "a speed-up of 1.2x up to 4.5x across the traces we replay",
            [(1.2, None, "x"), (4.5, None, "x")],
            id="1.5x up to 6.5x without from (adapted)",
        ),
        pytest.param(
            # made up (synth ym010): a setting's whole number, then a decimal factor
            "up to 3.1x faster than cuBLAS at batch size 128 and 1.8x faster than AWQ's kernels",
            [(3.1, None, "x"), (1.8, None, "x")],
            id="batch size 128 and 1.8x: a count, then a factor (made up)",
        ),
        pytest.param(
            "speedups of 2 and 3.5x, and reductions of 20 and 35%",
            [(2.0, None, "x"), (3.5, None, "x"), (20.0, None, "%"), (35.0, None, "%")],
            id="2 and 3.5x: a small whole number shares the factor's sign (made up)",
        ),
    ],
)
def test_range(fragment: str, expected: list[Read]) -> None:
    assert reads(fragment) == expected


# -- qualifiers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(
            "The results show up to 48times faster checkpointing", [(48, "up_to")], id="up to"
        ),
        pytest.param("migration MTTR drops by as much as 51%", [(51, "up_to")], id="as much as"),
        # "average" before the noun of the change, without an article (xs008, xs030)
        pytest.param(
            "achieving average speedups of 1.27× and 1.25× over cuSPARSE COO",
            [(1.27, "average"), (1.25, None)],  # the claim carries it over (extraction)
            id="average speedups of",
        ),
        pytest.param(
            "the CSR5 obtains average performance improvement of 17.6%, 28.5%, 173.0% and 293.3%",
            [(17.6, "average"), (28.5, None), (173.0, None), (293.3, None)],
            id="average performance improvement of",
        ),
        pytest.param(
            "reduces the per-epoch training time by up to 2.45x (on average 1.58x)",
            [(2.45, "up_to"), (1.58, "average")],
            id="on average before",
        ),
        pytest.param(
            "for end-to-end execution, COMET delivers a 1.71times speedup on average.",
            [(1.71, "average")],
            id="on average after",
        ),
        pytest.param(
            "Zeppelin delivers an average 2.80x speedup over state-of-the-art methods",
            [(2.8, "average")],
            id="average",
        ),
        pytest.param(
            "resulting in an average of 2.6x attention execution speedup over FlashAttention-2",
            [(2.6, "average")],
            id="an average of",
        ),
        pytest.param(
            "it brings over 11x inference speedup on GPT and 16x on LLAMA",
            [(11, "at_least"), (16, None)],
            id="over",
        ),
        pytest.param(
            "its time cost during the training stage is more than 50% less than that of other "
            "models",
            [(50, "at_least")],
            id="more than",
        ),
        pytest.param(
            "outperform both checkpointing and redundant computation by at least 12%.",
            [(12, "at_least")],
            id="at least (adapted)",
        ),
        pytest.param(
            "enhancing runtime performance by about 15% for certain applications",
            [(15, "approx")],
            id="about",
        ),
        pytest.param(
            "These yield around 2times speedup compared to FlashAttention",
            [(2, "approx")],
            id="around",
        ),
        pytest.param(
            "convergence deviation is reduced by approximately 78%.",
            [(78, "approx")],
            id="approximately",
        ),
        pytest.param(
            "leading to ~20% overheads for the attention computation in LLMs.",
            [(20, "approx")],
            id="tilde",
        ),
        pytest.param(
            "scaling attention with nearly 100% compute utilization", [(100, "approx")], id="nearly"
        ),
        pytest.param(
            "cutting error-induced overhead by roughly 30%", [(30, "approx")], id="roughly"
        ),
        pytest.param(
            "The fused kernels speed up decoding by up to 1.72x, and on average by 1.3x.",
            [(1.72, "up_to"), (1.3, "average")],
            id="and on average by",
        ),
        pytest.param(
            "it outperforms state-of-the-art fault tolerance solutions like Bamboo and Varuna by "
            "up to $29.6x$.",
            [(29.6, "up_to")],
            id="up to before LaTeX math",
        ),
        pytest.param(
            "significant end-to-end LLM inference speedups (of up to $2.8\\times$) when integrated",
            [(2.8, "up_to")],
            id="up to before LaTeX times",
        ),
        pytest.param(
            "propose a novel interleaved pipeline parallelism schedule that can improve throughput"
            " by 10+% with memory footprint comparable to existing approaches",
            [(10, "at_least")],
            id="10+%",
        ),
        pytest.param(
            "APRIL improves rollout throughput by 22.5% on average (at most 44%)",
            [(22.5, "average"), (44, "up_to")],
            id="at most in brackets",
        ),
        pytest.param(
            "while delivering up to 1.53x average speedup in token latency",
            [(1.53, "up_to")],
            id="two cues take the first",
        ),
        pytest.param(
            "by 1.18times-1.22times on 1458 MoE layers", [(1.18, None)], id="no qualifier"
        ),
    ],
)
def test_qualifier(fragment: str, expected: list[tuple[float, str | None]]) -> None:
    assert qualifiers(fragment) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("The results show up to ", "up_to"),
        ("migration MTTR drops by as much as ", "up_to"),
        ("(on average ", "average"),
        ("delivers an average ", "average"),
        ("it brings over ", "at_least"),
        ("is more than ", "at_least"),
        # (made up, synth zf015) a bound from above
        ("increases by no more than ", "up_to"),
        ("leading to ~", "approx"),
        ("performance by about ", "approx"),
        ("outperforms the best earlier training systems by ", None),
    ],
)
def test_qualifier_before(prefix: str, expected: str | None) -> None:
    assert qualifier_before(prefix) == expected


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        (" speedup on average.", "average"),
        (" on average (at most 44%)", "average"),
        (" speedup of a single MoE layer", None),
    ],
)
def test_qualifier_after(suffix: str, expected: str | None) -> None:
    assert qualifier_after(suffix) == expected


# -- pairs that are not ranges, and numbers that are not quantities ----------------------------


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(
            "improves decoding throughput by 1.31x and 2.71x compared to Medusa decoding",
            [(1.31, None, "x"), (2.71, None, "x")],
            id="1.31x and 2.71x",
        ),
        pytest.param(
            "delivers 1.3times and 3times speed-ups in the pre-filling and generation stages",
            [(1.3, None, "x"), (3.0, None, "x")],
            id="1.3times and 3times",
        ),
        pytest.param(
            "communicator recovery completes within one second (up to 82times/3.6times faster",
            [(82.0, None, "x"), (3.6, None, "x")],
            id="82times/3.6times",
        ),
        pytest.param(
            "4.96x and 5.75x speedup of a single MoE layer over 16 and 2,048 A100 GPUs",
            [(4.96, None, "x"), (5.75, None, "x")],
            id="comma thousands GPU count",
        ),
        pytest.param(
            "reduces job completion time by 34% and 1.5x compared with vLLM and an "
            "offload-everything policy, respectively",
            [(34.0, None, "%"), (1.5, None, "x")],
            id="34% and 1.5x: two units, two numbers (made up, synth yj025)",
        ),
    ],
)
def test_coordinated_numbers_are_two_quantities(fragment: str, expected: list[Read]) -> None:
    assert reads(fragment) == expected


def test_qualifier_of_a_pair_stays_on_the_first_number() -> None:
    # Carrying "up to" over to the second number is the extractor's job (carry_qualifiers).
    assert qualifiers("(up to 82times/3.6times faster than full/partial rebuilds)") == [
        (82, "up_to"),
        (3.6, None),
    ]


@pytest.mark.parametrize(
    "fragment",
    [
        pytest.param(
            "Soft-NMS improves state-of-the-art in object detection from 39.8% to 40.9% with a "
            "single model.",
            id="from 39.8% to 40.9%",
        ),
        pytest.param("lowers the miss rate from 10% to 5%", id="from 10% to 5% (adapted)"),
        pytest.param("tiled attention on 4x4 blocks", id="4x4 (adapted)"),
        pytest.param("training on 8x A100 GPUs per node", id="8x A100 (adapted)"),
        pytest.param(
            "several popular models such as LLaMA-2-70B, Mixtral 8x7B, LLaMA-3-70B",
            id="Mixtral 8x7B",
        ),
        pytest.param(
            "On SpecBench with server-scale models from 14B to 66B parameters", id="14B to 66B"
        ),
        pytest.param("on 1024 and 3072 MI250X GPUs", id="GPU counts"),
        pytest.param("when training a 175B LLM model on 12,288 GPUs", id="12,288 GPUs"),
        pytest.param("a 1024×1024 tile on A100×4 and H100 × 8 nodes", id="dimensions, counts"),
        pytest.param("the ×2a and v×2 variants", id="× inside names"),
    ],
)
def test_not_a_quantity(fragment: str) -> None:
    assert reads(fragment) == []


def test_gpu_name_mi300x_is_not_a_factor() -> None:
    assert reads("We further provide MI300X microbenchmarks on kernel sizing") == []


# -- parse_number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.31", 1.31),
        ("2,048", 2048.0),
        ("12,288", 12288.0),
        ("1,234.5", 1234.5),
        (".5", 0.5),
        ("five", 5.0),
        ("Two", 2.0),
        (" 665 ", 665.0),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


def test_comma_thousands_factor() -> None:
    # (adapted) no factor in the corpus has a thousands separator.
    assert reads("yields speedup of more than 1,917x in a 3D halo exchange") == [
        (1917.0, None, "x")
    ]


def test_quantity_is_plain_frozen_data() -> None:
    (quantity,) = find_quantities("by up to 1.98x.")
    assert quantity == Quantity(1.98, None, "x", "up_to", 9, 14, "1.98x")
    with pytest.raises(AttributeError):
        quantity.value = 2.0  # type: ignore[misc]


# -- sentences ---------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "This is particularly the case for NLP with the development of large pre-trained "
            "models (e.g. GPT, BERT) that are expected to generalize well on a variety of tasks.",
            id="e.g.",
        ),
        pytest.param(
            "In this short note, we extend recent work from Malladi et al. (2023), using shared "
            "randomness to perform distributed fine-tuning with low bandwidth.",
            id="et al.",
        ),
        pytest.param(
            "Specifically, we split the input sequence into multiple chunks and feed each chunk "
            "into its corresponding device (i.e. GPU).",
            id="i.e.",
        ),
        pytest.param(
            "This gives 11.0 pm 1.3 points of improvement, averaged across 16 recurrent LMs and "
            "the 6 ICL tasks, with 11.9times higher throughput than FlashAttention-2.",
            id="decimal point",
        ),
    ],
)
def test_abbreviations_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


def test_split_sentences() -> None:
    text = (
        "Second, ReMax reduces memory usage by about 50%. To illustrate, PPO runs out of memory "
        "when fine-tuning a Llama2-7B model on A100-80GB GPUs, whereas ReMax can support the "
        "training.  Third, in terms of wall-clock time, PPO is about twice as slow as ReMax per "
        "iteration."
    )
    assert sentences(text) == [
        "Second, ReMax reduces memory usage by about 50%.",
        "To illustrate, PPO runs out of memory when fine-tuning a Llama2-7B model on A100-80GB "
        "GPUs, whereas ReMax can support the training.",
        "Third, in terms of wall-clock time, PPO is about twice as slow as ReMax per iteration.",
    ]


def test_split_sentences_offsets_strip_white_space() -> None:
    first = "Second, ReMax reduces memory usage by about 50%."
    second = (
        "Third, in terms of wall-clock time, PPO is about twice as slow as ReMax per iteration."
    )
    text = f"  {first}\n  {second}  "
    start = len(first) + 5
    assert split_sentences(text) == [(2, 2 + len(first)), (start, start + len(second))]


def test_model_name_ending_in_capital_letter_ends_a_sentence() -> None:
    text = (
        "Specifically, our YOLOv13-N improves mAP by 3.0\\% over YOLO11-N and by 1.5\\% over "
        "YOLOv12-N. The code and models of our YOLOv13 model are available at: "
        "https://github.com/iMoonLab/yolov13."
    )
    assert len(sentences(text)) == 2


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence() -> None:
    # real text (reading set xm070): "... training massive models.We demonstrate ..."
    text = (
        "thus significantly reducing the cost of training massive models.We demonstrate the "
        "efficacy of Varuna by training massive models. Node.js and e.g. Fig. 3 stay whole."
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "thus significantly reducing the cost of training massive models.",
        "We demonstrate the efficacy of Varuna by training massive models.",
        "Node.js and e.g. Fig. 3 stay whole.",
    ]


def test_ranges_of_every_form_keep_low_before_high() -> None:
    # found by the fuzz test: "factor of 0 to 0" gave a range of one value
    assert [(q.value, q.value_max) for q in find_quantities("a factor of 0 to 0")] == [(0.0, None)]
    assert [
        (q.value, q.value_max) for q in find_quantities("a factor ranging from 3.2 to 2.2")
    ] == [(2.2, 3.2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The results show that gSampler introduces sampling speedups of 1.14--32.7× and an "
            "average speedup of 6.54×, compared to state-of-the-art GPU-based graph sampling "
            "systems such as DGL, which translates into an overall time reduction of over 40% for "
            "graph learning. gSampler is open-source at https://tinyurl.com/29twthd4.",
            2,
            id="gSampler",
        ),
        pytest.param(
            "We build eFlash, a tiered cache for flash arrays. eFlash has two parts: a placement "
            "arbiter that picks a tier for each block, and a flush scheduler that batches writes.",
            2,
            id="eFlash (made up)",
        ),
        # "e.g. vLLM" stays one sentence: an abbreviation, not a full stop
        pytest.param(
            "Existing serving systems (e.g. vLLM) batch requests of many lengths together.",
            1,
            id="e.g. vLLM (adapted)",
        ),
    ],
)
def test_a_name_with_a_lower_case_first_letter_starts_a_sentence(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param(
            "In total, 4-times disk throughput improvement, 60% power draw reduction",
            [(4.0, None, "x"), (60.0, None, "%")],
            id="4-times",
        ),
        pytest.param(
            "we see over one-order of magnitude faster runs on small and large inputs alike",
            [(10.0, None, "x")],
            id="one-order of magnitude",
        ),
    ],
)
def test_a_hyphen_between_a_number_and_its_unit(fragment: str, expected: list[Read]) -> None:
    assert reads(fragment) == expected


def test_averaging_is_the_average_qualifier() -> None:
    sentence = (
        "Our measurements show a wide gap in latency, averaging 12.5 times slower on phones "
        "and 3.2 times slower on laptops than on a server."
    )
    # (the second number takes it when the extractor carries qualifiers over a list)
    assert [(q.value, q.qualifier) for q in find_quantities(sentence)] == [
        (12.5, "average"),
        (3.2, None),
    ]


def test_a_range_of_orders_of_magnitude_written_in_words() -> None:
    sentence = (
        "With this filter, the video query engine gets two to three order of magnitude "
        "speed-ups (265-15,500× real-time) on the tested clips"
    )
    assert [(q.value, q.value_max) for q in find_quantities(sentence)] == [
        (100.0, 1000.0),
        (265.0, 15500.0),
    ]
    assert [q.value for q in find_quantities("a speedup of 2-3 orders of magnitude")] == [100.0]


def test_an_order_of_magnitude_written_with_hyphens() -> None:
    sentence = (
        "Extensive evaluations demonstrate that Parrot can achieve up to an order-of-magnitude "
        "improvement for popular and practical use cases of LLM applications."
    )
    assert [(q.value, q.qualifier) for q in find_quantities(sentence)] == [(10.0, "up_to")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range written as two LaTeX formulas around a dash
        (
            "Together, the kernels reach speedups of $1.7\\times$ – $3.5\\times$ on 2–6 small "
            "boards with under 23 MB of memory each.",
            [(1.7, 3.5, "x")],
        ),
        # two formulas joined by "and" are two numbers
        (
            "our scheme cuts read latency by $44.3\\%$ and $47.9\\%$ on the two drives, "
            "respectively.",
            [(44.3, None, "%"), (47.9, None, "%")],
        ),
        # LaTeX's "\sim" is the tilde of "2~5x": a range
        (
            "The cluster's job throughput rises by $2.16 \\times \\sim 2.80 \\times$ across the "
            "tested mixes.",
            [(2.16, 2.8, "x")],
        ),
        (
            "Our experimental results demonstrate 1.53$\\times$~20.57$\\times$ throughput "
            "improvement",
            [(1.53, 20.57, "x")],
        ),
        # made up (session 22, real sa): the "\sim" closes its formula before a space
        (
            "Tern achieves over 1.8$\\times \\sim$ 4.5$\\times$ speedups against autoregressive "
            "decoding.",
            [(1.8, 4.5, "x")],
        ),
        (
            "It lowers latency by 20$\\% \\sim$ 35$\\%$ across the traces.",
            [(20.0, 35.0, "%")],
        ),
    ],
)
def test_latex_formulas_around_a_dash_or_an_and(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(q.value, q.value_max, q.unit) for q in find_quantities(sentence)] == expected


def test_a_times_sign_a_page_decoded_in_another_code_page() -> None:
    # "×" (UTF-8 C3 97) read as Windows-1253 is "Γ—", as Windows-1252 "Ã—"
    sentence = (
        "Our index gives up to 11Γ— more throughput and a 43Γ— cut in its 99% tail latency "
        "versus earlier persistent trees."
    )
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [
        (11.0, "x"),
        (43.0, "x"),
        (99.0, "%"),
    ]
    assert [q.value for q in find_quantities("a 2.5Ã— speedup")] == [2.5]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # two numbers joined by a slash share the unit written after the second
        ("the new store performs better (up-to 2.9/2.3 times)", [2.9, 2.3]),
        # each with its unit
        ("gives 5.6X/5.1X improvement at best in compaction throughput", [5.6, 5.1]),
        ("raise query throughput by up to 61.8%/49.0%", [61.8, 49.0]),
        # a fraction, a clock or a protocol pair is no number pair
        ("cutting startup time by 1/3 on laptops and 2x on phones", [2.0]),
        ("in 24/7 operation it is 3x faster", [3.0]),
    ],
)
def test_numbers_joined_by_a_slash(fragment: str, expected: list[float]) -> None:
    assert [q.value for q in find_quantities(fragment)] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # page damage glues the number to the word before it: "by2.4 times", "up to20%"
        ("it speeds up the merge step by2.4 times over the old code.", 2.4, "x"),
        ("clear gains in query throughput, up to20%.", 20.0, "%"),
    ],
)
def test_a_number_glued_to_by_or_to_is_still_read(text: str, value: float, unit: str) -> None:
    [quantity] = find_quantities(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["we fine-tune a Llama-to2 model", "on A100 GPUs"])
def test_a_number_glued_to_another_word_is_part_of_a_name(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model number after a product's name: "on Nexus 5X", "an LG Nexus 5X smartphone"
        (
            "It was built on a Nexus 5X, and its power draw was measured with 13 apps.",
            [],
        ),
        (
            "The prototype runs on an LG Nexus 5X smartphone, and we test it with several 3-D "
            "games.",
            [],
        ),
        # (a factor after a name that changes something is a factor)
        ("Quokka answers the queries 40X faster than Apache Hive.", [40.0]),
        ("the tail latency of Otter is 3.6X lower than that of Raft", [3.6]),
    ],
)
def test_a_model_number_after_a_product_name_is_no_factor(text: str, expected: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter x before the number: "by a factor of x2.5", "at least x4 lower latency and
        # x12 higher throughput"
        ("We beat the old stencil code by a factor of x2.5 on the largest grids.", [2.5]),
        (
            "The switch design gives at least x4 lower latency and x12 higher throughput for a "
            "replicated store.",
            [4.0, 12.0],
        ),
        # an architecture or an interface is no factor
        ("an up to 10x higher throughput than a plain x86-based server", [10.0]),
        ("We evaluate on the x86 and SPARC architectures and the x32 host interface.", []),
    ],
)
def test_a_factor_written_with_a_leading_x(text: str, expected: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foo halves the memory footprint of vLLM.", [(2.0, "x")]),
        # the noun is no factor
        ("It splits the model into two halves, reducing memory by 30%.", [(30.0, "%")]),
        # a factor at the end of a sentence
        ("We outperform Pochoir by a factor of x2.5.", [(2.5, "x")]),
    ],
)
def test_halves_and_a_leading_x_at_the_edges(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_qualifier_glued_to_its_number_still_counts() -> None:
    [quantity] = find_quantities("clear gains in query throughput, up to20%.")
    assert quantity.qualifier == "up_to"


def test_a_year_is_no_first_number_of_a_pair() -> None:
    text = (
        "Our tracer achieves 2.38 times speedup on SPEC 2006 and 2.43 times on common tools, "
        "respectively."
    )
    assert [q.value for q in find_quantities(text)] == [2.38, 2.43]
    # a factor that large with its own sign stays
    assert [q.value for q in find_quantities("reduces it by 2000x and 3x")] == [2000.0, 3.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised name before a factor is no product when a verb compares it
        ("Sparkle outperforms Hadoop 10X on iterative jobs.", [(10.0, None)]),
        # a bare number after "and" continues only a lost-sign speedup right before it
        (
            "HPCX achieves a 14.2 speedup on 16 cores and 32 compared to the sequential code.",
            [(14.2, None)],
        ),
        # "times" is the high end's sign; "respectively" makes two numbers of "2 and 4"
        ("cuts the time by a factor of 2 to 3 times", [(2.0, 3.0)]),
        ("cuts the time by a factor of 2-3 times", [(2.0, 3.0)]),
        (
            "reduces latency and energy by a factor of 2 and 4, respectively",
            [(2.0, None), (4.0, None)],
        ),
    ],
)
def test_guards_on_factors_near_names_and_ranges(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_max) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each number of a list after a factor whose sign was lost, in a setting of its own
        (
            "Tests show that our decoder reaches up to 6.5 speedup on RTX 3090, 3.9 on A100, "
            "and 7.2 on H100, versus a plain FP16 kernel.",
            [6.5, 3.9, 7.2],
        ),
        # "and by up to N for ..."
        (
            "Our store improves P99 read latency by up to 4.8 for small keys and by up to 12.5 "
            "for large keys, and cuts write stalls by up to 60%.",
            [4.8, 12.5, 60.0],
        ),
        # "with an average of N", "N and M, respectively"
        (
            "Against the interpreter, our JIT reached a top speedup of 2.205, with an average "
            "of 1.093.",
            [2.205, 1.093],
        ),
        ("Our peak speedups are 4.25 and 2.75, respectively.", [4.25, 2.75]),
        # a setting too long for the number to continue its factor: the bare number still
        # follows a speed-up whose sign was lost
        (
            "Kestrel achieves a 900 speed-up in encoding and encryption time compared to a "
            "multi-core CPU, and 150 over the best prior accelerator.",
            [900.0, 150.0],
        ),
        # not a count of things after it, nor a number after a factor that kept its sign
        ("It achieves a speedup of 2.5 with 8 GPUs, 16 nodes and 4 racks.", [2.5]),
        ("It is up to 2.1x faster on A100, and 16 on H100.", [2.1]),
        # a setting that ends in a number goes on with the next one; "2,048" is one number
        ("a speedup of 2.5 with batch size 32, 64 and 128.", [2.5]),
        ("The speedup is 2.5 on 1, 2, 4 and 8 GPUs.", [2.5]),
        ("a speedup of 2.5 on CUDA 11, and 12", [2.5]),
        ("a speedup of 2.5 on A100, and 2,048 on H100.", [2.5]),
        ("a speedup of 2.5 with sequence length 4,096, and 8,192.", [2.5]),
    ],
)
def test_a_number_coordinated_with_a_lost_sign_factor_is_a_factor(
    text: str, expected: list[float]
) -> None:
    quantities = find_quantities(text)
    assert [q.value for q in quantities] == expected
    assert all(q.unit == "x" for q in quantities if q.value != 60.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal whose sign was lost before a measure of two words
        (
            "Adding locality hints to the router gives a 1.37 MoE layer speedup at only 0.4% "
            "extra memory.",
            [(1.37, "x"), (0.4, "%")],
        ),
        (
            "On the FPGA board, our kernel reaches a 2.2 throughput improvement and 2.9 LUT "
            "efficiency improvement, respectively.",
            [(2.2, "x"), (2.9, "x")],
        ),
        (
            "The tuned scheduler reaches up to 9.0 deadline-bounded goodput improvement on "
            "one node.",
            [(9.0, "x")],
        ),
        # not a score, which changes by points; not a unit; not a count of things
        ("This gives 11.0 pm 1.3 points of improvement, averaged across 16 recurrent LMs.", []),
        ("It yields a 0.8 BLEU score improvement and a 1.2 ROUGE improvement.", []),
        ("By contrast, edge caches show a 30–120 ms latency reduction.", []),
        ("We observe 3 GPU node speedup and 2.5 times throughput improvement.", [(2.5, "x")]),
        ("It gives a 1.7 mIoU improvement and a 4.2 Top-1 improvement.", []),
        ("It shows a 3.5 Gbps throughput increase and 1.5 sec latency reduction.", []),
        ("Linux 5.15 kernel scheduler improvements help.", []),
        # a factor whose sign kept a space before it is read the regular way
        ("It achieves a 2.5 x throughput improvement.", [(2.5, "x")]),
        ("which is similar to 120 x energy reduction", [(120.0, "x")]),
    ],
)
def test_a_decimal_that_lost_its_sign_before_a_measure_of_two_words(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number in parentheses after a factor whose sign was lost
        (
            "The new vertex order outperforms earlier orders by 1.83 on average (up to 3.34) in "
            "total time.",
            [(1.83, "average"), (3.34, "up_to")],
        ),
        (
            "The fused kernels reach up to 10 speedup (median 2.6).",
            [(10.0, "up_to"), (2.6, None)],
        ),
        # not a setting in parentheses
        ("It achieves a speedup of 2.5 (up to 8 GPUs).", [(2.5, None)]),
        ("a speedup of 2.5 (median 32 nodes)", [(2.5, None)]),
    ],
)
def test_a_number_in_parentheses_after_a_lost_sign_factor_is_a_factor(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    quantities = find_quantities(text)
    assert [(q.value, q.qualifier) for q in quantities] == expected
    assert all(q.unit == "x" for q in quantities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # made up (synth yw, yi): a measure written as a factor falls from one level to another;
        # no range goes from high to low, and no claim is read
        (
            "SwapLane reduces the performance slowdown from 2.7x to 1.35x compared with local "
            "memory.",
            [],
        ),
        ("Cadence reduces the worst-case slowdown of any application from 2.3x to 1.4x.", []),
        # made up (session 19): a qualifier of the first level between "from" and the number
        ("Ballast reduces the slowdown of compression from as high as 3.1x to 1.40x.", []),
        ("Ballast lowers the tail slowdown from about 2.5x to 1.2x.", []),
        # real (reading xm013): a range of speedups, from its low end
        (
            "Experimental results show that OpenRLHF achieves superior training efficiency with "
            "speedups ranging from 1.22× to 1.68× across different model sizes",
            [(1.22, 1.68)],
        ),
        # a range from its low end needs no "ranging"
        ("speedups from 1.2x to 2.8x over TVM", [(1.2, 2.8)]),
        # ... and "ranging" keeps a range written from its high end
        ("a factor ranging from 3.2 to 2.2", [(2.2, 3.2)]),
        # ... and a cut that rises is a range of cuts, qualified or not
        ("saves energy from about 12% to 31%", [(12.0, 31.0)]),
    ],
)
def test_a_factor_falling_from_one_level_to_another_is_no_range(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_max) for q in find_quantities(text)] == expected


def test_a_latex_sign_escaped_twice_is_a_factor_or_a_percentage() -> None:
    # made up (session 21, real rt): a source that escaped its backslashes twice
    assert [(q.value, q.unit) for q in find_quantities("improves it by 1.61\\\\times")] == [
        (1.61, "x")
    ]
    assert [(q.value, q.unit) for q in find_quantities("over 2.3 \\\\times faster")] == [(2.3, "x")]
    assert [(q.value, q.unit) for q in find_quantities("more than 20\\\\% error reduction")] == [
        (20.0, "%")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # made up (session 21, real rg, synth zp): a geometric mean is an average
        "Tern reaches a 1.36x geomean speedup over XLA.",
        "Tern achieves a 2.89x geometric-mean MoE-layer speedup.",
        "Tern achieves a geometric mean speedup of 1.5x over XLA.",
    ],
)
def test_a_geometric_mean_is_an_average_made_up(sentence: str) -> None:
    assert [q.qualifier for q in find_quantities(sentence)] == ["average"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 22, real sb): the high end of a range may be a bound
        ("Tern improved the performance of PCRE2 by 3.1x to over 100x.", [(3.1, 100.0, "x")]),
        ("Queries run 20% to more than 60% faster.", [(20.0, 60.0, "%")]),
        # ... two numbers, each with its own "over", stay two
        (
            "Tern is over 3x faster on reads and over 5x faster on writes.",
            [(3.0, None, "x"), (5.0, None, "x")],
        ),
    ],
)
def test_a_range_whose_high_end_is_a_bound_made_up(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(q.value, q.value_max, q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up (session 22, real rt): a device's model number before "and" is no low end,
        # and the number after it may open a range of its own
        (
            "Tern improves throughput by 1.6x-1.8x on the RTX 4090 and 1.5x-1.7x on the L40S.",
            [(1.6, 1.8, "x"), (1.5, 1.7, "x")],
        ),
        ("Tern is faster on the A6000 and 20%-30% cheaper on spot VMs.", [(20.0, 30.0, "%")]),
        # ... a setting's number then one factor stays one factor
        ("At batch size 128 and 1.8x faster decoding, Tern wins.", [(1.8, None, "x")]),
    ],
)
def test_a_range_after_a_model_number_and_and_made_up(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(q.value, q.value_max, q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    "fragment",
    [
        # made up (session 23, real sd): a vendor or product line after a factor names devices
        pytest.param("profiled on 2x NVIDIA RTX PRO 6000 Blackwell GPUs", id="2x NVIDIA ... GPUs"),
        pytest.param("a server with 4x RTX 4090, and 2x Intel Xeon Gold 6248 CPUs", id="4x RTX"),
        pytest.param("trained on 8x AMD Instinct MI250 accelerators", id="8x AMD"),
    ],
)
def test_a_count_of_devices_is_not_a_factor_made_up(fragment: str) -> None:
    assert reads(fragment) == []


def test_a_factor_of_a_vendors_library_is_still_a_factor_made_up() -> None:
    # (session 23) the vendor opens a library's name, not a device's
    assert reads("reaches 2x NVIDIA cuBLAS throughput on GEMMs") == [(2.0, None, "x")]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # made up (session 23, real sd): "factors of", one factor per case, as "a factor of"
        ("reduces the excess loss by factors of 3.3-27.9 relative to X", [(3.3, 27.9, "x")]),
        ("improves read latency by factors of two to ten over NFS", [(2.0, 10.0, "x")]),
        ("lowers latency by a factor of 2 to three over NFS", [(2.0, 3.0, "x")]),
        # ... not the factors of a thing
        ("the key factors of 5G adoption are cost and coverage", []),
    ],
)
def test_factors_of_made_up(fragment: str, expected: list[Read]) -> None:
    assert reads(fragment) == expected
