"""A Tendik credential verified by an independent implementation: Digital Bazaar's
@digitalbazaar/vc with its eddsa-rdfc-2022 cryptosuite (pinned in frontend/package.json), run
by Node, so that the format is right and not merely consistent with our own verifier."""

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from certificates.services import certificate_revoke
from credentials.selectors import site_did_document
from credentials.status import status_list_credential

ROOT = Path(__file__).parents[2]
SCRIPT = Path(__file__).with_name("verify_with_digitalbazaar.mjs")
NODE = shutil.which("node")
PACKAGE = ROOT / "frontend/node_modules/@digitalbazaar/vc/package.json"

pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node is not installed: no independent verifier"),
    pytest.mark.skipif(
        not PACKAGE.exists(), reason="frontend/node_modules is missing: run `make install`"
    ),
]


def digitalbazaar(tmp_path, credential) -> dict:
    data = {
        "credential": credential,
        "did": site_did_document(),
        "statusList": status_list_credential(0),
    }
    path = tmp_path / "input.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(  # noqa: S603
        [NODE, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_digital_bazaar_verifies_a_tendik_credential(tmp_path, signed):
    result = digitalbazaar(tmp_path, signed)
    assert result["verified"] is True, result["errors"]


def test_digital_bazaar_refuses_a_changed_one_and_a_revoked_one(
    tmp_path, signed, certificate, coordinator
):
    changed = copy.deepcopy(signed)
    changed["credentialSubject"]["identifier"][1]["identityHash"] = "Башка Аял"
    assert digitalbazaar(tmp_path, changed)["verified"] is False

    certificate_revoke(certificate=certificate, reason="Ката", by=coordinator)
    result = digitalbazaar(tmp_path, signed)
    assert result["verified"] is False
