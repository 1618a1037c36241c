"""Print the certificates of approved awards, number them in the register, verify them.

A batch takes the approved awards of a cluster-year (all, one decision's, or a selection),
records the printing and writes the PDF — all in one transaction: if the PDF cannot be
written nothing is recorded. Each certificate carries the register number the issuer's
decision gave its award (``services.issuing``): this office never makes one up, and an award
without one is not printed. Printing an award again is a reprint, logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, ValidationError
from emudesk.i18n import _
from emudesk.model import (
    CertificateEntry,
    CertificatePrint,
    ClusterYear,
    Proposal,
)
from emudesk.model.base import utcnow
from emudesk.printing.certificate import Calibration
from emudesk.printing.templates import Template
from emudesk.services import audit
from emudesk.services.certificates.pages import (
    flag_refusal,
    is_flag,
    refuse_unnumbered,
    refuse_unprintable,
    values_for,
)
from emudesk.services.certificates.register import Draft, checksum
from emudesk.services.certificates.templates import get_template, template_key_for
from emudesk.services.cycle import proposals
from emudesk.services.organisation import units, years
from emudesk.services.scoring import locking
from emudesk.services.tx import pause_point, write
from emudesk.text import clean


@dataclass(frozen=True)
class AwardRow:
    """An approved award as the certificates page lists it."""

    proposal_uuid: UUID
    recipient: str
    unit_name: str
    award: str  # as printed, in Vietnamese
    artefact: str  # catalogue.Artefact value: a flag is listed but never printed as a page
    overlay: bool  # the catalogue prints it onto pre-printed blanks
    reason: str  # the achievement sentence
    decision_number: str
    decision_date: dt.date | None
    template_key: str  # the template this award is printed with unless the user chooses
    register_number: str | None  # the issuer's register number; None until first printed
    print_count: int
    # Why it went ahead before the year's scores were locked: the approval's reason, then the
    # latest printing's ("" when the scores were locked both times).
    unlocked_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintOutcome:
    path: Path
    numbers: tuple[str, ...]  # the register number of each page, in page order
    new: int  # how many awards received a number in this batch
    reprints: int
    flags: tuple[str, ...] = ()  # approved flags left out: the flag maker makes them


def _approved(session: Session, cluster_year: ClusterYear, decision: str | None) -> list[Proposal]:
    query = (
        select(Proposal)
        .where(
            Proposal.cluster_year_id == cluster_year.id,
            Proposal.status == proposals.ProposalStatus.APPROVED.value,
        )
        .order_by(Proposal.position, Proposal.id)
    )
    found = list(session.scalars(query))
    if decision:
        wanted = clean(decision)
        found = [p for p in found if clean(p.decision_number) == wanted]
    return found


def _entries(session: Session, proposal_ids: Sequence[int]) -> dict[int, CertificateEntry]:
    rows = session.scalars(
        select(CertificateEntry).where(CertificateEntry.proposal_id.in_(proposal_ids))
    )
    return {e.proposal_id: e for e in rows}


def list_awards(session: Session, year_uuid: UUID, decision: str | None = None) -> list[AwardRow]:
    cluster_year = years.load(session, year_uuid)
    found = _approved(session, cluster_year, decision)
    entries = _entries(session, [p.id for p in found])
    rows = []
    for proposal in found:
        info = proposals.info(proposal)
        entry = entries.get(proposal.id)
        rows.append(
            AwardRow(
                proposal_uuid=proposal.uuid,
                recipient=info.nominee,
                unit_name=info.unit.name,
                award=info.award_text,
                artefact=proposal.award.artefact,
                overlay=proposal.award.paper == "blank",
                reason=proposal.reason,
                decision_number=proposal.decision_number,
                decision_date=proposal.decision_date,
                template_key=template_key_for(proposal) if not is_flag(proposal) else "",
                register_number=entry.register_number if entry else None,
                print_count=entry.print_count if entry else 0,
                unlocked_reasons=_unlocked_reasons(proposal, entry),
            )
        )
    return rows


def _unlocked_reasons(proposal: Proposal, entry: CertificateEntry | None) -> tuple[str, ...]:
    printed = entry.prints[-1].unlocked_reason if entry is not None and entry.prints else ""
    return tuple(r for r in dict.fromkeys((proposal.unlocked_reason, printed)) if r)


def preview_certificate(
    session: Session,
    proposal_uuid: UUID,
    out: Path,
    *,
    template_key: str | None = None,
    overlay: bool = False,
    calibration: Calibration | None = None,
    place: str = "Hà Nội",
    signer_name: str = "",
) -> Path:
    """Render one award's certificate to ``out`` without touching the register."""
    from emudesk.printing.certificate import render

    proposal = proposals.load(session, proposal_uuid)
    if is_flag(proposal):
        raise ValidationError(flag_refusal([proposal]))
    refuse_unprintable([proposal])
    entry = session.scalar(
        select(CertificateEntry).where(CertificateEntry.proposal_id == proposal.id)
    )
    draft = Draft(
        register_number=entry.register_number
        if entry is not None
        else (proposal.register_number or "…"),
        recipient=proposals.info(proposal).nominee,
        decision_number=proposal.decision_number,
        decision_date=proposal.decision_date,
        checksum=entry.checksum if entry is not None else "",
    )
    values = values_for(proposal, draft, place=place, signer_name=signer_name)
    if entry is None:
        values["qr"] = ""  # no code until the certificate has its number
    template = get_template(session, template_key or template_key_for(proposal))
    render(out, [(template, values)], overlay=overlay, calibration=calibration)
    return out


def print_certificates(
    session: Session,
    year_uuid: UUID,
    out: Path,
    *,
    proposal_uuids: Sequence[UUID] | None = None,
    decision: str | None = None,
    template_key: str | None = None,
    overlay: bool = False,
    calibration: Calibration | None = None,
    place: str = "Hà Nội",
    signer_name: str = "",
    allow_reprint: bool = False,
    split: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    unlocked_reason: str = "",
    qr_signer: Callable[[str], str] | None = None,
) -> PrintOutcome:
    """Number, record and print the chosen approved awards as one PDF at ``out``.

    ``qr_signer`` turns each QR code's text into its signed text (``services.signing.codes``).

    With ``split`` ``out`` is a folder that receives one PDF per certificate, named by its
    register number and unit code; when any of them fails, none is left there. Printing
    while the year's scores are not locked needs ``unlocked_reason``, recorded with each
    printing and in the audit.
    """
    from emudesk.printing.certificate import render

    with write(session):
        cluster_year = years.load(session, year_uuid)
        issuer = cluster_year.cluster.issuer
        chosen = _approved(session, cluster_year, decision)
        if proposal_uuids is not None:
            wanted = set(proposal_uuids)
            chosen = [p for p in chosen if p.uuid in wanted]
        flags = [p for p in chosen if is_flag(p)]
        chosen = [p for p in chosen if not is_flag(p)]
        if flags and not chosen:
            raise ValidationError(flag_refusal(flags))
        if not chosen and decision:
            raise ValidationError(
                _(
                    "Decision {decision} has no approved award in {cluster} {year}; check the "
                    "decision number on the proposals.",
                    decision=decision,
                    cluster=cluster_year.cluster.code,
                    year=cluster_year.year,
                )
            )
        if not chosen:
            raise ValidationError(
                _(
                    "There are no approved awards to print for {cluster} {year}; record the "
                    "decision on the proposals first.",
                    cluster=cluster_year.cluster.code,
                    year=cluster_year.year,
                )
            )
        refuse_unprintable(chosen)
        early = locking.unlocked_reason(session, cluster_year, unlocked_reason, locking.Act.PRINT)
        refuse_unnumbered(chosen)
        entries = _entries(session, [p.id for p in chosen])
        printed = [entries[p.id] for p in chosen if p.id in entries]
        if printed and not allow_reprint:
            raise ConflictError(
                _(
                    "{count} of these certificates were printed before (register numbers "
                    "{numbers}); confirm a reprint: they keep their numbers.",
                    count=len(printed),
                    numbers=", ".join(e.register_number for e in printed),
                )
            )
        next_number = (
            session.scalar(
                select(func.max(CertificateEntry.number)).where(
                    CertificateEntry.issuer_id == issuer.id
                )
            )
            or 0
        ) + 1
        now = utcnow()
        pages = []
        numbers: list[str] = []
        codes: list[str] = []
        new = 0
        for proposal in chosen:
            entry = entries.get(proposal.id)
            reprint = entry is not None
            if entry is None:
                info = proposals.info(proposal)
                entry = CertificateEntry(
                    issuer=issuer,
                    number=next_number,
                    register_number=proposal.register_number,
                    proposal=proposal,
                    year=cluster_year.year,
                    recipient=info.nominee,
                    unit_name=units.ref(proposal.unit, cluster_year.year).name,
                    award=info.award_text,
                    decision_number=proposal.decision_number,
                    decision_date=proposal.decision_date,
                    checksum=checksum(issuer, proposal.register_number, info.nominee, proposal),
                    print_count=0,
                )
                session.add(entry)
                next_number += 1
                new += 1
            if reprint and entry.register_number != proposal.register_number:
                # the issuer's decision (package) numbered it since: the reprint carries that
                entry.register_number = proposal.register_number
                entry.decision_number = proposal.decision_number
                entry.decision_date = proposal.decision_date
                entry.checksum = checksum(issuer, entry.register_number, entry.recipient, proposal)
            key = template_key or template_key_for(proposal)
            entry.print_count += 1
            entry.prints.append(
                CertificatePrint(
                    printed_at=now,
                    reprint=reprint,
                    mode="overlay" if overlay else "full",
                    template_key=key,
                    file_name=Path(out).name,
                    unlocked_reason=early,
                )
            )
            values = values_for(proposal, entry, place=place, signer_name=signer_name)
            if qr_signer is not None:
                values["qr"] = qr_signer(values["qr"])
            pages.append((get_template(session, key), values))
            numbers.append(entry.register_number)
            codes.append(proposal.unit.code)
        session.flush()  # a duplicate number fails here, before the PDF is written
        pause_point("certificates-numbered")
        audit.record(
            session,
            action="certificates_printed",
            entity="cluster_year",
            entity_uuid=cluster_year.uuid,
            summary=f"{len(pages)} → {Path(out).name}",
            new={
                "numbers": numbers,
                "overlay": overlay,
                "file": Path(out).name,
                "qr_signed": qr_signer is not None,
                **({"unlocked_reason": early} if early else {}),
            },
        )
        if split:
            _render_each(
                Path(out),
                pages,
                numbers,
                codes,
                overlay=overlay,
                calibration=calibration,
                progress=progress,
            )
        else:
            render(out, pages, overlay=overlay, calibration=calibration, progress=progress)
    names = tuple(proposals.info(p).nominee for p in flags)
    return PrintOutcome(Path(out), tuple(numbers), new, len(numbers) - new, names)


def _render_each(
    folder: Path,
    pages: Sequence[tuple[Template, dict[str, str]]],
    numbers: Sequence[str],
    codes: Sequence[str],
    *,
    overlay: bool,
    calibration: Calibration | None,
    progress: Callable[[int, int], bool] | None,
) -> None:
    from emudesk.exchange.naming import safe_code
    from emudesk.printing.certificate import render

    written: list[Path] = []
    try:
        for index, page in enumerate(pages):
            if progress is not None and not progress(index, len(pages)):
                from emudesk.errors import CancelledError

                raise CancelledError(_("Cancelled: nothing was printed."))
            target = folder / f"{safe_code(numbers[index])}-{safe_code(codes[index])}.pdf"
            render(target, [page], overlay=overlay, calibration=calibration)
            written.append(target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
