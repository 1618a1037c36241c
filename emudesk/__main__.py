"""Allow ``python -m emudesk`` (and the PyInstaller entry point)."""

import sys

from emudesk.entry import main

if __name__ == "__main__":
    sys.exit(main())
