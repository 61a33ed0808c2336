"""Pictures (SVG or PNG, with matplotlib): the comparison graph and the leaderboards.

**The graph.**  Each connected component is laid out on its own (a force-directed layout
scaled so that a claim is about one unit long) and the components are packed in rows,
largest first, so no edge crosses the canvas between unrelated systems.  Every drawn
system is labelled, every claim carries its value in words ("up to 3x higher
throughput"; several claims between one pair are listed together), and the canvas is
sized to what it holds.  Systems without a claim against a named system have no edge to
draw and are left out (:attr:`GraphPicture.isolated` counts them).  A graph larger than
``max_systems`` (120) is drawn as its largest components up to that many systems (the rest is
counted in :attr:`GraphPicture.systems_left_out`): a picture of thousands of labelled
systems is not one anybody can read; ``--system NAME`` draws any neighbourhood.

**The leaderboards.**  One horizontal bar chart per :class:`~claimgraph.reasoning.Leaderboard`:
the fitted factor of each system over the weakest of its component (log scale, so the
weakest is at 1x), with the claims behind each bar written beside it.

Needs matplotlib (the ``plot`` extra); :class:`MissingExtraError` says so otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from claimgraph.graph import edge_label
from claimgraph.phrasing import claim_phrase, count
from claimgraph.reasoning import Leaderboard

__all__ = [
    "GraphPicture",
    "MissingExtraError",
    "PictureFormat",
    "draw_graph",
    "draw_leaderboards",
]

PictureFormat = Literal["svg", "png"]

_UNIT_INCHES = 1.9
"""How long a claim (an edge) is drawn: room for a label of about 25 characters."""
_MAX_INCHES = 60.0
"""The largest side of a picture (6,000 pixels at the PNG's 100 dpi)."""
_BEATS, _BASELINE = "#4c78a8", "#a0aab4"
_LABELS_PER_PAIR = 3


class MissingExtraError(RuntimeError):
    """An optional dependency that a picture needs is not installed."""


def pyplot() -> Any:
    """matplotlib's pyplot on the file-only Agg backend, or :class:`MissingExtraError`
    naming the extra that installs it."""
    try:
        import matplotlib
    except ImportError:
        raise MissingExtraError(
            "svg and png pictures need matplotlib, which is not installed: "
            "pip install 'claimgraph[plot]'"
        ) from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


@dataclass(frozen=True)
class GraphPicture:
    """What a drawn graph shows and what it leaves out."""

    systems: int
    claims: int
    components: int
    isolated: int
    """Systems without a claim against a named system: no edge to draw."""
    systems_left_out: int = 0
    """Systems of the smaller components past ``max_systems``."""
    width_inches: float = 0.0
    height_inches: float = 0.0


# -- layout ----------------------------------------------------------------------------------


def _component_layout(component: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Positions of one component, a claim about one unit long, the origin at its corner."""
    nodes = sorted(component.nodes, key=str)
    if len(nodes) == 1:
        raw = {nodes[0]: (0.0, 0.0)}
    elif len(nodes) == 2:
        raw = {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    else:
        layout = nx.spring_layout(component, seed=7, k=1.0 / math.sqrt(len(nodes)), iterations=300)
        lengths = sorted(math.dist(layout[u], layout[v]) for u, v in component.edges if u != v) or [
            1.0
        ]
        unit = lengths[len(lengths) // 2] or 1.0
        raw = {node: (float(x) / unit, float(y) / unit) for node, (x, y) in layout.items()}
        # a wide component lies along the x axis: labels are wide, pictures too
        xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
        if max(ys) - min(ys) > max(xs) - min(xs):
            raw = {node: (y, x) for node, (x, y) in raw.items()}
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    return {node: (x - min(xs), y - min(ys)) for node, (x, y) in raw.items()}


def _pack(
    boxes: Sequence[tuple[float, float]], margin: float
) -> tuple[list[tuple[float, float]], float, float]:
    """Shelf packing: boxes in the given order (largest first) in rows of a width that
    makes the whole about 4:3; returns each box's corner and the total size."""
    area = sum((w + margin) * (h + margin) for w, h in boxes)
    row_width = max(max(w for w, _ in boxes) + margin, math.sqrt(area * 4 / 3))
    corners: list[tuple[float, float]] = []
    x = y = row_height = width = 0.0
    for w, h in boxes:
        if x > 0 and x + w > row_width:
            y += row_height + margin
            x = row_height = 0.0
        corners.append((x, y))
        x += w + margin
        row_height = max(row_height, h)
        width = max(width, x - margin)
    return corners, width, y + row_height


def _drawn_components(graph: nx.MultiDiGraph, max_systems: int) -> tuple[list[nx.Graph], int]:
    """The components to draw (largest first) within ``max_systems`` systems, and the
    number of linked systems left out.  A first component larger than the limit keeps
    its most connected systems."""
    linked = nx.Graph()
    linked.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted(
        (linked.subgraph(c).copy() for c in nx.connected_components(linked)),
        key=lambda c: (-c.number_of_nodes(), min(map(str, c.nodes))),
    )
    drawn: list[nx.Graph] = []
    room = max_systems
    for component in components:
        size = component.number_of_nodes()
        if size <= room:
            drawn.append(component)
            room -= size
        elif not drawn:
            busiest = sorted(component.nodes, key=lambda n: (-component.degree(n), str(n)))
            kept = component.subgraph(busiest[:room])
            drawn.extend(  # a system cut off from the rest by the cut has no edge to draw
                kept.subgraph(c).copy()
                for c in sorted(nx.connected_components(kept), key=len, reverse=True)
                if len(c) > 1
            )
            room = 0
        if room <= 1:
            break
    left_out = linked.number_of_nodes() - sum(c.number_of_nodes() for c in drawn)
    return drawn, left_out


# -- drawing ---------------------------------------------------------------------------------


def draw_graph(
    graph: nx.MultiDiGraph,
    path: str | Path,
    fmt: PictureFormat,
    *,
    max_systems: int = 120,
    title: str = "claimgraph",
) -> GraphPicture:
    """Draw the comparison graph (see the module docstring) to ``path``; say what it shows."""
    plt = pyplot()
    from matplotlib.lines import Line2D

    from claimgraph.html_export import METRIC_COLOURS

    linked = {node for u, v in graph.edges() if u != v for node in (u, v)}
    isolated = graph.number_of_nodes() - len(linked)
    components, left_out = _drawn_components(graph, max_systems)
    layouts = [_component_layout(c) for c in components]
    boxes = [(max(x for x, _ in lay.values()), max(y for _, y in lay.values())) for lay in layouts]
    corners, width, height = _pack(boxes, margin=0.9) if boxes else ([], 0.0, 0.0)
    positions: dict[Any, tuple[float, float]] = {}
    for (cx, cy), layout in zip(corners, layouts, strict=True):
        positions.update({node: (cx + x, -(cy + y)) for node, (x, y) in layout.items()})

    scale = min(
        _UNIT_INCHES, _MAX_INCHES / max(width + 1.6, 1e-9), _MAX_INCHES / max(height + 1.2, 1e-9)
    )
    fig_w, fig_h = max(4.0, (width + 1.6) * scale), max(2.5, (height + 1.2) * scale + 0.6)
    figure = plt.figure(figsize=(fig_w, fig_h))
    axes = figure.add_axes((0, 0, 1, 1 - 0.6 / fig_h))
    try:
        axes.set_axis_off()
        axes.set_xlim(-0.8, width + 0.8)
        axes.set_ylim(-(height + 0.6), 0.6)
        drawn = graph.subgraph(positions)
        pairs: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
        for source, target, data in drawn.edges(data=True):
            if source != target:
                pairs.setdefault((source, target), []).append(data)
        claims = sum(len(v) for v in pairs.values())
        sizes = {
            n: 120 + 60 * math.sqrt(float(drawn.nodes[n].get("claims", 1) or 1)) for n in drawn
        }
        colours = {n: _BEATS if drawn.out_degree(n) else _BASELINE for n in drawn}
        nodes = list(positions)
        nx.draw_networkx_nodes(
            drawn, positions, nodelist=nodes, ax=axes, node_size=[sizes[n] for n in nodes],
            node_color=[colours[n] for n in nodes], edgecolors="white", linewidths=1.0,
        )  # fmt: skip
        used_metrics: set[str] = set()
        font = max(5.5, min(9.0, 9.0 * scale / _UNIT_INCHES))
        for (source, target), datas in pairs.items():
            metrics = {str(d.get("metric", "other")) for d in datas}
            used_metrics |= metrics
            colour = (
                METRIC_COLOURS.get(next(iter(metrics)), "#555555")
                if len(metrics) == 1
                else "#444444"
            )
            both_ways = (target, source) in pairs
            nx.draw_networkx_edges(
                drawn, positions, edgelist=[(source, target)], ax=axes, edge_color=colour,
                width=1.4, arrows=True, arrowstyle="-|>", arrowsize=11,
                node_size=[sizes[source], sizes[target]], nodelist=[source, target],
                connectionstyle="arc3,rad=0.18" if both_ways else "arc3",
            )  # fmt: skip
            phrases = [edge_label(d) for d in datas]
            if len(phrases) > _LABELS_PER_PAIR:
                extra = len(phrases) - _LABELS_PER_PAIR + 1
                phrases = [*phrases[: _LABELS_PER_PAIR - 1], f"+{count(extra, 'more claim')}"]
            # nearer the winner: baselines are the hubs, where labels would pile up
            (x1, y1), (x2, y2) = positions[source], positions[target]
            shift = 0.12 if both_ways else 0.0
            axes.text(
                x1 + 0.42 * (x2 - x1) - shift * (y2 - y1),
                y1 + 0.42 * (y2 - y1) + shift * (x2 - x1),
                "\n".join(phrases), fontsize=font * 0.82, color=colour, ha="center",
                va="center", zorder=4, linespacing=1.1,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
            )  # fmt: skip
        for node, (x, y) in positions.items():
            axes.text(
                x, y - 0.13, str(drawn.nodes[node].get("label", node)), fontsize=font,
                ha="center", va="top", zorder=5, color="#1a1a1a",
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
            )  # fmt: skip
        picture = GraphPicture(
            systems=len(positions),
            claims=claims,
            components=len(components),
            isolated=isolated,
            systems_left_out=left_out,
            width_inches=round(fig_w, 2),
            height_inches=round(fig_h, 2),
        )
        figure.suptitle(_caption(title, picture), fontsize=10, x=0.01, ha="left", y=0.995, va="top")
        handles = [
            Line2D([], [], color=METRIC_COLOURS.get(m, "#777777"), lw=2, label=m)
            for m in sorted(used_metrics)
        ]
        if handles:
            figure.legend(
                handles=handles, loc="upper right", bbox_to_anchor=(0.995, 0.995), fontsize=8,
                frameon=False, ncols=min(len(handles), 4), title="metric", title_fontsize=8,
            )  # fmt: skip
        _save(plt, figure, path, fmt)
    finally:
        plt.close(figure)
    return picture


def _save(plt: Any, figure: Any, path: str | Path, fmt: PictureFormat) -> None:
    # SVG text stays text: smaller files, searchable and selectable labels
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "claimgraph"}):
        figure.savefig(str(path), format=fmt, dpi=100, metadata=_METADATA[fmt])


_METADATA: dict[str, dict[str, Any]] = {"svg": {"Date": None}, "png": {}}


def _caption(title: str, picture: GraphPicture) -> str:
    parts = [
        f"{title}: {count(picture.systems, 'system')}, {count(picture.claims, 'claim')}"
        f" in {count(picture.components, 'group')}; arrows go from the better system"
    ]
    notes = []
    if picture.systems_left_out:
        notes.append(
            f"{picture.systems_left_out} more linked systems not drawn "
            "(--max-systems N draws more, --system NAME one neighbourhood)"
        )
    if picture.isolated:
        notes.append(
            f"{count(picture.isolated, 'system')} with no claim against a named system left out"
        )
    return "\n".join([*parts, "; ".join(notes)]) if notes else parts[0]


def draw_leaderboards(
    boards: Sequence[Leaderboard],
    path: str | Path,
    fmt: PictureFormat,
    *,
    title: str = "claimgraph leaderboards",
    max_boards: int = 12,
) -> int:
    """One horizontal bar chart per leaderboard (at most ``max_boards``, in the order given)
    in one picture; returns how many were drawn.  Raises ``ValueError`` when there is none."""
    if not boards:
        raise ValueError(
            "no leaderboard to draw: no metric has three systems linked by factor claims"
        )
    plt = pyplot()
    from matplotlib.ticker import FixedLocator, NullLocator

    from claimgraph.html_export import METRIC_COLOURS

    shown = list(boards[:max_boards])
    heights = [0.9 + 0.32 * len(b.systems) for b in shown]
    total_height = sum(heights) + 0.8
    figure, axes_list = plt.subplots(
        len(shown), 1, figsize=(11, total_height),
        gridspec_kw={"height_ratios": heights}, squeeze=False,
    )  # fmt: skip
    try:
        for axes, board in zip((row[0] for row in axes_list), shown, strict=True):
            names = [s.label for s in board.systems]
            factors = [s.factor for s in board.systems]
            colour = METRIC_COLOURS.get(board.metric, "#555555")
            axes.barh(
                range(len(names)),
                [max(f, 1.0005) - 1 for f in factors],
                left=1,
                color=colour,
                height=0.65,
            )
            top = max(factors)
            axes.set_xscale("log")
            axes.set_xlim(1, max(top, 1.1) * 1.15)
            steps = (1, 1.5, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 10000)
            ticks = [t for t in steps if t <= top * 1.15]
            axes.xaxis.set_major_locator(FixedLocator(ticks))
            axes.xaxis.set_minor_locator(NullLocator())
            axes.set_xticklabels([f"{t:g}x" for t in ticks], fontsize=8)
            axes.set_yticks(range(len(names)))
            axes.set_yticklabels(names, fontsize=9)
            axes.invert_yaxis()
            for i, system in enumerate(board.systems):
                words = (
                    "the base (1x)"
                    if system.score == 0
                    else claim_phrase(float(f"{system.factor:.3g}"), None, "x", None, system.metric)
                )
                axes.text(  # in a column right of the bars (x in axes units, y in rows)
                    1.02, i, f"{words} · {count(system.claims, 'claim')} "
                    f"({system.wins} won, {system.losses} lost)",
                    va="center", fontsize=8, color="#333333",
                    transform=axes.get_yaxis_transform(),
                )  # fmt: skip
            cut = (
                f", strongest {len(board.systems)} of {board.total}"
                if board.total > len(board.systems)
                else ""
            )
            axes.set_title(
                f"{board.metric} — group {board.component} ({count(board.total, 'system')}{cut}): "
                "factor over the weakest",
                fontsize=10, loc="left",
            )  # fmt: skip
            for side in ("top", "right"):
                axes.spines[side].set_visible(False)
        more = len(boards) - len(shown)
        note = f" ({more} smaller leaderboards not drawn)" if more > 0 else ""
        figure.suptitle(f"{title}{note}", fontsize=11, x=0.01, ha="left", y=1 - 0.1 / total_height)
        figure.tight_layout(rect=(0, 0, 0.7, 1 - 0.45 / total_height))
        _save(plt, figure, path, fmt)
    finally:
        plt.close(figure)
    return len(shown)
