"""The setting a quantity holds for ("on GPT", "for 512k context lengths")."""

from __future__ import annotations

import re

from claimgraph.extraction.baseline import Marker, strip_determiners
from claimgraph.quantities import Quantity, first_quantity


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
_CONTEXT_AFTER = re.compile(
    r"^[^;]*?\b(?:on|for|in|across|during)\s+(?!(?:the\s+)?(?:average|terms|addition|total|"
    r"comparison|contrast|particular|practice|general|example|instance)\b)(?P<phrase>[^,;()]{2,80})",
    re.IGNORECASE,
)
_CONTEXT_OPENING = re.compile(
    # ("For example, ...", "For instance, ..." open no setting)
    r"^(?:On|For|With|Across|When\s+(?:running|applied\s+to|evaluated\s+on))\s+"
    r"(?!(?:example|instance)\b)(?P<phrase>[^,]{2,80}),"
)


def _trim_context(phrase: str) -> str | None:
    phrase = re.split(
        r"\s+(?:than|over|compared|versus|vs\.?|relative|against|while|and|respectively|"
        r"by|achieving|reaching|with|to\s+\w+)\b",
        phrase,
        maxsplit=1,
    )[0]
    phrase = strip_determiners(phrase).strip(" .,")
    if not phrase or first_quantity(phrase) or len(phrase.split()) > 10:
        return None
    return phrase
