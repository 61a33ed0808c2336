"""What a quantity measures: the metric word after it, else before it, else its neighbours'."""

from __future__ import annotations

import re

from claimgraph import lexicon
from claimgraph.extraction.claimness import strip_asides
from claimgraph.extraction.clauses import Reading
from claimgraph.quantities import Quantity

# ---- metric and context


def metric_for(sentence: str, quantity: Quantity, previous_end: int = 0) -> str | None:
    """The metric named right after the number, else the nearest one before it."""
    metric = metric_after(sentence, quantity)
    if metric is not None:
        return metric
    before = sentence[previous_end : quantity.start]
    cut = max(before.rfind(";"), before.rfind(". "))
    window_before = " ".join(before[cut + 1 :].split()[-16:])
    return lexicon.metric_in(window_before, nearest_last=True)


def metric_after(sentence: str, quantity: Quantity) -> str | None:
    after = strip_asides(sentence[quantity.end :])
    stop = _METRIC_WINDOW_STOP.search(after)
    window_after = after[: stop.start()] if stop else after
    return lexicon.metric_in(" ".join(window_after.split()[:8]), prefer_specific=True)


def list_metrics(sentence: str, readings: list[Reading]) -> None:
    """ "6.2x, 2.9x and 1.9x latency reduction": the numbers of a list take the metric
    named after its last number, not one named before the list."""
    run: list[Reading] = []
    for reading in [*readings, None]:
        if reading is not None and run and _listed(sentence, run[-1], reading):
            run.append(reading)
            continue
        if len(run) > 1:
            metric = metric_after(sentence, run[-1].quantity)
            if metric is not None:
                for member in run[:-1]:
                    if metric_after(sentence, member.quantity) is None:
                        member.metric = metric
        run = [reading] if reading is not None else []


def _listed(sentence: str, a: Reading, b: Reading) -> bool:
    gap = sentence[a.quantity.end : b.quantity.start]
    return a.quantity.unit == b.quantity.unit and bool(_LIST_GAP.fullmatch(gap))


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.IGNORECASE)


_METRIC_WINDOW_STOP = re.compile(
    r"[;,()]|\s(?:and|or|than|over|compared|versus|vs\.?|relative|against|while|by|with|to|at|"
    r"from|which|that|for|on|across|when|during|using|respectively)\b",
    re.IGNORECASE,
)


def share_metric(readings: list[Reading]) -> None:
    """A number that names no metric takes the nearest earlier one's, else a later one's."""
    for i, reading in enumerate(readings):
        if reading.metric is not None:
            continue
        earlier = [r.metric for r in readings[:i] if r.metric is not None]
        later = [r.metric for r in readings[i + 1 :] if r.metric is not None]
        reading.metric = earlier[-1] if earlier else (later[0] if later else None)
