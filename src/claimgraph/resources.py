"""Files that ship with claimgraph: the ontology, the named queries and the data folder.

In a wheel they live inside the package (hatchling ``force-include``); in a source
checkout or an editable install they are read from the top-level folders.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def shipped(folder: str) -> Traversable:
    """The shipped folder ``ontology``, ``queries`` or ``data``."""
    packaged = resources.files("claimgraph").joinpath(folder)
    if packaged.is_dir():
        return packaged
    return _CHECKOUT_ROOT / folder


def shipped_text(folder: str, name: str) -> str:
    return shipped(folder).joinpath(name).read_text(encoding="utf-8")
