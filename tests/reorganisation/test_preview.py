"""Events entered in the window: previews rehearse the event and change nothing (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.model import AuditEntry, EventKind
from emudesk.services.organisation import issuers, units, years
from emudesk.services.reorganisation import events, preview
from emudesk.services.reorganisation.events import Decision
from emudesk.services.reorganisation.preview import EventRequest
from tests.conftest import dump

MARCH = dt.date(2025, 3, 1)
JULY = dt.date(2025, 7, 1)
DECIDED = Decision("176/2025/QH15", dt.date(2025, 2, 18))


def _uuid(s, code: str):
    return units.find(s, code).uuid


def test_rename_preview_shows_names_on_dates_and_changes_nothing(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        request = EventRequest(
            EventKind.RENAME,
            _uuid(s, "BDT-DLK"),
            MARCH,
            DECIDED,
            name="Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk",
        )
        shown = preview.preview(s, request)
    assert dump(demo_db) == before
    assert shown.refusal == ""
    assert [(p.name, p.since, p.until, p.new) for p in shown.names] == [
        ("Ban Dân tộc tỉnh Đắk Lắk", None, dt.date(2025, 2, 28), False),
        ("Sở Dân tộc và Tôn giáo tỉnh Đắk Lắk", MARCH, None, True),
    ]
    assert [p.cluster_year for p in shown.papers] == ["UBDT-C4/2025"]
    assert [p.cluster_year for p in shown.papers_kept] == ["UBDT-C4/2024"]
    assert shown.memberships == () and shown.leaders == ()


def test_issuer_rename_preview_names_the_years_that_change(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        issuer = next(i for i in issuers.list_issuers(s) if i.short_name == "UBDT")
        request = EventRequest(
            EventKind.RENAME_ISSUER, issuer.uuid, MARCH, DECIDED, name="Bộ Dân tộc và Tôn giáo"
        )
        shown = preview.preview(s, request)
        assert [p.cluster_year for p in shown.papers] == ["UBDT-C4/2025"]
        assert shown.papers[0].after == "Bộ Dân tộc và Tôn giáo"
        assert [(p.name, p.new) for p in shown.names] == [
            ("Ủy ban Dân tộc", False),
            ("Bộ Dân tộc và Tôn giáo", True),
        ]
        assert dump(demo_db) == before
        preview.record(s, request)
        assert years.get_year(s, "UBDT-C4", 2024).issuer_name == "Ủy ban Dân tộc"
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "event_rename_issuer"))


def test_split_preview_lists_memberships_and_the_moved_data(demo_db: Database) -> None:
    with demo_db.session() as s:
        for code, name in (("NEW-A", "Sở A"), ("NEW-B", "Sở B")):
            units.create_unit(s, units.UnitFields(code=code), official_name=name, from_year=2025)
    before = dump(demo_db)
    with demo_db.session() as s:
        request = EventRequest(
            EventKind.SPLIT,
            _uuid(s, "BDT-KT"),
            JULY,
            DECIDED,
            parts=(_uuid(s, "NEW-A"), _uuid(s, "NEW-B")),
        )
        shown = preview.preview(s, request)
    assert dump(demo_db) == before
    assert shown.refusal == ""
    changes = {(m.cluster_year, m.unit, m.joins) for m in shown.memberships}
    assert ("UBDT-C4/2025", "Sở A", True) in changes
    assert ("UBDT-C4/2025", "Sở B", True) in changes
    assert ("UBDT-C4/2025", "Ban Dân tộc tỉnh Kon Tum", False) in changes
    assert shown.merge is not None and shown.merge.years == ["UBDT-C4/2025"]
    assert shown.names[-1].until == dt.date(2025, 6, 30)


def test_leave_and_join_previews(demo_db: Database) -> None:
    with demo_db.session() as s:
        leave = EventRequest(
            EventKind.LEAVE,
            _uuid(s, "BDT-KT"),
            JULY,
            DECIDED,
            cluster=years.get_year(s, "UBDT-C4", 2025).cluster_uuid,
        )
        shown = preview.preview(s, leave)
        assert [(m.cluster_year, m.joins) for m in shown.memberships] == [("UBDT-C4/2025", False)]


@pytest.mark.parametrize(
    ("decision", "wanted"),
    [(Decision(), "số quyết định"), (Decision("1/QĐ", None), "ngày của quyết định")],
)
def test_the_window_needs_the_decision(demo_db: Database, decision: Decision, wanted: str) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        request = EventRequest(EventKind.RENAME, _uuid(s, "BDT-DLK"), MARCH, decision, name="X")
        shown = preview.preview(s, request)
        assert wanted in shown.refusal and shown.names  # the changes still show
        with pytest.raises(ValidationError):
            preview.record(s, request)
    assert dump(demo_db) == before


def test_a_unit_gone_takes_no_rename(demo_db: Database) -> None:
    with demo_db.session() as s:
        events.merge(s, _uuid(s, "BDT-PY"), _uuid(s, "BDT-DLK"), on=JULY)
    before = dump(demo_db)
    with demo_db.session() as s:
        request = EventRequest(
            EventKind.RENAME, _uuid(s, "BDT-PY"), dt.date(2025, 8, 1), DECIDED, name="Sở X"
        )
        assert "không còn tồn tại" in preview.preview(s, request).refusal
        with pytest.raises(ValidationError):
            preview.record(s, request)
    assert dump(demo_db) == before
