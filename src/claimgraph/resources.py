"""Where claimgraph's files are: those it ships (the ontology, the named queries and the data
folder) and the user's (the store, the query cache).

In a wheel the shipped files live inside the package (hatchling ``force-include``); in a
source checkout or an editable install they are read from the top-level folders.
"""

from __future__ import annotations

import os
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


def user_directory(explicit: str, xdg: str, fallback: str, *parts: str) -> Path:
    """``$explicit`` if set, else ``$xdg/claimgraph/PARTS``, else ``~/FALLBACK/claimgraph/PARTS``
    (the XDG base directories: ``XDG_DATA_HOME`` falls back to ``.local/share``, ...)."""
    chosen = os.environ.get(explicit)
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get(xdg)
    root = Path(base).expanduser() if base else Path.home() / fallback
    return root.joinpath("claimgraph", *parts)
