"""The table renderer: fits the width, wraps long cells without losing words, aligns numbers."""

from __future__ import annotations

from rich.cells import cell_len

from claimgraph.output import render
from claimgraph.queries import QueryResult

CONTEXT = (
    "in end-to-end training of large mixture-of-experts models on a cluster of 48 GPUs "
    "connected by 100 Gb/s InfiniBand, against the strongest configuration of each baseline"
)


def _result() -> QueryResult:
    return QueryResult(
        ["subject", "value", "context"],
        [("FSMoE", 1.18, CONTEXT), ("寿司システム", None, "x\ny"), ("Tutel", 12.5, None)],
    )


def test_the_table_fits_the_width_and_keeps_every_word() -> None:
    table = render(_result(), "table", width=60)
    lines = table.splitlines()
    assert {cell_len(line) for line in lines} == {60}
    context_column = " ".join(line.split("│")[3].strip() for line in lines if line.startswith("│"))
    assert " ".join(CONTEXT.split()) in context_column


def test_numbers_are_right_aligned_and_wide_characters_counted() -> None:
    lines = render(_result(), "table", width=200).splitlines()
    assert lines[3] == "│ FSMoE        │  1.18 │ " + CONTEXT + " │"
    assert lines[4].startswith("│ 寿司システム │       │ x ")
    assert lines[5].startswith("│              │       │ y ")
    assert lines[6].startswith("│ Tutel        │  12.5 │  ")


def test_a_narrow_width_still_shows_every_column() -> None:
    table = render(_result(), "table", width=20)
    assert all(name in table for name in ("subject", "value"))
    assert "FSMoE" in table and "Tutel" in table


def test_control_characters_cannot_reach_the_terminal() -> None:
    result = QueryResult(["name"], [("\x1b[31mred\r",), ("a\tb",)])
    lines = render(result, "table", width=40).splitlines()
    assert lines[3] == "│ \\x1b[31mred\\x0d │"
    assert lines[4] == "│ a   b           │"
    assert "\x1b" not in "\n".join(lines) and "\r" not in "\n".join(lines)


def test_text_with_non_ascii_characters_wraps_at_spaces() -> None:
    text = "the 1.3× speedup over vLLM — reducing latency overall"
    result = QueryResult(["context"], [(text,)])
    cells = [line.strip("│ ") for line in render(result, "table", width=25).splitlines()[3:-1]]
    assert cells == ["the 1.3× speedup over", "vLLM — reducing", "latency overall"]


def test_a_word_wider_than_its_column_is_cut_between_characters() -> None:
    result = QueryResult(["context"], [("寿司寿司寿司寿司寿司",)])
    cells = [line.strip("│ ") for line in render(result, "table", width=14).splitlines()[3:-1]]
    assert cells == ["寿司寿司寿", "司寿司寿司"]


def test_a_result_without_columns() -> None:
    assert render(QueryResult([], [()]), "table") == "(no columns)\n"
