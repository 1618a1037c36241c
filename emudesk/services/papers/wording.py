"""The wording of each paper: built-in texts a cluster edits and keeps, with placeholders.

A paper is assembled from data (members, votes, scores) and from text blocks — its summary,
whom it is addressed to, the "Căn cứ" lines, the request, the closing, the signature, "Nơi
nhận". Each block has a built-in Vietnamese wording; a cluster's edit of a block is stored
with the cluster (``PaperWording``), so it travels with the handover to next year's head.
Blocks may name placeholders in braces ({cluster}, {year}…); an unknown one is refused when
the wording is saved, so that a typo never prints as an empty gap. Texts that arrive stored
(a handover from another PC, a database edited outside emudesk) pass the very same check
(``check_stored``) before a paper uses them: a block that fails it is left out, the built-in
wording prints instead, and ``Wording.problems`` says which block and why.
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
PAPER_NAMES = {
    "submission": "Tờ trình",
    "minutes": "Biên bản",
    "report": "Báo cáo thành tích",
    "summary": "Báo cáo tổng hợp",
}
"""The papers as an office calls them, for messages about a block (papers are Vietnamese)."""


@dataclass(frozen=True)
class Wording:
    """A cluster's wording: its office symbol ("CTĐ4") and every block, edited or built in."""

    cluster_uuid: UUID
    office_symbol: str
    texts: Mapping[str, Mapping[str, str]]
    edited: frozenset[tuple[str, str]]  # (paper, block) the cluster changed
    problems: tuple[str, ...] = ()  # stored blocks left out because they fail the check

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
    raw_texts: object = row.texts if row is not None else {}
    raw_symbol: object = row.office_symbol if row is not None else ""
    stored, symbol, problems = _checked_stored(raw_texts, raw_symbol)
    texts = {
        paper: {block: stored.get(paper, {}).get(block, text) for block, text in blocks.items()}
        for paper, blocks in DEFAULTS.items()
    }
    edited = frozenset((paper, block) for paper, blocks in stored.items() for block in blocks)
    return Wording(cluster.uuid, symbol or default_symbol(cluster), texts, edited, problems)


def get_wording(session: Session, cluster_key: UUID | str) -> Wording:
    return wording_of(session, clusters.load(session, cluster_key))


def wording_of_year(session: Session, year_uuid: UUID) -> Wording:
    """The wording of the cluster a cluster-year belongs to."""
    from emudesk.services.organisation import years

    return wording_of(session, years.load(session, year_uuid).cluster)


def check_block(paper: str, block: str, text: str) -> str:
    """The block as it is kept and printed (NFC, trimmed, a signing mode as "TM.").

    Refuses an unknown paper or block, an unknown placeholder, an unclosed brace, a signing
    mode the decree does not know, or a text too long for a page.
    """
    if not isinstance(text, str):
        raise ValidationError(_("Unknown text {block} of paper {paper}.", block=block, paper=paper))
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


def check_symbol(office_symbol: str) -> str:
    """The office symbol as kept ("CTĐ4"): a short line of text, at most 40 characters."""
    # checks.name refuses control characters too, which Word could not hold
    return checks.name(office_symbol, _("Office symbol"), required=False, max_len=40)


def check_stored(texts: object, office_symbol: object) -> tuple[dict[str, dict[str, str]], str]:
    """Stored or imported wording checked exactly as typed wording is; refuses the first fault.

    ``texts`` is ``{paper: {block: text}}`` as ``PaperWording.texts`` keeps it; returns it
    cleaned, with the office symbol. For a handover or any file from outside: what it
    carries must not print what the Wording dialog would have refused.
    """
    checked, symbol, problems = _checked_stored(texts, office_symbol)
    if problems:
        raise ValidationError(problems[0])
    return checked, symbol


def _checked_stored(
    texts: object, office_symbol: object
) -> tuple[dict[str, dict[str, str]], str, tuple[str, ...]]:
    """Every stored block that passes ``check_block``, the symbol, and why the others fail."""
    problems: list[str] = []
    checked: dict[str, dict[str, str]] = {}
    if not isinstance(texts, Mapping):
        texts = {}
        problems.append(_("The stored wording is not a set of texts; the built-in one is used."))
    for paper, blocks in texts.items():
        items = blocks.items() if isinstance(blocks, Mapping) else [("", blocks)]
        for block, text in items:
            try:
                checked.setdefault(str(paper), {})[str(block)] = check_block(
                    str(paper), str(block), text
                )
            except ValidationError as exc:
                problems.append(
                    _(
                        "The stored wording of {paper} ({block}) is left out, the built-in one "
                        "is used: {reason}",
                        paper=PAPER_NAMES.get(str(paper), str(paper)[:40]),
                        block=str(block)[:40],
                        reason=exc.message,
                    )
                )
    checked = {paper: blocks for paper, blocks in checked.items() if blocks}
    symbol = ""
    try:
        if not isinstance(office_symbol, str):
            raise ValidationError(_("The office symbol is not a text."))
        symbol = check_symbol(office_symbol)
    except ValidationError as exc:
        problems.append(
            _(
                "The stored office symbol is left out, the usual one is used: {reason}",
                reason=exc.message,
            )
        )
    return checked, symbol, tuple(problems)


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
    checked = {block: check_block(paper, block, text) for block, text in texts.items()}
    symbol = None
    if office_symbol is not None:
        symbol = check_symbol(office_symbol)
    with write(session):
        cluster = clusters.load(session, cluster_key)
        row = _row(session, cluster)
        old_texts: dict[str, Any] = dict(row.texts) if row is not None else {}
        old: dict[str, object] = {
            "office_symbol": row.office_symbol if row is not None else "",
            "texts": old_texts,
        }
        # what was stored goes through the check again: a block that fails it is not kept
        stored = _checked_stored(old_texts, "")[0]
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
