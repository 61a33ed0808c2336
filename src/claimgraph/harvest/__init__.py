"""Live sources: keep the store current from arXiv (OAI-PMH and the API) and Hugging Face
Daily Papers.

:func:`harvest` runs one harvest (a :class:`HarvestSpec`) and :func:`update` every harvest
the store knows, each from where it stopped; :func:`load_harvests` lists them.  Modules:
``http`` (polite requests), ``oai``, ``arxiv_api`` and ``daily_papers`` (one service each:
answers to papers), ``state`` (a harvest's activity and checkpoint in the store) and ``run``
(the loop that fetches, stores and checkpoints).
"""

from claimgraph.harvest.http import FetchError, MalformedResponse, ServiceUnavailable
from claimgraph.harvest.run import (
    DEFAULT_API_URL,
    DEFAULT_DELAY_S,
    DEFAULT_HF_URL,
    DEFAULT_OAI_URL,
    Endpoints,
    HarvestOptions,
    HarvestReport,
    harvest,
    update,
)
from claimgraph.harvest.state import HarvestSpec, HarvestState, load_harvests

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_DELAY_S",
    "DEFAULT_HF_URL",
    "DEFAULT_OAI_URL",
    "Endpoints",
    "FetchError",
    "HarvestOptions",
    "HarvestReport",
    "HarvestSpec",
    "HarvestState",
    "MalformedResponse",
    "ServiceUnavailable",
    "harvest",
    "load_harvests",
    "update",
]
