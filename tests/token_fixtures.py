"""A real PKCS#11 token for the tests: SoftHSM2, made once per run by tools/test_token.sh.

``test_token`` (session) makes the throwaway CA, token and signing certificates and exports
``SOFTHSM2_CONF`` for the whole run (SoftHSM2 reads it when the driver is first loaded);
``token`` (per test) sets the ``EMUDESK_PKCS11_*`` variables a command reads, as a script
would after ``set -a; . <(tools/test_token.sh DIR)``; ``trusting_ca`` imports the test CA
into the test's private trust store.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "test_token.sh"
PIN_VARIABLES = ("EMUDESK_PKCS11_MODULE", "EMUDESK_PKCS11_TOKEN_LABEL", "EMUDESK_PKCS11_SLOT",
                 "EMUDESK_PKCS11_KEY_LABEL", "EMUDESK_PKCS11_PIN")  # fmt: skip


@pytest.fixture(scope="session")
def test_token(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The settings tools/test_token.sh printed (``KEY=VALUE`` lines, as a dict)."""
    if not (shutil.which("softhsm2-util") and shutil.which("pkcs11-tool")):
        pytest.skip("SoftHSM2 and OpenSC are not installed (make sysdeps installs them)")
    folder = tmp_path_factory.mktemp("token")
    printed = subprocess.run(
        [str(SCRIPT), str(folder)], check=True, capture_output=True, text=True
    ).stdout
    values = dict(line.split("=", 1) for line in printed.splitlines() if "=" in line)
    os.environ["SOFTHSM2_CONF"] = values["SOFTHSM2_CONF"]  # before the driver is first loaded
    return values


@pytest.fixture
def token(test_token: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The test token's settings in the environment, PIN included (as a script sets them)."""
    for name in PIN_VARIABLES:
        monkeypatch.setenv(name, test_token[name])
    yield test_token


@pytest.fixture
def trusting_ca(token: dict[str, str]) -> dict[str, str]:
    """The token, and its CA trusted by this test's office."""
    from emudesk.services.signing import trust

    trust.import_file(Path(token["EMUDESK_TEST_CA"]))
    return token
