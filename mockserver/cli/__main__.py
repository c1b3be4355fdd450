"""``python -m mockserver.cli``: the ``kling-mock`` command."""

import sys

from mockserver.cli.main import main

sys.exit(main())
