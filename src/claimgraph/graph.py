"""The comparison graph: systems as nodes, one edge per claim against a named baseline.

An edge goes from the subject (the winner) to the baseline.  Nodes are keyed by the
system key (``names.name_key``); edges by the claim IRI.  Attribute values are
strings and numbers only, and a missing value is left out rather than written as
``None`` (the GraphML and GEXF writers fail on ``None``).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any, Literal, cast, get_args

import networkx as nx
import pyoxigraph as ox

from claimgraph.phrasing import claim_phrase
from claimgraph.queries import Value, claim_numbers, load_query, run_query

__all__ = [
    "GRAPH_FORMATS",
    "GraphFormat",
    "comparison_graph",
    "edge_label",
    "graph_text",
    "neighbourhood",
    "to_dot",
    "write_graph",
]

GraphFormat = Literal["graphml", "gexf", "json", "dot"]
GRAPH_FORMATS: tuple[str, ...] = get_args(GraphFormat)

_EDGE_ATTRIBUTES = (
    "value",
    "value_max",
    "unit",
    "qualifier",
    "metric",
    "context",
    "paper",
    "paper_title",
    "sentence",
)


def _present(values: Mapping[str, Value]) -> dict[str, Any]:
    """Attributes with a value; text without the characters GraphML and GEXF (XML 1.0)
    cannot hold, so that networkx and Gephi can read the export back."""
    return {
        name: _XML_INVALID.sub("", value) if isinstance(value, str) else value
        for name, value in values.items()
        if value is not None
    }


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def comparison_graph(store: ox.Store) -> nx.MultiDiGraph:
    """Every system of the store, and one edge per named-baseline claim, subject -> baseline.

    Node attributes: ``label``, ``claims`` (claims it takes part in), ``papers``.
    Edge attributes: ``value``, ``unit``, ``metric``, ``paper``, ``paper_title``,
    ``sentence`` and, when the claim has them, ``value_max``, ``qualifier``, ``context``.
    """
    graph = nx.MultiDiGraph(name="claimgraph")
    for row in run_query(store, load_query("systems")).to_dicts():
        graph.add_node(
            str(row["key"]),
            **_present({"label": row["label"], "claims": row["claims"], "papers": row["papers"]}),
        )
    for row in run_query(store, load_query("comparison-edges")).to_dicts():
        if claim_numbers(row, row["claim"]) is None:
            continue
        source, target = str(row["source"]), str(row["target"])
        for node in (source, target):  # present already, unless the store is inconsistent
            if node not in graph:
                graph.add_node(node, label=node, claims=0, papers=0)
        graph.add_edge(
            source,
            target,
            key=str(row["claim"]),
            **_present({name: row[name] for name in _EDGE_ATTRIBUTES}),
        )
    return graph


# -- DOT -------------------------------------------------------------------------------------


def _dot_string(value: object) -> str:
    """A DOT quoted string: backslash, quote and line breaks escaped."""
    text = str(value)
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    return f'"{text}"'


def _dot_attributes(attributes: Mapping[str, Any]) -> str:
    # Numbers are quoted too: DOT numerals have no exponent ("1e+20").
    parts = [
        f"{_dot_string(name)}={_dot_string(repr(value) if isinstance(value, float) else value)}"
        for name, value in attributes.items()
        if value is not None
    ]
    return " [" + ", ".join(parts) + "]" if parts else ""


def edge_label(data: Mapping[str, Any]) -> str:
    """A claim edge in words, as every picture and page shows it: "1.18-1.22x faster"."""
    value = data.get("value")
    if not isinstance(value, int | float):
        return str(data.get("metric", ""))
    high = data.get("value_max")
    qualifier = data.get("qualifier")
    return claim_phrase(
        float(value),
        float(high) if isinstance(high, int | float) else None,
        str(data.get("unit", "")),
        None if qualifier is None else str(qualifier),
        str(data.get("metric", "other")),
    )


def to_dot(graph: nx.MultiDiGraph, name: str = "claimgraph") -> str:
    """The graph in Graphviz DOT, every identifier and value quoted and escaped.

    Edges get a ``label`` such as ``1.18-1.22x faster``; the other attributes are
    written as they are (Graphviz keeps unknown attributes).
    """
    lines = [f"digraph {_dot_string(name)} {{"]
    for node, data in graph.nodes(data=True):
        lines.append(f"  {_dot_string(node)}{_dot_attributes(data)};")
    for source, target, key, data in graph.edges(keys=True, data=True):
        attributes = {"label": edge_label(data), "key": key, **data}
        edge = f"{_dot_string(source)} -> {_dot_string(target)}"
        lines.append(f"  {edge}{_dot_attributes(attributes)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- all formats -----------------------------------------------------------------------------


def _lines(chunks: Iterable[str]) -> str:
    return "\n".join(chunks) + "\n"


def graph_text(graph: nx.MultiDiGraph, fmt: GraphFormat) -> str:
    """The graph serialised as ``graphml``, ``gexf``, ``json`` (node-link) or ``dot``."""
    if fmt == "graphml":
        return _lines(nx.generate_graphml(graph))
    if fmt == "gexf":
        return _lines(nx.generate_gexf(graph))
    if fmt == "json":
        data = nx.node_link_data(graph, edges="links")
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "dot":
        return to_dot(graph)
    raise ValueError(f"unknown graph format {fmt!r}; expected one of {', '.join(GRAPH_FORMATS)}")


def write_graph(
    graph: nx.MultiDiGraph,
    fmt: GraphFormat,
    stream_or_path: str | Path | IO[str] | IO[bytes],
) -> None:
    """Write the graph in ``fmt`` to a path or an open text or binary stream (UTF-8)."""
    text = graph_text(graph, fmt)
    if isinstance(stream_or_path, str | Path):
        Path(stream_or_path).write_text(text, encoding="utf-8")
    elif isinstance(stream_or_path, io.TextIOBase):
        stream_or_path.write(text)
    else:
        try:
            cast(IO[bytes], stream_or_path).write(text.encode("utf-8"))
        except TypeError:  # a text stream that is not an io.TextIOBase
            cast(IO[str], stream_or_path).write(text)


# -- neighbourhood and pictures ----------------------------------------------------------------


def neighbourhood(graph: nx.MultiDiGraph, key: str, depth: int = 1) -> nx.MultiDiGraph:
    """The systems within ``depth`` claims of ``key`` (either direction), with their claims."""
    if key not in graph:
        raise KeyError(key)
    nearby = nx.ego_graph(graph, key, radius=depth, undirected=True)
    return nx.MultiDiGraph(nearby)
