"""``claimgraph.reasoning`` and the question queries, on small hand-built stores with known answers.

The main store (``known``) holds, on ``speedup`` in ``x``::

    Alpha > Bravo 2x (p1)   Bravo > Charlie 3x (p2)   Alpha > Charlie 5x (p3)
    Charlie > Delta 1.5x (p4)   Bravo > Alpha 1.2x (p5, contradicts p1)

and Echo > Foxtrot 4x on ``throughput`` (p6).  p4 also has a generic ``%`` claim on latency.
``graded`` holds the same claims with a confidence per paper (``CONFIDENCE``).
"""

from __future__ import annotations

import dataclasses
import gc
import math
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import HOSTILE

from claimgraph.cli import cli
from claimgraph.lookup import SystemNameError
from claimgraph.names import AliasTable
from claimgraph.queries import NamedQuery, load_query, run_query
from claimgraph.rdf import paper_quads
from claimgraph.reasoning import (
    ClaimEdge,
    Comparison,
    ReasoningError,
    claim_edges,
    compare,
    contradictions,
    rank,
    resolve_system,
)
from claimgraph.records import Claim, Paper, PaperClaims

NEW_QUERIES = [
    "what-beats",
    "strongest-per-baseline",
    "never-beaten",
    "claims-per-paper",
    "contradictions",
]

# subject, baseline, value, value_max, unit, metric, context, baseline_kind
Row = tuple[str, str, float, float | None, str, str, str | None, str]


def _sentence(subject: str, baseline: str, value: float, value_max: float | None, unit: str) -> str:
    amount = f"{value:g}" if value_max is None else f"{value:g}-{value_max:g}"
    return f"{subject} is {amount}{unit} against {baseline}."


def paper(paper_id: str, rows: list[Row]) -> PaperClaims:
    """A paper whose abstract is the claims' sentences, one per claim."""
    sentences = [_sentence(r[0], r[1], r[2], r[3], r[4]) for r in rows]
    abstract = " ".join(sentences)
    claims = []
    for sentence, (subject, baseline, value, value_max, unit, metric, context, kind) in zip(
        sentences, rows, strict=True
    ):
        start = abstract.index(sentence)
        claims.append(
            Claim(
                paper=paper_id,
                subject=subject,
                baseline=baseline,
                baseline_kind=kind,  # type: ignore[arg-type]
                value=value,
                value_max=value_max,
                unit=unit,  # type: ignore[arg-type]
                qualifier=None,
                metric=metric,
                context=context,
                sentence=sentence,
                start=start,
                end=start + len(sentence),
            )
        )
    return PaperClaims(
        paper=Paper(id=paper_id, title=f"Paper {paper_id}", abstract=abstract), claims=claims
    )


def build(papers: list[PaperClaims], store: ox.Store | None = None) -> ox.Store:
    store = ox.Store() if store is None else store
    for result in papers:
        store.extend(paper_quads(result))
    return store


S = "speedup"
KNOWN = [
    paper("p1", [("Alpha", "Bravo", 2.0, None, "x", S, None, "named")]),
    paper("p2", [("Bravo", "Charlie", 3.0, None, "x", S, None, "named")]),
    paper("p3", [("Alpha", "Charlie", 5.0, None, "x", S, "on GPUs", "named")]),
    paper(
        "p4",
        [
            ("Charlie", "Delta", 1.5, None, "x", S, None, "named"),
            ("Charlie", "existing systems", 20.0, None, "%", "latency", None, "generic"),
        ],
    ),
    paper("p5", [("Bravo", "Alpha", 1.2, None, "x", S, "on CPUs", "named")]),
    paper("p6", [("Echo", "Foxtrot", 4.0, None, "x", "throughput", None, "named")]),
]

# The win rule: a range by its geometric mean, a factor below 1 a loss, a "%" by its sign.
RULES = [
    paper("r1", [("Kilo", "Lima", 0.9, 1.7, "x", S, None, "named")]),  # win, about 1.24x
    paper("r2", [("Lima", "Kilo", 0.8, None, "x", S, None, "named")]),  # loss: Kilo by 1.25x
    paper("r3", [("Mike", "November", 0.5, 2.0, "x", S, None, "named")]),  # a tie
    paper("r4", [("November", "Mike", 2.0, None, "x", S, None, "named")]),
    paper(
        "r5",
        [
            ("Oscar", "Papa", 0.8, None, "x", S, "small batches", "named"),  # Papa wins
            ("Oscar", "Papa", 10.0, None, "%", S, "large batches", "named"),  # Oscar wins
        ],
    ),
]


@pytest.fixture(params=["memory", "disk"])
def known(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ox.Store]:
    if request.param == "memory":
        yield build(KNOWN)
    else:
        yield build(KNOWN, ox.Store(str(tmp_path / "known-store")))


@pytest.fixture
def rules() -> ox.Store:
    return build(RULES)


# The extractor's confidence in each KNOWN paper's claims: at 0.7, the contradicting p5 and the
# Bravo > Charlie hop p2 are gone; at 0.31, only p5.
CONFIDENCE = {"p1": 0.9, "p2": 0.6, "p3": 0.95, "p4": 1.0, "p5": 0.3, "p6": 0.5}


def graded_papers() -> list[PaperClaims]:
    return [
        dataclasses.replace(
            result,
            claims=[
                dataclasses.replace(c, confidence=CONFIDENCE[result.paper.id])
                for c in result.claims
            ],
        )
        for result in KNOWN
    ]


@pytest.fixture
def graded() -> ox.Store:
    return build(graded_papers())


def claims_of(edges: list[ClaimEdge]) -> list[tuple[str, str, str, float]]:
    return [(e.paper, e.source, e.target, e.value) for e in edges]


# -- edges and the win rule ------------------------------------------------------------------


def test_claim_edges_read_named_claims_only(known: ox.Store) -> None:
    assert claims_of(claim_edges(known)) == [
        ("p1", "alpha", "bravo", 2.0),
        ("p2", "bravo", "charlie", 3.0),
        ("p3", "alpha", "charlie", 5.0),
        ("p4", "charlie", "delta", 1.5),
        ("p5", "bravo", "alpha", 1.2),
        ("p6", "echo", "foxtrot", 4.0),
    ]
    assert [e.paper for e in claim_edges(known, "THROUGHPUT ")] == ["p6"]
    with pytest.raises(ReasoningError, match="unknown metric"):
        claim_edges(known, "speed")


def test_win_rule(rules: ox.Store) -> None:
    edges = {(e.paper, e.unit): e for e in claim_edges(rules)}
    win = edges["r1", "x"]
    assert (win.winner, win.loser, win.outcome) == ("kilo", "lima", 1)
    assert win.strength == pytest.approx(math.sqrt(0.9 * 1.7))
    loss = edges["r2", "x"]
    assert (loss.winner, loss.loser, loss.outcome) == ("kilo", "lima", -1)
    assert loss.factor == pytest.approx(1.25)
    tie = edges["r3", "x"]
    assert (tie.winner, tie.loser, tie.outcome, tie.factor) == (None, None, 0, None)
    percent = edges["r5", "%"]
    assert (percent.winner, percent.factor, percent.strength) == ("oscar", None, 10.0)


# -- contradictions --------------------------------------------------------------------------


def test_contradictions_known(known: ox.Store) -> None:
    found = contradictions(known)
    assert len(found) == 1
    (c,) = found
    assert (c.metric, c.a, c.b, c.a_label, c.b_label) == (
        "speedup",
        "alpha",
        "bravo",
        "Alpha",
        "Bravo",
    )
    assert (c.a_over_b.paper, c.a_over_b.value, c.a_over_b.sentence) == (
        "p1",
        2.0,
        "Alpha is 2x against Bravo.",
    )
    assert (c.b_over_a.paper, c.b_over_a.value, c.b_over_a.context) == ("p5", 1.2, "on CPUs")
    assert c.b_over_a.sentence == "Bravo is 1.2x against Alpha."
    assert contradictions(known, "speedup") == found
    assert contradictions(known, "throughput") == []


def test_contradictions_follow_the_win_rule(rules: ox.Store) -> None:
    # Kilo/Lima agree (0.8x is a loss), Mike/November's 0.5x-2x is a tie: only Oscar/Papa,
    # one paper, two settings, a factor against a percentage.
    found = contradictions(rules)
    assert [(c.a, c.b, c.a_over_b.unit, c.b_over_a.unit) for c in found] == [
        ("oscar", "papa", "%", "x")
    ]
    assert (found[0].a_over_b.context, found[0].b_over_a.context) == (
        "large batches",
        "small batches",
    )


@pytest.mark.parametrize("which", ["known", "rules"])
def test_contradictions_query_agrees(which: str, known: ox.Store, rules: ox.Store) -> None:
    store = known if which == "known" else rules
    rows = run_query(store, load_query("contradictions")).to_dicts()
    assert [(r["metric"], r["a_key"], r["b_key"], r["a_claim"], r["b_claim"]) for r in rows] == [
        (c.metric, c.a, c.b, c.a_over_b.claim, c.b_over_a.claim) for c in contradictions(store)
    ]
    if which == "known":
        (row,) = rows
        assert (row["a"], row["b"], row["a_paper"], row["b_paper"]) == (
            "Alpha",
            "Bravo",
            "p1",
            "p5",
        )
        assert row["b_sentence"] == "Bravo is 1.2x against Alpha."
        assert len(run_query(store, load_query("contradictions"), {"metric": "memory"})) == 0


# -- implied comparisons ---------------------------------------------------------------------


def test_compare_chain_next_to_direct_claim(known: ox.Store) -> None:
    result = compare(known, "alpha", "CHARLIE")
    assert (result.a, result.b, result.a_label, result.b_label) == (
        "alpha",
        "charlie",
        "Alpha",
        "Charlie",
    )
    assert claims_of(result.direct) == [("p3", "alpha", "charlie", 5.0)]
    (chain,) = result.chains
    assert chain.systems == ("alpha", "bravo", "charlie")
    assert chain.hops == 2
    assert chain.factor == pytest.approx(6.0)
    assert [(c.paper, c.value) for c in chain.claims] == [("p1", 2.0), ("p2", 3.0)]
    assert result.reverse_chains == []


def test_compare_orders_by_hops_then_factor(known: ox.Store) -> None:
    result = compare(known, "Alpha", "Delta")
    assert result.direct == []
    assert [(c.systems, round(c.factor, 9)) for c in result.chains] == [
        (("alpha", "charlie", "delta"), 7.5),
        (("alpha", "bravo", "charlie", "delta"), 9.0),
    ]
    assert [c.systems for c in compare(known, "Alpha", "Delta", max_hops=2).chains] == [
        ("alpha", "charlie", "delta")
    ]
    assert len(compare(known, "Alpha", "Delta", limit=1).chains) == 1
    assert compare(known, "Alpha", "Delta", metric="throughput").chains == []


def test_compare_both_directions(known: ox.Store) -> None:
    result = compare(known, "Bravo", "Alpha")
    assert claims_of(result.direct) == [
        ("p1", "alpha", "bravo", 2.0),
        ("p5", "bravo", "alpha", 1.2),
    ]
    assert result.chains == [] and result.reverse_chains == []
    reverse = compare(known, "Delta", "Bravo")
    assert reverse.chains == []
    assert [(c.systems, round(c.factor, 9)) for c in reverse.reverse_chains] == [
        (("bravo", "charlie", "delta"), 4.5),
        (("bravo", "alpha", "charlie", "delta"), 9.0),  # through the contradicting p5
    ]


def test_compare_turns_losses_around_and_skips_ties(rules: ox.Store) -> None:
    # r2 "Lima is 0.8x against Kilo" is a hop Kilo -> Lima by 1.25x; the r3 tie is no hop.
    store = build([paper("r6", [("Lima", "Zulu", 2.0, None, "x", S, None, "named")])], build(RULES))
    (chain,) = compare(store, "Kilo", "Zulu").chains
    assert chain.systems == ("kilo", "lima", "zulu")
    assert chain.claims[0].paper == "r2"  # 1.25x beats r1's geometric mean of 1.24x
    assert chain.factor == pytest.approx(2.5)
    assert compare(rules, "Mike", "November").chains == []


def test_compare_names(known: ox.Store) -> None:
    aliases = AliasTable({"Alpha": ("AS",)})
    assert compare(known, "AS", "charlie", aliases=aliases).a == "alpha"
    assert resolve_system(known, "  ALPHA ") == "alpha"
    with pytest.raises(SystemNameError, match="no system called 'Zeta'"):
        compare(known, "Zeta", "Alpha")
    with pytest.raises(ReasoningError, match="max_hops"):
        compare(known, "Alpha", "Bravo", max_hops=0)
    with pytest.raises(ReasoningError, match="^alpha and Alpha are the same system, "):
        compare(known, "alpha", "Alpha")


# -- ranking ---------------------------------------------------------------------------------

# Least squares on log factors, with Delta (a leaf: its one equation is met exactly) at 0:
# c = ln 1.5, and the normal equations of Alpha and Bravo give
# a - c = (3 ln(10/1.2) + 2 ln 1.8) / 5, b - c = (2 ln(10/1.2) + 3 ln 1.8) / 5.
U, V = math.log(10 / 1.2), math.log(1.8)
EXPECTED = {
    "alpha": math.log(1.5) + (3 * U + 2 * V) / 5,
    "bravo": math.log(1.5) + (2 * U + 3 * V) / 5,
    "charlie": math.log(1.5),
    "delta": 0.0,
}


def test_rank_least_squares(known: ox.Store) -> None:
    ranked = rank(known, "speedup")
    assert [(r.position, r.key, r.label, r.component) for r in ranked] == [
        (1, "alpha", "Alpha", 1),
        (2, "bravo", "Bravo", 1),
        (3, "charlie", "Charlie", 1),
        (4, "delta", "Delta", 1),
    ]
    for r in ranked:
        assert r.score == pytest.approx(EXPECTED[r.key], abs=1e-9)
        assert r.factor == pytest.approx(math.exp(EXPECTED[r.key]), rel=1e-9)
    assert [(r.claims, r.wins, r.losses) for r in ranked] == [
        (3, 2, 1),
        (3, 2, 1),
        (3, 1, 2),
        (1, 0, 1),
    ]


def test_rank_every_metric(known: ox.Store) -> None:
    ranked = rank(known)
    assert [(r.metric, r.component, r.position, r.key) for r in ranked] == [
        ("speedup", 1, 1, "alpha"),
        ("speedup", 1, 2, "bravo"),
        ("speedup", 1, 3, "charlie"),
        ("speedup", 1, 4, "delta"),
        ("throughput", 1, 1, "echo"),
        ("throughput", 1, 2, "foxtrot"),
    ]
    assert len({(r.metric, r.component) for r in ranked}) == 2
    assert ranked[4].score == pytest.approx(math.log(4))
    assert rank(known, "memory") == []


def test_rank_components_of_one_metric(rules: ox.Store) -> None:
    ranked = rank(rules, "speedup")
    assert [(r.component, r.position, r.key) for r in ranked] == [
        (1, 1, "kilo"),
        (1, 2, "lima"),
        (2, 1, "november"),
        (2, 2, "mike"),
        (3, 1, "papa"),
        (3, 2, "oscar"),
    ]
    scores = {r.key: r.score for r in ranked}
    # Two equations each: the mean of the two log factors.
    assert scores["kilo"] == pytest.approx((math.log(math.sqrt(0.9 * 1.7)) + math.log(1.25)) / 2)
    assert scores["november"] == pytest.approx(math.log(2) / 2)  # a 2x claim and a tie
    assert scores["papa"] == pytest.approx(math.log(1.25))  # the "%" claim takes no part
    assert {r.key: r.claims for r in ranked}["papa"] == 1


def test_rank_a_long_chain_converges() -> None:
    names = [f"S{n:02d}" for n in range(40)]
    rows: list[Row] = [
        (a, b, 2.0, None, "x", S, None, "named") for a, b in zip(names, names[1:], strict=False)
    ]
    ranked = rank(build([paper("long", rows)]), "speedup")
    assert [r.label for r in ranked] == names
    assert ranked[0].score == pytest.approx(39 * math.log(2), rel=1e-9)


# -- min_confidence --------------------------------------------------------------------------


def test_claim_edges_min_confidence(known: ox.Store, graded: ox.Store) -> None:
    assert {e.confidence for e in claim_edges(known)} == {1.0}
    assert [(e.paper, e.confidence) for e in claim_edges(graded)] == list(CONFIDENCE.items())
    assert claim_edges(graded, min_confidence=0.0) == claim_edges(graded)
    # At the threshold a claim stays.
    assert [e.paper for e in claim_edges(graded, min_confidence=0.6)] == ["p1", "p2", "p3", "p4"]
    assert [e.paper for e in claim_edges(graded, "throughput", min_confidence=0.5)] == ["p6"]
    assert [e.paper for e in claim_edges(graded, min_confidence=1.0)] == ["p4"]


@pytest.mark.parametrize("threshold", [-0.1, 1.01, math.nan])
def test_min_confidence_outside_0_1_is_refused(graded: ox.Store, threshold: float) -> None:
    for call in (
        lambda: claim_edges(graded, min_confidence=threshold),
        lambda: contradictions(graded, min_confidence=threshold),
        lambda: compare(graded, "Alpha", "Alpha", min_confidence=threshold),
        lambda: rank(graded, min_confidence=threshold),
    ):
        with pytest.raises(ReasoningError, match="min_confidence must be between 0 and 1"):
            call()


def test_contradictions_min_confidence(graded: ox.Store) -> None:
    (c,) = contradictions(graded)
    assert (c.a, c.b, c.a_over_b.paper, c.b_over_a.paper) == ("alpha", "bravo", "p1", "p5")
    assert (c.a_over_b.confidence, c.b_over_a.confidence) == (0.9, 0.3)
    assert contradictions(graded, min_confidence=0.3) == [c]
    assert contradictions(graded, min_confidence=0.31) == []
    assert contradictions(graded, "speedup", min_confidence=0.31) == []


def test_compare_min_confidence(graded: ox.Store) -> None:
    def chains(result: Comparison) -> list[tuple[tuple[str, ...], float]]:
        return [(c.systems, round(c.factor, 9)) for c in result.chains]

    assert chains(compare(graded, "Alpha", "Delta")) == [
        (("alpha", "charlie", "delta"), 7.5),
        (("alpha", "bravo", "charlie", "delta"), 9.0),
    ]
    assert chains(compare(graded, "Alpha", "Delta", min_confidence=0.6)) == chains(
        compare(graded, "Alpha", "Delta")
    )
    # Without p2 (0.6) there is no way from Bravo to Charlie.
    assert chains(compare(graded, "Alpha", "Delta", min_confidence=0.7)) == [
        (("alpha", "charlie", "delta"), 7.5)
    ]
    assert chains(compare(graded, "Alpha", "Delta", min_confidence=0.96)) == []
    # Direct claims go too: p5 (0.3) is Bravo's only claim over Alpha.
    both = compare(graded, "Bravo", "Alpha")
    assert [e.paper for e in both.direct] == ["p1", "p5"]
    assert [e.paper for e in compare(graded, "Bravo", "Alpha", min_confidence=0.5).direct] == ["p1"]
    # The reverse chain through Alpha needs p5.
    reverse = compare(graded, "Delta", "Bravo", min_confidence=0.5)
    assert [(c.systems, round(c.factor, 9)) for c in reverse.reverse_chains] == [
        (("bravo", "charlie", "delta"), 4.5)
    ]
    assert compare(graded, "Delta", "Bravo", min_confidence=0.7).reverse_chains == []


def test_rank_min_confidence(graded: ox.Store) -> None:
    everything = rank(graded)
    assert [(r.key, round(r.score, 9)) for r in everything[:4]] == [
        (key, round(score, 9)) for key, score in EXPECTED.items()
    ]
    assert rank(graded, min_confidence=0.0) == everything
    # Without p2 and p5 the speedup claims form a tree, met exactly: Alpha 1.5 * 5,
    # Bravo 7.5 / 2, Charlie 1.5 over Delta; p6 (0.5) takes throughput away.
    ranked = rank(graded, min_confidence=0.7)
    assert [
        (r.metric, r.component, r.position, r.key, round(r.factor, 9), r.claims, r.wins, r.losses)
        for r in ranked
    ] == [
        ("speedup", 1, 1, "alpha", 7.5, 2, 2, 0),
        ("speedup", 1, 2, "bravo", 3.75, 1, 0, 1),
        ("speedup", 1, 3, "charlie", 1.5, 2, 1, 1),
        ("speedup", 1, 4, "delta", 1.0, 1, 0, 1),
    ]
    assert [(r.key, round(r.factor, 9)) for r in rank(graded, min_confidence=1.0)] == [
        ("charlie", 1.5),
        ("delta", 1.0),
    ]


# -- the commands' --min-confidence ----------------------------------------------------------


@pytest.fixture
def graded_path(tmp_path: Path) -> Path:
    """The graded claims in an on-disk store, closed, for the commands to open read-only."""
    path = tmp_path / "graded-store"
    store = build(graded_papers(), ox.Store(str(path)))
    store.flush()
    del store
    gc.collect()
    return path


def command(path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [*args, "--store", str(path)], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


RANK_HEADER = "metric,component,position,label,factor,claims,wins,losses"


def test_rank_command_min_confidence(graded_path: Path) -> None:
    code, out, _ = command(graded_path, "rank", "--format", "csv")
    assert code == 0
    assert out.splitlines() == [
        RANK_HEADER,
        "speedup,1,1,Alpha,6.772,3,2,1",  # EXPECTED, as test_rank_least_squares
        "speedup,1,2,Bravo,4.984,3,2,1",
        "speedup,1,3,Charlie,1.5,3,1,2",
        "speedup,1,4,Delta,1.0,1,0,1",
        "throughput,1,1,Echo,4.0,1,1,0",
        "throughput,1,2,Foxtrot,1.0,1,0,1",
    ]
    code, out, _ = command(graded_path, "rank", "--format", "csv", "--min-confidence", "0.7")
    assert code == 0
    assert out.splitlines() == [
        RANK_HEADER,
        "speedup,1,1,Alpha,7.5,2,2,0",
        "speedup,1,2,Bravo,3.75,1,0,1",
        "speedup,1,3,Charlie,1.5,2,1,1",
        "speedup,1,4,Delta,1.0,1,0,1",
    ]


def test_compare_command_min_confidence(graded_path: Path) -> None:
    code, out, _ = command(graded_path, "compare", "Alpha", "Delta")
    assert code == 0
    assert "Implied Alpha over Delta: 2 chains" in out
    code, out, _ = command(graded_path, "compare", "Alpha", "Delta", "--min-confidence", "0.7")
    assert code == 0
    assert out == (
        "Alpha vs Delta\n"
        "\n"
        "Direct claims: 0\n"
        "\n"
        "Implied Alpha over Delta: 1 chain\n"
        "  about 7.5x faster: Alpha > Charlie > Delta\n"
        "    Alpha over Charlie: 5x faster [on GPUs] (Paper p3)\n"
        "    Charlie over Delta: 1.5x faster (Paper p4)\n"
        "\n"
        "Implied Delta over Alpha: 0 chains\n"
    )


def test_contradictions_command_min_confidence(graded_path: Path) -> None:
    code, out, _ = command(graded_path, "contradictions", "--min-confidence", "0.3")
    assert code == 0
    assert out == (
        "1 contradiction\n"
        "\n"
        "Alpha vs Bravo on speedup\n"
        "  Alpha wins: 2x faster (Paper p1)\n"
        '    "Alpha is 2x against Bravo."\n'
        "  Bravo wins: 1.2x faster [on CPUs] (Paper p5)\n"
        '    "Bravo is 1.2x against Alpha."\n'
    )
    assert command(graded_path, "contradictions") == (0, out, "")
    code, out, _ = command(graded_path, "contradictions", "--min-confidence", "0.31", "--json")
    assert (code, out) == (0, "[]\n")


@pytest.mark.parametrize(
    "args", [["rank"], ["compare", "Alpha", "Delta"], ["contradictions"]], ids=lambda a: a[0]
)
def test_min_confidence_option_range(graded_path: Path, args: list[str]) -> None:
    code, _, err = command(graded_path, *args, "--min-confidence", "1.5")
    assert code == 2
    assert "Invalid value for '--min-confidence': 1.5 is not in the range 0.0<=x<=1.0" in err


# -- the question queries --------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW_QUERIES)
def test_new_query_parses_and_runs(name: str, store: ox.Store) -> None:
    query = load_query(name)
    assert isinstance(query, NamedQuery) and query.description
    ox.Store().query(query.text)  # parses on its own
    params = {
        p.name: {"system": "FlashAttention-2", "metric": "speedup"}[p.name] for p in query.params
    }
    result = run_query(store, query, params)
    assert result.columns
    for param in query.params:
        assert param.name in result.columns


def test_query_params() -> None:
    declared = {
        name: [(p.name, p.optional) for p in load_query(name).params] for name in NEW_QUERIES
    }
    assert declared == {
        "what-beats": [("system", False), ("metric", False)],
        "strongest-per-baseline": [("metric", True)],
        "never-beaten": [("metric", True)],
        "claims-per-paper": [],
        "contradictions": [("metric", True)],
    }


def test_what_beats(known: ox.Store, rules: ox.Store, store: ox.Store) -> None:
    rows = run_query(known, load_query("what-beats"), {"system": "charlie", "metric": "speedup"})
    assert [(r["winner"], r["value"], r["paper"], r["direction"]) for r in rows.to_dicts()] == [
        ("Alpha", 5.0, "p3", "as written"),
        ("Bravo", 3.0, "p2", "as written"),
    ]
    rows = run_query(rules, load_query("what-beats"), {"system": "LIMA", "metric": S})
    assert [(r["winner"], r["value"], r["value_max"], r["direction"]) for r in rows.to_dicts()] == [
        ("Kilo", pytest.approx(1.25), None, "turned around"),
        ("Kilo", 0.9, 1.7, "as written"),
    ]
    rows = run_query(rules, load_query("what-beats"), {"system": "Mike", "metric": S})
    assert [r["winner"] for r in rows.to_dicts()] == ["November"]  # the tie beats nobody
    rows = run_query(store, load_query("what-beats"), {"system": "FA2", "metric": "throughput"})
    assert [r["winner"] for r in rows.to_dicts()] == ["JRT-RNN", "JRT-Prompt"]


def test_strongest_per_baseline(known: ox.Store) -> None:
    rows = run_query(known, load_query("strongest-per-baseline")).to_dicts()
    assert [
        (r["metric"], r["baseline"], r["winner"], r["value"], r["claims"], r["winners"])
        for r in rows
    ] == [
        ("speedup", "Charlie", "Alpha", 5.0, 2, 2),
        ("speedup", "Bravo", "Alpha", 2.0, 1, 1),
        ("speedup", "Delta", "Charlie", 1.5, 1, 1),
        ("speedup", "Alpha", "Bravo", 1.2, 1, 1),
        ("throughput", "Foxtrot", "Echo", 4.0, 1, 1),
    ]
    only = run_query(known, load_query("strongest-per-baseline"), {"metric": "throughput"})
    assert [r["baseline"] for r in only.to_dicts()] == ["Foxtrot"]


def test_never_beaten(known: ox.Store, rules: ox.Store) -> None:
    # Alpha loses p5, so nobody on speedup is never beaten.
    rows = run_query(known, load_query("never-beaten")).to_dicts()
    assert [(r["metric"], r["system"], r["wins"], r["beaten"]) for r in rows] == [
        ("throughput", "Echo", 1, 1)
    ]
    assert len(run_query(known, load_query("never-beaten"), {"metric": "speedup"})) == 0
    rows = run_query(rules, load_query("never-beaten")).to_dicts()
    assert [(r["system"], r["wins"], r["beaten"], r["papers"]) for r in rows] == [
        ("Kilo", 2, 1, 2),
        ("November", 1, 1, 1),
    ]


def test_claims_per_paper(known: ox.Store) -> None:
    rows = run_query(known, load_query("claims-per-paper")).to_dicts()
    assert rows[0] == {
        "paper": "p4",
        "title": "Paper p4",
        "claims": 2,
        "named": 1,
        "generic": 1,
        "no_baseline": 0,
        "factors": 1,
        "percentages": 1,
        "best": 1.5,
        "metrics": "latency, speedup",
        "systems": 2,
    }
    assert [(r["paper"], r["claims"], r["metrics"]) for r in rows[1:]] == [
        ("p1", 1, "speedup"),
        ("p2", 1, "speedup"),
        ("p3", 1, "speedup"),
        ("p5", 1, "speedup"),
        ("p6", 1, "throughput"),
    ]


# -- hostile names ---------------------------------------------------------------------------


def test_hostile_names_are_just_names() -> None:
    names = [n for n in HOSTILE if n.strip()]
    rows: list[Row] = [
        (a, b, 2.0, None, "x", "memory", None, "named")
        for a, b in zip(names, names[1:], strict=False)
    ]
    rows.append((names[1], names[0], 1.5, None, "x", "memory", None, "named"))
    store = build([paper("h1", rows)])
    before = len(store)

    (c,) = contradictions(store)
    assert {c.a_label, c.b_label} == {names[0], names[1]}
    result = compare(store, names[0], names[2])
    assert (result.a_label, result.b_label) == (names[0], names[2])
    assert [chain.factor for chain in result.chains] == [pytest.approx(4.0)]
    ranked = rank(store, "memory")
    assert [r.label for r in ranked][2:] == names[2:]
    for name in names:
        what = run_query(store, load_query("what-beats"), {"system": name, "metric": "memory"})
        assert all(isinstance(r["winner"], str) for r in what.to_dicts())
    assert len(run_query(store, load_query("contradictions"))) == 1
    assert len(store) == before
