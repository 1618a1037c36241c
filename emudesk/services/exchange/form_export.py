"""Scoring forms out: one workbook per member, filled with what it already returned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.exchange import naming
from emudesk.exchange.formdata import FormSpec
from emudesk.i18n import _
from emudesk.model.base import utcnow
from emudesk.services import checks
from emudesk.services.exchange.facts import given_by, year_facts
from emudesk.services.organisation import units, years
from emudesk.services.organisation.names_on_dates import issuer_name_on, year_end
from emudesk.services.scoring import locking, tables


def export_forms(
    session: Session,
    year_uuid: UUID,
    out_dir: Path,
    *,
    deadline: dt.date | None = None,
    send_to: str = "",
    only: Collection[UUID] | None = None,
) -> list[Path]:
    """Write one form per member (``only`` these units) into ``out_dir``; ``send_to``
    overrides the head's e-mail.

    Values a unit already returned are filled in, so a second round changes only what the
    unit corrects. A locked year, or a table whose arithmetic is wrong, sends nothing out.
    A folder that does not exist yet is created (once the forms are sure to be written).
    """
    from emudesk.exchange.forms import write_form

    send_to = checks.email(send_to, _("Address for the returns"))
    cluster_year = years.load(session, year_uuid)
    locking.refuse_if_locked(session, cluster_year)
    facts = year_facts(session, cluster_year)
    table = tables.load(session, facts.table_uuid)
    problems = rules.validate_table(tables.specs(table), table.declared_total)
    if problems:
        raise ValidationError(
            _(
                "The scoring table must be corrected before forms are sent out:\n{details}",
                details="\n".join(f"• {p.message}" for p in problems[:10]),
            )
        )
    cluster, year, head = cluster_year.cluster, cluster_year.year, cluster_year.head
    _make_folder(Path(out_dir))
    issued = utcnow().isoformat(timespec="seconds")
    written: list[Path] = []
    for member in facts.members:
        if only is not None and member.uuid not in only:
            continue
        unit = units.load(session, member.uuid)
        given = given_by(session, facts, unit.uuid)
        spec = FormSpec(
            identity=facts.identity(member, issued),
            cluster_name=cluster.name,
            issuer_name=issuer_name_on(cluster.issuer, year_end(year)),
            unit_name=units.name_in(unit, year).official_name,
            table_title=table.title,
            rows=facts.rows,
            columns=tuple(facts.columns(unit.uuid)),
            deadline=deadline,
            head_name=units.name_in(head, year).official_name if head else "",
            head_contact=head.contact_person if head else "",
            head_email=send_to.strip() or (head.email if head else ""),
            values={(key, assessed): value for key, assessed, _r, value, *_ in given},
            texts={key: (note, ev) for key, _a, role, _v, note, ev in given if role == "self"},
        )
        path = Path(out_dir) / naming.form_file_name(cluster.code, year, unit.code)
        write_form(spec, path)
        written.append(path)
    return written


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(
            _(
                "The folder {folder} cannot be created (a file of that name, or no right to "
                "write there); choose another one.",
                folder=folder,
            )
        ) from exc
