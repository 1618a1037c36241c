"""The demo database: the two real emulation clusters of January 2025 (see DOMAIN.md).

Names, heads and deputies are as reported in the news; the founding decision of UBDT-C4 is
real. Its 2025 crosses the reorganisation's dates (``demo.reorganisation``), marked
illustrative. Later features add the example scoring tables, scores, proposals and conferences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError
from emudesk.i18n import _
from emudesk.model import ClusterKind, Issuer, IssuerKind, SelectionMethod
from emudesk.services.demo.catalogue import build_catalogue
from emudesk.services.demo.cycle import build_cycle
from emudesk.services.demo.reorganisation import build_reorganisation
from emudesk.services.demo.scoring import build_scoring
from emudesk.services.organisation import clusters, issuers, units, years
from emudesk.services.tx import batch


@dataclass(frozen=True)
class DemoUnit:
    code: str
    province: str
    official_name: str
    short_name: str


@dataclass(frozen=True)
class DemoCluster:
    code: str
    number: int
    name: str
    issuer: issuers.IssuerFields
    founding_number: str
    founding_date: dt.date | None
    members: tuple[DemoUnit, ...]
    # year -> (head code, deputy code, how chosen)
    leadership: dict[int, tuple[str, str, SelectionMethod]]


def _culture(code: str, province: str) -> DemoUnit:
    return DemoUnit(
        code=f"VHTTDL-{code}",
        province=province,
        official_name=f"Sở Văn hóa, Thể thao và Du lịch tỉnh {province}",
        short_name=f"Sở VHTTDL {province}",
    )


def _ethnic(code: str, province: str) -> DemoUnit:
    return DemoUnit(
        code=f"BDT-{code}",
        province=province,
        official_name=f"Ban Dân tộc tỉnh {province}",
        short_name=f"Ban Dân tộc {province}",
    )


CLUSTERS = (
    DemoCluster(
        code="VHTTDL-C4",
        number=4,
        name="Cụm thi đua số 4",
        issuer=issuers.IssuerFields(
            name="Bộ Văn hóa, Thể thao và Du lịch",
            short_name="Bộ VHTTDL",
            kind=IssuerKind.MINISTRY,
            signer_title="BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        ),
        founding_number="",
        founding_date=None,
        members=(
            _culture("LS", "Lạng Sơn"),
            _culture("TQ", "Tuyên Quang"),
            _culture("HG", "Hà Giang"),
            _culture("CB", "Cao Bằng"),
            _culture("BK", "Bắc Kạn"),
        ),
        leadership={
            2024: ("VHTTDL-LS", "VHTTDL-TQ", SelectionMethod.ROTATION),
            2025: ("VHTTDL-TQ", "VHTTDL-CB", SelectionMethod.ELECTION),
        },
    ),
    DemoCluster(
        code="UBDT-C4",
        number=4,
        name="Cụm thi đua số 4",
        issuer=issuers.IssuerFields(
            name="Ủy ban Dân tộc",
            short_name="UBDT",
            kind=IssuerKind.COMMITTEE,
            signer_title="BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC",
        ),
        founding_number="441/QĐ-UBDT",
        founding_date=dt.date(2024, 7, 8),
        members=(
            _ethnic("DLK", "Đắk Lắk"),
            _ethnic("PY", "Phú Yên"),
            _ethnic("BDI", "Bình Định"),
            _ethnic("LD", "Lâm Đồng"),
            _ethnic("DNO", "Đắk Nông"),
            _ethnic("KH", "Khánh Hòa"),
            _ethnic("KT", "Kon Tum"),
            _ethnic("GL", "Gia Lai"),
        ),
        leadership={
            2024: ("BDT-DLK", "BDT-PY", SelectionMethod.ELECTION),
            2025: ("BDT-PY", "BDT-GL", SelectionMethod.ELECTION),
        },
    ),
)

FIRST_YEAR = 2024


def build_demo(session: Session, *, reorganised: bool = True) -> None:
    """Fill an empty database with the demo clusters, all in one transaction.

    ``reorganised=False`` stops before the 2025 events (tests written for 2025 as it began).
    """
    if session.scalar(select(Issuer.id).limit(1)) is not None:
        raise ConflictError(
            _("The database already holds data; the demo goes into an empty database only.")
        )
    with batch(session):
        for spec in CLUSTERS:
            _build_cluster(session, spec)
            build_scoring(session, spec.code)
        build_cycle(session)
        if reorganised:
            build_reorganisation(session)


def _build_cluster(session: Session, spec: DemoCluster) -> None:
    issuer = issuers.create_issuer(session, spec.issuer)
    build_catalogue(session, issuer.name, issuer.uuid)
    cluster = clusters.create_cluster(
        session,
        clusters.ClusterFields(
            code=spec.code,
            name=spec.name,
            issuer_uuid=issuer.uuid,
            number=spec.number,
            kind=ClusterKind.CLUSTER,
            founding_decision_number=spec.founding_number,
            founding_decision_date=spec.founding_date,
            notes=_("Demo data built from news reports of January 2025.")
            + " "
            + _(
                "Its 2025 is illustrative, after the news reports: renamed on 1/3/2025, "
                "provinces merged on 1/7/2025."
            ),
        ),
    )
    by_code = {}
    for member in spec.members:
        created = units.create_unit(
            session,
            units.UnitFields(code=member.code, province=member.province),
            official_name=member.official_name,
            short_name=member.short_name,
            from_year=FIRST_YEAR,
        )
        by_code[member.code] = created.uuid
    for year, (head, deputy, method) in sorted(spec.leadership.items()):
        years.create_year(
            session,
            cluster.uuid,
            year,
            list(by_code.values()),
            leadership=years.Leadership(by_code[head], by_code[deputy], method),
        )
