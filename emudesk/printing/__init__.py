"""PDF documents (reportlab): score sheets now; certificates, commitments and lists to come.

Below the services: modules here take plain data (``emudesk.records`` or their own
dataclasses) and never import Qt or ``emudesk.services``. reportlab is imported inside the
functions that draw, so importing this package costs nothing when the window opens.
"""
