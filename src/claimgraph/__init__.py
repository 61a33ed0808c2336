"""claimgraph: who beats whom, by how much, on what, from ML-systems paper abstracts."""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from claimgraph.names import AliasTable, SystemName, default_aliases, name_key
from claimgraph.records import Claim, Paper, PaperClaims, SourceProblem

try:
    __version__ = _version("claimgraph")
except _PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0+unknown"

__all__ = [
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
