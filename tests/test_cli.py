"""The ``claimgraph`` command, run in-process with click's CliRunner and, where the process
itself matters (locks, imports, entry points), as a real subprocess.

The bundled corpus is ingested once per module into a temporary store that the read-only
commands share; tests that write use their own store.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path

import click
import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from conftest import CLAIMS_MD_FIELDS

from claimgraph.cli import cli
from claimgraph.graph import comparison_graph
from claimgraph.store import store_stats

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold"
PAPERS = DATA / "cli" / "papers.jsonl"
"""Three real abstracts copied from gold/dev-papers.jsonl: FlashAttention-2, Hydra, FSMoE."""
BIN = Path(sys.executable).parent

CLAIM_FIELDS = set(CLAIMS_MD_FIELDS)

SUMMARY = re.compile(
    r"Ingested (?P<papers>\d+) papers?: (?P<claims>\d+) claims?, (?P<systems>\d+) systems?, "
    r"(?P<written>\d+) triples? written, (?P<skipped>\d+) skipped\."
)


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner(env=env).invoke(cli, [str(a) for a in args], catch_exceptions=False)


def release(result: Result) -> None:
    """Close the store a command left open.

    A command that ends with ``sys.exit(1)`` leaves its frame, and so its writable store, alive
    in ``result.exc_info``; reading the store while that writer still compacts in the background
    can fail (see ``test_reader_racing_a_writer_gets_one_line``).
    """
    result.exc_info = None
    gc.collect()


def read_only(path: Path) -> ox.Store:
    return ox.Store.read_only(str(path))


def shipped_queries() -> set[str]:
    folder = resources.files("claimgraph").joinpath("queries")
    return {f.name.removesuffix(".rq") for f in folder.iterdir() if f.name.endswith(".rq")}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled corpus, ingested once through the CLI (no PATH argument)."""
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run("ingest", "--store", path, "-q")
    assert result.exit_code == 0, result.output
    return path


# ---------------------------------------------------------------- ingest


def test_ingest_bundled_corpus_summary_matches_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run("ingest", "--store", store, "-q")
    assert result.exit_code == 0, result.output
    summary = SUMMARY.search(result.stdout)
    assert summary is not None, result.stdout
    assert summary["papers"] == "190"
    assert summary["skipped"] == "0"
    assert int(summary["written"]) > 0
    stats = store_stats(read_only(store))
    assert int(summary["claims"]) == stats.claims
    assert int(summary["systems"]) == stats.systems
    assert stats.papers == 190
    assert int(summary["written"]) == stats.triples  # a fresh store: every triple is new
    assert (
        f"Store {store}: {stats.papers} papers, {stats.claims} claims, "
        f"{stats.systems} systems, {stats.triples} triples." in result.stdout
    )
    assert result.stderr == ""


def test_ingest_twice_changes_nothing(corpus_store: Path) -> None:
    before = set(read_only(corpus_store))
    result = run("ingest", "--store", corpus_store)  # with the progress bar this time
    assert result.exit_code == 0, result.output
    summary = SUMMARY.search(result.stdout)
    assert summary is not None, result.stdout
    assert summary["written"] == "0"
    assert summary["skipped"] == "0"
    after = set(read_only(corpus_store))
    assert after == before
    assert len(read_only(corpus_store)) == len(before)
    assert "Traceback" not in result.output


def test_info_reports_the_store(corpus_store: Path) -> None:
    stats = store_stats(read_only(corpus_store))
    result = run("info", "--store", corpus_store)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"store:   {corpus_store}",
        f"papers:  {stats.papers}",
        f"claims:  {stats.claims}",
        f"systems: {stats.systems}",
        f"triples: {stats.triples}",
        f"cache:   {os.environ['CLAIMGRAPH_CACHE']}",
    ]


def test_store_option_reads_claimgraph_store_env(corpus_store: Path) -> None:
    result = run("info", env={"CLAIMGRAPH_STORE": str(corpus_store)})
    assert result.exit_code == 0, result.output
    assert f"store:   {corpus_store}" in result.stdout


# ---------------------------------------------------------------- bad input


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """One of each kind of bad input, next to two good JSONL records."""
    good = PAPERS.read_text(encoding="utf-8").splitlines()
    folder = tmp_path / "inputs"
    folder.mkdir()
    files = {
        "latin": folder / "latin1.txt",
        "mixed": folder / "mixed.jsonl",
        "no_abstract": folder / "no-abstract.jsonl",
        "empty": folder / "empty.txt",
        "no_inputs": folder / "no-inputs",
    }
    files["latin"].write_bytes(
        "Caf\u00e9 title\nAn abstract, en fran\u00e7ais.\n".encode("latin-1")
    )
    files["mixed"].write_text(
        f'{good[0]}\n{{"id": "broken", "title": "half a record\n{good[1]}\n', encoding="utf-8"
    )
    files["no_abstract"].write_text('{"id": "t1", "title": "Only a title"}\n', encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["no_inputs"].mkdir()
    (files["no_inputs"] / "notes.md").write_text("not an input\n", encoding="utf-8")
    return files


def test_ingest_bad_inputs_reports_each_and_stores_the_rest(
    tmp_path: Path, bad_inputs: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    result = run("ingest", "--store", store, "-q", *bad_inputs.values())
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = result.stderr.splitlines()
    assert all(line.startswith("error: ") for line in errors), errors
    expected = [
        f"error: {bad_inputs['latin']}:1: not UTF-8",
        f"error: {bad_inputs['mixed']}:2: malformed JSON",
        f"error: {bad_inputs['no_abstract']}:1: ",
        f"error: {bad_inputs['empty']}: empty file",
        f"error: {bad_inputs['no_inputs']}: directory holds no input files",
    ]
    assert len(errors) == len(expected), errors
    for line, start in zip(errors, expected, strict=True):
        assert line.startswith(start), (line, start)
    summary = SUMMARY.search(result.stdout)
    assert summary is not None, result.stdout
    assert (summary["papers"], summary["skipped"]) == ("2", "5")
    release(result)
    assert store_stats(read_only(store)).papers == 2


def test_extract_bad_input_exits_1_and_still_prints_the_good(
    bad_inputs: dict[str, Path],
) -> None:
    result = run("extract", bad_inputs["mixed"], bad_inputs["empty"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert [line.split(":")[0] for line in result.stderr.splitlines()] == ["error"] * 2
    papers = {json.loads(line)["paper"] for line in result.stdout.splitlines()}
    assert papers <= {"s001-06", "s000-11", "s000-31"}
    assert papers


def test_ingest_missing_path_is_reported_not_raised(tmp_path: Path) -> None:
    result = run("ingest", "--store", tmp_path / "store", "-q", tmp_path / "nope.jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'nope.jsonl'}: no such file or directory"
    ]


# ---------------------------------------------------------------- store errors


def test_ingest_into_a_store_held_by_another_process(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
            "print('ready', flush=True); sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "ready"
            result = run("ingest", "--store", store, "-q", PAPERS)
            # Readers are not locked out by a writer.
            info = run("info", "--store", store)
        finally:
            holder.stdin.close()  # the holder exits at end of input
            holder.wait(timeout=30)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"Error: the claimgraph store at {store} is in use")
    assert result.stdout == ""
    assert info.exit_code == 0, info.output


class _StoreOpenedDuringCompaction:
    """What ``pyoxigraph.Store.read_only`` raises when a writer's background compaction deletes
    an SST file while the reader opens the store (seen in ~3% of opens during an ingest)."""

    @staticmethod
    def read_only(path: str) -> ox.Store:
        raise RuntimeError(
            "Corruption: Corruption: IO error: No such file or directory: While open a file for "
            f"random read: {path}/000014.sst: No such file or directory  The file "
            f"{path}/MANIFEST-000005 may be corrupted."
        )


def test_reader_racing_a_writer_gets_one_line(
    corpus_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimgraph.store

    monkeypatch.setattr(claimgraph.store.ox, "Store", _StoreOpenedDuringCompaction)
    result = run("info", "--store", corpus_store)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"Error: cannot read the claimgraph store at {corpus_store}")


@pytest.mark.parametrize(
    "command",
    [["lookup", "FlashAttention-2"], ["query", "papers"], ["export"], ["info"]],
    ids=lambda c: c[0],
)
def test_reading_a_missing_store(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "no-store"
    result = run(*command, "--store", missing)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no claimgraph store at {missing}; run `claimgraph ingest` first\n"
    )
    assert not missing.exists()  # a read never creates the store


def test_lookup_missing_store_in_a_real_process(tmp_path: Path) -> None:
    missing = tmp_path / "no-store"
    done = subprocess.run(
        [BIN / "claimgraph", "lookup", "fa2", "--store", missing],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        f"Error: no claimgraph store at {missing}; run `claimgraph ingest` first\n"
    )


# ---------------------------------------------------------------- lookup


def test_lookup_flashattention2(corpus_store: Path) -> None:
    result = run("lookup", "FlashAttention-2", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.splitlines()[0] == "FlashAttention-2"
    subject_part, baseline_part = out.split("As baseline")
    assert "As subject (it beats ...): 1 claim" in subject_part
    assert "vs FlashAttention: about 2x faster" in subject_part
    assert "paper: FlashAttention-2: Faster Attention with Better Parallelism" in subject_part
    assert "LeanAttention: 2.6x faster on average" in baseline_part
    assert "LeanAttention: up to 8.33x faster [512k context lengths]" in baseline_part
    assert "JRT-RNN: 19.2x higher throughput" in baseline_part  # written "FA2" in that paper


@pytest.mark.parametrize("spelling", ["fa2", "flashattention 2", "FLASHATTENTION2"])
def test_lookup_spellings_find_the_same_system(corpus_store: Path, spelling: str) -> None:
    canonical = run("lookup", "FlashAttention-2", "--store", corpus_store)
    result = run("lookup", spelling, "--store", corpus_store)
    assert result.exit_code == 0, result.output
    assert result.stdout == canonical.stdout


def test_lookup_misspelling_suggests(corpus_store: Path) -> None:
    result = run("lookup", "flashatention", "--store", corpus_store)
    assert result.exit_code == 1
    assert result.stdout == ""
    message = result.stderr.strip()
    assert "\n" not in message
    assert message.startswith("Error: no system called 'flashatention'; did you mean: ")
    suggestions = message.split("did you mean: ")[1].rstrip("?").split(", ")
    assert "FlashAttention-2" in suggestions
    assert "FlashAttention" in suggestions


def test_lookup_unknown_name_without_suggestions(corpus_store: Path) -> None:
    result = run("lookup", "zzzqqqxxx", "--store", corpus_store)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no system called 'zzzqqqxxx' in the store (`claimgraph query systems` lists them)\n"
    )


def test_lookup_json(corpus_store: Path) -> None:
    result = run("lookup", "--json", "fa2", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["query"] == "fa2"
    assert data["labels"] == ["FlashAttention-2"]
    assert data["suggestions"] == []
    rows = data["as_subject"] + data["as_baseline"]
    assert rows
    for row in rows:
        assert set(row) == CLAIM_FIELDS | {"paper_title", "paper_date"}
    (own,) = data["as_subject"]
    assert own["baseline"] == "FlashAttention"
    assert (own["value"], own["unit"], own["qualifier"]) == (2.0, "x", "approx")
    assert own["paper_title"].startswith("FlashAttention-2:")
    assert own["paper_date"] == "2023-07-17"
    assert {"LeanAttention", "JRT-RNN"} <= {row["subject"] for row in data["as_baseline"]}


def test_lookup_json_not_found_exits_1(corpus_store: Path) -> None:
    result = run("lookup", "--json", "flashatention", "--store", corpus_store)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["keys"] == [] and "FlashAttention-2" in data["suggestions"]


# ---------------------------------------------------------------- query


def test_query_who_beats_whom_csv(corpus_store: Path) -> None:
    result = run("query", "who-beats-whom", "--format", "csv", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    fsmoe = {
        row["baseline"]
        for row in rows
        if row["subject"] == "FSMoE"
        and (row["value"], row["value_max"], row["unit"]) == ("1.18", "1.22", "x")
    }
    assert fsmoe == {"DeepSpeed-MoE", "Tutel"}


def test_query_beaten_by_json(corpus_store: Path) -> None:
    result = run(
        "query", "beaten-by", "-p", "system=FlashAttention-2", "--format", "json",
        "--store", corpus_store,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {row["baseline"] for row in rows} == {"FlashAttention-2"}
    assert {row["system"] for row in rows} == {"flashattention2"}
    winners = {row["winner"] for row in rows}
    assert {"LeanAttention", "JRT-RNN", "FLASHSIGMOID"} <= winners
    lean = [r for r in rows if r["winner"] == "LeanAttention" and r["qualifier"] == "up_to"]
    assert [(r["value"], r["unit"], r["context"]) for r in lean] == [
        (8.33, "x", "512k context lengths")
    ]
    alias = run(
        "query", "beaten-by", "-p", "system=fa2", "--format", "json", "--store", corpus_store
    )
    assert json.loads(alias.stdout) == rows


def test_query_limit(corpus_store: Path) -> None:
    result = run(
        "query", "who-beats-whom", "--limit", "3", "--format", "json", "--store", corpus_store
    )
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 3


def test_query_table_is_the_default(corpus_store: Path) -> None:
    result = run("query", "papers", "--limit", "2", "--store", corpus_store)
    assert result.exit_code == 0
    assert "paper" in result.stdout.splitlines()[1]


def test_query_file(corpus_store: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "count.rq"
    query_file.write_text(
        textwrap.dedent(
            """\
            # Claims whose subject is a given system.
            # param: system  the system's name
            PREFIX cg: <https://w3id.org/claimgraph/ns#>
            SELECT ?system (COUNT(DISTINCT ?claim) AS ?n) WHERE {
              ?s cg:key ?system . ?claim a cg:Claim ; cg:subject ?s .
            } GROUP BY ?system
            """
        ),
        encoding="utf-8",
    )
    result = run(
        "query", "--file", query_file, "-p", "system=fa2", "--format", "json",
        "--store", corpus_store,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"system": "flashattention2", "n": 1}]


def test_query_inline(corpus_store: Path) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/claimgraph/ns#Claim> }"
    result = run("query", "-e", text, "--format", "json", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": store_stats(read_only(corpus_store)).claims}]


def test_query_file_without_a_description_line(corpus_store: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "plain.rq"
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/claimgraph/ns#Claim> }\n"
    query_file.write_text(text, encoding="utf-8")
    result = run("query", "--file", query_file, "--format", "json", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": store_stats(read_only(corpus_store)).claims}]


def test_query_inline_update_is_refused(corpus_store: Path) -> None:
    before = len(read_only(corpus_store))
    result = run("query", "-e", "DROP ALL", "--store", corpus_store)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: invalid SPARQL")
    assert len(read_only(corpus_store)) == before


def test_query_list_shows_every_shipped_query_but_the_internal_ones() -> None:
    result = run("query", "--list")
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")}
    internal = {"system-names", "system-spellings", "comparison-edges", "claims"}
    assert listed == shipped_queries() - internal
    assert "-p system=..." in result.stdout


def test_query_unknown_name(corpus_store: Path) -> None:
    result = run("query", "who-beats", "--store", corpus_store)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert "who-beats" in lines[0]
    for name in shipped_queries():
        assert name in lines[0]


def test_query_unknown_param(corpus_store: Path) -> None:
    result = run("query", "papers", "-p", "system=fa2", "--store", corpus_store)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown parameter 'system'")


def test_query_hostile_param_is_only_a_value(corpus_store: Path) -> None:
    before = len(read_only(corpus_store))
    result = run(
        "query", "beaten-by", "-p", """system=" . } DROP ALL ; #""", "--format", "json",
        "--store", corpus_store,
    )  # fmt: skip
    assert (result.exit_code, result.stdout) == (1, "")  # a name, not SPARQL: no such system
    assert result.stderr.startswith("""Error: no system called '" . } DROP ALL ; #'""")
    assert len(read_only(corpus_store)) == before


@pytest.mark.parametrize("param", ["system", "=fa2"])
def test_query_bad_param_syntax_is_a_usage_error(corpus_store: Path, param: str) -> None:
    result = run("query", "beaten-by", "-p", param, "--store", corpus_store)
    assert result.exit_code == 2
    assert "KEY=VALUE" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args", [[], ["papers", "-e", "SELECT * WHERE { ?s ?p ?o }"]], ids=["none", "two"]
)
def test_query_needs_exactly_one_source(corpus_store: Path, args: list[str]) -> None:
    result = run("query", *args, "--store", corpus_store)
    assert result.exit_code == 2
    assert "exactly one of NAME, --file or --sparql" in result.stderr


def test_query_invalid_sparql_is_one_line(corpus_store: Path) -> None:
    result = run("query", "-e", "SELEC nonsense", "--store", corpus_store)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("Error: ")


# ---------------------------------------------------------------- export


@pytest.fixture(scope="module")
def graph_counts(corpus_store: Path) -> tuple[int, int]:
    graph = comparison_graph(read_only(corpus_store))
    assert graph.number_of_edges() > 0
    return graph.number_of_nodes(), graph.number_of_edges()


def counts(graph: nx.Graph) -> tuple[int, int]:
    return graph.number_of_nodes(), graph.number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "dot"])
def test_export_to_file(
    corpus_store: Path, graph_counts: tuple[int, int], tmp_path: Path, fmt: str
) -> None:
    output = tmp_path / f"claims.{fmt}"
    result = run("export", "--format", fmt, "-o", output, "--store", corpus_store)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    nodes, edges = graph_counts
    assert result.stderr == f"Wrote {output}: {nodes} systems, {edges} claims.\n"
    if fmt == "graphml":
        graph = nx.read_graphml(output)
    elif fmt == "gexf":
        graph = nx.read_gexf(output)
    elif fmt == "json":
        graph = nx.node_link_graph(json.loads(output.read_text("utf-8")), edges="links")
    else:
        text = output.read_text("utf-8")
        assert text.startswith('digraph "claimgraph" {')
        assert text.count(" -> ") == edges
        return
    assert counts(graph) == graph_counts
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.nodes["flashattention2"]["label"] == "FlashAttention-2"


def test_export_graphml_to_stdout(corpus_store: Path, graph_counts: tuple[int, int]) -> None:
    result = run("export", "--store", corpus_store)  # graphml is the default
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert counts(nx.parse_graphml(result.stdout)) == graph_counts


def test_export_json_to_stdout(corpus_store: Path, graph_counts: tuple[int, int]) -> None:
    result = run("export", "--format", "json", "--store", corpus_store)
    assert result.exit_code == 0, result.output
    graph = nx.node_link_graph(json.loads(result.stdout), edges="links")
    assert counts(graph) == graph_counts


def test_export_to_a_directory_is_rejected(corpus_store: Path, tmp_path: Path) -> None:
    result = run("export", "-o", tmp_path, "--store", corpus_store)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# ---------------------------------------------------------------- extract


def test_extract_jsonl_fields() -> None:
    result = run("extract", PAPERS)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert isinstance(record, dict)
        assert CLAIM_FIELDS <= set(record), CLAIM_FIELDS - set(record)
    assert {r["paper"] for r in records} <= {"s000-11", "s000-31", "s001-06"}
    fsmoe = {
        r["baseline"]
        for r in records
        if r["paper"] == "s001-06" and (r["value"], r["value_max"], r["unit"]) == (1.18, 1.22, "x")
    }
    assert fsmoe == {"DeepSpeed-MoE", "Tutel"}
    fa2 = [r for r in records if r["paper"] == "s000-11" and r["baseline"] == "FlashAttention"]
    assert [(r["subject"], r["value"], r["qualifier"]) for r in fa2] == [
        ("FlashAttention-2", 2.0, "approx")
    ]


def test_extract_table() -> None:
    result = run("extract", PAPERS, "--format", "table")
    assert result.exit_code == 0, result.output
    assert "FSMoE" in result.stdout and "DeepSpeed-MoE" in result.stdout
    assert "subject" in result.stdout.splitlines()[1]


def test_extract_rejects_min_confidence_above_1() -> None:
    result = run("extract", PAPERS, "--min-confidence", "1.01")
    assert result.exit_code == 2
    assert "--min-confidence" in result.stderr


def test_extract_min_confidence_only_drops() -> None:
    every = run("extract", PAPERS, "--min-confidence", "0").stdout.splitlines()
    confident = run("extract", PAPERS, "--min-confidence", "0.99").stdout.splitlines()
    assert len(confident) <= len(every)
    assert set(confident) <= set(every)
    assert all(json.loads(line)["confidence"] >= 0.99 for line in confident)


def test_extract_needs_a_file() -> None:
    result = run("extract")
    assert result.exit_code == 2


# ---------------------------------------------------------------- evaluate


def test_evaluate_table() -> None:
    result = run(
        "evaluate", "--gold", GOLD / "dev-claims.jsonl", "--papers", GOLD / "dev-papers.jsonl"
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["level", "TP", "pred", "gold", "P", "R", "F1"]
    assert [line.split()[0] for line in lines[1:4]] == ["value", "tuple", "full"]


def test_evaluate_json_scores() -> None:
    result = run("evaluate", "--gold", GOLD / "dev-claims.jsonl", "--json")  # papers beside gold
    assert result.exit_code == 0, result.output
    levels = json.loads(result.stdout)["levels"]
    assert set(levels) == {"value", "tuple", "full"}
    for level in levels.values():
        assert level["gold"] == 104
        assert level["f1"] >= 0.9
    assert levels["value"]["f1"] >= levels["tuple"]["f1"] >= levels["full"]["f1"]


# ---------------------------------------------------------------- processes and imports


def test_read_commands_do_not_import_spacy(corpus_store: Path) -> None:
    script = textwrap.dedent(
        """\
        import sys
        from click.testing import CliRunner
        from claimgraph.cli import cli

        store = sys.argv[1]
        for args in (["lookup", "fa2"], ["lookup", "nothing-like-it"], ["query", "papers"],
                     ["export"], ["info"]):
            result = CliRunner().invoke(cli, [*args, "--store", store])
            assert result.exit_code in (0, 1), (args, result.output)
            assert "spacy" not in sys.modules, args
        result = CliRunner().invoke(cli, ["query", "--list"])
        assert "spacy" not in sys.modules, "query --list"
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(corpus_store)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"


def test_version() -> None:
    from claimgraph import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"claimgraph, version {__version__}\n"
    done = subprocess.run(
        [BIN / "claimgraph", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout == result.stdout


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimgraph", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: claimgraph [OPTIONS] COMMAND [ARGS]...")
    for name in cli.commands:
        assert name in done.stdout


# ---------------------------------------------------------------- help and README


def test_group_help() -> None:
    assert run("-h").stdout == run("--help").stdout
    assert "Usage: " in run("-h").stdout


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_help_and_readme(name: str) -> None:
    long = run(name, "--help")
    short = run(name, "-h")
    assert long.exit_code == 0 and short.exit_code == 0
    assert long.stdout == short.stdout
    assert long.stdout.startswith(f"Usage: cli {name} ") or long.stdout.startswith(
        f"Usage: claimgraph {name} "
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"claimgraph {re.escape(name)}\b|`{re.escape(name)}`", readme), (
        f"command {name!r} is not documented in README.md"
    )


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_option_has_help_and_help_fits_100_columns(name: str) -> None:
    command = cli.commands[name]
    bare = [
        p.opts[0]
        for p in command.params
        if isinstance(p, click.Option) and not (p.help or "").strip()
    ]
    assert bare == [], f"{name}: options without help"
    text = run(name, "--help").stdout
    assert max(len(line) for line in text.splitlines()) <= 100, text


def test_export_help_lists_every_format() -> None:
    formats = next(p for p in cli.commands["export"].params if p.name == "fmt").type.choices
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `claimgraph export"))
    text = run("export", "--help").stdout
    for fmt in formats:
        assert fmt in row, f"README command table lacks export format {fmt}"
        assert re.search(rf"\b{fmt}\b", text.split("Options:")[0]), fmt


def test_rank_help_names_its_columns() -> None:
    text = " ".join(run("rank", "--help").stdout.split())
    for column in ("position", "label", "factor", "claims", "wins", "losses", "component"):
        assert re.search(rf"\b{column}\s", text.split("Options:")[0]), column


def test_tables_fit_the_terminal(corpus_store: Path) -> None:
    """On a terminal the table is as wide as the terminal; piped, as wide as $COLUMNS."""
    import pty

    from rich.cells import cell_len

    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "claimgraph", "query", "who-beats-whom", "--limit", "3"]
    command += ["--store", str(corpus_store)]
    env = {**os.environ, "COLUMNS": "150"}
    with subprocess.Popen(command, stdout=terminal, stderr=subprocess.DEVNULL, env=env) as process:
        os.close(terminal)
        chunks = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
    os.close(controller)
    assert process.returncode == 0
    lines = b"".join(chunks).decode("utf-8").splitlines()
    assert lines and {cell_len(line) for line in lines} == {150}
    piped = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert {cell_len(line) for line in piped.stdout.splitlines()} == {150}  # $COLUMNS holds


# -- bad input on the command line and nowhere to write: one line, no traceback


@pytest.fixture(scope="module")
def papers_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli-hostile") / "store"
    result = CliRunner().invoke(cli, ["ingest", str(PAPERS), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    return store


def test_a_binary_query_file_is_one_line(papers_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_bytes(b"\x00\xeb\xff\xfe SELECT")
    result = CliRunner().invoke(cli, ["query", "--file", str(query), "--store", str(papers_store)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {query} is not a SPARQL text file: byte 0xeb at offset 1 is not UTF-8"
    ]


def test_a_name_that_is_not_utf8_is_looked_up_as_text(papers_store: Path) -> None:
    # what Python makes of the argv bytes b"a\xff"
    result = CliRunner().invoke(cli, ["lookup", "a\udcff", "--store", str(papers_store)])
    assert result.exit_code == 1
    assert "Error: no system called 'a\ufffd'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "command",
    [
        ["query", "who-beats-whom"],
        ["lookup", "FlashAttention-2"],
        ["extract", str(PAPERS)],
    ],
)
def test_a_full_device_is_one_line(papers_store: Path, command: list[str]) -> None:
    store = [] if command[0] == "extract" else ["--store", str(papers_store)]
    with open("/dev/full", "w") as full:
        finished = subprocess.run(
            [str(BIN / "claimgraph"), *command, *store],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert finished.returncode == 1
    assert finished.stderr.strip().splitlines() == [
        "Error: cannot write the output: No space left on device"
    ]


def test_skipped_counts_inputs_left_out_not_notes(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_text(
        '{"id": "n1", "title": "A: b", "abstract": "A is 2x faster than B.", "authors": 5}\n'
        '{"id":\n',
        encoding="utf-8",
    )
    result = run("ingest", path, "--store", tmp_path / "store", "-q")
    release(result)
    assert result.exit_code == 1
    match = SUMMARY.search(result.stdout)
    assert match and (match["papers"], match["skipped"]) == ("1", "1")
    assert result.stderr.splitlines() == [
        f"note: {path}:1: record's authors are neither a string nor a list of strings; ignored",
        f"error: {path}:2: malformed JSON: Expecting value (column 7)",
    ]


# -- claimgraph query has the server's limits


CROSS_JOIN = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"


def test_a_runaway_query_is_stopped_at_the_timeout(papers_store: Path) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = CliRunner().invoke(
        cli, ["query", "-e", count, "--timeout-s", "1", "--store", str(papers_store)]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: the query was stopped after 1 s (--timeout-s); narrow it or add a LIMIT"
    ]


def test_a_query_that_needs_too_much_memory_is_one_line(papers_store: Path) -> None:
    finished = subprocess.run(
        [
            str(BIN / "claimgraph"),
            "query",
            "-e",
            CROSS_JOIN,
            "--max-memory-mb",
            "300",
            "--store",
            str(papers_store),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 1
    assert finished.stderr.strip().splitlines() == [
        "Error: the query needed more than 300 MB of memory (--max-memory-mb) and was "
        "stopped; narrow it or add a LIMIT"
    ]


def test_limited_queries_still_answer_and_raise_their_own_errors(papers_store: Path) -> None:
    result = run("query", "systems", "--format", "csv", "--store", papers_store)
    assert result.exit_code == 0 and result.stdout.splitlines()[1] == "FSMoE,fsmoe,5,5,0,1"
    bad = CliRunner().invoke(cli, ["query", "-e", "SELEC x", "--store", str(papers_store)])
    assert bad.exit_code == 1 and "invalid SPARQL" in bad.stderr


def test_a_result_that_does_not_pickle_is_no_memory_error() -> None:
    import threading

    from claimgraph.limits import run_limited

    with pytest.raises(RuntimeError, match="cannot pickle"):
        run_limited(threading.Lock, timeout_s=30, max_memory_mb=512)


# ---------------------------------------------------------------- one way to name a system

SUGGESTS_VLLM = "Error: no system called 'vlm'; did you mean: vLLM?\n"


@pytest.mark.parametrize(
    "command",
    [
        ["lookup", "vlm"],
        ["compare", "vlm", "FlexGen"],
        ["compare", "FlexGen", "vlm"],
        ["export", "--format", "json", "--system", "vlm"],
        ["query", "beaten-by", "-p", "system=vlm"],
        ["query", "claims-about", "-p", "system=vlm"],
    ],
)
def test_every_command_that_takes_a_name_suggests_alike(
    corpus_store: Path, command: list[str]
) -> None:
    result = run(*command, "--store", corpus_store)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", SUGGESTS_VLLM)


def test_a_named_query_about_an_alias_binds_the_system(corpus_store: Path) -> None:
    by_alias = run(
        "query", "beaten-by", "-p", "system=fa2", "--format", "csv", "--store", corpus_store
    )
    by_label = run(
        "query",
        "beaten-by",
        "-p",
        "system=FlashAttention-2",
        "--format",
        "csv",
        "--store",
        corpus_store,
    )
    assert by_alias.exit_code == 0
    assert by_alias.stdout == by_label.stdout
    assert len(by_alias.stdout.splitlines()) == 1 + 5


def test_compare_one_system_twice_says_so(corpus_store: Path) -> None:
    result = run("compare", "vLLM", "vllm", "--store", corpus_store)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: vLLM and vllm are the same system, vLLM: compare two different systems\n"
    )


def test_a_date_without_a_year_reads_as_one(corpus_store: Path) -> None:
    result = run("lookup", "ElasWave", "--store", corpus_store)
    assert result.exit_code == 0
    assert (
        "    paper: ElasWave: An Elastic-Native System for Scalable Hybrid-Parallel Training, "
        "Oct 1 (year unknown)\n"
    ) in result.stdout
    assert "--10-01" not in result.stdout


def test_depth_without_system_is_an_error(corpus_store: Path) -> None:
    result = run("export", "--depth", "2", "--store", corpus_store)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(
        "Error: --depth counts claims away from --system NAME; give --system too\n"
    )


def test_no_progress_bar_and_no_blank_line_off_a_terminal(tmp_path: Path) -> None:
    """stderr to a file: only real messages reach it (here none)."""
    run_ = subprocess.run(
        [sys.executable, "-m", "claimgraph", "ingest", str(PAPERS), "--store", str(tmp_path / "s")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run_.returncode == 0, run_.stderr
    assert run_.stderr == ""
    assert run_.stdout.startswith("Ingested ")


# ---------------------------------------------------------------- tables at any width


def _table_rows(lines: list[str]) -> list[list[str]]:
    """The body lines of a drawn table, each split into its stripped cells."""
    return [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if line[0] == "│"]


def test_who_beats_whom_at_100_columns_keeps_rows_short_and_words_whole(
    corpus_store: Path,
) -> None:
    """Each row on at most 3 lines, no word broken: every cell's lines, joined with spaces,
    give back the cell's text exactly."""
    from claimgraph.output import readable_claims
    from claimgraph.queries import QueryResult

    env = {**os.environ, "COLUMNS": "100"}
    command = [sys.executable, "-m", "claimgraph", "query", "who-beats-whom"]
    command += ["--store", str(corpus_store)]
    drawn = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert drawn.returncode == 0, drawn.stderr
    lines = drawn.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    header = [cell.strip() for cell in lines[1].split("┃")[1:-1]]
    assert header == ["subject", "baseline", "claim", "context"]
    assert drawn.stderr == (
        "(2 columns left out to fit 100 columns: paper, paper_title; "
        "--columns chooses, --format csv shows all)\n"
    )
    rows = json.loads(
        run("query", "who-beats-whom", "--format", "json", "--store", corpus_store).stdout
    )
    names = list(rows[0])
    words = readable_claims(QueryResult(names, [tuple(r[n] for n in names) for r in rows]))
    expected = [
        [" ".join(str(r[words.columns.index(h)] or "").split()) for h in header] for r in words.rows
    ]
    body = _table_rows(lines)
    at = 0
    for want in expected:
        for height in (1, 2, 3):
            got = [
                " ".join(part for part in (line[k] for line in body[at : at + height]) if part)
                for k in range(len(header))
            ]
            if got == want:
                at += height
                break
        else:
            raise AssertionError(f"row {want} is not drawn whole on at most 3 lines at line {at}")
    assert at == len(body) and len(expected) == 68


def test_columns_choose_what_a_table_shows(corpus_store: Path) -> None:
    result = run(
        "query", "who-beats-whom", "--columns", "subject,value,unit", "--limit", "2",
        "--store", corpus_store, env={"COLUMNS": "100"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "┃ subject ┃ value ┃ unit ┃"
    assert _table_rows(result.stdout.splitlines()) == [["ALISA", "3", "x"], ["ALISA", "1.9", "x"]]
    wrong = run("query", "who-beats-whom", "--columns", "nope", "--store", corpus_store)
    assert wrong.exit_code == 2
    assert "no column 'nope'; the columns are: subject, baseline, claim," in wrong.stderr


def test_piped_without_columns_a_row_is_one_line(corpus_store: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    command = [sys.executable, "-m", "claimgraph", "query", "who-beats-whom"]
    piped = subprocess.run(
        [*command, "--store", str(corpus_store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert len(piped.stdout.splitlines()) == 4 + 68
    assert piped.stderr == ""


def test_query_list_fits_100_columns_and_hides_internal_queries() -> None:
    text = run("query", "--list", env={"COLUMNS": "200"}).stdout
    assert max(len(line) for line in text.splitlines()) <= 100
    listed = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert "who-beats-whom" in listed and "beaten-by" in listed
    assert not {"system-names", "system-spellings", "comparison-edges"} & set(listed)
    assert (
        "    -p system=...  the system's name, any spelling or known alias, case-insensitive"
        in text
    )
