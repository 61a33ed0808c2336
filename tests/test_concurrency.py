"""Two ingests at once, and lookups while an ingest writes: no corruption, clear messages.

Uses the large synthetic corpus and reference store of ``test_interrupted.py`` (built once per
session).  Only one process can open a store for writing; a second ingest must say, in one
line and promptly, that the store is in use.  Readers open read-only snapshots beside the
writer and must either answer or fail with one line, never a traceback.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_interrupted import (
    CLI_ENV,
    INGEST_TIMEOUT,
    Graphs,
    LargeCorpus,
    assert_same_quads,
    ingest_command,
    large_corpus,
    procs,
    reference_graphs,
    start,
    stored_graphs,
)

from claimgraph.store import open_store

pytestmark = pytest.mark.slow

__all__ = ["procs"]  # the fixture, imported for the tests below

PROMPTLY = 20.0
"""Seconds within which the refused ingest must have exited (it stops before loading spaCy)."""


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> LargeCorpus:
    return large_corpus(tmp_path_factory)


@pytest.fixture(scope="module")
def reference(large: LargeCorpus) -> Graphs:
    return reference_graphs(large)


def assert_in_use_message(output: str) -> None:
    lines = output.strip().splitlines()
    assert "Traceback" not in output
    assert len(lines) == 1, output
    assert "in use" in lines[0], lines[0]


def test_two_ingests_at_once_one_waits_its_turn(
    large: LargeCorpus, reference: Graphs, procs: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    created = open_store(store)  # an existing, empty store: the creation race is below
    del created
    first = start(ingest_command(large.corpus, store), procs, tmp_path / "first.log")
    second = start(ingest_command(large.corpus, store), procs, tmp_path / "second.log")
    logs = {first: tmp_path / "first.log", second: tmp_path / "second.log"}

    deadline = time.monotonic() + PROMPTLY
    while first.poll() is None and second.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    refused = first if first.poll() is not None else second
    winner = second if refused is first else first
    assert refused.poll() == 1, f"neither ingest gave way within {PROMPTLY} s"
    assert_in_use_message(logs[refused].read_text())
    assert winner.poll() is None, logs[winner].read_text()  # exactly one proceeds

    assert winner.wait(timeout=INGEST_TIMEOUT) == 0, logs[winner].read_text()
    assert_same_quads(stored_graphs(store), reference)


def test_second_ingest_while_the_first_creates_the_store(
    large: LargeCorpus, tmp_path: Path
) -> None:
    # The state of a store being created, held still: the directory, its LOCK file locked
    # (RocksDB locks it with fcntl) and no CURRENT yet.
    store = tmp_path / "store"
    store.mkdir()
    fd = os.open(store / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        second = subprocess.run(
            ingest_command(large.corpus, store),
            env=CLI_ENV,
            capture_output=True,
            text=True,
            timeout=PROMPTLY,
        )
    finally:
        os.close(fd)
    assert second.returncode == 1
    assert_in_use_message(second.stderr)


READERS = [
    ["lookup", "FlashAttention-2"],
    ["query", "who-beats-whom", "--limit", "5"],
    ["lookup", "DeepSpeed-MoE"],
    ["info"],
]
MAX_READS = 60


def test_lookups_while_an_ingest_writes(
    large: LargeCorpus, reference: Graphs, procs: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    writer = start(ingest_command(large.corpus, store), procs, tmp_path / "ingest.log")
    overlapped = 0
    for i in range(MAX_READS):
        if writer.poll() is not None:
            break
        overlapped += 1
        args = READERS[i % len(READERS)]
        read = subprocess.run(
            [sys.executable, "-m", "claimgraph", *args, "--store", str(store)],
            env=CLI_ENV,
            capture_output=True,
            text=True,
            timeout=60,
        )
        where = f"`claimgraph {' '.join(args)}` during the ingest"
        assert "Traceback" not in read.stderr, f"{where}:\n{read.stderr}"
        if read.returncode == 0:
            assert read.stdout.strip(), f"{where} exited 0 with no output"
        else:
            assert read.returncode == 1, f"{where} exited {read.returncode}: {read.stderr}"
            assert len(read.stderr.strip().splitlines()) == 1, f"{where}:\n{read.stderr}"
    assert writer.wait(timeout=INGEST_TIMEOUT) == 0, (tmp_path / "ingest.log").read_text()
    assert overlapped >= 3, "the ingest ended before the readers got going"
    assert_same_quads(stored_graphs(store), reference)

    after = subprocess.run(
        [sys.executable, "-m", "claimgraph", *READERS[0], "--store", str(store)],
        env=CLI_ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert after.returncode == 0 and "FlashAttention-2" in after.stdout, after.stderr
