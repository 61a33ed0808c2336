"""Named SPARQL queries (the shipped ``queries/*.rq`` files) and running them on a store.

A query file starts with comment lines: a one-line description, then one
``# param: NAME  description`` line per parameter.  A parameter whose description
starts with "optional" may be left out; every other one is required.

Parameter ``NAME`` is the SPARQL variable ``?NAME``.  Its value reaches the query
only as a bound literal (pyoxigraph ``substitutions``), never as query text, so the
query must project the variable (pyoxigraph refuses to bind one it does not).  A
left-out optional parameter stays unbound, so write it where a free variable means
"any": a triple pattern or a ``BIND`` whose result it then has to equal.  Avoid
``BOUND(?param)``: Oxigraph may decide it statically before the value is bound.

Two parameter names are normalised before binding: ``system`` is a system's name in
any spelling or alias and is bound as its key (``names.name_key`` of the resolved
name, the ``cg:key`` of the system), and ``metric`` is lower-cased and must be one
of ``records.METRICS``.

Queries run with the union of the paper graphs as the default graph, so an ad-hoc
query need not say ``GRAPH``; the shipped ones do, which keeps them correct on an
Oxigraph server too (in the union, a system's triples repeat once per paper).
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from claimgraph.names import AliasTable, default_aliases
from claimgraph.records import METRICS
from claimgraph.resources import shipped

__all__ = [
    "NamedQuery",
    "QueryError",
    "QueryParam",
    "QueryResult",
    "Value",
    "bind_params",
    "list_queries",
    "load_query",
    "parse_query_file",
    "parse_query_text",
    "run_query",
    "system_key",
    "term_value",
]

Value = str | float | int | None
"""A cell of a result row: a plain Python value converted from an RDF term."""

SYSTEM_PARAMS = frozenset({"system"})
"""Parameters that name a system; they are bound as the system's key."""

_INTERNAL_LINE = re.compile(r"#\s*internal:")
_PARAM_LINE = re.compile(r"#\s*param:\s*(?P<name>\S+)\s*(?P<description>.*)$")
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_FLOAT_TYPES = frozenset(_XSD + t for t in ("double", "float", "decimal"))
_INT_TYPES = frozenset(
    _XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)


class QueryError(Exception):
    """A query that cannot run: unknown name, bad parameters, or invalid SPARQL."""


@dataclass(frozen=True)
class QueryParam:
    """One parameter a query file declares."""

    name: str
    description: str
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name (the file name without ``.rq``), description, parameters, text."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    internal: bool = False
    """Marked ``# internal:`` in its header: plumbing of a command, left out of ``--list``."""

    def param(self, name: str) -> QueryParam | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class QueryResult:
    """The rows of a query, with plain Python values (``None`` for an unbound variable)."""

    columns: list[str]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def to_dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        return iter(self.rows)


def parse_query_text(name: str, text: str) -> NamedQuery:
    """Read the header comments of a query: the description and the ``# param:`` lines."""
    description = ""
    internal = False
    params: list[QueryParam] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        if _INTERNAL_LINE.match(stripped):
            internal = True
            continue
        match = _PARAM_LINE.match(stripped)
        if match is None:
            if not description and not params:
                description = stripped.lstrip("#").strip()
            continue
        param_name, param_description = match["name"], match["description"].strip()
        if not _PARAM_NAME.fullmatch(param_name):
            raise QueryError(f"query {name!r}: parameter name {param_name!r} is not a variable")
        if any(p.name == param_name for p in params):
            raise QueryError(f"query {name!r}: parameter {param_name!r} declared twice")
        optional = param_description.lower().startswith("optional")
        params.append(QueryParam(param_name, param_description, optional))
    return NamedQuery(
        name=name, description=description, params=tuple(params), text=text, internal=internal
    )


def parse_query_file(path: Path | Traversable) -> NamedQuery:
    """A ``.rq`` file as a :class:`NamedQuery` named after the file."""
    name = path.name.removesuffix(".rq")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"cannot read query file {path}: {error.strerror or error}") from None
    query = parse_query_text(name, text)
    if not query.description:
        raise QueryError(f"query file {path} does not start with a '# description' line")
    return query


def list_queries() -> list[NamedQuery]:
    """The shipped queries, by name."""
    folder = shipped("queries")
    files = [f for f in folder.iterdir() if f.is_file() and f.name.endswith(".rq")]
    return [parse_query_file(f) for f in sorted(files, key=lambda f: f.name.removesuffix(".rq"))]


def load_query(name: str) -> NamedQuery:
    """The shipped query ``name`` (``who-beats-whom`` or ``who-beats-whom.rq``)."""
    wanted = name.strip().removesuffix(".rq")
    queries = list_queries()
    for query in queries:
        if query.name == wanted:
            return query
    known = ", ".join(q.name for q in queries)
    raise QueryError(f"unknown query {name!r}; known queries: {known}")


def system_key(name: str, aliases: AliasTable | None = None) -> str:
    """The ``cg:key`` of the system called ``name`` (alias-aware, as ``rdf.py`` computes it)."""
    resolved = (default_aliases() if aliases is None else aliases).resolve(name)
    return resolved.key or " ".join(name.lower().split())


def bind_params(
    query: NamedQuery, params: Mapping[str, str], aliases: AliasTable | None
) -> dict[Any, Any]:
    """The pyoxigraph substitutions for ``params``: checked against the parameters the
    query declares, normalised as the module docstring says, raising :class:`QueryError`."""
    declared = {p.name for p in query.params}
    unknown = sorted(set(params) - declared)
    if unknown:
        takes = ", ".join(p.name for p in query.params) or "no parameters"
        raise QueryError(
            f"unknown parameter {unknown[0]!r} for query {query.name!r}; it takes: {takes}"
        )
    substitutions: dict[Any, Any] = {}
    for param in query.params:
        value = params.get(param.name)
        if value is None:
            if param.optional:
                continue
            raise QueryError(
                f"query {query.name!r} needs parameter {param.name!r} ({param.description})"
            )
        if not isinstance(value, str):
            raise QueryError(f"parameter {param.name!r} must be a string, not {value!r}")
        if param.name in SYSTEM_PARAMS:
            value = system_key(value, aliases)
        elif param.name == "metric":
            value = value.strip().lower()
            if value not in METRICS:
                raise QueryError(f"unknown metric {value!r}; known metrics: {', '.join(METRICS)}")
        substitutions[ox.Variable(param.name)] = ox.Literal(value)
    return substitutions


def optional_str(value: Value) -> str | None:
    """A result cell as text, ``None`` kept (an unbound OPTIONAL)."""
    return None if value is None else str(value)


class MalformedClaimWarning(UserWarning):
    """A stored claim whose value is not a finite number (written by hand through a
    writable server or a merged shard); readers skip it. ``claimgraph check`` lists them."""


def claim_number(value: Value, claim: object) -> float | None:
    """A stored claim's value as a number, or ``None`` (with a warning) when it is none."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    warnings.warn(MalformedClaimWarning(f"{claim}: value {value!r} is not a number"), stacklevel=2)
    return None


def claim_numbers(row: dict[str, Value], claim: object) -> tuple[float, float | None] | None:
    """A stored claim's ``value`` and ``value_max`` as numbers, or ``None`` (with a warning)
    when either is not a number: every reader of claims skips such a claim the same way."""
    value = claim_number(row["value"], claim)
    if value is None:
        return None
    if row["value_max"] is None:
        return value, None
    value_max = claim_number(row["value_max"], claim)
    return None if value_max is None else (value, value_max)


def optional_float(value: Value) -> float | None:
    """A result cell as a number, ``None`` kept (an unbound OPTIONAL)."""
    return None if value is None else float(value)


def term_value(term: object) -> Value:
    """A plain Python value for an RDF term: numbers for numeric literals, else strings."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _FLOAT_TYPES:
                return float(term.value)
            if datatype in _INT_TYPES:
                return int(term.value)
        except ValueError:
            return term.value
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


_SPARQL_NOISE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)
_CLAUSE_WORDS = re.compile(r"(?<![\w:?$])(SERVICE|FROM|LOAD)(?![\w:-])", re.IGNORECASE)


def sparql_clauses(text: str) -> set[str]:
    """Which of SERVICE, FROM and LOAD a SPARQL text uses as keywords.

    FROM is read outside strings, IRIs, comments and prefixed names.  SERVICE and LOAD are
    found anywhere a word can stand (fail closed: a lexer of our own can be fooled by
    escapes, and a query that only mentions the word can still pass --allow-federation).
    """
    bare = _SPARQL_NOISE.sub(" ", text)
    found = {word.upper() for word in _CLAUSE_WORDS.findall(bare)}
    found |= {word.upper() for word in _CALLS_OUT.findall(text)}
    return found


_CALLS_OUT = re.compile(r"\b(SERVICE|LOAD)\b", re.IGNORECASE)


def run_query(
    store: ox.Store,
    text: str | NamedQuery,
    params: Mapping[str, str] | None = None,
    *,
    aliases: AliasTable | None = None,
    limit: int | None = None,
    allow_federation: bool = False,
) -> QueryResult:
    """Run a read-only SPARQL query (SELECT, ASK or CONSTRUCT) with bound parameters.

    ``SERVICE`` (a call to another endpoint) is refused unless ``allow_federation``;
    a query with ``FROM`` or ``FROM NAMED`` runs over the graphs it names, any other over
    the union of the paper graphs.

    ``text`` is query text (its ``# param:`` header lines declare the parameters) or a
    :class:`NamedQuery`.  ``limit`` stops reading solutions after that many rows (the
    engine streams them, so a first page of an unordered query comes fast).  Raises
    :class:`QueryError` with a one-line message for unknown or missing parameters,
    invalid SPARQL and store errors.
    """
    query = text if isinstance(text, NamedQuery) else parse_query_text("query", text)
    substitutions = bind_params(query, params or {}, aliases)
    clauses = sparql_clauses(query.text)
    if "SERVICE" in clauses and not allow_federation:
        raise QueryError(
            f"query {query.name!r} calls another endpoint (SERVICE), which is off so that a "
            "query cannot make this machine fetch URLs; pass --allow-federation to permit it"
        )
    try:
        solutions = store.query(
            query.text,
            # FROM / FROM NAMED choose the dataset themselves; without them the default
            # graph is the union of the paper graphs
            use_default_graph_as_union=not clauses & {"FROM"},
            substitutions=substitutions or None,
        )
        if isinstance(solutions, ox.QueryBoolean):
            return QueryResult(columns=["result"], rows=[(bool(solutions),)])
        if isinstance(solutions, ox.QueryTriples):
            return QueryResult(
                columns=["subject", "predicate", "object"],
                rows=[
                    (term_value(t.subject), term_value(t.predicate), term_value(t.object))
                    for t in islice(solutions, limit)
                ],
            )
        variables = list(solutions.variables)
        rows = [
            tuple(term_value(solution[v]) for v in variables)
            for solution in islice(solutions, limit)
        ]
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL in query {query.name!r}: {_one_line(error)}") from None
    except (OSError, ValueError, TypeError, RuntimeError) as error:
        raise QueryError(f"query {query.name!r} failed: {_one_line(error)}") from None
    return QueryResult(columns=[v.value for v in variables], rows=rows)
