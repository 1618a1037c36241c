"""Certificate templates: the built-in ones, the office's edited copies, which an award takes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.model import CertificateTemplate, IssuerKind, Proposal
from emudesk.printing.templates import Template, builtin_templates, from_dict
from emudesk.services import audit
from emudesk.services.tx import write


@dataclass(frozen=True)
class TemplateInfo:
    key: str
    name: str
    edited: bool  # this office changed the built-in (or made it)


def list_templates(session: Session) -> list[TemplateInfo]:
    copies = {t.key: t for t in session.scalars(select(CertificateTemplate))}
    shipped = builtin_templates()
    infos = [
        TemplateInfo(key, copies[key].name if key in copies else t.name, key in copies)
        for key, t in shipped.items()
    ]
    infos += [TemplateInfo(k, c.name, True) for k, c in copies.items() if k not in shipped]
    return infos


def get_template(session: Session, key: str) -> Template:
    """The office's copy of template ``key`` if there is one, else the built-in."""
    copy = session.scalar(select(CertificateTemplate).where(CertificateTemplate.key == key))
    if copy is not None:
        return from_dict(copy.definition, source=copy.name)
    shipped = builtin_templates()
    if key not in shipped:
        raise NotFoundError(_("There is no certificate template {key}.", key=key))
    return shipped[key]


def save_template(session: Session, template: Template) -> None:
    """Store an edited template (checked first: no field may leave the page).

    A template saved as it is in effect stores nothing: the office keeps using the built-in
    (and later fixes to it) until it really changes something.
    """
    checked = from_dict(template.to_dict())
    if checked == get_template(session, checked.key):
        return
    with write(session):
        copy = session.scalar(
            select(CertificateTemplate).where(CertificateTemplate.key == checked.key)
        )
        old = copy.definition if copy is not None else None
        if copy is None:
            copy = CertificateTemplate(key=checked.key, name=checked.name, definition={})
            session.add(copy)
        copy.name, copy.definition = checked.name, checked.to_dict()
        audit.record(
            session,
            action="template",
            entity="certificate_template",
            entity_uuid=copy.uuid,
            summary=checked.key,
            old=old,
            new=checked.to_dict(),
        )


def reset_template(session: Session, key: str) -> None:
    """Go back to the built-in template (the office's copy is removed)."""
    with write(session):
        copy = session.scalar(select(CertificateTemplate).where(CertificateTemplate.key == key))
        if copy is None:
            return
        audit.record(
            session,
            action="template_reset",
            entity="certificate_template",
            entity_uuid=copy.uuid,
            summary=key,
            old=copy.definition,
        )
        session.delete(copy)


def template_key_for(proposal: Proposal) -> str:
    """The template the award's catalogue entry names (its issuer's usual one if none)."""
    if proposal.award.template_key:
        return proposal.award.template_key
    kind = IssuerKind(proposal.cluster_year.cluster.issuer.kind)
    return "bang-khen-chu-tich-tinh" if kind is IssuerKind.PROVINCE else "bang-khen-bo-truong"
