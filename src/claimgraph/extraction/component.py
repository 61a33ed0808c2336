"""The spaCy component: one sentence ``Doc`` in, ``doc._.claims`` out.

It combines the decisions of the sibling modules in the order they depend on each
other: which quantities are claims, their clauses, baselines, subjects, metrics,
contexts, then the pairing of coordinated numbers.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.extraction.baseline import (
    ablation_baselines,
    assign_baselines,
    find_markers,
    is_self_relative,
    ones_meant,
)
from claimgraph.extraction.claimness import ruled_claims
from claimgraph.extraction.clauses import Reading, segment_boundaries, segment_of
from claimgraph.extraction.context import context_for, respective_contexts
from claimgraph.extraction.metric import (
    list_metrics,
    metric_after,
    metric_for,
    respective_metrics,
    share_metric,
)
from claimgraph.extraction.naming import PaperContext, same_name
from claimgraph.extraction.pairing import carry_qualifiers, pair_respectively
from claimgraph.extraction.subject import assign_subjects, is_a_cost_paid
from claimgraph.extraction.syntax import predicate_offsets, verbs_taken_for_nouns
from claimgraph.quantities import Quantity, find_quantities
from claimgraph.records import Claim

COMPONENT_NAME = "claimgraph_claims"

# --------------------------------------------------------------------------- component


@Language.factory(
    COMPONENT_NAME,
    assigns=["doc._.claims"],
    requires=["token.pos", "token.dep"],
    default_config={},
)
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


class ClaimExtractor:
    """Reads the claims of one sentence ``Doc`` whose ``doc._.claim_context`` is set."""

    def __init__(self) -> None:
        for attribute in ("claims", "claim_context"):
            if not Doc.has_extension(attribute):
                Doc.set_extension(attribute, default=None, force=True)

    def __call__(self, doc: Doc) -> Doc:
        context = doc._.claim_context
        if context is None:
            doc._.claims = []
            return doc
        doc._.claims = claims_of_sentence(doc, context)
        return doc


# subject paths that stand for the paper's own work without the clause naming it
_THE_PAPERS_OWN = frozenset({"own", "phrase", "kind"})


# "Over LRU: +9.8% IPC ...", "Against ext3 and a conventional LFS, resp.: 2.8x ...": a headline
# of results opens on what they beat (not "Over the past decade, ...")
_OPENS_ON_A_BASELINE = re.compile(
    r"(?:Over|Against|Versus|Vs\.)\s+(?!(?:the|a|an|all|time|years|decades|recent)\b)"
    r"[\w.+-]+[\s,:]"
)
# Against a named system ("5.3x lower p99 FCT vs. DCTCP", "2.8x the write throughput of
# RocksDB"), or a labelled change ("checkpoint volume: -62%"); not "up to 3x more KV-cache
# memory than necessary"
_AGAINST_A_NAME = re.compile(
    r"\b(?:vs\.?|versus|than|over|against)\s+(?:the\s+)?[A-Z]|"
    r"\d\s*(?:x|×|times)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?of\s+[A-Z]|"
    r":\s*[+−-]\d"
)


def _has_a_finite_verb(doc: Doc) -> bool:
    """A finite verb with its subject (the tagger takes "benchmarks" for one in a headline)."""
    # (an auxiliary counts with its verb: "Why do serving systems waste memory ...?")
    return any(
        t.tag_ in ("VBZ", "VBP", "VBD", "MD")
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl")
            for c in (*t.children, *(t.head.children if t.dep_ == "aux" else ()))
        )
        for t in doc
    )


def claims_of_sentence(doc: Doc, context: PaperContext) -> list[Claim]:
    text = doc.text
    taken = ruled_claims(text, find_quantities(text))
    if not taken:
        return []
    boundaries = segment_boundaries(doc)
    readings = [Reading(q, segment_of(q.start, boundaries), q.qualifier) for q in taken]
    # "compared" and "relative" introduce a baseline; they start no new predicate
    verbs = predicate_offsets(doc)
    carry_qualifiers(text, readings, verbs)
    tagged_verbs = frozenset(t.idx for t in doc if t.pos_ in ("VERB", "AUX", "ADV"))
    markers = find_markers(text, tagged_verbs | verbs_taken_for_nouns(doc))
    assign_baselines(doc, readings, markers, boundaries)
    assign_subjects(doc, readings, boundaries, context, markers)
    ablation_baselines(text, readings, context.own_name)
    previous_end = 0
    for reading in readings:
        reading.metric = metric_for(text, reading.quantity, previous_end)
        reading.paths["metric"] = (
            "named" if metric_after(text, reading.quantity) is not None else "before"
        )
        if reading.metric is None:
            reading.paths["metric"] = "none"
        reading.context = reading.context or context_for(text, reading.quantity, markers)
        previous_end = reading.quantity.end
    list_metrics(text, readings)
    respective_metrics(text, readings)
    share_metric(readings)
    pair_respectively(text, readings)
    respective_contexts(text, readings)
    claims: list[Claim] = []
    start = context.sentence_start
    # "Over DCTCP, 5.3x lower p99 FCT; over TIMELY, 2.4x.": results stated as a headline, with
    # no finite verb, before the abstract names its work, are its results, not the problem
    headline = _OPENS_ON_A_BASELINE.match(text) or (
        not _has_a_finite_verb(doc) and _AGAINST_A_NAME.search(text)
    )
    problem = start + len(text) <= context.introduced_at and not headline
    for reading in readings:
        q = reading.quantity
        if problem and reading.paths["subject"] in _THE_PAPERS_OWN:
            # "the memory of microcontrollers is 2-3 orders of magnitude smaller even than
            # mobile phones", before the abstract speaks of its own work: the problem
            continue
        if is_a_cost_paid(reading, context.own_name, text):
            continue
        metric = reading.metric or ("speedup" if q.unit == "x" else "other")
        for subject in reading.subjects or [context.own_name]:
            for baseline, kind in reading.baselines or [(None, "none")]:
                if baseline is not None and same_name(baseline, subject):
                    continue
                if baseline is not None and kind == "generic":
                    baseline = ones_meant(baseline, subject)
                if is_self_relative(text, baseline) or is_self_relative(text, subject):
                    continue  # (the subject, for a spread turned around)
                claims.append(
                    Claim(
                        paper=context.paper_id,
                        subject=subject,
                        baseline=baseline,
                        baseline_kind=kind,
                        value=q.value,
                        value_max=q.value_max,
                        unit=q.unit,
                        qualifier=reading.qualifier,  # type: ignore[arg-type]
                        metric=metric,
                        context=reading.context,
                        sentence=text,
                        start=start,
                        end=start + len(text),
                        confidence=_confidence(reading, q),
                        evidence=" ".join(
                            f"{k}={v}" for k, v in argument_paths(reading, q).items()
                        ),
                    )
                )
    return _unique(claims)


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[object, ...]] = set()
    unique: list[Claim] = []
    for claim in claims:
        key = (
            claim.subject,
            claim.baseline,
            claim.value,
            claim.value_max,
            claim.unit,
            claim.metric,
            claim.qualifier,
            claim.context,
        )
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique


def _confidence(reading: Reading, quantity: Quantity) -> float:
    """How likely the claim is right, from the path that found each argument.

    Each path's weight ranks the evidence it has (see ``_PATH_WEIGHTS``); the product ranks
    claims so that ``--min-confidence`` trades recall for precision.  ``python -m
    benchmarks.quality --paths`` shows how often each argument found each way was right.
    """
    score = _VALUE_WEIGHT[_value_path(quantity)]
    for argument, weights in _PATH_WEIGHTS.items():
        score *= weights.get(reading.paths.get(argument, ""), 1.0)
    return round(min(score, 1.0), 2)


def _value_path(quantity: Quantity) -> str:
    if re.search(r"\d\s?\$?(?:\\{0,2}[x×X✕%]|\\{0,2}times|\\\(|percent|-?fold)", quantity.text):
        return "unit"
    if re.fullmatch(r"[\d.,]+", quantity.text):
        return "unit-lost"
    return "words"


def argument_paths(reading: Reading, quantity: Quantity) -> dict[str, str]:
    """Every path behind a reading, value included (for calibration and errors)."""
    return {"value": _value_path(quantity), **reading.paths}


# Weights by how much evidence each path has: a comparison marker or verb read with the
# number, a unit written with it and a metric word beside it are the surest; arguments
# carried from elsewhere in the sentence, the owner of a measure, a turned-around reading
# and a number whose unit was lost are less so.  On the held-out gold the product orders
# claims so that raising --min-confidence raises precision (README, "Extraction quality").
_VALUE_WEIGHT = {"unit": 1.0, "words": 0.9, "unit-lost": 0.8}
_PATH_WEIGHTS: dict[str, dict[str, float]] = {
    "baseline": {
        "following": 1.0,
        "verbal": 1.0,
        "preceding": 0.95,
        "preamble": 0.95,
        "carried": 0.85,
        "shared": 0.85,
        "ablation": 0.85,
        "owner": 0.85,
        "none": 0.9,
    },
    # an own name that is only a phrase: readers agreed with it on 28 of 40 reading-set papers
    # a phrase for an unnamed method, the abstract's phrase for "our scheme", or the thing a
    # clause is about when the paper names no system: readers name these in many ways
    "subject": {
        "own": 1.0,
        "clause": 0.95,
        "turned": 0.85,
        "phrase": 0.7,
        "kind": 0.7,
        "thing": 0.7,
    },
    "metric": {"named": 1.0, "before": 0.9, "none": 0.85},
}
