"""What a quantity measures: the metric word after it, else before it, else its neighbours'."""

from __future__ import annotations

import re
from dataclasses import replace

from claimgraph import lexicon
from claimgraph.extraction.claimness import VERB_MEASURE_BEFORE, strip_asides
from claimgraph.extraction.clauses import Reading, listed_runs
from claimgraph.quantities import (
    NUMBER_OF,
    QUALIFYING_WORDS,
    RESPECTIVELY,
    RESPECTIVELY_WORD,
    Quantity,
    first_quantity,
)
from claimgraph.records import Claim

# ---- metric and context


def metric_for(sentence: str, quantity: Quantity, previous_end: int = 0) -> str | None:
    """The metric named right after the number, else the nearest one before it."""
    if counted := NUMBER_OF.match(sentence, quantity.end):
        # "halving the number of control frames": a count of things, whatever they are (or the
        # measure its words name)
        return lexicon.metric_in(counted["things"]) or "other"
    metric = metric_after(sentence, quantity)
    if metric in (None, "speedup") and (bare := _BARE_COMPARATIVE.match(sentence, quantity.end)):
        # "achieves 1,210 tokens/s for the prefill, which is 6.3x faster than llama.cpp", "148
        # Mpps, 1.8x more than X": the factor compares the level set beside it, so it measures
        # what the level measures.  (After a bare comma "faster" may speak of the system:
        # "processes 620 million tuples per second, 1.7x faster than X" is read as speed.)
        speed_word = bare["comparative"].lower() in ("faster", "slower", "quicker")
        level = level_beside(sentence, quantity.start, which_only=speed_word)
        if level is not None:
            return level
    if metric == "speedup" and (is_ := _MEASURE_OF_OWNER_IS.search(sentence, 0, quantity.start)):
        # "the throughput of Q-Raft was 8 times faster than ...": "faster" says which way
        # the measure went, the clause's subject says what it is
        if (measure := lexicon.metric_in(is_["measure"])) not in (None, *lexicon.GENERAL_METRICS):
            metric = measure
    if metric is not None:
        return resolve(metric, sentence, quantity.start, previous_end, quantity.unit)
    if previous_end == 0 and (opening := _MEASURE_OPENING.match(sentence)):
        # "The end-to-end performance of X surpasses Y, Z, ... by 87%, 131%, ...": the
        # measure opens the sentence, beyond the window before a long list
        far = lexicon.metric_in(opening.group("measure"))
        if far is not None and not lexicon.metric_in(sentence[opening.end() : quantity.start]):
            return resolve(far, sentence, quantity.start, previous_end, quantity.unit)
    if unknown := _UNKNOWN_MEASURE_CHANGED.match(sentence[quantity.end :]):
        # "55% endurance enhancement": a measure the lexicon does not know; "a 54.5x size
        # reduction" is of bytes or parameters
        measure = _unknown_measure(unknown.group(0).split()[0])
        return resolve(measure, sentence, quantity.start, previous_end, quantity.unit)
    after = strip_asides(sentence[quantity.end :])
    if _COMPARATIVE_NOUN.match(after):
        # "5.7x less Flash": the measure is the noun after the comparative, even one the
        # lexicon does not know; a metric named earlier belongs to another clause.
        return "other"
    since_previous = sentence[previous_end : quantity.start]
    second = _AND_A_MEASURE_BY.fullmatch(since_previous) if previous_end else None
    if second and not _ACTIVITY.search(second["measure"]):
        # "reduces average response time by 41% and block erase counts by up to 63%": the
        # second number names its own measure under the shared verb, even one the lexicon
        # does not know (one word may share the first's head: "dynamic energy ... and
        # leakage by 22%"; an activity is sped up: "and end-to-end inference by 3.1x")
        measure = _MEMORY_NAMING_A_THING.sub(" ", second["measure"])
        named = lexicon.metric_in(measure, nearest_last=True)
        if named is not None or len(measure.split()) > 1:
            # ("and reduces identifier size by 92.81%")
            named = named or _unknown_measure(measure.rstrip())
            return resolve(named, sentence, quantity.start, previous_end, quantity.unit)
    if _SETTING_OF_THE_PREVIOUS.fullmatch(since_previous):
        # "speedups of 2.4x in attention kernels and 1.3x in end-to-end training": what
        # follows the previous number is its setting; this one shares its metric
        return None
    changed_by = _CHANGED_BY.search(since_previous)
    if (
        changed_by
        and _SCORED_TASKS.search(changed_by["measure"])
        # (not a measure named on them: "reduces latency on reasoning tasks by 40%")
        and lexicon.metric_in(changed_by["measure"]) is None
    ):
        return "accuracy"  # "improves five zero-shot tasks by more than 70%": their scores
    accelerated = _ACCELERATED_BY.search(since_previous)
    improved = None if accelerated else _IMPROVED_BY.search(since_previous)
    if (
        improved
        and lexicon.metric_in(improved["what"]) is None
        and _ACTIVITY.search(improved["what"])
        # ("joint search improves it by 12%": what "it" stands for is named before)
        and improved["what"].lower() not in ("it", "them", "this", "that")
    ):
        # "improves complete-attention forward by 7.4%", "improves mainstream kernels by up to
        # 1.22x": an activity or a workload improved runs faster
        return "speedup"
    if accelerated and lexicon.metric_in(accelerated["what"]) in (None, "compute"):
        # "accelerates SpMV computations by an average of 1.6x": what is sped up runs faster,
        # whatever it computes (not "accelerates end-to-end throughput by 1.33x")
        return "speedup"
    # ("prolonged the system lifetime about 13%": the "by" may be left out)
    changed = changed_by or VERB_MEASURE_BEFORE.search(since_previous)
    if (
        changed
        and lexicon.metric_in(_MEMORY_NAMING_A_THING.sub(" ", changed["measure"])) is None
        and not _ACTIVITY.search(changed["measure"])
    ):
        # "reducing the 90th-percentile retry counts by 38.6%"; "reduces identifier size by
        # 92.81%" is bytes, or parameters of a model
        measure = _unknown_measure(changed["measure"])
        return resolve(measure, sentence, quantity.start, previous_end, quantity.unit)
    cut = max(since_previous.rfind(";"), since_previous.rfind(". "))
    own = _METRIC_WINDOW_STOP.search(since_previous) if cut < 0 and previous_end > 0 else None
    if own and lexicon.metric_in(since_previous[own.start() :]) not in (
        None,
        *lexicon.GENERAL_METRICS,
    ):
        # "decoding is 1.3x faster, and energy per token falls by 38%": "faster" is the
        # previous number's measure; the measure named after it is this number's
        cut = own.start() - 1
    for price in _A_PRICE_NAMED.finditer(since_previous, cut + 1):
        # "75.03% area is reduced with a 0.33% accuracy decrease on FCNN and 74.88% area ...":
        # the measure of a price paid is the price's
        own_end = re.search(_PRICE_WORD, since_previous[price.end() :])
        cut = price.end() + (own_end.end() if own_end else 0) - 1
    # "operations per second (OPS)": the short form repeats the measure before it; a quality
    # kept as a caveat ("with lossless output quality, outperforming X by 82%") is no measure
    before = _QUALITY_KEPT.sub(" ", _SHORT_FORM.sub(" ", since_previous[cut + 1 :]))
    window_before = _MEMORY_NAMING_A_THING.sub(" ", " ".join(before.split()[-16:]))
    metric = lexicon.metric_in(window_before, nearest_last=True)
    owned = _MEASURE_OF_OWNER.search(before)
    if owned and (head := lexicon.metric_in(owned["measure"], nearest_last=True)) is not None:
        # "improves the performance of leading persistent memory file systems by up to
        # 3.1x": the measure is the head of the "of" phrase, not a word naming its owner
        metric = head
    clause_start = previous_end + cut + 1
    if metric is None and (terms := _IN_TERMS_OF.search(sentence, clause_start, quantity.start)):
        # "in terms of query latency, Q-Trie can beat four ... indexes, including Arbor,
        # Fenwick-X, and Lindex, by as much as 1.5-2.2x": named before a long clause
        metric = lexicon.metric_in(terms.group("measure"))
    if metric is None and _LARGER_THAN.match(after):
        return "other"  # "4.2x larger than the capacity of main memory": a size, no speed
    if metric is None and quantity.unit == "%" and _ON_TASKS.match(after):
        return "accuracy"  # "outperforms the full-parameter model by 10% on code generation tasks"
    return resolve(metric, sentence, quantity.start, previous_end, quantity.unit)


def level_beside(sentence: str, position: int, *, which_only: bool = False) -> str | None:
    """The metric of a level the number before ``position`` stands beside, if a rate or a time.

    "a mean response time of 1.8 ms per query, 12x faster than X" -> latency; "decodes over
    2,100 million integers per second, 2.4 times faster than A and 5 times faster than B" ->
    throughput for both factors.  A level that names no measure ("in 51 ms") gives none.
    """
    # (a level stands within a few clauses of its factor; reading only there keeps a sentence
    # of many numbers linear)
    before = sentence[max(0, position - _LEVEL_REACH) : position]
    while (earlier := _COORDINATED_COMPARISON.search(before)) is not None:
        before = before[: earlier.start()]
    apposition = _APPOSITION_END.search(before)
    if apposition is None or (which_only and not apposition["which"]):
        return None
    level = _RESPECTIVELY_END.sub("", before[: apposition.start()])
    level = re.split(r"[;()]|,\s+(?=[a-z])", level)[-1]
    if not _LEVEL_NUMBER.search(level):
        return None
    if _RATE_LEVEL.search(level):
        return "throughput"
    metric = lexicon.metric_in(level, nearest_last=True)
    return metric if metric in ("throughput", "latency") else None


def resolve(
    metric: str | None,
    sentence: str,
    position: int,
    previous_end: int = 0,
    quantity_unit: str = "x",
) -> str | None:
    """A metric of CLAIMS.md for the lexicon's pseudo-metrics.

    "performance" and "efficiency" take the measure the clause gave before them ("a
    training throughput of 1.41M tokens/s, improving the efficiency by 1.88x"), else
    speed; "smaller" and "model size" are bytes when the sentence counts bytes, else
    parameters when it speaks of a model, else memory.
    """
    if metric in ("vague", "speedup") and _RATES_AFTER.match(sentence, position):
        # "increases Redis performance by at least 6x ... (from 820 ops/sec to 5140
        # ops/sec)", "the overall restore speed increases by 35 percent (from 62.0 MB/sec to
        # 83.7 MB/sec)": the levels it gives are a rate
        return "throughput"
    if metric == "vague":
        window = sentence[previous_end:position]
        # a level of the measure: "a training throughput of 1.41M tokens/s"
        measures = [m.group("measure") for m in _LEVEL.finditer(window)]
        for measure in reversed(measures):
            earlier = lexicon.metric_in(measure)
            if earlier not in (None, *lexicon.GENERAL_METRICS, *lexicon.UNRESOLVED_METRICS):
                return earlier
        if quantity_unit == "%" and _TASK_SCORES.search(sentence):
            return "accuracy"  # "performance gains of 9% in the GSM8K task"
        if _RATE_LEVEL.search(sentence) or _RATE_UNIT_NAMED.search(sentence):
            # "handles up to 40 Gbps of benign traffic ..., a factor of 2.2 to 3.6 performance
            # improvements": the performance the sentence measures is a rate
            return "throughput"
        return "speedup"
    if metric == "size":
        if _BYTES.search(sentence) or _LOWER_PRECISION.search(sentence):
            return "memory"  # bytes, or fewer bits per parameter: the count is the same
        return "parameters" if _MODEL.search(sentence) else "memory"
    return metric


# "the SQLite performance (inserts/sec)", "5.1x performance (insert/sec)": the performance the
# sentence measures, named by its unit
_RATE_UNIT_NAMED = re.compile(
    r"\bperformance\s*\(\s*(?:in\s+)?[\w-]+\s*(?:/|per\s+)\s*s(?:ec(?:ond)?)?\s*\)", re.IGNORECASE
)
# A kind of memory that names a thing, a place or a part of the setup, not a measure: "the new
# software persistent memory allocator outperforms", "outperforms tiered storage systems by",
# "In DRAM, Kestrel outperforms ... by" (not "memory usage", "storage overhead", "reduces
# memory by")
_MEMORY_NAMING_A_THING = re.compile(
    r"^In\s+(?:DRAM|SRAM|NVM|HBM|memory|flash|persistent\s+memory),|"
    # a place memory is in: "in far memory", "remote memory accesses", "host memory"
    r"(?<!peak\s)(?<!-)\b(?:far|local|remote|host|main|shared|tiered|disaggregated|"
    r"persistent|non-volatile)\s+memory\b(?!\s+(?:usage|use|footprint|consumption|overheads?|"
    r"capacity|sizes?|savings?|requirements?|reductions?|is|was|by))|"
    # an amount of it is the setup's: "a server with 1.5 TB of Optane memory", "a 64 GB SSD"
    r"\d\s?(?:[KMGTP]i?B|bytes)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:memory|DRAM|RAM|storage|flash|SSDs?|NVM|HBM)\b|"
    r"\b(?:memory|storage|DRAM|SRAM|NVM)\s+(?=(?!(?:usage|use|used|needed|required|waste|"
    r"occupancy|fragmentation|bloat|footprints?|consumption|overheads?|costs?|savings?|"
    r"reductions?|requirements?|capacity|efficiency|sizes?|space|utili[sz]ation|access(?:es)?|"
    r"traffic|bandwidth|pressure|demands?|needs|allocations?|time|by|and|or|of|in|for|to|with|per|"
    r"at|from|than|compared|is|are|was|were)\b)[a-z]{3,})",
    re.IGNORECASE,
)
# A factor compared without naming the measure: "12x faster than", "1.8x more than"
_BARE_COMPARATIVE = re.compile(
    r"\S*\s+(?P<comparative>faster|slower|quicker|higher|lower|more|less|better)\s+"
    r"(?:than|compared|relative|over|against)\b",
    re.IGNORECASE,
)
# "2.4 times faster than PForDelta and ": a comparison coordinated before the number
_LEVEL_REACH = 300
_COORDINATED_COMPARISON = re.compile(
    r"(?<![\d.,])[\d.,]+\s*(?:x|×|times|%|percent)\s+(?:faster|slower|quicker|higher|lower|more|less|"
    r"better)\s+than\s+[^,;()]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
# a comma that sets the factor beside what comes before it: ", which is", ", i.e.", ", "
_APPOSITION_END = re.compile(
    r",\s*(?P<which>which\s+(?:is|are|was|were)\s+|i\.e\.,?\s+)?(?:about\s+|roughly\s+|up\s+to\s+|nearly\s+|"
    r"over\s+|almost\s+|approximately\s+|around\s+)?$",
    re.IGNORECASE,
)
_RESPECTIVELY_END = re.compile(r",?\s*" + RESPECTIVELY_WORD + r"\s*$", re.IGNORECASE)
# a number with a unit of its own, not a factor or a share
_LEVEL_NUMBER = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?\s*(?!x\b|×|times\b|%|percent\b)[A-Za-zµ]")
# A level given as a rate: "33 Gbps", "39 Gbps", "1.2 Mpps", "500K IOPS", "2,000 requests/s",
# "112 Gflop/s", "1.1 TFLOPS"
_RATE_LEVEL = re.compile(
    r"\d\s?(?:[KMGT]?bps|[KMGT]b/s|[KMG]pps|[KMG]?IOPS|[KMGT]B/s(?:ec)?|[GTP]flop/s|[GTP]FLOPS|"
    r"(?:ops|req(?:uest)?s|quer(?:y|ies)|tokens|transactions|packets)\s*(?:/|per\s+)s(?:ec(?:ond)?)?)\b"
)
# (not "at the cost of decreasing throughput by": a price, and an action, not an owner)
_MEASURE_OF_OWNER = re.compile(
    r"(?<!\bat\s)\b(?:the|its|their)\s+(?P<measure>(?:[\w-]+\s+){0,2}?[\w-]+)\s+of\s+"
    r"(?![a-z]+ing\b)(?:(?!(?<!-)\b(?:by|of)\b(?!-))[^,;()])+?\s+by\s+"
    r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|at\s+least\s+|"
    r"an?\s+average\s+of\s+)?$",
    re.IGNORECASE,
)
_MEASURE_OF_OWNER_IS = re.compile(
    r"\bthe\s+(?P<measure>(?:[\w-]+\s+){0,2}?[\w-]+)\s+of\s+[^,;()]{1,60}?\s+(?:is|was|are|were)\s+"
    r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+|approximately\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# (set off by commas, so that it speaks for the clause: not "X matches Y in terms of accuracy
# and runs ..., where it outperforms Z by 2.1x")
_IN_TERMS_OF = re.compile(r"(?:^|,)\s*in\s+terms\s+of\s+(?P<measure>[^,;()]{2,40}),", re.IGNORECASE)
_MEASURE_OPENING = re.compile(
    r"^\s*(?:The|Its|Their|Our)\s+(?P<measure>(?:[\w-]+\s+){0,3}?[\w-]+)\s+of\s", re.IGNORECASE
)
# (after the previous number's own measure or setting: "by 35% [compared with RS] and disk
# reads during repair by")
_AND_A_MEASURE_BY = re.compile(
    # (a setting is no measure: "and on large models by 3x", "and in the worst case by 60%")
    r"\S*(?:\s+(?:on\s+average|in\s+average))?,?\s+and\s+"
    r"(?!(?:by|on|in|for|at|across|with|under|during|over|from|to)\b)"
    r"(?P<measure>(?:the\s+|its\s+|their\s+)?"
    # ("and AeoFS outperforms ext4 by": a clause of its own, whose verb's object is a system)
    rf"(?:(?!(?:by|and|or|than|over|compared|{lexicon.BEATS})\b)[\w/-]+\s+){{0,5}}?[\w/-]+)\s+by\s+"
    r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|"
    r"an?\s+average\s+of\s+|an?\s+factor\s+of\s+)?",
    re.IGNORECASE,
)
_SETTING_OF_THE_PREVIOUS = re.compile(
    r"\s+(?:in|on|for|at|during|with)\s+[^,;.\d]{1,60}?,?\s+(?:and|or)\s+(?:by\s+)?",
    re.IGNORECASE,
)
# A measure the lexicon does not know, changed "by" the number: its own measure ("other"),
# not a metric borrowed from a neighbour.  An activity ("improves GNN training by") is speed.
# (Unlike quantities.FACTOR_VERB_BEFORE, only verbs whose object is the measure changed:
# "outperforms X by", "accelerates training by" name a system or an activity.)
_BY_QUALIFIER = rf"(?:(?:{QUALIFYING_WORDS}|an?\s+factor\s+of)\s+)?"
_CHANGED_BY = re.compile(
    r"(?<![\w-])(?:reduc|improv|increas|decreas|lower|rais|boost|cut|shrink|enhanc|extend)\w*\s+"
    r"(?P<measure>(?:the\s+|its\s+|their\s+)?(?:(?!and\s|or\s)[\w-]+\s+){0,6}?[\w-]+)\s+by\s+"
    + _BY_QUALIFIER
    + "$",
    re.IGNORECASE,
)
# The size of what a system stores or ships, or a size alone ("reduces size by 25%"); not that of
# a setting ("page size", "batch size": a capacity)
_A_SIZE = re.compile(
    r"(?:^|\b(?:identifier|index|checkpoint|model|cache|message|payload|binary|code|file|log|trace|"
    r"snapshot|table|embedding|artifact|state|metadata|storage|footprint)\s+)sizes?$",
    re.IGNORECASE,
)


def _unknown_measure(words: str) -> str:
    """The metric of a measure the lexicon does not know: a size of what is stored or shipped
    (bytes or parameters, which :func:`resolve` decides), else other."""
    return "size" if _A_SIZE.search(words) else "other"


# Tasks a model is scored on (not "training tasks", "batch tasks": work to run)
_SCORED_TASKS = re.compile(
    r"\b(?:zero-shot|few-shot|one-shot|downstream|reasoning|benchmark|evaluation|QA|NLP|"
    r"language|understanding|math|coding)\s+(?:tasks|benchmarks)$",
    re.IGNORECASE,
)
_ON_TASKS = re.compile(r"\s+(?:on|across|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?tasks\b", re.I)


def _verb_then_what_by(verb: str) -> re.Pattern[str]:
    """ "<verb> <what> by <number>", ending where the number starts."""
    return re.compile(
        rf"(?<![\w-])(?:{verb})\s+"
        r"(?P<what>(?:(?!and\s|or\s)[\w-]+\s+){0,6}?[\w-]+)\s+by\s+" + _BY_QUALIFIER + "$",
        re.IGNORECASE,
    )


_ACCELERATED_BY = _verb_then_what_by(r"accelerat\w*|speed(?:s|ing)?\s+up|sped\s+up")
_IMPROVED_BY = _verb_then_what_by(r"improv\w*|boost\w*|enhanc\w*")
_ACTIVITY = re.compile(
    r"(?:ing|\binference|\btraining|\bexecution|\bprocessing|\bquer(?:y|ies)|\bcomputations?|"
    r"\bphases?|\bstages?|\bkernels?|\bforward|\bbackward|\bpass(?:es)?|\boperators?|"
    r"\bworkloads?|\bapplications?|\bjobs?|\btasks?|\bprograms?|\bit|\bthem|\bthis|\bthat)$",
    re.IGNORECASE,
)
_SHORT_FORM = re.compile(r"\s\([A-Za-z][A-Za-z0-9-]{1,7}\)")
# Scores on tasks and benchmarks: a relative "performance" gain there is a quality gain.
_TASK_SCORES = re.compile(
    r"\b(?:tasks?|pass@\d+|accuracy|scores?|bleu|rouge|f1|gsm8k|mmlu|humaneval|math)\b",
    re.IGNORECASE,
)
_UNKNOWN_MEASURE_CHANGED = re.compile(
    r"\s+(?!(?:and|or|the|a|an|in|of|relative|average|overall|end-to-end|total|additional|"
    r"further|significant|performance|efficiency|speed|net|mean|median|absolute)\b)"
    r"[a-z][a-z-]*\s+(?:enhancements?|improvements?|reductions?|increases?|gains?|decreases?)\b",
)
_LARGER_THAN = re.compile(r"\s*(?:larger|bigger)\s+(?:than|compared|and|or)\b", re.IGNORECASE)
_COMPARATIVE_NOUN = re.compile(
    # ("2.4x as many basic blocks as syzkaller": a count of a thing the lexicon does not know)
    r"\s*(?:less|fewer|lower|higher|more|smaller|larger|greater|as\s+many)\s+"
    r"(?!(?:than|compared|and|or|on|for|with|while|in|at|to|by|across|when|over|as|the|a|an)"
    r"\b(?!-))"  # ("less in-flight data": a hyphenated word is the measure)
    r"[A-Za-z][\w-]*",
    re.IGNORECASE,
)
# A measure given as a level: "a training throughput of 1.41M tokens/s", "latency of 5 ms".
_LEVEL = re.compile(
    r"(?P<measure>(?:[\w/-]+\s+){0,2}[\w/-]+)\s+(?:of|at|reaching|around|near)\s+[~]?\d",
    re.IGNORECASE,
)
# the number, then in parentheses the levels it is read from, a rate
_RATES_AFTER = re.compile(
    # (the number's own text, then no other number before the parenthesis)
    r"\S*[^()\d]{0,80}?\(\s*(?:from\s+)?[\d.,]+\s*(?:[KMGT]?B|[KMG]?bits|ins|ops|req|tx|\w+s)?\s*"
    r"(?:/|per\s+)\s*s(?:ec(?:ond)?)?\b",
    re.IGNORECASE,
)
_BYTES = re.compile(r"\d\s?(?:[KMGTP]i?B|bytes?|bits?)\b|\b(?:bytes|[KMGT]B)\b")
_LOWER_PRECISION = re.compile(
    r"\b(?:quantiz\w*|\d+-bit|bits?|low-?precision|int[48]|fp[48]|w\d+a\d+)\b", re.IGNORECASE
)
_MODEL = re.compile(
    r"\b(?:models?|networks?|parameters?|weights|architectures?|ConvNets?|CNNs?|LLMs?)\b", re.I
)


def metric_after(sentence: str, quantity: Quantity) -> str | None:
    after = strip_asides(sentence[quantity.end :])
    # "by up to 1.8x, in terms of packet processing rate": the comma sets off the measure
    after = re.sub(r"^\s*,\s*(?=in\s+terms\s+of\b)", " ", after, flags=re.IGNORECASE)
    shared = _SHARED_HEAD.match(after)
    if shared and all(_names_what_is_measured(shared[part]) for part in ("a", "b")):
        # "higher compression and decompression throughput", "lower read and write latency":
        # two modifiers of one measure, which the "and" would cut off
        head = lexicon.metric_in(shared["head"])
        if head not in (None, *lexicon.GENERAL_METRICS):
            return head
    stop = _METRIC_WINDOW_STOP.search(after)
    window_after = after[: stop.start()] if stop else after
    if not window_after.strip() and (
        measure_for := _FOR_THE_MEASURE.match(after) or _ON_A_MEASURE.match(after)
    ):
        # "by 242%, 75%, and 28% for the average throughput of services", "an improvement of
        # ~28% on goodput": what the number is for or on, when that is a measure (not "for
        # large models", "on GSM8K")
        named = lexicon.metric_in(measure_for["measure"], nearest_last=True)
        if named not in (None, *lexicon.GENERAL_METRICS):
            return named
    return lexicon.metric_in(" ".join(window_after.split()[:8]), prefer_specific=True)


_ON_A_MEASURE = re.compile(
    r"\s*on\s+(?:the\s+|its\s+|their\s+)?(?P<measure>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s+(?:of|on|in|across|with|for)\b|\s*[,;.]|\s*$)",
    re.IGNORECASE,
)
_FOR_THE_MEASURE = re.compile(
    r"\s*for\s+(?:the\s+|its\s+|their\s+)(?P<measure>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s+(?:of|on|in|across|with)\b|\s*[,;.]|\s*$)",
    re.IGNORECASE,
)


def _names_what_is_measured(word: str) -> bool:
    """What a measure is of ("read", "compression"), not a measure ("throughput")."""
    return lexicon.metric_in(word) is None or word.lower().endswith("compression")


_SHARED_HEAD = re.compile(
    r"\s*(?:higher|lower|faster|slower|better|more|less|smaller|larger|shorter)\s+"
    r"(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+(?P<head>[a-z][\w-]*)\b",
    re.IGNORECASE,
)


def list_metrics(sentence: str, readings: list[Reading]) -> None:
    """ "6.2x, 2.9x and 1.9x latency reduction": the numbers of a list take the metric
    named after its last number, not one named before the list."""
    for run in listed_runs(sentence, readings, same_unit=True):
        last = run[-1].quantity
        metric = resolve(metric_after(sentence, last), sentence, last.start, 0, last.unit)
        if metric is not None:
            for member in run[:-1]:
                if metric_after(sentence, member.quantity) is None:
                    member.metric = metric


def respective_metrics(sentence: str, readings: list[Reading]) -> None:
    """ "12.5% and 64.0% in goodput and p99 latency, respectively", "up to 9 and 21 times
    reductions on the latency and battery energy use ..., respectively": two numbers
    and two measures, paired in order."""
    if not RESPECTIVELY.search(sentence):
        return
    for run in listed_runs(sentence, readings, same_unit=True):
        if len(run) != 2:
            continue  # two numbers exactly: a longer list pairs with a longer list
        first, second = run
        measures = _TWO_MEASURES.match(
            sentence, second.quantity.end
        ) or _TWO_MEASURES_BEFORE.search(sentence, 0, first.quantity.start)
        if measures is None:
            continue
        first_measure, second_measure = measures["a"], measures["b"]
        if len(second_measure.split()) == 1 and len(first_measure.split()) > 1:
            # "the communication volume and overhead": the second shares the first's modifiers
            second_measure = " ".join([*first_measure.split()[:-1], second_measure])
        metrics = [
            resolve(lexicon.metric_in(measure), sentence, second.quantity.start)
            for measure in (first_measure, second_measure)
        ]
        if None not in metrics:
            first.metric, second.metric = metrics


_TWO_MEASURES = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:in|on|of|for)\s+(?:the\s+)?(?P<a>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"\s+and\s+(?P<b>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s+of\b|\s*,|\s+compared|\s+over|"
    r"\s+than|\s+" + RESPECTIVELY_WORD + r")",
    re.IGNORECASE,
)


# "reductions in power and query latency of 12.4-30.1% and 8.2-19.6%, respectively"
# "improves the cluster throughput and fairness index by 5.9% and 6.3% respectively",
# "increasing goodput and reducing mean latency by up to 212.4% and 61.8%, respectively"
_CHANGING = r"(?:improv|increas|reduc|decreas|lower|boost)\w*"
_TWO_MEASURES_BEFORE = re.compile(
    r"\b(?:in|on|for|" + _CHANGING + r")\s+(?:the\s+)?"
    r"(?P<a>[\w-]+(?:\s+[\w-]+){0,2}?)\s+and\s+"
    r"(?:" + _CHANGING + r"\s+(?:the\s+)?)?"
    # ("reduces the compilation time and code size by geometric means of 209x and 11x")
    r"(?P<b>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:of|by)\s+"
    rf"(?:(?:{QUALIFYING_WORDS}|(?:the\s+|an?\s+)?(?:geometric\s+)?means?\s+of)\s+)?$",
    re.IGNORECASE,
)


_QUALITY_KEPT = re.compile(
    r"\b(?:with|without|maintaining|preserving|retaining|keeping)\s+(?:(?:no|lossless|negligible|"
    r"minimal|little|comparable|similar|identical|the\s+same|any|unchanged)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:(?:quality|accuracy|fidelity)(?:\s+(?:loss|degradation|drop))?|"
    r"loss|degradation)\b",
    re.IGNORECASE,
)
_PRICE_WORD = r"\b(?:decrease|drop|loss|degradation|penalty|overhead)s?\b"
# A price named with its own number: "with a 0.33% accuracy decrease", "at the cost of 2% recall"
_A_PRICE_NAMED = re.compile(
    r"\b(?:with|at\s+(?:the\s+)?cost\s+of)\s+(?:an?\s+|only\s+|just\s+|about\s+|roughly\s+)*"
    r"\d(?:[\d.,]*\d)?\s?(?:%|\\%|x\b|×|times\b|percent\b)"
    r"(?=\s+(?:[\w-]+\s+){0,2}?" + _PRICE_WORD + ")",
    re.IGNORECASE,
)
_METRIC_WINDOW_STOP = re.compile(
    # ("in time to first token", "time to accuracy": a measure, not a "to" that ends one)
    r"[;,()]|(?<!\btime)\sto\b|\s" + RESPECTIVELY_WORD + r"|"
    # ("an 18% relative improvement in answer accuracy": "relative" without "to" qualifies)
    r"\s(?:and|or|than|over|compared|versus|vs\.?|relative(?=\s+to\b)|against|while|by|with|at|"
    r"from|which|that|for|on|across|when|during|under|using|without|maintaining|"
    r"retaining|keeping|preserving)\b",
    re.IGNORECASE,
)


def share_metric(readings: list[Reading]) -> None:
    """A number that names no metric takes the nearest earlier one's, else a later one's
    (CLAIMS.md: the metric of the other claims in the same sentence)."""
    for i, reading in enumerate(readings):
        if reading.metric is not None:
            continue
        earlier = [r.metric for r in readings[:i] if r.metric is not None]
        later = [r.metric for r in readings[i + 1 :] if r.metric is not None]
        reading.metric = earlier[-1] if earlier else (later[0] if later else None)


def carry_metric_to_a_changed_advantage(claims: list[Claim]) -> list[Claim]:
    """ "At 95% recall the advantage narrows to 1.4-2.1x over DiskANN": an advantage that
    names no measure is the one the paper gave earlier against the same baseline, read in
    another sentence ("... 3.2x the queries per second of DiskANN" -> throughput)."""
    carried: list[Claim] = []
    for claim in claims:  # (in the order of the abstract)
        if "metric=named" not in claim.evidence.split() and _changes_the_advantage(claim):
            earlier = [c.metric for c in carried if _same_baseline(c.baseline, claim.baseline)]
            if earlier:
                claim = replace(claim, metric=earlier[-1])
        carried.append(claim)
    return carried


def _changes_the_advantage(claim: Claim) -> bool:
    """Whether the claim's own number is the one the advantage changes to."""
    for match in _ADVANTAGE_CHANGES.finditer(claim.sentence):
        following = first_quantity(claim.sentence[match.end() : match.end() + 40])
        if following is not None and following.value == claim.value:
            return True
    return False


def _same_baseline(earlier: str | None, later: str | None) -> bool:
    """ "the server-mediated design" is the "server-mediated RDMA design" named before."""
    if not earlier or not later:
        return False
    earlier_words, later_words = set(earlier.lower().split()), set(later.lower().split())
    return earlier_words <= later_words or later_words <= earlier_words


# the advantage itself changes, naming no measure: "its advantage over 2PL shrinks to 1.3x"
# (after a determiner: "the throughput advantage" names its measure)
_ADVANTAGE_CHANGES = re.compile(
    r"\b(?:the|its|their|our)\s+(?:advantage|lead|margin|gap|benefit)s?\s+(?:over\s+[^,;.]{1,60}?\s+)?"
    r"(?:shrinks|narrows|drops|falls|decreases|grows|widens|increases|rises)\s+to\b",
    re.IGNORECASE,
)
