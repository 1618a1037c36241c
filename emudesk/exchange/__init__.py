"""Excel workbooks (openpyxl): score sheets out; exchange workbooks out and back in.

Below the services: modules here take plain data and never import Qt or
``emudesk.services``. openpyxl is imported inside the functions that use it, so importing
this package costs nothing when the window opens. Every text cell goes through
``emudesk.exchange.safe`` so that no exported value runs as a formula.
"""
