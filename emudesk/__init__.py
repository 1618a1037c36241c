"""emudesk — emulation and commendation work for Vietnamese emulation clusters."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("emudesk")
except _metadata.PackageNotFoundError:  # running from a bundle or an unpacked tree
    __version__ = "0.1.0"
