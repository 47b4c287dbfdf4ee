"""``python -m desktop``: start the Shopkeeper app."""

import sys

from core.child_process import EVALUATION_CHILD, leave_at_once
from desktop.app import main

code = main()
if sys.argv[1:2] == [EVALUATION_CHILD]:
    leave_at_once(code)  # the report's evaluation child: its one file is written and closed
sys.exit(code)
