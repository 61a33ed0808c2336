"""The comparison graph as one self-contained interactive HTML page.

The page is ``static/page.html`` with the vendored Cytoscape.js library
(``static/cytoscape.min.js``, see ``static/README.md``) and the graph data inlined, so
it opens from disk with no network.  Systems are nodes sized by the claims they take
part in; each claim is an arrow from subject to baseline labelled with its value and
coloured by metric; the page filters by metric and paper date and shows a node's or
an edge's claims, with sentence and paper title, when clicked.

The page's script exposes ``window.claimgraph`` for tests and scripting: ``ready`` (the
layout is done), ``layoutMs``, ``cy`` (the Cytoscape instance), ``nodeCount()``,
``edgeCount()``, ``visibleNodeCount()``, ``visibleEdgeCount()``, ``metrics()``,
``selectNode(key)``, ``selectEdge(index)``, ``nodePosition(key)`` (page coordinates, for a
real click), ``panelText()``, ``setMetrics(names)`` and ``setDates(from, to, noYear,
undated)``.

Date filter: a ``YYYY-MM-DD`` paper is shown when inside the from-to range; a ``--MM-DD``
paper (no year) cannot be placed in a range and is shown while "papers with no year" is
ticked; an undated paper while "undated papers" is ticked.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import networkx as nx
import pyoxigraph as ox

from claimgraph.graph import comparison_graph, edge_label
from claimgraph.phrasing import claim_phrase, readable_date
from claimgraph.queries import load_query, run_query
from claimgraph.reasoning import Leaderboard, leaderboards, rank
from claimgraph.records import METRICS

__all__ = ["METRIC_COLOURS", "graph_html", "paper_dates", "script_json", "store_html"]

METRIC_COLOURS: dict[str, str] = {
    "speedup": "#1f77b4",
    "throughput": "#2ca02c",
    "latency": "#ff7f0e",
    "memory": "#9467bd",
    "communication": "#8c564b",
    "cost": "#e377c2",
    "compute": "#17becf",
    "parameters": "#bcbd22",
    "accuracy": "#d62728",
    "other": "#7f7f7f",
}
"""The edge colour of each metric of ``records.METRICS``; the legend shows them."""

_EXTRA_COLOURS = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NO_YEAR = re.compile(r"--\d{2}-\d{2}")
_PLACEHOLDER = re.compile(r"/\*@@(TITLE|CYTOSCAPE|GRAPH_DATA)@@\*/")
# Characters that must not appear raw in JSON inside a <script> element: "<" ends it
# ("</script>", "<!--"), and U+2028/U+2029 end a line in older JavaScript.
_SCRIPT_UNSAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def _static(name: str) -> str:
    return resources.files("claimgraph").joinpath("static", name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """``data`` as JSON that is safe to put inside an HTML ``<script>`` element."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False).translate(_SCRIPT_UNSAFE)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _date(value: object, paper: str) -> str | None:
    if value is None or value == "":
        return None
    text = str(value)
    if _FULL_DATE.fullmatch(text) or _NO_YEAR.fullmatch(text):
        return text
    raise ValueError(f"paper {paper!r}: date {text!r} is neither YYYY-MM-DD nor --MM-DD")


def _colours(metrics: list[str]) -> dict[str, str]:
    extra = iter(_EXTRA_COLOURS)
    return {m: METRIC_COLOURS.get(m) or next(extra, "#555555") for m in metrics}


def _page_data(graph: nx.MultiDiGraph, dates: Mapping[str, str], title: str) -> dict[str, Any]:
    index: dict[Any, str] = {}
    nodes = []
    for i, (node, data) in enumerate(graph.nodes(data=True)):
        index[node] = f"n{i}"
        claims = _number(data.get("claims"))
        nodes.append(
            {
                "id": f"n{i}",
                "key": str(node),
                "label": str(data.get("label", node)),
                "claims": int(claims) if claims is not None else graph.degree(node),
                "papers": int(_number(data.get("papers")) or 0),
            }
        )
    papers: dict[str, dict[str, str | None]] = {}
    edges = []
    for i, (source, target, key, data) in enumerate(graph.edges(keys=True, data=True)):
        paper = str(data.get("paper", ""))
        if paper not in papers:
            date = data.get("paper_date", dates.get(paper))
            known = _date(date, paper)
            papers[paper] = {
                "title": str(data.get("paper_title", "")),
                "date": known,
                "shown": None if known is None else readable_date(known),
            }
        edge: dict[str, Any] = {
            "id": f"e{i}",
            "claim": str(key),
            "source": index[source],
            "target": index[target],
            "label": edge_label(data),
            "metric": str(data.get("metric", "other")),
            "paper": paper,
        }
        for name in ("value", "value_max"):
            number = _number(data.get(name))
            if number is not None:
                edge[name] = number
        for name in ("unit", "qualifier", "context", "sentence"):
            if data.get(name) is not None:
                edge[name] = str(data[name])
        edges.append(edge)
    used = {str(e["metric"]) for e in edges}
    metrics = [m for m in METRICS if m in used] + sorted(used - set(METRICS))
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "papers": papers,
        "metrics": metrics,
        "colours": _colours(metrics),
    }


def graph_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "claimgraph",
    paper_dates: Mapping[str, str] | None = None,
    leaderboards: Sequence[Leaderboard] = (),
) -> str:
    """The graph (``graph.comparison_graph``) as one self-contained HTML page.

    A paper's date, for the date filter, is the edge attribute ``paper_date`` when the
    graph has it, else ``paper_dates[paper id]``: ``YYYY-MM-DD``, or ``--MM-DD`` when the
    year is unknown.  A malformed date raises ``ValueError``.  ``leaderboards`` (from
    :func:`claimgraph.reasoning.leaderboards`) are shown as bar charts on request.
    """
    library = _static("cytoscape.min.js")
    if re.search(r"</script|<!--", library, re.IGNORECASE):  # would end the inline script
        raise ValueError("the vendored cytoscape.min.js cannot be inlined in a <script>")
    data = _page_data(graph, paper_dates or {}, title)
    data["leaderboards"] = [_board_data(board) for board in leaderboards]
    fills = {
        "TITLE": html.escape(title),
        "CYTOSCAPE": library,
        "GRAPH_DATA": script_json(data),
    }
    # One pass: text put in (the library, the data) is never searched for placeholders.
    return _PLACEHOLDER.sub(lambda m: fills[m.group(1)], _static("page.html"))


def _board_data(board: Leaderboard) -> dict[str, Any]:
    return {
        "metric": board.metric,
        "component": board.component,
        "total": board.total,
        "systems": [
            {
                "key": s.key,
                "label": s.label,
                "factor": round(s.factor, 4),
                "phrase": "the base (1x)"
                if s.score == 0
                else claim_phrase(float(f"{s.factor:.3g}"), None, "x", None, s.metric),
                "claims": s.claims,
                "wins": s.wins,
                "losses": s.losses,
            }
            for s in board.systems
        ],
    }


def paper_dates(store: ox.Store) -> dict[str, str]:
    """Each dated paper of the store: paper id -> ``YYYY-MM-DD`` or ``--MM-DD``."""
    rows = run_query(store, load_query("papers")).to_dicts()
    return {str(row["paper"]): str(row["date"]) for row in rows if row["date"] is not None}


def store_html(store: ox.Store, *, title: str = "claimgraph") -> str:
    """The store's comparison graph as an HTML page, with the papers' dates and leaderboards."""
    return graph_html(
        comparison_graph(store),
        title=title,
        paper_dates=paper_dates(store),
        leaderboards=leaderboards(rank(store)),
    )
