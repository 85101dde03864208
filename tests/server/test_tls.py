"""HTTPS with a certificate from a test authority (trustme)."""

import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

from server.runner import TlsFiles
from server.testing import run_collection


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_files(tmp_path: Path, authority: trustme.CA) -> TlsFiles:
    issued = authority.issue_cert("127.0.0.1", "localhost")
    files = TlsFiles(tmp_path / "cert.pem", tmp_path / "key.pem")
    files.cert_file.write_bytes(b"".join(pem.bytes() for pem in issued.cert_chain_pems))
    issued.private_key_pem.write_to_path(str(files.key_file))
    return files


@pytest.fixture
def https_url(tmp_path: Path, tls_files: TlsFiles) -> Iterator[str]:
    with run_collection(tmp_path / "collection", ssl=tls_files) as base_url:
        yield base_url


def test_the_service_speaks_https_with_the_given_certificate(
    https_url: str, authority: trustme.CA
) -> None:
    context = ssl.create_default_context()
    authority.configure_trust(context)

    with httpx.Client(verify=context) as client:
        response = client.get(f"{https_url}/v1/health")

    assert https_url.startswith("https://127.0.0.1:")
    assert response.status_code == 200


def test_a_client_that_does_not_trust_the_authority_is_refused(https_url: str) -> None:
    with httpx.Client() as client, pytest.raises(httpx.ConnectError):
        client.get(f"{https_url}/v1/health")


def test_plain_http_gets_no_answer_on_the_tls_port(https_url: str) -> None:
    plain = https_url.replace("https://", "http://")

    with httpx.Client() as client, pytest.raises(httpx.TransportError):
        client.get(f"{plain}/v1/health")
