"""``claimgraph.html_export``: the self-contained HTML page, checked as text and in Chromium.

The browser test drives Debian's Chromium through the DevTools protocol over
``--remote-debugging-pipe`` (null-terminated JSON on file descriptors 3 and 4), so it
needs no Python package beyond the standard library and downloads nothing.  Without
``/usr/bin/chromium`` it is skipped, unless ``CLAIMGRAPH_BROWSER_TESTS=1`` (as in CI),
where a missing browser fails it.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import FSMOE_SENTENCE, LEAN, LEAN_SENTENCE

from claimgraph.graph import comparison_graph
from claimgraph.html_export import graph_html, paper_dates, script_json, store_html

HOSTILE = "</script><script>alert(1)</script><!-- \u2028\u2029 & \"q\" 'a' </SCRIPT >"
SCRIPT_DATA = re.compile(
    r'<script type="application/json" id="claimgraph-data">(.*?)</script>', re.DOTALL
)


def static_text(name: str) -> str:
    return resources.files("claimgraph").joinpath("static", name).read_text(encoding="utf-8")


def embedded(page: str) -> dict[str, Any]:
    match = SCRIPT_DATA.search(page)
    assert match, "no graph data in the page"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def page_markup(page: str) -> str:
    """The page without the inlined library and the data: what the template made."""
    library = static_text("cytoscape.min.js")
    assert page.count(library) == 1
    return SCRIPT_DATA.sub("", page.replace(library, ""))


def hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node(HOSTILE, label=HOSTILE, claims=1, papers=1)
    graph.add_node("b", label="B", claims=1, papers=1)
    graph.add_edge(
        HOSTILE,
        "b",
        key=HOSTILE,
        value=2.0,
        unit="x",
        metric=HOSTILE,
        paper=HOSTILE,
        paper_title=HOSTILE,
        sentence=HOSTILE,
        context=HOSTILE,
    )
    return graph


# ---------------------------------------------------------------- the page as text


def test_counts_in_the_page_are_the_graphs(mem_store: ox.Store) -> None:
    graph = comparison_graph(mem_store)
    data = embedded(graph_html(graph))
    assert len(data["nodes"]) == graph.number_of_nodes() == 8
    assert len(data["edges"]) == graph.number_of_edges() == 9
    assert {n["key"] for n in data["nodes"]} == set(graph.nodes)
    assert {e["claim"] for e in data["edges"]} == {k for _, _, k in graph.edges(keys=True)}


def test_page_is_self_contained(mem_store: ox.Store) -> None:
    page = graph_html(comparison_graph(mem_store))
    # The library's licence comments name web addresses, and the data holds the claims'
    # IRIs: neither is fetched (the browser test checks every request).
    own = page_markup(page)
    for needle in ("http://", "https://", "//cdn", "<link", "@import", "url("):
        assert needle not in own.lower(), needle
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert "/*@@" not in own  # every placeholder filled
    assert page.count("</script>") == 3  # data, library, page script


def test_hostile_strings_stay_inside_the_json() -> None:
    graph = hostile_graph()
    page = graph_html(graph, title=HOSTILE)
    assert "<script>alert(1)" not in page
    match = SCRIPT_DATA.search(page)
    assert match and not {"\u2028", "\u2029", "<", ">"} & set(match.group(1))
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 3
    assert "<!--" not in page
    data = embedded(page)
    assert data["title"] == HOSTILE
    assert [n["label"] for n in data["nodes"]] == [HOSTILE, "B"]
    (edge,) = data["edges"]
    assert edge["sentence"] == edge["context"] == edge["metric"] == edge["claim"] == HOSTILE
    assert data["papers"][HOSTILE]["title"] == HOSTILE
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)" in page


def test_script_json_escapes() -> None:
    text = script_json({"a": "</script>\u2028\u2029<!--&"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script>\u2028\u2029<!--&"}


def test_edge_labels_and_metrics(mem_store: ox.Store) -> None:
    data = embedded(graph_html(comparison_graph(mem_store)))
    labels = {e["label"] for e in data["edges"]}
    assert {
        "1.18-1.22x faster",
        "1.19-3.01x faster",
        "about 2x faster",
        "2.6x faster on average",
        "up to 8.33x faster",
    } <= labels
    assert {"11.9x higher throughput", "19.2x higher throughput"} <= labels
    assert data["metrics"] == ["speedup", "throughput"]
    assert set(data["colours"]) == {"speedup", "throughput"}
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in data["colours"].values())


def test_store_html_carries_the_paper_dates(mem_store: ox.Store) -> None:
    assert paper_dates(mem_store) == {
        "s001-06": "--01-18",
        "s000-11": "2023-07-17",
        "s000-33": "2024-07-07",
    }
    data = embedded(store_html(mem_store, title="Fixture papers"))
    assert data["title"] == "Fixture papers"
    assert {p: v["date"] for p, v in data["papers"].items()} == {
        "s001-06": "--01-18",
        "s000-11": "2023-07-17",
        "s000-33": "2024-07-07",
        "s003-lean": None,
    }
    assert data["papers"]["s003-lean"]["title"] == LEAN


def test_paper_date_edge_attribute_wins() -> None:
    graph = hostile_graph()
    nx.set_edge_attributes(graph, "2020-01-02", "paper_date")
    data = embedded(graph_html(graph, paper_dates={HOSTILE: "2021-01-01"}))
    assert data["papers"][HOSTILE]["date"] == "2020-01-02"


def test_malformed_date_is_an_error() -> None:
    with pytest.raises(ValueError, match="neither YYYY-MM-DD nor --MM-DD"):
        graph_html(hostile_graph(), paper_dates={HOSTILE: "July 2024"})


def test_empty_graph() -> None:
    data = embedded(graph_html(nx.MultiDiGraph()))
    assert data["nodes"] == data["edges"] == data["metrics"] == []


def test_static_files_ship_with_the_package() -> None:
    library = resources.files("claimgraph").joinpath("static", "cytoscape.min.js").read_bytes()
    readme = static_text("README.md")
    assert hashlib.sha256(library).hexdigest() in readme
    assert "cytoscape 3.34.4" in readme
    assert "MIT" in static_text("cytoscape.LICENSE")
    assert "/*@@GRAPH_DATA@@*/" in static_text("page.html")


# ---------------------------------------------------------------- in a real browser

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1400,900",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing leaves the machine
    "--remote-debugging-pipe",
]


def chromium_path() -> str:
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
    )
    if found:
        return found
    if os.environ.get("CLAIMGRAPH_BROWSER_TESTS") == "1":
        pytest.fail("CLAIMGRAPH_BROWSER_TESTS=1 but Chromium is missing: apt-get install chromium")
    pytest.skip(
        "Chromium not installed (apt-get install chromium; CI sets CLAIMGRAPH_BROWSER_TESTS=1)"
    )


class Browser:
    """Chromium over the DevTools protocol on a pipe: one page, its console and requests."""

    def __init__(self, binary: str, profile: Path) -> None:
        # fds >= 10, so that moving them to 3 and 4 in the child cannot clobber each other
        to_chrome_r, to_chrome_w = (fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in os.pipe())
        from_chrome_r, from_chrome_w = (
            fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in os.pipe()
        )

        def child_fds() -> None:
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.log = (profile / "chromium.log").open("wb")
        self.proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile / 'profile'}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,
            pass_fds=(3, 4),
            preexec_fn=child_fds,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.writer = os.fdopen(to_chrome_w, "wb", buffering=0)
        self.reader = os.fdopen(from_chrome_r, "rb", buffering=0)
        self.events: list[dict[str, Any]] = []
        self.replies: dict[int, dict[str, Any]] = {}
        self.changed = threading.Condition()
        self.next_id = 0
        self.session: str | None = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buffer = b""
        while chunk := self.reader.read(65536):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self.changed:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self.replies[message["id"]] = message
                    else:
                        self.events.append(message)
                self.changed.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> Any:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        self.writer.write(json.dumps(message).encode() + b"\0")
        with self.changed:
            if not self.changed.wait_for(lambda: self.next_id in self.replies, timeout):
                raise TimeoutError(f"no reply to {method} in {timeout} s")
            reply = self.replies.pop(self.next_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def open_page(self) -> None:
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        attached = self.send(
            "Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}
        )
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{expression} still false after {timeout} s")
            time.sleep(0.1)

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"])[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args"))[:500])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def requests(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (OSError, TimeoutError, RuntimeError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.writer.close()
        self.reader.close()
        self.log.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    binary = chromium_path()
    with tempfile.TemporaryDirectory(prefix="claimgraph-chromium-") as profile:
        chrome = Browser(binary, Path(profile))
        try:
            chrome.open_page()
            yield chrome
        finally:
            chrome.close()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def load(browser: Browser, page: Path) -> None:
    browser.send("Page.navigate", {"url": page.as_uri()})
    browser.wait_for("window.claimgraph !== undefined && window.claimgraph.ready === true")


def test_page_in_chromium(browser: Browser, mem_store: ox.Store, tmp_path: Path) -> None:
    graph = comparison_graph(mem_store)
    page = tmp_path / "graph.html"
    page.write_text(store_html(mem_store, title="claimgraph fixture papers"), encoding="utf-8")
    load(browser, page)

    assert browser.evaluate("claimgraph.nodeCount()") == graph.number_of_nodes() == 8
    assert browser.evaluate("claimgraph.edgeCount()") == graph.number_of_edges() == 9
    assert browser.evaluate("claimgraph.visibleNodeCount()") == 8
    assert browser.evaluate("document.title") == "claimgraph fixture papers"

    # A real click at LeanAttention's place on the canvas lists its claims.
    position = browser.evaluate("claimgraph.nodePosition('leanattention')")
    browser.click(position["x"], position["y"])
    panel = browser.evaluate("claimgraph.panelText()")
    assert "LeanAttention" in panel and LEAN_SENTENCE in panel and LEAN in panel
    assert "As subject (2)" in panel
    screenshot = tmp_path / "graph.png"
    browser.screenshot(screenshot)

    # An edge: the claim and its paper.
    assert browser.evaluate("claimgraph.selectNode('tutel')")
    assert "As baseline (2)" in browser.evaluate("claimgraph.panelText()")
    assert browser.evaluate("claimgraph.selectEdge(1)")
    assert FSMOE_SENTENCE in browser.evaluate("claimgraph.panelText()")

    # Filters: by metric, then by date (full dates only, no year-less or undated papers).
    browser.evaluate("claimgraph.setMetrics(['throughput'])")
    assert browser.evaluate("claimgraph.visibleEdgeCount()") == 2
    assert browser.evaluate("claimgraph.visibleNodeCount()") == 3  # JRT-*, FlashAttention-2
    browser.evaluate("claimgraph.setMetrics(claimgraph.metrics())")
    browser.evaluate("claimgraph.setDates('2023-01-01', '2023-12-31', false, false)")
    assert browser.evaluate("claimgraph.visibleEdgeCount()") == 1  # FlashAttention-2's
    browser.evaluate("claimgraph.setDates('', '', true, false)")
    assert browser.evaluate("claimgraph.visibleEdgeCount()") == 9 - 2  # Lean Attention undated

    assert browser.errors() == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in browser.requests())
    assert png_size(screenshot) == (1400, 900)
    assert screenshot.stat().st_size > 20_000
    shutil.copy(screenshot, Path(tempfile.gettempdir()) / "claimgraph-graph.png")


def test_console_errors_are_seen(browser: Browser, tmp_path: Path) -> None:
    """The check above would catch a broken page: an error in a page is reported."""
    page = tmp_path / "broken.html"
    page.write_text("<script>throw new Error('boom')</script>", encoding="utf-8")
    browser.send("Page.navigate", {"url": page.as_uri()})
    browser.wait_for("document.readyState === 'complete'")
    assert any("boom" in error for error in browser.errors())


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from claimgraph.cli import cli

    path = tmp_path_factory.mktemp("html-corpus") / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


VIEW = """(function () {
  var box = claimgraph.cy.container().getBoundingClientRect();
  var shown = claimgraph.cy.nodes().not('.hidden');
  var inside = shown.filter(function (n) {
    var p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
  }).length;
  var bb = shown.renderedBoundingBox();
  return {shown: shown.length, inside: inside, width: box.width, height: box.height,
          used: Math.max((bb.x2 - bb.x1) / box.width, (bb.y2 - bb.y1) / box.height)};
}())"""


def test_the_corpus_page_opens_on_the_connected_part_with_values(
    browser: Browser, corpus_store: Path, tmp_path: Path
) -> None:
    store = ox.Store.read_only(str(corpus_store))
    graph = comparison_graph(store)
    linked = sum(1 for n in graph if graph.degree(n) > 0)
    page = tmp_path / "corpus.html"
    page.write_text(store_html(store), encoding="utf-8")
    load(browser, page)

    # the systems with an arrow fill the view; the others wait behind their box
    view = browser.evaluate(VIEW)
    assert view["shown"] == view["inside"] == linked == 75
    assert view["used"] > 0.85
    # a small graph shows every value and every name at the opening zoom
    assert browser.evaluate("claimgraph.cy.edges('.valued').length") == 68
    sizes = browser.evaluate(
        "claimgraph.cy.edges().map(function (e) {"
        " return parseFloat(e.renderedStyle('font-size')); })"
    )
    assert min(sizes) >= 8.5
    assert browser.evaluate("document.getElementById('unlinked-count').textContent") == str(
        graph.number_of_nodes() - linked
    )
    screenshot = tmp_path / "corpus.png"
    browser.screenshot(screenshot)

    browser.evaluate("document.getElementById('show-unlinked').click()")
    browser.wait_for(
        f"claimgraph.visibleNodeCount() === {graph.number_of_nodes()} && !claimgraph.cy.animated()"
    )
    view = browser.evaluate(VIEW)
    assert view["shown"] == view["inside"] == graph.number_of_nodes()

    assert browser.evaluate("claimgraph.showLeaderboards()") == 8
    panel = browser.evaluate("claimgraph.panelText()")
    assert "speedup, group 1: 4 systems" in panel
    assert "FSMoE 2.73x faster · 4 claims" in panel
    assert browser.errors() == []
    assert png_size(screenshot) == (1400, 900)
