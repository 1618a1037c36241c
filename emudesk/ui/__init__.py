"""The Qt user interface: windows, pages, dialogs and item models over the services.

Nothing here touches SQL: every read and write goes through ``emudesk.services`` via
``emudesk.ui.context.DataContext``.
"""
