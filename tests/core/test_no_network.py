"""The app makes no network connections: every socket is forbidden while a full command-line run goes through
import, every analysis, exports, the PDF report, all snippet kinds and the privacy verbs. Snippets must hold no
customer data."""

from __future__ import annotations

import gzip
import sqlite3
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.__main__ import build_parser
from core.__main__ import main as cli
from core.store import open_shop

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "demo_shop.csv.gz"
SNIPPET_KINDS = ["also-bought", "also-bought-liquid", "woocommerce", "bestsellers", "vip-banner",
                 "vip-banner-liquid"]


class NetworkUsed(AssertionError):
    pass


def _guard(patcher: pytest.MonkeyPatch, attempts: list[str]) -> None:
    """Make every way of opening a socket fail loudly, recording each attempt in ``attempts``."""

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise NetworkUsed(f"network access attempted: {name}")
        return blocked

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket{args[:2]}")
            raise NetworkUsed("socket.socket() called")

    patcher.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair", "create_server"):
        patcher.setattr(socket, name, refuse(name))
    patcher.setattr(socket.socket, "connect", refuse("connect"), raising=False)


@pytest.fixture
def no_network(monkeypatch):
    """Sockets forbidden for one test; yields the list of attempts."""
    attempts: list[str] = []
    _guard(monkeypatch, attempts)
    yield attempts


def available_verbs() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # argparse keeps the verbs here
        return set(action.choices)
    return set()


SHOP_LINES = 5000  # the first invoices of the demo shop: every analysis has data, the run stays CI-sized


@pytest.fixture(scope="module")
def offline_run(tmp_path_factory):
    """Run the whole command line once with sockets forbidden; returns (attempts, out folder, shop, verbs run)."""
    base = tmp_path_factory.mktemp("offline")
    export = base / "demo_part.csv"
    with gzip.open(DEMO, "rt", encoding="utf-8") as source, open(export, "w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number > SHOP_LINES:
                break
            target.write(line)
    shop, out = base / "offline.shop.db", base / "out"
    out.mkdir()
    db = str(shop)
    runs = [
        ["import", str(export), "--db", db],
        ["summary", "--db", db, "--json"],
        ["customers", "--db", db, "--top", "20", "--csv", str(out / "customers.csv")],
        ["segments", "--db", db, "--json"],
        ["segments", "--db", db, "--grid"],
        ["lists", "vip", "--db", db, "--csv", str(out / "vip.csv")],
        ["lists", "winback", "--db", db, "--json"],
        ["clv", "--db", db, "--json", "--top", "10"],
        ["also-bought", "--db", db, "--top", "10", "--csv", str(out / "pairs.csv")],
        ["recommend", "--db", db, "--customer", "1", "--json"],
        ["export", "--db", db, "--audience", "vip", "--target", "mailchimp", "--out", str(out / "vip_mc.csv")],
        ["report", "--db", db, "--out", str(out / "report.pdf"), "--charts", str(out / "charts")],
        *[["snippet", "--db", db, "--kind", kind, "--out", str(out / f"snippet-{kind}.html")]
          for kind in SNIPPET_KINDS],
        ["backup", "--db", db],
        ["export-customer", "--db", db, "--id", "1", "--out", str(out / "c1.json")],
        ["pseudonymise", str(out / "vip.csv"), "--db", db, "--out", str(out / "vip_for_helper.csv")],
        ["pseudonymise", str(out / "vip_for_helper.csv"), "--match", "--db", db, "--out", str(out / "vip_back.csv")],
    ]
    verbs = available_verbs()
    attempts: list[str] = []
    ran, failures = [], []
    timings: dict[str, float] = {}
    with pytest.MonkeyPatch.context() as patcher:
        _guard(patcher, attempts)
        for argv in runs:
            if argv[0] not in verbs:
                continue
            started = time.perf_counter()
            code = cli(argv)
            timings[argv[0]] = timings.get(argv[0], 0) + time.perf_counter() - started
            (ran if code == 0 else failures).append(argv[:2])
    print("offline run seconds:", {k: round(v, 1) for k, v in timings.items()})
    return attempts, out, shop, ran, failures


def test_full_command_line_run_opens_no_socket(offline_run):
    attempts, out, _shop, ran, failures = offline_run
    assert attempts == []
    assert failures == []
    assert {"import", "summary", "export-customer", "backup", "pseudonymise"} <= {argv[0] for argv in ran}
    assert len(ran) >= 10  # the other engineers' verbs really ran
    if (out / "report.pdf").exists():
        assert (out / "report.pdf").read_bytes().startswith(b"%PDF")


def test_erase_opens_no_socket(offline_run, no_network, tmp_path):
    shop = tmp_path / "copy.shop.db"
    source, target = sqlite3.connect(str(offline_run[2])), sqlite3.connect(str(shop))
    source.backup(target)  # a plain file copy would miss rows still in the -wal file
    source.close()
    target.close()
    db = open_shop(shop)
    customer_id = db.execute("SELECT MAX(id) FROM customers").fetchone()[0]
    db.conn.close()
    assert cli(["erase-customer", "--db", str(shop), "--id", str(customer_id), "--yes"]) == 0
    assert no_network == []


def test_the_socket_guard_itself_works(no_network):
    """Control: the guard catches a real attempt (otherwise the test above could not fail)."""
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80), timeout=0.1)
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(no_network) == 2


def test_snippets_contain_no_customer_data(offline_run):
    _attempts, out, shop, ran, _failures = offline_run
    if not any(argv[0] == "snippet" for argv in ran):
        pytest.skip("snippet verb not present")
    db = open_shop(shop)
    people = db.execute("SELECT email, first_name, last_name FROM customers WHERE email IS NOT NULL").fetchall()
    db.conn.close()
    assert len(people) > 50
    emails = {e.lower() for e, _f, _l in people}
    full_names = {f"{f} {l}".lower() for _e, f, l in people if f and l}
    for kind in SNIPPET_KINDS:
        text = (out / f"snippet-{kind}.html").read_text(encoding="utf-8").lower()
        assert len(text) > 200, kind
        assert "@example." not in text, kind
        leaked = [e for e in emails if e in text] + [n for n in full_names if n in text]
        assert leaked == [], (kind, leaked[:5])


SITECUSTOMIZE = '''
import os, socket
_LOG = os.environ["SHOPKEEPER_SOCKET_LOG"]
def _note(what):
    with open(_LOG, "a") as handle:
        handle.write(what + "\\n")
class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _note(f"socket{args[:2]}")
        raise OSError("network disabled by test")
def _refuse(name):
    def blocked(*args, **kwargs):
        _note(f"{name}{args[:2]}")
        raise OSError("network disabled by test")
    return blocked
socket.socket = _NoSocket
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair", "create_server"):
    setattr(socket, _name, _refuse(_name))
'''


def _guarded_env(tmp_path: Path) -> tuple[dict, Path]:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "attempts.log"
    env = {**os.environ, "PYTHONPATH": f"{guard}{os.pathsep}{ROOT}", "SHOPKEEPER_SOCKET_LOG": str(log),
           "QT_QPA_PLATFORM": "offscreen", "SHOPKEEPER_HOME": str(tmp_path / "home")}
    return env, log


def test_subprocess_guard_records_attempts(tmp_path):
    """Control for the desktop run below: the injected guard is loaded and records a socket attempt."""
    env, log = _guarded_env(tmp_path)
    done = subprocess.run([sys.executable, "-c", "import socket\ntry:\n socket.socket()\nexcept OSError:\n pass"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert log.read_text().strip() == "socket()"


@pytest.mark.slow
def test_desktop_selftest_opens_no_socket(tmp_path):
    """The whole desktop app (every view on the demo shop, offscreen self-test) with sockets forbidden."""
    if not (ROOT / "desktop" / "app.py").exists():
        pytest.skip("desktop app not present")
    env, log = _guarded_env(tmp_path)
    done = subprocess.run([sys.executable, "-m", "desktop.app", "--selftest", str(tmp_path / "shots")], env=env,
                          capture_output=True, text=True, timeout=900, cwd=str(ROOT))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 5
    assert not log.exists() or log.read_text() == "", log.read_text()
