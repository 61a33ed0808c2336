"""The setting a quantity holds for ("on GPT", "for 512k context lengths")."""

from __future__ import annotations

import re

from claimgraph import lexicon
from claimgraph.extraction.baseline import Marker, strip_determiners
from claimgraph.extraction.clauses import Reading, listed_runs
from claimgraph.quantities import RESPECTIVELY, RESPECTIVELY_WORD, Quantity, first_quantity


def context_for(sentence: str, quantity: Quantity, markers: list[Marker]) -> str | None:
    after = sentence[quantity.end : quantity.end + _SETTING_WINDOW]
    next_number = first_quantity(after)
    if next_number:
        after = after[: next_number.start]
    match = _CONTEXT_AFTER.search(after[:160])
    if match:
        phrase = _trim_context(match.group("phrase"))
        if phrase:
            return phrase
    opening = _CONTEXT_OPENING.match(sentence)
    if opening:
        return _trim_context(opening.group("phrase"))
    return None


# (the setting is read in the 160 characters after the number, cut at the next number: a
# window a little wider finds a number that starts inside them)
_SETTING_WINDOW = 200
# "on average", "in terms of", "in particular": a preposition that opens no setting
_NO_SETTING = (
    r"(?!(?:the\s+)?(?:average|terms|addition|total|comparison|contrast|particular|practice|"
    r"general|example|instance)\b)"
)
_CONTEXT_AFTER = re.compile(
    r"^[^;]*?\b(?:on|for|in|across|during)\s+" + _NO_SETTING + r"(?P<phrase>[^,;()]{2,80})",
    re.IGNORECASE,
)
_CONTEXT_OPENING = re.compile(
    # ("For example, ...", "For instance, ..." open no setting)
    r"^(?:On|For|With|Across|When\s+(?:running|applied\s+to|evaluated\s+on))\s+"
    r"(?!(?:example|instance)\b)(?P<phrase>[^,]{2,80}),"
)


def _trim_context(phrase: str) -> str | None:
    phrase = re.split(
        r"\s+" + RESPECTIVELY_WORD + r"|"
        r"\s+(?:than|over|compared|versus|vs\.?|relative|against|while|and|"
        r"by|achieving|reaching|with|to\s+\w+)\b",
        phrase,
        maxsplit=1,
    )[0]
    phrase = strip_determiners(phrase).strip(" .,")
    if not phrase or first_quantity(phrase) or len(phrase.split()) > 10:
        return None
    return phrase


def respective_contexts(sentence: str, readings: list[Reading]) -> None:
    """ "2.1x and 3.4x higher throughput on A100 and H100 GPUs, respectively": a list of
    settings after a list of numbers pairs with it in order, as a list of baselines does (not
    a list of measures: "in goodput and p99 latency, respectively" names metrics)."""
    if not RESPECTIVELY.search(sentence):
        return
    for run in listed_runs(sentence, readings, same_unit=False):
        settings = _RESPECTIVE_SETTINGS.match(sentence, run[-1].quantity.end)
        if settings is None:
            continue
        items = [_trim_context(item) for item in _LIST_SEPARATOR.split(settings["list"])]
        compared = {b.lower() for r in run for b, _ in r.baselines if b is not None}
        if len(items) != len(run) or any(
            item is None
            or len(item.split()) > 6
            or lexicon.metric_in(item)
            # "than the algorithms implemented on A, B and C libraries, respectively": the
            # list is what is compared with, not where
            or any(item.lower() in b or b in item.lower() for b in compared)
            for item in items
        ):
            continue
        for reading, item in zip(run, items, strict=True):
            reading.context = item


_RESPECTIVE_SETTINGS = re.compile(
    # (no number between: a later list of numbers has settings of its own)
    r"[^;()\d]{0,80}?\b(?:on|for|in|across|under|with)\s+"
    + _NO_SETTING
    + r"(?P<list>[^;()]{2,160}?),?\s+"
    + RESPECTIVELY_WORD,
    re.IGNORECASE,
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
