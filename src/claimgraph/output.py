"""Query results as text: a box-drawn table, CSV or JSON (the CLI prints what these return)."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Literal, get_args

from claimgraph.queries import QueryResult, Value

__all__ = ["FORMATS", "Format", "render"]

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
    floor, its header) until the table fits ``width`` or every column is at its floor."""
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


def _table(result: QueryResult, width: int | None) -> str:
    # Drawn by hand rather than with rich.table: rich measures and wraps every cell
    # through its renderables, ~80 µs a cell, 30 s for a 40k-row answer.
    if not result.columns:
        return "(no columns)\n"
    header = [printable(name) for name in result.columns]
    body = [[printable(_cell(value)) for value in row] for row in result.rows]
    right = [_numeric([row[i] for row in result.rows]) for i in range(len(header))]
    natural = [
        max(
            [
                _width(line)
                for text in [name, *(row[i] for row in body)]
                for line in text.split("\n")
            ]
        )
        for i, name in enumerate(header)
    ]
    floors = [max(_MIN_COLUMN, _width(name)) for name in header]
    widths = _column_widths(natural, floors, width or 200)

    def rule(left: str, line: str, middle: str, end: str) -> str:
        return left + middle.join(line * (w + 2) for w in widths) + end

    def rows(cells: list[str], bar: str, justify: list[bool]) -> list[str]:
        wrapped = [_wrap(text, w) for text, w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in wrapped)
        return [
            bar
            + bar.join(
                f" {_pad(lines[k] if k < len(lines) else '', w, r)} "
                for lines, w, r in zip(wrapped, widths, justify, strict=True)
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
    """The result as text: ``table`` (at most ``width`` columns wide, default 200; long cells wrap),
    ``csv`` (header row, empty cell for a missing value) or ``json`` (a list of
    objects keyed by column, ``null`` for a missing value)."""
    if fmt == "table":
        return _table(result, width)
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
