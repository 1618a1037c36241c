"""The wording of each paper: built-in texts a cluster edits and keeps, with placeholders.

A paper is assembled from data (members, votes, scores) and from text blocks — its summary,
whom it is addressed to, the "Căn cứ" lines, the request, the closing, the signature, "Nơi
nhận". Each block has a built-in Vietnamese wording; a cluster's edit of a block is stored
with the cluster (``PaperWording``), so it travels with the handover to next year's head.
Blocks may name placeholders in braces ({cluster}, {year}…); an unknown one is refused when
the wording is saved, so that a typo never prints as an empty gap.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.model import Cluster, ClusterKind, PaperWording
from emudesk.services import audit, checks
from emudesk.services.organisation import clusters
from emudesk.services.tx import write
from emudesk.text import clean_multiline

COMMON = frozenset({"cluster", "cluster_code", "issuer", "year", "next_year", "head", "office"})

# paper -> block -> built-in wording. Papers are Vietnamese whatever the interface language.
DEFAULTS: dict[str, dict[str, str]] = {
    "submission": {
        "summary": (
            "Đề nghị khen thưởng các tập thể có thành tích xuất sắc trong phong trào thi đua "
            "năm {year}"
        ),
        "addressee": "Hội đồng Thi đua - Khen thưởng {issuer}",
        "basis": (
            "Căn cứ Quy chế hoạt động của {cluster} thuộc {issuer};\n"
            "Căn cứ kết quả chấm điểm, xếp hạng thi đua năm {year} của các đơn vị thành viên "
            "{cluster};\n"
            "Căn cứ Biên bản {meeting} công tác thi đua, khen thưởng năm {year} của {cluster} "
            "ngày {meeting_date},"
        ),
        "request": (
            "{cluster} kính trình {issuer} xem xét, khen thưởng cho {count} tập thể có thành "
            "tích xuất sắc trong phong trào thi đua năm {year}, cụ thể như sau:"
        ),
        "closing": (
            "(Có biên bản họp và báo cáo thành tích của các tập thể kèm theo.)\n"
            "{cluster} kính trình {issuer} xem xét, quyết định./."
        ),
        "sign_mode": "TM.",
        "sign_for": "CỤM THI ĐUA",
        "sign_title": "CỤM TRƯỞNG",
        "sign_name": "",
        "recipients": "Như trên\nCác đơn vị thành viên {cluster}\nLưu: VT",
        "annex_title": "Kết quả chấm điểm, xếp hạng thi đua năm {year}",
    },
    "minutes": {
        "summary": "{meeting} công tác thi đua, khen thưởng năm {year}",
        "opening": (
            "Hôm nay, {date}, tại {place}, {cluster} tổ chức {meeting_lower} công tác thi đua, "
            "khen thưởng năm {year}."
        ),
        "closing": (
            "Hội nghị kết thúc vào hồi … giờ … cùng ngày. Biên bản đã được đọc lại tại hội nghị "
            "và được các đại biểu dự họp nhất trí thông qua./."
        ),
        "chair_title": "CHỦ TRÌ",
        "secretary_title": "THƯ KÝ",
        "recipients": "{issuer} (để báo cáo)\nCác đơn vị thành viên {cluster}\nLưu: VT",
    },
    "report": {
        "superior": "Ủy ban nhân dân tỉnh {province}",
        "summary": "Đề nghị tặng {award}",
        "situation": (
            "[Địa điểm trụ sở chính, điện thoại, địa chỉ trang tin điện tử; quá trình thành lập "
            "và phát triển; cơ cấu tổ chức, số lượng cán bộ, công chức; các tổ chức đảng, đoàn "
            "thể.]"
        ),
        "duties": "[Chức năng, nhiệm vụ được giao.]",
        "measures": (
            "[Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã "
            "được áp dụng trong thực tiễn công tác.]"
        ),
        "party": (
            "[Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà "
            "nước; công tác xây dựng Đảng và các đoàn thể.]"
        ),
        "unit_title": "THỦ TRƯỞNG ĐƠN VỊ",
        "confirm_title": "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
    },
    "summary": {
        "summary": "Tổng hợp kết quả thi đua năm {year} của {cluster}",
        "sign_mode": "TM.",
        "sign_for": "CỤM THI ĐUA",
        "sign_title": "CỤM TRƯỞNG",
        "sign_name": "",
        "recipients": "{issuer} (để báo cáo)\nCác đơn vị thành viên {cluster}\nLưu: VT",
    },
}
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "submission": COMMON | {"count", "meeting", "meeting_date"},
    "minutes": COMMON | {"meeting", "meeting_lower", "date", "place"},
    "report": COMMON | {"province", "award", "unit"},
    "summary": COMMON,
}
SIGNING_BLOCKS = frozenset({"sign_mode"})


@dataclass(frozen=True)
class Wording:
    """A cluster's wording: its office symbol ("CTĐ4") and every block, edited or built in."""

    cluster_uuid: UUID
    office_symbol: str
    texts: Mapping[str, Mapping[str, str]]
    edited: frozenset[tuple[str, str]]  # (paper, block) the cluster changed

    def text(self, paper: str, block: str, **values: object) -> str:
        """The block with its placeholders filled (an unknown one prints as it is written)."""

        class Keep(dict[str, object]):
            def __missing__(self, key: str) -> str:
                return "{" + key + "}"

        template = self.texts[paper][block]
        return string.Formatter().vformat(template, (), Keep(values)).strip()


def default_symbol(cluster: Cluster) -> str:
    """ "CTĐ4" for Cụm thi đua số 4, "KTĐ2" for a block (khối): the usual office symbol."""
    prefix = "KTĐ" if ClusterKind(cluster.kind) is ClusterKind.BLOCK else "CTĐ"
    return f"{prefix}{cluster.number}" if cluster.number else prefix


def _row(session: Session, cluster: Cluster) -> PaperWording | None:
    return session.scalar(select(PaperWording).where(PaperWording.cluster_id == cluster.id))


def wording_of(session: Session, cluster: Cluster) -> Wording:
    row = _row(session, cluster)
    stored: Mapping[str, Mapping[str, str]] = row.texts if row is not None else {}
    texts = {
        paper: {block: stored.get(paper, {}).get(block, text) for block, text in blocks.items()}
        for paper, blocks in DEFAULTS.items()
    }
    edited = frozenset(
        (paper, block)
        for paper, blocks in stored.items()
        for block in blocks
        if paper in DEFAULTS and block in DEFAULTS[paper]
    )
    symbol = (row.office_symbol if row is not None else "") or default_symbol(cluster)
    return Wording(cluster.uuid, symbol, texts, edited)


def get_wording(session: Session, cluster_key: UUID | str) -> Wording:
    return wording_of(session, clusters.load(session, cluster_key))


def wording_of_year(session: Session, year_uuid: UUID) -> Wording:
    """The wording of the cluster a cluster-year belongs to."""
    from emudesk.services.organisation import years

    return wording_of(session, years.load(session, year_uuid).cluster)


def _check(paper: str, block: str, text: str) -> str:
    if paper not in DEFAULTS or block not in DEFAULTS[paper]:
        raise ValidationError(_("Unknown text {block} of paper {paper}.", block=block, paper=paper))
    cleaned = checks.text(clean_multiline(text), _("Wording"), max_len=4000)
    allowed = PLACEHOLDERS[paper]
    try:
        names = {name for _lit, name, _spec, _conv in string.Formatter().parse(cleaned) if name}
    except ValueError:
        raise ValidationError(
            _(
                "A brace is not closed in “{text}”; write placeholders as {{name}}.",
                text=cleaned[:80],
            )
        ) from None
    unknown = sorted(names - allowed)
    if unknown:
        raise ValidationError(
            _(
                "{names} is not a placeholder of this paper; use one of: {allowed}.",
                names=", ".join("{" + n + "}" for n in unknown),
                allowed=", ".join("{" + n + "}" for n in sorted(allowed)),
            )
        )
    if block in SIGNING_BLOCKS:
        from emudesk.printing.official import SIGNING_MODES

        mode = cleaned.upper()
        if mode and not mode.endswith("."):
            mode += "."
        if mode not in SIGNING_MODES:
            raise ValidationError(
                _(
                    "The signing mode “{mode}” is not one of {modes}.",
                    mode=cleaned,
                    modes=", ".join(m for m in SIGNING_MODES if m),
                )
            )
        return mode
    return cleaned


def placeholders(paper: str) -> list[str]:
    return sorted(PLACEHOLDERS[paper])


def save_wording(
    session: Session,
    cluster_key: UUID | str,
    paper: str,
    texts: Mapping[str, str],
    *,
    office_symbol: str | None = None,
) -> Wording:
    """Keep the cluster's wording of ``paper`` (a block equal to the built-in one is dropped)."""
    checked = {block: _check(paper, block, text) for block, text in texts.items()}
    symbol = None
    if office_symbol is not None:
        symbol = checks.name(office_symbol, _("Office symbol"), required=False, max_len=40)
    with write(session):
        cluster = clusters.load(session, cluster_key)
        row = _row(session, cluster)
        old_texts: dict[str, Any] = dict(row.texts) if row is not None else {}
        old: dict[str, object] = {
            "office_symbol": row.office_symbol if row is not None else "",
            "texts": old_texts,
        }
        stored = {p: dict(b) for p, b in old_texts.items()}
        own = stored.setdefault(paper, {})
        for block, text in checked.items():
            if text == clean_multiline(DEFAULTS[paper][block]):
                own.pop(block, None)
            else:
                own[block] = text
        if not own:
            stored.pop(paper, None)
        new_symbol = str(old["office_symbol"])
        if symbol is not None:
            new_symbol = "" if symbol == default_symbol(cluster) else symbol
        if old == {"office_symbol": new_symbol, "texts": stored}:
            return wording_of(session, cluster)  # nothing changed: nothing to record
        if row is None:
            row = PaperWording(cluster=cluster, office_symbol="", texts={})
            session.add(row)
        row.texts, row.office_symbol = stored, new_symbol
        session.flush()
        audit.record(
            session,
            action="wording",
            entity="cluster",
            entity_uuid=cluster.uuid,
            summary=f"{cluster.code}: {paper}",
            old=old,
            new={"office_symbol": row.office_symbol, "texts": stored},
        )
        return wording_of(session, cluster)


def reset_wording(session: Session, cluster_key: UUID | str, paper: str) -> Wording:
    """Go back to the built-in wording of ``paper``."""
    return save_wording(session, cluster_key, paper, dict(DEFAULTS[paper]))
