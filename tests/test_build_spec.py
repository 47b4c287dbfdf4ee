"""Light checks of the PyInstaller build: the spec's choices, its filters, the run-time hook and the icons."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def analysis_call() -> ast.Call:
    for node in ast.walk(spec_tree()):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis":
            return node
    raise AssertionError("build.spec has no Analysis(...)")


def spec_namespace() -> dict:
    """Execute the spec's module-level constants and helper functions (not the PyInstaller calls)."""
    tree = spec_tree()
    keep = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and "PyInstaller" in ast.unparse(node):
            continue
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.FunctionDef, ast.Import, ast.ImportFrom)):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                    getattr(node.value.func, "id", "") in {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"}:
                continue
            if isinstance(node, ast.Assign) and any(getattr(t, "attr", "") in {"scripts", "datas", "binaries"}
                                                    for t in node.targets):
                continue
            keep.append(node)
    namespace = {"SPECPATH": str(ROOT)}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SPEC), "exec"), namespace)  # noqa: S102
    return namespace


def test_spec_is_one_folder_with_qtagg_agg_only_and_no_tkinter():
    source = SPEC.read_text(encoding="utf-8")
    call = analysis_call()
    keywords = {k.arg: k.value for k in call.keywords}
    assert ast.literal_eval(keywords["hooksconfig"]) == {"matplotlib": {"backends": ["QtAgg", "Agg"]}}
    namespace = spec_namespace()
    excludes = namespace["excludes"]
    assert {"tkinter", "_tkinter"} <= set(excludes)
    assert "PySide6.QtWebEngineCore" in excludes and "PySide6.QtQml" in excludes
    for needed in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
        assert needed not in excludes
    assert "exclude_binaries=True" in source and "COLLECT(" in source  # one-folder, not one-file
    assert "pyi_rth_mplconfig" in source  # PyInstaller's temporary-MPLCONFIGDIR hook is dropped


def test_spec_bundles_demo_translations_and_icons():
    namespace = spec_namespace()
    datas = namespace["datas"]
    targets = {Path(src).name: dest for src, dest in datas}
    assert targets["demo_shop.csv.gz"] == "resources/demo"
    assert targets["shopkeeper.png"] == "resources/icons"
    for src, _dest in datas:
        assert Path(src).exists(), src
    qm = sorted(name for name, dest in targets.items() if dest == "resources/translations")
    assert qm == sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
    assert {f"shopkeeper_{lang}.qm" for lang in ("pl", "lv", "ru")} <= set(qm)


def test_spec_filter_keeps_our_languages_and_drops_unused_qt():
    wanted = spec_namespace()["_wanted"]
    assert wanted("PySide6/Qt/translations/qtbase_pl.qm")
    assert wanted("PySide6/Qt/translations/qtbase_ru.qm")
    assert not wanted("PySide6/Qt/translations/qtbase_de.qm")
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/lib/libQt6Svg.so.6",
                 "PySide6/Qt/lib/libQt6Widgets.so.6", "resources/translations/shopkeeper_lv.qm"):
        assert wanted(kept), kept
    for dropped in ("PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
                    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0",
                    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert not wanted(dropped), dropped


def test_platform_icons_exist_in_their_formats():
    icons = ROOT / "resources" / "icons"
    assert (icons / "shopkeeper.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert (icons / "shopkeeper.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "shopkeeper.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # Windows icon header
    assert (icons / "shopkeeper.icns").read_bytes()[:4] == b"icns"  # macOS icon header
    source = SPEC.read_text(encoding="utf-8")
    assert 'ICONS / "shopkeeper.ico"' in source and 'ICONS / "shopkeeper.icns"' in source
    assert "BUNDLE(" in source and "console=not (IS_WINDOWS or IS_MAC)" in source


def test_runtime_hook_puts_matplotlib_cache_in_the_data_folder(tmp_path):
    hook = ROOT / "scripts" / "pyi_rth_shopkeeper.py"
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env["SHOPKEEPER_HOME"] = str(tmp_path)
    code = (f"exec(open({str(hook)!r}).read()); import os, matplotlib; "
            "print(os.environ['MPLCONFIGDIR']); print(matplotlib.get_cachedir())")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out == [str(tmp_path / "matplotlib")] * 2
    # an explicit MPLCONFIGDIR wins
    env["MPLCONFIGDIR"] = str(tmp_path / "mine")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out[0] == str(tmp_path / "mine")


@pytest.mark.skipif(sys.platform.startswith("win"), reason="bash script")
def test_build_script_compiles_translations_then_runs_the_spec():
    script = ROOT / "scripts" / "build_app.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text()
    assert text.index("\"$LRELEASE\"") < text.index("python3 -m PyInstaller")
    assert "build.spec" in text
    update = ROOT / "scripts" / "update_translations.sh"
    subprocess.run(["bash", "-n", str(update)], check=True)
    assert "pyside6-lupdate" in update.read_text()


def test_spec_filter_drops_unused_image_formats_network_and_toy_data():
    wanted = spec_namespace()["_wanted"]
    for dropped in ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "PySide6/Qt/lib/libQt6Network.so.6",
                    "libQt6Network.so.6", "PySide6/Qt/plugins/imageformats/libqtiff.so",
                    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats/libqwebp.so",
                    "sklearn/datasets/data/iris.csv", "sklearn/datasets/images/china.jpg",
                    "sklearn/datasets/tests/data/svmlight_classification.txt", "PySide6/opengl32sw.dll"):
        assert not wanted(dropped), dropped
    assert not wanted("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Oblique.ttf")
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert wanted(f"matplotlib/mpl-data/fonts/ttf/{font}"), font
    excludes = set(spec_namespace()["excludes"])
    assert {"jinja2", "yaml", "cffi", "readline"} <= excludes
    # what the app imports for charts, PDF/SVG reports and workbooks must never be excluded
    for needed in ("openpyxl", "python_calamine", "fontTools", "matplotlib.backends.backend_pdf", "sklearn",
                   "scipy", "narwhals", "sqlite_utils", "platformdirs", "PIL"):
        assert needed not in excludes, needed
    for kept in ("PySide6/Qt/plugins/imageformats/libqico.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "sklearn/utils/_param_validation.py"):
        assert wanted(kept), kept


def test_unreachable_libraries_follow_needed_chains_from_extensions_plugins_and_libpython():
    unreachable = spec_namespace()["_unreachable_libraries"]
    needed = {
        "src/_ext.so": ["libA.so.1"], "src/libA.so.1": ["libB.so.2"], "src/libB.so.2": [],
        "src/libqxcb.so": ["libQt6XcbQpa.so.6"], "src/libQt6XcbQpa.so.6": [],
        "src/libpython3.11.so.1.0": ["libz.so.1"], "src/libz.so.1": [],
        # left over by a dropped GTK theme plug-in: gio needs glib-like helpers, nobody needs gio
        "src/libgio-2.0.so.0": ["libgobject-2.0.so.0"], "src/libgobject-2.0.so.0": [],
        "src/libunknown.so.3": None,  # not readable as ELF: kept
    }
    binaries = [
        ("pkg/_ext.cpython-311-x86_64-linux-gnu.so", "src/_ext.so", "EXTENSION"),
        ("libA.so.1", "src/libA.so.1", "BINARY"),
        ("pkg.libs/libB.so.2", "src/libB.so.2", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "src/libQt6XcbQpa.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "src/libpython3.11.so.1.0", "BINARY"),
        ("libz.so.1", "src/libz.so.1", "BINARY"),
        ("libgio-2.0.so.0", "src/libgio-2.0.so.0", "BINARY"),
        ("libgobject-2.0.so.0", "src/libgobject-2.0.so.0", "BINARY"),
        ("libunknown.so.3", "src/libunknown.so.3", "BINARY"),
    ]
    assert unreachable(binaries, needed.get) == {"libgio-2.0.so.0", "libgobject-2.0.so.0"}


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symlinks")
def test_identical_vendored_libraries_become_symlinks(tmp_path):
    link = spec_namespace()["_link_duplicate_vendored_libraries"]
    (tmp_path / "numpy.libs").mkdir()
    (tmp_path / "scipy.libs").mkdir()
    (tmp_path / "numpy.libs" / "libgfortran-x.so.5").write_bytes(b"\x7fELF same")
    (tmp_path / "scipy.libs" / "libgfortran-x.so.5").write_bytes(b"\x7fELF same")
    (tmp_path / "scipy.libs" / "libquadmath-y.so.0").write_bytes(b"\x7fELF scipy's own")
    (tmp_path / "numpy.libs" / "libquadmath-y.so.0").write_bytes(b"\x7fELF numpy's own, different")
    link(tmp_path)
    copy = tmp_path / "scipy.libs" / "libgfortran-x.so.5"
    assert copy.is_symlink() and copy.read_bytes() == b"\x7fELF same"
    assert os.readlink(copy) == os.path.join("..", "numpy.libs", "libgfortran-x.so.5")
    assert not (tmp_path / "numpy.libs" / "libgfortran-x.so.5").is_symlink()
    assert not (tmp_path / "scipy.libs" / "libquadmath-y.so.0").is_symlink()  # same name, other bytes: kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_elf_needed_reads_a_real_extension_module():
    import _ctypes

    needed = spec_namespace()["_elf_needed"](_ctypes.__file__)
    if needed is None:
        pytest.skip("readelf is not installed")
    assert any(name.startswith("libffi") for name in needed)
