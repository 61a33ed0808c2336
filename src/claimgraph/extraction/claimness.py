"""Which quantities of a sentence are claims: the pre-filter and the predicate cue.

A factor written with its glyph ("2.8x") is a claim unless the text around it marks a
setup figure, a share, a level or a cost paid; a bare number needs a comparison cue
(a predicate like "reduces ... by", a comparative, a marker like "than").
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimgraph import lexicon
from claimgraph.quantities import (
    CUT_FROM,
    FACTOR_VERB_BEFORE,
    LOST_SIGN_SPEEDUP,
    MATH_OPEN,
    NUMBER_OF,
    QUALIFYING_WORDS,
    RESPECTIVELY_WORD,
    SPEEDUP_IS,
    TIMES_SIGN,
    Quantity,
    first_quantity,
    split_sentences,
)

# --------------------------------------------------------------------------- pre-filter


def candidate_sentences(abstract: str) -> list[tuple[int, int]]:
    """Sentences (offsets) that can hold a claim: they contain a factor or a percentage.

    The same regular expressions that read the quantities decide, so the pre-filter can
    never drop a sentence the extractor would read a number from.
    """
    return [(s, e) for s, e in split_sentences(abstract) if first_quantity(abstract[s:e])]


# ---- which quantities are claims

_COMPARATIVE_AFTER = re.compile(
    # ("data with 60% sparsity or more": "or more" bounds a setting, it compares nothing)
    r"^\s*(?:[\w/-]+\s+){0,3}?(?<!\bor\s)(?:faster|slower|higher|lower|less|more|fewer|better|smaller|larger|"
    r"greater|cheaper|shorter|improvements?|improved|gains?|reductions?|reduced|speed-?ups?|"
    r"enhancements?|enhanced|"
    r"speed\s+up|boosts?|increases?|increased|decreases?|decreased|savings?|acceleration|"
    r"uplift|lift|advantage|relative|drop|as\s+\w+\s+as)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    rf"\bby\s+(?:(?:{QUALIFYING_WORDS}|on\s+average|"
    r"an?\s+additional|a\s+further|a\s+remarkable|a\s+significant|an?)\s+)?[~+]?$",
    re.IGNORECASE,
)
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:improvements?|gains?|reductions?|speed-?ups?|savings?|increases?|boosts?|"
    r"decreases?|accelerations?|factor)\s+(?:of\s+)?(?:(?:up\s*to|about|around|over|nearly|roughly|"
    r"approximately|on\s+average|more\s+than|at\s+least|ranging\s+from|on\s+the\s+order\s+of)"
    r"\s+)?[~+]?$",
    re.IGNORECASE,
)
# "achieves reductions in power and query latency of 12.4-30.1% and 8.2-19.6%"
# (several changes; "a marginal increase in hit rate of 1%" is a supposition)
_CHANGES_IN_OF_BEFORE = re.compile(
    # (one gain too, "a gain in machine efficiency of up to 35 percent", but not one increase)
    r"\b(?:improvements?|gains?|reductions?|speed-?ups?|savings?|increases|decreases)\s+in\s+"
    rf"(?:[\w-]+\s+){{1,6}}?of\s+(?:{QUALIFYING_WORDS}\s+)?[~]?$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|improv(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|shrink(?:s|ing)?|speed(?:s|ing)?\s+up|"
    # "removes 37% of encoder invocations": a cut of a count
    r"remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\s+(?:up\s*to\s+|about\s+|"
    r"around\s+|over\s+|nearly\s+|roughly\s+|approximately\s+|more\s+than\s+|"
    r"at\s+least\s+)?[~+]?$",
    re.IGNORECASE,
)
# "the Q-tree index outperformed the baseline hash table 9%-48% under varied workloads",
# "outperforms a leading ... engine (TAPIR) more than 10-fold": the "by" left out after the
# object of a verb of beating (an object without a preposition, so that "outperforms X on 5%
# of the queries" is no claim)
_BEATS_OBJECT_BEFORE = re.compile(
    r"\b(?:out-?perform|surpass|beat)\w*\s+"
    r"(?:(?!(?:on|in|for|with|at|across|under|when|while|by|and|which|that|of)\b)[^\s,;.()]+\s+)"
    r"{1,8}(?:\([^()]{1,40}\)\s+)?"
    r"(?:up\s*to\s+|about\s+|around\s+|over\s+|nearly\s+|roughly\s+|more\s+than\s+|"
    r"at\s+least\s+)?$",
    re.IGNORECASE,
)
# "reduced the page migration overhead about 37.5%", "increases the overall hit rate 1.2%":
# the change's verb and its measure, with the "by" left out
_NO_MEASURE_WORD = (
    r"(?!(?:of|to|from|by|with|in|on|for|and|or|that|which|than|between|as|at|up|is|are|was|"
    r"were|be|been|it|them|this|about|around|approximately|nearly|roughly|almost|over|more|"
    r"during|under|below|above|when|while|across|per)\b)"
)
VERB_MEASURE_BEFORE = re.compile(
    r"(?<!-)\b(?:reduc|improv|increas|decreas|lower|boost|prolong|shorten|sav)\w*\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    rf"(?P<measure>(?:{_NO_MEASURE_WORD}[\w-]+\s+){{0,3}}?{_NO_MEASURE_WORD}[\w-]+)\s+"
    r"(?:(?:about|around|approximately|nearly|roughly|almost|over|more\s+than|up\s*to)\s+)?[~]?$",
    re.IGNORECASE,
)
# What a level is kept below or above that is no system: a target, a limit, a device's rating
BOUND = (
    # (not "vLLM under the SLO": the words before the bound qualify it)
    r"(?:(?:the|its|their|our|an?|each)\s+)?"
    r"(?:(?!(?:under|at|with|for|on|in|of|and|or|to|by|from)\b)[\w'’-]+\s+){0,3}?"
    r"(?:SLOs?|SLAs?|QoS|targets?|thresholds?|budgets?|limits?|caps?|capacity|peaks?|optimal|"
    r"optimum|bounds?|boundary|boundaries|deadlines?|line\s+rate|TDP|ceilings?|requirements?)\b"
)
MARKER_AFTER = re.compile(
    r"^\s*(?:(?:[\w-]+\s+){0,3}?(?:compared\s+(?:to|with)|than|over|versus|vs\.?|relative\s+to)|"
    # ("12% below RS", "34% below barrier synchronisation": right after the number; not a
    # bound, "5x above capacity", "20% below the SLO", "8% below the NIC line rate")
    # (a name's own bound stays its: "5% below TensorRT-LLM's peak throughput")
    r"(?:below|above)(?!\s+(?!\S+['’]s\s)" + BOUND + r"))\s+(?![~+$]?\d)",
    re.IGNORECASE,
)
# Self-relative scaling (CLAIMS.md): the factor by which a system's own speed grows with its
# workers, right after the words that say so ("observed near-ideal scaling with a 15.6x
# speedup", "scales near-linearly to 32 cores (27x)")
_SCALING_BEFORE = re.compile(
    r"(?:\b(?:(?:near|almost|nearly|close-to|close\s+to|super)[\s-]?)?(?:linear|ideal|perfect)"
    r"(?:ly)?\s+(?:strong\s+|weak\s+)?scal(?:ing|ability|es|ed)|"
    r"\bscal(?:es|ed|ing)\s+(?:(?:almost|nearly|near|close\s+to)[\s-])?"
    r"(?:super-?)?(?:linearly|ideally|perfectly))\b"
    # (then only where it scales to and the figure: "scaling with a 15.6x speedup", "to 32
    # cores (27x)", "scaling, reaching 7.6x on 8 GPUs"; not "..., outperforming X by 1.7x")
    r"(?:\s+(?:up\s+)?to\s+[\w,\s-]{1,30}?)?,?\s*(?:\(|(?:with|reaching|achieving|yielding|"
    r"attaining|giving)\s+(?:an?\s+)?(?:(?:up\s+to|about|nearly|over)\s+)?)$",
    re.IGNORECASE,
)
# Self-relative scaling per step of resources: "at a rate of 1.8x/1.7x for every doubling of
# threads", "For every doubling of threads, X improves performance by 1.9x"
_PER_DOUBLING = re.compile(
    r"(?:(?!\.\s)[^;]){0,60}?\b(?:per|for\s+(?:every|each)|with\s+(?:every|each))\s+"
    r"(?:doubling|2x\s+increase)\s+(?:of|in)\b",
    re.IGNORECASE,
)
# What may follow the scaling figure: its noun, a setting, or the end of its clause
_AFTER_A_SCALING_FIGURE = re.compile(
    r"\s*(?:speed-?ups?\b(?!\s+(?:over|than|compared|relative|against|versus|vs)\b)|[),;.]|"
    r"(?:on|with|at|across|using)\b|$)",
    re.IGNORECASE,
)
# How far an estimate is off, not a system ahead of another: "commonly used estimation methods
# overestimate energy by a factor of 1.7-2.9", "mock tokens overestimate routing Gini by up to
# a factor of 2.35"
_AN_ESTIMATES_ERROR_BEFORE = re.compile(
    # (the verb: "reduces memory overestimation by 45%" is a claim)
    r"\b(?:over|under)-?estimat(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?by\s+"
    r"(?:up\s+to\s+|about\s+|roughly\s+)?"
    r"(?:an?\s+(?:factor|average)\s+of\s+)?$",
    re.IGNORECASE,
)
# ("uncovers 3x as many bugs as X", "the number of crashes found by Y": more found than another)
_AS_MANY_AS_AFTER = re.compile(r"\s*(?:as\s+(?:many|much)\b|the\s+number\s+of\b)", re.IGNORECASE)
# What a tool found, not what it gains: "has detected a 2.5x efficiency regression"
_WHAT_IS_FOUND_BEFORE = re.compile(
    r"\b(?:detect|identif|uncover|diagnos|pinpoint|discover)\w*\s+(?:an?\s+|the\s+)?"
    r"(?:(?:up\s+to|about|over|nearly)\s+)?$",
    re.IGNORECASE,
)
# A gap to a bound compares no system: "roughly 50% above the lower bound", "30% more space
# than the theoretical lower bound" (as "within 3% of the optimum" is a bound on a gap)
_TO_A_BOUND_AFTER = re.compile(
    r"^\$?\s*(?:[\w-]+\s+){0,3}?(?:(?:above|below)\s+(?!\S+['’]s\s)"
    + BOUND
    # (after "than" only a bound by name: "than a static frequency cap" is a policy)
    + r"|than\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:bounds?|optimum))(?![\w-])"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|but|while|with|for|on|in|at|under|across|when|by)\b)",
    re.IGNORECASE,
)
# "saves up to 66% of core power", "eliminates 90% of the copies": a cut, not a share
_REDUCTION_VERB_BEFORE = re.compile(
    r"\b(?:sav|reduc|cut|eliminat|remov|lower|decreas|avoid|hid|shav|trim)\w*\s+"
    r"(?:(?:up\s*to|about|around|over|nearly|roughly|more\s+than|at\s+least)\s+)?[~]?$",
    re.IGNORECASE,
)
# "the median energy reduction is 11%", "the resulting speedup was 2.1x", "the energy saving
# can be more than 20%"
_CHANGE_IS_BEFORE = re.compile(
    r"\b(?:improvements?|gains?|reductions?|speed-?ups?|savings?|increases?|decreases?)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:is|was|are|were|reaches|reached|(?:can|could|may|will)\s+be)\s+"
    r"(?:(?:up\s*to|about|around|over|nearly|roughly|approximately|more\s+than|at\s+least|"
    r"as\s+(?:much|high)\s+as)\s+)?"
    r"[~]?$",
    re.IGNORECASE,
)
# "reduces the latency of RT requests (up to 74.20%)", "less overall wear (up to 76.9%)": the
# change a verb or a comparative made, in parentheses
_CHANGE_IN_PARENTHESES = re.compile(
    r"(?<!-)\b(?:reduc|improv|increas|boost|cuts?\b|lower|accelerat|speed|sav|outperform|"
    r"less\b|fewer\b|higher\b|faster\b|better\b)\w*"
    r"\b(?!-)(?:(?!\b(?:comparable|similar|on\s+par)\b)[^.;()]){0,60}\(\s*(?:(?:up\s*to|about|around|over|nearly|roughly|by)\s+)?[~]?$",
    re.IGNORECASE,
)
_LEVEL_OF_BEFORE = re.compile(
    r"\b(?:amplification|ratio|utili[sz]ation|efficiency|occupancy)\s+of\s+"
    r"(?:(?:about|around|only|just|up\s*to|over|nearly|roughly)\s+)?[~]?$",
    re.IGNORECASE,
)
# "99% of Transformer quality", "more than 80% of the compression gain" (a share of a gain),
# not "a 30% of improvement"
SHARE_OF = re.compile(
    r"^\s*of\s+(?:(?:the|its|their)\s|"
    r"(?!(?:[\w-]+\s+){0,3}(?:speed-?ups?|improvements?|reductions?|gains?)\b))",
    re.IGNORECASE,
)
# "2.2 times of Ext4", "0.6x-1.2x of native throughput": a multiple of what follows (a share
# is a percentage; "2x of the GPU memory" describes a setting)
TIMES_OF_A_THING = re.compile(r"^\s*of\s+(?!(?:the|its|their|an?|each|all|total)\b)", re.IGNORECASE)
# "5.3 times of the vanilla OpenWhisk", "1.8 times of the throughput": a multiple, as many
# authors whose first language is not English write it, of a thing or of a measure of
# performance (not "4 times of the model size", "2x of the GPU memory": a setting's size)
TIMES_OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+(?P<what>(?:[\w-]+\s+){0,3}[\w-]+)", re.I)
_PERCENTILE = re.compile(r"^\s*(?:tail\s+|percentile\s+)?(?:latenc|response|tail)", re.IGNORECASE)
PAID_BEFORE = re.compile(
    r"(?:\b(?:only|just|negligible|minimal|marginal|slight|small|minor|less\s+than|under|"
    r"(?:no|never)\s+more\s+than|with|(?:with\s+)?down\s+to|"
    r"overheads?\s+of|loss\s+of|drop\s+of|degradation\s+of)\s+(?:an?\s+)?(?:of\s+)?[~<≤]?)$",
    re.IGNORECASE,
)
_PAID_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:drop|degradation|loss|overheads?|penalty|decrease|increase|"
    # ("with only an 11.1% throughput reduction": less of a gain, not a cut of a cost)
    r"slower|slowdown|worse|(?:throughput|goodput|accuracy|performance|quality|speed)\s+"
    r"reductions?)\b",
    re.IGNORECASE,
)
# A price given roughly: only a loss ("with about 2% accuracy loss"; not "with about 3x lower
# memory overhead", a gain)
_WITH_ABOUT_BEFORE = re.compile(
    r"\bwith\s+(?:about|approximately|around|roughly|nearly)\s+(?:an?\s+)?[~]?$", re.IGNORECASE
)
_A_LOSS_AFTER = re.compile(
    r"^\s*(?:(?!(?:lower|less|fewer|higher|more|better|reduced|smaller)\b)[\w-]+\s+){0,3}?"
    r"(?:drop|degradation|loss|penalty|slowdown)\b",
    re.IGNORECASE,
)


def _a_rough_price(before: str, after: str) -> bool:
    """ "with approximately 1.0% nominal timing degradation": what a gain costs, given roughly."""
    return bool(_WITH_ABOUT_BEFORE.search(before) and _A_LOSS_AFTER.match(after))


# What an ablation does to a part ("disabling prefetching", "with the cache disabled")
SWITCHING_OFF = (
    r"(?:[Dd]isabling|[Rr]emoving|[Aa]blating|[Tt]urning\s+off|[Ss]witching\s+off|[Oo]mitting)"
)
SWITCHED_OFF = r"(?:disabled|removed|turned\s+off|switched\s+off)"
_SWITCHED_OFF = re.compile(
    rf"\b{SWITCHING_OFF}\s|\b[Ww]ith\s+(?:[\w/-]+\s+){{1,4}}{SWITCHED_OFF}\b"
)
_NO_COST_WORD = (
    r"(?!(?:efficien|saving|reuse|utili[sz]ation|reduction|detect|found|caught|identif|uncover)\w*)"
)
# "Compile time grows by 3% on average", "training throughput decreases by 7% due to the
# hashing", "does not degrade any benchmark by more than 0.5%": the subject's own measure
# changed the worse way, with nothing it is compared with, is a cost paid
WORSE_CHANGE_BEFORE = re.compile(
    # (not a gain named after the cost, nor what was found: "memory efficiency increases",
    # "memory savings grow", "violations detected increase")
    rf"\b(?:(?:{lexicon.COST_MEASURE}|size)\s+(?:{_NO_COST_WORD}[\w-]+\s+){{0,2}}?"
    r"(?:grows?|grew|increases?|increased|rises?|rose)|"
    # "Tarn slows execution by 8.7% on average", "pushes increase bytes transferred by 3%"
    r"slows?(?:\s+down)?(?:\s+[\w-]+){0,2}?|"
    r"(?:increases?|increased|raises?|raised)\s+(?:the\s+)?"
    rf"(?:{_NO_COST_WORD}[\w-]+\s+){{0,2}}?"
    # ("increases client-side computation by roughly 35% and upload size by 12%")
    rf"(?:{lexicon.COST_MEASURE}|(?:upload|download|message|payload|binary|code|index|"
    r"checkpoint|log|file)\s+size)|"
    # (not QPS or a hit ratio, whose drops an ablation reports: "without prefetching, QPS drops
    # by 28%")
    r"(?:throughput|bandwidth|accuracy|performance|speed|goodput)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decreases?|decreased|drops?|dropped|falls?|fell|degrades?|degraded)|"
    r"degrades?(?:\s+[\w-]+){0,3}?)"
    r"\s+by\s+(?:(?:up\s*to|about|around|roughly|nearly|approximately|only|just|at\s+most|"
    r"(?:no\s+)?more\s+than)\s+)?[~]?$",
    re.IGNORECASE,
)
# "an overhead of 3%", "the median query overhead is 1.9x relative to X", "the same storage
# overhead (1.4x)": a level of a cost paid
_OVERHEAD_BEFORE = re.compile(
    r"\b(?:overheads?|penalty|penalties)\s+"
    # ("the remaining overhead relative to uninstrumented code is still 1.9x")
    r"(?:(?:relative\s+to|compared\s+(?:to|with)|over|versus|vs\.?)\s+[^,;()]{1,60}?\s+)?"
    r"(?:(?:of|is|was|are|were|remains?|ranges?\s+from)\s+|\(\s*)"
    r"(?:(?:still|up\s*to|only|just|about|around|roughly|below|under)\s+)?[~]?$",
    re.IGNORECASE,
)
# "at the cost of a slight (2%) decrease", "The price is a modest increase in latency (up to
# 22% ...)", "does come at a cost: ... are 18% slower than in Envoy": a price named as one
_PRICE_BEFORE = re.compile(
    r"\bat\s+the\s+(?:cost|price|expense)\s+of\b[^.;]{0,40}$|"
    r"\bthe\s+(?:price|cost|downside|drawback|trade-?off)\s+is\b[^.;]{0,60}$|"
    r"\bc(?:o|a)mes?\s+at\s+a\s+(?:\w+\s+)?(?:cost|price)\b[^.;]{0,120}$",
    re.IGNORECASE,
)
# "with an index only 6% larger than X": "only" before more of something is a cost paid
_ONLY_BEFORE = re.compile(r"\b(?:only|just)\s+(?:an?\s+)?[~]?$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"^\s*(?:larger|bigger|longer|more|higher|as\s+much)\b", re.IGNORECASE)
_GROWS_BY_BEFORE = re.compile(
    r"\b(?:grows?|grew|increases?|increased|expands?|expanded)\s+by\s+(?:about\s+|only\s+)?[~]?$",
    re.IGNORECASE,
)
_IN_SIZE_AFTER = re.compile(r"^\s+in\s+(?:size|length|memory|footprint)\b", re.IGNORECASE)
# "The emulation layer adds 18% overhead per execution": a cost paid, whatever it is against
_ADDS_BEFORE = re.compile(
    r"\b(?:adds?|adding|added|incurs?|incurring|incurred|introduces?|imposes?)\s+"
    r"(?:(?:an?|only|just|about|up\s*to|roughly)\s+)*[~]?$",
    re.IGNORECASE,
)
# "less than the 3x suggested by peak FLOPS": a figure someone expected, not a result
_HYPOTHESIS_AFTER = re.compile(
    r"^\s+(?:suggested|predicted|expected|promised|claimed|projected)\s+by\b", re.IGNORECASE
)
# "overhead averages 14%, compared with an estimated 4.6x for a full recorder": the level
# of another system set beside the subject's, not a comparison of its own
_OTHERS_LEVEL_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+)?(?:estimated\s+|only\s+|just\s+)?"
    r"[~]?$",
    re.IGNORECASE,
)
_OTHERS_LEVEL_AFTER = re.compile(r"^\s+for\s+(?!(?:the\s+)?(?:same|each|all|every)\b)", re.I)
_FROM_TO_OPENS = re.compile(
    r"\bfrom\s+[~]?[\d.,]+\s?[\w/%]*\s+to\s+[~]?[\d.,]+\s?[\w/%]*\s*\(\s*$", re.IGNORECASE
)
# "For a workload with 50% PUTs", "At 95% recall": a share that sets the workload or the
# operating point (not "with 2x higher throughput")
_SETTING_BEFORE = re.compile(r"\b(?:with|at)\s+(?:only\s+)?[~]?$", re.IGNORECASE)
_SETTING_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:higher|lower|more|less|fewer|better|faster|slower|smaller|larger|greater|"
    r"improve\w*|reduc\w*|speed-?ups?|gains?|savings?|increases?|decreases?|drops?|overheads?|"
    r"of|the|and|or|to)\b)[A-Za-z][\w-]*\b(?!\s+(?:than|over|compared|relative|improvement|"
    r"reduction|gain|speed-?up)\b)",
    re.IGNORECASE,
)
# "an additional 12.59% with 2D parallelism", "a further 12% over X": a gain added on top
_ADDED_ON_TOP_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|further|extra)\s+[~]?$", re.I)
# "threefold advantages", "two-fold contributions" count things; they compare nothing.
_COORDINATED_CHANGE_BEFORE = re.compile(
    r"[~]?\d+(?:\.\d+)?\s?(?:%|x|×)\s*,?\s+and\s+(?P<measure>(?:[\w-]+\s+){0,3}?)by\s+"
    r"(?:(?:up\s*to|about|roughly|nearly)\s+)?$",
    re.IGNORECASE,
)


def _without_a_coordinated_cost(before: str) -> str:
    """ "increases computation by 35% and upload size by ": the text up to the first number's
    "by", when the number coordinated after it changes a measure that is no gain ("... and
    throughput by" is a gain of its own)."""
    coordinated = _COORDINATED_CHANGE_BEFORE.search(before)
    if coordinated is None or lexicon.metric_in(coordinated["measure"]) in (
        "throughput",
        "speedup",
        "accuracy",
    ):
        return before
    return before[: coordinated.start()]


# "twice that of Click": a multiple of the measure named before, against what "of" names
THAT_OF_AFTER = re.compile(r"\s+(?:that|those)\s+of\b", re.IGNORECASE)
# "at most 4% later", "by no more than ten percent": a bound from above on what follows
_AT_MOST_BEFORE = re.compile(r"\b(?:at\s+most|no\s+more\s+than)\s+$", re.IGNORECASE)
_A_LEVEL_REACHED_BEFORE = re.compile(
    r"\b(?:reduc|lower|cut|decreas|drop|rais|increas|bring|brought)\w*\s+[^,;.]{0,40}?"
    r"(?<!\bup\s)\b(?:back\s+)?to\s+(?:only\s+|just\s+|about\s+|roughly\s+|around\s+)?$",
    re.IGNORECASE,
)
_A_RELATIVE_MEASURE = re.compile(r"\b(?:advantage|speed-?ups?|gap|gains?|improvements?)\b", re.I)
# "ran 10 times faster", "performed 3 times worse", "3 times as accurate as": a comparison
_A_COMPARATIVE_RIGHT_AFTER = re.compile(
    r"\s*(?:faster|slower|fewer|less|lower|better|worse|smaller|larger|higher|more|greater|"
    r"longer|shorter|as\s+\w+\s+as)\b",
    re.IGNORECASE,
)
_REPEATED_BEFORE = re.compile(
    r"\b(?:repeat(?:ed|s)?|re-?ran|re-?run|ran|run|executed|performed|invoked|retried|measured)"
    r"(?:\s+(?!by\b|than\b|over\b)[\w-]+){0,2}?\s+$",
    re.IGNORECASE,
)
_COUNTED_NOUN = re.compile(
    r"^\s*(?:advantages|benefits|contributions|goals|objectives|aims|purposes|roles|"
    r"challenges|problems|issues|ways|steps|stages|perspectives)\b",
    re.IGNORECASE,
)
# "76% scaling efficiency", "43.3% Model FLOPs Utilization": a level reached, whatever it is
# compared with later; "a 5% utilization gain" is a change.
_LEVEL_NOUN_AFTER = re.compile(
    r"^\s+(?:(?!(?:higher|lower|better|worse|more|less|greater|improved|increased|reduced)\b)"
    r"[\w-]+\s+){0,3}?(?:efficiency|utili[sz]ation|MFU|HFU)\b"
    r"(?!\s+(?:improvements?|gains?|increases?|boosts?|reductions?|drops?|higher|lower|better|"
    r"more|less|over|than)\b)",
    re.IGNORECASE,
)
# (self-relative: "gains of 76% in weak-scaling efficiency")
_SCALING_EFFICIENCY = re.compile(
    r"\s+in\s+(?:[\w-]+\s+)?(?:(?:weak|strong)[\s-])?(?:scaling|parallel)\s+efficiency", re.I
)
# "Query latency varies by 45% across four CPU generations", "can differ by as much
# as 60%": a spread between settings, not a comparison of two systems
_SPREAD_BEFORE = re.compile(
    r"\b(?:var(?:y|ies|ied|ying)|differ(?:s|ed|ing)?|fluctuat(?:e|es|ed|ing))\s+by\s+"
    r"(?:(?:up\s*to|as\s+much\s+as|more\s+than|less\s+than|over|about|around|nearly|almost|"
    r"roughly|an?\s+(?:median|mean|average)\s+of)\s+)?(?:a\s+factor\s+of\s+)?[~]?"
    # ("differ by a median of 4.9x (max 81x)": the aside spreads as far)
    r"(?:\d[\d.,]*\s?(?:x|×|%)\s*\(\s*(?:max(?:imum)?|up\s+to|at\s+most)?\s*)?$",
    re.IGNORECASE,
)
# "a 25x range", "up to 1.33x performance variation", "0.72-1.22x cycle-count correlation": how
# far values spread or agree, no comparison
_SPREAD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:range|spread|variation|variability|fluctuation|correlation|"
    r"swing)s?\b",
    re.IGNORECASE,
)
_AVOIDS_BEFORE = re.compile(
    r"\b(?:avoid|eliminat|remov|prevent|mitigat|hid)(?:es|e|s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:up\s+to|about|nearly|roughly|the)\s+)?[~]?$",
    re.IGNORECASE,
)
_RATIO_REACHED_BEFORE = re.compile(
    r"\bratios?\s+(?:(?:reach(?:es|ed)?|spans?|spanning|hits?|of|is|are|was|were)\s+)?"
    r"(?:(?:up\s+to|about|around|a\s+median(?:\s+of)?|as\s+high\s+as)\s+)?[~]?$",
    re.IGNORECASE,
)
# A loss the number measures ("a 34x model-load slowdown"; not "2x without accuracy loss")
_A_BARE_LOSS_AFTER = re.compile(
    r"\s+(?:(?!(?:without|with|and|or|at|in|on|for|while|than|over)\b)[\w-]+\s+){0,2}?"
    r"(?:slowdown|penalty|degradation)s?\b",
    re.IGNORECASE,
)
_A_HARM_BOUNDED_BEFORE = re.compile(
    r"\bwithout\s+(?:increasing|raising|hurting|degrading|affecting|exceeding|reducing|lowering|"
    r"sacrificing|compromising|inflating|slowing)\b[^.;]{0,80}?\bby\s+(?:more\s+than|over)\s+$",
    re.IGNORECASE,
)
_CONSUMES_BEFORE = re.compile(
    r"\b(?:consum(?:es|ed|ing|e)|spend(?:s|ing)?|spent)\s+(?:(?:about|roughly|up\s+to|nearly)\s+)?$",
    re.IGNORECASE,
)
_LESS_OR_COMPARED_AFTER = re.compile(
    r"\s*(?:less|fewer|lower|more|higher)\b|[^.;]{0,60}?\b(?:than|compared|relative\s+to|versus|vs)\b",
    re.IGNORECASE,
)
# A comparison later in the number's clause ("a 34x slowdown compared to native execution")
_A_COMPARISON_IN_CLAUSE = re.compile(
    r"[^;.]{0,80}?\b(?:than|compared\s+(?:to|with)|relative\s+to|over|versus|vs\.?|against)\s",
    re.IGNORECASE,
)
_MULTIPLE_OF = re.compile(r"^\s+the\s+(?P<rest>(?:[\w-]+\s*){1,3})", re.IGNORECASE)
_OF_AN_OWNER = re.compile(r"\s+the\s+(?:[\w-]+\s+){1,3}?of\s+(?!\d)", re.IGNORECASE)
_LEVEL_PAIR_AFTER = re.compile(
    # (not a bound on what the gain costs: "by up to 38% with less than 4% loss")
    r"^\s*(?!(?:with|at|while)\s+(?:less|fewer|no\s+more|not\s+more)\s+than\b)"
    r"(?:\w+\s+){0,2}?(?:compared\s+(?:to|with)|vs\.?|versus|than|against|over|relative\s+to)"
    # (a number, not a name that starts with one: "compared with a 2PC-over-Paxos design")
    # (nor a number of a clause of its own: "than GradSift but loses 0.6% accuracy")
    r"\s+(?:the\s+)?(?:(?!(?:and|or|by|but|while|whereas|yet)\b)[\w-]+\s+){0,3}?"
    # (nor a hyphenated modifier: "than the fixed 10-minute keep-alive policy")
    r"(?:(?P<last>(?!(?:and|or|by|but|while|whereas|yet)\b)[\w-]+)\s+)?"
    r"\d(?![\d.,]*(?:(?-i:[A-Z])|-[a-z]))",
    re.IGNORECASE,
)


# "by over $23\%$": LaTeX math that opens right before the number hides the cue before it
_MATH_OPENS = re.compile(MATH_OPEN + r"\s?$")


def is_claim_quantity(sentence: str, quantity: Quantity) -> bool:
    """Whether a quantity states a comparison (not a setup figure, share or cost paid)."""
    return _states_a_comparison(*near(sentence, quantity, _CUE_REACH))


# How far from its number a cue of comparison may be written
_CUE_REACH = 400


def near(sentence: str, quantity: Quantity, width: int) -> tuple[str, Quantity]:
    """The text ``width`` characters either side of a quantity, and the quantity in it: every
    cue is written near its number, and reading only there keeps a sentence of many numbers
    linear."""
    start = max(0, quantity.start - width)
    window = sentence[start : quantity.end + width]
    return window, replace(quantity, start=quantity.start - start, end=quantity.end - start)


def _times_of_the_thing(quantity: Quantity, after: str) -> bool:
    of_the = TIMES_OF_THE.match(after)
    if not of_the or not re.search(r"times$", quantity.text, re.IGNORECASE):
        return False
    return lexicon.metric_in(of_the["what"]) not in ("memory", "parameters", "size", "other")


def _states_a_comparison(sentence: str, quantity: Quantity) -> bool:
    before = _MATH_OPENS.sub("", sentence[: quantity.start])
    after = sentence[quantity.end :]
    if (
        SHARE_OF.match(after)
        and not _REDUCTION_VERB_BEFORE.search(before)
        and not (quantity.unit == "x" and TIMES_OF_A_THING.match(after))
        and not _times_of_the_thing(quantity, after)
    ):
        return False
    # (the patterns below end at the number and span a few words: searched over the whole
    # sentence before it, a sentence of 400 numbers read it 400 times)
    just_before = before[-200:]
    if _A_HARM_BOUNDED_BEFORE.search(just_before):
        # "without increasing the tail latency of the primary VM by more than 10%": a bound on
        # a harm, no comparison
        return False
    if _CONSUMES_BEFORE.search(just_before) and not _LESS_OR_COMPARED_AFTER.match(after):
        return False  # "but consuming 2.3X CPU instructions": what it spends, a cost paid
    avoided = _AVOIDS_BEFORE.search(just_before)  # ("avoids up to 1.33x performance variation")
    if _SPREAD_BEFORE.search(just_before) or (_SPREAD_AFTER.match(after) and not avoided):
        return False
    if _RATIO_REACHED_BEFORE.search(just_before) and not _A_COMPARISON_IN_CLAUSE.match(after):
        return False  # "peak-to-mean ratios up to 4.7x", "the hourly ratio spans a median 24.5x"
    if _A_BARE_LOSS_AFTER.match(after) and not avoided and not _A_COMPARISON_IN_CLAUSE.match(after):
        # "explains a +131% KV-restore penalty and a 34x model-load slowdown": a loss compared
        # with nothing is a cost paid or the problem, no one ahead
        return False
    if _a_hardware_bandwidth_ratio(before, after):
        return False
    if _LEVEL_OF_BEFORE.search(before) and not _CHANGES_IN_OF_BEFORE.search(before):
        # "a write amplification of 2.5x": a level reached, not a change ("a gain in machine
        # efficiency of up to 35 percent" is a change)
        return False
    if not _has_unit(quantity):
        changes = re.match(r"(?:doubl|tripl|halv)", quantity.text, re.IGNORECASE)
        # ("..., halving the number of control frames": a cut in a count of things is a
        # result; not a setting changed, "when halving the number of trials", nor more of a
        # count, "doubled the number of GPUs")
        counted = (
            quantity.text.lower().startswith("halv")
            and NUMBER_OF.match(after)
            and (before.rstrip().endswith(",") or quantity.text.lower().endswith(("es", "ed")))
            and not re.search(r"\b(?:when|if|by|after|on|before)\s*$", before, re.I)
        )
        if not counted and not _names_its_measure(before, after):
            return False
        if changes:
            return True  # the verb is the comparison: "doubles the throughput"
    if (
        quantity.unit == "%"
        and quantity.value in (50, 90, 95, 99, 99.9)
        and _PERCENTILE.match(after)
    ):
        return False
    if PAID_BEFORE.search(before) and _PAID_AFTER.match(after):
        return False
    if _a_rough_price(before, after):
        return False
    if _OVERHEAD_BEFORE.search(before):
        return False
    if (
        # (and a number coordinated after one: "increases computation by 35% and upload size
        # by 12%")
        WORSE_CHANGE_BEFORE.search(_without_a_coordinated_cost(before))
        # (an ablation in the number's clause: "disabling prefetching alone raises latency by
        # 31%", not a condition, "without any code changes")
        and not _SWITCHED_OFF.search(re.split(r"[;:]", before)[-1])
        # ("throughput drops by only 6% relative to an all-HBM configuration": "only" says a
        # price kept small, whatever it is measured against)
        and (
            not MARKER_AFTER.match(after)
            or _ONLY_BEFORE.search(before)
            # ("increases by no more than ten percent compared with that baseline": a bound)
            or _AT_MOST_BEFORE.search(before)
        )
        # ("slows down communication by 40% less": a comparison of two costs)
        and not re.match(r"\s*(?:less|fewer|lower)\b", after, re.IGNORECASE)
    ):
        return False
    if _PRICE_BEFORE.search(before) and not MARKER_AFTER.match(after):
        return False  # (against something named, it is a comparison turned around)
    if _ONLY_BEFORE.search(before) and _MORE_AFTER.match(after):
        return False
    if _GROWS_BY_BEFORE.search(before) and _IN_SIZE_AFTER.match(after):
        return False  # "Rewritten binaries grow by 14% in size": a cost paid
    if _ADDS_BEFORE.search(before) and _PAID_AFTER.match(after):
        return False
    if re.search(r"\bwithin\s+(?:about\s+|roughly\s+)?(?:a\s+factor\s+of\s+)?$", before, re.I):
        return False  # "within 3% of X", "to within a factor of two": a bound on a gap
    if _AT_MOST_BEFORE.search(before) and re.match(
        r"\s*(?:higher|slower|worse|more|larger|later|longer)\b", after, re.I
    ):
        # "at most 4% later than under FIFO", "shipping at most fifteen percent more data": a
        # bound on a loss, like "within"
        return False
    if _HYPOTHESIS_AFTER.match(after):
        return False
    if _SETTING_BEFORE.search(before) and _SETTING_NOUN_AFTER.match(after):
        return False
    if _is_others_level(before, after):
        return False
    if _TO_A_BOUND_AFTER.match(after):
        return False
    if quantity.value == 0 and quantity.value_max is None:
        return False  # "achieves 0% pruning error": a level, no change
    if _AN_ESTIMATES_ERROR_BEFORE.search(before):
        return False
    if (
        _WHAT_IS_FOUND_BEFORE.search(before)
        and not _COMPARATIVE_AFTER.match(after)
        and not MARKER_AFTER.match(after)
        and not _AS_MANY_AS_AFTER.match(after)
    ):
        return False  # (but "identifies 30% more bugs than X", "3x as many bugs as X" compare)
    if (
        quantity.unit == "x"
        and _SCALING_BEFORE.search(before)
        and _AFTER_A_SCALING_FIGURE.match(after)
        and not MARKER_AFTER.match(after)
    ):
        return False
    if quantity.unit == "x" and (
        _PER_DOUBLING.search(before[-120:]) or _PER_DOUBLING.match(after[:80])
    ):
        return False  # "improves performance at a rate of 1.9x for every doubling of threads"
    if (
        quantity.unit == "x"
        and _A_LEVEL_REACHED_BEFORE.search(before)
        # ("its advantage over 2PL drops to 1.3x": a relative level is a comparison)
        and not _A_RELATIVE_MEASURE.search(before[-80:])
    ):
        # "reduces write amplification to 4.1x, compared with 17.3x for LevelDB", "raises
        # write amplification back to 9.7x": a level the measure reaches, no change
        return False
    if (
        _REPEATED_BEFORE.search(before)
        and re.search(r"\btimes$", quantity.text, re.I)
        and not _A_COMPARATIVE_RIGHT_AFTER.match(after)
    ):
        return False  # "campaigns repeated 10 times": how often it was run, no factor
    if _COUNTED_NOUN.match(after):
        return False
    if (
        quantity.unit == "%"
        and _LEVEL_NOUN_AFTER.match(after)
        and not _BY_BEFORE.search(before)
        # ("gains of up to 36% in throughput efficiency": the change is named before, the
        # measure after "in")
        and not (
            _NOUN_OF_BEFORE.search(before)
            and not re.search(r"\bfactor\s+of\s+\S*$", before)
            and after.startswith(" in ")
            and not _SCALING_EFFICIENCY.match(after)
        )
    ):
        return False
    multiple = _MULTIPLE_OF.match(after)
    if multiple and lexicon.metric_in(multiple.group("rest")) is None:
        return False
    if multiple and quantity.unit == "x" and _OF_AN_OWNER.match(after):
        return True  # "twice the throughput of an optimized LRU": the multiple compares
    glyph_factor = quantity.unit == "x" and bool(
        re.search(rf"\d\s?\$?(?:{TIMES_SIGN}|\\?times)", quantity.text)
    )
    if glyph_factor:
        return True
    if (
        quantity.unit == "%"
        and _SIGNED_BEFORE.search(before)
        # (not in an aside: "(baseline 75.8%, +0.4%)")
        and before.count("(") <= before.count(")")
    ):
        return True  # "Over LRU: +9.8% IPC", "p99 TTFT -58% vs. vLLM": a change, signed
    return has_comparison_cue(sentence, quantity)


# a sign written against the number after a label, a space or a clause break ("-58% vs.
# vLLM"), not a difference in parentheses beside a level ("75.1% (+0.4%)")
_SIGNED_BEFORE = re.compile(r"(?:^|[:;,/]\s*|\s)[+−-]$")


# Classes of hardware and the links between them, whose bandwidths a paper cites as facts
_HARDWARE_CLASS = (
    r"(?:GPUs?|CPUs?|PCIe|NVLink|HBM|DRAM|SRAM|SSDs?|HDDs?|disks?|flash|NVMe|Ethernet|"
    r"InfiniBand|(?:graphics\s+)?processors|(?:host|main|device)\s+memory)"
)
# (the class ends the phrase: not "than the GPU implementation of X")
_HARDWARE_CLASS_ENDS = _HARDWARE_CLASS + r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|yet|while|which)\b)"
_MORE_BANDWIDTH_THAN_HARDWARE = re.compile(
    r"^\s*(?:more|less|higher|lower|greater)\s+(?:[\w-]+\s+)?bandwidth\s+than\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?" + _HARDWARE_CLASS_ENDS,
    re.IGNORECASE,
)
# "PCIe bandwidth is ...", "sequential bandwidth of SSDs is ...": a bandwidth of hardware
_A_BANDWIDTH_IS = re.compile(
    r"\b(?:"
    + _HARDWARE_CLASS
    + r"\s+(?:[\w-]+\s+)?bandwidth|bandwidth\s+of\s+"
    + _HARDWARE_CLASS
    + r")\b[^,;:]{0,60}\b(?:is|are|was|were)\s+[^,;:]{0,30}$",
    re.IGNORECASE,
)
_THAN_A_BANDWIDTH = re.compile(
    r"^\s*(?:more|less|higher|lower|greater|larger|smaller)\s+than\s+(?:[\w'’-]+\s+){0,3}?"
    r"bandwidths?\b",
    re.IGNORECASE,
)
_BANDWIDTH_RATIO = re.compile(r"(?<![\w-])bandwidth\s+ratio\b[^;:]{0,40}$", re.IGNORECASE)


def _a_hardware_bandwidth_ratio(before: str, after: str) -> bool:
    """ "GPUs offer an order of magnitude more memory bandwidth than CPUs", "PCIe bandwidth is
    roughly 40x lower than HBM bandwidth", "the bandwidth ratio (which is roughly 16x on modern
    hardware)": a fact about hardware the paper builds on, no system's result."""
    return bool(
        _MORE_BANDWIDTH_THAN_HARDWARE.match(after)
        or (_A_BANDWIDTH_IS.search(before) and _THAN_A_BANDWIDTH.match(after))
        or _BANDWIDTH_RATIO.search(before)
    )


def _has_unit(quantity: Quantity) -> bool:
    """Whether the number carries its unit; "doubles" and a factor whose sign was lost
    ("2.2 higher throughput") do not."""
    return not re.fullmatch(r"[\d.,]+|(?:doubl|tripl|halv)\w+", quantity.text, re.IGNORECASE)


_SPEEDUP_IS_BEFORE = re.compile(r"\b(?i:speed)-?ups?\s+" + SPEEDUP_IS + r"\s+(?:[a-z]+\s+)?$")


def _names_its_measure(before: str, after: str) -> bool:
    """A number without its unit is a claim only where the measure is named with it: "a
    speedup of 2.73", "2.2 higher throughput", "doubles the throughput" (not "doubling the
    number of GPUs")."""
    if re.search(
        r"\b(?:speed-?ups?\s+(?:ratio\s+)?|factor\s+)of\s+(?:[a-z]+\s+){0,2}$", before, re.I
    ):
        return True
    if _SPEEDUP_IS_BEFORE.search(before):
        return True  # "the overall speedup due to the cache redesign is 3.2"
    if THAT_OF_AFTER.match(after):
        return True  # "three times the forwarding rate of X, and twice that of Y"
    if FACTOR_VERB_BEFORE.search(before[-90:]):
        return True  # "accelerates the total build time by 1.35 when compared with"
    if LOST_SIGN_SPEEDUP.search(before) and re.match(r"\s+(?:over|compared|than|against)\b", after):
        return True  # "a 512 speed-up over the CPU and 47 over the best prior accelerator"
    window = " ".join(after.split()[:4])
    if lexicon.metric_in(window, prefer_specific=True) not in (None, "vague", "size"):
        return True
    # "system throughput is doubled", "memory consumption per machine is halved": the measure
    # before a passive doubling verb
    passive = re.search(r"((?:[\w-]+\s+){1,4})(?:is|are|was|were|gets?)\s+(?:\w+ly\s+)?$", before)
    if passive is None:
        return False
    return lexicon.metric_in(passive.group(1)) not in (None, "vague", "size")


def has_comparison_cue(sentence: str, quantity: Quantity) -> bool:
    before = _MATH_OPENS.sub("", sentence[: quantity.start])
    after = strip_asides(sentence[quantity.end :])
    if _BY_BEFORE.search(before) or _NOUN_OF_BEFORE.search(before) or _VERB_BEFORE.search(before):
        return True
    if _BEATS_OBJECT_BEFORE.search(before[-160:]):
        return True
    if _CHANGE_IS_BEFORE.search(before) or _CHANGE_IN_PARENTHESES.search(before):
        return True
    if _CHANGES_IN_OF_BEFORE.search(before):
        return True
    measure = VERB_MEASURE_BEFORE.search(before)
    if measure and lexicon.metric_in(measure["measure"]) is not None:
        return True
    if MARKER_AFTER.match(after) or THAT_OF_AFTER.match(after):
        return True
    if _FROM_TO_OPENS.search(before[-80:]):
        return True  # "cuts launch time from 1.9 s to 1.08 s (43%)": the change the pair makes
    if _ADDED_ON_TOP_BEFORE.search(before) and not _PAID_AFTER.match(after):
        return True  # CLAIMS.md: a gain added on top of another is a claim
    if " to " in quantity.text and CUT_FROM.search(before[-90:]):
        return True  # "save energy from 10% to 36%": a range of cuts
    if _CHANGES_LISTED_AFTER_A_COLON.search(before[-200:]) and not _A_SETTING_RIGHT_BEFORE.search(
        before[-12:]
    ):
        # "a significant improvement in write throughput: up to 34.7% in fio, and an average of
        # 14.5% in db_bench": the numbers the colon lists are the change
        return True
    return bool(_COMPARATIVE_AFTER.match(after))


# (what the gain is in may come between, no aside and no number: not "reduction, AIR: 99.1%",
# "savings 39% (KSM: 23%)"; and no setting's number: "11x at 10%")
_CHANGES_LISTED_AFTER_A_COLON = re.compile(
    r"\b(?:improvements?|gains?|speed-?ups?|reductions?|savings?|increases?|boosts?)\b"
    r"[^:;.!?,()\d]{0,60}:\s*(?:[^;:!?.]|\.\d)*$",
    re.IGNORECASE,
)
_A_SETTING_RIGHT_BEFORE = re.compile(r"\b(?:at|on|with|for|in|under)\s+$", re.IGNORECASE)


def ruled_claims(sentence: str, every: list[Quantity]) -> list[Quantity]:
    """The numbers of ``every`` that the rules of this module take for claims."""
    quantities = [q for q in every if is_claim_quantity(sentence, q)]
    quantities = drop_absolute_pairs(sentence, quantities)
    claims = coordinated_claims(sentence, every, quantities)
    others = _others_levels(sentence, every)
    return [q for q in claims if q.start not in others]


_SETTING_PREPOSITIONS = frozenset("at on for with under in across during than".split())
_LISTED_FOR = re.compile(
    r"\s+for\s+(?:[^,;()]|\([^()]*\)){1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:only\s+)?[~]?$",
    re.IGNORECASE,
)


def _is_others_level(before: str, after: str) -> bool:
    """ "compared with 6.7x for a fully homomorphic approach": another system's level, between
    the text ``before`` and ``after`` its number."""
    return bool(_OTHERS_LEVEL_BEFORE.search(before) and _OTHERS_LEVEL_AFTER.match(after))


def _others_levels(sentence: str, every: list[Quantity]) -> set[int]:
    """ "compared with 1.4x for RS(10,4) and 3x for replication": the levels of other systems
    listed after the subject's, each with its "for", give no claim."""
    # (the first is no claim by itself, but a number coordinated with a claim may have taken it)
    listed = {q.start for q in every if _is_others_level(sentence[: q.start], sentence[q.end :])}
    for previous, current in zip(every, every[1:], strict=False):
        if (
            previous.start in listed
            and _LISTED_FOR.fullmatch(sentence, previous.end, current.start)
            and _OTHERS_LEVEL_AFTER.match(sentence[current.end :])
        ):
            listed.add(current.start)
    return listed


def strip_asides(text: str) -> str:
    text = re.sub(r"^\s*(?:\\\)|\${1,2})", " ", text)  # the LaTeX math around the number closes
    text = re.sub(r"^\s*\)", " ", text)
    text = re.sub(r"^\s*\([^)]*\)", " ", text)
    text = re.sub(r"^\s*(?:on\s+average|in\s+average)\b", " ", text, flags=re.I)
    return re.sub(r"^\s*\([^)]*\)", " ", text)


def drop_absolute_pairs(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "66.5% compared to 63.2%": two levels side by side, not a claim."""
    dropped: set[int] = set()
    for i, q in enumerate(quantities):
        pair = _LEVEL_PAIR_AFTER.match(sentence[q.end :]) if q.unit == "%" else None
        # ("31% on average over SZ 2.1": a name's version, not a level; "14% over the default
        # allocator at 70% memory load": a setting)
        last = (pair["last"] or "") if pair else ""
        if pair and not last[:1].isupper() and last.lower() not in _SETTING_PREPOSITIONS:
            dropped.add(i)
            if i + 1 < len(quantities):
                dropped.add(i + 1)
    return [q for i, q in enumerate(quantities) if i not in dropped]


COORDINATION_GAP = re.compile(
    # ("gains of up to 36% in throughput and of up to 20% in fairness": "of" again after "and")
    r"^(?:[\s,/()+~$]|and\b|or\b|(?<=\band\s)of\b|" + RESPECTIVELY_WORD + r"|on\s+average\b|"
    r"at\s+most\b|up\s*to\b|over\b|more\s+than\b|nearly\b|about\b|"
    r"(?:on|in|for|across|with|at|under)\s+(?:[\w.+-]+\s?){1,5}?(?=[,)]|\s+and\b|\s*$)|"
    # ("up to 72% (T4) and 37% (A10) higher throughput": the setting in parentheses)
    r"(?<=\()[\w.+-]+(?:\s[\w.+-]+){0,2}(?=\)))*$",
    re.IGNORECASE,
)


def coordinated_claims(
    sentence: str, every: list[Quantity], claims: list[Quantity]
) -> list[Quantity]:
    """A number coordinated with a claim's number is a claim too ("gains of 10% on A, 33% on B")."""
    accepted = {q.start for q in claims}
    pairs = list(zip(every, every[1:], strict=False))
    for previous, current in pairs:
        if previous.start in accepted and current.start not in accepted:
            if _coordinated(sentence, previous, current) and not _bounded(sentence, current):
                accepted.add(current.start)
    # "9.3% and 17.5% of end-to-end speedups": the cue may follow the last number only.
    for previous, current in reversed(pairs):
        if current.start in accepted and previous.start not in accepted:
            if (
                _coordinated(sentence, previous, current)
                and not _bounded(sentence, previous)
                and not SHARE_OF.match(sentence[previous.end :])
                and not _A_LEVEL_THEN_ITS_GAIN.match(sentence[previous.end : current.end + 20])
            ):
                accepted.add(previous.start)
    return [q for q in every if q.start in accepted]


# "save up to 25.2% energy in single-node training and 28.4% in multi-node training": the
# measure written after the first number only
# (not "35% lower query latency with over 50% ...": a comparative makes it a claim of its own)
_MEASURE_AFTER = re.compile(
    r"\s*(?P<words>(?:(?!(?:higher|lower|faster|slower|less|more|fewer|better|worse|smaller|"
    r"larger|greater)\b)[A-Za-z][\w-]*\s+){1,3}?)(?=(?:on|in|for|across|with)\s)",
    re.IGNORECASE,
)


# "75.4% top-1 accuracy on ImageNet, 3.2% higher than MobileNetV2": a level with its measure
# named, then the gain over another; the gain's cue is not the level's
_A_LEVEL_THEN_ITS_GAIN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}[\w-]+(?:\s+(?:on|in|for|at|with)\s+[^,;]{1,60})?,\s*[~]?"
    r"\d+(?:\.\d+)?\s?(?:%|x|×)\s+"
    r"(?:higher|lower|better|more|less|greater|faster|slower|smaller|larger)\s+than\b",
    re.IGNORECASE,
)


def _bounded(sentence: str, quantity: Quantity) -> bool:
    """ "to within 4% on A100 and is 7% slower": a bound on a gap shares no claim's cue."""
    return bool(_A_BOUND_BEFORE.search(sentence, 0, quantity.start))


# (not "at most": "by 22.5% on average (at most 44%)" is the top of a gain)
_A_BOUND_BEFORE = re.compile(r"\bwithin\s+(?:about\s+|roughly\s+)?$", re.IGNORECASE)


def _coordinated(sentence: str, previous: Quantity, current: Quantity) -> bool:
    gap = sentence[previous.end : current.start]
    measure = _MEASURE_AFTER.match(gap)
    if measure and lexicon.metric_in(measure["words"]) not in (None, "vague"):
        gap = gap[measure.end() :]
    return (
        previous.unit == current.unit
        and bool(COORDINATION_GAP.match(gap))
        and not PAID_BEFORE.search(sentence, max(0, current.start - 120), current.start)
        and not _a_rough_price(
            sentence[max(0, current.start - 40) : current.start],
            sentence[current.end : current.end + 80],
        )
    )
