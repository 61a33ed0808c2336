"""The ``claimgraph`` command: a thin layer over the library.

Each command parses its options, calls one library function and formats the
result; library errors become one-line ``click`` errors, never tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from claimgraph import __version__
from claimgraph.phrasing import count, readable_date
from claimgraph.records import PaperClaims

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def store_option(function: F) -> F:
    """``--store DIR``, shared by every command that reads or writes the store."""
    return click.option(
        "--store",
        "store_path",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="CLAIMGRAPH_STORE",
        default=None,
        show_envvar=True,
        help="Store directory [default: ~/.local/share/claimgraph/store].",
    )(function)


def min_confidence_option(function: F) -> F:
    return click.option(
        "--min-confidence",
        type=click.FloatRange(0.0, 1.0),
        default=0.0,
        show_default=True,
        help="Drop claims whose confidence is below this.",
    )(function)


def limit_options(*, timeout_help: str, memory_help: str) -> Callable[[F], F]:
    """``--timeout-s`` and ``--max-memory-mb``, as `query` and `serve` both take them."""

    def decorate(function: F) -> F:
        function = click.option(
            "--max-memory-mb",
            type=click.IntRange(min=256),
            default=2048,
            show_default=True,
            help=memory_help,
        )(function)
        return click.option(
            "--timeout-s",
            type=click.IntRange(min=1),
            default=60,
            show_default=True,
            help=timeout_help,
        )(function)

    return decorate


def workers_option(function: F) -> F:
    return click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Extract in this many processes (each loads its own spaCy pipeline).",
    )(function)


def columns_option(function: F) -> F:
    return click.option(
        "--columns",
        "-c",
        metavar="A,B,...",
        default=None,
        help="Table columns to show, in this order [default: as many as fit the width; "
        "the ones left out are named on stderr].",
    )(function)


def _store_path(store_path: Path | None) -> Path:
    from claimgraph.store import default_store_path

    return store_path or default_store_path()


@contextmanager
def _errors_as_click() -> Iterator[None]:
    """Library errors as one-line messages with exit status 1."""
    import warnings

    from claimgraph.lookup import SystemNameError
    from claimgraph.queries import MalformedClaimWarning, QueryError
    from claimgraph.reasoning import ReasoningError
    from claimgraph.scoring import ScoringInputError
    from claimgraph.store import StoreError

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", MalformedClaimWarning)
            yield
        malformed = sorted(
            {str(w.message) for w in caught if issubclass(w.category, MalformedClaimWarning)}
        )
        if malformed:
            click.secho(
                f"warning: skipped {count(len(malformed), 'stored claim')} whose value is not "
                f"a number (first: {malformed[0]}); `claimgraph check` lists them",
                fg="yellow",
                err=True,
            )
    except BrokenPipeError:
        raise  # the reader went away: main() says nothing more
    except OSError as error:
        if error.filename is None or not error.strerror:
            raise click.ClickException(str(error).splitlines()[0] or repr(error)) from None
        raise click.ClickException(f"cannot use {error.filename}: {error.strerror}") from None
    except (
        StoreError,
        QueryError,
        ReasoningError,
        SystemNameError,
        ScoringInputError,
        RuntimeError,
    ) as error:
        raise click.ClickException(
            str(error).splitlines()[0] if str(error) else repr(error)
        ) from None


def _as_text(argument: str) -> str:
    """A command-line argument as text: bytes that are not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD, so the name can still be looked up and printed."""
    return argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _report_problems(problems: list[Any]) -> None:
    for problem in problems:
        if getattr(problem, "skipped", True):
            click.secho(f"error: {problem}", fg="red", err=True)
        else:  # the input was still read
            click.secho(f"note: {problem}", fg="yellow", err=True)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="claimgraph")
def cli() -> None:
    """Who beats whom, by how much, on what: numeric claims from ML-systems abstracts.

    \b
    Typical use:
      claimgraph ingest                      # the bundled corpus into the default store
      claimgraph query who-beats-whom        # every claim against a named system
      claimgraph lookup FlashAttention-2     # claims for and against one system
      claimgraph export --format graphml -o claims.graphml
    """


# ---------------------------------------------------------------- extract


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one object per claim with the CLAIMS.md field names; table: for reading.",
)
@columns_option
@min_confidence_option
@workers_option
@click.option(
    "--shards",
    "shards_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write the papers' RDF graphs as N-Quads shards into this folder instead.",
)
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="With --shards: papers per shard file.",
)
def extract(
    files: tuple[Path, ...],
    fmt: str,
    columns: str | None,
    min_confidence: float,
    workers: int,
    shards_dir: Path | None,
    shard_size: int,
) -> None:
    """Print the claims of FILES without touching the store.

    FILES are Daily Papers dumps, JSON Lines (id, title, abstract, ...) or plain-text
    abstracts, or folders of them.  With --shards, write N-Quads shards (whole paper
    graphs) that `claimgraph ingest DIR` or `oxigraph load` merge into a store.
    Exits with status 1 when an input was skipped.
    """
    from claimgraph.pipeline import extract as extract_claims
    from claimgraph.sources import read_papers

    sources = read_papers(files)
    _report_problems(sources.problems)
    if shards_dir is not None:
        from claimgraph.shards import extract_to_shards

        with _errors_as_click():
            shards = extract_to_shards(
                sources.papers,
                shards_dir,
                shard_size=shard_size,
                workers=workers,
                min_confidence=min_confidence,
            )
        click.echo(
            f"Wrote {count(len(shards), 'shard')} of {count(len(sources.papers), 'paper')} "
            f"to {shards_dir}."
        )
        if sources.problems:
            sys.exit(1)
        return
    rows = []
    for result in extract_claims(sources.papers, min_confidence=min_confidence, workers=workers):
        for claim in result.claims:
            if fmt == "jsonl":
                record = claim.to_dict()
                record["paper_title"] = result.paper.title
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                rows.append(claim)
    if fmt == "table":
        _claims_table(rows, columns)
    if sources.problems:
        sys.exit(1)


def _table_width() -> int | None:
    """``$COLUMNS`` when set, else the terminal's width when printing to one, else None:
    full rows, for a pipe or a file."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _echo_table(result: Any, columns: str | None) -> None:
    """A table fitted to the width, claims in words unless --columns asks for their parts;
    the columns it had to leave out are named on stderr."""
    from claimgraph.output import fit_table, readable_claims

    chosen = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    parts = {"value", "value_max", "unit", "qualifier", "metric"}
    if not chosen or not parts & set(chosen):
        result = readable_claims(result)
    width = _table_width()
    try:
        fitted = fit_table(result, width, columns=chosen)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--columns") from None
    click.echo(fitted.text, nl=False)
    if fitted.hidden:
        click.echo(
            f"({len(fitted.hidden)} columns left out to fit {width} columns: "
            f"{', '.join(fitted.hidden)}; --columns chooses, --format csv shows all)",
            err=True,
        )


def _claims_table(claims: list[Any], columns: str | None) -> None:
    from claimgraph.queries import QueryResult

    names = ["paper", "subject", "baseline", "value", "value_max", "unit", "qualifier", "metric"]
    names += ["context"]
    _echo_table(QueryResult(names, [tuple(getattr(c, n) for n in names) for c in claims]), columns)


# ---------------------------------------------------------------- ingest


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@min_confidence_option
@workers_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(
    paths: tuple[Path, ...],
    store_path: Path | None,
    min_confidence: float,
    workers: int,
    quiet: bool,
) -> None:
    """Extract claims from PATHS and store them, one named graph per paper.

    Without PATHS, ingests the bundled corpus.  Re-ingesting a paper replaces it, so
    running the same ingest twice leaves exactly the same triples.  N-Quads shards
    (`*.nq`, from `claimgraph extract --shards`) among PATHS are merged as they are.
    Inputs that cannot be read are reported one per line; the rest is still ingested
    and the exit status is 1.
    """
    from claimgraph.pipeline import bundled_corpus, ingest_paths
    from claimgraph.shards import merge_shards, shard_files
    from claimgraph.store import open_store, store_stats

    inputs = list(paths) or [bundled_corpus()]
    location = _store_path(store_path)
    shards = shard_files(inputs)
    shard_problems = False
    with _errors_as_click():
        store = open_store(location)
        if shards:
            merged = merge_shards(store, shards)
            click.echo(
                f"Merged {count(merged.shards, 'shard')}: {count(merged.papers, 'paper')}, "
                f"{count(merged.triples_written, 'triple')} written."
            )
            _report_problems(list(merged.problems))
            shard_problems = bool(merged.problems)
            inputs = [p for p in inputs if p.suffix != ".nq" and _holds_papers(p)]
            if not inputs:
                store.flush()
                totals = store_stats(store)
                del store  # closes it: the cache is keyed by the files a closed store leaves
                _warm(location)
                _print_totals(location, totals)
                if shard_problems:
                    sys.exit(1)
                return
        with _progress(quiet) as (on_start, on_paper):
            report = ingest_paths(
                store,
                inputs,
                min_confidence=min_confidence,
                workers=workers,
                on_start=on_start,
                on_paper=on_paper,
            )
        store.flush()
        totals = store_stats(store)
        del store
        _warm(location)
    _report_problems(report.problems)
    summary = report.summary
    click.echo(
        f"Ingested {count(summary.papers, 'paper')}: {count(summary.claims, 'claim')}, "
        f"{count(summary.systems, 'system')}, {count(summary.triples_written, 'triple')} "
        f"written, {report.skipped} skipped."
    )
    if report.kept_as_stored:
        click.echo(
            f"{report.kept_as_stored} papers left as stored: the store holds them under their "
            "arXiv id, or a later arXiv version of them."
        )
    _print_totals(location, totals)
    if report.problems or shard_problems:
        sys.exit(1)


def _warm(location: Path) -> None:
    from claimgraph.resultcache import ResultCache, default_cache_dir, warm_cache

    warm_cache(location, ResultCache(default_cache_dir()))


def _print_totals(location: Path, totals: Any) -> None:
    click.echo(
        f"Store {location}: {count(totals.papers, 'paper')}, {count(totals.claims, 'claim')}, "
        f"{count(totals.systems, 'system')}, {count(totals.triples, 'triple')}."
    )


def _holds_papers(path: Path) -> bool:
    """A file, or a folder with at least one input file besides shards."""
    from claimgraph.sources import INPUT_SUFFIXES

    if not path.is_dir():
        return True
    return any(p.suffix in INPUT_SUFFIXES for p in path.rglob("*") if p.is_file())


@contextmanager
def _progress(
    quiet: bool, label: str = "extracting"
) -> Iterator[tuple[Callable[[int], None], Callable[[PaperClaims | None], None]]]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        # off the terminal a bar is noise (and rich would leave a blank line behind)
        disable=quiet or not sys.stderr.isatty(),
        console=_stderr_console(),
        transient=True,
    )
    task = progress.add_task("papers", total=None)

    def on_start(total: int) -> None:
        progress.update(task, total=total)

    def on_paper(_: PaperClaims | None) -> None:
        progress.advance(task)

    with progress:
        yield on_start, on_paper


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


# ---------------------------------------------------------------- query


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("name", required=False)
@click.option(
    "--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Bind a query parameter."
)
@click.option(
    "--file",
    "query_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Run the SPARQL query in this file.",
)
@click.option("--sparql", "-e", "inline", metavar="QUERY", help="Run this SPARQL query text.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: for reading (as wide as $COLUMNS or the terminal; piped: full rows); "
    "csv, json: every field.",
)
@columns_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Show at most this many rows."
)
@click.option(
    "--list", "list_queries_flag", is_flag=True, help="List the named queries and their parameters."
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Query the store even if the answer is cached (slow answers are kept until the "
    "store changes; see `claimgraph info`).",
)
@click.option(
    "--allow-federation",
    is_flag=True,
    help="Let the query call other SPARQL endpoints with SERVICE (off: a query could make "
    "this machine fetch any URL).",
)
@limit_options(
    timeout_help="Stop the query after this many seconds (as `claimgraph serve` does).",
    memory_help="Stop the query when it needs more memory than this (Linux).",
)
@store_option
def query(
    name: str | None,
    params: tuple[str, ...],
    query_file: Path | None,
    inline: str | None,
    fmt: str,
    columns: str | None,
    limit: int | None,
    list_queries_flag: bool,
    no_cache: bool,
    allow_federation: bool,
    timeout_s: int,
    max_memory_mb: int,
    store_path: Path | None,
) -> None:
    """Run a named query (see --list), a query file or an inline SPARQL query.

    \b
    Examples:
      claimgraph query who-beats-whom --limit 10
      claimgraph query beaten-by -p system=FlashAttention-2
      claimgraph query top-claims -p metric=latency --format csv
      claimgraph query -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
    """
    from claimgraph.limits import run_limited
    from claimgraph.output import render
    from claimgraph.queries import SYSTEM_PARAMS, list_queries, load_query
    from claimgraph.resultcache import ResultCache, default_cache_dir, query_store

    if list_queries_flag:
        click.echo(_query_list(list_queries(), min(_table_width() or 100, 100)), nl=False)
        return
    given = [x for x in (name, query_file, inline) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one of NAME, --file or --sparql (see --list)")
    bindings = {}
    for item in map(_as_text, params):
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--param")
        bindings[key.strip()] = value
    with _errors_as_click():
        if name is not None:
            text: Any = load_query(name)
        elif query_file is not None:
            try:
                text = query_file.read_text(encoding="utf-8")
            except UnicodeDecodeError as error:
                byte = error.object[error.start]
                raise click.ClickException(
                    f"{query_file} is not a SPARQL text file: byte 0x{byte:02x} at offset "
                    f"{error.start} is not UTF-8"
                ) from None
        else:
            text = inline
        cache = None if no_cache else ResultCache(default_cache_dir())
        location = _store_path(store_path)
        if name is not None and SYSTEM_PARAMS & bindings.keys():
            from claimgraph.lookup import resolve_system_params
            from claimgraph.store import open_store

            store = open_store(location, read_only=True)
            bindings = resolve_system_params(store, text, bindings)
            del store
        result = run_limited(
            lambda: query_store(
                location,
                text,
                bindings,
                limit=limit,
                cache=cache,
                allow_federation=allow_federation,
            ),
            timeout_s=timeout_s,
            max_memory_mb=max_memory_mb,
        )
    if fmt == "table":
        _echo_table(result, columns)
        return
    text = render(result, fmt)  # type: ignore[arg-type]
    if fmt == "csv" and sys.stdout.isatty():
        from claimgraph.output import printable

        text = printable(text)  # a title's ESC must not colour the terminal
    click.echo(text, nl=False)


def _query_list(queries: list[Any], width: int) -> str:
    """The named queries a user runs (not the internal ones), wrapped to ``width``."""
    import textwrap

    lines = []
    for named in (q for q in queries if not q.internal):
        lines.append(named.name)
        lines += textwrap.wrap(
            named.description, width, initial_indent="    ", subsequent_indent="    "
        )
        for param in named.params:
            lines += textwrap.wrap(
                f"-p {param.name}=...  {param.description}",
                width,
                initial_indent="    ",
                subsequent_indent="        ",
            )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- lookup


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON.")
@store_option
def lookup(name: str, as_json: bool, store_path: Path | None) -> None:
    """Every claim made for NAME and against it, with sentence and paper.

    NAME is matched case-insensitively and through aliases ("fa2" finds FlashAttention-2);
    when nothing matches, similar names are suggested and the exit status is 1.
    """
    from claimgraph.lookup import lookup as lookup_system
    from claimgraph.store import open_store

    name = _as_text(name)
    with _errors_as_click():
        result = lookup_system(open_store(_store_path(store_path), read_only=True), name)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        if not result.found:
            sys.exit(1)
    elif not result.found:
        from claimgraph.lookup import unknown_system_message

        raise click.ClickException(unknown_system_message(result.query, result.suggestions))
    else:
        _print_lookup(result)


def _print_lookup(result: Any) -> None:
    from claimgraph.output import printable

    click.secho(printable(" / ".join(result.labels)), bold=True)
    for title, rows, other in (
        ("As subject (it beats ...)", result.as_subject, "baseline"),
        ("As baseline (... beats it)", result.as_baseline, "subject"),
    ):
        click.echo(f"\n{title}: {count(len(rows), 'claim')}")
        for row in rows:
            versus = getattr(row, other) or "(no baseline)"
            extra = f" [{row.context}]" if row.context else ""
            who = row.subject if other == "subject" else f"vs {versus}"
            click.echo(printable(f"  {who}: {_claim_text(row)}{extra}"))
            date = f", {readable_date(row.paper_date)}" if row.paper_date else ""
            click.echo(printable(f"    paper: {row.paper_title}{date}"))
            click.echo(printable(f'    "{row.sentence}"'))


def _claim_text(row: Any) -> str:
    """The claim in words: "up to 3x higher throughput"."""
    from claimgraph.phrasing import claim_phrase

    return claim_phrase(row.value, row.value_max, row.unit, row.qualifier, row.metric)


# ---------------------------------------------------------------- export


def metric_option(function: F) -> F:
    from claimgraph.records import METRICS

    return click.option(
        "--metric",
        "-m",
        type=click.Choice(METRICS),
        metavar="METRIC",
        default=None,
        help=f"Only claims of this metric: {', '.join(METRICS)} [default: every metric].",
    )(function)


EXPORT_FORMATS = (
    "graphml",
    "gexf",
    "json",
    "dot",
    "html",
    "svg",
    "png",
    "csv",
    "jsonl",
    "nq",
    "ttl",
)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="graphml",
    show_default=True,
    help="What to write (see above).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write [default: standard output; svg and png need a file].",
)
@click.option(
    "--system",
    metavar="NAME",
    default=None,
    help="Export only the systems within --depth claims of this one (any spelling or alias).",
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=None,
    help="With --system: how many claims away a system may be [default: 1].",
)
@metric_option
@click.option(
    "--max-systems",
    type=click.IntRange(min=2),
    default=120,
    show_default=True,
    help="svg, png: draw the largest groups of linked systems up to this many systems.",
)
@store_option
def export(
    fmt: str,
    output: Path | None,
    system: str | None,
    depth: int | None,
    metric: str | None,
    max_systems: int,
    store_path: Path | None,
) -> None:
    """Export the comparison graph, every claim, or the RDF.

    \b
    graphml, gexf  the comparison graph (systems, one edge per claim): Gephi, networkx, yEd
    dot            the same for Graphviz (dot -Tsvg graph.dot)
    json           the same as networkx node-link data
    html           the same as one interactive page (no network needed), with leaderboards
    svg, png       the same as a picture (matplotlib)
    csv, jsonl     every claim, one row: the CLAIMS.md fields, paper title, date, source
                   (URL), confidence and sentence
    nq, ttl        the RDF: N-Quads (a named graph per paper) or Turtle (their union),
                   readable by rdflib and `oxigraph load`

    --system NAME [--depth K] and --metric M narrow every format to those claims.
    """
    from claimgraph.exports import (
        CLAIM_FORMATS,
        RDF_FORMATS,
        ClaimFormat,
        RdfFormat,
        select,
        write_claims,
        write_rdf,
    )
    from claimgraph.graph import comparison_graph, graph_text, write_graph
    from claimgraph.store import open_store

    if depth is not None and system is None:
        raise click.UsageError("--depth counts claims away from --system NAME; give --system too")
    if fmt in ("svg", "png") and output is None:
        raise click.UsageError(f"--format {fmt} needs --output FILE")
    if output is not None and not output.parent.is_dir():
        raise click.ClickException(
            f"cannot write {output}: the folder {output.parent} does not exist"
        )
    with _errors_as_click():
        store = open_store(_store_path(store_path), read_only=True)
        selection = select(
            store, metric=metric, system=system and _as_text(system), depth=depth or 1
        )
        if fmt in CLAIM_FORMATS:
            claim_format = cast(ClaimFormat, fmt)
            if output is None:
                write_claims(store, claim_format, sys.stdout, selection)
                return
            with output.open("w", encoding="utf-8", newline="") as stream:
                written = write_claims(store, claim_format, stream, selection)
            click.echo(f"Wrote {output}: {count(written, 'claim')}.", err=True)
            return
        if fmt in RDF_FORMATS:
            what = "quad" if fmt == "nq" else "triple"
            rdf_format = cast(RdfFormat, fmt)
            if output is None:
                sys.stdout.flush()
                write_rdf(store, rdf_format, sys.stdout.buffer, selection)
                return
            with output.open("wb") as binary:
                written = write_rdf(store, rdf_format, binary, selection)
            click.echo(f"Wrote {output}: {count(written, what)}.", err=True)
            return
        from claimgraph.exports import select_graph

        graph = select_graph(comparison_graph(store), selection)
        if fmt == "html":
            from claimgraph.html_export import graph_html, paper_dates
            from claimgraph.reasoning import leaderboards, rank

            title = f"claimgraph: {system}" if system else "claimgraph"
            boards = [  # those of the exported systems
                board
                for board in leaderboards(rank(store, metric))
                if any(s.key in graph for s in board.systems)
            ]
            text = graph_html(
                graph, title=title, paper_dates=paper_dates(store), leaderboards=boards
            )
            if output is None:
                click.echo(text, nl=False)
                return
            output.write_text(text, encoding="utf-8")
        elif fmt in ("svg", "png"):
            from claimgraph.pictures import PictureFormat, draw_graph

            assert output is not None
            title = f"claimgraph: {system}" if system else "claimgraph"
            picture = draw_graph(
                graph, output, cast(PictureFormat, fmt), max_systems=max_systems, title=title
            )
            left_out = ""
            if picture.systems_left_out:
                left_out += (
                    f"; {picture.systems_left_out} more linked systems not drawn (--max-systems)"
                )
            if picture.isolated:
                left_out += (
                    f"; {count(picture.isolated, 'system')} with no claim against a named "
                    "system left out"
                )
            click.echo(
                f"Wrote {output}: {count(picture.systems, 'system')} and "
                f"{count(picture.claims, 'claim')} in {count(picture.components, 'group')}"
                f"{left_out}.",
                err=True,
            )
            return
        elif output is None:
            click.echo(graph_text(graph, fmt), nl=False)  # type: ignore[arg-type]
            return
        else:
            write_graph(graph, fmt, output)  # type: ignore[arg-type]
    click.echo(
        f"Wrote {output}: {count(graph.number_of_nodes(), 'system')}, "
        f"{count(graph.number_of_edges(), 'claim')}.",
        err=True,
    )


# ---------------------------------------------------------------- reasoning


def _edge_text(edge: Any) -> str:
    extra = f" [{edge.context}]" if edge.context else ""
    return f"{_claim_text(edge)}{extra} ({edge.paper_title})"


@cli.command(context_settings=CONTEXT_SETTINGS)
@metric_option
@min_confidence_option
@click.option("--json", "as_json", is_flag=True, help="Print the pairs as JSON.")
@store_option
def contradictions(
    metric: str | None, min_confidence: float, as_json: bool, store_path: Path | None
) -> None:
    """Pairs of claims where A beats B and B beats A on the same metric.

    A factor above 1 is a win for the subject, below 1 a win for the baseline (the
    geometric mean of a range decides); a percentage counts by its sign.  Claims whose
    confidence is below --min-confidence take no part.
    """
    from claimgraph.reasoning import contradictions as find_contradictions
    from claimgraph.store import open_store

    with _errors_as_click():
        found = find_contradictions(
            open_store(_store_path(store_path), read_only=True),
            metric=metric,
            min_confidence=min_confidence,
        )
    if as_json:
        click.echo(json.dumps([asdict(c) for c in found], indent=2, ensure_ascii=False))
        return
    click.echo(count(len(found), "contradiction"))
    for pair in found:
        click.secho(f"\n{pair.a_label} vs {pair.b_label} on {pair.metric}", bold=True)
        for winner, edge in ((pair.a_label, pair.a_over_b), (pair.b_label, pair.b_over_a)):
            click.echo(f"  {winner} wins: {_edge_text(edge)}")
            click.echo(f'    "{edge.sentence}"')


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("system_a")
@click.argument("system_b")
@metric_option
@min_confidence_option
@click.option(
    "--max-hops",
    type=click.IntRange(2, 5),
    default=3,
    show_default=True,
    help="Longest chain of claims to follow (2 to 5).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@store_option
def compare(
    system_a: str,
    system_b: str,
    metric: str | None,
    min_confidence: float,
    max_hops: int,
    as_json: bool,
    store_path: Path | None,
) -> None:
    """Direct claims between SYSTEM_A and SYSTEM_B, and chains that imply one.

    A beats B by x and B beats C by y suggests A over C by about x*y; each chain is
    shown with every claim on the path and its paper.  Claims whose confidence is
    below --min-confidence are left out, as direct claims and as hops.
    """
    from claimgraph.phrasing import claim_phrase
    from claimgraph.reasoning import compare as compare_systems
    from claimgraph.store import open_store

    with _errors_as_click():
        comparison = compare_systems(
            open_store(_store_path(store_path), read_only=True),
            _as_text(system_a),
            _as_text(system_b),
            max_hops=max_hops,
            metric=metric,
            min_confidence=min_confidence,
        )
    if as_json:
        click.echo(json.dumps(asdict(comparison), indent=2, ensure_ascii=False))
        return
    a, b = comparison.a_label, comparison.b_label

    def label(key: str) -> str:
        return comparison.labels.get(key, key)

    click.secho(f"{a} vs {b}", bold=True)
    click.echo(f"\nDirect claims: {len(comparison.direct)}")
    for edge in comparison.direct:
        click.echo(f"  {label(edge.source)} over {label(edge.target)}: {_edge_text(edge)}")
    for title, chains in (
        (f"{a} over {b}", comparison.chains),
        (f"{b} over {a}", comparison.reverse_chains),
    ):
        click.echo(f"\nImplied {title}: {count(len(chains), 'chain')}")
        for chain in chains:
            path = " > ".join(label(key) for key in chain.systems)
            implied = claim_phrase(float(f"{chain.factor:.3g}"), None, "x", "approx", chain.metric)
            click.echo(f"  {implied}: {path}")
            for edge in chain.claims:
                click.echo(
                    f"    {label(edge.source)} over {label(edge.target)}: {_edge_text(edge)}"
                )


@cli.command(context_settings=CONTEXT_SETTINGS)
@metric_option
@min_confidence_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: for reading (the factor in words); csv, json: for programs.",
)
@click.option(
    "--context",
    metavar="WORD",
    default=None,
    help="Rank only the claims whose context holds this word or phrase (any case, whole "
    "words): --context H100, --context prefill.",
)
@click.option(
    "--chart",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE.svg|FILE.png",
    help="Also draw the leaderboards (three systems or more) as bar charts into this file.",
)
@columns_option
@store_option
def rank(
    metric: str | None,
    min_confidence: float,
    fmt: str,
    context: str | None,
    chart: Path | None,
    columns: str | None,
    store_path: Path | None,
) -> None:
    """Order the systems of each metric by all their pairwise factors.

    Least squares on log factors over each connected component of the comparison
    graph; only factor claims ("2x") take part, percentages do not.  Claims whose
    confidence is below --min-confidence take no part.

    \b
    Columns:
      metric      the metric ranked: one leaderboard per metric (and --context word)
      component   1 for the largest group of systems linked by claims, 2 for the next, ...
      position    1 for the strongest system of its component
      label       the system
      factor      fitted factor over the component's weakest system (which has 1)
      claims      the factor claims of this metric that place the system
      wins        how many of them it wins
      losses      how many of them it loses
    """
    from claimgraph.output import render
    from claimgraph.queries import QueryResult
    from claimgraph.reasoning import rank as rank_systems
    from claimgraph.store import open_store

    if chart is not None:
        if chart.suffix.lower() not in (".svg", ".png"):
            raise click.BadParameter("the chart is an .svg or a .png file", param_hint="--chart")
        if not chart.parent.is_dir():
            raise click.ClickException(
                f"cannot write {chart}: the folder {chart.parent} does not exist"
            )
    with _errors_as_click():
        ranked = rank_systems(
            open_store(_store_path(store_path), read_only=True),
            metric=metric,
            min_confidence=min_confidence,
            context=None if context is None else _as_text(context),
        )
        if chart is not None:
            from claimgraph.pictures import PictureFormat, draw_leaderboards
            from claimgraph.reasoning import leaderboards

            boards = leaderboards(ranked)
            if not boards:
                raise click.ClickException(
                    "no leaderboard to draw: no metric has three systems linked by factor claims"
                )
            heading = "claimgraph leaderboards" + (f" ({context})" if context else "")
            drawn = draw_leaderboards(
                boards, chart, cast(PictureFormat, chart.suffix.lower()[1:]), title=heading
            )
            click.echo(f"Wrote {chart}: {count(drawn, 'leaderboard')}.", err=True)
    names = ["metric", "component", "position", "label", "factor", "claims", "wins", "losses"]
    rows = [
        (r.metric, r.component, r.position, r.label, round(r.factor, 3), r.claims, r.wins, r.losses)
        for r in ranked
    ]
    if fmt != "table":
        click.echo(render(QueryResult(names, rows), fmt), nl=False)  # type: ignore[arg-type]
        return
    from claimgraph.phrasing import claim_phrase

    def factor_text(r: Any) -> str:
        if r.score == 0:
            return "1x (the base)"
        return claim_phrase(float(f"{r.factor:.3g}"), None, "x", None, r.metric)

    worded: list[tuple[Any, ...]] = [
        (r.metric, r.component, r.position, r.label, factor_text(r), r.claims, r.wins, r.losses)
        for r in ranked
    ]
    _echo_table(QueryResult(names, worded), columns)


# ---------------------------------------------------------------- serve


@cli.command(context_settings=CONTEXT_SETTINGS)
@store_option
@click.option(
    "--bind",
    default="127.0.0.1:7878",
    show_default=True,
    metavar="HOST:PORT",
    help="Where to listen; port 0 picks a free port.",
)
@click.option("--writable", is_flag=True, help="Accept SPARQL updates (locks the store).")
@click.option(
    "--allow-remote", is_flag=True, help="Allow a non-loopback HOST (no authentication!)."
)
@limit_options(
    timeout_help="Stop a query after this many seconds (the client gets HTTP 504).",
    memory_help="Memory the Oxigraph server may allocate; a query that needs more gets HTTP 503 "
    "and the server restarts.",
)
@click.option(
    "--max-result-mb",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Refuse a result larger than this (the client gets HTTP 500).",
)
@click.option(
    "--allow-federation",
    is_flag=True,
    help="Pass on SERVICE and LOAD (off: a query or update could make the server fetch any URL).",
)
@click.option(
    "--allow-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests whose Host is NAME (besides localhost, 127.0.0.1, ::1 and the "
    "bound host; others are refused against DNS rebinding). Repeatable.",
)
def serve(
    store_path: Path | None,
    bind: str,
    writable: bool,
    allow_remote: bool,
    timeout_s: int,
    max_result_mb: int,
    max_memory_mb: int,
    allow_federation: bool,
    allowed_hosts: tuple[str, ...],
) -> None:
    """Serve the store over SPARQL 1.1 with the real Oxigraph server.

    \b
    Read-only by default: it does not lock the store, so `claimgraph ingest` keeps
    working while it runs, and the server shows new papers after a restart.  With
    --writable the server locks the store and an ingest is refused until it stops.
    Queries go to /query, the query UI is at /.  A query that runs past --timeout-s,
    whose result is larger than --max-result-mb or that needs more memory than
    --max-memory-mb is stopped and the client gets an HTTP error with a one-line
    reason.  Ctrl-C stops the server.
    """
    from claimgraph.serve import ServerConfig, ServerProcess, serve_forever

    def ready(server: ServerProcess) -> None:
        click.echo(server.summary())

    def restarting(reason: str) -> None:
        click.echo(f"claimgraph serve: {reason}", err=True)

    with _errors_as_click():
        config = ServerConfig(
            store_path=_store_path(store_path),
            bind=bind,
            writable=writable,
            timeout_s=timeout_s,
            max_result_mb=max_result_mb,
            max_memory_mb=max_memory_mb,
            allow_remote=allow_remote,
            allow_federation=allow_federation,
            allowed_hosts=allowed_hosts,
        )
        serve_forever(config, on_ready=ready, on_restart=restarting)


# ---------------------------------------------------------------- evaluate


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--gold",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    required=True,
    help="Gold claims (JSON Lines).",
)
@click.option(
    "--papers",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="The gold papers [default: papers.jsonl or dev-papers.jsonl beside GOLD].",
)
@click.option(
    "--errors",
    type=click.IntRange(min=0),
    default=0,
    help="List this many missed and spurious claims.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@min_confidence_option
def evaluate(
    gold: Path, papers: Path | None, errors: int, as_json: bool, min_confidence: float
) -> None:
    """Extract the gold papers and score the claims against GOLD (CLAIMS.md rules)."""
    from claimgraph.pipeline import extract as extract_claims
    from claimgraph.scoring import format_report, load_gold, score
    from claimgraph.sources import read_papers

    papers = papers or _papers_beside(gold)
    with _errors_as_click():
        gold_claims = load_gold(gold)
        sources = read_papers([papers])
    _report_problems(sources.problems)
    predicted = [
        c for r in extract_claims(sources.papers, min_confidence=min_confidence) for c in r.claims
    ]
    evaluation = score(predicted, gold_claims, papers=[p.id for p in sources.papers])
    if as_json:
        click.echo(json.dumps(evaluation.to_dict(), indent=2))
    else:
        click.echo(format_report(evaluation, errors=errors))


def _papers_beside(gold: Path) -> Path:
    for name in ("papers.jsonl", gold.name.replace("claims", "papers")):
        candidate = gold.with_name(name)
        if candidate.exists() and candidate != gold:
            return candidate
    raise click.UsageError("give --papers: no papers file found beside the gold file")


# ---------------------------------------------------------------- store health


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Check only this many papers."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@store_option
def check(limit: int | None, quiet: bool, store_path: Path | None) -> None:
    """Validate every paper graph of the store against ontology/shapes.ttl.

    Prints the store's counts and one line per graph that breaks a shape; exits 1 if any.
    """
    from claimgraph.health import check_store
    from claimgraph.store import open_store

    location = _store_path(store_path)
    with _errors_as_click():
        store = open_store(location, read_only=True)
        with _progress(quiet, "checking") as (on_start, on_paper):
            total = sum(1 for _ in store.named_graphs())
            on_start(min(total, limit) if limit else total)
            report = check_store(store, limit=limit, on_graph=lambda _: on_paper(None))
    for problem in report.problems:
        click.secho(f"error: {problem.graph}: {problem.message}", fg="red", err=True)
    _print_totals(location, report.stats)
    verdict = "all conform" if report.healthy else f"{len(report.problems)} do not conform"
    click.echo(f"Checked {report.graphs_checked} paper graphs against the shapes: {verdict}.")
    if not report.healthy:
        sys.exit(1)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("target", type=click.Path(path_type=Path))
@store_option
def backup(target: Path, store_path: Path | None) -> None:
    """Copy the store to TARGET (a new directory), consistently, even while it is in use."""
    from claimgraph.health import backup_store

    with _errors_as_click():
        stats = backup_store(_store_path(store_path), target)
    _print_totals(target, stats)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--replace", is_flag=True, help="Overwrite an existing store.")
@store_option
def restore(source: Path, replace: bool, store_path: Path | None) -> None:
    """Put the backup SOURCE in place as the store."""
    from claimgraph.health import restore_store

    location = _store_path(store_path)
    with _errors_as_click():
        stats = restore_store(source, location, replace=replace)
    _print_totals(location, stats)
    if replace:
        click.echo(
            "A read-only `claimgraph serve` started before this keeps answering from the old "
            "store; restart it to serve the restored one."
        )


# ---------------------------------------------------------------- harvest and update


def harvest_options(function: F) -> F:
    """Options every harvesting command takes."""
    for option in reversed(
        [
            store_option,
            min_confidence_option,
            click.option(
                "--delay-s",
                type=click.FloatRange(min=0.0),
                envvar="CLAIMGRAPH_HARVEST_DELAY_S",
                show_envvar=True,
                default=3.0,
                show_default=True,
                help="Seconds between two requests (arXiv asks for 3).",
            ),
            click.option(
                "--save",
                type=click.Path(dir_okay=False, path_type=Path),
                default=None,
                help="Also append each fetched paper to this JSON Lines file "
                "(`claimgraph ingest FILE` replays it offline).",
            ),
            click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON."),
            click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
        ]
    ):
        function = option(function)
    return function


def _url_option(name: str, envvar: str, default: str, what: str) -> Callable[[F], F]:
    return click.option(
        name,
        envvar=envvar,
        show_envvar=True,
        default=default,
        show_default=True,
        help=f"Base URL of {what}.",
    )


@cli.group(context_settings=CONTEXT_SETTINGS)
def harvest() -> None:
    """Fetch papers from arXiv or Hugging Face Daily Papers and ingest them.

    \b
    claimgraph harvest arxiv --category cs.DC --category cs.LG --since 2026-11-30
    claimgraph harvest arxiv --query 'abs:"speculative decoding"' --max 500
    claimgraph harvest daily-papers --date 2026-12-04   # or --week 2026-W49, --month 2026-11
    claimgraph update                                   # every harvest, from where it stopped

    A harvest ingests what it fetches (same extraction, same store) and remembers in the
    store where it stopped: run it again, or `claimgraph update`, to go on from there.
    One request every --delay-s seconds; a busy service (503/429) is waited for as it asks.
    """


@harvest.command("arxiv", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--category",
    "categories",
    multiple=True,
    metavar="CAT",
    help="An arXiv category (cs.DC) or archive (cs); repeat for more. Uses OAI-PMH.",
)
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    help="With --category: papers first submitted (v1) on or after this day.",
)
@click.option("--query", metavar="QUERY", help="An arXiv API search ('cat:cs.DC AND abs:GPU').")
@click.option(
    "--max",
    "max_results",
    type=click.IntRange(min=1),
    default=None,
    help="With --query: at most this many results (the API gives at most 30,000).",
)
@_url_option(
    "--oai-url", "CLAIMGRAPH_ARXIV_OAI_URL", "https://oaipmh.arxiv.org/oai", "arXiv OAI-PMH"
)
@_url_option(
    "--api-url", "CLAIMGRAPH_ARXIV_API_URL", "https://export.arxiv.org/api/query", "the arXiv API"
)
@harvest_options
def harvest_arxiv(
    categories: tuple[str, ...],
    since: str | None,
    query: str | None,
    max_results: int | None,
    oai_url: str,
    api_url: str,
    **common: Any,
) -> None:
    """Harvest arXiv: a category since a day (OAI-PMH), or a search (the arXiv API).

    --category/--since lists every record arXiv changed since the day and keeps those first
    submitted (version 1) since then in one of the categories; deleted records are skipped.
    A later version replaces the paper's claims.  --query searches, newest change first;
    running it again fetches only what changed since.  Exits with status 1 when an answer
    could not be read or the harvest had to stop (run `claimgraph update` to resume).
    """
    from datetime import date

    from claimgraph.harvest import HarvestSpec

    if query is not None and (categories or since):
        raise click.UsageError("give either --query or --category/--since, not both")
    if query is None:
        if not categories or since is None:
            raise click.UsageError("give --category (one or more) and --since, or --query")
        try:
            date.fromisoformat(since)
        except ValueError:
            raise click.BadParameter(
                f"not a date (YYYY-MM-DD): {since!r}", param_hint="--since"
            ) from None
        spec = HarvestSpec("arxiv-oai", categories=categories, since=since)
    else:
        if not query.strip():
            raise click.BadParameter("an empty query", param_hint="--query")
        spec = HarvestSpec("arxiv-api", query=query, max_results=max_results)
    _harvest_command(spec, oai_url=oai_url, api_url=api_url, **common)


@harvest.command("daily-papers", context_settings=CONTEXT_SETTINGS)
@click.option("--date", "day", metavar="YYYY-MM-DD", help="One day's Daily Papers.")
@click.option("--week", metavar="YYYY-Www", help="One ISO week's (2026-W49).")
@click.option("--month", metavar="YYYY-MM", help="One month's.")
@_url_option("--hf-url", "CLAIMGRAPH_HF_URL", "https://huggingface.co", "the Hugging Face Hub")
@harvest_options
def harvest_daily_papers(
    day: str | None, week: str | None, month: str | None, hf_url: str, **common: Any
) -> None:
    """Harvest Hugging Face Daily Papers for a day, a week or a month.

    Papers are stored under their arXiv id, so a paper also read from arXiv or from a Daily
    Papers dump is one paper.  `claimgraph update` then fetches each following day up to
    today.  Exits with status 1 when an answer could not be read.
    """
    from claimgraph.harvest import HarvestSpec
    from claimgraph.harvest.daily_papers import parse_period

    given = [(kind, value) for kind, value in (("date", day), ("week", week), ("month", month))]
    chosen = [(kind, value) for kind, value in given if value is not None]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of --date, --week, --month")
    kind, value = chosen[0]
    try:
        period = parse_period(kind, value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=f"--{kind}") from None
    spec = HarvestSpec("daily-papers", period_kind=kind, period=period.text)
    _harvest_command(spec, hf_url=hf_url, **common)


@cli.command(context_settings=CONTEXT_SETTINGS)
@_url_option(
    "--oai-url", "CLAIMGRAPH_ARXIV_OAI_URL", "https://oaipmh.arxiv.org/oai", "arXiv OAI-PMH"
)
@_url_option(
    "--api-url", "CLAIMGRAPH_ARXIV_API_URL", "https://export.arxiv.org/api/query", "the arXiv API"
)
@_url_option("--hf-url", "CLAIMGRAPH_HF_URL", "https://huggingface.co", "the Hugging Face Hub")
@harvest_options
def update(oai_url: str, api_url: str, hf_url: str, **common: Any) -> None:
    """Run every earlier harvest again, each from where it stopped.

    OAI-PMH harvests go on from the resumption token of an interrupted run, or from the day
    the last finished run began; searches fetch what changed since; Daily Papers the days
    after the last one done, up to today.  `claimgraph info` lists the harvests.
    """
    _harvest_command(None, oai_url=oai_url, api_url=api_url, hf_url=hf_url, **common)


def _harvest_command(
    spec: Any,
    *,
    store_path: Path | None,
    min_confidence: float,
    delay_s: float,
    save: Path | None,
    as_json: bool,
    quiet: bool,
    oai_url: str | None = None,
    api_url: str | None = None,
    hf_url: str | None = None,
) -> None:
    from claimgraph.harvest import Endpoints, HarvestOptions, harvest, update
    from claimgraph.store import open_store, store_stats

    defaults = Endpoints()
    endpoints = Endpoints(
        oai_url=oai_url or defaults.oai_url,
        api_url=api_url or defaults.api_url,
        hf_url=hf_url or defaults.hf_url,
    )
    location = _store_path(store_path)
    with _errors_as_click(), _harvest_progress(quiet) as on_progress:
        store = open_store(location)
        save_file = save.open("a", encoding="utf-8") if save is not None else None
        options = HarvestOptions(
            endpoints=endpoints,
            delay_s=delay_s,
            min_confidence=min_confidence,
            save=save_file,
            on_progress=on_progress,
        )
        try:
            reports = update(store, options) if spec is None else [harvest(store, spec, options)]
        except KeyboardInterrupt:
            raise click.ClickException(
                "interrupted; every page finished is stored: run `claimgraph update` to resume"
            ) from None
        finally:
            if save_file is not None:
                save_file.close()
        totals = store_stats(store)
        del store
        _warm(location)
    if spec is None and not reports:
        click.echo("No harvests in this store yet: start one with `claimgraph harvest`.")
    for report in reports:
        for problem in report.problems:
            click.secho(f"error: {problem}", fg="red", err=True)
        if report.stopped is not None:
            click.secho(f"error: {report.stopped}", fg="red", err=True)
    if as_json:
        click.echo(json.dumps([asdict(r) for r in reports], indent=2))
    else:
        for report in reports:
            click.echo(_harvest_summary(report))
        _print_totals(location, totals)
    if any(not report.ok for report in reports):
        sys.exit(1)


def _harvest_summary(report: Any) -> str:
    kept = f", {report.kept_newer} kept (a later version is stored)" if report.kept_newer else ""
    deleted = f", {report.deleted} deleted skipped" if report.deleted else ""
    return (
        f"{report.description}: {report.requests} requests, {report.fetched} papers fetched, "
        f"{report.stored} stored ({report.new} new){kept}{deleted}, {report.claims} claims."
    )


@contextmanager
def _harvest_progress(quiet: bool) -> Iterator[Callable[[Any], None]]:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        disable=quiet,
        console=_stderr_console(),
        transient=True,
    )
    task = progress.add_task("harvesting")

    def on_progress(report: Any) -> None:
        progress.update(
            task,
            description=(
                f"{report.description}: {report.requests} requests, {report.fetched} papers "
                f"fetched, {report.new} new, {report.claims} claims"
            ),
        )

    with progress:
        yield on_progress


# ---------------------------------------------------------------- info


@cli.command(context_settings=CONTEXT_SETTINGS)
@store_option
def info(store_path: Path | None) -> None:
    """Where the store is, what it holds, where slow query answers are cached, and the
    harvests it keeps current (with where each stopped)."""
    from claimgraph.harvest import load_harvests
    from claimgraph.resultcache import default_cache_dir
    from claimgraph.store import open_store, store_stats

    location = _store_path(store_path)
    with _errors_as_click():
        store = open_store(location, read_only=True)
        totals = store_stats(store)
        harvests = load_harvests(store)
    click.echo(f"store:   {location}")
    click.echo(f"papers:  {totals.papers}")
    click.echo(f"claims:  {totals.claims}")
    click.echo(f"systems: {totals.systems}")
    click.echo(f"triples: {totals.triples}")
    click.echo(f"cache:   {default_cache_dir()}")
    if harvests:
        click.echo(f"harvests: {len(harvests)} (`claimgraph update` runs them all)")
    for state in harvests:
        click.echo(f"  {state.spec.id}: claimgraph {state.spec.describe()}")
        click.echo(f"    {state.status()}")


def main() -> None:
    """The ``claimgraph`` command: the click group, with output that cannot be written (a
    full disk, ``> /dev/full``, a closed pipe) reported in one line instead of a traceback."""
    try:
        cli(prog_name="claimgraph", standalone_mode=True)
    except BrokenPipeError:
        # the reader went away (``| head``): nothing more to say to it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as error:
        reason = error.strerror or str(error)
        click.echo(f"Error: cannot write the output: {reason}", err=True)
        sys.exit(1)
