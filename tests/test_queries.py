"""The shipped SPARQL queries and ``claimgraph.queries`` against a store of real corpus claims.

The fixture papers and the ``store`` / ``mem_store`` fixtures are in ``conftest.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import (
    FA2,
    FA2_SENTENCE,
    FSMOE,
    GPT_CONTEXT,
    HOSTILE,
    JRT,
    JRT_CONTEXT,
    LEAN,
    fill_store,
    store_dump,
)

from claimgraph.output import render
from claimgraph.queries import (
    NamedQuery,
    QueryError,
    QueryResult,
    list_queries,
    load_query,
    parse_query_file,
    parse_query_text,
    run_query,
)

# -- the query files -----------------------------------------------------------------------

SHIPPED = {
    "who-beats-whom",
    "claims-about",
    "beaten-by",
    "top-claims",
    "systems",
    "system-names",
    "comparison-edges",
    "papers",
    "category-papers",
    "category-claims",
    "harvests",
}
# The fixture papers contradict nothing; tests/test_reasoning.py runs it on a store that does.
# They were not harvested either: tests/test_harvest.py runs the category and harvest queries
# on a harvested store.
MAY_BE_EMPTY = {"contradictions", "category-papers", "category-claims", "harvests"}
SAMPLE_PARAMS = {
    "system": "FlashAttention-2",
    "metric": "speedup",
    "key": "flashattention2",
    "name": "FA2",
    "category": "cs.DC",
    "since": "2020-01-01",
    "until": "2030-01-01",
}


def test_shipped_queries_are_listed() -> None:
    queries = list_queries()
    assert {q.name for q in queries} >= SHIPPED
    assert [q.name for q in queries] == sorted(q.name for q in queries)
    for query in queries:
        assert query.description and not query.description.startswith("#")
        assert query.text.lstrip().startswith("#")


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_shipped_query_runs(query: NamedQuery, store: ox.Store) -> None:
    params = {p.name: SAMPLE_PARAMS[p.name] for p in query.params}
    result = run_query(store, query, params)
    assert result.columns
    if query.name not in MAY_BE_EMPTY:
        assert result.rows, f"{query.name} found nothing in the fixture store"
    for row in result.rows:
        assert len(row) == len(result.columns)
    for param in query.params:
        assert f"?{param.name}" in query.text
        if param.optional:  # and it may be left out
            assert len(run_query(store, query)) >= len(result)


def test_query_params_are_declared() -> None:
    assert [(p.name, p.optional) for p in load_query("who-beats-whom").params] == [("metric", True)]
    assert [(p.name, p.optional) for p in load_query("top-claims").params] == [("metric", True)]
    assert [(p.name, p.optional) for p in load_query("claims-about").params] == [("system", False)]
    assert [(p.name, p.optional) for p in load_query("beaten-by").params] == [("system", False)]
    assert load_query("systems").params == ()


def test_load_query_accepts_file_name() -> None:
    assert load_query("systems.rq") == load_query("systems")


def test_unknown_query_lists_known_ones() -> None:
    with pytest.raises(QueryError) as info:
        load_query("who-beats")
    message = str(info.value)
    assert "who-beats" in message and "who-beats-whom" in message and "systems" in message
    assert "\n" not in message


def test_parse_query_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text(
        "# Things by kind.\n# param: kind  the kind\n# param: limit  optional; at most\n"
        "SELECT ?s ?kind ?limit WHERE { ?s a ?kind }\n",
        encoding="utf-8",
    )
    query = parse_query_file(path)
    assert query.name == "mine"
    assert query.description == "Things by kind."
    assert [(p.name, p.description, p.optional) for p in query.params] == [
        ("kind", "the kind", False),
        ("limit", "optional; at most", True),
    ]
    path.write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="description"):
        parse_query_file(path)
    with pytest.raises(QueryError, match="not a variable"):
        parse_query_text("bad", "# Bad.\n# param: a-b  x\nSELECT * {}")


# -- exact rows ------------------------------------------------------------------------------

TITLES = {"s001-06": FSMOE, "s000-11": FA2, "s000-33": JRT, "s003-lean": LEAN}


def test_who_beats_whom(store: ox.Store) -> None:
    result = run_query(store, load_query("who-beats-whom"))
    assert result.columns == [
        "subject",
        "baseline",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "metric",
        "context",
        "paper",
        "paper_title",
    ]
    expected = [
        ("FlashAttention-2", "FlashAttention", 2.0, None, "x", "approx", "speedup", "A100",
         "s000-11"),
        ("FSMoE", "DeepSpeed-MoE", 1.19, 3.01, "x", None, "speedup", GPT_CONTEXT, "s001-06"),
        ("FSMoE", "DeepSpeed-MoE", 1.18, 1.22, "x", None, "speedup", "1458 MoE layers",
         "s001-06"),
        ("FSMoE", "Tutel", 1.19, 3.01, "x", None, "speedup", GPT_CONTEXT, "s001-06"),
        ("FSMoE", "Tutel", 1.18, 1.22, "x", None, "speedup", "1458 MoE layers", "s001-06"),
        ("JRT-Prompt", "FlashAttention-2", 11.9, None, "x", None, "throughput", JRT_CONTEXT,
         "s000-33"),
        # written "FA2" in the abstract: the alias table makes it FlashAttention-2
        ("JRT-RNN", "FlashAttention-2", 19.2, None, "x", None, "throughput", "prefill",
         "s000-33"),
        ("LeanAttention", "FlashAttention-2", 8.33, None, "x", "up_to", "speedup",
         "512k context lengths", "s003-lean"),
        ("LeanAttention", "FlashAttention-2", 2.6, None, "x", "average", "speedup", None,
         "s003-lean"),
    ]  # fmt: skip
    assert result.rows == [(*row, TITLES[str(row[-1])]) for row in expected]


def test_who_beats_whom_by_metric(store: ox.Store) -> None:
    query = load_query("who-beats-whom")
    rows = run_query(store, query, {"metric": "Throughput "}).rows
    assert [(r[0], r[1], r[2], r[6]) for r in rows] == [
        ("JRT-Prompt", "FlashAttention-2", 11.9, "throughput"),
        ("JRT-RNN", "FlashAttention-2", 19.2, "throughput"),
    ]
    assert run_query(store, query, {"metric": "memory"}).rows == []
    with pytest.raises(QueryError, match="unknown metric 'bogus'; known metrics: speedup"):
        run_query(store, query, {"metric": "bogus"})


def test_beaten_by(store: ox.Store) -> None:
    query = load_query("beaten-by")
    result = run_query(store, query, {"system": "fa2"})
    assert result.columns[:3] == ["winner", "baseline", "value"]
    assert result.columns[-1] == "system"
    assert [(r[0], r[1], r[2], r[6], r[-1]) for r in result.rows] == [
        ("LeanAttention", "FlashAttention-2", 8.33, "speedup", "flashattention2"),
        ("LeanAttention", "FlashAttention-2", 2.6, "speedup", "flashattention2"),
        ("JRT-RNN", "FlashAttention-2", 19.2, "throughput", "flashattention2"),
        ("JRT-Prompt", "FlashAttention-2", 11.9, "throughput", "flashattention2"),
    ]
    tutel = run_query(store, query, {"system": "TUTEL"}).rows
    assert [(r[0], r[2], r[3]) for r in tutel] == [("FSMoE", 1.19, 3.01), ("FSMoE", 1.18, 1.22)]


def test_claims_about(store: ox.Store) -> None:
    result = run_query(store, load_query("claims-about"), {"system": "FlashAttention 2"})
    by_column = result.to_dicts()
    assert [
        (d["role"], d["subject"], d["baseline"], d["value"], d["paper"]) for d in by_column
    ] == [
        ("subject", "FlashAttention-2", "FlashAttention", 2.0, "s000-11"),
        ("baseline", "JRT-Prompt", "FlashAttention-2", 11.9, "s000-33"),
        ("baseline", "JRT-RNN", "FA2", 19.2, "s000-33"),
        # one sentence, two claims: the larger first
        ("baseline", "LeanAttention", "FlashAttention-2", 8.33, "s003-lean"),
        ("baseline", "LeanAttention", "FlashAttention-2", 2.6, "s003-lean"),
    ]
    first = by_column[0]
    assert first["sentence"] == FA2_SENTENCE
    assert first["paper_title"] == FA2
    assert first["paper_date"] == "2023-07-17"
    assert first["baseline_kind"] == "named"
    assert first["qualifier"] == "approx"
    assert first["context"] == "A100"
    assert by_column[-1]["paper_date"] is None  # the Lean Attention entry has no date


def test_top_claims(store: ox.Store) -> None:
    result = run_query(store, load_query("top-claims"), {"metric": "throughput"})
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in result.rows] == [
        ("throughput", "x", 2, "JRT-Prompt", 11.9),
        ("throughput", "x", 1, "JRT-RNN", 19.2),
    ][::-1]
    speedup = run_query(store, load_query("top-claims"), {"metric": "speedup"}).rows
    assert [(r[2], r[3], r[5]) for r in speedup] == [
        (1, "LeanAttention", 8.33),
        (2, "LeanAttention", 2.6),
        (3, "FlashAttention", 2.0),  # dense rank: equal values share it
        (3, "FlashAttention-2", 2.0),
        (4, "FSMoE", 1.42),
        (5, "FSMoE", 1.19),
        (5, "FSMoE", 1.19),
    ]
    everything = run_query(store, load_query("top-claims")).rows
    assert {r[0] for r in everything} == {"speedup", "throughput"}
    assert all(isinstance(r[2], int) and 1 <= r[2] <= 5 for r in everything)


def test_systems(store: ox.Store) -> None:
    result = run_query(store, load_query("systems"))
    assert result.columns == ["label", "key", "claims", "as_subject", "as_baseline", "papers"]
    assert result.rows == [
        ("FlashAttention-2", "flashattention2", 5, 1, 4, 3),
        ("FSMoE", "fsmoe", 5, 5, 0, 1),
        ("DeepSpeed-MoE", "deepspeedmoe", 2, 0, 2, 1),
        ("FlashAttention", "flashattention", 2, 1, 1, 1),
        ("LeanAttention", "leanattention", 2, 2, 0, 1),
        ("Tutel", "tutel", 2, 0, 2, 1),
        ("JRT-Prompt", "jrtprompt", 1, 1, 0, 1),
        ("JRT-RNN", "jrtrnn", 1, 1, 0, 1),
    ]


def test_system_names(store: ox.Store) -> None:
    rows = run_query(store, load_query("system-names")).rows
    fa2 = [(kind, name) for key, kind, name in rows if key == "flashattention2"]
    assert ("label", "FlashAttention-2") in fa2
    assert ("alt", "FA2") in fa2


def test_papers(store: ox.Store) -> None:
    rows = run_query(store, load_query("papers")).rows
    assert rows == [
        ("s001-06", FSMOE, "--01-18", 5),
        ("s000-11", FA2, "2023-07-17", 2),
        ("s000-33", JRT, "2024-07-07", 2),
        ("s003-lean", LEAN, None, 2),
    ]


# -- parameters and errors -------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("query_name", ["claims-about", "beaten-by"])
def test_hostile_names_are_just_names(mem_store: ox.Store, query_name: str, name: str) -> None:
    before = store_dump(mem_store)
    result = run_query(mem_store, load_query(query_name), {"system": name})
    assert result.rows == []
    assert store_dump(mem_store) == before


def test_missing_and_unknown_params(mem_store: ox.Store) -> None:
    query = load_query("claims-about")
    with pytest.raises(QueryError, match="needs parameter 'system'"):
        run_query(mem_store, query)
    with pytest.raises(QueryError, match="unknown parameter 'sytem' for query 'claims-about'"):
        run_query(mem_store, query, {"system": "x", "sytem": "y"})
    with pytest.raises(QueryError, match="takes: no parameters"):
        run_query(mem_store, load_query("systems"), {"system": "x"})


def test_syntax_error_is_one_line(mem_store: ox.Store) -> None:
    with pytest.raises(QueryError) as info:
        run_query(mem_store, "# Broken.\nSELECT ?s WHERE { ?s ?p }")
    assert str(info.value).startswith("invalid SPARQL in query 'query':")
    assert "\n" not in str(info.value)


def test_updates_are_refused(mem_store: ox.Store) -> None:
    before = store_dump(mem_store)
    with pytest.raises(QueryError):
        run_query(mem_store, "DELETE WHERE { ?s ?p ?o }")
    assert store_dump(mem_store) == before


def test_ad_hoc_queries_see_the_union_graph(mem_store: ox.Store) -> None:
    text = (
        "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n"
        "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }"
    )
    assert run_query(mem_store, text).rows == [(11,)]
    ask = run_query(mem_store, "ASK { ?s <https://w3id.org/claimgraph/ns#beats> ?o }")
    assert ask.columns == ["result"] and ask.rows == [(True,)]
    construct = run_query(
        mem_store,
        "CONSTRUCT { ?s <urn:x> ?o } WHERE { ?s <https://w3id.org/claimgraph/ns#beats> ?o }",
    )
    assert construct.columns == ["subject", "predicate", "object"]
    assert len(construct.rows) == 6  # a CONSTRUCT is a set: Lean's two claims give one edge


def test_term_values_are_plain_python(mem_store: ox.Store) -> None:
    text = (
        "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n"
        "SELECT ?claim ?start ?value ?unit ?blank WHERE { ?claim cg:sentenceStart ?start ; "
        "cg:value ?value ; cg:unit ?unit . BIND(BNODE() AS ?blank) } LIMIT 1"
    )
    claim, start, value, unit, blank = run_query(mem_store, text).rows[0]
    assert isinstance(claim, str) and claim.startswith("https://w3id.org/claimgraph/id/claim/")
    assert isinstance(start, int) and not isinstance(start, bool)
    assert isinstance(value, float)
    assert unit in {"x", "%"}
    assert isinstance(blank, str) and blank.startswith("_:")


def test_query_result_renders_in_every_format(mem_store: ox.Store) -> None:
    result = run_query(mem_store, load_query("who-beats-whom"), {"metric": "throughput"})
    table = render(result, "table")
    assert "JRT-Prompt" in table and "11.9" in table and "subject" in table
    csv_text = render(result, "csv")
    lines = csv_text.splitlines()
    assert lines[0] == ",".join(result.columns)
    assert lines[1].startswith("JRT-Prompt,FlashAttention-2,11.9,,x,,throughput,")
    assert f'"{JRT_CONTEXT}"' in lines[1]  # has commas: quoted
    data = json.loads(render(result, "json"))
    assert data[0]["subject"] == "JRT-Prompt"
    assert data[0]["value"] == 11.9 and data[0]["value_max"] is None
    assert list(data[0]) == result.columns


def test_render_empty_and_bad_format() -> None:
    empty = QueryResult(columns=["a", "b"], rows=[])
    assert json.loads(render(empty, "json")) == []
    assert render(empty, "csv").splitlines() == ["a,b"]
    assert "a" in render(empty, "table")
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        render(empty, "xml")  # type: ignore[arg-type]


def test_rendering_keeps_markup_and_newlines_literal() -> None:
    result = QueryResult(columns=["name"], rows=[("[bold]x[/bold]\ny",), (None,)])
    table = render(result, "table")
    assert "[bold]x[/bold]" in table
    assert json.loads(render(result, "json")) == [{"name": "[bold]x[/bold]\ny"}, {"name": None}]
    assert render(result, "csv") == 'name\n"[bold]x[/bold]\ny"\n""\n'


def test_queries_and_lookup_do_not_import_spacy() -> None:
    code = (
        "import sys\n"
        "import claimgraph.queries, claimgraph.lookup, claimgraph.graph, claimgraph.output\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- a query reaches no other machine, and FROM chooses the graphs


def test_service_is_refused_and_nothing_reaches_the_listener(
    mem_store: ox.Store, listener: tuple[int, list[bytes]]
) -> None:
    port, received = listener
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError, match="--allow-federation"):
        run_query(mem_store, text)
    assert received == []


def test_service_reaches_the_listener_when_allowed(
    mem_store: ox.Store, listener: tuple[int, list[bytes]]
) -> None:
    # the test above can see a request: with federation on, one arrives
    port, received = listener
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError):
        run_query(mem_store, text, allow_federation=True)
    assert received and received[0].startswith((b"GET", b"POST"))


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { # c\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "PREFIX e: <urn:e> SELECT * WHERE { BIND(e:a\\# AS ?z) "
        "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { BIND(<http://x/\\u0041'> AS ?z) "
        "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } #'",
    ],
)
def test_service_hidden_by_escapes_and_comments_is_still_refused(
    mem_store: ox.Store, text: str
) -> None:
    # found wherever the word stands: a lexer of our own can be fooled
    with pytest.raises(QueryError, match="--allow-federation"):
        run_query(mem_store, text)


def test_from_chooses_the_default_graph(mem_store: ox.Store) -> None:
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
    everything = run_query(mem_store, count.format("")).rows[0][0]
    assert run_query(mem_store, count.format("FROM <urn:none>")).rows == [(0,)]
    graph = next(iter(mem_store.named_graphs()))
    in_graph = len(list(mem_store.quads_for_pattern(None, None, None, graph)))
    assert run_query(mem_store, count.format(f"FROM <{graph.value}>")).rows == [(in_graph,)]
    assert 0 < in_graph < everything


def test_query_command_refuses_service_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimgraph.cli import cli

    store = tmp_path / "store"
    writer = fill_store(ox.Store(str(store)))
    del writer  # closed: the command opens the store read-only
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = CliRunner().invoke(cli, ["query", "-e", text, "--store", str(store)])
    assert result.exit_code == 1
    assert "--allow-federation" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
