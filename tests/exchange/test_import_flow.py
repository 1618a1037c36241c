"""Returns in: preview, all-or-nothing commit, idempotence, audit, old table versions."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from emudesk import paths
from emudesk.exchange.formdata import COL_FIRST_PEER, COL_NOTE, COL_SELF
from emudesk.exchange.report import FileStatus
from emudesk.services import audit
from emudesk.services.exchange import return_import
from emudesk.services.organisation import units
from emudesk.services.scoring import scores, table_edit, tables
from tests.conftest import SERVER, dump
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    edit,
    exported_fixture,
    form_name,
    forms_fixture,
    row_of,
    saved_by_libreoffice,
    set_cell,
    vietnamese_fixture,
    year_uuid,
)

pytestmark = pytest.mark.usefixtures("vietnamese")

PY = form_name()


def stored(forms: Forms) -> dict[tuple[str, str, str, str], tuple[int, str, str]]:
    """Every score of the year: (scorer, assessed, criterion code, role) -> (value, note, ev.)."""
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        codes = {c.uuid: c.code for c in table.criteria}
        unit_codes = {u.uuid: u.code for u in units.list_units(session)}
        return {
            (
                unit_codes[s.scorer_uuid],
                unit_codes[s.assessed_uuid],
                codes[s.criterion_uuid],
                s.role.value,
            ): (s.value, s.note, s.evidence)
            for s in scores.list_scores(session, forms.year_uuid)
        }


def test_the_preview_words_a_file_s_changes_when_they_are_first_shown(
    forms: Forms, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the returns, one with a changed peer score, and a count of the worded previews
    paths_ = forms.all_2024()
    set_cell(forms.folder / PY, "1.1", COL_FIRST_PEER, 4)
    worded: list[str] = []
    real = return_import.describe_changes

    def counted(*args: Any) -> tuple[str, ...]:
        lines = real(*args)
        worded.extend(lines)
        return lines

    monkeypatch.setattr(return_import, "describe_changes", counted)
    # WHEN the head checks them
    with forms.db.session() as session:
        reports = return_import.check_files(session, paths_)
    # THEN no sentence is worded during the check (a hundred returns plan a hundred
    # thousand cells; the head reads a few files)
    assert worded == []
    # AND shown after the session is closed, the file's changes read as ever, worded once
    changed = next(r for r in reports if r.name == PY)
    expected = ("1.1 · Ban Dân tộc Bình Định (chấm chéo): 4,50 → 4,00",)
    assert changed.details == expected and changed.details == expected
    assert worded == list(expected)
    assert changed.lines()[1:] == [f"  • {expected[0]}"]


def test_one_changed_score_changes_exactly_that_score_and_twice_changes_nothing(
    forms: Forms,
) -> None:
    # GIVEN all eight returns, one of them with one peer score changed (Phú Yên gives
    # Bình Định 4,00 instead of 4,50 on 1.1)
    paths_ = forms.all_2024()
    set_cell(forms.folder / PY, "1.1", COL_FIRST_PEER, 4)
    before = stored(forms)
    # WHEN the head checks them
    with forms.db.session() as session:
        reports = return_import.check_files(session, paths_)
    # THEN the preview says: that file 1 changed and everything else unchanged; the others
    # nothing at all
    by_name = {r.name: r for r in reports}
    changed = by_name[PY]
    assert changed.status is FileStatus.READY and changed.summary is not None
    assert (changed.summary.count("changed"), changed.summary.count("new")) == (1, 0)
    assert changed.summary.count("unchanged") == len(changed.inputs) - 1
    assert changed.details == ("1.1 · Ban Dân tộc Bình Định (chấm chéo): 4,50 → 4,00",)
    assert changed.headline() == (
        f"{PY} — Ban Dân tộc Phú Yên, 2024: 0 mới, 1 thay đổi, 171 không đổi"
    )
    others = [r for r in reports if r.name != PY]
    assert len(others) == 7 and all(r.status is FileStatus.NO_CHANGES for r in others)
    assert others[0].headline().endswith(": không có thay đổi")
    # WHEN they are committed
    with forms.db.session() as session:
        outcome = return_import.commit(session, reports)
    # THEN exactly that score changed, and the audit names the file and its SHA-256
    after = stored(forms)
    assert {k for k in before if before[k] != after.get(k)} == {
        ("BDT-PY", "BDT-BDI", "1.1", "peer")
    }
    assert after[("BDT-PY", "BDT-BDI", "1.1", "peer")][0] == 400
    assert set(after) == set(before)
    assert [name for name, _ in outcome.committed] == [PY]
    with forms.db.session() as session:
        noted, entry = audit.list_entries(session, limit=2)
    digest = hashlib.sha256((forms.folder / PY).read_bytes()).hexdigest()
    assert (entry.action, entry.source, entry.source_sha256) == ("scores", PY, digest)
    # the return noted on the Returns board has its own entry, in the same transaction
    assert noted.action == "returns_noted" and noted.summary == "UBDT-C4 2024: 8 return(s)"
    assert ["BDT-PY", "imported", PY, digest] in noted.new["returns"]  # the others: no changes
    assert entry.new == {
        "cells": [
            {
                "criterion": "1.1",
                "scorer": "BDT-PY",
                "assessed": "BDT-BDI",
                "role": "peer",
                "old": 450,
                "new": 400,
            }
        ]
    }
    # AND an automatic backup was made before the import (of an SQLite file; a server's
    # backups are the administrator's pg_dump)
    if not SERVER:
        assert outcome.backup is not None and outcome.backup.parent == paths.backups_dir()
        assert "before-import" in outcome.backup.name
    # WHEN the same file is imported again THEN it reports no changes and stores nothing
    again_before = dump(forms.db)
    with forms.db.session() as session:
        again = return_import.check_files(session, [forms.folder / PY])
        assert again[0].status is FileStatus.NO_CHANGES
        assert return_import.commit(session, again).committed == ()
    assert dump(forms.db) == again_before


def test_a_fresh_year_gets_new_scores_with_notes(forms: Forms) -> None:
    # GIVEN Phú Yên's 2025 form (nothing scored yet) with a self-score, a note and a peer score
    path = forms.path(year=2025)
    set_cell(path, "2.1", COL_SELF, "9,5")
    set_cell(path, "2.1", COL_NOTE, "Hoàn thành 100 % chỉ tiêu")
    set_cell(path, "2.4", COL_FIRST_PEER, 3)
    uuid_2025 = year_uuid(forms.db, 2025)
    # WHEN checked and committed THEN two new scores, the note with the self-score
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path], year_uuid=uuid_2025)
        assert report.summary is not None
        assert (report.summary.count("new"), report.summary.count("changed")) == (2, 0)
        assert report.details == (
            "2.1 · Ban Dân tộc Phú Yên (tự chấm): — → 9,50; giải trình: “Hoàn thành 100 % chỉ tiêu”",
            "2.4 · Ban Dân tộc Bình Định (chấm chéo): — → 3",
        )
        return_import.commit(session, [report])
        given = {(s.role.value, s.value, s.note) for s in scores.list_scores(session, uuid_2025)}
    assert given == {("self", 950, "Hoàn thành 100 % chỉ tiêu"), ("peer", 3, "")}


def test_an_empty_cell_keeps_the_stored_score_and_says_so(forms: Forms) -> None:
    path = forms.path()
    cell = set_cell(path, "1.2", COL_SELF, None)
    before = stored(forms)
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
        assert report.status is FileStatus.NO_CHANGES and report.kept == 1
        assert report.notices == (
            f"{PY}, ô {cell}: để trống; giữ nguyên điểm đã lưu 4,75 của tiêu chí 1.2.",
        )
        assert "1 ô để trống giữ nguyên điểm đã lưu" in report.headline()
        return_import.commit(session, [report])
    assert stored(forms) == before


def test_per_file_lets_the_good_files_in(forms: Forms) -> None:
    good = forms.path()
    set_cell(good, "1.1", COL_SELF, 5)
    bad = forms.path("BDT-DLK")
    set_cell(bad, "1.1", COL_SELF, 50)
    with forms.db.session() as session:
        reports = return_import.check_files(session, [good, bad])
        assert [r.status for r in reports] == [FileStatus.READY, FileStatus.REFUSED]
        outcome = return_import.commit(session, reports, per_file=True)
    assert [name for name, _ in outcome.committed] == [PY]
    after = stored(forms)
    assert after[("BDT-PY", "BDT-PY", "1.1", "self")][0] == 500
    assert after[("BDT-DLK", "BDT-DLK", "1.1", "self")][0] != 5000


def test_the_same_return_twice_is_skipped_two_different_ones_refused(forms: Forms) -> None:
    first = forms.path()
    copy = forms.folder / "UBDT-C4_2024_BDT-PY (1).xlsx"
    shutil.copyfile(first, copy)
    with forms.db.session() as session:
        reports = return_import.check_files(session, [first, copy])
    assert [r.status for r in reports] == [FileStatus.NO_CHANGES, FileStatus.DUPLICATE]
    assert reports[1].headline().endswith(f"trùng với tệp {PY}; bỏ qua")
    set_cell(copy, "1.1", COL_SELF, 5)
    with forms.db.session() as session:
        reports = return_import.check_files(session, [first, copy])
    names = f"{PY}, {copy.name}"
    assert [r.problems for r in reports] == [
        (
            f"{r.name}: Ban Dân tộc Phú Yên có 2 biểu khác nhau của năm 2024 trong lần nhập này "
            f"({names}); chỉ nhập một biểu.",
        )
        for r in reports
    ]


def test_a_form_of_an_older_table_version_is_explained_then_mapped(forms: Forms) -> None:
    # GIVEN a return filled in while the head changed the maximum of 2.1 from 10 to 8
    # (the table has scores, so the change makes version 2) and renamed 1.1's title
    path = forms.path()
    set_cell(path, "1.1", COL_SELF, 5)
    set_cell(path, "2.1", COL_SELF, 9)
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        by_code = {c.code: c for c in table.criteria}
        row = by_code["2.1"]
        table_edit.update_criterion(
            session, row.uuid, tables.CriterionFields(row.code, row.title, row.kind, 800)
        )
        # WHEN checked as usual THEN it is refused with the versions named
        (refused,) = return_import.check_files(session, [path])
        assert refused.problems == (
            f"{PY}: biểu được lập theo phiên bản 1 của bảng điểm; bảng hiện hành là phiên "
            "bản 2. Hãy xác nhận đối chiếu các dòng theo mã tiêu chí (nhập với tùy chọn "
            "--map-old-versions), hoặc gửi biểu mới cho đơn vị.",
        )
        # WHEN the head confirms matching by code THEN 2.1 is left out by name, 1.1 goes in
        (mapped,) = return_import.check_files(session, [path], map_old_versions=True)
        assert mapped.status is FileStatus.READY
        assert mapped.notices[:2] == (
            f"{PY}: biểu được lập theo phiên bản 1 của bảng điểm; bảng hiện hành là phiên bản 2.",
            f"{PY}: điểm tối đa của tiêu chí 2.1 đã đổi từ 10,00 thành 8,00; điểm của dòng "
            "này không được nhập.",
        )
        assert mapped.details == ("1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 5,00",)
        return_import.commit(session, [mapped])
        new_table = tables.get_table(session, forms.year_uuid)
        assert new_table is not None and new_table.revision == 2
        value = {
            (s.criterion_uuid, s.role.value): s.value
            for s in scores.list_scores(session, forms.year_uuid)
            if units.get_unit(session, s.scorer_uuid).code == "BDT-PY"
            and s.assessed_uuid == s.scorer_uuid
        }
        leaf = {c.code: c.uuid for c in new_table.criteria}
    assert value[(leaf["1.1"], "self")] == 500
    assert (leaf["2.1"], "self") not in value  # its old scores did not carry over either


def test_a_note_for_a_score_given_earlier_keeps_the_score(forms: Forms) -> None:
    path = forms.path()

    def blank_and_note(ws: Any) -> None:
        number = row_of(ws, "1.3")
        ws.cell(row=number, column=COL_SELF).value = None
        ws.cell(row=number, column=COL_NOTE).value = "Đã gửi đủ 24 văn bản"

    edit(path, blank_and_note)
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
        assert report.details == (
            "1.3 · Ban Dân tộc Phú Yên (tự chấm): 4,75 (không đổi); "
            "giải trình: “Đã gửi đủ 24 văn bản”",
        )
        return_import.commit(session, [report])
    assert stored(forms)[("BDT-PY", "BDT-PY", "1.3", "self")] == (475, "Đã gửi đủ 24 văn bản", "")


def test_openpyxl_edits_keep_text_scores_in_both_decimal_styles(forms: Forms) -> None:
    path = forms.path()
    set_cell(path, "1.1", COL_SELF, "4,5")
    set_cell(path, "1.2", COL_SELF, " 4.25 ")
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
    assert report.details == (
        "1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 4,50",
        "1.2 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 4,25",
    )


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_a_return_saved_by_libreoffice_imports(forms: Forms, tmp_path: Path) -> None:
    # GIVEN a return filled with openpyxl, then opened and saved again by LibreOffice
    filled = forms.path()
    set_cell(filled, "1.1", COL_SELF, 5)
    set_cell(filled, "2.1", COL_SELF, "=9+0.5")  # LibreOffice computes and stores 9.5
    converted = saved_by_libreoffice(filled, tmp_path)
    returned = forms.folder / "lo" / PY
    returned.parent.mkdir()
    shutil.copyfile(converted, returned)
    # WHEN imported THEN the two changes are read, the formula by its computed value
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [returned])
        assert report.problems == ()
        assert report.details == (
            "1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 5,00",
            "2.1 · Ban Dân tộc Phú Yên (tự chấm): 9,75 → 9,50",
        )
        return_import.commit(session, [report])
    assert stored(forms)[("BDT-PY", "BDT-PY", "2.1", "self")][0] == 950


@pytest.mark.parametrize("lost", ["hidden sheet", "document properties"])
def test_either_copy_of_the_identity_is_enough(forms: Forms, lost: str) -> None:
    from openpyxl import load_workbook
    from openpyxl.packaging.custom import CustomPropertyList

    # GIVEN a return that lost one copy of its identity (as some programs and tools do)
    path = forms.path()
    workbook = load_workbook(path)
    workbook["Chấm điểm"]["E10"] = 5
    if lost == "hidden sheet":
        workbook.remove(workbook["emudesk"])
    else:
        workbook.custom_doc_props = CustomPropertyList()
    workbook.save(path)
    # WHEN checked THEN it is recognised by the other copy
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
    assert report.problems == ()
    assert report.details == ("1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 5,00",)


def test_a_title_reworded_by_the_head_is_no_tampering_by_the_unit(forms: Forms) -> None:
    from emudesk.exchange.formdata import COL_TITLE

    # GIVEN a return, while the head fixed the wording of 1.1 (in place: no new version)
    path = forms.path()
    set_cell(path, "1.1", COL_SELF, 5)
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        row = next(c for c in table.criteria if c.code == "1.1")
        table_edit.update_criterion(
            session,
            row.uuid,
            tables.CriterionFields(row.code, "Tham mưu văn bản", row.kind, row.max_points),
        )
        reworded = tables.get_table(session, forms.year_uuid)
        assert reworded is not None and reworded.revision == 1
        # THEN the return goes in as sent
        (report,) = return_import.check_files(session, [path])
        assert report.problems == ()
        assert report.details == ("1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 5,00",)
    # BUT a title the unit itself changed is refused by its cell (the file no longer has the
    # wording it was sent with, so the reworded 1.1 is named too)
    cell = set_cell(path, "1.2", COL_TITLE, "Tự sửa nội dung")
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
    assert report.status is FileStatus.REFUSED
    assert report.problems[-1] == (
        f"{PY}, ô {cell}: nội dung của tiêu chí 1.2 đã bị sửa; không được sửa các ô đã khóa."
    )


def test_checking_reports_progress_and_stops_when_asked(forms: Forms) -> None:
    from emudesk.errors import CancelledError

    paths_ = forms.all_2024()[:3]
    calls: list[tuple[int, int]] = []

    def follow(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    with forms.db.session() as session:
        return_import.check_files(session, paths_, progress=follow)
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]

    def stop_after_two(done: int, total: int) -> bool:
        return done < 2

    with forms.db.session() as session, pytest.raises(CancelledError, match="Đã hủy"):
        return_import.check_files(session, paths_, progress=stop_after_two)


def test_a_cell_typed_between_preview_and_commit_is_planned_again(forms: Forms) -> None:
    # GIVEN Phú Yên's return giving Bình Định 4,00 on 1.1, previewed
    path = forms.path()
    set_cell(path, "1.1", COL_FIRST_PEER, 4)
    with forms.db.session() as session:
        (report,) = return_import.check_files(session, [path])
    assert report.details == ("1.1 · Ban Dân tộc Bình Định (chấm chéo): 4,50 → 4,00",)
    # WHEN a colleague removes that very score before the head commits
    key = ("BDT-PY", "BDT-BDI", "1.1", "peer")
    with forms.db.session() as session:
        table = tables.get_table(session, forms.year_uuid)
        assert table is not None
        criterion = next(c.uuid for c in table.criteria if c.code == "1.1")
        py, bdi = (units.find(session, code).uuid for code in ("BDT-PY", "BDT-BDI"))
        scores.set_scores(
            session,
            forms.year_uuid,
            [scores.ScoreInput(py, bdi, criterion, scores.rules.ScorerRole.PEER, None)],
        )
    assert key not in stored(forms)
    # THEN the commit sees it (no stale plan: no duplicate row, no lost cell) and stores 4,00
    with forms.db.session() as session:
        outcome = return_import.commit(session, [report])
    assert outcome.failed == () and stored(forms)[key][0] == 400
