"""Query results as text: a rich table, CSV or JSON (the CLI prints what these return)."""

from __future__ import annotations

import csv
import io
import json
from typing import Literal, get_args

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimgraph.queries import QueryResult, Value

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["table", "csv", "json"]
FORMATS: tuple[str, ...] = get_args(Format)


def _cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else f"{value:g}"
    return str(value)


def _table(result: QueryResult, width: int | None) -> str:
    table = Table(show_lines=False, highlight=False)
    for i, column in enumerate(result.columns):
        cells = [row[i] for row in result.rows if row[i] is not None]
        numeric = bool(cells) and all(
            isinstance(c, int | float) and not isinstance(c, bool) for c in cells
        )
        table.add_column(column, justify="right" if numeric else "left")
    for row in result.rows:
        # Text, not str: a value such as "[bold]" is data, not rich markup.
        table.add_row(*(Text(_cell(value)) for value in row))
    console = Console(
        file=io.StringIO(),
        width=width or 200,
        color_system=None,
        force_terminal=False,
        legacy_windows=False,
        no_color=True,
        soft_wrap=False,
    )
    with console.capture() as capture:
        console.print(table)
    return capture.get()


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
    """The result as text: ``table`` (rich, ``width`` columns wide, default 200),
    ``csv`` (header row, empty cell for a missing value) or ``json`` (a list of
    objects keyed by column, ``null`` for a missing value)."""
    if fmt == "table":
        return _table(result, width)
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
