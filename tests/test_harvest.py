"""Harvests against a real loopback HTTP server replaying the services' documented answers.

The recorded answers are under ``tests/data/harvest/`` (written by its ``make_fixtures.py``):
three OAI-PMH pages chained by resumption tokens plus the next day's, arXiv API pages with an
empty middle page, Daily Papers days, a truncated body and an HTML error page.  Claims are
compared with what the real pipeline extracts from the same abstracts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from claimgraph.cli import cli
from claimgraph.harvest import (
    Endpoints,
    HarvestOptions,
    HarvestSpec,
    harvest,
    load_harvests,
    update,
)
from claimgraph.harvest.daily_papers import parse_period
from claimgraph.harvest.http import PoliteClient, retry_after_s
from claimgraph.harvest.oai import oai_sets, wanted
from claimgraph.pipeline import extract, ingest_paths
from claimgraph.queries import load_query, run_query
from claimgraph.rdf import CG, DCTERMS, PROV, harvest_iri, paper_iri
from claimgraph.records import Paper
from claimgraph.store import open_store

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent / "data" / "harvest"
READING = [
    json.loads(line)
    for line in (DATA.parent / "reading" / "ml-systems.jsonl").read_text().splitlines()
]
OAI_SPEC = HarvestSpec("arxiv-oai", categories=("cs.LG", "cs.DC"), since="2026-11-30")
API_SPEC = HarvestSpec("arxiv-api", query='abs:"LLM serving"', max_results=5)
DAILY_SPEC = HarvestSpec("daily-papers", period_kind="date", period="2026-12-04")
FIRST_QUERY = {"verb": "ListRecords", "metadataPrefix": "arXivRaw", "set": "cs"}
TIMES = {PROV.generatedAtTime, PROV.startedAtTime, PROV.endedAtTime}


def body(*parts: str) -> str:
    return DATA.joinpath(*parts).read_text(encoding="utf-8")


def serve_oai(server: HTTPServer, *, next_day: bool = False) -> None:
    xml = "text/xml; charset=utf-8"
    first = {**FIRST_QUERY, "from": "2026-11-30"}
    server.expect_request("/oai", query_string=first).respond_with_data(
        body("oai", "page1.xml"), content_type=xml
    )
    for token, page in (("tok-2", "page2.xml"), ("tok-3", "page3.xml")):
        server.expect_request(
            "/oai", query_string={"verb": "ListRecords", "resumptionToken": token}
        ).respond_with_data(body("oai", page), content_type=xml)
    if next_day:
        serve_next_day(server)


def serve_next_day(server: HTTPServer) -> None:
    server.expect_request(
        "/oai", query_string={**FIRST_QUERY, "from": "2026-12-05"}
    ).respond_with_data(body("oai", "next-day.xml"), content_type="text/xml")


def serve_api(server: HTTPServer, *, middle: str = "start-2.xml") -> None:
    for start, page in ((0, "start-0.xml"), (2, middle), (4, "start-4.xml")):
        server.expect_request("/api/query", query_string=api_query(start)).respond_with_data(
            body("api", page), content_type="application/atom+xml"
        )


def api_query(start: int) -> dict[str, str]:
    return {
        "search_query": 'abs:"LLM serving"',
        "start": str(start),
        "max_results": "2" if start < 4 else "1",
        "sortBy": "lastUpdatedDate",
        "sortOrder": "descending",
    }


def serve_day(server: HTTPServer, day: str, text: str) -> None:
    server.expect_request(
        "/api/daily_papers", query_string={"date": day, "p": "0", "limit": "50"}
    ).respond_with_data(text, content_type="application/json")


def serve_days(server: HTTPServer, *, day_5: str) -> None:
    serve_day(server, "2026-12-04", body("daily", "2026-12-04.json"))
    serve_day(server, "2026-12-05", day_5)
    serve_day(server, "2026-12-06", body("daily", "2026-12-06.json"))
    serve_day(server, "2026-12-07", "[]")


def options(server: HTTPServer, nlp: Language, **overrides: Any) -> HarvestOptions:
    endpoints = Endpoints(
        oai_url=server.url_for("/oai"),
        api_url=server.url_for("/api/query"),
        hf_url=server.url_for("").rstrip("/"),
    )
    values: dict[str, Any] = {
        "endpoints": endpoints,
        "delay_s": 0.0,
        "nlp": nlp,
        "api_page_size": 2,
        "today": date(2026, 12, 6),
    }
    return HarvestOptions(**(values | overrides))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ox.Store]:
    yield open_store(tmp_path / "store")


def paper_ids(store: ox.Store) -> set[str]:
    return {
        q.object.value
        for q in store.quads_for_pattern(None, DCTERMS.identifier, None, None)
        if isinstance(q.object, ox.Literal)
    }


def value(store: ox.Store, paper_id: str, predicate: ox.NamedNode) -> list[str]:
    iri = paper_iri(paper_id)
    return sorted(str(q.object.value) for q in store.quads_for_pattern(iri, predicate, None, iri))


def stored_sentences(store: ox.Store, paper_id: str) -> list[str]:
    iri = paper_iri(paper_id)
    return sorted(
        str(q.object.value) for q in store.quads_for_pattern(None, CG.sentence, None, iri)
    )


def expected_sentences(nlp: Language, abstract: str) -> list[str]:
    paper = Paper(id="x", title="x", abstract=abstract)
    return sorted(c.sentence for result in extract([paper], nlp=nlp) for c in result.claims)


def without_times(store: ox.Store) -> list[str]:
    """The store as sorted N-Quads, harvest and fetch times left out."""
    return sorted(str(q) for q in store if q.predicate not in TIMES)


# ---------------------------------------------------------------- OAI-PMH


def test_oai_harvest_follows_tokens_filters_and_skips(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    serve_oai(httpserver)
    report = harvest(store, OAI_SPEC, options(httpserver, nlp))

    # 2612.00003 is cs.CR only; 2301.00004 was first submitted in 2023; 2612.00005 is deleted;
    # 2612.00007 has an unknown date format
    assert paper_ids(store) == {"2612.00001", "2612.00002", "2612.00006", "2612.00008"}
    assert (report.requests, report.fetched, report.stored, report.new) == (3, 6, 4, 4)
    assert report.deleted == 1
    assert report.problems == [
        f"{httpserver.url_for('/oai')}?verb=ListRecords&resumptionToken=tok-2: record "
        "2612.00007: unknown date format 'sometime in December'; skipped"
    ]
    assert report.stopped is None
    assert value(store, "2612.00008", CG.arxivVersion) == ["2"]
    assert value(store, "2612.00006", CG.category) == ["cs.DC", "cs.LG"]
    assert value(store, "2612.00008", PROV.wasDerivedFrom) == ["https://arxiv.org/abs/2612.00008v2"]
    assert value(store, "2612.00008", PROV.wasGeneratedBy) == [harvest_iri(OAI_SPEC.id).value]
    assert value(store, "2612.00001", DCTERMS.date) == [
        "2026-12-01"  # the version-1 date
    ]
    for paper_id, reading in (("2612.00001", 0), ("2612.00002", 2), ("2612.00008", 7)):
        assert stored_sentences(store, paper_id) == expected_sentences(
            nlp, READING[reading]["abstract"]
        )
    assert report.claims == sum(len(stored_sentences(store, p)) for p in paper_ids(store)) > 0

    (state,) = load_harvests(store)
    assert (state.complete, state.resume_from, state.token) == (True, "2026-12-05", None)


def test_update_the_next_day_takes_new_papers_and_v2_replaces_v1(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    serve_oai(httpserver, next_day=True)
    harvest(store, OAI_SPEC, options(httpserver, nlp))
    v1_sentences = stored_sentences(store, "2612.00001")

    (report,) = update(store, options(httpserver, nlp))

    assert (report.requests, report.fetched, report.stored, report.new) == (1, 2, 2, 1)
    assert report.problems == [] and report.stopped is None
    assert "2612.00009" in paper_ids(store)
    assert value(store, "2612.00001", CG.arxivVersion) == ["2"]
    v2_abstract = " ".join(READING[8]["abstract"].split())
    assert value(store, "2612.00001", DCTERMS.abstract) == [v2_abstract]
    assert stored_sentences(store, "2612.00001") == expected_sentences(nlp, v2_abstract)
    assert stored_sentences(store, "2612.00001") != v1_sentences
    (state,) = load_harvests(store)
    assert state.resume_from == "2026-12-06"


def test_503_with_retry_after_is_waited_for(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    httpserver.expect_oneshot_request(
        "/oai", query_string={"verb": "ListRecords", "resumptionToken": "tok-2"}
    ).respond_with_data("busy", status=503, headers={"Retry-After": "1"})
    serve_oai(httpserver)
    started = time.monotonic()
    report = harvest(store, OAI_SPEC, options(httpserver, nlp))
    assert time.monotonic() - started >= 1.0
    assert (report.requests, report.stored, report.stopped) == (4, 4, None)


def test_a_service_that_stays_busy_stops_the_harvest_and_update_resumes_it(
    httpserver: HTTPServer, tmp_path: Path, nlp: Language
) -> None:
    reference = open_store(tmp_path / "reference")
    busy = open_store(tmp_path / "busy")
    serve_oai(httpserver)
    harvest(reference, OAI_SPEC, options(httpserver, nlp))
    httpserver.clear()

    for _ in range(2):
        httpserver.expect_oneshot_request(
            "/oai", query_string={"verb": "ListRecords", "resumptionToken": "tok-2"}
        ).respond_with_data("slow down", status=429)
    serve_oai(httpserver)
    stopped = harvest(busy, OAI_SPEC, options(httpserver, nlp, retries=1))
    assert stopped.stopped == (
        f"{httpserver.url_for('/oai')}?verb=ListRecords&resumptionToken=tok-2: HTTP 429 after "
        "2 tries; run `claimgraph update` to resume"
    )
    assert paper_ids(busy) == {"2612.00001", "2612.00002"}  # the first page's papers
    (state,) = load_harvests(busy)
    assert (state.complete, state.token) == (False, "tok-2")

    (resumed,) = update(busy, options(httpserver, nlp))
    assert (resumed.requests, resumed.stopped) == (2, None)
    assert without_times(busy) == without_times(reference)


def test_a_malformed_page_is_one_line_and_the_harvest_resumes_later(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    httpserver.expect_oneshot_request(
        "/oai", query_string={"verb": "ListRecords", "resumptionToken": "tok-2"}
    ).respond_with_data(body("oai", "truncated.xml"), content_type="text/xml")
    serve_oai(httpserver)
    report = harvest(store, OAI_SPEC, options(httpserver, nlp))
    url = f"{httpserver.url_for('/oai')}?verb=ListRecords&resumptionToken=tok-2"
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"{url}: malformed XML: ")
    assert "\n" not in report.problems[0]
    assert report.stopped == f"stopped at {url}; run `claimgraph update` to resume"

    (resumed,) = update(store, options(httpserver, nlp))
    assert resumed.stopped is None
    assert paper_ids(store) == {"2612.00001", "2612.00002", "2612.00006", "2612.00008"}


# ---------------------------------------------------------------- arXiv API


def test_api_search_honours_429_retries_the_empty_page_and_reports_the_gap(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    httpserver.expect_oneshot_request("/api/query", query_string=api_query(0)).respond_with_data(
        "Rate exceeded.", status=429, headers={"Retry-After": "0"}
    )
    serve_api(httpserver)
    report = harvest(store, API_SPEC, options(httpserver, nlp))

    assert paper_ids(store) == {"2612.00001", "2612.00011", "2612.00012"}
    # 429 then page 0; the empty page five times; page 4
    assert (report.requests, report.fetched, report.stored) == (8, 3, 3)
    assert report.problems == [
        f"{httpserver.url_for('/api/query')}?search_query=abs%3A%22LLM+serving%22&start=2"
        "&max_results=2&sortBy=lastUpdatedDate&sortOrder=descending: empty page after 5 "
        "tries; results 3-4 of 5 are missing"
    ]
    assert value(store, "2612.00012", CG.arxivVersion) == ["2"]
    assert value(store, "2612.00001", CG.category) == ["cs.DC", "cs.LG"]
    assert stored_sentences(store, "2612.00011") == expected_sentences(nlp, READING[10]["abstract"])

    (again,) = update(store, options(httpserver, nlp))
    assert (again.requests, again.fetched, again.stored) == (1, 0, 0)  # all seen already


def test_api_empty_page_that_recovers_is_not_a_problem(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    httpserver.expect_oneshot_request("/api/query", query_string=api_query(2)).respond_with_data(
        body("api", "start-2.xml"), content_type="application/atom+xml"
    )
    serve_api(httpserver, middle="start-2-full.xml")
    report = harvest(store, API_SPEC, options(httpserver, nlp))
    assert report.problems == []
    assert len(paper_ids(store)) == 5


# ---------------------------------------------------------------- Daily Papers


def test_daily_papers_day_then_update_to_today(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    serve_days(httpserver, day_5=body("daily", "truncated.json"))
    first = harvest(store, DAILY_SPEC, options(httpserver, nlp))
    assert (first.requests, first.stored, first.problems) == (1, 2, [])
    assert paper_ids(store) == {"2612.00001", "2612.00010"}
    assert value(store, "2612.00010", CG.organization) == ["Acme Labs"]
    assert value(store, "2612.00010", PROV.wasDerivedFrom) == [
        "https://huggingface.co/papers/2612.00010"
    ]

    (later,) = update(store, options(httpserver, nlp, today=date(2026, 12, 7)))
    url = httpserver.url_for("/api/daily_papers")
    assert [p.split(": ")[0] for p in later.problems] == [f"{url}?date=2026-12-05&p=0&limit=50"]
    assert later.problems[0].split(": ")[1] == "malformed JSON"
    assert paper_ids(store) == {"2612.00001", "2612.00002", "2612.00010"}  # 12-06 went on
    (state,) = load_harvests(store)
    # 12-07 is today: fetched, not done
    assert (state.last_date_done, state.retry_dates) == ("2026-12-06", ("2026-12-05",))

    httpserver.clear()
    serve_days(httpserver, day_5=body("daily", "error.html"))
    (html,) = update(store, options(httpserver, nlp, today=date(2026, 12, 7)))
    assert html.problems == [
        f"{url}?date=2026-12-05&p=0&limit=50: an HTML page, not JSON (an error page?)"
    ]
    httpserver.clear()
    serve_days(httpserver, day_5="[]")
    (fixed,) = update(store, options(httpserver, nlp, today=date(2026, 12, 7)))
    assert fixed.problems == []
    (state,) = load_harvests(store)
    assert state.retry_dates == ()


def test_period_parsing() -> None:
    week = parse_period("week", "2026-W49")
    assert (week.first, week.last) == (date(2026, 11, 30), date(2026, 12, 6))
    month = parse_period("month", "2026-02")
    assert (month.first, month.last) == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_period("month", "2026-12").last == date(2026, 12, 31)
    with pytest.raises(ValueError, match="not an ISO week"):
        parse_period("week", "2026-W54")


# ---------------------------------------------------------------- one paper, one id


def test_the_same_paper_from_a_dump_daily_papers_oai_and_the_api_is_one_graph(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    dump = DATA / "daily" / "dump.txt"
    ingest_paths(store, [dump], nlp=nlp)
    (title_only,) = paper_ids(store)  # a slug of the title: the dump has no arXiv id
    assert title_only != "2612.00010"

    serve_days(httpserver, day_5="[]")
    serve_oai(httpserver, next_day=True)
    serve_api(httpserver)
    harvest(store, DAILY_SPEC, options(httpserver, nlp))
    assert paper_ids(store) == {"2612.00001", "2612.00010"}  # the title-only copy is gone

    harvest(store, OAI_SPEC, options(httpserver, nlp))
    harvest(store, API_SPEC, options(httpserver, nlp))
    assert value(store, "2612.00001", CG.arxivVersion) == ["1"]
    assert value(store, "2612.00001", CG.harvestSource) == ["arxiv-api"]
    update(store, options(httpserver, nlp))  # OAI: v2 of 2612.00001
    assert value(store, "2612.00001", CG.arxivVersion) == ["2"]

    again = harvest(store, API_SPEC, options(httpserver, nlp))  # v1 in the API: kept v2
    again_daily = update(store, options(httpserver, nlp, today=date(2026, 12, 7)))
    assert again.stored == 0 and value(store, "2612.00001", CG.arxivVersion) == ["2"]
    kept = {r.harvest: r.kept_newer for r in again_daily}
    # Daily Papers of 12-06 holds 2612.00002 without a version: arXiv's v1 stays
    assert kept == {OAI_SPEC.id: 0, API_SPEC.id: 0, DAILY_SPEC.id: 1}
    graphs = {g for g in store.named_graphs() if "/paper/" in g.value}
    assert len(graphs) == len(paper_ids(store))
    assert sum(1 for g in graphs if g.value.endswith("2612.00001")) == 1

    replay = ingest_paths(store, [dump], nlp=nlp)
    assert (replay.kept_as_stored, replay.summary.papers) == (1, 0)
    assert title_only not in paper_ids(store)


def test_saved_records_replay_with_ingest(
    httpserver: HTTPServer, tmp_path: Path, nlp: Language
) -> None:
    serve_oai(httpserver)
    saved = tmp_path / "saved.jsonl"
    harvested = open_store(tmp_path / "harvested")
    with saved.open("w", encoding="utf-8") as out:
        harvest(harvested, OAI_SPEC, options(httpserver, nlp, save=out))
    lines = [json.loads(line) for line in saved.read_text().splitlines()]
    assert [r["id"] for r in lines] == ["2612.00001", "2612.00002", "2612.00006", "2612.00008"]
    assert lines[3]["arxiv_version"] == 2 and lines[2]["categories"] == ["cs.LG", "cs.DC"]

    replayed = open_store(tmp_path / "replayed")
    report = ingest_paths(replayed, [saved], nlp=nlp)
    assert report.problems == []

    def claims_and_papers(store: ox.Store) -> list[str]:
        harvest_only = TIMES | {PROV.wasDerivedFrom, PROV.wasGeneratedBy, CG.harvestSource}
        return sorted(
            str(q)
            for q in store
            if "/paper/" in str(q.graph_name)
            and not (q.predicate in harvest_only and "/claim/" not in str(q.subject))
        )

    assert claims_and_papers(replayed) == claims_and_papers(harvested)


# ---------------------------------------------------------------- queries and the CLI


def test_category_and_date_queries_bind_their_values(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    serve_oai(httpserver)
    harvest(store, OAI_SPEC, options(httpserver, nlp))
    query = load_query("category-papers")
    rows = run_query(store, query, {"category": "cs.LG"}).to_dicts()
    assert [r["paper"] for r in rows] == ["2612.00001", "2612.00002", "2612.00006"]
    rows = run_query(store, query, {"category": "cs.DC", "since": "2026-12-03"}).to_dicts()
    assert [r["paper"] for r in rows] == ["2612.00006", "2612.00008"]
    rows = run_query(store, query, {"category": 'cs.DC" } #', "until": "2026-12-02"}).to_dicts()
    assert rows == []
    claims = run_query(store, load_query("category-claims"), {"category": "cs.DC"})
    assert {r["paper"] for r in claims.to_dicts()} <= {"2612.00001", "2612.00006", "2612.00008"}
    assert len(claims) == sum(
        len(stored_sentences(store, p)) for p in ("2612.00001", "2612.00006", "2612.00008")
    )
    (row,) = run_query(store, load_query("harvests")).to_dicts()
    assert (row["harvest"], row["source"], row["papers"]) == (OAI_SPEC.id, "arxiv-oai", 4)


def test_cli_harvest_a_category_since_a_day_then_update_the_next_day(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve_oai(httpserver)
    store = str(tmp_path / "store")
    env = {
        "CLAIMGRAPH_ARXIV_OAI_URL": httpserver.url_for("/oai"),
        "CLAIMGRAPH_HARVEST_DELAY_S": "0",
    }
    runner = CliRunner()
    args = ["harvest", "arxiv", "--category", "cs.DC", "--category", "cs.LG"]
    first = runner.invoke(cli, [*args, "--since", "2026-11-30", "--store", store, "-q"], env=env)
    assert first.exit_code == 1, first.output  # one record had an unknown date format
    assert first.stderr.splitlines() == [
        f"error: {httpserver.url_for('/oai')}?verb=ListRecords&resumptionToken=tok-2: record "
        "2612.00007: unknown date format 'sometime in December'; skipped"
    ]
    described = "harvest arxiv --category cs.DC --category cs.LG --since 2026-11-30"
    assert first.stdout.splitlines()[0].startswith(
        f"{described}: 3 requests, 6 papers fetched, 4 stored (4 new), 1 deleted skipped, "
    )
    assert "Traceback" not in first.output

    serve_next_day(httpserver)
    nextday = runner.invoke(cli, ["update", "--store", store, "-q"], env=env)
    assert nextday.exit_code == 0, nextday.output
    assert nextday.stdout.splitlines()[0].startswith(
        f"{described}: 1 requests, 2 papers fetched, 2 stored (1 new), "
    )
    assert "papers, " in nextday.stdout.splitlines()[1]

    info = runner.invoke(cli, ["info", "--store", store])
    lines = info.stdout.splitlines()
    assert lines[6:] == [
        "harvests: 1 (`claimgraph update` runs them all)",
        f"  {OAI_SPEC.id}: claimgraph {described}",
        lines[8],
    ]
    assert lines[8].startswith("    last finished 20") and lines[8].endswith(
        "; next from 2026-12-06"
    )
    listed = runner.invoke(
        cli,
        [
            "query",
            "category-papers",
            "-p",
            "category=cs.LG",
            "--format",
            "csv",
            "--store",
            store,
        ],
    )
    assert [line.split(",")[0] for line in listed.stdout.splitlines()] == [
        "paper",
        "2612.00001",
        "2612.00002",
        "2612.00006",
        "2612.00009",
    ]


def test_cli_refuses_bad_arguments_in_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "store")
    cases = [
        (
            ["harvest", "arxiv", "--since", "2026-11-30"],
            "give --category (one or more) and --since",
        ),
        (["harvest", "arxiv", "--category", "cs.DC", "--since", "30/11/2026"], "not a date"),
        (["harvest", "arxiv", "--query", "x", "--category", "cs.DC"], "not both"),
        (["harvest", "daily-papers"], "exactly one of --date, --week, --month"),
        (["harvest", "daily-papers", "--week", "2026-49"], "not an ISO week"),
    ]
    for args, message in cases:
        result = runner.invoke(cli, [*args, "--store", store])
        assert result.exit_code == 2, args
        assert message in result.output and "Traceback" not in result.output


def test_cli_update_of_an_empty_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["update", "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "No harvests in this store yet: start one with `claimgraph harvest`."
    )


# ---------------------------------------------------------------- small parts


def test_polite_client_keeps_the_delay_between_requests(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data("ok")
    slept: list[float] = []
    now = [100.0]

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        now[0] += seconds

    with PoliteClient(delay_s=3.0, sleep=sleep, clock=lambda: now[0]) as client:
        for _ in range(3):
            client.get(httpserver.url_for("/x"))
            now[0] += 0.5  # the page took half a second to store
    assert slept == [2.5, 2.5]


def test_retry_after_forms() -> None:
    assert retry_after_s("120") == 120.0
    assert retry_after_s("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_s("soon") is None
    assert retry_after_s(None) is None


def test_sets_and_the_client_side_filter() -> None:
    assert oai_sets(["cs.DC", "cs.LG", "stat.ML", "hep-th"]) == ["cs", "physics:hep-th", "stat"]
    paper = Paper(id="1", title="t", abstract="a", date="2026-12-01", categories=("cs.DC",))
    assert wanted(paper, ["cs.DC"], "2026-11-30")
    assert wanted(paper, ["cs"], "2026-11-30")
    assert not wanted(paper, ["cs.D"], "2026-11-30")
    assert not wanted(paper, ["cs.DC"], "2026-12-02")


def test_spec_ids_depend_on_the_parameters_only() -> None:
    same = HarvestSpec("arxiv-oai", categories=("cs.DC", "cs.LG"), since="2026-11-30")
    assert same.id == OAI_SPEC.id and same.id.startswith("arxiv-oai-")
    assert HarvestSpec("arxiv-oai", categories=("cs.DC",), since="2026-11-30").id != same.id


def test_harvested_graphs_pass_the_shapes_and_use_declared_terms(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    import rdflib

    from claimgraph.health import check_store
    from claimgraph.resources import shipped_text

    serve_oai(httpserver)
    serve_api(httpserver)
    serve_days(httpserver, day_5="[]")
    for spec in (OAI_SPEC, API_SPEC, DAILY_SPEC):
        harvest(store, spec, options(httpserver, nlp))
    report = check_store(store)
    assert report.problems == []
    assert report.graphs_checked == len(paper_ids(store)) + 3  # and one graph per harvest

    ontology = rdflib.Graph().parse(
        data=shipped_text("ontology", "claimgraph.ttl"), format="turtle"
    )
    declared = {str(s) for s in ontology.subjects()}
    used = {q.predicate.value for q in store} | {
        q.object.value for q in store if q.predicate.value.endswith("#type")
    }
    cg_and_prov = {t for t in used if t.startswith((str(CG), str(PROV)))}
    assert {t for t in cg_and_prov if t.startswith(str(CG))} <= declared
    assert {t for t in cg_and_prov if t.startswith(str(PROV))} == {
        PROV.wasDerivedFrom.value,
        PROV.wasGeneratedBy.value,
        PROV.generatedAtTime.value,
        PROV.startedAtTime.value,
        PROV.endedAtTime.value,
        PROV.used.value,
        PROV.Activity.value,
    }


def test_a_broken_harvest_graph_is_named_by_check(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    from claimgraph.health import check_store

    serve_oai(httpserver)
    harvest(store, OAI_SPEC, options(httpserver, nlp))
    h = harvest_iri(OAI_SPEC.id)
    store.add(ox.Quad(h, CG.harvestSource, ox.Literal("somewhere"), h))
    problems = check_store(store).problems
    assert [p.graph for p in problems] == [h.value]


def test_sigkill_at_random_points_then_update_gives_the_uninterrupted_store(
    httpserver: HTTPServer, tmp_path: Path, nlp: Language
) -> None:
    import os
    import random
    import signal
    import subprocess
    import sys

    serve_oai(httpserver)
    # a run after a finished one asks from the day it began: nothing new that day
    httpserver.expect_request(
        "/oai", query_string={**FIRST_QUERY, "from": "2026-12-05"}
    ).respond_with_data(
        '<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        "<responseDate>2026-12-05T09:00:00Z</responseDate>"
        '<error code="noRecordsMatch">no records</error></OAI-PMH>',
        content_type="text/xml",
    )
    reference = open_store(tmp_path / "reference")
    harvest(reference, OAI_SPEC, options(httpserver, nlp))
    expected = without_times(reference)
    del reference

    store = tmp_path / "killed"
    env = dict(os.environ) | {
        "CLAIMGRAPH_ARXIV_OAI_URL": httpserver.url_for("/oai"),
        "CLAIMGRAPH_HARVEST_DELAY_S": "0.4",  # three pages take over a second after start-up
    }
    command = [sys.executable, "-m", "claimgraph"]
    args = ["harvest", "arxiv", "--category", "cs.DC", "--category", "cs.LG"]
    args += ["--since", "2026-11-30", "--store", str(store), "-q"]
    rng = random.Random()
    delays = [round(rng.uniform(0.5, 4.0), 2) for _ in range(3)]
    for delay in delays:
        process = subprocess.Popen(
            [*command, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
    result = CliRunner().invoke(
        cli,
        ["update", "--store", str(store), "-q"],
        env={"CLAIMGRAPH_HARVEST_DELAY_S": "0"}
        | {"CLAIMGRAPH_ARXIV_OAI_URL": httpserver.url_for("/oai")},
    )
    assert result.exit_code in (0, 1), result.output  # 1: the record with an unknown date
    assert without_times(open_store(store)) == expected, f"killed after {delays} s"


def test_cli_daily_papers_with_save_and_json_then_ingest_replays_it(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    serve_days(httpserver, day_5="[]")
    saved = tmp_path / "day.jsonl"
    env = {"CLAIMGRAPH_HF_URL": httpserver.url_for("").rstrip("/")}
    runner = CliRunner()
    args = ["harvest", "daily-papers", "--date", "2026-12-04", "--delay-s", "0", "--json"]
    result = runner.invoke(
        cli, [*args, "--save", str(saved), "--store", str(tmp_path / "s"), "-q"], env=env
    )
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.stdout)
    assert (report["harvest"], report["requests"], report["stored"], report["new"]) == (
        DAILY_SPEC.id,
        1,
        2,
        2,
    )
    assert [json.loads(line)["id"] for line in saved.read_text().splitlines()] == [
        "2612.00001",
        "2612.00010",
    ]
    replay = runner.invoke(cli, ["ingest", str(saved), "--store", str(tmp_path / "r"), "-q"])
    assert replay.exit_code == 0, replay.output
    assert replay.stdout.startswith("Ingested 2 papers: ")


def test_the_harvest_package_api() -> None:
    import claimgraph.harvest as package

    assert package.__all__ == [
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
    assert all(hasattr(package, name) for name in package.__all__)
    for module in Path(package.__file__).parent.glob("*.py"):
        assert "click" not in module.read_text(), module.name


def test_an_expired_resumption_token_lists_the_set_again_once(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    expired = (
        '<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        "<responseDate>2026-12-05T10:00:00Z</responseDate>"
        '<error code="badResumptionToken">expired</error></OAI-PMH>'
    )
    httpserver.expect_oneshot_request(
        "/oai", query_string={"verb": "ListRecords", "resumptionToken": "tok-3"}
    ).respond_with_data(expired, content_type="text/xml")
    serve_oai(httpserver)
    report = harvest(store, OAI_SPEC, options(httpserver, nlp))
    url = f"{httpserver.url_for('/oai')}?verb=ListRecords&resumptionToken=tok-3"
    unknown_date = (
        f"{url.replace('tok-3', 'tok-2')}: record 2612.00007: unknown date format "
        "'sometime in December'; skipped"
    )
    assert report.problems == [
        unknown_date,
        f"{url}: OAI-PMH error badResumptionToken: expired; listing the set again",
        unknown_date,  # read again with its page
    ]
    assert (report.requests, report.stopped) == (6, None)
    assert paper_ids(store) == {"2612.00001", "2612.00002", "2612.00006", "2612.00008"}

    httpserver.clear()
    httpserver.expect_request(
        "/oai", query_string={**FIRST_QUERY, "from": "2026-12-05"}
    ).respond_with_data(body("oai", "page1.xml"), content_type="text/xml")
    httpserver.expect_request("/oai").respond_with_data(expired, content_type="text/xml")
    again = harvest(store, OAI_SPEC, options(httpserver, nlp))
    assert (
        again.stopped
        == f"stopped at {url.replace('tok-3', 'tok-2')}; run `claimgraph update` to resume"
    )


def test_cli_network_gone_is_one_line_saying_how_to_resume(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/oai"
    store = str(tmp_path / "store")
    args = ["harvest", "arxiv", "--category", "cs.DC", "--since", "2026-11-30"]
    result = CliRunner().invoke(
        cli, [*args, "--oai-url", url, "--delay-s", "0", "--store", store, "-q"]
    )
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"error: {url}?verb=ListRecords&metadataPrefix=arXivRaw&set=cs&from=2026-11-30: "
        "cannot connect ("
    )
    assert line.endswith(" after 5 tries; run `claimgraph update` to resume")
    info = CliRunner().invoke(cli, ["info", "--store", store])
    assert "claimgraph harvest arxiv --category cs.DC --since 2026-11-30" in info.stdout


def test_ingest_keeps_a_later_version_a_harvest_stored(
    httpserver: HTTPServer, tmp_path: Path, nlp: Language
) -> None:
    serve_oai(httpserver)
    store = open_store(tmp_path / "store")
    harvest(store, OAI_SPEC, options(httpserver, nlp))  # 2612.00008 is v2
    old = tmp_path / "old.jsonl"
    records = [
        {"id": "2612.00008v1", "title": "Old", "abstract": "Old text, 3x faster than X."},
        {"id": "2612.00008", "title": "Unversioned", "abstract": "Some text."},
        {"id": "2612.00008v3", "title": "Newer", "abstract": "Newer text."},
    ]
    for record in records:
        old.write_text(json.dumps(record) + "\n", encoding="utf-8")
        report = ingest_paths(store, [old], nlp=nlp)
        kept = record["title"] != "Newer"
        assert (report.kept_as_stored, report.summary.papers) == (int(kept), int(not kept))
    assert value(store, "2612.00008", CG.arxivVersion) == ["3"]
    assert value(store, "2612.00008", DCTERMS.title) == ["Newer"]


def test_an_http_error_skips_a_day_or_a_page_and_stops_a_listing(
    httpserver: HTTPServer, store: ox.Store, nlp: Language
) -> None:
    httpserver.expect_request(  # registered first: it wins over serve_days' 12-05
        "/api/daily_papers", query_string={"date": "2026-12-05", "p": "0", "limit": "50"}
    ).respond_with_data("oops", status=500)
    serve_days(httpserver, day_5="[]")
    httpserver.expect_request("/api/query", query_string=api_query(2)).respond_with_data(
        "gone", status=404
    )
    serve_api(httpserver)
    httpserver.expect_request(
        "/oai", query_string={"verb": "ListRecords", "resumptionToken": "tok-2"}
    ).respond_with_data("oops", status=500)
    serve_oai(httpserver)

    harvest(store, DAILY_SPEC, options(httpserver, nlp))
    (daily,) = update(store, options(httpserver, nlp, today=date(2026, 12, 7)))
    day_url = f"{httpserver.url_for('/api/daily_papers')}?date=2026-12-05&p=0&limit=50"
    assert daily.problems == [f"{day_url}: HTTP 500"]
    assert "2612.00002" in paper_ids(store)  # 12-06 went on

    api = harvest(store, API_SPEC, options(httpserver, nlp))
    assert [p.rpartition(": ")[2] for p in api.problems] == ["HTTP 404; page skipped"]
    assert api.stopped is None and "2612.00012" in paper_ids(store)

    listing = harvest(store, OAI_SPEC, options(httpserver, nlp))
    token_url = f"{httpserver.url_for('/oai')}?verb=ListRecords&resumptionToken=tok-2"
    assert listing.problems == [f"{token_url}: HTTP 500"]
    assert listing.stopped == f"stopped at {token_url}; run `claimgraph update` to resume"
