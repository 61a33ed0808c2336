"""Pure functions that find the comparative quantities of a sentence.

A *quantity* is a factor ("2.8x", "2.8 times", "1.18times-1.22times", "8-fold", "two
orders of magnitude") or a relative percentage ("51%", "5% to 51%") with its qualifier
("up to", "on average", ...).  Whether a quantity is a *claim* is decided by the
extractor; this module only reads numbers, units, ranges and qualifiers, with the
character offsets they were read from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.records import Qualifier, Unit

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# "respectively", and its abbreviation in terse abstracts ("over A and B, resp."), as a fragment
# that ends itself: a "\b" written after it would never match after "resp."
RESPECTIVELY_WORD = r"(?:respectively\b|resp\.)"
RESPECTIVELY = re.compile(r"\b" + RESPECTIVELY_WORD, re.IGNORECASE)


def _trie(words: list[str]) -> str:
    """One regex alternation for ``words`` that shares their prefixes ("f(?:ive|ifty|...)"):
    the quantity pattern tries it at every word of a sentence, and a flat list of words is
    tried one by one."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        optional = "" in tails
        rest = [t for t in tails if t]
        if not rest:
            branches.append(re.escape(head))
            continue
        inner = _trie(rest)
        branches.append(f"{re.escape(head)}(?:{inner}){'?' if optional else ''}")
    return "|".join(branches)


_TENS = [w for w, n in WORD_NUMBERS.items() if 20 <= n < 100 and n % 10 == 0]
_UNITS_WORD = [w for w, n in WORD_NUMBERS.items() if 1 <= n <= 9 and w not in ("a", "an")]
# "twenty-five" as one number, before "twenty" alone can stop short of it
_WORD_NUMBER = (
    f"(?:{_trie(_TENS)})-(?:{_trie(_UNITS_WORD)})|"
    + f"(?:{_trie([w for w in WORD_NUMBERS if w not in ('a', 'an')])})"
)
# The signs of a factor ("Γ—", "Ã—": a "×" whose UTF-8 bytes a page decoded as Windows-1253
# or -1252)
TIMES_SIGN = r"(?:[x×X✕]|Γ—|Ã—)"
# "x" only when it is not the start of a word ("2x4", "8x A100" are caught elsewhere).
# (not a frequency: "woke up 410 times per hour", "twelve times a day")
_NOT_A_FREQUENCY = (
    r"(?!\s+(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|year)s?\b)"
)
# ("$6 \times 10^3$ calls", "2.5 × 10^6 events": a number in scientific notation, no factor)
_NOT_A_POWER = r"(?!\s*\$?\s*10\s*\^)"
_FACTOR_UNIT = (
    rf"(?:\s?{TIMES_SIGN}(?![A-Za-z0-9]){_NOT_A_POWER}|"
    # ("4\times70 billion": a product of two numbers, no factor; "1.61\\times": a source that
    # escaped its backslashes twice)
    r"\s?\\\(\s?\\times\s?\\\)|\s?\$?\\{1,2}times(?![A-Za-z0-9])"
    + _NOT_A_POWER
    + r"|\s?-?times(?![A-Za-z])"
    + _NOT_A_FREQUENCY
    + r"|\s?-?\s?fold\b)"
)
# "halving the number of control frames": a count of things that a change acts on
NUMBER_OF = re.compile(
    r"\s+(?:the\s+)?number\s+of\s+(?P<things>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE
)
# ("48.6$\%$": LaTeX math may open between the number and its sign, as with "$\times$")
_PERCENT_UNIT = r"(?:\s?(?:\$(?=\\%))?\\{0,2}%|\s?percent\b|\s?per\s?cent\b)"
# "$" closes a LaTeX "$\times$" before the dash and opens the next after it ("$1.7\times$ –
# $3.5\times$", "1.8$\times \sim$ 4.5$\times$"); the high end may be a bound ("3.1x to over
# 100x"); a slash joins two numbers ("2.9/2.3 times", "5.6X/5.1X")
_DASH = r"\$?\s?(?:--?|–|—|−|‐|‑|~|∼|\\sim|up\s+to|to(?:\s+(?:over|more\s+than))?|and|/)\s?\$?\s?"
# The words of a qualifier right before a number ("by up to 3x", "by an average of 12%"), as
# the patterns of every stage read them (CLAIMS.md: up_to, average, at_least, approx)
QUALIFYING_WORDS = (
    r"(?:up[\s-]*to|as\s+(?:much|high)\s+as|over|more\s+than|at\s+least|about|around|"
    r"approximately|nearly|roughly|almost|an?\s+average\s+of|(?:a\s+)?maximum(?:\s+of)?)"
)
_FACTOR_QUALIFIER = rf"(?:(?:{QUALIFYING_WORDS}|ranging\s+from)\s+)?"
# A factor whose sign was lost, before the noun of a change: "1.29-8.72 speedup", "an average
# 3.3 reduction in memory", "up to 10 speedup" (a whole number only before "speedup": "3
# improvements" counts them).  A decimal may stand before a measure of two words or a name
# ("a 1.41 MoE module speedup", "2.61 DSP efficiency improvement"), never before a score,
# which changes by points ("1.3 points of improvement", "a 0.8 BLEU improvement"), a unit ("a
# 3.5 Gbps throughput increase") or a version ("Linux 5.15 kernel scheduler improvements").
# (A gap word never joins two phrases: "of", "and", "or".)
_NOT_A_GAP_WORD = (
    r"(?:points?|pp|dB|of|and|or|BLEU|ROUGE|mAP|AP|F1|top-\d|accuracy|perplexity|scores?|"
    r"percentage)\b"
)
# The symbol of a unit of size, rate, frequency, power or work (case matters: "MB", "Mb")
UNIT_SYMBOL = (
    r"(?:[kKMGTPE]?(?:i?B|b)(?:ps)?|[kKMGTPE]?(?:Hz|W|Wh|J)|[kKMGTPE]?(?:FLOPS?|I?OPS|[FQIRT]PS)|"
    r"kWh|mAh)"
)
_UNIT_WORD = re.compile(UNIT_SYMBOL + r"|[mun]?s|secs?|seconds?|mins?|minutes?|hours?|[mk]?m|dB")
_VERSION_BEFORE = re.compile(r"\b[A-Z][\w+#-]*\s$")
_BARE_FACTOR_NOUN = (
    rf"(?=\s+(?P<change_gap>(?:(?!{_NOT_A_GAP_WORD})[A-Za-z][\w-]*\s+){{0,2}}?)"
    r"(?P<change>speed-?ups?|improvements?|acceleration|boost|reductions?|increases?|"
    r"decreases?)\b)"
)
# "accelerates the total build time by 1.35 when compared with": a decimal after "by" with
# nothing after it that could be its unit
_BY_BARE_END = (
    r"(?![\d.,]*\s?(?:[x×X✕%]|times|\\|[-–]\s?\d))(?=\s*(?:[,.;)]|$)|\s+(?:when|compared|over|than|"
    r"on|in|for|while|with|across|relative|against|at|vs\.?|versus)\b)"
)

# What a speedup is, before its number: "The maximum speedups are", "the overall speedup
# due to the cache redesign is" (not "a near-linear speedup when the number of GPUs is")
SPEEDUP_IS = (
    r"(?:(?!(?:when|if|with|for|where|while|as|number|count|size)\b)[\w-]+\s+){0,6}?"
    r"(?:is|are|was|were)"
)

_QUANTITY = re.compile(
    rf"""
    (?P<dollar>\$\s?)?
    (?:
        (?P<orders>(?:(?P<orders_lo>\d+|\b(?:{_WORD_NUMBER}))\s?(?:-|–|to|or)\s?)?
          (?P<orders_n>{_WORD_NUMBER}|a|an|\d+)[\s-]+orders?[\s-]+of[\s-]+magnitude)
        # a range from a percentage to a factor: "50% to 3x faster", "by 50% to an order of
        # magnitude" (the low end is the factor 1.5)
      | (?<![\w.,$-])(?<!\bat\s)(?P<mixed_lo>{_NUMBER})(?:\s?%|\s?percent)\s?(?:to|-|–)\s?
        (?:(?P<mixed_hi>{_NUMBER})\s?(?:[x×X✕](?![A-Za-z0-9])|times\b)|
           (?P<mixed_orders>an?|one|two|three|\d)[\s-]+orders?[\s-]+of[\s-]+magnitude)
      | (?P<twice>\btwice\b|\bthrice\b|\b(?:doubl|tripl)(?:es|ed|ing)\b|\bhalved\b|
        # ("asynchronous halving matches ...", "successive halving": a method's name)
        (?<![Ss]uccessive\s)(?<![Aa]synchronous\s)(?<![Ss]uccessive-)(?<![Rr]ecursive\s)
        \bhalving\b(?=\s+(?:the|its|their|our|this|these|an?)\b|
          # ("halving latency", "halving memory traffic")
          \s+(?:[a-z-]+\s+)?(?:latency|time|memory|traffic|costs?|size|volume|usage|overheads?|
          footprint|energy|power)\b)|
        # ("splits the model into two halves": the noun)
        \bhalves\b(?=\s+(?:the|its|their|our|this|these)\b|
          # ("halves gradient all-reduce volume", not "two halves of the model")
          (?<!two\shalves)(?<!both\shalves)\s+(?!(?:of|and|or|in|is|are|was|were)\b)[a-z]))
        # the factor whose sign was lost: "a speedup of up to 2.73", "2.2 higher throughput"
      | \b(?i:speed)-?ups?\s+(?:(?:ratio\s+)?of|
          # "the overall speedup due to the cache redesign is 3.2"
          {SPEEDUP_IS}(?:\s+about|\s+around|\s+approximately)?)\s+
        {_FACTOR_QUALIFIER}(?P<speedup_of>{_NUMBER})
        (?:\s?(?:-|–|to)\s?(?P<speedup_of_hi>{_NUMBER}))?(?![\d.,]*\s?\$?(?:[x×X✕%]|times|percent|per\s?cent|\\|(?:--?|–|—|to)\s?\d)|,\d|\s+orders?\b)
      | (?<![\w.,$-])(?P<unsigned>\d+\.\d+|\d{{1,2}})(?:\s?[-–]\s?(?P<unsigned_hi>\d+(?:\.\d+)?))?
        # ("(up to 7.55 faster)": the comparative may close an aside)
        (?=\s(?:higher|lower|faster|slower|less|fewer|smaller|larger|better)(?:\s|[),;]))
        # "by a factor of between three and twenty"
      | \bfactor\s+of\s+between\s+(?P<factor_btw>{_NUMBER}|{_WORD_NUMBER})\s+and\s+
        (?P<factor_btw_hi>{_NUMBER}|{_WORD_NUMBER})\b(?!\.\d)(?!\s?[x×%]|\s?times)
        # ("by factors of 3.3-27.9": one factor per case)
      | \b(?:factor\s+(?:of\s+)?|factors\s+of\s+){_FACTOR_QUALIFIER}
        # (not the "2" of "a factor of 2.5x": a number whose unit follows is read whole)
        (?P<factor>{_NUMBER}|{_WORD_NUMBER})\b(?!\.\d)(?!\s?[x×%]|\s?times)
        # "by a factor of 1.6-2.5", "by a factor of 2-3X"
        (?:(?:\s+to\s+|\s?[-–]\s?)(?P<factor_hi>{_NUMBER}|(?<=to\s){_WORD_NUMBER}\b)(?![\d.]*\d)(?!\s?%)
           (?:\s?[xX×](?![\w-])|\s?times\b)?
         # ("a factor of 2 and 3x": two numbers, unless neither has its sign)
         | \s+and\s+(?P<factor_and>{_NUMBER})(?![\d.]*\d)(?!\s?[x×%]|\s?times))?
      | (?:(?P<word_lo>\b(?:{_WORD_NUMBER}))\s+(?:to|or)\s+
         | \bbetween\s+(?P<word_btw>{_WORD_NUMBER})\s+and\s+)?
        (?P<word>\b(?:{_WORD_NUMBER}))
        (?:(?P<word_unit>\s?-?\s?fold\b|\s+times(?![A-Za-z]){_NOT_A_FREQUENCY})
           # a share written out: "forty percent", "between twenty and forty percent"
         | (?P<word_pct>\s+(?:percent|per\s?cent)\b))
      | (?<![\w.,$-])(?P<bare>\d+\.\d+|(?!(?:19|20)\d\d\b)\d{{1,4}})
        (?:\s?[-–]\s?(?P<bare_hi>\d+(?:\.\d+)?))?
        (?!\s*(?:times|fold|-fold|percent|per\s?cent|orders?)\b|\s?[xX✕](?![A-Za-z0-9])){_BARE_FACTOR_NOUN}
      | \bby\s+{_FACTOR_QUALIFIER}(?P<by_bare>\d+\.\d+){_BY_BARE_END}
        # "up to 1480 speedup over the serial code and 1.42 over ...": a number coordinated
        # with a factor whose sign was lost, against a baseline of its own
      | (?<=\band\s)(?P<carried>\d+\.\d+|\d{{1,4}})(?=\s+(?:over|compared|than|against)\b)
        # the sign first, written against the number: "a ×2 speedup", "$\times$2"
      | (?<![\w.)])(?:[×✕]|\$?\\times\$?\s?)(?P<prefixed>{_NUMBER})(?!\.?\w|\s?(?:[x×X✕%]|times))
        # a letter x first: "by a factor of x2.5", "at least x3 latency improvement" (not
        # "x86-based", "the x32 host interface")
      | (?<=factor\sof\s)[xX](?P<x_factor>\d+(?:\.\d+)?)(?![\w-]|\.\d)
      | (?<![\w.)-])[xX](?P<x_first>\d+(?:\.\d+)?)(?![\w-]|\.\d)
        (?=\s+(?:[a-z-]+\s+)?(?:improvements?|speed-?ups?|reductions?|gains?|increases?|faster|
           higher|lower|better)\b)
        # (page damage may glue the number to the word before it: "by2.4 times", "up to20%")
        # (a minus written against the number after a space, a label or a slash counts: "p99
        # TTFT -58%/-47% vs. vLLM"; not "2-4x", a range, nor the low end of a range of changes:
        # "ranges from -4% to 32%")
      | (?:(?<![A-Za-z0-9.])(?<![A-Za-z0-9.)][-−])(?<![-−][-−])(?<!from\s[-−])(?<!to\s[-−])
           (?<!and\s[-−])|(?<=\bby)|(?<=\bto))
        (?P<lo>{_NUMBER})(?P<lo_unit>{_FACTOR_UNIT}|{_PERCENT_UNIT})?
        # (a year is no first number of a pair: "on SPEC 2006 and 2.43 times for ...")
        (?:(?<!\b19\d\d)(?<!\b20\d\d)
           # ("20% 40% speedup", "by 25 49%": a dash the page lost)
           (?P<dash>{_DASH}|\s(?=[\d.]+\s?%))(?P<hi>{_NUMBER})(?=\s?\$?(?:[x×X✕%]|\\|times|fold|-fold|percent))
        )?
        (?P<lo_plus>\+)?(?P<unit>{_FACTOR_UNIT}|{_PERCENT_UNIT})
    )
    (?P<plus>\+)?
    """,
    re.VERBOSE,
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# (a qualifier may come between: "from as high as 3.1x to 1.40x", "from about 10% to 5%")
_FROM_QUALIFIED = (
    r"(?:(?:as\s+(?:high|low|much|many|little|large|small)\s+as|about|around|roughly|nearly|"
    r"approximately|almost)\s+)?"
)
_FROM = re.compile(r"\bfrom\s+" + _FROM_QUALIFIED + "$", re.IGNORECASE)

_QUALIFIER_BEFORE: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    (
        "up_to",
        re.compile(
            r"\b(?:up[\s-]*to|as\s+(?:much|high|many|large)\s+as|at\s+most|no\s+more\s+than|"
            r"(?:maximum|peak)\s+(?:[\w-]+\s+){0,2}?of|by\s+(?:a\s+)?maximum(?:\s+of)?)\s+"
            r"(?:an?\s+)?(?:factor\s+of\s+)?$",
            re.I,
        ),
    ),
    (
        "average",
        re.compile(
            # ("and on average by 1.4x")
            r"\b(?:on\s+average,?\s+by|on\s+average|an?\s+average\s+of|average|averaging|avg\.?|mean|"
            r"(?:a\s+|the\s+)?geo(?:metric[\s-])?-?mean\s+(?:[\w-]+\s+){0,2}?of|"
            r"(?:an?|the)\s+(?:average|mean)\s+(?:[\w-]+\s+){1,4}of|"
            # "obtains average performance improvement of 17.6%", "average speedups of 1.27x"
            r"(?:average|mean)\s+(?:[\w-]+\s+){0,2}?(?:speed-?ups?|improvements?|gains?|"
            r"reductions?|savings?|increases?)\s+of)\s+(?:of\s+)?(?:an?\s+)?$",
            re.I,
        ),
    ),
    (
        "at_least",
        re.compile(
            r"\b(?:over|more\s+than|at\s+least|exceeding|greater\s+than|in\s+excess\s+of|above|"
            r"beyond)\s+(?:an?\s+)?(?:factor\s+of\s+)?$",
            re.I,
        ),
    ),
    (
        "approx",
        re.compile(
            r"(?:\b(?:about|around|approximately|approx\.|nearly|roughly|almost|close\s+to|circa)\s+(?:an?\s+)?|[~≈∼]\s?|\$\\sim\$\s?)$",
            re.I,
        ),
    ),
)
_AVERAGE_AFTER = re.compile(
    r"^(?:(?:\s+[A-Za-z-]+){0,2}?,?\s+(?:on\s+average|in\s+average|on\s+avg\.?)|"
    # ("a 1.36x geomean speedup", "1.5x geometric-mean speedup")
    r"\s+(?:average|geomean|geo-mean|geometric[\s-]mean))\b",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """A number as written: value (low end of a range), high end, unit, qualifier, offsets."""

    value: float
    value_max: float | None
    unit: Unit
    qualifier: Qualifier | None
    start: int
    end: int
    text: str


def parse_number(text: str) -> float:
    """``"2,048"`` -> 2048.0, ``"1.31"`` -> 1.31, ``"five"`` -> 5.0."""
    cleaned = text.strip().lower()
    if cleaned in WORD_NUMBERS:
        return float(WORD_NUMBERS[cleaned])
    tens, _, unit = cleaned.partition("-")
    if unit and tens in WORD_NUMBERS and unit in WORD_NUMBERS:
        return float(WORD_NUMBERS[tens] + WORD_NUMBERS[unit])  # "twenty-five"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", cleaned):
        cleaned = cleaned.replace(",", "")
    return float(cleaned)


def _unit_of(unit_text: str) -> Unit:
    return "%" if ("%" in unit_text or "cent" in unit_text) else "x"


# LaTeX math that opens right before a number: "$2\times$", "$$27.9\%$$", "\(26%\)"
MATH_OPEN = r"(?:\${1,2}|\\\()"


def qualifier_before(prefix: str) -> Qualifier | None:
    """The qualifier that ends ``prefix`` (the text just before a number), if any."""
    # ("up to20%": page damage glued the number to the qualifier)
    tail = re.sub(r"(?<=\bto)$|(?<=\bby)$", " ", prefix[-72:])
    # LaTeX math may open before the number: "up to $4.10\times$", "an average of \(26%\)" (but
    # "$\sim$3x" ends in "$")
    opens = re.search(MATH_OPEN + "$", tail)
    tails = (tail, tail[: opens.start()]) if opens else (tail,)
    for qualifier, pattern in _QUALIFIER_BEFORE:
        if any(pattern.search(t) for t in tails):
            return qualifier
    return None


def qualifier_after(suffix: str) -> Qualifier | None:
    """A trailing qualifier: "1.71x speedup on average"."""
    suffix = suffix.lstrip("$")  # "$3.02\times$ faster on average"
    if _AVERAGE_AFTER.match(suffix[:40]):
        return "average"
    return None


def find_quantities(sentence: str) -> list[Quantity]:
    """Every factor or relative percentage written in ``sentence``, left to right."""
    return list(iter_quantities(sentence))


def first_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text``; reads no further than it."""
    return next(iter_quantities(text), None)


def _read_before(sentence: str, start: int, end: int) -> bool:
    """Whether a quantity is read the regular way between ``start`` and ``end``."""
    position = start
    while (match := _QUANTITY.search(sentence, position, end)) is not None:
        if _quantity_from_match(sentence, match) is not None:
            return True
        position = match.end()
    return False


# Every alternative of _QUANTITY holds a digit or one of these words; most sentences have none.
_MAYBE_QUANTITY = re.compile(
    r"\d|twice|thrice|doubl|tripl|halv|fold|times|order|" + _WORD_NUMBER, re.IGNORECASE
)


def iter_quantities(sentence: str) -> Iterator[Quantity]:
    """The quantities of :func:`find_quantities`, one at a time."""
    if not _MAYBE_QUANTITY.search(sentence):
        return  # no digit and no number word: the full pattern cannot match
    position = 0
    while (match := _QUANTITY.search(sentence, position)) is not None:
        quantity = _quantity_from_match(sentence, match)
        position = match.end()
        if quantity is not None:
            # A pair that is not a range ("1.31x and 2.71x") gives its first number;
            # reading resumes right after it so the second is read too.
            position = max(quantity.end, match.start() + 1)
            if math.isfinite(quantity.value) and math.isfinite(quantity.value_max or 0.0):
                yield quantity
                for continued in _continued_lost_signs(sentence, quantity):
                    position = continued.end
                    yield continued


# A bare number coordinated with a factor whose sign the page lost is a factor too, each in
# a setting of its own: "up to 6.2 speedup on RTX 3090, 3.9 on A100, and 7.4 on H100", "by up
# to 3.6 for inserts and by up to 9.8 for scans", "an average speedup of 1.71 and a highest of
# 6.05", "by 1.83 on average (up to 3.34)", "up to 8.5 speedup (median 2.0)" (not "with 8 GPUs,
# 16 nodes": a count of things; not "2,048": one number)
_CONTINUED_LOST_SIGN = re.compile(
    r"(?:\s+[a-z-]+)??"
    r"(?P<setting>\s+(?:on|for|under|in|with|over|at|across)\s+(?:(?!\d+\s+[a-z])[^,;:.()]){1,40}?)?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+|"
    r"\s*\(\s*(?=(?:up\s+to|median|at\s+most|max(?:imum)?)\s+[\d.]+\s*\))(?:median\s+|at\s+most\s+|max(?:imum)?\s+)?)"
    r"(?:with\s+)?(?:by\s+)?(?:up\s+to\s+)?"
    r"(?:(?:an?|the)\s+(?:average|highest|maximum|peak|mean|minimum|lowest)\s+of\s+)?"
    r"(?<!\d,)(?P<number>\d+\.\d+|\d{1,3})(?!,\d)"
    r"(?=(?P<own_setting>\s+(?:on|for|under|in|with|over|at|across)\b)|"
    r"\s+(?:when|compared|than|against)\b|\s+"
    + RESPECTIVELY_WORD
    + r"|\s*[,;)]|\s*\.(?!\d)|\s*$|\s+and\b)",
    re.IGNORECASE,
)
# A setting that ends in a number ("on 1, 2, 4 and 8 GPUs", "with batch size 32, 64 and 128",
# "on CUDA 11, and 12"): the next number continues the setting unless it has a setting of its own
_ENDS_IN_A_NUMBER = re.compile(r"\d[A-Za-z]?\s*$")


def _continued_lost_signs(sentence: str, quantity: Quantity) -> Iterator[Quantity]:
    previous = quantity
    while previous.unit == "x" and re.fullmatch(r"[\d.]+", previous.text):
        continued = _CONTINUED_LOST_SIGN.match(sentence, previous.end)
        if continued is None:
            return
        start, end = continued.span("number")
        setting = continued["setting"] or ""
        if _ENDS_IN_A_NUMBER.search(setting) and not continued["own_setting"]:
            return
        if _read_before(sentence, previous.end, end):
            return  # a quantity read the regular way comes first
        value = parse_number(continued["number"])
        if value < 1.05:
            return
        previous = _alone(sentence, start, end, value, "x")
        yield previous


def _quantity_from_match(sentence: str, match: re.Match[str]) -> Quantity | None:
    start, end = match.start(), match.end()
    if match.group("dollar"):
        start = match.start("dollar") + len(match.group("dollar"))
    value_max: float | None = None
    unit: Unit
    if match.group("orders"):
        exponent = parse_number(match.group("orders_n"))
        if exponent > 30:
            return None
        value, unit = 10.0**exponent, "x"
        if match.group("orders_lo"):
            value, value_max = 10.0 ** min(parse_number(match.group("orders_lo")), 30), value
    elif match.group("mixed_lo"):
        share = parse_number(match.group("mixed_lo")) / 100
        # ("reduces latency by 50% to 3x": half the time is twice as fast)
        if _REDUCTION_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
            if share >= 1:
                return None
            value, unit = 1 / (1 - share), "x"
        else:
            value, unit = 1 + share, "x"
        orders = match.group("mixed_orders")
        if orders:
            exponent = 1.0 if orders.lower() in ("a", "an") else parse_number(orders)
            value_max = 10.0**exponent
        else:
            value_max = parse_number(match.group("mixed_hi"))
        if value_max <= value:
            return None
    elif match.group("twice"):
        value, unit = (3.0 if match.group("twice").lower().startswith(("thr", "tri")) else 2.0), "x"
    elif match.group("speedup_of"):
        value, unit = parse_number(match.group("speedup_of")), "x"
        if match.group("speedup_of_hi"):
            value_max = parse_number(match.group("speedup_of_hi"))
        start = match.start("speedup_of")
    elif match.group("unsigned"):
        value, unit = parse_number(match.group("unsigned")), "x"
        if match.group("unsigned_hi"):
            value_max = parse_number(match.group("unsigned_hi"))
    elif match.group("word"):
        value = parse_number(match.group("word"))
        unit = "%" if match.group("word_pct") else "x"
        if match.group("word_lo"):  # "two to three times faster", "twenty to forty percent"
            value, value_max = parse_number(match.group("word_lo")), value
        elif match.group(
            "word_btw"
        ):  # "between six and eleven times", "... five and thirty percent"
            value, value_max = parse_number(match.group("word_btw")), value
            start = match.start("word_btw")
    elif match.group("factor_btw"):
        value, unit = parse_number(match.group("factor_btw")), "x"
        value_max = parse_number(match.group("factor_btw_hi"))
        start = match.start("factor_btw")
    elif match.group("factor"):
        value, unit = parse_number(match.group("factor")), "x"
        if match.group("factor_and") and RESPECTIVELY.search(sentence, match.end()):
            # "by a factor of 2 and 4, respectively": two numbers, the first read here
            end = match.end("factor")
        elif match.group("factor_hi") or match.group("factor_and"):
            value_max = parse_number(match.group("factor_hi") or match.group("factor_and"))
        start = match.start("factor")
    elif match.group("bare"):
        whole = "." not in match.group("bare") and not match.group("bare_hi")
        if whole and not match.group("change").lower().startswith("speed"):
            return None
        gap = match.group("change_gap").split()
        if (len(gap) > 1 or (gap and not gap[0].islower())) and (
            whole
            or match.group("bare_hi")
            or any(len(word) < 3 for word in gap)
            or not gap[-1].islower()  # "a 1.7 mIoU improvement": a score
            or _UNIT_WORD.fullmatch(gap[0])  # "a 3.5 Gbps throughput increase": a unit
            or _VERSION_BEFORE.search(sentence, max(0, start - 24), start)  # "Linux 5.15"
        ):
            return None
        value, unit = parse_number(match.group("bare")), "x"
        if match.group("bare_hi"):
            value_max = parse_number(match.group("bare_hi"))
    elif match.group("carried"):
        if not LOST_SIGN_SPEEDUP.search(sentence[:start]):
            return None
        value, unit = parse_number(match.group("carried")), "x"
    elif match.group("by_bare"):
        value, unit = parse_number(match.group("by_bare")), "x"
        start = match.start("by_bare")
        if value < 1.05 or not FACTOR_VERB_BEFORE.search(sentence, max(0, start - 90), start):
            return None
    elif match.group("prefixed"):
        value, unit = parse_number(match.group("prefixed")), "x"
    elif match.group("x_first") or match.group("x_factor"):
        value, unit = parse_number(match.group("x_first") or match.group("x_factor")), "x"
    else:
        lo_text, hi_text = match.group("lo"), match.group("hi")
        if _is_dimension(sentence, match):
            return None
        if _ends_prefix(_FROM, sentence, match.start()) and not _is_range_from(sentence, match):
            # "from 10% to 5%": two absolute levels, not a claim.
            return None
        unit = _unit_of(match.group("unit"))
        lo_unit = match.group("lo_unit")
        if lo_unit and _unit_of(lo_unit) != unit:
            if (match.group("dash") or "").strip().lower() == "and":
                # "by 34% and 1.5x compared with A and B, respectively": two numbers, each in
                # its own unit; the first is read here, the second after it
                return _single(sentence, match, parse_number(lo_text), _unit_of(lo_unit))
            return None
        value = parse_number(lo_text)
        if hi_text is not None:
            dash = (match.group("dash") or "").strip(" $").lower()
            begin = match.start()
            between, after_from = (_ends_prefix(p, sentence, begin) for p in (_BETWEEN, _FROM))
            after_from = after_from and not _is_range_from(sentence, match)
            # "from 1.5x up to 6.5x" is a range; "1.5x up to 6.5x" alone two numbers
            up_to = dash.startswith("up") and not _ends_prefix(_FROM, sentence, begin)
            if dash == "and" and not lo_unit and "." in hi_text and _is_a_setting(lo_text):
                # "at batch size 128 and 1.8x faster": a setting's number, then the claim's
                return _second_alone(sentence, match, unit)
            if dash == "and" and not between or dash == "/" or after_from or up_to:
                # "1.31x and 2.71x", "2.9/2.3 times" are two numbers, not a range: keep the
                # first alone.
                return _single(sentence, match, value, unit)
            value_max = parse_number(hi_text)
            if not dash and not (lo_unit or _BY_BEFORE_NUMBER.search(sentence, 0, begin)):
                # ("trains Llama 2 30% faster": a model's number, then the claim's)
                return _second_alone(sentence, match, unit)
            if not dash and value_max <= value:
                return _single(sentence, match, value, unit)  # two numbers side by side
            if value_max < value:
                value, value_max = value_max, value
            if value_max == value:
                value_max = None
    if value_max is not None and value_max <= value:
        # "from 4 to 2 times", "0 to 0": the low end first, and a range of one value is none
        value, value_max = min(value, value_max), (None if value_max == value else value)
    qualifier = qualifier_before(sentence[:start])
    if qualifier is None:
        qualifier = qualifier_after(sentence[end:])
    if (match.group("plus") or match.group("lo_plus")) and qualifier is None:
        qualifier = "at_least"
    return Quantity(value, value_max, unit, qualifier, start, end, sentence[start:end])


# A factor whose sign was lost before the noun of a speedup and its baseline, then "and": what
# a bare number coordinated with it continues ("a 512 speed-up over the CPU and 47 over ...")
LOST_SIGN_SPEEDUP = re.compile(
    r"(?<![\w.,$-])\d+(?:\.\d+)?\s+speed-?ups?\b(?:\s+(?:in|for|on)\s+[^,;.\d]{1,60}?)?"
    r"\s+(?:over|compared\s+(?:to|with)|than|against)\s+[^,;.\d]{1,80}?,?\s+and\s+$",
    re.IGNORECASE,
)

# The verb whose change a bare "by 1.20" gives; a score changed "by 2.3" is points, not a factor.
FACTOR_VERB_BEFORE = re.compile(
    r"\b(?:accelerat\w*|speeds?\s+up|sped\s+up|outperform\w*|surpass\w*|reduc\w*|"
    r"improv\w*|increas\w*|boost\w*|cut\w*|lower\w*|decreas\w*)\s+"
    r"(?!(?:[\w-]+\s+){0,6}?(?:accuracy|perplexity|scores?|points?|bleu|f1|loss|error)\b)"
    r"(?:[\w()/-]+\s+){0,8}?by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|"
    r"more\s+than\s+|roughly\s+|approximately\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_RANGING_FROM = re.compile(r"\b(?:rang\w*|vary\w*|spanning)\s+from\s+$", re.IGNORECASE)


def _is_range_from(sentence: str, match: re.Match[str]) -> bool:
    """ "from 1.22x to 1.68x" is a range of factors (factors are relative already); "from
    10% to 5%" is two levels unless the text says the values range ("ranging from")."""
    if match.group("hi") is None:
        return False  # "(from 8.91x)": where a change started, not a range
    unit = match.group("unit") or ""
    if _ends_prefix(_RANGING_FROM, sentence, match.start()):
        return True
    if _unit_of(unit) == "x":
        # "reduces the performance slowdown from 2.7x to 1.35x": a measure that falls from one
        # level to another; a range is written from its low end
        return parse_number(match.group("lo")) <= parse_number(match.group("hi"))
    # "save energy from 12% to 31%", "reduces the overhead of compaction from 6% to 29%": a
    # cut that rises is a range of cuts (the levels of what is cut would fall)
    return bool(
        CUT_FROM.search(sentence, max(0, match.start() - 90), match.start())
        and parse_number(match.group("lo")) < parse_number(match.group("hi"))
    )


# The verbs of a cut, for a range of cuts and for a cut's factor
_CUT_VERB = r"(?:sav|reduc|cut|lower|decreas|shrink)\w*"
CUT_FROM = re.compile(
    r"(?<!-)\b" + _CUT_VERB + r"\s+"
    # (the object of the cut: no "with", "ranging" or "to" of another phrase)
    r"(?:(?!(?:with|ranging|range|while|by|to|and|at|for|under|across|over|during|when|"
    r"below|above|loads?)\b)[^\s,;.]+\s+){0,6}?from\s+"
    # ("... from 8% to 42% and from 13% to 51%": the next range of the same cut)
    r"(?:[\d.]+\s?%\s+to\s+[\d.]+\s?%\s+and\s+from\s+)?" + _FROM_QUALIFIED + "$",
    re.IGNORECASE,
)


def _ends_prefix(pattern: re.Pattern[str], sentence: str, end: int) -> bool:
    """Whether ``pattern`` (anchored with ``$``) matches just before ``end``; only the last
    64 characters are searched, so that reading every number of a long sentence stays linear."""
    return pattern.search(sentence, max(0, end - 64), end) is not None


def _is_a_setting(number: str) -> bool:
    """A whole number of 16 or more before "and" and a decimal factor counts things (a batch
    size, threads, nodes): factors and percentages coordinated with a decimal one are written
    with decimals or are small ("1.31 and 2.71x", "2 and 3.5x")."""
    return number.isdigit() and int(number) >= 16


def _single(sentence: str, match: re.Match[str], value: float, unit: Unit) -> Quantity:
    end = match.end("lo_unit") if match.group("lo_unit") else match.end("lo")
    return _alone(sentence, match.start("lo"), end, value, unit)


def _second_alone(sentence: str, match: re.Match[str], unit: Unit) -> Quantity:
    again = _QUANTITY.match(sentence, match.start("hi"))
    if again is not None and again.end() > match.end():
        # "on the RTX 4090 and 1.60x-1.74x on the L40S": the second number opens a range
        reread = _quantity_from_match(sentence, again)
        if reread is not None:
            return reread
    value = parse_number(match.group("hi"))
    return _alone(sentence, match.start("hi"), match.end("unit"), value, unit)


def _alone(sentence: str, start: int, end: int, value: float, unit: Unit) -> Quantity:
    """One number of a pair read on its own, with the qualifier around it."""
    qualifier = qualifier_before(sentence[:start]) or qualifier_after(sentence[end:])
    return Quantity(value, None, unit, qualifier, start, end, sentence[start:end])


_BY_BEFORE_NUMBER = re.compile(r"\bby\s+$", re.IGNORECASE)
_REDUCTION_BEFORE = re.compile(
    r"\b" + _CUT_VERB + r"\b[^,;.]*?\bby\s+(?:up\s+to\s+)?$", re.IGNORECASE
)


def _is_dimension(sentence: str, match: re.Match[str]) -> bool:
    """``4x4`` tiles, ``8x A100`` GPUs and ``x86`` are not factors."""
    after = sentence[match.end() :]
    unit = match.group("unit")
    if unit.strip() in ("x", "X", "×"):
        if re.match(r"\s?\d", after):
            return True
        if re.match(r"\s?(?:[A-Z]\d|H100|A100|V100|GPU|NPU|TPU|nodes?\b|GPUs)", after):
            return True
        if _A_DEVICE_MODEL.match(after):
            return True  # "on 2x NVIDIA RTX PRO 6000 Blackwell GPUs": how many devices
        # "deployed on a ZTE Axon 7X smartphone", "on Axon 7X, and": a model number (not
        # "Sparkle outperforms Hadoop 10X on iterative jobs")
        if unit == "X" and _PRODUCT_BEFORE.search(sentence, 0, match.start()):
            return bool(_DEVICE_AFTER.match(after)) and not _COMPARED_BEFORE.search(
                sentence, 0, match.start()
            )
    return False


# A vendor or product line, then the rest of the model's name and the kind of device (not
# "2x NVIDIA cuBLAS throughput", a multiple of a library's measure)
_A_DEVICE_MODEL = re.compile(
    r"\s?(?:NVIDIA|Nvidia|AMD|Intel|Ascend|Huawei|Qualcomm|RTX|GTX|Tesla|Quadro|Xeon|EPYC|"
    r"Radeon|Instinct|Gaudi|Jetson)\b(?:\s+[A-Z0-9][\w-]*){0,4}?\s*"
    r"(?:(?:GPUs?|CPUs?|NPUs?|cards?|accelerators?|processors?|servers?|nodes?)\b|[,;.)]|$)"
)
# A product's name before its model number, not a word that opens a sentence or a clause
_PRODUCT_BEFORE = re.compile(r"(?<=[a-z]\s)(?:[A-Z]{2,}\s)?[A-Z][a-z]+\s$")
# What follows a model number: the device, or the end of the phrase that names it
_DEVICE_AFTER = re.compile(
    r"\s*(?:[,;.)]|$)|\s+(?:smartphones?|phones?|handsets?|tablets?|devices?|boards?)\b",
    re.IGNORECASE,
)
# A verb of comparison before the name makes the number a factor ("outperforms Hadoop 10X")
_COMPARED_BEFORE = re.compile(
    r"\b(?:out-?perform\w*|speeds?\s+up|accelerat\w*|beats?|faster|than|over)\s+"
    r"(?:[A-Z][\w-]*\s+){1,2}$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence boundaries (start, end offsets) without a parser.

    Splits after ``.``, ``!`` or ``?`` followed by white space and an upper-case letter,
    a digit or an opening bracket, but not after common abbreviations or a lone initial.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.start() + 1 if match.group(0) else match.start()
        before = text[start:cut]
        if _ABBREVIATION_END.search(before):
            continue
        spans.append(_strip_span(text, start, cut))
        start = match.end()
    if start < len(text):
        spans.append(_strip_span(text, start, len(text)))
    return [(s, e) for s, e in spans if e > s]


# Also a full stop that lost its space between two sentences ("... models.We show"): a
# lower-case word, the stop, then a capitalised word and a space.
# A name written with a lower-case first letter ("gSampler", "vDNN", "eZNS") starts one too.
_SENTENCE_END = re.compile(
    r"[.!?](?=\s+(?:[\"'(\[]?[A-Z0-9]|[a-z]{1,3}[A-Z]))\s+|(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\s)"
)
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|et al|vs|Fig|Figs|Eq|Sec|No|approx|resp|cf|al|params)\."
    r"|(?:^|\s)[A-Z]\.)$"
)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
