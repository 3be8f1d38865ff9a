"""The holder's copy, the DID document, the status list, the verification page's credential
check and the offline command."""

import copy
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pypdf import PdfReader

from audit.models import AuditEntry
from certificates.services import certificate_render, certificate_revoke
from credentials.services import credential_for
from tests.helpers import translated


def test_the_holder_downloads_her_credential(client_for, certificate, holder, signed):
    response = client_for(holder).get(f"/credentials/{certificate.code}.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    assert json.loads(response.content) == signed
    assert not AuditEntry.objects.exists()


def test_a_coordinator_downloads_it_and_it_is_audited(client_for, certificate, coordinator):
    response = client_for(coordinator).get(f"/credentials/{certificate.code}.json")
    assert response.status_code == 200
    assert AuditEntry.objects.filter(what="credentials.credential").count() == 1


@pytest.mark.parametrize("who", ["other_learner", "trainer"])
def test_nobody_else_downloads_it(request, client_for, certificate, who):
    person = request.getfixturevalue(who)
    assert client_for(person).get(f"/credentials/{certificate.code}.json").status_code == 404


def test_anonymous_is_sent_to_sign_in(client, certificate):
    response = client.get(f"/credentials/{certificate.code}.json")
    assert response.status_code == 302
    assert "login" in response["Location"] or "sign-in" in response["Location"]


def test_my_learning_links_the_credential(client_for, certificate, holder):
    certificate_render(certificate=certificate)
    page = client_for(holder).get("/ky/learning/")
    assert f"/credentials/{certificate.code}.json" in page.text
    assert translated("Signed credential (.json)") in page.text


def test_the_did_document(client, signed):
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document["id"] == "did:web:testserver"
    [method] = document["verificationMethod"]
    assert method["type"] == "Multikey"
    assert method["controller"] == "did:web:testserver"
    assert method["publicKeyMultibase"].startswith("z6Mk")
    assert document["assertionMethod"] == [method["id"]] == [signed["proof"]["verificationMethod"]]


def test_the_issuer_profile(client, db):
    profile = client.get("/credentials/issuer.json").json()
    assert profile["id"] == "did:web:testserver"
    assert profile["type"] == ["Profile"]
    assert profile["name"]


def test_the_status_list_is_published_and_flips_on_revocation(
    client, certificate, signed, coordinator
):
    from credentials.status import bit_of

    index = int(signed["credentialStatus"]["statusListIndex"])
    listed = client.get("/credentials/status/0.json").json()
    assert bit_of(listed["credentialSubject"]["encodedList"], index) == 0
    certificate_revoke(certificate=certificate, reason="Ката", by=coordinator)
    listed = client.get("/credentials/status/0.json").json()
    assert bit_of(listed["credentialSubject"]["encodedList"], index) == 1
    assert client.get("/credentials/status/7.json").status_code == 404


def test_the_pdf_carries_the_credential_and_keeps_its_qr_code(certificate, signed):
    certificate = certificate_render(certificate=certificate)
    reader = PdfReader(io.BytesIO(certificate.pdf.read()))
    attachments = reader.attachments
    name = f"{certificate.code}.credential.json"
    assert list(attachments) == [name]
    assert json.loads(attachments[name][0]) == signed
    root = reader.trailer["/Root"]
    assert root["/AF"][0].get_object()["/AFRelationship"] == "/Data"
    assert (
        "pdfaid:part>3<" in root["/Metadata"].get_object().get_data().decode().replace('"', "<")
        or b"pdfaid" in root["/Metadata"].get_object().get_data()
    )


def post(client, **data):
    return client.post("/ky/certificates/verify/credential/", data)


def test_the_verification_page_checks_a_pasted_credential(client, signed):
    page = post(client, text=json.dumps(signed, ensure_ascii=False))
    assert page.status_code == 200
    assert translated("This credential is valid.") in page.text
    assert translated("Signature") in page.text
    assert translated("Signed by the issuer; not changed since.") in page.text
    assert "Бүбүсара Өмүрбекова" in page.text


def test_it_checks_an_uploaded_file_in_russian(client, signed):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "c.json", json.dumps(signed).encode(), content_type="application/json"
    )
    page = client.post("/ru/certificates/verify/credential/", {"file": upload})
    assert translated("This credential is valid.", "ru") in page.text


def test_it_says_which_checks_failed(client, certificate, signed, coordinator):
    changed = copy.deepcopy(signed)
    changed["name"] = "Башка"
    page = post(client, text=json.dumps(changed))
    assert translated("This credential did not pass every check.") in page.text
    assert translated("The signature does not match: it was changed.") in page.text
    assert "Башка" not in page.text.split("<form")[0]  # an unverified claim is not shown

    certificate_revoke(certificate=certificate, reason="Ката", by=coordinator)
    page = post(client, text=json.dumps(signed))
    assert translated("This credential was revoked.") in page.text


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Choose a credential file or paste its JSON."),
        ("{not json", "This is not a credential file (not JSON)."),
        ("[1, 2]", "This is not a credential file."),
        ("x" * (256 * 1024 + 1), "The text is too long for a credential."),
    ],
)
def test_bad_input_is_refused_in_her_language(client, db, text, message):
    page = post(client, text=text)
    assert page.status_code == 400
    assert translated(message) in page.text


def test_a_json_that_is_no_credential_fails_its_checks(client, db):
    page = post(client, text='{"hello": "world"}')
    assert page.status_code == 200
    assert translated("This is not a signed credential.") in page.text


def test_checks_are_limited(still_clock, client, db):
    for _ in range(60):
        post(client, text="{}")
    page = post(client, text="{}")
    assert page.status_code == 429
    assert translated("Too many checks from your connection. Wait ten minutes and try again.") in (
        page.text
    )


def test_the_command_verifies_offline_with_cached_files(tmp_path, client, signed, capsys):
    did = tmp_path / "did.json"
    did.write_bytes(client.get("/.well-known/did.json").content)
    status = tmp_path / "status.json"
    status.write_bytes(client.get("/credentials/status/0.json").content)
    file = tmp_path / "credential.json"
    file.write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")

    call_command("verify_credential", str(file), "--did", str(did), "--status-list", str(status))
    out = capsys.readouterr().out
    assert "signature: ok" in out and "status: ok" in out and "VALID" in out

    # Without a cached status list the status is said to be unchecked: not valid.
    with pytest.raises(CommandError):
        call_command("verify_credential", str(file), "--did", str(did))
    assert "status: unchecked" in capsys.readouterr().out

    file.write_text(json.dumps({**signed, "name": "Башка"}), encoding="utf-8")
    with pytest.raises(CommandError):
        call_command(
            "verify_credential", str(file), "--did", str(did), "--status-list", str(status)
        )
    assert "signature: FAILED" in capsys.readouterr().out


def test_the_command_reads_the_site_when_no_file_is_given(tmp_path, certificate, capsys):
    file = tmp_path / "credential.json"
    file.write_text(json.dumps(credential_for(certificate).document), encoding="utf-8")
    call_command("verify_credential", str(file))
    assert "VALID" in capsys.readouterr().out


def test_the_coordinator_s_page_of_a_certificate_links_its_credential(
    client_for, certificate, coordinator
):
    page = client_for(coordinator).get(f"/ky/certificates/manage/{certificate.pk}/")
    assert page.status_code == 200
    assert f"/credentials/{certificate.code}.json" in page.text
