"""Where a paper's signers sign: the writer reports each signature block's room.

The interface between a paper and its digital signature is small on purpose: wherever a
signature block leaves room to sign (and seal), the writer puts ``Writer.signature_room``
instead of a plain spacer; when reportlab draws it, it records its page and rectangle, and
``build_pdf`` returns the ``SignaturePlace`` of every block, in the order they were drawn.
The signing service puts the visible signature box into the place the signer chooses (by
``key``; the last one, the right-hand or lowest block, by default).

Example, in a signature block of the state's form::

    cell.append(writer.signature_room(SIGNATURE_ROOM, key="head", label="Cụm trưởng"))
    ...
    return build_pdf(path, story, page, title=..., subject=..., footer=..., writer=writer)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

MAX_BOX_WIDTH = 200.0
"""About 70 mm: a signature box wider than this would look like a banner."""


@dataclass(frozen=True)
class SignaturePlace:
    """A signature block's room to sign on a written paper.

    ``key`` names the block for the program ("chair", a unit's code), ``label`` for the
    officer ("Chủ trì hội nghị", the unit's name); ``page`` counts from 0; ``box`` is
    (x1, y1, x2, y2) in PDF points from the page's bottom-left corner.
    """

    key: str
    label: str
    page: int
    box: tuple[float, float, float, float]


def signature_room(places: list[SignaturePlace], height: float, key: str, label: str) -> Flowable:
    """Blank room ``height`` points tall (as wide as its column, at most ``MAX_BOX_WIDTH``)
    that appends its ``SignaturePlace`` to ``places`` when drawn."""
    from reportlab.platypus import Flowable

    class SignatureRoom(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = height
            return available_width, height

        def draw(self) -> None:
            width = min(self.width, MAX_BOX_WIDTH)
            left = (self.width - width) / 2
            x, y = self.canv.absolutePosition(left, 0)
            page = self.canv.getPageNumber() - 1
            places.append(SignaturePlace(key, label, page, (x, y, x + width, y + height)))

    return SignatureRoom()
