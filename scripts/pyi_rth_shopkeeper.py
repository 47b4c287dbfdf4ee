"""PyInstaller run-time hook: give matplotlib a persistent config/cache folder in the per-user data folder.

PyInstaller's own matplotlib hook points MPLCONFIGDIR at a fresh temporary folder on every start, so the font
cache is rebuilt each time (about a second). ``build.spec`` drops that hook; this one keeps the cache in
``<data folder>/matplotlib`` (``SHOPKEEPER_HOME`` honoured), so only the first start builds it.
"""


def _shopkeeper_rthook():
    import os

    if os.environ.get("MPLCONFIGDIR"):
        return
    try:
        from core.locations import data_dir

        folder = data_dir() / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(folder)
    except Exception:  # an unwritable home: matplotlib then falls back to a temporary folder by itself
        pass


_shopkeeper_rthook()
del _shopkeeper_rthook
