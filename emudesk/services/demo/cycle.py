"""The demo's conferences and commitment, as the news reports of January 2025 tell them.

Facts (DOMAIN.md): VHTTDL-C4 held its 2024 review on 17 January 2025 hosted by Lạng Sơn,
elected Tuyên Quang head and Cao Bằng deputy for 2025 unanimously, proposed the Minister's
certificate of merit for Lạng Sơn and Tuyên Quang, and signed the 2025 commitment there.
UBDT-C4's review was hosted by Đắk Lắk late in 2024 and elected Phú Yên and Gia Lai. What the
reports do not say — the exact date of UBDT-C4's review, the commitment's items, who signed —
is filled with examples marked "(ví dụ)". The votes carry the proposals; the issuer's decision
on them is an example value too: no real decision number is invented.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from emudesk.services.cycle import commitments, dossiers, meetings, proposals
from emudesk.services.organisation import units, years
from emudesk.services.papers import numbers
from emudesk.services.tx import write

EXAMPLE = "(ví dụ)"
EXAMPLE_DECISION = "(ví dụ)"
EXAMPLE_DECISION_DATE = dt.date(2025, 1, 24)


def _unit(session: Session, code: str):  # type: ignore[no-untyped-def]
    return units.find(session, code)


def _conference(
    session: Session,
    cluster: str,
    held_on: dt.date,
    *,
    host: str,
    head: str,
    deputy: str,
    place: str,
    agenda: str,
    chair: str,
) -> None:
    year = years.get_year(session, cluster, 2024)
    attending = tuple((m.uuid, "") for m in year.members)
    meeting = meetings.save_meeting(
        session,
        year.uuid,
        meetings.MeetingFields(
            kind=meetings.MeetingKind.YEAR_END,
            held_on=held_on,
            place=place,
            host_unit_uuid=_unit(session, host).uuid,
            agenda=agenda,
            resolutions=(
                "Hội nghị thống nhất kết quả chấm điểm, xếp hạng thi đua năm 2024; biểu quyết "
                "đề nghị khen thưởng; bầu đơn vị Cụm trưởng, Cụm phó năm 2025."
            ),
            attending=attending,
            chair=f"Lãnh đạo {chair} {EXAMPLE}",
            secretary=f"Chuyên viên {chair} {EXAMPLE}",
        ),
    )
    present = len(attending)
    for proposal in proposals.list_proposals(session, year.uuid):
        meetings.record_vote(
            session,
            meeting.uuid,
            meetings.VoteFields(
                meetings.VoteSubject.PROPOSAL,
                meetings.VoteMethod.HANDS,
                present,
                unanimous=True,
                proposal_uuid=proposal.uuid,
            ),
        )
    for subject, code in ((meetings.VoteSubject.HEAD, head), (meetings.VoteSubject.DEPUTY, deputy)):
        meetings.record_vote(
            session,
            meeting.uuid,
            meetings.VoteFields(
                subject,
                meetings.VoteMethod.HANDS,
                present,
                unanimous=True,
                candidate_uuid=_unit(session, code).uuid,
            ),
        )
    # the votes carried the proposals; the council decided on them (an example decision)
    for proposal in proposals.list_proposals(session, year.uuid):
        proposals.set_status(session, proposal.uuid, proposals.ProposalStatus.SUBMITTED)
        proposals.set_status(
            session,
            proposal.uuid,
            proposals.ProposalStatus.APPROVED,
            decision_number=EXAMPLE_DECISION,
            decision_date=EXAMPLE_DECISION_DATE,
            decision_is_example=True,
        )
    # … and its office gave each award a register number (examples, as the decision is)
    with write(session):
        for index, info in enumerate(proposals.list_proposals(session, year.uuid), start=1):
            proposals.load(session, info.uuid).register_number = f"{index} {EXAMPLE}"
    # the head's office numbered the minutes and the submission on the conference's day
    for paper in ("minutes", "submission"):
        numbers.set_number(session, year.uuid, paper, date=held_on, number=numbers.NEXT)


def build_cycle(session: Session) -> None:
    """The 2024 review conferences and VHTTDL-C4's 2025 commitment (inside the demo batch)."""
    _conference(
        session,
        "VHTTDL-C4",
        dt.date(2025, 1, 17),
        host="VHTTDL-LS",
        head="VHTTDL-TQ",
        deputy="VHTTDL-CB",
        place="Lạng Sơn",
        chair="Sở VHTTDL Lạng Sơn",
        agenda=(
            "Tổng kết công tác thi đua, khen thưởng năm 2024; chấm điểm, xếp hạng; "
            "bầu Cụm trưởng, Cụm phó năm 2025; ký kết giao ước thi đua năm 2025."
        ),
    )
    _conference(
        session,
        "UBDT-C4",
        dt.date(2024, 12, 20),
        host="BDT-DLK",
        head="BDT-PY",
        deputy="BDT-GL",
        place="Đắk Lắk",
        chair="Ban Dân tộc Đắk Lắk",
        agenda="Tổng kết công tác thi đua, khen thưởng năm 2024; bầu Cụm trưởng, Cụm phó năm 2025.",
    )
    # UBDT-C4 asked the council to extend the dossier deadline to 30 December (DOMAIN.md)
    dossiers.set_deadline(
        session, years.get_year(session, "UBDT-C4", 2024).uuid, dt.date(2024, 12, 30)
    )
    year = years.get_year(session, "VHTTDL-C4", 2025)
    commitments.save_commitment(
        session,
        year.uuid,
        commitments.CommitmentFields(
            title="Giao ước thi đua năm 2025",
            preamble=(
                "Thực hiện phong trào thi đua năm 2025 của Bộ Văn hóa, Thể thao và Du lịch, các "
                f"đơn vị thành viên Cụm thi đua số 4 ký kết giao ước thi đua {EXAMPLE}."
            ),
            items=(
                commitments.ItemFields(
                    "Hoàn thành các chỉ tiêu, nhiệm vụ được giao trong năm 2025", "100", "%"
                ),
                commitments.ItemFields("Giải quyết hồ sơ thủ tục hành chính đúng hạn", "≥ 98", "%"),
                commitments.ItemFields(
                    "Tổ chức các hoạt động văn hóa, thể thao chào mừng các ngày lễ lớn",
                    "≥ 4",
                    "sự kiện",
                ),
                commitments.ItemFields(
                    "Không có cán bộ, công chức vi phạm kỷ luật", "0", "trường hợp"
                ),
            ),
            signing_date=dt.date(2025, 1, 17),
            signing_place="Lạng Sơn",
            host_unit_uuid=_unit(session, "VHTTDL-LS").uuid,
        ),
    )
    for member in year.members:
        commitments.sign(
            session,
            year.uuid,
            commitments.SignatureFields(
                unit_uuid=member.uuid,
                signer_name=f"Giám đốc Sở {EXAMPLE}",
                signer_title="GIÁM ĐỐC",
                signed_on=dt.date(2025, 1, 17),
                sealed=True,
            ),
        )
