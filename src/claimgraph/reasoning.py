"""Reasoning over the claims: contradictions, implied comparisons and a ranking per metric.

Everything here reads the claims against a named baseline (``queries/comparison-edges.rq``)
and the systems' labels (``queries/systems.rq``); no SPARQL lives in this module.

**Who wins a claim.**  A claim "S beats B by v" (``value`` v, ``value_max`` w for a range)
has a *strength*: for unit ``x`` the geometric mean ``sqrt(v * w)`` of a range and ``v``
otherwise; for unit ``%`` the midpoint ``(v + w) / 2`` and ``v`` otherwise.  The subject
wins when the strength is above 1 (``x``) or above 0 (``%``), loses -- the baseline wins --
when it is below, and ties otherwise.  So "competitive (0.9x-1.7x)" is a win (about 1.24x),
"0.8x" a loss (B over S by 1.25x) and "0.5x-2x" a tie.  A factor of 0 or below means
nothing and is left out.  The same rule is written in the shipped queries
``what-beats.rq``, ``never-beaten.rq`` and ``contradictions.rq``.

**Factors.**  Implied comparisons and the ranking use only unit ``x`` claims: a chain
multiplies the winner-over-loser factors (the strength, or its inverse for a loss), and
the ranking fits one log-score per system to ``log(strength)`` of every claim.  A
percentage has no such reading without knowing whether the metric is higher- or
lower-is-better ("51% less latency" is 2.04x, "51% more throughput" 1.51x), so it takes
part in contradictions only.

**Confidence.**  Every claim carries the extractor's confidence (``cg:confidence``, 0 to 1).
Each function here takes ``min_confidence`` and leaves out the claims whose confidence is
below it, before anything else happens: a contradiction, a chain hop or a ranking equation
needs claims at or above the threshold.  The default 0.0 keeps every claim.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from claimgraph.lookup import resolve_system
from claimgraph.names import AliasTable
from claimgraph.queries import claim_numbers, load_query, optional_str, run_query
from claimgraph.records import METRICS

__all__ = [
    "Chain",
    "ClaimEdge",
    "Comparison",
    "Contradiction",
    "Leaderboard",
    "RankedSystem",
    "ReasoningError",
    "claim_edges",
    "compare",
    "contradictions",
    "leaderboards",
    "rank",
    "resolve_system",
]


class ReasoningError(ValueError):
    """A question that cannot be answered: an unknown system or metric, bad limits."""


@dataclass(frozen=True)
class ClaimEdge:
    """One claim against a named baseline, from ``source`` (subject key) to ``target``.

    The values are as the paper writes them; :attr:`winner`, :attr:`loser` and
    :attr:`factor` read them with the rule in the module docstring.
    """

    claim: str
    """The claim's IRI."""
    source: str
    target: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str | None
    metric: str
    context: str | None
    paper: str
    paper_title: str
    sentence: str
    confidence: float = 1.0
    """The extractor's confidence in the claim, 0 to 1."""

    @property
    def strength(self) -> float | None:
        """Geometric mean (``x``) or midpoint (``%``) of the value; ``None`` for a factor <= 0."""
        high = self.value if self.value_max is None else self.value_max
        if self.unit == "x":
            if self.value <= 0 or high <= 0:
                return None
            return math.sqrt(self.value * high)
        return (self.value + high) / 2

    @property
    def outcome(self) -> int:
        """1 when the subject wins, -1 when it loses, 0 for a tie or a meaningless factor."""
        strength = self.strength
        if strength is None or self.source == self.target:
            return 0
        even = 1.0 if self.unit == "x" else 0.0
        return (strength > even) - (strength < even)

    @property
    def winner(self) -> str | None:
        return {1: self.source, -1: self.target}.get(self.outcome)

    @property
    def loser(self) -> str | None:
        return {1: self.target, -1: self.source}.get(self.outcome)

    @property
    def factor(self) -> float | None:
        """The winner-over-loser factor (> 1) of a won or lost ``x`` claim, else ``None``."""
        strength = self.strength
        if self.unit != "x" or strength is None or self.outcome == 0:
            return None
        return strength if self.outcome > 0 else 1 / strength


@dataclass(frozen=True)
class Contradiction:
    """Two claims on one metric: in one A beats B, in the other B beats A."""

    metric: str
    a: str
    """The key of A, the system whose key sorts first."""
    b: str
    a_label: str
    b_label: str
    a_over_b: ClaimEdge
    """The claim in which A wins (written either way round)."""
    b_over_a: ClaimEdge


@dataclass(frozen=True)
class Chain:
    """An implied comparison: claims on one metric that lead from ``systems[0]`` to ``systems[-1]``.

    ``claims[i]`` is a ``x`` claim in which ``systems[i]`` beats ``systems[i + 1]``; the
    implied factor is the product of their winner-over-loser factors.
    """

    metric: str
    systems: tuple[str, ...]
    claims: tuple[ClaimEdge, ...]
    factor: float

    @property
    def hops(self) -> int:
        return len(self.claims)


@dataclass
class Comparison:
    """What the store says about A against B, directly and through chains."""

    a: str
    """The key of A."""
    b: str
    a_label: str
    b_label: str
    metric: str | None
    direct: list[ClaimEdge] = field(default_factory=list)
    """Every claim between A and B, either way round and in either unit."""
    chains: list[Chain] = field(default_factory=list)
    """The best chains A -> ... -> B of two hops or more: fewest hops first, then largest factor."""
    reverse_chains: list[Chain] = field(default_factory=list)
    """The same for B -> ... -> A."""
    labels: dict[str, str] = field(default_factory=dict)
    """Display labels of every system key in ``direct`` and the chains."""


@dataclass(frozen=True)
class RankedSystem:
    """One system's place in the ranking of its connected component on one metric."""

    metric: str
    component: int
    """1 for the component with the most systems (then the smallest key), 2 for the next ..."""
    position: int
    """1 for the strongest system of the component."""
    key: str
    label: str
    score: float
    """Natural log of the fitted factor over the component's weakest system (which has 0)."""
    claims: int
    """The ``x`` claims of the metric, against or by a named system, that place this one."""
    wins: int
    losses: int

    @property
    def factor(self) -> float:
        """The fitted factor over the component's weakest system."""
        return math.exp(self.score)


# -- reading the store -----------------------------------------------------------------------


def claim_edges(
    store: ox.Store, metric: str | None = None, *, min_confidence: float = 0.0
) -> list[ClaimEdge]:
    """The claims against a named baseline, in store order (paper, then sentence).

    Only claims of ``metric`` (every metric when ``None``) whose confidence is at least
    ``min_confidence``.  Raises :class:`ReasoningError` for an unknown metric or a
    threshold outside 0..1.
    """
    wanted = _metric(metric)
    threshold = _min_confidence(min_confidence)
    edges = []
    for row in run_query(store, load_query("comparison-edges")).to_dicts():
        if wanted is not None and row["metric"] != wanted:
            continue
        confidence = float(row["confidence"] or 0.0)
        if confidence < threshold:
            continue
        numbers = claim_numbers(row, row["claim"])
        if numbers is None:
            continue
        value, value_max = numbers
        edges.append(
            ClaimEdge(
                claim=str(row["claim"]),
                source=str(row["source"]),
                target=str(row["target"]),
                value=value,
                value_max=value_max,
                unit=str(row["unit"]),
                qualifier=optional_str(row["qualifier"]),
                metric=str(row["metric"]),
                context=optional_str(row["context"]),
                paper=str(row["paper"]),
                paper_title=str(row["paper_title"]),
                sentence=str(row["sentence"]),
                confidence=confidence,
            )
        )
    return edges


def _metric(metric: str | None) -> str | None:
    if metric is None:
        return None
    wanted = metric.strip().lower()
    if wanted not in METRICS:
        raise ReasoningError(f"unknown metric {metric!r}; known metrics: {', '.join(METRICS)}")
    return wanted


def _min_confidence(value: float) -> float:
    if not 0.0 <= value <= 1.0:  # NaN too
        raise ReasoningError(f"min_confidence must be between 0 and 1, not {value!r}")
    return float(value)


def _labels(store: ox.Store) -> dict[str, str]:
    rows = run_query(store, load_query("systems")).rows
    return {str(key): str(label) for label, key, *_ in rows}


# -- contradictions --------------------------------------------------------------------------


def contradictions(
    store: ox.Store, metric: str | None = None, *, min_confidence: float = 0.0
) -> list[Contradiction]:
    """Every pair of claims on one metric in which A beats B and B beats A.

    Wins follow the rule of the module docstring, in either unit (a factor against a
    percentage is a contradiction too); the claims may come from one paper or two.
    Both claims have a confidence of at least ``min_confidence``.  Ordered by metric,
    A, B, then the papers' and sentences' order in the store.
    """
    edges = claim_edges(store, metric, min_confidence=min_confidence)
    order = {edge.claim: n for n, edge in enumerate(edges)}
    wins: dict[tuple[str, str, str], list[ClaimEdge]] = {}
    for edge in edges:
        if edge.winner is not None and edge.loser is not None:
            wins.setdefault((edge.metric, edge.winner, edge.loser), []).append(edge)
    labels = _labels(store) if wins else {}
    found = []
    for (which, winner, loser), a_wins in wins.items():
        if winner >= loser:
            continue
        for a_over_b in a_wins:
            for b_over_a in wins.get((which, loser, winner), []):
                found.append(
                    Contradiction(
                        metric=which,
                        a=winner,
                        b=loser,
                        a_label=labels.get(winner, winner),
                        b_label=labels.get(loser, loser),
                        a_over_b=a_over_b,
                        b_over_a=b_over_a,
                    )
                )
    metric_order = {m: n for n, m in enumerate(METRICS)}
    found.sort(
        key=lambda c: (
            metric_order.get(c.metric, len(METRICS)),
            c.a,
            c.b,
            order[c.a_over_b.claim],
            order[c.b_over_a.claim],
        )
    )
    return found


# -- implied comparisons ---------------------------------------------------------------------


def _strongest_hops(edges: Iterable[ClaimEdge]) -> dict[str, dict[str, dict[str, ClaimEdge]]]:
    """metric -> winner -> loser -> the ``x`` claim with the largest factor (the first on ties)."""
    best: dict[str, dict[str, dict[str, ClaimEdge]]] = {}
    for edge in edges:
        factor, winner, loser = edge.factor, edge.winner, edge.loser
        if factor is None or winner is None or loser is None:
            continue
        hops = best.setdefault(edge.metric, {}).setdefault(winner, {})
        current = hops.get(loser)
        if current is None or factor > (current.factor or 0.0):
            hops[loser] = edge
    return best


def _chains(
    hops: Mapping[str, Mapping[str, Mapping[str, ClaimEdge]]],
    start: str,
    end: str,
    max_hops: int,
) -> list[Chain]:
    """Every simple path start -> ... -> end of 2 to ``max_hops`` hops, on one metric each."""
    found: list[Chain] = []
    for metric, graph in hops.items():
        # Depth first; a stack entry is the path of systems so far and its claims.
        stack: list[tuple[tuple[str, ...], tuple[ClaimEdge, ...]]] = [((start,), ())]
        while stack:
            path, claims = stack.pop()
            for nxt, edge in graph.get(path[-1], {}).items():
                if nxt in path:
                    continue
                more = (*claims, edge)
                if nxt == end:
                    if len(more) >= 2:
                        factor = math.prod(c.factor or 1.0 for c in more)
                        found.append(Chain(metric, (*path, nxt), more, factor))
                elif len(more) < max_hops:
                    stack.append(((*path, nxt), more))
    found.sort(key=lambda c: (c.hops, -c.factor, c.metric, c.systems))
    return found


def compare(
    store: ox.Store,
    a: str,
    b: str,
    *,
    max_hops: int = 3,
    metric: str | None = None,
    limit: int | None = 10,
    aliases: AliasTable | None = None,
    min_confidence: float = 0.0,
) -> Comparison:
    """Direct claims between systems ``a`` and ``b``, and the best chains either way.

    A chain is a path of ``x`` claims on one metric, each won by the system before it,
    of 2 to ``max_hops`` claims, visiting each system once.  Between two neighbouring
    systems it takes the claim with the largest factor, so one path of systems gives one
    chain.  A range counts by its geometric mean, a lost claim by its inverse
    ("B is 0.5x of C" is a hop C -> B by 2x).  ``limit`` caps each list of chains
    (``None``: all).  Direct claims and hops are claims whose confidence is at least
    ``min_confidence``.  Raises :class:`ReasoningError` for one system named twice, an
    unknown metric, ``max_hops`` below 1, or a threshold outside 0..1, and
    :class:`~claimgraph.lookup.SystemNameError` for an unknown or ambiguous name.
    """
    if max_hops < 1:
        raise ReasoningError(f"max_hops must be at least 1, not {max_hops}")
    if limit is not None and limit < 0:
        raise ReasoningError(f"limit must not be negative, not {limit}")
    wanted = _metric(metric)
    _min_confidence(min_confidence)
    key_a, key_b = resolve_system(store, a, aliases), resolve_system(store, b, aliases)
    labels = _labels(store)
    result = Comparison(
        a=key_a,
        b=key_b,
        a_label=labels.get(key_a, key_a),
        b_label=labels.get(key_b, key_b),
        metric=wanted,
    )
    if key_a == key_b:
        raise ReasoningError(
            f"{a} and {b} are the same system, {result.a_label}: compare two different systems"
        )
    edges = claim_edges(store, wanted, min_confidence=min_confidence)
    result.direct = [e for e in edges if {e.source, e.target} == {key_a, key_b}]
    hops = _strongest_hops(edges)
    result.chains = _chains(hops, key_a, key_b, max_hops)[:limit]
    result.reverse_chains = _chains(hops, key_b, key_a, max_hops)[:limit]
    shown = {key_a, key_b} | {k for e in result.direct for k in (e.source, e.target)}
    for chain in (*result.chains, *result.reverse_chains):
        shown.update(chain.systems)
    result.labels = {key: labels.get(key, key) for key in sorted(shown)}
    return result


# -- ranking ---------------------------------------------------------------------------------


def _context_pattern(context: str | None) -> re.Pattern[str] | None:
    if context is None:
        return None
    words = context.split()
    if not words:
        raise ReasoningError("the context to rank by is empty; give a word such as H100 or prefill")
    return re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )


def _components(nodes: Iterable[str], neighbours: Mapping[str, set[str]]) -> list[list[str]]:
    """Connected components, largest first (then by smallest key), each sorted."""
    seen: set[str] = set()
    components = []
    for start in sorted(nodes):
        if start in seen:
            continue
        seen.add(start)
        todo, members = [start], []
        while todo:
            node = todo.pop()
            members.append(node)
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        components.append(sorted(members))
    components.sort(key=lambda c: (-len(c), c[0]))
    return components


def _least_squares(members: list[str], equations: list[tuple[str, str, float]]) -> dict[str, float]:
    """Scores s minimising the sum of (s[u] - s[v] - d)^2 over ``(u, v, d)``, weakest at 0.

    The normal equations are L s = r with L the (multi)graph Laplacian; the first member
    is pinned at 0, which leaves a symmetric positive definite system on a connected
    component, solved by conjugate gradients (exact after at most n steps, up to rounding).
    """
    index = {node: n for n, node in enumerate(members)}
    size = len(members)
    degree = [0.0] * size
    adjacent: list[dict[int, float]] = [{} for _ in range(size)]
    rhs = [0.0] * size
    for u, v, d in equations:
        i, j = index[u], index[v]
        degree[i] += 1
        degree[j] += 1
        adjacent[i][j] = adjacent[i].get(j, 0.0) + 1
        adjacent[j][i] = adjacent[j].get(i, 0.0) + 1
        rhs[i] += d
        rhs[j] -= d

    def apply(x: list[float]) -> list[float]:  # L x with x[0] pinned at 0, row 0 dropped
        y = [degree[i] * x[i] - sum(w * x[j] for j, w in adjacent[i].items()) for i in range(size)]
        y[0] = 0.0
        return y

    x = [0.0] * size
    r = [0.0] + rhs[1:]
    p = list(r)
    rr = sum(v * v for v in r)
    limit = 1e-28 * max(1.0, sum(v * v for v in rhs))
    for _ in range(10 * size + 10):
        if rr <= limit:
            break
        q = apply(p)
        alpha = rr / sum(pi * qi for pi, qi in zip(p, q, strict=True))
        x = [xi + alpha * pi for xi, pi in zip(x, p, strict=True)]
        r = [ri - alpha * qi for ri, qi in zip(r, q, strict=True)]
        rr_next = sum(v * v for v in r)
        p = [ri + (rr_next / rr) * pi for ri, pi in zip(r, p, strict=True)]
        rr = rr_next
    weakest = min(x)
    return {node: x[index[node]] - weakest for node in members}


def rank(
    store: ox.Store,
    metric: str | None = None,
    *,
    min_confidence: float = 0.0,
    context: str | None = None,
) -> list[RankedSystem]:
    """A global ordering of the systems on ``metric`` (every metric when ``None``).

    Every ``x`` claim between two named systems whose confidence is at least
    ``min_confidence`` is one equation
    ``score[subject] - score[baseline] = log(strength)`` (a range by its geometric mean,
    ties included, a lost claim giving a negative log); the scores are the least-squares
    solution on each connected component of the systems, shifted so that the component's
    weakest system has 0.  Components of one metric are numbered from the largest;
    positions run from the strongest.  Ordered by metric, component, position.

    ``context`` keeps only the claims whose context holds that word or phrase (any case,
    whole words: "H100" matches "on H100 GPUs", not "H1000"), so that a leaderboard does
    not mix settings ("decode" latency apart from "prefill" latency).
    """
    wanted = _metric(metric)
    setting = _context_pattern(context)
    by_metric: dict[str, list[ClaimEdge]] = {}
    for edge in claim_edges(store, wanted, min_confidence=min_confidence):
        if setting is not None and not setting.search(edge.context or ""):
            continue
        if edge.unit == "x" and edge.strength is not None and edge.source != edge.target:
            by_metric.setdefault(edge.metric, []).append(edge)
    labels = _labels(store) if by_metric else {}
    ranked: list[RankedSystem] = []
    for which in [m for m in METRICS if m in by_metric]:
        edges = by_metric[which]
        neighbours: dict[str, set[str]] = {}
        claims: dict[str, int] = {}
        wins: dict[str, int] = {}
        losses: dict[str, int] = {}
        for edge in edges:
            neighbours.setdefault(edge.source, set()).add(edge.target)
            neighbours.setdefault(edge.target, set()).add(edge.source)
            for node in (edge.source, edge.target):
                claims[node] = claims.get(node, 0) + 1
            if edge.winner is not None and edge.loser is not None:
                wins[edge.winner] = wins.get(edge.winner, 0) + 1
                losses[edge.loser] = losses.get(edge.loser, 0) + 1
        equations = [(e.source, e.target, math.log(e.strength or 1.0)) for e in edges]
        for number, members in enumerate(_components(neighbours, neighbours), start=1):
            inside = set(members)
            scores = _least_squares(members, [q for q in equations if q[0] in inside])
            order = sorted(members, key=lambda node: (-round(scores[node], 12), node))
            for position, node in enumerate(order, start=1):
                ranked.append(
                    RankedSystem(
                        metric=which,
                        component=number,
                        position=position,
                        key=node,
                        label=labels.get(node, node),
                        score=scores[node],
                        claims=claims.get(node, 0),
                        wins=wins.get(node, 0),
                        losses=losses.get(node, 0),
                    )
                )
    return ranked


@dataclass(frozen=True)
class Leaderboard:
    """One metric's ranking within one connected component: what a bar chart shows."""

    metric: str
    component: int
    systems: tuple[RankedSystem, ...]
    """The strongest first, at most the ``max_rows`` asked for."""
    total: int
    """Systems in the component (more than ``systems`` when the board was cut)."""


def leaderboards(
    ranked: Iterable[RankedSystem], *, min_systems: int = 3, max_rows: int = 15
) -> list[Leaderboard]:
    """The rankings of :func:`rank` as leaderboards: one per metric and component of at
    least ``min_systems`` systems (two systems and one claim make no leaderboard), the
    largest components first within a metric, each cut to its ``max_rows`` strongest."""
    boards: dict[tuple[str, int], list[RankedSystem]] = {}
    for system in ranked:
        boards.setdefault((system.metric, system.component), []).append(system)
    return [
        Leaderboard(metric, component, tuple(systems[:max_rows]), len(systems))
        for (metric, component), systems in boards.items()
        if len(systems) >= min_systems
    ]
