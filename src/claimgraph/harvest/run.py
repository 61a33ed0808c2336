"""Running a harvest: fetch pages politely, store their papers, checkpoint, resume.

The order of writes is what makes a harvest safe to kill at any moment: each page's papers
are extracted and each paper's graph replaced (one atomic update per paper), and only then
is the harvest's state, pointing past that page, written (one atomic update).  Killed in
between, the next run fetches the same page again and stores the same graphs again, which
changes nothing but the fetch times.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, TextIO

import pyoxigraph as ox

from claimgraph.harvest import arxiv_api, daily_papers, oai
from claimgraph.harvest.http import (
    FetchError,
    MalformedResponse,
    PoliteClient,
    Response,
    ServiceUnavailable,
    request_url,
)
from claimgraph.harvest.state import (
    HarvestSpec,
    HarvestState,
    load_harvests,
    load_state,
    save_state,
)
from claimgraph.names import AliasTable, default_aliases
from claimgraph.rdf import CG, RDF, InvalidRecord, paper_iri, paper_quads
from claimgraph.records import Paper, Provenance
from claimgraph.sources import paper_id_for_title
from claimgraph.store import replace_graph

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_DELAY_S",
    "DEFAULT_HF_URL",
    "DEFAULT_OAI_URL",
    "Endpoints",
    "HarvestOptions",
    "HarvestReport",
    "harvest",
    "update",
]

DEFAULT_OAI_URL = "https://oaipmh.arxiv.org/oai"
DEFAULT_API_URL = "https://export.arxiv.org/api/query"
DEFAULT_HF_URL = "https://huggingface.co"
DEFAULT_DELAY_S = 3.0
"""arXiv's terms of use: one request every three seconds."""

_MAX_DAILY_PAGES = 100


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the three services (tests point them at a loopback server)."""

    oai_url: str = DEFAULT_OAI_URL
    api_url: str = DEFAULT_API_URL
    hf_url: str = DEFAULT_HF_URL

    @classmethod
    def from_env(cls) -> Endpoints:
        """``CLAIMGRAPH_ARXIV_OAI_URL``, ``CLAIMGRAPH_ARXIV_API_URL``, ``CLAIMGRAPH_HF_URL``."""
        return cls(
            oai_url=os.environ.get("CLAIMGRAPH_ARXIV_OAI_URL") or DEFAULT_OAI_URL,
            api_url=os.environ.get("CLAIMGRAPH_ARXIV_API_URL") or DEFAULT_API_URL,
            hf_url=os.environ.get("CLAIMGRAPH_HF_URL") or DEFAULT_HF_URL,
        )

    def for_source(self, source: str) -> str:
        if source == "arxiv-oai":
            return self.oai_url
        if source == "arxiv-api":
            return self.api_url
        return self.hf_url.rstrip("/") + "/api/daily_papers"


@dataclass
class HarvestOptions:
    endpoints: Endpoints = field(default_factory=Endpoints)
    delay_s: float = DEFAULT_DELAY_S
    retries: int = 4
    api_page_size: int = arxiv_api.PAGE_SIZE
    min_confidence: float = 0.0
    save: TextIO | None = None
    """Where to write each fetched paper as a JSON line (``claimgraph ingest`` replays it)."""
    today: date | None = None
    """Daily Papers: the current day (UTC today when ``None``); it is fetched, never done."""
    nlp: Language | None = None
    aliases: AliasTable | None = None
    on_progress: Callable[[HarvestReport], None] | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


@dataclass
class HarvestReport:
    """What one run of a harvest did."""

    harvest: str
    description: str
    requests: int = 0
    fetched: int = 0
    """Papers read from the answers (before the date and category filter)."""
    stored: int = 0
    new: int = 0
    """Papers the store did not hold before."""
    kept_newer: int = 0
    """Papers left as they were: the store holds a later arXiv version."""
    deleted: int = 0
    claims: int = 0
    problems: list[str] = field(default_factory=list)
    """One line each, naming the request: answers or records that could not be read."""
    stopped: str | None = None
    """Why the harvest stopped before the end, and how to resume; ``None`` when it ended."""

    @property
    def ok(self) -> bool:
        return not self.problems and self.stopped is None


def harvest(store: ox.Store, spec: HarvestSpec, options: HarvestOptions) -> HarvestReport:
    """Run ``spec``: the first time from the start, later from where it stopped."""
    return _Harvester(store, options).run(spec)


def update(store: ox.Store, options: HarvestOptions) -> list[HarvestReport]:
    """Run every harvest the store knows, each from where it stopped, in the order they began."""
    harvester = _Harvester(store, options)
    return [harvester.run(state.spec) for state in load_harvests(store)]


class _Stop(Exception):
    """Stop this harvest here: its state is saved and an update resumes it."""


class _Harvester:
    def __init__(self, store: ox.Store, options: HarvestOptions) -> None:
        self.store = store
        self.options = options
        self.aliases = options.aliases or default_aliases()
        self._client: PoliteClient | None = None

    def run(self, spec: HarvestSpec) -> HarvestReport:
        endpoint = self.options.endpoints.for_source(spec.source)
        state = load_state(self.store, spec) or HarvestState(spec=spec, started_at=self._now())
        state.endpoint = endpoint
        report = HarvestReport(harvest=spec.id, description=spec.describe())
        # known to `update` before the first request: a harvest killed even then resumes
        save_state(self.store, state)
        with PoliteClient(delay_s=self.options.delay_s, retries=self.options.retries) as client:
            self._client = client
            try:
                if spec.source == "arxiv-oai":
                    self._oai(client, state, report)
                elif spec.source == "arxiv-api":
                    self._api(client, state, report)
                else:
                    self._daily(client, state, report)
            except _Stop as stop:
                report.stopped = f"{stop}; run `claimgraph update` to resume"
            finally:
                report.requests = client.requests
        save_state(self.store, state)
        self.store.flush()
        return report

    # -- the three sources ------------------------------------------------------------------

    def _oai(self, client: PoliteClient, state: HarvestState, report: HarvestReport) -> None:
        spec = state.spec
        since = spec.since or "0001-01-01"
        if state.run_from is None:  # a new run
            state.run_from = state.resume_from or since
            state.complete, state.sets_done, state.token = False, (), None
            state.run_response_date = None
        url = self.options.endpoints.oai_url
        for set_spec in oai.oai_sets(spec.categories):
            if set_spec in state.sets_done:
                continue
            listed_again = False
            while True:
                params = (
                    oai.resume_params(state.token)
                    if state.token
                    else oai.list_records_params(set_spec, state.run_from)
                )
                try:
                    response = self._get(client, url, params)
                except FetchError as error:
                    report.problems.append(str(error))
                    raise _Stop(f"stopped at {request_url(url, params)}") from None
                try:
                    page = oai.parse_list_records(response.text)
                except oai.BadResumptionToken as error:
                    if listed_again:  # a service that refuses its own tokens
                        report.problems.append(f"{response.url}: {error}")
                        raise _Stop(f"stopped at {response.url}") from None
                    # an expired token: list the set again from the run's start (the papers
                    # stored meanwhile are stored again, which changes nothing)
                    report.problems.append(f"{response.url}: {error}; listing the set again")
                    state.token, listed_again = None, True
                    continue
                except MalformedResponse as error:
                    report.problems.append(f"{response.url}: {error}")
                    raise _Stop(f"stopped at {response.url}") from None
                report.problems += [f"{response.url}: {p}" for p in page.problems]
                report.fetched += len(page.papers)
                report.deleted += page.deleted
                if state.run_response_date is None:
                    state.run_response_date = page.response_date
                papers = [p for p in page.papers if oai.wanted(p, spec.categories, since)]
                self._store_papers(papers, spec, report, response.url)
                state.token = page.token
                if page.token is None:
                    state.sets_done = (*state.sets_done, set_spec)
                save_state(self.store, state)  # after the page's papers: see the module doc
                self._progress(report)
                if page.token is None:
                    break
        state.resume_from = (state.run_response_date or state.run_from)[:10]
        state.run_from = state.run_response_date = state.token = None
        state.sets_done = ()
        state.complete, state.ended_at = True, self._now()

    def _api(self, client: PoliteClient, state: HarvestState, report: HarvestReport) -> None:
        spec = state.spec
        if state.next_offset is None:
            state.next_offset, state.run_watermark, state.complete = 0, None, False
        limit = min(spec.max_results or arxiv_api.MAX_RESULTS, arxiv_api.MAX_RESULTS)
        if spec.max_results is not None and spec.max_results > arxiv_api.MAX_RESULTS:
            report.problems.append(
                f"--max {spec.max_results}: the arXiv API gives at most "
                f"{arxiv_api.MAX_RESULTS:,} results per query; the rest is not fetched"
            )
        url = self.options.endpoints.api_url
        total: int | None = None
        while state.next_offset < limit:
            offset = state.next_offset
            size = min(self.options.api_page_size, limit - offset)
            params = arxiv_api.search_params(spec.query or "", offset, size)
            page: arxiv_api.ApiPage | None = None
            shown = request_url(url, params)
            for _ in range(self.options.retries + 1):
                try:
                    response = self._get(client, url, params)
                    page = arxiv_api.parse_feed(response.text)
                except FetchError as error:
                    reason = str(error).removeprefix(f"{shown}: ")
                    if total is None:  # without the first page the size is unknown
                        report.problems.append(f"{shown}: {reason}")
                        raise _Stop(f"stopped at {shown}") from None
                    report.problems.append(f"{shown}: {reason}; page skipped")
                    page = None
                    break
                # the API sometimes answers a page in the middle with no entries: ask again
                if page.entries or offset == 0 or offset >= page.total:
                    break
            seen_all = False
            if page is not None:
                total = page.total
                if total > arxiv_api.MAX_RESULTS and offset == 0:
                    report.problems.append(
                        f"{shown}: the query matches {total:,} results; the arXiv API "
                        f"gives the first {arxiv_api.MAX_RESULTS:,}"
                    )
                if not page.entries and 0 < offset < total:
                    last = min(offset + size, total)
                    report.problems.append(
                        f"{shown}: empty page after {self.options.retries + 1} tries; "
                        f"results {offset + 1}-{last} of {total} are missing"
                    )
                report.problems += [f"{shown}: {p}" for p in page.problems]
                papers: list[Paper] = []
                for entry in page.entries:
                    if state.watermark is not None and entry.updated <= state.watermark:
                        seen_all = True  # newest change first: the rest was seen before
                        break
                    papers.append(entry.paper)
                    if state.run_watermark is None or entry.updated > state.run_watermark:
                        state.run_watermark = entry.updated
                report.fetched += len(papers)
                self._store_papers(papers, spec, report, shown)
            state.next_offset = offset + size
            save_state(self.store, state)
            self._progress(report)
            if seen_all or (total is not None and state.next_offset >= total):
                break
        if state.run_watermark is not None and (
            state.watermark is None or state.run_watermark > state.watermark
        ):
            state.watermark = state.run_watermark
        state.next_offset = state.run_watermark = None
        state.complete, state.ended_at = True, self._now()

    def _daily(self, client: PoliteClient, state: HarvestState, report: HarvestReport) -> None:
        spec = state.spec
        period = daily_papers.parse_period(spec.period_kind or "date", spec.period or "")
        today = self.options.today or datetime.now(UTC).date()
        yesterday = today - timedelta(days=1)
        if state.last_date_done is None:  # the first run: the period as the user named it
            if self._daily_period(client, period.kind, period.text, spec, report):
                state.last_date_done = min(period.last, yesterday).isoformat()
                state.complete, state.ended_at = True, self._now()
            return  # an update goes on day by day from there (or asks the period again)
        retry = list(state.retry_dates)
        start = date.fromisoformat(state.last_date_done) + timedelta(days=1)
        days = [start + timedelta(days=n) for n in range((today - start).days + 1)]
        for day in [date.fromisoformat(d) for d in retry] + days:
            ok = self._daily_period(client, "date", day.isoformat(), spec, report)
            retries = set(state.retry_dates) - {day.isoformat()}
            if not ok:
                retries.add(day.isoformat())
            state.retry_dates = tuple(sorted(retries))
            if day <= yesterday and day.isoformat() > (state.last_date_done or ""):
                state.last_date_done = day.isoformat()
            save_state(self.store, state)
        state.complete, state.ended_at = True, self._now()

    def _daily_period(
        self, client: PoliteClient, kind: str, value: str, spec: HarvestSpec, report: HarvestReport
    ) -> bool:
        """Fetch and store one day, week or month; False when an answer could not be read."""
        url = self.options.endpoints.for_source("daily-papers")
        for number in range(_MAX_DAILY_PAGES):
            params: dict[str, str | int] = {
                kind: value,
                "p": number,
                "limit": daily_papers.PAGE_SIZE,
            }
            shown = request_url(url, params)
            try:
                response = self._get(client, url, params)
                page = daily_papers.parse_daily_papers(response.text)
            except FetchError as error:
                report.problems.append(f"{shown}: {str(error).removeprefix(f'{shown}: ')}")
                return False
            report.problems += [f"{response.url}: {p}" for p in page.problems]
            report.fetched += len(page.papers)
            self._store_papers(page.papers, spec, report, response.url)
            self._progress(report)
            if page.items < daily_papers.PAGE_SIZE:
                break
        return True

    # -- fetching and storing ---------------------------------------------------------------

    def _get(self, client: PoliteClient, url: str, params: dict[str, str | int]) -> Response:
        """The answer; a service still busy or unreachable after the retries stops the
        harvest (:class:`_Stop`); another HTTP error raises :class:`FetchError` for the
        caller to report as it can (skip a page, a day, or stop)."""
        try:
            return client.get(url, params)
        except ServiceUnavailable as error:
            raise _Stop(str(error)) from None

    def _store_papers(
        self, papers: list[Paper], spec: HarvestSpec, report: HarvestReport, request: str
    ) -> None:
        from claimgraph.pipeline import extract

        fetched_at = self._now()
        chosen: list[tuple[Paper, bool]] = []
        for paper in papers:
            iri = paper_iri(paper.id)
            is_new = not self._holds(iri)
            stored_version = None if is_new else self._stored_version(iri)
            if stored_version is not None and (
                paper.arxiv_version is None or paper.arxiv_version < stored_version
            ):
                report.kept_newer += 1  # the claims of the later version win
                continue
            paper = replace(
                paper,
                source=request,
                provenance=Provenance(
                    source=spec.source,
                    record_url=_record_url(paper, spec.source),
                    fetched_at=fetched_at,
                    harvest=spec.id,
                ),
            )
            chosen.append((paper, is_new))
            if self.options.save is not None:
                self.options.save.write(json.dumps(_saved_record(paper), ensure_ascii=False))
                self.options.save.write("\n")
        if self.options.save is not None:
            self.options.save.flush()
        if not chosen:
            return
        if self.options.nlp is None:
            from claimgraph.extraction import load_pipeline

            self.options.nlp = load_pipeline()
        results = extract(
            [paper for paper, _ in chosen],
            min_confidence=self.options.min_confidence,
            nlp=self.options.nlp,
        )
        for (paper, is_new), result in zip(chosen, results, strict=True):
            try:
                quads = paper_quads(result, self.aliases)
            except InvalidRecord as error:
                report.problems.append(f"{request}: paper {paper.id} not stored: {error}")
                continue
            replace_graph(self.store, paper_iri(paper.id), quads)
            title_copy = paper_iri(paper_id_for_title(paper.title))
            if title_copy != paper_iri(paper.id):
                # the same paper read earlier from a dump, known by its title only
                replace_graph(self.store, title_copy, [])
            report.stored += 1
            report.new += is_new
            report.claims += len(result.claims)
            self._progress(report)

    def _holds(self, iri: ox.NamedNode) -> bool:
        return (
            next(iter(self.store.quads_for_pattern(iri, RDF.type, CG.Paper, iri)), None) is not None
        )

    def _stored_version(self, iri: ox.NamedNode) -> int | None:
        """The arXiv version of the stored paper, if it says."""
        versions = [
            int(q.object.value)
            for q in self.store.quads_for_pattern(iri, CG.arxivVersion, None, iri)
            if isinstance(q.object, ox.Literal) and q.object.value.isdigit()
        ]
        return max(versions) if versions else None

    def _progress(self, report: HarvestReport) -> None:
        if self._client is not None:
            report.requests = self._client.requests
        if self.options.on_progress is not None:
            self.options.on_progress(report)

    def _now(self) -> str:
        return self.options.clock().astimezone(UTC).isoformat(timespec="seconds")


def _record_url(paper: Paper, source: str) -> str:
    """The public page of the record the paper was read from (the same whatever endpoint
    served it, so a harvest from a mirror or a replay describes the same record)."""
    if source == "daily-papers":
        return f"https://huggingface.co/papers/{paper.id}"
    version = f"v{paper.arxiv_version}" if paper.arxiv_version is not None else ""
    return f"https://arxiv.org/abs/{paper.id}{version}"


def _saved_record(paper: Paper) -> dict[str, object]:
    """The JSON line ``--save`` writes: the fields ``claimgraph ingest`` reads."""
    record: dict[str, object] = {
        "id": paper.id,
        "title": paper.title,
        "abstract": paper.abstract,
        "date": paper.date,
        "authors": list(paper.authors),
        "organization": paper.organization,
        "url": paper.url,
        "arxiv_id": paper.arxiv_id,
        "arxiv_version": paper.arxiv_version,
        "categories": list(paper.categories),
    }
    if paper.provenance is not None:
        record["harvest"] = paper.provenance.harvest
        record["fetched_at"] = paper.provenance.fetched_at
        record["record_url"] = paper.provenance.record_url
    return {k: v for k, v in record.items() if v not in (None, [])}
