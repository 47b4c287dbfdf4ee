"""The app asks numpy's BLAS and OpenMP for one thread each before numpy loads (its screens' work runs in
worker threads already), unless the user chose otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.app import limit_native_threads

ROOT = Path(__file__).resolve().parents[2]


def test_one_native_thread_unless_the_user_chose():
    chosen = limit_native_threads({"OMP_NUM_THREADS": "4"})
    assert chosen == {"OMP_NUM_THREADS": "4", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def test_blas_loads_with_one_thread_after_the_call():
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    code = ("import json; from desktop.app import limit_native_threads; limit_native_threads(); "
            "import numpy, threadpoolctl; "
            "print(json.dumps([p['num_threads'] for p in threadpoolctl.threadpool_info()]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    threads = json.loads(out.stdout.strip().splitlines()[-1])
    assert threads and all(n == 1 for n in threads), threads
