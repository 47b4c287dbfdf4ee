"""Every error core raises for the owner, and every progress text, is a keyed message (issue 16 §1).

An AST check over all of core/: ``raise SomeError("a sentence")`` or ``raise SomeError(f"...")``, where SomeError is
ShopkeeperError or a subclass defined in core, fails; so does ``progress(fraction, "a sentence")``. Allowed:
``raise X(TEMPLATE(...))``, ``raise X(message)`` with a name, and re-raises. The other tests check the keys and
that ``str()`` is still the English of the analyses, offers, snippets, charts and report.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

from core.analysis import clv, evaluate, grid, merchandising, recommend, segments
from core.analysis.clusters import TRYING
from core.charts import CHARTS
from core.errors import ShopkeeperError
from core.messages import Count, Message
from core.offers import campaign, targets, tiers
from core.report import WRITE_FAILURES
from core.shop_data import NotEnoughHistory
from core.snippets import builders

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"

# Files of other owners that still raise or report a bare sentence: (path, line text) is too brittle, so by file,
# each with its owner. Empty the entry when the owner converts the file.
ALLOWED_BARE: dict[str, str] = {}


def _is_text(node: ast.AST | None) -> bool:
    """True for a literal sentence: a str constant, an f-string, "...".format(...), or a sum/% that holds one."""
    if node is None:
        return False
    if isinstance(node, ast.Constant) and isinstance(node.value, str) or isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def _name(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _trees() -> dict[str, ast.Module]:
    return {path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(CORE.rglob("*.py"))}


def shopkeeper_errors(trees: dict[str, ast.Module]) -> set[str]:
    """Return the names of ShopkeeperError and every class in core that derives from it (by name, transitively)."""
    bases = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    found = {"ShopkeeperError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def bare_sentences(tree: ast.Module, errors: set[str]) -> list[str]:
    """Return ``line N: ...`` for each error raised with, or progress reported with, a literal sentence.

    A class the file defines itself outside the ShopkeeperError family shadows a same-named error elsewhere
    (core.shop_data.NotEnoughHistory is not core.analysis.evaluate.NotEnoughHistory)."""
    local = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
             and not {_name(b) for b in node.bases} & errors}
    errors = errors - local
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and _name(node.exc.func) in errors:
            call = node.exc
            given = list(call.args) + [k.value for k in call.keywords if k.arg in ("message", "sentence")]
            if any(_is_text(arg) for arg in given):
                found.append(f"line {node.lineno}: raises {_name(call.func)} with a bare sentence")
        elif isinstance(node, ast.Call) and _name(node.func) in ("progress", "report") and len(node.args) >= 2 \
                and _is_text(node.args[1]):
            found.append(f"line {node.lineno}: reports progress with a bare sentence")
    return found


def test_no_core_error_or_progress_text_is_a_bare_sentence():
    trees = _trees()
    errors = shopkeeper_errors(trees)
    assert {"OfferError", "SnippetError", "UnknownCustomer", "NotEnoughOrders", "ReportFailed"} <= errors
    offenders = [f"{path} {what}" for path, tree in trees.items() if path not in ALLOWED_BARE
                 for what in bare_sentences(tree, errors)]
    assert offenders == []


def test_the_allowlist_names_only_files_that_still_need_it():
    trees = _trees()
    errors = shopkeeper_errors(trees)
    assert [path for path in ALLOWED_BARE if not bare_sentences(trees[path], errors)] == []


def test_the_check_catches_bare_sentences():
    source = ("class MyError(ShopkeeperError): pass\n"
              "class Deeper(MyError): pass\n"
              "def f(x, progress):\n"
              "    raise Deeper('no such thing')\n"
              "    raise MyError(f'no {x}')\n"
              "    raise MyError('{} is bad'.format(x))\n"
              "    raise MyError('bad: ' + x)\n"
              "    progress(0.5, 'Working')\n"
              "    progress(0.5, f'Trying {x}')\n"
              "    raise MyError(TEMPLATE(x=x))\n"
              "    raise MyError(message)\n"
              "    raise ValueError('a programming error')\n"
              "    progress(1.0, None)\n"
              "    progress(0.2, STEP())\n"
              "    raise\n"
              "class Local(Exception): pass\n"
              "def g():\n"
              "    raise Local('not an owner error')\n")
    tree = ast.parse(source)
    found = bare_sentences(tree, shopkeeper_errors({"x": tree}))
    assert [line.split(":")[0] for line in found] == [f"line {n}" for n in (4, 5, 6, 7, 8, 9)]


def _raised(call) -> ShopkeeperError:
    with pytest.raises(ShopkeeperError) as info:
        call()
    return info.value


def test_errors_carry_keys_and_keep_their_english(tmp_path):
    assert _raised(lambda: segments._scheme("nope")).message.key == "segments.error.unknown_scheme"
    assert str(_raised(lambda: segments._scheme("nope"))).startswith("There is no segment map called 'nope'; use")
    error = _raised(lambda: grid.customers_in_cell(pd.DataFrame(columns=["r_score", "f_score"]), 7, 2))
    assert (error.message.key, str(error)) == (
        "grid.error.not_a_cell", "A grid cell is two scores from 1 to 5 (recency, frequency); 7,2 is not one.")
    error = _raised(lambda: tiers.parse_tiers("vip=lots"))
    assert (error.message.key, str(error)) == ("offers.error.not_a_discount",
                                               "'vip=lots' is not a discount; write it like winback=15.")
    error = _raised(lambda: targets.apply_target(pd.DataFrame(), "fax", "sk-vip"))
    assert error.message.key == "offers.error.unknown_target"
    assert str(error) == f"'fax' is not a file type Shopkeeper writes; choose one of {', '.join(targets.TARGETS)}."
    error = _raised(lambda: targets.shopify(pd.DataFrame(), "Not A Tag"))
    assert str(error) == "The Shopify tag must be short, lowercase letters, digits and dashes (like sk-vip)."
    assert isinstance(error.message, Message) and error.message.key == "offers.error.shopify_tag"


def test_templates_render_todays_english():
    assert str(clv.TOO_SHORT(days=Count(60, "60"), weeks=Count(8, "8"))) == \
        "The shop's history (60 days) is too short to hold back 8 weeks for a test."
    assert str(evaluate.NOTHING_TO_TEST(weeks=Count(12, "12"))) == \
        "No customer bought both before and during the last 12 weeks, so there is nothing to test."
    assert str(recommend.NO_ORDERS(customer="42")) == "Customer 42 has no orders in this shop."
    assert str(merchandising.NO_PRODUCT(product="7")) == "There is no product number 7 in this shop."
    assert str(builders.UNKNOWN_KIND(kind="x", known="a, b")) == \
        "'x' is not a snippet Shopkeeper makes; choose one of a, b."
    assert str(campaign.NOBODY_FITS(audience="VIPs", reasons="3 no e-mail")) == \
        "No customer in 'VIPs' can go into this file (3 no e-mail)."
    assert str(TRYING(k=Count(4, "4"))) == "Trying 4 groups"
    assert {spec.title_message.key for spec in CHARTS} == {f"charts.title.{spec.key}" for spec in CHARTS}
    assert all(str(spec.title_message) == spec.title for spec in CHARTS)


def test_the_report_names_itself_in_write_failures():
    import core.atomic

    failure = core.atomic.write_failure(Path("/shop/report.pdf"), OSError(28, "No space left on device"))
    assert str(WRITE_FAILURES[failure.message.key](**failure.message.args)) == \
        str(failure).replace("report.pdf", "the report report.pdf", 1)


def test_not_enough_history_keeps_the_analysis_message():
    error = NotEnoughHistory("clv", clv.FEW_REPEATERS())
    assert error.sentence == str(error) == "Too few repeat customers before the test period to test the predictions."
    assert error.message.key == "clv.error.few_repeaters"
