"""Dialogs: each a generated ``Ui_*`` form plus a controller class that owns the behaviour."""
