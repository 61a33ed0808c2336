"""Scoring: predicted claims against gold claims, by the rules of CLAIMS.md.

Predicted claims are matched one-to-one to gold claims, paper by paper, at three levels:

``value``
    ``value``, ``value_max`` and ``unit`` are equal (relative tolerance 0.1%, ``None`` only
    equals ``None``);
``tuple``
    value matches, and ``subject`` and ``baseline`` match;
``full``
    tuple matches, and ``metric`` is equal.

Each level takes a *maximum* one-to-one matching (augmenting paths), so the score never
depends on the order of the claims.

Name matching (:func:`names_match`)
    Both names are reduced by :func:`match_key`: lower-cased, a leading "the", "our" or "a"
    dropped **before** anything is stripped and only when it is a separate word (followed by
    white space: "A100" and "A-star" keep their "a"), then everything but letters, digits,
    ``+`` and ``#`` removed.  A predicted name matches when its key equals the key of the gold
    name or one of its alternatives, or one key contains the other and the shorter has at
    least 4 characters (this containment is tried against the alternatives too).
Baselines (:func:`baseline_matches`)
    A gold baseline of ``null`` matches only ``null`` (a blank string counts as ``null``).
    Otherwise the predicted baseline must not be ``null``, and it matches by the name rule; a gold
    baseline of kind ``generic`` also matches a predicted baseline of kind ``generic``, or one
    that shares at least half of the gold baseline's words (or of one alternative's).
Words (:func:`words`)
    The white-space separated tokens of a name, each reduced like a key (so a hyphenated
    compound such as "state-of-the-art" is one word), without function words (articles,
    "our", "other", prepositions, conjunctions).  Two words are the same when they are equal
    up to a plural ending "s" or "es".
Context agreement
    Over the claim pairs matched at the full level: both contexts ``null``, or the two
    contexts match by the name rule (equal keys, or containment with the shorter at least
    4 characters).  Qualifier agreement: both qualifiers equal (``null`` equals ``null``).
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, cast

from claimgraph.records import QUALIFIERS, BaselineKind, Claim, Qualifier, Unit

Level = Literal["value", "tuple", "full"]
LEVELS: tuple[Level, ...] = ("value", "tuple", "full")

RELATIVE_TOLERANCE = 1e-3
"""Values are equal when they differ by at most 0.1% of the larger one."""

MIN_CONTAINED = 4
"""A name contained in the other matches only when it has at least this many characters."""

_BASELINE_KINDS: tuple[BaselineKind, ...] = ("named", "generic", "none")
_UNITS: tuple[Unit, ...] = ("x", "%")
_LEADING_ARTICLE = re.compile(r"^(?:the|our|a)\s+")
_NOT_KEY_CHARS = re.compile(r"[^a-z0-9+#]+")
_FUNCTION_WORDS = frozenset(
    "a an the our other of and or to for in on with by from over than vs as".split()
)


class ScoringInputError(ValueError):
    """A gold or prediction file that cannot be read, with the place to look."""


@dataclass(frozen=True)
class GoldClaim:
    """One hand-read claim: the fields of CLAIMS.md plus other accepted spellings."""

    paper: str
    subject: str
    baseline: str | None
    baseline_kind: BaselineKind
    value: float
    value_max: float | None
    unit: Unit
    qualifier: Qualifier | None
    metric: str
    context: str | None
    sentence: str
    subject_alts: tuple[str, ...] = ()
    baseline_alts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["subject_alts"] = list(self.subject_alts)
        data["baseline_alts"] = list(self.baseline_alts)
        return data


# --- reading -------------------------------------------------------------------------------


def _text(data: Mapping[str, Any], key: str, *, required: bool) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise ValueError(f"missing field {key!r}")
        return None
    if not isinstance(value, str):
        raise ValueError(f"field {key!r} must be a string, not {type(value).__name__}")
    return value


def _required_text(data: Mapping[str, Any], key: str) -> str:
    value = _text(data, key, required=True)
    assert value is not None
    return value


def _number(data: Mapping[str, Any], key: str, *, required: bool) -> float | None:
    value = data.get(key)
    if value is None:
        if required:
            raise ValueError(f"missing field {key!r}")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"field {key!r} must be a number, not {value!r}")
    return float(value)


def _choice(data: Mapping[str, Any], key: str, choices: Sequence[str]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if value not in choices:
        allowed = ", ".join(choices)
        raise ValueError(f"field {key!r} is {value!r}, expected one of {allowed} or null")
    return cast(str, value)


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"field {key!r} must be a list of strings")
    return tuple(value)


def _baseline_fields(data: Mapping[str, Any]) -> tuple[str | None, BaselineKind]:
    baseline = _text(data, "baseline", required=False)
    if baseline is not None and not baseline.strip():
        baseline = None
    kind = _choice(data, "baseline_kind", _BASELINE_KINDS)
    if kind is None:
        kind = "none" if baseline is None else "named"
    return baseline, cast(BaselineKind, kind)


def _unit(data: Mapping[str, Any]) -> Unit:
    unit = _choice(data, "unit", _UNITS)
    if unit is None:
        raise ValueError("missing field 'unit'")
    return cast(Unit, unit)


def gold_from_dict(data: Mapping[str, Any]) -> GoldClaim:
    """A gold claim from one decoded line of a gold file; raises ``ValueError``."""
    baseline, kind = _baseline_fields(data)
    value = _number(data, "value", required=True)
    assert value is not None
    return GoldClaim(
        paper=_required_text(data, "paper"),
        subject=_required_text(data, "subject"),
        baseline=baseline,
        baseline_kind=kind,
        value=value,
        value_max=_number(data, "value_max", required=False),
        unit=_unit(data),
        qualifier=cast("Qualifier | None", _choice(data, "qualifier", QUALIFIERS)),
        metric=_required_text(data, "metric"),
        context=_text(data, "context", required=False),
        sentence=_text(data, "sentence", required=False) or "",
        subject_alts=_strings(data, "subject_alts"),
        baseline_alts=_strings(data, "baseline_alts"),
    )


def claim_from_dict(data: Mapping[str, Any]) -> Claim:
    """A predicted claim from one decoded line of JSON; raises ``ValueError``.

    Required: ``paper``, ``subject``, ``value``, ``unit``, ``metric``.  Missing optional fields
    become ``None`` (``baseline_kind`` becomes ``none`` or ``named`` after the baseline,
    ``sentence`` the empty string, ``start``/``end`` 0); fields not in :class:`Claim` are ignored.
    """
    baseline, kind = _baseline_fields(data)
    value = _number(data, "value", required=True)
    assert value is not None
    start = _number(data, "start", required=False)
    end = _number(data, "end", required=False)
    confidence = _number(data, "confidence", required=False)
    return Claim(
        paper=_required_text(data, "paper"),
        subject=_required_text(data, "subject"),
        baseline=baseline,
        baseline_kind=kind,
        value=value,
        value_max=_number(data, "value_max", required=False),
        unit=_unit(data),
        qualifier=cast("Qualifier | None", _choice(data, "qualifier", QUALIFIERS)),
        metric=_required_text(data, "metric"),
        context=_text(data, "context", required=False),
        sentence=_text(data, "sentence", required=False) or "",
        start=int(start or 0),
        end=int(end or 0),
        confidence=1.0 if confidence is None else confidence,
    )


def _read_jsonl(path: Path) -> Iterable[tuple[int, Mapping[str, Any]]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ScoringInputError(f"{path}: {error.strerror or error}") from error
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise ScoringInputError(f"{path}:{number}: not JSON: {error.msg}") from error
        if not isinstance(data, dict):
            raise ScoringInputError(f"{path}:{number}: expected a JSON object")
        yield number, data


def load_gold(path: Path | str) -> list[GoldClaim]:
    """The gold claims of a JSON Lines file; raises :class:`ScoringInputError`."""
    claims = []
    for number, data in _read_jsonl(Path(path)):
        try:
            claims.append(gold_from_dict(data))
        except ValueError as error:
            raise ScoringInputError(f"{path}:{number}: {error}") from error
    return claims


def load_predictions(path: Path | str) -> list[Claim]:
    """The predicted claims of a JSON Lines file; raises :class:`ScoringInputError`."""
    claims = []
    for number, data in _read_jsonl(Path(path)):
        try:
            claims.append(claim_from_dict(data))
        except ValueError as error:
            raise ScoringInputError(f"{path}:{number}: {error}") from error
    return claims


# --- matching rules ------------------------------------------------------------------------


def match_key(name: str) -> str:
    """The form names are compared in: ``"the FP32 baseline"`` -> ``"fp32baseline"``."""
    lowered = _LEADING_ARTICLE.sub("", name.strip().lower())
    return _NOT_KEY_CHARS.sub("", lowered)


def _keys_match(predicted: str, gold: str) -> bool:
    if not predicted or not gold:
        return False
    if predicted == gold:
        return True
    shorter, longer = sorted((predicted, gold), key=len)
    return len(shorter) >= MIN_CONTAINED and shorter in longer


def names_match(predicted: str, gold: str, alternatives: Iterable[str] = ()) -> bool:
    """Whether a predicted name matches a gold name or one of its alternatives."""
    key = match_key(predicted)
    return any(_keys_match(key, match_key(name)) for name in (gold, *alternatives))


def words(name: str) -> frozenset[str]:
    """The content words of a name: ``"state-of-the-art training frameworks"`` ->
    ``{"stateoftheart", "training", "frameworks"}``."""
    keys = (_NOT_KEY_CHARS.sub("", token) for token in name.lower().split())
    return frozenset(key for key in keys if key and key not in _FUNCTION_WORDS)


def _same_word(a: str, b: str) -> bool:
    return a == b or a in (b + "s", b + "es") or b in (a + "s", a + "es")


def _shares_half(predicted: str, gold: str) -> bool:
    gold_words = words(gold)
    predicted_words = words(predicted)
    shared = sum(1 for g in gold_words if any(_same_word(g, p) for p in predicted_words))
    return bool(gold_words) and 2 * shared >= len(gold_words)


def baseline_matches(predicted: Claim, gold: GoldClaim) -> bool:
    """Whether the predicted baseline matches the gold one (see the module docstring)."""
    if gold.baseline is None or predicted.baseline is None:
        return gold.baseline is None and predicted.baseline is None
    if names_match(predicted.baseline, gold.baseline, gold.baseline_alts):
        return True
    if gold.baseline_kind != "generic":
        return False
    if predicted.baseline_kind == "generic":
        return True
    return any(
        _shares_half(predicted.baseline, name) for name in (gold.baseline, *gold.baseline_alts)
    )


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE)


class Valued(Protocol):
    """What a value is compared by: a claim, or a quantity read from a sentence."""

    @property
    def value(self) -> float: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def unit(self) -> Unit: ...


def values_match(predicted: Valued, gold: GoldClaim) -> bool:
    """``value``, ``value_max`` and ``unit`` equal, with relative tolerance 0.1%."""
    return (
        predicted.unit == gold.unit
        and _close(predicted.value, gold.value)
        and _close(predicted.value_max, gold.value_max)
    )


def _reached(predicted: Claim, gold: GoldClaim) -> int:
    """How many levels the pair matches at: 0 (none) to 3 (``full``)."""
    if not values_match(predicted, gold):
        return 0
    if not (
        names_match(predicted.subject, gold.subject, gold.subject_alts)
        and baseline_matches(predicted, gold)
    ):
        return 1
    return 3 if predicted.metric == gold.metric else 2


def matches(predicted: Claim, gold: GoldClaim, level: Level) -> bool:
    """Whether one predicted claim matches one gold claim at ``level``."""
    return _reached(predicted, gold) > LEVELS.index(level)


def contexts_agree(predicted: str | None, gold: str | None) -> bool:
    """Both ``null`` (or blank), or equal keys, or containment with the shorter >= 4 chars."""
    predicted_key = match_key(predicted or "")
    gold_key = match_key(gold or "")
    if not predicted_key or not gold_key:
        return not predicted_key and not gold_key
    return _keys_match(predicted_key, gold_key)


def maximum_matching(edges: Sequence[Sequence[int]]) -> dict[int, int]:
    """A maximum one-to-one matching of left items ``i`` to right items ``edges[i]``.

    Kuhn's augmenting-path algorithm; returns ``{left: right}``.
    """
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    return {left: right for right, left in owner.items()}


# --- the evaluation ------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True)
class LevelScore:
    """Counts and scores at one level; a ratio with a zero denominator is 0."""

    level: Level
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positives, self.gold)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.true_positives, self.predicted + self.gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Agreement:
    """How many of the claim pairs matched at the full level agree on one field."""

    agreed: int
    total: int

    @property
    def rate(self) -> float:
        return _ratio(self.agreed, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"agreed": self.agreed, "total": self.total, "rate": self.rate}


@dataclass(frozen=True)
class MissedClaim:
    """A gold claim not matched at the full level, with the closest predicted claim read
    from the same sentence (``None`` when there is none)."""

    gold: GoldClaim
    closest: Claim | None

    def to_dict(self) -> dict[str, Any]:
        closest = None if self.closest is None else self.closest.to_dict()
        return {"gold": self.gold.to_dict(), "closest": closest}


@dataclass(frozen=True)
class Evaluation:
    """The scores at the three levels, agreements, and the full-level errors."""

    levels: Mapping[Level, LevelScore]
    qualifier: Agreement
    context: Agreement
    missed: tuple[MissedClaim, ...]
    spurious: tuple[Claim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "levels": {name: score.to_dict() for name, score in self.levels.items()},
            "qualifier_agreement": self.qualifier.to_dict(),
            "context_agreement": self.context.to_dict(),
            "missed": [missed.to_dict() for missed in self.missed],
            "spurious": [claim.to_dict() for claim in self.spurious],
        }


def _same_sentence(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return bool(a) and bool(b) and (a in b or b in a)


def _closest(gold: GoldClaim, candidates: Sequence[Claim], unmatched: set[int]) -> Claim | None:
    """The predicted claim of the same sentence that agrees with ``gold`` on most of value,
    subject, baseline and metric, preferring predictions left unmatched at the full level."""
    best: Claim | None = None
    best_rank = (False, -1)
    for index, claim in enumerate(candidates):
        if not _same_sentence(claim.sentence, gold.sentence):
            continue
        agreeing = (
            values_match(claim, gold)
            + names_match(claim.subject, gold.subject, gold.subject_alts)
            + baseline_matches(claim, gold)
            + (claim.metric == gold.metric)
        )
        rank = (index in unmatched, agreeing)
        if rank > best_rank:
            best, best_rank = claim, rank
    return best


def score(
    predicted: Iterable[Claim],
    gold: Iterable[GoldClaim],
    *,
    papers: Collection[str] | None = None,
) -> Evaluation:
    """Score predicted claims against gold claims, paper by paper, at the three levels.

    With ``papers``, only claims of those paper ids count on either side (predictions for
    other papers are then neither true nor false positives).
    """
    by_paper_predicted: dict[str, list[Claim]] = defaultdict(list)
    by_paper_gold: dict[str, list[GoldClaim]] = defaultdict(list)
    for claim in predicted:
        if papers is None or claim.paper in papers:
            by_paper_predicted[claim.paper].append(claim)
    for gold_claim in gold:
        if papers is None or gold_claim.paper in papers:
            by_paper_gold[gold_claim.paper].append(gold_claim)

    true_positives = dict.fromkeys(LEVELS, 0)
    qualifier_agreed = context_agreed = full_pairs = 0
    missed: list[MissedClaim] = []
    spurious: list[Claim] = []
    for paper in sorted(by_paper_predicted.keys() | by_paper_gold.keys()):
        paper_predicted = by_paper_predicted.get(paper, [])
        paper_gold = by_paper_gold.get(paper, [])
        reached = [[_reached(p, g) for g in paper_gold] for p in paper_predicted]
        full: dict[int, int] = {}
        for depth, level in enumerate(LEVELS, start=1):
            edges = [[j for j, r in enumerate(row) if r >= depth] for row in reached]
            matching = maximum_matching(edges)
            true_positives[level] += len(matching)
            full = matching
        for p, g in full.items():
            full_pairs += 1
            qualifier_agreed += paper_predicted[p].qualifier == paper_gold[g].qualifier
            context_agreed += contexts_agree(paper_predicted[p].context, paper_gold[g].context)
        matched_gold = set(full.values())
        unmatched = {i for i in range(len(paper_predicted)) if i not in full}
        for j, gold_claim in enumerate(paper_gold):
            if j not in matched_gold:
                closest = _closest(gold_claim, paper_predicted, unmatched)
                missed.append(MissedClaim(gold_claim, closest))
        spurious.extend(paper_predicted[i] for i in sorted(unmatched))

    predicted_count = sum(len(claims) for claims in by_paper_predicted.values())
    gold_count = sum(len(claims) for claims in by_paper_gold.values())
    return Evaluation(
        levels={
            level: LevelScore(level, true_positives[level], predicted_count, gold_count)
            for level in LEVELS
        },
        qualifier=Agreement(qualifier_agreed, full_pairs),
        context=Agreement(context_agreed, full_pairs),
        missed=tuple(missed),
        spurious=tuple(spurious),
    )


# --- the report ----------------------------------------------------------------------------


def _number_text(value: float) -> str:
    return f"{value:g}"


def describe(claim: Claim | GoldClaim) -> str:
    """One line for a claim: ``FSMoE > Tutel (named) | 1.18-1.22x | speedup | ...``."""
    amount = _number_text(claim.value)
    if claim.value_max is not None:
        amount += f"-{_number_text(claim.value_max)}"
    amount += claim.unit
    baseline = "null" if claim.baseline is None else f"{claim.baseline} ({claim.baseline_kind})"
    parts = [f"{claim.subject} > {baseline}", amount, claim.metric]
    parts.append(f"qualifier {claim.qualifier or 'null'}")
    parts.append(f"context {claim.context or 'null'}")
    return " | ".join(parts)


def _wrapped(label: str, text: str) -> list[str]:
    lines = textwrap.wrap(
        text, width=100, initial_indent=f"    {label:<10}", subsequent_indent=" " * 14
    )
    return lines or [f"    {label}"]


def _heading(title: str, count: int, shown: int) -> str:
    more = f" (showing {shown})" if count > shown else ""
    return f"{title} at the full level: {count}{more}"


def format_report(evaluation: Evaluation, errors: int = 0) -> str:
    """A plain-text report: the three levels, the agreements, then up to ``errors`` missed
    and ``errors`` spurious claims with their sentences."""
    lines = [f"{'level':<6} {'TP':>5} {'pred':>5} {'gold':>5} {'P':>7} {'R':>7} {'F1':>7}"]
    for level in LEVELS:
        s = evaluation.levels[level]
        lines.append(
            f"{level:<6} {s.true_positives:>5} {s.predicted:>5} {s.gold:>5} "
            f"{s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}"
        )
    lines.append("")
    lines.append("agreement over claims matched at the full level:")
    for name, agreement in (("qualifier", evaluation.qualifier), ("context", evaluation.context)):
        lines.append(
            f"  {name:<10} {agreement.agreed:>4}/{agreement.total:<4} ({agreement.rate:.3f})"
        )
    if errors > 0:
        lines.append("")
        lines.append(_heading("missed gold claims", len(evaluation.missed), errors))
        for item in evaluation.missed[:errors]:
            lines.append(f"  {item.gold.paper}")
            lines.extend(_wrapped("gold", describe(item.gold)))
            closest = "none" if item.closest is None else describe(item.closest)
            lines.extend(_wrapped("closest", closest))
            lines.extend(_wrapped("sentence", item.gold.sentence))
        lines.append("")
        lines.append(_heading("spurious predicted claims", len(evaluation.spurious), errors))
        for claim in evaluation.spurious[:errors]:
            lines.append(f"  {claim.paper}")
            lines.extend(_wrapped("predicted", describe(claim)))
            lines.extend(_wrapped("sentence", claim.sentence))
    return "\n".join(lines) + "\n"
