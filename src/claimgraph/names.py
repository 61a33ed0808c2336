"""Resolution: one system node however its name is spelled.

A name is reduced to a *key* (lower case, letters/digits/``+``/``#`` only), and the
curated alias file maps well-known spellings ("FA2", "FlashAttention 2") onto one
canonical name.  Abbreviations that an abstract defines ("Mixture-of-Experts (MoE)")
are added per paper by the extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimgraph.resources import shipped_text

_NOT_KEY_CHARS = re.compile(r"[^a-z0-9+#]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|our|a|an)\s+", re.IGNORECASE)


def name_key(name: str) -> str:
    """The key two spellings of one name share: ``FlashAttention-2`` -> ``flashattention2``."""
    stripped = _LEADING_ARTICLE.sub("", name.strip())
    return _NOT_KEY_CHARS.sub("", stripped.lower())


@dataclass(frozen=True)
class SystemName:
    """A resolved system: its key (the node's identity), display label and other spellings."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()


class AliasTable:
    """Canonical names of well-known systems, read from ``aliases.tsv``.

    Each line is ``canonical<TAB>alias<TAB>alias...``; ``#`` starts a comment.
    """

    def __init__(self, rows: dict[str, tuple[str, ...]] | None = None) -> None:
        self._canonical_by_key: dict[str, str] = {}
        self._aliases: dict[str, tuple[str, ...]] = {}
        for canonical, aliases in (rows or {}).items():
            self.add(canonical, aliases)

    def add(self, canonical: str, aliases: tuple[str, ...] = ()) -> None:
        self._aliases[canonical] = tuple(aliases)
        for spelling in (canonical, *aliases):
            self._canonical_by_key.setdefault(name_key(spelling), canonical)

    @classmethod
    def from_text(cls, text: str) -> AliasTable:
        table = cls()
        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            canonical, *aliases = [cell.strip() for cell in line.split("\t") if cell.strip()]
            table.add(canonical, tuple(aliases))
        return table

    @classmethod
    def from_path(cls, path: Path) -> AliasTable:
        return cls.from_text(path.read_text(encoding="utf-8"))

    def resolve(self, name: str) -> SystemName:
        key = name_key(name)
        canonical = self._canonical_by_key.get(key)
        if canonical is None:
            return SystemName(key=key, label=name.strip())
        spellings = (canonical, *self._aliases.get(canonical, ()))
        aliases = tuple(s for s in spellings if s != canonical)
        if name.strip() not in spellings:
            aliases = (*aliases, name.strip())
        return SystemName(key=name_key(canonical), label=canonical, aliases=aliases)

    def __len__(self) -> int:
        return len(self._aliases)


@lru_cache(maxsize=1)
def default_aliases() -> AliasTable:
    """The alias file shipped with claimgraph (``data/aliases.tsv``)."""
    return AliasTable.from_text(shipped_text("data", "aliases.tsv"))
