"""The trust store (certificates and CRLs from files) and the token's settings, as the
commands and the settings dialog use them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from emudesk.errors import NotFoundError, ValidationError
from emudesk.services.signing import settings, trust
from emudesk.signing import Token
from emudesk.signing.errors import SignatureError, TokenError
from emudesk.signing.token import TokenSession, list_tokens, pin_warning
from tests.signing.helpers import run


def test_certificates_come_from_cer_pem_and_p7b_files_and_can_be_removed(
    token: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ca_pem = Path(token["EMUDESK_TEST_CA"])
    # GIVEN the CA's chain as a .p7b bundle (DER) with the signer's certificate, and as .cer
    bundle = tmp_path / "chain.p7b"
    subprocess.run(["openssl", "crl2pkcs7", "-nocrl", "-certfile", str(ca_pem), "-certfile",
                    token["EMUDESK_TEST_SIGNER_CERT"], "-outform", "DER", "-out", str(bundle)],
                   check=True)  # fmt: skip
    der = tmp_path / "ca.cer"
    subprocess.run(["openssl", "x509", "-in", str(ca_pem), "-outform", "DER", "-out", str(der)],
                   check=True)  # fmt: skip
    # WHEN the office imports them
    first = trust.import_file(bundle)
    again = trust.import_file(der)
    # THEN both certificates are trusted once, the CA first
    assert sorted(s.is_ca for s in first.certificates) == [False, True]
    assert again.certificates == () and again.known == 1
    listed = trust.trusted()
    assert [(s.name, s.is_ca) for s in listed] == [
        ("Emudesk Test Root CA", True),
        ("Nguyễn Văn Thử", False),
    ]
    code, out, _err = run(capsys, "trust", "list")
    assert code == 0 and "[CA] Emudesk Test Root CA" in out and "[office] Nguyễn Văn Thử" in out
    # AND removing one by its fingerprint leaves the other
    code, _out, _err = run(capsys, "trust", "remove", listed[1].sha256)
    assert code == 0 and [s.name for s in trust.trusted()] == ["Emudesk Test Root CA"]
    with pytest.raises(NotFoundError):
        trust.remove("00" * 32)


def test_a_file_that_holds_no_certificate_is_refused_by_name(tmp_path: Path) -> None:
    junk = tmp_path / "thu.cer"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")
    with pytest.raises(SignatureError, match=r"thu\.cer holds no certificate"):
        trust.import_file(junk)
    junk.write_bytes(b"\x30\x03\x02\x01\x01")
    with pytest.raises(SignatureError, match=r"thu\.cer"):
        trust.import_file(junk)
    assert trust.trusted() == []


def test_the_tokens_are_listed_with_their_keys_without_a_pin(token: dict[str, str],
                                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    found = list_tokens(token["EMUDESK_PKCS11_MODULE"])
    [test] = [t for t in found if t.label == "emudesk-test"]
    assert test.slot == int(token["EMUDESK_PKCS11_SLOT"])
    assert sorted(c.label for c in test.certificates) == ["emudesk-signer", "emudesk-signer-ec"]
    assert all(c.signer.name == "Nguyễn Văn Thử" for c in test.certificates)
    code, out, _err = run(capsys, "token", "list")
    assert code == 0 and "Token emudesk-test" in out and "key emudesk-signer:" in out
    assert pin_warning(settings.require_token()) == ""


def test_what_is_wrong_with_the_token_is_said_plainly(
    token: dict[str, str], tmp_path: Path
) -> None:
    module = token["EMUDESK_PKCS11_MODULE"]
    pin = token["EMUDESK_PKCS11_PIN"]
    with pytest.raises(TokenError, match="does not exist"):
        list_tokens(str(tmp_path / "vnpt-ca.dll"))
    not_a_driver = tmp_path / "driver.so"
    not_a_driver.write_bytes(b"MZ not a library")
    with pytest.raises(TokenError, match="cannot be loaded"):
        list_tokens(str(not_a_driver))
    with pytest.raises(TokenError, match="not plugged in"):
        TokenSession(Token(module, "no-such-token", "emudesk-signer"), pin).__enter__()
    with pytest.raises(TokenError, match=r"keys found: emudesk-signer, emudesk-signer-ec"):
        TokenSession(Token(module, "emudesk-test", "nope"), pin).__enter__()
    with pytest.raises(TokenError, match="refused the PIN") as refused:
        TokenSession(Token(module, "emudesk-test", "emudesk-signer"), "999999").__enter__()
    assert refused.value.wrong_pin
    # after every failure, the next good login works (no session was left logged in)
    with TokenSession(Token(module, "emudesk-test", "emudesk-signer"), pin) as session:
        assert session.signer.name == "Nguyễn Văn Thử" and not session.is_ec
    # a certificate's label picks its key too, and a token by its slot index alone works
    with TokenSession(Token(module, "", "emudesk-signer-ec", slot=int(token["EMUDESK_PKCS11_SLOT"])), pin) as session:  # fmt: skip
        assert session.is_ec


def test_the_settings_are_stored_without_the_pin_and_the_environment_overrides_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("MODULE", "TOKEN_LABEL", "SLOT", "KEY_LABEL", "PIN"):
        monkeypatch.delenv(f"EMUDESK_PKCS11_{name}", raising=False)
    assert settings.current_token() is None
    with pytest.raises(TokenError, match="Digital signatures"):
        settings.require_token()
    with pytest.raises(ValidationError):
        settings.save_token(Token(module="C:/Windows/System32/vnpt.dll"))
    settings.save_token(Token("C:/Windows/System32/vnpt.dll", "VNPT-CA", "le-van-a"))
    assert settings.current_token() == Token("C:/Windows/System32/vnpt.dll", "VNPT-CA", "le-van-a")
    stored = (settings._file()).read_text(encoding="utf-8")
    assert "pin" not in stored.lower()
    monkeypatch.setenv("EMUDESK_PKCS11_KEY_LABEL", "other")
    assert settings.current_token() == Token("C:/Windows/System32/vnpt.dll", "VNPT-CA", "other")
    settings.save_token(Token(module=""))
    monkeypatch.delenv("EMUDESK_PKCS11_KEY_LABEL")
    assert settings.stored_token() is None
