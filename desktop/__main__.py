"""``python -m desktop``: start the Shopkeeper app."""

import sys

from desktop.app import main

sys.exit(main())
