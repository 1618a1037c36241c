"""NFC cleaning, diacritics-insensitive matching and Vietnamese sorting."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from emudesk.text import clean, fold, matches, sort_key


def test_clean_normalises_and_collapses() -> None:
    assert clean(unicodedata.normalize("NFD", " Đắk \t Lắk ")) == "Đắk Lắk"
    assert clean(None) == ""


def test_fold_and_matches() -> None:
    assert fold("Đắk Lắk") == "dak lak"
    assert matches("dak lak", "Ban Dân tộc tỉnh Đắk Lắk")
    assert matches("KHANH hoa", "Khánh Hòa")
    assert not matches("dak nong", "Đắk Lắk")


def test_vietnamese_alphabet_order() -> None:
    words = ["Ơn", "Đắk", "Ân", "Dung", "An", "Ăn", "Bình", "Ô", "O", "Ưu", "Uy"]
    assert sorted(words, key=sort_key) == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dung",
        "Đắk",
        "O",
        "Ô",
        "Ơn",
        "Uy",
        "Ưu",
    ]


def test_tones_order_after_letters() -> None:
    assert sorted(["má", "mà", "ma", "mạ", "mả", "mã"], key=sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


@given(st.text())
def test_sort_key_same_for_nfc_and_nfd(value: str) -> None:
    assert sort_key(unicodedata.normalize("NFD", value)) == sort_key(
        unicodedata.normalize("NFC", value)
    )


def test_one_email_address_check_for_the_whole_program() -> None:
    from emudesk.text import is_email_address

    good = ["vanthu.bdt-py@example.vn", "a+b@mail.gov.vn", "o'neil@x-y.gov.vn"]
    bad = [
        "",
        "x y@z.vn",
        "a@b",
        "a@@b.vn",
        "a@b..vn",
        "a@.b.vn",
        "a@b.vn.",
        "<a@b.vn>",
        "Văn thư <a@b.vn>",
        "a@b.vn\n",
        "a@b.vn\r\nBcc: c@d.vn",
        "a@b.vn, c@d.vn",
        "a;b@c.vn",
        "a\x00@b.vn",
        "a" * 250 + "@b.vn",
        "thư@ví-dụ.vn",  # needs SMTPUTF8, which a draft or the office's server may not carry
    ]
    assert [a for a in good if not is_email_address(a)] == []
    assert [a for a in bad if is_email_address(a)] == []
