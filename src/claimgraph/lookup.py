"""Look a system up by name: the claims where it wins and where it is beaten.

A name matches a system when, after ``names.name_key`` (case, spaces and punctuation
do not count) and the alias table ("FA2" -> FlashAttention-2), it equals the system's
key or one of the spellings the papers use for it.  When nothing matches, the result
carries "did you mean" suggestions instead.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import pyoxigraph as ox

from claimgraph.names import AliasTable, name_key
from claimgraph.queries import (
    SYSTEM_PARAMS,
    NamedQuery,
    Value,
    claim_numbers,
    load_query,
    optional_str,
    run_query,
    system_key,
)

__all__ = [
    "ClaimRow",
    "LookupResult",
    "claim_row",
    "SystemNameError",
    "lookup",
    "matching_systems",
    "resolve_system",
    "resolve_system_params",
    "suggest_systems",
    "unknown_system_message",
]

_AS_IS = AliasTable()
"""An empty alias table: resolving a key through it gives the key back unchanged."""


@dataclass(frozen=True)
class ClaimRow:
    """One claim as ``lookup`` shows it, with the field names of CLAIMS.md.

    ``subject`` and ``baseline`` are spelled as in the paper's claim.
    """

    paper: str
    subject: str
    baseline: str | None
    baseline_kind: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str | None
    metric: str
    context: str | None
    sentence: str
    paper_title: str
    paper_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LookupResult:
    """What the store says about one name."""

    query: str
    """The name as asked."""
    keys: list[str] = field(default_factory=list)
    """Keys of the matching systems (usually one)."""
    labels: list[str] = field(default_factory=list)
    """Display labels of the matching systems, in the order of ``keys``."""
    as_subject: list[ClaimRow] = field(default_factory=list)
    as_baseline: list[ClaimRow] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    """Labels of similarly named systems, closest first, when nothing matched."""

    @property
    def found(self) -> bool:
        return bool(self.keys)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "keys": list(self.keys),
            "labels": list(self.labels),
            "as_subject": [row.to_dict() for row in self.as_subject],
            "as_baseline": [row.to_dict() for row in self.as_baseline],
            "suggestions": list(self.suggestions),
        }


def _spelling(name: str) -> str:
    """A spelling compared case- and space-insensitively (for names ``name_key`` empties)."""
    return " ".join(name.lower().split())


def _str(value: Value) -> str:
    return "" if value is None else str(value)


def claim_row(row: dict[str, Value]) -> ClaimRow | None:
    """A result row of the claim queries as a :class:`ClaimRow`, or ``None`` (with a
    warning) when its value is not a number."""
    numbers = claim_numbers(row, row.get("claim", row["paper"]))
    if numbers is None:
        return None
    value, value_max = numbers
    return ClaimRow(
        paper=_str(row["paper"]),
        subject=_str(row["subject"]),
        baseline=optional_str(row["baseline"]),
        baseline_kind=_str(row["baseline_kind"]),
        value=value,
        value_max=value_max,
        unit=_str(row["unit"]),
        qualifier=optional_str(row["qualifier"]),
        metric=_str(row["metric"]),
        context=optional_str(row["context"]),
        sentence=_str(row["sentence"]),
        paper_title=_str(row["paper_title"]),
        paper_date=optional_str(row["paper_date"]),
    )


def _suggestions(name: str, spellings: dict[str, set[str]], labels: dict[str, str]) -> list[str]:
    """Labels of the systems whose key or a spelling is close to ``name``, closest first."""
    wanted = [w for w in {_spelling(name), name_key(name)} if w]
    choices: dict[str, set[str]] = {}
    for key, names in spellings.items():
        for spelling in {key, *(_spelling(n) for n in names)}:
            choices.setdefault(spelling, set()).add(key)
    scored: dict[str, float] = {}
    for word in wanted:
        for close in difflib.get_close_matches(word, list(choices), n=10, cutoff=0.7):
            score = difflib.SequenceMatcher(None, word, close).ratio()
            for key in choices[close]:
                scored[key] = max(scored.get(key, 0.0), score)
    ranked = sorted(scored, key=lambda key: (-scored[key], labels[key].lower(), key))
    return [labels[key] for key in ranked[:5]]


def suggest_systems(store: ox.Store, name: str) -> list[str]:
    """Labels of up to five systems named like ``name``, closest first (reads every name)."""
    every = _every_spelling(store)
    names = {key: {n for _, n in entries} for key, entries in every.items()}
    return _suggestions(name, names, _labels(every))


class SystemNameError(ValueError):
    """A name that names no system of the store, or several."""


def unknown_system_message(name: str, suggestions: list[str]) -> str:
    """What every command says of a name that matches no system."""
    if not suggestions:
        return f"no system called {name!r} in the store (`claimgraph query systems` lists them)"
    return f"no system called {name!r}; did you mean: {', '.join(suggestions)}?"


def resolve_system(store: ox.Store, name: str, aliases: AliasTable | None = None) -> str:
    """The key of the one system called ``name``, matched as :func:`lookup` matches.

    Raises :class:`SystemNameError` when no system matches (with the suggestions
    :func:`lookup` would make) or several do.
    """
    exact = system_key(name, aliases)
    matched = sorted(matching_systems(store, name, aliases))
    if exact in matched:
        return exact
    if len(matched) == 1:
        return matched[0]
    if not matched:
        raise SystemNameError(unknown_system_message(name, suggest_systems(store, name)))
    raise SystemNameError(f"{name!r} names several systems: {', '.join(matched)}")


def resolve_system_params(
    store: ox.Store,
    query: NamedQuery,
    params: Mapping[str, str],
    aliases: AliasTable | None = None,
) -> dict[str, str]:
    """``params`` with each system name (``-p system=...``) replaced by the key of the
    system it names, so that a query about an unknown system is an error, not an empty
    answer.  Raises :class:`SystemNameError`."""
    declared = {p.name for p in query.params}
    return {
        name: resolve_system(store, value, aliases)
        if name in SYSTEM_PARAMS and name in declared
        else value
        for name, value in params.items()
    }


Spellings = dict[str, set[tuple[str, str]]]
"""{system key: {(kind, spelling)}} with kind "label" (display label) or "alt"."""


def lookup(store: ox.Store, name: str, aliases: AliasTable | None = None) -> LookupResult:
    """Every claim about the system called ``name`` (any case, spelling or known alias).

    ``aliases`` defaults to the shipped alias table.  With no match, ``suggestions``
    lists up to five similarly named systems.  A name found by its key or an exact
    label costs a few index lookups; only a miss reads every system name.
    """
    result = LookupResult(query=name)
    matched = matching_systems(store, name, aliases)
    if not matched:
        result.suggestions = suggest_systems(store, name)
        return result
    labels = _labels(matched)
    result.keys = sorted(matched)
    result.labels = [labels[key] for key in result.keys]
    about = load_query("claims-about")
    for key in result.keys:
        # The key is bound as it is: the alias table has already been applied.
        rows = run_query(store, about, {"system": key}, aliases=_AS_IS).to_dicts()
        for row in rows:
            target = result.as_subject if row["role"] == "subject" else result.as_baseline
            claim = claim_row(row)
            if claim is not None:
                target.append(claim)
    return result


def matching_systems(store: ox.Store, name: str, aliases: AliasTable | None = None) -> Spellings:
    """The systems ``name`` names, with their spellings: {key: {(kind, spelling)}}.

    By key or exact label first (index lookups); only when that finds nothing is every
    system name read and compared case-, space- and punctuation-insensitively.
    """
    matched = _spellings_of(store, name, aliases)
    if matched:
        return matched
    wanted = {k for k in (system_key(name, aliases), name_key(name), _spelling(name)) if k}
    return {
        key: entries
        for key, entries in _every_spelling(store).items()
        if key in wanted or any(name_key(n) in wanted or _spelling(n) in wanted for _, n in entries)
    }


def _spellings_of(store: ox.Store, name: str, aliases: AliasTable | None) -> Spellings:
    """The systems whose key is ``name``'s key, or with ``name`` exactly as a label."""
    found: Spellings = {}
    query = load_query("system-spellings")
    for key in dict.fromkeys(k for k in (system_key(name, aliases), name_key(name)) if k):
        params = {"key": key, "name": name.strip()}
        for system, kind, spelling, *_ in run_query(store, query, params, aliases=_AS_IS).rows:
            found.setdefault(_str(system), set()).add((_str(kind), _str(spelling)))
    return found


def _every_spelling(store: ox.Store) -> Spellings:
    found: Spellings = {}
    for key, kind, spelling in run_query(store, load_query("system-names")).rows:
        found.setdefault(_str(key), set()).add((_str(kind), _str(spelling)))
    return found


def _labels(spellings: Spellings) -> dict[str, str]:
    """One display label per key: the least display label (as systems.rq), else any name."""
    labels: dict[str, str] = {}
    for key, entries in spellings.items():
        shown = [n for kind, n in entries if kind == "label"]
        labels[key] = min(shown or [n for _, n in entries] or [key])
    return labels
