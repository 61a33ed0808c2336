"""The table renderer: fits the width by leaving columns out, breaks no word, aligns numbers."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from claimgraph.output import fit_table, readable_claims, render
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


def _words(lines: list[str], column: int) -> list[str]:
    return " ".join(
        line.split("│")[column].strip() for line in lines if line.startswith("│")
    ).split()


def test_a_column_too_long_for_three_lines_is_left_out_and_named() -> None:
    fitted = fit_table(_result(), 60)
    assert fitted.hidden == ("context",)
    lines = fitted.text.splitlines()
    assert lines[1] == "┃ subject      ┃ value ┃"
    assert len(lines) == 3 + 3 + 1


def test_with_room_for_more_lines_the_column_stays_and_keeps_every_word() -> None:
    fitted = fit_table(_result(), 60, max_lines=10)
    assert fitted.hidden == ()
    lines = fitted.text.splitlines()
    assert {cell_len(line) for line in lines} == {60}
    assert _words(lines, 3) == [*CONTEXT.split(), "x", "y"]


def test_a_cell_past_the_line_limit_is_cut_at_a_word_with_an_ellipsis() -> None:
    fitted = fit_table(_result(), 60, columns=["subject", "context"])
    first_row = fitted.text.splitlines()[3:6]
    cells = [line.split("│")[2].strip() for line in first_row]
    assert cells[-1].endswith("…")
    assert " ".join(cells)[:-1].split() == CONTEXT.split()[: len(" ".join(cells)[:-1].split())]
    assert fitted.text.splitlines()[6].startswith("│ 寿司システム │ x ")


def test_numbers_are_right_aligned_and_wide_characters_counted() -> None:
    lines = render(_result(), "table", width=200).splitlines()
    assert lines[3] == "│ FSMoE        │  1.18 │ " + CONTEXT + " │"
    assert lines[4].startswith("│ 寿司システム │       │ x ")
    assert lines[5].startswith("│              │       │ y ")
    assert lines[6].startswith("│ Tutel        │  12.5 │  ")


def test_without_a_width_every_row_is_one_line() -> None:
    lines = render(_result(), "table", width=None).splitlines()
    assert len(lines) == 3 + 3 + 1
    assert lines[4].startswith("│ 寿司システム │       │ x y ")


def test_a_narrow_width_keeps_the_first_column_and_says_what_went() -> None:
    fitted = fit_table(_result(), 20)
    assert fitted.hidden == ("context", "value")
    assert "FSMoE" in fitted.text and "Tutel" in fitted.text
    assert max(cell_len(line) for line in fitted.text.splitlines()) <= 20


def test_columns_choose_and_order() -> None:
    fitted = fit_table(_result(), 80, columns=["value", "subject"])
    assert fitted.text.splitlines()[1] == "┃ value ┃ subject      ┃"
    with pytest.raises(ValueError, match="no column 'nope'; the columns are: subject, value"):
        fit_table(_result(), 80, columns=["nope"])


def test_claims_read_in_words() -> None:
    result = QueryResult(
        ["subject", "value", "value_max", "unit", "qualifier", "metric", "context"],
        [
            ("A", 3.7, None, "x", "up_to", "latency", None),
            ("B", 1.18, 1.22, "x", None, "speedup", "c"),
        ],
    )
    assert readable_claims(result) == QueryResult(
        ["subject", "claim", "context"],
        [("A", "up to 3.7x lower latency", None), ("B", "1.18-1.22x faster", "c")],
    )
    other = QueryResult(["value"], [(1.0,)])
    assert readable_claims(other) is other


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


def test_a_word_wider_than_a_lone_column_is_cut_between_characters() -> None:
    result = QueryResult(["context"], [("寿司寿司寿司寿司寿司",)])
    cells = [line.strip("│ ") for line in render(result, "table", width=14).splitlines()[3:-1]]
    assert cells == ["寿司寿司寿", "司寿司寿司"]


def test_a_result_without_columns() -> None:
    assert render(QueryResult([], [()]), "table") == "(no columns)\n"
