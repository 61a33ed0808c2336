"""Query results as text: a box-drawn table, CSV or JSON (the CLI prints what these return)."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections import Counter
from dataclasses import dataclass
from typing import Literal, get_args

from claimgraph.phrasing import claim_phrase
from claimgraph.queries import QueryResult, Value

__all__ = [
    "FORMATS",
    "LEAST_USEFUL",
    "MAX_LINES",
    "FittedTable",
    "Format",
    "fit_table",
    "printable",
    "readable_claims",
    "render",
]

Format = Literal["table", "csv", "json"]
FORMATS: tuple[str, ...] = get_args(Format)
_MIN_COLUMN = 6
_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c != 0x0A}


def _cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else f"{value:g}"
    return str(value)


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    from rich.cells import cell_len  # wide (CJK) and zero-width characters

    return cell_len(text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        if _width(line) <= width:
            lines.append(line)
        elif line.isascii():
            lines.extend(textwrap.wrap(line, width, break_on_hyphens=False) or [""])
        else:
            lines.extend(_wrap_words(line, width))
    return lines


def _wrap_words(line: str, width: int) -> list[str]:
    """Wrap at spaces by display width (textwrap counts a wide character as one column);
    a word wider than a line is cut between characters."""
    lines: list[str] = []
    current = ""
    for word in line.split():
        joined = f"{current} {word}" if current else word
        if _width(joined) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        while _width(word) > width:
            piece = ""
            for char in word:
                if piece and _width(piece + char) > width:
                    break
                piece += char
            lines.append(piece)
            word = word[len(piece) :]
        current = word
    return [*lines, current]


def printable(text: str) -> str:
    """Tabs as spaces, other control characters (ESC, CR, ...) as ``\\xNN``: text from papers
    must not move the terminal's cursor or colour it."""
    return text.expandtabs(4).translate(_CONTROL)


def _column_widths(natural: list[int], floors: list[int], width: int) -> list[int]:
    """Natural widths, the widest columns narrowed to one cap (never below a column's
    floor, its longest word) until the table fits ``width`` or every column is at its floor."""
    room = width - (3 * len(natural) + 1)

    def capped(cap: int) -> list[int]:
        return [min(n, max(cap, floor)) for n, floor in zip(natural, floors, strict=True)]

    low, high = 1, max(natural)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(capped(cap)) <= room:
            low = cap
        else:
            high = cap - 1
    widths = capped(low)
    spare = room - sum(widths)
    for i, natural_width in enumerate(natural):  # what the single cap left over
        extra = min(spare, natural_width - widths[i])
        if extra > 0:
            widths[i] += extra
            spare -= extra
    return widths


def _fewest_lines(
    natural: list[int], floors: list[int], lengths: list[Counter[int]], width: int
) -> list[int]:
    """Widths from each column's floor up, each spare column of the terminal given to the
    column where it saves the most wrapped lines (a cell of n characters in w columns
    taking about ceil(n / w) lines), then to the columns still short of their natural width."""
    room = width - (3 * len(natural) + 1)
    widths = [min(n, f) for n, f in zip(natural, floors, strict=True)]
    spare = room - sum(widths)

    def lines(k: int, w: int) -> int:
        return sum(count * -(-n // w) for n, count in lengths[k].items())

    while spare > 0:
        # the widening that saves the most lines per column spent (looking past plateaus:
        # a phrase of 26 characters saves nothing until its column is 26 wide)
        best: tuple[float, int, int] | None = None
        for k in range(len(widths)):
            now = lines(k, widths[k])
            for step in range(1, min(spare, natural[k] - widths[k]) + 1):
                rate = (now - lines(k, widths[k] + step)) / step
                if best is None or rate > best[0]:
                    best = (rate, k, step)
        if best is None:
            break
        rate, k, step = best
        if rate <= 0:  # nothing saves a line: widen the columns short of their natural width
            step = 1
            k = max(range(len(widths)), key=lambda i: natural[i] - widths[i])
            if widths[k] >= natural[k]:
                break
        widths[k] += step
        spare -= step
    return widths


MAX_LINES = 3
"""A row of a fitted table takes at most this many lines; a longer cell ends in an ellipsis."""

LEAST_USEFUL = (
    "paper",
    "key",
    "a_key",
    "b_key",
    "system",
    "baseline_kind",
    "sentence",
    "a_sentence",
    "b_sentence",
    "a_paper",
    "b_paper",
    "value_max",
    "qualifier",
    "unit",
    "paper_title",
    "context",
)
"""Columns a fitted table leaves out first, in this order: ids where a title is shown,
parameters echoed back, then long text.  Other columns go from the right."""

_LONGEST_FLOOR = 30
"""A "word" longer than this (a URL, a run of symbols) may be cut: it cannot hold a column."""


@dataclass(frozen=True)
class FittedTable:
    """A table drawn for a width, and the columns it left out to fit."""

    text: str
    hidden: tuple[str, ...] = ()


def _longest_word(texts: list[str]) -> int:
    return max((_width(word) for text in texts for word in text.split()), default=0)


def _height(text: str, width: int) -> int:
    if "\n" not in text and _width(text) <= width:
        return 1
    return len(_wrap(text, width))


def _drop_order(columns: list[str]) -> list[str]:
    named = [c for c in LEAST_USEFUL if c in columns]
    rest = [c for c in reversed(columns[1:]) if c not in named]
    return named + rest


def fit_table(
    result: QueryResult,
    width: int | None,
    *,
    columns: list[str] | None = None,
    max_lines: int = MAX_LINES,
) -> FittedTable:
    """The result as a box-drawn table at most ``width`` columns wide.

    ``width`` None draws full rows (each cell on one line), for programs and pagers.
    Otherwise no word is broken (a column is at least as wide as its longest word, up
    to 30): the least useful columns (:data:`LEAST_USEFUL`, then from the right) are left
    out until the others fit and no row needs more than ``max_lines`` lines, and a cell
    that still does is cut at a word and ends in "…".  ``columns`` chooses the columns
    (and their order) instead; only the cut then applies.  Raises ``ValueError`` for an
    unknown column.
    """
    if columns:
        unknown = [c for c in columns if c not in result.columns]
        if unknown:
            raise ValueError(
                f"no column {unknown[0]!r}; the columns are: {', '.join(result.columns)}"
            )
        result = _project(result, columns)
    if not result.columns:
        return FittedTable("(no columns)\n")
    body = [[printable(_cell(value)) for value in row] for row in result.rows]
    if width is None:
        return FittedTable(_draw(result, body, None, max_lines=None))
    shown = list(result.columns)
    hidden: list[str] = []
    droppable = [] if columns else _drop_order(shown)
    while True:
        index = [result.columns.index(c) for c in shown]
        cells = [[row[i] for i in index] for row in body]
        header = [printable(c) for c in shown]
        natural = [
            max(_width(line) for text in [h, *(r[k] for r in cells)] for line in text.split("\n"))
            for k, h in enumerate(header)
        ]
        floors = [
            max(_MIN_COLUMN, _width(h), min(_longest_word([r[k] for r in cells]), _LONGEST_FLOOR))
            for k, h in enumerate(header)
        ]
        room = width - (3 * len(shown) + 1)
        lengths = [Counter(_width(r[k]) for r in cells) for k in range(len(shown))]
        widths = _fewest_lines(natural, floors, lengths, width)
        fits = sum(min(n, f) for n, f in zip(natural, floors, strict=True)) <= room
        if fits:
            tall = any(
                _height(text, w) > max_lines
                for row in cells
                for text, w in zip(row, widths, strict=True)
            )
            if not tall or not any(c in LEAST_USEFUL for c in droppable):
                break
        if not droppable or len(shown) == 1:
            if not fits:  # even alone the words are too long: cut them
                headers = [max(_MIN_COLUMN, _width(h)) for h in header]
                widths = _column_widths(natural, headers, width)
            break
        dropped = droppable.pop(0)
        shown.remove(dropped)
        hidden.append(dropped)
    projected = _project(result, shown)
    return FittedTable(_draw(projected, cells, widths, max_lines=max_lines), tuple(hidden))


def _project(result: QueryResult, columns: list[str]) -> QueryResult:
    index = [result.columns.index(c) for c in columns]
    return QueryResult(list(columns), [tuple(row[i] for i in index) for row in result.rows])


def _draw(
    result: QueryResult, body: list[list[str]], widths: list[int] | None, max_lines: int | None
) -> str:
    # Drawn by hand rather than with rich.table: rich measures and wraps every cell
    # through its renderables, ~80 µs a cell, 30 s for a 40k-row answer.
    header = [printable(name) for name in result.columns]
    right = [_numeric([row[i] for row in result.rows]) for i in range(len(header))]
    if widths is None:  # full rows: a line break inside a cell is shown as a space
        body = [[" ".join(text.split("\n")) for text in row] for row in body]
        widths = [
            max(_width(text) for text in [name, *(row[i] for row in body)])
            for i, name in enumerate(header)
        ]
    drawn = widths

    def rule(left: str, line: str, middle: str, end: str) -> str:
        return left + middle.join(line * (w + 2) for w in drawn) + end

    def rows(cells: list[str], bar: str, justify: list[bool]) -> list[str]:
        wrapped = [_wrap(text, w) for text, w in zip(cells, drawn, strict=True)]
        if max_lines is not None:
            wrapped = [_cut(lines, w, max_lines) for lines, w in zip(wrapped, drawn, strict=True)]
        height = max(len(lines) for lines in wrapped)
        return [
            bar
            + bar.join(
                f" {_pad(lines[k] if k < len(lines) else '', w, r)} "
                for lines, w, r in zip(wrapped, drawn, justify, strict=True)
            )
            + bar
            for k in range(height)
        ]

    out = [rule("┏", "━", "┳", "┓"), *rows(header, "┃", [False] * len(header))]
    out.append(rule("┡", "━", "╇", "┩"))
    for cells in body:
        out.extend(rows(cells, "│", right))
    out.append(rule("└", "─", "┴", "┘"))
    return "\n".join(out) + "\n"


def _cut(lines: list[str], width: int, max_lines: int) -> list[str]:
    """At most ``max_lines`` lines; the last one kept ends in "…" (at a word) if any were cut."""
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and _width(last) + 1 > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    return [*lines[: max_lines - 1], last + "…"]


_CLAIM_PARTS = ("value", "value_max", "unit", "qualifier", "metric")


def readable_claims(result: QueryResult) -> QueryResult:
    """A result with ``value``, ``unit`` and ``metric`` columns (and maybe ``value_max``,
    ``qualifier``) with those five as one ``claim`` column, where ``value`` was, phrased
    as a person reads it ("up to 3x higher throughput"); any other result as it is."""
    columns = result.columns
    if not {"value", "unit", "metric"} <= set(columns):
        return result
    at = {name: columns.index(name) for name in _CLAIM_PARTS if name in columns}
    kept = [i for i, name in enumerate(columns) if name not in at or name == "value"]

    def phrase(row: tuple[Value, ...]) -> Value:
        value, value_max = row[at["value"]], row[at["value_max"]] if "value_max" in at else None
        if not isinstance(value, int | float) or not isinstance(value_max, int | float | None):
            return _cell(value)
        qualifier = row[at["qualifier"]] if "qualifier" in at else None
        return claim_phrase(
            float(value),
            None if value_max is None else float(value_max),
            _cell(row[at["unit"]]),
            None if qualifier is None else str(qualifier),
            _cell(row[at["metric"]]),
        )

    return QueryResult(
        ["claim" if columns[i] == "value" else columns[i] for i in kept],
        [tuple(phrase(row) if i == at["value"] else row[i] for i in kept) for row in result.rows],
    )


def _numeric(values: list[Value]) -> bool:
    cells = [v for v in values if v is not None]
    return bool(cells) and all(
        isinstance(c, int | float) and not isinstance(c, bool) for c in cells
    )


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue()


def _json(result: QueryResult) -> str:
    return json.dumps(result.to_dicts(), indent=2, ensure_ascii=False) + "\n"


def render(result: QueryResult, fmt: Format = "table", *, width: int | None = None) -> str:
    """The result as text: ``table`` (see :func:`fit_table`: at most ``width`` columns wide,
    full rows when ``width`` is None),
    ``csv`` (header row, empty cell for a missing value) or ``json`` (a list of
    objects keyed by column, ``null`` for a missing value)."""
    if fmt == "table":
        return fit_table(result, width).text
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
