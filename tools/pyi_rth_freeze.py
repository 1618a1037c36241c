"""PyInstaller run-time hook of the bundle (build.spec), the last one: the objects that exist
when the bundle's own program starts are moved out of the cyclic collector's reach.

They are PyInstaller's bootstrap (its importer, the archive's table of 2,100 modules), the
standard library's modules loaded so far and the other hooks: all of them live as long as
the process, yet each full pass of the collector walked them again, in every command. What
the program makes afterwards is collected as before. (The window freezes what its start-up
built in the same way once its data is shown.) Outside a bundle this does nothing.
"""

from __future__ import annotations

import gc
import sys


def freeze() -> None:
    """Freeze what exists now (bundle only)."""
    if getattr(sys, "frozen", False):
        gc.freeze()


freeze()
