"""The demo issuers' award catalogues, with the names their papers really use.

Ủy ban Dân tộc became the Bộ Dân tộc và Tôn giáo on 1/3/2025, so its awards change names on
that day; the Law's implementing decree changed on 1/7/2025 (Nghị định 152/2025/NĐ-CP
replaced 98/2023/NĐ-CP), so the legal basis the papers cite changes with it. Quotas and vote
thresholds are examples of what a regulation states; no money multiple is invented.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.services.papers import catalogue
from emudesk.services.papers.catalogue import Artefact, AwardFields, AwardType, Recipient

LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
DECREE_98 = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi "
    "tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
)
DECREE_152 = (
    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều "
    "của Luật Thi đua, khen thưởng;"
)
DAY = dt.timedelta(days=1)


def _pair(
    *,
    body: str,
    certificate: str,
    grantor: str,
    signs_for: str,
    signer: str,
    until: dt.date | None,
    since: dt.date | None,
    basis: str,
    merit_percent: str,
) -> tuple[AwardFields, AwardFields]:
    flag = AwardFields(
        code="CO-THI-DUA",
        name=f"Cờ thi đua của {body}",
        kind=AwardType.TITLE,
        recipient=Recipient.COLLECTIVE,
        artefact=Artefact.FLAG,
        legal_basis=basis,
        quota_count=1,
        vote_threshold="≥ 80 %",
        ranking_role=rules.AwardKind.FLAG.value,
        valid_from=since,
        valid_until=until,
    )
    merit = AwardFields(
        code="BANG-KHEN",
        name=certificate,
        kind=AwardType.FORM,
        recipient=Recipient.BOTH,
        artefact=Artefact.CERTIFICATE,
        template_key="bang-khen-bo-truong",
        grantor=grantor,
        signing_mode="KT.",
        signing_for=signs_for,
        signer_title=signer,
        legal_basis=basis,
        quota_percent=merit_percent,
        quota_rounding=rules.Rounding.DOWN,
        vote_threshold="≥ 2/3",
        ranking_role=rules.AwardKind.MERIT_CERTIFICATE.value,
        valid_from=since,
        valid_until=until,
    )
    return flag, merit


def build_catalogue(session: Session, issuer_name: str, issuer_uuid: UUID) -> None:
    """The catalogue of one demo issuer (inside the demo's batch)."""
    entries: list[AwardFields] = []
    if issuer_name == "Ủy ban Dân tộc":
        renamed = dt.date(2025, 3, 1)
        entries += _pair(
            body="Ủy ban Dân tộc",
            certificate="Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",
            grantor="BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC",
            signs_for="BỘ TRƯỞNG, CHỦ NHIỆM",
            signer="THỨ TRƯỞNG, PHÓ CHỦ NHIỆM",
            since=None,
            until=renamed - DAY,
            basis=f"{LAW}\n{DECREE_98}",
            merit_percent="30",
        )
        entries += _pair(
            body="Bộ Dân tộc và Tôn giáo",
            certificate="Bằng khen của Bộ trưởng Bộ Dân tộc và Tôn giáo",
            grantor="BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO",
            signs_for="BỘ TRƯỞNG",
            signer="THỨ TRƯỞNG",
            since=renamed,
            until=None,
            basis=f"{LAW}\n{DECREE_152}",
            merit_percent="30",
        )
    else:
        decree = dt.date(2025, 7, 1)
        for since, until, basis in (
            (None, decree - DAY, f"{LAW}\n{DECREE_98}"),
            (decree, None, f"{LAW}\n{DECREE_152}"),
        ):
            entries += _pair(
                body=issuer_name,
                certificate=f"Bằng khen của Bộ trưởng {issuer_name}",
                grantor=f"BỘ TRƯỞNG {issuer_name.upper()}",
                signs_for="BỘ TRƯỞNG",
                signer="THỨ TRƯỞNG",
                since=since,
                until=until,
                basis=basis,
                merit_percent="40",
            )
    for fields in entries:
        catalogue.save_award(session, issuer_uuid, fields)
