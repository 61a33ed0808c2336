"""Pictures: the comparison graph and the leaderboards drawn by matplotlib (SVG text is kept
as text, so what a picture says can be read back)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.graph import comparison_graph, edge_label
from claimgraph.pictures import _pack, draw_graph, draw_leaderboards
from claimgraph.reasoning import leaderboards, rank


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pictures") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def svg_texts(path: Path) -> list[str]:
    """Every text of an SVG that matplotlib wrote with its text kept as text."""
    body = path.read_text(encoding="utf-8")
    return [unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", body, re.S)]


def test_full_graph_labels_every_linked_system_and_every_claim(store: Path, tmp_path: Path) -> None:
    graph = comparison_graph(ox.Store.read_only(str(store)))
    picture_path = tmp_path / "graph.svg"
    picture = draw_graph(graph, picture_path, "svg")
    linked = {n for u, v in graph.edges() if u != v for n in (u, v)}
    undirected = nx.Graph((u, v) for u, v in graph.edges() if u != v)
    assert (picture.systems, picture.claims) == (len(linked), 68)
    assert picture.components == nx.number_connected_components(undirected) == 26
    assert picture.isolated == graph.number_of_nodes() - len(linked)
    texts = svg_texts(picture_path)
    lines = {line for text in texts for line in text.split("\n")}
    labels = {graph.nodes[n]["label"] for n in linked}
    assert labels <= lines  # every system with an edge is named
    isolated = {graph.nodes[n]["label"] for n in graph if n not in linked} - labels
    assert not isolated & lines  # and the others are left out
    phrases = {edge_label(d) for _, _, d in graph.edges(data=True)}
    assert phrases <= lines  # every claim's value, in words
    assert any(
        t.startswith(f"claimgraph: {len(linked)} systems, 68 claims in 26 groups") for t in texts
    )


def test_a_picture_is_sized_to_what_it_holds(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", "--format", "png", "-o", str(tmp_path / "small.png"), "--system",
              "FSMoE", "--store", str(store)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"Wrote {tmp_path / 'small.png'}: 3 systems and 4 claims in 1 group.\n"
    )
    graph = comparison_graph(ox.Store.read_only(str(store)))
    small = draw_graph(
        nx.MultiDiGraph(graph.subgraph(["fsmoe", "tutel"])), tmp_path / "s.png", "png"
    )
    full = draw_graph(graph, tmp_path / "full.png", "png")
    assert small.width_inches < full.width_inches and small.height_inches < full.height_inches
    assert (tmp_path / "full.png").read_bytes()[:4] == b"\x89PNG"


def test_components_are_packed_largest_first_within_max_systems(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    for a, b in [
        ("a", "b"),
        ("b", "c"),
        ("c", "d"),
        ("d", "e"),
        ("x", "y"),
        ("y", "z"),
        ("p", "q"),
    ]:
        graph.add_edge(a, b, value=2.0, unit="x", metric="speedup")
    graph.add_nodes_from(["lonely", "alone"])
    picture = draw_graph(graph, tmp_path / "g.svg", "svg", max_systems=8)
    assert (picture.systems, picture.components, picture.claims) == (8, 2, 6)
    assert (picture.systems_left_out, picture.isolated) == (2, 2)
    lines = {line for t in svg_texts(tmp_path / "g.svg") for line in t.split("\n")}
    assert {"a", "e", "x", "z"} <= lines and not {"p", "q", "lonely"} & lines


def test_packing_never_overlaps() -> None:
    boxes = [(5.0, 3.0), (2.0, 2.0), (1.0, 0.0), (1.0, 0.0), (3.0, 1.0), (1.0, 0.0)]
    corners, width, height = _pack(boxes, margin=0.5)
    placed = [(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, boxes, strict=True)]
    for i, a in enumerate(placed):
        assert a[2] <= width + 1e-9 and a[3] <= height + 1e-9
        for b in placed[i + 1 :]:
            apart = (
                a[2] + 0.5 <= b[0] or b[2] + 0.5 <= a[0] or a[3] + 0.5 <= b[1] or b[3] + 0.5 <= a[1]
            )
            assert apart, (a, b)


def test_leaderboard_chart(store: Path, tmp_path: Path) -> None:
    chart = tmp_path / "boards.svg"
    result = CliRunner().invoke(
        cli, ["rank", "--metric", "speedup", "--chart", str(chart), "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Wrote {chart}: 3 leaderboards.\n"
    texts = svg_texts(chart)
    assert "speedup — group 1 (4 systems): factor over the weakest" in texts
    assert "2.73x faster · 4 claims (4 won, 0 lost)" in texts
    assert "the base (1x) · 2 claims (0 won, 2 lost)" in texts  # Fairseq
    assert {"FSMoE", "DeepSpeed-MoE", "Tutel", "Fairseq", "LeanAttention"} <= set(texts)
    boards = leaderboards(rank(ox.Store.read_only(str(store))))
    assert [(b.metric, b.total) for b in boards][:3] == [
        ("speedup", 4),
        ("speedup", 3),
        ("speedup", 3),
    ]
    assert draw_leaderboards(boards, tmp_path / "all.png", "png", max_boards=2) == 2
    with pytest.raises(ValueError, match="no leaderboard to draw"):
        draw_leaderboards([], tmp_path / "none.png", "png")


def test_a_chart_must_be_svg_or_png(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["rank", "--chart", str(tmp_path / "x.jpg"), "--store", str(store)]
    )
    assert result.exit_code == 2
    assert "the chart is an .svg or a .png file" in result.stderr
