"""Entry point for ``python -m service``."""

import sys

from .cli import main

sys.exit(main())
