"""The demo's 2025: the reorganisation both clusters lived through, on its real dates.

Illustrative, after the news reports: on 1/3/2025 the Ủy ban Dân tộc became the Bộ Dân tộc và
Tôn giáo (Nghị quyết 176/2025/QH15; Nghị định 41/2025/NĐ-CP) and — in the demo, on the same
day — its cluster's Ban Dân tộc became Sở Dân tộc và Tôn giáo (each province really did so by
its own decision during 2025); on 1/7/2025 the provinces merged (Nghị quyết 202/2025/QH15):
Phú Yên into Đắk Lắk, Bình Định into Gia Lai, Đắk Nông into Lâm Đồng, Kon Tum into Quảng
Ngãi, Hà Giang into Tuyên Quang, Bắc Kạn into Thái Nguyên. UBDT-C4's elected head for 2025,
Phú Yên, ceased to exist; Đắk Lắk takes over. 2024 is untouched.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from emudesk.services.organisation import clusters, units, years
from emudesk.services.reorganisation import events, leaders
from emudesk.services.reorganisation.events import Decision

RENAMED = dt.date(2025, 3, 1)
MERGED = dt.date(2025, 7, 1)
MINISTRY = Decision(
    "176/2025/QH15",
    dt.date(2025, 2, 18),
    "Nghị quyết 176/2025/QH15 về cơ cấu tổ chức của Chính phủ; chức năng, nhiệm vụ theo Nghị "
    "định 41/2025/NĐ-CP (minh họa theo tin báo chí).",
)
PROVINCES = Decision(
    "202/2025/QH15",
    dt.date(2025, 6, 12),
    "Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh (minh họa theo tin "
    "báo chí).",
)
DEPARTMENT = Decision("", None, "Quyết định của tỉnh (minh họa: ngày đổi tên giả định).")
ETHNIC = ("BDT-DLK", "BDT-PY", "BDT-BDI", "BDT-LD", "BDT-DNO", "BDT-KH", "BDT-KT", "BDT-GL")
MERGERS = (
    ("BDT-PY", "BDT-DLK"),
    ("BDT-BDI", "BDT-GL"),
    ("BDT-DNO", "BDT-LD"),
    ("BDT-KT", "BDT-QNG"),
    ("VHTTDL-HG", "VHTTDL-TQ"),
    ("VHTTDL-BK", "VHTTDL-TN"),
)


def build_reorganisation(session: Session) -> None:
    """The 2025 events of both demo clusters (inside the demo batch)."""
    ubdt = clusters.load(session, "UBDT-C4")
    events.rename_issuer(
        session,
        ubdt.issuer.uuid,
        on=RENAMED,
        name="Bộ Dân tộc và Tôn giáo",
        short_name="Bộ DTTG",
        signer_title="BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO",
        decision=MINISTRY,
    )
    for code in ETHNIC:
        unit = units.find(session, code)
        province = unit.province
        events.rename_unit(
            session,
            unit.uuid,
            on=RENAMED,
            official_name=f"Sở Dân tộc và Tôn giáo tỉnh {province}",
            short_name=f"Sở DTTG {province}",
            decision=DEPARTMENT,
        )
    units.create_unit(
        session,
        units.UnitFields(code="BDT-QNG", province="Quảng Ngãi"),
        official_name="Sở Dân tộc và Tôn giáo tỉnh Quảng Ngãi",
        short_name="Sở DTTG Quảng Ngãi",
        valid_from=RENAMED,
    )
    units.create_unit(
        session,
        units.UnitFields(code="VHTTDL-TN", province="Thái Nguyên"),
        official_name="Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên",
        short_name="Sở VHTTDL Thái Nguyên",
        from_year=2025,
    )
    for absorbed, successor in MERGERS:
        events.merge(
            session,
            units.find(session, absorbed).uuid,
            units.find(session, successor).uuid,
            on=MERGED,
            decision=PROVINCES,
        )
    year = years.find(session, "UBDT-C4", 2025)
    leaders.record_successor(
        session,
        year.uuid,
        "head",
        on=MERGED,
        decision=Decision("", None, "Đắk Lắk (sau hợp nhất) đảm nhiệm Cụm trưởng (minh họa)."),
    )
