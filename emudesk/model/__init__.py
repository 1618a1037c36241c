"""SQLAlchemy entities, nothing else."""

from emudesk.model.audit import AuditEntry
from emudesk.model.awards import Award, Proposal
from emudesk.model.base import Base
from emudesk.model.certificates import CertificateEntry, CertificatePrint, CertificateTemplate
from emudesk.model.cycle import (
    Attachment,
    Attendance,
    Commitment,
    CommitmentItem,
    DossierPaper,
    Meeting,
    Signature,
    Vote,
    YearPlan,
)
from emudesk.model.events import EventKind, OrgEvent
from emudesk.model.issuing import (
    CouncilMeeting,
    CouncilVote,
    Decision,
    DecisionItem,
    QuotaRule,
    RegisterSeries,
    Submission,
)
from emudesk.model.mail import FormDispatch, ReturnReceipt
from emudesk.model.org import (
    Cluster,
    ClusterKind,
    ClusterYear,
    Issuer,
    IssuerKind,
    IssuerName,
    Membership,
    Person,
    SelectionMethod,
    Unit,
    UnitName,
)
from emudesk.model.papers import DocumentNumber, PaperWording
from emudesk.model.scoring import (
    AwardExclusion,
    Criterion,
    Explanation,
    Regulation,
    Score,
    ScoringTable,
    TieVote,
    YearScoring,
)

__all__ = [
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Award",
    "AwardExclusion",
    "Base",
    "CertificateEntry",
    "CertificatePrint",
    "CertificateTemplate",
    "Cluster",
    "ClusterKind",
    "ClusterYear",
    "Commitment",
    "CommitmentItem",
    "CouncilMeeting",
    "CouncilVote",
    "Criterion",
    "Decision",
    "DecisionItem",
    "DocumentNumber",
    "DossierPaper",
    "EventKind",
    "Explanation",
    "FormDispatch",
    "Issuer",
    "IssuerKind",
    "IssuerName",
    "Meeting",
    "Membership",
    "OrgEvent",
    "PaperWording",
    "Person",
    "Proposal",
    "QuotaRule",
    "RegisterSeries",
    "Regulation",
    "ReturnReceipt",
    "Score",
    "ScoringTable",
    "SelectionMethod",
    "Signature",
    "Submission",
    "TieVote",
    "Unit",
    "UnitName",
    "Vote",
    "YearPlan",
    "YearScoring",
]
