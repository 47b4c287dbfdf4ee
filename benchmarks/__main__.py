"""``python -m benchmarks --size tiny|1m|10m``: see benchmarks/run.py."""

from benchmarks.run import main

raise SystemExit(main())
