"""What a quantity is compared with: the baseline phrase and the names in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from claimgraph import lexicon
from claimgraph.extraction.claimness import (
    BOUND,
    COORDINATION_GAP,
    SWITCHED_OFF,
    SWITCHING_OFF,
    TIMES_OF_A_THING,
    TIMES_OF_THE,
)
from claimgraph.extraction.clauses import Reading, segment_range
from claimgraph.extraction.naming import same_name
from claimgraph.extraction.syntax import owner_of_measure, predicate_offsets, token_at
from claimgraph.quantities import (
    MATH_OPEN,
    NUMBER_OF,
    QUALIFYING_WORDS,
    RESPECTIVELY_WORD,
    UNIT_SYMBOL,
    Quantity,
    first_quantity,
)
from claimgraph.records import BaselineKind

Baseline = tuple[str | None, BaselineKind]


# ---- baselines


@dataclass(frozen=True)
class Marker:
    """A comparison cue and the baseline phrase that follows it."""

    start: int
    end: int
    phrase: str
    phrase_start: int
    verbal: bool
    weak: bool = False
    """"comparable to X" compares a level, not a number: it reaches only a "while" tail."""

    @property
    def phrase_end(self) -> int:
        return self.phrase_start + len(self.phrase)


_PREPOSITIONAL = re.compile(
    # ("intersection over union", "a ratio of signal over noise": a measure's name)
    r"\b(?:than|(?<!intersection\s)(?<!signal\s)over|compar(?:ed|ing)\s+(?:to|with|against)|"
    r"(?:in\s+)?comparisons?\s+(?:to|with)|"
    # "comparable recall as graph-aware pruning", "similar performance to X"
    r"(?:comparable|similar)\s+(?:[a-z-]+\s+){0,2}?(?:to|as|with)|"
    r"versus|vs\.?|relative\s+to|against|with\s+respect\s+to|w\.r\.t\.|"
    # "12% below RS", "4 percent below that of HotSpot's collector": right after the number
    r"(?:(?<=\d%\s)|(?<=\d\s%\s)|(?<=\d\\%\s)|(?<=\dpercent\s)|(?<=\d\spercent\s)|(?<=\d[x×]\s)|"
    r"(?<=\d\s[x×]\s))(?:below|above)|"
    # "perplexity within 1% of full-precision training": a level, like "comparable to"
    r"within\s+[~]?\d+(?:\.\d+)?\s?%\s+of|"
    r"on\s+par\s+with|as\s+[a-z-]+\s+as|"
    # "2.4x as many basic blocks as syzkaller"
    r"as\s+(?:many|much|few|little)\s+(?:[a-z-]+\s+){1,3}?as)\s+",
    re.IGNORECASE,
)
# "compare Faasm to X": the phrase after "to"; the marker starts at "compare"
_COMPARE_TO = re.compile(r"\bcompare\s+(?:[\w+#.-]+\s+){1,5}?(?:to|with|against)\s+", re.IGNORECASE)
_AVERAGED = re.compile(
    r"\b(?:averaged|aggregated|summed|amortized|spread|distributed)\s+$", re.IGNORECASE
)
# "a live deployment over an LTE network", "over Wi-Fi and LTE": the medium a system runs
# over, not a system compared with
_A_MEDIUM = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?:live|real|emulated|commodity|congested|lossy|wide-area|"
    r"cellular|wireless|mobile|satellite|LTE|5G|4G|3G|Wi-?Fi)\s+)*"
    r"(?:Wi-?Fi|LTE|5G|4G|3G|(?:cellular|wireless|mobile|satellite|LTE|5G|4G|Wi-?Fi|wide-area)\s+"
    r"(?:networks?|links?|connections?|channels?)|WANs?|the\s+Internet)(?![\w-]|\s+[A-Z])",
    re.IGNORECASE,
)
# "experiments over four datasets", "over 10 runs": the settings a result spans (not "over
# three leading systems A, B and C", named examples of a class)
_SMALL_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
)
_COUNT_WORD = rf"(?:\d+|{_SMALL_NUMBER_WORDS})"
_A_SETTING_COUNTED = re.compile(
    rf"(?:{_COUNT_WORD}|several|many|multiple|all|a\s+dozen|dozens\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:datasets|benchmarks|runs|seeds|traces|workloads|tasks|trials|"
    r"iterations|epochs|scenarios|days|hours|weeks|months|years)\b|"
    # "over a 36-hour run", "over a two-week trace": a span of time measured over
    rf"(?:an?\s+)?{_COUNT_WORD}-(?:second|minute|hour|day|week|month|year)\s+"
    r"(?:run|period|window|trace|campaign|experiment|deployment|test)s?\b",
    re.IGNORECASE,
)
# "We implement the scheme over a Rust-based log store", "Our implementation of Kestrel over
# a replicated key-value service": what it is built on, not compared with
_BUILT_OVER = re.compile(
    r"\b(?:implement(?:s|ed|ing)?|implementation\s+of)(?:\s+[\w+#-]+){1,3}\s+$|"
    # "Experiments conducted over a synthetic trace show that ...": the setting
    r"\b(?:(?:experiments?|simulations?|evaluations?|tests?|studies)(?:\s+(?:performed|"
    r"conducted|run|carried\s+out))?|performed|conducted)\s+$",
    re.IGNORECASE,
)
# "at least 2x that of its closest competitor", "4x those of X"
_MULTIPLE_OF = re.compile(
    # ("$1.54\times$ that of CANNBot": the math around the sign closes first)
    r"(?:(?<=[x×X✕%])|(?<=\btimes)|(?<=-fold)|(?<=\btwice)|(?<=\bthrice)|(?<=\\times\$)|(?<=[×%]\$))"
    r"\s+(?:that|those)\s+of\s+"
)
# ("than those produced by cotengra": what made them)
_PRONOUN_OF = re.compile(
    r"(?:that|those)\s+(?:of|on|in|with|from|for|[a-z]+ed\s+by)\s+", re.IGNORECASE
)
_VERBAL = re.compile(
    rf"\b(?:{lexicon.BEATS}|improv(?:es|ed|ing|e)\s+(?:up)?on)\s+(?:both\s+|all\s+|even\s+)?",
    re.IGNORECASE,
)
_PHRASE_STOP = re.compile(
    r"\s*[;:.](?:\s|$)|\s*;|:(?![A-Za-z])|\.$|\s+[-–—]\s+|"
    # ("over full autoregressive inference, and (2) further accelerates ...": the next item)
    r",?\s+(?:(?:and|or)\s+)?\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s|"
    # (", including a 17% decrease in median latency": what the result includes, no example)
    r",\s+(?!(?:including|such\s+as)\s+(?!an?\s|\d)|e\.g\.|i\.e\.|and\b|or\b|"
    r"(?-i:(?:the\s+)?(?:[A-Z]|[a-z]+[A-Z])[\w+#.-]*(?:\s+[A-Z][\w+#.-]*)*\s*"
    # (a participle goes on with the name, "Quill equipped with tuners"; a verb of its own,
    # "Against Amazon Aurora, SteelDB achieved 3.1x", opens a clause)
    r"(?:,|\.|$|\)|\s+(?:by|and|or|[a-z]+ed\s+(?:with|by|on|in|for|from|using|to|as|atop))\b)))|"
    r"\s+(?:on|for|across|with|when|while|whereas|at|under|in|during|using|per|even|"
    # ("against SGLang it achieves 1.35x": the clause's own subject)
    r"it|we|they|"
    # ("... than X and within 6% of Y", "... than X, and we characterize ...": a clause of its own)
    r"and\s+(?=up\s*to|by\b|between\b|within\b|(?:we|it|they|our)\s|\d|achiev|deliver|reduc|"
    r"improv|provid|a\s+factor|"
    # ("over baselines and good performance across workloads": a quality, no second baseline)
    r"(?:good|better|high|higher|low|lower|strong|comparable|similar|robust)\s+"
    r"(?:performance|accuracy|quality|scalability|efficiency|throughput|latency)\b|"
    r"an?\s+order|an?\s+(?:additional|further)|\w+\s+times|"
    # ("than uniform random sampling, and Vidette+ cuts the remaining overhead": a clause with
    # a subject of its own)
    r"(?-i:[A-Z][\w+#.-]*\s+(?!(?:across|versus|as|is|was|has|its|thus|plus|towards|always)\b)"
    r"[a-z]{2,}s\s+(?:the|its|their|an?|\d)\b)|"
    # ("than the dense TensorRT baseline and OPT-6.7B prefill is 1.29x faster": a clause with
    # its own subject and number)
    r"(?-i:[A-Z][\w+#.-]*)\s+(?:(?!(?:and|or)\b)[a-z-]+\s+){0,2}(?:is|are|was|were)\s+"
    r"(?:up\s+to\s+|about\s+)?\d|"
    # ("than Chinchilla and Alpaca, and its checkpoints write 76% fewer bytes")
    r"(?:its|their)\s+[\w-]+\s+[a-z]+\s+(?:up\s+to\s+|about\s+)?\d)|up\s*to|"
    r"which|that|where|to\s+(?!the\b)|achieving|reaching|showing|resulting|leading\s+to|"
    # ("in single rather than double precision yields an additional 2x": the clause's verb)
    r"yields?|yielded|gives|gave|brings|brought|results\s+in|leads\s+to|"
    # ("than OCC due to the overhead of dependency tracking": the cause, not the baseline)
    r"due\s+to|because|owing\s+to|thanks\s+to|"
    r"by\s+[a-z]+ing|"
    r"demonstrat(?:e|es|ed|ing)|(?-i:show(?:s|ed|n)?)|indicat(?:e|es|ed|ing)|reveal(?:s|ed|ing)?|"
    r"allowing|enabling|offering|while|but)\b(?!-)|\s+\((?=[^)]*\d\s?(?:x|×|times|%))|"
    r"\s+" + RESPECTIVELY_WORD + r"|"
    # a caveat ("without sacrificing accuracy", "without any loss"), not an ablation ("over Tern
    # without prefetching", "compared to a system without write batching")
    r"\s+without\s+(?=\w+ing\b|(?:[\w-]+\s+){0,2}?(?:any|much|significant|noticeable|loss|"
    r"losses|degradation|drop|overhead|compromise|sacrifice|modifications?|changes?)\b|"
    # (the loss as the head: "without accuracy collapse", not "without penalty terms")
    r"(?:[\w-]+\s+)?(?:collapse|regressions?|penalt(?:y|ies))(?=\s*(?:[,.;()]|$)|\s+(?:in|of|on)\b))",
    re.IGNORECASE,
)
_LISTED_OBJECTS = re.compile(
    r"(?P<objects>[^,;:.()]{1,60}(?:,\s*[^,;:.()]{1,60}){1,5},?\s+(?:and|or)\s+[^,;:.()]{1,60}?)"
    r"\s+by\s+(?:up\s+to\s+|about\s+)?[~]?\d",
    re.IGNORECASE,
)
# Three or more numbers listed right before a comparison: "by 80%, 47%, and 6% over"
_LISTED_NUMBER = r"\d[\d.]*\s?(?:%|x|×|times)"
_NUMBERS_LISTED_BEFORE = re.compile(
    rf"(?:{_LISTED_NUMBER}\s*,\s*){{2,}}(?:and\s+)?{_LISTED_NUMBER}"
    # ("gains of 2.53x, 35.71x, and 14.20x under different batch sizes compared to A, B, and C")
    r"(?:\s+(?:under|on|for|with|across|in)\s+[^,;.\d]{1,40}?)?\s*$",
    re.IGNORECASE,
)
_NUMBER_IN_LIST = re.compile(_LISTED_NUMBER, re.IGNORECASE)
_LIST_ITEM = r"[^,;:.()]{1,60}?"


def _items_for_listed_numbers(sentence: str, marker_start: int, rest: str) -> str | None:
    """The comma list after the comparison when it has one item per number listed before it."""
    listed = _NUMBERS_LISTED_BEFORE.search(sentence, max(0, marker_start - 120), marker_start)
    if listed is None:
        return None
    count = len(_NUMBER_IN_LIST.findall(listed.group(0)))
    items = re.match(
        rf"(?P<items>{_LIST_ITEM}(?:,\s+(?!and\b|or\b){_LIST_ITEM}){{{count - 2}}},?\s+"
        rf"(?:and|or)\s+{_LIST_ITEM})(?=\s*[.;:,)]|\s+(?:on|in|for|across|while|when|with|at|under)\b|\s*$)",
        rest,
        re.IGNORECASE,
    )
    return items["items"] if items else None


_BY_NUMBER = re.compile(
    r"\s+by\s+(?=[~+\d]|up\s*to|over|about|around|roughly|approximately|nearly|as\s+much|"
    r"as\s+high|more\s+than|at\s+least|a\s+factor|an?\s+average|on\s+average|\w+\s+times|"
    r"\w+\s+orders)",
    re.IGNORECASE,
)
_AND = re.compile(r",?\s+(?:and|or)\s+", re.IGNORECASE)
# (and LaTeX math that opens before the number: "accelerators and $5.3\times$ over")
_TRAILING_LINK = re.compile(
    r"(?:[\s,(]|" + MATH_OPEN + r"|\b(?:and|or|by|with|over|up\s*to|about|around|nearly|roughly|"
    r"approximately|"
    r"more\s+than|at\s+least|an?|the|between|of)\b)*$",
    re.IGNORECASE,
)
_CLAUSE_BEFORE_NUMBER = re.compile(
    r"(?:,\s*|\s+)(?:and|while|whereas)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}?(?!(?:and|or)\b)[\w-]+\s+"
    # ("..., and the energy consumption is reduced by 58%": a clause of its own)
    r"(?:is|are|was|were|become|becomes|run|runs)\s+(?:[a-z]+ed\s+by\s+)?"
    r"(?:(?:up\s+to|about|around|over|nearly)\s+)?$",
    re.IGNORECASE,
)
# A name may start with a digit when capitals follow it ("outperforms 2PC-baseline", "faster
# than 3GPP's default handover path"); a unit may not ("over 5Gbps", "over 65PBs")
# (or a capital then a hyphen and a capitalised word: "3L-Cache")
_DIGIT_NAME = (
    rf"(?-i:\d+(?!(?:{UNIT_SYMBOL}|GT/s|[TP]F|[CGTN]PUs?)s?\b)(?:[A-Z]{{2,}}|[A-Z]-[A-Z][a-z]))"
)
_NUMBER_WORD = (
    rf"(?:{_SMALL_NUMBER_WORDS}|thirty|forty|fifty|sixty|a\s+hundred|a\s+thousand|hundreds|"
    r"thousands|millions|dozens)"
)
_AMOUNT_UNIT = (
    r"(?:milli|micro|nano)?seconds?|minutes?|hours?|days?|weeks?|months?|percent|"
    r"[KMGTP]i?B|(?:kilo|mega|giga|tera)bytes?"
)
_NOT_A_BASELINE_START = re.compile(
    rf"^(?:(?:(?:about|around|roughly|approximately|nearly|almost|some)\s+)?[~+$]?(?!{_DIGIT_NAME})\d|"
    r"the\s+course|time\b|the\s+years|the\s+past|before\b|usual\b|expected\b|"
    # "bursts of at most 5 intervals against up to 24 for KEDA": a level set against another
    r"(?:up\s+to|at\s+most|at\s+least)\s+[~]?\d|"
    # ("than recently", but "than recently proposed policies" names them)
    r"(?:the\s+)?(?:network|wire|internet|air)\b|recent(?:ly\b(?!\s+(?:proposed|published|"
    r"introduced|developed|released|presented|designed))|\s+(?:years|"
    r"decades|months|times)\b)|years|decades|iterations|"
    r"a\s+(?:wide|broad|range|variety)\b|a\s+factor|an?\s+order|"
    # "queries that took more than ten minutes": an amount of time or data, not a thing
    rf"(?:{_NUMBER_WORD}|a\s+few|several|a\s+dozen)\s+(?:{_AMOUNT_UNIT})\b)",
    re.IGNORECASE,
)


def find_markers(sentence: str, predicates: frozenset[int] = frozenset()) -> list[Marker]:
    """Every "than X", "over X", "compared to X", "outperforms X" and the phrase X.

    ``predicates`` holds the offsets of verbs and adverbs (from the tagger): a
    coordination that goes on with one ("X and consistently improves ...") ends X.
    """
    markers: list[Marker] = []
    patterns = (
        (_PREPOSITIONAL, False),
        (_VERBAL, True),
        (_MULTIPLE_OF, False),
        (_COMPARE_TO, False),
        (_LEVEL_BESIDE, False),
    )
    for pattern, verbal in patterns:
        for match in pattern.finditer(sentence):
            if _AVERAGED.search(sentence, max(0, match.start() - 24), match.start()):
                continue  # "averaged over all 7 devices" compares nothing
            if match.group(0).lower().startswith("over") and (
                _BUILT_OVER.search(sentence, max(0, match.start() - 60), match.start())
                or _A_MEDIUM.match(sentence, match.end())
                or _A_SETTING_COUNTED.match(sentence, match.end())
            ):
                continue
            phrase_start = match.end()
            # "compared to those on the Linux stack": the phrase is what "those" stands for
            pronoun = _PRONOUN_OF.match(sentence, phrase_start)
            if pronoun:
                phrase_start = pronoun.end()
            if verbal:
                # "outperforms by 1.6 times previous FP32 implementations": the object follows
                # the number
                lead = re.match(r"by\s+", sentence[phrase_start:])
                number = first_quantity(sentence[phrase_start : phrase_start + 40])
                if lead and number and number.start <= lead.end() + 12:
                    phrase_start += number.end
                    phrase_start += len(sentence[phrase_start:]) - len(
                        sentence[phrase_start:].lstrip()
                    )
            rest = sentence[phrase_start:]
            if _NOT_A_BASELINE_START.match(rest) and not (verbal and _counts_baselines(rest)):
                continue
            shifted = frozenset(p - phrase_start for p in predicates if p > phrase_start)
            phrase = _baseline_phrase(rest, shifted)
            if verbal and (listed := _LISTED_OBJECTS.match(rest)):
                # "outperforms Intel TBB, GCC's libgomp implementation of OpenMP tasks, and
                # Cilk Plus by 1.3x, ...": a list of the verb's objects runs to its "by"
                phrase = max(phrase, listed["objects"], key=len)
            elif not verbal and (items := _items_for_listed_numbers(sentence, match.start(), rest)):
                # "by 80%, 47%, and 6% over contemporary CUDA, prior research, and our
                # allocator": as many items as numbers, each number against its own
                phrase = max(phrase, items, key=len)
            if (
                match.group(0).strip().lower() in ("below", "above")
                and not names_in(phrase)
                and re.match(BOUND, phrase, re.IGNORECASE)
            ):
                continue  # "5-10x above capacity", "20% below the SLO": a bound, no system
            if phrase:
                weak = pattern is _LEVEL_BESIDE or _compares_a_level(sentence, match)
                markers.append(
                    Marker(match.start(), match.end(), phrase, phrase_start, verbal, weak)
                )
    return sorted(markers, key=lambda m: m.start)


_COUNT_OF_A_CLASS = re.compile(r"\d+\s+(?P<counted>(?:[\w-]+\s+){0,3}?[\w-]+s)\b")


def _counts_baselines(rest: str) -> bool:
    """ "outperforms 7 baseline approaches": a digit that counts a class of what is compared
    against, as "two state-of-the-art systems" does in words (not "outperforms 3x")."""
    count = _COUNT_OF_A_CLASS.match(rest)
    return count is not None and lexicon.names_a_baseline_class(count["counted"])


# What a level is set beside, compared as a level ("versus 61% for the original implementation",
# "retains 98.1% of BERT-base's score", "96% of the ratio achieved by exact deduplication",
# "matches the best perplexity found by a grid search", "the same accuracy as uncompressed
# training"): like "comparable to X", it gives no claim of its own and reaches a later number of
# the sentence that states no comparison (CLAIMS.md, "while being up to 10% faster")
_LEVEL_MEASURE = (
    r"(?:throughput|goodput|performance|accuracy|latency|speed|quality|F1|recall|precision|"
    r"hit\s+ratio|bandwidth)"
)
_A_LEVEL = r"[~]?\d[\d.,]*\s?(?:%|x|×|[A-Za-z/]{1,6})?"
_LEVEL_BESIDE = re.compile(
    # (a range of levels, "compared with 2.3 to 6.8 for a page-based protocol", or a level of
    # each of two measures, "compared to 57.5 AP in 198 ms by RetinaNet")
    r"\b(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+|only\s+|just\s+)?"
    + _A_LEVEL
    + r"(?:\s*(?:-|–|to|in|at)\s*"
    + _A_LEVEL
    + r")?\s+(?:for|with|by|of|in|on|from)\s+|"
    r"\d\s?%\s+of\s+(?=[A-Z][\w+#.-]*['’]s?\s)|"
    r"\d\s?%\s+of\s+the\s+(?:[\w-]+\s+){1,3}?(?:achieved|reached|found|obtained|attained|"
    r"delivered|reported)\s+(?:by|with)\s+|"
    r"\bmatch(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:found|achieved|reached|obtained)\s+"
    r"by\s+|"
    # "94% of the goodput of an always-warm deployment", "matches the accuracy of AutoTVM": a
    # measure of performance or quality (not "90% of the overhead of checkpointing", "the
    # needs of modern datacenters", "80% of the peak bandwidth of the device")
    r"(?:\d\s?%\s+of|\bmatch(?:es|ed|ing)?)\s+the\s+(?!peak\b|theoretical\b)"
    r"(?:[\w-]+\s+){0,2}?" + _LEVEL_MEASURE + r"\s+of\s+|"
    r"\bthe\s+same\s+(?:[\w-]+\s+){0,3}?as\s+|"
    # "Tilecraft matches FlashAttention-2 to within 4% on A100 and is 7% slower on H100"
    r"\b(?:merely\s+|only\s+)?match(?:es|ed|ing)?\s+(?=(?-i:[A-Z])[\w.+-]*[A-Z0-9])|"
    # "drops from 142 seconds with dense FlashAttention-3 to 19 seconds (7.5x)", "from 17.4
    # (PostgreSQL's built-in estimator) to 1.9": the level a change starts from, with what
    # gave it
    r"\bfrom\s+[~]?\d[\d.,]*\s?[A-Za-zµ/]{0,8}\s+(?:\(|(?:with|when|using|under|for)\s+)",
    re.IGNORECASE,
)


def _compares_a_level(sentence: str, match: re.Match[str]) -> bool:
    """ "comparable to X", "as accurate as X": a level, not a number; "twice as fast as X"
    and "2x as fast as X" compare a number."""
    cue = match.group(0).lower()
    if cue.startswith(("comparable", "similar", "on par", "within")):
        return True
    if cue.startswith("as "):
        return first_quantity(sentence[max(0, match.start() - 16) : match.start()]) is None
    return False


_PHRASE_WINDOW = 1000


def _baseline_phrase(rest: str, predicates: frozenset[int] = frozenset()) -> str:
    """The baseline phrase at the start of ``rest``, up to where the clause moves on."""
    # (a phrase ends long before this; without the cut, each marker of a sentence of 100 KB
    # read the whole rest of it)
    rest = rest[:_PHRASE_WINDOW]
    by_number = _BY_NUMBER.search(rest)
    limit = by_number.start() if by_number else len(rest)
    later_number = first_quantity(rest[:limit])
    if later_number:
        limit = later_number.start
        # ("than ... Dash and CLHT and queries are 20% to 2x faster": a clause of its own)
        limit = len(_TRAILING_LINK.sub("", _CLAUSE_BEFORE_NUMBER.sub("", rest[:limit])))
    depth = 0
    position = 0
    while position < limit:
        char = rest[position]
        if char == "(":
            if depth == 0 and re.match(r"\((?=[^)]*\d\s?(?:x|×|times|%))", rest[position:]):
                break
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            stop = _PHRASE_STOP.match(rest, position)
            if (
                stop
                and (position > 0 or rest[position] in ",;:.")
                and not _names_its_maker(rest, position, stop)
                and not _goes_on_listing_examples(rest, position)
                # "compared with only using on-demand instances", "than training only with CPU
                # servers": what "only" restricts is the baseline
                and not re.search(r"\bonly$", rest[:position], re.IGNORECASE)
            ):
                break
            link = _AND.match(rest, position)
            if link and link.end() in predicates:
                break
        position += 1
    phrase = rest[:position].strip(" ,")
    if _A_CASE.fullmatch(phrase) and (where := _WHERE_CLAUSE.match(rest, position)):
        # "compared to the situation where the original FastFreeze was deployed": the case is
        # the system its clause names
        phrase = next(iter(names_in(where["clause"])), phrase)
    # "compared to TCP Cubic the average FCT of short flows is reduced by 71%": a name, then
    # the subject of the clause the comparison opens
    if name_then_clause := _NAME_THEN_THE.match(phrase):
        phrase = name_then_clause["name"]
    # "its advantage over two-phase locking shrinks to 1.3x", "than unmodified Torch allows":
    # the verb of the clause
    return _CHANGE_VERB_AT_END.sub("", phrase)


_A_CASE = re.compile(
    r"(?:(?:in|under|with)\s+)?(?:the\s+|a\s+)?(?:situation|case|scenario|setting)", re.IGNORECASE
)
_WHERE_CLAUSE = re.compile(r"\s*,?\s*(?:where|in\s+which|when)\s+(?P<clause>[^,;.()]{1,80})", re.I)
_NAME_THEN_THE = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w+#.-]*\s+){0,3}(?-i:[A-Z])[\w+#.-]*)\s+(?:the|its|their)\s"
)
_A_MEASURE_AT_END = re.compile(
    r"\b(?:consumption|usage|footprint|latenc(?:y|ies)|throughput|time|traffic|overheads?|"
    r"energy|power|bandwidth)$",
    re.IGNORECASE,
)
_CHANGE_VERB_AT_END = re.compile(
    r"\s+(?:(?:shrink|grow|drop|fall|rise|increase|decrease|reache|amount|jump|climb|narrow|"
    r"widen)s|"
    # "4x larger than unmodified Torch allows": the verb of the compared clause
    r"allows?|permits?|supports?|does|did|can|could)$",
    re.IGNORECASE,
)
_EXAMPLES_OPEN = re.compile(r"\b(?:including|such\s+as|like|e\.g\.,?|namely)\s", re.IGNORECASE)
_LISTED_EXAMPLE = re.compile(
    r",\s+(?:and\s+|or\s+)?[\w.+#-]+(?:\s+[\w.+#-]+)?(?=\s*,|\s+(?:and|or)\s|\s*[.;]|\s*$)"
)


def _goes_on_listing_examples(rest: str, position: int) -> bool:
    """ "other engines, including llama.cpp, executorch, mllm, and MediaPipe": after
    "including" or "such as", a comma goes on to the next example, whatever its case."""
    return bool(_EXAMPLES_OPEN.search(rest, 0, position) and _LISTED_EXAMPLE.match(rest, position))


def _names_its_maker(rest: str, position: int, stop: re.Match[str]) -> bool:
    """ "MoEs trained with Tutel", "a server built on vLLM": the phrase goes on to the
    system that made the compared thing, which is the name to compare with."""
    preposition = re.match(r"\s+(with|on|using|in)\s", stop.group(0) + " ", re.IGNORECASE)
    if preposition is None:
        return False
    if re.search(
        r"\b(?:trained|built|based|implemented|served|integrated|equipped|run)$",
        rest[:position],
        re.IGNORECASE,
    ):
        return True
    # "various quantized GEMM kernels in NVIDIA TensorRT-LLM", "scaling workers with
    # Kubernetes": a common phrase whose only name is the system it comes with
    if preposition.group(1).lower() not in ("with", "in") or names_in(rest[:position]):
        return False
    product = re.match(r"\s*(?P<name>[^,;.()]+?)\s*(?:[,;.]|$)", rest[stop.end() :])
    return bool(
        product
        and names_in(product["name"]) == [product["name"].strip()]
        and not lexicon.is_generic_acronym(product["name"].strip())
    )


_CITATION = re.compile(r"\s*\[\d+(?:\s*[,–-]\s*\d+)*\]")


def split_baselines(phrase: str) -> list[Baseline]:
    """The baselines one phrase names: named examples, conjuncts, or the class itself.

    "state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel)" -> two named;
    "full/partial rebuilds" -> two generic; "the strongest baseline, EAGLE3" -> EAGLE3.
    """
    if _PARAMETERS.search(phrase):
        # "RS(10,4)", "LRC(12,2,2)": a code's parameters written against its name are part of
        # it, no aside and no list
        return [
            (_PARAMETERS_KEPT.sub(_restore, name) if name else name, kind)
            for name, kind in split_baselines(_PARAMETERS.sub(_protect, phrase))
        ]
    # "compared to TF-Lite Micro [3] and CMSIS-NN [28]": a citation is no part of a name
    phrase = _CITATION.sub("", phrase)
    phrase = re.sub(r"\s+(?:and|or)$", "", phrase.strip(" ,."))  # "HyperBand and [to ...]"
    # "compared to those on the Linux stack", "2x that of its closest competitor"
    phrase = re.sub(r"^(?:that|those)\s+(?:of|on|in|with|from|for)\s+", "", phrase, flags=re.I)
    # "2.5x faster than with FP16 weights", "1.2x faster than on a dedicated column store":
    # what the system was run with or on instead
    phrase = re.sub(r"^(?:with|on|in|under|using)\s+", "", phrase, flags=re.I)
    owner = re.match(r"^(?P<name>[A-Z][\w+#.-]*)['’]s\s+(?P<measure>[a-z].*)$", phrase)
    if owner and (
        lexicon.metric_in(owner["measure"]) is not None
        or re.fullmatch(
            r"[a-z]+(?:ion|ing|ment)|build|startup|boot|recovery|(?:best\s+)?results?",
            owner["measure"],
        )
    ):
        # "98.1% of BERT-base's average GLUE score", "longer than DiskANN's build": whose
        # measure or activity it is
        return [(owner["name"], "named")]
    parts = re.split(r"\s+/\s+", phrase)
    if all(parts) and (
        len(parts) > 2 or (len(parts) == 2 and all(_ARTICLE.match(p) for p in parts))
    ):
        # "Over PyTorch eager / torch.compile / FlashAttention-2: 4.1x / 1.7x / 1.0x": a list
        # written with spaced slashes, as terse abstracts pair it with numbers ("2PC/Paxos" is
        # one name)
        return [b for part in parts for b in split_baselines(part)]
    if re.search(r"\swithout\s", phrase):
        # "Tern without prefetching", "the batch scheduler without queue stealing or adaptive
        # resizing": a system without a part of it, one baseline
        return [(strip_determiners(phrase), "generic")]
    examples = _examples_part(phrase)
    if examples and _is_note(phrase, examples):
        # "off-the-shelf TensorFlow (Raspberry Pi)": a note on a named baseline, not examples
        phrase = phrase[: phrase.rfind("(")].strip()
        examples = None
    if examples:
        named = [(n, "named") for n in _listed_names(examples)]
        if named:
            return named  # type: ignore[return-value]
        phrase = phrase[: phrase.find(examples)].rstrip(" ,(").strip()
        phrase = re.sub(
            r"\s*(?:,\s*)?(?:including|such\s+as|e\.g\.,?|like|for\s+example)$", "", phrase
        )
    appositive = re.match(r"^(?P<head>.+?),\s+(?P<name>[^,]+?)$", phrase)
    if appositive and names_in(appositive.group("name")) and not names_in(appositive.group("head")):
        return [(n, "named") for n in names_in(appositive.group("name"))]
    baselines: list[Baseline] = []
    gaps: list[str] = []
    # "compiler, Quill equipped with tuners Brisk and Vane": what equips a named system
    # is part of it (but "MoEs trained with Tutel" names Tutel: MoEs is no system)
    for participle in _PARTICIPLE_AFTER_A_NAME.finditer(phrase):
        name = participle["name"].split()[-1]
        if names_in(name) == [name] and not lexicon.is_generic_acronym(name):
            phrase = phrase[: participle.start("participle")].rstrip()
            break
    for conjunct, gap in _adjectives_joined(_conjuncts_and_gaps(phrase)):
        names = names_in(conjunct, head_only=True)
        if names and _modifies_a_class(names[0], conjunct):
            names = []
        if (
            names
            and _A_PLURAL_ACRONYM.fullmatch(names[0])
            and lexicon.names_a_baseline_class(conjunct)
        ):
            names = []  # "the state-of-the-art FTLs", "current SPEs": a class of systems
        if names:
            baselines.append((names[0], "named"))
            gaps.append(gap)
        elif baselines and _CLAUSE.search(conjunct):
            # "over a recent server CPU, and over 20 million particles can be simulated
            # on one GPU": a clause after the baseline is no baseline
            continue
        elif baselines and _A_MEASURE_AT_END.search(conjunct):
            # "relative to InfluxDB 1.2, and memory consumption at 10 million series falls":
            # a measure after the baseline opens a clause of its own
            continue
        else:
            # "three leading systems": the count says how many, not which
            generic = re.sub(_COUNT, "", strip_determiners(conjunct), flags=re.IGNORECASE)
            if generic:
                baselines.append((generic, "generic"))
                gaps.append(gap)
    # "a popular serving framework, Brisk, and compiler, Quill": a kind of
    # system followed by its name after a comma is the name's apposition, no baseline of its own
    baselines = [
        b
        for b, after, gap in zip(
            baselines, [*baselines[1:], (None, "none")][: len(baselines)], gaps, strict=True
        )
        if not (
            b[1] == "generic"
            and after[1] == "named"
            and gap == ","
            and (b[0] or "").split()[-1].lower() in lexicon.SINGULAR_KINDS
        )
    ]
    # "up to 2.5x faster than ART's": a name's possessive stands for the name's own measure
    baselines = [
        (re.sub(r"['’]s$", "", name), kind) if kind == "named" and name else (name, kind)
        for name, kind in baselines
    ]
    # "three leading systems, vLLM, SGLang and TensorRT-LLM": a plural class in apposition
    # to the names it lists gives no claim of its own.
    first, *rest = baselines or [(None, "none")]
    if (
        len(rest) >= 2
        and first[1] == "generic"
        and (first[0] or "").endswith("s")
        and all(kind == "named" for _, kind in rest)
    ):
        return rest
    return baselines


_PARAMETERS = re.compile(r"(?<=\w)\((\d+(?:,\d+)+)\)")
# (kept as word characters while the phrase is split, so that the name stays one word)
_PARAMETERS_KEPT = re.compile(r"__(\d+(?:_\d+)+)__")


def _protect(parameters: re.Match[str]) -> str:
    return "__" + parameters.group(1).replace(",", "_") + "__"


def _restore(kept: re.Match[str]) -> str:
    return "(" + kept.group(1).replace("_", ",") + ")"


def _names_with_their_numbers(sentence: str, readings: list[Reading]) -> None:
    """ "outperform Storm by up to 3x and Samza by 40x": each number goes
    with the name before its "by"; the baselines of a comparison, or, when the numbers change
    the measure of what they name ("the peak GPU memory use of ResNet by up to 64%,
    VGG by 71%, and BERT by 83%"), the settings they hold for (CLAIMS.md: numbers in
    a list over models pair with them as context)."""
    named: list[tuple[Reading, str]] = []
    for reading in readings:
        before = _NAME_BY.search(
            sentence, max(0, reading.quantity.start - 80), reading.quantity.start
        )
        if before is None or not (names := names_in(before.group("name"))):
            continue
        if lexicon.metric_in(names[-1]) is not None:
            continue  # "reduces the average JCT by 34% and the P90 JCT by 47%": measures
        if not _LAST_OF_A_LIST.search(sentence, 0, before.start("name")):
            named.append((reading, names[-1]))
    if len(named) < 2 or len({name for _, name in named}) < len(named):
        return
    compared = named[0][0].paths.get("baseline") in ("verbal", "following", "preceding")
    listed = {name for _, name in named}
    for reading, name in named:
        if compared:
            reading.baselines = [(name, "named")]
        else:
            reading.baselines = [b for b in reading.baselines if b[0] not in listed]
            reading.context = name


# "outperforms ext4-DAX, NOVA and SplitFS by 3.8x": the name before "by" ends a list of
# names that share the numbers (but "Storm by up to 3x and Samza by 40x": a number before "and")
_LAST_OF_A_LIST = re.compile(
    r"(?<![\d.])[A-Za-z][\w+#.)-]*\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$"
)
_NAME_BY = re.compile(
    r"(?:^|[\s,])(?P<name>[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,3})\s+by\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?$"
)
_PARTICIPLE_AFTER_A_NAME = re.compile(
    r"(?P<name>\S+)(?P<participle>\s+[a-z]+ed\s+(?:with|by|on|in|for|from|using)\b)"
)


def _is_note(phrase: str, examples: str) -> bool:
    """A parenthesis without "e.g."/"including" after a phrase that a name already heads."""
    opening = phrase.rfind("(")
    if opening < 0 or re.match(r"\((?:e\.g\.|i\.e\.|including)", phrase[opening:], re.I):
        return False
    head = phrase[:opening].strip()
    names = names_in(head, head_only=True)
    # ("the best-performing baseline sequence CRDTs (Logoot and LSEQ)": a plural acronym
    # that heads a class of baselines is the class its examples belong to)
    return bool(names) and not (
        _A_PLURAL_ACRONYM.fullmatch(names[-1].split()[-1]) and lexicon.names_a_baseline_class(head)
    )


_CLASS_BEFORE = re.compile(
    r"\b(?:state[\s-]of[\s-]the[\s-]art|existing|other|prior|previous|conventional|"
    r"traditional|leading|popular|several|many|various|quantized|optimized|production)\b",
    re.IGNORECASE,
)


_A_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s")


def _modifies_a_class(name: str, phrase: str) -> bool:
    """ "state-of-the-art DLRM frameworks", "existing W4A8 kernels": a name that only says
    which kind of plural class is meant ("Hugging Face implementations" still heads)."""
    index = phrase.find(name)
    after = phrase[index + len(name) :].split()
    return (
        bool(after)
        and after[0].lower().endswith("s")
        and bool(_CLASS_BEFORE.search(phrase[:index]))
    )


_EXAMPLES = re.compile(
    r"(?:(?:,\s*|\s+)(?:including|such\s+as|e\.g\.,?|like|for\s+example,?|namely|i\.e\.,?)\s+"
    r"|\((?:e\.g\.,?\s*|i\.e\.,?\s*|including\s+)?)(?P<examples>.+?)\)?$",
    re.IGNORECASE,
)


def _listed_names(examples: str) -> list[str]:
    """The systems a list of examples names, in the order it writes them: its names, and with
    them the one-word items written in lower case ("llama.cpp, executorch, mllm, and
    MediaPipe")."""
    names = names_in(examples)
    if not names:
        return []
    found: dict[str, int] = {}
    for name in names:
        whole = re.search(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", examples)
        found.setdefault(name, whole.start() if whole else examples.find(name))
    # (a list in parentheses ends with them: "(Mellanox nbdX), and median ...")
    first_list = examples.partition(")")[0]
    for item in re.finditer(
        r"(?:^|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([a-z][\w.+#-]{2,})(?=\s*(?:,|\s+(?:and|or)\s|$))",
        first_list,
    ):
        word = item.group(1).rstrip(".")
        if word not in _NOT_AN_EXAMPLE and not any(word in name for name in found):
            found.setdefault(word, item.start(1))
    return sorted(found, key=found.__getitem__)


_NOT_AN_EXAMPLE = frozenset(
    {"others", "etc", "more", "many", "several", "ours", "theirs", "them", "these", "those"}
)


def _examples_part(phrase: str) -> str | None:
    match = _EXAMPLES.search(phrase)
    if match is None:
        return None
    examples = match.group("examples").strip(" )")
    return examples or None


_CLAUSE = re.compile(r"\b(?:can|could|will|would|may|is|are|was|were|has|have|had)\s+\w", re.I)


def _conjuncts_and_gaps(phrase: str) -> list[tuple[str, str]]:
    """The conjuncts of a phrase, each with what follows it: "," alone, "and" (a
    coordination, with or without a comma) or "" at the end."""
    phrase = re.sub(r"^(?:both|either|all|the\s+two)\s+", "", phrase, flags=re.I)
    slash = re.fullmatch(
        r"(?P<pre>(?:\S+\s+)*?)(?P<a>[\w-]+)/(?P<b>[\w-]+)(?P<head>(?:\s+\S+)*)", phrase
    )
    left, _, right = phrase.partition("/")
    if right and len(right.split()) > 1 and left.split()[-1].lower() == right.split()[-1].lower():
        # "a network interface card/host interface card": two whole phrases, one head
        return [(left.strip(), "and"), (right.strip(), "")]
    # "the stock Android I/O stack": a slash between single letters joins one word
    if slash and slash.group("head") and min(len(slash["a"]), len(slash["b"])) > 1:
        pre, head = slash.group("pre"), slash.group("head")
        return [
            (f"{pre}{slash.group('a')}{head}".strip(), "and"),
            (f"{pre}{slash.group('b')}{head}".strip(), ""),
        ]
    pieces = re.split(r"(,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)", phrase)
    found: list[tuple[str, str]] = []
    for part, gap in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        if part.strip():
            found.append((part.strip(), "," if gap.strip() == "," else ("and" if gap else "")))
        elif found and gap:
            found[-1] = (found[-1][0], "and")
    return found


_LONE_ADJECTIVE = re.compile(
    r"(?:state-of-the-art\s+|existing\s+|prior\s+)?"
    r"(?:[a-z-]+(?:ous|ic|al|ive|ary|ent|ant|ile|less|able|ible|ized|ised|ated)|dense|sparse|"
    r"online|offline|eager|lazy|exact|full|partial)"
)


_A_NAME_FIRST = re.compile(r"\S*['’]s\b|[A-Z][a-z]+\b")


def _adjectives_joined(conjuncts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "synchronous and asynchronous FL baselines", "static and dynamic batching": a lone
    adjective shares the head of the conjunct after it, so the two make one class."""
    joined: list[tuple[str, str]] = []
    for conjunct, gap in conjuncts:
        # (not across to a name: "manual and PostgreSQL's default tuning")
        if (
            joined
            and joined[-1][1] == "and"
            and _LONE_ADJECTIVE.fullmatch(joined[-1][0])
            and not _A_NAME_FIRST.match(conjunct)
        ):
            joined[-1] = (f"{joined[-1][0]} and {conjunct}", gap)
        else:
            joined.append((conjunct, gap))
    return joined


def names_in(text: str, head_only: bool = False) -> list[str]:
    runs = [
        r
        for r in lexicon.name_runs(text, sentence_initial=False)
        if not lexicon.is_generic_acronym(r) and not lexicon.is_hardware(r)
    ]
    runs = [r for r in runs if not r.endswith("'s")] or runs
    if head_only and runs:
        # A name counts when it heads the phrase ("Medusa decoding", "NVIDIA FasterTransformer"),
        # not when it only modifies a class ("state-of-the-art MoE training systems").
        runs = [r for r in runs if lexicon.heads_phrase(r, text)]
    return runs


_COUNT = r"^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?=\S)"


def strip_determiners(text: str) -> str:
    text = re.sub(r"\b([A-Z]{2,})['’]s\b", r"\1s", text)  # "RNN's" is the plural RNNs
    text = re.sub(
        r"^(?:the|a|an|all|both|several|many|various|most|these|those|numerous)\s+",
        "",
        text.strip(),
        flags=re.I,
    )
    return text.strip(" ,.;:")


def assign_baselines(
    doc: Doc,
    readings: list[Reading],
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
) -> None:
    sentence = doc.text
    preamble = _preamble_marker(sentence, markers, boundaries)
    predicates = predicate_offsets(doc)
    previous_segment_baselines: dict[int, list[tuple[str | None, BaselineKind]]] = {}
    for reading in readings:
        q = reading.quantity
        # ("halving the number of control frames": what is counted is no owner of a measure)
        counts_things = NUMBER_OF.match(sentence, q.end) is not None
        if not counts_things and (multiplied := _multiplied_measure_owner(sentence, q, predicates)):
            # "1.3x the throughput of MemC3 and 11x that of memcached": the number's own "of"
            # phrase names what it multiplies, before any comparison after it
            reading.baselines = multiplied
            reading.paths["baseline"] = "owner"
            clause = previous_segment_baselines.setdefault(reading.segment, [])
            clause.extend(b for b in multiplied if b not in clause)
            continue
        path = "following"
        marker = _following_marker(sentence, q, reading.segment, markers, boundaries, readings)
        if (
            marker is not None
            and preamble is not None
            and preamble.start < q.start
            and _a_later_item_before(sentence, q, marker, readings)
        ):
            # "Compared to MGARD-X, it achieves up to 4.2x and 9.1x higher throughput, and up
            # to 8.63x higher compression ratio than uniform-tolerance baselines": the fronted
            # comparison speaks for the numbers before the one the later comparison ends
            marker = None
        if marker is None:
            path = "preceding"
            marker = _preceding_marker(sentence, q, reading.segment, markers, boundaries)
        if marker is None and preamble is not None and preamble.start < q.start:
            path, marker = "preamble", preamble
        if marker is None and (
            level := _level_set_beside_before(
                q, reading.segment, markers, boundaries, len(sentence)
            )
        ):
            # "matches FlashAttention-2 to within 4% on A100 and is 7% slower on H100": a
            # level set beside another's reaches a later number of its clause that states no
            # comparison (CLAIMS.md, "while being up to 10% faster")
            path, marker = "carried", level
        if marker is not None:
            reading.baselines = split_baselines(_antecedent(marker, markers).phrase)
            if path == "preceding":
                for earlier in _run_before(sentence, marker, markers):
                    reading.baselines[:0] = split_baselines(earlier.phrase)
            reading.has_cue = True
            if marker.verbal:
                path = "verbal"
        else:
            path = "carried"
            reading.baselines = _carried(
                reading.segment, previous_segment_baselines, boundaries, doc, markers
            )
        if not reading.baselines and q.unit == "x" and (named := _a_names_measure(sentence, q)):
            # "prefill reaches up to 1.39x FA2 throughput": a multiple of a name's measure
            reading.baselines = [(named, "named")]
            path = "owner"
        if not reading.baselines and not counts_things:
            # "reduces the communication volume of ZeRO by 4x": the owner of the measure.
            owner = owner_of_measure(doc, q)
            times_the = _TIMES_THE.match(sentence, q.end)
            multiple = bool(times_the)
            if owner is None and times_the:
                # "twice the throughput of an optimized LRU implementation": the parse hangs
                # the measure on the number, so its "of" phrase is read from the text
                owner = _phrase_at(sentence, times_the.end(), predicates) or None
            if owner is None:
                owner = _owner_in_text(sentence[: q.start])
            times_of = q.unit == "x" and TIMES_OF_A_THING.match(sentence[q.end :])
            if owner is None and times_of:
                # "2.2 times of Ext4", "0.6x-1.2x of native throughput": what it multiplies,
                # without its measure
                multiple = True
                words = _baseline_phrase(sentence[q.end + times_of.end() :].lstrip()).split()
                while len(words) > 1 and lexicon.metric_in(words[-1]) is not None:
                    words.pop()
                owner = " ".join(words) or None
            reading.baselines = _owner_baselines(owner, multiple) if owner else []
            path = "owner" if reading.baselines else "none"
        reading.paths["baseline"] = path
        # A later segment ("while cutting memory by 90%") takes every baseline of the
        # clause it hangs on, not only its first comparison's.
        clause = previous_segment_baselines.setdefault(reading.segment, [])
        clause.extend(b for b in reading.baselines if b not in clause)
    _the_verbs_own_numbers(sentence, readings, markers)
    _each_object_before_its_by(sentence, readings, predicates)
    _share_a_trailing_comparison(sentence, readings, boundaries, predicates, markers)
    _name_before_its_value(sentence, readings, markers)
    _names_with_their_numbers(sentence, readings)
    _class_names_the_fronted_list(sentence, readings, markers)


# Clauses that set a condition or describe a thing, not the sentence's statement
_SUBORDINATE = ("advcl", "relcl", "acl", "csubj", "pcomp")
# (a comparison cue that find_markers reads: "evaluated with X" compares nothing)
_FRONTED_COMPARISON = re.compile(
    r"^\s*(?:(?:when\s+)?(?:evaluated|benchmarked|tested)\s+against|(?:when\s+)?compar(?:ed|ing)\s+"
    r"(?:against|with|to)|against|versus|vs\.?|relative\s+to|in\s+comparison\s+(?:to|with))\s",
    re.IGNORECASE,
)
# "all baselines", "these systems", "all of them": a class that points back rather than
# describes ("all" may already be read with the verb: "outperforms all | of them")
_BACK_POINTING_CLASS = re.compile(
    r"(?:(?:all|both|each|every|these|those|the)\s+)?(?:of\s+)?(?:(?:the|these|those)\s+)?"
    r"(?:three\s+|four\s+|five\s+)?"
    r"(?:baselines|systems|methods|approaches|frameworks|competitors|alternatives|engines|others)|"
    r"(?:(?:all|both|each)\s+)?(?:of\s+)?them",
    re.IGNORECASE,
)


def _class_names_the_fronted_list(
    sentence: str, readings: list[Reading], markers: list[Marker]
) -> None:
    """ "Evaluated against TensorRT-LLM, vLLM, and SGLang, Blink outperforms all baselines,
    reducing P99 TTFT by up to 8.47x": a class that points back stands for what the fronted
    comparison lists, one claim each, when the list names a system (CLAIMS.md: a class with
    examples)."""
    opening = _FRONTED_COMPARISON.match(sentence)
    fronted = next((m for m in markers if opening and m.end <= opening.end()), None)
    if fronted is None:
        return
    listed = split_baselines(fronted.phrase)
    if not any(kind == "named" for _, kind in listed):
        return
    for reading in readings:
        if reading.quantity.start < fronted.phrase_end or len(reading.baselines) != 1:
            continue
        name, kind = reading.baselines[0]
        if kind == "generic" and name and _BACK_POINTING_CLASS.fullmatch(name):
            reading.baselines = list(listed)


_NAME_THEN_ITS_MEASURE = re.compile(
    r"\$?\s+(?:the\s+)?(?P<name>[\w.+#-]+(?:\s+[A-Z0-9][\w.+#-]*)?)(?:['’]s)?\s+(?P<measure>[a-z][\w-]*)\b"
)


def _a_names_measure(sentence: str, quantity: Quantity) -> str | None:
    """The name whose measure a factor multiplies when it stands between them ("1.39x FA2
    throughput"; not "1.39x higher throughput")."""
    then = _NAME_THEN_ITS_MEASURE.match(sentence, quantity.end)
    if then is None or lexicon.metric_in(then["measure"]) in (None, *lexicon.GENERAL_METRICS):
        return None
    name = then["name"]
    return name if names_in(name) == [name] and not lexicon.is_generic_acronym(name) else None


def _phrase_at(sentence: str, start: int, predicates: frozenset[int]) -> str:
    """The baseline phrase from ``start`` (after any space), ending before a verb that starts
    a predicate of its own ("7.4 times the throughput of X, and comes within 12% of Y")."""
    start += len(sentence[start:]) - len(sentence[start:].lstrip())
    return _baseline_phrase(sentence[start:], frozenset(p - start for p in predicates if p > start))


def _multiplied_measure_owner(
    sentence: str, q: Quantity, predicates: frozenset[int] = frozenset()
) -> list[Baseline]:
    """What "N x the throughput of X" multiplies the measure of, when X names something."""
    if q.unit != "x":
        return []
    possessive = _TIMES_A_NAMES.match(sentence, q.end)
    if possessive:
        return [(possessive["name"], "named")]  # "2.8x AFL's branch coverage"
    # ("2.4x and 3.1x the queries per second of DiskANN and SPANN, respectively")
    coordinated = _AND_A_FACTOR.match(sentence, q.end)
    times_the = _TIMES_THE.match(sentence, coordinated.end() if coordinated else q.end)
    if times_the is None and (of_the := TIMES_OF_THE.match(sentence, q.end)):
        # "is 5.3 times of the vanilla OpenWhisk": the thing multiplied, as many authors whose
        # first language is not English write it (not "1.8 times of the throughput", a measure)
        phrase = _phrase_at(sentence, of_the.start("what"), predicates)
        first = phrase.split()[0] if phrase else ""
        if phrase and lexicon.metric_in(first) is None:
            return _owner_baselines(phrase, True)
        return []
    if times_the is None:
        return []
    phrase = _phrase_at(sentence, times_the.end(), predicates)
    # (one that names something, "1.62x the throughput of cuBLAS dense GEMM", or a kind of
    # solution, "4.7x the throughput of a two-phase locking implementation"; not "twice the
    # size of the model")
    head = strip_determiners(phrase).split()[-1] if phrase else ""
    if not phrase or not (
        names_in(phrase)
        or _is_a_kind_of_solution(head)
        # ("4.1x the throughput of PEFT": an acronym of a kind of method names it too; not
        # "the CPU", a device)
        or (re.fullmatch(r"[A-Z][A-Z0-9-]+", head) and not _DEVICE_ACRONYM.fullmatch(head))
    ):
        return []
    return _owner_baselines(phrase, True)


def _the_verbs_own_numbers(sentence: str, readings: list[Reading], markers: list[Marker]) -> None:
    """ "outperforms ext4-DAX, NOVA and SplitFS by 3.8x, 1.4x and 1.2x respectively ..., and
    improves throughput by up to 62% over the best alternative": the numbers right after the
    verb's "by", and those listed with them, are against the verb's objects, not against a
    comparison later in the clause."""
    for marker in markers:
        if not marker.verbal:
            continue
        later = [r for r in readings if r.quantity.start >= marker.phrase_end]
        if not later or not _BY_RIGHT_AFTER.fullmatch(
            sentence, marker.phrase_end, later[0].quantity.start
        ):
            continue
        baselines = split_baselines(marker.phrase)
        previous = None
        for reading in later:
            if previous is not None and not _LISTED_NEXT.fullmatch(
                sentence, previous.quantity.end, reading.quantity.start
            ):
                break
            if reading.paths.get("baseline") != "verbal":
                reading.baselines = list(baselines)
                reading.paths["baseline"] = "verbal"
            previous = reading


def _each_object_before_its_by(
    sentence: str, readings: list[Reading], verbs: frozenset[int]
) -> None:
    """ "outperforms LRU by 12.5%, the static policy by 40.2%, and the greedy policy
    by 117.3%", "outperforms BASIC method by 8% and PEAK by 2%": the verb of beating is not
    repeated, each object stands before its own "by"."""
    chained: set[int] = set()  # readings whose object was found here
    for i, (previous, reading) in enumerate(zip(readings, readings[1:], strict=False)):
        if previous.paths.get("baseline") != "verbal":
            continue
        if i not in chained and not _BEATS_BY.search(sentence, 0, previous.quantity.start):
            continue  # the number is not the verb's own ("outperforms X and reduces ... by")
        gap = _NEXT_OBJECT_BY.fullmatch(sentence, previous.quantity.end, reading.quantity.start)
        if (
            gap is None
            # (a "verb" with a capital is a name the tagger misread: "and PEAK by 2%", "and
            # vLLM by 3x")
            or any(
                gap.start("object") <= v < gap.end("object")
                and not re.match(r"[\w-]*[A-Z]", sentence[v:])
                for v in verbs
            )
            or lexicon.metric_in(gap["object"]) is not None
            or _MEASURE_HEAD.search(gap["object"])
        ):
            continue  # ("... by 70% and median latencies by 75%": a measure, not an object)
        baselines = split_baselines(gap["object"])
        if baselines:
            reading.baselines = baselines
            reading.paths["baseline"] = "verbal"
            chained.add(i + 1)


_QUALIFIER_BEFORE_NUMBER = rf"(?:{QUALIFYING_WORDS}\s+)?(?:a\s+factor\s+of\s+)?[~]?"
_BY_RIGHT_AFTER = re.compile(r"\s*,?\s+by\s+" + _QUALIFIER_BEFORE_NUMBER, re.IGNORECASE)
# the next number of a list: "by 3.8x, 1.4x and up to 1.2x"
_LISTED_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + _QUALIFIER_BEFORE_NUMBER, re.IGNORECASE
)
# ("... by 12% and job completion by 20%": a measure the lexicon does not know)
_MEASURE_HEAD = re.compile(
    r"\b(?:completion|rates?|times?|usage|consumption|costs?|overheads?|sizes?|counts?|ratios?|"
    r"speeds?|efficiency|utili[sz]ation|footprints?|accuracy|performance)$",
    re.IGNORECASE,
)
_BEATS_BY = re.compile(
    r"\b(?:out-?perform|surpass|beat)\w*\s+[^,;()\d]{1,60}?\s+by\s+"
    + _QUALIFIER_BEFORE_NUMBER
    + "$",
    re.IGNORECASE,
)
_NEXT_OBJECT_BY = re.compile(
    # (what the previous number holds for may come first, then "and": "by 2x on average and
    # Baz by 3x", "by 20% in throughput, and Baz by 35%")
    r"(?:\s+(?:on\s+average|overall|in\s+[A-Za-z][\w-]*|(?:on|for|across|at)\s+[A-Za-z][\w-]*"
    r"(?:\s+[A-Za-z][\w-]*)?)(?=,?\s+and\s))?"
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*|;\s*)?(?:and\s+)?"
    r"(?!(?:for|in|on|with|at|under|across|when|while|by|and|or)\b)"
    r"(?P<object>(?:the\s+)?[A-Za-z][^,;()\d]{0,60}?)\s+by\s+" + _QUALIFIER_BEFORE_NUMBER,
    re.IGNORECASE,
)


def _name_before_its_value(sentence: str, readings: list[Reading], markers: list[Marker]) -> None:
    """ "compared to leading stores like LevelDB (6.1x), WiredTiger (2.8x), ...",
    "such as Deep Graph Library (3.02x faster on average) and NeuGraph (up to 4.10x faster)":
    a number in parentheses after a name of the comparison's list is against that name."""
    for reading in readings:
        q = reading.quantity
        opening = _open_parenthesis(sentence, 0, q.start)
        closing = sentence.find(")", q.end)
        if opening is None or closing < 0:
            continue
        if any(opening < m.start < closing for m in markers):
            continue  # "(510x smaller than AlexNet)": the aside has a comparison of its own
        before = sentence[:opening].rstrip()
        runs = lexicon.name_runs(before[-60:], sentence_initial=False)
        if not runs or not before.endswith(runs[-1]) or first_quantity(runs[-1]):
            continue  # ("by up to 3.5X (on an average 3X)": a number names nothing)
        name_start = len(before) - len(runs[-1])
        if any(m.phrase_start <= name_start for m in markers if not m.weak):
            reading.baselines = [(runs[-1], "named")]


def _share_a_trailing_comparison(
    sentence: str,
    readings: list[Reading],
    boundaries: list[tuple[int, bool]],
    verbs: frozenset[int],
    markers: list[Marker],
) -> None:
    """ "up to 92% better throughput while reducing the abort rate by 3.3x over these previous
    algorithms": a tail that adds a gain shares its comparison with the numbers before it
    (CLAIMS.md), unless a hard break or a noun phrase of its own ("and a 30% improvement
    over X") separates them."""
    for i, reading in enumerate(readings):
        if reading.baselines or reading.paths.get("baseline") != "none":
            continue
        for later in readings[i + 1 :]:
            if later.paths.get("baseline") != "following" or not later.baselines:
                continue
            gap = sentence[reading.quantity.end : later.quantity.start]
            hard = any(
                reading.quantity.end <= start <= later.quantity.start and is_hard
                for start, is_hard in boundaries
            )
            # a tail ("while reducing ...") or one predicate; another verb is another claim
            tail = re.search(r"\b(?:while|whereas)\b", gap, re.IGNORECASE)
            other_verb = any(reading.quantity.end <= v < later.quantity.start for v in verbs)
            if not hard and not _OWN_PHRASE_GAP.search(gap) and (tail or not other_verb):
                reading.baselines = list(later.baselines)
                reading.paths["baseline"] = "shared"
            break
    _share_a_closing_comparison(sentence, readings, boundaries, markers, verbs)


# "..., while achieving a comparable level of model accuracy compared to graph parallelism":
# a tail that compares something else keeps its comparison (CLAIMS.md)
_TAIL_OF_ITS_OWN = re.compile(
    r"\b(?:while|whereas|without|comparable|similar|same|matching|maintaining)\b", re.IGNORECASE
)
_CLOSING_CUE = re.compile(r"(?:compared|relative|in\s+comparison)\b", re.IGNORECASE)


def _share_a_closing_comparison(
    sentence: str,
    readings: list[Reading],
    boundaries: list[tuple[int, bool]],
    markers: list[Marker],
    verbs: frozenset[int],
) -> None:
    """ "cuts p99 latency by an order of magnitude, speeds up ... by up to 2.3x, and
    yields up to 41% energy savings while keeping similar throughput, compared against
    existing stream processors": the sentence's last comparison, set off by a comma,
    reaches every number before it that has none, across coordinated verbs, "while" tails
    and noun phrases of their own ("speedups of 1.14--32.7x and an average speedup of
    6.54x, compared to ... DGL"; CLAIMS.md: whether it leads or trails them), but not
    across a hard break."""
    if not markers or not readings:
        return
    closing = markers[-1]
    if closing.weak:
        return  # "..., compared with 31% for the greedy baseline": a level, it closes nothing
    opens_with_a_comma = re.search(r",\s*(?:as\s+)?$", sentence[: closing.start])
    # "20% increase in training throughput and a 60% reduction in GPU memory for popular
    # LLMs compared with HuggingFace implementations": after every number, it closes them all
    last = max(r.quantity.end for r in readings)
    after_every_number = last <= closing.start and not _TAIL_OF_ITS_OWN.search(
        sentence[last : closing.start]
    )
    if not (opens_with_a_comma or after_every_number) or not _CLOSING_CUE.match(
        sentence, closing.start
    ):
        return
    for reading in readings:
        if reading.baselines or reading.paths.get("baseline") != "none":
            continue
        if reading.quantity.start > closing.start or any(
            reading.quantity.end <= start <= closing.start and is_hard
            for start, is_hard in boundaries
        ):
            continue
        if not opens_with_a_comma and any(reading.quantity.end <= v < closing.start for v in verbs):
            continue  # without a comma it closes one predicate, not another verb's numbers
        reading.baselines = split_baselines(closing.phrase)
        reading.paths["baseline"] = "shared"


_TIMES_A_NAMES = re.compile(
    r"\s+(?P<name>[A-Z][\w+#.-]*?)(?:['’]s|(?<=s)['’])\s+(?P<measure>[a-z][\w-]*)"
)
_TIMES_THE = re.compile(r"\s+the\s+(?:[\w-]+\s+){0,3}?of\s", re.IGNORECASE)
_DEVICE_ACRONYM = re.compile(r"(?:[CGTNDI]PU|FPGA|ASIC|SoC|DSP|SSD|HDD|NIC|DRAM|HBM)s?")
_AND_A_FACTOR = re.compile(r"\s+and\s+\d+(?:\.\d+)?\s?(?:x|×|times)(?![\w-])", re.IGNORECASE)
# "improve write and read throughput of Badger, a popular KV store, by up to 12
# times": the parser takes "write and read" for verbs and loses the measure's object
_OWNER_IN_TEXT = re.compile(
    r"\b(?:improv|reduc|increas|boost|accelerat|lower|cut)\w*\s+(?:the\s+)?"
    r"(?P<measure>(?:[\w-]+\s+){0,3}?[\w-]+)\s+of\s+(?P<owner>(?:(?!\s+by\s)[^,;()])+?)"
    r"(?:,\s+(?:a|an|the)\s+[^,;()]+,)?\s+by\s+"
    # (and the numbers coordinated with the first: "by up to 20 times and up to 10 times")
    r"(?:[^,;()]{1,30}?(?:,\s+|\s+and\s+))?(?:(?:up\s+to|over|about|nearly|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def _owner_in_text(before: str) -> str | None:
    match = _OWNER_IN_TEXT.search(before)
    if match is None or lexicon.metric_in(match["measure"]) is None:
        return None
    return match["owner"]


def _owner_baselines(phrase: str, multiple: bool) -> list[Baseline]:
    """The baselines an owner phrase names: only names, or a class marked as the baseline
    ("baseline systems", "existing frameworks"); "small message transactions" is a workload.

    Models the method runs are not baselines (CLAIMS.md: "improves the decoding speed of
    Llama2-7B, Llama2-13B and Vicuna-33B by up to 4.04x, 3.73x and 2.27x" pairs the numbers
    with the models as context): a name with a model size ("Llama-3-8B") or an instance of a
    given size ("a 64 KB TAGE-SC-L"), or a list of
    names that no word marks as the baseline, unless the number multiplies their measure
    ("more than 4x the performance of ext4 or XFS")."""
    if _A_WORKLOAD_HEAD.search(phrase):
        return []  # "the runtime of spilling TPC-H and TPC-DS queries": what the method runs
    found = split_baselines(phrase)
    named = [b for b in found if b[1] == "named"]
    marked = lexicon.names_a_baseline_class(phrase)
    if any(_MODEL_SIZE.search(name or "") for name, _ in named) or _A_SIZED_INSTANCE.search(phrase):
        return []
    if len(named) > 1 and not marked and not multiple:
        return []
    if named:
        return named
    if multiple:
        # "twice the throughput of a tuned 8-thread FIFO implementation" (not "2.2 times
        # of throughput improvements": a change is no thing compared with)
        return [b for b in found if b[0] and not _CHANGE_HEAD.search(b[0])]
    # "the running time of standard operations", "the peak memory footprint of existing
    # networks": what the method runs on; a baseline is a kind of system or solution
    return [
        b
        for b in found
        if b[0]
        and _is_a_kind_of_solution(b[0].split()[-1])
        and (lexicon.names_a_baseline_class(b[0]) or _A_FIRST_VERSION.search(b[0]))
    ]


_A_WORKLOAD_HEAD = re.compile(
    r"\b(?:queries|workloads?|benchmarks?|applications|programs|tasks|traces|jobs|requests|"
    r"datasets|graphs|matrices)$",
    re.IGNORECASE,
)


def _is_a_kind_of_solution(head: str) -> bool:
    """ "existing frameworks", or a tool named for the job it does: "state-of-the-art persistent
    memory allocators", "the standard concolic tester" (not "standard operations", "existing
    networks": what the method runs on)."""
    noun = lexicon.singular(head)
    return noun in _KINDS_OF_SOLUTION or (
        bool(_AGENT_NOUN.fullmatch(noun)) and noun not in _NOT_AGENT_NOUNS
    )


# A noun for what does a job: a verb and -er/-or ("allocator", "tester", "partitioner")
_AGENT_NOUN = re.compile(r"[a-z]{3,}[^aeiou\W](?:er|or)")
_NOT_AGENT_NOUNS = frozenset(
    "number parameter cluster buffer vector factor sector member character letter center "
    "header border quarter matter chapter layer".split()
)


_KINDS_OF_SOLUTION = lexicon.SINGULAR_KINDS | frozenset(
    "approach method design scheme solution version kernel algorithm technique protocol "
    "architecture code policy strategy mechanism".split()
)
_CHANGE_HEAD = re.compile(
    r"\b(?:improvements?|gains?|reductions?|speed-?ups?|savings?|increases?)$", re.IGNORECASE
)


# "the run time of the first sequential version of the solver": the version a program
# starts from is what it is compared with
_A_FIRST_VERSION = re.compile(
    r"\b(?:serial|sequential|single-threaded|unoptimized|initial)\s+(?:[\w-]+\s+)?"
    r"(?:version|implementation|code|execution|program)s?\b",
    re.IGNORECASE,
)
_MODEL_SIZE = re.compile(r"\d+(?:\.\d+)?[BMK]\b")
# "the MPKI of a 64 KB TAGE-SC-L": an instance of a given size, what the method is applied to
_A_SIZED_INSTANCE = re.compile(r"^(?:an?\s+)?\d+(?:\.\d+)?\s?[KMGT]i?B\s", re.IGNORECASE)


def _following_marker(
    sentence: str,
    q: Quantity,
    segment: int,
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
    readings: list[Reading],
) -> Marker | None:
    start, end = segment_range(segment, boundaries, 10**9)
    for marker in markers:
        if marker.verbal and marker.start < q.start and marker.phrase_start >= q.end:
            return marker  # "outperforms by 1.6 times previous FP32 implementations"
    for marker in markers:
        if marker.verbal or marker.weak or marker.start < q.end or marker.start >= end:
            continue
        if _in_an_aside_after(sentence, q, marker):
            continue  # "by 27% (64% over BF16)": the aside's comparison is its own number's
        if _opens_a_later_clause(sentence, marker, readings):
            continue  # "..., and compared to TCP Cubic the average FCT is reduced by 71%"
        if _aside_closes_between(sentence, q, marker, markers, start):
            # "faster than A and B on average (up to 4.2x on Q9 and 7.1x on Q18), and 1.3x
            # faster than C": an aside on a comparison made before it is that comparison's
            return None
        if _held_by_a_later_number(sentence, q, marker, readings):
            return None
        return marker
    return None


_PREPOSED_CUE = re.compile(
    r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:compared|relative|against|in\s+comparison)\b\S*\s*$",
    re.IGNORECASE,
)


def _preposed(sentence: str, marker: Marker) -> bool:
    """Whether the comparison is put at the head of a coordinated clause ("and compared to X")."""
    cue_end = marker.start + len(sentence[marker.start :].split()[0])
    return bool(_PREPOSED_CUE.search(sentence, 0, cue_end))


def _opens_a_later_clause(sentence: str, marker: Marker, readings: list[Reading]) -> bool:
    """Whether a comparison put at the head of a coordinated clause ("and compared to X") has
    a number of its own after its phrase: then it is that clause's, not an earlier number's."""
    return _preposed(sentence, marker) and any(
        r.quantity.start >= marker.phrase_end for r in readings
    )


def _open_parenthesis(sentence: str, start: int, end: int) -> int | None:
    """Where a parenthesis opened between ``start`` and ``end`` and not closed before ``end``."""
    opening = sentence.rfind("(", start, end)
    return None if opening < 0 or ")" in sentence[opening:end] else opening


def _aside_closes_between(
    sentence: str, q: Quantity, marker: Marker, markers: list[Marker], segment_start: int
) -> bool:
    """Whether the number sits in parentheses that close before the marker, after a
    comparison of the same segment made before them."""
    opening = _open_parenthesis(sentence, 0, q.start)
    if opening is None:
        return False
    closing = sentence.find(")", q.end)
    return 0 <= closing < marker.start and any(
        segment_start <= m.start and m.phrase_end <= opening and not m.weak for m in markers
    )


def _in_an_aside_after(sentence: str, q: Quantity, marker: Marker) -> bool:
    """Whether the marker sits in parentheses after the number that hold a number of their
    own ("by 27% (64% over BF16)"; not "by 18-105% ... (compared to their default engines)")."""
    opening = _open_parenthesis(sentence, q.end, marker.start)
    return opening is not None and first_quantity(sentence[opening : marker.start]) is not None


_OWN_PHRASE_GAP = re.compile(
    # ("..., and achieves 1.4x higher throughput than X": a predicate of its own)
    r",\s*with\b|\band\s+an?\s|,\s*which\b|"
    r"\band\s+(?:also\s+)?(?:achiev|deliver|provid|attain|yield|obtain|offer|reach)\w*\s",
    re.IGNORECASE,
)


def _a_later_item_before(
    sentence: str, q: Quantity, marker: Marker, readings: list[Reading]
) -> bool:
    """Whether a number between ``q`` and ``marker`` opens an item of its own, not one
    coordinated with ``q`` ("1.8x and 2.6x over A and B" share their comparison)."""
    return any(
        not COORDINATION_GAP.match(_ASIDE.sub(" ", gap))
        for gap in _gaps_to_the_numbers_before(sentence, q, marker, readings)
    )


_ASIDE = re.compile(r"\([^()]*\)")


def _gaps_to_the_numbers_before(
    sentence: str, q: Quantity, marker: Marker, readings: list[Reading]
) -> Iterator[str]:
    """The text before each number between ``q`` and ``marker``, from the number before it."""
    previous_end = q.end
    for other in readings:  # in the order of the sentence
        between = other.quantity
        if q.end <= between.start and between.end <= marker.start:
            yield sentence[previous_end : between.start]
            previous_end = between.end


def _held_by_a_later_number(
    sentence: str, q: Quantity, marker: Marker, readings: list[Reading]
) -> bool:
    """ "a speedup up to 6.5x, with about 1.4x improvement over EAGLE-2" and "2.8x-5.8x
    speedups across tasks and a 30% improvement over EAGLE3": the comparison belongs to the
    number of its own noun phrase, not to the one before it (which numbers coordinated under
    one verb or head still share: "by 1.31x and 2.71x compared to A and B")."""
    # (any number on the way: "up to 2x higher throughput, ..., and 1.7x lower TBT, and
    # achieves 1.4x higher throughput than X")
    return any(
        _OWN_PHRASE_GAP.search(gap)
        for gap in _gaps_to_the_numbers_before(sentence, q, marker, readings)
    )


def _preceding_marker(
    sentence: str,
    q: Quantity,
    segment: int,
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
) -> Marker | None:
    start, _ = segment_range(segment, boundaries, len(sentence))
    candidates = [
        m
        for m in markers
        if (start <= m.start or _fronted(sentence, m, start, boundaries))
        and m.phrase_end <= q.start
        and not m.weak
    ]
    if not candidates:
        return None
    marker = candidates[-1]
    between = sentence[marker.phrase_end : q.start]
    # A verb between the baseline and the number starts another predicate
    # ("outperforms X and delivers 3x"): the baseline does not reach the number, unless
    # it came with a number of its own ("by 7.93x over PyTorch and achieves 4.4x
    # end-to-end": a later number about the same subject that states none).
    if re.search(r"\b(?:and|while)\s+(?:\w+ly\s+)?(?:\w+(?:s|es|ed))\b", between) and not re.search(
        r"\bby\b", between
    ):
        if marker.verbal or first_quantity(sentence[start : marker.start]) is None:
            return None
    return marker


# "by 62% relative to DCQCN and by 19% relative to HPCC", "27.4% more branches than AFLNet
# and 14.9% more than ChatAFL": nothing between but a number (and a short setting, "on the
# GPU")
_ONLY_A_NUMBER_BETWEEN = re.compile(
    r"^\s*(?:(?:on|for|in|at|with)\s+(?:[\w.-]+\s+){0,2}[\w.-]+\s*)?,?\s*(?:and\s+)?(?:by\s+)?"
    r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?"
    r"\d+(?:\.\d+)?\s*(?:x|×|%|times)?"
    r"(?:\s+(?:more|less|fewer|higher|lower|faster|slower|better|larger|smaller))?\s*$",
    re.IGNORECASE,
)


def _run_before(sentence: str, marker: Marker, markers: list[Marker]) -> list[Marker]:
    """ "by 2.4x compared with A and by 1.6x compared with B, and lowers energy by 38%": a later
    number that states no baseline takes every comparison of the run it follows, as a later
    clause does (CLAIMS.md: a baseline "carries forward"), not only the last one."""
    run: list[Marker] = []
    current = marker
    for earlier in reversed([m for m in markers if m.phrase_end <= marker.start]):
        between = sentence[earlier.phrase_end : current.start]
        if earlier.weak or not _ONLY_A_NUMBER_BETWEEN.match(between):
            break
        run.append(earlier)
        current = earlier
    return run


_PRONOUN = re.compile(r"(?:it|them|this|that)", re.IGNORECASE)


def _antecedent(marker: Marker, markers: list[Marker]) -> Marker:
    """ "37% more operations than the LLVM SLP vectorizer and a speedup of 1.19x over it": a
    pronoun stands for the baseline of the comparison before it in the sentence."""
    if not _PRONOUN.fullmatch(marker.phrase):
        return marker
    earlier = [m for m in markers if m.start < marker.start and not _PRONOUN.fullmatch(m.phrase)]
    return earlier[-1] if earlier else marker


def _fronted(
    sentence: str, marker: Marker, segment_start: int, boundaries: list[tuple[int, bool]]
) -> bool:
    """ "...; against SGLang it achieves 1.35x higher throughput": a comparison that opens a
    segment of its own, put before the clause it belongs to, with nothing between them."""
    between = sentence[marker.phrase_end : segment_start]
    # ("compared with Graphicionado, a state-of-the-art graph accelerator, it delivers": the
    # name's apposition stands between)
    if marker.phrase_end > segment_start or (
        between.strip(" ,") and not _APPOSITION.fullmatch(between)
    ):
        return False
    if _preposed(sentence, marker):
        return True  # "..., and compared to TCP Cubic the average FCT is reduced by 71%"
    opening = max((b for b, _ in boundaries if b <= marker.start), default=0)
    return not sentence[opening : marker.start].strip(" ,;")


_APPOSITION = re.compile(r",\s*(?:a|an|the)\s+[^,;()]{1,60},\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)


def _preamble_marker(
    sentence: str, markers: list[Marker], boundaries: list[tuple[int, bool]]
) -> Marker | None:
    match = re.match(r"^\s*(?:Compared|In\s+comparison|Relative)\b", sentence, re.IGNORECASE)
    if match:
        return markers[0] if markers and markers[0].start < 30 else None
    # "A comparison with the tuned library shipped by the FPGA vendor, ..., shows
    # that our design reaches", "Our experimental comparison against leading
    # engines shows that": what the sentence's subject compares with
    compared = _A_COMPARISON.match(sentence)
    if compared:
        cue = range(compared.start("cue"), compared.end("cue") + 1)
        return next((m for m in markers if m.start in cue), None)
    # "We compare Faasm to a standard container-based platform and show that ...": the
    # framing clause names what every number of the sentence is compared with.
    framing = _FRAMING.match(sentence)
    if framing:
        return next((m for m in markers if m.start == framing.start("cue")), None)
    return None


_A_COMPARISON = re.compile(
    r"^\s*(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?P<cue>comparisons?\s+(?:to|with|against))\b",
    re.IGNORECASE,
)
_FRAMING = re.compile(
    r"^\s*(?:we|this\s+(?:paper|work))\s+(?:\w+ly\s+)?(?P<cue>compare)\b", re.IGNORECASE
)


def _level_set_beside_before(
    q: Quantity,
    segment: int,
    markers: list[Marker],
    boundaries: list[tuple[int, bool]],
    length: int,
) -> Marker | None:
    start, _ = segment_range(segment, boundaries, length)
    levels = [
        m
        for m in markers
        if m.weak
        and start <= m.start
        and m.phrase_end <= q.start
        # ("return to within 10% of their fault-free values": its own levels, no system)
        and not re.match(r"(?:its|their|our)\s", m.phrase, re.IGNORECASE)
    ]
    return levels[-1] if levels else None


def _carried(
    segment: int,
    earlier: dict[int, list[tuple[str | None, BaselineKind]]],
    boundaries: list[tuple[int, bool]],
    doc: Doc,
    markers: list[Marker],
) -> list[tuple[str | None, BaselineKind]]:
    sentence = doc.text
    across = False
    for previous in range(segment - 1, -1, -1):
        opening, hard = boundaries[previous + 1]
        if hard and (detailed := _comparison_a_colon_details(doc, opening, boundaries, markers)):
            return split_baselines(detailed.phrase)
        if hard:
            # "...; for small messages it reduces latency by 3.2x": a clause after a semicolon
            # goes on with the comparison before it (CLAIMS.md: "carries forward"), when that
            # comparison is the clause's own, not an aside or a level set beside another's
            if not sentence[:opening].rstrip().endswith(";"):
                return []
            across = True
        start, end = segment_range(previous, boundaries, len(sentence))
        in_segment = [
            m
            for m in markers
            if start <= m.start < end
            and not (across and (m.weak or _open_parenthesis(sentence, start, m.start) is not None))
            # (the level a change starts from speaks for its own clause only)
            and not sentence.startswith("from", m.start)
        ]
        if previous in earlier and not across:
            return earlier[previous]
        if in_segment:
            return split_baselines(in_segment[-1].phrase)
        if across:
            return []  # only the clause right before the semicolon
    return []


def _comparison_a_colon_details(
    doc: Doc, opening: int, boundaries: list[tuple[int, bool]], markers: list[Marker]
) -> Marker | None:
    """ "largely outperforms the matmul implemented by AWS on Trainium: at the level of matmul
    kernel, it achieves an average 1.35x speedup": numbers after a colon detail the comparison
    before it, when that clause states it without a number (CLAIMS.md: a baseline "carries
    forward to later numbers of the same sentence about the same subject that state none"); not
    a comparison inside a clause that sets a condition ("once the number of QPs exceeds what
    that cache can hold, performance collapses: ...")."""
    sentence = doc.text
    colon = len(sentence[:opening].rstrip()) - 1
    if colon < 0 or sentence[colon] != ":":
        return None
    clause_start = max(start for start, hard in boundaries if hard and start <= colon)
    if first_quantity(sentence[clause_start:colon]) is not None:
        return None
    stated = [
        m
        for m in markers
        if clause_start <= m.start
        and m.phrase_end <= colon
        and m.verbal
        and not m.weak
        and not _in_a_subordinate_clause(doc, m.start)
    ]
    return stated[-1] if stated else None


def _in_a_subordinate_clause(doc: Doc, offset: int) -> bool:
    token = token_at(doc, offset)
    return token is not None and any(a.dep_ in _SUBORDINATE for a in (token, *token.ancestors))


_WORKER = r"(?:machine|node|GPU|core|thread|worker|server|CPU|processor|device|host)"
_SEQUENTIAL = re.compile(
    r"^(?:the\s+)?(?:sequential|serial|single-threaded)(?:\s+(?:execution|version|run|code|"
    r"baseline|implementation|program)s?)?$",
    re.IGNORECASE,
)
# How many workers a sentence counts: "32 machines", "a 16-core machine"
_SEVERAL = r"(?:\d+|two|four|eight|sixteen|several|many|multiple)"
_COUNTED_WORKERS = re.compile(
    rf"\b{_SEVERAL}[\s-]+(?:[\w-]+\s+)?{_WORKER}s?\b",
    re.IGNORECASE,
)
_ONE_WORKER = re.compile(
    rf"^(?:(?:on|with|using)\s+)?(?:a\s+|one\s+)?(?:single|one|1)[\s-]+(?:[\w-]+\s+)?(?P<unit>{_WORKER})s?\b",
    re.IGNORECASE,
)


# "the slowest device takes 6.8x longer than the median one", "processes up to 4.7x as many
# tokens as the average one", "the slowest rank performs 5.8x more FLOPs than the fastest": a
# spread within one system's measurements, no other system
_A_STATISTIC = re.compile(
    r"^(?:the\s+)?(?:(?:median|average|mean|typical)(?:\s+(?:one|ones|case|value|device|"
    r"request|job|task|node|worker|GPU|server|query|flow|user|client|rank))?|"
    # (not "the fastest GPU", another device)
    r"(?:fastest|slowest)(?:\s+(?:one|rank|worker))?)$",
    re.IGNORECASE,
)


def ones_meant(baseline: str, subject: str) -> str:
    """ "discrete-action algorithms outperform continuous-action ones": the "ones" are of the
    subject's kind."""
    ones = _ONES.fullmatch(baseline)
    head = subject.split()[-1] if len(subject.split()) > 1 else ""
    if ones is None or not head.isalpha() or not head.islower():
        return baseline
    kind = head if ones["ones"].lower() == "ones" else lexicon.singular(head)
    return f"{ones['modifiers']} {kind}"


_ONES = re.compile(r"(?P<modifiers>.+?)\s+(?P<ones>ones?)", re.IGNORECASE)


def is_self_relative(sentence: str, baseline: str | None) -> bool:
    """ "With 32 machines, X achieves a 19.4x speedup over single-machine training", "on 32
    machines X takes 1.61 times longer ... than on a single machine": the same system on one
    worker is self-relative scaling, not a comparison (CLAIMS.md), when the sentence counts
    several of those workers; so is a spread against the median or average of one's own."""
    if _A_STATISTIC.match(baseline or ""):
        return True
    if _SEQUENTIAL.match(baseline or ""):
        # "On a 16-core machine, they achieve a mean speedup of 11.2 over sequential
        # execution": the same programs on one core
        return bool(_COUNTED_WORKERS.search(sentence))
    one = _ONE_WORKER.match(baseline or "")
    if one is None:
        return False
    unit = one["unit"].lower()
    counted = re.compile(
        rf"\b{_SEVERAL}\s+(?:[\w-]+\s+)?{unit}s\b",
        re.IGNORECASE,
    )
    return bool(counted.search(sentence))


# ---- ablations


def ablation_baselines(sentence: str, readings: list[Reading], own_name: str) -> None:
    """ "Disabling software pipelining reduces average performance by 17%", "Without
    centrality-based tiering, QPS drops by 36%": the number is what the system loses without
    a part of itself, so it is compared with the system without that part (a generic
    baseline spelled "<system> without <part>"), when nothing else is compared.

    Only a loss counts: "removing locks improves throughput by 2x" is a design choice, and
    "without any code changes, X speeds up Y" a condition."""
    previous_end = 0
    ablated_before = False
    for reading in readings:
        q = reading.quantity
        system = reading.subjects[0] if reading.subjects else own_name
        # ("reduces Vellum's throughput by 4.6x" in Vellum's paper: its own measure)
        owns_itself = reading.paths.get("baseline") == "owner" and all(
            name and same_name(name, system) for name, _ in reading.baselines
        )
        cue = _last_ablation_cue(sentence, previous_end, q.start)
        previous_end = q.end
        if cue is None or (
            reading.paths.get("baseline") not in ("none", "carried") and not owns_itself
        ):
            ablated_before = False
            continue
        # ("... reduces performance by 38%, and disabling software pipelining by a further
        # 17%": the verb of a loss is written once for both parts)
        if not (ablated_before or _LOSS.search(sentence, cue.end(), q.start)):
            continue
        if re.search(r"\bto\s+(?:about\s+|roughly\s+|under\s+)?$", sentence[cue.end() : q.start]):
            # "With NVMe disabled, the throughput gain falls to 1.9x": the level the gain
            # keeps without the part, not what the part is worth
            continue
        part = _DETERMINER.sub("", cue["part"]).strip()
        if not part or part.lower() in _PRONOUNS or _A_CONDITION.match(part):
            continue
        reading.baselines = [(f"{system} without {part}", "generic")]
        reading.paths["baseline"] = "ablation"
        ablated_before = True


def _last_ablation_cue(sentence: str, start: int, end: int) -> re.Match[str] | None:
    cues = [
        *_ABLATION_CUE.finditer(sentence, start, end),
        *_DISABLED_CUE.finditer(sentence, start, end),
    ]
    return max(cues, key=lambda cue: cue.start()) if cues else None


_PART = (
    r"(?P<part>(?:(?:the|its|their|our)\s+)?[\w/-]+(?:\s+(?!(?:and|alone|by|the|in|on|for|from|"
    r"to|while|as|at|with)\b)[a-z][\w/-]*){0,4}?)"
)
_ABLATION_CUE = re.compile(
    rf"\b(?:{SWITCHING_OFF}|[Ww]ithout)\s+"
    + _PART
    + r"(?=\s*[,;:]|\s+(?:and|alone|by|in|on|for|from|while|as|at)\b|\s+[A-Z]|\s+the\b|"
    r"\s+(?:reduc|lower|rais|increas|decreas|cost|cut|drop|fall|worsen|degrad|slow|hurt)\w*)"
)
_DISABLED_CUE = re.compile(r"\b[Ww]ith\s+" + _PART + rf"\s+{SWITCHED_OFF}\b")
# the measure gets worse: a verb of loss, or less of a measure that is better higher, or more
# of one that is better lower
_LOSS = re.compile(
    r"\b(?:worsen|degrad|slows?\s+down|(?<!the\s)slowdowns?\b|forfeit|los[et]|hurt|drops?\b|"
    r"dropped|falls?\b|fell|"
    r"costs?\s+(?:\w+\s+){0,2}?\d[\d.]*\s?%\s+of\b|"
    r"declin|plummet|(?:reduc|lower|decreas|cut)\w*\s+(?:[\w'-]+\s+){0,4}?"
    rf"(?:{lexicon.GAIN_MEASURE}|(?<!miss\s)(?<!error\s)rate|bandwidth)|"
    rf"(?:rais|increas|inflat)\w*\s+(?:[\w'-]+\s+){{0,4}}?{lexicon.COST_MEASURE})",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:the|its|their|our)\s+", re.IGNORECASE)
# "without any code changes", "without requiring retraining": a condition, no part removed
# (a verb with its object, not the name of a part: "without prefetching")
_A_CONDITION = re.compile(
    r"(?:[a-z]+ing\s+\S|(?:any|much|significant|noticeable|loss|losses|degradation|changes?|"
    r"modifications?|retraining)\b)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"it", "them", "this", "these", "that", "those", "any", "all"})
