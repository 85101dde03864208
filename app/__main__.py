"""``python -m app`` runs the ``realtalk`` command."""

import sys

from app.cli.main import main

sys.exit(main())
