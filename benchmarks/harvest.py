"""Harvest benchmarks: papers/s of an OAI-PMH harvest, and SIGKILL at random points.

    python -m benchmarks.harvest [--records 10000] [--page-size 1000]
                                 [--kill-records 2000] [--kill-page-size 100] [--kills 5]
                                 [--trials 3] [--seed 0] [--skip-speed] [--skip-kill]

A loopback server (:class:`OaiReplayServer`) answers ``ListRecords`` in the arXivRaw format
with resumption tokens, from synthetic-but-realistic abstracts (``benchmarks/synthetic.py``,
recombined from the bundled corpus) given new arXiv ids, categories and version-1 dates.

* **speed**: ``claimgraph harvest arxiv --category cs.DC --category cs.LG --since 2026-11-30
  --delay-s 0`` as a subprocess, start to exit (spaCy loading, every request, extraction,
  writing, the final statistics); papers stored / wall time.
* **kill**: one uninterrupted harvest into a reference store; then, per trial, a new store
  where the same harvest is SIGKILLed ``--kills`` times after random delays (the first run is
  ``harvest``, the later ones ``update`` once the store knows the harvest) and a last
  ``update`` runs to the end.  The two
  stores must hold exactly the same quads (sorted N-Quads), the fetch and run times left out.

Run from the project root with the claimgraph to measure importable (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

from benchmarks.run import child_env, claimgraph_command, log
from benchmarks.synthetic import source_papers, write_corpus

RESPONSE_DATE = "2026-12-05T09:00:00Z"
CATEGORIES = ("cs.DC", "cs.LG", "cs.DC cs.LG", "cs.CR")
"""Cycled over the records: one in four is outside the harvested categories."""
HARVEST_ARGS = [
    "harvest",
    "arxiv",
    "--category",
    "cs.DC",
    "--category",
    "cs.LG",
    "--since",
    "2026-11-30",
    "--delay-s",
    "0",
    "--quiet",
]
TIME_PREDICATES = (
    "<http://www.w3.org/ns/prov#generatedAtTime>",
    "<http://www.w3.org/ns/prov#startedAtTime>",
    "<http://www.w3.org/ns/prov#endedAtTime>",
)


# ------------------------------------------------------------------------------ the server


def arxiv_raw_record(index: int, paper: dict[str, object]) -> str:
    arxiv_id = f"2612.{index + 1:05d}"
    day = 1 + index % 4
    old = index % 10 == 9  # an old paper revised: first submitted in 2023, left out by --since
    v1 = f"Thu, 0{day} Jan 2023 10:00:00 GMT" if old else f"Tue, 0{day} Dec 2026 10:00:00 GMT"
    versions = f'<version version="v1"><date>{v1}</date><size>300kb</size></version>'
    if index % 7 == 0:
        versions += (
            '<version version="v2"><date>Fri, 04 Dec 2026 12:00:00 GMT</date>'
            "<size>310kb</size></version>"
        )
    return (
        f"<record><header><identifier>oai:arXiv.org:{arxiv_id}</identifier>"
        f"<datestamp>2026-12-0{day}</datestamp><setSpec>cs</setSpec></header>"
        '<metadata><arXivRaw xmlns="http://arxiv.org/OAI/arXivRaw/">'
        f"<id>{arxiv_id}</id><submitter>A. Submitter</submitter>{versions}"
        f"<title>{escape(str(paper['title']))}</title>"
        "<authors>Ada Lovelace and Alan Turing</authors>"
        f"<categories>{CATEGORIES[index % len(CATEGORIES)]}</categories>"
        f"<abstract>{escape(str(paper['abstract']))}</abstract></arXivRaw></metadata></record>"
    )


class OaiReplayServer:
    """ListRecords pages of ``page_size`` records; a token is the offset of the next page."""

    def __init__(self, records: Sequence[str], page_size: int) -> None:
        self.records = list(records)
        self.page_size = page_size
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server name)
                server.requests += 1
                query = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
                body = server.page(query).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._http.server_address[1]}/oai"

    def __enter__(self) -> OaiReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._http.shutdown()
        self._http.server_close()

    def page(self, query: dict[str, str]) -> str:
        offset = int(query.get("resumptionToken", "0"))
        chunk = self.records[offset : offset + self.page_size]
        following = offset + self.page_size
        token = (
            f'<resumptionToken cursor="{offset}" completeListSize="{len(self.records)}">'
            f"{following}</resumptionToken>"
            if following < len(self.records)
            else f'<resumptionToken cursor="{offset}" completeListSize="{len(self.records)}"/>'
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
            f"<responseDate>{RESPONSE_DATE}</responseDate>"
            f'<request verb="ListRecords">{escape(self.url)}</request>'
            f"<ListRecords>{''.join(chunk)}{token}</ListRecords></OAI-PMH>\n"
        )


def synthetic_records(n: int, seed: int, workdir: Path) -> list[str]:
    corpus = write_corpus(n, workdir / f"corpus-{n}.jsonl", seed=seed, sources=source_papers())
    lines = corpus.read_text(encoding="utf-8").splitlines()
    return [arxiv_raw_record(i, json.loads(line)) for i, line in enumerate(lines)]


# ------------------------------------------------------------------------------ running the CLI


def run_cli(args: list[str], server: OaiReplayServer, workdir: Path) -> subprocess.Popen[bytes]:
    env = child_env() | {
        "CLAIMGRAPH_ARXIV_OAI_URL": server.url,
        "CLAIMGRAPH_CACHE": str(workdir / "cache"),
    }
    return subprocess.Popen(
        [*claimgraph_command(), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def store_lines(store: Path) -> list[str]:
    """The store as sorted N-Quads, fetch and run times left out."""
    import pyoxigraph as ox

    snapshot = ox.Store.read_only(str(store))
    return sorted(str(q) for q in snapshot if str(q.predicate) not in TIME_PREDICATES)


def harvest_known(store: Path) -> bool:
    import pyoxigraph as ox

    from claimgraph.harvest import load_harvests

    return (store / "CURRENT").exists() and bool(load_harvests(ox.Store.read_only(str(store))))


def papers_in(store: Path) -> int:
    import pyoxigraph as ox

    from claimgraph.store import store_stats

    return store_stats(ox.Store.read_only(str(store))).papers


def speed(records: list[str], page_size: int, workdir: Path) -> None:
    store = workdir / "speed-store"
    with OaiReplayServer(records, page_size) as server:
        started = time.perf_counter()
        process = run_cli([*HARVEST_ARGS, "--store", str(store)], server, workdir)
        status = process.wait()
        seconds = time.perf_counter() - started
        requests = server.requests
    papers = papers_in(store)
    print(f"harvest of {len(records):,} OAI-PMH records ({page_size} a page, {requests} requests)")
    print(f"  exit status {status}, {papers:,} papers stored (the rest filtered out)")
    print(f"  wall time {seconds:.1f} s: {len(records) / seconds:.1f} records/s,")
    print(f"  {papers / seconds:.1f} papers stored/s (extraction and writing included)")


def kill_trials(
    records: list[str], page_size: int, kills: int, trials: int, seed: int, workdir: Path
) -> bool:
    rng = random.Random(seed)
    reference = workdir / "kill-reference"
    # one server for every run: the endpoint a harvest records is then the same
    with OaiReplayServer(records, page_size) as server:
        started = time.perf_counter()
        status = run_cli([*HARVEST_ARGS, "--store", str(reference)], server, workdir).wait()
        whole = time.perf_counter() - started
        expected = store_lines(reference)
        print(
            f"kill test: {len(records):,} records, {page_size} a page; uninterrupted harvest "
            f"{whole:.1f} s (exit {status}), {papers_in(reference):,} papers, "
            f"{len(expected):,} quads"
        )
        all_same = True
        for trial in range(1, trials + 1):
            store = workdir / f"kill-{trial}"
            landed: list[str] = []
            for number in range(kills):
                # a run killed before it recorded the harvest (Python still starting) left
                # nothing for `update` to resume: the user runs the same harvest again
                resumable = number > 0 and harvest_known(store)
                args = ["update", "--delay-s", "0", "--quiet"] if resumable else HARVEST_ARGS
                process = run_cli([*args, "--store", str(store)], server, workdir)
                delay = rng.uniform(0.3, whole)
                try:
                    process.wait(timeout=delay)
                    landed.append(f"{args[0]} finished before {delay:.1f} s")
                except subprocess.TimeoutExpired:
                    os.kill(process.pid, signal.SIGKILL)
                    process.wait()
                    at = papers_in(store) if (store / "CURRENT").exists() else 0
                    landed.append(f"{args[0]} killed at {delay:.1f} s ({at} papers stored)")
            final = run_cli(
                ["update", "--delay-s", "0", "--quiet", "--store", str(store)], server, workdir
            )
            final_status = final.wait()
            got = store_lines(store)
            same = got == expected
            all_same &= same
            print(
                f"  trial {trial}: {'; '.join(landed)}; update exit {final_status}: "
                f"{'IDENTICAL' if same else 'DIFFERENT'} store"
            )
            if not same:
                missing, extra = sorted(set(expected) - set(got)), sorted(set(got) - set(expected))
                print(f"    {len(missing)} quads missing, {len(extra)} extra; first of each:")
                print("   ", missing[:1], extra[:1])
    return all_same


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--kill-records", type=int, default=2000)
    parser.add_argument("--kill-page-size", type=int, default=100)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-kill", action="store_true")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimgraph-harvest-bench-") as temporary:
        workdir = Path(temporary)
        ok = True
        if not options.skip_speed:
            log(f"writing {options.records:,} synthetic records")
            speed(
                synthetic_records(options.records, options.seed, workdir),
                options.page_size,
                workdir,
            )
        if not options.skip_kill:
            log(f"kill test over {options.kill_records:,} records")
            records = synthetic_records(options.kill_records, options.seed + 1, workdir)
            ok = kill_trials(
                records,
                options.kill_page_size,
                options.kills,
                options.trials,
                options.seed,
                workdir,
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
