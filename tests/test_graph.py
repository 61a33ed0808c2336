"""``claimgraph.graph``: the comparison graph, and every export format read back."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import GPT_CONTEXT

from claimgraph.graph import GRAPH_FORMATS, GraphFormat, comparison_graph, graph_text, write_graph
from claimgraph.rdf import paper_quads
from claimgraph.records import Claim, Paper, PaperClaims

# Not from the corpus: names and values that DOT, XML and JSON have to escape.
ODD_SUBJECT = 'Sys "Q" \\ R\\'
ODD_BASELINE = "X{y}; z -> w <b>&amp; 模型"
ODD_CONTEXT = "line one\nline two\t\\n"
ODD_SENTENCE = f"{ODD_SUBJECT} is 1e+20 times faster than {ODD_BASELINE} on {ODD_CONTEXT}."


def odd_paper() -> PaperClaims:
    abstract = f"Intro. {ODD_SENTENCE}"
    start = abstract.index(ODD_SENTENCE)
    claim = Claim(
        paper='odd/1 "x"',
        subject=ODD_SUBJECT,
        baseline=ODD_BASELINE,
        baseline_kind="named",
        value=1e20,
        value_max=None,
        unit="x",
        qualifier="at_least",
        metric="other",
        context=ODD_CONTEXT,
        sentence=ODD_SENTENCE,
        start=start,
        end=start + len(ODD_SENTENCE),
    )
    paper = Paper(id='odd/1 "x"', title='An <odd> & "quoted" title', abstract=abstract)
    return PaperClaims(paper=paper, claims=[claim])


@pytest.fixture
def graph(mem_store: ox.Store) -> nx.MultiDiGraph:
    store = mem_store
    store.extend(paper_quads(odd_paper()))
    return comparison_graph(store)


def test_nodes_and_edges(mem_store: ox.Store) -> None:
    graph = comparison_graph(mem_store)
    assert isinstance(graph, nx.MultiDiGraph)
    assert sorted(graph.nodes) == [
        "deepspeedmoe",
        "flashattention",
        "flashattention2",
        "fsmoe",
        "jrtprompt",
        "jrtrnn",
        "leanattention",
        "tutel",
    ]
    assert graph.nodes["flashattention2"] == {"label": "FlashAttention-2", "claims": 5, "papers": 3}
    # one edge per named-baseline claim; the generic ones ("existing implementations") are not edges
    assert graph.number_of_edges() == 9
    assert graph.number_of_edges("fsmoe", "tutel") == 2
    assert graph.number_of_edges("jrtrnn", "flashattention2") == 1  # "FA2" in the paper
    assert graph.number_of_edges("flashattention2", "jrtrnn") == 0
    wide = [d for _, _, d in graph.edges("fsmoe", data=True) if d.get("value_max") == 3.01]
    assert len(wide) == 2
    assert wide[0] | {"sentence": ""} == {
        "value": 1.19,
        "value_max": 3.01,
        "unit": "x",
        "metric": "speedup",
        "context": GPT_CONTEXT,
        "paper": "s001-06",
        "paper_title": (
            "FSMoE: A Flexible and Scalable Training System for Sparse Mixture-of-Experts Models"
        ),
        "sentence": "",
    }
    assert wide[0]["sentence"].startswith("Experimental results show that 1) our FSMoE")
    for _, _, key, data in graph.edges(keys=True, data=True):
        assert key.startswith("https://w3id.org/claimgraph/id/claim/")
        assert None not in data.values()
        assert {"value", "unit", "metric", "paper", "paper_title", "sentence"} <= set(data)
    lean = graph.get_edge_data("leanattention", "flashattention2")
    assert sorted((d["value"], d.get("qualifier"), d.get("context")) for d in lean.values()) == [
        (2.6, "average", None),
        (8.33, "up_to", "512k context lengths"),
    ]
    assert "context" not in min(lean.values(), key=lambda d: d["value"])


def test_empty_store() -> None:
    graph = comparison_graph(ox.Store())
    assert graph.number_of_nodes() == 0
    for fmt in GRAPH_FORMATS:
        assert graph_text(graph, fmt)  # type: ignore[arg-type]


# -- reading the formats back ----------------------------------------------------------------

_DOT_TOKEN = re.compile(
    r'\s*(?:"((?:[^"\\]|\\.)*)"|(->|[{}\[\];,=])|([A-Za-z_][A-Za-z0-9_]*))', re.S
)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], text, flags=re.S)


def parse_dot(text: str) -> nx.MultiDiGraph:
    """Just enough DOT for what ``to_dot`` writes: quoted ids, attribute lists, ``->``."""
    tokens: list[tuple[str, str]] = []
    position = 0
    while text[position:].strip():
        match = _DOT_TOKEN.match(text, position)
        assert match, f"cannot read DOT at {text[position : position + 40]!r}"
        quoted, punct, word = match.groups()
        if quoted is not None:
            tokens.append(("id", _unescape(quoted)))
        elif punct is not None:
            tokens.append(("punct", punct))
        else:
            tokens.append(("word", word))
        position = match.end()
    assert tokens[:3] == [("word", "digraph"), ("id", "claimgraph"), ("punct", "{")]
    assert tokens[-1] == ("punct", "}")
    graph = nx.MultiDiGraph()
    i = 3
    while tokens[i] != ("punct", "}"):
        kind, first = tokens[i]
        assert kind == "id"
        i += 1
        target = None
        if tokens[i] == ("punct", "->"):
            kind, target = tokens[i + 1]
            assert kind == "id"
            i += 2
        attributes: dict[str, str] = {}
        if tokens[i] == ("punct", "["):
            i += 1
            while tokens[i] != ("punct", "]"):
                (k_kind, name), eq, (v_kind, value) = tokens[i : i + 3]
                assert (k_kind, eq, v_kind) == ("id", ("punct", "="), "id")
                attributes[name] = value
                i += 3
                if tokens[i] == ("punct", ","):
                    i += 1
            i += 1
        assert tokens[i] == ("punct", ";")
        i += 1
        if target is None:
            graph.add_node(first, **attributes)
        else:
            key = attributes.pop("key")
            graph.add_edge(first, target, key=key, **attributes)
    return graph


def _as_text(data: dict[str, Any]) -> dict[str, str]:
    return {k: repr(v) if isinstance(v, float) else str(v) for k, v in data.items()}


def read_back(text: str, fmt: str) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    if fmt == "json":
        return nx.node_link_graph(json.loads(text), edges="links")
    return parse_dot(text)


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
def test_round_trip(graph: nx.MultiDiGraph, fmt: GraphFormat) -> None:
    back = read_back(graph_text(graph, fmt), fmt)
    assert isinstance(back, nx.MultiDiGraph)
    assert back.number_of_nodes() == graph.number_of_nodes() == 10
    assert back.number_of_edges() == graph.number_of_edges() == 10
    assert set(back.nodes) == set(graph.nodes)
    for node, data in graph.nodes(data=True):
        if fmt == "dot":  # DOT has no types: every value comes back as text
            assert back.nodes[node] == _as_text(data)
        else:
            assert back.nodes[node] == data
    for source, target, key, data in graph.edges(keys=True, data=True):
        got = dict(back.edges[source, target, key])
        if fmt == "gexf":
            got.pop("id")  # GEXF numbers its edges
        if fmt == "dot":
            assert got.pop("label")  # the drawn label, "1.18-1.22x faster"
            assert got == _as_text(data)
        else:
            assert got == data


def test_odd_names_survive(graph: nx.MultiDiGraph) -> None:
    odd = [d for _, _, d in graph.edges(data=True) if d["metric"] == "other"]
    assert len(odd) == 1
    assert odd[0]["context"] == ODD_CONTEXT and odd[0]["value"] == 1e20
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {ODD_SUBJECT, ODD_BASELINE} <= labels
    dot = graph_text(graph, "dot")
    assert '"label"="at least 1e+20x better"' in dot
    assert "\n" not in dot.split("Sys")[1].split(";")[0]  # the newline is escaped


def test_dot_edge_labels(mem_store: ox.Store) -> None:
    dot = graph_text(comparison_graph(mem_store), "dot")
    assert '"fsmoe" -> "tutel" ["label"="1.18-1.22x faster"' in dot
    assert '"jrtrnn" -> "flashattention2" ["label"="19.2x higher throughput"' in dot


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")
def test_graphviz_reads_dot(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.dot"
    write_graph(graph, "dot", path)
    run = subprocess.run(
        ["dot", "-Tsvg", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "<svg" in run.stdout


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
def test_write_graph_to_path_and_streams(
    graph: nx.MultiDiGraph, fmt: GraphFormat, tmp_path: Path
) -> None:
    expected = graph_text(graph, fmt)
    path = tmp_path / f"graph.{fmt}"
    write_graph(graph, fmt, path)
    assert path.read_text(encoding="utf-8") == expected
    write_graph(graph, fmt, str(path))
    assert path.read_text(encoding="utf-8") == expected
    text = io.StringIO()
    write_graph(graph, fmt, text)
    assert text.getvalue() == expected
    binary = io.BytesIO()
    write_graph(graph, fmt, binary)
    assert binary.getvalue().decode("utf-8") == expected
    with path.open("wb") as handle:
        write_graph(graph, fmt, handle)
    assert read_back(path.read_text(encoding="utf-8"), fmt).number_of_edges() == 10


def test_unknown_format(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(ValueError, match="unknown graph format 'svg'"):
        graph_text(graph, "svg")  # type: ignore[arg-type]
