"""Word-level knowledge the extractor uses: what looks like a name, and metric words.

These are general facts about how ML-systems abstracts are written (generic acronyms,
hardware names, metric vocabulary), not facts about any one paper.
"""

from __future__ import annotations

import re

# Acronyms of generic classes of things: naming one does not name a system.
GENERIC_ACRONYMS = frozenset(
    s.lower()
    for s in """
    AI ML DL NLP CV RL LLM LM VLM MLLM SLM MoE MoEs SSM RNN CNN DNN GNN MLP NN KV API SLO SLOs
    QPS TTFT TPOT MFU HFU FLOP FLOPs FLOPS GPU CPU TPU NPU GPUs CPUs TPUs NPUs HPC SOTA SoTA
    FP32 FP16 BF16 FP8 INT8 INT4 FP4 E2E SGD PEFT RAG ASR OCR IO I/O HBM SRAM DRAM PCIe NVLink
    RDMA CUDA TP PP DP EP SP IID OOD ID ICL CoT QA NMS SMs SM KD PTQ QAT VM VMs
    LLMs LMs SSMs RNNs CNNs DNNs GNNs MLPs VLMs
    DBMS OLTP OLAP SQL IoT LSM WAN LAN SpMV SpMM SpGEMM SpTRSV GEMM FFT ANN ANNS JIT
    """.split()
)
_HARDWARE = re.compile(
    r"^(?:[AHVTLBP]\d{2,3}[A-Za-z0-9-]*|RTX\s?\w+|GTX\s?\w+|MI\d{2,3}\w*|TPUv?\d\w*|Gaudi\d?|"
    r"Ascend(?:\s?\d+\w*)?|NVIDIA\s+[AHVTLB]\d{2,3}\w*|Jetson\w*|Xeon\w*|EPYC\w*)$"
)
# Capitalised words that begin clauses or titles rather than names.
_COMMON_CAPITALISED = frozenset(
    """
    The A An Our We This These That Those It Its In On For With Across When While Compared
    However Moreover Furthermore Specifically Finally Additionally Experimental Experiments
    Extensive Results Evaluation Evaluations Overall Besides Notably Further Also And Or But
    Using Based Unlike Under To Through By As At From Via Over Against Relative Without
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """.split()
)
# (a code's parameters written against its name are part of it: "RS(10,4)", "LRC(12,2,2)")
# (a LaTeX dash of two or three hyphens ends a word: "EMBark---a comprehensive solution")
_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’+#.]|-(?!-))*[\w+#](?:\(\d+(?:,\d+)+\))?|[A-Za-z0-9]")
_PROPER_CONNECTORS = frozenset({"of", "de", "von"})
# Common nouns that may follow a name without ending it being the head ("Medusa decoding").
_HEAD_NOUNS = frozenset(
    """
    decoding implementation implementations library libraries framework frameworks kernel kernels
    baseline baselines system systems engine engines model models attention server runtime
    compiler scheduler algorithm method approach variant version serving inference training
    algorithms methods approaches variants versions
    """.split()
)


# Kinds of system in the singular: "framework, ONNX Runtime" puts a name in apposition to one.
SINGULAR_KINDS = frozenset(
    "framework compiler system library engine runtime server scheduler implementation "
    "baseline tool database store platform".split()
)

# Words that mark what is compared against, another's work ("existing systems", "a
# state-of-the-art scheduler"); not "popular", which may describe a workload ("various
# popular applications")
ANOTHERS_WORK = (
    r"(?:baselines?|existing|state[\s-]of[\s-]the[\s-]art|sota|prior|previous|conventional|"
    r"default|standard|vanilla|traditional|naive|original|current|competing|leading|"
    r"off-the-shelf)"
)
_BASELINE_CLASS = re.compile(rf"\b{ANOTHERS_WORK}\b", re.IGNORECASE)


def names_a_baseline_class(phrase: str) -> bool:
    """Whether a common-noun phrase describes what is compared against ("existing
    systems", "the baseline"), rather than a workload or a setting."""
    return bool(_BASELINE_CLASS.search(phrase))


def singular(noun: str) -> str:
    """The singular of a plural common noun ("strategies", "approaches", "systems")."""
    lowered = noun.lower()
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("ches", "shes", "sses", "xes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        return lowered[:-1]
    return lowered


def is_generic_acronym(name: str) -> bool:
    bare = re.sub(r"['’]s$", "s", name.strip()).lower()  # "RNN's" is the plural RNNs
    if bare in GENERIC_ACRONYMS or bare.removesuffix("s") in GENERIC_ACRONYMS:
        return True
    # "single-GPU", "multi-GPU", "GPU-only": a generic acronym with a plain word
    parts = bare.split("-")
    return (
        len(parts) == 2
        and any(p in GENERIC_ACRONYMS for p in parts)
        and any(p in _PLAIN_AFFIXES for p in parts)
    )


_PLAIN_AFFIXES = frozenset("single multi only based free aware bound side level wide".split())


def is_hardware(name: str) -> bool:
    stripped = name.strip()
    return bool(_HARDWARE.match(stripped) or _UNIT.match(stripped))


# Units written with capitals ("operating at 150 MHz", "32 GB") name nothing compared.
_UNIT = re.compile(r"^(?:[KMGTP]i?B|[KMGT]Hz|[KMGT]bps|[KMG]B/s|[KMGT]FLOPS|mW|kW|MW)$")


def is_name_like(word: str, *, sentence_initial: bool, strict: bool = False) -> bool:
    """Whether a word looks like part of a proper name.

    CamelCase, inner capitals (cuBLAS, vLLM), letters with digits (GPT-2, A100) and
    all-caps words always do; a plain Capitalised word does when it is not the first
    word of a sentence and not a common clause opener (``strict`` refuses those).
    """
    core = word.strip("'’.,;:()[]\"")
    core = re.sub(r"['’]s$", "", core)
    if not core or not any(c.isalpha() for c in core):
        return False
    if re.fullmatch(r"\d[Dd]", core):
        return False  # "1D and 2D transforms": a number of dimensions
    if re.search(r"-(?:like|based|style|inspired|free|aware|friendly|specific)$", core, re.I):
        return False  # "DeepSpeed-Chat-like systems" describes a class
    if re.search(r"-[a-z]{2,}(?:able|ible|ic|ent|ant|ed|ive|al|ous)$", core):
        return False  # "a fabric-agnostic, VM-deployable controller": an adjective
    parts = [p for p in re.split(r"[-/]", core) if p] if strict else [core]
    if any(any(c.isupper() for c in part[1:]) for part in parts):
        return True
    if re.fullmatch(r"[a-z][a-z0-9]+\.(?:cpp|js|py|rs|net|io)", core):
        return True  # "llama.cpp", "node.js": a lower-case name with a file-like suffix
    if any(c.isdigit() for c in core) and any(c.isalpha() for c in core):
        # "ext4", "word2vec": a lower-case word with a digit in it is a name too
        return (
            core[0].isupper()
            or any(c.isupper() for c in core)
            or (core[0].isalpha() and len(core) >= 3 and not is_generic_acronym(core))
        )
    if strict or sentence_initial:
        return False
    return core[0].isupper() and core not in _COMMON_CAPITALISED


def name_runs(text: str, *, sentence_initial: bool) -> list[str]:
    """Maximal runs of name-like words ("NVIDIA FasterTransformer", "Java ConcurrentSkipList")."""
    runs: list[str] = []
    current = ""
    first = True
    previous_end = 0
    # "I/O", "R/W": two letters joined by a slash are one common word, not the end of a name
    # ("Linux I") or the start of one ("O-first" of "an I/O-first framework")
    text = _LETTER_PAIR.sub(lambda pair: pair.group(0).lower(), text)
    for match in _WORD.finditer(text):
        word = match.group(0).rstrip(".")
        # Only spaces or a hyphen join two words of one name: "GraphChi, X-Stream" is two,
        # "LLVM -O0" is one.
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        name_like = is_name_like(word, sentence_initial=sentence_initial and first)
        first = False
        if name_like and current and set(gap) <= {" ", "-"}:
            current += (gap if "-" in gap else " ") + word
        elif name_like:
            if current:
                runs.append(current)
            current = word
        elif current:
            runs.append(current)
            current = ""
        if current.endswith(("'s", "’s")):
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    # one letter ("I" of "I/O", "P" of a broken-off word) names nothing
    return [run for run in runs if len(run) > 1]


_LETTER_PAIR = re.compile(r"(?<![\w/])[A-Za-z]/[A-Za-z](?![\w/]|-[A-Z])")
_COORDINATED_NAME = re.compile(r"\s*(?:/|,|\band\b|\bor\b)\s*([^\s/,]+)")


def heads_phrase(name: str, phrase: str) -> bool:
    """Whether ``name`` is the head of ``phrase``: last, or followed by one head noun."""
    # the name as a word of its own, not inside another ("NMP" in "RecNMP")
    occurrences = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", phrase))
    if not occurrences:
        return False
    rest = phrase[occurrences[-1].end() :]
    # names coordinated with it share its head: "DeiT-T/DeiT-S algorithms"
    while (other := _COORDINATED_NAME.match(rest)) and is_name_like(
        other.group(1), sentence_initial=False
    ):
        rest = rest[other.end() :]
    rest = rest.strip(" ,.)(")
    if not rest:
        return True
    words = rest.split()
    if words[0].lower() in ("from", "by", "of", "in", "on"):
        return True
    return len(words) == 1 and words[0].lower() in _HEAD_NOUNS


# Metric words, most specific first within each metric; the first pattern list that
# matches the window decides.
_METRIC_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (metric, re.compile(pattern, re.IGNORECASE))
    for metric, pattern in (
        (
            "speedup",
            r"\b(?:time\s+cost|training\s+time|iteration\s+time|execution\s+time|run\s*time|makespan|"
            r"wall[\s-]*(?:clock|time)|time[\s-]to[\s-](?:train|solution|accuracy|convergence|"
            # "time-to-target-loss", "time to target accuracy"
            r"target(?:[\s-]\w+)?)|"
            # time-to-accuracy by its short form, where a change of it is written (in ML
            # abstracts TTA is also test-time adaptation)
            r"(?<=lower\s)tta\b|(?<=shorter\s)tta\b|\btta\s+(?:reductions?|speedups?)|"
            r"per-epoch\s+training\s+time|training\s+iteration|"
            # the run time paid: "the mean scrubbing performance overhead"
            r"performance\s+overheads?|"
            # instructions per cycle: how fast a processor runs a program (not inter-process
            # communication: "IPC latency", "IPC calls")
            r"(?-i:IPC)\b(?!\s+(?:latenc|overhead|call|message|mechanism|primitive|channel|"
            r"throughput|bandwidth|cost|traffic|volume|round|between|rpc|performance))|"
            r"instructions\s+per\s+cycle)",
        ),
        (
            "latency",
            # (the time to a first event: a token, a frame, a byte; a flow's completion time)
            r"\b(?:latenc(?:y|ies)|responsiveness|time[\s-]to[\s-](?:first|last)[\s-]\w+|ttft|ttlt|tpot|tbt|itl|fcts?|"
            r"response\s+times?|mttr|turnaround|completion\s+times?|tail\s+time|"
            # "12.6x tighter SLO", "1.5x tighter SLOs": a latency target met
            r"(?:tighter|stricter)\s+(?:[\w-]+\s+)?(?:slos?|slas?|deadlines?)|"
            r"time[\s-]+between[\s-]+tokens|time[\s-]+per[\s-]+(?:output[\s-]+)?token|jcts?|"
            # (the time a page or an app takes to load or launch)
            r"delays?|downtimes?|(?:load|launch|startup|start-up)\s+times?|"
            # a percentile of a time changed: "the p99 improvement is still 6x" (not "the p90
            # cold start ratio")
            r"p(?:9\d(?:\.\d+)?|50|999)(?=\s+(?:improvements?|reductions?|gains?|speedups?|by)\b|\s*$)|"
            # the time one event takes ("pause times", "rebuffering time"), a percentile of run
            # times (percentiles are latency, CLAIMS.md)
            r"pause\s+times?|(?:re)?buffering\s+times?|"
            r"percentile\s+(?:[\w-]+\s+)?(?:run\s*)?times?|"
            # the time one job waits
            r"queu(?:e|e?ing)\s+times?|wait(?:ing)?\s+times?)\b",
        ),
        (
            "communication",
            # (not the traffic a store writes to its device: "write traffic to flash")
            # ("reduce upload size by 30%": bytes sent)
            r"\b(?:communication|(?<!write\s)(?<!read\s)(?<!I/O\s)(?<!disk\s)(?<!flash\s)traffic|"
            r"(?:upload|download)\s+(?:sizes?|volumes?)|"
            # messages counted: "2.2x fewer messages than HotStuff"
            r"(?:fewer|more|less)\s+(?:[\w-]+\s+)?messages(?!\s*(?:per|/)\s*s)|"
            r"messages?\s+(?:counts?|complexity)|"
            r"number\s+of\s+messages|"
            r"all-?reduce|all-?to-?all|"
            r"(?:bytes|pages|data)\s+(?:transferred|transmitted|sent)|(?:transferred|transmitted|sent)\s+data|(?:wide-area\s+)?data\s+transfers?\b(?!\s+time)|"
            r"network\s+(?:volume|overhead|usage)|data\s+movement|transfer\s+volume|bandwidth)",
        ),
        (
            "memory",
            # (not "dramatic", "random", "ramp")
            r"\b(?:memory|footprint|(?:vram|sram|dram|ram|hbm)\b|kv[\s-]cache\s+size|storage|"
            # "shrinks the KV cache by 5.2x": a cache changed by a number is its size
            r"kv[\s-]cache(?=\s+by\b|\s*$)|"
            r"disk\s+(?:usage|space)|"
            # ("reduces checkpoint size by 4.3x": bytes of what a system writes)
            r"activation\s+size|(?:code|binary|checkpoint|snapshot|index|log|file)\s+sizes?|"
            r"compressibility|"
            r"compression(?!\s+(?:and\s+decompression\s+)?(?:time|speed|throughput|latency|gains?))|"
            # "compresses embedding tables by 1000x" (not "compresses at 1.9 GB/s": a rate)
            r"compress(?:es|ed)?(?!\s+(?:at|faster|slower))\b|"
            r"space\s+(?:usage|overhead|consumption|savings?)|"
            r"(?<=of\s)space\b)",
        ),
        (
            "throughput",
            # ("improves write bandwidth by 5.2x": the rate of a store's reads and writes)
            r"\b(?:throughputs?|goodput|qps|iops|tps|bandwidth\s+utili[sz]ation|[gmk]bps|"
            r"(?:write|read|i/o|disk|file\s+system|storage)\s+bandwidth|"
            # bandwidth gained is a rate sustained ("3.71x bandwidth improvements", "increases
            # the mean bandwidth delivered"); bandwidth used is communication
            r"bandwidth\s+(?:improvements?|gains?|increases?|boosts?|delivered)|"
            r"(?:higher|improved|increased|aggregate|delivered|achieved|sustained)\s+bandwidth|"
            r"(?:improv|increas|boost)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?bandwidth(?!\s+(?:usage|use|consumption|savings?|costs?|overheads?))|"
            r"request\s+rates?|(?:higher|more)\s+load|serving\s+capacity|"
            # "can process requests at rates 1.8-12.7x higher" (not "converges at a 2x higher
            # rate")
            r"requests?\s+at\s+rates?\b|"
            r"processing\s+rates?|"
            # "3.8x the rate of Click", "three times the forwarding rate of the Linux kernel"
            r"(?:forwarding|packet|request|transaction|decoding|frame|query|lookup|message)\s+"
            r"rates?|(?:^|(?<=the\s))rate(?=\s+of\b)|"
            r"(?:tokens?|requests?|quer(?:y|ies)|transactions?|ops|operations?|samples?|images?|frames?|"
            r"updates?|inserts?|lookups?|reads?|writes?|messages?|packets?|edges?|jobs?|"
            # any count of things a second: "80 million items per second"
            r"[a-z]{3,}s)"
            r"\s*(?:/|per\s+)s(?:ec(?:ond)?)?\b|"
            r"mfu|model\s+flops\s+utili[sz]ation|more\s+requests)",
        ),
        ("parameters", r"(?<![-\w])(?:parameters?|params)\b"),
        # "smaller", "model size": parameters or bytes, decided by the sentence (metric.py)
        ("size", r"^\s*smaller\b|\b(?:model|network)\s+size\b|\bthe\s+size\s+of\b"),
        (
            "compute",
            # ("compute time", "computation time": time spent, a speedup)
            r"\b(?:flops|operations|ops|macs|compute(?!\s+time)|computations|"
            r"computation(?:al)?\s+(?:cost|load)?(?!\s*time)|cycles|"
            r"instructions|instruction\s+counts?|"
            r"decoding\s+steps|sampling\s+steps|steps|iterations\s+to|"
            # rounds to a target ("in 2.3x fewer rounds than FedAvg") and calls of a model
            # ("removes 37% of encoder invocations")
            r"(?:fewer|more)\s+(?:training\s+)?rounds|invocations|(?:llm|model|api)\s+calls)\b",
        ),
        (
            "cost",
            # "the area-power-delay product", "energy-delay product (EDP)": energy weighed by time
            r"\b(?:(?:(?:\w+-)?power|energy)[\s-](?:delay|latency)[\s-]product|edp|"
            # work per unit of energy: "tokens/J", "TOPS/W", "throughput per watt"
            r"(?:[\w-]+\s+)?per[\s-](?:watt|joule)s?|[\w.]+/(?:w|j|kwh)(?![\w/])|"
            r"(?:energy|power)[\s-]efficien(?:cy|t)|"
            # (not inside a hyphenated adjective: "on low-cost FPGA hardware", "cost-effective")
            # (what storing data costs in money: "monthly storage cost", not its bytes)
            r"(?<!-)(?:storage\s+)?cost(?:s|ing)?(?!-)|energy|power|"
            r"(?:gpu|v?cpu|tpu|node|core|machine|worker|server|instance|accelerator|[ahv]100)"
            r"[\s-](?:hours?|minutes?|seconds|days?)|"
            # the trials an autotuner pays for on hardware; a GPU held for a time
            r"hardware\s+(?:trials|measurements)|gpu\s+time|"
            r"dollars|price|carbon|emissions|expense|"
            r"cheaper|per[\s-]dollar|monetary|"
            # ("41% fewer servers", "34% fewer CPU cores", "fewer physical machines")
            r"(?:fewer|less)\s+(?:[\w-]+\s+)?(?:servers|machines|nodes|gpus|cores)|"
            # resources held: "the number of required servers", "fewer replicas", "the requested
            # CPU limit", "the mean CPU core allocation", "resource usage", "less CPU time"
            r"required\s+(?:servers|machines|nodes|gpus|(?:processor\s+|cpu\s+)?cores)|"
            r"(?:fewer|less|number\s+of|required)\s+replicas|replica\s+counts?|"
            r"cpu\s+(?:limits?|time|consumption|usage)|(?:cpu\s+)?core\s+allocations?|"
            r"resource\s+(?:usage|consumption|footprints?)|(?:gpu|compute|computing)\s+resources|"
            r"error-induced\s+overhead|overheads?|budget|"
            # resources held idle: "lowers GPU idle by 8x", "keeps 60% fewer idle instances"
            r"(?:gpu|cpu|device|worker|accelerator)[\s-]idle(?:\s+time)?|"
            r"idle\s+(?:instances|servers|machines|nodes|gpus|workers|containers|resources))\b",
        ),
        (
            "accuracy",
            r"\b(?:accuracy|accuracies|(?:more|less)\s+accurate|(?-i:mAP|MAP)|error(?:\s+rate)?|"
            r"perplexity|(?:negative\s+)?log-?likelihood|nll|bleu|rouge|f1|"
            # a predictor's errors: "7.9% fewer mispredictions than TAGE", "MPKI"
            r"mispredictions?|misprediction\s+rates?|mpki|"
            # (QoE: a quality-of-experience score)
            r"scores?|rewards?|quality|qoe|win\s+rate|acceptance\s+(?:rate|length)|recall|"
            # (a number format is no precision score: "2.3 times in single precision")
            r"(?<!single[\s-])(?<!double[\s-])(?<!half[\s-])(?<!mixed[\s-])(?<!full[\s-])"
            r"(?<!low[\s-])(?<!lower[\s-])(?<!reduced[\s-])precision|"
            # ("reduce KL divergence by 44%": how far outputs stray from the reference's)
            r"deviation|divergence|auc|exact\s+match|pass@\d|success\s+rate|regret|loss|"
            # (segmentation quality: "a 60% mean intersection over union (mIoU)")
            r"intersection\s+over\s+union|(?-i:m?IoU))\b",
        ),
        (
            "speedup",
            # not inside a hyphenated name: "Faster-RCNN" is a detector, not a speed
            # (an accelerator is a device)
            r"\b(?:speed-?ups?|speed(?:s|ing)?\s+up|faster|accelerat(?!ors?\b)\w*|speed|slower|"
            r"time|runtime)\b"
            r"(?!-[A-Za-z])",
        ),
        (
            "other",
            r"\b(?:scalability|capacity|batch\s+sizes?|sequence\s+lengths?|context\s+lengths?|"
            r"input\s+(?:sizes?|scales?)|"
            r"hidden\s+sizes?|(?:longer|larger|more)\s+(?:sequences|contexts|inputs|batch\w*)|"
            # (how much of a resource is used: "GPU memory utilization", "computation
            # utilization", not the memory or compute itself)
            r"amplification|(?:\w+\s)?utili[sz]ation|misses|(?:miss|hit)\s+(?:ratios?|rates?)|"
            r"slo\s+(?:attainment|adherence|satisfaction|compliance)|"
            r"(?:slo|sla|latency|deadline)\s+violations?(?:\s+rates?)?)\b",
        ),
        # "performance", "efficiency": the measure the sentence gives them, else speed (metric.py)
        # "performs 25% better than SMRfs": the performance of the system
        ("vague", r"\b(?:performance|efficiency)\b|\bperforms?(?=\s*$)"),
    )
)


# The verbs by which one system beats another, in every form ("outperforms", "surpassed")
BEATS = (
    r"(?:out-?perform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|"
    r"outpac(?:es|ed|ing|e)|outrun(?:s)?)"
)


# Which way a measure is better, for telling a gain from a cost paid and the better system from
# the worse: more of a GAIN_MEASURE is better ("throughput", "hit ratio"), more of a
# COST_MEASURE is worse ("latency", "miss ratio", "error rate", "SLO violations").  Bandwidth
# is neither: used, it is a cost; sustained, a gain.
GAIN_MEASURE = (
    r"(?:throughput|goodput|accuracy|performance|speed|IOPS|QPS|hit\s+(?:rates?|ratios?))"
)
COST_MEASURE = (
    # (not a time that is better longer: "mean time to failure", "battery time", "sleep time")
    r"(?:latenc(?:y|ies)|(?<!battery\s)(?<!sleep\s)(?<!up)(?<!life)"
    r"time(?![\s-]+(?:to|between)[\s-]+failures?)(?:[\s-]to[\s-](?:first[\s-])?[\w-]+)?|"
    r"times|ttft|tpot|tbt|p9\d|"
    # ("memory bandwidth" is a rate, "memory capacity" a resource offered; "GPU usage" is
    # how busy GPUs are kept)
    r"memory(?![\s-]+(?:bandwidth|throughput|capacity))|footprint|(?<!gpu\s)usage|"
    r"consumption|energy|power|costs?|overheads?|penalt(?:y|ies)|traffic|"
    r"bytes(?:\s+transferred)?|computation|misses|miss\s+(?:rates?|ratios?)|error\s+rates?|"
    r"mispredictions?|mpki|"
    r"errors?|perplexity|(?:SLO\s+|deadline\s+)?violations?|stalls?|slowdowns?)"
)


# Words that name a measure only loosely; a more specific word after "in" or "of" wins.
GENERAL_METRICS = ("speedup", "other", "vague")
# Pseudo-metrics that metric.py turns into a metric of CLAIMS.md from the rest of the sentence.
UNRESOLVED_METRICS = ("vague", "size")


def metric_in(
    text: str, *, prefer_specific: bool = False, nearest_last: bool = False
) -> str | None:
    """The metric a window of text names, or None.

    With ``nearest_last`` the match closest to the end of the window wins (the text
    before a number); otherwise the earliest one does, except that "speedup in X"
    takes X.  Specific phrases ("training time") beat single words.
    """
    spans: list[tuple[int, int, int, str]] = []
    for rank, (metric, pattern) in enumerate(_METRIC_PATTERNS):
        for match in pattern.finditer(text):
            word = match.group(0)
            if (
                match.start() > 0
                and word[0].isupper()
                and word[1:2].islower()
                and not any(c.isupper() for c in word[2:])  # ("QoE" is a short form)
                and not re.search(r"[\s-]", word)  # "Time-To-First-Token" is the measure
            ):
                continue  # a capitalised word mid-text is a name: "compared to Accelerate"
            if text[max(0, match.start() - 3) : match.start()].lower() == "in-" or text[
                match.end() :
            ].startswith("-"):
                continue  # part of a modifier: "in-memory HDFS", "latency-critical jobs"
            spans.append((match.start(), match.end(), rank, metric))
    # A word inside a longer metric phrase is not a metric of its own: "accuracy" in
    # "time-to-accuracy", "operations" in "operations per second".
    hits = [
        (start, rank, metric)
        for start, end, rank, metric in spans
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _, _ in spans)
    ]
    if not hits:
        return None
    if nearest_last:
        best_position = max(h[0] for h in hits)
        # "the communication volume and overhead": coordinated heads share the modifier.
        # ("exposed communication time": the word right before the head, however long)
        modifier = re.search(r"[\w/-]+\s+$", text[:best_position])
        reach = min(best_position - 12, modifier.start() if modifier else best_position)
        close = [h for h in hits if h[0] >= reach]
        if re.search(r"\b(?:and|or)\s+$", text[max(0, best_position - 40) : best_position]):
            # "job completion time and makespan": one number, two metrics -> the first
            # (no number between: "reduces GPU memory from 80 GB to 11 GB and speeds up
            # decoding by" are two changes)
            close = [
                h
                for h in hits
                if h[0] >= best_position - 40 and not re.search(r"\d", text[h[0] : best_position])
            ]
            return min(close, key=lambda h: (h[0], h[1]))[2]
        return min(close, key=lambda h: h[1])[2]
    hits.sort()
    first = hits[0]
    if prefer_specific and first[2] in GENERAL_METRICS:
        for position, _, metric in hits[1:]:
            between = text[first[0] : position]
            if metric not in GENERAL_METRICS and re.search(r"\b(?:in|of)\b", between):
                return metric
    if prefer_specific and first[2] == "vague" and len(hits) > 1:
        return hits[1][2]  # "performance speedup", "efficiency gains in memory"
    same_place = [h for h in hits if h[0] <= first[0] + 3]
    return min(same_place, key=lambda h: h[1])[2]
