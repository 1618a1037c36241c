"""The issuer's register (sổ vàng): how each award is numbered, and the next number.

The register is the issuer's: its office sets each award's format once ("{n}/BK-UBDT"),
starting after the last number written in its paper register, and its decisions take the
numbers. A head's PC never makes one up: its certificates carry the numbers the issuer's
decision package brought.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Award, Issuer, RegisterSeries
from emudesk.services import audit
from emudesk.services.issuing import names
from emudesk.services.tx import write
from emudesk.text import clean

PLACE = "{n}"
MAX_NUMBER = 10**9


@dataclass(frozen=True)
class SeriesInfo:
    issuer: str
    award_code: str  # "" for every award without its own format
    award: str
    pattern: str
    last_paper_number: int
    last_number: int

    @property
    def next_number(self) -> str:
        return format_number(self.pattern, max(self.last_paper_number, self.last_number) + 1)


def format_number(pattern: str, number: int) -> str:
    return pattern.replace(PLACE, str(number))


def _info(series: RegisterSeries) -> SeriesInfo:
    return SeriesInfo(
        names.issuer_label(series.issuer),
        series.award.code if series.award else "",
        series.award.name if series.award else "",
        series.pattern,
        series.last_paper_number,
        series.last_number,
    )


def list_series(session: Session, issuer_code: str) -> list[SeriesInfo]:
    issuer = names.find_issuer(session, issuer_code)
    found = session.scalars(select(RegisterSeries).where(RegisterSeries.issuer_id == issuer.id))
    return sorted((_info(s) for s in found), key=lambda s: (s.award_code != "", s.award_code))


def _award(session: Session, issuer: Issuer, code: str) -> Award | None:
    if not code:
        return None
    found = session.scalar(
        select(Award)
        .where(Award.issuer_id == issuer.id, Award.code == clean(code).upper())
        .order_by(Award.valid_from.desc())
    )
    if found is None:
        raise ValidationError(
            _("{issuer} has no award {code} in its catalogue.", issuer=issuer.name, code=code)
        )
    return found


def _series(session: Session, issuer: Issuer, award: Award | None) -> RegisterSeries | None:
    query = select(RegisterSeries).where(RegisterSeries.issuer_id == issuer.id)
    if award is None:
        return session.scalar(query.where(RegisterSeries.award_id.is_(None)))
    return session.scalar(query.where(RegisterSeries.award_id == award.id))


def set_series(
    session: Session,
    issuer_code: str,
    *,
    award_code: str = "",
    pattern: str,
    last_paper_number: int,
) -> SeriesInfo:
    """Set how the issuer numbers ``award_code`` (or every other award)."""
    text = clean(pattern)
    if text.count(PLACE) != 1 or len(text) > 80 or "|" in text or "~" in text:
        raise ValidationError(
            _(
                "The format must hold {place} once, where the running number goes, for "
                'example "{place}/BK-BDTTG" (at most 80 characters, no | or ~).',
                place=PLACE,
            )
        )
    if not 0 <= last_paper_number < MAX_NUMBER:
        raise ValidationError(_("The last number of the paper register must be 0 or more."))
    with write(session):
        issuer = names.find_issuer(session, issuer_code)
        award = _award(session, issuer, award_code)
        series = _series(session, issuer, award)
        old = (
            None
            if series is None
            else {"pattern": series.pattern, "last_paper_number": series.last_paper_number}
        )
        if series is None:
            series = RegisterSeries(issuer=issuer, award=award, last_number=0)
            session.add(series)
        series.pattern = text
        series.last_paper_number = last_paper_number
        session.flush()
        audit.record(
            session,
            action="register_format_set",
            entity="issuer",
            entity_uuid=issuer.uuid,
            summary=f"{award_code or '*'}: {text} > {last_paper_number}",
            old=old,
            new={"award": award_code, "pattern": text, "last_paper_number": last_paper_number},
        )
        return _info(series)


def _series_for(session: Session, issuer: Issuer, award: Award) -> RegisterSeries:
    series = _series(session, issuer, award) or _series(session, issuer, None)
    if series is None:
        raise ValidationError(
            _(
                "{issuer} has no register format yet: set it first (the format and the last "
                "number of the paper register), e.g. emudesk register-format --issuer {code} "
                '--pattern "{{n}}/BK" --last-paper-number 1233.',
                issuer=issuer.name,
                code=names.issuer_label(issuer),
            )
        )
    return series


def take_number(session: Session, issuer: Issuer, award: Award) -> str:
    """The issuer's next register number for ``award`` (inside the caller's transaction)."""
    series = _series_for(session, issuer, award)
    series.last_number = max(series.last_paper_number, series.last_number) + 1
    return format_number(series.pattern, series.last_number)


def peek_numbers(session: Session, issuer: Issuer, awards: list[Award]) -> list[str]:
    """The numbers ``take_number`` would give ``awards`` one after the other; changes
    nothing (a decision's preview)."""
    taken: dict[int, int] = {}
    numbers = []
    for award in awards:
        series = _series_for(session, issuer, award)
        last = taken.get(series.id, max(series.last_paper_number, series.last_number)) + 1
        taken[series.id] = last
        numbers.append(format_number(series.pattern, last))
    return numbers


def keeps_register(session: Session, issuer: Issuer) -> bool:
    """True when this database keeps ``issuer``'s register (the issuer's office)."""
    return (
        session.scalar(select(RegisterSeries.id).where(RegisterSeries.issuer_id == issuer.id))
        is not None
    )
