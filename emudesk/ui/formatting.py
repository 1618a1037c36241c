"""How plain values look on screen: dates as dd/mm/yyyy, enum values as translated words."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate

if TYPE_CHECKING:  # imported where used: the first window paints before the model loads
    from emudesk.kinds import ClusterKind, IssuerKind, SelectionMethod
    from emudesk.services.organisation.years import YearInfo

DATE_FORMAT = "dd/MM/yyyy"  # Qt's spelling of the Vietnamese dd/mm/yyyy
NONE = "—"
_MARKER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Fill Qt-style markers ``%1``, ``%2``… in one pass (a value may itself contain "%2")."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _MARKER.sub(value, template)


def cluster_label(name: str, issuer_short: str, issuer_name: str = "") -> str:
    """ "Cụm thi đua số 4 (UBDT)": the name with its issuer, since two issuers may each have a
    cluster of the same name."""
    issuer = issuer_short or issuer_name
    return f"{name} ({issuer})" if issuer else name


def year_cluster(info: YearInfo) -> str:
    """The cluster of a cluster-year as page titles name it (see ``cluster_label``)."""
    return cluster_label(info.cluster_name, info.issuer_short, info.issuer_name)


def date_text(value: dt.date | None) -> str:
    """``08/07/2024``; an em dash for an unknown date."""
    return value.strftime("%d/%m/%Y") if value else NONE


def decision_text(number: str, date: dt.date | None) -> str:
    """A decision as officers write it: "441/QĐ-UBDT ngày 08/07/2024"."""
    if not number and date is None:
        return NONE
    if date is None:
        return number
    return arg(QCoreApplication.translate("Formatting", "%1 of %2"), number or "?", date_text(date))


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def issuer_kind_label(kind: IssuerKind) -> str:
    from emudesk.kinds import IssuerKind

    labels = {
        IssuerKind.MINISTRY: QCoreApplication.translate("Formatting", "Ministry"),
        IssuerKind.COMMITTEE: QCoreApplication.translate("Formatting", "Ministry-level committee"),
        IssuerKind.PROVINCE: QCoreApplication.translate(
            "Formatting", "Provincial People's Committee"
        ),
        IssuerKind.OTHER: QCoreApplication.translate("Formatting", "Other"),
    }
    return labels[IssuerKind(kind)]


def cluster_kind_label(kind: ClusterKind) -> str:
    from emudesk.kinds import ClusterKind

    labels = {
        ClusterKind.CLUSTER: QCoreApplication.translate("Formatting", "Cluster"),
        ClusterKind.BLOCK: QCoreApplication.translate("Formatting", "Block"),
    }
    return labels[ClusterKind(kind)]


def method_label(method: SelectionMethod) -> str:
    from emudesk.kinds import SelectionMethod

    labels = {
        SelectionMethod.UNSET: QCoreApplication.translate("Formatting", "Not recorded"),
        SelectionMethod.ELECTION: QCoreApplication.translate(
            "Formatting", "Elected by the members"
        ),
        SelectionMethod.ROTATION: QCoreApplication.translate("Formatting", "In rotation"),
        SelectionMethod.APPOINTMENT: QCoreApplication.translate(
            "Formatting", "Appointed by the issuer"
        ),
    }
    return labels[SelectionMethod(method)]
