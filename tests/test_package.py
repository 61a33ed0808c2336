"""The package as installed: its public API and the files the wheel has to carry.

Run against a normal (non-editable) install, these fail when the wheel is missing a shipped
file, which an editable install or a source checkout would hide.
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib import metadata, resources
from types import ModuleType

import pytest

import claimgraph

PUBLIC_API = [
    "AliasTable",
    "Claim",
    "Paper",
    "PaperClaims",
    "SourceProblem",
    "SystemName",
    "__version__",
    "default_aliases",
    "name_key",
]

SUBMODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(claimgraph.__path__)
    if info.name != "__main__"  # importing it runs the command
)


def submodule(name: str) -> ModuleType:
    return importlib.import_module(f"claimgraph.{name}")


def test_all_is_the_public_api() -> None:
    assert claimgraph.__all__ == PUBLIC_API


def test_all_names_exist() -> None:
    for name in claimgraph.__all__:
        assert hasattr(claimgraph, name), name


def test_no_public_names_outside_all() -> None:
    leaked = {
        name
        for name, value in vars(claimgraph).items()
        if not name.startswith("_")
        and name not in claimgraph.__all__
        and not isinstance(value, ModuleType)  # submodules imported by the re-exports
    }
    assert leaked == set()


def test_version_is_the_distribution_version() -> None:
    assert claimgraph.__version__ == metadata.version("claimgraph")


def test_the_package_has_the_expected_modules() -> None:
    assert {"cli", "pipeline", "sources", "extraction", "rdf", "store", "queries"} <= set(
        SUBMODULES
    )


@pytest.mark.parametrize("name", SUBMODULES)
def test_module_all_names_exist(name: str) -> None:
    module = submodule(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        return
    assert len(exported) == len(set(exported)), f"claimgraph.{name}.__all__ has duplicates"
    missing = [n for n in exported if not hasattr(module, n)]
    assert missing == [], f"claimgraph.{name}.__all__ names missing attributes"


# ---------------------------------------------------------------- shipped files


def installed(folder: str) -> list[str]:
    root = resources.files("claimgraph").joinpath(folder)
    assert root.is_dir(), f"the installed package has no claimgraph/{folder}/"
    return sorted(f.name for f in root.iterdir() if f.is_file())


def test_wheel_carries_the_queries() -> None:
    names = installed("queries")
    assert {"who-beats-whom.rq", "beaten-by.rq", "claims-about.rq"} <= set(names)
    assert all(n.endswith(".rq") for n in names)


def test_wheel_carries_the_ontology() -> None:
    assert {"claimgraph.ttl", "shapes.ttl"} <= set(installed("ontology"))


def test_wheel_carries_the_data() -> None:
    names = installed("data")
    assert "aliases.tsv" in names
    assert len([n for n in names if n.endswith(".txt")]) >= 1  # the bundled corpus
    aliases = resources.files("claimgraph").joinpath("data", "aliases.tsv")
    assert aliases.read_text(encoding="utf-8").strip()


def test_wheel_carries_py_typed() -> None:
    assert resources.files("claimgraph").joinpath("py.typed").is_file()


def test_shipped_folders_are_read_from_the_package() -> None:
    from claimgraph.resources import shipped

    package = resources.files("claimgraph")
    for folder in ("queries", "ontology", "data"):
        assert str(shipped(folder)) == str(package.joinpath(folder))


# ---------------------------------------------------------------- entry points


def test_console_script() -> None:
    (script,) = [
        ep for ep in metadata.entry_points(group="console_scripts") if ep.name == "claimgraph"
    ]
    from claimgraph.cli import main

    # main runs the click group and turns unwritable output into one line
    assert script.load() is main


def test_spacy_factory_entry_point() -> None:
    (factory,) = [
        ep
        for ep in metadata.entry_points(group="spacy_factories")
        if ep.name == "claimgraph_claims"
    ]
    assert callable(factory.load())
