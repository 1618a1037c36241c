"""The organisation's kinds as plain enums: stored by value, shown by the window's labels.

They live below the model (which maps them to columns) so that records and the window's
first page can name them without importing SQLAlchemy's ORM and the mapped model.
"""

from __future__ import annotations

import enum


class IssuerKind(enum.StrEnum):
    MINISTRY = "ministry"
    COMMITTEE = "committee"
    PROVINCE = "province"
    OTHER = "other"


class ClusterKind(enum.StrEnum):
    CLUSTER = "cluster"  # cụm thi đua
    BLOCK = "block"  # khối thi đua


class SelectionMethod(enum.StrEnum):
    UNSET = ""
    ELECTION = "election"
    ROTATION = "rotation"
    APPOINTMENT = "appointment"
