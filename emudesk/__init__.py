"""emudesk — emulation and commendation work for Vietnamese emulation clusters."""

# Kept in step with pyproject.toml by a test; reading package metadata instead would cost
# tens of milliseconds at every start.
__version__ = "0.1.0"
